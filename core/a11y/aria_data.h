// WAI-ARIA 1.2 roles, states and properties as data.
//
// Source of every fact in the tables: WAI-ARIA 1.2, W3C Recommendation
// 6 June 2023 (https://www.w3.org/TR/wai-aria-1.2/), §5.4 "Definition of
// Roles" and §6.6 "Definitions of States and Properties". The three
// graphics-* roles come from WAI-ARIA Graphics Module 1.0 and the doc-* roles
// from DPUB-ARIA 1.0/1.1, so that role resolution knows every role a browser
// exposes; they carry `spec` so a caller can tell them apart.
//
// The tables are constant-initialised arrays of string_views (no heap, no
// global constructors), sorted by name and looked up by binary search; a
// static_assert in the .cpp files keeps them sorted. Lists inside an entry
// (superclasses, required states, ...) are space-separated names: iterate
// them with AriaTokens. Owned-element requirements use "a>b" for the spec's
// "a → b" (an `a` that owns a `b`), e.g. "row rowgroup>row".
#ifndef SEAMKIT_CORE_A11Y_ARIA_DATA_H_
#define SEAMKIT_CORE_A11Y_ARIA_DATA_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace seamkit::a11y {

// ---- value types (WAI-ARIA 1.2 §8.2)
// -----------------------------------------
enum class AriaValueType : uint8_t {
  kTrueFalse,           // true | false
  kTristate,            // true | false | mixed | undefined
  kTrueFalseUndefined,  // true | false | undefined
  kIdReference,         // one ID
  kIdReferenceList,     // space-separated IDs
  kInteger,             // HTML "valid integer"
  kNumber,              // HTML "valid floating-point number"
  kString,              // any text
  kToken,               // one of `tokens`
  kTokenList,           // space-separated subset of `tokens`
};

// "true/false", "tristate", "ID reference list", ... as the spec names them.
std::string_view AriaValueTypeName(AriaValueType type);

// One state or property of WAI-ARIA 1.2 (48 of them).
struct AriaAttribute {
  std::string_view name;  // "aria-checked"
  AriaValueType type;
  bool is_state;   // a "state" in the spec; otherwise a "property"
  bool is_global;  // listed in §6.4 Global States and Properties
  // The whole attribute is deprecated (aria-dropeffect, aria-grabbed:
  // deprecated in ARIA 1.1 and still so in 1.2).
  bool deprecated;
  // 1.2 deprecates the *global* use of aria-disabled, aria-errormessage,
  // aria-haspopup and aria-invalid: they stay valid on the roles that list
  // them (directly or by inheritance) and are deprecated elsewhere.
  bool global_use_deprecated;
  std::string_view tokens;         // allowed tokens (kToken, kTokenList)
  std::string_view default_value;  // the spec's default ("" if none)
};

// ---- roles (WAI-ARIA 1.2 §5) -----------------------------------------------
enum class AriaSpec : uint8_t {
  kAria12,      // WAI-ARIA 1.2
  kGraphics10,  // WAI-ARIA Graphics Module 1.0
  kDpub,        // DPUB-ARIA 1.0 (1.1 for doc-pagefooter/doc-pageheader)
};

// Role categories of §5.3, as bits.
enum RoleCategory : uint16_t {
  kCategoryAbstract = 1 << 0,
  kCategoryWidget = 1 << 1,      // §5.3.2 (standalone and composite)
  kCategoryComposite = 1 << 2,   // the composite widgets among them
  kCategoryStructure = 1 << 3,   // §5.3.3 document structure
  kCategoryLandmark = 1 << 4,    // §5.3.4
  kCategoryLiveRegion = 1 << 5,  // §5.3.5
  kCategoryWindow = 1 << 6,      // §5.3.6
};

// "Name From" of §5.2.8, as bits (button: author | contents).
enum NameFrom : uint8_t {
  kNameFromAuthor = 1 << 0,
  kNameFromContents = 1 << 1,
  kNameFromProhibited = 1 << 2,
};

struct AriaRole {
  std::string_view name;
  AriaSpec spec;
  bool is_abstract;
  bool deprecated;      // directory (1.2), doc-biblioentry/endnote (1.1)
  uint16_t categories;  // RoleCategory bits
  std::string_view superclasses;      // direct superclass roles
  std::string_view required_context;  // "Required Context Role"
  std::string_view required_owned;    // "Required Owned Elements" ("a>b")
  std::string_view required_states;   // "Required States and Properties"
  // Required only when the element is focusable: separator's aria-valuenow
  // ("if focusable" in the spec's table).
  std::string_view required_if_focusable;
  // "Supported States and Properties" as listed on this role, excluding
  // inherited ones and globals; see GetAttributeSupport for the full answer.
  std::string_view supported_states;
  std::string_view prohibited_states;  // "Prohibited States and Properties"
  // "Implicit Value for Role" as attr=value pairs (heading: "aria-level=2").
  // Defaults described in words ("half way between min and max") are left
  // out.
  std::string_view implicit_values;
  uint8_t name_from;             // NameFrom bits
  bool name_required;            // "Accessible Name Required"
  bool presentational_children;  // "Children Presentational: True"
};

// ---- token lists ------------------------------------------------------------
// Iterates the space-separated names of a table field, or the ASCII
// whitespace-separated tokens of any attribute value.
class AriaTokens {
 public:
  class Iterator {
   public:
    explicit Iterator(std::string_view rest) : rest_(rest) { Advance(); }
    std::string_view operator*() const { return token_; }
    Iterator& operator++() {
      Advance();
      return *this;
    }
    bool operator!=(const Iterator& other) const {
      return token_.data() != other.token_.data() ||
             token_.size() != other.token_.size();
    }

   private:
    void Advance();
    std::string_view rest_;
    std::string_view token_;
  };

  explicit AriaTokens(std::string_view text) : text_(text) {}
  Iterator begin() const { return Iterator(text_); }
  Iterator end() const { return Iterator(std::string_view()); }
  bool Contains(std::string_view token) const;  // exact match
  size_t Count() const;

 private:
  std::string_view text_;
};

bool IsAsciiWhitespace(char c);
// ASCII case-insensitive equality (the comparison ARIA tokens use).
bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b);
std::string_view TrimAsciiWhitespace(std::string_view s);

// Upper bound on the role table's size (checked where the table is defined).
inline constexpr size_t kMaxAriaRoles = 192;

// ---- lookups ----------------------------------------------------------------
// All entries, sorted by name.
std::span<const AriaAttribute> AllAriaAttributes();
std::span<const AriaRole> AllAriaRoles();

// ASCII case-insensitive lookups; nullptr when the name is not in the table.
const AriaAttribute* FindAriaAttribute(std::string_view name);
const AriaRole* FindAriaRole(std::string_view name);

// True when `role` is `ancestor` or inherits from it (any superclass path).
bool RoleIsA(std::string_view role, std::string_view ancestor);

// How WAI-ARIA 1.2 treats `attr` on an element of role `role`.
enum class AttributeSupport : uint8_t {
  kUnknownAttribute,  // not a WAI-ARIA 1.2 state or property
  kUnknownRole,       // role not in the tables
  kRequired,          // in the role's required states
  kSupported,         // listed on the role or inherited from a superclass
  kGlobal,            // a global that the role does not prohibit
  kGlobalDeprecated,  // a 1.2 deprecated-global (or deprecated attribute)
  kProhibited,        // in the role's prohibited states
  kNotSupported,      // none of the above: not allowed on this role
};
std::string_view AttributeSupportName(AttributeSupport support);
AttributeSupport GetAttributeSupport(std::string_view role,
                                     std::string_view attr);
// The same for entries of the tables (no name lookups: a few ns). Both
// pointers must come from AllAriaRoles()/AllAriaAttributes() or lookups.
AttributeSupport GetAttributeSupport(const AriaRole& role,
                                     const AriaAttribute& attr);
// kRequired, kSupported, kGlobal and kGlobalDeprecated are allowed.
bool IsAllowed(AttributeSupport support);

// The role's "Implicit Value for Role" for `attr`, or "" when it has none
// (searching superclasses too, nearest first).
std::string_view ImplicitValueFor(std::string_view role, std::string_view attr);

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_ARIA_DATA_H_
