// Procedural avatars: the fallback picture when there is no photo, no face
// was found or the model failed. Everything is derived from a name or an
// e-mail address, deterministically (the same input always gives the same
// pixels, natively and in wasm: only IEEE-exact float operations are used).
//
// Normalisation: leading/trailing ASCII whitespace is trimmed, inner runs
// of whitespace become one space and ASCII letters are lower-cased, so
// "Ada  Lovelace " and "ada lovelace" give the same avatar. The hash is
// 64-bit FNV-1a of the normalised bytes; the background colour and the
// pattern are read from it through the splitmix64 finaliser.
//
// Initials (ExtractInitials):
//   - an e-mail address (contains '@') uses its local part: anything from
//     '+' on is dropped and '.', '_' and '-' separate words
//     ("grace@example.org" -> "G", "ada.lovelace+news@x.org" -> "AL");
//   - otherwise words are separated by whitespace;
//   - only words starting with an ASCII letter or digit count (the stroke
//     font has A-Z and 0-9); the initials are the first characters of the
//     first and the last such word, upper-cased ("Ada King Lovelace" ->
//     "AL", "ada" -> "A");
//   - no such word (empty, blank, or e.g. "李小龙") gives "", and the avatar
//     is a symmetric 5 x 5 block pattern in the initials colour instead.
// Accented Latin letters are not folded: "Émile Zola" -> "Z".
#ifndef SEAMKIT_CORE_VISION_PROCEDURAL_AVATAR_H_
#define SEAMKIT_CORE_VISION_PROCEDURAL_AVATAR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/image.h"
#include "core/common/status.h"

namespace seamkit::vision {

inline constexpr int kMinAvatarSize = 32;
inline constexpr int kMaxAvatarSize = 1024;
inline constexpr size_t kMaxAvatarNameBytes = 1024;
// WCAG 2.2 SC 1.4.3 (AA) contrast for normal text; every background must
// reach it against the initials colour.
inline constexpr double kAvatarMinContrast = 4.5;

struct AvatarOptions {
  int size = 256;                      // px, kMinAvatarSize..kMaxAvatarSize
  std::string text_color = "#ffffff";  // initials colour, opaque CSS colour
  // Background colours (opaque CSS); empty = DefaultAvatarPalette(). Each
  // must have kAvatarMinContrast against text_color.
  std::vector<std::string> palette;
  bool pattern = true;  // faint symmetric blocks behind the initials
};

// What RenderProceduralAvatar draws for a name.
struct AvatarPlan {
  std::string initials;   // "" -> pattern-only avatar
  uint64_t hash = 0;      // AvatarHash(name)
  int palette_index = 0;  // background: palette[palette_index]
  uint32_t pattern = 0;   // 15 bits: 5 rows x 3 columns, mirrored to 5
};

// FNV-1a 64 of the normalised name (see above).
uint64_t AvatarHash(std::string_view name);

std::string ExtractInitials(std::string_view name);

// 14 backgrounds, each at least 5:1 against white.
const std::vector<std::string>& DefaultAvatarPalette();

// Decides initials, colour and pattern. Never fails; palette_size >= 1.
AvatarPlan PlanAvatar(std::string_view name, int palette_size);

// Renders an opaque size x size RGBA avatar (apply core/vision/mask.h for a
// circle). Errors: kOutOfRange for a size outside 32..1024; kLimitExceeded
// for a name over kMaxAvatarNameBytes; kParse / kUnsupported for a colour
// that does not parse, kInvalidArgument for a translucent colour, a palette
// of more than 64 entries, or a background below 4.5:1 against text_color
// (the message names the entry and its ratio).
StatusOr<Image> RenderProceduralAvatar(std::string_view name,
                                       const AvatarOptions& options = {});

}  // namespace seamkit::vision

#endif  // SEAMKIT_CORE_VISION_PROCEDURAL_AVATAR_H_
