#include "core/a11y/visibility.h"

#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;

TEST(ClipIsEmpty, ZeroAreaRectsAreEmpty) {
  EXPECT_TRUE(ClipIsEmpty("rect(0px, 0px, 0px, 0px)"));
  EXPECT_TRUE(ClipIsEmpty("rect(1px 1px 1px 1px)"));
  EXPECT_FALSE(ClipIsEmpty("rect(0px, 10px, 10px, 0px)"));
  EXPECT_FALSE(ClipIsEmpty("rect(auto, auto, auto, auto)"));
  EXPECT_FALSE(ClipIsEmpty(""));
}

TEST(ClipPathIsEmpty, InsetHalfAndZeroCircle) {
  EXPECT_TRUE(ClipPathIsEmpty("inset(50%)"));
  EXPECT_TRUE(ClipPathIsEmpty("circle(0px at 50% 50%)"));
  EXPECT_FALSE(ClipPathIsEmpty("inset(10%)"));
  EXPECT_FALSE(ClipPathIsEmpty("circle(5px)"));
}

TEST(NodeStates, DisplayNoneHidesTheWholeSubtree) {
  Dom d;
  NodeId div = d.El(d.body, "div");
  d.Style(div).display = Display::kNone;
  NodeId inner = d.El(div, "span");
  d.Style(inner).display = Display::kBlock;
  NodeId t = d.Text(inner, "x");
  Snapshot s = d.Build();
  AuditContext ctx(s);
  EXPECT_FALSE(ctx.IsIncludedInAccessibilityTree(inner));
  EXPECT_FALSE(ctx.IsVisible(t));
  EXPECT_FALSE(ctx.IsRendered(inner));
}

TEST(NodeStates, AriaHiddenExcludesButStaysVisible) {
  Dom d;
  NodeId div = d.El(d.body, "div", {{"aria-hidden", " TRUE "}});
  NodeId t = d.Text(div, "seen");
  Snapshot s = d.Build();
  AuditContext ctx(s);
  EXPECT_FALSE(ctx.IsIncludedInAccessibilityTree(t));
  EXPECT_TRUE(ctx.IsVisible(t));
}

TEST(NodeStates, VisibilityHiddenChildCanBeVisibleAgain) {
  Dom d;
  NodeId div = d.El(d.body, "div");
  d.Style(div).visibility = Visibility::kHidden;
  NodeId a = d.Text(div, "hidden");
  NodeId inner = d.El(div, "span");  // visibility: visible overrides
  NodeId b = d.Text(inner, "shown");
  Snapshot s = d.Build();
  AuditContext ctx(s);
  EXPECT_FALSE(ctx.IsVisible(a));
  EXPECT_FALSE(ctx.IsIncludedInAccessibilityTree(a));
  EXPECT_TRUE(ctx.IsVisible(b));
  EXPECT_TRUE(ctx.IsIncludedInAccessibilityTree(b));
}

TEST(NodeStates, OpacityProductZeroAndClipHide) {
  Dom d;
  NodeId a = d.El(d.body, "div");
  d.Style(a).opacity = 0.0f;
  NodeId ta = d.Text(a, "transparent");
  NodeId c = d.El(d.body, "div");
  d.Style(c).position = Position::kAbsolute;
  d.Style(c).clip = d.Intern("rect(0px, 0px, 0px, 0px)");
  NodeId tc = d.Text(c, "clipped");
  Snapshot s = d.Build();
  AuditContext ctx(s);
  EXPECT_FALSE(ctx.IsVisible(ta));
  EXPECT_TRUE(ctx.IsIncludedInAccessibilityTree(ta));
  EXPECT_FALSE(ctx.IsVisible(tc));
  EXPECT_TRUE(ctx.IsIncludedInAccessibilityTree(tc));
}

TEST(NodeStates, OffScreenAndEmptyOverflowHiddenBoxes) {
  Dom d;
  NodeId off = d.El(d.body, "div");
  d.Data(off).box = {-10000, 0, 100, 20};
  NodeId toff = d.Text(off, "far left");
  NodeId zero = d.El(d.body, "div");
  d.Data(zero).box = {0, 0, 0, 0};
  d.Style(zero).overflow_x = Overflow::kHidden;
  NodeId tz = d.Text(zero, "squashed");
  NodeId spill = d.El(d.body, "div");  // empty box, overflow visible
  d.Data(spill).box = {0, 0, 0, 0};
  NodeId ts = d.Text(spill, "spills");
  NodeId ws = d.Text(d.body, "   ");
  Snapshot s = d.Build();
  AuditContext ctx(s);
  EXPECT_FALSE(ctx.IsVisible(toff));
  EXPECT_FALSE(ctx.IsVisible(tz));
  EXPECT_TRUE(ctx.IsVisible(ts));
  EXPECT_TRUE(ctx.IsVisible(spill));  // through its visible text
  EXPECT_FALSE(ctx.IsVisible(ws));
}

TEST(NodeStates, UnslottedLightChildrenAreNotRendered) {
  Dom d;
  NodeId host = d.El(d.body, "div");
  NodeId root = d.builder().AddShadowRoot(host);
  d.El(root, "p");
  NodeId light = d.El(host, "span");
  Snapshot s = d.Build();
  AuditContext ctx(s);
  EXPECT_FALSE(ctx.IsRendered(light));
  EXPECT_FALSE(ctx.IsIncludedInAccessibilityTree(light));
}

TEST(SequentialFocus, TabindexDisabledAndInert) {
  Dom d;
  NodeId a = d.El(d.body, "a", {{"href", "/"}});
  d.Focusable(a);
  NodeId neg = d.El(d.body, "div");
  d.builder().SetFlags(neg, kFlagFocusable);
  d.Data(neg).tabindex = -1;
  NodeId dis = d.El(d.body, "button");
  d.builder().SetFlags(dis, kFlagFocusable | kFlagDisabled);
  NodeId inert = d.El(d.body, "div");
  d.builder().SetFlags(inert, kFlagInert);
  NodeId in = d.El(inert, "button");
  d.Focusable(in);
  Snapshot s = d.Build();
  AuditContext ctx(s);
  EXPECT_TRUE(ctx.IsInSequentialFocusNavigation(a));
  EXPECT_FALSE(ctx.IsInSequentialFocusNavigation(neg));
  EXPECT_FALSE(ctx.IsInSequentialFocusNavigation(dis));
  EXPECT_FALSE(ctx.IsInSequentialFocusNavigation(in));
}

TEST(AuditContextRoles, PresentationConflictResolution) {
  Dom d;
  NodeId plain = d.El(d.body, "img", {{"role", "none"}});
  NodeId focus = d.El(d.body, "img", {{"role", "none"}});
  d.Focusable(focus);
  NodeId global = d.El(d.body, "nav", {{"role", "presentation"}, {"aria-label", "x"}});
  NodeId fallback = d.El(d.body, "div", {{"role", "foo button"}});
  Snapshot s = d.Build();
  AuditContext ctx(s);
  EXPECT_EQ(ctx.Role(plain), "none");
  EXPECT_EQ(ctx.Role(focus), "img");
  EXPECT_EQ(ctx.Role(global), "navigation");
  EXPECT_EQ(ctx.Role(fallback), "button");
}

TEST(AuditContextLanguage, InheritsNearestLangAndDocumentLanguage) {
  DocumentInfo info;
  SnapshotBuilder b;
  info.lang = b.Intern("fr");
  NodeId doc = b.AddDocument(kNoNode, info);
  NodeId html = b.AddElement(doc, "html");
  b.AddAttribute("lang", "fr");
  NodeId p = b.AddElement(html, "p");
  b.AddAttribute("lang", "de-CH");
  NodeId t = b.AddText(p, "Grüezi");
  NodeId q = b.AddElement(html, "q");
  StatusOr<Snapshot> s = std::move(b).Finish();
  ASSERT_TRUE(s.ok());
  AuditContext ctx(*s);
  EXPECT_EQ(ctx.Language(t), "de-CH");
  EXPECT_EQ(ctx.Language(q), "fr");
  EXPECT_EQ(ctx.DocumentLanguage(q), "fr");
}

TEST(NodeStates, DeepTreeIsLinear) {
  Dom d;
  NodeId cur = d.body;
  for (int i = 0; i < 20000; ++i) cur = d.El(cur, "div");
  NodeId t = d.Text(cur, "bottom");
  Snapshot s = d.Build();
  AuditContext ctx(s);
  EXPECT_TRUE(ctx.IsVisible(t));
  EXPECT_TRUE(ctx.IsIncludedInAccessibilityTree(t));
}

}  // namespace
}  // namespace seamkit::a11y
