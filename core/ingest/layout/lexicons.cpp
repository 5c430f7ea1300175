#include "core/ingest/layout/lexicons.h"

#include <algorithm>
#include <cstdlib>

#include "core/text/lexicon.h"

namespace claimdesk::ingest::layout {
namespace {

FurnitureRole roleOf(const std::string& field) {
    return field == "end" ? FurnitureRole::End : FurnitureRole::Furniture;
}

LayoutLexicons load() {
    LayoutLexicons lex;
    for (const auto& e : text::lexicon("layout-stopwords"))
        lex.stopwords.insert(asciiLower(e.key));
    for (const auto& e : text::lexicon("layout-furniture")) {
        const FurnitureRole role = e.fields.empty() ? FurnitureRole::Furniture : roleOf(e.fields[0]);
        const std::string match = e.fields.size() > 1 ? e.fields[1] : "line";
        std::string phrase = asciiLower(e.key);
        if (match == "prefix")
            lex.prefixes.push_back({std::move(phrase), role});
        else if (match == "contains")
            lex.contained.push_back({std::move(phrase), role});
        else
            lex.wholeLines.emplace(std::move(phrase), role);
    }
    for (const auto& e : text::lexicon("layout-credits"))
        lex.credits.push_back(asciiLower(e.key));
    for (const auto& e : text::lexicon("layout-roles"))
        lex.roles.insert(asciiLower(e.key));
    for (const auto& e : text::lexicon("months"))
        if (!e.fields.empty())
            lex.months.emplace(asciiLower(e.key), std::atoi(e.fields[0].c_str()));
    for (const auto& e : text::lexicon("layout-outlets")) {
        Outlet outlet;
        outlet.name = e.key;
        outlet.aliases.push_back(e.key);
        for (const auto& f : e.fields) {
            if (f.empty())
                continue;
            if (f.find('.') != std::string::npos && f.find(' ') == std::string::npos &&
                asciiLower(f) == f)
                outlet.domains.push_back(f);
            else
                outlet.aliases.push_back(f);
        }
        for (const auto& alias : outlet.aliases)
            lex.outletNames.insert(alias);
        lex.outlets.push_back(std::move(outlet));
    }
    for (const auto& e : text::lexicon("layout-outlet-signatures")) {
        if (e.fields.size() < 3)
            continue;
        OutletSignature sig;
        sig.outlet = e.key;
        sig.prefixLabels = e.fields[0] != "line";
        sig.minLabels = std::max(1, std::atoi(e.fields[1].c_str()));
        sig.labels.assign(e.fields.begin() + 2, e.fields.end());
        lex.signatures.push_back(std::move(sig));
    }
    return lex;
}

}  // namespace

std::string asciiLower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + ('a' - 'A'));
    return out;
}

std::string_view asciiLower(std::string_view s, char* buffer, std::size_t size) {
    if (s.size() > size)
        return {};
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
    }
    return {buffer, s.size()};
}

bool LayoutLexicons::isStopword(std::string_view word) const {
    char buffer[16];
    const std::string_view lower = asciiLower(word, buffer, sizeof buffer);
    return !lower.empty() && stopwords.find(lower) != stopwords.end();
}

int LayoutLexicons::month(std::string_view word) const {
    if (!word.empty() && word.back() == '.')
        word.remove_suffix(1);
    if (word.size() < 3 || word.size() > 9)
        return 0;
    char buffer[16];
    auto it = months.find(asciiLower(word, buffer, sizeof buffer));
    return it == months.end() ? 0 : it->second;
}

bool LayoutLexicons::isRole(std::string_view word) const {
    char buffer[32];
    const std::string_view lower = asciiLower(word, buffer, sizeof buffer);
    return !lower.empty() && roles.find(lower) != roles.end();
}

bool LayoutLexicons::isOutletName(std::string_view name) const {
    return outletNames.find(name) != outletNames.end();
}

const LayoutLexicons& layoutLexicons() {
    static const LayoutLexicons lexicons = load();
    return lexicons;
}

}  // namespace claimdesk::ingest::layout
