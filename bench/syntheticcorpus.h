#pragma once

// A generator of news-like articles for benchmarks: attributed quotes,
// indirect speech, figures and dates, in varying order, reproducible from
// a seed. No third-party text is copied.

#include <cstddef>
#include <string>

namespace claimdesk::bench {

// About `bytes` of article text (UTF-8), from `seed`.
std::string syntheticArticle(std::size_t bytes, unsigned seed);

}  // namespace claimdesk::bench
