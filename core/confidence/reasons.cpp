#include "core/confidence/reasons.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace seamkit::confidence {
namespace {

using nlohmann::json;

Status Malformed(const std::string& what) {
  return Status(ErrorCode::kMalformed, "string table: " + what);
}

// Reads obj[key] as a non-empty string of bounded size into *out.
Status ReadText(const json& obj, const char* key, const std::string& where,
                std::string* out) {
  auto it = obj.find(key);
  if (it == obj.end()) return Malformed(where + key + " is missing");
  if (!it->is_string()) return Malformed(where + key + " must be a string");
  const std::string& text = it->get_ref<const std::string&>();
  if (text.empty()) return Malformed(where + key + " is empty");
  if (text.size() > kMaxTableStringBytes) {
    return Status(ErrorCode::kLimitExceeded,
                  "string table: " + where + key + " is over 1 KiB");
  }
  *out = text;
  return Status::Ok();
}

const json* ReadObject(const json& obj, const char* key) {
  auto it = obj.find(key);
  return (it != obj.end() && it->is_object()) ? &*it : nullptr;
}

bool ValidLocale(const std::string& s) {
  if (s.size() > 35) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '-';
  });
}

Status ReadReasons(const json& root, StringTable* t) {
  const json* reasons = ReadObject(root, "reasons");
  if (!reasons) return Malformed("reasons must be an object");
  if (reasons->size() > kMaxFactors) {
    return Status(ErrorCode::kLimitExceeded,
                  "string table: more than 256 reasons");
  }
  for (auto it = reasons->begin(); it != reasons->end(); ++it) {
    std::string text;
    Status s = ReadText(*reasons, it.key().c_str(), "reasons.", &text);
    if (!s.ok()) return s;
    t->reasons[it.key()] = std::move(text);
  }
  return Status::Ok();
}

Status ReadLabels(const json& root, StringTable* t) {
  const json* labels = ReadObject(root, "labels");
  if (!labels) return Malformed("labels must be an object");
  const std::pair<const char*, std::string*> fields[] = {
      {"meter", &t->meter_label},
      {"percent", &t->percent_template},
      {"value", &t->value_template},
      {"value-invalid", &t->value_invalid_template},
      {"percent-invalid", &t->percent_invalid},
      {"raw-score", &t->raw_score_label},
      {"raw-unavailable", &t->raw_unavailable},
      {"reasons-heading", &t->reasons_heading}};
  for (const auto& [key, out] : fields) {
    Status s = ReadText(*labels, key, "labels.", out);
    if (!s.ok()) return s;
  }
  auto has = [](const std::string& s, const char* p) {
    return s.find(p) != std::string::npos;
  };
  if (!has(t->percent_template, "{value}")) {
    return Malformed("labels.percent lacks {value}");
  }
  if (!has(t->value_template, "{percent}") ||
      !has(t->value_template, "{verdict}")) {
    return Malformed("labels.value lacks {percent} or {verdict}");
  }
  if (!has(t->value_invalid_template, "{verdict}")) {
    return Malformed("labels.value-invalid lacks {verdict}");
  }
  return Status::Ok();
}

Status ReadTable(const json& root, StringTable* t) {
  if (!root.is_object()) return Malformed("the top level must be an object");
  Status s = ReadText(root, "locale", "", &t->locale);
  if (!s.ok()) return s;
  if (!ValidLocale(t->locale)) {
    return Malformed("locale must be letters, digits and '-' (35 at most)");
  }
  for (const char* key : {"generic", "disclaimer"}) {
    s = ReadText(root, key, "",
                 key[0] == 'g' ? &t->generic : &t->disclaimer);
    if (!s.ok()) return s;
  }
  const json* verdicts = ReadObject(root, "verdicts");
  if (!verdicts) return Malformed("verdicts must be an object");
  for (size_t i = 0; i < kVerdictIds.size(); ++i) {
    s = ReadText(*verdicts, kVerdictIds[i], "verdicts.", &t->verdicts[i]);
    if (!s.ok()) return s;
  }
  s = ReadReasons(root, t);
  if (!s.ok()) return s;
  return ReadLabels(root, t);
}

}  // namespace

const StringTable& DefaultStringTable() {
  // The built-in JSON is checked by reasons_test.cpp; should it ever fail to
  // parse, callers get an empty table rather than a crash.
  static const StringTable kTable = [] {
    StatusOr<StringTable> t = ParseStringTable(DefaultStringTableJson());
    return t.ok() ? *t : StringTable{};
  }();
  return kTable;
}

StatusOr<StringTable> ParseStringTable(std::string_view text) {
  if (text.size() > kMaxTableJsonBytes) {
    return Status(ErrorCode::kLimitExceeded,
                  "string table JSON is over 64 KiB");
  }
  json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    return Status(ErrorCode::kParse, "string table is not valid JSON");
  }
  StringTable table;
  Status s = ReadTable(root, &table);
  if (!s.ok()) return s;
  return table;
}

std::string FillTemplate(
    std::string_view tmpl,
    const std::vector<std::pair<std::string_view, std::string_view>>& values) {
  std::string out;
  size_t i = 0;
  while (i < tmpl.size()) {
    bool replaced = false;
    if (tmpl[i] == '{') {
      for (const auto& [name, value] : values) {
        if (tmpl.compare(i + 1, name.size(), name) == 0 &&
            i + 1 + name.size() < tmpl.size() &&
            tmpl[i + 1 + name.size()] == '}') {
          out += value;
          i += name.size() + 2;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += tmpl[i++];
  }
  return out;
}

StatusOr<std::vector<Reason>> RankReasons(const std::vector<Factor>& factors,
                                          const StringTable& table,
                                          size_t top_k) {
  if (top_k < 1 || top_k > kMaxTopK) {
    return Status(ErrorCode::kInvalidArgument, "top_k must be in [1, 16]");
  }
  if (factors.size() > kMaxFactors) {
    return Status(ErrorCode::kLimitExceeded, "more than 256 factors");
  }
  std::map<std::string, double> merged;  // table code or "generic" -> |w|
  for (size_t i = 0; i < factors.size(); ++i) {
    double w = factors[i].weight;
    if (!std::isfinite(w)) {
      return Status(ErrorCode::kInvalidArgument,
                    "factor " + std::to_string(i) + " has a non-finite weight");
    }
    if (w == 0) continue;
    bool known = table.reasons.count(factors[i].code) > 0;
    double& slot = merged[known ? factors[i].code : kGenericCode];
    slot = std::max(slot, std::fabs(w));
  }
  std::vector<Reason> out;
  for (const auto& [code, w] : merged) {
    auto it = table.reasons.find(code);
    out.push_back(
        Reason{code, it != table.reasons.end() ? it->second : table.generic, w});
  }
  // std::map iterates codes in ascending order, so a stable sort on weight
  // leaves ties ordered by code.
  std::stable_sort(out.begin(), out.end(), [](const Reason& a, const Reason& b) {
    return a.weight > b.weight;
  });
  if (out.size() > top_k) out.resize(top_k);
  if (out.empty()) out.push_back(Reason{kGenericCode, table.generic, 0});
  return out;
}

}  // namespace seamkit::confidence
