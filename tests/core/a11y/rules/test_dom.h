// A tiny DOM builder for the a11y engine tests: a document with <html> and
// <body>, elements visible by default (a 100x20 box at the origin, display
// block), attributes given inline.
#ifndef SEAMKIT_TESTS_CORE_A11Y_RULES_TEST_DOM_H_
#define SEAMKIT_TESTS_CORE_A11Y_RULES_TEST_DOM_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include <gtest/gtest.h>

#include "core/a11y/context.h"
#include "core/a11y/engine.h"
#include "core/a11y/snapshot.h"

namespace seamkit::a11y::testing {

using Attrs = std::initializer_list<std::pair<std::string_view, std::string_view>>;

class Dom {
 public:
  explicit Dom(Attrs html_attrs = {{"lang", "en"}}, const DocumentInfo& info = {}) {
    doc = b_.AddDocument(kNoNode, info);
    html = El(doc, "html", html_attrs);
    body = El(html, "body");
  }
  NodeId El(NodeId parent, std::string_view tag, Attrs attrs = {},
            Namespace ns = Namespace::kHtml) {
    NodeId n = b_.AddElement(parent, tag, ns);
    for (const auto& [k, v] : attrs) b_.AddAttribute(k, v);
    ElementData& d = b_.Element(n);
    d.box = {0, 0, 100, 20};
    d.style.display = Display::kBlock;
    return n;
  }
  NodeId Svg(NodeId parent, std::string_view tag, Attrs attrs = {}) {
    return El(parent, tag, attrs, Namespace::kSvg);
  }
  NodeId Text(NodeId parent, std::string_view text) {
    return b_.AddText(parent, text);
  }
  ElementData& Data(NodeId n) { return b_.Element(n); }
  ComputedStyle& Style(NodeId n) { return b_.Element(n).style; }
  void Focusable(NodeId n, int32_t tab_order = 0) {
    b_.SetFlags(n, kFlagFocusable);
    b_.Element(n).tab_order = tab_order;
  }
  StringId Intern(std::string_view s) { return b_.Intern(s); }
  SnapshotBuilder& builder() { return b_; }
  Snapshot Build() {
    StatusOr<Snapshot> s = std::move(b_).Finish();
    EXPECT_TRUE(s.ok()) << s.status().message();
    return std::move(*s);
  }

  NodeId doc = kNoNode, html = kNoNode, body = kNoNode;

 private:
  SnapshotBuilder b_;
};

// Runs one rule; returns its results.
inline RuleResult RunRule(const Snapshot& s, std::string_view id) {
  AuditOptions options;
  options.rules.push_back(std::string(id));
  StatusOr<AuditResults> r = RunAudit(s, options);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r->rules.size(), 1u);
  return r->rules.empty() ? RuleResult{} : r->rules[0];
}

// The outcome a rule gives node n (kInapplicable when n has no result).
inline Outcome NodeOutcome(const RuleResult& r, NodeId n) {
  for (const NodeResult& x : r.nodes) {
    if (x.node == n) return x.outcome;
  }
  return Outcome::kInapplicable;
}

}  // namespace seamkit::a11y::testing

#endif  // SEAMKIT_TESTS_CORE_A11Y_RULES_TEST_DOM_H_
