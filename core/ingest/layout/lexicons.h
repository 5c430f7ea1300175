#pragma once

// The word lists the layout reader works with, loaded once from
// data/lexicons/ (layout-stopwords, layout-furniture, layout-credits,
// layout-roles, months, layout-outlets, layout-outlet-signatures) into lookup
// structures. A missing file throws std::runtime_error (see
// text::lexicon).

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimdesk::ingest::layout {

// Lets the word lists be searched with a string_view, without a copy.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

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
    StringSet stopwords;
    StringMap<FurnitureRole> wholeLines;
    std::vector<FurniturePhrase> prefixes;
    std::vector<FurniturePhrase> contained;
    std::vector<std::string> credits;
    StringSet roles;
    StringMap<int> months;
    std::vector<Outlet> outlets;
    std::vector<OutletSignature> signatures;

    // `word` in any case (ASCII letters are compared case-blind).
    bool isStopword(std::string_view word) const;
    // 1..12, or 0 when `word` (any case, trailing period allowed) is no month.
    int month(std::string_view word) const;
    bool isRole(std::string_view word) const;
    // Whether `name` is one of the outlets' names exactly.
    bool isOutletName(std::string_view name) const;

    StringSet outletNames;
};

const LayoutLexicons& layoutLexicons();

// ASCII lowercase (other bytes unchanged).
std::string asciiLower(std::string_view s);
// The same into `buffer` when `s` fits (else nullopt-like empty view).
std::string_view asciiLower(std::string_view s, char* buffer, std::size_t size);

}  // namespace claimdesk::ingest::layout
