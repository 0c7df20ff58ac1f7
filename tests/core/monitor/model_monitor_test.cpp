#include "core/monitor/model_monitor.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/monitor/manifest_config.h"

namespace seamkit::monitor {
namespace {

std::string ReadManifest() {
  std::ifstream in(std::string(SEAMKIT_SOURCE_DIR) + "/models/manifest.json");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

ModelMonitor FromManifest(const char* id) {
  StatusOr<MonitorConfig> config =
      MonitorConfigFromManifest(ReadManifest(), id);
  EXPECT_TRUE(config.ok()) << config.status().message();
  return ModelMonitor::Create(config.value()).value();
}

// A uniform double in [0, 1) from 53 bits of mt19937_64, whose output the
// standard fixes (std::uniform_real_distribution's is not).
double Uniform(std::mt19937_64& rng) {
  return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

// One draw from the piecewise-uniform density of `shares` over [0, 1].
double SampleFrom(const std::vector<double>& shares, std::mt19937_64& rng) {
  const double u = Uniform(rng);
  double cumulative = 0.0;
  std::size_t bin = shares.size() - 1;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    cumulative += shares[i];
    if (u < cumulative) {
      bin = i;
      break;
    }
  }
  return (static_cast<double>(bin) + Uniform(rng)) /
         static_cast<double>(shares.size());
}

TEST(ModelMonitor, AnUnshiftedSampleRaisesNoDriftAndAShiftedOneDoes) {
  for (const char* id : {"blazeface-front", "ppocr-rec"}) {
    SCOPED_TRACE(id);
    ModelMonitor same = FromManifest(id);
    ModelMonitor shifted = FromManifest(id);
    const std::vector<double>& ref = same.config().reference;
    std::mt19937_64 rng(2024);
    for (int i = 0; i < 1000; ++i) {
      ASSERT_TRUE(same.RecordConfidence(SampleFrom(ref, rng)).ok());
      // Confidences falling by 30%, as on inputs unlike the training data.
      ASSERT_TRUE(shifted.RecordConfidence(0.7 * SampleFrom(ref, rng)).ok());
    }
    const DriftReport calm = same.Drift();
    EXPECT_TRUE(calm.enough_samples);
    EXPECT_LT(calm.psi, 0.1);
    EXPECT_LT(calm.ks, 0.06);  // 1.63 / sqrt(1000) = 0.052 at alpha = 0.01
    EXPECT_FALSE(calm.drift);
    const DriftReport moved = shifted.Drift();
    EXPECT_TRUE(moved.psi_exceeded);
    EXPECT_TRUE(moved.ks_exceeded);
    EXPECT_TRUE(moved.drift);
  }
}

TEST(ModelMonitor, NoDriftFlagBelowMinSamples) {
  ModelMonitor monitor = FromManifest("ppocr-rec");
  const uint64_t min_samples = monitor.config().thresholds.min_samples;
  for (uint64_t i = 0; i + 1 < min_samples; ++i) {
    ASSERT_TRUE(monitor.RecordConfidence(0.05).ok());
  }
  DriftReport report = monitor.Drift();
  EXPECT_TRUE(report.psi_exceeded);
  EXPECT_FALSE(report.enough_samples);
  EXPECT_FALSE(report.drift);
  ASSERT_TRUE(monitor.RecordConfidence(0.05).ok());
  EXPECT_TRUE(monitor.Drift().drift);
}

TEST(ModelMonitor, CountsOutcomesAndRates) {
  ModelMonitor monitor = FromManifest("blazeface-front");
  EXPECT_EQ(monitor.error_rate(), 0.0);
  for (int i = 0; i < 6; ++i) ASSERT_TRUE(monitor.RecordSuccess(3.0 + i).ok());
  monitor.RecordError();
  monitor.RecordFallback();
  monitor.RecordFallback();
  EXPECT_EQ(monitor.requests(), 9u);
  EXPECT_DOUBLE_EQ(monitor.error_rate(), 1.0 / 9.0);
  EXPECT_DOUBLE_EQ(monitor.fallback_rate(), 2.0 / 9.0);
  EXPECT_EQ(monitor.RecordSuccess(-1.0).code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(monitor.successes(), 6u);  // the bad latency was not counted
  // Latencies 3..8 ms: lower median is rank floor(0.5 * 5) = 2 -> 5 ms.
  EXPECT_NEAR(monitor.Latency().p50, 5.0, 0.05);
}

TEST(ModelMonitor, MemoryDoesNotGrowWithEvents) {
  ModelMonitor monitor = FromManifest("ppocr-rec");
  const std::size_t before = monitor.MemoryBytes();
  std::mt19937_64 rng(1);
  std::vector<float> batch(100);
  for (int i = 0; i < 100000; ++i) {
    ASSERT_TRUE(monitor.RecordSuccess(1.0 + 500.0 * Uniform(rng)).ok());
    ASSERT_TRUE(monitor.RecordConfidence(Uniform(rng)).ok());
    if (i % 1000 == 0) {
      for (float& c : batch) c = static_cast<float>(Uniform(rng));
      ASSERT_TRUE(monitor.RecordConfidences(batch).ok());
      monitor.RecordError();
    }
  }
  EXPECT_EQ(monitor.confidences().total(), 110000u);
  EXPECT_EQ(monitor.MemoryBytes(), before);
}

TEST(ModelMonitor, SnapshotIsJsonWithNullsWhenEmpty) {
  ModelMonitor monitor = FromManifest("blazeface-back");
  nlohmann::json empty = nlohmann::json::parse(monitor.SnapshotJson());
  EXPECT_EQ(empty["model"], "blazeface-back");
  EXPECT_TRUE(empty["latencyMs"]["p50"].is_null());
  EXPECT_TRUE(empty["drift"]["psi"].is_null());
  EXPECT_EQ(empty["drift"]["drift"], false);
  EXPECT_EQ(empty["drift"]["referenceStatus"], "provisional");

  ASSERT_TRUE(monitor.RecordSuccess(16.0).ok());
  ASSERT_TRUE(monitor.RecordConfidence(0.95).ok());
  monitor.RecordError();
  nlohmann::json snap = nlohmann::json::parse(monitor.SnapshotJson());
  EXPECT_EQ(snap["requests"], 2);
  EXPECT_DOUBLE_EQ(snap["errorRate"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(snap["latencyMs"]["p99"].get<double>(), 16.0);
  EXPECT_EQ(snap["confidence"]["bins"][9], 1);
  EXPECT_EQ(snap["confidence"]["bins"].size(), 10u);
  EXPECT_FALSE(snap["drift"]["psi"].is_null());

  monitor.Reset();
  EXPECT_EQ(monitor.requests(), 0u);
  EXPECT_EQ(monitor.confidences().total(), 0u);
}

TEST(ModelMonitor, SnapshotSurvivesAnIdThatIsNotUtf8) {
  MonitorConfig config;
  config.model_id = std::string("bad\xff", 4);
  config.reference = {0.5, 0.5};
  StatusOr<ModelMonitor> monitor = ModelMonitor::Create(config);
  ASSERT_TRUE(monitor.ok());
  EXPECT_FALSE(
      nlohmann::json::parse(monitor->SnapshotJson())["model"].is_null());
}

TEST(ModelMonitor, CreateRejectsBadConfigs) {
  MonitorConfig base;
  base.model_id = "m";
  base.reference = {0.5, 0.5};
  ASSERT_TRUE(ModelMonitor::Create(base).ok());
  auto code = [](MonitorConfig c) {
    return ModelMonitor::Create(std::move(c)).status().code();
  };
  MonitorConfig c = base;
  c.reference = {0.5, 0.4};
  EXPECT_EQ(code(c), ErrorCode::kInvalidArgument);
  c = base;
  c.thresholds.psi = std::nan("");
  EXPECT_EQ(code(c), ErrorCode::kInvalidArgument);
  c = base;
  c.thresholds.ks = 1.5;
  EXPECT_EQ(code(c), ErrorCode::kInvalidArgument);
  c = base;
  c.thresholds.min_samples = 0;
  EXPECT_EQ(code(c), ErrorCode::kInvalidArgument);
  c = base;
  c.reference_status = "guessed";
  EXPECT_EQ(code(c), ErrorCode::kInvalidArgument);
  c = base;
  c.model_id.assign(300, 'x');
  EXPECT_EQ(code(c), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace seamkit::monitor
