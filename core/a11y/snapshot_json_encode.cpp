// JSON snapshot encoder. Writes text itself in one pre-order pass with an
// explicit stack of open nodes (nlohmann's dump() recurses per level); it
// uses nlohmann only to escape strings.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/a11y/snapshot_json.h"
#include "core/a11y/snapshot_json_keys.h"

namespace seamkit::a11y {
namespace {

using nlohmann::json;

class JsonWriter {
 public:
  explicit JsonWriter(const Snapshot& s) : s_(s) {}
  std::string Run();

 private:
  struct Open {
    NodeId id;
    bool array_open;
    bool bare;  // a text node written as a plain string
  };
  void Str(std::string_view v) {
    out_ += json(v).dump(-1, ' ', false, json::error_handler_t::replace);
  }
  void Key(std::string_view k) {
    out_ += ',';
    Str(k);
    out_ += ':';
  }
  void Num(float v);
  void Int(int64_t v) { out_ += std::to_string(v); }
  void OpenNode(NodeId n);
  void Close(const Open& o) {
    if (o.array_open) out_ += ']';
    if (!o.bare) out_ += '}';
  }
  void Element(NodeId n);
  void Style(const ComputedStyle& st);
  void Document(NodeId n);

  const Snapshot& s_;
  std::string out_;
  std::vector<Open> open_;
};

// Shortest of %.6g..%.9g that reads back as the same float.
void JsonWriter::Num(float v) {
  char buf[32];
  for (int digits = 6; digits <= 9; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, static_cast<double>(v));
    if (std::strtof(buf, nullptr) == v) break;
  }
  out_ += buf;
}

std::string JsonWriter::Run() {
  out_ = "{\"format\":";
  Str(kSnapshotJsonFormat);
  out_ += ",\"version\":" + std::to_string(kSnapshotJsonVersion) + ",\"root\":";
  for (NodeId i = 0; i < s_.size(); ++i) {
    while (!open_.empty() && s_.SubtreeEnd(open_.back().id) <= i) {
      Close(open_.back());
      open_.pop_back();
    }
    if (!open_.empty()) {  // open_.back() is the parent of i
      NodeKind k = s_.Kind(i);
      if (k == NodeKind::kShadowRoot) {
        Key("shadowRoot");
      } else if (k == NodeKind::kDocument || k == NodeKind::kOpaqueFrame) {
        Key("contentDocument");
      } else if (!open_.back().array_open) {
        Key("children");
        out_ += '[';
        open_.back().array_open = true;
      } else {
        out_ += ',';
      }
    }
    OpenNode(i);
  }
  while (!open_.empty()) {
    Close(open_.back());
    open_.pop_back();
  }
  out_ += '}';
  return std::move(out_);
}

void JsonWriter::OpenNode(NodeId n) {
  bool bare = false;
  switch (s_.Kind(n)) {
    case NodeKind::kText:
      if (s_.AssignedSlot(n) == kNoNode) {
        Str(s_.Text(n));
        bare = true;
      } else {
        out_ += "{\"kind\":\"text\"";
        Key("text");
        Str(s_.Text(n));
        Key("slot");
        Int(s_.AssignedSlot(n));
      }
      break;
    case NodeKind::kElement:
      Element(n);
      break;
    case NodeKind::kDocument:
      Document(n);
      break;
    case NodeKind::kShadowRoot:
      out_ += "{\"kind\":\"shadow-root\"";
      break;
    case NodeKind::kOpaqueFrame:
      out_ += "{\"kind\":\"opaque-frame\"";
      break;
  }
  open_.push_back({n, false, bare});
}

void JsonWriter::Element(NodeId n) {
  const ElementData& e = s_.Element(n);
  out_ += "{\"tag\":";
  Str(s_.Tag(n));
  if (e.ns != Namespace::kHtml) {
    Key("ns");
    Str(json_keys::kNamespaceNames[static_cast<size_t>(e.ns)]);
  }
  if (!s_.Attributes(n).empty()) {
    Key("attrs");
    char sep = '{';
    for (const Attribute& a : s_.Attributes(n)) {
      out_ += sep;
      sep = ',';
      Str(s_.String(a.name));
      out_ += ':';
      Str(s_.String(a.value));
    }
    out_ += '}';
  }
  if (s_.Flags(n) != 0) {
    Key("flags");
    char sep = '[';
    for (const json_keys::FlagName& f : json_keys::kFlagNames) {
      if ((s_.Flags(n) & f.bit) == 0) continue;
      out_ += sep;
      sep = ',';
      Str(f.name);
    }
    out_ += ']';
  }
  if (e.tabindex != kNoTabIndex) {
    Key("tabindex");
    Int(e.tabindex);
  }
  if (e.tab_order != -1) {
    Key("tabOrder");
    Int(e.tab_order);
  }
  const Rect& b = e.box;
  if (b.x != 0 || b.y != 0 || b.width != 0 || b.height != 0) {
    Key("box");
    const float v[4] = {b.x, b.y, b.width, b.height};
    for (int i = 0; i < 4; ++i) {
      out_ += i == 0 ? '[' : ',';
      Num(v[i]);
    }
    out_ += ']';
  }
  Style(e.style);
  if (const MediaInfo* m = s_.Media(n)) {
    Key("media");
    out_ += "{\"status\":";
    Str(json_keys::kMediaStatusNames[static_cast<size_t>(m->status)]);
    if (m->url != kNoString) {
      Key("url");
      Str(s_.String(m->url));
    }
    if (m->duration != 0) {
      Key("duration");
      Num(m->duration);
    }
    if (m->span_count != 0) {
      Key("audible");
      char sep = '[';
      for (const AudibleSpan& a : s_.AudibleSpans(*m)) {
        out_ += sep;
        sep = ',';
        out_ += '[';
        Num(a.start);
        out_ += ',';
        Num(a.end);
        out_ += ']';
      }
      out_ += ']';
    }
    out_ += '}';
  }
  if (std::span<const ImageBackdrop> list = s_.Backdrops(n); !list.empty()) {
    Key("imageBackdrops");
    char sep = '[';
    for (const ImageBackdrop& b : list) {
      out_ += sep;
      sep = ',';
      char colours[64];
      std::snprintf(colours, sizeof colours, R"(,"darkest":"#%06x","lightest":"#%06x")",
                    static_cast<unsigned>(b.darkest), static_cast<unsigned>(b.lightest));
      out_ += "{\"image\":";
      Int(b.image);
      out_ += colours;
      if (b.uncovered) out_ += ",\"uncovered\":true";
      out_ += '}';
    }
    out_ += ']';
  }
  if (s_.AssignedSlot(n) != kNoNode) {
    Key("slot");
    Int(s_.AssignedSlot(n));
  }
}

void JsonWriter::Style(const ComputedStyle& st) {
  const ComputedStyle d;
  size_t mark = out_.size();
  auto keyword = [&](std::string_view key, bool differs, std::string_view v) {
    if (!differs) return;
    Key(key);
    Str(v);
  };
  auto number = [&](std::string_view key, float v, float def) {
    if (v == def) return;
    Key(key);
    Num(v);
  };
  auto string = [&](std::string_view key, StringId v) {
    if (v == kNoString) return;
    Key(key);
    Str(s_.String(v));
  };
  keyword("display", st.display != d.display, DisplayKeyword(st.display));
  keyword("visibility", st.visibility != d.visibility,
          VisibilityKeyword(st.visibility));
  keyword("position", st.position != d.position, PositionKeyword(st.position));
  keyword("overflowX", st.overflow_x != d.overflow_x,
          OverflowKeyword(st.overflow_x));
  keyword("overflowY", st.overflow_y != d.overflow_y,
          OverflowKeyword(st.overflow_y));
  if (st.background_image) out_ += ",\"backgroundImage\":true";
  if (st.text_shadow) out_ += ",\"textShadow\":true";
  if (st.font_weight != d.font_weight) {
    Key("fontWeight");
    Int(st.font_weight);
  }
  number("opacity", st.opacity, d.opacity);
  number("fontSize", st.font_size_px, d.font_size_px);
  number("letterSpacing", st.letter_spacing_px, d.letter_spacing_px);
  number("wordSpacing", st.word_spacing_px, d.word_spacing_px);
  if (st.line_height_px >= 0) number("lineHeight", st.line_height_px, -1.0f);
  if (!std::isnan(st.orientation_rotation_deg)) {
    Key("orientationRotation");
    Num(st.orientation_rotation_deg);
  }
  string("color", st.color);
  string("backgroundColor", st.background_color);
  string("clip", st.clip);
  string("clipPath", st.clip_path);
  string("before", st.before_content);
  string("after", st.after_content);
  string("textShadowList", st.text_shadow_list);
  string("backgroundGradient", st.background_gradient);
  if (out_.size() == mark) return;
  std::string fields = out_.substr(mark + 1);  // drop the leading comma
  out_.resize(mark);
  Key("style");
  out_ += '{' + fields + '}';
}

void JsonWriter::Document(NodeId n) {
  const DocumentInfo& d = s_.Document(n);
  out_ += "{\"kind\":\"document\"";
  if (d.url != kNoString) { Key("url"); Str(s_.String(d.url)); }
  if (d.lang != kNoString) { Key("lang"); Str(s_.String(d.lang)); }
  if (d.content_type != kNoString) {
    Key("contentType");
    Str(s_.String(d.content_type));
  }
  if (d.quirks_mode) out_ += ",\"quirks\":true";
  if (!d.web_fonts) out_ += ",\"webFonts\":false";
  if (d.changes_observed) out_ += ",\"changesObserved\":true";
  if (d.content_compared) out_ += ",\"contentCompared\":true";
  Key("viewport");
  out_ += '[';
  Num(d.viewport_width);
  out_ += ',';
  Num(d.viewport_height);
  out_ += ']';
  if (d.scroll_x != 0 || d.scroll_y != 0) {
    Key("scroll");
    out_ += '[';
    Num(d.scroll_x);
    out_ += ',';
    Num(d.scroll_y);
    out_ += ']';
  }
}

}  // namespace

std::string EncodeSnapshotJson(const Snapshot& snapshot) {
  return JsonWriter(snapshot).Run();
}

}  // namespace seamkit::a11y
