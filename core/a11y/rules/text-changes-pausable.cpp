// ACT efbfc7 "Text content that changes automatically can be paused,
// stopped or hidden" (WCAG 2.2.2). Applies to visible text that the
// collector saw change with no user input, 5 s or more after its document
// started, on a page that shows other text beside it (the change observer:
// audit(target, { observeChangesMs })). Unwatched documents: no result.
//
// Passed: a visible, named control whose name says pause, stop or hide.
// Failed: no visible, named control anywhere on the page, so nothing can be
// the instrument. Otherwise cantTell: seamkit does not guess what a control
// named "Settings" does.
#include "core/a11y/rules/media_autoplay.h"
#include "core/a11y/rules/rule_util.h"
#include "core/a11y/visibility.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag222"};
constexpr std::string_view kAct[] = {"efbfc7"};
constexpr std::string_view kWcag[] = {"2.2.2"};

// Words that name pausing, stopping or hiding (English, French, German,
// Spanish, Italian, Dutch, Portuguese).
constexpr std::string_view kPauseWords[] = {
    "pause", "stop", "hide", "freeze",
    "arrêter", "arrêt", "masquer", "cacher", "figer",
    "pausieren", "stopp", "stoppen", "anhalten", "ausblenden", "verbergen", "verstecken",
    "pausa", "pausar", "detener", "parar", "ocultar", "esconder",
    "ferma", "nascondi", "sospendi",
    "pauze", "pauzeren", "verbergen",
    "play/pause"};

bool HasText(const Snapshot& s, NodeId text) {
  return !TrimAsciiWhitespace(s.Text(text)).empty();
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  std::vector<NodeId> changing;
  bool other_text = false;
  // Changing elements of watched documents; text outside them.
  for (NodeId n = 0; n < s.size(); ++n) {
    NodeId doc = s.OwnerDocument(n);
    if (doc == kNoNode || !s.Document(doc).changes_observed) continue;
    if (s.IsElement(n) && (s.Flags(n) & kFlagTextChanged) && ctx.IsVisible(n) &&
        (changing.empty() || !s.IsAncestorOf(changing.back(), n))) {
      changing.push_back(n);
    }
    if (s.IsText(n) && HasText(s, n) && (ctx.States(n) & kStateVisible) &&
        (changing.empty() || !s.IsAncestorOf(changing.back(), n))) {
      other_text = true;
    }
  }
  // Content that changes alone on the page is all there is to read: the
  // rule applies to changes presented in parallel with other content.
  if (changing.empty() || !other_text) return;
  InstrumentSearch found = FindNamedInstrument(ctx, "pause-instrument", kPauseWords);
  for (NodeId n : changing) {
    if (found.kind == AudioInstrument::kNamed) {
      out.Pass(n, "The page has a visible control named \"" +
                      std::string(TrimAsciiWhitespace(ctx.Name(found.control).text)) + "\"");
    } else if (found.kind == AudioInstrument::kNone) {
      out.Fail(n, "Text changes automatically and the page has no visible, named control "
                  "that could pause, stop or hide it");
    } else {
      out.CantTell(n, "Text changes automatically: check that a visible control pauses, "
                      "stops or hides it");
    }
  }
}

}  // namespace

extern const Rule kTextChangesPausable = {
    {"text-changes-pausable",
     "Ensures text that changes automatically can be paused, stopped or hidden",
     "Text that changes by itself for more than 5 seconds must have a control to pause, "
     "stop or hide it",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/efbfc7/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules
