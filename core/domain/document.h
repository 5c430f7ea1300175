#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/span.h"

namespace claimdesk {

// What is known about where an article comes from.
struct Source {
    std::string outlet;                  // "The Kyiv Independent"; empty when unknown
    std::string title;                   // headline; empty when unknown
    std::vector<std::string> authors;
    std::optional<std::string> published;  // ISO date "YYYY-MM-DD"
};

enum class MediaType { PlainText, Html, Pdf };

// One ingested article. `text` is what every span indexes: the file's text
// for plain text, the extracted reading text for HTML and PDF. `original`
// keeps the file's bytes exactly as read.
struct Document {
    std::int64_t id = 0;                 // store id; 0 before it is stored
    std::string fileName;                // base name of the input file
    std::string filePath;                // as given when ingested
    MediaType mediaType = MediaType::PlainText;
    std::string original;                // the file's bytes
    std::string text;                    // UTF-8
    std::string sha256;                  // of `original`, lowercase hex
    Source source;
    Span body;                           // the article proper, boilerplate excluded
    std::string ingestedAt;              // ISO 8601 UTC
};

// What names a document to the analyst: its title; without one, the
// first line of `lead` (the body's opening words) cut at a word to about
// `maxCodePoints` with an ellipsis; without that either, the file name.
std::string displayTitle(const std::string& title, const std::string& lead, const std::string& fileName,
                         std::size_t maxCodePoints = 90);
// The opening of a document's body, as displayTitle takes it.
std::string bodyLead(const Document& document, std::size_t maxCodePoints = 160);

const char* mediaTypeName(MediaType type);  // "text/plain", "text/html", "application/pdf"
std::optional<MediaType> mediaTypeFromName(const std::string& name);

}  // namespace claimdesk
