// Dev-only: speaker names and kinds from PolNeAR dev's real source spans
// (../shared/devsets/polnear/dev). PolNeAR has no speaker identities, so
// this checks sanity: sources resolve, and no speaker is named by a
// pronoun, a determiner or a cue. Set CLAIMDESK_SPEAKER_DUMP=file to list
// every source with the speaker it got. Skips itself when ../shared is
// absent.

#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/extract/speakers/speakerresolver.h"
#include "core/text/fold.h"
#include "core/text/annotatedtext.h"
#include "core/text/utf8.h"
#include "testsupport.h"

namespace claimdesk::testing {
namespace {

namespace fs = std::filesystem;
using extract::RawAttribution;

struct BratSpan {
    std::string type;
    Span span;  // first fragment start to last fragment end
};

// Attributions of one .ann file: Source, Cue and Content spans per E record.
std::vector<RawAttribution> readAnn(const fs::path& path) {
    std::ifstream in(path);
    std::map<std::string, BratSpan> spans;
    std::vector<std::vector<std::pair<std::string, std::string>>> events;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos)
            continue;
        const std::string id = line.substr(0, tab);
        const std::size_t tab2 = line.find('\t', tab + 1);
        const std::string body = line.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1);
        if (id[0] == 'T') {
            std::istringstream is(body);
            BratSpan s;
            is >> s.type;
            std::string rest;
            std::getline(is, rest);
            std::int64_t lo = -1, hi = -1;
            std::istringstream frag(rest);
            std::string piece;
            while (std::getline(frag, piece, ';')) {
                std::istringstream ps(piece);
                std::int64_t a = 0, b = 0;
                ps >> a >> b;
                lo = lo < 0 ? a : std::min(lo, a);
                hi = std::max(hi, b);
            }
            s.span = {lo, hi};
            spans[id] = s;
        } else if (id[0] == 'E') {
            std::vector<std::pair<std::string, std::string>> roles;
            std::istringstream is(body);
            std::string part;
            while (is >> part) {
                const std::size_t colon = part.find(':');
                if (colon != std::string::npos)
                    roles.emplace_back(part.substr(0, colon), part.substr(colon + 1));
            }
            events.push_back(std::move(roles));
        }
    }
    std::vector<RawAttribution> out;
    for (const auto& roles : events) {
        RawAttribution a;
        bool content = false;
        for (const auto& [role, ref] : roles) {
            auto it = spans.find(ref);
            if (it == spans.end())
                continue;
            if (role == "Source")
                a.source = it->second.span;
            else if (role == "Cue")
                a.cue = it->second.span;
            else if (role == "Content") {
                a.content = it->second.span;
                content = true;
            }
        }
        if (content)
            out.push_back(a);
    }
    std::sort(out.begin(), out.end(), [](const RawAttribution& a, const RawAttribution& b) {
        return a.content.start < b.content.start;
    });
    return out;
}

TEST(SpeakerPolnearDev, SourcesGiveSaneSpeakers) {
    if (!haveShared())
        GTEST_SKIP() << "../shared not present";
    const fs::path dir = sharedDir() / "devsets" / "polnear" / "dev";
    std::vector<fs::path> anns;
    for (const auto& e : fs::directory_iterator(dir / "attributions"))
        anns.push_back(e.path());
    std::sort(anns.begin(), anns.end());
    std::ofstream dump;
    if (const char* d = std::getenv("CLAIMDESK_SPEAKER_DUMP"))
        dump.open(d);

    static const std::set<std::string> bad = {
        "he", "she", "him", "her", "his", "they", "them", "their", "it", "its", "i", "we", "you", "who", "which",
        "that", "the", "a", "an", "this", "said", "says", "officials said", "according to", "", "me", "us"};
    int sources = 0, resolved = 0, badNames = 0, pronounSources = 0, pronounResolved = 0, speakers = 0;
    std::map<std::string, int> kinds;
    for (const auto& ann : anns) {
        std::string stem = ann.stem().string();
        stem = stem.substr(0, stem.rfind('_'));
        Document doc;
        doc.text = readFile(dir / "text" / (stem + ".txt"));
        const text::OffsetMap map(doc.text);
        doc.body = {0, map.codePointCount()};
        const auto raws = readAnn(ann);
        Analysis analysis;
        extract::resolveSpeakers(doc, text::AnnotatedText(doc.text, map, doc.body), raws, analysis);
        speakers += static_cast<int>(analysis.speakers.size());
        for (const auto& s : analysis.speakers) {
            ++kinds[speakerKindName(s.kind)];
            const std::string folded = text::foldCase(s.name);
            if (bad.count(folded) || folded.find(" said") != std::string::npos) {
                ++badNames;
                std::printf("  bad speaker name '%s' in %s\n", s.name.c_str(), stem.c_str());
            }
        }
        for (const auto& c : analysis.claims) {
            if (!c.speakerMention)
                continue;
            ++sources;
            const std::string m = text::foldCase(c.speakerMention->text);
            const bool pronoun = m == "he" || m == "she" || m == "they" || m == "it" || m == "him" || m == "her" ||
                                 m == "his" || m == "who" || m == "i" || m == "we";
            pronounSources += pronoun;
            if (c.speakerIndex >= 0) {
                ++resolved;
                pronounResolved += pronoun;
            }
            if (dump.is_open()) {
                dump << stem << '\t' << c.speakerMention->text << '\t' << c.speakerMention->span.start << '\t';
                if (c.speakerIndex >= 0) {
                    const Speaker& s = analysis.speakers[static_cast<std::size_t>(c.speakerIndex)];
                    dump << s.name << '\t' << speakerKindName(s.kind) << '\t' << s.role;
                } else {
                    dump << "(none)";
                }
                dump << '\n';
            }
        }
    }
    std::printf("polnear dev: %zu files, %d sources, %d resolved to a speaker (%.1f%%); pronoun sources %d, "
                "resolved %d; %d speakers (person %d, organization %d, group %d); %d bad names\n",
                anns.size(), sources, resolved, 100.0 * resolved / std::max(1, sources), pronounSources,
                pronounResolved, speakers, kinds["person"], kinds["organization"], kinds["group"], badNames);
    EXPECT_EQ(badNames, 0);
    EXPECT_GE(resolved * 100, sources * 85);
}

// All of dev as one long document, to see that resolution stays about
// linear in the text.
TEST(SpeakerPolnearDev, LongDocumentThroughput) {
    if (!haveShared())
        GTEST_SKIP() << "../shared not present";
    const fs::path dir = sharedDir() / "devsets" / "polnear" / "dev";
    std::vector<fs::path> anns;
    for (const auto& e : fs::directory_iterator(dir / "attributions"))
        anns.push_back(e.path());
    std::sort(anns.begin(), anns.end());
    Document doc;
    std::vector<RawAttribution> raws;
    std::int64_t offset = 0;
    for (int copy = 0; copy < 4; ++copy)
        for (const auto& ann : anns) {
            std::string stem = ann.stem().string();
            stem = stem.substr(0, stem.rfind('_'));
            const std::string t = readFile(dir / "text" / (stem + ".txt")) + "\n\n";
            for (auto a : readAnn(ann)) {
                auto shift = [&](Span& s) { s.start += offset; s.end += offset; };
                if (a.source)
                    shift(*a.source);
                if (a.cue)
                    shift(*a.cue);
                shift(a.content);
                raws.push_back(a);
            }
            doc.text += t;
            offset += text::codePointCount(t);
        }
    const text::OffsetMap map(doc.text);
    doc.body = {0, map.codePointCount()};
    // Processor time: the machine is shared, so wall time says little.
    const std::clock_t start = std::clock();
    Analysis analysis;
    extract::resolveSpeakers(doc, text::AnnotatedText(doc.text, map, doc.body), raws, analysis);
    const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    std::printf("long document: %.1f MB, %zu attributions, %zu speakers, %.3f s CPU, %.1f MB/s\n",
                doc.text.size() / 1e6, raws.size(), analysis.speakers.size(), seconds,
                doc.text.size() / 1e6 / seconds);
    EXPECT_EQ(analysis.claims.size(), raws.size());
}

}  // namespace
}  // namespace claimdesk::testing
