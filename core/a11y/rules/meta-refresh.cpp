// ACT bc659a "Meta element has no refresh delay" (WCAG 2.2.1). Applies to
// the first valid <meta http-equiv=refresh> of a document; passes with a
// delay of 0 or more than 20 hours (72000 s), the 2.2.1 exception.
#include <string>

#include "core/a11y/rules/meta_refresh_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag221"};
constexpr std::string_view kAct[] = {"bc659a"};
constexpr std::string_view kWcag[] = {"2.2.1"};
constexpr double kTwentyHours = 72000;

void Check(AuditContext& ctx, RuleReporter& out) {
  for (const RefreshMeta& m : FirstValidRefreshes(ctx.snapshot())) {
    if (m.delay == 0 || m.delay > kTwentyHours) {
      out.Pass(m.node);
    } else {
      out.Fail(m.node,
               "Page refreshes or redirects after " +
                   std::to_string(static_cast<long long>(m.delay)) + " s",
               {{"delay", m.delay}});
    }
  }
}

}  // namespace

extern const Rule kMetaRefresh = {
    {"meta-refresh", "Ensures <meta http-equiv=\"refresh\"> is not used for delayed refresh",
     "Delayed refresh under 20 hours must not be used",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/bc659a/",
     Impact::kCritical, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules
