// builtins_lib.h — the library half of the builtins: functions written
// against the public VM API only (iteration, comparison, calls), plus the
// iterator types of enumerate/zip/map/filter/reversed. vm/builtins.cc lists
// them in the builtins table next to the core ones.
#pragma once

#include "vm/object.h"

namespace mote {

extern const NativeFunction builtin_abs_obj;
extern const NativeFunction builtin_all_obj;
extern const NativeFunction builtin_any_obj;
extern const NativeFunction builtin_ascii_obj;
extern const NativeFunction builtin_bin_obj;
extern const NativeFunction builtin_chr_obj;
extern const NativeFunction builtin_dir_obj;
extern const NativeFunction builtin_divmod_obj;
extern const NativeFunction builtin_format_obj;
extern const NativeFunction builtin_hex_obj;
extern const NativeFunction builtin_max_obj;
extern const NativeFunction builtin_min_obj;
extern const NativeFunction builtin_oct_obj;
extern const NativeFunction builtin_ord_obj;
extern const NativeFunction builtin_pow_obj;
extern const NativeFunction builtin_round_obj;
extern const NativeFunction builtin_sorted_obj;
extern const NativeFunction builtin_sum_obj;

// Iterator types; calling the type constructs one (enumerate(xs, start=1)).
extern const Type enumerate_type;
extern const Type filter_type;
extern const Type map_type;
extern const Type reversed_type;
extern const Type zip_type;

}  // namespace mote
