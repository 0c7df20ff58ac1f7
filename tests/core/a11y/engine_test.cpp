#include "core/a11y/engine.h"

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

// Unpacks PackResults the way web/a11y/index.js does.
nlohmann::ordered_json Unpack(const PackedResults& p) {
  nlohmann::ordered_json head = nlohmann::ordered_json::parse(p.head);
  const char* names[] = {"passed", "failed", "cantTell", "inapplicable"};
  size_t at = 0;
  for (auto& rule : head["rules"]) {
    size_t count = rule["nodes"].get<size_t>();
    nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
    for (size_t i = 0; i < count; ++i, at += kPackedNodeWords) {
      nlohmann::ordered_json n = {{"node", static_cast<uint32_t>(p.words.at(at))},
                                  {"outcome", names[p.words.at(at + 1)]},
                                  {"message", head["strings"].at(p.words.at(at + 2))}};
      if (p.words.at(at + 3) >= 0) n["data"] = head["data"].at(p.words.at(at + 3));
      nodes.push_back(std::move(n));
    }
    rule["nodes"] = std::move(nodes);
  }
  EXPECT_EQ(at, p.words.size());
  head.erase("strings");
  head.erase("data");
  return head;
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
  PackedResults packed = PackResults(r);
  size_t nodes = 0, with_data = 0;
  for (const RuleResult& rule : r.rules) {
    nodes += rule.nodes.size();
    for (const NodeResult& n : rule.nodes) {
      if (n.data.is_null()) continue;
      ++with_data;
      // Written field by field or from a json value: the text is always
      // what nlohmann writes for it (sorted keys, its number format).
      EXPECT_EQ(nlohmann::json::parse(n.data.text()).dump(), n.data.text()) << rule.info->id;
    }
  }
  EXPECT_GT(with_data, 0u);
  EXPECT_EQ(packed.words.size(), nodes * kPackedNodeWords);
  nlohmann::ordered_json head = nlohmann::ordered_json::parse(packed.head);
  EXPECT_LT(head["strings"].size(), nodes / 4);  // equal messages share one entry
  EXPECT_EQ(head["data"].size(), with_data);
  EXPECT_EQ(Unpack(packed), nlohmann::ordered_json::parse(ResultsToJson(r)));
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
