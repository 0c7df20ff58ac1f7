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
#include <string>
#include <string_view>

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

}  // namespace seamkit::confidence

#endif  // SEAMKIT_CORE_CONFIDENCE_DISPLAY_BATCH_H_
