// The whole report as JSON: failures in (input.h format), groups with their
// fixes, scores and the "fix first" pick out, plus the priority model
// version and the impact figures the estimate rests on.
#ifndef SEAMKIT_CORE_REPORT_REPORT_JSON_H_
#define SEAMKIT_CORE_REPORT_REPORT_JSON_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "core/common/status.h"

namespace seamkit::report {

inline constexpr int kReportFormatVersion = 1;
inline constexpr size_t kMaxFixFirst = 50;

// Output (compact JSON):
// {"format":"seamkit.report","formatVersion":1,
//  "priorityModel":"priority-model 1.0",
//  "summary":{"sentence","share","allShare","method","failures","groups"},
//  "sources":[{"id","value","unit","population","statement","source"}],
//  "userGroups":[{"id","label","weightPercent","caveat"}],
//  "fixFirst":[group index, ...],
//  "groups":[{"id","rule","cause":{"kind","value"},"impact","tags",
//    "category":{"id","label"},"affected":[user group id],
//    "instances":[failure index],"rank","score":{"severity","share",
//    "prominence","score"},"flags":{"interactive","firstViewport",
//    "mainOrNav","blocksTask"},
//    "fix":{"language","snippet","why","suggestion","suggestionSource",
//      "contrast":{"fg","bg","ratio","largeText","fixes":[{"level",
//        "change","reachable","target","hex","ratio","deltaE"}]}}}]}
// Groups are in order of first appearance; "rank" is 1-based by score.
// Errors: those of ReadFailuresJson; kOutOfRange when max_fix_first is
// above kMaxFixFirst.
StatusOr<std::string> BuildReportJson(std::string_view input_json,
                                      size_t max_fix_first = 3);

}  // namespace seamkit::report

#endif  // SEAMKIT_CORE_REPORT_REPORT_JSON_H_
