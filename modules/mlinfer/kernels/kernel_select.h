// kernel_select.h — which kernel variants are compiled in, and which one a
// node uses.
//
// CONV_2D, DEPTHWISE_CONV_2D and FULLY_CONNECTED have three variants with the
// same signature, all bit-exact with each other:
//   reference  kernels/reference/*.h  portable, the specification;
//   host       kernels/optimized/     loops for compiler auto-vectorisation
//                                     (wide SIMD units), built at -O3;
//   cm0        kernels/cm0/           register-blocked loops for a Cortex-M0+
//                                     (no SIMD, 8 low registers, 1-cycle MUL).
// The build sets MLINFER_KERNELS to the variant it prefers:
//   MLINFER_KERNELS_REFERENCE  reference only;
//   MLINFER_KERNELS_HOST       host (default), with cm0 and reference also
//                              built so tests can compare all three;
//   MLINFER_KERNELS_CM0        cm0 (default), with reference; the host
//                              kernels are not compiled, so an MCU image
//                              does not carry them.
// Kernels test the constants with `if constexpr`, so a variant that is not
// built is never referenced. LoadOptions can still ask for the reference or
// (where built) the cm0 kernels; tests and benchmarks do.
//
// MLINFER_OPTIMIZED_KERNELS (0/1), the older switch, is still understood when
// MLINFER_KERNELS is not set.
#pragma once

#include <cstdint>

#define MLINFER_KERNELS_REFERENCE 0
#define MLINFER_KERNELS_HOST 1
#define MLINFER_KERNELS_CM0 2

#ifndef MLINFER_KERNELS
#if defined(MLINFER_OPTIMIZED_KERNELS) && MLINFER_OPTIMIZED_KERNELS
#define MLINFER_KERNELS MLINFER_KERNELS_HOST
#else
#define MLINFER_KERNELS MLINFER_KERNELS_REFERENCE
#endif
#endif

namespace mote::mlinfer {

enum class KernelVariant : uint8_t { kReference, kHost, kCm0 };

inline constexpr bool kHaveOptimizedKernels = MLINFER_KERNELS == MLINFER_KERNELS_HOST;
inline constexpr bool kHaveCm0Kernels =
    MLINFER_KERNELS == MLINFER_KERNELS_HOST || MLINFER_KERNELS == MLINFER_KERNELS_CM0;

// The variant a build uses unless LoadOptions says otherwise.
inline constexpr KernelVariant kDefaultKernels = kHaveOptimizedKernels ? KernelVariant::kHost
                                                 : kHaveCm0Kernels     ? KernelVariant::kCm0
                                                                       : KernelVariant::kReference;

// The variant for a node, from LoadOptions' two preferences. Asking for cm0
// kernels in a build without them gives the default.
constexpr KernelVariant ChooseKernels(bool prefer_reference, bool prefer_cm0) {
  if (prefer_reference) return KernelVariant::kReference;
  if (prefer_cm0 && kHaveCm0Kernels) return KernelVariant::kCm0;
  return kDefaultKernels;
}

}  // namespace mote::mlinfer
