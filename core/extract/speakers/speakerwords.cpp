#include "core/extract/speakers/speakerwords.h"

#include <cctype>


namespace claimdesk::extract::speakers {

bool isNameStopWord(std::string_view lower, const SpeakerLexicon& lex) {
    return lex.nameStopWords.count(lower) > 0;
}

bool isNameWord(const Token& token, const SpeakerLexicon& lex) {
    if (!token.word() || token.is(Token::Digit))
        return false;
    if (token.is(Token::Initial))
        return true;
    if (!token.is(Token::Capitalised))
        return false;
    // Short all-capital words are acronyms ("NATO", "NIS"), not names.
    if (token.is(Token::AllCaps) && (token.lower.size() < 5 || token.lower.find('.') != std::string::npos))
        return false;
    return !isNameStopWord(token.lower, lex);
}

bool isNameParticle(const Token& token) {
    static const char* particles[] = {"de", "van", "von", "bin", "al", "da", "di", "du", "der", "den", "la", "le", "ibn"};
    if (!token.word() || token.is(Token::Capitalised))
        return false;
    for (const char* p : particles)
        if (token.lower == p)
            return true;
    return false;
}

bool isNameSuffix(const Token& token) {
    std::string_view l = token.lower;
    return l == "jr." || l == "sr." || l == "jr" || l == "sr" || token.text == "II" || token.text == "III" ||
           token.text == "IV";
}

bool isPreposition(std::string_view lower) {
    static const char* preps[] = {"of", "for", "at", "in", "from", "with", "on", "to", "by", "within", "inside", "outside", "familiar", "close", "near", "about", "under", "across", "around", "among", "behind", "like", "including", "such", "against", "toward", "towards", "over", "after", "before", "than", "between", "without", "via", "per", "into", "onto", "upon"};
    for (const char* p : preps)
        if (lower == p)
            return true;
    return false;
}

bool isCamelCase(std::string_view word) {
    bool lowerSeen = false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(word[i]);
        if (c >= 0x80 || !std::isalpha(c)) {
            lowerSeen = false;  // a new part after an apostrophe or hyphen
            continue;
        }
        if (std::islower(c)) {
            lowerSeen = true;
        } else if (lowerSeen) {
            const std::string_view before = word.substr(0, i);
            if (before == "Mc" || before == "Mac" || before.ends_with("Mc") || before.ends_with("Mac"))
                continue;
            return true;
        }
    }
    return false;
}

std::string capitaliseFirst(std::string s) {
    if (!s.empty() && std::islower(static_cast<unsigned char>(s[0])))
        s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

}  // namespace claimdesk::extract::speakers
