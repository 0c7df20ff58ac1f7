// WCAG 2.2 contrast: relative luminance, contrast ratio, the thresholds of
// success criteria 1.4.3, 1.4.6 and 1.4.11, and a SIMD batch form.
#ifndef SEAMKIT_CORE_COMMON_CONTRAST_H_
#define SEAMKIT_CORE_COMMON_CONTRAST_H_

#include <cstddef>

#include "core/common/color.h"

namespace seamkit {

// WCAG 2.2 "relative luminance" of an opaque sRGB colour (alpha ignored).
double RelativeLuminance(const Rgba& c);

// WCAG contrast ratio (L1 + 0.05) / (L2 + 0.05) in [1, 21] of text colour
// `fg` over background `bg`. A translucent background is first composited
// over white (the initial canvas), then a translucent foreground over it.
double ContrastRatio(const Rgba& fg, const Rgba& bg);

// WCAG 2.2 "large scale" text: at least 18 pt (24 CSS px), or at least 14 pt
// (18.6667 CSS px) when bold (font-weight 700 or more).
bool IsLargeText(double font_size_px, int font_weight);

enum class ContrastLevel { kAA, kAAA };

// Minimum ratio for text: SC 1.4.3 (AA) 4.5:1, or 3:1 for large text;
// SC 1.4.6 (AAA) 7:1, or 4.5:1 for large text.
double RequiredTextContrast(ContrastLevel level, bool large_text);

// SC 1.4.11 non-text contrast (user interface components, graphics): 3:1.
inline constexpr double kNonTextContrast = 3.0;

// Batch contrast over interleaved RGBA float pairs: fg and bg hold 4 * n
// floats (r, g, b in [0, 255], alpha in [0, 1]); writes n ratios to out.
// Same compositing rules as ContrastRatio. Channels are clamped to range.
// SIMD (4 pairs per step); agrees with the scalar form to ~1e-5 relative.
void ContrastRatioBatch(const float* fg, const float* bg, float* out,
                        size_t n);
// Scalar reference for ContrastRatioBatch, in double precision.
void ContrastRatioBatchScalar(const float* fg, const float* bg, float* out,
                              size_t n);

}  // namespace seamkit

#endif  // SEAMKIT_CORE_COMMON_CONTRAST_H_
