#pragma once

// Word tests shared by source-phrase analysis and the scan of the body for
// names: which capitalised words can be part of a person's name, and which
// words are titles, places or function words.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/extract/speakers/speakerlexicon.h"
#include "core/extract/speakers/speakertokens.h"

namespace claimdesk::extract::speakers {

// A word that cannot be part of a person's name: a title, honorific,
// organisation word, place, date, group noun, pronoun or determiner.
bool isNameStopWord(std::string_view lower, const SpeakerLexicon& lex);

// A capitalised word or initial that may be part of a person's name.
bool isNameWord(const Token& token, const SpeakerLexicon& lex);

// "de", "van", "bin": lowercase words inside names.
bool isNameParticle(const Token& token);

// "Jr.", "III".
bool isNameSuffix(const Token& token);

bool isPreposition(std::string_view lower);

// A word written with a capital inside it ("PolitiFact", "McDonald" is not:
// a capital after "Mc"/"Mac"/"O'" is part of a surname).
bool isCamelCase(std::string_view word);

// The first letter upper-cased (ASCII and Latin-1 letters), the rest as is.
std::string capitaliseFirst(std::string s);

}  // namespace claimdesk::extract::speakers
