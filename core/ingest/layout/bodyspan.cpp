#include "core/ingest/layout/bodyspan.h"

#include <cstdint>

namespace claimdesk::ingest::layout {
namespace {

// What a segment adds to a run. Prose counts by its length; a short line
// costs little, so subheadings and labels inside an article do not split
// it; furniture costs more; a byline or a date line stands at the top of
// an article and a marker of the end after it, so prose beyond them must
// be long to be taken in (a date line less so: embedded posts carry dates
// too).
std::int64_t weight(const Segment& seg, Kind kind) {
    switch (kind) {
    case Kind::Prose: return seg.codePoints;
    case Kind::Short: return -25;
    case Kind::Furniture:
    case Kind::Menu:
    case Kind::Caption: return -80;
    case Kind::Byline: return -400;
    case Kind::DateLine: return -150;
    case Kind::End:
    case Kind::TeaserHeadline:
    case Kind::AuthorName: return -1500;
    case Kind::TeaserSummary:
    case Kind::AuthorBio: return -static_cast<std::int64_t>(seg.codePoints) - 100;
    }
    return 0;
}

// A row inside a block of short lines set without blank lines (a table, a
// list, code): the block costs little more than one line, so an article
// goes on across it. A menu is such a block too, but it stands above the
// article or after its end markers.
bool insideBlock(const std::vector<Segment>& segments, const std::vector<Kind>& kinds, std::size_t i) {
    auto row = [&](std::size_t k) {
        return kinds[k] == Kind::Short || kinds[k] == Kind::Menu || kinds[k] == Kind::DateLine;
    };
    return i > 0 && i + 1 < segments.size() && !segments[i].blankBefore && !segments[i].blankAfter && row(i) &&
           row(i - 1) && row(i + 1);
}

// A first line that is the text's headline though it reads like a
// sentence ("Senate passes the budget."): short, one sentence, nothing but
// page chrome above it, and a longer paragraph or the article's byline
// shortly below.
bool isLeadingHeadline(const std::vector<Segment>& segments, const std::vector<Kind>& kinds, std::size_t i) {
    const Segment& seg = segments[i];
    if (kinds[i] != Kind::Prose || seg.words > 20 || !looksLikeHeadline(seg, kinds[i]) || i + 1 >= segments.size())
        return false;
    // Above it only page chrome: no paragraph, and no headline, byline,
    // date or caption, which would make this line the article's first.
    for (std::size_t j = 0; j < i; ++j) {
        const Kind above = kinds[j];
        if (above != Kind::Furniture && above != Kind::End && above != Kind::Short)
            return false;
        if (above == Kind::Short && looksLikeHeadline(segments[j], above))
            return false;
    }
    // Below it, past labels and chrome, a longer paragraph or the byline.
    for (std::size_t j = i + 1; j < segments.size() && j <= i + 3; ++j) {
        const Kind below = kinds[j];
        if (below == Kind::Byline || below == Kind::DateLine || below == Kind::Caption)
            return true;
        if (below == Kind::Prose && segments[j].words > seg.words)
            return seg.blankAfter;
        if (below != Kind::Short && below != Kind::Furniture && below != Kind::Prose)
            return false;
    }
    return false;
}

}  // namespace

// Whether anything marks the text as a copy of a page rather than an
// article alone: chrome from the furniture list, a caption, a byline, a
// teaser, an author box. Menu-like rows and dates alone do not: lists and
// embedded posts look like them.
bool hasPageFurniture(const std::vector<Kind>& kinds) {
    for (Kind k : kinds)
        if (k == Kind::Furniture || k == Kind::End || k == Kind::Caption || k == Kind::Byline ||
            k == Kind::TeaserHeadline || k == Kind::AuthorName || k == Kind::AuthorBio)
            return true;
    return false;
}

std::optional<BodyRun> findBodyRun(const std::vector<Segment>& segments, const std::vector<Kind>& kinds) {
    if (!hasPageFurniture(kinds)) {
        // An article alone is all body, but for its headline.
        std::size_t first = 0;
        while (first < segments.size() && kinds[first] != Kind::Prose && kinds[first] != Kind::Short)
            ++first;
        if (first == segments.size())
            return std::nullopt;
        BodyRun run{first, segments.size() - 1, std::nullopt};
        const bool headline = kinds[first] == Kind::Short ? looksLikeHeadline(segments[first], kinds[first])
                                                          : isLeadingHeadline(segments, kinds, first);
        if (headline && first + 1 < segments.size()) {
            run.leadingHeadline = first;
            run.first = first + 1;
        }
        return run;
    }
    // The maximum-sum run (Kadane), in one pass.
    std::int64_t best = 0;
    std::int64_t sum = 0;
    std::size_t start = 0;
    std::optional<BodyRun> run;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::int64_t w = insideBlock(segments, kinds, i) ? -8 : weight(segments[i], kinds[i]);
        if (sum <= 0) {
            sum = 0;
            start = i;
        }
        sum += w;
        if (sum > best) {
            best = sum;
            run = BodyRun{start, i, std::nullopt};
        }
    }
    if (!run)
        return std::nullopt;
    if (run->first < run->last && isLeadingHeadline(segments, kinds, run->first)) {
        run->leadingHeadline = run->first;
        std::size_t next = run->first + 1;
        while (next < run->last && kinds[next] != Kind::Prose)
            ++next;
        run->first = next;
    }
    return run;
}

}  // namespace claimdesk::ingest::layout
