#include "core/extract/speakers/speakerresolver.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <unordered_map>

#include "core/extract/speakers/bodynames.h"
#include "core/extract/speakers/sourcephrase.h"
#include "core/extract/speakers/speakerlexicon.h"
#include "core/domain/speakerkey.h"
#include "core/extract/speakers/speakertokens.h"
#include "core/extract/speakers/speakerwords.h"

namespace claimdesk::extract {
namespace {

using namespace speakers;

// Pronouns look this many sentences back for their antecedent.
constexpr int kPronounReach = 3;
// Failing that, the most named compatible entity this far back.
constexpr int kPronounFallbackReach = 8;
// "the company" looks this many sentences back for the organisation.
constexpr int kDescriptionReach = 2;

struct Entity {
    SpeakerKind kind = SpeakerKind::Person;
    bool kindKnown = true;
    std::string name;
    std::vector<std::string> keys;  // person: one key per name word; others: the words of speakerKey
    std::string acronym;            // upper case, for organisations
    std::string head;               // head noun of a description
    std::string descriptionKey;     // speakerKey of a person known only by a description
    std::string role;
    std::vector<std::string> roleHeads;
    Gender gender = Gender::Unknown;
    std::vector<TextSpan> mentions;
    std::vector<std::int64_t> starts;  // of the mentions, sorted
    std::int64_t firstSeen = 0;
    int speaker = -1;
};

// A place in the text where an entity is mentioned: pronoun antecedents.
struct Event {
    std::int64_t start = 0;
    int sentence = 0;
    std::size_t entity = 0;
    bool source = false;  // the source of an attribution: a speaker
    bool oblique = false; // after a preposition ("against Mitt Romney"): not a subject
};

std::vector<std::string> splitKey(const std::string& key) {
    std::vector<std::string> out;
    std::size_t s = 0;
    while (s < key.size()) {
        std::size_t e = key.find(' ', s);
        if (e == std::string::npos)
            e = key.size();
        if (e > s)
            out.push_back(key.substr(s, e - s));
        s = e + 1;
    }
    return out;
}


bool gendersAgree(Gender a, Gender b) {
    return a == Gender::Unknown || b == Gender::Unknown || a == b;
}

bool subsetOf(const std::vector<std::string>& small, const std::vector<std::string>& big) {
    if (small.empty())
        return false;
    for (const auto& w : small)
        if (std::find(big.begin(), big.end(), w) == big.end())
            return false;
    return true;
}

std::string initials(const std::vector<std::string>& keys, const SpeakerLexicon& lex) {
    std::string out;
    for (const auto& k : keys)
        if (!k.empty() && k != "of" && k != "the" && k != "and" && k != "for" && !lex.isDeterminer(k))
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(k[0])));
    return out;
}

class Resolver {
public:
    Resolver(const Document& document, const text::AnnotatedText& body, const std::vector<RawAttribution>& attributions)
        : m_document(document), m_body(body), m_attributions(attributions), m_lex(SpeakerLexicon::instance()) {}

    void run(Analysis& analysis);

private:
    TextSpan textSpan(Span span) const { return {span, std::string(m_body.slice(span))}; }
    int sentenceAt(std::int64_t offset) const {
        const std::size_t i = m_tokens->firstAtOrAfter(offset);
        if (i < m_tokens->size())
            return (*m_tokens)[i].sentence;
        return m_tokens->size() ? m_tokens->tokens().back().sentence : 0;
    }
    int sentenceBefore(std::int64_t offset) const {
        const std::size_t i = m_tokens->firstAtOrAfter(offset);
        return i > 0 ? (*m_tokens)[i - 1].sentence : 0;
    }

    void scanBody(std::size_t from, std::size_t to);
    std::size_t addEntity(Entity e);
    void addEvent(std::size_t entity, std::int64_t start, int sentence, bool source);
    void addMention(std::size_t entity, Span span);
    void indexPerson(std::size_t entity);
    std::int64_t lastMentionBefore(const Entity& e, std::int64_t offset) const;
    std::optional<std::size_t> familyNameFirst(const std::string& key) const;

    std::optional<std::size_t> resolve(const SourcePhrase& phrase, Span source);
    std::optional<std::size_t> resolvePerson(const SourcePhrase& phrase, Span source);
    std::optional<std::size_t> resolveOrganisation(const SourcePhrase& phrase, Span source);
    std::optional<std::size_t> resolveDescription(const SourcePhrase& phrase, Span source);
    std::optional<std::size_t> resolvePronoun(const SourcePhrase& phrase, Span source);
    std::optional<std::size_t> nearbyOrganisation(Span source, const std::string& head);
    bool organisationFits(std::size_t from, std::size_t to, const std::string& head) const;
    std::optional<std::size_t> documentOutlet(Span source);
    std::optional<std::size_t> mostRecent(Span source, bool (*accept)(const Entity&, const std::string&),
                                          const std::string& arg) const;

    const Document& m_document;
    const text::AnnotatedText& m_body;
    const std::vector<RawAttribution>& m_attributions;
    const SpeakerLexicon& m_lex;
    std::unique_ptr<TokenizedText> m_tokens;
    std::vector<Entity> m_entities;
    std::vector<Event> m_events;  // sorted by start
    // Lone surnames of the body no full name claimed yet: key -> spans.
    std::unordered_map<std::string, std::vector<Span>> m_loneNames;
    // People by the key of their surname (the last word of their name).
    std::unordered_map<std::string, std::vector<std::size_t>> m_bySurname;
};

std::size_t Resolver::addEntity(Entity e) {
    m_entities.push_back(std::move(e));
    return m_entities.size() - 1;
}

void Resolver::addEvent(std::size_t entity, std::int64_t start, int sentence, bool source) {
    Event ev{start, sentence, entity, source, false};
    auto it = std::upper_bound(m_events.begin(), m_events.end(), start,
                               [](std::int64_t s, const Event& x) { return s < x.start; });
    m_events.insert(it, ev);
}

void Resolver::addMention(std::size_t entity, Span span) {
    Entity& e = m_entities[entity];
    auto it = std::lower_bound(e.starts.begin(), e.starts.end(), span.start);
    for (auto j = it; j != e.starts.end() && *j == span.start; ++j)
        for (const auto& m : e.mentions)
            if (m.span == span)
                return;
    e.starts.insert(it, span.start);
    e.mentions.push_back(textSpan(span));
    if (e.kind == SpeakerKind::Person && !e.keys.empty())
        indexPerson(entity);
}

void Resolver::indexPerson(std::size_t entity) {
    auto& list = m_bySurname[m_entities[entity].keys.back()];
    if (std::find(list.begin(), list.end(), entity) == list.end())
        list.push_back(entity);
}

std::int64_t Resolver::lastMentionBefore(const Entity& e, std::int64_t offset) const {
    auto it = std::lower_bound(e.starts.begin(), e.starts.end(), offset);
    return it == e.starts.begin() ? -1 : *std::prev(it);
}

// A lone name that no full name of the document ends with and exactly one
// begins with: a family name written first ("Lee" after "Lee Seong-kweun",
// "Kim" after "Kim Jong Un", "Halmos" after "Halmos Dénes"). The document's
// own full names decide which word a short mention repeats, not a list.
std::optional<std::size_t> Resolver::familyNameFirst(const std::string& key) const {
    if (m_bySurname.count(key))
        return std::nullopt;
    std::optional<std::size_t> found;
    for (std::size_t e = 0; e < m_entities.size(); ++e) {
        const Entity& ent = m_entities[e];
        if (ent.kind != SpeakerKind::Person || ent.keys.size() < 2 || ent.keys.front() != key)
            continue;
        if (found)
            return std::nullopt;  // two people begin so: undecided
        found = e;
    }
    return found;
}

void Resolver::scanBody(std::size_t from, std::size_t to) {
    const auto runs = findNameRuns(*m_tokens, from, to, m_lex);
    const auto& t = *m_tokens;
    auto runSpan = [&](const NameRun& r) { return Span{t[r.prefixFirst].start, t[r.last - 1].end}; };
    // Full names first, then titled surnames ("Mr. Obama"): each distinct
    // person once.
    std::vector<std::optional<std::size_t>> owner(runs.size());
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t r = 0; r < runs.size(); ++r) {
            const NameRun& run = runs[r];
            if (!run.confident || (pass == 0) != (run.keys.size() >= 2))
                continue;
            std::optional<std::size_t> found;
            std::int64_t foundAt = -2;
            static const std::vector<std::size_t> none;
            auto bucket = m_bySurname.find(run.keys.back());
            for (std::size_t e : bucket == m_bySurname.end() ? none : bucket->second) {
                const Entity& ent = m_entities[e];
                if (ent.kind != SpeakerKind::Person || ent.keys.empty() || ent.keys.back() != run.keys.back() ||
                    !givenNamesAgree(ent.keys, run.keys) || !gendersAgree(ent.gender, run.gender))
                    continue;
                const std::int64_t at = lastMentionBefore(ent, t[run.first].start);
                if (at > foundAt) {
                    found = e;
                    foundAt = at;
                }
            }
            if (!found) {
                Entity ent;
                ent.name = run.name;
                ent.keys = run.keys;
                ent.firstSeen = t[run.first].start;
                found = addEntity(std::move(ent));
            }
            Entity& ent = m_entities[*found];
            if (run.keys.size() > ent.keys.size()) {
                ent.name = run.name;
                ent.keys = run.keys;
            }
            if (ent.role.empty())
                ent.role = run.role;
            ent.roleHeads.insert(ent.roleHeads.end(), run.roleHeads.begin(), run.roleHeads.end());
            if (ent.gender == Gender::Unknown)
                ent.gender = run.gender;
            addMention(*found, runSpan(run));
            owner[r] = found;
        }
    // Lone surnames: the person of that surname named most recently, or
    // the first one named later (a headline can use the surname first).
    std::unordered_map<std::string, std::vector<std::pair<std::int64_t, std::size_t>>> named;  // in text order
    for (std::size_t r = 0; r < runs.size(); ++r)
        if (owner[r])
            named[runs[r].keys.back()].emplace_back(t[runs[r].first].start, *owner[r]);
    for (std::size_t r = 0; r < runs.size(); ++r) {
        if (owner[r])
            continue;
        const NameRun& run = runs[r];
        auto it = named.find(run.keys.back());
        if (it == named.end()) {
            if (run.keys.size() == 1)
                owner[r] = familyNameFirst(run.keys[0]);
            if (!owner[r])
                m_loneNames[run.keys.back()].push_back(runSpan(run));
            continue;
        }
        const auto& list = it->second;
        const std::int64_t at = t[run.first].start;
        auto after = std::lower_bound(list.begin(), list.end(), std::make_pair(at, std::size_t{0}));
        owner[r] = after == list.begin() ? after->second : std::prev(after)->second;
    }
    for (std::size_t r = 0; r < runs.size(); ++r) {
        if (!owner[r])
            continue;
        addMention(*owner[r], runSpan(runs[r]));
        // A name inside a quotation is rarely what a later "he" stands for.
        if (t[runs[r].first].is(Token::InQuote))
            continue;
        const std::size_t before = runs[r].prefixFirst;
        const bool oblique = before > from && t[before - 1].word() && isPreposition(t[before - 1].lower);
        m_events.push_back(Event{t[runs[r].first].start, t[runs[r].first].sentence, *owner[r], false, oblique});
    }
    std::sort(m_events.begin(), m_events.end(), [](const Event& a, const Event& b) { return a.start < b.start; });
}

std::optional<std::size_t> Resolver::resolve(const SourcePhrase& phrase, Span source) {
    switch (phrase.type) {
    case PhraseType::Name: {
        if (phrase.kind == SpeakerKind::Person)
            return resolvePerson(phrase, source);
        // A lone word that is some person's surname here ("Jordan" after
        // "Jim Jordan") is that person, though it also names a country.
        const auto keys = splitKey(speakerKey(phrase.name));
        if (keys.size() == 1 && (m_bySurname.count(keys[0]) || familyNameFirst(keys[0])) && phrase.acronym.empty()) {
            SourcePhrase person = phrase;
            person.kind = SpeakerKind::Person;
            return resolvePerson(person, source);
        }
        return resolveOrganisation(phrase, source);
    }
    case PhraseType::Description:
        return resolveDescription(phrase, source);
    case PhraseType::Pronoun:
        return resolvePronoun(phrase, source);
    case PhraseType::None:
        break;
    }
    return std::nullopt;
}

std::optional<std::size_t> Resolver::resolvePerson(const SourcePhrase& phrase, Span source) {
    std::vector<std::string> keys;
    for (const auto& w : splitKey(phrase.name)) {
        if (w == "Jr." || w == "Sr." || w == "III" || w == "II")
            continue;
        std::string k = nameWordKey(w, m_lex);
        if (!k.empty())
            keys.push_back(std::move(k));
    }
    if (keys.empty())
        return std::nullopt;
    // Two people may share a surname ("Barack Obama", "Michelle Obama"): a
    // bare surname is the one named in this sentence or the one before,
    // else the one the article names most.
    std::optional<std::size_t> found;
    std::pair<int, std::size_t> foundScore{-1, 0};
    const int sentence = sentenceAt(source.start);
    static const std::vector<std::size_t> none;
    auto bucket = m_bySurname.find(keys.back());
    for (std::size_t e : bucket == m_bySurname.end() ? none : bucket->second) {
        const Entity& ent = m_entities[e];
        if (ent.kind != SpeakerKind::Person || ent.keys.empty() || ent.keys.back() != keys.back() ||
            !givenNamesAgree(ent.keys, keys) || !gendersAgree(ent.gender, phrase.gender))
            continue;
        const std::int64_t at = lastMentionBefore(ent, source.start);
        const bool near = at >= 0 && sentenceAt(at) >= sentence - 1;
        const std::pair<int, std::size_t> score{near ? 1 : 0, ent.mentions.size()};
        if (!found || score > foundScore) {
            found = e;
            foundScore = score;
        }
    }
    if (!found && keys.size() == 1)
        found = familyNameFirst(keys[0]);
    if (!found && !phrase.kindKnown) {
        // A lone word no person of the body bears: an organisation's name?
        SourcePhrase org = phrase;
        org.kind = SpeakerKind::Organization;
        if (auto o = resolveOrganisation(org, source); o) {
            return o;
        }
    }
    if (!found) {
        Entity ent;
        ent.name = phrase.name;
        ent.keys = keys;
        ent.kindKnown = phrase.kindKnown;
        ent.firstSeen = source.start;
        found = addEntity(std::move(ent));
        if (auto it = m_loneNames.find(keys.back()); it != m_loneNames.end()) {
            for (const auto& span : it->second) {
                addMention(*found, span);
                addEvent(*found, span.start, sentenceAt(span.start), false);
            }
            m_loneNames.erase(it);
        }
    }
    Entity& ent = m_entities[*found];
    if (keys.size() > ent.keys.size()) {
        ent.name = phrase.name;
        ent.keys = keys;
    }
    // The source's own words about the role ("the unit's spokesperson,
    // Colonel ...") say more than the titles before a name in the body.
    if (phrase.role.size() > ent.role.size())
        ent.role = phrase.role;
    ent.roleHeads.insert(ent.roleHeads.end(), phrase.roleHeads.begin(), phrase.roleHeads.end());
    if (ent.gender == Gender::Unknown)
        ent.gender = phrase.gender;
    if (phrase.kindKnown)
        ent.kindKnown = true;
    return found;
}

std::optional<std::size_t> Resolver::resolveOrganisation(const SourcePhrase& phrase, Span source) {
    const std::vector<std::string> keys = splitKey(speakerKey(phrase.name));
    if (keys.empty())
        return std::nullopt;
    std::string word = phrase.name;  // a lone acronym: "NIS"
    const bool loneWord = keys.size() == 1;
    std::optional<std::size_t> found;
    for (std::size_t e = 0; e < m_entities.size() && !found; ++e) {
        Entity& ent = m_entities[e];
        if (ent.kind != SpeakerKind::Organization)
            continue;
        if (ent.keys == keys || (!phrase.acronym.empty() && ent.acronym == phrase.acronym) ||
            (loneWord && !ent.acronym.empty() && ent.acronym == word) ||
            (loneWord && initials(ent.keys, m_lex) == word && word.size() >= 2) ||
            (keys.size() >= 1 && ent.keys.size() >= 1 && (subsetOf(keys, ent.keys) || subsetOf(ent.keys, keys)) &&
             !(keys.size() == 1 && m_lex.orgNameWords.count(keys[0])) &&
             !(ent.keys.size() == 1 && m_lex.orgNameWords.count(ent.keys[0]))))
            found = e;
    }
    if (!found) {
        if (!phrase.kindKnown)
            return std::nullopt;  // the caller makes a person of it
        Entity ent;
        ent.kind = SpeakerKind::Organization;
        ent.name = phrase.name;
        ent.keys = keys;
        ent.acronym = phrase.acronym;
        ent.role = phrase.role;
        ent.firstSeen = source.start;
        if (ent.acronym.empty() && loneWord && phrase.name.size() >= 2 && phrase.name.size() <= 6) {
            bool caps = true;
            for (char ch : phrase.name)
                caps = caps && std::isupper(static_cast<unsigned char>(ch));
            if (caps)
                ent.acronym = phrase.name;
        }
        return addEntity(std::move(ent));
    }
    Entity& ent = m_entities[*found];
    if (keys.size() > ent.keys.size() && !phrase.name.empty() && phrase.kindKnown) {
        ent.name = phrase.name;
        ent.keys = keys;
    }
    if (ent.acronym.empty())
        ent.acronym = phrase.acronym;
    if (ent.role.empty())
        ent.role = phrase.role;
    return found;
}

std::optional<std::size_t> Resolver::mostRecent(Span source, bool (*accept)(const Entity&, const std::string&),
                                                const std::string& arg) const {
    std::optional<std::size_t> best;
    std::int64_t bestAt = -2;
    for (std::size_t e = 0; e < m_entities.size(); ++e) {
        const Entity& ent = m_entities[e];
        if (!accept(ent, arg))
            continue;
        std::int64_t at = lastMentionBefore(ent, source.start);
        if (at < 0)
            at = -1;  // named only later: a last resort
        if (at > bestAt) {
            best = e;
            bestAt = at;
        }
    }
    return best;
}

// Whether the capitalised run [from, to) can be what "the <head>" refers
// back to. Never a place ("Port Salvo") or a name in parentheses (a photo
// credit); for a head that names a kind of institution
// (speaker-institution-heads.txt: "the navy", "the ministry") only a name
// holding that word ("Lumeran Navy", "interior ministry"); for any other
// head ("the company", "the agency") any name.
bool Resolver::organisationFits(std::size_t from, std::size_t to, const std::string& head) const {
    const auto& t = *m_tokens;
    if (from > 0 && t[from - 1].word() && m_lex.places.count(t[from - 1].lower))
        return false;  // "Port Salvo", "Isle of Carrow"
    if (from > 0 && !t[from - 1].word() && t.slice(t[from - 1].start, t[from - 1].end) == "(")
        return false;
    bool allPlaces = true;
    bool holdsHead = false;
    for (std::size_t k = from; k < to; ++k) {
        allPlaces = allPlaces && m_lex.places.count(t[k].lower);
        holdsHead = holdsHead || t[k].lower == head;
    }
    if (allPlaces)
        return false;
    // "the newspaper" is a news outlet named nearby ("the Daesan Daily"),
    // never the harbour office named in the sentence before.
    if (m_lex.outletHeads.count(head)) {
        for (std::size_t k = from; k < to; ++k)
            if (m_lex.outletHeads.count(t[k].lower) || m_lex.outletNameWords.count(t[k].lower))
                return true;
        return false;
    }
    return holdsHead || !m_lex.institutionHeads.count(head);
}

// The outlet that published the document, for "the newspaper said".
std::optional<std::size_t> Resolver::documentOutlet(Span source) {
    const std::string& outlet = m_document.source.outlet;
    if (outlet.empty())
        return std::nullopt;
    SourcePhrase org;
    org.type = PhraseType::Name;
    org.kind = SpeakerKind::Organization;
    org.name = outlet;
    return resolveOrganisation(org, source);
}

std::optional<std::size_t> Resolver::nearbyOrganisation(Span source, const std::string& head) {
    // The organisation named in this sentence or the ones just before,
    // earliest first within the nearest sentence: "Ukraine's state energy
    // giant Naftogaz has signed ..., the company said".
    const auto& t = *m_tokens;
    const std::size_t end = t.firstAtOrAfter(source.start);
    if (end == 0)
        return std::nullopt;
    const int sentence = t[end - 1].sentence;
    for (int s = sentence; s >= sentence - kDescriptionReach && s >= 0; --s) {
        std::size_t i = end;
        while (i > 0 && t[i - 1].sentence >= s)
            --i;
        for (; i < end && t[i].sentence == s; ++i) {
            const Token& tok = t[i];
            if (!tok.word() || !tok.is(Token::Capitalised) || tok.is(Token::SentenceStart) || tok.is(Token::Digit))
                continue;
            if (m_lex.places.count(tok.lower) || m_lex.isTitleWord(tok.lower) || m_lex.honorifics.count(tok.lower) ||
                m_lex.isDeterminer(tok.lower))
                continue;
            std::size_t j = i + 1;
            while (j < end && t[j].word() && t[j].is(Token::Capitalised) && t[j].sentence == s)
                ++j;
            // Skip people: any mention of a person entity here.
            bool person = false;
            for (const auto& ent : m_entities)
                if (ent.kind == SpeakerKind::Person)
                    for (const auto& m : ent.mentions)
                        if (m.span.contains(tok.start))
                            person = true;
            if (person || !organisationFits(i, j, head)) {
                i = j - 1;
                continue;
            }
            // The capitalised title or place words right before belong to
            // the name: "Interior Ministry", "Lumeran Navy".
            std::size_t from = i;
            while (from > 0 && t[from - 1].word() && t[from - 1].is(Token::Capitalised) &&
                   !t[from - 1].is(Token::SentenceStart) && t[from - 1].sentence == s &&
                   (m_lex.isTitleWord(t[from - 1].lower) || m_lex.places.count(t[from - 1].lower)))
                --from;
            SourcePhrase org;
            org.type = PhraseType::Name;
            org.kind = SpeakerKind::Organization;
            org.name = t.slice(t[from].start, t[j - 1].end);
            const Span span{t[from].start, t[j - 1].end};
            auto found = resolveOrganisation(org, span);
            if (found)
                addMention(*found, span);
            return found;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> Resolver::resolveDescription(const SourcePhrase& phrase, Span source) {
    if (phrase.kind == SpeakerKind::Group) {
        const std::vector<std::string> keys = splitKey(speakerKey(phrase.name));
        for (std::size_t e = 0; e < m_entities.size(); ++e)
            if (m_entities[e].kind == SpeakerKind::Group && m_entities[e].keys == keys)
                return e;
        if (phrase.definite) {
            auto same = mostRecent(source, [](const Entity& e, const std::string& h) {
                return e.kind == SpeakerKind::Group && e.head == h;
            }, phrase.head);
            if (same)
                return same;
        }
        Entity ent;
        ent.kind = SpeakerKind::Group;
        ent.name = phrase.name;
        ent.keys = keys;
        ent.head = phrase.head;
        ent.firstSeen = source.start;
        return addEntity(std::move(ent));
    }
    if (phrase.kind == SpeakerKind::Person) {
        if (phrase.definite || !phrase.proper) {
            auto holder = mostRecent(source, [](const Entity& e, const std::string& h) {
                return e.kind == SpeakerKind::Person && e.keys.size() > 0 &&
                       std::find(e.roleHeads.begin(), e.roleHeads.end(), h) != e.roleHeads.end();
            }, phrase.head);
            if (holder && (phrase.definite || lastMentionBefore(m_entities[*holder], source.start) >= 0))
                return holder;
        }
        // "a Special Operations Forces spokesperson": someone new.
        const std::string key = speakerKey(phrase.name);
        for (std::size_t e = 0; e < m_entities.size(); ++e)
            if (m_entities[e].kind == SpeakerKind::Person && m_entities[e].keys.empty() &&
                m_entities[e].descriptionKey == key)
                return e;
        Entity ent;
        ent.descriptionKey = key;
        ent.name = phrase.name;
        ent.role = phrase.role;
        ent.gender = phrase.gender;
        ent.roleHeads = phrase.roleHeads;
        ent.head = phrase.head;
        ent.firstSeen = source.start;
        return addEntity(std::move(ent));
    }
    // Organisations: "the Trump campaign" names one; "the company" refers back.
    if (phrase.proper || m_lex.documentNouns.count(phrase.head)) {
        SourcePhrase org = phrase;
        org.type = PhraseType::Name;
        return resolveOrganisation(org, source);
    }
    if (phrase.definite) {
        // Keys are folded ("navy" is "navi"): compare the head's key.
        auto same = mostRecent(source, [](const Entity& e, const std::string& h) {
            const std::string key = speakerKey(h);
            return e.kind == SpeakerKind::Organization &&
                   (e.head == h || std::find(e.keys.begin(), e.keys.end(), key) != e.keys.end());
        }, phrase.head);
        if (same && lastMentionBefore(m_entities[*same], source.start) >= 0)
            return same;
        if (auto near = nearbyOrganisation(source, phrase.head))
            return near;
        if (m_lex.outletHeads.count(phrase.head))
            if (auto outlet = documentOutlet(source))
                return outlet;
    }
    Entity ent;
    ent.kind = SpeakerKind::Organization;
    ent.name = phrase.name;
    ent.keys = splitKey(speakerKey(phrase.name));
    ent.head = phrase.head;
    ent.firstSeen = source.start;
    return addEntity(std::move(ent));
}

std::optional<std::size_t> Resolver::resolvePronoun(const SourcePhrase& phrase, Span source) {
    const PronounClass pc = phrase.pronoun;
    if (pc == PronounClass::Other || pc == PronounClass::First)
        return std::nullopt;
    auto compatible = [&](const Entity& e) {
        switch (pc) {
        case PronounClass::Male:
            return e.kind == SpeakerKind::Person && e.gender != Gender::Female && (!e.keys.empty() || !e.role.empty());
        case PronounClass::Female:
            return e.kind == SpeakerKind::Person && e.gender != Gender::Male && (!e.keys.empty() || !e.role.empty());
        case PronounClass::Plural:
            return e.kind != SpeakerKind::Person;
        case PronounClass::Neuter:
            return e.kind == SpeakerKind::Organization;
        default:
            return true;
        }
    };
    const int sentence = sentenceAt(source.start);
    auto it = std::lower_bound(m_events.begin(), m_events.end(), source.start,
                               [](const Event& x, std::int64_t s) { return x.start < s; });
    const std::size_t end = static_cast<std::size_t>(it - m_events.begin());
    // Same sentence: the nearest before ("Budanov ... and he said").
    for (std::size_t i = end; i-- > 0;) {
        const Event& ev = m_events[i];
        if (ev.sentence != sentence)
            break;
        if (compatible(m_entities[ev.entity]) && (!ev.oblique || pc == PronounClass::Relative))
            return ev.entity;
    }
    if (pc == PronounClass::Relative)
        return std::nullopt;
    // Earlier sentences: the speaker of that sentence, else its first
    // (subject) mention.
    std::size_t i = end;
    while (i > 0 && m_events[i - 1].sentence == sentence)
        --i;
    while (i > 0) {
        const int s = m_events[i - 1].sentence;
        if (s < sentence - kPronounReach)
            break;
        std::optional<std::size_t> speaker, first;
        while (i > 0 && m_events[i - 1].sentence == s) {
            const Event& ev = m_events[--i];
            if (!compatible(m_entities[ev.entity]))
                continue;
            if (ev.source && !speaker)
                speaker = ev.entity;
            first = ev.entity;
        }
        if (speaker)
            return speaker;
        if (first)
            return first;
    }
    // Nothing close by: the person the passage is about, the one it names
    // most often a little further back.
    // Only "he" and "she", only speakers, and a known gender first.
    if (pc != PronounClass::Male && pc != PronounClass::Female)
        return std::nullopt;
    const Gender wanted = pc == PronounClass::Male ? Gender::Male : Gender::Female;
    std::optional<std::size_t> prominent;
    std::pair<bool, std::size_t> best{false, 0};
    for (std::size_t k = end; k-- > 0;) {
        const Event& ev = m_events[k];
        if (ev.sentence < sentence - kPronounFallbackReach)
            break;
        const Entity& ent = m_entities[ev.entity];
        if (!ev.source || !compatible(ent))
            continue;
        const std::pair<bool, std::size_t> score{ent.gender == wanted, ent.mentions.size()};
        if (!prominent || score > best) {
            prominent = ev.entity;
            best = score;
        }
    }
    return prominent;
}

void Resolver::run(Analysis& analysis) {
    // The body as read once for every finder; attributions lie inside it.
    const Span body = m_body.region();
    m_tokens = std::make_unique<TokenizedText>(m_body, body, m_lex);
    scanBody(m_tokens->firstAtOrAfter(body.start), m_tokens->endAtOrBefore(body.end));

    // Sources in text order, first-person ones after the rest.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < m_attributions.size(); ++i)
        if (m_attributions[i].source && !m_attributions[i].source->empty())
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return m_attributions[a].source->start < m_attributions[b].source->start;
    });
    std::vector<std::optional<std::size_t>> owner(m_attributions.size());
    std::vector<std::size_t> firstPerson;
    for (std::size_t i : order) {
        const Span source = *m_attributions[i].source;
        const std::size_t first = m_tokens->firstAtOrAfter(source.start);
        const std::size_t last = m_tokens->endAtOrBefore(source.end);
        if (first >= last)
            continue;
        const SourcePhrase phrase = analyzeSourcePhrase(*m_tokens, first, last, m_lex);
        if (phrase.type == PhraseType::Pronoun && phrase.pronoun == PronounClass::First) {
            firstPerson.push_back(i);
            continue;
        }
        owner[i] = resolve(phrase, source);
        if (!owner[i])
            continue;
        Entity& ent = m_entities[*owner[i]];
        if (phrase.type == PhraseType::Pronoun && ent.gender == Gender::Unknown) {
            if (phrase.pronoun == PronounClass::Male)
                ent.gender = Gender::Male;
            else if (phrase.pronoun == PronounClass::Female)
                ent.gender = Gender::Female;
        }
        addMention(*owner[i], source);
        addEvent(*owner[i], source.start, sentenceAt(source.start), true);
    }
    // "I", "we": the speaker whose quotation holds them, else the nearest
    // speaker of the same paragraph.
    std::vector<int> paragraphOf(m_attributions.size(), -1);
    if (!firstPerson.empty() && m_tokens->size())
        for (std::size_t j = 0; j < m_attributions.size(); ++j)
            if (m_attributions[j].source)
                paragraphOf[j] = (*m_tokens)[std::min(m_tokens->firstAtOrAfter(m_attributions[j].source->start),
                                                      m_tokens->size() - 1)].paragraph;
    for (std::size_t i : firstPerson) {
        const Span source = *m_attributions[i].source;
        std::optional<std::size_t> best;
        std::int64_t bestDistance = 0;
        for (std::size_t j = 0; j < m_attributions.size(); ++j) {
            if (!owner[j] || !m_attributions[j].source)
                continue;
            if (m_attributions[j].content.contains(source)) {
                best = owner[j];
                break;
            }
            if (paragraphOf[j] != paragraphOf[i])
                continue;
            const std::int64_t d = std::abs(m_attributions[j].source->start - source.start);
            if (!best || d < bestDistance) {
                best = owner[j];
                bestDistance = d;
            }
        }
        owner[i] = best;
        if (best)
            addMention(*best, source);
    }

    // Speakers in the order of their first claim; claims in input order.
    const std::size_t base = analysis.speakers.size();
    for (std::size_t i = 0; i < m_attributions.size(); ++i) {
        const RawAttribution& a = m_attributions[i];
        Claim claim;
        claim.kind = a.kind;
        claim.content = textSpan(a.content);
        if (a.cue)
            claim.cue = textSpan(*a.cue);
        if (a.source && !a.source->empty())
            claim.speakerMention = textSpan(*a.source);
        if (owner[i]) {
            Entity& ent = m_entities[*owner[i]];
            if (ent.speaker < 0) {
                ent.speaker = static_cast<int>(analysis.speakers.size());
                analysis.speakers.emplace_back();
            }
            claim.speakerIndex = ent.speaker;
        }
        analysis.claims.push_back(std::move(claim));
    }
    for (auto& ent : m_entities) {
        if (ent.speaker < 0)
            continue;
        Speaker& s = analysis.speakers[static_cast<std::size_t>(ent.speaker)];
        s.id = static_cast<std::int64_t>(ent.speaker - static_cast<int>(base));
        s.name = ent.kind == SpeakerKind::Person && !ent.keys.empty() ? ent.name : capitaliseFirst(ent.name);
        s.kind = ent.kind;
        s.role = ent.role;
        std::sort(ent.mentions.begin(), ent.mentions.end(),
                  [](const TextSpan& a, const TextSpan& b) { return a.span.start < b.span.start || (a.span.start == b.span.start && a.span.end > b.span.end); });
        for (const auto& m : ent.mentions) {
            if (!s.mentions.empty() && s.mentions.back().span.contains(m.span))
                continue;
            s.mentions.push_back(m);
        }
    }
}

}  // namespace

void resolveSpeakers(const Document& document, const text::AnnotatedText& body,
                     const std::vector<RawAttribution>& attributions, Analysis& analysis) {
    Resolver resolver(document, body, attributions);
    resolver.run(analysis);
}

}  // namespace claimdesk::extract
