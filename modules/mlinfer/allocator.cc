// allocator.cc — FixedBufferAllocator and the Model's MemoryPool.
//
// MemoryPool asks the Allocator for chunks of at least kChunkBytes and bumps
// through them, so a model with 40 small descriptors costs a handful of
// allocator calls (each a GC-heap allocation in the binding), not 40. The
// chunk header is 16 bytes; the slack at the end of the last chunk is the
// price of not knowing the total before Prepare has run.
#include "modules/mlinfer/allocator.h"

#include <cstring>

namespace mote::mlinfer {
namespace {

constexpr size_t kAlign = 16;
constexpr size_t kChunkBytes = 512;

size_t AlignUp(size_t value, size_t alignment) { return (value + alignment - 1) & ~(alignment - 1); }

}  // namespace

void* FixedBufferAllocator::Allocate(size_t bytes, size_t alignment) {
  uintptr_t base = reinterpret_cast<uintptr_t>(buffer_.data());
  uintptr_t start = (base + used_ + alignment - 1) & ~(static_cast<uintptr_t>(alignment) - 1);
  size_t offset = start - base;
  if (offset > buffer_.size() || bytes > buffer_.size() - offset) return nullptr;
  used_ = offset + bytes;
  return buffer_.data() + offset;
}

void FixedBufferAllocator::Deallocate(void* pointer, size_t bytes, size_t /*alignment*/) {
  uint8_t* p = static_cast<uint8_t*>(pointer);
  if (p + bytes == buffer_.data() + used_) used_ = static_cast<size_t>(p - buffer_.data());
}

// Sits at the start of each chunk; 16 bytes on every target so the payload
// after it stays 16-aligned.
struct alignas(16) MemoryPool::Chunk {
  Chunk* next;
  uint32_t size;  // whole chunk, header included
  uint32_t used;  // header included
};

Status MemoryPool::TooLarge(const char* what) {
  return Status::Error(ErrorKind::kMemoryError, "cannot allocate {}: request too large", what);
}

Status MemoryPool::Allocate(size_t bytes, const char* what, void** out) {
  static_assert(sizeof(Chunk) == 16, "chunk header keeps payloads 16-aligned");
  if (bytes > (size_t{1} << 30)) return TooLarge(what);
  size_t need = AlignUp(bytes == 0 ? 1 : bytes, kAlign);
  if (chunks_ == nullptr || chunks_->size - chunks_->used < need) {
    if (allocator_ == nullptr) {
      return Status::Error(ErrorKind::kMemoryError, "cannot allocate {}: no allocator", what);
    }
    size_t header = AlignUp(sizeof(Chunk), kAlign);
    size_t size = header + (need > kChunkBytes ? need : kChunkBytes);
    void* memory = allocator_->Allocate(size, kAlign);
    if (memory == nullptr) {
      return Status::Error(ErrorKind::kMemoryError,
                           "out of memory allocating {} bytes for {}", size, what);
    }
    Chunk* chunk = static_cast<Chunk*>(memory);
    chunk->next = chunks_;
    chunk->size = static_cast<uint32_t>(size);
    chunk->used = static_cast<uint32_t>(header);
    chunks_ = chunk;
    reserved_ += size;
  }
  uint8_t* p = reinterpret_cast<uint8_t*>(chunks_) + chunks_->used;
  chunks_->used += static_cast<uint32_t>(need);
  used_ += need;
  std::memset(p, 0, need);
  *out = p;
  return Status::Ok();
}

void MemoryPool::Release() {
  while (chunks_ != nullptr) {
    Chunk* next = chunks_->next;
    allocator_->Deallocate(chunks_, chunks_->size, kAlign);
    chunks_ = next;
  }
  reserved_ = 0;
  used_ = 0;
}

}  // namespace mote::mlinfer
