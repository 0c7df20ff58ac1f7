// AccName 1.2 cases, each derived from a step of the specification
// (https://www.w3.org/TR/accname-1.2/) and HTML-AAM §4.1.
#include "core/a11y/accname.h"

#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;

std::string NameOf(const Snapshot& s, NodeId n) {
  AuditContext ctx(s);
  return ctx.Name(n).text;
}
NameSource SourceOf(const Snapshot& s, NodeId n) {
  AuditContext ctx(s);
  return ctx.Name(n).source;
}

TEST(NormalizeWhitespace, CollapsesRunsAndTrims) {
  EXPECT_EQ(NormalizeWhitespace("  a \t\n b  "), "a b");
  EXPECT_EQ(NormalizeWhitespace(" \n "), "");
}

TEST(AccName, LabelledbyWinsOverAriaLabelAndContent) {  // 2B before 2C
  Dom d;
  NodeId l = d.El(d.body, "span", {{"id", "l"}});
  d.Text(l, "From label");
  NodeId b = d.El(d.body, "button", {{"aria-labelledby", "l"}, {"aria-label", "X"}});
  d.Text(b, "Content");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, b), "From label");
  EXPECT_EQ(SourceOf(s, b), NameSource::kAriaLabelledby);
}

TEST(AccName, LabelledbyJoinsIdsInOrderWithSpaces) {
  Dom d;
  NodeId a = d.El(d.body, "span", {{"id", "a"}});
  d.Text(a, "Hello");
  NodeId b = d.El(d.body, "span", {{"id", "b"}});
  d.Text(b, "world");
  NodeId t = d.El(d.body, "div", {{"role", "button"}, {"aria-labelledby", "b missing a"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, t), "world Hello");
}

TEST(AccName, LabelledbyIncludesHiddenReferencedContent) {  // 2A exception
  Dom d;
  NodeId l = d.El(d.body, "div", {{"id", "l"}});
  d.Style(l).display = Display::kNone;
  NodeId inner = d.El(l, "span");
  d.Text(inner, "Hidden text");
  NodeId img = d.El(d.body, "img", {{"aria-labelledby", "l"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, img), "Hidden text");
}

TEST(AccName, VisibleTargetSkipsItsHiddenDescendants) {  // 2A
  Dom d;
  NodeId l = d.El(d.body, "div", {{"id", "l"}});
  d.Text(l, "Shown");
  NodeId h = d.El(l, "span", {{"aria-hidden", "true"}});
  d.Text(h, "Secret");
  NodeId b = d.El(d.body, "button", {{"aria-labelledby", "l"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, b), "Shown");
}

TEST(AccName, LabelledbyIsNotFollowedTwice) {  // 2B: one level only
  Dom d;
  NodeId a = d.El(d.body, "span", {{"id", "a"}, {"aria-labelledby", "b"}});
  d.Text(a, "A text");
  NodeId b = d.El(d.body, "span", {{"id", "b"}});
  d.Text(b, "B text");
  NodeId t = d.El(d.body, "button", {{"aria-labelledby", "a"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, t), "A text");
}

TEST(AccName, SelfReferenceUsesOwnContentWithoutLooping) {
  Dom d;
  NodeId b = d.El(d.body, "button", {{"id", "me"}, {"aria-labelledby", "me"}});
  d.Text(b, "Self");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, b), "Self");
}

TEST(AccName, EmptyLabelledbyFallsThroughToNextStep) {
  Dom d;
  d.El(d.body, "span", {{"id", "empty"}});
  NodeId b = d.El(d.body, "button", {{"aria-labelledby", "empty"}});
  d.Text(b, "Fallback");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, b), "Fallback");
}

TEST(AccName, AriaLabelBeatsContent) {  // 2C
  Dom d;
  NodeId b = d.El(d.body, "button", {{"aria-label", " Close "}});
  d.Text(b, "X");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, b), "Close");
  EXPECT_EQ(SourceOf(s, b), NameSource::kAriaLabel);
}

TEST(AccName, WhitespaceAriaLabelIsIgnored) {  // 2C
  Dom d;
  NodeId b = d.El(d.body, "button", {{"aria-label", "   "}});
  d.Text(b, "Save");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, b), "Save");
}

TEST(AccName, ImgAltIsNativeName) {  // 2D
  Dom d;
  NodeId img = d.El(d.body, "img", {{"alt", "Logo"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, img), "Logo");
  EXPECT_EQ(SourceOf(s, img), NameSource::kNative);
}

TEST(AccName, ImgWithoutAltFallsBackToTitle) {  // 2I
  Dom d;
  NodeId img = d.El(d.body, "img", {{"title", "Tip"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, img), "Tip");
  EXPECT_EQ(SourceOf(s, img), NameSource::kTitle);
}

TEST(AccName, InputLabelledByLabelFor) {  // 2D HTML-AAM label
  Dom d;
  NodeId l = d.El(d.body, "label", {{"for", "f"}});
  d.Text(l, "First name");
  NodeId in = d.El(d.body, "input", {{"id", "f"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, in), "First name");
}

TEST(AccName, WrappingLabelSkipsTheControlItself) {
  Dom d;
  NodeId l = d.El(d.body, "label");
  d.Text(l, "Email");
  NodeId in = d.El(l, "input", {{"value", "me@example.org"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, in), "Email");
}

TEST(AccName, LabelForOnNonLabelableElementIsIgnored) {
  Dom d;
  NodeId l = d.El(d.body, "label", {{"for", "t"}});
  d.Text(l, "Name");
  NodeId t = d.El(d.body, "div", {{"id", "t"}, {"role", "textbox"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, t), "");
}

TEST(AccName, MultipleLabelsJoinInDocumentOrder) {
  Dom d;
  NodeId a = d.El(d.body, "label", {{"for", "f"}});
  d.Text(a, "One");
  NodeId in = d.El(d.body, "input", {{"id", "f"}});
  NodeId b = d.El(d.body, "label", {{"for", "f"}});
  d.Text(b, "Two");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, in), "One Two");
}

TEST(AccName, EmbeddedTextboxValueInsideLabel) {  // 2E
  Dom d;
  NodeId l = d.El(d.body, "label", {{"for", "c"}});
  d.Text(l, "Flash the screen ");
  NodeId in = d.El(l, "input", {{"value", "5"}});
  d.Style(in).display = Display::kInline;
  d.Text(l, " times");
  NodeId cb = d.El(d.body, "input", {{"type", "checkbox"}, {"id", "c"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, cb), "Flash the screen 5 times");
  (void)in;
}

TEST(AccName, EmbeddedSelectUsesSelectedOption) {  // 2E combobox
  Dom d;
  NodeId b = d.El(d.body, "div", {{"role", "button"}});
  d.Text(b, "Size ");
  NodeId sel = d.El(b, "select");
  d.Style(sel).display = Display::kInlineBlock;
  NodeId o1 = d.El(sel, "option");
  d.Text(o1, "Small");
  NodeId o2 = d.El(sel, "option", {{"selected", ""}});
  d.Text(o2, "Large");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, b), "Size Large");
}

TEST(AccName, EmbeddedRangeUsesValueTextThenValueNow) {  // 2E range
  Dom d;
  NodeId a = d.El(d.body, "span", {{"id", "a"}});
  d.El(a, "div", {{"role", "slider"}, {"aria-valuenow", "7"}});
  NodeId b = d.El(d.body, "span", {{"id", "b"}});
  d.El(b, "div", {{"role", "spinbutton"}, {"aria-valuenow", "3"},
                  {"aria-valuetext", "three"}});
  NodeId t = d.El(d.body, "button", {{"aria-labelledby", "a b"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, t), "7 three");
}

TEST(AccName, ButtonNameFromContentAcrossInlineElements) {  // 2F
  Dom d;
  NodeId b = d.El(d.body, "button");
  d.Text(b, "Buy");
  NodeId em = d.El(b, "em");
  d.Style(em).display = Display::kInline;
  d.Text(em, "Now");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, b), "BuyNow");  // inline: no space is added
}

TEST(AccName, BlockChildrenAreSeparatedBySpaces) {  // 2F
  Dom d;
  NodeId a = d.El(d.body, "a", {{"href", "/"}});
  NodeId p1 = d.El(a, "div");
  d.Text(p1, "Line1");
  NodeId p2 = d.El(a, "div");
  d.Text(p2, "Line2");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, a), "Line1 Line2");
}

TEST(AccName, PseudoElementContentIsIncluded) {  // 2F.ii CSS content
  Dom d;
  NodeId a = d.El(d.body, "a", {{"href", "/"}});
  d.Style(a).before_content = d.Intern("Go ");
  d.Style(a).after_content = d.Intern(" →");
  d.Text(a, "home");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, a), "Go home →");
}

TEST(AccName, ImageAltInsideLinkContributes) {  // 2F recursion, 2D
  Dom d;
  NodeId a = d.El(d.body, "a", {{"href", "/"}});
  d.El(a, "img", {{"alt", "Home page"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, a), "Home page");
}

TEST(AccName, PresentationalImageInsideLinkGivesNothing) {
  Dom d;
  NodeId a = d.El(d.body, "a", {{"href", "/"}});
  d.El(a, "img", {{"role", "presentation"}, {"alt", "Ignored"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, a), "");
}

TEST(AccName, HiddenDescendantsAreSkippedInContent) {  // 2A
  Dom d;
  NodeId b = d.El(d.body, "button");
  d.Text(b, "Play");
  NodeId h = d.El(b, "span");
  d.Style(h).visibility = Visibility::kHidden;
  d.Text(h, "Secret");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, b), "Play");
}

TEST(AccName, DescendantAriaLabelReplacesItsContent) {  // 2C in recursion
  Dom d;
  NodeId b = d.El(d.body, "button");
  NodeId icon = d.El(b, "span", {{"aria-label", "Delete"}});
  d.Text(icon, "🗑");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, b), "Delete");
}

TEST(AccName, DivDoesNotTakeNameFromContent) {  // 2F role check
  Dom d;
  NodeId div = d.El(d.body, "div");
  d.Text(div, "Just text");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, div), "");
}

TEST(AccName, HeadingTakesNameFromContent) {
  Dom d;
  NodeId h = d.El(d.body, "h2");
  d.Text(h, "  Chapter\n one ");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, h), "Chapter one");
  EXPECT_EQ(SourceOf(s, h), NameSource::kContents);
}

TEST(AccName, SubmitAndResetDefaults) {  // HTML-AAM input button types
  Dom d;
  NodeId sub = d.El(d.body, "input", {{"type", "submit"}});
  NodeId res = d.El(d.body, "input", {{"type", "RESET"}});
  NodeId btn = d.El(d.body, "input", {{"type", "button"}});
  NodeId val = d.El(d.body, "input", {{"type", "submit"}, {"value", "Send"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, sub), "Submit");
  EXPECT_EQ(SourceOf(s, sub), NameSource::kDefault);
  EXPECT_EQ(NameOf(s, res), "Reset");
  EXPECT_EQ(NameOf(s, btn), "");
  EXPECT_EQ(NameOf(s, val), "Send");
}

TEST(AccName, ImageButtonUsesAltButNoDefault) {
  Dom d;
  NodeId a = d.El(d.body, "input", {{"type", "image"}, {"alt", "Search"}});
  NodeId b = d.El(d.body, "input", {{"type", "image"}, {"value", "Go"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, a), "Search");
  EXPECT_EQ(NameOf(s, b), "");
}

TEST(AccName, FieldsetLegendFigureCaptionTableCaption) {
  Dom d;
  NodeId fs = d.El(d.body, "fieldset");
  NodeId lg = d.El(fs, "legend");
  d.Text(lg, "Address");
  NodeId fig = d.El(d.body, "figure");
  d.El(fig, "img", {{"alt", "x"}});
  NodeId cap = d.El(fig, "figcaption");
  d.Text(cap, "Figure 1");
  NodeId tb = d.El(d.body, "table");
  NodeId tc = d.El(tb, "caption");
  d.Text(tc, "Prices");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, fs), "Address");
  EXPECT_EQ(NameOf(s, fig), "Figure 1");
  EXPECT_EQ(NameOf(s, tb), "Prices");
}

TEST(AccName, SvgTitleChildNamesTheSvg) {
  Dom d;
  NodeId svg = d.Svg(d.body, "svg", {{"role", "img"}});
  NodeId title = d.Svg(svg, "title");
  d.Text(title, "Chart");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, svg), "Chart");
}

TEST(AccName, IframeTitleAndPlaceholderFallbacks) {  // 2I, HTML-AAM
  Dom d;
  NodeId f = d.El(d.body, "iframe", {{"title", "Map"}});
  NodeId in = d.El(d.body, "input", {{"placeholder", "Search…"}});
  NodeId both = d.El(d.body, "input", {{"placeholder", "P"}, {"title", "T"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, f), "Map");
  EXPECT_EQ(NameOf(s, in), "Search…");
  EXPECT_EQ(SourceOf(s, in), NameSource::kPlaceholder);
  EXPECT_EQ(NameOf(s, both), "T");
}

TEST(AccName, SummaryNamedByContent) {
  Dom d;
  NodeId det = d.El(d.body, "details");
  NodeId sum = d.El(det, "summary");
  d.Text(sum, "More");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, sum), "More");
}

TEST(AccName, DescendantTitleUsedWhenItHasNoContent) {  // 2I in recursion
  Dom d;
  NodeId a = d.El(d.body, "a", {{"href", "/"}});
  d.El(a, "span", {{"title", "Home"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, a), "Home");
}

TEST(AccName, ShadowContentIsReadThroughTheFlatTree) {
  Dom d;
  NodeId b = d.El(d.body, "button");
  NodeId root = d.builder().AddShadowRoot(b);
  NodeId slot = d.El(root, "slot");
  d.Style(slot).display = Display::kContents;
  NodeId light = d.Text(b, "Slotted");
  d.builder().AssignSlot(light, slot);
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, b), "Slotted");
}

TEST(AccName, DescriptionFromDescribedbyThenTitle) {
  Dom d;
  NodeId h = d.El(d.body, "p", {{"id", "h"}});
  d.Text(h, "Help text");
  NodeId a = d.El(d.body, "button", {{"aria-describedby", "h"}, {"title", "T"}});
  d.Text(a, "A");
  NodeId b = d.El(d.body, "button", {{"title", "Tip"}});
  d.Text(b, "B");
  Snapshot s = d.Build();
  AuditContext ctx(s);
  EXPECT_EQ(ctx.Description(a), "Help text");
  EXPECT_EQ(ctx.Description(b), "Tip");
}

TEST(AccName, TenThousandDeepContentDoesNotOverflowTheStack) {
  Dom d;
  NodeId a = d.El(d.body, "a", {{"href", "/"}});
  NodeId cur = a;
  for (int i = 0; i < 10000; ++i) {
    cur = d.El(cur, "span");
    d.Style(cur).display = Display::kInline;
  }
  d.Text(cur, "deep");
  Snapshot s = d.Build();
  EXPECT_EQ(NameOf(s, a), "deep");
}

}  // namespace
}  // namespace seamkit::a11y
