#include "core/text/structure.h"

#include <optional>
#include <stdexcept>

#include "core/text/lexicon.h"

namespace claimdesk::text {
namespace {

enum class Abbreviation : std::uint8_t { None, Title, End };
enum class ClauseWord : std::uint8_t { None, Subordinator, Relative, Contrast, Conjunction, Pronoun, According };

struct StructureWords {
    WordMap<Abbreviation> abbreviations;
    WordSet sentenceOpeners;
    WordMap<ClauseWord> clauseWords;

    StructureWords() {
        for (const auto& e : lexicon("text-abbreviations"))
            abbreviations[e.key] = !e.fields.empty() && e.fields[0] == "end" ? Abbreviation::End : Abbreviation::Title;
        sentenceOpeners = lexiconWords("text-sentence-openers");
        static const WordMap<ClauseWord> classes = {
            {"subordinator", ClauseWord::Subordinator}, {"relative", ClauseWord::Relative},
            {"contrast", ClauseWord::Contrast},         {"conjunction", ClauseWord::Conjunction},
            {"pronoun", ClauseWord::Pronoun},           {"according", ClauseWord::According}};
        for (const auto& e : lexicon("text-clause-openers")) {
            const auto it = e.fields.empty() ? classes.end() : classes.find(e.fields[0]);
            if (it == classes.end())
                throw std::runtime_error("lexicon text-clause-openers: no known class for '" + e.key + "'");
            clauseWords[e.key] = it->second;
        }
    }

    Abbreviation abbreviation(std::string_view lower) const {
        const auto it = abbreviations.find(lower);
        return it == abbreviations.end() ? Abbreviation::None : it->second;
    }
    ClauseWord clauseWord(std::string_view lower) const {
        const auto it = clauseWords.find(lower);
        return it == clauseWords.end() ? ClauseWord::None : it->second;
    }
};

const StructureWords& words() {
    static const StructureWords instance;
    return instance;
}

// ---- quotations -----------------------------------------------------------

bool isOpenPunct(const Token& t) {
    return t.kind == TokenKind::Punct &&
           (t.first == U'(' || t.first == U'[' || t.first == U'{' || t.first == 0x2014 || t.first == 0x2013 ||
            t.first == U'-' || t.first == U'/' || t.first == U':');
}

// Whether a context-dependent mark opens: after a space or an opening
// bracket, and followed by a word without a space.
bool looksOpening(const std::vector<Token>& tokens, std::size_t i) {
    const bool before = i == 0 || tokens[i].spaceBefore || isOpenPunct(tokens[i - 1]) ||
                        tokens[i - 1].kind == TokenKind::Paragraph || tokens[i - 1].kind == TokenKind::Quote;
    const bool after = i + 1 < tokens.size() && !tokens[i + 1].spaceBefore && tokens[i + 1].kind != TokenKind::Paragraph;
    return before && after;
}

bool looksClosing(const std::vector<Token>& tokens, std::size_t i) {
    const bool before = i > 0 && !tokens[i].spaceBefore && tokens[i - 1].kind != TokenKind::Paragraph;
    const bool after = i + 1 >= tokens.size() || tokens[i + 1].spaceBefore || tokens[i + 1].kind != TokenKind::Word;
    return before && after;
}

bool isDouble(QuoteRole r) { return r == QuoteRole::Open || r == QuoteRole::Close || r == QuoteRole::Either; }

// Whether the paragraph after the break at `i` carries on a quotation left
// open: it reopens it, or closes it before opening anything (paragraphs
// without any mark may lie in between). A reopening mark loses its role.
bool quotationCarriesOn(std::vector<Token>& tokens, std::size_t i) {
    const std::size_t n = tokens.size();
    bool carries = false;
    bool decided = false;
    std::size_t paragraphStart = i + 1;
    for (int hops = 0; !decided && hops < 5 && paragraphStart < n; ++hops) {
        std::size_t j = paragraphStart;
        for (; j < n && tokens[j].kind != TokenKind::Paragraph; ++j) {
            if (tokens[j].kind != TokenKind::Quote || !isDouble(tokens[j].quote))
                continue;
            const QuoteRole r = tokens[j].quote;
            if (j == paragraphStart && r != QuoteRole::Close && (r == QuoteRole::Open || looksOpening(tokens, j))) {
                carries = true;
                tokens[j].quote = QuoteRole::None;  // a reopening mark, not a quotation of its own
            } else if (r == QuoteRole::Close || (r == QuoteRole::Either && !looksOpening(tokens, j))) {
                carries = true;
            }
            decided = true;
            break;
        }
        while (j < n && tokens[j].kind == TokenKind::Paragraph)
            ++j;
        paragraphStart = j;
    }
    return carries;
}

void pairDoubleQuotes(std::vector<Token>& tokens, Structure& s) {
    const std::size_t n = tokens.size();
    long openAt = -1;
    bool multi = false;
    auto finish = [&](std::size_t close, bool closed) {
        Quotation q;
        q.open = static_cast<std::size_t>(openAt);
        q.close = close;
        q.closed = closed;
        q.paragraphs = multi;
        q.contentStart = tokens[q.open].end;
        q.contentEnd = closed ? tokens[close].start : tokens[close - 1].end;
        if (q.contentEnd > q.contentStart)
            s.quotations.push_back(q);
        tokens[q.open].quote = QuoteRole::Open;
        if (closed)
            tokens[close].quote = QuoteRole::Close;
        openAt = -1;
        multi = false;
    };
    for (std::size_t i = 0; i < n; ++i) {
        Token& t = tokens[i];
        if (t.kind == TokenKind::Paragraph) {
            if (openAt < 0)
                continue;
            // Only a quotation that opens its paragraph or follows a colon,
            // comma or dash runs on; a partial quotation opened mid-sentence
            // (the Russians “hid them.) ends with its paragraph.
            const std::size_t o = static_cast<std::size_t>(openAt);
            const bool full = o == 0 || tokens[o - 1].kind == TokenKind::Paragraph ||
                              (tokens[o - 1].kind == TokenKind::Punct &&
                               (tokens[o - 1].first == U':' || tokens[o - 1].first == U',' ||
                                tokens[o - 1].first == 0x2014 || tokens[o - 1].first == 0x2013));
            if (full && quotationCarriesOn(tokens, i))
                multi = true;
            else
                finish(i, false);
            continue;
        }
        if (t.kind != TokenKind::Quote || !isDouble(t.quote))
            continue;
        QuoteRole r = t.quote;
        if (r == QuoteRole::Either) {
            if (openAt < 0)
                r = looksClosing(tokens, i) && !looksOpening(tokens, i) ? QuoteRole::Close : QuoteRole::Open;
            else
                r = looksOpening(tokens, i) && !looksClosing(tokens, i) ? QuoteRole::Open : QuoteRole::Close;
        }
        // German-style „...“: the mark that opens in English closes here.
        if (r == QuoteRole::Open && openAt >= 0 && t.first == 0x201C &&
            tokens[static_cast<std::size_t>(openAt)].first == 0x201E && looksClosing(tokens, i))
            r = QuoteRole::Close;
        if (r == QuoteRole::Open) {
            // A second opening mark while one is open: the first was stray.
            openAt = static_cast<long>(i);
            multi = false;
        } else if (openAt >= 0) {
            finish(i, true);
        } else {
            t.quote = QuoteRole::None;  // a stray closing mark
        }
    }
    if (openAt >= 0)
        finish(n, false);
}

void pairSingleQuotes(std::vector<Token>& tokens, Structure& s) {
    const std::size_t n = tokens.size();
    long openAt = -1;
    for (std::size_t i = 0; i < n; ++i) {
        Token& t = tokens[i];
        if (openAt >= 0 && s.paragraphOf[i] != s.paragraphOf[static_cast<std::size_t>(openAt)])
            openAt = -1;
        if (t.kind != TokenKind::Quote || !isSingleQuoteRole(t.quote))
            continue;
        const QuoteRole r = t.quote;
        if (openAt >= 0 && looksClosing(tokens, i) && r != QuoteRole::SingleOpen) {
            Quotation q;
            q.open = static_cast<std::size_t>(openAt);
            q.close = i;
            q.closed = true;
            q.single = true;
            q.contentStart = tokens[q.open].end;
            q.contentEnd = t.start;
            s.quotations.push_back(q);
            tokens[q.open].quote = QuoteRole::Open;
            t.quote = QuoteRole::Close;
            openAt = -1;
        } else if (looksOpening(tokens, i) && r != QuoteRole::SingleClose) {
            openAt = static_cast<long>(i);
        }
    }
    for (Token& t : tokens)
        if (t.kind == TokenKind::Quote && (isSingleQuoteRole(t.quote) || t.quote == QuoteRole::Either))
            t.quote = QuoteRole::None;
}

// Quotations in order of their opening marks, and each token's innermost one.
void orderQuotations(std::size_t doubles, std::size_t tokenCount, Structure& s) {
    std::vector<Quotation> ordered;
    ordered.reserve(s.quotations.size());
    std::size_t a = 0, b = doubles;
    while (a < doubles || b < s.quotations.size()) {
        if (b >= s.quotations.size() || (a < doubles && s.quotations[a].open < s.quotations[b].open))
            ordered.push_back(s.quotations[a++]);
        else
            ordered.push_back(s.quotations[b++]);
    }
    s.quotations = std::move(ordered);
    s.quotationOf.assign(tokenCount, -1);
    for (std::size_t q = 0; q < s.quotations.size(); ++q)
        for (std::size_t k = s.quotations[q].open + 1; k < s.quotations[q].close && k < tokenCount; ++k)
            s.quotationOf[k] = static_cast<int>(q);
}

// ---- sentences ------------------------------------------------------------

bool isClosingMark(const Token& t) { return t.kind == TokenKind::Quote && t.quote == QuoteRole::Close; }

// Whether token i (final punctuation) ends its sentence; `last` is set one
// past the closing marks and brackets that still belong to it.
bool endsSentence(const std::vector<Token>& tokens, std::size_t i, std::size_t& last) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::Punct)
        return false;
    const bool stop = t.first == U'.' && t.lower.size() == 1;
    if (!stop && t.first != U'!' && t.first != U'?' && t.lower != "..." && t.first != 0x2026)
        return false;
    std::size_t j = i + 1;
    while (j < tokens.size() && isClosingMark(tokens[j]))
        ++j;
    while (j < tokens.size() && tokens[j].kind == TokenKind::Punct && (tokens[j].first == U')' || tokens[j].first == U']'))
        ++j;
    last = j;
    if (j >= tokens.size() || tokens[j].kind == TokenKind::Paragraph)
        return true;
    const Token& next = tokens[j];
    if (!next.spaceBefore)
        return false;
    const bool opensSentence = (next.kind == TokenKind::Word && (next.capitalised || next.numeric)) ||
                               (next.kind == TokenKind::Quote && next.quote == QuoteRole::Open) ||
                               (next.kind == TokenKind::Punct && (next.first == U'(' || next.first == U'['));
    if (!opensSentence)
        return false;
    if (stop && i > 0 && tokens[i - 1].kind == TokenKind::Word && !t.spaceBefore) {
        const Token& w = tokens[i - 1];
        const StructureWords& lex = words();
        const bool opener = next.kind != TokenKind::Word || lex.sentenceOpeners.count(next.lower) > 0;
        if (w.end - w.start == 1 && w.capitalised)
            return false;  // an initial: "John F. Kennedy"
        if (w.lower.find('.') != std::string_view::npos)  // "G.K. Butterfield", "in the U.S. The ..."
            return opener;
        switch (lex.abbreviation(w.lower)) {
        case Abbreviation::Title:
            return false;
        case Abbreviation::End:
            return opener;
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
                s.sentenceOf[k] = static_cast<std::uint32_t>(s.sentences.size());
            s.sentences.push_back({begin, end, s.paragraphOf[begin], 0, 0});
        }
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (tokens[i].kind == TokenKind::Paragraph) {
            push(i);
            s.sentenceOf[i] = static_cast<std::uint32_t>(s.sentences.empty() ? 0 : s.sentences.size() - 1);
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

// ---- clauses --------------------------------------------------------------

bool isPunct(const Token& t, char32_t c) { return t.kind == TokenKind::Punct && t.first == c; }

bool isSeparatingDash(const std::vector<Token>& tokens, std::size_t i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::Punct)
        return false;
    if (t.first == 0x2014 || t.first == 0x2013 || t.first == 0x2015)
        return true;
    return t.first == U'-' && t.spaceBefore && (i + 1 >= tokens.size() || tokens[i + 1].spaceBefore);
}

bool isParticiple(const Token& t) {
    return t.kind == TokenKind::Word && !t.capitalised && t.lower.size() > 4 && t.lower.ends_with("ing");
}

// A quotation that stands on its own as a clause: it opens its sentence or
// follows a comma, colon or dash, or closes with its own punctuation.
bool standsAlone(const std::vector<Token>& tokens, const Quotation& q, std::size_t sentenceBegin) {
    if (q.single)
        return false;
    if (q.open <= sentenceBegin || q.paragraphs || !q.closed)
        return true;
    const Token& before = tokens[q.open - 1];
    if (before.kind == TokenKind::Paragraph || isPunct(before, U',') || isPunct(before, U':') ||
        isSeparatingDash(tokens, q.open - 1))
        return true;
    if (q.close == 0 || q.close - 1 <= q.open)
        return false;
    const Token& last = tokens[q.close - 1];
    return last.kind == TokenKind::Punct && (last.first == U',' || last.first == U'.' || last.first == U'?' ||
                                             last.first == U'!' || last.first == 0x2026);
}

// What opens a clause at token k of the sentence [begin, end), if anything.
std::optional<ClauseOpening> clauseBreakBefore(const std::vector<Token>& tokens, const Structure& s, std::size_t k,
                                               std::size_t begin, const std::vector<char>& aloneOpens,
                                               const std::vector<char>& aloneCloses) {
    const Token& prev = tokens[k - 1];
    const Token& t = tokens[k];
    if (isPunct(prev, U';'))
        return ClauseOpening::Semicolon;
    if (isPunct(prev, U':'))
        return ClauseOpening::Colon;
    if (isSeparatingDash(tokens, k - 1))
        return ClauseOpening::Dash;
    // A quotation on its own: before its opening mark, and after its closing
    // mark or the comma right after that ("“...”, he said").
    const bool afterClose = aloneCloses[k - 1] && !isPunct(t, U',') && !isPunct(t, U'.');
    if (aloneOpens[k] || afterClose || (isPunct(prev, U',') && k >= begin + 2 && aloneCloses[k - 2]))
        return ClauseOpening::Quotation;
    if (isPunct(t, U'(') || isPunct(prev, U')'))
        return ClauseOpening::Parenthesis;
    if (!isPunct(prev, U','))
        return std::nullopt;
    if (isParticiple(t))
        return ClauseOpening::Comma;
    if (t.kind != TokenKind::Word)
        return std::nullopt;
    const StructureWords& lex = words();
    switch (lex.clauseWord(t.lower)) {
    case ClauseWord::Subordinator:
    case ClauseWord::Relative:
    case ClauseWord::Contrast:
        return ClauseOpening::Comma;
    case ClauseWord::According:
        return k + 1 < tokens.size() && tokens[k + 1].lower == "to" ? std::optional(ClauseOpening::Comma) : std::nullopt;
    case ClauseWord::Conjunction:
        if (k + 1 < tokens.size() && s.sentenceOf[k + 1] == s.sentenceOf[k] &&
            lex.clauseWord(tokens[k + 1].lower) == ClauseWord::Pronoun)
            return ClauseOpening::Comma;
        return std::nullopt;
    case ClauseWord::Pronoun:
    case ClauseWord::None:
        break;
    }
    return std::nullopt;
}

// The quotation a clause lies inside: the one around its first word, if
// every word of the clause lies inside it too.
int quotationOfClause(const Structure& s, const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    int q = -2;
    for (std::size_t k = begin; k < end; ++k) {
        if (tokens[k].kind != TokenKind::Word)
            continue;
        const int here = s.quotationOf[k];
        if (q == -2) {
            q = here;
            continue;
        }
        if (here == q)
            continue;
        // A quotation nested in q counts as inside it.
        if (q >= 0 && here >= 0 && s.quotations[static_cast<std::size_t>(here)].open > s.quotations[static_cast<std::size_t>(q)].open &&
            s.quotations[static_cast<std::size_t>(here)].close <= s.quotations[static_cast<std::size_t>(q)].close)
            continue;
        return -1;
    }
    return q < 0 ? -1 : q;
}

void splitClauses(const std::vector<Token>& tokens, Structure& s) {
    const std::size_t n = tokens.size();
    // The marks of the quotations that stand alone.
    std::vector<char> aloneOpens(n + 1, 0), aloneCloses(n + 1, 0);
    for (const Quotation& q : s.quotations) {
        const std::size_t sentenceBegin = s.sentences.empty() ? 0 : s.sentences[s.sentenceOf[q.open]].begin;
        if (!standsAlone(tokens, q, sentenceBegin))
            continue;
        aloneOpens[q.open] = 1;
        if (q.closed)
            aloneCloses[q.close] = 1;
    }
    s.clauseOf.assign(n, 0);
    for (std::size_t si = 0; si < s.sentences.size(); ++si) {
        Sentence& sentence = s.sentences[si];
        sentence.firstClause = s.clauses.size();
        std::size_t clauseBegin = sentence.begin;
        ClauseOpening opening = ClauseOpening::Sentence;
        auto push = [&](std::size_t end) {
            for (std::size_t k = clauseBegin; k < end; ++k)
                s.clauseOf[k] = static_cast<std::uint32_t>(s.clauses.size());
            s.clauses.push_back({clauseBegin, end, si, opening, quotationOfClause(s, tokens, clauseBegin, end)});
        };
        for (std::size_t k = sentence.begin + 1; k < sentence.end; ++k) {
            const auto next = clauseBreakBefore(tokens, s, k, sentence.begin, aloneOpens, aloneCloses);
            if (!next)
                continue;
            push(k);
            clauseBegin = k;
            opening = *next;
        }
        push(sentence.end);
        sentence.endClause = s.clauses.size();
    }
    // Paragraph breaks belong to the clause before them.
    for (std::size_t k = 0; k < n; ++k)
        if (tokens[k].kind == TokenKind::Paragraph)
            s.clauseOf[k] = s.clauses.empty() ? 0 : (k > 0 ? s.clauseOf[k - 1] : 0);
}

}  // namespace

Structure analyzeStructure(std::vector<Token>& tokens) {
    Structure s;
    const std::size_t n = tokens.size();
    s.paragraphOf.resize(n);
    std::uint32_t paragraph = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (tokens[i].kind == TokenKind::Paragraph)
            ++paragraph;
        s.paragraphOf[i] = paragraph;
    }
    pairDoubleQuotes(tokens, s);
    const std::size_t doubles = s.quotations.size();
    pairSingleQuotes(tokens, s);
    orderQuotations(doubles, n, s);
    splitSentences(tokens, s);
    splitClauses(tokens, s);
    s.dateline = findDateline(tokens, s.paragraphOf);
    return s;
}

}  // namespace claimdesk::text
