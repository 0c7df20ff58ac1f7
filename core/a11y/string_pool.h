// One interning pool per snapshot: every tag, attribute name/value, text and
// style string is stored once and named by a uint32 StringId.
#ifndef SEAMKIT_CORE_A11Y_STRING_POOL_H_
#define SEAMKIT_CORE_A11Y_STRING_POOL_H_

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace seamkit::a11y {

using StringId = uint32_t;
// "No string": absent attribute value, style field not set, non-text node.
inline constexpr StringId kNoString = UINT32_MAX;

class StringPool {
 public:
  StringPool() = default;
  // The lookup map holds views into storage_, so copies rebuild it.
  StringPool(const StringPool& other);
  StringPool& operator=(const StringPool& other);
  StringPool(StringPool&&) = default;
  StringPool& operator=(StringPool&&) = default;

  // Returns the id of `s`, adding it if new. Equal strings share one id.
  StringId Intern(std::string_view s);
  // The id of `s` if it was interned, without adding it.
  std::optional<StringId> Find(std::string_view s) const;
  // The string of `id`; "" for kNoString or an id out of range.
  std::string_view Get(StringId id) const;
  bool Contains(StringId id) const { return id < views_.size(); }
  uint32_t size() const { return static_cast<uint32_t>(views_.size()); }
  // Total UTF-8 bytes of all distinct strings.
  size_t bytes() const { return bytes_; }

 private:
  std::deque<std::string> storage_;  // deque: elements never move
  std::vector<std::string_view> views_;
  std::unordered_map<std::string_view, StringId> index_;
  size_t bytes_ = 0;
};

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_STRING_POOL_H_
