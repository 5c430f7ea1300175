#include "core/extract/claimtypes/claimclassifier.h"

#include <algorithm>
#include <unordered_map>

#include "core/domain/cuetypes.h"
#include "core/text/lexicon.h"

namespace claimdesk::extract {
namespace {

using text::Token;
using text::TokenKind;

// The first token starting at or after `offset`.
std::vector<Token>::const_iterator tokenFrom(const text::AnnotatedText& body, std::int64_t offset) {
    return std::lower_bound(body.tokens().begin(), body.tokens().end(), offset,
                            [](const Token& t, std::int64_t at) { return t.start < at; });
}

// The lower-case words of the tokens inside `span`.
std::vector<std::string> wordsIn(const text::AnnotatedText& body, Span span) {
    std::vector<std::string> out;
    for (auto it = tokenFrom(body, span.start); it != body.tokens().end() && it->end <= span.end; ++it)
        if (it->isWord())
            out.emplace_back(it->lower);
    return out;
}

std::string polarityClass(const std::string& word) {
    if (word.size() > 3 && word.ends_with("n't"))
        return "not";
    return firstPhraseClass({word}, "claim-polarity");
}

// Whether the source opens with a negation, or "nor" stands right before it.
bool sourceNegated(const text::AnnotatedText& body, const Claim& claim) {
    if (!claim.speakerMention)
        return false;
    const auto words = wordsIn(body, claim.speakerMention->span);
    if (!words.empty() && polarityClass(words.front()) == "nobody")
        return true;
    auto it = tokenFrom(body, claim.speakerMention->span.start);
    while (it != body.tokens().begin()) {
        --it;
        if (it->isWord())
            return polarityClass(std::string(it->lower)) == "nobody";
        if (it->kind != TokenKind::Punct)
            return false;
    }
    return false;
}

Polarity polarityOf(const text::AnnotatedText& body, const Claim& claim, const std::vector<std::string>& cue) {
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

void classifyClaims(const text::AnnotatedText& body, Analysis& analysis) {
    for (auto& claim : analysis.claims) {
        if (!claim.cue)
            continue;  // a quotation carried over from its speaker's cue keeps the defaults
        const auto cue = wordsIn(body, claim.cue->span);
        claim.type = cueType(cue);
        claim.polarity = polarityOf(body, claim, cue);
    }
}

void removeBareRefusals(const text::AnnotatedText& body, Analysis& analysis) {
    static const auto& refusal = text::lexiconWords("claim-refusal-words");
    auto bare = [&](const Claim& claim) {
        if (claim.polarity != Polarity::Declined)
            return false;
        for (const auto& w : wordsIn(body, claim.content.span))
            if (!refusal.count(w))
                return false;
        return true;
    };
    std::erase_if(analysis.claims, bare);
}

}  // namespace claimdesk::extract
