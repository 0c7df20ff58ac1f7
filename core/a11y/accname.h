// Accessible name and description (W3C "Accessible Name and Description
// Computation 1.2", https://www.w3.org/TR/accname-1.2/, with the HTML
// element rules of HTML-AAM §4.1 "Accessible Name Computations").
//
// Implemented steps, for the node being named (the "root"):
//   2B aria-labelledby (IDREF list, one level: targets never follow their
//      own aria-labelledby; hidden targets and their hidden content count),
//      falling through to the next steps when every target is empty;
//   2C aria-label (ignored when empty or whitespace);
//   2D native text alternatives per HTML-AAM (img/area/input type=image alt,
//      <label for>/wrapping <label>, input button value and the defaults
//      "Submit"/"Reset", fieldset/legend, figure/figcaption,
//      table/caption, svg <title>, optgroup label, summary content);
//   2E embedded controls inside a label / labelledby target / content
//      (textbox value, combobox/listbox selected options, range
//      aria-valuetext / aria-valuenow / value); the control being named is
//      skipped inside its own label;
//   2F-2H name from content for roles that allow it and for every
//      descendant while recursing, with ::before/::after content and
//      spaces around non-inline boxes;
//   2I the `title` tooltip; then `placeholder` for text fields.
// Step 2A (hidden) skips descendants not included in the accessibility
// tree unless the traversal started at a hidden labelledby/describedby
// target. The root itself is named even when hidden (rules decide
// applicability separately).
// The content traversal uses an explicit stack: DOM depth never grows the
// call stack (nested computations are bounded by a small constant).
#ifndef SEAMKIT_CORE_A11Y_ACCNAME_H_
#define SEAMKIT_CORE_A11Y_ACCNAME_H_

#include <string>
#include <string_view>

#include "core/a11y/context.h"

namespace seamkit::a11y {

// Prefer AuditContext::Name / Description, which cache these.
AccessibleName ComputeAccessibleName(AuditContext& ctx, NodeId n);
std::string ComputeAccessibleDescription(AuditContext& ctx, NodeId n);

// Collapses runs of ASCII whitespace to one space and trims both ends.
std::string NormalizeWhitespace(std::string_view text);

// True for the roles AccName 1.2 treats as embedded controls (textbox,
// searchbox, combobox, listbox and the range roles).
bool IsEmbeddedControlRole(std::string_view role);

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_ACCNAME_H_
