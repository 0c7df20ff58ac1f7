#include "core/a11y/snapshot_json.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/a11y/snapshot_binary.h"

namespace seamkit::a11y {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(SEAMKIT_SOURCE_DIR) +
                   "/tests/fixtures/a11y/snapshot/" + name);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Wrap(const std::string& root) {
  return R"({"format":"seamkit-a11y-snapshot","version":1,"root":)" + root + "}";
}

TEST(SnapshotJson, FixtureDecodesToTheExpectedModel) {
  StatusOr<Snapshot> s = DecodeSnapshotJson(ReadFixture("basic.json"));
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->size(), 26u);
  EXPECT_EQ(s->DocumentLang(0), "en");
  EXPECT_EQ(s->Document(0).viewport_width, 800.0f);
  EXPECT_EQ(s->Tag(6), "h1");
  EXPECT_EQ(s->Style(6).font_weight, 700);
  EXPECT_EQ(s->Style(6).font_size_px, 32.0f);
  EXPECT_EQ(s->String(s->Style(6).color), "rgb(0, 0, 0)");
  EXPECT_EQ(s->Text(7), "Welcome");
  EXPECT_EQ(s->Attr(8, "alt"), "");
  EXPECT_FLOAT_EQ(s->Style(8).opacity, 0.5f);
  EXPECT_EQ(s->String(s->Style(9).after_content), " (next)");
  EXPECT_EQ(s->BoundingBox(9).width, 30.25f);
  EXPECT_EQ(s->TabOrder(11), 0);
  EXPECT_EQ(s->TabIndex(11), 3);
  EXPECT_TRUE(s->Style(11).background_image);
  EXPECT_EQ(s->Style(11).line_height_px, 20.0f);
  EXPECT_EQ(s->Style(9).line_height_px, -1.0f);  // normal by default
  EXPECT_EQ(s->ShadowRootOf(12), 13u);
  EXPECT_EQ(s->AssignedSlot(16), 15u);
  EXPECT_EQ(s->GetElementById(0, "title"), 6u);
  EXPECT_EQ(s->GetElementById(13, "title"), 14u);
  EXPECT_EQ(s->GetElementById(20, "title"), 21u);
  EXPECT_EQ(s->NamespaceOf(18), Namespace::kSvg);
  EXPECT_EQ(s->Style(18).overflow_x, Overflow::kHidden);
  EXPECT_EQ(s->ContentDocument(19), 20u);
  EXPECT_EQ(s->DocumentLang(20), "fr");
  EXPECT_EQ(s->Kind(23), NodeKind::kOpaqueFrame);
  EXPECT_EQ(s->Flags(24), kFlagFocusable | kFlagScrollableY);
  EXPECT_EQ(s->Style(24).visibility, Visibility::kHidden);
  EXPECT_EQ(s->Style(24).position, Position::kAbsolute);
  EXPECT_EQ(s->Text(25), "x < y & \"quoted\" \xC3\xA9 \xE6\xBC\xA2");
}

TEST(SnapshotJson, EncodeDecodeRoundTripIsStable) {
  StatusOr<Snapshot> a = DecodeSnapshotJson(ReadFixture("basic.json"));
  ASSERT_TRUE(a.ok());
  std::string text = EncodeSnapshotJson(*a);
  StatusOr<Snapshot> b = DecodeSnapshotJson(text);
  ASSERT_TRUE(b.ok()) << b.status().message() << "\n" << text;
  EXPECT_EQ(EncodeSnapshotJson(*b), text);
  EXPECT_EQ(b->size(), a->size());
  EXPECT_EQ(b->AssignedSlot(16), 15u);
  EXPECT_EQ(b->BoundingBox(9).height, 18.5f);
  // The same model through the binary format gives the same JSON.
  std::vector<uint8_t> bin = EncodeSnapshotBinary(*b);
  StatusOr<Snapshot> c = DecodeSnapshotBinary(bin.data(), bin.size());
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(EncodeSnapshotJson(*c), text);
}

TEST(SnapshotJson, WebFontsAndFocusProbesSurviveBothFormats) {
  const std::string doc =
      R"({"format":"seamkit-a11y-snapshot","version":1,"root":{"kind":"document",)"
      R"("webFonts":false,"children":[{"tag":"html","children":[{"tag":"a",)"
      R"("flags":["focusable","focusProbed","focusRedirected"]}]}]}})";
  StatusOr<Snapshot> a = DecodeSnapshotJson(doc);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_FALSE(a->Document(0).web_fonts);
  EXPECT_EQ(a->Flags(2), kFlagFocusable | kFlagFocusProbed | kFlagFocusRedirected);
  std::string text = EncodeSnapshotJson(*a);
  EXPECT_NE(text.find(R"("webFonts":false)"), std::string::npos) << text;
  std::vector<uint8_t> bin = EncodeSnapshotBinary(*a);
  StatusOr<Snapshot> b = DecodeSnapshotBinary(bin.data(), bin.size());
  ASSERT_TRUE(b.ok()) << b.status().message();
  EXPECT_EQ(EncodeSnapshotJson(*b), text);
  // Absent means unknown: web fonts may be in use.
  StatusOr<Snapshot> c = DecodeSnapshotJson(Wrap(R"({"tag":"a"})"));
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE(c->Document(0).web_fonts);
  StatusOr<Snapshot> bad = DecodeSnapshotJson(
      R"({"format":"seamkit-a11y-snapshot","version":1,"root":{"kind":"document",)"
      R"("webFonts":1}})");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("webFonts"), std::string::npos);
}

TEST(SnapshotJson, RepeatedContentComparisonSurvivesBothFormats) {
  const std::string doc =
      R"({"format":"seamkit-a11y-snapshot","version":1,"root":{"kind":"document",)"
      R"("changesObserved":true,"contentCompared":true,"children":[{"tag":"html","children":[)"
      R"({"tag":"nav","flags":["repeated","textChanged"]}]}]}})";
  StatusOr<Snapshot> a = DecodeSnapshotJson(doc);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_TRUE(a->Document(0).content_compared);
  EXPECT_TRUE(a->Document(0).changes_observed);
  EXPECT_EQ(a->Flags(2), kFlagRepeated | kFlagTextChanged);
  std::string text = EncodeSnapshotJson(*a);
  EXPECT_NE(text.find(R"("contentCompared":true)"), std::string::npos) << text;
  EXPECT_NE(text.find(R"("repeated")"), std::string::npos) << text;
  std::vector<uint8_t> bin = EncodeSnapshotBinary(*a);
  StatusOr<Snapshot> b = DecodeSnapshotBinary(bin.data(), bin.size());
  ASSERT_TRUE(b.ok()) << b.status().message();
  EXPECT_TRUE(b->Document(0).content_compared);
  EXPECT_EQ(EncodeSnapshotJson(*b), text);
  StatusOr<Snapshot> absent = DecodeSnapshotJson(Wrap(R"({"tag":"a"})"));
  ASSERT_TRUE(absent.ok());
  EXPECT_FALSE(absent->Document(0).content_compared);
  StatusOr<Snapshot> bad = DecodeSnapshotJson(
      R"({"format":"seamkit-a11y-snapshot","version":1,"root":{"kind":"document",)"
      R"("contentCompared":"yes"}})");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("contentCompared"), std::string::npos);
}

TEST(SnapshotJson, BackgroundGradientSurvivesBothFormats) {
  StatusOr<Snapshot> a = DecodeSnapshotJson(Wrap(
      R"j({"tag":"p","style":{"backgroundGradient":"linear-gradient(red, blue)"}})j"));
  ASSERT_TRUE(a.ok()) << a.status().message();
  NodeId p = a->size() - 1;
  EXPECT_EQ(a->String(a->Style(p).background_gradient), "linear-gradient(red, blue)");
  EXPECT_TRUE(a->Style(p).background_image);  // a gradient is a background image
  std::string text = EncodeSnapshotJson(*a);
  std::vector<uint8_t> bin = EncodeSnapshotBinary(*a);
  StatusOr<Snapshot> b = DecodeSnapshotBinary(bin.data(), bin.size());
  ASSERT_TRUE(b.ok()) << b.status().message();
  EXPECT_EQ(EncodeSnapshotJson(*b), text);
  EXPECT_EQ(b->String(b->Style(p).background_gradient), "linear-gradient(red, blue)");
  StatusOr<Snapshot> bad = DecodeSnapshotJson(Wrap(R"({"tag":"p","style":{"backgroundGradient":1}})"));
  ASSERT_FALSE(bad.ok());
}

TEST(SnapshotJson, MediaProbeRecordsSurviveBothFormats) {
  StatusOr<Snapshot> a = DecodeSnapshotJson(Wrap(
      R"j({"tag":"body","children":[)j"
      R"j({"tag":"video","media":{"status":"measured","url":"http://h/v.mp4#t=1,9",)j"
      R"j("duration":13.5,"audible":[[0.25,4],[4.5,13.5]]}},)j"
      R"j({"tag":"p"},)j"
      R"j({"tag":"audio","media":{"status":"cross-origin","url":"http://x/a.mp3"}}]})j"));
  ASSERT_TRUE(a.ok()) << a.status().message();
  const MediaInfo* v = a->Media(1);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->status, MediaStatus::kMeasured);
  EXPECT_EQ(a->String(v->url), "http://h/v.mp4#t=1,9");
  EXPECT_FLOAT_EQ(v->duration, 13.5f);
  ASSERT_EQ(a->AudibleSpans(*v).size(), 2u);
  EXPECT_FLOAT_EQ(a->AudibleSpans(*v)[1].start, 4.5f);
  EXPECT_EQ(a->Media(2), nullptr);  // the <p>
  ASSERT_NE(a->Media(3), nullptr);
  EXPECT_EQ(a->Media(3)->status, MediaStatus::kCrossOrigin);
  EXPECT_TRUE(a->AudibleSpans(*a->Media(3)).empty());
  std::string text = EncodeSnapshotJson(*a);
  std::vector<uint8_t> bin = EncodeSnapshotBinary(*a);
  StatusOr<Snapshot> b = DecodeSnapshotBinary(bin.data(), bin.size());
  ASSERT_TRUE(b.ok()) << b.status().message();
  EXPECT_EQ(EncodeSnapshotJson(*b), text);
  StatusOr<Snapshot> c = DecodeSnapshotJson(text);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(EncodeSnapshotJson(*c), text);
  EXPECT_NE(text.find(R"("audible":[[0.25,4],[4.5,13.5]])"), std::string::npos) << text;
}

TEST(SnapshotJson, ImageBackdropRecordsSurviveBothFormats) {
  StatusOr<Snapshot> a = DecodeSnapshotJson(Wrap(
      R"j({"tag":"div","children":[{"tag":"p","imageBackdrops":[)j"
      R"j({"image":0,"darkest":"#000000","lightest":"#8A6A40","uncovered":true}],)j"
      R"j("children":["Black hole sun"]}]})j"));
  ASSERT_TRUE(a.ok()) << a.status().message();
  const ImageBackdrop* b = a->Backdrop(1, 0);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->darkest, 0u);
  EXPECT_EQ(b->lightest, 0x8A6A40u);
  EXPECT_TRUE(b->uncovered);
  EXPECT_EQ(a->Backdrop(1, 1), nullptr);
  EXPECT_EQ(a->Backdrop(0, 0), nullptr);
  std::string text = EncodeSnapshotJson(*a);
  EXPECT_NE(text.find(R"("imageBackdrops":[{"image":0,"darkest":"#000000",)"
                      R"("lightest":"#8a6a40","uncovered":true}])"),
            std::string::npos)
      << text;
  std::vector<uint8_t> bin = EncodeSnapshotBinary(*a);
  StatusOr<Snapshot> c = DecodeSnapshotBinary(bin.data(), bin.size());
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(EncodeSnapshotJson(*c), text);
  const char* bad[] = {
      R"({"tag":"p","imageBackdrops":{}})",
      R"({"tag":"p","imageBackdrops":[{"image":0,"darkest":"#000","lightest":"#ffffff"}]})",
      R"({"tag":"p","imageBackdrops":[{"image":0,"darkest":"#00000g","lightest":"#ffffff"}]})",
      R"({"tag":"p","imageBackdrops":[{"image":-1,"darkest":"#000000","lightest":"#ffffff"}]})",
      R"({"tag":"p","imageBackdrops":[{"image":0,"darkest":"#000000","lightest":"#ffffff",)"
      R"("uncovered":1}]})",
      R"({"tag":"p","imageBackdrops":[{"image":0,"darkest":"#000000","lightest":"#ffffff",)"
      R"("x":1}]})",
      // image 1 is a text node, not an element
      R"({"tag":"p","imageBackdrops":[{"image":1,"darkest":"#000000","lightest":"#ffffff"}],)"
      R"("children":["x"]})",
      // not in increasing order
      R"({"tag":"div","children":[{"tag":"p","imageBackdrops":[)"
      R"({"image":2,"darkest":"#000000","lightest":"#ffffff"},)"
      R"({"image":1,"darkest":"#000000","lightest":"#ffffff"}]}]})",
  };
  for (const char* c : bad) {
    StatusOr<Snapshot> s = DecodeSnapshotJson(Wrap(c));
    ASSERT_FALSE(s.ok()) << c;
    EXPECT_EQ(s.status().code(), ErrorCode::kMalformed) << c;
  }
}

TEST(SnapshotJson, TenThousandDeepDecodesAndEncodesIteratively) {
  const int kDepth = 10000;
  std::string text = Wrap("");
  text.resize(text.size() - 1);  // drop "}" to append the root
  for (int i = 0; i < kDepth; ++i) text += R"({"tag":"div","children":[)";
  text += R"("leaf")";
  for (int i = 0; i < kDepth; ++i) text += "]}";
  text += "}";
  StatusOr<Snapshot> s = DecodeSnapshotJson(text);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->size(), uint32_t{kDepth} + 1);
  EXPECT_EQ(s->Depth(kDepth), uint32_t{kDepth});
  EXPECT_EQ(s->Text(kDepth), "leaf");
  std::string again = EncodeSnapshotJson(*s);
  StatusOr<Snapshot> t = DecodeSnapshotJson(again);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->Depth(kDepth), uint32_t{kDepth});
}

struct BadJson {
  const char* name;
  std::string text;
  ErrorCode code;
};

TEST(SnapshotJson, RejectsBadDocumentsWithTypedErrors) {
  const BadJson cases[] = {
      {"not json", "{\"format\":", ErrorCode::kParse},
      {"wrong format", R"({"format":"x","version":1,"root":{"tag":"a"}})",
       ErrorCode::kMalformed},
      {"wrong version",
       R"({"format":"seamkit-a11y-snapshot","version":2,"root":{"tag":"a"}})",
       ErrorCode::kMalformed},
      {"unknown key", Wrap(R"({"tag":"a","atrs":{}})"), ErrorCode::kMalformed},
      {"unknown style", Wrap(R"({"tag":"a","style":{"colour":"red"}})"),
       ErrorCode::kMalformed},
      {"bad keyword", Wrap(R"({"tag":"a","style":{"visibility":"gone"}})"),
       ErrorCode::kMalformed},
      {"attr not string", Wrap(R"({"tag":"a","attrs":{"x":1}})"),
       ErrorCode::kMalformed},
      {"opacity above 1", Wrap(R"({"tag":"a","style":{"opacity":2}})"),
       ErrorCode::kMalformed},
      {"negative box", Wrap(R"({"tag":"a","box":[0,0,-1,0]})"),
       ErrorCode::kMalformed},
      {"slot to non-slot",
       Wrap(R"({"tag":"a","shadowRoot":{"children":[{"tag":"b"}]},)"
            R"("children":[{"tag":"i","slot":2}]})"),
       ErrorCode::kMalformed},
      {"slot out of range", Wrap(R"({"tag":"a","children":[{"tag":"i","slot":99}]})"),
       ErrorCode::kMalformed},
      {"nested document", Wrap(R"({"tag":"a","children":[{"kind":"document"}]})"),
       ErrorCode::kMalformed},
      {"frame with children",
       Wrap(R"({"tag":"iframe","contentDocument":{"kind":"opaque-frame"},)"
            R"("children":["x"]})"),
       ErrorCode::kMalformed},
      {"text root", Wrap(R"("just text")"), ErrorCode::kMalformed},
      {"media status", Wrap(R"({"tag":"video","media":{"status":"loud"}})"),
       ErrorCode::kMalformed},
      {"media key", Wrap(R"({"tag":"video","media":{"status":"measured","len":1}})"),
       ErrorCode::kMalformed},
      {"span past the end",
       Wrap(R"({"tag":"video","media":{"status":"measured","duration":2,"audible":[[1,3]]}})"),
       ErrorCode::kMalformed},
      {"spans out of order",
       Wrap(R"({"tag":"video","media":{"status":"measured","duration":9,)"
            R"("audible":[[4,5],[1,2]]}})"),
       ErrorCode::kMalformed},
      {"spans without a measurement",
       Wrap(R"({"tag":"video","media":{"status":"load-failed","audible":[[0,1]]}})"),
       ErrorCode::kMalformed},
      {"negative duration",
       Wrap(R"({"tag":"video","media":{"status":"measured","duration":-1}})"),
       ErrorCode::kMalformed},
      {"span not a pair",
       Wrap(R"({"tag":"video","media":{"status":"measured","duration":9,"audible":[[1]]}})"),
       ErrorCode::kMalformed},
      {"huge text", std::string(kMaxSnapshotBytes + 1, ' '),
       ErrorCode::kLimitExceeded},
  };
  for (const BadJson& c : cases) {
    StatusOr<Snapshot> s = DecodeSnapshotJson(c.text);
    ASSERT_FALSE(s.ok()) << c.name;
    EXPECT_EQ(s.status().code(), c.code) << c.name << ": " << s.status().message();
  }
}

TEST(SnapshotJson, RejectsTreesDeeperThanTheLimit) {
  std::string text = Wrap("");
  text.resize(text.size() - 1);
  const uint32_t kTooDeep = kMaxDepth + 1;
  for (uint32_t i = 0; i <= kTooDeep; ++i) text += R"({"tag":"b","children":[)";
  for (uint32_t i = 0; i <= kTooDeep; ++i) text += "]}";
  text += "}";
  StatusOr<Snapshot> s = DecodeSnapshotJson(text);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), ErrorCode::kLimitExceeded) << s.status().message();
}

}  // namespace
}  // namespace seamkit::a11y
