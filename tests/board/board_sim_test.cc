// board_sim_test.cc — the simulated board, specified peripheral by peripheral, without a VM.
//
// Every test builds a Board from a board.ini text and a fake host clock that only moves when
// the test says so, so times are exact. Interrupt handlers are plain C functions that count.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "ports/host/board/board.h"

namespace mote::board {
namespace {

uint64_t fake_real_us = 0;
uint64_t fake_clock() { return fake_real_us; }

struct Fixture {
  explicit Fixture(const std::string& ini) : board(parse(ini), "/tmp", &fake_clock) {}
  static BoardConfig parse(const std::string& ini) {
    BoardConfig c;
    std::string error;
    EXPECT_TRUE(parse_board_config(ini, &c, &error)) << error;
    return c;
  }
  Board board;
};

struct IrqLog {
  int calls = 0;
  uint32_t flags = 0;
};

// Sleeps until board time `t`, as the core's wait loop does around hal::wait_event_until().
void sleep_to(Board& b, uint64_t t) {
  while (b.now_us() < t && !b.reset_pending()) b.wait_until(t);
}

void record(void* context, uint32_t flags) {
  auto* log = static_cast<IrqLog*>(context);
  ++log->calls;
  log->flags |= flags;
}

// --- the description file ---------------------------------------------------------------------

TEST(BoardConfig, ParsesEverySection) {
  BoardConfig c;
  std::string error;
  ASSERT_TRUE(parse_board_config(R"(
# a board
[board]
name = test-board   # trailing comment
pins = 16
clock = realtime
unique_id = 0102a0ff
[names]
LED = 15
[wires]
1 2
3 4 5
[script]
repeat = 40ms
20ms 6 0
10ms 6 1
[adc]
pins = 10 11 -
0 = 1.65V
2 = 1000
[i2c.0]
scl = 8
sda = 9
0x50 = eeprom size=4096 page=32
0x48 = tmp102 celsius=25
[spi.1]
loopback = yes
[uart.0]
loopback = yes
[flash]
blocks = 8
[mem]
base = 0x40000000
size = 256
)",
                                 &c, &error))
      << error;
  EXPECT_EQ(c.name, "test-board");
  EXPECT_EQ(c.pin_count, 16);
  EXPECT_EQ(c.clock, ClockMode::kRealtime);
  EXPECT_EQ(c.unique_id, (std::vector<uint8_t>{1, 2, 0xa0, 0xff}));
  ASSERT_EQ(c.names.size(), 1u);
  EXPECT_EQ(c.names[0].second, 15);
  ASSERT_EQ(c.wires.size(), 2u);
  EXPECT_EQ(c.wires[1].size(), 3u);
  ASSERT_EQ(c.script.size(), 2u);
  EXPECT_EQ(c.script[0].time_us, 10000u);  // sorted by time
  EXPECT_EQ(c.script_repeat_us, 40000u);
  EXPECT_EQ(c.adc_pins, (std::vector<int>{10, 11, -1}));
  EXPECT_EQ(c.adc_values[0], 32768);  // 1.65 V of 3.3 V
  EXPECT_EQ(c.adc_values[2], 1000);
  EXPECT_EQ(c.i2c[0].scl, 8);
  ASSERT_EQ(c.i2c[0].devices.size(), 2u);
  EXPECT_EQ(c.i2c[0].devices[0].address, 0x50);
  EXPECT_TRUE(c.spi[1].loopback);
  EXPECT_TRUE(c.uart[0].loopback);
  EXPECT_EQ(c.flash_blocks, 8u);
  EXPECT_EQ(c.mem_base, 0x40000000u);
}

TEST(BoardConfig, ReportsTheLineOfAnError) {
  BoardConfig c;
  std::string error;
  EXPECT_FALSE(parse_board_config("[board]\npins = 8\n[wires]\n1 9\n", &c, &error));
  EXPECT_EQ(error, "line 4: invalid pin '9'");
  EXPECT_FALSE(parse_board_config("[bored]\nx = 1\n", &c, &error));
  EXPECT_EQ(error, "line 2: unknown section 'bored'");
  EXPECT_FALSE(parse_board_config("[script]\n10 ms 3 1\n", &c, &error));
  EXPECT_EQ(error, "line 2: a script step is: TIME PIN LEVEL");
  EXPECT_FALSE(parse_board_config("[i2c.0]\n0x90 = eeprom\n", &c, &error));
  EXPECT_EQ(error, "line 2: unknown key or bad 7-bit address '0x90'");
}

TEST(BoardConfig, ValueParsers) {
  uint64_t v;
  EXPECT_TRUE(parse_duration_us("1.5ms", &v));
  EXPECT_EQ(v, 1500u);
  EXPECT_TRUE(parse_duration_us("2s", &v));
  EXPECT_EQ(v, 2000000u);
  EXPECT_FALSE(parse_duration_us("10", &v));
  EXPECT_FALSE(parse_duration_us("ms", &v));
  EXPECT_TRUE(parse_microvolts("800mV", &v));
  EXPECT_EQ(v, 800000u);
  EXPECT_TRUE(parse_uint("0x1F", &v));
  EXPECT_EQ(v, 31u);
  EXPECT_FALSE(parse_uint("12a", &v));
}

// --- pins -----------------------------------------------------------------------------------------

TEST(Pins, AWireCarriesAnOutputToAnInputAndRaisesItsEdges) {
  Fixture f("[wires]\n2 3\n");
  PinBank& pins = f.board.pins();
  IrqLog log;
  pins.configure(2, hal::PinMode::kOutput, hal::PinPull::kNone);
  pins.configure(3, hal::PinMode::kInput, hal::PinPull::kNone);
  pins.irq_enable(3, hal::kPinRising | hal::kPinFalling, record, &log);
  pins.write(2, true);
  EXPECT_TRUE(pins.read(3));
  f.board.deliver();
  EXPECT_EQ(log.calls, 1);
  EXPECT_EQ(log.flags, hal::kPinRising);
  pins.write(2, true);  // no change, no edge
  pins.write(2, false);
  f.board.deliver();
  EXPECT_EQ(log.calls, 2);
  EXPECT_EQ(log.flags, hal::kPinRising | hal::kPinFalling);
}

TEST(Pins, PullsOpenDrainAndContention) {
  Fixture f("[wires]\n4 5\n6 7\n");
  PinBank& pins = f.board.pins();
  EXPECT_FALSE(pins.read(0));  // floating reads 0
  pins.configure(0, hal::PinMode::kInput, hal::PinPull::kUp);
  EXPECT_TRUE(pins.read(0));
  // Open drain with a pull-up: releases high, drives low.
  pins.configure(4, hal::PinMode::kOpenDrain, hal::PinPull::kNone);
  pins.configure(5, hal::PinMode::kInput, hal::PinPull::kUp);
  pins.write(4, true);
  EXPECT_TRUE(pins.read(5));
  pins.write(4, false);
  EXPECT_FALSE(pins.read(5));
  // Two push-pull outputs fighting: 0 wins, and it is counted.
  pins.configure(6, hal::PinMode::kOutput, hal::PinPull::kNone);
  pins.configure(7, hal::PinMode::kOutput, hal::PinPull::kNone);
  pins.write(6, true);
  EXPECT_FALSE(pins.read(6));
  EXPECT_GT(pins.contention(), 0u);
}

TEST(Pins, LevelTriggersFireOnEnteringTheLevelAndAtEnable) {
  Fixture f("");
  IrqLog log;
  f.board.pins().configure(1, hal::PinMode::kInput, hal::PinPull::kNone);
  f.board.pins().irq_enable(1, hal::kPinLowLevel, record, &log);
  f.board.deliver();
  EXPECT_EQ(log.calls, 1);  // already low
}

TEST(Pins, AScriptDrivesPinsOnTheVirtualClock) {
  fake_real_us = 0;
  Fixture f("[script]\n10ms 6 1\n15ms 6 0\nrepeat = 20ms\n");
  IrqLog log;
  f.board.pins().irq_enable(6, hal::kPinRising, record, &log);
  sleep_to(f.board, 9000);
  EXPECT_FALSE(f.board.pins().read(6));
  sleep_to(f.board, 12000);
  EXPECT_TRUE(f.board.pins().read(6));
  sleep_to(f.board, 100000);  // cycles start at 10, 30, 50, 70, 90 ms
  EXPECT_EQ(log.calls, 5);
}

TEST(Pins, DisabledInterruptsAreHeldBackUntilRestored) {
  Fixture f("[wires]\n2 3\n");
  IrqLog log;
  f.board.pins().configure(2, hal::PinMode::kOutput, hal::PinPull::kNone);
  f.board.pins().irq_enable(3, hal::kPinRising, record, &log);
  uint32_t state = f.board.irq_disable();
  f.board.pins().write(2, true);
  f.board.deliver();
  EXPECT_EQ(log.calls, 0);
  f.board.irq_restore(state);
  EXPECT_EQ(log.calls, 1);
}

// --- I2C ------------------------------------------------------------------------------------------

constexpr const char* kI2cBoard =
    "[i2c.0]\nscl = 5\nsda = 4\n0x50 = eeprom\n0x48 = tmp102 celsius=25.5\n";

hal::StatusWithSize write(Board& b, uint16_t addr, std::vector<uint8_t> bytes, bool stop = true) {
  std::span<const uint8_t> w(bytes);
  return b.i2c_bus(0).transfer(addr, std::span(&w, 1), {}, stop);
}

std::vector<uint8_t> read(Board& b, uint16_t addr, std::vector<uint8_t> prefix, size_t n) {
  std::vector<uint8_t> out(n);
  std::span<const uint8_t> w(prefix);
  auto r = b.i2c_bus(0).transfer(addr, prefix.empty() ? std::span<const std::span<const uint8_t>>() : std::span(&w, 1),
                                 out, true);
  EXPECT_EQ(r.status, hal::Status::kOk);
  return out;
}

TEST(I2c, ProbeFindsOnlyTheDevicesThatAreThere) {
  Fixture f(kI2cBoard);
  std::vector<int> found;
  for (uint16_t a = 0x08; a < 0x78; ++a) {
    if (f.board.i2c_bus(0).transfer(a, {}, {}, true).ok()) found.push_back(a);
  }
  EXPECT_EQ(found, (std::vector<int>{0x48, 0x50}));
}

TEST(I2c, EepromWritesAPageAndReadsSequentially) {
  Fixture f(kI2cBoard);
  auto r = write(f.board, 0x50, {0x01, 0x00, 'a', 'b', 'c'});
  EXPECT_EQ(r.status, hal::Status::kOk);
  EXPECT_EQ(r.size, 5u);  // every byte ACKed
  EXPECT_EQ(read(f.board, 0x50, {0x01, 0x00}, 4), (std::vector<uint8_t>{'a', 'b', 'c', 0xff}));
  // A current-address read continues from the counter.
  EXPECT_EQ(read(f.board, 0x50, {}, 1), (std::vector<uint8_t>{0xff}));
}

TEST(I2c, EepromPageWritesWrapInsideThePage) {
  Fixture f(kI2cBoard);
  std::vector<uint8_t> bytes = {0x00, 30, 1, 2, 3, 4};  // starts 2 bytes before the page end
  ASSERT_TRUE(write(f.board, 0x50, bytes).ok());
  EXPECT_EQ(read(f.board, 0x50, {0x00, 0}, 2), (std::vector<uint8_t>{3, 4}));
  EXPECT_EQ(read(f.board, 0x50, {0x00, 30}, 3), (std::vector<uint8_t>{1, 2, 0xff}));
}

TEST(I2c, EepromIgnoresItsAddressDuringTheWriteCycle) {
  fake_real_us = 0;
  Fixture f("[i2c.0]\n0x50 = eeprom write_ms=5ms\n");
  ASSERT_TRUE(write(f.board, 0x50, {0, 0, 42}).ok());
  EXPECT_EQ(write(f.board, 0x50, {0, 0}).status, hal::Status::kNotFound);
  fake_real_us += 5000;
  EXPECT_EQ(read(f.board, 0x50, {0, 0}, 1), (std::vector<uint8_t>{42}));
}

TEST(I2c, Tmp102Registers) {
  Fixture f(kI2cBoard);
  EXPECT_EQ(read(f.board, 0x48, {0}, 2), (std::vector<uint8_t>{0x19, 0x80}));  // 25.5 C = 408 << 4
  EXPECT_EQ(read(f.board, 0x48, {1}, 2), (std::vector<uint8_t>{0x60, 0xa0}));  // configuration
  ASSERT_TRUE(write(f.board, 0x48, {3, 0x1e, 0x00}).ok());                     // T_HIGH = 30 C
  EXPECT_EQ(read(f.board, 0x48, {3}, 2), (std::vector<uint8_t>{0x1e, 0x00}));
  ASSERT_TRUE(write(f.board, 0x48, {0, 0x12, 0x34}).ok());  // the temperature is read-only
  EXPECT_EQ(read(f.board, 0x48, {0}, 2), (std::vector<uint8_t>{0x19, 0x80}));
}

// A bit-banging controller on the board's pins, as machine.SoftI2C does it.
class BitBang {
 public:
  BitBang(PinBank& pins, uint16_t scl, uint16_t sda) : p_(pins), scl_(scl), sda_(sda) {
    p_.configure(scl, hal::PinMode::kOpenDrain, hal::PinPull::kNone);
    p_.configure(sda, hal::PinMode::kOpenDrain, hal::PinPull::kNone);
    p_.write(scl, true);
    p_.write(sda, true);
  }
  void start() {
    p_.write(sda_, true);
    p_.write(scl_, true);
    p_.write(sda_, false);
    p_.write(scl_, false);
  }
  void stop() {
    p_.write(sda_, false);
    p_.write(scl_, true);
    p_.write(sda_, true);
  }
  bool write(uint8_t byte) {  // true: ACK
    for (int i = 7; i >= 0; --i) {
      p_.write(sda_, (byte >> i) & 1);
      p_.write(scl_, true);
      p_.write(scl_, false);
    }
    p_.write(sda_, true);
    p_.write(scl_, true);
    bool ack = !p_.read(sda_);
    p_.write(scl_, false);
    return ack;
  }
  uint8_t read(bool ack) {
    p_.write(sda_, true);
    uint8_t b = 0;
    for (int i = 0; i < 8; ++i) {
      p_.write(scl_, true);
      b = static_cast<uint8_t>(b << 1 | p_.read(sda_));
      p_.write(scl_, false);
    }
    p_.write(sda_, !ack);
    p_.write(scl_, true);
    p_.write(scl_, false);
    p_.write(sda_, true);
    return b;
  }

 private:
  PinBank& p_;
  uint16_t scl_, sda_;
};

TEST(I2c, ABitBangingControllerOnThePinsReachesTheSameDevices) {
  Fixture f(kI2cBoard);
  BitBang bus(f.board.pins(), 5, 4);
  bus.start();
  EXPECT_FALSE(bus.write(0x33 << 1));  // nobody at 0x33
  bus.stop();
  bus.start();
  EXPECT_TRUE(bus.write(0x50 << 1));
  EXPECT_TRUE(bus.write(0x00));
  EXPECT_TRUE(bus.write(0x10));
  EXPECT_TRUE(bus.write(0xa5));
  EXPECT_TRUE(bus.write(0x5a));
  bus.stop();
  // Read back through the hardware path...
  EXPECT_EQ(read(f.board, 0x50, {0x00, 0x10}, 2), (std::vector<uint8_t>{0xa5, 0x5a}));
  // ...and through the pins, with a repeated START.
  bus.start();
  EXPECT_TRUE(bus.write(0x48 << 1));
  EXPECT_TRUE(bus.write(0x00));
  bus.start();
  EXPECT_TRUE(bus.write(0x48 << 1 | 1));
  EXPECT_EQ(bus.read(true), 0x19);
  EXPECT_EQ(bus.read(false), 0x80);
  bus.stop();
}

// --- SPI, UART --------------------------------------------------------------------------------------

TEST(Spi, LoopbackReturnsWhatWasSent) {
  Fixture f("[spi.0]\nloopback = yes\n");
  hal::SpiConfig config{1000000, 0, 0, 8, true, -1, -1, -1};
  ASSERT_EQ(f.board.spi_init(0, config), hal::Status::kOk);
  ASSERT_EQ(f.board.spi_init(1, config), hal::Status::kOk);
  uint8_t tx[3] = {1, 2, 3}, rx[3] = {};
  ASSERT_EQ(f.board.spi_transfer(0, tx, rx, 3, 0), hal::Status::kOk);
  EXPECT_EQ(rx[2], 3);
  ASSERT_EQ(f.board.spi_transfer(1, tx, rx, 3, 0), hal::Status::kOk);
  EXPECT_EQ(rx[0], 0xff);  // bus 1 has nothing on MISO
}

TEST(Uart, LoopbackBytesArriveAfterTheirFrameTime) {
  fake_real_us = 0;
  Fixture f("[uart.1]\nloopback = yes\n");
  SimUart& u = f.board.uart(1);
  IrqLog log;
  u.init(hal::UartConfig{10000, 8, hal::UartParity::kNone, 1, -1, -1, 256, 0, false, false}, 0);
  u.irq_enable(hal::kUartRx | hal::kUartRxIdle | hal::kUartTxIdle, record, &log);
  EXPECT_EQ(u.write(reinterpret_cast<const uint8_t*>("hello"), 5, f.board.now_us()), 5u);
  EXPECT_FALSE(u.tx_done());
  sleep_to(f.board, 2500);  // 10 bits at 10 kBd = 1 ms per byte
  EXPECT_EQ(u.available(), 2u);
  EXPECT_EQ(log.flags, hal::kUartRx);
  sleep_to(f.board, 20000);
  EXPECT_TRUE(u.tx_done());
  uint8_t buf[8];
  EXPECT_EQ(u.read(buf, sizeof buf), 5u);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(buf), 5), "hello");
  EXPECT_EQ(log.flags, hal::kUartRx | hal::kUartRxIdle | hal::kUartTxIdle);
}

// --- timers, watchdog, reset, sleep -----------------------------------------------------------------

TEST(Timers, APeriodicTimerFiresOncePerPeriodOfVirtualTime) {
  fake_real_us = 0;
  Fixture f("");
  IrqLog log;
  ASSERT_EQ(f.board.timer_start(0, 100000, true, record, &log), hal::Status::kOk);
  sleep_to(f.board, 350000);
  EXPECT_EQ(log.calls, 3);
  EXPECT_EQ(f.board.now_us(), 350000u);  // the sleep took no real time
  EXPECT_EQ(fake_real_us, 0u);
  f.board.timer_stop(0);
  sleep_to(f.board, 1000000);
  EXPECT_EQ(log.calls, 3);
}

TEST(Timers, AOneShotTimerFiresOnce) {
  fake_real_us = 0;
  Fixture f("");
  IrqLog log;
  ASSERT_EQ(f.board.timer_start(1, 5000, false, record, &log), hal::Status::kOk);
  sleep_to(f.board, 50000);
  EXPECT_EQ(log.calls, 1);
  EXPECT_EQ(f.board.timer_start(1, 0, false, record, &log), hal::Status::kOutOfRange);
}

TEST(Watchdog, ResetsTheBoardUnlessFed) {
  fake_real_us = 0;
  Fixture f("");
  ASSERT_EQ(f.board.wdt_start(100), hal::Status::kOk);
  for (int i = 0; i < 5; ++i) {
    sleep_to(f.board, f.board.now_us() + 80000);
    f.board.wdt_feed();
  }
  EXPECT_FALSE(f.board.reset_pending());
  sleep_to(f.board, 10000000);
  EXPECT_TRUE(f.board.reset_pending());
  f.board.complete_reset();
  EXPECT_EQ(f.board.reset_cause(), hal::ResetCause::kWatchdog);
  EXPECT_LT(f.board.now_us(), 1000u);  // the clock restarted
  EXPECT_EQ(f.board.wdt_start(0), hal::Status::kOutOfRange);
}

TEST(Reset, DeepSleepWakesWithItsCauseAndTheRtcKeepsCounting) {
  fake_real_us = 0;
  Fixture f("");
  hal::DateTime t{2024, 2, 29, 0, 23, 59, 58, 0};
  ASSERT_EQ(f.board.rtc_set(t), hal::Status::kOk);
  f.board.request_reset(hal::ResetCause::kDeepSleep, 5000000);
  f.board.complete_reset();
  EXPECT_EQ(f.board.reset_cause(), hal::ResetCause::kDeepSleep);
  hal::DateTime now;
  ASSERT_EQ(f.board.rtc_get(&now), hal::Status::kOk);
  EXPECT_EQ(now.year, 2024);
  EXPECT_EQ(now.month, 3);
  EXPECT_EQ(now.day, 1);
  EXPECT_EQ(now.weekday, 4);  // a Friday
  EXPECT_EQ(now.second, 3);
}

TEST(Reset, SoftResetStopsInterruptsButKeepsPinsAndTheWatchdog) {
  Fixture f("");
  IrqLog log;
  f.board.pins().configure(3, hal::PinMode::kOutput, hal::PinPull::kNone);
  f.board.pins().write(3, true);
  ASSERT_EQ(f.board.wdt_start(1000), hal::Status::kOk);
  ASSERT_EQ(f.board.timer_start(0, 1000, true, record, &log), hal::Status::kOk);
  f.board.soft_reset();
  EXPECT_TRUE(f.board.pins().read(3));
  EXPECT_NE(f.board.state_text().find("wdt timeout_ms=1000"), std::string::npos);
  f.board.complete_reset();
  EXPECT_FALSE(f.board.pins().read(3));
  EXPECT_EQ(f.board.state_text().find("wdt"), std::string::npos);
}

TEST(Sleep, LightsleepWakesOnAnInterrupt) {
  fake_real_us = 0;
  Fixture f("[script]\n30ms 2 1\n");
  IrqLog log;
  f.board.pins().irq_enable(2, hal::kPinRising, record, &log);
  f.board.lightsleep(1000);
  EXPECT_EQ(log.calls, 1);
  EXPECT_EQ(f.board.now_us(), 30000u);
}

// --- PWM, ADC, state file, flash, memory ------------------------------------------------------------

TEST(Pwm, TheWaveformIsReadableAndReportedInTheStateFile) {
  fake_real_us = 0;
  const std::string path = testing::TempDir() + "board_state_test.txt";
  Fixture f("state_file = " + path + "\n");
  ASSERT_EQ(f.board.pwm_init(7), hal::Status::kOk);
  ASSERT_EQ(f.board.pwm_set_freq(7, 1000), hal::Status::kOk);
  f.board.pwm_set_duty(7, 16384, false);  // 25 %
  EXPECT_TRUE(f.board.pins().read(7));    // t = 0 us: high
  fake_real_us = 300;
  EXPECT_FALSE(f.board.pins().read(7));   // 300 us: past the 250 us high time
  EXPECT_EQ(f.board.pwm_set_freq(7, 1), hal::Status::kOutOfRange);
  f.board.write_state_file();
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("pwm 7 freq=1000 duty_u16=16384 duty_ns=250000 invert=0"), std::string::npos) << text;
  std::remove(path.c_str());
}

TEST(Pwm, PinWaitJumpsFromEdgeToEdgeSoPulsesMeasureExactly) {
  fake_real_us = 0;
  Fixture f("[wires]\n6 7\n");
  ASSERT_EQ(f.board.pwm_init(6), hal::Status::kOk);
  ASSERT_EQ(f.board.pwm_set_freq(6, 1000), hal::Status::kOk);
  f.board.pwm_set_duty(6, 16384, false);
  fake_real_us = 100;                            // inside the first high phase
  ASSERT_TRUE(f.board.pin_wait(7, true, 5000));  // already high
  ASSERT_TRUE(f.board.pin_wait(7, false, 5000));
  EXPECT_EQ(f.board.now_us(), 250u);
  ASSERT_TRUE(f.board.pin_wait(7, true, 5000));
  const uint64_t rise = f.board.now_us();
  ASSERT_TRUE(f.board.pin_wait(7, false, 5000));
  EXPECT_EQ(rise, 1000u);
  EXPECT_EQ(f.board.now_us() - rise, 250u);
  EXPECT_FALSE(f.board.pin_wait(8, true, 9000));  // a floating pin never rises
  EXPECT_EQ(f.board.now_us(), 9000u);
}

TEST(Adc, ChannelsReadTheirConfiguredValues) {
  Fixture f("[adc]\n1 = 0.825V\n");
  EXPECT_EQ(f.board.adc_channel_of_pin(27), 1);
  EXPECT_EQ(f.board.adc_channel_of_pin(3), -1);
  EXPECT_EQ(f.board.adc_read_u16(1), 16384);
  EXPECT_EQ(f.board.adc_read_u16(4), 14020);  // the internal temperature channel: 27 C
}

TEST(Flash, NorSemantics) {
  Fixture f("[flash]\nblocks = 2\nblock_size = 256\n");
  SimFlash& flash = f.board.flash();
  uint8_t a[2] = {0x0f, 0xf0}, out[2];
  ASSERT_EQ(flash.program(1, 10, a), hal::Status::kOk);
  uint8_t b[2] = {0x3c, 0x3c};
  ASSERT_EQ(flash.program(1, 10, b), hal::Status::kOk);  // programming ANDs
  ASSERT_EQ(flash.read(1, 10, out), hal::Status::kOk);
  EXPECT_EQ(out[0], 0x0c);
  EXPECT_EQ(out[1], 0x30);
  ASSERT_EQ(flash.erase(1), hal::Status::kOk);
  ASSERT_EQ(flash.read(1, 10, out), hal::Status::kOk);
  EXPECT_EQ(out[0], 0xff);
  EXPECT_EQ(flash.read(2, 0, out), hal::Status::kOutOfRange);
  EXPECT_EQ(flash.read(1, 255, out), hal::Status::kOutOfRange);
}

TEST(Memory, TheRegisterWindowIsLittleEndianAndAligned) {
  Fixture f("");
  uint32_t v;
  ASSERT_EQ(f.board.mem_write(0x20000004, 4, 0x11223344), hal::Status::kOk);
  ASSERT_EQ(f.board.mem_read(0x20000004, 1, &v), hal::Status::kOk);
  EXPECT_EQ(v, 0x44u);
  ASSERT_EQ(f.board.mem_read(0x20000006, 2, &v), hal::Status::kOk);
  EXPECT_EQ(v, 0x1122u);
  EXPECT_EQ(f.board.mem_read(0x20000005, 4, &v), hal::Status::kOutOfRange);
  EXPECT_EQ(f.board.mem_read(0x10000000, 4, &v), hal::Status::kOutOfRange);
  EXPECT_EQ(f.board.mem_read(0x20000000 + 4096, 1, &v), hal::Status::kOutOfRange);
}

TEST(Bitstream, RecordsTheBytesAndTakesTheirTime) {
  fake_real_us = 0;
  Fixture f("");
  const uint32_t timing[4] = {400, 850, 800, 450};  // WS2812
  const uint8_t data[3] = {0xff, 0x00, 0x81};
  ASSERT_EQ(f.board.bitstream(12, timing, data), hal::Status::kOk);
  EXPECT_NE(f.board.state_text().find("bitstream 12 ff0081"), std::string::npos);
  EXPECT_EQ(f.board.now_us(), 30u);  // 24 bits of 1.25 us
}

}  // namespace
}  // namespace mote::board
