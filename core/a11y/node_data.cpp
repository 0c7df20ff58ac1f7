#include "core/a11y/node_data.h"

#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>

namespace seamkit::a11y {
namespace {

constexpr auto kReplace = nlohmann::json::error_handler_t::replace;

}  // namespace

NodeData::NodeData(const nlohmann::json& value) {
  if (value.is_null()) return;
  bytes_ = value.dump(-1, ' ', false, kReplace);
  form_ = Form::kText;
}

std::string NodeData::text() const {
  if (form_ != Form::kFields) return bytes_;
  std::string out = "{";
  ForEachField([&out](const DataField& f) {
    if (out.size() > 1) out += ',';
    AppendJsonString(&out, f.key);
    out += ':';
    switch (f.kind) {
      case DataKind::kNumber:
        AppendJsonNumber(&out, f.number);
        break;
      case DataKind::kInteger: {
        char buf[24];
        out.append(buf, std::to_chars(buf, buf + sizeof buf, f.integer).ptr);  // always fits
        break;
      }
      case DataKind::kFalse:
        out += "false";
        break;
      case DataKind::kTrue:
        out += "true";
        break;
      case DataKind::kString:
        AppendJsonString(&out, f.str);
        break;
    }
  });
  out += '}';
  return out;
}

nlohmann::json NodeData::Parse() const {
  if (is_null()) return nullptr;
  return nlohmann::json::parse(text(), nullptr, /*allow_exceptions=*/false);
}

nlohmann::json NodeData::operator[](std::string_view key) const {
  nlohmann::json value = Parse();
  if (!value.is_object()) return nullptr;
  auto it = value.find(key);
  return it == value.end() ? nlohmann::json(nullptr) : *it;
}

void AppendJsonNumber(std::string* out, double value) {
  if (!std::isfinite(value)) {
    *out += "null";  // as nlohmann writes NaN and infinities
    return;
  }
  // The Grisu2 writer nlohmann's dump() itself uses (nlohmann 3.11, header
  // only): its 17-digit results differ from std::to_chars' in the last digit
  // on some values, and the results text must not change.
  char buf[64];
  char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, value);
  out->append(buf, end);
}

void AppendJsonString(std::string* out, std::string_view s) {
  bool plain = true;
  for (char c : s) {
    auto b = static_cast<unsigned char>(c);
    plain &= b >= 0x20 && b < 0x7F && c != '"' && c != '\\';
  }
  if (!plain) {
    *out += nlohmann::json(s).dump(-1, ' ', false, kReplace);
    return;
  }
  *out += '"';
  *out += s;
  *out += '"';
}

// One field as ForEachField reads it: kind, key pointer, key size, then
// `value_size` bytes of value, appended at once.
void NodeDataWriter::Field(DataKey key, DataKind kind, const void* value, size_t value_size) {
  assert(last_key_.empty() || last_key_ < key.view());
  last_key_ = key.view();
  // One allocation for a typical object (the contrast rules' fit in 160).
  if (bytes_.capacity() < 160) bytes_.reserve(160);
  ++field_count_;
  const char* name = key.data();
  size_t size = key.view().size();
  constexpr size_t kHead = 1 + sizeof name + sizeof size;
  char field[kHead + 8];
  field[0] = static_cast<char>(kind);
  std::memcpy(field + 1, &name, sizeof name);
  std::memcpy(field + 1 + sizeof name, &size, sizeof size);
  assert(value_size <= 8);
  if (value_size) std::memcpy(field + kHead, value, value_size);
  bytes_.append(field, kHead + value_size);
}

NodeDataWriter& NodeDataWriter::Num(DataKey key, double value) {
  Field(key, DataKind::kNumber, &value, sizeof value);
  return *this;
}

NodeDataWriter& NodeDataWriter::Int(DataKey key, int64_t value) {
  Field(key, DataKind::kInteger, &value, sizeof value);
  return *this;
}

NodeDataWriter& NodeDataWriter::Bool(DataKey key, bool value) {
  Field(key, value ? DataKind::kTrue : DataKind::kFalse, nullptr, 0);
  return *this;
}

NodeDataWriter& NodeDataWriter::Str(DataKey key, std::string_view value) {
  auto n = static_cast<uint32_t>(value.size());
  Field(key, DataKind::kString, &n, sizeof n);
  bytes_.append(value.data(), n);
  return *this;
}

NodeData NodeDataWriter::Finish() {
  NodeData d;
  d.bytes_ = std::move(bytes_);
  d.form_ = NodeData::Form::kFields;
  d.field_count_ = field_count_;
  bytes_.clear();
  field_count_ = 0;
  last_key_ = {};
  return d;
}

}  // namespace seamkit::a11y
