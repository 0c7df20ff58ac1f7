#include "core/report/fix.h"

#include <gtest/gtest.h>

#include "tests/core/report/fixture_util.h"

namespace seamkit::report {
namespace {

struct Sample {
  std::vector<FailureNode> failures;
  std::vector<Group> groups;
};

Sample Load() {
  Sample s;
  s.failures = ReadFailuresJson(testing::ReadSourceFile(
                                    "tests/fixtures/report/sample-page.json"))
                   .value();
  s.groups = GroupFailures(s.failures);
  return s;
}

TEST(SuggestFix, ContrastGroupGetsACssRuleWithThePassingColour) {
  Sample s = Load();
  Fix fix = SuggestFix(s.groups[0], s.failures, DefaultImpactModel());
  EXPECT_EQ(fix.language, "css");
  ASSERT_TRUE(fix.contrast.has_value());
  // #777777 on white: the text fix (#767676) is nearer than darkening the
  // white background.
  EXPECT_EQ(fix.snippet,
            ".more {\n  color: #767676; /* 4.54:1 against #ffffff, WCAG AA "
            "*/\n}\n");
  EXPECT_EQ(fix.why,
            "Text at 4.48:1 contrast is hard to read for people with low "
            "vision; WCAG AA asks for at least 4.50:1.");
}

TEST(SuggestFix, ImagesGetAnAltAttributeInTheirOwnMarkup) {
  Sample s = Load();
  Fix fix = SuggestFix(s.groups[1], s.failures, DefaultImpactModel());
  EXPECT_EQ(fix.language, "html");
  EXPECT_EQ(fix.snippet, "<img alt=\"Describe the image\" src=\"/photos/1.jpg\">\n");
  EXPECT_NE(fix.why.find("alt=\"\""), std::string::npos);  // plain text
}

TEST(SuggestFix, UnlabeledFieldGetsALabelNamedFromItsNameAttribute) {
  Sample s = Load();
  Fix fix = SuggestFix(s.groups[2], s.failures, DefaultImpactModel());
  EXPECT_EQ(fix.suggestion, "Email");
  EXPECT_EQ(fix.suggestion_source, "name attribute");
  EXPECT_EQ(fix.snippet,
            "<label>Email\n  <input name=\"email\" type=\"text\">\n</label>\n");
}

TEST(SuggestFix, PlaceholderIsPreferredToTheName) {
  FailureNode f;
  f.rule_id = "label";
  f.selector = "input";
  f.html = "<input name=\"q\" placeholder=\"Search recipes\">";
  std::vector<Group> groups = GroupFailures({f});
  Fix fix = SuggestFix(groups[0], {f}, DefaultImpactModel());
  EXPECT_EQ(fix.suggestion, "Search recipes");
  EXPECT_EQ(fix.suggestion_source, "placeholder");
}

TEST(SuggestFix, EveryGroupOfTheSamplePageHasAWhy) {
  Sample s = Load();
  for (const Group& g : s.groups) {
    Fix fix = SuggestFix(g, s.failures, DefaultImpactModel());
    EXPECT_FALSE(fix.why.empty()) << g.id;
    EXPECT_FALSE(fix.snippet.empty()) << g.id;
    EXPECT_EQ(fix.why.find('\n'), std::string::npos) << g.id;
  }
}

TEST(SuggestFix, UnknownRuleHasAWhyButNoSnippet) {
  FailureNode f;
  f.rule_id = "made-up";
  f.selector = "div";
  std::vector<Group> groups = GroupFailures({f});
  Fix fix = SuggestFix(groups[0], {f}, DefaultImpactModel());
  EXPECT_TRUE(fix.snippet.empty());
  EXPECT_NE(fix.why.find("made-up"), std::string::npos);
}

TEST(Humanize, TurnsIdentifiersIntoWords) {
  EXPECT_EQ(Humanize("user_email-address"), "User email address");
  EXPECT_EQ(Humanize("--zip"), "Zip");
  EXPECT_EQ(Humanize(""), "");
}

}  // namespace
}  // namespace seamkit::report
