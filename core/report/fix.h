// A ready-to-paste fix per group: a CSS or HTML snippet and a one-line
// "why" in plain language. Both are plain text; whoever renders them into
// HTML must escape them.
#ifndef SEAMKIT_CORE_REPORT_FIX_H_
#define SEAMKIT_CORE_REPORT_FIX_H_

#include <optional>
#include <string>
#include <vector>

#include "core/report/contrast_fix.h"
#include "core/report/grouping.h"
#include "core/report/impact.h"

namespace seamkit::report {

struct Fix {
  std::string language;  // "css", "html", or "" when there is no snippet
  std::string snippet;   // plain text, ready to paste
  std::string why;       // one sentence, plain text
  // Text in the snippet that the author must check or replace (a
  // suggested name, a placeholder), with where it came from; empty if none.
  std::string suggestion;
  std::string suggestion_source;  // "name attribute", "placeholder", ...
  std::optional<ContrastFixes> contrast;  // for colour-pair groups
};

Fix SuggestFix(const Group& group, const std::vector<FailureNode>& failures,
               const ImpactModel& model);

// "user_email-address" -> "User email address". Empty stays empty.
std::string Humanize(const std::string& identifier);

}  // namespace seamkit::report

#endif  // SEAMKIT_CORE_REPORT_FIX_H_
