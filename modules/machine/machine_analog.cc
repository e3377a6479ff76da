// machine_analog.cc — machine.ADC and machine.PWM.
//
// ADC(id) accepts a channel number, a pin number or a Pin object, as the rp2 port does: a
// small int is a channel, anything else a pin whose channel the port looks up. PWM keeps only
// its pin and polarity; frequency and duty are read back from the port, so duty_ns() follows a
// later freq() change the way the hardware does (the ratio stays, the time changes).
#include "modules/machine/machine.h"

namespace mote::machine {
namespace {

// --- ADC -----------------------------------------------------------------------------------------

struct AdcObj {
  const Type* type;  // &adc_type
  uint8_t channel;
};

bool adc_channel(Vm& vm, Value id, uint8_t* channel) {
  const hal::BoardInfo& info = hal::board_info();
  if (info.adc_channel_count == 0) {
    raise(vm, &ValueError_type, "this board has no ADC");
    return false;
  }
  sword n;
  if (!isinstance(id, &pin_type) && is_int(id) && to_sword(vm, id, &n) && n >= 0 && n < info.adc_channel_count) {
    *channel = static_cast<uint8_t>(n);
    return true;
  }
  vm.clear_exc();
  uint32_t pin;
  if (!pin_arg(vm, id, &pin)) return false;
  int ch = hal::adc_channel_of_pin(pin);
  if (ch < 0) {
    raise(vm, &ValueError_type, "Pin(%u) has no ADC (valid channels: 0..%d)", unsigned(pin),
          int(info.adc_channel_count) - 1);
    return false;
  }
  *channel = static_cast<uint8_t>(ch);
  return true;
}

Value adc_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_pos != 1) return raise(vm, &TypeError_type, "ADC() takes 1 positional argument");
  uint8_t channel;
  if (!adc_channel(vm, args[0], &channel)) return Value::null();
  hal::Status s = hal::adc_init(channel);
  if (s != hal::Status::kOk) return raise_status(vm, s, "ADC channel");
  AdcObj* a = static_cast<AdcObj*>(gc_alloc(vm, sizeof(AdcObj)));
  if (a == nullptr) return Value::null();
  *a = AdcObj{&adc_type, channel};
  return Value::object(a);
}

Value adc_read_u16(Vm&, size_t, size_t, const Value* args) {
  return Value::small_int(hal::adc_read_u16(args[0].as<AdcObj>()->channel));
}

Value adc_read_uv(Vm& vm, size_t, size_t, const Value* args) {
  return uint_value(vm, hal::adc_read_uv(args[0].as<AdcObj>()->channel));
}

bool adc_print(Vm&, Printer& out, Value self, PrintKind) {
  return printf_to(out, "ADC(%u)", unsigned(self.as<AdcObj>()->channel));
}

constexpr NativeFunction adc_read_u16_obj = native_fn(Q::read_u16, adc_read_u16, 1, 1);
constexpr NativeFunction adc_read_uv_obj = native_fn(Q::read_uv, adc_read_uv, 1, 1);
constexpr auto adc_locals_table = sorted_table<2>({{
    {q(Q::read_u16), Value::object(&adc_read_u16_obj)},
    {q(Q::read_uv), Value::object(&adc_read_uv_obj)},
}});
constexpr ConstMap adc_locals = {adc_locals_table.data(), adc_locals_table.size()};

// --- PWM -----------------------------------------------------------------------------------------

struct PwmObj {
  const Type* type;  // &pwm_type
  uint32_t pin;
  bool invert;
};

PwmObj* self_pwm(Value v) { return v.as<PwmObj>(); }

Value set_freq(Vm& vm, PwmObj* p, Value v) {
  const hal::BoardInfo& info = hal::board_info();
  sword hz;
  if (!int_in_range(vm, v, "freq", info.pwm_freq_min, info.pwm_freq_max, &hz)) return Value::null();
  hal::Status s = hal::pwm_set_freq(p->pin, static_cast<uint32_t>(hz));
  return s == hal::Status::kOk ? Value::none() : raise_status(vm, s, "freq");
}

Value set_duty_u16(Vm& vm, PwmObj* p, Value v) {
  sword duty;
  if (!int_in_range(vm, v, "duty_u16", 0, 65535, &duty)) return Value::null();
  hal::pwm_set_duty_u16(p->pin, static_cast<uint16_t>(duty), p->invert);
  return Value::none();
}

// duty_ns -> duty_u16 at the current frequency: ns * freq * 65536 / 1e9, capped at 65535.
Value set_duty_ns(Vm& vm, PwmObj* p, Value v) {
  const uint32_t freq = hal::pwm_freq(p->pin);
  const sword period_ns = freq ? sword(1000000000 / freq) : 0;
  sword ns;
  if (!int_in_range(vm, v, "duty_ns", 0, period_ns, &ns)) return Value::null();
  uint64_t duty = (uint64_t(ns) * freq * 65536 + 500000000) / 1000000000;
  hal::pwm_set_duty_u16(p->pin, static_cast<uint16_t>(duty > 65535 ? 65535 : duty), p->invert);
  return Value::none();
}

// init(*, freq, duty_u16, duty_ns, invert): frequency first, since duty_ns depends on it.
Value pwm_apply(Vm& vm, PwmObj* p, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::freq, kArgKwOnly, Value::absent()},
                                 {Q::duty_u16, kArgKwOnly, Value::absent()},
                                 {Q::duty_ns, kArgKwOnly, Value::absent()},
                                 {Q::invert, kArgKwOnly, Value::absent()}};
  Value a[4];
  if (!parse_args(vm, "PWM", n_pos, n_kw, args, spec, 4, a)) return Value::null();
  if (given(a[3])) {
    int t = is_true(vm, a[3]);
    if (t < 0) return Value::null();
    p->invert = t != 0;
    hal::pwm_set_duty_u16(p->pin, hal::pwm_duty_u16(p->pin), p->invert);
  }
  if (given(a[0]) && set_freq(vm, p, a[0]).is_null()) return Value::null();
  if (given(a[1]) && set_duty_u16(vm, p, a[1]).is_null()) return Value::null();
  if (given(a[2]) && set_duty_ns(vm, p, a[2]).is_null()) return Value::null();
  return Value::none();
}

Value pwm_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_pos != 1) return raise(vm, &TypeError_type, "PWM() takes 1 positional argument");
  uint32_t pin;
  if (!pin_arg(vm, args[0], &pin)) return Value::null();
  PwmObj* p = static_cast<PwmObj*>(gc_alloc(vm, sizeof(PwmObj)));
  if (p == nullptr) return Value::null();
  *p = PwmObj{&pwm_type, pin, false};
  hal::Status s = hal::pwm_init(pin);
  if (s != hal::Status::kOk) return raise(vm, &ValueError_type, "Pin(%u) cannot do PWM", unsigned(pin));
  if (pwm_apply(vm, p, 0, n_kw, args + 1).is_null()) return Value::null();
  return Value::object(p);
}

Value pwm_init(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  PwmObj* p = self_pwm(args[0]);
  hal::Status s = hal::pwm_init(p->pin);
  if (s != hal::Status::kOk) return raise_status(vm, s, "PWM pin");
  return pwm_apply(vm, p, n_pos - 1, n_kw, args + 1);
}

Value pwm_deinit(Vm&, size_t, size_t, const Value* args) {
  hal::pwm_deinit(self_pwm(args[0])->pin);
  return Value::none();
}

Value pwm_freq(Vm& vm, size_t n_pos, size_t, const Value* args) {
  PwmObj* p = self_pwm(args[0]);
  if (n_pos == 1) return uint_value(vm, hal::pwm_freq(p->pin));
  return set_freq(vm, p, args[1]);
}

Value pwm_duty_u16(Vm& vm, size_t n_pos, size_t, const Value* args) {
  PwmObj* p = self_pwm(args[0]);
  if (n_pos == 1) return Value::small_int(hal::pwm_duty_u16(p->pin));
  return set_duty_u16(vm, p, args[1]);
}

Value pwm_duty_ns(Vm& vm, size_t n_pos, size_t, const Value* args) {
  PwmObj* p = self_pwm(args[0]);
  if (n_pos > 1) return set_duty_ns(vm, p, args[1]);
  const uint32_t freq = hal::pwm_freq(p->pin);
  if (freq == 0) return Value::small_int(0);
  return uint_value(vm, static_cast<uint32_t>(uint64_t(hal::pwm_duty_u16(p->pin)) * 1000000000 / 65536 / freq));
}

bool pwm_print(Vm&, Printer& out, Value self, PrintKind) {
  PwmObj* p = self_pwm(self);
  return printf_to(out, "PWM(Pin(%u), freq=%lu, duty_u16=%u%s)", unsigned(p->pin),
                   static_cast<unsigned long>(hal::pwm_freq(p->pin)), unsigned(hal::pwm_duty_u16(p->pin)),
                   p->invert ? ", invert=True" : "");
}

constexpr NativeFunction pwm_init_obj = native_fn(Q::init, pwm_init, 1, 1, true);
constexpr NativeFunction pwm_deinit_obj = native_fn(Q::deinit, pwm_deinit, 1, 1);
constexpr NativeFunction pwm_freq_obj = native_fn(Q::freq, pwm_freq, 1, 2);
constexpr NativeFunction pwm_duty_u16_obj = native_fn(Q::duty_u16, pwm_duty_u16, 1, 2);
constexpr NativeFunction pwm_duty_ns_obj = native_fn(Q::duty_ns, pwm_duty_ns, 1, 2);
constexpr auto pwm_locals_table = sorted_table<5>({{
    {q(Q::init), Value::object(&pwm_init_obj)},
    {q(Q::deinit), Value::object(&pwm_deinit_obj)},
    {q(Q::freq), Value::object(&pwm_freq_obj)},
    {q(Q::duty_u16), Value::object(&pwm_duty_u16_obj)},
    {q(Q::duty_ns), Value::object(&pwm_duty_ns_obj)},
}});
constexpr ConstMap pwm_locals = {pwm_locals_table.data(), pwm_locals_table.size()};

}  // namespace

constexpr Type adc_type = {
    .type = &type_type, .name = Q::ADC, .flags = 0, .instance_size = sizeof(AdcObj),
    .base = &object_type, .make_new = adc_make_new, .print = adc_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &adc_locals};

constexpr Type pwm_type = {
    .type = &type_type, .name = Q::PWM, .flags = 0, .instance_size = sizeof(PwmObj),
    .base = &object_type, .make_new = pwm_make_new, .print = pwm_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &pwm_locals};

}  // namespace mote::machine
