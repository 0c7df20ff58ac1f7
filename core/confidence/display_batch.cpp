#include "core/confidence/display_batch.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/confidence/display.h"
#include "core/confidence/policy.h"

namespace seamkit::confidence {
namespace {

using nlohmann::json;

// A number, or one of the strings "NaN", "Infinity", "-Infinity".
std::optional<double> NumberOf(const json& v) {
  if (v.is_number()) return v.get<double>();
  if (v.is_string()) {
    const std::string& s = v.get_ref<const std::string&>();
    if (s == "NaN") return NAN;
    if (s == "Infinity") return INFINITY;
    if (s == "-Infinity") return -INFINITY;
  }
  return std::nullopt;
}

Status Malformed(const std::string& what) {
  return Status(ErrorCode::kMalformed, what);
}

struct Context {
  StatusOr<DisplayContext> display = Status(ErrorCode::kInternal, "unset");
  BinaryPolicy policy;
};

Status ReadPolicy(const json& p, BinaryPolicy* out) {
  if (!p.is_object()) return Malformed("context policy must be an object");
  for (auto [key, field] : {std::pair{"low", &out->low},
                            std::pair{"high", &out->high}}) {
    auto it = p.find(key);
    if (it == p.end()) continue;
    if (it->is_null()) {  // a side no score reaches
      *field = std::string_view(key) == "low" ? -INFINITY : INFINITY;
      continue;
    }
    std::optional<double> v = NumberOf(*it);
    if (!v) return Malformed(std::string("policy.") + key + " must be a number");
    *field = *v;
  }
  return ValidateBinaryPolicy(*out);
}

Context ReadContext(const json& c) {
  Context out;
  if (!c.is_object()) {
    out.display = Malformed("each context must be an object");
    return out;
  }
  std::vector<std::string> palette;
  std::string background = "#ffffff", table;
  if (auto it = c.find("palette"); it != c.end()) {
    if (!it->is_array()) {
      out.display = Malformed("context palette must be an array of colours");
      return out;
    }
    for (const json& s : *it) {
      if (!s.is_string()) {
        out.display = Malformed("palette colours must be strings");
        return out;
      }
      palette.push_back(s.get<std::string>());
    }
  }
  if (auto it = c.find("background"); it != c.end() && it->is_string()) {
    background = it->get<std::string>();
  }
  if (auto it = c.find("table"); it != c.end() && it->is_string()) {
    table = it->get<std::string>();
  }
  if (auto it = c.find("policy"); it != c.end() && !it->is_null()) {
    Status s = ReadPolicy(*it, &out.policy);
    if (!s.ok()) {
      out.display = s;
      return out;
    }
  }
  out.display = DisplayContext::Prepare(palette, background, table);
  if (out.display.ok()) out.display->EnableBarCache();
  return out;
}

// The contexts of recent calls, most recent first: a feed renders with the
// same background, palette and table again and again, and its bar colours
// (one contrast fit per 0.1 % step) are then fitted once, not once per call.
// Keyed by the context's JSON text; per thread, so no locking.
const Context& CachedContext(const json& c) {
  constexpr size_t kKeep = 8;
  thread_local std::vector<std::pair<std::string, std::unique_ptr<Context>>>
      recent;
  std::string key = c.dump();
  for (size_t i = 0; i < recent.size(); ++i) {
    if (recent[i].first == key) {
      std::rotate(recent.begin(), recent.begin() + static_cast<long>(i),
                  recent.begin() + static_cast<long>(i) + 1);
      return *recent.front().second;
    }
  }
  if (recent.size() == kKeep) recent.pop_back();
  recent.insert(recent.begin(),
                {std::move(key), std::make_unique<Context>(ReadContext(c))});
  return *recent.front().second;
}

Status ReadFactors(const json& f, std::vector<Factor>* out) {
  if (!f.is_array()) return Malformed("factors must be an array");
  if (f.size() > kMaxFactors) {
    return Status(ErrorCode::kLimitExceeded, "at most 256 factors");
  }
  for (const json& x : f) {
    if (!x.is_object()) return Malformed("each factor must be an object");
    Factor factor{"", 0.0};
    if (auto it = x.find("code"); it != x.end() && it->is_string()) {
      factor.code = it->get<std::string>();
    }
    if (auto it = x.find("weight"); it != x.end()) {
      factor.weight = NumberOf(*it).value_or(0.0);
    }
    out->push_back(std::move(factor));
  }
  return Status::Ok();
}

// A given verdict kind; anything outside 0..2 is left for CheckInput to
// reject (-1).
int KindOf(double k) {
  return k >= -1 && k <= 3 ? static_cast<int>(k) : -1;
}

// The verdict of an item that gave none, from its context's policy.
Status DecideKind(const BinaryPolicy& policy, DisplayInput* d) {
  double p = d->calibrated;
  if (!std::isfinite(p) || p < 0 || p > 1) {
    d->verdict_kind = 1;  // the display reports the invalid score
    return Status::Ok();
  }
  StatusOr<Decision> decision = DecideBinary(policy, p);
  if (!decision.ok()) return decision.status();
  d->verdict_kind = decision->verdict == kAbstain ? 1
                    : decision->verdict == 1      ? 2
                                                  : 0;
  return Status::Ok();
}

// The item's input, its verdict decided from the policy unless given.
StatusOr<DisplayInput> ReadItem(const json& item, const BinaryPolicy& policy) {
  DisplayInput d;
  auto it = item.find("calibrated");
  d.calibrated = it == item.end() ? NAN : NumberOf(*it).value_or(NAN);
  it = item.find("raw");
  d.has_raw_score = it != item.end() && !it->is_null();
  d.raw_score = d.has_raw_score ? NumberOf(*it).value_or(NAN) : NAN;
  if (it = item.find("verdictLabel"); it != item.end() && it->is_string()) {
    d.verdict_label = it->get<std::string>();
  }
  if (it = item.find("claim"); it != item.end() && it->is_string()) {
    d.claim = it->get<std::string>();
  }
  if (it = item.find("topK"); it != item.end() && it->is_number()) {
    double k = it->get<double>();
    d.top_k = k >= 0 && k <= 1e6 ? static_cast<int>(k) : -1;
  }
  if (it = item.find("factors"); it != item.end() && !it->is_null()) {
    Status s = ReadFactors(*it, &d.factors);
    if (!s.ok()) return s;
  }
  if (it = item.find("verdictKind"); it != item.end() && it->is_number()) {
    d.verdict_kind = KindOf(it->get<double>());
    return d;
  }
  Status s = DecideKind(policy, &d);
  if (!s.ok()) return s;
  return d;
}

// Shared texts are written once; entries refer to them by index.
class StringIndex {
 public:
  size_t operator()(const std::string& s) {
    auto [it, added] = index_.try_emplace(s, strings_.size());
    if (added) strings_.push_back(s);
    return it->second;
  }
  json Take() { return json(std::move(strings_)); }
  double Word(const std::string& s) {
    return static_cast<double>((*this)(s));
  }

 private:
  std::unordered_map<std::string, size_t> index_;
  std::vector<std::string> strings_;
};

json NumberOrNull(double x) { return std::isfinite(x) ? json(x) : json(); }

json Entry(const DisplayModel& m, StringIndex& s) {
  json reasons = json::array();
  for (const Reason& r : m.reasons) {
    reasons.push_back(s(r.code));
    reasons.push_back(s(r.text));
    reasons.push_back(r.weight);
  }
  return json::array({m.score_valid, s(m.verdict_id), m.verdict_kind,
                      s(m.verdict_text), s(m.claim),
                      m.score_valid ? NumberOrNull(m.calibrated) : json(),
                      NumberOrNull(m.raw_score), m.meter_value,
                      m.bar_fraction, s(m.percent_text), s(m.raw_text),
                      s(m.aria_valuetext), s(m.meter_label),
                      s(m.raw_score_label), s(m.reasons_heading),
                      std::move(reasons), s(m.disclaimer), s(m.locale),
                      s(m.icon_id), s(m.background), s(m.bar_colour),
                      s(m.track_colour), s(m.text_colour),
                      s(m.body_text_colour), m.palette_cvd_distinct,
                      m.bar_contrast, m.text_contrast,
                      m.body_text_contrast});
}

json ErrorEntry(const Status& status) {
  return json{{"code", ErrorCodeName(status.code())},
              {"message", status.message()}};
}

// The contexts of one call (see BuildDisplaysJson for the cache).
struct Contexts {
  std::vector<Context> own;
  std::vector<const Context*> list;
};

Status ReadContexts(const json& contexts_json, Contexts* out) {
  if (!contexts_json.is_array() || contexts_json.empty()) {
    return Malformed("\"contexts\" must be a non-empty array");
  }
  if (contexts_json.size() > kMaxBatchContexts) {
    return Status(ErrorCode::kLimitExceeded,
                  "at most 100,000 items and 1,024 contexts per batch");
  }
  // Cached contexts are heap objects, so pointers to them stay valid while
  // the cache reorders; a call uses at most 4 of its 8, so none it holds is
  // evicted. Calls with more contexts read their own.
  bool cache = contexts_json.size() <= 4;
  out->own.reserve(cache ? 0 : contexts_json.size());
  for (const json& c : contexts_json) {
    if (cache) {
      out->list.push_back(&CachedContext(c));
    } else {
      out->own.push_back(ReadContext(c));
      out->list.push_back(&out->own.back());
    }
  }
  return Status::Ok();
}

// A packed index: an integer in [0, size).
bool IndexOf(double x, size_t size, size_t* out) {
  if (!(x >= 0 && x < static_cast<double>(size)) || x != std::floor(x)) {
    return false;
  }
  *out = static_cast<size_t>(x);
  return true;
}

void PackedError(const Status& status, StringIndex& s, double* w) {
  w[0] = 0;
  w[1] = s.Word(ErrorCodeName(status.code()));
  w[2] = s.Word(status.message());
}

void PackedEntry(const DisplayModel& m, StringIndex& s, double* w,
                 std::vector<double>* reasons) {
  double first = static_cast<double>(reasons->size() / 3);
  for (const Reason& r : m.reasons) {
    reasons->push_back(s.Word(r.code));
    reasons->push_back(s.Word(r.text));
    reasons->push_back(r.weight);
  }
  const double nan = NAN;
  auto finite = [nan](double x) { return std::isfinite(x) ? x : nan; };
  const double fields[] = {
      m.score_valid ? 1.0 : 0.0, s.Word(m.verdict_id),
      static_cast<double>(m.verdict_kind), s.Word(m.verdict_text),
      s.Word(m.claim), m.score_valid ? finite(m.calibrated) : nan,
      finite(m.raw_score), m.meter_value, m.bar_fraction,
      s.Word(m.percent_text), s.Word(m.raw_text), s.Word(m.aria_valuetext),
      s.Word(m.meter_label), s.Word(m.raw_score_label),
      s.Word(m.reasons_heading), first,
      static_cast<double>(m.reasons.size()), s.Word(m.disclaimer),
      s.Word(m.locale), s.Word(m.icon_id), s.Word(m.background),
      s.Word(m.bar_colour), s.Word(m.track_colour), s.Word(m.text_colour),
      s.Word(m.body_text_colour), m.palette_cvd_distinct ? 1.0 : 0.0,
      m.bar_contrast, m.text_contrast, m.body_text_contrast};
  static_assert(std::size(fields) + 1 == kPackedDisplayWords);
  w[0] = 1;
  std::copy(std::begin(fields), std::end(fields), w + 1);
}

}  // namespace

StatusOr<PackedDisplays> BuildDisplaysPacked(std::string_view header_json,
                                             std::span<const double> items,
                                             std::span<const double> factors) {
  if (header_json.size() > kMaxBatchJsonBytes) {
    return Status(ErrorCode::kLimitExceeded, "batch input over 64 MiB");
  }
  if (items.size() % kPackedItemWords != 0 || factors.size() % 2 != 0) {
    return Malformed("packed items or factors are not whole records");
  }
  const size_t n = items.size() / kPackedItemWords;
  if (n > kMaxBatchItems) {
    return Status(ErrorCode::kLimitExceeded,
                  "at most 100,000 items and 1,024 contexts per batch");
  }
  json header = json::parse(header_json, nullptr, /*allow_exceptions=*/false);
  if (header.is_discarded()) {
    return Status(ErrorCode::kParse, "batch header is not valid JSON");
  }
  if (!header.is_object()) return Malformed("batch header must be an object");
  const json no_strings = json::array();
  auto st = header.find("strings");
  const json& in_strings = st == header.end() ? no_strings : *st;
  if (!in_strings.is_array()) return Malformed("\"strings\" must be an array");
  for (const json& x : in_strings) {
    if (!x.is_string()) return Malformed("\"strings\" must hold strings");
  }
  auto ct = header.find("contexts");
  Contexts contexts;
  Status cs = ReadContexts(
      ct == header.end() ? json::array({json::object()}) : *ct, &contexts);
  if (!cs.ok()) return cs;

  auto text = [&](double x, std::string* out) {
    if (x == -1) return true;
    size_t i;
    if (!IndexOf(x, in_strings.size(), &i)) return false;
    *out = in_strings[i].get<std::string>();
    return true;
  };
  PackedDisplays out;
  out.words.assign(n * kPackedDisplayWords, NAN);
  StringIndex strings;
  for (size_t i = 0; i < n; ++i) {
    const double* it = items.data() + i * kPackedItemWords;
    double* w = out.words.data() + i * kPackedDisplayWords;
    size_t ci, first, count;
    if (!IndexOf(it[0], contexts.list.size(), &ci)) {
      return Malformed("item context out of range");
    }
    if (!IndexOf(it[8], factors.size() / 2 + 1, &first) ||
        !IndexOf(it[9], factors.size() / 2 - first + 1, &count)) {
      return Malformed("item factor range out of bounds");
    }
    DisplayInput d;
    d.calibrated = it[1];
    d.has_raw_score = it[3] != 0;
    d.raw_score = d.has_raw_score ? it[2] : NAN;
    if (!text(it[5], &d.verdict_label) || !text(it[6], &d.claim)) {
      return Malformed("item string index out of range");
    }
    if (!std::isnan(it[7])) {
      d.top_k = it[7] >= 0 && it[7] <= 1e6 ? static_cast<int>(it[7]) : -1;
    }
    if (count > kMaxFactors) {
      PackedError(Status(ErrorCode::kLimitExceeded, "at most 256 factors"),
                  strings, w);
      continue;
    }
    d.factors.reserve(count);
    for (size_t f = first; f < first + count; ++f) {
      Factor factor{"", factors[2 * f + 1]};
      if (!text(factors[2 * f], &factor.code)) {
        return Malformed("factor code index out of range");
      }
      d.factors.push_back(std::move(factor));
    }
    const Context& ctx = *contexts.list[ci];
    if (!ctx.display.ok()) {
      PackedError(ctx.display.status(), strings, w);
      continue;
    }
    Status s = Status::Ok();
    if (std::isnan(it[4])) {
      s = DecideKind(ctx.policy, &d);
    } else {
      d.verdict_kind = KindOf(it[4]);
    }
    StatusOr<DisplayModel> model =
        s.ok() ? BuildDisplayIn(*ctx.display, d) : StatusOr<DisplayModel>(s);
    if (model.ok()) {
      PackedEntry(*model, strings, w, &out.reasons);
    } else {
      PackedError(model.status(), strings, w);
    }
  }
  out.strings_json =
      strings.Take().dump(-1, ' ', false, json::error_handler_t::replace);
  return out;
}

StatusOr<std::string> BuildDisplaysJson(std::string_view input_json) {
  if (input_json.size() > kMaxBatchJsonBytes) {
    return Status(ErrorCode::kLimitExceeded, "batch input over 64 MiB");
  }
  json in = json::parse(input_json, nullptr, /*allow_exceptions=*/false);
  if (in.is_discarded()) {
    return Status(ErrorCode::kParse, "batch input is not valid JSON");
  }
  if (!in.is_object() || !in.contains("items") || !in["items"].is_array()) {
    return Malformed("batch input needs an \"items\" array");
  }
  const json& items = in["items"];
  if (items.size() > kMaxBatchItems) {
    return Status(ErrorCode::kLimitExceeded,
                  "at most 100,000 items and 1,024 contexts per batch");
  }
  Contexts read;
  Status cs = ReadContexts(in.contains("contexts")
                               ? in["contexts"]
                               : json::array({json::object()}),
                           &read);
  if (!cs.ok()) return cs;
  const std::vector<const Context*>& contexts = read.list;

  StringIndex strings;
  json displays = json::array();
  for (const json& item : items) {
    if (!item.is_object()) return Malformed("each item must be an object");
    auto c = item.find("context");
    size_t ci = c != item.end() && c->is_number_unsigned()
                    ? c->get<size_t>()
                    : (c == item.end() ? 0 : contexts.size());
    if (ci >= contexts.size()) return Malformed("item context out of range");
    const Context& ctx = *contexts[ci];
    if (!ctx.display.ok()) {
      displays.push_back(ErrorEntry(ctx.display.status()));
      continue;
    }
    StatusOr<DisplayInput> input = ReadItem(item, ctx.policy);
    StatusOr<DisplayModel> model =
        input.ok() ? BuildDisplayIn(*ctx.display, *input)
                   : StatusOr<DisplayModel>(input.status());
    displays.push_back(model.ok() ? Entry(*model, strings)
                                  : ErrorEntry(model.status()));
  }
  json out{{"v", 1}, {"strings", strings.Take()},
           {"displays", std::move(displays)}};
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace seamkit::confidence
