// machine_pin.cc — machine.Pin, machine.Signal and machine.PinBase.
//
// A Pin object is just its GPIO number; its mode, pull and drive are read back from the port
// (hal::pin_config), so Pin(5) made twice describes one pin. Arguments follow MicroPython:
// mode/pull default to "unchanged", value= is written to the output latch *before* the mode
// switch so an output starts at the right level, pull=None means no pull.
#include "modules/machine/machine.h"
#include "vm/runtime.h"

namespace mote::machine {
namespace {

constexpr sword kModeUnchanged = -1;

const char* const kModeNames[] = {"IN", "OUT", "OPEN_DRAIN", "ALT", "ALT_OPEN_DRAIN", "ANALOG"};
const char* const kPullNames[] = {"None", "PULL_UP", "PULL_DOWN"};

uint32_t self_pin(Value self) { return self.as<PinObj>()->id; }

// Applies mode/pull/value/drive/alt (absent() or -1: unchanged).
Value pin_apply(Vm& vm, uint32_t id, Value mode, Value pull, Value value, Value drive, Value alt) {
  hal::PinConfig config = hal::pin_config(id);
  sword n;
  if (given(mode)) {
    if (!int_in_range(vm, mode, "pin mode", kModeUnchanged, sword(hal::PinMode::kAnalog), &n)) return Value::null();
    if (n != kModeUnchanged) config.mode = static_cast<hal::PinMode>(n);
  }
  if (pull.is_none()) {
    config.pull = hal::PinPull::kNone;
  } else if (!pull.is_absent()) {
    if (!int_in_range(vm, pull, "pull", -1, sword(hal::PinPull::kDown), &n)) return Value::null();
    if (n >= 0) config.pull = static_cast<hal::PinPull>(n);
  }
  if (given(drive)) {
    const sword levels = hal::board_info().drive_levels;
    if (!int_in_range(vm, drive, "drive", 0, levels > 0 ? levels - 1 : 0, &n)) return Value::null();
    config.drive = static_cast<uint8_t>(n);
  }
  if (given(alt)) {
    if (!int_in_range(vm, alt, "alt", -1, 31, &n)) return Value::null();
    config.alt = static_cast<int16_t>(n);
  }
  if (given(value)) {
    int level = is_true(vm, value);
    if (level < 0) return Value::null();
    hal::pin_write(id, level != 0);
  }
  hal::Status s = hal::pin_configure(id, config);
  if (s != hal::Status::kOk) return raise_status(vm, s, "pin configuration");
  sched_run_hard(vm);
  return Value::none();
}

// Pin(id, mode=-1, pull=-1, *, value=None, drive=None, alt=-1) and Pin.init(...): spec minus id.
const ArgSpec kInitSpec[] = {
    {Q::mode, 0, Value::absent()},         {Q::pull, 0, Value::absent()},
    {Q::value, kArgKwOnly, Value::absent()}, {Q::drive, kArgKwOnly, Value::absent()},
    {Q::alt, kArgKwOnly, Value::absent()},
};

Value pin_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_pos < 1) return raise(vm, &TypeError_type, "Pin() missing required argument 'id'");
  uint32_t id;
  if (!pin_arg(vm, args[0], &id)) return Value::null();
  Value a[5];
  if (!parse_args(vm, "Pin", n_pos - 1, n_kw, args + 1, kInitSpec, 5, a)) return Value::null();
  if (n_pos > 1 || n_kw > 0) {
    if (pin_apply(vm, id, a[0], a[1], a[2], a[3], a[4]).is_null()) return Value::null();
  }
  return pin_new(vm, id);
}

Value pin_init(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  Value a[5];
  if (!parse_args(vm, "init", n_pos - 1, n_kw, args + 1, kInitSpec, 5, a)) return Value::null();
  return pin_apply(vm, self_pin(args[0]), a[0], a[1], a[2], a[3], a[4]);
}

Value pin_value(Vm& vm, size_t n_pos, size_t, const Value* args) {
  const uint32_t id = self_pin(args[0]);
  if (n_pos == 1) return Value::small_int(hal::pin_read(id));
  int level = is_true(vm, args[1]);
  if (level < 0) return Value::null();
  hal::pin_write(id, level != 0);
  sched_run_hard(vm);
  return Value::none();
}

Value pin_call(Vm& vm, Value self, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw != 0 || n_pos > 1) return raise(vm, &TypeError_type, "Pin() takes at most 1 argument");
  Value a[2] = {self, n_pos ? args[0] : Value::none()};
  return pin_value(vm, 1 + n_pos, 0, a);
}

Value pin_set(Vm& vm, Value self, bool level) {
  hal::pin_write(self_pin(self), level);
  sched_run_hard(vm);
  return Value::none();
}
Value pin_on(Vm& vm, size_t, size_t, const Value* args) { return pin_set(vm, args[0], true); }
Value pin_off(Vm& vm, size_t, size_t, const Value* args) { return pin_set(vm, args[0], false); }
Value pin_toggle(Vm& vm, size_t, size_t, const Value* args) {
  return pin_set(vm, args[0], !hal::pin_read(self_pin(args[0])));
}

// mode([m]), pull([p]), drive([d]): read the port's configuration, or change one field.
Value pin_mode(Vm& vm, size_t n_pos, size_t, const Value* args) {
  if (n_pos == 1) return Value::small_int(sword(hal::pin_config(self_pin(args[0])).mode));
  return pin_apply(vm, self_pin(args[0]), args[1], Value::absent(), Value::absent(), Value::absent(), Value::absent());
}

Value pin_pull(Vm& vm, size_t n_pos, size_t, const Value* args) {
  if (n_pos == 1) {
    hal::PinPull p = hal::pin_config(self_pin(args[0])).pull;
    return p == hal::PinPull::kNone ? Value::none() : Value::small_int(sword(p));
  }
  return pin_apply(vm, self_pin(args[0]), Value::absent(), args[1], Value::absent(), Value::absent(), Value::absent());
}

Value pin_drive(Vm& vm, size_t n_pos, size_t, const Value* args) {
  if (n_pos == 1) return Value::small_int(hal::pin_config(self_pin(args[0])).drive);
  return pin_apply(vm, self_pin(args[0]), Value::absent(), Value::absent(), Value::absent(), args[1], Value::absent());
}

// irq(handler=None, trigger=IRQ_FALLING|IRQ_RISING, *, priority=1, wake=None, hard=False)
Value pin_irq(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {
      {Q::handler, 0, Value::none()},
      {Q::trigger, 0, Value::small_int(hal::kPinFalling | hal::kPinRising)},
      {Q::priority, kArgKwOnly, Value::small_int(1)},
      {Q::wake, kArgKwOnly, Value::none()},
      {Q::hard, kArgKwOnly, Value::false_()},
  };
  const uint32_t id = self_pin(args[0]);
  IrqSlot* slot = irq_slot(vm, IrqKind::kPin, static_cast<uint16_t>(id), true);
  if (slot == nullptr) return Value::null();
  if (n_pos == 1 && n_kw == 0) return irq_object(vm, slot);
  Value a[5];
  if (!parse_args(vm, "irq", n_pos - 1, n_kw, args + 1, spec, 5, a)) return Value::null();
  sword trigger;
  if (!int_in_range(vm, a[1], "trigger", 0, 15, &trigger)) return Value::null();
  int hard = is_true(vm, a[4]);
  if (hard < 0) return Value::null();
  hal::pin_irq_disable(id);
  slot->handler = a[0];
  slot->parent = args[0];
  slot->hard = hard != 0;
  slot->trigger = a[0].is_none() ? 0 : static_cast<uint32_t>(trigger);
  if (slot->trigger != 0) {
    if (!is_callable(a[0])) return raise(vm, &TypeError_type, "handler must be callable");
    hal::Status s = hal::pin_irq_enable(id, static_cast<uint8_t>(trigger), irq_isr, slot);
    if (s != hal::Status::kOk) return raise_status(vm, s, "trigger");
  }
  return irq_object(vm, slot);
}

bool pin_print(Vm& vm, Printer& out, Value self, PrintKind) {
  const uint32_t id = self_pin(self);
  hal::PinConfig c = hal::pin_config(id);
  if (!printf_to(out, "Pin(%u, mode=%s", unsigned(id), kModeNames[int(c.mode)])) return false;
  if (c.pull != hal::PinPull::kNone && !printf_to(out, ", pull=%s", kPullNames[int(c.pull)])) return false;
  if (c.alt >= 0 && !printf_to(out, ", alt=%d", int(c.alt))) return false;
  return print_str(out, ")");
}

constexpr NativeFunction pin_init_obj = native_fn(Q::init, pin_init, 1, 3, true);
constexpr NativeFunction pin_value_obj = native_fn(Q::value, pin_value, 1, 2);
constexpr NativeFunction pin_on_obj = native_fn(Q::on, pin_on, 1, 1);
constexpr NativeFunction pin_off_obj = native_fn(Q::off, pin_off, 1, 1);
constexpr NativeFunction pin_high_obj = native_fn(Q::high, pin_on, 1, 1);
constexpr NativeFunction pin_low_obj = native_fn(Q::low, pin_off, 1, 1);
constexpr NativeFunction pin_toggle_obj = native_fn(Q::toggle, pin_toggle, 1, 1);
constexpr NativeFunction pin_mode_obj = native_fn(Q::mode, pin_mode, 1, 2);
constexpr NativeFunction pin_pull_obj = native_fn(Q::pull, pin_pull, 1, 2);
constexpr NativeFunction pin_drive_obj = native_fn(Q::drive, pin_drive, 1, 2);
constexpr NativeFunction pin_irq_obj = native_fn(Q::irq, pin_irq, 1, 3, true);

constexpr auto pin_locals_table = sorted_table<27>({{
    {q(Q::init), Value::object(&pin_init_obj)},
    {q(Q::value), Value::object(&pin_value_obj)},
    {q(Q::on), Value::object(&pin_on_obj)},
    {q(Q::off), Value::object(&pin_off_obj)},
    {q(Q::high), Value::object(&pin_high_obj)},
    {q(Q::low), Value::object(&pin_low_obj)},
    {q(Q::toggle), Value::object(&pin_toggle_obj)},
    {q(Q::mode), Value::object(&pin_mode_obj)},
    {q(Q::pull), Value::object(&pin_pull_obj)},
    {q(Q::drive), Value::object(&pin_drive_obj)},
    {q(Q::irq), Value::object(&pin_irq_obj)},
    {q(Q::IN), Value::small_int(sword(hal::PinMode::kInput))},
    {q(Q::OUT), Value::small_int(sword(hal::PinMode::kOutput))},
    {q(Q::OPEN_DRAIN), Value::small_int(sword(hal::PinMode::kOpenDrain))},
    {q(Q::ALT), Value::small_int(sword(hal::PinMode::kAlt))},
    {q(Q::ALT_OPEN_DRAIN), Value::small_int(sword(hal::PinMode::kAltOpenDrain))},
    {q(Q::ANALOG), Value::small_int(sword(hal::PinMode::kAnalog))},
    {q(Q::PULL_UP), Value::small_int(sword(hal::PinPull::kUp))},
    {q(Q::PULL_DOWN), Value::small_int(sword(hal::PinPull::kDown))},
    {q(Q::DRIVE_0), Value::small_int(0)},
    {q(Q::DRIVE_1), Value::small_int(1)},
    {q(Q::DRIVE_2), Value::small_int(2)},
    {q(Q::DRIVE_3), Value::small_int(3)},
    {q(Q::IRQ_FALLING), Value::small_int(hal::kPinFalling)},
    {q(Q::IRQ_RISING), Value::small_int(hal::kPinRising)},
    {q(Q::IRQ_LOW_LEVEL), Value::small_int(hal::kPinLowLevel)},
    {q(Q::IRQ_HIGH_LEVEL), Value::small_int(hal::kPinHighLevel)},
}});

}  // namespace

constexpr ConstMap pin_locals = {pin_locals_table.data(), pin_locals_table.size()};

constexpr Type pin_type = {
    .type = &type_type, .name = Q::Pin, .flags = 0, .instance_size = sizeof(PinObj),
    .base = &object_type, .make_new = pin_make_new, .print = pin_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = pin_call, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &pin_locals};

Value pin_new(Vm& vm, uint32_t id) {
  PinObj* p = static_cast<PinObj*>(gc_alloc(vm, sizeof(PinObj)));
  if (p == nullptr) return Value::null();
  p->type = &pin_type;
  p->id = id;
  return Value::object(p);
}

// --- Signal ------------------------------------------------------------------------------------

namespace {

struct SignalObj {
  const Type* type;  // &signal_type
  Value pin;
  bool invert;
};

// Signal(pin_obj, *, invert=False) or Signal(pin_arguments..., *, invert=False).
Value signal_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  constexpr size_t kMaxArgs = 12;
  if (n_pos + 2 * n_kw > kMaxArgs) return raise(vm, &TypeError_type, "too many arguments");
  Value pin_args[kMaxArgs];
  size_t kept_kw = 0;
  bool invert = false;
  for (size_t i = 0; i < n_pos; ++i) pin_args[i] = args[i];
  for (size_t k = 0; k < n_kw; ++k) {
    Value name = args[n_pos + 2 * k], value = args[n_pos + 2 * k + 1];
    if (name == q(Q::invert)) {
      int t = is_true(vm, value);
      if (t < 0) return Value::null();
      invert = t != 0;
      continue;
    }
    pin_args[n_pos + 2 * kept_kw] = name;
    pin_args[n_pos + 2 * kept_kw + 1] = value;
    ++kept_kw;
  }
  const bool given_pin = isinstance(args[0], &pin_type) || isinstance(args[0], &pinbase_type);
  Value pin = n_pos == 1 && kept_kw == 0 && given_pin
                  ? args[0]
                  : pin_make_new(vm, &pin_type, n_pos, kept_kw, pin_args);
  if (pin.is_null()) return pin;
  SignalObj* s = static_cast<SignalObj*>(gc_alloc(vm, sizeof(SignalObj)));
  if (s == nullptr) return Value::null();
  *s = SignalObj{&signal_type, pin, invert};
  return Value::object(s);
}

// A Signal over a PinBase subclass (a pin written in Python) goes through its value() method.
bool is_python_pin(const SignalObj* s) { return !isinstance(s->pin, &pin_type); }

Value python_pin_read(Vm& vm, const SignalObj* s) {
  Value v = call_method(vm, s->pin, q(Q::value), 0, nullptr);
  if (v.is_null()) return v;
  int level = is_true(vm, v);
  if (level < 0) return Value::null();
  return Value::small_int((level != 0) != s->invert);
}

Value python_pin_write(Vm& vm, const SignalObj* s, bool active) {
  Value level = Value::small_int(active != s->invert);
  Value r = call_method(vm, s->pin, q(Q::value), 1, &level);
  return r.is_null() ? r : Value::none();
}

Value signal_value(Vm& vm, size_t n_pos, size_t, const Value* args) {
  SignalObj* s = args[0].as<SignalObj>();
  if (is_python_pin(s)) {
    if (n_pos == 1) return python_pin_read(vm, s);
    int active = is_true(vm, args[1]);
    return active < 0 ? Value::null() : python_pin_write(vm, s, active != 0);
  }
  const uint32_t id = self_pin(s->pin);
  if (n_pos == 1) return Value::small_int(hal::pin_read(id) != s->invert);
  int level = is_true(vm, args[1]);
  if (level < 0) return Value::null();
  hal::pin_write(id, (level != 0) != s->invert);
  sched_run_hard(vm);
  return Value::none();
}

Value signal_set(Vm& vm, Value self, bool active) {
  SignalObj* s = self.as<SignalObj>();
  if (is_python_pin(s)) return python_pin_write(vm, s, active);
  hal::pin_write(self_pin(s->pin), active != s->invert);
  sched_run_hard(vm);
  return Value::none();
}
Value signal_on(Vm& vm, size_t, size_t, const Value* args) { return signal_set(vm, args[0], true); }
Value signal_off(Vm& vm, size_t, size_t, const Value* args) { return signal_set(vm, args[0], false); }

Value signal_call(Vm& vm, Value self, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw != 0 || n_pos > 1) return raise(vm, &TypeError_type, "Signal() takes at most 1 argument");
  Value a[2] = {self, n_pos ? args[0] : Value::none()};
  return signal_value(vm, 1 + n_pos, 0, a);
}

bool signal_print(Vm& vm, Printer& out, Value self, PrintKind kind) {
  SignalObj* s = self.as<SignalObj>();
  if (!print_str(out, "Signal(") || !print_value(vm, out, s->pin, kind)) return false;
  return print_str(out, s->invert ? ", invert=True)" : ")");
}

constexpr NativeFunction signal_value_obj = native_fn(Q::value, signal_value, 1, 2);
constexpr NativeFunction signal_on_obj = native_fn(Q::on, signal_on, 1, 1);
constexpr NativeFunction signal_off_obj = native_fn(Q::off, signal_off, 1, 1);

constexpr auto signal_locals_table = sorted_table<3>({{
    {q(Q::value), Value::object(&signal_value_obj)},
    {q(Q::on), Value::object(&signal_on_obj)},
    {q(Q::off), Value::object(&signal_off_obj)},
}});
constexpr ConstMap signal_locals = {signal_locals_table.data(), signal_locals_table.size()};

}  // namespace

namespace {

// PinBase: the base for pins written in Python (a subclass defines value()); Signal accepts them.
Value pinbase_make_new(Vm& vm, const Type* t, size_t, size_t, const Value*) { return instance_alloc(vm, t); }

}  // namespace

constexpr Type pinbase_type = {
    .type = &type_type, .name = Q::PinBase, .flags = kTypeBaseType, .instance_size = sizeof(Obj),
    .base = &object_type, .make_new = pinbase_make_new, .print = nullptr, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = nullptr, .dict_offset = sizeof(Obj)};

constexpr Type signal_type = {
    .type = &type_type, .name = Q::Signal, .flags = 0, .instance_size = sizeof(SignalObj),
    .base = &object_type, .make_new = signal_make_new, .print = signal_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = signal_call, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &signal_locals};

}  // namespace mote::machine
