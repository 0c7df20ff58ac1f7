// JSON snapshot decoder: nlohmann parses (iteratively), then an explicit
// stack of child arrays walks the document, so depth never recurses here.
#include "core/a11y/snapshot_json.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "core/a11y/snapshot_json_keys.h"

namespace seamkit::a11y {
namespace {

using nlohmann::json;

struct Frame {
  const json* items;  // a "children" array
  size_t next;
  NodeId parent;
};

class JsonDecoder {
 public:
  Status Run(const json& doc);
  StatusOr<Snapshot> Finish() && { return std::move(b_).Finish(); }

 private:
  Status Node(const json& j, NodeId parent);
  Status Element(const json& j, NodeId parent);
  Status Document(const json& j, NodeId parent);
  Status Text(const json& j, NodeId parent);
  Status Children(const json& j, NodeId parent);
  Status Slot(const json& j, NodeId node);
  Status Bad(std::string what) const {
    return Status(ErrorCode::kMalformed, "snapshot JSON: node " +
                                             std::to_string(b_.size()) +
                                             ": " + std::move(what));
  }

  SnapshotBuilder b_;
  std::vector<Frame> stack_;
};

Status CheckKeys(const json& j, std::initializer_list<std::string_view> keys,
                 std::string* unknown) {
  for (auto it = j.begin(); it != j.end(); ++it) {
    bool known = false;
    for (std::string_view k : keys) known = known || it.key() == k;
    if (!known) {
      *unknown = it.key();
      return Status(ErrorCode::kMalformed, "unknown key");
    }
  }
  return Status::Ok();
}

Status JsonDecoder::Run(const json& doc) {
  std::string unknown;
  if (!doc.is_object()) return Bad("the document must be an object");
  if (!CheckKeys(doc, {"format", "version", "root"}, &unknown).ok()) {
    return Bad("unknown top-level key \"" + unknown + "\"");
  }
  auto format = doc.find("format");
  if (format == doc.end() || !format->is_string() ||
      format->get_ref<const std::string&>() != kSnapshotJsonFormat) {
    return Bad("\"format\" must be \"" + std::string(kSnapshotJsonFormat) + "\"");
  }
  auto version = doc.find("version");
  if (version == doc.end() || !version->is_number_integer() ||
      version->get<int64_t>() != kSnapshotJsonVersion) {
    return Bad("unsupported \"version\" (expected 1)");
  }
  auto root = doc.find("root");
  if (root == doc.end()) return Bad("missing \"root\"");
  if (Status s = Node(*root, kNoNode); !s.ok()) return s;
  while (!stack_.empty()) {
    Frame& f = stack_.back();
    if (f.next == f.items->size()) {
      stack_.pop_back();
      continue;
    }
    const json& child = (*f.items)[f.next++];
    NodeId parent = f.parent;  // Node() may grow stack_ and move `f`
    if (Status s = Node(child, parent); !s.ok()) return s;
  }
  return Status::Ok();
}

Status JsonDecoder::Node(const json& j, NodeId parent) {
  if (b_.size() >= kMaxNodes) {
    return Status(ErrorCode::kLimitExceeded,
                  "snapshot JSON: more than " + std::to_string(kMaxNodes) +
                      " nodes");
  }
  if (stack_.size() > 2 * size_t{kMaxDepth} + 2) {
    return Status(ErrorCode::kLimitExceeded,
                  "snapshot JSON: deeper than " + std::to_string(kMaxDepth));
  }
  if (j.is_string()) return Text(j, parent);
  if (!j.is_object()) return Bad("a node must be an object or a string");
  auto kind = j.find("kind");
  if (kind == j.end()) {
    if (j.contains("tag")) return Element(j, parent);
    return Bad("a node needs \"kind\" or \"tag\"");
  }
  if (!kind->is_string()) return Bad("\"kind\" must be a string");
  const std::string& k = kind->get_ref<const std::string&>();
  if (k == "element") return Element(j, parent);
  if (k == "text") return Text(j, parent);
  if (k == "document" && parent == kNoNode) return Document(j, parent);
  return Bad("kind \"" + k + "\" is not allowed here");
}

Status JsonDecoder::Text(const json& j, NodeId parent) {
  if (j.is_string()) {
    b_.AddText(parent, j.get_ref<const std::string&>());
    return Status::Ok();
  }
  std::string unknown;
  if (!CheckKeys(j, {"kind", "text", "slot"}, &unknown).ok()) {
    return Bad("unknown key \"" + unknown + "\" in a text node");
  }
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) return Bad("\"text\" must be a string");
  NodeId id = b_.AddText(parent, text->get_ref<const std::string&>());
  return Slot(j, id);
}

Status JsonDecoder::Slot(const json& j, NodeId node) {
  auto slot = j.find("slot");
  if (slot == j.end()) return Status::Ok();
  if (!slot->is_number_unsigned() ||
      slot->get<uint64_t>() >= std::numeric_limits<NodeId>::max()) {
    return Bad("\"slot\" must be a node index");
  }
  b_.AssignSlot(node, static_cast<NodeId>(slot->get<uint64_t>()));
  return Status::Ok();
}

Status JsonDecoder::Children(const json& j, NodeId parent) {
  auto children = j.find("children");
  if (children == j.end()) return Status::Ok();
  if (!children->is_array()) return Bad("\"children\" must be an array");
  if (!children->empty()) stack_.push_back({&*children, 0, parent});
  return Status::Ok();
}

Status JsonDecoder::Document(const json& j, NodeId parent) {
  std::string unknown;
  if (!CheckKeys(j, {"kind", "url", "lang", "contentType", "quirks", "webFonts", "changesObserved",
                     "contentCompared", "viewport", "scroll", "children"},
                 &unknown)
           .ok()) {
    return Bad("unknown key \"" + unknown + "\" in a document");
  }
  DocumentInfo info;
  if (Status s = json_keys::ReadDocument(j, &info, &b_); !s.ok()) {
    return Bad(s.message());
  }
  NodeId id = b_.AddDocument(parent, info);
  return Children(j, id);
}

Status JsonDecoder::Element(const json& j, NodeId parent) {
  std::string unknown;
  if (!CheckKeys(j, {"kind", "tag", "ns", "attrs", "style", "box", "flags",
                     "tabindex", "tabOrder", "slot", "children", "shadowRoot",
                     "contentDocument", "media", "imageBackdrops"},
                 &unknown)
           .ok()) {
    return Bad("unknown key \"" + unknown + "\" in an element");
  }
  auto tag = j.find("tag");
  if (tag == j.end() || !tag->is_string()) return Bad("\"tag\" must be a string");
  Namespace ns = Namespace::kHtml;
  if (Status s = json_keys::ReadNamespace(j, &ns); !s.ok()) return Bad(s.message());
  NodeId id = b_.AddElement(parent, tag->get_ref<const std::string&>(), ns);
  if (Status s = json_keys::ReadAttributes(j, &b_); !s.ok()) return Bad(s.message());
  uint32_t flags = 0;
  if (Status s = json_keys::ReadElement(j, &b_.Element(id), &flags, &b_);
      !s.ok()) {
    return Bad(s.message());
  }
  b_.SetFlags(id, flags);
  if (Status s = json_keys::ReadMedia(j, id, &b_); !s.ok()) return Bad(s.message());
  if (Status s = json_keys::ReadImageBackdrops(j, id, &b_); !s.ok()) return Bad(s.message());
  if (Status s = Slot(j, id); !s.ok()) return s;
  if (Status s = Children(j, id); !s.ok()) return s;  // runs last (a stack)
  auto shadow = j.find("shadowRoot");
  auto content = j.find("contentDocument");
  if (shadow != j.end()) {
    if (!shadow->is_object()) return Bad("\"shadowRoot\" must be an object");
    if (!CheckKeys(*shadow, {"kind", "children"}, &unknown).ok()) {
      return Bad("unknown key \"" + unknown + "\" in a shadow root");
    }
    if (Status s = Children(*shadow, b_.AddShadowRoot(id)); !s.ok()) return s;
  }
  if (content != j.end()) {
    if (!content->is_object()) return Bad("\"contentDocument\" must be an object");
    auto kind = content->find("kind");
    if (kind != content->end() && *kind == "opaque-frame") {
      if (content->size() != 1) return Bad("an opaque frame has only \"kind\"");
      b_.AddOpaqueFrame(id);
      return Status::Ok();
    }
    if (kind == content->end() || *kind != "document") {
      return Bad("\"contentDocument\" needs kind document or opaque-frame");
    }
    return Document(*content, id);
  }
  return Status::Ok();
}

// Deepest [ / { nesting of a JSON text, outside strings. A cheap pre-pass
// so that an over-deep document is refused before nlohmann builds it.
size_t NestingDepth(std::string_view text) {
  size_t depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

}  // namespace

StatusOr<Snapshot> DecodeSnapshotJson(std::string_view text) {
  if (text.size() > kMaxSnapshotBytes) {
    return Status(ErrorCode::kLimitExceeded,
                  "snapshot JSON: text larger than 64 MiB");
  }
  // Each tree level is an object plus its "children" array; 4 more levels
  // cover the top-level object and a shadowRoot/contentDocument wrapper.
  if (NestingDepth(text) > 2 * size_t{kMaxDepth} + 4) {
    return Status(ErrorCode::kLimitExceeded,
                  "snapshot JSON: nested deeper than " +
                      std::to_string(kMaxDepth) + " nodes");
  }
  json doc = json::parse(text.begin(), text.end(), nullptr,
                         /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    return Status(ErrorCode::kParse, "snapshot JSON: not valid JSON");
  }
  JsonDecoder decoder;
  if (Status s = decoder.Run(doc); !s.ok()) return s;
  return std::move(decoder).Finish();
}

}  // namespace seamkit::a11y
