// value.h — the one-word tagged value every part of Mote passes around.
//
// A Value is a single machine word (32 bits on Cortex-M0+/Xtensa, 64 on a
// host). The low bits say what it is:
//
//   ...xxxx1   small int: the word shifted right by one (arithmetic shift);
//              31-bit on a 32-bit target, 63-bit on a 64-bit one. Overflow
//              promotes to a heap BigInt, so Python code sees identical
//              behaviour on both word sizes.
//   ...xxx10   interned name (qstr): the index into the qstr table, << 2.
//   ...xx100   other immediates: None, False, True, Ellipsis, NotImplemented
//              and the internal `absent` marker, numbered << 3.
//   ...xx000   a pointer to an object (heap or ROM); objects are 8-aligned.
//              The null pointer is Value::null(): "an exception is pending".
//
// Two internal markers never reach Python code:
//   null()    returned by any function that raised; the exception is in Vm.
//   absent()  "no value, and no error": end of iteration, attribute or key
//             not found, an unbound slot in a dict's entry table.
//
// Cost: floats are boxed (one 16-byte GC block each); in exchange every
// container, frame slot and argument is one word and the small-int fast path
// in the VM is two instructions.
#pragma once

#include <cstddef>
#include <cstdint>

namespace mote {

struct Obj;
struct Type;

using word = uintptr_t;
using sword = intptr_t;

class Value {
 public:
  constexpr Value() : bits_(0) {}
  constexpr Value(const Value&) = default;
  constexpr Value& operator=(const Value&) = default;
  static constexpr Value from_bits(word bits) { return Value(bits); }
  constexpr word bits() const { return bits_; }

  // --- markers -----------------------------------------------------------
  static constexpr Value null() { return Value(word(0)); }
  static constexpr Value absent() { return Value(immediate_bits(5)); }
  constexpr bool is_null() const { return bits_ == 0; }
  constexpr bool is_absent() const { return bits_ == absent().bits_; }

  // --- immediates --------------------------------------------------------
  static constexpr Value none() { return Value(immediate_bits(0)); }
  static constexpr Value false_() { return Value(immediate_bits(1)); }
  static constexpr Value true_() { return Value(immediate_bits(2)); }
  static constexpr Value ellipsis() { return Value(immediate_bits(3)); }
  static constexpr Value not_implemented() { return Value(immediate_bits(4)); }
  static constexpr Value boolean(bool b) { return b ? true_() : false_(); }
  constexpr bool is_none() const { return bits_ == none().bits_; }
  constexpr bool is_bool() const { return bits_ == true_().bits_ || bits_ == false_().bits_; }
  constexpr bool is_true_literal() const { return bits_ == true_().bits_; }
  constexpr bool is_immediate() const { return (bits_ & 7) == 4; }

  // --- small ints --------------------------------------------------------
  static constexpr int kSmallIntBits = sizeof(word) * 8 - 1;
  static constexpr sword kSmallIntMax = (sword(1) << (kSmallIntBits - 1)) - 1;
  static constexpr sword kSmallIntMin = -(sword(1) << (kSmallIntBits - 1));
  static constexpr bool fits_small_int(sword v) { return v >= kSmallIntMin && v <= kSmallIntMax; }
  // Caller guarantees fits_small_int(v); use int_from() (vm/int.h) otherwise.
  static constexpr Value small_int(sword v) { return Value((word(v) << 1) | 1); }
  constexpr bool is_small_int() const { return (bits_ & 1) != 0; }
  constexpr sword as_small_int() const { return sword(bits_) >> 1; }

  // --- interned names ----------------------------------------------------
  static constexpr Value qstr(uint32_t index) { return Value((word(index) << 2) | 2); }
  constexpr bool is_qstr() const { return (bits_ & 3) == 2; }
  constexpr uint32_t as_qstr() const { return uint32_t(bits_ >> 2); }

  // --- objects -----------------------------------------------------------
  // constexpr so flash tables can hold pointers to flash objects.
  static constexpr Value object(const void* p) { return Value(p); }
  constexpr bool is_object() const { return (bits_ & 7) == 0 && bits_ != 0; }
  Obj* as_object() const { return reinterpret_cast<Obj*>(bits_); }
  template <class T>
  T* as() const { return reinterpret_cast<T*>(bits_); }

  constexpr bool operator==(Value o) const { return bits_ == o.bits_; }
  constexpr bool operator!=(Value o) const { return bits_ != o.bits_; }

 private:
  constexpr explicit Value(word bits) : bits_(bits) {}
  constexpr explicit Value(const void* p) : ptr_(p) {}
  static constexpr word immediate_bits(word n) { return (n << 3) | 4; }
  // The pointer member exists only so a constexpr Value can be built from an
  // object's address (a reinterpret_cast is not a constant expression). At
  // run time the word is always read through bits_ (GCC defines union
  // punning).
  union {
    word bits_;
    const void* ptr_;
  };
};

static_assert(sizeof(Value) == sizeof(void*));

}  // namespace mote
