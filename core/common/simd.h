// A thin, write-once SIMD layer over GCC/Clang vector extensions.
//
// The same source compiles to SSE2 natively (x86-64 baseline) and to wasm
// simd128 under -msimd128; no intrinsics and no per-target code. Kernels that
// use it keep a scalar reference beside them, and the tests compare the two.
// Loads and stores go through memcpy so that any alignment is allowed.
#ifndef SEAMKIT_CORE_COMMON_SIMD_H_
#define SEAMKIT_CORE_COMMON_SIMD_H_

#include <cstdint>
#include <cstring>

// Scalar references must stay scalar, or "SIMD vs scalar" compares vector
// code with vector code. Two markers, because the compilers differ:
//  - SEAMKIT_SCALAR_LOOP, before the reference loop: clang's loop pragma
//    (clang builds the wasm; it vectorised these loops on its own) and, from
//    GCC 14, `GCC novector`.
//  - SEAMKIT_SCALAR_KERNEL, on the function that holds the reference loop:
//    for GCC, whose -O3 (and, since GCC 12, -O2) vectorises loops and
//    straight-line code (SLP) and which has no loop pragma before GCC 14.
//    Explicit vector code in the same function is unaffected: it is vector
//    code already, not the vectoriser's output.
#if defined(__clang__)
#define SEAMKIT_SCALAR_LOOP \
  _Pragma("clang loop vectorize(disable) interleave(disable)")
#elif defined(__GNUC__) && __GNUC__ >= 14
#define SEAMKIT_SCALAR_LOOP _Pragma("GCC novector")
#else
#define SEAMKIT_SCALAR_LOOP
#endif
#if defined(__GNUC__) && !defined(__clang__)
#define SEAMKIT_SCALAR_KERNEL \
  __attribute__((optimize("no-tree-loop-vectorize", "no-tree-slp-vectorize")))
#else
#define SEAMKIT_SCALAR_KERNEL
#endif

namespace seamkit::simd {

typedef float F32x4 __attribute__((vector_size(16)));
typedef int32_t I32x4 __attribute__((vector_size(16)));
typedef uint32_t U32x4 __attribute__((vector_size(16)));
typedef int16_t I16x8 __attribute__((vector_size(16)));
typedef uint16_t U16x8 __attribute__((vector_size(16)));
typedef uint8_t U8x16 __attribute__((vector_size(16)));

constexpr int kF32Lanes = 4;

template <typename V>
inline V Load(const void* p) {
  V v;
  std::memcpy(&v, p, sizeof(V));
  return v;
}

template <typename V>
inline void Store(V v, void* p) {
  std::memcpy(p, &v, sizeof(V));
}

inline F32x4 Splat(float x) { return F32x4{x, x, x, x}; }
inline I32x4 SplatI(int32_t x) { return I32x4{x, x, x, x}; }

template <typename To, typename From>
inline To BitCast(From v) {
  static_assert(sizeof(To) == sizeof(From));
  To out;
  std::memcpy(&out, &v, sizeof(To));
  return out;
}

// Lane-wise choice: mask lanes are all-ones (take a) or all-zeros (take b),
// as produced by vector comparisons.
inline F32x4 Select(I32x4 mask, F32x4 a, F32x4 b) {
  return BitCast<F32x4>((mask & BitCast<I32x4>(a)) |
                        (~mask & BitCast<I32x4>(b)));
}

inline F32x4 Min(F32x4 a, F32x4 b) { return Select(a < b, a, b); }
inline F32x4 Max(F32x4 a, F32x4 b) { return Select(a > b, a, b); }
inline F32x4 Clamp(F32x4 v, float lo, float hi) {
  return Min(Max(v, Splat(lo)), Splat(hi));
}

// Truncating conversion, as static_cast<int32_t> per lane.
inline I32x4 TruncToInt(F32x4 v) { return __builtin_convertvector(v, I32x4); }
inline F32x4 ToFloat(I32x4 v) { return __builtin_convertvector(v, F32x4); }

// floor() per lane for |v| < 2^31.
inline F32x4 Floor(F32x4 v) {
  I32x4 i = TruncToInt(v);
  F32x4 f = ToFloat(i);
  // Where truncation rounded up (negative non-integers), step down by one.
  return ToFloat(i + (f > v));  // comparison lanes are -1 where true
}

// Round half up to the nearest integer, for |v| < 2^31.
inline F32x4 RoundHalfUp(F32x4 v) { return Floor(v + Splat(0.5f)); }

// Transposes four rows of four floats in place: rows become columns.
inline void Transpose4(F32x4& r0, F32x4& r1, F32x4& r2, F32x4& r3) {
  F32x4 t0 = __builtin_shufflevector(r0, r1, 0, 4, 1, 5);
  F32x4 t1 = __builtin_shufflevector(r2, r3, 0, 4, 1, 5);
  F32x4 t2 = __builtin_shufflevector(r0, r1, 2, 6, 3, 7);
  F32x4 t3 = __builtin_shufflevector(r2, r3, 2, 6, 3, 7);
  r0 = __builtin_shufflevector(t0, t1, 0, 1, 4, 5);
  r1 = __builtin_shufflevector(t0, t1, 2, 3, 6, 7);
  r2 = __builtin_shufflevector(t2, t3, 0, 1, 4, 5);
  r3 = __builtin_shufflevector(t2, t3, 2, 3, 6, 7);
}

// log2(x) for finite x > 0 (relative error below 1e-6 on normal floats).
// x = m * 2^e with m in [sqrt(1/2), sqrt(2)); log2(m) from the odd series
// of atanh: ln(m) = 2 * (t + t^3/3 + t^5/5 + ...), t = (m - 1) / (m + 1).
inline F32x4 Log2(F32x4 x) {
  I32x4 bits = BitCast<I32x4>(x);
  I32x4 e = ((bits >> 23) & 0xff) - 127;
  F32x4 m = BitCast<F32x4>((bits & 0x007fffff) | 0x3f800000);  // [1, 2)
  I32x4 big = m > Splat(1.41421356f);
  m = Select(big, m * Splat(0.5f), m);
  e = e - big;  // big lanes are -1: e + 1
  F32x4 t = (m - Splat(1.0f)) / (m + Splat(1.0f));
  F32x4 t2 = t * t;
  F32x4 p = Splat(1.0f / 9.0f);
  p = p * t2 + Splat(1.0f / 7.0f);
  p = p * t2 + Splat(1.0f / 5.0f);
  p = p * t2 + Splat(1.0f / 3.0f);
  p = p * t2 + Splat(1.0f);
  constexpr float kTwoOverLn2 = 2.88539008f;  // 2 / ln(2)
  return ToFloat(e) + Splat(kTwoOverLn2) * t * p;
}

// 2^y for y in [-126, 127]: 2^round(y) from the exponent bits times 2^f,
// f in [-0.5, 0.5], by the Taylor series of e^(f ln 2) to degree 7.
inline F32x4 Exp2(F32x4 y) {
  y = Clamp(y, -126.0f, 127.0f);
  F32x4 n = RoundHalfUp(y);
  F32x4 z = (y - n) * Splat(0.693147181f);
  F32x4 p = Splat(1.0f / 5040.0f);
  p = p * z + Splat(1.0f / 720.0f);
  p = p * z + Splat(1.0f / 120.0f);
  p = p * z + Splat(1.0f / 24.0f);
  p = p * z + Splat(1.0f / 6.0f);
  p = p * z + Splat(0.5f);
  p = p * z + Splat(1.0f);
  p = p * z + Splat(1.0f);
  F32x4 scale = BitCast<F32x4>((TruncToInt(n) + 127) << 23);
  return p * scale;
}

// x^p for x > 0.
inline F32x4 Pow(F32x4 x, float p) { return Exp2(Log2(x) * Splat(p)); }

}  // namespace seamkit::simd

#endif  // SEAMKIT_CORE_COMMON_SIMD_H_
