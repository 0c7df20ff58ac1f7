#include "core/vision/procedural_avatar.h"

#include <gtest/gtest.h>

#include <cstring>
#include <set>
#include <string>

#include "core/common/color.h"
#include "core/common/contrast.h"
#include "core/vision/stroke_font.h"

namespace seamkit::vision {
namespace {

Rgba PixelColour(const Image& img, int x, int y) {
  const uint8_t* p = img.data() + 4 * (size_t(y) * img.width() + x);
  return {double(p[0]), double(p[1]), double(p[2]), p[3] / 255.0};
}

bool SameImage(const Image& a, const Image& b) {
  return a.size_bytes() == b.size_bytes() &&
         std::memcmp(a.data(), b.data(), a.size_bytes()) == 0;
}

TEST(ExtractInitials, FollowsTheDocumentedRules) {
  EXPECT_EQ(ExtractInitials("Ada Lovelace"), "AL");
  EXPECT_EQ(ExtractInitials("grace@example.org"), "G");
  EXPECT_EQ(ExtractInitials("  "), "");
  EXPECT_EQ(ExtractInitials(""), "");
  EXPECT_EQ(ExtractInitials("ada.lovelace+news@example.org"), "AL");
  EXPECT_EQ(ExtractInitials("Ada King Lovelace"), "AL");
  EXPECT_EQ(ExtractInitials("  grace\thopper "), "GH");
  EXPECT_EQ(ExtractInitials("ada"), "A");
  EXPECT_EQ(ExtractInitials("42 Street"), "4S");
  EXPECT_EQ(ExtractInitials("Jean-Luc Picard"), "JP");
  EXPECT_EQ(ExtractInitials("\xe6\x9d\x8e\xe5\xb0\x8f\xe9\xbe\x99"), "");
  EXPECT_EQ(ExtractInitials("\xc3\x89mile Zola"), "Z");
  EXPECT_EQ(ExtractInitials("@example.org"), "");
}

TEST(AvatarHash, IsFnv1aOfTheNormalisedName) {
  // Published FNV-1a 64 test vectors (the FNV reference test suite).
  EXPECT_EQ(AvatarHash(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(AvatarHash("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(AvatarHash("foobar"), 0x85944171f73967e8ull);
  EXPECT_EQ(AvatarHash("  Ada \t Lovelace "), AvatarHash("ada lovelace"));
  EXPECT_NE(AvatarHash("ada lovelace"), AvatarHash("ada lovelac"));
}

TEST(ProceduralAvatar, SameNameSamePixelsAndDifferentNamesDiffer) {
  auto a1 = RenderProceduralAvatar("Ada Lovelace");
  auto a2 = RenderProceduralAvatar("Ada Lovelace");
  auto b = RenderProceduralAvatar("Alan Lovelace");  // same initials
  auto c = RenderProceduralAvatar("Grace Hopper");
  ASSERT_TRUE(a1.ok() && a2.ok() && b.ok() && c.ok());
  EXPECT_TRUE(SameImage(*a1, *a2));
  EXPECT_FALSE(SameImage(*a1, *b));
  EXPECT_FALSE(SameImage(*a1, *c));
  // Backgrounds spread over the palette.
  std::set<int> used;
  for (int i = 0; i < 200; ++i) {
    used.insert(PlanAvatar("user" + std::to_string(i), 14).palette_index);
  }
  EXPECT_EQ(used.size(), 14u);
}

TEST(ProceduralAvatar, EveryPaletteColourReachesAaContrast) {
  const Rgba white{255, 255, 255, 1};
  for (const std::string& css : DefaultAvatarPalette()) {
    auto bg = ParseCssColor(css);
    ASSERT_TRUE(bg.ok()) << css;
    EXPECT_GE(ContrastRatio(white, *bg), kAvatarMinContrast) << css;
    // Everything away from the initials (background and pattern tone)
    // keeps the ratio in the rendered avatar too.
    AvatarOptions o;
    o.size = 64;
    o.palette = {css};
    auto img = RenderProceduralAvatar("Zed Quill", o);
    ASSERT_TRUE(img.ok());
    for (int y = 0; y < 12; ++y) {
      for (int x = 0; x < 64; ++x) {
        ASSERT_GE(ContrastRatio(white, PixelColour(*img, x, y)),
                  kAvatarMinContrast)
            << css << " at " << x << "," << y;
      }
    }
  }
}

TEST(ProceduralAvatar, InitialsAreDrawnInTheMiddle) {
  AvatarOptions o;
  o.pattern = false;
  o.text_color = "#ffffff";
  auto ivy =
      RenderProceduralAvatar("Ivy", o);  // "I": a stroke through x = size / 2
  ASSERT_TRUE(ivy.ok());
  EXPECT_EQ(PixelColour(*ivy, 128, 128), (Rgba{255, 255, 255, 1}));
  EXPECT_EQ(PixelColour(*ivy, 128, 100), (Rgba{255, 255, 255, 1}));
  Rgba bg = *ParseCssColor(
      DefaultAvatarPalette()[PlanAvatar("Ivy", 14).palette_index]);
  EXPECT_EQ(PixelColour(*ivy, 100, 128), bg);  // beside the stem
  EXPECT_EQ(PixelColour(*ivy, 2, 2), bg);
  auto ada = RenderProceduralAvatar("Ada Lovelace", o);
  ASSERT_TRUE(ada.ok());
  int centre = 0, margin = 0;
  for (int y = 0; y < 256; ++y) {
    for (int x = 0; x < 256; ++x) {
      if (!(PixelColour(*ada, x, y) == Rgba{255, 255, 255, 1})) continue;
      bool inside = x >= 32 && x < 224 && y >= 32 && y < 224;
      (inside ? centre : margin)++;
    }
  }
  EXPECT_GT(centre, 2000);  // two strokes glyphs, ~14 px pens
  EXPECT_EQ(margin, 0);
  // "L" ends in a bottom-right bar: white right of the centre, low down.
  EXPECT_EQ(PixelColour(*ada, 176, 174), (Rgba{255, 255, 255, 1}));
}

TEST(ProceduralAvatar, NoInitialsGivesASymmetricPattern) {
  AvatarOptions o;
  o.size = 100;
  auto img = RenderProceduralAvatar("  ", o);
  ASSERT_TRUE(img.ok());
  EXPECT_EQ(PixelColour(*img, 50, 50),
            (Rgba{255, 255, 255, 1}));  // middle cell
  int lit = 0;
  for (int y = 0; y < 100; ++y) {
    for (int x = 0; x < 100; ++x) {
      Rgba l = PixelColour(*img, x, y), r = PixelColour(*img, 99 - x, y);
      ASSERT_NEAR(l.r, r.r, 1) << x << "," << y;
      ASSERT_NEAR(l.g, r.g, 1);
      lit += l == Rgba{255, 255, 255, 1};
    }
  }
  EXPECT_GT(lit, 150);
  auto other = RenderProceduralAvatar("\xe6\x9d\x8e", o);
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(SameImage(*img, *other));
}

TEST(ProceduralAvatar, SizesAndErrors) {
  AvatarOptions o;
  for (int size : {32, 1024}) {
    o.size = size;
    auto img = RenderProceduralAvatar("Ada Lovelace", o);
    ASSERT_TRUE(img.ok());
    EXPECT_EQ(img->width(), size);
    EXPECT_EQ(img->data()[3], 255);
  }
  o.size = 31;
  EXPECT_EQ(RenderProceduralAvatar("x", o).status().code(),
            ErrorCode::kOutOfRange);
  o.size = 1025;
  EXPECT_EQ(RenderProceduralAvatar("x", o).status().code(),
            ErrorCode::kOutOfRange);
  o = {};
  o.palette = {"#1f57c3", "#ffff00"};  // yellow under white text: 1.07:1
  auto low = RenderProceduralAvatar("x", o);
  EXPECT_EQ(low.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(low.status().message().find("palette[1]"), std::string::npos);
  o.palette = {"#1f57c3", "nope"};
  EXPECT_FALSE(RenderProceduralAvatar("x", o).ok());
  o = {};
  o.text_color = "rgb(0 0 0 / 50%)";
  EXPECT_EQ(RenderProceduralAvatar("x", o).status().code(),
            ErrorCode::kInvalidArgument);
  // Dark text works with a light palette.
  o.text_color = "#111111";
  o.palette = {"#fde68a", "#bae6fd"};
  EXPECT_TRUE(RenderProceduralAvatar("x", o).ok());
  EXPECT_EQ(RenderProceduralAvatar(std::string(2000, 'a')).status().code(),
            ErrorCode::kLimitExceeded);
}

TEST(StrokeFont, CoversAToZAndDigitsInsideTheGrid) {
  const std::string all = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  for (char c : all) {
    ASSERT_TRUE(HasGlyph(c)) << c;
    std::vector<Segment> segs = GlyphSegments(c);
    ASSERT_FALSE(segs.empty()) << c;
    for (const Segment& s : segs) {
      for (float v : {s.x0, s.x1}) EXPECT_TRUE(v >= 0 && v <= kGlyphWidth) << c;
      for (float v : {s.y0, s.y1})
        EXPECT_TRUE(v >= 0 && v <= kGlyphHeight) << c;
    }
  }
  EXPECT_FALSE(HasGlyph('a'));
  EXPECT_FALSE(HasGlyph('@'));
  EXPECT_TRUE(GlyphSegments('?').empty());
  // Glyphs differ from one another.
  for (size_t i = 1; i < all.size(); ++i) {
    std::vector<Segment> a = GlyphSegments(all[i - 1]),
                         b = GlyphSegments(all[i]);
    bool same =
        a.size() == b.size() &&
        std::memcmp(a.data(), b.data(), a.size() * sizeof(Segment)) == 0;
    EXPECT_FALSE(same) << all[i - 1] << all[i];
  }
}

TEST(StrokeFont, PenEdgeIsAntiAliased) {
  // The stem of "I" at scale 10 is 17 px wide (pen 1.7 units).
  std::vector<float> cov(100 * 160, 0.0f);
  TextLayout layout;
  layout.scale = 10;
  layout.origin_x = 10;
  layout.origin_y = 20;
  DrawStrokeText("I", layout, 100, 160, &cov);
  // Stem centre x = 10 + 4 * 10 = 50; half pen 8.5 px.
  EXPECT_EQ(cov[80 * 100 + 50], 1.0f);
  EXPECT_EQ(cov[80 * 100 + 44], 1.0f);
  EXPECT_GT(cov[80 * 100 + 41], 0.0f);  // centre 41.5: d = 8.5, half covered
  EXPECT_LT(cov[80 * 100 + 41], 1.0f);
  EXPECT_EQ(cov[80 * 100 + 39], 0.0f);
}

}  // namespace
}  // namespace seamkit::vision
