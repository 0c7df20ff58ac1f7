// Serialises audit results in seamkit's interchange format (formatVersion 1):
// {"engine":"seamkit","formatVersion":1,"rules":[{"id","description","help",
//  "helpUrl","impact","tags":[..],"actIds":[..],"wcag":[..],"outcome",
//  "nodes":[{"node":<NodeId>,"outcome","message","data":{..}}]}]}
// "data" appears only on nodes that carry rule-specific fields. The JS layer
// maps node ids to live elements and builds axe-compatible groups.
#ifndef SEAMKIT_CORE_A11Y_RESULTS_JSON_H_
#define SEAMKIT_CORE_A11Y_RESULTS_JSON_H_

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/a11y/engine.h"
#include "core/common/status.h"

namespace seamkit::a11y {

inline constexpr int kResultsFormatVersion = 1;

nlohmann::ordered_json ResultsToJsonValue(const AuditResults& results);
// Compact JSON text; invalid UTF-8 in messages is replaced, never thrown.
std::string ResultsToJson(const AuditResults& results);

// The same results for the browser path, without a JSON text per node:
//   head   {"engine":"seamkit","formatVersion":1,"rules":[{"id",...,"outcome",
//          "nodes":<count>}],"strings":[..],"data":[{..},..]} (the rule
//          fields as above, in the same order; "nodes" holds the count)
//   words  kPackedNodeWords per node result, rule by rule in document
//          order: node id, outcome (Outcome), message (index into
//          "strings"; equal messages share one), data: -1 for none, k >= 0
//          for "data"[k] (data made from a json value), or -2 - i for the
//          fields record at fields[i] (data from NodeDataWriter)
//   fields per record: the field count, then two numbers per field: its key
//          (index into "strings") times 4 plus its kind, and its value.
//          Kinds: kPackedNumber (the value is the number, JSON null when not
//          finite), kPackedBoolean (0 or 1), kPackedString (the value indexes
//          "strings")
// Unpacking gives exactly what ResultsToJson gives (tested).
inline constexpr size_t kPackedNodeWords = 4;
inline constexpr int kPackedNumber = 0, kPackedBoolean = 1, kPackedString = 2;
struct PackedResults {
  std::string head;
  std::vector<int32_t> words;
  std::vector<double> fields;
};
PackedResults PackResults(const AuditResults& results);

// The reverse, as web/a11y/index.js does it: ResultsToJsonValue's value, or
// kInternal naming the first inconsistency (for tests and the fuzz target).
StatusOr<nlohmann::ordered_json> UnpackResults(const PackedResults& packed);

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_RESULTS_JSON_H_
