// set.h — set and frozenset: the API the VM uses for set displays and
// comprehensions (BUILD_SET, SET_ADD) and that other natives may use.
#pragma once

#include <cstddef>

#include "vm/object.h"

namespace mote {

// A new empty set.
Value set_new(Vm& vm);
// Adds item to a set (or, during construction, a frozenset). False with
// TypeError "unhashable type: 'list'" or MemoryError pending.
bool set_add(Vm& vm, Value set, Value item);
// A set/frozenset of `type` with the items of an iterable.
Value set_from_iterable(Vm& vm, const Type* type, Value iterable);
// Membership: 1 found, 0 not found, -1 raised (unhashable).
int set_contains(Vm& vm, Value set, Value item);
// Number of items.
size_t set_len(Value set);

}  // namespace mote
