#include "core/ingest/layout/textlayout.h"

#include <algorithm>
#include <optional>

#include "core/ingest/layout/bodyspan.h"
#include "core/ingest/layout/byline.h"
#include "core/ingest/layout/classify.h"
#include "core/ingest/layout/dates.h"
#include "core/ingest/layout/lexicons.h"
#include "core/ingest/layout/outlet.h"
#include "core/ingest/layout/segments.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"
#include "core/text/words.h"
#include "core/text/utf8.h"

namespace claimdesk::ingest {
namespace {

using layout::Kind;
using layout::Segment;

// How far above the article its header (headline, byline, date) may lie.
constexpr std::size_t kHeaderReach = 10;

struct Header {
    std::size_t from = 0;  // first segment of the header
    std::optional<std::size_t> byline;
    std::optional<std::size_t> title;
};

// The headline: the nearest headline-shaped line above the byline, or
// above the article when there is no byline, past captions, date lines,
// reading times and a standfirst set close under it; a section label
// ("News Feed") is too short to be one.
std::optional<std::size_t> findTitle(const std::vector<Segment>& segments, const std::vector<Kind>& kinds,
                                     std::size_t below) {
    std::size_t steps = 0;
    for (std::size_t i = below; i-- > 0 && steps < 8; ++steps) {
        const Kind kind = kinds[i];
        if (kind == Kind::Caption || kind == Kind::DateLine || kind == Kind::Byline || kind == Kind::Furniture ||
            kind == Kind::TeaserSummary || kind == Kind::AuthorName)
            continue;
        if (layout::looksLikeHeadline(segments[i], kind))
            return i;
        // A headline in Title Case without function words reads like a
        // menu row; set apart by blank lines, it is none.
        if (kind == Kind::Menu && segments[i].blankBefore && segments[i].blankAfter && segments[i].words <= 15)
            return i;
        if (kind == Kind::Short && segments[i].words < 3)
            continue;
        return std::nullopt;
    }
    return std::nullopt;
}

// "Ferry fares frozen | The Harbour Courier": a page title carries the
// outlet's name after a bar or a dash.
std::string withoutOutletSuffix(std::string_view title) {
    for (std::string_view separator : {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
        const std::size_t at = title.rfind(separator);
        if (at != std::string_view::npos && at > 0 &&
            layout::layoutLexicons().isOutletName(text::trimWhitespace(title.substr(at + separator.size()))))
            return std::string(text::trimWhitespace(title.substr(0, at)));
    }
    return std::string(title);
}

Header readHeader(const std::vector<Segment>& segments, const std::vector<Kind>& kinds, std::size_t bodyFirst) {
    Header header;
    header.from = bodyFirst > kHeaderReach ? bodyFirst - kHeaderReach : 0;
    for (std::size_t i = bodyFirst; i-- > header.from;)
        if (kinds[i] == Kind::Byline) {
            header.byline = i;
            break;
        }
    header.title = findTitle(segments, kinds, header.byline.value_or(bodyFirst));
    if (header.title)
        header.from = std::max(header.from, *header.title);
    return header;
}

// A header line that names the author without "By": "Jane Roe", "Jane
// Roe in Kyiv", "Jane Roe and John Doe". Not an outlet's or an agency's
// name ("BBC News, Kyiv", "Getty Images").
std::vector<std::string> headerNames(std::string_view line, const Segment& seg) {
    if (seg.words > 10 || seg.terminal)
        return {};
    const std::vector<std::string> names = layout::readByline("By " + std::string(text::trimWhitespace(line)));
    if (names.empty() || text::trimWhitespace(line).substr(0, names[0].size()) != names[0])
        return {};
    const layout::LayoutLexicons& lex = layout::layoutLexicons();
    for (const std::string& name : names) {
        if (lex.isOutletName(name))
            return {};
        for (const text::SpacedWord& w : text::spacedWords(name)) {
            const std::string_view word = std::string_view(name).substr(w.begin, w.end - w.begin);
            const std::string lower = layout::asciiLower(word);
            bool upper = word.size() >= 2;
            for (char c : word)
                upper = upper && c >= 'A' && c <= 'Z';
            if (upper || lower == "images" || lower == "photo" || lower == "news" || lower == "press")
                return {};
        }
    }
    return names;
}

std::vector<std::string> findAuthors(std::string_view text, const std::vector<Segment>& segments,
                                     const std::vector<Kind>& kinds, const Header& header, std::size_t bodyFirst,
                                     std::size_t bodyLast) {
    if (header.byline)
        if (auto names = layout::readByline(segments[*header.byline].in(text)); !names.empty())
            return names;
    // "Author: Jane Roe" in the header reads as page furniture.
    for (std::size_t i = header.from; i < bodyFirst; ++i)
        if (kinds[i] == Kind::End && segments[i].words <= 12)
            if (auto names = layout::readByline(segments[i].in(text)); !names.empty())
                return names;
    // A name alone between the headline and the article.
    const std::size_t from = header.title ? *header.title + 1 : (bodyFirst > 4 ? bodyFirst - 4 : 0);
    for (std::size_t i = from; i < bodyFirst; ++i)
        if (kinds[i] == Kind::Short || kinds[i] == Kind::AuthorName || kinds[i] == Kind::DateLine)
            if (auto names = headerNames(segments[i].in(text), segments[i]); !names.empty())
                return names;
    // "Author: Jane Roe" after the article, then an author box.
    for (std::size_t i = bodyLast + 1; i < segments.size(); ++i)
        if (segments[i].words <= 12)
            if (auto names = layout::readByline(segments[i].in(text)); !names.empty())
                return names;
    for (std::size_t i = bodyLast + 1; i < segments.size(); ++i)
        if (kinds[i] == Kind::AuthorName && layout::isNameLine(segments[i].in(text)))
            return {std::string(text::trimWhitespace(segments[i].in(text)))};
    return {};
}

// The article's own date: in its byline or on a date line of its header,
// never one its story mentions.
std::optional<std::string> findPublished(std::string_view text, const std::vector<Segment>& segments,
                                         const std::vector<Kind>& kinds, const Header& header, std::size_t bodyFirst) {
    std::optional<std::string> updated;
    // A date line may also stand just above the headline.
    const std::size_t from = header.title && header.from >= 3 ? header.from - 3 : (header.title ? 0 : header.from);
    for (std::size_t i = from; i < bodyFirst; ++i) {
        if (kinds[i] != Kind::Byline && kinds[i] != Kind::DateLine)
            continue;
        const std::string_view line = segments[i].in(text);
        if (auto date = layout::findDate(line)) {
            const std::string lower = text::normalizeForMatching(line);
            if (lower.compare(0, 7, "updated") != 0)
                return date;
            if (!updated)
                updated = date;
        }
    }
    return updated;
}

}  // namespace

TextLayout analyzeTextLayout(std::string_view text) {
    TextLayout result;
    const std::vector<Segment> segments = layout::splitSegments(text);
    if (segments.empty())
        return result;
    const std::vector<Kind> kinds = layout::classifySegments(text, segments);
    const std::optional<layout::BodyRun> run = layout::findBodyRun(segments, kinds);

    const text::OffsetMap map(text);
    if (!run) {
        // No prose at all: nothing tells the article from its page.
        result.body = {map.toCodePoint(segments.front().begin), map.toCodePoint(segments.back().end)};
        result.outlet = layout::findOutlet(text, segments, kinds, 1, 0, std::nullopt);
        return result;
    }
    result.body = {map.toCodePoint(segments[run->first].begin), map.toCodePoint(segments[run->last].end)};

    Header header;
    if (run->leadingHeadline) {
        header.title = run->leadingHeadline;
        header.from = *run->leadingHeadline;
    } else {
        header = readHeader(segments, kinds, run->first);
    }
    if (header.title)
        result.title = withoutOutletSuffix(text::trimWhitespace(segments[*header.title].in(text)));
    result.authors = findAuthors(text, segments, kinds, header, run->first, run->last);
    result.published = findPublished(text, segments, kinds, header, run->first);
    result.outlet = layout::findOutlet(text, segments, kinds, run->first, run->last, header.title);
    return result;
}

}  // namespace claimdesk::ingest
