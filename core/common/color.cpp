#include "core/common/color.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace seamkit {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Status ParseError(std::string_view text, const std::string& why) {
  return Status(ErrorCode::kParse,
                "invalid CSS colour '" + std::string(text.substr(0, 64)) +
                    "': " + why);
}

StatusOr<Rgba> ParseHex(std::string_view text, std::string_view digits) {
  size_t n = digits.size();
  if (n != 3 && n != 4 && n != 6 && n != 8) {
    return ParseError(text, "a hex colour has 3, 4, 6 or 8 digits");
  }
  int v[8];
  for (size_t i = 0; i < n; ++i) {
    v[i] = HexDigit(digits[i]);
    if (v[i] < 0) return ParseError(text, "not a hexadecimal digit");
  }
  double ch[4] = {0, 0, 0, 255};
  size_t count = (n == 3 || n == 6) ? 3 : 4;
  for (size_t i = 0; i < count; ++i) {
    ch[i] = (n <= 4) ? v[i] * 17 : v[2 * i] * 16 + v[2 * i + 1];
  }
  return Rgba{ch[0], ch[1], ch[2], ch[3] / 255.0};
}

void SplitSpaces(std::string_view s, std::vector<std::string_view>* out) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsSpace(s[j])) ++j;
    if (j > i) out->push_back(s.substr(i, j - i));
    i = j;
  }
}

// One component of a colour function: a number, a percentage or `none`.
struct Component {
  enum Kind { kNumber, kPercent, kNone } kind = kNumber;
  double value = 0;
};

bool ParseComponent(std::string_view tok, Component* out) {
  if (tok == "none") {
    *out = {Component::kNone, 0};
    return true;
  }
  bool percent = !tok.empty() && tok.back() == '%';
  if (percent) tok.remove_suffix(1);
  if (tok.empty() || tok.size() > 64) return false;
  bool digit = false;
  for (char c : tok) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != '.' && c != '+' && c != '-' && c != 'e' && c != 'E') {
      return false;
    }
  }
  if (!digit) return false;
  std::string s(tok);
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(v)) return false;
  *out = {percent ? Component::kPercent : Component::kNumber, v};
  return true;
}

// Splits the inside of a colour function into channel components and an
// optional alpha, accepting the legacy comma form and the modern space form.
Status SplitArgs(std::string_view text, std::string_view args,
                 std::vector<Component>* channels, Component* alpha,
                 bool* has_alpha, bool* legacy) {
  std::vector<std::string_view> parts;
  *legacy = args.find(',') != std::string_view::npos;
  *has_alpha = false;
  if (*legacy) {
    if (args.find('/') != std::string_view::npos) {
      return ParseError(text, "'/' cannot be mixed with commas");
    }
    size_t start = 0;
    while (true) {
      size_t comma = args.find(',', start);
      parts.push_back(Trim(args.substr(start, comma - start)));
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
    if (parts.size() == 4) {
      *has_alpha = true;
    } else if (parts.size() != 3) {
      return ParseError(text, "expected 3 or 4 comma-separated values");
    }
  } else {
    size_t slash = args.find('/');
    std::string_view main = args.substr(0, slash);
    if (slash != std::string_view::npos) {
      std::string_view a = Trim(args.substr(slash + 1));
      if (a.empty() || a.find('/') != std::string_view::npos ||
          a.find_first_of(" \t\n\r\f") != std::string_view::npos) {
        return ParseError(text, "expected one alpha value after '/'");
      }
      *has_alpha = true;
    }
    SplitSpaces(main, &parts);
    if (*has_alpha) parts.push_back(Trim(args.substr(slash + 1)));
    size_t want = *has_alpha ? 4 : 3;
    if (parts.size() != want) {
      return ParseError(text, "expected 3 channel values" +
                                  std::string(*has_alpha ? " before '/'" : ""));
    }
  }
  channels->clear();
  for (size_t i = 0; i < parts.size(); ++i) {
    Component c;
    if (!ParseComponent(parts[i], &c)) {
      return ParseError(text, "'" + std::string(parts[i].substr(0, 24)) +
                                  "' is not a number or percentage");
    }
    if (*legacy && c.kind == Component::kNone) {
      return ParseError(text, "'none' is not allowed in the comma syntax");
    }
    if (i < 3) {
      channels->push_back(c);
    } else {
      *alpha = c;
    }
  }
  return Status::Ok();
}

double Clamp(double v, double lo, double hi) {
  return std::min(std::max(v, lo), hi);
}

double AlphaValue(const Component& c) {
  if (c.kind == Component::kNone) return 0;
  double v = c.kind == Component::kPercent ? c.value / 100.0 : c.value;
  return Clamp(v, 0, 1);
}

StatusOr<Rgba> ParseRgbFunction(std::string_view text, std::string_view args) {
  std::vector<Component> ch;
  Component alpha;
  bool has_alpha = false, legacy = false;
  Status s = SplitArgs(text, args, &ch, &alpha, &has_alpha, &legacy);
  if (!s.ok()) return s;
  if (legacy && !(ch[0].kind == ch[1].kind && ch[1].kind == ch[2].kind)) {
    return ParseError(text, "the comma syntax needs all numbers or all %");
  }
  double v[3];
  for (int i = 0; i < 3; ++i) {
    const Component& c = ch[i];
    double x = c.kind == Component::kPercent ? c.value * 2.55
               : c.kind == Component::kNone  ? 0
                                             : c.value;
    v[i] = Clamp(x, 0, 255);
  }
  return Rgba{v[0], v[1], v[2], has_alpha ? AlphaValue(alpha) : 1.0};
}

StatusOr<Rgba> ParseColorFunction(std::string_view text,
                                  std::string_view args) {
  args = Trim(args);
  size_t sp = 0;
  while (sp < args.size() && !IsSpace(args[sp])) ++sp;
  std::string_view space = args.substr(0, sp);
  bool linear = space == "srgb-linear";
  if (space != "srgb" && !linear) {
    return Status(ErrorCode::kUnsupported,
                  "colour space '" + std::string(space.substr(0, 24)) +
                      "' in color() is not supported (srgb, srgb-linear)");
  }
  std::vector<Component> ch;
  Component alpha;
  bool has_alpha = false, legacy = false;
  Status s = SplitArgs(text, args.substr(sp), &ch, &alpha, &has_alpha, &legacy);
  if (!s.ok()) return s;
  if (legacy) return ParseError(text, "color() does not take commas");
  double v[3];
  for (int i = 0; i < 3; ++i) {
    double x = ch[i].kind == Component::kPercent ? ch[i].value / 100.0
               : ch[i].kind == Component::kNone  ? 0
                                                 : ch[i].value;
    x = Clamp(x, 0, 1);  // out-of-gamut values are mapped by clipping
    v[i] = 255.0 * (linear ? LinearToSrgb(x) : x);
  }
  return Rgba{v[0], v[1], v[2], has_alpha ? AlphaValue(alpha) : 1.0};
}

}  // namespace

StatusOr<Rgba> ParseCssColor(std::string_view input) {
  if (input.size() > 512) {
    return Status(ErrorCode::kLimitExceeded,
                  "CSS colour value longer than 512 characters");
  }
  std::string_view text = Trim(input);
  if (text.empty()) return ParseError(input, "empty value");
  if (text.front() == '#') return ParseHex(text, text.substr(1));
  std::string lower = Lower(text);
  size_t open = lower.find('(');
  if (open == std::string::npos) {
    Rgba c;
    if (LookupNamedColor(lower, &c)) return c;
    if (lower == "currentcolor" || lower == "inherit" || lower == "initial" ||
        lower == "unset" || lower == "revert") {
      return Status(ErrorCode::kUnsupported,
                    "'" + lower + "' depends on context; pass a computed value");
    }
    return ParseError(text, "unknown colour name");
  }
  if (lower.back() != ')') return ParseError(text, "missing ')'");
  std::string_view fn = Trim(std::string_view(lower).substr(0, open));
  std::string_view args =
      std::string_view(lower).substr(open + 1, lower.size() - open - 2);
  if (args.find('(') != std::string_view::npos) {
    return Status(ErrorCode::kUnsupported,
                  "nested functions (calc(), var(), ...) are not resolved; "
                  "pass a computed value");
  }
  if (fn == "rgb" || fn == "rgba") return ParseRgbFunction(text, args);
  if (fn == "color") return ParseColorFunction(text, args);
  return Status(ErrorCode::kUnsupported,
                "colour function '" + std::string(fn.substr(0, 24)) +
                    "()' is not supported (rgb, rgba, color)");
}

std::string ToHex(const Rgba& c) {
  auto byte = [](double v) {
    return static_cast<int>(std::lround(Clamp(v, 0, 255)));
  };
  // Written by hand: snprintf was a visible share of a large page's audit.
  static constexpr char kDigits[] = "0123456789abcdef";
  const int v[3] = {byte(c.r), byte(c.g), byte(c.b)};
  std::string out(7, '#');
  for (int i = 0; i < 3; ++i) {
    out[1 + 2 * i] = kDigits[v[i] >> 4];
    out[2 + 2 * i] = kDigits[v[i] & 15];
  }
  return out;
}

Rgba CompositeOver(const Rgba& top, const Rgba& bottom) {
  double a = top.a + bottom.a * (1 - top.a);
  if (a <= 0) return Rgba{0, 0, 0, 0};
  auto mix = [&](double t, double b) {
    return (t * top.a + b * bottom.a * (1 - top.a)) / a;
  };
  return Rgba{mix(top.r, bottom.r), mix(top.g, bottom.g), mix(top.b, bottom.b),
              a};
}

double SrgbToLinear(double c) {
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double LinearToSrgb(double c) {
  return c <= 0.0031308 ? c * 12.92 : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
}

// Matrices from Ottosson, "A perceptual color space for image processing"
// (2020), for linear sRGB.
Oklab ToOklab(const Rgba& c) {
  double r = SrgbToLinear(c.r / 255), g = SrgbToLinear(c.g / 255),
         b = SrgbToLinear(c.b / 255);
  double l = std::cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  double m = std::cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  double s = std::cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return Oklab{0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
               1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
               0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s};
}

Rgba FromOklab(const Oklab& lab, double alpha) {
  double l = lab.l + 0.3963377774 * lab.a + 0.2158037573 * lab.b;
  double m = lab.l - 0.1055613458 * lab.a - 0.0638541728 * lab.b;
  double s = lab.l - 0.0894841775 * lab.a - 1.2914855480 * lab.b;
  l = l * l * l;
  m = m * m * m;
  s = s * s * s;
  double r = 4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s;
  double g = -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s;
  double b = -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s;
  auto enc = [](double v) {
    // Keep out-of-gamut values visible to InGamut: encode with the sign.
    return v < 0 ? -255 * LinearToSrgb(-v) : 255 * LinearToSrgb(v);
  };
  return Rgba{enc(r), enc(g), enc(b), alpha};
}

bool InGamut(const Rgba& c, double tolerance) {
  double lo = -255 * tolerance, hi = 255 * (1 + tolerance);
  return c.r >= lo && c.r <= hi && c.g >= lo && c.g <= hi && c.b >= lo &&
         c.b <= hi;
}

double DeltaEOk(const Oklab& x, const Oklab& y) {
  double dl = x.l - y.l, da = x.a - y.a, db = x.b - y.b;
  return std::sqrt(dl * dl + da * da + db * db);
}

}  // namespace seamkit
