// Dev-only: speaker resolution on the seed articles with attributions made
// from their gold annotations (../shared/corpus). Until the attribution
// finder lands this is the only run on real source spans; it checks that
// every claim gets a speaker the scorer would accept, and that no entity
// is split into two speakers. Skips itself when ../shared is absent.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/extract/speakers/speakerresolver.h"
#include "core/text/annotatedtext.h"
#include "core/text/utf8.h"
#include "devhelpers.h"
#include "testsupport.h"

namespace claimdesk::testing {
namespace {

namespace fs = std::filesystem;
using extract::RawAttribution;
using nlohmann::json;

bool wordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// Byte ranges where `needle` occurs in `hay` as whole words.
std::vector<std::pair<std::size_t, std::size_t>> occurrences(const std::string& hay, const std::string& needle) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    if (needle.empty())
        return out;
    for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
        const std::size_t end = at + needle.size();
        if ((at > 0 && wordChar(hay[at - 1])) || (end < hay.size() && wordChar(hay[end])))
            continue;
        out.emplace_back(at, end);
    }
    return out;
}

std::string flipFirst(std::string s) {
    if (!s.empty() && std::isalpha(static_cast<unsigned char>(s[0])))
        s[0] = static_cast<char>(std::isupper(static_cast<unsigned char>(s[0])) ? std::tolower(s[0]) : std::toupper(s[0]));
    return s;
}

struct GoldClaim {
    std::string speaker;
    RawAttribution raw;
};

TEST(SpeakerSeedGold, EveryClaimGetsTheGoldSpeakerOnce) {
    if (!haveShared())
        GTEST_SKIP() << "../shared not present";
    const fs::path goldDir = sharedDir() / "corpus" / "gold";
    const fs::path seedDir = sharedDir() / "corpus" / "seeds";
    int claims = 0, located = 0, attributed = 0, entities = 0, split = 0, merged = 0;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(goldDir))
        if (e.path().extension() == ".json" && e.path().filename() != "clusters.json")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        const json gold = json::parse(readFile(file));
        Document doc;
        doc.text = readFile(seedDir / gold["document"].get<std::string>());
        const text::OffsetMap map(doc.text);
        doc.body = {0, map.codePointCount()};
        std::map<std::string, json> goldSpeakers;
        for (const auto& s : gold["speakers"])
            goldSpeakers[s["id"].get<std::string>()] = s;

        std::vector<GoldClaim> built;
        for (const auto& c : gold["claims"]) {
            ++claims;
            const std::string content = c["content"].get<std::string>();
            const std::size_t cAt = doc.text.find(content);
            if (cAt == std::string::npos)
                continue;
            const std::size_t cEnd = cAt + content.size();
            const json& spk = goldSpeakers[c["speaker"].get<std::string>()];
            std::vector<std::string> names = {spk["name"].get<std::string>()};
            for (const auto& m : spk["mentions"])
                names.push_back(m.get<std::string>());
            // Every whole-word occurrence of a mention outside the content;
            // the longest at a place wins, the nearest in the same paragraph
            // (or just before it) is the source.
            std::vector<std::pair<std::size_t, std::size_t>> occ;
            for (const auto& n : names)
                for (const auto& variant : {n, flipFirst(n)})
                    for (auto o : occurrences(doc.text, variant))
                        if (o.second <= cAt || o.first >= cEnd)
                            occ.push_back(o);
            std::optional<std::pair<std::size_t, std::size_t>> best;
            std::size_t bestCost = 0;
            for (auto o : occ) {
                bool inner = false;
                for (auto p : occ)
                    if (p != o && p.first <= o.first && p.second >= o.second)
                        inner = true;
                if (inner)
                    continue;
                const std::size_t from = o.second <= cAt ? o.second : cEnd;
                const std::size_t to = o.second <= cAt ? cAt : o.first;
                const std::string between = doc.text.substr(from, to - from);
                std::size_t cost = to - from;
                const std::size_t breaks = std::count(between.begin(), between.end(), '\n');
                if (cost > 400 || breaks > 2 || (o.first >= cEnd && breaks > 0))
                    continue;
                cost += breaks * 200;
                if (!best || cost < bestCost) {
                    best = o;
                    bestCost = cost;
                }
            }
            if (!best) {
                std::printf("  %s: %s has no mention of %s nearby: left out\n", file.filename().c_str(),
                            c["id"].get<std::string>().c_str(), spk["name"].get<std::string>().c_str());
                continue;
            }
            // A finder returns a whole apposition: "the unit's spokesperson,
            // Colonel Oleksandr Kindratenko," when two mentions are joined so.
            for (const auto& n : names) {
                const std::string joined = ", " + n + ",";
                const std::size_t end = best->second + joined.size();
                if (doc.text.compare(best->second, joined.size(), joined) == 0 && (end <= cAt || best->first >= cEnd)) {
                    best->second = end;
                    break;
                }
            }
            ++located;
            GoldClaim g;
            g.speaker = c["speaker"].get<std::string>();
            g.raw.content = {map.toCodePoint(cAt), map.toCodePoint(cEnd)};
            g.raw.source = Span{map.toCodePoint(best->first), map.toCodePoint(best->second)};
            g.raw.kind = claimKindFromName(c["kind"].get<std::string>()).value_or(ClaimKind::Indirect);
            built.push_back(std::move(g));
        }
        std::sort(built.begin(), built.end(), [](const GoldClaim& a, const GoldClaim& b) {
            return a.raw.content.start < b.raw.content.start;
        });
        std::vector<RawAttribution> raws;
        for (const auto& g : built)
            raws.push_back(g.raw);
        Analysis analysis;
        extract::resolveSpeakers(doc, text::AnnotatedText(doc.text, map, doc.body), raws, analysis);
        ASSERT_EQ(analysis.claims.size(), built.size());

        std::map<std::string, std::set<std::int64_t>> speakersOf;  // gold id -> predicted speakers
        for (std::size_t i = 0; i < built.size(); ++i) {
            const Claim& claim = analysis.claims[i];
            const json& spk = goldSpeakers[built[i].speaker];
            std::vector<std::string> goldNames = {spk["name"].get<std::string>()};
            for (const auto& m : spk["mentions"])
                goldNames.push_back(m.get<std::string>());
            std::vector<std::string> predicted;
            if (claim.speakerIndex >= 0) {
                const Speaker& s = analysis.speakers[static_cast<std::size_t>(claim.speakerIndex)];
                predicted.push_back(s.name);
                for (const auto& m : s.mentions)
                    predicted.push_back(m.text);
                speakersOf[built[i].speaker].insert(claim.speakerIndex);
            }
            const bool ok = scorerNameMatches(predicted, goldNames, spk["kind"] == "person");
            attributed += ok;
            if (!ok)
                std::printf("  %s: source '%s' -> '%s', gold %s\n", file.filename().c_str(),
                            claim.speakerMention ? claim.speakerMention->text.c_str() : "",
                            predicted.empty() ? "(none)" : predicted.front().c_str(), spk["name"].get<std::string>().c_str());
        }
        for (const auto& [id, set] : speakersOf) {
            ++entities;
            if (set.size() > 1) {
                ++split;
                std::printf("  %s: gold speaker %s split into %zu speakers\n", file.filename().c_str(), id.c_str(), set.size());
            }
        }
        // Two gold speakers resolved to one predicted speaker.
        std::map<std::int64_t, std::set<std::string>> goldOf;
        for (const auto& [id, set] : speakersOf)
            for (auto s : set)
                goldOf[s].insert(id);
        for (const auto& [s, ids] : goldOf)
            if (ids.size() > 1) {
                ++merged;
                std::printf("  %s: speaker '%s' holds %zu gold speakers\n", file.filename().c_str(),
                            analysis.speakers[static_cast<std::size_t>(s)].name.c_str(), ids.size());
            }
        for (const auto& s : analysis.speakers)
            std::printf("  %s: speaker '%s' (%s) role '%s', %zu mentions\n", file.filename().c_str(), s.name.c_str(),
                        speakerKindName(s.kind), s.role.c_str(), s.mentions.size());
    }
    std::printf("seed gold: %d claims, %d with a located source, %d attributed to the gold speaker; "
                "%d gold speakers, %d split, %d merged with another\n",
                claims, located, attributed, entities, split, merged);
    ASSERT_GT(located, 0);
    EXPECT_GE(attributed * 100, located * 95);
    EXPECT_EQ(split, 0);
    EXPECT_EQ(merged, 0);
}

}  // namespace
}  // namespace claimdesk::testing
