from heapq import *
