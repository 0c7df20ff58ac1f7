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
// rulesb: contrast, tables, forms, spacing, media, document structure.
extern const Rule kColorContrast;
extern const Rule kCssOrientationLock;
extern const Rule kColorContrastEnhanced;
extern const Rule kTdHeadersAttr;
extern const Rule kThHasDataCells;
extern const Rule kAutocompleteValid;
extern const Rule kLetterSpacingImportant;
extern const Rule kWordSpacingImportant;
extern const Rule kLineHeightImportant;
extern const Rule kScrollableRegionFocusable;
extern const Rule kIframeTabOrder;
extern const Rule kLabelContentNameMismatch;
extern const Rule kAutoplayAudioShort;
extern const Rule kAutoplayAudioControl;
extern const Rule kTextChangesPausable;
extern const Rule kNoAutoplayAudio;
extern const Rule kPageHasHeading;
extern const Rule kLandmarkMainContent;
extern const Rule kSkipLink;
extern const Rule kBypass;
extern const Rule kHtmlXmlLangMismatch;
// end rulesb
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
    // rulesb
    &rules::kColorContrast,
    &rules::kCssOrientationLock,
    &rules::kColorContrastEnhanced,
    &rules::kTdHeadersAttr,
    &rules::kThHasDataCells,
    &rules::kAutocompleteValid,
    &rules::kLetterSpacingImportant,
    &rules::kWordSpacingImportant,
    &rules::kLineHeightImportant,
    &rules::kScrollableRegionFocusable,
    &rules::kIframeTabOrder,
    &rules::kLabelContentNameMismatch,
    &rules::kAutoplayAudioShort,
    &rules::kAutoplayAudioControl,
    &rules::kTextChangesPausable,
    &rules::kNoAutoplayAudio,
    &rules::kPageHasHeading,
    &rules::kLandmarkMainContent,
    &rules::kSkipLink,
    &rules::kBypass,
    &rules::kHtmlXmlLangMismatch,
    // end rulesb
    // rulesa
    &rules::kAriaRequiredChildren, &rules::kAriaRequiredIdrefs,
    &rules::kAriaRequiredParent,   &rules::kMenuitemName,
    &rules::kNestedInteractive,    &rules::kObjectAlt,
    &rules::kSvgImgAlt,
};
}  // namespace

std::span<const Rule* const> AllRules() { return kAll; }

}  // namespace seamkit::a11y
