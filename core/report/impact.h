// Impact data: which user groups each rule category affects and how badly,
// and the published prevalence figures behind each group's weight. The data
// lives in core/report/impact.json (compiled in by impact_data.cpp); every
// figure carries its source and the engine never makes one up.
#ifndef SEAMKIT_CORE_REPORT_IMPACT_H_
#define SEAMKIT_CORE_REPORT_IMPACT_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/status.h"

namespace seamkit::report {

struct Figure {
  std::string id;
  double value = 0;
  std::string unit;        // "percent" or "people"
  std::string population;  // who the figure is about
  std::string statement;   // what it counts, completing "<value> ..."
  std::string source;      // citation; never empty
};

struct UserGroup {
  std::string id;     // "blind", "low-vision", ...
  std::string label;
  std::vector<std::string> basis;  // ids of percent figures (mean of them)
  std::string caveat;
  // Derived: the basis key (groups with the same basis share a pool) and
  // the weight, the mean of the basis figures in percent.
  std::string pool;
  double weight_percent = 0;
};

// Severity of a failure for one user group: 0 none .. 3 blocking.
inline constexpr int kMaxSeverity = 3;
// Ratings from this value up count as "affected" in the share estimate.
inline constexpr int kAffectedSeverity = 2;

struct Category {
  std::string id, label;
  std::vector<std::string> rules;
  std::map<std::string, int> severity;  // user group id -> 0..3
};

struct ImpactModel {
  std::string method;  // "how we estimate", plain language
  std::vector<Figure> figures;
  std::vector<UserGroup> user_groups;
  std::vector<Category> categories;  // the last one, "other", is the fallback

  // The category of a rule id; "other" when no category lists it.
  const Category& CategoryOf(std::string_view rule_id) const;
  const Figure* FindFigure(std::string_view id) const;
};

// Parses and validates impact data: every figure has a non-empty source,
// basis figures exist and are percentages, severities are 0..3 and name
// known groups, no rule is in two categories, an "other" category comes
// last. Errors: kParse, kMalformed, kUnsupported.
StatusOr<ImpactModel> ParseImpactModel(std::string_view json_text);

// The built-in data: the bytes of core/report/impact.json.
std::string_view DefaultImpactJson();
// Parsed once; the built-in data is checked by the tests, so this cannot
// fail at run time.
const ImpactModel& DefaultImpactModel();

}  // namespace seamkit::report

#endif  // SEAMKIT_CORE_REPORT_IMPACT_H_
