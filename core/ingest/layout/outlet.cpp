#include "core/ingest/layout/outlet.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/ingest/layout/lexicons.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"
#include "core/text/words.h"

namespace claimdesk::ingest::layout {
namespace {

struct AliasEntry {
    std::vector<std::string> words;  // the alias's words, a leading "The" left out
    std::size_t outlet = 0;
};

struct OutletIndex {
    StringMap<std::vector<AliasEntry>> byFirstWord;  // as written and in capitals
    StringMap<std::size_t> domains;
    bool firstByte[256] = {};  // the bytes an alias may start with
};

std::vector<std::string> wordsOf(std::string_view s) {
    std::vector<std::string> out;
    for (const text::SpacedWord& w : text::spacedWords(s))
        out.emplace_back(s.substr(w.begin, w.end - w.begin));
    return out;
}

OutletIndex buildIndex() {
    OutletIndex index;
    const auto& outlets = layoutLexicons().outlets;
    for (std::size_t i = 0; i < outlets.size(); ++i) {
        for (const auto& alias : outlets[i].aliases) {
            std::vector<std::string> words = wordsOf(alias);
            if (words.size() > 1 && (words[0] == "The" || words[0] == "the"))
                words.erase(words.begin());
            if (words.empty())
                continue;
            const std::string first = words[0];
            std::string upper = first;
            for (char& c : upper)
                if (c >= 'a' && c <= 'z')
                    c = static_cast<char>(c - ('a' - 'A'));
            index.firstByte[static_cast<unsigned char>(first[0])] = true;
            index.firstByte[static_cast<unsigned char>(upper[0])] = true;
            if (upper != first && upper.size() >= 2)
                index.byFirstWord[upper].push_back({words, i});
            index.byFirstWord[first].push_back({std::move(words), i});
        }
        for (const auto& domain : outlets[i].domains)
            index.domains.emplace(domain, i);
    }
    // Longest aliases first, so "Kyiv Post" does not shadow a longer name.
    for (auto& [first, entries] : index.byFirstWord)
        std::stable_sort(entries.begin(), entries.end(),
                         [](const AliasEntry& a, const AliasEntry& b) { return a.words.size() > b.words.size(); });
    return index;
}

const OutletIndex& outletIndex() {
    static const OutletIndex index = buildIndex();
    return index;
}

std::string_view withoutPossessive(std::string_view w) {
    if (w.size() > 2 && (w.substr(w.size() - 2) == "'s"))
        return w.substr(0, w.size() - 2);
    if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s")
        return w.substr(0, w.size() - 4);
    return w;
}

// The text word `word` is the alias word `alias`, or starts with it glued to
// the next name ("The Kyiv IndependentJane Roe", as a page's credit line
// pastes): `glued` tells which.
bool upperEquals(std::string_view word, std::string_view alias) {
    if (word.size() != alias.size() || word.size() < 2)
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char a = alias[i] >= 'a' && alias[i] <= 'z' ? static_cast<char>(alias[i] - ('a' - 'A')) : alias[i];
        if (word[i] != a || (word[i] >= 'a' && word[i] <= 'z'))
            return false;
    }
    return true;
}

bool wordMatches(std::string_view word, std::string_view alias, bool last, bool& glued) {
    glued = false;
    word = withoutPossessive(word);
    if (word == alias || upperEquals(word, alias))  // "THE KYIV INDEPENDENT" in a masthead
        return true;
    if (!last || word.size() <= alias.size() || word.compare(0, alias.size(), alias) != 0)
        return false;
    const char before = alias.back();
    const char after = word[alias.size()];
    glued = before >= 'a' && before <= 'z' && after >= 'A' && after <= 'Z';
    return glued;
}

bool legalForm(std::string_view word) {
    for (std::string_view form : {"Inc", "Ltd", "LLC", "Corp", "Co", "Limited", "plc", "PLC", "GmbH", "AG", "SA"})
        if (word == form)
            return true;
    return false;
}

bool onlySpaces(std::string_view s) {
    return s.find_first_not_of(" \t") == std::string_view::npos;
}

bool startsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
    for (auto p : prefixes)
        if (s.compare(0, p.size(), p) == 0)
            return true;
    return false;
}

// "X could not verify", "X was unable to independently confirm".
bool selfVerifyIdiom(std::string_view after) {
    if (!startsWithAny(after, {" could not", " couldn't", " cannot", " can't", " was unable", " is unable",
                               " has been unable", " has not been able", " was not able", " did not independently",
                               " has not independently", " could not independently", " could not immediately"}))
        return false;
    const std::string_view window = after.substr(0, 70);
    return window.find("verif") != std::string_view::npos || window.find("confirm") != std::string_view::npos;
}

// "X has learned", "X reached out to ...": what an outlet says of itself.
bool selfCreditIdiom(std::string_view after) {
    return startsWithAny(after, {" has learned", " has reached out", " reached out", " has contacted", " has obtained",
                                 " has asked"});
}

// "a statement to an Ukrinform correspondent", "an X correspondent
// reports": the outlet's own correspondent (other outlets' reporters are
// named in stories too: "a Politico reporter asked").
bool ownCorrespondent(std::string_view before, std::string_view after) {
    if (!startsWithAny(after, {" correspondent", "'s correspondent", " s correspondent"}))
        return false;
    // An unnamed correspondent ("told an X correspondent"), not a named
    // one of another outlet ("told NPR correspondent Steve Inskeep").
    const std::string lead = " " + std::string(before);
    return lead.ends_with(" told an") || lead.ends_with(" told a") || lead.ends_with(" to an") ||
           lead.ends_with(" to a") || after.substr(0, 40).find(" correspondent report") != std::string_view::npos ||
           after.substr(0, 40).find(" correspondent in ") != std::string_view::npos;
}

// ", X reports." closing the first sentences of an article: the wire
// credit of Ukrainian and Russian outlets ("..., Ukrinform reports.").
// "the Tribune reports" cites another paper.
bool selfReportIdiom(std::string_view before, std::string_view after) {
    if (!startsWithAny(after, {" reports.", " reports,", " reports:", " reports ", " informs."}) ||
        startsWithAny(after, {" reports that", " reports on", " reports from"}))
        return false;
    const std::string lead = " " + std::string(before);
    return !lead.ends_with(" the") && !lead.ends_with(" a") && lead.ends_with(",");
}

// "As Ukrinform reported earlier": an outlet recalling its own story.
bool recallIdiom(std::string_view before, std::string_view after) {
    const std::string lead = " " + std::string(before);
    if (lead.ends_with(" as") || lead.ends_with(" as the"))
        return startsWithAny(after, {" reported earlier", " reported previously", " previously reported",
                                     " earlier reported", " has previously reported", " has reported earlier"});
    return lead.ends_with(" as previously reported by") || lead.ends_with(" as reported earlier by") ||
           lead.ends_with(" as earlier reported by");
}

struct Tally {
    double strong = 0;
    double plainInBody = 0;
    std::size_t firstSeen = 0;
};

class Scorer {
public:
    Scorer(std::string_view text, const std::vector<Segment>& segments, const std::vector<Kind>& kinds,
           std::size_t bodyFirst, std::size_t bodyLast, std::optional<std::size_t> title)
        : m_text(text), m_segments(segments), m_kinds(kinds), m_bodyFirst(bodyFirst), m_bodyLast(bodyLast),
          m_title(title) {}

    void scoreLexiconNames();
    void scoreUnlistedNames();
    std::string best() const;

private:
    void add(const std::string& name, std::size_t segment, std::size_t begin, std::size_t end);
    void addStrong(const std::string& name, double score, std::size_t at);
    bool inBody(std::size_t segment) const { return segment >= m_bodyFirst && segment <= m_bodyLast; }

    std::string_view m_text;
    const std::vector<Segment>& m_segments;
    const std::vector<Kind>& m_kinds;
    std::size_t m_bodyFirst;
    std::size_t m_bodyLast;
    std::optional<std::size_t> m_title;
    std::map<std::string, Tally> m_tallies;
    std::set<std::size_t> m_listedEnds;  // where names from the list end
};

void Scorer::addStrong(const std::string& name, double score, std::size_t at) {
    auto [it, inserted] = m_tallies.try_emplace(name);
    if (inserted)
        it->second.firstSeen = at;
    it->second.strong += score;
}

void Scorer::add(const std::string& name, std::size_t segment, std::size_t begin, std::size_t end) {
    const Kind kind = m_kinds[segment];
    // A caption credits a photographer's agency; a teaser quotes its own story.
    if (kind == Kind::Caption || kind == Kind::TeaserHeadline || kind == Kind::TeaserSummary)
        return;
    const Segment& seg = m_segments[segment];
    const std::size_t from = begin > seg.begin + 40 ? begin - 40 : seg.begin;
    const std::string before = text::normalizeForMatching(m_text.substr(from, begin - from));
    const std::string_view afterRaw = m_text.substr(end, std::min<std::size_t>(seg.end - end, 90));
    const std::string after = " " + text::normalizeForMatching(afterRaw);

    double score = 0;
    if (before.find("\xC2\xA9") != std::string::npos || before.find("copyright") != std::string::npos ||
        before.find("(c)") != std::string::npos)
        score += 8;
    if (selfVerifyIdiom(after))
        score += 6;
    if (selfCreditIdiom(after) || ownCorrespondent(before, after) || recallIdiom(before, after))
        score += 3;
    if (segment <= m_bodyFirst + 1 && selfReportIdiom(before, after))
        score += 3;
    // A wire dateline: "KYIV (Reuters) - ".
    if (begin > seg.begin && m_text[begin - 1] == '(' && begin - seg.begin < 60 && !afterRaw.empty() &&
        afterRaw.front() == ')') {
        const std::string_view tail = afterRaw.substr(0, 8);
        if (tail.find(" -") != std::string_view::npos || tail.find("\xE2\x80\x94") != std::string_view::npos ||
            tail.find("\xE2\x80\x93") != std::string_view::npos)
            score += 4;
    }
    // Named in the page around the article (a credit line, an author box),
    // not in its headline, which may be about another outlet.
    if (!inBody(segment) && !(m_title && *m_title == segment))
        score += 3;
    auto [it, inserted] = m_tallies.try_emplace(name);
    if (inserted)
        it->second.firstSeen = begin;
    if (score > 0)
        it->second.strong += score;
    else
        it->second.plainInBody += 0.5;
}

void Scorer::scoreLexiconNames() {
    const OutletIndex& index = outletIndex();
    const auto& outlets = layoutLexicons().outlets;
    for (std::size_t segment = 0; segment < m_segments.size(); ++segment) {
        const Segment& seg = m_segments[segment];
        const std::string_view line = seg.in(m_text);
        const std::vector<text::SpacedWord> words = text::spacedWords(line);
        for (std::size_t i = 0; i < words.size(); ++i) {
            const std::string_view w = line.substr(words[i].begin, words[i].end - words[i].begin);
            // Domains: "kyivindependent.com", "https://www.bbc.co.uk/news/...".
            if (w.find('.') != std::string_view::npos) {
                std::string host = asciiLower(w);
                if (auto scheme = host.find("://"); scheme != std::string::npos)
                    host = host.substr(scheme + 3);
                if (auto slash = host.find('/'); slash != std::string::npos)
                    host = host.substr(0, slash);
                if (host.compare(0, 4, "www.") == 0)
                    host = host.substr(4);
                for (std::size_t dot = 0; dot != std::string::npos;) {
                    if (auto it = index.domains.find(std::string_view(host).substr(dot)); it != index.domains.end()) {
                        add(outlets[it->second].name, segment, seg.begin + words[i].begin, seg.begin + words[i].end);
                        break;
                    }
                    dot = host.find('.', dot);
                    if (dot != std::string::npos)
                        ++dot;
                }
            }
            if (!index.firstByte[static_cast<unsigned char>(w[0])])
                continue;
            auto it = index.byFirstWord.find(withoutPossessive(w));
            if (it == index.byFirstWord.end() && w.size() > 1)
                it = index.byFirstWord.find(w);
            if (it == index.byFirstWord.end())
                continue;
            for (const AliasEntry& alias : it->second) {
                const std::size_t n = alias.words.size();
                if (i + n > words.size())
                    continue;
                bool ok = true;
                bool glued = false;
                for (std::size_t k = 0; k < n && ok; ++k) {
                    const text::SpacedWord& tw = words[i + k];
                    if (k > 0 && !onlySpaces(line.substr(words[i + k - 1].end, tw.begin - words[i + k - 1].end)))
                        ok = false;
                    else
                        ok = wordMatches(line.substr(tw.begin, tw.end - tw.begin), alias.words[k], k + 1 == n, glued);
                }
                if (!ok)
                    continue;
                const std::size_t lastWord = i + n - 1;
                // Part of a longer name ("The Independent Electoral Commission"),
                // unless that is the company's legal form ("Business Insider Inc").
                if (!glued && lastWord + 1 < words.size() &&
                    onlySpaces(line.substr(words[lastWord].end, words[lastWord + 1].begin - words[lastWord].end))) {
                    const std::string_view next =
                        line.substr(words[lastWord + 1].begin, words[lastWord + 1].end - words[lastWord + 1].begin);
                    std::size_t p = 0;
                    if (text::isUpper(text::nextCodePoint(next, p)) && !legalForm(next))
                        continue;
                }
                std::size_t begin = words[i].begin;
                if (i > 0) {
                    const std::string_view prev = line.substr(words[i - 1].begin, words[i - 1].end - words[i - 1].begin);
                    if ((prev == "The" || prev == "the") && onlySpaces(line.substr(words[i - 1].end, words[i].begin - words[i - 1].end)))
                        begin = words[i - 1].begin;
                }
                const std::size_t end = glued ? words[lastWord].begin + alias.words.back().size() : words[lastWord].end;
                add(outlets[alias.outlet].name, segment, seg.begin + begin, seg.begin + end);
                m_listedEnds.insert(seg.begin + end);
                i = lastWord;
                break;
            }
        }
    }
}

// A capitalised name just before `at` in `line` ("The Foo Post"), or empty.
std::string nameBefore(std::string_view line, std::size_t at) {
    const std::vector<text::SpacedWord> words = text::spacedWords(line.substr(0, at));
    std::size_t first = words.size();
    while (first > 0 && words.size() - first < 5) {
        const text::SpacedWord& w = words[first - 1];
        const std::string_view word = line.substr(w.begin, w.end - w.begin);
        std::size_t p = 0;
        if (!text::isUpper(text::nextCodePoint(word, p)))
            break;
        // Stop at a sentence boundary or a comma before this word.
        if (first < words.size()) {
            const std::string_view gap = line.substr(w.end, words[first].begin - w.end);
            if (!onlySpaces(gap))
                break;
        }
        --first;
    }
    if (first == words.size())
        return {};
    if (first < words.size() && !onlySpaces(line.substr(words.back().end, at - words.back().end)))
        return {};
    std::string name(line.substr(words[first].begin, words.back().end - words[first].begin));
    static const std::array<std::string_view, 7> kPronouns = {"It", "We", "He", "She", "They", "I", "This"};
    for (auto p : kPronouns)
        if (name == p)
            return {};
    return name;
}

// The holder of a copyright line ("© 2025 Foo Media Group. All rights
// reserved."): the capitalised words after the sign and the year.
std::string copyrightHolder(std::string_view line) {
    line = text::trimWhitespace(line);
    std::size_t skip = 0;
    if (line.compare(0, 2, "\xC2\xA9") == 0)
        skip = 2;
    else if (asciiLower(line.substr(0, 9)) == "copyright")
        skip = 9;
    else
        return {};
    const std::string_view rest = line.substr(skip);
    const std::vector<text::SpacedWord> words = text::spacedWords(rest);
    std::size_t i = 0;
    auto word = [&](std::size_t k) { return rest.substr(words[k].begin, words[k].end - words[k].begin); };
    // Past the sign, the years and "Provided by": a line that says neither
    // "©" nor a year ("Copyright Notice") is a heading, not a credit.
    bool dated = skip == 2;
    while (i < words.size()) {
        const std::string_view w = word(i);
        const std::string lw = asciiLower(w);
        if (w[0] >= '0' && w[0] <= '9')
            dated = true;
        else if (w == "\xC2\xA9" || lw == "c")
            dated = true;
        else if (lw != "by" && lw != "provided" && lw != "copyright")
            break;
        ++i;
    }
    if (!dated)
        return {};
    std::size_t j = i;
    while (j < words.size() && j - i < 6) {
        std::size_t p = 0;
        if (!text::isUpper(text::nextCodePoint(word(j), p)))
            break;
        if (j > i && !onlySpaces(rest.substr(words[j - 1].end, words[j].begin - words[j - 1].end)))
            break;
        ++j;
    }
    if (j > i + 1 && legalForm(word(j - 1)))  // "Morning Ledger Ltd"
        --j;
    if (j == i)
        return {};
    std::string name(rest.substr(words[i].begin, words[j - 1].end - words[i].begin));
    return asciiLower(name).find("all rights") == std::string::npos ? name : std::string();
}

// The agency of a wire dateline ("VELLMAR, March 5 (Kestrel Wire) - ",
// "KYIV (Reuters) — "): the place in capitals, then the outlet in
// parentheses and a dash. Empty when the line does not open that way.
std::string datelineCredit(std::string_view line) {
    line = text::trimWhitespace(line);
    const std::size_t open = line.find('(');
    if (open == std::string_view::npos || open == 0 || open > 60)
        return {};
    const std::size_t close = line.find(')', open);
    if (close == std::string_view::npos || close - open > 50)
        return {};
    const std::string_view tail = line.substr(close + 1, 6);
    if (!startsWithAny(tail, {" -", " \xE2\x80\x94", " \xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x93"}))
        return {};
    // The place: its first word in capitals, as datelines set it.
    const std::vector<text::SpacedWord> before = text::spacedWords(line.substr(0, open));
    if (before.empty())
        return {};
    const std::string_view place = line.substr(before[0].begin, before[0].end - before[0].begin);
    bool capitals = place.size() >= 2;
    for (std::size_t p = 0; p < place.size() && capitals;) {
        const char32_t c = text::nextCodePoint(place, p);
        capitals = text::isUpper(c) || c == '-' || c == '.';
    }
    if (!capitals)
        return {};
    const std::string_view name = text::trimWhitespace(line.substr(open + 1, close - open - 1));
    const std::vector<text::SpacedWord> words = text::spacedWords(name);
    if (words.empty() || words.size() > 5)
        return {};
    for (const text::SpacedWord& w : words) {
        std::size_t p = w.begin;
        if (!text::isUpper(text::nextCodePoint(name, p)))
            return {};
    }
    return std::string(name);
}

void Scorer::scoreUnlistedNames() {
    for (std::size_t s = 0; s < m_segments.size(); ++s) {
        const Segment& seg = m_segments[s];
        const std::string_view line = seg.in(m_text);
        // "© 2025 Foo Media. All rights reserved."
        const auto listed = m_listedEnds.lower_bound(seg.begin);
        const bool namesListed = listed != m_listedEnds.end() && *listed <= seg.end;
        if (!inBody(s) && !namesListed)
            if (std::string name = copyrightHolder(line); !name.empty())
                addStrong(name, 7, seg.begin);
        // A dateline opens the article's first paragraph.
        if (s >= m_bodyFirst && s <= m_bodyFirst + 1 && !namesListed)
            if (std::string name = datelineCredit(line); !name.empty())
                addStrong(name, 4, seg.begin);
        // "The Foo Post could not independently verify ..."
        for (std::string_view idiom : {" could not independently verify", " could not verify", " could not immediately verify",
                                       " was unable to independently verify", " has not independently verified",
                                       " could not independently confirm"}) {
            for (std::size_t at = line.find(idiom); at != std::string_view::npos; at = line.find(idiom, at + 1)) {
                const std::string name = nameBefore(line, at);
                if (!name.empty() && !m_listedEnds.count(seg.begin + at))
                    addStrong(name, 4, seg.begin + at);
            }
        }
    }
}

std::string Scorer::best() const {
    const std::string* bestName = nullptr;
    double bestScore = 0;
    std::size_t bestSeen = 0;
    for (const auto& [name, tally] : m_tallies) {
        const double score = tally.strong + std::min(tally.plainInBody, 1.5);
        if (tally.strong <= 0)
            continue;
        if (!bestName || score > bestScore || (score == bestScore && tally.firstSeen < bestSeen)) {
            bestName = &name;
            bestScore = score;
            bestSeen = tally.firstSeen;
        }
    }
    return bestName && bestScore >= 3 ? *bestName : std::string();
}

// The house format of layout-outlet-signatures.txt, counted over the article.
std::string outletFromSignature(std::string_view text, const std::vector<Segment>& segments, std::size_t first,
                                std::size_t last) {
    for (const OutletSignature& sig : layoutLexicons().signatures) {
        int found = 0;
        for (const std::string& label : sig.labels) {
            for (std::size_t s = first; s <= last && s < segments.size(); ++s) {
                const std::string_view line = segments[s].in(text);
                const bool hit = sig.prefixLabels
                                     ? line.size() > label.size() + 2 && line.compare(0, label.size(), label) == 0 &&
                                           line[label.size()] == ':' && line[label.size() + 1] == ' '
                                     : text::trimWhitespace(line) == label;
                if (hit) {
                    ++found;
                    break;
                }
            }
        }
        if (found >= sig.minLabels)
            return sig.outlet;
    }
    return {};
}

}  // namespace

std::string findOutlet(std::string_view text, const std::vector<Segment>& segments, const std::vector<Kind>& kinds,
                       std::size_t bodyFirst, std::size_t bodyLast, std::optional<std::size_t> title) {
    Scorer scorer(text, segments, kinds, bodyFirst, bodyLast, title);
    scorer.scoreLexiconNames();
    scorer.scoreUnlistedNames();
    std::string outlet = scorer.best();
    if (outlet.empty() && bodyFirst <= bodyLast)
        outlet = outletFromSignature(text, segments, bodyFirst, bodyLast);
    return outlet;
}

}  // namespace claimdesk::ingest::layout
