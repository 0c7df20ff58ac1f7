#include "core/a11y/context.h"

#include <algorithm>
#include <utility>

#include "core/a11y/accname.h"
#include "core/a11y/roles.h"
#include "core/a11y/visibility.h"

namespace seamkit::a11y {
namespace {

ElementNamespace ToElementNamespace(Namespace ns) {
  switch (ns) {
    case Namespace::kHtml: return ElementNamespace::kHtml;
    case Namespace::kSvg: return ElementNamespace::kSvg;
    case Namespace::kMathMl: return ElementNamespace::kMathMl;
    default: return ElementNamespace::kOther;
  }
}

}  // namespace

std::string_view NameSourceName(NameSource source) {
  switch (source) {
    case NameSource::kNone: return "none";
    case NameSource::kAriaLabelledby: return "aria-labelledby";
    case NameSource::kAriaLabel: return "aria-label";
    case NameSource::kNative: return "native";
    case NameSource::kEmbedded: return "embedded";
    case NameSource::kContents: return "contents";
    case NameSource::kTitle: return "title";
    case NameSource::kPlaceholder: return "placeholder";
    case NameSource::kDefault: return "default";
  }
  return "none";
}

AuditContext::AuditContext(const Snapshot& snapshot)
    : s_(snapshot),
      role_(snapshot.size(), kRoleUnknown),
      name_index_(snapshot.size(), kNotComputed),
      desc_index_(snapshot.size(), kNotComputed) {}

// ---- roles -------------------------------------------------------------------

std::string_view AuditContext::ExplicitRole(NodeId n) const {
  if (!s_.IsElement(n)) return "";
  std::optional<std::string_view> attr = s_.Attr(n, "role");
  if (!attr) return "";
  const AriaRole* r = ResolveExplicitRole(*attr);
  return r ? r->name : std::string_view();
}

bool AuditContext::HasGlobalAriaAttribute(NodeId n) const {
  if (!s_.IsElement(n)) return false;
  for (const Attribute& a : s_.Attributes(n)) {
    std::string_view name = s_.String(a.name);
    if (name.size() <= 5 || !name.starts_with("aria-")) continue;
    const AriaAttribute* attr = FindAriaAttribute(name);
    if (attr && attr->is_global) return true;
  }
  return false;
}

bool AuditContext::HasAuthorName(NodeId n) const {
  for (std::string_view attr : {"aria-label", "title"}) {
    std::optional<std::string_view> v = s_.Attr(n, attr);
    if (v && !TrimAsciiWhitespace(*v).empty()) return true;
  }
  for (NodeId ref : IdRefs(n, "aria-labelledby")) {
    std::optional<std::string_view> v = s_.Attr(ref, "aria-label");
    if ((v && !TrimAsciiWhitespace(*v).empty()) ||
        !TrimAsciiWhitespace(TextContent(ref)).empty()) {
      return true;
    }
  }
  return false;
}

std::string_view AuditContext::ComputeRole(NodeId n) {
  if (!s_.IsElement(n)) return "";
  // A navigable container (iframe/frame) without tabindex is no focus stop
  // of its own: sequential navigation enters its document instead (as the
  // collector records it), so it does not veto role none/presentation.
  std::string_view tag = s_.Tag(n);
  bool container_only = (tag == "iframe" || tag == "frame") &&
                        s_.NamespaceOf(n) == Namespace::kHtml &&
                        !s_.Attr(n, "tabindex").has_value();
  bool conflict = (s_.IsFocusable(n) && !container_only) ||
                  HasGlobalAriaAttribute(n);
  std::string_view explicit_role = ExplicitRole(n);
  if (!explicit_role.empty() && !(RoleIsNone(explicit_role) && conflict)) {
    return explicit_role;
  }
  bool named = ImplicitRoleDependsOnName(s_.Tag(n),
                                         ToElementNamespace(s_.NamespaceOf(n))) &&
               HasAuthorName(n);
  std::string_view implicit = ImplicitRole(s_, n, named);
  // img alt="" maps to presentation; the same conflict resolution applies.
  if (RoleIsNone(implicit) && conflict && s_.Tag(n) == "img") return "img";
  return implicit;
}

const AriaRole* AuditContext::RoleEntry(NodeId n) {
  std::span<const AriaRole> all = AllAriaRoles();
  if (role_[n] == kRoleUnknown) {
    const AriaRole* r = nullptr;
    std::string_view name = ComputeRole(n);
    if (!name.empty()) r = FindAriaRole(name);
    role_[n] = r ? static_cast<uint16_t>(r - all.data()) : kRoleNone;
  }
  return role_[n] == kRoleNone ? nullptr : &all[role_[n]];
}

std::string_view AuditContext::Role(NodeId n) {
  const AriaRole* r = RoleEntry(n);
  return r ? r->name : std::string_view();
}

// ---- states ------------------------------------------------------------------

void AuditContext::EnsureStates() {
  if (states_.empty() && s_.size() > 0) states_ = ComputeNodeStates(s_);
}

uint16_t AuditContext::States(NodeId n) {
  EnsureStates();
  return states_[n];
}

bool AuditContext::IsIncludedInAccessibilityTree(NodeId n) {
  return (States(n) & kStateIncluded) != 0;
}

bool AuditContext::IsVisible(NodeId n) {
  return (States(n) & kStateVisible) != 0;
}

bool AuditContext::IsRendered(NodeId n) {
  return (States(n) & kStateNotRendered) == 0;
}

bool AuditContext::IsInSequentialFocusNavigation(NodeId n) {
  if (!s_.IsElement(n)) return false;
  if (States(n) & (kStateNotRendered | kStateInert)) return false;
  if (s_.Flags(n) & (kFlagDisabled | kFlagInert)) return false;
  if (s_.TabOrder(n) >= 0) return true;
  int32_t tabindex = s_.Element(n).tabindex;
  return s_.IsFocusable(n) && (tabindex == kNoTabIndex || tabindex >= 0);
}

// ---- names -------------------------------------------------------------------

const AccessibleName& AuditContext::Name(NodeId n) {
  if (name_index_[n] == kNotComputed) {
    AccessibleName name = ComputeAccessibleName(*this, n);
    name_index_[n] = static_cast<uint32_t>(names_.size());
    names_.push_back(std::move(name));
  }
  return names_[name_index_[n]];
}

const std::string& AuditContext::Description(NodeId n) {
  if (desc_index_[n] == kNotComputed) {
    std::string d = ComputeAccessibleDescription(*this, n);
    desc_index_[n] = static_cast<uint32_t>(descs_.size());
    descs_.push_back(std::move(d));
  }
  return descs_[desc_index_[n]];
}

// ---- language and text ---------------------------------------------------------

std::string_view AuditContext::DocumentLanguage(NodeId n) const {
  return s_.DocumentLang(s_.OwnerDocument(n));
}

void AuditContext::EnsureLanguages() {
  if (!lang_.empty() || s_.size() == 0) return;
  lang_.assign(s_.size(), kNoString);
  for (NodeId n = 0; n < s_.size(); ++n) {
    NodeId p = s_.Parent(n);
    if (p != kNoNode && s_.Kind(n) != NodeKind::kDocument) lang_[n] = lang_[p];
    if (!s_.IsElement(n)) continue;
    StringId xml = kNoString;
    bool has_lang = false;
    for (const Attribute& a : s_.Attributes(n)) {
      std::string_view name = s_.String(a.name);
      if (name == "lang") {
        lang_[n] = a.value;
        has_lang = true;
      } else if (name == "xml:lang") {
        xml = a.value;
      }
    }
    if (!has_lang && xml != kNoString) lang_[n] = xml;
  }
}

std::string_view AuditContext::Language(NodeId n) {
  EnsureLanguages();
  return s_.String(lang_[n]);
}

std::string AuditContext::TextContent(NodeId n) const {
  std::string out;
  if (s_.IsText(n)) return std::string(s_.Text(n));
  const NodeId end = s_.SubtreeEnd(n);
  for (NodeId c = n + 1; c < end;) {
    NodeKind k = s_.Kind(c);
    if (k == NodeKind::kShadowRoot || k == NodeKind::kDocument) {
      c = s_.SubtreeEnd(c);  // textContent stays in the light tree
      continue;
    }
    if (k == NodeKind::kText) out += s_.Text(c);
    ++c;
  }
  return out;
}

std::string AuditContext::VisibleTextContent(NodeId n) {
  std::string out;
  const NodeId end = s_.SubtreeEnd(n);
  for (NodeId c = n; c < end;) {
    if (c != n && s_.Kind(c) == NodeKind::kDocument) {
      c = s_.SubtreeEnd(c);
      continue;
    }
    if (s_.IsText(c) && IsVisible(c)) {
      if (!out.empty()) out += ' ';
      out += s_.Text(c);
    }
    ++c;
  }
  return out;
}

// ---- labels --------------------------------------------------------------------

bool AuditContext::IsLabelable(NodeId n) const {
  if (!s_.IsElement(n) || s_.NamespaceOf(n) != Namespace::kHtml) return false;
  std::string_view tag = s_.Tag(n);
  if (tag == "input") {
    std::optional<std::string_view> type = s_.Attr(n, "type");
    return !(type && EqualsIgnoreAsciiCase(TrimAsciiWhitespace(*type), "hidden"));
  }
  return tag == "button" || tag == "meter" || tag == "output" ||
         tag == "progress" || tag == "select" || tag == "textarea";
}

void AuditContext::EnsureLabels() {
  if (!label_begin_.empty()) return;
  std::vector<std::pair<NodeId, NodeId>> pairs;  // (control, label)
  for (NodeId n = 0; n < s_.size(); ++n) {
    if (!s_.IsElement(n) || s_.Tag(n) != "label" ||
        s_.NamespaceOf(n) != Namespace::kHtml) {
      continue;
    }
    NodeId control = kNoNode;
    if (std::optional<std::string_view> f = s_.Attr(n, "for")) {
      NodeId t = s_.GetElementById(s_.ScopeOf(n), *f);
      if (t != kNoNode && IsLabelable(t)) control = t;
    } else {
      const NodeId end = s_.SubtreeEnd(n);
      for (NodeId c = n + 1; c < end && control == kNoNode; ++c) {
        NodeKind k = s_.Kind(c);
        if (k == NodeKind::kShadowRoot || k == NodeKind::kDocument) {
          c = s_.SubtreeEnd(c) - 1;
          continue;
        }
        if (IsLabelable(c)) control = c;
      }
    }
    if (control != kNoNode) pairs.emplace_back(control, n);
  }
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  label_begin_.assign(s_.size() + 1, 0);
  for (const auto& p : pairs) ++label_begin_[p.first + 1];
  for (size_t i = 1; i < label_begin_.size(); ++i) {
    label_begin_[i] += label_begin_[i - 1];
  }
  label_nodes_.reserve(pairs.size());
  for (const auto& p : pairs) label_nodes_.push_back(p.second);
}

std::span<const NodeId> AuditContext::Labels(NodeId n) {
  EnsureLabels();
  if (label_begin_.size() <= n + 1u) return {};
  return std::span<const NodeId>(label_nodes_.data() + label_begin_[n],
                                 label_begin_[n + 1] - label_begin_[n]);
}

NodeId AuditContext::FirstChildWithTag(NodeId n, std::string_view tag) const {
  for (NodeId c : s_.Children(n)) {
    if (s_.IsElement(c) && s_.Tag(c) == tag) return c;
  }
  return kNoNode;
}

std::vector<NodeId> AuditContext::IdRefs(NodeId n, std::string_view attr) const {
  std::vector<NodeId> out;
  std::optional<std::string_view> v = s_.Attr(n, attr);
  if (!v) return out;
  NodeId scope = s_.ScopeOf(n);
  for (std::string_view id : AriaTokens(*v)) {
    NodeId t = s_.GetElementById(scope, id);
    if (t != kNoNode) out.push_back(t);
  }
  return out;
}

}  // namespace seamkit::a11y
