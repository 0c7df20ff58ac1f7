// valid-lang (ACT de46e4): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "valid-lang";

TEST(ValidLang, ValidTagOnTextPasses) {
  Dom d;
  NodeId p = d.El(d.body, "p", {{"lang", "fr"}});
  d.Text(p, "Bonjour");
  NodeId div = d.El(d.body, "div", {{"lang", "de-CH"}});
  d.El(div, "img", {{"alt", "Matterhorn"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, p), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, div), Outcome::kPassed);
}

TEST(ValidLang, InvalidTagOnTextFails) {
  Dom d;
  NodeId p = d.El(d.body, "p", {{"lang", "dutch"}});
  d.Text(d.El(p, "span"), "Hallo");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, p), Outcome::kFailed);
  EXPECT_EQ(r.nodes[0].data["lang"], "dutch");
}

TEST(ValidLang, BlankGrandfatheredAndLongFormTagsFail) {
  Dom d;
  NodeId blank = d.El(d.body, "p", {{"lang", "  "}});
  d.Text(blank, "Text");
  NodeId irregular = d.El(d.body, "p", {{"lang", "i-lux"}});
  d.Text(irregular, "Text");
  NodeId iso639_2 = d.El(d.body, "p", {{"lang", "eng"}});
  d.Text(iso639_2, "Text");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {blank, irregular, iso639_2}) {
    EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
  }
}

TEST(ValidLang, TextHiddenOnlyFromAssistiveTechStillCounts) {
  Dom d;
  NodeId p = d.El(d.body, "p", {{"lang", "#"}, {"aria-hidden", "true"}});
  d.Text(p, "Visible text");
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), p), Outcome::kFailed);
}

TEST(ValidLang, UnknownThreeLetterSubtagCannotBeTold) {
  Dom d;
  NodeId p = d.El(d.body, "p", {{"lang", "xyz"}});
  d.Text(p, "Text");
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), p), Outcome::kCantTell);
}

TEST(ValidLang, InapplicableWithoutOwnTextOrOutsideBody) {
  Dom d({{"lang", "invalid!"}});
  NodeId empty = d.El(d.body, "p", {{"lang", "#"}});
  NodeId outer = d.El(d.body, "div", {{"lang", "#"}});
  NodeId inner = d.El(outer, "p", {{"lang", "en"}});
  d.Text(inner, "English");
  NodeId gone = d.El(d.body, "p", {{"lang", "#"}});
  d.Style(gone).display = Display::kNone;
  d.Text(gone, "Not rendered");
  NodeId blank = d.El(d.body, "p", {{"lang", ""}});
  d.Text(blank, "Blank lang");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, d.html), Outcome::kInapplicable);
  for (NodeId n : {empty, outer, gone, blank}) {
    EXPECT_EQ(NodeOutcome(r, n), Outcome::kInapplicable) << n;
  }
  EXPECT_EQ(NodeOutcome(r, inner), Outcome::kPassed);
}

}  // namespace
}  // namespace seamkit::a11y
