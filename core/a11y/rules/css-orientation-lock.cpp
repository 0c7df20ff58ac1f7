// ACT b33eff "Orientation of the page is not restricted using CSS transforms"
// (WCAG 1.3.4). Applies to visible elements that a CSS rule conditioned on
// the `orientation` media feature rotates (the collector records that
// rotation relative to the element's rotation without such rules). Fails
// when the relative rotation is a quarter turn (90 or 270 degrees): the
// content is then shown in one fixed orientation whichever way the device
// is held.
#include <cmath>

#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag21aa", "wcag134"};
constexpr std::string_view kAct[] = {"b33eff"};
constexpr std::string_view kWcag[] = {"1.3.4"};

// Tolerance for "a quarter turn": transforms written in radians or as
// matrices carry rounding (1.5708rad is 90.0002 degrees).
constexpr float kQuarterTurnToleranceDeg = 0.5f;

bool IsQuarterTurn(float deg) {
  return std::fabs(deg - 90.0f) <= kQuarterTurnToleranceDeg ||
         std::fabs(deg - 270.0f) <= kQuarterTurnToleranceDeg;
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n)) continue;
    float deg = s.Element(n).style.orientation_rotation_deg;
    if (std::isnan(deg) || !ctx.IsVisible(n)) continue;
    if (IsQuarterTurn(deg)) {
      out.Fail(n,
               "CSS for one device orientation rotates this element by a quarter "
               "turn, locking the content to a single orientation",
               {{"rotation", deg}});
    } else {
      out.Pass(n);
    }
  }
}

}  // namespace

extern const Rule kCssOrientationLock = {
    {"css-orientation-lock",
     "Ensures content is not locked to a specific display orientation by CSS transforms",
     "CSS media queries must not lock display orientation",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/b33eff/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules
