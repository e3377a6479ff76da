// main.cc — the `mote` executable: command line, start-up, running a script
// or -c/-m code, and the interactive REPL on a terminal.
//
//   mote [options] [file.py | -c CODE | -m MODULE | -] [args...]
//     -i              REPL after the script
//     -O / -OO        optimisation level (strip asserts / also line numbers)
//     -X heapsize=N   GC heap size in bytes (k/m suffixes); default 2m
//     -X dis          print the bytecode listing of the script, then run it
//     -X heapcensus   at exit, print the live heap tallied by kind of object (stderr)
//     -X emit=bytecode, -v   accepted for compatibility
//
// Exit status: 0, 1 after an uncaught exception (traceback on stderr), the
// SystemExit code otherwise (a non-int code is printed to stderr, status 1).
// The REPL (vm/repl.h) drives the terminal in raw mode and calls back into
// HostRepl below to compile, run and complete.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "compiler/compiler.h"
#include "compiler/disasm.h"
#include "ports/host/board_main.h"
#include "ports/host/heap_census.h"
#include "ports/host/terminal.h"
#include "vm/hal.h"
#include "vm/import.h"
#include "vm/repl.h"
#include "vm/runtime.h"

namespace mote {

namespace {

Vm g_vm;

bool g_dis = false;  // -X dis: print the bytecode listing before running
bool g_heap_census = false;  // -X heapcensus: tally the live heap at exit
long g_gc_threshold = -1;  // -X gcthreshold=N: collect after every N bytes (testing)

void on_sigint() { g_vm.interrupt_pending = true; }

struct Options {
  const char* command = nullptr;
  const char* module = nullptr;
  const char* script = nullptr;
  bool inspect = false;
  size_t heap = 2 * 1024 * 1024;
  uint8_t opt = 0;
  int argc_rest = 0;
  char** argv_rest = nullptr;
};

bool parse_size(const char* s, size_t* out) {
  char* end;
  double v = strtod(s, &end);
  if (end == s || v <= 0) return false;
  if (*end == 'k' || *end == 'K') {
    v *= 1024;
    ++end;
  } else if (*end == 'm' || *end == 'M') {
    v *= 1024 * 1024;
    ++end;
  } else if (*end == 'g' || *end == 'G') {
    v *= 1024.0 * 1024 * 1024;
    ++end;
  }
  if (*end) return false;
  *out = size_t(v);
  return true;
}

int usage(const char* prog) {
  fprintf(stderr, "usage: %s [-i] [-O] [-X heapsize=N] [file.py | -c cmd | -m mod | -] [args]\n", prog);
  return 2;
}

// Returns -1 when parsing succeeded, else the exit status.
int parse_options(int argc, char** argv, Options* o) {
  int i = 1;
  for (; i < argc; ++i) {
    const char* a = argv[i];
    if (a[0] != '-' || strcmp(a, "-") == 0) break;
    if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) {
      if (i + 1 >= argc) return usage(argv[0]);
      (a[1] == 'c' ? o->command : o->module) = argv[i + 1];
      o->argc_rest = argc - i - 1;
      o->argv_rest = argv + i + 1;
      return -1;
    }
    if (strcmp(a, "-i") == 0) {
      o->inspect = true;
    } else if (strcmp(a, "-O") == 0) {
      o->opt = 1;
    } else if (strcmp(a, "-OO") == 0) {
      o->opt = 2;
    } else if (strcmp(a, "-v") == 0 || strcmp(a, "-u") == 0 || strcmp(a, "-B") == 0 || strcmp(a, "-E") == 0 ||
               strcmp(a, "-s") == 0 || strcmp(a, "-S") == 0) {
      // accepted
    } else if (strcmp(a, "-X") == 0 || strncmp(a, "-X", 2) == 0) {
      const char* x = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : nullptr);
      if (!x) return usage(argv[0]);
      if (strcmp(x, "dis") == 0) g_dis = true;
      if (strcmp(x, "heapcensus") == 0) g_heap_census = true;
      if (strncmp(x, "gcthreshold=", 12) == 0) g_gc_threshold = atol(x + 12);  // GC stress testing
      if (strncmp(x, "heapsize=", 9) == 0) {
        if (!parse_size(x + 9, &o->heap)) {
          fprintf(stderr, "mote: invalid heap size '%s'\n", x + 9);
          return 2;
        }
      }
    } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      usage(argv[0]);
      return 0;
    } else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
      printf("Mote 0.1.0 (Python 3.11 compatible)\n");
      return 0;
    } else {
      return usage(argv[0]);
    }
  }
  if (i < argc) {
    o->script = argv[i];
    o->argc_rest = argc - i;
    o->argv_rest = argv + i;
  }
  return -1;
}

// --- running code and reporting ---------------------------------------------------------

// Prints an uncaught exception (or handles SystemExit); returns the exit status.
int report(Vm& vm) {
  Value e = vm.take_exc();
  if (isinstance(e, &SystemExit_type)) {
    Value code = exception_arg0(e);
    if (as_tuple(as_exception(e)->args)->len > 1) code = as_exception(e)->args;
    if (code.is_none()) return 0;
    if (code.is_small_int()) return int(code.as_small_int() & 0xff);
    if (code.is_bool()) return code.is_true_literal();
    if (!print_value(vm, stderr_printer(), code, PrintKind::kStr)) vm.clear_exc();
    print_str(stderr_printer(), "\n");
    return 1;
  }
  hal_stdout_flush();
  if (!print_exception(vm, stderr_printer(), e)) vm.clear_exc();
  return isinstance(e, &KeyboardInterrupt_type) ? 130 : 1;
}

// MICROPYPATH (as MicroPython's unix port): colon-separated folders appended
// to sys.path after the script's own folder.
void add_env_path(Vm& vm) {
  const char* env = getenv("MICROPYPATH");
  for (const char* p = env; p && *p;) {
    const char* colon = strchr(p, ':');
    size_t len = colon ? size_t(colon - p) : strlen(p);
    Value dir = str_new(vm, {p, len});
    if (dir.is_null() || !list_append(vm, as_list(vm.sys_path_), dir)) {
      vm.clear_exc();
      return;
    }
    p += len + (colon ? 1 : 0);
  }
}

// Compiles and runs `source` as __main__; 0 or the exit status of the failure.
// Runs a module Code object as __main__ (with -X dis, lists it first).
int run_main_code(Vm& vm, Code* code) {
  if (!code) return report(vm);
  if (g_dis && !disassemble(vm, code, stdout_printer())) return report(vm);
  if (run_code(vm, code, vm.main_globals_).is_null()) return report(vm);
  return 0;
}

int run_source(Vm& vm, std::string_view source, Value filename) {
  return run_main_code(vm, compile(vm, source, filename, CompileMode::kFile, CompileOptions{vm.opt_level_}));
}

int run_file(Vm& vm, const char* path) {
  if (access(path, R_OK) != 0) {
    fprintf(stderr, "mote: can't open file '%s': [Errno 2] No such file or directory\n", path);
    return 2;
  }
  Value file = str_from_cstr(vm, path);
  if (file.is_null() || !dict_set_qstr(vm, vm.main_globals_, q(Q::dunder_file), file)) return report(vm);
  return run_main_code(vm, load_code_file(vm, path));
}

// atexit's handlers, if the program imported it (CPython runs them after
// the main program, including after SystemExit or an uncaught exception).
void run_exit_functions(Vm& vm) {
  Value atexit = dict_get_qstr(vm.modules_, q(Q::atexit));
  if (atexit.is_absent()) return;
  Value run = lookup_attr(vm, atexit, q(Q::run_exitfuncs));
  if (run.is_null() || run.is_absent() || call0(vm, run).is_null()) report(vm);
}

int run_stdin(Vm& vm) {
  StrBuilder b(vm);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) {
    if (!b.write(b, buf, n)) return report(vm);
  }
  Value src = b.finish();
  if (src.is_null()) return report(vm);
  StrView s = str_view(src);
  return run_source(vm, {s.data, s.len}, q(Q::lt_stdin_));
}

int run_module(Vm& vm, const char* name) {
  Value n = qstr_intern(vm, name);
  if (n.is_null()) return report(vm);
  if (find_native_module(n)) return import_module(vm, n).is_null() ? report(vm) : 0;
  char path[512];
  snprintf(path, sizeof path, "%s.py", name);
  for (char* p = path; *p && strcmp(p, ".py") != 0; ++p) {
    if (*p == '.') *p = '/';
  }
  size_t n_path;
  Value* dirs;
  if (seq_items(vm.sys_path_, &n_path, &dirs)) {
    for (size_t i = 0; i < n_path; ++i) {
      if (!is_str(dirs[i])) continue;
      StrView d = str_view(dirs[i]);
      char full[600];
      snprintf(full, sizeof full, "%.*s%s%s", int(d.len), d.data, d.len ? "/" : "", path);
      if (access(full, R_OK) == 0) return run_file(vm, full);
    }
  }
  fprintf(stderr, "mote: No module named %s\n", name);
  return 1;
}

// --- the REPL glue ---------------------------------------------------------------------

// Writes through the REPL's output with "\n" turned into "\r\n" (raw terminal).
struct CrlfPrinter : Printer {
  Output* out;
};

bool crlf_write(Printer& p, const char* data, size_t len) {
  Output* out = static_cast<CrlfPrinter&>(p).out;
  size_t start = 0;
  for (size_t i = 0; i < len; ++i) {
    if (data[i] == '\n') {
      out->write(data + start, i - start);
      out->write("\r\n", 2);
      start = i + 1;
    }
  }
  out->write(data + start, len - start);
  return true;
}

class HostRepl final : public ReplHost {
 public:
  explicit HostRepl(Vm& vm) : vm_(vm) {}

  void write(const char* data, size_t size) override {
    fflush(stdout);
    terminal::write(data, size);
  }

  bool needs_more_input(std::string_view source) override {
    bool more = compile_needs_more_input(vm_, source);
    vm_.clear_exc();
    return more;
  }

  ExecResult execute(std::string_view source, ExecMode mode) override {
    terminal::leave_raw_mode();
    // After a MemoryError the heap may still be full of what the program
    // holds: this input may use the emergency reserve (gc_set_reserve).
    gc_use_reserve(vm_, after_memory_error_);
    CompileMode cm = mode == ExecMode::kSingle ? CompileMode::kSingle : CompileMode::kFile;
    Code* code = compile(vm_, source, q(Q::lt_stdin_), cm, CompileOptions{vm_.opt_level_});
    Value r = code ? run_code(vm_, code, vm_.main_globals_) : Value::null();
    gc_use_reserve(vm_, false);
    fflush(stdout);
    vm_.interrupt_pending = false;
    terminal::enter_raw_mode();
    if (after_memory_error_) {
      gc_collect(vm_);
      after_memory_error_ = gc_in_reserve(vm_);
    }
    if (!r.is_null()) return ExecResult::kOk;
    vm_.last_exc_ = vm_.take_exc();
    after_memory_error_ = after_memory_error_ || isinstance(vm_.last_exc_, &MemoryError_type);
    if (isinstance(vm_.last_exc_, &SystemExit_type)) return ExecResult::kSystemExit;
    return ExecResult::kException;
  }

  void print_exception() override {
    CrlfPrinter p{{crlf_write}, this};
    if (!mote::print_exception(vm_, p, vm_.last_exc_)) vm_.clear_exc();
    vm_.last_exc_ = Value::null();
  }

  ResetAction soft_reset() override { return ResetAction::kExit; }

  void complete(const CompletionQuery& query, CompletionSink& sink) override {
    switch (query.scope) {
      case CompletionScope::kGlobals:
        add_dict(vm_.main_globals_, sink);
        add_map(&builtins_module_globals, sink);
        break;
      case CompletionScope::kAttributes: {
        Value obj = resolve(query.object);
        if (obj.is_null()) break;
        Value names = object_dir(vm_, obj);
        if (names.is_null()) {
          vm_.clear_exc();
          break;
        }
        List* l = as_list(names);
        for (size_t i = 0; i < l->len; ++i) add_name(l->items[i], sink);
        break;
      }
      case CompletionScope::kModules: {
        size_t n;
        const NativeModuleEntry* m = native_modules(&n);
        for (size_t i = 0; i < n; ++i) sink.add(qstr_view(q(m[i].name)));
        break;
      }
    }
  }

 private:
  bool after_memory_error_ = false;  // since a MemoryError, live data reaches into the reserve

  static void add_name(Value k, CompletionSink& sink) {
    if (!is_str(k)) return;
    StrView s = str_view(k);
    sink.add({s.data, s.len});
  }
  static void add_dict(Dict* d, CompletionSink& sink) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) add_name(k, sink);
  }
  static void add_map(const ConstMap* m, CompletionSink& sink) {
    for (size_t i = 0; i < m->count; ++i) add_name(m->entries[i].key, sink);
  }

  // "a.b.c" → the object, or null() (no exception left pending).
  Value resolve(std::string_view path) {
    Value obj = Value::null();
    size_t start = 0;
    while (start <= path.size()) {
      size_t dot = path.find('.', start);
      if (dot == std::string_view::npos) dot = path.size();
      Value name = qstr_find(path.substr(start, dot - start));
      if (name.is_absent()) return Value::null();
      Value v;
      if (obj.is_null()) {
        v = dict_get_qstr(vm_.main_globals_, name);
        if (v.is_absent()) v = builtins_lookup(vm_, name);
      } else {
        v = lookup_attr(vm_, obj, name);
      }
      if (v.is_null() || v.is_absent()) {
        vm_.clear_exc();
        return Value::null();
      }
      obj = v;
      start = dot + 1;
    }
    return obj;
  }

  Vm& vm_;
};

char g_code_buffer[16 * 1024];

void banner(char* buf, size_t cap) {
  static const char* months = "JanFebMarAprMayJunJulAugSepOctNovDec";
  const char* d = __DATE__;  // "Nov 21 2025"
  int month = 1;
  for (int m = 0; m < 12; ++m) {
    if (strncmp(months + 3 * m, d, 3) == 0) month = m + 1;
  }
  snprintf(buf, cap, "Mote 0.1.0 on %.4s-%02d-%02d; %s", d + 7, month, atoi(d + 4), hal_machine());
}

int run_repl(Vm& vm) {
  HostRepl host(vm);
  GcStats stats;
  gc_stats(vm, &stats);
  // 1/32 of the heap, 4..32 KiB: room to compile and run a line or two.
  size_t reserve = stats.total_bytes / 32;
  gc_set_reserve(vm, reserve < 4096 ? 4096 : reserve > 32768 ? 32768 : reserve);
  char banner_text[128];
  banner(banner_text, sizeof banner_text);
  ReplConfig config;
  config.banner = banner_text;
  Repl repl(host, std::span<char>(g_code_buffer, sizeof g_code_buffer), config);
  terminal::enter_raw_mode();
  repl.start();
  for (int c; (c = terminal::read_byte()) != terminal::kEndOfInput;) {
    if (c >= 0 && repl.feed(static_cast<uint8_t>(c)) == Repl::Flow::kExit) break;
  }
  terminal::leave_raw_mode();
  return 0;
}

void set_argv(Vm& vm, int n, char** args, const char* first) {
  List* argv = as_list(vm.sys_argv_);
  argv->len = 0;
  if (first) list_append(vm, argv, str_from_cstr(vm, first));
  for (int i = first ? 1 : 0; i < n; ++i) list_append(vm, argv, str_from_cstr(vm, args[i]));
  if (n == 0 && !first) list_append(vm, argv, q(Q::empty_));
}

}  // namespace

int host_main(int argc, char** argv) {
  Options o;
  int status = parse_options(argc, argv, &o);
  if (status >= 0) return status;
  VmConfig config;
  config.heap_bytes = o.heap;
  config.opt_level = o.opt;
  if (!g_vm.init(config, __builtin_frame_address(0))) {
    fprintf(stderr, "mote: cannot allocate a %zu-byte heap\n", o.heap);
    return 1;
  }
  Vm& vm = g_vm;
  if (g_gc_threshold >= 0) gc_set_threshold(vm, g_gc_threshold);
  add_env_path(vm);
  terminal::install_sigint_handler(on_sigint);
  if (o.command) {
    set_argv(vm, o.argc_rest, o.argv_rest, "-c");
    status = run_source(vm, o.command, q(Q::lt_string_));
  } else if (o.module) {
    set_argv(vm, o.argc_rest, o.argv_rest, o.module);
    status = run_module(vm, o.module);
  } else if (o.script && strcmp(o.script, "-") != 0) {
    set_argv(vm, o.argc_rest, o.argv_rest, nullptr);
    // sys.path[0] is the script's directory ('' for the current one).
    const char* slash = strrchr(o.script, '/');
    if (slash) as_list(vm.sys_path_)->items[0] = str_new(vm, {o.script, size_t(slash - o.script)});
    status = run_file(vm, o.script);
  } else if (!o.script && isatty(0)) {
    set_argv(vm, 0, nullptr, nullptr);
    status = run_repl(vm);
    o.inspect = false;
  } else {
    set_argv(vm, o.argc_rest, o.argv_rest, o.script ? "-" : nullptr);
    status = run_stdin(vm);
  }
  if (o.inspect && isatty(0)) status = run_repl(vm);
  run_exit_functions(vm);
  fflush(stdout);
  if (g_heap_census) print_heap_census(vm, stderr);
  fflush(stderr);
  return status;
}

}  // namespace mote

int main(int argc, char** argv) {
  if (mote::is_board_invocation(argc, argv)) return mote::board_main(argc, argv);  // ports/host/board_main.h
  return mote::host_main(argc, argv);
}
