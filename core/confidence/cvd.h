// Colour-vision-deficiency simulation and a palette distinguishability
// check, so the confidence ramp is chosen with dichromats in mind.
#ifndef SEAMKIT_CORE_CONFIDENCE_CVD_H_
#define SEAMKIT_CORE_CONFIDENCE_CVD_H_

#include <array>
#include <vector>

#include "core/common/color.h"

namespace seamkit::confidence {

enum class CvdType { kProtanopia = 0, kDeuteranopia = 1, kTritanopia = 2 };
inline constexpr std::array<CvdType, 3> kAllCvdTypes = {
    CvdType::kProtanopia, CvdType::kDeuteranopia, CvdType::kTritanopia};
const char* CvdTypeName(CvdType type);  // "protanopia", ...

// How `c` looks to a dichromat: Machado, Oliveira & Fernandes (2009), "A
// Physiologically-based Model for Simulation of Color Vision Deficiency",
// IEEE TVCG 15(6), severity 1.0 matrices, applied in linear sRGB. The result
// is clamped to [0, 255]; alpha is kept.
Rgba SimulateCvd(const Rgba& c, CvdType type);

// Minimum OKLab distance two verdict colours must keep under a simulation.
// 0.1 is five times the OKLab just-noticeable difference of ~0.02 (the JND
// CSS Color 4 uses for gamut mapping): two colours this far apart are told
// apart at a glance in a small chip or thin bar, not only side by side.
inline constexpr double kMinCvdDeltaE = 0.1;

struct CvdPairReport {
  CvdType type = CvdType::kProtanopia;
  double min_delta_e = 0;  // smallest pairwise ΔE_OK after simulation
  size_t first = 0, second = 0;  // the closest pair (indices into colours)
  bool passes = false;          // min_delta_e >= threshold
};

struct CvdCheck {
  double threshold = kMinCvdDeltaE;
  double min_delta_e_normal = 0;        // without simulation
  std::array<CvdPairReport, 3> by_type;  // in kAllCvdTypes order
  bool passes = false;  // every type (and normal vision) passes
};

// Checks that all pairs of `colours` stay at least `threshold` apart in
// OKLab for normal vision and under each simulation. Fewer than two colours
// trivially pass.
CvdCheck CheckCvdDistinct(const std::vector<Rgba>& colours,
                          double threshold = kMinCvdDeltaE);

}  // namespace seamkit::confidence

#endif  // SEAMKIT_CORE_CONFIDENCE_CVD_H_
