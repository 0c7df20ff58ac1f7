#include "core/ocr/similarity.h"

#include <gtest/gtest.h>

#include <string>

namespace seamkit::ocr {
namespace {

double Sim(const std::string& a, const std::string& b) {
  auto s = TextSimilarity(a, b);
  EXPECT_TRUE(s.ok()) << s.status().message();
  return s.ok() ? *s : -1;
}

TEST(TextSimilarity, KnownValues) {
  EXPECT_DOUBLE_EQ(Sim("kitten", "sitting"), 1.0 - 3.0 / 7.0);
  EXPECT_DOUBLE_EQ(Sim("", ""), 1.0);
  EXPECT_DOUBLE_EQ(Sim("abc", ""), 0.0);
  EXPECT_DOUBLE_EQ(Sim("abc", "xyz"), 0.0);
  EXPECT_DOUBLE_EQ(Sim("abcd", "abce"), 0.75);
}

TEST(TextSimilarity, FoldsCaseAndDropsSeparators) {
  EXPECT_DOUBLE_EQ(Sim("SUMMER SALE / 50% OFF", "Summer sale 50 off!"), 1.0);
  EXPECT_DOUBLE_EQ(Sim("Code: SAVE2024", "Code:SAVE2024"), 1.0);
  EXPECT_DOUBLE_EQ(Sim("\xc3\x89T\xc3\x89", "\xc3\xa9t\xc3\xa9"), 1.0);  // ÉTÉ
  EXPECT_DOUBLE_EQ(Sim("a\xe2\x80\x94" "b", "a b"), 1.0);  // em dash
  EXPECT_DOUBLE_EQ(Sim("\xef\xbc\x9a" "ab", "ab"), 1.0);  // full-width colon
  // Symbols stay: $ differs from nothing.
  EXPECT_DOUBLE_EQ(Sim("$5", "5"), 0.5);
  // Code points, not bytes: one substitution of a 3-byte character.
  EXPECT_DOUBLE_EQ(Sim("\xe4\xb8\xad" "ab", "xab"), 1.0 - 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(Sim("banner1.png", "SUMMER SALE"), Sim("banner1png", "summersale"));
}

TEST(TextSimilarity, Errors) {
  EXPECT_EQ(TextSimilarity("\xc0\xaf", "a").status().code(), ErrorCode::kParse);
  EXPECT_EQ(TextSimilarity("a", "\xed\xa0\x80").status().code(),
            ErrorCode::kParse);  // surrogate
  EXPECT_EQ(TextSimilarity("\xf4\x90\x80\x80", "a").status().code(),
            ErrorCode::kParse);  // above U+10FFFF
  EXPECT_EQ(TextSimilarity(std::string(5000, 'a'), "a").status().code(),
            ErrorCode::kLimitExceeded);
  EXPECT_TRUE(TextSimilarity(std::string(4096, 'a'), std::string(4096, 'b')).ok());
}

TEST(DecodeUtf8, CodePoints) {
  auto cp = DecodeUtf8("a\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80");
  ASSERT_TRUE(cp.ok());
  EXPECT_EQ(*cp, (std::vector<char32_t>{U'a', 0xe9, 0x4e2d, 0x1f600}));
}

}  // namespace
}  // namespace seamkit::ocr
