#include "core/report/impact.h"

#include <set>

#include <nlohmann/json.hpp>

namespace seamkit::report {
namespace {

using nlohmann::json;

Status Malformed(const std::string& what) {
  return Status(ErrorCode::kMalformed, "impact data: " + what);
}

bool GetString(const json& j, const char* key, std::string* out) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}

bool GetStrings(const json& j, const char* key, std::vector<std::string>* out) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return false;
  for (const json& v : *it) {
    if (!v.is_string()) return false;
    out->push_back(v.get<std::string>());
  }
  return true;
}

Status ReadFigure(const json& j, Figure* f) {
  if (!j.is_object() || !GetString(j, "id", &f->id) ||
      !GetString(j, "unit", &f->unit) ||
      !GetString(j, "population", &f->population) ||
      !GetString(j, "statement", &f->statement) ||
      !GetString(j, "source", &f->source) || !j.contains("value") ||
      !j["value"].is_number()) {
    return Malformed("a figure needs id, value, unit, population, "
                     "statement and source");
  }
  f->value = j["value"].get<double>();
  if (f->source.empty()) return Malformed("figure " + f->id + " has no source");
  if (f->unit != "percent" && f->unit != "people") {
    return Malformed("figure " + f->id + ": unit must be percent or people");
  }
  if (!(f->value > 0) || (f->unit == "percent" && f->value > 100)) {
    return Malformed("figure " + f->id + ": value out of range");
  }
  return Status::Ok();
}

Status ReadGroup(const json& j, const ImpactModel& m, UserGroup* g) {
  if (!j.is_object() || !GetString(j, "id", &g->id) ||
      !GetString(j, "label", &g->label) ||
      !GetString(j, "caveat", &g->caveat) ||
      !GetStrings(j, "basis", &g->basis) || g->basis.empty()) {
    return Malformed("a user group needs id, label, caveat and a basis");
  }
  double sum = 0;
  for (const std::string& id : g->basis) {
    const Figure* f = m.FindFigure(id);
    if (f == nullptr || f->unit != "percent") {
      return Malformed("group " + g->id + ": basis " + id +
                       " is not a percent figure");
    }
    sum += f->value;
    g->pool += (g->pool.empty() ? "" : "+") + id;
  }
  g->weight_percent = sum / static_cast<double>(g->basis.size());
  return Status::Ok();
}

Status ReadCategory(const json& j, const ImpactModel& m, Category* c) {
  if (!j.is_object() || !GetString(j, "id", &c->id) ||
      !GetString(j, "label", &c->label) ||
      !GetStrings(j, "rules", &c->rules) || !j.contains("severity") ||
      !j["severity"].is_object()) {
    return Malformed("a category needs id, label, rules and severity");
  }
  for (const auto& [group, value] : j["severity"].items()) {
    bool known = false;
    for (const UserGroup& g : m.user_groups) known |= g.id == group;
    if (!known || !value.is_number_integer() || value.get<int>() < 0 ||
        value.get<int>() > kMaxSeverity) {
      return Malformed("category " + c->id + ": bad severity for " + group);
    }
    c->severity[group] = value.get<int>();
  }
  return Status::Ok();
}

template <typename T, typename Reader>
Status ReadList(const json& j, const char* key, std::vector<T>* out,
                Reader read) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array() || it->empty()) {
    return Malformed(std::string("\"") + key + "\" must be a non-empty array");
  }
  std::set<std::string> ids;
  for (const json& item : *it) {
    T value;
    if (Status s = read(item, &value); !s.ok()) return s;
    if (!ids.insert(value.id).second) return Malformed("duplicate " + value.id);
    out->push_back(std::move(value));
  }
  return Status::Ok();
}

Status CheckRules(const ImpactModel& m) {
  std::set<std::string> rules;
  for (const Category& c : m.categories) {
    for (const std::string& r : c.rules) {
      if (!rules.insert(r).second) {
        return Malformed("rule " + r + " is in two categories");
      }
    }
  }
  if (m.categories.back().id != "other" || !m.categories.back().rules.empty()) {
    return Malformed("the last category must be \"other\" with no rules");
  }
  return Status::Ok();
}

}  // namespace

const Category& ImpactModel::CategoryOf(std::string_view rule_id) const {
  for (const Category& c : categories) {
    for (const std::string& r : c.rules) {
      if (r == rule_id) return c;
    }
  }
  return categories.back();
}

const Figure* ImpactModel::FindFigure(std::string_view id) const {
  for (const Figure& f : figures) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

StatusOr<ImpactModel> ParseImpactModel(std::string_view json_text) {
  json j = json::parse(json_text, nullptr, false);
  if (j.is_discarded()) {
    return Status(ErrorCode::kParse, "impact data: not valid JSON");
  }
  ImpactModel m;
  std::string format;
  if (!j.is_object() || !GetString(j, "format", &format) ||
      format != "seamkit.impact") {
    return Malformed("\"format\" must be \"seamkit.impact\"");
  }
  if (!j.contains("version") || j["version"] != 1) {
    return Status(ErrorCode::kUnsupported, "impact data: only version 1");
  }
  if (!GetString(j, "method", &m.method) || m.method.empty()) {
    return Malformed("\"method\" must be a non-empty string");
  }
  Status s = ReadList(j, "figures", &m.figures, ReadFigure);
  if (s.ok()) {
    s = ReadList(j, "userGroups", &m.user_groups,
                 [&m](const json& item, UserGroup* g) {
                   return ReadGroup(item, m, g);
                 });
  }
  if (s.ok()) {
    s = ReadList(j, "categories", &m.categories,
                 [&m](const json& item, Category* c) {
                   return ReadCategory(item, m, c);
                 });
  }
  if (s.ok()) s = CheckRules(m);
  if (!s.ok()) return s;
  return m;
}

const ImpactModel& DefaultImpactModel() {
  static const ImpactModel* model =
      new ImpactModel(ParseImpactModel(DefaultImpactJson()).value());
  return *model;
}

}  // namespace seamkit::report
