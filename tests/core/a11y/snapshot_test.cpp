#include "core/a11y/snapshot.h"

#include <gtest/gtest.h>

#include <vector>

namespace seamkit::a11y {
namespace {

// document > html > body > [div#a > "hi", host(shadow > span#a > slot), p]
struct Sample {
  NodeId doc, html, body, div, text, host, shadow, inner, slot, light, p;
};

StatusOr<Snapshot> BuildSample(Sample* s) {
  SnapshotBuilder b;
  DocumentInfo info;
  info.lang = b.Intern("en");
  s->doc = b.AddDocument(kNoNode, info);
  s->html = b.AddElement(s->doc, "html");
  b.AddAttribute("lang", "en");
  s->body = b.AddElement(s->html, "body");
  s->div = b.AddElement(s->body, "div");
  b.AddAttribute("id", "a");
  b.AddAttribute("class", "x");
  s->text = b.AddText(s->div, "hi");
  s->host = b.AddElement(s->body, "my-host");
  s->shadow = b.AddShadowRoot(s->host);
  s->inner = b.AddElement(s->shadow, "span");
  b.AddAttribute("id", "a");
  s->slot = b.AddElement(s->inner, "slot");
  s->light = b.AddElement(s->host, "b");
  b.AssignSlot(s->light, s->slot);
  s->p = b.AddElement(s->body, "p");
  b.Element(s->p).style.display = Display::kNone;
  b.Element(s->p).tabindex = 0;
  b.SetFlags(s->p, kFlagFocusable);
  return std::move(b).Finish();
}

std::vector<NodeId> Collect(auto range) {
  std::vector<NodeId> v;
  for (NodeId n : range) v.push_back(n);
  return v;
}

TEST(Snapshot, BuilderProducesPreOrderTreeWithAccessors) {
  Sample s;
  StatusOr<Snapshot> snap = BuildSample(&s);
  ASSERT_TRUE(snap.ok()) << snap.status().message();
  EXPECT_EQ(snap->size(), 11u);
  EXPECT_EQ(snap->Tag(s.div), "div");
  EXPECT_EQ(snap->Text(s.text), "hi");
  EXPECT_EQ(snap->Tag(s.text), "");
  EXPECT_EQ(snap->Attr(s.div, "class"), "x");
  EXPECT_FALSE(snap->Attr(s.div, "title").has_value());
  EXPECT_FALSE(snap->HasAttr(s.div, "never-interned"));
  EXPECT_EQ(snap->Parent(s.text), s.div);
  EXPECT_EQ(snap->Depth(s.text), 4u);
  EXPECT_EQ(Collect(snap->Children(s.body)),
            (std::vector<NodeId>{s.div, s.host, s.p}));
  EXPECT_EQ(Collect(snap->Children(s.host)),
            (std::vector<NodeId>{s.shadow, s.light}));
  EXPECT_EQ(Collect(snap->Ancestors(s.text)),
            (std::vector<NodeId>{s.div, s.body, s.html, s.doc}));
  EXPECT_EQ(Collect(snap->PreOrder(s.host)),
            (std::vector<NodeId>{s.host, s.shadow, s.inner, s.slot, s.light}));
  EXPECT_TRUE(snap->IsAncestorOf(s.body, s.slot));
  EXPECT_FALSE(snap->IsAncestorOf(s.div, s.host));
  EXPECT_EQ(snap->DocumentLang(s.doc), "en");
  EXPECT_EQ(snap->Style(s.p).display, Display::kNone);
  EXPECT_EQ(snap->Style(s.div).display, Display::kInline);
  EXPECT_EQ(snap->TabIndex(s.p), 0);
  EXPECT_FALSE(snap->TabIndex(s.div).has_value());
  EXPECT_TRUE(snap->IsFocusable(s.p));
  EXPECT_FALSE(snap->IsFocusable(s.div));
}

TEST(Snapshot, GetElementByIdIsScopedToDocumentOrShadowRoot) {
  Sample s;
  StatusOr<Snapshot> snap = BuildSample(&s);
  ASSERT_TRUE(snap.ok());
  EXPECT_EQ(snap->GetElementById(s.doc, "a"), s.div);
  EXPECT_EQ(snap->GetElementById(s.shadow, "a"), s.inner);
  EXPECT_EQ(snap->GetElementById(snap->ScopeOf(s.slot), "a"), s.inner);
  EXPECT_EQ(snap->GetElementById(s.light, "a"), s.div);  // light DOM scope
  EXPECT_EQ(snap->GetElementById(s.doc, "missing"), kNoNode);
  EXPECT_EQ(snap->GetElementById(s.doc, ""), kNoNode);
}

TEST(Snapshot, ShadowTreeLinksAndFlatChildren) {
  Sample s;
  StatusOr<Snapshot> snap = BuildSample(&s);
  ASSERT_TRUE(snap.ok());
  EXPECT_EQ(snap->ShadowRootOf(s.host), s.shadow);
  EXPECT_EQ(snap->ShadowRootOf(s.div), kNoNode);
  EXPECT_EQ(snap->ShadowHost(s.shadow), s.host);
  EXPECT_TRUE(snap->IsInShadowTree(s.inner));
  EXPECT_FALSE(snap->IsInShadowTree(s.light));
  EXPECT_EQ(snap->OwnerDocument(s.slot), s.doc);
  EXPECT_EQ(snap->AssignedSlot(s.light), s.slot);
  ASSERT_EQ(snap->AssignedNodes(s.slot).size(), 1u);
  std::vector<NodeId> flat;
  snap->FlatChildren(s.host, &flat);
  EXPECT_EQ(flat, std::vector<NodeId>{s.inner});
  snap->FlatChildren(s.slot, &flat);
  EXPECT_EQ(flat, std::vector<NodeId>{s.light});
}

TEST(Snapshot, IframeDocumentIsItsOwnerOnlyChildAndScope) {
  SnapshotBuilder b;
  NodeId doc = b.AddDocument(kNoNode);
  NodeId frame = b.AddElement(doc, "iframe");
  NodeId inner = b.AddDocument(frame);
  NodeId el = b.AddElement(inner, "html");
  b.AddAttribute("id", "x");
  NodeId other = b.AddElement(doc, "iframe");
  NodeId opaque = b.AddOpaqueFrame(other);
  StatusOr<Snapshot> snap = std::move(b).Finish();
  ASSERT_TRUE(snap.ok()) << snap.status().message();
  EXPECT_EQ(snap->ContentDocument(frame), inner);
  EXPECT_EQ(snap->ContentDocument(other), opaque);
  EXPECT_EQ(snap->OwnerDocument(el), inner);
  EXPECT_EQ(snap->GetElementById(inner, "x"), el);
  EXPECT_EQ(snap->GetElementById(doc, "x"), kNoNode);
}

TEST(StringPool, InterningDedupesAndFindsWithoutAdding) {
  StringPool pool;
  StringId a = pool.Intern("alt");
  StringId b = pool.Intern("title");
  EXPECT_EQ(pool.Intern("alt"), a);
  EXPECT_NE(a, b);
  EXPECT_EQ(pool.size(), 2u);
  EXPECT_EQ(pool.Get(b), "title");
  EXPECT_EQ(pool.Find("alt"), a);
  EXPECT_FALSE(pool.Find("role").has_value());
  EXPECT_EQ(pool.size(), 2u);
  EXPECT_EQ(pool.Get(kNoString), "");
  StringPool copy = pool;
  EXPECT_EQ(copy.Find("title"), b);
  for (int i = 0; i < 1000; ++i) pool.Intern("s" + std::to_string(i % 10));
  EXPECT_EQ(pool.size(), 12u);  // storage growth keeps earlier views valid
  EXPECT_EQ(pool.Get(a), "alt");
}

TEST(Snapshot, SameStringsShareOneIdAcrossNodes) {
  SnapshotBuilder b;
  NodeId root = b.AddElement(kNoNode, "div");
  for (int i = 0; i < 100; ++i) {
    b.AddElement(root, "span");
    b.AddAttribute("class", "item");
  }
  StatusOr<Snapshot> snap = std::move(b).Finish();
  ASSERT_TRUE(snap.ok());
  EXPECT_EQ(snap->strings().size(), 4u);  // div, span, class, item
  EXPECT_EQ(snap->TagId(1), snap->TagId(100));
}

}  // namespace
}  // namespace seamkit::a11y
