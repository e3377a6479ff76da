# Helper imported by the mlinfer tests: where the shared models are, and reading a file.
# (Run on its own it checks the reader on the shared files, under Mote and CPython alike.)
#
# Tests run with cwd = tests/mlinfer_py, so the repository's ../shared/models is three levels up.
MODELS = "../../../shared/models/"
TESTDATA = MODELS + "testdata/"


def _read_with_libc(path):
    # Mote without open() yet: read through the host's libc (the ffi module, host only).
    import ffi
    libc = ffi.open("libc.so.6")
    fopen = libc.func("p", "fopen", "ss")
    fseek = libc.func("i", "fseek", "pli")
    ftell = libc.func("l", "ftell", "p")
    fread = libc.func("L", "fread", "pLLp")
    fclose = libc.func("i", "fclose", "p")
    f = fopen(path, "rb")
    if not f:
        raise OSError(2, "No such file or directory")
    fseek(f, 0, 2)
    size = ftell(f)
    fseek(f, 0, 0)
    data = bytearray(size)
    got = fread(data, 1, size, f)
    fclose(f)
    return bytes(data[:got])


def read_bytes(path):
    try:
        f = open(path, "rb")
    except NameError:
        return _read_with_libc(path)
    with f:
        return f.read()


def read_text(path):
    return read_bytes(path).decode()


if __name__ == "__main__":
    for name in ("hello_world_int8.tflite", "micro_speech_quantized.tflite", "audio_preprocessor_int8.tflite"):
        data = read_bytes(MODELS + name)
        print(name, len(data), data[4:8])
    rows = read_text(TESTDATA + "hello_world_int8_all_inputs.csv").split()
    print(len(rows), rows[0], rows[-1])
    print(len(read_bytes(TESTDATA + "micro_speech_yes_features.bin")))
