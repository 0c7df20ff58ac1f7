// A growable-once float buffer that JS fills through a typed-array view of
// the wasm heap, so batch kernels take pointers without per-element copies.
#ifndef SEAMKIT_CORE_COMMON_BUFFER_H_
#define SEAMKIT_CORE_COMMON_BUFFER_H_

#include <cstddef>
#include <vector>

namespace seamkit {

// Largest batch any seamkit kernel accepts: 16 M elements (64 MiB floats).
inline constexpr size_t kMaxBatchElements = size_t{16} << 20;

template <typename T>
class Buffer {
 public:
  // Sizes above kMaxBatchElements are clamped to 0: check size() after.
  explicit Buffer(size_t n) : data_(n <= kMaxBatchElements ? n : 0) {}
  size_t size() const { return data_.size(); }
  T* data() { return data_.data(); }
  const T* data() const { return data_.data(); }

 private:
  std::vector<T> data_;
};

using FloatBuffer = Buffer<float>;
using ByteBuffer = Buffer<unsigned char>;

}  // namespace seamkit

#endif  // SEAMKIT_CORE_COMMON_BUFFER_H_
