// The compact binary snapshot the browser collector (web/a11y/collector.js)
// writes: one ArrayBuffer of little-endian 32-bit words, transferred into
// wasm in one copy. Layout (docs/snapshot-format.md; the word enums below name
// each record's fields):
//
//   header      16 words: magic "SKSN", version, header words, total bytes,
//               node/element/document/attribute/slot/string counts,
//               string bytes, media/audible-span/image-backdrop counts,
//               2 reserved zeros
//   nodes       4 words per node, in pre-order
//   elements    19 words per element node, in node order
//   documents   8 words per document node, in node order
//   attributes  2 words each (name, value string ids), grouped by node
//   slots       2 words each (node, slot)
//   media       6 words each (media probe results, by increasing node)
//   audible     2 float32 words each (start, end seconds)
//   backdrops   5 words each (image probe results, by increasing (text, image))
//   offsets     string count + 1 words: byte offsets into the string bytes
//   strings     UTF-8 bytes, zero-padded to a word boundary
//
//   StatusOr<Snapshot> s = DecodeSnapshotBinary(data, size);
//   std::vector<uint8_t> bytes = EncodeSnapshotBinary(*s);  // same layout
#ifndef SEAMKIT_CORE_A11Y_SNAPSHOT_BINARY_H_
#define SEAMKIT_CORE_A11Y_SNAPSHOT_BINARY_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/a11y/snapshot.h"
#include "core/common/status.h"

namespace seamkit::a11y {

namespace binary {
inline constexpr uint32_t kMagic = 0x4E534B53;  // bytes "SKSN"
// 2: + kEOrientationRotation, kETextShadow; 3: + kEGradient; 4: + media, audible
// sections; 5: + image backdrop section
inline constexpr uint32_t kVersion = 6;
inline constexpr uint32_t kHeaderWords = 16;
inline constexpr uint32_t kNodeWords = 4;
inline constexpr uint32_t kElementWords = 22;
inline constexpr uint32_t kDocumentWords = 8;
inline constexpr uint32_t kAttributeWords = 2;
inline constexpr uint32_t kSlotWords = 2;
inline constexpr uint32_t kMediaWords = 6;
inline constexpr uint32_t kAudibleWords = 2;
inline constexpr uint32_t kBackdropWords = 5;

// Header word indices.
enum HeaderWord : uint32_t {
  kHMagic = 0, kHVersion, kHHeaderWords, kHTotalBytes, kHNodes, kHElements,
  kHDocuments, kHAttributes, kHSlots, kHStrings, kHStringBytes, kHMedia,
  kHAudible, kHBackdrops,
};
// Image backdrop record word indices: text element, image element, darkest
// and lightest pixel (0xRRGGBB), flags (bit 0: uncovered).
enum BackdropWord : uint32_t { kBText = 0, kBImage, kBDarkest, kBLightest, kBFlags };
// Media record word indices: node, status (MediaStatus), url string id,
// duration (float32 seconds), first audible span, span count.
enum MediaWord : uint32_t { kMNode = 0, kMStatus, kMUrl, kMDuration, kMSpanBegin, kMSpanCount };
// Node word indices: kind | flags << 8, parent (-1: root), name string id
// (-1: none), attribute count.
enum NodeWord : uint32_t { kNKindFlags = 0, kNParent, kNName, kNAttrCount };
// Element word indices. kEPacked: ns | display << 8 | visibility << 16 |
// position << 20 | overflow-x << 24 | overflow-y << 28. kEWeight:
// font-weight | background-image << 16 | text-shadow << 17. kEBox..: float32 words.
// kEGradient: the computed background-image when it holds gradients only (string id).
enum ElementWord : uint32_t {
  kEPacked = 0, kEWeight, kETabIndex, kETabOrder, kEColor, kEBackground,
  kEClip, kEClipPath, kEBefore, kEAfter, kEBoxX, kEBoxY, kEBoxW, kEBoxH,
  kEOpacity, kEFontSize, kELetterSpacing, kEWordSpacing, kELineHeight,
  kEOrientationRotation, kETextShadow, kEGradient,
};
// Document word indices: url, lang, content type (string ids), flags (bit 0
// quirks mode, bit 1 no web fonts, bit 2 changes observed, bit 3 content
// compared), then float32 viewport width/height and scroll x/y.
enum DocumentWord : uint32_t {
  kDUrl = 0, kDLang, kDContentType, kDFlags, kDViewportW, kDViewportH,
  kDScrollX, kDScrollY,
};
}  // namespace binary

// Validates everything before building the model. Errors:
//   kMalformed      truncated or trailing bytes, counts that disagree, ids or
//                   enum values out of range, parent cycles, non-pre-order or
//                   non-tree structure (message names the node/field)
//   kParse          wrong magic (not a snapshot), strings not UTF-8
//   kUnsupported    a version other than binary::kVersion
//   kLimitExceeded  over kMaxSnapshotBytes, kMaxNodes, kMaxAttributes,
//                   kMaxStrings, kMaxDepth, kMaxStringBytes or
//                   kMaxAttributeValueBytes
StatusOr<Snapshot> DecodeSnapshotBinary(const uint8_t* data, size_t size);

// The binary layout of a snapshot (strings in pool order).
std::vector<uint8_t> EncodeSnapshotBinary(const Snapshot& snapshot);

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_SNAPSHOT_BINARY_H_
