// match.cc — the run-time support of `match` statements (see match.h).
//
// Each function implements one opcode of the pattern-matching group in
// vm/opcodes.def, following CPython 3.11's ceval.c (match_keys,
// match_class) in semantics and messages. Nothing here keeps state: the
// compiler keeps the subject and partial results on the value stack.
#include "vm/match.h"

#include "vm/memoryview.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace mote {

bool match_is_sequence(Value subject) {
  const Type* t = type_of(subject);
  return is_subtype(t, &list_type) || is_subtype(t, &tuple_type) || is_subtype(t, &range_type) ||
         is_subtype(t, &memoryview_type);
}

bool match_is_mapping(Value subject) { return is_subtype(type_of(subject), &dict_type); }

Value match_len(Vm& vm, Value obj) {
  size_t n;
  if (!length(vm, obj, &n)) return Value::null();
  return int_from_sword(vm, sword(n));
}

// True if keys[i] equals one of keys[0, i); -1 if a comparison raised.
static int repeated_key(Vm& vm, Tuple* keys, size_t i) {
  for (size_t j = 0; j < i; ++j) {
    int eq = equal(vm, keys->items[j], keys->items[i]);
    if (eq != 0) return eq;
  }
  return 0;
}

static Value duplicate_key_error(Vm& vm, Value key) {
  Value r = repr(vm, key);
  if (r.is_null()) return r;
  StrView v = str_view(r);
  return raise(vm, &ValueError_type, "mapping pattern checks duplicate key (%.*s)", int(v.len), v.data);
}

// The key and name tuples come from the compiler, but a .mpy file is
// untrusted input: check them rather than crash on a forged one.
static bool exact_tuple(Vm& vm, Value v) {
  if (type_of(v) == &tuple_type) return true;
  raise(vm, &TypeError_type, "pattern operand must be a tuple");
  return false;
}

Value match_keys(Vm& vm, Value subject, Value keys) {
  if (!exact_tuple(vm, keys)) return Value::null();
  Tuple* k = as_tuple(keys);
  Value out = tuple_new(vm, k->len, nullptr);
  if (out.is_null()) return out;
  bool exact = type_of(subject) == &dict_type;
  Value get, marker;
  if (!exact) {
    // A fresh object no mapping can hold: `get`'s default for "missing".
    if ((get = load_attr(vm, subject, q(Q::get))).is_null()) return get;
    if ((marker = list_new(vm, 0, nullptr)).is_null()) return marker;
  }
  for (size_t i = 0; i < k->len; ++i) {
    int dup = repeated_key(vm, k, i);
    if (dup < 0) return Value::null();
    if (dup) return duplicate_key_error(vm, k->items[i]);
    Value v;
    if (exact) {
      v = dict_get(vm, as_dict(subject), k->items[i]);
      if (v.is_null()) return v;
      if (v.is_absent()) return Value::none();
    } else {
      v = call2(vm, get, k->items[i], marker);
      if (v.is_null()) return v;
      if (v == marker) return Value::none();
    }
    as_tuple(out)->items[i] = v;
  }
  return out;
}

Value match_copy_dict_without_keys(Vm& vm, Value subject, Value keys) {
  if (!exact_tuple(vm, keys)) return Value::null();
  Dict* d = dict_new(vm);
  if (!d || !dict_update_from(vm, d, subject, false)) return Value::null();
  Tuple* k = as_tuple(keys);
  for (size_t i = 0; i < k->len; ++i) {
    if (dict_delete(vm, d, k->items[i]).is_null()) return Value::null();
  }
  return dict_value(d);
}

// The builtins whose class pattern with one positional sub-pattern matches
// the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF, inherited).
static bool matches_self(const Type* cls) {
  static const Type* const kSelf[] = {&bool_type, &bytearray_type, &bytes_type, &dict_type,  &float_type,
                                      &frozenset_type, &int_type, &list_type, &set_type, &str_type,
                                      &tuple_type};
  for (const Type* t : kSelf) {
    if (is_subtype(cls, t)) return true;
  }
  return false;
}

static std::string_view name_of(Value v) { return type_name(type_of(v)); }

// Appends subject.name to attrs[*n] unless `name` was already used (TypeError);
// false with no exception: the attribute is missing (no match).
static bool take_attr(Vm& vm, Value subject, const Type* cls, Value name, Value* attrs, Value* seen,
                      size_t* n, bool* raised) {
  for (size_t i = 0; i < *n; ++i) {
    if (equal(vm, seen[i], name) > 0) {
      StrView v = str_view(name);
      std::string_view c = type_name(cls);
      raise(vm, &TypeError_type, "%.*s() got multiple sub-patterns for attribute '%.*s'", int(c.size()), c.data(),
            int(v.len), v.data);
      *raised = true;
      return false;
    }
  }
  Value a = lookup_attr(vm, subject, name);
  if (a.is_null()) {
    *raised = true;
    return false;
  }
  if (a.is_absent()) return false;
  seen[*n] = name;
  attrs[(*n)++] = a;
  return true;
}

// The positional attribute names: cls.__match_args__ (a tuple of str), or
// an empty tuple; *self_match when the subject itself is the one sub-pattern.
static Value match_args_of(Vm& vm, const Type* cls, uint32_t n_pos, bool* self_match) {
  *self_match = false;
  Value args = lookup_attr(vm, type_value(cls), qstr_intern(vm, "__match_args__"));
  if (args.is_null()) return args;
  std::string_view c = type_name(cls);
  if (args.is_absent()) {
    *self_match = matches_self(cls);
    args = empty_tuple();
  } else if (!is_tuple(args)) {
    std::string_view got = name_of(args);
    return raise(vm, &TypeError_type, "%.*s.__match_args__ must be a tuple (got %.*s)", int(c.size()), c.data(),
                 int(got.size()), got.data());
  }
  size_t allowed = *self_match ? 1 : as_tuple(args)->len;
  if (n_pos > allowed) {
    return raise(vm, &TypeError_type, "%.*s() accepts %u positional sub-pattern%s (%u given)", int(c.size()),
                 c.data(), unsigned(allowed), allowed == 1 ? "" : "s", unsigned(n_pos));
  }
  return args;
}

Value match_class(Vm& vm, Value subject, Value cls, Value names, uint32_t n_pos) {
  if (!exact_tuple(vm, names)) return Value::null();
  for (size_t i = 0; i < as_tuple(names)->len; ++i) {
    if (!is_str(as_tuple(names)->items[i])) return raise(vm, &TypeError_type, "pattern operand must be a tuple");
  }
  if (!is_type(cls)) return raise(vm, &TypeError_type, "called match pattern must be a type");
  const Type* t = as_type(cls);
  if (!is_subtype(type_of(subject), t)) return Value::none();
  Tuple* kw = as_tuple(names);
  size_t total = n_pos + kw->len;
  Value out = tuple_new(vm, total, nullptr);
  Value seen = tuple_new(vm, total, nullptr);
  if (out.is_null() || seen.is_null()) return Value::null();
  Value* attrs = as_tuple(out)->items;
  Value* used = as_tuple(seen)->items;
  size_t n = 0;
  bool raised = false;
  if (n_pos) {
    bool self_match;
    Value args = match_args_of(vm, t, n_pos, &self_match);
    if (args.is_null()) return args;
    if (self_match) {
      attrs[n] = subject;
      used[n++] = Value::none();
    }
    for (uint32_t i = 0; !self_match && i < n_pos; ++i) {
      Value name = as_tuple(args)->items[i];
      if (!is_str(name)) {
        std::string_view got = name_of(name);
        return raise(vm, &TypeError_type, "__match_args__ elements must be strings (got %.*s)", int(got.size()),
                     got.data());
      }
      if (!take_attr(vm, subject, t, name, attrs, used, &n, &raised)) return raised ? Value::null() : Value::none();
    }
  }
  for (size_t i = 0; i < kw->len; ++i) {
    if (!take_attr(vm, subject, t, kw->items[i], attrs, used, &n, &raised)) {
      return raised ? Value::null() : Value::none();
    }
  }
  return out;
}

}  // namespace mote
