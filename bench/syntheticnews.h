#pragma once

// A synthetic news stream for scale benchmarks and fault tests: stories
// (one per ten articles, so a big corpus is many stories, as a month of
// news is), each reported by several outlets that quote the same people,
// paraphrase them, round or dispute the same figures and add their own
// background. Each story has words of its own (a place, people, things
// made from syllables), so linking has real candidates to find and real
// noise to ignore. Reproducible from (index, total, seed); no third-party
// text is copied.

#include <cstddef>
#include <string>

namespace claimdesk::bench {

struct SyntheticNews {
    std::string fileName;  // "<outlet>-<story>-<n>.txt"
    std::string text;      // about 4 KB, UTF-8
    std::size_t story = 0;
};

// Article `index` of a stream of `total`.
SyntheticNews syntheticNews(std::size_t index, std::size_t total, unsigned seed = 1);

}  // namespace claimdesk::bench
