// The rule-specific fields of one node result ("data" in the results JSON),
// kept as the text of one JSON object with its keys in sorted order, the
// order nlohmann::json writes them in.
//
// On a page of 20k elements most node results carry data (the contrast rules
// report their colours and ratios on passes too). Built as an nlohmann::json
// object each cost a tree of small allocations to build, write and free;
// as text it is one string, written once and appended as is to the results.
//
//   NodeData d = NodeDataWriter().Str("bg", "#ffffff").Num("ratio", 4.6).Finish();
//   d.text();        // {"bg":"#ffffff","ratio":4.6}
//   d["ratio"];      // nlohmann::json 4.6 (parses; for tests and tools)
#ifndef SEAMKIT_CORE_A11Y_NODE_DATA_H_
#define SEAMKIT_CORE_A11Y_NODE_DATA_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace seamkit::a11y {

class NodeData {
 public:
  NodeData() = default;
  NodeData(std::nullptr_t) {}  // NOLINT: no data, as with nlohmann::json
  // null gives no data; anything else is written as nlohmann writes it.
  explicit NodeData(const nlohmann::json& value);

  bool is_null() const { return text_.empty(); }
  const std::string& text() const { return text_; }  // empty when null

  nlohmann::json Parse() const;                        // null when empty
  nlohmann::json operator[](std::string_view key) const;  // null when absent

 private:
  friend class NodeDataWriter;
  std::string text_;
};

// Writes a JSON object field by field. Keys are plain ASCII and must come in
// sorted order, so that the text equals what nlohmann::json would write for
// the same object (checked in debug builds).
class NodeDataWriter {
 public:
  NodeDataWriter& Num(std::string_view key, double value);
  NodeDataWriter& Int(std::string_view key, int64_t value);
  NodeDataWriter& Bool(std::string_view key, bool value);
  NodeDataWriter& Str(std::string_view key, std::string_view value);
  NodeData Finish();

 private:
  void Key(std::string_view key);
  std::string text_;
  std::string_view last_key_;
};

// Appends `value` exactly as nlohmann::json::dump() writes a double (text
// that reads back as the same value, ".0" on integral values, null for NaN).
void AppendJsonNumber(std::string* out, double value);

// Appends `s` as a JSON string, escaped as nlohmann::json::dump() escapes it
// (invalid UTF-8 replaced by U+FFFD).
void AppendJsonString(std::string* out, std::string_view s);

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_NODE_DATA_H_
