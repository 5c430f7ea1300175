#include "core/extract/speakers/speakerlexicon.h"

#include <type_traits>

#include "core/domain/speakerkey.h"
#include "core/text/lexicon.h"

namespace claimdesk::extract::speakers {
namespace {

const std::string& field(const text::LexiconEntry& entry) {
    static const std::string empty;
    return entry.fields.empty() ? empty : entry.fields.front();
}

Gender genderOf(const std::string& name) {
    if (name == "male")
        return Gender::Male;
    if (name == "female")
        return Gender::Female;
    return Gender::Unknown;
}

SpeakerLexicon load() {
    SpeakerLexicon lex;
    for (const auto& e : text::lexicon("speaker-titles")) {
        if (field(e) == "modifier")
            lex.titleModifiers.insert(e.key);
        else
            lex.titles.insert(e.key);
        if (e.fields.size() > 1 && !e.fields[1].empty())
            lex.titleExpansions[e.key] = e.fields[1];
    }
    for (const auto& e : text::lexicon("speaker-honorifics"))
        lex.honorifics[e.key] = genderOf(field(e));
    for (const auto& e : text::lexicon("speaker-pronouns")) {
        const std::string& c = field(e);
        PronounClass p = PronounClass::Other;
        if (c == "male")
            p = PronounClass::Male;
        else if (c == "female")
            p = PronounClass::Female;
        else if (c == "plural")
            p = PronounClass::Plural;
        else if (c == "neuter")
            p = PronounClass::Neuter;
        else if (c == "first")
            p = PronounClass::First;
        else if (c == "relative")
            p = PronounClass::Relative;
        lex.pronouns[e.key] = p;
    }
    for (const auto& e : text::lexicon("speaker-determiners"))
        (field(e) == "definite" ? lex.definiteDeterminers : lex.indefiniteDeterminers).insert(e.key);
    for (const auto& e : text::lexicon("speaker-groups"))
        (field(e) == "collective" ? lex.collectiveNouns : lex.groupNouns).insert(e.key);
    for (const auto& e : text::lexicon("speaker-organisations")) {
        const std::string& c = field(e);
        if (c == "name" || c == "both")
            lex.orgNameWords.insert(e.key);
        if (c == "head" || c == "both")
            lex.orgHeadNouns.insert(e.key);
        if (c == "document")
            lex.documentNouns.insert(e.key);
    }
    for (const auto& e : text::lexicon("speaker-institution-heads")) {
        const std::string& c = field(e);
        (c == "outlet" ? lex.outletHeads : c == "outletname" ? lex.outletNameWords : lex.institutionHeads).insert(e.key);
    }
    for (const auto& e : text::lexicon("speaker-places")) {
        const std::string& c = field(e);
        PlaceClass p = PlaceClass::Country;
        if (c == "demonym")
            p = PlaceClass::Demonym;
        else if (c == "placeword")
            p = PlaceClass::PlaceWord;
        else if (c == "prefix")
            p = PlaceClass::Prefix;
        else if (c == "date")
            p = PlaceClass::Date;
        lex.places[e.key] = p;
    }
    for (const auto& e : text::lexicon("speaker-given-names"))
        lex.givenNames[e.key] = genderOf(field(e));
    for (const auto& e : text::lexicon("speaker-person-nouns"))
        lex.personNouns[e.key] = genderOf(field(e));
    for (const auto& e : text::lexicon("speaker-name-variants"))
        lex.nameVariants[speakerTokenKey(e.key)] = speakerTokenKey(field(e));
    for (const auto& e : text::lexicon("speaker-abbreviations"))
        lex.abbreviations.insert(e.key);
    auto gather = [&lex](const auto& words) {
        for (const auto& entry : words) {
            if constexpr (std::is_same_v<std::decay_t<decltype(entry)>, std::string>)
                lex.nameStopWords.insert(entry);
            else
                lex.nameStopWords.insert(entry.first);
        }
    };
    gather(lex.titles);
    gather(lex.titleModifiers);
    gather(lex.honorifics);
    gather(lex.orgNameWords);
    gather(lex.places);
    gather(lex.groupNouns);
    gather(lex.collectiveNouns);
    gather(lex.documentNouns);
    gather(lex.pronouns);
    gather(lex.definiteDeterminers);
    gather(lex.indefiniteDeterminers);
    return lex;
}

}  // namespace

const SpeakerLexicon& SpeakerLexicon::instance() {
    static const SpeakerLexicon lex = load();
    return lex;
}

}  // namespace claimdesk::extract::speakers
