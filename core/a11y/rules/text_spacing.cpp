#include "core/a11y/rules/text_spacing.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/a11y/rules/rule_util.h"
#include "core/a11y/visibility.h"

namespace seamkit::a11y::rules {
namespace {

struct Spec {
  std::string_view property;
  double factor;
};

Spec SpecOf(SpacingProperty p) {
  switch (p) {
    case SpacingProperty::kLetterSpacing: return {"letter-spacing", 0.12};
    case SpacingProperty::kWordSpacing: return {"word-spacing", 0.16};
    case SpacingProperty::kLineHeight: return {"line-height", 1.5};
  }
  return {"", 0};
}

// Computed value in px; `normal` line height is < 0.
float Value(const ComputedStyle& st, SpacingProperty p) {
  switch (p) {
    case SpacingProperty::kLetterSpacing: return st.letter_spacing_px;
    case SpacingProperty::kWordSpacing: return st.word_spacing_px;
    case SpacingProperty::kLineHeight: return st.line_height_px;
  }
  return 0;
}

bool SameValue(float a, float b) { return std::fabs(a - b) < 0.01f; }

// Lines a text takes in element `e`: 0 one line, 1 several, 2 unsure.
int Wraps(const Snapshot& s, NodeId e) {
  const ComputedStyle& st = s.Style(e);
  double line = st.line_height_px > 0 ? st.line_height_px : 1.2 * st.font_size_px;
  if (!(line > 0)) return 2;
  double lines = s.BoundingBox(e).height / line;
  if (lines < 1.1) return 0;
  return lines >= 1.9 ? 1 : 2;
}

}  // namespace

std::optional<std::string_view> ImportantDeclaration(std::string_view style,
                                                     std::string_view property) {
  std::optional<std::string_view> found;
  while (!style.empty()) {
    size_t semi = style.find(';');
    std::string_view decl = style.substr(0, semi);
    style = semi == std::string_view::npos ? std::string_view() : style.substr(semi + 1);
    size_t colon = decl.find(':');
    if (colon == std::string_view::npos) continue;
    if (!EqualsIgnoreAsciiCase(TrimAsciiWhitespace(decl.substr(0, colon)), property)) {
      continue;
    }
    std::string_view value = TrimAsciiWhitespace(decl.substr(colon + 1));
    size_t bang = value.rfind('!');
    if (bang == std::string_view::npos ||
        !EqualsIgnoreAsciiCase(TrimAsciiWhitespace(value.substr(bang + 1)), "important")) {
      continue;
    }
    found = TrimAsciiWhitespace(value.substr(0, bang));
  }
  return found;
}

void CheckTextSpacing(AuditContext& ctx, RuleReporter& out, SpacingProperty p) {
  const Snapshot& s = ctx.snapshot();
  const Spec spec = SpecOf(p);
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!IsHtmlElement(s, n)) continue;
    std::optional<std::string_view> style = s.Attr(n, "style");
    if (!style) continue;
    std::optional<std::string_view> decl = ImportantDeclaration(*style, spec.property);
    if (!decl) continue;
    for (std::string_view k : {"inherit", "unset", "revert", "revert-layer"}) {
      if (EqualsIgnoreAsciiCase(*decl, k)) decl.reset();
      if (!decl) break;
    }
    if (!decl || !ctx.IsVisible(n)) continue;
    const float value = Value(s.Style(n), p);
    int verdict = 0;  // 0 pass, 1 fail, 2 unsure
    bool used = false, counted = false;
    double worst_size = 0;
    for (NodeId t = n; t < s.SubtreeEnd(n); ++t) {
      if (!s.IsText(t) || !(ctx.States(t) & kStateVisible)) continue;
      NodeId e = s.ParentElement(t);
      if (e == kNoNode || !SameValue(Value(s.Style(e), p), value)) continue;
      used = true;
      int wraps = p == SpacingProperty::kLineHeight ? Wraps(s, e) : 1;
      if (wraps == 0) continue;
      counted = true;
      double need = spec.factor * s.Style(e).font_size_px;
      if (value >= 0 && value + 1e-3 >= need) continue;
      worst_size = s.Style(e).font_size_px;
      verdict = std::max(verdict, wraps == 1 ? 1 : 2);
    }
    if (used && !counted) continue;  // line-height over unwrapped text only
    nlohmann::json data = {{"declared", std::string(*decl)},
                           {"computedPx", value},
                           {"factor", spec.factor}};
    if (verdict == 0) {
      out.Pass(n);
      continue;
    }
    data["fontSize"] = worst_size;
    char factor[16];
    std::snprintf(factor, sizeof factor, "%g", spec.factor);
    std::string msg = std::string(spec.property) + " !important is below " +
                      factor + " times the font size";
    if (verdict == 1) {
      out.Fail(n, msg, std::move(data));
    } else {
      out.CantTell(n, msg + " (text may not wrap)", std::move(data));
    }
  }
}

}  // namespace seamkit::a11y::rules
