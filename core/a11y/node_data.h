// The rule-specific fields of one node result ("data" in the results JSON).
//
// On a page of 20k elements most node results carry data (the contrast rules
// report their colours and ratios on passes too), so its form matters:
//   - NodeDataWriter keeps the fields themselves (key, kind, value) in one
//     small buffer. The packed results (PackResults) hand them to JS as
//     numbers, so nothing is written as text, decoded or parsed on the way.
//   - A NodeData made from an nlohmann::json value (rules off the hot path)
//     keeps the value's JSON text.
// Either way text() is the JSON text of the object, keys in sorted order and
// numbers as nlohmann::json writes them: results stay byte for byte the same.
//
//   NodeData d = NodeDataWriter().Str("bg", "#ffffff").Num("ratio", 4.6).Finish();
//   d.text();        // {"bg":"#ffffff","ratio":4.6}
//   d["ratio"];      // nlohmann::json 4.6 (parses; for tests and tools)
#ifndef SEAMKIT_CORE_A11Y_NODE_DATA_H_
#define SEAMKIT_CORE_A11Y_NODE_DATA_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace seamkit::a11y {

// A field name known at compile time (a string literal): its storage
// outlives every result, so a field keeps only the pointer, and the packer
// interns each name once per audit by pointer.
class DataKey {
 public:
  consteval DataKey(const char* name)  // NOLINT: literals convert implicitly
      : name_(name), size_(std::char_traits<char>::length(name)) {}
  std::string_view view() const { return {name_, size_}; }
  const char* data() const { return name_; }

 private:
  const char* name_;
  size_t size_;
};

enum class DataKind : uint8_t { kNumber, kInteger, kFalse, kTrue, kString };

// One field, as NodeData::ForEachField hands it out.
struct DataField {
  const char* key_id;   // the literal's address: equal keys usually share it
  std::string_view key;
  DataKind kind;
  double number;        // kNumber; kInteger also as a double
  int64_t integer;      // kInteger
  std::string_view str; // kString
};

class NodeData {
 public:
  NodeData() = default;
  NodeData(std::nullptr_t) {}  // NOLINT: no data, as with nlohmann::json
  // null gives no data; anything else is written as nlohmann writes it.
  explicit NodeData(const nlohmann::json& value);

  bool is_null() const { return form_ == Form::kNull; }
  // Written by NodeDataWriter: ForEachField gives its fields.
  bool has_fields() const { return form_ == Form::kFields; }
  size_t field_count() const { return field_count_; }
  // The JSON text of the object; empty when null.
  std::string text() const;

  // Calls f(const DataField&) for each field in order (has_fields() only).
  template <typename F>
  void ForEachField(F&& f) const;

  nlohmann::json Parse() const;                        // null when empty
  nlohmann::json operator[](std::string_view key) const;  // null when absent

 private:
  friend class NodeDataWriter;
  enum class Form : uint8_t { kNull, kText, kFields };
  // kText: the JSON text. kFields: per field, the kind (1 byte), the key's
  // DataKey (pointer and size), then 8 bytes of number or integer, or a
  // 4-byte size and the string's bytes; booleans carry no value.
  std::string bytes_;
  uint32_t field_count_ = 0;
  Form form_ = Form::kNull;
};

// Writes an object field by field. Keys must come in sorted order, so that
// text() equals what nlohmann::json writes for the same object (checked in
// debug builds).
class NodeDataWriter {
 public:
  NodeDataWriter& Num(DataKey key, double value);
  NodeDataWriter& Int(DataKey key, int64_t value);
  NodeDataWriter& Bool(DataKey key, bool value);
  NodeDataWriter& Str(DataKey key, std::string_view value);
  NodeData Finish();

 private:
  void Field(DataKey key, DataKind kind, const void* value, size_t value_size);
  std::string bytes_;
  uint32_t field_count_ = 0;
  std::string_view last_key_;
};

// Appends `value` exactly as nlohmann::json::dump() writes a double (text
// that reads back as the same value, ".0" on integral values, null for NaN).
void AppendJsonNumber(std::string* out, double value);

// Appends `s` as a JSON string, escaped as nlohmann::json::dump() escapes it
// (invalid UTF-8 replaced by U+FFFD).
void AppendJsonString(std::string* out, std::string_view s);

template <typename F>
void NodeData::ForEachField(F&& f) const {
  if (form_ != Form::kFields) return;
  const char* p = bytes_.data();
  const char* end = p + bytes_.size();
  while (p < end) {
    DataField field{};
    field.kind = static_cast<DataKind>(*p++);
    size_t key_size = 0;
    std::memcpy(&field.key_id, p, sizeof field.key_id);
    p += sizeof field.key_id;
    std::memcpy(&key_size, p, sizeof key_size);
    p += sizeof key_size;
    field.key = std::string_view(field.key_id, key_size);
    switch (field.kind) {
      case DataKind::kNumber:
        std::memcpy(&field.number, p, sizeof field.number);
        p += sizeof field.number;
        break;
      case DataKind::kInteger:
        std::memcpy(&field.integer, p, sizeof field.integer);
        p += sizeof field.integer;
        field.number = static_cast<double>(field.integer);
        break;
      case DataKind::kString: {
        uint32_t n = 0;
        std::memcpy(&n, p, sizeof n);
        p += sizeof n;
        field.str = std::string_view(p, n);
        p += n;
        break;
      }
      case DataKind::kFalse:
      case DataKind::kTrue:
        break;
    }
    f(static_cast<const DataField&>(field));
  }
}

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_NODE_DATA_H_
