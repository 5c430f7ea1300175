#include "core/extract/attribution/rulebook.h"

#include <algorithm>

// Attributions shaped by paragraphs rather than by a cue verb's clause:
// "Source:"/"Quote:" labels, transcript speaker labels, quotations signed
// after a dash, paragraphs closed by "- Zelensky said", "This was stated by
// ..." and quotation paragraphs continuing the last speaker.

namespace claimdesk::extract::attribution {

// Ukrainian and Russian outlets close a paragraph of unquoted speech with
// "- Zelensky said.": the whole paragraph is the quotation.
void Rules::dashParagraphs() {
    for (const Sentence& s : m_st.sentences) {
        if (s.end < m_tok.size() && m_tok[s.end].kind != text::TokenKind::Paragraph)
            continue;
        std::size_t d = kNone;
        for (std::size_t k = s.end; k > s.begin + 1; --k)
            if (dash(k - 1) && m_st.quotationOf[k - 1] < 0) {
                d = k - 1;
                break;
            }
        if (d == kNone)
            continue;
        for (std::size_t v = d + 2; v < s.end && v < d + 12; ++v) {
            const auto frame = cueAt(v);
            if (!frame)
                continue;
            if (*frame != CueFrame::Say)
                break;
            const Range cue = cueSpan(v, *frame, d + 1, s.end);
            const auto source = leftSource(d + 1, cue.begin);
            if (!source || source->begin != d + 1 || !endish(skipAdjuncts(cue.end, s.end, true), s.end))
                break;
            std::size_t b = s.begin;
            while (b > 0 && m_tok[b - 1].kind != text::TokenKind::Paragraph)
                --b;
            while (b < d && m_tok[b].kind == text::TokenKind::Quote)
                ++b;
            const std::size_t e = trimEnd(b, d);
            if (e > b + 2 && free(b, e))
                emit(source, cue, span(b, e), ClaimKind::Direct, b, e);
            break;
        }
    }
}

// "X. This was stated by President Zelensky in an interview": the sentence
// before is the content.
void Rules::anaphoricPassives() {
    for (std::size_t si = 1; si < m_st.sentences.size(); ++si) {
        const Sentence& s = m_st.sentences[si];
        const Sentence& prev = m_st.sentences[si - 1];
        std::size_t i = s.begin;
        if (!(word(i, "this") || word(i, "that") || word(i, "it")) || m_st.paragraphOf[i] != m_st.paragraphOf[prev.begin])
            continue;
        std::size_t v = i + 1;
        while (v < s.end && v < i + 4 && (word(v, "was") || word(v, "is") || word(v, "has") || word(v, "been") ||
                                          is(CueMod, v)))
            ++v;
        if (v == i + 1 || !word(v) || !cueOf(v) || !word(v + 1, "by"))
            continue;
        const auto source = rightSource(v + 2, s.end);
        if (!source)
            continue;
        const std::size_t e = trimEnd(prev.begin, prev.end);
        if (e <= prev.begin + 2 || !free(prev.begin, e))
            continue;
        emit(source, Range{i + 1, v + 1}, span(prev.begin, e), kindOf(prev.begin, e), prev.begin, e);
    }
}

// "Source: NAME" on one line, then "Quote: “...”" paragraphs.
void Rules::labelledQuotes() {
    std::optional<Range> labelSource;
    for (std::size_t i = 0; i + 2 < m_tok.size(); ++i) {
        const bool paragraphStart = i == 0 || m_tok[i - 1].kind == text::TokenKind::Paragraph ||
                                    (m_tok[i - 1].kind == text::TokenKind::Quote && (i == 1 || m_tok[i - 2].kind == text::TokenKind::Paragraph));
        if (!paragraphStart || !word(i) || !m_tok[i].capitalised)
            continue;
        if (!punct(i + 1, U':')) {
            speakerLabel(i);
            continue;
        }
        std::string_view label = m_tok[i].lower;
        if (label == "source" || label == "sources") {
            std::size_t k = i + 2;
            while (k < m_tok.size() && word(k) && !is(Prep, k) && !is(Stop, k) && k - i < 10)
                ++k;
            if (k > i + 2)
                labelSource = Range{i + 2, k};
            continue;
        }
        if (label != "quote" && label != "quotes") {
            speakerLabel(i);
            continue;
        }
        const Quotation* q = quoteOpenedAt(i + 2);
        if (!q || q->single || !free(q->open, q->close))
            continue;
        const std::size_t end = q->closed ? q->close + 1 : q->close;
        emit(labelSource, Range{i, i + 1}, {q->contentStart, q->contentEnd}, ClaimKind::Direct, q->open, end);
    }
}

// "WALLACE: Let's start ..." in a transcript, "Pence: Flowers Won't Be at
// Debate" in a headline: a short capitalised name, a colon, the words.
void Rules::speakerLabel(std::size_t i) {
    std::size_t k = i;
    while (k < m_tok.size() && k - i < 5 && word(k) && (m_tok[k].capitalised || word(k, "of")) && !is(Stop, k))
        ++k;
    if (k == i || !punct(k, U':') || is(Label, i) || (k - i == 1 && is(Det, i)))
        return;
    for (std::size_t w = i; w < k; ++w)
        if (is(Label, w) || is(Day, w))
            return;
    std::size_t b = k + 1;
    while (b < m_tok.size() && m_tok[b].kind == text::TokenKind::Quote)
        ++b;
    std::size_t e = b;
    std::size_t words = 0;
    while (e < m_tok.size() && m_tok[e].kind != text::TokenKind::Paragraph) {
        words += m_tok[e].kind == text::TokenKind::Word;
        ++e;
    }
    while (e > b && (m_tok[e - 1].kind == text::TokenKind::Quote || (m_tok[e - 1].kind == text::TokenKind::Punct && m_tok[e - 1].first != U'?' &&
                                                              m_tok[e - 1].first != U'!' && m_tok[e - 1].first != U')')))
        --e;
    if (words < 3 || e <= b || !free(i, e))
        return;
    emit(Range{i, k}, Range{k, k + 1}, span(b, e), ClaimKind::Direct, i, e);
}

// "“...” ― Sonya Herridge": a quotation signed after a dash.
void Rules::signedQuotes() {
    for (const Quotation& q : m_st.quotations) {
        if (q.single || !q.closed)
            continue;
        std::size_t d = q.close + 1;
        if (punct(d, U'.'))
            ++d;
        if (!dash(d) || !free(q.open, d + 1))
            continue;
        const auto source = rightSource(d + 1, m_tok.size());
        if (!source)
            continue;
        std::size_t e = source->end;
        while (e < m_tok.size() && m_tok[e].kind == text::TokenKind::Punct && !dash(e))
            ++e;
        if (e < m_tok.size() && m_tok[e].kind != text::TokenKind::Paragraph)
            continue;
        emit(source, Range{d, d + 1}, {q.contentStart, q.contentEnd}, ClaimKind::Direct, q.open, q.close + 1);
    }
}

// Quotations no cue claimed: a quote paragraph continuing the last speaker
// (PolNeAR links them to that source); otherwise a quote without a source.
void Rules::loneQuotes() {
    std::optional<Span> last;
    std::size_t lastParagraph = 0;
    std::size_t next = 0;
    std::vector<RawAttribution> sorted = m_out;
    std::sort(sorted.begin(), sorted.end(),
              [](const RawAttribution& x, const RawAttribution& y) { return x.content.start < y.content.start; });
    std::size_t si = 0;
    for (const Quotation& q : m_st.quotations) {
        if (q.single)
            continue;
        const std::size_t end = q.closed ? q.close + 1 : q.close;
        // Advance the last speaker to attributions before this quotation.
        while (si < sorted.size() && sorted[si].content.start < m_tok[q.open].start) {
            if (sorted[si].source) {
                last = sorted[si].source;
                auto it = std::lower_bound(m_tok.begin(), m_tok.end(), sorted[si].source->start,
                                           [](const Token& t, std::int64_t v) { return t.start < v; });
                lastParagraph = m_st.paragraphOf[static_cast<std::size_t>(it - m_tok.begin())];
            }
            ++si;
        }
        if (q.open < next || !free(q.open, end))
            continue;
        next = end;
        std::size_t words = 0;
        for (std::size_t k = q.open + 1; k < q.close && k < m_tok.size(); ++k)
            words += m_tok[k].kind == text::TokenKind::Word;
        const bool startsParagraph = q.open == 0 || m_tok[q.open - 1].kind == text::TokenKind::Paragraph;
        // Near the last speaker (within two paragraphs), a quotation that is
        // a sentence of its own, or a long one, continues that speaker
        // ("Smith said X. “...”"); short quoted phrases are scare quotes.
        const bool ownSentence = m_st.sentences[m_st.sentenceOf[q.open]].begin == q.open && q.closed &&
                                 (end >= m_tok.size() || m_tok[end].kind == text::TokenKind::Paragraph ||
                                  m_st.sentenceOf[end] != m_st.sentenceOf[q.close] || finalPunct(end));
        const bool nearSpeaker = last && m_st.paragraphOf[q.open] <= lastParagraph + 2;
        if (!(startsParagraph && words >= 3) && !(nearSpeaker && ownSentence && words >= 2) &&
            !(nearSpeaker && words >= 8))
            continue;
        std::optional<Span> source;
        if (nearSpeaker)
            source = last;
        emit(std::nullopt, std::nullopt, {q.contentStart, q.contentEnd}, ClaimKind::Direct, q.open, end, source);
    }
}

}  // namespace claimdesk::extract::attribution
