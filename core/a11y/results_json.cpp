#include "core/a11y/results_json.h"

#include <span>
#include <string_view>
#include <unordered_map>

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
      if (!n.data.is_null()) node["data"] = nlohmann::ordered_json::parse(n.data.text());
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

namespace {

void AppendString(std::string* out, std::string_view s) { AppendJsonString(out, s); }

void AppendStrings(std::string* out, std::span<const std::string_view> items) {
  *out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) *out += ',';
    AppendString(out, items[i]);
  }
  *out += ']';
}

}  // namespace

// Written directly rather than through ResultsToJsonValue: on a page of 20k
// elements the tree (and its per-node copy of each node's data) cost as much
// as the audit itself. The text is the same, byte for byte (tested).
std::string ResultsToJson(const AuditResults& results) {
  std::string out;
  out.reserve(64 + results.rules.size() * 512);
  out += R"({"engine":"seamkit","formatVersion":)";
  out += std::to_string(kResultsFormatVersion);
  out += R"(,"rules":[)";
  for (size_t i = 0; i < results.rules.size(); ++i) {
    const RuleResult& r = results.rules[i];
    const RuleInfo& info = *r.info;
    if (i) out += ',';
    out += R"({"id":)";
    AppendString(&out, info.id);
    out += R"(,"description":)";
    AppendString(&out, info.description);
    out += R"(,"help":)";
    AppendString(&out, info.help);
    out += R"(,"helpUrl":)";
    AppendString(&out, info.help_url);
    out += R"(,"impact":)";
    AppendString(&out, ImpactName(info.impact));
    out += R"(,"tags":)";
    AppendStrings(&out, info.tags);
    out += R"(,"actIds":)";
    AppendStrings(&out, info.act_ids);
    out += R"(,"wcag":)";
    AppendStrings(&out, info.wcag);
    out += R"(,"outcome":)";
    AppendString(&out, OutcomeName(r.outcome));
    out += R"(,"nodes":[)";
    for (size_t k = 0; k < r.nodes.size(); ++k) {
      const NodeResult& n = r.nodes[k];
      if (k) out += ',';
      out += R"({"node":)";
      out += std::to_string(n.node);
      out += R"(,"outcome":)";
      AppendString(&out, OutcomeName(n.outcome));
      out += R"(,"message":)";
      AppendString(&out, n.message);
      if (!n.data.is_null()) {
        out += R"(,"data":)";
        out += n.data.text();
      }
      out += '}';
    }
    out += "]}";
  }
  out += "]}";
  return out;
}

namespace {

// The rule fields before "nodes", as ResultsToJson writes them.
void AppendRuleHead(std::string* out, const RuleResult& r) {
  const RuleInfo& info = *r.info;
  *out += R"({"id":)";
  AppendString(out, info.id);
  *out += R"(,"description":)";
  AppendString(out, info.description);
  *out += R"(,"help":)";
  AppendString(out, info.help);
  *out += R"(,"helpUrl":)";
  AppendString(out, info.help_url);
  *out += R"(,"impact":)";
  AppendString(out, ImpactName(info.impact));
  *out += R"(,"tags":)";
  AppendStrings(out, info.tags);
  *out += R"(,"actIds":)";
  AppendStrings(out, info.act_ids);
  *out += R"(,"wcag":)";
  AppendStrings(out, info.wcag);
  *out += R"(,"outcome":)";
  AppendString(out, OutcomeName(r.outcome));
}

}  // namespace

PackedResults PackResults(const AuditResults& results) {
  PackedResults p;
  size_t total = 0;
  for (const RuleResult& r : results.rules) total += r.nodes.size();
  p.words.reserve(total * kPackedNodeWords);
  std::string strings = "[", data = "[";
  std::unordered_map<std::string_view, int32_t> ids;
  int32_t data_count = 0;
  p.head.reserve(64 + results.rules.size() * 512);
  p.head += R"({"engine":"seamkit","formatVersion":)";
  p.head += std::to_string(kResultsFormatVersion);
  p.head += R"(,"rules":[)";
  for (size_t i = 0; i < results.rules.size(); ++i) {
    const RuleResult& r = results.rules[i];
    if (i) p.head += ',';
    AppendRuleHead(&p.head, r);
    p.head += R"(,"nodes":)";
    p.head += std::to_string(r.nodes.size());
    p.head += '}';
    for (const NodeResult& n : r.nodes) {
      auto [it, added] = ids.try_emplace(n.message, static_cast<int32_t>(ids.size()));
      if (added) {
        if (it->second) strings += ',';
        AppendString(&strings, n.message);
      }
      int32_t data_id = -1;
      if (!n.data.is_null()) {
        if (data_count) data += ',';
        data += n.data.text();
        data_id = data_count++;
      }
      p.words.insert(p.words.end(), {static_cast<int32_t>(n.node),
                                     static_cast<int32_t>(n.outcome), it->second, data_id});
    }
  }
  p.head += R"(],"strings":)";
  p.head += strings;
  p.head += R"(],"data":)";
  p.head += data;
  p.head += "]}";
  return p;
}

}  // namespace seamkit::a11y
