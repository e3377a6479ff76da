// status.h — how the inference engine reports errors: as return values.
//
// Every fallible engine function returns a Status. A Status is either ok or
// carries an ErrorKind and a human-readable message. The kinds are exactly the
// Python exception types the `mlinfer` binding raises (ValueError for a bad
// model or bad arguments, NotImplementedError for a valid model that uses
// something this engine does not do, MemoryError when memory runs out,
// TypeError for a wrong dtype), so the binding is a one-line switch and the
// message reaches Python unchanged.
//
// Design: no exceptions (the core builds with -fno-exceptions) and no heap:
// the message is formatted into a fixed 128-byte buffer inside the Status, with
// a tiny "{}"-placeholder formatter that knows integers, strings, shapes and
// floats. A long message is cut with "...". The model is untrusted input, so
// messages name the tensor, node or byte offset that is wrong.
//
// Cost: a Status is 129 bytes. Returning Status::Ok() writes two bytes; the
// full copy happens only on the error path (MLINFER_TRY forwards the value).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace mote::mlinfer {

// The Python exception type a failed Status maps to.
enum class ErrorKind : uint8_t {
  kOk = 0,
  kValueError,           // malformed or inconsistent model, bad argument
  kNotImplementedError,  // valid TFLite, but an operator/feature we lack
  kMemoryError,          // allocator or arena too small
  kTypeError,            // wrong dtype passed by the caller
};

// "ValueError", "NotImplementedError", ... ("ok" for kOk).
std::string_view ErrorKindName(ErrorKind kind);

// A tensor shape as a message argument; prints as [1,10,10,2].
struct ShapeArg {
  const int32_t* dims;
  int rank;
};

// One argument of a formatted message. Built implicitly from the value, so
// callers write Status::Error(kind, "tensor {} has {} bytes", index, bytes).
class FormatArg {
 public:
  enum class Tag : uint8_t { kSigned, kUnsigned, kString, kShape, kFloat };

  template <typename T, std::enable_if_t<std::is_integral_v<T> && std::is_signed_v<T>, int> = 0>
  FormatArg(T v) : tag_(Tag::kSigned), i_(v) {}
  template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_signed_v<T> &&
                                             !std::is_same_v<T, bool>,
                                         int> = 0>
  FormatArg(T v) : tag_(Tag::kUnsigned), u_(v) {}
  FormatArg(bool v) : tag_(Tag::kString), s_(v ? "true" : "false") {}
  FormatArg(const char* s) : tag_(Tag::kString), s_(s ? s : "(null)") {}
  FormatArg(std::string_view s) : tag_(Tag::kString), s_(s) {}
  FormatArg(ShapeArg s) : tag_(Tag::kShape), shape_(s) {}
  FormatArg(double v) : tag_(Tag::kFloat), f_(v) {}

  Tag tag() const { return tag_; }
  int64_t as_signed() const { return i_; }
  uint64_t as_unsigned() const { return u_; }
  std::string_view as_string() const { return s_; }
  ShapeArg as_shape() const { return shape_; }
  double as_float() const { return f_; }

 private:
  Tag tag_;
  union {
    int64_t i_;
    uint64_t u_;
    std::string_view s_;
    ShapeArg shape_;
    double f_;
  };
};

// Appends text and numbers to a fixed char buffer, always NUL-terminated,
// marking truncation with "...".
class MessageWriter {
 public:
  MessageWriter(char* buffer, size_t capacity);
  void Append(std::string_view text);
  void AppendArg(const FormatArg& arg);
  // Replaces each "{}" in `format` with the next argument.
  void Format(std::string_view format, const FormatArg* args, size_t count);
  size_t length() const { return length_; }

 private:
  void AppendChar(char c);
  void AppendUnsigned(uint64_t value);
  void AppendFloat(double value);

  char* buffer_;
  size_t capacity_;
  size_t length_ = 0;
  bool truncated_ = false;
};

class [[nodiscard]] Status {
 public:
  static constexpr size_t kMessageCapacity = 128;

  Status() { message_[0] = '\0'; }
  static Status Ok() { return Status(); }

  // An error of `kind` with `format` filled from `args` ("{}" placeholders).
  template <typename... Args>
  static Status Error(ErrorKind kind, std::string_view format, const Args&... args) {
    const FormatArg list[] = {FormatArg(args)..., FormatArg(0)};
    return Make(kind, {}, format, list, sizeof...(Args));
  }
  // Same, with `prefix` (for example "CONV_2D node 3: ") put in front.
  static Status Make(ErrorKind kind, std::string_view prefix, std::string_view format,
                     const FormatArg* args, size_t count);

  bool ok() const { return kind_ == ErrorKind::kOk; }
  ErrorKind kind() const { return kind_; }
  // The message; "" when ok.
  const char* message() const { return message_; }
  // Marks a Status as deliberately unused.
  void IgnoreError() const {}

 private:
  ErrorKind kind_ = ErrorKind::kOk;
  char message_[kMessageCapacity];
};

// The one early-return helper: evaluates `expr` (a Status) and returns it from
// the enclosing function if it is an error.
#define MLINFER_TRY(expr)                                                  \
  do {                                                                     \
    if (::mote::mlinfer::Status mlinfer_try_status_ = (expr);              \
        !mlinfer_try_status_.ok()) {                                       \
      return mlinfer_try_status_;                                          \
    }                                                                      \
  } while (0)

}  // namespace mote::mlinfer
