// Server-side rendering of a DisplayModel to self-contained HTML with inline
// SVG and inline styles (for pages without JS and for e-mail).
#ifndef SEAMKIT_CORE_CONFIDENCE_RENDER_HTML_H_
#define SEAMKIT_CORE_CONFIDENCE_RENDER_HTML_H_

#include <string>

#include "core/common/status.h"
#include "core/confidence/display.h"

namespace seamkit::confidence {

// Renders `model` as one <div class="seam-confidence">: optional claim, a
// role="meter" element (aria-label, aria-valuemin/max/now, aria-valuetext)
// holding the SVG bar and the percent text, the verdict chip (SVG icon of
// the verdict's shape + text), raw score, reasons list and disclaimer.
// Every text is UTF-8-repaired and HTML-escaped; style attributes only
// ever hold the model's colours after checking each is #rrggbb.
// Errors (kInvalidArgument): a colour that is not lowercase #rrggbb, an
// icon, verdict kind or locale out of range, a non-finite or out-of-range
// meter_value / bar_fraction — i.e. a model not made by BuildDisplay.
StatusOr<std::string> RenderHtml(const DisplayModel& model);

// BuildDisplay followed by RenderHtml.
StatusOr<std::string> RenderConfidenceHtml(const DisplayInput& input);

}  // namespace seamkit::confidence

#endif  // SEAMKIT_CORE_CONFIDENCE_RENDER_HTML_H_
