#include "core/extract/speakers/sourcephrase.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "core/domain/speakerkey.h"
#include "core/extract/speakers/speakerwords.h"

namespace claimdesk::extract::speakers {
namespace {

struct Context {
    const TokenizedText& t;
    const SpeakerLexicon& lex;

    std::string slice(std::size_t b, std::size_t e) const {
        return b < e ? t.slice(t[b].start, t[e - 1].end) : std::string();
    }
};

bool isPlural(std::string_view lower) {
    const std::size_t n = lower.size();
    return n > 3 && lower[n - 1] == 's' && lower[n - 2] != 's' && lower[n - 2] != 'u' && lower[n - 2] != 'i';
}

// Role words as they read: abbreviations expanded, honorifics dropped.
std::string roleText(const Context& c, std::size_t b, std::size_t e, const std::string& possessor) {
    std::string out;
    for (std::size_t i = b; i < e; ++i) {
        const Token& tok = c.t[i];
        if (c.lex.honorifics.count(tok.lower) || c.lex.isDeterminer(tok.lower))
            continue;
        std::string w(tok.text);
        if (auto it = c.lex.titleExpansions.find(tok.lower); it != c.lex.titleExpansions.end())
            w = it->second;
        if (tok.is(Token::Possessive) || !tok.word()) {
            out += w;  // "'s", hyphens
            continue;
        }
        if (!out.empty() && out.back() != '-')
            out += ' ';
        out += w;
    }
    if (!possessor.empty())
        out += out.empty() ? possessor : " of " + possessor;
    return out;
}

// One segment of a source span (commas, dashes and brackets split it), read
// step by step: trimmed, a lone pronoun, determiners and qualifiers set
// aside, a possessor split off, then a person's name, else an organisation's
// or a country's, else a description by its head noun.
class SegmentReader {
public:
    SegmentReader(const Context& c, std::size_t b, std::size_t e) : c(c), lex(c.lex), b(b), e(e) {}

    SourcePhrase read() {
        if (!trim())
            return p;
        if (lonePronoun())
            return p;
        skipDeterminers();
        cutQualifiers();
        skipPossessivePronoun();
        splitPossessor();
        if (restBegin >= e)
            return p;
        if (const auto name = personName())
            return person(name->first, name->second);
        if (properName())
            return p;
        return description();
    }

private:
    bool trim();
    bool lonePronoun();
    void skipDeterminers();
    void cutQualifiers();
    void skipPossessivePronoun();
    void splitPossessor();
    std::optional<std::pair<std::size_t, std::size_t>> personName() const;
    SourcePhrase person(std::size_t k, std::size_t j);
    bool properName();
    std::size_t headIndex() const;
    bool documentAuthor(std::size_t headIdx);
    SourcePhrase description();

    const Context& c;
    const SpeakerLexicon& lex;
    std::size_t b;                              // the words still to read: [b, e)
    std::size_t e;
    std::size_t phraseBegin = 0;                // the segment's first word
    std::size_t restBegin = 0;                  // after the possessor
    std::size_t nameBegin = std::string::npos;  // where a description's name starts
    bool keepThe = false;                       // "The New York Times"
    std::string possessor;                      // "Ukraine" of "Ukraine's spy chief"
    SourcePhrase p;
};

// Words only, at both ends (a possessive may end it).
bool SegmentReader::trim() {
    while (b < e && !c.t[b].word())
        ++b;
    while (e > b && !c.t[e - 1].word() && !c.t[e - 1].is(Token::Possessive))
        --e;
    phraseBegin = b;
    return b < e;
}

// A lone pronoun ("he", "who"), possibly with "himself".
bool SegmentReader::lonePronoun() {
    const auto it = lex.pronouns.find(c.t[b].lower);
    if (it == lex.pronouns.end() || !(e - b == 1 || (e - b == 2 && c.t[b + 1].lower.ends_with("self"))))
        return false;
    p.type = PhraseType::Pronoun;
    p.pronoun = it->second;
    return true;
}

void SegmentReader::skipDeterminers() {
    while (b < e && lex.isDeterminer(c.t[b].lower) && e - b > 1) {
        if (lex.definiteDeterminers.count(c.t[b].lower))
            p.definite = true;
        keepThe = c.t[b].lower == "the" && c.t[b].is(Token::Capitalised) && !c.t[b].is(Token::SentenceStart);
        ++b;
        // "many of his supporters", "one of the polls": the whole phrase
        // names the group; the analysis goes on after "of".
        if (b + 1 < e && c.t[b].lower == "of") {
            nameBegin = phraseBegin;
            ++b;
        }
    }
}

void SegmentReader::cutQualifiers() {
    // "Gov. Earl Ray Tomblin of West Virginia": a place or organisation
    // after a name qualifies it and is not part of it.
    for (std::size_t i = b + 1; i + 1 < e; ++i)
        if ((c.t[i].lower == "of" || c.t[i].lower == "from") && isNameWord(c.t[i - 1], lex) &&
            c.t[i + 1].is(Token::Capitalised)) {
            e = i;
            break;
        }
    // A participle after a noun ends the phrase: "judges handling ...",
    // "a poll released last week".
    for (std::size_t i = b + 1; i < e; ++i) {
        std::string_view l = c.t[i].lower;
        std::string_view prev = c.t[i - 1].lower;
        if (c.t[i].word() && !c.t[i].is(Token::Capitalised) && l.size() > 4 &&
            (l.ends_with("ing") || l.ends_with("ed")) &&
            (lex.groupNouns.count(prev) || lex.documentNouns.count(prev) || lex.orgHeadNouns.count(prev) ||
             lex.isTitle(prev))) {
            e = i;
            break;
        }
    }
}

// "his campaign", "their spokesman": a description that refers back.
void SegmentReader::skipPossessivePronoun() {
    static const char* possessives[] = {"his", "her", "its", "their", "my", "our", "your"};
    for (const char* pp : possessives)
        if (c.t[b].lower == pp && e - b > 1) {
            p.definite = true;
            ++b;
            break;
        }
}

// "Ukraine's spy chief Kyrylo Budanov": possessor, then the rest.
void SegmentReader::splitPossessor() {
    restBegin = b;
    for (std::size_t i = e; i-- > b + 1;)
        if (c.t[i].is(Token::Possessive)) {
            if (i - b > 4)
                break;  // a possessive deep inside a long phrase
            if (i + 1 < e) {
                possessor = c.slice(b, i);
                restBegin = i + 1;
                p.definite = true;
            } else {
                e = i;  // "Trump's" alone
            }
            break;
        }
}

// The person's name: the trailing run of name words [k, j), suffixes after
// it; nullopt when the words are none.
std::optional<std::pair<std::size_t, std::size_t>> SegmentReader::personName() const {
    std::size_t j = e;
    while (j > restBegin && isNameSuffix(c.t[j - 1]))
        --j;
    std::size_t k = j;
    // A surname that is also a place, a month or a given name ("Chuck
    // Jordan", "Theresa May").
    if (j >= restBegin + 2 && c.t[j - 1].is(Token::Capitalised) && isNameWord(c.t[j - 2], lex) &&
        !lex.orgNameWords.count(c.t[j - 1].lower) && !lex.isTitleWord(c.t[j - 1].lower) &&
        (lex.givenNames.count(c.t[j - 1].lower) || lex.givenNames.count(c.t[j - 2].lower)))
        --k;
    // A given name that is also a place ("Virginia Foxx") counts before a surname.
    while (k > restBegin && (isNameWord(c.t[k - 1], lex) || (k < j && isNameParticle(c.t[k - 1])) ||
                             (k < j && c.t[k - 1].is(Token::Capitalised) && lex.givenNames.count(c.t[k - 1].lower))))
        --k;
    while (k < j && (isNameParticle(c.t[k]) || c.t[k].is(Token::Initial)))
        ++k;  // a name starts with a name word
    if (k == j && j > restBegin + 1 && c.t[j - 1].is(Token::Capitalised) && lex.honorifics.count(c.t[j - 2].lower))
        k = j - 1;  // "Mr. King"
    if (k < j && j - k >= 3 && k > restBegin && isPreposition(c.t[k - 1].lower))
        ++k;  // "Ambassador to Seoul Dmytro Ponomarenko"
    if (k < j && j - k == 1 && k > restBegin && isPreposition(c.t[k - 1].lower))
        k = j;  // "University of California at Berkeley": a place
    if (j - k > 4)
        k = j;  // too long for a person's name
    if (k == j)
        return std::nullopt;
    return std::pair{k, j};
}

// A person named by words [k, j), their titles and role before them.
SourcePhrase SegmentReader::person(std::size_t k, std::size_t j) {
    p.type = PhraseType::Name;
    p.kind = SpeakerKind::Person;
    p.name = c.slice(k, e);
    p.nameSpan = {c.t[restBegin].start, c.t[e - 1].end};
    bool titled = false;
    for (std::size_t i = restBegin; i < k; ++i) {
        const Token& tok = c.t[i];
        if (auto h = lex.honorifics.find(tok.lower); h != lex.honorifics.end()) {
            titled = true;
            if (h->second != Gender::Unknown)
                p.gender = h->second;
        }
        if (auto g = lex.personNouns.find(tok.lower); g != lex.personNouns.end() && p.gender == Gender::Unknown)
            p.gender = g->second;  // "widow Terry Strada", "spokeswoman Jessica Ditto"
        if (lex.isTitle(tok.lower)) {
            titled = true;
            std::string head(tok.lower);
            if (auto x = lex.titleExpansions.find(head); x != lex.titleExpansions.end())
                head = speakerKey(x->second);
            p.roleHeads.push_back(head);
        }
    }
    if (k > restBegin && c.t[k - 1].word() && !lex.isTitle(c.t[k - 1].lower) && !c.t[k - 1].is(Token::Capitalised) &&
        !isPreposition(c.t[k - 1].lower))
        p.roleHeads.emplace_back(c.t[k - 1].lower);  // "campaign manager"
    if (p.gender == Gender::Unknown)
        if (auto g = lex.givenNames.find(c.t[k].lower); g != lex.givenNames.end() && j - k >= 2)
            p.gender = g->second;
    p.role = roleText(c, restBegin, k, possessor);
    p.kindKnown = j - k >= 2 || titled || k > restBegin || !possessor.empty() ||
                  (c.t[k].is(Token::Capitalised) && lex.givenNames.count(c.t[k].lower));
    return p;
}

// No person's name. A proper name: an organisation or a country.
bool SegmentReader::properName() {
    std::size_t q = e;
    while (q > restBegin) {
        const Token& tok = c.t[q - 1];
        const bool capital = tok.word() && (tok.is(Token::Capitalised) || tok.is(Token::AllCaps)) && !tok.is(Token::Digit);
        const bool connector = q < e && (tok.lower == "of" || tok.lower == "the" || tok.lower == "for" ||
                                         tok.lower == "and" || tok.lower == "on" || tok.is(Token::Possessive));
        if (!capital && !connector)
            break;
        --q;
    }
    while (q < e && !(c.t[q].is(Token::Capitalised) || c.t[q].is(Token::AllCaps)))
        ++q;
    if (q >= e)
        return false;
    bool orgWord = false;
    bool acronym = false;
    bool place = false;
    for (std::size_t i = q; i < e; ++i) {
        if (lex.orgNameWords.count(c.t[i].lower))
            orgWord = true;
        if (c.t[i].is(Token::AllCaps) || isCamelCase(c.t[i].text))
            acronym = true;
    }
    if (e - q <= 2) {
        std::string words(c.t[q].lower);
        if (e - q == 2)
            words += " " + std::string(c.t[q + 1].lower);
        if (const PlaceClass* pc = lex.place(words); pc && *pc == PlaceClass::Country)
            place = true;
    }
    bool groupWord = lex.groupNouns.count(c.t[e - 1].lower) > 0 && !orgWord;
    bool titlesOnly = !orgWord;
    for (std::size_t i = q; i < e && titlesOnly; ++i)
        titlesOnly = lex.isTitleWord(c.t[i].lower) || lex.places.count(c.t[i].lower) > 0 || !c.t[i].word() ||
                     c.t[i].is(Token::Possessive);
    titlesOnly = titlesOnly && lex.isTitle(c.t[e - 1].lower);
    groupWord = groupWord || titlesOnly;
    const bool sentenceCapital = e - q == 1 && c.t[q].is(Token::SentenceStart) && !acronym && !place && !orgWord;
    if (groupWord || sentenceCapital || !(orgWord || acronym || place || e - q >= 2 || q == restBegin))
        return false;
    p.type = PhraseType::Name;
    p.kind = SpeakerKind::Organization;
    // Leading demonyms and titles qualify the name: "Ukraine's" was split
    // off already; "Russian Defense Ministry" keeps its words.
    p.name = (keepThe && q == restBegin ? "The " : "") + c.slice(q, e);
    p.nameSpan = {c.t[phraseBegin].start, c.t[e - 1].end};
    if (!possessor.empty())
        p.role = possessor;
    // A lone unknown word ("Naftogaz", "Trump"): the resolver decides from
    // the rest of the document.
    p.kindKnown = orgWord || acronym || place || e - q >= 2;
    if (acronym && e - q == 1)
        p.acronym = std::string(c.t[q].text);
    return true;
}

// The head noun of a description: before a preposition or relative
// pronoun, or the last word ("groups of volunteers": the group after "of").
std::size_t SegmentReader::headIndex() const {
    std::size_t headIdx = e - 1;
    for (std::size_t i = restBegin + 1; i < e; ++i)
        if (isPreposition(c.t[i].lower) || c.t[i].lower == "who" || c.t[i].lower == "that") {
            headIdx = i - 1;
            if (lex.collectiveNouns.count(c.t[headIdx].lower) && c.t[i].lower == "of") {
                std::size_t h = i + 1;
                while (h + 1 < e && !isPreposition(c.t[h + 1].lower))
                    ++h;
                if (h < e)
                    headIdx = h;
            }
            break;
        }
    while (headIdx > restBegin && !c.t[headIdx].word())
        --headIdx;
    return headIdx;
}

// "a new report by Politico", "data from the Census Bureau": the document's
// author speaks.
bool SegmentReader::documentAuthor(std::size_t headIdx) {
    std::size_t a = headIdx + 1;
    while (a < e && !(c.t[a].lower == "by" || c.t[a].lower == "from"))
        ++a;
    if (a + 1 >= e)
        return false;
    std::size_t from = a + 1;
    while (from < e && lex.isDeterminer(c.t[from].lower))
        ++from;
    std::size_t to = from;
    while (to < e && c.t[to].word() &&
           (c.t[to].is(Token::Capitalised) || c.t[to].is(Token::AllCaps) || c.t[to].lower == "of" ||
            c.t[to].lower == "for"))
        ++to;
    if (to <= from || !c.t[from].is(Token::Capitalised))
        return false;
    p.type = PhraseType::Name;
    p.kind = SpeakerKind::Organization;
    p.name = c.slice(from, to);
    p.nameSpan = {c.t[from].start, c.t[to - 1].end};
    return true;
}

// A description: its head noun says what it is.
SourcePhrase SegmentReader::description() {
    const std::size_t headIdx = headIndex();
    const std::string head(c.t[headIdx].lower);
    // Not a description: "said", "this", "According to" (annotation slips
    // and cue words a finder may leave in a source).
    if (!c.t[headIdx].word() || lex.isDeterminer(head) || lex.pronouns.count(head) || isPreposition(head) ||
        (headIdx == phraseBegin && head.ends_with("ing")) ||
        (e - phraseBegin == 1 && !lex.groupNouns.count(head) && !lex.collectiveNouns.count(head) && !lex.isTitle(head) &&
         !lex.orgHeadNouns.count(head) && !lex.orgNameWords.count(head) && !lex.documentNouns.count(head) &&
         !isPlural(head)))
        return p;
    if (lex.documentNouns.count(head) && documentAuthor(headIdx))
        return p;
    p.type = PhraseType::Description;
    p.head = head;
    p.name = capitaliseFirst(c.slice(nameBegin == std::string::npos ? b : nameBegin, e));
    p.nameSpan = {c.t[phraseBegin].start, c.t[e - 1].end};
    for (std::size_t i = b; i < headIdx; ++i)
        if (c.t[i].is(Token::Capitalised) && (!c.t[i].is(Token::SentenceStart) || i < restBegin) &&
            !lex.places.count(c.t[i].lower))
            p.proper = true;  // "the Trump campaign", "Mr. Clarke's new company"
    if (auto g = lex.personNouns.find(head); g != lex.personNouns.end()) {
        p.gender = g->second;  // "the woman", "her husband"
        if (!lex.isTitle(head)) {
            p.kind = SpeakerKind::Person;
            p.roleHeads.push_back(head);
            p.role = roleText(c, restBegin, e, possessor);
            return p;
        }
    }
    if (lex.groupNouns.count(head) || lex.collectiveNouns.count(head)) {
        p.kind = SpeakerKind::Group;
    } else if (lex.isTitle(head)) {
        p.kind = SpeakerKind::Person;
        p.roleHeads.push_back(head);
        p.role = roleText(c, restBegin, e, possessor);
    } else if (lex.orgHeadNouns.count(head) || lex.orgNameWords.count(head) || lex.documentNouns.count(head)) {
        p.kind = SpeakerKind::Organization;
    } else if (isPlural(head)) {
        p.kind = SpeakerKind::Group;
    } else {
        p.kind = SpeakerKind::Person;
        p.roleHeads.push_back(head);
    }
    return p;
}

SourcePhrase analyzeSegment(const Context& c, std::size_t b, std::size_t e) { return SegmentReader(c, b, e).read(); }

}  // namespace

SourcePhrase analyzeSourcePhrase(const TokenizedText& tokens, std::size_t first, std::size_t last,
                                 const SpeakerLexicon& lex) {
    const Context c{tokens, lex};
    // Split at commas, dashes and brackets: "Josh Earnest, the White House
    // press secretary," / "the unit's spokesperson, Colonel ..., " /
    // "Service (NIS)". A relative clause ends the phrase.
    std::vector<SourcePhrase> parts;
    std::size_t segStart = first;
    bool inBracket = false;
    auto close = [&](std::size_t segEnd, bool bracket) {
        if (segStart >= segEnd)
            return;
        const Token& lead = tokens[segStart];
        if (bracket) {
            // "(NIS)": an acronym for what precedes; other asides are dropped.
            if (!parts.empty() && segEnd - segStart == 1 && lead.is(Token::AllCaps))
                parts.back().acronym = std::string(lead.text);
            return;
        }
        parts.push_back(analyzeSegment(c, segStart, segEnd));
    };
    for (std::size_t i = first; i < last; ++i) {
        const Token& tok = tokens[i];
        if (tok.word()) {
            if (i == segStart && !parts.empty() && !inBracket &&
                (tok.lower == "who" || tok.lower == "which" || tok.lower == "whose" || tok.lower == "whom" ||
                 tok.lower == "that" || tok.lower == "of" || tok.lower == "from" || tok.lower == "at"))
                break;  // a relative clause or an affiliation ends the phrase
            continue;
        }
        if (tok.is(Token::Possessive))
            continue;
        std::string_view s = tok.text;
        if (s == "(" || s == "[") {
            close(i, false);
            segStart = i + 1;
            inBracket = true;
        } else if (s == ")" || s == "]") {
            close(i, true);
            segStart = i + 1;
            inBracket = false;
        } else if (s == "," || s == ";" || s == ":" || s == "\u2014" || s == "\u2013") {
            close(i, inBracket);
            segStart = i + 1;
        }
    }
    if (!inBracket)
        close(last, false);
    // Keep segments that say something; drop ages and numbers.
    std::vector<SourcePhrase> useful;
    for (auto& part : parts)
        if (part.type != PhraseType::None)
            useful.push_back(std::move(part));
    if (useful.empty())
        return {};
    SourcePhrase primary = useful.front();
    if (useful.size() == 1)
        return primary;
    // An apposition: one part names the person, another gives the role.
    auto isPersonName = [](const SourcePhrase& s) {
        return s.type == PhraseType::Name && s.kind == SpeakerKind::Person;
    };
    auto isRole = [](const SourcePhrase& s) {
        return s.type == PhraseType::Description && s.kind == SpeakerKind::Person;
    };
    for (std::size_t i = 1; i < useful.size() && i < 3; ++i) {
        const SourcePhrase& other = useful[i];
        if (isPersonName(primary) && isRole(other)) {
            primary.role = primary.role.empty() ? other.role : primary.role + ", " + other.role;
            primary.roleHeads.insert(primary.roleHeads.end(), other.roleHeads.begin(), other.roleHeads.end());
            primary.kindKnown = true;
            break;
        }
        if (isRole(primary) && isPersonName(other)) {
            SourcePhrase merged = other;
            merged.role = other.role.empty() ? primary.role : other.role + ", " + primary.role;
            merged.roleHeads.insert(merged.roleHeads.end(), primary.roleHeads.begin(), primary.roleHeads.end());
            merged.kindKnown = true;
            return merged;
        }
    }
    return primary;
}

}  // namespace claimdesk::extract::speakers
