#include "core/ingest/layout/bodyspan.h"

#include <cstdint>

namespace claimdesk::ingest::layout {
namespace {

// What a segment adds to a run. Prose counts by its length; a short line
// costs little, so subheadings and labels inside an article do not split
// it; furniture costs more; a byline or a date line stands at the top of
// an article and a marker of the end after it, so prose beyond them must
// be long to be taken in.
std::int64_t weight(const Segment& seg, Kind kind) {
    switch (kind) {
    case Kind::Prose: return seg.codePoints;
    case Kind::Short: return -25;
    case Kind::Furniture:
    case Kind::Caption: return -80;
    case Kind::Byline:
    case Kind::DateLine: return -400;
    case Kind::End:
    case Kind::TeaserHeadline:
    case Kind::AuthorName: return -1500;
    case Kind::TeaserSummary:
    case Kind::AuthorBio: return -static_cast<std::int64_t>(seg.codePoints) - 100;
    }
    return 0;
}

// A first line that is the text's headline though it reads like a
// sentence ("Senate passes the budget."): short, one sentence, nothing but
// page chrome above it, and what follows is a longer paragraph or the
// article's byline.
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
    const Kind next = kinds[i + 1];
    if (next == Kind::Byline || next == Kind::DateLine || next == Kind::Caption)
        return true;
    return next == Kind::Prose && segments[i + 1].words > seg.words && seg.blankAfter;
}

}  // namespace

std::optional<BodyRun> findBodyRun(const std::vector<Segment>& segments, const std::vector<Kind>& kinds) {
    // The maximum-sum run (Kadane), in one pass.
    std::int64_t best = 0;
    std::int64_t sum = 0;
    std::size_t start = 0;
    std::optional<BodyRun> run;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::int64_t w = weight(segments[i], kinds[i]);
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
