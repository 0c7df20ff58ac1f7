// document-title (ACT 2779a5): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "document-title";

TEST(DocumentTitle, TitleWithTextPasses) {
  Dom d;
  NodeId head = d.El(d.html, "head");
  d.Text(d.El(head, "title"), "Clementine");
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), d.html), Outcome::kPassed);
}

TEST(DocumentTitle, MissingTitleFails) {
  Dom d;
  d.El(d.html, "head");
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), d.html), Outcome::kFailed);
}

TEST(DocumentTitle, FirstTitleDecidesEvenIfALaterOneHasText) {
  Dom d;
  NodeId head = d.El(d.html, "head");
  d.Text(d.El(head, "title"), "  \n ");
  d.Text(d.El(head, "title"), "Second");
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), d.html), Outcome::kFailed);
}

TEST(DocumentTitle, TitleInsideAFrameDoesNotCount) {
  Dom d;
  NodeId frame = d.El(d.body, "iframe");
  NodeId inner = d.builder().AddDocument(frame, {});
  NodeId html = d.El(inner, "html");
  d.Text(d.El(d.El(html, "head"), "title"), "Frame title");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, d.html), Outcome::kFailed);
  EXPECT_EQ(r.nodes.size(), 1u);
}

TEST(DocumentTitle, NonHtmlDocumentIsInapplicable) {
  SnapshotBuilder b;
  DocumentInfo info;
  info.content_type = b.Intern("image/svg+xml");
  NodeId doc = b.AddDocument(kNoNode, info);
  b.AddElement(doc, "svg", Namespace::kSvg);
  StatusOr<Snapshot> s = std::move(b).Finish();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(RunRule(*s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y
