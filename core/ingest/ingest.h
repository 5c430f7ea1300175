#pragma once

// Reading articles from files: plain text, HTML and PDF become a Document
// with its reading text, its source metadata and the span of its body.
// Every error message starts with the file's path and says what is wrong.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/document.h"
#include "core/domain/result.h"

namespace claimdesk::ingest {

struct IngestOptions {
    // Publication date (YYYY-MM-DD) for articles that carry none.
    std::optional<std::string> defaultPublished;

    // Per-document limits. An article past one is refused with one line
    // naming the file, the limit and where it was passed, before any step
    // whose cost grows with it runs (docs/reliability.md has the reasons).
    // Files larger than this are refused before they are read.
    std::size_t maxFileBytes = 50u * 1024u * 1024u;
    // The reading text (what extraction reads), in bytes: about five times
    // a long book, a hundred times a long article.
    std::size_t maxTextBytes = 4u * 1024u * 1024u;
    // The longest run of text without white space, in code points (a URL
    // with its query, a table row glued together, a CJK paragraph).
    std::size_t maxWordLength = 10000;
    // How deep an HTML page's elements may nest (browsers stop at 512).
    std::size_t maxHtmlDepth = 1000;
    // Reading plus extraction time; checked between their steps, each of
    // which the limits above keep short (core/pipeline applies it).
    double maxAnalysisSeconds = 60.0;
};

// Reads and parses one article file. `ingestedAt` is left empty for the
// caller (who owns the clock) to fill.
Result<Document> loadFile(const std::filesystem::path& path, const IngestOptions& options = {});

// Parses article bytes already in memory; `name` is used in messages and
// as the document's file name.
Result<Document> loadBytes(std::string bytes, const std::string& name, const IngestOptions& options = {});

// The article files named by `paths`: files as given, folders searched
// recursively for .txt, .text, .html, .htm, .xhtml and .pdf files, in a
// stable order. A missing path, a folder without articles and a folder that
// cannot be read (named, with the reason; the folders beside it are still
// searched) are errors.
struct CollectedPaths {
    std::vector<std::filesystem::path> files;
    std::vector<std::string> errors;
};
CollectedPaths collectArticles(const std::vector<std::string>& paths);

}  // namespace claimdesk::ingest
