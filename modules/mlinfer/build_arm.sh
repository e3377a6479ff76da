#!/usr/bin/env bash
# build_arm.sh — compiles the mlinfer engine for a Cortex-M0+ (RP2040) into a
# static library and prints its size. The same flags as the MCU ports:
#   arm-none-eabi-g++ -mcpu=cortex-m0plus -mthumb -Os -fno-exceptions -fno-rtti
# plus -std=c++20, -ffp-contract=off (as the CMake build), and
# -ffunction-sections -fdata-sections so the final link drops unused code.
# Reference kernels only (MLINFER_OPTIMIZED_KERNELS=0).
#
# Usage: modules/mlinfer/build_arm.sh [OUT_DIR]   (default build-arm-mlinfer)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${1:-$ROOT/build-arm-mlinfer}"
CXX=arm-none-eabi-g++
mkdir -p "$OUT/obj"
FLAGS=(-mcpu=cortex-m0plus -mthumb -Os -fno-exceptions -fno-rtti -std=c++20 -ffp-contract=off
       -ffunction-sections -fdata-sections -Wall -Wextra -Wno-unused-parameter
       -DMLINFER_OPTIMIZED_KERNELS=0 -I"$ROOT")
OBJECTS=()
for src in "$ROOT"/modules/mlinfer/*.cc "$ROOT"/modules/mlinfer/kernels/*.cc; do
  case "$src" in */binding*.cc) continue ;; esac  # the Python binding needs the VM
  obj="$OUT/obj/$(basename "$(dirname "$src")")_$(basename "$src" .cc).o"
  "$CXX" "${FLAGS[@]}" -c "$src" -o "$obj"
  OBJECTS+=("$obj")
done
rm -f "$OUT/libmlinfer.a"
arm-none-eabi-ar rcs "$OUT/libmlinfer.a" "${OBJECTS[@]}"
arm-none-eabi-size -t "$OUT/libmlinfer.a" | tail -1 | awk '{printf "libmlinfer.a (Cortex-M0+, -Os): text %d B, data %d B, bss %d B\n", $1, $2, $3}'
echo "library: $OUT/libmlinfer.a"
