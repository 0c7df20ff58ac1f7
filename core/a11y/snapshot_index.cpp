// Snapshot::Create: validates raw snapshot arrays (whatever decoder produced
// them) and builds the indexes. Everything here is iterative and O(n).
#include <cmath>
#include <string>
#include <utility>

#include "core/a11y/snapshot.h"

namespace seamkit::a11y {
namespace {

Status Malformed(std::string msg) {
  return Status(ErrorCode::kMalformed, "snapshot: " + std::move(msg));
}
Status TooLarge(std::string msg) {
  return Status(ErrorCode::kLimitExceeded, "snapshot: " + std::move(msg));
}
std::string NodeStr(NodeId n) { return "node " + std::to_string(n); }

Status CheckSizes(const SnapshotData& d) {
  size_t n = d.kinds.size();
  if (n == 0) return Malformed("no nodes");
  if (n > kMaxNodes) {
    return TooLarge(std::to_string(n) + " nodes exceed the limit of " +
                    std::to_string(kMaxNodes));
  }
  if (d.attrs.size() > kMaxAttributes) {
    return TooLarge(std::to_string(d.attrs.size()) +
                    " attributes exceed the limit");
  }
  if (d.strings.size() > kMaxStrings) return TooLarge("too many strings");
  if (d.parents.size() != n || d.names.size() != n || d.flags.size() != n ||
      d.attr_begin.size() != n + 1) {
    return Malformed("per-node arrays differ in length");
  }
  return Status::Ok();
}

// Explains a parent that does not precede its child: a cycle, or ids that
// are not in pre-order. Runs only on the error path; bounded by n steps.
Status ExplainLateParent(const SnapshotData& d, NodeId i) {
  size_t n = d.kinds.size();
  NodeId p = i;
  for (size_t steps = 0; steps <= n; ++steps) {
    p = d.parents[p];
    if (p == i) return Malformed("the parent chain of " + NodeStr(i) +
                                 " forms a cycle");
    if (p >= n) break;
  }
  if (p < n) return Malformed("a parent chain above " + NodeStr(i) +
                              " forms a cycle");
  return Malformed(NodeStr(i) + ": parent " + std::to_string(d.parents[i]) +
                   " does not precede it (nodes must be in pre-order)");
}

// Which parents a node kind may have, and what its name must be.
Status CheckPlacement(const SnapshotData& d, NodeId i) {
  NodeKind k = d.kinds[i];
  if (static_cast<uint8_t>(k) >= kNodeKindCount) {
    return Malformed(NodeStr(i) + ": unknown kind");
  }
  if ((d.flags[i] & ~kKnownNodeFlags) != 0) {
    return Malformed(NodeStr(i) + ": unknown flag bits");
  }
  StringId name = d.names[i];
  bool named = k == NodeKind::kElement || k == NodeKind::kText;
  if (named ? !d.strings.Contains(name) : name != kNoString) {
    return Malformed(NodeStr(i) + ": bad tag/text string id");
  }
  if (k == NodeKind::kElement && d.strings.Get(name).empty()) {
    return Malformed(NodeStr(i) + ": empty tag name");
  }
  if (k != NodeKind::kElement && d.attr_begin[i] != d.attr_begin[i + 1]) {
    return Malformed(NodeStr(i) + ": only elements have attributes");
  }
  NodeId p = d.parents[i];
  if (i == 0) {
    if (p != kNoNode) return Malformed("node 0 must be the root");
    if (k != NodeKind::kDocument && k != NodeKind::kElement) {
      return Malformed("the root must be a document or an element");
    }
    return Status::Ok();
  }
  if (p == kNoNode) return Malformed(NodeStr(i) + ": a second root");
  NodeKind pk = d.kinds[p];
  bool parent_is_element = pk == NodeKind::kElement;
  bool parent_holds_content = parent_is_element || pk == NodeKind::kDocument ||
                              pk == NodeKind::kShadowRoot;
  bool ok = k == NodeKind::kElement || k == NodeKind::kText
                ? parent_holds_content
                : parent_is_element;
  if (!ok) return Malformed(NodeStr(i) + ": kind not allowed under its parent");
  if (k == NodeKind::kShadowRoot && p + 1 != i) {
    return Malformed(NodeStr(i) + ": a shadow root must be its host's first child");
  }
  return Status::Ok();
}

Status CheckAttributes(const SnapshotData& d) {
  size_t n = d.kinds.size();
  if (d.attr_begin[0] != 0 || d.attr_begin[n] != d.attrs.size()) {
    return Malformed("attribute ranges do not cover the attribute array");
  }
  for (size_t i = 0; i < n; ++i) {
    if (d.attr_begin[i] > d.attr_begin[i + 1]) {
      return Malformed(NodeStr(static_cast<NodeId>(i)) +
                       ": attribute range runs backwards");
    }
  }
  for (size_t a = 0; a < d.attrs.size(); ++a) {
    const Attribute& at = d.attrs[a];
    if (!d.strings.Contains(at.name) || !d.strings.Contains(at.value) ||
        d.strings.Get(at.name).empty()) {
      return Malformed("attribute " + std::to_string(a) + ": bad string id");
    }
    if (d.strings.Get(at.value).size() > kMaxAttributeValueBytes) {
      return TooLarge("attribute " + std::to_string(a) + " value exceeds " +
                      std::to_string(kMaxAttributeValueBytes) + " bytes");
    }
  }
  for (StringId s = 0; s < d.strings.size(); ++s) {
    if (d.strings.Get(s).size() > kMaxStringBytes) {
      return TooLarge("string " + std::to_string(s) + " exceeds " +
                      std::to_string(kMaxStringBytes) + " bytes");
    }
  }
  return Status::Ok();
}

bool Finite(float v) { return std::isfinite(v); }
bool OptString(const SnapshotData& d, StringId s) {
  return s == kNoString || d.strings.Contains(s);
}

Status CheckElement(const SnapshotData& d, const ElementData& e, size_t idx) {
  std::string where = "element " + std::to_string(idx) + ": ";
  const ComputedStyle& s = e.style;
  if (static_cast<uint8_t>(e.ns) >= kNamespaceCount ||
      static_cast<uint8_t>(s.display) >= kDisplayCount ||
      static_cast<uint8_t>(s.visibility) >= kVisibilityCount ||
      static_cast<uint8_t>(s.position) >= kPositionCount ||
      static_cast<uint8_t>(s.overflow_x) >= kOverflowCount ||
      static_cast<uint8_t>(s.overflow_y) >= kOverflowCount) {
    return Malformed(where + "enum value out of range");
  }
  if (s.font_weight < 1 || s.font_weight > 1000) {
    return Malformed(where + "font-weight outside 1..1000");
  }
  if (!Finite(s.opacity) || s.opacity < 0 || s.opacity > 1 ||
      !Finite(s.font_size_px) || s.font_size_px < 0 ||
      !Finite(s.letter_spacing_px) || !Finite(s.word_spacing_px) ||
      !Finite(s.line_height_px) ||
      !(std::isnan(s.orientation_rotation_deg) ||
        (s.orientation_rotation_deg >= 0 && s.orientation_rotation_deg < 360))) {
    return Malformed(where + "style number not finite or out of range");
  }
  if (!Finite(e.box.x) || !Finite(e.box.y) || !Finite(e.box.width) ||
      !Finite(e.box.height) || e.box.width < 0 || e.box.height < 0) {
    return Malformed(where + "bounding box not finite or negative size");
  }
  if (e.tab_order < -1) return Malformed(where + "tab order below -1");
  if (!OptString(d, s.color) || !OptString(d, s.background_color) ||
      !OptString(d, s.clip) || !OptString(d, s.clip_path) ||
      !OptString(d, s.before_content) || !OptString(d, s.after_content) ||
      !OptString(d, s.text_shadow_list) || !OptString(d, s.background_gradient)) {
    return Malformed(where + "bad style string id");
  }
  return Status::Ok();
}

Status CheckDocument(const SnapshotData& d, const DocumentInfo& doc,
                     size_t idx) {
  if (!OptString(d, doc.url) || !OptString(d, doc.lang) ||
      !OptString(d, doc.content_type)) {
    return Malformed("document " + std::to_string(idx) + ": bad string id");
  }
  if (!Finite(doc.viewport_width) || !Finite(doc.viewport_height) ||
      doc.viewport_width < 0 || doc.viewport_height < 0 ||
      !Finite(doc.scroll_x) || !Finite(doc.scroll_y)) {
    return Malformed("document " + std::to_string(idx) + ": bad viewport");
  }
  return Status::Ok();
}

// Media probe records: one per audio/video element at most, by increasing
// node id; spans inside [0, duration], in order, not overlapping, and the
// records' span ranges tile the span array.
Status CheckMedia(const SnapshotData& d) {
  if (d.media.size() > d.kinds.size()) return Malformed("more media records than nodes");
  uint64_t next_span = 0;
  NodeId prev = kNoNode;
  for (size_t i = 0; i < d.media.size(); ++i) {
    const MediaInfo& m = d.media[i];
    std::string where = "media record " + std::to_string(i);
    if (m.node >= d.kinds.size() || d.kinds[m.node] != NodeKind::kElement) {
      return Malformed(where + ": node is not an element");
    }
    if (prev != kNoNode && m.node <= prev) {
      return Malformed(where + ": nodes not in increasing order");
    }
    prev = m.node;
    if (static_cast<uint8_t>(m.status) >= kMediaStatusCount) {
      return Malformed(where + ": unknown status");
    }
    if (!OptString(d, m.url)) return Malformed(where + ": bad url string id");
    if (!Finite(m.duration) || m.duration < 0) {
      return Malformed(where + ": duration is not a finite, non-negative number");
    }
    if (m.span_count > kMaxMediaSpans) {
      return TooLarge(where + ": more than " + std::to_string(kMaxMediaSpans) +
                      " audible spans");
    }
    if (m.span_begin != next_span || next_span + m.span_count > d.audible.size()) {
      return Malformed(where + ": audible span range does not follow the previous one");
    }
    if (m.status != MediaStatus::kMeasured && m.span_count != 0) {
      return Malformed(where + ": audible spans without a measurement");
    }
    float last_end = 0;
    for (uint32_t k = 0; k < m.span_count; ++k) {
      const AudibleSpan& a = d.audible[m.span_begin + k];
      if (!Finite(a.start) || !Finite(a.end) || a.start < last_end || a.end < a.start ||
          a.end > m.duration) {
        return Malformed(where + ": audible span " + std::to_string(k) +
                         " is not ordered inside the duration");
      }
      last_end = a.end;
    }
    next_span += m.span_count;
  }
  if (next_span != d.audible.size()) return Malformed("audible spans without a media record");
  return Status::Ok();
}

// Image probe records: two elements each, by strictly increasing
// (text, image), colours 0xRRGGBB. At most one record per node: the probe
// measures each text element against the images under it, and a page has
// few of those.
Status CheckBackdrops(const SnapshotData& d) {
  if (d.backdrops.size() > d.kinds.size()) {
    return TooLarge("more image backdrop records than nodes");
  }
  auto element = [&d](NodeId n) {
    return n < d.kinds.size() && d.kinds[n] == NodeKind::kElement;
  };
  for (size_t i = 0; i < d.backdrops.size(); ++i) {
    const ImageBackdrop& b = d.backdrops[i];
    std::string where = "image backdrop record " + std::to_string(i);
    if (!element(b.text) || !element(b.image)) {
      return Malformed(where + ": text or image is not an element");
    }
    if (i > 0) {
      const ImageBackdrop& p = d.backdrops[i - 1];
      if (b.text < p.text || (b.text == p.text && b.image <= p.image)) {
        return Malformed(where + ": not in increasing (text, image) order");
      }
    }
    if (b.darkest > 0xFFFFFF || b.lightest > 0xFFFFFF) {
      return Malformed(where + ": colour is not 0xRRGGBB");
    }
  }
  return Status::Ok();
}

}  // namespace

StatusOr<Snapshot> Snapshot::Create(SnapshotData data) {
  if (Status s = CheckSizes(data); !s.ok()) return s;
  if (Status s = CheckAttributes(data); !s.ok()) return s;
  size_t elements = 0, documents = 0;
  for (NodeKind k : data.kinds) {
    elements += k == NodeKind::kElement;
    documents += k == NodeKind::kDocument;
  }
  if (elements != data.elements.size() ||
      documents != data.documents.size()) {
    return Malformed("element/document records do not match the node kinds");
  }
  for (size_t e = 0; e < data.elements.size(); ++e) {
    if (Status s = CheckElement(data, data.elements[e], e); !s.ok()) return s;
  }
  for (size_t e = 0; e < data.documents.size(); ++e) {
    if (Status s = CheckDocument(data, data.documents[e], e); !s.ok()) return s;
  }
  if (Status s = CheckMedia(data); !s.ok()) return s;
  if (Status s = CheckBackdrops(data); !s.ok()) return s;
  Snapshot snap;
  snap.d_ = std::move(data);
  if (Status s = snap.BuildIndexes(); !s.ok()) return s;
  return snap;
}

namespace {

// Checks that ids are in pre-order and fills subtree ends and depths with an
// explicit stack holding the path from the root to the previous node.
Status BuildTree(const SnapshotData& d, std::vector<NodeId>* subtree_end,
                 std::vector<uint32_t>* depth) {
  NodeId n = static_cast<NodeId>(d.kinds.size());
  subtree_end->assign(n, n);
  depth->assign(n, 0);
  std::vector<NodeId> path;
  for (NodeId i = 0; i < n; ++i) {
    NodeId p = d.parents[i];
    if (i > 0 && p != kNoNode && p >= i) {
      if (p >= n) return Malformed(NodeStr(i) + ": parent out of range");
      return ExplainLateParent(d, i);
    }
    if (Status s = CheckPlacement(d, i); !s.ok()) return s;
    while (!path.empty() && path.back() != p) {
      (*subtree_end)[path.back()] = i;
      path.pop_back();
    }
    if (i > 0 && path.empty()) {
      return Malformed(NodeStr(i) + ": parent " + std::to_string(p) +
                       " is not on the path to the previous node "
                       "(not pre-order)");
    }
    if (path.size() > kMaxDepth) {
      return TooLarge(NodeStr(i) + " is deeper than " +
                      std::to_string(kMaxDepth));
    }
    (*depth)[i] = static_cast<uint32_t>(path.size());
    path.push_back(i);
  }
  return Status::Ok();
}

// A frame owner's content (kDocument / kOpaqueFrame) is its only child.
Status CheckFrames(const SnapshotData& d, const std::vector<NodeId>& end) {
  for (NodeId i = 1; i < d.kinds.size(); ++i) {
    NodeKind k = d.kinds[i];
    if (k != NodeKind::kDocument && k != NodeKind::kOpaqueFrame) continue;
    NodeId p = d.parents[i];
    if (p + 1 != i || end[i] != end[p]) {
      return Malformed(NodeStr(i) + ": frame content must be the only child");
    }
  }
  return Status::Ok();
}

}  // namespace

Status Snapshot::BuildIndexes() {
  if (Status s = BuildTree(d_, &subtree_end_, &depth_); !s.ok()) return s;
  if (Status s = CheckFrames(d_, subtree_end_); !s.ok()) return s;
  NodeId n = size();
  scope_.resize(n);
  element_index_.assign(n, kNoNode);
  document_index_.assign(n, kNoNode);
  uint32_t elements = 0, documents = 0;
  for (NodeId i = 0; i < n; ++i) {
    NodeKind k = d_.kinds[i];
    bool starts_scope = i == 0 || k == NodeKind::kDocument ||
                        k == NodeKind::kShadowRoot;
    scope_[i] = starts_scope ? i : scope_[d_.parents[i]];
    if (k == NodeKind::kElement) element_index_[i] = elements++;
    if (k == NodeKind::kDocument) document_index_[i] = documents++;
  }
  std::optional<StringId> id_attr = d_.strings.Find("id");
  id_attr_ = id_attr ? *id_attr : kNoString;
  for (NodeId i = 0; id_attr && i < n; ++i) {
    for (const Attribute& a : Attributes(i)) {
      if (a.name != id_attr_ || String(a.value).empty()) continue;
      id_index_.emplace((uint64_t{scope_[i]} << 32) | a.value, i);
    }
  }
  return BuildSlots();
}

Status Snapshot::BuildSlots() {
  NodeId n = size();
  assigned_slot_.assign(n, kNoNode);
  if (d_.slots.empty()) return Status::Ok();
  std::optional<StringId> slot_tag = d_.strings.Find("slot");
  for (const SlotAssignment& a : d_.slots) {
    std::string where = "slot assignment of node " + std::to_string(a.node);
    if (a.node >= n || a.slot >= n) return Malformed(where + ": out of range");
    if (!slot_tag || !IsElement(a.slot) || d_.names[a.slot] != *slot_tag ||
        NamespaceOf(a.slot) != Namespace::kHtml) {
      return Malformed(where + ": target is not a <slot>");
    }
    NodeId host = Parent(a.node);
    NodeId shadow = host == kNoNode ? kNoNode : ShadowRootOf(host);
    if (shadow == kNoNode || shadow == a.node ||
        !IsAncestorOf(shadow, a.slot)) {
      return Malformed(where + ": not a host child and a slot of its shadow");
    }
    if (Kind(a.node) != NodeKind::kElement && Kind(a.node) != NodeKind::kText) {
      return Malformed(where + ": only elements and text are slotted");
    }
    if (assigned_slot_[a.node] != kNoNode) {
      return Malformed(where + ": assigned twice");
    }
    assigned_slot_[a.node] = a.slot;
  }
  slot_begin_.assign(size_t{n} + 1, 0);
  for (NodeId i = 0; i < n; ++i) {
    if (assigned_slot_[i] != kNoNode) ++slot_begin_[assigned_slot_[i] + 1];
  }
  for (NodeId i = 0; i < n; ++i) slot_begin_[i + 1] += slot_begin_[i];
  slot_nodes_.resize(slot_begin_[n]);
  std::vector<uint32_t> fill(slot_begin_.begin(), slot_begin_.end() - 1);
  for (NodeId i = 0; i < n; ++i) {  // tree order within each slot
    if (assigned_slot_[i] != kNoNode) slot_nodes_[fill[assigned_slot_[i]]++] = i;
  }
  return Status::Ok();
}

}  // namespace seamkit::a11y
