// Many displays in one call: the path of a feed of <seam-confidence>
// elements, where one call per element cost more in crossing the JS/wasm
// boundary than in building the display itself.
//
// Input (JSON text):
//   {"contexts": [{"background": "#fff", "palette": ["#..", ...],
//                  "table": "<string table JSON>", "policy": {"low": 0.2,
//                  "high": 0.8}}, ...],
//    "items": [{"context": 0, "calibrated": 0.72, "raw": 1.31,
//               "verdictKind": 2, "verdictLabel": "", "claim": "...",
//               "factors": [{"code": "...", "weight": 0.5}], "topK": 3}, ...]}
// Every key but "contexts"/"items" and an item's "context" is optional; the
// defaults are those of DisplayInput and BinaryPolicy. JSON has no NaN or
// infinity, so numbers may also be the strings "NaN", "Infinity" and
// "-Infinity". An absent or null "raw" means no raw score; an absent
// "verdictKind" is decided from the context's policy, as a single display is.
//
// Output (JSON text):
//   {"v": 1, "strings": [...],
//    "displays": [[field, ...] | {"code": "E_...", "message": "..."}, ...]}
// one entry per item, in order: the display's fields in kBatchFields order,
// where every text field is an index into "strings" (shared texts appear
// once), or the item's error. "reasons" is a flat list of
// [codeIndex, textIndex, weight] triples.
#ifndef SEAMKIT_CORE_CONFIDENCE_DISPLAY_BATCH_H_
#define SEAMKIT_CORE_CONFIDENCE_DISPLAY_BATCH_H_

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/status.h"

namespace seamkit::confidence {

// The fields of one display in the output, in order. Names are those of the
// JS display object.
inline constexpr std::array<const char*, 28> kBatchFields = {
    "scoreValid",    "verdictId",      "verdictKind",     "verdictText",
    "claim",         "calibrated",     "raw",             "meterValue",
    "barFraction",   "percentText",    "rawText",         "ariaValueText",
    "meterLabel",    "rawScoreLabel",  "reasonsHeading",  "reasons",
    "disclaimer",    "locale",         "icon",            "background",
    "barColour",     "trackColour",    "textColour",      "bodyTextColour",
    "paletteCvdDistinct", "barContrast", "textContrast",  "bodyTextContrast"};

inline constexpr size_t kMaxBatchItems = 100000;
inline constexpr size_t kMaxBatchContexts = 1024;
inline constexpr size_t kMaxBatchJsonBytes = 64 * 1024 * 1024;

// Errors of the whole call: kParse (not JSON), kMalformed (wrong shape, a
// context index out of range), kLimitExceeded (more than kMaxBatchItems items,
// kMaxBatchContexts contexts or kMaxBatchJsonBytes of text). Errors of one
// item (or of its context) are that item's entry.
StatusOr<std::string> BuildDisplaysJson(std::string_view input_json);

// The same batch in packed form: the browser's path, where building and
// parsing the JSON above cost more than the displays themselves. Numbers
// travel as doubles, texts once each in a JSON array.
//
// Header (JSON text): {"contexts": [...as above...], "strings": ["...", ...]}
//   "strings" holds the items' claims, verdict labels and factor codes.
// Items: kPackedItemWords doubles per item:
//   [context, calibrated, raw, hasRaw (0|1), verdictKind (NaN: decide from
//    the context's policy), verdictLabel (string index, -1: none),
//    claim (string index, -1: none), topK (NaN: the default 3),
//    firstFactor, factorCount]
// Factors: (code string index, weight) pairs; item i uses pairs
//   [firstFactor, firstFactor + factorCount).
// Output: kPackedDisplayWords doubles per item in `words`:
//   ok item: [1, then the fields in kBatchFields order, "reasons" as two
//     words (first triple, triple count) into `reasons`]; texts are indices
//     into `strings_json`, booleans 0|1, absent numbers NaN;
//   failed item: [0, code (string index), message (string index), NaN...].
// `reasons` holds (code index, text index, weight) triples.
inline constexpr size_t kPackedItemWords = 10;
inline constexpr size_t kPackedDisplayWords = 1 + kBatchFields.size() + 1;

struct PackedDisplays {
  std::string strings_json;  // JSON array of texts
  std::vector<double> words;
  std::vector<double> reasons;
};

// Errors of the whole call as for BuildDisplaysJson, and kMalformed for an
// item or factor array whose length is not a whole number of records, or an
// index (context, string, factor range) that is not an integer in range.
StatusOr<PackedDisplays> BuildDisplaysPacked(std::string_view header_json,
                                             std::span<const double> items,
                                             std::span<const double> factors);

}  // namespace seamkit::confidence

#endif  // SEAMKIT_CORE_CONFIDENCE_DISPLAY_BATCH_H_
