#include "core/domain/measures.h"

#include <algorithm>
#include <sstream>
#include <unordered_map>

#include "core/text/lexicon.h"

namespace claimdesk::frames {
namespace {

struct MeasureKind {
    std::string label;
    bool agent = false;
    std::vector<std::string> parts;
};

struct Measures {
    std::unordered_map<std::string, std::string> phrases;  // phrase -> measure
    std::size_t longest = 1;                                // words in the longest phrase
    std::unordered_map<std::string, MeasureKind> kinds;
    std::unordered_map<std::string, std::string> family;    // part -> its sum
};

std::size_t wordCount(const std::string& phrase) {
    return static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
}

const Measures& measures() {
    static const Measures m = [] {
        Measures out;
        for (const auto& e : text::lexicon("figure-measures"))
            if (!e.fields.empty()) {
                out.phrases[e.key] = e.fields[0];
                out.longest = std::max(out.longest, wordCount(e.key));
            }
        for (const auto& e : text::lexicon("figure-measure-kinds")) {
            MeasureKind kind;
            kind.label = e.fields.empty() ? e.key : e.fields[0];
            kind.agent = e.fields.size() > 1 && e.fields[1] == "agent";
            if (e.fields.size() > 2) {
                std::istringstream parts(e.fields[2]);
                for (std::string part; parts >> part;) {
                    kind.parts.push_back(part);
                    out.family[part] = e.key;
                }
            }
            out.kinds[e.key] = std::move(kind);
        }
        return out;
    }();
    return m;
}

// The measure and length of the longest phrase of `words` starting at `at`
// (in the order the words are stored), read forwards or, for words stored
// nearest first before a figure, backwards.
std::pair<std::string, std::size_t> phraseAt(const std::vector<std::string>& words, std::size_t at, bool backwards) {
    const Measures& m = measures();
    for (std::size_t n = std::min(m.longest, words.size() - at); n > 0; --n) {
        std::string phrase;
        for (std::size_t k = 0; k < n; ++k) {
            const std::string& w = words[backwards ? at + n - 1 - k : at + k];
            phrase += (k ? " " : "") + w;
        }
        if (auto it = m.phrases.find(phrase); it != m.phrases.end())
            return {it->second, n};
    }
    return {};
}

}  // namespace

std::string measureOfPhrase(const std::string& phrase) {
    const auto& phrases = measures().phrases;
    auto it = phrases.find(phrase);
    return it == phrases.end() ? std::string() : it->second;
}

MeasurePhrase findMeasure(const std::vector<std::string>& before, const std::vector<std::string>& after,
                          std::size_t reachBefore, std::size_t reachAfter) {
    for (std::size_t d = 0; d < std::max(reachBefore, reachAfter); ++d) {
        if (d < reachAfter && d < after.size())
            if (auto [measure, n] = phraseAt(after, d, false); !measure.empty())
                return {measure, false, d, n};
        if (d < reachBefore && d < before.size())
            if (auto [measure, n] = phraseAt(before, d, true); !measure.empty())
                return {measure, true, d, n};
    }
    return {};
}

std::string measureNear(const std::vector<std::string>& before, const std::vector<std::string>& after,
                        std::size_t reachBefore, std::size_t reachAfter) {
    return findMeasure(before, after, reachBefore, reachAfter).measure;
}

std::string measureLabel(const std::string& measure) {
    const auto& kinds = measures().kinds;
    auto it = kinds.find(measure);
    return it == kinds.end() ? measure : it->second.label;
}

const std::vector<std::string>& measureParts(const std::string& measure) {
    static const std::vector<std::string> none;
    const auto& kinds = measures().kinds;
    auto it = kinds.find(measure);
    return it == kinds.end() ? none : it->second.parts;
}

std::string measureFamily(const std::string& measure) {
    const auto& family = measures().family;
    auto it = family.find(measure);
    return it == family.end() ? measure : it->second;
}

bool ownedByAgent(const std::string& measure) {
    const auto& kinds = measures().kinds;
    auto it = kinds.find(measure);
    return it != kinds.end() && it->second.agent;
}

}  // namespace claimdesk::frames
