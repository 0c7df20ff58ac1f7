#include "core/a11y/results_json.h"

#include <span>
#include <string_view>

namespace seamkit::a11y {
namespace {

nlohmann::ordered_json StringArray(std::span<const std::string_view> items) {
  nlohmann::ordered_json a = nlohmann::ordered_json::array();
  for (std::string_view s : items) a.push_back(std::string(s));
  return a;
}

}  // namespace

nlohmann::ordered_json ResultsToJsonValue(const AuditResults& results) {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  for (const RuleResult& r : results.rules) {
    const RuleInfo& info = *r.info;
    nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
    for (const NodeResult& n : r.nodes) {
      nlohmann::ordered_json node = {{"node", n.node},
                             {"outcome", std::string(OutcomeName(n.outcome))},
                             {"message", n.message}};
      if (!n.data.is_null()) node["data"] = nlohmann::ordered_json(n.data);
      nodes.push_back(std::move(node));
    }
    rules.push_back(nlohmann::ordered_json{{"id", std::string(info.id)},
                     {"description", std::string(info.description)},
                     {"help", std::string(info.help)},
                     {"helpUrl", std::string(info.help_url)},
                     {"impact", std::string(ImpactName(info.impact))},
                     {"tags", StringArray(info.tags)},
                     {"actIds", StringArray(info.act_ids)},
                     {"wcag", StringArray(info.wcag)},
                     {"outcome", std::string(OutcomeName(r.outcome))},
                     {"nodes", std::move(nodes)}});
  }
  return nlohmann::ordered_json{{"engine", "seamkit"},
          {"formatVersion", kResultsFormatVersion},
          {"rules", std::move(rules)}};
}

std::string ResultsToJson(const AuditResults& results) {
  return ResultsToJsonValue(results).dump(
      -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace seamkit::a11y
