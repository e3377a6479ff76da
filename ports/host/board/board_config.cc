// board_config.cc — the board.ini parser: one pass over lines, one small function per section.
//
// Each line is stripped of its comment and blanks, then handed to the parser of the current
// section. Every parser returns an error message (empty: fine), so the line number is added in
// one place. Numbers go through the three value parsers at the bottom.
#include "ports/host/board/board_config.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace mote::board {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t start = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

// Splits "key = value"; false if there is no '='.
bool split_pair(std::string_view line, std::string_view* key, std::string_view* value) {
  size_t eq = line.find('=');
  if (eq == std::string_view::npos) return false;
  *key = trim(line.substr(0, eq));
  *value = trim(line.substr(eq + 1));
  return true;
}

bool parse_bool(std::string_view v, bool* out) {
  if (v == "yes" || v == "true" || v == "1" || v == "on") return *out = true, true;
  if (v == "no" || v == "false" || v == "0" || v == "off") return *out = false, true;
  return false;
}

bool parse_hex_bytes(std::string_view v, std::vector<uint8_t>* out) {
  if (v.size() % 2 != 0 || v.empty() || v.size() > 32) return false;
  out->clear();
  for (size_t i = 0; i < v.size(); i += 2) {
    uint64_t byte;
    if (!parse_uint("0x" + std::string(v.substr(i, 2)), &byte)) return false;
    out->push_back(static_cast<uint8_t>(byte));
  }
  return true;
}

// Parses a pin number below `limit`.
bool parse_pin(std::string_view v, uint16_t limit, uint16_t* pin) {
  uint64_t n;
  if (!parse_uint(v, &n) || n >= limit) return false;
  *pin = static_cast<uint16_t>(n);
  return true;
}

std::string bad(std::string_view what, std::string_view text) {
  return std::string(what) + " '" + std::string(text) + "'";
}

// --- sections ---------------------------------------------------------------------------------

std::string board_key(BoardConfig* c, std::string_view key, std::string_view v) {
  uint64_t n;
  if (key == "name") return c->name = std::string(v), "";
  if (key == "pins") {
    if (!parse_uint(v, &n) || n == 0 || n > 1024) return bad("invalid pin count", v);
    return c->pin_count = static_cast<uint16_t>(n), "";
  }
  if (key == "timers") {
    if (!parse_uint(v, &n) || n > 16) return bad("invalid timer count", v);
    return c->timer_count = static_cast<uint8_t>(n), "";
  }
  if (key == "clock") {
    if (v == "virtual") return c->clock = ClockMode::kVirtual, "";
    if (v == "realtime") return c->clock = ClockMode::kRealtime, "";
    return bad("clock must be virtual or realtime, not", v);
  }
  if (key == "cpu_freq") {
    if (!parse_uint(v, &n) || n < 1000000 || n > 1000000000) return bad("invalid cpu_freq", v);
    return c->cpu_freq = static_cast<uint32_t>(n), "";
  }
  if (key == "unique_id") return parse_hex_bytes(v, &c->unique_id) ? "" : bad("invalid hex id", v);
  if (key == "seed") return parse_uint(v, &c->seed) ? "" : bad("invalid seed", v);
  if (key == "state_file") return c->state_file = std::string(v), "";
  if (key == "adc_vref") {
    if (!parse_microvolts(v, &n) || n == 0) return bad("invalid voltage", v);
    return c->adc_vref_uv = static_cast<uint32_t>(n), "";
  }
  return bad("unknown key", key);
}

std::string names_line(BoardConfig* c, std::string_view key, std::string_view v) {
  uint16_t pin;
  if (key.empty()) return "a name needs a value: NAME = PIN";
  if (!parse_pin(v, c->pin_count, &pin)) return bad("invalid pin", v);
  c->names.emplace_back(std::string(key), pin);
  return "";
}

std::string wires_line(BoardConfig* c, std::string_view line) {
  std::vector<uint16_t> wire;
  for (std::string_view w : words(line)) {
    uint16_t pin;
    if (!parse_pin(w, c->pin_count, &pin)) return bad("invalid pin", w);
    wire.push_back(pin);
  }
  if (wire.size() < 2) return "a wire joins at least two pins";
  c->wires.push_back(wire);
  return "";
}

std::string script_line(BoardConfig* c, std::string_view line) {
  std::string_view key, v;
  if (split_pair(line, &key, &v)) {
    if (key != "repeat") return bad("unknown key", key);
    return parse_duration_us(v, &c->script_repeat_us) ? "" : bad("invalid duration", v);
  }
  std::vector<std::string_view> w = words(line);
  if (w.size() != 3) return "a script step is: TIME PIN LEVEL";
  ScriptStep step;
  if (!parse_duration_us(w[0], &step.time_us)) return bad("invalid time", w[0]);
  if (!parse_pin(w[1], c->pin_count, &step.pin)) return bad("invalid pin", w[1]);
  if (w[2] == "0" || w[2] == "1") {
    step.level = static_cast<int8_t>(w[2][0] - '0');
  } else if (w[2] == "z" || w[2] == "Z") {
    step.level = -1;
  } else {
    return bad("level must be 0, 1 or z, not", w[2]);
  }
  c->script.push_back(step);
  return "";
}

std::string adc_key(BoardConfig* c, std::string_view key, std::string_view v) {
  if (key == "pins") {
    std::vector<std::string_view> w = words(v);
    c->adc_pins.assign(w.size(), -1);
    for (size_t i = 0; i < w.size(); ++i) {
      uint16_t pin;
      if (w[i] == "-") continue;  // an internal channel
      if (!parse_pin(w[i], c->pin_count, &pin)) return bad("invalid pin", w[i]);
      c->adc_pins[i] = pin;
    }
    c->adc_values.resize(w.size(), 0);
    return "";
  }
  uint64_t channel, value;
  if (!parse_uint(key, &channel) || channel >= 16) return bad("unknown key", key);
  if (parse_microvolts(v, &value)) {
    value = std::min<uint64_t>(65535, (value * 65535 + c->adc_vref_uv / 2) / c->adc_vref_uv);
  } else if (!parse_uint(v, &value) || value > 65535) {
    return bad("invalid ADC value (0..65535 or a voltage)", v);
  }
  if (channel >= c->adc_values.size()) {
    c->adc_values.resize(channel + 1, 0);
    c->adc_pins.resize(channel + 1, -1);
  }
  c->adc_values[channel] = static_cast<uint16_t>(value);
  return "";
}

std::string i2c_key(BoardConfig* c, I2cBusConfig* bus, std::string_view key, std::string_view v) {
  uint16_t pin;
  if (key == "scl" || key == "sda") {
    if (!parse_pin(v, c->pin_count, &pin)) return bad("invalid pin", v);
    (key == "scl" ? bus->scl : bus->sda) = pin;
    return "";
  }
  uint64_t address;
  if (!parse_uint(key, &address) || address > 0x7f) return bad("unknown key or bad 7-bit address", key);
  std::vector<std::string_view> w = words(v);
  if (w.empty() || (w[0] != "eeprom" && w[0] != "tmp102")) return "a device is eeprom or tmp102";
  I2cDeviceConfig dev{static_cast<uint16_t>(address), std::string(w[0]), {}};
  for (size_t i = 1; i < w.size(); ++i) {
    std::string_view pk, pv;
    if (!split_pair(w[i], &pk, &pv)) return bad("expected key=value, not", w[i]);
    dev.params.emplace_back(std::string(pk), std::string(pv));
  }
  bus->devices.push_back(dev);
  return "";
}

std::string spi_key(BoardConfig* c, SpiBusConfig* bus, std::string_view key, std::string_view v) {
  if (key == "loopback") return parse_bool(v, &bus->loopback) ? "" : bad("expected yes or no, not", v);
  uint16_t pin;
  int* target = key == "sck" ? &bus->sck : key == "mosi" ? &bus->mosi : key == "miso" ? &bus->miso : nullptr;
  if (target == nullptr) return bad("unknown key", key);
  if (!parse_pin(v, c->pin_count, &pin)) return bad("invalid pin", v);
  *target = pin;
  return "";
}

std::string uart_key(UartConfig* uart, std::string_view key, std::string_view v) {
  if (key == "loopback") return parse_bool(v, &uart->loopback) ? "" : bad("expected yes or no, not", v);
  return bad("unknown key", key);
}

std::string flash_key(BoardConfig* c, std::string_view key, std::string_view v) {
  uint64_t n;
  if (key == "file") return c->flash_file = std::string(v), "";
  if (!parse_uint(v, &n) || n == 0 || n > (1u << 24)) return bad("invalid number", v);
  if (key == "blocks") return c->flash_blocks = static_cast<uint32_t>(n), "";
  if (key == "block_size") return c->flash_block_size = static_cast<uint32_t>(n), "";
  return bad("unknown key", key);
}

std::string mem_key(BoardConfig* c, std::string_view key, std::string_view v) {
  uint64_t n;
  if (!parse_uint(v, &n) || n > 0xffffffffu) return bad("invalid number", v);
  if (key == "base") return n % 4 ? "base must be 4-aligned" : (c->mem_base = static_cast<uint32_t>(n), "");
  if (key == "size") return n > (1u << 20) ? "size is at most 1 MiB" : (c->mem_size = static_cast<uint32_t>(n), "");
  return bad("unknown key", key);
}

// "i2c.1" -> unit 1 of the vector, growing it as needed; nullptr if not that prefix.
template <class T>
T* unit(std::vector<T>& units, std::string_view section, std::string_view prefix) {
  if (section.substr(0, prefix.size()) != prefix) return nullptr;
  uint64_t n;
  if (!parse_uint(section.substr(prefix.size()), &n) || n >= 8) return nullptr;
  if (n >= units.size()) units.resize(n + 1);
  return &units[n];
}

std::string section_line(BoardConfig* c, std::string_view section, std::string_view line) {
  std::string_view key, v;
  bool pair = split_pair(line, &key, &v);
  if (section == "wires") return wires_line(c, line);
  if (section == "script") return script_line(c, line);
  if (!pair) return bad("expected key = value, not", line);
  if (section == "board") return board_key(c, key, v);
  if (section == "names") return names_line(c, key, v);
  if (section == "adc") return adc_key(c, key, v);
  if (section == "flash") return flash_key(c, key, v);
  if (section == "mem") return mem_key(c, key, v);
  if (I2cBusConfig* bus = unit(c->i2c, section, "i2c.")) return i2c_key(c, bus, key, v);
  if (SpiBusConfig* bus = unit(c->spi, section, "spi.")) return spi_key(c, bus, key, v);
  if (UartConfig* uart = unit(c->uart, section, "uart.")) return uart_key(uart, key, v);
  return bad("unknown section", section);
}

}  // namespace

bool parse_board_config(std::string_view text, BoardConfig* out, std::string* error) {
  std::string section = "board";
  size_t line_no = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++line_no;
    line = trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    std::string msg;
    if (line.front() == '[') {
      if (line.back() != ']') {
        msg = "a section header ends with ']'";
      } else {
        section = std::string(trim(line.substr(1, line.size() - 2)));
      }
    } else {
      msg = section_line(out, section, line);
    }
    if (!msg.empty()) {
      *error = "line " + std::to_string(line_no) + ": " + msg;
      return false;
    }
  }
  std::stable_sort(out->script.begin(), out->script.end(),
                   [](const ScriptStep& a, const ScriptStep& b) { return a.time_us < b.time_us; });
  return true;
}

bool load_board_config(const std::string& path, BoardConfig* out, std::string* error) {
  std::ifstream in(path);
  if (!in) return true;  // no description: the default board
  std::stringstream text;
  text << in.rdbuf();
  if (!parse_board_config(text.str(), out, error)) {
    *error = path + ": " + *error;
    return false;
  }
  return true;
}

bool parse_uint(std::string_view text, uint64_t* out) {
  int base = 10;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    text.remove_prefix(2);
  }
  if (text.empty()) return false;
  uint64_t n = 0;
  for (char ch : text) {
    int d = std::isdigit(static_cast<unsigned char>(ch)) ? ch - '0'
            : std::isxdigit(static_cast<unsigned char>(ch)) ? (std::tolower(ch) - 'a' + 10)
                                                           : 99;
    if (ch == '_') continue;
    if (d >= base || n > (UINT64_MAX - d) / base) return false;
    n = n * base + d;
  }
  *out = n;
  return true;
}

namespace {

// A decimal number with an optional fraction, times `scale` for its unit; false if malformed.
bool parse_scaled(std::string_view number, uint64_t scale, uint64_t* out) {
  size_t dot = number.find('.');
  uint64_t whole = 0, frac = 0, frac_div = 1;
  std::string_view w = number.substr(0, dot);
  if (!w.empty() && !parse_uint(w, &whole)) return false;
  if (w.substr(0, 2) == "0x") return false;
  if (dot != std::string_view::npos) {
    std::string_view f = number.substr(dot + 1);
    if (f.empty() || f.size() > 9 || !parse_uint(f, &frac)) return false;
    for (size_t i = 0; i < f.size(); ++i) frac_div *= 10;
  } else if (w.empty()) {
    return false;
  }
  *out = whole * scale + (frac * scale + frac_div / 2) / frac_div;
  return true;
}

// Splits "12.5ms" into number and unit; the unit must be one of `units` (with its scale).
bool parse_with_unit(std::string_view text, const std::pair<std::string_view, uint64_t>* units, size_t n,
                     uint64_t* out) {
  for (size_t i = 0; i < n; ++i) {
    std::string_view unit = units[i].first;
    if (text.size() > unit.size() && text.substr(text.size() - unit.size()) == unit) {
      std::string_view number = text.substr(0, text.size() - unit.size());
      if (!number.empty() && (std::isdigit(static_cast<unsigned char>(number.back())) || number.back() == '.'))
        return parse_scaled(number, units[i].second, out);
    }
  }
  return false;
}

}  // namespace

bool parse_duration_us(std::string_view text, uint64_t* out) {
  static constexpr std::pair<std::string_view, uint64_t> kUnits[] = {{"us", 1}, {"ms", 1000}, {"s", 1000000}};
  return parse_with_unit(text, kUnits, 3, out);
}

bool parse_microvolts(std::string_view text, uint64_t* out) {
  static constexpr std::pair<std::string_view, uint64_t> kUnits[] = {{"uV", 1}, {"mV", 1000}, {"V", 1000000}};
  return parse_with_unit(text, kUnits, 3, out);
}

}  // namespace mote::board
