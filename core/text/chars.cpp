#include "core/text/chars.h"

#include <array>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include <unicode/uchar.h>

#include "core/text/lexicon.h"

namespace claimdesk::text {
namespace {

using namespace detail;
constexpr std::uint8_t Space = kSpace, LineBreak = kLineBreak, Letter = kLetter, Digit = kDigit, Upper = kUpper,
                       Lower = kLower;

std::uint8_t propertiesFromIcu(char32_t c) {
    const auto u = static_cast<UChar32>(c);
    if (c == U'\n' || c == U'\r' || c == 0x85 || c == 0x2028 || c == 0x2029)
        return LineBreak;
    if (u_isUWhiteSpace(u) || c == 0x200B || c == 0xFEFF)
        return Space;
    const std::int8_t category = u_charType(u);
    std::uint8_t p = 0;
    switch (category) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
        p = Letter | Upper;
        break;
    case U_LOWERCASE_LETTER:
        p = Letter | Lower;
        break;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
        p = Letter;
        break;
    case U_DECIMAL_DIGIT_NUMBER:
        p = Digit;
        break;
    default:
        break;
    }
    return p;
}

// The properties of the code points most text is made of (Latin, Greek,
// Cyrillic, the other alphabets of the BMP's first blocks, and general
// punctuation), looked up once from ICU; past the table ICU answers.
constexpr char32_t kTableSize = 0x3000;

struct Table {
    std::array<std::uint8_t, kTableSize> properties{};
    Table() {
        for (char32_t c = 0; c < kTableSize; ++c)
            properties[c] = propertiesFromIcu(c);
    }
};

const Table& table() {
    static const Table instance;
    return instance;
}


QuoteRole roleFromName(const std::string& name, const std::string& key) {
    if (name == "open") return QuoteRole::Open;
    if (name == "close") return QuoteRole::Close;
    if (name == "either") return QuoteRole::Either;
    if (name == "single-open") return QuoteRole::SingleOpen;
    if (name == "single-close") return QuoteRole::SingleClose;
    if (name == "single-either") return QuoteRole::SingleEither;
    throw std::runtime_error("lexicon text-quote-marks: unknown role '" + name + "' for " + key);
}

// The marks text-quote-marks.txt lists, ASCII ones in an array.
struct ListedMarks {
    std::array<QuoteRole, 0x80> ascii{};
    std::unordered_map<char32_t, QuoteRole> others;
};

const ListedMarks& listedQuoteMarks() {
    static const ListedMarks marks = [] {
        ListedMarks out;
        for (const auto& e : lexicon("text-quote-marks")) {
            if (e.fields.empty())
                throw std::runtime_error("lexicon text-quote-marks: " + e.key + " has no role");
            const auto c = static_cast<char32_t>(std::stoul(e.key, nullptr, 16));
            const QuoteRole role = roleFromName(e.fields[0], e.key);
            if (c < 0x80)
                out.ascii[c] = role;
            else
                out.others[c] = role;
        }
        return out;
    }();
    return marks;
}

}  // namespace

std::uint8_t detail::nonAsciiProperties(char32_t c) {
    if (c < kTableSize)
        return table().properties[c];
    return propertiesFromIcu(c);
}

bool isAsciiWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool isCaseless(char32_t c) { return (propertiesOf(c) & (Letter | Upper | Lower)) == Letter && c >= 0x80; }

int digitValue(char32_t c) {
    if (c >= U'0' && c <= U'9')
        return static_cast<int>(c - U'0');
    if (!isDigit(c))
        return -1;
    return u_charDigitValue(static_cast<UChar32>(c));
}

char32_t toLower(char32_t c) {
    if (c < 0x80)
        return c >= U'A' && c <= U'Z' ? c + 32 : c;
    return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

bool isApostrophe(char32_t c) { return c == U'\'' || c == 0x2019 || c == 0x02BC; }
bool isHyphen(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2011; }
bool isDash(char32_t c) { return c == U'-' || (c >= 0x80 && u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DASH)); }

QuoteRole quoteRole(char32_t c) {
    // Letters, digits and spaces are never quotation marks: most calls end here.
    if (propertiesOf(c) != 0)
        return QuoteRole::None;
    const ListedMarks& listed = listedQuoteMarks();
    if (c < 0x80)
        return listed.ascii[c];
    if (const auto it = listed.others.find(c); it != listed.others.end())
        return it->second;
    if (!u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_QUOTATION_MARK))
        return QuoteRole::None;
    switch (u_charType(static_cast<UChar32>(c))) {
    case U_START_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
        return QuoteRole::Open;
    case U_END_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
        return QuoteRole::Close;
    default:
        return QuoteRole::Either;
    }
}

}  // namespace claimdesk::text
