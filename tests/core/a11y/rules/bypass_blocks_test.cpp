// bypass (ACT cf77f2), page-has-heading (047fe0), landmark-main-content
// (b40fd1), skip-link (ye5d6e): pass on evidence, cantTell without.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr const char* kRules[] = {"bypass", "page-has-heading",
                                  "landmark-main-content", "skip-link"};

// <nav> with a heading and a link, as repeated content.
void AddNav(Dom& d) {
  NodeId nav = d.El(d.body, "nav");
  d.Text(d.El(nav, "h1"), "Contents");
  NodeId a = d.El(nav, "a", {{"href", "/chapter2"}});
  d.Focusable(a);
  d.Text(a, "Chapter 2");
}

TEST(BypassBlocks, PageWithoutEvidenceIsCantTellNeverFailed) {
  Dom d;
  AddNav(d);
  NodeId skip_nowhere = d.El(d.body, "a", {{"href", "#missing"}});
  d.Focusable(skip_nowhere);
  d.Text(skip_nowhere, "Skip");
  NodeId hidden_main = d.El(d.body, "main", {{"aria-hidden", "true"}});
  d.Text(d.El(hidden_main, "h1"), "Chapter 1");
  Snapshot s = d.Build();
  for (const char* id : kRules) {
    RuleResult r = RunRule(s, id);
    EXPECT_EQ(r.outcome, Outcome::kCantTell) << id;
    EXPECT_EQ(NodeOutcome(r, d.html), Outcome::kCantTell) << id;
  }
}

TEST(BypassBlocks, HeadingMainLandmarkOrSkipLinkPass) {
  Dom d;
  NodeId skip = d.El(d.body, "a", {{"href", "#main"}});
  d.Focusable(skip);
  d.Text(skip, "Skip to main content");
  AddNav(d);
  NodeId main = d.El(d.body, "main", {{"id", "main"}});
  d.Text(d.El(main, "h1"), "Chapter 1");
  d.Text(d.El(main, "p"), "Unity succeeds division.");
  Snapshot s = d.Build();
  for (const char* id : kRules) {
    EXPECT_EQ(RunRule(s, id).outcome, Outcome::kPassed) << id;
  }
}

TEST(BypassBlocks, OneMechanismIsEnoughForTheComposite) {
  Dom d;
  AddNav(d);
  NodeId main = d.El(d.body, "div", {{"role", "main"}});
  d.Text(d.El(main, "p"), "Unity succeeds division.");
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, "landmark-main-content").outcome, Outcome::kPassed);
  EXPECT_EQ(RunRule(s, "page-has-heading").outcome, Outcome::kCantTell);
  EXPECT_EQ(RunRule(s, "skip-link").outcome, Outcome::kCantTell);
  EXPECT_EQ(RunRule(s, "bypass").outcome, Outcome::kPassed);
}

TEST(BypassBlocks, BackwardLinksDoNotSkip) {
  Dom d;
  NodeId target = d.El(d.body, "div", {{"id", "top"}});
  d.Text(target, "Top");
  NodeId up = d.El(d.body, "a", {{"href", "#top"}});
  d.Focusable(up);
  d.Text(up, "Back to top");
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, "skip-link").outcome, Outcome::kCantTell);
}

// An off-screen heading is no visible heading; a link into an aside skips
// to repeated content, not past it.
TEST(BypassBlocks, OffScreenHeadingAndLinksIntoAsidesAreNoEvidence) {
  Dom d;
  NodeId skip = d.El(d.body, "a", {{"href", "#about"}});
  d.Focusable(skip);
  d.Text(skip, "Skip to main content");
  NodeId aside = d.El(d.body, "aside");
  d.Text(d.El(aside, "p", {{"id", "about"}}), "About the book");
  NodeId content = d.El(d.body, "div");
  NodeId h1 = d.El(content, "h1");
  d.Text(h1, "Chapter 1");
  d.Data(h1).box = {0, -999, 300, 37};
  d.Style(h1).position = Position::kAbsolute;
  d.Text(d.El(content, "p"), "Unity succeeds division.");
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, "page-has-heading").outcome, Outcome::kCantTell);
  EXPECT_EQ(RunRule(s, "skip-link").outcome, Outcome::kCantTell);
  EXPECT_EQ(RunRule(s, "bypass").outcome, Outcome::kCantTell);
}

TEST(BypassBlocks, PageWithoutTextIsInapplicable) {
  Dom d;
  d.El(d.body, "div");
  Snapshot s = d.Build();
  for (const char* id : kRules) {
    EXPECT_EQ(RunRule(s, id).outcome, Outcome::kInapplicable) << id;
  }
}

}  // namespace
}  // namespace seamkit::a11y
