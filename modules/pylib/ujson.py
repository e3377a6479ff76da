# ujson: MicroPython's name for json; importing it gives the json module itself.
import sys
import json

sys.modules["ujson"] = json
