#include "core/domain/figures.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/text/lexicon.h"

namespace claimdesk {
namespace {

constexpr double kApproximate = 0.15;   // tolerance of a hedged figure
constexpr double kOpenBound = 3.0;      // reach of "at least" / "up to"
constexpr double kVague = 5.0;          // reach of "dozens", "hundreds"

bool same(std::optional<double> a, double b) { return a && std::fabs(*a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

std::string formatNumber(double value) {
    char buffer[64];
    const double rounded = std::round(value);
    if (std::fabs(value - rounded) > 1e-9) {
        std::snprintf(buffer, sizeof buffer, "%.6g", value);
        return buffer;
    }
    std::snprintf(buffer, sizeof buffer, "%.0f", std::fabs(rounded));
    std::string digits = buffer;
    std::string out;
    const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out.append(digits, 0, lead);
    for (std::size_t i = lead; i < digits.size(); i += 3) {
        out.push_back(',');
        out.append(digits, i, 3);
    }
    return rounded < 0 ? "-" + out : out;
}

std::string folded(std::string unit) {
    for (char& ch : unit)
        if (ch >= 'A' && ch <= 'Z')
            ch = static_cast<char>(ch - 'A' + 'a');
    if (unit.size() > 3 && unit.back() == 's')
        unit.pop_back();
    return unit;
}

// The comparison group of each unit word (data/lexicons/quantity-units.txt:
// word, class, group).
const text::WordMap<std::string>& unitGroups() {
    static const text::WordMap<std::string> groups = [] {
        text::WordMap<std::string> out;
        for (const auto& entry : text::lexicon("quantity-units"))
            if (entry.fields.size() > 1 && !entry.fields[1].empty())
                out[entry.key] = entry.fields[1];
        return out;
    }();
    return groups;
}

std::string unitGroup(const std::string& unit) {
    const auto& groups = unitGroups();
    std::string lower = unit;
    for (char& ch : lower)
        if (ch >= 'A' && ch <= 'Z')
            ch = static_cast<char>(ch - 'A' + 'a');
    const auto it = groups.find(lower);
    return it == groups.end() ? std::string() : it->second;
}

}  // namespace

QuantityInterval plausibleRange(const Quantity& q) {
    const double widen = q.approximate ? kApproximate : 0.0;
    if (q.value) {
        const double v = *q.value;
        // "about 5" reaches 4 and 6: a hedge is never narrower than one.
        const double reach = q.approximate ? std::max(v * widen, 1.0) : 0.0;
        if (same(q.low, v) && !q.high)
            return {v - reach, v * kOpenBound};
        if (same(q.high, v) && !q.low)
            return {v / kOpenBound, v + reach};
        return {v - reach, v + reach};
    }
    if (q.low && q.high)
        return {*q.low * (1 - widen), *q.high * (1 + widen)};
    if (q.low)
        return {*q.low, *q.low * (q.approximate ? kVague : kOpenBound)};
    if (q.high)
        return {*q.high / kOpenBound, *q.high * (1 + widen)};
    return {0, 0, true};
}

bool compatible(const Quantity& a, const Quantity& b) {
    const QuantityInterval x = plausibleRange(a);
    const QuantityInterval y = plausibleRange(b);
    if (x.unbounded || y.unbounded)
        return true;
    const double slack = 1e-9 * std::max({1.0, std::fabs(x.high), std::fabs(y.high)});
    return x.low <= y.high + slack && y.low <= x.high + slack;
}

bool sameUnit(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty())
        return true;
    const std::string fa = folded(a);
    const std::string fb = folded(b);
    if (fa == fb)
        return true;
    const std::string ga = unitGroup(a);
    return !ga.empty() && ga == unitGroup(b);
}

bool differentUnits(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty() || sameUnit(a, b))
        return false;
    return !unitGroup(a).empty() && !unitGroup(b).empty();
}

std::string describe(const Quantity& q) {
    const std::string tilde = q.approximate ? "~" : "";
    if (q.value) {
        const double v = *q.value;
        if (same(q.low, v) && !q.high)
            return "\xE2\x89\xA5 " + tilde + formatNumber(v);
        if (same(q.high, v) && !q.low)
            return "\xE2\x89\xA4 " + tilde + formatNumber(v);
        return tilde + formatNumber(v);
    }
    if (q.low && q.high)
        return tilde + formatNumber(*q.low) + "\xE2\x80\x93" + formatNumber(*q.high);
    std::string words;
    for (char ch : q.text.text)
        words.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
    if (q.low)
        return words.empty() ? "\xE2\x89\xA5 " + formatNumber(*q.low)
                             : words + " (\xE2\x89\xA5 " + formatNumber(*q.low) + ")";
    if (q.high)
        return words.empty() ? "\xE2\x89\xA4 " + formatNumber(*q.high)
                             : words + " (\xE2\x89\xA4 " + formatNumber(*q.high) + ")";
    return words.empty() ? "(no figure)" : words + " (no figure)";
}

}  // namespace claimdesk
