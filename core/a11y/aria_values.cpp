// Value-type checks of WAI-ARIA 1.2 §8.2, with the HTML number grammars
// (HTML Living Standard §2.3.4.1 "valid integer", §2.3.4.3 "valid
// floating-point number").
#include "core/a11y/aria_values.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>
#include <utility>

namespace seamkit::a11y {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Consumes one or more digits from `text` at `*pos`; false if none.
bool ConsumeDigits(std::string_view text, size_t* pos) {
  size_t start = *pos;
  while (*pos < text.size() && IsDigit(text[*pos])) ++*pos;
  return *pos > start;
}

std::string Quote(std::string_view value) {
  constexpr size_t kMaxShown = 40;
  std::string out = "\"";
  out.append(value.substr(0, kMaxShown));
  if (value.size() > kMaxShown) out.append("...");
  out.append("\"");
  return out;
}

// "a, b, c" from a space-separated list.
std::string Listing(std::string_view tokens) {
  std::string out;
  for (std::string_view t : AriaTokens(tokens)) {
    if (!out.empty()) out.append(", ");
    out.append(t);
  }
  return out;
}

bool MatchesAnyToken(std::string_view value, std::string_view allowed) {
  for (std::string_view t : AriaTokens(allowed)) {
    if (EqualsIgnoreAsciiCase(value, t)) return true;
  }
  return false;
}

AriaValueCheck Valid() { return {true, AriaValueVerdict::kValid, ""}; }
AriaValueCheck Invalid(std::string reason) {
  return {false, AriaValueVerdict::kInvalid, std::move(reason)};
}

// The fixed vocabularies of the three boolean-like types.
std::string_view EnumeratedTokens(AriaValueType type, std::string_view tokens) {
  switch (type) {
    case AriaValueType::kTrueFalse:
      return "true false";
    case AriaValueType::kTristate:
      return "true false mixed undefined";
    case AriaValueType::kTrueFalseUndefined:
      return "true false undefined";
    default:
      return tokens;
  }
}

}  // namespace

bool IsHtmlValidInteger(std::string_view text) {
  size_t pos = 0;
  if (pos < text.size() && text[pos] == '-') ++pos;
  return ConsumeDigits(text, &pos) && pos == text.size();
}

bool IsHtmlValidFloat(std::string_view text) {
  size_t pos = 0;
  if (pos < text.size() && text[pos] == '-') ++pos;
  bool int_part = ConsumeDigits(text, &pos);
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    if (!ConsumeDigits(text, &pos)) return false;  // "1." and "." invalid
  } else if (!int_part) {
    return false;
  }
  if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
    ++pos;
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) ++pos;
    if (!ConsumeDigits(text, &pos)) return false;
  }
  return pos == text.size();
}

std::optional<bool> ParseAriaTrueFalse(std::string_view value) {
  value = TrimAsciiWhitespace(value);
  if (EqualsIgnoreAsciiCase(value, "true")) return true;
  if (EqualsIgnoreAsciiCase(value, "false")) return false;
  return std::nullopt;
}

std::optional<long long> ParseAriaInteger(std::string_view value) {
  value = TrimAsciiWhitespace(value);
  if (!IsHtmlValidInteger(value)) return std::nullopt;
  long long out = 0;
  auto [end, ec] =
      std::from_chars(value.data(), value.data() + value.size(), out);
  if (ec != std::errc() || end != value.data() + value.size()) {
    return std::nullopt;  // out of range for long long
  }
  return out;
}

std::optional<double> ParseAriaNumber(std::string_view value) {
  value = TrimAsciiWhitespace(value);
  if (!IsHtmlValidFloat(value)) return std::nullopt;
  // strtod needs a terminated string; the grammar above guarantees it reads
  // the whole text (digits, '.', '-', exponent only).
  std::string copy(value);
  double out = std::strtod(copy.c_str(), nullptr);
  if (!std::isfinite(out)) return std::nullopt;
  return out;
}

AriaValueCheck ValidateAriaValueOfType(AriaValueType type,
                                       std::string_view tokens,
                                       std::string_view value) {
  std::string_view v = TrimAsciiWhitespace(value);
  if (v.empty()) return {true, AriaValueVerdict::kEmpty, ""};
  const std::string type_name(AriaValueTypeName(type));
  switch (type) {
    case AriaValueType::kString:
      return Valid();
    case AriaValueType::kTrueFalse:
    case AriaValueType::kTristate:
    case AriaValueType::kTrueFalseUndefined:
    case AriaValueType::kToken: {
      std::string_view allowed = EnumeratedTokens(type, tokens);
      if (MatchesAnyToken(v, allowed)) return Valid();
      return Invalid(type_name + ": " + Quote(v) + " is not one of " +
                     Listing(allowed));
    }
    case AriaValueType::kTokenList:
      for (std::string_view t : AriaTokens(v)) {
        if (!MatchesAnyToken(t, tokens)) {
          return Invalid(type_name + ": " + Quote(t) + " is not one of " +
                         Listing(tokens));
        }
      }
      return Valid();
    case AriaValueType::kIdReference:
      if (AriaTokens(v).Count() == 1) return Valid();
      return Invalid("ID reference: " + Quote(v) +
                     " holds whitespace, and an ID cannot");
    case AriaValueType::kIdReferenceList:
      return Valid();  // non-empty after trimming: at least one ID
    case AriaValueType::kInteger:
      if (!IsHtmlValidInteger(v)) {
        return Invalid("integer: " + Quote(v) + " is not a valid integer");
      }
      if (!ParseAriaInteger(v)) {
        return Invalid("integer: " + Quote(v) + " is out of range");
      }
      return Valid();
    case AriaValueType::kNumber:
      if (!IsHtmlValidFloat(v)) {
        return Invalid("number: " + Quote(v) + " is not a valid number");
      }
      if (!ParseAriaNumber(v)) {
        return Invalid("number: " + Quote(v) + " is not finite");
      }
      return Valid();
  }
  return Invalid("unknown value type");
}

AriaValueCheck ValidateAriaValue(std::string_view attr,
                                 std::string_view value) {
  const AriaAttribute* a = FindAriaAttribute(attr);
  if (a == nullptr) {
    std::string name(attr.substr(0, 64));
    return {false, AriaValueVerdict::kUnknownAttribute,
            name + " is not a WAI-ARIA 1.2 state or property"};
  }
  AriaValueCheck check = ValidateAriaValueOfType(a->type, a->tokens, value);
  if (!check.reason.empty()) {
    check.reason = std::string(a->name) + " is " + check.reason;
  }
  return check;
}

}  // namespace seamkit::a11y
