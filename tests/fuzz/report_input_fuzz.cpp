// Fuzzes ReadFailuresJson (report input), then groups, prioritises and
// suggests fixes for what it accepted, as the report does.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/report/fix.h"
#include "core/report/grouping.h"
#include "core/report/impact.h"
#include "core/report/input.h"
#include "core/report/priority.h"
#include "tests/fuzz/fuzz_check.h"

using namespace seamkit::report;  // NOLINT: test code
using seamkit::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto failures = ReadFailuresJson(text);
  if (!failures.ok()) {
    seamkit::fuzz::CheckNotInternal(failures.status(), "ReadFailuresJson");
    return 0;
  }
  std::vector<Group> groups = GroupFailures(*failures);
  const ImpactModel& model = DefaultImpactModel();
  Priorities p = Prioritize(groups, model);
  Check(p.fix_first.size() <= groups.size(), "more picks than groups");
  Check(p.fix_first_share >= 0 && p.fix_first_share <= 1, "share outside [0, 1]");
  for (const Group& g : groups) SuggestFix(g, *failures, model);
  return 0;
}
