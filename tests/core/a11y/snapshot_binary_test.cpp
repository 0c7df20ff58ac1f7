#include "core/a11y/snapshot_binary.h"

#include <gtest/gtest.h>

#include <limits>

#include <bit>
#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace seamkit::a11y {
namespace {

using namespace binary;  // NOLINT: format word names

// A document > p#x (focusable, bold, block) > "hi" snapshot written word by
// word from the layout in core/a11y/snapshot_binary.h, independently of the encoder.
std::vector<uint8_t> HandMade() {
  const uint32_t kNone = UINT32_MAX;
  auto f = [](float v) { return std::bit_cast<uint32_t>(v); };
  std::vector<uint32_t> w = {
      kMagic, kVersion, 16, 268, /*nodes*/ 3, /*elements*/ 1,
      /*documents*/ 1, /*attrs*/ 1, /*slots*/ 0, /*strings*/ 4,
      /*string bytes*/ 6, 0, 0, 0, 0, 0,
      // nodes: kind | flags << 8, parent, name, attribute count
      0, kNone, kNone, 0,
      1 | (kFlagFocusable | kFlagFocusProbed | kFlagFocusRedirected) << 8, 0, 0, 1,
      2, 1, 3, 0,
      // element p: ns html | display block, weight 700, tabindex 0, order 0
      1u << 8, 700, 0, 0, kNone, kNone, kNone, kNone, kNone, kNone,
      f(1), f(2), f(3), f(4), f(1), f(16), f(0), f(0), f(-1),
      // no orientation-conditioned rotation, no text-shadow, no gradient
      f(std::numeric_limits<float>::quiet_NaN()), kNone, kNone,
      // document: url, lang, content type, flags (quirks, no web fonts),
      // viewport, scroll
      kNone, kNone, kNone, 3, f(800), f(600), f(0), f(0),
      // attribute id="x"
      1, 2,
      // string offsets over "p" "id" "x" "hi"
      0, 1, 3, 4, 6};
  std::vector<uint8_t> out(w.size() * 4 + 8, 0);
  for (size_t i = 0; i < w.size(); ++i) {
    for (int b = 0; b < 4; ++b) out[i * 4 + b] = (w[i] >> (8 * b)) & 0xFF;
  }
  std::memcpy(out.data() + w.size() * 4, "pidxhi", 6);
  return out;
}

void SetWord(std::vector<uint8_t>& buf, size_t word, uint32_t v) {
  for (int b = 0; b < 4; ++b) buf[word * 4 + b] = (v >> (8 * b)) & 0xFF;
}

size_t NodeWord(uint32_t node, uint32_t k) { return 16 + node * 4 + k; }

StatusOr<Snapshot> Decode(const std::vector<uint8_t>& b) {
  return DecodeSnapshotBinary(b.data(), b.size());
}

TEST(SnapshotBinary, HandMadeBufferDecodes) {
  std::vector<uint8_t> buf = HandMade();
  ASSERT_EQ(buf.size(), 268u);
  StatusOr<Snapshot> s = Decode(buf);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->size(), 3u);
  EXPECT_EQ(s->Kind(0), NodeKind::kDocument);
  EXPECT_EQ(s->Tag(1), "p");
  EXPECT_EQ(s->Attr(1, "id"), "x");
  EXPECT_EQ(s->Text(2), "hi");
  EXPECT_TRUE(s->IsFocusable(1));
  EXPECT_EQ(s->Style(1).display, Display::kBlock);
  EXPECT_EQ(s->Style(1).font_weight, 700);
  EXPECT_EQ(s->BoundingBox(1).height, 4.0f);
  EXPECT_EQ(s->TabIndex(1), 0);
  EXPECT_EQ(s->Document(0).viewport_height, 600.0f);
  EXPECT_TRUE(s->Document(0).quirks_mode);
  EXPECT_FALSE(s->Document(0).web_fonts);
  EXPECT_EQ(s->Flags(1), kFlagFocusable | kFlagFocusProbed | kFlagFocusRedirected);
  EXPECT_EQ(s->GetElementById(0, "x"), 1u);
  EXPECT_EQ(EncodeSnapshotBinary(*s), buf);  // the encoder writes the same
}

TEST(SnapshotBinary, EveryTruncationIsMalformed) {
  std::vector<uint8_t> buf = HandMade();
  for (size_t n = 0; n < buf.size(); ++n) {
    StatusOr<Snapshot> s = DecodeSnapshotBinary(buf.data(), n);
    ASSERT_FALSE(s.ok()) << n;
    EXPECT_EQ(s.status().code(), ErrorCode::kMalformed) << n;
  }
  buf.push_back(0);
  EXPECT_EQ(Decode(buf).status().code(), ErrorCode::kMalformed);
}

struct Corruption {
  const char* name;
  size_t word;
  uint32_t value;
  ErrorCode code;
  const char* message_part;
};

TEST(SnapshotBinary, CorruptWordsGiveTypedErrorsNamingTheProblem) {
  const uint32_t kNone = UINT32_MAX;
  const Corruption cases[] = {
      {"magic", kHMagic, 0x12345678, ErrorCode::kParse, "magic"},
      {"version", kHVersion, kVersion + 1, ErrorCode::kUnsupported, "version"},
      {"header size", kHHeaderWords, 17, ErrorCode::kMalformed, "header"},
      {"reserved", 14, 1, ErrorCode::kMalformed, "reserved"},
      {"backdrops > nodes", kHBackdrops, 4, ErrorCode::kMalformed, "records"},
      {"media > nodes", kHMedia, 4, ErrorCode::kMalformed, "records"},
      {"total", kHTotalBytes, 260, ErrorCode::kMalformed, "disagrees"},
      {"node limit", kHNodes, kMaxNodes + 1, ErrorCode::kLimitExceeded, "nodes"},
      {"attr limit", kHAttributes, kMaxAttributes + 1,
       ErrorCode::kLimitExceeded, "attribute"},
      {"elements > nodes", kHElements, 4, ErrorCode::kMalformed, "records"},
      {"parent out of range", NodeWord(2, kNParent), 77, ErrorCode::kMalformed,
       "parent"},
      {"self parent", NodeWord(2, kNParent), 2, ErrorCode::kMalformed, "cycle"},
      {"second root", NodeWord(2, kNParent), kNone, ErrorCode::kMalformed,
       "second root"},
      {"root with parent", NodeWord(0, kNParent), 0, ErrorCode::kMalformed,
       "root"},
      {"unknown kind", NodeWord(1, kNKindFlags), 9, ErrorCode::kMalformed,
       "kind"},
      {"unknown flag", NodeWord(1, kNKindFlags), 1 | 1u << 30,
       ErrorCode::kMalformed, "flag"},
      {"name id", NodeWord(1, kNName), 50, ErrorCode::kMalformed, "string id"},
      {"text without text", NodeWord(2, kNName), kNone, ErrorCode::kMalformed,
       "string id"},
      {"attr count", NodeWord(1, kNAttrCount), 2, ErrorCode::kMalformed,
       "attribute"},
      {"text has attrs", NodeWord(2, kNAttrCount), 1, ErrorCode::kMalformed,
       "attribute"},
      {"kind vs records", NodeWord(2, kNKindFlags), 1, ErrorCode::kMalformed,
       "element"},
      {"text child of text", NodeWord(1, kNKindFlags), 2, ErrorCode::kMalformed,
       ""},
      {"display code", 28 + kEPacked, 30u << 8, ErrorCode::kMalformed, "enum"},
      {"weight", 28 + kEWeight, 0, ErrorCode::kMalformed, "font-weight"},
      {"NaN box", 28 + kEBoxW, 0x7FC00000, ErrorCode::kMalformed, "box"},
      {"opacity", 28 + kEOpacity, std::bit_cast<uint32_t>(1.5f),
       ErrorCode::kMalformed, "style number"},
      {"style string", 28 + kEColor, 4, ErrorCode::kMalformed, "string id"},
      {"tab order", 28 + kETabOrder, static_cast<uint32_t>(-5),
       ErrorCode::kMalformed, "tab order"},
      {"document flags", 28 + kElementWords + kDFlags, 16, ErrorCode::kMalformed, "flags"},
      {"rotation", 28 + kEOrientationRotation, std::bit_cast<uint32_t>(360.0f),
       ErrorCode::kMalformed, "style number"},
      {"text shadow", 28 + kETextShadow, 99, ErrorCode::kMalformed, "string"},
      {"attr value id", 28 + kElementWords + kDocumentWords + 1, 9, ErrorCode::kMalformed, "attribute"},
      {"offset order", 28 + kElementWords + kDocumentWords + 2 + 2, 9, ErrorCode::kMalformed, "offset"},
      {"offset end", 28 + kElementWords + kDocumentWords + 2 + 4, 5, ErrorCode::kMalformed, "offsets"},
      {"bad utf-8", 65, 0x786469FF, ErrorCode::kParse, "UTF-8"},
      {"padding", 66, 0x00FF6968, ErrorCode::kMalformed, "padding"},
      {"gradient", 28 + kEGradient, 99, ErrorCode::kMalformed, "string"},
  };
  for (const Corruption& c : cases) {
    std::vector<uint8_t> buf = HandMade();
    SetWord(buf, c.word, c.value);
    StatusOr<Snapshot> s = Decode(buf);
    ASSERT_FALSE(s.ok()) << "case: " << c.name;
    EXPECT_EQ(s.status().code(), c.code) << c.name << ": " << s.status().message();
    EXPECT_NE(s.status().message().find(c.message_part), std::string::npos)
        << c.name << ": " << s.status().message();
  }
}

// doc > a > b, then corrupted into a cycle / a non-pre-order order.
TEST(SnapshotBinary, CyclesAndNonTreeOrdersAreRejected) {
  SnapshotBuilder b;
  NodeId doc = b.AddDocument(kNoNode);
  NodeId a = b.AddElement(doc, "a");
  b.AddElement(a, "b");
  b.AddElement(doc, "c");
  b.AddText(doc + 3, "t");
  StatusOr<Snapshot> s = std::move(b).Finish();
  ASSERT_TRUE(s.ok());
  std::vector<uint8_t> good = EncodeSnapshotBinary(*s);

  std::vector<uint8_t> cycle = good;  // a's parent is b, b's parent is a
  SetWord(cycle, NodeWord(1, kNParent), 2);
  StatusOr<Snapshot> r = Decode(cycle);
  EXPECT_EQ(r.status().code(), ErrorCode::kMalformed);
  EXPECT_NE(r.status().message().find("cycle"), std::string::npos)
      << r.status().message();

  std::vector<uint8_t> later = good;  // a's parent is c: comes after a
  SetWord(later, NodeWord(1, kNParent), 3);
  r = Decode(later);
  EXPECT_EQ(r.status().code(), ErrorCode::kMalformed);
  EXPECT_NE(r.status().message().find("pre-order"), std::string::npos);

  std::vector<uint8_t> jump = good;  // text (4) under a (1) after c: not pre-order
  SetWord(jump, NodeWord(4, kNParent), 1);
  r = Decode(jump);
  EXPECT_EQ(r.status().code(), ErrorCode::kMalformed);
  EXPECT_NE(r.status().message().find("pre-order"), std::string::npos);
}

TEST(SnapshotBinary, OversizeBufferAndStringsHitLimits) {
  std::vector<uint8_t> huge(kMaxSnapshotBytes + 4, 0);
  std::vector<uint8_t> head = HandMade();
  std::memcpy(huge.data(), head.data(), 64);
  EXPECT_EQ(Decode(huge).status().code(), ErrorCode::kLimitExceeded);

  SnapshotBuilder b;
  NodeId root = b.AddElement(kNoNode, "div");
  b.AddAttribute("title", std::string(kMaxAttributeValueBytes + 1, 'a'));
  b.AddText(root, "ok");
  StatusOr<Snapshot> s = std::move(b).Finish();
  EXPECT_EQ(s.status().code(), ErrorCode::kLimitExceeded);

  SnapshotBuilder t;
  t.AddText(t.AddElement(kNoNode, "p"), std::string(kMaxStringBytes + 1, 'a'));
  EXPECT_EQ(std::move(t).Finish().status().code(), ErrorCode::kLimitExceeded);
}

TEST(SnapshotBinary, DepthOverTheLimitIsRejected) {
  SnapshotBuilder b;
  NodeId n = b.AddElement(kNoNode, "div");
  for (uint32_t i = 0; i < kMaxDepth + 1; ++i) n = b.AddElement(n, "div");
  StatusOr<Snapshot> s = std::move(b).Finish();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), ErrorCode::kLimitExceeded);
}

// 200,000 nodes: a 10,000-deep chain and wide rows of text-bearing spans.
std::vector<uint8_t> LargeBuffer() {
  SnapshotBuilder b;
  NodeId doc = b.AddDocument(kNoNode);
  NodeId n = b.AddElement(doc, "html");
  for (int i = 0; i < 10000; ++i) n = b.AddElement(n, "div");
  b.AddText(n, "deepest");
  NodeId body = b.AddElement(doc + 1, "section");
  while (b.size() < 200000) {
    NodeId span = b.AddElement(body, "span");
    b.AddAttribute("class", "c" + std::to_string(b.size() % 50));
    if (b.size() < 200000) b.AddText(span, "t");
  }
  StatusOr<Snapshot> s = std::move(b).Finish();
  return s.ok() ? EncodeSnapshotBinary(*s) : std::vector<uint8_t>();
}

TEST(SnapshotBinary, TwoHundredThousandNodesTenThousandDeepDecode) {
  std::vector<uint8_t> buf = LargeBuffer();
  ASSERT_FALSE(buf.empty());
  StatusOr<Snapshot> s = Decode(buf);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->size(), 200000u);
  NodeId deepest = 10002;
  EXPECT_EQ(s->Text(deepest), "deepest");
  EXPECT_EQ(s->Depth(deepest), 10002u);
  size_t ancestors = 0;
  for (NodeId a : s->Ancestors(deepest)) ancestors += a != kNoNode;
  EXPECT_EQ(ancestors, 10002u);
  size_t elements = 0;
  for (NodeId v : s->PreOrder(s->Root())) elements += s->IsElement(v);
  EXPECT_EQ(elements, s->data().elements.size());
  EXPECT_LE(s->strings().size(), 60u);  // classes interned once
}

TEST(SnapshotBinary, RandomCorruptionNeverCrashes) {
  std::vector<uint8_t> base = HandMade();
  std::mt19937 rng(7);
  int accepted = 0;
  for (int i = 0; i < 3000; ++i) {
    std::vector<uint8_t> buf = base;
    int flips = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < flips; ++k) buf[rng() % buf.size()] ^= 1u << (rng() % 8);
    StatusOr<Snapshot> s = Decode(buf);
    accepted += s.ok();
    if (!s.ok()) {
      EXPECT_FALSE(s.status().message().empty());
    }
  }
  EXPECT_LT(accepted, 3000);  // some flips (box floats, names) stay valid
}

}  // namespace
}  // namespace seamkit::a11y
