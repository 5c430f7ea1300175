#include "core/domain/cuetypes.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <unordered_map>

#include "core/text/lexicon.h"

namespace claimdesk {
namespace {

// Lexicon phrase -> class, and the number of words in its longest phrase.
struct PhraseTable {
    std::unordered_map<std::string, std::string> classes;
    std::size_t longest = 1;
};

PhraseTable readTable(const std::string& name) {
    PhraseTable table;
    for (const auto& e : text::lexicon(name))
        if (!e.fields.empty()) {
            table.classes[e.key] = e.fields[0];
            table.longest = std::max(table.longest,
                                     static_cast<std::size_t>(std::count(e.key.begin(), e.key.end(), ' ')) + 1);
        }
    return table;
}

const PhraseTable& table(const std::string& name) {
    static std::mutex lock;
    static std::map<std::string, PhraseTable> tables;
    const std::lock_guard<std::mutex> guard(lock);
    auto it = tables.find(name);
    if (it == tables.end())
        it = tables.emplace(name, readTable(name)).first;
    return it->second;  // std::map nodes never move
}

}  // namespace

std::string firstPhraseClass(const std::vector<std::string>& words, const std::string& lexicon) {
    const PhraseTable& t = table(lexicon);
    for (std::size_t i = 0; i < words.size(); ++i)
        for (std::size_t n = std::min(t.longest, words.size() - i); n > 0; --n) {
            std::string phrase = words[i];
            for (std::size_t k = 1; k < n; ++k)
                phrase += " " + words[i + k];
            if (auto it = t.classes.find(phrase); it != t.classes.end())
                return it->second;
        }
    return {};
}

ClaimType cueType(const std::vector<std::string>& cue) {
    const std::string c = firstPhraseClass(cue, "claim-cue-types");
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

}  // namespace claimdesk
