#include "core/text/dateline.h"

namespace claimdesk::text {
namespace {

constexpr std::size_t kMaxPlaceWords = 4;
constexpr std::size_t kMaxDateTokens = 8;   // ", Calif., May 4" / ", Jan. 3, 2025"
constexpr std::size_t kMaxAgencyTokens = 8; // "(Tidewater Press)"
constexpr std::uint32_t kParagraphsSearched = 3;

bool punctIs(const std::vector<Token>& t, std::size_t i, char32_t c) {
    return i < t.size() && t[i].kind == TokenKind::Punct && t[i].first == c;
}

// "-", "--", "—", "–" with a space before: a dateline's dash, not a hyphen.
bool datelineDash(const std::vector<Token>& t, std::size_t i) {
    if (i >= t.size() || t[i].kind != TokenKind::Punct)
        return false;
    const char32_t c = t[i].first;
    return c == 0x2014 || c == 0x2013 || (c == U'-' && t[i].spaceBefore);
}

// Past a dash of one or two marks ("-", "--"); `i` is on its first mark.
std::size_t pastDash(const std::vector<Token>& t, std::size_t i) {
    ++i;
    while (i < t.size() && t[i].kind == TokenKind::Punct && t[i].first == U'-' && !t[i].spaceBefore)
        ++i;
    return i;
}

// The place: one to four words in capitals ("PORT SALVO", "WINSTON-SALEM",
// "ST. LOUIS"). Returns one past it, or `i` when there is none.
std::size_t placeEnd(const std::vector<Token>& t, std::size_t i) {
    std::size_t k = i;
    std::size_t words = 0;
    while (k < t.size() && words < kMaxPlaceWords) {
        if (t[k].kind == TokenKind::Word && t[k].allCaps) {
            ++words;
            ++k;
        } else if (words > 0 && punctIs(t, k, U'.') && !t[k].spaceBefore && k + 1 < t.size() &&
                   t[k + 1].kind == TokenKind::Word && t[k + 1].allCaps) {
            ++k;  // "ST. LOUIS"
        } else {
            break;
        }
    }
    return words > 0 ? k : i;
}

// The words after the dateline start a sentence: a capital, a digit or a mark.
bool sentenceFollows(const std::vector<Token>& t, std::size_t i) {
    return i < t.size() && (t[i].kind == TokenKind::Quote || (t[i].kind == TokenKind::Word && (t[i].capitalised || t[i].numeric)));
}

enum class Label { None, Capitalised, Capitals };

// A capitalised label and a colon opening the paragraph at `i`: "Caption:",
// or in capitals as transcripts write speakers, "WALLACE:".
Label labelAt(const std::vector<Token>& t, std::size_t i) {
    std::size_t k = i;
    bool capitals = true;
    while (k < t.size() && k - i < kMaxPlaceWords && t[k].kind == TokenKind::Word && t[k].capitalised) {
        capitals = capitals && t[k].allCaps;
        ++k;
    }
    if (k == i || !punctIs(t, k, U':'))
        return Label::None;
    return capitals ? Label::Capitals : Label::Capitalised;
}

// Whether paragraphs other than the one at `except` open with speaker
// labels: one in capitals, or three capitalised ones ("Caption:" or
// "Photo:" alone is furniture, not a transcript).
bool transcript(const std::vector<Token>& t, std::size_t except) {
    int capitalised = 0;
    for (std::size_t k = 1; k < t.size(); ++k) {
        if (t[k - 1].kind != TokenKind::Paragraph || k == except)
            continue;
        const Label label = labelAt(t, k);
        if (label == Label::Capitals || (label == Label::Capitalised && ++capitalised >= 3))
            return true;
    }
    return false;
}

// The dateline opening the paragraph at `i`: one past it, or `i`.
std::size_t datelineAt(const std::vector<Token>& t, std::size_t i, bool& colonOnly) {
    const std::size_t place = placeEnd(t, i);
    if (place == i)
        return i;
    colonOnly = false;
    if (punctIs(t, place, U':')) {
        colonOnly = true;
        return sentenceFollows(t, place + 1) ? place + 1 : i;
    }
    std::size_t k = place;
    // ", May 4": the date (or a state) after a comma, up to the agency or the dash.
    if (punctIs(t, k, U',')) {
        std::size_t d = k + 1;
        while (d < t.size() && d - k <= kMaxDateTokens && t[d].kind != TokenKind::Paragraph && !punctIs(t, d, U'(') &&
               !datelineDash(t, d))
            ++d;
        if (d - k > kMaxDateTokens || d >= t.size() || t[d].kind == TokenKind::Paragraph)
            return i;
        k = d;
    }
    // "(Reuters)": the agency.
    if (punctIs(t, k, U'(')) {
        std::size_t c = k + 1;
        while (c < t.size() && c - k <= kMaxAgencyTokens && !punctIs(t, c, U')') && t[c].kind == TokenKind::Word)
            ++c;
        if (!punctIs(t, c, U')'))
            return i;
        k = c + 1;
    }
    if (!datelineDash(t, k))
        return i;
    k = pastDash(t, k);
    return sentenceFollows(t, k) ? k : i;
}

}  // namespace

DatelineRange findDateline(const std::vector<Token>& tokens, const std::vector<std::uint32_t>& paragraphOf) {
    for (std::size_t i = 0; i < tokens.size() && paragraphOf[i] < kParagraphsSearched; ++i) {
        const bool paragraphStart = i == 0 || tokens[i - 1].kind == TokenKind::Paragraph;
        if (!paragraphStart)
            continue;
        bool colonOnly = false;
        const std::size_t end = datelineAt(tokens, i, colonOnly);
        if (end == i)
            continue;
        // "WALLACE:" in a transcript names a speaker.
        if (colonOnly && transcript(tokens, i))
            return {};
        return {i, end};
    }
    return {};
}

}  // namespace claimdesk::text
