// A rule is data (RuleInfo) plus one small check function that reports a
// per-node outcome through a RuleReporter. One rule per file under
// core/a11y/rules/<rule-id>.cpp; registry.cpp lists them.
//
//   void CheckImageAlt(AuditContext& ctx, RuleReporter& out) {
//     for (NodeId n = 0; n < ctx.snapshot().size(); ++n) {
//       if (!applicable) continue;
//       if (ok) out.Pass(n); else out.Fail(n, "Image has no accessible name");
//     }
//   }
//
// Outcomes follow the W3C ACT rules format: a node the rule applies to is
// passed, failed or cantTell (human judgement or data the snapshot lacks);
// a rule with no applicable node is inapplicable.
#ifndef SEAMKIT_CORE_A11Y_RULE_H_
#define SEAMKIT_CORE_A11Y_RULE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/a11y/context.h"
#include "core/a11y/node_data.h"
#include "core/a11y/snapshot.h"

namespace seamkit::a11y {

enum class Outcome : uint8_t { kPassed, kFailed, kCantTell, kInapplicable };
std::string_view OutcomeName(Outcome o);  // "passed", "cantTell", ...

enum class Impact : uint8_t { kMinor, kModerate, kSerious, kCritical };
std::string_view ImpactName(Impact i);

struct RuleInfo {
  std::string_view id;           // kebab-case, equal to the file name
  std::string_view description;  // what the rule checks
  std::string_view help;         // what to do, one line
  std::string_view help_url;
  Impact impact;
  std::span<const std::string_view> tags;     // wcag2a, wcag111, ...
  std::span<const std::string_view> act_ids;  // W3C ACT rule ids
  std::span<const std::string_view> wcag;     // success criteria "1.1.1"
};

struct NodeResult {
  NodeId node = kNoNode;
  Outcome outcome = Outcome::kPassed;
  std::string message;  // one line; empty for passes
  NodeData data;        // null or an object of rule-specific fields
};

class RuleReporter {
 public:
  void Pass(NodeId n, std::string message = {}) {
    Add(n, Outcome::kPassed, std::move(message), nullptr);
  }
  void Fail(NodeId n, std::string message, nlohmann::json data = nullptr) {
    Add(n, Outcome::kFailed, std::move(message), std::move(data));
  }
  void CantTell(NodeId n, std::string message, nlohmann::json data = nullptr) {
    Add(n, Outcome::kCantTell, std::move(message), std::move(data));
  }
  void Add(NodeId n, Outcome o, std::string message, const nlohmann::json& data) {
    nodes_.push_back({n, o, std::move(message), NodeData(data)});
  }
  // For rules that write their data with NodeDataWriter (hot paths).
  void AddData(NodeId n, Outcome o, std::string message, NodeData data) {
    nodes_.push_back({n, o, std::move(message), std::move(data)});
  }
  std::vector<NodeResult>& nodes() { return nodes_; }

 private:
  std::vector<NodeResult> nodes_;
};

using RuleCheck = void (*)(AuditContext& ctx, RuleReporter& out);

struct Rule {
  RuleInfo info;
  RuleCheck check;
};

// Every registered rule, in a stable order (registry.cpp).
std::span<const Rule* const> AllRules();
const Rule* FindRule(std::string_view id);

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_RULE_H_
