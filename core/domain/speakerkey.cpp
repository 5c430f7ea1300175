#include "core/domain/speakerkey.h"

#include <cctype>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text/fold.h"
#include "core/text/lexicon.h"

namespace claimdesk {
namespace {

// The words of the speaker lexicons a name's key drops or unifies.
struct NameWords {
    text::WordSet dropped;        // determiners, honorifics
    text::WordSet titles;         // titles and their modifiers: dropped unless the name is an organisation's
    text::WordSet organisation;   // words inside organisations' names
    text::WordMap<std::string> variants;  // token key -> token key

    NameWords() {
        for (const char* name : {"speaker-determiners", "speaker-honorifics"})
            for (const auto& e : text::lexicon(name))
                dropped.insert(e.key);
        for (const auto& e : text::lexicon("speaker-titles"))
            titles.insert(e.key);
        for (const auto& e : text::lexicon("speaker-organisations"))
            if (!e.fields.empty() && (e.fields[0] == "name" || e.fields[0] == "both"))
                organisation.insert(e.key);
        for (const auto& e : text::lexicon("speaker-name-variants"))
            if (!e.fields.empty())
                variants[speakerTokenKey(e.key)] = speakerTokenKey(e.fields[0]);
    }

    static const NameWords& instance() {
        static const NameWords words;
        return words;
    }
};

bool isAscii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80)
            return false;
    return true;
}

// Splits a name into words at spaces and punctuation other than the
// apostrophes, hyphens and full stops that belong to a word.
std::vector<std::string> words(std::string_view name) {
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        while (!current.empty() && (current.back() == '-' || current.back() == '\''))
            current.pop_back();
        if (!current.empty())
            out.push_back(std::move(current));
        current.clear();
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (c >= 0x80) {
            // Typographic apostrophe U+2019 (E2 80 99) stays inside a word;
            // other non-ASCII bytes are letters of some script.
            if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
                static_cast<unsigned char>(name[i + 2]) == 0x99) {
                current += '\'';
                i += 2;
                continue;
            }
            if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80) {
                flush();  // dashes and other punctuation of the U+20xx block
                i += 2;
                continue;
            }
            current += static_cast<char>(c);
        } else if (std::isalnum(c) || c == '\'' || c == '.' || (c == '-' && !current.empty())) {
            current += static_cast<char>(c);
        } else {
            flush();
        }
    }
    flush();
    return out;
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string stripPossessive(std::string word) {
    const std::size_t n = word.size();
    if (n > 2 && word[n - 2] == '\'' && (word[n - 1] == 's' || word[n - 1] == 'S'))
        word.resize(n - 2);
    else if (n > 1 && word[n - 1] == '\'')
        word.resize(n - 1);
    return word;
}

bool isSuffix(const std::string& lower) {
    return lower == "jr." || lower == "jr" || lower == "sr." || lower == "sr" || lower == "ii" || lower == "iii" ||
           lower == "iv";
}

// Token keys of a name without its leading titles and trailing suffixes.
std::vector<std::string> nameKeys(std::string_view name) {
    const NameWords& lex = NameWords::instance();
    std::vector<std::string> ws = words(name);
    for (auto& w : ws)
        w = stripPossessive(std::move(w));
    bool organisation = false;
    for (const auto& w : ws)
        if (lex.organisation.count(lowerAscii(w)))
            organisation = true;
    std::size_t first = 0;
    while (first < ws.size()) {
        const std::string lower = lowerAscii(ws[first]);
        const bool drop = lex.dropped.count(lower) || (!organisation && lex.titles.count(lower));
        if (!drop)
            break;
        ++first;
    }
    std::size_t last = ws.size();
    while (last > first && isSuffix(lowerAscii(ws[last - 1])))
        --last;
    std::vector<std::string> keys;
    for (std::size_t i = first; i < last; ++i) {
        std::string k = speakerTokenKey(ws[i]);
        if (k.empty())
            continue;
        if (auto it = lex.variants.find(k); it != lex.variants.end())
            k = it->second;
        keys.push_back(std::move(k));
    }
    return keys;
}


// Spellings that transliteration systems write differently for one sound
// ("Dzhurenko" / "Djurenko", "Kharkiv" / "Harkiv", "Aleksandr" /
// "Alexandr", "Wladimir" / "Vladimir") made one; doubled letters single.
std::string unifyTransliteration(const std::string& key) {
    // Tried in this order at each position; string_views so that a
    // pattern's length is not measured again at every letter of every name.
    static constexpr std::pair<std::string_view, std::string_view> kSame[] = {
        {"dzh", "j"}, {"dj", "j"}, {"kh", "h"}, {"ts", "c"}, {"tz", "c"}, {"cz", "c"},
        {"ks", "x"}, {"ph", "f"}, {"w", "v"}};
    const std::string_view rest(key);
    std::string out;
    out.reserve(key.size());
    for (std::size_t i = 0; i < key.size();) {
        bool replaced = false;
        for (const auto& [from, to] : kSame) {
            if (from[0] == key[i] && rest.substr(i, from.size()) == from) {
                out += to;
                i += from.size();
                replaced = true;
                break;
            }
        }
        if (replaced)
            continue;
        if (out.empty() || out.back() != key[i] || std::isdigit(static_cast<unsigned char>(key[i])))
            out += key[i];
        ++i;
    }
    return out;
}

}  // namespace

bool givenNamesAgree(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    // A name without a given name agrees with any; otherwise compare the
    // first given names, a bare initial agreeing with any name it starts.
    if (a.size() < 2 || b.size() < 2)
        return true;
    const std::string& x = a.front();
    const std::string& y = b.front();
    if (x == y)
        return true;
    if (x.size() == 1 || y.size() == 1)
        return x[0] == y[0];
    return false;
}

std::string speakerTokenKey(std::string_view word) {
    std::string folded = isAscii(word) ? lowerAscii(word) : text::foldToLatin(word);
    std::string key;
    key.reserve(folded.size());
    for (char c : folded)
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            key += c;
    if (key.size() > 4) {
        static constexpr std::string_view endings[] = {"yy", "iy", "ij", "yi", "yj", "ii", "ji"};
        for (const std::string_view e : endings)
            if (std::string_view(key).substr(key.size() - 2) == e) {
                key.resize(key.size() - 2);
                key += 'y';
                break;
            }
    }
    for (char& c : key)
        if (c == 'y')
            c = 'i';
    return unifyTransliteration(key);
}

std::string speakerKey(std::string_view name) {
    std::string out;
    for (const auto& k : nameKeys(name)) {
        if (!out.empty())
            out += ' ';
        out += k;
    }
    return out;
}

bool sameSpeakerName(std::string_view a, std::string_view b) {
    const auto ka = nameKeys(a);
    const auto kb = nameKeys(b);
    if (ka.empty() || kb.empty())
        return false;
    if (ka == kb)
        return true;
    if (ka.back() != kb.back())
        return false;
    if (ka.size() == 1 || kb.size() == 1)
        return true;
    return givenNamesAgree(ka, kb);
}

}  // namespace claimdesk
