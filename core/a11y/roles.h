// Roles of elements: the explicit role (the `role` attribute) and the
// implicit role of HTML, SVG and MathML elements.
//
// Sources: WAI-ARIA 1.2 §7.1 (role attribute: the first token that names a
// non-abstract role wins; later tokens are fallbacks), HTML-AAM (W3C Editor's
// Draft, element mappings, 2024), SVG-AAM 1.0 and Graphics-AAM 1.0.
//
// The implicit-role logic reads an element and its neighbourhood through the
// small ElementTree interface, so it runs on the DOM snapshot (overloads at
// the bottom) or on a test fake alike. Returned role names are views into
// static storage (the role table); "" means "no corresponding role".
//
// Deliberate simplifications (documented, each a HTML-AAM corner case):
// * th: scope=col|colgroup -> columnheader, scope=row|rowgroup -> rowheader;
//   otherwise columnheader inside thead or when the row has no td, rowheader
//   when the row also holds td cells. The full HTML table-header algorithm
//   (spans, headers across row groups) is not run.
// * td -> gridcell when the nearest table ancestor has an explicit role of
//   grid or treegrid, else cell.
// * header/footer -> banner/contentinfo unless an ancestor element is
//   article, aside, main, nav or section, or has the explicit role article,
//   complementary, main, navigation or region; then generic.
// * aside -> complementary when not inside article/aside/nav/section (scoped
//   to body or main) or when it has an accessible name, else generic.
// * section -> region and form -> form only with an accessible name, else
//   generic (the caller says whether there is a name).
// * summary -> "" (HTML-AAM: no corresponding ARIA role; browsers expose a
//   disclosure button); img alt="" -> presentation (role-conflict
//   resolution is the caller's job).
// * li -> listitem when its parent is ul/ol/menu or has the explicit role
//   list/directory (or it has no parent element), else generic (ARIA in
//   HTML; browsers also accept an explicit list parent).
// * SVG: svg -> graphics-document, g/text/foreignObject -> group, a with
//   href -> link (else group), image -> img, the basic shapes ->
//   graphics-symbol, use -> graphics-object; everything else "".
#ifndef SEAMKIT_CORE_A11Y_ROLES_H_
#define SEAMKIT_CORE_A11Y_ROLES_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/a11y/aria_data.h"

namespace seamkit::a11y {

enum class ElementNamespace : uint8_t { kHtml, kSvg, kMathMl, kOther };

// Read-only access to an element tree. Node handles are opaque; kNoElement
// marks "none".
class ElementTree {
 public:
  static constexpr uint32_t kNoElement = UINT32_MAX;
  virtual ~ElementTree() = default;
  // Lowercase local name ("" for a node that is not an element).
  virtual std::string_view Tag(uint32_t node) const = 0;
  virtual ElementNamespace NamespaceOf(uint32_t node) const = 0;
  virtual std::optional<std::string_view> Attr(uint32_t node,
                                               std::string_view name) const = 0;
  // Parent element (kNoElement at a document or shadow root).
  virtual uint32_t ParentElement(uint32_t node) const = 0;
  // Element children in order.
  virtual uint32_t FirstChildElement(uint32_t node) const = 0;
  virtual uint32_t NextSiblingElement(uint32_t node) const = 0;
};

// The role a `role` attribute value gives: the first whitespace-separated
// token, compared ASCII case-insensitively, that names a non-abstract role
// of WAI-ARIA 1.2, Graphics ARIA or DPUB-ARIA. nullptr when no token does
// (then the implicit role applies).
const AriaRole* ResolveExplicitRole(std::string_view role_attribute);

// The implicit (native) role of `node`; "" when it has none.
// `has_accessible_name` matters only where ImplicitRoleDependsOnName says so.
std::string_view ImplicitRole(const ElementTree& tree, uint32_t node,
                              bool has_accessible_name);
// True for the elements whose implicit role needs the accessible name
// (section, form, aside), so callers compute names only for them.
bool ImplicitRoleDependsOnName(std::string_view tag, ElementNamespace ns);

// The explicit role if the role attribute has a valid token, else the
// implicit role. (Presentational-role conflict resolution is not applied.)
std::string_view ResolveRole(const ElementTree& tree, uint32_t node,
                             bool has_accessible_name);

// ---- on the DOM snapshot (core/a11y/snapshot.h) ----------------------------
class Snapshot;
std::string_view ImplicitRole(const Snapshot& snapshot, uint32_t node,
                              bool has_accessible_name);
std::string_view ResolveRole(const Snapshot& snapshot, uint32_t node,
                             bool has_accessible_name);

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_ROLES_H_
