// Embind: the per-model monitor (core/monitor). One JS object per model,
// created from the manifest's monitoring section; no logic here.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <utility>
#include <vector>

#include "core/monitor/manifest_config.h"
#include "core/monitor/model_monitor.h"
#include "wasm/status_val.h"

namespace seamkit::wasm {
namespace {

using emscripten::val;
namespace mon = seamkit::monitor;

// Wraps ModelMonitor so that every recording call reports a Status object.
class MonitorHandle {
 public:
  explicit MonitorHandle(mon::ModelMonitor m) : m_(std::move(m)) {}
  val RecordSuccess(double ms) { return Result(m_.RecordSuccess(ms)); }
  void RecordError() { m_.RecordError(); }
  void RecordFallback() { m_.RecordFallback(); }
  val RecordConfidences(const val& values) {
    std::vector<float> v = emscripten::convertJSArrayToNumberVector<float>(values);
    return Result(m_.RecordConfidences(v));
  }
  std::string SnapshotJson() const { return m_.SnapshotJson(); }
  void Reset() { m_.Reset(); }
  double MemoryBytes() const { return static_cast<double>(m_.MemoryBytes()); }

 private:
  static val Result(const Status& s) { return s.ok() ? OkVal(val(true)) : ErrorVal(s); }
  mon::ModelMonitor m_;
};

val CreateMonitor(const std::string& manifest_json, const std::string& model_id,
                  const std::string& version) {
  StatusOr<mon::MonitorConfig> config =
      mon::MonitorConfigFromManifest(manifest_json, model_id, version);
  if (!config.ok()) return ErrorVal(config.status());
  StatusOr<mon::ModelMonitor> m = mon::ModelMonitor::Create(std::move(*config));
  if (!m.ok()) return ErrorVal(m.status());
  return OkVal(val(MonitorHandle(std::move(*m))));
}

}  // namespace

EMSCRIPTEN_BINDINGS(seamkit_monitor) {
  emscripten::class_<MonitorHandle>("ModelMonitor")
      .function("recordSuccess", &MonitorHandle::RecordSuccess)
      .function("recordError", &MonitorHandle::RecordError)
      .function("recordFallback", &MonitorHandle::RecordFallback)
      .function("recordConfidences", &MonitorHandle::RecordConfidences)
      .function("snapshotJson", &MonitorHandle::SnapshotJson)
      .function("reset", &MonitorHandle::Reset)
      .function("memoryBytes", &MonitorHandle::MemoryBytes);
  emscripten::function("createModelMonitor", &CreateMonitor);
}

}  // namespace seamkit::wasm
