#include "core/a11y/rules/table_grid.h"

#include <algorithm>
#include <string_view>

#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

bool IsTableRole(std::string_view r) {
  return r == "table" || r == "grid" || r == "treegrid";
}
bool IsCellRole(std::string_view r) {
  return r == "cell" || r == "gridcell" || r == "columnheader" || r == "rowheader";
}
bool IsHtmlCell(const Snapshot& s, NodeId n) {
  return IsHtmlTag(s, n, "td") || IsHtmlTag(s, n, "th");
}

// HTML "rules for parsing non-negative integers" on a span attribute;
// `fallback` when absent or unparsable.
uint32_t SpanAttr(const Snapshot& s, NodeId n, std::string_view name,
                  uint32_t fallback, uint32_t max) {
  std::optional<std::string_view> v = s.Attr(n, name);
  if (!v) return fallback;
  std::string_view t = TrimAsciiWhitespace(*v);
  if (!t.empty() && t[0] == '+') t.remove_prefix(1);
  uint64_t x = 0;
  size_t i = 0;
  for (; i < t.size() && t[i] >= '0' && t[i] <= '9' && x <= max; ++i) {
    x = x * 10 + static_cast<uint64_t>(t[i] - '0');
  }
  if (i == 0) return fallback;
  return static_cast<uint32_t>(std::min<uint64_t>(x, max));
}

using Rows = std::vector<std::vector<NodeId>>;

// HTML: tr children of the table and of its thead/tbody/tfoot, in tree order.
void HtmlRows(const Snapshot& s, NodeId table, Rows* rows) {
  auto add_row = [&](NodeId tr) {
    rows->emplace_back();
    for (NodeId c : s.Children(tr)) {
      if (IsHtmlCell(s, c)) rows->back().push_back(c);
    }
  };
  for (NodeId c : s.Children(table)) {
    if (IsHtmlTag(s, c, "tr")) add_row(c);
    if (IsHtmlTag(s, c, "thead") || IsHtmlTag(s, c, "tbody") ||
        IsHtmlTag(s, c, "tfoot")) {
      for (NodeId r : s.Children(c)) {
        if (IsHtmlTag(s, r, "tr")) add_row(r);
      }
    }
  }
}

// ARIA: elements with role row below the table (not in a nested table) and
// the cells whose nearest row they are.
void AriaRows(AuditContext& ctx, NodeId table, Rows* rows, bool* decidable) {
  const Snapshot& s = ctx.snapshot();
  NodeId row = kNoNode;
  for (NodeId n = table + 1; n < s.SubtreeEnd(table);) {
    if (!s.IsElement(n)) { ++n; continue; }
    std::string_view role = ctx.Role(n);
    if (IsTableRole(role) || IsHtmlTag(s, n, "table")) {
      n = s.SubtreeEnd(n);
      continue;
    }
    for (std::string_view a : {"aria-colspan", "aria-rowspan", "aria-colindex",
                               "aria-rowindex"}) {
      if (s.HasAttr(n, a)) *decidable = false;
    }
    if (role == "row") {
      row = n;
      rows->emplace_back();
    } else if (IsCellRole(role) && row != kNoNode && s.IsAncestorOf(row, n)) {
      rows->back().push_back(n);
    }
    ++n;
  }
}

}  // namespace

NodeId OwningTable(AuditContext& ctx, NodeId cell) {
  const Snapshot& s = ctx.snapshot();
  bool html = IsHtmlCell(s, cell);
  for (NodeId a : s.Ancestors(cell)) {
    if (!s.IsElement(a)) return kNoNode;
    if (html ? IsHtmlTag(s, a, "table") : IsTableRole(ctx.Role(a))) return a;
  }
  return kNoNode;
}

TableGrid BuildTableGrid(AuditContext& ctx, NodeId table) {
  const Snapshot& s = ctx.snapshot();
  TableGrid g;
  g.table = table;
  Rows rows;
  if (IsHtmlTag(s, table, "table")) {
    HtmlRows(s, table, &rows);
  } else {
    AriaRows(ctx, table, &rows, &g.decidable);
  }
  const uint32_t row_count = static_cast<uint32_t>(rows.size());
  std::vector<uint32_t> busy_until;  // per column: first free row
  for (uint32_t r = 0; r < row_count; ++r) {
    uint32_t x = 0;
    for (NodeId c : rows[r]) {
      while (x < busy_until.size() && busy_until[x] > r) ++x;
      GridCell cell{c, r, x, 1, 1};
      if (IsHtmlCell(s, c)) {
        cell.cols = std::max<uint32_t>(1, SpanAttr(s, c, "colspan", 1, 1000));
        uint32_t rs = SpanAttr(s, c, "rowspan", 1, 65534);
        if (rs == 0) g.decidable = false;
        cell.rows = std::clamp<uint32_t>(rs, 1, row_count - r);
      }
      if (busy_until.size() < x + cell.cols) busy_until.resize(x + cell.cols, 0);
      for (uint32_t k = x; k < x + cell.cols; ++k) busy_until[k] = r + cell.rows;
      x += cell.cols;
      g.cells.push_back(cell);
    }
  }
  return g;
}

bool HeaderAssignedTo(AuditContext& ctx, const GridCell& header,
                      const GridCell& c) {
  const Snapshot& s = ctx.snapshot();
  if (c.node == header.node) return false;
  if (IsHtmlCell(s, c.node)) {
    std::optional<std::string_view> headers = s.Attr(c.node, "headers");
    if (headers && !TrimAsciiWhitespace(*headers).empty()) {
      std::optional<std::string_view> id = s.Attr(header.node, "id");
      return id && !id->empty() && AriaTokens(*headers).Contains(*id);
    }
  }
  std::string_view role = ctx.Role(header.node);
  bool share_col = c.col < header.col + header.cols && header.col < c.col + c.cols;
  bool share_row = c.row < header.row + header.rows && header.row < c.row + c.rows;
  if (role == "columnheader") return share_col && header.row + header.rows <= c.row;
  if (role == "rowheader") return share_row && header.col + header.cols <= c.col;
  return false;
}

}  // namespace seamkit::a11y::rules
