#include "core/report/priority.h"

#include <gtest/gtest.h>

#include <cmath>

#include "tests/core/report/fixture_util.h"

namespace seamkit::report {
namespace {

// Pool weights of the built-in data (percent): vision 4.6, colour vision
// (8 + 0.5) / 2 = 4.25, mobility 13.7, cognition 10.8, hearing 5.9;
// total 39.25. The expectations below are worked out by hand from the
// formulas in priority.h.
constexpr double kTotal = 39.25;

Priorities SamplePage() {
  std::vector<FailureNode> failures =
      ReadFailuresJson(
          testing::ReadSourceFile("tests/fixtures/report/sample-page.json"))
          .value();
  return Prioritize(GroupFailures(failures), DefaultImpactModel());
}

const GroupScore& ScoreOf(const Priorities& p, size_t group) {
  for (const GroupScore& s : p.ranked) {
    if (s.group == group) return s;
  }
  static GroupScore none;
  ADD_FAILURE() << "no score for group " << group;
  return none;
}

TEST(Prioritize, ScoresMatchHandComputedValues) {
  Priorities p = SamplePage();
  EXPECT_EQ(p.model_version, "priority-model 1.0");
  ASSERT_EQ(p.ranked.size(), 7u);
  // Group 0: 40 links, #777 on white, serious, interactive, first
  // viewport, in main. share = (4.6*3/3 + 4.25*2/3 + 10.8*1/3) / 39.25.
  const GroupScore& links = ScoreOf(p, 0);
  EXPECT_EQ(links.severity, 3);
  EXPECT_NEAR(links.share, (4.6 + 4.25 * 2 / 3 + 10.8 / 3) / kTotal, 1e-12);
  EXPECT_NEAR(links.prominence, 2.25 * (1 + std::log2(40.0)), 1e-12);
  EXPECT_NEAR(links.score, 11.9955, 1e-4);
  EXPECT_EQ(links.affected,
            (std::vector<std::string>{"low-vision", "colour-vision"}));
  // Group 2: 5 unlabeled signup fields, critical, blocks submission.
  const GroupScore& form = ScoreOf(p, 2);
  EXPECT_NEAR(form.share, (4.6 + 13.7 * 2 / 3 + 10.8 * 2 / 3) / kTotal,
              1e-12);
  EXPECT_NEAR(form.prominence, 3.25 * (1 + std::log2(5.0)), 1e-12);
  EXPECT_NEAR(form.score, 23.0320, 1e-4);
  // Group 3: html-has-lang, one instance, nothing prominent.
  EXPECT_NEAR(ScoreOf(p, 3).score, 3 * (4.6 * 2 / 3 + 3.6) / kTotal, 1e-12);
  // Ranked by score: form, links, gallery, ...
  EXPECT_EQ(p.ranked[0].group, 2u);
  EXPECT_EQ(p.ranked[1].group, 0u);
  EXPECT_EQ(p.ranked[2].group, 1u);
}

TEST(Prioritize, FixFirstIsAGreedyCoverOfUserGroups) {
  Priorities p = SamplePage();
  // Step 1: the form covers vision + mobility + cognition (29.1).
  // Step 2: colour vision (4.25) is left; both contrast groups add it and
  // the 40 links score higher than the single footer paragraph.
  // Step 3: only hearing is left and nothing affects it: stop at 2.
  EXPECT_EQ(p.fix_first, (std::vector<size_t>{2, 0}));
  EXPECT_NEAR(p.fix_first_share, 33.35 / kTotal, 1e-12);
  EXPECT_NEAR(p.all_share, 33.35 / kTotal, 1e-12);
  EXPECT_EQ(p.summary,
            "Fix these 2 issues first: they affect an estimated 85% of your "
            "users with disabilities. This is an estimate from published "
            "prevalence figures, not a measurement (see how we estimate).");
  EXPECT_EQ(p.method, DefaultImpactModel().method);
}

Group MakeGroup(const std::string& rule, Impact impact, size_t n) {
  Group g;
  g.rule_id = rule;
  g.impact = impact;
  for (size_t i = 0; i < n; ++i) g.instances.push_back(i);
  return g;
}

TEST(Prioritize, LimitOfOneTakesTheWidestGroup) {
  std::vector<Group> groups = {MakeGroup("video-caption", Impact::kCritical, 1),
                               MakeGroup("meta-refresh", Impact::kMinor, 1)};
  Priorities p = Prioritize(groups, DefaultImpactModel(), 1);
  // meta-refresh: vision (blind 2) + mobility 2 + cognition 3 = 29.1 beats
  // captions: hearing 5.9.
  ASSERT_EQ(p.fix_first, (std::vector<size_t>{1}));
  EXPECT_NEAR(p.fix_first_share, 29.1 / kTotal, 1e-12);
  EXPECT_NEAR(p.all_share, 35.0 / kTotal, 1e-12);
  EXPECT_EQ(p.summary.substr(0, 44),
            "Fix this issue first: it affects an estimate");
}

TEST(Prioritize, NothingSeriousMeansNoFixFirst) {
  std::vector<Group> groups = {MakeGroup("made-up-rule", Impact::kMinor, 3)};
  Priorities p = Prioritize(groups, DefaultImpactModel());
  EXPECT_TRUE(p.fix_first.empty());
  EXPECT_EQ(p.fix_first_share, 0);
  // "other" rates blind 1: share 4.6/3/39.25, prominence 1 + log2 3.
  EXPECT_NEAR(p.ranked[0].score,
              1 * (4.6 / 3 / kTotal) * (1 + std::log2(3.0)), 1e-12);
  EXPECT_NE(p.summary.find("None of the issues"), std::string::npos);
}

TEST(Prioritize, EmptyInputGivesAnEmptyVersionedResult) {
  Priorities p = Prioritize({}, DefaultImpactModel());
  EXPECT_TRUE(p.ranked.empty());
  EXPECT_EQ(p.model_version, kPriorityModelVersion);
}

}  // namespace
}  // namespace seamkit::report
