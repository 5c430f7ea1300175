#include "core/link/tokens.h"

#include <cmath>
#include <unordered_set>

#include "core/text/fold.h"
#include "core/text/lexicon.h"
#include "core/text/tokens.h"

namespace claimdesk::link {
namespace {

const text::WordSet& stopwords() {
    static const auto& words = text::lexiconWords("link-stopwords");  // read once, not per word
    return words;
}

bool endsWith(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string stem(std::string w) {
    if (w.size() <= 3)
        return w;
    if (endsWith(w, "ies") && w.size() > 4)
        return w.substr(0, w.size() - 3) + "y";
    if (endsWith(w, "ing") && w.size() > 5)
        return w.substr(0, w.size() - 3);
    if (endsWith(w, "ed") && w.size() > 4) {
        w.resize(w.size() - 2);
        if (w.size() > 3 && w[w.size() - 1] == w[w.size() - 2])  // "killed" -> "kill", "stopped" -> "stop"
            w.pop_back();
        return w;
    }
    if (endsWith(w, "es") && (endsWith(w, "ses") || endsWith(w, "xes") || endsWith(w, "ches") || endsWith(w, "shes")))
        return w.substr(0, w.size() - 2);
    if (endsWith(w, "s") && !endsWith(w, "ss") && !endsWith(w, "us"))
        return w.substr(0, w.size() - 1);
    return w;
}

std::vector<std::string> words(std::string_view text) {
    // The pieces of the one tokenizer (core/text/tokens.h): "don't" stays
    // whole, "Russia's" gives "russia", "12,000" one figure.
    const std::string folded = text::foldCase(text);
    const text::TokenStream stream(folded);
    std::vector<std::string> out;
    out.reserve(stream.pieces().size());
    for (const text::Piece& piece : stream.pieces())
        if (piece.kind != text::PieceKind::Punct && piece.lower != "'s")
            out.emplace_back(piece.lower);
    return out;
}

std::vector<std::string> contentTokens(std::string_view text, const std::vector<Quantity>& quantities) {
    std::vector<std::string> out;
    for (auto& word : words(text)) {
        const bool digits = std::isdigit(static_cast<unsigned char>(word[0]));
        if (!digits && word.size() > 1 && !stopwords().count(word))
            out.push_back(stem(std::move(word)));
    }
    // Figures are compared by value, so "12,000" and "12 thousand" match.
    for (const auto& q : quantities) {
        const std::optional<double> v = q.value ? q.value : q.low ? q.low : q.high;
        if (v)
            out.push_back("#" + std::to_string(std::llround(*v)));
    }
    return out;
}

}  // namespace claimdesk::link
