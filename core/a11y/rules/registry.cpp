// The list of rules. Add a rule: write rules/<rule-id>.cpp defining
// `extern const Rule k<RuleId>`, declare it here and append it to kAll.
#include "core/a11y/rule.h"

namespace seamkit::a11y {
namespace rules {
extern const Rule kAriaAllowedAttr;
extern const Rule kAriaHiddenFocus;
extern const Rule kAriaRequiredAttr;
extern const Rule kAriaRoles;
extern const Rule kAriaValidAttr;
extern const Rule kAriaValidAttrValue;
extern const Rule kButtonName;
extern const Rule kDocumentTitle;
extern const Rule kEmptyHeading;
extern const Rule kFrameTitle;
extern const Rule kHtmlHasLang;
extern const Rule kHtmlLangValid;
extern const Rule kImageAlt;
extern const Rule kInputImageAlt;
extern const Rule kLabel;
extern const Rule kLinkName;
extern const Rule kMetaRefresh;
extern const Rule kMetaRefreshNoExceptions;
extern const Rule kMetaViewport;
extern const Rule kPresentationRoleConflict;
extern const Rule kSummaryName;
extern const Rule kValidLang;
// ARIA ownership, names of SVG/object/menuitem, nested focus (rulesa).
extern const Rule kAriaRequiredChildren;
extern const Rule kAriaRequiredIdrefs;
extern const Rule kAriaRequiredParent;
extern const Rule kMenuitemName;
extern const Rule kNestedInteractive;
extern const Rule kObjectAlt;
extern const Rule kSvgImgAlt;
}  // namespace rules

namespace {
constexpr const Rule* kAll[] = {
    &rules::kAriaAllowedAttr,    &rules::kAriaHiddenFocus,
    &rules::kAriaRequiredAttr,   &rules::kAriaRoles,
    &rules::kAriaValidAttr,      &rules::kAriaValidAttrValue,
    &rules::kButtonName,         &rules::kDocumentTitle,
    &rules::kEmptyHeading,       &rules::kFrameTitle,
    &rules::kHtmlHasLang,        &rules::kHtmlLangValid,
    &rules::kImageAlt,           &rules::kInputImageAlt,
    &rules::kLabel,              &rules::kLinkName,
    &rules::kMetaRefresh,        &rules::kMetaRefreshNoExceptions,
    &rules::kMetaViewport,       &rules::kPresentationRoleConflict,
    &rules::kSummaryName,        &rules::kValidLang,
    // rulesa
    &rules::kAriaRequiredChildren, &rules::kAriaRequiredIdrefs,
    &rules::kAriaRequiredParent,   &rules::kMenuitemName,
    &rules::kNestedInteractive,    &rules::kObjectAlt,
    &rules::kSvgImgAlt,
};
}  // namespace

std::span<const Rule* const> AllRules() { return kAll; }

}  // namespace seamkit::a11y
