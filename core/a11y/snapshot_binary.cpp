// Binary snapshot decoder: checks the header and every section against the
// buffer before reading, remaps string ids through the interning pool, then
// hands the arrays to Snapshot::Create for the tree checks.
#include "core/a11y/snapshot_binary.h"

#include "core/common/bits.h"
#include <string>
#include <utility>

namespace seamkit::a11y {
namespace {

using namespace binary;  // NOLINT: the format's word names

Status Err(ErrorCode code, std::string msg) {
  return Status(code, "binary snapshot: " + std::move(msg));
}

class Reader {
 public:
  explicit Reader(const uint8_t* data) : data_(data) {}
  uint32_t U32(size_t word) const {
    const uint8_t* p = data_ + word * 4;
    return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 |
           uint32_t{p[3]} << 24;
  }
  int32_t I32(size_t word) const { return static_cast<int32_t>(U32(word)); }
  float F32(size_t word) const { return BitCast<float>(U32(word)); }
  const uint8_t* Bytes(size_t word) const { return data_ + word * 4; }

 private:
  const uint8_t* data_;
};

// Whether [s, s+n) is well-formed UTF-8 (no overlongs, surrogates, > U+10FFFF).
bool ValidUtf8(const uint8_t* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint8_t c = s[i];
    if (c < 0x80) { ++i; continue; }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len == 0 || c > 0xF4 || i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
    }
    uint8_t c1 = s[i + 1];
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) ||
        (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) {
      return false;
    }
    i += len;
  }
  return true;
}

struct Layout {
  uint32_t nodes, elements, documents, attrs, slots, strings, string_bytes,
      media, audible, backdrops;
  uint64_t node_at, element_at, document_at, attr_at, slot_at, media_at,
      audible_at, backdrop_at, offset_at, bytes_at, total;  // word offsets, total in bytes
};

Status ReadHeader(const Reader& r, size_t size, Layout* l) {
  if (size < kHeaderWords * 4) {
    return Err(ErrorCode::kMalformed, "truncated: " + std::to_string(size) +
                                          " bytes, the header needs 64");
  }
  if (r.U32(kHMagic) != kMagic) {
    return Err(ErrorCode::kParse, "bad magic (not a seamkit snapshot)");
  }
  if (r.U32(kHVersion) != kVersion) {
    return Err(ErrorCode::kUnsupported,
               "version " + std::to_string(r.U32(kHVersion)) + " (expected " +
                   std::to_string(kVersion) + ")");
  }
  if (r.U32(kHHeaderWords) != kHeaderWords) {
    return Err(ErrorCode::kMalformed, "header size is not 16 words");
  }
  for (uint32_t w = kHBackdrops + 1; w < kHeaderWords; ++w) {
    if (r.U32(w) != 0) return Err(ErrorCode::kMalformed, "reserved header word set");
  }
  if (size > kMaxSnapshotBytes) {
    return Err(ErrorCode::kLimitExceeded, "larger than 64 MiB");
  }
  *l = Layout{r.U32(kHNodes), r.U32(kHElements), r.U32(kHDocuments),
              r.U32(kHAttributes), r.U32(kHSlots), r.U32(kHStrings),
              r.U32(kHStringBytes), r.U32(kHMedia), r.U32(kHAudible),
              r.U32(kHBackdrops), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  if (l->nodes > kMaxNodes) {
    return Err(ErrorCode::kLimitExceeded, std::to_string(l->nodes) +
                                              " nodes exceed the limit");
  }
  if (l->attrs > kMaxAttributes || l->strings > kMaxStrings ||
      l->string_bytes > kMaxSnapshotBytes) {
    return Err(ErrorCode::kLimitExceeded,
               "attribute or string counts exceed the limits");
  }
  if (l->elements > l->nodes || l->documents > l->nodes ||
      l->slots > l->nodes || l->media > l->nodes || l->backdrops > l->nodes) {
    return Err(ErrorCode::kMalformed, "more element/document/slot/media/backdrop "
                                      "records than nodes");
  }
  if (uint64_t{l->audible} > uint64_t{l->media} * kMaxMediaSpans) {
    return Err(ErrorCode::kLimitExceeded, "more audible spans than the media "
                                          "records may hold");
  }
  l->node_at = kHeaderWords;
  l->element_at = l->node_at + uint64_t{l->nodes} * kNodeWords;
  l->document_at = l->element_at + uint64_t{l->elements} * kElementWords;
  l->attr_at = l->document_at + uint64_t{l->documents} * kDocumentWords;
  l->slot_at = l->attr_at + uint64_t{l->attrs} * kAttributeWords;
  l->media_at = l->slot_at + uint64_t{l->slots} * kSlotWords;
  l->audible_at = l->media_at + uint64_t{l->media} * kMediaWords;
  l->backdrop_at = l->audible_at + uint64_t{l->audible} * kAudibleWords;
  l->offset_at = l->backdrop_at + uint64_t{l->backdrops} * kBackdropWords;
  l->bytes_at = l->offset_at + uint64_t{l->strings} + 1;
  l->total = l->bytes_at * 4 + (uint64_t{l->string_bytes} + 3) / 4 * 4;
  if (r.U32(kHTotalBytes) != l->total) {
    return Err(ErrorCode::kMalformed, "header total " +
                                          std::to_string(r.U32(kHTotalBytes)) +
                                          " disagrees with the counts (" +
                                          std::to_string(l->total) + ")");
  }
  if (size < l->total) {
    return Err(ErrorCode::kMalformed, "truncated: " + std::to_string(size) +
                                          " bytes of " +
                                          std::to_string(l->total));
  }
  if (size > l->total) {
    return Err(ErrorCode::kMalformed, "trailing bytes after the snapshot");
  }
  return Status::Ok();
}

// Interns the string table; remap[i] is the pool id of table string i.
Status ReadStrings(const Reader& r, const Layout& l, StringPool* pool,
                   std::vector<StringId>* remap) {
  const uint8_t* bytes = r.Bytes(l.bytes_at);
  if (r.U32(l.offset_at) != 0 ||
      r.U32(l.offset_at + l.strings) != l.string_bytes) {
    return Err(ErrorCode::kMalformed, "string offsets do not span the bytes");
  }
  for (uint64_t b = l.string_bytes; b < (uint64_t{l.string_bytes} + 3) / 4 * 4; ++b) {
    if (bytes[b] != 0) return Err(ErrorCode::kMalformed, "non-zero padding");
  }
  if (!ValidUtf8(bytes, l.string_bytes)) {
    return Err(ErrorCode::kParse, "string bytes are not valid UTF-8");
  }
  remap->resize(l.strings);
  for (uint32_t i = 0; i < l.strings; ++i) {
    uint32_t begin = r.U32(l.offset_at + i), end = r.U32(l.offset_at + i + 1);
    if (end < begin || end > l.string_bytes) {
      return Err(ErrorCode::kMalformed, "string " + std::to_string(i) +
                                            ": offsets out of order");
    }
    if (end - begin > kMaxStringBytes) {
      return Err(ErrorCode::kLimitExceeded, "string " + std::to_string(i) +
                                                " is longer than 1 MiB");
    }
    // Offsets on a code point boundary keep each piece valid UTF-8.
    if (end < l.string_bytes && (bytes[end] & 0xC0) == 0x80) {
      return Err(ErrorCode::kParse, "string " + std::to_string(i) +
                                        " splits a UTF-8 sequence");
    }
    (*remap)[i] = pool->Intern(std::string_view(
        reinterpret_cast<const char*>(bytes) + begin, end - begin));
  }
  return Status::Ok();
}

class Decoder {
 public:
  Decoder(const Reader& r, const Layout& l) : r_(r), l_(l) {}
  Status Run(SnapshotData* d);

 private:
  // A string id word: -1 (kNoString) or an index into the table.
  bool Str(size_t word, StringId* out) const {
    uint32_t v = r_.U32(word);
    if (v == kNoString) { *out = kNoString; return true; }
    if (v >= remap_.size()) return false;
    *out = remap_[v];
    return true;
  }
  Status Nodes(SnapshotData* d);
  Status Element(size_t at, ElementData* e) const;
  Status Document(size_t at, DocumentInfo* doc) const;
  Status Tail(SnapshotData* d) const;

  const Reader& r_;
  const Layout& l_;
  std::vector<StringId> remap_;
};


Status Decoder::Run(SnapshotData* d) {
  if (Status s = ReadStrings(r_, l_, &d->strings, &remap_); !s.ok()) return s;
  if (Status s = Nodes(d); !s.ok()) return s;
  return Tail(d);
}

Status Decoder::Nodes(SnapshotData* d) {
  uint32_t n = l_.nodes;
  d->kinds.resize(n);
  d->parents.resize(n);
  d->names.resize(n);
  d->flags.resize(n);
  d->attr_begin.resize(size_t{n} + 1);
  d->elements.reserve(l_.elements);
  d->documents.reserve(l_.documents);
  uint64_t attrs = 0;
  for (uint32_t i = 0; i < n; ++i) {
    size_t at = l_.node_at + size_t{i} * kNodeWords;
    auto where = [i] { return "node " + std::to_string(i); };
    uint32_t kind_flags = r_.U32(at + kNKindFlags);
    uint32_t kind = kind_flags & 0xFF;
    if (kind >= kNodeKindCount) return Err(ErrorCode::kMalformed, where() + ": unknown kind");
    d->kinds[i] = static_cast<NodeKind>(kind);
    d->flags[i] = kind_flags >> 8;  // unknown bits: rejected by Create()
    d->parents[i] = r_.U32(at + kNParent);  // -1 reads as kNoNode
    if (!Str(at + kNName, &d->names[i])) {
      return Err(ErrorCode::kMalformed, where() + ": name string id out of range");
    }
    d->attr_begin[i] = static_cast<uint32_t>(attrs);
    attrs += r_.U32(at + kNAttrCount);
    if (attrs > l_.attrs) {
      return Err(ErrorCode::kMalformed, where() + ": attribute counts exceed the "
                                                "attribute section");
    }
    if (d->kinds[i] == NodeKind::kElement) {
      if (d->elements.size() == l_.elements) {
        return Err(ErrorCode::kMalformed, "more element nodes than records");
      }
      size_t e = d->elements.size();
      d->elements.emplace_back();
      Status s = Element(l_.element_at + e * kElementWords, &d->elements.back());
      if (!s.ok()) return s;
    } else if (d->kinds[i] == NodeKind::kDocument) {
      if (d->documents.size() == l_.documents) {
        return Err(ErrorCode::kMalformed, "more document nodes than records");
      }
      size_t e = d->documents.size();
      d->documents.emplace_back();
      Status s = Document(l_.document_at + e * kDocumentWords, &d->documents.back());
      if (!s.ok()) return s;
    }
  }
  if (attrs != l_.attrs || d->elements.size() != l_.elements ||
      d->documents.size() != l_.documents) {
    return Err(ErrorCode::kMalformed,
               "node records disagree with the attribute/element/document counts");
  }
  d->attr_begin[n] = static_cast<uint32_t>(attrs);
  return Status::Ok();
}

Status Decoder::Element(size_t at, ElementData* e) const {
  auto where = [&] {
    return "element record " + std::to_string((at - l_.element_at) / kElementWords);
  };
  uint32_t packed = r_.U32(at + kEPacked);
  uint32_t ns = packed & 0xFF, display = (packed >> 8) & 0xFF;
  uint32_t vis = (packed >> 16) & 0xF, pos = (packed >> 20) & 0xF;
  uint32_t ox = (packed >> 24) & 0xF, oy = packed >> 28;
  if (ns >= kNamespaceCount || display >= kDisplayCount ||
      vis >= kVisibilityCount || pos >= kPositionCount ||
      ox >= kOverflowCount || oy >= kOverflowCount) {
    return Err(ErrorCode::kMalformed, where() + ": enum value out of range");
  }
  uint32_t weight = r_.U32(at + kEWeight);
  if ((weight >> 18) != 0) return Err(ErrorCode::kMalformed, where() + ": bad weight word");
  e->ns = static_cast<Namespace>(ns);
  ComputedStyle& s = e->style;
  s.display = static_cast<Display>(display);
  s.visibility = static_cast<Visibility>(vis);
  s.position = static_cast<Position>(pos);
  s.overflow_x = static_cast<Overflow>(ox);
  s.overflow_y = static_cast<Overflow>(oy);
  s.font_weight = static_cast<uint16_t>(weight & 0xFFFF);
  s.background_image = ((weight >> 16) & 1) != 0;
  s.text_shadow = ((weight >> 17) & 1) != 0;
  e->tabindex = r_.I32(at + kETabIndex);
  e->tab_order = r_.I32(at + kETabOrder);
  if (!Str(at + kEColor, &s.color) || !Str(at + kEBackground, &s.background_color) ||
      !Str(at + kEClip, &s.clip) || !Str(at + kEClipPath, &s.clip_path) ||
      !Str(at + kEBefore, &s.before_content) || !Str(at + kEAfter, &s.after_content) ||
      !Str(at + kETextShadow, &s.text_shadow_list) ||
      !Str(at + kEGradient, &s.background_gradient)) {
    return Err(ErrorCode::kMalformed, where() + ": style string id out of range");
  }
  e->box = Rect{r_.F32(at + kEBoxX), r_.F32(at + kEBoxY), r_.F32(at + kEBoxW),
                r_.F32(at + kEBoxH)};
  s.opacity = r_.F32(at + kEOpacity);
  s.font_size_px = r_.F32(at + kEFontSize);
  s.letter_spacing_px = r_.F32(at + kELetterSpacing);
  s.word_spacing_px = r_.F32(at + kEWordSpacing);
  s.line_height_px = r_.F32(at + kELineHeight);
  s.orientation_rotation_deg = r_.F32(at + kEOrientationRotation);
  if (s.text_shadow_list != kNoString) s.text_shadow = true;
  if (s.background_gradient != kNoString) s.background_image = true;
  return Status::Ok();  // numeric ranges: checked by Snapshot::Create
}

Status Decoder::Document(size_t at, DocumentInfo* doc) const {
  if (!Str(at + kDUrl, &doc->url) || !Str(at + kDLang, &doc->lang) ||
      !Str(at + kDContentType, &doc->content_type)) {
    return Err(ErrorCode::kMalformed, "document record: string id out of range");
  }
  uint32_t flags = r_.U32(at + kDFlags);
  if (flags > 15) return Err(ErrorCode::kMalformed, "document record: unknown flags");
  doc->quirks_mode = (flags & 1) != 0;
  doc->web_fonts = (flags & 2) == 0;
  doc->changes_observed = (flags & 4) != 0;
  doc->content_compared = (flags & 8) != 0;
  doc->viewport_width = r_.F32(at + kDViewportW);
  doc->viewport_height = r_.F32(at + kDViewportH);
  doc->scroll_x = r_.F32(at + kDScrollX);
  doc->scroll_y = r_.F32(at + kDScrollY);
  return Status::Ok();
}

Status Decoder::Tail(SnapshotData* d) const {
  d->attrs.resize(l_.attrs);
  for (uint32_t a = 0; a < l_.attrs; ++a) {
    size_t at = l_.attr_at + size_t{a} * kAttributeWords;
    if (!Str(at, &d->attrs[a].name) || !Str(at + 1, &d->attrs[a].value) ||
        d->attrs[a].name == kNoString || d->attrs[a].value == kNoString) {
      return Err(ErrorCode::kMalformed,
                 "attribute " + std::to_string(a) + ": string id out of range");
    }
  }
  d->slots.resize(l_.slots);
  for (uint32_t i = 0; i < l_.slots; ++i) {
    size_t at = l_.slot_at + size_t{i} * kSlotWords;
    d->slots[i] = SlotAssignment{r_.U32(at), r_.U32(at + 1)};  // Create checks
  }
  d->media.resize(l_.media);
  for (uint32_t i = 0; i < l_.media; ++i) {
    size_t at = l_.media_at + size_t{i} * kMediaWords;
    MediaInfo& m = d->media[i];
    m.node = r_.U32(at + kMNode);
    uint32_t status = r_.U32(at + kMStatus);
    if (status >= kMediaStatusCount) {
      return Err(ErrorCode::kMalformed, "media record " + std::to_string(i) + ": unknown status");
    }
    m.status = static_cast<MediaStatus>(status);
    if (!Str(at + kMUrl, &m.url)) {
      return Err(ErrorCode::kMalformed, "media record " + std::to_string(i) +
                                            ": url string id out of range");
    }
    m.duration = r_.F32(at + kMDuration);
    m.span_begin = r_.U32(at + kMSpanBegin);
    m.span_count = r_.U32(at + kMSpanCount);  // ranges: checked by Create
  }
  d->audible.resize(l_.audible);
  for (uint32_t i = 0; i < l_.audible; ++i) {
    size_t at = l_.audible_at + size_t{i} * kAudibleWords;
    d->audible[i] = AudibleSpan{r_.F32(at), r_.F32(at + 1)};
  }
  d->backdrops.resize(l_.backdrops);
  for (uint32_t i = 0; i < l_.backdrops; ++i) {
    size_t at = l_.backdrop_at + size_t{i} * kBackdropWords;
    uint32_t flags = r_.U32(at + kBFlags);
    if (flags > 1) {
      return Err(ErrorCode::kMalformed,
                 "image backdrop record " + std::to_string(i) + ": unknown flags");
    }
    d->backdrops[i] = ImageBackdrop{r_.U32(at + kBText), r_.U32(at + kBImage),
                                    r_.U32(at + kBDarkest), r_.U32(at + kBLightest),
                                    flags == 1};  // the rest: checked by Create
  }
  return Status::Ok();
}

}  // namespace

StatusOr<Snapshot> DecodeSnapshotBinary(const uint8_t* data, size_t size) {
  if (data == nullptr && size != 0) {
    return Err(ErrorCode::kInvalidArgument, "null data");
  }
  Layout layout{};
  if (size < kHeaderWords * 4) {
    return Err(ErrorCode::kMalformed, "truncated: " + std::to_string(size) +
                                          " bytes, the header needs 64");
  }
  Reader reader(data);
  if (Status s = ReadHeader(reader, size, &layout); !s.ok()) return s;
  SnapshotData d;
  Decoder decoder(reader, layout);
  if (Status s = decoder.Run(&d); !s.ok()) return s;
  return Snapshot::Create(std::move(d));
}

}  // namespace seamkit::a11y
