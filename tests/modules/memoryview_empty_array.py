# A memoryview of an empty array or bytearray reads and slices fine, and a mis-sized store raises ValueError.
import array

for exporter in [array.array('i'), array.array('d'), bytearray()]:
    m = memoryview(exporter)
    print(len(m), m.itemsize, list(m), bytes(m), m[0:0].tobytes(), m[:] == m)
    try:
        m[0:2] = b'1234'
    except ValueError:
        print("ValueError")
    print(exporter)

try:
    memoryview(array.array('i'))[0] = 1
except IndexError:
    print("IndexError")
