#include "core/report/excerpts.h"

#include <algorithm>
#include <map>

#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace claimdesk::report {

namespace {

// A paragraph longer than this is cut around its marks, keeping this much
// context either side: excerpts should be read, not reprint the article.
constexpr std::int64_t kLongParagraph = 900;
constexpr std::int64_t kContext = 240;


}  // namespace

std::vector<Excerpt> cutExcerpts(const std::string& text, std::vector<Mark> marks) {
    const std::u32string cps = text::toUtf32(text);
    const auto size = static_cast<std::int64_t>(cps.size());
    marks.erase(std::remove_if(marks.begin(), marks.end(),
                               [&](const Mark& m) { return m.span.start < 0 || m.span.end > size || m.span.start >= m.span.end; }),
                marks.end());
    std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
    });

    // Paragraph ranges around each mark, merged when they touch.
    std::vector<std::pair<Span, std::vector<Mark>>> ranges;
    for (const Mark& m : marks) {
        std::int64_t start = m.span.start, end = m.span.end;
        while (start > 0 && cps[start - 1] != U'\n')
            --start;
        while (end < size && cps[end] != U'\n')
            ++end;
        if (!ranges.empty() && start <= ranges.back().first.end) {
            ranges.back().first.end = std::max(ranges.back().first.end, end);
            ranges.back().second.push_back(m);
        } else {
            ranges.push_back({{start, end}, {m}});
        }
    }

    std::vector<Excerpt> out;
    for (auto& [range, inside] : ranges) {
        Excerpt e;
        std::int64_t start = range.start, end = range.end;
        std::int64_t first = inside.front().span.start, last = 0;
        for (const Mark& m : inside)
            last = std::max(last, m.span.end);
        if (end - start > kLongParagraph) {
            if (first - kContext > start) {
                start = first - kContext;
                while (start < first && !text::isWhitespace(cps[start]))
                    ++start;
                e.cutBefore = true;
            }
            if (last + kContext < end) {
                end = last + kContext;
                while (end > last && !text::isWhitespace(cps[end - 1]))
                    --end;
                e.cutAfter = true;
            }
        }
        while (start < end && text::isWhitespace(cps[start]))
            ++start;
        while (end > start && text::isWhitespace(cps[end - 1]))
            --end;
        e.span = {start, end};
        e.text = text::toUtf8(std::u32string_view(cps).substr(start, end - start));
        for (Mark m : inside) {
            m.span.start = std::max(m.span.start, start) - start;
            m.span.end = std::min(m.span.end, end) - start;
            if (m.span.start < m.span.end)
                e.marks.push_back(m);
        }
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<Segment> segments(const Excerpt& excerpt) {
    const std::u32string cps = text::toUtf32(excerpt.text);
    const auto size = static_cast<std::int64_t>(cps.size());
    std::vector<std::int64_t> cuts = {0, size};
    for (const Mark& m : excerpt.marks) {
        cuts.push_back(std::clamp<std::int64_t>(m.span.start, 0, size));
        cuts.push_back(std::clamp<std::int64_t>(m.span.end, 0, size));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    std::vector<Segment> out;
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        const std::int64_t a = cuts[i], b = cuts[i + 1];
        Segment s;
        s.text = text::toUtf8(std::u32string_view(cps).substr(a, b - a));
        // A claim inside a claim shows the inner one's status; a note keeps
        // the colour of the claim it lies in.
        const Mark* innermost = nullptr;
        for (const Mark& m : excerpt.marks) {
            if (m.span.start > a || m.span.end < b)
                continue;
            if (m.kind == Mark::Kind::Note)
                s.noted = true;
            else if (!innermost || m.span.end - m.span.start < innermost->span.end - innermost->span.start)
                innermost = &m;
        }
        if (innermost)
            s.claim = innermost->status;
        for (const Mark& m : excerpt.marks)
            if (m.kind == Mark::Kind::Note && m.span.end == b)
                s.notesAfter.push_back(m.noteNumber);
        std::sort(s.notesAfter.begin(), s.notesAfter.end());
        s.notesAfter.erase(std::unique(s.notesAfter.begin(), s.notesAfter.end()), s.notesAfter.end());
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace claimdesk::report
