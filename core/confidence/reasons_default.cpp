// The built-in English string table: the same bytes as reasons.en.json
// (reasons_test.cpp checks that the two stay identical). Edit both.
#include "core/confidence/reasons.h"

namespace seamkit::confidence {

std::string_view DefaultStringTableJson() {
  static constexpr char kJson[] = R"json(
{
  "locale": "en",
  "reasons": {
    "limited-corroboration": "Limited source corroboration",
    "conflicting-sources": "Conflicting information from verified sources",
    "low-image-quality": "The image is low quality (blurred, dark or heavily compressed)",
    "face-partially-visible": "The face is only partly visible",
    "small-text": "The text is too small to read reliably",
    "out-of-distribution": "The input is unlike what the model was trained on",
    "model-disagreement": "The models that checked this disagree",
    "few-training-examples": "The model has seen few examples like this one",
    "stale-data": "The sources may be out of date",
    "invalid-score": "No valid score was produced, so this result could not be rated"
  },
  "generic": "Other factors affect how certain this result is",
  "disclaimer": "This is an automated estimate, not a fact check. It can be wrong: verify important claims with trusted sources.",
  "verdicts": {
    "likely-false": "Likely false",
    "unverified": "Unverified",
    "likely-true": "Likely true"
  },
  "labels": {
    "meter": "Confidence",
    "percent": "{value}%",
    "value": "{percent} confidence: {verdict}",
    "value-invalid": "No valid score: {verdict}",
    "percent-invalid": "No score",
    "raw-score": "Raw score",
    "raw-unavailable": "not available",
    "reasons-heading": "Why this rating"
  }
}
)json";
  // The literal starts with the newline after its opening delimiter.
  return std::string_view(kJson + 1, sizeof(kJson) - 2);
}

}  // namespace seamkit::confidence
