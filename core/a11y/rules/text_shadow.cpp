#include "core/a11y/rules/text_shadow.h"

#include <cmath>
#include <string>
#include <vector>

#include "core/common/number.h"

namespace seamkit::a11y::rules {
namespace {

// Splits at `sep` outside parentheses.
std::vector<std::string_view> SplitTopLevel(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && depth > 0) --depth;
    if (s[i] == sep && depth == 0) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  out.push_back(s.substr(start));
  return out;
}

// A length in px ("3px", "0"); nullopt for anything else.
std::optional<double> PxLength(std::string_view t) {
  if (t == "0") return 0.0;
  if (t.size() < 3 || t.substr(t.size() - 2) != "px") return std::nullopt;
  std::optional<double> v = ParseDecimal(t.substr(0, t.size() - 2));
  if (!v || !std::isfinite(*v)) return std::nullopt;
  return v;
}

struct Shadow {
  Rgba color;
  double x = 0, y = 0, blur = 0;
};

std::optional<Shadow> ParseShadow(std::string_view item) {
  std::vector<double> lengths;
  std::string color;
  for (std::string_view tok : SplitTopLevel(item, ' ')) {
    if (tok.empty()) continue;
    if (std::optional<double> px = PxLength(tok)) {
      lengths.push_back(*px);
    } else {
      if (!color.empty()) color += ' ';
      color += tok;
    }
  }
  if (lengths.size() < 2 || lengths.size() > 3 || color.empty()) return std::nullopt;
  StatusOr<Rgba> c = ParseCssColor(color);
  if (!c.ok()) return std::nullopt;
  Shadow s;
  s.color = *c;
  s.x = lengths[0];
  s.y = lengths[1];
  s.blur = lengths.size() == 3 ? lengths[2] : 0;
  return s;
}

}  // namespace

std::optional<Rgba> HaloShadowColor(std::string_view text_shadow) {
  // The first shadow in the list is painted on top (CSS Text Decoration 3).
  for (std::string_view item : SplitTopLevel(text_shadow, ',')) {
    std::optional<Shadow> s = ParseShadow(item);
    if (!s) return std::nullopt;  // unreadable: leave the answer to review
    if (s->blur > 0 && std::fabs(s->x) <= s->blur && std::fabs(s->y) <= s->blur &&
        s->color.a > 0) {
      return s->color;
    }
  }
  return std::nullopt;
}

}  // namespace seamkit::a11y::rules
