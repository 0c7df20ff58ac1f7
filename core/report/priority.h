// Priority model: scores each group by severity x share of users affected x
// prominence, and picks the "fix first" set by greedy weighted set cover
// over user-group pools. Versioned so that reports stay comparable.
#ifndef SEAMKIT_CORE_REPORT_PRIORITY_H_
#define SEAMKIT_CORE_REPORT_PRIORITY_H_

#include <string>
#include <vector>

#include "core/report/grouping.h"
#include "core/report/impact.h"

namespace seamkit::report {

// In every report. Bump when a formula or weight below changes.
inline constexpr char kPriorityModelVersion[] = "priority-model 1.0";

// Model 1.0:
//   severity   = impact weight: minor 1, moderate 2, serious 3, critical 4
//   share      = sum over pools of pool weight x (highest rating of the
//                rule's category for a user group in the pool) / 3,
//                divided by the summed weight of all pools
//   prominence = (1 + 0.5 interactive + 0.5 first viewport
//                   + 0.25 in main or navigation + 1 blocks a task)
//                x (1 + log2(instances))
//   score      = severity x share x prominence
// Fix first: greedy set cover. Each step takes the group that adds the
// most pool weight rated >= kAffectedSeverity (ties: higher score, then
// earlier group); it stops at `max_fix_first` groups or when no group adds
// weight. Greedy is within 1 - 1/e of the best cover of that size.
struct GroupScore {
  size_t group = 0;  // index into the groups
  double severity = 0, share = 0, prominence = 0, score = 0;
  std::vector<std::string> affected;  // user group ids rated >= 2, in order
};

struct Priorities {
  std::string model_version = kPriorityModelVersion;
  std::vector<GroupScore> ranked;   // by score, highest first
  std::vector<size_t> fix_first;    // group indices, in pick order
  double fix_first_share = 0;       // in [0, 1]
  double all_share = 0;             // share affected by all the groups
  std::string summary;              // one sentence, plain text
  std::string method;               // "how we estimate" (from the data)
};

double ImpactWeight(Impact impact);

Priorities Prioritize(const std::vector<Group>& groups,
                      const ImpactModel& model, size_t max_fix_first = 3);

}  // namespace seamkit::report

#endif  // SEAMKIT_CORE_REPORT_PRIORITY_H_
