// hal_fs.cc — the host port's filesystem queries for the import machinery
// (vm/hal.h): POSIX stat(2). An empty path means the current directory, as
// the '' entry of sys.path does.
#include <sys/stat.h>

#include "vm/hal.h"

namespace mote {

HalPathKind hal_stat(const char* path) {
  struct stat st;
  if (stat(path[0] ? path : ".", &st) != 0) return HalPathKind::kMissing;
  if (S_ISDIR(st.st_mode)) return HalPathKind::kDir;
  if (S_ISREG(st.st_mode)) return HalPathKind::kFile;
  return HalPathKind::kMissing;
}

}  // namespace mote
