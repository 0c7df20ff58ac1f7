#include "core/confidence/render_html.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>

#include "core/confidence/escape.h"

namespace seamkit::confidence {
namespace {

struct Tag {
  std::string name;
  std::map<std::string, std::string> attrs;
};

// A small tokenizer for the renderer's own output: every '<' must open a
// tag (text never holds a raw '<'), attribute values are double-quoted.
// Malformed markup fails the test rather than being skipped.
std::vector<Tag> Tags(const std::string& html) {
  std::vector<Tag> tags;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string::npos) {
    size_t end = ++i;
    bool quoted = false;
    while (end < html.size() && (quoted || html[end] != '>')) {
      if (html[end] == '"') quoted = !quoted;
      ++end;
    }
    EXPECT_LT(end, html.size()) << "unterminated tag";
    std::string body = html.substr(i, end - i);
    i = end;
    if (!body.empty() && body[0] == '/') continue;  // closing tag
    Tag tag;
    size_t k = body.find_first_of(" /");
    tag.name = body.substr(0, k);
    while (k != std::string::npos && k < body.size()) {
      k = body.find_first_not_of(" /", k);
      if (k == std::string::npos) break;
      size_t eq = body.find('=', k);
      EXPECT_NE(eq, std::string::npos) << body;
      if (eq == std::string::npos) break;
      EXPECT_EQ(body[eq + 1], '"') << body;
      size_t close = body.find('"', eq + 2);
      tag.attrs[body.substr(k, eq - k)] = body.substr(eq + 2, close - eq - 2);
      k = close + 1;
    }
    tags.push_back(tag);
  }
  return tags;
}

DisplayInput Typical() {
  DisplayInput in;
  in.calibrated = 0.72;
  in.raw_score = 1.25;
  in.verdict_kind = 1;
  in.claim = "The bridge opened in 1932.";
  in.factors = {{"limited-corroboration", 0.4}, {"conflicting-sources", 0.7}};
  return in;
}

const Tag* Find(const std::vector<Tag>& tags, const std::string& attr,
                const std::string& value) {
  for (const Tag& t : tags) {
    auto it = t.attrs.find(attr);
    if (it != t.attrs.end() && it->second == value) return &t;
  }
  return nullptr;
}

TEST(RenderHtml, EmitsAnAccessibleMeterAndChip) {
  StatusOr<std::string> html = RenderConfidenceHtml(Typical());
  ASSERT_TRUE(html.ok()) << html.status().message();
  std::vector<Tag> tags = Tags(*html);
  const Tag* meter = Find(tags, "role", "meter");
  ASSERT_NE(meter, nullptr);
  EXPECT_EQ(meter->attrs.at("aria-valuenow"), "72");
  EXPECT_EQ(meter->attrs.at("aria-valuemin"), "0");
  EXPECT_EQ(meter->attrs.at("aria-valuemax"), "100");
  EXPECT_EQ(meter->attrs.at("aria-valuetext"), "72% confidence: Unverified");
  EXPECT_EQ(meter->attrs.at("aria-label"), "Confidence");
  DisplayModel m = *BuildDisplay(Typical());
  const Tag* fill = Find(tags, "class", "seam-confidence__fill");
  ASSERT_NE(fill, nullptr);
  EXPECT_EQ(fill->attrs.at("fill"), m.bar_colour);
  EXPECT_EQ(fill->attrs.at("width"), "141.12");  // 0.72 of the 196 inner px
  EXPECT_NE(html->find(">Unverified</span>"), std::string::npos);
  EXPECT_NE(html->find("Raw score: <span>1.25</span>"), std::string::npos);
  size_t first = html->find("Conflicting information from verified sources");
  size_t second = html->find("Limited source corroboration");
  EXPECT_LT(first, second);
  EXPECT_NE(second, std::string::npos);
  EXPECT_NE(html->find(m.disclaimer), std::string::npos);
  EXPECT_NE(html->find("lang=\"en\""), std::string::npos);
}

TEST(RenderHtml, DrawsADifferentIconPerVerdict) {
  std::set<std::string> icons;
  for (int kind = 0; kind < 3; ++kind) {
    DisplayInput in = Typical();
    in.verdict_kind = kind;
    std::string html = *RenderConfidenceHtml(in);
    size_t chip = html.find("seam-confidence__verdict");
    size_t start = html.find("<svg", chip), stop = html.find("</svg>", start);
    icons.insert(html.substr(start, stop - start));
  }
  EXPECT_EQ(icons.size(), 3u);
}

TEST(RenderHtml, ShowsNoFillAndNoNumberForAnInvalidScore) {
  DisplayInput in = Typical();
  in.calibrated = NAN;
  std::string html = *RenderConfidenceHtml(in);
  EXPECT_EQ(html.find("seam-confidence__fill"), std::string::npos);
  EXPECT_NE(html.find("aria-valuetext=\"No valid score: Unverified\""),
            std::string::npos);
  EXPECT_NE(html.find(">No score</span>"), std::string::npos);
}

TEST(RenderHtml, KeepsHostileTextInert) {
  const std::string attacks[] = {"<script>alert(1)</script>",
                                 "\"><img src=x onerror=alert(1)>",
                                 "' onmouseover='alert(1)",
                                 "javascript:alert(1)", "bad \xFF\xC3 utf8"};
  std::string all;
  for (const std::string& a : attacks) all += a + " ";
  DisplayInput in = Typical();
  in.claim = all;
  in.verdict_label = all;
  in.factors.push_back({all, 5});  // an unknown code: never printed
  in.palette = {"red", "orange", "green"};
  in.background = "white";
  // A caller table whose texts, including those that land in attributes
  // (the meter label, the aria template), carry the attacks.
  in.table_json = R"json({"locale": "en",
    "reasons": {"limited-corroboration": "<script>alert(1)</script>"},
    "generic": "\"><img src=x onerror=alert(1)>",
    "disclaimer": "javascript:alert(1)",
    "verdicts": {"likely-false": "a", "unverified": "b", "likely-true": "c"},
    "labels": {"meter": "\" onfocus=\"alert(1)", "percent": "{value}%",
      "value": "{percent}\"><script>x</script>{verdict}",
      "value-invalid": "{verdict}", "percent-invalid": "-",
      "raw-score": "<b>", "raw-unavailable": "-", "reasons-heading": "'"}})json";
  StatusOr<std::string> html = RenderConfidenceHtml(in);
  ASSERT_TRUE(html.ok()) << html.status().message();
  EXPECT_EQ(html->find("<script"), std::string::npos);
  EXPECT_EQ(html->find("<img"), std::string::npos);
  EXPECT_EQ(html->find("<b>"), std::string::npos);
  EXPECT_NE(html->find("&lt;script&gt;alert(1)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_NE(html->find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
            std::string::npos);
  EXPECT_NE(html->find("&#39; onmouseover=&#39;alert(1)"), std::string::npos);
  EXPECT_NE(html->find("bad \xEF\xBF\xBD\xEF\xBF\xBD utf8"), std::string::npos);
  EXPECT_EQ(SanitizeUtf8(*html), *html);  // valid UTF-8 throughout

  const std::set<std::string> kTags = {"div", "p",      "svg",  "rect",
                                       "path", "circle", "span", "ul",
                                       "li",   "small"};
  for (const Tag& t : Tags(*html)) {
    EXPECT_EQ(kTags.count(t.name), 1u) << t.name;
    for (const auto& [name, value] : t.attrs) {
      EXPECT_NE(name.rfind("on", 0), 0u) << name;  // no event handlers
      EXPECT_NE(name, "href");
      EXPECT_NE(name, "src");
      EXPECT_EQ(value.find_first_of("<>\"'"), std::string::npos) << value;
      if (name == "style" || name == "fill" || name == "stroke") {
        // Only computed #rrggbb colours: caller names never get here.
        for (const char* word : {"red", "orange", "green", "white", "url"}) {
          EXPECT_EQ(value.find(word), std::string::npos) << value;
        }
      }
    }
  }
}

TEST(RenderHtml, RefusesAModelWithForeignColoursOrValues) {
  DisplayModel good = *BuildDisplay(Typical());
  ASSERT_TRUE(RenderHtml(good).ok());
  auto refused = [&](auto edit) {
    DisplayModel m = good;
    edit(m);
    return RenderHtml(m).status().code() == ErrorCode::kInvalidArgument;
  };
  EXPECT_TRUE(refused([](DisplayModel& m) { m.bar_colour = "red"; }));
  EXPECT_TRUE(refused(
      [](DisplayModel& m) { m.text_colour = "#000;background:url(x)"; }));
  EXPECT_TRUE(refused([](DisplayModel& m) { m.background = "#FFFFFF"; }));
  EXPECT_TRUE(refused([](DisplayModel& m) { m.locale = "en\" onload=\"x"; }));
  EXPECT_TRUE(refused([](DisplayModel& m) { m.meter_value = NAN; }));
  EXPECT_TRUE(refused([](DisplayModel& m) { m.bar_fraction = 2; }));
  EXPECT_TRUE(refused([](DisplayModel& m) { m.icon = IconShape(7); }));
}

}  // namespace
}  // namespace seamkit::confidence
