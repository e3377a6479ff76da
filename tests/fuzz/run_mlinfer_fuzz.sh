#!/usr/bin/env bash
# Fuzzes the mlinfer model loader, verifier, planner and kernels for SECONDS
# (default 60) with libFuzzer under ASan+UBSan. Builds build-fuzz-mlinfer/
# with clang++ directly (no CMake options needed), seeds the corpus with
# shared/models/*.tflite plus the single-operator models of the kernel oracle
# (tools/tflite/gen_kernel_cases.py, which reach every kernel), and runs
# build-fuzz-mlinfer/mlinfer_fuzz. Exit status 0 iff nothing was found; a
# finding leaves its input as build-fuzz-mlinfer/crash-* (replay:
# build-fuzz-mlinfer/mlinfer_fuzz FILE).
#
# Environment: MOTE_SHARED_DIR (default <repo>/../shared), JOBS (compile
# parallelism, default 2), CXX (default clang++).
set -euo pipefail
SECONDS_TO_RUN="${1:-60}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SHARED="${MOTE_SHARED_DIR:-$ROOT/../shared}"
BUILD="$ROOT/build-fuzz-mlinfer"
JOBS="${JOBS:-2}"
CXX="${CXX:-clang++}"
mkdir -p "$BUILD/obj" "$BUILD/corpus" "$BUILD/seeds"

FLAGS=(-std=c++20 -O1 -g -fno-exceptions -fno-rtti -ffp-contract=off -I"$ROOT"
       -DMLINFER_OPTIMIZED_KERNELS=1
       -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
OBJECTS=()
for src in "$ROOT"/modules/mlinfer/*.cc "$ROOT"/modules/mlinfer/kernels/*.cc \
           "$ROOT"/modules/mlinfer/kernels/optimized/*.cc "$ROOT"/modules/mlinfer/kernels/cm0/*.cc \
           "$ROOT"/tests/fuzz/mlinfer_fuzz.cc; do
  case "$src" in */binding*.cc) continue ;; esac  # the Python binding needs the VM
  rel="${src#"$ROOT"/}"
  obj="$BUILD/obj/${rel//\//_}.o"
  OBJECTS+=("$obj")
  if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find "$ROOT/modules/mlinfer" -name '*.h' -newer "$obj")" ]; then
    "$CXX" "${FLAGS[@]}" -c "$src" -o "$obj" &
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n; done
  fi
done
wait
"$CXX" "${FLAGS[@]}" "${OBJECTS[@]}" -o "$BUILD/mlinfer_fuzz"

cp "$SHARED"/models/*.tflite "$BUILD/seeds/"
python3 "$ROOT/tools/tflite/gen_kernel_cases.py" --out "$BUILD/cases" --per-op 3 >/dev/null
python3 - "$BUILD/cases/oracle_cases.bin" "$BUILD/seeds" <<'PY'
import struct, sys
data, out = open(sys.argv[1], "rb").read(), sys.argv[2]
pos = 4
def blob():
    global pos
    (n,) = struct.unpack_from("<I", data, pos)
    pos += 4 + n
    return data[pos - n:pos]
for _ in range(struct.unpack_from("<I", data, 0)[0]):
    name, model = blob().decode(), blob()
    for _ in range(2):  # inputs, outputs
        (k,) = struct.unpack_from("<I", data, pos)
        pos += 4
        for _ in range(k):
            blob()
    open("%s/%s.tflite" % (out, name), "wb").write(model)
PY

echo "seeds: $(ls "$BUILD/seeds" | wc -l) models; fuzzing for ${SECONDS_TO_RUN}s"
cd "$BUILD"
./mlinfer_fuzz -max_total_time="$SECONDS_TO_RUN" -max_len=32768 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 corpus seeds
