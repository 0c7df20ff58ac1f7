#include "core/a11y/results_json.h"

#include <cmath>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

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

namespace {

// Interns strings for the packed head: equal strings share one index.
class PackedStrings {
 public:
  PackedStrings() { text_ = "["; }
  int32_t Intern(std::string_view s) {
    auto [it, added] = ids_.try_emplace(s, static_cast<int32_t>(ids_.size()));
    if (added) {
      if (it->second) text_ += ',';
      AppendString(&text_, s);
    }
    return it->second;
  }
  // A field name: by the literal's address first (a handful per audit).
  int32_t Key(const DataField& f) {
    for (const auto& [ptr, id] : keys_) {
      if (ptr == f.key_id) return id;
    }
    int32_t id = Intern(f.key);
    keys_.emplace_back(f.key_id, id);
    return id;
  }
  const std::string& text() const { return text_; }

 private:
  std::unordered_map<std::string_view, int32_t> ids_;
  std::vector<std::pair<const char*, int32_t>> keys_;
  std::string text_;
};

void PackFields(const NodeData& d, PackedStrings* strings, std::vector<double>* fields) {
  size_t count_at = fields->size();
  fields->push_back(0);
  double count = 0;
  d.ForEachField([&](const DataField& f) {
    int kind = kPackedNumber;
    double value = f.number;
    switch (f.kind) {
      case DataKind::kNumber:
      case DataKind::kInteger:
        break;
      case DataKind::kFalse:
      case DataKind::kTrue:
        kind = kPackedBoolean;
        value = f.kind == DataKind::kTrue ? 1 : 0;
        break;
      case DataKind::kString:
        kind = kPackedString;
        value = strings->Intern(f.str);
        break;
    }
    fields->push_back(static_cast<double>(strings->Key(f)) * 4 + kind);
    fields->push_back(value);
    ++count;
  });
  (*fields)[count_at] = count;
}

}  // namespace

PackedResults PackResults(const AuditResults& results) {
  PackedResults p;
  size_t total = 0, field_numbers = 0;
  for (const RuleResult& r : results.rules) {
    total += r.nodes.size();
    for (const NodeResult& n : r.nodes) {
      if (n.data.has_fields()) field_numbers += 1 + 2 * n.data.field_count();
    }
  }
  // Sized once: growing a large buffer costs copies and fresh pages.
  p.words.reserve(total * kPackedNodeWords);
  p.fields.reserve(field_numbers);
  PackedStrings strings;
  std::string data = "[";
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
      int32_t message = strings.Intern(n.message);
      int32_t data_id = -1;
      if (n.data.has_fields()) {
        data_id = -2 - static_cast<int32_t>(p.fields.size());
        PackFields(n.data, &strings, &p.fields);
      } else if (!n.data.is_null()) {
        if (data_count) data += ',';
        data += n.data.text();
        data_id = data_count++;
      }
      p.words.insert(p.words.end(), {static_cast<int32_t>(n.node),
                                     static_cast<int32_t>(n.outcome), message, data_id});
    }
  }
  p.head += R"(],"strings":)";
  p.head += strings.text();
  p.head += R"(],"data":)";
  p.head += data;
  p.head += "]}";
  return p;
}

namespace {

// Reads one fields record at `at`; false when it does not fit or an index is
// out of range.
bool UnpackFields(const PackedResults& p, const nlohmann::ordered_json& strings, size_t at,
                  nlohmann::ordered_json* out) {
  const std::vector<double>& f = p.fields;
  if (at >= f.size()) return false;
  double count = f[at++];
  if (!(count >= 0) || count > static_cast<double>(f.size() - at) / 2) return false;
  auto string_at = [&](double v) -> const nlohmann::ordered_json* {
    if (!(v >= 0) || v >= static_cast<double>(strings.size()) || v != std::floor(v)) {
      return nullptr;
    }
    return &strings[static_cast<size_t>(v)];
  };
  *out = nlohmann::ordered_json::object();
  for (size_t k = 0; k < static_cast<size_t>(count); ++k, at += 2) {
    double key_kind = f[at], value = f[at + 1];
    if (!(key_kind >= 0) || key_kind != std::floor(key_kind)) return false;
    const nlohmann::ordered_json* key = string_at(std::floor(key_kind / 4));
    if (!key) return false;
    double kind = std::fmod(key_kind, 4);
    nlohmann::ordered_json v;
    if (kind == kPackedNumber) {
      // One number type, as in JS (nlohmann compares 700 and 700.0 equal).
      if (std::isfinite(value)) v = value;
    } else if (kind == kPackedBoolean) {
      v = value != 0;
    } else if (kind == kPackedString) {
      const nlohmann::ordered_json* s = string_at(value);
      if (!s) return false;
      v = *s;
    } else {
      return false;
    }
    (*out)[key->get<std::string>()] = std::move(v);
  }
  return true;
}

}  // namespace

StatusOr<nlohmann::ordered_json> UnpackResults(const PackedResults& p) {
  auto bad = [](const char* what) {
    return Status(ErrorCode::kInternal, std::string("packed results: ") + what);
  };
  nlohmann::ordered_json head = nlohmann::ordered_json::parse(p.head, nullptr, false);
  if (head.is_discarded() || !head.is_object() || !head.contains("rules") ||
      !head["rules"].is_array() || !head.contains("strings") || !head["strings"].is_array() ||
      !head.contains("data") || !head["data"].is_array()) {
    return bad("the head is not the expected JSON");
  }
  const nlohmann::ordered_json& strings = head["strings"];
  const nlohmann::ordered_json& data = head["data"];
  static constexpr const char* kNames[] = {"passed", "failed", "cantTell", "inapplicable"};
  size_t at = 0;
  for (nlohmann::ordered_json& rule : head["rules"]) {
    if (!rule.contains("nodes") || !rule["nodes"].is_number_unsigned()) {
      return bad("a rule without a node count");
    }
    size_t count = rule["nodes"].get<size_t>();
    nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
    for (size_t i = 0; i < count; ++i, at += kPackedNodeWords) {
      if (at + kPackedNodeWords > p.words.size()) return bad("too few words");
      int32_t outcome = p.words[at + 1], message = p.words[at + 2], d = p.words[at + 3];
      if (outcome < 0 || outcome > 3) return bad("an unknown outcome");
      if (message < 0 || static_cast<size_t>(message) >= strings.size()) {
        return bad("a message index out of range");
      }
      nlohmann::ordered_json n = {{"node", static_cast<uint32_t>(p.words[at])},
                                  {"outcome", kNames[outcome]},
                                  {"message", strings[static_cast<size_t>(message)]}};
      if (d >= 0) {
        if (static_cast<size_t>(d) >= data.size()) return bad("a data index out of range");
        n["data"] = data[static_cast<size_t>(d)];
      } else if (d <= -2) {
        nlohmann::ordered_json fields;
        if (!UnpackFields(p, strings, static_cast<size_t>(-2 - static_cast<int64_t>(d)),
                          &fields)) {
          return bad("a fields record out of range");
        }
        n["data"] = std::move(fields);
      }
      nodes.push_back(std::move(n));
    }
    rule["nodes"] = std::move(nodes);
  }
  if (at != p.words.size()) return bad("words left over");
  head.erase("strings");
  head.erase("data");
  return head;
}

}  // namespace seamkit::a11y
