// flash.cc — NOR flash over a byte vector, written through to an optional image file.
#include "ports/host/board/flash.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

namespace mote::board {

SimFlash::SimFlash(uint32_t block_size, uint32_t block_count, std::string file)
    : block_size_(block_size), block_count_(block_count), data_(size_t(block_size) * block_count, 0xff) {
  if (file.empty()) return;
  fd_ = open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) return;
  ssize_t n = pread(fd_, data_.data(), data_.size(), 0);
  if (n < static_cast<ssize_t>(data_.size())) write_through(n < 0 ? 0 : size_t(n), data_.size() - (n < 0 ? 0 : size_t(n)));
}

SimFlash::~SimFlash() {
  if (fd_ >= 0) close(fd_);
}

bool SimFlash::in_range(uint32_t block, uint32_t offset, size_t len) const {
  return block < block_count_ && offset <= block_size_ && len <= block_size_ - offset;
}

void SimFlash::write_through(size_t start, size_t len) {
  if (fd_ < 0) return;
  if (pwrite(fd_, data_.data() + start, len, static_cast<off_t>(start)) != static_cast<ssize_t>(len)) {
    close(fd_);
    fd_ = -1;  // the image file failed: keep going in memory
  }
}

hal::Status SimFlash::read(uint32_t block, uint32_t offset, std::span<uint8_t> out) const {
  if (!in_range(block, offset, out.size())) return hal::Status::kOutOfRange;
  std::copy_n(data_.begin() + long(size_t(block) * block_size_ + offset), out.size(), out.begin());
  return hal::Status::kOk;
}

hal::Status SimFlash::program(uint32_t block, uint32_t offset, std::span<const uint8_t> data) {
  if (!in_range(block, offset, data.size())) return hal::Status::kOutOfRange;
  const size_t start = size_t(block) * block_size_ + offset;
  for (size_t i = 0; i < data.size(); ++i) data_[start + i] &= data[i];
  write_through(start, data.size());
  return hal::Status::kOk;
}

hal::Status SimFlash::erase(uint32_t block) {
  if (block >= block_count_) return hal::Status::kOutOfRange;
  const size_t start = size_t(block) * block_size_;
  std::fill_n(data_.begin() + long(start), block_size_, 0xff);
  write_through(start, block_size_);
  return hal::Status::kOk;
}

hal::Status SimFlash::sync() {
  if (fd_ >= 0) fsync(fd_);
  return hal::Status::kOk;
}

}  // namespace mote::board
