// The report's input: one record per failing node, independent of the
// engine's internals so that any axe-compatible result (from core/a11y or
// from axe-core itself) can be turned into it by the JS layer.
#ifndef SEAMKIT_CORE_REPORT_INPUT_H_
#define SEAMKIT_CORE_REPORT_INPUT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/color.h"
#include "core/common/status.h"

namespace seamkit::report {

// axe-core's impact levels, in increasing order.
enum class Impact { kMinor, kModerate, kSerious, kCritical };
const char* ImpactName(Impact impact);

// The nearest landmark ancestor that matters for prominence.
enum class Landmark { kNone, kMain, kNavigation, kOther };

struct ContrastInput {
  Rgba fg, bg;  // as computed; translucent colours are composited later
  double font_size_px = 16;
  int font_weight = 400;
};

struct FailureNode {
  std::string rule_id;                  // e.g. "color-contrast"
  std::vector<std::string> wcag_tags;   // e.g. "wcag2aa", "wcag143"
  Impact impact = Impact::kModerate;
  std::string selector;                 // unique CSS selector of the node
  std::string html;                     // outer HTML snippet (plain text)
  Landmark landmark = Landmark::kNone;
  bool interactive = false;             // focusable / operable control
  bool in_first_viewport = false;       // visible without scrolling
  bool blocks_form_submission = false;  // e.g. unlabeled required field
  std::vector<std::string> class_list;  // the node's classes
  std::string component;                // selector of the nearest component
                                        // ancestor (custom element, form,
                                        // [data-component]...), or empty
  std::string missing_attribute;        // e.g. "alt", "lang", or empty
  std::optional<ContrastInput> contrast;
};

// Caps for untrusted input.
inline constexpr size_t kMaxInputBytes = size_t{32} << 20;
inline constexpr size_t kMaxFailures = 200000;

// Reads {"format": "seamkit.report-input", "version": 1, "failures": [...]}
// where each failure is
//   {"rule": str, "impact": "minor"|"moderate"|"serious"|"critical",
//    "selector": str, and optionally "tags": [str], "html": str,
//    "landmark": "main"|"navigation"|"other"|"none", "interactive": bool,
//    "firstViewport": bool, "blocksSubmit": bool, "classes": [str],
//    "component": str, "missingAttribute": str,
//    "contrast": {"fg": css colour, "bg": css colour, "fontSizePx": num,
//                 "fontWeight": int}}.
// Errors: kParse (not JSON), kMalformed (wrong shape or type, with the
// failure's index), kUnsupported (other version), kLimitExceeded.
StatusOr<std::vector<FailureNode>> ReadFailuresJson(std::string_view text);

}  // namespace seamkit::report

#endif  // SEAMKIT_CORE_REPORT_INPUT_H_
