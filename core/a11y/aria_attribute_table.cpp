// The states and properties of WAI-ARIA 1.2 (W3C Recommendation, 2023):
// §6.6 for value types, allowed tokens and defaults; §6.4 for the global
// list and its deprecation notes. Sorted by name (checked at compile time).
#include <span>

#include "core/a11y/aria_data.h"

namespace seamkit::a11y {
namespace {

using T = AriaValueType;
constexpr bool kState = true, kProp = false;
constexpr bool kGlobal = true, kLocal = false;

// name, type, is_state, is_global, deprecated, global_use_deprecated,
// tokens, default.
constexpr AriaAttribute kAttributes[] = {
    {"aria-activedescendant", T::kIdReference, kProp, kLocal, 0, 0, "", ""},
    {"aria-atomic", T::kTrueFalse, kProp, kGlobal, 0, 0, "", "false"},
    {"aria-autocomplete", T::kToken, kProp, kLocal, 0, 0,
     "inline list both none", "none"},
    {"aria-busy", T::kTrueFalse, kState, kGlobal, 0, 0, "", "false"},
    {"aria-checked", T::kTristate, kState, kLocal, 0, 0, "", "undefined"},
    {"aria-colcount", T::kInteger, kProp, kLocal, 0, 0, "", ""},
    {"aria-colindex", T::kInteger, kProp, kLocal, 0, 0, "", ""},
    {"aria-colspan", T::kInteger, kProp, kLocal, 0, 0, "", ""},
    {"aria-controls", T::kIdReferenceList, kProp, kGlobal, 0, 0, "", ""},
    {"aria-current", T::kToken, kState, kGlobal, 0, 0,
     "page step location date time true false", "false"},
    {"aria-describedby", T::kIdReferenceList, kProp, kGlobal, 0, 0, "", ""},
    {"aria-details", T::kIdReference, kProp, kGlobal, 0, 0, "", ""},
    {"aria-disabled", T::kTrueFalse, kState, kGlobal, 0, 1, "", "false"},
    {"aria-dropeffect", T::kTokenList, kProp, kGlobal, 1, 0,
     "copy execute link move none popup", "none"},
    {"aria-errormessage", T::kIdReference, kProp, kGlobal, 0, 1, "", ""},
    {"aria-expanded", T::kTrueFalseUndefined, kState, kLocal, 0, 0, "",
     "undefined"},
    {"aria-flowto", T::kIdReferenceList, kProp, kGlobal, 0, 0, "", ""},
    {"aria-grabbed", T::kTrueFalseUndefined, kState, kGlobal, 1, 0, "",
     "undefined"},
    {"aria-haspopup", T::kToken, kProp, kGlobal, 0, 1,
     "false true menu listbox tree grid dialog", "false"},
    {"aria-hidden", T::kTrueFalseUndefined, kState, kGlobal, 0, 0, "",
     "undefined"},
    {"aria-invalid", T::kToken, kState, kGlobal, 0, 1,
     "grammar false spelling true", "false"},
    {"aria-keyshortcuts", T::kString, kProp, kGlobal, 0, 0, "", ""},
    {"aria-label", T::kString, kProp, kGlobal, 0, 0, "", ""},
    {"aria-labelledby", T::kIdReferenceList, kProp, kGlobal, 0, 0, "", ""},
    {"aria-level", T::kInteger, kProp, kLocal, 0, 0, "", ""},
    {"aria-live", T::kToken, kProp, kGlobal, 0, 0, "assertive off polite",
     "off"},
    {"aria-modal", T::kTrueFalse, kProp, kLocal, 0, 0, "", "false"},
    {"aria-multiline", T::kTrueFalse, kProp, kLocal, 0, 0, "", "false"},
    {"aria-multiselectable", T::kTrueFalse, kProp, kLocal, 0, 0, "", "false"},
    {"aria-orientation", T::kToken, kProp, kLocal, 0, 0,
     "horizontal undefined vertical", "undefined"},
    {"aria-owns", T::kIdReferenceList, kProp, kGlobal, 0, 0, "", ""},
    {"aria-placeholder", T::kString, kProp, kLocal, 0, 0, "", ""},
    {"aria-posinset", T::kInteger, kProp, kLocal, 0, 0, "", ""},
    {"aria-pressed", T::kTristate, kState, kLocal, 0, 0, "", "undefined"},
    {"aria-readonly", T::kTrueFalse, kProp, kLocal, 0, 0, "", "false"},
    {"aria-relevant", T::kTokenList, kProp, kGlobal, 0, 0,
     "additions all removals text", "additions text"},
    {"aria-required", T::kTrueFalse, kProp, kLocal, 0, 0, "", "false"},
    {"aria-roledescription", T::kString, kProp, kGlobal, 0, 0, "", ""},
    {"aria-rowcount", T::kInteger, kProp, kLocal, 0, 0, "", ""},
    {"aria-rowindex", T::kInteger, kProp, kLocal, 0, 0, "", ""},
    {"aria-rowspan", T::kInteger, kProp, kLocal, 0, 0, "", ""},
    {"aria-selected", T::kTrueFalseUndefined, kState, kLocal, 0, 0, "",
     "undefined"},
    {"aria-setsize", T::kInteger, kProp, kLocal, 0, 0, "", ""},
    {"aria-sort", T::kToken, kProp, kLocal, 0, 0,
     "ascending descending none other", "none"},
    {"aria-valuemax", T::kNumber, kProp, kLocal, 0, 0, "", ""},
    {"aria-valuemin", T::kNumber, kProp, kLocal, 0, 0, "", ""},
    {"aria-valuenow", T::kNumber, kProp, kLocal, 0, 0, "", ""},
    {"aria-valuetext", T::kString, kProp, kLocal, 0, 0, "", ""},
};

constexpr bool AttributesSorted() {
  for (size_t i = 1; i < std::size(kAttributes); ++i) {
    if (!(kAttributes[i - 1].name < kAttributes[i].name)) return false;
  }
  return true;
}
static_assert(AttributesSorted(), "kAttributes must stay sorted by name");
static_assert(std::size(kAttributes) <= 64, "attribute masks are 64-bit");

}  // namespace

std::span<const AriaAttribute> AllAriaAttributes() { return kAttributes; }

}  // namespace seamkit::a11y
