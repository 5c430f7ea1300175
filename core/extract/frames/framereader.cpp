#include "core/extract/frames/framereader.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <set>
#include <unordered_map>

#include "core/domain/measures.h"
#include "core/domain/calendar.h"
#include "core/extract/statedon/statedon.h"
#include "core/text/annotatedtext.h"
#include "core/text/lexicon.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {
namespace {

using text::Token;
using text::TokenKind;

// A token range [begin, end) of body.tokens.
struct Range {
    std::size_t begin = 0;
    std::size_t end = 0;
};

Range tokensIn(const text::AnnotatedText& body, Span span) {
    auto first = std::lower_bound(body.tokens().begin(), body.tokens().end(), span.start,
                                  [](const Token& t, std::int64_t at) { return t.start < at; });
    auto last = std::lower_bound(first, body.tokens().end(), span.end,
                                 [](const Token& t, std::int64_t at) { return t.end <= at; });
    return {static_cast<std::size_t>(first - body.tokens().begin()), static_cast<std::size_t>(last - body.tokens().begin())};
}

// Punctuation that ends the phrase a figure belongs to.
bool endsPhrase(const Token& t) {
    if (t.kind == TokenKind::Paragraph)
        return true;
    return t.kind == TokenKind::Punct && (t.first == U'.' || t.first == U';' || t.first == U':' || t.first == U'!' ||
                                          t.first == U'?' || t.first == U'(' || t.first == U')');
}

bool isWord(const Token& t) { return t.kind == TokenKind::Word; }

std::string textOf(const text::AnnotatedText&, const Token& t) { return std::string(t.text); }

// Where the figures of one claim lie, in tokens.
struct ClaimTokens {
    Range content;
    std::vector<Range> figures;  // one per quantity, in the claim's order
};

bool startsFigure(const ClaimTokens& claim, std::size_t token, std::size_t self) {
    for (std::size_t k = 0; k < claim.figures.size(); ++k)
        if (k != self && claim.figures[k].begin == token)
            return true;
    return false;
}

// Words near a figure, nearest first: their lower-case text and their
// token indexes.
struct NearWords {
    std::vector<std::string> words;
    std::vector<std::size_t> tokens;
};

// The words before figure `self`, up to the phrase's start.
NearWords wordsBefore(const text::AnnotatedText& body, const ClaimTokens& claim, std::size_t self) {
    NearWords out;
    for (std::size_t i = claim.figures[self].begin; i > claim.content.begin;) {
        const Token& t = body.tokens()[--i];
        if (endsPhrase(t))
            break;
        if (isWord(t)) {
            out.words.emplace_back(t.lower);
            out.tokens.push_back(i);
        }
    }
    return out;
}

// The words after figure `self`, up to the phrase's end or the next
// figure, which opens a phrase of its own.
NearWords wordsAfter(const text::AnnotatedText& body, const ClaimTokens& claim, std::size_t self) {
    NearWords out;
    for (std::size_t i = claim.figures[self].end; i < claim.content.end; ++i) {
        const Token& t = body.tokens()[i];
        if (endsPhrase(t) || startsFigure(claim, i, self))
            break;
        if (isWord(t)) {
            out.words.emplace_back(t.lower);
            out.tokens.push_back(i);
        }
    }
    return out;
}

bool isNumberWord(const Token& t) {
    static const auto& numbers = text::lexiconWords("quantity-numbers");
    return isWord(t) && (std::isdigit(static_cast<unsigned char>(t.lower[0])) || numbers.count(t.lower));
}

// "two of its 11 warships": the second figure is the whole the first is
// taken from ("whole" in figure-measure-kinds.txt), not a count of the
// same measure.
bool isPartitiveWhole(const text::AnnotatedText& body, const ClaimTokens& claim, std::size_t self) {
    std::size_t i = claim.figures[self].begin;
    auto previousWord = [&]() -> const Token* {
        while (i > claim.content.begin) {
            const Token& t = body.tokens()[--i];
            if (isWord(t))
                return &t;
            if (endsPhrase(t))
                return nullptr;
        }
        return nullptr;
    };
    static const std::set<std::string> determiners{"its", "the", "their", "his", "her", "our", "these", "those"};
    const Token* w = previousWord();
    if (w && determiners.count(std::string(w->lower)))
        w = previousWord();
    if (!w || w->lower != "of")
        return false;
    w = previousWord();
    return w && isNumberWord(*w);
}

// The measure phrase near figure `self` and, when it lies before the
// figure, the token where it starts (else npos).
struct MeasureAt {
    std::string measure;
    std::size_t startToken = static_cast<std::size_t>(-1);
};

// The measure said of the figure's noun phrase, however long the phrase:
// "15 sailors from the Ordavian bulk carrier Minerva Star were in our
// custody" counts the captured. Read right after the first linking verb
// (figure-linking-verbs.txt) that follows the figure in its phrase.
std::string predicateMeasure(const std::vector<std::string>& after) {
    static const auto& linking = text::lexiconWords("figure-linking-verbs");
    constexpr std::size_t kPhraseReach = 16;  // words to the verb
    constexpr std::size_t kPredicateReach = 4;  // words after it: "being held", "in our custody"
    for (std::size_t i = 0; i < after.size() && i < kPhraseReach; ++i)
        if (linking.count(after[i])) {
            const std::vector<std::string> predicate(after.begin() + static_cast<std::ptrdiff_t>(i) + 1, after.end());
            return frames::measureNear({}, predicate, 0, kPredicateReach);
        }
    return {};
}

MeasureAt measureOf(const text::AnnotatedText& body, const ClaimTokens& claim, std::size_t self) {
    if (isPartitiveWhole(body, claim, self))
        return {"whole"};
    const NearWords before = wordsBefore(body, claim, self);
    const NearWords after = wordsAfter(body, claim, self);
    const frames::MeasurePhrase found = frames::findMeasure(before.words, after.words, 6, 10);
    MeasureAt out{found.measure};
    if (!found.measure.empty() && found.before)
        out.startToken = before.tokens[found.distance + found.length - 1];
    if (out.measure.empty())
        out.measure = predicateMeasure(after.words);
    return out;
}

bool isFunctionWord(std::string_view lower) {
    static const auto& stop = text::lexiconWords("link-stopwords");
    return stop.count(lower) > 0;
}

// Capitalised words right after the figure: "Nine Lumeran sailors",
// "4,000 North Korean soldiers".
std::string ownerAfter(const text::AnnotatedText& body, const ClaimTokens& claim, std::size_t self) {
    std::string owner;
    for (std::size_t i = claim.figures[self].end; i < claim.content.end; ++i) {
        const Token& t = body.tokens()[i];
        if (!isWord(t) || !t.capitalised || isFunctionWord(t.lower))
            break;
        owner += (owner.empty() ? "" : " ") + textOf(body, t);
    }
    return owner;
}

std::string withoutPossessive(std::string word) {
    for (const char* suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"})
        if (word.size() > std::string(suffix).size() && word.ends_with(suffix))
            return word.substr(0, word.size() - std::string(suffix).size());
    return word;
}

// A possessive right before the figure: "Lumera's 1,400 sailors".
std::string ownerBefore(const text::AnnotatedText& body, const ClaimTokens& claim, std::size_t self) {
    const std::size_t i = claim.figures[self].begin;
    if (i == claim.content.begin)
        return {};
    const Token& t = body.tokens()[i - 1];
    if (!isWord(t) || !t.capitalised)
        return {};
    std::string word = textOf(body, t);
    std::string bare = withoutPossessive(word);
    return bare == word ? std::string() : bare;
}

// The agent of the verb that starts at token `verb`: the proper name right
// before it, past at most three auxiliaries and adverbs ("Haewon will send
// ...", "Lumera has now deployed ...").
std::string agentBefore(const text::AnnotatedText& body, const ClaimTokens& claim, std::size_t verb) {
    std::size_t i = verb;
    for (int skipped = 0; i > claim.content.begin && skipped < 3; ++skipped) {
        const Token& t = body.tokens()[i - 1];
        if (!isWord(t) || t.capitalised || !isFunctionWord(t.lower))
            break;
        --i;
    }
    std::vector<std::string> run;
    while (i > claim.content.begin) {
        const Token& t = body.tokens()[i - 1];
        if (!isWord(t) || !t.capitalised || isFunctionWord(t.lower))
            break;
        run.insert(run.begin(), withoutPossessive(textOf(body, t)));
        --i;
    }
    std::string agent;
    for (const auto& w : run)
        agent += (agent.empty() ? "" : " ") + w;
    return agent;
}

std::string subjectOf(const text::AnnotatedText& body, const ClaimTokens& claim, std::size_t self, const MeasureAt& measure) {
    if (std::string owner = ownerAfter(body, claim, self); !owner.empty())
        return owner;
    if (std::string owner = ownerBefore(body, claim, self); !owner.empty())
        return owner;
    if (measure.startToken != static_cast<std::size_t>(-1) && frames::ownedByAgent(measure.measure))
        return agentBefore(body, claim, measure.startToken);
    return {};
}

// The class (figure-periods.txt) of a period phrase ("by", "as of", "so
// far") ending right before tokens[at], not reaching before `floor`; empty
// when there is none.
std::string periodWordBefore(const text::AnnotatedText& body, std::size_t at, std::size_t floor) {
    static const auto table = [] {
        std::unordered_map<std::string, std::string> out;
        for (const auto& e : text::lexicon("figure-periods"))
            if (!e.fields.empty())
                out[e.key] = e.fields[0];
        return out;
    }();
    std::string phrase;
    for (std::size_t n = 0; n < 3 && at > floor; ++n) {
        const Token& t = body.tokens()[--at];
        if (!isWord(t))
            break;
        phrase = std::string(t.lower) + (phrase.empty() ? "" : " " + phrase);
        if (auto it = table.find(phrase); it != table.end())
            return it->second;
    }
    return {};
}

// Whether the figure's phrase says it is a running total ("so far",
// "since", "has risen to"): any such phrase in the claim's words.
bool markedCumulative(const text::AnnotatedText& body, const ClaimTokens& claim) {
    for (std::size_t i = claim.content.begin + 1; i <= claim.content.end; ++i) {
        const std::string c = periodWordBefore(body, i, claim.content.begin);
        if (c == "cumulative" || c == "since")
            return true;
    }
    return false;
}

struct DateInContent {
    std::size_t token = 0;   // its first token
    std::string value;       // calendar value
    std::string lead;        // class of the phrase before it: asof, since, cumulative or empty
};

std::vector<DateInContent> datesIn(const text::AnnotatedText& body, const std::vector<Timex>& timexes, const ClaimTokens& claim,
                                   Span content) {
    std::vector<DateInContent> out;
    for (const auto& t : timexes) {
        if (t.type != "DATE" || !content.contains(t.text.span))
            continue;
        auto value = calendarValue(t.value);
        if (!value)
            continue;
        const Range r = tokensIn(body, t.text.span);
        out.push_back({r.begin, *value, periodWordBefore(body, r.begin, claim.content.begin)});
    }
    return out;
}

std::size_t distance(std::size_t a, const Range& r) {
    if (a < r.begin)
        return r.begin - a;
    return a >= r.end ? a - r.end + 1 : 0;
}

// The date of the content nearest to figure `self` that no other figure is
// nearer to; else the content's only date, which holds for all its figures
// ("Twelve soldiers were killed and 40 wounded ... on Tuesday"); nullptr
// when none.
const DateInContent* dateOf(const std::vector<DateInContent>& dates, const ClaimTokens& claim, std::size_t self) {
    const DateInContent* best = nullptr;
    std::size_t bestDistance = std::numeric_limits<std::size_t>::max();
    for (const auto& d : dates) {
        const std::size_t mine = distance(d.token, claim.figures[self]);
        bool nearerOther = false;
        for (std::size_t k = 0; k < claim.figures.size(); ++k)
            nearerOther |= k != self && distance(d.token, claim.figures[k]) < mine;
        if (!nearerOther && mine < bestDistance) {
            best = &d;
            bestDistance = mine;
        }
    }
    if (!best && dates.size() == 1)
        return &dates.front();
    return best;
}

void setPeriod(FigureFrame& frame, const DateInContent* date, bool cumulative, const std::string& saidOn) {
    frame.cumulative = cumulative;
    if (date && date->lead != "since") {
        frame.period = date->value;
        frame.periodKind = date->lead == "asof" ? PeriodKind::AsOf : PeriodKind::During;
        frame.cumulative |= date->lead == "asof";
        return;
    }
    frame.cumulative |= date != nullptr;  // "since May 7": counted from then until said
    frame.period = saidOn;
    frame.periodKind = saidOn.empty() ? PeriodKind::Unknown : frame.cumulative ? PeriodKind::AsOf : PeriodKind::Said;
}

void readClaim(const text::AnnotatedText& body, const std::vector<Timex>& timexes, const std::optional<std::string>& published,
               Claim& claim) {
    ClaimTokens tokens;
    tokens.content = tokensIn(body, claim.content.span);
    for (const auto& q : claim.quantities)
        tokens.figures.push_back(tokensIn(body, q.text.span));
    const auto dates = datesIn(body, timexes, tokens, claim.content.span);
    const bool cumulative = markedCumulative(body, tokens);
    const std::string saidOn = claim.statedOn ? *claim.statedOn : published.value_or("");
    for (std::size_t k = 0; k < claim.quantities.size(); ++k) {
        if (tokens.figures[k].begin >= tokens.figures[k].end)
            continue;  // a figure outside the body's tokens
        FigureFrame& frame = claim.quantities[k].frame;
        const MeasureAt measure = measureOf(body, tokens, k);
        frame.measure = measure.measure;
        frame.subject = subjectOf(body, tokens, k, measure);
        setPeriod(frame, dateOf(dates, tokens, k), cumulative, saidOn);
    }
}

}  // namespace

void readFigureFrames(const text::AnnotatedText& body, const std::optional<std::string>& published, Analysis& analysis) {
    for (auto& claim : analysis.claims)
        if (!claim.quantities.empty())
            readClaim(body, analysis.timexes, published, claim);
}

}  // namespace claimdesk::extract
