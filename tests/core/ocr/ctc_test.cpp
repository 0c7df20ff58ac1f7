#include "core/ocr/ctc.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace seamkit::ocr {
namespace {

// Logits for a sequence of argmax classes: the chosen class gets `peak`,
// the rest share what is left.
std::vector<float> Logits(const std::vector<int>& seq, int classes,
                          float peak = 0.9f) {
  std::vector<float> out;
  for (int c : seq) {
    for (int k = 0; k < classes; ++k) {
      out.push_back(k == c ? peak : (1 - peak) / float(classes - 1));
    }
  }
  return out;
}

TEST(Dictionary, ParsesLinesAndEndings) {
  auto d = Dictionary::Parse("a\r\nb\nc\n");
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->classes(), 5);
  EXPECT_EQ(d->Token(0), "");
  EXPECT_EQ(d->Token(1), "a");
  EXPECT_EQ(d->Token(2), "b");
  EXPECT_EQ(d->Token(3), "c");
  EXPECT_EQ(d->Token(4), " ");
  EXPECT_EQ(d->Token(5), "");
  auto no_final = Dictionary::Parse("x\n\xe4\xb8\xad");  // x, 中
  ASSERT_TRUE(no_final.ok());
  EXPECT_EQ(no_final->classes(), 4);
  EXPECT_EQ(no_final->Token(2), "\xe4\xb8\xad");
}

TEST(Dictionary, ParseErrors) {
  EXPECT_EQ(Dictionary::Parse("").status().code(), ErrorCode::kParse);
  auto empty_line = Dictionary::Parse("a\n\nb\n");
  EXPECT_EQ(empty_line.status().code(), ErrorCode::kParse);
  EXPECT_NE(empty_line.status().message().find("line 2"), std::string::npos);
  EXPECT_EQ(Dictionary::Parse("a\n\xff\n").status().code(), ErrorCode::kParse);
  EXPECT_EQ(Dictionary::Parse("a\n\xe4\xb8\n").status().code(),
            ErrorCode::kParse);  // truncated sequence
  EXPECT_EQ(Dictionary::Parse(std::string(5 << 20, 'a')).status().code(),
            ErrorCode::kLimitExceeded);
  std::string lines;
  for (int i = 0; i < 100001; ++i) lines += "a\n";
  EXPECT_EQ(Dictionary::Parse(lines).status().code(),
            ErrorCode::kLimitExceeded);
}

TEST(Dictionary, PaddleOcrKeysFile) {
  const std::string path =
      std::string(SEAMKIT_SOURCE_DIR) + "/dist/models/ppocr_keys_v1.txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) GTEST_SKIP() << "no " << path << " (run scripts/build.sh)";
  std::stringstream ss;
  ss << in.rdbuf();
  auto d = Dictionary::Parse(ss.str());
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->classes(), 6625);
}

TEST(CtcDecode, RepeatsBlanksAndSpace) {
  auto d = Dictionary::Parse("a\nb\nc\n");
  ASSERT_TRUE(d.ok());
  // a a _ a b space b b _ _ c  ->  "aa b" + "bc"? repeats collapse only when
  // adjacent: a,a -> a; blank; a; b; space; b,b -> b; blank; c.
  std::vector<int> seq = {1, 1, 0, 1, 2, 4, 2, 2, 0, 0, 3};
  std::vector<float> l = Logits(seq, 5);
  // Second line: all blank.
  std::vector<float> blank = Logits(std::vector<int>(11, 0), 5);
  l.insert(l.end(), blank.begin(), blank.end());
  l[0 * 5 + 1] = 0.7f;  // the first 'a' is less sure (collapse keeps it)
  auto lines = CtcDecode(*d, l.data(), l.size(), 2, 11, 5);
  ASSERT_TRUE(lines.ok()) << lines.status().message();
  ASSERT_EQ(lines->size(), 2u);
  EXPECT_EQ((*lines)[0].text, "aab bc");
  ASSERT_EQ((*lines)[0].char_confidences.size(), 6u);
  EXPECT_FLOAT_EQ((*lines)[0].char_confidences[0], 0.7f);
  EXPECT_NEAR((*lines)[0].confidence, (0.7 + 5 * 0.9) / 6, 1e-6);
  EXPECT_EQ((*lines)[1].text, "");
  EXPECT_EQ((*lines)[1].confidence, 0.0f);
  EXPECT_TRUE((*lines)[1].char_confidences.empty());
}

TEST(CtcDecode, TiesTakeTheFirstClass) {
  auto d = Dictionary::Parse("a\nb\n");
  std::vector<float> l = {0.1f, 0.4f, 0.4f, 0.1f};
  auto lines = CtcDecode(*d, l.data(), l.size(), 1, 1, 4);
  ASSERT_TRUE(lines.ok());
  EXPECT_EQ((*lines)[0].text, "a");
}

TEST(ArgmaxRow, SimdMatchesScalar) {
  std::mt19937 rng(5);
  std::uniform_int_distribution<int> level(0, 6);  // few levels: many ties
  for (int n : {1, 2, 7, 8, 9, 15, 16, 33, 6625}) {
    for (int trial = 0; trial < 50; ++trial) {
      std::vector<float> row(static_cast<size_t>(n));
      for (float& v : row) v = float(level(rng)) * (trial % 2 ? 0.1f : -0.1f);
      if (trial % 5 == 0) row[size_t(rng() % n)] = trial % 10 ?
          std::numeric_limits<float>::quiet_NaN() : -std::numeric_limits<float>::infinity();
      if (trial % 7 == 0) row[size_t(rng() % n)] = -0.0f;
      const RowMax a = ArgmaxRowScalar(row.data(), n);
      const RowMax b = ArgmaxRow(row.data(), n);
      EXPECT_EQ(a.finite, b.finite) << n << " " << trial;
      if (a.finite) {
        EXPECT_EQ(a.index, b.index) << n << " " << trial;
      }
    }
  }
}

TEST(CtcDecode, BadInput) {
  auto d = Dictionary::Parse("a\nb\n");
  std::vector<float> l(8, 0.25f);
  EXPECT_EQ(CtcDecode(*d, l.data(), 8, 1, 2, 5).status().code(),
            ErrorCode::kInvalidArgument);  // classes != 4
  EXPECT_EQ(CtcDecode(*d, l.data(), 7, 1, 2, 4).status().code(),
            ErrorCode::kInvalidArgument);  // length
  EXPECT_EQ(CtcDecode(*d, l.data(), 8, -1, 2, 4).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(CtcDecode(*d, l.data(), 8, 100000, 100000, 4).status().code(),
            ErrorCode::kLimitExceeded);
  l[6] = std::numeric_limits<float>::quiet_NaN();
  EXPECT_EQ(CtcDecode(*d, l.data(), 8, 1, 2, 4).status().code(),
            ErrorCode::kInvalidArgument);
  auto empty = CtcDecode(*d, nullptr, 0, 0, 0, 4);
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

}  // namespace
}  // namespace seamkit::ocr
