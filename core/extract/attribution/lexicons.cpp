#include "core/extract/attribution/lexicons.h"

#include <stdexcept>
#include <unordered_map>

#include "core/text/lexicon.h"

namespace claimdesk::extract::attribution {
namespace {

const std::string& field(const text::LexiconEntry& e, std::size_t i, const std::string& lexiconName) {
    if (e.fields.size() <= i)
        throw std::runtime_error("lexicon " + lexiconName + ": entry '" + e.key + "' lacks a field");
    return e.fields[i];
}

}  // namespace

Lexicons::Lexicons() {
    for (const auto& e : text::lexicon("attribution-cues")) {
        const std::string& f = field(e, 0, "attribution-cues");
        m_cues[e.key] = f == "tell"     ? CueFrame::Tell
                        : f == "object" ? CueFrame::Object
                        : f == "want"   ? CueFrame::Want
                        : f == "that"   ? CueFrame::That
                        : f == "quote"  ? CueFrame::Quote
                                        : CueFrame::Say;
    }
    for (const auto& e : text::lexicon("attribution-nominal-cues"))
        m_nominals[e.key] = field(e, 0, "attribution-nominal-cues") == "according" ? NominalFrame::According : NominalFrame::That;
    static const std::unordered_map<std::string, WordClass> classes = {
        {"stop", Stop}, {"det", Det}, {"pronoun", Pronoun}, {"object", ObjectPronoun},
        {"lead", Lead}, {"cuemod", CueMod}, {"day", Day}, {"time", Time}, {"prep", Prep}, {"label", Label}, {"noun", Noun}};
    for (const auto& e : text::lexicon("attribution-words")) {
        const auto it = classes.find(field(e, 0, "attribution-words"));
        if (it == classes.end())
            throw std::runtime_error("lexicon attribution-words: unknown class for '" + e.key + "'");
        m_words[e.key] |= it->second;
    }
    for (const auto& [w, f] : m_cues)
        m_entries[w].cue = static_cast<std::int8_t>(f);
    for (const auto& [w, bits] : m_words)
        m_entries[w].classes = bits;
    for (const auto& [w, f] : m_nominals)
        if (f == NominalFrame::That)
            m_entries[w].classes |= NominalThat;
}

WordInfo Lexicons::info(std::string_view word) const {
    const auto it = m_entries.find(word);
    return it == m_entries.end() ? WordInfo{} : it->second;
}

const CueFrame* Lexicons::cue(std::string_view word) const {
    const auto it = m_cues.find(word);
    return it == m_cues.end() ? nullptr : &it->second;
}

const NominalFrame* Lexicons::nominal(std::string_view word) const {
    const auto it = m_nominals.find(word);
    return it == m_nominals.end() ? nullptr : &it->second;
}

bool Lexicons::is(WordClass wordClass, std::string_view word) const {
    const auto it = m_words.find(word);
    return it != m_words.end() && (it->second & wordClass) != 0;
}

const Lexicons& lexicons() {
    static const Lexicons instance;
    return instance;
}

}  // namespace claimdesk::extract::attribution
