#include "core/report/priority.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace seamkit::report {
namespace {

// Per pool: its weight and the highest rating the category gives a group
// in it.
struct PoolRating {
  double weight = 0;
  int rating = 0;
};

std::map<std::string, PoolRating> Rate(const Category& c,
                                       const ImpactModel& m) {
  std::map<std::string, PoolRating> pools;
  for (const UserGroup& g : m.user_groups) {
    PoolRating& p = pools[g.pool];
    p.weight = g.weight_percent;
    auto it = c.severity.find(g.id);
    if (it != c.severity.end()) p.rating = std::max(p.rating, it->second);
  }
  return pools;
}

double TotalWeight(const ImpactModel& m) {
  std::map<std::string, double> pools;
  for (const UserGroup& g : m.user_groups) pools[g.pool] = g.weight_percent;
  double total = 0;
  for (const auto& [pool, w] : pools) total += w;
  return total;
}

double Prominence(const Group& g) {
  double flags = 1 + 0.5 * g.interactive + 0.5 * g.in_first_viewport +
                 0.25 * g.in_main_or_nav + 1.0 * g.blocks_task;
  return flags * (1 + std::log2(static_cast<double>(g.instances.size())));
}

GroupScore Score(const Group& g, size_t index, const ImpactModel& m,
                 double total) {
  const Category& c = m.CategoryOf(g.rule_id);
  GroupScore s;
  s.group = index;
  s.severity = ImpactWeight(g.impact);
  double weighted = 0;
  for (const auto& [pool, p] : Rate(c, m)) {
    weighted += p.weight * p.rating / kMaxSeverity;
  }
  s.share = total > 0 ? weighted / total : 0;
  s.prominence = Prominence(g);
  s.score = s.severity * s.share * s.prominence;
  for (const UserGroup& u : m.user_groups) {
    auto it = c.severity.find(u.id);
    if (it != c.severity.end() && it->second >= kAffectedSeverity) {
      s.affected.push_back(u.id);
    }
  }
  return s;
}

std::string Percent(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

std::string Summary(size_t n, double share) {
  if (n == 0) {
    return "None of the issues found seriously affects a group of users in "
           "our data; fix them in order of priority.";
  }
  std::string what = n == 1 ? "this issue" : "these " + std::to_string(n) +
                                                 " issues";
  std::string verb = n == 1 ? "it affects" : "they affect";
  return "Fix " + what + " first: " + verb + " an estimated " +
         Percent(share) +
         " of your users with disabilities. This is an estimate from "
         "published prevalence figures, not a measurement (see how we "
         "estimate).";
}

}  // namespace

double ImpactWeight(Impact impact) {
  return static_cast<double>(static_cast<int>(impact) + 1);
}

Priorities Prioritize(const std::vector<Group>& groups,
                      const ImpactModel& model, size_t max_fix_first) {
  Priorities out;
  out.method = model.method;
  double total = TotalWeight(model);
  std::vector<GroupScore> scores;
  std::vector<std::map<std::string, PoolRating>> rated;
  for (size_t i = 0; i < groups.size(); ++i) {
    scores.push_back(Score(groups[i], i, model, total));
    rated.push_back(Rate(model.CategoryOf(groups[i].rule_id), model));
  }
  auto covered_by = [&](size_t i, const std::map<std::string, bool>& done) {
    double w = 0;
    for (const auto& [pool, p] : rated[i]) {
      if (p.rating >= kAffectedSeverity && !done.count(pool)) w += p.weight;
    }
    return w;
  };
  std::map<std::string, bool> all, done;
  for (size_t i = 0; i < groups.size(); ++i) {
    for (const auto& [pool, p] : rated[i]) {
      if (p.rating >= kAffectedSeverity) all[pool] = true;
    }
  }
  double covered = 0;
  while (out.fix_first.size() < max_fix_first) {
    size_t best = groups.size();
    double best_gain = 0;
    for (size_t i = 0; i < groups.size(); ++i) {
      double gain = covered_by(i, done);
      if (gain > best_gain ||
          (gain == best_gain && gain > 0 && scores[i].score >
                                                scores[best].score)) {
        best = i;
        best_gain = gain;
      }
    }
    if (best == groups.size()) break;
    out.fix_first.push_back(best);
    covered += best_gain;
    for (const auto& [pool, p] : rated[best]) {
      if (p.rating >= kAffectedSeverity) done[pool] = true;
    }
  }
  double all_weight = 0;
  for (const UserGroup& g : model.user_groups) {
    if (all.count(g.pool)) {
      all_weight += g.weight_percent;
      all.erase(g.pool);  // a pool counts once
    }
  }
  out.fix_first_share = total > 0 ? covered / total : 0;
  out.all_share = total > 0 ? all_weight / total : 0;
  out.summary = Summary(out.fix_first.size(), out.fix_first_share);
  std::stable_sort(scores.begin(), scores.end(),
                   [](const GroupScore& a, const GroupScore& b) {
                     return a.score > b.score;
                   });
  out.ranked = std::move(scores);
  return out;
}

}  // namespace seamkit::report
