#include "devhelpers.h"

#include <cctype>
#include <set>

#include "core/text/fold.h"

namespace claimdesk::testing {
namespace {

const std::set<std::string> kTitles = {
    "president", "colonel", "general", "commander", "commanderinchief", "chief", "minister", "foreign",
    "defense", "defence", "spy", "mr", "mrs", "ms", "dr", "ukraine", "ukraines", "ukrainian", "the", "of", "s",
    "fm", "ambassador", "spokesperson", "head", "top", "intelligence", "military"};
const std::set<std::string> kStop = {"the", "of", "and", "s", "a", "an", "in", "for"};

bool wordByte(unsigned char c) { return c >= 0x80 || std::isalnum(c) || c == '_'; }

std::vector<std::string> tokens(const std::string& name) {
    std::string s = text::foldCase(name);
    // "'s" at a word end goes, other punctuation becomes a space.
    std::string t;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\'' && i + 1 < s.size() && s[i + 1] == 's' && (i + 2 >= s.size() || !wordByte(s[i + 2]))) {
            ++i;
            continue;
        }
        t += wordByte(static_cast<unsigned char>(s[i])) ? s[i] : ' ';
    }
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        if (cur.empty())
            return;
        if (cur.size() > 2 && (cur.ends_with("yy") || cur.ends_with("iy")))
            cur = cur.substr(0, cur.size() - 2) + "y";
        out.push_back(cur);
        cur.clear();
    };
    for (char c : t) {
        if (c == ' ')
            flush();
        else
            cur += c;
    }
    flush();
    return out;
}

}  // namespace

bool scorerNameMatches(const std::vector<std::string>& predicted, const std::vector<std::string>& goldNames,
                       bool person) {
    for (const auto& p : predicted) {
        const auto pt = tokens(p);
        if (pt.empty())
            continue;
        for (const auto& g : goldNames) {
            const auto gt = tokens(g);
            if (gt.empty())
                continue;
            if (pt == gt)
                return true;
            if (person) {
                std::vector<std::string> pc, gc;
                for (const auto& x : pt)
                    if (!kTitles.count(x))
                        pc.push_back(x);
                for (const auto& x : gt)
                    if (!kTitles.count(x))
                        gc.push_back(x);
                if (!pc.empty() && !gc.empty() && pc.back() == gc.back() && pc.back().size() > 2)
                    return true;
            } else {
                std::set<std::string> ps, gs;
                for (const auto& x : pt)
                    if (!kStop.count(x))
                        ps.insert(x);
                for (const auto& x : gt)
                    if (!kStop.count(x))
                        gs.insert(x);
                auto subset = [](const std::set<std::string>& a, const std::set<std::string>& b) {
                    for (const auto& x : a)
                        if (!b.count(x))
                            return false;
                    return true;
                };
                if (!ps.empty() && !gs.empty() && (subset(ps, gs) || subset(gs, ps)))
                    return true;
            }
        }
    }
    return false;
}

}  // namespace claimdesk::testing
