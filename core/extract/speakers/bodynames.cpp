#include "core/extract/speakers/bodynames.h"

#include <unordered_set>

#include "core/domain/speakerkey.h"
#include "core/extract/speakers/speakerwords.h"
#include "core/text/lexicon.h"

namespace claimdesk::extract::speakers {

std::string nameWordKey(std::string_view word, const SpeakerLexicon& lex) {
    // The keys of the words seen, per thread and lexicon: bodies name the
    // same people over and over, and a key costs a fold and a pass over
    // the transliteration patterns. Bounded, so a long batch cannot grow it
    // without end.
    thread_local const SpeakerLexicon* keysOf = nullptr;
    thread_local text::WordMap<std::string> keys;
    constexpr std::size_t kMostKeys = 1 << 16;
    if (keysOf != &lex || keys.size() >= kMostKeys) {
        keys.clear();
        keysOf = &lex;
    }
    if (const auto known = keys.find(word); known != keys.end())
        return known->second;
    std::string k = speakerTokenKey(word);
    if (auto it = lex.nameVariants.find(k); it != lex.nameVariants.end())
        k = it->second;
    keys.emplace(std::string(word), k);
    return k;
}

std::vector<NameRun> findNameRuns(const TokenizedText& t, std::size_t from, std::size_t to,
                                  const SpeakerLexicon& lex) {
    // Words that are capitalised inside a sentence somewhere: a capital at
    // the start of a sentence only counts for them ("Zelensky said" yes,
    // "Yesterday" no).
    // Words written in capitals only count when the text also writes them
    // in title case: headings ("THE BORROWING") are not names.
    std::unordered_set<std::string_view> midCapitals, titleCase;  // views into the token stream
    for (std::size_t i = from; i < to; ++i) {
        if (t[i].word() && t[i].is(Token::Capitalised) && !t[i].is(Token::SentenceStart))
            midCapitals.insert(t[i].lower);
        if (t[i].word() && t[i].is(Token::Capitalised) && !t[i].is(Token::AllCaps))
            titleCase.insert(t[i].lower);
    }
    auto nameWord = [&](const Token& tok) {
        return isNameWord(tok, lex) && (!tok.is(Token::AllCaps) || titleCase.count(tok.lower) > 0);
    };
    auto startsName = [&](std::size_t i) {
        const Token& tok = t[i];
        // A given name that is also a place ("Virginia Foxx") when a name follows.
        const bool givenPlace = tok.is(Token::Capitalised) && lex.givenNames.count(tok.lower) && i + 1 < to &&
                                nameWord(t[i + 1]);
        if (!nameWord(tok) && !givenPlace)
            return false;
        if (!tok.is(Token::SentenceStart))
            return true;
        return midCapitals.count(tok.lower) > 0 || lex.givenNames.count(tok.lower) > 0;
    };

    std::vector<NameRun> runs;
    std::size_t i = from;
    while (i < to) {
        if (!startsName(i) || t[i].is(Token::Initial)) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < to && t[j].sentence == t[i].sentence &&
               (nameWord(t[j]) || (isNameParticle(t[j]) && j + 1 < to && nameWord(t[j + 1])) ||
                (t[j].is(Token::Capitalised) && lex.givenNames.count(t[j].lower)) ||
                (j == i + 1 && t[j].is(Token::Capitalised) && lex.givenNames.count(t[i].lower) &&
                 !lex.orgNameWords.count(t[j].lower) && !lex.isTitleWord(t[j].lower))))
            ++j;
        while (j < to && isNameSuffix(t[j]))
            ++j;
        NameRun run;
        run.first = i;
        run.last = j;
        if (j < to && t[j].word() && t[j].is(Token::Capitalised) && lex.orgNameWords.count(t[j].lower)) {
            i = j;  // part of a longer name: "Fair Sentencing Act", "Acme Energy"
            continue;
        }
        if (j - i > 4) {  // an organisation's or a place's name, not a person's
            i = j;
            continue;
        }
        if (const PlaceClass* pc = lex.place(t[i].lower); pc && *pc == PlaceClass::Prefix) {
            i = j;
            continue;
        }
        if (j - i >= 2 && lex.place(std::string(t[i].lower) + " " + std::string(t[i + 1].lower))) {
            i = j;  // "United States"
            continue;
        }
        // Titles just before: "President", "Ukraine's spy chief", "Mr.".
        std::size_t p = i;
        bool titled = false;
        while (p > from && t[p - 1].sentence == t[i].sentence) {
            const Token& prev = t[p - 1];
            std::string_view l = prev.lower;
            if (auto h = lex.honorifics.find(l); h != lex.honorifics.end()) {
                titled = true;
                if (h->second != Gender::Unknown)
                    run.gender = h->second;
            } else if (lex.isTitle(l)) {
                titled = true;
                std::string head(l);
                if (auto x = lex.titleExpansions.find(l); x != lex.titleExpansions.end())
                    head = speakerKey(x->second);
                run.roleHeads.push_back(head);
            } else if (lex.titleModifiers.count(l) || (lex.places.count(l) && prev.is(Token::Capitalised))) {
            } else if (prev.is(Token::Possessive) && p - 1 > from && lex.places.count(t[p - 2].lower)) {
            } else if ((l == "of" || l == "to") && p - 1 > from && lex.isTitle(t[p - 2].lower)) {
            } else {
                break;
            }
            --p;
        }
        while (p < i && !lex.isTitleWord(t[p].lower) && !lex.honorifics.count(t[p].lower))
            ++p;  // start at a title, not at a country
        run.prefixFirst = p;
        run.name = t.slice(t[i].start, t[j - 1].end);
        for (std::size_t k = i; k < j; ++k)
            if (!isNameParticle(t[k]) && !isNameSuffix(t[k]))
                run.keys.push_back(nameWordKey(t[k].text, lex));
        if (run.keys.empty()) {
            i = j;
            continue;
        }
        if (p < i) {
            std::string role;
            for (std::size_t k = p; k < i; ++k) {
                if (lex.honorifics.count(t[k].lower))
                    continue;
                std::string w(t[k].text);
                if (auto x = lex.titleExpansions.find(t[k].lower); x != lex.titleExpansions.end())
                    w = x->second;
                if (!role.empty() && !t[k].is(Token::Possessive))
                    role += ' ';
                role += w;
            }
            run.role = role;
        }
        if (run.gender == Gender::Unknown && j - i >= 2)
            if (auto g = lex.givenNames.find(t[i].lower); g != lex.givenNames.end())
                run.gender = g->second;
        run.confident = titled || run.keys.size() >= 2;
        runs.push_back(std::move(run));
        i = j;
    }
    return runs;
}

}  // namespace claimdesk::extract::speakers
