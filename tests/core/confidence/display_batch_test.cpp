#include "core/confidence/display_batch.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/confidence/display.h"

namespace seamkit::confidence {
namespace {

using nlohmann::json;

json RunBatch(const json& input) {
  StatusOr<std::string> out = BuildDisplaysJson(input.dump());
  EXPECT_TRUE(out.ok()) << out.status().message();
  return out.ok() ? json::parse(*out) : json();
}

// The batch entry of item i, turned back into named fields.
json Named(const json& out, size_t i) {
  const json& e = out["displays"][i];
  if (e.is_object()) return e;
  const json& strings = out["strings"];
  json named = json::object();
  for (size_t f = 0; f < kBatchFields.size(); ++f) {
    std::string name = kBatchFields[f];
    const json& v = e[f];
    bool text = name != "scoreValid" && name != "verdictKind" &&
                name != "calibrated" && name != "raw" &&
                name != "meterValue" && name != "barFraction" &&
                name != "reasons" && name != "paletteCvdDistinct" &&
                name.find("Contrast") == std::string::npos;
    named[name] = text ? strings[v.get<size_t>()] : v;
  }
  return named;
}

void ExpectSame(const DisplayModel& m, const json& n) {
  EXPECT_EQ(n["verdictId"], m.verdict_id);
  EXPECT_EQ(n["verdictKind"], m.verdict_kind);
  EXPECT_EQ(n["verdictText"], m.verdict_text);
  EXPECT_EQ(n["claim"], m.claim);
  EXPECT_EQ(n["percentText"], m.percent_text);
  EXPECT_EQ(n["rawText"], m.raw_text);
  EXPECT_EQ(n["ariaValueText"], m.aria_valuetext);
  EXPECT_EQ(n["disclaimer"], m.disclaimer);
  EXPECT_EQ(n["icon"], m.icon_id);
  EXPECT_EQ(n["barColour"], m.bar_colour);
  EXPECT_EQ(n["trackColour"], m.track_colour);
  EXPECT_EQ(n["textColour"], m.text_colour);
  EXPECT_EQ(n["bodyTextColour"], m.body_text_colour);
  EXPECT_DOUBLE_EQ(n["meterValue"].get<double>(), m.meter_value);
  EXPECT_DOUBLE_EQ(n["barContrast"].get<double>(), m.bar_contrast);
  ASSERT_EQ(n["reasons"].size(), m.reasons.size() * 3);
}

TEST(DisplayBatch, EachEntryEqualsTheSingleDisplay) {
  json items = json::array();
  std::vector<DisplayInput> singles;
  for (int i = 0; i < 300; ++i) {
    double p = (i * 7919 % 1000) / 1000.0 + (i % 7) * 1e-4;
    if (p > 1) p = 1;
    json item{{"context", i % 2},
              {"calibrated", p},
              {"raw", i / 10.0 - 15},
              {"claim", "claim " + std::to_string(i)},
              {"factors", json::array({{{"code", i % 3 ? "limited-corroboration"
                                                     : "no-such-code"},
                                        {"weight", 0.5}}})}};
    items.push_back(item);
    DisplayInput d;
    d.calibrated = p;
    d.raw_score = i / 10.0 - 15;
    d.claim = "claim " + std::to_string(i);
    d.factors = {{i % 3 ? "limited-corroboration" : "no-such-code", 0.5}};
    d.background = i % 2 ? "#14161a" : "#ffffff";
    // The contexts' policies: 0.2/0.8 and the default 0.05/0.95.
    double low = i % 2 ? 0.05 : 0.2, high = i % 2 ? 0.95 : 0.8;
    d.verdict_kind = p <= low ? 0 : p >= high ? 2 : 1;
    singles.push_back(d);
  }
  json out = RunBatch({{"contexts", json::array({
                            {{"background", "#ffffff"},
                             {"policy", {{"low", 0.2}, {"high", 0.8}}}},
                            {{"background", "#14161a"}}})},
                       {"items", items}});
  ASSERT_EQ(out["displays"].size(), singles.size());
  for (size_t i = 0; i < singles.size(); ++i) {
    StatusOr<DisplayModel> m = BuildDisplay(singles[i]);
    ASSERT_TRUE(m.ok());
    SCOPED_TRACE(i);
    ExpectSame(*m, Named(out, i));
  }
  // Shared texts are written once: far fewer strings than fields.
  EXPECT_LT(out["strings"].size(), 300u * 5);
}

TEST(DisplayBatch, NonFiniteNumbersAsStringsAndInvalidScores) {
  json out = RunBatch({{"items", json::array({
      {{"calibrated", "NaN"}},
      {{"calibrated", 0.5}, {"raw", "Infinity"}},
      {{"calibrated", 1.5}},
      {{"calibrated", 0.5}},
  })}});
  for (int i = 0; i < 3; ++i) {
    json n = Named(out, i);
    EXPECT_EQ(n["scoreValid"], false) << i;
    EXPECT_EQ(n["verdictId"], "unverified") << i;
    EXPECT_TRUE(n["calibrated"].is_null()) << i;
  }
  json ok = Named(out, 3);
  EXPECT_EQ(ok["scoreValid"], true);
  EXPECT_EQ(ok["rawText"], "not available");  // no raw given
}

TEST(DisplayBatch, ErrorsStayWithTheirItemOrContext) {
  json out = RunBatch({{"contexts", json::array({json::object(),
                                                 {{"background", "nope"}},
                                                 {{"policy", {{"low", 0.9}, {"high", 0.1}}}}})},
                       {"items", json::array({
                           {{"context", 0}, {"calibrated", 0.5}, {"topK", 0}},
                           {{"context", 1}, {"calibrated", 0.5}},
                           {{"context", 2}, {"calibrated", 0.5}},
                           {{"context", 0}, {"calibrated", 0.5}, {"factors", 3}},
                           {{"context", 0}, {"calibrated", 0.5}},
                       })}});
  const json& d = out["displays"];
  EXPECT_EQ(d[0]["code"], "E_INVALID_ARGUMENT");
  EXPECT_EQ(d[1]["code"], "E_PARSE");
  EXPECT_EQ(d[2]["code"], "E_INVALID_ARGUMENT");
  EXPECT_EQ(d[3]["code"], "E_MALFORMED");
  EXPECT_TRUE(d[4].is_array());
}

TEST(DisplayBatch, WholeCallErrors) {
  EXPECT_EQ(BuildDisplaysJson("{").status().code(), ErrorCode::kParse);
  EXPECT_EQ(BuildDisplaysJson("[]").status().code(), ErrorCode::kMalformed);
  EXPECT_EQ(BuildDisplaysJson(R"({"items":[1]})").status().code(),
            ErrorCode::kMalformed);
  EXPECT_EQ(BuildDisplaysJson(R"({"items":[{"context":3}]})").status().code(),
            ErrorCode::kMalformed);
  EXPECT_EQ(BuildDisplaysJson(R"({"contexts":[],"items":[]})").status().code(),
            ErrorCode::kMalformed);
  StatusOr<std::string> empty = BuildDisplaysJson(R"({"items":[]})");
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(json::parse(*empty)["displays"].size(), 0u);
}

TEST(DisplayBatch, BarColourIsTheRampAtTheMetersResolution) {
  DisplayInput a, b;
  a.calibrated = 0.7204;
  b.calibrated = 0.7196;  // both 72.0 % on the meter
  StatusOr<DisplayModel> ma = BuildDisplay(a), mb = BuildDisplay(b);
  ASSERT_TRUE(ma.ok() && mb.ok());
  EXPECT_EQ(ma->bar_colour, mb->bar_colour);
  EXPECT_DOUBLE_EQ(ma->bar_fraction, 0.7204);  // the bar's length stays exact
}

TEST(DisplayBatch, RepeatedCallsThroughTheContextCacheGiveTheSameAnswers) {
  // Twelve backgrounds cycle through the eight-entry cache (evictions
  // included); every answer must equal the first one for its input.
  std::vector<std::string> first;
  for (int round = 0; round < 3; ++round) {
    for (int b = 0; b < 12; ++b) {
      char bg[8];
      std::snprintf(bg, sizeof bg, "#%02x%02x%02x", b * 20, 255 - b * 20, 128);
      json input{{"contexts", json::array({{{"background", bg}}, json::object()})},
                 {"items", json::array()}};
      for (int i = 0; i < 20; ++i) {
        input["items"].push_back({{"context", i % 2}, {"calibrated", i / 19.0}});
      }
      StatusOr<std::string> out = BuildDisplaysJson(input.dump());
      ASSERT_TRUE(out.ok());
      if (round == 0) {
        first.push_back(*out);
      } else {
        EXPECT_EQ(*out, first[b]) << "round " << round << " background " << bg;
      }
    }
  }
}

}  // namespace
}  // namespace seamkit::confidence
