#include "core/extract/attribution/lexicons.h"

#include <stdexcept>

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
    for (const auto& e : text::lexicon("attribution_cues")) {
        const std::string& f = field(e, 0, "attribution_cues");
        m_cues[e.key] = f == "tell"     ? CueFrame::Tell
                        : f == "object" ? CueFrame::Object
                        : f == "want"   ? CueFrame::Want
                        : f == "that"   ? CueFrame::That
                        : f == "quote"  ? CueFrame::Quote
                                        : CueFrame::Say;
    }
    for (const auto& e : text::lexicon("attribution_nominal_cues"))
        m_nominals[e.key] = field(e, 0, "attribution_nominal_cues") == "according" ? NominalFrame::According : NominalFrame::That;
    for (const auto& e : text::lexicon("attribution_abbreviations"))
        m_abbreviations[e.key] = field(e, 0, "attribution_abbreviations") == "end" ? Abbreviation::End : Abbreviation::Title;
    for (const auto& e : text::lexicon("attribution_quote_marks")) {
        const auto c = static_cast<char32_t>(std::stoul(e.key, nullptr, 16));
        const std::string& r = field(e, 0, "attribution_quote_marks");
        m_marks[c] = r == "open"           ? MarkRole::Open
                     : r == "close"        ? MarkRole::Close
                     : r == "either"       ? MarkRole::Either
                     : r == "single-open"  ? MarkRole::SingleOpen
                     : r == "single-close" ? MarkRole::SingleClose
                                           : MarkRole::SingleEither;
    }
    static const std::unordered_map<std::string, WordClass> classes = {
        {"stop", Stop}, {"det", Det}, {"pronoun", Pronoun}, {"object", ObjectPronoun}, {"opener", Opener},
        {"lead", Lead}, {"cuemod", CueMod}, {"day", Day}, {"time", Time}, {"prep", Prep}, {"label", Label}, {"noun", Noun}};
    for (const auto& e : text::lexicon("attribution_words")) {
        const auto it = classes.find(field(e, 0, "attribution_words"));
        if (it == classes.end())
            throw std::runtime_error("lexicon attribution_words: unknown class for '" + e.key + "'");
        m_words[e.key] |= it->second;
    }
    for (const auto& [w, f] : m_cues)
        m_entries[w].cue = static_cast<std::int8_t>(f);
    for (const auto& [w, a] : m_abbreviations)
        m_entries[w].abbreviation = static_cast<std::uint8_t>(a);
    for (const auto& [w, bits] : m_words)
        m_entries[w].classes = bits;
    for (const auto& [w, f] : m_nominals)
        if (f == NominalFrame::That)
            m_entries[w].classes |= NominalThat;
}

void Lexicons::annotate(Token& token) const {
    const auto it = m_entries.find(token.lower);
    if (it == m_entries.end())
        return;
    token.classes = it->second.classes;
    token.cue = it->second.cue;
    token.abbreviation = it->second.abbreviation;
}

const CueFrame* Lexicons::cue(const std::string& word) const {
    const auto it = m_cues.find(word);
    return it == m_cues.end() ? nullptr : &it->second;
}

const NominalFrame* Lexicons::nominal(const std::string& word) const {
    const auto it = m_nominals.find(word);
    return it == m_nominals.end() ? nullptr : &it->second;
}

Abbreviation Lexicons::abbreviation(const std::string& word) const {
    const auto it = m_abbreviations.find(word);
    return it == m_abbreviations.end() ? Abbreviation::None : it->second;
}

MarkRole Lexicons::markRole(char32_t c) const {
    const auto it = m_marks.find(c);
    return it == m_marks.end() ? MarkRole::None : it->second;
}

bool Lexicons::is(WordClass wordClass, const std::string& word) const {
    const auto it = m_words.find(word);
    return it != m_words.end() && (it->second & wordClass) != 0;
}

const Lexicons& lexicons() {
    static const Lexicons instance;
    return instance;
}

}  // namespace claimdesk::extract::attribution
