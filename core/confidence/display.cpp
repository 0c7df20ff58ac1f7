#include "core/confidence/display.h"

#include <cmath>
#include <cstdio>

#include "core/common/contrast.h"
#include "core/confidence/colour_ramp.h"
#include "core/confidence/cvd.h"
#include "core/confidence/escape.h"

namespace seamkit::confidence {
namespace {

constexpr size_t kMaxLabelBytes = 4096;
// SC 1.4.3 AA for normal-size text.
constexpr double kTextContrast = 4.5;

bool ValidScore(const DisplayInput& in) {
  double p = in.calibrated;
  return std::isfinite(p) && p >= 0 && p <= 1 &&
         (!in.has_raw_score || std::isfinite(in.raw_score));
}

// Whether the palette's three verdict colours stay distinct under simulated
// CVD; remembered for the last palette seen (a feed reuses one palette).
bool PaletteCvdDistinct(const std::vector<Rgba>& stops) {
  thread_local std::vector<Rgba> last;
  thread_local bool last_result = false;
  auto same = [&] {
    if (last.size() != stops.size()) return false;
    for (size_t i = 0; i < stops.size(); ++i) {
      const Rgba &a = last[i], &b = stops[i];
      if (a.r != b.r || a.g != b.g || a.b != b.b || a.a != b.a) return false;
    }
    return true;
  };
  if (last.empty() || !same()) {
    last_result = CheckCvdDistinct({SampleRamp(stops, 0), SampleRamp(stops, 0.5),
                                    SampleRamp(stops, 1)})
                      .passes;
    last = stops;
  }
  return last_result;
}

StatusOr<Rgba> ParseBackground(const std::string& css) {
  StatusOr<Rgba> bg = ParseCssColor(css);
  if (!bg.ok()) {
    return Status(bg.status().code(), "background: " + bg.status().message());
  }
  if (bg->a < 1) {
    return Status(ErrorCode::kInvalidArgument,
                  "background must be opaque: resolve what lies beneath first");
  }
  return Quantize(*bg);
}

Status CheckInput(const DisplayInput& in) {
  if (in.verdict_kind < 0 || in.verdict_kind > 2) {
    return Status(ErrorCode::kInvalidArgument,
                  "verdict_kind must be 0 (likely-false), 1 (unverified) or 2 "
                  "(likely-true)");
  }
  if (in.top_k < 1 || in.top_k > static_cast<int>(kMaxTopK)) {
    return Status(ErrorCode::kInvalidArgument, "top_k must be in [1, 16]");
  }
  if (in.verdict_label.size() > kMaxLabelBytes ||
      in.claim.size() > kMaxLabelBytes) {
    return Status(ErrorCode::kLimitExceeded,
                  "verdict_label and claim are limited to 4 KiB");
  }
  return Status::Ok();
}

// Ranked reasons; for an invalid score "invalid-score" leads whatever the
// caller's factors say.
StatusOr<std::vector<Reason>> BuildReasons(const DisplayInput& in,
                                           const StringTable& table,
                                           bool valid) {
  std::vector<Factor> factors = in.factors;
  if (!valid && factors.size() < kMaxFactors) {
    double top = 0;
    for (const Factor& f : factors) {
      if (std::isfinite(f.weight)) top = std::max(top, std::fabs(f.weight));
    }
    factors.push_back(Factor{kInvalidScoreCode, top + 1});
  }
  StatusOr<std::vector<Reason>> reasons =
      RankReasons(factors, table, static_cast<size_t>(in.top_k));
  if (!reasons.ok()) return reasons;
  std::vector<Reason> out = *reasons;
  for (Reason& r : out) {
    r.code = SanitizeUtf8(r.code);
    r.text = SanitizeUtf8(r.text);
  }
  return out;
}

void FillTexts(const DisplayInput& in, const StringTable& t, bool valid,
               DisplayModel* m) {
  m->verdict_id = kVerdictIds[m->verdict_kind];
  // An invalid score overrides the caller's verdict, label included.
  m->verdict_text = SanitizeUtf8(
      valid && !in.verdict_label.empty() ? in.verdict_label
                                         : t.verdicts[m->verdict_kind]);
  m->claim = SanitizeUtf8(in.claim);
  m->percent_text = SanitizeUtf8(
      valid ? FormatPercent(in.calibrated, t) : t.percent_invalid);
  m->raw_text = SanitizeUtf8(in.has_raw_score && std::isfinite(in.raw_score)
                                 ? FormatRawScore(in.raw_score)
                                 : t.raw_unavailable);
  m->aria_valuetext = SanitizeUtf8(
      valid ? FillTemplate(t.value_template, {{"percent", m->percent_text},
                                              {"verdict", m->verdict_text}})
            : FillTemplate(t.value_invalid_template,
                           {{"verdict", m->verdict_text}}));
  m->meter_label = SanitizeUtf8(t.meter_label);
  m->raw_score_label = SanitizeUtf8(t.raw_score_label);
  m->reasons_heading = SanitizeUtf8(t.reasons_heading);
  m->disclaimer = SanitizeUtf8(t.disclaimer);
  m->locale = t.locale;
}

}  // namespace

const char* IconShapeId(IconShape shape) {
  switch (shape) {
    case IconShape::kCross: return "cross";
    case IconShape::kQuestion: return "question";
    case IconShape::kCheck: return "check";
  }
  return "question";
}

std::string FormatPercent(double p, const StringTable& table) {
  if (!(p >= 0 && p <= 1)) return table.percent_invalid;  // NaN included
  double v = std::round(p * 100);
  std::string value;
  if (v <= 0 && p > 0) {
    value = "<1";
  } else if (v >= 100 && p < 1) {
    value = ">99";
  } else {
    value = std::to_string(static_cast<int>(v));
  }
  return FillTemplate(table.percent_template, {{"value", value}});
}

std::string FormatRawScore(double raw) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.4g", raw);
  return buf;
}

StatusOr<DisplayContext> DisplayContext::Prepare(
    const std::vector<std::string>& palette, const std::string& background,
    const std::string& table_json) {
  DisplayContext c;
  StatusOr<Rgba> bg = ParseBackground(background);
  if (!bg.ok()) return bg.status();
  c.background = *bg;
  StatusOr<std::vector<Rgba>> stops =
      ParsePalette(palette.empty() ? DefaultPaletteCss() : palette);
  if (!stops.ok()) return stops.status();
  c.stops = std::move(*stops);
  if (table_json.empty()) {
    c.table = DefaultStringTable();
  } else {
    StatusOr<StringTable> t = ParseStringTable(table_json);
    if (!t.ok()) return t.status();
    c.table = std::move(*t);
  }
  bool dark_bg = ContrastRatio(Rgba{255, 255, 255, 1}, c.background) >
                 ContrastRatio(Rgba{0, 0, 0, 1}, c.background);
  Rgba body = dark_bg ? Rgba{240, 240, 240, 1} : Rgba{31, 31, 31, 1};
  c.track = FitContrast(Rgba{118, 118, 118, 1}, c.background,
                        kNonTextContrast);
  c.body = FitContrast(body, c.background, kTextContrast);
  c.palette_cvd_distinct = PaletteCvdDistinct(c.stops);
  return c;
}

StatusOr<DisplayModel> BuildDisplayIn(const DisplayContext& ctx,
                                      const DisplayInput& in) {
  Status s = CheckInput(in);
  if (!s.ok()) return s;
  const StringTable& table = ctx.table;
  DisplayModel m;
  bool valid = ValidScore(in);
  m.score_valid = valid;
  m.verdict_kind = valid ? in.verdict_kind : 1;
  StatusOr<std::vector<Reason>> reasons = BuildReasons(in, table, valid);
  if (!reasons.ok()) return reasons.status();
  m.reasons = std::move(*reasons);
  m.calibrated = in.calibrated;
  m.raw_score = in.raw_score;
  m.meter_value = valid ? std::round(in.calibrated * 1000) / 10 : 0;
  m.bar_fraction = valid ? in.calibrated : 0;
  FillTexts(in, table, valid, &m);
  m.icon = static_cast<IconShape>(m.verdict_kind);
  m.icon_id = IconShapeId(m.icon);

  // The bar colour at the meter's resolution (an invalid score: mid ramp).
  size_t step = valid ? static_cast<size_t>(std::lround(in.calibrated * 1000))
                      : 500;
  auto fit_bar = [&] {
    return FitContrast(SampleRamp(ctx.stops, static_cast<double>(step) / 1000),
                       ctx.background, kNonTextContrast);
  };
  std::optional<ContrastFit> single;
  std::optional<ContrastFit>& bar = ctx.bar.empty() ? single : ctx.bar[step];
  if (!bar) bar = fit_bar();
  std::optional<ContrastFit>& text = ctx.verdict[m.verdict_kind];
  if (!text) {
    text = FitContrast(SampleRamp(ctx.stops, 0.5 * m.verdict_kind),
                       ctx.background, kTextContrast);
  }
  m.background = ToHex(ctx.background);
  m.bar_colour = ToHex(bar->colour);
  m.track_colour = ToHex(ctx.track.colour);
  m.text_colour = ToHex(text->colour);
  m.body_text_colour = ToHex(ctx.body.colour);
  m.palette_cvd_distinct = ctx.palette_cvd_distinct;
  m.bar_contrast = bar->ratio;
  m.text_contrast = text->ratio;
  m.body_text_contrast = ctx.body.ratio;
  return m;
}

StatusOr<DisplayModel> BuildDisplay(const DisplayInput& in) {
  Status s = CheckInput(in);
  if (!s.ok()) return s;
  StatusOr<DisplayContext> ctx =
      DisplayContext::Prepare(in.palette, in.background, in.table_json);
  if (!ctx.ok()) return ctx.status();
  return BuildDisplayIn(*ctx, in);
}

}  // namespace seamkit::confidence
