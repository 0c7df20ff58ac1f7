// Value validation, including every value of the ACT rule 6a7281 examples.
#include "core/a11y/aria_values.h"

#include <gtest/gtest.h>

#include <string>

namespace seamkit::a11y {
namespace {

bool Ok(std::string_view attr, std::string_view value) {
  return ValidateAriaValue(attr, value).valid;
}

TEST(ValidateAriaValue, AgreesWithActRule6a7281Examples) {
  // failed-1..7
  EXPECT_FALSE(Ok("aria-required", "undefined"));
  EXPECT_FALSE(Ok("aria-expanded", "collapsed"));
  EXPECT_FALSE(Ok("aria-pressed", "horizontal"));
  EXPECT_FALSE(Ok("aria-rowindex", "2.5"));
  EXPECT_FALSE(Ok("aria-valuemin", "one"));
  EXPECT_FALSE(Ok("aria-live", "page"));
  EXPECT_FALSE(Ok("aria-relevant", "text always"));
  // passed-2..10
  EXPECT_TRUE(Ok("aria-required", "true"));
  EXPECT_TRUE(Ok("aria-expanded", "undefined"));
  EXPECT_TRUE(Ok("aria-pressed", "mixed"));
  EXPECT_TRUE(Ok("aria-errormessage", "my-error"));
  EXPECT_TRUE(Ok("aria-owns", "item1 item2"));
  EXPECT_TRUE(Ok("aria-rowindex", "2"));
  EXPECT_TRUE(Ok("aria-valuenow", "1.5"));
  EXPECT_TRUE(Ok("aria-valuemin", "1.0"));
  EXPECT_TRUE(Ok("aria-current", "page"));
  EXPECT_TRUE(Ok("aria-relevant", "text removals"));
}

TEST(ValidateAriaValue, TrimsAndIgnoresAsciiCase) {
  EXPECT_TRUE(Ok("aria-hidden", " TRUE "));
  EXPECT_TRUE(Ok("ARIA-HIDDEN", "False"));
  EXPECT_TRUE(Ok("aria-haspopup", "Dialog"));
  EXPECT_TRUE(Ok("aria-level", "\t3\n"));
}

TEST(ValidateAriaValue, EmptyIsReportedAsAbsent) {
  AriaValueCheck check = ValidateAriaValue("aria-checked", "  ");
  EXPECT_TRUE(check.valid);
  EXPECT_EQ(check.verdict, AriaValueVerdict::kEmpty);
  EXPECT_EQ(ValidateAriaValue("aria-label", "").verdict,
            AriaValueVerdict::kEmpty);
}

TEST(ValidateAriaValue, UnknownAttributeIsNamed) {
  AriaValueCheck check = ValidateAriaValue("aria-labeled", "x");
  EXPECT_FALSE(check.valid);
  EXPECT_EQ(check.verdict, AriaValueVerdict::kUnknownAttribute);
  EXPECT_NE(check.reason.find("aria-labeled"), std::string::npos);
}

TEST(ValidateAriaValue, ReasonNamesAttributeTypeAndAllowedTokens) {
  AriaValueCheck check = ValidateAriaValue("aria-expanded", "collapsed");
  EXPECT_EQ(check.verdict, AriaValueVerdict::kInvalid);
  EXPECT_EQ(check.reason,
            "aria-expanded is true/false/undefined: \"collapsed\" is not one "
            "of true, false, undefined");
  EXPECT_TRUE(ValidateAriaValue("aria-label", "anything").reason.empty());
}

TEST(ValidateAriaValue, BooleanTypesKeepTheirOwnVocabulary) {
  EXPECT_FALSE(Ok("aria-busy", "mixed"));      // true/false
  EXPECT_FALSE(Ok("aria-selected", "mixed"));  // true/false/undefined
  EXPECT_TRUE(Ok("aria-checked", "mixed"));    // tristate
  EXPECT_FALSE(Ok("aria-modal", "yes"));
  EXPECT_FALSE(Ok("aria-disabled", "1"));
}

TEST(ValidateAriaValue, IdReferencesNeedOnlySyntax) {
  EXPECT_TRUE(Ok("aria-activedescendant", "opt-3"));
  EXPECT_FALSE(Ok("aria-activedescendant", "a b"));
  EXPECT_TRUE(Ok("aria-labelledby", "a  b\tc"));
  EXPECT_TRUE(Ok("aria-details", "\xc3\xa9t\xc3\xa9"));  // any non-space
}

TEST(ValidateAriaValue, TokenListsCheckEveryToken) {
  EXPECT_TRUE(Ok("aria-dropeffect", "copy move"));
  EXPECT_FALSE(Ok("aria-dropeffect", "copy drag"));
  EXPECT_TRUE(Ok("aria-relevant", "ALL"));
}

TEST(HtmlNumberGrammars, FollowHtmlNotStrtod) {
  EXPECT_TRUE(IsHtmlValidInteger("0"));
  EXPECT_TRUE(IsHtmlValidInteger("-12"));
  EXPECT_FALSE(IsHtmlValidInteger("+12"));
  EXPECT_FALSE(IsHtmlValidInteger("-"));
  EXPECT_FALSE(IsHtmlValidInteger(""));
  EXPECT_FALSE(IsHtmlValidInteger("1e3"));
  EXPECT_FALSE(IsHtmlValidInteger("0x1F"));
  EXPECT_TRUE(IsHtmlValidFloat("1"));
  EXPECT_TRUE(IsHtmlValidFloat("-0.5"));
  EXPECT_TRUE(IsHtmlValidFloat(".5"));
  EXPECT_TRUE(IsHtmlValidFloat("1e-3"));
  EXPECT_TRUE(IsHtmlValidFloat("2.5E+10"));
  EXPECT_FALSE(IsHtmlValidFloat("1."));
  EXPECT_FALSE(IsHtmlValidFloat("."));
  EXPECT_FALSE(IsHtmlValidFloat("1e"));
  EXPECT_FALSE(IsHtmlValidFloat("NaN"));
  EXPECT_FALSE(IsHtmlValidFloat("Infinity"));
  EXPECT_FALSE(IsHtmlValidFloat("+1"));
  EXPECT_FALSE(IsHtmlValidFloat("1,5"));
}

TEST(ParseAria, ReadsValidValuesOnly) {
  EXPECT_EQ(ParseAriaTrueFalse(" True"), true);
  EXPECT_EQ(ParseAriaTrueFalse("false"), false);
  EXPECT_EQ(ParseAriaTrueFalse("mixed"), std::nullopt);
  EXPECT_EQ(ParseAriaInteger("-7"), -7);
  EXPECT_EQ(ParseAriaInteger("99999999999999999999999"), std::nullopt);
  EXPECT_EQ(ParseAriaNumber("2.5e1"), 25.0);
  EXPECT_EQ(ParseAriaNumber("1e400"), std::nullopt);  // overflows to inf
  EXPECT_FALSE(Ok("aria-valuenow", "1e400"));
  EXPECT_FALSE(Ok("aria-level", "99999999999999999999999"));
}

}  // namespace
}  // namespace seamkit::a11y
