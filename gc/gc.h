// gc.h — the garbage-collected heap: mark-sweep over one fixed arena.
//
// The arena is given once at start-up (-X heapsize=N; 2 MiB by default on the
// host) and nothing is malloc'd after. It is cut into 16-byte blocks; an
// allocation is a run of blocks: a HEAD block followed by TAIL blocks. Per
// block metadata lives in side tables at the start of the arena (MicroPython's
// design): 2 bits of allocation state per block (FREE / HEAD / TAIL / MARK)
// and 1 "leaf" bit (the block's contents hold no pointers). That is 3 bits of
// overhead per 128 bits of heap (2.3%).
//
// Marking is conservative: a word anywhere in a reachable non-leaf block, in
// the VM's roots, or on the C stack / in spilled registers that points into
// an allocated run (to its head or inside it) keeps the run alive. So native
// code and the compiler need no handles: a pointer held in a local variable
// is a root. Marking uses an explicit fixed-size mark stack; when it
// overflows, the collector finishes by rescanning the heap for marked blocks
// whose children may be unmarked (never recursion on the C stack).
//
// Allocation: free lists of exact 1- to 8-block runs, rebuilt by
// every sweep, serve small objects (boxed floats, cells, small tuples) in a
// few instructions; larger runs come from a next-fit scan of the side table.
// A full heap triggers a collection and one retry before MemoryError. See
// docs/design/gc.md.
#pragma once

#include <cstddef>
#include <cstdint>

namespace mote {

class Vm;

inline constexpr size_t kGcBlockBytes = 16;

// Allocates `bytes` (rounded up to blocks), zero-filled. Collects and retries
// when the heap is full; returns nullptr with MemoryError pending in `vm` if
// it still cannot. `leaf` blocks hold no pointers (string text, bigint
// digits, bytecode) and are not scanned when marking.
void* gc_alloc(Vm& vm, size_t bytes, bool leaf = false);

// Grows or shrinks an allocation (may move it); nullptr + MemoryError on failure
// (the old block is then untouched). gc_realloc(vm, nullptr, n) is gc_alloc.
void* gc_realloc(Vm& vm, void* p, size_t new_bytes);

// Frees a block at once (optional: unreachable blocks are reclaimed anyway).
void gc_free(Vm& vm, void* p);

// --- the heap object ------------------------------------------------------------

// A region of memory the collector treats as roots (scanned conservatively).
struct GcRootRange {
  const void* begin;
  const void* end;
};

// Callback the VM installs to report its roots (value stack, frames...). It
// calls gc_mark_range() for each region.
using GcRootFn = void (*)(Vm& vm);

struct GcStats {
  size_t total_bytes;   // usable heap bytes
  size_t used_bytes;    // allocated blocks * 16
  size_t free_bytes;
  size_t max_free_run;  // largest free run in bytes (at the last sweep)
  size_t collections;
};

// Sets up the heap over [memory, memory + bytes): the side tables take the
// front. `stack_base` is the highest (outermost) C stack address to scan.
struct GcHeap* gc_init(void* memory, size_t bytes, void* stack_base, GcRootFn roots);

// Runs a full collection now (gc.collect()).
void gc_collect(Vm& vm);
// Marks every heap pointer found in [begin, end) (word-aligned scan). For
// root callbacks.
void gc_mark_range(Vm& vm, const void* begin, const void* end);
void gc_stats(Vm& vm, GcStats* out);

// gc.threshold: collect when this many bytes were allocated since the last
// collection; -1 disables (collect only when the heap is full).
void gc_set_threshold(Vm& vm, long bytes);
long gc_threshold(Vm& vm);
void gc_enable(Vm& vm, bool on);  // disabled: collect only when the heap is full
bool gc_is_enabled(Vm& vm);

// True if p points to the start of an allocated block (tests, debugging).
bool gc_is_heap_head(Vm& vm, const void* p);
// Size in bytes of the allocation starting at p (blocks * 16); 0 if not a head.
size_t gc_alloc_size(Vm& vm, const void* p);

// Calls fn for every allocation in address order (diagnostics: the host's
// -X heapcensus). Right after gc_collect() that is the live data.
using GcVisitFn = void (*)(void* ctx, void* p, size_t bytes, bool leaf);
void gc_for_each_allocation(Vm& vm, GcVisitFn fn, void* ctx);

// The REPL's emergency reserve. After gc_set_reserve(vm, bytes), ordinary
// allocation raises MemoryError `bytes` short of the heap's end, so when a
// program at the REPL exhausts memory there is still room to compile and run
// the next input (which may free what the program holds): the REPL calls
// gc_use_reserve(vm, true) for each input after a MemoryError while
// gc_in_reserve() (live data still reaches into the reserve), then false.
void gc_set_reserve(Vm& vm, size_t bytes);
void gc_use_reserve(Vm& vm, bool use);
bool gc_in_reserve(Vm& vm);

}  // namespace mote
