// io_internal.h — what the files of the io module share: the types, the stream reader that
// text and binary reads of files and in-memory streams are built on, and their errors.
#pragma once

#include "modules/common/module_util.h"

namespace mote::io {

extern const Type text_file_type;    // open(..., 'r')  -> TextIOWrapper (io_file.cc)
extern const Type binary_file_type;  // open(..., 'rb') -> FileIO
extern const Type string_io_type;    // io.StringIO (io_memory.cc)
extern const Type bytes_io_type;     // io.BytesIO
extern const Type iobase_type;       // io.IOBase (io_module.cc)
extern const Type unsupported_operation_type;  // io.UnsupportedOperation (an OSError)
extern const NativeFunction open_obj;          // open() (io_file.cc)

// A source of bytes for read_stream(): more() makes at least one byte available (returns how
// many, 0 at the end, -1 with an exception pending); consume() takes n of them.
struct ByteSource {
  long (*more)(Vm& vm, void* self, const uint8_t** data);
  void (*consume)(void* self, size_t n);
  void* self;
};

// Reads up to `limit` characters (text: UTF-8 code points, a str) or bytes (binary: bytes)
// from src, all of it if limit < 0; with `line`, stops after a '\n'. A text read that is not
// valid UTF-8 raises UnicodeDecodeError.
Value read_stream(Vm& vm, const ByteSource& src, sword limit, bool line, bool text);

// The size argument of read()/readline(): -1 for None or absent; TypeError otherwise.
bool size_arg(Vm& vm, Value v, sword* out);

// ValueError "I/O operation on closed file." (`period`: with the final '.', as files say it;
// StringIO/BytesIO leave it out). Returns null().
Value closed_error(Vm& vm, bool period = true);

// True for file, StringIO and BytesIO objects: always ready (select.poll).
bool is_native_stream(Value v);

}  // namespace mote::io
