// Glyph table and distance-based rasteriser of the stroke font.
#include "core/vision/stroke_font.h"

#include <algorithm>
#include <cmath>

namespace seamkit::vision {
namespace {

// Each glyph: polylines of "x,y" points separated by spaces; ';' starts a
// new polyline. Design grid 8 wide, 12 tall, y down.
struct GlyphDef {
  char c;
  const char* path;
};
constexpr GlyphDef kGlyphs[] = {
    {'A', "0,12 4,0 8,12;1.4,8 6.6,8"},
    {'B', "0,6 5,6 7,4 7,2 5,0 0,0 0,12 6,12 8,10 8,8 6,6"},
    {'C', "8,2 6,0 2,0 0,2 0,10 2,12 6,12 8,10"},
    {'D', "0,0 0,12 5,12 8,9 8,3 5,0 0,0"},
    {'E', "8,0 0,0 0,12 8,12;0,6 6,6"},
    {'F', "8,0 0,0 0,12;0,6 6,6"},
    {'G', "8,2 6,0 2,0 0,2 0,10 2,12 6,12 8,10 8,7 5,7"},
    {'H', "0,0 0,12;8,0 8,12;0,6 8,6"},
    {'I', "4,0 4,12;1,0 7,0;1,12 7,12"},
    {'J', "3,0 8,0 8,10 6,12 2,12 0,10"},
    {'K', "0,0 0,12;8,0 0,8;2.6,5.8 8,12"},
    {'L', "0,0 0,12 8,12"},
    {'M', "0,12 0,0 4,7 8,0 8,12"},
    {'N', "0,12 0,0 8,12 8,0"},
    {'O', "2,0 6,0 8,2 8,10 6,12 2,12 0,10 0,2 2,0"},
    {'P', "0,12 0,0 6,0 8,2 8,4 6,6 0,6"},
    {'Q', "2,0 6,0 8,2 8,10 6,12 2,12 0,10 0,2 2,0;5,9 8,12"},
    {'R', "0,12 0,0 6,0 8,2 8,4 6,6 0,6;4,6 8,12"},
    {'S', "8,2 6,0 2,0 0,2 0,4 2,6 6,6 8,8 8,10 6,12 2,12 0,10"},
    {'T', "0,0 8,0;4,0 4,12"},
    {'U', "0,0 0,10 2,12 6,12 8,10 8,0"},
    {'V', "0,0 4,12 8,0"},
    {'W', "0,0 2,12 4,5 6,12 8,0"},
    {'X', "0,0 8,12;8,0 0,12"},
    {'Y', "0,0 4,6 8,0;4,6 4,12"},
    {'Z', "0,0 8,0 0,12 8,12"},
    {'0', "2,0 6,0 8,2 8,10 6,12 2,12 0,10 0,2 2,0;6.5,2.5 1.5,9.5"},
    {'1', "1,3 4,0 4,12;1,12 7,12"},
    {'2', "0,2 2,0 6,0 8,2 8,4 0,12 8,12"},
    {'3', "0,2 2,0 6,0 8,2 8,4 6,6 3,6;6,6 8,8 8,10 6,12 2,12 0,10"},
    {'4', "6,12 6,0 0,8 8,8"},
    {'5', "8,0 0,0 0,5 6,5 8,7 8,10 6,12 2,12 0,10"},
    {'6', "7,0 3,0 0,4 0,10 2,12 6,12 8,10 8,8 6,6 2,6 0,8"},
    {'7', "0,0 8,0 3,12"},
    {'8',
     "2,6 0,4 0,2 2,0 6,0 8,2 8,4 6,6 2,6 0,8 0,10 2,12 6,12 8,10 "
     "8,8 6,6"},
    {'9', "8,4 6,6 2,6 0,4 0,2 2,0 6,0 8,2 8,8 5,12 1,12"},
};

const char* GlyphPath(char c) {
  for (const GlyphDef& g : kGlyphs) {
    if (g.c == c) return g.path;
  }
  return nullptr;
}

// Parses "12" or "1.5" at *p, advancing it.
float ParseNumber(const char*& p) {
  float v = 0;
  while (*p >= '0' && *p <= '9') v = v * 10 + float(*p++ - '0');
  if (*p == '.') {
    float place = 0.1f;
    for (++p; *p >= '0' && *p <= '9'; ++p, place *= 0.1f) {
      v += place * float(*p - '0');
    }
  }
  return v;
}

float SegmentDistance(const Segment& s, float px, float py) {
  float dx = s.x1 - s.x0, dy = s.y1 - s.y0;
  float len2 = dx * dx + dy * dy;
  float t = len2 > 0 ? ((px - s.x0) * dx + (py - s.y0) * dy) / len2 : 0.0f;
  t = std::clamp(t, 0.0f, 1.0f);
  return std::hypot(px - (s.x0 + t * dx), py - (s.y0 + t * dy));
}

}  // namespace

bool HasGlyph(char c) { return GlyphPath(c) != nullptr; }

std::vector<Segment> GlyphSegments(char c) {
  std::vector<Segment> out;
  const char* p = GlyphPath(c);
  if (p == nullptr) return out;
  bool have_point = false;
  float px = 0, py = 0;
  while (*p != '\0') {
    if (*p == ';') {
      have_point = false;
      ++p;
      continue;
    }
    if (*p == ' ') {
      ++p;
      continue;
    }
    float x = ParseNumber(p);
    if (*p == ',') ++p;
    float y = ParseNumber(p);
    if (have_point) out.push_back({px, py, x, y});
    px = x;
    py = y;
    have_point = true;
  }
  return out;
}

float TextWidth(std::string_view text, float gap) {
  if (text.empty()) return 0.0f;
  return kGlyphWidth * float(text.size()) + gap * float(text.size() - 1);
}

void DrawStrokeText(std::string_view text, const TextLayout& layout, int width,
                    int height, std::vector<float>* coverage) {
  // All segments in pixel coordinates.
  std::vector<Segment> segs;
  const float advance = (kGlyphWidth + layout.gap) * layout.scale;
  for (size_t i = 0; i < text.size(); ++i) {
    float ox = layout.origin_x + float(i) * advance;
    for (const Segment& s : GlyphSegments(text[i])) {
      segs.push_back(
          {ox + s.x0 * layout.scale, layout.origin_y + s.y0 * layout.scale,
           ox + s.x1 * layout.scale, layout.origin_y + s.y1 * layout.scale});
    }
  }
  if (segs.empty()) return;
  const float half_pen = 0.5f * layout.pen_width * layout.scale;
  float minx = segs[0].x0, maxx = minx, miny = segs[0].y0, maxy = miny;
  for (const Segment& s : segs) {
    minx = std::min({minx, s.x0, s.x1});
    maxx = std::max({maxx, s.x0, s.x1});
    miny = std::min({miny, s.y0, s.y1});
    maxy = std::max({maxy, s.y0, s.y1});
  }
  const float reach = half_pen + 1.0f;
  int x0 = std::max(0, int(std::floor(minx - reach)));
  int x1 = std::min(width, int(std::ceil(maxx + reach)));
  int y0 = std::max(0, int(std::floor(miny - reach)));
  int y1 = std::min(height, int(std::ceil(maxy + reach)));
  for (int y = y0; y < y1; ++y) {
    for (int x = x0; x < x1; ++x) {
      float d = SegmentDistance(segs[0], x + 0.5f, y + 0.5f);
      for (size_t k = 1; k < segs.size(); ++k) {
        d = std::min(d, SegmentDistance(segs[k], x + 0.5f, y + 0.5f));
      }
      float c = std::clamp(half_pen + 0.5f - d, 0.0f, 1.0f);
      float& dst = (*coverage)[size_t(y) * size_t(width) + size_t(x)];
      dst = std::max(dst, c);
    }
  }
}

}  // namespace seamkit::vision
