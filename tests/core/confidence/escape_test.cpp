#include "core/confidence/escape.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace seamkit::confidence {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

TEST(SanitizeUtf8, KeepsWellFormedText) {
  const std::string text = "plain \xC3\xA9 \xE6\x97\xA5 \xF0\x9F\x98\x80\t\n\r";
  EXPECT_EQ(SanitizeUtf8(text), text);
}

TEST(SanitizeUtf8, ReplacesEachMaximalIllFormedSubpart) {
  EXPECT_EQ(SanitizeUtf8("a\xFF" "b"), "a" + kFffd + "b");
  EXPECT_EQ(SanitizeUtf8("\xE2\x82"), kFffd);  // truncated: one subpart
  EXPECT_EQ(SanitizeUtf8("\xE2\x82" "A"), kFffd + "A");
  EXPECT_EQ(SanitizeUtf8("\xC0\xAF"), kFffd + kFffd);  // overlong '/'
  EXPECT_EQ(SanitizeUtf8("\xED\xA0\x80"), kFffd + kFffd + kFffd);  // surrogate
  EXPECT_EQ(SanitizeUtf8("\xF4\x90\x80\x80"), kFffd + kFffd + kFffd + kFffd);
  EXPECT_EQ(SanitizeUtf8("\x80"), kFffd);
}

TEST(SanitizeUtf8, ReplacesControlCharacters) {
  EXPECT_EQ(SanitizeUtf8(std::string("a\0b", 3)), "a" + kFffd + "b");
  EXPECT_EQ(SanitizeUtf8("\x1B[31m"), kFffd + "[31m");
  EXPECT_EQ(SanitizeUtf8("\x7F"), kFffd);
  EXPECT_EQ(SanitizeUtf8("\xC2\x85"), kFffd);  // NEL, a C1 control
}

TEST(SanitizeUtf8, RandomBytesBecomeStableValidText) {
  std::mt19937 rng(7);
  for (int n = 0; n < 500; ++n) {
    std::string bytes(rng() % 40, '\0');
    for (char& c : bytes) c = static_cast<char>(rng() & 0xFF);
    std::string once = SanitizeUtf8(bytes);
    EXPECT_EQ(SanitizeUtf8(once), once);  // valid text is a fixed point
  }
}

TEST(EscapeHtml, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(EscapeHtml("<a href=\"x\">Tom & 'Jerry'</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  EXPECT_EQ(EscapeHtml("&amp;"), "&amp;amp;");  // no double-decoding
}

TEST(EscapeHtml, RepairsUtf8BeforeEscaping) {
  EXPECT_EQ(EscapeHtml("<\xFF>"), "&lt;" + kFffd + "&gt;");
}

}  // namespace
}  // namespace seamkit::confidence
