// A tiny stroke font for avatar initials: the capitals A-Z and digits 0-9
// as polylines on an 8 x 12 design grid (x right, y down, cap height 12),
// drawn with a round pen whose edge is anti-aliased by distance.
//
// The glyph shapes are seamkit's own (designed for this file): straight
// strokes with chamfered corners standing in for curves, legible from
// 16 px cap height upward.
#ifndef SEAMKIT_CORE_VISION_STROKE_FONT_H_
#define SEAMKIT_CORE_VISION_STROKE_FONT_H_

#include <string_view>
#include <vector>

namespace seamkit::vision {

inline constexpr float kGlyphWidth = 8.0f;    // design units
inline constexpr float kGlyphHeight = 12.0f;  // cap height, design units

// True for 'A'..'Z' and '0'..'9' (the font has no other glyphs).
bool HasGlyph(char c);

struct Segment {
  float x0, y0, x1, y1;
};

// The strokes of glyph c as segments in design units; empty if !HasGlyph.
std::vector<Segment> GlyphSegments(char c);

// Placement of a line of text: design point (u, v) of the first glyph maps
// to pixel position (origin_x + u * scale, origin_y + v * scale); glyphs
// advance by (kGlyphWidth + gap) * scale. pen_width is the stroke width in
// design units.
struct TextLayout {
  float origin_x = 0, origin_y = 0;
  float scale = 1;
  float gap = 3;
  float pen_width = 1.7f;
};

// Width of `text` in design units, without the pen's overhang.
float TextWidth(std::string_view text, float gap);

// Rasterises text (characters without a glyph are skipped but still
// advance) into coverage, a width x height buffer of values in [0, 1]:
// each pixel gets max(old, clamp(pen / 2 + 0.5 - d, 0, 1)) with d the
// distance in px from the pixel centre to the nearest stroke, so strokes
// have round caps and joins and a 1 px anti-aliased edge.
void DrawStrokeText(std::string_view text, const TextLayout& layout, int width,
                    int height, std::vector<float>* coverage);

}  // namespace seamkit::vision

#endif  // SEAMKIT_CORE_VISION_STROKE_FONT_H_
