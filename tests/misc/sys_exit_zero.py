# sys.exit(0) and raising SystemExit() exit successfully.
import sys
def main():
    print('main running')
    raise SystemExit()
try:
    main()
except SystemExit as e:
    print('code', e.code)
print('exiting with 0')
sys.exit(0)
