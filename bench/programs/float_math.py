"""Scalar floating-point math written in pure Python.

Implements sqrt (Newton), exp, log, sin and cos (argument reduction plus
Taylor series) without the math module, then uses them for Simpson
integration, a damped-oscillator simulation and polynomial evaluation.
Also exercises float <-> int/str conversions, float floor division and
modulo, abs/min/max and round().  Prints results rounded to nine decimals.
"""

ROUNDS = 36
PI = 3.141592653589793
LN2 = 0.6931471805599453


def sqrt(x):
    if x == 0.0:
        return 0.0
    guess = x if x > 1.0 else 1.0
    for _ in range(60):
        nxt = 0.5 * (guess + x / guess)
        if abs(nxt - guess) <= 1e-15 * nxt:
            return nxt
        guess = nxt
    return guess


def exp(x):
    # exp(x) = 2**k * exp(r), |r| <= ln2/2
    k = int(x / LN2 + (0.5 if x >= 0 else -0.5))
    r = x - k * LN2
    term = 1.0
    total = 1.0
    n = 1
    while abs(term) > 1e-17:
        term *= r / n
        total += term
        n += 1
    return total * 2.0 ** k


def log(x):
    # Reduce to m in [0.5, 1) then use the atanh series.
    k = 0
    while x >= 1.0:
        x *= 0.5
        k += 1
    while x < 0.5:
        x *= 2.0
        k -= 1
    s = (x - 1.0) / (x + 1.0)
    s2 = s * s
    term = s
    total = 0.0
    n = 1
    while abs(term) > 1e-18:
        total += term / n
        term *= s2
        n += 2
    return 2.0 * total + k * LN2


def sin(x):
    x = x % (2.0 * PI)
    if x > PI:
        x -= 2.0 * PI
    term = x
    total = x
    x2 = x * x
    n = 1
    while abs(term) > 1e-17:
        term *= -x2 / ((n + 1) * (n + 2))
        total += term
        n += 2
    return total


def cos(x):
    return sin(x + PI / 2.0)


def simpson(f, a, b, n):
    h = (b - a) / n
    total = f(a) + f(b)
    for i in range(1, n):
        total += (4.0 if i % 2 else 2.0) * f(a + i * h)
    return total * h / 3.0


def oscillator(steps, dt):
    x, v = 1.0, 0.0
    k, c = 4.0, 0.1
    energy_peak = 0.0
    for _ in range(steps):
        a = -k * x - c * v
        v += a * dt
        x += v * dt
        energy_peak = max(energy_peak, 0.5 * v * v + 0.5 * k * x * x)
    return x, v, energy_peak


def horner(coeffs, x):
    acc = 0.0
    for c in coeffs:
        acc = acc * x + c
    return acc


def conversions(n):
    total = 0.0
    count = 0
    for i in range(1, n):
        f = i / 7.0
        s = repr(f)
        total += float(s)
        q, m = divmod(f, 0.75)
        total += q + m + (-f) // 1.5 + (-f) % 1.5
        count += int(f * 3.0) + round(f) + int(-f)
    return total, count


def main():
    acc = 0.0
    for r in range(ROUNDS):
        acc += simpson(lambda t: exp(-t * t), 0.0, 2.0 + r * 0.01, 2000)
        acc += simpson(lambda t: sin(t) * cos(t), 0.0, PI, 2000)
        acc += sum(sqrt(float(i)) for i in range(1, 3000))
        acc += sum(log(float(i)) for i in range(1, 3000)) * 1e-3
        x, v, peak = oscillator(20000, 0.001 + r * 1e-5)
        acc += x + v + peak
        acc += horner([1.0, -3.5, 2.25, 0.5, -0.125], 1.1 + r * 0.01)
    conv_total, conv_count = conversions(20000)
    print(f"float_math rounds={ROUNDS} acc={acc:.9f} conv={conv_total:.6f} "
          f"count={conv_count} e={exp(1.0):.12f} ln10={log(10.0):.12f} "
          f"sqrt2={sqrt(2.0):.12f}")


main()
