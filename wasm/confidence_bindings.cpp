// Embind: calibration, metrics, decision policy and the confidence display
// (core/confidence). Converts JS values to core types and back; no logic.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/confidence/calibration.h"
#include "core/confidence/display.h"
#include "core/confidence/display_batch.h"
#include "core/confidence/metrics.h"
#include "core/confidence/policy.h"
#include "core/confidence/render_html.h"
#include "wasm/status_val.h"

namespace seamkit::wasm {
namespace {

using emscripten::val;
namespace conf = seamkit::confidence;

std::vector<double> Doubles(const val& v) {
  return emscripten::convertJSArrayToNumberVector<double>(v);
}
std::vector<int> Ints(const val& v) {
  return emscripten::convertJSArrayToNumberVector<int>(v);
}
template <typename T>
val Array(const std::vector<T>& xs) {
  val out = val::array();
  for (const T& x : xs) out.call<void>("push", x);
  return out;
}
// JSON has no NaN/Infinity: a non-finite number becomes null.
val Num(double x) { return std::isfinite(x) ? val(x) : val::null(); }

conf::Binning BinningOf(const std::string& name) {
  return name == "equal-mass" ? conf::Binning::kEqualMass
                              : conf::Binning::kEqualWidth;
}

val FitCalibration(const std::string& method, const val& scores,
                   const val& labels, const val& options) {
  std::vector<double> s = Doubles(scores);
  std::vector<int> y = Ints(labels);
  StatusOr<conf::CalibrationParams> p =
      method == "temperature"
          ? (options["numClasses"].isUndefined()
                 ? conf::FitTemperature(s, y)
                 : conf::FitTemperatureMulticlass(
                       s, options["numClasses"].as<size_t>(), y))
      : method == "platt"    ? conf::FitPlatt(s, y)
      : method == "isotonic" ? conf::FitIsotonic(s, y)
      : method == "histogram"
          ? conf::FitHistogramBinning(
                s, y, options["bins"].isUndefined() ? 10 : options["bins"].as<size_t>(),
                BinningOf(options["binning"].isUndefined()
                              ? "" : options["binning"].as<std::string>()))
          : StatusOr<conf::CalibrationParams>(
                Status(ErrorCode::kInvalidArgument,
                       "unknown calibration method '" + method +
                           "' (temperature, platt, isotonic, histogram)"));
  if (!p.ok()) return ErrorVal(p.status());
  StatusOr<std::string> json = conf::CalibrationParamsToJson(*p);
  return json.ok() ? OkVal(val(*json)) : ErrorVal(json.status());
}

// Applies calibration to scores (or logit rows for a multi-class
// temperature). A Float32Array takes the float SIMD path and gives a
// Float32Array; any other array is computed in double precision and gives a
// Float64Array.
val ApplyCalibration(const std::string& params_json, const val& scores) {
  StatusOr<conf::CalibrationParams> p = conf::CalibrationParamsFromJson(params_json);
  if (!p.ok()) return ErrorVal(p.status());
  bool softmax = p->num_classes > 2 &&
                 p->method == conf::CalibrationMethod::kTemperature;
  if (softmax || scores.instanceof(val::global("Float32Array"))) {
    std::vector<float> in = emscripten::convertJSArrayToNumberVector<float>(scores);
    std::vector<float> out(in.size());
    Status s = softmax ? conf::ApplySoftmax(*p, in.data(), out.data(),
                                            in.size() / p->num_classes)
                       : conf::ApplyBatch(*p, in.data(), out.data(), in.size());
    if (!s.ok()) return ErrorVal(s);
    val result = val::global("Float32Array").new_(out.size());
    result.call<void>("set", val(emscripten::typed_memory_view(out.size(), out.data())));
    return OkVal(result);
  }
  std::vector<double> in = Doubles(scores);
  std::vector<double> out(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    StatusOr<double> q = conf::Apply(*p, in[i]);
    if (!q.ok()) return ErrorVal(q.status());
    out[i] = *q;
  }
  val result = val::global("Float64Array").new_(out.size());
  result.call<void>("set", val(emscripten::typed_memory_view(out.size(), out.data())));
  return OkVal(result);
}

val DiagramVal(const conf::ReliabilityDiagram& d) {
  val bins = val::array();
  for (const conf::ReliabilityBin& b : d.bins) {
    val o = val::object();
    o.set("lower", b.lower);
    o.set("upper", b.upper);
    o.set("confidence", b.mean_confidence);
    o.set("accuracy", b.accuracy);
    o.set("count", b.count);
    bins.call<void>("push", o);
  }
  val out = val::object();
  out.set("bins", bins);
  out.set("ece", d.ece);
  out.set("mce", d.mce);
  out.set("total", d.total);
  return out;
}

// Every metric of binary probabilities against 0/1 labels in one call.
val CalibrationReport(const val& probs, const val& labels, const val& options) {
  std::vector<double> p = Doubles(probs);
  std::vector<int> y = Ints(labels);
  size_t bins = options["bins"].isUndefined() ? 10 : options["bins"].as<size_t>();
  conf::BinaryReliability mode =
      !options["mode"].isUndefined() && options["mode"].as<std::string>() == "predicted-class"
          ? conf::BinaryReliability::kPredictedClass
          : conf::BinaryReliability::kPositiveClass;
  auto width = conf::BinaryReliabilityDiagram(p, y, bins, conf::Binning::kEqualWidth, mode);
  if (!width.ok()) return ErrorVal(width.status());
  auto mass = conf::BinaryReliabilityDiagram(p, y, bins, conf::Binning::kEqualMass, mode);
  if (!mass.ok()) return ErrorVal(mass.status());
  auto brier = conf::BrierScore(p, y);
  if (!brier.ok()) return ErrorVal(brier.status());
  auto nll = conf::NegativeLogLikelihood(p, y);
  if (!nll.ok()) return ErrorVal(nll.status());
  // Selective prediction: confidence of the predicted class, and whether the
  // prediction (p >= 0.5) was right.
  std::vector<double> conf_pred(p.size());
  std::vector<int> correct(p.size());
  for (size_t i = 0; i < p.size(); ++i) {
    conf_pred[i] = p[i] >= 0.5 ? p[i] : 1 - p[i];
    correct[i] = (p[i] >= 0.5) == (y[i] == 1);
  }
  auto rc = conf::RiskCoverage(conf_pred, correct);
  if (!rc.ok()) return ErrorVal(rc.status());
  val curve = val::array();
  for (const conf::RiskCoveragePoint& pt : rc->points) {
    val o = val::object();
    o.set("threshold", pt.threshold);
    o.set("coverage", pt.coverage);
    o.set("risk", pt.risk);
    curve.call<void>("push", o);
  }
  val out = val::object();
  out.set("ece", width->ece);
  out.set("eceEqualMass", mass->ece);
  out.set("mce", width->mce);
  out.set("brier", *brier);
  out.set("nll", *nll);
  out.set("reliability", DiagramVal(*width));
  out.set("riskCoverage", curve);
  out.set("aurc", rc->aurc);
  return OkVal(out);
}

val SelectionVal(const conf::ThresholdSelection& s) {
  val o = val::object();
  o.set("met", s.outcome == conf::SelectionOutcome::kMet);
  o.set("target", s.target);
  o.set("threshold", Num(s.threshold));
  o.set("precision", s.precision);
  o.set("coverage", s.coverage);
  o.set("accepted", s.accepted);
  o.set("bestPrecision", s.best_precision);
  return o;
}

val FitBinaryPolicy(const val& probs, const val& labels, double target_pos,
                    double target_neg) {
  auto fit = conf::FitBinaryPolicy(Doubles(probs), Ints(labels), target_pos, target_neg);
  if (!fit.ok()) return ErrorVal(fit.status());
  val o = val::object();
  o.set("low", Num(fit->policy.low));
  o.set("high", Num(fit->policy.high));
  o.set("positive", SelectionVal(fit->positive));
  o.set("negative", SelectionVal(fit->negative));
  return OkVal(o);
}

conf::BinaryPolicy PolicyOf(const val& policy) {
  conf::BinaryPolicy p;
  auto num = [&](const char* k, double dflt) -> double {
    val v = policy[k];
    if (v.isNull()) return k[0] == 'l' ? -INFINITY : INFINITY;  // unreachable
    return v.isUndefined() ? dflt : v.as<double>();
  };
  p.low = num("low", p.low);
  p.high = num("high", p.high);
  val labels = policy["labels"];
  if (!labels.isUndefined()) {
    p.negative_label = labels[0].as<std::string>();
    p.abstain_label = labels[1].as<std::string>();
    p.positive_label = labels[2].as<std::string>();
  }
  return p;
}

val DecideBinary(const val& policy, double p) {
  auto d = conf::DecideBinary(PolicyOf(policy), p);
  if (!d.ok()) return ErrorVal(d.status());
  val o = val::object();
  o.set("verdict", d->verdict);
  o.set("label", d->label);
  return OkVal(o);
}

conf::DisplayInput DisplayInputOf(const val& in) {
  conf::DisplayInput d;
  auto str = [&](const char* k, std::string* out) {
    if (in[k].isString()) *out = in[k].as<std::string>();
  };
  if (in["calibrated"].isNumber()) d.calibrated = in["calibrated"].as<double>();
  else d.calibrated = NAN;
  // An absent raw score is "not available"; a given NaN is an invalid score.
  d.has_raw_score = !in["raw"].isUndefined() && !in["raw"].isNull();
  d.raw_score = in["raw"].isNumber() ? in["raw"].as<double>() : NAN;
  if (in["verdictKind"].isNumber()) d.verdict_kind = in["verdictKind"].as<int>();
  str("verdictLabel", &d.verdict_label);
  str("claim", &d.claim);
  str("background", &d.background);
  str("tableJson", &d.table_json);
  if (in["topK"].isNumber()) d.top_k = in["topK"].as<int>();
  if (in["palette"].isArray()) {
    d.palette = emscripten::vecFromJSArray<std::string>(in["palette"]);
  }
  if (in["factors"].isArray()) {
    size_t n = in["factors"]["length"].as<size_t>();
    for (size_t i = 0; i < n; ++i) {
      val f = in["factors"][i];
      d.factors.push_back({f["code"].isString() ? f["code"].as<std::string>() : "",
                           f["weight"].isNumber() ? f["weight"].as<double>() : 0.0});
    }
  }
  return d;
}

// Without a given verdictKind, decides it here from input.policy (the
// default policy when absent), so one call does both: the separate
// decideBinary round trip cost more than building the display.
StatusOr<conf::DisplayInput> DecidedInputOf(const val& input) {
  conf::DisplayInput d = DisplayInputOf(input);
  if (input["verdictKind"].isNumber()) return d;
  double p = d.calibrated;
  if (!std::isfinite(p) || p < 0 || p > 1) {
    d.verdict_kind = 1;  // the display reports the invalid score
    return d;
  }
  val policy = input["policy"];
  auto decision = conf::DecideBinary(
      policy.isUndefined() || policy.isNull() ? conf::BinaryPolicy{} : PolicyOf(policy), p);
  if (!decision.ok()) return decision.status();
  // class 0 (negative) → kind 0, abstain → 1, class 1 (positive) → 2.
  d.verdict_kind = decision->verdict == conf::kAbstain ? 1 : decision->verdict == 1 ? 2 : 0;
  return d;
}

val BuildDisplay(const val& input) {
  auto in = DecidedInputOf(input);
  if (!in.ok()) return ErrorVal(in.status());
  auto m = conf::BuildDisplay(*in);
  if (!m.ok()) return ErrorVal(m.status());
  val o = val::object();
  o.set("scoreValid", m->score_valid);
  o.set("verdictId", m->verdict_id);
  o.set("verdictKind", m->verdict_kind);
  o.set("verdictText", m->verdict_text);
  o.set("claim", m->claim);
  o.set("calibrated", m->score_valid ? Num(m->calibrated) : val::null());
  o.set("raw", Num(m->raw_score));
  o.set("meterValue", m->meter_value);
  o.set("barFraction", m->bar_fraction);
  o.set("percentText", m->percent_text);
  o.set("rawText", m->raw_text);
  o.set("ariaValueText", m->aria_valuetext);
  o.set("meterLabel", m->meter_label);
  o.set("rawScoreLabel", m->raw_score_label);
  o.set("reasonsHeading", m->reasons_heading);
  val reasons = val::array();
  for (const conf::Reason& r : m->reasons) {
    val x = val::object();
    x.set("code", r.code);
    x.set("text", r.text);
    x.set("weight", r.weight);
    reasons.call<void>("push", x);
  }
  o.set("reasons", reasons);
  o.set("disclaimer", m->disclaimer);
  o.set("locale", m->locale);
  o.set("icon", m->icon_id);
  o.set("background", m->background);
  o.set("barColour", m->bar_colour);
  o.set("trackColour", m->track_colour);
  o.set("textColour", m->text_colour);
  o.set("bodyTextColour", m->body_text_colour);
  o.set("paletteCvdDistinct", m->palette_cvd_distinct);
  o.set("barContrast", m->bar_contrast);
  o.set("textContrast", m->text_contrast);
  o.set("bodyTextContrast", m->body_text_contrast);
  return OkVal(o);
}

// The feed path: many displays in one crossing (display_batch.h).
val BuildDisplays(const std::string& input_json) {
  StatusOr<std::string> out = conf::BuildDisplaysJson(input_json);
  return out.ok() ? OkVal(val(*out)) : ErrorVal(out.status());
}

// The same in packed form (display_batch.h): header JSON, items and factors
// as Float64Arrays; returns { strings, words, reasons } (JSON text and two
// Float64Arrays of their own).
val BuildDisplaysPacked(const std::string& header, const val& items,
                        const val& factors) {
  std::vector<double> in = Doubles(items);
  std::vector<double> f = Doubles(factors);
  StatusOr<conf::PackedDisplays> out = conf::BuildDisplaysPacked(header, in, f);
  if (!out.ok()) return ErrorVal(out.status());
  auto copy = [](const std::vector<double>& v) {
    return val::global("Float64Array")
        .new_(emscripten::typed_memory_view(v.size(), v.data()));
  };
  val o = val::object();
  o.set("strings", out->strings_json);
  o.set("words", copy(out->words));
  o.set("reasons", copy(out->reasons));
  return OkVal(o);
}

val RenderHtml(const val& input) {
  auto in = DecidedInputOf(input);
  if (!in.ok()) return ErrorVal(in.status());
  auto html = conf::RenderConfidenceHtml(*in);
  return html.ok() ? OkVal(val(*html)) : ErrorVal(html.status());
}

}  // namespace

EMSCRIPTEN_BINDINGS(seamkit_confidence) {
  emscripten::function("fitCalibration", &FitCalibration);
  emscripten::function("applyCalibration", &ApplyCalibration);
  emscripten::function("calibrationReport", &CalibrationReport);
  emscripten::function("fitBinaryPolicy", &FitBinaryPolicy);
  emscripten::function("decideBinary", &DecideBinary);
  emscripten::function("buildConfidenceDisplay", &BuildDisplay);
  emscripten::function("buildConfidenceDisplays", &BuildDisplays);
  emscripten::function("buildConfidenceDisplaysPacked", &BuildDisplaysPacked);
  emscripten::function("renderConfidenceHtml", &RenderHtml);
}

}  // namespace seamkit::wasm
