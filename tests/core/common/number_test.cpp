#include "core/common/number.h"

#include <gtest/gtest.h>

namespace seamkit {
namespace {

TEST(ParseDecimal, AcceptsTheDecimalGrammar) {
  EXPECT_EQ(ParseDecimal("0"), 0.0);
  EXPECT_EQ(ParseDecimal("-12.5"), -12.5);
  EXPECT_EQ(ParseDecimal("+3"), 3.0);
  EXPECT_EQ(ParseDecimal(".25"), 0.25);
  EXPECT_EQ(ParseDecimal("1e3"), 1000.0);
  EXPECT_EQ(ParseDecimal("2.5E-1"), 0.25);
}

TEST(ParseDecimal, RejectsWhatIsNotADecimal) {
  for (const char* bad : {"", "-", ".", "e5", " 1", "1 ", "0x10", "inf",
                          "nan", "1.", "1e", "1e+", "--1", "1e400"}) {
    EXPECT_FALSE(ParseDecimal(bad).has_value()) << bad;
  }
}

TEST(ParseDecimalPrefix, StopsAtTheFirstCharacterOutsideTheNumber) {
  size_t n = 0;
  EXPECT_EQ(ParseDecimalPrefix("1.5px", &n), 1.5);
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(ParseDecimalPrefix("2.", &n), 2.0);
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(ParseDecimalPrefix("7em", &n), 7.0);  // 'e' without digits
  EXPECT_EQ(n, 1u);
  EXPECT_FALSE(ParseDecimalPrefix("px1", &n).has_value());
}

}  // namespace
}  // namespace seamkit
