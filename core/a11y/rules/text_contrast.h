// Text contrast as the W3C ACT rules afw4f7 (minimum) and 09o5cg (enhanced)
// define it, shared by color-contrast and color-contrast-enhanced.
//
// Applicability (ACT): visible text nodes whose flat-tree parent is an HTML
// element, except text with a flat-tree ancestor that is a disabled widget,
// a disabled group, or is used in the accessible name of a disabled widget.
// Text whose colour equals its background is not visible (ACT glossary:
// making it transparent would change no pixel) and is skipped.
//
// Colours: the text's pixel and its background pixel are painted bottom-up
// from the flat-tree ancestors' background colours, each ancestor's opacity
// applied to its group, over the white initial canvas. A gradient background
// makes a set of possible background pixels (its colours and its plain
// background colour, which shows where the gradient does not reach): the
// text fails only when even the best of them is below the requirement and
// passes only when even the worst meets it; in between it is cantTell.
// Where those ancestors are not the whole story the element is cantTell,
// never a guess: a background image under the text, a text-shadow on a failing
// text, an absolutely/fixed positioned ancestor over unknown backdrop, text
// overlapping positioned content, an unparsable colour.
#ifndef SEAMKIT_CORE_A11Y_RULES_TEXT_CONTRAST_H_
#define SEAMKIT_CORE_A11Y_RULES_TEXT_CONTRAST_H_

#include <string>
#include <vector>

#include "core/a11y/context.h"
#include "core/a11y/rule.h"
#include "core/common/color.h"
#include "core/common/contrast.h"

namespace seamkit::a11y::rules {

struct TextContrast {
  NodeId element = kNoNode;  // parent element of the applicable text
  bool measured = false;     // fg/bg/ratio known
  std::string cant_tell;     // why the answer needs review ("" if none)
  bool maybe_decorative = false;  // text not in its widget's author name
  Rgba fg, bg;               // opaque pixels (text, background) of the best case
  double ratio = 0;          // the highest contrast the text can have
  double ratio_min = 0;      // the lowest (equal to ratio without a gradient)
  bool gradient = false;     // a gradient lies under the text
  bool image = false;        // a measured raster background image lies under it
  float font_size_px = 0;
  int font_weight = 400;
  bool large = false;
};

// One entry per element with applicable text children, in document order.
std::vector<TextContrast> EvaluateTextContrast(AuditContext& ctx);

// Reports each element: passed when the ratio meets `level`, failed below,
// cantTell when unmeasured or when a failing text may be decorative. The
// node data carries fg, bg, ratio, required, fontSize, fontWeight, large;
// over a gradient also gradient: true and ratioMin, over a measured
// background image backgroundImage: true and ratioMin (fg, bg and ratio are
// then the best case).
void ReportTextContrast(AuditContext& ctx, RuleReporter& out,
                        ContrastLevel level);

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_TEXT_CONTRAST_H_
