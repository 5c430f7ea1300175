#include "core/extract/attribution/rules.h"

#include <algorithm>

#include "core/extract/attribution/rulebook.h"
#include "core/text/lexicon.h"

namespace claimdesk::extract::attribution {

const Quotation* Rules::quoteOpenedAt(std::size_t i) const {
    if (!openMark(i) || i + 1 >= m_tok.size() || m_st.quotationOf[i + 1] < 0)
        return nullptr;
    const Quotation& q = m_st.quotations[static_cast<std::size_t>(m_st.quotationOf[i + 1])];
    return q.open == i ? &q : nullptr;
}

const Quotation* Rules::quoteClosedAt(std::size_t i) const {
    if (!closeMark(i) || i == 0 || m_st.quotationOf[i - 1] < 0)
        return nullptr;
    const Quotation& q = m_st.quotations[static_cast<std::size_t>(m_st.quotationOf[i - 1])];
    return q.close == i && q.closed ? &q : nullptr;
}

std::optional<CueFrame> Rules::cueAt(std::size_t i) const {
    if (!word(i) || m_st.quotationOf[i] >= 0 || m_used[i])
        return std::nullopt;
    const CueFrame* frame = cueOf(i);
    if (!frame)
        return std::nullopt;
    // "to say", "the report", "a call": not a finite speech verb.
    if (i > 0 && (word(i - 1, "to") || is(Det, i - 1)) && !word(i - 1, "that"))
        return std::nullopt;
    // Plural nouns that double as verbs ("renewed fears along the border",
    // "dialing back plans"): a verb only right after a name or a pronoun.
    if (m_tok[i].lower.size() > 3 && m_tok[i].lower.back() == 's' && m_tok[i].lower != "says" && i > 0 &&
        (m_info[i].classes & Noun) != 0 &&
        (!(word(i - 1) && (m_tok[i - 1].capitalised || is(Pronoun, i - 1) || is(CueMod, i - 1))) ||
         m_tok[i - 1].lower.ends_with("'s")))
        return std::nullopt;
    // "the first confirmed battles", "a widely reported case": an adjective.
    std::size_t k = i;
    while (k > 0 && (is(CueMod, k - 1) || (word(k - 1) && m_tok[k - 1].lower.ends_with("ly") && !m_tok[k - 1].capitalised)))
        --k;
    if (k < i && k > 0 && is(Det, k - 1) && !word(k - 1, "that") && !is(Pronoun, k - 1))
        return std::nullopt;
    // "Said" opening a sentence is rare and usually a headline; a capitalised
    // cue mid-sentence is a name ("Sen. Warner").
    if (m_tok[i].capitalised && i > 0 && m_st.sentenceOf[i - 1] == m_st.sentenceOf[i] && !openMark(i - 1))
        return std::nullopt;
    return *frame;
}

// The cue: the verb with its auxiliaries and adverbs before it ("has also
// said"), a particle after it ("pointed out", "said of") and the adjuncts
// PolNeAR counts as part of it ("said Tuesday", "said in a statement").
Range Rules::cueSpan(std::size_t verb, CueFrame frame, std::size_t sentenceBegin, std::size_t sentenceEnd) const {
    std::size_t b = verb;
    while (b > sentenceBegin) {
        const std::size_t k = b - 1;
        const bool adverb = word(k) && !m_tok[k].capitalised && m_tok[k].lower.size() > 4 && m_tok[k].lower.ends_with("ly");
        // "is telling", "was warning": the progressive's auxiliary.
        const bool be = participle(verb) && word(k) &&
                        (m_tok[k].lower == "is" || m_tok[k].lower == "are" || m_tok[k].lower == "was" ||
                         m_tok[k].lower == "were" || m_tok[k].lower == "been" || m_tok[k].lower == "be" ||
                         m_tok[k].lower == "'s" || m_tok[k].lower == "'re");
        if (!(is(CueMod, k) || adverb || be) || m_st.quotationOf[k] >= 0)
            break;
        b = k;
    }
    // "He has" would leave nothing of the source: keep the pronoun's verb out.
    std::size_t e = verb + 1;
    if (word(e) && e < sentenceEnd) {
        std::string_view p = m_tok[e].lower;
        const bool particle = frame == CueFrame::Object
                                  ? (p == "for" || p == "on" || p == "out" || p == "to" || p == "about" || p == "against")
                                  : p == "out";
        if (particle && !is(Day, e + 1))
            ++e;
    }
    if (is(Day, e) && e < sentenceEnd) {
        ++e;
        if (word(e) && (m_tok[e].lower == "night" || m_tok[e].lower == "morning" || m_tok[e].lower == "afternoon" ||
                        m_tok[e].lower == "evening"))
            ++e;
    } else if (word(e, "in") && word(e + 1, "a") && word(e + 2, "statement") && e + 3 <= sentenceEnd) {
        e += 3;
    }
    return {b, e};
}

// Skips adjuncts after a cue ("in an interview with CNN", "last week", "on
// Twitter"): a preposition or time word up to the next punctuation, unless a
// "that" shows the content starts inside it.
std::size_t Rules::skipAdjuncts(std::size_t j, std::size_t end, bool trailing) const {
    // After a source with nothing to follow ("..., he said of the plan."),
    // any prepositional phrase is an adjunct.
    auto starts = [&](std::size_t i) {
        return is(Prep, i) || is(Time, i) || is(Day, i) ||
               (trailing && (word(i, "to") || word(i, "of") || word(i, "about") || word(i, "after") || word(i, "before")));
    };
    // "Gowdy said sarcastically.": a manner adverb closing the clause.
    if (trailing && word(j) && !m_tok[j].capitalised && m_tok[j].lower.size() > 4 && m_tok[j].lower.ends_with("ly") &&
        endish(j + 1, end))
        return j + 1;
    while (j < end && starts(j)) {
        std::size_t k = j + 1;
        while (k < end && k - j < 14) {
            // "after a briefing by the agency (NMIS)": a short parenthesis inside.
            if (const std::size_t close = parenthesisEnd(k, end); close != kNone) {
                k = close + 1;
                continue;
            }
            if (!((word(k) || (punct(k, U'.') && !m_tok[k].spaceBefore && !finalPunct(k + 1) && word(k + 1)) ||
                   punct(k, U'-')) &&
                  !word(k, "that") && !(is(Stop, k) && !word(k, "and")) && !is(Pronoun, k) && m_st.quotationOf[k] < 0))
                break;
            ++k;
        }
        if (k - j >= 14)
            return j;
        if (word(k, "that") || (k < end && (is(Stop, k) || is(Pronoun, k)) && !trailing))
            return k;
        j = k;
    }
    return j;
}

// Past a time adjunct set off by a comma after an attribution ("..., the
// minister said on Thursday, nearly two weeks after the ship was seized."):
// a short phrase holding "after", "before", "ago" or "later" that runs to
// the clause's end. Returns `j` when there is none.
std::size_t Rules::pastRelativeTime(std::size_t j, std::size_t end) const {
    if (!punct(j, U','))
        return j;
    for (std::size_t k = j + 1; k < end && k < j + 6 && word(k); ++k)
        if (relativeTimeWord(k)) {
            std::size_t e = k + 1;
            while (e < end && !finalPunct(e) && !punct(e, U';') && !closeMark(e) && !openMark(e) && e - j < 20)
                ++e;
            return endish(e, end) ? e : j;
        }
    return j;
}

// ", two days after its fighters seized the ship", ", hours before the
// vote": pastRelativeTime's phrase with an amount of time before its time
// word, to the clause's end.
bool Rules::closingRelativeTime(std::size_t comma, std::size_t end) const {
    static const auto& units = text::lexiconWords("timex-units");
    if (!punct(comma, U','))
        return false;
    for (std::size_t k = comma + 2; k < end && k < comma + 6 && word(k); ++k)
        if (relativeTimeWord(k) && units.count(m_tok[k - 1].lower))
            return pastRelativeTime(comma, end) != comma;
    return false;
}

// The closing bracket of a short parenthesis opening at `i` ("(NMIS)",
// "(D-Wis.)"), or kNone.
std::size_t Rules::parenthesisEnd(std::size_t i, std::size_t end) const {
    if (!punct(i, U'('))
        return kNone;
    for (std::size_t k = i + 1; k < end && k < i + 8; ++k) {
        if (punct(k, U')'))
            return k > i + 1 ? k : kNone;
        if (!word(k) && !punct(k, U'.') && !punct(k, U'-'))
            return kNone;
    }
    return kNone;
}

// The recipient of a "tell" verb ("told reporters", "told the Associated
// Press"), which PolNeAR leaves out of the cue.
std::size_t Rules::skipRecipient(std::size_t j, std::size_t end, CueFrame frame) const {
    if (frame != CueFrame::Tell || j >= end)
        return j;
    if (is(ObjectPronoun, j))
        return j + 1;
    if (!word(j) || word(j, "that") || is(Prep, j))
        return j;
    // "told state election officials to ...", "told his advisers that ...":
    // a plain noun phrase up to the content's "to" or "that".
    for (std::size_t k = j; k < end && k - j < 6 && word(k) && !is(Pronoun, k); ++k) {
        if (k > j && (word(k, "that") || word(k, "to")))
            return k;
        if (is(Stop, k) || is(Prep, k) || is(Day, k) || is(Time, k) || cueOf(k))
            break;
    }
    std::size_t k = j;
    while (k < end && k - j < 7 && !word(k, "that") && !is(Prep, k) && !is(Day, k) && !is(Time, k) &&
           (word(k) || (punct(k, U'.') && !m_tok[k].spaceBefore && word(k + 1) && !finalPunct(k + 1))) &&
           (k == j || m_tok[k].capitalised || is(Det, j) || m_tok[k].kind == text::TokenKind::Punct) &&
           !(k > j && (is(Det, k) || is(Pronoun, k))))
        ++k;
    return k;
}

// Whether the clause ends at j: the sentence's end, final punctuation, a
// dash, or a comma followed by what cannot continue the content.
bool Rules::endish(std::size_t j, std::size_t end) const {
    if (j >= end || finalPunct(j) || dash(j) || punct(j, U';') || closeMark(j) || word(j, "who") || word(j, "which") ||
        word(j, "as") || word(j, "when") || word(j, "while") || word(j, "after") || word(j, "before") ||
        word(j, "because") || word(j, "then"))
        return true;
    if (!punct(j, U','))
        return false;
    const std::size_t k = j + 1;
    if (k >= end || openMark(k) || participle(k))
        return true;
    if (!word(k))
        return false;
    std::string_view w = m_tok[k].lower;
    return w == "who" || w == "which" || w == "according" || w == "but" || w == "and" || w == "as" || w == "when" ||
           w == "after" || w == "before" || w == "because" || w == "although" || w == "though" || w == "while" ||
           w == "in" || w == "at" || w == "during" || w == "on" || w == "where" || w == "whose" || w == "then" ||
           w == "if" || w == "since" || w == "so" || w == "with";
}

// Where a content running to the sentence's end really stops: before a
// closing relative time (", two days after ..."), a trailing participle
// (", adding that", ", encouraging ..."), "according
// to", a contrast (", but ..."), a relative clause after an object cue's
// noun phrase (", which ..."), a second
// verb of the same speaker (" and said ..."), a second attribution (", and a
// spokesman confirmed ..."), and for object cues before an adjunct ("called
// it a disgrace in a tweet").
std::size_t Rules::contentEnd(std::size_t begin, std::size_t end, CueFrame frame) const {
    const bool object = frame == CueFrame::Object || frame == CueFrame::Want;
    for (std::size_t k = begin; k < end; ++k) {
        // "...," adding that ...: the comma sits inside the quotation.
        if (closeMark(k) && k + 1 < end && k > begin + 1 && punct(k - 1, U',') &&
            ((participle(k + 1) && cueOf(k + 1)) || (word(k + 1, "according") && word(k + 2, "to"))))
            return k - 1;
        if (m_st.quotationOf[k] >= 0 && !closeMark(k))
            continue;
        if (k > begin + 1 && (punct(k, U';') || (dash(k) && (word(k + 1, "and") || word(k + 1, "but")))))
            return k;
        // "... willingness to change the law but has been met with opposition".
        if (k > begin + 1 && word(k, "but") && word(k + 1) && (is(CueMod, k + 1) || word(k + 1, "is") || word(k + 1, "was")))
            return k;
        if (k > begin + 1 && word(k, "and") && word(k + 1) && !m_tok[k + 1].capitalised && cueOf(k + 1))
            return k;
        if (frame == CueFrame::Object && k > begin &&
            (word(k, "in") || word(k, "during") || word(k, "at") || word(k, "after") || word(k, "before") ||
             word(k, "since") || word(k, "when") || (word(k, "on") && is(Day, k + 1))))
            return k;
        if (!punct(k, U',') || k + 1 >= end)
            continue;
        // A time relative to the report that closes the sentence dates the
        // attribution, not what was said.
        if (!object && k > begin + 1 && closingRelativeTime(k, end))
            return k;
        if ((participle(k + 1) && !word(k + 1, "including")) || (word(k + 1, "according") && word(k + 2, "to")))
            return k;
        if (word(k + 1, "but") || word(k + 1, "though") || word(k + 1, "although") || word(k + 1, "whereas") ||
            (object && (word(k + 1, "which") || word(k + 1, "who"))))
            return k;
        // ", and a spokesperson confirmed that ...": a second attribution.
        if (word(k + 1, "and") || word(k + 1, "while")) {
            for (std::size_t v = k + 3; v < end && v < k + 14; ++v) {
                if (!word(v) || m_st.quotationOf[v] >= 0 || punct(v, U',') || word(v, "that"))
                    break;
                const CueFrame* f = cueOf(v);
                if (f && !m_tok[v].capitalised && (*f == CueFrame::Say || *f == CueFrame::Tell)) {
                    const auto src = leftSource(k + 2, v);
                    if (src && src->begin == k + 2)
                        return k;
                    break;
                }
            }
        }
    }
    return trimEnd(begin, end);
}

std::size_t Rules::trimEnd(std::size_t begin, std::size_t end) const {
    while (end > begin && m_tok[end - 1].kind == text::TokenKind::Punct && m_st.quotationOf[end - 1] < 0 &&
           m_tok[end - 1].first != U')')
        --end;
    return end;
}

ClaimKind Rules::kindOf(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k < end; ++k)
        if (const Quotation* q = quoteOpenedAt(k); q && !q->single) {
            if (k == begin && q->close + 1 >= end)
                return ClaimKind::Direct;
            return ClaimKind::Mixed;
        }
    return ClaimKind::Indirect;
}

bool Rules::free(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k < end; ++k)
        if (m_used[k])
            return false;
    return true;
}

void Rules::emit(std::optional<Range> source, std::optional<Range> cue, Span content, ClaimKind kind,
                 std::size_t contentBegin, std::size_t contentEnd, std::optional<Span> sharedSource) {
    RawAttribution a;
    a.source = sharedSource;
    if (source && !source->empty()) {
        a.source = span(*source);
        for (std::size_t k = source->begin; k < source->end; ++k)
            m_used[k] = 1;
    }
    if (cue && !cue->empty()) {
        a.cue = span(*cue);
        for (std::size_t k = cue->begin; k < cue->end; ++k)
            m_used[k] = 1;
    }
    a.kind = kind;
    for (std::size_t k = contentBegin; k < contentEnd && k < m_used.size(); ++k)
        m_used[k] = 1;
    // A quotation over several paragraphs: one claim per paragraph, as an
    // analyst reads them (PolNeAR splits such contents at line breaks too).
    std::size_t first = kNone;
    std::size_t last = kNone;
    auto flush = [&]() {
        if (first == kNone)
            return;
        a.content = {std::max(content.start, m_tok[first].start), std::min(content.end, m_tok[last].end)};
        if (!a.content.empty())
            m_out.push_back(a);
        first = last = kNone;
    };
    bool split = false;
    if (kind == ClaimKind::Direct)
        for (std::size_t k = contentBegin; k < contentEnd && k < m_tok.size(); ++k)
            split = split || (m_tok[k].kind == text::TokenKind::Paragraph && m_tok[k].start < content.end && m_tok[k].end > content.start);
    if (!split) {
        a.content = content;
        m_out.push_back(a);
        return;
    }
    for (std::size_t k = contentBegin; k < contentEnd && k < m_tok.size(); ++k) {
        if (m_tok[k].kind == text::TokenKind::Paragraph) {
            flush();
            continue;
        }
        if (m_tok[k].kind == text::TokenKind::Quote || m_tok[k].end <= content.start || m_tok[k].start >= content.end)
            continue;
        if (first == kNone)
            first = k;
        last = k;
    }
    flush();
}

bool Rules::emitBefore(std::size_t sentenceBegin, std::size_t last, std::optional<Range> source, Range cue) {
    // "“...,” he said": the quotation ending right before.
    std::size_t closeAt = last;
    if (punct(closeAt, U',') && closeMark(closeAt - 1))
        --closeAt;
    if (const Quotation* q = quoteClosedAt(closeAt)) {
        std::size_t lead = sentenceBegin;
        while (lead < q->open && is(Lead, lead))
            ++lead;
        if (q->open <= lead || m_st.sentenceOf[q->open] != m_st.sentenceOf[closeAt]) {
            if (!free(q->open, q->close + 1))
                return false;
            emit(source, cue, {q->contentStart, q->contentEnd}, ClaimKind::Direct, q->open, q->close + 1);
            return true;
        }
        if (!free(sentenceBegin, closeAt + 1))
            return false;
        emit(source, cue, span(sentenceBegin, closeAt + 1), ClaimKind::Mixed, sentenceBegin, closeAt + 1);
        return true;
    }
    std::size_t b = sentenceBegin;
    while (b < last && m_used[b])
        ++b;
    // A fronted adjunct is not content: "As for complexity, ...", "As it
    // stands, ...", "In Ohio, ...".
    if (is(Prep, b) || is(Time, b) || word(b, "as") || word(b, "for") || word(b, "despite")) {
        for (std::size_t k = b + 1; k < last && k < b + 8; ++k)
            if (punct(k, U',')) {
                if (last - k > 3)
                    b = k + 1;
                break;
            } else if (!word(k) && !punct(k, U'.')) {
                break;
            }
    }
    const std::size_t e = trimEnd(b, last);
    if (e <= b || e - b < 3 || !free(b, e))
        return false;
    emit(source, cue, span(b, e), kindOf(b, e), b, e);
    return true;
}

// After a direct quotation's attribution, the quotation may go on: ", “...”"
// in the same sentence, or a new quotation right after the sentence's end
// in the same paragraph with no attribution of its own.
void Rules::followingQuotes(std::size_t after, const std::optional<Range>& source, Range cue) {
    auto skip = [&](std::size_t j) {
        while (j < m_tok.size() && m_tok[j].kind == text::TokenKind::Punct && (m_tok[j].first == U',' || finalPunct(j)))
            ++j;
        return j;
    };
    std::size_t j = skip(after);
    // After a relative clause ("said X, who ... . “...”"): the next sentence.
    if (!quoteOpenedAt(j) && after < m_tok.size())
        j = skip(m_st.sentences[m_st.sentenceOf[after]].end);
    const Quotation* q = quoteOpenedAt(j);
    if (!q || !q->closed || q->single || !free(q->open, q->close + 1))
        return;
    if (m_st.paragraphOf[q->open] != m_st.paragraphOf[after])
        return;
    std::size_t k = q->close + 1;
    if (!(k >= m_tok.size() || finalPunct(k) || m_tok[k].kind == text::TokenKind::Paragraph || finalPunct(q->close - 1)))
        return;
    // Its own attribution follows ("“...,” she said."): leave it to that cue.
    if (k < m_tok.size() && m_tok[k].kind == text::TokenKind::Word)
        return;
    emit(source ? std::optional<Range>(*source) : std::nullopt, cue, {q->contentStart, q->contentEnd}, ClaimKind::Direct,
         q->open, q->close + 1);
}

// "CONTENT, SOURCE said." / "CONTENT, said SOURCE." / "“QUOTE,” he said."
bool Rules::tryContentBefore(Range cue, CueFrame frame, const Sentence& s) {
    // "“...?” Clinton said.": the question mark ended a sentence inside the
    // quotation, so the quotation lies in the sentence before.
    const bool afterQuote = s.begin > 0 && closeMark(s.begin - 1) && m_st.paragraphOf[s.begin - 1] == m_st.paragraphOf[s.begin];
    const std::size_t contentBegin = afterQuote ? m_st.sentences[m_st.sentenceOf[s.begin - 1]].begin : s.begin;
    if (cue.begin < s.begin || (cue.begin == s.begin && !afterQuote))
        return false;
    const std::size_t before = cue.begin - 1;
    // Inversion: ", said Smith" / "” said Smith", unless the comma closes an
    // apposition ("Dianne Feinstein, Democrat of California, said ...").
    const auto left = leftSource(s.begin, cue.begin);
    // "continued" and the like introduce only quotations.
    if (frame == CueFrame::Quote) {
        const std::size_t q = left ? left->begin - 1 : before;
        if (!(closeMark(q) || (punct(q, U',') && closeMark(q - 1))))
            return false;
    }
    if (closeMark(before) || dash(before) || (punct(before, U',') && !left)) {
        std::size_t j = skipAdjuncts(cue.end, s.end, true);
        const auto source = rightSource(j, s.end);
        if (!source || (m_speakerSourceOnly && !speakerLike(*source)))
            return false;
        j = pastRelativeTime(skipAdjuncts(source->end, s.end), s.end);
        if (!endish(j, s.end) || (!closeMark(before) && quotationFollows(j)))
            return false;
        if (!emitBefore(contentBegin, before, source, cue))
            return false;
        followingQuotes(j, source, cue);
        return true;
    }
    // "CONTENT, SOURCE said" with the source before the cue.
    const auto& source = left;
    if (!source || source->begin < s.begin || (source->begin == s.begin && !afterQuote) ||
        (m_speakerSourceOnly && !speakerLike(*source)))
        return false;
    const std::size_t last = source->begin - 1;
    if (!(punct(last, U',') || closeMark(last) || dash(last)))
        return false;
    std::size_t j = skipRecipient(cue.end, s.end, frame);
    j = pastRelativeTime(skipAdjuncts(j, s.end, true), s.end);
    if (frame == CueFrame::Tell && !endish(j, s.end)) {
        // A longer recipient ("told some of the miners"), then the clause's end.
        std::size_t k = cue.end;
        while (k < s.end && k < cue.end + 7 && word(k) && !word(k, "that") && !word(k, "to"))
            ++k;
        if (endish(k, s.end))
            j = k;
    }
    // "As a phone rang, the announcer said, “...”": the quotation after the
    // cue is the content, not the words before it.
    if (!closeMark(last) && quotationFollows(j))
        return false;
    if (!endish(j, s.end)) {
        // A parenthetical "X, he said, is Y": content on both sides.
        if (!punct(j, U',') || !punct(last, U','))
            return false;
        const std::size_t e = contentEnd(j + 1, s.end);
        if (e <= j + 2 || !free(j + 1, e))
            return false;
        // "During his years in office, Mr. Obama said, ...": the words before
        // are an adjunct, not content.
        std::size_t first = contentBegin;
        while (first < last && (is(Lead, first) || m_tok[first].kind == text::TokenKind::Quote))
            ++first;
        const bool adjunct = word(first) && (is(Prep, first) || is(Stop, first) || is(Time, first) || word(first, "for") ||
                                             word(first, "despite") || word(first, "given"));
        if (!adjunct && !emitBefore(contentBegin, last, source, cue))
            return false;
        emit(source, cue, span(j + 1, e), kindOf(j + 1, e), j + 1, e);
        return true;
    }
    if (!emitBefore(contentBegin, last, source, cue))
        return false;
    followingQuotes(j, source, cue);
    return true;
}

// "SOURCE said (that) CONTENT" / "SOURCE said: “QUOTE”".
bool Rules::tryContentAfter(std::size_t verb, Range cue, CueFrame frame, const Sentence& s) {
    std::optional<Range> source = leftSource(s.begin, cue.begin);
    // "losses far higher than the navy has admitted, a lawmaker said": a
    // comparison's cue has no content of its own after it.
    if (source && source->begin > s.begin && word(source->begin - 1, "than"))
        return false;
    std::optional<Span> shared;
    bool passive = false;
    if (!source) {
        // "..., adding that": the sentence's earlier speaker.
        if (cue.begin > s.begin && punct(cue.begin - 1, U',') && participle(verb)) {
            for (auto it = m_out.rbegin(); it != m_out.rend(); ++it)
                if (it->source && it->source->start >= m_tok[s.begin].start) {
                    shared = it->source;
                    break;
                }
        } else if (cue.begin > s.begin && word(cue.begin - 1, "and")) {
            // "Authorities announced ... and said ...": the same speaker.
            for (auto it = m_out.rbegin(); it != m_out.rend(); ++it)
                if (it->source && it->source->start >= m_tok[s.begin].start) {
                    shared = it->source;
                    break;
                }
            if (!shared) {
                // "Mr. Schultz supported Democrats ... and said ...": the name
                // that opens the sentence.
                std::size_t b = s.begin;
                while (b < cue.begin && is(Lead, b))
                    ++b;
                std::size_t e = b;
                while (e < cue.begin && e - b < 6 &&
                       ((word(e) && m_tok[e].capitalised && !is(Lead, e)) ||
                        (punct(e, U'.') && !m_tok[e].spaceBefore && e > b && word(e + 1))))
                    ++e;
                if (e == b || !word(e) || m_tok[e].capitalised || is(Det, b))
                    return false;
                source = Range{b, e};
            }
        } else if (cue.begin > s.begin && (word(cue.begin - 1, "is") || word(cue.begin - 1, "was") ||
                                           word(cue.begin - 1, "are") || word(cue.begin - 1, "were") ||
                                           word(cue.begin - 1, "been"))) {
            passive = true;  // "it is believed that", "was reported"
            cue.begin = cue.begin - 1;
        } else {
            return false;
        }
    }
    std::size_t j = skipRecipient(cue.end, s.end, frame);
    if (frame == CueFrame::Tell && j == cue.end && quoteOpenedAt(j)) {
        // A quoted recipient: "told “Morning Joe” that ...".
        const Quotation* q = quoteOpenedAt(j);
        if (q->closed && q->close < j + 6 && word(q->close + 1))
            j = q->close + 1;
    }
    j = skipAdjuncts(j, s.end);
    // "said of Clinton, “...”", "said on the other hand, “...”": a short
    // aside, then the quotation.
    for (std::size_t k = j; k < s.end && k < j + 7 && word(k) && !word(k, "that"); ++k)
        if ((punct(k + 1, U',') || punct(k + 1, U':')) && quoteOpenedAt(k + 2)) {
            j = k + 1;
            break;
        }
    const bool colon = punct(j, U':');
    if (punct(j, U',') || colon)
        ++j;
    // "He said:" with the quotation in the next paragraph.
    if (colon && j == s.end && j < m_tok.size() && m_tok[j].kind == text::TokenKind::Paragraph && quoteOpenedAt(j + 1))
        ++j;
    // "The governor added:" and a paragraph of his words without quotation marks.
    if (colon && j == s.end && j < m_tok.size() && m_tok[j].kind == text::TokenKind::Paragraph && word(j + 1)) {
        std::size_t e = j + 1;
        while (e < m_tok.size() && m_tok[e].kind != text::TokenKind::Paragraph)
            ++e;
        if (e - j > 4 && free(j + 1, e)) {
            emit(source, cue, span(j + 1, trimEnd(j + 1, e)), ClaimKind::Direct, j + 1, e, shared);
            return true;
        }
    }
    if (j >= s.end && !openMark(j))
        return false;
    if (const Quotation* q = quoteOpenedAt(j)) {
        // A whole quotation introduced by the cue.
        const std::size_t after = q->closed ? q->close + 1 : q->close;
        if (!q->single && (m_st.sentenceOf[after < m_tok.size() ? after : m_tok.size() - 1] != m_st.sentenceOf[j] ||
                           after >= s.end || endish(after, s.end) || q->paragraphs)) {
            if (!free(q->open, after))
                return false;
            emit(source, cue, {q->contentStart, q->contentEnd}, ClaimKind::Direct, q->open, after, shared);
            return true;
        }
    }
    if ((!word(j) && !openMark(j)) || frame == CueFrame::Quote)
        return false;
    if (word(j) && (frame == CueFrame::Say || frame == CueFrame::Tell)) {
        // A clause follows, not a bare object ("said it", "said nothing").
        std::string_view w = m_tok[j].lower;
        if (w == "nothing" || w == "something" || w == "anything" || is(Prep, j))
            return false;
        if ((w == "it" || w == "so" || w == "yes" || w == "no" || w == "goodbye" || w == "hello" || w == "sorry" ||
             w == "thanks" || w == "this") &&
            endish(j + 1, s.end) && !(punct(j + 1, U'.') && !m_tok[j + 1].spaceBefore && word(j + 2)))
            return false;
    }
    if (frame == CueFrame::Want && !word(j, "to") && !strongStart(j))
        return false;
    if (frame == CueFrame::That && !word(j, "that"))
        return false;
    if (word(j, "and") || word(j, "or") || word(j, "but"))
        return false;  // "reported from Midway Atoll, and Mark Landler ..."
    if (passive && !word(j, "that") && !(word(j, "to") && m_tok[cue.end - 1].lower == "expected"))
        return false;  // "is expected to", "it is believed that"; not "are supported by"
    if (word(j, "that") && (j + 4 >= s.end || endish(j + 2, s.end)))
        return false;  // "that" as a determiner: "the guides I wrote in 2014 for people in that spot"
    std::size_t e = contentEnd(j, s.end, word(j, "that") ? CueFrame::Say : frame);
    // A quotation opened in the content and running past the sentence.
    for (std::size_t k = j; k < e; ++k)
        if (const Quotation* q = quoteOpenedAt(k); q && q->close >= s.end && q->closed && !q->single)
            e = std::max(e, q->close + 1), k = q->close;
    if (e <= j || !free(j, e))
        return false;
    if (passive)
        source.reset();
    emit(source, cue, span(j, e), kindOf(j, e), j, e, shared);
    return true;
}

// "Trump's claim that ...", "the fear that ...": a nominal cue, its
// possessor as the source.
void Rules::nominalThat(std::size_t i, const Sentence& s) {
    const std::size_t b = i + 1;
    if (b + 3 >= s.end)
        return;
    const std::size_t e = contentEnd(b, s.end);
    if (e <= b + 2 || !free(b, e) || !free(i, i + 1))
        return;
    std::optional<Range> source;
    if (i > s.begin && word(i - 1) && m_tok[i - 1].lower.ends_with("'s")) {
        std::size_t h = i - 1;
        while (h > s.begin && word(h - 1) && m_tok[h - 1].capitalised && !is(Stop, h - 1) && i - h < 5)
            --h;
        source = Range{h, i};
    }
    emit(source, Range{i, i + 1}, span(b, e), kindOf(b, e), b, e);
}

// "According to SOURCE, CONTENT." / "CONTENT, according to SOURCE."
bool Rules::tryAccordingTo(std::size_t i, const Sentence& s) {
    if (!word(i + 1, "to") || m_st.quotationOf[i] >= 0 || m_used[i])
        return false;
    const Range cue{i, i + 2};
    std::size_t lead = s.begin;
    while (lead < i && is(Lead, lead))
        ++lead;
    if (i == lead || (i > s.begin && punct(i - 1, U',') && i - 1 == lead)) {
        std::size_t c = i + 2;
        while (c < s.end && !punct(c, U',') && c - i < kMaxSourceTokens)
            ++c;
        if (!punct(c, U',') || c == i + 2)
            return false;
        const std::size_t e = contentEnd(c + 1, s.end);
        if (e <= c + 1 || !free(c + 1, e))
            return false;
        emit(Range{i + 2, c}, cue, span(c + 1, e), kindOf(c + 1, e), c + 1, e);
        return true;
    }
    auto source = rightSource(i + 2, s.end);
    if (!source)
        return false;
    std::size_t last = i - 1;
    if (punct(last, U',') || dash(last) || punct(last, U'(')) {
        return emitBefore(s.begin, last, source, cue);
    }
    // "X happened according to Y": the content runs to the cue.
    return emitBefore(s.begin, i, source, cue);
}

// "CONTENT, X told reporters." / "CONTENT, officials said.": the sentence's
// own closing attribution owns it, before any cue inside the content ("is
// expected to ...", "has admitted") can claim the words: "The hospital had
// admitted 40 patients, its director said" is the director's claim.
void Rules::trailingAttribution(const Sentence& s) {
    // A participle (", adding that", ", suggesting ...") continues an
    // attribution; it does not close one.
    std::size_t last = kNone;
    for (std::size_t i = s.begin; i < s.end; ++i)
        if (m_st.quotationOf[i] < 0 && !participle(i) && cueAt(i))
            last = i;
    if (last == kNone)
        return;
    const CueFrame frame = *cueAt(last);
    if (frame != CueFrame::Say && frame != CueFrame::Tell && frame != CueFrame::Quote)
        return;
    const Range cue = cueSpan(last, frame, s.begin, s.end);
    if (!free(cue.begin, cue.end))
        return;
    m_speakerSourceOnly = true;
    tryContentBefore(cue, frame, s);
    m_speakerSourceOnly = false;
}

std::vector<RawAttribution> Rules::run() {
    labelledQuotes();
    signedQuotes();
    dashParagraphs();
    anaphoricPassives();
    for (const Sentence& s : m_st.sentences) {
        trailingAttribution(s);
        for (std::size_t i = s.begin; i < s.end; ++i) {
            if (m_used[i])
                continue;
            if (word(i, "according")) {
                tryAccordingTo(i, s);
                continue;
            }
            if (is(NominalThat, i) && word(i + 1, "that") && m_st.quotationOf[i] < 0) {
                nominalThat(i, s);
                continue;
            }
            const auto frame = cueAt(i);
            if (!frame)
                continue;
            const Range cue = cueSpan(i, *frame, s.begin, s.end);
            if (!free(cue.begin, cue.end))
                continue;
            if ((*frame == CueFrame::Say || *frame == CueFrame::Tell || *frame == CueFrame::Quote) &&
                tryContentBefore(cue, *frame, s))
                continue;
            tryContentAfter(i, cue, *frame, s);
        }
    }
    loneQuotes();
    std::stable_sort(m_out.begin(), m_out.end(),
                     [](const RawAttribution& a, const RawAttribution& b) { return a.content.start < b.content.start; });
    return std::move(m_out);
}

Rules::Rules(const text::AnnotatedText& body)
    : m_tok(body.tokens()), m_st(body.structure()), m_used(body.tokens().size(), 0) {
    const Lexicons& lex = lexicons();
    m_info.reserve(m_tok.size());
    for (const Token& t : m_tok)
        m_info.push_back(t.kind == text::TokenKind::Word ? lex.info(t.lower) : WordInfo{});
    // Where the story was filed is neither a source nor content.
    for (std::size_t k = m_st.dateline.begin; k < m_st.dateline.end && k < m_used.size(); ++k)
        m_used[k] = 1;
}

std::vector<RawAttribution> applyRules(const text::AnnotatedText& body) {
    return Rules(body).run();
}

}  // namespace claimdesk::extract::attribution
