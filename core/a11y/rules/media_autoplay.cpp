#include "core/a11y/rules/media_autoplay.h"

#include "core/a11y/rules/rule_util.h"
#include "core/common/number.h"

namespace seamkit::a11y::rules {
namespace {

// npt time: "10", "10.5", "npt:10", "1:02:03.5", "02:03".
std::optional<double> ParseNpt(std::string_view t) {
  if (t.substr(0, 4) == "npt:") t.remove_prefix(4);
  if (t.empty()) return std::nullopt;
  double total = 0;
  int parts = 0;
  while (true) {
    size_t colon = t.find(':');
    std::string_view part = t.substr(0, colon);
    std::optional<double> v = ParseDecimal(part);
    if (!v || *v < 0 || ++parts > 3) return std::nullopt;
    total = total * 60 + *v;
    if (colon == std::string_view::npos) break;
    t.remove_prefix(colon + 1);
  }
  return total;
}

}  // namespace

std::optional<double> MediaFragmentSeconds(std::string_view url) {
  size_t hash = url.find('#');
  if (hash == std::string_view::npos) return std::nullopt;
  std::string_view frag = url.substr(hash + 1);
  while (!frag.empty()) {
    size_t amp = frag.find('&');
    std::string_view pair = frag.substr(0, amp);
    frag = amp == std::string_view::npos ? std::string_view() : frag.substr(amp + 1);
    if (pair.substr(0, 2) != "t=") continue;
    std::string_view range = pair.substr(2);
    size_t comma = range.find(',');
    if (comma == std::string_view::npos) return std::nullopt;
    std::optional<double> start = range.substr(0, comma).empty()
                                      ? std::optional<double>(0)
                                      : ParseNpt(range.substr(0, comma));
    std::optional<double> end = ParseNpt(range.substr(comma + 1));
    if (!start || !end || *end < *start) return std::nullopt;
    return *end - *start;
  }
  return std::nullopt;
}

std::vector<AutoplayMedia> FindAutoplayMedia(AuditContext& ctx) {
  const Snapshot& s = ctx.snapshot();
  std::vector<AutoplayMedia> out;
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!IsHtmlTag(s, n, "audio") && !IsHtmlTag(s, n, "video")) continue;
    if (!s.HasAttr(n, "autoplay") || s.HasAttr(n, "muted")) {
      continue;
    }
    std::optional<std::string_view> src = s.Attr(n, "src");
    if (!src || src->empty()) {
      src.reset();
      for (NodeId c : s.Children(n)) {
        std::optional<std::string_view> csrc =
            IsHtmlTag(s, c, "source") ? s.Attr(c, "src") : std::nullopt;
        if (csrc && !csrc->empty()) {
          src = csrc;
          break;
        }
      }
    }
    if (!src) continue;
    out.push_back({n, s.HasAttr(n, "controls"), MediaFragmentSeconds(*src)});
  }
  return out;
}

}  // namespace seamkit::a11y::rules
