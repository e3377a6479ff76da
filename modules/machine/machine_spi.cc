// machine_spi.cc — machine.SPI (the port's controller) and machine.SoftSPI (bit-banged pins).
//
// Both classes share one object layout and one set of methods; only transfer() differs.
// SoftSPI follows MicroPython's mp_soft_spi_transfer bit for bit: MOSI is set, then the clock
// edge that samples (first edge for phase 0, second for phase 1), then MISO is read — so a
// wire from MOSI to MISO reads back what was sent, in every mode. Half-bit delays are
// 500000 / baudrate microseconds, busy-waited (0 above 500 kHz).
#include "modules/machine/machine.h"

namespace mote::machine {
namespace {

constexpr sword kMsb = 0;
constexpr sword kLsb = 1;

struct SpiObj {
  const Type* type;  // &spi_type or &soft_spi_type
  uint8_t id;        // hardware bus (SPI only)
  bool soft;
  hal::SpiConfig config;
};

SpiObj* self_spi(Value v) { return v.as<SpiObj>(); }

uint8_t reverse_bits(uint8_t b) {
  b = static_cast<uint8_t>((b & 0xf0) >> 4 | (b & 0x0f) << 4);
  b = static_cast<uint8_t>((b & 0xcc) >> 2 | (b & 0x33) << 2);
  return static_cast<uint8_t>((b & 0xaa) >> 1 | (b & 0x55) << 1);
}

void soft_transfer(const hal::SpiConfig& c, const uint8_t* tx, uint8_t* rx, size_t len, uint8_t fill) {
  const uint32_t delay_half = c.baudrate >= 500000 ? 0 : 500000 / c.baudrate;
  const uint32_t sck = static_cast<uint32_t>(c.sck), mosi = static_cast<uint32_t>(c.mosi),
                 miso = static_cast<uint32_t>(c.miso);
  for (size_t i = 0; i < len; ++i) {
    uint8_t out = tx != nullptr ? tx[i] : fill;
    if (!c.msb_first) out = reverse_bits(out);
    uint8_t in = 0;
    for (int bit = 0; bit < 8; ++bit, out = static_cast<uint8_t>(out << 1)) {
      hal::pin_write(mosi, (out >> 7) & 1);
      if (c.phase == 0) {
        delay_us_busy(delay_half);
        hal::pin_write(sck, !c.polarity);
      } else {
        hal::pin_write(sck, !c.polarity);
        delay_us_busy(delay_half);
      }
      in = static_cast<uint8_t>(in << 1 | hal::pin_read(miso));
      if (c.phase == 0) {
        delay_us_busy(delay_half);
        hal::pin_write(sck, c.polarity);
      } else {
        hal::pin_write(sck, c.polarity);
        delay_us_busy(delay_half);
      }
    }
    if (rx != nullptr) rx[i] = c.msb_first ? in : reverse_bits(in);
  }
}

Value transfer(Vm& vm, SpiObj* s, const uint8_t* tx, uint8_t* rx, size_t len, uint8_t fill) {
  if (s->soft) {
    soft_transfer(s->config, tx, rx, len, fill);
    return Value::none();
  }
  hal::Status st = hal::spi_transfer(s->id, tx, rx, len, fill);
  return st == hal::Status::kOk ? Value::none() : raise_status(vm, st, "SPI transfer");
}

// init(baudrate, *, polarity, phase, bits, firstbit, sck, mosi, miso)
constexpr ArgSpec kInitSpec[] = {
    {Q::baudrate, 0, Value::absent()},         {Q::polarity, kArgKwOnly, Value::absent()},
    {Q::phase, kArgKwOnly, Value::absent()},   {Q::bits, kArgKwOnly, Value::absent()},
    {Q::firstbit, kArgKwOnly, Value::absent()}, {Q::sck, kArgKwOnly, Value::absent()},
    {Q::mosi, kArgKwOnly, Value::absent()},    {Q::miso, kArgKwOnly, Value::absent()},
};

bool set_pin(Vm& vm, Value v, int16_t* out) {
  if (!given(v)) return true;
  uint32_t pin;
  if (!pin_arg(vm, v, &pin)) return false;
  *out = static_cast<int16_t>(pin);
  return true;
}

bool set_int(Vm& vm, Value v, const char* what, sword lo, sword hi, uint8_t* out) {
  sword n;
  if (!given(v)) return true;
  if (!int_in_range(vm, v, what, lo, hi, &n)) return false;
  *out = static_cast<uint8_t>(n);
  return true;
}

Value configure_soft_pins(Vm& vm, const hal::SpiConfig& c) {
  if (c.sck < 0 || c.mosi < 0 || c.miso < 0) return raise(vm, &ValueError_type, "must specify all of sck/mosi/miso");
  hal::Status s = hal::pin_configure(c.miso, {hal::PinMode::kInput, hal::PinPull::kNone, 0, -1});
  hal::pin_write(c.sck, c.polarity);
  if (s == hal::Status::kOk) s = hal::pin_configure(c.sck, {hal::PinMode::kOutput, hal::PinPull::kNone, 0, -1});
  if (s == hal::Status::kOk) s = hal::pin_configure(c.mosi, {hal::PinMode::kOutput, hal::PinPull::kNone, 0, -1});
  return s == hal::Status::kOk ? Value::none() : raise_status(vm, s, "SoftSPI pins");
}

Value spi_apply(Vm& vm, SpiObj* s, size_t n_pos, size_t n_kw, const Value* args) {
  Value a[8];
  if (!parse_args(vm, s->soft ? "SoftSPI" : "SPI", n_pos, n_kw, args, kInitSpec, 8, a)) return Value::null();
  hal::SpiConfig c = s->config;
  const sword max_baud = s->soft ? 10000000 : hal::board_info().spi_baud_max;
  sword baud;
  uint8_t firstbit = c.msb_first ? kMsb : kLsb;
  if (given(a[0])) {
    if (!int_in_range(vm, a[0], "baudrate", 1, max_baud, &baud)) return Value::null();
    c.baudrate = static_cast<uint32_t>(baud);
  }
  if (!set_int(vm, a[1], "polarity", 0, 1, &c.polarity) || !set_int(vm, a[2], "phase", 0, 1, &c.phase) ||
      !set_int(vm, a[3], "bits", 8, 8, &c.bits) || !set_int(vm, a[4], "firstbit", kMsb, kLsb, &firstbit) ||
      !set_pin(vm, a[5], &c.sck) || !set_pin(vm, a[6], &c.mosi) || !set_pin(vm, a[7], &c.miso))
    return Value::null();
  c.msb_first = firstbit == kMsb;
  s->config = c;
  if (s->soft) return configure_soft_pins(vm, c);
  hal::Status st = hal::spi_init(s->id, c);
  return st == hal::Status::kOk ? Value::none() : raise_status(vm, st, "SPI configuration");
}

SpiObj* spi_alloc(Vm& vm, const Type* type, uint8_t id, bool soft, uint32_t baud) {
  SpiObj* s = static_cast<SpiObj*>(gc_alloc(vm, sizeof(SpiObj)));
  if (s == nullptr) return nullptr;
  *s = SpiObj{type, id, soft, hal::SpiConfig{baud, 0, 0, 8, true, -1, -1, -1}};
  return s;
}

Value spi_make_new(Vm& vm, const Type* type, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_pos < 1) return raise(vm, &TypeError_type, "SPI() missing required argument 'id'");
  const hal::BoardInfo& info = hal::board_info();
  if (info.spi_count == 0) return raise(vm, &ValueError_type, "this board has no SPI controller");
  sword id;
  if (!int_in_range(vm, args[0], "SPI", 0, info.spi_count - 1, &id)) return Value::null();
  SpiObj* s = spi_alloc(vm, &spi_type, static_cast<uint8_t>(id), false, 1000000);
  if (s == nullptr || spi_apply(vm, s, n_pos - 1, n_kw, args + 1).is_null()) return Value::null();
  return Value::object(s);
}

Value soft_spi_make_new(Vm& vm, const Type* type, size_t n_pos, size_t n_kw, const Value* args) {
  SpiObj* s = spi_alloc(vm, &soft_spi_type, 0, true, 500000);
  if (s == nullptr || spi_apply(vm, s, n_pos, n_kw, args).is_null()) return Value::null();
  return Value::object(s);
}

Value spi_init(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  return spi_apply(vm, self_spi(args[0]), n_pos - 1, n_kw, args + 1);
}

Value spi_deinit(Vm&, size_t, size_t, const Value* args) {
  SpiObj* s = self_spi(args[0]);
  if (!s->soft) hal::spi_deinit(s->id);
  return Value::none();
}

// read(nbytes, write=0x00)
Value spi_read(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::nbytes, kArgRequired, Value::absent()}, {Q::write, 0, Value::small_int(0)}};
  Value a[2];
  if (!parse_args(vm, "read", n_pos - 1, n_kw, args + 1, spec, 2, a)) return Value::null();
  sword n, fill;
  if (!int_in_range(vm, a[0], "nbytes", 0, 1 << 20, &n) || !int_in_range(vm, a[1], "write", 0, 255, &fill))
    return Value::null();
  Str* out = bytes_alloc(vm, static_cast<size_t>(n));
  if (out == nullptr) return Value::null();
  if (transfer(vm, self_spi(args[0]), nullptr, bytes_data(out), static_cast<size_t>(n), static_cast<uint8_t>(fill))
          .is_null())
    return Value::null();
  return str_finish(out);
}

// readinto(buf, write=0x00)
Value spi_readinto(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::buf, kArgRequired, Value::absent()}, {Q::write, 0, Value::small_int(0)}};
  Value a[2];
  if (!parse_args(vm, "readinto", n_pos - 1, n_kw, args + 1, spec, 2, a)) return Value::null();
  BufferInfo buf;
  sword fill;
  if (!buffer_arg(vm, a[0], &buf, true) || !int_in_range(vm, a[1], "write", 0, 255, &fill)) return Value::null();
  return transfer(vm, self_spi(args[0]), nullptr, static_cast<uint8_t*>(buf.data), buf.len, static_cast<uint8_t>(fill));
}

Value spi_write(Vm& vm, size_t, size_t, const Value* args) {
  BufferInfo buf;
  if (!buffer_arg(vm, args[1], &buf, false)) return Value::null();
  return transfer(vm, self_spi(args[0]), static_cast<const uint8_t*>(buf.data), nullptr, buf.len, 0);
}

Value spi_write_readinto(Vm& vm, size_t, size_t, const Value* args) {
  BufferInfo wbuf, rbuf;
  if (!buffer_arg(vm, args[1], &wbuf, false) || !buffer_arg(vm, args[2], &rbuf, true)) return Value::null();
  if (wbuf.len != rbuf.len)
    return raise(vm, &ValueError_type, "buffers must be the same length (%u != %u)", unsigned(wbuf.len),
                 unsigned(rbuf.len));
  return transfer(vm, self_spi(args[0]), static_cast<const uint8_t*>(wbuf.data), static_cast<uint8_t*>(rbuf.data),
                  wbuf.len, 0);
}

bool spi_print(Vm&, Printer& out, Value self, PrintKind) {
  SpiObj* s = self_spi(self);
  const hal::SpiConfig& c = s->config;
  if (s->soft ? !print_str(out, "SoftSPI(") : !printf_to(out, "SPI(%u, ", unsigned(s->id))) return false;
  return printf_to(out, "baudrate=%lu, polarity=%u, phase=%u, bits=%u, firstbit=%s, sck=%d, mosi=%d, miso=%d)",
                   static_cast<unsigned long>(c.baudrate), unsigned(c.polarity), unsigned(c.phase), unsigned(c.bits),
                   c.msb_first ? "MSB" : "LSB", int(c.sck), int(c.mosi), int(c.miso));
}

constexpr NativeFunction spi_init_obj = native_fn(Q::init, spi_init, 1, 2, true);
constexpr NativeFunction spi_deinit_obj = native_fn(Q::deinit, spi_deinit, 1, 1);
constexpr NativeFunction spi_read_obj = native_fn(Q::read, spi_read, 1, 3, true);
constexpr NativeFunction spi_readinto_obj = native_fn(Q::readinto, spi_readinto, 1, 3, true);
constexpr NativeFunction spi_write_obj = native_fn(Q::write, spi_write, 2, 2);
constexpr NativeFunction spi_write_readinto_obj = native_fn(Q::write_readinto, spi_write_readinto, 3, 3);

constexpr auto spi_locals_table = sorted_table<8>({{
    {q(Q::init), Value::object(&spi_init_obj)},
    {q(Q::deinit), Value::object(&spi_deinit_obj)},
    {q(Q::read), Value::object(&spi_read_obj)},
    {q(Q::readinto), Value::object(&spi_readinto_obj)},
    {q(Q::write), Value::object(&spi_write_obj)},
    {q(Q::write_readinto), Value::object(&spi_write_readinto_obj)},
    {q(Q::MSB), Value::small_int(kMsb)},
    {q(Q::LSB), Value::small_int(kLsb)},
}});
constexpr ConstMap spi_locals = {spi_locals_table.data(), spi_locals_table.size()};

}  // namespace

constexpr Type spi_type = {
    .type = &type_type, .name = Q::SPI, .flags = 0, .instance_size = sizeof(SpiObj),
    .base = &object_type, .make_new = spi_make_new, .print = spi_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &spi_locals};

constexpr Type soft_spi_type = {
    .type = &type_type, .name = Q::SoftSPI, .flags = 0, .instance_size = sizeof(SpiObj),
    .base = &object_type, .make_new = soft_spi_make_new, .print = spi_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &spi_locals};

}  // namespace mote::machine
