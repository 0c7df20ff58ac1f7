#include "core/a11y/snapshot_json_keys.h"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace seamkit::a11y::json_keys {
namespace {

using nlohmann::json;

Status Field(std::string_view name, std::string_view what) {
  return Status(ErrorCode::kMalformed,
                "\"" + std::string(name) + "\" " + std::string(what));
}

// A float field: absent leaves *out unchanged.
Status ReadFloat(const json& obj, std::string_view key, float* out) {
  auto it = obj.find(key);
  if (it == obj.end()) return Status::Ok();
  if (!it->is_number()) return Field(key, "must be a number");
  double v = it->get<double>();
  if (!std::isfinite(v) || std::fabs(v) > std::numeric_limits<float>::max()) {
    return Field(key, "is out of range");
  }
  *out = static_cast<float>(v);
  return Status::Ok();
}

Status ReadFloats(const json& obj, std::string_view key, float* out, size_t n) {
  auto it = obj.find(key);
  if (it == obj.end()) return Status::Ok();
  if (!it->is_array() || it->size() != n) {
    return Field(key, "must be an array of " + std::to_string(n) + " numbers");
  }
  for (size_t i = 0; i < n; ++i) {
    const json& v = (*it)[i];
    if (!v.is_number() || !std::isfinite(v.get<double>()) ||
        std::fabs(v.get<double>()) > std::numeric_limits<float>::max()) {
      return Field(key, "must hold finite numbers");
    }
    out[i] = static_cast<float>(v.get<double>());
  }
  return Status::Ok();
}

Status ReadInt(const json& obj, std::string_view key, int64_t lo, int64_t hi,
               int64_t* out, bool* present) {
  auto it = obj.find(key);
  *present = it != obj.end();
  if (!*present) return Status::Ok();
  if (!it->is_number_integer()) return Field(key, "must be an integer");
  int64_t v = it->is_number_unsigned() && it->get<uint64_t>() > uint64_t(hi)
                  ? hi + 1
                  : it->get<int64_t>();
  if (v < lo || v > hi) return Field(key, "is out of range");
  *out = v;
  return Status::Ok();
}

// A string field interned into the pool; absent leaves *out unchanged.
Status ReadString(const json& obj, std::string_view key, StringId* out,
                  SnapshotBuilder* b) {
  auto it = obj.find(key);
  if (it == obj.end()) return Status::Ok();
  if (!it->is_string()) return Field(key, "must be a string");
  *out = b->Intern(it->get_ref<const std::string&>());
  return Status::Ok();
}

template <typename E>
Status ReadKeyword(const json& obj, std::string_view key,
                   std::optional<E> (*parse)(std::string_view), E* out) {
  auto it = obj.find(key);
  if (it == obj.end()) return Status::Ok();
  if (!it->is_string()) return Field(key, "must be a string");
  std::optional<E> v = parse(it->get_ref<const std::string&>());
  if (!v) return Field(key, "has an unknown keyword");
  *out = *v;
  return Status::Ok();
}

Status ReadStyle(const json& obj, ComputedStyle* s, SnapshotBuilder* b) {
  if (!obj.is_object()) return Field("style", "must be an object");
  static constexpr std::string_view kKeys[] = {
      "display", "visibility", "position", "overflowX", "overflowY",
      "backgroundImage", "textShadow", "fontWeight", "opacity", "fontSize", "letterSpacing",
      "wordSpacing", "lineHeight", "color", "backgroundColor", "clip",
      "clipPath", "before", "after", "orientationRotation", "textShadowList",
      "backgroundGradient"};
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool known = false;
    for (std::string_view k : kKeys) known = known || it.key() == k;
    if (!known) return Field(it.key(), "is not a style field");
  }
  auto display = obj.find("display");
  if (display != obj.end()) {
    if (!display->is_string()) return Field("display", "must be a string");
    s->display = DisplayFromKeyword(display->get_ref<const std::string&>());
  }
  Status st = ReadKeyword(obj, "visibility", &VisibilityFromKeyword, &s->visibility);
  if (st.ok()) st = ReadKeyword(obj, "position", &PositionFromKeyword, &s->position);
  if (st.ok()) st = ReadKeyword(obj, "overflowX", &OverflowFromKeyword, &s->overflow_x);
  if (st.ok()) st = ReadKeyword(obj, "overflowY", &OverflowFromKeyword, &s->overflow_y);
  if (!st.ok()) return st;
  auto bg = obj.find("backgroundImage");
  if (bg != obj.end()) {
    if (!bg->is_boolean()) return Field("backgroundImage", "must be a boolean");
    s->background_image = bg->get<bool>();
  }
  auto shadow = obj.find("textShadow");
  if (shadow != obj.end()) {
    if (!shadow->is_boolean()) return Field("textShadow", "must be a boolean");
    s->text_shadow = shadow->get<bool>();
  }
  int64_t weight = 0;
  bool has_weight = false;
  if (st = ReadInt(obj, "fontWeight", 1, 1000, &weight, &has_weight); !st.ok()) {
    return st;
  }
  if (has_weight) s->font_weight = static_cast<uint16_t>(weight);
  auto line_height = obj.find("lineHeight");
  if (line_height != obj.end() && *line_height == "normal") {
    s->line_height_px = -1.0f;
  } else if (st = ReadFloat(obj, "lineHeight", &s->line_height_px); !st.ok()) {
    return st;
  }
  if (st = ReadFloat(obj, "opacity", &s->opacity); !st.ok()) return st;
  if (st = ReadFloat(obj, "orientationRotation", &s->orientation_rotation_deg); !st.ok()) {
    return st;
  }
  if (st = ReadFloat(obj, "fontSize", &s->font_size_px); !st.ok()) return st;
  if (st = ReadFloat(obj, "letterSpacing", &s->letter_spacing_px); !st.ok()) return st;
  if (st = ReadFloat(obj, "wordSpacing", &s->word_spacing_px); !st.ok()) return st;
  if (st = ReadString(obj, "color", &s->color, b); !st.ok()) return st;
  if (st = ReadString(obj, "backgroundColor", &s->background_color, b); !st.ok()) return st;
  if (st = ReadString(obj, "clip", &s->clip, b); !st.ok()) return st;
  if (st = ReadString(obj, "clipPath", &s->clip_path, b); !st.ok()) return st;
  if (st = ReadString(obj, "before", &s->before_content, b); !st.ok()) return st;
  if (st = ReadString(obj, "textShadowList", &s->text_shadow_list, b); !st.ok()) return st;
  if (st = ReadString(obj, "backgroundGradient", &s->background_gradient, b); !st.ok()) return st;
  if (s->background_gradient != kNoString) s->background_image = true;
  if (s->text_shadow_list != kNoString) s->text_shadow = true;
  return ReadString(obj, "after", &s->after_content, b);
}

Status ReadFlags(const json& obj, uint32_t* flags) {
  auto it = obj.find("flags");
  if (it == obj.end()) return Status::Ok();
  if (!it->is_array()) return Field("flags", "must be an array of names");
  for (const json& f : *it) {
    uint32_t bit = 0;
    for (const FlagName& n : kFlagNames) {
      if (f.is_string() && f.get_ref<const std::string&>() == n.name) bit = n.bit;
    }
    if (bit == 0) return Field("flags", "holds an unknown flag");
    *flags |= bit;
  }
  return Status::Ok();
}

}  // namespace

Status ReadNamespace(const json& element, Namespace* ns) {
  auto it = element.find("ns");
  if (it == element.end()) return Status::Ok();
  for (size_t i = 0; i < kNamespaceNames.size(); ++i) {
    if (it->is_string() && it->get_ref<const std::string&>() == kNamespaceNames[i]) {
      *ns = static_cast<Namespace>(i);
      return Status::Ok();
    }
  }
  return Field("ns", "must be html, svg, mathml or other");
}

Status ReadAttributes(const json& element, SnapshotBuilder* b) {
  auto it = element.find("attrs");
  if (it == element.end()) return Status::Ok();
  if (!it->is_object()) return Field("attrs", "must be an object");
  for (auto a = it->begin(); a != it->end(); ++a) {
    if (!a->is_string()) return Field(a.key(), "attribute value must be a string");
    b->AddAttribute(a.key(), a->get_ref<const std::string&>());
  }
  return Status::Ok();
}

Status ReadElement(const json& element, ElementData* e, uint32_t* flags,
                   SnapshotBuilder* b) {
  if (Status s = ReadFlags(element, flags); !s.ok()) return s;
  int64_t v = 0;
  bool present = false;
  Status s = ReadInt(element, "tabindex", INT32_MIN + 1, INT32_MAX, &v, &present);
  if (!s.ok()) return s;
  if (present) e->tabindex = static_cast<int32_t>(v);
  if (s = ReadInt(element, "tabOrder", -1, INT32_MAX, &v, &present); !s.ok()) {
    return s;
  }
  if (present) e->tab_order = static_cast<int32_t>(v);
  float box[4] = {e->box.x, e->box.y, e->box.width, e->box.height};
  if (s = ReadFloats(element, "box", box, 4); !s.ok()) return s;
  e->box = Rect{box[0], box[1], box[2], box[3]};
  auto style = element.find("style");
  return style == element.end() ? Status::Ok() : ReadStyle(*style, &e->style, b);
}

Status ReadDocument(const json& document, DocumentInfo* info, SnapshotBuilder* b) {
  Status s = ReadString(document, "url", &info->url, b);
  if (s.ok()) s = ReadString(document, "lang", &info->lang, b);
  if (s.ok()) s = ReadString(document, "contentType", &info->content_type, b);
  float viewport[2] = {info->viewport_width, info->viewport_height};
  float scroll[2] = {info->scroll_x, info->scroll_y};
  if (s.ok()) s = ReadFloats(document, "viewport", viewport, 2);
  if (s.ok()) s = ReadFloats(document, "scroll", scroll, 2);
  if (!s.ok()) return s;
  info->viewport_width = viewport[0];
  info->viewport_height = viewport[1];
  info->scroll_x = scroll[0];
  info->scroll_y = scroll[1];
  auto observed = document.find("changesObserved");
  if (observed != document.end()) {
    if (!observed->is_boolean()) return Field("changesObserved", "must be a boolean");
    info->changes_observed = observed->get<bool>();
  }
  auto compared = document.find("contentCompared");
  if (compared != document.end()) {
    if (!compared->is_boolean()) return Field("contentCompared", "must be a boolean");
    info->content_compared = compared->get<bool>();
  }
  auto fonts = document.find("webFonts");
  if (fonts != document.end()) {
    if (!fonts->is_boolean()) return Field("webFonts", "must be a boolean");
    info->web_fonts = fonts->get<bool>();
  }
  auto quirks = document.find("quirks");
  if (quirks != document.end()) {
    if (!quirks->is_boolean()) return Field("quirks", "must be a boolean");
    info->quirks_mode = quirks->get<bool>();
  }
  return Status::Ok();
}

Status ReadMedia(const json& element, NodeId node, SnapshotBuilder* b) {
  auto it = element.find("media");
  if (it == element.end()) return Status::Ok();
  const json& m = *it;
  if (!m.is_object()) return Field("media", "must be an object");
  for (auto k = m.begin(); k != m.end(); ++k) {
    if (k.key() != "status" && k.key() != "url" && k.key() != "duration" &&
        k.key() != "audible") {
      return Field("media", "has an unknown key \"" + k.key() + "\"");
    }
  }
  auto status = m.find("status");
  if (status == m.end() || !status->is_string()) {
    return Field("media.status", "must be a string");
  }
  size_t code = kMediaStatusNames.size();
  for (size_t i = 0; i < kMediaStatusNames.size(); ++i) {
    if (status->get_ref<const std::string&>() == kMediaStatusNames[i]) code = i;
  }
  if (code == kMediaStatusNames.size()) return Field("media.status", "is not a known status");
  std::string_view url;
  auto u = m.find("url");
  if (u != m.end()) {
    if (!u->is_string()) return Field("media.url", "must be a string");
    url = u->get_ref<const std::string&>();
  }
  float duration = 0;
  if (Status s = ReadFloat(m, "duration", &duration); !s.ok()) {
    return Field("media.duration", "must be a finite number");
  }
  std::vector<AudibleSpan> spans;
  auto a = m.find("audible");
  if (a != m.end()) {
    if (!a->is_array() || a->size() > kMaxMediaSpans) {
      return Field("media.audible", "must be an array of at most 4096 [start, end] pairs");
    }
    for (const json& pair : *a) {
      float v[2] = {0, 0};
      json wrap = {{"p", pair}};
      if (Status s = ReadFloats(wrap, "p", v, 2); !s.ok()) {
        return Field("media.audible", "must hold [start, end] pairs of finite numbers");
      }
      spans.push_back({v[0], v[1]});
    }
  }
  b->AddMedia(node, static_cast<MediaStatus>(code), url, duration, spans);
  return Status::Ok();  // ranges and order: checked by Snapshot::Create
}

namespace {

// "#rrggbb" (lower or upper case hex digits) as 0xRRGGBB.
bool ReadHexColour(const json& v, uint32_t* out) {
  if (!v.is_string()) return false;
  const std::string& s = v.get_ref<const std::string&>();
  if (s.size() != 7 || s[0] != '#') return false;
  uint32_t value = 0;
  for (size_t i = 1; i < 7; ++i) {
    char c = s[i];
    int digit = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
    if (digit < 0) return false;
    value = value << 4 | static_cast<uint32_t>(digit);
  }
  *out = value;
  return true;
}

}  // namespace

Status ReadImageBackdrops(const json& element, NodeId node, SnapshotBuilder* b) {
  auto it = element.find("imageBackdrops");
  if (it == element.end()) return Status::Ok();
  if (!it->is_array()) return Field("imageBackdrops", "must be an array");
  for (const json& r : *it) {
    if (!r.is_object()) return Field("imageBackdrops", "must hold objects");
    for (auto k = r.begin(); k != r.end(); ++k) {
      if (k.key() != "image" && k.key() != "darkest" && k.key() != "lightest" &&
          k.key() != "uncovered") {
        return Field("imageBackdrops", "has an unknown key \"" + k.key() + "\"");
      }
    }
    ImageBackdrop d;
    d.text = node;
    auto image = r.find("image");
    if (image == r.end() || !image->is_number_unsigned() ||
        image->get<uint64_t>() >= std::numeric_limits<NodeId>::max()) {
      return Field("imageBackdrops.image", "must be a node index");
    }
    d.image = static_cast<NodeId>(image->get<uint64_t>());
    auto dark = r.find("darkest"), light = r.find("lightest");
    if (dark == r.end() || light == r.end() || !ReadHexColour(*dark, &d.darkest) ||
        !ReadHexColour(*light, &d.lightest)) {
      return Field("imageBackdrops", "darkest and lightest must be \"#rrggbb\" colours");
    }
    auto uncovered = r.find("uncovered");
    if (uncovered != r.end()) {
      if (!uncovered->is_boolean()) return Field("imageBackdrops.uncovered", "must be a boolean");
      d.uncovered = uncovered->get<bool>();
    }
    b->AddImageBackdrop(d);
  }
  return Status::Ok();  // elements and order: checked by Snapshot::Create
}

}  // namespace seamkit::a11y::json_keys
