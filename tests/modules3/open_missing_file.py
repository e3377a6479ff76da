# open() of a missing file raises FileNotFoundError with CPython's message, in every reading mode.
for mode in ("r", "rb", "r+", "rb+"):
    try:
        open("open_missing_file_none.txt", mode)
    except OSError as e:
        print(mode, type(e).__name__, e.errno, e.filename, e)
try:
    open("open_missing_file_dir/x.txt", "w")
except FileNotFoundError as e:
    print("w", e)
try:
    open(b"open_missing_file_none.bin")
except FileNotFoundError as e:
    print("bytes", e.filename, e)
