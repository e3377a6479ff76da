// arena.h — the compiler's scratch memory: a bump allocator over GC-heap chunks.
//
// The AST, the token buffers of f-string sub-parsers and the scope tables are
// short-lived and die together, so they come from an Arena: a list of chunks
// from gc_alloc, bumped through and freed all at once with gc_free when a
// top-level statement has been compiled. The chunk list head lives in the
// Arena (itself on the C stack or in a reachable block), so the conservative
// GC keeps every chunk, and every object a chunk points to, alive while the
// compiler runs. Cost: one 16-byte header per chunk; an allocation is a
// pointer bump; nothing is ever freed individually.
//
// Vec<T> is a growable array inside an arena (doubling; the outgrown buffer
// is simply abandoned). GrowBuf is the same for long-lived buffers (bytecode,
// constants) but backed by gc_realloc, so it can be freed or trimmed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>

namespace mote {

class Vm;

namespace compiler {

class Arena {
 public:
  void init(Vm* vm) {
    vm_ = vm;
    chunks_ = nullptr;
    cur_ = end_ = nullptr;
  }
  // `bytes` of zeroed, 8-aligned memory; nullptr with MemoryError pending.
  void* alloc(size_t bytes);
  // A value-initialised T (its fields zero unless T says otherwise).
  template <class T>
  T* make() {
    void* p = alloc(sizeof(T));
    return p ? new (p) T() : nullptr;
  }
  template <class T>
  T* array(size_t n) {
    return static_cast<T*>(alloc(n * sizeof(T)));
  }
  // Frees every chunk (the arena can be used again afterwards).
  void release();
  Vm& vm() { return *vm_; }

 private:
  struct Chunk {
    Chunk* next;
    size_t size;
  };
  static constexpr size_t kChunkSize = 1024;
  bool grow(size_t bytes);

  Vm* vm_ = nullptr;
  Chunk* chunks_ = nullptr;
  uint8_t* cur_ = nullptr;
  uint8_t* end_ = nullptr;
};

// Moves an arena array of `len` elements of `elem` bytes to a new one of
// `want` elements (shared by every Vec<T>: one copy of the code).
bool arena_regrow(Arena& arena, void** data, uint32_t len, uint32_t* cap, uint32_t want, size_t elem);

// A growable array of trivially copyable T in an arena.
template <class T>
struct Vec {
  T* data = nullptr;
  uint32_t len = 0;
  uint32_t cap = 0;

  bool push(Arena& arena, const T& v) {
    if (len == cap && !reserve(arena, cap ? cap * 2 : 4)) return false;
    data[len++] = v;
    return true;
  }
  bool reserve(Arena& arena, uint32_t want) {
    return want <= cap || arena_regrow(arena, reinterpret_cast<void**>(&data), len, &cap, want, sizeof(T));
  }
  T& operator[](uint32_t i) { return data[i]; }
  const T& operator[](uint32_t i) const { return data[i]; }
  T& back() { return data[len - 1]; }
  T* begin() { return data; }
  T* end() { return data + len; }
};

// A growable byte buffer (or array of T) in the GC heap via gc_realloc.
template <class T>
struct GrowBuf {
  T* data = nullptr;
  uint32_t len = 0;
  uint32_t cap = 0;

  bool push(Vm& vm, const T& v) {
    if (len == cap && !grow(vm, cap ? cap * 2 : 16)) return false;
    data[len++] = v;
    return true;
  }
  bool grow(Vm& vm, uint32_t want);
  // Returns the storage to the heap.
  void free(Vm& vm);
  T& operator[](uint32_t i) { return data[i]; }
};

void* buf_realloc(Vm& vm, void* p, size_t old_bytes, size_t new_bytes, bool leaf);
void buf_free(Vm& vm, void* p);

template <class T>
bool GrowBuf<T>::grow(Vm& vm, uint32_t want) {
  if (want <= cap) return true;
  // Byte buffers hold no pointers: a leaf block is not scanned by the GC.
  constexpr bool leaf = sizeof(T) <= 2;
  void* p = buf_realloc(vm, data, size_t(cap) * sizeof(T), size_t(want) * sizeof(T), leaf);
  if (!p) return false;
  data = static_cast<T*>(p);
  cap = want;
  return true;
}

template <class T>
void GrowBuf<T>::free(Vm& vm) {
  if (data) buf_free(vm, data);
  data = nullptr;
  len = cap = 0;
}

}  // namespace compiler
}  // namespace mote
