#pragma once

// One reading of a text, made once and shared by every finder: the tokens
// and pieces of tokens.h, and the quotations, sentences, clauses and
// paragraphs of structure.h, with the questions finders ask of them
// ("which sentence holds this offset?", "is it quoted?"). The extractor
// makes one per document body and hands it to every finder.
//
// It keeps a view of the text it reads: the text must outlive it. Offsets
// are code points into that text; the annotated region is a part of it (a
// document's body) or all of it. Building it is linear in the region;
// throws std::runtime_error only when a core/text word list is missing.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/domain/span.h"
#include "core/text/structure.h"
#include "core/text/tokens.h"
#include "core/text/utf8.h"

namespace claimdesk::text {

class AnnotatedText {
public:
    // The region `region` (code points, clamped to the text) of `text`;
    // `map` is the text's offset map, which the caller usually has already.
    AnnotatedText(std::string_view text, const OffsetMap& map, Span region);
    AnnotatedText(std::string_view text, Span region);
    // All of `text`.
    explicit AnnotatedText(std::string_view text);

    AnnotatedText(const AnnotatedText&) = delete;
    AnnotatedText& operator=(const AnnotatedText&) = delete;
    AnnotatedText(AnnotatedText&&) noexcept = default;
    AnnotatedText& operator=(AnnotatedText&&) noexcept = default;

    std::string_view text() const { return m_stream.document(); }
    Span region() const { return m_stream.region(); }
    const TokenStream& stream() const { return m_stream; }
    const std::vector<Token>& tokens() const { return m_stream.tokens(); }
    const std::vector<Piece>& pieces() const { return m_stream.pieces(); }
    const Structure& structure() const { return m_structure; }
    const std::vector<Quotation>& quotations() const { return m_structure.quotations; }
    const std::vector<Sentence>& sentences() const { return m_structure.sentences; }
    const std::vector<Clause>& clauses() const { return m_structure.clauses; }

    // Per token: its sentence, clause, paragraph, and innermost quotation (-1: none).
    std::size_t sentenceOf(std::size_t token) const { return m_structure.sentenceOf[token]; }
    std::size_t clauseOf(std::size_t token) const { return m_structure.clauseOf[token]; }
    std::size_t paragraphOf(std::size_t token) const { return m_structure.paragraphOf[token]; }
    int quotationOf(std::size_t token) const { return m_structure.quotationOf[token]; }

    // Code-point spans of token ranges.
    Span span(std::size_t beginToken, std::size_t endToken) const;
    Span sentenceSpan(std::size_t sentence) const;
    Span clauseSpan(std::size_t clause) const;

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    // The token holding document offset `offset`, or npos (whitespace, or
    // outside the region).
    std::size_t tokenAt(std::int64_t offset) const;
    // The sentence / clause whose span holds `offset`, or npos.
    std::size_t sentenceAt(std::int64_t offset) const;
    std::size_t clauseAt(std::int64_t offset) const;
    // Whether `offset` lies between the marks of a quotation.
    bool quoted(std::int64_t offset) const;

    // The text between two offsets (clamped to the region).
    std::string_view slice(Span span) const { return m_stream.slice(span); }

private:
    TokenStream m_stream;
    Structure m_structure;
};

}  // namespace claimdesk::text
