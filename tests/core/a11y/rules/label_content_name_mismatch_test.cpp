// label-content-name-mismatch (ACT 2ee8b8).
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

NodeId Link(Dom& d, std::string_view label, std::string_view text) {
  NodeId a = d.El(d.body, "a", {{"href", "/"}, {"aria-label", label}});
  d.Focusable(a);
  d.Text(a, text);
  return a;
}

TEST(LabelContentNameMismatch, VisibleTextMustBeInTheName) {
  Dom d;
  NodeId same = Link(d, " act rules ", "ACT  rules");
  NodeId prefix = Link(d, "Next Page in the list", "Next Page");
  NodeId other = Link(d, "WCAG", "ACT rules");
  NodeId partial = Link(d, "the full", "The full label");
  NodeId glued = Link(d, "nextpage", "next page");
  NodeId inside_word = Link(d, "unhappy path", "happy path");
  NodeId digits = Link(d, "1 2 3. 4 5 6", "123.456");
  NodeId glyph = Link(d, "Close", "X");
  NodeId ligature = Link(d, "Find", "search");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "label-content-name-mismatch");
  EXPECT_EQ(NodeOutcome(r, same), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, prefix), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, other), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, partial), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, glued), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, inside_word), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, digits), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, glyph), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, ligature), Outcome::kCantTell);
}

TEST(LabelContentNameMismatch, ALowercaseWordIsNoLigatureWithoutWebFonts) {
  // ACT 2ee8b8 failed example 4: "nonstandard" named "non-standard". With no
  // web font in the document no ligature can turn the word into an icon.
  DocumentInfo no_fonts;
  no_fonts.web_fonts = false;
  Dom d({{"lang", "en"}}, no_fonts);
  NodeId word = Link(d, "non-standard", "nonstandard");
  NodeId ligature = Link(d, "Find", "search");
  NodeId inside = Link(d, "search the site", "search");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "label-content-name-mismatch");
  EXPECT_EQ(NodeOutcome(r, word), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, ligature), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, inside), Outcome::kPassed);

  Dom fonts;  // unknown fonts (the default): the same word may be an icon.
  NodeId maybe = Link(fonts, "non-standard", "nonstandard");
  Snapshot s2 = fonts.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s2, "label-content-name-mismatch"), maybe),
            Outcome::kCantTell);
}

TEST(LabelContentNameMismatch, NameFromContentPassesEvenWithAnImageInside) {
  Dom d;
  NodeId a = d.El(d.body, "a", {{"href", "/r.pdf"}});
  d.Focusable(a);
  d.Text(a, "Download ");
  d.El(a, "img", {{"alt", "PDF"}});
  d.Text(a, " report");
  Snapshot s = d.Build();
  AuditContext ctx(s);
  ASSERT_EQ(ctx.Name(a).source, NameSource::kContents);
  EXPECT_EQ(NodeOutcome(RunRule(s, "label-content-name-mismatch"), a), Outcome::kPassed);
}

TEST(LabelContentNameMismatch, NonWidgetsTextFieldsAndImageLinksAreInapplicable) {
  Dom d;
  NodeId nav = d.El(d.body, "nav", {{"aria-label", "main nav"}});
  d.Text(nav, "W3C navigation");
  d.El(d.body, "input", {{"type", "email"}, {"aria-label", "E-mail"}, {"value", "x"}});
  NodeId tip = d.El(d.body, "div", {{"role", "tooltip"}, {"aria-label", "OK"}});
  d.Text(tip, "Next");
  NodeId a = d.El(d.body, "a", {{"href", "/"}, {"aria-label", "W3C home"}});
  d.El(a, "img", {{"alt", "w3c logo"}});
  NodeId hidden = Link(d, "WCAG", "ACT rules");
  d.Style(hidden).display = Display::kNone;
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, "label-content-name-mismatch").outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y
