// Fuzzes ParseCssColor (and the conversions callers chain after it) with
// arbitrary text. A parsed colour has channels in range, and its hex form
// parses back to the same rounded channels.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/common/color.h"
#include "core/common/contrast.h"
#include "tests/fuzz/fuzz_check.h"

using seamkit::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  seamkit::StatusOr<seamkit::Rgba> c = seamkit::ParseCssColor(text);
  if (!c.ok()) {
    seamkit::fuzz::CheckNotInternal(c.status(), "ParseCssColor");
    return 0;
  }
  for (double v : {c->r, c->g, c->b}) {
    Check(std::isfinite(v) && v >= 0 && v <= 255, "channel outside [0, 255]");
  }
  Check(std::isfinite(c->a) && c->a >= 0 && c->a <= 1, "alpha outside [0, 1]");
  std::string hex = seamkit::ToHex(*c);
  seamkit::StatusOr<seamkit::Rgba> back = seamkit::ParseCssColor(hex);
  Check(back.ok(), "ToHex output does not parse");
  Check(std::fabs(back->r - std::round(c->r)) < 1e-9, "hex round trip (r)");
  seamkit::Rgba white{255, 255, 255, 1};
  seamkit::Rgba over = seamkit::CompositeOver(*c, white);
  double ratio = seamkit::ContrastRatio(over, white);
  Check(ratio >= 1 - 1e-9 && ratio <= 21 + 1e-9, "contrast outside [1, 21]");
  seamkit::Oklab lab = seamkit::ToOklab(*c);
  Check(std::isfinite(lab.l) && std::isfinite(lab.a) && std::isfinite(lab.b),
        "OKLab not finite");
  return 0;
}
