# modules/stdlib.cmake — the standard-library modules (modules/<name>/*.cc): micropython, time,
# math, cmath, struct, binascii, hashlib, random, errno, os, io, select, array, and the helpers
# they share (modules/common). They are part of the core: their sources join mote_core for
# every target (vm/module_registry.cc lists them), and build for a Cortex-M0+ as the core does.
#
# zlib is host-only (it wraps the system zlib): object library mote_zlib, linked into `mote` by
# ports/host, listed in ports/host/port_modules.cc. A microcontroller build never sees it.
#
# modules/common/hal_defaults.cc is not part of the core: a port without a filesystem compiles
# it into its image (see vm/hal.h).
set(MOTE_STDLIB_DIRS common micropython time math cmath struct binascii hashlib random errno os io
    select array)
foreach(dir ${MOTE_STDLIB_DIRS})
  file(GLOB _stdlib_sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/modules/${dir}/*.cc)
  list(FILTER _stdlib_sources EXCLUDE REGEX "hal_defaults\\.cc$")
  target_sources(mote_core PRIVATE ${_stdlib_sources})
endforeach()

# An OBJECT library, so its object is linked into mote whole: port_modules.cc refers to the
# module weakly (a build without a usable zlib, e.g. -m32 without a 32-bit libz, leaves it out).
if(NOT MOTE_CORE_ONLY)
  include(CheckCXXSourceCompiles)
  set(CMAKE_REQUIRED_LIBRARIES z)
  if(MOTE_32BIT)
    set(CMAKE_REQUIRED_FLAGS -m32)
  endif()
  check_cxx_source_compiles("
#include <zlib.h>
int main() { return int(crc32(0, nullptr, 0)); }" MOTE_HAVE_ZLIB)
  unset(CMAKE_REQUIRED_LIBRARIES)
  unset(CMAKE_REQUIRED_FLAGS)
  if(MOTE_HAVE_ZLIB)
    add_library(mote_zlib OBJECT ${CMAKE_SOURCE_DIR}/modules/zlib/zlib_module.cc)
    target_include_directories(mote_zlib PUBLIC ${CMAKE_SOURCE_DIR})
    target_link_libraries(mote_zlib PUBLIC z)
  else()
    message(STATUS "zlib is not usable for this target: mote is built without the zlib module")
  endif()
endif()

# The exactly rounded sums and CPython's gamma must round each operation as written.
set_source_files_properties(${CMAKE_SOURCE_DIR}/modules/math/math_sum.cc ${CMAKE_SOURCE_DIR}/modules/math/math_gamma.cc
  TARGET_DIRECTORY mote_core PROPERTIES COMPILE_OPTIONS -ffp-contract=off)
