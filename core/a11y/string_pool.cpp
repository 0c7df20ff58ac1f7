#include "core/a11y/string_pool.h"

namespace seamkit::a11y {

StringPool::StringPool(const StringPool& other) { *this = other; }

StringPool& StringPool::operator=(const StringPool& other) {
  if (this == &other) return *this;
  storage_.clear();
  views_.clear();
  index_.clear();
  bytes_ = 0;
  views_.reserve(other.views_.size());
  for (std::string_view s : other.views_) Intern(s);
  return *this;
}

StringId StringPool::Intern(std::string_view s) {
  auto it = index_.find(s);
  if (it != index_.end()) return it->second;
  storage_.emplace_back(s);
  std::string_view stored = storage_.back();
  StringId id = static_cast<StringId>(views_.size());
  views_.push_back(stored);
  index_.emplace(stored, id);
  bytes_ += s.size();
  return id;
}

std::optional<StringId> StringPool::Find(std::string_view s) const {
  auto it = index_.find(s);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::string_view StringPool::Get(StringId id) const {
  return id < views_.size() ? views_[id] : std::string_view();
}

}  // namespace seamkit::a11y
