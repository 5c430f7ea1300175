#include "core/extract/attribution/structure.h"

#include "core/extract/attribution/lexicons.h"

namespace claimdesk::extract::attribution {
namespace {

bool isOpenPunct(const Token& t) {
    return t.kind == TokenKind::Punct &&
           (t.first == U'(' || t.first == U'[' || t.first == U'{' || t.first == 0x2014 || t.first == 0x2013 ||
            t.first == U'-' || t.first == U'/' || t.first == U':');
}

// Whether a context-dependent mark opens: after a space or an opening
// bracket, and followed by a word without a space.
bool looksOpening(const std::vector<Token>& tokens, std::size_t i) {
    const bool before = i == 0 || tokens[i].spaceBefore || isOpenPunct(tokens[i - 1]) ||
                        tokens[i - 1].kind == TokenKind::Paragraph || tokens[i - 1].kind == TokenKind::Mark;
    const bool after = i + 1 < tokens.size() && !tokens[i + 1].spaceBefore && tokens[i + 1].kind != TokenKind::Paragraph;
    return before && after;
}

bool looksClosing(const std::vector<Token>& tokens, std::size_t i) {
    const bool before = i > 0 && !tokens[i].spaceBefore && tokens[i - 1].kind != TokenKind::Paragraph;
    const bool after = i + 1 >= tokens.size() || tokens[i + 1].spaceBefore || tokens[i + 1].kind != TokenKind::Word;
    return before && after;
}

bool isDouble(MarkRole r) { return r == MarkRole::Open || r == MarkRole::Close || r == MarkRole::Either; }

void pairDoubleQuotes(std::vector<Token>& tokens, Structure& s) {
    const std::size_t n = tokens.size();
    long openAt = -1;
    bool multi = false;
    auto finish = [&](std::size_t close, bool closed) {
        Quote q;
        q.open = static_cast<std::size_t>(openAt);
        q.close = close;
        q.closed = closed;
        q.paragraphs = multi;
        q.contentStart = tokens[q.open].end;
        q.contentEnd = closed ? tokens[close].start : tokens[close - 1].end;
        if (q.contentEnd > q.contentStart)
            s.quotes.push_back(q);
        tokens[q.open].mark = MarkRole::Open;
        if (closed)
            tokens[close].mark = MarkRole::Close;
        openAt = -1;
        multi = false;
    };
    for (std::size_t i = 0; i < n; ++i) {
        Token& t = tokens[i];
        if (t.kind == TokenKind::Paragraph) {
            if (openAt < 0)
                continue;
            // The quotation stays open if the next paragraph reopens it, or
            // closes it before opening anything.
            // Only a quotation that opens its paragraph or follows a colon or
            // comma runs on; a partial quotation opened mid-sentence ("the
            // Russians “hid them.") ends with its paragraph.
            const std::size_t o = static_cast<std::size_t>(openAt);
            const bool full = o == 0 || tokens[o - 1].kind == TokenKind::Paragraph ||
                              (tokens[o - 1].kind == TokenKind::Punct &&
                               (tokens[o - 1].first == U':' || tokens[o - 1].first == U',' ||
                                tokens[o - 1].first == 0x2014 || tokens[o - 1].first == 0x2013));
            // Paragraphs without any quotation mark may lie in between (a
            // quotation whose later paragraphs are not reopened).
            bool carries = false;
            bool decided = !full;
            std::size_t paragraphStart = i + 1;
            for (int hops = 0; !decided && hops < 5 && paragraphStart < n; ++hops) {
                std::size_t j = paragraphStart;
                for (; j < n && tokens[j].kind != TokenKind::Paragraph; ++j) {
                    if (tokens[j].kind != TokenKind::Mark || !isDouble(tokens[j].mark))
                        continue;
                    const MarkRole r = tokens[j].mark;
                    if (j == paragraphStart && r != MarkRole::Close && (r == MarkRole::Open || looksOpening(tokens, j))) {
                        carries = true;
                        tokens[j].mark = MarkRole::None;  // a reopening mark, not a quotation of its own
                    } else if (r == MarkRole::Close || (r == MarkRole::Either && !looksOpening(tokens, j))) {
                        carries = true;
                    }
                    decided = true;
                    break;
                }
                while (j < n && tokens[j].kind == TokenKind::Paragraph)
                    ++j;
                paragraphStart = j;
            }
            if (carries)
                multi = true;
            else
                finish(i, false);
            continue;
        }
        if (t.kind != TokenKind::Mark || !isDouble(t.mark))
            continue;
        MarkRole r = t.mark;
        if (r == MarkRole::Either) {
            if (openAt < 0)
                r = looksClosing(tokens, i) && !looksOpening(tokens, i) ? MarkRole::Close : MarkRole::Open;
            else
                r = looksOpening(tokens, i) && !looksClosing(tokens, i) ? MarkRole::Open : MarkRole::Close;
        }
        // German-style „...“: the mark that opens in English closes here.
        if (r == MarkRole::Open && openAt >= 0 && t.first == 0x201C && tokens[static_cast<std::size_t>(openAt)].first == 0x201E &&
            looksClosing(tokens, i))
            r = MarkRole::Close;
        if (r == MarkRole::Open) {
            // A second opening mark while one is open: the first was stray.
            openAt = static_cast<long>(i);
            multi = false;
        } else if (openAt >= 0) {
            finish(i, true);
        } else {
            t.mark = MarkRole::None;  // a stray closing mark
        }
    }
    if (openAt >= 0)
        finish(n, false);
}

void pairSingleQuotes(std::vector<Token>& tokens, const std::vector<std::size_t>& paragraphOf, Structure& s) {
    const std::size_t n = tokens.size();
    long openAt = -1;
    for (std::size_t i = 0; i < n; ++i) {
        Token& t = tokens[i];
        if (openAt >= 0 && paragraphOf[i] != paragraphOf[static_cast<std::size_t>(openAt)])
            openAt = -1;
        if (t.kind != TokenKind::Mark)
            continue;
        const MarkRole r = t.mark;
        if (r != MarkRole::SingleOpen && r != MarkRole::SingleClose && r != MarkRole::SingleEither)
            continue;
        const bool opening = looksOpening(tokens, i);
        const bool closing = looksClosing(tokens, i);
        if (openAt >= 0 && closing && r != MarkRole::SingleOpen) {
            Quote q;
            q.open = static_cast<std::size_t>(openAt);
            q.close = i;
            q.closed = true;
            q.single = true;
            q.contentStart = tokens[q.open].end;
            q.contentEnd = t.start;
            s.quotes.push_back(q);
            tokens[q.open].mark = MarkRole::Open;
            t.mark = MarkRole::Close;
            openAt = -1;
        } else if (opening && r != MarkRole::SingleClose) {
            openAt = static_cast<long>(i);
        }
    }
    for (Token& t : tokens)
        if (t.kind == TokenKind::Mark && (t.mark == MarkRole::SingleOpen || t.mark == MarkRole::SingleClose ||
                                          t.mark == MarkRole::SingleEither || t.mark == MarkRole::Either))
            t.mark = MarkRole::None;
}

bool endsSentence(const std::vector<Token>& tokens, std::size_t i, std::size_t& last) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::Punct)
        return false;
    const bool stop = t.first == U'.' && t.lower.size() == 1;
    if (!stop && t.first != U'!' && t.first != U'?' && t.lower != "..." && t.first != 0x2026)
        return false;
    std::size_t j = i + 1;
    while (j < tokens.size() && tokens[j].kind == TokenKind::Mark && tokens[j].mark == MarkRole::Close)
        ++j;
    while (j < tokens.size() && tokens[j].kind == TokenKind::Punct && (tokens[j].first == U')' || tokens[j].first == U']'))
        ++j;
    last = j;
    if (j >= tokens.size() || tokens[j].kind == TokenKind::Paragraph)
        return true;
    const Token& next = tokens[j];
    if (!next.spaceBefore)
        return false;
    const bool opensSentence = (next.kind == TokenKind::Word && (next.capitalized || (next.first >= U'0' && next.first <= U'9'))) ||
                               (next.kind == TokenKind::Mark && next.mark == MarkRole::Open) ||
                               (next.kind == TokenKind::Punct && (next.first == U'(' || next.first == U'['));
    if (!opensSentence)
        return false;
    if (stop && i > 0 && tokens[i - 1].kind == TokenKind::Word && !t.spaceBefore) {
        const Token& w = tokens[i - 1];
        if (w.lower.size() == 1 && w.capitalized)
            return false;  // an initial: "John F. Kennedy"
        if (w.lower.find('.') != std::string::npos)  // "G.K. Butterfield", "in the U.S. The ..."
            return next.kind != TokenKind::Word || (next.classes & Opener) != 0;
        switch (static_cast<Abbreviation>(w.abbreviation)) {
        case Abbreviation::Title:
            return false;
        case Abbreviation::End:
            return next.kind != TokenKind::Word || (next.classes & Opener) != 0;
        case Abbreviation::None:
            break;
        }
    }
    return true;
}

void splitSentences(const std::vector<Token>& tokens, Structure& s) {
    const std::size_t n = tokens.size();
    s.sentenceOf.assign(n, 0);
    std::size_t begin = 0;
    auto push = [&](std::size_t end) {
        if (end > begin) {
            for (std::size_t k = begin; k < end; ++k)
                s.sentenceOf[k] = s.sentences.size();
            s.sentences.push_back({begin, end});
        }
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (tokens[i].kind == TokenKind::Paragraph) {
            push(i);
            s.sentenceOf[i] = s.sentences.empty() ? 0 : s.sentences.size() - 1;
            begin = i + 1;
            continue;
        }
        std::size_t last = 0;
        if (endsSentence(tokens, i, last)) {
            push(last);
            begin = last;
            i = last - 1;
        }
    }
    push(n);
}

}  // namespace

Structure analyzeStructure(std::vector<Token>& tokens) {
    Structure s;
    const std::size_t n = tokens.size();
    s.paragraphOf.resize(n);
    std::size_t paragraph = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (tokens[i].kind == TokenKind::Paragraph)
            ++paragraph;
        s.paragraphOf[i] = paragraph;
    }
    pairDoubleQuotes(tokens, s);
    const std::size_t doubles = s.quotes.size();
    pairSingleQuotes(tokens, s.paragraphOf, s);
    // Quotes in order of their opening marks; innermost wins for quoteOf.
    std::vector<Quote> ordered;
    ordered.reserve(s.quotes.size());
    std::size_t a = 0, b = doubles;
    while (a < doubles || b < s.quotes.size()) {
        if (b >= s.quotes.size() || (a < doubles && s.quotes[a].open < s.quotes[b].open))
            ordered.push_back(s.quotes[a++]);
        else
            ordered.push_back(s.quotes[b++]);
    }
    s.quotes = std::move(ordered);
    s.quoteOf.assign(n, -1);
    for (std::size_t q = 0; q < s.quotes.size(); ++q)
        for (std::size_t k = s.quotes[q].open + 1; k < s.quotes[q].close && k < n; ++k)
            s.quoteOf[k] = static_cast<int>(q);
    splitSentences(tokens, s);
    return s;
}

}  // namespace claimdesk::extract::attribution
