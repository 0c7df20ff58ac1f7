#include "core/confidence/cvd.h"

#include <limits>

namespace seamkit::confidence {
namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado, Oliveira & Fernandes (2009), table of simulation matrices,
// severity 1.0 (row-major, acting on linear RGB column vectors).
constexpr Matrix kProtanopia = {{{0.152286, 1.052583, -0.204868},
                                 {0.114503, 0.786281, 0.099216},
                                 {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix kDeuteranopia = {{{0.367322, 0.860646, -0.227968},
                                   {0.280085, 0.672501, 0.047413},
                                   {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix kTritanopia = {{{1.255528, -0.076749, -0.178779},
                                 {-0.078411, 0.930809, 0.147602},
                                 {0.004733, 0.691367, 0.303900}}};

const Matrix& MatrixFor(CvdType type) {
  switch (type) {
    case CvdType::kProtanopia: return kProtanopia;
    case CvdType::kDeuteranopia: return kDeuteranopia;
    case CvdType::kTritanopia: return kTritanopia;
  }
  return kDeuteranopia;
}

double Unit(double v) { return v > 0 ? (v < 1 ? v : 1) : 0; }

struct Closest {
  double distance = std::numeric_limits<double>::infinity();
  size_t first = 0, second = 0;
};

Closest ClosestPair(const std::vector<Oklab>& labs) {
  Closest best;
  for (size_t i = 0; i < labs.size(); ++i) {
    for (size_t j = i + 1; j < labs.size(); ++j) {
      double d = DeltaEOk(labs[i], labs[j]);
      if (d < best.distance) best = Closest{d, i, j};
    }
  }
  return best;
}

}  // namespace

const char* CvdTypeName(CvdType type) {
  switch (type) {
    case CvdType::kProtanopia: return "protanopia";
    case CvdType::kDeuteranopia: return "deuteranopia";
    case CvdType::kTritanopia: return "tritanopia";
  }
  return "unknown";
}

Rgba SimulateCvd(const Rgba& c, CvdType type) {
  const Matrix& m = MatrixFor(type);
  double lin[3] = {SrgbToLinear(Unit(c.r / 255)), SrgbToLinear(Unit(c.g / 255)),
                   SrgbToLinear(Unit(c.b / 255))};
  double out[3];
  for (int row = 0; row < 3; ++row) {
    double v = m[row][0] * lin[0] + m[row][1] * lin[1] + m[row][2] * lin[2];
    out[row] = 255 * LinearToSrgb(Unit(v));
  }
  return Rgba{out[0], out[1], out[2], c.a};
}

CvdCheck CheckCvdDistinct(const std::vector<Rgba>& colours, double threshold) {
  CvdCheck check;
  check.threshold = threshold;
  std::vector<Oklab> labs;
  labs.reserve(colours.size());
  for (const Rgba& c : colours) labs.push_back(ToOklab(c));
  if (colours.size() < 2) {
    check.min_delta_e_normal = std::numeric_limits<double>::infinity();
  } else {
    check.min_delta_e_normal = ClosestPair(labs).distance;
  }
  check.passes = !(check.min_delta_e_normal < threshold);
  for (size_t t = 0; t < kAllCvdTypes.size(); ++t) {
    labs.clear();
    for (const Rgba& c : colours) {
      labs.push_back(ToOklab(SimulateCvd(c, kAllCvdTypes[t])));
    }
    Closest closest = ClosestPair(labs);
    CvdPairReport& r = check.by_type[t];
    r.type = kAllCvdTypes[t];
    r.min_delta_e = closest.distance;
    r.first = closest.first;
    r.second = closest.second;
    r.passes = closest.distance >= threshold;
    check.passes = check.passes && r.passes;
  }
  return check;
}

}  // namespace seamkit::confidence
