#include "core/a11y/rules/autofill_tokens.h"

#include <cstdint>
#include <initializer_list>
#include <utility>
#include <vector>

#include "core/a11y/aria_data.h"

namespace seamkit::a11y::rules {
namespace {

using G = AutofillGroup;

struct Field {
  std::string_view name;
  G group;
  bool contact;  // may follow home/work/mobile/fax/pager
};

// HTML Living Standard §4.10.18.7.1, autofill field names and their
// control groups.
constexpr Field kFields[] = {
    {"name", G::kText, false}, {"honorific-prefix", G::kText, false},
    {"given-name", G::kText, false}, {"additional-name", G::kText, false},
    {"family-name", G::kText, false}, {"honorific-suffix", G::kText, false},
    {"nickname", G::kText, false}, {"username", G::kUsername, false},
    {"new-password", G::kPassword, false},
    {"current-password", G::kPassword, false},
    {"one-time-code", G::kPassword, false},
    {"organization-title", G::kText, false}, {"organization", G::kText, false},
    {"street-address", G::kMultiline, false},
    {"address-line1", G::kText, false}, {"address-line2", G::kText, false},
    {"address-line3", G::kText, false}, {"address-level4", G::kText, false},
    {"address-level3", G::kText, false}, {"address-level2", G::kText, false},
    {"address-level1", G::kText, false}, {"country", G::kText, false},
    {"country-name", G::kText, false}, {"postal-code", G::kText, false},
    {"cc-name", G::kText, false}, {"cc-given-name", G::kText, false},
    {"cc-additional-name", G::kText, false},
    {"cc-family-name", G::kText, false}, {"cc-number", G::kText, false},
    {"cc-exp", G::kMonth, false}, {"cc-exp-month", G::kNumeric, false},
    {"cc-exp-year", G::kNumeric, false}, {"cc-csc", G::kText, false},
    {"cc-type", G::kText, false}, {"transaction-currency", G::kText, false},
    {"transaction-amount", G::kNumeric, false}, {"language", G::kText, false},
    {"bday", G::kDate, false}, {"bday-day", G::kNumeric, false},
    {"bday-month", G::kNumeric, false}, {"bday-year", G::kNumeric, false},
    {"sex", G::kText, false}, {"url", G::kUrl, false},
    {"photo", G::kUrl, false},
    {"tel", G::kTel, true}, {"tel-country-code", G::kText, true},
    {"tel-national", G::kText, true}, {"tel-area-code", G::kText, true},
    {"tel-local", G::kText, true}, {"tel-local-prefix", G::kText, true},
    {"tel-local-suffix", G::kText, true}, {"tel-extension", G::kText, true},
    {"email", G::kEmail, true}, {"impp", G::kUrl, true},
};

const Field* FindField(std::string_view token) {
  for (const Field& f : kFields) {
    if (EqualsIgnoreAsciiCase(f.name, token)) return &f;
  }
  return nullptr;
}

bool IsOneOf(std::string_view token, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (EqualsIgnoreAsciiCase(token, s)) return true;
  }
  return false;
}

bool StartsWithSection(std::string_view t) {
  return t.size() >= 8 && EqualsIgnoreAsciiCase(t.substr(0, 8), "section-");
}

}  // namespace

AutofillCheck ParseAutofill(std::string_view value) {
  std::vector<std::string_view> t;
  for (std::string_view token : AriaTokens(value)) t.push_back(token);
  AutofillCheck r;
  size_t i = 0;
  auto fail = [&](std::string why) {
    r.valid = false;
    r.problem = std::move(why);
    return r;
  };
  if (i < t.size() && StartsWithSection(t[i])) ++i;
  if (i < t.size() && IsOneOf(t[i], {"shipping", "billing"})) ++i;
  bool contact_prefix = false;
  if (i < t.size() && IsOneOf(t[i], {"home", "work", "mobile", "fax", "pager"})) {
    contact_prefix = true;
    ++i;
  }
  if (i >= t.size()) return fail("no autofill field name");
  const Field* f = FindField(t[i]);
  if (f == nullptr) return fail("\"" + std::string(t[i]) + "\" is not an autofill field name");
  if (contact_prefix && !f->contact) {
    return fail("\"" + std::string(t[i - 1]) + "\" cannot precede \"" +
                std::string(f->name) + "\"");
  }
  ++i;
  if (i < t.size() && EqualsIgnoreAsciiCase(t[i], "webauthn")) ++i;
  if (i < t.size()) return fail("unexpected token \"" + std::string(t[i]) + "\"");
  r.valid = true;
  r.field = f->name;
  r.group = f->group;
  return r;
}

bool AutofillGroupFitsControl(AutofillGroup group, std::string_view tag,
                              std::string_view type) {
  if (tag == "select" || tag == "textarea" || type == "hidden") return true;
  if (group == G::kMultiline) return false;
  bool text_like = type == "text" || type == "search";
  switch (group) {
    case G::kText:
      return text_like || type == "tel" || type == "url" || type == "email" ||
             type == "password";
    case G::kPassword: return text_like || type == "password";
    case G::kUsername: return text_like || type == "email";
    case G::kUrl: return text_like || type == "url";
    case G::kEmail: return text_like || type == "email";
    case G::kTel: return text_like || type == "tel";
    case G::kNumeric: return text_like || type == "number";
    case G::kMonth: return text_like || type == "month";
    case G::kDate: return text_like || type == "date";
    case G::kMultiline: return false;
  }
  return false;
}

}  // namespace seamkit::a11y::rules
