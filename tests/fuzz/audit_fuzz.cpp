// Fuzzes the rule engine: every rule runs over a snapshot decoded from the
// input, and the results are serialised. Inputs starting with the binary
// magic "SKSN" go through DecodeSnapshotBinary (the seeds are real encoded
// snapshots); any other input drives a SnapshotBuilder, picking tags,
// attributes, styles and text from vocabularies the rules care about, so
// most inputs become valid trees that reach deep into the rules.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "core/a11y/engine.h"
#include "core/a11y/results_json.h"
#include "core/a11y/snapshot_binary.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using namespace seamkit::a11y;  // NOLINT: test code
using seamkit::StatusOr;

constexpr const char* kTags[] = {
    "html", "head", "title", "body", "main", "nav", "div", "span", "p", "a",
    "button", "input", "label", "img", "svg", "iframe", "table", "tr", "th",
    "td", "ul", "li", "h1", "h2", "form", "select", "option", "textarea",
    "video", "audio", "object", "area", "map", "summary", "details", "meta",
    "slot", "fieldset", "legend", "caption", "menu", "dialog", "title"};
constexpr const char* kAttrs[] = {
    "id", "role", "alt", "title", "lang", "xml:lang", "href", "type",
    "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden",
    "aria-owns", "aria-controls", "aria-checked", "aria-level", "tabindex",
    "for", "name", "content", "http-equiv", "autocomplete", "headers",
    "scope", "usemap", "src", "autoplay", "controls", "muted", "value",
    "placeholder", "aria-expanded", "aria-valuenow", "style", "hidden"};
constexpr const char* kValues[] = {
    "", "a", "b", "main", "button", "img", "presentation", "none", "true",
    "false", "en", "en-US", "xx", "0", "-1", "1", "0; url=x", "5",
    "width=device-width, user-scalable=no", "refresh", "email", "on",
    "a b", "#a", "heading", "row", "cell", "gridcell", "list", "listitem",
    "checkbox", "tablist", "tab", "menuitem", "col", "rowgroup", "x y z"};
constexpr const char* kColors[] = {
    "rgb(0, 0, 0)", "rgb(255, 255, 255)", "rgba(0, 0, 0, 0)",
    "rgb(119, 119, 119)", "rgba(10, 20, 30, 0.5)", "transparent", "#fff"};

template <size_t N>
std::string Pick(FuzzedDataProvider& in, const char* const (&list)[N]) {
  if (in.ConsumeIntegralInRange<int>(0, 7) == 0) {
    return in.ConsumeRandomLengthString(24);
  }
  return list[in.ConsumeIntegralInRange<size_t>(0, N - 1)];
}

void FillElement(FuzzedDataProvider& in, SnapshotBuilder& b, NodeId n) {
  ElementData& e = b.Element(n);
  if (in.ConsumeBool()) e.ns = Namespace::kSvg;
  if (in.ConsumeBool()) e.tabindex = in.ConsumeIntegralInRange<int32_t>(-2, 3);
  e.tab_order = in.ConsumeIntegralInRange<int32_t>(-1, 8);
  e.box = {in.ConsumeFloatingPoint<float>(), in.ConsumeFloatingPoint<float>(),
           in.ConsumeFloatingPointInRange<float>(0, 2000),
           in.ConsumeFloatingPointInRange<float>(0, 2000)};
  ComputedStyle& s = e.style;
  s.display = static_cast<Display>(in.ConsumeIntegralInRange<int>(0, kDisplayCount - 1));
  s.visibility = static_cast<Visibility>(in.ConsumeIntegralInRange<int>(0, 2));
  s.position = static_cast<Position>(in.ConsumeIntegralInRange<int>(0, 4));
  s.overflow_x = static_cast<Overflow>(in.ConsumeIntegralInRange<int>(0, 4));
  s.overflow_y = static_cast<Overflow>(in.ConsumeIntegralInRange<int>(0, 4));
  s.background_image = in.ConsumeBool();
  s.text_shadow = in.ConsumeBool();
  s.font_weight = in.ConsumeIntegralInRange<uint16_t>(1, 1000);
  s.opacity = in.ConsumeProbability<float>();
  s.font_size_px = in.ConsumeFloatingPointInRange<float>(0, 100);
  s.letter_spacing_px = in.ConsumeFloatingPointInRange<float>(-5, 20);
  s.word_spacing_px = in.ConsumeFloatingPointInRange<float>(-5, 20);
  s.line_height_px = in.ConsumeFloatingPointInRange<float>(-1, 100);
  s.color = b.Intern(Pick(in, kColors));
  s.background_color = b.Intern(Pick(in, kColors));
  if (in.ConsumeBool()) s.before_content = b.Intern(in.ConsumeRandomLengthString(8));
  b.SetFlags(n, in.ConsumeIntegralInRange<uint32_t>(0, kKnownNodeFlags));
}

StatusOr<Snapshot> BuildFromBytes(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  SnapshotBuilder b;
  DocumentInfo doc;
  doc.viewport_width = 1280;
  doc.viewport_height = 720;
  if (in.ConsumeBool()) doc.lang = b.Intern(Pick(in, kValues));
  std::vector<NodeId> open = {b.AddDocument(kNoNode, doc)};
  std::vector<NodeId> hosts;  // elements with a shadow root
  while (in.remaining_bytes() > 0 && b.size() < 400 && !open.empty()) {
    NodeId top = open.back();
    switch (in.ConsumeIntegralInRange<int>(0, 9)) {
      case 0: open.pop_back(); break;
      case 1: b.AddText(top, in.ConsumeRandomLengthString(32)); break;
      case 2:
        if (b.size() == top + 1 && in.ConsumeBool()) {
          open.push_back(b.AddShadowRoot(top));
        } else {
          NodeId d = b.AddDocument(top, doc);
          open.push_back(d);
        }
        break;
      default: {
        NodeId e = b.AddElement(top, Pick(in, kTags));
        int attrs = in.ConsumeIntegralInRange<int>(0, 4);
        for (int i = 0; i < attrs; ++i) b.AddAttribute(Pick(in, kAttrs), Pick(in, kValues));
        FillElement(in, b, e);
        if (in.ConsumeIntegralInRange<int>(0, 9) == 0 && e > 1) {
          b.AssignSlot(e, in.ConsumeIntegralInRange<NodeId>(1, e - 1));
        }
        open.push_back(e);
      }
    }
  }
  return std::move(b).Finish();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  bool binary = size >= 4 && std::memcmp(data, "SKSN", 4) == 0;
  StatusOr<Snapshot> snap =
      binary ? DecodeSnapshotBinary(data, size) : BuildFromBytes(data, size);
  if (!snap.ok()) {
    seamkit::fuzz::CheckNotInternal(snap.status(), "snapshot");
    return 0;
  }
  StatusOr<AuditResults> results = RunAudit(*snap);
  seamkit::fuzz::Check(results.ok(), "RunAudit failed on a valid snapshot");
  std::string json = ResultsToJson(*results);
  seamkit::fuzz::Check(!json.empty(), "empty results JSON");
  // The streamed text is the tree's dump, byte for byte.
  seamkit::fuzz::Check(
      json == ResultsToJsonValue(*results).dump(
                  -1, ' ', false, nlohmann::json::error_handler_t::replace),
      "streamed results JSON differs from the tree's dump");
  // The packed form unpacks to the same results.
  PackedResults packed = PackResults(*results);
  size_t nodes = 0;
  for (const RuleResult& r : results->rules) nodes += r.nodes.size();
  seamkit::fuzz::Check(packed.words.size() == nodes * kPackedNodeWords,
                       "packed results: wrong word count");
  StatusOr<nlohmann::ordered_json> unpacked = UnpackResults(packed);
  seamkit::fuzz::Check(unpacked.ok(), "packed results do not unpack");
  seamkit::fuzz::Check(*unpacked == nlohmann::ordered_json::parse(json),
                       "packed results unpack to other results");
  return 0;
}
