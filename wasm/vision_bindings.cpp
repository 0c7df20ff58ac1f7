// Embind: the avatar pipeline of core/vision — header checks, letterbox to a
// detector tensor, BlazeFace decoding, alignment, styles, masks and
// procedural avatars. Results are { ok, value } | { ok: false, code,
// message } (wasm/status_val.h); pixels leave the heap as fresh Uint8Arrays.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <utility>
#include <vector>

#include "core/common/buffer.h"
#include "core/common/image.h"
#include "core/vision/align.h"
#include "core/vision/blazeface.h"
#include "core/vision/image_header.h"
#include "core/vision/mask.h"
#include "core/vision/procedural_avatar.h"
#include "core/vision/resize.h"
#include "core/vision/stylize.h"
#include "wasm/status_val.h"

namespace seamkit::wasm {
namespace {

using emscripten::val;
namespace v = ::seamkit::vision;

// A copy of n bytes that survives heap growth and the source's destruction.
val CopyOut(const uint8_t* p, size_t n) {
  return val::global("Uint8Array").new_(emscripten::typed_memory_view(n, p));
}

val ImageVal(const Image& img) {
  val out = val::object();
  out.set("width", img.width());
  out.set("height", img.height());
  out.set("pixels", CopyOut(img.data(), img.size_bytes()));
  return out;
}

// An Image holding a copy of JS RGBA pixels (exactly 4 * width * height).
StatusOr<Image> ImageFromJs(int width, int height, const val& pixels) {
  StatusOr<Image> img = Image::Create(width, height);
  if (!img.ok()) return img;
  if (pixels["length"].as<double>() != double(img->size_bytes())) {
    return Status(ErrorCode::kInvalidArgument,
                  "pixels must hold 4 * width * height bytes");
  }
  val(emscripten::typed_memory_view(img->size_bytes(), img->data()))
      .call<void>("set", pixels);
  return img;
}

template <typename T>
T Opt(const val& o, const char* key, T fallback) {
  if (o.isUndefined() || o.isNull()) return fallback;
  val x = o[key];
  return x.isUndefined() || x.isNull() ? fallback : x.as<T>();
}

std::vector<std::string> Strings(const val& o, const char* key,
                                 std::vector<std::string> fallback) {
  if (o.isUndefined() || o.isNull() || o[key].isUndefined()) return fallback;
  return emscripten::vecFromJSArray<std::string>(o[key]);
}

val CheckHeader(const std::string& bytes) {
  auto h = v::CheckImageHeader(reinterpret_cast<const uint8_t*>(bytes.data()),
                               bytes.size());
  if (!h.ok()) return ErrorVal(h.status());
  val out = val::object();
  out.set("format", std::string(v::ImageFormatName(h->format)));
  out.set("width", double(h->width));
  out.set("height", double(h->height));
  out.set("animated", h->animated);
  out.set("cmyk", h->cmyk);
  return OkVal(out);
}

val CreateImage(int width, int height) {
  StatusOr<Image> img = Image::Create(width, height);
  if (!img.ok()) return ErrorVal(img.status());
  return OkVal(val(std::move(img).value()));
}

val PixelsView(Image& img) {
  return val(emscripten::typed_memory_view(img.size_bytes(), img.data()));
}

val Letterbox(const Image& img, int size, FloatBuffer& out) {
  auto t = v::LetterboxRgbaToTensor(img.view(), size, out.data(), out.size());
  return t.ok() ? OkVal(val(*t)) : ErrorVal(t.status());
}

val DecodeFaces(const val& s16, const val& s8, const val& b16, const val& b8,
                const v::LetterboxTransform& t, const val& opts) {
  using emscripten::convertJSArrayToNumberVector;
  std::vector<float> a = convertJSArrayToNumberVector<float>(s16);
  std::vector<float> b = convertJSArrayToNumberVector<float>(s8);
  std::vector<float> c = convertJSArrayToNumberVector<float>(b16);
  std::vector<float> d = convertJSArrayToNumberVector<float>(b8);
  v::BlazeFaceOptions o;
  o.score_threshold = Opt(opts, "scoreThreshold", o.score_threshold);
  o.iou_threshold = Opt(opts, "iouThreshold", o.iou_threshold);
  o.max_faces = Opt(opts, "maxFaces", o.max_faces);
  auto faces = v::DecodeBlazeFace(a.data(), a.size(), b.data(), b.size(),
                                  c.data(), c.size(), d.data(), d.size(), t, o);
  if (!faces.ok()) return ErrorVal(faces.status());
  val list = val::array();
  for (const v::FaceDetection& f : *faces) list.call<void>("push", f);
  val out = val::object();
  out.set("faces", list);
  out.set("largest", v::SelectLargestFace(*faces, Opt(opts, "selectMinScore",
                                                      o.score_threshold)));
  return OkVal(out);
}

val AffineVal(const v::Affine& m) {
  val out = val::array();
  for (float x : m) out.call<void>("push", x);
  return out;
}

val Align(const Image& img, const v::FaceDetection& face, const val& opts) {
  v::AlignOptions o;
  o.output_size = Opt(opts, "outputSize", o.output_size);
  o.side_scale = Opt(opts, "sideScale", o.side_scale);
  o.down_shift = Opt(opts, "downShift", o.down_shift);
  auto aligned = v::AlignFace(img.view(), face, o);
  if (!aligned.ok()) return ErrorVal(aligned.status());
  const v::AlignCrop& crop = aligned->crop;
  val out = ImageVal(aligned->image);
  out.set("angle", crop.angle);
  out.set("centerX", crop.center_x);
  out.set("centerY", crop.center_y);
  out.set("side", crop.side);
  out.set("imageToOutput", AffineVal(crop.image_to_output));
  val points = val::array();
  for (const v::Point& p : face.keypoints) {
    points.call<void>("push", v::ApplyAffine(crop.image_to_output, p));
  }
  out.set("keypoints", points);
  return OkVal(out);
}

Status StylizeImage(const std::string& style, Image& img, const val& opts) {
  ImageView view = img.view();
  if (style == "cartoon") {
    v::CartoonOptions o;
    o.levels = Opt(opts, "levels", o.levels);
    o.edge_strength = Opt(opts, "edgeStrength", o.edge_strength);
    return v::CartoonizeInto(view, view, o);
  }
  if (style == "posterize") {
    v::PosterizeOptions o;
    o.palette = Strings(opts, "palette", o.palette);
    if (Opt<std::string>(opts, "mode", "bands") == "gradient") {
      o.mode = v::PosterizeMode::kGradient;
    }
    return v::PosterizeInto(view, view, o);
  }
  if (style == "sketch") {
    v::SketchOptions o;
    o.strength = Opt(opts, "strength", o.strength);
    return v::SketchInto(view, view, o);
  }
  if (style == "none") return Status::Ok();
  return Status(ErrorCode::kInvalidArgument, "unknown style '" + style + "'");
}

val Stylize(const std::string& style, int width, int height, const val& pixels,
            const val& opts) {
  StatusOr<Image> img = ImageFromJs(width, height, pixels);
  if (!img.ok()) return ErrorVal(img.status());
  if (Status s = StylizeImage(style, img.value(), opts); !s.ok()) {
    return ErrorVal(s);
  }
  return OkVal(ImageVal(*img));
}

val Mask(int width, int height, const val& pixels, const val& opts) {
  StatusOr<Image> img = ImageFromJs(width, height, pixels);
  if (!img.ok()) return ErrorVal(img.status());
  v::MaskOptions o;
  std::string shape = Opt<std::string>(opts, "shape", "circle");
  if (shape == "rounded-square") {
    o.shape = v::MaskShape::kRoundedSquare;
  } else if (shape != "circle") {
    return ErrorVal(Status(ErrorCode::kInvalidArgument,
                           "mask shape must be 'circle' or 'rounded-square'"));
  }
  o.corner_radius = Opt(opts, "cornerRadius", o.corner_radius);
  o.ring_width = Opt(opts, "ringWidth", o.ring_width);
  o.ring_color = Opt(opts, "ringColor", o.ring_color);
  if (Status s = v::ApplyMask(img.value().view(), o); !s.ok()) {
    return ErrorVal(s);
  }
  return OkVal(ImageVal(*img));
}

val Procedural(const std::string& name, const val& opts) {
  v::AvatarOptions o;
  o.size = Opt(opts, "size", o.size);
  o.text_color = Opt(opts, "textColor", o.text_color);
  o.palette = Strings(opts, "palette", o.palette);
  o.pattern = Opt(opts, "pattern", o.pattern);
  StatusOr<Image> img = v::RenderProceduralAvatar(name, o);
  if (!img.ok()) return ErrorVal(img.status());
  const std::vector<std::string>& palette =
      o.palette.empty() ? v::DefaultAvatarPalette() : o.palette;
  v::AvatarPlan plan = v::PlanAvatar(name, int(palette.size()));
  val out = ImageVal(*img);
  out.set("initials", plan.initials);
  out.set("background", palette[size_t(plan.palette_index)]);
  out.set("textColor", o.text_color);
  return OkVal(out);
}

}  // namespace

EMSCRIPTEN_BINDINGS(seamkit_vision) {
  using emscripten::index;
  emscripten::value_object<v::LetterboxTransform>("LetterboxTransform")
      .field("size", &v::LetterboxTransform::size)
      .field("imageWidth", &v::LetterboxTransform::image_width)
      .field("imageHeight", &v::LetterboxTransform::image_height)
      .field("contentX", &v::LetterboxTransform::content_x)
      .field("contentY", &v::LetterboxTransform::content_y)
      .field("contentWidth", &v::LetterboxTransform::content_width)
      .field("contentHeight", &v::LetterboxTransform::content_height)
      .field("scaleX", &v::LetterboxTransform::scale_x)
      .field("scaleY", &v::LetterboxTransform::scale_y);
  emscripten::value_object<v::Point>("Point")
      .field("x", &v::Point::x)
      .field("y", &v::Point::y);
  emscripten::value_array<std::array<v::Point, v::kBlazeFaceKeypointCount>>(
      "FaceKeypoints")
      .element(index<0>())
      .element(index<1>())
      .element(index<2>())
      .element(index<3>())
      .element(index<4>())
      .element(index<5>());
  emscripten::value_object<v::FaceDetection>("FaceDetection")
      .field("score", &v::FaceDetection::score)
      .field("x", &v::FaceDetection::x)
      .field("y", &v::FaceDetection::y)
      .field("width", &v::FaceDetection::width)
      .field("height", &v::FaceDetection::height)
      .field("keypoints", &v::FaceDetection::keypoints);
  emscripten::class_<Image>("RgbaImage")
      .class_function("create", &CreateImage)
      .function("width", &Image::width)
      .function("height", &Image::height)
      .function("pixels", &PixelsView);
  emscripten::function("visionCheckImageHeader", &CheckHeader);
  emscripten::function("visionLetterbox", &Letterbox);
  emscripten::function("visionDecodeBlazeFace", &DecodeFaces);
  emscripten::function("visionAlignFace", &Align);
  emscripten::function("visionStylize", &Stylize);
  emscripten::function("visionMask", &Mask);
  emscripten::function("visionProceduralAvatar", &Procedural);
}

}  // namespace seamkit::wasm
