#include "core/confidence/reasons.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

namespace seamkit::confidence {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const char kFrench[] = R"({
  "locale": "fr",
  "reasons": {"limited-corroboration": "Peu de sources concordantes"},
  "generic": "D'autres facteurs rendent ce résultat incertain",
  "disclaimer": "Estimation automatique, pas une vérification.",
  "verdicts": {"likely-false": "Probablement faux", "unverified": "Non vérifié",
               "likely-true": "Probablement vrai"},
  "labels": {"meter": "Confiance", "percent": "{value} %",
             "value": "Confiance {percent} : {verdict}",
             "value-invalid": "Aucun score valide : {verdict}",
             "percent-invalid": "Aucun score", "raw-score": "Score brut",
             "raw-unavailable": "indisponible",
             "reasons-heading": "Pourquoi cette note"}})";

TEST(DefaultStringTable, IsByteIdenticalToTheJsonFile) {
  std::string file =
      ReadFile(std::string(SEAMKIT_SOURCE_DIR) +
               "/core/confidence/reasons.en.json");
  ASSERT_FALSE(file.empty());
  EXPECT_EQ(std::string(DefaultStringTableJson()), file);
}

TEST(DefaultStringTable, ParsesAndCoversEveryDefaultCode) {
  StatusOr<StringTable> t = ParseStringTable(DefaultStringTableJson());
  ASSERT_TRUE(t.ok()) << t.status().message();
  for (const char* code : kDefaultFactorCodes) {
    EXPECT_EQ(t->reasons.count(code), 1u) << code;
  }
  EXPECT_EQ(t->reasons.size(), kDefaultFactorCodes.size());
  EXPECT_EQ(t->reasons.at("limited-corroboration"),
            "Limited source corroboration");
  EXPECT_EQ(t->verdicts[1], "Unverified");
  EXPECT_EQ(DefaultStringTable().locale, "en");
}

TEST(RankReasons, SortsByAbsoluteWeightAndCutsAtTopK) {
  std::vector<Factor> f = {{"stale-data", 0.1},
                           {"conflicting-sources", -0.9},
                           {"limited-corroboration", 0.5},
                           {"small-text", 0.3}};
  StatusOr<std::vector<Reason>> r = RankReasons(f, DefaultStringTable(), 3);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[0].code, "conflicting-sources");
  EXPECT_EQ((*r)[0].text, "Conflicting information from verified sources");
  EXPECT_DOUBLE_EQ((*r)[0].weight, 0.9);
  EXPECT_EQ((*r)[1].code, "limited-corroboration");
  EXPECT_EQ((*r)[2].code, "small-text");
}

TEST(RankReasons, BreaksTiesByCodeAndMergesDuplicates) {
  std::vector<Factor> f = {{"stale-data", 0.4}, {"small-text", 0.4},
                           {"stale-data", -0.7}};
  std::vector<Reason> r = *RankReasons(f, DefaultStringTable(), 5);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].code, "stale-data");
  EXPECT_DOUBLE_EQ(r[0].weight, 0.7);
  EXPECT_EQ(r[1].code, "small-text");
  std::vector<Reason> tie =
      *RankReasons({{"stale-data", 0.4}, {"small-text", 0.4}},
                   DefaultStringTable(), 5);
  EXPECT_EQ(tie[0].code, "small-text");
}

TEST(RankReasons, MapsUnknownCodesToOneGenericReason) {
  std::vector<Factor> f = {{"made-up", 0.2}, {"<script>", 0.6},
                           {"small-text", 0.3}};
  std::vector<Reason> r = *RankReasons(f, DefaultStringTable(), 5);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].code, kGenericCode);
  EXPECT_EQ(r[0].text, DefaultStringTable().generic);
  EXPECT_DOUBLE_EQ(r[0].weight, 0.6);
  EXPECT_EQ(r[1].code, "small-text");
}

TEST(RankReasons, IsNeverEmpty) {
  for (const auto& f : {std::vector<Factor>{},
                        std::vector<Factor>{{"small-text", 0.0}}}) {
    std::vector<Reason> r = *RankReasons(f, DefaultStringTable(), 3);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].code, kGenericCode);
    EXPECT_FALSE(r[0].text.empty());
  }
}

TEST(RankReasons, RejectsBadInputWithTypedErrors) {
  const StringTable& t = DefaultStringTable();
  EXPECT_EQ(RankReasons({{"small-text", NAN}}, t, 3).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(RankReasons({{"small-text", INFINITY}}, t, 3).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(RankReasons({}, t, 0).status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(RankReasons({}, t, 17).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(RankReasons(std::vector<Factor>(257, {"x", 1}), t, 3)
                .status()
                .code(),
            ErrorCode::kLimitExceeded);
}

TEST(ParseStringTable, UsesACallerTranslation) {
  StatusOr<StringTable> fr = ParseStringTable(kFrench);
  ASSERT_TRUE(fr.ok()) << fr.status().message();
  std::vector<Reason> r =
      *RankReasons({{"limited-corroboration", 0.2}, {"small-text", 0.5}}, *fr, 3);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].code, kGenericCode);  // no French text for small-text
  EXPECT_EQ(r[0].text, fr->generic);
  EXPECT_EQ(r[1].text, "Peu de sources concordantes");
}

StatusOr<StringTable> ParseEdited(const std::string& from,
                                  const std::string& to) {
  std::string text = kFrench;
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
  return ParseStringTable(text);
}

TEST(ParseStringTable, RejectsMalformedTablesWithTypedErrors) {
  EXPECT_EQ(ParseStringTable("not json").status().code(), ErrorCode::kParse);
  EXPECT_EQ(ParseStringTable("{\"locale\": \"\xFF\"}").status().code(),
            ErrorCode::kParse);
  EXPECT_EQ(ParseStringTable("[]").status().code(), ErrorCode::kMalformed);
  EXPECT_EQ(ParseEdited("\"generic\"", "\"generik\"").status().code(),
            ErrorCode::kMalformed);
  EXPECT_EQ(ParseEdited("\"Peu de sources concordantes\"", "3").status().code(),
            ErrorCode::kMalformed);
  EXPECT_EQ(ParseEdited("\"Non vérifié\"", "\"\"").status().code(),
            ErrorCode::kMalformed);
  EXPECT_EQ(ParseEdited("Confiance {percent}", "Confiance").status().code(),
            ErrorCode::kMalformed);
  EXPECT_EQ(ParseEdited("{value} %", "%").status().code(),
            ErrorCode::kMalformed);
  EXPECT_EQ(ParseEdited("\"fr\"", "\"fr\\\" onload=x\"").status().code(),
            ErrorCode::kMalformed);
  EXPECT_EQ(ParseEdited("\"Score brut\"",
                        "\"" + std::string(2000, 'x') + "\"")
                .status()
                .code(),
            ErrorCode::kLimitExceeded);
  EXPECT_EQ(ParseStringTable(std::string(70000, ' ')).status().code(),
            ErrorCode::kLimitExceeded);
}

TEST(FillTemplate, SubstitutesInOnePass) {
  EXPECT_EQ(FillTemplate("{percent} confidence: {verdict}",
                         {{"percent", "{verdict}"}, {"verdict", "Unverified"}}),
            "{verdict} confidence: Unverified");
  EXPECT_EQ(FillTemplate("{other} {", {{"value", "1"}}), "{other} {");
}

}  // namespace
}  // namespace seamkit::confidence
