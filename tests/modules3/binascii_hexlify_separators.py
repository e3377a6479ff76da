# binascii.hexlify/b2a_hex with sep and bytes_per_sep (positive, negative), and bytes.hex for comparison.
import binascii
data = bytes(range(1, 8))
print(binascii.hexlify(data, "-"), binascii.hexlify(data, b":", 2), binascii.hexlify(data, " ", -3), binascii.b2a_hex(data, "_", 3))
print(data.hex(), data.hex(":"), data.hex("-", 2), binascii.hexlify(b""), binascii.hexlify(b"a", "-"))
for call in ['binascii.hexlify(data, "--")', 'binascii.hexlify(data, "")', 'binascii.hexlify(data, 5)']:
    try:
        eval(call)
    except (ValueError, TypeError) as e:
        print(call, type(e).__name__)
