// Embind: core/ocr — PP-OCR detector and recogniser pre/post-processing
// (contract: /work/helpers/ocr-contract.md, issue #8). Results are
// { ok: true, value } | { ok: false, code, message } (wasm/status_val.h);
// tensors leave the heap as fresh Float32Arrays owned by JS.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "core/ocr/ctc.h"
#include "core/ocr/det_input.h"
#include "core/ocr/det_post.h"
#include "core/ocr/rec_input.h"
#include "core/ocr/similarity.h"
#include "wasm/status_val.h"

namespace seamkit::wasm {
namespace {

using emscripten::val;
namespace o = ::seamkit::ocr;

Status BadArg(const std::string& message) {
  return Status(ErrorCode::kInvalidArgument, message);
}

// A JS number that is an integer within [lo, hi]; `fallback` when undefined.
StatusOr<int> IntArg(const val& v, const char* name, int lo, int hi,
                     std::optional<int> fallback = std::nullopt) {
  if ((v.isUndefined() || v.isNull()) && fallback) return *fallback;
  if (!v.isNumber()) return BadArg(std::string(name) + " must be a number");
  const double d = v.as<double>();
  if (!std::isfinite(d) || d != std::floor(d)) {
    return BadArg(std::string(name) + " must be an integer");
  }
  if (d < lo || d > hi) {
    return Status(ErrorCode::kOutOfRange,
                  std::string(name) + " must be within [" +
                      std::to_string(lo) + ", " + std::to_string(hi) + "]");
  }
  return int(d);
}

// The length of a typed array or array; error for anything else.
StatusOr<size_t> LengthOf(const val& v, const char* name) {
  if (v.isUndefined() || v.isNull() || !v["length"].isNumber()) {
    return BadArg(std::string(name) + " must be a typed array");
  }
  return size_t(v["length"].as<double>());
}

template <typename T>
std::vector<T> CopyIn(const val& v, size_t n) {
  std::vector<T> out(n);
  if (n > 0) {
    val(emscripten::typed_memory_view(n, out.data())).call<void>("set", v);
  }
  return out;
}

template <typename T>
val CopyOut(const char* type, const T* p, size_t n) {
  return val::global(type).new_(emscripten::typed_memory_view(n, p));
}

// RGBA pixels copied in after their size has been checked.
StatusOr<std::vector<uint8_t>> Pixels(const val& rgba, int width, int height) {
  StatusOr<size_t> len = LengthOf(rgba, "rgba");
  if (!len.ok()) return len.status();
  if (int64_t(width) * height > o::kMaxSourcePixels) {
    return Status(ErrorCode::kLimitExceeded, "image above 40 million pixels");
  }
  if (*len != size_t(width) * size_t(height) * 4) {
    return BadArg("rgba must hold 4 * width * height bytes");
  }
  return CopyIn<uint8_t>(rgba, *len);
}

val DetInput(val rgba, val width, val height, val max_side) {
  auto w = IntArg(width, "width", 1, o::kMaxSourceSide);
  if (!w.ok()) return ErrorVal(w.status());
  auto h = IntArg(height, "height", 1, o::kMaxSourceSide);
  if (!h.ok()) return ErrorVal(h.status());
  auto side = IntArg(max_side, "maxSide", o::kMinDetSide, o::kMaxDetSide, 960);
  if (!side.ok()) return ErrorVal(side.status());
  auto px = Pixels(rgba, *w, *h);
  if (!px.ok()) return ErrorVal(px.status());
  auto in = o::MakeDetInput(px->data(), px->size(), *w, *h, *side);
  if (!in.ok()) return ErrorVal(in.status());
  val out = val::object();
  out.set("tensor", CopyOut("Float32Array", in->tensor.data(),
                            in->tensor.size()));
  out.set("width", in->width);
  out.set("height", in->height);
  out.set("blank", in->blank);
  return OkVal(out);
}

// Reads the optional detector settings; wrong types are errors.
Status DetOptionsFrom(const val& opts, o::DetOptions* d) {
  if (opts.isUndefined() || opts.isNull()) return Status::Ok();
  if (opts.typeOf().as<std::string>() != "object") {
    return BadArg("options must be an object");
  }
  auto num = [&](const char* key, float* out) -> Status {
    val v = opts[key];
    if (v.isUndefined() || v.isNull()) return Status::Ok();
    if (!v.isNumber()) return BadArg(std::string(key) + " must be a number");
    *out = v.as<float>();
    return Status::Ok();
  };
  for (auto [key, field] :
       {std::pair{"binaryThreshold", &d->binary_threshold},
        std::pair{"boxThreshold", &d->box_threshold},
        std::pair{"unclipRatio", &d->unclip_ratio},
        std::pair{"minSize", &d->min_size}}) {
    if (Status s = num(key, field); !s.ok()) return s;
  }
  auto mc = IntArg(opts["maxCandidates"], "maxCandidates", 1, 100000,
                   d->max_candidates);
  if (!mc.ok()) return mc.status();
  d->max_candidates = *mc;
  return o::CheckDetOptions(*d);
}

val DetBoxes(val prob, val prob_width, val prob_height, val src_width,
             val src_height, val options) {
  auto pw = IntArg(prob_width, "probWidth", 1, o::kMaxProbSide);
  if (!pw.ok()) return ErrorVal(pw.status());
  auto ph = IntArg(prob_height, "probHeight", 1, o::kMaxProbSide);
  if (!ph.ok()) return ErrorVal(ph.status());
  auto sw = IntArg(src_width, "srcWidth", 1, o::kMaxSourceSide);
  if (!sw.ok()) return ErrorVal(sw.status());
  auto sh = IntArg(src_height, "srcHeight", 1, o::kMaxSourceSide);
  if (!sh.ok()) return ErrorVal(sh.status());
  o::DetOptions opts;
  if (Status s = DetOptionsFrom(options, &opts); !s.ok()) return ErrorVal(s);
  auto len = LengthOf(prob, "prob");
  if (!len.ok()) return ErrorVal(len.status());
  if (int64_t(*pw) * *ph > o::kMaxProbPixels) {
    return ErrorVal(Status(ErrorCode::kLimitExceeded,
                           "probability map above 4096 * 4096 values"));
  }
  if (*len != size_t(*pw) * size_t(*ph)) {
    return ErrorVal(BadArg("prob must hold probWidth * probHeight values"));
  }
  std::vector<float> p = CopyIn<float>(prob, *len);
  auto boxes = o::DetectBoxes(p.data(), p.size(), *pw, *ph, *sw, *sh, opts);
  if (!boxes.ok()) return ErrorVal(boxes.status());
  val list = val::array();
  for (const o::DetBox& b : *boxes) {
    val box = val::object();
    box.set("points", CopyOut("Float32Array", b.points.data(), 8));
    box.set("score", b.score);
    list.call<void>("push", box);
  }
  val out = val::object();
  out.set("boxes", list);
  return OkVal(out);
}

val RecInput(val rgba, val width, val height, val points, val max_batch) {
  auto w = IntArg(width, "width", 1, o::kMaxSourceSide);
  if (!w.ok()) return ErrorVal(w.status());
  auto h = IntArg(height, "height", 1, o::kMaxSourceSide);
  if (!h.ok()) return ErrorVal(h.status());
  auto mb = IntArg(max_batch, "maxBatch", 1, o::kMaxRecBatch, 8);
  if (!mb.ok()) return ErrorVal(mb.status());
  auto plen = LengthOf(points, "points");
  if (!plen.ok()) return ErrorVal(plen.status());
  if (*plen % 8 != 0 || *plen / 8 > size_t(o::kMaxRecBoxes)) {
    return ErrorVal(BadArg("points must hold 8 values per box, <= 10000 boxes"));
  }
  auto px = Pixels(rgba, *w, *h);
  if (!px.ok()) return ErrorVal(px.status());
  std::vector<float> pts = CopyIn<float>(points, *plen);
  auto batches = o::MakeRecInput(px->data(), px->size(), *w, *h, pts.data(),
                                 pts.size(), *mb);
  if (!batches.ok()) return ErrorVal(batches.status());
  val list = val::array();
  for (const o::RecBatch& b : *batches) {
    val batch = val::object();
    batch.set("tensor", CopyOut("Float32Array", b.tensor.data(),
                                b.tensor.size()));
    batch.set("n", b.n);
    batch.set("width", b.width);
    batch.set("boxIndex", CopyOut("Int32Array", b.box_index.data(),
                                  b.box_index.size()));
    list.call<void>("push", batch);
  }
  val out = val::object();
  out.set("batches", list);
  return OkVal(out);
}

std::optional<o::Dictionary>& CurrentDictionary() {
  static std::optional<o::Dictionary> dict;
  return dict;
}

val SetDictionary(val text) {
  if (!text.isString()) return ErrorVal(BadArg("text must be a string"));
  auto dict = o::Dictionary::Parse(text.as<std::string>());
  if (!dict.ok()) return ErrorVal(dict.status());
  CurrentDictionary() = std::move(dict).value();
  val out = val::object();
  out.set("classes", CurrentDictionary()->classes());
  return OkVal(out);
}

val CtcDecode(val logits, val n, val steps, val classes) {
  if (!CurrentDictionary()) {
    val out = val::object();
    out.set("ok", false);
    out.set("code", std::string("E_NOT_INITIALIZED"));
    out.set("message", std::string("ocrSetDictionary must be called first"));
    return out;
  }
  auto nn = IntArg(n, "n", 0, 1 << 20);
  if (!nn.ok()) return ErrorVal(nn.status());
  auto st = IntArg(steps, "steps", 0, 1 << 20);
  if (!st.ok()) return ErrorVal(st.status());
  auto cl = IntArg(classes, "classes", 1, 1 << 20);
  if (!cl.ok()) return ErrorVal(cl.status());
  auto len = LengthOf(logits, "logits");
  if (!len.ok()) return ErrorVal(len.status());
  const int64_t total = int64_t(*nn) * *st * *cl;
  if (total > o::kMaxLogits) {
    return ErrorVal(Status(ErrorCode::kLimitExceeded,
                           "logits above 256 million values"));
  }
  if (*len != size_t(total)) {
    return ErrorVal(BadArg("logits must hold n * steps * classes values"));
  }
  std::vector<float> l = CopyIn<float>(logits, *len);
  auto lines = o::CtcDecode(*CurrentDictionary(), l.data(), l.size(), *nn,
                            *st, *cl);
  if (!lines.ok()) return ErrorVal(lines.status());
  val list = val::array();
  for (const o::CtcLine& line : *lines) {
    val item = val::object();
    item.set("text", line.text);
    item.set("confidence", line.confidence);
    item.set("charConfidences",
             CopyOut("Float32Array", line.char_confidences.data(),
                     line.char_confidences.size()));
    list.call<void>("push", item);
  }
  val out = val::object();
  out.set("lines", list);
  return OkVal(out);
}

val TextSimilarity(val a, val b) {
  if (!a.isString() || !b.isString()) {
    return ErrorVal(BadArg("a and b must be strings"));
  }
  auto s = o::TextSimilarity(a.as<std::string>(), b.as<std::string>());
  if (!s.ok()) return ErrorVal(s.status());
  val out = val::object();
  out.set("similarity", *s);
  return OkVal(out);
}

}  // namespace

EMSCRIPTEN_BINDINGS(seamkit_ocr) {
  emscripten::function("ocrDetInput", &DetInput);
  emscripten::function("ocrDetBoxes", &DetBoxes);
  emscripten::function("ocrRecInput", &RecInput);
  emscripten::function("ocrSetDictionary", &SetDictionary);
  emscripten::function("ocrCtcDecode", &CtcDecode);
  emscripten::function("ocrTextSimilarity", &TextSimilarity);
}

}  // namespace seamkit::wasm
