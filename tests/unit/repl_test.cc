// repl_test.cc — the REPL's modes, byte for byte.
//
// A FakeHost records what the REPL writes, the sources it executes and the queries it completes;
// its scripted program output and tracebacks stand in for the VM. Each test types bytes into the
// Repl and compares the output with the exact bytes MicroPython sends in the same situation
// (from its shared/runtime/pyexec.c and shared/readline/readline.c), because mpremote, Thonny
// and rshell match on those bytes.
#include "vm/repl.h"

#include <gtest/gtest.h>

#include <array>
#include <map>
#include <string>
#include <vector>

namespace mote {
namespace {

using namespace std::string_literals;

constexpr std::string_view kBanner = "Mote 0.1 on host; Python 3 subset";
const std::string kBannerLines =
    std::string(kBanner) + "\r\nType \"help()\" for more information.\r\n";
const std::string kRawBanner = "raw REPL; CTRL-B to exit\r\n>";

struct Run {
  std::string source;
  ExecMode mode;
};

class FakeHost final : public ReplHost {
 public:
  // --- scripted behaviour ---
  std::string program_output;           // written by each execute()
  ExecResult result = ExecResult::kOk;  // returned by each execute()
  std::string traceback = "Traceback (most recent call last):\r\nNameError: x\r\n";
  ResetAction reset_action = ResetAction::kRestart;
  std::map<std::string, std::vector<std::string>> names;  // completion: object path -> names

  // --- records ---
  std::string out;
  std::vector<Run> runs;
  std::vector<CompletionQuery> queries;
  int resets = 0;
  int tracebacks = 0;

  void write(const char* data, size_t size) override { out.append(data, size); }

  // Incomplete while the last line opens a block or is indented, or a bracket is open.
  bool needs_more_input(std::string_view source) override {
    int depth = 0;
    for (char c : source) depth += (c == '(' || c == '[') - (c == ')' || c == ']');
    if (depth > 0) return true;
    const size_t newline = source.rfind('\n');
    const std::string_view last =
        newline == std::string_view::npos ? source : source.substr(newline + 1);
    return last.ends_with(':') || last.starts_with(' ');
  }

  ExecResult execute(std::string_view source, ExecMode mode) override {
    runs.push_back({std::string(source), mode});
    out += program_output;
    return result;
  }

  void print_exception() override {
    ++tracebacks;
    out += traceback;
  }

  ResetAction soft_reset() override {
    ++resets;
    return reset_action;
  }

  void complete(const CompletionQuery& query, CompletionSink& sink) override {
    queries.push_back(query);
    for (const std::string& name : names[std::string(query.object)]) sink.add(name);
  }
};

class ReplTest : public ::testing::Test {
 protected:
  explicit ReplTest(size_t buffer_size = 16 * 1024, bool raw_paste = true)
      : buffer_(buffer_size), repl_(host_, buffer_, {kBanner, raw_paste}) {
    repl_.start();
  }

  // Feeds `bytes` one at a time; returns what the REPL wrote meanwhile.
  std::string type(std::string_view bytes) {
    host_.out.clear();
    for (char c : bytes) last_flow_ = repl_.feed(static_cast<uint8_t>(c));
    return host_.out;
  }

  FakeHost host_;
  std::vector<char> buffer_;
  Repl repl_;
  Repl::Flow last_flow_ = Repl::Flow::kContinue;
};

// ---------------------------------------------------------------- friendly mode

TEST_F(ReplTest, StartPrintsBannerThenPrompt) { EXPECT_EQ(host_.out, kBannerLines + ">>> "); }

TEST_F(ReplTest, EnterRunsTheLineAsASingleStatement) {
  host_.program_output = "2\r\n";
  EXPECT_EQ(type("1+1\r"), "1+1\r\n2\r\n>>> ");
  ASSERT_EQ(host_.runs.size(), 1u);
  EXPECT_EQ(host_.runs[0].source, "1+1");
  EXPECT_EQ(host_.runs[0].mode, ExecMode::kSingle);
}

TEST_F(ReplTest, UncaughtExceptionIsPrintedAfterTheProgramOutput) {
  host_.program_output = "partial\r\n";
  host_.result = ExecResult::kException;
  EXPECT_EQ(type("f()\r"), "f()\r\npartial\r\n" + host_.traceback + ">>> ");
}

TEST_F(ReplTest, BlankLineOnlyPromptsAgain) {
  EXPECT_EQ(type("\r"), "\r\n>>> ");
  EXPECT_EQ(type("   \r"), "   \r\n>>> ");
  EXPECT_TRUE(host_.runs.empty());
}

TEST_F(ReplTest, CrLfIsOneEnterAndLoneLfIsEnterToo) {
  EXPECT_EQ(type("a\r\n"), "a\r\n>>> ");
  EXPECT_EQ(type("b\n"), "b\r\n>>> ");
  EXPECT_EQ(host_.runs.size(), 2u);
}

TEST_F(ReplTest, CompoundStatementAutoIndentsAndEndsOnEmptyLine) {
  EXPECT_EQ(type("for i in x:\r"), "for i in x:\r\n...     ");
  EXPECT_EQ(type("print(i)\r"), "print(i)\r\n...     ");
  EXPECT_TRUE(host_.runs.empty());
  // The line holds only the auto-indent: the block ends and the statement runs.
  EXPECT_EQ(type("\r"), "\r\n>>> ");
  ASSERT_EQ(host_.runs.size(), 1u);
  EXPECT_EQ(host_.runs[0].source, "for i in x:\n    print(i)\n");
  EXPECT_EQ(host_.runs[0].mode, ExecMode::kSingle);
}

TEST_F(ReplTest, NestedBlockIndentsOneMoreLevel) {
  type("for i in x:\r");
  EXPECT_EQ(type("if i:\r"), "if i:\r\n...         ");
  EXPECT_EQ(type("break\r"), "break\r\n...         ");
  // Backspace over leading spaces removes a whole level.
  EXPECT_EQ(type("\x7f"), "\b\b\b\b\x1b[K");
  type("print(i)\r\r");
  ASSERT_EQ(host_.runs.size(), 1u);
  EXPECT_EQ(host_.runs[0].source, "for i in x:\n    if i:\n        break\n    print(i)\n");
}

TEST_F(ReplTest, EmptyContinuationLineAfterBackspaceEndsTheBlock) {
  type("while x:\rpass\r");
  EXPECT_EQ(type("\x7f"), "\b\b\b\b\x1b[K");
  EXPECT_EQ(type("\r"), "\r\n>>> ");
  ASSERT_EQ(host_.runs.size(), 1u);
  EXPECT_EQ(host_.runs[0].source, "while x:\n    pass\n");
}

TEST_F(ReplTest, OpenBracketContinuesWithoutIndent) {
  EXPECT_EQ(type("x = [1,\r"), "x = [1,\r\n... ");
  EXPECT_EQ(type("2]\r"), "2]\r\n>>> ");
  EXPECT_EQ(host_.runs[0].source, "x = [1,\n2]");
}

TEST_F(ReplTest, SpaceAfterAutoIndentKeepsOneColumnAndStopsAutoIndent) {
  type("def f():\r");
  // Pasted code brings its own indentation: the first space takes back three of the four.
  EXPECT_EQ(type(" "), "\b\b\b");
  EXPECT_EQ(type("   return 1\r"), "   return 1\r\n... ");
  type("\r");
  EXPECT_EQ(host_.runs[0].source, "def f():\n    return 1\n");
}

TEST_F(ReplTest, CtrlCDiscardsTheLine) {
  EXPECT_EQ(type("abc\x03"), "abc\r\n>>> ");
  EXPECT_TRUE(host_.runs.empty());
  EXPECT_EQ(type("x\r"), "x\r\n>>> ");
  EXPECT_EQ(host_.runs[0].source, "x");
}

TEST_F(ReplTest, CtrlCDiscardsTheWholeStatement) {
  type("if a:\rb()\r");
  EXPECT_EQ(type("\x03"), "\r\n>>> ");
  type("c\r");
  ASSERT_EQ(host_.runs.size(), 1u);
  EXPECT_EQ(host_.runs[0].source, "c");
}

TEST_F(ReplTest, CtrlDOnEmptyContinuationLineRunsTheStatement) {
  type("if a:\rb()\r\x7f");
  EXPECT_EQ(type("\x04"), ">>> ");  // MicroPython prints nothing before running
  EXPECT_EQ(host_.runs[0].source, "if a:\n    b()");
}

TEST_F(ReplTest, CtrlDOnEmptyLineSoftResets) {
  EXPECT_EQ(type("\x04"), "\r\nMPY: soft reboot\r\n" + kBannerLines + ">>> ");
  EXPECT_EQ(host_.resets, 1);
  EXPECT_EQ(last_flow_, Repl::Flow::kContinue);
}

TEST_F(ReplTest, CtrlDWhenTheHostChoosesToExit) {
  host_.reset_action = ResetAction::kExit;
  EXPECT_EQ(type("\x04"), "\r\n");
  EXPECT_EQ(last_flow_, Repl::Flow::kExit);
  EXPECT_EQ(type("1\r"), "");  // an exited REPL ignores input
}

TEST_F(ReplTest, CtrlDOnNonEmptyLineDeletesUnderTheCursor) {
  EXPECT_EQ(type("ab\x1b[D\x04"), "ab\b\x1b[K");
  type("\r");
  EXPECT_EQ(host_.runs[0].source, "a");
}

TEST_F(ReplTest, SystemExitSoftResets) {
  host_.result = ExecResult::kSystemExit;
  EXPECT_EQ(type("raise SystemExit\r"),
            "raise SystemExit\r\nMPY: soft reboot\r\n" + kBannerLines + ">>> ");
  EXPECT_EQ(host_.resets, 1);
}

TEST_F(ReplTest, CtrlBPrintsTheBanner) { EXPECT_EQ(type("\x02"), "\r\n" + kBannerLines + ">>> "); }

TEST_F(ReplTest, ModeKeysDoNothingOnAnEmptyContinuationLine) {
  type("if a:\rb\r\x7f");
  EXPECT_EQ(type("\x01\x02\x05"), "");
  type("\r");
  EXPECT_EQ(host_.runs[0].source, "if a:\n    b\n");
}

TEST_F(ReplTest, EditingInTheMiddleOfTheLine) {
  // "ac", Left, "b": the tail is rewritten and the cursor stepped back over it.
  EXPECT_EQ(type("ac\x1b[Db"), "ac\bbc\b");
  // Home, Delete, End.
  EXPECT_EQ(type("\x1b[H\x1b[3~\x1b[F"), "\b\b\x1b[Kbc\b\bbc");
  type("\r");
  EXPECT_EQ(host_.runs[0].source, "bc");
}

TEST_F(ReplTest, HistoryRecallsEnteredLines) {
  type("a=1\rbb=2\r");
  EXPECT_EQ(type("\x1b[A"), "bb=2");
  EXPECT_EQ(type("\x1b[A"), "\b\b\b\b\x1b[Ka=1");
  EXPECT_EQ(type("\x1b[A"), "");  // no older line
  EXPECT_EQ(type("\x1b[B"), "\b\b\bbb=2");
  EXPECT_EQ(type("\r"), "\r\n>>> ");
  EXPECT_EQ(host_.runs.back().source, "bb=2");
}

TEST_F(ReplTest, HistoryRecallsContinuationLines) {
  type("if a:\rb()\r\r");
  EXPECT_EQ(type("\x1b[A"), "    b()");  // with its auto-indent, as MicroPython
}

TEST_F(ReplTest, TabCompletesAUniqueGlobal) {
  host_.names[""] = {"print", "pow", "range"};
  EXPECT_EQ(type("pri\t"), "print");
  ASSERT_EQ(host_.queries.size(), 1u);
  EXPECT_EQ(host_.queries[0].scope, CompletionScope::kGlobals);
  EXPECT_EQ(host_.queries[0].prefix, "pri");
}

TEST_F(ReplTest, TabInsertsTheCommonPrefix) {
  host_.names[""] = {"value_a", "value_b"};
  EXPECT_EQ(type("x = va\t"), "x = value_");
}

TEST_F(ReplTest, TabListsCandidatesWhenNothingCanBeInserted) {
  host_.names["os"] = {"path", "pathsep", "putenv"};
  EXPECT_EQ(type("os.p\t"), "os.p\r\npath            pathsep         putenv\r\n>>> os.p");
  EXPECT_EQ(host_.queries[0].scope, CompletionScope::kAttributes);
  EXPECT_EQ(host_.queries[0].object, "os");
  EXPECT_EQ(host_.queries[0].prefix, "p");
}

TEST_F(ReplTest, TabAfterImportAsksForModules) {
  host_.names[""] = {"machine"};
  EXPECT_EQ(type("import mac\t"), "import machine");
  EXPECT_EQ(host_.queries[0].scope, CompletionScope::kModules);
}

TEST_F(ReplTest, TabCompletesTheImportKeyword) { EXPECT_EQ(type("imp\t"), "import "); }

TEST_F(ReplTest, TabAfterASpaceIndents) { EXPECT_EQ(type("x \t"), "x     "); }

// ---------------------------------------------------------------- paste mode

const std::string kPasteBanner = "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ";

TEST_F(ReplTest, PasteModeEchoesAndRunsTheTextAsAFile) {
  EXPECT_EQ(type("\x05"), kPasteBanner);
  EXPECT_EQ(type("if a:\r    b()\r"), "if a:\r\n===     b()\r\n=== ");
  host_.program_output = "ran\r\n";
  EXPECT_EQ(type("\x04"), "\r\nran\r\n>>> ");
  ASSERT_EQ(host_.runs.size(), 1u);
  EXPECT_EQ(host_.runs[0].source, "if a:\n    b()\n");
  EXPECT_EQ(host_.runs[0].mode, ExecMode::kFile);
}

TEST_F(ReplTest, PasteModeEchoesLfAsItselfButStoresCrLfAsOneNewline) {
  type("\x05");
  EXPECT_EQ(type("a\r\nb\nc"), "a\r\n=== \nb\nc");  // MicroPython's echo, which Thonny checks
  type("\x04");
  EXPECT_EQ(host_.runs[0].source, "a\nb\nc");
}

TEST_F(ReplTest, PasteModeExceptionIsPrinted) {
  host_.result = ExecResult::kException;
  type("\x05x\r");
  EXPECT_EQ(type("\x04"), "\r\n" + host_.traceback + ">>> ");
}

TEST_F(ReplTest, PasteModeCtrlCCancels) {
  type("\x05print(1)\r");
  EXPECT_EQ(type("\x03"), "\r\n>>> ");
  EXPECT_TRUE(host_.runs.empty());
}

TEST_F(ReplTest, PasteModeIsOnlyEnteredFromAnEmptyLine) {
  EXPECT_EQ(type("ab\x05"), "ab");  // Ctrl-E on a non-empty line is End
}

// ---------------------------------------------------------------- raw REPL

TEST_F(ReplTest, RawModeEnterExecuteAndLeave) {
  EXPECT_EQ(type("\x01"), "\r\n" + kRawBanner);
  host_.program_output = "1\r\n";
  EXPECT_EQ(type("print(1)"), "");  // no echo
  EXPECT_EQ(type("\x04"), "OK1\r\n\x04\x04>");
  ASSERT_EQ(host_.runs.size(), 1u);
  EXPECT_EQ(host_.runs[0].source, "print(1)");
  EXPECT_EQ(host_.runs[0].mode, ExecMode::kFile);
  EXPECT_EQ(type("\x02"), "\r\n" + kBannerLines + ">>> ");
}

TEST_F(ReplTest, RawModeErrorGoesBetweenTheTwoEofMarkers) {
  type("\x01");
  host_.program_output = "out\r\n";
  host_.result = ExecResult::kException;
  EXPECT_EQ(type("f()\x04"), "OKout\r\n\x04" + host_.traceback + "\x04>");
}

TEST_F(ReplTest, RawModeCtrlCClearsTheBufferSilently) {
  type("\x01");
  EXPECT_EQ(type("garbage\x03"), "");
  type("x\x04");
  EXPECT_EQ(host_.runs[0].source, "x");
}

TEST_F(ReplTest, RawModeCtrlDOnEmptyBufferSoftResetsBackIntoRawMode) {
  type("\x01");
  EXPECT_EQ(type("\x04"), "OK\r\nMPY: soft reboot\r\n" + kRawBanner);
  EXPECT_EQ(host_.resets, 1);
  EXPECT_TRUE(host_.runs.empty());
  type("y\x04");
  EXPECT_EQ(host_.runs[0].mode, ExecMode::kFile);  // still raw
}

TEST_F(ReplTest, RawModeSystemExitSoftResets) {
  type("\x01");
  host_.result = ExecResult::kSystemExit;
  EXPECT_EQ(type("raise SystemExit\x04"), "OK\x04\x04MPY: soft reboot\r\n" + kRawBanner);
}

TEST_F(ReplTest, RawModeCtrlAStartsOver) {
  type("\x01");
  // mpremote resynchronises with "\r\x01".
  EXPECT_EQ(type("junk\r\x01"), kRawBanner);
  type("z\x04");
  EXPECT_EQ(host_.runs[0].source, "z");
}

TEST_F(ReplTest, MpremoteEnterRawReplSequence) {
  // enter_raw_repl(soft_reset=True): "\r\x03", "\r\x01", then "\x04".
  EXPECT_EQ(type("\r\x03"), "\r\n>>> \r\n>>> ");
  EXPECT_EQ(type("\r\x01"), "\r\n>>> \r\n" + kRawBanner);
  EXPECT_EQ(type("\x04"), "OK\r\nMPY: soft reboot\r\n" + kRawBanner);
}

TEST_F(ReplTest, RawModeNormalisesNewlinesAndKeepsOtherBytes) {
  type("\x01");
  type("a\r\nb\rc\n\x7f\x1b\x05\x04");
  EXPECT_EQ(host_.runs[0].source, "a\nb\nc\n\x7f\x1b\x05");
}

// ---------------------------------------------------------------- raw-paste mode

const std::string kRawPasteRequest = std::string("\x05") + "A" + "\x01";
const std::string kRawPasteAccepted = "R\x01\x80\x00\x01"s;

TEST_F(ReplTest, RawPasteAnswersWithTheWindowSize) {
  type("\x01");
  EXPECT_EQ(type(kRawPasteRequest), kRawPasteAccepted);
}

TEST_F(ReplTest, RawPasteGrantsAWindowAfterEachWindowConsumed) {
  type("\x01" + kRawPasteRequest);
  std::string program;
  for (int i = 0; program.size() < 5 * kRawPasteWindow + 50; ++i)
    program += "x" + std::to_string(i) + "=1\n";
  host_.out.clear();
  std::vector<size_t> grants;  // how many program bytes had been sent when "\x01" came
  for (size_t i = 0; i < program.size(); ++i) {
    (void)repl_.feed(static_cast<uint8_t>(program[i]));
    if (!host_.out.empty()) {
      EXPECT_EQ(host_.out, "\x01");
      grants.push_back(i + 1);
      host_.out.clear();
    }
  }
  EXPECT_EQ(grants, (std::vector<size_t>{128, 256, 384, 512, 640}));
  host_.program_output = "done\r\n";
  EXPECT_EQ(type("\x04"), std::string("\x04") + "done\r\n\x04\x04>");
  ASSERT_EQ(host_.runs.size(), 1u);
  EXPECT_EQ(host_.runs[0].source, program);
  EXPECT_EQ(host_.runs[0].mode, ExecMode::kFile);
}

TEST_F(ReplTest, RawPasteErrorOutput) {
  type("\x01" + kRawPasteRequest);
  host_.result = ExecResult::kException;
  EXPECT_EQ(type("1/0\x04"), "\x04\x04" + host_.traceback + "\x04>");
}

TEST_F(ReplTest, RawPasteCtrlCIsAKeyboardInterrupt) {
  type("\x01" + kRawPasteRequest);
  EXPECT_EQ(type("while 1:\x03"), "\x04\x04KeyboardInterrupt: \r\n\x04>");
  EXPECT_TRUE(host_.runs.empty());
  type("q\x04");  // back in plain raw mode
  EXPECT_EQ(host_.runs[0].source, "q");
}

TEST_F(ReplTest, RawPasteUnknownCommandIsRefused) {
  type("\x01");
  EXPECT_EQ(type("\x05" + std::string("B") + "\x01"), "R\x00"s);
  EXPECT_EQ(type("p\x04"), "OK\x04\x04>");
}

class ReplNoRawPasteTest : public ReplTest {
 protected:
  ReplNoRawPasteTest() : ReplTest(16 * 1024, /*raw_paste=*/false) {}
};

TEST_F(ReplNoRawPasteTest, RefusalLetsTheToolFallBackToRawMode) {
  type("\x01");
  // "R\x00" and no prompt: the tool sends its program at once.
  EXPECT_EQ(type(kRawPasteRequest), "R\x00"s);
  host_.program_output = "1\r\n";
  EXPECT_EQ(type("print(1)\x04"), "OK1\r\n\x04\x04>");
  EXPECT_EQ(host_.runs[0].source, "print(1)");
}

// ---------------------------------------------------------------- code buffer overflow

class ReplSmallBufferTest : public ReplTest {
 protected:
  ReplSmallBufferTest() : ReplTest(256) {}
  const std::string kOverflow = "MemoryError: input exceeds the 256-byte code buffer\r\n";
};

TEST_F(ReplSmallBufferTest, RawModeOverflowRunsNothingAndReportsInTheErrorSlot) {
  type("\x01");
  EXPECT_EQ(type(std::string(300, 'x') + "\x04"), "OK\x04" + kOverflow + "\x04>");
  EXPECT_TRUE(host_.runs.empty());
  type("ok\x04");  // the next program is unaffected
  EXPECT_EQ(host_.runs[0].source, "ok");
}

TEST_F(ReplSmallBufferTest, RawPasteOverflowEndsTheTransferEarlyThenDrains) {
  type("\x01" + kRawPasteRequest);
  EXPECT_EQ(type(std::string(256, 'x')), "\x01\x01");
  EXPECT_EQ(type("y"), "\x04");  // "abrupt end": the tool stops sending and sends Ctrl-D
  EXPECT_EQ(type(std::string(40, 'z')), "");  // bytes already in flight are dropped
  EXPECT_EQ(type("\x04"), "\x04" + kOverflow + "\x04>");
  EXPECT_TRUE(host_.runs.empty());
}

TEST_F(ReplSmallBufferTest, PasteModeOverflowKeepsEchoingThenReports) {
  type("\x05");
  const std::string text(300, 'p');
  EXPECT_EQ(type(text), text);
  EXPECT_EQ(type("\x04"), "\r\n" + kOverflow + ">>> ");
  EXPECT_TRUE(host_.runs.empty());
}

TEST_F(ReplSmallBufferTest, FriendlyStatementOverflowIsReportedAndDiscarded) {
  type("x = [\r");
  const std::string line(200, '1');
  type(line + "\r");
  EXPECT_EQ(type(line + "\r"), line + "\r\n" + kOverflow + ">>> ");
  EXPECT_TRUE(host_.runs.empty());
}

}  // namespace
}  // namespace mote
