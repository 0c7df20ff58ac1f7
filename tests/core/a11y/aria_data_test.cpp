// Checks the role and attribute tables against WAI-ARIA 1.2 (W3C
// Recommendation 2023): counts, a dozen spot checks, and the consistency of
// every name the tables mention.
#include "core/a11y/aria_data.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace seamkit::a11y {
namespace {

size_t CountRoles(AriaSpec spec, bool abstract) {
  size_t n = 0;
  for (const AriaRole& r : AllAriaRoles()) {
    if (r.spec == spec && r.is_abstract == abstract) ++n;
  }
  return n;
}

TEST(AriaTables, HoldEveryRoleAndAttributeOfAria12) {
  // §5.4 lists 12 abstract roles and 82 concrete ones (incl. directory,
  // deprecated); §6.6 defines 48 states and properties.
  EXPECT_EQ(CountRoles(AriaSpec::kAria12, true), 12u);
  EXPECT_EQ(CountRoles(AriaSpec::kAria12, false), 82u);
  EXPECT_EQ(CountRoles(AriaSpec::kGraphics10, false), 3u);
  EXPECT_EQ(CountRoles(AriaSpec::kDpub, false), 41u);
  EXPECT_EQ(AllAriaAttributes().size(), 48u);
  size_t states = 0, globals = 0;
  for (const AriaAttribute& a : AllAriaAttributes()) {
    states += a.is_state;
    globals += a.is_global;
  }
  EXPECT_EQ(states, 10u);   // busy checked current disabled expanded grabbed
                            // hidden invalid pressed selected
  EXPECT_EQ(globals, 21u);  // §6.4, incl. the deprecated ones
}

TEST(AriaTables, EveryNameMentionedResolves) {
  for (const AriaRole& r : AllAriaRoles()) {
    for (std::string_view field : {r.superclasses, r.required_context}) {
      for (std::string_view name : AriaTokens(field)) {
        EXPECT_NE(FindAriaRole(name), nullptr) << r.name << " -> " << name;
      }
    }
    for (std::string_view owned : AriaTokens(r.required_owned)) {
      size_t gt = owned.find('>');
      EXPECT_NE(FindAriaRole(owned.substr(0, gt)), nullptr) << owned;
      if (gt != std::string_view::npos) {
        EXPECT_NE(FindAriaRole(owned.substr(gt + 1)), nullptr) << owned;
      }
    }
    for (std::string_view field : {r.required_states, r.required_if_focusable,
                                   r.supported_states, r.prohibited_states}) {
      for (std::string_view name : AriaTokens(field)) {
        EXPECT_NE(FindAriaAttribute(name), nullptr) << r.name << ": " << name;
      }
    }
    for (std::string_view pair : AriaTokens(r.implicit_values)) {
      ASSERT_NE(pair.find('='), std::string_view::npos) << pair;
      EXPECT_NE(FindAriaAttribute(pair.substr(0, pair.find('='))), nullptr);
    }
    // Every role but roletype descends from roletype.
    if (r.name != "roletype") {
      EXPECT_FALSE(r.superclasses.empty()) << r.name;
    }
    EXPECT_TRUE(RoleIsA(r.name, "roletype")) << r.name;
  }
}

TEST(AriaTables, TokensOfEnumeratedAttributesAreListed) {
  for (const AriaAttribute& a : AllAriaAttributes()) {
    bool enumerated =
        a.type == AriaValueType::kToken || a.type == AriaValueType::kTokenList;
    EXPECT_EQ(enumerated, !a.tokens.empty()) << a.name;
  }
}

TEST(AriaRoleSpotChecks, MatchTheRecommendation) {
  const AriaRole* checkbox = FindAriaRole("checkbox");
  ASSERT_NE(checkbox, nullptr);
  EXPECT_TRUE(AriaTokens(checkbox->required_states).Contains("aria-checked"));
  EXPECT_TRUE(checkbox->presentational_children);

  const AriaRole* option = FindAriaRole("option");
  ASSERT_NE(option, nullptr);
  EXPECT_EQ(option->required_context, "group listbox");
  EXPECT_TRUE(option->required_states.empty());  // 1.2: aria-selected not
  EXPECT_EQ(ImplicitValueFor("option", "aria-selected"), "false");

  EXPECT_EQ(FindAriaRole("list")->required_owned, "listitem");
  EXPECT_EQ(FindAriaRole("listitem")->required_context, "directory list");
  // 1.2 lists aria-level as required for heading, with implicit value 2.
  EXPECT_EQ(FindAriaRole("heading")->required_states, "aria-level");
  EXPECT_EQ(ImplicitValueFor("heading", "aria-level"), "2");
  EXPECT_EQ(FindAriaRole("img")->name_from, kNameFromAuthor);
  EXPECT_EQ(FindAriaRole("button")->name_from,
            kNameFromAuthor | kNameFromContents);
  EXPECT_TRUE(FindAriaRole("button")->presentational_children);
  EXPECT_FALSE(FindAriaRole("link")->presentational_children);
  EXPECT_EQ(FindAriaRole("combobox")->required_states,
            "aria-controls aria-expanded");
  EXPECT_EQ(FindAriaRole("grid")->required_owned, "row rowgroup>row");
  EXPECT_EQ(FindAriaRole("scrollbar")->required_states,
            "aria-controls aria-valuenow");
  EXPECT_EQ(FindAriaRole("separator")->required_if_focusable, "aria-valuenow");
  EXPECT_EQ(FindAriaRole("generic")->name_from, kNameFromProhibited);
  EXPECT_TRUE(FindAriaRole("directory")->deprecated);
  EXPECT_TRUE(FindAriaRole("widget")->is_abstract);
  EXPECT_FALSE(FindAriaRole("searchbox")->is_abstract);
  EXPECT_TRUE(FindAriaRole("navigation")->categories & kCategoryLandmark);
  EXPECT_TRUE(FindAriaRole("log")->categories & kCategoryLiveRegion);
  EXPECT_TRUE(FindAriaRole("tree")->categories & kCategoryComposite);
}

TEST(AriaAttributeSpotChecks, MatchTheRecommendation) {
  const AriaAttribute* checked = FindAriaAttribute("aria-checked");
  ASSERT_NE(checked, nullptr);
  EXPECT_EQ(checked->type, AriaValueType::kTristate);
  EXPECT_TRUE(checked->is_state);
  EXPECT_EQ(FindAriaAttribute("aria-relevant")->type,
            AriaValueType::kTokenList);
  EXPECT_EQ(FindAriaAttribute("aria-owns")->type,
            AriaValueType::kIdReferenceList);
  EXPECT_EQ(FindAriaAttribute("aria-details")->type,
            AriaValueType::kIdReference);
  EXPECT_EQ(FindAriaAttribute("aria-valuenow")->type, AriaValueType::kNumber);
  EXPECT_EQ(FindAriaAttribute("aria-level")->type, AriaValueType::kInteger);
  EXPECT_TRUE(FindAriaAttribute("aria-grabbed")->deprecated);
  EXPECT_TRUE(FindAriaAttribute("aria-dropeffect")->deprecated);
  EXPECT_FALSE(FindAriaAttribute("aria-disabled")->deprecated);
  for (const char* name : {"aria-disabled", "aria-errormessage",
                           "aria-haspopup", "aria-invalid"}) {
    EXPECT_TRUE(FindAriaAttribute(name)->global_use_deprecated) << name;
  }
  EXPECT_EQ(FindAriaAttribute("aria-live")->tokens, "assertive off polite");
  // aria-description arrived after 1.2; aria-grab never existed.
  EXPECT_EQ(FindAriaAttribute("aria-description"), nullptr);
  EXPECT_EQ(FindAriaAttribute("aria-grab"), nullptr);
}

TEST(AriaLookups, AreAsciiCaseInsensitiveAndRejectJunk) {
  ASSERT_NE(FindAriaRole("BUTTON"), nullptr);
  EXPECT_EQ(FindAriaRole("BUTTON")->name, "button");
  EXPECT_EQ(FindAriaAttribute("Aria-Label")->name, "aria-label");
  EXPECT_EQ(FindAriaRole(""), nullptr);
  EXPECT_EQ(FindAriaRole("buttonx"), nullptr);
  EXPECT_EQ(FindAriaRole(std::string(5000, 'a')), nullptr);
  EXPECT_EQ(FindAriaRole(std::string_view("but\0ton", 7)), nullptr);
}

TEST(RoleIsA, FollowsEverySuperclassPath) {
  EXPECT_TRUE(RoleIsA("treegrid", "select"));  // via tree
  EXPECT_TRUE(RoleIsA("treegrid", "table"));   // via grid
  EXPECT_TRUE(RoleIsA("menuitemradio", "menuitem"));
  EXPECT_TRUE(RoleIsA("doc-chapter", "landmark"));
  EXPECT_TRUE(RoleIsA("switch", "switch"));
  EXPECT_FALSE(RoleIsA("button", "input"));
  EXPECT_FALSE(RoleIsA("nonsense", "roletype"));
}

TEST(GetAttributeSupport, ClassifiesLikeTheSpec) {
  using S = AttributeSupport;
  EXPECT_EQ(GetAttributeSupport("checkbox", "aria-checked"), S::kRequired);
  EXPECT_EQ(GetAttributeSupport("switch", "aria-readonly"), S::kSupported);
  EXPECT_EQ(GetAttributeSupport("spinbutton", "aria-activedescendant"),
            S::kSupported);  // inherited from composite
  EXPECT_EQ(GetAttributeSupport("button", "aria-disabled"), S::kSupported);
  EXPECT_EQ(GetAttributeSupport("article", "aria-disabled"),
            S::kGlobalDeprecated);
  EXPECT_EQ(GetAttributeSupport("article", "aria-grabbed"),
            S::kGlobalDeprecated);
  EXPECT_EQ(GetAttributeSupport("article", "aria-label"), S::kGlobal);
  EXPECT_EQ(GetAttributeSupport("generic", "aria-label"), S::kProhibited);
  EXPECT_EQ(GetAttributeSupport("caption", "aria-labelledby"), S::kProhibited);
  EXPECT_EQ(GetAttributeSupport("button", "aria-checked"), S::kNotSupported);
  EXPECT_EQ(GetAttributeSupport("button", "aria-foo"), S::kUnknownAttribute);
  EXPECT_EQ(GetAttributeSupport("buton", "aria-label"), S::kUnknownRole);
  EXPECT_EQ(GetAttributeSupport("separator", "aria-valuenow"), S::kSupported);
  const AriaRole& tab = *FindAriaRole("tab");
  EXPECT_EQ(GetAttributeSupport(tab, *FindAriaAttribute("aria-selected")),
            S::kSupported);
  AriaRole copy = tab;  // not a table entry
  EXPECT_EQ(GetAttributeSupport(copy, *FindAriaAttribute("aria-selected")),
            S::kUnknownRole);
  EXPECT_TRUE(IsAllowed(S::kGlobalDeprecated));
  EXPECT_FALSE(IsAllowed(S::kProhibited));
  EXPECT_EQ(AttributeSupportName(S::kNotSupported), "not-supported");
}

// The precomputed masks behind GetAttributeSupport agree with a plain walk
// over RoleIsA for every role and attribute.
TEST(GetAttributeSupport, MatchesAnIndependentWalkForEveryPair) {
  using S = AttributeSupport;
  for (const AriaRole& r : AllAriaRoles()) {
    std::vector<const AriaRole*> lineage;
    for (const AriaRole& x : AllAriaRoles()) {
      if (RoleIsA(r.name, x.name)) lineage.push_back(&x);
    }
    for (const AriaAttribute& a : AllAriaAttributes()) {
      bool listed = false;
      for (const AriaRole* x : lineage) {
        listed |= AriaTokens(x->supported_states).Contains(a.name) ||
                  AriaTokens(x->required_states).Contains(a.name) ||
                  AriaTokens(x->required_if_focusable).Contains(a.name);
      }
      S want = AriaTokens(r.prohibited_states).Contains(a.name) ? S::kProhibited
               : AriaTokens(r.required_states).Contains(a.name) ? S::kRequired
               : listed                                         ? S::kSupported
               : !a.is_global ? S::kNotSupported
               : (a.deprecated || a.global_use_deprecated)
                   ? S::kGlobalDeprecated
                   : S::kGlobal;
      EXPECT_EQ(GetAttributeSupport(r, a), want) << r.name << " " << a.name;
    }
  }
}

TEST(ImplicitValueFor, SearchesSuperclassesAndReturnsEmptyOtherwise) {
  EXPECT_EQ(ImplicitValueFor("timer", "aria-live"), "off");
  EXPECT_EQ(ImplicitValueFor("status", "aria-atomic"), "true");
  EXPECT_EQ(ImplicitValueFor("menubar", "aria-orientation"), "horizontal");
  EXPECT_EQ(ImplicitValueFor("button", "aria-pressed"), "");
  EXPECT_EQ(ImplicitValueFor("nope", "aria-live"), "");
}

TEST(AriaTokens, SplitsOnAsciiWhitespace) {
  std::set<std::string> seen;
  for (std::string_view t : AriaTokens("  a\tbb\n\fccc  ")) {
    seen.insert(std::string(t));
  }
  EXPECT_EQ(seen, (std::set<std::string>{"a", "bb", "ccc"}));
  EXPECT_EQ(AriaTokens("").Count(), 0u);
  EXPECT_EQ(AriaTokens("   ").Count(), 0u);
  EXPECT_TRUE(AriaTokens("x y").Contains("y"));
  EXPECT_FALSE(AriaTokens("xy").Contains("y"));
  EXPECT_EQ(AriaValueTypeName(AriaValueType::kIdReferenceList),
            "ID reference list");
}

}  // namespace
}  // namespace seamkit::a11y
