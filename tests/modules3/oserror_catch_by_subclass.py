# Failing file operations can be caught by their OSError subclass (FileNotFoundError, IsADirectoryError...).
import os
try:
    open("oserror_catch_missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno, e)
try:
    os.listdir("oserror_catch_by_subclass.py")
except NotADirectoryError as e:
    print("NotADirectoryError", e.errno, e)
try:
    os.mkdir(".")
except FileExistsError as e:
    print("FileExistsError", e.errno, e)
