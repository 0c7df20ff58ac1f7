// ACT b4f0c3 "Meta viewport allows for zoom" (WCAG 1.4.4). Applies to
// <meta name=viewport> whose content sets user-scalable or maximum-scale.
// Fails when user-scalable resolves to "no" (no, or a number in (-1, 1),
// or an unknown keyword) or maximum-scale resolves below 2 (yes = 1, no
// and unknown keywords = 0.1; negative numbers are ignored; device-width
// and device-height count as 10), following the viewport parsing the ACT
// rule's examples exercise.
#include <cmath>
#include <string>

#include "core/a11y/rules/rule_util.h"
#include "core/common/number.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2aa", "wcag144"};
constexpr std::string_view kAct[] = {"b4f0c3"};
constexpr std::string_view kWcag[] = {"1.4.4"};

std::string Lower(std::string_view s) {
  std::string out(TrimAsciiWhitespace(s));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The numeric meaning of a viewport value (keywords mapped as above).
double ViewportNumber(const std::string& v) {
  if (v == "yes") return 1;
  if (v == "device-width" || v == "device-height") return 10;
  std::optional<double> d = ParseDecimalPrefix(v);
  return d ? *d : 0.1;
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!IsHtmlTag(s, n, "meta")) continue;
    std::optional<std::string_view> name = s.Attr(n, "name");
    std::optional<std::string_view> content = s.Attr(n, "content");
    if (!name || !content || Lower(*name) != "viewport") continue;
    bool applicable = false;
    std::string problem;
    std::string_view rest = *content;
    while (!rest.empty()) {
      size_t cut = rest.find_first_of(",;");
      std::string_view item = rest.substr(0, cut);
      rest = cut == std::string_view::npos ? "" : rest.substr(cut + 1);
      size_t eq = item.find('=');
      if (eq == std::string_view::npos) continue;
      std::string key = Lower(item.substr(0, eq));
      std::string value = Lower(item.substr(eq + 1));
      if (key == "user-scalable") {
        applicable = true;
        double v = value == "no" ? 0 : ViewportNumber(value);
        if (std::fabs(v) < 1) problem = "user-scalable=" + value + " disables zoom";
      } else if (key == "maximum-scale") {
        applicable = true;
        double v = value == "no" ? 0.1 : ViewportNumber(value);
        if (v >= 0 && v < 2) problem = "maximum-scale=" + value + " limits zoom below 200%";
      }
    }
    if (!applicable) continue;
    if (problem.empty()) {
      out.Pass(n);
    } else {
      out.Fail(n, problem);
    }
  }
}

}  // namespace

extern const Rule kMetaViewport = {
    {"meta-viewport", "Ensures <meta name=\"viewport\"> does not disable zooming",
     "Zooming and scaling must not be disabled",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/b4f0c3/",
     Impact::kCritical, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules
