// random_module.cc — the `random` module (also `urandom`): CPython's Mersenne Twister and its
// algorithms, so a seeded program draws the same numbers as under CPython.
//
// The generator is MT19937 seeded as CPython seeds it (init_by_array over the 32-bit words of
// abs(seed); a float seed through hash()), and random(), getrandbits(), randrange() (via
// _randbelow: rejection sampling over getrandbits(n.bit_length())), randint, choice, shuffle,
// sample, choices, uniform and gauss follow CPython 3.11's random.py line by line. Without a
// seed() call the generator is seeded from the port's random source (hal::random_u32) on
// first use. Not reproduced: str/bytes seeds (CPython hashes them with SHA-512; here they are
// hashed with FNV-1a, so the sequence differs), getstate/setstate and the Random class.
//
// Cost: the state is 624 words (2.5 KiB) of .bss, shared by the whole program.
#include <cmath>

#include "modules/common/module_util.h"
#include "modules/stdlib_modules.h"
#include "vm/bigint.h"
#include "vm/hal_machine.h"

namespace mote {

namespace {

// --- MT19937 ----------------------------------------------------------------------------------

constexpr int kN = 624;
constexpr int kM = 397;

struct Mt {
  uint32_t state[kN];
  int index;
  bool seeded;  // false until the first seed (zero-initialised: the state lives in .bss)
  bool has_gauss;
  double gauss_next;
} g_mt;

void init_genrand(uint32_t s) {
  g_mt.state[0] = s;
  for (int i = 1; i < kN; ++i) {
    uint32_t p = g_mt.state[i - 1];
    g_mt.state[i] = 1812433253u * (p ^ (p >> 30)) + uint32_t(i);
  }
  g_mt.index = kN;
}

void init_by_array(const uint32_t* key, size_t len) {
  init_genrand(19650218u);
  uint32_t* mt = g_mt.state;
  int i = 1;
  size_t j = 0;
  for (size_t k = kN > len ? kN : len; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + uint32_t(j);
    ++i, ++j;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (int k = kN - 1; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
    if (++i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;
  g_mt.seeded = true;
  g_mt.has_gauss = false;
}

void seed_from_hardware() {
  uint32_t key[8];
  for (uint32_t& k : key) k = hal::random_u32();
  init_by_array(key, 8);
}

uint32_t genrand() {
  if (!g_mt.seeded) seed_from_hardware();
  uint32_t* mt = g_mt.state;
  if (g_mt.index >= kN) {
    for (int k = 0; k < kN; ++k) {
      uint32_t y = (mt[k] & 0x80000000u) | (mt[(k + 1) % kN] & 0x7fffffffu);
      mt[k] = mt[(k + kM) % kN] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
    }
    g_mt.index = 0;
  }
  uint32_t y = mt[g_mt.index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

double random_double() {
  uint32_t a = genrand() >> 5, b = genrand() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// getrandbits(k) for k <= 64.
uint64_t bits64(unsigned k) {
  if (k == 0) return 0;
  if (k <= 32) return genrand() >> (32 - k);
  uint64_t lo = genrand();
  uint64_t hi = genrand() >> (64 - k);
  return hi << 32 | lo;
}

// getrandbits(k) for any k: little-endian 32-bit words, the last one shifted (CPython).
Value getrandbits(Vm& vm, sword k) {
  if (k <= 64) return bigint_from_uint64(vm, bits64(unsigned(k)));
  size_t words = size_t(k - 1) / 32 + 1;
  Value result = Value::small_int(0);
  for (size_t i = 0; i < words && !result.is_null(); ++i, k -= 32) {
    uint32_t r = genrand();
    if (k < 32) r >>= (32 - k);
    Value w = bigint_from_uint64(vm, r);
    if (w.is_null()) return w;
    Value shifted = binary_op(vm, BinaryOp::LSHIFT, w, Value::small_int(sword(32 * i)));
    result = shifted.is_null() ? shifted : binary_op(vm, BinaryOp::OR, result, shifted);
  }
  return result;
}

int sign_of(Value n) { return bigint_compare(n, Value::small_int(0)); }

// _randbelow(n) for n > 0: getrandbits(n.bit_length()) until below n.
Value randbelow(Vm& vm, Value n) {
  int64_t small;
  if (bigint_to_int64(n, &small) && small > 0) {
    unsigned k = 0;
    while (k < 64 && (uint64_t(small) >> k) != 0) ++k;
    uint64_t r;
    do {
      r = bits64(k);
    } while (r >= uint64_t(small));
    return bigint_from_uint64(vm, r);
  }
  Value bits = call_method(vm, n, q(Q::bit_length), 0, nullptr);
  if (bits.is_null()) return bits;
  for (;;) {
    Value r = getrandbits(vm, bits.as_small_int());
    if (r.is_null() || bigint_compare(r, n) < 0) return r;
  }
}

// --- seeding -------------------------------------------------------------------------------------

bool seed_with_int(Vm& vm, Value n) {
  if (sign_of(n) < 0) n = unary_op(vm, UnaryOp::NEG, n);
  if (n.is_null()) return false;
  uint32_t key[64];
  size_t len = 0;
  int64_t small;
  if (bigint_to_int64(n, &small)) {
    key[len++] = uint32_t(uint64_t(small));
    if (uint64_t(small) >> 32) key[len++] = uint32_t(uint64_t(small) >> 32);
    init_by_array(key, len);
    return true;
  }
  // A big int: its 32-bit words, least significant first, in a GC buffer.
  Value bits = call_method(vm, n, q(Q::bit_length), 0, nullptr);
  if (bits.is_null()) return false;
  size_t words = size_t(bits.as_small_int() + 31) / 32;
  auto* big = static_cast<uint32_t*>(gc_alloc(vm, words * sizeof(uint32_t), true));
  if (big == nullptr) return false;
  Value mask = bigint_from_uint64(vm, 0xffffffffu);
  for (size_t i = 0; i < words; ++i) {
    Value w = binary_op(vm, BinaryOp::AND, n, mask);
    int64_t x;
    if (w.is_null() || !bigint_to_int64(w, &x)) return false;
    big[i] = uint32_t(x);
    n = binary_op(vm, BinaryOp::RSHIFT, n, Value::small_int(32));
    if (n.is_null()) return false;
  }
  init_by_array(big, words);
  return true;
}

Value r_seed(Vm& vm, size_t n, size_t, const Value* args) {
  Value a = n ? args[0] : Value::none();
  if (a.is_none()) {
    seed_from_hardware();
    return Value::none();
  }
  if (is_int(a)) return seed_with_int(vm, a.is_bool() ? Value::small_int(a.is_true_literal()) : int_unwrap(a)) ? Value::none() : Value::null();
  if (isinstance(a, &float_type)) {
    // A 64-bit CPython's hash(), so a float seed gives the same sequence on every target.
    Value h = bigint_from_int64(vm, hash_double64(float_value(a)));
    return !h.is_null() && seed_with_int(vm, h) ? Value::none() : Value::null();
  }
  if (is_str(a) || isinstance(a, &bytes_type) || isinstance(a, &bytearray_type)) {
    BufferInfo b;
    StrView s;
    if (is_str(a)) {
      s = str_view(a);
    } else if (stdlib::buffer_arg(vm, a, &b)) {
      s = StrView{static_cast<const char*>(b.data), b.len};
    } else {
      return Value::null();
    }
    uint32_t key[2] = {hash_bytes(s.data, s.len), uint32_t(s.len)};
    init_by_array(key, 2);
    return Value::none();
  }
  return raise(vm, &TypeError_type,
               "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

// --- functions ---------------------------------------------------------------------------------

Value r_random(Vm& vm, size_t, size_t, const Value*) { return float_new(vm, random_double()); }

Value r_getrandbits(Vm& vm, size_t, size_t, const Value* args) {
  sword k;
  if (!stdlib::int_arg(vm, args[0], &k)) return Value::null();
  if (k < 0) return raise(vm, &ValueError_type, "number of bits must be non-negative");
  return getrandbits(vm, k);
}

// An int argument of randrange; a float with an integral value is accepted, as CPython 3.11.
Value range_arg(Vm& vm, Value v, int pos) {
  if (is_int(v)) return v.is_bool() ? Value::small_int(v.is_true_literal()) : int_unwrap(v);
  if (isinstance(v, &float_type)) {
    double d = float_value(v);
    if (std::floor(d) == d && std::isfinite(d)) return bigint_from_double(vm, d);
    return raise(vm, &ValueError_type, "non-integer arg %d for randrange()", pos);
  }
  return to_index(vm, v);
}

Value randrange(Vm& vm, Value start, Value stop, Value step) {
  Value istart = range_arg(vm, start, 1);
  if (istart.is_null()) return istart;
  if (stop.is_none()) {
    if (!step.is_small_int() || step.as_small_int() != 1) return raise(vm, &TypeError_type, "Missing a non-None stop argument");
    if (sign_of(istart) > 0) return randbelow(vm, istart);
    return raise(vm, &ValueError_type, "empty range for randrange()");
  }
  Value istop = range_arg(vm, stop, 2);
  if (istop.is_null()) return istop;
  Value width = binary_op(vm, BinaryOp::SUB, istop, istart);
  Value istep = range_arg(vm, step, 3);
  if (width.is_null() || istep.is_null()) return Value::null();
  if (istep.is_small_int() && istep.as_small_int() == 1) {
    if (sign_of(width) > 0) {
      Value r = randbelow(vm, width);
      return r.is_null() ? r : binary_op(vm, BinaryOp::ADD, istart, r);
    }
    StrBuilder msg(vm);
    if (!printf_to(msg, "empty range for randrange() (") || !print_value(vm, msg, istart, PrintKind::kStr) ||
        !print_str(msg, ", ") || !print_value(vm, msg, istop, PrintKind::kStr) || !print_str(msg, ", ") ||
        !print_value(vm, msg, width, PrintKind::kStr) || !print_str(msg, ")")) {
      return Value::null();
    }
    Value text = msg.finish();
    return text.is_null() ? text : raise_args(vm, &ValueError_type, 1, &text);
  }
  int s = sign_of(istep);
  if (s == 0) return raise(vm, &ValueError_type, "zero step for randrange()");
  Value adj = binary_op(vm, BinaryOp::ADD, width, binary_op(vm, BinaryOp::ADD, istep, Value::small_int(s > 0 ? -1 : 1)));
  Value n = adj.is_null() ? adj : binary_op(vm, BinaryOp::FLOORDIV, adj, istep);
  if (n.is_null()) return n;
  if (sign_of(n) <= 0) return raise(vm, &ValueError_type, "empty range for randrange()");
  Value r = randbelow(vm, n);
  Value off = r.is_null() ? r : binary_op(vm, BinaryOp::MUL, istep, r);
  return off.is_null() ? off : binary_op(vm, BinaryOp::ADD, istart, off);
}

Value r_randrange(Vm& vm, size_t n, size_t, const Value* args) {
  return randrange(vm, args[0], n > 1 ? args[1] : Value::none(), n > 2 ? args[2] : Value::small_int(1));
}

Value r_randint(Vm& vm, size_t, size_t, const Value* args) {
  Value b = range_arg(vm, args[1], 2);
  Value stop = b.is_null() ? b : binary_op(vm, BinaryOp::ADD, b, Value::small_int(1));
  return stop.is_null() ? stop : randrange(vm, args[0], stop, Value::small_int(1));
}

Value r_uniform(Vm& vm, size_t, size_t, const Value* args) {
  double a, b;
  if (!to_double(vm, args[0], &a) || !to_double(vm, args[1], &b)) return Value::null();
  return float_new(vm, a + (b - a) * random_double());
}

Value r_choice(Vm& vm, size_t, size_t, const Value* args) {
  size_t n;
  if (!length(vm, args[0], &n)) return Value::null();
  if (n == 0) return raise(vm, &IndexError_type, "Cannot choose from an empty sequence");
  Value i = randbelow(vm, Value::small_int(sword(n)));
  return i.is_null() ? i : subscr_load(vm, args[0], i);
}

Value r_shuffle(Vm& vm, size_t, size_t, const Value* args) {
  Value x = args[0];
  size_t n;
  if (!length(vm, x, &n)) return Value::null();
  for (size_t i = n; i-- > 1;) {
    Value j = randbelow(vm, Value::small_int(sword(i + 1)));
    if (j.is_null()) return j;
    Value ii = Value::small_int(sword(i));
    Value a = subscr_load(vm, x, ii);
    Value b = a.is_null() ? a : subscr_load(vm, x, j);
    if (b.is_null() || !subscr_store(vm, x, ii, b) || !subscr_store(vm, x, j, a)) return Value::null();
  }
  return Value::none();
}

Value r_sample(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::population, kArgRequired, Value::none()}, {Q::k, kArgRequired, Value::none()}};
  Value a[2];
  if (!parse_args(vm, "sample", n_pos, n_kw, args, spec, 2, a)) return Value::null();
  Value pop = a[0];
  const Type* pt = native_base(type_of(pop));
  if (pt == &set_type || pt == &frozenset_type || pt == &dict_type) {
    return raise(vm, &TypeError_type, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  size_t n;
  sword k;
  if (!length(vm, pop, &n) || !stdlib::int_arg(vm, a[1], &k)) return Value::null();
  if (k < 0 || size_t(k) > n) return raise(vm, &ValueError_type, "Sample larger than population or is negative");
  Value result = list_new(vm, size_t(k), nullptr);
  if (result.is_null()) return result;
  double setsize = 21;
  if (k > 5) setsize += std::pow(4.0, std::ceil(std::log(double(k) * 3) / std::log(4.0)));
  if (double(n) <= setsize) {  // pick from a shrinking pool
    Value pool = list_from_iter(vm, pop);
    if (pool.is_null()) return pool;
    for (sword i = 0; i < k; ++i) {
      Value j = randbelow(vm, Value::small_int(sword(n) - i));
      if (j.is_null()) return j;
      List* p = as_list(pool);
      as_list(result)->items[i] = p->items[j.as_small_int()];
      p->items[j.as_small_int()] = p->items[sword(n) - i - 1];
    }
    return result;
  }
  auto* chosen = static_cast<sword*>(gc_alloc(vm, size_t(k) * sizeof(sword) + 1, true));
  if (chosen == nullptr) return Value::null();
  for (sword i = 0; i < k; ++i) {  // pick indices, redrawing repeats
    sword j;
    for (bool again = true; again;) {
      Value r = randbelow(vm, Value::small_int(sword(n)));
      if (r.is_null()) return r;
      j = r.as_small_int();
      again = false;
      for (sword m = 0; m < i && !again; ++m) again = chosen[m] == j;
    }
    chosen[i] = j;
    Value item = subscr_load(vm, pop, Value::small_int(j));
    if (item.is_null()) return item;
    as_list(result)->items[i] = item;
  }
  return result;
}

// choices(population, weights=None, *, cum_weights=None, k=1).
Value r_choices(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::population, kArgRequired, Value::none()},
                                 {Q::weights, 0, Value::none()},
                                 {Q::cum_weights, kArgKwOnly, Value::none()},
                                 {Q::k, kArgKwOnly, Value::small_int(1)}};
  Value a[4];
  if (!parse_args(vm, "choices", n_pos, n_kw, args, spec, 4, a)) return Value::null();
  size_t n;
  sword k;
  if (!length(vm, a[0], &n) || !stdlib::int_arg(vm, a[3], &k)) return Value::null();
  if (k < 0) k = 0;
  Value result = list_new(vm, size_t(k), nullptr);
  if (result.is_null()) return result;
  double* cum = nullptr;
  if (!a[1].is_none() || !a[2].is_none()) {
    if (!a[1].is_none() && !a[2].is_none()) {
      return raise(vm, &TypeError_type, "Cannot specify both weights and cumulative weights");
    }
    Value w = list_from_iter(vm, a[1].is_none() ? a[2] : a[1]);
    if (w.is_null()) return w;
    List* wl = as_list(w);
    if (wl->len != n) return raise(vm, &ValueError_type, "The number of weights does not match the population");
    cum = static_cast<double*>(gc_alloc(vm, (n + 1) * sizeof(double), true));
    if (cum == nullptr) return Value::null();
    double total = 0;
    for (size_t i = 0; i < n; ++i) {
      double x;
      if (!to_double(vm, wl->items[i], &x)) return Value::null();
      total = a[1].is_none() ? x : total + x;
      cum[i] = total;
    }
    if (n == 0) return raise(vm, &IndexError_type, "list index out of range");
    if (!(cum[n - 1] > 0.0)) return raise(vm, &ValueError_type, "Total of weights must be greater than zero");
    if (!std::isfinite(cum[n - 1])) return raise(vm, &ValueError_type, "Total of weights must be finite");
  }
  for (sword i = 0; i < k; ++i) {
    size_t index;
    if (cum == nullptr) {
      index = size_t(std::floor(random_double() * double(n)));
    } else {  // bisect_right(cum_weights, random() * total, 0, n - 1)
      double x = random_double() * cum[n - 1];
      size_t lo = 0, hi = n - 1;
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (x < cum[mid]) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      index = lo;
    }
    Value item = subscr_load(vm, a[0], Value::small_int(sword(index)));
    if (item.is_null()) return item;
    as_list(result)->items[i] = item;
  }
  return result;
}

Value r_gauss(Vm& vm, size_t n, size_t, const Value* args) {
  double mu = 0.0, sigma = 1.0;
  if (n > 0 && !to_double(vm, args[0], &mu)) return Value::null();
  if (n > 1 && !to_double(vm, args[1], &sigma)) return Value::null();
  double z;
  if (g_mt.has_gauss) {
    z = g_mt.gauss_next;
    g_mt.has_gauss = false;
  } else {
    double x2pi = random_double() * 2 * stdlib::kPi;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - random_double()));
    z = std::cos(x2pi) * g2rad;
    g_mt.gauss_next = std::sin(x2pi) * g2rad;
    g_mt.has_gauss = true;
  }
  return float_new(vm, mu + z * sigma);
}

constexpr NativeFunction seed_obj = native_fn(Q::seed, r_seed, 0, 1);
constexpr NativeFunction random_obj = native_fn(Q::random, r_random, 0, 0);
constexpr NativeFunction getrandbits_obj = native_fn(Q::getrandbits, r_getrandbits, 1, 1);
constexpr NativeFunction randrange_obj = native_fn(Q::randrange, r_randrange, 1, 3);
constexpr NativeFunction randint_obj = native_fn(Q::randint, r_randint, 2, 2);
constexpr NativeFunction uniform_obj = native_fn(Q::uniform, r_uniform, 2, 2);
constexpr NativeFunction choice_obj = native_fn(Q::choice, r_choice, 1, 1);
constexpr NativeFunction shuffle_obj = native_fn(Q::shuffle, r_shuffle, 1, 1);
constexpr NativeFunction sample_obj = native_fn(Q::sample, r_sample, 0, 2, true);
constexpr NativeFunction choices_obj = native_fn(Q::choices, r_choices, 0, 2, true);
constexpr NativeFunction gauss_obj = native_fn(Q::gauss, r_gauss, 0, 2);

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
constexpr auto random_table = sorted_table(std::to_array<MapEntry>({
    MapEntry{q(Q::dunder_name), q(Q::random)},
    ENTRY(seed, seed_obj),
    ENTRY(random, random_obj),
    ENTRY(getrandbits, getrandbits_obj),
    ENTRY(randrange, randrange_obj),
    ENTRY(randint, randint_obj),
    ENTRY(uniform, uniform_obj),
    ENTRY(choice, choice_obj),
    ENTRY(shuffle, shuffle_obj),
    ENTRY(sample, sample_obj),
    ENTRY(choices, choices_obj),
    ENTRY(gauss, gauss_obj),
}));
#undef ENTRY

}  // namespace

constexpr ConstMap random_module_globals = {random_table.data(), random_table.size()};

}  // namespace mote
