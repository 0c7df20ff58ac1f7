// CalibrationParams JSON: exact round trips and typed parse errors.
#include <gtest/gtest.h>

#include <string>

#include "core/confidence/calibration.h"

namespace seamkit::confidence {
namespace {

CalibrationParams RoundTrip(const CalibrationParams& p) {
  auto text = CalibrationParamsToJson(p);
  EXPECT_TRUE(text.ok()) << text.status().message();
  auto back = CalibrationParamsFromJson(text.ok() ? *text : "");
  EXPECT_TRUE(back.ok()) << back.status().message();
  return back.ok() ? *back : CalibrationParams{};
}

TEST(CalibrationJson, RoundTripsEveryMethodExactly) {
  auto iso = FitIsotonic({0.1, 0.35, 0.2, 0.8, 0.7}, {0, 1, 0, 1, 1});
  auto platt = FitPlatt({-1.3, 0.2, 0.4, 1.7, 2.9}, {0, 0, 1, 1, 1});
  auto temp =
      FitTemperatureMulticlass({1.5, 0.1, -2, 0.3, 2.2, 0.9}, 3, {0, 1});
  auto hist = FitHistogramBinning({0.1, 0.35, 0.2, 0.8, 0.7}, {0, 1, 0, 1, 1},
                                  3, Binning::kEqualMass);
  ASSERT_TRUE(iso.ok() && platt.ok() && temp.ok() && hist.ok());
  CalibrationParams i2 = RoundTrip(*iso);
  EXPECT_EQ(i2.method, CalibrationMethod::kIsotonic);
  EXPECT_EQ(i2.x, iso->x);
  EXPECT_EQ(i2.y, iso->y);
  CalibrationParams p2 = RoundTrip(*platt);
  EXPECT_EQ(p2.method, CalibrationMethod::kPlatt);
  EXPECT_EQ(p2.a, platt->a);  // bit-exact: round-trip precision
  EXPECT_EQ(p2.b, platt->b);
  CalibrationParams t2 = RoundTrip(*temp);
  EXPECT_EQ(t2.temperature, temp->temperature);
  EXPECT_EQ(t2.num_classes, 3u);
  CalibrationParams h2 = RoundTrip(*hist);
  EXPECT_EQ(h2.edges, hist->edges);
  EXPECT_EQ(h2.values, hist->values);
}

TEST(CalibrationJson, WritesFormatVersionAndMethod) {
  CalibrationParams p;
  p.method = CalibrationMethod::kPlatt;
  p.a = -1.25;
  p.b = 0.5;
  auto text = CalibrationParamsToJson(p);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text, R"({"a":-1.25,"b":0.5,"format":"seamkit.calibration",)"
                   R"("method":"platt","version":1})");
}

ErrorCode CodeOf(const std::string& text) {
  return CalibrationParamsFromJson(text).status().code();
}

TEST(CalibrationJson, RejectsBadInputWithTypedErrors) {
  const std::string head = R"({"format":"seamkit.calibration","version":1,)";
  EXPECT_TRUE(
      CalibrationParamsFromJson(head + R"("method":"platt","a":-1,"b":0})")
          .ok());
  EXPECT_EQ(CodeOf(""), ErrorCode::kParse);
  EXPECT_EQ(CodeOf("{\"format\":"), ErrorCode::kParse);
  EXPECT_EQ(CodeOf("[1,2]"), ErrorCode::kMalformed);
  EXPECT_EQ(CodeOf(R"({"version":1,"method":"platt","a":1,"b":0})"),
            ErrorCode::kMalformed);  // no format
  EXPECT_EQ(
      CodeOf(R"({"format":"other","version":1,"method":"platt","a":1,"b":0})"),
      ErrorCode::kMalformed);
  EXPECT_EQ(
      CodeOf(
          R"({"format":"seamkit.calibration","version":2,"method":"platt","a":1,"b":0})"),
      ErrorCode::kUnsupported);
  EXPECT_EQ(
      CodeOf(
          R"({"format":"seamkit.calibration","version":"1","method":"platt","a":1,"b":0})"),
      ErrorCode::kMalformed);
  EXPECT_EQ(
      CodeOf(
          R"({"format":"seamkit.calibration","version":1.5,"method":"platt","a":1,"b":0})"),
      ErrorCode::kMalformed);
  EXPECT_EQ(CodeOf(head + R"("method":"beta","a":1,"b":0})"),
            ErrorCode::kUnsupported);
  EXPECT_EQ(CodeOf(head + R"("method":7})"), ErrorCode::kMalformed);
  EXPECT_EQ(CodeOf(head + R"("method":"platt","a":1})"), ErrorCode::kMalformed);
  EXPECT_EQ(CodeOf(head + R"("method":"platt","a":"1","b":0})"),
            ErrorCode::kMalformed);
  EXPECT_EQ(CodeOf(head + R"("method":"isotonic","x":[0,1],"y":[0.1]})"),
            ErrorCode::kMalformed);
  EXPECT_EQ(CodeOf(head + R"("method":"isotonic","x":[1,0],"y":[0.1,0.2]})"),
            ErrorCode::kMalformed);  // x not increasing
  EXPECT_EQ(CodeOf(head + R"("method":"isotonic","x":[0,1],"y":[0.1,1.5]})"),
            ErrorCode::kMalformed);  // y not a probability
  EXPECT_EQ(CodeOf(head + R"("method":"isotonic","x":[0,"a"],"y":[0.1,0.2]})"),
            ErrorCode::kMalformed);
  EXPECT_EQ(
      CodeOf(head +
             R"("method":"temperature","temperature":-1,"num_classes":2})"),
      ErrorCode::kMalformed);
  EXPECT_EQ(
      CodeOf(head +
             R"("method":"temperature","temperature":1,"num_classes":-2})"),
      ErrorCode::kMalformed);
  EXPECT_EQ(CodeOf(head +
                   R"("method":"histogram","edges":[0,1],"values":[0.5,0.5]})"),
            ErrorCode::kMalformed);
  EXPECT_EQ(CodeOf(head + R"("method":"platt","a":1e999,"b":0})"),
            ErrorCode::kParse);  // out of double range: not valid here
  EXPECT_EQ(CodeOf(std::string(65 << 20, ' ')), ErrorCode::kLimitExceeded);
}

TEST(CalibrationJson, RefusesToWriteBrokenParams) {
  CalibrationParams p;
  p.method = CalibrationMethod::kHistogram;
  EXPECT_EQ(CalibrationParamsToJson(p).status().code(), ErrorCode::kMalformed);
}

}  // namespace
}  // namespace seamkit::confidence
