// status.cc — the message formatter behind Status.
//
// A deliberately small printf replacement: no <cstdio> in the core, no
// locale, no heap. Floats print with up to 6 significant digits, which is
// enough to recognise a scale in an error message.
#include "modules/mlinfer/status.h"

#include <cmath>

namespace mote::mlinfer {

std::string_view ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kOk: return "ok";
    case ErrorKind::kValueError: return "ValueError";
    case ErrorKind::kNotImplementedError: return "NotImplementedError";
    case ErrorKind::kMemoryError: return "MemoryError";
    case ErrorKind::kTypeError: return "TypeError";
  }
  return "Error";
}

MessageWriter::MessageWriter(char* buffer, size_t capacity) : buffer_(buffer), capacity_(capacity) {
  buffer_[0] = '\0';
}

void MessageWriter::AppendChar(char c) {
  if (truncated_) return;
  // Keep room for "..." and the terminator.
  if (length_ + 4 >= capacity_) {
    for (int i = 0; i < 3 && length_ + 1 < capacity_; ++i) buffer_[length_++] = '.';
    buffer_[length_] = '\0';
    truncated_ = true;
    return;
  }
  buffer_[length_++] = c;
  buffer_[length_] = '\0';
}

void MessageWriter::Append(std::string_view text) {
  for (char c : text) AppendChar(c);
}

void MessageWriter::AppendUnsigned(uint64_t value) {
  char digits[20];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (n > 0) AppendChar(digits[--n]);
}

void MessageWriter::AppendFloat(double value) {
  if (std::isnan(value)) return Append("nan");
  if (value < 0) {
    AppendChar('-');
    value = -value;
  }
  if (std::isinf(value)) return Append("inf");
  if (value == 0) return AppendChar('0');
  // Six significant digits: value ~= digits * 10^(exponent - 5). Scaling by
  // repeated multiplication (not log10/pow) keeps libm's pow out of MCU images;
  // the last digit may be off by one, which is fine for messages.
  int exponent = 0;
  double scaled = value;
  while (scaled >= 10.0) scaled /= 10.0, ++exponent;
  while (scaled < 1.0) scaled *= 10.0, --exponent;
  uint64_t digits = static_cast<uint64_t>(std::llround(scaled * 100000.0));
  if (digits >= 1000000) {
    digits /= 10;
    ++exponent;
  }
  char d[6];
  for (int i = 5; i >= 0; --i, digits /= 10) d[i] = static_cast<char>('0' + digits % 10);
  int significant = 6;
  while (significant > 1 && d[significant - 1] == '0') --significant;
  if (exponent < -5 || exponent > 9) {  // scientific: d.ddddde-x
    AppendChar(d[0]);
    if (significant > 1) {
      AppendChar('.');
      Append(std::string_view(d + 1, static_cast<size_t>(significant - 1)));
    }
    AppendChar('e');
    if (exponent < 0) AppendChar('-');
    AppendUnsigned(static_cast<uint64_t>(exponent < 0 ? -exponent : exponent));
    return;
  }
  const int integer_digits = exponent + 1;  // may be <= 0
  if (integer_digits <= 0) {
    Append("0.");
    for (int i = 0; i < -integer_digits; ++i) AppendChar('0');
    Append(std::string_view(d, static_cast<size_t>(significant)));
    return;
  }
  for (int i = 0; i < integer_digits; ++i) AppendChar(i < 6 ? d[i] : '0');
  if (significant > integer_digits) {
    AppendChar('.');
    Append(std::string_view(d + integer_digits, static_cast<size_t>(significant - integer_digits)));
  }
}

void MessageWriter::AppendArg(const FormatArg& arg) {
  switch (arg.tag()) {
    case FormatArg::Tag::kSigned: {
      int64_t v = arg.as_signed();
      if (v < 0) {
        AppendChar('-');
        AppendUnsigned(0 - static_cast<uint64_t>(v));
      } else {
        AppendUnsigned(static_cast<uint64_t>(v));
      }
      return;
    }
    case FormatArg::Tag::kUnsigned: return AppendUnsigned(arg.as_unsigned());
    case FormatArg::Tag::kString: return Append(arg.as_string());
    case FormatArg::Tag::kFloat: return AppendFloat(arg.as_float());
    case FormatArg::Tag::kShape: {
      ShapeArg shape = arg.as_shape();
      AppendChar('[');
      for (int i = 0; i < shape.rank; ++i) {
        if (i > 0) AppendChar(',');
        AppendArg(FormatArg(shape.dims[i]));
      }
      AppendChar(']');
      return;
    }
  }
}

void MessageWriter::Format(std::string_view format, const FormatArg* args, size_t count) {
  size_t next = 0;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] == '{' && i + 1 < format.size() && format[i + 1] == '}') {
      if (next < count) AppendArg(args[next++]);
      ++i;
      continue;
    }
    AppendChar(format[i]);
  }
}

Status Status::Make(ErrorKind kind, std::string_view prefix, std::string_view format,
                    const FormatArg* args, size_t count) {
  Status status;
  status.kind_ = kind;
  MessageWriter writer(status.message_, kMessageCapacity);
  writer.Append(prefix);
  writer.Format(format, args, count);
  return status;
}

}  // namespace mote::mlinfer
