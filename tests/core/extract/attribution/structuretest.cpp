// Sentences and quotations under the attribution rules.

#include <gtest/gtest.h>

#include <string>

#include "core/extract/attribution/structure.h"
#include "core/extract/attribution/tokens.h"
#include "core/text/utf8.h"

namespace claimdesk::extract::attribution {
namespace {

struct Analyzed {
    std::u32string text;
    std::vector<Token> tokens;
    Structure structure;
};

Analyzed analyze(const std::string& utf8) {
    Analyzed a;
    a.text = text::toUtf32(utf8);
    a.tokens = tokenize(a.text, 0);
    a.structure = analyzeStructure(a.tokens);
    return a;
}

std::vector<std::string> sentences(const std::string& utf8) {
    const Analyzed a = analyze(utf8);
    std::vector<std::string> out;
    for (const auto& s : a.structure.sentences)
        out.push_back(text::toUtf8(a.text.substr(static_cast<std::size_t>(a.tokens[s.begin].start),
                                                 static_cast<std::size_t>(a.tokens[s.end - 1].end - a.tokens[s.begin].start))));
    return out;
}

std::vector<std::string> quotes(const std::string& utf8) {
    const Analyzed a = analyze(utf8);
    std::vector<std::string> out;
    for (const auto& q : a.structure.quotes)
        out.push_back(text::toUtf8(a.text.substr(static_cast<std::size_t>(q.contentStart),
                                                 static_cast<std::size_t>(q.contentEnd - q.contentStart))));
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

}  // namespace
}  // namespace claimdesk::extract::attribution
