# hello_world_int8: every int8 input gives exactly the reference output (all 256 rows of the CSV).
import mlinfer
from mlinfer_files import MODELS, TESTDATA, read_text

m = mlinfer.Model(MODELS + "hello_world_int8.tflite")
rows = read_text(TESTDATA + "hello_world_int8_all_inputs.csv").split()
print(rows[0])
checked = 0
mismatches = []
for row in rows[1:]:
    q_in, q_out = [int(x) for x in row.split(",")]
    m.set_input(0, [q_in])
    m.invoke()
    got = m.get_output(0)[0]
    if got != q_out:
        mismatches.append((q_in, q_out, got))
    checked += 1
print("rows checked:", checked)
print("mismatches:", mismatches)

# The same through the raw-bytes path and the tensor's buffer.
inp = memoryview(m.inputs[0])
same = 0
for row in rows[1:]:
    q_in, q_out = [int(x) for x in row.split(",")]
    inp[0] = q_in
    m.invoke()
    same += memoryview(m.outputs[0])[0] == q_out
print("via memoryview:", same)
