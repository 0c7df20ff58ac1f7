// Text hygiene for rendered output: UTF-8 repair and HTML escaping that is
// safe in element content and in quoted attribute values alike.
#ifndef SEAMKIT_CORE_CONFIDENCE_ESCAPE_H_
#define SEAMKIT_CORE_CONFIDENCE_ESCAPE_H_

#include <string>
#include <string_view>

namespace seamkit::confidence {

// Returns `text` as valid UTF-8: every ill-formed sequence (stray
// continuation bytes, truncated sequences, overlong forms, surrogates,
// code points above U+10FFFF) becomes U+FFFD, one per maximal ill-formed
// subpart as in the WHATWG Encoding standard. C0 controls other than tab,
// LF and CR, DEL and the C1 controls also become U+FFFD: HTML forbids them
// and they can hide text from a reader.
std::string SanitizeUtf8(std::string_view text);

// SanitizeUtf8, then replaces & < > " ' with character references
// (&amp; &lt; &gt; &quot; &#39;). The result is inert text both between tags
// and inside a single- or double-quoted attribute value.
std::string EscapeHtml(std::string_view text);

}  // namespace seamkit::confidence

#endif  // SEAMKIT_CORE_CONFIDENCE_ESCAPE_H_
