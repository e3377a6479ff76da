// board_main.h — `mote --board DIR [--pty]`: Mote running as a simulated microcontroller board.
//
// The host's main() hands over to board_main() when the command line holds --board. From then
// on the process behaves like a board on a serial port rather than like a Python command:
//   - DIR is the board's filesystem (the working directory; sys.path is '', '.frozen', 'lib'),
//     DIR/board.ini describes its peripherals (ports/host/board/board_config.h,
//     docs/machine.md), boot.py runs at every start and reset, main.py after it unless the
//     REPL is in raw mode;
//   - the REPL speaks MicroPython's protocol on a pseudo-terminal (--pty; its path is printed
//     on stderr as "pty: /dev/pts/N") or on stdin/stdout in raw mode;
//   - Ctrl-C interrupts running code from the serial line, as a UART interrupt does;
//   - soft resets (Ctrl-D, SystemExit, machine.soft_reset) rebuild the VM and never end the
//     process; hard resets (machine.reset, the watchdog, deepsleep) also reset every peripheral
//     and set machine.reset_cause().
// The process ends when stdin reaches its end (stdio mode), on Ctrl-] typed at a terminal
// (stdio mode), on SIGTERM/SIGINT, or when machine.bootloader() is called.
#pragma once

namespace mote {

// True if argv holds --board (board mode).
bool is_board_invocation(int argc, char** argv);

// Runs the board until it is switched off; returns the process exit status.
//   mote --board DIR [--pty] [-X heapsize=N]
int board_main(int argc, char** argv);

}  // namespace mote
