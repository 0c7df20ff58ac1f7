// Every registered rule on the deep and wide DOMs the browser collector
// produces: no recursion tied to DOM depth, results serialise.
#include <gtest/gtest.h>

#include <string>

#include "core/a11y/engine.h"
#include "core/a11y/results_json.h"
#include "core/a11y/snapshot.h"

namespace seamkit::a11y {
namespace {

const RuleResult* Find(const AuditResults& r, std::string_view id) {
  for (const RuleResult& x : r.rules) {
    if (x.info->id == id) return &x;
  }
  return nullptr;
}

// html > body > (div > span)^(depth/2) > img (no alt), style defaults.
Snapshot DeepChain(int depth) {
  SnapshotBuilder b;
  NodeId doc = b.AddDocument(kNoNode);
  NodeId html = b.AddElement(doc, "html");
  b.AddAttribute("lang", "en");
  NodeId body = b.AddElement(html, "body");
  b.Element(body).style.display = Display::kBlock;
  NodeId n = body;
  for (int i = 0; i < depth; ++i) {
    n = b.AddElement(n, i % 2 == 0 ? "div" : "span");
    b.Element(n).box = {0, 0, 10, 10};
  }
  NodeId img = b.AddElement(n, "img");
  b.AddAttribute("src", "x.png");
  b.Element(img).box = {0, 0, 10, 10};
  StatusOr<Snapshot> s = std::move(b).Finish();
  EXPECT_TRUE(s.ok()) << s.status().message();
  return std::move(s).value();
}

TEST(RunAuditScale, TenThousandDeepRunsEveryRuleWithoutRecursion) {
  Snapshot s = DeepChain(10000);
  StatusOr<AuditResults> r = RunAudit(s);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const RuleResult* img = Find(*r, "image-alt");
  ASSERT_NE(img, nullptr);
  EXPECT_EQ(img->outcome, Outcome::kFailed);
  ASSERT_EQ(img->nodes.size(), 1u);
  EXPECT_EQ(img->nodes[0].node, s.size() - 1);
  EXPECT_FALSE(ResultsToJson(*r).empty());
}

TEST(RunAuditScale, TwentyThousandElementsWide) {
  SnapshotBuilder b;
  NodeId doc = b.AddDocument(kNoNode);
  NodeId html = b.AddElement(doc, "html");
  NodeId body = b.AddElement(html, "body");
  for (int i = 0; i < 2000; ++i) {
    NodeId section = b.AddElement(body, "section");
    for (int k = 0; k < 9; ++k) {
      NodeId e = b.AddElement(section, k == 4 ? "img" : "span");
      b.Element(e).box = {0, 0, 10, 10};
      if (k == 8) b.AddText(e, "x");
    }
  }
  StatusOr<Snapshot> s = std::move(b).Finish();
  ASSERT_TRUE(s.ok()) << s.status().message();
  StatusOr<AuditResults> r = RunAudit(*s, {.rules = {"image-alt"}});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->rules.at(0).nodes.size(), 2000u);
}

}  // namespace
}  // namespace seamkit::a11y
