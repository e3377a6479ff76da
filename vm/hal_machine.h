// hal_machine.h — the hardware contract: what every port supplies to the `machine` module.
//
// vm/hal.h lists what the interpreter core needs (console, ticks, files). This header lists the
// peripherals a board exposes to Python through `machine` (modules/machine), and the power,
// reset and event primitives the scheduler (vm/scheduler.h) waits on. The core includes this
// header and never a port header; each port defines every function below once (ports/rp2040,
// ports/esp32s3, and ports/host/board for the simulated board). docs/porting.md walks through
// them in the order a new port should implement them.
//
// Design choices:
//   - Free functions in namespace mote::hal, resolved at link time (Pigweed style): no vtables,
//     no registration, no RAM. A port that lacks a peripheral reports it through BoardInfo
//     (count 0) and its functions return Status::kUnimplemented.
//   - Peripherals are numbered (pin 0..n-1, I2C bus 0..n-1 ...). The valid ranges come from
//     board_info(), so the core can raise ValueError with the range ("invalid pin 40 (0..29)")
//     without knowing the board.
//   - Everything that could fail returns a Status (or StatusWithSize); nothing here raises. The
//     core maps a Status to the Python exception (modules/machine/machine_common.cc).
//   - Nothing here blocks for an unbounded time. Waiting with a timeout (UART reads, I2C clock
//     stretching, time_pulse_us) is policy, done in the core over ticks and wait_event_until(),
//     so every port gets the same timeout behaviour and Ctrl-C works while waiting.
//   - Interrupts. A function taking an IrqHandler calls it from *interrupt context*: it may run
//     at any instruction boundary of the main program. The core's handlers only record the
//     event in a fixed-size table and flag the scheduler (no heap, no Python); Python handlers
//     run at the VM's next safe point (vm/scheduler.h). A port must never call a handler
//     re-entrantly and must not call it while interrupts are disabled by irq_disable().
//
// Cost: nothing at run time beyond the calls; the enums are one byte each.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace mote::hal {

// ---------------------------------------------------------------------------------------------
// Status
// ---------------------------------------------------------------------------------------------

// The outcome of a HAL operation (Pigweed's status vocabulary). The core maps them to
// Python: kInvalidArgument/kOutOfRange → ValueError, kNotFound → OSError(ENODEV),
// kDeadlineExceeded → OSError(ETIMEDOUT), kDataLoss → OSError(EIO), kUnavailable →
// OSError(EBUSY), kUnimplemented → NotImplementedError (or ValueError for an absent unit).
enum class [[nodiscard]] Status : uint8_t {
  kOk,
  kInvalidArgument,   // a configuration the hardware cannot do (mode, pull, bits...)
  kOutOfRange,        // a number outside the board's range (frequency, timeout, address)
  kNotFound,          // no device answered (I2C address NACK)
  kDeadlineExceeded,  // the bus timed out (I2C clock stretching held too long)
  kDataLoss,          // the transfer was cut short (I2C data NACK, UART framing error)
  kUnavailable,       // the unit is in use by something else (the console UART, a busy DMA)
  kUnimplemented,     // this port does not have the feature
};

// A status plus a byte count (bytes transferred before the status, e.g. ACKed bytes).
struct [[nodiscard]] StatusWithSize {
  Status status;
  size_t size;
  constexpr bool ok() const { return status == Status::kOk; }
};

// Called from interrupt context when a peripheral raises an interrupt the core enabled.
// `context` is what the core passed when enabling it; `flags` says which trigger(s) fired
// (the peripheral's trigger bits below).
using IrqHandler = void (*)(void* context, uint32_t flags);

// ---------------------------------------------------------------------------------------------
// The board
// ---------------------------------------------------------------------------------------------

// What the board has, and the ranges the core validates arguments against. Counts are the
// number of units, numbered from 0. A zero count means "not available on this board".
struct BoardInfo {
  const char* name;            // "host-sim", "rp2040-pico", ...
  uint16_t pin_count;          // GPIOs 0..pin_count-1
  uint8_t adc_channel_count;   // ADC channels 0..n-1 (see adc_channel_of_pin)
  uint8_t i2c_count;           // hardware I2C controllers
  uint8_t spi_count;           // hardware SPI controllers
  uint8_t uart_count;          // UARTs (the console may use one: uart_init returns kUnavailable)
  uint8_t timer_count;         // hardware timer slots (machine.Timer ids 0..n-1; -1 uses the last free one)
  uint8_t drive_levels;        // Pin drive strengths 0..n-1 (0: the port has one strength)
  uint32_t adc_vref_uv;        // full scale of read_u16() == 65535, in microvolts
  uint32_t cpu_freq_min;       // Hz, accepted by cpu_freq_set
  uint32_t cpu_freq_max;
  uint32_t pwm_freq_min;       // Hz
  uint32_t pwm_freq_max;
  uint32_t i2c_freq_max;       // Hz
  uint32_t spi_baud_max;       // Hz
  uint32_t uart_baud_min;      // baud
  uint32_t uart_baud_max;
  uint32_t timer_freq_max;     // Hz: shortest timer period is 1/timer_freq_max
  uint32_t wdt_timeout_min_ms;
  uint32_t wdt_timeout_max_ms;
};

// The board's description. Valid from start-up to the end; the same object on every call.
const BoardInfo& board_info();

// The pin number for a board-specific name ("LED", "GP25", "D4"), or -1 if the board has no
// pin by that name. Names are case-sensitive. Ports without named pins return -1.
int pin_by_name(const char* name, size_t len);

// ---------------------------------------------------------------------------------------------
// Pins (machine.Pin, machine.Signal, the soft I2C/SPI buses)
// ---------------------------------------------------------------------------------------------

enum class PinMode : uint8_t {
  kInput,
  kOutput,        // push-pull
  kOpenDrain,     // drives low, or releases the line (value 1)
  kAlt,           // a peripheral function (`alt` number) drives the pin
  kAltOpenDrain,
  kAnalog,        // disconnected from the digital input (ADC use)
};

enum class PinPull : uint8_t { kNone, kUp, kDown };

struct PinConfig {
  PinMode mode;
  PinPull pull;
  uint8_t drive;  // 0..BoardInfo::drive_levels-1
  int16_t alt;    // peripheral function for kAlt/kAltOpenDrain; -1 otherwise
};

// Configures a pin. The output latch keeps its value across reconfiguration (MicroPython sets
// the latch with pin_write() *before* switching to output so the pin does not glitch).
Status pin_configure(uint32_t pin, const PinConfig& config);

// The pin's configuration as last set by pin_configure() (kInput, no pull, drive 0, alt -1
// after reset). Pin.mode()/pull()/drive() read it, so two Pin objects for one GPIO agree.
PinConfig pin_config(uint32_t pin);

// The level on the pad (0 or 1), whatever the mode: for an output it is the driven level,
// unless something stronger (a short) holds the line.
bool pin_read(uint32_t pin);

// Sets the output latch. Visible on the pad in kOutput (0/1) and kOpenDrain (0 drives low,
// 1 releases). Called with interrupts on; must be fast (soft I2C/SPI toggle pins through it).
void pin_write(uint32_t pin, bool level);

// Waits until the pad reads `level`, or hal_ticks_us() reaches `deadline_us`; returns whether
// the level was reached. A busy loop on a microcontroller (machine.time_pulse_us measures
// pulses with it, so it must not sleep); the simulated board jumps its clock from one level
// change to the next, which makes pulse measurements exact.
bool pin_wait(uint32_t pin, bool level, uint64_t deadline_us);

// Pin interrupt triggers (bit flags; also the `flags` passed to the IrqHandler).
enum PinTrigger : uint8_t {
  kPinFalling = 1 << 0,
  kPinRising = 1 << 1,
  kPinLowLevel = 1 << 2,   // fires on entering the low level (and once at enable if low)
  kPinHighLevel = 1 << 3,
};

// Calls `handler(context, triggers that fired)` on the given triggers. Replaces a previous
// handler of the pin. kInvalidArgument if the port cannot do the trigger combination.
Status pin_irq_enable(uint32_t pin, uint8_t triggers, IrqHandler handler, void* context);
void pin_irq_disable(uint32_t pin);

// Sends `data` MSB first as pulses on `pin` (already an output): a 1 bit is high for
// timing_ns[2] then low for timing_ns[3], a 0 bit high timing_ns[0] then low timing_ns[1]
// (machine.bitstream encoding 0, the WS2812 protocol). Blocks until sent; interrupts may be
// disabled meanwhile. kOutOfRange if a time is shorter than the port can produce.
Status bitstream(uint32_t pin, const uint32_t timing_ns[4], std::span<const uint8_t> data);

// ---------------------------------------------------------------------------------------------
// ADC
// ---------------------------------------------------------------------------------------------

// The ADC channel wired to `pin`, or -1 if the pin has no analog input.
int adc_channel_of_pin(uint32_t pin);

// Prepares a channel (its pin, if any, to kAnalog). kInvalidArgument for a bad channel.
Status adc_init(uint8_t channel);

// One conversion scaled to 0..65535 (a 12-bit ADC's 4095 reads 65535).
uint16_t adc_read_u16(uint8_t channel);

// One conversion in microvolts. A port with calibration data uses it; otherwise
// adc_read_u16() * adc_vref_uv / 65535.
uint32_t adc_read_uv(uint8_t channel);

// ---------------------------------------------------------------------------------------------
// PWM
// ---------------------------------------------------------------------------------------------

// Attaches a PWM generator to `pin` (its previous frequency/duty, or 0 duty at the current
// frequency for a fresh generator). kInvalidArgument if the pin cannot do PWM.
Status pwm_init(uint32_t pin);

// Sets the frequency. kOutOfRange outside [pwm_freq_min, pwm_freq_max]. Pins that share a
// generator on this hardware (RP2040 slices) change together; the duty ratio is kept.
Status pwm_set_freq(uint32_t pin, uint32_t hz);

// The frequency actually produced (after divider rounding).
uint32_t pwm_freq(uint32_t pin);

// Duty 0..65535 of the period; 65535 is always high. `invert` swaps the output's polarity.
void pwm_set_duty_u16(uint32_t pin, uint16_t duty, bool invert);
uint16_t pwm_duty_u16(uint32_t pin);

// Stops the output (the pin goes low) and frees the generator.
void pwm_deinit(uint32_t pin);

// ---------------------------------------------------------------------------------------------
// I2C controller (machine.I2C). machine.SoftI2C bit-bangs pins and needs nothing here.
// ---------------------------------------------------------------------------------------------

struct I2cConfig {
  uint32_t freq;        // Hz, 1..i2c_freq_max
  int16_t scl;          // pin, or -1: the bus's default pins
  int16_t sda;
  uint32_t timeout_us;  // longest clock stretch
};

Status i2c_init(uint8_t bus, const I2cConfig& config);
void i2c_deinit(uint8_t bus);

// One I2C transaction with the 7-bit `address`:
//   START, address+W, the bytes of every `writes` buffer back to back (if any), then, if
//   `read` is not empty, a repeated START, address+R, and read.size() bytes (the last NACKed);
//   a STOP at the end if `stop`.
// With no writes and an empty `read` it is an address probe (START, address+W, STOP).
// Returns kNotFound if the address is not ACKed; size is the number of written bytes that
// were ACKed (a data NACK ends the write phase early, which is not an error: writeto returns
// the count), or read.size() after a read.
StatusWithSize i2c_transfer(uint8_t bus, uint16_t address, std::span<const std::span<const uint8_t>> writes,
                            std::span<uint8_t> read, bool stop);

// ---------------------------------------------------------------------------------------------
// SPI controller (machine.SPI). machine.SoftSPI bit-bangs pins.
// ---------------------------------------------------------------------------------------------

struct SpiConfig {
  uint32_t baudrate;  // Hz, 1..spi_baud_max
  uint8_t polarity;   // clock idle level
  uint8_t phase;      // 0: sample on the first edge, 1: on the second
  uint8_t bits;       // bits per word (8 on every port so far)
  bool msb_first;
  int16_t sck;        // pins, or -1: the bus's default pins
  int16_t mosi;
  int16_t miso;
};

Status spi_init(uint8_t bus, const SpiConfig& config);
void spi_deinit(uint8_t bus);

// Full-duplex transfer of `len` bytes: sends tx (or `fill` for every byte when tx is null)
// and stores what arrives in rx (discarded when rx is null). tx and rx may be the same buffer.
Status spi_transfer(uint8_t bus, const uint8_t* tx, uint8_t* rx, size_t len, uint8_t fill);

// ---------------------------------------------------------------------------------------------
// UART (machine.UART)
// ---------------------------------------------------------------------------------------------

enum class UartParity : uint8_t { kNone, kEven, kOdd };

struct UartConfig {
  uint32_t baudrate;
  uint8_t bits;          // 5..9
  UartParity parity;
  uint8_t stop;          // 1 or 2
  int16_t tx;            // pins, or -1: the unit's default pins
  int16_t rx;
  uint16_t rxbuf;        // receive buffer bytes the port should keep (a hint)
  uint8_t invert;        // bit 0: invert TX, bit 1: invert RX
  bool flow_rts;
  bool flow_cts;
};

// kUnavailable if the unit carries the REPL console on this board.
Status uart_init(uint8_t id, const UartConfig& config);
void uart_deinit(uint8_t id);

// Bytes received and not read yet.
size_t uart_rx_available(uint8_t id);

// Takes up to `len` received bytes; never blocks. Returns how many were taken.
size_t uart_read(uint8_t id, uint8_t* out, size_t len);

// Queues up to `len` bytes for sending; never blocks. Returns how many were accepted (fewer
// when the transmit buffer is full; the core waits and retries).
size_t uart_write(uint8_t id, const uint8_t* data, size_t len);

// True once every queued byte has left the transmitter.
bool uart_tx_done(uint8_t id);

// Holds TX low for one frame time (a break).
void uart_send_break(uint8_t id);

// UART interrupt triggers (values of machine.UART.IRQ_*).
enum UartTrigger : uint16_t {
  kUartRx = 1 << 0,      // a byte arrived
  kUartRxIdle = 1 << 1,  // the line went idle after receiving (end of a message)
  kUartTxIdle = 1 << 2,  // the last queued byte was sent
  kUartBreak = 1 << 3,   // a break was received
};

Status uart_irq_enable(uint8_t id, uint16_t triggers, IrqHandler handler, void* context);
void uart_irq_disable(uint8_t id);

// ---------------------------------------------------------------------------------------------
// Hardware timers (machine.Timer)
// ---------------------------------------------------------------------------------------------

// Starts timer slot `id` (0..timer_count-1): calls handler(context, 1) every `period_us`
// (periodic) or once, `period_us` from now. Restarting a running slot replaces it.
// kOutOfRange if the period is shorter than 1/timer_freq_max.
Status timer_start(uint8_t id, uint64_t period_us, bool periodic, IrqHandler handler, void* context);
void timer_stop(uint8_t id);

// ---------------------------------------------------------------------------------------------
// Watchdog (machine.WDT)
// ---------------------------------------------------------------------------------------------

// Starts the watchdog: unless wdt_feed() is called within `timeout_ms`, the board resets with
// ResetCause::kWatchdog. Once started it cannot be stopped; a second call changes the timeout.
// kOutOfRange outside [wdt_timeout_min_ms, wdt_timeout_max_ms].
Status wdt_start(uint32_t timeout_ms);
void wdt_feed();

// ---------------------------------------------------------------------------------------------
// Real-time clock (machine.RTC)
// ---------------------------------------------------------------------------------------------

struct DateTime {
  uint16_t year;        // e.g. 2024
  uint8_t month;        // 1..12
  uint8_t day;          // 1..31
  uint8_t weekday;      // 0 = Monday .. 6 = Sunday (ignored by rtc_set: computed)
  uint8_t hour;         // 0..23
  uint8_t minute;
  uint8_t second;
  uint32_t microsecond;
};

Status rtc_get(DateTime* out);
// kInvalidArgument for an impossible date (the core validates first; ports may check again).
Status rtc_set(const DateTime& time);

// ---------------------------------------------------------------------------------------------
// Power, reset, CPU
// ---------------------------------------------------------------------------------------------

// Why the board last started (the value of machine.reset_cause(); a soft reset keeps it).
enum class ResetCause : uint8_t {
  kPowerOn = 1,
  kHard = 2,       // machine.reset(), the reset pin
  kWatchdog = 3,
  kDeepSleep = 4,
  kSoft = 5,       // a port that cannot tell a software reset from power-on
};

ResetCause reset_cause();

// Resets the board as the reset pin would (next reset_cause(): kHard), or wakes it from deep
// sleep (kDeepSleep). On a microcontroller these do not return. A hosted port that cannot reset
// the process from inside Python code may return: it has recorded the request, makes
// reset_pending() true, and completes the reset when control is back in its main loop; the
// core then unwinds the running program with SystemExit.
void reset();
// Sleeps with everything off but the RTC for `ms` (0: until a wake pin), then resets.
void deepsleep(uint32_t ms);
// Reboots into the bootloader (USB mass storage / DFU). May return on a hosted port, as reset().
void bootloader();

// True between a returning reset()/deepsleep()/watchdog expiry and the port's reset. The core
// raises SystemExit at every safe point while it is true, so the program cannot continue.
bool reset_pending();

// Sleeps with clocks gated until `ms` pass or an enabled interrupt wakes the CPU (0: only an
// interrupt). Interrupts that arrive are delivered before it returns.
void lightsleep(uint32_t ms);

// Saves the interrupt state and disables interrupts (IrqHandlers are held back); returns the
// state for irq_restore(). Nests.
uint32_t irq_disable();
void irq_restore(uint32_t state);

// CPU clock in Hz; cpu_freq_set changes it (kOutOfRange outside [cpu_freq_min, cpu_freq_max],
// kInvalidArgument for a frequency between supported steps).
uint32_t cpu_freq();
Status cpu_freq_set(uint32_t hz);

// A free-running cycle counter (machine/time ticks_cpu); wraps.
uint32_t ticks_cpu();

// ---------------------------------------------------------------------------------------------
// Waiting for events (the scheduler's primitive)
// ---------------------------------------------------------------------------------------------

// Returns when an interrupt has been delivered, when hal_ticks_us() reaches `deadline_us`,
// or after at most 1 ms — whichever is first. A microcontroller executes WFE/WFI; the
// simulated board advances its virtual clock to the next scheduled event instead. The core
// loops around it: it never relies on the exact wake-up reason.
void wait_event_until(uint64_t deadline_us);

// Delivers events that are due. Ports whose interrupts come from real hardware define it empty;
// the simulated board raises its timers, scripted pins, watchdog and console input here. The
// core calls it at every safe point where it handles pending interrupts (vm/scheduler.h).
void poll_events();

// ---------------------------------------------------------------------------------------------
// Identity, randomness, memory
// ---------------------------------------------------------------------------------------------

// Copies the board's unique id (flash serial, MAC) into `out`; returns its length (at most
// out.size(); ids are at most 16 bytes).
size_t unique_id(std::span<uint8_t> out);

// 32 random bits from a hardware source (ring oscillator, RF noise), or a seeded PRNG on a port
// without one. Used to seed `random` and for os.urandom.
uint32_t random_u32();

// machine.mem8/16/32: reads/writes `width` (1, 2 or 4) bytes at `address`. kOutOfRange if the
// address is not readable/writable (unmapped, or misaligned for the width) — a microcontroller
// port may allow every address; a hosted port maps a simulated register window.
Status mem_read(uintptr_t address, uint8_t width, uint32_t* out);
Status mem_write(uintptr_t address, uint8_t width, uint32_t value);

}  // namespace mote::hal
