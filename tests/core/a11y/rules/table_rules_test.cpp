// td-headers-attr (ACT a25f45) and th-has-data-cells (ACT d0f69e).
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Attrs;
using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

NodeId Cell(Dom& d, NodeId row, std::string_view tag, std::string_view text,
            Attrs attrs = {}) {
  NodeId c = d.El(row, tag, attrs);
  d.Text(c, text);
  return c;
}

TEST(TdHeadersAttr, IdsOfCellsInTheSameTablePass) {
  Dom d;
  NodeId table = d.El(d.body, "table");
  NodeId body = d.El(table, "tbody");
  NodeId r1 = d.El(body, "tr");
  Cell(d, r1, "th", "Project", {{"id", "h1"}});
  Cell(d, r1, "td", "Goal", {{"id", "h2"}});
  NodeId r2 = d.El(body, "tr");
  NodeId ok = Cell(d, r2, "td", "15%", {{"headers", " h1  h2 "}});
  NodeId missing = Cell(d, r2, "td", "10%", {{"headers", "h1 nope"}});
  NodeId self = Cell(d, r2, "td", "5%", {{"id", "me"}, {"headers", "me"}});
  NodeId span = Cell(d, r2, "td", "1%", {{"headers", "out"}});
  d.Text(d.El(d.body, "span", {{"id", "out"}}), "outside");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "td-headers-attr");
  EXPECT_EQ(NodeOutcome(r, ok), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, missing), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, self), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, span), Outcome::kFailed);
}

TEST(TdHeadersAttr, HeaderInAnotherTableFails) {
  Dom d;
  NodeId t1 = d.El(d.body, "table");
  Cell(d, d.El(t1, "tr"), "th", "Head", {{"id", "h"}});
  NodeId t2 = d.El(d.body, "table");
  NodeId cell = Cell(d, d.El(t2, "tr"), "td", "Data", {{"headers", "h"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, "td-headers-attr"), cell), Outcome::kFailed);
}

TEST(TdHeadersAttr, PresentationalOrHiddenTablesAndBlankHeadersAreInapplicable) {
  Dom d;
  NodeId t1 = d.El(d.body, "table", {{"role", "presentation"}});
  Cell(d, d.El(t1, "tr"), "td", "x", {{"headers", "nope"}});
  NodeId t2 = d.El(d.body, "table");
  d.Style(t2).display = Display::kNone;
  Cell(d, d.El(t2, "tr"), "td", "x", {{"headers", "nope"}});
  NodeId t3 = d.El(d.body, "table");
  Cell(d, d.El(t3, "tr"), "td", "x", {{"headers", "  "}});
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, "td-headers-attr").outcome, Outcome::kInapplicable);
}

TEST(ThHasDataCells, ColumnAndRowHeadersWithCellsPass) {
  Dom d;
  NodeId table = d.El(d.body, "table");
  NodeId r1 = d.El(table, "tr");
  NodeId day = Cell(d, r1, "th", "Day");
  NodeId am = Cell(d, r1, "th", "Morning");
  NodeId r2 = d.El(table, "tr");
  NodeId mon = Cell(d, r2, "th", "Mon");
  Cell(d, r2, "td", "8-12");
  Snapshot s = d.Build();
  AuditContext ctx(s);
  EXPECT_EQ(ctx.Role(mon), "rowheader");
  RuleResult r = RunRule(s, "th-has-data-cells");
  EXPECT_EQ(NodeOutcome(r, day), Outcome::kPassed);  // assigned to "Mon"
  EXPECT_EQ(NodeOutcome(r, am), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, mon), Outcome::kPassed);
}

TEST(ThHasDataCells, HeaderOverAnEmptyColumnFails) {
  Dom d;
  NodeId table = d.El(d.body, "table");
  NodeId head = d.El(table, "thead");
  NodeId r1 = d.El(head, "tr");
  NodeId rate = Cell(d, r1, "th", "Rate");
  NodeId value = Cell(d, r1, "th", "Value");
  Cell(d, d.El(d.El(table, "tbody"), "tr"), "td", "15%");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "th-has-data-cells");
  EXPECT_EQ(NodeOutcome(r, rate), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, value), Outcome::kFailed);
}

TEST(ThHasDataCells, ColspanCoversTheSecondColumn) {
  Dom d;
  NodeId table = d.El(d.body, "table");
  NodeId head = d.El(table, "thead");
  NodeId r1 = d.El(head, "tr");
  NodeId a = Cell(d, r1, "th", "A");
  NodeId b = Cell(d, r1, "th", "B");
  Cell(d, d.El(d.El(table, "tbody"), "tr"), "td", "both", {{"colspan", "2"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "th-has-data-cells");
  EXPECT_EQ(NodeOutcome(r, a), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, b), Outcome::kPassed);
}

TEST(ThHasDataCells, ExplicitHeadersReplaceTheColumnAssignment) {
  Dom d;
  NodeId table = d.El(d.body, "table");
  NodeId r1 = d.El(table, "tr");
  NodeId c1 = Cell(d, r1, "th", "Country", {{"id", "c1"}});
  NodeId c2 = Cell(d, r1, "th", "With Z", {{"id", "c2"}});
  NodeId r2 = d.El(table, "tr");
  Cell(d, r2, "td", "Zambia");
  Cell(d, r2, "td", "Zimbabwe", {{"headers", "c1"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "th-has-data-cells");
  EXPECT_EQ(NodeOutcome(r, c1), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, c2), Outcome::kFailed);
}

TEST(ThHasDataCells, AriaGridRowsAndUndecidableLayouts) {
  Dom d;
  NodeId grid = d.El(d.body, "div", {{"role", "grid"}});
  NodeId r1 = d.El(grid, "div", {{"role", "row"}});
  NodeId room = Cell(d, r1, "div", "Room", {{"role", "columnheader"}});
  NodeId who = Cell(d, r1, "div", "Occupant", {{"role", "columnheader"}});
  Cell(d, d.El(grid, "div", {{"role", "row"}}), "div", "1A", {{"role", "gridcell"}});
  NodeId t = d.El(d.body, "table");
  NodeId tr = d.El(t, "tr");
  NodeId zero = Cell(d, tr, "th", "Z", {{"rowspan", "0"}});
  Cell(d, d.El(t, "tr"), "td", "x");
  NodeId presentational = d.El(d.body, "table", {{"role", "presentation"}});
  NodeId hidden_th = Cell(d, d.El(presentational, "tr"), "th", "T");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "th-has-data-cells");
  EXPECT_EQ(NodeOutcome(r, room), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, who), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, zero), Outcome::kCantTell);
  EXPECT_EQ(NodeOutcome(r, hidden_th), Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y
