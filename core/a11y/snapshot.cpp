// Snapshot accessors, keyword tables and the builder. Validation and index
// construction live in snapshot_index.cpp.
#include "core/a11y/snapshot.h"

#include <algorithm>
#include <array>
#include <utility>

namespace seamkit::a11y {
namespace {

// Keyword tables, indexed by enum value (the binary format's codes).
constexpr std::array<std::string_view, kDisplayCount> kDisplayNames = {
    "inline", "block", "none", "contents", "inline-block", "flex",
    "inline-flex", "grid", "inline-grid", "flow-root", "list-item", "table",
    "inline-table", "table-row-group", "table-header-group",
    "table-footer-group", "table-row", "table-cell", "table-column-group",
    "table-column", "table-caption", "other"};
constexpr std::array<std::string_view, kVisibilityCount> kVisibilityNames = {
    "visible", "hidden", "collapse"};
constexpr std::array<std::string_view, kPositionCount> kPositionNames = {
    "static", "relative", "absolute", "fixed", "sticky"};
constexpr std::array<std::string_view, kOverflowCount> kOverflowNames = {
    "visible", "hidden", "clip", "scroll", "auto"};

template <typename E, size_t N>
std::optional<E> Lookup(const std::array<std::string_view, N>& names,
                        std::string_view keyword) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == keyword) return static_cast<E>(i);
  }
  return std::nullopt;
}

template <typename E, size_t N>
std::string_view Name(const std::array<std::string_view, N>& names, E e) {
  size_t i = static_cast<size_t>(e);
  return i < N ? names[i] : std::string_view();
}

const ElementData kDefaultElement{};
const DocumentInfo kDefaultDocument{};

}  // namespace

Display DisplayFromKeyword(std::string_view keyword) {
  // Two-keyword forms a browser may serialise, folded to legacy keywords.
  if (keyword == "block flow") return Display::kBlock;
  if (keyword == "inline flow-root") return Display::kInlineBlock;
  if (keyword == "block flow list-item") return Display::kListItem;
  std::optional<Display> d = Lookup<Display>(kDisplayNames, keyword);
  return d ? *d : Display::kOther;
}
std::string_view DisplayKeyword(Display d) { return Name(kDisplayNames, d); }
std::optional<Visibility> VisibilityFromKeyword(std::string_view keyword) {
  return Lookup<Visibility>(kVisibilityNames, keyword);
}
std::string_view VisibilityKeyword(Visibility v) {
  return Name(kVisibilityNames, v);
}
std::optional<Position> PositionFromKeyword(std::string_view keyword) {
  return Lookup<Position>(kPositionNames, keyword);
}
std::string_view PositionKeyword(Position p) {
  return Name(kPositionNames, p);
}
std::optional<Overflow> OverflowFromKeyword(std::string_view keyword) {
  return Lookup<Overflow>(kOverflowNames, keyword);
}
std::string_view OverflowKeyword(Overflow o) {
  return Name(kOverflowNames, o);
}

// ---- Snapshot accessors ----------------------------------------------------

NodeId Snapshot::ParentElement(NodeId n) const {
  NodeId p = Parent(n);
  return p != kNoNode && IsElement(p) ? p : kNoNode;
}

LinkRange Snapshot::Children(NodeId n) const {
  return LinkRange(subtree_end_.data(), n + 1, subtree_end_[n]);
}

LinkRange Snapshot::Ancestors(NodeId n) const {
  return LinkRange(d_.parents.data(), d_.parents[n], kNoNode);
}

void Snapshot::FlatChildren(NodeId n, std::vector<NodeId>* out) const {
  out->clear();
  NodeId shadow = ShadowRootOf(n);
  NodeId from = shadow != kNoNode ? shadow : n;
  if (shadow == kNoNode && IsElement(n) && Tag(n) == "slot" &&
      IsInShadowTree(n)) {
    std::span<const NodeId> assigned = AssignedNodes(n);
    if (!assigned.empty()) {
      out->assign(assigned.begin(), assigned.end());
      return;
    }
  }
  for (NodeId c : Children(from)) {
    if (Kind(c) != NodeKind::kShadowRoot) out->push_back(c);
  }
}

bool Snapshot::IsInShadowTree(NodeId n) const {
  return Kind(ScopeOf(n)) == NodeKind::kShadowRoot;
}

NodeId Snapshot::ShadowRootOf(NodeId host) const {
  NodeId c = host + 1;
  if (!IsElement(host) || c >= size()) return kNoNode;
  return Kind(c) == NodeKind::kShadowRoot && Parent(c) == host ? c : kNoNode;
}

NodeId Snapshot::ShadowHost(NodeId shadow_root) const {
  return Kind(shadow_root) == NodeKind::kShadowRoot ? Parent(shadow_root)
                                                    : kNoNode;
}

NodeId Snapshot::ContentDocument(NodeId frame_owner) const {
  NodeId c = frame_owner + 1;
  if (!IsElement(frame_owner) || c >= size() || Parent(c) != frame_owner) {
    return kNoNode;
  }
  NodeKind k = Kind(c);
  return k == NodeKind::kDocument || k == NodeKind::kOpaqueFrame ? c : kNoNode;
}

NodeId Snapshot::OwnerDocument(NodeId n) const {
  NodeId s = ScopeOf(n);
  while (Kind(s) == NodeKind::kShadowRoot) s = ScopeOf(Parent(s));
  return Kind(s) == NodeKind::kDocument ? s : Root();
}

NodeId Snapshot::GetElementById(NodeId scope, std::string_view id) const {
  if (scope >= size() || id.empty() || id_index_.empty()) return kNoNode;
  std::optional<StringId> sid = d_.strings.Find(id);
  if (!sid) return kNoNode;
  uint64_t key = (uint64_t{ScopeOf(scope)} << 32) | *sid;
  auto it = id_index_.find(key);
  return it == id_index_.end() ? kNoNode : it->second;
}

std::span<const NodeId> Snapshot::AssignedNodes(NodeId slot) const {
  if (slot_begin_.empty() || slot >= size()) return {};
  return std::span<const NodeId>(slot_nodes_.data() + slot_begin_[slot],
                                 slot_begin_[slot + 1] - slot_begin_[slot]);
}

const MediaInfo* Snapshot::Media(NodeId n) const {
  // Few records (autoplaying media only): binary search by node.
  auto it = std::lower_bound(d_.media.begin(), d_.media.end(), n,
                             [](const MediaInfo& m, NodeId v) { return m.node < v; });
  return it != d_.media.end() && it->node == n ? &*it : nullptr;
}

std::string_view Snapshot::Tag(NodeId n) const {
  return IsElement(n) ? String(d_.names[n]) : std::string_view();
}

std::span<const Attribute> Snapshot::Attributes(NodeId n) const {
  uint32_t b = d_.attr_begin[n];
  return std::span<const Attribute>(d_.attrs.data() + b,
                                    d_.attr_begin[n + 1] - b);
}

std::optional<std::string_view> Snapshot::Attr(NodeId n,
                                               std::string_view name) const {
  // Names are interned, so equal text means the same name: comparing the
  // few attributes an element has costs less than hashing `name` (rules ask
  // for attributes by name on every element).
  for (const Attribute& a : Attributes(n)) {
    if (String(a.name) == name) return String(a.value);
  }
  return std::nullopt;
}

std::optional<std::string_view> Snapshot::Attr(NodeId n, StringId name) const {
  for (const Attribute& a : Attributes(n)) {
    if (a.name == name) return String(a.value);
  }
  return std::nullopt;
}

std::optional<int32_t> Snapshot::TabIndex(NodeId n) const {
  int32_t t = Element(n).tabindex;
  if (t == kNoTabIndex) return std::nullopt;
  return t;
}

const ElementData& Snapshot::Element(NodeId n) const {
  uint32_t e = element_index_[n];
  return e == kNoNode ? kDefaultElement : d_.elements[e];
}

std::string_view Snapshot::Text(NodeId n) const {
  return IsText(n) ? String(d_.names[n]) : std::string_view();
}

const DocumentInfo& Snapshot::Document(NodeId n) const {
  uint32_t d = document_index_[n];
  return d == kNoNode ? kDefaultDocument : d_.documents[d];
}

// ---- SnapshotBuilder -------------------------------------------------------

NodeId SnapshotBuilder::AddNode(NodeKind kind, NodeId parent, StringId name) {
  NodeId id = size();
  d_.kinds.push_back(kind);
  d_.parents.push_back(parent);
  d_.names.push_back(name);
  d_.flags.push_back(0);
  d_.attr_begin.push_back(static_cast<uint32_t>(d_.attrs.size()));
  element_of_.push_back(kNoNode);
  return id;
}

NodeId SnapshotBuilder::AddDocument(NodeId parent, const DocumentInfo& info) {
  d_.documents.push_back(info);
  return AddNode(NodeKind::kDocument, parent, kNoString);
}

NodeId SnapshotBuilder::AddElement(NodeId parent, std::string_view tag,
                                   Namespace ns) {
  NodeId id = AddNode(NodeKind::kElement, parent, d_.strings.Intern(tag));
  element_of_[id] = static_cast<uint32_t>(d_.elements.size());
  d_.elements.emplace_back();
  d_.elements.back().ns = ns;
  return id;
}

NodeId SnapshotBuilder::AddText(NodeId parent, std::string_view text) {
  return AddNode(NodeKind::kText, parent, d_.strings.Intern(text));
}

NodeId SnapshotBuilder::AddShadowRoot(NodeId host) {
  return AddNode(NodeKind::kShadowRoot, host, kNoString);
}

NodeId SnapshotBuilder::AddOpaqueFrame(NodeId owner) {
  return AddNode(NodeKind::kOpaqueFrame, owner, kNoString);
}

void SnapshotBuilder::AddAttribute(std::string_view name,
                                   std::string_view value) {
  // Attributes of a non-element are caught by Create() as malformed.
  d_.attrs.push_back({d_.strings.Intern(name), d_.strings.Intern(value)});
}

ElementData& SnapshotBuilder::Element(NodeId n) {
  if (n >= element_of_.size() || element_of_[n] == kNoNode) {
    scratch_ = ElementData{};
    return scratch_;
  }
  return d_.elements[element_of_[n]];
}

std::span<const ImageBackdrop> Snapshot::Backdrops(NodeId text) const {
  auto lo = std::lower_bound(d_.backdrops.begin(), d_.backdrops.end(), text,
                             [](const ImageBackdrop& b, NodeId v) { return b.text < v; });
  auto hi = lo;
  while (hi != d_.backdrops.end() && hi->text == text) ++hi;
  return {d_.backdrops.data() + (lo - d_.backdrops.begin()), static_cast<size_t>(hi - lo)};
}

const ImageBackdrop* Snapshot::Backdrop(NodeId text, NodeId image) const {
  for (const ImageBackdrop& b : Backdrops(text)) {
    if (b.image == image) return &b;
  }
  return nullptr;
}

void SnapshotBuilder::AddMedia(NodeId node, MediaStatus status, std::string_view url,
                               float duration, std::span<const AudibleSpan> spans) {
  MediaInfo m;
  m.node = node;
  m.status = status;
  m.url = url.empty() ? kNoString : d_.strings.Intern(url);
  m.duration = duration;
  m.span_begin = static_cast<uint32_t>(d_.audible.size());
  m.span_count = static_cast<uint32_t>(spans.size());
  d_.audible.insert(d_.audible.end(), spans.begin(), spans.end());
  d_.media.push_back(m);
}

StatusOr<Snapshot> SnapshotBuilder::Finish() && {
  d_.attr_begin.push_back(static_cast<uint32_t>(d_.attrs.size()));
  return Snapshot::Create(std::move(d_));
}

}  // namespace seamkit::a11y
