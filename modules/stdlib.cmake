# modules/stdlib.cmake — the standard-library modules (modules/<name>/*.cc): micropython, time,
# math, cmath, struct, binascii, hashlib, random, errno, os, io, select, array, and the helpers
# they share (modules/common). They are part of the core: their sources join mote_core for
# every target (vm/module_registry.cc lists them), and build for a Cortex-M0+ as the core does.
#
# zlib is host-only (it wraps the system zlib): library mote_zlib, linked into `mote` by
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

if(NOT MOTE_CORE_ONLY)
  find_package(ZLIB REQUIRED)
  add_library(mote_zlib STATIC ${CMAKE_SOURCE_DIR}/modules/zlib/zlib_module.cc)
  target_include_directories(mote_zlib PUBLIC ${CMAKE_SOURCE_DIR})
  target_link_libraries(mote_zlib PUBLIC mote_core ZLIB::ZLIB)
endif()

# The exactly rounded sums and CPython's gamma must round each operation as written.
set_source_files_properties(${CMAKE_SOURCE_DIR}/modules/math/math_sum.cc ${CMAKE_SOURCE_DIR}/modules/math/math_gamma.cc
  TARGET_DIRECTORY mote_core PROPERTIES COMPILE_OPTIONS -ffp-contract=off)
