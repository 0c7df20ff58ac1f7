#include "core/a11y/visibility.h"

#include <array>
#include <cmath>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "core/a11y/aria_data.h"
#include "core/common/number.h"

namespace seamkit::a11y {
namespace {

// True when a box starting at `start` with extent `size` lies wholly before
// the page origin (left of or above it). An empty box exactly at the origin
// is not off screen: its content may still spill out visibly.
bool EndsBeforeOrigin(float start, float size) {
  return size > 0 ? start + size <= 0 : start < 0;
}

// A leading CSS number (optional sign, digits, fraction) of `s`, with the
// rest left in `s`; nullopt when there is none.
std::optional<double> TakeNumber(std::string_view* s) {
  std::string_view t = TrimAsciiWhitespace(*s);
  size_t used = 0;
  std::optional<double> v = ParseDecimalPrefix(t, &used);
  if (!v) return std::nullopt;
  *s = t.substr(used);
  return v;
}

// The argument text of "name(...)" or nullopt.
std::optional<std::string_view> FunctionArgs(std::string_view value,
                                             std::string_view name) {
  std::string_view t = TrimAsciiWhitespace(value);
  if (t.size() < name.size() + 2 || !t.starts_with(name) ||
      t[name.size()] != '(' || t.back() != ')') {
    return std::nullopt;
  }
  return t.substr(name.size() + 1, t.size() - name.size() - 2);
}

bool IsAbsolutelyPositioned(const ComputedStyle& st) {
  return st.position == Position::kAbsolute || st.position == Position::kFixed;
}

bool HidesOverflow(const ComputedStyle& st) {
  return st.overflow_x != Overflow::kVisible ||
         st.overflow_y != Overflow::kVisible;
}

// Names of the image maps that some <img usemap="#name"> uses.
std::unordered_set<std::string_view> UsedMapNames(const Snapshot& s) {
  std::unordered_set<std::string_view> names;
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n) || s.NamespaceOf(n) != Namespace::kHtml ||
        s.Tag(n) != "img") {
      continue;
    }
    std::optional<std::string_view> u = s.Attr(n, "usemap");
    if (u && u->size() > 1 && u->front() == '#') names.insert(u->substr(1));
  }
  return names;
}

// An <area> of an image map that an image uses is rendered through that
// image (HTML "image maps"), although the UA style sheet gives the area
// itself display: none.
bool IsUsedMapArea(const Snapshot& s, NodeId n,
                   const std::unordered_set<std::string_view>& used) {
  if (used.empty() || s.NamespaceOf(n) != Namespace::kHtml ||
      s.Tag(n) != "area") {
    return false;
  }
  for (NodeId a : s.Ancestors(n)) {
    if (!s.IsElement(a)) return false;
    if (s.Tag(a) != "map") continue;
    std::optional<std::string_view> name = s.Attr(a, "name");
    std::optional<std::string_view> id = s.Attr(a, "id");
    return (name && used.contains(*name)) || (id && used.contains(*id));
  }
  return false;
}

}  // namespace

bool IsAriaHiddenTrue(std::string_view value) {
  return EqualsIgnoreAsciiCase(TrimAsciiWhitespace(value), "true");
}

bool ClipIsEmpty(std::string_view clip) {
  std::optional<std::string_view> args = FunctionArgs(clip, "rect");
  if (!args) return false;
  std::array<double, 4> v{};  // top right bottom left
  std::string_view rest = *args;
  for (double& x : v) {
    std::optional<double> n = TakeNumber(&rest);
    if (!n) return false;  // `auto` edges or unknown syntax: not provable
    x = *n;
    while (!rest.empty() && rest.front() != ',' && rest.front() != ' ') {
      rest.remove_prefix(1);  // the unit
    }
    while (!rest.empty() && (rest.front() == ',' || rest.front() == ' ')) {
      rest.remove_prefix(1);
    }
  }
  return v[2] <= v[0] || v[1] <= v[3];
}

bool ClipPathIsEmpty(std::string_view clip_path) {
  if (std::optional<std::string_view> a = FunctionArgs(clip_path, "inset")) {
    std::string_view rest = *a;
    std::optional<double> n = TakeNumber(&rest);
    return n && rest.starts_with("%") && *n >= 50.0;
  }
  for (std::string_view fn : {"circle", "ellipse"}) {
    if (std::optional<std::string_view> a = FunctionArgs(clip_path, fn)) {
      std::string_view rest = *a;
      std::optional<double> n = TakeNumber(&rest);
      return n && *n <= 0.0;
    }
  }
  return false;
}

std::vector<uint16_t> ComputeNodeStates(const Snapshot& s) {
  const uint32_t size = s.size();
  std::vector<uint16_t> st(size, 0);
  std::vector<float> opacity(size, 1.0f);
  const std::unordered_set<std::string_view> used_maps = UsedMapNames(s);
  constexpr uint16_t kInherited = kStateNotRendered | kStateAriaHidden |
                                  kStateInert | kStateTransparent |
                                  kStateClipped;
  for (NodeId n = 0; n < size; ++n) {
    NodeId slot = s.AssignedSlot(n);
    NodeId p = slot != kNoNode ? slot : s.Parent(n);
    uint16_t bits = 0;
    if (p != kNoNode) {
      bits = st[p] & kInherited;
      opacity[n] = opacity[p];
      // A light-DOM child of a shadow host that no slot takes is not
      // rendered.
      if (slot == kNoNode && s.Kind(n) != NodeKind::kShadowRoot &&
          s.ShadowRootOf(p) != kNoNode) {
        bits |= kStateNotRendered;
      }
      // Descendants of an element hiding overflow in an empty box.
      if ((st[p] & kStateHidesOverflow) && (st[p] & kStateEmptyBox)) {
        bits |= kStateClipped;
      }
    }
    if (s.IsElement(n)) {
      const ComputedStyle& cs = s.Style(n);
      const Rect& box = s.BoundingBox(n);
      if (cs.display == Display::kNone && !IsUsedMapArea(s, n, used_maps)) {
        bits |= kStateNotRendered;
      }
      if (cs.visibility != Visibility::kVisible) bits |= kStateStyleHidden;
      if (std::optional<std::string_view> ah = s.Attr(n, "aria-hidden");
          ah && IsAriaHiddenTrue(*ah)) {
        bits |= kStateAriaHidden;
      }
      if (s.Flags(n) & kFlagInert) bits |= kStateInert;
      opacity[n] *= std::isfinite(cs.opacity) ? cs.opacity : 1.0f;
      if (opacity[n] <= 0.0f) bits |= kStateTransparent;
      if ((IsAbsolutelyPositioned(cs) && ClipIsEmpty(s.String(cs.clip))) ||
          ClipPathIsEmpty(s.String(cs.clip_path))) {
        bits |= kStateClipped;
      }
      if (!(box.width > 0 && box.height > 0)) bits |= kStateEmptyBox;
      NodeId doc = s.OwnerDocument(n);
      const DocumentInfo& d = s.Document(doc);
      if (EndsBeforeOrigin(box.x + d.scroll_x, box.width) ||
          EndsBeforeOrigin(box.y + d.scroll_y, box.height)) {
        bits |= kStateOffScreen;
      }
      if (HidesOverflow(cs)) bits |= kStateHidesOverflow;
    } else if (s.IsText(n) && p != kNoNode) {
      // A text node shares its parent's computed visibility and box.
      bits |= st[p] & (kStateStyleHidden | kStateOffScreen);
      if ((st[p] & kStateEmptyBox) && (st[p] & kStateHidesOverflow)) {
        bits |= kStateClipped;
      }
    }
    if (!(bits & (kStateNotRendered | kStateStyleHidden | kStateAriaHidden |
                  kStateInert))) {
      bits |= kStateIncluded;
    }
    st[n] = bits;
  }
  // Reverse pass: an element is visible with a non-empty on-screen box or
  // a visible descendant (children have larger ids than their parents).
  constexpr uint16_t kBlocksVisible = kStateNotRendered | kStateStyleHidden |
                                      kStateTransparent | kStateClipped;
  for (NodeId n = size; n-- > 0;) {
    uint16_t& bits = st[n];
    if (bits & kBlocksVisible) continue;
    bool visible = bits & kStateVisible;  // set by a descendant
    if (s.IsText(n)) {
      NodeId p = s.Parent(n);
      bool has_text = !TrimAsciiWhitespace(s.Text(n)).empty();
      bool sized = p == kNoNode || !s.IsElement(p) ||
                   s.Style(p).font_size_px > 0;
      visible = has_text && sized && !(bits & kStateOffScreen);
    } else if (s.IsElement(n)) {
      visible = visible || !(bits & (kStateEmptyBox | kStateOffScreen));
    }
    if (!visible) continue;
    bits |= kStateVisible;
    NodeId slot = s.AssignedSlot(n);
    NodeId p = slot != kNoNode ? slot : s.Parent(n);
    if (p != kNoNode && s.IsElement(p)) st[p] |= kStateVisible;
  }
  return st;
}

}  // namespace seamkit::a11y
