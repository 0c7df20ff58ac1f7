// Hashes (FNV-1a 64) of every style's output, both kernel paths, on raw
// RGBA images sampled to several sizes (256, 512, 96, 1x1 and odd sizes),
// opaque and with a varying alpha: the before/after check that a kernel
// change leaves every output byte unchanged. Build it against a tree before
// and after the change (natively, and with em++ for wasm), run both on the
// same images and diff the outputs.
//   node tests/bench/png-to-rgba.mjs
//       /usr/lib/python3/dist-packages/skimage/data/astronaut.png /tmp/a.rgba
//   g++ -std=c++20 -O3 -I. tests/bench/style_hashes.cpp core/common/*.cpp
//       core/vision/{bilateral,dog_edges,quantize,sketch,posterize,stylize}.cpp
//       -o /tmp/style_hashes
//   /tmp/style_hashes /tmp/a.rgba /tmp/c.rgba > hashes.txt
// (each command on one line). For wasm, link the same with em++ against
// build/wasm-release's libseamkit_vision.a and libseamkit_common.a with
// -sNODERAWFS=1 -sENVIRONMENT=node, and run it with node
// --no-experimental-fetch.
// Input: 8-byte header (width, height as u32 LE), then RGBA8 pixels.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/vision/stylize.h"

namespace v = seamkit::vision;
using seamkit::Image;

namespace {

uint64_t Fnv(const Image& im) {
  uint64_t h = 1469598103934665603ull;
  for (int y = 0; y < im.height(); ++y) {
    const uint8_t* r = im.view().Row(y);
    for (int i = 0; i < 4 * im.width(); ++i) h = (h ^ r[i]) * 1099511628211ull;
  }
  return h;
}

// Nearest-neighbour sample of the source to w x h; alpha optionally patterned.
Image Sample(const std::vector<uint8_t>& f, int sw, int sh, int w, int h,
             bool alpha) {
  Image im = Image::Create(w, h).value();
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      int sx = int(int64_t(x) * sw / w), sy = int(int64_t(y) * sh / h);
      const uint8_t* s = f.data() + 8 + 4 * (size_t(sy) * sw + sx);
      uint8_t* d = im.view().Row(y) + 4 * x;
      for (int c = 0; c < 4; ++c) d[c] = s[c];
      if (alpha) d[3] = uint8_t(x * 7 + y * 3);
    }
  }
  return im;
}

}  // namespace

int main(int argc, char** argv) {
  const int sizes[][2] = {{256, 256}, {512, 512}, {96, 96}, {1, 1},
                          {37, 23},   {17, 1},    {1, 19},  {129, 67}};
  for (int a = 1; a < argc; ++a) {
    std::ifstream in(argv[a], std::ios::binary);
    std::vector<uint8_t> f((std::istreambuf_iterator<char>(in)), {});
    if (f.size() < 8) return 1;
    int sw = f[0] | f[1] << 8 | f[2] << 16, sh = f[4] | f[5] << 8 | f[6] << 16;
    for (auto& s : sizes) {
      for (bool alpha : {false, true}) {
        Image src = Sample(f, sw, sh, s[0], s[1], alpha);
        for (auto path : {v::KernelPath::kSimd, v::KernelPath::kScalar}) {
          const char* pn = path == v::KernelPath::kSimd ? "simd" : "scalar";
          auto out = [&](const char* style, const seamkit::StatusOr<Image>& r) {
            std::printf("%s %dx%d a%d %-7s %-14s %016llx\n", argv[a], s[0],
                        s[1], int(alpha), pn, style,
                        r.ok() ? (unsigned long long)Fnv(*r) : 0ull);
          };
          v::CartoonOptions c;
          out("cartoon", v::Cartoonize(src.view(), c, path));
          c.edge_strength = 0.0f;
          out("cartoon-noedge", v::Cartoonize(src.view(), c, path));
          c = {};
          c.smoothing_iterations = 1;
          c.smoothing_radius = 2;
          c.edge_sigma = 2.5f;
          out("cartoon-1it", v::Cartoonize(src.view(), c, path));
          c = {};
          c.smoothing_iterations = 3;
          c.levels = 11;
          out("cartoon-3it", v::Cartoonize(src.view(), c, path));
          out("sketch", v::Sketch(src.view(), {}, path));
          v::SketchOptions so;
          so.blur_sigma = 1.3f;
          so.strength = 0.7f;
          out("sketch-b1.3", v::Sketch(src.view(), so, path));
          out("posterize", v::Posterize(src.view(), {}, path));
          v::PosterizeOptions po;
          po.palette = {"#102040", "#f0e0a0"};
          po.mode = v::PosterizeMode::kGradient;
          out("duotone", v::Posterize(src.view(), po, path));
        }
      }
    }
  }
  return 0;
}
