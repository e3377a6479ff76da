# ure: MicroPython's name for re; importing it gives the re module itself.
import sys
import re

sys.modules["ure"] = re
