# Native ('@') layout aligns 8-byte fields as the target's C ABI does: 8 on a
# 64-bit host, 4 inside structs on 32-bit x86. The oracle (CPython here) is a
# 64-bit build, so this only has an expected output on 64-bit hosts.
import struct
import sys

if sys.maxsize < 2**32:
    print("SKIP")
    raise SystemExit
print(struct.calcsize("@bq"), struct.calcsize("@hd"), struct.calcsize("@bi"))
