// hal_blockdev.h — the board's flash as a block device: the HAL contract a filesystem sits on.
//
// A microcontroller port keeps its filesystem (littlefs or FAT, owned by the VFS layer) in a
// region of the on-board flash. This header is the whole interface the core needs to that
// region: geometry, read, program, erase. It follows the block-device protocol MicroPython's
// VFS uses (readblocks / writeblocks / ioctl), with NOR-flash semantics made explicit so the
// filesystem above can rely on them on every port:
//   - erase_block() sets every byte of a block to 0xFF;
//   - program() may only clear bits (1 -> 0) of erased bytes; programming a byte twice without
//     an erase stores the AND of both values (real NOR flash does exactly that);
//   - reads see programmed data at once (no cache to flush), sync() makes it durable.
// Offsets are in bytes within a block, so small filesystem metadata writes do not need a
// read-modify-write of a whole block in the core.
//
// The simulated board (ports/host/board) keeps the blocks in a file beside the board
// description, so a filesystem image survives hard resets like real flash. Ports without
// flash report block_count 0 and return Status::kUnimplemented.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "vm/hal_machine.h"

namespace mote::hal {

struct BlockDeviceInfo {
  uint32_t block_size;   // bytes per erase block (4096 on RP2040 / ESP32 flash)
  uint32_t block_count;  // blocks in the filesystem region; 0: no block device
  uint32_t program_size; // smallest programmable unit in bytes (1, or a page of 256)
};

// The geometry; the same on every call.
BlockDeviceInfo blockdev_info();

// Reads out.size() bytes of `block` from `offset`. kOutOfRange past the end of the block or
// of the device.
Status blockdev_read(uint32_t block, uint32_t offset, std::span<uint8_t> out);

// Programs data into `block` at `offset` (AND with what is there; see above). kOutOfRange past
// the end; kInvalidArgument if offset or size is not a multiple of program_size.
Status blockdev_program(uint32_t block, uint32_t offset, std::span<const uint8_t> data);

// Erases one block to 0xFF.
Status blockdev_erase(uint32_t block);

// Makes programmed data durable (flushes a write-back cache); kOk on ports without one.
Status blockdev_sync();

}  // namespace mote::hal
