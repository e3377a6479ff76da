# The import benchmark's module, frozen (included by tests/frozen/modules/manifest.py).
module("bench_module.py")
