# uheapq: MicroPython's name for heapq; importing it gives the heapq module itself.
import sys
import heapq

sys.modules["uheapq"] = heapq
