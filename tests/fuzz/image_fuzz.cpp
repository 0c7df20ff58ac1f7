// Fuzzes the image kernels over random sizes, strides, pixels and options:
// letterbox (SIMD against scalar), box reduction, the three styles, the
// avatar mask, the face-alignment warp and the procedural avatar. Each view
// is allocated to exactly the bytes its stride and size need, so a read or
// write past the last row's last pixel is an ASan report.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/vision/align.h"
#include "core/vision/mask.h"
#include "core/vision/procedural_avatar.h"
#include "core/vision/resize.h"
#include "core/vision/stylize.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using namespace seamkit::vision;  // NOLINT: test code
using seamkit::ConstImageView;
using seamkit::ImageView;
using seamkit::Status;
using seamkit::fuzz::Check;
using seamkit::fuzz::CheckNotInternal;

// A random view (sides 0..max_side, stride padding 0..13 bytes) over a
// buffer of exactly the bytes it covers, filled from the input.
struct FuzzImage {
  std::vector<uint8_t> bytes;
  ImageView view;
};

FuzzImage MakeImage(FuzzedDataProvider& in, int max_side) {
  FuzzImage f;
  int w = in.ConsumeIntegralInRange<int>(0, max_side);
  int h = in.ConsumeIntegralInRange<int>(0, max_side);
  ptrdiff_t stride = ptrdiff_t{4} * w + in.ConsumeIntegralInRange<int>(0, 13);
  size_t need = (w > 0 && h > 0) ? size_t(stride) * (h - 1) + size_t{4} * w : 0;
  f.bytes = in.ConsumeBytes<uint8_t>(need);
  f.bytes.resize(need, 0x80);
  f.view = {f.bytes.empty() ? nullptr : f.bytes.data(), w, h, stride};
  return f;
}

float AnyFloat(FuzzedDataProvider& in, float lo, float hi) {
  // Mostly in range; sometimes anything (NaN, inf, out of range).
  if (in.ConsumeIntegralInRange<int>(0, 15) == 0) return in.ConsumeFloatingPoint<float>();
  return in.ConsumeFloatingPointInRange<float>(lo, hi);
}

void Letterbox(FuzzedDataProvider& in) {
  int size = in.ConsumeIntegralInRange<int>(-1, 48);
  FuzzImage img = MakeImage(in, 64);
  std::vector<float> a(TensorFloatCount(size)), b(a.size());
  auto ra = LetterboxRgbaToTensor(img.view, size, a.data(), a.size(), KernelPath::kSimd);
  auto rb = LetterboxRgbaToTensor(img.view, size, b.data(), b.size(), KernelPath::kScalar);
  Check(ra.ok() == rb.ok(), "letterbox paths disagree on validity");
  if (!ra.ok()) return CheckNotInternal(ra.status(), "letterbox");
  for (size_t i = 0; i < a.size(); ++i) {
    Check(a[i] >= -1.0f && a[i] <= 1.0f, "tensor value outside [-1, 1]");
    Check(std::fabs(a[i] - b[i]) <= 1e-5f, "SIMD and scalar letterbox differ");
  }
}

void Reduce(FuzzedDataProvider& in) {
  int kx = in.ConsumeIntegralInRange<int>(0, 9), ky = in.ConsumeIntegralInRange<int>(0, 9);
  FuzzImage src = MakeImage(in, 64);
  int dw = kx > 0 ? (src.view.width + kx - 1) / kx : 1;
  int dh = ky > 0 ? (src.view.height + ky - 1) / ky : 1;
  std::vector<uint8_t> a(size_t{4} * dw * dh + 1), b(a.size());
  ImageView da{a.data(), dw, dh, ptrdiff_t{4} * dw}, db{b.data(), dw, dh, ptrdiff_t{4} * dw};
  Status sa = BoxReduce(src.view, kx, ky, da, KernelPath::kSimd);
  Status sb = BoxReduce(src.view, kx, ky, db, KernelPath::kScalar);
  Check(sa.ok() == sb.ok(), "box reduce paths disagree on validity");
  CheckNotInternal(sa, "BoxReduce");
  Check(a == b, "SIMD and scalar box reduce differ");
}

void Style(FuzzedDataProvider& in) {
  int which = in.ConsumeIntegralInRange<int>(0, 2);
  FuzzImage img = MakeImage(in, 40);
  std::vector<uint8_t> copy = img.bytes;
  ImageView other{copy.empty() ? nullptr : copy.data(), img.view.width,
                  img.view.height, img.view.stride};
  KernelPath path = in.ConsumeBool() ? KernelPath::kSimd : KernelPath::kScalar;
  Status s;
  if (which == 0) {
    CartoonOptions o;
    o.smoothing_radius = in.ConsumeIntegralInRange<int>(0, 17);
    o.sigma_space = AnyFloat(in, 0, 16);
    o.sigma_color = AnyFloat(in, 0, 255);
    o.smoothing_iterations = in.ConsumeIntegralInRange<int>(0, 3);
    o.levels = in.ConsumeIntegralInRange<int>(1, 65);
    o.edge_sigma = AnyFloat(in, 0.2f, 8);
    o.edge_threshold = AnyFloat(in, 0, 255);
    o.edge_softness = AnyFloat(in, 0, 255);
    o.edge_strength = AnyFloat(in, 0, 1);
    s = CartoonizeInto(img.view, in.ConsumeBool() ? img.view : other, o, path);
  } else if (which == 1) {
    PosterizeOptions o;
    o.palette.clear();
    int n = in.ConsumeIntegralInRange<int>(0, 9);
    for (int i = 0; i < n; ++i) o.palette.push_back(in.ConsumeRandomLengthString(12));
    o.mode = in.ConsumeBool() ? PosterizeMode::kBands : PosterizeMode::kGradient;
    s = PosterizeInto(img.view, in.ConsumeBool() ? img.view : other, o, path);
  } else {
    SketchOptions o{AnyFloat(in, 0.4f, 16), AnyFloat(in, 0.2f, 8)};
    s = SketchInto(img.view, in.ConsumeBool() ? img.view : other, o, path);
  }
  CheckNotInternal(s, "stylize");
}

void Mask(FuzzedDataProvider& in) {
  MaskOptions o;
  o.shape = in.ConsumeBool() ? MaskShape::kCircle : MaskShape::kRoundedSquare;
  o.corner_radius = AnyFloat(in, 0, 1);
  o.ring_width = AnyFloat(in, 0, 20);
  o.ring_color = in.ConsumeBool() ? in.ConsumeRandomLengthString(16) : "#123456";
  FuzzImage img = MakeImage(in, 64);
  CheckNotInternal(ApplyMask(img.view, o), "ApplyMask");
}

void Align(FuzzedDataProvider& in) {
  FaceDetection face;
  face.score = 0.9f;
  face.x = AnyFloat(in, -50, 100);
  face.y = AnyFloat(in, -50, 100);
  face.width = AnyFloat(in, -5, 100);
  face.height = AnyFloat(in, -5, 100);
  for (Point& p : face.keypoints) p = {AnyFloat(in, -50, 150), AnyFloat(in, -50, 150)};
  AlignOptions o;
  o.output_size = in.ConsumeIntegralInRange<int>(63, 96);
  o.side_scale = AnyFloat(in, 0.4f, 8);
  o.down_shift = AnyFloat(in, -2.5f, 2.5f);
  FuzzImage img = MakeImage(in, 48);
  auto r = AlignFace(img.view, face, o);
  if (!r.ok()) CheckNotInternal(r.status(), "AlignFace");
}

void Avatar(FuzzedDataProvider& in) {
  AvatarOptions o;
  o.size = in.ConsumeIntegralInRange<int>(31, 40);
  o.pattern = in.ConsumeBool();
  if (in.ConsumeBool()) o.text_color = in.ConsumeRandomLengthString(12);
  if (in.ConsumeBool()) o.palette = {in.ConsumeRandomLengthString(12), "#000000"};
  auto r = RenderProceduralAvatar(in.ConsumeRemainingBytesAsString(), o);
  if (!r.ok()) CheckNotInternal(r.status(), "RenderProceduralAvatar");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  switch (in.ConsumeIntegralInRange<int>(0, 6)) {
    case 0: Letterbox(in); break;
    case 1: Reduce(in); break;
    case 2: Style(in); break;
    case 3: Mask(in); break;
    case 4: Align(in); break;
    default: Avatar(in); break;
  }
  return 0;
}
