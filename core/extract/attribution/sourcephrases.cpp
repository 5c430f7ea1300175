#include "core/extract/attribution/rulebook.h"

#include "core/extract/speakers/speakerlexicon.h"

// Source phrases: the words that name who is speaking, before the cue
// ("Josh Earnest, the White House press secretary, said") or after it
// ("said Josh Earnest, the press secretary").

namespace claimdesk::extract::attribution {

// Scans left from `end` over a name-like phrase: words (not clause
// boundaries), initials and titles ("Mr.", "R."), hyphens, "AT&T", a
// parenthesis ("(D-Wis.)") and "and" between capitalised words. Returns
// where it starts (== end when nothing qualifies).
std::size_t Rules::phraseStart(std::size_t begin, std::size_t end, std::size_t limit) const {
    std::size_t k = end;
    while (k > begin && end - k < limit) {
        const std::size_t p = k - 1;
        const Token& t = m_tok[p];
        if (m_st.quotationOf[p] >= 0 || t.kind == text::TokenKind::Quote || t.kind == text::TokenKind::Paragraph || m_used[p])
            break;
        if (t.kind == text::TokenKind::Word) {
            if (t.lower == "who" && p > begin) {
                k = p;  // "a member who supports Trump"
                continue;
            }
            if (t.lower == "and" && p > begin && word(p - 1) && word(p + 1) && !is(Pronoun, p + 1) &&
                (m_tok[p - 1].capitalised || m_tok[p + 1].capitalised || is(Det, p + 1))) {
                k = p;
                continue;
            }
            if (is(Stop, p) || (cueOf(p) && !t.capitalised))
                break;
            k = p;
            continue;
        }
        if (t.first == U')') {
            std::size_t o = p;
            while (o > begin && !punct(o, U'(') && p - o < 8)
                --o;
            if (!punct(o, U'('))
                break;
            k = o;
            continue;
        }
        if ((t.first == U'.' && p > begin && word(p - 1) && !t.spaceBefore && !finalPunct(p + 1)) ||
            (t.first == U'-' && !dash(p) && !punct(p - 1, U'-') && !punct(p + 1, U'-')) ||
            t.first == U'&' || t.first == U'\'' || t.first == 0x2019) {
            k = p;
            continue;
        }
        break;
    }
    return k;
}

// "the ministry on Thursday denied", "officials late last week said": the
// time words between a source and its cue are not part of the source.
std::size_t Rules::withoutTimeAdjunct(std::size_t head, std::size_t end) const {
    auto timeWord = [&](std::size_t k) {
        return is(Day, k) || is(Time, k) || word(k, "week") || word(k, "month") || word(k, "year") ||
               word(k, "night") || word(k, "morning") || word(k, "afternoon") || word(k, "evening");
    };
    std::size_t k = end;
    while (k > head + 1 && timeWord(k - 1))
        --k;
    // "a report released last year", "Wells Fargo just this month": the
    // time words belong to the verb or adverb before them.
    const std::string_view before = m_tok[k - 1].lower;
    if (k < end && (is(CueMod, k - 1) || before.ends_with("ed") || before.ends_with("ly") || before == "just"))
        return end;
    // The run opens with a time word ("on", "last", "Tuesday") and ends in a
    // day or a period ("The Week" stays whole).
    return k < end && (is(Day, k) || is(Time, k)) && (is(Day, end - 1) || !is(Time, end - 1)) ? k : end;
}

// Whether tokens [b, e) are plain lower-case words that may name a role
// ("campaign spokesman", "navy spokeswoman"): no function or time word, no cue.
bool Rules::roleWords(std::size_t b, std::size_t e) const {
    for (std::size_t k = b; k < e; ++k)
        if (!word(k) || m_tok[k].capitalised || is(Stop, k) || is(Prep, k) || is(Time, k) || is(Day, k) || is(Det, k) ||
            is(Lead, k) || is(CueMod, k) || cueOf(k) || m_tok[k].numeric)
            return false;
    return true;
}

// Whether a source phrase can name who speaks: a name or a pronoun (a
// capitalised word past the sentence's first, or a pronoun), or words
// headed by a person, role, group, organisation or document noun ("a
// lawmaker", "officials", "the agency", "the report"). "well above the
// figure" (before "announced in Daesan") is a fragment, not a speaker.
bool Rules::speakerLike(Range source) const {
    const auto& lex = speakers::SpeakerLexicon::instance();
    for (std::size_t k = source.begin; k < source.end; ++k) {
        if (!word(k))
            break;  // the head ends at an apposition's comma or a parenthesis
        if (is(Pronoun, k) || (m_tok[k].capitalised && m_st.sentences[m_st.sentenceOf[k]].begin != k))
            return true;
        const std::string_view w = m_tok[k].lower;
        if (lex.isTitleWord(w) || lex.personNouns.count(w) || lex.groupNouns.count(w) || lex.orgHeadNouns.count(w) ||
            lex.institutionHeads.count(w) || lex.outletHeads.count(w) || lex.documentNouns.count(w) ||
            lex.collectiveNouns.count(w))
            return true;
    }
    return false;
}

bool Rules::strongStart(std::size_t i) const {
    if (!word(i))
        return false;
    const Token& t = m_tok[i];
    return t.capitalised || is(Det, i) || is(Pronoun, i) || (t.first >= U'0' && t.first <= U'9');
}

// Where a source phrase found by phraseStart really begins: without leading
// conjunctions and a fronted adjunct ("But on Tuesday, ..."), at its first
// determiner or capitalised word; a few lower-case words ("top black
// lawmakers", "sources") count only right after a boundary.
std::optional<std::size_t> Rules::sourceHead(std::size_t begin, std::size_t k, std::size_t end) const {
    const std::size_t scanned = k;
    while (k < end && is(Lead, k))
        ++k;
    if (k < end && (is(Prep, k) || is(Time, k) || is(Day, k))) {
        std::size_t c = k;
        while (c < end && !punct(c, U','))
            ++c;
        if (c >= end)
            return std::nullopt;
        k = c + 1;
    }
    while (k < end && (is(Lead, k) || punct(k, U',')))
        ++k;
    if (k >= end)
        return std::nullopt;
    if (strongStart(k))
        return k;
    const bool boundary = scanned == begin || k > scanned || punct(scanned - 1, U',') || dash(scanned - 1) ||
                          m_tok[scanned - 1].kind == text::TokenKind::Quote || punct(scanned - 1, U':') ||
                          is(Lead, scanned - 1) || is(Stop, scanned - 1);
    for (std::size_t h = k + 1; h < end; ++h)
        if (strongStart(h) && !is(Pronoun, h)) {
            // ", navy spokeswoman Ines Caravel said": a role in lower case
            // before the name, right after a clause boundary, is part of it.
            if (boundary && h - k <= 3 && roleWords(k, h))
                return k;
            return h;
        }
    if (boundary && end - k <= 4 && word(k) && !is(Stop, k) && !is(Prep, k) && !is(CueMod, k))
        return k;
    return std::nullopt;
}

// The source before a cue: a noun phrase with its apposition ("Josh Earnest,
// the White House press secretary,"), relative clause included, stopping at
// clause boundaries.
std::optional<Range> Rules::leftSource(std::size_t begin, std::size_t cueStart) const {
    if (cueStart <= begin)
        return std::nullopt;
    if (!punct(cueStart - 1, U',')) {
        // "an architect who said", "the agency, which reported": the
        // relative pronoun is the source, standing for the noun phrase
        // before it (the speaker resolver follows it there), as PolNeAR
        // annotates it.
        if (cueStart - 1 > begin && relativePronoun(cueStart - 1))
            return Range{cueStart - 1, cueStart};
        const std::size_t k = phraseStart(begin, cueStart, kMaxSourceTokens);
        if (k == cueStart)
            return std::nullopt;
        const auto head = sourceHead(begin, k, cueStart);
        if (!head)
            return std::nullopt;
        const std::size_t end = withoutTimeAdjunct(*head, cueStart);
        return Range{*head, end};
    }
    // "HEAD, APPOSITION, said": try each earlier comma as the apposition's
    // opening, nearest first; the head before it must be a short name.
    const std::size_t close = cueStart - 1;
    std::optional<Range> best;
    for (std::size_t c = close; c > begin && close - c < 40;) {
        --c;
        const Token& t = m_tok[c];
        if (t.kind == text::TokenKind::Quote || t.kind == text::TokenKind::Paragraph || m_used[c] || m_st.quotationOf[c] >= 0 ||
            punct(c, U';') || punct(c, U':') || dash(c))
            break;
        if (!punct(c, U',') || c + 1 >= close)
            continue;
        const std::size_t h = phraseStart(begin, c, 9);
        if (h == c)
            continue;
        const auto head = sourceHead(begin, h, c);
        if (!head || !strongStart(*head) || (!m_tok[*head].capitalised && !is(Det, *head) && !is(Pronoun, *head)))
            continue;
        // The head must start at a boundary, or it is the end of a longer clause.
        if (*head > h && !is(Lead, h) && !is(Prep, h) && !is(Time, h))
            continue;  // words before the head: the end of a longer clause
        const bool boundary = *head == begin || *head > h || punct(h - 1, U',') || dash(h - 1) ||
                              m_tok[h - 1].kind == text::TokenKind::Quote || punct(h - 1, U':') || is(Stop, h - 1) ||
                              is(Lead, h - 1);
        if (!boundary)
            continue;
        // Several appositions ("Scott Pruitt, the attorney general of
        // Oklahoma, one of the states suing, said"): a head right after a
        // quotation or at the sentence's start beats one after a comma.
        const bool strong = *head == begin || m_tok[h - 1].kind == text::TokenKind::Quote || is(Lead, h - 1);
        // "Trump, speaking to veterans, said", "Clinton, at the debate, said":
        // the head alone; "X, president of Y, which represents Z, said": up
        // to the relative clause.
        std::size_t sourceEnd = cueStart;
        if (participle(c + 1) || is(Prep, c + 1) || is(Time, c + 1) || relativePronoun(c + 1)) {
            sourceEnd = c;  // also "Mr. Obama, who understood that ..., said": the name alone
        } else {
            for (std::size_t r = c + 1; r < close; ++r)
                if (punct(r, U',') && (word(r + 1, "who") || word(r + 1, "which"))) {
                    sourceEnd = r;
                    break;
                }
        }
        if (strong)
            return Range{*head, sourceEnd};
        if (!best)
            best = Range{*head, sourceEnd};
    }
    return best;
}

// The source after a cue ("..., said Josh Earnest, the press secretary."):
// a name with its appositions, without a relative clause or an adjunct
// (", who ...", ", in a statement"), which PolNeAR mostly leaves out.
std::optional<Range> Rules::rightSource(std::size_t j, std::size_t end) const {
    if (!strongStart(j) || is(Stop, j) || is(Lead, j))
        return std::nullopt;
    auto relative = [&](std::size_t r) { return word(r, "who") || word(r, "which"); };
    std::size_t k = j;
    while (k < end && k - j < kMaxSourceTokens) {
        const Token& t = m_tok[k];
        if (t.kind == text::TokenKind::Word) {
            if (k > j + 1 && relative(k)) {
                // A restrictive relative clause belongs to the name ("an
                // economist who served as ..."): up to the clause's end.
                std::size_t r = k;
                while (r < end && !endsHere(r) && !openMark(r) && !punct(r, U';') && !dash(r) && !punct(r, U',') && r - j < 40)
                    ++r;
                return Range{j, r};
            }
            if (k > j && (is(Stop, k) || is(Prep, k) || is(Day, k) || is(Time, k)) && t.lower != "of" &&
                t.lower != "for" && t.lower != "at" && !(t.lower == "and" && word(k + 1) && m_tok[k + 1].capitalised))
                break;
            if (k > j && cueOf(k) && !t.capitalised)
                break;
            ++k;
            continue;
        }
        if (t.kind == text::TokenKind::Punct && t.first == U'(') {
            std::size_t o = k;
            while (o < end && !punct(o, U')') && o - k < 8)
                ++o;
            if (!punct(o, U')'))
                break;
            k = o + 1;
            continue;
        }
        if (t.kind == text::TokenKind::Punct && ((t.first == U'.' && !t.spaceBefore && word(k + 1) && k + 1 < end &&
                                            m_st.sentenceOf[k + 1] == m_st.sentenceOf[k]) ||
                                           (t.first == U'-' && !dash(k)) || t.first == U'&')) {
            ++k;
            continue;
        }
        if (t.first == U',' && k + 1 < end && word(k + 1) && !is(Stop, k + 1) && !participle(k + 1) &&
            !is(Prep, k + 1) && !is(Time, k + 1) && !is(Day, k + 1)) {
            // An apposition, up to the clause's end or a relative clause.
            std::size_t r = k + 1;
            while (r < end && !endsHere(r) && !openMark(r) && !punct(r, U';') && !dash(r) && r - j < 45 &&
                   !(punct(r, U',') && (participle(r + 1) || relative(r + 1) || word(r + 1, "according") ||
                                        is(Day, r + 1) || is(Prep, r + 1) || is(Time, r + 1))))
                ++r;
            return Range{j, trimEnd(j, r)};
        }
        break;
    }
    if (k == j)
        return std::nullopt;
    return Range{j, trimEnd(j, k)};
}

}  // namespace claimdesk::extract::attribution
