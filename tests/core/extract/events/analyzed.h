#pragma once

// Runs the whole extractor over a plain-text article written in a test.

#include <string>

#include "core/extract/extractor.h"
#include "core/ingest/ingest.h"

namespace claimdesk::testing {

struct Analyzed {
    Document document;
    Analysis analysis;
};

inline Analyzed analyzeText(const std::string& text) {
    auto doc = ingest::loadBytes(text, "article.txt");
    Analyzed out{*doc, {}};
    out.analysis = extract::analyzeDocument(out.document);
    return out;
}

// The claim whose content contains `words`, or nullptr.
inline const Claim* claimWith(const Analysis& a, const std::string& words) {
    for (const auto& c : a.claims)
        if (c.content.text.find(words) != std::string::npos)
            return &c;
    return nullptr;
}

}  // namespace claimdesk::testing
