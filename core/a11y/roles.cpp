// Explicit and implicit roles. Element mappings from HTML-AAM (W3C Editor's
// Draft 2024, §4 "HTML Element Role Mappings"), SVG-AAM 1.0 §5 and
// Graphics-AAM 1.0; see roles.h for the simplifications.
#include "core/a11y/roles.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <span>

namespace seamkit::a11y {
namespace {

using Tree = ElementTree;
constexpr uint32_t kNone = ElementTree::kNoElement;

struct TagRole {
  std::string_view tag;
  std::string_view role;
};

// HTML elements whose role needs no context. Sorted by tag.
constexpr TagRole kHtmlRoles[] = {
    {"address", "group"},    {"article", "article"},
    {"b", "generic"},        {"bdi", "generic"},
    {"bdo", "generic"},      {"blockquote", "blockquote"},
    {"button", "button"},    {"caption", "caption"},
    {"code", "code"},        {"data", "generic"},
    {"datalist", "listbox"}, {"dd", "definition"},
    {"del", "deletion"},     {"details", "group"},
    {"dfn", "term"},         {"dialog", "dialog"},
    {"div", "generic"},      {"dt", "term"},
    {"em", "emphasis"},      {"fieldset", "group"},
    {"figure", "figure"},    {"h1", "heading"},
    {"h2", "heading"},       {"h3", "heading"},
    {"h4", "heading"},       {"h5", "heading"},
    {"h6", "heading"},       {"hgroup", "group"},
    {"hr", "separator"},     {"html", "document"},
    {"i", "generic"},        {"ins", "insertion"},
    {"main", "main"},        {"math", "math"},
    {"menu", "list"},        {"meter", "meter"},
    {"nav", "navigation"},   {"ol", "list"},
    {"optgroup", "group"},   {"option", "option"},
    {"output", "status"},    {"p", "paragraph"},
    {"pre", "generic"},      {"progress", "progressbar"},
    {"q", "generic"},        {"s", "deletion"},
    {"samp", "generic"},     {"search", "search"},
    {"small", "generic"},    {"span", "generic"},
    {"strong", "strong"},    {"sub", "subscript"},
    {"sup", "superscript"},  {"table", "table"},
    {"tbody", "rowgroup"},   {"textarea", "textbox"},
    {"tfoot", "rowgroup"},   {"thead", "rowgroup"},
    {"time", "time"},        {"tr", "row"},
    {"u", "generic"},        {"ul", "list"},
};

// SVG elements (SVG-AAM 1.0, Graphics-AAM 1.0). Sorted by tag.
constexpr TagRole kSvgRoles[] = {
    {"circle", "graphics-symbol"},
    {"ellipse", "graphics-symbol"},
    {"foreignobject", "group"},
    {"g", "group"},
    {"image", "img"},
    {"line", "graphics-symbol"},
    {"path", "graphics-symbol"},
    {"polygon", "graphics-symbol"},
    {"polyline", "graphics-symbol"},
    {"rect", "graphics-symbol"},
    {"svg", "graphics-document"},
    {"text", "group"},
    {"use", "graphics-object"},
};

template <size_t N>
constexpr bool SortedByTag(const TagRole (&table)[N]) {
  for (size_t i = 1; i < N; ++i) {
    if (!(table[i - 1].tag < table[i].tag)) return false;
  }
  return true;
}
static_assert(SortedByTag(kHtmlRoles), "kHtmlRoles must stay sorted");
static_assert(SortedByTag(kSvgRoles), "kSvgRoles must stay sorted");

std::string_view LookUp(std::span<const TagRole> table, std::string_view tag) {
  auto it = std::lower_bound(
      table.begin(), table.end(), tag,
      [](const TagRole& e, std::string_view key) { return e.tag < key; });
  return (it != table.end() && it->tag == tag) ? it->role : std::string_view();
}

bool HasAttr(const Tree& t, uint32_t n, std::string_view name) {
  return t.Attr(n, name).has_value();
}

std::string_view AttrOr(const Tree& t, uint32_t n, std::string_view name) {
  std::optional<std::string_view> v = t.Attr(n, name);
  return v ? *v : std::string_view();
}

std::string_view ExplicitRoleName(const Tree& t, uint32_t n) {
  std::optional<std::string_view> attr = t.Attr(n, "role");
  if (!attr) return {};
  const AriaRole* role = ResolveExplicitRole(*attr);
  return role ? role->name : std::string_view();
}

bool IsOneOf(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

// HTML "rules for parsing non-negative integers", saturating; -1 if none.
long ParseNonNegative(std::string_view s) {
  s = TrimAsciiWhitespace(s);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  long value = -1;
  for (char c : s) {
    if (c < '0' || c > '9') break;
    value = std::min(100000L, (value < 0 ? 0 : value) * 10 + (c - '0'));
  }
  return value;
}

// Nearest ancestor that scopes header/footer/aside: a sectioning element or
// one with an equivalent explicit role. `with_main` adds main.
bool HasScopingAncestor(const Tree& t, uint32_t n, bool with_main) {
  for (uint32_t a = t.ParentElement(n); a != kNone; a = t.ParentElement(a)) {
    std::string_view tag = t.Tag(a);
    if (IsOneOf(tag, {"article", "aside", "nav", "section"}) ||
        (with_main && tag == "main")) {
      return true;
    }
    std::string_view role = ExplicitRoleName(t, a);
    if (IsOneOf(role, {"article", "complementary", "navigation", "region"}) ||
        (with_main && role == "main")) {
      return true;
    }
  }
  return false;
}

uint32_t NearestAncestorWithTag(const Tree& t, uint32_t n,
                                std::string_view tag) {
  for (uint32_t a = t.ParentElement(n); a != kNone; a = t.ParentElement(a)) {
    if (t.Tag(a) == tag) return a;
  }
  return kNone;
}

bool InGridTable(const Tree& t, uint32_t cell) {
  uint32_t table = NearestAncestorWithTag(t, cell, "table");
  if (table == kNone) return false;
  std::string_view role = ExplicitRoleName(t, table);
  return role == "grid" || role == "treegrid";
}

std::string_view HeaderCellRole(const Tree& t, uint32_t th) {
  std::string_view scope = TrimAsciiWhitespace(AttrOr(t, th, "scope"));
  if (EqualsIgnoreAsciiCase(scope, "col") ||
      EqualsIgnoreAsciiCase(scope, "colgroup")) {
    return "columnheader";
  }
  if (EqualsIgnoreAsciiCase(scope, "row") ||
      EqualsIgnoreAsciiCase(scope, "rowgroup")) {
    return "rowheader";
  }
  uint32_t row = t.ParentElement(th);
  if (row == kNone || t.Tag(row) != "tr") return "columnheader";
  uint32_t group = t.ParentElement(row);
  if (group != kNone && t.Tag(group) == "thead") return "columnheader";
  for (uint32_t c = t.FirstChildElement(row); c != kNone;
       c = t.NextSiblingElement(c)) {
    if (t.Tag(c) == "td") return "rowheader";
  }
  return "columnheader";
}

std::string_view InputRole(const Tree& t, uint32_t n) {
  std::string_view type = TrimAsciiWhitespace(AttrOr(t, n, "type"));
  auto is = [&](std::string_view s) { return EqualsIgnoreAsciiCase(type, s); };
  if (is("button") || is("image") || is("reset") || is("submit")) {
    return "button";
  }
  if (is("checkbox")) return "checkbox";
  if (is("radio")) return "radio";
  if (is("range")) return "slider";
  if (is("number")) return "spinbutton";
  bool list = !TrimAsciiWhitespace(AttrOr(t, n, "list")).empty();
  if (is("search")) return list ? "combobox" : "searchbox";
  if (is("email") || is("tel") || is("text") || is("url")) {
    return list ? "combobox" : "textbox";
  }
  // Missing or unknown type means text (HTML: invalid value default).
  static constexpr std::string_view kKnownOther[] = {
      "color", "date",     "datetime-local", "file", "hidden",
      "month", "password", "time",           "week"};
  for (std::string_view k : kKnownOther) {
    if (is(k)) return {};  // no corresponding ARIA role
  }
  return list ? "combobox" : "textbox";
}

std::string_view ContextualHtmlRole(const Tree& t, uint32_t n,
                                    std::string_view tag, bool named) {
  if (tag == "a") return HasAttr(t, n, "href") ? "link" : "generic";
  if (tag == "area") return HasAttr(t, n, "href") ? "link" : "";
  if (tag == "aside") {
    return (named || !HasScopingAncestor(t, n, false)) ? "complementary"
                                                       : "generic";
  }
  if (tag == "header" || tag == "footer") {
    if (HasScopingAncestor(t, n, true)) return "generic";
    return tag == "header" ? "banner" : "contentinfo";
  }
  if (tag == "form") return named ? "form" : "generic";
  if (tag == "li") {
    uint32_t p = t.ParentElement(n);
    if (p == kNone) return "listitem";  // detached: no parent to judge by
    std::string_view parent_role = ExplicitRoleName(t, p);
    bool in_list = IsOneOf(t.Tag(p), {"menu", "ol", "ul"}) ||
                   parent_role == "list" || parent_role == "directory";
    return in_list ? "listitem" : "generic";
  }
  if (tag == "section") return named ? "region" : "generic";
  if (tag == "img") {
    std::optional<std::string_view> alt = t.Attr(n, "alt");
    return (alt && alt->empty()) ? "presentation" : "img";
  }
  if (tag == "input") return InputRole(t, n);
  if (tag == "select") {
    bool listbox =
        HasAttr(t, n, "multiple") || ParseNonNegative(AttrOr(t, n, "size")) > 1;
    return listbox ? "listbox" : "combobox";
  }
  if (tag == "td") return InGridTable(t, n) ? "gridcell" : "cell";
  if (tag == "th") return HeaderCellRole(t, n);
  return {};
}

std::string_view LowerTag(const Tree& t, uint32_t n,
                          std::array<char, 16>* buffer) {
  std::string_view tag = t.Tag(n);
  if (tag.size() > buffer->size()) return tag;  // no table entry is longer
  for (size_t i = 0; i < tag.size(); ++i) {
    char c = tag[i];
    (*buffer)[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return std::string_view(buffer->data(), tag.size());
}

}  // namespace

const AriaRole* ResolveExplicitRole(std::string_view role_attribute) {
  for (std::string_view token : AriaTokens(role_attribute)) {
    const AriaRole* role = FindAriaRole(token);
    if (role != nullptr && !role->is_abstract) return role;
  }
  return nullptr;
}

bool ImplicitRoleDependsOnName(std::string_view tag, ElementNamespace ns) {
  return ns == ElementNamespace::kHtml &&
         (EqualsIgnoreAsciiCase(tag, "section") ||
          EqualsIgnoreAsciiCase(tag, "form") ||
          EqualsIgnoreAsciiCase(tag, "aside"));
}

std::string_view ImplicitRole(const ElementTree& tree, uint32_t node,
                              bool has_accessible_name) {
  if (node == kNone) return {};
  std::array<char, 16> buffer;
  std::string_view tag = LowerTag(tree, node, &buffer);  // SVG: foreignobject
  switch (tree.NamespaceOf(node)) {
    case ElementNamespace::kHtml: {
      std::string_view role = LookUp(kHtmlRoles, tag);
      if (!role.empty()) return role;
      return ContextualHtmlRole(tree, node, tag, has_accessible_name);
    }
    case ElementNamespace::kSvg:
      if (tag == "a") {
        bool href =
            HasAttr(tree, node, "href") || HasAttr(tree, node, "xlink:href");
        return href ? "link" : "group";
      }
      return LookUp(kSvgRoles, tag);
    case ElementNamespace::kMathMl:
      return tag == "math" ? "math" : "";
    case ElementNamespace::kOther:
      return {};
  }
  return {};
}

std::string_view ResolveRole(const ElementTree& tree, uint32_t node,
                             bool has_accessible_name) {
  if (node == kNone) return {};
  std::string_view explicit_role = ExplicitRoleName(tree, node);
  if (!explicit_role.empty()) return explicit_role;
  return ImplicitRole(tree, node, has_accessible_name);
}

}  // namespace seamkit::a11y
