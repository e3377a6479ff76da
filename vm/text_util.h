// text_util.h — byte-string searching shared by the str and bytes methods.
// Plain loops over memchr/memcmp: no tables to build, so short needles (the
// common case) cost nothing up front.
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

#include "vm/value.h"

namespace mote {

// First offset >= from where needle occurs in hay[0, end), or -1.
inline sword find_bytes(const char* hay, size_t from, size_t end, std::string_view needle) {
  if (needle.size() > end || from > end - needle.size()) return -1;
  if (needle.empty()) return sword(from);
  size_t last = end - needle.size();
  for (size_t i = from; i <= last;) {
    const void* hit = memchr(hay + i, needle[0], last - i + 1);
    if (hit == nullptr) return -1;
    i = size_t(static_cast<const char*>(hit) - hay);
    if (memcmp(hay + i, needle.data(), needle.size()) == 0) return sword(i);
    ++i;
  }
  return -1;
}

// Last offset in [from, end - needle.size()] where needle occurs, or -1.
inline sword rfind_bytes(const char* hay, size_t from, size_t end, std::string_view needle) {
  if (needle.size() > end || from > end - needle.size()) return -1;
  if (needle.empty()) return sword(end);
  for (size_t i = end - needle.size() + 1; i-- > from;) {
    if (hay[i] == needle[0] && memcmp(hay + i, needle.data(), needle.size()) == 0) return sword(i);
  }
  return -1;
}

// Non-overlapping occurrences of a non-empty needle in hay[from, end), at most limit.
inline size_t count_bytes(const char* hay, size_t from, size_t end, std::string_view needle, size_t limit) {
  size_t n = 0;
  if (needle.empty()) return 0;
  for (sword pos = find_bytes(hay, from, end, needle); pos >= 0 && n < limit;
       pos = find_bytes(hay, size_t(pos) + needle.size(), end, needle)) {
    ++n;
  }
  return n;
}

}  // namespace mote
