// Embind: colour parsing and WCAG contrast (core/common).
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>
#include <unistd.h>

#include <cstdint>
#include <string>

#include "core/common/buffer.h"
#include "core/common/color.h"
#include "core/common/contrast.h"
#include "wasm/status_val.h"

namespace seamkit::wasm {
namespace {

using emscripten::val;

val RgbaVal(const Rgba& c) {
  val v = val::object();
  v.set("r", c.r);
  v.set("g", c.g);
  v.set("b", c.b);
  v.set("a", c.a);
  return v;
}

val ParseColor(const std::string& text) {
  StatusOr<Rgba> c = ParseCssColor(text);
  return c.ok() ? OkVal(RgbaVal(*c)) : ErrorVal(c.status());
}

val Contrast(const std::string& fg, const std::string& bg) {
  StatusOr<Rgba> f = ParseCssColor(fg);
  if (!f.ok()) return ErrorVal(f.status());
  StatusOr<Rgba> b = ParseCssColor(bg);
  if (!b.ok()) return ErrorVal(b.status());
  return OkVal(val(ContrastRatio(*f, *b)));
}

val ContrastBatch(const FloatBuffer& fg, const FloatBuffer& bg,
                  FloatBuffer& out, size_t n) {
  if (fg.size() < 4 * n || bg.size() < 4 * n || out.size() < n) {
    return ErrorVal(Status(ErrorCode::kInvalidArgument,
                           "batch buffers are smaller than 4 * n"));
  }
  ContrastRatioBatch(fg.data(), bg.data(), out.data(), n);
  return OkVal(val(static_cast<double>(n)));
}

val FloatView(FloatBuffer& b) {
  return val(emscripten::typed_memory_view(b.size(), b.data()));
}

val NamedColors() {
  val out = val::array();
  for (const std::string& name : NamedColorNames()) out.call<void>("push", name);
  return out;
}

double RequiredContrast(bool aaa, bool large) {
  return RequiredTextContrast(aaa ? ContrastLevel::kAAA : ContrastLevel::kAA,
                              large);
}

// The wasm heap, for memory tests and diagnostics: linear memory size (only
// grows), bytes malloc has handed out and not freed, and the heap top (sbrk).
val HeapStats() {
  struct mallinfo info = mallinfo();
  val v = val::object();
  v.set("memoryBytes",
        static_cast<double>(__builtin_wasm_memory_size(0)) * 65536.0);
  v.set("inUseBytes",
        static_cast<double>(static_cast<unsigned>(info.uordblks)));
  v.set("heapTopBytes",
        static_cast<double>(reinterpret_cast<uintptr_t>(sbrk(0))));
  return v;
}

}  // namespace

EMSCRIPTEN_BINDINGS(seamkit_common) {
  emscripten::class_<FloatBuffer>("FloatBuffer")
      .constructor<size_t>()
      .function("size", &FloatBuffer::size)
      .function("view", &FloatView);
  emscripten::function("parseColor", &ParseColor);
  emscripten::function("contrastRatio", &Contrast);
  emscripten::function("contrastRatioBatch", &ContrastBatch);
  emscripten::function("namedColors", &NamedColors);
  emscripten::function("isLargeText", &IsLargeText);
  emscripten::function("requiredTextContrast", &RequiredContrast);
  emscripten::function("wasmHeapStats", &HeapStats);
}

}  // namespace seamkit::wasm
