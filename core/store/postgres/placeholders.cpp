#include "core/store/postgres/placeholders.h"

#include <algorithm>
#include <cctype>

namespace claimdesk::store::postgres {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

// Index just past a quoted run that starts at `i` with `quote`; a doubled
// quote inside is the quote itself.
std::size_t skipQuoted(std::string_view sql, std::size_t i, char quote) {
    for (++i; i < sql.size(); ++i) {
        if (sql[i] != quote)
            continue;
        if (i + 1 < sql.size() && sql[i + 1] == quote) {
            ++i;
            continue;
        }
        return i + 1;
    }
    return sql.size();
}

// A dollar-quoted body ($$...$$ or $tag$...$tag$, plpgsql functions) at
// `i`, or npos when `i` does not open one.
std::size_t skipDollarQuoted(std::string_view sql, std::size_t i) {
    std::size_t tagEnd = i + 1;
    while (tagEnd < sql.size() && isWordChar(sql[tagEnd]) && !isDigit(sql[i + 1]))
        ++tagEnd;
    if (tagEnd >= sql.size() || sql[tagEnd] != '$')
        return std::string_view::npos;
    const std::string_view tag = sql.substr(i, tagEnd - i + 1);
    const std::size_t close = sql.find(tag, tagEnd + 1);
    return close == std::string_view::npos ? sql.size() : close + tag.size();
}

}  // namespace

PostgresSql toPostgresPlaceholders(std::string_view sql) {
    PostgresSql out;
    out.text.reserve(sql.size() + 8);
    std::size_t i = 0;
    auto copyTo = [&](std::size_t end) {
        out.text.append(sql.substr(i, end - i));
        i = end;
    };
    while (i < sql.size()) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            copyTo(skipQuoted(sql, i, c));
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const std::size_t eol = sql.find('\n', i);
            copyTo(eol == std::string_view::npos ? sql.size() : eol);
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            const std::size_t close = sql.find("*/", i + 2);
            copyTo(close == std::string_view::npos ? sql.size() : close + 2);
        } else if (c == '$' && (i == 0 || !isWordChar(sql[i - 1])) &&
                   skipDollarQuoted(sql, i) != std::string_view::npos) {
            copyTo(skipDollarQuoted(sql, i));
        } else if (c == '?') {
            std::size_t end = i + 1;
            while (end < sql.size() && isDigit(sql[end]))
                ++end;
            const int number = end > i + 1 ? std::stoi(std::string(sql.substr(i + 1, end - i - 1)))
                                           : out.parameterCount + 1;
            out.parameterCount = std::max(out.parameterCount, number);
            out.text += '$';
            out.text += std::to_string(number);
            i = end;
        } else {
            out.text += c;
            ++i;
        }
    }
    return out;
}

}  // namespace claimdesk::store::postgres
