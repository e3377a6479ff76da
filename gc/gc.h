// gc.h — the garbage-collected heap: mark-sweep over one fixed arena.
//
// [Contract stub written by the lead; the runtime owner completes it and
// writes docs/design/gc.md.] The arena is given once at start-up
// (-X heapsize=N; 2 MiB by default on the host) and nothing is malloc'd after.
// Blocks of 16 bytes; per-block metadata lives in a side table at the start
// of the arena. Marking is conservative: a word anywhere in a reachable block,
// in the VM's roots, or on the C stack / in spilled registers that points into
// the heap keeps the block it points into alive. So native code and the
// compiler need no handles: a pointer held in a local variable is a root.
#pragma once

#include <cstddef>

namespace mote {

class Vm;

// Allocates `bytes` (rounded up to blocks), zero-filled. Collects and retries
// when the heap is full; returns nullptr with MemoryError pending in `vm` if
// it still cannot. `leaf` blocks hold no pointers (string text, bigint
// digits, bytecode) and are not scanned when marking.
void* gc_alloc(Vm& vm, size_t bytes, bool leaf = false);

// Grows or shrinks an allocation (may move it); nullptr + MemoryError on failure
// (the old block is then untouched).
void* gc_realloc(Vm& vm, void* p, size_t new_bytes);

// Frees a block at once (optional: unreachable blocks are reclaimed anyway).
void gc_free(Vm& vm, void* p);

}  // namespace mote
