// list.cc — list: a header plus a separately allocated, geometrically grown
// item array (amortised O(1) append; growth 1.5x + 4).
//
// sort() is a stable bottom-up merge sort (insertion sort on runs of 8, then
// merging with one scratch buffer of n Values). As in CPython, the list is
// emptied while it sorts, so a key function or __lt__ that mutates the list
// is detected ("list modified during sort") instead of corrupting memory.
// With key=, keys are computed once into a parallel array.
#include "vm/runtime.h"

namespace mote {

Value seq_compare(Vm& vm, uint8_t op, const Value* a, size_t na, const Value* b, size_t nb);
bool print_seq(Vm& vm, Printer& out, const Value* items, size_t n, const char* open, const char* close,
               bool trailing_comma_for_one);
Value seq_count(Vm& vm, const Value* items, size_t n, Value x);
Value seq_index(Vm& vm, Value* unused, size_t n_args, const Value* args, const char* what);

bool is_list(Value v) { return v.is_object() && isinstance(v, &list_type); }

bool list_grow(Vm& vm, List* l, size_t need) {
  if (need <= l->alloc) return true;
  size_t cap = l->alloc + (l->alloc >> 1) + 4;
  if (cap < need) cap = need;
  auto* items = static_cast<Value*>(gc_realloc(vm, l->items, cap * sizeof(Value)));
  if (!items) return false;
  l->items = items;
  l->alloc = cap;
  return true;
}

Value list_alloc(Vm& vm, size_t n) {
  auto* l = static_cast<List*>(gc_alloc(vm, sizeof(List)));
  if (!l) return Value::null();
  l->type = &list_type;
  if (n) {
    l->items = static_cast<Value*>(gc_alloc(vm, n * sizeof(Value)));
    if (!l->items) return Value::null();
    l->alloc = n;
  }
  l->len = n;
  for (size_t i = 0; i < n; ++i) l->items[i] = Value::none();
  return Value::object(l);
}

Value list_new(Vm& vm, size_t n, const Value* items) {
  Value v = list_alloc(vm, n);
  if (v.is_null() || !items) return v;
  vcopy(as_list(v)->items, items, n);
  return v;
}

bool list_append(Vm& vm, List* l, Value v) {
  if (l->len == l->alloc && !list_grow(vm, l, l->len + 1)) return false;
  l->items[l->len++] = v;
  return true;
}

bool list_extend(Vm& vm, List* l, Value iterable) {
  size_t n;
  Value* items;
  if (seq_items(iterable, &n, &items)) {
    if (!list_grow(vm, l, l->len + n)) return false;
    seq_items(iterable, &n, &items);  // l may be iterable itself: re-read after growing
    vcopy(l->items + l->len, items, n);
    l->len += n;
    return true;
  }
  return for_each(vm, iterable, [&](Value x) { return list_append(vm, l, x); });
}

Value list_from_iter(Vm& vm, Value iterable) {
  Value r = list_alloc(vm, 0);
  if (r.is_null()) return r;
  if (!list_extend(vm, as_list(r), iterable)) return Value::null();
  return r;
}

// --- sorting ---------------------------------------------------------------------------

namespace {

struct SortContext {
  Vm* vm;
  Value* keys;   // compare these
  Value* vals;   // and move these along (may equal keys)
  bool failed;
};

// a < b with the fast paths that dominate real sorts.
int sort_less(Vm& vm, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_small_int() < b.as_small_int();
  if (a.is_object() && b.is_object() && a.as_object()->type == &float_type &&
      b.as_object()->type == &float_type) {
    return float_value(a) < float_value(b);
  }
  if (is_str(a) && is_str(b) && type_of(a) == &str_type && type_of(b) == &str_type) {
    return str_compare(a, b) < 0;
  }
  return less_than(vm, a, b);
}

void insertion_sort(SortContext& c, size_t lo, size_t hi) {
  for (size_t i = lo + 1; i < hi && !c.failed; ++i) {
    Value k = c.keys[i], v = c.vals[i];
    size_t j = i;
    while (j > lo) {
      int lt = sort_less(*c.vm, k, c.keys[j - 1]);
      if (lt < 0) {
        c.failed = true;
        break;
      }
      if (!lt) break;
      c.keys[j] = c.keys[j - 1];
      c.vals[j] = c.vals[j - 1];
      --j;
    }
    c.keys[j] = k;
    c.vals[j] = v;
  }
}

// Merges [lo, mid) and [mid, hi) using scratch arrays tk/tv.
void merge(SortContext& c, size_t lo, size_t mid, size_t hi, Value* tk, Value* tv) {
  size_t n = mid - lo;
  vcopy(tk, c.keys + lo, n);
  if (c.vals != c.keys) vcopy(tv, c.vals + lo, n);
  size_t i = 0, j = mid, k = lo;
  while (i < n && j < hi) {
    int lt = c.failed ? 0 : sort_less(*c.vm, c.keys[j], tk[i]);
    if (lt < 0) {
      c.failed = true;
      lt = 0;
    }
    if (lt) {
      c.keys[k] = c.keys[j];
      if (c.vals != c.keys) c.vals[k] = c.vals[j];
      ++j;
    } else {
      c.keys[k] = tk[i];
      if (c.vals != c.keys) c.vals[k] = tv[i];
      ++i;
    }
    ++k;
  }
  while (i < n) {
    c.keys[k] = tk[i];
    if (c.vals != c.keys) c.vals[k] = tv[i];
    ++i;
    ++k;
  }
}

bool merge_sort(Vm& vm, Value* keys, Value* vals, size_t n) {
  SortContext c{&vm, keys, vals, false};
  constexpr size_t kRun = 8;
  for (size_t lo = 0; lo < n; lo += kRun) insertion_sort(c, lo, lo + kRun < n ? lo + kRun : n);
  if (n <= kRun) return !c.failed;
  // The left run of a merge is at most n - 1 items long.
  auto* tk = static_cast<Value*>(gc_alloc(vm, n * sizeof(Value) * (keys == vals ? 1 : 2)));
  if (!tk) return false;
  Value* tv = keys == vals ? tk : tk + n;
  for (size_t width = kRun; width < n && !c.failed; width *= 2) {
    for (size_t lo = 0; lo + width < n && !c.failed; lo += 2 * width) {
      size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      merge(c, lo, lo + width, hi, tk, tv);
    }
  }
  gc_free(vm, tk);
  return !c.failed;
}

void reverse_items(Value* a, size_t n) {
  for (size_t i = 0, j = n; i + 1 < j; ++i, --j) {
    Value t = a[i];
    a[i] = a[j - 1];
    a[j - 1] = t;
  }
}

}  // namespace

bool list_sort(Vm& vm, List* l, Value key, bool reverse) {
  Value* items = l->items;
  size_t n = l->len, alloc = l->alloc;
  l->items = nullptr;
  l->len = l->alloc = 0;
  Value* keys = items;
  bool ok = true;
  if (!key.is_none() && n) {
    keys = static_cast<Value*>(gc_alloc(vm, n * sizeof(Value)));
    ok = keys != nullptr;
    for (size_t i = 0; ok && i < n; ++i) {
      keys[i] = call1(vm, key, items[i]);
      ok = !keys[i].is_null();
    }
  }
  if (ok) {
    if (reverse) {
      reverse_items(keys, n);
      if (keys != items) reverse_items(items, n);
    }
    ok = merge_sort(vm, keys, items, n);
    if (reverse) {
      reverse_items(keys, n);
      if (keys != items) reverse_items(items, n);
    }
  }
  bool modified = l->len != 0 || l->items != nullptr;
  l->items = items;
  l->len = n;
  l->alloc = alloc;
  if (ok && modified) {
    raise(vm, &ValueError_type, "list modified during sort");
    return false;
  }
  return ok;
}

// --- slots ---------------------------------------------------------------------------------

namespace {

bool list_print(Vm& vm, Printer& out, Value self, PrintKind) {
  ReprGuard guard(vm, self);
  if (guard.recursive()) return print_str(out, "[...]");
  List* l = as_list(self);
  return print_seq(vm, out, l->items, l->len, "[", "]", false);
}

Value list_unary(Vm& vm, UnarySlot op, Value self) {
  List* l = as_list(self);
  switch (op) {
    case UnarySlot::kBool: return Value::boolean(l->len != 0);
    case UnarySlot::kLen: return Value::small_int(sword(l->len));
    case UnarySlot::kHash: return raise(vm, &TypeError_type, "unhashable type: '%.*s'",
                                        int(type_name(type_of(self)).size()), type_name(type_of(self)).data());
    default: return Value::absent();
  }
}

Value list_repeat(Vm& vm, List* a, Value count, Value inplace) {
  sword n;
  if (!to_sword(vm, count, &n)) return Value::null();
  if (n < 0) n = 0;
  if (a->len && size_t(n) > (size_t(1) << 28) / a->len) return raise_memory_error(vm);
  size_t total = a->len * size_t(n);
  if (!inplace.is_null()) {
    List* l = as_list(inplace);
    if (!list_grow(vm, l, total)) return Value::null();
    for (sword i = 1; i < n; ++i) vcopy(l->items + size_t(i) * a->len, l->items, a->len);
    l->len = total;
    return inplace;
  }
  Value r = list_alloc(vm, total);
  if (r.is_null()) return r;
  for (sword i = 0; i < n; ++i) vcopy(as_list(r)->items + size_t(i) * a->len, a->items, a->len);
  return r;
}

Value list_binary(Vm& vm, uint8_t op, Value self, Value other) {
  List* a = as_list(self);
  if (op >= kBinaryLt && op <= kBinaryGe) {
    if (!is_list(other)) return Value::not_implemented();
    List* b = as_list(other);
    return seq_compare(vm, op, a->items, a->len, b->items, b->len);
  }
  switch (op) {
    case uint8_t(BinaryOp::ADD): {
      if (!is_list(other)) {
        return raise(vm, &TypeError_type, "can only concatenate list (not \"%.*s\") to list",
                     int(type_name(type_of(other)).size()), type_name(type_of(other)).data());
      }
      List* b = as_list(other);
      Value r = list_alloc(vm, a->len + b->len);
      if (r.is_null()) return r;
      vcopy(as_list(r)->items, a->items, a->len);
      vcopy(as_list(r)->items + a->len, b->items, b->len);
      return r;
    }
    case uint8_t(BinaryOp::INPLACE_ADD):
      if (!list_extend(vm, a, other)) return Value::null();
      return self;
    case uint8_t(BinaryOp::MUL):
    case kReflectedBase + uint8_t(BinaryOp::MUL):
      if (!is_int(other)) return Value::not_implemented();
      return list_repeat(vm, a, other, Value::null());
    case uint8_t(BinaryOp::INPLACE_MUL):
      if (!is_int(other)) return Value::not_implemented();
      return list_repeat(vm, a, other, self);
    case kBinaryContains:
      for (size_t i = 0; i < a->len; ++i) {
        int e = equal(vm, a->items[i], other);
        if (e < 0) return Value::null();
        if (e) return Value::true_();
      }
      return Value::false_();
    default:
      return Value::not_implemented();
  }
}

// Replaces items [start, stop) (step 1) with the items of `value`.
bool list_assign_slice(Vm& vm, List* l, size_t start, size_t stop, Value value) {
  Value src = value;
  size_t n;
  Value* items;
  if (!seq_items(src, &n, &items) || src == Value::object(l)) {
    src = list_from_iter(vm, value);
    if (src.is_null()) return false;
    seq_items(src, &n, &items);
  }
  if (stop < start) stop = start;
  size_t old = stop - start;
  size_t new_len = l->len - old + n;
  if (!list_grow(vm, l, new_len)) return false;
  seq_items(src, &n, &items);
  vcopy(l->items + start + n, l->items + stop, (l->len - stop));
  vcopy(l->items + start, items, n);
  l->len = new_len;
  return true;
}

Value list_slice_op(Vm& vm, List* l, Value self, Value index, Value value) {
  sword start, stop, step;
  size_t count;
  if (!slice_indices(vm, index, l->len, &start, &stop, &step, &count)) return Value::null();
  if (value.is_absent()) {
    Value r = list_alloc(vm, count);
    if (r.is_null()) return r;
    for (size_t i = 0; i < count; ++i) as_list(r)->items[i] = l->items[start + sword(i) * step];
    return r;
  }
  if (value.is_null()) {
    if (step == 1) {
      vcopy(l->items + start, l->items + start + count, (l->len - size_t(start) - count));
      l->len -= count;
      return Value::none();
    }
    // Extended slice deletion: compact, skipping the deleted positions.
    if (step < 0) {
      start = start + sword(count - 1) * step;
      step = -step;
    }
    size_t w = size_t(start);
    for (size_t r = size_t(start); r < l->len; ++r) {
      if (r < size_t(start) + count * size_t(step) && (r - size_t(start)) % size_t(step) == 0) continue;
      l->items[w++] = l->items[r];
    }
    l->len = w;
    return Value::none();
  }
  if (step == 1) {
    return list_assign_slice(vm, l, size_t(start), size_t(start) + count, value) ? Value::none() : Value::null();
  }
  Value src = list_from_iter(vm, value);
  if (src.is_null()) return src;
  if (as_list(src)->len != count) {
    return raise(vm, &ValueError_type, "attempt to assign sequence of size %d to extended slice of size %d",
                 int(as_list(src)->len), int(count));
  }
  for (size_t i = 0; i < count; ++i) l->items[start + sword(i) * step] = as_list(src)->items[i];
  return Value::none();
}

Value list_subscr(Vm& vm, Value self, Value index, Value value) {
  List* l = as_list(self);
  if (index.is_object() && index.as_object()->type == &slice_type) return list_slice_op(vm, l, self, index, value);
  size_t i;
  if (index.is_small_int()) {
    sword k = index.as_small_int();
    if (k < 0) k += sword(l->len);
    if (k < 0 || size_t(k) >= l->len) {
      return raise(vm, &IndexError_type, value.is_absent() ? "list index out of range" : "list assignment index out of range");
    }
    i = size_t(k);
  } else {
    index = index_operand(vm, index, "list indices must be integers or slices, not %.*s");
    if (index.is_null()) return index;
    if (!normalize_index(vm, index, l->len, &i, value.is_absent() ? "list" : "list assignment")) {
      return Value::null();
    }
  }
  if (value.is_absent()) return l->items[i];
  if (value.is_null()) {
    vcopy(l->items + i, l->items + i + 1, (l->len - i - 1));
    --l->len;
    return Value::none();
  }
  l->items[i] = value;
  return Value::none();
}

// --- iteration -------------------------------------------------------------------------

struct ListIterator {
  const Type* type;
  Value list;
  size_t index;
};

Value list_iter_next(Vm& vm, Value self) {
  ListIterator* it = self.as<ListIterator>();
  List* l = as_list(it->list);
  if (it->index >= l->len) return Value::absent();
  return l->items[it->index++];
}


}  // namespace

constexpr Type list_iterator_type = {
    .type = &type_type, .name = Q::iter, .flags = kTypeIterIsSelf, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = iter_self, .iternext = list_iter_next, .buffer = nullptr, .locals = nullptr};

namespace {

Value list_get_iter(Vm& vm, Value self) {
  auto* it = static_cast<ListIterator*>(gc_alloc(vm, sizeof(ListIterator)));
  if (!it) return Value::null();
  it->type = &list_iterator_type;
  it->list = self;
  return Value::object(it);
}

Value list_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw) return raise(vm, &TypeError_type, "list() takes no keyword arguments");
  if (n_pos > 1) return raise(vm, &TypeError_type, "list expected at most 1 argument, got %d", int(n_pos));
  if (n_pos == 0) return list_alloc(vm, 0);
  return list_from_iter(vm, args[0]);
}

// --- methods ------------------------------------------------------------------------------

Value m_append(Vm& vm, size_t, size_t, const Value* a) {
  return list_append(vm, as_list(a[0]), a[1]) ? Value::none() : Value::null();
}
Value m_extend(Vm& vm, size_t, size_t, const Value* a) {
  return list_extend(vm, as_list(a[0]), a[1]) ? Value::none() : Value::null();
}
Value m_insert(Vm& vm, size_t, size_t, const Value* a) {
  List* l = as_list(a[0]);
  sword i;
  if (!to_sword(vm, a[1], &i)) return Value::null();
  if (i < 0) {
    i += sword(l->len);
    if (i < 0) i = 0;
  }
  if (size_t(i) > l->len) i = sword(l->len);
  if (!list_grow(vm, l, l->len + 1)) return Value::null();
  vcopy(l->items + i + 1, l->items + i, (l->len - size_t(i)));
  l->items[i] = a[2];
  ++l->len;
  return Value::none();
}
Value m_pop(Vm& vm, size_t n, size_t, const Value* a) {
  List* l = as_list(a[0]);
  if (l->len == 0) return raise(vm, &IndexError_type, "pop from empty list");
  size_t i = l->len - 1;
  if (n > 1) {
    sword k;
    if (!to_sword(vm, a[1], &k)) return Value::null();
    if (k < 0) k += sword(l->len);
    if (k < 0 || size_t(k) >= l->len) return raise(vm, &IndexError_type, "pop index out of range");
    i = size_t(k);
  }
  Value v = l->items[i];
  vcopy(l->items + i, l->items + i + 1, (l->len - i - 1));
  --l->len;
  return v;
}
Value m_remove(Vm& vm, size_t, size_t, const Value* a) {
  List* l = as_list(a[0]);
  for (size_t i = 0; i < l->len; ++i) {
    int e = equal(vm, l->items[i], a[1]);
    if (e < 0) return Value::null();
    if (e) {
      vcopy(l->items + i, l->items + i + 1, (l->len - i - 1));
      --l->len;
      return Value::none();
    }
  }
  return raise(vm, &ValueError_type, "list.remove(x): x not in list");
}
Value m_index(Vm& vm, size_t n, size_t, const Value* a) {
  Value r = seq_index(vm, nullptr, n, a, "");
  if (r.is_null() && exc_matches(vm, &ValueError_type)) {
    vm.clear_exc();
    Value rr = repr(vm, a[1]);
    if (rr.is_null()) return rr;
    StrView v = str_view(rr);
    return raise(vm, &ValueError_type, "%.*s is not in list", int(v.len), v.data);
  }
  return r;
}
Value m_count(Vm& vm, size_t, size_t, const Value* a) {
  List* l = as_list(a[0]);
  return seq_count(vm, l->items, l->len, a[1]);
}
Value m_reverse(Vm& vm, size_t, size_t, const Value* a) {
  List* l = as_list(a[0]);
  reverse_items(l->items, l->len);
  return Value::none();
}
Value m_copy(Vm& vm, size_t, size_t, const Value* a) {
  List* l = as_list(a[0]);
  return list_new(vm, l->len, l->items);
}
Value m_clear(Vm& vm, size_t, size_t, const Value* a) {
  List* l = as_list(a[0]);
  l->len = 0;
  l->alloc = 0;
  l->items = nullptr;
  return Value::none();
}
Value m_sort(Vm& vm, size_t n_pos, size_t n_kw, const Value* a) {
  static const ArgSpec spec[] = {{Q::key, kArgKwOnly, Value::none()}, {Q::reverse, kArgKwOnly, Value::false_()}};
  Value v[2];
  if (!parse_args(vm, "sort", n_pos - 1, n_kw, a + 1, spec, 2, v)) return Value::null();
  int rev = is_true(vm, v[1]);
  if (rev < 0) return Value::null();
  return list_sort(vm, as_list(a[0]), v[0], rev) ? Value::none() : Value::null();
}
Value m_init(Vm& vm, size_t n_pos, size_t n_kw, const Value* a) {
  if (n_kw) return raise(vm, &TypeError_type, "list() takes no keyword arguments");
  List* l = as_list(a[0]);
  l->len = 0;
  if (n_pos > 1 && !list_extend(vm, l, a[1])) return Value::null();
  return Value::none();
}

constexpr NativeFunction append_obj = native_fn(Q::append, m_append, 2, 2);
constexpr NativeFunction extend_obj = native_fn(Q::extend, m_extend, 2, 2);
constexpr NativeFunction insert_obj = native_fn(Q::insert, m_insert, 3, 3);
constexpr NativeFunction pop_obj = native_fn(Q::pop, m_pop, 1, 2);
constexpr NativeFunction remove_obj = native_fn(Q::remove, m_remove, 2, 2);
constexpr NativeFunction index_obj = native_fn(Q::index, m_index, 2, 4);
constexpr NativeFunction count_obj = native_fn(Q::count, m_count, 2, 2);
constexpr NativeFunction reverse_obj = native_fn(Q::reverse, m_reverse, 1, 1);
constexpr NativeFunction copy_obj = native_fn(Q::copy, m_copy, 1, 1);
constexpr NativeFunction clear_obj = native_fn(Q::clear, m_clear, 1, 1);
constexpr NativeFunction sort_obj = native_fn(Q::sort, m_sort, 1, 1, true);
constexpr NativeFunction init_obj = native_fn(Q::dunder_init, m_init, 1, 2, true);

constexpr auto list_locals_table = sorted_table<12>({{
    {q(Q::append), Value::object(&append_obj)},
    {q(Q::extend), Value::object(&extend_obj)},
    {q(Q::insert), Value::object(&insert_obj)},
    {q(Q::pop), Value::object(&pop_obj)},
    {q(Q::remove), Value::object(&remove_obj)},
    {q(Q::index), Value::object(&index_obj)},
    {q(Q::count), Value::object(&count_obj)},
    {q(Q::reverse), Value::object(&reverse_obj)},
    {q(Q::copy), Value::object(&copy_obj)},
    {q(Q::clear), Value::object(&clear_obj)},
    {q(Q::sort), Value::object(&sort_obj)},
    {q(Q::dunder_init), Value::object(&init_obj)},
}});
constexpr ConstMap list_locals = {list_locals_table.data(), list_locals_table.size()};

}  // namespace

constexpr Type list_type = {
    .type = &type_type, .name = Q::list, .flags = kTypeBaseType, .instance_size = sizeof(List),
    .base = &object_type, .make_new = list_make_new, .print = list_print, .unary = list_unary,
    .binary = list_binary, .load_attr = nullptr, .store_attr = nullptr, .subscr = list_subscr,
    .call = nullptr, .get_iter = list_get_iter, .iternext = nullptr, .buffer = nullptr,
    .locals = &list_locals};

}  // namespace mote
