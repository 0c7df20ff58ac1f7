#include "core/a11y/engine.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/a11y/results_json.h"
#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;

TEST(RuleRegistry, IdsAreUniqueKebabCaseWithActIdsAndTags) {
  std::set<std::string_view> ids;
  for (const Rule* r : AllRules()) {
    EXPECT_TRUE(ids.insert(r->info.id).second) << r->info.id;
    for (char c : r->info.id) {
      EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '-') << r->info.id;
    }
    EXPECT_FALSE(r->info.act_ids.empty()) << r->info.id;
    EXPECT_FALSE(r->info.tags.empty()) << r->info.id;
    EXPECT_FALSE(r->info.description.empty());
    EXPECT_NE(r->check, nullptr);
    EXPECT_EQ(FindRule(r->info.id), r);
  }
  EXPECT_GE(ids.size(), 22u);
}

TEST(RunAudit, UnknownRuleIdIsInvalidArgument) {
  Dom d;
  Snapshot s = d.Build();
  StatusOr<AuditResults> r = RunAudit(s, {.rules = {"no-such-rule"}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
}

TEST(RunAudit, SelectsByTagAndById) {
  Dom d;
  Snapshot s = d.Build();
  StatusOr<AuditResults> by_tag = RunAudit(s, {.tags = {"wcag311"}});
  ASSERT_TRUE(by_tag.ok());
  std::set<std::string_view> ids;
  for (const RuleResult& r : by_tag->rules) ids.insert(r.info->id);
  EXPECT_EQ(ids, (std::set<std::string_view>{"html-has-lang", "html-lang-valid",
                                             "html-xml-lang-mismatch"}));
  StatusOr<AuditResults> all = RunAudit(s);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->rules.size(), AllRules().size());
}

TEST(AggregateOutcome, FailedBeatsCantTellBeatsPassed) {
  std::vector<NodeResult> n;
  EXPECT_EQ(AggregateOutcome(n), Outcome::kInapplicable);
  n.push_back({1, Outcome::kPassed, "", nullptr});
  EXPECT_EQ(AggregateOutcome(n), Outcome::kPassed);
  n.push_back({2, Outcome::kCantTell, "", nullptr});
  EXPECT_EQ(AggregateOutcome(n), Outcome::kCantTell);
  n.push_back({3, Outcome::kFailed, "", nullptr});
  EXPECT_EQ(AggregateOutcome(n), Outcome::kFailed);
}

TEST(ResultsToJson, HasTheDocumentedShapeAndKeyOrder) {
  Dom d;
  NodeId img = d.El(d.body, "img");
  Snapshot s = d.Build();
  StatusOr<AuditResults> r = RunAudit(s, {.rules = {"image-alt", "meta-viewport"}});
  ASSERT_TRUE(r.ok());
  std::string text = ResultsToJson(*r);
  EXPECT_EQ(text.rfind("{\"engine\":\"seamkit\",\"formatVersion\":1,\"rules\":[{\"id\":", 0), 0u);
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  ASSERT_FALSE(j.is_discarded());
  ASSERT_EQ(j["rules"].size(), 2u);
  const nlohmann::json& rule = j["rules"][0];
  EXPECT_EQ(rule["id"], "image-alt");
  EXPECT_EQ(rule["outcome"], "failed");
  EXPECT_EQ(rule["impact"], "critical");
  EXPECT_EQ(rule["actIds"], nlohmann::json::array({"23a2a8"}));
  EXPECT_EQ(rule["wcag"], nlohmann::json::array({"1.1.1"}));
  EXPECT_TRUE(rule["tags"].is_array());
  EXPECT_TRUE(rule["helpUrl"].is_string());
  ASSERT_EQ(rule["nodes"].size(), 1u);
  EXPECT_EQ(rule["nodes"][0]["node"], img);
  EXPECT_EQ(rule["nodes"][0]["outcome"], "failed");
  EXPECT_FALSE(rule["nodes"][0]["message"].get<std::string>().empty());
  EXPECT_EQ(j["rules"][1]["outcome"], "inapplicable");
  EXPECT_TRUE(j["rules"][1]["nodes"].empty());
}

TEST(ResultsToJson, InvalidUtf8IsReplacedNotThrown) {
  RuleResult rr;
  rr.info = &AllRules()[0]->info;
  rr.nodes.push_back({0, Outcome::kFailed, std::string("bad \xff byte"), nullptr});
  AuditResults r;
  r.rules.push_back(rr);
  std::string text = ResultsToJson(r);
  EXPECT_NE(text.find("bad"), std::string::npos);
}

// The streamed text equals the tree's dump, byte for byte: on every rule of
// a mixed page (with node data, escapes, non-ASCII and invalid UTF-8).
TEST(ResultsToJson, StreamedTextEqualsTheTreeDump) {
  Dom d;
  for (int i = 0; i < 40; ++i) {
    NodeId sec = d.El(d.body, "div");
    NodeId a = d.El(sec, "a", {{"href", "/"}});
    d.Focusable(a);
    d.Text(a, i % 3 ? "link" : "caf\u00e9 \"quoted\" \\ back\tslash");
    d.El(sec, "img", {{"alt", i % 2 ? "" : "pic"}});
    d.El(sec, "button", {{"aria-label", i % 4 ? "" : "Ok"}});
    NodeId p = d.El(sec, "p");
    d.Text(p, "text");
  }
  Snapshot s = d.Build();
  StatusOr<AuditResults> run = RunAudit(s);
  ASSERT_TRUE(run.ok());
  AuditResults r = *run;
  r.rules[0].nodes.push_back({0, Outcome::kFailed, std::string("bad \xff byte \x01 \x7f"), nullptr});
  size_t with_data = 0;
  for (const RuleResult& rule : r.rules) {
    for (const NodeResult& n : rule.nodes) with_data += !n.data.is_null();
  }
  EXPECT_GT(with_data, 0u);
  EXPECT_EQ(ResultsToJson(r),
            ResultsToJsonValue(r).dump(-1, ' ', false,
                                        nlohmann::json::error_handler_t::replace));
}

nlohmann::ordered_json Unpack(const PackedResults& p) {
  StatusOr<nlohmann::ordered_json> r = UnpackResults(p);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? *r : nlohmann::ordered_json();
}

// The packed form unpacks to exactly the JSON text's value, messages shared.
TEST(PackResults, UnpacksToTheJsonResults) {
  Dom d;
  for (int i = 0; i < 40; ++i) {
    NodeId sec = d.El(d.body, "div");
    NodeId a = d.El(sec, "a", {{"href", "/"}});
    d.Focusable(a);
    d.Text(a, i % 3 ? "link" : "caf\u00e9 \"quoted\" \\ back\tslash");
    d.El(sec, "img", {{"alt", i % 2 ? "" : "pic"}});
    d.El(sec, "button", {{"aria-label", i % 4 ? "" : "Ok"}});
    NodeId p = d.El(sec, "p");
    d.Style(p).color = d.Intern("rgb(170, 170, 170)");
    d.Style(p).background_color = d.Intern("rgb(255, 255, 255)");
    d.Text(p, "text");
  }
  Snapshot s = d.Build();
  StatusOr<AuditResults> run = RunAudit(s);
  ASSERT_TRUE(run.ok());
  AuditResults r = *run;
  r.rules[0].nodes.push_back({0, Outcome::kFailed, std::string("bad \xff byte"), nullptr});
  // Data from a json value, and fields of every kind, odd numbers included.
  r.rules[0].nodes.push_back(
      {0, Outcome::kCantTell, "json", NodeData(nlohmann::json{{"ids", {1, 2}}, {"x", "y"}})});
  r.rules[0].nodes.push_back(
      {0, Outcome::kCantTell, "fields",
       NodeDataWriter()
           .Bool("a", true)
           .Bool("b", false)
           .Num("inf", std::numeric_limits<double>::infinity())
           .Int("int", -(int64_t{1} << 40))
           .Num("nan", std::nan(""))
           .Num("neg", -0.0)
           .Str("s", "caf\xc3\xa9 \"q\" \xff")
           .Num("tiny", 5e-324)
           .Finish()});
  PackedResults packed = PackResults(r);
  size_t nodes = 0, with_data = 0, with_fields = 0;
  for (const RuleResult& rule : r.rules) {
    nodes += rule.nodes.size();
    for (const NodeResult& n : rule.nodes) {
      if (n.data.is_null()) continue;
      ++with_data;
      with_fields += n.data.has_fields();
      // Written field by field or from a json value: the text is always
      // what nlohmann writes for it (sorted keys, its number format).
      EXPECT_EQ(nlohmann::json::parse(n.data.text()).dump(), n.data.text()) << rule.info->id;
    }
  }
  EXPECT_GT(with_fields, 0u);  // both forms of data are packed
  EXPECT_GT(with_data, with_fields);
  EXPECT_EQ(packed.words.size(), nodes * kPackedNodeWords);
  nlohmann::ordered_json head = nlohmann::ordered_json::parse(packed.head);
  EXPECT_LT(head["strings"].size(), nodes / 4);  // equal messages share one entry
  EXPECT_EQ(head["data"].size(), with_data - with_fields);
  EXPECT_FALSE(packed.fields.empty());
  EXPECT_EQ(Unpack(packed), nlohmann::ordered_json::parse(ResultsToJson(r)));
}

// The reference unpacker names an inconsistent pack instead of reading
// out of range (the JS unpacker makes the same checks).
TEST(UnpackResults, RejectsInconsistentPacks) {
  Dom d;
  NodeId p = d.El(d.body, "p");
  d.Style(p).color = d.Intern("rgb(170, 170, 170)");
  d.Text(p, "text");
  StatusOr<AuditResults> run = RunAudit(d.Build(), {.rules = {"color-contrast"}});
  ASSERT_TRUE(run.ok());
  PackedResults good = PackResults(*run);
  ASSERT_TRUE(UnpackResults(good).ok());
  ASSERT_EQ(good.words.size(), kPackedNodeWords);
  ASSERT_EQ(good.words[3], -2);  // the contrast data are fields
  auto broken = [&](auto edit) {
    PackedResults b = good;
    edit(b);
    return !UnpackResults(b).ok();
  };
  EXPECT_TRUE(broken([](PackedResults& b) { b.words.pop_back(); }));
  EXPECT_TRUE(broken([](PackedResults& b) { b.words.push_back(0); }));
  EXPECT_TRUE(broken([](PackedResults& b) { b.words[1] = 4; }));
  EXPECT_TRUE(broken([](PackedResults& b) { b.words[2] = 1000; }));
  EXPECT_TRUE(broken([](PackedResults& b) { b.words[3] = 0; }));      // no json data
  EXPECT_TRUE(broken([](PackedResults& b) { b.words[3] = -1000; }));  // past the fields
  EXPECT_TRUE(broken([](PackedResults& b) { b.fields[0] = 1e9; }));   // count too large
  EXPECT_TRUE(broken([](PackedResults& b) { b.fields[1] = 0.5; }));   // key not an index
  EXPECT_TRUE(broken([](PackedResults& b) { b.fields[1] = 4000; }));  // key out of range
  EXPECT_TRUE(broken([](PackedResults& b) { b.fields[1] = 3; }));     // unknown kind
  EXPECT_TRUE(broken([](PackedResults& b) {
    b.fields[1] = std::floor(b.fields[1] / 4) * 4 + kPackedString;  // a string...
    b.fields[2] = 1e6;                                              // ...out of range
  }));
  EXPECT_TRUE(broken([](PackedResults& b) { b.head.pop_back(); }));
}

TEST(RunAudit, FiftyThousandElementPageRunsEveryRule) {
  Dom d;
  for (int i = 0; i < 5000; ++i) {
    NodeId sec = d.El(d.body, "div");
    NodeId a = d.El(sec, "a", {{"href", "/"}});
    d.Focusable(a);
    d.Text(a, "link");
    d.El(sec, "img", {{"alt", i % 2 ? "" : "pic"}});
    NodeId l = d.El(sec, "label");
    d.Text(l, "Field");
    d.El(l, "input");
    NodeId h = d.El(sec, "h2", {{"aria-hidden", i % 7 ? "false" : "true"}});
    d.Text(h, "Heading");
    NodeId b = d.El(sec, "button", {{"aria-pressed", "false"}});
    d.Text(b, "Go");
    d.El(sec, "span", {{"lang", "fr"}});
  }
  Snapshot s = d.Build();
  StatusOr<AuditResults> r = RunAudit(s);
  ASSERT_TRUE(r.ok());
  for (const RuleResult& rr : r->rules) {
    if (rr.info->id == "link-name") {
      EXPECT_EQ(rr.outcome, Outcome::kPassed);
      EXPECT_EQ(rr.nodes.size(), 5000u);
    }
  }
}

}  // namespace
}  // namespace seamkit::a11y
