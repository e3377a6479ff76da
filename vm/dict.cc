// dict.cc — dict: the insertion-ordered compact hash table (CPython 3.6+
// layout) that also backs every namespace (module globals, class dicts,
// instance __dict__, kwargs).
//
// Storage is one GC block: `capacity` entries {key, value, hash} in
// insertion order, then — for capacity > kDictLinearMax — an open-addressing
// index of 1-, 2- or 4-byte slots (size a power of two >= 1.5 x capacity,
// CPython's perturbed probing). Small dicts skip the index and scan their
// entries: with qstr keys that is a one-word compare per entry, and most
// instance and class namespaces stay under 8 names.
//
// Deleting leaves a hole (key null) that the next resize compacts;
// dict_compact also drops the growth slack of a namespace that is complete
// (a class's after its body, a module's after its body), in place. Every
// structural change (insert of a new key, delete, resize) bumps `layout`, the
// version inline caches key on. Lookups re-check that the storage did not
// move after calling a user __eq__ (which may mutate the dict) and restart.
#include "vm/runtime.h"
#include "vm/set.h"

namespace mote {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;

uint32_t index_size_for(uint32_t capacity) {
  if (capacity <= kDictLinearMax) return 0;
  uint32_t n = 16;
  while (n * 2 < capacity * 3) n <<= 1;
  return n;
}

size_t index_width(uint32_t n) { return n <= 128 ? 1 : n <= 32768 ? 2 : 4; }

void* index_base(Dict* d) { return d->entries + d->capacity; }

int32_t index_get(Dict* d, uint32_t n, uint32_t i) {
  void* b = index_base(d);
  switch (index_width(n)) {
    case 1: return static_cast<int8_t*>(b)[i];
    case 2: return static_cast<int16_t*>(b)[i];
    default: return static_cast<int32_t*>(b)[i];
  }
}

void index_set(Dict* d, uint32_t n, uint32_t i, int32_t v) {
  void* b = index_base(d);
  switch (index_width(n)) {
    case 1: static_cast<int8_t*>(b)[i] = int8_t(v); break;
    case 2: static_cast<int16_t*>(b)[i] = int16_t(v); break;
    default: static_cast<int32_t*>(b)[i] = v; break;
  }
}

// Index slot where entry `e` (with hash h) should go: the first empty slot.
uint32_t find_empty_slot(Dict* d, uint32_t n, word h) {
  uint32_t mask = n - 1;
  uint32_t i = uint32_t(h) & mask;
  word perturb = h;
  while (index_get(d, n, i) != kEmpty) {
    perturb >>= 5;
    i = uint32_t(i * 5 + perturb + 1) & mask;
  }
  return i;
}

bool resize(Vm& vm, Dict* d, uint32_t capacity) {
  uint32_t n = index_size_for(capacity);
  size_t bytes = capacity * sizeof(DictEntry) + n * index_width(n);
  auto* entries = static_cast<DictEntry*>(gc_alloc(vm, bytes));
  if (!entries) return false;
  uint32_t j = 0;
  for (uint32_t i = 0; i < d->fill; ++i) {
    if (!d->entries[i].key.is_null()) entries[j++] = d->entries[i];
  }
  DictEntry* old = d->entries;
  d->entries = entries;
  d->capacity = capacity;
  d->fill = j;
  d->used = j;
  ++d->layout;
  if (n) {
    memset(index_base(d), 0xff, n * index_width(n));  // all kEmpty
    for (uint32_t i = 0; i < j; ++i) index_set(d, n, find_empty_slot(d, n, entries[i].hash), int32_t(i));
  }
  if (old) gc_free(vm, old);
  return true;
}

// Key equality for a lookup: fast for identical words and strs; otherwise
// the full protocol (may run Python code). 1, 0, -1 on error.
inline int keys_equal(Vm& vm, Value a, Value b) {
  if (a == b) return 1;
  if (a.is_qstr() && b.is_qstr()) return 0;
  if (a.is_small_int() && b.is_small_int()) return 0;
  if (is_str(a) && is_str(b)) return str_equal(a, b);
  return equal(vm, a, b);
}

// Position of `key` in entries, or -1 if absent; -2 if an __eq__ raised.
int32_t lookup(Vm& vm, Dict* d, Value key, word h) {
restart:
  DictEntry* entries = d->entries;
  uint32_t n = index_size_for(d->capacity);
  if (n == 0) {
    for (uint32_t i = 0; i < d->fill; ++i) {
      DictEntry& e = entries[i];
      if (e.key == key) return int32_t(i);
      if (e.hash != h || e.key.is_null()) continue;
      int eq = keys_equal(vm, e.key, key);
      if (eq < 0) return -2;
      if (d->entries != entries) goto restart;
      if (eq) return int32_t(i);
    }
    return -1;
  }
  uint32_t mask = n - 1;
  uint32_t i = uint32_t(h) & mask;
  word perturb = h;
  for (;;) {
    int32_t ix = index_get(d, n, i);
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry& e = entries[ix];
      if (e.key == key) return ix;
      if (e.hash == h && !e.key.is_null()) {
        int eq = keys_equal(vm, e.key, key);
        if (eq < 0) return -2;
        if (d->entries != entries) goto restart;
        if (eq) return ix;
      }
    }
    perturb >>= 5;
    i = uint32_t(i * 5 + perturb + 1) & mask;
  }
}

// Index slot holding entry `pos` (for deletion).
uint32_t slot_of_entry(Dict* d, uint32_t n, word h, int32_t pos) {
  uint32_t mask = n - 1;
  uint32_t i = uint32_t(h) & mask;
  word perturb = h;
  while (index_get(d, n, i) != pos) {
    perturb >>= 5;
    i = uint32_t(i * 5 + perturb + 1) & mask;
  }
  return i;
}

bool insert_new(Vm& vm, Dict* d, Value key, Value value, word h) {
  if (d->fill == d->capacity) {
    uint32_t cap = d->used < 4 ? 4 : d->used < kDictLinearMax ? kDictLinearMax : d->used * 2;
    if (!resize(vm, d, cap)) return false;
  }
  uint32_t pos = d->fill++;
  d->entries[pos] = {key, value, h};
  ++d->used;
  ++d->layout;
  uint32_t n = index_size_for(d->capacity);
  if (n) index_set(d, n, find_empty_slot(d, n, h), int32_t(pos));
  return true;
}

}  // namespace

// --- the C API ---------------------------------------------------------------------

Dict* dict_new(Vm& vm, size_t hint) {
  auto* d = static_cast<Dict*>(gc_alloc(vm, sizeof(Dict)));
  if (!d) return nullptr;
  d->type = &dict_type;
  // Exactly `hint` entries: a dict display or a kwdefaults dict of one key
  // takes one 16-byte block, not four; growth starts at 4 (insert_new).
  if (hint && !resize(vm, d, uint32_t(hint))) return nullptr;
  return d;
}

bool is_dict(Value v) { return v.is_object() && isinstance(v, &dict_type); }

Value dict_get(Vm& vm, Dict* d, Value key) {
  sword h;
  if (!hash_value(vm, key, &h)) return Value::null();
  int32_t i = lookup(vm, d, key, word(h));
  if (i == -2) return Value::null();
  if (i < 0) return Value::absent();
  return d->entries[i].value;
}

bool dict_set(Vm& vm, Dict* d, Value key, Value value) {
  sword h;
  if (!hash_value(vm, key, &h)) return false;
  int32_t i = lookup(vm, d, key, word(h));
  if (i == -2) return false;
  if (i >= 0) {
    d->entries[i].value = value;
    return true;
  }
  return insert_new(vm, d, key, value, word(h));
}

namespace {

Value remove_at(Dict* d, int32_t i) {
  uint32_t n = index_size_for(d->capacity);
  if (n) index_set(d, n, slot_of_entry(d, n, d->entries[i].hash, i), kDummy);
  Value v = d->entries[i].value;
  d->entries[i].key = Value::null();
  d->entries[i].value = Value::null();
  --d->used;
  ++d->layout;
  // Trailing holes can be reused at once (keeps popitem loops O(1)).
  if (!n) {
    while (d->fill > 0 && d->entries[d->fill - 1].key.is_null()) --d->fill;
  }
  return v;
}

}  // namespace

Value dict_delete(Vm& vm, Dict* d, Value key) {
  sword h;
  if (!hash_value(vm, key, &h)) return Value::null();
  int32_t i = lookup(vm, d, key, word(h));
  if (i == -2) return Value::null();
  if (i < 0) return Value::absent();
  return remove_at(d, i);
}

bool dict_next(Dict* d, size_t* pos, Value* key, Value* value) {
  while (*pos < d->fill) {
    DictEntry& e = d->entries[(*pos)++];
    if (!e.key.is_null()) {
      *key = e.key;
      *value = e.value;
      return true;
    }
  }
  return false;
}

void dict_clear(Dict* d) {
  d->entries = nullptr;
  d->capacity = d->fill = d->used = 0;
  ++d->layout;
}

void dict_compact(Vm& vm, Dict* d) {
  uint32_t cap = d->used;
  uint32_t n = index_size_for(cap);
  size_t bytes = cap * sizeof(DictEntry) + n * index_width(n);
  size_t now = gc_alloc_size(vm, d->entries);  // 0: no table, or not in the heap
  if (now == 0 || cap == 0 || (bytes + kGcBlockBytes - 1) / kGcBlockBytes * kGcBlockBytes >= now) return;
  uint32_t j = 0;
  for (uint32_t i = 0; i < d->fill; ++i) {
    if (!d->entries[i].key.is_null()) d->entries[j++] = d->entries[i];
  }
  d->capacity = cap;
  d->fill = j;
  ++d->layout;
  if (n) {
    memset(index_base(d), 0xff, n * index_width(n));  // all kEmpty
    for (uint32_t i = 0; i < j; ++i) index_set(d, n, find_empty_slot(d, n, d->entries[i].hash), int32_t(i));
  }
  gc_realloc(vm, d->entries, bytes);  // shrinks in place
}

// Entry position of a qstr key (never raises: only strs can equal a qstr).
// Namespaces are small and keyed by qstrs, so the linear form first tries
// identity alone and computes the hash only if that fails.
int32_t dict_find_qstr_pos(Dict* d, Value name) {
  const DictEntry* entries = d->entries;
  uint32_t n = index_size_for(d->capacity);
  if (n == 0) {
    for (uint32_t i = 0; i < d->fill; ++i) {
      if (entries[i].key == name) return int32_t(i);
    }
    word h = 0;
    for (uint32_t i = 0; i < d->fill; ++i) {
      Value k = entries[i].key;
      if (k.is_null() || k.is_qstr() || !is_str(k)) continue;
      if (!h) h = qstr_text(name.as_qstr()).hash;
      if (entries[i].hash == h && str_equal(k, name)) return int32_t(i);
    }
    return -1;
  }
  word h = qstr_text(name.as_qstr()).hash;
  uint32_t mask = n - 1;
  uint32_t i = uint32_t(h) & mask;
  word perturb = h;
  for (;;) {
    int32_t ix = index_get(d, n, i);
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      const DictEntry& e = entries[ix];
      if (e.key == name) return ix;
      if (e.hash == h && !e.key.is_qstr() && is_str(e.key) && str_equal(e.key, name)) return ix;
    }
    perturb >>= 5;
    i = uint32_t(i * 5 + perturb + 1) & mask;
  }
}

Value dict_get_qstr(Dict* d, Value name) {
  int32_t pos = dict_find_qstr_pos(d, name);
  return pos < 0 ? Value::absent() : d->entries[pos].value;
}

bool dict_set_qstr(Vm& vm, Dict* d, Value name, Value value) { return dict_set(vm, d, name, value); }

Value dict_copy(Vm& vm, Dict* src) {
  Dict* d = dict_new(vm, src->used);
  if (!d) return Value::null();
  size_t pos = 0;
  Value k, v;
  while (dict_next(src, &pos, &k, &v)) {
    if (!insert_new(vm, d, k, v, src->entries[pos - 1].hash)) return Value::null();
  }
  return dict_value(d);
}

// d.update(other): a dict, a mapping with keys(), or an iterable of pairs.
bool dict_update_from(Vm& vm, Dict* d, Value other, bool no_dups) {
  if (is_dict(other) && (native_base(type_of(other)) == &dict_type) &&
      (!is_heap_type(type_of(other)) || type_lookup(type_of(other), q(Q::keys)).is_absent() ||
       true)) {
    Dict* s = as_dict(other);
    size_t pos = 0;
    Value k, v;
    while (dict_next(s, &pos, &k, &v)) {
      if (no_dups) {
        Value old = dict_get(vm, d, k);
        if (old.is_null()) return false;
        if (!old.is_absent()) {
          Value r = k.is_qstr() || is_str(k) ? k : repr(vm, k);
          StrView sv = str_view(r);
          raise(vm, &TypeError_type, "got multiple values for keyword argument '%.*s'", int(sv.len), sv.data);
          return false;
        }
      }
      if (!dict_set(vm, d, k, v)) return false;
    }
    return true;
  }
  Value keys = lookup_attr(vm, other, q(Q::keys));
  if (keys.is_null()) return false;
  if (!keys.is_absent()) {
    Value ks = call0(vm, keys);
    if (ks.is_null()) return false;
    return for_each(vm, ks, [&](Value k) {
      Value v = subscr_load(vm, other, k);
      if (v.is_null()) return false;
      if (no_dups) {
        Value old = dict_get(vm, d, k);
        if (old.is_null()) return false;
        if (!old.is_absent()) {
          StrView sv = is_str(k) ? str_view(k) : StrView{"?", 1};
          raise(vm, &TypeError_type, "got multiple values for keyword argument '%.*s'", int(sv.len), sv.data);
          return false;
        }
      }
      return dict_set(vm, d, k, v);
    });
  }
  size_t index = 0;
  return for_each(vm, other, [&](Value item) {
    Value pair = tuple_from_iter(vm, item);
    if (pair.is_null()) {
      if (exc_matches(vm, &TypeError_type)) {
        vm.clear_exc();
        raise(vm, &TypeError_type, "cannot convert dictionary update sequence element #%d to a sequence",
              int(index));
      }
      return false;
    }
    if (as_tuple(pair)->len != 2) {
      raise(vm, &ValueError_type, "dictionary update sequence element #%d has length %d; 2 is required",
            int(index), int(as_tuple(pair)->len));
      return false;
    }
    ++index;
    return dict_set(vm, d, as_tuple(pair)->items[0], as_tuple(pair)->items[1]);
  });
}

// --- slots ----------------------------------------------------------------------------

namespace {

bool dict_print(Vm& vm, Printer& out, Value self, PrintKind) {
  ReprGuard guard(vm, self);
  if (guard.recursive()) return print_str(out, "{...}");
  Dict* d = as_dict(self);
  if (!print_str(out, "{")) return false;
  size_t pos = 0;
  Value k, v;
  bool first = true;
  while (dict_next(d, &pos, &k, &v)) {
    if (!first && !print_str(out, ", ")) return false;
    first = false;
    if (!print_value(vm, out, k, PrintKind::kRepr) || !print_str(out, ": ") ||
        !print_value(vm, out, v, PrintKind::kRepr)) {
      return false;
    }
  }
  return print_str(out, "}");
}

Value dict_unary(Vm& vm, UnarySlot op, Value self) {
  Dict* d = as_dict(self);
  switch (op) {
    case UnarySlot::kBool: return Value::boolean(d->used != 0);
    case UnarySlot::kLen: return Value::small_int(sword(d->used));
    case UnarySlot::kHash: return raise(vm, &TypeError_type, "unhashable type: '%.*s'",
                                        int(type_name(type_of(self)).size()), type_name(type_of(self)).data());
    default: return Value::absent();
  }
}

Value dict_equal(Vm& vm, Dict* a, Dict* b) {
  if (a->used != b->used) return Value::false_();
  size_t pos = 0;
  Value k, v;
  while (dict_next(a, &pos, &k, &v)) {
    Value w = dict_get(vm, b, k);
    if (w.is_null()) return w;
    if (w.is_absent()) return Value::false_();
    int e = equal(vm, v, w);
    if (e < 0) return Value::null();
    if (!e) return Value::false_();
  }
  return Value::true_();
}

Value dict_binary(Vm& vm, uint8_t op, Value self, Value other) {
  Dict* d = as_dict(self);
  switch (op) {
    case kBinaryEq:
    case kBinaryNe: {
      if (!is_dict(other)) return Value::not_implemented();
      Value r = dict_equal(vm, d, as_dict(other));
      if (r.is_null() || op == kBinaryEq) return r;
      return Value::boolean(!r.is_true_literal());
    }
    case kBinaryContains: {
      Value v = dict_get(vm, d, other);
      if (v.is_null()) return v;
      return Value::boolean(!v.is_absent());
    }
    case uint8_t(BinaryOp::OR): {
      if (!is_dict(other)) return Value::not_implemented();
      Value r = dict_copy(vm, d);
      if (r.is_null() || !dict_update_from(vm, as_dict(r), other, false)) return Value::null();
      return r;
    }
    case kReflectedBase + uint8_t(BinaryOp::OR): {
      if (!is_dict(other)) return Value::not_implemented();
      Value r = dict_copy(vm, as_dict(other));
      if (r.is_null() || !dict_update_from(vm, as_dict(r), self, false)) return Value::null();
      return r;
    }
    case uint8_t(BinaryOp::INPLACE_OR):
      if (!dict_update_from(vm, d, other, false)) return Value::null();
      return self;
    default:
      return Value::not_implemented();
  }
}

Value dict_missing(Vm& vm, Value self, Value key) {
  const Type* t = type_of(self);
  if (is_heap_type(t)) {
    Value m = type_lookup(t, q(Q::dunder_missing));
    if (!m.is_absent()) return call2(vm, m, self, key);
  }
  return raise_key_error(vm, key);
}

Value dict_subscr(Vm& vm, Value self, Value key, Value value) {
  Dict* d = as_dict(self);
  if (value.is_absent()) {
    Value v = dict_get(vm, d, key);
    if (v.is_absent()) return dict_missing(vm, self, key);
    return v;
  }
  if (value.is_null()) {
    Value v = dict_delete(vm, d, key);
    if (v.is_null()) return v;
    if (v.is_absent()) return raise_key_error(vm, key);
    return Value::none();
  }
  return dict_set(vm, d, key, value) ? Value::none() : Value::null();
}

// --- iterators and views ----------------------------------------------------------------

enum class ViewKind : uint8_t { kKeys, kValues, kItems };

struct DictIter {
  const Type* type;
  Dict* dict;
  size_t pos;
  uint32_t used;
  ViewKind kind;
};

struct DictView {
  const Type* type;
  Dict* dict;
};

Value dict_iter_next(Vm& vm, Value self) {
  DictIter* it = self.as<DictIter>();
  Dict* d = it->dict;
  if (d->used != it->used) {
    it->used = uint32_t(-1);
    return raise(vm, &RuntimeError_type, "dictionary changed size during iteration");
  }
  Value k, v;
  if (!dict_next(d, &it->pos, &k, &v)) return Value::absent();
  if (it->kind == ViewKind::kKeys) return k;
  if (it->kind == ViewKind::kValues) return v;
  Value pair[2] = {k, v};
  return tuple_new(vm, 2, pair);
}


}  // namespace

constexpr Type dict_iterator_type = {
    .type = &type_type, .name = Q::iter, .flags = kTypeIterIsSelf, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = iter_self, .iternext = dict_iter_next, .buffer = nullptr, .locals = nullptr};

namespace {

Value dict_iter_new(Vm& vm, Dict* d, ViewKind kind) {
  auto* it = static_cast<DictIter*>(gc_alloc(vm, sizeof(DictIter)));
  if (!it) return Value::null();
  it->type = &dict_iterator_type;
  it->dict = d;
  it->used = d->used;
  it->kind = kind;
  return Value::object(it);
}

Value dict_get_iter(Vm& vm, Value self) { return dict_iter_new(vm, as_dict(self), ViewKind::kKeys); }

ViewKind view_kind(Value v) {
  const Type* t = v.as_object()->type;
  return t == &dict_keys_type ? ViewKind::kKeys : t == &dict_values_type ? ViewKind::kValues : ViewKind::kItems;
}

Value view_new(Vm& vm, Dict* d, const Type* t) {
  auto* v = static_cast<DictView*>(gc_alloc(vm, sizeof(DictView)));
  if (!v) return Value::null();
  v->type = t;
  v->dict = d;
  return Value::object(v);
}

Value view_get_iter(Vm& vm, Value self) { return dict_iter_new(vm, self.as<DictView>()->dict, view_kind(self)); }

bool view_print(Vm& vm, Printer& out, Value self, PrintKind) {
  static constexpr const char* names[] = {"dict_keys", "dict_values", "dict_items"};
  ReprGuard guard(vm, self);  // d["v"] = d.values() prints dict_values([...]) as CPython
  if (guard.recursive()) return print_str(out, "...");
  if (!print_str(out, names[int(view_kind(self))]) || !print_str(out, "([")) return false;
  Dict* d = self.as<DictView>()->dict;
  size_t pos = 0;
  Value k, v;
  bool first = true;
  while (dict_next(d, &pos, &k, &v)) {
    if (!first && !print_str(out, ", ")) return false;
    first = false;
    switch (view_kind(self)) {
      case ViewKind::kKeys:
        if (!print_value(vm, out, k, PrintKind::kRepr)) return false;
        break;
      case ViewKind::kValues:
        if (!print_value(vm, out, v, PrintKind::kRepr)) return false;
        break;
      case ViewKind::kItems:
        if (!print_str(out, "(") || !print_value(vm, out, k, PrintKind::kRepr) || !print_str(out, ", ") ||
            !print_value(vm, out, v, PrintKind::kRepr) || !print_str(out, ")")) {
          return false;
        }
        break;
    }
  }
  return print_str(out, "])");
}

Value view_unary(Vm& vm, UnarySlot op, Value self) {
  Dict* d = self.as<DictView>()->dict;
  switch (op) {
    case UnarySlot::kBool: return Value::boolean(d->used != 0);
    case UnarySlot::kLen: return Value::small_int(sword(d->used));
    case UnarySlot::kHash:  // keys/items views are set-like, hence unhashable; values hash by identity
      if (view_kind(self) == ViewKind::kValues) return Value::absent();
      return raise(vm, &TypeError_type, "unhashable type: '%.*s'", int(type_name(type_of(self)).size()),
                   type_name(type_of(self)).data());
    default: return Value::absent();
  }
}

int view_contains(Vm& vm, Value self, Value item) {
  Dict* d = self.as<DictView>()->dict;
  switch (view_kind(self)) {
    case ViewKind::kKeys: {
      Value v = dict_get(vm, d, item);
      return v.is_null() ? -1 : !v.is_absent();
    }
    case ViewKind::kItems: {
      if (!is_tuple(item) || as_tuple(item)->len != 2) return 0;
      Value v = dict_get(vm, d, as_tuple(item)->items[0]);
      if (v.is_null()) return -1;
      if (v.is_absent()) return 0;
      return equal(vm, v, as_tuple(item)->items[1]);
    }
    default: {
      size_t pos = 0;
      Value k, v;
      while (dict_next(d, &pos, &k, &v)) {
        int e = equal(vm, v, item);
        if (e) return e;
      }
      return 0;
    }
  }
}

// Set operations on keys/items views produce sets (set.h is the library's).
Value view_set_op(Vm& vm, uint8_t op, Value a, Value b) {
  Value sa = set_from_iterable(vm, &set_type, a);
  if (sa.is_null()) return sa;
  return binary_op(vm, BinaryOp(op), sa, b);
}

Value view_binary(Vm& vm, uint8_t op, Value self, Value other) {
  if (op == kBinaryContains) {
    int c = view_contains(vm, self, other);
    return c < 0 ? Value::null() : Value::boolean(c);
  }
  bool setlike = view_kind(self) != ViewKind::kValues;
  if (setlike && (op == kBinaryEq || op == kBinaryNe)) {
    Value sa = set_from_iterable(vm, &set_type, self);
    if (sa.is_null()) return sa;
    Value sb = set_from_iterable(vm, &set_type, other);
    if (sb.is_null()) return sb;
    return compare(vm, CompareOp(op - kBinaryLt), sa, sb);
  }
  if (!setlike) return Value::not_implemented();
  switch (op) {
    case uint8_t(BinaryOp::AND):
    case uint8_t(BinaryOp::OR):
    case uint8_t(BinaryOp::SUB):
    case uint8_t(BinaryOp::XOR):
      return view_set_op(vm, op, self, other);
    case kReflectedBase + uint8_t(BinaryOp::AND):
    case kReflectedBase + uint8_t(BinaryOp::OR):
    case kReflectedBase + uint8_t(BinaryOp::SUB):
    case kReflectedBase + uint8_t(BinaryOp::XOR): {
      Value so = set_from_iterable(vm, &set_type, other);
      if (so.is_null()) return so;
      Value ss = set_from_iterable(vm, &set_type, self);
      if (ss.is_null()) return ss;
      return binary_op(vm, BinaryOp(op - kReflectedBase), so, ss);
    }
    default:
      return Value::not_implemented();
  }
}

Value dict_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_pos > 1) return raise(vm, &TypeError_type, "dict expected at most 1 argument, got %d", int(n_pos));
  Dict* d = dict_new(vm);
  if (!d) return Value::null();
  if (n_pos == 1 && !dict_update_from(vm, d, args[0], false)) return Value::null();
  for (size_t i = 0; i < n_kw; ++i) {
    if (!dict_set(vm, d, args[n_pos + 2 * i], args[n_pos + 2 * i + 1])) return Value::null();
  }
  return dict_value(d);
}

// --- methods ------------------------------------------------------------------------------

Value m_get(Vm& vm, size_t n, size_t, const Value* a) {
  Value v = dict_get(vm, as_dict(a[0]), a[1]);
  if (v.is_absent()) return n > 2 ? a[2] : Value::none();
  return v;
}
Value m_keys(Vm& vm, size_t, size_t, const Value* a) { return view_new(vm, as_dict(a[0]), &dict_keys_type); }
Value m_values(Vm& vm, size_t, size_t, const Value* a) { return view_new(vm, as_dict(a[0]), &dict_values_type); }
Value m_items(Vm& vm, size_t, size_t, const Value* a) { return view_new(vm, as_dict(a[0]), &dict_items_type); }
Value m_pop(Vm& vm, size_t n, size_t, const Value* a) {
  Value v = dict_delete(vm, as_dict(a[0]), a[1]);
  if (v.is_absent()) return n > 2 ? a[2] : raise_key_error(vm, a[1]);
  return v;
}
Value m_popitem(Vm& vm, size_t, size_t, const Value* a) {
  Dict* d = as_dict(a[0]);
  if (d->used == 0) return raise(vm, &KeyError_type, "popitem(): dictionary is empty");
  int32_t i = int32_t(d->fill) - 1;
  while (d->entries[i].key.is_null()) --i;
  Value pair[2] = {d->entries[i].key, d->entries[i].value};
  Value t = tuple_new(vm, 2, pair);
  if (t.is_null()) return t;
  remove_at(d, i);
  return t;
}
Value m_setdefault(Vm& vm, size_t n, size_t, const Value* a) {
  Dict* d = as_dict(a[0]);
  Value v = dict_get(vm, d, a[1]);
  if (v.is_null()) return v;
  if (!v.is_absent()) return v;
  Value def = n > 2 ? a[2] : Value::none();
  return dict_set(vm, d, a[1], def) ? def : Value::null();
}
Value m_update(Vm& vm, size_t n_pos, size_t n_kw, const Value* a) {
  Dict* d = as_dict(a[0]);
  if (n_pos > 2) return raise(vm, &TypeError_type, "update expected at most 1 argument, got %d", int(n_pos - 1));
  if (n_pos == 2 && !dict_update_from(vm, d, a[1], false)) return Value::null();
  for (size_t i = 0; i < n_kw; ++i) {
    if (!dict_set(vm, d, a[n_pos + 2 * i], a[n_pos + 2 * i + 1])) return Value::null();
  }
  return Value::none();
}
Value m_copy(Vm& vm, size_t, size_t, const Value* a) { return dict_copy(vm, as_dict(a[0])); }
Value m_clear(Vm& vm, size_t, size_t, const Value* a) {
  dict_clear(as_dict(a[0]));
  return Value::none();
}
Value m_fromkeys(Vm& vm, size_t n, size_t, const Value* a) {
  Value r = call0(vm, a[0]);
  if (r.is_null()) return r;
  Value v = n > 2 ? a[2] : Value::none();
  bool ok = for_each(vm, a[1], [&](Value k) {
    if (is_dict(r) && !is_heap_type(type_of(r))) return dict_set(vm, as_dict(r), k, v);
    return subscr_store(vm, r, k, v);
  });
  return ok ? r : Value::null();
}
Value m_init(Vm& vm, size_t n_pos, size_t n_kw, const Value* a) {
  return m_update(vm, n_pos, n_kw, a);
}
Value m_getitem(Vm& vm, size_t, size_t, const Value* a) {
  Value v = dict_get(vm, as_dict(a[0]), a[1]);
  if (v.is_absent()) return dict_missing(vm, a[0], a[1]);
  return v;
}
Value m_setitem(Vm& vm, size_t, size_t, const Value* a) {
  return dict_set(vm, as_dict(a[0]), a[1], a[2]) ? Value::none() : Value::null();
}
Value m_delitem(Vm& vm, size_t, size_t, const Value* a) { return dict_subscr(vm, a[0], a[1], Value::null()); }
Value m_contains(Vm& vm, size_t, size_t, const Value* a) { return dict_binary(vm, kBinaryContains, a[0], a[1]); }
Value m_len(Vm& vm, size_t, size_t, const Value* a) { return Value::small_int(sword(as_dict(a[0])->used)); }
Value m_iter(Vm& vm, size_t, size_t, const Value* a) { return dict_get_iter(vm, a[0]); }
Value m_repr(Vm& vm, size_t, size_t, const Value* a) {
  StrBuilder b(vm);
  if (!dict_print(vm, b, a[0], PrintKind::kRepr)) return Value::null();
  return b.finish();
}

constexpr NativeFunction get_obj = native_fn(Q::get, m_get, 2, 3);
constexpr NativeFunction keys_obj = native_fn(Q::keys, m_keys, 1, 1);
constexpr NativeFunction values_obj = native_fn(Q::values, m_values, 1, 1);
constexpr NativeFunction items_obj = native_fn(Q::items, m_items, 1, 1);
constexpr NativeFunction pop_obj = native_fn(Q::pop, m_pop, 2, 3);
constexpr NativeFunction popitem_obj = native_fn(Q::popitem, m_popitem, 1, 1);
constexpr NativeFunction setdefault_obj = native_fn(Q::setdefault, m_setdefault, 2, 3);
constexpr NativeFunction update_obj = native_fn(Q::update, m_update, 1, kVarArgs, true);
constexpr NativeFunction copy_obj = native_fn(Q::copy, m_copy, 1, 1);
constexpr NativeFunction clear_obj = native_fn(Q::clear, m_clear, 1, 1);
constexpr NativeFunction fromkeys_fn = native_fn(Q::fromkeys, m_fromkeys, 2, 3);
constexpr NativeMethodWrapper fromkeys_obj = {&class_method_type, Value::object(&fromkeys_fn)};
constexpr NativeFunction init_obj = native_fn(Q::dunder_init, m_init, 1, kVarArgs, true);
constexpr NativeFunction getitem_obj = native_fn(Q::dunder_getitem, m_getitem, 2, 2);
constexpr NativeFunction setitem_obj = native_fn(Q::dunder_setitem, m_setitem, 3, 3);
constexpr NativeFunction delitem_obj = native_fn(Q::dunder_delitem, m_delitem, 2, 2);
constexpr NativeFunction contains_obj = native_fn(Q::dunder_contains, m_contains, 2, 2);
constexpr NativeFunction len_obj = native_fn(Q::dunder_len, m_len, 1, 1);
constexpr NativeFunction iter_obj = native_fn(Q::dunder_iter, m_iter, 1, 1);
constexpr NativeFunction repr_obj = native_fn(Q::dunder_repr, m_repr, 1, 1);

constexpr auto dict_locals_table = sorted_table<20>({{
    {q(Q::get), Value::object(&get_obj)},
    {q(Q::keys), Value::object(&keys_obj)},
    {q(Q::values), Value::object(&values_obj)},
    {q(Q::items), Value::object(&items_obj)},
    {q(Q::pop), Value::object(&pop_obj)},
    {q(Q::popitem), Value::object(&popitem_obj)},
    {q(Q::setdefault), Value::object(&setdefault_obj)},
    {q(Q::update), Value::object(&update_obj)},
    {q(Q::copy), Value::object(&copy_obj)},
    {q(Q::clear), Value::object(&clear_obj)},
    {q(Q::fromkeys), Value::object(&fromkeys_obj)},
    {q(Q::dunder_init), Value::object(&init_obj)},
    {q(Q::dunder_getitem), Value::object(&getitem_obj)},
    {q(Q::dunder_setitem), Value::object(&setitem_obj)},
    {q(Q::dunder_delitem), Value::object(&delitem_obj)},
    {q(Q::dunder_contains), Value::object(&contains_obj)},
    {q(Q::dunder_len), Value::object(&len_obj)},
    {q(Q::dunder_iter), Value::object(&iter_obj)},
    {q(Q::dunder_repr), Value::object(&repr_obj)},
    {q(Q::dunder_hash), Value::none()},
}});
constexpr ConstMap dict_locals = {dict_locals_table.data(), dict_locals_table.size()};

}  // namespace

constexpr Type dict_type = {
    .type = &type_type, .name = Q::dict, .flags = kTypeBaseType, .instance_size = sizeof(Dict),
    .base = &object_type, .make_new = dict_make_new, .print = dict_print, .unary = dict_unary,
    .binary = dict_binary, .load_attr = nullptr, .store_attr = nullptr, .subscr = dict_subscr,
    .call = nullptr, .get_iter = dict_get_iter, .iternext = nullptr, .buffer = nullptr,
    .locals = &dict_locals};

constexpr Type dict_keys_type = {
    .type = &type_type, .name = Q::dict_keys, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = view_print, .unary = view_unary, .binary = view_binary,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = view_get_iter, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};
constexpr Type dict_values_type = {
    .type = &type_type, .name = Q::dict_values, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = view_print, .unary = view_unary, .binary = view_binary,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = view_get_iter, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};
constexpr Type dict_items_type = {
    .type = &type_type, .name = Q::dict_items, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = view_print, .unary = view_unary, .binary = view_binary,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = view_get_iter, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};

}  // namespace mote
