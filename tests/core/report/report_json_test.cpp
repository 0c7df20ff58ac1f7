#include "core/report/report_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/report/priority.h"
#include "tests/core/report/fixture_util.h"

namespace seamkit::report {
namespace {

using nlohmann::json;

json Build(const std::string& input, size_t fix_first = 3) {
  StatusOr<std::string> text = BuildReportJson(input, fix_first);
  EXPECT_TRUE(text.ok()) << text.status().message();
  return text.ok() ? json::parse(*text) : json();
}

std::string SamplePage() {
  return testing::ReadSourceFile("tests/fixtures/report/sample-page.json");
}

TEST(BuildReportJson, SamplePageHasVersionSummaryAndGroups) {
  json r = Build(SamplePage());
  EXPECT_EQ(r["format"], "seamkit.report");
  EXPECT_EQ(r["formatVersion"], 1);
  EXPECT_EQ(r["priorityModel"], kPriorityModelVersion);
  EXPECT_EQ(r["summary"]["failures"], 70);
  EXPECT_EQ(r["groups"].size(), r["summary"]["groups"].get<size_t>());
  // Two groups cover every user group the sample page affects (see
  // priority_test.cpp): the signup form, then the 40 links.
  EXPECT_EQ(r["fixFirst"], json::array({2, 0}));
  EXPECT_NE(r["summary"]["sentence"].get<std::string>().find("estimate"),
            std::string::npos);
  double share = r["summary"]["share"];
  EXPECT_GT(share, 0);
  EXPECT_LE(share, r["summary"]["allShare"].get<double>() + 1e-9);
  // Every failure index appears in exactly one group.
  std::vector<int> seen(70, 0);
  for (const json& g : r["groups"]) {
    for (size_t i : g["instances"]) ++seen.at(i);
    EXPECT_GE(g["rank"].get<size_t>(), 1u);
    EXPECT_FALSE(g["fix"]["why"].get<std::string>().empty()) << g["id"];
  }
  for (int n : seen) EXPECT_EQ(n, 1);
}

TEST(BuildReportJson, ContrastGroupCarriesColourFixes) {
  json r = Build(SamplePage());
  const json& g = r["groups"][0];
  EXPECT_EQ(g["rule"], "color-contrast");
  EXPECT_EQ(g["cause"]["kind"], "color-pair");
  EXPECT_EQ(g["instances"].size(), 40u);
  const json& c = g["fix"]["contrast"];
  EXPECT_EQ(c["fg"], "#777777");
  EXPECT_EQ(c["bg"], "#ffffff");
  ASSERT_EQ(c["fixes"].size(), 4u);
  for (const json& f : c["fixes"]) {
    if (!f["reachable"].get<bool>()) continue;
    EXPECT_GE(f["ratio"].get<double>() + 0.005, f["target"].get<double>());
    EXPECT_EQ(f["hex"].get<std::string>().size(), 7u);
  }
  EXPECT_EQ(g["fix"]["language"], "css");
  EXPECT_NE(g["fix"]["snippet"].get<std::string>().find("color: #"),
            std::string::npos);
}

TEST(BuildReportJson, EveryListedSourceIsCited) {
  json r = Build(SamplePage());
  ASSERT_FALSE(r["sources"].empty());
  for (const json& s : r["sources"]) {
    EXPECT_FALSE(s["source"].get<std::string>().empty()) << s["id"];
  }
  EXPECT_FALSE(r["summary"]["method"].get<std::string>().empty());
}

TEST(BuildReportJson, FixFirstCountIsAnOption) {
  EXPECT_EQ(Build(SamplePage(), 1)["fixFirst"].size(), 1u);
  EXPECT_EQ(Build(SamplePage(), 0)["fixFirst"].size(), 0u);
  StatusOr<std::string> bad = BuildReportJson(SamplePage(), 51);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), ErrorCode::kOutOfRange);
}

TEST(BuildReportJson, EmptyInputGivesAnEmptyReport) {
  json r = Build(R"({"format":"seamkit.report-input","version":1,"failures":[]})");
  EXPECT_TRUE(r["groups"].empty());
  EXPECT_TRUE(r["fixFirst"].empty());
  EXPECT_EQ(r["summary"]["share"], 0);
}

TEST(BuildReportJson, BadInputIsATypedError) {
  EXPECT_EQ(BuildReportJson("{").status().code(), ErrorCode::kParse);
  EXPECT_EQ(BuildReportJson(R"({"format":"x"})").status().code(),
            ErrorCode::kMalformed);
}

TEST(BuildReportJson, InvalidUtf8IsReplacedNotThrown) {
  std::string input =
      R"({"format":"seamkit.report-input","version":1,"failures":[)"
      R"({"rule":"image-alt","impact":"critical","selector":"img",)"
      "\"html\":\"<img src=\\\"a\xff.png\\\">\"}]}";
  StatusOr<std::string> text = BuildReportJson(input);
  // nlohmann rejects invalid UTF-8 while parsing: a typed error, no throw.
  if (text.ok()) {
    EXPECT_TRUE(json::accept(*text));
  } else {
    EXPECT_EQ(text.status().code(), ErrorCode::kParse);
  }
}

}  // namespace
}  // namespace seamkit::report
