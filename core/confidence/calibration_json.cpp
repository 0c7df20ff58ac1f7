// CalibrationParams <-> JSON text. Parsing never throws: nlohmann is used
// with exceptions disabled for parsing and every access is type-checked.
#include <nlohmann/json.hpp>

#include "core/confidence/calibration.h"

namespace seamkit::confidence {
namespace {

using nlohmann::json;

// Far above any fitted calibrator (an isotonic fit on 10 M samples keeps at
// most a few thousand distinct levels in practice).
constexpr size_t kMaxJsonBytes = size_t{64} << 20;

Status Malformed(const std::string& what) {
  return Status(ErrorCode::kMalformed, "calibration JSON: " + what);
}

Status ReadNumber(const json& j, const char* key, double* out) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) {
    return Malformed(std::string("\"") + key + "\" must be a number");
  }
  *out = it->get<double>();
  return Status::Ok();
}

Status ReadArray(const json& j, const char* key, std::vector<double>* out) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) {
    return Malformed(std::string("\"") + key + "\" must be an array");
  }
  out->clear();
  out->reserve(it->size());
  for (const json& v : *it) {
    if (!v.is_number()) {
      return Malformed(std::string("\"") + key + "\" must hold numbers only");
    }
    out->push_back(v.get<double>());
  }
  return Status::Ok();
}

Status ReadMethod(const json& j, CalibrationMethod* method) {
  auto it = j.find("method");
  if (it == j.end() || !it->is_string()) {
    return Malformed("\"method\" must be a string");
  }
  const std::string& name = it->get_ref<const std::string&>();
  for (CalibrationMethod m :
       {CalibrationMethod::kTemperature, CalibrationMethod::kPlatt,
        CalibrationMethod::kIsotonic, CalibrationMethod::kHistogram}) {
    if (name == CalibrationMethodName(m)) {
      *method = m;
      return Status::Ok();
    }
  }
  return Status(ErrorCode::kUnsupported,
                "calibration JSON: unknown method \"" + name + "\"");
}

Status ReadHeader(const json& j) {
  if (!j.is_object()) return Malformed("the top level must be an object");
  auto format = j.find("format");
  if (format == j.end() || !format->is_string() ||
      format->get_ref<const std::string&>() != kCalibrationFormat) {
    return Malformed("\"format\" must be \"seamkit.calibration\"");
  }
  auto version = j.find("version");
  if (version == j.end() || !version->is_number_integer()) {
    return Malformed("\"version\" must be an integer");
  }
  if (version->get<long long>() != kCalibrationFormatVersion) {
    return Status(ErrorCode::kUnsupported, "calibration JSON: version " +
                                               version->dump() +
                                               " is not supported (only 1)");
  }
  return Status::Ok();
}

Status ReadFields(const json& j, CalibrationParams* p) {
  switch (p->method) {
    case CalibrationMethod::kTemperature: {
      auto k = j.find("num_classes");
      if (k == j.end() || !k->is_number_unsigned()) {
        return Malformed("\"num_classes\" must be a non-negative integer");
      }
      p->num_classes = k->get<size_t>();
      return ReadNumber(j, "temperature", &p->temperature);
    }
    case CalibrationMethod::kPlatt:
      if (Status s = ReadNumber(j, "a", &p->a); !s.ok()) return s;
      return ReadNumber(j, "b", &p->b);
    case CalibrationMethod::kIsotonic:
      if (Status s = ReadArray(j, "x", &p->x); !s.ok()) return s;
      return ReadArray(j, "y", &p->y);
    case CalibrationMethod::kHistogram:
      if (Status s = ReadArray(j, "edges", &p->edges); !s.ok()) return s;
      return ReadArray(j, "values", &p->values);
  }
  return Malformed("unknown method");
}

}  // namespace

StatusOr<std::string> CalibrationParamsToJson(const CalibrationParams& p) {
  if (Status s = ValidateCalibrationParams(p); !s.ok()) return s;
  json j = {{"format", kCalibrationFormat},
            {"version", kCalibrationFormatVersion},
            {"method", CalibrationMethodName(p.method)}};
  switch (p.method) {
    case CalibrationMethod::kTemperature:
      j["num_classes"] = p.num_classes;
      j["temperature"] = p.temperature;
      break;
    case CalibrationMethod::kPlatt:
      j["a"] = p.a;
      j["b"] = p.b;
      break;
    case CalibrationMethod::kIsotonic:
      j["x"] = p.x;
      j["y"] = p.y;
      break;
    case CalibrationMethod::kHistogram:
      j["edges"] = p.edges;
      j["values"] = p.values;
      break;
  }
  return j.dump();
}

StatusOr<CalibrationParams> CalibrationParamsFromJson(const std::string& text) {
  if (text.size() > kMaxJsonBytes) {
    return Status(ErrorCode::kLimitExceeded,
                  "calibration JSON is " + std::to_string(text.size()) +
                      " bytes; the limit is " + std::to_string(kMaxJsonBytes));
  }
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    return Status(ErrorCode::kParse, "calibration JSON: not valid JSON");
  }
  if (Status s = ReadHeader(j); !s.ok()) return s;
  CalibrationParams p;
  if (Status s = ReadMethod(j, &p.method); !s.ok()) return s;
  if (Status s = ReadFields(j, &p); !s.ok()) return s;
  if (Status s = ValidateCalibrationParams(p); !s.ok()) return s;
  return p;
}

}  // namespace seamkit::confidence
