// gc.cc — mark-sweep collector over one fixed arena (design in gc.h and
// docs/design/gc.md).
//
// Arena layout, from its start: the GcHeap struct, the allocation table (ATB,
// 2 bits per block, 4 blocks per byte), the leaf table (1 bit per block), then
// the 16-byte-aligned block pool.
//
// Block states (2 bits): FREE, HEAD, TAIL and a fourth state that means MARK
// during a collection (a marked HEAD) and LISTED between collections (a free
// block that sits on one of the small-run free lists, so the next-fit scan
// must not hand it out twice). A collection first turns every LISTED block
// back to FREE and drops the lists; the sweep rebuilds them.
//
// Costs: allocation from a free list is a pop plus a memset; a collection
// marks live data (proportional to live words) and sweeps the side table
// (proportional to heap size / 16).
#include "gc/gc.h"

#include <array>
#include <csetjmp>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__)
#define MOTE_ASAN_FAKE_STACK 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MOTE_ASAN_FAKE_STACK 1
#endif
#endif
#ifdef MOTE_ASAN_FAKE_STACK
#include <sanitizer/asan_interface.h>
#endif

#include "vm/vm.h"
#include "vm/scheduler.h"

namespace mote {

namespace {

enum BlockState : uint8_t { kFree = 0, kHead = 1, kTail = 2, kMark = 3 };
constexpr uint8_t kListed = kMark;  // outside a collection (see above)
constexpr size_t kSmallRuns = 8;    // free lists for runs of 1..8 blocks (<= 128 bytes)
constexpr size_t kBumpMax = 32;     // requests up to this many blocks may carve the bump region
constexpr size_t kBumpSpan = 4096;  // longest bump region taken at once (64 KiB)
constexpr size_t kMarkStackMin = 64;

}  // namespace

struct GcHeap {
  uint8_t* atb;
  uint8_t* leaf;
  uint8_t* pool;
  uint8_t* pool_end;
  size_t n_blocks;
  const void* stack_base;
  GcRootFn roots;
  void* free_list[kSmallRuns];
  void* free_tail[kSmallRuns];  // used only while a sweep rebuilds the lists
  size_t scan_next;             // next-fit start (block index)
  size_t bump_next;             // bump region [bump_next, bump_end): FREE blocks carved in order
  size_t bump_end;
  size_t scan_limit;            // a scan for more blocks than this is known to fail (until a sweep/free)
  size_t used_blocks;
  size_t block_limit;           // used_blocks may not exceed this (n_blocks less the REPL's reserve)
  size_t reserve_blocks;        // the emergency reserve (gc_set_reserve)
  intptr_t budget;              // bytes that may still be allocated before the next collection
  long threshold;               // gc.threshold(); -1: automatic (see reset_budget)
  size_t collections;
  size_t max_free_run;
  bool enabled;
  bool collecting;
  bool mark_overflow;
  size_t mark_sp;
  size_t mark_cap;
  size_t* mark_stack;  // in the arena, after the side tables (n_blocks / 64 entries)
};

namespace {

// --- side tables ------------------------------------------------------------------

inline BlockState state(const GcHeap* h, size_t b) {
  return BlockState((h->atb[b >> 2] >> ((b & 3) * 2)) & 3);
}
inline void set_state(GcHeap* h, size_t b, uint8_t s) {
  uint8_t shift = (b & 3) * 2;
  h->atb[b >> 2] = uint8_t((h->atb[b >> 2] & ~(3 << shift)) | (s << shift));
}
inline bool is_leaf(const GcHeap* h, size_t b) { return (h->leaf[b >> 3] >> (b & 7)) & 1; }
inline void set_leaf(GcHeap* h, size_t b, bool on) {
  if (on) {
    h->leaf[b >> 3] |= uint8_t(1 << (b & 7));
  } else {
    h->leaf[b >> 3] &= uint8_t(~(1 << (b & 7)));
  }
}
inline void* block_ptr(const GcHeap* h, size_t b) { return h->pool + b * kGcBlockBytes; }
inline size_t block_of(const GcHeap* h, const void* p) {
  return size_t(static_cast<const uint8_t*>(p) - h->pool) / kGcBlockBytes;
}
inline bool in_pool(const GcHeap* h, uintptr_t w) {
  return w >= uintptr_t(h->pool) && w < uintptr_t(h->pool_end);
}

// Number of blocks of the run starting at head block b.
size_t run_length(const GcHeap* h, size_t b) {
  size_t n = 1;
  while (b + n < h->n_blocks && state(h, b + n) == kTail) ++n;
  return n;
}

size_t blocks_for(size_t bytes) { return bytes == 0 ? 1 : (bytes + kGcBlockBytes - 1) / kGcBlockBytes; }

// --- free lists -------------------------------------------------------------------

void list_push(GcHeap* h, size_t b, size_t n) {
  for (size_t i = 0; i < n; ++i) set_state(h, b + i, kListed);
  void* p = block_ptr(h, b);
  *static_cast<void**>(p) = h->free_list[n - 1];
  h->free_list[n - 1] = p;
}

// Appends during a sweep, so lists come out in ascending address order.
void list_append(GcHeap* h, size_t b, size_t n) {
  for (size_t i = 0; i < n; ++i) set_state(h, b + i, kListed);
  void* p = block_ptr(h, b);
  *static_cast<void**>(p) = nullptr;
  if (h->free_tail[n - 1]) {
    *static_cast<void**>(h->free_tail[n - 1]) = p;
  } else {
    h->free_list[n - 1] = p;
  }
  h->free_tail[n - 1] = p;
}

// Takes an n-block run (n <= kSmallRuns) from the lists. A larger listed
// run is split: the rest becomes the bump region (its blocks stay LISTED,
// which keeps the scan and in-place realloc away from them). Returns the
// first block index or SIZE_MAX.
size_t take_listed(GcHeap* h, size_t n) {
  for (size_t k = n; k <= kSmallRuns; ++k) {
    void* p = h->free_list[k - 1];
    if (!p) continue;
    h->free_list[k - 1] = *static_cast<void**>(p);
    size_t b = block_of(h, p);
    if (k > n) {
      h->bump_next = b + n;
      h->bump_end = b + k;
    }
    return b;
  }
  return SIZE_MAX;
}

// Next-fit scan for n FREE blocks (LISTED ones and the bump region are
// skipped). The rest of the run found becomes the bump region when the
// request is small, so the next small allocations need no scan. SIZE_MAX if
// none; a failed scan records the largest run it saw (scan_limit).
size_t take_scanned(GcHeap* h, size_t n) {
  if (n > h->scan_limit) return SIZE_MAX;
  size_t total = h->n_blocks;
  size_t largest = 0;
  for (int pass = 0; pass < 2; ++pass) {
    size_t b = pass == 0 ? h->scan_next : 0;
    size_t limit = pass == 0 ? total : h->scan_next + n;
    if (limit > total) limit = total;
    size_t run = 0;
    while (b < limit) {
      if (b == h->bump_next && h->bump_next < h->bump_end) {
        b = h->bump_end;
        run = 0;
        continue;
      }
      // Skip four occupied blocks at a time when their ATB byte has no FREE block.
      if ((b & 3) == 0 && run == 0 && b + 4 <= limit) {
        uint8_t x = h->atb[b >> 2];
        // a block is FREE iff both its bits are 0
        if (uint8_t((x | (x >> 1)) & 0x55) == 0x55 && !(b <= h->bump_next && h->bump_next < b + 4)) {
          b += 4;
          continue;
        }
      }
      if (state(h, b) == kFree) {
        if (++run == n) {
          size_t start = b + 1 - n;
          size_t end = b + 1;
          if (n <= kBumpMax) {
            // Extend over the free run (up to kBumpSpan blocks, whole ATB
            // bytes at a time): the remainder is the new bump region.
            size_t cap = end + kBumpSpan < total ? end + kBumpSpan : total;
            while (end < cap && end != h->bump_next) {
              if ((end & 3) == 0 && end + 4 <= cap && h->atb[end >> 2] == 0 &&
                  !(end < h->bump_next && h->bump_next < end + 4)) {
                end += 4;
              } else if (state(h, end) == kFree) {
                ++end;
              } else {
                break;
              }
            }
            h->bump_next = start + n;
            h->bump_end = end;
          }
          h->scan_next = end;  // the next scan resumes after what was handed out
          return start;
        }
      } else {
        if (run > largest) largest = run;
        run = 0;
      }
      ++b;
    }
    if (run > largest) largest = run;
  }
  h->scan_limit = largest;
  return SIZE_MAX;
}

inline void claim(GcHeap* h, size_t b, size_t n, bool leaf) {
  set_state(h, b, kHead);
  for (size_t i = 1; i < n; ++i) set_state(h, b + i, kTail);
  set_leaf(h, b, leaf);
  uint64_t* p = reinterpret_cast<uint64_t*>(block_ptr(h, b));
  if (n == 1) {
    p[0] = 0;
    p[1] = 0;
  } else {
    memset(p, 0, n * kGcBlockBytes);
  }
  h->used_blocks += n;
  h->budget -= intptr_t(n * kGcBlockBytes);
}

size_t find_blocks(GcHeap* h, size_t n) {
  if (n <= kSmallRuns && h->free_list[n - 1]) return take_listed(h, n);
  if (n <= kBumpMax && h->bump_end - h->bump_next >= n) {
    size_t b = h->bump_next;
    h->bump_next += n;
    return b;
  }
  size_t b = n <= kSmallRuns ? take_listed(h, n) : SIZE_MAX;
  if (b == SIZE_MAX) b = take_scanned(h, n);
  return b;
}

// --- marking ----------------------------------------------------------------------

// Converts every LISTED block back to FREE (a pair of set bits becomes 00),
// eight ATB bytes (32 blocks) per step.
void unlist_all(GcHeap* h) {
  size_t bytes = (h->n_blocks + 3) / 4;
  size_t words = bytes / 8;
  uint64_t* w = reinterpret_cast<uint64_t*>(h->atb);  // the ATB starts 8-aligned (after GcHeap)
  constexpr uint64_t kLow = 0x5555555555555555ull;
  for (size_t i = 0; i < words; ++i) {
    uint64_t x = w[i];
    uint64_t both = x & (x >> 1) & kLow;
    if (both) w[i] = x & ~(both | (both << 1));
  }
  for (size_t i = words * 8; i < bytes; ++i) {
    uint8_t x = h->atb[i];
    uint8_t both = uint8_t(x & (x >> 1) & 0x55);
    h->atb[i] = uint8_t(x & ~(both | (both << 1)));
  }
  for (size_t k = 0; k < kSmallRuns; ++k) h->free_list[k] = h->free_tail[k] = nullptr;
  h->bump_next = h->bump_end = 0;
}

// Marks the run a (possibly interior) pointer points into, and queues it.
inline void mark_word(GcHeap* h, uintptr_t w) {
  if (!in_pool(h, w)) return;
  size_t b = block_of(h, reinterpret_cast<const void*>(w));
  BlockState s = state(h, b);
  if (s == kTail) {
    do {
      --b;
      s = state(h, b);
    } while (s == kTail);
  }
  if (s != kHead) return;  // free, or already marked
  set_state(h, b, kMark);
  if (is_leaf(h, b)) return;
  if (h->mark_sp < h->mark_cap) {
    h->mark_stack[h->mark_sp++] = b;
  } else {
    h->mark_overflow = true;
  }
}

__attribute__((no_sanitize_address)) void scan_words(GcHeap* h, const void* begin, const void* end) {
  uintptr_t a = (uintptr_t(begin) + sizeof(uintptr_t) - 1) & ~(sizeof(uintptr_t) - 1);
  for (const uintptr_t* p = reinterpret_cast<const uintptr_t*>(a);
       reinterpret_cast<uintptr_t>(p) + sizeof(uintptr_t) <= uintptr_t(end); ++p) {
    mark_word(h, *p);
  }
}

void scan_block(GcHeap* h, size_t b) {
  size_t n = run_length(h, b);
  scan_words(h, block_ptr(h, b), block_ptr(h, b + n));
}

void drain(GcHeap* h) {
  while (h->mark_sp > 0) scan_block(h, h->mark_stack[--h->mark_sp]);
}

// After a mark-stack overflow some marked blocks were never scanned: rescan
// the children of every marked non-leaf block until nothing overflows.
void drain_with_overflow(GcHeap* h) {
  drain(h);
  while (h->mark_overflow) {
    h->mark_overflow = false;
    for (size_t b = 0; b < h->n_blocks; ++b) {
      if (state(h, b) == kMark && !is_leaf(h, b)) {
        scan_block(h, b);
        drain(h);
      }
    }
  }
}

// Scans the C stack between begin and end. Under ASan's stack-use-after-return
// mode, address-taken locals live in heap-allocated "fake frames" that the
// real stack points to: each fake frame a stack word points into is scanned
// too (as Oilpan does), so the roots held there are seen.
__attribute__((no_sanitize_address)) void scan_stack_words(GcHeap* h, const void* begin, const void* end) {
  scan_words(h, begin, end);
#ifdef MOTE_ASAN_FAKE_STACK
  void* fake = __asan_get_current_fake_stack();
  if (fake == nullptr) return;
  uintptr_t a = (uintptr_t(begin) + sizeof(uintptr_t) - 1) & ~(sizeof(uintptr_t) - 1);
  for (const uintptr_t* p = reinterpret_cast<const uintptr_t*>(a);
       reinterpret_cast<uintptr_t>(p) + sizeof(uintptr_t) <= uintptr_t(end); ++p) {
    void *frame_begin, *frame_end;
    if (__asan_addr_is_in_fake_stack(fake, reinterpret_cast<void*>(*p), &frame_begin, &frame_end)) {
      scan_words(h, frame_begin, frame_end);
    }
  }
#endif
}

// Spills callee-saved registers into a jmp_buf on this frame (setjmp only
// spills; nothing ever longjmps) and scans the C stack up to its base. (This
// function is not instrumented, so regs is on the real stack, never in a fake frame.)
__attribute__((noinline, no_sanitize_address)) void scan_c_stack(GcHeap* h) {
  jmp_buf regs;
  __builtin_unwind_init();
  setjmp(regs);
  const void* sp = &regs;
  scan_stack_words(h, sp, h->stack_base);
  drain_with_overflow(h);
}

// --- sweeping ---------------------------------------------------------------------

void close_run(GcHeap* h, size_t start, size_t n) {
  if (n == 0) return;
  if (n > h->max_free_run) h->max_free_run = n;
  if (n <= kSmallRuns) list_append(h, start, n);
}

// Sweeping one ATB byte (four blocks) given whether a dead run is being
// freed: the new byte, which of the four blocks are free afterwards, and the
// freeing state after it. Precomputed for all 2 x 256 cases.
struct SweepStep {
  uint8_t out;
  uint8_t free_mask;
  uint8_t freeing;
};

constexpr std::array<SweepStep, 512> kSweepTable = [] {
  std::array<SweepStep, 512> t{};
  for (int in = 0; in < 2; ++in) {
    for (int x = 0; x < 256; ++x) {
      bool freeing = in;
      uint8_t out = 0, mask = 0;
      for (int k = 0; k < 4; ++k) {
        int st = (x >> (2 * k)) & 3;
        int ns = st;
        bool is_free = false;
        if (st == kMark) {
          ns = kHead;
          freeing = false;
        } else if (st == kHead) {
          ns = kFree;
          freeing = true;
          is_free = true;
        } else if (st == kTail) {
          if (freeing) {
            ns = kFree;
            is_free = true;
          }
        } else {
          freeing = false;
          is_free = true;
        }
        out = uint8_t(out | (ns << (2 * k)));
        if (is_free) mask = uint8_t(mask | (1 << k));
      }
      t[in * 256 + x] = {out, mask, uint8_t(freeing)};
    }
  }
  return t;
}();

// Frees unmarked runs and turns MARK back into HEAD: 32 blocks per 64-bit
// word when the word is all free or all dead one-block objects, else one
// table step per ATB byte. Then rebuilds the small-run free lists (in
// address order). Proportional to the heap size. n_blocks is a multiple of
// 32 (gc_init), so there is no partial byte or word.
void sweep(GcHeap* h) {
  bool freeing = false;  // inside a run whose head was unmarked
  size_t run_start = 0, run = 0, used = 0;
  h->max_free_run = 0;
  size_t n = h->n_blocks;
  uint64_t* words = reinterpret_cast<uint64_t*>(h->atb);
  for (size_t b = 0; b < n;) {
    if ((b & 31) == 0) {
      uint64_t& w = words[b >> 5];
      if (w == 0 || w == 0x5555555555555555ull) {
        freeing = w != 0;  // a dead head's tails may continue in the next word
        w = 0;
        if (run == 0) run_start = b;
        run += 32;
        b += 32;
        continue;
      }
    }
    uint8_t& byte = h->atb[b >> 2];
    const SweepStep& step = kSweepTable[(freeing ? 256 : 0) + byte];
    byte = step.out;
    freeing = step.freeing;
    uint8_t mask = step.free_mask;
    if (mask == 0xf) {
      if (run == 0) run_start = b;
      run += 4;
    } else if (mask == 0) {
      close_run(h, run_start, run);
      run = 0;
      used += 4;
    } else {
      for (size_t k = 0; k < 4; ++k) {
        if ((mask >> k) & 1) {
          if (run++ == 0) run_start = b + k;
        } else {
          ++used;
          close_run(h, run_start, run);
          run = 0;
        }
      }
    }
    b += 4;
  }
  close_run(h, run_start, run);
  h->used_blocks = used;
}

// When to collect next. gc.threshold(n): after n more bytes. Automatic
// (threshold -1): after max(heap / 4, live bytes) more bytes — collecting
// early keeps the blocks being recycled in the cache (a float-heavy loop
// reuses the same quarter of the heap instead of streaming through all of it),
// while scaling the interval with the live data keeps the marking cost
// proportional to the allocation rate. Collections also happen whenever an
// allocation finds no room, enabled or not.
void reset_budget(GcHeap* h) {
  if (h->threshold >= 0) {
    h->budget = intptr_t(h->threshold);
    return;
  }
  size_t total = h->n_blocks * kGcBlockBytes;
  size_t used = h->used_blocks * kGcBlockBytes;
  size_t budget = total / 4 > used ? total / 4 : used;
  h->budget = intptr_t(budget);
}

}  // namespace

// --- public API -------------------------------------------------------------------

GcHeap* gc_init(void* memory, size_t bytes, void* stack_base, GcRootFn roots) {
  uintptr_t start = (uintptr_t(memory) + 15) & ~uintptr_t(15);
  uintptr_t end = (uintptr_t(memory) + bytes) & ~uintptr_t(15);
  if (end <= start + sizeof(GcHeap) + 64) return nullptr;
  GcHeap* h = reinterpret_cast<GcHeap*>(start);
  memset(h, 0, sizeof(GcHeap));
  uintptr_t tables = start + sizeof(GcHeap);
  // n blocks need n/4 + n/8 table bytes, a mark stack of n/64 words and 16n
  // pool bytes: about 16.5 bytes each.
  size_t avail = end - tables;
  size_t n = (avail * 8) / (16 * 8 + 3 + 8 * sizeof(size_t) / 64 + 1);
  for (;;) {
    size_t atb_bytes = (n + 3) / 4, leaf_bytes = (n + 7) / 8;
    size_t mark_cap = n / 64 > kMarkStackMin ? n / 64 : kMarkStackMin;
    uintptr_t mark = (tables + atb_bytes + leaf_bytes + sizeof(size_t) - 1) & ~uintptr_t(sizeof(size_t) - 1);
    uintptr_t pool = (mark + mark_cap * sizeof(size_t) + 15) & ~uintptr_t(15);
    if (pool + n * kGcBlockBytes <= end) {
      h->atb = reinterpret_cast<uint8_t*>(tables);
      h->leaf = h->atb + atb_bytes;
      h->mark_stack = reinterpret_cast<size_t*>(mark);
      h->mark_cap = mark_cap;
      h->pool = reinterpret_cast<uint8_t*>(pool);
      break;
    }
    --n;
  }
  n &= ~size_t(31);  // whole ATB words: the sweep needs no partial steps
  h->n_blocks = n;
  h->block_limit = n;
  h->pool_end = h->pool + n * kGcBlockBytes;
  memset(h->atb, 0, size_t(reinterpret_cast<uint8_t*>(h->mark_stack) - h->atb));
  h->stack_base = stack_base;
  h->roots = roots;
  h->threshold = -1;
  h->enabled = true;
  reset_budget(h);
  h->max_free_run = n;
  h->scan_limit = SIZE_MAX;
  return h;
}

void gc_collect(Vm& vm) {
  GcHeap* h = vm.heap_;
  if (h->collecting) return;
  h->collecting = true;
  unlist_all(h);
  h->mark_sp = 0;
  h->mark_overflow = false;
  if (h->roots) h->roots(vm);
  drain_with_overflow(h);
  scan_c_stack(h);
  sweep(h);
  h->scan_next = 0;
  h->scan_limit = SIZE_MAX;
  reset_budget(h);
  ++h->collections;
  h->collecting = false;
}

void gc_mark_range(Vm& vm, const void* begin, const void* end) {
  GcHeap* h = vm.heap_;
  scan_words(h, begin, end);
  drain_with_overflow(h);
}

// The heap is "full" at block_limit, short of its end by the REPL's reserve:
// collect once and check again.
static bool fits_limit(Vm& vm, GcHeap* h, size_t n) {
  if (!h->collecting) gc_collect(vm);
  return h->used_blocks + n <= h->block_limit;
}

void* gc_alloc(Vm& vm, size_t bytes, bool leaf) {
  if (heap_lock_refuses(vm, bytes)) return nullptr;  // hard IRQ handlers (vm/scheduler.h)
  GcHeap* h = vm.heap_;
  size_t n = blocks_for(bytes);
  if (__builtin_expect(h->budget < 0, 0) && h->enabled && !h->collecting) gc_collect(vm);
  if (__builtin_expect(h->used_blocks + n > h->block_limit, 0) && !fits_limit(vm, h, n)) {
    raise_memory_error(vm);
    return nullptr;
  }
  size_t b;
  // Fast paths inline: an exact free run, or the bump region.
  if (n <= kSmallRuns && h->free_list[n - 1]) {
    void* p = h->free_list[n - 1];
    h->free_list[n - 1] = *static_cast<void**>(p);
    b = block_of(h, p);
  } else if (n <= kBumpMax && h->bump_end - h->bump_next >= n) {
    b = h->bump_next;
    h->bump_next += n;
  } else {
    b = n <= h->n_blocks ? find_blocks(h, n) : SIZE_MAX;
  }
  if (b == SIZE_MAX && n <= h->n_blocks && !h->collecting) {
    gc_collect(vm);
    b = find_blocks(h, n);
  }
  if (b == SIZE_MAX) {
    raise_memory_error(vm);
    return nullptr;
  }
  claim(h, b, n, leaf);
  return block_ptr(h, b);
}

void gc_free(Vm& vm, void* p) {
  GcHeap* h = vm.heap_;
  if (!p || !in_pool(h, uintptr_t(p)) || h->collecting) return;
  size_t b = block_of(h, p);
  if (state(h, b) != kHead || block_ptr(h, b) != p) return;
  size_t n = run_length(h, b);
  for (size_t i = 0; i < n; ++i) set_state(h, b + i, kFree);
  h->used_blocks -= n;
  if (n <= kSmallRuns) {
    list_push(h, b, n);
  } else {
    h->scan_limit = SIZE_MAX;
  }
}

void* gc_realloc(Vm& vm, void* p, size_t new_bytes) {
  if (!p) return gc_alloc(vm, new_bytes);
  GcHeap* h = vm.heap_;
  size_t b = block_of(h, p);
  size_t n = run_length(h, b);
  size_t want = blocks_for(new_bytes);
  if (want <= n) {
    // Shrink in place: the freed tail becomes FREE (found by the scan).
    for (size_t i = want; i < n; ++i) set_state(h, b + i, kFree);
    h->used_blocks -= n - want;
    if (n - want > 4) h->scan_limit = SIZE_MAX;
    return p;
  }
  // Grow in place if the following blocks are FREE (not LISTED).
  size_t extra = 0;
  while (n + extra < want && b + n + extra < h->n_blocks && state(h, b + n + extra) == kFree &&
         !(b + n + extra >= h->bump_next && b + n + extra < h->bump_end)) {
    ++extra;
  }
  if (n + extra == want && h->used_blocks + extra <= h->block_limit) {
    for (size_t i = n; i < want; ++i) set_state(h, b + i, kTail);
    memset(block_ptr(h, b + n), 0, (want - n) * kGcBlockBytes);
    h->used_blocks += want - n;
    h->budget -= intptr_t((want - n) * kGcBlockBytes);
    return p;
  }
  bool leaf = is_leaf(h, b);
  void* q = gc_alloc(vm, new_bytes, leaf);
  if (!q) return nullptr;
  // A collection during gc_alloc kept p alive (it is on our C stack).
  memcpy(q, p, n * kGcBlockBytes);
  gc_free(vm, p);
  return q;
}

void gc_stats(Vm& vm, GcStats* out) {
  GcHeap* h = vm.heap_;
  out->total_bytes = h->n_blocks * kGcBlockBytes;
  out->used_bytes = h->used_blocks * kGcBlockBytes;
  out->free_bytes = out->total_bytes - out->used_bytes;
  out->max_free_run = h->max_free_run * kGcBlockBytes;
  out->collections = h->collections;
}

void gc_set_threshold(Vm& vm, long bytes) {
  vm.heap_->threshold = bytes < 0 ? -1 : bytes;
  reset_budget(vm.heap_);
}
long gc_threshold(Vm& vm) { return vm.heap_->threshold; }
void gc_enable(Vm& vm, bool on) { vm.heap_->enabled = on; }

void gc_set_reserve(Vm& vm, size_t bytes) {
  GcHeap* h = vm.heap_;
  h->reserve_blocks = blocks_for(bytes) < h->n_blocks / 2 ? blocks_for(bytes) : h->n_blocks / 2;
  h->block_limit = h->n_blocks - h->reserve_blocks;
}

void gc_use_reserve(Vm& vm, bool use) {
  GcHeap* h = vm.heap_;
  h->block_limit = h->n_blocks - (use ? 0 : h->reserve_blocks);
}

bool gc_in_reserve(Vm& vm) {
  GcHeap* h = vm.heap_;
  return h->used_blocks > h->n_blocks - h->reserve_blocks;
}
bool gc_is_enabled(Vm& vm) { return vm.heap_->enabled; }

bool gc_is_heap_head(Vm& vm, const void* p) {
  GcHeap* h = vm.heap_;
  if (!in_pool(h, uintptr_t(p))) return false;
  size_t b = block_of(h, p);
  return block_ptr(h, b) == p && state(h, b) == kHead;
}

size_t gc_alloc_size(Vm& vm, const void* p) {
  if (!gc_is_heap_head(vm, p)) return 0;
  return run_length(vm.heap_, block_of(vm.heap_, p)) * kGcBlockBytes;
}

void gc_for_each_allocation(Vm& vm, GcVisitFn fn, void* ctx) {
  GcHeap* h = vm.heap_;
  for (size_t b = 0; b < h->n_blocks;) {
    if (state(h, b) != kHead) {
      ++b;
      continue;
    }
    size_t n = run_length(h, b);
    fn(ctx, block_ptr(h, b), n * kGcBlockBytes, is_leaf(h, b));
    b += n;
  }
}

}  // namespace mote
