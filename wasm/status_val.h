// Converts core Status values into the plain objects the JS layer reads:
// { ok: true, value } or { ok: false, code: "E_...", message }.
#ifndef SEAMKIT_WASM_STATUS_VAL_H_
#define SEAMKIT_WASM_STATUS_VAL_H_

#include <emscripten/val.h>

#include "core/common/status.h"

namespace seamkit::wasm {

inline emscripten::val OkVal(emscripten::val value) {
  emscripten::val out = emscripten::val::object();
  out.set("ok", true);
  out.set("value", value);
  return out;
}

inline emscripten::val ErrorVal(const Status& status) {
  emscripten::val out = emscripten::val::object();
  out.set("ok", false);
  out.set("code", std::string(ErrorCodeName(status.code())));
  out.set("message", status.message());
  return out;
}

}  // namespace seamkit::wasm

#endif  // SEAMKIT_WASM_STATUS_VAL_H_
