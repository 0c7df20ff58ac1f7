#include "core/a11y/engine.h"

#include <algorithm>
#include <utility>

#include "core/a11y/context.h"

namespace seamkit::a11y {
namespace {

bool Selected(const RuleInfo& info, const AuditOptions& o) {
  if (o.rules.empty() && o.tags.empty()) return true;
  if (std::find(o.rules.begin(), o.rules.end(), info.id) != o.rules.end()) {
    return true;
  }
  for (std::string_view tag : info.tags) {
    if (std::find(o.tags.begin(), o.tags.end(), tag) != o.tags.end()) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view OutcomeName(Outcome o) {
  switch (o) {
    case Outcome::kPassed: return "passed";
    case Outcome::kFailed: return "failed";
    case Outcome::kCantTell: return "cantTell";
    case Outcome::kInapplicable: return "inapplicable";
  }
  return "inapplicable";
}

std::string_view ImpactName(Impact i) {
  switch (i) {
    case Impact::kMinor: return "minor";
    case Impact::kModerate: return "moderate";
    case Impact::kSerious: return "serious";
    case Impact::kCritical: return "critical";
  }
  return "minor";
}

const Rule* FindRule(std::string_view id) {
  for (const Rule* r : AllRules()) {
    if (r->info.id == id) return r;
  }
  return nullptr;
}

Outcome AggregateOutcome(const std::vector<NodeResult>& nodes) {
  if (nodes.empty()) return Outcome::kInapplicable;
  bool cant_tell = false;
  for (const NodeResult& n : nodes) {
    if (n.outcome == Outcome::kFailed) return Outcome::kFailed;
    cant_tell = cant_tell || n.outcome == Outcome::kCantTell;
  }
  return cant_tell ? Outcome::kCantTell : Outcome::kPassed;
}

StatusOr<AuditResults> RunAudit(const Snapshot& snapshot,
                                const AuditOptions& options) {
  for (const std::string& id : options.rules) {
    if (FindRule(id) == nullptr) {
      return Status(ErrorCode::kInvalidArgument, "unknown rule id: " + id);
    }
  }
  AuditContext ctx(snapshot);
  AuditResults results;
  for (const Rule* rule : AllRules()) {
    if (!Selected(rule->info, options)) continue;
    RuleReporter reporter;
    rule->check(ctx, reporter);
    RuleResult r;
    r.info = &rule->info;
    r.nodes = std::move(reporter.nodes());
    auto by_node = [](const NodeResult& a, const NodeResult& b) { return a.node < b.node; };
    // Most rules report in document order already: a check is cheaper than
    // a stable sort's moves of every result.
    if (!std::is_sorted(r.nodes.begin(), r.nodes.end(), by_node)) {
      std::stable_sort(r.nodes.begin(), r.nodes.end(), by_node);
    }
    r.outcome = AggregateOutcome(r.nodes);
    results.rules.push_back(std::move(r));
  }
  return results;
}

}  // namespace seamkit::a11y
