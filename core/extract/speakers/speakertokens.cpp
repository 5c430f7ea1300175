#include "core/extract/speakers/speakertokens.h"

#include <algorithm>

#include <unicode/uchar.h>

#include "core/extract/speakers/speakerlexicon.h"
#include "core/text/utf8.h"

namespace claimdesk::extract::speakers {
namespace {

bool isApostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u02BC'; }
bool isHyphen(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2011'; }
bool isLetterOrDigit(char32_t c) {
    return u_isalnum(static_cast<UChar32>(c)) || u_getCombiningClass(static_cast<UChar32>(c)) != 0 ||
           u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}
bool isSentenceEnd(char32_t c) { return c == U'.' || c == U'?' || c == U'!'; }
bool isOpeningQuote(char32_t c) { return c == U'\u201C' || c == U'\u00AB' || c == U'\u201E'; }
bool isClosingQuote(char32_t c) { return c == U'\u201D' || c == U'\u00BB'; }

}  // namespace

TokenizedText::TokenizedText(std::u32string_view text, Span range, const SpeakerLexicon& lexicon) {
    const std::int64_t end = std::min<std::int64_t>(range.end, static_cast<std::int64_t>(text.size()));
    std::int64_t i = std::max<std::int64_t>(0, range.start);
    bool pendingBreak = true;
    int sentence = -1;
    int paragraph = 0;
    bool inQuote = false;
    m_tokens.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, end - i) / 5 + 16));  // reset at each paragraph: a quotation left open ends there

    auto push = [&](std::int64_t from, std::int64_t to, std::uint8_t flags) {
        Token t;
        t.start = from;
        t.end = to;
        std::u32string lower;
        for (std::int64_t k = from; k < to; ++k) {
            char32_t c = text[k];
            if (c == U'\u2019' || c == U'\u02BC')
                c = U'\'';
            text::appendUtf8(t.text, text[k]);
            lower += static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
        }
        t.lower = text::toUtf8(lower);
        if (flags & Token::Word) {
            if (pendingBreak) {
                ++sentence;
                flags |= Token::SentenceStart;
                pendingBreak = false;
            }
            const char32_t first = text[from];
            if (u_isupper(static_cast<UChar32>(first)) || u_istitle(static_cast<UChar32>(first)))
                flags |= Token::Capitalised;
            if (u_isdigit(static_cast<UChar32>(first)))
                flags |= Token::Digit;
            int letters = 0;
            bool allUpper = true;
            for (std::int64_t k = from; k < to; ++k)
                if (u_isalpha(static_cast<UChar32>(text[k]))) {
                    ++letters;
                    if (!u_isupper(static_cast<UChar32>(text[k])))
                        allUpper = false;
                }
            if (letters >= 2 && allUpper)
                flags |= Token::AllCaps;
        }
        if (inQuote)
            flags |= Token::InQuote;
        t.flags = flags;
        t.sentence = std::max(sentence, 0);
        t.paragraph = paragraph;
        m_tokens.push_back(std::move(t));
    };

    while (i < end) {
        const char32_t c = text[i];
        if (c == U'\n') {
            if (!pendingBreak || sentence < 0)
                ++paragraph;
            pendingBreak = true;
            inQuote = false;
            ++i;
            continue;
        }
        if (u_isUWhiteSpace(static_cast<UChar32>(c))) {
            ++i;
            continue;
        }
        if (!isLetterOrDigit(c)) {
            // A possessive apostrophe after a plural ("officials' spokesman").
            if (isApostrophe(c) && !m_tokens.empty() && m_tokens.back().end == i && m_tokens.back().word() &&
                (i + 1 >= end || !isLetterOrDigit(text[i + 1]))) {
                push(i, i + 1, Token::Possessive);
                ++i;
                continue;
            }
            // Straight double quotes (and the two apostrophes some papers
            // write) toggle; typographic ones say which way they go.
            if (c == U'"' || isOpeningQuote(c) || isClosingQuote(c) ||
                (c == U'\'' && i + 1 < end && text[i + 1] == U'\'')) {
                const bool opening = isOpeningQuote(c) || (!isClosingQuote(c) && !inQuote);
                if (!opening)
                    push(i, i + 1, 0);  // the closing mark is still inside
                inQuote = opening;
                if (opening)
                    push(i, i + 1, 0);
                if (c == U'\'')
                    ++i;
                ++i;
                continue;
            }
            push(i, i + 1, 0);
            if (isSentenceEnd(c) && (i + 1 >= end || !isLetterOrDigit(text[i + 1])))
                pendingBreak = true;
            ++i;
            continue;
        }
        std::int64_t j = i;
        bool hasDot = false;
        while (j < end) {
            const char32_t d = text[j];
            if (isLetterOrDigit(d)) {
                ++j;
                continue;
            }
            if (j + 1 < end && isLetterOrDigit(text[j + 1])) {
                if (isApostrophe(d)) {
                    // "Ukraine's": the possessive is a token of its own.
                    const char32_t s = text[j + 1];
                    if ((s == U's' || s == U'S') && (j + 2 >= end || !isLetterOrDigit(text[j + 2])))
                        break;
                    ++j;
                    continue;
                }
                if (isHyphen(d) || d == U'.' || d == U'&') {
                    if (d == U'.')
                        hasDot = true;
                    ++j;
                    continue;
                }
            }
            break;
        }
        // A full stop belongs to an abbreviation or an initial.
        if (j < end && text[j] == U'.') {
            std::string lower;
            for (std::int64_t k = i; k < j; ++k)
                text::appendUtf8(lower, static_cast<char32_t>(u_tolower(static_cast<UChar32>(text[k]))));
            const bool initial = (j - i == 1) && u_isupper(static_cast<UChar32>(text[i]));
            if (initial || hasDot || lexicon.abbreviations.count(lower)) {
                push(i, j + 1, Token::Word | (initial ? Token::Initial : 0));
                // A sentence can end with an abbreviation; only a following
                // paragraph break tells, so the full stop is not a boundary.
                i = j + 1;
                continue;
            }
        }
        push(i, j, Token::Word);
        i = j;
        if (i < end && isApostrophe(text[i]) && i + 1 < end && (text[i + 1] == U's' || text[i + 1] == U'S')) {
            push(i, i + 2, Token::Possessive);
            i += 2;
        }
    }
}

std::size_t TokenizedText::firstAtOrAfter(std::int64_t offset) const {
    auto it = std::lower_bound(m_tokens.begin(), m_tokens.end(), offset,
                               [](const Token& t, std::int64_t o) { return t.start < o; });
    return static_cast<std::size_t>(it - m_tokens.begin());
}

std::size_t TokenizedText::endAtOrBefore(std::int64_t offset) const {
    auto it = std::upper_bound(m_tokens.begin(), m_tokens.end(), offset,
                               [](std::int64_t o, const Token& t) { return o < t.end; });
    return static_cast<std::size_t>(it - m_tokens.begin());
}

}  // namespace claimdesk::extract::speakers
