#include "core/report/fix.h"

#include <cctype>
#include <cstdio>

namespace seamkit::report {
namespace {

std::string Ratio(double r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f:1", r);
  return buf;
}

// The value of attribute `name` in a start tag, or "" (simple scan: the
// snippet comes from outerHTML, so attributes are serialised with quotes).
std::string Attribute(const std::string& html, const std::string& name) {
  std::string key = " " + name + "=\"";
  size_t end_of_tag = html.find('>');
  size_t at = html.find(key);
  if (at == std::string::npos || at > end_of_tag) return "";
  size_t start = at + key.size();
  size_t stop = html.find('"', start);
  return stop == std::string::npos ? "" : html.substr(start, stop - start);
}

// Inserts ` text` right after the tag name of the first start tag.
std::string InsertAttribute(const std::string& html, const std::string& text) {
  if (html.empty() || html[0] != '<') return html;
  size_t i = 1;
  while (i < html.size() && std::isalnum(static_cast<unsigned char>(html[i]))) {
    ++i;
  }
  return html.substr(0, i) + " " + text + html.substr(i);
}

std::string CssSelector(const Group& g, const FailureNode& first) {
  if (g.cause == CauseKind::kClassList) return g.cause_value;
  std::string classes;
  for (const std::string& c : first.class_list) classes += "." + c;
  return classes.empty() ? first.selector : classes;
}

Fix ContrastSnippet(const Group& g, const FailureNode& first) {
  Fix fix;
  const ContrastInput& c = *g.contrast;
  fix.contrast = SuggestContrastFixes(c.fg, c.bg, c.font_size_px,
                                      c.font_weight);
  const ContrastFixes& cf = *fix.contrast;
  const ColorSuggestion& text = cf.fixes[0].suggestion;
  const ColorSuggestion& back = cf.fixes[1].suggestion;
  bool use_text = text.reachable &&
                  (!back.reachable || text.delta_e <= back.delta_e);
  const ColorSuggestion& s = use_text ? text : back;
  fix.language = "css";
  std::string target = Ratio(s.target);
  fix.why = "Text at " + Ratio(cf.ratio) +
            " contrast is hard to read for people with low vision; WCAG AA "
            "asks for at least " + target + ".";
  if (!s.reachable) return fix;
  fix.snippet = CssSelector(g, first) + " {\n  " +
                (use_text ? "color: " : "background-color: ") + s.hex +
                "; /* " + Ratio(s.ratio) + " against " +
                (use_text ? cf.bg_hex : cf.fg_hex) + ", WCAG AA */\n}\n";
  return fix;
}

Fix LabelFix(const FailureNode& first) {
  Fix fix;
  fix.language = "html";
  struct Source {
    const char* attribute;
    const char* label;
  } sources[] = {{"placeholder", "placeholder"},
                 {"title", "title attribute"},
                 {"name", "name attribute"},
                 {"id", "id attribute"}};
  for (const Source& s : sources) {
    std::string value = Attribute(first.html, s.attribute);
    if (!value.empty()) {
      fix.suggestion = std::string(s.attribute) == "name" ||
                               std::string(s.attribute) == "id"
                           ? Humanize(value)
                           : value;
      fix.suggestion_source = s.label;
      break;
    }
  }
  std::string text = fix.suggestion.empty() ? "Describe this field"
                                            : fix.suggestion;
  fix.snippet = "<label>" + text + "\n  " + first.html + "\n</label>\n";
  fix.why = "Screen-reader and voice-control users cannot tell what to "
            "type here without a label.";
  return fix;
}

Fix ByCategory(const std::string& category, const FailureNode& first) {
  Fix fix;
  fix.language = "html";
  if (category == "text-alternatives") {
    fix.snippet = InsertAttribute(first.html, "alt=\"Describe the image\"") +
                  "\n";
    fix.why = "Screen readers cannot describe an image without a text "
              "alternative; write what it shows, or use alt=\"\" if it is "
              "decorative.";
  } else if (category == "names") {
    fix.snippet = InsertAttribute(first.html,
                                  "aria-label=\"Describe the action\"") + "\n";
    fix.why = "Without a name, screen readers announce this control as just "
              "\"link\" or \"button\", and voice control cannot target it.";
  } else if (category == "language") {
    fix.snippet = "<html lang=\"en\">  <!-- the page's language code -->\n";
    fix.why = "Screen readers use the page language to pronounce the text "
              "correctly.";
  } else if (category == "zoom") {
    fix.snippet = "<meta name=\"viewport\" content=\"width=device-width, "
                  "initial-scale=1\">\n";
    fix.why = "People with low vision need to zoom; the page must not "
              "prevent it.";
  } else if (category == "media") {
    fix.snippet = "<track kind=\"captions\" src=\"captions.vtt\" "
                  "srclang=\"en\" label=\"English\">\n";
    fix.why = "Deaf and hard-of-hearing people need captions to follow "
              "audio.";
  } else if (category == "timing") {
    fix.snippet = "<a href=\"/next-page\">Continue</a>  <!-- instead of "
                  "<meta http-equiv=\"refresh\"> -->\n";
    fix.why = "A page that reloads or moves on by itself can interrupt "
              "people who need more time to read or act.";
  } else if (category == "keyboard") {
    fix.snippet = InsertAttribute(first.html, "tabindex=\"0\"") + "\n";
    fix.why = "Keyboard users must be able to reach and operate everything "
              "a mouse can.";
  } else {
    fix.language.clear();
    fix.why = "This breaks rule " + first.rule_id +
              ", which makes the page harder to use with assistive "
              "technology.";
  }
  return fix;
}

}  // namespace

std::string Humanize(const std::string& identifier) {
  std::string out;
  bool space = false;
  for (char ch : identifier) {
    if (ch == '_' || ch == '-' || ch == '.' || ch == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += out.empty() ? static_cast<char>(std::toupper(
                             static_cast<unsigned char>(ch)))
                       : static_cast<char>(std::tolower(
                             static_cast<unsigned char>(ch)));
  }
  return out;
}

Fix SuggestFix(const Group& group, const std::vector<FailureNode>& failures,
               const ImpactModel& model) {
  if (group.instances.empty() || group.instances[0] >= failures.size()) {
    return Fix{};
  }
  const FailureNode& first = failures[group.instances[0]];
  if (group.contrast) return ContrastSnippet(group, first);
  const std::string& category = model.CategoryOf(group.rule_id).id;
  if (category == "form-labels") return LabelFix(first);
  return ByCategory(category, first);
}

}  // namespace seamkit::report
