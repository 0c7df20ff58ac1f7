// Procedural fallback avatars (see procedural_avatar.h).
#include "core/vision/procedural_avatar.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "core/common/color.h"
#include "core/common/contrast.h"
#include "core/vision/stroke_font.h"

namespace seamkit::vision {
namespace {

// FNV-1a 64-bit parameters (Fowler, Noll and Vo; IETF
// draft-eastlake-fnv): offset basis and prime.
constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ull;
constexpr uint64_t kFnvPrime = 0x100000001b3ull;

// splitmix64 finaliser (Steele, Lea and Flood 2014, as in Vigna's
// splitmix64.c): decorrelates the fields read from one hash.
uint64_t Mix(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}
bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}
char Upper(char c) { return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

std::string Normalise(std::string_view name) {
  std::string out;
  bool pending_space = false;
  for (char c : name) {
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(Lower(c));
  }
  return out;
}

// Scales an 8-bit colour towards black (t < 0) or white (t > 0).
Rgba Shade(const Rgba& c, double t) {
  double target = t < 0 ? 0.0 : 255.0, k = std::fabs(t);
  return {c.r + (target - c.r) * k, c.g + (target - c.g) * k,
          c.b + (target - c.b) * k, 1.0};
}

StatusOr<Rgba> ParseOpaque(const std::string& text, const std::string& what) {
  StatusOr<Rgba> c = ParseCssColor(text);
  if (!c.ok())
    return Status(c.status().code(), what + ": " + c.status().message());
  if (c->a < 1.0) {
    return Status(ErrorCode::kInvalidArgument, what + ": must be opaque");
  }
  return c;
}

// Adds the exact area coverage of the rectangle [x0, x1) x [y0, y1) (px).
void AddRect(float x0, float y0, float x1, float y1, int size,
             std::vector<float>* cov) {
  int ix0 = std::max(0, int(std::floor(x0))),
      ix1 = std::min(size, int(std::ceil(x1)));
  int iy0 = std::max(0, int(std::floor(y0))),
      iy1 = std::min(size, int(std::ceil(y1)));
  for (int y = iy0; y < iy1; ++y) {
    float cy = std::min(y1, float(y + 1)) - std::max(y0, float(y));
    for (int x = ix0; x < ix1; ++x) {
      float cx = std::min(x1, float(x + 1)) - std::max(x0, float(x));
      float& c = (*cov)[size_t(y) * size + x];
      c = std::min(1.0f, c + cx * cy);
    }
  }
}

// 5 x 5 mirrored blocks in the square [left, left + extent).
void DrawPattern(uint32_t bits, float left, float extent, int size,
                 std::vector<float>* cov) {
  const float cell = extent / 5.0f;
  for (int row = 0; row < 5; ++row) {
    for (int col = 0; col < 3; ++col) {
      if (((bits >> (row * 3 + col)) & 1u) == 0) continue;
      for (int mirrored : {col, 4 - col}) {
        float x0 = left + mirrored * cell, y0 = left + row * cell;
        AddRect(x0, y0, x0 + cell, y0 + cell, size, cov);
        if (mirrored == 2) break;  // the middle column is its own mirror
      }
    }
  }
}

void LayoutInitials(const std::string& initials, int size,
                    std::vector<float>* cov) {
  TextLayout layout;
  const float cap = size * (initials.size() == 1 ? 0.44f : 0.38f);
  layout.scale = cap / kGlyphHeight;
  const float width_units = TextWidth(initials, layout.gap) + layout.pen_width;
  layout.scale = std::min(layout.scale, 0.68f * size / width_units);
  layout.origin_x =
      0.5f * size - 0.5f * TextWidth(initials, layout.gap) * layout.scale;
  layout.origin_y = 0.5f * size - 0.5f * kGlyphHeight * layout.scale;
  DrawStrokeText(initials, layout, size, size, cov);
}

uint8_t Blend(double a, double b, float t) {
  double v = a + (b - a) * t;
  return static_cast<uint8_t>(std::floor(std::clamp(v, 0.0, 255.0) + 0.5));
}

struct Colours {
  Rgba text;
  std::vector<Rgba> palette;
};

StatusOr<Colours> ResolveColours(const AvatarOptions& o) {
  Colours out;
  StatusOr<Rgba> text = ParseOpaque(o.text_color, "text_color");
  if (!text.ok()) return text.status();
  out.text = *text;
  const std::vector<std::string>& names =
      o.palette.empty() ? DefaultAvatarPalette() : o.palette;
  if (names.size() > 64) {
    return Status(ErrorCode::kInvalidArgument, "palette holds over 64 colours");
  }
  for (size_t i = 0; i < names.size(); ++i) {
    std::string what = "palette[" + std::to_string(i) + "]";
    StatusOr<Rgba> c = ParseOpaque(names[i], what);
    if (!c.ok()) return c.status();
    double ratio = ContrastRatio(out.text, *c);
    if (ratio < kAvatarMinContrast) {
      char buf[96];
      std::snprintf(buf, sizeof buf,
                    ": contrast %.2f:1 with text_color, "
                    "below 4.5:1",
                    ratio);
      return Status(ErrorCode::kInvalidArgument, what + buf);
    }
    out.palette.push_back(*c);
  }
  return out;
}

}  // namespace

uint64_t AvatarHash(std::string_view name) {
  uint64_t h = kFnvOffset;
  for (char c : Normalise(name)) {
    h ^= static_cast<uint8_t>(c);
    h *= kFnvPrime;
  }
  return h;
}

std::string ExtractInitials(std::string_view name) {
  std::string_view text = name;
  bool email = text.find('@') != std::string_view::npos;
  if (email) {
    text = text.substr(0, text.find('@'));
    text = text.substr(0, text.find('+'));
  }
  auto separator = [email](char c) {
    return IsSpace(c) || (email && (c == '.' || c == '_' || c == '-'));
  };
  char first = 0, last = 0;
  int words = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    bool starts_word =
        !separator(text[i]) && (i == 0 || separator(text[i - 1]));
    if (!starts_word || !IsAsciiAlnum(text[i])) continue;
    (words++ == 0 ? first : last) = Upper(text[i]);
  }
  std::string out;
  if (first != 0) out.push_back(first);
  if (last != 0) out.push_back(last);
  return out;
}

const std::vector<std::string>& DefaultAvatarPalette() {
  static const std::vector<std::string> kPalette = {
      "#b42318", "#c4320a", "#a15c07", "#2f7d32", "#067647",
      "#0e7070", "#0b6a8f", "#1f57c3", "#4338c9", "#6e2fd6",
      "#9c1fa8", "#b8185c", "#4a5568", "#7a4b2a"};
  return kPalette;
}

AvatarPlan PlanAvatar(std::string_view name, int palette_size) {
  AvatarPlan plan;
  plan.initials = ExtractInitials(name);
  plan.hash = AvatarHash(name);
  uint64_t colour_bits = Mix(plan.hash);
  plan.palette_index =
      static_cast<int>(colour_bits % uint64_t(std::max(1, palette_size)));
  plan.pattern = static_cast<uint32_t>(Mix(colour_bits) & 0x7fffu);
  plan.pattern |= 1u << 8;  // row 2, column 2: the middle cell, always on
  return plan;
}

StatusOr<Image> RenderProceduralAvatar(std::string_view name,
                                       const AvatarOptions& o) {
  if (o.size < kMinAvatarSize || o.size > kMaxAvatarSize) {
    return Status(ErrorCode::kOutOfRange, "size must be in 32..1024");
  }
  if (name.size() > kMaxAvatarNameBytes) {
    return Status(ErrorCode::kLimitExceeded, "name longer than 1024 bytes");
  }
  StatusOr<Colours> colours = ResolveColours(o);
  if (!colours.ok()) return colours.status();
  const AvatarPlan plan =
      PlanAvatar(name, static_cast<int>(colours->palette.size()));
  const Rgba bg = colours->palette[plan.palette_index];
  const Rgba& text = colours->text;
  // The pattern tone moves away from the text colour, so the initials keep
  // at least their contrast against the plain background.
  const bool text_lighter = RelativeLuminance(text) > RelativeLuminance(bg);
  const Rgba tone = Shade(bg, text_lighter ? -0.2 : 0.2);
  const int size = o.size;
  std::vector<float> pattern(size_t(size) * size, 0.0f), glyphs = pattern;
  if (plan.initials.empty()) {
    DrawPattern(plan.pattern, 0.15f * size, 0.7f * size, size, &glyphs);
  } else {
    if (o.pattern) DrawPattern(plan.pattern, 0.0f, float(size), size, &pattern);
    LayoutInitials(plan.initials, size, &glyphs);
  }
  StatusOr<Image> out = Image::Create(size, size);
  if (!out.ok()) return out.status();
  Image image = std::move(out).value();
  uint8_t* px = image.data();
  for (size_t i = 0; i < pattern.size(); ++i, px += 4) {
    double r = bg.r + (tone.r - bg.r) * pattern[i];
    double g = bg.g + (tone.g - bg.g) * pattern[i];
    double b = bg.b + (tone.b - bg.b) * pattern[i];
    px[0] = Blend(r, text.r, glyphs[i]);
    px[1] = Blend(g, text.g, glyphs[i]);
    px[2] = Blend(b, text.b, glyphs[i]);
    px[3] = 255;
  }
  return image;
}

}  // namespace seamkit::vision
