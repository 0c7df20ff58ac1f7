#include "core/a11y/rules/gradient.h"

#include <array>
#include <cctype>

namespace seamkit::a11y::rules {
namespace {

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && StartsWithIgnoreCase(a, b);
}

bool IdentStart(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '-' || c == '_';
}

bool IdentChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
}

// Index just past the ')' matching the '(' at `open`; npos when unbalanced.
size_t MatchParen(std::string_view s, size_t open) {
  int depth = 0;
  for (size_t i = open; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && --depth == 0) return i + 1;
  }
  return std::string_view::npos;
}

// Words of gradient syntax that are not colours (CSS Images 3 and 4).
constexpr std::array<std::string_view, 15> kKeywords = {
    "to", "left", "right", "top", "bottom", "center", "circle", "ellipse",
    "closest-side", "closest-corner", "farthest-side", "farthest-corner",
    "at", "from", "contain"};

// Maths functions allowed in positions and angles.
constexpr std::array<std::string_view, 4> kMaths = {"calc", "min", "max", "clamp"};

bool IsKeyword(std::string_view word) {
  for (std::string_view k : kKeywords) {
    if (EqualsIgnoreCase(word, k)) return true;
  }
  return false;
}

// Appends the colour of one comma-separated argument, if it holds one.
// False when the argument holds something not understood.
bool ReadArgument(std::string_view arg, std::vector<Rgba>* stops) {
  size_t i = 0;
  bool has_colour = false;
  while (i < arg.size()) {
    char c = arg[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '+' ||
        (c == '-' && i + 1 < arg.size() &&
         (std::isdigit(static_cast<unsigned char>(arg[i + 1])) || arg[i + 1] == '.'))) {
      ++i;  // a number with its unit or %
      while (i < arg.size() && (IdentChar(arg[i]) || arg[i] == '.' || arg[i] == '%')) ++i;
      continue;
    }
    if (!IdentStart(c)) return false;
    size_t start = i;
    while (i < arg.size() && IdentChar(arg[i])) ++i;
    std::string_view word = arg.substr(start, i - start);
    if (i < arg.size() && arg[i] == '(') {
      size_t end = MatchParen(arg, i);
      if (end == std::string_view::npos) return false;
      bool maths = false;
      for (std::string_view m : kMaths) maths = maths || EqualsIgnoreCase(word, m);
      if (!maths) {
        StatusOr<Rgba> colour = ParseCssColor(arg.substr(start, end - start));
        if (!colour.ok() || has_colour) return false;
        stops->push_back(*colour);
        has_colour = true;
      }
      i = end;
      continue;
    }
    if (EqualsIgnoreCase(word, "in")) return false;  // another colour space
    if (IsKeyword(word)) continue;
    StatusOr<Rgba> colour = ParseCssColor(word);  // named, transparent
    if (!colour.ok() || has_colour) return false;
    stops->push_back(*colour);
    has_colour = true;
  }
  return true;
}

Rgba Mix(const Rgba& x, const Rgba& y, double t) {
  // Premultiplied interpolation; back to straight alpha for compositing.
  double a = x.a + (y.a - x.a) * t;
  if (a <= 0) return Rgba{0, 0, 0, 0};
  auto channel = [&](double cx, double cy) {
    return (cx * x.a + (cy * y.a - cx * x.a) * t) / a;
  };
  return Rgba{channel(x.r, y.r), channel(x.g, y.g), channel(x.b, y.b), a};
}

}  // namespace

std::optional<std::vector<Rgba>> GradientColors(std::string_view value,
                                                int samples_per_segment) {
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front()))) {
    value.remove_prefix(1);
  }
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back()))) {
    value.remove_suffix(1);
  }
  std::string_view name = value;
  if (StartsWithIgnoreCase(name, "repeating-")) name.remove_prefix(10);
  if (!StartsWithIgnoreCase(name, "linear-gradient(") &&
      !StartsWithIgnoreCase(name, "radial-gradient(") &&
      !StartsWithIgnoreCase(name, "conic-gradient(")) {
    return std::nullopt;
  }
  size_t open = value.find('(');
  size_t end = MatchParen(value, open);
  if (end != value.size()) return std::nullopt;  // unbalanced or a second layer
  std::string_view body = value.substr(open + 1, end - open - 2);
  std::vector<Rgba> stops;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= body.size(); ++i) {
    if (i < body.size() && body[i] == '(') ++depth;
    if (i < body.size() && body[i] == ')') --depth;
    if (i == body.size() || (body[i] == ',' && depth == 0)) {
      if (!ReadArgument(body.substr(start, i - start), &stops)) return std::nullopt;
      start = i + 1;
    }
  }
  if (stops.empty()) return std::nullopt;
  int n = samples_per_segment < 2 ? 2 : samples_per_segment;
  std::vector<Rgba> out;
  out.push_back(stops.front());
  for (size_t k = 1; k < stops.size(); ++k) {
    for (int j = 1; j < n; ++j) out.push_back(Mix(stops[k - 1], stops[k], double(j) / (n - 1)));
  }
  return out;
}

}  // namespace seamkit::a11y::rules
