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

// ---- the packed form ------------------------------------------------------

// A JSON batch input in packed form, as web/confidence/index.js builds it.
struct Packed {
  std::string header;
  std::vector<double> items, factors;
};

double NumberOrNan(const json& v) {
  if (v.is_number()) return v.get<double>();
  if (v == "Infinity") return INFINITY;
  if (v == "-Infinity") return -INFINITY;
  return NAN;
}

Packed Pack(const json& input) {
  Packed p;
  json strings = json::array();
  auto text = [&](const json& item, const char* key) -> double {
    auto it = item.find(key);
    if (it == item.end() || !it->is_string()) return -1;
    strings.push_back(*it);
    return static_cast<double>(strings.size() - 1);
  };
  for (const json& item : input["items"]) {
    double first = static_cast<double>(p.factors.size() / 2), count = 0;
    if (item.contains("factors")) {
      for (const json& f : item["factors"]) {
        p.factors.push_back(text(f, "code"));
        p.factors.push_back(f.contains("weight") ? NumberOrNan(f["weight"]) : 0);
        ++count;
      }
    }
    bool has_raw = item.contains("raw") && !item["raw"].is_null();
    double words[kPackedItemWords] = {
        item.value("context", 0.0),
        item.contains("calibrated") ? NumberOrNan(item["calibrated"]) : NAN,
        has_raw ? NumberOrNan(item["raw"]) : NAN,
        has_raw ? 1.0 : 0.0,
        item.contains("verdictKind") && item["verdictKind"].is_number()
            ? item["verdictKind"].get<double>() : NAN,
        text(item, "verdictLabel"),
        text(item, "claim"),
        item.contains("topK") ? item["topK"].get<double>() : NAN,
        first,
        count};
    p.items.insert(p.items.end(), std::begin(words), std::end(words));
  }
  json header{{"strings", strings}};
  if (input.contains("contexts")) header["contexts"] = input["contexts"];
  p.header = header.dump();
  return p;
}

// Item i of a packed answer, as named fields (errors as {code, message}),
// its reasons as [code, text, weight] triples of texts.
json NamedPacked(const PackedDisplays& out, size_t i) {
  json strings = json::parse(out.strings_json);
  const double* w = out.words.data() + i * kPackedDisplayWords;
  auto text = [&](double x) { return strings.at(static_cast<size_t>(x)); };
  if (w[0] != 1) return json{{"code", text(w[1])}, {"message", text(w[2])}};
  json named = json::object();
  size_t k = 1;
  for (const char* field : kBatchFields) {
    std::string name = field;
    if (name == "reasons") {
      json reasons = json::array();
      for (size_t r = static_cast<size_t>(w[k]); r < w[k] + w[k + 1]; ++r) {
        reasons.push_back({text(out.reasons[3 * r]), text(out.reasons[3 * r + 1]),
                           out.reasons[3 * r + 2]});
      }
      named[name] = reasons;
      k += 2;
      continue;
    }
    double v = w[k++];
    bool boolean = name == "scoreValid" || name == "paletteCvdDistinct";
    bool number = boolean || name == "verdictKind" || name == "calibrated" ||
                  name == "raw" || name == "meterValue" ||
                  name == "barFraction" ||
                  name.find("Contrast") != std::string::npos;
    named[name] = boolean ? json(v == 1)
                  : number ? (std::isnan(v) ? json() : json(v))
                           : text(v);
  }
  return named;
}

// The JSON answer's item i in the same shape.
json NamedJson(const json& out, size_t i) {
  json n = Named(out, i);
  if (!out["displays"][i].is_array()) return n;
  json reasons = json::array();
  const json& flat = n["reasons"];
  for (size_t r = 0; r + 2 < flat.size(); r += 3) {
    reasons.push_back({out["strings"][flat[r].get<size_t>()],
                       out["strings"][flat[r + 1].get<size_t>()], flat[r + 2]});
  }
  n["reasons"] = reasons;
  for (const char* f : {"verdictKind", "meterValue", "barFraction", "calibrated",
                        "raw", "barContrast", "textContrast", "bodyTextContrast"}) {
    if (n[f].is_number()) n[f] = n[f].get<double>();
  }
  return n;
}

// Both forms of one batch give the same answer, item by item.
void ExpectPackedEqualsJson(const json& input) {
  StatusOr<std::string> j = BuildDisplaysJson(input.dump());
  ASSERT_TRUE(j.ok()) << j.status().message();
  json jo = json::parse(*j);
  Packed p = Pack(input);
  StatusOr<PackedDisplays> po = BuildDisplaysPacked(p.header, p.items, p.factors);
  ASSERT_TRUE(po.ok()) << po.status().message();
  ASSERT_EQ(po->words.size(), jo["displays"].size() * kPackedDisplayWords);
  for (size_t i = 0; i < jo["displays"].size(); ++i) {
    EXPECT_EQ(NamedPacked(*po, i), NamedJson(jo, i)) << "item " << i;
  }
}

TEST(DisplayBatchPacked, EqualsTheJsonFormItemByItem) {
  json items = json::array();
  for (int i = 0; i < 200; ++i) {
    double p = (i * 7919 % 1000) / 1000.0;
    json item{{"context", i % 3}, {"calibrated", p}, {"claim", "claim " + std::to_string(i)}};
    if (i % 4) item["raw"] = i / 10.0 - 10;
    if (i % 5 == 0) item["verdictKind"] = i % 3;
    if (i % 7 == 0) item["verdictLabel"] = "label " + std::to_string(i % 2);
    if (i % 11 == 0) item["topK"] = 1 + i % 3;
    json factors = json::array();
    for (int f = 0; f < i % 4; ++f) {
      factors.push_back({{"code", f % 2 ? "conflicting-sources" : "unknown-" + std::to_string(f)},
                         {"weight", 0.25 * f + 0.1}});
    }
    item["factors"] = factors;
    items.push_back(item);
  }
  // Invalid scores, non-finite numbers and items that fail on their own.
  items.push_back({{"calibrated", "NaN"}});
  items.push_back({{"calibrated", 0.5}, {"raw", "Infinity"}});
  items.push_back({{"calibrated", 1.5}, {"claim", "caf\u00e9 \u2713"}});
  items.push_back({{"calibrated", 0.5}, {"topK", 0}});
  items.push_back({{"calibrated", 0.5}, {"verdictKind", 7}});
  items.push_back({{"calibrated", 0.5}, {"factors", json::array({{{"code", "x"}, {"weight", "NaN"}}})}});
  items.push_back({{"context", 3}, {"calibrated", 0.5}});
  ExpectPackedEqualsJson({{"contexts", json::array({
                              {{"background", "#ffffff"}, {"policy", {{"low", 0.2}, {"high", 0.8}}}},
                              {{"background", "#14161a"}},
                              {{"palette", json::array({"#0000ff", "#888888", "#ff8800"})}},
                              {{"background", "not a colour"}}})},
                          {"items", items}});
  // No contexts given: the default one.
  ExpectPackedEqualsJson({{"items", json::array({{{"calibrated", 0.3}}, {{"calibrated", 0.97}}})}});
}

TEST(DisplayBatchPacked, TooManyFactorsIsThatItemsError) {
  json factors = json::array();
  for (int f = 0; f < 257; ++f) factors.push_back({{"code", "c"}, {"weight", 1}});
  ExpectPackedEqualsJson({{"items", json::array({{{"calibrated", 0.5}, {"factors", factors}},
                                                  {{"calibrated", 0.5}}})}});
}

TEST(DisplayBatchPacked, WholeCallErrors) {
  const std::vector<double> one = {0, 0.5, NAN, 0, NAN, -1, -1, NAN, 0, 0};
  auto code = [](std::string_view header, std::vector<double> items,
                 std::vector<double> factors = {}) {
    return BuildDisplaysPacked(header, items, factors).status().code();
  };
  EXPECT_EQ(code("{", one), ErrorCode::kParse);
  EXPECT_EQ(code("[]", one), ErrorCode::kMalformed);
  EXPECT_EQ(code(R"({"strings":"x"})", one), ErrorCode::kMalformed);
  EXPECT_EQ(code(R"({"strings":[1]})", one), ErrorCode::kMalformed);
  EXPECT_EQ(code(R"({"contexts":[]})", one), ErrorCode::kMalformed);
  EXPECT_EQ(code("{}", {0, 0.5}), ErrorCode::kMalformed);  // not whole records
  EXPECT_EQ(code("{}", one, {0}), ErrorCode::kMalformed);
  auto with = [&](size_t word, double v) {
    std::vector<double> items = one;
    items[word] = v;
    return items;
  };
  // Indices that are not integers in range: context, strings, factor range.
  for (double bad : {1.0, -1.0, 0.5, static_cast<double>(NAN), static_cast<double>(INFINITY)}) {
    EXPECT_EQ(code("{}", with(0, bad)), ErrorCode::kMalformed) << bad;
  }
  EXPECT_EQ(code(R"({"strings":["a"]})", with(6, 1)), ErrorCode::kMalformed);
  EXPECT_EQ(code(R"({"strings":["a"]})", with(5, 0.5)), ErrorCode::kMalformed);
  EXPECT_EQ(code("{}", with(9, 1), {-1, 0.5}), ErrorCode::kOk);
  EXPECT_EQ(code("{}", with(9, 2), {-1, 0.5}), ErrorCode::kMalformed);
  EXPECT_EQ(code("{}", with(8, 1), {-1, 0.5}), ErrorCode::kOk);  // empty range at the end
  EXPECT_EQ(code("{}", with(8, 2), {-1, 0.5}), ErrorCode::kMalformed);
  EXPECT_EQ(code("{}", with(9, 1), {3, 0.5}), ErrorCode::kMalformed);  // code index
  StatusOr<PackedDisplays> empty = BuildDisplaysPacked("{}", {}, {});
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->words.empty());
  EXPECT_EQ(empty->strings_json, "[]");
}

}  // namespace
}  // namespace seamkit::confidence
