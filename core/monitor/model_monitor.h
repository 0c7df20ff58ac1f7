// Per-model health in fixed memory: request outcomes, latency quantiles,
// the confidence histogram and its drift from the manifest's reference.
//
// Every request is recorded once with one outcome:
//   RecordSuccess(ms)  the model answered (its latency goes to the sketch);
//   RecordError()      the model failed and nothing was shown;
//   RecordFallback()   the model failed or was unavailable and the fallback
//                      (models/manifest.json "fallback") answered instead.
// error_rate and fallback_rate are shares of all requests. The counters and
// the histogram accumulate until Reset(); for windowed monitoring the caller
// takes SnapshotJson() and then Reset() at the end of each window.
//
// Drift: with n = confidences recorded, the flag is set when n >= min_samples
// and PSI > psi or KS > ks (strictly above the thresholds). Below min_samples
// no flag is raised, however far the statistics are.
#ifndef SEAMKIT_CORE_MONITOR_MODEL_MONITOR_H_
#define SEAMKIT_CORE_MONITOR_MODEL_MONITOR_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/common/status.h"
#include "core/monitor/drift.h"
#include "core/monitor/latency_sketch.h"

namespace seamkit::monitor {

struct DriftThresholds {
  double psi = 0.25;
  double ks = 0.12;
  uint64_t min_samples = 200;
};

struct MonitorConfig {
  std::string model_id;
  // Reference shares over equal-width bins of [0, 1]; the live histogram
  // gets the same number of bins.
  std::vector<double> reference;
  DriftThresholds thresholds;
  // "provisional" or "measured", copied into snapshots.
  std::string reference_status = "provisional";
};

struct DriftReport {
  uint64_t samples = 0;
  double psi = 0.0;  // NaN when no confidence was recorded
  double ks = 0.0;   // NaN when no confidence was recorded
  bool enough_samples = false;
  bool psi_exceeded = false;
  bool ks_exceeded = false;
  bool drift = false;
};

struct LatencySummary {
  uint64_t count = 0;
  double p50 = 0.0;  // NaN when count == 0 (null in JSON)
  double p95 = 0.0;
  double p99 = 0.0;
};

class ModelMonitor {
 public:
  // kInvalidArgument for an invalid reference (see ValidateShares), a PSI
  // threshold that is not finite and > 0, a KS threshold outside (0, 1], a
  // min_samples of 0, an id longer than 256 bytes, or a reference_status
  // other than "provisional" / "measured".
  static StatusOr<ModelMonitor> Create(MonitorConfig config);

  Status RecordSuccess(double latency_ms);
  void RecordError() { ++errors_; }
  void RecordFallback() { ++fallbacks_; }
  Status RecordConfidence(double confidence);
  Status RecordConfidences(std::span<const float> confidences);

  uint64_t requests() const { return successes_ + errors_ + fallbacks_; }
  uint64_t successes() const { return successes_; }
  uint64_t errors() const { return errors_; }
  uint64_t fallbacks() const { return fallbacks_; }
  double error_rate() const;     // 0 when there were no requests
  double fallback_rate() const;  // 0 when there were no requests

  LatencySummary Latency() const;
  DriftReport Drift() const;
  const ConfidenceHistogram& confidences() const { return histogram_; }
  const MonitorConfig& config() const { return config_; }

  // {"model", "requests", "successes", "errors", "fallbacks", "errorRate",
  //  "fallbackRate", "latencyMs": {count, p50, p95, p99, min, max,
  //  relativeAccuracy}, "confidence": {count, bins: [counts]},
  //  "drift": {samples, psi, ks, psiThreshold, ksThreshold, minSamples,
  //  enoughSamples, psiExceeded, ksExceeded, drift, referenceStatus}}.
  // Numbers that are undefined (no data yet) are null.
  std::string SnapshotJson() const;

  // Forgets all recorded data; keeps the configuration.
  void Reset();

  // Bytes held by this object, heap included. Does not grow with the number
  // of recorded events.
  std::size_t MemoryBytes() const;

 private:
  ModelMonitor(MonitorConfig config, ConfidenceHistogram histogram)
      : config_(std::move(config)), histogram_(std::move(histogram)) {}

  MonitorConfig config_;
  ConfidenceHistogram histogram_;
  LatencySketch latency_;
  uint64_t successes_ = 0;
  uint64_t errors_ = 0;
  uint64_t fallbacks_ = 0;
};

}  // namespace seamkit::monitor

#endif  // SEAMKIT_CORE_MONITOR_MODEL_MONITOR_H_
