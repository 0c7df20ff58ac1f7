// ApplyBatch (SIMD sigmoid for temperature and Platt) against its scalar
// reference for every tail length, and its input checks.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "core/confidence/calibration.h"
#include "core/confidence/input_checks.h"

namespace seamkit::confidence {
namespace {

std::vector<CalibrationParams> SigmoidParams() {
  CalibrationParams temp;
  temp.temperature = 0.7;
  CalibrationParams platt;
  platt.method = CalibrationMethod::kPlatt;
  platt.a = -3.5;
  platt.b = 0.6;
  CalibrationParams sharp = temp;
  sharp.temperature = kMinTemperature;
  return {temp, platt, sharp};
}

TEST(ApplyBatch, SimdMatchesScalarForEveryTail) {
  std::mt19937 rng(42);
  std::uniform_real_distribution<float> u(-40.0f, 40.0f);
  for (const CalibrationParams& p : SigmoidParams()) {
    for (size_t n = 0; n <= 13; ++n) {
      std::vector<float> in(n + 1), simd(n + 1, -1.0f), scalar(n + 1, -1.0f);
      for (float& v : in) v = u(rng);
      if (n > 2) in[1] = 0.0f;
      // Offset by one float: unaligned loads and stores.
      ASSERT_TRUE(ApplyBatch(p, in.data() + 1, simd.data() + 1, n).ok());
      ASSERT_TRUE(
          ApplyBatchScalar(p, in.data() + 1, scalar.data() + 1, n).ok());
      EXPECT_EQ(simd[0], -1.0f);  // nothing written before the output
      for (size_t i = 1; i <= n; ++i) {
        ASSERT_NEAR(simd[i], scalar[i], 1e-6) << "n=" << n << " i=" << i;
        ASSERT_GE(simd[i], 0.0f);
        ASSERT_LE(simd[i], 1.0f);
        auto exact = Apply(p, in[i]);
        ASSERT_TRUE(exact.ok());
        ASSERT_NEAR(scalar[i], *exact, 1e-7);
      }
    }
  }
}

TEST(ApplyBatch, WorksInPlaceAndForTableMethods) {
  CalibrationParams iso;
  iso.method = CalibrationMethod::kIsotonic;
  iso.x = {0, 1};
  iso.y = {0.2, 0.8};
  std::vector<float> v = {-1, 0, 0.25f, 0.5f, 1, 2};
  ASSERT_TRUE(ApplyBatch(iso, v.data(), v.data(), v.size()).ok());
  std::vector<float> want = {0.2f, 0.2f, 0.35f, 0.5f, 0.8f, 0.8f};
  for (size_t i = 0; i < v.size(); ++i) EXPECT_NEAR(v[i], want[i], 1e-7);
  CalibrationParams temp;
  std::vector<float> w = {0, 100, -100, 3};
  ASSERT_TRUE(ApplyBatch(temp, w.data(), w.data(), w.size()).ok());
  EXPECT_NEAR(w[0], 0.5f, 1e-7);
  EXPECT_NEAR(w[1], 1.0f, 1e-7);
  EXPECT_NEAR(w[2], 0.0f, 1e-7);
  EXPECT_NEAR(w[3], 1 / (1 + std::exp(-3.0)), 1e-6);
}

TEST(ApplyBatch, RejectsBadInputWithoutWriting) {
  CalibrationParams temp;
  std::vector<float> in = {0, 1, std::numeric_limits<float>::quiet_NaN(), 2, 3};
  std::vector<float> out(in.size(), -1.0f);
  Status s = ApplyBatch(temp, in.data(), out.data(), in.size());
  EXPECT_EQ(s.code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(s.message().find("scores[2]"), std::string::npos);
  for (float v : out) EXPECT_EQ(v, -1.0f);
  in[2] = std::numeric_limits<float>::infinity();
  EXPECT_EQ(ApplyBatch(temp, in.data(), out.data(), in.size()).code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ApplyBatch(temp, nullptr, out.data(), 3).code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ApplyBatch(temp, out.data(), nullptr, 3).code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ApplyBatch(temp, nullptr, nullptr, kMaxSamples + 1).code(),
            ErrorCode::kLimitExceeded);
  EXPECT_TRUE(ApplyBatch(temp, nullptr, nullptr, 0).ok());
  CalibrationParams hist;
  hist.method = CalibrationMethod::kHistogram;
  hist.edges = {0, 0.5, 1};
  hist.values = {0.1, 0.9};
  std::vector<float> probs = {0.2f, 1.5f};
  EXPECT_EQ(ApplyBatch(hist, probs.data(), probs.data(), 2).code(),
            ErrorCode::kOutOfRange);
  CalibrationParams multi;
  multi.num_classes = 3;
  EXPECT_EQ(ApplyBatch(multi, probs.data(), probs.data(), 1).code(),
            ErrorCode::kInvalidArgument);
}

TEST(ApplySoftmax, RowsSumToOneAndTemperatureFlattens) {
  CalibrationParams p;
  p.num_classes = 3;
  p.temperature = 2;
  std::vector<float> z = {2, 0, 0, 1, 1, 1};
  std::vector<float> out(6);
  ASSERT_TRUE(ApplySoftmax(p, z.data(), out.data(), 2).ok());
  // Row 0: e^1 / (e^1 + 2) at T = 2.
  double e = std::exp(1.0);
  EXPECT_NEAR(out[0], e / (e + 2), 1e-6);
  EXPECT_NEAR(out[1], 1 / (e + 2), 1e-6);
  for (int j = 3; j < 6; ++j) EXPECT_NEAR(out[j], 1.0 / 3, 1e-6);
  z[4] = std::numeric_limits<float>::quiet_NaN();
  EXPECT_EQ(ApplySoftmax(p, z.data(), out.data(), 2).code(),
            ErrorCode::kInvalidArgument);
  CalibrationParams platt;
  platt.method = CalibrationMethod::kPlatt;
  EXPECT_EQ(ApplySoftmax(platt, z.data(), out.data(), 1).code(),
            ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace seamkit::confidence
