// arena.cc — chunked bump allocation for the compiler (see arena.h).
//
// Chunks are 1 KiB (a large request gets a chunk of its own), small enough
// not to fragment a microcontroller heap and large enough that the header
// overhead stays under 2%.
#include "compiler/arena.h"

#include "gc/gc.h"

namespace mote::compiler {

static size_t align8(size_t n) { return (n + 7) & ~size_t(7); }

bool Arena::grow(size_t bytes) {
  size_t header = align8(sizeof(Chunk));
  size_t size = bytes + header > kChunkSize ? bytes + header : kChunkSize;
  auto* chunk = static_cast<Chunk*>(gc_alloc(*vm_, size));
  if (!chunk) return false;
  chunk->next = chunks_;
  chunk->size = size;
  chunks_ = chunk;
  cur_ = reinterpret_cast<uint8_t*>(chunk) + header;
  end_ = reinterpret_cast<uint8_t*>(chunk) + size;
  return true;
}

void* Arena::alloc(size_t bytes) {
  bytes = align8(bytes ? bytes : 1);
  if (size_t(end_ - cur_) < bytes && !grow(bytes)) return nullptr;
  void* p = cur_;
  cur_ += bytes;
  return p;  // chunks come zeroed from gc_alloc and are never reused
}

bool arena_regrow(Arena& arena, void** data, uint32_t len, uint32_t* cap, uint32_t want, size_t elem) {
  void* p = arena.alloc(want * elem);
  if (!p) return false;
  if (len) memcpy(p, *data, len * elem);
  *data = p;
  *cap = want;
  return true;
}

void Arena::release() {
  while (chunks_) {
    Chunk* next = chunks_->next;
    gc_free(*vm_, chunks_);
    chunks_ = next;
  }
  cur_ = end_ = nullptr;
}

// Allocate-copy-free rather than gc_realloc: it keeps the leaf bit right and
// needs nothing of gc_realloc's in-place growth, which these buffers (grown
// by doubling) rarely benefit from.
void* buf_realloc(Vm& vm, void* p, size_t old_bytes, size_t new_bytes, bool leaf) {
  void* q = gc_alloc(vm, new_bytes, leaf);
  if (!q) return nullptr;
  if (p) {
    memcpy(q, p, old_bytes < new_bytes ? old_bytes : new_bytes);
    gc_free(vm, p);
  }
  return q;
}

void buf_free(Vm& vm, void* p) { gc_free(vm, p); }

}  // namespace mote::compiler
