#include "core/a11y/node_data.h"

#include <cmath>
#include <limits>
#include <random>
#include <string>

#include <gtest/gtest.h>

namespace seamkit::a11y {
namespace {

std::string Written(double v) {
  std::string s;
  AppendJsonNumber(&s, v);
  return s;
}

std::string Nlohmann(double v) { return nlohmann::json(v).dump(); }

// The data text must be what nlohmann::json wrote before it was text:
// results stay byte for byte the same.
TEST(AppendJsonNumber, WritesWhatNlohmannWrites) {
  for (int k = -100; k <= 2200; ++k) {  // ratios rounded to 2 places
    double v = std::round(k / 100.0 * 100) / 100;
    ASSERT_EQ(Written(v), Nlohmann(v)) << k;
  }
  for (int k = 0; k <= 4000; ++k) {  // font sizes (floats) in 1/16 px
    double v = static_cast<float>(k / 16.0f);
    ASSERT_EQ(Written(v), Nlohmann(v)) << k;
  }
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> unit(0, 1);
  std::uniform_int_distribution<int> exponent(-8, 18);
  for (int i = 0; i < 40000; ++i) {
    double v = unit(rng) * std::pow(10.0, exponent(rng)) * (i % 2 ? 1 : -1);
    ASSERT_EQ(Written(v), Nlohmann(v)) << v;
    float f = static_cast<float>(v);
    ASSERT_EQ(Written(f), Nlohmann(f)) << f;
  }
  for (double v : {0.0, -0.0, 1.0, 1e-4, 9.999e-5, 1e15, 999999999999999.9, 1e16, 1e300,
                   5e-324, std::numeric_limits<double>::infinity(),
                   std::numeric_limits<double>::quiet_NaN()}) {
    EXPECT_EQ(Written(v), Nlohmann(v)) << v;
  }
}

TEST(NodeDataWriter, WritesTheObjectNlohmannWrites) {
  NodeData d = NodeDataWriter()
                   .Str("bg", "#ffffff")
                   .Str("fg", "#777777")
                   .Num("fontSize", 13.333333015441895)
                   .Int("fontWeight", 700)
                   .Bool("large", false)
                   .Num("ratio", 4.48)
                   .Num("required", 4.5)
                   .Str("shadow", "caf\xc3\xa9 \"q\" \xff")
                   .Finish();
  nlohmann::json j = {{"shadow", "caf\xc3\xa9 \"q\" \xff"}, {"required", 4.5},
                      {"ratio", 4.48}, {"large", false}, {"fontWeight", 700},
                      {"fontSize", 13.333333015441895}, {"fg", "#777777"}, {"bg", "#ffffff"}};
  EXPECT_EQ(d.text(), j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  EXPECT_EQ(d["ratio"], 4.48);
  EXPECT_EQ(d["fontWeight"], 700);
  EXPECT_TRUE(d["missing"].is_null());
  EXPECT_EQ(NodeDataWriter().Finish().text(), "{}");
}

TEST(NodeData, NullAndJsonValues) {
  NodeData none = nullptr;
  EXPECT_TRUE(none.is_null());
  EXPECT_TRUE(none.Parse().is_null());
  EXPECT_TRUE(none["x"].is_null());
  EXPECT_TRUE(NodeData(nlohmann::json()).is_null());
  NodeData d(nlohmann::json{{"role", "navigation"}, {"focusable", 3}});
  EXPECT_EQ(d.text(), R"({"focusable":3,"role":"navigation"})");
  EXPECT_EQ(d["role"], "navigation");
}

}  // namespace
}  // namespace seamkit::a11y
