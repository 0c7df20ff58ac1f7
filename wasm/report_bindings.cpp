// Embind: the prioritized, grouped report (core/report).
//
// JS turns axe-compatible audit results into the report input JSON
// (core/report/input.h; small next to the snapshot) and calls
// reportBuild(inputJson, fixFirst), which returns { ok, value: report JSON }
// or { ok: false, code, message }. All logic lives in core/report.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "core/report/impact.h"
#include "core/report/priority.h"
#include "core/report/report_json.h"
#include "wasm/status_val.h"

namespace seamkit::wasm {
namespace {

using emscripten::val;

val Build(const std::string& input_json, double fix_first) {
  // Range first, so the cast below is defined; core checks the cap.
  if (!(fix_first >= 0 && fix_first <= 1e6) ||
      fix_first != static_cast<double>(static_cast<size_t>(fix_first))) {
    return ErrorVal(Status(ErrorCode::kOutOfRange,
                           "report: fixFirst must be an integer 0..50"));
  }
  StatusOr<std::string> out =
      report::BuildReportJson(input_json, static_cast<size_t>(fix_first));
  return out.ok() ? OkVal(val(*out)) : ErrorVal(out.status());
}

std::string ModelVersion() { return report::kPriorityModelVersion; }

std::string ImpactJson() { return std::string(report::DefaultImpactJson()); }

}  // namespace

EMSCRIPTEN_BINDINGS(seamkit_report) {
  emscripten::function("reportBuild", &Build);
  emscripten::function("reportModelVersion", &ModelVersion);
  emscripten::function("reportImpactJson", &ImpactJson);
}

}  // namespace seamkit::wasm
