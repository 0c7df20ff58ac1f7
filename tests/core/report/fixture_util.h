// Loads tests/fixtures/report/ files for the native tests.
#ifndef SEAMKIT_TESTS_CORE_REPORT_FIXTURE_UTIL_H_
#define SEAMKIT_TESTS_CORE_REPORT_FIXTURE_UTIL_H_

#include <fstream>
#include <sstream>
#include <string>

namespace seamkit::report::testing {

inline std::string ReadSourceFile(const std::string& relative) {
  std::ifstream in(std::string(SEAMKIT_SOURCE_DIR) + "/" + relative,
                   std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace seamkit::report::testing

#endif  // SEAMKIT_TESTS_CORE_REPORT_FIXTURE_UTIL_H_
