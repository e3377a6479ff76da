// machine_common.cc — argument checking and error mapping shared by every machine class.
//
// Every message that names a range is built here, so they all read the same:
// "invalid freq 5 (valid: 8..62500000)".
#include "modules/machine/machine.h"

namespace mote::machine {

Value raise_range(Vm& vm, const char* what, sword value, sword lo, sword hi) {
  return raise(vm, &ValueError_type, "invalid %s %ld (valid: %ld..%ld)", what, long(value), long(lo), long(hi));
}

Value raise_os_error(Vm& vm, int errno_value) {
  Value arg = Value::small_int(errno_value);
  return raise_args(vm, &OSError_type, 1, &arg);
}

Value raise_status(Vm& vm, hal::Status status, const char* what) {
  switch (status) {
    case hal::Status::kOk:
      return Value::none();
    case hal::Status::kInvalidArgument:
    case hal::Status::kOutOfRange:
      return raise(vm, &ValueError_type, "invalid %s", what);
    case hal::Status::kNotFound:
      return raise_os_error(vm, kENODEV);
    case hal::Status::kDeadlineExceeded:
      return raise_os_error(vm, kETIMEDOUT);
    case hal::Status::kDataLoss:
      return raise_os_error(vm, kEIO);
    case hal::Status::kUnavailable:
      return raise_os_error(vm, kEBUSY);
    case hal::Status::kUnimplemented:
      return raise(vm, &NotImplementedError_type, "%s not available on this board", what);
  }
  return raise_os_error(vm, kEIO);
}

bool int_arg(Vm& vm, Value v, sword* out) {
  if (!is_int(v)) {
    raise(vm, &TypeError_type, "can't convert %.*s to int", int(type_name(type_of(v)).size()),
          type_name(type_of(v)).data());
    return false;
  }
  return to_sword(vm, v, out);
}

bool int_in_range(Vm& vm, Value v, const char* what, sword lo, sword hi, sword* out) {
  if (!int_arg(vm, v, out)) return false;
  if (*out < lo || *out > hi) {
    raise_range(vm, what, *out, lo, hi);
    return false;
  }
  return true;
}

bool u32_arg(Vm& vm, Value v, uint32_t* out) {
  if (!is_int(v)) return int_arg(vm, v, nullptr);
  sword s;
  if (to_sword(vm, v, &s)) {
    *out = static_cast<uint32_t>(s);
    return true;
  }
  vm.clear_exc();  // too big for a word on a 32-bit target: take the low 32 bits
  Value low = binary_op(vm, BinaryOp::AND, v, int_from_sword(vm, 0xffff));
  Value high = binary_op(vm, BinaryOp::RSHIFT, v, Value::small_int(16));
  if (low.is_null() || high.is_null()) return false;
  high = binary_op(vm, BinaryOp::AND, high, int_from_sword(vm, 0xffff));
  if (high.is_null()) return false;
  *out = static_cast<uint32_t>(high.as_small_int()) << 16 | static_cast<uint32_t>(low.as_small_int());
  return true;
}

Value uint_value(Vm& vm, uint32_t v) {
  if (v <= static_cast<uint32_t>(Value::kSmallIntMax)) return Value::small_int(static_cast<sword>(v));
  Value high = binary_op(vm, BinaryOp::LSHIFT, Value::small_int(v >> 16), Value::small_int(16));
  if (high.is_null()) return high;
  return binary_op(vm, BinaryOp::OR, high, Value::small_int(v & 0xffff));
}

bool pin_arg(Vm& vm, Value v, uint32_t* pin) {
  const uint32_t count = hal::board_info().pin_count;
  if (isinstance(v, &pin_type)) {
    *pin = v.as<PinObj>()->id;
    return true;
  }
  if (is_str(v)) {
    StrView name = str_view(v);
    int id = hal::pin_by_name(name.data, name.len);
    if (id < 0) {
      raise(vm, &ValueError_type, "unknown pin name '%.*s'", int(name.len), name.data);
      return false;
    }
    *pin = static_cast<uint32_t>(id);
    return true;
  }
  sword id;
  if (!int_in_range(vm, v, "pin", 0, sword(count) - 1, &id)) return false;
  *pin = static_cast<uint32_t>(id);
  return true;
}

bool buffer_arg(Vm& vm, Value v, BufferInfo* out, bool writable) {
  for (const Type* t = type_of(v); t != nullptr; t = t->base == t ? nullptr : t->base) {
    if (t->buffer != nullptr) {
      if (t->buffer(vm, v, out, writable)) return true;
      if (vm.has_exc()) return false;
      break;
    }
    if (t == &object_type) break;
  }
  raise(vm, &TypeError_type, writable ? "object with writable buffer protocol required"
                                      : "object with buffer protocol required");
  return false;
}

bool check_interrupt(Vm& vm) {
  if (!vm.interrupt_pending) return true;
  vm.interrupt_pending = false;
  raise_args(vm, &KeyboardInterrupt_type, 0, nullptr);
  return false;
}

void delay_us_busy(uint32_t us) {
  if (us == 0) return;
  const uint64_t end = hal_ticks_us() + us;
  while (hal_ticks_us() < end) {
  }
}

}  // namespace mote::machine
