#!/usr/bin/env bash
# Fuzzes the .mpy loader for SECONDS (default 60) with libFuzzer under
# ASan+UBSan. Exit status 0 iff no crash was found; a crash leaves its input
# as build-fuzz/crash-* (replay: build-fuzz/mpy_loader_fuzz FILE).
#
# build-fuzz/ is a CMake build with clang and -DMOTE_FUZZ=ON (the fuzz target
# is defined in tools/mpy-cross/CMakeLists.txt), every file compiled with
# -fsanitize=fuzzer-no-link,address,undefined. A file clang cannot compile
# (the interpreter's computed gotos, today) is compiled by g++ instead,
# without instrumentation, from its compile_commands.json entry: the loader
# never runs it. The corpus is the script tests compiled by the same build's
# mpy-cross.
set -euo pipefail
SECONDS_TO_RUN="${1:-60}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="$ROOT/build-fuzz"
JOBS="${JOBS:-2}"

cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DMOTE_FUZZ=ON -DMOTE_FROZEN_MANIFEST= \
  -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null

build() { cmake --build "$BUILD" -j "$JOBS" --target mpy-cross mpy_loader_fuzz -- -k >"$BUILD/build.log" 2>&1; }
if ! build; then
  # Recompile with g++ every object clang failed to produce, then link again.
  python3 - "$BUILD" <<'EOF'
import json, os, shlex, subprocess, sys
build = sys.argv[1]
for e in json.load(open(os.path.join(build, "compile_commands.json"))):
    args = shlex.split(e["command"]) if "command" in e else e["arguments"]
    out = os.path.join(e["directory"], args[args.index("-o") + 1])
    if os.path.exists(out) or not e["file"].endswith(".cc"):
        continue
    gcc = ["g++"] + [a for a in args[1:] if not a.startswith("-fsanitize")]
    print("note: clang++ cannot compile %s; using g++ without instrumentation" % os.path.relpath(e["file"]))
    subprocess.check_call(gcc, cwd=e["directory"])
EOF
  build || { tail -30 "$BUILD/build.log"; exit 1; }
fi

CORPUS="$BUILD/mpy-corpus"
mkdir -p "$CORPUS"
if [ -z "$(ls -A "$CORPUS")" ]; then
  for py in "$ROOT"/tests/*/*.py; do
    name="$(basename "$(dirname "$py")")_$(basename "$py" .py)"
    ASAN_OPTIONS=detect_leaks=0 "$BUILD/mpy-cross" -o "$CORPUS/$name.mpy" "$py" >/dev/null 2>&1 || true
  done
fi
echo "corpus: $(ls "$CORPUS" | wc -l) files; fuzzing for ${SECONDS_TO_RUN}s"
cd "$BUILD"
ASAN_OPTIONS=detect_leaks=0 ./mpy_loader_fuzz -max_total_time="$SECONDS_TO_RUN" -max_len=65536 \
  -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$CORPUS"
