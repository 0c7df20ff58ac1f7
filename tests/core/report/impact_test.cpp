#include "core/report/impact.h"

#include <gtest/gtest.h>

#include <set>

#include "tests/core/report/fixture_util.h"

namespace seamkit::report {
namespace {

TEST(ImpactData, BuiltInCopyMatchesTheJsonFile) {
  EXPECT_EQ(std::string(DefaultImpactJson()),
            testing::ReadSourceFile("core/report/impact.json"));
}

TEST(ImpactData, ParsesAndEveryFigureHasASource) {
  StatusOr<ImpactModel> m = ParseImpactModel(DefaultImpactJson());
  ASSERT_TRUE(m.ok()) << m.status().message();
  ASSERT_GE(m->figures.size(), 8u);
  for (const Figure& f : m->figures) {
    EXPECT_FALSE(f.source.empty()) << f.id;
    EXPECT_FALSE(f.statement.empty()) << f.id;
    EXPECT_FALSE(f.population.empty()) << f.id;
    EXPECT_GT(f.value, 0) << f.id;
  }
}

TEST(ImpactData, CarriesTheFiguresTheBriefCites) {
  const ImpactModel& m = DefaultImpactModel();
  EXPECT_EQ(m.FindFigure("who-vision-2019")->value, 2.2e9);
  EXPECT_EQ(m.FindFigure("who-disability-2023")->value, 16);
  EXPECT_EQ(m.FindFigure("birch-2012-cvd-men")->value, 8);
  EXPECT_EQ(m.FindFigure("birch-2012-cvd-women")->value, 0.5);
  EXPECT_NE(m.FindFigure("birch-2012-cvd-men")->source.find(
                "Journal of the Optical Society of America A 2012"),
            std::string::npos);
}

TEST(ImpactData, EveryUserGroupWeightComesFromItsFigures) {
  const ImpactModel& m = DefaultImpactModel();
  std::set<std::string> ids;
  for (const UserGroup& g : m.user_groups) ids.insert(g.id);
  EXPECT_EQ(ids, (std::set<std::string>{"blind", "low-vision", "colour-vision",
                                        "keyboard-motor", "cognitive",
                                        "deaf"}));
  for (const UserGroup& g : m.user_groups) {
    double sum = 0;
    for (const std::string& b : g.basis) sum += m.FindFigure(b)->value;
    EXPECT_DOUBLE_EQ(g.weight_percent, sum / g.basis.size()) << g.id;
  }
  // Hand check: (8 + 0.5) / 2.
  for (const UserGroup& g : m.user_groups) {
    if (g.id == "colour-vision") {
      EXPECT_DOUBLE_EQ(g.weight_percent, 4.25);
    }
  }
}

TEST(ImpactData, RulesMapToCategoriesAndUnknownRulesToOther) {
  const ImpactModel& m = DefaultImpactModel();
  EXPECT_EQ(m.CategoryOf("color-contrast").id, "contrast");
  EXPECT_EQ(m.CategoryOf("image-alt").id, "text-alternatives");
  EXPECT_EQ(m.CategoryOf("label").id, "form-labels");
  EXPECT_EQ(m.CategoryOf("no-such-rule").id, "other");
  EXPECT_EQ(m.CategoryOf("color-contrast").severity.at("low-vision"), 3);
}

TEST(ParseImpactModel, RejectsAFigureWithoutASource) {
  std::string text(DefaultImpactJson());
  size_t at = text.find("\"source\": \"World Health Organization, World");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, std::string("\"source\": \"World Health Organization, "
                               "World report on vision, 2019\"")
                       .size(),
               "\"source\": \"\"");
  StatusOr<ImpactModel> m = ParseImpactModel(text);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), ErrorCode::kMalformed);
  EXPECT_NE(m.status().message().find("no source"), std::string::npos);
}

TEST(ParseImpactModel, RejectsBadInput) {
  EXPECT_EQ(ParseImpactModel("{").status().code(), ErrorCode::kParse);
  EXPECT_EQ(ParseImpactModel("{}").status().code(), ErrorCode::kMalformed);
  std::string text(DefaultImpactJson());
  std::string dup = text;
  dup.replace(dup.find("\"tabindex\""), 10, "\"label\"");
  EXPECT_NE(ParseImpactModel(dup).status().message().find("two categories"),
            std::string::npos);
  std::string sev = text;
  sev.replace(sev.find("{\"deaf\": 3}"), 11, "{\"deaf\": 4}");
  EXPECT_EQ(ParseImpactModel(sev).status().code(), ErrorCode::kMalformed);
}

}  // namespace
}  // namespace seamkit::report
