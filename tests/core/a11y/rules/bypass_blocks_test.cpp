// bypass (ACT cf77f2), page-has-heading (047fe0), landmark-main-content
// (b40fd1), skip-link (ye5d6e): without a comparison with other pages, pass
// on evidence and cantTell without; compared (repeated content flagged),
// decided by the ACT definitions.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr const char* kRules[] = {"bypass", "page-has-heading",
                                  "landmark-main-content", "skip-link"};

// <nav> with a heading and a link, as repeated content.
void AddNav(Dom& d) {
  NodeId nav = d.El(d.body, "nav");
  d.Text(d.El(nav, "h1"), "Contents");
  NodeId a = d.El(nav, "a", {{"href", "/chapter2"}});
  d.Focusable(a);
  d.Text(a, "Chapter 2");
}

TEST(BypassBlocks, PageWithoutEvidenceIsCantTellNeverFailed) {
  Dom d;
  AddNav(d);
  NodeId skip_nowhere = d.El(d.body, "a", {{"href", "#missing"}});
  d.Focusable(skip_nowhere);
  d.Text(skip_nowhere, "Skip");
  NodeId hidden_main = d.El(d.body, "main", {{"aria-hidden", "true"}});
  d.Text(d.El(hidden_main, "h1"), "Chapter 1");
  Snapshot s = d.Build();
  for (const char* id : kRules) {
    RuleResult r = RunRule(s, id);
    EXPECT_EQ(r.outcome, Outcome::kCantTell) << id;
    EXPECT_EQ(NodeOutcome(r, d.html), Outcome::kCantTell) << id;
  }
}

TEST(BypassBlocks, HeadingMainLandmarkOrSkipLinkPass) {
  Dom d;
  NodeId skip = d.El(d.body, "a", {{"href", "#main"}});
  d.Focusable(skip);
  d.Text(skip, "Skip to main content");
  AddNav(d);
  NodeId main = d.El(d.body, "main", {{"id", "main"}});
  d.Text(d.El(main, "h1"), "Chapter 1");
  d.Text(d.El(main, "p"), "Unity succeeds division.");
  Snapshot s = d.Build();
  for (const char* id : kRules) {
    EXPECT_EQ(RunRule(s, id).outcome, Outcome::kPassed) << id;
  }
}

TEST(BypassBlocks, OneMechanismIsEnoughForTheComposite) {
  Dom d;
  AddNav(d);
  NodeId main = d.El(d.body, "div", {{"role", "main"}});
  d.Text(d.El(main, "p"), "Unity succeeds division.");
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, "landmark-main-content").outcome, Outcome::kPassed);
  EXPECT_EQ(RunRule(s, "page-has-heading").outcome, Outcome::kCantTell);
  EXPECT_EQ(RunRule(s, "skip-link").outcome, Outcome::kCantTell);
  EXPECT_EQ(RunRule(s, "bypass").outcome, Outcome::kPassed);
}

TEST(BypassBlocks, BackwardLinksDoNotSkip) {
  Dom d;
  NodeId target = d.El(d.body, "div", {{"id", "top"}});
  d.Text(target, "Top");
  NodeId up = d.El(d.body, "a", {{"href", "#top"}});
  d.Focusable(up);
  d.Text(up, "Back to top");
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, "skip-link").outcome, Outcome::kCantTell);
}

// An off-screen heading is no visible heading; a link into an aside skips
// to repeated content, not past it.
TEST(BypassBlocks, OffScreenHeadingAndLinksIntoAsidesAreNoEvidence) {
  Dom d;
  NodeId skip = d.El(d.body, "a", {{"href", "#about"}});
  d.Focusable(skip);
  d.Text(skip, "Skip to main content");
  NodeId aside = d.El(d.body, "aside");
  d.Text(d.El(aside, "p", {{"id", "about"}}), "About the book");
  NodeId content = d.El(d.body, "div");
  NodeId h1 = d.El(content, "h1");
  d.Text(h1, "Chapter 1");
  d.Data(h1).box = {0, -999, 300, 37};
  d.Style(h1).position = Position::kAbsolute;
  d.Text(d.El(content, "p"), "Unity succeeds division.");
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, "page-has-heading").outcome, Outcome::kCantTell);
  EXPECT_EQ(RunRule(s, "skip-link").outcome, Outcome::kCantTell);
  EXPECT_EQ(RunRule(s, "bypass").outcome, Outcome::kCantTell);
}

TEST(BypassBlocks, PageWithoutTextIsInapplicable) {
  Dom d;
  d.El(d.body, "div");
  Snapshot s = d.Build();
  for (const char* id : kRules) {
    EXPECT_EQ(RunRule(s, id).outcome, Outcome::kInapplicable) << id;
  }
}

// ---- compared with other pages (DocumentInfo::content_compared) ----

DocumentInfo Compared() {
  DocumentInfo info;
  info.content_compared = true;
  return info;
}

void MarkRepeated(Dom& d, NodeId n, uint32_t other_flags = 0) {
  d.builder().SetFlags(n, kFlagRepeated | other_flags);
}

// A chapter page: a repeated <nav> (heading and links also on the next
// chapter), then its own text in a <div>.
struct Chapter {
  Dom d{{{"lang", "en"}}, Compared()};
  NodeId nav, content;
  Chapter() {
    nav = d.El(d.body, "nav");
    d.Text(d.El(nav, "h1"), "Contents");
    NodeId a = d.El(nav, "a", {{"href", "/chapter2"}});
    d.Focusable(a);
    d.Text(a, "Chapter 2");
    MarkRepeated(d, nav);
    content = d.El(d.body, "div", {{"id", "main"}});
    d.Text(d.El(content, "p"), "Unity succeeds division.");
  }
};

TEST(BypassBlocksCompared, NoMechanismFailsEveryRule) {
  Chapter c;
  Snapshot s = c.d.Build();
  for (const char* id : kRules) {
    RuleResult r = RunRule(s, id);
    EXPECT_EQ(r.outcome, Outcome::kFailed) << id;
    EXPECT_EQ(NodeOutcome(r, c.d.html), Outcome::kFailed) << id;
  }
}

TEST(BypassBlocksCompared, HeadingOfTheOwnContentPassesItsRuleAndTheComposite) {
  Chapter c;
  c.d.Text(c.d.El(c.content, "h2"), "Three heroes");
  Snapshot s = c.d.Build();
  EXPECT_EQ(RunRule(s, "page-has-heading").outcome, Outcome::kPassed);
  EXPECT_EQ(RunRule(s, "bypass").outcome, Outcome::kPassed);
  EXPECT_EQ(RunRule(s, "landmark-main-content").outcome, Outcome::kFailed);
  EXPECT_EQ(RunRule(s, "skip-link").outcome, Outcome::kFailed);
}

// The nav's heading is repeated; so is a heading that is hidden, off screen
// or repeated itself.
TEST(BypassBlocksCompared, RepeatedHiddenOrOffScreenHeadingsDoNotCount) {
  Chapter c;
  Dom& d = c.d;
  NodeId hidden = d.El(c.content, "h2", {{"aria-hidden", "true"}});
  d.Text(hidden, "Hidden");
  NodeId off = d.El(c.content, "h2");
  d.Text(off, "Off screen");
  d.Data(off).box = {0, -999, 300, 37};
  d.Style(off).position = Position::kAbsolute;
  NodeId again = d.El(c.content, "h2");
  d.Text(again, "Contents");
  MarkRepeated(d, again);
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, "page-has-heading").outcome, Outcome::kFailed);
}

TEST(BypassBlocksCompared, MainLandmarkPassesButNotAHiddenOneOrOneBeforeTheRepeats) {
  {
    Chapter c;
    c.d.Text(c.d.El(c.d.body, "main"), "Chapter text");
    Snapshot s = c.d.Build();
    EXPECT_EQ(RunRule(s, "landmark-main-content").outcome, Outcome::kPassed);
    EXPECT_EQ(RunRule(s, "bypass").outcome, Outcome::kPassed);
  }
  {
    Chapter c;
    c.d.Text(c.d.El(c.d.body, "main", {{"aria-hidden", "true"}}), "Chapter text");
    Snapshot s = c.d.Build();
    EXPECT_EQ(RunRule(s, "landmark-main-content").outcome, Outcome::kFailed);
  }
  {
    // <main> holding the repeated nav starts with repeated content.
    Dom d({{"lang", "en"}}, Compared());
    NodeId main = d.El(d.body, "main");
    NodeId nav = d.El(main, "nav");
    d.Text(nav, "Chapter 2");
    MarkRepeated(d, nav);
    d.Text(d.El(main, "p"), "Chapter text");
    Snapshot s = d.Build();
    EXPECT_EQ(RunRule(s, "landmark-main-content").outcome, Outcome::kFailed);
  }
}

TEST(BypassBlocksCompared, SkipLinkMustLandJustBeforeNonRepeatedContent) {
  // Targets: the content itself, an empty marker at the end of the repeated
  // block, a repeated paragraph, a missing id.
  const struct {
    const char* href;
    Outcome expected;
    Outcome composite;  // an in-page link may collapse a block (CSS :target)
  } cases[] = {{"#main", Outcome::kPassed, Outcome::kPassed},
               {"#end-of-nav", Outcome::kPassed, Outcome::kPassed},
               {"#nav-text", Outcome::kFailed, Outcome::kCantTell},
               {"#nowhere", Outcome::kFailed, Outcome::kFailed}};
  for (const auto& c : cases) {
    Dom d({{"lang", "en"}}, Compared());
    NodeId skip = d.El(d.body, "a", {{"href", c.href}});
    d.Focusable(skip);
    d.Text(skip, "Skip to content");
    NodeId aside = d.El(d.body, "aside");
    d.Text(d.El(aside, "p", {{"id", "nav-text"}}), "About the book");
    d.El(aside, "span", {{"id", "end-of-nav"}});
    MarkRepeated(d, aside);
    d.Text(d.El(d.body, "div", {{"id", "main"}}), "Chapter text");
    Snapshot s = d.Build();
    EXPECT_EQ(RunRule(s, "skip-link").outcome, c.expected) << c.href;
    EXPECT_EQ(RunRule(s, "bypass").outcome, c.composite) << c.href;
  }
}

TEST(BypassBlocksCompared, SkipLinkToANamedAnchorPasses) {
  Chapter c;
  c.d.Text(c.d.El(c.content, "a", {{"name", "start"}}), "Chapter 1");
  NodeId skip = c.d.El(c.d.body, "a", {{"href", "#start"}});
  c.d.Focusable(skip);
  c.d.Text(skip, "Skip");
  Snapshot s = c.d.Build();
  EXPECT_EQ(RunRule(s, "skip-link").outcome, Outcome::kPassed);
}

// Nothing of the page's own follows repeated content: nothing to bypass.
TEST(BypassBlocksCompared, NoContentAfterRepeatsPassesEveryRule) {
  {
    Dom d({{"lang", "en"}}, Compared());
    d.Text(d.El(d.body, "p"), "Chapter text");
    NodeId aside = d.El(d.body, "aside");
    d.Text(aside, "About the book");
    MarkRepeated(d, aside);
    Snapshot s = d.Build();
    for (const char* id : kRules) EXPECT_EQ(RunRule(s, id).outcome, Outcome::kPassed) << id;
  }
  {
    // Nothing found on the other pages.
    Dom d({{"lang", "en"}}, Compared());
    d.Text(d.El(d.body, "p"), "Chapter text");
    Snapshot s = d.Build();
    for (const char* id : kRules) EXPECT_EQ(RunRule(s, id).outcome, Outcome::kPassed) << id;
  }
  {
    // A repeated block that is not rendered is no block of content.
    Chapter c;
    c.d.Style(c.nav).display = Display::kNone;
    Snapshot s = c.d.Build();
    for (const char* id : kRules) EXPECT_EQ(RunRule(s, id).outcome, Outcome::kPassed) << id;
  }
}

// A script or an inline handler may be the instrument: the snapshot cannot
// tell, so no failure. Other ways to collapse a block leave only the
// composite undecided.
TEST(BypassBlocksCompared, ScriptsAndTogglesMakeTheInstrumentRulesCantTell) {
  {
    Chapter c;
    c.d.El(c.d.body, "script", {{"src", "toggle.js"}});
    Snapshot s = c.d.Build();
    EXPECT_EQ(RunRule(s, "skip-link").outcome, Outcome::kCantTell);
    EXPECT_EQ(RunRule(s, "bypass").outcome, Outcome::kCantTell);
    EXPECT_EQ(RunRule(s, "page-has-heading").outcome, Outcome::kFailed);
    EXPECT_EQ(RunRule(s, "landmark-main-content").outcome, Outcome::kFailed);
  }
  {
    Chapter c;
    NodeId b = c.d.El(c.d.body, "button", {{"onclick", "location.assign('#main')"}});
    c.d.Text(b, "Skip");
    Snapshot s = c.d.Build();
    EXPECT_EQ(RunRule(s, "skip-link").outcome, Outcome::kCantTell);
    EXPECT_EQ(RunRule(s, "bypass").outcome, Outcome::kCantTell);
  }
  for (const char* toggle : {"details", "checkbox"}) {
    Chapter c;
    if (std::string_view(toggle) == "details") {
      c.d.Text(c.d.El(c.d.El(c.d.body, "details"), "summary"), "Menu");
    } else {
      c.d.El(c.d.body, "input", {{"type", "checkbox"}});
    }
    Snapshot s = c.d.Build();
    EXPECT_EQ(RunRule(s, "skip-link").outcome, Outcome::kFailed) << toggle;
    EXPECT_EQ(RunRule(s, "bypass").outcome, Outcome::kCantTell) << toggle;
  }
}

}  // namespace
}  // namespace seamkit::a11y
