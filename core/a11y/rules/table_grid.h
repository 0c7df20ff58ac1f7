// The cells of one table laid out on a grid: the HTML table processing
// model (https://html.spec.whatwg.org/multipage/tables.html#forming-a-table,
// rows in tree order, colspan 1..1000, rowspan) for <table> elements, and
// rows/cells by role for ARIA tables (WAI-ARIA 1.2 table, grid, treegrid).
// Used by td-headers-attr and th-has-data-cells.
#ifndef SEAMKIT_CORE_A11Y_RULES_TABLE_GRID_H_
#define SEAMKIT_CORE_A11Y_RULES_TABLE_GRID_H_

#include <cstdint>
#include <vector>

#include "core/a11y/context.h"

namespace seamkit::a11y::rules {

struct GridCell {
  NodeId node = kNoNode;
  uint32_t row = 0, col = 0, rows = 1, cols = 1;
};

struct TableGrid {
  NodeId table = kNoNode;
  std::vector<GridCell> cells;  // tree order
  // False when the layout is not decidable from the snapshot (rowspan=0,
  // aria-colspan/aria-rowspan, aria-colindex/aria-rowindex).
  bool decidable = true;
};

// The grid of `table`: an HTML <table>, or an element with role table,
// grid or treegrid. Cells of nested tables are not included.
TableGrid BuildTableGrid(AuditContext& ctx, NodeId table);

// The nearest ancestor that is an HTML <table> (for HTML td/th) or an
// element with a table/grid/treegrid role (other cells); kNoNode if none.
NodeId OwningTable(AuditContext& ctx, NodeId cell);

// True when `header` is assigned to the cell `c` of the same grid: through c's headers attribute when c is an HTML cell with
// one, else a columnheader above c in one of its columns or a rowheader
// left of c in one of its rows.
bool HeaderAssignedTo(AuditContext& ctx, const GridCell& header,
                      const GridCell& c);

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_TABLE_GRID_H_
