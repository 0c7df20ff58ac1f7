#include "core/a11y/rules/meta_refresh_util.h"

#include <unordered_set>

namespace seamkit::a11y::rules {

std::optional<double> ParseRefreshDelay(std::string_view content) {
  size_t i = 0;
  while (i < content.size() && IsAsciiWhitespace(content[i])) ++i;
  double time = 0;
  size_t digits = 0;
  while (i < content.size() && content[i] >= '0' && content[i] <= '9') {
    time = time * 10 + (content[i] - '0');
    ++i;
    ++digits;
  }
  if (digits == 0 && (i >= content.size() || content[i] != '.')) {
    return std::nullopt;
  }
  while (i < content.size() &&
         ((content[i] >= '0' && content[i] <= '9') || content[i] == '.')) {
    ++i;
  }
  if (i < content.size()) {
    char c = content[i];
    if (c != ';' && c != ',' && !IsAsciiWhitespace(c)) return std::nullopt;
  }
  return time;
}

std::vector<RefreshMeta> FirstValidRefreshes(const Snapshot& s) {
  std::vector<RefreshMeta> out;
  std::unordered_set<NodeId> seen_docs;
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!IsHtmlTag(s, n, "meta")) continue;
    std::optional<std::string_view> equiv = s.Attr(n, "http-equiv");
    std::optional<std::string_view> content = s.Attr(n, "content");
    if (!equiv || !content ||
        !EqualsIgnoreAsciiCase(TrimAsciiWhitespace(*equiv), "refresh")) {
      continue;
    }
    std::optional<double> delay = ParseRefreshDelay(*content);
    if (!delay) continue;
    if (!seen_docs.insert(s.OwnerDocument(n)).second) continue;
    out.push_back({n, *delay});
  }
  return out;
}

}  // namespace seamkit::a11y::rules
