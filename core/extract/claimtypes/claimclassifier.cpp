#include "core/extract/claimtypes/claimclassifier.h"

#include <algorithm>
#include <unordered_map>

#include "core/text/lexicon.h"

namespace claimdesk::extract {
namespace {

using attribution::Token;
using attribution::TokenKind;

// Lexicon phrase -> class, and the number of words in its longest phrase.
struct PhraseTable {
    std::unordered_map<std::string, std::string> classes;
    std::size_t longest = 1;
};

PhraseTable readTable(const char* name) {
    PhraseTable table;
    for (const auto& e : text::lexicon(name))
        if (!e.fields.empty()) {
            table.classes[e.key] = e.fields[0];
            table.longest = std::max(table.longest,
                                     static_cast<std::size_t>(std::count(e.key.begin(), e.key.end(), ' ')) + 1);
        }
    return table;
}

const PhraseTable& cueTypes() {
    static const PhraseTable table = readTable("claim-cue-types");
    return table;
}

const PhraseTable& polarityWords() {
    static const PhraseTable table = readTable("claim-polarity");
    return table;
}

// The lower-case words of the tokens inside `span`.
std::vector<std::string> wordsIn(const BodyText& body, Span span) {
    std::vector<std::string> out;
    auto it = std::lower_bound(body.tokens.begin(), body.tokens.end(), span.start,
                               [](const Token& t, std::int64_t at) { return t.start < at; });
    for (; it != body.tokens.end() && it->end <= span.end; ++it)
        if (it->kind == TokenKind::Word)
            out.push_back(it->lower);
    return out;
}

// The class of the first phrase of `words` that `table` knows, longest
// phrase first at each place; empty when none.
std::string firstClass(const std::vector<std::string>& words, const PhraseTable& table) {
    for (std::size_t i = 0; i < words.size(); ++i)
        for (std::size_t n = std::min(table.longest, words.size() - i); n > 0; --n) {
            std::string phrase = words[i];
            for (std::size_t k = 1; k < n; ++k)
                phrase += " " + words[i + k];
            if (auto it = table.classes.find(phrase); it != table.classes.end())
                return it->second;
        }
    return {};
}

std::string polarityClass(const std::string& word) {
    if (word.size() > 3 && word.ends_with("n't"))
        return "not";
    const auto& classes = polarityWords().classes;
    auto it = classes.find(word);
    return it == classes.end() ? std::string() : it->second;
}

}  // namespace

ClaimType cueType(const std::vector<std::string>& cue) {
    const std::string c = firstClass(cue, cueTypes());
    if (c == "denial")
        return ClaimType::Denial;
    if (c == "belief")
        return ClaimType::Belief;
    if (c == "request")
        return ClaimType::Request;
    if (c == "reference")
        return ClaimType::Reference;
    return ClaimType::Statement;
}

namespace {

// Whether the source opens with a negation, or "nor" stands right before it.
bool sourceNegated(const BodyText& body, const Claim& claim) {
    if (!claim.speakerMention)
        return false;
    const auto words = wordsIn(body, claim.speakerMention->span);
    if (!words.empty() && polarityClass(words.front()) == "nobody")
        return true;
    auto it = std::lower_bound(body.tokens.begin(), body.tokens.end(), claim.speakerMention->span.start,
                               [](const Token& t, std::int64_t at) { return t.start < at; });
    while (it != body.tokens.begin()) {
        --it;
        if (it->kind == TokenKind::Word)
            return polarityClass(it->lower) == "nobody";
        if (it->kind != TokenKind::Punct)
            return false;
    }
    return false;
}

Polarity polarityOf(const BodyText& body, const Claim& claim, const std::vector<std::string>& cue) {
    bool negated = false, declined = false, answering = false;
    for (const auto& w : cue) {
        const std::string c = polarityClass(w);
        negated |= c == "not";
        declined |= c == "decline";
        answering |= c == "silent";
    }
    if (declined || (negated && answering))
        return Polarity::Declined;
    if (negated || sourceNegated(body, claim))
        return Polarity::Negated;
    return Polarity::Affirmed;
}

}  // namespace

void classifyClaims(const BodyText& body, Analysis& analysis) {
    for (auto& claim : analysis.claims) {
        if (!claim.cue)
            continue;  // a quotation carried over from its speaker's cue keeps the defaults
        const auto cue = wordsIn(body, claim.cue->span);
        claim.type = cueType(cue);
        claim.polarity = polarityOf(body, claim, cue);
    }
}

}  // namespace claimdesk::extract
