// html-lang-valid (ACT bf051a): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "html-lang-valid";

Outcome HtmlOutcome(std::string_view lang) {
  Dom d({{"lang", lang}});
  Snapshot s = d.Build();
  return NodeOutcome(RunRule(s, kRule), d.html);
}

TEST(HtmlLangValid, RegisteredPrimarySubtagPasses) {
  EXPECT_EQ(HtmlOutcome("en"), Outcome::kPassed);
  EXPECT_EQ(HtmlOutcome(" FR-ca "), Outcome::kPassed);
  EXPECT_EQ(HtmlOutcome("yue-Hant-HK"), Outcome::kPassed);
  EXPECT_EQ(HtmlOutcome("qab"), Outcome::kPassed);  // private-use range
}

TEST(HtmlLangValid, UnregisteredOrMalformedPrimarySubtagFails) {
  EXPECT_EQ(HtmlOutcome("english"), Outcome::kFailed);
  EXPECT_EQ(HtmlOutcome("#fr"), Outcome::kFailed);
  EXPECT_EQ(HtmlOutcome("zz"), Outcome::kFailed);
  // ISO 639-2 form of a language the registry lists by its 2-letter code.
  EXPECT_EQ(HtmlOutcome("eng"), Outcome::kFailed);
}

TEST(HtmlLangValid, UnknownThreeLetterSubtagCannotBeTold) {
  EXPECT_EQ(HtmlOutcome("xyz"), Outcome::kCantTell);
}

TEST(HtmlLangValid, MissingOrBlankLangIsInapplicable) {
  Dom a({});
  Snapshot sa = a.Build();
  EXPECT_EQ(RunRule(sa, kRule).outcome, Outcome::kInapplicable);
  Dom b({{"lang", "  "}});
  Snapshot sb = b.Build();
  EXPECT_EQ(RunRule(sb, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y
