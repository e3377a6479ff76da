// bigint_mag.cc — the magnitude kernels declared in bigint_mag.h.
//
// Multiplication is schoolbook below kKaratsubaThreshold digits and
// Karatsuba above, with all temporaries in one caller-supplied scratch area
// (sized by mul_scratch) so a product costs one allocation however deep the
// recursion goes. Operands of very different lengths are cut into pieces of
// the shorter length, each multiplied by Karatsuba. Division is Knuth's
// algorithm D with the usual two-digit quotient estimate. Both are the
// textbook algorithms; the constant factors come from using the widest
// product the target multiplies natively (see Digit in the header).
#include "vm/bigint_mag.h"

#include <cmath>
#include <cstring>

namespace mote::mag {

namespace {

int clz_digit(Digit d) {
  int n = 0;
  for (Digit top = Digit(1) << (kDigitBits - 1); (d & top) == 0; d <<= 1) ++n;
  return n;
}

// Division by a normalised digit d (top bit set) with a precomputed
// reciprocal v = floor((B*B - 1) / d) - B (Moller & Granlund, "Improved
// division by invariant integers", 2011): one multiply and a few
// corrections instead of a hardware (or, on Cortex-M0+, library) divide.
struct Reciprocal {
  Digit d;
  Digit v;
};

Reciprocal reciprocal_of(Digit d) { return {d, Digit(~DDigit(0) / d - (DDigit(1) << kDigitBits))}; }

// (u1*B + u0) / d for u1 < d; *rem gets the remainder.
inline Digit div_2by1(Digit u1, Digit u0, const Reciprocal& r, Digit* rem) {
  DDigit q = DDigit(r.v) * u1 + ((DDigit(u1) << kDigitBits) | u0);
  Digit q1 = Digit((q >> kDigitBits) + 1);
  Digit q0 = Digit(q);
  Digit rr = Digit(u0 - Digit(q1 * r.d));
  if (rr > q0) {
    --q1;
    rr = Digit(rr + r.d);
  }
  if (rr >= r.d) {
    ++q1;
    rr = Digit(rr - r.d);
  }
  *rem = rr;
  return q1;
}

// Schoolbook product into r[0, na+nb), which must not alias a or b.
void mul_school(Digit* r, const Digit* a, size_t na, const Digit* b, size_t nb) {
  memset(r, 0, (na + nb) * sizeof(Digit));
  for (size_t i = 0; i < nb; ++i) {
    Digit bi = b[i];
    if (bi == 0) continue;
    DDigit carry = 0;
    Digit* ri = r + i;
    for (size_t j = 0; j < na; ++j) {
      carry += DDigit(a[j]) * bi + ri[j];
      ri[j] = Digit(carry);
      carry >>= kDigitBits;
    }
    ri[na] = Digit(carry);
  }
}

// Schoolbook square: each cross product a[i]*a[j] (i < j) once, doubled,
// then the diagonal a[i]^2 added — about half the multiplications.
void sqr_school(Digit* r, const Digit* a, size_t n) {
  memset(r, 0, 2 * n * sizeof(Digit));
  for (size_t i = 0; i + 1 < n; ++i) {
    DDigit carry = 0;
    Digit ai = a[i];
    for (size_t j = i + 1; j < n; ++j) {
      carry += DDigit(ai) * a[j] + r[i + j];
      r[i + j] = Digit(carry);
      carry >>= kDigitBits;
    }
    r[i + n] = Digit(carry);
  }
  shl_bits(r, r, 2 * n - 1, 1);  // doubles; r[2n-1] (still 0) receives the top bit
  DDigit carry = 0;
  for (size_t i = 0; i < n; ++i) {
    DDigit sq = DDigit(a[i]) * a[i];
    carry += DDigit(r[2 * i]) + Digit(sq);
    r[2 * i] = Digit(carry);
    carry >>= kDigitBits;
    carry += DDigit(r[2 * i + 1]) + Digit(sq >> kDigitBits);
    r[2 * i + 1] = Digit(carry);
    carry >>= kDigitBits;
  }
}

void mul_rec(Digit* r, const Digit* a, size_t na, const Digit* b, size_t nb, Digit* scratch);

// a much longer than b (2 * nb <= na): a is cut into nb-digit pieces.
void mul_unbalanced(Digit* r, const Digit* a, size_t na, const Digit* b, size_t nb,
                    Digit* scratch) {
  memset(r, 0, (na + nb) * sizeof(Digit));
  Digit* piece = scratch;  // 2 * nb digits
  for (size_t off = 0; off < na; off += nb) {
    size_t len = na - off < nb ? na - off : nb;
    mul_rec(piece, a + off, len, b, nb, scratch + 2 * nb);
    add_into(r + off, na + nb - off, piece, len + nb);
  }
}

// Karatsuba with na >= nb > na / 2, split at h = na / 2:
// a*b = z2*B^2h + ((a0+a1)(b0+b1) - z0 - z2)*B^h + z0.
void karatsuba(Digit* r, const Digit* a, size_t na, const Digit* b, size_t nb, Digit* scratch) {
  size_t h = na / 2;
  const Digit *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
  size_t na1 = na - h, nb1 = nb - h;
  mul_rec(r, a0, h, b0, h, scratch);                 // z0 -> r[0, 2h)
  mul_rec(r + 2 * h, a1, na1, b1, nb1, scratch);     // z2 -> r[2h, na+nb)
  size_t m = na1 + 1;                                // bound on |a0+a1| and |b0+b1|
  Digit* sa = scratch;
  Digit* sb = scratch + m;
  Digit* z1 = scratch + 2 * m;                       // 2m digits
  memset(sa, 0, 2 * m * sizeof(Digit));
  add(sa, a1, na1, a0, h);
  if (nb1 >= h) {
    add(sb, b1, nb1, b0, h);
  } else {
    add(sb, b0, h, b1, nb1);
  }
  bool square = a == b && na == nb;
  mul_rec(z1, sa, m, square ? sa : sb, m, scratch + 4 * m);
  size_t nz1 = 2 * m;
  sub_into(z1, nz1, r, trim(r, 2 * h));
  sub_into(z1, nz1, r + 2 * h, trim(r + 2 * h, na + nb - 2 * h));
  add_into(r + h, na + nb - h, z1, trim(z1, nz1));
}

void mul_rec(Digit* r, const Digit* a, size_t na, const Digit* b, size_t nb, Digit* scratch) {
  if (na < nb) {
    const Digit* t = a;
    a = b;
    b = t;
    size_t tn = na;
    na = nb;
    nb = tn;
  }
  if (nb < kKaratsubaThreshold) {
    if (a == b && na == nb) {
      sqr_school(r, a, na);
    } else {
      mul_school(r, a, na, b, nb);
    }
  } else if (2 * nb <= na) {
    mul_unbalanced(r, a, na, b, nb, scratch);
  } else {
    karatsuba(r, a, na, b, nb, scratch);
  }
}

// u[0, n] -= q * v[0, n); returns the final borrow (1 if the result went negative).
Digit submul(Digit* u, const Digit* v, size_t n, Digit q) {
  DDigit carry = 0;
  Digit borrow = 0;
  for (size_t i = 0; i < n; ++i) {
    DDigit p = DDigit(q) * v[i] + carry;
    carry = p >> kDigitBits;
    DDigit t = DDigit(u[i]) - Digit(p) - borrow;
    u[i] = Digit(t);
    borrow = Digit((t >> kDigitBits) & 1);
  }
  DDigit t = DDigit(u[n]) - Digit(carry) - borrow;
  u[n] = Digit(t);
  return Digit((t >> kDigitBits) & 1);
}

}  // namespace

size_t trim(const Digit* a, size_t n) {
  while (n > 0 && a[n - 1] == 0) --n;
  return n;
}

size_t bit_length(const Digit* a, size_t n) {
  n = trim(a, n);
  if (n == 0) return 0;
  return n * kDigitBits - size_t(clz_digit(a[n - 1]));
}

int compare(const Digit* a, size_t na, const Digit* b, size_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  while (na-- > 0) {
    if (a[na] != b[na]) return a[na] < b[na] ? -1 : 1;
  }
  return 0;
}

size_t add(Digit* r, const Digit* a, size_t na, const Digit* b, size_t nb) {
  if (na < nb) return add(r, b, nb, a, na);
  DDigit carry = 0;
  size_t i = 0;
  for (; i < nb; ++i) {
    carry += DDigit(a[i]) + b[i];
    r[i] = Digit(carry);
    carry >>= kDigitBits;
  }
  for (; i < na; ++i) {
    carry += a[i];
    r[i] = Digit(carry);
    carry >>= kDigitBits;
  }
  r[na] = Digit(carry);
  return trim(r, na + 1);
}

size_t sub(Digit* r, const Digit* a, size_t na, const Digit* b, size_t nb) {
  Digit borrow = 0;
  size_t i = 0;
  for (; i < nb; ++i) {
    DDigit t = DDigit(a[i]) - b[i] - borrow;
    r[i] = Digit(t);
    borrow = Digit((t >> kDigitBits) & 1);
  }
  for (; i < na; ++i) {
    DDigit t = DDigit(a[i]) - borrow;
    r[i] = Digit(t);
    borrow = Digit((t >> kDigitBits) & 1);
  }
  return trim(r, na);
}

Digit add_into(Digit* r, size_t nr, const Digit* b, size_t nb) {
  DDigit carry = 0;
  size_t i = 0;
  for (; i < nb; ++i) {
    carry += DDigit(r[i]) + b[i];
    r[i] = Digit(carry);
    carry >>= kDigitBits;
  }
  for (; carry != 0 && i < nr; ++i) {
    carry += r[i];
    r[i] = Digit(carry);
    carry >>= kDigitBits;
  }
  return Digit(carry);
}

Digit sub_into(Digit* r, size_t nr, const Digit* b, size_t nb) {
  Digit borrow = 0;
  size_t i = 0;
  for (; i < nb; ++i) {
    DDigit t = DDigit(r[i]) - b[i] - borrow;
    r[i] = Digit(t);
    borrow = Digit((t >> kDigitBits) & 1);
  }
  for (; borrow != 0 && i < nr; ++i) {
    DDigit t = DDigit(r[i]) - borrow;
    r[i] = Digit(t);
    borrow = Digit((t >> kDigitBits) & 1);
  }
  return borrow;
}

Digit mul_add_digit(Digit* a, size_t n, Digit m, Digit add_value) {
  DDigit carry = add_value;
  for (size_t i = 0; i < n; ++i) {
    carry += DDigit(a[i]) * m;
    a[i] = Digit(carry);
    carry >>= kDigitBits;
  }
  return Digit(carry);
}

Digit divrem_digit(Digit* q, const Digit* a, size_t n, Digit d) {
  if (n == 0) return 0;
  int s = clz_digit(d);
  Reciprocal r = reciprocal_of(Digit(d << s));
  // Divide a * 2**s by d * 2**s, shifting a on the fly (q may alias a: a[i-1]
  // is read before q[i] is written).
  Digit rem = s ? Digit(a[n - 1] >> (kDigitBits - s)) : 0;
  for (size_t i = n; i-- > 0;) {
    Digit u0 = Digit(a[i] << s);
    if (s && i > 0) u0 = Digit(u0 | (a[i - 1] >> (kDigitBits - s)));
    q[i] = div_2by1(rem, u0, r, &rem);
  }
  return Digit(rem >> s);
}

Digit divrem_dec(Digit* a, size_t n) {
  DDigit rem = 0;
  for (size_t i = n; i-- > 0;) {
    DDigit cur = (rem << kDigitBits) | a[i];
    DDigit q = cur / kDecBase;  // division by a constant: a multiply on most targets
    a[i] = Digit(q);
    rem = cur - q * kDecBase;
  }
  return Digit(rem);
}

size_t mul_scratch(size_t na, size_t nb) {
  if (na < nb) {
    size_t t = na;
    na = nb;
    nb = t;
  }
  if (nb < kKaratsubaThreshold) return 0;
  if (2 * nb <= na) return 2 * nb + mul_scratch(nb, nb);
  size_t m = na - na / 2 + 1;
  return 4 * m + mul_scratch(m, m);
}

void mul(Digit* r, const Digit* a, size_t na, const Digit* b, size_t nb, Digit* scratch) {
  if (na == 0 || nb == 0) {
    memset(r, 0, (na + nb) * sizeof(Digit));
    return;
  }
  mul_rec(r, a, na, b, nb, scratch);
}

void divrem(Digit* q, Digit* r, const Digit* a, size_t na, const Digit* b, size_t nb, Digit* scratch) {
  if (nb == 1) {
    Digit rem = divrem_digit(q, a, na, b[0]);
    if (r != nullptr) r[0] = rem;
    return;
  }
  int s = clz_digit(b[nb - 1]);
  Digit* u = scratch;           // na + 1 digits: a normalised
  Digit* v = scratch + na + 1;  // nb digits: b normalised (top bit set)
  shl_bits(v, b, nb - 1, s);
  v[nb - 1] = Digit((b[nb - 1] << s) | (s ? b[nb - 2] >> (kDigitBits - s) : 0));
  u[na] = shl_bits(u, a, na, s);
  Digit vtop = v[nb - 1], vnext = v[nb - 2];
  Reciprocal rv = reciprocal_of(vtop);
  for (size_t j = na - nb + 1; j-- > 0;) {
    // Estimate qhat from the top two digits (u[j+nb] <= vtop always holds).
    DDigit qhat, rhat;
    if (u[j + nb] >= vtop) {
      qhat = Digit(~Digit(0));
      rhat = ((DDigit(u[j + nb]) << kDigitBits) | u[j + nb - 1]) - qhat * vtop;
    } else {
      Digit r;
      qhat = div_2by1(u[j + nb], u[j + nb - 1], rv, &r);
      rhat = r;
    }
    while ((rhat >> kDigitBits) == 0 && qhat * vnext > ((rhat << kDigitBits) | u[j + nb - 2])) {
      --qhat;
      rhat += vtop;
      if ((rhat >> kDigitBits) != 0) break;
    }
    if (submul(u + j, v, nb, Digit(qhat)) != 0) {
      --qhat;  // estimate was one too large (rare): add v back
      add_into(u + j, nb + 1, v, nb);
    }
    q[j] = Digit(qhat);
  }
  if (r != nullptr) shr_bits(r, u, nb, s);
}

Digit shl_bits(Digit* r, const Digit* a, size_t n, int s) {
  if (s == 0) {
    if (r != a) memmove(r, a, n * sizeof(Digit));
    return 0;
  }
  Digit carry = 0;
  for (size_t i = 0; i < n; ++i) {
    Digit d = a[i];
    r[i] = Digit((d << s) | carry);
    carry = Digit(d >> (kDigitBits - s));
  }
  r[n] = carry;
  return carry;
}

void shr_bits(Digit* r, const Digit* a, size_t n, int s) {
  if (s == 0) {
    if (r != a) memmove(r, a, n * sizeof(Digit));
    return;
  }
  for (size_t i = 0; i < n; ++i) {
    Digit hi = i + 1 < n ? Digit(a[i + 1] << (kDigitBits - s)) : 0;
    r[i] = Digit((a[i] >> s) | hi);
  }
}

size_t from_u64(Digit* r, uint64_t v) {
  for (size_t i = 0; i < kDigitsPer64; ++i) {
    r[i] = Digit(v);
    v = kDigitBits < 64 ? v >> (kDigitBits % 64) : 0;
  }
  return trim(r, kDigitsPer64);
}

uint64_t to_u64(const Digit* a, size_t n) {
  uint64_t v = 0;
  for (size_t i = n < kDigitsPer64 ? n : kDigitsPer64; i-- > 0;) v = (v << kDigitBits) | a[i];
  return v;
}

// Bits [bits-55, bits) of a (bits = bit_length > 55), with bit 0 or'ed
// with a "sticky" flag telling whether any lower bit is set.
static uint64_t top55_sticky(const Digit* a, size_t n, size_t bits) {
  size_t shift = bits - 55;
  size_t dshift = shift / kDigitBits;
  int bshift = int(shift % kDigitBits);
  uint64_t top = uint64_t(a[dshift]) >> bshift;
  int pos = kDigitBits - bshift;
  for (size_t i = dshift + 1; i < n && pos < 64; ++i, pos += kDigitBits) top |= uint64_t(a[i]) << pos;
  bool sticky = (a[dshift] & ((DDigit(1) << bshift) - 1)) != 0;
  for (size_t i = 0; i < dshift && !sticky; ++i) sticky = a[i] != 0;
  return (top & ((uint64_t(1) << 55) - 1)) | (sticky ? 1 : 0);
}

double to_double(const Digit* a, size_t n) {
  n = trim(a, n);
  size_t bits = bit_length(a, n);
  if (bits <= 53) return double(to_u64(a, n));
  if (bits > 1024) return HUGE_VAL;
  // Keep 55 bits: 53 for the mantissa, a guard bit, and a sticky bit that
  // records whether anything below was nonzero; then round half to even.
  uint64_t q = bits <= 55 ? to_u64(a, n) << (55 - bits) : top55_sticky(a, n, bits);
  if ((q & 2) && (q & 5)) q += 2;
  q &= ~uint64_t(3);
  return ldexp(double(q), int(bits) - 55);
}

size_t from_double(Digit* r, double v) {
  v = trunc(fabs(v));
  if (v < 18446744073709551616.0) return from_u64(r, uint64_t(v));
  int e;
  double m = frexp(v, &e);  // v = m * 2**e, 0.5 <= m < 1, e > 64
  uint64_t mant = uint64_t(ldexp(m, 53));
  size_t shift = size_t(e - 53);
  size_t n = 1024 / kDigitBits + 1;
  memset(r, 0, n * sizeof(Digit));
  Digit tmp[kDigitsPer64 + 1] = {};
  size_t nt = from_u64(tmp, mant);
  Digit top = shl_bits(r + shift / kDigitBits, tmp, nt, int(shift % kDigitBits));
  (void)top;
  return trim(r, n);
}

}  // namespace mote::mag
