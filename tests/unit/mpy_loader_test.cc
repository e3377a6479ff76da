// mpy_loader_test.cc — a damaged .mpy is always a Python exception, never a
// crash: truncated at every length, every byte flipped, every byte flipped
// with the checksum made to match (so the structural checks and the verifier
// are what stands between the file and the VM), and every script test's
// compiled code accepted by the verifier. Run under -DMOTE_SANITIZE=ON too.
#include "tests/unit/mpy_test_util.h"
#include "vm/mpy_format.h"

#include <dirent.h>
#include <signal.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#ifndef MOTE_SOURCE_DIR
#define MOTE_SOURCE_DIR ""
#endif

namespace mote::test {
namespace {

// A module with a bit of everything, so damage can land anywhere.
const char kRichSource[] =
    "import sys\n"
    "K = (1, 2.5, 'three', b'four', None, True, ..., 10**30, -7, ('n', (1,)))\n"
    "def f(a, b=2, *args, c=3, **kw):\n"
    "    total = 0\n"
    "    for x in (a, b) + args:\n"
    "        try:\n"
    "            total += x\n"
    "        except TypeError as e:\n"
    "            total = -1\n"
    "        finally:\n"
    "            pass\n"
    "    return [total, c, sorted(kw)]\n"
    "def outer():\n"
    "    v = 1\n"
    "    def inner(y):\n"
    "        nonlocal v\n"
    "        v += y\n"
    "        return v\n"
    "    return inner\n"
    "class C:\n"
    "    x = 5\n"
    "    def m(self, *, k=1):\n"
    "        return [i * k for i in range(self.x) if i % 2]\n"
    "def gen():\n"
    "    yield from range(3)\n"
    "print(f(1, 2, 3, q=4), outer()(2), C().m(k=2), list(gen()), {i: i for i in 'ab'})\n";

std::string source_dir() {
  std::string dir = MOTE_SOURCE_DIR;
  if (!dir.empty()) return dir;
  std::string file = __FILE__;  // .../tests/unit/mpy_loader_test.cc
  size_t at = file.rfind("/tests/unit/");
  return at == std::string::npos ? "." : file.substr(0, at);
}

bool is_load_error(const std::string& e) {
  return e.rfind("ValueError: truncated .mpy", 0) == 0 || e.rfind("ValueError: invalid .mpy", 0) == 0 ||
         e.rfind("ValueError: corrupted .mpy", 0) == 0 ||
         e.rfind("ValueError: incompatible .mpy file", 0) == 0;
}

void fix_crc(std::vector<uint8_t>& f) {
  if (f.size() < 4) return;
  uint32_t crc = mpy::crc32_update(0, f.data(), f.size() - 4);
  for (int i = 0; i < 4; ++i) f[f.size() - 4 + i] = uint8_t(crc >> (8 * i));
}

class MpyDamage : public MpyTest {
 protected:
  std::vector<uint8_t> file_ = to_mpy(kRichSource);
};

TEST_F(MpyDamage, ValidFileRunsLikeTheSource) {
  ASSERT_GT(file_.size(), 200u);
  Code* code = nullptr;
  ASSERT_EQ(load_error(file_, &code), "");
  EXPECT_EQ(run(code), "[6, 3, ['q']] 3 [2, 6] [0, 1, 2] {'a': 'a', 'b': 'b'}\n");
}

TEST_F(MpyDamage, TruncatedAtEveryLength) {
  ASSERT_FALSE(file_.empty());
  size_t saw_code_message = 0;
  for (size_t len = 0; len < file_.size(); ++len) {
    std::vector<uint8_t> cut(file_.begin(), file_.begin() + long(len));
    std::string e = load_error(cut);
    ASSERT_TRUE(is_load_error(e)) << "length " << len << ": " << e;
    if (e.rfind("ValueError: truncated .mpy: code object ", 0) == 0) ++saw_code_message;
  }
  // Most cuts land inside a code object, and say which and what is missing:
  // "truncated .mpy: code object 3 needs 120 bytes of bytecode, 40 left".
  EXPECT_GT(saw_code_message, file_.size() / 2);
}

TEST_F(MpyDamage, TruncationMessageSaysWhatIsMissing) {
  ASSERT_FALSE(file_.empty());
  bool found = false;
  for (size_t len = 8; len < file_.size() && !found; ++len) {
    std::vector<uint8_t> cut(file_.begin(), file_.begin() + long(len));
    std::string e = load_error(cut);
    found = e.find("bytes of bytecode, ") != std::string::npos &&
            e.find("ValueError: truncated .mpy: code object ") == 0;
  }
  EXPECT_TRUE(found);
}

TEST_F(MpyDamage, EveryFlippedByteIsAnError) {
  ASSERT_FALSE(file_.empty());
  for (size_t i = 0; i < file_.size(); ++i) {
    for (uint8_t mask : {0x01, 0x80, 0xff}) {
      std::vector<uint8_t> f = file_;
      f[i] ^= mask;
      std::string e = load_error(f);
      ASSERT_TRUE(is_load_error(e)) << "byte " << i << " ^ " << int(mask) << ": " << e;
    }
  }
}

// The checksum made to match: only the structural checks and the verifier
// protect the VM now. A file that still loads is run in a forked child (with
// Ctrl-C simulated after 50 ms, in case the damage made a loop endless): any
// Python exception is fine; a crash, a sanitizer report or a hang is a
// failure naming the damaged byte.
Vm* g_alarm_vm = nullptr;
void on_alarm(int) { g_alarm_vm->interrupt_pending = true; }

// Runs `code` in a child process; "" if it ended normally, else why not.
std::string run_isolated(MpyTest& t, const Code* code) {
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid == 0) {
    g_alarm_vm = &t.vm;
    struct sigaction sa = {};
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, nullptr);
    itimerval timer = {{0, 20000}, {0, 50000}};  // and again every 20 ms
    setitimer(ITIMER_REAL, &timer, nullptr);
    alarm(10);  // a hard stop if interrupts are ignored
    freopen("/dev/null", "w", stdout);
    Dict* globals = module_globals_new(t.vm, q(Q::dunder_main));
    if (globals) run_code(t.vm, code, globals);
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
  if (WEXITSTATUS(status) != 0) return "exit status " + std::to_string(WEXITSTATUS(status));
  return "";
}

TEST_F(MpyDamage, EveryFlippedByteWithValidChecksumIsSafe) {
  ASSERT_FALSE(file_.empty());
  size_t loaded = 0, rejected = 0;
  std::string crashes;
  for (size_t i = mpy::kHeaderSize; i + 4 < file_.size(); ++i) {
    for (uint8_t mask : {0x01, 0x02, 0x10, 0x80, 0xff}) {
      std::vector<uint8_t> f = file_;
      f[i] ^= mask;
      fix_crc(f);
      Code* code = nullptr;
      std::string e = load_error(f, &code);
      if (!code) {
        ASSERT_TRUE(is_load_error(e) || e.rfind("MemoryError", 0) == 0 || e.rfind("RecursionError", 0) == 0)
            << "byte " << i << " ^ " << int(mask) << ": " << e;
        ++rejected;
        continue;
      }
      ++loaded;
      std::string why = run_isolated(*this, code);
      if (!why.empty()) {
        crashes += "byte " + std::to_string(i) + " ^ " + std::to_string(mask) + ": " + why + "\n";
      }
    }
  }
  EXPECT_GT(rejected, 0u);
  EXPECT_EQ(crashes, "") << loaded << " damaged files loaded and ran; these did not end normally";
  RecordProperty("loaded", int(loaded));
  RecordProperty("rejected", int(rejected));
}

// Every script test the compiler accepts must pass the verifier (write_mpy
// runs it on each code object) and load back.
TEST_F(MpyTest, EveryScriptTestCompilesToAValidMpy) {
  std::string root = source_dir() + "/tests";
  DIR* top = opendir(root.c_str());
  ASSERT_NE(top, nullptr) << root;
  size_t files = 0;
  std::string failures;
  while (dirent* area = readdir(top)) {
    if (area->d_name[0] == '.') continue;
    std::string dir = root + "/" + area->d_name;
    DIR* d = opendir(dir.c_str());
    if (!d) continue;
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name.size() < 4 || name.compare(name.size() - 3, 3, ".py") != 0) continue;
      std::ifstream in(dir + "/" + name, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      Code* code = compile(vm, ss.str(), qstr_intern(vm, name), CompileMode::kFile);
      if (!code) {  // SyntaxError tests and the like
        vm.clear_exc();
        continue;
      }
      ++files;
      Value b = mpy::write_mpy_bytes(vm, code);
      if (b.is_null()) {
        failures += std::string(area->d_name) + "/" + name + ": " + take_error(vm) + "\n";
        continue;
      }
      StrView v = str_view(b);
      if (!mpy::load_mpy(vm, reinterpret_cast<const uint8_t*>(v.data), v.len)) {
        failures += std::string(area->d_name) + "/" + name + " (load): " + take_error(vm) + "\n";
      }
    }
    closedir(d);
  }
  closedir(top);
  EXPECT_GT(files, 100u);
  EXPECT_EQ(failures, "");
}

}  // namespace
}  // namespace mote::test
