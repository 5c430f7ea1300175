#pragma once

// Store SQL numbers its parameters the SQLite way (?, ?N); PostgreSQL
// takes $N. The rewrite leaves string literals, quoted names, comments and
// dollar-quoted bodies alone, so a '?' inside them is text, not a
// parameter.

#include <string>
#include <string_view>

namespace claimdesk::store::postgres {

struct PostgresSql {
    std::string text;        // with $1, $2, ...
    int parameterCount = 0;  // the highest parameter number used
};

// A bare ? takes the number after the highest one used so far (SQLite's
// rule), ?N keeps N.
PostgresSql toPostgresPlaceholders(std::string_view sql);

}  // namespace claimdesk::store::postgres
