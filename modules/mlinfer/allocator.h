// allocator.h — where the engine's own memory comes from: the caller.
//
// The engine never calls new or malloc. It needs two kinds of memory:
//
//   * persistent metadata (tensor descriptors, node list, per-channel
//     multipliers, folded biases): a few hundred bytes to a few KB, alive as
//     long as the Model. It is requested from an Allocator the caller passes
//     to Model::Load. The Python binding implements Allocator on the
//     interpreter's GC heap; tests use malloc; a port without a heap can use
//     FixedBufferAllocator over a static array.
//   * the activation arena: one block the caller hands to
//     Model::AllocateTensors (or that the Model asks the Allocator for).
//
// Design (Lua's lua_Alloc, as an abstract class): one virtual interface,
// because a GC-heap allocator and a test allocator must coexist in one
// process. MemoryPool, below, groups the Model's allocations so they are
// released together and counted.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "modules/mlinfer/status.h"

namespace mote::mlinfer {

// The caller-supplied source of memory.
class Allocator {
 public:
  // Returns `bytes` bytes aligned to `alignment` (a power of two, at most 16),
  // or nullptr when out of memory. `bytes` is never 0.
  virtual void* Allocate(size_t bytes, size_t alignment) = 0;
  // Returns a block obtained from Allocate with the same bytes and alignment.
  virtual void Deallocate(void* pointer, size_t bytes, size_t alignment) = 0;

 protected:
  ~Allocator() = default;
};

// Bump allocation over a caller-owned buffer; Deallocate only reclaims the
// most recent block. For ports with no heap, and for bounding memory in tests.
class FixedBufferAllocator final : public Allocator {
 public:
  explicit FixedBufferAllocator(std::span<uint8_t> buffer) : buffer_(buffer) {}
  void* Allocate(size_t bytes, size_t alignment) override;
  void Deallocate(void* pointer, size_t bytes, size_t alignment) override;
  size_t used() const { return used_; }

 private:
  std::span<uint8_t> buffer_;
  size_t used_ = 0;
};

// The Model's persistent memory: small allocations bump-allocated from chunks
// obtained from an Allocator, all released by Release(). Alignment is 16.
class MemoryPool {
 public:
  MemoryPool() = default;
  MemoryPool(const MemoryPool&) = delete;
  MemoryPool& operator=(const MemoryPool&) = delete;
  ~MemoryPool() { Release(); }

  void Attach(Allocator* allocator) { allocator_ = allocator; }
  // Zero-filled storage for `bytes`, or a MemoryError naming `what`.
  Status Allocate(size_t bytes, const char* what, void** out);
  template <typename T>
  Status AllocateArray(size_t count, const char* what, T** out) {
    if (count > SIZE_MAX / sizeof(T)) return TooLarge(what);
    void* p = nullptr;
    MLINFER_TRY(Allocate(count * sizeof(T), what, &p));
    *out = static_cast<T*>(p);
    return Status::Ok();
  }
  // Gives every chunk back to the allocator.
  void Release();
  // Bytes obtained from the allocator (chunk headers and slack included).
  size_t bytes_reserved() const { return reserved_; }
  // Bytes handed out to callers.
  size_t bytes_used() const { return used_; }

 private:
  struct Chunk;
  static Status TooLarge(const char* what);

  Allocator* allocator_ = nullptr;
  Chunk* chunks_ = nullptr;
  size_t reserved_ = 0;
  size_t used_ = 0;
};

}  // namespace mote::mlinfer
