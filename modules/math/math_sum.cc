// math_sum.cc — the exactly rounded sums of `math`: fsum (Shewchuk's algorithm, as CPython's
// msum) and the vector norm behind hypot and dist (CPython 3.11's vector_norm: scaling by a
// power of two, exact squares and a compensated sum, then one Newton correction), so results
// match CPython bit for bit.
//
// Exact products use Dekker's splitting rather than fma(): a Cortex-M0+ has no fused
// multiply-add, and both give the same exact result. The file must not be compiled with
// floating-point contraction (modules/stdlib.cmake passes -ffp-contract=off).
#include <cfloat>
#include <cmath>

#include "gc/gc.h"
#include "modules/math/math_internal.h"

namespace mote::math {

namespace {

// --- fsum ---------------------------------------------------------------------------------

constexpr size_t kPartials = 32;

struct Partials {
  double local[kPartials];
  double* p = local;
  size_t cap = kPartials;
  size_t n = 0;

  bool push(Vm& vm, double x) {
    if (n == cap) {
      auto* bigger = static_cast<double*>(gc_alloc(vm, 2 * cap * sizeof(double), true));
      if (bigger == nullptr) return false;
      for (size_t i = 0; i < n; ++i) bigger[i] = p[i];
      p = bigger;
      cap *= 2;
    }
    p[n++] = x;
    return true;
  }
};

Value m_fsum(Vm& vm, size_t, size_t, const Value* args) {
  Partials ps;
  double special_sum = 0.0, inf_sum = 0.0;
  bool ok = for_each(vm, args[0], [&](Value item) {
    double x;
    if (!real_arg(vm, item, &x)) return false;
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < ps.n; ++j) {
      double y = ps.p[j];
      if (std::fabs(x) < std::fabs(y)) {
        double t = x;
        x = y;
        y = t;
      }
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) ps.p[i++] = lo;
      x = hi;
    }
    ps.n = i;
    if (x == 0.0) return true;
    if (!std::isfinite(x)) {
      if (std::isfinite(xsave)) {
        raise(vm, &OverflowError_type, "intermediate overflow in fsum");
        return false;
      }
      if (std::isinf(xsave)) inf_sum += xsave;
      special_sum += xsave;
      ps.n = 0;
      return true;
    }
    return ps.push(vm, x);
  });
  if (!ok) return Value::null();
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return raise(vm, &ValueError_type, "-inf + inf in fsum");
    return float_new(vm, special_sum);
  }
  double hi = 0.0, lo = 0.0;
  size_t n = ps.n;
  if (n > 0) {
    hi = ps.p[--n];
    while (n > 0) {  // sum from the top, stopping when the sum becomes inexact
      double x = hi, y = ps.p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // Half-even rounding across partials (sum([1e-16, 1, 1e16]) rounds up).
    if (n > 0 && ((lo < 0.0 && ps.p[n - 1] < 0.0) || (lo > 0.0 && ps.p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return float_new(vm, hi);
}

// --- vector_norm --------------------------------------------------------------------------

struct DoubleLength {
  double hi, lo;
};

DoubleLength dl_fast_sum(double a, double b) {
  double x = a + b;
  double z = x - a;
  return {x, b - z};
}

// Veltkamp splitting: x == hi + lo with each half holding 26 significant bits.
DoubleLength dl_split(double x) {
  double t = x * 134217729.0;  // 2**27 + 1
  double hi = t - (t - x);
  return {hi, x - hi};
}

// Dekker's exact product: x * y == hi + lo.
DoubleLength dl_mul(double x, double y) {
  DoubleLength xx = dl_split(x), yy = dl_split(y);
  double p = xx.hi * yy.hi;
  double q = xx.hi * yy.lo + xx.lo * yy.hi;
  double z = p + q;
  double zz = p - z + q + xx.lo * yy.lo;
  return {z, zz};
}

double vector_norm(size_t n, double* vec, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {  // ldexp(1.0, -max_e) would overflow: make subnormals normal first
    for (size_t i = 0; i < n; ++i) vec[i] /= DBL_MIN;
    return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (size_t i = 0; i < n; ++i) {
    double x = vec[i] * scale;  // lossless scaling
    DoubleLength pr = dl_mul(x, x);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = dl_mul(-h, h);
  DoubleLength sm = dl_fast_sum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);  // differential correction
  return h / scale;
}

// Coordinates in a stack buffer for the usual few dimensions, else in the GC heap.
struct Coords {
  double local[16];
  double* v = local;
  double max = 0.0;
  bool found_nan = false;

  bool reserve(Vm& vm, size_t n) {
    if (n <= 16) return true;
    v = static_cast<double*>(gc_alloc(vm, n * sizeof(double), true));
    return v != nullptr;
  }
  void add(size_t i, double x) {
    x = std::fabs(x);
    v[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
};

Value m_hypot(Vm& vm, size_t n, size_t, const Value* args) {
  Coords c;
  if (!c.reserve(vm, n)) return Value::null();
  for (size_t i = 0; i < n; ++i) {
    double x;
    if (!real_arg(vm, args[i], &x)) return Value::null();
    c.add(i, x);
  }
  return float_new(vm, vector_norm(n, c.v, c.max, c.found_nan));
}

Value m_dist(Vm& vm, size_t, size_t, const Value* args) {
  Value p = tuple_from_iter(vm, args[0]);
  if (p.is_null()) return p;
  Value q = tuple_from_iter(vm, args[1]);
  if (q.is_null()) return q;
  Tuple *tp = as_tuple(p), *tq = as_tuple(q);
  if (tp->len != tq->len) return raise(vm, &ValueError_type, "both points must have the same number of dimensions");
  Coords c;
  if (!c.reserve(vm, tp->len)) return Value::null();
  for (size_t i = 0; i < tp->len; ++i) {
    double a, b;
    if (!real_arg(vm, tp->items[i], &a) || !real_arg(vm, tq->items[i], &b)) return Value::null();
    c.add(i, a - b);
  }
  return float_new(vm, vector_norm(tp->len, c.v, c.max, c.found_nan));
}

}  // namespace

constexpr NativeFunction fsum_obj = native_fn(Q::fsum, m_fsum, 1, 1);
constexpr NativeFunction hypot_obj = native_fn(Q::hypot, m_hypot, 0, kVarArgs);
constexpr NativeFunction dist_obj = native_fn(Q::dist, m_dist, 2, 2);

}  // namespace mote::math
