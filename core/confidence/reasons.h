// Plain-language reasons for uncertainty, from a translatable string table.
//
// The table is JSON (reasons.en.json is the built-in English one):
//   {"locale": "en",
//    "reasons": {"<factor-code>": "text", ...},
//    "generic": "text for unknown factor codes",
//    "disclaimer": "text",
//    "verdicts": {"likely-false": "...", "unverified": "...",
//                 "likely-true": "..."},
//    "labels": {"meter": "Confidence", "percent": "{value}%",
//               "value": "{percent} confidence: {verdict}",
//               "value-invalid": "No valid score: {verdict}",
//               "percent-invalid": "No score", "raw-score": "Raw score",
//               "raw-unavailable": "not available",
//               "reasons-heading": "Why this rating"}}
// Every key shown is required; "reasons" may be partial (missing codes read
// as unknown). Unknown keys are ignored so tables can grow.
#ifndef SEAMKIT_CORE_CONFIDENCE_REASONS_H_
#define SEAMKIT_CORE_CONFIDENCE_REASONS_H_

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/status.h"

namespace seamkit::confidence {

// The default factor codes; the built-in table has text for each.
inline constexpr std::array<const char*, 10> kDefaultFactorCodes = {
    "limited-corroboration", "conflicting-sources", "low-image-quality",
    "face-partially-visible", "small-text",          "out-of-distribution",
    "model-disagreement",     "few-training-examples", "stale-data",
    "invalid-score"};
inline constexpr char kInvalidScoreCode[] = "invalid-score";
inline constexpr char kGenericCode[] = "generic";

// Verdict ids in VerdictKind order (likely-false = 0 ... likely-true = 2).
inline constexpr std::array<const char*, 3> kVerdictIds = {
    "likely-false", "unverified", "likely-true"};

// Limits on caller input.
inline constexpr size_t kMaxTableJsonBytes = 64 * 1024;
inline constexpr size_t kMaxTableStringBytes = 1024;
inline constexpr size_t kMaxFactors = 256;
inline constexpr size_t kMaxTopK = 16;

struct StringTable {
  std::string locale;                          // BCP 47-like: [A-Za-z0-9-]
  std::map<std::string, std::string> reasons;  // factor code -> text
  std::string generic;
  std::string disclaimer;
  std::array<std::string, 3> verdicts;  // in kVerdictIds order
  std::string meter_label;
  std::string percent_template;        // contains {value}
  std::string value_template;          // contains {percent} and {verdict}
  std::string value_invalid_template;  // contains {verdict}
  std::string percent_invalid;
  std::string raw_score_label;
  std::string raw_unavailable;
  std::string reasons_heading;
};

// The built-in table's JSON text (byte-identical to reasons.en.json).
std::string_view DefaultStringTableJson();
// The built-in table, parsed once.
const StringTable& DefaultStringTable();

// Parses and validates a table. Errors: kLimitExceeded (text over 64 KiB, a
// string over 1 KiB, more than 256 reasons), kParse (not JSON, including
// invalid UTF-8), kMalformed (a required key missing or of the wrong type,
// an empty text, a bad locale, a template without its placeholder).
StatusOr<StringTable> ParseStringTable(std::string_view json);

// Replaces each {name} in `tmpl` by its value, in one pass (values are not
// rescanned). Unknown {names} are left as written.
std::string FillTemplate(
    std::string_view tmpl,
    const std::vector<std::pair<std::string_view, std::string_view>>& values);

struct Factor {
  std::string code;  // e.g. "limited-corroboration"
  double weight = 0;  // signed contribution to uncertainty; |weight| ranks
};

struct Reason {
  std::string code;    // a table code, or "generic" for unknown codes
  std::string text;    // from the table, never empty
  double weight = 0;   // |weight| of the factor(s) behind it
};

// Ranks factors by |weight| descending (ties: code ascending) and returns
// the top_k as reasons. Duplicate codes merge (largest |weight| kept); all
// unknown codes merge into one generic reason; zero weights are dropped.
// The list is never empty: with nothing left it holds the generic reason.
// Errors (kInvalidArgument): a NaN or infinite weight, top_k outside
// [1, 16]; kLimitExceeded: more than 256 factors.
StatusOr<std::vector<Reason>> RankReasons(const std::vector<Factor>& factors,
                                          const StringTable& table,
                                          size_t top_k);

}  // namespace seamkit::confidence

#endif  // SEAMKIT_CORE_CONFIDENCE_REASONS_H_
