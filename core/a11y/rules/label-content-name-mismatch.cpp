// ACT 2ee8b8 "Visible label is part of accessible name" (WCAG 2.5.3).
// Applies to visible elements included in the accessibility tree whose role
// is a widget that supports name from content, with visible text content
// and a non-empty accessible name. Passes when the name comes from the
// content, or the visible text (lower-cased, whitespace collapsed) appears
// in the name on word boundaries.
// Text of one character does not express human language: passed. A single
// lowercase word absent from the name may be an icon-font ligature when the
// document uses web fonts (the snapshot has no font family): cantTell. With
// no web font in the document, no ligature can draw an icon: failed.
#include <cctype>
#include <string>

#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag21a", "wcag253"};
constexpr std::string_view kAct[] = {"2ee8b8"};
constexpr std::string_view kWcag[] = {"2.5.3"};

std::string Normalize(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (IsAsciiWhitespace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// `needle` occurs in `hay` not glued to word characters on either side.
bool ContainsOnWordBoundaries(const std::string& hay, const std::string& needle) {
  for (size_t at = hay.find(needle); at != std::string::npos;
       at = hay.find(needle, at + 1)) {
    size_t end = at + needle.size();
    bool left = at == 0 || !IsWordChar(hay[at - 1]) || !IsWordChar(needle.front());
    bool right = end == hay.size() || !IsWordChar(hay[end]) || !IsWordChar(needle.back());
    if (left && right) return true;
  }
  return false;
}

bool MaybeLigature(std::string_view raw) {
  std::string_view t = TrimAsciiWhitespace(raw);
  for (char c : t) {
    if (!((c >= 'a' && c <= 'z') || c == '_')) return false;
  }
  return !t.empty();
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n)) continue;
    const AriaRole* role = ctx.RoleEntry(n);
    if (!role || !(role->categories & kCategoryWidget) ||
        !(role->name_from & kNameFromContents)) {
      continue;
    }
    if (!ctx.IsVisible(n) || !ctx.IsIncludedInAccessibilityTree(n)) continue;
    std::string raw = ctx.VisibleTextContent(n);
    std::string text = Normalize(raw);
    std::string name = Normalize(ctx.Name(n).text);
    if (text.empty() || name.empty()) continue;
    nlohmann::json data = {{"visibleText", text}, {"name", ctx.Name(n).text}};
    bool from_content = ctx.Name(n).source == NameSource::kContents;
    if (from_content || text.size() == 1 || ContainsOnWordBoundaries(name, text)) {
      out.Pass(n);
    } else if (MaybeLigature(raw) && s.Document(s.OwnerDocument(n)).web_fonts) {
      out.CantTell(n, "Visible text \"" + text + "\" is not in the name; it may be an icon",
                   std::move(data));
    } else {
      out.Fail(n, "Visible text \"" + text + "\" is not part of the accessible name",
               std::move(data));
    }
  }
}

}  // namespace

extern const Rule kLabelContentNameMismatch = {
    {"label-content-name-mismatch",
     "Ensures the visible text of a widget is part of its accessible name",
     "Elements must have their visible text as part of their accessible name",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/2ee8b8/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules
