// The DOM snapshot as flat arrays: the read-only model every a11y rule reads.
//
// Usage:
//   StatusOr<Snapshot> s = DecodeSnapshotBinary(bytes, size);  // snapshot_binary.h
//   // or DecodeSnapshotJson(text) (snapshot_json.h), or SnapshotBuilder below.
//   const Snapshot& snap = *s;
//   for (NodeId n : snap.PreOrder(snap.Root())) {      // node ids ARE pre-order
//     if (!snap.IsElement(n) || snap.Tag(n) != "img") continue;
//     std::optional<std::string_view> alt = snap.Attr(n, "alt");
//     if (snap.Style(n).display == Display::kNone) ...
//     for (NodeId a : snap.Ancestors(n)) ...          // parent, grandparent, ...
//   }
//   for (NodeId c : snap.Children(n)) ...             // includes boundary nodes
//   NodeId label = snap.GetElementById(snap.ScopeOf(n), "lbl");
//
// Tree shape (validated on creation, so readers never re-check):
// * Node ids are 0..size()-1 in pre-order (document order). Node 0 is the root
//   (a kDocument, or a kElement when a subtree was collected). A node's subtree
//   is the id range [n, SubtreeEnd(n)); skip a subtree with n = SubtreeEnd(n).
// * A shadow host's FIRST child is its kShadowRoot node, then its light-DOM
//   children. An iframe/frame element's only child is the kDocument of its
//   content, or a kOpaqueFrame (cross-origin / not loaded). kDocument and
//   kShadowRoot nodes start an id scope (see ScopeOf, GetElementById).
// * kText nodes and kOpaqueFrame nodes have no children.
// * Style/box/tab data exist for kElement nodes; other kinds read defaults.
// All traversals here are iterative: depth never touches the C++ stack.
#ifndef SEAMKIT_CORE_A11Y_SNAPSHOT_H_
#define SEAMKIT_CORE_A11Y_SNAPSHOT_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/a11y/string_pool.h"
#include "core/common/status.h"

namespace seamkit::a11y {

using NodeId = uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;

// Documented limits (docs/snapshot-format.md); decoders reject more with
// kLimitExceeded.
inline constexpr uint32_t kMaxNodes = 1'000'000;
inline constexpr uint32_t kMaxDepth = 100'000;  // root has depth 0
inline constexpr uint32_t kMaxAttributes = 4'000'000;
inline constexpr uint32_t kMaxStrings = 4'000'000;
inline constexpr size_t kMaxSnapshotBytes = size_t{64} << 20;   // 64 MiB
inline constexpr size_t kMaxAttributeValueBytes = size_t{64} << 10;
inline constexpr size_t kMaxStringBytes = size_t{1} << 20;  // text etc.
inline constexpr uint32_t kMaxMediaSpans = 4096;  // audible spans per media element

// Values are part of the binary format: never renumber.
enum class NodeKind : uint8_t {
  kDocument = 0,     // a document (top level or an iframe's content)
  kElement = 1,
  kText = 2,
  kShadowRoot = 3,   // open shadow root, first child of its host
  kOpaqueFrame = 4,  // iframe content not collected (cross-origin)
};
inline constexpr uint8_t kNodeKindCount = 5;

enum class Namespace : uint8_t { kHtml = 0, kSvg = 1, kMathMl = 2, kOther = 3 };
inline constexpr uint8_t kNamespaceCount = 4;

// Computed `display` (outer/inner pairs folded to the legacy keyword).
enum class Display : uint8_t {
  kInline = 0, kBlock, kNone, kContents, kInlineBlock, kFlex, kInlineFlex,
  kGrid, kInlineGrid, kFlowRoot, kListItem, kTable, kInlineTable,
  kTableRowGroup, kTableHeaderGroup, kTableFooterGroup, kTableRow,
  kTableCell, kTableColumnGroup, kTableColumn, kTableCaption, kOther,
};
inline constexpr uint8_t kDisplayCount = 22;
enum class Visibility : uint8_t { kVisible = 0, kHidden, kCollapse };
inline constexpr uint8_t kVisibilityCount = 3;
enum class Position : uint8_t { kStatic = 0, kRelative, kAbsolute, kFixed, kSticky };
inline constexpr uint8_t kPositionCount = 5;
enum class Overflow : uint8_t { kVisible = 0, kHidden, kClip, kScroll, kAuto };
inline constexpr uint8_t kOverflowCount = 5;

// Keyword <-> enum (CSS keywords, lowercase). Unknown keywords map to kOther
// for Display and to nullopt for the others.
Display DisplayFromKeyword(std::string_view keyword);
std::string_view DisplayKeyword(Display d);
std::optional<Visibility> VisibilityFromKeyword(std::string_view keyword);
std::string_view VisibilityKeyword(Visibility v);
std::optional<Position> PositionFromKeyword(std::string_view keyword);
std::string_view PositionKeyword(Position p);
std::optional<Overflow> OverflowFromKeyword(std::string_view keyword);
std::string_view OverflowKeyword(Overflow o);

// Per-node flag bits (the binary format's node flag word uses the same bits).
enum NodeFlag : uint32_t {
  kFlagFocusable = 1u << 0,        // a focusable area per HTML (click/script)
  kFlagInert = 1u << 1,            // inert (inert attribute, modal dialog)
  kFlagDisabled = 1u << 2,         // matches :disabled
  kFlagContentEditable = 1u << 3,  // isContentEditable
  kFlagScrollableX = 1u << 4,      // horizontal overflow can be scrolled
  kFlagScrollableY = 1u << 5,      // vertical overflow can be scrolled
  // The collector focused the element to see whether a script sends focus
  // elsewhere (done only for tabbable content under aria-hidden while an
  // aria-modal dialog is shown: a focus sentinel), and what it saw.
  kFlagFocusProbed = 1u << 6,
  kFlagFocusRedirected = 1u << 7,  // focus() left focus on another element
  // The collector watched the document (DocumentInfo::changes_observed) and
  // saw this element's text change with no user input, 5 s or more after
  // the document started (web/a11y/change-observer.js).
  kFlagTextChanged = 1u << 8,
  // The collector compared the page with other pages of the site
  // (DocumentInfo::content_compared) and found this element's content on one
  // of them (web/a11y/repeated-content.js): the element is a block of
  // repeated content in the sense of the ACT glossary.
  kFlagRepeated = 1u << 9,
};
inline constexpr uint32_t kKnownNodeFlags = (1u << 10) - 1;

// Computed style of an element (the subset the rules read). String fields
// hold the computed value as the browser serialises it ("rgb(0, 0, 0)").
struct ComputedStyle {
  Display display = Display::kInline;
  Visibility visibility = Visibility::kVisible;
  Position position = Position::kStatic;
  Overflow overflow_x = Overflow::kVisible;
  Overflow overflow_y = Overflow::kVisible;
  bool background_image = false;  // background-image is not `none`
  bool text_shadow = false;       // text-shadow is not `none`
  uint16_t font_weight = 400;     // 1..1000
  float opacity = 1.0f;           // own opacity, [0, 1] (not multiplied)
  float font_size_px = 16.0f;
  float letter_spacing_px = 0.0f;  // `normal` is 0
  float word_spacing_px = 0.0f;
  float line_height_px = -1.0f;    // < 0: `normal`
  // In-plane rotation (degrees, [0, 360)) that CSS conditioned on the
  // `orientation` media feature gives the element, relative to its rotation
  // without those rules; NaN when no such rule rotates it (ACT b33eff).
  float orientation_rotation_deg = std::numeric_limits<float>::quiet_NaN();
  StringId color = kNoString;
  StringId background_color = kNoString;
  StringId clip = kNoString;        // kNoString: `auto`
  StringId clip_path = kNoString;   // kNoString: `none`
  StringId before_content = kNoString;  // ::before text; kNoString: no box
  StringId after_content = kNoString;   // ::after text; kNoString: no box
  StringId text_shadow_list = kNoString;  // computed text-shadow; kNoString: none
  // The computed background-image when it is made of gradients only (no
  // url() or other image); kNoString otherwise.
  StringId background_gradient = kNoString;
};

// getBoundingClientRect() in its document's viewport, CSS px.
struct Rect {
  float x = 0, y = 0, width = 0, height = 0;
};

inline constexpr int32_t kNoTabIndex = INT32_MIN;

struct ElementData {
  Namespace ns = Namespace::kHtml;
  int32_t tabindex = kNoTabIndex;  // parsed tabindex attribute, if valid
  int32_t tab_order = -1;  // position in sequential focus order, -1: none
  Rect box;
  ComputedStyle style;
};

struct DocumentInfo {
  StringId url = kNoString;
  StringId lang = kNoString;          // documentElement's lang attribute
  StringId content_type = kNoString;  // "text/html", ...
  bool quirks_mode = false;
  // The document may render text in web fonts (document.fonts not empty), so
  // a word can be an icon-font ligature. False only when the collector saw
  // no web font; unknown (older snapshots) counts as true.
  bool web_fonts = true;
  // The collector watched the document's text for changes (kFlagTextChanged
  // marks what changed); false: nothing is known about changes.
  bool changes_observed = false;
  // The collector compared this document's content with at least one other
  // page of the site (kFlagRepeated marks what it found there); false:
  // nothing is known about repeated content.
  bool content_compared = false;
  float viewport_width = 0, viewport_height = 0;  // CSS px
  float scroll_x = 0, scroll_y = 0;
};

struct Attribute {
  StringId name;   // as in the DOM: lowercase for HTML, qualified (xml:lang)
  StringId value;
};

struct SlotAssignment {
  NodeId node;  // a light-DOM child of a shadow host
  NodeId slot;  // a <slot> element in that host's shadow tree
};

// What the collector's media probe learnt about an <audio>/<video> element
// that plays automatically (web/a11y/media-probe.js): it fetches the
// resource from the page's own origin and decodes its audio.
enum class MediaStatus : uint8_t {
  kMeasured = 0,       // decoded: duration and audible spans are known
  kNoAudioTrack,       // a video that loads but has no audio this browser decodes
  kCrossOrigin,        // not fetched: the resource is outside the page's origin
  kLoadFailed,         // fetch or decode failed
  kTooLarge,           // over the probe's byte limit: not decoded
  kTimedOut,           // the probe's time budget ran out
};
inline constexpr uint8_t kMediaStatusCount = 6;

// A stretch of audible sound, seconds from the start of the resource
// (windows above -60 dBFS RMS, gaps under 0.25 s bridged).
struct AudibleSpan {
  float start = 0, end = 0;
};

struct MediaInfo {
  NodeId node = kNoNode;  // the audio/video element
  MediaStatus status = MediaStatus::kLoadFailed;
  StringId url = kNoString;  // absolute URL examined, with its fragment
  float duration = 0;        // seconds (kMeasured), else 0
  uint32_t span_begin = 0, span_count = 0;  // into SnapshotData::audible
};

// What the collector's image probe (web/a11y/image-probe.js) measured of a
// raster background image under text: the pixels of element `image`'s
// background image that lie under the line boxes of element `text`'s own
// text nodes, composited over `image`'s background colour (so opaque).
struct ImageBackdrop {
  NodeId text = kNoNode;   // the element whose text was measured
  NodeId image = kNoNode;  // an ancestor whose background image lies under it
  uint32_t darkest = 0;    // 0xRRGGBB: the pixel of lowest relative luminance
  uint32_t lightest = 0;   // 0xRRGGBB: the pixel of highest relative luminance
  // Part of the text lies outside the image (background-repeat: no-repeat):
  // image's background colour shows there too.
  bool uncovered = false;
};

// The raw arrays a decoder fills; Snapshot::Create validates and indexes
// them. Arrays marked "per node" have one entry per node id.
struct SnapshotData {
  StringPool strings;
  std::vector<NodeKind> kinds;      // per node
  std::vector<NodeId> parents;      // per node, kNoNode only for node 0
  std::vector<StringId> names;      // per node: tag (element), text (text)
  std::vector<uint32_t> flags;      // per node: NodeFlag bits
  std::vector<uint32_t> attr_begin; // per node + 1: attrs of n are
  std::vector<Attribute> attrs;     //   attrs[attr_begin[n], attr_begin[n+1])
  std::vector<ElementData> elements;    // one per kElement, in node order
  std::vector<DocumentInfo> documents;  // one per kDocument, in node order
  std::vector<SlotAssignment> slots;
  std::vector<MediaInfo> media;       // by increasing node id
  std::vector<AudibleSpan> audible;   // spans of every MediaInfo, in order
  std::vector<ImageBackdrop> backdrops;  // by increasing (text, image)
};

// Iterates ids [begin, end).
class IdRange {
 public:
  class Iterator {
   public:
    explicit Iterator(NodeId n) : n_(n) {}
    NodeId operator*() const { return n_; }
    Iterator& operator++() { ++n_; return *this; }
    bool operator!=(const Iterator& o) const { return n_ != o.n_; }
   private:
    NodeId n_;
  };
  IdRange(NodeId begin, NodeId end) : begin_(begin), end_(end) {}
  Iterator begin() const { return Iterator(begin_); }
  Iterator end() const { return Iterator(end_); }
 private:
  NodeId begin_, end_;
};

// Follows a "next" array (subtree end for children, parent for ancestors)
// from `first` until `stop`.
class LinkRange {
 public:
  class Iterator {
   public:
    Iterator(const NodeId* next, NodeId n) : next_(next), n_(n) {}
    NodeId operator*() const { return n_; }
    Iterator& operator++() { n_ = next_[n_]; return *this; }
    bool operator!=(const Iterator& o) const { return n_ != o.n_; }
   private:
    const NodeId* next_;
    NodeId n_;
  };
  LinkRange(const NodeId* next, NodeId first, NodeId stop)
      : next_(next), first_(first), stop_(stop) {}
  Iterator begin() const { return Iterator(next_, first_); }
  Iterator end() const { return Iterator(next_, stop_); }
 private:
  const NodeId* next_;
  NodeId first_, stop_;
};

class Snapshot {
 public:
  // Validates `data` (tree shape, ids, enums, limits) and builds the indexes.
  // Errors: kMalformed (inconsistent), kLimitExceeded (over a kMax*).
  static StatusOr<Snapshot> Create(SnapshotData data);

  uint32_t size() const { return static_cast<uint32_t>(d_.kinds.size()); }
  NodeId Root() const { return 0; }
  const StringPool& strings() const { return d_.strings; }
  std::string_view String(StringId id) const { return d_.strings.Get(id); }

  // ---- structure (all O(1) unless noted) ----
  NodeKind Kind(NodeId n) const { return d_.kinds[n]; }
  bool IsElement(NodeId n) const { return Kind(n) == NodeKind::kElement; }
  bool IsText(NodeId n) const { return Kind(n) == NodeKind::kText; }
  NodeId Parent(NodeId n) const { return d_.parents[n]; }
  // Parent if it is an element, else kNoNode (no crossing of boundaries).
  NodeId ParentElement(NodeId n) const;
  uint32_t Depth(NodeId n) const { return depth_[n]; }
  NodeId SubtreeEnd(NodeId n) const { return subtree_end_[n]; }
  bool IsAncestorOf(NodeId a, NodeId n) const {
    return a < n && n < subtree_end_[a];
  }
  IdRange PreOrder(NodeId n) const { return IdRange(n, subtree_end_[n]); }
  LinkRange Children(NodeId n) const;
  LinkRange Ancestors(NodeId n) const;  // Parent(n) up to the root
  // Flat-tree children (CSS Scoping): a host's shadow-root children, a
  // slot's assigned nodes (or its own children when none), an iframe's
  // content document; otherwise Children() minus the shadow root. O(k).
  void FlatChildren(NodeId n, std::vector<NodeId>* out) const;

  // ---- scopes, shadow DOM, frames ----
  // The nearest kDocument/kShadowRoot at or above n (node 0 if none).
  NodeId ScopeOf(NodeId n) const { return scope_[n]; }
  bool IsInShadowTree(NodeId n) const;
  NodeId ShadowRootOf(NodeId host) const;  // kNoNode if not a host
  NodeId ShadowHost(NodeId shadow_root) const;  // kNoNode if not a root
  // An iframe's content kDocument/kOpaqueFrame node, else kNoNode.
  NodeId ContentDocument(NodeId frame_owner) const;
  // The kDocument that holds n across shadow boundaries (node 0 if none).
  NodeId OwnerDocument(NodeId n) const;
  // First element in tree order of `scope` with id=`id` (indexed; O(1)).
  NodeId GetElementById(NodeId scope, std::string_view id) const;
  NodeId AssignedSlot(NodeId n) const { return assigned_slot_[n]; }
  std::span<const NodeId> AssignedNodes(NodeId slot) const;

  // ---- element data ----
  std::string_view Tag(NodeId n) const;  // "" for non-elements
  StringId TagId(NodeId n) const { return IsElement(n) ? d_.names[n] : kNoString; }
  Namespace NamespaceOf(NodeId n) const { return Element(n).ns; }
  std::span<const Attribute> Attributes(NodeId n) const;
  std::optional<std::string_view> Attr(NodeId n, std::string_view name) const;
  std::optional<std::string_view> Attr(NodeId n, StringId name) const;
  bool HasAttr(NodeId n, std::string_view name) const {
    return Attr(n, name).has_value();
  }
  const ComputedStyle& Style(NodeId n) const { return Element(n).style; }
  const Rect& BoundingBox(NodeId n) const { return Element(n).box; }
  std::optional<int32_t> TabIndex(NodeId n) const;
  int32_t TabOrder(NodeId n) const { return Element(n).tab_order; }
  uint32_t Flags(NodeId n) const { return d_.flags[n]; }
  bool IsFocusable(NodeId n) const { return (Flags(n) & kFlagFocusable) != 0; }
  // All per-element fields; a shared default for non-elements.
  const ElementData& Element(NodeId n) const;

  // ---- text and documents ----
  std::string_view Text(NodeId n) const;  // "" for non-text nodes
  StringId TextId(NodeId n) const { return IsText(n) ? d_.names[n] : kNoString; }
  // For a kDocument node; a shared default otherwise.
  const DocumentInfo& Document(NodeId n) const;
  std::string_view DocumentLang(NodeId doc) const {
    return String(Document(doc).lang);
  }

  // ---- media probe results ----
  // The probe's record for an audio/video element, or nullptr (not probed).
  const MediaInfo* Media(NodeId n) const;
  std::span<const AudibleSpan> AudibleSpans(const MediaInfo& m) const {
    return std::span<const AudibleSpan>(d_.audible).subspan(m.span_begin, m.span_count);
  }

  // ---- image probe results ----
  // The probe's measurement of `image`'s background image under `text`'s
  // text, or nullptr (not measured).
  const ImageBackdrop* Backdrop(NodeId text, NodeId image) const;
  // Every measurement for element `text` (for encoders).
  std::span<const ImageBackdrop> Backdrops(NodeId text) const;

  // The validated raw arrays (for encoders).
  const SnapshotData& data() const { return d_; }

 private:
  Snapshot() = default;
  Status BuildIndexes();
  Status BuildSlots();

  SnapshotData d_;
  std::vector<NodeId> subtree_end_;
  std::vector<uint32_t> depth_;
  std::vector<NodeId> scope_;
  std::vector<uint32_t> element_index_;   // kNoNode for non-elements
  std::vector<uint32_t> document_index_;  // kNoNode for non-documents
  std::vector<NodeId> assigned_slot_;
  std::vector<uint32_t> slot_begin_;      // CSR over slot_nodes_
  std::vector<NodeId> slot_nodes_;
  std::unordered_map<uint64_t, NodeId> id_index_;  // (scope<<32 | id) -> el
  StringId id_attr_ = kNoString;
};

// Appends nodes in document order (a parent before its children, children
// in order) for tests and the JSON decoder; Finish() validates via Create.
class SnapshotBuilder {
 public:
  NodeId AddDocument(NodeId parent, const DocumentInfo& info = {});
  NodeId AddElement(NodeId parent, std::string_view tag,
                    Namespace ns = Namespace::kHtml);
  NodeId AddText(NodeId parent, std::string_view text);
  NodeId AddShadowRoot(NodeId host);
  NodeId AddOpaqueFrame(NodeId owner);
  // Adds to the most recently added node, which must be an element.
  void AddAttribute(std::string_view name, std::string_view value);
  // Element fields of element `n` (a throwaway copy if n is not one).
  ElementData& Element(NodeId n);
  void SetFlags(NodeId n, uint32_t flags) { d_.flags[n] = flags; }
  void AssignSlot(NodeId node, NodeId slot) { d_.slots.push_back({node, slot}); }
  // Records a media probe result (nodes in increasing order).
  void AddMedia(NodeId node, MediaStatus status, std::string_view url,
                float duration, std::span<const AudibleSpan> spans);
  // Records an image probe result (in increasing (text, image) order).
  void AddImageBackdrop(const ImageBackdrop& b) { d_.backdrops.push_back(b); }
  StringId Intern(std::string_view s) { return d_.strings.Intern(s); }
  uint32_t size() const { return static_cast<uint32_t>(d_.kinds.size()); }
  StatusOr<Snapshot> Finish() &&;

 private:
  NodeId AddNode(NodeKind kind, NodeId parent, StringId name);

  SnapshotData d_;
  std::vector<uint32_t> element_of_;  // node -> element index or kNoNode
  ElementData scratch_;  // returned by Element() for a non-element
};

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_SNAPSHOT_H_
