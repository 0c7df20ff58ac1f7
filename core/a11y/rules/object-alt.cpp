// ACT 8fc3b6 "Object element rendering non-text content has non-empty
// accessible name" (WCAG 1.1.1). Applies to HTML <object> elements without
// an explicit role (in effect), included in the accessibility tree, that
// embed an image, audio or video resource. The snapshot has no MIME type
// of the fetched resource, so the `type` attribute decides, else the file
// extension of `data`; anything else (HTML, unknown) is inapplicable.
// The name must come from the author (aria-labelledby, aria-label, title):
// fallback content and `alt` do not name the object.
#include <string>

#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag111"};
constexpr std::string_view kAct[] = {"8fc3b6"};
constexpr std::string_view kWcag[] = {"1.1.1"};

// File extensions of common image, audio and video formats (IANA media
// type registrations' usual extensions).
constexpr std::string_view kMediaExtensions =
    "apng avif bmp gif ico jpeg jpg png svg tif tiff webp "
    "aac flac m4a mp3 oga ogg opus wav weba "
    "m4v mkv mov mp4 mpeg mpg ogv webm";

std::string Lower(std::string_view v) {
  std::string out(TrimAsciiWhitespace(v));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool EmbedsMedia(const Snapshot& s, NodeId n) {
  std::optional<std::string_view> type = s.Attr(n, "type");
  if (type && !TrimAsciiWhitespace(*type).empty()) {
    std::string t = Lower(*type);
    return t.starts_with("image/") || t.starts_with("audio/") || t.starts_with("video/");
  }
  std::optional<std::string_view> data = s.Attr(n, "data");
  if (!data) return false;
  std::string url = Lower(*data);
  url = url.substr(0, url.find_first_of("?#"));
  size_t slash = url.rfind('/');
  size_t dot = url.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return false;
  return AriaTokens(kMediaExtensions).Contains(std::string_view(url).substr(dot + 1));
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!IsHtmlTag(s, n, "object")) continue;
    std::string_view explicit_role = ctx.ExplicitRole(n);
    if ((!explicit_role.empty() && ctx.Role(n) == explicit_role) ||
        !ctx.IsIncludedInAccessibilityTree(n) || !EmbedsMedia(s, n)) {
      continue;
    }
    const AccessibleName& name = ctx.Name(n);
    bool authored = name.source == NameSource::kAriaLabelledby ||
                    name.source == NameSource::kAriaLabel ||
                    name.source == NameSource::kTitle;
    if (authored && !name.text.empty()) {
      out.Pass(n);
    } else {
      out.Fail(n, "Object embedding media has no accessible name");
    }
  }
}

}  // namespace

extern const Rule kObjectAlt = {
    {"object-alt", "Ensures <object> elements rendering images, audio or video have a non-empty accessible name",
     "<object> elements must have alternate text",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/8fc3b6/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules
