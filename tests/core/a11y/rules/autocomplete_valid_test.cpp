// autocomplete-valid (ACT 73f2c2) and the autofill token grammar.
#include <gtest/gtest.h>

#include "core/a11y/rules/autofill_tokens.h"
#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using rules::AutofillGroup;
using rules::ParseAutofill;
using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

TEST(ParseAutofill, AcceptsTheFullGrammarCaseInsensitively) {
  for (const char* ok : {"username", "Street-Address", "work email",
                         "section-partner email", "section-a billing address-line1",
                         "section-primary shipping work email",
                         "current-password webauthn", "MOBILE tel"}) {
    EXPECT_TRUE(ParseAutofill(ok).valid) << ok;
  }
  EXPECT_EQ(ParseAutofill("bday-month").group, AutofillGroup::kNumeric);
  EXPECT_EQ(ParseAutofill("home impp").field, "impp");
}

TEST(ParseAutofill, RejectsWrongNamesOrdersAndExtras) {
  for (const char* bad : {"badname", "email invalid", "work photo",
                          "work shipping email", "work,email", "shipping", "work",
                          "address-line1 address-line2",
                          "current-password webauthn invalid", "section-x"}) {
    rules::AutofillCheck c = ParseAutofill(bad);
    EXPECT_FALSE(c.valid) << bad;
    EXPECT_FALSE(c.problem.empty()) << bad;
  }
}

TEST(AutofillGroupFitsControl, FollowsTheControlGroupTable) {
  using rules::AutofillGroupFitsControl;
  EXPECT_TRUE(AutofillGroupFitsControl(AutofillGroup::kEmail, "input", "email"));
  EXPECT_FALSE(AutofillGroupFitsControl(AutofillGroup::kEmail, "input", "number"));
  EXPECT_FALSE(AutofillGroupFitsControl(AutofillGroup::kMultiline, "input", "text"));
  EXPECT_TRUE(AutofillGroupFitsControl(AutofillGroup::kMultiline, "textarea", ""));
  EXPECT_TRUE(AutofillGroupFitsControl(AutofillGroup::kNumeric, "select", ""));
  EXPECT_FALSE(AutofillGroupFitsControl(AutofillGroup::kText, "input", "checkbox"));
}

TEST(AutocompleteValid, OutcomesOnFormFields) {
  Dom d;
  NodeId user = d.El(d.body, "input", {{"autocomplete", "username"}});
  NodeId month = d.El(d.body, "select", {{"autocomplete", "bday-month"}});
  NodeId bad = d.El(d.body, "input", {{"autocomplete", "badname"}});
  NodeId wrong_type =
      d.El(d.body, "input", {{"type", "number"}, {"autocomplete", "email"}});
  NodeId role_banner = d.El(d.body, "input", {{"role", "banner"}, {"autocomplete", "banner"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "autocomplete-valid");
  EXPECT_EQ(NodeOutcome(r, user), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, month), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, bad), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, wrong_type), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, role_banner), Outcome::kFailed);
}

TEST(AutocompleteValid, BlankOnOffButtonsDisabledAndHiddenAreInapplicable) {
  Dom d;
  d.El(d.body, "input", {{"autocomplete", " "}});
  d.El(d.body, "input", {{"autocomplete", "off"}});
  d.El(d.body, "input", {{"autocomplete", "On"}});
  d.El(d.body, "input", {{"type", "submit"}, {"autocomplete", "email"}});
  d.El(d.body, "input", {{"type", "hidden"}, {"autocomplete", "bad"}});
  d.El(d.body, "input", {{"aria-disabled", "true"}, {"autocomplete", "bad"}});
  NodeId disabled = d.El(d.body, "input", {{"autocomplete", "bad"}});
  d.builder().SetFlags(disabled, kFlagDisabled);
  NodeId gone = d.El(d.body, "input", {{"autocomplete", "bad"}});
  d.Style(gone).display = Display::kNone;
  d.El(d.body, "div", {{"autocomplete", "bad"}});
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, "autocomplete-valid").outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y
