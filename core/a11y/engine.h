// Runs the registered rules over a snapshot.
//
//   StatusOr<AuditResults> r = RunAudit(snapshot, {.tags = {"wcag2a"}});
//   std::string json = ResultsToJson(*r);  // results_json.h
//
// Selection: with neither `rules` nor `tags`, every rule runs; otherwise a
// rule runs when its id is in `rules` or it carries one of `tags`. An
// unknown rule id is kInvalidArgument (a typo must not silently skip).
#ifndef SEAMKIT_CORE_A11Y_ENGINE_H_
#define SEAMKIT_CORE_A11Y_ENGINE_H_

#include <string>
#include <vector>

#include "core/a11y/rule.h"
#include "core/a11y/snapshot.h"
#include "core/common/status.h"

namespace seamkit::a11y {

struct AuditOptions {
  std::vector<std::string> rules;  // rule ids
  std::vector<std::string> tags;   // wcag2a, wcag2aa, best-practice, ...
};

struct RuleResult {
  const RuleInfo* info = nullptr;  // static storage
  Outcome outcome = Outcome::kInapplicable;
  std::vector<NodeResult> nodes;  // document order
};

struct AuditResults {
  std::vector<RuleResult> rules;  // registry order
};

// failed > cantTell > passed over the nodes; inapplicable without nodes.
Outcome AggregateOutcome(const std::vector<NodeResult>& nodes);

StatusOr<AuditResults> RunAudit(const Snapshot& snapshot,
                                const AuditOptions& options = {});

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_ENGINE_H_
