# The modules frozen into the host build of `mote` (tools/freeze/freeze.py;
# CMake option MOTE_FROZEN_MANIFEST). tests/frozen/*.py import them; CPython,
# the tests' oracle, imports the same files from this directory instead.
module("frozen_consts.py")
module("frozen_code.py")
package("frozen_pkg")
include("$(MOTE_DIR)/bench/import/manifest.py")
include("$(MOTE_DIR)/modules/pylib/manifest.py")
