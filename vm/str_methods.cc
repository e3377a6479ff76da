// str_methods.cc — the methods of str (str_locals; the type itself is vm/str.cc).
//
// Text is UTF-8 and every index a method takes or returns counts code
// points. A str records its length in code points, so ASCII text (the common
// case: bytes == code points) takes the direct path everywhere and only
// non-ASCII text pays for converting between code point and byte offsets.
// Searching is byte-wise (UTF-8 is self-synchronising, so a byte match of
// valid UTF-8 text is a code point match).
//
// Results are allocated once at their final size where the size is cheap to
// know: join sums the lengths first, replace counts the matches first.
// split/rsplit/splitlines walk the text once, appending slices to a list.
//
// Case mapping (upper, lower, casefold, swapcase, title, capitalize, isupper,
// islower, istitle) covers ASCII, Latin-1, Latin Extended-A, Greek and
// Cyrillic with simple one-to-one mappings (plus ß -> SS); other scripts are
// uncased, and Greek final sigma is not special-cased. isdigit/isdecimal/
// isnumeric accept ASCII digits only; isalpha treats letters of those scripts
// (and any other non-punctuation code point above U+00FF) as letters.
// Whitespace (split, strip, isspace) follows Unicode, as CPython.
#include <cstdio>
#include <cstring>

#include "gc/gc.h"
#include "vm/bigint.h"
#include "vm/format.h"
#include "vm/text_util.h"
#include "vm/lib_util.h"
#include "vm/vm.h"

namespace mote {

namespace {

// --- views and indices --------------------------------------------------------------

// A str's bytes and its length in code points.
struct Text {
  const char* p;
  size_t n;      // bytes
  size_t chars;  // code points
  bool ascii() const { return n == chars; }
  std::string_view view() const { return {p, n}; }
};

Text text_of(Value s) {
  StrView v = str_view(s);
  size_t chars = s.is_qstr() ? utf8_char_count(v.data, v.len) : s.as<Str>()->char_len;
  return {v.data, v.len, chars};
}

size_t seq_len(uint8_t c) { return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4; }

// Byte offset of code point i (clamped to the end).
size_t byte_at(const Text& t, size_t i) {
  if (t.ascii()) return i < t.n ? i : t.n;
  size_t pos = 0;
  for (; i > 0 && pos < t.n; --i) pos += seq_len(uint8_t(t.p[pos]));
  return pos < t.n ? pos : t.n;
}

// Code point index of byte offset b.
size_t char_at(const Text& t, size_t b) { return t.ascii() ? b : utf8_char_count(t.p, b); }

// Decodes the code point at p (valid UTF-8 assumed).
uint32_t decode_at(const char* p, size_t* len) {
  uint8_t c = uint8_t(*p);
  *len = seq_len(c);
  if (*len == 1) return c;
  uint32_t cp = c & (*len == 2 ? 0x1f : *len == 3 ? 0x0f : 0x07);
  for (size_t k = 1; k < *len; ++k) cp = (cp << 6) | (uint8_t(p[k]) & 0x3f);
  return cp;
}

size_t encode_utf8(uint32_t cp, char* out) {
  if (cp < 0x80) return out[0] = char(cp), 1;
  if (cp < 0x800) return out[0] = char(0xc0 | (cp >> 6)), out[1] = char(0x80 | (cp & 0x3f)), 2;
  if (cp < 0x10000) {
    out[0] = char(0xe0 | (cp >> 12)), out[1] = char(0x80 | ((cp >> 6) & 0x3f)), out[2] = char(0x80 | (cp & 0x3f));
    return 3;
  }
  out[0] = char(0xf0 | (cp >> 18)), out[1] = char(0x80 | ((cp >> 12) & 0x3f));
  out[2] = char(0x80 | ((cp >> 6) & 0x3f)), out[3] = char(0x80 | (cp & 0x3f));
  return 4;
}

bool is_unicode_space(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
  return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

// Byte length of the whitespace code point at p, or 0.
size_t space_at(const char* p) {
  uint8_t c = uint8_t(*p);
  if (c < 0x80) return is_unicode_space(c) ? 1 : 0;
  size_t len;
  return is_unicode_space(decode_at(p, &len)) ? len : 0;
}

// Byte length of the whitespace code point ending at p (exclusive), or 0.
size_t space_before(const char* begin, const char* p) {
  const char* q = p - 1;
  while (q > begin && (uint8_t(*q) & 0xc0) == 0x80) --q;
  size_t n = space_at(q);
  return n == size_t(p - q) ? n : 0;
}

Value wrong_self(Vm& vm, const char* method, Value self) {
  return raise(vm, &TypeError_type, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", method,
               type_name(type_of(self)).data());
}

const char* tname(Value v) { return type_name(type_of(v)).data(); }
// How CPython's argument errors name a type ("not None" for None).
const char* arg_tname(Value v) { return v.is_none() ? "None" : tname(v); }

// The result str for a slice of self: self itself when it is the whole
// text of an exact str.
Value slice_of(Vm& vm, Value self, const Text& t, size_t b, size_t e) {
  if (b == 0 && e == t.n && (self.is_qstr() || type_of(self) == &str_type)) return self;
  return str_new(vm, std::string_view(t.p + b, e - b));
}

// A slice index argument (None or an int / __index__), clamped as CPython.
bool slice_index(Vm& vm, Value v, sword* out) {
  if (v.is_absent() || v.is_none()) return true;
  if (is_bigint(v)) {
    *out = int_compare_double(v, 0.0) < 0 ? -INTPTR_MAX : INTPTR_MAX;
    return true;
  }
  if (!is_int(v) && !(type_of(v)->flags & kTypeHeap)) {
    raise(vm, &TypeError_type, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return to_sword(vm, v, out);
}

// [start, end) in code points, clamped to [0, chars], as str.find does. A
// start beyond the text gives the empty range *s = chars + 1 > *e (where
// not even '' is found).
bool char_range(Vm& vm, Value start, Value end, size_t chars, size_t* s, size_t* e) {
  sword a = 0, b = sword(chars);
  if (!slice_index(vm, start, &a) || !slice_index(vm, end, &b)) return false;
  if (a < 0) a = a + sword(chars) < 0 ? 0 : a + sword(chars);
  if (b < 0) b = b + sword(chars) < 0 ? 0 : b + sword(chars);
  *s = size_t(a) > chars ? chars + 1 : size_t(a);
  *e = size_t(b) > chars ? chars : size_t(b);
  return true;
}

bool check_str_arg(Vm& vm, Value v) {
  if (is_str(v)) return true;
  raise(vm, &TypeError_type, "must be str, not %s", tname(v));
  return false;
}

// --- searching ------------------------------------------------------------------------

// Shared by find/rfind/index/rindex/count: self, sub, [start, [end]].
struct Search {
  Text t;
  std::string_view sub;
  size_t b, e;  // byte range
};

bool setup_search(Vm& vm, const char* name, size_t n_pos, const Value* args, Search* s) {
  if (!is_str(args[0])) {
    wrong_self(vm, name, args[0]);
    return false;
  }
  if (!check_str_arg(vm, args[1])) return false;
  s->t = text_of(args[0]);
  StrView sub = str_view(args[1]);
  s->sub = std::string_view(sub.data, sub.len);
  size_t cs, ce;
  if (!char_range(vm, n_pos > 2 ? args[2] : Value::none(), n_pos > 3 ? args[3] : Value::none(), s->t.chars, &cs,
                  &ce)) {
    return false;
  }
  s->e = byte_at(s->t, ce);
  s->b = ce < cs ? s->e + 1 : byte_at(s->t, cs);  // an empty range finds nothing, not even ''
  return true;
}

sword search_one(Vm& vm, const char* name, size_t n_pos, const Value* args, bool reverse, bool* ok) {
  Search s;
  *ok = setup_search(vm, name, n_pos, args, &s);
  if (!*ok || s.b > s.e) return -1;
  sword pos = reverse ? rfind_bytes(s.t.p, s.b, s.e, s.sub) : find_bytes(s.t.p, s.b, s.e, s.sub);
  return pos < 0 ? -1 : sword(char_at(s.t, size_t(pos)));
}

Value str_find(Vm& vm, size_t n_pos, size_t, const Value* args) {
  bool ok;
  sword r = search_one(vm, "find", n_pos, args, false, &ok);
  return ok ? Value::small_int(r) : Value::null();
}

Value str_rfind(Vm& vm, size_t n_pos, size_t, const Value* args) {
  bool ok;
  sword r = search_one(vm, "rfind", n_pos, args, true, &ok);
  return ok ? Value::small_int(r) : Value::null();
}

Value str_index(Vm& vm, size_t n_pos, size_t, const Value* args) {
  bool ok;
  sword r = search_one(vm, "index", n_pos, args, false, &ok);
  if (ok && r < 0) return raise(vm, &ValueError_type, "substring not found");
  return ok ? Value::small_int(r) : Value::null();
}

Value str_rindex(Vm& vm, size_t n_pos, size_t, const Value* args) {
  bool ok;
  sword r = search_one(vm, "rindex", n_pos, args, true, &ok);
  if (ok && r < 0) return raise(vm, &ValueError_type, "substring not found");
  return ok ? Value::small_int(r) : Value::null();
}

Value str_count(Vm& vm, size_t n_pos, size_t, const Value* args) {
  Search s;
  if (!setup_search(vm, "count", n_pos, args, &s)) return Value::null();
  if (s.b > s.e) return Value::small_int(0);
  if (s.sub.empty()) return Value::small_int(sword(char_at(s.t, s.e) - char_at(s.t, s.b) + 1));
  return Value::small_int(sword(count_bytes(s.t.p, s.b, s.e, s.sub, SIZE_MAX)));
}

// startswith/endswith: prefix is a str or a tuple of strs.
Value starts_ends(Vm& vm, const char* name, size_t n_pos, const Value* args, bool ends) {
  if (!is_str(args[0])) return wrong_self(vm, name, args[0]);
  Text t = text_of(args[0]);
  size_t cs, ce;
  if (!char_range(vm, n_pos > 2 ? args[2] : Value::none(), n_pos > 3 ? args[3] : Value::none(), t.chars, &cs, &ce)) {
    return Value::null();
  }
  size_t b = byte_at(t, cs < ce ? cs : ce), e = byte_at(t, ce);
  size_t n = 1;
  Value* items = const_cast<Value*>(&args[1]);
  bool tuple = isinstance(args[1], &tuple_type);
  if (tuple) seq_items(args[1], &n, &items);
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(items[i])) {
      if (tuple) return raise(vm, &TypeError_type, "tuple for %s must only contain str, not %s", name, tname(items[i]));
      return raise(vm, &TypeError_type, "%s first arg must be str or a tuple of str, not %s", name, tname(items[i]));
    }
    StrView p = str_view(items[i]);
    if (ce < cs || p.len > e - b) continue;
    const char* at = ends ? t.p + e - p.len : t.p + b;
    if (memcmp(at, p.data, p.len) == 0) return Value::true_();
  }
  return Value::false_();
}

Value str_startswith(Vm& vm, size_t n_pos, size_t, const Value* args) {
  return starts_ends(vm, "startswith", n_pos, args, false);
}
Value str_endswith(Vm& vm, size_t n_pos, size_t, const Value* args) {
  return starts_ends(vm, "endswith", n_pos, args, true);
}

// --- split family ------------------------------------------------------------------------

bool append_slice(Vm& vm, Value list, const char* p, size_t n) {
  Value s = str_new(vm, std::string_view(p, n));
  return !s.is_null() && list_append(vm, list.as<List>(), s);
}

bool parse_split_args(Vm& vm, const char* name, size_t n_pos, size_t n_kw, const Value* args, Value* sep,
                      sword* maxsplit) {
  static constexpr ArgSpec spec[] = {{Q::sep, 0, Value::none()}, {Q::maxsplit, 0, Value::small_int(-1)}};
  Value a[2];
  if (!is_str(args[0])) {
    wrong_self(vm, name, args[0]);
    return false;
  }
  if (!parse_args(vm, name, n_pos - 1, n_kw, args + 1, spec, 2, a)) return false;
  if (!a[0].is_none() && !is_str(a[0])) {
    raise(vm, &TypeError_type, "must be str or None, not %s", tname(a[0]));
    return false;
  }
  if (!a[0].is_none() && str_view(a[0]).len == 0) {
    raise(vm, &ValueError_type, "empty separator");
    return false;
  }
  *sep = a[0];
  return to_sword(vm, a[1], maxsplit);
}

Value split_whitespace(Vm& vm, const Text& t, sword maxsplit, Value list) {
  size_t i = 0, sp;
  while (i < t.n) {
    while (i < t.n && (sp = space_at(t.p + i)) != 0) i += sp;
    if (i >= t.n) break;
    if (maxsplit == 0) return append_slice(vm, list, t.p + i, t.n - i) ? list : Value::null();
    size_t start = i;
    while (i < t.n && space_at(t.p + i) == 0) i += seq_len(uint8_t(t.p[i]));
    if (!append_slice(vm, list, t.p + start, i - start)) return Value::null();
    if (maxsplit > 0) --maxsplit;
  }
  return list;
}

Value split_sep(Vm& vm, const Text& t, std::string_view sep, sword maxsplit, Value list) {
  size_t start = 0;
  for (sword pos; maxsplit != 0 && (pos = find_bytes(t.p, start, t.n, sep)) >= 0; --maxsplit) {
    if (!append_slice(vm, list, t.p + start, size_t(pos) - start)) return Value::null();
    start = size_t(pos) + sep.size();
  }
  return append_slice(vm, list, t.p + start, t.n - start) ? list : Value::null();
}

Value str_split(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  Value sep;
  sword maxsplit;
  if (!parse_split_args(vm, "split", n_pos, n_kw, args, &sep, &maxsplit)) return Value::null();
  Value list = list_new(vm, 0, nullptr);
  if (list.is_null()) return list;
  Text t = text_of(args[0]);
  if (sep.is_none()) return split_whitespace(vm, t, maxsplit, list);
  StrView s = str_view(sep);
  return split_sep(vm, t, std::string_view(s.data, s.len), maxsplit, list);
}

void reverse_list(Value list) {
  List* l = list.as<List>();
  for (size_t i = 0, j = l->len; i + 1 < j; ++i, --j) {
    Value tmp = l->items[i];
    l->items[i] = l->items[j - 1];
    l->items[j - 1] = tmp;
  }
}

Value rsplit_whitespace(Vm& vm, const Text& t, sword maxsplit, Value list) {
  size_t e = t.n, sp;
  while (e > 0) {
    while (e > 0 && (sp = space_before(t.p, t.p + e)) != 0) e -= sp;
    if (e == 0) break;
    if (maxsplit == 0) {
      if (!append_slice(vm, list, t.p, e)) return Value::null();
      break;
    }
    size_t end = e;
    while (e > 0 && space_before(t.p, t.p + e) == 0) {
      --e;
      while (e > 0 && (uint8_t(t.p[e]) & 0xc0) == 0x80) --e;
    }
    if (!append_slice(vm, list, t.p + e, end - e)) return Value::null();
    if (maxsplit > 0) --maxsplit;
  }
  reverse_list(list);
  return list;
}

Value rsplit_sep(Vm& vm, const Text& t, std::string_view sep, sword maxsplit, Value list) {
  size_t end = t.n;
  for (sword pos; maxsplit != 0 && end >= sep.size() && (pos = rfind_bytes(t.p, 0, end, sep)) >= 0; --maxsplit) {
    size_t after = size_t(pos) + sep.size();
    if (!append_slice(vm, list, t.p + after, end - after)) return Value::null();
    end = size_t(pos);
  }
  if (!append_slice(vm, list, t.p, end)) return Value::null();
  reverse_list(list);
  return list;
}

Value str_rsplit(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  Value sep;
  sword maxsplit;
  if (!parse_split_args(vm, "rsplit", n_pos, n_kw, args, &sep, &maxsplit)) return Value::null();
  Value list = list_new(vm, 0, nullptr);
  if (list.is_null()) return list;
  Text t = text_of(args[0]);
  if (sep.is_none()) return rsplit_whitespace(vm, t, maxsplit, list);
  StrView s = str_view(sep);
  return rsplit_sep(vm, t, std::string_view(s.data, s.len), maxsplit, list);
}

// Byte length of a line break at p (\r\n counts 2), or 0.
size_t line_break_at(const char* p, const char* end) {
  uint8_t c = uint8_t(*p);
  if (c == '\r') return p + 1 < end && p[1] == '\n' ? 2 : 1;
  if (c == '\n' || c == '\x0b' || c == '\x0c' || (c >= 0x1c && c <= 0x1e)) return 1;
  if (c < 0x80) return 0;
  size_t len;
  uint32_t cp = decode_at(p, &len);
  return cp == 0x85 || cp == 0x2028 || cp == 0x2029 ? len : 0;
}

Value str_splitlines(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::keepends, 0, Value::false_()}};
  Value keep_v;
  if (!is_str(args[0])) return wrong_self(vm, "splitlines", args[0]);
  if (!parse_args(vm, "splitlines", n_pos - 1, n_kw, args + 1, spec, 1, &keep_v)) return Value::null();
  sword keep;
  if (!to_sword(vm, keep_v, &keep)) return Value::null();
  Text t = text_of(args[0]);
  Value list = list_new(vm, 0, nullptr);
  if (list.is_null()) return list;
  size_t start = 0;
  for (size_t i = 0; i < t.n;) {
    size_t br = line_break_at(t.p + i, t.p + t.n);
    if (br == 0) {
      i += seq_len(uint8_t(t.p[i]));
      continue;
    }
    if (!append_slice(vm, list, t.p + start, i - start + (keep ? br : 0))) return Value::null();
    i += br;
    start = i;
  }
  if (start < t.n && !append_slice(vm, list, t.p + start, t.n - start)) return Value::null();
  return list;
}

// partition/rpartition
Value partition(Vm& vm, const Value* args, bool reverse) {
  if (!is_str(args[0])) return wrong_self(vm, reverse ? "rpartition" : "partition", args[0]);
  if (!check_str_arg(vm, args[1])) return Value::null();
  Text t = text_of(args[0]);
  StrView sv = str_view(args[1]);
  std::string_view sep(sv.data, sv.len);
  if (sep.empty()) return raise(vm, &ValueError_type, "empty separator");
  sword pos = reverse ? rfind_bytes(t.p, 0, t.n, sep) : find_bytes(t.p, 0, t.n, sep);
  Value parts[3] = {q(Q::empty_), q(Q::empty_), q(Q::empty_)};
  if (pos < 0) {
    parts[reverse ? 2 : 0] = slice_of(vm, args[0], t, 0, t.n);
  } else {
    parts[0] = str_new(vm, std::string_view(t.p, size_t(pos)));
    parts[1] = args[1];
    parts[2] = str_new(vm, std::string_view(t.p + pos + sep.size(), t.n - size_t(pos) - sep.size()));
  }
  for (Value p : parts) {
    if (p.is_null()) return p;
  }
  return tuple_new(vm, 3, parts);
}

Value str_partition(Vm& vm, size_t, size_t, const Value* args) { return partition(vm, args, false); }
Value str_rpartition(Vm& vm, size_t, size_t, const Value* args) { return partition(vm, args, true); }

// --- join and replace ----------------------------------------------------------------------

// sep.join(items): sums the lengths, allocates once, copies.
Value join_items(Vm& vm, const Text& sep, size_t n, const Value* items) {
  size_t total = n > 0 ? sep.n * (n - 1) : 0, chars = n > 0 ? sep.chars * (n - 1) : 0;
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(items[i])) {
      return raise(vm, &TypeError_type, "sequence item %zu: expected str instance, %s found", i, tname(items[i]));
    }
    Text t = text_of(items[i]);
    total += t.n;
    chars += t.chars;
  }
  if (n == 1 && type_of(items[0]) == &str_type) return items[0];
  Str* s = str_alloc(vm, total);
  if (s == nullptr) return Value::null();
  char* p = str_data(s);
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) memcpy(p, sep.p, sep.n), p += sep.n;
    StrView v = str_view(items[i]);
    memcpy(p, v.data, v.len);
    p += v.len;
  }
  s->char_len = uint32_t(chars);
  return Value::object(s);
}

Value str_join(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_str(args[0])) return wrong_self(vm, "join", args[0]);
  Value seq = args[1];
  size_t n;
  Value* items;
  if (!seq_items(seq, &n, &items)) {
    seq = list_from_iter(vm, seq);
    if (seq.is_null()) {
      if (exc_matches(vm, &TypeError_type) && type_of(args[1])->get_iter == nullptr &&
          !(type_of(args[1])->flags & kTypeHeap)) {
        vm.clear_exc();
        return raise(vm, &TypeError_type, "can only join an iterable");
      }
      return seq;
    }
    seq_items(seq, &n, &items);
  }
  return join_items(vm, text_of(args[0]), n, items);
}

bool str_arg(Vm& vm, const char* fname, int argno, Value v) {
  if (is_str(v)) return true;
  raise(vm, &TypeError_type, "%s() argument %d must be str, not %s", fname, argno, arg_tname(v));
  return false;
}

// 'abc'.replace('', '-') == '-a-b-c-': new goes before each code point and at the end.
Value replace_empty(Vm& vm, const Text& t, const Text& with, size_t count) {
  size_t inserts = count < t.chars + 1 ? count : t.chars + 1;
  Str* s = str_alloc(vm, t.n + inserts * with.n);
  if (s == nullptr) return Value::null();
  char* p = str_data(s);
  size_t i = 0;
  for (size_t k = 0; k < inserts; ++k) {
    memcpy(p, with.p, with.n);
    p += with.n;
    if (i < t.n) {
      size_t len = seq_len(uint8_t(t.p[i]));
      memcpy(p, t.p + i, len);
      p += len;
      i += len;
    }
  }
  memcpy(p, t.p + i, t.n - i);
  return str_finish(s);
}

Value str_replace(Vm& vm, size_t n_pos, size_t, const Value* args) {
  if (!is_str(args[0])) return wrong_self(vm, "replace", args[0]);
  if (!str_arg(vm, "replace", 1, args[1]) || !str_arg(vm, "replace", 2, args[2])) return Value::null();
  sword count = -1;
  if (n_pos > 3 && !to_sword(vm, args[3], &count)) return Value::null();
  size_t limit = count < 0 ? SIZE_MAX : size_t(count);
  Text t = text_of(args[0]), old = text_of(args[1]), with = text_of(args[2]);
  if (old.n == 0) return limit == 0 ? slice_of(vm, args[0], t, 0, t.n) : replace_empty(vm, t, with, limit);
  size_t n = count_bytes(t.p, 0, t.n, old.view(), limit);
  if (n == 0) return slice_of(vm, args[0], t, 0, t.n);
  Str* s = str_alloc(vm, t.n - n * old.n + n * with.n);
  if (s == nullptr) return Value::null();
  char* p = str_data(s);
  size_t start = 0;
  for (size_t k = 0; k < n; ++k) {
    size_t pos = size_t(find_bytes(t.p, start, t.n, old.view()));
    memcpy(p, t.p + start, pos - start);
    p += pos - start;
    memcpy(p, with.p, with.n);
    p += with.n;
    start = pos + old.n;
  }
  memcpy(p, t.p + start, t.n - start);
  s->char_len = uint32_t(t.chars - n * old.chars + n * with.chars);
  return Value::object(s);
}

// --- strip ----------------------------------------------------------------------------------

// Is the code point at p (len bytes) one of `chars`?
bool in_chars(const char* p, size_t len, std::string_view chars) {
  for (size_t i = 0; i < chars.size();) {
    size_t l = seq_len(uint8_t(chars[i]));
    if (l == len && memcmp(chars.data() + i, p, len) == 0) return true;
    i += l;
  }
  return false;
}

Value strip(Vm& vm, const char* name, size_t n_pos, const Value* args, bool left, bool right) {
  if (!is_str(args[0])) return wrong_self(vm, name, args[0]);
  Value chars = n_pos > 1 ? args[1] : Value::none();
  if (!chars.is_none() && !is_str(chars)) return raise(vm, &TypeError_type, "%s arg must be None or str", name);
  Text t = text_of(args[0]);
  size_t b = 0, e = t.n;
  if (chars.is_none()) {
    size_t sp;
    while (left && b < e && (sp = space_at(t.p + b)) != 0) b += sp;
    while (right && e > b && (sp = space_before(t.p + b, t.p + e)) != 0) e -= sp;
  } else {
    StrView cv = str_view(chars);
    std::string_view set(cv.data, cv.len);
    while (left && b < e && in_chars(t.p + b, seq_len(uint8_t(t.p[b])), set)) b += seq_len(uint8_t(t.p[b]));
    while (right && e > b) {
      size_t s = e - 1;
      while (s > b && (uint8_t(t.p[s]) & 0xc0) == 0x80) --s;
      if (!in_chars(t.p + s, e - s, set)) break;
      e = s;
    }
  }
  return slice_of(vm, args[0], t, b, e);
}

Value str_strip(Vm& vm, size_t n_pos, size_t, const Value* args) { return strip(vm, "strip", n_pos, args, true, true); }
Value str_lstrip(Vm& vm, size_t n_pos, size_t, const Value* args) { return strip(vm, "lstrip", n_pos, args, true, false); }
Value str_rstrip(Vm& vm, size_t n_pos, size_t, const Value* args) { return strip(vm, "rstrip", n_pos, args, false, true); }

Value remove_affix(Vm& vm, const Value* args, bool suffix) {
  const char* name = suffix ? "removesuffix" : "removeprefix";
  if (!is_str(args[0])) return wrong_self(vm, name, args[0]);
  if (!is_str(args[1])) return raise(vm, &TypeError_type, "%s() argument must be str, not %s", name, arg_tname(args[1]));
  Text t = text_of(args[0]);
  StrView a = str_view(args[1]);
  if (a.len > t.n) return slice_of(vm, args[0], t, 0, t.n);
  if (!suffix && memcmp(t.p, a.data, a.len) == 0) return slice_of(vm, args[0], t, a.len, t.n);
  if (suffix && memcmp(t.p + t.n - a.len, a.data, a.len) == 0) return slice_of(vm, args[0], t, 0, t.n - a.len);
  return slice_of(vm, args[0], t, 0, t.n);
}

Value str_removeprefix(Vm& vm, size_t, size_t, const Value* args) { return remove_affix(vm, args, false); }
Value str_removesuffix(Vm& vm, size_t, size_t, const Value* args) { return remove_affix(vm, args, true); }

// --- case mapping --------------------------------------------------------------------------
//
// Simple (one code point to one) mappings for ASCII, Latin-1, Latin
// Extended-A, Greek and Cyrillic, plus ß -> SS; other scripts are uncased.

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Latin Extended-A: pairs (upper even, lower odd) except 0x139..0x148 and
// 0x179..0x17e, where the upper case letter is odd.
bool ext_a_upper_odd(uint32_t c) { return (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e); }
bool in_ext_a_pairs(uint32_t c) {
  return (c >= 0x100 && c <= 0x137 && c != 0x130 && c != 0x131) || (c >= 0x139 && c <= 0x148) ||
         (c >= 0x14a && c <= 0x177) || (c >= 0x179 && c <= 0x17e);
}

uint32_t cp_upper(uint32_t c) {
  if (c < 0x80) return is_lower(char(c)) ? c - 32 : c;
  if (c == 0xb5) return 0x39c;
  if (c == 0xff) return 0x178;
  if (c >= 0xe0 && c <= 0xfe && c != 0xf7) return c - 32;
  if (in_ext_a_pairs(c)) return ((c & 1) != 0) != ext_a_upper_odd(c) ? c - 1 : c;
  if (c == 0x131) return 'I';
  if (c == 0x17f) return 'S';
  if (c == 0x3c2) return 0x3a3;
  if ((c >= 0x3b1 && c <= 0x3c1) || (c >= 0x3c3 && c <= 0x3cb)) return c - 32;
  if (c == 0x3ac) return 0x386;
  if (c >= 0x3ad && c <= 0x3af) return c - 37;
  if (c == 0x3cc) return 0x38c;
  if (c == 0x3cd || c == 0x3ce) return c - 63;
  if (c >= 0x430 && c <= 0x44f) return c - 32;
  if (c >= 0x450 && c <= 0x45f) return c - 80;
  return c;
}

uint32_t cp_lower(uint32_t c) {
  if (c < 0x80) return is_upper(char(c)) ? c + 32 : c;
  if (c >= 0xc0 && c <= 0xde && c != 0xd7) return c + 32;
  if (c == 0x178) return 0xff;
  if (in_ext_a_pairs(c)) return ((c & 1) != 0) == ext_a_upper_odd(c) ? c + 1 : c;
  if (c == 0x130) return 'i';
  if ((c >= 0x391 && c <= 0x3a1) || (c >= 0x3a3 && c <= 0x3ab)) return c + 32;
  if (c == 0x386) return 0x3ac;
  if (c >= 0x388 && c <= 0x38a) return c + 37;
  if (c == 0x38c) return 0x3cc;
  if (c == 0x38e || c == 0x38f) return c + 63;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  return c;
}

bool cp_is_upper(uint32_t c) { return cp_lower(c) != c; }
bool cp_is_lower(uint32_t c) { return cp_upper(c) != c || c == 0xdf; }
bool cp_is_cased(uint32_t c) { return cp_is_upper(c) || cp_is_lower(c); }

enum class CaseOp { kUpper, kLower, kCasefold, kSwap, kTitle, kCapitalize };

// Appends the mapping of one code point (ß may become two letters).
bool append_mapped(StrBuilder& b, uint32_t cp, bool upper) {
  if (cp == 0xdf && upper) return b.append("SS");
  char buf[4];
  uint32_t m = upper ? cp_upper(cp) : cp_lower(cp);
  return b.append(std::string_view(buf, encode_utf8(m, buf)));
}

bool upper_wanted(CaseOp op, uint32_t cp, bool prev_cased, bool first) {
  switch (op) {
    case CaseOp::kUpper: return true;
    case CaseOp::kSwap: return cp_is_lower(cp);
    case CaseOp::kTitle: return !prev_cased;
    case CaseOp::kCapitalize: return first;
    default: return false;
  }
}

// ASCII text: one pass over the bytes, no decoding.
Value map_case_ascii(Vm& vm, const Text& t, CaseOp op) {
  Str* s = str_alloc(vm, t.n);
  if (s == nullptr) return Value::null();
  char* p = str_data(s);
  bool prev_cased = false;
  for (size_t i = 0; i < t.n; ++i) {
    char c = t.p[i];
    bool up = upper_wanted(op, uint8_t(c), prev_cased, i == 0);
    c = up ? (is_lower(c) ? char(c - 32) : c) : (is_upper(c) && op != CaseOp::kSwap ? char(c + 32) : c);
    if (op == CaseOp::kSwap && !up && is_upper(t.p[i])) c = char(t.p[i] + 32);
    prev_cased = is_lower(c) || is_upper(c);
    p[i] = c;
  }
  s->char_len = uint32_t(t.chars);
  return Value::object(s);
}

Value map_case(Vm& vm, const char* name, Value self, CaseOp op) {
  if (!is_str(self)) return wrong_self(vm, name, self);
  Text t = text_of(self);
  if (t.ascii()) return map_case_ascii(vm, t, op);
  StrBuilder b(vm);
  bool prev_cased = false;
  for (size_t i = 0; i < t.n;) {
    size_t len;
    uint32_t cp = decode_at(t.p + i, &len);
    bool up = upper_wanted(op, cp, prev_cased, i == 0);
    bool ok;
    if (op == CaseOp::kSwap && !cp_is_cased(cp)) {
      ok = b.append(std::string_view(t.p + i, len));
    } else if (op == CaseOp::kCasefold && cp == 0xdf) {
      ok = b.append("ss");
    } else {
      ok = append_mapped(b, cp, up);
    }
    if (!ok) return Value::null();
    prev_cased = cp_is_cased(cp);
    i += len;
  }
  return b.finish();
}

Value str_upper(Vm& vm, size_t, size_t, const Value* args) { return map_case(vm, "upper", args[0], CaseOp::kUpper); }
Value str_lower(Vm& vm, size_t, size_t, const Value* args) { return map_case(vm, "lower", args[0], CaseOp::kLower); }
Value str_casefold(Vm& vm, size_t, size_t, const Value* args) {
  return map_case(vm, "casefold", args[0], CaseOp::kCasefold);
}
Value str_swapcase(Vm& vm, size_t, size_t, const Value* args) { return map_case(vm, "swapcase", args[0], CaseOp::kSwap); }
Value str_title(Vm& vm, size_t, size_t, const Value* args) { return map_case(vm, "title", args[0], CaseOp::kTitle); }
Value str_capitalize(Vm& vm, size_t, size_t, const Value* args) {
  return map_case(vm, "capitalize", args[0], CaseOp::kCapitalize);
}

// --- padding ----------------------------------------------------------------------------------

bool width_arg(Vm& vm, Value v, sword* out) {
  if (!is_int(v)) {
    raise(vm, &TypeError_type, "'%s' object cannot be interpreted as an integer", tname(v));
    return false;
  }
  return to_sword(vm, v, out);
}

// fill code point text (one char); ' ' by default.
bool fill_arg(Vm& vm, size_t n_pos, const Value* args, size_t index, std::string_view* out) {
  if (n_pos <= index) {
    *out = " ";
    return true;
  }
  Value f = args[index];
  if (!is_str(f)) {
    raise(vm, &TypeError_type, "The fill character must be a unicode character, not %s", tname(f));
    return false;
  }
  Text t = text_of(f);
  if (t.chars != 1) {
    raise(vm, &TypeError_type, "The fill character must be exactly one character long");
    return false;
  }
  *out = t.view();
  return true;
}

Value pad(Vm& vm, Value self, const Text& t, size_t left, size_t right, std::string_view fill) {
  if (left == 0 && right == 0) return slice_of(vm, self, t, 0, t.n);
  Str* s = str_alloc(vm, t.n + (left + right) * fill.size());
  if (s == nullptr) return Value::null();
  char* p = str_data(s);
  for (size_t i = 0; i < left; ++i, p += fill.size()) memcpy(p, fill.data(), fill.size());
  memcpy(p, t.p, t.n);
  p += t.n;
  for (size_t i = 0; i < right; ++i, p += fill.size()) memcpy(p, fill.data(), fill.size());
  s->char_len = uint32_t(t.chars + left + right);
  return Value::object(s);
}

enum class Just { kLeft, kRight, kCenter };

Value justify(Vm& vm, const char* name, size_t n_pos, const Value* args, Just how) {
  if (!is_str(args[0])) return wrong_self(vm, name, args[0]);
  sword width;
  std::string_view fill;
  if (!width_arg(vm, args[1], &width) || !fill_arg(vm, n_pos, args, 2, &fill)) return Value::null();
  Text t = text_of(args[0]);
  size_t marg = width > sword(t.chars) ? size_t(width) - t.chars : 0;
  size_t left = how == Just::kRight ? marg : how == Just::kLeft ? 0 : marg / 2 + (marg & size_t(width) & 1);
  return pad(vm, args[0], t, left, marg - left, fill);
}

Value str_ljust(Vm& vm, size_t n_pos, size_t, const Value* args) { return justify(vm, "ljust", n_pos, args, Just::kLeft); }
Value str_rjust(Vm& vm, size_t n_pos, size_t, const Value* args) { return justify(vm, "rjust", n_pos, args, Just::kRight); }
Value str_center(Vm& vm, size_t n_pos, size_t, const Value* args) {
  return justify(vm, "center", n_pos, args, Just::kCenter);
}

Value str_zfill(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_str(args[0])) return wrong_self(vm, "zfill", args[0]);
  sword width;
  if (!width_arg(vm, args[1], &width)) return Value::null();
  Text t = text_of(args[0]);
  if (width <= sword(t.chars)) return slice_of(vm, args[0], t, 0, t.n);
  size_t fill = size_t(width) - t.chars;
  Value padded = pad(vm, args[0], t, fill, 0, "0");
  if (padded.is_null()) return padded;
  char* p = str_data(padded.as<Str>());
  if (t.n > 0 && (t.p[0] == '+' || t.p[0] == '-')) {
    p[0] = t.p[0];  // the sign moves to the front
    p[fill] = '0';
  }
  return padded;
}

Value str_expandtabs(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::tabsize, 0, Value::small_int(8)}};
  Value ts;
  if (!is_str(args[0])) return wrong_self(vm, "expandtabs", args[0]);
  if (!parse_args(vm, "expandtabs", n_pos - 1, n_kw, args + 1, spec, 1, &ts)) return Value::null();
  sword tab;
  if (!width_arg(vm, ts, &tab)) return Value::null();
  Text t = text_of(args[0]);
  StrBuilder b(vm);
  size_t col = 0, lit = 0;
  for (size_t i = 0; i < t.n; ++i) {
    char c = t.p[i];
    if (c == '\t') {
      if (!b.append(std::string_view(t.p + lit, i - lit))) return Value::null();
      size_t spaces = tab > 0 ? size_t(tab) - col % size_t(tab) : 0;
      for (size_t k = 0; k < spaces; ++k) {
        if (!b.append_char(' ')) return Value::null();
      }
      col += spaces;
      lit = i + 1;
    } else if (c == '\n' || c == '\r') {
      col = 0;
    } else if ((uint8_t(c) & 0xc0) != 0x80) {
      ++col;
    }
  }
  if (!b.append(std::string_view(t.p + lit, t.n - lit))) return Value::null();
  return b.finish();
}

// --- predicates --------------------------------------------------------------------------------

bool is_digit(char c) { return c >= '0' && c <= '9'; }
// ASCII letters, and Latin-1 letters (U+00C0..U+00FF except x and ÷).
bool is_alpha_cp(uint32_t cp) {
  if (cp < 0x80) return is_lower(char(cp)) || is_upper(char(cp));
  if (cp == 0xaa || cp == 0xb5 || cp == 0xba) return true;
  if (cp >= 0xc0 && cp <= 0xff) return cp != 0xd7 && cp != 0xf7;
  return cp >= 0x100 && !is_unicode_space(cp) && !(cp >= 0x2000 && cp <= 0x2bff) && !(cp >= 0x3000 && cp <= 0x303f);
}

// True iff text is non-empty and pred holds for every code point.
template <class Pred>
bool all_cps(const Text& t, Pred pred) {
  if (t.n == 0) return false;
  for (size_t i = 0; i < t.n;) {
    size_t len;
    uint32_t cp = decode_at(t.p + i, &len);
    if (!pred(cp)) return false;
    i += len;
  }
  return true;
}

enum class Pred { kDigit, kAlpha, kAlnum, kSpace, kAscii, kPrintable };

Value predicate(Vm& vm, const char* name, Value self, Pred which) {
  if (!is_str(self)) return wrong_self(vm, name, self);
  Text t = text_of(self);
  bool r;
  switch (which) {
    case Pred::kDigit: r = all_cps(t, [](uint32_t c) { return c < 0x80 && is_digit(char(c)); }); break;
    case Pred::kAlpha: r = all_cps(t, is_alpha_cp); break;
    case Pred::kAlnum: r = all_cps(t, [](uint32_t c) { return is_alpha_cp(c) || (c < 0x80 && is_digit(char(c))); }); break;
    case Pred::kSpace: r = all_cps(t, is_unicode_space); break;
    case Pred::kAscii: r = t.n == t.chars; break;
    case Pred::kPrintable:
      r = t.n == 0 || all_cps(t, [](uint32_t c) {
            return (c >= 0x20 && c < 0x7f) || (c > 0xa0 && c != 0xad && c != 0x2028 && c != 0x2029 && !is_unicode_space(c));
          });
      break;
  }
  return Value::boolean(r);
}

Value str_isdigit(Vm& vm, size_t, size_t, const Value* args) { return predicate(vm, "isdigit", args[0], Pred::kDigit); }
Value str_isdecimal(Vm& vm, size_t, size_t, const Value* args) { return predicate(vm, "isdecimal", args[0], Pred::kDigit); }
Value str_isnumeric(Vm& vm, size_t, size_t, const Value* args) { return predicate(vm, "isnumeric", args[0], Pred::kDigit); }
Value str_isalpha(Vm& vm, size_t, size_t, const Value* args) { return predicate(vm, "isalpha", args[0], Pred::kAlpha); }
Value str_isalnum(Vm& vm, size_t, size_t, const Value* args) { return predicate(vm, "isalnum", args[0], Pred::kAlnum); }
Value str_isspace(Vm& vm, size_t, size_t, const Value* args) { return predicate(vm, "isspace", args[0], Pred::kSpace); }
Value str_isascii(Vm& vm, size_t, size_t, const Value* args) { return predicate(vm, "isascii", args[0], Pred::kAscii); }
Value str_isprintable(Vm& vm, size_t, size_t, const Value* args) {
  return predicate(vm, "isprintable", args[0], Pred::kPrintable);
}

// isupper/islower: at least one cased character and none of the other case.
Value cased_predicate(Vm& vm, const char* name, Value self, bool upper) {
  if (!is_str(self)) return wrong_self(vm, name, self);
  Text t = text_of(self);
  bool cased = false;
  for (size_t i = 0; i < t.n;) {
    size_t len;
    uint32_t cp = decode_at(t.p + i, &len);
    if (upper ? cp_is_lower(cp) : cp_is_upper(cp)) return Value::false_();
    cased = cased || (upper ? cp_is_upper(cp) : cp_is_lower(cp));
    i += len;
  }
  return Value::boolean(cased);
}

Value str_isupper(Vm& vm, size_t, size_t, const Value* args) { return cased_predicate(vm, "isupper", args[0], true); }
Value str_islower(Vm& vm, size_t, size_t, const Value* args) { return cased_predicate(vm, "islower", args[0], false); }

// istitle: uppercase letters only after uncased ones, lowercase only after cased.
Value str_istitle(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_str(args[0])) return wrong_self(vm, "istitle", args[0]);
  Text t = text_of(args[0]);
  bool prev_cased = false, any = false;
  for (size_t i = 0; i < t.n;) {
    size_t len;
    uint32_t cp = decode_at(t.p + i, &len);
    i += len;
    if (cp_is_upper(cp)) {
      if (prev_cased) return Value::false_();
      prev_cased = any = true;
    } else if (cp_is_lower(cp)) {
      if (!prev_cased) return Value::false_();
      prev_cased = any = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::boolean(any);
}

Value str_isidentifier(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_str(args[0])) return wrong_self(vm, "isidentifier", args[0]);
  Text t = text_of(args[0]);
  if (t.n == 0 || is_digit(t.p[0])) return Value::false_();
  bool ok = all_cps(t, [](uint32_t c) { return c == '_' || is_alpha_cp(c) || (c < 0x80 && is_digit(char(c))); });
  return Value::boolean(ok);
}

// --- encode -----------------------------------------------------------------------------------

enum class Codec { kUtf8, kAscii, kLatin1, kUnknown };

Codec codec_of(std::string_view name) {
  char buf[16];
  if (name.size() >= sizeof(buf)) return Codec::kUnknown;
  for (size_t i = 0; i < name.size(); ++i) buf[i] = name[i] == '_' ? '-' : char(cp_lower(uint8_t(name[i])));
  std::string_view n(buf, name.size());
  if (n == "utf-8" || n == "utf8" || n == "u8") return Codec::kUtf8;
  if (n == "ascii" || n == "us-ascii") return Codec::kAscii;
  if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1") return Codec::kLatin1;
  return Codec::kUnknown;
}

Value encode_error(Vm& vm, const char* codec, uint32_t cp, size_t pos, const char* range) {
  char esc[16];
  snprintf(esc, sizeof(esc), cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", unsigned(cp));
  return raise(vm, &UnicodeEncodeError_type, "'%s' codec can't encode character '%s' in position %zu: ordinal not in range(%s)",
               codec, esc, pos, range);
}

// ascii/latin-1: one byte per code point below `limit`.
Value encode_narrow(Vm& vm, const Text& t, uint32_t limit, int errors) {
  StrBuilder b(vm);
  size_t index = 0;
  for (size_t i = 0; i < t.n; ++index) {
    size_t len;
    uint32_t cp = decode_at(t.p + i, &len);
    i += len;
    if (cp < limit) {
      if (!b.append_char(char(cp))) return Value::null();
    } else if (errors == 0) {
      return encode_error(vm, limit == 128 ? "ascii" : "latin-1", cp, index, limit == 128 ? "128" : "256");
    } else if (errors == 2 && !b.append_char('?')) {
      return Value::null();
    }
  }
  return b.finish(&bytes_type);
}

Value str_encode(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::encoding, 0, Value::absent()}, {Q::errors, 0, Value::absent()}};
  Value a[2];
  if (!is_str(args[0])) return wrong_self(vm, "encode", args[0]);
  if (!parse_args(vm, "encode", n_pos - 1, n_kw, args + 1, spec, 2, a)) return Value::null();
  for (int i = 0; i < 2; ++i) {
    if (!a[i].is_absent() && !is_str(a[i])) {
      return raise(vm, &TypeError_type, "encode() argument '%s' must be str, not %s", i ? "errors" : "encoding",
                   tname(a[i]));
    }
  }
  Codec codec = Codec::kUtf8;
  if (!a[0].is_absent()) {
    StrView e = str_view(a[0]);
    codec = codec_of(std::string_view(e.data, e.len));
    if (codec == Codec::kUnknown) return raise(vm, &LookupError_type, "unknown encoding: %.*s", int(e.len), e.data);
  }
  int errors = 0;  // strict
  Text t = text_of(args[0]);
  if (!a[1].is_absent() && codec != Codec::kUtf8) {
    StrView e = str_view(a[1]);
    std::string_view en(e.data, e.len);
    errors = en == "strict" ? 0 : en == "ignore" ? 1 : en == "replace" ? 2 : -1;
    if (errors < 0 && !t.ascii()) {
      return raise(vm, &LookupError_type, "unknown error handler name '%.*s'", int(e.len), e.data);
    }
  }
  if (codec == Codec::kUtf8 || t.ascii()) return bytes_new(vm, reinterpret_cast<const uint8_t*>(t.p), t.n);
  return encode_narrow(vm, t, codec == Codec::kAscii ? 128 : 256, errors);
}

// --- format, translate, maketrans -----------------------------------------------------------------

Value str_format_method(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  if (!is_str(args[0])) return wrong_self(vm, "format", args[0]);
  return str_format(vm, n_pos, n_kw, args);
}

Value str_format_map_method(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_str(args[0])) return wrong_self(vm, "format_map", args[0]);
  return str_format_map(vm, args[0], args[1]);
}

Value str_dunder_format(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_str(args[0])) return wrong_self(vm, "__format__", args[0]);
  if (!is_str(args[1])) {
    return raise(vm, &TypeError_type, "__format__() argument must be str, not %s", tname(args[1]));
  }
  Value self = args[0];
  if (!self.is_qstr() && type_of(self) != &str_type) {
    StrView v = str_view(self);
    self = str_new(vm, std::string_view(v.data, v.len));
    if (self.is_null()) return self;
  }
  return format_value(vm, self, args[1]);
}

// Appends the translation of code point cp (table[cp]: str, int, None, or missing).
bool translate_one(Vm& vm, StrBuilder& b, Value table, uint32_t cp, const char* src, size_t len) {
  Value r = subscr_load(vm, table, Value::small_int(sword(cp)));
  if (r.is_null()) {
    if (!exc_matches(vm, &LookupError_type)) return false;
    vm.clear_exc();
    return b.append(std::string_view(src, len));
  }
  if (r.is_none()) return true;
  if (is_str(r)) {
    StrView v = str_view(r);
    return b.append(std::string_view(v.data, v.len));
  }
  sword c;
  if (!is_int(r)) {
    raise(vm, &TypeError_type, "character mapping must return integer, None or str");
    return false;
  }
  if (!to_sword(vm, r, &c)) return false;
  if (c < 0 || c > 0x10ffff) {
    raise(vm, &ValueError_type, "character mapping must be in range(0x110000)");
    return false;
  }
  char buf[4];
  return b.append(std::string_view(buf, encode_utf8(uint32_t(c), buf)));
}

Value str_translate(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_str(args[0])) return wrong_self(vm, "translate", args[0]);
  Text t = text_of(args[0]);
  StrBuilder b(vm);
  for (size_t i = 0; i < t.n;) {
    size_t len;
    uint32_t cp = decode_at(t.p + i, &len);
    if (!translate_one(vm, b, args[1], cp, t.p + i, len)) return Value::null();
    i += len;
  }
  return b.finish();
}

// str.maketrans(x[, y[, z]]) -> dict of code point -> str/int/None.
Value str_maketrans(Vm& vm, size_t n_pos, size_t, const Value* args) {
  Dict* d = dict_new(vm);
  if (d == nullptr) return Value::null();
  if (n_pos == 1) {
    if (!isinstance(args[0], &dict_type)) {
      return raise(vm, &TypeError_type, "if you give only one argument to maketrans it must be a dict");
    }
    size_t pos = 0;
    Value k, v;
    while (dict_next(args[0].as<Dict>(), &pos, &k, &v)) {
      if (is_str(k)) {
        Text kt = text_of(k);
        if (kt.chars != 1) return raise(vm, &ValueError_type, "string keys in translate table must be of length 1");
        size_t len;
        k = Value::small_int(sword(decode_at(kt.p, &len)));
      } else if (!is_int(k)) {
        return raise(vm, &TypeError_type, "keys in translate table must be strings or integers");
      }
      if (!dict_set(vm, d, k, v)) return Value::null();
    }
    return dict_value(d);
  }
  if (!is_str(args[0]) || !is_str(args[1])) {
    return raise(vm, &TypeError_type, "maketrans() argument %d must be str, not %s", is_str(args[0]) ? 2 : 1,
                 tname(is_str(args[0]) ? args[1] : args[0]));
  }
  Text x = text_of(args[0]), y = text_of(args[1]);
  if (x.chars != y.chars) {
    return raise(vm, &ValueError_type, "the first two maketrans arguments must have equal length");
  }
  for (size_t i = 0, j = 0; i < x.n;) {
    size_t lx, ly;
    uint32_t a = decode_at(x.p + i, &lx), b = decode_at(y.p + j, &ly);
    if (!dict_set(vm, d, Value::small_int(a), Value::small_int(b))) return Value::null();
    i += lx, j += ly;
  }
  if (n_pos > 2) {
    if (!is_str(args[2])) return raise(vm, &TypeError_type, "maketrans() argument 3 must be str, not %s", tname(args[2]));
    Text z = text_of(args[2]);
    for (size_t i = 0; i < z.n;) {
      size_t len;
      uint32_t c = decode_at(z.p + i, &len);
      if (!dict_set(vm, d, Value::small_int(c), Value::none())) return Value::null();
      i += len;
    }
  }
  return dict_value(d);
}

// --- the table ------------------------------------------------------------------------------------

#define STR_METHOD(name, fn, min, max, kw) constexpr NativeFunction str_##name##_obj = native_fn(Q::name, fn, min, max, kw);
STR_METHOD(capitalize, str_capitalize, 1, 1, false)
STR_METHOD(casefold, str_casefold, 1, 1, false)
STR_METHOD(center, str_center, 2, 3, false)
STR_METHOD(count, str_count, 2, 4, false)
STR_METHOD(encode, str_encode, 1, 3, true)
STR_METHOD(endswith, str_endswith, 2, 4, false)
STR_METHOD(expandtabs, str_expandtabs, 1, 2, true)
STR_METHOD(find, str_find, 2, 4, false)
STR_METHOD(format, str_format_method, 1, kVarArgs, true)
STR_METHOD(format_map, str_format_map_method, 2, 2, false)
STR_METHOD(index, str_index, 2, 4, false)
STR_METHOD(isalnum, str_isalnum, 1, 1, false)
STR_METHOD(isalpha, str_isalpha, 1, 1, false)
STR_METHOD(isascii, str_isascii, 1, 1, false)
STR_METHOD(isdecimal, str_isdecimal, 1, 1, false)
STR_METHOD(isdigit, str_isdigit, 1, 1, false)
STR_METHOD(isidentifier, str_isidentifier, 1, 1, false)
STR_METHOD(islower, str_islower, 1, 1, false)
STR_METHOD(isnumeric, str_isnumeric, 1, 1, false)
STR_METHOD(isprintable, str_isprintable, 1, 1, false)
STR_METHOD(isspace, str_isspace, 1, 1, false)
STR_METHOD(istitle, str_istitle, 1, 1, false)
STR_METHOD(isupper, str_isupper, 1, 1, false)
STR_METHOD(join, str_join, 2, 2, false)
STR_METHOD(ljust, str_ljust, 2, 3, false)
STR_METHOD(lower, str_lower, 1, 1, false)
STR_METHOD(lstrip, str_lstrip, 1, 2, false)
STR_METHOD(partition, str_partition, 2, 2, false)
STR_METHOD(removeprefix, str_removeprefix, 2, 2, false)
STR_METHOD(removesuffix, str_removesuffix, 2, 2, false)
STR_METHOD(replace, str_replace, 3, 4, false)
STR_METHOD(rfind, str_rfind, 2, 4, false)
STR_METHOD(rindex, str_rindex, 2, 4, false)
STR_METHOD(rjust, str_rjust, 2, 3, false)
STR_METHOD(rpartition, str_rpartition, 2, 2, false)
STR_METHOD(rsplit, str_rsplit, 1, 3, true)
STR_METHOD(rstrip, str_rstrip, 1, 2, false)
STR_METHOD(split, str_split, 1, 3, true)
STR_METHOD(splitlines, str_splitlines, 1, 2, true)
STR_METHOD(startswith, str_startswith, 2, 4, false)
STR_METHOD(strip, str_strip, 1, 2, false)
STR_METHOD(swapcase, str_swapcase, 1, 1, false)
STR_METHOD(title, str_title, 1, 1, false)
STR_METHOD(translate, str_translate, 2, 2, false)
STR_METHOD(upper, str_upper, 1, 1, false)
STR_METHOD(zfill, str_zfill, 2, 2, false)
#undef STR_METHOD
constexpr NativeFunction str_dunder_format_obj = native_fn(Q::dunder_format, str_dunder_format, 2, 2);
constexpr NativeFunction str_maketrans_fn = native_fn(Q::maketrans, str_maketrans, 1, 3);
constexpr NativeMethodWrapper str_maketrans_obj = {&static_method_type, Value::object(&str_maketrans_fn)};

#define ENTRY(name) {q(Q::name), Value::object(&str_##name##_obj)}
constexpr auto str_locals_table = sorted_table<48>({{
    ENTRY(capitalize), ENTRY(casefold), ENTRY(center), ENTRY(count), ENTRY(encode), ENTRY(endswith),
    ENTRY(expandtabs), ENTRY(find), ENTRY(format), ENTRY(format_map), ENTRY(index), ENTRY(isalnum),
    ENTRY(isalpha), ENTRY(isascii), ENTRY(isdecimal), ENTRY(isdigit), ENTRY(isidentifier), ENTRY(islower),
    ENTRY(isnumeric), ENTRY(isprintable), ENTRY(isspace), ENTRY(istitle), ENTRY(isupper), ENTRY(join),
    ENTRY(ljust), ENTRY(lower), ENTRY(lstrip), ENTRY(partition), ENTRY(removeprefix), ENTRY(removesuffix),
    ENTRY(replace), ENTRY(rfind), ENTRY(rindex), ENTRY(rjust), ENTRY(rpartition), ENTRY(rsplit),
    ENTRY(rstrip), ENTRY(split), ENTRY(splitlines), ENTRY(startswith), ENTRY(strip), ENTRY(swapcase),
    ENTRY(title), ENTRY(translate), ENTRY(upper), ENTRY(zfill), ENTRY(dunder_format), ENTRY(maketrans),
}});
#undef ENTRY

}  // namespace

extern const ConstMap str_locals;
constexpr ConstMap str_locals = {str_locals_table.data(), str_locals_table.size()};

}  // namespace mote
