#include "projectfixture.h"

#include <stdexcept>

#include "core/pipeline/ingestion.h"
#include "core/text/utf8.h"
#include "testsupport.h"

namespace claimdesk::testing {

Span spanOf(const std::string& text, const std::string& needle, std::size_t from) {
    const std::size_t at = text.find(needle, from);
    if (at == std::string::npos)
        throw std::logic_error("fixture text lacks: " + needle);
    const std::int64_t start = text::codePointCount(std::string_view(text).substr(0, at));
    return {start, start + text::codePointCount(needle)};
}

TextSpan textSpanOf(const std::string& text, const std::string& needle, std::size_t from) {
    return {spanOf(text, needle, from), needle};
}

namespace {

Document makeDocument(const std::string& name, const std::string& outlet, const std::string& title,
                      const std::string& published, const std::string& text, const std::string& bodyStart,
                      const std::string& bodyEnd) {
    Document d;
    d.fileName = name;
    d.filePath = "/fixtures/" + name;
    d.text = text;
    d.original = text;
    d.sha256 = std::string(64 - name.size(), '0') + name;
    d.source.outlet = outlet;
    d.source.title = title;
    d.source.published = published;
    d.body = {spanOf(text, bodyStart).start, spanOf(text, bodyEnd).end};
    d.ingestedAt = "2025-03-06T09:00:00Z";
    return d;
}

Claim makeClaim(const std::string& text, std::int64_t speaker, ClaimKind kind, const std::string& content,
                const std::string& cue, const std::string& mention) {
    Claim c;
    c.speakerIndex = speaker;
    c.kind = kind;
    c.content = textSpanOf(text, content);
    if (!cue.empty())
        c.cue = textSpanOf(text, cue, mention.empty() ? text.find(content) : text.find(mention));
    if (!mention.empty())
        c.speakerMention = textSpanOf(text, mention);
    return c;
}

}  // namespace

SmallProject writeSmallProject(store::ProjectStore& store) {
    SmallProject project;
    {
        const std::string text =
            "Harbour Gazette | Local news\n"
            "Bridge to reopen in March\n"
            "Mayor Ana Lind said the bridge would reopen on 5 March. "
            "\xF0\x9F\x8C\x89 \xE2\x80\x9CWe have 300 workers on site,\xE2\x80\x9D Lind said. "
            "The council said costs rose to 4 million euros.\n"
            "Subscribe to our newsletter.\n";
        Document d = makeDocument("harbour.txt", "Harbour Gazette", "Bridge to reopen in March", "2025-03-05", text,
                                  "Bridge to reopen", "4 million euros.");
        Analysis a;
        Speaker lind{0, "Ana Lind", SpeakerKind::Person, "Mayor", {textSpanOf(text, "Mayor Ana Lind"), textSpanOf(text, "Lind said.")}, ""};
        lind.mentions[1] = textSpanOf(text, "Lind", text.find("Lind said."));
        Speaker council{0, "the council", SpeakerKind::Organization, "", {textSpanOf(text, "The council")}, ""};
        a.speakers = {lind, council};
        a.claims.push_back(makeClaim(text, 0, ClaimKind::Indirect, "the bridge would reopen on 5 March", "said",
                                     "Mayor Ana Lind"));
        Claim workers = makeClaim(text, 0, ClaimKind::Direct, "We have 300 workers on site", "said", "");
        workers.speakerMention = textSpanOf(text, "Lind", text.find("Lind said."));
        Quantity q;
        q.text = textSpanOf(text, "300 workers");
        q.value = 300;
        q.unit = "workers";
        workers.quantities.push_back(q);
        a.claims.push_back(workers);
        a.claims.push_back(
            makeClaim(text, 1, ClaimKind::Indirect, "costs rose to 4 million euros", "said", "The council"));
        a.timexes.push_back({textSpanOf(text, "5 March"), "DATE", "2025-03-05", ""});
        auto added = store.addDocument(d, a);
        if (!added)
            throw std::runtime_error(added.error());
        project.harbour = added->id;
    }
    {
        const std::string text =
            "River Post\n"
            "The mayor, Ana Lind, told reporters the bridge would open in April. "
            "Engineers said the repair needs 200 workers.\n";
        Document d = makeDocument("river.txt", "River Post", "", "2025-03-06", text, "The mayor", "200 workers.");
        Analysis a;
        a.speakers = {{0, "Ana Lind", SpeakerKind::Person, "Mayor", {textSpanOf(text, "Ana Lind")}, ""},
                      {0, "Engineers", SpeakerKind::Group, "", {textSpanOf(text, "Engineers")}, ""}};
        a.claims.push_back(
            makeClaim(text, 0, ClaimKind::Indirect, "the bridge would open in April", "told", "Ana Lind"));
        a.claims.push_back(makeClaim(text, 1, ClaimKind::Indirect, "the repair needs 200 workers", "said", "Engineers"));
        auto added = store.addDocument(d, a);
        if (!added)
            throw std::runtime_error(added.error());
        project.river = added->id;
    }
    return project;
}

std::int64_t writeManyClaims(store::ProjectStore& store, int claims) {
    std::string text = "Long Read\n";
    Analysis a;
    const char* names[] = {"Ada Berg", "Ben Cole", "Cara Dunn"};
    for (const char* n : names)
        a.speakers.push_back({0, n, SpeakerKind::Person, "", {}, ""});
    for (int i = 0; i < claims; ++i) {
        const std::string speaker = names[i % 3];
        const std::string content = "item " + std::to_string(i) + " is true";
        const std::size_t at = text.size();
        text += speaker + " said " + content + ". ";
        Claim c;
        c.speakerIndex = i % 3;
        c.content = textSpanOf(text, content, at);
        c.speakerMention = textSpanOf(text, speaker, at);
        a.speakers[static_cast<std::size_t>(i % 3)].mentions.push_back(*c.speakerMention);
        a.claims.push_back(c);
    }
    Document d = makeDocument("long.txt", "Long Outlet", "Long Read", "2025-01-01", text, "Long Read", "Long Read");
    d.body = {0, text::codePointCount(text)};
    auto added = store.addDocument(d, a);
    if (!added)
        throw std::runtime_error(added.error());
    return added->id;
}

}  // namespace claimdesk::testing

namespace claimdesk::testing {

bool writeDemoProject(const std::string& path) {
    auto store = store::ProjectStore::open(path);
    if (!store)
        return false;
    const auto report = pipeline::ingestPaths(*store, {demoCorpusDir().string()}, {}, [] { return fixedTime(); });
    return !report.anyFailed();
}

}  // namespace claimdesk::testing
