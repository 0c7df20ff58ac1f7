// The built-in impact data: the same bytes as impact.json (impact_test.cpp
// checks that the two stay identical). Edit both.
#include "core/report/impact.h"

namespace seamkit::report {

std::string_view DefaultImpactJson() {
  static constexpr char kJson[] = R"json({
  "format": "seamkit.impact",
  "version": 1,
  "method": "Each user group is weighted by a published prevalence figure (share of the population). Groups that rest on the same figure count once. The share of users with disabilities that a set of issues affects is the summed weight of the groups it affects seriously (rating 2 or 3), divided by the summed weight of all groups. The figures come from different surveys and populations and people often belong to several groups, which this model treats as separate: the result is an estimate, not a measurement. Severity ratings (0 none, 1 minor, 2 serious, 3 blocking) are seamkit's editorial judgement, not measurements.",
  "figures": [
    {"id": "who-disability-2023", "value": 16, "unit": "percent", "population": "world",
     "statement": "of the world's population (an estimated 1.3 billion people) experience a significant disability",
     "source": "World Health Organization, Disability fact sheet, 7 March 2023"},
    {"id": "who-vision-2019", "value": 2200000000, "unit": "people", "population": "world",
     "statement": "people have a near or distance vision impairment",
     "source": "World Health Organization, World report on vision, 2019"},
    {"id": "bourne-2017-blind", "value": 36000000, "unit": "people", "population": "world, 2015",
     "statement": "people were blind",
     "source": "Bourne RRA et al., Magnitude, temporal trends, and projections of the global prevalence of blindness and distance and near vision impairment: a systematic review and meta-analysis, Lancet Global Health 2017;5(9):e888-e897"},
    {"id": "bourne-2017-msvi", "value": 216600000, "unit": "people", "population": "world, 2015",
     "statement": "people had moderate or severe distance vision impairment",
     "source": "Bourne RRA et al., Magnitude, temporal trends, and projections of the global prevalence of blindness and distance and near vision impairment: a systematic review and meta-analysis, Lancet Global Health 2017;5(9):e888-e897"},
    {"id": "who-hearing-2023", "value": 430000000, "unit": "people", "population": "world",
     "statement": "people need rehabilitation for disabling hearing loss",
     "source": "World Health Organization, Deafness and hearing loss fact sheet, 2023"},
    {"id": "birch-2012-cvd-men", "value": 8, "unit": "percent", "population": "men of Northern European ancestry",
     "statement": "have a red-green colour vision deficiency",
     "source": "Birch J., Worldwide prevalence of red-green color deficiency, Journal of the Optical Society of America A 2012;29(3):313-320"},
    {"id": "birch-2012-cvd-women", "value": 0.5, "unit": "percent", "population": "women of Northern European ancestry",
     "statement": "have a red-green colour vision deficiency",
     "source": "Birch J., Worldwide prevalence of red-green color deficiency, Journal of the Optical Society of America A 2012;29(3):313-320"},
    {"id": "cdc-2016-any", "value": 25.7, "unit": "percent", "population": "US adults, 2016",
     "statement": "reported a disability",
     "source": "Okoro CA, Hollis ND, Cyrus AC, Griffin-Blake S., Prevalence of Disabilities and Health Care Access by Disability Status and Type Among Adults - United States, 2016, MMWR 2018;67(32):882-887"},
    {"id": "cdc-2016-mobility", "value": 13.7, "unit": "percent", "population": "US adults, 2016",
     "statement": "reported serious difficulty walking or climbing stairs",
     "source": "Okoro CA, Hollis ND, Cyrus AC, Griffin-Blake S., Prevalence of Disabilities and Health Care Access by Disability Status and Type Among Adults - United States, 2016, MMWR 2018;67(32):882-887"},
    {"id": "cdc-2016-cognition", "value": 10.8, "unit": "percent", "population": "US adults, 2016",
     "statement": "reported serious difficulty concentrating, remembering or making decisions",
     "source": "Okoro CA, Hollis ND, Cyrus AC, Griffin-Blake S., Prevalence of Disabilities and Health Care Access by Disability Status and Type Among Adults - United States, 2016, MMWR 2018;67(32):882-887"},
    {"id": "cdc-2016-hearing", "value": 5.9, "unit": "percent", "population": "US adults, 2016",
     "statement": "reported deafness or serious difficulty hearing",
     "source": "Okoro CA, Hollis ND, Cyrus AC, Griffin-Blake S., Prevalence of Disabilities and Health Care Access by Disability Status and Type Among Adults - United States, 2016, MMWR 2018;67(32):882-887"},
    {"id": "cdc-2016-vision", "value": 4.6, "unit": "percent", "population": "US adults, 2016",
     "statement": "reported blindness or serious difficulty seeing even with glasses",
     "source": "Okoro CA, Hollis ND, Cyrus AC, Griffin-Blake S., Prevalence of Disabilities and Health Care Access by Disability Status and Type Among Adults - United States, 2016, MMWR 2018;67(32):882-887"}
  ],
  "userGroups": [
    {"id": "blind", "label": "blind and screen-reader users", "basis": ["cdc-2016-vision"],
     "caveat": "shares its weight with low vision: the survey does not separate them"},
    {"id": "low-vision", "label": "people with low vision", "basis": ["cdc-2016-vision"],
     "caveat": "shares its weight with blind users: the survey does not separate them"},
    {"id": "colour-vision", "label": "people with colour-vision deficiency", "basis": ["birch-2012-cvd-men", "birch-2012-cvd-women"],
     "caveat": "mean of the figures for men and women, assuming equal numbers; Northern European ancestry"},
    {"id": "keyboard-motor", "label": "keyboard-only, switch and voice-control users", "basis": ["cdc-2016-mobility"],
     "caveat": "the survey measures walking and stairs, not hand use"},
    {"id": "cognitive", "label": "people with cognitive or learning disabilities", "basis": ["cdc-2016-cognition"],
     "caveat": ""},
    {"id": "deaf", "label": "deaf and hard-of-hearing people", "basis": ["cdc-2016-hearing"],
     "caveat": ""}
  ],
  "categories": [
    {"id": "contrast", "label": "text contrast",
     "rules": ["color-contrast", "color-contrast-enhanced", "link-in-text-block", "non-text-contrast"],
     "severity": {"low-vision": 3, "colour-vision": 2, "cognitive": 1}},
    {"id": "text-alternatives", "label": "missing text alternatives",
     "rules": ["image-alt", "input-image-alt", "role-img-alt", "svg-img-alt", "area-alt", "object-alt", "image-redundant-alt"],
     "severity": {"blind": 3, "low-vision": 1, "cognitive": 1}},
    {"id": "form-labels", "label": "unlabeled form fields",
     "rules": ["label", "select-name", "label-title-only", "form-field-multiple-labels", "autocomplete-valid"],
     "severity": {"blind": 3, "keyboard-motor": 2, "cognitive": 2, "low-vision": 1}},
    {"id": "names", "label": "controls and documents without a name",
     "rules": ["button-name", "link-name", "summary-name", "frame-title", "aria-command-name", "aria-input-field-name", "aria-toggle-field-name", "empty-heading", "document-title"],
     "severity": {"blind": 3, "keyboard-motor": 2, "cognitive": 1}},
    {"id": "keyboard", "label": "keyboard access",
     "rules": ["scrollable-region-focusable", "frame-focusable-content", "tabindex", "aria-hidden-focus", "nested-interactive"],
     "severity": {"keyboard-motor": 3, "blind": 2}},
    {"id": "language", "label": "page language",
     "rules": ["html-has-lang", "html-lang-valid", "valid-lang", "html-xml-lang-mismatch"],
     "severity": {"blind": 2, "cognitive": 1}},
    {"id": "aria", "label": "invalid ARIA",
     "rules": ["aria-allowed-attr", "aria-required-attr", "aria-roles", "aria-valid-attr", "aria-valid-attr-value", "presentation-role-conflict", "aria-required-children", "aria-required-parent"],
     "severity": {"blind": 3}},
    {"id": "timing", "label": "automatic refresh and redirects",
     "rules": ["meta-refresh", "meta-refresh-no-exceptions"],
     "severity": {"cognitive": 3, "blind": 2, "keyboard-motor": 2}},
    {"id": "zoom", "label": "zoom disabled",
     "rules": ["meta-viewport", "meta-viewport-large"],
     "severity": {"low-vision": 3}},
    {"id": "media", "label": "media without captions",
     "rules": ["video-caption", "audio-caption"],
     "severity": {"deaf": 3}},
    {"id": "structure", "label": "page structure",
     "rules": ["heading-order", "page-has-heading-one", "landmark-one-main", "region", "bypass", "list", "listitem"],
     "severity": {"blind": 2, "keyboard-motor": 1, "cognitive": 1}},
    {"id": "other", "label": "other failures",
     "rules": [],
     "severity": {"blind": 1}}
  ]
}
)json";
  return std::string_view(kJson, sizeof(kJson) - 1);
}

}  // namespace seamkit::report
