#include <gtest/gtest.h>

#include "core/report/input.h"
#include "tests/core/report/fixture_util.h"

namespace seamkit::report {
namespace {

std::string Wrap(const std::string& failures) {
  return R"({"format": "seamkit.report-input", "version": 1, "failures": )" +
         failures + "}";
}

TEST(ReadFailuresJson, ReadsTheSamplePageFixture) {
  StatusOr<std::vector<FailureNode>> r = ReadFailuresJson(
      testing::ReadSourceFile("tests/fixtures/report/sample-page.json"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->size(), 70u);
  const FailureNode& first = (*r)[0];
  EXPECT_EQ(first.rule_id, "color-contrast");
  EXPECT_EQ(first.impact, Impact::kSerious);
  EXPECT_EQ(first.landmark, Landmark::kMain);
  EXPECT_TRUE(first.interactive);
  EXPECT_TRUE(first.in_first_viewport);
  ASSERT_TRUE(first.contrast.has_value());
  EXPECT_EQ(ToHex(first.contrast->fg), "#777777");
  EXPECT_EQ(first.contrast->font_size_px, 14);
  EXPECT_EQ((*r)[40].component, "div.gallery");
  EXPECT_EQ((*r)[40].missing_attribute, "alt");
  EXPECT_TRUE((*r)[60].blocks_form_submission);
  EXPECT_EQ((*r)[69].contrast->font_weight, 400);  // the default
}

TEST(ReadFailuresJson, MinimalFailureGetsDefaults) {
  auto r = ReadFailuresJson(Wrap(
      R"([{"rule": "region", "impact": "moderate", "selector": "div"}])"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ((*r)[0].landmark, Landmark::kNone);
  EXPECT_FALSE((*r)[0].interactive);
  EXPECT_FALSE((*r)[0].contrast.has_value());
}

TEST(ReadFailuresJson, NotJsonIsAParseError) {
  EXPECT_EQ(ReadFailuresJson("{nope").status().code(), ErrorCode::kParse);
}

TEST(ReadFailuresJson, WrongFormatOrVersionIsRejected) {
  EXPECT_EQ(ReadFailuresJson(R"({"format": 3})").status().code(),
            ErrorCode::kMalformed);
  EXPECT_EQ(ReadFailuresJson("[]").status().code(), ErrorCode::kMalformed);
  EXPECT_EQ(ReadFailuresJson(
                R"({"format": "seamkit.report-input", "version": 2,
                    "failures": []})")
                .status()
                .code(),
            ErrorCode::kUnsupported);
}

TEST(ReadFailuresJson, BadFieldsNameTheFailureIndex) {
  struct Case {
    const char* failures;
    const char* message_part;
  } cases[] = {
      {R"([{"impact": "minor", "selector": "a"}])", "\"rule\" is missing"},
      {R"([{"rule": "x", "impact": "huge", "selector": "a"}])",
       "unknown impact"},
      {R"([{"rule": "x", "impact": "minor", "selector": 1}])",
       "\"selector\" must be a string"},
      {R"([{"rule": "x", "impact": "minor", "selector": "a",
            "interactive": "yes"}])",
       "\"interactive\" must be a boolean"},
      {R"([{"rule": "x", "impact": "minor", "selector": "a",
            "classes": [1]}])",
       "must hold strings"},
      {R"([{"rule": "x", "impact": "minor", "selector": "a",
            "landmark": "banner"}])",
       "unknown landmark"},
      {R"([{"rule": "x", "impact": "minor", "selector": "a",
            "contrast": {"fg": "currentcolor", "bg": "#fff"}}])",
       "contrast.fg"},
      {R"([{"rule": "x", "impact": "minor", "selector": "a",
            "contrast": {"fg": "#000", "bg": "#fff", "fontSizePx": -1}}])",
       "fontSizePx"},
      {R"([{"rule": "x", "impact": "minor", "selector": "a"}, 7])",
       "failures[1]"},
  };
  for (const Case& c : cases) {
    auto r = ReadFailuresJson(Wrap(c.failures));
    ASSERT_FALSE(r.ok()) << c.failures;
    EXPECT_EQ(r.status().code(), ErrorCode::kMalformed) << c.failures;
    EXPECT_NE(r.status().message().find(c.message_part), std::string::npos)
        << r.status().message();
  }
}

TEST(ReadFailuresJson, OversizedInputIsALimitError) {
  std::string big(kMaxInputBytes + 1, ' ');
  EXPECT_EQ(ReadFailuresJson(big).status().code(),
            ErrorCode::kLimitExceeded);
}

}  // namespace
}  // namespace seamkit::report
