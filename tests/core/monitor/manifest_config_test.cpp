#include "core/monitor/manifest_config.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace seamkit::monitor {
namespace {

using nlohmann::json;

json Manifest() {
  std::ifstream in(std::string(SEAMKIT_SOURCE_DIR) + "/models/manifest.json");
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

TEST(MonitorConfigFromManifest, ReadsEveryModelOfTheRealManifest) {
  const json manifest = Manifest();
  ASSERT_EQ(manifest["models"].size(), 4u);
  for (const json& model : manifest["models"]) {
    const std::string id = model["id"];
    StatusOr<MonitorConfig> config =
        MonitorConfigFromManifest(manifest.dump(), id);
    ASSERT_TRUE(config.ok()) << id << ": " << config.status().message();
    const json& m = model["monitoring"];
    EXPECT_EQ(config->model_id, id);
    EXPECT_EQ(config->reference,
              m["reference"]["proportions"].get<std::vector<double>>());
    EXPECT_EQ(config->reference_status, m["reference"]["status"]);
    EXPECT_EQ(config->thresholds.psi, m["drift"]["psi"].get<double>());
    EXPECT_EQ(config->thresholds.ks, m["drift"]["ks"].get<double>());
    EXPECT_EQ(config->thresholds.min_samples,
              m["drift"]["minSamples"].get<uint64_t>());
  }
}

// The ppocr-det entry with one edit applied, as manifest text.
std::string Edited(void (*edit)(json& monitoring)) {
  json manifest = Manifest();
  for (json& model : manifest["models"]) {
    if (model["id"] == "ppocr-det") edit(model["monitoring"]);
  }
  return manifest.dump();
}

ErrorCode CodeOf(const std::string& text, const char* id = "ppocr-det") {
  return MonitorConfigFromManifest(text, id).status().code();
}

TEST(MonitorConfigFromManifest, ReportsEachKindOfBadInput) {
  EXPECT_EQ(CodeOf("{\"models\": ["), ErrorCode::kParse);
  EXPECT_EQ(CodeOf(""), ErrorCode::kParse);
  EXPECT_EQ(CodeOf(std::string(kMaxManifestBytes + 1, ' ')),
            ErrorCode::kLimitExceeded);
  EXPECT_EQ(CodeOf(Manifest().dump(), "no-such-model"),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf("[1, 2]"), ErrorCode::kInvalidArgument);
}

TEST(MonitorConfigFromManifest, NeedsAVersionWhenAnIdHasSeveral) {
  json manifest = Manifest();
  json newer = manifest["models"][0];
  const std::string old_version = newer["version"];
  newer["version"] = "1.1.0";
  const double old_psi = newer["monitoring"]["drift"]["psi"];
  newer["monitoring"]["drift"]["psi"] = old_psi / 2;
  manifest["models"].push_back(newer);
  const std::string text = manifest.dump();
  const std::string id = newer["id"];
  EXPECT_EQ(CodeOf(text, id.c_str()), ErrorCode::kInvalidArgument);
  StatusOr<MonitorConfig> v110 = MonitorConfigFromManifest(text, id, "1.1.0");
  ASSERT_TRUE(v110.ok()) << v110.status().message();
  EXPECT_EQ(v110->thresholds.psi, old_psi / 2);
  StatusOr<MonitorConfig> v100 =
      MonitorConfigFromManifest(text, id, old_version);
  ASSERT_TRUE(v100.ok());
  EXPECT_EQ(v100->thresholds.psi, old_psi);
  EXPECT_EQ(MonitorConfigFromManifest(text, id, "9.9.9").status().code(),
            ErrorCode::kInvalidArgument);
}

TEST(MonitorConfigFromManifest, ReportsMalformedMonitoringSections) {
  const auto malformed = ErrorCode::kMalformed;
  EXPECT_EQ(CodeOf(Edited([](json& m) { m.erase("drift"); })), malformed);
  EXPECT_EQ(CodeOf(Edited([](json& m) { m["reference"] = 3; })), malformed);
  EXPECT_EQ(CodeOf(Edited([](json& m) { m["drift"]["psi"] = "0.25"; })),
            malformed);
  EXPECT_EQ(CodeOf(Edited([](json& m) { m["drift"]["minSamples"] = -5; })),
            malformed);
  EXPECT_EQ(CodeOf(Edited([](json& m) { m["drift"]["minSamples"] = 0; })),
            malformed);
  EXPECT_EQ(CodeOf(Edited([](json& m) { m["drift"]["ks"] = 2; })), malformed);
  EXPECT_EQ(CodeOf(Edited([](json& m) {
              m["reference"]["range"] = {0, 2};
            })),
            malformed);
  EXPECT_EQ(
      CodeOf(Edited([](json& m) { m["reference"]["proportions"][0] = "x"; })),
      malformed);
  // Shares that no longer sum to 1.
  EXPECT_EQ(
      CodeOf(Edited([](json& m) { m["reference"]["proportions"][9] = 0.9; })),
      malformed);
  StatusOr<MonitorConfig> bad = MonitorConfigFromManifest(
      Edited([](json& m) { m["drift"]["psi"] = "0.25"; }), "ppocr-det");
  EXPECT_NE(bad.status().message().find("drift.psi"), std::string::npos);
}

}  // namespace
}  // namespace seamkit::monitor
