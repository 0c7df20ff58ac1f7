#include "core/monitor/manifest_config.h"

#include <nlohmann/json.hpp>
#include <string>

namespace seamkit::monitor {
namespace {

using nlohmann::json;

Status Malformed(const std::string& id, const std::string& what) {
  return Status(ErrorCode::kMalformed,
                "manifest model \"" + id + "\": " + what);
}

// The member `key` of `parent` if it is an object, else nullptr.
const json* Object(const json& parent, const char* key) {
  auto it = parent.find(key);
  return it != parent.end() && it->is_object() ? &*it : nullptr;
}

bool StringEquals(const json& object, const char* key, std::string_view want) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() &&
         it->get_ref<const std::string&>() == want;
}

// The first entry with this id (and version, unless empty); `count` is how
// many entries matched.
const json* FindModel(const json& root, std::string_view id,
                      std::string_view version, int& count) {
  count = 0;
  if (!root.is_object()) return nullptr;
  auto models = root.find("models");
  if (models == root.end() || !models->is_array()) return nullptr;
  const json* found = nullptr;
  for (const json& model : *models) {
    if (!model.is_object() || !StringEquals(model, "id", id)) continue;
    if (!version.empty() && !StringEquals(model, "version", version)) continue;
    if (found == nullptr) found = &model;
    ++count;
  }
  return found;
}

Status ReadReference(const json& reference, const std::string& id,
                     MonitorConfig& config) {
  auto status = reference.find("status");
  if (status == reference.end() || !status->is_string()) {
    return Malformed(id, "reference.status must be a string");
  }
  config.reference_status = status->get<std::string>();
  auto range = reference.find("range");
  if (range == reference.end() || *range != json::array({0, 1})) {
    return Malformed(id, "reference.range must be [0, 1]");
  }
  auto shares = reference.find("proportions");
  if (shares == reference.end() || !shares->is_array()) {
    return Malformed(id, "reference.proportions must be an array");
  }
  for (const json& share : *shares) {
    if (!share.is_number()) {
      return Malformed(id, "reference.proportions must hold numbers");
    }
    config.reference.push_back(share.get<double>());
  }
  return Status::Ok();
}

Status ReadThresholds(const json& drift, const std::string& id,
                      DriftThresholds& out) {
  auto psi = drift.find("psi");
  auto ks = drift.find("ks");
  auto min_samples = drift.find("minSamples");
  if (psi == drift.end() || !psi->is_number()) {
    return Malformed(id, "drift.psi must be a number");
  }
  if (ks == drift.end() || !ks->is_number()) {
    return Malformed(id, "drift.ks must be a number");
  }
  if (min_samples == drift.end() || !min_samples->is_number_unsigned()) {
    return Malformed(id, "drift.minSamples must be an integer >= 0");
  }
  out.psi = psi->get<double>();
  out.ks = ks->get<double>();
  out.min_samples = min_samples->get<uint64_t>();
  return Status::Ok();
}

}  // namespace

StatusOr<MonitorConfig> MonitorConfigFromManifest(
    std::string_view manifest_json, std::string_view model_id,
    std::string_view version) {
  if (manifest_json.size() > kMaxManifestBytes) {
    return Status(ErrorCode::kLimitExceeded, "manifest is larger than 4 MiB");
  }
  const json root = json::parse(manifest_json.begin(), manifest_json.end(),
                                nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    return Status(ErrorCode::kParse, "manifest is not valid JSON");
  }
  const std::string id(model_id);
  const std::string key =
      version.empty() ? id : id + "@" + std::string(version);
  int matches = 0;
  const json* model = FindModel(root, model_id, version, matches);
  if (model == nullptr) {
    return Status(ErrorCode::kInvalidArgument,
                  "no model \"" + key + "\" in the manifest");
  }
  if (matches > 1) {
    return Status(ErrorCode::kInvalidArgument,
                  "the manifest has " + std::to_string(matches) +
                      " entries for \"" + key + "\"; name a version");
  }
  const json* monitoring = Object(*model, "monitoring");
  const json* reference =
      monitoring ? Object(*monitoring, "reference") : nullptr;
  const json* drift = monitoring ? Object(*monitoring, "drift") : nullptr;
  if (reference == nullptr || drift == nullptr) {
    return Malformed(id,
                     "monitoring.reference and monitoring.drift must be "
                     "objects");
  }
  MonitorConfig config;
  config.model_id = id;
  if (Status s = ReadReference(*reference, id, config); !s.ok()) return s;
  if (Status s = ReadThresholds(*drift, id, config.thresholds); !s.ok()) {
    return s;
  }
  // Value checks (shares sum to 1, thresholds in range) are the monitor's.
  if (StatusOr<ModelMonitor> probe = ModelMonitor::Create(config);
      !probe.ok()) {
    return Malformed(id, probe.status().message());
  }
  return config;
}

}  // namespace seamkit::monitor
