#include "core/extract/attribution/rules.h"

#include <algorithm>
#include <optional>

#include "core/extract/attribution/lexicons.h"

namespace claimdesk::extract::attribution {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxSourceTokens = 22;
constexpr CueFrame kFrames[] = {CueFrame::Say, CueFrame::Tell, CueFrame::Object, CueFrame::Want, CueFrame::That,
                                CueFrame::Quote};

// A token range [begin, end).
struct Range {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool empty() const { return end <= begin; }
};

class Rules {
public:
    Rules(const std::vector<Token>& tokens, const Structure& structure)
        : m_tok(tokens), m_st(structure), m_used(tokens.size(), 0) {}

    std::vector<RawAttribution> run();

private:
    // Token tests.
    bool word(std::size_t i) const { return i < m_tok.size() && m_tok[i].kind == TokenKind::Word; }
    bool word(std::size_t i, const char* w) const { return word(i) && m_tok[i].lower == w; }
    bool punct(std::size_t i, char32_t c) const {
        return i < m_tok.size() && m_tok[i].kind == TokenKind::Punct && m_tok[i].first == c;
    }
    bool openMark(std::size_t i) const {
        return i < m_tok.size() && m_tok[i].kind == TokenKind::Mark && m_tok[i].mark == MarkRole::Open;
    }
    bool closeMark(std::size_t i) const {
        return i < m_tok.size() && m_tok[i].kind == TokenKind::Mark && m_tok[i].mark == MarkRole::Close;
    }
    bool is(WordClass c, std::size_t i) const { return word(i) && (m_tok[i].classes & c) != 0; }
    const CueFrame* cueOf(std::size_t i) const {
        return word(i) && m_tok[i].cue >= 0 ? &kFrames[static_cast<std::size_t>(m_tok[i].cue)] : nullptr;
    }
    bool dash(std::size_t i) const {
        return i < m_tok.size() && m_tok[i].kind == TokenKind::Punct &&
               (m_tok[i].first == 0x2014 || m_tok[i].first == 0x2013 || m_tok[i].first == 0x2015 ||
                (m_tok[i].first == U'-' && m_tok[i].spaceBefore));
    }
    bool finalPunct(std::size_t i) const {
        return i < m_tok.size() && m_tok[i].kind == TokenKind::Punct &&
               (m_tok[i].first == U'.' || m_tok[i].first == U'!' || m_tok[i].first == U'?' || m_tok[i].first == 0x2026);
    }
    // A full stop that ends its sentence (not the one of "Mr." or "D.C.").
    bool endsHere(std::size_t i) const {
        return finalPunct(i) && (i + 1 >= m_tok.size() || m_st.sentenceOf[i + 1] != m_st.sentenceOf[i] || closeMark(i + 1));
    }
    bool participle(std::size_t i) const {
        return word(i) && m_tok[i].lower.size() > 4 && m_tok[i].lower.ends_with("ing");
    }
    const Quote* quoteOpenedAt(std::size_t i) const;
    const Quote* quoteClosedAt(std::size_t i) const;
    Span span(std::size_t begin, std::size_t end) const { return {m_tok[begin].start, m_tok[end - 1].end}; }
    Span span(Range r) const { return span(r.begin, r.end); }

    // Pieces of the rules.
    std::optional<CueFrame> cueAt(std::size_t i) const;
    Range cueSpan(std::size_t verb, CueFrame frame, std::size_t sentenceBegin, std::size_t sentenceEnd) const;
    std::size_t skipAdjuncts(std::size_t j, std::size_t end, bool trailing = false) const;
    bool endish(std::size_t j, std::size_t end) const;
    std::size_t phraseStart(std::size_t begin, std::size_t end, std::size_t limit) const;
    bool strongStart(std::size_t i) const;
    std::optional<std::size_t> sourceHead(std::size_t begin, std::size_t k, std::size_t end) const;
    std::optional<Range> leftSource(std::size_t begin, std::size_t cueStart) const;
    std::optional<Range> rightSource(std::size_t j, std::size_t end) const;
    std::size_t trimEnd(std::size_t begin, std::size_t end) const;
    std::size_t contentEnd(std::size_t begin, std::size_t end, CueFrame frame = CueFrame::Say) const;

    bool tryContentBefore(std::size_t verb, Range cue, CueFrame frame, const Sentence& s);
    bool quotationFollows(std::size_t j) const {
        return (punct(j, U',') || punct(j, U':')) && quoteOpenedAt(j + 1) && !quoteOpenedAt(j + 1)->single;
    }
    std::size_t skipRecipient(std::size_t j, std::size_t end, CueFrame frame) const;
    void dashParagraphs();
    void anaphoricPassives();
    bool tryContentAfter(std::size_t verb, Range cue, CueFrame frame, const Sentence& s);
    bool tryAccordingTo(std::size_t i, const Sentence& s);
    void nominalThat(std::size_t i, const Sentence& s);
    void labelledQuotes();
    void speakerLabel(std::size_t i);
    void signedQuotes();
    void loneQuotes();

    // Content ending at token `last` (a comma or closing mark before the
    // source/cue), starting at the sentence start or the quotation's opening.
    bool emitBefore(std::size_t sentenceBegin, std::size_t last, std::optional<Range> source, Range cue);
    void emit(std::optional<Range> source, std::optional<Range> cue, Span content, ClaimKind kind,
              std::size_t contentBegin, std::size_t contentEnd, std::optional<Span> sharedSource = std::nullopt);
    void followingQuotes(std::size_t after, const std::optional<Range>& source, Range cue);
    ClaimKind kindOf(std::size_t begin, std::size_t end) const;
    bool free(std::size_t begin, std::size_t end) const;

    const std::vector<Token>& m_tok;
    const Structure& m_st;
    std::vector<char> m_used;
    std::vector<RawAttribution> m_out;
};

const Quote* Rules::quoteOpenedAt(std::size_t i) const {
    if (!openMark(i) || i + 1 >= m_tok.size() || m_st.quoteOf[i + 1] < 0)
        return nullptr;
    const Quote& q = m_st.quotes[static_cast<std::size_t>(m_st.quoteOf[i + 1])];
    return q.open == i ? &q : nullptr;
}

const Quote* Rules::quoteClosedAt(std::size_t i) const {
    if (!closeMark(i) || i == 0 || m_st.quoteOf[i - 1] < 0)
        return nullptr;
    const Quote& q = m_st.quotes[static_cast<std::size_t>(m_st.quoteOf[i - 1])];
    return q.close == i && q.closed ? &q : nullptr;
}

std::optional<CueFrame> Rules::cueAt(std::size_t i) const {
    if (!word(i) || m_st.quoteOf[i] >= 0 || m_used[i])
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
        (m_tok[i].classes & Noun) != 0 &&
        (!(word(i - 1) && (m_tok[i - 1].capitalized || is(Pronoun, i - 1) || is(CueMod, i - 1))) ||
         m_tok[i - 1].lower.ends_with("'s")))
        return std::nullopt;
    // "the first confirmed battles", "a widely reported case": an adjective.
    std::size_t k = i;
    while (k > 0 && (is(CueMod, k - 1) || (word(k - 1) && m_tok[k - 1].lower.ends_with("ly") && !m_tok[k - 1].capitalized)))
        --k;
    if (k < i && k > 0 && is(Det, k - 1) && !word(k - 1, "that") && !is(Pronoun, k - 1))
        return std::nullopt;
    // "Said" opening a sentence is rare and usually a headline; a capitalised
    // cue mid-sentence is a name ("Sen. Warner").
    if (m_tok[i].capitalized && i > 0 && m_st.sentenceOf[i - 1] == m_st.sentenceOf[i] && !openMark(i - 1))
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
        const bool adverb = word(k) && !m_tok[k].capitalized && m_tok[k].lower.size() > 4 && m_tok[k].lower.ends_with("ly");
        // "is telling", "was warning": the progressive's auxiliary.
        const bool be = participle(verb) && word(k) &&
                        (m_tok[k].lower == "is" || m_tok[k].lower == "are" || m_tok[k].lower == "was" ||
                         m_tok[k].lower == "were" || m_tok[k].lower == "been" || m_tok[k].lower == "be" ||
                         m_tok[k].lower == "'s" || m_tok[k].lower == "'re");
        if (!(is(CueMod, k) || adverb || be) || m_st.quoteOf[k] >= 0)
            break;
        b = k;
    }
    // "He has" would leave nothing of the source: keep the pronoun's verb out.
    std::size_t e = verb + 1;
    if (word(e) && e < sentenceEnd) {
        const std::string& p = m_tok[e].lower;
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
    while (j < end && starts(j)) {
        std::size_t k = j + 1;
        while (k < end && (word(k) || (punct(k, U'.') && !m_tok[k].spaceBefore && !finalPunct(k + 1) && word(k + 1)) ||
                           punct(k, U'-')) &&
               !word(k, "that") && !(is(Stop, k) && !word(k, "and")) && !is(Pronoun, k) && m_st.quoteOf[k] < 0 && k - j < 14)
            ++k;
        if (k - j >= 14)
            return j;
        if (word(k, "that") || (k < end && (is(Stop, k) || is(Pronoun, k)) && !trailing))
            return k;
        j = k;
    }
    return j;
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
           (k == j || m_tok[k].capitalized || is(Det, j) || m_tok[k].kind == TokenKind::Punct) &&
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
    const std::string& w = m_tok[k].lower;
    return w == "who" || w == "which" || w == "according" || w == "but" || w == "and" || w == "as" || w == "when" ||
           w == "after" || w == "before" || w == "because" || w == "although" || w == "though" || w == "while" ||
           w == "in" || w == "at" || w == "during" || w == "on" || w == "where" || w == "whose" || w == "then" ||
           w == "if" || w == "since" || w == "so" || w == "with";
}


// Scans left from `end` over a name-like phrase: words (not clause
// boundaries), initials and titles ("Mr.", "R."), hyphens, "AT&T", a
// parenthesis ("(D-Wis.)") and "and" between capitalised words. Returns
// where it starts (== end when nothing qualifies).
std::size_t Rules::phraseStart(std::size_t begin, std::size_t end, std::size_t limit) const {
    std::size_t k = end;
    while (k > begin && end - k < limit) {
        const std::size_t p = k - 1;
        const Token& t = m_tok[p];
        if (m_st.quoteOf[p] >= 0 || t.kind == TokenKind::Mark || t.kind == TokenKind::Paragraph || m_used[p])
            break;
        if (t.kind == TokenKind::Word) {
            if (t.lower == "who" && p > begin) {
                k = p;  // "a member who supports Trump"
                continue;
            }
            if (t.lower == "and" && p > begin && word(p - 1) && word(p + 1) && !is(Pronoun, p + 1) &&
                (m_tok[p - 1].capitalized || m_tok[p + 1].capitalized || is(Det, p + 1))) {
                k = p;
                continue;
            }
            if (is(Stop, p) || (cueOf(p) && !t.capitalized))
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

bool Rules::strongStart(std::size_t i) const {
    if (!word(i))
        return false;
    const Token& t = m_tok[i];
    return t.capitalized || is(Det, i) || is(Pronoun, i) || (t.first >= U'0' && t.first <= U'9');
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
    for (std::size_t h = k + 1; h < end; ++h)
        if (strongStart(h) && !is(Pronoun, h))
            return h;
    const bool boundary = scanned == begin || k > scanned || punct(scanned - 1, U',') || dash(scanned - 1) ||
                          m_tok[scanned - 1].kind == TokenKind::Mark || punct(scanned - 1, U':') ||
                          is(Lead, scanned - 1) || is(Stop, scanned - 1);
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
        const std::size_t k = phraseStart(begin, cueStart, kMaxSourceTokens);
        if (k == cueStart)
            return std::nullopt;
        const auto head = sourceHead(begin, k, cueStart);
        if (!head)
            return std::nullopt;
        return Range{*head, cueStart};
    }
    // "HEAD, APPOSITION, said": try each earlier comma as the apposition's
    // opening, nearest first; the head before it must be a short name.
    const std::size_t close = cueStart - 1;
    std::optional<Range> best;
    for (std::size_t c = close; c > begin && close - c < 40;) {
        --c;
        const Token& t = m_tok[c];
        if (t.kind == TokenKind::Mark || t.kind == TokenKind::Paragraph || m_used[c] || m_st.quoteOf[c] >= 0 ||
            punct(c, U';') || punct(c, U':') || dash(c))
            break;
        if (!punct(c, U',') || c + 1 >= close)
            continue;
        const std::size_t h = phraseStart(begin, c, 9);
        if (h == c)
            continue;
        const auto head = sourceHead(begin, h, c);
        if (!head || !strongStart(*head) || (!m_tok[*head].capitalized && !is(Det, *head) && !is(Pronoun, *head)))
            continue;
        // The head must start at a boundary, or it is the end of a longer clause.
        if (*head > h && !is(Lead, h) && !is(Prep, h) && !is(Time, h))
            continue;  // words before the head: the end of a longer clause
        const bool boundary = *head == begin || *head > h || punct(h - 1, U',') || dash(h - 1) ||
                              m_tok[h - 1].kind == TokenKind::Mark || punct(h - 1, U':') || is(Stop, h - 1) ||
                              is(Lead, h - 1);
        if (!boundary)
            continue;
        // Several appositions ("Scott Pruitt, the attorney general of
        // Oklahoma, one of the states suing, said"): a head right after a
        // quotation or at the sentence's start beats one after a comma.
        const bool strong = *head == begin || m_tok[h - 1].kind == TokenKind::Mark || is(Lead, h - 1);
        // "Trump, speaking to veterans, said", "Clinton, at the debate, said":
        // the head alone; "X, president of Y, which represents Z, said": up
        // to the relative clause.
        std::size_t sourceEnd = cueStart;
        if (participle(c + 1) || is(Prep, c + 1) || is(Time, c + 1)) {
            sourceEnd = c;
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
        if (t.kind == TokenKind::Word) {
            if (k > j + 1 && relative(k)) {
                // A restrictive relative clause belongs to the name ("an
                // economist who served as ..."): up to the clause's end.
                std::size_t r = k;
                while (r < end && !endsHere(r) && !openMark(r) && !punct(r, U';') && !dash(r) && !punct(r, U',') && r - j < 40)
                    ++r;
                return Range{j, r};
            }
            if (k > j && (is(Stop, k) || is(Prep, k) || is(Day, k) || is(Time, k)) && t.lower != "of" &&
                t.lower != "for" && t.lower != "at" && !(t.lower == "and" && word(k + 1) && m_tok[k + 1].capitalized))
                break;
            if (k > j && cueOf(k) && !t.capitalized)
                break;
            ++k;
            continue;
        }
        if (t.kind == TokenKind::Punct && t.first == U'(') {
            std::size_t o = k;
            while (o < end && !punct(o, U')') && o - k < 8)
                ++o;
            if (!punct(o, U')'))
                break;
            k = o + 1;
            continue;
        }
        if (t.kind == TokenKind::Punct && ((t.first == U'.' && !t.spaceBefore && word(k + 1) && k + 1 < end &&
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

// The end of a content that may run to the sentence's end: before final
// punctuation, and before a trailing participle cue (", adding that").
// Where a content running to the sentence's end really stops: before a
// trailing participle (", adding that", ", encouraging ..."), "according
// to", a contrast or the writer's aside (", but ...", ", which ..."), a second
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
        if (m_st.quoteOf[k] >= 0 && !closeMark(k))
            continue;
        if (k > begin + 1 && (punct(k, U';') || (dash(k) && (word(k + 1, "and") || word(k + 1, "but")))))
            return k;
        // "... willingness to change the law but has been met with opposition".
        if (k > begin + 1 && word(k, "but") && word(k + 1) && (is(CueMod, k + 1) || word(k + 1, "is") || word(k + 1, "was")))
            return k;
        if (k > begin + 1 && word(k, "and") && word(k + 1) && !m_tok[k + 1].capitalized && cueOf(k + 1))
            return k;
        if (frame == CueFrame::Object && k > begin + 1 &&
            (word(k, "in") || word(k, "during") || word(k, "at") || word(k, "after") || word(k, "before") ||
             word(k, "since") || word(k, "when") || (word(k, "on") && is(Day, k + 1))))
            return k;
        if (!punct(k, U',') || k + 1 >= end)
            continue;
        if ((participle(k + 1) && !word(k + 1, "including")) || (word(k + 1, "according") && word(k + 2, "to")))
            return k;
        if (word(k + 1, "but") || word(k + 1, "though") || word(k + 1, "although") || word(k + 1, "whereas") ||
            word(k + 1, "which") || (object && word(k + 1, "who")))
            return k;
        // ", and a spokesperson confirmed that ...": a second attribution.
        if (word(k + 1, "and") || word(k + 1, "while")) {
            for (std::size_t v = k + 3; v < end && v < k + 14; ++v) {
                if (!word(v) || m_st.quoteOf[v] >= 0 || punct(v, U',') || word(v, "that"))
                    break;
                const CueFrame* f = cueOf(v);
                if (f && !m_tok[v].capitalized && (*f == CueFrame::Say || *f == CueFrame::Tell)) {
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

// Ukrainian and Russian outlets close a paragraph of unquoted speech with
// "- Zelensky said.": the whole paragraph is the quotation.
void Rules::dashParagraphs() {
    for (const Sentence& s : m_st.sentences) {
        if (s.end < m_tok.size() && m_tok[s.end].kind != TokenKind::Paragraph)
            continue;
        std::size_t d = kNone;
        for (std::size_t k = s.end; k > s.begin + 1; --k)
            if (dash(k - 1) && m_st.quoteOf[k - 1] < 0) {
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
            while (b > 0 && m_tok[b - 1].kind != TokenKind::Paragraph)
                --b;
            while (b < d && m_tok[b].kind == TokenKind::Mark)
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

std::size_t Rules::trimEnd(std::size_t begin, std::size_t end) const {
    while (end > begin && m_tok[end - 1].kind == TokenKind::Punct && m_st.quoteOf[end - 1] < 0 &&
           m_tok[end - 1].first != U')')
        --end;
    return end;
}

ClaimKind Rules::kindOf(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k < end; ++k)
        if (const Quote* q = quoteOpenedAt(k); q && !q->single) {
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
            split = split || (m_tok[k].kind == TokenKind::Paragraph && m_tok[k].start < content.end && m_tok[k].end > content.start);
    if (!split) {
        a.content = content;
        m_out.push_back(a);
        return;
    }
    for (std::size_t k = contentBegin; k < contentEnd && k < m_tok.size(); ++k) {
        if (m_tok[k].kind == TokenKind::Paragraph) {
            flush();
            continue;
        }
        if (m_tok[k].kind == TokenKind::Mark || m_tok[k].end <= content.start || m_tok[k].start >= content.end)
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
    if (const Quote* q = quoteClosedAt(closeAt)) {
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
        while (j < m_tok.size() && m_tok[j].kind == TokenKind::Punct && (m_tok[j].first == U',' || finalPunct(j)))
            ++j;
        return j;
    };
    std::size_t j = skip(after);
    // After a relative clause ("said X, who ... . “...”"): the next sentence.
    if (!quoteOpenedAt(j) && after < m_tok.size())
        j = skip(m_st.sentences[m_st.sentenceOf[after]].end);
    const Quote* q = quoteOpenedAt(j);
    if (!q || !q->closed || q->single || !free(q->open, q->close + 1))
        return;
    if (m_st.paragraphOf[q->open] != m_st.paragraphOf[after])
        return;
    std::size_t k = q->close + 1;
    if (!(k >= m_tok.size() || finalPunct(k) || m_tok[k].kind == TokenKind::Paragraph || finalPunct(q->close - 1)))
        return;
    // Its own attribution follows ("“...,” she said."): leave it to that cue.
    if (k < m_tok.size() && m_tok[k].kind == TokenKind::Word)
        return;
    emit(source ? std::optional<Range>(*source) : std::nullopt, cue, {q->contentStart, q->contentEnd}, ClaimKind::Direct,
         q->open, q->close + 1);
}

// "CONTENT, SOURCE said." / "CONTENT, said SOURCE." / "“QUOTE,” he said."
bool Rules::tryContentBefore(std::size_t verb, Range cue, CueFrame frame, const Sentence& s) {
    (void)verb;
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
        if (!source)
            return false;
        j = skipAdjuncts(source->end, s.end);
        if (!endish(j, s.end) || (!closeMark(before) && quotationFollows(j)))
            return false;
        if (!emitBefore(contentBegin, before, source, cue))
            return false;
        followingQuotes(j, source, cue);
        return true;
    }
    // "CONTENT, SOURCE said" with the source before the cue.
    const auto& source = left;
    if (!source || source->begin < s.begin || (source->begin == s.begin && !afterQuote))
        return false;
    const std::size_t last = source->begin - 1;
    if (!(punct(last, U',') || closeMark(last) || dash(last)))
        return false;
    std::size_t j = skipRecipient(cue.end, s.end, frame);
    j = skipAdjuncts(j, s.end, true);
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
        while (first < last && (is(Lead, first) || m_tok[first].kind == TokenKind::Mark))
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
            if (!shared)
                return false;
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
        const Quote* q = quoteOpenedAt(j);
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
    if (colon && j == s.end && j < m_tok.size() && m_tok[j].kind == TokenKind::Paragraph && quoteOpenedAt(j + 1))
        ++j;
    // "The governor added:" and a paragraph of his words without quotation marks.
    if (colon && j == s.end && j < m_tok.size() && m_tok[j].kind == TokenKind::Paragraph && word(j + 1)) {
        std::size_t e = j + 1;
        while (e < m_tok.size() && m_tok[e].kind != TokenKind::Paragraph)
            ++e;
        if (e - j > 4 && free(j + 1, e)) {
            emit(source, cue, span(j + 1, trimEnd(j + 1, e)), ClaimKind::Direct, j + 1, e, shared);
            return true;
        }
    }
    if (j >= s.end && !openMark(j))
        return false;
    if (const Quote* q = quoteOpenedAt(j)) {
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
        const std::string& w = m_tok[j].lower;
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
    if (passive && !word(j, "that") && !(word(j, "to") && m_tok[cue.end - 1].lower == "expected"))
        return false;  // "is expected to", "it is believed that"; not "are supported by"
    if (word(j, "that") && (j + 4 >= s.end || endish(j + 2, s.end)))
        return false;  // "that" as a determiner: "the guides I wrote in 2014 for people in that spot"
    std::size_t e = contentEnd(j, s.end, word(j, "that") ? CueFrame::Say : frame);
    // A quotation opened in the content and running past the sentence.
    for (std::size_t k = j; k < e; ++k)
        if (const Quote* q = quoteOpenedAt(k); q && q->close >= s.end && q->closed && !q->single)
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
        while (h > s.begin && word(h - 1) && m_tok[h - 1].capitalized && !is(Stop, h - 1) && i - h < 5)
            --h;
        source = Range{h, i};
    }
    emit(source, Range{i, i + 1}, span(b, e), kindOf(b, e), b, e);
}

// "According to SOURCE, CONTENT." / "CONTENT, according to SOURCE."
bool Rules::tryAccordingTo(std::size_t i, const Sentence& s) {
    if (!word(i + 1, "to") || m_st.quoteOf[i] >= 0 || m_used[i])
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

// "Source: NAME" on one line, then "Quote: “...”" paragraphs.
void Rules::labelledQuotes() {
    std::optional<Range> labelSource;
    for (std::size_t i = 0; i + 2 < m_tok.size(); ++i) {
        const bool paragraphStart = i == 0 || m_tok[i - 1].kind == TokenKind::Paragraph ||
                                    (m_tok[i - 1].kind == TokenKind::Mark && (i == 1 || m_tok[i - 2].kind == TokenKind::Paragraph));
        if (!paragraphStart || !word(i) || !m_tok[i].capitalized)
            continue;
        if (!punct(i + 1, U':')) {
            speakerLabel(i);
            continue;
        }
        const std::string& label = m_tok[i].lower;
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
        const Quote* q = quoteOpenedAt(i + 2);
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
    while (k < m_tok.size() && k - i < 5 && word(k) && (m_tok[k].capitalized || word(k, "of")) && !is(Stop, k))
        ++k;
    if (k == i || !punct(k, U':') || is(Label, i) || (k - i == 1 && is(Det, i)))
        return;
    for (std::size_t w = i; w < k; ++w)
        if (is(Label, w) || is(Day, w))
            return;
    std::size_t b = k + 1;
    while (b < m_tok.size() && m_tok[b].kind == TokenKind::Mark)
        ++b;
    std::size_t e = b;
    std::size_t words = 0;
    while (e < m_tok.size() && m_tok[e].kind != TokenKind::Paragraph) {
        words += m_tok[e].kind == TokenKind::Word;
        ++e;
    }
    while (e > b && (m_tok[e - 1].kind == TokenKind::Mark || (m_tok[e - 1].kind == TokenKind::Punct && m_tok[e - 1].first != U'?' &&
                                                              m_tok[e - 1].first != U'!' && m_tok[e - 1].first != U')')))
        --e;
    if (words < 3 || e <= b || !free(i, e))
        return;
    emit(Range{i, k}, Range{k, k + 1}, span(b, e), ClaimKind::Direct, i, e);
}

// "“...” ― Sonya Herridge": a quotation signed after a dash.
void Rules::signedQuotes() {
    for (const Quote& q : m_st.quotes) {
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
        while (e < m_tok.size() && m_tok[e].kind == TokenKind::Punct && !dash(e))
            ++e;
        if (e < m_tok.size() && m_tok[e].kind != TokenKind::Paragraph)
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
    for (const Quote& q : m_st.quotes) {
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
            words += m_tok[k].kind == TokenKind::Word;
        const bool startsParagraph = q.open == 0 || m_tok[q.open - 1].kind == TokenKind::Paragraph;
        if (words < 6 || !startsParagraph)
            continue;
        RawAttribution a;
        if (last && m_st.paragraphOf[q.open] <= lastParagraph + 2)
            a.source = last;
        a.content = {q.contentStart, q.contentEnd};
        a.kind = ClaimKind::Direct;
        for (std::size_t k = q.open; k < end && k < m_used.size(); ++k)
            m_used[k] = 1;
        m_out.push_back(a);
    }
}

std::vector<RawAttribution> Rules::run() {
    labelledQuotes();
    signedQuotes();
    dashParagraphs();
    anaphoricPassives();
    for (const Sentence& s : m_st.sentences) {
        for (std::size_t i = s.begin; i < s.end; ++i) {
            if (m_used[i])
                continue;
            if (word(i, "according")) {
                tryAccordingTo(i, s);
                continue;
            }
            if (is(NominalThat, i) && word(i + 1, "that") && m_st.quoteOf[i] < 0) {
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
                tryContentBefore(i, cue, *frame, s))
                continue;
            tryContentAfter(i, cue, *frame, s);
        }
    }
    loneQuotes();
    std::stable_sort(m_out.begin(), m_out.end(),
                     [](const RawAttribution& a, const RawAttribution& b) { return a.content.start < b.content.start; });
    return std::move(m_out);
}

}  // namespace

std::vector<RawAttribution> applyRules(const std::vector<Token>& tokens, const Structure& structure) {
    return Rules(tokens, structure).run();
}

}  // namespace claimdesk::extract::attribution
