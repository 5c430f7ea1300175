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
    // Files larger than this are refused before they are read.
    std::size_t maxFileBytes = 50u * 1024u * 1024u;
};

// Reads and parses one article file. `ingestedAt` is left empty for the
// caller (who owns the clock) to fill.
Result<Document> loadFile(const std::filesystem::path& path, const IngestOptions& options = {});

// Parses article bytes already in memory; `name` is used in messages and
// as the document's file name.
Result<Document> loadBytes(std::string bytes, const std::string& name, const IngestOptions& options = {});

// The article files named by `paths`: files as given, folders searched
// recursively for .txt, .text, .html, .htm, .xhtml and .pdf files, in a
// stable order. A missing path or a folder without articles is an error.
struct CollectedPaths {
    std::vector<std::filesystem::path> files;
    std::vector<std::string> errors;
};
CollectedPaths collectArticles(const std::vector<std::string>& paths);

}  // namespace claimdesk::ingest
