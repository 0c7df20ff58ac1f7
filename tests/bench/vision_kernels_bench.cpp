// Micro-benchmark of the stylisation kernels: SIMD path against the scalar
// reference on a 512 x 512 RGBA image. Plain C++ (std::chrono), no test
// framework. Prints the best and the median of several runs per kernel and
// the ratio of the best times (the best run is the one least disturbed by
// other processes on a shared machine). Each repetition times the SIMD path
// and the scalar path back to back (in alternating order), so a change of
// load on the machine hits both sides of the ratio alike.
//
// Rows tagged "[not on any style's path]" are kernels that no style runs any
// more (their work is fused into the bilateral passes and BlurRgbaLuma);
// they stay for comparison with earlier figures.
//
// The heap is kept warm (glibc: no mmap for big blocks, no trimming): the
// whole-style pipelines allocate their float planes per call, and first
// touches of fresh pages would otherwise dominate, which is not what a wasm
// heap (never returned to the system) sees.
//
//   g++ -std=c++20 -O3 -I. tests/bench/vision_kernels_bench.cpp
//       build/<dir>/libseamkit_vision.a build/<dir>/libseamkit_common.a
//   (one command line)
//   ./a.out [runs]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <random>
#include <vector>

#include "core/vision/stylize.h"
#include "core/vision/stylize_kernels.h"

namespace {

using seamkit::Image;
using seamkit::vision::KernelPath;
namespace v = seamkit::vision;

constexpr int kSide = 512;

struct Timing {
  double best_ms, median_ms;
};

Timing Summarise(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  return {ms.front(), ms[ms.size() / 2]};
}

double Ms(const std::function<void(KernelPath)>& fn, KernelPath path) {
  auto t0 = std::chrono::steady_clock::now();
  fn(path);
  auto t1 = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::milli>(t1 - t0).count();
}

void Report(const char* name, int runs,
            const std::function<void(KernelPath)>& fn, bool on_path = true) {
  std::vector<double> simd_ms, scalar_ms;
  fn(KernelPath::kSimd);  // warm-up
  fn(KernelPath::kScalar);
  for (int i = 0; i < runs; ++i) {
    if (i % 2 == 0) {
      simd_ms.push_back(Ms(fn, KernelPath::kSimd));
      scalar_ms.push_back(Ms(fn, KernelPath::kScalar));
    } else {
      scalar_ms.push_back(Ms(fn, KernelPath::kScalar));
      simd_ms.push_back(Ms(fn, KernelPath::kSimd));
    }
  }
  Timing simd = Summarise(simd_ms), scalar = Summarise(scalar_ms);
  std::printf(
      "%-24s simd %8.3f (med %8.3f) ms  scalar %8.3f (med %8.3f) ms  "
      "ratio %5.2fx%s\n",
      name, simd.best_ms, simd.median_ms, scalar.best_ms, scalar.median_ms,
      scalar.best_ms / simd.best_ms,
      on_path ? "" : "  [not on any style's path]");
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
  std::mt19937 rng(42);
  Image src = Image::Create(kSide, kSide).value();
  for (size_t i = 0; i < src.size_bytes(); ++i) src.data()[i] = rng() & 255;
  Image dst = Image::Create(kSide, kSide).value();
  v::RgbPlanes planes, tmp;
  v::SplitRgb(src.view(), &planes, KernelPath::kScalar);
  v::Plane luma, fine, coarse, grey;
  v::PlanesLuma(planes, &luma, KernelPath::kScalar);
  v::GaussianBlur(luma, 1.0f, &fine, KernelPath::kScalar);
  v::GaussianBlur(luma, 1.6f, &coarse, KernelPath::kScalar);
  const float stops[] = {30,  27,  75,  109, 40,  217,
                         244, 114, 182, 254, 243, 199};

  std::printf("stylisation kernels, %dx%d RGBA, best of %d runs\n", kSide,
              kSide, runs);
  Report(
      "split rgb", runs,
      [&](KernelPath p) { v::SplitRgb(src.view(), &tmp, p); }, false);
  Report(
      "planes luma", runs,
      [&](KernelPath p) { v::PlanesLuma(planes, &grey, p); }, false);
  Report("bilateral h rgba (r=4)", runs, [&](KernelPath p) {
    v::BilateralPassFromRgba(src.view(), {}, &tmp, p);
  });
  Report("bilateral h (r=4)", runs, [&](KernelPath p) {
    v::BilateralPass(planes, v::Axis::kHorizontal, {}, &tmp, p);
  });
  Report("bilateral v (r=4)", runs, [&](KernelPath p) {
    v::BilateralPass(planes, v::Axis::kVertical, {}, &tmp, p);
  });
  Report("bilateral v luma (r=4)", runs, [&](KernelPath p) {
    v::BilateralPassWithLuma(planes, {}, &tmp, &grey, p);
  });
  Report("quantize merge", runs, [&](KernelPath p) {
    v::QuantizeMerge(planes, 6, src.view(), dst.view(), p);
  });
  Report("gaussian blur s=1.6", runs,
         [&](KernelPath p) { v::GaussianBlur(luma, 1.6f, &tmp.r, p); });
  Report("blur rgba luma s=6", runs, [&](KernelPath p) {
    v::BlurRgbaLuma(src.view(), 6.0f, &grey, &tmp.g, p);
  });
  Report("dog overlay", runs,
         [&](KernelPath p) { v::DogOverlay(fine, coarse, {}, dst.view(), p); });
  Report("sketch dodge", runs, [&](KernelPath p) {
    v::SketchDodge(luma, fine, 1.5f, src.view(), dst.view(), p);
  });
  Report("gradient map (4)", runs, [&](KernelPath p) {
    v::GradientMap(src.view(), stops, 4, true, dst.view(), p);
  });
  Report("posterize bands (4)", runs, [&](KernelPath p) {
    v::GradientMap(src.view(), stops, 4, false, dst.view(), p);
  });
  Report("cartoon (whole)", runs, [&](KernelPath p) {
    (void)v::CartoonizeInto(src.view(), dst.view(), {}, p);
  });
  Report("sketch (whole)", runs, [&](KernelPath p) {
    (void)v::SketchInto(src.view(), dst.view(), {}, p);
  });
  return 0;
}
