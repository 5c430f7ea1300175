#pragma once

// The word lists the layout reader works with, loaded once from
// data/lexicons/ (layout_stopwords, layout_furniture, layout_credits,
// layout_roles, layout_months, outlets, outlet_signatures) into lookup
// structures. A missing file throws std::runtime_error (see
// text::lexicon).

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimdesk::ingest::layout {

enum class FurnitureRole { Furniture, End };

struct FurniturePhrase {
    std::string phrase;  // lowercase
    FurnitureRole role = FurnitureRole::Furniture;
};

struct Outlet {
    std::string name;                  // as the outlet writes it
    std::vector<std::string> aliases;  // names, the first being `name`
    std::vector<std::string> domains;  // lowercase
};

struct OutletSignature {
    std::string outlet;
    bool prefixLabels = true;  // "Label: text" (else the label alone)
    int minLabels = 1;
    std::vector<std::string> labels;
};

struct LayoutLexicons {
    std::unordered_set<std::string> stopwords;
    std::unordered_map<std::string, FurnitureRole> wholeLines;
    std::vector<FurniturePhrase> prefixes;
    std::vector<FurniturePhrase> contained;
    std::vector<std::string> credits;
    std::unordered_set<std::string> roles;
    std::unordered_map<std::string, int> months;
    std::vector<Outlet> outlets;
    std::vector<OutletSignature> signatures;

    bool isStopword(std::string_view lowerWord) const;
    // 1..12, or 0 when `word` (any case, trailing period allowed) is no month.
    int month(std::string_view word) const;
    bool isRole(std::string_view word) const;
};

const LayoutLexicons& layoutLexicons();

// ASCII lowercase (other bytes unchanged).
std::string asciiLower(std::string_view s);

}  // namespace claimdesk::ingest::layout
