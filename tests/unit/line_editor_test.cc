// line_editor_test.cc — the line editor alone: keys, redraw bytes, history, completion.
//
// The expected bytes are those MicroPython's readline writes for the same keys: "\b" steps back
// up to four columns, "ESC[nD" further, "ESC[K" clears a line that got shorter, and only the
// text from the cursor on is rewritten.
#include "vm/line_editor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mote {
namespace {

class Recorder final : public Output, public Completer {
 public:
  std::string out;
  std::vector<std::string> names;  // offered for every query
  std::vector<CompletionQuery> queries;

  void write(const char* data, size_t size) override { out.append(data, size); }
  void complete(const CompletionQuery& query, CompletionSink& sink) override {
    queries.push_back(query);
    for (const std::string& name : names) sink.add(name);
  }
};

class LineEditorTest : public ::testing::Test {
 protected:
  LineEditorTest() { editor_.begin(">>> ", 0, false); }

  // Feeds `bytes`; returns what was written. `events` collects the non-kNone events.
  std::string type(std::string_view bytes) {
    io_.out.clear();
    for (char c : bytes) {
      const LineEditor::Event event = editor_.feed(static_cast<uint8_t>(c));
      if (event != LineEditor::Event::kNone) events_.push_back(event);
    }
    return io_.out;
  }

  std::string line() const { return std::string(editor_.line()); }

  Recorder io_;
  LineEditor editor_{io_, io_};
  std::vector<LineEditor::Event> events_;
};

using Event = LineEditor::Event;

TEST_F(LineEditorTest, BeginWritesThePromptAndTheIndent) {
  io_.out.clear();
  editor_.begin("... ", 8, true);
  EXPECT_EQ(io_.out, "...         ");
  EXPECT_EQ(line(), "        ");
}

TEST_F(LineEditorTest, PrintableBytesAreEchoed) {
  EXPECT_EQ(type("x = 'é'"), "x = ''");  // bytes >= 0x80 are ignored, as in MicroPython
  EXPECT_EQ(line(), "x = ''");
}

TEST_F(LineEditorTest, OtherControlBytesAreIgnored) {
  EXPECT_EQ(type("a\x07\x0c\x1f"), "a");
  EXPECT_EQ(line(), "a");
}

TEST_F(LineEditorTest, EnterEchoesCrLfAndReportsTheLine) {
  EXPECT_EQ(type("abc\r"), "abc\r\n");
  EXPECT_EQ(events_, std::vector<Event>{Event::kEnter});
  EXPECT_EQ(line(), "abc");
}

TEST_F(LineEditorTest, ModeKeysAreReportedOnlyOnAnEmptyLine) {
  type("\x01\x02\x03\x04\x05");
  EXPECT_EQ(events_, (std::vector<Event>{Event::kCtrlA, Event::kCtrlB, Event::kCtrlC, Event::kCtrlD,
                                         Event::kCtrlE}));
  events_.clear();
  type("xy\x01\x02\x04\x05");  // Home, Left (at 0: nothing), Delete, End
  EXPECT_TRUE(events_.empty());
  EXPECT_EQ(line(), "y");
  type("y\x03");
  EXPECT_EQ(events_, std::vector<Event>{Event::kCtrlC});
}

TEST_F(LineEditorTest, LeftRightAndInsertInTheMiddle) {
  type("helo");
  EXPECT_EQ(type("\x1b[D"), "\b");
  EXPECT_EQ(type("l"), "lo\b");
  EXPECT_EQ(type("\x1b[C"), "o");
  EXPECT_EQ(type("\x1b[C"), "");  // already at the end
  EXPECT_EQ(line(), "hello");
}

TEST_F(LineEditorTest, EmacsCursorKeys) {
  type("abc");
  EXPECT_EQ(type("\x02"), "\b");    // Ctrl-B: left
  EXPECT_EQ(type("\x01"), "\b\b");  // Ctrl-A: home
  EXPECT_EQ(type("\x06"), "a");     // Ctrl-F: right
  EXPECT_EQ(type("\x05"), "bc");    // Ctrl-E: end
}

TEST_F(LineEditorTest, EveryHomeAndEndSequence) {
  type("abc");
  for (const char* home : {"\x1b[H", "\x1bOH", "\x1b[1~", "\x1b[7~"}) {
    EXPECT_EQ(type(home), "\b\b\b") << home + 1;
    EXPECT_EQ(type("\x1b[F"), "abc");
  }
  for (const char* end : {"\x1bOF", "\x1b[4~", "\x1b[8~"}) {
    type("\x1b[H");
    EXPECT_EQ(type(end), "abc") << end + 1;
  }
}

TEST_F(LineEditorTest, LongMovesUseTheCursorBackSequence) {
  type("0123456789");
  EXPECT_EQ(type("\x1b[H"), "\x1b[10D");
  EXPECT_EQ(type("x"), "x0123456789\x1b[10D");
}

TEST_F(LineEditorTest, BackspaceAndDelete) {
  type("abcd\x1b[D\x1b[D");
  EXPECT_EQ(type("\x7f"), "\b\x1b[Kcd\b\b");  // DEL
  EXPECT_EQ(type("\x08"), "\b\x1b[Kcd\b\b");  // BS
  EXPECT_EQ(line(), "cd");
  EXPECT_EQ(type("\x7f"), "");  // nothing before the cursor
  EXPECT_EQ(type("\x1b[3~"), "\x1b[Kd\b");
  EXPECT_EQ(line(), "d");
  EXPECT_EQ(type("\x1b[F\x1b[3~"), "d");  // Delete at the end does nothing
}

TEST_F(LineEditorTest, BackspaceOverLeadingSpacesRemovesFour) {
  type("      ");
  EXPECT_EQ(type("\x7f"), "\b\b\b\b\x1b[K");
  EXPECT_EQ(line(), "  ");
  EXPECT_EQ(type("\x7f"), "\b\x1b[K");  // fewer than four: one at a time
}

TEST_F(LineEditorTest, KillToEndAndToStart) {
  type("abcd\x1b[D\x1b[D");
  EXPECT_EQ(type("\x0b"), "\x1b[K");  // Ctrl-K
  EXPECT_EQ(line(), "ab");
  type("cd\x1b[D\x1b[D");
  EXPECT_EQ(type("\x15"), "\b\b\x1b[Kcd\b\b");  // Ctrl-U
  EXPECT_EQ(line(), "cd");
}

TEST_F(LineEditorTest, UnknownEscapeSequencesAreSwallowedWhole) {
  type("ab");
  EXPECT_EQ(type("\x1b[1;5C"), "");  // Ctrl-Right
  EXPECT_EQ(type("\x1b[15~"), "");   // F5
  EXPECT_EQ(type("\x1bx"), "");
  EXPECT_EQ(type("\x1b[?25h"), "");
  EXPECT_EQ(line(), "ab");
  EXPECT_EQ(type("\x1bOD"), "\b");  // application-mode Left
}

TEST_F(LineEditorTest, CrLfIsOneEnter) {
  type("a\r\n");
  editor_.begin(">>> ", 0, false);
  type("b\n");
  EXPECT_EQ(events_, (std::vector<Event>{Event::kEnter, Event::kEnter}));
  EXPECT_EQ(line(), "b");
}

TEST_F(LineEditorTest, FullLineRingsTheBell) {
  type(std::string(kLineCapacity, 'x'));
  EXPECT_EQ(type("y"), "\a");
  EXPECT_EQ(line(), std::string(kLineCapacity, 'x'));
}

// ---- auto-indent

TEST_F(LineEditorTest, TabAfterAutoIndentKeepsItAndStopsAutoIndent) {
  editor_.begin("... ", 4, true);
  EXPECT_EQ(type("\t"), "");
  EXPECT_EQ(line(), "    ");
  editor_.begin("... ", 4, true);  // auto-indent is off for the rest of the statement
  EXPECT_EQ(line(), "");
  io_.out.clear();
  editor_.begin(">>> ", 0, false);  // a new statement turns it back on
  editor_.begin("... ", 4, true);
  EXPECT_EQ(line(), "    ");
}

TEST_F(LineEditorTest, TabAtTheStartOfAContinuationLineIndents) {
  editor_.begin("... ", 0, true);
  EXPECT_EQ(type("\t"), "    ");
}

// ---- history

TEST_F(LineEditorTest, UpAndDownWalkTheHistory) {
  for (const char* entered : {"one\r", "two\r", "two\r", "   \r"}) {
    editor_.begin(">>> ", 0, false);
    type(entered);
  }
  editor_.begin(">>> ", 0, false);
  EXPECT_EQ(type("\x10"), "two");  // Ctrl-P; the repeat and the blank line were not stored
  EXPECT_EQ(type("\x1b[A"), "\b\b\bone");
  EXPECT_EQ(type("\x1b[A"), "");
  EXPECT_EQ(type("\x0e"), "\b\b\btwo");  // Ctrl-N
  EXPECT_EQ(type("\x1b[B"), "\b\b\b\x1b[K");
  EXPECT_EQ(type("\x1b[B"), "");
}

TEST_F(LineEditorTest, HistoryKeepsTheNewestEntries) {
  for (int i = 0; i < 10; ++i) {
    editor_.begin(">>> ", 0, false);
    type("line" + std::to_string(i) + "\r");
  }
  editor_.begin(">>> ", 0, false);
  for (size_t i = 0; i < kHistoryDepth; ++i) type("\x1b[A");
  EXPECT_EQ(line(), "line2");
  EXPECT_EQ(type("\x1b[A"), "");
}

TEST(LineHistoryTest, RingWrapsAround) {
  LineHistory history;
  for (int i = 0; i < 20; ++i) history.push("h" + std::to_string(i));
  EXPECT_EQ(history.size(), kHistoryDepth);
  EXPECT_EQ(history.at(0), "h19");
  EXPECT_EQ(history.at(kHistoryDepth - 1), "h12");
}

// ---- completion

TEST_F(LineEditorTest, CompletionQueryIsTheDottedWordBeforeTheCursor) {
  type("f(a.b.c");
  type("\t");
  ASSERT_EQ(io_.queries.size(), 1u);
  EXPECT_EQ(io_.queries[0].scope, CompletionScope::kAttributes);
  EXPECT_EQ(io_.queries[0].object, "a.b");
  EXPECT_EQ(io_.queries[0].prefix, "c");
}

TEST_F(LineEditorTest, CompletionSkipsNamesThatDoNotMatch) {
  io_.names = {"alpha", "beta", "alphabet"};
  EXPECT_EQ(type("be\t"), "beta");
}

TEST_F(LineEditorTest, PrivateNamesNeedATypedPrefix) {
  io_.names = {"_hidden", "shown"};
  EXPECT_EQ(type("\t"), "shown");
  type("\x15");
  EXPECT_EQ(type("_\t"), "_hidden");
}

TEST_F(LineEditorTest, ExactMatchInsertsNothing) {
  io_.names = {"abs"};
  EXPECT_EQ(type("abs\t"), "abs");
}

TEST_F(LineEditorTest, ListingWrapsAtSixtyFourColumns) {
  io_.names = {"name_a000", "name_b000", "name_c000", "name_d000", "name_e000"};
  type("x = name_");
  // 9-character names start at columns 0, 16, 32, 48; a fifth would pass column 64.
  const std::string gap(7, ' ');
  EXPECT_EQ(type("\t"), "\r\nname_a000" + gap + "name_b000" + gap + "name_c000" + gap +
                            "name_d000" + "\r\nname_e000\r\n>>> x = name_");
}

TEST_F(LineEditorTest, ListingRedrawsTheLineWithTheCursorInPlace) {
  io_.names = {"ab", "ac"};
  type("x = a + 1\x1b[D\x1b[D\x1b[D\x1b[D");
  EXPECT_EQ(type("\t"), "\r\nab              ac\r\n>>> x = a + 1\b\b\b\b");
  EXPECT_EQ(type("b"), "b + 1\b\b\b\b");
  EXPECT_EQ(line(), "x = ab + 1");
}

TEST_F(LineEditorTest, CompletionIsCutToTheLineCapacity) {
  io_.names = {std::string(40, 'n')};
  type(std::string(kLineCapacity - 10, ' ') + "n");
  EXPECT_EQ(type("\t"), "\a" + std::string(9, 'n'));
  EXPECT_EQ(line().size(), kLineCapacity);
}

}  // namespace
}  // namespace mote
