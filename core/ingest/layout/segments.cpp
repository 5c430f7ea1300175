#include "core/ingest/layout/segments.h"

#include <algorithm>

#include "core/ingest/layout/lexicons.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"
#include "core/text/words.h"

namespace claimdesk::ingest::layout {
namespace {

struct RawLine {
    std::size_t begin = 0;
    std::size_t end = 0;
    int codePoints = 0;
    bool blankBefore = true;
};

int codePointsOf(std::string_view s) {
    int n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

std::vector<RawLine> nonBlankLines(std::string_view text) {
    std::vector<RawLine> lines;
    bool blank = true;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = text.size();
        const std::string_view line = text.substr(pos, nl - pos);
        const std::string_view t = text::trimWhitespace(line);
        if (t.empty()) {
            blank = true;
        } else {
            const std::size_t b = static_cast<std::size_t>(t.data() - text.data());
            lines.push_back({b, b + t.size(), codePointsOf(t), blank});
            blank = false;
        }
        pos = nl + 1;
    }
    return lines;
}

// The width a hard-wrapped text breaks its lines at, or 0 when lines are
// not wrapped (one paragraph per line, as a browser copy gives).
int wrapWidth(const std::vector<RawLine>& lines) {
    if (lines.size() < 8)
        return 0;
    std::vector<int> lengths;
    lengths.reserve(lines.size());
    for (const auto& l : lines)
        lengths.push_back(l.codePoints);
    std::sort(lengths.begin(), lengths.end());
    const int width = lengths[lengths.size() * 9 / 10];
    if (width < 40 || width > 140)
        return 0;
    const auto full = std::count_if(lengths.begin(), lengths.end(), [&](int n) { return n * 4 >= width * 3; });
    return static_cast<std::size_t>(full) * 5 >= lines.size() * 2 ? width : 0;
}

bool endsSentence(char32_t c) {
    return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

bool closesQuote(char32_t c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x2019 || c == 0x201D || c == 0x00BB ||
           c == 0x203A || c == '*';
}

void measure(Segment& seg, std::string_view text) {
    const LayoutLexicons& lex = layoutLexicons();
    const std::string_view s = seg.in(text);
    seg.codePoints = codePointsOf(s);
    for (char c : s)
        if (c == ',')
            ++seg.commas;
    const std::vector<text::SpacedWord> words = text::spacedWords(s);
    seg.words = static_cast<int>(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        const text::SpacedWord& w = words[i];
        std::size_t p = w.begin;
        const char32_t first = text::nextCodePoint(s, p);
        if (text::isUpper(first))
            ++seg.capitalized;
        else if (text::isLower(first))
            ++seg.lowercase;
        else if (text::isCaseless(first))
            ++seg.caseless;
        else if (first >= '0' && first <= '9')
            ++seg.numeric;
        const std::string_view word = s.substr(w.begin, w.end - w.begin);
        if (word.size() <= 8 && lex.isStopword(word))
            ++seg.stopwords;
        // A sentence ends inside the segment: "word. Next", where the word
        // is not an abbreviation or an initial.
        if (i + 1 < words.size() && w.end < s.size()) {
            std::size_t q = w.end;
            const char32_t after = text::nextCodePoint(s, q);
            std::size_t n = words[i + 1].begin;
            const char32_t next = text::nextCodePoint(s, n);
            const bool longWord = w.end - w.begin >= 4 ||
                                  (w.end - w.begin == 3 && text::isLower(static_cast<char32_t>(s[w.begin])));
            if (endsSentence(after) && longWord && text::isUpper(next))
                ++seg.innerSentenceEnds;
        }
    }
    // How the segment ends, past closing quotes and brackets.
    std::size_t e = s.size();
    while (e > 0) {
        const text::Decoded last = text::decodeUtf8Before(s, e);
        const char32_t c = last.codePoint;
        if (closesQuote(c) || text::isWhitespace(c)) {
            e -= last.length;
            continue;
        }
        seg.terminal = endsSentence(c);
        seg.colonEnd = c == ':';
        break;
    }
}

}  // namespace

double Segment::lowerShare() const {
    const int cased = capitalized + lowercase;
    if (cased == 0)
        return 1.0;
    return static_cast<double>(lowercase + caseless) / static_cast<double>(cased + caseless);
}

std::vector<Segment> splitSegments(std::string_view text) {
    const std::vector<RawLine> lines = nonBlankLines(text);
    const int width = wrapWidth(lines);
    std::vector<Segment> segments;
    segments.reserve(lines.size());
    int previousLength = 0;
    for (const RawLine& line : lines) {
        const bool continues = width > 0 && !segments.empty() && !line.blankBefore && previousLength * 4 >= width * 3;
        if (continues) {
            segments.back().end = line.end;
        } else {
            if (!segments.empty())
                segments.back().blankAfter = line.blankBefore;
            Segment seg;
            seg.begin = line.begin;
            seg.end = line.end;
            seg.blankBefore = line.blankBefore;
            segments.push_back(seg);
        }
        previousLength = line.codePoints;
    }
    for (Segment& seg : segments)
        measure(seg, text);
    return segments;
}

}  // namespace claimdesk::ingest::layout
