#include "core/report/report_json.h"

#include <cmath>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/report/fix.h"
#include "core/report/grouping.h"
#include "core/report/impact.h"
#include "core/report/input.h"
#include "core/report/priority.h"

namespace seamkit::report {
namespace {

using Json = nlohmann::ordered_json;

// Ratios and distances rounded for display; the exact values stay in core.
double Round(double v, double scale) { return std::round(v * scale) / scale; }

Json SuggestionJson(const ContrastFix& f) {
  const ColorSuggestion& s = f.suggestion;
  Json j = {{"level", f.level == ContrastLevel::kAA ? "AA" : "AAA"},
            {"change", f.change == FixTarget::kText ? "text" : "background"},
            {"reachable", s.reachable},
            {"target", s.target}};
  if (s.reachable) {
    j["hex"] = s.hex;
    j["ratio"] = Round(s.ratio, 100);
    j["deltaE"] = Round(s.delta_e, 10000);
  }
  return j;
}

Json FixJson(const Fix& fix) {
  Json j = {{"language", fix.language},
            {"snippet", fix.snippet},
            {"why", fix.why},
            {"suggestion", fix.suggestion},
            {"suggestionSource", fix.suggestion_source}};
  if (fix.contrast) {
    const ContrastFixes& c = *fix.contrast;
    Json list = Json::array();
    for (const ContrastFix& f : c.fixes) list.push_back(SuggestionJson(f));
    j["contrast"] = {{"fg", c.fg_hex},
                     {"bg", c.bg_hex},
                     {"ratio", Round(c.ratio, 100)},
                     {"largeText", c.large_text},
                     {"fixes", std::move(list)}};
  }
  return j;
}

Json GroupJson(const Group& g, const GroupScore& score, size_t rank,
               const Fix& fix, const ImpactModel& model) {
  const Category& c = model.CategoryOf(g.rule_id);
  return {{"id", g.id},
          {"rule", g.rule_id},
          {"cause", {{"kind", CauseKindName(g.cause)}, {"value", g.cause_value}}},
          {"impact", ImpactName(g.impact)},
          {"tags", g.wcag_tags},
          {"category", {{"id", c.id}, {"label", c.label}}},
          {"affected", score.affected},
          {"instances", g.instances},
          {"rank", rank},
          {"score",
           {{"severity", score.severity},
            {"share", Round(score.share, 1e6)},
            {"prominence", Round(score.prominence, 1e6)},
            {"score", Round(score.score, 1e6)}}},
          {"flags",
           {{"interactive", g.interactive},
            {"firstViewport", g.in_first_viewport},
            {"mainOrNav", g.in_main_or_nav},
            {"blocksTask", g.blocks_task}}},
          {"fix", FixJson(fix)}};
}

Json SourcesJson(const ImpactModel& model) {
  Json out = Json::array();
  for (const Figure& f : model.figures) {
    out.push_back({{"id", f.id},
                   {"value", f.value},
                   {"unit", f.unit},
                   {"population", f.population},
                   {"statement", f.statement},
                   {"source", f.source}});
  }
  return out;
}

Json UserGroupsJson(const ImpactModel& model) {
  Json out = Json::array();
  for (const UserGroup& g : model.user_groups) {
    out.push_back({{"id", g.id},
                   {"label", g.label},
                   {"weightPercent", g.weight_percent},
                   {"basis", g.basis},
                   {"caveat", g.caveat}});
  }
  return out;
}

}  // namespace

StatusOr<std::string> BuildReportJson(std::string_view input_json,
                                      size_t max_fix_first) {
  if (max_fix_first > kMaxFixFirst) {
    return Status(ErrorCode::kOutOfRange,
                  "report: fixFirst must be at most 50, got " +
                      std::to_string(max_fix_first));
  }
  StatusOr<std::vector<FailureNode>> failures = ReadFailuresJson(input_json);
  if (!failures.ok()) return failures.status();
  const ImpactModel& model = DefaultImpactModel();
  std::vector<Group> groups = GroupFailures(*failures);
  Priorities p = Prioritize(groups, model, max_fix_first);

  // Scores and ranks indexed by group.
  std::vector<const GroupScore*> score_of(groups.size(), nullptr);
  std::vector<size_t> rank_of(groups.size(), 0);
  for (size_t r = 0; r < p.ranked.size(); ++r) {
    score_of[p.ranked[r].group] = &p.ranked[r];
    rank_of[p.ranked[r].group] = r + 1;
  }
  Json group_list = Json::array();
  for (size_t i = 0; i < groups.size(); ++i) {
    Fix fix = SuggestFix(groups[i], *failures, model);
    group_list.push_back(
        GroupJson(groups[i], *score_of[i], rank_of[i], fix, model));
  }
  Json out = {
      {"format", "seamkit.report"},
      {"formatVersion", kReportFormatVersion},
      {"priorityModel", p.model_version},
      {"summary",
       {{"sentence", p.summary},
        {"share", Round(p.fix_first_share, 1e6)},
        {"allShare", Round(p.all_share, 1e6)},
        {"method", p.method},
        {"failures", failures->size()},
        {"groups", groups.size()}}},
      {"sources", SourcesJson(model)},
      {"userGroups", UserGroupsJson(model)},
      {"fixFirst", p.fix_first},
      {"groups", std::move(group_list)}};
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace seamkit::report
