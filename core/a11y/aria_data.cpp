// Lookups over the role and attribute tables (aria_role_table.cpp,
// aria_attribute_table.cpp), token helpers and attribute support per role.
#include "core/a11y/aria_data.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <functional>
#include <optional>

namespace seamkit::a11y {
namespace {

using T = AriaValueType;

// Longest name in either table is under 32 characters; anything longer is
// not a match without looking.
constexpr size_t kMaxNameLength = 32;

char ToLowerAscii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Lower-cases `name` into `buffer`; false if it is too long to be a name.
bool LowerInto(std::string_view name, std::array<char, kMaxNameLength>* buffer,
               std::string_view* out) {
  if (name.empty() || name.size() > buffer->size()) return false;
  for (size_t i = 0; i < name.size(); ++i) (*buffer)[i] = ToLowerAscii(name[i]);
  *out = std::string_view(buffer->data(), name.size());
  return true;
}

template <typename Entry>
const Entry* FindByName(std::span<const Entry> table, std::string_view name) {
  std::array<char, kMaxNameLength> buffer;
  std::string_view lower;
  if (!LowerInto(name, &buffer, &lower)) return nullptr;
  auto it = std::lower_bound(
      table.begin(), table.end(), lower,
      [](const Entry& e, std::string_view key) { return e.name < key; });
  if (it == table.end() || it->name != lower) return nullptr;
  return &*it;
}

// Visits `role` and all its superclasses, nearest first (breadth-first over
// the superclass lists), stopping when `visit` returns true. Iterative; the
// hierarchy is at most a few levels deep, and a fixed queue bounds the work.
template <typename Visit>
bool VisitLineage(const AriaRole* role, Visit visit) {
  std::array<const AriaRole*, 48> queue{};
  size_t head = 0, tail = 0;
  queue[tail++] = role;
  while (head < tail) {
    const AriaRole* current = queue[head++];
    if (visit(*current)) return true;
    for (std::string_view super : AriaTokens(current->superclasses)) {
      const AriaRole* parent = FindAriaRole(super);
      if (parent != nullptr && tail < queue.size()) queue[tail++] = parent;
    }
  }
  return false;
}

struct RoleMasks {
  uint64_t required = 0;
  uint64_t supported = 0;  // own and inherited, incl. required anywhere
  uint64_t prohibited = 0;
};

uint64_t MaskOf(std::string_view names) {
  uint64_t mask = 0;
  for (std::string_view name : AriaTokens(names)) {
    const AriaAttribute* a = FindAriaAttribute(name);
    if (a != nullptr) mask |= uint64_t{1} << (a - AllAriaAttributes().data());
  }
  return mask;
}

// The index of `entry` in `table`, if it points into it (std::less: a total
// order even for pointers into different arrays).
template <typename Entry>
std::optional<size_t> IndexIn(std::span<const Entry> table,
                              const Entry* entry) {
  std::less<const Entry*> before;
  if (before(entry, table.data()) ||
      !before(entry, table.data() + table.size())) {
    return std::nullopt;
  }
  return static_cast<size_t>(entry - table.data());
}

// Per-role masks, built once on first use (a fixed array: no heap).
const std::array<RoleMasks, kMaxAriaRoles>& Masks() {
  static const std::array<RoleMasks, kMaxAriaRoles> masks = [] {
    std::array<RoleMasks, kMaxAriaRoles> out{};
    std::span<const AriaRole> roles = AllAriaRoles();
    for (size_t i = 0; i < roles.size() && i < out.size(); ++i) {
      out[i].required = MaskOf(roles[i].required_states);
      out[i].prohibited = MaskOf(roles[i].prohibited_states);
      VisitLineage(&roles[i], [&](const AriaRole& x) {
        out[i].supported |= MaskOf(x.supported_states) |
                            MaskOf(x.required_states) |
                            MaskOf(x.required_if_focusable);
        return false;
      });
    }
    return out;
  }();
  return masks;
}

// Per role, the set of roles it is or inherits from, built once on first use:
// RoleIsA is then two lookups and a bit test (rules ask it per element).
using RoleSet = std::bitset<kMaxAriaRoles>;
const std::array<RoleSet, kMaxAriaRoles>& Lineages() {
  static const std::array<RoleSet, kMaxAriaRoles> lineages = [] {
    std::array<RoleSet, kMaxAriaRoles> out{};
    std::span<const AriaRole> roles = AllAriaRoles();
    for (size_t i = 0; i < roles.size() && i < out.size(); ++i) {
      VisitLineage(&roles[i], [&](const AriaRole& x) {
        out[i].set(static_cast<size_t>(&x - roles.data()));
        return false;
      });
    }
    return out;
  }();
  return lineages;
}

}  // namespace

std::string_view AriaValueTypeName(AriaValueType type) {
  switch (type) {
    case T::kTrueFalse:
      return "true/false";
    case T::kTristate:
      return "tristate";
    case T::kTrueFalseUndefined:
      return "true/false/undefined";
    case T::kIdReference:
      return "ID reference";
    case T::kIdReferenceList:
      return "ID reference list";
    case T::kInteger:
      return "integer";
    case T::kNumber:
      return "number";
    case T::kString:
      return "string";
    case T::kToken:
      return "token";
    case T::kTokenList:
      return "token list";
  }
  return "unknown";
}

bool IsAsciiWhitespace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ToLowerAscii(a[i]) != ToLowerAscii(b[i])) return false;
  }
  return true;
}

std::string_view TrimAsciiWhitespace(std::string_view s) {
  while (!s.empty() && IsAsciiWhitespace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiWhitespace(s.back())) s.remove_suffix(1);
  return s;
}

void AriaTokens::Iterator::Advance() {
  size_t start = 0;
  while (start < rest_.size() && IsAsciiWhitespace(rest_[start])) ++start;
  size_t end = start;
  while (end < rest_.size() && !IsAsciiWhitespace(rest_[end])) ++end;
  if (start == end) {  // exhausted: equal to end()
    token_ = std::string_view();
    rest_ = std::string_view();
    return;
  }
  token_ = rest_.substr(start, end - start);
  rest_ = rest_.substr(end);
}

bool AriaTokens::Contains(std::string_view token) const {
  for (std::string_view t : *this) {
    if (t == token) return true;
  }
  return false;
}

size_t AriaTokens::Count() const {
  size_t n = 0;
  for ([[maybe_unused]] std::string_view t : *this) ++n;
  return n;
}

const AriaAttribute* FindAriaAttribute(std::string_view name) {
  return FindByName(AllAriaAttributes(), name);
}

const AriaRole* FindAriaRole(std::string_view name) {
  return FindByName(AllAriaRoles(), name);
}

bool RoleIsA(std::string_view role, std::string_view ancestor) {
  const AriaRole* start = FindAriaRole(role);
  const AriaRole* target = FindAriaRole(ancestor);
  if (start == nullptr || target == nullptr) return false;
  const AriaRole* first = AllAriaRoles().data();
  return Lineages()[static_cast<size_t>(start - first)].test(
      static_cast<size_t>(target - first));
}

std::string_view AttributeSupportName(AttributeSupport support) {
  switch (support) {
    case AttributeSupport::kUnknownAttribute:
      return "unknown-attribute";
    case AttributeSupport::kUnknownRole:
      return "unknown-role";
    case AttributeSupport::kRequired:
      return "required";
    case AttributeSupport::kSupported:
      return "supported";
    case AttributeSupport::kGlobal:
      return "global";
    case AttributeSupport::kGlobalDeprecated:
      return "global-deprecated";
    case AttributeSupport::kProhibited:
      return "prohibited";
    case AttributeSupport::kNotSupported:
      return "not-supported";
  }
  return "unknown";
}

AttributeSupport GetAttributeSupport(std::string_view role,
                                     std::string_view attr) {
  const AriaAttribute* a = FindAriaAttribute(attr);
  if (a == nullptr) return AttributeSupport::kUnknownAttribute;
  const AriaRole* r = FindAriaRole(role);
  if (r == nullptr) return AttributeSupport::kUnknownRole;
  return GetAttributeSupport(*r, *a);
}

AttributeSupport GetAttributeSupport(const AriaRole& role,
                                     const AriaAttribute& attr) {
  const std::optional<size_t> ri = IndexIn(AllAriaRoles(), &role);
  const std::optional<size_t> ai = IndexIn(AllAriaAttributes(), &attr);
  if (!ri) return AttributeSupport::kUnknownRole;  // not a table entry
  if (!ai) return AttributeSupport::kUnknownAttribute;
  const RoleMasks& m = Masks()[*ri];
  const uint64_t bit = uint64_t{1} << *ai;
  if (m.prohibited & bit) return AttributeSupport::kProhibited;
  if (m.required & bit) return AttributeSupport::kRequired;
  // Listed on the role or a superclass (required there counts as inherited
  // support here).
  if (m.supported & bit) return AttributeSupport::kSupported;
  if (!attr.is_global) return AttributeSupport::kNotSupported;
  if (attr.deprecated || attr.global_use_deprecated) {
    return AttributeSupport::kGlobalDeprecated;
  }
  return AttributeSupport::kGlobal;
}

bool IsAllowed(AttributeSupport support) {
  return support == AttributeSupport::kRequired ||
         support == AttributeSupport::kSupported ||
         support == AttributeSupport::kGlobal ||
         support == AttributeSupport::kGlobalDeprecated;
}

std::string_view ImplicitValueFor(std::string_view role,
                                  std::string_view attr) {
  const AriaRole* r = FindAriaRole(role);
  const AriaAttribute* a = FindAriaAttribute(attr);
  if (r == nullptr || a == nullptr) return {};
  std::string_view found;
  VisitLineage(r, [&](const AriaRole& x) {
    for (std::string_view pair : AriaTokens(x.implicit_values)) {
      size_t eq = pair.find('=');
      if (eq != std::string_view::npos && pair.substr(0, eq) == a->name) {
        found = pair.substr(eq + 1);
        return true;
      }
    }
    return false;
  });
  return found;
}

}  // namespace seamkit::a11y
