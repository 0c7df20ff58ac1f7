#include "core/monitor/model_monitor.h"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <utility>

namespace seamkit::monitor {
namespace {

constexpr std::size_t kMaxModelIdBytes = 256;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double Share(uint64_t part, uint64_t whole) {
  return whole == 0 ? 0.0
                    : static_cast<double>(part) / static_cast<double>(whole);
}

// NaN and infinities become JSON null.
nlohmann::json Number(double x) {
  return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(nullptr);
}

Status ValidateThresholds(const DriftThresholds& t) {
  if (!(std::isfinite(t.psi) && t.psi > 0.0)) {
    return Status(ErrorCode::kInvalidArgument,
                  "PSI threshold must be a finite number > 0");
  }
  if (!(t.ks > 0.0 && t.ks <= 1.0)) {
    return Status(ErrorCode::kInvalidArgument,
                  "KS threshold must be in (0, 1]");
  }
  if (t.min_samples == 0) {
    return Status(ErrorCode::kInvalidArgument, "min_samples must be >= 1");
  }
  return Status::Ok();
}

}  // namespace

StatusOr<ModelMonitor> ModelMonitor::Create(MonitorConfig config) {
  if (config.model_id.size() > kMaxModelIdBytes) {
    return Status(ErrorCode::kInvalidArgument, "model id is too long");
  }
  if (config.reference_status != "provisional" &&
      config.reference_status != "measured") {
    return Status(ErrorCode::kInvalidArgument,
                  "reference status must be \"provisional\" or \"measured\"");
  }
  if (Status s = ValidateShares(config.reference, "reference distribution");
      !s.ok()) {
    return s;
  }
  if (Status s = ValidateThresholds(config.thresholds); !s.ok()) return s;
  StatusOr<ConfidenceHistogram> histogram =
      ConfidenceHistogram::Create(config.reference.size());
  if (!histogram.ok()) return histogram.status();
  config.reference.shrink_to_fit();
  return ModelMonitor(std::move(config), std::move(histogram).value());
}

Status ModelMonitor::RecordSuccess(double latency_ms) {
  if (Status s = latency_.Add(latency_ms); !s.ok()) return s;
  ++successes_;
  return Status::Ok();
}

Status ModelMonitor::RecordConfidence(double confidence) {
  return histogram_.Add(confidence);
}

Status ModelMonitor::RecordConfidences(std::span<const float> confidences) {
  return histogram_.AddAll(confidences);
}

double ModelMonitor::error_rate() const { return Share(errors_, requests()); }

double ModelMonitor::fallback_rate() const {
  return Share(fallbacks_, requests());
}

LatencySummary ModelMonitor::Latency() const {
  LatencySummary summary{latency_.count(), kNaN, kNaN, kNaN};
  if (summary.count == 0) return summary;
  // Quantile cannot fail here: q is in range and the sketch is not empty.
  summary.p50 = latency_.Quantile(0.50).value();
  summary.p95 = latency_.Quantile(0.95).value();
  summary.p99 = latency_.Quantile(0.99).value();
  return summary;
}

DriftReport ModelMonitor::Drift() const {
  DriftReport report;
  report.samples = histogram_.total();
  if (report.samples == 0) {
    report.psi = kNaN;
    report.ks = kNaN;
    return report;
  }
  const std::vector<double> live = histogram_.Shares();
  // Both calls see validated shares of equal length, so they cannot fail;
  // a failure would be a bug, reported as NaN rather than a wrong number.
  const StatusOr<double> psi =
      PopulationStabilityIndex(live, config_.reference);
  const StatusOr<double> ks = KolmogorovSmirnovBinned(live, config_.reference);
  report.psi = psi.ok() ? *psi : kNaN;
  report.ks = ks.ok() ? *ks : kNaN;
  report.enough_samples = report.samples >= config_.thresholds.min_samples;
  report.psi_exceeded = report.psi > config_.thresholds.psi;
  report.ks_exceeded = report.ks > config_.thresholds.ks;
  report.drift =
      report.enough_samples && (report.psi_exceeded || report.ks_exceeded);
  return report;
}

std::string ModelMonitor::SnapshotJson() const {
  using nlohmann::json;
  const LatencySummary lat = Latency();
  const DriftReport drift = Drift();
  json out;
  out["model"] = config_.model_id;
  out["requests"] = requests();
  out["successes"] = successes_;
  out["errors"] = errors_;
  out["fallbacks"] = fallbacks_;
  out["errorRate"] = error_rate();
  out["fallbackRate"] = fallback_rate();
  out["latencyMs"] = {{"count", lat.count},
                      {"p50", Number(lat.p50)},
                      {"p95", Number(lat.p95)},
                      {"p99", Number(lat.p99)},
                      {"min", lat.count ? Number(latency_.min()) : json()},
                      {"max", lat.count ? Number(latency_.max()) : json()},
                      {"relativeAccuracy", LatencySketch::kRelativeAccuracy}};
  out["confidence"] = {{"count", histogram_.total()},
                       {"bins", histogram_.counts()}};
  out["drift"] = {{"samples", drift.samples},
                  {"psi", Number(drift.psi)},
                  {"ks", Number(drift.ks)},
                  {"psiThreshold", config_.thresholds.psi},
                  {"ksThreshold", config_.thresholds.ks},
                  {"minSamples", config_.thresholds.min_samples},
                  {"enoughSamples", drift.enough_samples},
                  {"psiExceeded", drift.psi_exceeded},
                  {"ksExceeded", drift.ks_exceeded},
                  {"drift", drift.drift},
                  {"referenceStatus", config_.reference_status}};
  // replace: an id or status that is not valid UTF-8 must not throw.
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

void ModelMonitor::Reset() {
  histogram_.Reset();
  latency_.Reset();
  successes_ = errors_ = fallbacks_ = 0;
}

std::size_t ModelMonitor::MemoryBytes() const {
  return sizeof(*this) - sizeof(histogram_) + histogram_.MemoryBytes() +
         config_.model_id.capacity() + config_.reference_status.capacity() +
         config_.reference.capacity() * sizeof(double);
}

}  // namespace seamkit::monitor
