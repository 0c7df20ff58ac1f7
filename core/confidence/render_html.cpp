#include "core/confidence/render_html.h"

#include <cmath>
#include <cstdio>

#include "core/confidence/escape.h"

namespace seamkit::confidence {
namespace {

constexpr double kBarWidth = 200, kBarHeight = 14, kBarInset = 2;

bool IsHexColour(const std::string& s) {
  if (s.size() != 7 || s[0] != '#') return false;
  for (size_t i = 1; i < 7; ++i) {
    char c = s[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

bool IsLocale(const std::string& s) {
  if (s.empty() || s.size() > 35) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9') || c == '-')) {
      return false;
    }
  }
  return true;
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.6g", v);
  return buf;
}

Status Validate(const DisplayModel& m) {
  for (const std::string* c : {&m.background, &m.bar_colour, &m.track_colour,
                               &m.text_colour, &m.body_text_colour}) {
    if (!IsHexColour(*c)) {
      return Status(ErrorCode::kInvalidArgument,
                    "display colours must be lowercase #rrggbb");
    }
  }
  int icon = static_cast<int>(m.icon);
  if (icon < 0 || icon > 2 || m.verdict_kind < 0 || m.verdict_kind > 2) {
    return Status(ErrorCode::kInvalidArgument, "icon or verdict out of range");
  }
  if (!IsLocale(m.locale)) {
    return Status(ErrorCode::kInvalidArgument, "locale is not a language tag");
  }
  if (!(m.meter_value >= 0 && m.meter_value <= 100) ||
      !(m.bar_fraction >= 0 && m.bar_fraction <= 1)) {
    return Status(ErrorCode::kInvalidArgument,
                  "meter_value must be in [0, 100] and bar_fraction in [0, 1]");
  }
  return Status::Ok();
}

// 16x16 icon drawn with `colour`: check in a circle, question mark in a
// diamond, cross in a square, so each verdict has its own outline too.
std::string Icon(IconShape shape, const std::string& colour) {
  std::string body;
  switch (shape) {
    case IconShape::kCheck:
      body = "<circle cx=\"8\" cy=\"8\" r=\"7\"/>"
             "<path d=\"M4.5 8.5l2.5 2.5 4.5-5\"/>";
      break;
    case IconShape::kQuestion:
      body = "<path d=\"M8 1l7 7-7 7-7-7z\"/>"
             "<path d=\"M6.3 6.4a1.8 1.8 0 1 1 2.4 1.7c-.5.2-.7.6-.7 1.1v.4\"/>"
             "<path d=\"M8 11.3v.4\"/>";
      break;
    case IconShape::kCross:
      body = "<rect x=\"1.5\" y=\"1.5\" width=\"13\" height=\"13\" rx=\"1\"/>"
             "<path d=\"M5 5l6 6M11 5l-6 6\"/>";
      break;
  }
  return "<svg width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" "
         "aria-hidden=\"true\" focusable=\"false\" fill=\"none\" stroke=\"" +
         colour +
         "\" stroke-width=\"1.6\" stroke-linecap=\"round\" "
         "stroke-linejoin=\"round\" style=\"flex:none\">" +
         body + "</svg>";
}

std::string Meter(const DisplayModel& m) {
  double inner = kBarWidth - 2 * kBarInset;
  std::string out =
      "<div class=\"seam-confidence__meter\" role=\"meter\" aria-label=\"" +
      EscapeHtml(m.meter_label) +
      "\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"" +
      Num(m.meter_value) + "\" aria-valuetext=\"" +
      EscapeHtml(m.aria_valuetext) +
      "\" style=\"display:flex;align-items:center;gap:8px\">";
  out += "<svg width=\"" + Num(kBarWidth) + "\" height=\"" + Num(kBarHeight) +
         "\" viewBox=\"0 0 " + Num(kBarWidth) + " " + Num(kBarHeight) +
         "\" aria-hidden=\"true\" focusable=\"false\">";
  out += "<rect class=\"seam-confidence__track\" x=\"0.5\" y=\"0.5\" width=\"" +
         Num(kBarWidth - 1) + "\" height=\"" + Num(kBarHeight - 1) +
         "\" rx=\"3\" fill=\"" + m.background + "\" stroke=\"" +
         m.track_colour + "\"/>";
  if (m.score_valid) {
    out += "<rect class=\"seam-confidence__fill\" x=\"" + Num(kBarInset) +
           "\" y=\"" + Num(kBarInset) + "\" width=\"" +
           Num(std::round(inner * m.bar_fraction * 100) / 100) +
           "\" height=\"" + Num(kBarHeight - 2 * kBarInset) +
           "\" rx=\"2\" fill=\"" + m.bar_colour + "\"/>";
  }
  out += "</svg><span class=\"seam-confidence__percent\">" +
         EscapeHtml(m.percent_text) + "</span></div>";
  return out;
}

std::string Chip(const DisplayModel& m) {
  return "<p class=\"seam-confidence__verdict\" data-verdict=\"" +
         EscapeHtml(m.verdict_id) +
         "\" style=\"display:inline-flex;align-items:center;gap:6px;"
         "margin:8px 0;padding:2px 8px;border-radius:4px;font-weight:600;"
         "color:" +
         m.text_colour + ";border:1px solid " + m.text_colour + "\">" +
         Icon(m.icon, m.text_colour) + "<span>" + EscapeHtml(m.verdict_text) +
         "</span></p>";
}

std::string Details(const DisplayModel& m) {
  std::string out = "<p class=\"seam-confidence__raw\" style=\"margin:4px 0\">" +
                    EscapeHtml(m.raw_score_label) + ": <span>" +
                    EscapeHtml(m.raw_text) + "</span></p>";
  out += "<p class=\"seam-confidence__reasons-heading\" "
         "style=\"margin:8px 0 4px;font-weight:600\">" +
         EscapeHtml(m.reasons_heading) +
         "</p><ul class=\"seam-confidence__reasons\" style=\"margin:0;"
         "padding-left:20px\">";
  for (const Reason& r : m.reasons) {
    out += "<li data-code=\"" + EscapeHtml(r.code) + "\">" +
           EscapeHtml(r.text) + "</li>";
  }
  out += "</ul><p class=\"seam-confidence__disclaimer\" "
         "style=\"margin:8px 0 0\"><small>" +
         EscapeHtml(m.disclaimer) + "</small></p>";
  return out;
}

}  // namespace

StatusOr<std::string> RenderHtml(const DisplayModel& m) {
  Status s = Validate(m);
  if (!s.ok()) return s;
  std::string out = "<div class=\"seam-confidence\" lang=\"" + m.locale +
                    "\" style=\"font-family:system-ui,sans-serif;"
                    "font-size:16px;line-height:1.4;padding:12px;color:" +
                    m.body_text_colour +
                    ";background-color:" + m.background + "\">";
  if (!m.claim.empty()) {
    out += "<p class=\"seam-confidence__claim\" style=\"margin:0 0 8px\">" +
           EscapeHtml(m.claim) + "</p>";
  }
  out += Meter(m) + Chip(m) + Details(m) + "</div>";
  return out;
}

StatusOr<std::string> RenderConfidenceHtml(const DisplayInput& input) {
  StatusOr<DisplayModel> model = BuildDisplay(input);
  if (!model.ok()) return model.status();
  return RenderHtml(*model);
}

}  // namespace seamkit::confidence
