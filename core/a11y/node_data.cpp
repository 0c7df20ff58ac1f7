#include "core/a11y/node_data.h"

#include <cassert>
#include <charconv>
#include <cmath>

namespace seamkit::a11y {
namespace {

constexpr auto kReplace = nlohmann::json::error_handler_t::replace;

}  // namespace

NodeData::NodeData(const nlohmann::json& value) {
  if (!value.is_null()) text_ = value.dump(-1, ' ', false, kReplace);
}

nlohmann::json NodeData::Parse() const {
  if (text_.empty()) return nullptr;
  return nlohmann::json::parse(text_, nullptr, /*allow_exceptions=*/false);
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

void NodeDataWriter::Key(std::string_view key) {
  assert(last_key_.empty() || last_key_ < key);
  last_key_ = key;
  text_ += text_.empty() ? '{' : ',';
  AppendJsonString(&text_, key);
  text_ += ':';
}

NodeDataWriter& NodeDataWriter::Num(std::string_view key, double value) {
  Key(key);
  AppendJsonNumber(&text_, value);
  return *this;
}

NodeDataWriter& NodeDataWriter::Int(std::string_view key, int64_t value) {
  Key(key);
  char buf[24];
  char* end = std::to_chars(buf, buf + sizeof buf, value).ptr;  // always fits
  text_.append(buf, end);
  return *this;
}

NodeDataWriter& NodeDataWriter::Bool(std::string_view key, bool value) {
  Key(key);
  text_ += value ? "true" : "false";
  return *this;
}

NodeDataWriter& NodeDataWriter::Str(std::string_view key, std::string_view value) {
  Key(key);
  AppendJsonString(&text_, value);
  return *this;
}

NodeData NodeDataWriter::Finish() {
  NodeData d;
  if (text_.empty()) {
    d.text_ = "{}";
  } else {
    text_ += '}';
    d.text_ = std::move(text_);
  }
  text_.clear();
  last_key_ = {};
  return d;
}

}  // namespace seamkit::a11y
