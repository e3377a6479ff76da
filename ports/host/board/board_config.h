// board_config.h — the simulated board's description file (DIR/board.ini), parsed.
//
// `mote --board DIR` reads DIR/board.ini to learn how the simulated board is wired: which pins
// are joined by wires, which pins a script drives, which I2C devices answer on which bus, what
// the ADC channels read, and so on. The format is INI-like so it needs no library and reads
// well in a test fixture:
//
//   # comment (also after a value)
//   [board]                 name, pins, timers, clock (virtual|realtime), cpu_freq,
//                           unique_id (hex), seed, state_file, adc_vref
//   [names]                 LED = 25              a pin name for Pin("LED")
//   [wires]                 2 3                   pins joined by a wire (one line per wire)
//   [script]                10ms 6 1              at 10 ms (virtual), pin 6 is driven high;
//                           repeat = 40ms         level 0, 1 or z (released); optional repeat
//   [adc]                   pins = 26 27 28 29    channel i reads pin pins[i]
//                           0 = 32768             channel 0 reads 32768 (or 1.65V, 800mV)
//   [i2c.0]                 scl = 5               the bus's pins (a SoftI2C on them sees
//                           sda = 4               the same devices)
//                           0x50 = eeprom size=4096 page=32 write_ms=0
//                           0x48 = tmp102 celsius=21.5
//   [spi.0]                 loopback = yes        MOSI wired to MISO (else MISO reads 0xFF)
//   [uart.0]                loopback = yes        TX wired to RX
//   [flash]                 blocks = 64           block_size = 4096, file = flash.bin
//   [mem]                   base = 0x20000000     size = 4096: the machine.mem* window
//
// One `key = value` per line. docs/machine.md documents every key with its default. Numbers accept 0x.. hex; times take
// a unit (us, ms, s); voltages V, mV or uV. Unknown sections and keys are errors, reported
// with their line number, because a typo in a wiring file otherwise fails silently.
//
// Host code: uses std::string / std::vector (ports/host is not core code).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mote::board {

enum class ClockMode : uint8_t {
  kVirtual,   // sleeps and idle waits jump the clock forward; otherwise it runs with real time
  kRealtime,  // sleeps wait for real
};

struct ScriptStep {
  uint64_t time_us;
  uint16_t pin;
  int8_t level;  // 0, 1, or -1: released (stop driving)
};

struct I2cDeviceConfig {
  uint16_t address;
  std::string kind;                            // "eeprom" or "tmp102"
  std::vector<std::pair<std::string, std::string>> params;  // key=value after the kind
};

struct I2cBusConfig {
  int scl = -1;  // pins of the bus; -1: not wired to pins (no SoftI2C access)
  int sda = -1;
  std::vector<I2cDeviceConfig> devices;
};

struct SpiBusConfig {
  bool loopback = false;
  int sck = -1, mosi = -1, miso = -1;
};

struct UartConfig {
  bool loopback = false;
};

struct BoardConfig {
  std::string name = "mote-sim";
  uint16_t pin_count = 30;
  uint8_t timer_count = 4;
  ClockMode clock = ClockMode::kVirtual;
  uint32_t cpu_freq = 125000000;
  std::vector<uint8_t> unique_id = {0x4d, 0x4f, 0x54, 0x45, 0x53, 0x49, 0x4d, 0x31};  // "MOTESIM1"
  uint64_t seed = 0;          // 0: seed the random source from the host
  std::string state_file;     // "" : none; relative paths are relative to the board directory
  uint32_t adc_vref_uv = 3300000;

  std::vector<std::pair<std::string, uint16_t>> names;
  std::vector<std::vector<uint16_t>> wires;
  std::vector<ScriptStep> script;  // sorted by time
  uint64_t script_repeat_us = 0;   // 0: the script runs once

  std::vector<int> adc_pins = {26, 27, 28, 29, -1};  // channel -> pin (-1: internal, e.g. temperature)
  std::vector<uint16_t> adc_values = {0, 0, 0, 0, 14020};  // ch 4: 0.706 V, 27 C on an RP2040

  std::vector<I2cBusConfig> i2c = std::vector<I2cBusConfig>(2);
  std::vector<SpiBusConfig> spi = std::vector<SpiBusConfig>(2);
  std::vector<UartConfig> uart = std::vector<UartConfig>(2);

  uint32_t flash_blocks = 64;
  uint32_t flash_block_size = 4096;
  std::string flash_file;  // "": in memory only

  uint32_t mem_base = 0x20000000;
  uint32_t mem_size = 4096;
};

// Parses the text of a description file. On error returns false and sets `error` to
// "line N: what is wrong".
bool parse_board_config(std::string_view text, BoardConfig* out, std::string* error);

// Reads and parses `path`. A missing file is not an error: `out` keeps the defaults.
bool load_board_config(const std::string& path, BoardConfig* out, std::string* error);

// Value parsers shared with the tests: "0x1f" / "31"; "10ms" / "250us" / "2s"; "1.65V" /
// "800mV" / "12uV". False if the text is not a valid number of that kind.
bool parse_uint(std::string_view text, uint64_t* out);
bool parse_duration_us(std::string_view text, uint64_t* out);
bool parse_microvolts(std::string_view text, uint64_t* out);

}  // namespace mote::board
