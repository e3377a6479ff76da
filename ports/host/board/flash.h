// flash.h — the simulated board's flash: NOR semantics over memory, optionally kept in a file.
//
// Implements the block-device contract of vm/hal_blockdev.h: erase sets a block to 0xFF,
// program ANDs bytes in, reads see the result at once. With a backing file (board.ini
// [flash] file = ...) the image is loaded at start-up and written through on every change, so
// it survives hard resets and restarts of `mote` like real flash.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "vm/hal_blockdev.h"

namespace mote::board {

class SimFlash {
 public:
  SimFlash(uint32_t block_size, uint32_t block_count, std::string file);
  ~SimFlash();

  hal::BlockDeviceInfo info() const { return {block_size_, block_count_, 1}; }
  hal::Status read(uint32_t block, uint32_t offset, std::span<uint8_t> out) const;
  hal::Status program(uint32_t block, uint32_t offset, std::span<const uint8_t> data);
  hal::Status erase(uint32_t block);
  hal::Status sync();

 private:
  bool in_range(uint32_t block, uint32_t offset, size_t len) const;
  void write_through(size_t start, size_t len);

  uint32_t block_size_;
  uint32_t block_count_;
  std::vector<uint8_t> data_;
  int fd_ = -1;
};

}  // namespace mote::board
