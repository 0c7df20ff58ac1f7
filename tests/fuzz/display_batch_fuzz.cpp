// Fuzzes BuildDisplaysJson, the feed path of the confidence display. Any
// text gives a typed error or a JSON answer with one entry per item, each a
// display array of the documented width or an error with an E_ code; every
// colour it names is #rrggbb. The same bytes also drive BuildDisplaysPacked:
// the text up to the first NUL is the header, the rest read as doubles are
// the items, then the factors; any answer has one record per item whose
// text indices are in range.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/confidence/display_batch.h"
#include "tests/fuzz/fuzz_check.h"

using namespace seamkit::confidence;  // NOLINT: test code
using seamkit::fuzz::Check;

namespace {

void FuzzPacked(const uint8_t* data, size_t size) {
  const uint8_t* nul = static_cast<const uint8_t*>(std::memchr(data, 0, size));
  size_t header_size = nul ? static_cast<size_t>(nul - data) : size;
  std::string header(reinterpret_cast<const char*>(data), header_size);
  size_t rest = nul ? size - header_size - 1 : 0;
  std::vector<double> words(rest / sizeof(double));
  if (!words.empty()) std::memcpy(words.data(), nul + 1, words.size() * sizeof(double));
  // Small integers are what real indices look like: map each word's low
  // byte to one when its high bits are zero, so the fuzzer reaches items.
  for (double& w : words) {
    uint64_t bits;
    std::memcpy(&bits, &w, sizeof bits);
    if ((bits >> 56) == 0) w = static_cast<double>(static_cast<int>(bits & 0xff) - 1);
  }
  size_t items = words.size() / kPackedItemWords * kPackedItemWords;
  std::vector<double> item_words(words.begin(), words.begin() + static_cast<long>(items));
  std::vector<double> factors(words.begin() + static_cast<long>(items), words.end());
  if (factors.size() % 2) factors.pop_back();
  auto out = BuildDisplaysPacked(header, item_words, factors);
  if (!out.ok()) {
    seamkit::fuzz::CheckNotInternal(out.status(), "BuildDisplaysPacked");
    return;
  }
  size_t n = items / kPackedItemWords;
  Check(out->words.size() == n * kPackedDisplayWords, "one record per item");
  auto strings = nlohmann::json::parse(out->strings_json, nullptr, false);
  Check(strings.is_array(), "strings are a JSON array");
  auto in_range = [&](double x) { return x >= 0 && x < static_cast<double>(strings.size()); };
  for (size_t i = 0; i < n; ++i) {
    const double* w = out->words.data() + i * kPackedDisplayWords;
    if (w[0] != 1) {
      Check(w[0] == 0 && in_range(w[1]) && in_range(w[2]), "error record");
      continue;
    }
    Check(in_range(w[2]) && in_range(w[4]) && in_range(w[22]), "text indices");
    Check(w[16] + w[17] <= static_cast<double>(out->reasons.size() / 3), "reason range");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzPacked(data, size);
  std::string text(reinterpret_cast<const char*>(data), size);
  auto out = BuildDisplaysJson(text);
  if (!out.ok()) {
    seamkit::fuzz::CheckNotInternal(out.status(), "BuildDisplaysJson");
    return 0;
  }
  auto in = nlohmann::json::parse(text, nullptr, false);
  auto answer = nlohmann::json::parse(*out, nullptr, false);
  Check(!answer.is_discarded(), "answer is not JSON");
  Check(answer["displays"].size() == in["items"].size(), "one entry per item");
  const auto& strings = answer["strings"];
  for (const auto& e : answer["displays"]) {
    if (e.is_object()) {
      std::string code = e["code"].get<std::string>();
      Check(code.rfind("E_", 0) == 0 && code != "E_INTERNAL", "item error code");
      continue;
    }
    Check(e.is_array() && e.size() == kBatchFields.size(), "display width");
    for (size_t f = 19; f <= 23; ++f) {  // background .. bodyTextColour
      const std::string& c = strings[e[f].get<size_t>()].get_ref<const std::string&>();
      Check(c.size() == 7 && c[0] == '#', "colour is #rrggbb");
    }
  }
  return 0;
}
