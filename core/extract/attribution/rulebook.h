#pragma once

// The attribution rule engine shared by rules.cpp (cues and contents),
// sourcephrases.cpp (who: the source phrases) and paragraphforms.cpp
// (labelled, signed, dash-closed and lone quotations). Internal to the
// attribution finder.

#include <cstddef>
#include <optional>
#include <vector>

#include "core/extract/attribution/attributionfinder.h"
#include "core/extract/attribution/lexicons.h"
#include "core/text/annotatedtext.h"

namespace claimdesk::extract::attribution {

using text::Quotation;
using text::Sentence;
using text::Token;

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);
inline constexpr std::size_t kMaxSourceTokens = 22;
// CueFrame by its number, as tokens store it.
inline constexpr CueFrame kFrames[] = {CueFrame::Say,  CueFrame::Tell, CueFrame::Object,
                                       CueFrame::Want, CueFrame::That, CueFrame::Quote};

// A token range [begin, end).
struct Range {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool empty() const { return end <= begin; }
};

// One run of the rules over one document's tokens. Every token belongs to
// at most one attribution (m_used), as in PolNeAR, so earlier rules win:
// labelled and paragraph forms first, then cues in text order, then lone
// quotations.
class Rules {
public:
    explicit Rules(const text::AnnotatedText& body);

    std::vector<RawAttribution> run();

private:
    // Token tests.
    bool word(std::size_t i) const { return i < m_tok.size() && m_tok[i].kind == text::TokenKind::Word; }
    bool word(std::size_t i, const char* w) const { return word(i) && m_tok[i].lower == w; }
    bool punct(std::size_t i, char32_t c) const {
        return i < m_tok.size() && m_tok[i].kind == text::TokenKind::Punct && m_tok[i].first == c;
    }
    bool openMark(std::size_t i) const {
        return i < m_tok.size() && m_tok[i].kind == text::TokenKind::Quote && m_tok[i].quote == text::QuoteRole::Open;
    }
    bool closeMark(std::size_t i) const {
        return i < m_tok.size() && m_tok[i].kind == text::TokenKind::Quote && m_tok[i].quote == text::QuoteRole::Close;
    }
    bool is(WordClass c, std::size_t i) const { return word(i) && (m_info[i].classes & c) != 0; }
    const CueFrame* cueOf(std::size_t i) const {
        return word(i) && m_info[i].cue >= 0 ? &kFrames[static_cast<std::size_t>(m_info[i].cue)] : nullptr;
    }
    bool dash(std::size_t i) const {
        return i < m_tok.size() && m_tok[i].kind == text::TokenKind::Punct &&
               (m_tok[i].first == 0x2014 || m_tok[i].first == 0x2013 || m_tok[i].first == 0x2015 ||
                (m_tok[i].first == U'-' && m_tok[i].spaceBefore));
    }
    bool finalPunct(std::size_t i) const {
        return i < m_tok.size() && m_tok[i].kind == text::TokenKind::Punct &&
               (m_tok[i].first == U'.' || m_tok[i].first == U'!' || m_tok[i].first == U'?' || m_tok[i].first == 0x2026);
    }
    // A full stop that ends its sentence (not the one of "Mr." or "D.C.").
    bool endsHere(std::size_t i) const {
        return finalPunct(i) && (i + 1 >= m_tok.size() || m_st.sentenceOf[i + 1] != m_st.sentenceOf[i] || closeMark(i + 1));
    }
    bool relativePronoun(std::size_t i) const { return word(i, "who") || word(i, "which"); }
    // "after", "before", "ago", "later": a time told from another one.
    bool relativeTimeWord(std::size_t i) const {
        return word(i, "after") || word(i, "before") || word(i, "ago") || word(i, "later");
    }
    bool participle(std::size_t i) const {
        return word(i) && m_tok[i].lower.size() > 4 && m_tok[i].lower.ends_with("ing");
    }
    const Quotation* quoteOpenedAt(std::size_t i) const;
    const Quotation* quoteClosedAt(std::size_t i) const;
    Span span(std::size_t begin, std::size_t end) const { return {m_tok[begin].start, m_tok[end - 1].end}; }
    Span span(Range r) const { return span(r.begin, r.end); }

    // Pieces of the rules.
    std::optional<CueFrame> cueAt(std::size_t i) const;
    Range cueSpan(std::size_t verb, CueFrame frame, std::size_t sentenceBegin, std::size_t sentenceEnd) const;
    std::size_t parenthesisEnd(std::size_t i, std::size_t end) const;
    std::size_t pastRelativeTime(std::size_t j, std::size_t end) const;
    bool closingRelativeTime(std::size_t comma, std::size_t end) const;
    std::size_t skipAdjuncts(std::size_t j, std::size_t end, bool trailing = false) const;
    bool endish(std::size_t j, std::size_t end) const;
    std::size_t phraseStart(std::size_t begin, std::size_t end, std::size_t limit) const;
    bool strongStart(std::size_t i) const;
    bool roleWords(std::size_t b, std::size_t e) const;
    bool speakerLike(Range source) const;
    std::optional<std::size_t> sourceHead(std::size_t begin, std::size_t k, std::size_t end) const;
    std::optional<Range> leftSource(std::size_t begin, std::size_t cueStart) const;
    std::size_t withoutTimeAdjunct(std::size_t head, std::size_t end) const;
    std::optional<Range> rightSource(std::size_t j, std::size_t end) const;
    std::size_t trimEnd(std::size_t begin, std::size_t end) const;
    std::size_t contentEnd(std::size_t begin, std::size_t end, CueFrame frame = CueFrame::Say) const;

    bool tryContentBefore(Range cue, CueFrame frame, const Sentence& s);
    void trailingAttribution(const Sentence& s);
    bool quotationFollows(std::size_t j) const {
        return (punct(j, U',') || punct(j, U':')) && quoteOpenedAt(j + 1) && !quoteOpenedAt(j + 1)->single;
    }
    std::size_t skipRecipient(std::size_t j, std::size_t end, CueFrame frame) const;
    void dashParagraphs();
    void anaphoricPassives();
    bool tryContentAfter(std::size_t verb, Range cue, CueFrame frame, const Sentence& s);
    bool tryAccordingTo(std::size_t i, const Sentence& s);
    void nominalThat(std::size_t i, const Sentence& s);
    void labelledQuotes();
    void speakerLabel(std::size_t i);
    void signedQuotes();
    void loneQuotes();

    // Content ending at token `last` (a comma or closing mark before the
    // source/cue), starting at the sentence start or the quotation's opening.
    bool emitBefore(std::size_t sentenceBegin, std::size_t last, std::optional<Range> source, Range cue);
    void emit(std::optional<Range> source, std::optional<Range> cue, Span content, ClaimKind kind,
              std::size_t contentBegin, std::size_t contentEnd, std::optional<Span> sharedSource = std::nullopt);
    void followingQuotes(std::size_t after, const std::optional<Range>& source, Range cue);
    ClaimKind kindOf(std::size_t begin, std::size_t end) const;
    bool free(std::size_t begin, std::size_t end) const;

    const std::vector<Token>& m_tok;
    const text::Structure& m_st;
    std::vector<WordInfo> m_info;  // per token
    std::vector<char> m_used;
    std::vector<RawAttribution> m_out;
    // Set while a sentence's closing attribution is tried first: its source
    // must look like a speaker (speakerLike).
    bool m_speakerSourceOnly = false;
};

}  // namespace claimdesk::extract::attribution
