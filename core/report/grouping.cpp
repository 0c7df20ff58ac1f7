#include "core/report/grouping.h"

#include <algorithm>
#include <map>

#include "core/common/color.h"
#include "core/common/contrast.h"

namespace seamkit::report {
namespace {

struct Cause {
  CauseKind kind;
  std::string value;
};

std::string PaintedPair(const ContrastInput& c) {
  Rgba white{255, 255, 255, 1};
  Rgba bg = CompositeOver(c.bg, white);
  bg.a = 1;
  Rgba fg = CompositeOver(c.fg, bg);
  return ToHex(fg) + "/" + ToHex(bg);
}

std::string ClassSelector(std::vector<std::string> classes) {
  std::sort(classes.begin(), classes.end());
  classes.erase(std::unique(classes.begin(), classes.end()), classes.end());
  std::string out;
  for (const std::string& c : classes) {
    if (!c.empty()) out += "." + c;
  }
  return out;
}

Cause CauseOf(const FailureNode& f) {
  if (f.contrast) return {CauseKind::kColorPair, PaintedPair(*f.contrast)};
  if (!f.component.empty()) return {CauseKind::kComponent, f.component};
  std::string classes = ClassSelector(f.class_list);
  if (!classes.empty()) return {CauseKind::kClassList, classes};
  if (!f.missing_attribute.empty()) {
    return {CauseKind::kMissingAttribute, f.missing_attribute};
  }
  return {CauseKind::kSingle, f.selector};
}

// A font that needs the higher ratio wins: normal text before large text.
bool Stricter(const ContrastInput& a, const ContrastInput& b) {
  bool a_large = IsLargeText(a.font_size_px, a.font_weight);
  bool b_large = IsLargeText(b.font_size_px, b.font_weight);
  if (a_large != b_large) return !a_large;
  return a.font_size_px < b.font_size_px;
}

void Add(const FailureNode& f, size_t index, Group* g) {
  g->instances.push_back(index);
  g->impact = std::max(g->impact, f.impact);
  g->wcag_tags.insert(g->wcag_tags.end(), f.wcag_tags.begin(),
                      f.wcag_tags.end());
  g->interactive |= f.interactive;
  g->in_first_viewport |= f.in_first_viewport;
  g->in_main_or_nav |= f.landmark == Landmark::kMain ||
                       f.landmark == Landmark::kNavigation;
  g->blocks_task |= f.blocks_form_submission;
  if (f.contrast && (!g->contrast || Stricter(*f.contrast, *g->contrast))) {
    g->contrast = f.contrast;
  }
}

}  // namespace

const char* CauseKindName(CauseKind kind) {
  switch (kind) {
    case CauseKind::kColorPair: return "color-pair";
    case CauseKind::kComponent: return "component";
    case CauseKind::kClassList: return "class-list";
    case CauseKind::kMissingAttribute: return "missing-attribute";
    case CauseKind::kSingle: return "single";
  }
  return "single";
}

std::vector<Group> GroupFailures(const std::vector<FailureNode>& failures) {
  std::vector<Group> groups;
  std::map<std::string, size_t> by_id;
  for (size_t i = 0; i < failures.size(); ++i) {
    const FailureNode& f = failures[i];
    Cause cause = CauseOf(f);
    std::string id = f.rule_id + "|" + CauseKindName(cause.kind) + ":" +
                     cause.value;
    auto [it, fresh] = by_id.try_emplace(id, groups.size());
    if (fresh) {
      Group g;
      g.id = id;
      g.rule_id = f.rule_id;
      g.cause = cause.kind;
      g.cause_value = cause.value;
      groups.push_back(std::move(g));
    }
    Add(f, i, &groups[it->second]);
  }
  for (Group& g : groups) {
    std::sort(g.wcag_tags.begin(), g.wcag_tags.end());
    g.wcag_tags.erase(std::unique(g.wcag_tags.begin(), g.wcag_tags.end()),
                      g.wcag_tags.end());
  }
  return groups;
}

}  // namespace seamkit::report
