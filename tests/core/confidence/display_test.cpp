#include "core/confidence/display.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <set>

#include "core/common/contrast.h"

namespace seamkit::confidence {
namespace {

double Ratio(const std::string& fg, const std::string& bg) {
  return ContrastRatio(*ParseCssColor(fg), *ParseCssColor(bg));
}

void ExpectContrastTargets(const DisplayModel& m) {
  EXPECT_GE(Ratio(m.bar_colour, m.background), 3.0) << m.bar_colour;
  EXPECT_GE(Ratio(m.track_colour, m.background), 3.0) << m.track_colour;
  EXPECT_GE(Ratio(m.text_colour, m.background), 4.5) << m.text_colour;
  EXPECT_GE(Ratio(m.body_text_colour, m.background), 4.5);
}

DisplayInput Typical() {
  DisplayInput in;
  in.calibrated = 0.72;
  in.raw_score = 0.91341;
  in.verdict_kind = 1;
  in.factors = {{"limited-corroboration", 0.4},
                {"conflicting-sources", 0.7},
                {"stale-data", 0.1},
                {"small-text", 0.2}};
  return in;
}

TEST(BuildDisplay, FillsEveryFieldForATypicalResult) {
  StatusOr<DisplayModel> m = BuildDisplay(Typical());
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_TRUE(m->score_valid);
  EXPECT_EQ(m->verdict_id, "unverified");
  EXPECT_EQ(m->verdict_text, "Unverified");
  EXPECT_EQ(m->percent_text, "72%");
  EXPECT_EQ(m->aria_valuetext, "72% confidence: Unverified");
  EXPECT_DOUBLE_EQ(m->meter_value, 72.0);
  EXPECT_DOUBLE_EQ(m->bar_fraction, 0.72);
  EXPECT_EQ(m->raw_text, "0.9134");
  EXPECT_EQ(m->icon_id, "question");
  ASSERT_EQ(m->reasons.size(), 3u);
  EXPECT_EQ(m->reasons[0].text, "Conflicting information from verified sources");
  EXPECT_EQ(m->reasons[1].text, "Limited source corroboration");
  EXPECT_FALSE(m->disclaimer.empty());
  EXPECT_EQ(m->locale, "en");
  EXPECT_EQ(m->background, "#ffffff");
  ExpectContrastTargets(*m);
  EXPECT_GE(m->bar_contrast, 3.0);
  EXPECT_GE(m->text_contrast, 4.5);
}

TEST(BuildDisplay, GivesEachVerdictItsOwnShapeAndColour) {
  std::set<std::string> icons, colours;
  for (int kind = 0; kind < 3; ++kind) {
    DisplayInput in = Typical();
    in.verdict_kind = kind;
    DisplayModel m = *BuildDisplay(in);
    EXPECT_EQ(m.verdict_id, kVerdictIds[kind]);
    icons.insert(m.icon_id);
    colours.insert(m.text_colour);
  }
  EXPECT_EQ(icons, (std::set<std::string>{"check", "cross", "question"}));
  EXPECT_EQ(colours.size(), 3u);
}

TEST(BuildDisplay, FlagsAPaletteThatFailsTheCvdCheck) {
  DisplayInput in = Typical();
  EXPECT_TRUE(BuildDisplay(in)->palette_cvd_distinct);
  in.palette = {"#ff0000", "#ffbf00", "#00ff00"};
  EXPECT_FALSE(BuildDisplay(in)->palette_cvd_distinct);
}

TEST(BuildDisplay, ShowsACallerLabelForAValidScore) {
  DisplayInput in = Typical();
  in.verdict_kind = 2;
  in.verdict_label = "Needs checking";
  DisplayModel m = *BuildDisplay(in);
  EXPECT_EQ(m.verdict_text, "Needs checking");
  EXPECT_EQ(m.aria_valuetext, "72% confidence: Needs checking");
}

TEST(BuildDisplay, AnAbsentRawScoreIsNotAvailableButTheScoreStaysValid) {
  DisplayInput in = Typical();
  in.has_raw_score = false;
  in.raw_score = NAN;
  StatusOr<DisplayModel> m = BuildDisplay(in);
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_TRUE(m->score_valid);
  EXPECT_EQ(m->meter_value, std::round(in.calibrated * 1000) / 10);
  EXPECT_EQ(m->raw_text, "not available");
}

TEST(BuildDisplay, TurnsAnInvalidScoreIntoUnverifiedNeverANumber) {
  for (auto [p, raw] : std::vector<std::pair<double, double>>{
           {NAN, 1}, {INFINITY, 1}, {-INFINITY, 1}, {-0.1, 1}, {1.5, 1},
           {0.8, NAN}, {0.8, INFINITY}}) {
    DisplayInput in = Typical();
    in.calibrated = p;
    in.raw_score = raw;
    in.verdict_kind = 2;
    in.verdict_label = "Likely true";
    StatusOr<DisplayModel> m = BuildDisplay(in);
    ASSERT_TRUE(m.ok()) << m.status().message();
    EXPECT_FALSE(m->score_valid);
    EXPECT_EQ(m->verdict_id, "unverified") << p;
    EXPECT_EQ(m->verdict_text, "Unverified");
    EXPECT_EQ(m->icon_id, "question");
    EXPECT_EQ(m->reasons[0].code, kInvalidScoreCode);
    EXPECT_EQ(m->percent_text, "No score");
    EXPECT_EQ(m->aria_valuetext, "No valid score: Unverified");
    EXPECT_EQ(m->percent_text.find_first_of("0123456789"), std::string::npos);
    EXPECT_EQ(m->meter_value, 0);
    EXPECT_EQ(m->bar_fraction, 0);
    ExpectContrastTargets(*m);
  }
}

TEST(FormatPercent, NeverRoundsToCertainty) {
  const StringTable& t = DefaultStringTable();
  EXPECT_EQ(FormatPercent(0, t), "0%");
  EXPECT_EQ(FormatPercent(0.004, t), "<1%");
  EXPECT_EQ(FormatPercent(0.006, t), "1%");
  EXPECT_EQ(FormatPercent(0.726, t), "73%");
  EXPECT_EQ(FormatPercent(0.996, t), ">99%");
  EXPECT_EQ(FormatPercent(1, t), "100%");
  EXPECT_EQ(FormatPercent(NAN, t), "No score");
  EXPECT_EQ(FormatPercent(1.2, t), "No score");
}

TEST(FormatRawScore, KeepsFourSignificantDigits) {
  EXPECT_EQ(FormatRawScore(-2.5), "-2.5");
  EXPECT_EQ(FormatRawScore(12345.6), "1.235e+04");
  EXPECT_EQ(FormatRawScore(0.000123456), "0.0001235");
}

TEST(BuildDisplay, MeetsContrastOnADarkBackground) {
  DisplayInput in = Typical();
  in.background = "#121212";
  for (int kind = 0; kind < 3; ++kind) {
    in.verdict_kind = kind;
    DisplayModel m = *BuildDisplay(in);
    EXPECT_EQ(m.background, "#121212");
    ExpectContrastTargets(m);
  }
}

TEST(BuildDisplay, UsesACallerTable) {
  DisplayInput in = Typical();
  in.table_json = R"({"locale": "de", "reasons": {"stale-data": "Veraltet"},
    "generic": "Weitere Faktoren", "disclaimer": "Automatische Schätzung.",
    "verdicts": {"likely-false": "Wohl falsch", "unverified": "Ungeprüft",
                 "likely-true": "Wohl wahr"},
    "labels": {"meter": "Vertrauen", "percent": "{value} %",
               "value": "{percent} Vertrauen: {verdict}",
               "value-invalid": "Kein Wert: {verdict}",
               "percent-invalid": "Kein Wert", "raw-score": "Rohwert",
               "raw-unavailable": "fehlt", "reasons-heading": "Warum"}})";
  DisplayModel m = *BuildDisplay(in);
  EXPECT_EQ(m.locale, "de");
  EXPECT_EQ(m.aria_valuetext, "72 % Vertrauen: Ungeprüft");
  EXPECT_EQ(m.reasons[0].text, "Weitere Faktoren");
}

TEST(BuildDisplay, RejectsBadInputWithTypedErrors) {
  auto code = [](auto edit) {
    DisplayInput in = Typical();
    edit(in);
    return BuildDisplay(in).status().code();
  };
  EXPECT_EQ(code([](DisplayInput& in) { in.verdict_kind = 3; }),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code([](DisplayInput& in) { in.top_k = 0; }),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code([](DisplayInput& in) { in.background = "rgb(0 0 0 / 50%)"; }),
            ErrorCode::kInvalidArgument);
  EXPECT_NE(code([](DisplayInput& in) { in.background = "url(x)"; }),
            ErrorCode::kOk);
  EXPECT_EQ(code([](DisplayInput& in) { in.palette = {"red", "green"}; }),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code([](DisplayInput& in) { in.table_json = "{"; }),
            ErrorCode::kParse);
  EXPECT_EQ(code([](DisplayInput& in) { in.factors = {{"x", NAN}}; }),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code([](DisplayInput& in) { in.claim = std::string(5000, 'a'); }),
            ErrorCode::kLimitExceeded);
}

// 200 random palettes on random light and dark backgrounds at random
// probabilities: the model's colours always meet their targets.
TEST(BuildDisplay, MeetsContrastTargetsForRandomPalettes) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_real_distribution<double> unit(0, 1);
  auto hex = [&] {
    char buf[8];
    std::snprintf(buf, sizeof(buf), "#%02x%02x%02x", byte(rng), byte(rng),
                  byte(rng));
    return std::string(buf);
  };
  for (int n = 0; n < 200; ++n) {
    DisplayInput in = Typical();
    in.palette = {hex(), hex(), hex()};
    in.background = hex();
    in.calibrated = unit(rng);
    in.verdict_kind = n % 3;
    StatusOr<DisplayModel> m = BuildDisplay(in);
    ASSERT_TRUE(m.ok()) << m.status().message();
    ExpectContrastTargets(*m);
  }
}

}  // namespace
}  // namespace seamkit::confidence
