#include "core/a11y/rules/language_tags.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/a11y/aria_data.h"

namespace seamkit::a11y::rules {
namespace {

// Two-letter language subtags of the IANA Language Subtag Registry: the
// ISO 639-1 codes, including the deprecated ones the registry keeps (in, iw,
// ji, jw, mo, sh). Source: IANA Language Subtag Registry
// (https://www.iana.org/assignments/language-subtag-registry), Type:
// language, two-letter Subtag fields; equal to the ISO 639-1 code list.
constexpr std::string_view kTwoLetter =
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce "
    "ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr "
    "fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik in io "
    "is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la "
    "lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng "
    "nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc "
    "sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl "
    "tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

// ISO 639-2 (bibliographic and terminology) codes of languages that have an
// ISO 639-1 code. The registry lists such languages only by their 2-letter
// code (RFC 5646 §2.2.1), so these 3-letter forms are not valid subtags.
// Source: ISO 639-2 code list (Library of Congress registration authority).
constexpr std::string_view kThreeLetterWithTwoLetterForm =
    "afr alb amh bod ara arm aze baq bel ben bos bre bul bur cat ces chi cym cze "
    "dan deu dut ell eng epo est eus fao fas fin fra fre fry geo ger gle glg "
    "gre guj hat hau heb hin hrv hun hye ibo ice ind isl ita jav jpn kan kat "
    "kaz khm kir kor kur lao lat lav lit ltz mac mal mao mar may mkd mlg mlt "
    "mon mri msa mya nep nld nno nob nor oci ori pan per pol por pus que roh "
    "ron rum rus san sin slk slo slv smo sna snd som spa sqi srp swa swe tam "
    "tat tel tgk tgl tha tib tir ton tur ukr urd uzb vie wel wln wol xho yid "
    "yor zho zul";

// Common registered 3-letter language subtags (no 2-letter form), same
// registry source as above.
constexpr std::string_view kThreeLetterRegistered =
    "ace ast bho brx ceb chr ckb cmn crh doi dsb fil gsw hak haw hmn hsb ilo "
    "kab kok mai mfe mni nan nds nso pam pap sat sco scn syr tet tpi tzm war "
    "wuu yue zza";

bool InList(std::string_view list, std::string_view code) {
  return AriaTokens(list).Contains(code);
}

}  // namespace

LangTagVerdict ValidateLanguageTag(std::string_view tag) {
  std::string_view t = TrimAsciiWhitespace(tag);
  std::string_view primary = t.substr(0, t.find('-'));
  std::string code(primary);
  for (char& c : code) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return LangTagVerdict::kInvalid;
  }
  if (code.size() == 2) {
    return InList(kTwoLetter, code) ? LangTagVerdict::kValid
                                    : LangTagVerdict::kInvalid;
  }
  if (code.size() == 3) {
    if (InList(kThreeLetterWithTwoLetterForm, code)) {
      return LangTagVerdict::kInvalid;
    }
    // The registry's private-use range "qaa..qtz" has Type: language.
    if (code >= "qaa" && code <= "qtz") return LangTagVerdict::kValid;
    return InList(kThreeLetterRegistered, code) ? LangTagVerdict::kValid
                                                : LangTagVerdict::kUnknown;
  }
  // Empty, 1 letter (i-/x- prefixes), 4 letters (reserved) and 5-8 letters
  // (no registered language has one) are not valid primary subtags.
  return LangTagVerdict::kInvalid;
}

}  // namespace seamkit::a11y::rules
