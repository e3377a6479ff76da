// set.cc — set and frozenset.
//
// The table is a port of CPython's setobject.c rather than a reuse of the
// runtime's dict: an insertion-ordered table would print {3, 1, 2} where
// CPython prints {1, 2, 3}, and sets of small ints are printed everywhere.
// With CPython's hash values for numbers (vm/ops.cc) and the same probing
// (linear probes of 9 slots, then perturbed open addressing), table sizes,
// resize policy and per-operation algorithms (which operand is iterated,
// when a copy is made), iteration order matches CPython for every set whose
// elements hash as in CPython (ints, floats, tuples of those...). Str hashes
// differ by design, and CPython randomises them anyway.
//
// A slot holds only the key (null(): unused, absent(): deleted), as in
// MicroPython: 4 bytes a slot on a 32-bit target. Hashes are recomputed when
// the table is rebuilt (cheap for ints and floats; strs cache theirs), and a
// probe compares keys directly, skipping the call for two distinct small
// ints. The cost: __hash__ of a class instance runs again on a rebuild, and
// __eq__ may run for keys whose hashes differ.
//
// Growth: CPython's policy (rebuild at 60% full with room for 4x the
// entries) while the table has at most kOrderedSlots slots, so small sets
// iterate in CPython's order; bigger tables, whose order nobody compares,
// grow 2x at 80% full to stay within a microcontroller's heap.
#include "vm/set.h"

#include <cstring>

#include "gc/gc.h"
#include "vm/vm.h"

namespace mote {

namespace {

struct alignas(8) Set {
  const Type* type;
  size_t fill;   // active + deleted slots
  size_t used;   // active slots
  size_t mask;   // slots - 1
  Value* keys;   // the table
  size_t finger;  // where pop() resumes
};

constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;  // perturb is 64-bit on every target: same probe order as CPython on a 64-bit host
constexpr size_t kOrderedSlots = 1024;

Set* as_set(Value v) { return v.as<Set>(); }

bool is_active(Value key) { return !key.is_null() && !key.is_absent(); }

// A set or frozenset (or an instance of a subclass of either).
bool is_any_set(Value v) {
  if (!v.is_object()) return false;
  const Type* t = native_base(type_of(v));
  return t == &set_type || t == &frozenset_type;
}

const Type* base_type(Value v) { return native_base(type_of(v)); }

// --- the table --------------------------------------------------------------------------

bool table_alloc(Vm& vm, Set* s, size_t slots) {
  auto* k = static_cast<Value*>(gc_alloc(vm, slots * sizeof(Value)));
  if (k == nullptr) return false;
  s->keys = k;
  s->mask = slots - 1;
  s->fill = s->used = 0;
  return true;
}

Set* set_alloc(Vm& vm, const Type* type) {
  auto* s = static_cast<Set*>(gc_alloc(vm, sizeof(Set)));
  if (s == nullptr) return nullptr;
  s->type = type;
  return table_alloc(vm, s, kMinSize) ? s : nullptr;
}

// Should a table with `fill` used-or-deleted slots grow?
bool over_full(size_t fill, size_t mask) {
  return mask + 1 <= kOrderedSlots ? fill * 5 >= mask * 3 : fill * 5 >= mask * 4;
}

// Entries to make room for when growing (table_resize rounds up to 2**k > it).
size_t grow_hint(size_t used, size_t mask) {
  if (mask + 1 <= kOrderedSlots) return used > 50000 ? used * 2 : used * 4;
  return used + used / 4;
}

// Inserts into a table known to hold no equal key and no deleted slot.
void insert_clean(Value* keys, size_t mask, Value key, sword hash) {
  uint64_t perturb = uint64_t(int64_t(hash));
  size_t i = size_t(hash) & mask;
  for (;;) {
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (size_t j = i;; ++j) {
      if (keys[j].is_null()) {
        keys[j] = key;
        return;
      }
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = size_t((i * 5 + 1 + perturb) & mask);
  }
}

// Rebuilds s with room for more than `minused` entries. A class's __hash__
// runs for its instances; if it fails, or changes the set, s is left as it
// was (a change raises RuntimeError).
bool table_resize(Vm& vm, Set* s, size_t minused) {
  size_t size = kMinSize;
  while (size <= minused) size <<= 1;
  Value* old = s->keys;
  size_t old_slots = s->mask + 1, used = s->used, fill = s->fill;
  auto* keys = static_cast<Value*>(gc_alloc(vm, size * sizeof(Value)));
  if (keys == nullptr) return false;
  for (size_t i = 0; i < old_slots; ++i) {
    if (!is_active(old[i])) continue;
    sword h;
    if (!hash_value(vm, old[i], &h)) return false;
    if (s->keys != old || s->used != used || s->fill != fill) {
      raise(vm, &RuntimeError_type, "Set changed size during iteration");
      return false;
    }
    insert_clean(keys, size - 1, old[i], h);
  }
  s->keys = keys;
  s->mask = size - 1;
  s->fill = s->used = used;
  return true;
}

// Can a and b be equal although distinct? Distinct small ints and distinct
// immediates cannot.
bool may_equal(Value a, Value b) {
  return !((a.is_small_int() || a.is_immediate()) && (b.is_small_int() || b.is_immediate()));
}

// Probes for key: the slot holding an equal key (*found), or the unused slot
// that ends the probe sequence. *freeslot: first deleted slot seen (or
// SIZE_MAX). Returns false if __eq__ raised.
bool probe(Vm& vm, Set* s, Value key, sword hash, size_t* out, bool* found, size_t* freeslot) {
restart:
  Value* keys = s->keys;
  size_t mask = s->mask, i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(int64_t(hash));
  if (freeslot != nullptr) *freeslot = SIZE_MAX;
  for (;;) {
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (size_t j = i;; ++j) {
      *out = j;
      Value k = keys[j];
      if (k.is_null()) {
        *found = false;
        return true;
      }
      if (k.is_absent()) {
        if (freeslot != nullptr && *freeslot == SIZE_MAX) *freeslot = j;
      } else if (k == key) {
        return *found = true;
      } else if (may_equal(k, key)) {
        int eq = equal(vm, k, key);
        if (eq < 0) return false;
        if (keys != s->keys || mask != s->mask || keys[j] != k) goto restart;  // mutated by __eq__
        if (eq > 0) return *found = true;
      }
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = size_t((i * 5 + 1 + perturb) & mask);
  }
}

bool add_entry(Vm& vm, Set* s, Value key, sword hash) {
  size_t i, freeslot;
  bool found;
  if (!probe(vm, s, key, hash, &i, &found, &freeslot)) return false;
  if (found) return true;
  if (freeslot != SIZE_MAX) {
    s->keys[freeslot] = key;
    s->used++;
    return true;
  }
  s->keys[i] = key;
  s->fill++;
  s->used++;
  if (!over_full(s->fill, s->mask)) return true;
  return table_resize(vm, s, grow_hint(s->used, s->mask));
}

// 1 found, 0 not, -1 error.
int contains_entry(Vm& vm, Set* s, Value key, sword hash) {
  size_t i;
  bool found;
  if (!probe(vm, s, key, hash, &i, &found, nullptr)) return -1;
  return found ? 1 : 0;
}

// 1 removed, 0 not found, -1 error.
int discard_entry(Vm& vm, Set* s, Value key, sword hash) {
  size_t i;
  bool found;
  if (!probe(vm, s, key, hash, &i, &found, nullptr)) return -1;
  if (!found) return 0;
  s->keys[i] = Value::absent();
  s->used--;
  return 1;
}

// Hash of a key; an unhashable set is looked up as the equal frozenset.
bool key_hash(Vm& vm, Value* key, sword* hash) {
  if (hash_value(vm, *key, hash)) return true;
  if (!is_any_set(*key) || !exc_matches(vm, &TypeError_type)) return false;
  vm.clear_exc();
  Value f = set_from_iterable(vm, &frozenset_type, *key);
  if (f.is_null()) return false;
  *key = f;
  return hash_value(vm, f, hash);
}

bool add_key(Vm& vm, Set* s, Value key) {
  sword h;
  return hash_value(vm, key, &h) && add_entry(vm, s, key, h);
}

int contains_key(Vm& vm, Set* s, Value key) {
  sword h;
  if (!key_hash(vm, &key, &h)) return -1;
  return contains_entry(vm, s, key, h);
}

int discard_key(Vm& vm, Set* s, Value key) {
  sword h;
  if (!key_hash(vm, &key, &h)) return -1;
  return discard_entry(vm, s, key, h);
}

// Walks active entries in table order: *pos starts at 0.
struct Entry {
  Value key;
  sword hash;
};

// The next active key at or after *pos with its hash. False at the end, or
// with *ok false if the (class-defined) hash raised.
bool next_entry(Vm& vm, Set* s, size_t* pos, Entry* out, bool* ok) {
  *ok = true;
  for (; *pos <= s->mask; ++*pos) {
    if (is_active(s->keys[*pos])) {
      out->key = s->keys[(*pos)++];
      *ok = hash_value(vm, out->key, &out->hash);
      return *ok;
    }
  }
  return false;
}

// The next active key (no hash needed).
bool next_key(Set* s, size_t* pos, Value* out) {
  for (; *pos <= s->mask; ++*pos) {
    if (is_active(s->keys[*pos])) {
      *out = s->keys[(*pos)++];
      return true;
    }
  }
  return false;
}

void clear(Set* s) {
  memset(static_cast<void*>(s->keys), 0, (s->mask + 1) * sizeof(Value));
  s->fill = s->used = 0;
}

// Adds every element of another set (CPython's set_merge).
bool merge(Vm& vm, Set* s, Set* other) {
  if (other == s || other->used == 0) return true;
  size_t want = s->mask + 1 <= kOrderedSlots ? (s->used + other->used) * 2 : grow_hint(s->used + other->used, s->mask);
  if (over_full(s->fill + other->used, s->mask) && !table_resize(vm, s, want)) return false;
  if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
    memcpy(static_cast<void*>(s->keys), other->keys, (s->mask + 1) * sizeof(Value));
    s->fill = other->fill;
    s->used = other->used;
    return true;
  }
  size_t pos = 0;
  Entry e;
  bool ok;
  if (s->fill == 0) {
    size_t n = 0;
    while (next_entry(vm, other, &pos, &e, &ok)) insert_clean(s->keys, s->mask, e.key, e.hash), ++n;
    s->fill = s->used = n;
    return ok;
  }
  while (next_entry(vm, other, &pos, &e, &ok)) {
    if (!add_entry(vm, s, e.key, e.hash)) return false;
  }
  return ok;
}

bool update(Vm& vm, Set* s, Value other) {
  if (is_any_set(other)) return merge(vm, s, as_set(other));
  if (isinstance(other, &dict_type)) {
    Dict* d = other.as<Dict>();
    if ((s->fill + d->used) * 5 >= s->mask * 3 && !table_resize(vm, s, (s->used + d->used) * 2)) return false;
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
      if (!add_key(vm, s, k)) return false;
    }
    return true;
  }
  return for_each(vm, other, [&](Value item) { return add_key(vm, s, item); });
}

Set* new_set(Vm& vm, const Type* type, Value iterable) {
  Set* s = set_alloc(vm, type);
  if (s == nullptr) return nullptr;
  if (!iterable.is_absent() && !update(vm, s, iterable)) return nullptr;
  return s;
}

// The set or frozenset base of v's type (results of operators have it).
const Type* result_type(Value v) { return base_type(v) == &frozenset_type ? &frozenset_type : &set_type; }

Set* copy_of(Vm& vm, Value v) { return new_set(vm, result_type(v), v); }

// --- algebra (CPython's algorithms, for identical element order) -----------------------------

Value set_value(Set* s) { return s == nullptr ? Value::null() : Value::object(s); }

Set* intersection(Vm& vm, Value self, Value other) {
  Set* result = set_alloc(vm, result_type(self));
  if (result == nullptr) return nullptr;
  if (is_any_set(other)) {
    Set *big = as_set(self), *small = as_set(other);
    if (small->used > big->used) {
      Set* t = big;
      big = small;
      small = t;
    }
    size_t pos = 0;
    Entry e;
    bool ok;
    while (next_entry(vm, small, &pos, &e, &ok)) {
      int r = contains_entry(vm, big, e.key, e.hash);
      if (r < 0 || (r > 0 && !add_entry(vm, result, e.key, e.hash))) return nullptr;
    }
    return ok ? result : nullptr;
  }
  Set* s = as_set(self);
  bool ok = for_each(vm, other, [&](Value key) {
    sword h;
    if (!hash_value(vm, key, &h)) return false;
    int r = contains_entry(vm, s, key, h);
    return r >= 0 && (r == 0 || add_entry(vm, result, key, h));
  });
  return ok ? result : nullptr;
}

bool difference_update(Vm& vm, Set* s, Value other) {
  if (Value::object(s) == other) {
    clear(s);
    return true;
  }
  if (is_any_set(other)) {
    Set* o = as_set(other);
    size_t pos = 0;
    Entry e;
    bool ok;
    while (next_entry(vm, o, &pos, &e, &ok)) {
      if (discard_entry(vm, s, e.key, e.hash) < 0) return false;
    }
    return ok;
  }
  return for_each(vm, other, [&](Value key) { return discard_key(vm, s, key) >= 0; });
}

Set* difference(Vm& vm, Value self, Value other) {
  Set* s = as_set(self);
  size_t other_size;
  if (is_any_set(other)) {
    other_size = as_set(other)->used;
  } else if (isinstance(other, &dict_type)) {
    other_size = other.as<Dict>()->used;
  } else {
    Set* r = copy_of(vm, self);
    return r != nullptr && difference_update(vm, r, other) ? r : nullptr;
  }
  if ((s->used >> 2) > other_size) {
    Set* r = copy_of(vm, self);
    return r != nullptr && difference_update(vm, r, other) ? r : nullptr;
  }
  Set* result = set_alloc(vm, result_type(self));
  if (result == nullptr) return nullptr;
  size_t pos = 0;
  Entry e;
  bool ok;
  while (next_entry(vm, s, &pos, &e, &ok)) {
    int r;
    if (is_any_set(other)) {
      r = contains_entry(vm, as_set(other), e.key, e.hash);
    } else {
      Value v = dict_get(vm, other.as<Dict>(), e.key);
      r = v.is_null() ? -1 : !v.is_absent();
    }
    if (r < 0 || (r == 0 && !add_entry(vm, result, e.key, e.hash))) return nullptr;
  }
  return ok ? result : nullptr;
}

bool symmetric_difference_update(Vm& vm, Set* s, Value other) {
  if (Value::object(s) == other) {
    clear(s);
    return true;
  }
  Set* o = is_any_set(other) ? as_set(other) : new_set(vm, &set_type, other);
  if (o == nullptr) return false;
  size_t pos = 0;
  Entry e;
  bool ok;
  while (next_entry(vm, o, &pos, &e, &ok)) {
    int r = discard_entry(vm, s, e.key, e.hash);
    if (r < 0 || (r == 0 && !add_entry(vm, s, e.key, e.hash))) return false;
  }
  return ok;
}

Set* symmetric_difference(Vm& vm, Value self, Value other) {
  Set* result = new_set(vm, result_type(self), other);
  return result != nullptr && symmetric_difference_update(vm, result, self) ? result : nullptr;
}

// 1 if every element of a is in b (b a set), 0 if not, -1 error.
int subset_of(Vm& vm, Set* a, Set* b) {
  if (a->used > b->used) return 0;
  size_t pos = 0;
  Entry e;
  bool ok;
  while (next_entry(vm, a, &pos, &e, &ok)) {
    int r = contains_entry(vm, b, e.key, e.hash);
    if (r <= 0) return r;
  }
  return ok ? 1 : -1;
}

void swap_bodies(Set* a, Set* b) {
  Set tmp = *a;
  a->fill = b->fill, a->used = b->used, a->mask = b->mask, a->keys = b->keys, a->finger = b->finger;
  b->fill = tmp.fill, b->used = tmp.used, b->mask = tmp.mask, b->keys = tmp.keys, b->finger = tmp.finger;
}

// --- methods ----------------------------------------------------------------------------------

bool check_self(Vm& vm, Value self, const char* name, bool mutable_only) {
  const Type* t = is_any_set(self) ? base_type(self) : nullptr;
  if (t == &set_type || (t == &frozenset_type && !mutable_only)) return true;
  raise(vm, &TypeError_type, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
        mutable_only ? "set" : "frozenset", type_name(type_of(self)).data());
  return false;
}

Value m_add(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_self(vm, a[0], "add", true)) return Value::null();
  return add_key(vm, as_set(a[0]), a[1]) ? Value::none() : Value::null();
}

Value m_remove(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_self(vm, a[0], "remove", true)) return Value::null();
  int r = discard_key(vm, as_set(a[0]), a[1]);
  if (r == 0) return raise_key_error(vm, a[1]);
  return r < 0 ? Value::null() : Value::none();
}

Value m_discard(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_self(vm, a[0], "discard", true)) return Value::null();
  return discard_key(vm, as_set(a[0]), a[1]) < 0 ? Value::null() : Value::none();
}

Value m_pop(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_self(vm, a[0], "pop", true)) return Value::null();
  Set* s = as_set(a[0]);
  if (s->used == 0) return raise(vm, &KeyError_type, "pop from an empty set");
  size_t i = s->finger & s->mask;
  while (!is_active(s->keys[i])) i = (i + 1) & s->mask;
  Value key = s->keys[i];
  s->keys[i] = Value::absent();
  s->used--;
  s->finger = i + 1;
  return key;
}

Value m_clear(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_self(vm, a[0], "clear", true)) return Value::null();
  clear(as_set(a[0]));
  return Value::none();
}

Value m_copy(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_self(vm, a[0], "copy", false)) return Value::null();
  if (type_of(a[0]) == &frozenset_type) return a[0];
  return set_value(copy_of(vm, a[0]));
}

Value m_update(Vm& vm, size_t n, size_t, const Value* a) {
  if (!check_self(vm, a[0], "update", true)) return Value::null();
  for (size_t i = 1; i < n; ++i) {
    if (!update(vm, as_set(a[0]), a[i])) return Value::null();
  }
  return Value::none();
}

Value m_union(Vm& vm, size_t n, size_t, const Value* a) {
  if (!check_self(vm, a[0], "union", false)) return Value::null();
  Set* r = copy_of(vm, a[0]);
  for (size_t i = 1; r != nullptr && i < n; ++i) {
    if (!update(vm, r, a[i])) return Value::null();
  }
  return set_value(r);
}

Set* intersection_multi(Vm& vm, size_t n, const Value* a) {
  if (n == 1) return copy_of(vm, a[0]);
  Value result = a[0];
  for (size_t i = 1; i < n; ++i) {
    Set* r = intersection(vm, result, a[i]);
    if (r == nullptr) return nullptr;
    result = Value::object(r);
  }
  return as_set(result);
}

Value m_intersection(Vm& vm, size_t n, size_t, const Value* a) {
  if (!check_self(vm, a[0], "intersection", false)) return Value::null();
  return set_value(intersection_multi(vm, n, a));
}

Value m_intersection_update(Vm& vm, size_t n, size_t, const Value* a) {
  if (!check_self(vm, a[0], "intersection_update", true)) return Value::null();
  Set* r = intersection_multi(vm, n, a);
  if (r == nullptr) return Value::null();
  swap_bodies(as_set(a[0]), r);
  return Value::none();
}

Value m_difference(Vm& vm, size_t n, size_t, const Value* a) {
  if (!check_self(vm, a[0], "difference", false)) return Value::null();
  if (n == 1) return set_value(copy_of(vm, a[0]));
  Set* r = difference(vm, a[0], a[1]);
  for (size_t i = 2; r != nullptr && i < n; ++i) {
    if (!difference_update(vm, r, a[i])) return Value::null();
  }
  return set_value(r);
}

Value m_difference_update(Vm& vm, size_t n, size_t, const Value* a) {
  if (!check_self(vm, a[0], "difference_update", true)) return Value::null();
  for (size_t i = 1; i < n; ++i) {
    if (!difference_update(vm, as_set(a[0]), a[i])) return Value::null();
  }
  return Value::none();
}

Value m_symmetric_difference(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_self(vm, a[0], "symmetric_difference", false)) return Value::null();
  return set_value(symmetric_difference(vm, a[0], a[1]));
}

Value m_symmetric_difference_update(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_self(vm, a[0], "symmetric_difference_update", true)) return Value::null();
  return symmetric_difference_update(vm, as_set(a[0]), a[1]) ? Value::none() : Value::null();
}

// other as a set (itself if it is one).
Set* as_set_arg(Vm& vm, Value other) { return is_any_set(other) ? as_set(other) : new_set(vm, &set_type, other); }

Value m_issubset(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_self(vm, a[0], "issubset", false)) return Value::null();
  Set* o = as_set_arg(vm, a[1]);
  int r = o == nullptr ? -1 : subset_of(vm, as_set(a[0]), o);
  return r < 0 ? Value::null() : Value::boolean(r);
}

Value m_issuperset(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_self(vm, a[0], "issuperset", false)) return Value::null();
  Set* s = as_set(a[0]);
  if (is_any_set(a[1])) {
    int r = subset_of(vm, as_set(a[1]), s);
    return r < 0 ? Value::null() : Value::boolean(r);
  }
  bool all = true;
  bool ok = for_each(vm, a[1], [&](Value key) {
    int r = contains_key(vm, s, key);
    all = r > 0;
    return r > 0;
  });
  if (!ok && !all && !vm.has_exc()) return Value::false_();
  return ok ? Value::true_() : Value::null();
}

Value m_isdisjoint(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_self(vm, a[0], "isdisjoint", false)) return Value::null();
  Set* s = as_set(a[0]);
  if (is_any_set(a[1])) {
    Set *small = s, *big = as_set(a[1]);
    if (small->used > big->used) small = big, big = s;
    size_t pos = 0;
    Entry e;
    bool ok;
    while (next_entry(vm, small, &pos, &e, &ok)) {
      int r = contains_entry(vm, big, e.key, e.hash);
      if (r != 0) return r < 0 ? Value::null() : Value::false_();
    }
    return ok ? Value::true_() : Value::null();
  }
  bool disjoint = true;
  bool ok = for_each(vm, a[1], [&](Value key) {
    int r = contains_key(vm, s, key);
    disjoint = r == 0;
    return r == 0;
  });
  if (!ok && !disjoint && !vm.has_exc()) return Value::false_();
  return ok ? Value::true_() : Value::null();
}

Value m_init(Vm& vm, size_t n_pos, size_t n_kw, const Value* a) {
  if (!check_self(vm, a[0], "__init__", true)) return Value::null();
  if (n_kw) return raise(vm, &TypeError_type, "set() takes no keyword arguments");
  Set* s = as_set(a[0]);
  clear(s);
  if (n_pos > 1 && !update(vm, s, a[1])) return Value::null();
  return Value::none();
}

#define SET_METHOD(name, fn, min, max) constexpr NativeFunction set_##name##_obj = native_fn(Q::name, fn, min, max);
SET_METHOD(add, m_add, 2, 2)
SET_METHOD(remove, m_remove, 2, 2)
SET_METHOD(discard, m_discard, 2, 2)
SET_METHOD(pop, m_pop, 1, 1)
SET_METHOD(clear, m_clear, 1, 1)
SET_METHOD(copy, m_copy, 1, 1)
SET_METHOD(update, m_update, 1, kVarArgs)
SET_METHOD(union_, m_union, 1, kVarArgs)
SET_METHOD(intersection, m_intersection, 1, kVarArgs)
SET_METHOD(intersection_update, m_intersection_update, 1, kVarArgs)
SET_METHOD(difference, m_difference, 1, kVarArgs)
SET_METHOD(difference_update, m_difference_update, 1, kVarArgs)
SET_METHOD(symmetric_difference, m_symmetric_difference, 2, 2)
SET_METHOD(symmetric_difference_update, m_symmetric_difference_update, 2, 2)
SET_METHOD(issubset, m_issubset, 2, 2)
SET_METHOD(issuperset, m_issuperset, 2, 2)
SET_METHOD(isdisjoint, m_isdisjoint, 2, 2)
#undef SET_METHOD
constexpr NativeFunction set_init_obj = native_fn(Q::dunder_init, m_init, 1, 2, true);

#define ENTRY(name) {q(Q::name), Value::object(&set_##name##_obj)}
constexpr auto set_locals_table = sorted_table<18>({{
    ENTRY(add), ENTRY(remove), ENTRY(discard), ENTRY(pop), ENTRY(clear), ENTRY(copy), ENTRY(update),
    ENTRY(union_), ENTRY(intersection), ENTRY(intersection_update), ENTRY(difference),
    ENTRY(difference_update), ENTRY(symmetric_difference), ENTRY(symmetric_difference_update),
    ENTRY(issubset), ENTRY(issuperset), ENTRY(isdisjoint), {q(Q::dunder_init), Value::object(&set_init_obj)},
}});
constexpr auto frozenset_locals_table = sorted_table<8>({{
    ENTRY(copy), ENTRY(union_), ENTRY(intersection), ENTRY(difference), ENTRY(symmetric_difference),
    ENTRY(issubset), ENTRY(issuperset), ENTRY(isdisjoint),
}});
#undef ENTRY
constexpr ConstMap set_locals = {set_locals_table.data(), set_locals_table.size()};
constexpr ConstMap frozenset_locals = {frozenset_locals_table.data(), frozenset_locals_table.size()};

// --- slots ------------------------------------------------------------------------------------

Value set_make_new(Vm& vm, const Type* type, size_t n_pos, size_t n_kw, const Value* args) {
  const char* name = type == &frozenset_type ? "frozenset" : "set";
  if (n_kw) return raise(vm, &TypeError_type, "%s() takes no keyword arguments", name);
  if (n_pos > 1) return raise(vm, &TypeError_type, "%s expected at most 1 argument, got %zu", name, n_pos);
  if (type == &frozenset_type && n_pos == 1 && type_of(args[0]) == &frozenset_type) return args[0];
  return set_value(new_set(vm, type, n_pos ? args[0] : Value::absent()));
}

bool set_print(Vm& vm, Printer& out, Value self, PrintKind) {
  Set* s = as_set(self);
  const Type* t = type_of(self);
  bool plain = t == &set_type;
  std::string_view name = type_name(t);
  if (s->used == 0) return print_str(out, name) && print_str(out, "()");
  if (!plain && (!print_str(out, name) || !print_str(out, "("))) return false;
  if (!print_str(out, "{")) return false;
  size_t pos = 0;
  Value key;
  for (bool first = true; next_key(s, &pos, &key); first = false) {
    if ((!first && !print_str(out, ", ")) || !print_value(vm, out, key, PrintKind::kRepr)) return false;
  }
  return print_str(out, "}") && (plain || print_str(out, ")"));
}

sword shuffle_bits(word h) { return sword(((h ^ word(89869747u)) ^ (h << 16)) * word(3644798167u)); }

// CPython's frozenset hash: order-independent over the elements' hashes.
// False if an element's (class-defined) hash raised.
bool frozenset_hash(Vm& vm, Set* s, sword* out) {
  word h = 0;
  size_t pos = 0;
  Entry e;
  bool ok;
  while (next_entry(vm, s, &pos, &e, &ok)) h ^= word(shuffle_bits(word(e.hash)));
  if (!ok) return false;
  h ^= (word(s->used) + 1) * word(1927868237u);
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923u;
  sword r = sword(h);
  if (r == -1) r = 590923713;
  *out = r >> 1;  // a small int on both word sizes
  return true;
}

Value set_unary(Vm& vm, UnarySlot op, Value self) {
  Set* s = as_set(self);
  switch (op) {
    case UnarySlot::kBool: return Value::boolean(s->used != 0);
    case UnarySlot::kLen: return Value::small_int(sword(s->used));
    case UnarySlot::kHash:
      if (base_type(self) == &set_type) return raise(vm, &TypeError_type, "unhashable type: '%s'", type_name(type_of(self)).data());
      sword h;
      return frozenset_hash(vm, s, &h) ? int_from_sword(vm, h) : Value::null();
    default: return Value::absent();
  }
}

Value compare(Vm& vm, uint8_t op, Set* a, Set* b) {
  int r;
  switch (op) {
    case kBinaryEq:
    case kBinaryNe:
      r = a->used == b->used ? subset_of(vm, a, b) : 0;
      if (r < 0) return Value::null();
      return Value::boolean(op == kBinaryEq ? r : !r);
    case kBinaryLe: r = subset_of(vm, a, b); break;
    case kBinaryGe: r = subset_of(vm, b, a); break;
    case kBinaryLt: r = a->used < b->used ? subset_of(vm, a, b) : 0; break;
    default: r = b->used < a->used ? subset_of(vm, b, a) : 0; break;
  }
  return r < 0 ? Value::null() : Value::boolean(r);
}

// An in-place operator on a set mutates it and returns it.
Value inplace(Vm& vm, BinaryOp op, Value self, Value other) {
  Set* s = as_set(self);
  bool ok;
  switch (op) {
    case BinaryOp::OR: ok = update(vm, s, other); break;
    case BinaryOp::SUB: ok = difference_update(vm, s, other); break;
    case BinaryOp::XOR: ok = symmetric_difference_update(vm, s, other); break;
    default: {
      Set* r = intersection(vm, self, other);
      ok = r != nullptr;
      if (ok) swap_bodies(s, r);
    }
  }
  return ok ? self : Value::null();
}

Value set_binary(Vm& vm, uint8_t op, Value self, Value other) {
  if (op == kBinaryContains) {
    int r = contains_key(vm, as_set(self), other);
    return r < 0 ? Value::null() : Value::boolean(r);
  }
  if (!is_any_set(other)) return Value::not_implemented();
  if (op >= kBinaryLt && op <= kBinaryGe) return compare(vm, op, as_set(self), as_set(other));
  bool reflected = op >= kReflectedBase;
  BinaryOp b = BinaryOp(reflected ? op - kReflectedBase : op);
  bool in_place = int(b) >= kInplaceOffset && int(b) < int(BinaryOp::kCount);
  if (in_place) b = BinaryOp(int(b) - kInplaceOffset);
  if (b != BinaryOp::OR && b != BinaryOp::AND && b != BinaryOp::SUB && b != BinaryOp::XOR) {
    return Value::not_implemented();
  }
  if (reflected) {
    Value t = self;
    self = other;
    other = t;
  }
  if (in_place && base_type(self) == &set_type) return inplace(vm, b, self, other);
  switch (b) {
    case BinaryOp::OR: {
      Set* r = copy_of(vm, self);
      return r != nullptr && update(vm, r, other) ? Value::object(r) : Value::null();
    }
    case BinaryOp::AND: return set_value(intersection(vm, self, other));
    case BinaryOp::SUB: return set_value(difference(vm, self, other));
    default: return set_value(symmetric_difference(vm, self, other));
  }
}

struct alignas(8) SetIter {
  const Type* type;
  Set* set;
  size_t pos;
  size_t used;  // at creation: a change of size is an error
};

extern const Type set_iterator_type;

Value set_get_iter(Vm& vm, Value self) {
  auto* it = static_cast<SetIter*>(gc_alloc(vm, sizeof(SetIter)));
  if (it == nullptr) return Value::null();
  *it = SetIter{&set_iterator_type, as_set(self), 0, as_set(self)->used};
  return Value::object(it);
}

Value set_iter_next(Vm& vm, Value self) {
  SetIter* it = self.as<SetIter>();
  if (it->set == nullptr) return Value::absent();
  if (it->set->used != it->used) {
    it->used = size_t(-1);
    return raise(vm, &RuntimeError_type, "Set changed size during iteration");
  }
  Value key;
  if (!next_key(it->set, &it->pos, &key)) {
    it->set = nullptr;
    return Value::absent();
  }
  return key;
}


constexpr Type set_iterator_type = {
    .type = &type_type, .name = Q::set_iterator, .flags = kTypeIterIsSelf, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = iter_self, .iternext = set_iter_next, .buffer = nullptr, .locals = nullptr};

}  // namespace

constexpr Type set_type = {
    .type = &type_type, .name = Q::set, .flags = kTypeBaseType, .instance_size = sizeof(Set),
    .base = &object_type, .make_new = set_make_new, .print = set_print, .unary = set_unary,
    .binary = set_binary, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = set_get_iter, .iternext = nullptr, .buffer = nullptr,
    .locals = &set_locals};

constexpr Type frozenset_type = {
    .type = &type_type, .name = Q::frozenset, .flags = kTypeBaseType, .instance_size = sizeof(Set),
    .base = &object_type, .make_new = set_make_new, .print = set_print, .unary = set_unary,
    .binary = set_binary, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = set_get_iter, .iternext = nullptr, .buffer = nullptr,
    .locals = &frozenset_locals};

// --- public API ---------------------------------------------------------------------------------

Value set_new(Vm& vm) { return set_value(set_alloc(vm, &set_type)); }

bool set_add(Vm& vm, Value set, Value item) { return add_key(vm, as_set(set), item); }

Value set_from_iterable(Vm& vm, const Type* type, Value iterable) {
  return set_value(new_set(vm, type, iterable));
}

int set_contains(Vm& vm, Value set, Value item) { return contains_key(vm, as_set(set), item); }

size_t set_len(Value set) { return as_set(set)->used; }

}  // namespace mote
