// kernel_select.h — whether the optimized kernels are compiled in.
//
// The build defines MLINFER_OPTIMIZED_KERNELS=1 on the host, where
// kernels/optimized/*.cc are compiled at -O3; microcontroller builds leave it
// 0 and link only the reference kernels (the optimized loops are tuned for
// wide SIMD units a Cortex-M0+ does not have). Kernels test the constant with
// `if constexpr`, so a 0 build never references the optimized symbols. When
// compiled in, a Model can still be loaded with reference kernels
// (LoadOptions::prefer_reference_kernels), which tests and benchmarks use.
#pragma once

#ifndef MLINFER_OPTIMIZED_KERNELS
#define MLINFER_OPTIMIZED_KERNELS 0
#endif

namespace mote::mlinfer {

inline constexpr bool kHaveOptimizedKernels = MLINFER_OPTIMIZED_KERNELS != 0;

}  // namespace mote::mlinfer
