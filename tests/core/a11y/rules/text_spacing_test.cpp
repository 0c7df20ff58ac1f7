// letter-spacing-important (24afc2), word-spacing-important (9e45ec),
// line-height-important (78fd32).
#include <gtest/gtest.h>

#include "core/a11y/rules/text_spacing.h"
#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using rules::ImportantDeclaration;
using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

TEST(ImportantDeclaration, CascadesImportanceThenOrder) {
  EXPECT_EQ(ImportantDeclaration("letter-spacing: 0.1em !important", "letter-spacing"),
            "0.1em");
  EXPECT_EQ(ImportantDeclaration("Letter-Spacing:1px!IMPORTANT;letter-spacing:2px ! important",
                                 "letter-spacing"),
            "2px");
  EXPECT_EQ(ImportantDeclaration("word-spacing: 3px !important; word-spacing: 1px",
                                 "word-spacing"),
            "3px");
  EXPECT_FALSE(ImportantDeclaration("letter-spacing: 2px", "letter-spacing"));
  EXPECT_FALSE(ImportantDeclaration("word-spacing: 2px !important", "letter-spacing"));
  EXPECT_FALSE(ImportantDeclaration("color: red; ; :", "letter-spacing"));
}

// A <p> with `style` and a computed letter-spacing/word-spacing.
NodeId Para(Dom& d, NodeId parent, std::string_view style, float px,
            bool word = false) {
  NodeId p = d.El(parent, "p", {{"style", style}});
  if (word) {
    d.Style(p).word_spacing_px = px;
  } else {
    d.Style(p).letter_spacing_px = px;
  }
  d.Text(p, "The toy brought back fond memories");
  return p;
}

TEST(LetterSpacingImportant, ComparesWithTheFontSize) {
  Dom d;
  NodeId narrow = Para(d, d.body, "letter-spacing: 0.1em !important", 1.6f);
  NodeId wide = Para(d, d.body, "letter-spacing: 0.15em !important", 2.4f);
  NodeId normal = Para(d, d.body, "letter-spacing: normal !important", 0);
  NodeId plain = Para(d, d.body, "letter-spacing: 0.1em", 1.6f);
  NodeId inherit = Para(d, d.body, "letter-spacing: inherit !important", 0);
  NodeId empty = d.El(d.body, "div", {{"style", "letter-spacing: 0 !important"}});
  d.Data(empty).box = {0, 0, 0, 0};
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "letter-spacing-important");
  EXPECT_EQ(NodeOutcome(r, narrow), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, wide), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, normal), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, plain), Outcome::kInapplicable);
  EXPECT_EQ(NodeOutcome(r, inherit), Outcome::kInapplicable);
  EXPECT_EQ(NodeOutcome(r, empty), Outcome::kInapplicable);
}

TEST(LetterSpacingImportant, TextThatOverridesTheValueDoesNotCount) {
  Dom d;
  NodeId div = d.El(d.body, "div", {{"style", "letter-spacing: 0.1em !important"}});
  d.Style(div).letter_spacing_px = 1.6f;
  Para(d, div, "letter-spacing: 0.2em !important", 3.2f);
  NodeId big = d.El(d.body, "div", {{"style", "letter-spacing: 2px !important"}});
  d.Style(big).letter_spacing_px = 2;
  NodeId small = Para(d, big, "font-size: 10px", 2);  // inherits 2px
  d.Style(small).font_size_px = 10;
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "letter-spacing-important");
  EXPECT_EQ(NodeOutcome(r, div), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, big), Outcome::kPassed);
}

TEST(WordSpacingImportant, UsesTheSixteenHundredthsThreshold) {
  Dom d;
  NodeId narrow = Para(d, d.body, "word-spacing: 0.15em !important", 2.4f, true);
  NodeId wide = Para(d, d.body, "word-spacing: 0.2em !important", 3.2f, true);
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "word-spacing-important");
  EXPECT_EQ(NodeOutcome(r, narrow), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, wide), Outcome::kPassed);
}

// A <p> with an !important line height `lh_px` and `lines` lines of text.
NodeId Lines(Dom& d, std::string_view style, float lh_px, int lines) {
  NodeId p = d.El(d.body, "p", {{"style", style}});
  d.Style(p).line_height_px = lh_px;
  d.Data(p).box = {0, 0, 200, lh_px > 0 ? lh_px * lines : 18.4f * lines};
  d.Text(p, "The toy brought back fond memories of being lost in the rain forest.");
  return p;
}

TEST(LineHeightImportant, OnlyWrappedTextCounts) {
  Dom d;
  NodeId tight = Lines(d, "line-height: 1em !important", 16, 4);
  NodeId loose = Lines(d, "line-height: 2em !important", 32, 3);
  NodeId normal = Lines(d, "line-height: normal !important", -1, 4);
  NodeId one_line = Lines(d, "line-height: 1em !important", 16, 1);
  NodeId unsure = Lines(d, "line-height: 1em !important", 16, 1);
  d.Data(unsure).box.height = 24;  // 1.5 lines: padding or a second line?
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "line-height-important");
  EXPECT_EQ(NodeOutcome(r, tight), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, loose), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, normal), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, one_line), Outcome::kInapplicable);
  EXPECT_EQ(NodeOutcome(r, unsure), Outcome::kCantTell);
  ASSERT_FALSE(r.nodes.empty());
  EXPECT_EQ(r.nodes[0].data["declared"], "1em");
  EXPECT_EQ(r.nodes[0].data["fontSize"], 16.0);
}

}  // namespace
}  // namespace seamkit::a11y
