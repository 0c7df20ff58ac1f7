#include "core/a11y/rules/text_contrast.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/a11y/rules/gradient.h"
#include "core/a11y/rules/rule_util.h"
#include "core/a11y/rules/text_shadow.h"
#include "core/a11y/visibility.h"

namespace seamkit::a11y::rules {
namespace {

constexpr Rgba kWhite{255, 255, 255, 1};

Rgba FromRgb(uint32_t rgb) {
  return Rgba{static_cast<double>(rgb >> 16 & 0xFF), static_cast<double>(rgb >> 8 & 0xFF),
              static_cast<double>(rgb & 0xFF), 1};
}

// Parent in the flat tree: a slotted node's slot, a shadow root's host.
NodeId FlatParent(const Snapshot& s, NodeId n) {
  NodeId slot = s.AssignedSlot(n);
  if (slot != kNoNode) return slot;
  NodeId p = s.Parent(n);
  if (p != kNoNode && s.Kind(p) == NodeKind::kShadowRoot) return s.ShadowHost(p);
  return p;
}

bool AriaDisabled(const Snapshot& s, NodeId n) {
  std::optional<std::string_view> v = s.Attr(n, "aria-disabled");
  return v && EqualsIgnoreAsciiCase(TrimAsciiWhitespace(*v), "true");
}

// Per-node facts from one pre-order pass (flat parents precede children).
struct Walk {
  std::vector<uint8_t> excluded;     // under a disabled widget/group/label
  std::vector<NodeId> widget;        // nearest widget at or above
  std::vector<float> opacity_above;  // product of strict ancestors' opacity
};

Walk WalkTree(AuditContext& ctx) {
  const Snapshot& s = ctx.snapshot();
  Walk w{std::vector<uint8_t>(s.size(), 0), std::vector<NodeId>(s.size(), kNoNode),
         std::vector<float>(s.size(), 1.0f)};
  std::vector<uint8_t> aria_disabled(s.size(), 0);
  std::vector<uint8_t> names_disabled(s.size(), 0);
  for (NodeId n = 0; n < s.size(); ++n) {  // labels of disabled widgets
    if (!s.IsElement(n)) continue;
    const AriaRole* r = ctx.RoleEntry(n);
    if (!r || !(r->categories & kCategoryWidget)) continue;
    if (!(s.Flags(n) & kFlagDisabled) && !AriaDisabled(s, n)) continue;
    for (NodeId l : ctx.Labels(n)) names_disabled[l] = 1;
    for (NodeId l : ctx.IdRefs(n, "aria-labelledby")) names_disabled[l] = 1;
  }
  for (NodeId n = 0; n < s.size(); ++n) {
    NodeId p = FlatParent(s, n);
    if (p != kNoNode) {
      w.excluded[n] = w.excluded[p];
      w.widget[n] = w.widget[p];
      aria_disabled[n] = aria_disabled[p];
      w.opacity_above[n] = w.opacity_above[p] *
                           (s.IsElement(p) ? s.Style(p).opacity : 1.0f);
    }
    if (!s.IsElement(n)) continue;
    aria_disabled[n] |= AriaDisabled(s, n) ? 1 : 0;
    bool disabled = (s.Flags(n) & kFlagDisabled) || aria_disabled[n];
    const AriaRole* r = ctx.RoleEntry(n);
    bool is_widget = r && (r->categories & kCategoryWidget);
    if (is_widget) w.widget[n] = n;
    if ((disabled && (is_widget || ctx.Role(n) == "group")) || names_disabled[n]) {
      w.excluded[n] = 1;
    }
  }
  return w;
}

bool Intersects(const Rect& a, const Rect& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height &&
         b.y < a.y + a.height;
}

bool Positioned(const Snapshot& s, NodeId n) {
  Position p = s.Style(n).position;
  return p == Position::kAbsolute || p == Position::kFixed;
}

// True when a visible positioned element that is neither an ancestor nor a
// descendant of `e` (nor `e`) overlaps e's box: it may paint over or under
// the text.
bool OverlapsPositioned(AuditContext& ctx, const std::vector<NodeId>& positioned,
                        NodeId e) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId p : positioned) {
    if (p == e || s.IsAncestorOf(p, e) || s.IsAncestorOf(e, p)) continue;
    if (s.OwnerDocument(p) != s.OwnerDocument(e)) continue;
    if (Intersects(s.BoundingBox(p), s.BoundingBox(e))) return true;
  }
  return false;
}

// Text and background pixels painted so far, one pair per combination of
// gradient colours met on the way up.
struct Pixels {
  Rgba fg, bg;
};

// Pairs beyond this many (nested gradients) are not followed: cantTell.
constexpr size_t kMaxPixelPairs = 4096;

// Parsed colours by interned string: a page has few distinct colours, and
// every text walks its ancestors' backgrounds.
class ColourCache {
 public:
  explicit ColourCache(const Snapshot& s) : s_(s) {}
  // The colour, or nullopt when the text does not parse.
  std::optional<Rgba> Get(StringId id) {
    auto [it, added] = parsed_.try_emplace(id);
    if (added) {
      StatusOr<Rgba> c = ParseCssColor(s_.String(id));
      if (c.ok()) it->second = *c;
    }
    return it->second;
  }

 private:
  const Snapshot& s_;
  std::unordered_map<StringId, std::optional<Rgba>> parsed_;
};

void Measure(AuditContext& ctx, const Walk& w, ColourCache& colours, NodeId e,
             TextContrast* t) {
  const Snapshot& s = ctx.snapshot();
  const ComputedStyle& st = s.Style(e);
  std::optional<Rgba> color = st.color == kNoString
                                  ? Rgba{0, 0, 0, 1}  // initial `canvastext`
                                  : colours.Get(st.color);
  if (!color) {
    t->cant_tell = "text colour \"" + std::string(s.String(st.color)) + "\" is not parsable";
    return;
  }
  std::vector<Pixels> pairs{{*color, Rgba{0, 0, 0, 0}}};
  auto translucent = [&pairs] {
    for (const Pixels& p : pairs) {
      if (p.bg.a < 1) return true;
    }
    return false;
  };
  for (NodeId a = e; a != kNoNode; a = FlatParent(s, a)) {
    if (!s.IsElement(a)) continue;
    const ComputedStyle& as = s.Style(a);
    Rgba plain{0, 0, 0, 0};
    if (as.background_color != kNoString) {
      std::optional<Rgba> c = colours.Get(as.background_color);
      if (!c) {
        t->cant_tell = "background colour \"" +
                       std::string(s.String(as.background_color)) + "\" is not parsable";
        return;
      }
      plain = *c;
    }
    // The layers this ancestor may paint under the text: its background
    // colour, and with a gradient each gradient colour over it (the plain
    // colour stays: the gradient may not cover the text's box).
    std::vector<Rgba> layers{plain};
    if (as.background_image && translucent() && as.background_gradient == kNoString) {
      // A raster image: known only from the collector's image probe, as the
      // darkest and lightest of its pixels under this text.
      const ImageBackdrop* b = s.Backdrop(e, a);
      if (b == nullptr) {
        t->cant_tell = "a background image lies under the text";
        return;
      }
      layers = {FromRgb(b->darkest), FromRgb(b->lightest)};
      if (b->uncovered) layers.push_back(plain);
      t->image = true;
    } else if (as.background_image && translucent()) {
      std::optional<std::vector<Rgba>> colours =
          GradientColors(s.String(as.background_gradient));
      if (!colours) {
        t->cant_tell = "a background gradient that cannot be read lies under the text";
        return;
      }
      for (const Rgba& c : *colours) layers.push_back(CompositeOver(c, plain));
      t->gradient = true;
    }
    if (pairs.size() * layers.size() > kMaxPixelPairs) {
      t->cant_tell = "too many gradient colours lie under the text";
      return;
    }
    std::vector<Pixels> next;
    next.reserve(pairs.size() * layers.size());
    for (const Pixels& p : pairs) {
      for (const Rgba& layer : layers) {
        Pixels q{CompositeOver(p.fg, layer), CompositeOver(p.bg, layer)};
        q.fg.a *= as.opacity;
        q.bg.a *= as.opacity;
        next.push_back(q);
      }
    }
    pairs = std::move(next);
    if (Positioned(s, a) && translucent()) {
      t->cant_tell = "positioned content over an unknown backdrop";
      return;
    }
    bool opaque = w.opacity_above[a] >= 1;
    for (const Pixels& p : pairs) opaque = opaque && p.bg.a >= 1 && p.fg.a >= 1;
    if (opaque) break;
  }
  bool first = true;
  double bg_low = 1, bg_high = 0;  // relative luminance range of the backdrops
  for (const Pixels& p : pairs) {
    Rgba bg = CompositeOver(p.bg, kWhite);
    Rgba fg = CompositeOver(p.fg, bg);
    double ratio = ContrastRatio(fg, bg);
    if (first || ratio > t->ratio) {
      t->fg = fg;
      t->bg = bg;
      t->ratio = ratio;
    }
    if (first || ratio < t->ratio_min) t->ratio_min = ratio;
    first = false;
    bg_low = std::min(bg_low, RelativeLuminance(bg));
    bg_high = std::max(bg_high, RelativeLuminance(bg));
  }
  // Between two gradient stops, or two measured pixels, the backdrop takes
  // luminances in between: text whose own luminance lies in that range may
  // meet a backdrop as light as itself somewhere (contrast 1:1).
  if (t->gradient || t->image) {
    for (const Pixels& p : pairs) {
      double l = RelativeLuminance(CompositeOver(p.fg, CompositeOver(p.bg, kWhite)));
      if (l >= bg_low && l <= bg_high) t->ratio_min = 1;
    }
  }
  t->measured = true;
}

// True when the nearest widget names itself from author attributes that
// do not contain the text: the text may be a decorative glyph.
bool MaybeDecorative(AuditContext& ctx, const Walk& w, NodeId e, NodeId text) {
  NodeId widget = w.widget[e];
  if (widget == kNoNode) return false;
  const AccessibleName& name = ctx.Name(widget);
  if (name.source != NameSource::kAriaLabel &&
      name.source != NameSource::kAriaLabelledby) {
    return false;
  }
  std::string_view txt = TrimAsciiWhitespace(ctx.snapshot().Text(text));
  return name.text.find(txt) == std::string::npos;
}

}  // namespace

std::vector<TextContrast> EvaluateTextContrast(AuditContext& ctx) {
  const Snapshot& s = ctx.snapshot();
  Walk w = WalkTree(ctx);
  std::vector<NodeId> positioned;
  for (NodeId n = 0; n < s.size(); ++n) {
    if (s.IsElement(n) && Positioned(s, n) && ctx.IsVisible(n)) positioned.push_back(n);
  }
  std::vector<TextContrast> out;
  std::vector<uint8_t> done(s.size(), 0);
  ColourCache colours(s);
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsText(n) || !(ctx.States(n) & kStateVisible)) continue;
    NodeId e = FlatParent(s, n);
    if (e == kNoNode || !IsHtmlElement(s, e) || w.excluded[e] || done[e]) continue;
    done[e] = 1;
    TextContrast t;
    t.element = e;
    t.font_size_px = s.Style(e).font_size_px;
    t.font_weight = s.Style(e).font_weight;
    t.large = IsLargeText(t.font_size_px, t.font_weight);
    t.maybe_decorative = MaybeDecorative(ctx, w, e, n);
    Measure(ctx, w, colours, e, &t);
    if (t.measured && ToHex(t.fg) == ToHex(t.bg)) continue;  // not visible
    if (t.measured && OverlapsPositioned(ctx, positioned, e)) {
      t.cant_tell = "the text overlaps positioned content";
    }
    out.push_back(std::move(t));
  }
  return out;
}

namespace {

double Round2(double v) { return std::round(v * 100) / 100; }

// The node's data: keys in sorted order (see NodeDataWriter).
NodeData ContrastData(const TextContrast& t, double required, bool halo,
                      double ratio_without_shadow) {
  NodeDataWriter w;
  std::string bg = t.measured ? ToHex(t.bg) : std::string();
  if (t.measured && t.image) w.Bool("backgroundImage", true);
  if (t.measured) w.Str("bg", bg).Str("fg", ToHex(t.fg));
  w.Num("fontSize", t.font_size_px).Int("fontWeight", t.font_weight);
  if (t.measured && t.gradient) w.Bool("gradient", true);
  w.Bool("large", t.large);
  if (t.measured) w.Num("ratio", Round2(t.ratio));
  if (t.measured && (t.gradient || t.image)) w.Num("ratioMin", Round2(t.ratio_min));
  if (halo) w.Num("ratioWithoutShadow", Round2(ratio_without_shadow));
  w.Num("required", required);
  if (halo) w.Str("shadow", bg);
  return w.Finish();
}

}  // namespace

void ReportTextContrast(AuditContext& ctx, RuleReporter& out, ContrastLevel level) {
  const Snapshot& s = ctx.snapshot();
  // Both contrast rules measure the same texts: once per audit.
  const auto& measured = ctx.Shared<std::vector<TextContrast>>(
      "text-contrast", [&] { return EvaluateTextContrast(ctx); });
  for (TextContrast t : measured) {
    double required = RequiredTextContrast(level, t.large);
    bool halo = false;
    double ratio_without_shadow = 0;
    if (t.measured && t.cant_tell.empty() && !t.gradient && !t.image) {
      // A halo shadow lines every glyph edge: the text is read against it.
      StringId list = s.Style(t.element).text_shadow_list;
      std::optional<Rgba> shadow =
          list == kNoString ? std::nullopt : HaloShadowColor(s.String(list));
      if (shadow) {
        halo = true;
        ratio_without_shadow = t.ratio;
        t.bg = CompositeOver(*shadow, t.bg);
        t.ratio = ContrastRatio(t.fg, t.bg);
        t.ratio_min = t.ratio;
      }
    }
    NodeData data = ContrastData(t, required, halo, ratio_without_shadow);
    const char* backdrop = t.image ? "background image" : "gradient background";
    if (t.cant_tell.empty() && (t.gradient || t.image) && t.ratio_min + 1e-9 < required &&
        t.ratio + 1e-9 >= required) {
      char range[160];
      std::snprintf(range, sizeof range,
                    "over its %s the contrast ranges from %.2f:1 to "
                    "%.2f:1, around the required %.1f:1",
                    backdrop, t.ratio_min, t.ratio, required);
      t.cant_tell = range;
    }
    if (!t.cant_tell.empty()) {
      out.AddData(t.element, Outcome::kCantTell, "Contrast needs review: " + t.cant_tell,
              std::move(data));
      continue;
    }
    if (t.ratio_min + 1e-9 >= required) {
      out.AddData(t.element, Outcome::kPassed, {}, std::move(data));
      continue;
    }
    char buf[128];
    if (t.gradient || t.image) {
      std::snprintf(buf, sizeof buf,
                    "Contrast is at most %.2f:1 over its %s, below the "
                    "required %.1f:1", t.ratio, backdrop, required);
    } else {
      std::snprintf(buf, sizeof buf, "Contrast %.2f:1 is below the required %.1f:1",
                    t.ratio, required);
    }
    std::string why;
    // (Measured against a halo, the shadow needs no review.)
    if (!halo && s.Style(t.element).text_shadow) {
      why = "a text-shadow may raise the contrast";
    } else if (t.maybe_decorative) {
      why = "the text is not part of its widget's name and may be decorative";
    }
    if (why.empty()) {
      out.AddData(t.element, Outcome::kFailed, buf, std::move(data));
    } else {
      out.AddData(t.element, Outcome::kCantTell, std::string(buf) + "; " + why, std::move(data));
    }
  }
}

}  // namespace seamkit::a11y::rules
