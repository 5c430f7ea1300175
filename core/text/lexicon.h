#pragma once

// Word lists kept as data files under data/lexicons/ so an analyst can
// extend them: one entry per line, '#' starts a comment, blank lines are
// ignored. An entry may carry tab-separated fields ("fall\tFA").

#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

namespace claimdesk::text {

struct LexiconEntry {
    std::string key;                  // the first field
    std::vector<std::string> fields;  // the remaining fields, possibly none
};

// The folder lexicons are read from: $CLAIMDESK_DATA_DIR if set, else
// ../share/claimdesk from the running executable's folder. That is
// <prefix>/share/claimdesk when installed; in a build tree CMake links
// build/share/claimdesk (and build/tests/share/claimdesk) to the source
// tree's data/, so a build runs on the lexicons being edited. Throws
// std::runtime_error when the executable's path cannot be read.
std::filesystem::path dataDirectory();

// Loads data/lexicons/<name>.txt once per process and returns its entries
// in file order. A missing file is a fatal installation error: it throws
// std::runtime_error naming the file (caught at the executable's top).
const std::vector<LexiconEntry>& lexicon(const std::string& name);

// The keys of a lexicon as a set, built once per process: for word lists
// that are only asked "is this word in it?".
const std::unordered_set<std::string>& lexiconWords(const std::string& name);

}  // namespace claimdesk::text
