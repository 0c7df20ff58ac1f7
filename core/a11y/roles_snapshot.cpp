// ElementTree over the DOM snapshot: the thin adapter behind the Snapshot
// overloads of roles.h.
#include "core/a11y/roles.h"
#include "core/a11y/snapshot.h"

namespace seamkit::a11y {
namespace {

static_assert(kNoNode == ElementTree::kNoElement,
              "snapshot and role code must agree on 'no node'");

class SnapshotTree final : public ElementTree {
 public:
  explicit SnapshotTree(const Snapshot& s) : s_(s) {}

  std::string_view Tag(uint32_t n) const override {
    return Valid(n) ? s_.Tag(n) : std::string_view();
  }
  ElementNamespace NamespaceOf(uint32_t n) const override {
    if (!Valid(n) || !s_.IsElement(n)) return ElementNamespace::kOther;
    switch (s_.NamespaceOf(n)) {
      case Namespace::kHtml:
        return ElementNamespace::kHtml;
      case Namespace::kSvg:
        return ElementNamespace::kSvg;
      case Namespace::kMathMl:
        return ElementNamespace::kMathMl;
      case Namespace::kOther:
        return ElementNamespace::kOther;
    }
    return ElementNamespace::kOther;
  }
  std::optional<std::string_view> Attr(uint32_t n,
                                       std::string_view name) const override {
    if (!Valid(n)) return std::nullopt;
    return s_.Attr(n, name);
  }
  uint32_t ParentElement(uint32_t n) const override {
    return Valid(n) ? s_.ParentElement(n) : kNoElement;
  }
  uint32_t FirstChildElement(uint32_t n) const override {
    if (!Valid(n)) return kNoElement;
    for (NodeId c : s_.Children(n)) {
      if (s_.IsElement(c)) return c;
    }
    return kNoElement;
  }
  uint32_t NextSiblingElement(uint32_t n) const override {
    if (!Valid(n)) return kNoElement;
    NodeId parent = s_.Parent(n);
    if (parent == kNoNode) return kNoElement;
    // Pre-order ids: the next sibling starts where n's subtree ends.
    for (NodeId c = s_.SubtreeEnd(n); c < s_.SubtreeEnd(parent);
         c = s_.SubtreeEnd(c)) {
      if (s_.IsElement(c)) return c;
    }
    return kNoElement;
  }

 private:
  bool Valid(uint32_t n) const { return n < s_.size(); }
  const Snapshot& s_;
};

}  // namespace

std::string_view ImplicitRole(const Snapshot& snapshot, uint32_t node,
                              bool has_accessible_name) {
  if (node >= snapshot.size() || !snapshot.IsElement(node)) return {};
  return ImplicitRole(SnapshotTree(snapshot), node, has_accessible_name);
}

std::string_view ResolveRole(const Snapshot& snapshot, uint32_t node,
                             bool has_accessible_name) {
  if (node >= snapshot.size() || !snapshot.IsElement(node)) return {};
  return ResolveRole(SnapshotTree(snapshot), node, has_accessible_name);
}

}  // namespace seamkit::a11y
