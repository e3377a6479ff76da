// match.h — the run-time half of `match` statements (PEP 634): the work
// behind the MATCH_SEQUENCE, MATCH_MAPPING, GET_LEN, MATCH_KEYS,
// COPY_DICT_WITHOUT_KEYS and MATCH_CLASS opcodes (vm/opcodes.def). The
// compiler lowers patterns to these plus ordinary opcodes (compare, unpack,
// store, conditional jumps); see docs/design/compiler.md.
//
// Error convention as everywhere in the VM: a Value result is null() with
// an exception pending when the operation raised.
#pragma once

#include "vm/value.h"

namespace mote {

class Vm;

// True if `subject` matches a sequence pattern: a list, tuple, range or
// memoryview, or an instance of a subclass of one. str, bytes and bytearray
// never do, as in CPython.
bool match_is_sequence(Value subject);

// True if `subject` matches a mapping pattern: a dict or a dict subclass.
bool match_is_mapping(Value subject);

// len(obj) as an int Value.
Value match_len(Vm& vm, Value obj);

// The values of `keys` (a tuple) in `subject` as a tuple, or None if one is
// missing. Exact dicts are read directly; other mappings through their
// `get` method, as CPython does. ValueError "mapping pattern checks
// duplicate key (k)" if two keys are equal.
Value match_keys(Vm& vm, Value subject, Value keys);

// A new dict holding subject's items except those under `keys` (a tuple):
// the value of a `**rest` in a mapping pattern.
Value match_copy_dict_without_keys(Vm& vm, Value subject, Value keys);

// Class pattern `cls(p0, ..., name=q, ...)`: None if subject is not an
// instance of cls or lacks an attribute; else the tuple of the n_pos
// positional attributes (named by cls.__match_args__, or the subject itself
// for a builtin like int(x)) followed by those named in `names` (a tuple of
// str). TypeErrors as CPython for a non-type cls, a bad __match_args__ or
// too many positional sub-patterns.
Value match_class(Vm& vm, Value subject, Value cls, Value names, uint32_t n_pos);

}  // namespace mote
