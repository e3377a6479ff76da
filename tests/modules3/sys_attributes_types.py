# sys: the types of the standard attributes (argv, path, modules, maxsize, byteorder, version_info...).
import sys
print(type(sys.argv).__name__, type(sys.path).__name__, type(sys.modules).__name__, sys.byteorder in ("little", "big"))
print(sys.maxsize >= 2**31 - 1, type(sys.version).__name__, sys.version_info[0], len(sys.version_info) >= 3, sys.version_info.major)
print(sys.implementation.name in ("cpython", "micropython", "mote"), "sys_attributes_types" in sys.argv[0])
print(sys.modules["sys"] is sys, __name__ in sys.modules, callable(sys.exit), hasattr(sys.stdout, "write"))
print(sys.stdout.write("written\n"), sys.stderr is not sys.stdout)
