// Loads the scikit-learn fixtures of tests/fixtures/confidence/ (written by
// scripts/make_calibration_fixtures.py) for the native tests.
#ifndef SEAMKIT_TESTS_CORE_CONFIDENCE_FIXTURE_UTIL_H_
#define SEAMKIT_TESTS_CORE_CONFIDENCE_FIXTURE_UTIL_H_

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace seamkit::confidence::testing {

inline nlohmann::json LoadFixture(const std::string& name) {
  std::ifstream in(std::string(SEAMKIT_SOURCE_DIR) +
                   "/tests/fixtures/confidence/" + name + ".json");
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str(), nullptr, false);
}

inline std::vector<double> Doubles(const nlohmann::json& j) {
  return j.get<std::vector<double>>();
}

inline std::vector<int> Ints(const nlohmann::json& j) {
  return j.get<std::vector<int>>();
}

}  // namespace seamkit::confidence::testing

#endif  // SEAMKIT_TESTS_CORE_CONFIDENCE_FIXTURE_UTIL_H_
