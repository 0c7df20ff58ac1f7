// ACT d0f69e "Table header cell has assigned cells" (WCAG 1.3.1). Applies
// to elements with role columnheader or rowheader, visible or included in
// the accessibility tree, in a table whose role is table, grid or
// treegrid. Passes when some other cell of the table is assigned the header
// (table_grid.h); cantTell when the layout cannot be decided.
#include <unordered_map>

#include "core/a11y/rules/rule_util.h"
#include "core/a11y/rules/table_grid.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag131"};
constexpr std::string_view kAct[] = {"d0f69e"};
constexpr std::string_view kWcag[] = {"1.3.1"};

void CheckHeader(AuditContext& ctx, const TableGrid& g, NodeId n, RuleReporter& out) {
  const GridCell* self = nullptr;
  for (const GridCell& c : g.cells) {
    if (c.node == n) self = &c;
  }
  if (!g.decidable || self == nullptr) {
    out.CantTell(n, "The table layout cannot be decided from the snapshot");
    return;
  }
  for (const GridCell& c : g.cells) {
    if (HeaderAssignedTo(ctx, *self, c)) {
      out.Pass(n);
      return;
    }
  }
  out.Fail(n, "Header cell is not assigned to any cell of its table");
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  std::unordered_map<NodeId, TableGrid> grids;
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n)) continue;
    std::string_view role = ctx.Role(n);
    if (role != "columnheader" && role != "rowheader") continue;
    if (!ctx.IsVisible(n) && !ctx.IsIncludedInAccessibilityTree(n)) continue;
    NodeId table = OwningTable(ctx, n);
    if (table == kNoNode) continue;
    std::string_view trole = ctx.Role(table);
    if (trole != "table" && trole != "grid" && trole != "treegrid") continue;
    auto it = grids.find(table);
    if (it == grids.end()) it = grids.emplace(table, BuildTableGrid(ctx, table)).first;
    CheckHeader(ctx, it->second, n, out);
  }
}

}  // namespace

extern const Rule kThHasDataCells = {
    {"th-has-data-cells",
     "Ensures each table header cell is assigned to at least one cell",
     "Table headers in a data table must refer to data cells",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/d0f69e/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules
