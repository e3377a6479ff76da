# A module's globals after its body ran: functions see globals added, rebound and deleted from outside
import sys

sys.path.insert(0, "imp_mods")
import growing

print(growing.bump(), growing.bump(), growing.COUNT)
try:
    growing.late()
except NameError as e:
    print("NameError", e)
growing.LATE = "now bound"
print(growing.late(), growing.read("LATE"))
for i in range(30):
    setattr(growing, "g%d" % i, i)
print(growing.read("g29"), growing.bump(), growing.late())
del growing.LATE
print(growing.read("LATE"))
try:
    growing.late()
except NameError as e:
    print("NameError", e)
growing.COUNT = 100
print(growing.bump(), sorted(k for k in growing.__dict__ if not k.startswith("_"))[:5])
