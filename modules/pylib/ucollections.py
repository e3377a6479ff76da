# ucollections: MicroPython's name for collections; importing it gives the collections module itself.
import sys
import collections

sys.modules["ucollections"] = collections
