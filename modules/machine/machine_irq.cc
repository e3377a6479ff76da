// machine_irq.cc — from a hardware interrupt to a Python handler.
//
// Each enabled interrupt owns a slot in a static table; the slot's address is the `context`
// the HAL hands back to irq_isr(). irq_isr() runs in interrupt context: it stores the flags
// and queues the handler with the scheduler (hard or soft) — no heap, no Python. When a hard
// handler raises, the scheduler prints the error and calls disable_after_error(), which turns
// the interrupt off as MicroPython does ("the callback is disabled so it doesn't run again").
//
// The irq object (what Pin.irq() returns) is a two-word view of a slot: flags() reads the
// slot's last flags, trigger() its enabled triggers.
#include "modules/machine/machine.h"

namespace mote::machine {
namespace {

IrqSlot slots[kIrqSlots];
bool roots_registered = false;

struct IrqObj {
  const Type* type;  // &irq_type
  IrqSlot* slot;
};

// Stops the hardware side of a slot.
void stop_source(const IrqSlot& s) {
  switch (s.kind) {
    case IrqKind::kPin: hal::pin_irq_disable(s.unit); break;
    case IrqKind::kUart: hal::uart_irq_disable(static_cast<uint8_t>(s.unit)); break;
    case IrqKind::kTimer: hal::timer_stop(static_cast<uint8_t>(s.unit)); break;
    case IrqKind::kNone: break;
  }
}

void disable_after_error(void* context) {
  IrqSlot* s = static_cast<IrqSlot*>(context);
  stop_source(*s);
  s->handler = Value::none();
  s->trigger = 0;
}

Value irq_flags(Vm&, size_t, size_t, const Value* args) {
  return Value::small_int(args[0].as<IrqObj>()->slot->flags);
}

Value irq_trigger(Vm& vm, size_t n_pos, size_t, const Value* args) {
  IrqSlot* s = args[0].as<IrqObj>()->slot;
  if (n_pos == 1) return Value::small_int(s->trigger);
  sword t;
  if (!int_arg(vm, args[1], &t)) return Value::null();
  if (t == 0) {
    stop_source(*s);
    s->trigger = 0;
  }  // other changes go through the owner's irq() method, which knows the hardware
  return Value::small_int(s->trigger);
}

constexpr NativeFunction irq_flags_obj = native_fn(Q::flags, irq_flags, 1, 1);
constexpr NativeFunction irq_trigger_obj = native_fn(Q::trigger, irq_trigger, 1, 2);

constexpr auto irq_locals_table = sorted_table<2>({{
    {q(Q::flags), Value::object(&irq_flags_obj)},
    {q(Q::trigger), Value::object(&irq_trigger_obj)},
}});
constexpr ConstMap irq_locals = {irq_locals_table.data(), irq_locals_table.size()};

}  // namespace

constexpr Type irq_type = {
    .type = &type_type, .name = Q::irq, .flags = 0, .instance_size = sizeof(IrqObj),
    .base = &object_type, .make_new = nullptr, .print = nullptr, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &irq_locals};

IrqSlot* irq_slot(Vm& vm, IrqKind kind, uint16_t unit, bool create) {
  if (!roots_registered) {
    sched_add_roots(slots, slots + kIrqSlots);
    roots_registered = true;
  }
  IrqSlot* free_slot = nullptr;
  for (IrqSlot& s : slots) {
    if (s.kind == kind && s.unit == unit) return &s;
    if (s.kind == IrqKind::kNone && free_slot == nullptr) free_slot = &s;
  }
  if (!create) return nullptr;
  if (free_slot == nullptr) {
    raise(vm, &RuntimeError_type, "too many interrupt handlers (max %d)", int(kIrqSlots));
    return nullptr;
  }
  *free_slot = IrqSlot{Value::none(), Value::none(), Value::null(), 0, 0, kind, unit, false, false};
  return free_slot;
}

void irq_free(IrqSlot* slot) {
  *slot = IrqSlot{Value::none(), Value::none(), Value::null(), 0, 0, IrqKind::kNone, 0, false, false};
}

void irq_isr(void* context, uint32_t flags) {
  IrqSlot* s = static_cast<IrqSlot*>(context);
  if (s->one_shot) s->trigger = 0;
  if (s->kind == IrqKind::kNone || s->handler.is_none()) return;
  s->flags = flags;
  if (s->hard) {
    sched_schedule_hard(s->handler, s->parent, disable_after_error, s);
  } else {
    sched_schedule(s->handler, s->parent);  // a full queue drops the call, as MicroPython does
  }
}

Value irq_object(Vm& vm, IrqSlot* slot) {
  if (!slot->irq_obj.is_null()) return slot->irq_obj;
  IrqObj* o = static_cast<IrqObj*>(gc_alloc(vm, sizeof(IrqObj)));
  if (o == nullptr) return Value::null();
  o->type = &irq_type;
  o->slot = slot;
  slot->irq_obj = Value::object(o);
  return slot->irq_obj;
}

void irq_deinit_all() {
  for (IrqSlot& s : slots) {
    if (s.kind != IrqKind::kNone) stop_source(s);
    irq_free(&s);
  }
}

}  // namespace mote::machine
