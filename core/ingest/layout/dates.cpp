#include "core/ingest/layout/dates.h"

#include <cstdio>
#include <vector>

#include "core/ingest/layout/lexicons.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"
#include "core/text/words.h"

namespace claimdesk::ingest::layout {
namespace {

bool allDigits(std::string_view s) {
    if (s.empty())
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

// The value of a run of at most four digits (callers check the length: a
// longer run is no part of a date, and its value could overflow).
int number(std::string_view s) {
    int n = 0;
    for (char c : s)
        n = n * 10 + (c - '0');
    return n;
}

// "3", "03", "3rd", "21st".
int dayNumber(std::string_view s) {
    std::size_t digits = 0;
    while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9')
        ++digits;
    if (digits == 0 || digits > 2)
        return 0;
    const std::string_view rest = s.substr(digits);
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th")
        return 0;
    const int d = number(s.substr(0, digits));
    return d >= 1 && d <= 31 ? d : 0;
}

int yearNumber(std::string_view s) {
    // A copy of a page may glue the time to the year: "20252:54 PM".
    if (s.size() > 4) {
        const std::size_t colon = s.find(':');
        if (colon != 5 && colon != 6)
            return 0;
        if (!allDigits(s.substr(4, colon - 4)) || s.size() < colon + 3 || !allDigits(s.substr(colon + 1, 2)))
            return 0;
        s = s.substr(0, 4);
    }
    if (s.size() != 4 || !allDigits(s))
        return 0;
    const int y = number(s);
    return y >= 1900 && y <= 2100 ? y : 0;
}

bool validDay(int y, int m, int d) {
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1])
        return false;
    return !(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

std::optional<std::string> format(int y, int m, int d) {
    if (y == 0 || !validDay(y, m, d))
        return std::nullopt;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
}

// "2025-02-03", "2025/02/03", "03.02.2025", "3.2.2025", "02/03/2025".
std::optional<std::string> numericDate(std::string_view w) {
    char sep = 0;
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= w.size(); ++i) {
        if (i == w.size() || w[i] == '-' || w[i] == '.' || w[i] == '/') {
            if (i < w.size()) {
                if (sep != 0 && w[i] != sep)
                    return std::nullopt;
                sep = w[i];
            }
            parts.push_back(w.substr(start, i - start));
            start = i + 1;
        }
    }
    if (parts.size() != 3)
        return std::nullopt;
    for (auto p : parts)
        if (!allDigits(p))
            return std::nullopt;
    if (parts[0].size() == 4) {
        if (parts[1].size() > 2 || parts[2].size() > 2)
            return std::nullopt;
        return format(yearNumber(parts[0]), number(parts[1]), number(parts[2]));
    }
    if (parts[2].size() != 4 || parts[0].size() > 2 || parts[1].size() > 2)
        return std::nullopt;
    const int a = number(parts[0]);
    const int b = number(parts[1]);
    const int y = yearNumber(parts[2]);
    if (sep == '/' && a <= 12)  // the American order, unless the first can only be a day
        return format(y, a, b);
    return format(y, b, a);
}

}  // namespace

std::optional<std::string> findDate(std::string_view line) {
    const LayoutLexicons& lex = layoutLexicons();
    const std::vector<text::SpacedWord> words = text::spacedWords(line);
    auto word = [&](std::size_t i) { return line.substr(words[i].begin, words[i].end - words[i].begin); };
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = word(i);
        if (auto d = numericDate(w))
            return d;
        if (i + 2 < words.size()) {
            if (const int m = lex.month(w)) {
                const int d = dayNumber(word(i + 1));
                const int y = yearNumber(word(i + 2));
                if (d && y)
                    if (auto r = format(y, m, d))
                        return r;
            }
            if (const int d = dayNumber(w)) {
                const int m = lex.month(word(i + 1));
                const int y = yearNumber(word(i + 2));
                if (m && y)
                    if (auto r = format(y, m, d))
                        return r;
            }
        }
    }
    return std::nullopt;
}

bool isRelativeTime(std::string_view line) {
    const std::vector<text::SpacedWord> words = text::spacedWords(line);
    if (words.size() < 2 || words.size() > 5)
        return false;
    auto word = [&](std::size_t i) { return asciiLower(line.substr(words[i].begin, words[i].end - words[i].begin)); };
    if (word(words.size() - 1) != "ago")
        return false;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        const std::string w = word(i);
        for (std::string_view unit : {"sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr",
                                      "hrs", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
                                      "h", "m", "d"})
            if (w == unit)
                return true;
    }
    return false;
}

bool hasClockTime(std::string_view line) {
    auto digit = [&](std::size_t i) { return line[i] >= '0' && line[i] <= '9'; };
    for (std::size_t i = 1; i + 2 < line.size(); ++i)
        if (line[i] == ':' && digit(i - 1) && digit(i + 1) && digit(i + 2) && (i + 3 == line.size() || !digit(i + 3)))
            return true;
    return false;
}

}  // namespace claimdesk::ingest::layout
