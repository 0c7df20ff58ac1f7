// <area> elements of a used image map are in the accessibility tree even
// though the UA style sheet computes display: none for them.
#include <gtest/gtest.h>

#include "core/a11y/snapshot.h"
#include "core/a11y/visibility.h"

namespace seamkit::a11y {
namespace {

struct MapDom {
  Snapshot snap;
  NodeId area;
};

// <img usemap=usemap> <map name=map_name><area href></map>
MapDom Build(std::string_view usemap, std::string_view map_name,
             bool map_hidden = false) {
  SnapshotBuilder b;
  NodeId doc = b.AddDocument(kNoNode);
  NodeId html = b.AddElement(doc, "html");
  NodeId body = b.AddElement(html, "body");
  NodeId img = b.AddElement(body, "img");
  b.AddAttribute("usemap", usemap);
  b.Element(img).box = {0, 0, 100, 100};
  NodeId map = b.AddElement(body, "map");
  b.AddAttribute("name", map_name);
  if (map_hidden) b.Element(map).style.display = Display::kNone;
  NodeId area = b.AddElement(map, "area");
  b.AddAttribute("href", "a.html");
  b.Element(area).style.display = Display::kNone;  // as the UA sheet says
  StatusOr<Snapshot> s = std::move(b).Finish();
  EXPECT_TRUE(s.ok()) << s.status().message();
  return {std::move(s).value(), area};
}

TEST(ImageMapArea, UsedMapAreaIsIncluded) {
  MapDom d = Build("#planets", "planets");
  std::vector<uint16_t> st = ComputeNodeStates(d.snap);
  EXPECT_TRUE(st[d.area] & kStateIncluded);
  EXPECT_FALSE(st[d.area] & kStateNotRendered);
}

TEST(ImageMapArea, UnusedOrHiddenMapAreaIsNotRendered) {
  for (MapDom d : {Build("#other", "planets"), Build("planets", "planets"),
                   Build("#planets", "planets", /*map_hidden=*/true)}) {
    std::vector<uint16_t> st = ComputeNodeStates(d.snap);
    EXPECT_TRUE(st[d.area] & kStateNotRendered);
    EXPECT_FALSE(st[d.area] & kStateIncluded);
  }
}

}  // namespace
}  // namespace seamkit::a11y
