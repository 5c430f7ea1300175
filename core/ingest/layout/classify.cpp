#include "core/ingest/layout/classify.h"

#include <algorithm>
#include <array>
#include <optional>

#include "core/ingest/layout/byline.h"
#include "core/ingest/layout/dates.h"
#include "core/ingest/layout/lexicons.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"
#include "core/text/words.h"

namespace claimdesk::ingest::layout {
namespace {

bool letterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80);
}

// The line without what decorates its end: colons, periods, arrows, bars.
std::string_view undecorated(std::string_view norm) {
    while (!norm.empty()) {
        const char c = norm.back();
        if (c == ':' || c == '.' || c == '!' || c == '>' || c == '|' || c == ' ' || c == '-' || c == '*') {
            norm.remove_suffix(1);
            continue;
        }
        // "»", "›", "→" (UTF-8 tails)
        if (norm.size() >= 2 && (norm.substr(norm.size() - 2) == "\xC2\xBB")) {
            norm.remove_suffix(2);
            continue;
        }
        if (norm.size() >= 3 && (norm.substr(norm.size() - 3) == "\xE2\x80\xBA" || norm.substr(norm.size() - 3) == "\xE2\x86\x92")) {
            norm.remove_suffix(3);
            continue;
        }
        break;
    }
    while (!norm.empty() && (norm.front() == ' ' || norm.front() == '*' || norm.front() == '-' || norm.front() == '>'))
        norm.remove_prefix(1);
    return norm;
}

bool phraseAt(std::string_view norm, std::size_t at, std::string_view phrase) {
    if (norm.compare(at, phrase.size(), phrase) != 0)
        return false;
    const bool leftOk = at == 0 || !letterOrDigit(norm[at - 1]) || !letterOrDigit(phrase.front());
    const std::size_t after = at + phrase.size();
    const bool rightOk = after >= norm.size() || !letterOrDigit(norm[after]) || !letterOrDigit(phrase.back());
    return leftOk && rightOk;
}

std::optional<FurnitureRole> furnitureRole(const std::string& norm, int words) {
    const LayoutLexicons& lex = layoutLexicons();
    const std::string_view bare = undecorated(norm);
    if (auto it = lex.wholeLines.find(bare); it != lex.wholeLines.end())
        return it->second;
    // A long paragraph that merely opens like an end marker ("More from
    // the interview: ...") is no marker.
    for (const auto& p : lex.prefixes)
        if (phraseAt(bare, 0, p.phrase) && (p.role == FurnitureRole::Furniture || words <= 15))
            return p.role;
    if (words <= 30)
        for (const auto& p : lex.contained)
            for (std::size_t at = bare.find(p.phrase); at != std::string_view::npos; at = bare.find(p.phrase, at + 1))
                if (phraseAt(bare, at, p.phrase))
                    return p.role;
    return std::nullopt;
}

// "2 min read", "5 minute read", "Reading time: 4 minutes".
bool readingTime(std::string_view norm) {
    std::size_t i = 0;
    while (i < norm.size() && norm[i] >= '0' && norm[i] <= '9')
        ++i;
    if (i == 0)
        return false;
    std::string_view rest = norm.substr(i);
    while (!rest.empty() && rest.front() == ' ')
        rest.remove_prefix(1);
    for (std::string_view unit : {"min read", "mins read", "minute read", "minutes read", "min", "minutes"})
        if (rest == unit)
            return true;
    return false;
}

// "12 Comments", "1 comment": the comments follow.
bool commentCount(std::string_view norm) {
    std::size_t i = 0;
    while (i < norm.size() && norm[i] >= '0' && norm[i] <= '9')
        ++i;
    if (i == 0)
        return false;
    const std::string_view rest = undecorated(norm.substr(i));
    return rest == "comment" || rest == "comments" || rest == "replies" || rest == "responses";
}

bool containsCredit(std::string_view lowerText) {
    for (const auto& credit : layoutLexicons().credits)
        for (std::size_t at = lowerText.find(credit); at != std::string_view::npos;
             at = lowerText.find(credit, at + 1))
            if (phraseAt(lowerText, at, credit))
                return true;
    return false;
}

// A photo caption: "... (Jane Roe/Getty Images)", "Photo: ...", "...
// Photograph: Jane Roe/Reuters".
bool isCaption(std::string_view s, const Segment& seg) {
    if (seg.words > 90)
        return false;
    const std::string head = text::normalizeForMatching(s.substr(0, 24));
    for (std::string_view opener : {"photo:", "photo by ", "photos:", "image:", "illustration:", "credit:",
                                    "pictured:", "photograph:", "file photo", "caption:"})
        if (head.compare(0, opener.size(), opener) == 0)
            return true;
    // Only the end of the line can hold the credit; start on a character.
    std::size_t from = s.size() > 160 ? s.size() - 160 : 0;
    while (from > 0 && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80)
        --from;
    const std::string lower = text::normalizeForMatching(s.substr(from));
    std::string_view body = lower;
    while (!body.empty() && (body.back() == '.' || body.back() == ' '))
        body.remove_suffix(1);
    if (!body.empty() && body.back() == ')') {
        const std::size_t open = body.rfind('(');
        if (open != std::string_view::npos && body.size() - open < 120) {
            const std::string_view inner = body.substr(open + 1, body.size() - open - 2);
            if (inner.find('/') != std::string_view::npos || containsCredit(inner))
                return true;
        }
    }
    const std::size_t tail = lower.size() > 120 ? lower.size() - 120 : 0;
    for (std::string_view marker : {"photo: ", "photograph: ", "image: ", "photo by ", "credit: ", "photo credit"}) {
        const std::size_t at = lower.find(marker, tail);
        if (at != std::string::npos && text::spacedWords(std::string_view(lower).substr(at)).size() <= 9)
            return true;
    }
    return false;
}

bool isProse(const Segment& seg) {
    const double lower = seg.lowerShare();
    // Scripts without spaces between words (Chinese, Japanese) write a
    // sentence in a few "words": count characters there.
    const bool spaceless = seg.caseless * 2 > seg.words && seg.codePoints >= 4 * seg.words;
    const bool enoughWords = seg.words >= 8 || (seg.words >= 5 && seg.codePoints >= 50) ||
                             (spaceless && seg.codePoints >= 20);
    if (seg.terminal && enoughWords && (lower >= 0.3 || seg.words >= 25))
        return true;
    if (spaceless && seg.codePoints >= 30)
        return true;
    // A short sentence of running text ("The inquiry continues."), not a
    // caption or a label: mostly lowercase words, some function words.
    if (seg.terminal && seg.words >= 4 && seg.stopwords >= 1 && lower >= 0.5 && seg.innerSentenceEnds == 0)
        return true;
    if (seg.colonEnd && seg.words >= 10 && lower >= 0.4)
        return true;
    return !seg.terminal && seg.words >= 25 && lower >= 0.4;
}

// A row of a menu or a list of tags: capitalised words and no function
// words, or a comma-separated list of names.
bool isMenuRow(const Segment& seg) {
    if (seg.terminal)
        return false;
    if (seg.words >= 4 && seg.stopwords == 0 && seg.lowercase == 0)
        return true;
    return seg.commas >= 3 && seg.lowercase <= 1 && seg.words <= 3 * (seg.commas + 1);
}

Kind classifyOne(std::string_view text, const Segment& seg) {
    const std::string_view s = seg.in(text);
    if (seg.words <= 25 && !readByline(s).empty())
        return Kind::Byline;
    if (seg.words <= 40) {
        // Lexicon lines are short: past 30 words only the opening matters.
        std::size_t cut = s.size();
        if (seg.words > 30) {
            cut = std::min<std::size_t>(s.size(), 80);
            while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
                ++cut;
        }
        const std::string norm = text::normalizeForMatching(s.substr(0, cut));
        if (auto role = furnitureRole(norm, seg.words))
            return *role == FurnitureRole::End ? Kind::End : Kind::Furniture;
        if (readingTime(norm))
            return Kind::Furniture;
        if (commentCount(norm))
            return Kind::End;
    }
    if (isCaption(s, seg))
        return Kind::Caption;
    if (seg.words <= 12 && !(seg.terminal && seg.lowercase >= 4) &&
        (findDate(s) || (seg.words <= 6 && (hasClockTime(s) || isRelativeTime(s)))))
        return Kind::DateLine;
    if (isProse(seg))
        return Kind::Prose;
    if (isMenuRow(seg))
        return Kind::Menu;
    return Kind::Short;
}

// Whether paragraphs of prose are set apart by blank lines: then a line
// glued to the paragraph under it is a card (a teaser), not a paragraph.
bool spacedParagraphs(const std::vector<Segment>& segments, const std::vector<Kind>& kinds) {
    int pairs = 0;
    int spaced = 0;
    for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
        if (kinds[i] != Kind::Prose || kinds[i + 1] != Kind::Prose)
            continue;
        ++pairs;
        if (segments[i + 1].blankBefore)
            ++spaced;
    }
    return pairs >= 2 && spaced * 10 >= pairs * 6;
}

// A teaser of another article: a headline glued to a one-paragraph
// summary, then no more prose (a credit line, a button, the next card).
void markTeasers(std::string_view text, const std::vector<Segment>& segments, std::vector<Kind>& kinds) {
    const bool spaced = spacedParagraphs(segments, kinds);
    if (!spaced) {
        // Without blank lines between paragraphs a card looks like a
        // subheading over a last paragraph: where the text has
        // subheadings between paragraphs, leave its cards to the end markers.
        // (A subheading's section goes on: more prose, or another section.)
        auto prose = [&](std::size_t i) { return i < segments.size() && kinds[i] == Kind::Prose; };
        for (std::size_t i = 1; i + 1 < segments.size(); ++i)
            if (kinds[i] == Kind::Short && prose(i - 1) && prose(i + 1) && !segments[i].terminal &&
                looksLikeHeadline(segments[i], kinds[i]) &&
                (prose(i + 2) || (i + 2 < segments.size() && kinds[i + 2] == Kind::Short && prose(i + 3))))
                return;
    }
    for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
        const Segment& head = segments[i];
        const Segment& summary = segments[i + 1];
        if (kinds[i] != Kind::Short || head.terminal || kinds[i + 1] != Kind::Prose || summary.blankBefore)
            continue;
        if (head.words < (spaced ? 4 : 6) || summary.words <= head.words || !looksLikeHeadline(head, kinds[i]))
            continue;
        std::size_t p = head.begin;
        const char32_t first = text::nextCodePoint(text, p);
        if (!text::isUpper(first) && !(first >= '0' && first <= '9') && first != '"' && first != 0x201C && first != 0x2018)
            continue;
        // What follows is no paragraph, nor a subheading over one.
        if (i + 2 < segments.size() && kinds[i + 2] == Kind::Prose)
            continue;
        if (i + 3 < segments.size() && kinds[i + 2] == Kind::Short && kinds[i + 3] == Kind::Prose)
            continue;
        kinds[i] = Kind::TeaserHeadline;
        kinds[i + 1] = Kind::TeaserSummary;
        ++i;
    }
}

std::string_view firstWord(std::string_view s) {
    const std::vector<text::SpacedWord> words = text::spacedWords(s);
    return words.empty() ? std::string_view() : s.substr(words[0].begin, words[0].end - words[0].begin);
}

bool hasRoleWord(std::string_view s, std::size_t maxWords) {
    const LayoutLexicons& lex = layoutLexicons();
    const std::vector<text::SpacedWord> words = text::spacedWords(s);
    for (std::size_t i = 0; i < words.size() && i < maxWords; ++i)
        if (lex.isRole(s.substr(words[i].begin, words[i].end - words[i].begin)))
            return true;
    return false;
}

// "Jane Roe is a reporter at ...", "Jane Roe works as ...".
bool looksLikeBio(std::string_view s, const Segment& seg) {
    if (seg.words > 90)
        return false;
    const std::vector<text::SpacedWord> words = text::spacedWords(s);
    std::size_t names = 0;
    while (names < words.size() && names < 4) {
        const std::string_view w = s.substr(words[names].begin, words[names].end - words[names].begin);
        std::size_t p = 0;
        if (!text::isUpper(text::nextCodePoint(w, p)))
            break;
        ++names;
    }
    if (names < 2 || names >= words.size())
        return false;
    const std::string verb = asciiLower(s.substr(words[names].begin, words[names].end - words[names].begin));
    if (verb != "is" && verb != "works" && verb != "joined" && verb != "covers" && verb != "writes" && verb != "has")
        return false;
    if (verb == "has") {  // "has been a reporter", not "has assembled a team"
        if (names + 1 >= words.size())
            return false;
        const std::string next = asciiLower(s.substr(words[names + 1].begin, words[names + 1].end - words[names + 1].begin));
        if (next != "been" && next != "worked" && next != "covered" && next != "written" && next != "reported")
            return false;
    }
    return hasRoleWord(s.substr(words[names].begin), 10);
}

void markAuthorBoxes(std::string_view text, const std::vector<Segment>& segments, std::vector<Kind>& kinds) {
    bool seenProse = false;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (kinds[i] == Kind::Prose && seenProse && looksLikeBio(segments[i].in(text), segments[i])) {
            kinds[i] = Kind::AuthorBio;
            continue;
        }
        if (kinds[i] == Kind::Prose)
            seenProse = true;
        if (kinds[i] != Kind::Short || segments[i].terminal || !isNameLine(segments[i].in(text)))
            continue;
        const std::string_view given = firstWord(segments[i].in(text));
        std::size_t roleLine = 0;
        for (std::size_t j = i + 1; j < segments.size() && j <= i + 3; ++j) {
            const std::string_view s = segments[j].in(text);
            if (kinds[j] == Kind::Short && segments[j].words <= 6 && hasRoleWord(s, 6)) {
                roleLine = j;
                continue;
            }
            if (kinds[j] == Kind::Prose || kinds[j] == Kind::AuthorBio) {
                // A biography: under the name and its role, or saying what
                // the person does ("Jane Roe is a reporter ...").
                const bool bio = kinds[j] == Kind::AuthorBio ||
                                 (roleLine && segments[j].words <= 90 &&
                                  (firstWord(s) == given || looksLikeBio(s, segments[j])));
                if (bio) {
                    kinds[i] = Kind::AuthorName;
                    if (roleLine)
                        kinds[roleLine] = Kind::AuthorName;
                    kinds[j] = Kind::AuthorBio;
                }
                break;
            }
            if (kinds[j] != Kind::Furniture)
                break;
        }
        if (roleLine && kinds[i] == Kind::Short) {  // a name with its role and no biography
            kinds[i] = Kind::AuthorName;
            kinds[roleLine] = Kind::AuthorName;
        }
    }
}

}  // namespace

bool looksLikeHeadline(const Segment& seg, Kind kind) {
    if (kind != Kind::Short && kind != Kind::Prose && kind != Kind::TeaserHeadline)
        return false;
    if (seg.words < 3 || seg.words > 30 || seg.colonEnd || seg.innerSentenceEnds > 0)
        return false;
    if (seg.numeric * 2 > seg.words)
        return false;
    return kind != Kind::Prose || seg.words <= 22;
}

std::vector<Kind> classifySegments(std::string_view text, const std::vector<Segment>& segments) {
    std::vector<Kind> kinds;
    kinds.reserve(segments.size());
    for (const Segment& seg : segments)
        kinds.push_back(classifyOne(text, seg));
    markTeasers(text, segments, kinds);
    markAuthorBoxes(text, segments, kinds);
    return kinds;
}

}  // namespace claimdesk::ingest::layout
