// Fuzzes BuildDisplaysJson, the feed path of the confidence display. Any
// text gives a typed error or a JSON answer with one entry per item, each a
// display array of the documented width or an error with an E_ code; every
// colour it names is #rrggbb.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/confidence/display_batch.h"
#include "tests/fuzz/fuzz_check.h"

using namespace seamkit::confidence;  // NOLINT: test code
using seamkit::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
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
