// errno_module.cc — the `errno` module: the error numbers OSError carries, and errorcode.
//
// The numbers are Linux's (MicroPython uses them on every port), so a host's errno values pass
// through unchanged and a script sees the same numbers on the board and the host. One flash
// table (number, name, CPython's message) serves the module's constants, `errorcode` and
// OSError's strerror (modules/common/module_util.h: raise_errno). Names are qstrs with a
// trailing underscore in C++ (Q::ENOENT_), since <errno.h> defines the bare names as macros.
//
// errorcode is a read-only mapping object over the same table (a dict would need RAM).
#include "modules/common/module_util.h"
#include "modules/stdlib_modules.h"

namespace mote {

namespace {

using stdlib::ErrnoInfo;

constexpr ErrnoInfo kErrnoTable[] = {
    {1, Q::EPERM_, "Operation not permitted"},
    {2, Q::ENOENT_, "No such file or directory"},
    {3, Q::ESRCH_, "No such process"},
    {4, Q::EINTR_, "Interrupted system call"},
    {5, Q::EIO_, "Input/output error"},
    {6, Q::ENXIO_, "No such device or address"},
    {7, Q::E2BIG_, "Argument list too long"},
    {8, Q::ENOEXEC_, "Exec format error"},
    {9, Q::EBADF_, "Bad file descriptor"},
    {10, Q::ECHILD_, "No child processes"},
    {11, Q::EAGAIN_, "Resource temporarily unavailable"},
    {12, Q::ENOMEM_, "Cannot allocate memory"},
    {13, Q::EACCES_, "Permission denied"},
    {14, Q::EFAULT_, "Bad address"},
    {16, Q::EBUSY_, "Device or resource busy"},
    {17, Q::EEXIST_, "File exists"},
    {18, Q::EXDEV_, "Invalid cross-device link"},
    {19, Q::ENODEV_, "No such device"},
    {20, Q::ENOTDIR_, "Not a directory"},
    {21, Q::EISDIR_, "Is a directory"},
    {22, Q::EINVAL_, "Invalid argument"},
    {23, Q::ENFILE_, "Too many open files in system"},
    {24, Q::EMFILE_, "Too many open files"},
    {25, Q::ENOTTY_, "Inappropriate ioctl for device"},
    {27, Q::EFBIG_, "File too large"},
    {28, Q::ENOSPC_, "No space left on device"},
    {29, Q::ESPIPE_, "Illegal seek"},
    {30, Q::EROFS_, "Read-only file system"},
    {31, Q::EMLINK_, "Too many links"},
    {32, Q::EPIPE_, "Broken pipe"},
    {33, Q::EDOM_, "Numerical argument out of domain"},
    {34, Q::ERANGE_, "Numerical result out of range"},
    {35, Q::EDEADLK_, "Resource deadlock avoided"},
    {36, Q::ENAMETOOLONG_, "File name too long"},
    {38, Q::ENOSYS_, "Function not implemented"},
    {39, Q::ENOTEMPTY_, "Directory not empty"},
    {40, Q::ELOOP_, "Too many levels of symbolic links"},
    {88, Q::ENOTSOCK_, "Socket operation on non-socket"},
    {90, Q::EMSGSIZE_, "Message too long"},
    {91, Q::EPROTOTYPE_, "Protocol wrong type for socket"},
    {92, Q::ENOPROTOOPT_, "Protocol not available"},
    {93, Q::EPROTONOSUPPORT_, "Protocol not supported"},
    {95, Q::EOPNOTSUPP_, "Operation not supported"},
    {97, Q::EAFNOSUPPORT_, "Address family not supported by protocol"},
    {98, Q::EADDRINUSE_, "Address already in use"},
    {99, Q::EADDRNOTAVAIL_, "Cannot assign requested address"},
    {100, Q::ENETDOWN_, "Network is down"},
    {101, Q::ENETUNREACH_, "Network is unreachable"},
    {102, Q::ENETRESET_, "Network dropped connection on reset"},
    {103, Q::ECONNABORTED_, "Software caused connection abort"},
    {104, Q::ECONNRESET_, "Connection reset by peer"},
    {105, Q::ENOBUFS_, "No buffer space available"},
    {106, Q::EISCONN_, "Transport endpoint is already connected"},
    {107, Q::ENOTCONN_, "Transport endpoint is not connected"},
    {108, Q::ESHUTDOWN_, "Cannot send after transport endpoint shutdown"},
    {110, Q::ETIMEDOUT_, "Connection timed out"},
    {111, Q::ECONNREFUSED_, "Connection refused"},
    {112, Q::EHOSTDOWN_, "Host is down"},
    {113, Q::EHOSTUNREACH_, "No route to host"},
    {114, Q::EALREADY_, "Operation already in progress"},
    {115, Q::EINPROGRESS_, "Operation now in progress"},
    {125, Q::ECANCELED_, "Operation canceled"},
};
constexpr size_t kErrnoCount = sizeof kErrnoTable / sizeof kErrnoTable[0];

// --- errorcode: {number: name} -------------------------------------------------------------

const ErrnoInfo* info_of(Value code) {
  return code.is_small_int() ? stdlib::errno_info(int(code.as_small_int())) : nullptr;
}

Value errorcode_subscr(Vm& vm, Value self, Value index, Value value) {
  if (!value.is_absent()) return raise(vm, &TypeError_type, "'errorcode' object does not support item assignment");
  if (const ErrnoInfo* e = info_of(index)) return q(e->name);
  return raise_key_error(vm, index);
}

Value errorcode_get(Vm& vm, size_t n, size_t, const Value* args) {
  if (const ErrnoInfo* e = info_of(args[1])) return q(e->name);
  return n > 2 ? args[2] : Value::none();
}

Value errorcode_binary(Vm& vm, uint8_t op, Value self, Value other) {
  if (op != kBinaryContains) return Value::not_implemented();
  return Value::boolean(info_of(other) != nullptr);
}

Value errorcode_unary(Vm& vm, UnarySlot op, Value self) {
  if (op == UnarySlot::kLen) return Value::small_int(kErrnoCount);
  if (op == UnarySlot::kBool) return Value::true_();
  return Value::absent();
}

// A list of the numbers (iteration, keys()).
Value errorcode_keys(Vm& vm, size_t, size_t, const Value*) {
  Value l = list_new(vm, kErrnoCount, nullptr);
  if (l.is_null()) return l;
  for (size_t i = 0; i < kErrnoCount; ++i) as_list(l)->items[i] = Value::small_int(kErrnoTable[i].code);
  return l;
}

Value errorcode_items(Vm& vm, size_t, size_t, const Value*) {
  Value l = list_new(vm, kErrnoCount, nullptr);
  if (l.is_null()) return l;
  for (size_t i = 0; i < kErrnoCount; ++i) {
    Value pair[2] = {Value::small_int(kErrnoTable[i].code), q(kErrnoTable[i].name)};
    Value t = tuple_new(vm, 2, pair);
    if (t.is_null()) return t;
    as_list(l)->items[i] = t;
  }
  return l;
}

Value errorcode_iter(Vm& vm, Value self) {
  Value keys = errorcode_keys(vm, 0, 0, nullptr);
  return keys.is_null() ? keys : get_iter(vm, keys);
}

constexpr NativeFunction get_obj = native_fn(Q::get, errorcode_get, 2, 3);
constexpr NativeFunction keys_obj = native_fn(Q::keys, errorcode_keys, 1, 1);
constexpr NativeFunction items_obj = native_fn(Q::items, errorcode_items, 1, 1);
constexpr auto errorcode_locals_table = sorted_table(std::to_array<MapEntry>({
    {q(Q::get), Value::object(&get_obj)},
    {q(Q::keys), Value::object(&keys_obj)},
    {q(Q::items), Value::object(&items_obj)},
}));
constexpr ConstMap errorcode_locals = {errorcode_locals_table.data(), errorcode_locals_table.size()};

constexpr Type errorcode_type = {
    .type = &type_type, .name = Q::errorcode, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = nullptr, .unary = errorcode_unary, .binary = errorcode_binary,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = errorcode_subscr, .call = nullptr,
    .get_iter = errorcode_iter, .iternext = nullptr, .buffer = nullptr, .locals = &errorcode_locals};

constexpr Obj kErrorcode = {&errorcode_type};

constexpr auto errno_table = sorted_table(std::to_array<MapEntry>({
    {q(Q::dunder_name), q(Q::errno_)},
    {q(Q::errorcode), Value::object(&kErrorcode)},
    {q(Q::EWOULDBLOCK_), Value::small_int(11)},
    {q(Q::ENOTSUP_), Value::small_int(95)},
    {q(Q::EPERM_), Value::small_int(1)},
    {q(Q::ENOENT_), Value::small_int(2)},
    {q(Q::ESRCH_), Value::small_int(3)},
    {q(Q::EINTR_), Value::small_int(4)},
    {q(Q::EIO_), Value::small_int(5)},
    {q(Q::ENXIO_), Value::small_int(6)},
    {q(Q::E2BIG_), Value::small_int(7)},
    {q(Q::ENOEXEC_), Value::small_int(8)},
    {q(Q::EBADF_), Value::small_int(9)},
    {q(Q::ECHILD_), Value::small_int(10)},
    {q(Q::EAGAIN_), Value::small_int(11)},
    {q(Q::ENOMEM_), Value::small_int(12)},
    {q(Q::EACCES_), Value::small_int(13)},
    {q(Q::EFAULT_), Value::small_int(14)},
    {q(Q::EBUSY_), Value::small_int(16)},
    {q(Q::EEXIST_), Value::small_int(17)},
    {q(Q::EXDEV_), Value::small_int(18)},
    {q(Q::ENODEV_), Value::small_int(19)},
    {q(Q::ENOTDIR_), Value::small_int(20)},
    {q(Q::EISDIR_), Value::small_int(21)},
    {q(Q::EINVAL_), Value::small_int(22)},
    {q(Q::ENFILE_), Value::small_int(23)},
    {q(Q::EMFILE_), Value::small_int(24)},
    {q(Q::ENOTTY_), Value::small_int(25)},
    {q(Q::EFBIG_), Value::small_int(27)},
    {q(Q::ENOSPC_), Value::small_int(28)},
    {q(Q::ESPIPE_), Value::small_int(29)},
    {q(Q::EROFS_), Value::small_int(30)},
    {q(Q::EMLINK_), Value::small_int(31)},
    {q(Q::EPIPE_), Value::small_int(32)},
    {q(Q::EDOM_), Value::small_int(33)},
    {q(Q::ERANGE_), Value::small_int(34)},
    {q(Q::EDEADLK_), Value::small_int(35)},
    {q(Q::ENAMETOOLONG_), Value::small_int(36)},
    {q(Q::ENOSYS_), Value::small_int(38)},
    {q(Q::ENOTEMPTY_), Value::small_int(39)},
    {q(Q::ELOOP_), Value::small_int(40)},
    {q(Q::ENOTSOCK_), Value::small_int(88)},
    {q(Q::EMSGSIZE_), Value::small_int(90)},
    {q(Q::EPROTOTYPE_), Value::small_int(91)},
    {q(Q::ENOPROTOOPT_), Value::small_int(92)},
    {q(Q::EPROTONOSUPPORT_), Value::small_int(93)},
    {q(Q::EOPNOTSUPP_), Value::small_int(95)},
    {q(Q::EAFNOSUPPORT_), Value::small_int(97)},
    {q(Q::EADDRINUSE_), Value::small_int(98)},
    {q(Q::EADDRNOTAVAIL_), Value::small_int(99)},
    {q(Q::ENETDOWN_), Value::small_int(100)},
    {q(Q::ENETUNREACH_), Value::small_int(101)},
    {q(Q::ENETRESET_), Value::small_int(102)},
    {q(Q::ECONNABORTED_), Value::small_int(103)},
    {q(Q::ECONNRESET_), Value::small_int(104)},
    {q(Q::ENOBUFS_), Value::small_int(105)},
    {q(Q::EISCONN_), Value::small_int(106)},
    {q(Q::ENOTCONN_), Value::small_int(107)},
    {q(Q::ESHUTDOWN_), Value::small_int(108)},
    {q(Q::ETIMEDOUT_), Value::small_int(110)},
    {q(Q::ECONNREFUSED_), Value::small_int(111)},
    {q(Q::EHOSTDOWN_), Value::small_int(112)},
    {q(Q::EHOSTUNREACH_), Value::small_int(113)},
    {q(Q::EALREADY_), Value::small_int(114)},
    {q(Q::EINPROGRESS_), Value::small_int(115)},
    {q(Q::ECANCELED_), Value::small_int(125)},
}));

}  // namespace

namespace stdlib {

const ErrnoInfo* errno_info(int code) {
  for (const ErrnoInfo& e : kErrnoTable) {
    if (e.code == code) return &e;
  }
  return nullptr;
}

}  // namespace stdlib

constexpr ConstMap errno_module_globals = {errno_table.data(), errno_table.size()};

}  // namespace mote
