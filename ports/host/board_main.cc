// board_main.cc — the simulated board's life cycle: boot, REPL on the serial console, resets.
//
// One board per process, so the pieces are file-level singletons: the Board (peripherals and
// clock), the SerialConsole, the Vm, the Repl and its host. The main loop reads the console
// with a 10 ms timeout; while no byte comes it services the board (timers, watchdog, scripted
// pins) and runs scheduled callbacks, as a board's REPL does while it waits for a key.
//
// Resets. A soft reset replaces the Vm with a fresh one (new heap, new modules) after
// machine_deinit() has disconnected every interrupt from the old heap; the board's pins keep
// their state and the watchdog keeps running. A hard reset (machine.reset(), the watchdog,
// deepsleep) is requested by the board while Python code runs; the scheduler raises SystemExit
// until the code has unwound, the REPL calls soft_reset(), and reboot() sees the pending hard
// reset and also resets the peripherals. A hard reset while the REPL is idle reboots at once
// and greets the tool with a fresh friendly banner, as a real board's USB port would.
//
// The REPL's mode is not visible from outside, so the host follows the banners it writes
// ("raw REPL; CTRL-B to exit" vs the friendly banner) to know whether main.py runs after a
// soft reset (MicroPython runs it only from the friendly REPL).
#include "ports/host/board_main.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <thread>

#include "compiler/compiler.h"
#include "modules/machine/machine.h"
#include "ports/host/board/board.h"
#include "ports/host/board/host_hooks.h"
#include "ports/host/board/serial_console.h"
#include "vm/hal.h"
#include "vm/import.h"
#include "vm/repl.h"
#include "vm/runtime.h"
#include "vm/scheduler.h"

namespace mote {
namespace {

constexpr uint8_t kQuitKey = 0x1d;  // Ctrl-]: leave the board (stdio on a terminal only)
constexpr int kIdlePollMs = 10;

struct BoardOptions {
  std::string dir;
  bool pty = false;
  size_t heap = 256 * 1024;  // a microcontroller-sized heap
};

// --- the board's singletons -------------------------------------------------------------------

board::SerialConsole g_console;
std::unique_ptr<board::Board> g_board;
alignas(Vm) unsigned char g_vm_storage[sizeof(Vm)];
Vm* g_vm = nullptr;
void* g_stack_base = nullptr;
size_t g_heap_bytes = 0;
bool g_running = false;   // Python code runs: Ctrl-C on the line interrupts it
bool g_raw_repl = false;  // the REPL's last banner was the raw one
bool g_quit_key = false;  // stdio on a terminal: Ctrl-] ends the board
std::atomic<bool> g_ticking{false};
char g_code_buffer[64 * 1024];
std::string g_banner;

// --- the host HAL redirected to the board (host_hooks.h) --------------------------------------

bool console_out(const char* data, size_t len) {
  g_console.write_cooked(data, len);
  return true;
}

void console_flush() {}

// input() and sys.stdin: the serial line, with the board serviced while waiting.
int console_in() {
  for (;;) {
    int c = g_console.read_byte(kIdlePollMs);
    if (c == board::SerialConsole::kClosed) return -1;
    if (c == board::SerialConsole::kTimeout) {
      g_board->service();
      continue;
    }
    if (c == hal_interrupt_char()) {
      g_vm->interrupt_pending = true;
      return -1;
    }
    return c;
  }
}

uint64_t board_ticks_us() { return g_board->now_us(); }

board::HostHooks g_hooks = {console_out, console_out, console_flush, console_in, board_ticks_us, nullptr};
char g_fs_root[4096];

// The "timer interrupt" that makes the VM look at the board every millisecond.
void ticker() {
  while (g_ticking.load()) {
    sched_wake();
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

// --- the VM -----------------------------------------------------------------------------------

void print_traceback(Value exc) {
  if (!print_exception(*g_vm, stdout_printer(), exc)) g_vm->clear_exc();
}

bool start_vm() {
  g_vm = new (g_vm_storage) Vm();
  VmConfig config;
  config.heap_bytes = g_heap_bytes;
  if (!g_vm->init(config, g_stack_base)) return false;
  List* path = g_vm->sys_path_.as<List>();  // ['', '.frozen', 'lib'] as MicroPython's ['', '.frozen', '/lib']
  Value frozen = str_from_cstr(*g_vm, ".frozen"), lib = str_from_cstr(*g_vm, "lib");
  return !frozen.is_null() && !lib.is_null() && list_append(*g_vm, path, frozen) && list_append(*g_vm, path, lib);
}

void stop_vm() {
  if (g_vm == nullptr) return;
  g_vm->deinit();
  g_vm->~Vm();
  g_vm = nullptr;
}

// Runs a file of the board's filesystem in __main__, printing what it raised.
void run_file(const char* path) {
  if (access(path, R_OK) != 0) return;
  g_running = true;
  g_vm->interrupt_pending = false;
  Code* code = load_code_file(*g_vm, path);
  Value r = code ? run_code(*g_vm, code, g_vm->main_globals_) : Value::null();
  g_running = false;
  heap_lock_depth = 0;  // a program that ended with the heap locked does not keep the REPL from working
  if (!r.is_null()) return;
  Value exc = g_vm->take_exc();
  if (!isinstance(exc, &SystemExit_type)) print_traceback(exc);
}

// A fresh VM on a board reset as asked: soft (interrupts and timers off, pins kept) or hard
// (every peripheral back to power-on state, reset_cause() updated).
void reset(bool hard) {
  machine_deinit();
  sched_reset();
  if (hard) {
    g_board->complete_reset();
  } else {
    g_board->soft_reset();
  }
  stop_vm();
  if (!start_vm()) {
    fprintf(stderr, "mote: cannot allocate a %zu-byte heap\n", g_heap_bytes);
    exit(1);
  }
}

// boot.py, then main.py if `run_main`. Repeats after a hard reset the code asked for (main.py
// calling deepsleep() is a board that sleeps and wakes forever).
void boot(bool run_main) {
  for (;;) {
    run_file("boot.py");
    if (run_main && !g_board->reset_pending()) run_file("main.py");
    if (!g_board->reset_pending()) return;
    reset(true);
    run_main = true;
  }
}

// --- the REPL's host ------------------------------------------------------------------------------

class BoardReplHost final : public ReplHost {
 public:
  // The boot files of a soft reset run right after the REPL's "MPY: soft reboot" line, where
  // MicroPython prints their output (the REPL prints that line after soft_reset() returned).
  void write(const char* data, size_t size) override {
    std::string_view text(data, size);
    if (text.find("raw REPL; CTRL-B to exit") != std::string_view::npos) g_raw_repl = true;
    if (text.find("Type \"help()\" for more information.") != std::string_view::npos) g_raw_repl = false;
    g_console.write(data, size);
    if (boot_deferred_ && text.size() >= 13 && text.substr(text.size() - 13) == "soft reboot\r\n") {
      boot_deferred_ = false;
      boot(boot_main_);
    }
  }

  bool needs_more_input(std::string_view source) override {
    bool more = compile_needs_more_input(*g_vm, source);
    g_vm->clear_exc();
    return more;
  }

  ExecResult execute(std::string_view source, ExecMode mode) override {
    const CompileMode cm = mode == ExecMode::kSingle ? CompileMode::kSingle : CompileMode::kFile;
    g_vm->interrupt_pending = false;
    g_running = true;
    Value r = exec_source(*g_vm, source, q(Q::lt_stdin_), g_vm->main_globals_, int(cm));
    g_running = false;
    heap_lock_depth = 0;
    g_board->write_state_file();
    if (!r.is_null()) return g_board->reset_pending() ? ExecResult::kSystemExit : ExecResult::kOk;
    Value exc = g_vm->take_exc();
    if (g_board->reset_pending() || isinstance(exc, &SystemExit_type)) return ExecResult::kSystemExit;
    g_vm->last_exc_ = exc;
    return ExecResult::kException;
  }

  void print_exception() override {
    print_traceback(g_vm->last_exc_);
    g_vm->last_exc_ = Value::null();
  }

  ResetAction soft_reset() override {
    const bool hard = g_board->reset_pending();
    reset(hard);
    boot_deferred_ = true;
    boot_main_ = hard || !g_raw_repl;  // MicroPython runs main.py from the friendly REPL only
    return ResetAction::kRestart;
  }

  void complete(const CompletionQuery& query, CompletionSink& sink) override;

 private:
  static void add_name(Value k, CompletionSink& sink) {
    if (!is_str(k)) return;
    StrView s = str_view(k);
    sink.add({s.data, s.len});
  }
  Value resolve(std::string_view path);

  bool boot_deferred_ = false;
  bool boot_main_ = false;
};

void BoardReplHost::complete(const CompletionQuery& query, CompletionSink& sink) {
  Vm& vm = *g_vm;
  if (query.scope == CompletionScope::kModules) {
    size_t n;
    const NativeModuleEntry* m = native_modules(&n);
    for (size_t i = 0; i < n; ++i) sink.add(qstr_view(q(m[i].name)));
    return;
  }
  if (query.scope == CompletionScope::kGlobals) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(vm.main_globals_, &pos, &k, &v)) add_name(k, sink);
    for (size_t i = 0; i < builtins_module_globals.count; ++i) add_name(builtins_module_globals.entries[i].key, sink);
    return;
  }
  Value obj = resolve(query.object);
  if (obj.is_null()) return;
  Value names = object_dir(vm, obj);
  if (names.is_null()) {
    vm.clear_exc();
    return;
  }
  size_t n;
  Value* items;
  if (seq_items(names, &n, &items)) {
    for (size_t i = 0; i < n; ++i) add_name(items[i], sink);
  }
}

// "a.b.c" -> the object, or null() with no exception left pending.
Value BoardReplHost::resolve(std::string_view path) {
  Vm& vm = *g_vm;
  Value obj = Value::null();
  for (size_t start = 0; start <= path.size();) {
    size_t dot = path.find('.', start);
    if (dot == std::string_view::npos) dot = path.size();
    Value name = qstr_find(path.substr(start, dot - start));
    if (name.is_absent()) return Value::null();
    Value v = obj.is_null() ? dict_get_qstr(vm.main_globals_, name) : lookup_attr(vm, obj, name);
    if (obj.is_null() && v.is_absent()) v = builtins_lookup(vm, name);
    if (v.is_null() || v.is_absent()) {
      vm.clear_exc();
      return Value::null();
    }
    obj = v;
    start = dot + 1;
  }
  return obj;
}

BoardReplHost g_host;
std::optional<Repl> g_repl;

void start_repl() {
  ReplConfig config;
  config.banner = g_banner;
  g_repl.emplace(g_host, std::span<char>(g_code_buffer, sizeof g_code_buffer), config);
  g_repl->start();
}

// While the REPL waits for a key: the board runs, scheduled callbacks run, and a hard reset
// (the watchdog) reboots the board and greets the tool again.
// Ctrl-C is not watched here: at the prompt it is a key for the REPL.
void idle() {
  g_board->service();
  if (!sched_run_pending(*g_vm)) print_traceback(g_vm->take_exc());
  if (!g_board->reset_pending()) return;
  reset(true);
  boot(true);
  start_repl();
}

// --- start-up -------------------------------------------------------------------------------------

int usage() {
  fprintf(stderr, "usage: mote --board DIR [--pty] [-X heapsize=N]\n");
  return 2;
}

bool parse_heap(const char* s, size_t* out) {
  char* end;
  double v = strtod(s, &end);
  if (*end == 'k' || *end == 'K') v *= 1024, ++end;
  else if (*end == 'm' || *end == 'M') v *= 1024 * 1024, ++end;
  if (*end != '\0' || v < 16 * 1024) return false;
  *out = static_cast<size_t>(v);
  return true;
}

// Returns -1 on success, else the exit status.
int parse_options(int argc, char** argv, BoardOptions* o) {
  for (int i = 1; i < argc; ++i) {
    const char* a = argv[i];
    if (strcmp(a, "--board") == 0 && i + 1 < argc) {
      o->dir = argv[++i];
    } else if (strcmp(a, "--pty") == 0) {
      o->pty = true;
    } else if (strcmp(a, "-X") == 0 && i + 1 < argc && strncmp(argv[i + 1], "heapsize=", 9) == 0) {
      if (!parse_heap(argv[++i] + 9, &o->heap)) return usage();
    } else {
      return usage();
    }
  }
  return o->dir.empty() ? usage() : -1;
}

void restore_console() { g_console.close(); }

void on_terminate(int) {
  g_console.close();
  _exit(0);
}

bool open_console(const BoardOptions& o) {
  if (!o.pty) {
    g_console.open_stdio();
    g_quit_key = isatty(STDIN_FILENO);
    return true;
  }
  std::string path;
  if (!g_console.open_pty(&path)) {
    fprintf(stderr, "mote: cannot create a pseudo-terminal\n");
    return false;
  }
  fprintf(stderr, "pty: %s\n", path.c_str());
  fflush(stderr);
  return true;
}

bool load_board(const BoardOptions& o) {
  board::BoardConfig config;
  std::string error;
  if (!board::load_board_config("board.ini", &config, &error)) {  // (in the board directory)
    fprintf(stderr, "mote: %s\n", error.c_str());
    return false;
  }
  g_board = std::make_unique<board::Board>(config, ".");
  if (!g_board->ok()) {
    fprintf(stderr, "mote: %s/board.ini: %s\n", o.dir.c_str(), g_board->error().c_str());
    return false;
  }
  g_banner = "Mote 0.1.0 on " + config.name + " (simulated board); Python 3 subset";
  board::set_active_board(g_board.get());
  g_board->console_poll = [] {
    if (!g_running || !g_console.poll_interrupt(hal_interrupt_char())) return false;
    g_vm->interrupt_pending = true;
    return true;
  };
  return true;
}

}  // namespace

bool is_board_invocation(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (strcmp(argv[i], "--board") == 0) return true;
  }
  return false;
}

int board_main(int argc, char** argv) {
  BoardOptions o;
  int status = parse_options(argc, argv, &o);
  if (status >= 0) return status;
  if (chdir(o.dir.c_str()) != 0) {
    fprintf(stderr, "mote: cannot enter board directory '%s'\n", o.dir.c_str());
    return 2;
  }
  if (!load_board(o) || !open_console(o)) return 1;
  atexit(restore_console);
  signal(SIGTERM, on_terminate);
  signal(SIGHUP, on_terminate);
  g_stack_base = __builtin_frame_address(0);
  g_heap_bytes = o.heap;
  if (getcwd(g_fs_root, sizeof g_fs_root) != nullptr) g_hooks.fs_root = g_fs_root;
  board::host_hooks = &g_hooks;
  g_ticking = true;
  std::thread tick(ticker);

  if (!start_vm()) {
    fprintf(stderr, "mote: cannot allocate a %zu-byte heap\n", g_heap_bytes);
    return 1;
  }
  boot(true);
  start_repl();
  for (;;) {
    int c = g_console.read_byte(kIdlePollMs);
    if (c == board::SerialConsole::kClosed || (g_quit_key && c == kQuitKey)) break;
    if (c == board::SerialConsole::kTimeout) {
      idle();
      continue;
    }
    (void)g_repl->feed(static_cast<uint8_t>(c));  // soft_reset() never answers kExit here
    if (g_board->reset_pending()) idle();
  }

  g_ticking = false;
  tick.join();
  board::host_hooks = nullptr;
  machine_deinit();
  g_repl.reset();
  stop_vm();
  g_board->write_state_file();
  board::set_active_board(nullptr);
  g_board.reset();
  g_console.close();
  return 0;
}

}  // namespace mote
