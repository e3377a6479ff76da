#!/usr/bin/env python3
"""The REPL protocol end to end: a serial tool talking to `mote --board DIR --pty`.

Starts the simulated board on a pseudo-terminal, opens it with pyserial as mpremote would open
a board's USB serial port, and drives every protocol mode byte by byte, checking the bytes the
board sends back against MicroPython's (shared/runtime/pyexec.c):

  friendly REPL, raw REPL in and out, raw exec with output and with an exception, raw-paste
  with flow control over a program many windows long, Ctrl-C during a running loop, soft
  reset in raw and friendly mode (the process and the pty survive), paste mode, disconnecting
  and reconnecting, a watchdog reset seen through the REPL, and a file round trip as serial
  tools do it (256-byte writes, os.ilistdir, os.stat, hashlib.sha256 over readinto).

    python3 tests/board/serial_protocol_test.py --mote build/mote [-v]

Needs pyserial (Debian: python3-serial); exits 77 (skipped) without it. Prints
"N passed, N failed, N skipped" last. A check that needs a module another part of Mote
provides (os, hashlib, open) is skipped, naming the module, while that module is missing.
"""
import argparse
import ast
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time

try:
    import serial
except ImportError:
    print("serial_protocol_test: pyserial is not installed (python3-serial); skipped")
    print("0 passed, 0 failed, 1 skipped")
    sys.exit(77)

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"
PASTE_BANNER = b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== "
FRIENDLY_TAIL = b'Type "help()" for more information.\r\n>>> '
SOFT_REBOOT = b"MPY: soft reboot\r\n"

BOARD_INI = """\
[board]
name = protocol-test
[wires]
2 3
"""
BOOT_PY = "booted = True\n"
MAIN_PY = "print('main.py ran')\n"


class Skip(Exception):
    pass


class Board:
    """A `mote --board DIR --pty` process and a pyserial connection to its pty."""

    def __init__(self, mote, verbose):
        self.verbose = verbose
        self.dir = tempfile.mkdtemp(prefix="mote-pty-")
        for name, text in (("board.ini", BOARD_INI), ("boot.py", BOOT_PY), ("main.py", MAIN_PY)):
            with open(os.path.join(self.dir, name), "w") as f:
                f.write(text)
        self.proc = subprocess.Popen([mote, "--board", self.dir, "--pty"], stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        line = self.proc.stderr.readline().decode()
        m = re.match(r"pty: (\S+)", line)
        if not m:
            raise RuntimeError(f"no pty path from the board: {line!r}")
        self.path = m.group(1)
        self.connect()

    def connect(self):
        self.ser = serial.Serial(self.path, 115200, timeout=0.05)

    def close(self):
        self.ser.close()
        self.proc.terminate()
        self.proc.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)

    def alive(self):
        return self.proc.poll() is None

    def write(self, data):
        if self.verbose:
            print("  >>", data)
        self.ser.write(data)

    def drain(self, quiet=0.2):
        """Reads until the line has been quiet for `quiet` seconds."""
        data = b""
        end = time.time() + quiet
        while time.time() < end:
            chunk = self.ser.read(4096)
            if chunk:
                data += chunk
                end = time.time() + quiet
        return data

    def read_until(self, ending, timeout=10):
        data = b""
        deadline = time.time() + timeout
        while not data.endswith(ending):
            if time.time() > deadline:
                raise AssertionError(f"timed out waiting for {ending!r}; got {data!r}")
            data += self.ser.read(1)
        if self.verbose:
            print("  <<", data)
        return data

    def expect(self, expected, timeout=10):
        got = self.read_until(expected[-1:] if len(expected) == 1 else expected, timeout)
        assert got == expected, f"expected {expected!r}, got {got!r}"

    # --- raw REPL helpers (pyboard.py's protocol) ---

    def enter_raw(self):
        self.write(b"\r\x03\x03")  # stop whatever runs, clear the line
        self.drain()
        self.write(b"\r\x01")
        data = self.read_until(RAW_BANNER)
        assert data.endswith(RAW_BANNER), data

    def raw_exec(self, code, timeout=20):
        """Runs code in raw mode; returns (stdout, error text)."""
        self.write(code.encode() + b"\x04")
        self.expect(b"OK")
        out = self.read_until(b"\x04", timeout)[:-1]
        err = self.read_until(b"\x04", timeout)[:-1]
        self.expect(b">")
        return out, err

    def raw_paste_exec(self, code, timeout=20):
        """Runs code with raw-paste flow control; returns (stdout, error, windows granted)."""
        data = code.encode()
        self.write(b"\x05A\x01")
        assert self.ser.read(2) == b"R\x01", "raw-paste refused"
        window = struct.unpack("<H", self.ser.read(2))[0]
        assert window == 128, window
        remain, sent, grants = window, 0, 0
        while sent < len(data):
            while remain == 0 or self.ser.in_waiting:
                b = self.ser.read(1)
                if b == b"\x01":
                    remain += window
                    grants += 1
                elif b:
                    raise AssertionError(f"unexpected byte during raw-paste: {b!r}")
            chunk = data[sent:sent + remain]
            self.ser.write(chunk)
            remain -= len(chunk)
            sent += len(chunk)
        self.ser.write(b"\x04")
        ack = self.read_until(b"\x04")
        grants += ack.count(b"\x01")
        out = self.read_until(b"\x04", timeout)[:-1]
        err = self.read_until(b"\x04", timeout)[:-1]
        self.expect(b">")
        return out, err, grants


# --- the tests -------------------------------------------------------------------------------------


def test_friendly_repl(b):
    b.write(b"\x02")  # back to the friendly REPL from wherever we are
    b.drain()
    b.write(b"\x03")
    b.expect(b"\r\n>>> ")
    b.write(b"6 * 7\r")
    b.expect(b"6 * 7\r\n42\r\n>>> ")


def test_enter_and_exit_raw(b):
    b.enter_raw()
    b.write(b"\x02")
    data = b.read_until(FRIENDLY_TAIL)
    assert data.startswith(b"\r\nMote "), data


def test_raw_exec_output(b):
    b.enter_raw()
    out, err = b.raw_exec("print('hello'); print(2 ** 100)")
    assert out == b"hello\r\n1267650600228229401496703205376\r\n", out
    assert err == b"", err


def test_raw_exec_exception(b):
    b.enter_raw()
    out, err = b.raw_exec("print('before')\n1 / 0\nprint('after')")
    assert out == b"before\r\n", out
    assert err.startswith(b"Traceback (most recent call last):\r\n"), err
    assert b'File "<stdin>", line 2' in err, err
    assert re.search(rb"ZeroDivisionError: [^\r\n]*\r\n$", err), err


def test_raw_paste_flow_control(b):
    b.enter_raw()
    lines = ["total = 0"] + [f"total += {i}  # padding to make the program long: {'x' * 20}" for i in range(60)]
    lines.append("print('total', total, len(__file__) if '__file__' in globals() else 0)")
    program = "\n".join(lines)
    assert len(program) > 6 * 128, len(program)
    out, err, grants = b.raw_paste_exec(program)
    assert err == b"", err
    assert out.startswith(b"total 1770"), out
    # every window beyond the first two needs a grant from the board
    assert grants >= len(program) // 128 - 1, (grants, len(program))


def test_ctrl_c_interrupts_a_running_loop(b):
    b.enter_raw()
    b.write(b"n = 0\nwhile True:\n    n += 1\n\x04")
    b.expect(b"OK")
    time.sleep(0.5)
    assert b.ser.in_waiting == 0, "the loop ended by itself"
    b.write(b"\x03")
    out = b.read_until(b"\x04")
    err = b.read_until(b"\x04")
    b.expect(b">")
    assert out == b"\x04", out
    assert b"KeyboardInterrupt" in err, err
    out, err = b.raw_exec("print(n > 0)")
    assert out == b"True\r\n", out


def test_soft_reset_in_raw_mode(b):
    b.enter_raw()
    b.raw_exec("x = 42")
    b.write(b"\x04")  # Ctrl-D with no code: soft reset
    data = b.read_until(RAW_BANNER)
    assert data.startswith(b"OK\r\n"), data
    assert SOFT_REBOOT in data, data
    assert b"main.py ran" not in data, "main.py runs only from the friendly REPL"
    assert b.alive()
    out, err = b.raw_exec("print(booted)\nprint(x)")
    assert out == b"True\r\n", out  # boot.py ran, the old globals are gone
    assert b"NameError" in err, err


def test_soft_reset_in_friendly_mode(b):
    b.enter_raw()
    b.write(b"\x02")
    b.read_until(FRIENDLY_TAIL)
    b.write(b"\x04")
    data = b.read_until(FRIENDLY_TAIL)
    assert data.startswith(b"\r\n" + SOFT_REBOOT + b"main.py ran\r\nMote "), data
    assert b.alive()
    b.write(b"print('still here')\r")
    b.expect(b"print('still here')\r\nstill here\r\n>>> ")


def test_system_exit_soft_resets(b):
    b.enter_raw()
    b.write(b"import sys\nsys.exit()\x04")
    data = b.read_until(RAW_BANNER)
    assert data.startswith(b"OK\x04\x04" + SOFT_REBOOT), data
    assert b.alive()


def test_paste_mode(b):
    b.enter_raw()
    b.write(b"\x02")
    b.read_until(FRIENDLY_TAIL)
    b.write(b"\x05")
    b.expect(PASTE_BANNER)
    b.write(b"a = 6\r")
    b.expect(b"a = 6\r\n=== ")
    b.write(b"for i in range(2):\r")
    b.expect(b"for i in range(2):\r\n=== ")
    b.write(b"    print(a * 7 + i)\r")
    b.expect(b"    print(a * 7 + i)\r\n=== ")
    b.write(b"\x04")
    b.expect(b"\r\n42\r\n43\r\n>>> ")
    # Ctrl-C cancels a paste
    b.write(b"\x05")
    b.expect(PASTE_BANNER)
    b.write(b"print('no')\x03")
    b.expect(b"print('no')\r\n>>> ")


def test_reconnect(b):
    b.ser.close()
    time.sleep(0.2)
    b.connect()
    b.enter_raw()
    out, _ = b.raw_exec("print('again')")
    assert out == b"again\r\n", out


def test_machine_over_serial(b):
    b.enter_raw()
    out, err = b.raw_exec("from machine import Pin\n"
                          "o = Pin(2, Pin.OUT, value=1)\n"
                          "print(Pin(3, Pin.IN).value())")
    assert (out, err) == (b"1\r\n", b""), (out, err)


def test_watchdog_reset_through_the_repl(b):
    b.enter_raw()
    b.write(b"import machine\nmachine.WDT(timeout=100)\nwhile True:\n    pass\n\x04")
    data = b.read_until(RAW_BANNER, timeout=20)
    assert data.startswith(b"OK\x04\x04" + SOFT_REBOOT), data
    out, err = b.raw_exec("import machine\nprint(machine.reset_cause() == machine.WDT_RESET)")
    assert (out, err) == (b"True\r\n", b""), (out, err)


def need(b, module):
    out, err = b.raw_exec(f"import {module}" if module != "open" else "open")
    if err:
        raise Skip(f"needs `{module}`: {err.decode(errors='replace').strip().splitlines()[-1]}")


def test_file_round_trip(b):
    """The exact code mpremote's Transport sends for `fs cp`, `fs ls`, `fs cat` and `fs rm`."""
    b.enter_raw()
    for module in ("open", "os", "hashlib"):
        need(b, module)
    payload = bytes((i * 7 + i // 256) & 0xff for i in range(3000))
    # fs_writefile: open, then w(<repr of up to 256 bytes>) per exec
    out, err = b.raw_exec("f=open('data.bin','wb')\nw=f.write")
    assert err == b"", err
    for i in range(0, len(payload), 256):
        out, err = b.raw_exec("w(" + repr(payload[i:i + 256]) + ")")
        assert err == b"", err
    out, err = b.raw_exec("f.close()")
    assert err == b"", err
    # fs_listdir
    out, err = b.raw_exec("import os\nfor f in os.ilistdir():\n print(repr(f), end=',')")
    assert err == b"", err
    entries = ast.literal_eval("[" + out.decode() + "]")  # as mpremote parses it
    assert ("data.bin", 0x8000) in [tuple(e[:2]) for e in entries], entries
    # fs_stat: os.stat_result needs the 10-tuple
    out, err = b.raw_exec("import os")
    out, err = b.raw_exec("print(repr(os.stat('data.bin')))")
    assert err == b"", err
    st = ast.literal_eval(out.decode())  # mpremote: os.stat_result(ast.literal_eval(...))
    assert len(st) == 10 and st[6] == 3000 and st[0] & 0x8000, st
    # fs_hashfile
    out, err = b.raw_exec("import hashlib\nh = hashlib.sha256()")
    assert err == b"", err
    out, err = b.raw_exec("buf = memoryview(bytearray(256))\nwith open('data.bin', 'rb') as f:\n while True:\n"
                          "  n = f.readinto(buf)\n  if n == 0:\n   break\n  h.update(buf if n == 256 else buf[:n])\n")
    assert err == b"", err
    out, err = b.raw_exec("print(repr(h.digest()))")
    assert ast.literal_eval(out.decode()) == hashlib.sha256(payload).digest(), out
    # fs_readfile
    out, err = b.raw_exec("f=open('data.bin','rb')\nr=f.read")
    back = b""
    while True:
        out, err = b.raw_exec("print(repr(r(256)))")
        assert err == b"", err
        chunk = ast.literal_eval(out.decode())
        if not chunk:
            break
        back += chunk
    b.raw_exec("f.close()")
    assert back == payload, len(back)
    # fs_mkdir, fs_rmfile, fs_rmdir
    for cmd in ("os.mkdir('sub')", "os.remove('data.bin')", "os.rmdir('sub')"):
        out, err = b.raw_exec("import os\n" + cmd)
        assert err == b"", (cmd, err)


TESTS = [
    test_friendly_repl,
    test_enter_and_exit_raw,
    test_raw_exec_output,
    test_raw_exec_exception,
    test_raw_paste_flow_control,
    test_ctrl_c_interrupts_a_running_loop,
    test_soft_reset_in_raw_mode,
    test_soft_reset_in_friendly_mode,
    test_system_exit_soft_resets,
    test_paste_mode,
    test_reconnect,
    test_machine_over_serial,
    test_watchdog_reset_through_the_repl,
    test_file_round_trip,
]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mote", required=True)
    ap.add_argument("-k", default="")
    ap.add_argument("-v", action="store_true", help="print the bytes exchanged")
    args = ap.parse_args()
    board = Board(os.path.abspath(args.mote), args.v)
    passed = failed = skipped = 0
    try:
        for test in TESTS:
            if args.k not in test.__name__:
                continue
            try:
                test(board)
                passed += 1
                print(f"pass {test.__name__}")
            except Skip as e:
                skipped += 1
                print(f"SKIP {test.__name__}: {e}")
            except Exception as e:  # noqa: BLE001 — report and go on with the next test
                failed += 1
                print(f"FAIL {test.__name__}: {e}")
            if not board.alive():
                failed += 1
                print("FAIL the board process ended")
                break
    finally:
        board.close()
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
