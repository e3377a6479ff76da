# bench_invoke.py — invoke latency of the shared models through the Python API (`import mlinfer`).
#
#   build/mote bench/mlinfer/bench_invoke.py [MODELS_DIR]
#
# The C++ program next to it (mlinfer_bench) times the engine alone; this one times what a
# script sees: m.invoke() from Python, and the round trip set_input(bytes) + invoke() +
# get_output(). Each figure is the median (and the best) of 31 batches, a batch being enough
# calls to last about 2 ms, divided by the calls per batch. Needs the `time` module
# (time.ticks_us); without it the script says so and stops.
import sys

import mlinfer

try:
    from time import ticks_diff, ticks_us
except ImportError:
    print("SKIP: no time module (time.ticks_us) in this build")
    sys.exit(0)

BATCHES = 31


def models_dir():
    if len(sys.argv) > 1:
        return sys.argv[1].rstrip("/") + "/"
    here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
    return here + "/../../../shared/models/"


def per_call_us(fn, calls):
    start = ticks_us()
    for _ in range(calls):
        fn()
    return ticks_diff(ticks_us(), start) / calls


def calibrate(fn):
    calls = 1
    while calls < 1000000 and per_call_us(fn, calls) * calls < 2000:
        calls *= 2
    return calls


def measure(fn):
    calls = calibrate(fn)
    times = sorted(per_call_us(fn, calls) for _ in range(BATCHES))
    return times[BATCHES // 2], times[0]


def bench(path, expected):
    m = mlinfer.Model(path)
    n = len(m.inputs[0])
    data = bytes([((i * 7) % 256 - 128) & 0xFF for i in range(n)])  # int8 (i*7) % 256 - 128
    m.set_input(0, data)
    m.invoke()
    ok = list(m.get_output(0)) == expected

    def round_trip():
        m.set_input(0, data)
        m.invoke()
        return m.get_output(0)

    median, best = measure(m.invoke)
    rt_median, rt_best = measure(round_trip)
    name = path.rsplit("/", 1)[-1]
    mmacs = m.macs / median if median > 0 else 0.0
    print("%-32s %8.2f %8.2f %10.1f %8.2f %8.2f %8d %9d  %s" % (
        name, median, best, mmacs, rt_median, rt_best, m.arena_used, m.macs, "ok" if ok else "WRONG OUTPUT"))


print("%-32s %8s %8s %10s %8s %8s %8s %9s" % (
    "model", "invoke", "best", "MMAC/s", "trip", "best", "arena", "MACs"))
print("%-32s %8s %8s %10s %8s %8s %8s %9s" % ("", "us", "us", "", "us", "us", "bytes", ""))
DIR = models_dir()
bench(DIR + "hello_world_int8.tflite", [4])
bench(DIR + "micro_speech_quantized.tflite", [-128, 121, -123, -127])
