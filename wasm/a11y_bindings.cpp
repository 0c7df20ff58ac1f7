// Embind: the accessibility audit (core/a11y) over a binary DOM snapshot.
//
// JS copies the snapshot once into a SnapshotBytes buffer (through its
// typed-array view of the wasm heap), then calls a11yAudit(buffer, rules,
// tags), which returns { ok, value } with value an A11yPackedResults (the
// packed results of results_json.h: head() its JSON head, words() and
// fields() views of its node words and data fields; JS deletes it) or
// { ok: false, code, message }. a11yAuditJson returns the results as the
// interchange JSON text instead. All validation and logic live in core/a11y.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/a11y/engine.h"
#include "core/a11y/results_json.h"
#include "core/a11y/rule.h"
#include "core/a11y/snapshot.h"
#include "core/a11y/snapshot_binary.h"
#include "wasm/status_val.h"

namespace seamkit::wasm {
namespace {

using emscripten::val;

// Heap storage for one snapshot; sizes above the decoder's limit give an
// empty buffer (JS checks size() after construction).
class SnapshotBytes {
 public:
  explicit SnapshotBytes(size_t n)
      : bytes_(n <= a11y::kMaxSnapshotBytes ? n : 0) {}
  size_t size() const { return bytes_.size(); }
  val View() {
    return val(emscripten::typed_memory_view(bytes_.size(), bytes_.data()));
  }
  const std::vector<uint8_t>& bytes() const { return bytes_; }

 private:
  std::vector<uint8_t> bytes_;
};

// A JS array of strings (checked on the JS side) as a vector.
std::vector<std::string> Strings(const val& list) {
  if (list.isUndefined() || list.isNull()) return {};
  return emscripten::vecFromJSArray<std::string>(list);
}

StatusOr<a11y::AuditResults> Run(const SnapshotBytes& input, const val& rules,
                                  const val& tags) {
  StatusOr<a11y::Snapshot> snapshot =
      a11y::DecodeSnapshotBinary(input.bytes().data(), input.bytes().size());
  if (!snapshot.ok()) return snapshot.status();
  a11y::AuditOptions options{Strings(rules), Strings(tags)};
  return a11y::RunAudit(*snapshot, options);
}

// The packed results, kept in wasm memory until JS has read them (then JS
// calls delete()). words() and fields() are views of that memory, valid
// until the next call into the core: JS unpacks them at once, so the node
// records are never copied out.
class PackedResultsHolder {
 public:
  explicit PackedResultsHolder(a11y::PackedResults packed) : p_(std::move(packed)) {}
  std::string Head() const { return p_.head; }
  val Words() const {
    return val(emscripten::typed_memory_view(p_.words.size(), p_.words.data()));
  }
  val Fields() const {
    return val(emscripten::typed_memory_view(p_.fields.size(), p_.fields.data()));
  }

 private:
  a11y::PackedResults p_;
};

val Audit(const SnapshotBytes& input, const val& rules, const val& tags) {
  a11y::PackedResults packed;
  {  // the results are freed before the holder is made
    StatusOr<a11y::AuditResults> results = Run(input, rules, tags);
    if (!results.ok()) return ErrorVal(results.status());
    packed = a11y::PackResults(*results);
  }
  return OkVal(val(PackedResultsHolder(std::move(packed))));
}

val AuditJson(const SnapshotBytes& input, const val& rules, const val& tags) {
  StatusOr<a11y::AuditResults> results = Run(input, rules, tags);
  if (!results.ok()) return ErrorVal(results.status());
  return OkVal(val(a11y::ResultsToJson(*results)));
}

// The registered rules' metadata, for rule pickers and the conformance run.
val Rules() {
  val out = val::array();
  for (const a11y::Rule* rule : a11y::AllRules()) {
    const a11y::RuleInfo& info = rule->info;
    auto list = [](std::span<const std::string_view> items) {
      val a = val::array();
      for (std::string_view s : items) a.call<void>("push", std::string(s));
      return a;
    };
    val r = val::object();
    r.set("id", std::string(info.id));
    r.set("description", std::string(info.description));
    r.set("help", std::string(info.help));
    r.set("helpUrl", std::string(info.help_url));
    r.set("impact", std::string(a11y::ImpactName(info.impact)));
    r.set("tags", list(info.tags));
    r.set("actIds", list(info.act_ids));
    r.set("wcag", list(info.wcag));
    out.call<void>("push", r);
  }
  return out;
}

// Linear memory size in bytes; memory only grows, so this is the peak.
double MemoryBytes() {
  return static_cast<double>(__builtin_wasm_memory_size(0)) * 65536.0;
}

}  // namespace

EMSCRIPTEN_BINDINGS(seamkit_a11y) {
  emscripten::class_<SnapshotBytes>("A11ySnapshotBytes")
      .constructor<size_t>()
      .function("size", &SnapshotBytes::size)
      .function("view", &SnapshotBytes::View);
  emscripten::class_<PackedResultsHolder>("A11yPackedResults")
      .function("head", &PackedResultsHolder::Head)
      .function("words", &PackedResultsHolder::Words)
      .function("fields", &PackedResultsHolder::Fields);
  emscripten::function("a11yAudit", &Audit);
  emscripten::function("a11yAuditJson", &AuditJson);
  emscripten::function("a11yRules", &Rules);
  emscripten::function("wasmMemoryBytes", &MemoryBytes);
}

}  // namespace seamkit::wasm
