// freeze_emit.cc — writes compiled modules as constant C++ objects.
//
// Each code object becomes a `constexpr Code` whose arrays are `constexpr`
// arrays; each constant becomes a constexpr object of the runtime's layout
// (Str, Float, ComplexObj, frozen_data::TupleN, frozen_data::BigIntN) or an immediate
// Value. Objects are emitted before the objects that point to them (a
// post-order walk), so no forward declarations are needed.
//
// Names: a qstr of the static pool keeps its index; any other name gets the
// next index of the frozen pool (Q::kStaticCount + k), shared by all modules.
// The tool runs with the empty frozen pool, so every non-static name it sees
// is in its dynamic pool and is renumbered here by its text.
#include "tools/freeze/freeze_emit.h"

#include <algorithm>
#include <cinttypes>
#include <cstdarg>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>

#include "compiler/compiler.h"
#include "modules/cmath/complex.h"
#include "vm/bigint.h"
#include "vm/code.h"
#include "vm/mpy_verify.h"
#include "vm/object.h"
#include "vm/qstr.h"
#include "vm/vm.h"

namespace mote {

namespace {

std::string fmt(const char* f, ...) __attribute__((format(printf, 1, 2)));
std::string fmt(const char* f, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, f);
  vsnprintf(buf, sizeof buf, f, ap);
  va_end(ap);
  return buf;
}

// A C++ string literal for arbitrary bytes: octal escapes (never extended by
// a following digit the way \x escapes are), split every 64 bytes.
std::string c_string(const char* data, size_t len) {
  std::string s = "\"";
  for (size_t i = 0; i < len; ++i) {
    unsigned char ch = uint8_t(data[i]);
    if (i > 0 && i % 64 == 0) s += "\"\n    \"";
    if (ch == '"' || ch == '\\') {
      s += '\\';
      s += char(ch);
    } else if (ch >= 0x20 && ch < 0x7f && ch != '?') {
      s += char(ch);
    } else {
      s += fmt("\\%03o", ch);
    }
  }
  return s + "\"";
}

std::string byte_array(const uint8_t* data, size_t len) {
  std::string s = "{";
  for (size_t i = 0; i < len; ++i) {
    if (i % 16 == 0) s += "\n    ";
    s += fmt("%u,", unsigned(data[i]));
  }
  return s + "}";
}

class Emitter {
 public:
  explicit Emitter(Vm& vm) : vm_(vm) {}

  bool add_module(size_t index, const FrozenSource& src, const Code* module);
  std::string finish(const std::vector<FrozenSource>& modules);

 private:
  Vm& vm_;
  std::string defs_;                       // object definitions, in order
  std::map<std::string, uint32_t> qstrs_;  // frozen-pool text -> k
  std::vector<std::string> qstr_order_;
  std::map<const Value*, std::string> names_arrays_;
  std::vector<std::string> module_codes_;  // per module: its Code identifier
  std::string prefix_;                     // "m3"
  unsigned counter_ = 0;
  unsigned code_index_ = 0;

  std::string fresh(const char* kind) { return fmt("%s_%s%u", prefix_.c_str(), kind, counter_++); }
  std::string qstr_expr(Value q);
  std::string text_qstr_expr(std::string_view text);
  std::string const_expr(Value v);
  std::string int_expr(Value v);
  std::string str_expr(Value v, const Type* type);
  std::string value_array(const char* kind, const Value* items, size_t n, bool qstrs);
  bool emit_code(const Code* c, std::string* id);
};

std::string Emitter::text_qstr_expr(std::string_view text) {
  auto [it, added] = qstrs_.emplace(std::string(text), uint32_t(qstr_order_.size()));
  if (added) qstr_order_.emplace_back(text);
  return fmt("Value::qstr(Q::kStaticCount + %u)", unsigned(it->second));
}

std::string Emitter::qstr_expr(Value q) {
  if (q.as_qstr() < Q::kStaticCount) return fmt("Value::qstr(%u)", unsigned(q.as_qstr()));
  QstrText t = qstr_text(q.as_qstr());
  return text_qstr_expr(std::string_view(t.data, t.len));
}

// An int constant: a small int where it fits every target, else a flash
// BigInt (and, for 32..63-bit values, a small int on 64-bit builds).
std::string Emitter::int_expr(Value v) {
  if (v.is_small_int() && v.as_small_int() >= -(sword(1) << 30) && v.as_small_int() < (sword(1) << 30)) {
    return fmt("Value::small_int(%" PRId64 ")", int64_t(v.as_small_int()));
  }
  size_t len;
  bool negative;
  char* hex = int_digits(vm_, v, 16, &len, &negative);
  std::vector<uint16_t> chunks;
  for (size_t end = len; end > 0;) {
    size_t start = end >= 4 ? end - 4 : 0;
    chunks.push_back(uint16_t(strtoul(std::string(hex + start, end - start).c_str(), nullptr, 16)));
    end = start;
  }
  while (!chunks.empty() && chunks.back() == 0) chunks.pop_back();
  std::string id = fresh("int");
  std::string list;
  for (uint16_t c : chunks) list += fmt("%u,", unsigned(c));
  defs_ += fmt("constexpr uint16_t %s_mag[] = {%s};\n", id.c_str(), list.c_str());
  defs_ += fmt("constexpr auto %s = frozen_data::bigint(%s, %s_mag);\n", id.c_str(),
               negative ? "true" : "false", id.c_str());
  if (v.is_small_int()) {
    return fmt("(frozen_data::kWordIs64 ? Value::small_int(sword(%" PRId64 "LL)) : Value::object(&%s))",
               int64_t(v.as_small_int()), id.c_str());
  }
  return fmt("Value::object(&%s)", id.c_str());
}

std::string Emitter::str_expr(Value v, const Type* type) {
  StrView t = str_view(v);
  uint32_t hash = hash_bytes(t.data, t.len);
  // A hash of 0 means "not computed" to the runtime, which would then try to
  // store it into the flash object; such a str is emitted interned instead.
  if (hash == 0 && type == &str_type) return text_qstr_expr(std::string_view(t.data, t.len));
  std::string id = fresh("str");
  size_t chars = type == &str_type ? utf8_char_count(t.data, t.len) : t.len;
  defs_ += fmt("constexpr Str %s = {&%s, 0x%08xu, %zuu, %zuu, ", id.c_str(),
               type == &str_type ? "str_type" : "bytes_type", unsigned(hash), t.len, chars);
  defs_ += c_string(t.data, t.len) + "};\n";
  return fmt("Value::object(&%s)", id.c_str());
}

// A C++ expression for a double, exact (hex float), including infinities and NaN.
std::string double_literal(double d) {
  if (std::isnan(d)) return "__builtin_nan(\"\")";
  if (std::isinf(d)) return d < 0 ? "-__builtin_inf()" : "__builtin_inf()";
  return fmt("%a", d);
}

std::string Emitter::const_expr(Value v) {
  if (v.is_none()) return "Value::none()";
  if (v == Value::true_()) return "Value::true_()";
  if (v == Value::false_()) return "Value::false_()";
  if (v == Value::ellipsis()) return "Value::ellipsis()";
  if (v.is_small_int() || is_bigint(v)) return int_expr(v);
  if (v.is_qstr()) return qstr_expr(v);
  const Type* type = v.as_object()->type;
  if (type == &str_type || type == &bytes_type) return str_expr(v, type);
  if (type == &float_type) {
    std::string id = fresh("float");
    defs_ += fmt("constexpr Float %s = {&float_type, %s};\n", id.c_str(), double_literal(v.as<Float>()->value).c_str());
    return fmt("Value::object(&%s)", id.c_str());
  }
  if (type == &complex_type) {
    const ComplexObj* z = v.as<ComplexObj>();
    std::string id = fresh("complex");
    defs_ += fmt("constexpr ComplexObj %s = {&complex_type, %s, %s};\n", id.c_str(), double_literal(z->real).c_str(),
                 double_literal(z->imag).c_str());
    return fmt("Value::object(&%s)", id.c_str());
  }
  if (type == &tuple_type) {
    const Tuple* t = v.as<Tuple>();
    std::vector<std::string> items;
    for (size_t i = 0; i < t->len; ++i) items.push_back(const_expr(t->items[i]));
    std::string id = fresh("tuple");
    if (items.empty()) {
      defs_ += fmt("constexpr frozen_data::TupleN<0> %s = {&tuple_type, 0};\n", id.c_str());
    } else {
      defs_ += fmt("constexpr Value %s_items[] = {", id.c_str());
      for (auto& e : items) defs_ += "\n    " + e + ",";
      defs_ += fmt("};\nconstexpr auto %s = frozen_data::tuple(%s_items);\n", id.c_str(), id.c_str());
    }
    return fmt("Value::object(&%s)", id.c_str());
  }
  if (type == &code_type) {
    std::string id;
    if (!emit_code(v.as<Code>(), &id)) return "";
    return fmt("Value::object(&%s)", id.c_str());
  }
  raise(vm_, &TypeError_type, "cannot freeze a constant of type '%.*s'",
        int(type_name(type).size()), type_name(type).data());
  return "";
}

std::string Emitter::value_array(const char* kind, const Value* items, size_t n, bool qstrs) {
  if (n == 0) return "nullptr";
  std::vector<std::string> exprs;
  for (size_t i = 0; i < n; ++i) {
    exprs.push_back(qstrs ? qstr_expr(items[i]) : const_expr(items[i]));
    if (exprs.back().empty()) return "";
  }
  std::string id = fresh(kind);
  defs_ += fmt("constexpr Value %s[] = {", id.c_str());
  for (auto& e : exprs) defs_ += "\n    " + e + ",";
  defs_ += "};\n";
  return id;
}

bool Emitter::emit_code(const Code* c, std::string* id_out) {
  if (!mpy::verify_code(vm_, *c, code_index_++)) return false;
  std::string consts = value_array("consts", c->consts, c->n_consts, false);
  if (consts.empty()) return false;
  std::string slots = value_array("slots", c->slot_names, c->n_slots, true);
  std::string& names = names_arrays_[c->names];
  if (names.empty()) names = value_array("names", c->names, c->n_names, true);
  std::string id = fresh("code");
  std::string bytecode = id + "_bc", lines = "nullptr", cells = "nullptr", exc = "nullptr";
  defs_ += fmt("constexpr uint8_t %s[] = ", bytecode.c_str()) + byte_array(c->bytecode, c->bytecode_len) + ";\n";
  if (c->line_table_len) {
    lines = id + "_lines";
    defs_ += fmt("constexpr uint8_t %s[] = ", lines.c_str()) + byte_array(c->line_table, c->line_table_len) + ";\n";
  }
  if (c->n_cells) {
    cells = id + "_cells";
    defs_ += fmt("constexpr uint16_t %s[] = {", cells.c_str());
    for (uint32_t i = 0; i < c->n_cells; ++i) defs_ += fmt("%u,", unsigned(c->cell_slots[i]));
    defs_ += "};\n";
  }
  if (c->n_exc) {
    exc = id + "_exc";
    defs_ += fmt("constexpr ExceptionTableEntry %s[] = {", exc.c_str());
    for (uint32_t i = 0; i < c->n_exc; ++i) {
      const ExceptionTableEntry& e = c->exc_table[i];
      defs_ += fmt("\n    {%u, %u, %u, %u},", unsigned(e.start), unsigned(e.end), unsigned(e.handler),
                   unsigned(e.depth));
    }
    defs_ += "};\n";
  }
  Value qualname = c->qualname.is_qstr() ? c->qualname : str_intern(vm_, c->qualname);
  defs_ += fmt("constexpr Code %s = {\n", id.c_str());
  defs_ += "    .type = &code_type,\n";
  defs_ += "    .name = " + qstr_expr(c->name) + ",\n";
  defs_ += "    .qualname = " + qstr_expr(qualname) + ",\n";
  defs_ += "    .filename = " + qstr_expr(c->filename) + ",\n";
  defs_ += fmt("    .flags = %u, .n_pos = %u, .n_posonly = %u, .n_kwonly = %u,\n", unsigned(c->flags),
               unsigned(c->n_pos), unsigned(c->n_posonly), unsigned(c->n_kwonly));
  defs_ += fmt("    .n_slots = %u, .n_free = %u, .n_cells = %u, .stack_size = %u,\n",
               unsigned(c->n_slots), unsigned(c->n_free), unsigned(c->n_cells), unsigned(c->stack_size));
  defs_ += fmt("    .cell_slots = %s, .slot_names = %s,\n", cells.c_str(), slots.c_str());
  defs_ += fmt("    .bytecode = %s, .bytecode_len = %u,\n", bytecode.c_str(), unsigned(c->bytecode_len));
  defs_ += fmt("    .consts = %s, .n_consts = %u, .n_names = %u, .names = %s,\n", consts.c_str(),
               unsigned(c->n_consts), unsigned(c->n_names), names.c_str());
  defs_ += fmt("    .exc_table = %s, .n_exc = %u,\n", exc.c_str(), unsigned(c->n_exc));
  defs_ += fmt("    .line_table_len = %u, .line_table = %s, .first_line = %u};\n\n",
               unsigned(c->line_table_len), lines.c_str(), unsigned(c->first_line));
  *id_out = id;
  return true;
}

bool Emitter::add_module(size_t index, const FrozenSource& src, const Code* module) {
  prefix_ = fmt("m%zu", index);
  counter_ = 0;
  code_index_ = 0;
  names_arrays_.clear();
  defs_ += fmt("// --- %s (%s)\n", src.name.c_str(), src.file.c_str());
  std::string id;
  if (!emit_code(module, &id)) return false;
  module_codes_.push_back(id);
  return true;
}

std::string Emitter::finish(const std::vector<FrozenSource>& modules) {
  std::string out =
      "// Generated by `mpy-cross --freeze` (tools/freeze): frozen Python modules as\n"
      "// constant data. Do not edit; edit the manifest or the sources instead.\n"
      "#include \"modules/cmath/complex.h\"\n"
      "#include \"vm/frozen_data.h\"\n\n"
      "namespace mote {\nnamespace {\n\n";
  // The frozen qstr pool and its hash index.
  size_t n = qstr_order_.size();
  size_t index_size = 0;
  if (n > 0) {
    out += "constexpr QstrText kQstrs[] = {";
    for (auto& t : qstr_order_) {
      out += fmt("\n    {%s, %zuu, 0x%08xu},", c_string(t.data(), t.size()).c_str(), t.size(),
                 unsigned(hash_bytes(t.data(), t.size())));
    }
    out += "};\n";
    index_size = 1;
    while (index_size < 2 * n) index_size <<= 1;
    std::vector<uint32_t> index(index_size, 0);
    for (size_t i = 0; i < n; ++i) {
      uint32_t h = hash_bytes(qstr_order_[i].data(), qstr_order_[i].size()) & uint32_t(index_size - 1);
      while (index[h]) h = (h + 1) & uint32_t(index_size - 1);
      index[h] = uint32_t(i + 1);
    }
    out += "constexpr uint16_t kQstrIndex[] = {";
    for (size_t i = 0; i < index_size; ++i) out += fmt("%s%u,", i % 16 ? "" : "\n    ", unsigned(index[i]));
    out += "};\n\n";
  }
  out += defs_;
  // The module table, sorted by name for binary search.
  std::vector<size_t> order(modules.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return modules[a].name < modules[b].name; });
  if (!modules.empty()) {
    out += "constexpr FrozenModule kModules[] = {";
    for (size_t i : order) {
      out += fmt("\n    {\"%s\", %s, &%s, %s},", modules[i].name.c_str(),
                 c_string(modules[i].file.data(), modules[i].file.size()).c_str(),
                 module_codes_[i].c_str(), modules[i].is_package ? "true" : "false");
    }
    out += "};\n";
  }
  out += "\n}  // namespace\n\n";
  out += fmt("extern const FrozenModuleTable frozen_modules = {%s, %zu};\n",
             modules.empty() ? "nullptr" : "kModules", modules.size());
  out += fmt("extern const FrozenQstrPool frozen_qstrs = {%s, %zu, %s, %zu};\n",
             n ? "kQstrs" : "nullptr", n, n ? "kQstrIndex" : "nullptr", index_size);
  out += "\n}  // namespace mote\n";
  return out;
}

bool read_source(const std::string& path, std::string* out) {
  FILE* f = fopen(path.c_str(), "rb");
  if (!f) return false;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  bool ok = !ferror(f);
  fclose(f);
  return ok;
}

}  // namespace

bool freeze_modules(Vm& vm, const std::vector<FrozenSource>& modules, int opt_level, std::string* out) {
  Emitter e(vm);
  for (size_t i = 0; i < modules.size(); ++i) {
    const FrozenSource& m = modules[i];
    std::string source;
    if (!read_source(m.path, &source)) {
      fprintf(stderr, "mpy-cross --freeze: cannot read '%s'\n", m.path.c_str());
      return false;
    }
    Value filename = qstr_intern(vm, m.file);
    CompileOptions options;
    options.opt_level = uint8_t(opt_level);
    Code* code = filename.is_null() ? nullptr : compile(vm, source, filename, CompileMode::kFile, options);
    if (!code || !e.add_module(i, m, code)) {
      print_exception(vm, stderr_printer(), vm.take_exc());
      return false;
    }
  }
  *out += e.finish(modules);
  return true;
}

}  // namespace mote
