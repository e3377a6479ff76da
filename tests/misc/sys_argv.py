# sys.argv holds the script name when run without extra arguments.
import sys
print(len(sys.argv), type(sys.argv).__name__, type(sys.argv[0]).__name__)
print(len(sys.argv[0]) > 0)
args = sys.argv[1:]
print(args, len(args) == 0)
