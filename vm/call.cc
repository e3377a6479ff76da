// call.cc — Python function calls: argument binding and frame push.
//
// A call's frame takes the next Frame record and the value-stack slots
// starting at vm.stack_top_ — or, when the interpreter calls, starting right
// where the caller pushed the arguments, so positional arguments are already
// in their parameter slots and the common call copies nothing. Binding then
// only fills the remaining slots: keyword arguments (matched to parameter
// names by qstr identity), defaults, *args/**kwargs, cells for captured
// parameters and the closure's free variables. Errors use CPython's messages.
//
// Nothing is allocated for a positional call without *args/**kwargs or
// cells. The frame area and the value stack are bounded; exhausting either
// raises RecursionError.
#include <cstdio>

#include "vm/runtime.h"

namespace mote {

namespace {

Value recursion_error(Vm& vm) { return raise_value(vm, vm.recursion_error_); }

std::string_view fname(Function* f) {
  StrView v = str_view(function_qualname(f));
  return {v.data, v.len};
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
void format_names(char* buf, size_t cap, const Value* names, size_t n) {
  size_t len = 0;
  buf[0] = 0;
  for (size_t i = 0; i < n && len < cap; ++i) {
    const char* sep = i == 0 ? "" : (n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
    std::string_view s = qstr_view(names[i]);
    int w = snprintf(buf + len, cap - len, "%s'%.*s'", sep, int(s.size()), s.data());
    if (w < 0) break;
    len += size_t(w);
  }
}

bool too_many_positional(Vm& vm, Function* f, size_t given, size_t n_kwonly_given) {
  const Code* c = f->code;
  std::string_view n = fname(f);
  size_t nd = f->defaults.is_null() ? 0 : as_tuple(f->defaults)->len;
  char takes[64];
  if (nd) {
    snprintf(takes, sizeof takes, "from %d to %d positional arguments", int(c->n_pos - nd), int(c->n_pos));
  } else {
    snprintf(takes, sizeof takes, "%d positional argument%s", int(c->n_pos), c->n_pos == 1 ? "" : "s");
  }
  if (n_kwonly_given) {
    raise(vm, &TypeError_type,
          "%.*s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
          int(n.size()), n.data(), takes, int(given), given == 1 ? "" : "s", int(n_kwonly_given),
          n_kwonly_given == 1 ? "" : "s");
  } else {
    raise(vm, &TypeError_type, "%.*s() takes %s but %d %s given", int(n.size()), n.data(), takes, int(given),
          given == 1 ? "was" : "were");
  }
  return false;
}

bool missing_args(Vm& vm, Function* f, const Value* slots, size_t from, size_t to, const char* kind) {
  Value names[32];
  size_t n = 0;
  for (size_t j = from; j < to && n < 32; ++j) {
    if (slots[j].is_null()) names[n++] = f->code->slot_names[j];
  }
  char list[256];
  format_names(list, sizeof list, names, n);
  std::string_view fn = fname(f);
  raise(vm, &TypeError_type, "%.*s() missing %d required %s argument%s: %s", int(fn.size()), fn.data(), int(n),
        kind, n == 1 ? "" : "s", list);
  return false;
}

// Finds the parameter slot a keyword names; -1 if none.
int find_param(const Code* c, Value name) {
  size_t n = c->n_pos + c->n_kwonly;
  for (size_t j = 0; j < n; ++j) {
    if (c->slot_names[j] == name) return int(j);
  }
  if (!name.is_qstr()) {
    for (size_t j = 0; j < n; ++j) {
      if (str_equal(c->slot_names[j], name)) return int(j);
    }
  }
  return -1;
}

bool bind_keywords(Vm& vm, Function* f, Value* slots, size_t n_kw, const Value* kw, Dict* kwargs) {
  const Code* c = f->code;
  for (size_t i = 0; i < n_kw; ++i) {
    Value name = kw[2 * i], value = kw[2 * i + 1];
    int j = find_param(c, name);
    if (j >= c->n_posonly) {
      if (!slots[j].is_null()) {
        std::string_view fn = fname(f), a = qstr_view(c->slot_names[j]);
        raise(vm, &TypeError_type, "%.*s() got multiple values for argument '%.*s'", int(fn.size()), fn.data(),
              int(a.size()), a.data());
        return false;
      }
      slots[j] = value;
      continue;
    }
    if (kwargs) {
      if (!dict_set(vm, kwargs, name, value)) return false;
      continue;
    }
    std::string_view fn = fname(f);
    StrView a = str_view(name);
    if (j >= 0) {
      raise(vm, &TypeError_type,
            "%.*s() got some positional-only arguments passed as keyword arguments: '%.*s'", int(fn.size()),
            fn.data(), int(a.len), a.data);
    } else {
      raise(vm, &TypeError_type, "%.*s() got an unexpected keyword argument '%.*s'", int(fn.size()), fn.data(),
            int(a.len), a.data);
    }
    return false;
  }
  return true;
}

bool apply_defaults(Vm& vm, Function* f, Value* slots, size_t n_given) {
  const Code* c = f->code;
  if (n_given < c->n_pos) {
    size_t nd = f->defaults.is_null() ? 0 : as_tuple(f->defaults)->len;
    size_t first = c->n_pos - nd;
    bool missing = false;
    for (size_t j = n_given; j < c->n_pos; ++j) {
      if (!slots[j].is_null()) continue;
      if (j >= first) {
        slots[j] = as_tuple(f->defaults)->items[j - first];
      } else {
        missing = true;
      }
    }
    if (missing) return missing_args(vm, f, slots, 0, c->n_pos, "positional");
  }
  bool missing = false;
  for (size_t j = c->n_pos; j < size_t(c->n_pos + c->n_kwonly); ++j) {
    if (!slots[j].is_null()) continue;
    Value d = function_kwdefault(f, c->slot_names[j]);
    if (d.is_absent()) {
      missing = true;
    } else {
      slots[j] = d;
    }
  }
  if (missing) return missing_args(vm, f, slots, c->n_pos, c->n_pos + c->n_kwonly, "keyword-only");
  return true;
}

}  // namespace

// Wraps captured slots in cells and copies the closure's free variables.
bool init_cells(Vm& vm, Function* f, Value* slots) {
  const Code* c = f->code;
  for (size_t i = 0; i < c->n_cells; ++i) {
    auto* cell = static_cast<Cell*>(gc_alloc(vm, sizeof(Cell)));
    if (!cell) return false;
    cell->type = &cell_type;
    uint16_t s = c->cell_slots[i];
    cell->contents = slots[s];
    slots[s] = Value::object(cell);
  }
  if (c->n_free) {
    // The closure must be n_free cells (MAKE_FUNCTION guarantees it for
    // compiled code; exec() of a code object or a damaged .mpy may not).
    if (f->closure.is_null() || !is_tuple(f->closure) || as_tuple(f->closure)->len != c->n_free) {
      raise(vm, &TypeError_type, "code object with free variables needs a closure of %u cells", unsigned(c->n_free));
      return false;
    }
    Tuple* cl = as_tuple(f->closure);
    for (size_t i = 0; i < c->n_free; ++i) {
      Value cell = cl->items[i];
      if (!cell.is_object() || cell.as_object()->type != &cell_type) {
        raise(vm, &TypeError_type, "closure item is not a cell");
        return false;
      }
    }
    vcopy(slots + c->n_slots - c->n_free, cl->items, c->n_free);
  }
  return true;
}

bool bind_args(Vm& vm, Function* f, Value* slots, size_t n_pos, size_t n_kw, const Value* args) {
  const Code* c = f->code;
  size_t np = c->n_pos;
  Value* frame_end = slots + c->n_slots + c->stack_size;
  // Keyword pairs move above everything the frame will write (slots may be
  // in the value stack or in a generator object; args may overlap slots).
  const Value* kw = args + n_pos;
  Value* safe = vm.stack_top_;
  if (slots >= vm.stack_ && slots < vm.stack_end_ && frame_end > safe) safe = frame_end;
  if (args >= vm.stack_ && args < vm.stack_end_ && args + n_pos + 2 * n_kw > safe) {
    safe = const_cast<Value*>(args) + n_pos + 2 * n_kw;
  }
  if (safe + 2 * n_kw > vm.stack_end_) return !recursion_error(vm).is_null();
  if (n_kw) {
    vcopy(safe, kw, 2 * n_kw);
    kw = safe;
  }
  Value* saved_top = vm.stack_top_;
  if (vm.stack_top_ < safe + 2 * n_kw) vm.stack_top_ = safe + 2 * n_kw;
  bool ok = false;
  Value varargs = Value::null();
  size_t n_copy = n_pos < np ? n_pos : np;
  if (c->flags & kCodeVarargs) {
    varargs = n_pos > np ? tuple_new(vm, n_pos - np, args + np) : empty_tuple();
    if (varargs.is_null()) goto done;
  } else if (n_pos > np) {
    size_t kwonly_given = 0;
    for (size_t i = 0; i < n_kw; ++i) {
      int j = find_param(c, kw[2 * i]);
      if (j >= int(np)) ++kwonly_given;
    }
    too_many_positional(vm, f, n_pos, kwonly_given);
    goto done;
  }
  if (args != slots) vcopy(slots, args, n_copy);
  for (size_t i = n_copy; i < c->n_slots; ++i) slots[i] = Value::null();
  {
    size_t idx = np + c->n_kwonly;
    if (c->flags & kCodeVarargs) slots[idx++] = varargs;
    Dict* kwargs = nullptr;
    if (c->flags & kCodeVarKeywords) {
      kwargs = dict_new(vm);
      if (!kwargs) goto done;
      slots[idx] = dict_value(kwargs);
    }
    if (n_kw && !bind_keywords(vm, f, slots, n_kw, kw, kwargs)) goto done;
  }
  if (!apply_defaults(vm, f, slots, n_copy)) goto done;
  ok = init_cells(vm, f, slots);
done:
  vm.stack_top_ = saved_top;
  return ok;
}

Frame* push_call_frame(Vm& vm, Function* func, size_t n_pos, size_t n_kw, const Value* args) {
  // In place when the arguments are the top of the value stack.
  Value* slots = vm.stack_top_;
  if (args >= vm.stack_ && args < vm.stack_top_ && args + n_pos + 2 * n_kw == vm.stack_top_) {
    slots = const_cast<Value*>(args);
  }
  return push_frame_at(vm, func, slots, n_pos, n_kw, args);
}

Frame* push_frame_at(Vm& vm, Function* func, Value* slots, size_t n_pos, size_t n_kw, const Value* args) {
  const Code* c = func->code;
  Frame* f = vm.frame_ ? vm.frame_ + 1 : vm.frames_;
  if (f >= vm.frames_end_) {
    recursion_error(vm);
    return nullptr;
  }
  size_t need = size_t(c->n_slots) + c->stack_size;
  if (slots + need + 2 * n_kw + 8 > vm.stack_end_) {
    recursion_error(vm);
    return nullptr;
  }
  Value* prev_top = vm.stack_top_;
  // Binding may allocate (cells, *args): everything below the new frame's
  // end must be a GC root meanwhile.
  if (vm.stack_top_ < slots + need) vm.stack_top_ = slots + need;
  if (n_kw == 0 && n_pos == c->n_pos && args == slots && c->n_kwonly == 0 &&
      !(c->flags & (kCodeVarargs | kCodeVarKeywords))) {
    // The common call: positional arguments already in their slots.
    for (size_t i = n_pos; i < c->n_slots; ++i) slots[i] = Value::null();
    if ((c->n_cells | c->n_free) && !init_cells(vm, func, slots)) {
      vm.stack_top_ = prev_top;
      return nullptr;
    }
  } else if (!bind_args(vm, func, slots, n_pos, n_kw, args)) {
    vm.stack_top_ = prev_top;
    return nullptr;
  }
  f->code = c;
  f->ip = c->bytecode;
  f->slots = slots;
  f->sp = slots + c->n_slots;
  f->func = func;
  f->globals = func->globals;
  f->locals = (c->flags & kCodeModule) ? func->globals : nullptr;
  f->gen = nullptr;
  f->prev_top = prev_top;
  f->flags = 0;
  vm.stack_top_ = slots + need;
  vm.frame_ = f;
  return f;
}

void pop_frame(Vm& vm) {
  Frame* f = vm.frame_;
  vm.stack_top_ = f->prev_top;
  vm.frame_ = f == vm.frames_ ? nullptr : f - 1;
}

Value call_function(Vm& vm, Function* func, size_t n_pos, size_t n_kw, const Value* args) {
  if (func->code->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) {
    return generator_new(vm, func, n_pos, n_kw, args);
  }
  if (!vm.check_c_stack()) return Value::null();
  Frame* f = push_call_frame(vm, func, n_pos, n_kw, args);
  if (!f) return Value::null();
  f->flags |= kFrameEntry;
  return run(vm);
}

}  // namespace mote
