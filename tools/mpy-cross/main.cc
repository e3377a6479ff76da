// mpy-cross — compiles a Python source file to a Mote .mpy file.
//
//   mpy-cross [options] file.py       writes file.mpy
//   mpy-cross [options] -             reads stdin, writes stdout (or -o OUT)
//
// The tool is a host program around the same core the device runs: it
// starts a Vm (for the GC heap, the qstr pools and the objects the compiler
// makes), calls compile() from compiler/ exactly as `mote` does, and writes
// the result with mpy::write_mpy(). A compile error is printed by the VM's
// own print_exception(), so it reads exactly as on the device, and the exit
// status is 1. The options follow MicroPython's mpy-cross, so build scripts
// written for it work unchanged.
//
//   mpy-cross --freeze LIST -o OUT.cc [-O N]
//
// is the frozen-module generator (tools/freeze/freeze_emit.h): LIST has one
// module per line, "dotted.name<TAB>recorded/file.py<TAB>source path<TAB>0|1"
// (1 for a package's __init__), as tools/freeze/freeze.py writes it.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "tools/freeze/freeze_emit.h"
#include "vm/code.h"
#include "vm/mpy_format.h"
#include "vm/mpy_writer.h"
#include "vm/vm.h"

namespace {

using mote::Value;

const char kUsage[] =
    "usage: mpy-cross [options] <input.py | ->\n"
    "Compiles Python source to a Mote .mpy file (docs/mpy-format.md).\n"
    "\n"
    "  -o OUT          output file (default: input with .py replaced by .mpy;\n"
    "                  stdout when the input is '-'; '-o -' also means stdout)\n"
    "  -s NAME         source name recorded for tracebacks (default: the input path)\n"
    "  -O[N] | -OO..   optimisation level 0-3: 1 strips asserts, 2+ also line numbers\n"
    "  -X emit=bytecode  the emitter (bytecode is the only one)\n"
    "  -X heapsize=N   heap for the compiler (default 64M; k/M suffixes)\n"
    "  -march=ARCH, -msmall-int-bits=N   accepted for MicroPython compatibility, ignored:\n"
    "                  a Mote .mpy runs on every target\n"
    "  --version       print the version and the .mpy version emitted\n"
    "  -h, --help      this help\n";

struct Options {
  const char* input = nullptr;
  const char* output = nullptr;
  const char* source_name = nullptr;
  int opt_level = 0;
  size_t heap_bytes = size_t(64) << 20;
  const char* freeze_list = nullptr;  // --freeze LIST
};

int usage_error(const char* fmt, const char* arg) {
  fprintf(stderr, "mpy-cross: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\n%s", kUsage);
  return 2;
}

bool parse_size(const char* s, size_t* out) {
  char* end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 0);
  if (errno || end == s) return false;
  if (*end == 'k' || *end == 'K') v <<= 10, ++end;
  else if (*end == 'm' || *end == 'M') v <<= 20, ++end;
  if (*end || v < 65536) return false;
  *out = size_t(v);
  return true;
}

// -X options: emit=bytecode, heapsize=N. Returns 0 or an exit status.
int parse_x_option(const char* x, Options* o) {
  if (strncmp(x, "emit=", 5) == 0) {
    if (strcmp(x + 5, "bytecode") == 0) return 0;
    return usage_error("-X emit=%s is not supported: Mote has only the bytecode emitter", x + 5);
  }
  if (strncmp(x, "heapsize=", 9) == 0) {
    if (parse_size(x + 9, &o->heap_bytes)) return 0;
    return usage_error("bad heap size '%s'", x + 9);
  }
  return usage_error("unknown -X option '%s'", x);
}

// Returns -1 to go on, else an exit status.
int parse_args(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    const char* a = argv[i];
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(kUsage, stdout);
      return 0;
    } else if (strcmp(a, "--version") == 0) {
      printf("Mote mpy-cross; emitting Mote .mpy version %u (magic 'T')\n",
             unsigned(mote::mpy::kVersion));
      return 0;
    } else if (strcmp(a, "-o") == 0 || strcmp(a, "-s") == 0 || strcmp(a, "-X") == 0 ||
               strcmp(a, "--freeze") == 0) {
      if (i + 1 >= argc) return usage_error("%s needs an argument", a);
      const char* v = argv[++i];
      if (a[1] == '-') o->freeze_list = v;
      else if (a[1] == 'o') o->output = v;
      else if (a[1] == 's') o->source_name = v;
      else if (int rc = parse_x_option(v, o)) return rc;
    } else if (strncmp(a, "-O", 2) == 0) {
      if (a[2] >= '0' && a[2] <= '9' && a[3] == 0) {
        o->opt_level = a[2] - '0';
      } else {
        o->opt_level = 0;
        for (const char* p = a + 1; *p == 'O'; ++p) ++o->opt_level;
        if (a[1 + o->opt_level] != 0) return usage_error("bad option '%s'", a);
      }
      if (o->opt_level > 3) o->opt_level = 3;
    } else if (strncmp(a, "-march=", 7) == 0 || strncmp(a, "-msmall-int-bits=", 17) == 0) {
      // MicroPython's target options: a Mote .mpy is the same for every target.
    } else if (a[0] == '-' && a[1] != 0) {
      return usage_error("unknown option '%s'", a);
    } else if (o->input) {
      return usage_error("more than one input file ('%s')", a);
    } else {
      o->input = a;
    }
  }
  if (o->freeze_list) {
    if (o->input) return usage_error("--freeze takes no input file ('%s')", o->input);
    if (!o->output) return usage_error("%s", "--freeze needs -o OUT.cc");
    return -1;
  }
  if (!o->input) return usage_error("%s", "no input file");
  return -1;
}

bool read_all(FILE* f, std::string* out) {
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  return !ferror(f);
}

std::string default_output(const char* input) {
  std::string s = input;
  if (s.size() > 3 && s.compare(s.size() - 3, 3, ".py") == 0) s.resize(s.size() - 3);
  return s + ".mpy";
}

bool write_output(const char* path, const uint8_t* data, size_t len) {
  bool to_stdout = strcmp(path, "-") == 0;
  FILE* f = to_stdout ? stdout : fopen(path, "wb");
  if (!f) {
    fprintf(stderr, "mpy-cross: cannot write '%s': %s\n", path, strerror(errno));
    return false;
  }
  bool ok = fwrite(data, 1, len, f) == len;
  ok = (to_stdout ? fflush(f) == 0 : fclose(f) == 0) && ok;
  if (!ok) fprintf(stderr, "mpy-cross: error writing '%s': %s\n", path, strerror(errno));
  return ok;
}

// Compiles and writes; returns the exit status. Runs with the Vm started.
int compile_and_write(mote::Vm& vm, const Options& o, const std::string& source) {
  bool from_stdin = strcmp(o.input, "-") == 0;
  const char* name = o.source_name ? o.source_name : from_stdin ? "<stdin>" : o.input;
  Value filename = mote::qstr_intern(vm, name);
  mote::Code* code = nullptr;
  Value mpy = Value::null();
  if (!filename.is_null()) {
    mote::CompileOptions copts;
    copts.opt_level = uint8_t(o.opt_level);
    code = mote::compile(vm, source, filename, mote::CompileMode::kFile, copts);
  }
  if (code) mpy = mote::mpy::write_mpy_bytes(vm, code);
  if (mpy.is_null()) {
    mote::print_exception(vm, mote::stderr_printer(), vm.take_exc());
    return 1;
  }
  std::string out = o.output ? o.output : from_stdin ? "-" : default_output(o.input);
  mote::StrView bytes = mote::str_view(mpy);
  return write_output(out.c_str(), reinterpret_cast<const uint8_t*>(bytes.data), bytes.len) ? 0 : 1;
}

// Reads the --freeze list: "name\tfile\tpath\t0|1" per line.
bool read_freeze_list(const char* path, std::vector<mote::FrozenSource>* out) {
  FILE* f = fopen(path, "rb");
  std::string text;
  if (!f || !read_all(f, &text)) {
    fprintf(stderr, "mpy-cross: cannot read '%s'\n", path);
    return false;
  }
  fclose(f);
  size_t line_no = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.empty()) continue;
    std::vector<std::string> fields;
    for (size_t a = 0;;) {
      size_t b = line.find('\t', a);
      fields.push_back(line.substr(a, b == std::string::npos ? std::string::npos : b - a));
      if (b == std::string::npos) break;
      a = b + 1;
    }
    if (fields.size() != 4) {
      fprintf(stderr, "mpy-cross: %s:%zu: expected 4 tab-separated fields\n", path, line_no);
      return false;
    }
    out->push_back({fields[0], fields[1], fields[2], fields[3] == "1"});
  }
  return true;
}

int freeze(mote::Vm& vm, const Options& o) {
  std::vector<mote::FrozenSource> modules;
  if (!read_freeze_list(o.freeze_list, &modules)) return 1;
  std::string out;
  if (!mote::freeze_modules(vm, modules, o.opt_level, &out)) return 1;
  return write_output(o.output, reinterpret_cast<const uint8_t*>(out.data()), out.size()) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  int rc = parse_args(argc, argv, &o);
  if (rc >= 0) return rc;

  mote::VmConfig config;
  config.heap_bytes = o.heap_bytes;
  config.opt_level = uint8_t(o.opt_level);
  static mote::Vm vm;
  // The GC scans the C stack from here down; the frame address (not a
  // local's, which ASan may move off the stack) marks its base.
  void* stack_base = __builtin_frame_address(0);
  if (o.freeze_list) {
    if (!vm.init(config, stack_base)) {
      fprintf(stderr, "mpy-cross: cannot allocate a %zu-byte heap\n", o.heap_bytes);
      return 1;
    }
    rc = freeze(vm, o);
    vm.deinit();
    return rc;
  }

  std::string source;
  bool from_stdin = strcmp(o.input, "-") == 0;
  FILE* in = from_stdin ? stdin : fopen(o.input, "rb");
  if (!in || !read_all(in, &source)) {
    fprintf(stderr, "mpy-cross: cannot read '%s': %s\n", o.input, strerror(errno));
    return 1;
  }
  if (!from_stdin) fclose(in);

  if (!vm.init(config, stack_base)) {
    fprintf(stderr, "mpy-cross: cannot allocate a %zu-byte heap\n", o.heap_bytes);
    return 1;
  }
  rc = compile_and_write(vm, o, source);
  vm.deinit();
  return rc;
}
