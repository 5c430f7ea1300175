#include "core/extract/events/eventfinder.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/extract/statedon/statedon.h"
#include "core/domain/calendar.h"
#include "core/text/fold.h"
#include "core/text/lexicon.h"

namespace claimdesk::extract {
namespace {

enum class TriggerKind { Happening, Speech, Occasion };

// data/lexicons/event-triggers.txt: word, then happening / speech / occasion.
const text::WordMap<TriggerKind>& triggers() {
    static const text::WordMap<TriggerKind> words = [] {
        text::WordMap<TriggerKind> out;
        for (const auto& e : text::lexicon("event-triggers")) {
            const std::string kind = e.fields.empty() ? "happening" : e.fields[0];
            out[e.key] = kind == "speech" ? TriggerKind::Speech
                         : kind == "occasion" ? TriggerKind::Occasion
                                              : TriggerKind::Happening;
        }
        return out;
    }();
    return words;
}

// Capitalised words that do not name a place.
const text::WordSet& notPlaces() {
    static const auto& words = text::lexiconWords("event-not-places");
    return words;
}

// Words between a preposition and its place: "a small village, X".
const text::WordSet& placeModifiers() {
    static const auto& words = text::lexiconWords("event-place-modifiers");
    return words;
}

bool isPlaceHead(std::string_view lower) {
    static const text::WordSet heads = {"oblast", "oblasts", "region", "province", "district",
                                                          "county", "state", "city", "village", "town"};
    return heads.count(lower) > 0;
}

std::string spanText(const Document& document, const text::OffsetMap& map, Span span) {
    return text::sliceCodePoints(document.text, map, span.start, span.end);
}

// The sentence without its closing punctuation and quotation marks.
Span evidenceOf(const text::AnnotatedText& body, std::size_t sentence) {
    const auto& s = body.sentences()[sentence];
    std::size_t end = s.end;
    while (end > s.begin && body.tokens()[end - 1].kind != text::TokenKind::Word)
        --end;
    if (end == s.begin)
        return body.sentenceSpan(sentence);
    return body.span(s.begin, end);
}

// "in the city of Rylsk", "near a single village, Makhnovka", "into
// Russia's Kursk Oblast" -> "Rylsk", "Makhnovka", "Kursk Oblast".
std::string findPlace(const Document& document, const text::OffsetMap& map, const text::AnnotatedText& body,
                      std::size_t sentence) {
    const auto& s = body.sentences()[sentence];
    const auto& tokens = body.tokens();
    for (std::size_t i = s.begin; i + 1 < s.end; ++i) {
        std::string_view w = tokens[i].lower;
        if (w != "in" && w != "into" && w != "near" && w != "at" && w != "outside")
            continue;
        std::size_t j = i + 1;
        // Skip "the city of", "a small village," and the like.
        while (j < s.end && !tokens[j].capitalised &&
               (placeModifiers().count(tokens[j].lower) || isPlaceHead(tokens[j].lower)))
            ++j;
        std::size_t k = j;
        while (k < s.end && tokens[k].kind == text::TokenKind::Word && tokens[k].capitalised)
            ++k;
        if (k == j || notPlaces().count(tokens[j].lower))
            continue;
        // "the Russian region": an adjective before a common noun, no name.
        if (k < s.end && !tokens[k].capitalised && isPlaceHead(tokens[k].lower))
            continue;
        // Keep the part after a possessive: "Russia's Kursk Oblast" -> "Kursk Oblast".
        std::size_t from = j;
        for (std::size_t m = j; m + 1 < k; ++m) {
            std::string_view lw = tokens[m].lower;
            if (lw.size() > 2 && (lw.ends_with("'s") || lw.ends_with("\xE2\x80\x99s")))
                from = m + 1;
        }
        bool organisation = false;
        for (std::size_t m = from; m < k; ++m)
            organisation |= notPlaces().count(tokens[m].lower) > 0;
        if (organisation)
            continue;
        return spanText(document, map, {tokens[from].start, tokens[k - 1].end});
    }
    return {};
}

// "Zelensky told the Associated Press" for a speech; otherwise the
// sentence, shortened at a word boundary.
std::string describe(const Document& document, const text::OffsetMap& map, const std::vector<const Claim*>& claims,
                     Span evidence, bool speech) {
    if (speech)
        for (const Claim* c : claims)
            if (c->cue && evidence.contains(c->cue->span) && c->speakerMention &&
                evidence.contains(c->speakerMention->span) && c->speakerMention->span.end <= c->cue->span.start)
                return c->speakerMention->text + " " + c->cue->text;
    std::string text = spanText(document, map, evidence);
    constexpr std::size_t kLimit = 100;
    if (text.size() > kLimit) {
        std::size_t cut = text.rfind(' ', kLimit);
        text = text.substr(0, cut == std::string::npos ? kLimit : cut) + "\xE2\x80\xA6";
    }
    return text;
}

// Two dates joined into one stretch: only "and", "to", "through" or
// "until" (or a dash) between them.
bool coordinated(const Document& document, const text::OffsetMap& map, Span first, Span second) {
    if (second.start < first.end || second.start - first.end > 12)
        return false;
    std::string gap = text::foldCase(spanText(document, map, {first.end, second.start}));
    const auto begin = gap.find_first_not_of(" ,");
    const auto end = gap.find_last_not_of(" ,");
    gap = begin == std::string::npos ? std::string() : gap.substr(begin, end - begin + 1);
    return gap == "and" || gap == "to" || gap == "through" || gap == "until" || gap == "-" ||
           gap == "\xE2\x80\x93" || gap == "and the";
}

// Where each claim is anchored: its cue, else its content.
std::int64_t anchorOf(const Claim& c) { return c.cue ? c.cue->span.start : c.content.span.start; }

}  // namespace

void findEvents(const Document& document, const text::OffsetMap& map, const text::AnnotatedText& body, Analysis& analysis) {
    const auto& words = triggers();
    // Claims in text order of their anchors, to find a sentence's claims
    // by binary search.
    std::vector<const Claim*> claims;
    for (const auto& c : analysis.claims)
        claims.push_back(&c);
    std::sort(claims.begin(), claims.end(), [](const Claim* a, const Claim* b) { return anchorOf(*a) < anchorOf(*b); });
    auto claimsFrom = [&](std::int64_t offset) {
        return std::lower_bound(claims.begin(), claims.end(), offset,
                                [](const Claim* c, std::int64_t at) { return anchorOf(*c) < at; });
    };
    std::vector<Event> found;
    std::size_t nextTimex = 0;  // timexes are in text order, like sentences
    for (std::size_t si = 0; si < body.sentences().size(); ++si) {
        const auto& s = body.sentences()[si];
        bool happening = false, speech = false, occasion = false;
        for (std::size_t t = s.begin; t < s.end; ++t) {
            auto it = words.find(body.tokens()[t].lower);
            if (it == words.end())
                continue;
            happening |= it->second == TriggerKind::Happening;
            speech |= it->second == TriggerKind::Speech;
            occasion |= it->second == TriggerKind::Occasion;
        }
        const Span sentence = body.sentenceSpan(si);
        while (nextTimex < analysis.timexes.size() && analysis.timexes[nextTimex].text.span.start < sentence.start)
            ++nextTimex;
        if (!happening && !speech && !occasion)
            continue;
        std::vector<std::string> dates;
        const Timex* previous = nullptr;
        for (std::size_t ti = nextTimex;
             ti < analysis.timexes.size() && analysis.timexes[ti].text.span.start < sentence.end; ++ti) {
            const Timex& t = analysis.timexes[ti];
            if (!sentence.contains(t.text.span) || (t.type != "DATE" && t.type != "TIME"))
                continue;
            auto value = calendarValue(t.value);
            if (!value)
                continue;
            // "yesterday and today", "from Monday to Wednesday": one stretch,
            // dated by its latest day, not one event a day.
            if (previous && !dates.empty() && coordinated(document, map, previous->text.span, t.text.span)) {
                if (*value > dates.back())
                    dates.back() = *value;
                previous = &t;
                continue;
            }
            if (std::find(dates.begin(), dates.end(), *value) == dates.end())
                dates.push_back(*value);
            previous = &t;
        }
        if (dates.empty() && occasion) {
            // "in an interview with Reuters": when the claims made there, in
            // this sentence or the next few hundred characters, were stated.
            constexpr std::int64_t kReach = 600;
            for (auto it = claimsFrom(sentence.start); it != claims.end() && anchorOf(**it) < sentence.end + kReach; ++it)
                if ((*it)->statedOn) {
                    dates.push_back(*(*it)->statedOn);
                    break;
                }
        }
        // Of nested dates keep the most specific: "six months ago, on Aug. 6".
        std::vector<std::string> specific;
        for (const auto& d : dates) {
            bool coarser = false;
            for (const auto& other : dates)
                coarser |= other != d && valueContains(d, other);
            if (!coarser)
                specific.push_back(d);
        }
        if (specific.empty())
            continue;
        // One sentence, one description and place, whatever its dates.
        const Span evidence = evidenceOf(body, si);
        const std::vector<const Claim*> sentenceClaims(claimsFrom(sentence.start), claimsFrom(sentence.end));
        Event e;
        e.evidence = {evidence, spanText(document, map, evidence)};
        e.what = describe(document, map, sentenceClaims, evidence, (speech || occasion) && !happening);
        e.place = findPlace(document, map, body, si);
        for (const auto& date : specific) {
            e.date = date;
            found.push_back(e);
        }
    }
    analysis.events.insert(analysis.events.end(), found.begin(), found.end());
}

}  // namespace claimdesk::extract
