#include "core/a11y/rules/media_autoplay.h"

#include <algorithm>
#include <cstdio>

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

const char* StatusReason(MediaStatus s) {
  switch (s) {
    case MediaStatus::kCrossOrigin:
      return "its resource is on another origin, which seamkit does not fetch";
    case MediaStatus::kTooLarge:
      return "its resource is larger than the probe's limit";
    case MediaStatus::kTimedOut:
      return "measuring its audio ran out of time";
    default:
      return "its resource could not be loaded or decoded";
  }
}

// The sound of a measured element: what plays is the fragment of the URL
// the browser chose, within the duration; `loop` repeats it.
void Measure(const Snapshot& s, const MediaInfo& info, bool loop, AutoplayMedia* m) {
  if (info.status == MediaStatus::kNoAudioTrack) {
    m->audio = AutoplayAudio::kNone;
    return;
  }
  if (info.status != MediaStatus::kMeasured) {
    m->why = StatusReason(info.status);
    return;
  }
  double start = 0, end = info.duration;
  if (std::optional<MediaRange> r = MediaFragment(s.String(info.url))) {
    start = std::min(r->start, end);
    if (r->end) end = std::clamp(*r->end, start, end);
  }
  m->played_seconds = end - start;
  double first = -1, last = -1;
  for (const AudibleSpan& a : s.AudibleSpans(info)) {
    double lo = std::max<double>(a.start, start), hi = std::min<double>(a.end, end);
    if (hi <= lo) continue;
    if (first < 0) first = lo;
    last = hi;
  }
  if (first < 0) {
    m->audio = AutoplayAudio::kNone;
    return;
  }
  m->audible_seconds = last - first;
  m->audio = loop || m->audible_seconds > 3.0 ? AutoplayAudio::kLong : AutoplayAudio::kShort;
}

// Words that name pausing, stopping or muting sound, or its volume, as a
// control's accessible name would say it (English, French, German,
// Spanish, Italian, Dutch, Portuguese). Short words that mean something
// else in English ("son", "ton", "som") are left out.
constexpr std::string_view kAudioControlWords[] = {
    "pause", "stop", "mute", "unmute", "volume", "sound", "audio", "silence",
    "arrêter", "arrêt", "muet", "sourdine", "couper",
    "pausieren", "stopp", "stoppen", "anhalten", "stumm", "stummschalten",
    "lautstärke", "ton aus",
    "pausa", "pausar", "detener", "parar", "silenciar", "silencio", "volumen", "sonido",
    "ferma", "muto", "silenzia", "suono",
    "pauze", "pauzeren", "dempen", "geluid",
    "mudo", "desligar", "play/pause"};

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Whether `name` holds one of the words as a whole word (ASCII letters are
// compared without case; other bytes count as letters).
bool NamesControl(std::string_view name, std::span<const std::string_view> words) {
  auto letter = [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || u >= 0x80;
  };
  for (std::string_view w : words) {
    for (size_t at = 0; at + w.size() <= name.size(); ++at) {
      bool same = true;
      for (size_t k = 0; k < w.size() && same; ++k) same = Lower(name[at + k]) == w[k];
      if (!same) continue;
      bool before = at > 0 && letter(name[at - 1]);
      bool after = at + w.size() < name.size() && letter(name[at + w.size()]);
      if (!before && !after) return true;
    }
  }
  return false;
}

bool IsControlRole(std::string_view role) {
  constexpr std::string_view kRoles[] = {
      "button", "link", "checkbox", "switch", "slider", "menuitem", "menuitemcheckbox",
      "menuitemradio", "radio", "tab", "spinbutton"};
  return std::find(std::begin(kRoles), std::end(kRoles), role) != std::end(kRoles);
}

}  // namespace

std::optional<MediaRange> MediaFragment(std::string_view url) {
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
    std::string_view first = range.substr(0, comma);
    MediaRange r;
    if (!first.empty()) {
      std::optional<double> start = ParseNpt(first);
      if (!start) return std::nullopt;
      r.start = *start;
    } else if (comma == std::string_view::npos) {
      return std::nullopt;  // "t=" alone
    }
    if (comma != std::string_view::npos) {
      std::optional<double> end = ParseNpt(range.substr(comma + 1));
      if (!end || *end < r.start) return std::nullopt;
      r.end = *end;
    }
    return r;
  }
  return std::nullopt;
}

std::optional<double> MediaFragmentSeconds(std::string_view url) {
  std::optional<MediaRange> r = MediaFragment(url);
  if (!r || !r->end) return std::nullopt;
  return *r->end - r->start;
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
    AutoplayMedia m;
    m.node = n;
    m.controls = s.HasAttr(n, "controls");
    std::optional<double> bounded = MediaFragmentSeconds(*src);
    if (const MediaInfo* info = s.Media(n)) {
      Measure(s, *info, s.HasAttr(n, "loop"), &m);
    } else {
      m.why = "its audio was not measured (no media probe in this snapshot)";
    }
    // A fragment of 3 seconds or less bounds the output, measured or not.
    if (m.audio == AutoplayAudio::kUnknown && bounded && *bounded <= 3.0 &&
        !s.HasAttr(n, "loop")) {
      m.audio = AutoplayAudio::kShort;
      m.played_seconds = *bounded;
      m.audible_seconds = *bounded;
    }
    out.push_back(std::move(m));
  }
  return out;
}

std::string SecondsText(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f s", v);
  return buf;
}

InstrumentSearch FindAudioInstrument(AuditContext& ctx) {
  return FindNamedInstrument(ctx, "audio-instrument", kAudioControlWords);
}

InstrumentSearch FindNamedInstrument(AuditContext& ctx, std::string_view key,
                                     std::span<const std::string_view> words) {
  return ctx.Shared<InstrumentSearch>(key, [&] {
    const Snapshot& s = ctx.snapshot();
    InstrumentSearch found;
    for (NodeId n = 0; n < s.size(); ++n) {
      if (!s.IsElement(n) || !IsControlRole(ctx.Role(n)) ||
          !ctx.IsIncludedInAccessibilityTree(n) || !ctx.IsVisible(n)) {
        continue;
      }
      std::string_view name = TrimAsciiWhitespace(ctx.Name(n).text);
      if (name.empty()) continue;
      if (NamesControl(name, words)) return InstrumentSearch{AudioInstrument::kNamed, n};
      found.kind = AudioInstrument::kUnclear;
    }
    return found;
  });
}

}  // namespace seamkit::a11y::rules
