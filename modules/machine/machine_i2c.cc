// machine_i2c.cc — machine.I2C (the port's controller) and machine.SoftI2C (bit-banged pins).
//
// Every high-level method (scan, readfrom*, writeto*, *_mem) is written once over transfer(),
// which has the HAL's i2c_transfer semantics: an optional write phase (several buffers sent
// back to back), an optional read phase after a repeated START, and a STOP if asked. I2C
// passes it to the port; SoftI2C performs it on two open-drain pins with MicroPython's
// soft-I2C timing (half-bit delay 500000/freq us, clock stretching up to `timeout` us), and
// additionally exposes the primitives start/stop/readinto/write.
#include "modules/machine/machine.h"

namespace mote::machine {
namespace {

struct I2cObj {
  const Type* type;  // &i2c_type or &soft_i2c_type
  uint8_t id;        // hardware bus (I2C only)
  bool soft;
  uint32_t freq;
  uint32_t timeout_us;
  int16_t scl;
  int16_t sda;
};

I2cObj* self_i2c(Value v) { return v.as<I2cObj>(); }

// --- the bit-banged bus ------------------------------------------------------------------------

struct SoftBus {
  uint32_t scl, sda, delay, timeout_us;

  void wait() const { delay_us_busy(delay); }
  void scl_low() const { hal::pin_write(scl, false); }
  void sda_low() const { hal::pin_write(sda, false); }
  void sda_release() const { hal::pin_write(sda, true); }
  // Releases SCL and waits while a target stretches the clock.
  hal::Status scl_release() const {
    hal::pin_write(scl, true);
    const uint64_t deadline = hal_ticks_us() + timeout_us;
    while (!hal::pin_read(scl)) {
      if (hal_ticks_us() >= deadline) return hal::Status::kDeadlineExceeded;
    }
    return hal::Status::kOk;
  }

  hal::Status start() const {
    sda_release();
    wait();
    hal::Status s = scl_release();
    if (s != hal::Status::kOk) return s;
    sda_low();
    wait();
    return hal::Status::kOk;
  }

  hal::Status stop() const {
    wait();
    sda_low();
    wait();
    hal::Status s = scl_release();
    sda_release();
    wait();
    return s;
  }

  // Sends a byte; *ack is true if the target pulled SDA low in the ninth clock.
  hal::Status write_byte(uint8_t b, bool* ack) const {
    wait();
    scl_low();
    for (int i = 7; i >= 0; --i) {
      if ((b >> i) & 1) {
        sda_release();
      } else {
        sda_low();
      }
      wait();
      hal::Status s = scl_release();
      if (s != hal::Status::kOk) {
        sda_release();
        return s;
      }
      scl_low();
    }
    sda_release();
    wait();
    hal::Status s = scl_release();
    if (s != hal::Status::kOk) return s;
    *ack = !hal::pin_read(sda);
    wait();
    scl_low();
    return hal::Status::kOk;
  }

  // Reads a byte and answers ACK, or NACK if `nack` (the last byte of a read).
  hal::Status read_byte(uint8_t* out, bool nack) const {
    wait();
    scl_low();
    wait();
    uint8_t b = 0;
    for (int i = 0; i < 8; ++i) {
      hal::Status s = scl_release();
      if (s != hal::Status::kOk) return s;
      b = static_cast<uint8_t>(b << 1 | hal::pin_read(sda));
      scl_low();
      wait();
    }
    *out = b;
    if (!nack) sda_low();
    wait();
    hal::Status s = scl_release();
    if (s != hal::Status::kOk) {
      sda_release();
      return s;
    }
    scl_low();
    sda_release();
    return hal::Status::kOk;
  }

  hal::StatusWithSize transfer(uint16_t addr, std::span<const std::span<const uint8_t>> writes,
                               std::span<uint8_t> read, bool stop_at_end) const;
};

hal::StatusWithSize SoftBus::transfer(uint16_t addr, std::span<const std::span<const uint8_t>> writes,
                                      std::span<uint8_t> read, bool stop_at_end) const {
  size_t count = 0;
  bool ack = true, nacked = false;
  hal::Status s = hal::Status::kOk;
  if (!writes.empty() || read.empty()) {
    if ((s = start()) != hal::Status::kOk) return {s, 0};
    if ((s = write_byte(static_cast<uint8_t>(addr << 1), &ack)) != hal::Status::kOk || !ack) {
      (void)stop();  // the bus is released whatever happened; the first error is the one reported
      return {s != hal::Status::kOk ? s : hal::Status::kNotFound, 0};
    }
    for (std::span<const uint8_t> w : writes) {
      for (size_t i = 0; i < w.size() && !nacked; ++i) {
        if ((s = write_byte(w[i], &ack)) != hal::Status::kOk) return {s, count};
        if (ack) ++count;
        nacked = !ack;
      }
    }
  }
  if (!read.empty() && !nacked) {
    if ((s = start()) != hal::Status::kOk) return {s, count};
    if ((s = write_byte(static_cast<uint8_t>(addr << 1 | 1), &ack)) != hal::Status::kOk || !ack) {
      (void)stop();  // the bus is released whatever happened; the first error is the one reported
      return {s != hal::Status::kOk ? s : hal::Status::kNotFound, 0};
    }
    for (size_t i = 0; i < read.size(); ++i) {
      if ((s = read_byte(&read[i], i + 1 == read.size())) != hal::Status::kOk) return {s, i};
    }
    count = read.size();
  }
  if (stop_at_end || nacked) s = stop();
  return {s, count};
}

SoftBus soft_bus(const I2cObj* o) {
  return SoftBus{static_cast<uint32_t>(o->scl), static_cast<uint32_t>(o->sda), o->freq >= 500000 ? 0 : 500000 / o->freq,
                 o->timeout_us};
}

hal::StatusWithSize transfer(const I2cObj* o, uint16_t addr, std::span<const std::span<const uint8_t>> writes,
                             std::span<uint8_t> read, bool stop) {
  if (o->soft) return soft_bus(o).transfer(addr, writes, read, stop);
  return hal::i2c_transfer(o->id, addr, writes, read, stop);
}

// --- construction -------------------------------------------------------------------------------

constexpr ArgSpec kInitSpec[] = {
    {Q::scl, kArgKwOnly, Value::absent()},
    {Q::sda, kArgKwOnly, Value::absent()},
    {Q::freq, kArgKwOnly, Value::absent()},
    {Q::timeout, kArgKwOnly, Value::absent()},
};
// SoftI2C(scl, sda, *, freq, timeout): the pins may be positional.
constexpr ArgSpec kSoftInitSpec[] = {
    {Q::scl, 0, Value::absent()},
    {Q::sda, 0, Value::absent()},
    {Q::freq, kArgKwOnly, Value::absent()},
    {Q::timeout, kArgKwOnly, Value::absent()},
};

bool set_pin(Vm& vm, Value v, int16_t* out) {
  if (!given(v)) return true;
  uint32_t pin;
  if (!pin_arg(vm, v, &pin)) return false;
  *out = static_cast<int16_t>(pin);
  return true;
}

Value soft_pins_setup(Vm& vm, const I2cObj* o) {
  if (o->scl < 0 || o->sda < 0) return raise(vm, &ValueError_type, "SoftI2C needs scl and sda pins");
  const hal::PinConfig od = {hal::PinMode::kOpenDrain, hal::PinPull::kUp, 0, -1};
  hal::pin_write(o->scl, true);
  hal::pin_write(o->sda, true);
  hal::Status s = hal::pin_configure(o->scl, od);
  if (s == hal::Status::kOk) s = hal::pin_configure(o->sda, od);
  return s == hal::Status::kOk ? Value::none() : raise_status(vm, s, "SoftI2C pins");
}

Value i2c_apply(Vm& vm, I2cObj* o, size_t n_pos, size_t n_kw, const Value* args) {
  Value a[4];
  if (!parse_args(vm, o->soft ? "SoftI2C" : "I2C", n_pos, n_kw, args, o->soft ? kSoftInitSpec : kInitSpec, 4, a))
    return Value::null();
  const sword max_freq = o->soft ? 1000000 : hal::board_info().i2c_freq_max;
  sword n;
  if (!set_pin(vm, a[0], &o->scl) || !set_pin(vm, a[1], &o->sda)) return Value::null();
  if (given(a[2])) {
    if (!int_in_range(vm, a[2], "freq", 1, max_freq, &n)) return Value::null();
    o->freq = static_cast<uint32_t>(n);
  }
  if (given(a[3])) {
    if (!int_in_range(vm, a[3], "timeout", 0, 0x7fffffff, &n)) return Value::null();
    o->timeout_us = static_cast<uint32_t>(n);
  }
  if (o->soft) return soft_pins_setup(vm, o);
  hal::Status s = hal::i2c_init(o->id, hal::I2cConfig{o->freq, o->scl, o->sda, o->timeout_us});
  return s == hal::Status::kOk ? Value::none() : raise_status(vm, s, "I2C configuration");
}

I2cObj* i2c_alloc(Vm& vm, const Type* type, uint8_t id, bool soft) {
  I2cObj* o = static_cast<I2cObj*>(gc_alloc(vm, sizeof(I2cObj)));
  if (o != nullptr) *o = I2cObj{type, id, soft, 400000, 50000, -1, -1};
  return o;
}

Value i2c_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  const hal::BoardInfo& info = hal::board_info();
  if (info.i2c_count == 0) return raise(vm, &ValueError_type, "this board has no I2C controller");
  sword id = 0;
  if (n_pos > 0 && !int_in_range(vm, args[0], "I2C", 0, info.i2c_count - 1, &id)) return Value::null();
  I2cObj* o = i2c_alloc(vm, &i2c_type, static_cast<uint8_t>(id), false);
  if (o == nullptr || i2c_apply(vm, o, n_pos ? n_pos - 1 : 0, n_kw, args + (n_pos ? 1 : 0)).is_null())
    return Value::null();
  return Value::object(o);
}

Value soft_i2c_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  I2cObj* o = i2c_alloc(vm, &soft_i2c_type, 0, true);
  if (o == nullptr || i2c_apply(vm, o, n_pos, n_kw, args).is_null()) return Value::null();
  return Value::object(o);
}

Value i2c_init(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  return i2c_apply(vm, self_i2c(args[0]), n_pos - 1, n_kw, args + 1);
}

Value i2c_deinit(Vm&, size_t, size_t, const Value* args) {
  I2cObj* o = self_i2c(args[0]);
  if (!o->soft) hal::i2c_deinit(o->id);
  return Value::none();
}

// --- the methods --------------------------------------------------------------------------------

bool address_arg(Vm& vm, Value v, uint16_t* out) {
  sword a;
  if (!int_in_range(vm, v, "I2C address", 0, 0x7f, &a)) return false;
  *out = static_cast<uint16_t>(a);
  return true;
}

// A failed transfer's exception (null()), or None.
Value check(Vm& vm, hal::StatusWithSize r) {
  return r.status == hal::Status::kOk ? Value::none() : raise_status(vm, r.status, "I2C transfer");
}

Value i2c_scan(Vm& vm, size_t, size_t, const Value* args) {
  I2cObj* o = self_i2c(args[0]);
  Value list = list_new(vm, 0, nullptr);
  if (list.is_null()) return list;
  for (uint16_t addr = 0x08; addr < 0x78; ++addr) {
    if (transfer(o, addr, {}, {}, true).ok() && !list_append(vm, list.as<List>(), Value::small_int(addr)))
      return Value::null();
  }
  return list;
}

// The trailing `stop=True` of the readfrom/writeto family.
bool stop_arg(Vm& vm, size_t n_pos, const Value* args, size_t index, bool* stop) {
  if (n_pos <= index) return (*stop = true);
  int t = is_true(vm, args[index]);
  *stop = t != 0;
  return t >= 0;
}

Value i2c_readfrom(Vm& vm, size_t n_pos, size_t, const Value* args) {
  uint16_t addr;
  sword n;
  bool stop;
  if (!address_arg(vm, args[1], &addr) || !int_in_range(vm, args[2], "nbytes", 0, 1 << 20, &n) ||
      !stop_arg(vm, n_pos, args, 3, &stop))
    return Value::null();
  Str* out = bytes_alloc(vm, static_cast<size_t>(n));
  if (out == nullptr) return Value::null();
  if (check(vm, transfer(self_i2c(args[0]), addr, {}, {bytes_data(out), static_cast<size_t>(n)}, stop)).is_null())
    return Value::null();
  return str_finish(out);
}

Value i2c_readfrom_into(Vm& vm, size_t n_pos, size_t, const Value* args) {
  uint16_t addr;
  BufferInfo buf;
  bool stop;
  if (!address_arg(vm, args[1], &addr) || !buffer_arg(vm, args[2], &buf, true) || !stop_arg(vm, n_pos, args, 3, &stop))
    return Value::null();
  return check(vm, transfer(self_i2c(args[0]), addr, {}, {static_cast<uint8_t*>(buf.data), buf.len}, stop));
}

Value i2c_writeto(Vm& vm, size_t n_pos, size_t, const Value* args) {
  uint16_t addr;
  BufferInfo buf;
  bool stop;
  if (!address_arg(vm, args[1], &addr) || !buffer_arg(vm, args[2], &buf, false) || !stop_arg(vm, n_pos, args, 3, &stop))
    return Value::null();
  std::span<const uint8_t> w(static_cast<const uint8_t*>(buf.data), buf.len);
  hal::StatusWithSize r = transfer(self_i2c(args[0]), addr, {&w, 1}, {}, stop);
  if (check(vm, r).is_null()) return Value::null();
  return Value::small_int(static_cast<sword>(r.size));
}

Value i2c_writevto(Vm& vm, size_t n_pos, size_t, const Value* args) {
  constexpr size_t kMaxBuffers = 8;
  uint16_t addr;
  bool stop;
  size_t n;
  Value* items;
  if (!address_arg(vm, args[1], &addr) || !stop_arg(vm, n_pos, args, 3, &stop)) return Value::null();
  if (!seq_items(args[2], &n, &items)) return raise(vm, &TypeError_type, "writevto needs a list or tuple of buffers");
  if (n > kMaxBuffers) return raise_range(vm, "number of buffers", static_cast<sword>(n), 0, kMaxBuffers);
  std::span<const uint8_t> writes[kMaxBuffers];
  for (size_t i = 0; i < n; ++i) {
    BufferInfo buf;
    if (!buffer_arg(vm, items[i], &buf, false)) return Value::null();
    writes[i] = {static_cast<const uint8_t*>(buf.data), buf.len};
  }
  // An empty vector still addresses the device (a probe), as MicroPython's writevto does.
  hal::StatusWithSize r = transfer(self_i2c(args[0]), addr, {writes, n}, {}, stop);
  if (check(vm, r).is_null()) return Value::null();
  return Value::small_int(static_cast<sword>(r.size));
}

// The memory address as addrsize/8 bytes, most significant first.
bool memaddr_bytes(Vm& vm, Value memaddr, Value addrsize, uint8_t out[4], size_t* len) {
  sword size, addr;
  if (!int_arg(vm, memaddr, &addr)) return false;
  if (!int_arg(vm, addrsize, &size)) return false;
  if (size != 8 && size != 16 && size != 24 && size != 32) {
    raise(vm, &ValueError_type, "invalid addrsize %ld (valid: 8, 16, 24, 32)", long(size));
    return false;
  }
  *len = static_cast<size_t>(size / 8);
  for (size_t i = 0; i < *len; ++i) out[i] = static_cast<uint8_t>(uint32_t(addr) >> (8 * (*len - 1 - i)));
  return true;
}

// Parses (addr, memaddr, third, *, addrsize=8) for the three *_mem methods.
bool mem_args(Vm& vm, const char* name, size_t n_pos, size_t n_kw, const Value* args, Value out[4]) {
  static const ArgSpec spec[] = {{Q::addr, kArgRequired, Value::absent()},
                                 {Q::memaddr, kArgRequired, Value::absent()},
                                 {Q::arg, kArgRequired, Value::absent()},
                                 {Q::addrsize, kArgKwOnly, Value::small_int(8)}};
  return parse_args(vm, name, n_pos - 1, n_kw, args + 1, spec, 4, out);
}

// readfrom_mem(addr, memaddr, nbytes, *, addrsize=8) and readfrom_mem_into(addr, memaddr, buf, ...)
Value read_mem(Vm& vm, size_t n_pos, size_t n_kw, const Value* args, bool into) {
  Value a[4];
  uint16_t addr;
  uint8_t ma[4];
  size_t ma_len;
  if (!mem_args(vm, into ? "readfrom_mem_into" : "readfrom_mem", n_pos, n_kw, args, a) ||
      !address_arg(vm, a[0], &addr) || !memaddr_bytes(vm, a[1], a[3], ma, &ma_len))
    return Value::null();
  std::span<const uint8_t> w(ma, ma_len);
  I2cObj* o = self_i2c(args[0]);
  if (into) {
    BufferInfo buf;
    if (!buffer_arg(vm, a[2], &buf, true)) return Value::null();
    return check(vm, transfer(o, addr, {&w, 1}, {static_cast<uint8_t*>(buf.data), buf.len}, true));
  }
  sword n;
  if (!int_in_range(vm, a[2], "nbytes", 0, 1 << 20, &n)) return Value::null();
  Str* out = bytes_alloc(vm, static_cast<size_t>(n));
  if (out == nullptr) return Value::null();
  if (check(vm, transfer(o, addr, {&w, 1}, {bytes_data(out), static_cast<size_t>(n)}, true)).is_null())
    return Value::null();
  return str_finish(out);
}

Value i2c_readfrom_mem(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  return read_mem(vm, n_pos, n_kw, args, false);
}

Value i2c_readfrom_mem_into(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  return read_mem(vm, n_pos, n_kw, args, true);
}

Value i2c_writeto_mem(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  Value a[4];
  uint16_t addr;
  uint8_t ma[4];
  size_t ma_len;
  BufferInfo buf;
  if (!mem_args(vm, "writeto_mem", n_pos, n_kw, args, a) || !address_arg(vm, a[0], &addr) ||
      !memaddr_bytes(vm, a[1], a[3], ma, &ma_len) || !buffer_arg(vm, a[2], &buf, false))
    return Value::null();
  std::span<const uint8_t> writes[2] = {{ma, ma_len}, {static_cast<const uint8_t*>(buf.data), buf.len}};
  return check(vm, transfer(self_i2c(args[0]), addr, {writes, 2}, {}, true));
}

// --- SoftI2C primitives ----------------------------------------------------------------------------

Value status_result(Vm& vm, hal::Status s) { return s == hal::Status::kOk ? Value::none() : raise_status(vm, s, "I2C"); }

Value soft_start(Vm& vm, size_t, size_t, const Value* args) { return status_result(vm, soft_bus(self_i2c(args[0])).start()); }

Value soft_stop(Vm& vm, size_t, size_t, const Value* args) { return status_result(vm, soft_bus(self_i2c(args[0])).stop()); }

// readinto(buf, nack=True): ACKs every byte but the last, which gets a NACK if `nack`.
Value soft_readinto(Vm& vm, size_t n_pos, size_t, const Value* args) {
  BufferInfo buf;
  if (!buffer_arg(vm, args[1], &buf, true)) return Value::null();
  int nack = n_pos > 2 ? is_true(vm, args[2]) : 1;
  if (nack < 0) return Value::null();
  SoftBus bus = soft_bus(self_i2c(args[0]));
  uint8_t* data = static_cast<uint8_t*>(buf.data);
  for (size_t i = 0; i < buf.len; ++i) {
    hal::Status s = bus.read_byte(&data[i], nack && i + 1 == buf.len);
    if (s != hal::Status::kOk) return status_result(vm, s);
  }
  return Value::none();
}

// write(buf): sends until a byte is NACKed; returns the number of ACKs.
Value soft_write(Vm& vm, size_t, size_t, const Value* args) {
  BufferInfo buf;
  if (!buffer_arg(vm, args[1], &buf, false)) return Value::null();
  SoftBus bus = soft_bus(self_i2c(args[0]));
  const uint8_t* data = static_cast<const uint8_t*>(buf.data);
  sword acks = 0;
  for (size_t i = 0; i < buf.len; ++i) {
    bool ack;
    hal::Status s = bus.write_byte(data[i], &ack);
    if (s != hal::Status::kOk) return status_result(vm, s);
    if (!ack) break;
    ++acks;
  }
  return Value::small_int(acks);
}

bool i2c_print(Vm&, Printer& out, Value self, PrintKind) {
  I2cObj* o = self_i2c(self);
  if (o->soft) {
    return printf_to(out, "SoftI2C(scl=%d, sda=%d, freq=%lu)", int(o->scl), int(o->sda),
                     static_cast<unsigned long>(o->freq));
  }
  return printf_to(out, "I2C(%u, freq=%lu, scl=%d, sda=%d)", unsigned(o->id), static_cast<unsigned long>(o->freq),
                   int(o->scl), int(o->sda));
}

constexpr NativeFunction i2c_init_obj = native_fn(Q::init, i2c_init, 1, 3, true);
constexpr NativeFunction i2c_deinit_obj = native_fn(Q::deinit, i2c_deinit, 1, 1);
constexpr NativeFunction i2c_scan_obj = native_fn(Q::scan, i2c_scan, 1, 1);
constexpr NativeFunction i2c_readfrom_obj = native_fn(Q::readfrom, i2c_readfrom, 3, 4);
constexpr NativeFunction i2c_readfrom_into_obj = native_fn(Q::readfrom_into, i2c_readfrom_into, 3, 4);
constexpr NativeFunction i2c_writeto_obj = native_fn(Q::writeto, i2c_writeto, 3, 4);
constexpr NativeFunction i2c_writevto_obj = native_fn(Q::writevto, i2c_writevto, 3, 4);
constexpr NativeFunction i2c_readfrom_mem_obj = native_fn(Q::readfrom_mem, i2c_readfrom_mem, 1, 4, true);
constexpr NativeFunction i2c_readfrom_mem_into_obj =
    native_fn(Q::readfrom_mem_into, i2c_readfrom_mem_into, 1, 4, true);
constexpr NativeFunction i2c_writeto_mem_obj = native_fn(Q::writeto_mem, i2c_writeto_mem, 1, 4, true);
constexpr NativeFunction soft_start_obj = native_fn(Q::start, soft_start, 1, 1);
constexpr NativeFunction soft_stop_obj = native_fn(Q::stop, soft_stop, 1, 1);
constexpr NativeFunction soft_readinto_obj = native_fn(Q::readinto, soft_readinto, 2, 3);
constexpr NativeFunction soft_write_obj = native_fn(Q::write, soft_write, 2, 2);

constexpr std::array<MapEntry, 10> kI2cMethods = {{
    {q(Q::init), Value::object(&i2c_init_obj)},
    {q(Q::deinit), Value::object(&i2c_deinit_obj)},
    {q(Q::scan), Value::object(&i2c_scan_obj)},
    {q(Q::readfrom), Value::object(&i2c_readfrom_obj)},
    {q(Q::readfrom_into), Value::object(&i2c_readfrom_into_obj)},
    {q(Q::writeto), Value::object(&i2c_writeto_obj)},
    {q(Q::writevto), Value::object(&i2c_writevto_obj)},
    {q(Q::readfrom_mem), Value::object(&i2c_readfrom_mem_obj)},
    {q(Q::readfrom_mem_into), Value::object(&i2c_readfrom_mem_into_obj)},
    {q(Q::writeto_mem), Value::object(&i2c_writeto_mem_obj)},
}};
constexpr std::array<MapEntry, 4> kSoftI2cPrimitives = {{
    {q(Q::start), Value::object(&soft_start_obj)},
    {q(Q::stop), Value::object(&soft_stop_obj)},
    {q(Q::readinto), Value::object(&soft_readinto_obj)},
    {q(Q::write), Value::object(&soft_write_obj)},
}};

template <size_t N, size_t M>
consteval std::array<MapEntry, N + M> concat(const std::array<MapEntry, N>& a, const std::array<MapEntry, M>& b) {
  std::array<MapEntry, N + M> out{};
  for (size_t i = 0; i < N; ++i) out[i] = a[i];
  for (size_t i = 0; i < M; ++i) out[N + i] = b[i];
  return out;
}

constexpr auto i2c_locals_table = sorted_table<10>(kI2cMethods);
constexpr auto soft_i2c_locals_table = sorted_table<14>(concat(kI2cMethods, kSoftI2cPrimitives));
constexpr ConstMap i2c_locals = {i2c_locals_table.data(), i2c_locals_table.size()};
constexpr ConstMap soft_i2c_locals = {soft_i2c_locals_table.data(), soft_i2c_locals_table.size()};

}  // namespace

constexpr Type i2c_type = {
    .type = &type_type, .name = Q::I2C, .flags = 0, .instance_size = sizeof(I2cObj),
    .base = &object_type, .make_new = i2c_make_new, .print = i2c_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &i2c_locals};

constexpr Type soft_i2c_type = {
    .type = &type_type, .name = Q::SoftI2C, .flags = 0, .instance_size = sizeof(I2cObj),
    .base = &object_type, .make_new = soft_i2c_make_new, .print = i2c_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &soft_i2c_locals};

}  // namespace mote::machine
