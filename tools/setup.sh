#!/usr/bin/env bash
# Installs what building and testing Mote needs on a Debian 12 machine.
# Idempotent: packages already present are skipped quickly. Needs root (CI and
# the dev machines run as root); otherwise uses sudo if available.
set -euo pipefail
packages=(
  cmake g++ g++-multilib make python3            # host builds (64- and 32-bit)
  libgtest-dev googletest libbenchmark-dev       # C++ unit tests and micro-benchmarks
  libffi-dev zlib1g-dev                          # host ffi and zlib modules
  gcc-arm-none-eabi libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib  # Cortex-M0+ core build
  clang libclang-rt-14-dev                       # libFuzzer targets
  python3-serial                                 # REPL protocol tests over a pty
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "setup: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
echo "setup: done"
