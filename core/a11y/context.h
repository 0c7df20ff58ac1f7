// AuditContext: the semantics every rule reads, computed lazily over a
// `const Snapshot&` and cached per node in flat vectors.
//
// Usage:
//   AuditContext ctx(snapshot);
//   if (ctx.IsIncludedInAccessibilityTree(n) && ctx.Role(n) == "img") {
//     const AccessibleName& name = ctx.Name(n);   // AccName 1.2 (accname.h)
//     if (TrimAsciiWhitespace(name.text).empty()) ...
//   }
//
// * Role(n): the explicit role (first valid token of `role`), else the
//   implicit role (HTML-AAM, roles.h). An explicit none/presentation is
//   ignored (WAI-ARIA 1.2 §9.3 "Presentational Roles Conflict Resolution")
//   when the element is focusable or has a global ARIA attribute; then the
//   implicit role applies.
// * States (visibility.h) are computed for all nodes on first use in O(n).
// * Everything is iterative; no call recursion follows DOM depth.
// The context is not thread-safe (lazy caches); the snapshot must outlive it.
#ifndef SEAMKIT_CORE_A11Y_CONTEXT_H_
#define SEAMKIT_CORE_A11Y_CONTEXT_H_

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/a11y/aria_data.h"
#include "core/a11y/snapshot.h"

namespace seamkit::a11y {

// Where an accessible name came from (AccName 1.2 step that produced it).
enum class NameSource : uint8_t {
  kNone,            // empty name
  kAriaLabelledby,  // 2B
  kAriaLabel,       // 2C
  kNative,          // 2D: alt, <label>, legend, caption, value, <title>, ...
  kEmbedded,        // 2E (only for nodes named through a label/labelledby)
  kContents,        // 2F name from content
  kTitle,           // 2I tooltip (the `title` attribute)
  kPlaceholder,     // HTML-AAM: placeholder of a text field
  kDefault,         // HTML-AAM default label ("Submit", "Reset")
};
std::string_view NameSourceName(NameSource source);

struct AccessibleName {
  std::string text;  // whitespace-normalised (runs -> one space, trimmed)
  NameSource source = NameSource::kNone;
};

class AuditContext {
 public:
  explicit AuditContext(const Snapshot& snapshot);
  AuditContext(const AuditContext&) = delete;
  AuditContext& operator=(const AuditContext&) = delete;

  const Snapshot& snapshot() const { return s_; }

  // ---- roles ----
  // Resolved role name ("" when the element has none; "" for non-elements).
  std::string_view Role(NodeId n);
  const AriaRole* RoleEntry(NodeId n);  // nullptr when Role(n) is ""
  // The first valid token of the role attribute, ignoring conflict
  // resolution; "" when there is none.
  std::string_view ExplicitRole(NodeId n) const;
  bool HasGlobalAriaAttribute(NodeId n) const;
  bool IsPresentational(NodeId n) { return RoleIsNone(Role(n)); }
  static bool RoleIsNone(std::string_view role) {
    return role == "none" || role == "presentation";
  }

  // ---- states (ACT glossary; see visibility.h) ----
  uint16_t States(NodeId n);
  bool IsIncludedInAccessibilityTree(NodeId n);
  bool IsHidden(NodeId n) { return !IsIncludedInAccessibilityTree(n); }
  bool IsVisible(NodeId n);
  bool IsRendered(NodeId n);  // not display:none anywhere above
  // Focusable, not inert/disabled, tabindex not negative (or a collected
  // tab order position).
  bool IsInSequentialFocusNavigation(NodeId n);

  // ---- names (accname.h does the work; cached here) ----
  const AccessibleName& Name(NodeId n);
  const std::string& Description(NodeId n);

  // ---- language and text ----
  // The language of the document holding n (its html lang attribute).
  std::string_view DocumentLanguage(NodeId n) const;
  // The nearest lang (or xml:lang) on n or an ancestor element; "" if none.
  std::string_view Language(NodeId n);
  // Concatenated text of the descendant text nodes (DOM textContent).
  std::string TextContent(NodeId n) const;
  // The element's text of visible text nodes only.
  std::string VisibleTextContent(NodeId n);

  // ---- labels (HTML "labeled control") ----
  // The <label> elements labelling n: label[for] in n's scope, then a
  // wrapping label whose labeled control is n.
  std::span<const NodeId> Labels(NodeId n);
  // True for HTML labelable elements (button, input except hidden, meter,
  // output, progress, select, textarea).
  bool IsLabelable(NodeId n) const;

  // The first element child of n with tag `tag` (HTML namespace), or kNoNode.
  NodeId FirstChildWithTag(NodeId n, std::string_view tag) const;
  // Elements referenced by the IDREF list in attribute `attr` (same scope).
  std::vector<NodeId> IdRefs(NodeId n, std::string_view attr) const;

  // ---- shared work ----
  // A value computed once per audit by the first rule that asks and shared
  // with the others under the same key (e.g. the text contrast measurements
  // of the minimum and the enhanced contrast rules). T must be the same for
  // every use of a key.
  template <typename T, typename Compute>
  const T& Shared(std::string_view key, Compute&& compute) {
    auto it = shared_.find(key);
    if (it == shared_.end()) {
      std::shared_ptr<void> value = std::make_shared<T>(compute());
      it = shared_.emplace(std::string(key), std::move(value)).first;
    }
    return *static_cast<const T*>(it->second.get());
  }

 private:
  void EnsureStates();
  void EnsureLabels();
  void EnsureLanguages();
  std::string_view ComputeRole(NodeId n);
  bool HasAuthorName(NodeId n) const;

  const Snapshot& s_;
  static constexpr uint16_t kRoleUnknown = 0xFFFF;
  static constexpr uint16_t kRoleNone = 0xFFFE;
  std::vector<uint16_t> role_;  // index into AllAriaRoles()
  std::vector<uint16_t> states_;
  static constexpr uint32_t kNotComputed = UINT32_MAX;
  std::vector<uint32_t> name_index_;  // into names_
  std::vector<AccessibleName> names_;
  std::vector<uint32_t> desc_index_;  // into descs_
  std::vector<std::string> descs_;
  std::vector<uint32_t> label_begin_;  // CSR over label_nodes_ (size+1)
  std::vector<NodeId> label_nodes_;
  std::vector<StringId> lang_;  // inherited lang per node
  std::map<std::string, std::shared_ptr<void>, std::less<>> shared_;
};

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_CONTEXT_H_
