// Binary snapshot encoder: the same layout the browser collector writes
// (tests, fixtures converted from JSON, and round trips).
#include "core/common/bits.h"
#include <cstring>

#include "core/a11y/snapshot_binary.h"

namespace seamkit::a11y {
namespace {

using namespace binary;  // NOLINT: the format's word names

class Writer {
 public:
  explicit Writer(size_t words) : out_(words * 4, 0) {}
  void U32(size_t word, uint32_t v) {
    uint8_t* p = out_.data() + word * 4;
    p[0] = v & 0xFF;
    p[1] = (v >> 8) & 0xFF;
    p[2] = (v >> 16) & 0xFF;
    p[3] = v >> 24;
  }
  void F32(size_t word, float v) { U32(word, BitCast<uint32_t>(v)); }
  std::vector<uint8_t> Take() && { return std::move(out_); }
  uint8_t* Bytes(size_t word) { return out_.data() + word * 4; }

 private:
  std::vector<uint8_t> out_;
};

void PutElement(Writer& w, size_t at, const ElementData& e) {
  const ComputedStyle& s = e.style;
  w.U32(at + kEPacked, uint32_t(e.ns) | uint32_t(s.display) << 8 |
                           uint32_t(s.visibility) << 16 |
                           uint32_t(s.position) << 20 |
                           uint32_t(s.overflow_x) << 24 |
                           uint32_t(s.overflow_y) << 28);
  w.U32(at + kEWeight, uint32_t{s.font_weight} |
                           (s.background_image ? 1u << 16 : 0u) |
                           (s.text_shadow ? 1u << 17 : 0u));
  w.U32(at + kETabIndex, static_cast<uint32_t>(e.tabindex));
  w.U32(at + kETabOrder, static_cast<uint32_t>(e.tab_order));
  w.U32(at + kEColor, s.color);
  w.U32(at + kEBackground, s.background_color);
  w.U32(at + kEClip, s.clip);
  w.U32(at + kEClipPath, s.clip_path);
  w.U32(at + kEBefore, s.before_content);
  w.U32(at + kEAfter, s.after_content);
  w.U32(at + kETextShadow, s.text_shadow_list);
  w.U32(at + kEGradient, s.background_gradient);
  w.F32(at + kEBoxX, e.box.x);
  w.F32(at + kEBoxY, e.box.y);
  w.F32(at + kEBoxW, e.box.width);
  w.F32(at + kEBoxH, e.box.height);
  w.F32(at + kEOpacity, s.opacity);
  w.F32(at + kEFontSize, s.font_size_px);
  w.F32(at + kELetterSpacing, s.letter_spacing_px);
  w.F32(at + kEWordSpacing, s.word_spacing_px);
  w.F32(at + kELineHeight, s.line_height_px);
  w.F32(at + kEOrientationRotation, s.orientation_rotation_deg);
}

void PutDocument(Writer& w, size_t at, const DocumentInfo& d) {
  w.U32(at + kDUrl, d.url);
  w.U32(at + kDLang, d.lang);
  w.U32(at + kDContentType, d.content_type);
  w.U32(at + kDFlags, (d.quirks_mode ? 1u : 0u) | (d.web_fonts ? 0u : 2u) |
                          (d.changes_observed ? 4u : 0u) | (d.content_compared ? 8u : 0u));
  w.F32(at + kDViewportW, d.viewport_width);
  w.F32(at + kDViewportH, d.viewport_height);
  w.F32(at + kDScrollX, d.scroll_x);
  w.F32(at + kDScrollY, d.scroll_y);
}

}  // namespace

std::vector<uint8_t> EncodeSnapshotBinary(const Snapshot& snapshot) {
  const SnapshotData& d = snapshot.data();
  size_t n = d.kinds.size(), strings = d.strings.size();
  size_t node_at = kHeaderWords;
  size_t element_at = node_at + n * kNodeWords;
  size_t document_at = element_at + d.elements.size() * kElementWords;
  size_t attr_at = document_at + d.documents.size() * kDocumentWords;
  size_t slot_at = attr_at + d.attrs.size() * kAttributeWords;
  size_t media_at = slot_at + d.slots.size() * kSlotWords;
  size_t audible_at = media_at + d.media.size() * kMediaWords;
  size_t backdrop_at = audible_at + d.audible.size() * kAudibleWords;
  size_t offset_at = backdrop_at + d.backdrops.size() * kBackdropWords;
  size_t bytes_at = offset_at + strings + 1;
  size_t total_words = bytes_at + (d.strings.bytes() + 3) / 4;
  Writer w(total_words);
  const uint32_t header[] = {
      kMagic, kVersion, kHeaderWords, static_cast<uint32_t>(total_words * 4),
      static_cast<uint32_t>(n), static_cast<uint32_t>(d.elements.size()),
      static_cast<uint32_t>(d.documents.size()),
      static_cast<uint32_t>(d.attrs.size()),
      static_cast<uint32_t>(d.slots.size()), static_cast<uint32_t>(strings),
      static_cast<uint32_t>(d.strings.bytes()),
      static_cast<uint32_t>(d.media.size()), static_cast<uint32_t>(d.audible.size()),
      static_cast<uint32_t>(d.backdrops.size())};
  for (size_t i = 0; i < std::size(header); ++i) w.U32(i, header[i]);
  size_t element = 0, document = 0;
  for (size_t i = 0; i < n; ++i) {
    size_t at = node_at + i * kNodeWords;
    w.U32(at + kNKindFlags, uint32_t(d.kinds[i]) | d.flags[i] << 8);
    w.U32(at + kNParent, d.parents[i]);
    w.U32(at + kNName, d.names[i]);
    w.U32(at + kNAttrCount, d.attr_begin[i + 1] - d.attr_begin[i]);
    if (d.kinds[i] == NodeKind::kElement) {
      PutElement(w, element_at + element * kElementWords, d.elements[element]);
      ++element;
    } else if (d.kinds[i] == NodeKind::kDocument) {
      PutDocument(w, document_at + document * kDocumentWords,
                  d.documents[document]);
      ++document;
    }
  }
  for (size_t a = 0; a < d.attrs.size(); ++a) {
    w.U32(attr_at + a * kAttributeWords, d.attrs[a].name);
    w.U32(attr_at + a * kAttributeWords + 1, d.attrs[a].value);
  }
  for (size_t i = 0; i < d.slots.size(); ++i) {
    w.U32(slot_at + i * kSlotWords, d.slots[i].node);
    w.U32(slot_at + i * kSlotWords + 1, d.slots[i].slot);
  }
  for (size_t i = 0; i < d.media.size(); ++i) {
    const MediaInfo& m = d.media[i];
    size_t at = media_at + i * kMediaWords;
    w.U32(at + kMNode, m.node);
    w.U32(at + kMStatus, static_cast<uint32_t>(m.status));
    w.U32(at + kMUrl, m.url);
    w.F32(at + kMDuration, m.duration);
    w.U32(at + kMSpanBegin, m.span_begin);
    w.U32(at + kMSpanCount, m.span_count);
  }
  for (size_t i = 0; i < d.audible.size(); ++i) {
    w.F32(audible_at + i * kAudibleWords, d.audible[i].start);
    w.F32(audible_at + i * kAudibleWords + 1, d.audible[i].end);
  }
  for (size_t i = 0; i < d.backdrops.size(); ++i) {
    const ImageBackdrop& b = d.backdrops[i];
    size_t at = backdrop_at + i * kBackdropWords;
    w.U32(at + kBText, b.text);
    w.U32(at + kBImage, b.image);
    w.U32(at + kBDarkest, b.darkest);
    w.U32(at + kBLightest, b.lightest);
    w.U32(at + kBFlags, b.uncovered ? 1 : 0);
  }
  uint32_t offset = 0;
  for (StringId s = 0; s < strings; ++s) {
    std::string_view v = d.strings.Get(s);
    w.U32(offset_at + s, offset);
    if (!v.empty()) std::memcpy(w.Bytes(bytes_at) + offset, v.data(), v.size());
    offset += static_cast<uint32_t>(v.size());
  }
  w.U32(offset_at + strings, offset);
  return std::move(w).Take();
}

}  // namespace seamkit::a11y
