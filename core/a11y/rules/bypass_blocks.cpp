#include "core/a11y/rules/bypass_blocks.h"

#include <string_view>

#include "core/a11y/aria_data.h"
#include "core/a11y/rules/rule_util.h"
#include "core/a11y/visibility.h"

namespace seamkit::a11y::rules {
namespace {

// Nodes of the top-level document (its subtree without nested frames).
template <typename F>
NodeId FindInPage(AuditContext& ctx, F&& match, NodeId from = 1) {
  const Snapshot& s = ctx.snapshot();
  if (TopLevelHtmlElement(s) == kNoNode) return kNoNode;
  for (NodeId n = from; n < s.size(); ++n) {
    if (s.Kind(n) == NodeKind::kDocument) {
      n = s.SubtreeEnd(n) - 1;
      continue;
    }
    if (match(n)) return n;
  }
  return kNoNode;
}

bool InRepeatedLandmark(AuditContext& ctx, NodeId n) {
  for (NodeId a : ctx.snapshot().Ancestors(n)) {
    std::string_view r = ctx.Role(a);
    if (r == "navigation" || r == "banner" || r == "contentinfo" ||
        r == "complementary" || r == "search") {
      return true;
    }
  }
  return false;
}

// Embedded content and form controls: perceivable without text of their
// own (HTML "embedded content", "form-associated" listed elements).
bool IsEmbeddedOrControl(const Snapshot& s, NodeId n) {
  std::string_view tag = s.Tag(n);
  switch (s.NamespaceOf(n)) {
    case Namespace::kSvg:
      return tag == "svg";
    case Namespace::kMathMl:
      return tag == "math";
    case Namespace::kHtml:
      break;
    default:
      return false;
  }
  if (tag == "input") {
    std::optional<std::string_view> type = s.Attr(n, "type");
    return !type || !EqualsIgnoreAsciiCase(TrimAsciiWhitespace(*type), "hidden");
  }
  if (tag == "audio") return s.HasAttr(n, "controls");
  return tag == "img" || tag == "video" || tag == "canvas" || tag == "iframe" ||
         tag == "object" || tag == "embed" || tag == "select" || tag == "textarea" ||
         tag == "button" || tag == "meter" || tag == "progress";
}

// The element `id` names in n's scope, or else the first <a name="id">
// there (HTML "find a potential indicated element").
NodeId IndicatedElement(const Snapshot& s, NodeId n, std::string_view id) {
  NodeId scope = s.ScopeOf(n);
  NodeId target = s.GetElementById(scope, id);
  if (target != kNoNode || id.empty()) return target;
  for (NodeId m : s.PreOrder(scope)) {
    if (s.IsElement(m) && s.ScopeOf(m) == scope && IsHtmlTag(s, m, "a") &&
        s.Attr(m, "name") == id) {
      return m;
    }
  }
  return kNoNode;
}

// The fragment of a same-page link ("#id"), or nullopt.
std::optional<std::string_view> SamePageFragment(const Snapshot& s, NodeId n) {
  std::optional<std::string_view> href = s.Attr(n, "href");
  if (!href) return std::nullopt;
  std::string_view h = TrimAsciiWhitespace(*href);
  if (h.size() < 2 || h[0] != '#') return std::nullopt;
  return h.substr(1);
}

bool HasPerceivableContent(AuditContext& ctx, NodeId n) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId m : s.PreOrder(n)) {
    if (IsPerceivableContent(ctx, m)) return true;
  }
  return false;
}

RepeatedContent ComputeRepeated(AuditContext& ctx) {
  const Snapshot& s = ctx.snapshot();
  RepeatedContent r;
  NodeId html = TopLevelHtmlElement(s);
  if (html == kNoNode) return r;
  r.compared = s.Document(s.OwnerDocument(html)).content_compared;
  if (!r.compared) return r;
  r.repeated.assign(s.size(), 0);
  FindInPage(ctx, [&](NodeId n) {
    NodeId parent = s.Parent(n);
    r.repeated[n] = ((s.Flags(n) & kFlagRepeated) != 0 ||
                     (parent != kNoNode && r.repeated[parent] != 0)) ? 1 : 0;
    if (s.IsElement(n)) {
      std::string_view tag = s.Tag(n);
      bool html_ns = s.NamespaceOf(n) == Namespace::kHtml;
      if (tag == "script" && (html_ns || s.NamespaceOf(n) == Namespace::kSvg)) {
        r.scripted = true;
      }
      for (const Attribute& a : s.Attributes(n)) {
        std::string_view name = s.String(a.name);
        if (name.size() > 2 && name.substr(0, 2) == "on") r.scripted = true;
        if (name == "popover" || name == "popovertarget") r.other_toggles = true;
      }
      if (html_ns && tag == "details") r.other_toggles = true;
      if (html_ns && tag == "input") {
        std::string_view type = TrimAsciiWhitespace(s.Attr(n, "type").value_or(""));
        if (EqualsIgnoreAsciiCase(type, "checkbox") || EqualsIgnoreAsciiCase(type, "radio")) {
          r.other_toggles = true;
        }
      }
      if (html_ns && (tag == "a" || tag == "area")) {
        std::optional<std::string_view> f = SamePageFragment(s, n);
        if (f && IndicatedElement(s, n, *f) != kNoNode) r.other_toggles = true;
      }
    }
    if (r.first_after == kNoNode && IsPerceivableContent(ctx, n)) {
      if (r.repeated[n] != 0) {
        if (r.first_repeated == kNoNode) r.first_repeated = n;
      } else if (r.first_repeated != kNoNode) {
        r.first_after = n;
      }
    }
    return false;  // visit every node
  });
  return r;
}

}  // namespace

NodeId PageWithText(AuditContext& ctx) {
  const Snapshot& s = ctx.snapshot();
  NodeId text = FindInPage(ctx, [&](NodeId n) {
    return s.IsText(n) && !TrimAsciiWhitespace(s.Text(n)).empty() &&
           (ctx.States(n) & (kStateVisible | kStateIncluded));
  });
  return text == kNoNode ? kNoNode : TopLevelHtmlElement(s);
}

NodeId FindContentHeading(AuditContext& ctx) {
  const Snapshot& s = ctx.snapshot();
  return FindInPage(ctx, [&](NodeId n) {
    return s.IsElement(n) && ctx.Role(n) == "heading" &&
           ctx.IsIncludedInAccessibilityTree(n) && ctx.IsVisible(n) &&
           !InRepeatedLandmark(ctx, n);
  });
}

NodeId FindMainLandmark(AuditContext& ctx) {
  const Snapshot& s = ctx.snapshot();
  return FindInPage(ctx, [&](NodeId n) {
    return s.IsElement(n) && ctx.Role(n) == "main" &&
           ctx.IsIncludedInAccessibilityTree(n) &&
           !TrimAsciiWhitespace(ctx.VisibleTextContent(n)).empty();
  });
}

NodeId FindSkipLink(AuditContext& ctx) {
  const Snapshot& s = ctx.snapshot();
  return FindInPage(ctx, [&](NodeId n) {
    if (!s.IsElement(n) || ctx.Role(n) != "link" ||
        !ctx.IsInSequentialFocusNavigation(n)) {
      return false;
    }
    std::optional<std::string_view> href = s.Attr(n, "href");
    if (!href) return false;
    std::string_view h = TrimAsciiWhitespace(*href);
    if (h.size() < 2 || h[0] != '#') return false;
    NodeId target = s.GetElementById(s.ScopeOf(n), h.substr(1));
    if (target == kNoNode) {  // HTML also matches name= of <a>
      return false;
    }
    // Focus must move forward, out of the link, and not into repeated
    // content (an aside, a navigation block).
    return target > n && !s.IsAncestorOf(target, n) && !InRepeatedLandmark(ctx, target);
  });
}

const RepeatedContent& Repeated(AuditContext& ctx) {
  return ctx.Shared<RepeatedContent>("bypass-blocks.repeated",
                                     [&] { return ComputeRepeated(ctx); });
}

bool IsPerceivableContent(AuditContext& ctx, NodeId n) {
  const Snapshot& s = ctx.snapshot();
  if (s.IsText(n)) {
    return !TrimAsciiWhitespace(s.Text(n)).empty() &&
           (ctx.States(n) & (kStateVisible | kStateIncluded)) != 0;
  }
  return s.IsElement(n) && IsEmbeddedOrControl(s, n) &&
         (ctx.States(n) & (kStateVisible | kStateIncluded)) != 0 &&
         !ctx.IsPresentational(n);
}

bool IsNonRepeatedAfterRepeated(const RepeatedContent& r, NodeId n) {
  return r.compared && r.first_repeated != kNoNode && n > r.first_repeated &&
         n < r.repeated.size() && r.repeated[n] == 0;
}

NodeId FindHeadingAfterRepeated(AuditContext& ctx) {
  const RepeatedContent& r = Repeated(ctx);
  if (r.first_after == kNoNode) return kNoNode;
  const Snapshot& s = ctx.snapshot();
  return FindInPage(ctx, [&](NodeId n) {
    return s.IsElement(n) && IsNonRepeatedAfterRepeated(r, n) &&
           ctx.Role(n) == "heading" && ctx.IsIncludedInAccessibilityTree(n) &&
           ctx.IsVisible(n);
  }, r.first_repeated);
}

NodeId FindLandmarkAfterRepeated(AuditContext& ctx) {
  const RepeatedContent& r = Repeated(ctx);
  if (r.first_after == kNoNode) return kNoNode;
  const Snapshot& s = ctx.snapshot();
  return FindInPage(ctx, [&](NodeId n) {
    if (!s.IsElement(n) || !IsNonRepeatedAfterRepeated(r, n)) return false;
    std::string_view role = ctx.Role(n);
    return !role.empty() && RoleIsA(role, "landmark") &&
           ctx.IsIncludedInAccessibilityTree(n) && HasPerceivableContent(ctx, n);
  }, r.first_repeated);
}

NodeId FindLinkToNonRepeated(AuditContext& ctx) {
  const RepeatedContent& r = Repeated(ctx);
  if (r.first_after == kNoNode) return kNoNode;
  const Snapshot& s = ctx.snapshot();
  return FindInPage(ctx, [&](NodeId n) {
    if (!s.IsElement(n) || ctx.Role(n) != "link" ||
        !ctx.IsInSequentialFocusNavigation(n)) {
      return false;
    }
    std::optional<std::string_view> fragment = SamePageFragment(s, n);
    if (!fragment) return false;
    NodeId target = IndicatedElement(s, n, *fragment);
    if (target == kNoNode) return false;
    // Focus lands just before the target's content: the target itself when
    // it is non-repeated content (an element holding perceivable content),
    // else the first perceivable content from there on.
    if (IsNonRepeatedAfterRepeated(r, target) && HasPerceivableContent(ctx, target)) {
      return true;
    }
    NodeId next = FindInPage(ctx, [&](NodeId m) { return IsPerceivableContent(ctx, m); },
                             target);
    return next != kNoNode && IsNonRepeatedAfterRepeated(r, next);
  });
}

}  // namespace seamkit::a11y::rules
