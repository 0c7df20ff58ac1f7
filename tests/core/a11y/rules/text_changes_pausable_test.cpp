// ACT efbfc7: text that changes by itself (seen by the collector's change
// observer) needs a visible control that pauses, stops or hides it.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

DocumentInfo Watched(bool observed = true) {
  DocumentInfo info;
  info.changes_observed = observed;
  return info;
}

struct Page {
  Dom d;
  NodeId number = kNoNode;
  explicit Page(bool observed = true) : d({{"lang", "en"}}, Watched(observed)) {
    d.Text(d.El(d.body, "p"), "The W3C Web Accessibility Initiative develops standards.");
    NodeId p = d.El(d.body, "p");
    d.Text(p, "Random number: ");
    number = d.El(p, "span");
    d.Text(number, "7");
    d.builder().SetFlags(number, kFlagTextChanged);
  }
  void Button(std::string_view name) {
    NodeId b = d.El(d.body, "button");
    d.Text(b, name);
  }
};

TEST(TextChangesPausable, NoControlAtAllFails) {
  Page page;
  NodeId number = page.number;
  RuleResult r = RunRule(page.d.Build(), "text-changes-pausable");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(NodeOutcome(r, number), Outcome::kFailed);
}

TEST(TextChangesPausable, AControlNamedToStopPasses) {
  for (std::string_view name : {"Stop changes", "Pause", "Hide changing content", "Anhalten"}) {
    Page page;
    page.Button(name);
    NodeId number = page.number;
    EXPECT_EQ(NodeOutcome(RunRule(page.d.Build(), "text-changes-pausable"), number),
              Outcome::kPassed)
        << name;
  }
}

TEST(TextChangesPausable, OtherControlsAreForReview) {
  Page page;
  page.Button("Change frequency");
  NodeId number = page.number;
  EXPECT_EQ(NodeOutcome(RunRule(page.d.Build(), "text-changes-pausable"), number),
            Outcome::kCantTell);
  // "Stopwatch" is not "stop".
  Page watch;
  watch.Button("Stopwatch");
  number = watch.number;
  EXPECT_EQ(NodeOutcome(RunRule(watch.d.Build(), "text-changes-pausable"), number),
            Outcome::kCantTell);
}

TEST(TextChangesPausable, UnwatchedHiddenOrAloneIsInapplicable) {
  Page unwatched(/*observed=*/false);
  EXPECT_TRUE(RunRule(unwatched.d.Build(), "text-changes-pausable").nodes.empty());
  Page hidden;
  hidden.d.Style(hidden.number).display = Display::kNone;
  EXPECT_TRUE(RunRule(hidden.d.Build(), "text-changes-pausable").nodes.empty());
  // The changing number is the only text: nothing else is being read.
  Dom alone({{"lang", "en"}}, Watched());
  NodeId span = alone.El(alone.body, "span");
  alone.Text(span, "7");
  alone.builder().SetFlags(span, kFlagTextChanged);
  EXPECT_TRUE(RunRule(alone.Build(), "text-changes-pausable").nodes.empty());
}

}  // namespace
}  // namespace seamkit::a11y
