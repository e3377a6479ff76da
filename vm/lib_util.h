// lib_util.h — small helpers shared by the type library's files.
#pragma once

#include "vm/vm.h"

namespace mote {

// obj.name(*args) if obj's class defines it in Python, else absent(). Used
// for optional protocols (__index__, __bytes__, __format__, __round__...):
// native types implement those through their slots, and the slot wrappers
// lookup_attr finds for them must not be mistaken for support.
inline Value call_user_dunder(Vm& vm, Value obj, uint32_t name, size_t n_pos, const Value* args) {
  if (!(type_of(obj)->flags & kTypeHeap)) return Value::absent();
  return call_method_opt(vm, obj, q(name), n_pos, args);
}

}  // namespace mote
