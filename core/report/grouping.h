// Groups failures into issues by rule and shared root cause, so that one
// fix resolves a whole group.
#ifndef SEAMKIT_CORE_REPORT_GROUPING_H_
#define SEAMKIT_CORE_REPORT_GROUPING_H_

#include <optional>
#include <string>
#include <vector>

#include "core/report/input.h"

namespace seamkit::report {

// What the instances of a group share, tried in this order:
//   kColorPair       contrast failures with the same painted fg/bg pair
//   kComponent       the same component ancestor
//   kClassList       the same (sorted) class list
//   kMissingAttribute the same missing attribute
//   kSingle          nothing shared: one node per group
enum class CauseKind {
  kColorPair,
  kComponent,
  kClassList,
  kMissingAttribute,
  kSingle,
};
const char* CauseKindName(CauseKind kind);

struct Group {
  std::string id;          // rule_id + "|" + cause key; stable across runs
  std::string rule_id;
  CauseKind cause = CauseKind::kSingle;
  std::string cause_value; // "#777777/#ffffff", ".card", "a.more", "alt"...
  std::vector<size_t> instances;  // indices into the failure list, in order
  // Aggregates over the instances.
  Impact impact = Impact::kMinor;  // the highest
  std::vector<std::string> wcag_tags;  // union, sorted
  bool interactive = false, in_first_viewport = false;
  bool in_main_or_nav = false, blocks_task = false;
  // For kColorPair groups: the pair and the smallest font among instances
  // decide the target, so the fix holds for every instance.
  std::optional<ContrastInput> contrast;
};

// Groups in order of first appearance of their first instance.
std::vector<Group> GroupFailures(const std::vector<FailureNode>& failures);

}  // namespace seamkit::report

#endif  // SEAMKIT_CORE_REPORT_GROUPING_H_
