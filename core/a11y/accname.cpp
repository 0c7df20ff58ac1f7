#include "core/a11y/accname.h"

#include <optional>
#include <utility>
#include <vector>

#include "core/a11y/aria_data.h"

namespace seamkit::a11y {
namespace {

// Nested computations (label -> labelledby target -> embedded listbox ->
// option ...) stop at this depth; each level is one bounded C++ frame set.
constexpr int kMaxNesting = 6;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsInlineDisplay(Display d) {
  return d == Display::kInline || d == Display::kInlineBlock ||
         d == Display::kInlineFlex || d == Display::kInlineGrid ||
         d == Display::kInlineTable || d == Display::kContents;
}

struct Named {
  std::string text;
  NameSource source = NameSource::kNone;
};

class NameComputer {
 public:
  explicit NameComputer(AuditContext& ctx) : ctx_(ctx), s_(ctx.snapshot()) {}

  AccessibleName Root(NodeId n);
  std::string Description(NodeId n);

 private:
  struct Traversal {
    bool include_hidden = false;  // started at a hidden referenced node
    bool in_labelledby = false;
    NodeId skip = kNoNode;        // the control named through its label
    int depth = 0;
  };

  std::string InputType(NodeId n) const {
    std::optional<std::string_view> t = s_.Attr(n, "type");
    std::string type = t ? Lower(TrimAsciiWhitespace(*t)) : "";
    return type.empty() ? "text" : type;
  }
  bool IsHtml(NodeId n, std::string_view tag) const {
    return s_.IsElement(n) && s_.NamespaceOf(n) == Namespace::kHtml &&
           s_.Tag(n) == tag;
  }
  bool IsTextField(NodeId n) const;
  std::string AttrText(NodeId n, std::string_view attr) const {
    std::optional<std::string_view> v = s_.Attr(n, attr);
    return v ? NormalizeWhitespace(*v) : std::string();
  }

  std::string Labelledby(NodeId n, const Traversal& t);
  std::string Target(NodeId n, const Traversal& parent);
  std::optional<Named> Native(NodeId n, const Traversal& t, bool root);
  std::optional<std::string> Embedded(NodeId n, const Traversal& t);
  std::optional<std::string> Atomic(NodeId n, const Traversal& t);
  std::string Content(NodeId n, const Traversal& t);
  std::string SelectedOptions(NodeId n, const Traversal& t);

  AuditContext& ctx_;
  const Snapshot& s_;
};

bool NameComputer::IsTextField(NodeId n) const {
  if (IsHtml(n, "textarea")) return true;
  if (!IsHtml(n, "input")) return false;
  std::string type = InputType(n);
  return type == "text" || type == "password" || type == "search" ||
         type == "tel" || type == "email" || type == "url" || type == "number";
}

std::string NameComputer::Labelledby(NodeId n, const Traversal& t) {
  std::string out;
  for (NodeId ref : ctx_.IdRefs(n, "aria-labelledby")) {
    std::string part = Target(ref, t);
    if (part.empty()) continue;
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

// A node referenced by aria-labelledby/-describedby (step 2B.ii).
std::string NameComputer::Target(NodeId n, const Traversal& parent) {
  Traversal t;
  t.in_labelledby = true;
  t.include_hidden = parent.include_hidden || ctx_.IsHidden(n);
  t.depth = parent.depth + 1;
  t.skip = parent.skip;
  if (t.depth > kMaxNesting) return "";
  if (s_.IsText(n)) return NormalizeWhitespace(s_.Text(n));
  if (!s_.IsElement(n)) return "";
  if (std::optional<std::string> e = Embedded(n, t)) return *e;
  std::string label = AttrText(n, "aria-label");
  if (!label.empty()) return label;
  if (std::optional<Named> native = Native(n, t, /*root=*/false)) {
    if (!native->text.empty()) return native->text;
  }
  std::string content = Content(n, t);
  if (!content.empty()) return content;
  return AttrText(n, "title");
}

// Embedded control values (2E), only while recursing.
std::optional<std::string> NameComputer::Embedded(NodeId n,
                                                  const Traversal& t) {
  std::string_view role = ctx_.Role(n);
  if (!IsEmbeddedControlRole(role)) return std::nullopt;
  if (role == "textbox" || role == "searchbox") {
    if (IsHtml(n, "input")) return AttrText(n, "value");
    if (IsHtml(n, "textarea") && s_.HasAttr(n, "value")) {
      return AttrText(n, "value");
    }
    return NormalizeWhitespace(ctx_.TextContent(n));
  }
  if (role == "combobox" || role == "listbox") {
    if (IsHtml(n, "select")) return SelectedOptions(n, t);
    if (IsHtml(n, "input")) return AttrText(n, "value");
    if (role == "listbox") return SelectedOptions(n, t);
    return NormalizeWhitespace(ctx_.TextContent(n));
  }
  // The range roles.
  std::string v = AttrText(n, "aria-valuetext");
  if (v.empty()) v = AttrText(n, "aria-valuenow");
  if (v.empty() && (IsHtml(n, "input") || IsHtml(n, "meter") ||
                    IsHtml(n, "progress"))) {
    v = AttrText(n, "value");
  }
  return v;
}

// Selected <option>s of a select (the first option when none is selected
// in a single select), or aria-selected options of an ARIA listbox.
std::string NameComputer::SelectedOptions(NodeId n, const Traversal& t) {
  bool html = IsHtml(n, "select");
  NodeId first = kNoNode;
  std::string out;
  const NodeId end = s_.SubtreeEnd(n);
  for (NodeId c = n + 1; c < end; ++c) {
    if (!s_.IsElement(c)) continue;
    bool option = html ? IsHtml(c, "option") : ctx_.Role(c) == "option";
    if (!option) continue;
    if (first == kNoNode) first = c;
    bool selected = false;
    if (html) {
      selected = s_.HasAttr(c, "selected");
    } else if (std::optional<std::string_view> v = s_.Attr(c, "aria-selected")) {
      selected = EqualsIgnoreAsciiCase(TrimAsciiWhitespace(*v), "true");
    }
    if (!selected) continue;
    std::string part = Content(c, t);
    if (!out.empty() && !part.empty()) out += ' ';
    out += part;
  }
  if (out.empty() && html && first != kNoNode && !s_.HasAttr(n, "multiple")) {
    out = Content(first, t);
  }
  return out;
}

// Host-language text alternatives (2D). `root`: label-based and default
// names only apply to the node being named.
std::optional<Named> NameComputer::Native(NodeId n, const Traversal& t,
                                          bool root) {
  if (ctx_.IsPresentational(n)) return std::nullopt;
  std::string_view tag = s_.Tag(n);
  Namespace ns = s_.NamespaceOf(n);
  Named r;
  r.source = NameSource::kNative;
  if (ns == Namespace::kSvg) {
    NodeId title = ctx_.FirstChildWithTag(n, "title");
    if (title == kNoNode) return std::nullopt;
    r.text = NormalizeWhitespace(ctx_.TextContent(title));
    return r;
  }
  if (ns != Namespace::kHtml) return std::nullopt;
  if (tag == "img" || tag == "area") {
    if (!s_.HasAttr(n, "alt")) return std::nullopt;
    r.text = AttrText(n, "alt");
    return r;
  }
  if (tag == "input") {
    std::string type = InputType(n);
    if (type == "image") {
      r.text = AttrText(n, "alt");
      return r.text.empty() ? std::nullopt : std::optional<Named>(r);
    }
    if (type == "button" || type == "submit" || type == "reset") {
      if (s_.HasAttr(n, "value")) {
        r.text = AttrText(n, "value");
      } else if (type != "button") {
        r.text = type == "submit" ? "Submit" : "Reset";
        r.source = NameSource::kDefault;
      }
      return r;
    }
  }
  if (root && ctx_.IsLabelable(n)) {
    Traversal lt;
    lt.skip = n;
    lt.depth = t.depth + 1;
    std::string out;
    for (NodeId label : ctx_.Labels(n)) {
      std::string part = Content(label, lt);
      if (part.empty()) continue;
      if (!out.empty()) out += ' ';
      out += part;
    }
    if (!out.empty()) {
      r.text = std::move(out);
      return r;
    }
  }
  NodeId child = kNoNode;
  if (tag == "fieldset") child = ctx_.FirstChildWithTag(n, "legend");
  if (tag == "figure") child = ctx_.FirstChildWithTag(n, "figcaption");
  if (tag == "table") child = ctx_.FirstChildWithTag(n, "caption");
  if (tag == "summary") child = n;
  if (child != kNoNode) {
    Traversal ct = t;
    ct.depth = t.depth + 1;
    r.text = Content(child, ct);
    r.source = tag == "summary" ? NameSource::kContents : NameSource::kNative;
    return r;
  }
  if (tag == "optgroup" && s_.HasAttr(n, "label")) {
    r.text = AttrText(n, "label");
    return r;
  }
  return std::nullopt;
}

// A descendant met while recursing: its own text alternative when one of
// 2B-2E gives it one (nullopt: descend into its content).
std::optional<std::string> NameComputer::Atomic(NodeId n, const Traversal& t) {
  if (!t.in_labelledby && s_.HasAttr(n, "aria-labelledby")) {
    std::string l = Labelledby(n, t);
    if (!l.empty()) return l;
  }
  if (std::optional<std::string> e = Embedded(n, t)) return e;
  std::string label = AttrText(n, "aria-label");
  if (!label.empty()) return label;
  std::string_view tag = s_.Tag(n);
  bool self_contained = s_.NamespaceOf(n) == Namespace::kSvg ||
                        tag == "img" || tag == "area" || tag == "input";
  if (self_contained) {
    if (std::optional<Named> native = Native(n, t, /*root=*/false)) {
      if (!native->text.empty()) return native->text;
    }
    if (tag != "svg" && s_.NamespaceOf(n) != Namespace::kSvg) {
      return AttrText(n, "title");
    }
  }
  return std::nullopt;
}

// Name from content (2F): an explicit-stack walk over the flat tree.
std::string NameComputer::Content(NodeId root, const Traversal& t) {
  if (t.depth > kMaxNesting) return "";
  struct Item {
    NodeId node;
    bool exit;
    bool block;
    size_t mark;  // output size when the node was entered
  };
  std::string out;
  std::vector<Item> stack;
  std::vector<NodeId> kids;
  auto push_children = [&](NodeId n) {
    s_.FlatChildren(n, &kids);
    for (size_t i = kids.size(); i-- > 0;) {
      stack.push_back({kids[i], false, false, 0});
    }
  };
  auto append = [&](std::string_view text, bool block) {
    if (block) out += ' ';
    out += text;
    if (block) out += ' ';
  };
  const ComputedStyle& rs = s_.Style(root);
  out += s_.String(rs.before_content);
  push_children(root);
  Traversal inner = t;
  inner.depth = t.depth + 1;
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    NodeId n = it.node;
    if (it.exit) {
      out += s_.String(s_.Style(n).after_content);
      if (TrimAsciiWhitespace(std::string_view(out).substr(it.mark)).empty()) {
        out += AttrText(n, "title");  // 2I for an empty descendant
      }
      if (it.block) out += ' ';
      continue;
    }
    if (n == t.skip) continue;
    if (!t.include_hidden && ctx_.IsHidden(n)) continue;
    if (s_.IsText(n)) {
      out += s_.Text(n);
      continue;
    }
    if (!s_.IsElement(n)) continue;  // documents, opaque frames
    bool block = !IsInlineDisplay(s_.Style(n).display) || s_.Tag(n) == "br";
    if (std::optional<std::string> a = Atomic(n, inner)) {
      append(*a, block);
      continue;
    }
    if (block) out += ' ';
    size_t mark = out.size();
    out += s_.String(s_.Style(n).before_content);
    stack.push_back({n, true, block, mark});
    push_children(n);
  }
  out += s_.String(rs.after_content);
  return NormalizeWhitespace(out);
}

AccessibleName NameComputer::Root(NodeId n) {
  AccessibleName result;
  auto done = [&](std::string text, NameSource source) {
    result.text = NormalizeWhitespace(text);
    result.source = result.text.empty() ? NameSource::kNone : source;
    return !result.text.empty();
  };
  if (!s_.IsElement(n)) {
    if (s_.IsText(n)) done(std::string(s_.Text(n)), NameSource::kContents);
    return result;
  }
  Traversal t;
  if (done(Labelledby(n, t), NameSource::kAriaLabelledby)) return result;
  if (done(AttrText(n, "aria-label"), NameSource::kAriaLabel)) return result;
  if (std::optional<Named> native = Native(n, t, /*root=*/true)) {
    if (done(native->text, native->source)) return result;
  }
  const AriaRole* role = ctx_.RoleEntry(n);
  if (role && (role->name_from & kNameFromContents)) {
    if (done(Content(n, t), NameSource::kContents)) return result;
  }
  if (done(AttrText(n, "title"), NameSource::kTitle)) return result;
  if (IsTextField(n)) done(AttrText(n, "placeholder"), NameSource::kPlaceholder);
  return result;
}

std::string NameComputer::Description(NodeId n) {
  if (!s_.IsElement(n)) return "";
  Traversal t;
  std::string out;
  for (NodeId ref : ctx_.IdRefs(n, "aria-describedby")) {
    std::string part = Target(ref, t);
    if (part.empty()) continue;
    if (!out.empty()) out += ' ';
    out += part;
  }
  if (!out.empty()) return out;
  out = AttrText(n, "aria-description");
  if (!out.empty()) return out;
  if (ctx_.Name(n).source != NameSource::kTitle) return AttrText(n, "title");
  return "";
}

}  // namespace

bool IsEmbeddedControlRole(std::string_view role) {
  return role == "textbox" || role == "searchbox" || role == "combobox" ||
         role == "listbox" || role == "slider" || role == "spinbutton" ||
         role == "scrollbar" || role == "progressbar" || role == "meter";
}

std::string NormalizeWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (IsAsciiWhitespace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

AccessibleName ComputeAccessibleName(AuditContext& ctx, NodeId n) {
  return NameComputer(ctx).Root(n);
}

std::string ComputeAccessibleDescription(AuditContext& ctx, NodeId n) {
  return NameComputer(ctx).Description(n);
}

}  // namespace seamkit::a11y
