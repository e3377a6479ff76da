// host_hooks.h — how `mote --board` takes over the host port's console and clock.
//
// The host port implements vm/hal.h for a terminal and the real clock (ports/host/hal_host.cc).
// In board mode the console is the board's serial port (a pty or raw stdio, LF sent as CR LF)
// and time is the board's clock, which jumps over sleeps. Rather than a second implementation
// of vm/hal.h, hal_host.cc asks this table first: board_main installs it, and it stays nullptr
// in every other mode, costing one pointer test per call.
#pragma once

#include <cstddef>
#include <cstdint>

namespace mote::board {

struct HostHooks {
  bool (*stdout_write)(const char* data, size_t len);
  bool (*stderr_write)(const char* data, size_t len);
  void (*stdout_flush)();
  int (*stdin_read_byte)();
  uint64_t (*ticks_us)();
  // The board directory, the board's "/": a host filesystem layer (the os module, open())
  // maps absolute paths under it. The process's working directory is this directory too, so
  // relative paths need no mapping.
  const char* fs_root;
};

// nullptr unless `mote --board` is running.
extern const HostHooks* host_hooks;

}  // namespace mote::board
