// Writes the fuzz seeds that must be produced by the encoders (binary
// snapshots), so that no seed is written by hand:
//   seamkit_fuzz_seeds <repo root> <corpus dir>
// reads tests/fixtures/a11y/snapshot/basic.json plus the small pages below,
// and writes each as <corpus dir>/{snapshot_binary,audit}/<name>.bin and as
// compact JSON into <corpus dir>/snapshot_json/<name>.json.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/a11y/snapshot_binary.h"
#include "core/a11y/snapshot_json.h"

namespace {

using seamkit::a11y::DecodeSnapshotJson;

std::string Page(const std::string& body, bool watched = false, bool compared = false) {
  return std::string(R"({"format":"seamkit-a11y-snapshot","version":1,"root":{"kind":"document",)") +
         (watched ? R"("changesObserved":true,)" : "") +
         (compared ? R"("contentCompared":true,)" : "") +
         R"("lang":"en","viewport":[800,600],"children":[{"tag":"html","attrs":{"lang":"en"},)"
         R"("children":[{"tag":"head","children":[{"tag":"title","children":["T"]}]},)"
         R"({"tag":"body","children":[)" + body + "]}]}]}}";
}

const std::vector<std::pair<std::string, std::string>>& Pages() {
  static const auto* pages = new std::vector<std::pair<std::string, std::string>>{
      {"form", Page(R"({"tag":"form","children":[{"tag":"label","attrs":{"for":"e"},)"
                    R"("children":["Email"]},{"tag":"input","attrs":{"id":"e",)"
                    R"("type":"email","autocomplete":"emial"},"flags":["focusable"]},)"
                    R"({"tag":"input","attrs":{"type":"image"}},{"tag":"button"}]})")},
      {"aria", Page(R"({"tag":"div","attrs":{"role":"tablist","aria-owns":"t2"},)"
                    R"("children":[{"tag":"div","attrs":{"role":"tab","aria-selected":"maybe"}}]},)"
                    R"({"tag":"span","attrs":{"id":"t2","role":"tab","aria-hidden":"true"},)"
                    R"("flags":["focusable"],"tabindex":0},{"tag":"div","attrs":{"role":"slider"}})")},
      {"table", Page(R"({"tag":"table","children":[{"tag":"tr","children":[)"
                     R"({"tag":"th","attrs":{"id":"h"},"children":["H"]},{"tag":"th"}]},)"
                     R"({"tag":"tr","children":[{"tag":"td","attrs":{"headers":"h x"},)"
                     R"("children":["1"]}]}]},{"tag":"meta","attrs":{"http-equiv":"refresh",)"
                     R"("content":"5; url=/x"}})")},
      {"contrast", Page(R"j({"tag":"p","style":{"color":"rgb(119, 119, 119)",)j"
                        R"j("backgroundColor":"rgb(255, 255, 255)","fontSize":12},"box":[0,0,100,20],)j"
                        R"j("children":["low"]},{"tag":"a","attrs":{"href":"#"},"children":[]})j")},
      {"media", Page(R"j({"tag":"video","attrs":{"autoplay":"","src":"v.mp4#t=1,9"},)j"
                     R"j("media":{"status":"measured","url":"http://h/v.mp4#t=1,9","duration":12,)j"
                     R"j("audible":[[0.5,3],[3.5,11]]}},{"tag":"audio","attrs":{"autoplay":"",)j"
                     R"j("src":"http://x/a.mp3"},"media":{"status":"cross-origin"}},)j"
                     R"j({"tag":"button","box":[0,0,40,20],"children":["Mute"]})j")},
      // body is node 5: the div (6) has an image under its <p> (7).
      {"image", Page(R"j({"tag":"div","style":{"backgroundImage":true,)j"
                     R"j("backgroundColor":"rgb(0, 0, 0)"},"box":[0,0,200,60],"children":[)j"
                     R"j({"tag":"p","style":{"color":"rgb(85, 85, 85)"},"box":[0,0,200,20],)j"
                     R"j("imageBackdrops":[{"image":6,"darkest":"#000000","lightest":"#b4b4b4"}],)j"
                     R"j("children":["Black hole sun"]}]})j")},
      {"changes", Page(R"j({"tag":"p","children":["Price: ",{"tag":"span","flags":["textChanged"],)j"
                       R"j("children":["7"]}]},{"tag":"button","box":[0,0,40,20],)j"
                       R"j("children":["Pause"]})j", /*watched=*/true)},
      // A repeated menu and aside (with a skip target inside), then the
      // page's own content.
      {"repeated", Page(R"j({"tag":"a","attrs":{"href":"#end"},"flags":["focusable"],"tabOrder":0,)j"
                        R"j("children":["Skip"]},{"tag":"nav","flags":["repeated"],"children":[)j"
                        R"j({"tag":"h2","children":["Menu"]},{"tag":"a","attrs":{"href":"/b"},)j"
                        R"j("children":["B"]},{"tag":"span","attrs":{"id":"end"}}]},)j"
                        R"j({"tag":"div","children":[{"tag":"h1","children":["Own"]},)j"
                        R"j({"tag":"img","attrs":{"alt":"photo"}},"text"]},)j"
                        R"j({"tag":"main","attrs":{"aria-hidden":"true"},"children":["x"]})j",
                        /*watched=*/false, /*compared=*/true)},
  };
  return *pages;
}

bool Write(const std::string& path, const void* data, size_t size) {
  std::ofstream out(path, std::ios::binary);
  out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s <repo root> <corpus dir>\n", argv[0]);
    return 2;
  }
  std::string root = argv[1], dir = argv[2];
  std::ifstream basic(root + "/tests/fixtures/a11y/snapshot/basic.json");
  std::stringstream text;
  text << basic.rdbuf();
  std::vector<std::pair<std::string, std::string>> all = Pages();
  all.emplace_back("basic", text.str());
  for (const auto& [name, json] : all) {
    auto snap = DecodeSnapshotJson(json);
    if (!snap.ok()) {
      std::fprintf(stderr, "%s: %s\n", name.c_str(), snap.status().message().c_str());
      return 1;
    }
    std::vector<uint8_t> bin = seamkit::a11y::EncodeSnapshotBinary(*snap);
    std::string compact = seamkit::a11y::EncodeSnapshotJson(*snap);
    bool ok = Write(dir + "/snapshot_binary/" + name + ".bin", bin.data(), bin.size()) &&
              Write(dir + "/audit/" + name + ".bin", bin.data(), bin.size()) &&
              Write(dir + "/snapshot_json/" + name + ".json", compact.data(), compact.size());
    if (!ok) {
      std::fprintf(stderr, "cannot write the seeds of %s under %s\n", name.c_str(), dir.c_str());
      return 1;
    }
  }
  return 0;
}
