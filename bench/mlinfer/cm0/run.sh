#!/usr/bin/env bash
# run.sh — cycle counts of the reference vs Cortex-M0+ (kernels/cm0) int8
# kernels on an emulated RP2040.
#
# Builds bench.cc bare-metal for the Cortex-M0+ (arm-none-eabi-g++
# -mcpu=cortex-m0plus -mthumb, reference kernels at -Os as the MCU build
# compiles them, cm0 kernels and loops.cc at -O2 as the build compiles the
# kernels, and once more at -Os for comparison), links it for RP2040 SRAM, installs the
# rp2040js emulator with npm into the build directory (the only download),
# and runs the image on its Cortex-M0+ core (run.mjs). Prints, per layer,
# cycles, cycles per MAC, MACs per cycle, the speedup, and whether the two
# outputs were identical. Exit status 1 if any output differed.
#
# Usage: bench/mlinfer/cm0/run.sh [BUILD_DIR]   (default <repo>/build-cm0-bench)
# Needs: arm-none-eabi-g++ (Debian gcc-arm-none-eabi), node >= 18, npm.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
OUT="${1:-$ROOT/build-cm0-bench}"
SHARED="${MOTE_SHARED_DIR:-$ROOT/../shared}"
mkdir -p "$OUT"

if [ ! -f "$OUT/node_modules/rp2040js/package.json" ]; then
  (cd "$OUT" && { [ -f package.json ] || echo '{"private": true}' > package.json; } &&
   npm install --no-audit --no-fund --silent rp2040js@1.4.1)
fi

CXX=arm-none-eabi-g++
FLAGS=(-mcpu=cortex-m0plus -mthumb -std=c++20 -fno-exceptions -fno-rtti -ffp-contract=off
       -ffunction-sections -fdata-sections -Wall -Wextra
       -DMLINFER_KERNELS=MLINFER_KERNELS_CM0 -I"$ROOT")

# build NAME CM0_OPT: the image with the cm0 kernels compiled at CM0_OPT.
build() {
  local name="$1" cm0_opt="$2" dir="$OUT/$1"
  mkdir -p "$dir"
  "$CXX" "${FLAGS[@]}" -Os -c "$HERE/bench.cc" -o "$dir/bench.o"
  "$CXX" "${FLAGS[@]}" -c "$HERE/startup.S" -o "$dir/startup.o"
  "$CXX" "${FLAGS[@]}" "$cm0_opt" -c "$HERE/loops.cc" -o "$dir/loops.o"
  local objs=("$dir/bench.o" "$dir/startup.o" "$dir/loops.o")
  for src in "$ROOT"/modules/mlinfer/kernels/cm0/*.cc; do
    "$CXX" "${FLAGS[@]}" "$cm0_opt" -c "$src" -o "$dir/cm0_$(basename "$src" .cc).o"
    objs+=("$dir/cm0_$(basename "$src" .cc).o")
  done
  "$CXX" "${FLAGS[@]}" -nostdlib -T "$HERE/link.ld" -Wl,--gc-sections "${objs[@]}" -lgcc -o "$dir/bench.elf"
  arm-none-eabi-objcopy -O binary "$dir/bench.elf" "$dir/bench.bin"
}

# The whole engine as an MCU build compiles it, with micro_speech embedded.
build_model() {
  local dir="$OUT/model" objs=()
  mkdir -p "$dir"
  for src in "$ROOT"/modules/mlinfer/*.cc "$ROOT"/modules/mlinfer/kernels/*.cc "$ROOT"/modules/mlinfer/kernels/cm0/*.cc \
             "$HERE/model_bench.cc"; do
    case "$src" in */binding*.cc) continue ;; esac
    local opt=-Os obj
    case "$src" in */kernels/cm0/*) opt=-O2 ;; esac
    obj="$dir/$(basename "$(dirname "$src")")_$(basename "$src" .cc).o"
    "$CXX" "${FLAGS[@]}" "$opt" -c "$src" -o "$obj"
    objs+=("$obj")
  done
  "$CXX" "${FLAGS[@]}" -c "$HERE/startup.S" -o "$dir/startup.o"
  "$CXX" "${FLAGS[@]}" -DMODEL="\"$SHARED/models/micro_speech_quantized.tflite\"" \
    -DFEATURES="\"$SHARED/models/testdata/micro_speech_yes_features.bin\"" -c "$HERE/models.S" -o "$dir/models.o"
  "$CXX" "${FLAGS[@]}" -nostartfiles --specs=nano.specs --specs=nosys.specs -T "$HERE/link.ld" -Wl,--gc-sections \
    "$dir/startup.o" "$dir/models.o" "${objs[@]}" -o "$dir/model.elf"
  arm-none-eabi-objcopy -O binary "$dir/model.elf" "$dir/model.bin"
}

build o2 -O2
build os -Os
build_model
RP2040JS_DIR="$OUT" node "$HERE/run.mjs" "$OUT/o2/bench.bin" "cm0 kernels at -O2 (as built), reference at -Os"
echo
RP2040JS_DIR="$OUT" node "$HERE/run.mjs" "$OUT/model/model.bin" "whole engine, cm0 kernels at -O2, rest at -Os"
echo
RP2040JS_DIR="$OUT" node "$HERE/run.mjs" "$OUT/os/bench.bin" "cm0 kernels at -Os, reference at -Os"
