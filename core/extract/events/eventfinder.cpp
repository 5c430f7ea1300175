#include "core/extract/events/eventfinder.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/extract/statedon/statedon.h"
#include "core/extract/timex/timexvalue.h"
#include "core/text/lexicon.h"

namespace claimdesk::extract {
namespace {

enum class TriggerKind { Happening, Speech, Occasion };

// data/lexicons/event-triggers.txt: word, then happening / speech / occasion.
const std::unordered_map<std::string, TriggerKind>& triggers() {
    static const std::unordered_map<std::string, TriggerKind> words = [] {
        std::unordered_map<std::string, TriggerKind> out;
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
const std::unordered_set<std::string>& notPlaces() {
    static const std::unordered_set<std::string> words = [] {
        std::unordered_set<std::string> out;
        for (const auto& e : text::lexicon("event-not-places"))
            out.insert(e.key);
        return out;
    }();
    return words;
}

bool isPlaceHead(const std::string& lower) {
    static const std::unordered_set<std::string> heads = {"oblast", "oblasts", "region", "province", "district",
                                                          "county", "state", "city", "village", "town"};
    return heads.count(lower) > 0;
}

std::string spanText(const Document& document, const text::OffsetMap& map, Span span) {
    return text::sliceCodePoints(document.text, map, span.start, span.end);
}

// The sentence without its closing punctuation and quotation marks.
Span evidenceOf(const BodyText& body, std::size_t sentence) {
    const auto& s = body.structure.sentences[sentence];
    std::size_t end = s.end;
    while (end > s.begin && body.tokens[end - 1].kind != attribution::TokenKind::Word)
        --end;
    if (end == s.begin)
        return body.sentenceSpan(sentence);
    return {body.tokens[s.begin].start, body.tokens[end - 1].end};
}

// "in the city of Rylsk", "near a single village, Makhnovka", "into
// Russia's Kursk Oblast" -> "Rylsk", "Makhnovka", "Kursk Oblast".
std::string findPlace(const Document& document, const text::OffsetMap& map, const BodyText& body,
                      std::size_t sentence) {
    const auto& s = body.structure.sentences[sentence];
    const auto& tokens = body.tokens;
    for (std::size_t i = s.begin; i + 1 < s.end; ++i) {
        const std::string& w = tokens[i].lower;
        if (w != "in" && w != "into" && w != "near" && w != "at" && w != "outside")
            continue;
        std::size_t j = i + 1;
        // Skip "the city of", "a single village," and the like.
        while (j < s.end && !tokens[j].capitalized &&
               (tokens[j].lower == "the" || tokens[j].lower == "a" || tokens[j].lower == "single" ||
                tokens[j].lower == "of" || tokens[j].lower == "," || isPlaceHead(tokens[j].lower) ||
                tokens[j].lower == "embattled" || tokens[j].lower == "southern" || tokens[j].lower == "northern" ||
                tokens[j].lower == "eastern" || tokens[j].lower == "western"))
            ++j;
        std::size_t k = j;
        while (k < s.end && tokens[k].kind == attribution::TokenKind::Word && tokens[k].capitalized)
            ++k;
        if (k == j || notPlaces().count(tokens[j].lower))
            continue;
        // "the Russian region": an adjective before a common noun, no name.
        if (k < s.end && !tokens[k].capitalized && isPlaceHead(tokens[k].lower))
            continue;
        // Keep the part after a possessive: "Russia's Kursk Oblast" -> "Kursk Oblast".
        std::size_t from = j;
        for (std::size_t m = j; m + 1 < k; ++m) {
            const std::string& lw = tokens[m].lower;
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
std::string describe(const Document& document, const text::OffsetMap& map, const Analysis& analysis, Span evidence,
                     bool speech) {
    if (speech)
        for (const auto& c : analysis.claims)
            if (c.cue && evidence.contains(c.cue->span) && c.speakerMention && evidence.contains(c.speakerMention->span) &&
                c.speakerMention->span.end <= c.cue->span.start)
                return c.speakerMention->text + " " + c.cue->text;
    std::string text = spanText(document, map, evidence);
    constexpr std::size_t kLimit = 100;
    if (text.size() > kLimit) {
        std::size_t cut = text.rfind(' ', kLimit);
        text = text.substr(0, cut == std::string::npos ? kLimit : cut) + "\xE2\x80\xA6";
    }
    return text;
}

}  // namespace

void findEvents(const Document& document, const text::OffsetMap& map, const BodyText& body, Analysis& analysis) {
    const auto& words = triggers();
    for (std::size_t si = 0; si < body.structure.sentences.size(); ++si) {
        const auto& s = body.structure.sentences[si];
        bool happening = false, speech = false, occasion = false;
        for (std::size_t t = s.begin; t < s.end; ++t) {
            auto it = words.find(body.tokens[t].lower);
            if (it == words.end())
                continue;
            happening |= it->second == TriggerKind::Happening;
            speech |= it->second == TriggerKind::Speech;
            occasion |= it->second == TriggerKind::Occasion;
        }
        if (!happening && !speech && !occasion)
            continue;
        const Span sentence = body.sentenceSpan(si);
        std::vector<std::string> dates;
        for (const auto& t : analysis.timexes) {
            if (!sentence.contains(t.text.span) || (t.type != "DATE" && t.type != "TIME"))
                continue;
            if (auto value = calendarValue(t.value);
                value && std::find(dates.begin(), dates.end(), *value) == dates.end())
                dates.push_back(*value);
        }
        if (dates.empty() && occasion) {
            // "in an interview with Reuters": when its claims were stated.
            const Claim* nearest = nullptr;
            for (const auto& c : analysis.claims) {
                if (!c.statedOn)
                    continue;
                const bool inside = sentence.contains(c.content.span.start) ||
                                    (c.cue && sentence.contains(c.cue->span.start));
                const bool following = c.content.span.start >= sentence.end &&
                                       c.content.span.start - sentence.end < 600;
                if (inside || (following && (!nearest || c.content.span.start < nearest->content.span.start)))
                    nearest = &c;
                if (inside)
                    break;
            }
            if (nearest)
                dates.push_back(*nearest->statedOn);
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
        const Span evidence = evidenceOf(body, si);
        for (const auto& date : specific) {
            Event e;
            e.date = date;
            e.evidence = {evidence, spanText(document, map, evidence)};
            e.what = describe(document, map, analysis, evidence, (speech || occasion) && !happening);
            e.place = findPlace(document, map, body, si);
            analysis.events.push_back(std::move(e));
        }
    }
}

}  // namespace claimdesk::extract
