#!/usr/bin/env bash
# build_arm.sh — compiles the mlinfer engine for a Cortex-M0+ (RP2040) into a
# static library and prints its size. The same flags as the MCU ports:
#   arm-none-eabi-g++ -mcpu=cortex-m0plus -mthumb -Os -fno-exceptions -fno-rtti
# plus -std=c++20, -ffp-contract=off (as the CMake build), and
# -ffunction-sections -fdata-sections so the final link drops unused code.
# By default the Cortex-M0+ kernels (kernels/cm0/, compiled at -O2 as the
# CMake build does; CM0_OPTIMIZE=-Os to trade speed for size) are built and
# preferred; MLINFER_KERNELS=reference builds the reference kernels only, for
# comparison.
#
# Usage: [MLINFER_KERNELS=cm0|reference] [CM0_OPTIMIZE=-O2|-Os] modules/mlinfer/build_arm.sh [OUT_DIR]
#        (default OUT_DIR: build-arm-mlinfer, or build-arm-mlinfer-reference)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
KERNELS="${MLINFER_KERNELS:-cm0}"
case "$KERNELS" in
  cm0) DEFINE=MLINFER_KERNELS_CM0; DEFAULT_OUT="$ROOT/build-arm-mlinfer" ;;
  reference) DEFINE=MLINFER_KERNELS_REFERENCE; DEFAULT_OUT="$ROOT/build-arm-mlinfer-reference" ;;
  *) echo "MLINFER_KERNELS must be cm0 or reference" >&2; exit 2 ;;
esac
OUT="${1:-$DEFAULT_OUT}"
LABEL="reference kernels only"
if [ "$KERNELS" = cm0 ]; then LABEL="cm0 kernels at ${CM0_OPTIMIZE:--O2}"; fi
CXX=arm-none-eabi-g++
mkdir -p "$OUT/obj"
FLAGS=(-mcpu=cortex-m0plus -mthumb -Os -fno-exceptions -fno-rtti -std=c++20 -ffp-contract=off
       -ffunction-sections -fdata-sections -Wall -Wextra -Wno-unused-parameter
       -DMLINFER_KERNELS=$DEFINE -I"$ROOT")
SOURCES=("$ROOT"/modules/mlinfer/*.cc "$ROOT"/modules/mlinfer/kernels/*.cc)
if [ "$KERNELS" = cm0 ]; then SOURCES+=("$ROOT"/modules/mlinfer/kernels/cm0/*.cc); fi
OBJECTS=()
for src in "${SOURCES[@]}"; do
  case "$src" in */binding*.cc) continue ;; esac  # the Python binding needs the VM
  obj="$OUT/obj/$(basename "$(dirname "$src")")_$(basename "$src" .cc).o"
  extra=()
  case "$src" in */kernels/cm0/*) extra=("${CM0_OPTIMIZE:--O2}") ;; esac  # see kernels/cm0/dot.h
  "$CXX" "${FLAGS[@]}" "${extra[@]}" -c "$src" -o "$obj"
  OBJECTS+=("$obj")
done
rm -f "$OUT/libmlinfer.a"
arm-none-eabi-ar rcs "$OUT/libmlinfer.a" "${OBJECTS[@]}"
arm-none-eabi-size -t "$OUT/libmlinfer.a" | tail -1 |
  awk -v k="$LABEL" '{printf "libmlinfer.a (Cortex-M0+, -Os, %s): text %d B, data %d B, bss %d B\n", k, $1, $2, $3}'
echo "library: $OUT/libmlinfer.a"
