// Bit-level helpers missing from the libc++ 14 that Debian's Emscripten
// ships (no std::bit_cast there).
#ifndef SEAMKIT_CORE_COMMON_BITS_H_
#define SEAMKIT_CORE_COMMON_BITS_H_

#include <cstring>
#include <type_traits>

namespace seamkit {

// Reinterprets the bytes of `from` as a To of the same size.
template <typename To, typename From>
To BitCast(const From& from) {
  static_assert(sizeof(To) == sizeof(From), "BitCast needs equal sizes");
  static_assert(std::is_trivially_copyable_v<To> &&
                std::is_trivially_copyable_v<From>);
  To to;
  std::memcpy(&to, &from, sizeof(To));
  return to;
}

}  // namespace seamkit

#endif  // SEAMKIT_CORE_COMMON_BITS_H_
