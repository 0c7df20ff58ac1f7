// html-xml-lang-mismatch (ACT 5b7ae0).
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::RunRule;

Outcome LangOutcome(testing::Attrs html_attrs) {
  Dom d(html_attrs);
  d.Text(d.El(d.body, "p"), "Hello");
  Snapshot s = d.Build();
  return RunRule(s, "html-xml-lang-mismatch").outcome;
}

TEST(HtmlXmlLangMismatch, PrimarySubtagsMustMatch) {
  EXPECT_EQ(LangOutcome({{"lang", "en"}, {"xml:lang", "en"}}), Outcome::kPassed);
  EXPECT_EQ(LangOutcome({{"lang", "en-US"}, {"xml:lang", "EN-gb"}}), Outcome::kPassed);
  EXPECT_EQ(LangOutcome({{"lang", "fr"}, {"xml:lang", "en"}}), Outcome::kFailed);
}

TEST(HtmlXmlLangMismatch, MissingBlankOrInvalidTagsAreInapplicable) {
  EXPECT_EQ(LangOutcome({{"lang", "en"}}), Outcome::kInapplicable);
  EXPECT_EQ(LangOutcome({{"lang", "en"}, {"xml:lang", " "}}), Outcome::kInapplicable);
  EXPECT_EQ(LangOutcome({{"lang", "xyzzy"}, {"xml:lang", "en"}}), Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y
