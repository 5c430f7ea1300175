#include "core/ingest/html/classhints.h"

#include <array>
#include <string>
#include <vector>

#include "core/text/lexicon.h"

namespace claimdesk::ingest::html {
namespace {

struct Hint {
    std::string fragment;
    bool word = false;  // must be a whole class/id word
};

using HintTable = std::array<std::vector<Hint>, 8>;

const HintTable& hints() {
    static const HintTable table = [] {
        HintTable t;
        for (const auto& e : text::lexicon("html-class-hints")) {
            if (e.fields.empty())
                continue;
            const std::string& kind = e.fields[0];
            int k = kind == "positive" ? 0 : kind == "negative" ? 1 : kind == "unlikely" ? 2
                  : kind == "maybe" ? 3 : kind == "share" ? 4 : kind == "byline" ? 5 : kind == "role" ? 6 : kind == "name" ? 7 : -1;
            if (k < 0)
                continue;
            t[static_cast<std::size_t>(k)].push_back({e.key, e.fields.size() > 1 && e.fields[1] == "word"});
        }
        return t;
    }();
    return table;
}

bool isWordBreak(char c) { return c == ' ' || c == '-' || c == '_'; }

bool containsWord(std::string_view names, std::string_view word) {
    std::size_t pos = 0;
    while ((pos = names.find(word, pos)) != std::string_view::npos) {
        const bool before = pos == 0 || isWordBreak(names[pos - 1]);
        const std::size_t after = pos + word.size();
        if (before && (after == names.size() || isWordBreak(names[after])))
            return true;
        ++pos;
    }
    return false;
}

}  // namespace

bool hintMatches(std::string_view names, HintKind kind) {
    if (names.empty())
        return false;
    for (const Hint& h : hints()[static_cast<std::size_t>(kind)]) {
        if (h.word ? containsWord(names, h.fragment) : names.find(h.fragment) != std::string_view::npos)
            return true;
    }
    return false;
}

int classWeight(std::string_view cls, std::string_view id) {
    int weight = 0;
    for (std::string_view names : {cls, id}) {
        if (names.empty())
            continue;
        if (hintMatches(names, HintKind::Negative))
            weight -= 25;
        if (hintMatches(names, HintKind::Positive))
            weight += 25;
    }
    return weight;
}

}  // namespace claimdesk::ingest::html
