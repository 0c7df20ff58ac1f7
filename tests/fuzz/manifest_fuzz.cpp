// Fuzzes MonitorConfigFromManifest: the input is the manifest text, with the
// model id and version to look up taken from its last bytes.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/monitor/manifest_config.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  int pick = in.ConsumeIntegralInRange<int>(0, 3);
  std::string id = pick == 0 ? in.ConsumeRandomLengthString(16) : "blazeface-front";
  std::string version = pick == 1 ? in.ConsumeRandomLengthString(8) : "";
  std::string text = in.ConsumeRemainingBytesAsString();
  auto config = seamkit::monitor::MonitorConfigFromManifest(text, id, version);
  if (!config.ok()) {
    seamkit::fuzz::CheckNotInternal(config.status(), "MonitorConfigFromManifest");
  }
  return 0;
}
