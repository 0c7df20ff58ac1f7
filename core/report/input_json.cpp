// FailureNode list <-> JSON. Parsing never throws: nlohmann parses with
// exceptions off and every access is type-checked first.
#include <nlohmann/json.hpp>

#include "core/report/input.h"

namespace seamkit::report {
namespace {

using nlohmann::json;

Status Malformed(size_t index, const std::string& what) {
  return Status(ErrorCode::kMalformed, "report input: failures[" +
                                           std::to_string(index) + "]: " +
                                           what);
}

// Reads an optional string member; a present member of another type is an
// error.
Status OptString(const json& j, const char* key, size_t i, std::string* out,
                 bool required = false) {
  auto it = j.find(key);
  if (it == j.end()) {
    return required ? Malformed(i, std::string("\"") + key + "\" is missing")
                    : Status::Ok();
  }
  if (!it->is_string()) {
    return Malformed(i, std::string("\"") + key + "\" must be a string");
  }
  *out = it->get<std::string>();
  return Status::Ok();
}

Status OptBool(const json& j, const char* key, size_t i, bool* out) {
  auto it = j.find(key);
  if (it == j.end()) return Status::Ok();
  if (!it->is_boolean()) {
    return Malformed(i, std::string("\"") + key + "\" must be a boolean");
  }
  *out = it->get<bool>();
  return Status::Ok();
}

Status OptStrings(const json& j, const char* key, size_t i,
                  std::vector<std::string>* out) {
  auto it = j.find(key);
  if (it == j.end()) return Status::Ok();
  if (!it->is_array()) {
    return Malformed(i, std::string("\"") + key + "\" must be an array");
  }
  for (const json& v : *it) {
    if (!v.is_string()) {
      return Malformed(i, std::string("\"") + key + "\" must hold strings");
    }
    out->push_back(v.get<std::string>());
  }
  return Status::Ok();
}

Status ReadImpact(const json& j, size_t i, Impact* out) {
  std::string name;
  if (Status s = OptString(j, "impact", i, &name, true); !s.ok()) return s;
  for (Impact v : {Impact::kMinor, Impact::kModerate, Impact::kSerious,
                   Impact::kCritical}) {
    if (name == ImpactName(v)) {
      *out = v;
      return Status::Ok();
    }
  }
  return Malformed(i, "unknown impact \"" + name + "\"");
}

Status ReadLandmark(const json& j, size_t i, Landmark* out) {
  std::string name = "none";
  if (Status s = OptString(j, "landmark", i, &name); !s.ok()) return s;
  if (name == "none") *out = Landmark::kNone;
  else if (name == "main") *out = Landmark::kMain;
  else if (name == "navigation") *out = Landmark::kNavigation;
  else if (name == "other") *out = Landmark::kOther;
  else return Malformed(i, "unknown landmark \"" + name + "\"");
  return Status::Ok();
}

Status ReadColor(const json& j, const char* key, size_t i, Rgba* out) {
  std::string text;
  if (Status s = OptString(j, key, i, &text, true); !s.ok()) return s;
  StatusOr<Rgba> c = ParseCssColor(text);
  if (!c.ok()) {
    return Malformed(i, std::string("contrast.") + key + ": " +
                            c.status().message());
  }
  *out = *c;
  return Status::Ok();
}

Status ReadContrast(const json& j, size_t i, std::optional<ContrastInput>* out) {
  auto it = j.find("contrast");
  if (it == j.end() || it->is_null()) return Status::Ok();
  if (!it->is_object()) return Malformed(i, "\"contrast\" must be an object");
  ContrastInput c;
  if (Status s = ReadColor(*it, "fg", i, &c.fg); !s.ok()) return s;
  if (Status s = ReadColor(*it, "bg", i, &c.bg); !s.ok()) return s;
  if (auto f = it->find("fontSizePx"); f != it->end()) {
    if (!f->is_number() || !(f->get<double>() > 0) ||
        f->get<double>() > 10000) {
      return Malformed(i, "contrast.fontSizePx must be a number in (0, 1e4]");
    }
    c.font_size_px = f->get<double>();
  }
  if (auto w = it->find("fontWeight"); w != it->end()) {
    if (!w->is_number_integer() || w->get<long long>() < 1 ||
        w->get<long long>() > 1000) {
      return Malformed(i, "contrast.fontWeight must be an integer 1..1000");
    }
    c.font_weight = static_cast<int>(w->get<long long>());
  }
  *out = c;
  return Status::Ok();
}

Status ReadFailure(const json& j, size_t i, FailureNode* f) {
  if (!j.is_object()) return Malformed(i, "must be an object");
  Status s = OptString(j, "rule", i, &f->rule_id, true);
  if (s.ok() && f->rule_id.empty()) s = Malformed(i, "\"rule\" is empty");
  if (s.ok()) s = ReadImpact(j, i, &f->impact);
  if (s.ok()) s = OptString(j, "selector", i, &f->selector, true);
  if (s.ok()) s = OptStrings(j, "tags", i, &f->wcag_tags);
  if (s.ok()) s = OptString(j, "html", i, &f->html);
  if (s.ok()) s = ReadLandmark(j, i, &f->landmark);
  if (s.ok()) s = OptBool(j, "interactive", i, &f->interactive);
  if (s.ok()) s = OptBool(j, "firstViewport", i, &f->in_first_viewport);
  if (s.ok()) s = OptBool(j, "blocksSubmit", i, &f->blocks_form_submission);
  if (s.ok()) s = OptStrings(j, "classes", i, &f->class_list);
  if (s.ok()) s = OptString(j, "component", i, &f->component);
  if (s.ok()) s = OptString(j, "missingAttribute", i, &f->missing_attribute);
  if (s.ok()) s = ReadContrast(j, i, &f->contrast);
  return s;
}

}  // namespace

const char* ImpactName(Impact impact) {
  switch (impact) {
    case Impact::kMinor: return "minor";
    case Impact::kModerate: return "moderate";
    case Impact::kSerious: return "serious";
    case Impact::kCritical: return "critical";
  }
  return "moderate";
}

StatusOr<std::vector<FailureNode>> ReadFailuresJson(std::string_view text) {
  if (text.size() > kMaxInputBytes) {
    return Status(ErrorCode::kLimitExceeded,
                  "report input: larger than 32 MiB");
  }
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) {
    return Status(ErrorCode::kParse, "report input: not valid JSON");
  }
  auto format = j.is_object() ? j.find("format") : j.end();
  if (!j.is_object() || format == j.end() || !format->is_string() ||
      format->get_ref<const std::string&>() != "seamkit.report-input") {
    return Status(ErrorCode::kMalformed,
                  "report input: \"format\" must be \"seamkit.report-input\"");
  }
  auto version = j.find("version");
  if (version == j.end() || !version->is_number_integer() ||
      version->get<long long>() != 1) {
    return Status(ErrorCode::kUnsupported,
                  "report input: only \"version\": 1 is supported");
  }
  auto failures = j.find("failures");
  if (failures == j.end() || !failures->is_array()) {
    return Status(ErrorCode::kMalformed,
                  "report input: \"failures\" must be an array");
  }
  if (failures->size() > kMaxFailures) {
    return Status(ErrorCode::kLimitExceeded,
                  "report input: more than 200000 failures");
  }
  std::vector<FailureNode> out(failures->size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (Status s = ReadFailure((*failures)[i], i, &out[i]); !s.ok()) return s;
  }
  return out;
}

}  // namespace seamkit::report
