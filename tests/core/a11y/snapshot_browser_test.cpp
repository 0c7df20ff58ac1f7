// Decodes the snapshot that web/a11y/collector.js produced in Chromium from
// tests/fixtures/a11y/snapshot/browser-basic.html (regenerate with
// make-browser-fixture.mjs in that folder).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/a11y/snapshot_binary.h"
#include "core/a11y/snapshot_json.h"

namespace seamkit::a11y {
namespace {

class BrowserSnapshot : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream in(std::string(SEAMKIT_SOURCE_DIR) +
                         "/tests/fixtures/a11y/snapshot/browser-basic.bin",
                     std::ios::binary);
    bytes_.assign(std::istreambuf_iterator<char>(in), {});
    ASSERT_FALSE(bytes_.empty());
    StatusOr<Snapshot> s = DecodeSnapshotBinary(bytes_.data(), bytes_.size());
    ASSERT_TRUE(s.ok()) << s.status().message();
    snap_.emplace(std::move(s).value());
  }
  // The first element in tree order with this tag (and text child), or
  // kNoNode.
  NodeId Find(std::string_view tag, std::string_view text = {}) const {
    for (NodeId n : snap_->PreOrder(0)) {
      if (snap_->Tag(n) != tag) continue;
      if (text.empty()) return n;
      for (NodeId c : snap_->Children(n)) {
        if (snap_->Text(c) == text) return n;
      }
    }
    return kNoNode;
  }
  std::vector<uint8_t> bytes_;
  std::optional<Snapshot> snap_;
};

TEST_F(BrowserSnapshot, DocumentTextAndStyle) {
  const Snapshot& s = *snap_;
  EXPECT_EQ(s.Kind(0), NodeKind::kDocument);
  EXPECT_EQ(s.DocumentLang(0), "en");
  EXPECT_EQ(s.Document(0).viewport_width, 800.0f);
  NodeId h1 = s.GetElementById(0, "title");
  ASSERT_NE(h1, kNoNode);
  EXPECT_EQ(s.Tag(h1), "h1");
  EXPECT_EQ(s.Style(h1).font_size_px, 32.0f);
  EXPECT_EQ(s.Style(h1).font_weight, 700);
  EXPECT_EQ(s.Style(h1).letter_spacing_px, 1.5f);
  EXPECT_EQ(s.Style(h1).display, Display::kBlock);
  EXPECT_EQ(s.String(s.Style(h1).color), "rgb(17, 17, 17)");
  EXPECT_GT(s.BoundingBox(h1).width, 0.0f);
  NodeId b = Find("b", "bold");
  ASSERT_NE(b, kNoNode);
  EXPECT_EQ(s.Text(b - 1), "Plain ");
  EXPECT_TRUE(s.Style(Find("div", "Over a gradient")).background_image);
  NodeId clipped = Find("span", "Clipped");
  EXPECT_EQ(s.Style(clipped).position, Position::kAbsolute);
  EXPECT_NE(s.Style(clipped).clip, kNoString);
  NodeId svg = Find("svg");
  EXPECT_EQ(s.NamespaceOf(svg), Namespace::kSvg);
  EXPECT_EQ(s.Attr(svg, "aria-label"), "Logo");
  NodeId tmpl = Find("template");
  EXPECT_EQ(s.SubtreeEnd(tmpl), tmpl + 1);  // contents not collected
}

TEST_F(BrowserSnapshot, PseudoContentText) {
  const Snapshot& s = *snap_;
  NodeId req = Find("button", "First in order");
  EXPECT_EQ(s.String(s.Style(req).after_content), "required");  // alt text
  EXPECT_EQ(s.Style(req).before_content, kNoString);
  NodeId icon = Find("span", "Programmatic");
  EXPECT_EQ(s.String(s.Style(icon).before_content), "\xE2\x98\x85 star");
}

TEST_F(BrowserSnapshot, FocusabilityAndTabOrder) {
  const Snapshot& s = *snap_;
  NodeId first = Find("button", "First in order");
  NodeId second = Find("button", "Second in order");
  NodeId link = s.GetElementById(0, "link-a");
  EXPECT_EQ(s.TabIndex(first), 1);
  EXPECT_EQ(s.TabOrder(first), 0);
  EXPECT_EQ(s.TabOrder(second), 1);
  EXPECT_EQ(s.TabOrder(link), 2);
  EXPECT_FALSE(s.TabIndex(link).has_value());
  NodeId disabled = Find("button", "Disabled");
  EXPECT_FALSE(s.IsFocusable(disabled));
  EXPECT_NE(s.Flags(disabled) & kFlagDisabled, 0u);
  NodeId programmatic = Find("span", "Programmatic");
  EXPECT_TRUE(s.IsFocusable(programmatic));
  EXPECT_EQ(s.TabOrder(programmatic), -1);
  EXPECT_FALSE(s.IsFocusable(Find("a", "Not rendered")));
  NodeId inert = Find("button", "Inert button");
  EXPECT_FALSE(s.IsFocusable(inert));
  EXPECT_NE(s.Flags(inert) & kFlagInert, 0u);
  EXPECT_NE(s.Flags(Find("div", "")) & 0u, 1u);
  NodeId shadow_button = Find("button", "In shadow");
  EXPECT_TRUE(s.IsInShadowTree(shadow_button));
  EXPECT_EQ(s.TabOrder(shadow_button), 3);
  EXPECT_EQ(s.TabOrder(Find("a", "Lien")), 4);  // inside the iframe
}

TEST_F(BrowserSnapshot, ShadowSlotsAndFrames) {
  const Snapshot& s = *snap_;
  NodeId card = Find("my-card");
  NodeId root = s.ShadowRootOf(card);
  ASSERT_NE(root, kNoNode);
  NodeId h2 = s.GetElementById(root, "title");
  EXPECT_EQ(s.Tag(h2), "h2");
  NodeId slotted = Find("span", "Slotted heading");
  NodeId slot = s.AssignedSlot(slotted);
  ASSERT_NE(slot, kNoNode);
  EXPECT_EQ(s.Attr(slot, "name"), "heading");
  std::vector<NodeId> flat;
  s.FlatChildren(h2, &flat);
  EXPECT_EQ(flat, std::vector<NodeId>{slot});
  s.FlatChildren(slot, &flat);
  EXPECT_EQ(flat, std::vector<NodeId>{slotted});
  NodeId same = s.GetElementById(0, "same");
  NodeId doc = s.ContentDocument(same);
  ASSERT_NE(doc, kNoNode);
  EXPECT_EQ(s.Kind(doc), NodeKind::kDocument);
  EXPECT_EQ(s.DocumentLang(doc), "fr");
  NodeId sandboxed = s.GetElementById(0, "sandboxed");
  EXPECT_EQ(s.Kind(s.ContentDocument(sandboxed)), NodeKind::kOpaqueFrame);
  for (NodeId n : s.PreOrder(0)) {
    EXPECT_NE(s.Text(n), "secret");
    EXPECT_NE(s.Text(n), "Template content");
  }
}

TEST_F(BrowserSnapshot, ReencodesToTheSameSnapshot) {
  std::vector<uint8_t> again = EncodeSnapshotBinary(*snap_);
  StatusOr<Snapshot> t = DecodeSnapshotBinary(again.data(), again.size());
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(EncodeSnapshotJson(*t), EncodeSnapshotJson(*snap_));
}

}  // namespace
}  // namespace seamkit::a11y
