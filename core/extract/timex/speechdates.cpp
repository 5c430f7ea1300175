#include "core/extract/timex/speechdates.h"

#include <string>
#include <unordered_set>

#include "core/text/lexicon.h"

namespace claimdesk::extract::timex {
namespace {

const text::WordSet& speechCues() {
    static const auto& words = text::lexiconWords("timex-speech-cues");
    return words;
}

// Paragraphs are lines: [start, end) token ranges.
std::vector<std::pair<std::size_t, std::size_t>> paragraphs(const std::vector<Token>& tokens) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i == 0 || tokens[i].lineBefore)
            out.emplace_back(i, i);
        out.back().second = i + 1;
    }
    return out;
}

std::size_t quoteMarks(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    std::size_t count = 0;
    for (std::size_t i = begin; i < end; ++i)
        count += tokens[i].kind == text::PieceKind::Punct && tokens[i].lower == "\"";
    return count;
}

// Quoted or reported speech: inside a quotation still open, a quotation
// mark, or a speech verb ("- Zelensky said.", "He also noted that ...").
bool reportsSpeech(const std::vector<Token>& tokens, std::size_t begin, std::size_t end, bool insideQuote) {
    if (insideQuote)
        return true;
    const auto& cues = speechCues();
    for (std::size_t i = begin; i < end; ++i) {
        const Token& token = tokens[i];
        if (token.kind == text::PieceKind::Punct && token.lower == "\"")
            return true;
        if (token.kind == text::PieceKind::Letters && cues.count(token.lower))
            return true;
    }
    return false;
}

}  // namespace

std::vector<SpeechStretch> speechStretches(const std::vector<Token>& tokens, const std::vector<SpeechInsert>& inserts) {
    std::vector<SpeechStretch> stretches;
    if (inserts.empty())
        return stretches;
    const auto paras = paragraphs(tokens);
    std::size_t p = 0;
    for (const SpeechInsert& insert : inserts) {
        while (p < paras.size() && paras[p].second <= insert.token)
            ++p;
        if (p == paras.size())
            break;
        SpeechStretch stretch{paras[p].first, paras[p].second, insert.spokenOn};
        if (!stretches.empty() && stretches.back().endToken > stretch.beginToken) {
            if (stretches.back().beginToken == stretch.beginToken)
                stretches.pop_back();  // two inserts in one paragraph: the later one rules from here
            else
                stretches.back().endToken = stretch.beginToken;
        }
        // A quotation may run over several paragraphs before it closes.
        std::size_t marks = quoteMarks(tokens, paras[p].first, paras[p].second);
        for (std::size_t q = p + 1; q < paras.size(); ++q) {
            if (!reportsSpeech(tokens, paras[q].first, paras[q].second, marks % 2 == 1))
                break;
            marks += quoteMarks(tokens, paras[q].first, paras[q].second);
            stretch.endToken = paras[q].second;
        }
        stretches.push_back(stretch);
    }
    return stretches;
}

}  // namespace claimdesk::extract::timex
