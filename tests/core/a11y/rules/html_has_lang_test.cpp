// html-has-lang (ACT b5c3f8): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Attrs;
using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "html-has-lang";

Outcome HtmlOutcome(Attrs attrs) {
  Dom d(attrs);
  Snapshot s = d.Build();
  return NodeOutcome(RunRule(s, kRule), d.html);
}

TEST(HtmlHasLang, LangAttributePasses) {
  EXPECT_EQ(HtmlOutcome({{"lang", "fr"}}), Outcome::kPassed);
}

TEST(HtmlHasLang, MissingBlankOrXmlLangOnlyFails) {
  EXPECT_EQ(HtmlOutcome({}), Outcome::kFailed);
  EXPECT_EQ(HtmlOutcome({{"lang", " \t"}}), Outcome::kFailed);
  EXPECT_EQ(HtmlOutcome({{"xml:lang", "en"}}), Outcome::kFailed);
}

TEST(HtmlHasLang, FramesAreNotJudged) {
  Dom d;
  NodeId inner = d.builder().AddDocument(d.El(d.body, "iframe"), {});
  NodeId frame_html = d.El(inner, "html");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, frame_html), Outcome::kInapplicable);
  EXPECT_EQ(r.nodes.size(), 1u);
}

TEST(HtmlHasLang, SvgDocumentIsInapplicable) {
  SnapshotBuilder b;
  DocumentInfo info;
  info.content_type = b.Intern("image/svg+xml");
  b.AddElement(b.AddDocument(kNoNode, info), "svg", Namespace::kSvg);
  StatusOr<Snapshot> s = std::move(b).Finish();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(RunRule(*s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y
