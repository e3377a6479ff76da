// machine_uart.cc — machine.UART: a stream over the port's non-blocking UART.
//
// The port only moves bytes (uart_read/uart_write never block); the waiting is here, with
// MicroPython's stream semantics: read(n) waits up to `timeout` ms for the first byte and
// `timeout_char` ms between bytes, and returns None if nothing came; write() waits for room in
// the transmit buffer. Scheduled callbacks and Ctrl-C are served while it waits. timeout_char
// is at least two character times, as on the rp2 port, so a message sent back-to-back is read
// in one call.
#include "modules/machine/machine.h"

namespace mote::machine {
namespace {

struct UartObj {
  const Type* type;  // &uart_type
  uint8_t id;
  hal::UartConfig config;
  uint32_t timeout_ms;
  uint32_t timeout_char_ms;
  sword parity;  // -1: None, 0: even, 1: odd (the Python values)
};

UartObj* self_uart(Value v) { return v.as<UartObj>(); }

uint64_t timeout_char_us(const UartObj* u) {
  const uint64_t two_chars_ms = 2 * 12 * 1000 / u->config.baudrate + 1;
  return (u->timeout_char_ms > two_chars_ms ? u->timeout_char_ms : two_chars_ms) * 1000;
}

// init arguments: baudrate, bits, parity, stop, then keyword-only pins and settings.
constexpr ArgSpec kInitSpec[] = {
    {Q::baudrate, 0, Value::absent()},           {Q::bits, 0, Value::absent()},
    {Q::parity, 0, Value::absent()},             {Q::stop, 0, Value::absent()},
    {Q::tx, kArgKwOnly, Value::absent()},        {Q::rx, kArgKwOnly, Value::absent()},
    {Q::txbuf, kArgKwOnly, Value::absent()},     {Q::rxbuf, kArgKwOnly, Value::absent()},
    {Q::timeout, kArgKwOnly, Value::absent()},   {Q::timeout_char, kArgKwOnly, Value::absent()},
    {Q::invert, kArgKwOnly, Value::absent()},    {Q::flow, kArgKwOnly, Value::absent()},
};
constexpr size_t kInitArgs = sizeof(kInitSpec) / sizeof(kInitSpec[0]);

bool optional_pin(Vm& vm, Value v, int16_t* out) {
  if (!given(v)) return true;
  uint32_t pin;
  if (!pin_arg(vm, v, &pin)) return false;
  *out = static_cast<int16_t>(pin);
  return true;
}

bool optional_int(Vm& vm, Value v, const char* what, sword lo, sword hi, sword* out) {
  return !given(v) || int_in_range(vm, v, what, lo, hi, out);
}

Value uart_apply(Vm& vm, UartObj* u, size_t n_pos, size_t n_kw, const Value* args) {
  Value a[kInitArgs];
  if (!parse_args(vm, "UART", n_pos, n_kw, args, kInitSpec, kInitArgs, a)) return Value::null();
  const hal::BoardInfo& info = hal::board_info();
  sword baud = u->config.baudrate, bits = u->config.bits, stop = u->config.stop, rxbuf = u->config.rxbuf;
  sword timeout = u->timeout_ms, timeout_char = u->timeout_char_ms, invert = u->config.invert, flow = 0;
  sword txbuf = 0;
  if (!optional_int(vm, a[0], "baudrate", info.uart_baud_min, info.uart_baud_max, &baud) ||
      !optional_int(vm, a[1], "bits", 5, 9, &bits) || !optional_int(vm, a[3], "stop", 1, 2, &stop) ||
      !optional_int(vm, a[6], "txbuf", 0, 65535, &txbuf) || !optional_int(vm, a[7], "rxbuf", 0, 65535, &rxbuf) ||
      !optional_int(vm, a[8], "timeout", 0, 0x7fffffff, &timeout) ||
      !optional_int(vm, a[9], "timeout_char", 0, 0x7fffffff, &timeout_char) ||
      !optional_int(vm, a[10], "invert", 0, 3, &invert) || !optional_int(vm, a[11], "flow", 0, 3, &flow) ||
      !optional_pin(vm, a[4], &u->config.tx) || !optional_pin(vm, a[5], &u->config.rx))
    return Value::null();
  if (a[2].is_none()) {
    u->parity = -1;
  } else if (!a[2].is_absent() && !int_in_range(vm, a[2], "parity", 0, 1, &u->parity)) {
    return Value::null();
  }
  u->config.baudrate = static_cast<uint32_t>(baud);
  u->config.bits = static_cast<uint8_t>(bits);
  u->config.stop = static_cast<uint8_t>(stop);
  u->config.parity = u->parity < 0 ? hal::UartParity::kNone : u->parity == 0 ? hal::UartParity::kEven : hal::UartParity::kOdd;
  u->config.rxbuf = static_cast<uint16_t>(rxbuf);
  u->config.invert = static_cast<uint8_t>(invert);
  u->config.flow_rts = flow & 1;
  u->config.flow_cts = flow & 2;
  u->timeout_ms = static_cast<uint32_t>(timeout);
  u->timeout_char_ms = static_cast<uint32_t>(timeout_char);
  hal::Status s = hal::uart_init(u->id, u->config);
  return s == hal::Status::kOk ? Value::none() : raise_status(vm, s, "UART configuration");
}

Value uart_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_pos < 1) return raise(vm, &TypeError_type, "UART() missing required argument 'id'");
  const hal::BoardInfo& info = hal::board_info();
  sword id;
  if (info.uart_count == 0) return raise(vm, &ValueError_type, "this board has no UART");
  if (!int_in_range(vm, args[0], "UART", 0, info.uart_count - 1, &id)) return Value::null();
  UartObj* u = static_cast<UartObj*>(gc_alloc(vm, sizeof(UartObj)));
  if (u == nullptr) return Value::null();
  u->type = &uart_type;
  u->id = static_cast<uint8_t>(id);
  u->config = hal::UartConfig{115200, 8, hal::UartParity::kNone, 1, -1, -1, 256, 0, false, false};
  u->parity = -1;
  if (uart_apply(vm, u, n_pos - 1, n_kw, args + 1).is_null()) return Value::null();
  return Value::object(u);
}

Value uart_init(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  return uart_apply(vm, self_uart(args[0]), n_pos - 1, n_kw, args + 1);
}

Value uart_deinit(Vm& vm, size_t, size_t, const Value* args) {
  UartObj* u = self_uart(args[0]);
  hal::uart_irq_disable(u->id);
  if (IrqSlot* s = irq_slot(vm, IrqKind::kUart, u->id, false)) irq_free(s);
  hal::uart_deinit(u->id);
  return Value::none();
}

Value uart_any(Vm&, size_t, size_t, const Value* args) {
  return Value::small_int(static_cast<sword>(hal::uart_rx_available(self_uart(args[0])->id)));
}

// Reads up to `len` bytes into `out` with the stream timeouts; stops early after `stop_byte`
// (readline) if it is >= 0. Returns the count, or -1 with an exception pending.
sword read_bytes(Vm& vm, UartObj* u, uint8_t* out, size_t len, int stop_byte) {
  size_t got = 0;
  uint64_t deadline = hal_ticks_us() + uint64_t(u->timeout_ms) * 1000;
  while (got < len) {
    size_t n = stop_byte < 0 ? hal::uart_read(u->id, out + got, len - got) : hal::uart_read(u->id, out + got, 1);
    if (n > 0) {
      got += n;
      if (stop_byte >= 0 && out[got - 1] == stop_byte) break;
      deadline = hal_ticks_us() + timeout_char_us(u);
      continue;
    }
    Wait w = wait_for(vm, deadline, [u] { return hal::uart_rx_available(u->id) > 0; });
    if (w == Wait::kError) return -1;
    if (w == Wait::kTimeout) break;
  }
  return static_cast<sword>(got);
}

// read([nbytes]) and readline(): bytes, or None if nothing arrived before the timeout.
Value read_into_new_bytes(Vm& vm, UartObj* u, size_t max, int stop_byte) {
  uint8_t* buf = static_cast<uint8_t*>(gc_alloc(vm, max ? max : 1, true));
  if (buf == nullptr) return Value::null();
  sword got = read_bytes(vm, u, buf, max, stop_byte);
  if (got < 0) return Value::null();
  if (got == 0 && max > 0) return Value::none();
  Value result = bytes_new(vm, buf, static_cast<size_t>(got));
  gc_free(vm, buf);
  return result;
}

Value uart_read(Vm& vm, size_t n_pos, size_t, const Value* args) {
  UartObj* u = self_uart(args[0]);
  sword n = -1;
  if (n_pos > 1 && !args[1].is_none() && !int_arg(vm, args[1], &n)) return Value::null();
  if (n < 0) {  // everything until the line goes quiet: at least what the receive buffer holds
    n = static_cast<sword>(hal::uart_rx_available(u->id));
    if (n < 256) n = 256;
  }
  return read_into_new_bytes(vm, u, static_cast<size_t>(n), -1);
}

Value uart_readline(Vm& vm, size_t, size_t, const Value* args) {
  return read_into_new_bytes(vm, self_uart(args[0]), 1024, '\n');
}

Value uart_readinto(Vm& vm, size_t n_pos, size_t, const Value* args) {
  BufferInfo buf;
  if (!buffer_arg(vm, args[1], &buf, true)) return Value::null();
  size_t len = buf.len;
  sword n;
  if (n_pos > 2) {
    if (!int_in_range(vm, args[2], "nbytes", 0, static_cast<sword>(buf.len), &n)) return Value::null();
    len = static_cast<size_t>(n);
  }
  sword got = read_bytes(vm, self_uart(args[0]), static_cast<uint8_t*>(buf.data), len, -1);
  if (got < 0) return Value::null();
  return got == 0 && len > 0 ? Value::none() : Value::small_int(got);
}

Value uart_write(Vm& vm, size_t, size_t, const Value* args) {
  UartObj* u = self_uart(args[0]);
  BufferInfo buf;
  if (!buffer_arg(vm, args[1], &buf, false)) return Value::null();
  const uint8_t* data = static_cast<const uint8_t*>(buf.data);
  // Give up (returning the partial count) after the timeout passes without progress, or the
  // time a full transmit buffer takes to drain, whichever is longer.
  const uint64_t patience = uint64_t(u->timeout_ms) * 1000 + 256 * timeout_char_us(u) / 2;
  uint64_t stall_deadline = hal_ticks_us() + patience;
  size_t sent = 0;
  while (sent < buf.len) {
    size_t n = hal::uart_write(u->id, data + sent, buf.len - sent);
    sent += n;
    if (sent == buf.len) break;
    if (n > 0) {
      stall_deadline = hal_ticks_us() + patience;
    } else if (hal_ticks_us() >= stall_deadline) {
      break;
    }
    if (wait_for(vm, hal_ticks_us() + timeout_char_us(u) / 2, [] { return false; }) == Wait::kError)
      return Value::null();
  }
  return Value::small_int(static_cast<sword>(sent));
}

Value uart_flush(Vm& vm, size_t, size_t, const Value* args) {
  UartObj* u = self_uart(args[0]);
  // Long enough for a full transmit buffer at this baud rate, plus the timeout.
  const uint64_t deadline = hal_ticks_us() + 256 * 12 * 1000000ull / u->config.baudrate + u->timeout_ms * 1000ull + 1000;
  Wait w = wait_for(vm, deadline, [u] { return hal::uart_tx_done(u->id); });
  if (w == Wait::kError) return Value::null();
  if (w == Wait::kTimeout) return raise_os_error(vm, kETIMEDOUT);
  return Value::none();
}

Value uart_txdone(Vm&, size_t, size_t, const Value* args) {
  return Value::boolean(hal::uart_tx_done(self_uart(args[0])->id));
}

Value uart_sendbreak(Vm&, size_t, size_t, const Value* args) {
  hal::uart_send_break(self_uart(args[0])->id);
  return Value::none();
}

// irq(handler=None, trigger=IRQ_RXIDLE, hard=False)
Value uart_irq(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::handler, 0, Value::none()},
                                 {Q::trigger, 0, Value::small_int(hal::kUartRxIdle)},
                                 {Q::hard, 0, Value::false_()}};
  UartObj* u = self_uart(args[0]);
  IrqSlot* slot = irq_slot(vm, IrqKind::kUart, u->id, true);
  if (slot == nullptr) return Value::null();
  if (n_pos == 1 && n_kw == 0) return irq_object(vm, slot);
  Value a[3];
  if (!parse_args(vm, "irq", n_pos - 1, n_kw, args + 1, spec, 3, a)) return Value::null();
  sword trigger;
  if (!int_in_range(vm, a[1], "trigger", 0, 15, &trigger)) return Value::null();
  int hard = is_true(vm, a[2]);
  if (hard < 0) return Value::null();
  hal::uart_irq_disable(u->id);
  slot->handler = a[0];
  slot->parent = args[0];
  slot->hard = hard != 0;
  slot->trigger = a[0].is_none() ? 0 : static_cast<uint32_t>(trigger);
  if (slot->trigger != 0) {
    if (!is_callable(a[0])) return raise(vm, &TypeError_type, "handler must be callable");
    hal::Status s = hal::uart_irq_enable(u->id, static_cast<uint16_t>(trigger), irq_isr, slot);
    if (s != hal::Status::kOk) return raise_status(vm, s, "trigger");
  }
  return irq_object(vm, slot);
}

bool uart_print(Vm&, Printer& out, Value self, PrintKind) {
  UartObj* u = self_uart(self);
  const char* parity = u->parity < 0 ? "None" : u->parity == 0 ? "0" : "1";
  return printf_to(out, "UART(%u, baudrate=%lu, bits=%u, parity=%s, stop=%u, tx=%d, rx=%d, timeout=%lu, timeout_char=%lu)",
                   unsigned(u->id), static_cast<unsigned long>(u->config.baudrate), unsigned(u->config.bits), parity,
                   unsigned(u->config.stop), int(u->config.tx), int(u->config.rx),
                   static_cast<unsigned long>(u->timeout_ms), static_cast<unsigned long>(u->timeout_char_ms));
}

constexpr NativeFunction uart_init_obj = native_fn(Q::init, uart_init, 1, 5, true);
constexpr NativeFunction uart_deinit_obj = native_fn(Q::deinit, uart_deinit, 1, 1);
constexpr NativeFunction uart_any_obj = native_fn(Q::any, uart_any, 1, 1);
constexpr NativeFunction uart_read_obj = native_fn(Q::read, uart_read, 1, 2);
constexpr NativeFunction uart_readline_obj = native_fn(Q::readline, uart_readline, 1, 1);
constexpr NativeFunction uart_readinto_obj = native_fn(Q::readinto, uart_readinto, 2, 3);
constexpr NativeFunction uart_write_obj = native_fn(Q::write, uart_write, 2, 2);
constexpr NativeFunction uart_flush_obj = native_fn(Q::flush, uart_flush, 1, 1);
constexpr NativeFunction uart_txdone_obj = native_fn(Q::txdone, uart_txdone, 1, 1);
constexpr NativeFunction uart_sendbreak_obj = native_fn(Q::sendbreak, uart_sendbreak, 1, 1);
constexpr NativeFunction uart_irq_obj = native_fn(Q::irq, uart_irq, 1, 4, true);

constexpr auto uart_locals_table = sorted_table<19>({{
    {q(Q::init), Value::object(&uart_init_obj)},
    {q(Q::deinit), Value::object(&uart_deinit_obj)},
    {q(Q::any), Value::object(&uart_any_obj)},
    {q(Q::read), Value::object(&uart_read_obj)},
    {q(Q::readline), Value::object(&uart_readline_obj)},
    {q(Q::readinto), Value::object(&uart_readinto_obj)},
    {q(Q::write), Value::object(&uart_write_obj)},
    {q(Q::flush), Value::object(&uart_flush_obj)},
    {q(Q::txdone), Value::object(&uart_txdone_obj)},
    {q(Q::sendbreak), Value::object(&uart_sendbreak_obj)},
    {q(Q::irq), Value::object(&uart_irq_obj)},
    {q(Q::IRQ_RX), Value::small_int(hal::kUartRx)},
    {q(Q::IRQ_RXIDLE), Value::small_int(hal::kUartRxIdle)},
    {q(Q::IRQ_TXIDLE), Value::small_int(hal::kUartTxIdle)},
    {q(Q::IRQ_BREAK), Value::small_int(hal::kUartBreak)},
    {q(Q::INV_TX), Value::small_int(1)},
    {q(Q::INV_RX), Value::small_int(2)},
    {q(Q::RTS), Value::small_int(1)},
    {q(Q::CTS), Value::small_int(2)},
}});
constexpr ConstMap uart_locals = {uart_locals_table.data(), uart_locals_table.size()};

}  // namespace

constexpr Type uart_type = {
    .type = &type_type, .name = Q::UART, .flags = 0, .instance_size = sizeof(UartObj),
    .base = &object_type, .make_new = uart_make_new, .print = uart_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &uart_locals};

}  // namespace mote::machine
