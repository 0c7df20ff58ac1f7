// The text-shadow style flag through both snapshot codecs.
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/a11y/snapshot.h"
#include "core/a11y/snapshot_binary.h"
#include "core/a11y/snapshot_json.h"

namespace seamkit::a11y {
namespace {

Snapshot TwoParagraphs() {
  SnapshotBuilder b;
  NodeId doc = b.AddDocument(kNoNode);
  NodeId html = b.AddElement(doc, "html");
  NodeId shadowed = b.AddElement(html, "p");
  b.Element(shadowed).style.text_shadow = true;
  b.Element(shadowed).style.background_image = true;
  b.AddElement(html, "p");
  StatusOr<Snapshot> s = std::move(b).Finish();
  EXPECT_TRUE(s.ok());
  return std::move(*s);
}

TEST(SnapshotTextShadow, SurvivesJsonRoundTrip) {
  Snapshot s = TwoParagraphs();
  std::string json = EncodeSnapshotJson(s);
  EXPECT_NE(json.find("\"textShadow\":true"), std::string::npos);
  StatusOr<Snapshot> back = DecodeSnapshotJson(json);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_TRUE(back->Style(2).text_shadow);
  EXPECT_TRUE(back->Style(2).background_image);
  EXPECT_FALSE(back->Style(3).text_shadow);
}

TEST(SnapshotTextShadow, SurvivesBinaryRoundTripBesideBackgroundImage) {
  Snapshot s = TwoParagraphs();
  std::vector<uint8_t> bytes = EncodeSnapshotBinary(s);
  StatusOr<Snapshot> back = DecodeSnapshotBinary(bytes.data(), bytes.size());
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_TRUE(back->Style(2).text_shadow);
  EXPECT_TRUE(back->Style(2).background_image);
  EXPECT_FALSE(back->Style(3).text_shadow);
  EXPECT_FALSE(back->Style(3).background_image);
}

TEST(SnapshotTextShadow, NonBooleanJsonValueIsMalformed) {
  StatusOr<Snapshot> s = DecodeSnapshotJson(
      R"({"format":"seamkit-a11y-snapshot","version":1,)"
      R"("root":{"tag":"p","style":{"textShadow":"1px 1px red"}}})");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), ErrorCode::kMalformed);
  EXPECT_NE(s.status().message().find("textShadow"), std::string::npos);
}

}  // namespace
}  // namespace seamkit::a11y
