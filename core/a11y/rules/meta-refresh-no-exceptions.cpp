// ACT bisz58 "Meta element has no refresh delay (no exception)" (WCAG
// 2.2.4, 3.2.5). Applies to the first valid <meta http-equiv=refresh> of
// a document; only an immediate (0 s) refresh passes.
#include <string>

#include "core/a11y/rules/meta_refresh_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2aaa", "wcag224", "wcag325"};
constexpr std::string_view kAct[] = {"bisz58"};
constexpr std::string_view kWcag[] = {"2.2.4", "3.2.5"};

void Check(AuditContext& ctx, RuleReporter& out) {
  for (const RefreshMeta& m : FirstValidRefreshes(ctx.snapshot())) {
    if (m.delay == 0) {
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

extern const Rule kMetaRefreshNoExceptions = {
    {"meta-refresh-no-exceptions",
     "Ensures <meta http-equiv=\"refresh\"> is not used for delayed refresh",
     "Delayed refresh must not be used",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/bisz58/",
     Impact::kMinor, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules
