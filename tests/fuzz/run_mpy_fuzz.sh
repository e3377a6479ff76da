#!/usr/bin/env bash
# Fuzzes the .mpy loader for SECONDS (default 60) with libFuzzer under
# ASan+UBSan. Exit status 0 iff no crash was found; a crash leaves its input
# as build-fuzz/crash-* (replay: build-fuzz/mpy_loader_fuzz FILE).
#
# Builds into build-fuzz/ by hand rather than through CMake: every source is
# compiled by clang++ with -fsanitize=fuzzer-no-link,address,undefined, except
# that a file clang cannot compile (the interpreter's computed gotos, today)
# is compiled by g++ without instrumentation — the loader never runs it. The
# corpus is the script tests compiled by an mpy-cross linked from the same
# objects.
set -euo pipefail
SECONDS_TO_RUN="${1:-60}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="$ROOT/build-fuzz"
JOBS="${JOBS:-2}"
mkdir -p "$BUILD/obj"

SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
CLANG_FLAGS="-std=gnu++20 -O1 -g -fno-exceptions -fno-rtti -fno-omit-frame-pointer -I$ROOT -fsanitize=fuzzer-no-link $SAN"
GCC_FLAGS="-std=gnu++20 -O1 -g -fno-exceptions -fno-rtti -I$ROOT"

CORE=$(ls "$ROOT"/vm/*.cc "$ROOT"/compiler/*.cc "$ROOT"/gc/*.cc "$ROOT"/modules/machine/*.cc \
          "$ROOT"/ports/host/hal_host.cc "$ROOT"/ports/host/hal_fs.cc "$ROOT"/ports/host/board/*.cc)
TOOLS="$ROOT/tools/mpy-cross/main.cc $ROOT/tools/freeze/freeze_emit.cc"
FUZZ="$ROOT/tests/fuzz/mpy_loader_fuzz.cc"

# obj NAME for a source: its path under the root, flattened.
obj_of() { local rel="${1#$ROOT/}"; echo "$BUILD/obj/${rel//\//_}.o"; }

compile() {
  local src="$1" obj
  obj="$(obj_of "$src")"
  [ "$obj" -nt "$src" ] && return 0
  if ! clang++ $CLANG_FLAGS -c "$src" -o "$obj" 2>"$obj.log"; then
    echo "note: clang++ cannot compile ${src#$ROOT/}; using g++ without instrumentation"
    g++ $GCC_FLAGS -c "$src" -o "$obj"
  fi
}
export -f compile obj_of
export ROOT BUILD CLANG_FLAGS GCC_FLAGS
echo "compiling with clang++ (fuzzer, ASan, UBSan), $JOBS jobs"
printf '%s\n' $CORE $TOOLS $FUZZ | xargs -P "$JOBS" -I{} bash -c 'compile "$@"' _ {}

CORE_OBJS=$(for s in $CORE; do obj_of "$s"; done)
clang++ -fsanitize=fuzzer $SAN -o "$BUILD/mpy_loader_fuzz" "$(obj_of "$FUZZ")" $CORE_OBJS -lpthread
clang++ $SAN -fsanitize=fuzzer-no-link -o "$BUILD/mpy-cross" $(for s in $TOOLS; do obj_of "$s"; done) $CORE_OBJS \
  -lpthread "$(clang++ -print-file-name=libclang_rt.fuzzer_no_main-x86_64.a)" 2>/dev/null ||
  clang++ $SAN -o "$BUILD/mpy-cross" $(for s in $TOOLS; do obj_of "$s"; done) $CORE_OBJS -lpthread

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
