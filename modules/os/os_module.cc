// os_module.cc — the `os` module (also `uos`): files and directories over the port's
// filesystem functions (vm/hal.h), uname, urandom.
//
// Errors are OSError(errno, strerror) with e.filename set, as CPython raises them: the
// subclass for the errno (FileNotFoundError...). stat() returns CPython's 10 fields in
// CPython's order as a tuple that also has the st_* attributes (the times are ints); its repr is
// the plain tuple's, as MicroPython's, because tools parse it (mpremote: ast.literal_eval).
// ilistdir() is MicroPython's: (name, type, inode, size) with type 0x4000 for a directory and
// 0x8000 for a file. A bytes path gives bytes names, as CPython.
#include <cstring>

#include "modules/common/module_util.h"
#include "modules/stdlib_modules.h"
#include "vm/bigint.h"
#include "vm/hal.h"
#include "vm/hal_machine.h"

namespace mote {

namespace {

using stdlib::raise_errno;

// A path argument as a NUL-terminated C string (a stack buffer, or the GC heap if long).
struct PathArg {
  char local[256];
  const char* c_str = local;
  Value value;  // the argument, for error messages
  bool is_bytes = false;

  bool set(Vm& vm, const char* fname, Value v) {
    value = v;
    if (!is_str(v) && !isinstance(v, &bytes_type)) {
      std::string_view tn = type_name(type_of(v));
      raise(vm, &TypeError_type, "%s: path should be string, bytes or os.PathLike, not %.*s", fname, int(tn.size()),
            tn.data());
      return false;
    }
    is_bytes = !is_str(v);
    StrView s = str_view(v);
    if (memchr(s.data, 0, s.len) != nullptr) {
      raise(vm, &ValueError_type, "%s: embedded null character in path", fname);
      return false;
    }
    char* buf = local;
    if (s.len + 1 > sizeof local) {
      buf = static_cast<char*>(gc_alloc(vm, s.len + 1, true));
      if (buf == nullptr) return false;
    }
    memcpy(buf, s.data, s.len);
    buf[s.len] = 0;
    c_str = buf;
    return true;
  }
};

Value check(Vm& vm, int result, const PathArg& path) {
  return result < 0 ? raise_errno(vm, result, path.value) : Value::none();
}

// f(path) for the one-path functions, with path defaulting to "." when absent.
template <int (*F)(const char*)>
Value path_op(Vm& vm, size_t, size_t, const Value* args) {
  PathArg p;
  if (!p.set(vm, "path", args[0])) return Value::null();
  return check(vm, F(p.c_str), p);
}

Value os_rename(Vm& vm, size_t, size_t, const Value* args) {
  PathArg from, to;
  if (!from.set(vm, "rename", args[0]) || !to.set(vm, "rename", args[1])) return Value::null();
  int r = hal_fs_rename(from.c_str, to.c_str);
  return r < 0 ? raise_errno(vm, r, from.value, to.value) : Value::none();
}

Value os_mkdir(Vm& vm, size_t, size_t, const Value* args) {
  PathArg p;
  if (!p.set(vm, "mkdir", args[0])) return Value::null();
  return check(vm, hal_fs_mkdir(p.c_str), p);
}

Value os_getcwd(Vm& vm, size_t, size_t, const Value*) {
  char buf[512];
  int n = hal_fs_getcwd(buf, sizeof buf);
  if (n < 0) return raise_errno(vm, n);
  return str_new(vm, {buf, size_t(n)});
}

// --- listing ------------------------------------------------------------------------------------

struct ListCtx {
  Vm* vm;
  List* out;
  bool is_bytes;
  bool tuples;  // ilistdir: (name, type, inode, size)
  bool failed = false;
};

bool list_entry(void* ctx, const HalDirEntry& e) {
  auto& c = *static_cast<ListCtx*>(ctx);
  Vm& vm = *c.vm;
  size_t len = strlen(e.name);
  Value name = c.is_bytes ? bytes_new(vm, reinterpret_cast<const uint8_t*>(e.name), len) : str_new(vm, {e.name, len});
  Value item = name;
  if (!name.is_null() && c.tuples) {
    Value fields[4] = {name, Value::small_int(sword(e.kind)), bigint_from_uint64(vm, e.inode),
                       bigint_from_uint64(vm, e.size)};
    item = fields[2].is_null() || fields[3].is_null() ? Value::null() : tuple_new(vm, 4, fields);
  }
  if (item.is_null() || !list_append(vm, c.out, item)) {
    c.failed = true;
    return false;
  }
  return true;
}

Value list_dir(Vm& vm, size_t n, const Value* args, bool tuples) {
  PathArg p;
  Value path = n && !args[0].is_none() ? args[0] : q(Q::dot_);
  if (!p.set(vm, tuples ? "ilistdir" : "listdir", path)) return Value::null();
  Value list = list_new(vm, 0, nullptr);
  if (list.is_null()) return list;
  ListCtx ctx{&vm, as_list(list), p.is_bytes, tuples};
  int r = hal_fs_listdir(p.c_str, list_entry, &ctx);
  if (ctx.failed) return Value::null();
  if (r < 0) return raise_errno(vm, r, p.value);
  return list;
}

Value os_listdir(Vm& vm, size_t n, size_t, const Value* args) { return list_dir(vm, n, args, false); }
Value os_ilistdir(Vm& vm, size_t n, size_t, const Value* args) {
  Value list = list_dir(vm, n, args, true);
  return list.is_null() ? list : get_iter(vm, list);
}

// --- stat ---------------------------------------------------------------------------------------

constexpr uint32_t kStatNames[] = {Q::st_mode_, Q::st_ino_,  Q::st_dev_,   Q::st_nlink_, Q::st_uid_,
                                   Q::st_gid_,  Q::st_size_, Q::st_atime_, Q::st_mtime_, Q::st_ctime_};
constexpr stdlib::TupleFields kStatFields = {nullptr, kStatNames, 10};
constexpr stdlib::TupleLikeType stat_result_type = stdlib::tuple_like_type(Q::stat_result, &kStatFields);

constexpr uint32_t kStatvfsNames[] = {Q::f_bsize, Q::f_frsize, Q::f_blocks, Q::f_bfree, Q::f_bavail,
                                      Q::f_files, Q::f_ffree,  Q::f_favail, Q::f_flag,  Q::f_namemax};
constexpr stdlib::TupleFields kStatvfsFields = {nullptr, kStatvfsNames, 10};
constexpr stdlib::TupleLikeType statvfs_result_type = stdlib::tuple_like_type(Q::statvfs_result, &kStatvfsFields);

Value ints_result(Vm& vm, const Type* type, const int64_t* values, size_t n) {
  Value items[10];
  for (size_t i = 0; i < n; ++i) {
    items[i] = bigint_from_int64(vm, values[i]);
    if (items[i].is_null()) return items[i];
  }
  return stdlib::tuple_like_new(vm, type, n, items);
}

Value os_stat(Vm& vm, size_t, size_t, const Value* args) {
  PathArg p;
  if (!p.set(vm, "stat", args[0])) return Value::null();
  HalFileStat st;
  int r = hal_fs_stat(p.c_str, &st);
  if (r < 0) return raise_errno(vm, r, p.value);
  int64_t v[10] = {int64_t(st.mode), int64_t(st.inode), int64_t(st.device), int64_t(st.nlink), int64_t(st.uid),
                   int64_t(st.gid),  int64_t(st.size),  st.atime,           st.mtime,           st.ctime};
  return ints_result(vm, &stat_result_type.type, v, 10);
}

Value os_statvfs(Vm& vm, size_t, size_t, const Value* args) {
  PathArg p;
  if (!p.set(vm, "statvfs", args[0])) return Value::null();
  HalFsStat s;
  int r = hal_fs_statvfs(p.c_str, &s);
  if (r < 0) return raise_errno(vm, r, p.value);
  int64_t v[10] = {int64_t(s.bsize), int64_t(s.frsize), int64_t(s.blocks), int64_t(s.bfree), int64_t(s.bavail),
                   int64_t(s.files), int64_t(s.ffree),  int64_t(s.favail), int64_t(s.flag),  int64_t(s.namemax)};
  return ints_result(vm, &statvfs_result_type.type, v, 10);
}

// --- uname, urandom -----------------------------------------------------------------------------

constexpr uint32_t kUnameNames[] = {Q::sysname, Q::nodename, Q::release, Q::version, Q::machine};
constexpr stdlib::TupleFields kUnameFields = {"posix.uname_result", kUnameNames, 5};
constexpr stdlib::TupleLikeType uname_result_type = stdlib::tuple_like_type(Q::uname_result, &kUnameFields);

Value os_uname(Vm& vm, size_t, size_t, const Value*) {
  Value items[5] = {str_from_cstr(vm, hal_platform()), str_from_cstr(vm, hal_platform()),
                    str_from_cstr(vm, "0.1.0"), str_from_cstr(vm, "mote 0.1.0"), str_from_cstr(vm, hal_machine())};
  for (Value v : items) {
    if (v.is_null()) return v;
  }
  return stdlib::tuple_like_new(vm, &uname_result_type.type, 5, items);
}

Value os_urandom(Vm& vm, size_t, size_t, const Value* args) {
  sword n;
  if (!stdlib::int_arg(vm, args[0], &n)) return Value::null();
  if (n < 0) return raise(vm, &ValueError_type, "negative argument not allowed");
  Str* s = stdlib::bytes_alloc(vm, size_t(n));
  if (s == nullptr) return Value::null();
  uint8_t* p = stdlib::bytes_data(s);
  for (sword i = 0; i < n; i += 4) {
    uint32_t r = hal::random_u32();
    for (sword j = 0; j < 4 && i + j < n; ++j) p[i + j] = uint8_t(r >> (8 * j));
  }
  return str_finish(s);
}

Value os_sync(Vm& vm, size_t, size_t, const Value*) { return Value::none(); }

constexpr NativeFunction listdir_obj = native_fn(Q::listdir, os_listdir, 0, 1);
constexpr NativeFunction ilistdir_obj = native_fn(Q::ilistdir, os_ilistdir, 0, 1);
constexpr NativeFunction stat_obj = native_fn(Q::stat, os_stat, 1, 1);
constexpr NativeFunction statvfs_obj = native_fn(Q::statvfs, os_statvfs, 1, 1);
constexpr NativeFunction remove_obj = native_fn(Q::remove, path_op<hal_fs_remove>, 1, 1);
constexpr NativeFunction unlink_obj = native_fn(Q::unlink, path_op<hal_fs_remove>, 1, 1);
constexpr NativeFunction rmdir_obj = native_fn(Q::rmdir, path_op<hal_fs_rmdir>, 1, 1);
constexpr NativeFunction chdir_obj = native_fn(Q::chdir, path_op<hal_fs_chdir>, 1, 1);
constexpr NativeFunction mkdir_obj = native_fn(Q::mkdir, os_mkdir, 1, 2);
constexpr NativeFunction rename_obj = native_fn(Q::rename, os_rename, 2, 2);
constexpr NativeFunction getcwd_obj = native_fn(Q::getcwd, os_getcwd, 0, 0);
constexpr NativeFunction uname_obj = native_fn(Q::uname, os_uname, 0, 0);
constexpr NativeFunction urandom_obj = native_fn(Q::urandom, os_urandom, 1, 1);
constexpr NativeFunction sync_obj = native_fn(Q::sync, os_sync, 0, 0);

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
constexpr auto os_table = sorted_table(std::to_array<MapEntry>({
    MapEntry{q(Q::dunder_name), q(Q::os)},
    MapEntry{q(Q::sep), q(Q::slash_)},
    ENTRY(listdir, listdir_obj),
    ENTRY(ilistdir, ilistdir_obj),
    ENTRY(stat, stat_obj),
    ENTRY(statvfs, statvfs_obj),
    ENTRY(remove, remove_obj),
    ENTRY(unlink, unlink_obj),
    ENTRY(rmdir, rmdir_obj),
    ENTRY(chdir, chdir_obj),
    ENTRY(mkdir, mkdir_obj),
    ENTRY(rename, rename_obj),
    ENTRY(getcwd, getcwd_obj),
    ENTRY(uname, uname_obj),
    ENTRY(urandom, urandom_obj),
    ENTRY(sync, sync_obj),
    ENTRY(stat_result, stat_result_type),
    ENTRY(statvfs_result, statvfs_result_type),
}));
#undef ENTRY

}  // namespace

constexpr ConstMap os_module_globals = {os_table.data(), os_table.size()};

}  // namespace mote
