// The display model of an honest confidence readout: every value, text and
// colour a renderer (render_html.h, or the <seam-confidence> element) needs,
// computed and checked here so no renderer has to decide anything.
//
// Colour is never the only carrier: the verdict has an icon shape and a
// word, the bar has a percent text, and every colour meets WCAG contrast on
// the given background (bar and icon 3:1, SC 1.4.11; text 4.5:1, SC 1.4.3).
#ifndef SEAMKIT_CORE_CONFIDENCE_DISPLAY_H_
#define SEAMKIT_CORE_CONFIDENCE_DISPLAY_H_

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/common/color.h"
#include "core/common/status.h"
#include "core/confidence/colour_ramp.h"
#include "core/confidence/reasons.h"

namespace seamkit::confidence {

// Values match kVerdictIds indices (and the policy's verdict order).
enum class VerdictKind { kLikelyFalse = 0, kUnverified = 1, kLikelyTrue = 2 };

// One shape per verdict so the verdict reads without colour.
enum class IconShape { kCross = 0, kQuestion = 1, kCheck = 2 };
const char* IconShapeId(IconShape shape);  // "cross", "question", "check"

struct DisplayInput {
  double calibrated = 0;    // calibrated probability in [0, 1]
  double raw_score = 0;     // the model's raw score (any finite value)
  bool has_raw_score = true;  // false: no raw score given ("not available");
                              // a given but non-finite raw score makes the
                              // whole score invalid
  int verdict_kind = 1;     // VerdictKind as int: 0, 1 or 2
  std::string verdict_label;  // shown instead of the table's verdict text
                              // when non-empty
  std::string claim;          // optional text the rating is about
  std::vector<Factor> factors;
  std::vector<std::string> palette;  // CSS colours, 3..16; empty = default
  std::string background = "#ffffff";  // opaque CSS colour behind the display
  std::string table_json;  // string table JSON; empty = built-in English
  int top_k = 3;           // reasons shown, 1..16
};

struct DisplayModel {
  bool score_valid = false;  // false: NaN/Inf/out-of-range input
  std::string verdict_id;    // "likely-false" | "unverified" | "likely-true"
  int verdict_kind = 1;      // as VerdictKind
  std::string verdict_text;  // label shown in the chip
  std::string claim;
  double calibrated = 0;   // input probability (NaN kept when invalid)
  double raw_score = 0;    // input raw score (as given)
  double meter_value = 0;  // aria-valuenow, 0..100 (0 when invalid)
  double bar_fraction = 0;  // filled share of the bar, 0..1 (0 when invalid)
  std::string percent_text;   // "72%", "<1%", ">99%", or "No score"
  std::string raw_text;       // "0.913", or "not available"
  std::string aria_valuetext;  // "72% confidence: Unverified"
  std::string meter_label;     // accessible name, "Confidence"
  std::string raw_score_label;
  std::string reasons_heading;
  std::vector<Reason> reasons;  // ranked, never empty
  std::string disclaimer;
  std::string locale;
  IconShape icon = IconShape::kQuestion;
  std::string icon_id;  // IconShapeId(icon)
  // Colours, lowercase #rrggbb, all computed (never caller text):
  std::string background;  // the opaque background given
  std::string bar_colour;  // ramp(p) fitted to >= 3:1 on background
  std::string track_colour;  // bar outline, neutral, >= 3:1 on background
  std::string text_colour;   // verdict colour for chip text and icon, >= 4.5:1
  std::string body_text_colour;  // neutral text, >= 4.5:1
  // The palette's three verdict colours (ramp at 0, 0.5, 1) stay pairwise
  // >= kMinCvdDeltaE apart under every CVD simulation (CheckCvdDistinct).
  // Informational: the icon and text carry the verdict regardless.
  bool palette_cvd_distinct = false;
  double bar_contrast = 1;   // measured ratios of the colours above
  double text_contrast = 1;
  double body_text_contrast = 1;
};

// Builds the model. Invalid scores are not errors: they give verdict
// "unverified", the "invalid-score" reason first, no number and an empty
// bar. Errors: kInvalidArgument (verdict_kind outside 0..2, top_k outside
// 1..16, a translucent background, a non-finite factor weight); the codes of
// ParsePalette, ParseCssColor, ParseStringTable and RankReasons; kLimitExceeded
// for a label or claim over 4 KiB.
StatusOr<DisplayModel> BuildDisplay(const DisplayInput& input);

// What a display needs besides its own values, prepared once and shared by
// every display of a feed (see display_batch.h): the parsed background,
// palette and string table, the colours that do not depend on the score,
// and the palette's CVD check. The bar colour is the ramp at the score
// rounded to 0.1 % (the meter's own resolution), fitted once per step and
// kept here, so a feed of 1,000 displays fits at most 1,001 bar colours.
struct DisplayContext {
  Rgba background;
  std::vector<Rgba> stops;
  StringTable table;
  bool palette_cvd_distinct = false;
  ContrastFit track, body;
  // Filled on first use: per VerdictKind, and per 0.1 % step of the bar
  // (the bar cache only after EnableBarCache(); a single display skips it).
  mutable std::array<std::optional<ContrastFit>, 3> verdict;
  mutable std::vector<std::optional<ContrastFit>> bar;

  void EnableBarCache() const { bar.assign(1001, std::nullopt); }

  // Errors: those of ParseCssColor (background, palette colours),
  // ParsePalette and ParseStringTable; a translucent background.
  static StatusOr<DisplayContext> Prepare(
      const std::vector<std::string>& palette, const std::string& background,
      const std::string& table_json);
};

// BuildDisplay with a prepared context; input.palette, input.background and
// input.table_json are ignored (the context's are used).
StatusOr<DisplayModel> BuildDisplayIn(const DisplayContext& context,
                                      const DisplayInput& input);

// Percent text for a valid probability using the table's percent template:
// whole percent, but "<1" / ">99" rather than 0 or 100 unless p is exactly
// 0 or 1, so a near-certain estimate never reads as certain. NaN or a value
// outside [0, 1] gives the table's percent-invalid text.
std::string FormatPercent(double p, const StringTable& table);

// Raw score with up to 4 significant digits ("0.9134", "-2.5", "1.235e+04").
std::string FormatRawScore(double raw);

}  // namespace seamkit::confidence

#endif  // SEAMKIT_CORE_CONFIDENCE_DISPLAY_H_
