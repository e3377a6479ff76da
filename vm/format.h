// format.h — the format-spec mini-language, str.format and %-formatting.
//
// format(v, spec) parses `spec` once into a FormatSpec
// ([[fill]align][sign][z][#][0][width][grouping][.precision][type]) and
// dispatches on v's type: int (small or big), float, str; other objects go
// through their __format__ (object.__format__ is str(v) for an empty spec,
// TypeError otherwise). Numbers are laid out as CPython's formatter does:
// sign, prefix, digits (grouped, zero-padded to the width when the fill is
// '0' with '=' alignment), then the ungrouped remainder ('.5', 'e+10', '%');
// the padding goes where the alignment says. Output is written into one str
// sized up front.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/object.h"

namespace mote {

// format(v, spec): spec is a str (or absent()/None for ''). Returns a str.
// This is what f"{v:spec}" and FORMAT_VALUE with a spec do.
Value format_value(Vm& vm, Value v, Value spec);

// fmt.format(*args, **kwargs): args[0] is the format string, then n_pos-1
// positional arguments and n_kw (name, value) pairs (NativeFn convention).
Value str_format(Vm& vm, size_t n_pos, size_t n_kw, const Value* args);
// fmt.format_map(mapping).
Value str_format_map(Vm& vm, Value fmt, Value mapping);

// fmt % args for str (is_bytes false) or bytes/bytearray (true; result bytes).
// `args` is a tuple, a mapping (for %(name)s) or a single value.
Value percent_format(Vm& vm, Value fmt, Value args, bool is_bytes);

// ascii(v): repr(v) with non-ASCII code points escaped (\xe9, \u20ac, \U0001f600).
Value ascii_repr(Vm& vm, Value v);
// Appends `text` (UTF-8) to out with non-ASCII code points escaped as ascii() does.
bool print_ascii_escaped(Printer& out, std::string_view text);

}  // namespace mote
