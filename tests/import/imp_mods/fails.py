import sys
sys.fails_runs = getattr(sys, "fails_runs", 0) + 1
print("fails: run", sys.fails_runs)
PARTIAL = True
raise ValueError("fails: broken module")
