# struct: the byte-order prefixes < > ! = with every integer size, signed and unsigned.
import struct
for prefix in "<>!=":
    print(prefix, struct.pack(prefix + "bBhHiIqQ", -2, 254, -300, 65000, -70000, 4000000000, -2**40, 2**63 + 5))
    print(prefix, struct.unpack(prefix + "hHiq", bytes(range(1, 17))))
print(struct.calcsize("<bhiq"), struct.calcsize("=bhiq"), struct.calcsize(">?xq"), struct.calcsize("!3s2h"))
