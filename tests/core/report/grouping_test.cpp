#include "core/report/grouping.h"

#include <gtest/gtest.h>

#include "tests/core/report/fixture_util.h"

namespace seamkit::report {
namespace {

std::vector<FailureNode> SamplePage() {
  return ReadFailuresJson(
             testing::ReadSourceFile("tests/fixtures/report/sample-page.json"))
      .value();
}

TEST(GroupFailures, FortyLowContrastLinksCollapseIntoOneGroup) {
  std::vector<Group> groups = GroupFailures(SamplePage());
  ASSERT_FALSE(groups.empty());
  const Group& links = groups[0];
  EXPECT_EQ(links.rule_id, "color-contrast");
  EXPECT_EQ(links.cause, CauseKind::kColorPair);
  EXPECT_EQ(links.cause_value, "#777777/#ffffff");
  ASSERT_EQ(links.instances.size(), 40u);
  for (size_t i = 0; i < 40; ++i) EXPECT_EQ(links.instances[i], i);
  EXPECT_EQ(links.impact, Impact::kSerious);
  EXPECT_TRUE(links.interactive);
  EXPECT_TRUE(links.in_first_viewport);
  EXPECT_TRUE(links.in_main_or_nav);
  EXPECT_FALSE(links.blocks_task);
  EXPECT_EQ(links.wcag_tags, (std::vector<std::string>{"wcag143", "wcag2aa"}));
}

TEST(GroupFailures, SamplePageHasSevenRootCauses) {
  std::vector<Group> groups = GroupFailures(SamplePage());
  ASSERT_EQ(groups.size(), 7u);
  struct Expected {
    const char* id;
    size_t count;
  } expected[] = {
      {"color-contrast|color-pair:#777777/#ffffff", 40},
      {"image-alt|component:div.gallery", 20},
      {"label|component:form#signup", 5},
      {"html-has-lang|missing-attribute:lang", 1},
      {"image-alt|class-list:.hero", 2},
      {"image-alt|class-list:.logo", 1},
      {"color-contrast|color-pair:#999999/#ffffff", 1},
  };
  for (size_t i = 0; i < groups.size(); ++i) {
    EXPECT_EQ(groups[i].id, expected[i].id);
    EXPECT_EQ(groups[i].instances.size(), expected[i].count) << groups[i].id;
  }
  EXPECT_TRUE(groups[2].blocks_task);
  EXPECT_EQ(groups[2].impact, Impact::kCritical);
  EXPECT_FALSE(groups[5].in_main_or_nav);  // landmark "other"
}

FailureNode Node(const std::string& rule, const std::string& selector) {
  FailureNode f;
  f.rule_id = rule;
  f.selector = selector;
  return f;
}

TEST(GroupFailures, ClassOrderDoesNotSplitAGroupButTheRuleDoes) {
  FailureNode a = Node("link-name", "a#1"), b = Node("link-name", "a#2"),
              c = Node("button-name", "button");
  a.class_list = {"icon", "btn"};
  b.class_list = {"btn", "icon", "btn"};
  c.class_list = {"btn", "icon"};
  std::vector<Group> groups = GroupFailures({a, b, c});
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].id, "link-name|class-list:.btn.icon");
  EXPECT_EQ(groups[0].instances, (std::vector<size_t>{0, 1}));
  EXPECT_EQ(groups[1].rule_id, "button-name");
}

TEST(GroupFailures, NodesSharingNothingStaySingle) {
  std::vector<Group> groups =
      GroupFailures({Node("region", "div#a"), Node("region", "div#b")});
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].cause, CauseKind::kSingle);
  EXPECT_EQ(groups[1].cause_value, "div#b");
}

TEST(GroupFailures, ContrastGroupKeepsTheStrictestFont) {
  FailureNode big = Node("color-contrast", "h1"),
              small = Node("color-contrast", "p");
  big.contrast = ContrastInput{Rgba{119, 119, 119, 1}, Rgba{255, 255, 255, 1},
                               32, 700};
  small.contrast = big.contrast;
  small.contrast->font_size_px = 15;
  small.contrast->font_weight = 400;
  std::vector<Group> groups = GroupFailures({big, small});
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].contrast->font_size_px, 15);
}

TEST(GroupFailures, TranslucentColoursGroupByWhatIsPainted) {
  FailureNode a = Node("color-contrast", "p#a"),
              b = Node("color-contrast", "p#b");
  a.contrast = ContrastInput{Rgba{0, 0, 0, 0.5}, Rgba{255, 255, 255, 1}};
  b.contrast = ContrastInput{Rgba{128, 128, 128, 1}, Rgba{255, 255, 255, 1}};
  std::vector<Group> groups = GroupFailures({a, b});
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].cause_value, "#808080/#ffffff");
}

}  // namespace
}  // namespace seamkit::report
