// ACT a25f45 "Headers attribute specified on a cell refers to cells in the
// same table element" (WCAG 1.3.1). Applies to td/th elements with a
// non-blank headers attribute whose closest <table> has role table, grid or
// treegrid and is visible or included in the accessibility tree. Each ID
// must name a td/th of that same table other than the cell itself.
#include <string>

#include "core/a11y/rules/rule_util.h"
#include "core/a11y/rules/table_grid.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag131"};
constexpr std::string_view kAct[] = {"a25f45"};
constexpr std::string_view kWcag[] = {"1.3.1"};

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!IsHtmlTag(s, n, "td") && !IsHtmlTag(s, n, "th")) continue;
    std::optional<std::string_view> headers = s.Attr(n, "headers");
    if (!headers || TrimAsciiWhitespace(*headers).empty()) continue;
    NodeId table = OwningTable(ctx, n);
    if (table == kNoNode) continue;
    std::string_view role = ctx.Role(table);
    if (role != "table" && role != "grid" && role != "treegrid") continue;
    if (!ctx.IsVisible(table) && !ctx.IsIncludedInAccessibilityTree(table)) continue;
    std::string problem;
    for (std::string_view id : AriaTokens(*headers)) {
      NodeId ref = s.GetElementById(s.ScopeOf(n), id);
      if (ref == n) {
        problem = "headers refers to the cell itself (\"" + std::string(id) + "\")";
      } else if (ref == kNoNode) {
        problem = "headers refers to a missing ID \"" + std::string(id) + "\"";
      } else if ((!IsHtmlTag(s, ref, "td") && !IsHtmlTag(s, ref, "th")) ||
                 OwningTable(ctx, ref) != table) {
        problem = "headers ID \"" + std::string(id) + "\" is not a cell of this table";
      }
      if (!problem.empty()) break;
    }
    if (problem.empty()) {
      out.Pass(n);
    } else {
      out.Fail(n, problem, {{"headers", std::string(*headers)}});
    }
  }
}

}  // namespace

extern const Rule kTdHeadersAttr = {
    {"td-headers-attr",
     "Ensures each cell's headers attribute refers to other cells in the same table",
     "Table cells that use the headers attribute must refer to cells in the same table",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/a25f45/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules
