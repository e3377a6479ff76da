// select_module.cc — the `select` module (also `uselect`): poll() objects and select() over
// streams, as MicroPython's.
//
// A stream's readiness comes from, in order: the console streams (sys.stdin asks the port,
// hal_stdin_any; stdout/stderr are always writable); files, StringIO and BytesIO (always
// ready); an object with MicroPython's stream ioctl (obj.ioctl(MP_STREAM_POLL=3, mask) returns
// the ready flags — how a Python io.IOBase stream is polled); an object with any() (machine.UART:
// readable when any() > 0, always writable). Anything else raises TypeError.
//
// Waiting polls every millisecond through the scheduler (sched_sleep_us), so scheduled
// callbacks and Ctrl-C are served while a program waits in poll().
#include "modules/common/module_util.h"
#include "modules/io/io_internal.h"
#include "modules/stdlib_modules.h"
#include "vm/hal.h"
#include "vm/scheduler.h"

namespace mote {

namespace {

constexpr sword kPollIn = 1, kPollPri = 2, kPollOut = 4, kPollErr = 8, kPollHup = 16, kPollNval = 32;
constexpr sword kStreamPoll = 3;  // MicroPython's MP_STREAM_POLL ioctl request

// The ready flags of `obj` among `mask` (POLLERR/POLLHUP always count); -1 with an exception.
sword ready_flags(Vm& vm, Value obj, sword mask) {
  if (obj == Value::object(&sys_stdin_obj)) return hal_stdin_any() > 0 ? (mask & kPollIn) : 0;
  if (obj == Value::object(&sys_stdout_obj) || obj == Value::object(&sys_stderr_obj)) return mask & kPollOut;
  if (io::is_native_stream(obj)) return mask & (kPollIn | kPollOut);
  Value args[2] = {Value::small_int(kStreamPoll), Value::small_int(mask)};
  Value r = call_method_opt(vm, obj, q(Q::ioctl), 2, args);
  if (r.is_null()) return -1;
  if (!r.is_absent()) {
    sword flags;
    if (!stdlib::int_arg(vm, r, &flags)) return -1;
    return flags & (mask | kPollErr | kPollHup | kPollNval);
  }
  r = call_method_opt(vm, obj, q(Q::any), 0, nullptr);
  if (r.is_null()) return -1;
  if (!r.is_absent()) {
    int t = is_true(vm, r);
    if (t < 0) return -1;
    return (t ? (mask & kPollIn) : 0) | (mask & kPollOut);
  }
  raise(vm, &TypeError_type, "object with stream.ioctl required");
  return -1;
}

// Milliseconds of a poll timeout: -1 (forever) for None or a negative value.
bool timeout_ms_arg(Vm& vm, Value v, sword* out) {
  if (!stdlib::given(v)) {
    *out = -1;
    return true;
  }
  double d;
  if (!to_double(vm, v, &d)) return false;
  *out = d < 0 ? -1 : sword(d);
  return true;
}

// --- poll objects -------------------------------------------------------------------------------

struct PollObj {
  const Type* type;
  List* entries;  // of 2-item lists [obj, mask]
};

PollObj* as_poll(Value v) { return v.as<PollObj>(); }

Value find_entry(Vm& vm, PollObj* p, Value obj, size_t* index) {
  for (size_t i = 0; i < p->entries->len; ++i) {
    Value e = p->entries->items[i];
    if (as_list(e)->items[0] == obj) {
      *index = i;
      return e;
    }
  }
  return Value::absent();
}

Value p_register(Vm& vm, size_t n, size_t, const Value* args) {
  PollObj* p = as_poll(args[0]);
  sword mask = kPollIn | kPollOut;
  if (n > 2 && !stdlib::int_arg(vm, args[2], &mask)) return Value::null();
  size_t i;
  Value e = find_entry(vm, p, args[1], &i);
  if (!e.is_absent()) {
    as_list(e)->items[1] = Value::small_int(mask);
    return Value::none();
  }
  Value pair[2] = {args[1], Value::small_int(mask)};
  e = list_new(vm, 2, pair);
  return e.is_null() || !list_append(vm, p->entries, e) ? Value::null() : Value::none();
}

Value p_unregister(Vm& vm, size_t, size_t, const Value* args) {
  PollObj* p = as_poll(args[0]);
  size_t i;
  if (find_entry(vm, p, args[1], &i).is_absent()) return raise_key_error(vm, args[1]);
  List* l = p->entries;
  for (size_t k = i + 1; k < l->len; ++k) l->items[k - 1] = l->items[k];
  --l->len;
  return Value::none();
}

Value p_modify(Vm& vm, size_t, size_t, const Value* args) {
  PollObj* p = as_poll(args[0]);
  sword mask;
  if (!stdlib::int_arg(vm, args[2], &mask)) return Value::null();
  size_t i;
  Value e = find_entry(vm, p, args[1], &i);
  if (e.is_absent()) return stdlib::raise_errno(vm, 2);
  as_list(e)->items[1] = Value::small_int(mask);
  return Value::none();
}

// The list of (obj, flags) tuples of the ready streams, waiting up to timeout_ms.
Value poll_ready(Vm& vm, PollObj* p, sword timeout_ms) {
  uint64_t deadline = hal_ticks_us() + uint64_t(timeout_ms < 0 ? 0 : timeout_ms) * 1000;
  for (;;) {
    Value out = list_new(vm, 0, nullptr);
    if (out.is_null()) return out;
    for (size_t i = 0; i < p->entries->len; ++i) {
      List* e = as_list(p->entries->items[i]);
      sword flags = ready_flags(vm, e->items[0], e->items[1].as_small_int());
      if (flags < 0) return Value::null();
      if (flags == 0) continue;
      Value pair[2] = {e->items[0], Value::small_int(flags)};
      Value t = tuple_new(vm, 2, pair);
      if (t.is_null() || !list_append(vm, as_list(out), t)) return Value::null();
    }
    if (as_list(out)->len > 0 || (timeout_ms >= 0 && hal_ticks_us() >= deadline)) return out;
    if (!sched_sleep_us(vm, 1000)) return Value::null();
  }
}

Value p_poll(Vm& vm, size_t n, size_t, const Value* args) {
  sword timeout;
  if (!timeout_ms_arg(vm, n > 1 ? args[1] : Value::absent(), &timeout)) return Value::null();
  return poll_ready(vm, as_poll(args[0]), timeout);
}

Value p_ipoll(Vm& vm, size_t n, size_t, const Value* args) {
  Value l = p_poll(vm, n > 2 ? 2 : n, 0, args);
  return l.is_null() ? l : get_iter(vm, l);
}

constexpr NativeFunction register_obj = native_fn(Q::register_, p_register, 2, 3);
constexpr NativeFunction unregister_obj = native_fn(Q::unregister, p_unregister, 2, 2);
constexpr NativeFunction modify_obj = native_fn(Q::modify, p_modify, 3, 3);
constexpr NativeFunction poll_method_obj = native_fn(Q::poll, p_poll, 1, 2);
constexpr NativeFunction ipoll_obj = native_fn(Q::ipoll, p_ipoll, 1, 3);

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
constexpr auto poll_locals_table = sorted_table(std::to_array<MapEntry>({
    ENTRY(register_, register_obj),
    ENTRY(unregister, unregister_obj),
    ENTRY(modify, modify_obj),
    ENTRY(poll, poll_method_obj),
    ENTRY(ipoll, ipoll_obj),
}));
constexpr ConstMap poll_locals = {poll_locals_table.data(), poll_locals_table.size()};

constexpr Type poll_type = {
    .type = &type_type, .name = Q::poll, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr, .load_attr = nullptr,
    .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = nullptr, .iternext = nullptr,
    .buffer = nullptr, .locals = &poll_locals};

Value s_poll(Vm& vm, size_t, size_t, const Value*) {
  auto* p = static_cast<PollObj*>(gc_alloc(vm, sizeof(PollObj)));
  if (p == nullptr) return Value::null();
  Value l = list_new(vm, 0, nullptr);
  if (l.is_null()) return l;
  p->type = &poll_type;
  p->entries = as_list(l);
  return Value::object(p);
}

// select(rlist, wlist, xlist[, timeout]): three lists of the ready objects (timeout in seconds).
Value s_select(Vm& vm, size_t n, size_t, const Value* args) {
  Value poll = s_poll(vm, 0, 0, nullptr);
  if (poll.is_null()) return poll;
  const sword masks[3] = {kPollIn, kPollOut, kPollErr};
  for (int k = 0; k < 3; ++k) {
    if (!is_list(args[k]) && !is_tuple(args[k])) {  // CPython takes sequences only
      return raise(vm, &TypeError_type, "arguments 1-3 must be sequences");
    }
    bool ok = for_each(vm, args[k], [&](Value obj) {
      Value rargs[3] = {poll, obj, Value::small_int(masks[k])};
      size_t i;
      Value e = find_entry(vm, as_poll(poll), obj, &i);
      if (!e.is_absent()) {
        as_list(e)->items[1] = Value::small_int(as_list(e)->items[1].as_small_int() | masks[k]);
        return true;
      }
      return !p_register(vm, 3, 0, rargs).is_null();
    });
    if (!ok) return Value::null();
  }
  sword timeout_ms = -1;
  if (n > 3 && stdlib::given(args[3])) {
    double secs;
    if (!is_int(args[3]) && !isinstance(args[3], &float_type)) {
      return raise(vm, &TypeError_type, "timeout must be a float or None");
    }
    if (!to_double(vm, args[3], &secs)) return Value::null();
    if (secs < 0) return raise(vm, &ValueError_type, "timeout must be non-negative");
    timeout_ms = sword(secs * 1000);
  }
  Value ready = poll_ready(vm, as_poll(poll), timeout_ms);
  if (ready.is_null()) return ready;
  Value lists[3];
  for (Value& l : lists) {
    l = list_new(vm, 0, nullptr);
    if (l.is_null()) return l;
  }
  List* r = as_list(ready);
  for (size_t i = 0; i < r->len; ++i) {
    Tuple* t = as_tuple(r->items[i]);
    sword flags = t->items[1].as_small_int();
    for (int k = 0; k < 3; ++k) {
      bool hit = k == 2 ? (flags & (kPollErr | kPollHup | kPollNval)) != 0 : (flags & masks[k]) != 0;
      if (hit && !list_append(vm, as_list(lists[k]), t->items[0])) return Value::null();
    }
  }
  return tuple_new(vm, 3, lists);
}

constexpr NativeFunction poll_obj = native_fn(Q::poll, s_poll, 0, 0);
constexpr NativeFunction select_obj = native_fn(Q::select, s_select, 3, 4);

constexpr auto select_table = sorted_table(std::to_array<MapEntry>({
    MapEntry{q(Q::dunder_name), q(Q::select)},
    ENTRY(poll, poll_obj),
    ENTRY(select, select_obj),
    MapEntry{q(Q::POLLIN_), Value::small_int(kPollIn)},
    MapEntry{q(Q::POLLPRI_), Value::small_int(kPollPri)},
    MapEntry{q(Q::POLLOUT_), Value::small_int(kPollOut)},
    MapEntry{q(Q::POLLERR_), Value::small_int(kPollErr)},
    MapEntry{q(Q::POLLHUP_), Value::small_int(kPollHup)},
    MapEntry{q(Q::POLLNVAL_), Value::small_int(kPollNval)},
}));
#undef ENTRY

}  // namespace

constexpr ConstMap select_module_globals = {select_table.data(), select_table.size()};

}  // namespace mote
