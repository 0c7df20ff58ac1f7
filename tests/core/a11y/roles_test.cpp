// Explicit role resolution and HTML-AAM implicit roles, on a small fake
// element tree and once through the DOM snapshot adapter.
#include "core/a11y/roles.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/a11y/snapshot.h"

namespace seamkit::a11y {
namespace {

class FakeTree final : public ElementTree {
 public:
  using Attrs = std::vector<std::pair<std::string, std::string>>;
  uint32_t Add(uint32_t parent, std::string tag, Attrs attrs = {},
               ElementNamespace ns = ElementNamespace::kHtml) {
    nodes_.push_back({std::move(tag), ns, std::move(attrs), parent, {}});
    uint32_t id = static_cast<uint32_t>(nodes_.size() - 1);
    if (parent != kNoElement) nodes_[parent].children.push_back(id);
    return id;
  }
  std::string_view Tag(uint32_t n) const override { return nodes_[n].tag; }
  ElementNamespace NamespaceOf(uint32_t n) const override {
    return nodes_[n].ns;
  }
  std::optional<std::string_view> Attr(uint32_t n,
                                       std::string_view name) const override {
    for (const auto& [k, v] : nodes_[n].attrs) {
      if (k == name) return std::string_view(v);
    }
    return std::nullopt;
  }
  uint32_t ParentElement(uint32_t n) const override { return nodes_[n].parent; }
  uint32_t FirstChildElement(uint32_t n) const override {
    const auto& c = nodes_[n].children;
    return c.empty() ? kNoElement : c.front();
  }
  uint32_t NextSiblingElement(uint32_t n) const override {
    uint32_t p = nodes_[n].parent;
    if (p == kNoElement) return kNoElement;
    const auto& c = nodes_[p].children;
    for (size_t i = 0; i + 1 < c.size(); ++i) {
      if (c[i] == n) return c[i + 1];
    }
    return kNoElement;
  }

 private:
  struct Node {
    std::string tag;
    ElementNamespace ns;
    Attrs attrs;
    uint32_t parent;
    std::vector<uint32_t> children;
  };
  std::vector<Node> nodes_;
};

constexpr uint32_t kRootless = ElementTree::kNoElement;

// The implicit role of a lone element. Role names live in static storage,
// so the view outlives the tree.
std::string_view Lone(std::string tag, FakeTree::Attrs attrs = {},
                      bool named = false) {
  FakeTree tree;
  uint32_t n = tree.Add(kRootless, std::move(tag), std::move(attrs));
  return ImplicitRole(tree, n, named);
}

TEST(ResolveExplicitRole, TakesFirstValidNonAbstractToken) {
  EXPECT_EQ(ResolveExplicitRole("button")->name, "button");
  EXPECT_EQ(ResolveExplicitRole("  BUTTON  ")->name, "button");
  EXPECT_EQ(ResolveExplicitRole("foo switch checkbox")->name, "switch");
  EXPECT_EQ(ResolveExplicitRole("widget link")->name, "link");  // abstract
  EXPECT_EQ(ResolveExplicitRole("doc-chapter")->name, "doc-chapter");
  EXPECT_EQ(ResolveExplicitRole("graphics-symbol")->name, "graphics-symbol");
  EXPECT_EQ(ResolveExplicitRole("lnik"), nullptr);
  EXPECT_EQ(ResolveExplicitRole(""), nullptr);
  EXPECT_EQ(ResolveExplicitRole("landmark roletype"), nullptr);
  EXPECT_EQ(ResolveExplicitRole("none presentation")->name, "none");
}

TEST(ImplicitRole, MapsContextFreeHtmlElements) {
  EXPECT_EQ(Lone("button"), "button");
  EXPECT_EQ(Lone("h3"), "heading");
  EXPECT_EQ(Lone("ul"), "list");
  EXPECT_EQ(Lone("menu"), "list");
  EXPECT_EQ(Lone("li"), "listitem");
  EXPECT_EQ(Lone("nav"), "navigation");
  EXPECT_EQ(Lone("main"), "main");
  EXPECT_EQ(Lone("hr"), "separator");
  EXPECT_EQ(Lone("progress"), "progressbar");
  EXPECT_EQ(Lone("output"), "status");
  EXPECT_EQ(Lone("textarea"), "textbox");
  EXPECT_EQ(Lone("fieldset"), "group");
  EXPECT_EQ(Lone("datalist"), "listbox");
  EXPECT_EQ(Lone("div"), "generic");
  EXPECT_EQ(Lone("DIV"), "generic");
  EXPECT_EQ(Lone("summary"), "");
  EXPECT_EQ(Lone("label"), "");
  EXPECT_EQ(Lone("custom-element"), "");
}

TEST(ImplicitRole, LinksNeedHref) {
  EXPECT_EQ(Lone("a", {{"href", ""}}), "link");
  EXPECT_EQ(Lone("a"), "generic");
  EXPECT_EQ(Lone("area", {{"href", "#x"}}), "link");
  EXPECT_EQ(Lone("area"), "");
}

TEST(ImplicitRole, ImagesFollowAlt) {
  EXPECT_EQ(Lone("img", {{"alt", ""}}), "presentation");
  EXPECT_EQ(Lone("img"), "img");
  EXPECT_EQ(Lone("img", {{"alt", "Logo"}}), "img");
}

TEST(ImplicitRole, InputsFollowTypeAndList) {
  EXPECT_EQ(Lone("input"), "textbox");
  EXPECT_EQ(Lone("input", {{"type", "bogus"}}), "textbox");
  EXPECT_EQ(Lone("input", {{"type", "CHECKBOX"}}), "checkbox");
  EXPECT_EQ(Lone("input", {{"type", "radio"}}), "radio");
  EXPECT_EQ(Lone("input", {{"type", "range"}}), "slider");
  EXPECT_EQ(Lone("input", {{"type", "number"}}), "spinbutton");
  EXPECT_EQ(Lone("input", {{"type", "search"}}), "searchbox");
  EXPECT_EQ(Lone("input", {{"type", "search"}, {"list", "l"}}), "combobox");
  EXPECT_EQ(Lone("input", {{"type", "email"}, {"list", "l"}}), "combobox");
  for (const char* t : {"button", "image", "reset", "submit"}) {
    EXPECT_EQ(Lone("input", {{"type", t}}), "button") << t;
  }
  for (const char* t : {"email", "tel", "text", "url"}) {
    EXPECT_EQ(Lone("input", {{"type", t}}), "textbox") << t;
  }
  EXPECT_EQ(Lone("input", {{"type", "password"}}), "");
  EXPECT_EQ(Lone("input", {{"type", "hidden"}}), "");
}

TEST(ImplicitRole, SelectIsListboxWhenMultipleOrTall) {
  EXPECT_EQ(Lone("select"), "combobox");
  EXPECT_EQ(Lone("select", {{"size", "1"}}), "combobox");
  EXPECT_EQ(Lone("select", {{"size", "4"}}), "listbox");
  EXPECT_EQ(Lone("select", {{"size", " +3px"}}), "listbox");
  EXPECT_EQ(Lone("select", {{"size", "junk"}}), "combobox");
  EXPECT_EQ(Lone("select", {{"multiple", ""}}), "listbox");
}

TEST(ImplicitRole, ListItemsNeedAListParent) {
  FakeTree t;
  uint32_t ul = t.Add(kRootless, "ul");
  uint32_t in_ul = t.Add(ul, "li");
  uint32_t in_div = t.Add(t.Add(kRootless, "div"), "li");
  uint32_t in_role_list =
      t.Add(t.Add(kRootless, "div", {{"role", "list"}}), "li");
  EXPECT_EQ(ImplicitRole(t, in_ul, false), "listitem");
  EXPECT_EQ(ImplicitRole(t, in_div, false), "generic");
  EXPECT_EQ(ImplicitRole(t, in_role_list, false), "listitem");
}

TEST(ImplicitRole, SectionAndFormNeedAName) {
  EXPECT_EQ(Lone("section", {}, true), "region");
  EXPECT_EQ(Lone("section", {}, false), "generic");
  EXPECT_EQ(Lone("form", {}, true), "form");
  EXPECT_EQ(Lone("form", {}, false), "generic");
  EXPECT_TRUE(ImplicitRoleDependsOnName("SECTION", ElementNamespace::kHtml));
  EXPECT_FALSE(ImplicitRoleDependsOnName("div", ElementNamespace::kHtml));
}

TEST(ImplicitRole, HeaderAndFooterAreLandmarksOnlyAtPageLevel) {
  FakeTree t;
  uint32_t body = t.Add(kRootless, "body");
  uint32_t header = t.Add(body, "header");
  uint32_t footer = t.Add(body, "footer");
  uint32_t article = t.Add(body, "article");
  uint32_t inner = t.Add(t.Add(article, "div"), "header");
  uint32_t by_role =
      t.Add(t.Add(body, "div", {{"role", "navigation"}}), "footer");
  uint32_t in_main = t.Add(t.Add(body, "main"), "footer");
  EXPECT_EQ(ImplicitRole(t, header, false), "banner");
  EXPECT_EQ(ImplicitRole(t, footer, false), "contentinfo");
  EXPECT_EQ(ImplicitRole(t, inner, false), "generic");
  EXPECT_EQ(ImplicitRole(t, by_role, false), "generic");
  EXPECT_EQ(ImplicitRole(t, in_main, false), "generic");
}

TEST(ImplicitRole, AsideIsComplementaryUnlessNestedAndUnnamed) {
  FakeTree t;
  uint32_t body = t.Add(kRootless, "body");
  uint32_t top = t.Add(body, "aside");
  uint32_t in_main = t.Add(t.Add(body, "main"), "aside");
  uint32_t nested = t.Add(t.Add(body, "section"), "aside");
  EXPECT_EQ(ImplicitRole(t, top, false), "complementary");
  EXPECT_EQ(ImplicitRole(t, in_main, false), "complementary");
  EXPECT_EQ(ImplicitRole(t, nested, false), "generic");
  EXPECT_EQ(ImplicitRole(t, nested, true), "complementary");
}

TEST(ImplicitRole, TableCellsFollowScopeRowAndGrid) {
  FakeTree t;
  uint32_t table = t.Add(kRootless, "table");
  uint32_t head_row = t.Add(t.Add(table, "thead"), "tr");
  uint32_t th_head = t.Add(head_row, "th");
  uint32_t body = t.Add(table, "tbody");
  uint32_t row = t.Add(body, "tr");
  uint32_t th_row = t.Add(row, "th");
  uint32_t td = t.Add(row, "td");
  uint32_t all_th_row = t.Add(body, "tr");
  uint32_t th_only = t.Add(all_th_row, "th");
  uint32_t th_scoped = t.Add(row, "th", {{"scope", "COL"}});
  uint32_t th_rowscope = t.Add(all_th_row, "th", {{"scope", "row"}});
  EXPECT_EQ(ImplicitRole(t, table, false), "table");
  EXPECT_EQ(ImplicitRole(t, body, false), "rowgroup");
  EXPECT_EQ(ImplicitRole(t, row, false), "row");
  EXPECT_EQ(ImplicitRole(t, th_head, false), "columnheader");
  EXPECT_EQ(ImplicitRole(t, th_row, false), "rowheader");
  EXPECT_EQ(ImplicitRole(t, td, false), "cell");
  EXPECT_EQ(ImplicitRole(t, th_only, false), "columnheader");
  EXPECT_EQ(ImplicitRole(t, th_scoped, false), "columnheader");
  EXPECT_EQ(ImplicitRole(t, th_rowscope, false), "rowheader");

  FakeTree g;
  uint32_t grid = g.Add(kRootless, "table", {{"role", "grid"}});
  uint32_t cell = g.Add(g.Add(grid, "tr"), "td");
  EXPECT_EQ(ImplicitRole(g, cell, false), "gridcell");
}

TEST(ImplicitRole, SvgAndMathElements) {
  FakeTree t;
  const auto svg_ns = ElementNamespace::kSvg;
  uint32_t svg = t.Add(kRootless, "svg", {}, svg_ns);
  uint32_t g = t.Add(svg, "g", {}, svg_ns);
  uint32_t rect = t.Add(g, "rect", {}, svg_ns);
  uint32_t fo = t.Add(g, "foreignObject", {}, svg_ns);
  uint32_t link = t.Add(g, "a", {{"xlink:href", "#"}}, svg_ns);
  uint32_t title = t.Add(svg, "title", {}, svg_ns);
  uint32_t math = t.Add(kRootless, "math", {}, ElementNamespace::kMathMl);
  EXPECT_EQ(ImplicitRole(t, svg, false), "graphics-document");
  EXPECT_EQ(ImplicitRole(t, g, false), "group");
  EXPECT_EQ(ImplicitRole(t, rect, false), "graphics-symbol");
  EXPECT_EQ(ImplicitRole(t, fo, false), "group");
  EXPECT_EQ(ImplicitRole(t, link, false), "link");
  EXPECT_EQ(ImplicitRole(t, title, false), "");
  EXPECT_EQ(ImplicitRole(t, math, false), "math");
}

TEST(ResolveRole, PrefersAValidExplicitRole) {
  FakeTree t;
  uint32_t a = t.Add(kRootless, "a", {{"href", "/"}, {"role", "tab"}});
  uint32_t b = t.Add(kRootless, "button", {{"role", "bogus"}});
  EXPECT_EQ(ResolveRole(t, a, false), "tab");
  EXPECT_EQ(ResolveRole(t, b, false), "button");
  EXPECT_EQ(ResolveRole(t, ElementTree::kNoElement, false), "");
}

TEST(SnapshotOverloads, ReadTheSnapshotThroughTheAdapter) {
  SnapshotBuilder b;
  NodeId doc = b.AddDocument(kNoNode);
  NodeId body = b.AddElement(doc, "body");
  NodeId table = b.AddElement(body, "table");
  NodeId tr = b.AddElement(table, "tr");
  NodeId th = b.AddElement(tr, "th");
  b.AddText(th, "Name");
  NodeId td = b.AddElement(tr, "td");
  NodeId header = b.AddElement(body, "header");
  NodeId nav = b.AddElement(body, "nav");
  NodeId inner = b.AddElement(nav, "header");
  NodeId div = b.AddElement(body, "div");
  b.AddAttribute("role", "Checkbox");
  NodeId svg = b.AddElement(body, "svg", Namespace::kSvg);
  StatusOr<Snapshot> s = std::move(b).Finish();
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(ImplicitRole(*s, th, false), "rowheader");  // sibling td
  EXPECT_EQ(ImplicitRole(*s, td, false), "cell");
  EXPECT_EQ(ImplicitRole(*s, header, false), "banner");
  EXPECT_EQ(ImplicitRole(*s, inner, false), "generic");
  EXPECT_EQ(ResolveRole(*s, div, false), "checkbox");
  EXPECT_EQ(ImplicitRole(*s, svg, false), "graphics-document");
  EXPECT_EQ(ImplicitRole(*s, doc, false), "");       // not an element
  EXPECT_EQ(ResolveRole(*s, 1'000'000, false), "");  // out of range
}

}  // namespace
}  // namespace seamkit::a11y
