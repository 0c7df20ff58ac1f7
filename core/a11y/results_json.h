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
//          "strings"; equal messages share one), data (index into "data",
//          -1 for none)
// Unpacking gives exactly what ResultsToJson gives (tested).
inline constexpr size_t kPackedNodeWords = 4;
struct PackedResults {
  std::string head;
  std::vector<int32_t> words;
};
PackedResults PackResults(const AuditResults& results);

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_RESULTS_JSON_H_
