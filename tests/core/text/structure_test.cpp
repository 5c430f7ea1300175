// Quotations, sentences and clauses over the one token stream.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/text/annotatedtext.h"

namespace claimdesk::text {
namespace {

std::string spanText(const AnnotatedText& a, Span s) { return std::string(a.slice(s)); }

std::vector<std::string> sentences(const std::string& utf8) {
    const AnnotatedText a(utf8);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < a.sentences().size(); ++i)
        out.push_back(spanText(a, a.sentenceSpan(i)));
    return out;
}

std::vector<std::string> quotes(const std::string& utf8) {
    const AnnotatedText a(utf8);
    std::vector<std::string> out;
    for (const auto& q : a.quotations())
        out.push_back(spanText(a, {q.contentStart, q.contentEnd}));
    return out;
}

std::vector<std::string> clauses(const std::string& utf8) {
    const AnnotatedText a(utf8);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < a.clauses().size(); ++i)
        out.push_back(spanText(a, a.clauseSpan(i)));
    return out;
}

TEST(Sentences, AbbreviationsTitlesAndInitialsDoNotBreak) {
    EXPECT_EQ(sentences("Gen. Smith met Col. Jones and Mr. Brown on Feb. 3 at No. 10 St. James Street. "
                        "John F. Kennedy was there. Talks ended."),
              (std::vector<std::string>{"Gen. Smith met Col. Jones and Mr. Brown on Feb. 3 at No. 10 St. James Street.",
                                        "John F. Kennedy was there.", "Talks ended."}));
}

TEST(Sentences, SentenceFinalInitialismBreaksBeforeAnOpener) {
    EXPECT_EQ(sentences("Troops returned to the U.S. The war ended. U.S. officials agreed."),
              (std::vector<std::string>{"Troops returned to the U.S.", "The war ended.", "U.S. officials agreed."}));
}

TEST(Sentences, QuotesAndParagraphs) {
    EXPECT_EQ(sentences("\"Stop.\" He left.\nNew paragraph without a stop\nAnd another"),
              (std::vector<std::string>{"\"Stop.\"", "He left.", "New paragraph without a stop", "And another"}));
    EXPECT_EQ(sentences("\"Why?\" he asked."), (std::vector<std::string>{"\"Why?\" he asked."}));
}

TEST(Quotes, EveryKindOfMark) {
    EXPECT_EQ(quotes("a \"b c\" d \xE2\x80\x9C" "e f\xE2\x80\x9D g \xC2\xAB" "h\xC2\xBB i \xE2\x80\x9Ej k\xE2\x80\x9C l ''m n'' o"),
              (std::vector<std::string>{"b c", "e f", "h", "j k", "m n"}));
}

TEST(Quotes, TypewriterQuotesPairAndEndSentences) {
    EXPECT_EQ(quotes("He said ``we are back,'' and left."), (std::vector<std::string>{"we are back,"}));
    EXPECT_EQ(sentences("``We stay.'' But they left."), (std::vector<std::string>{"``We stay.''", "But they left."}));
}

TEST(Quotes, ApostrophesAreNotQuotes) {
    EXPECT_EQ(quotes("Trump\xE2\x80\x99s aides don't agree with the students' view, it's said."), std::vector<std::string>{});
    EXPECT_EQ(quotes("He called them a 'batch' of soldiers."), (std::vector<std::string>{"batch"}));
}

TEST(Quotes, MultiParagraphQuotation) {
    // Reopened in the next paragraph: one quotation over both.
    EXPECT_EQ(quotes("He said: \"One.\n\n\"Two.\"\n\nAfter."), (std::vector<std::string>{"One.\n\n\"Two."}));
    // Never closed, and the next paragraph opens a new one: two quotations.
    EXPECT_EQ(quotes("They \"hid them.\n\n\"Two,\" he said."), (std::vector<std::string>{"hid them.", "Two,"}));
}

TEST(Quotes, MarksOfOtherScriptsPairByTheirUnicodeCategory) {
    // Japanese corner brackets, French guillemets with spaces, a fullwidth
    // mark and the double prime marks: none is listed in the lexicon.
    EXPECT_EQ(quotes("\xE3\x80\x8C\xE4\xBA\x8C\xE3\x80\x8D and \xE3\x80\x9Dnine\xE3\x80\x9E"),
              (std::vector<std::string>{"\xE4\xBA\x8C", "nine"}));
}

TEST(Quotes, EveryTokenKnowsItsQuotation) {
    const AnnotatedText a("He said \"we won\" today.");
    ASSERT_EQ(a.quotations().size(), 1u);
    for (std::size_t i = 0; i < a.tokens().size(); ++i) {
        const bool inside = a.tokens()[i].lower == "we" || a.tokens()[i].lower == "won";
        EXPECT_EQ(a.quotationOf(i), inside ? 0 : -1) << a.tokens()[i].text;
    }
    EXPECT_TRUE(a.quoted(10));   // "we"
    EXPECT_FALSE(a.quoted(3));   // "said"
}

TEST(Sentences, EveryTokenKnowsItsSentenceAndParagraph) {
    const AnnotatedText a("One two. Three four.\nFive.");
    std::vector<std::size_t> sentence, paragraph;
    for (std::size_t i = 0; i < a.tokens().size(); ++i) {
        sentence.push_back(a.sentenceOf(i));
        paragraph.push_back(a.paragraphOf(i));
    }
    // One two . Three four . <break> Five .
    EXPECT_EQ(sentence, (std::vector<std::size_t>{0, 0, 0, 1, 1, 1, 1, 2, 2}));
    EXPECT_EQ(paragraph, (std::vector<std::size_t>{0, 0, 0, 0, 0, 0, 1, 1, 1}));
    EXPECT_EQ(a.sentenceAt(10), 1u);
    EXPECT_EQ(a.sentenceAt(8), AnnotatedText::npos);  // the space between two sentences
    EXPECT_EQ(a.sentences()[2].paragraph, 1u);
}

TEST(Clauses, AQuotationOnItsOwnAndItsAttribution) {
    EXPECT_EQ(clauses("\u201CWe will win,\u201D Zelensky said on Saturday, \u201Cand we will rebuild.\u201D"),
              (std::vector<std::string>{"\u201CWe will win,\u201D", "Zelensky said on Saturday,",
                                        "\u201Cand we will rebuild.\u201D"}));
}

TEST(Clauses, AQuotedPhraseStaysInsideItsClause) {
    EXPECT_EQ(clauses("He called it a \"disgrace\" on Tuesday."),
              (std::vector<std::string>{"He called it a \"disgrace\" on Tuesday."}));
}

TEST(Clauses, SubordinatorsRelativesParticiplesAndAccordingTo) {
    EXPECT_EQ(clauses("The army withdrew, although talks went on, officials said, adding that a truce held."),
              (std::vector<std::string>{"The army withdrew,", "although talks went on, officials said,",
                                        "adding that a truce held."}));
    EXPECT_EQ(clauses("Budanov, who leads the agency, spoke; the ministry denied it, according to Reuters."),
              (std::vector<std::string>{"Budanov,", "who leads the agency, spoke;", "the ministry denied it,",
                                        "according to Reuters."}));
}

TEST(Clauses, AndSplitsOnlyBeforeASubjectPronoun) {
    EXPECT_EQ(clauses("Russia, Ukraine, and Belarus met, and they agreed."),
              (std::vector<std::string>{"Russia, Ukraine, and Belarus met,", "and they agreed."}));
}

TEST(Clauses, DashesColonsAndParentheses) {
    EXPECT_EQ(clauses("The toll rose \u2014 officials said so \u2014 and the agency (NIS) added: troops left."),
              (std::vector<std::string>{"The toll rose \u2014", "officials said so \u2014", "and the agency",
                                        "(NIS)", "added:", "troops left."}));
}

TEST(Clauses, EachClauseKnowsItsSentenceAndQuotation) {
    const AnnotatedText a("Fine. \"We stay,\" he said.");
    ASSERT_EQ(a.clauses().size(), 3u);
    EXPECT_EQ(a.clauses()[0].sentence, 0u);
    EXPECT_EQ(a.clauses()[1].sentence, 1u);
    EXPECT_EQ(a.clauses()[1].quotation, 0);
    EXPECT_EQ(a.clauses()[1].opening, ClauseOpening::Sentence);
    EXPECT_EQ(a.clauses()[2].quotation, -1);
    EXPECT_EQ(a.clauses()[2].opening, ClauseOpening::Quotation);
    EXPECT_EQ(a.sentences()[1].firstClause, 1u);
    EXPECT_EQ(a.sentences()[1].endClause, 3u);
    for (std::size_t i = 0; i < a.tokens().size(); ++i)
        EXPECT_EQ(a.clauses()[a.clauseOf(i)].sentence, a.sentenceOf(i));
    EXPECT_EQ(a.clauseAt(static_cast<std::int64_t>(std::string("Fine. \"We stay,\" he").size())), 2u);
}

}  // namespace
}  // namespace claimdesk::text
