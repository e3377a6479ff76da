# __name__ is '__main__' in the script and the module name in an import.
import sys

sys.path.insert(0, "imp_mods")

print("script: __name__ =", __name__, "| is main:", __name__ == "__main__")
import main_check

print("main_check in sys.modules:", "main_check" in sys.modules)
print("__main__ in sys.modules:", "__main__" in sys.modules)
