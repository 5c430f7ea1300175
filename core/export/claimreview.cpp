#include "core/export/claimreview.h"

#include <nlohmann/json.hpp>

#include "core/export/credibility.h"
#include "core/export/webannotation.h"
#include "core/text/fold.h"

namespace claimdesk::exporting {
namespace {

using json = nlohmann::ordered_json;

// schema.org dates: the first ten characters of an ISO 8601 time.
std::string dateOf(const std::string& iso) { return iso.substr(0, 10); }

bool isWebAddress(const std::string& s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0; }

json speakerJson(const store::ClaimRow& r, const ProjectExport& project) {
    std::string type = "Person";
    std::string role;
    if (r.speakerId)
        if (auto it = project.speakers.find(*r.speakerId); it != project.speakers.end()) {
            if (it->second.kind != SpeakerKind::Person)
                type = "Organization";
            role = it->second.role;
        }
    json j = {{"@type", type}, {"name", r.speakerName}};
    if (!role.empty())
        j[type == "Person" ? "jobTitle" : "description"] = role;
    return j;
}

json appearanceJson(const Document& d) {
    json j = {{"@type", "NewsArticle"}, {"identifier", documentUrn(d)}};
    if (!d.source.title.empty())
        j["headline"] = d.source.title;
    if (d.source.published)
        j["datePublished"] = *d.source.published;
    if (!d.source.outlet.empty())
        j["publisher"] = {{"@type", "Organization"}, {"name", d.source.outlet}};
    if (!d.source.authors.empty()) {
        json authors = json::array();
        for (const auto& a : d.source.authors)
            authors.push_back({{"@type", "Person"}, {"name", a}});
        j["author"] = authors;
    }
    if (isWebAddress(d.filePath))
        j["url"] = d.filePath;
    return j;
}

}  // namespace

std::optional<ReviewRating> reviewRating(const store::Assessment& assessment,
                                         const std::vector<store::VerdictLabel>& labels) {
    if (!assessment.verdict.empty()) {
        for (const auto& label : labels)
            if (text::foldCase(label.name) == text::foldCase(assessment.verdict))
                return ReviewRating{label.rating, assessment.verdict};
        return ReviewRating{std::nullopt, assessment.verdict};  // a label since removed from the list
    }
    const auto credibility = assessment.credibility;
    if (credibility && *credibility >= 1 && *credibility <= 5)
        return ReviewRating{6 - *credibility, credibilityName(*credibility)};
    if (credibility && *credibility == 6)
        return ReviewRating{std::nullopt, credibilityName(6)};
    return std::nullopt;
}

std::string writeClaimReviews(const ProjectExport& project) {
    json graph = json::array();
    for (const auto& pd : project.documents) {
        const Document& d = pd.document;
        for (const auto& c : pd.claims) {
            const store::ClaimRow& r = c.row;
            const auto rating = reviewRating(c.assessment, project.verdicts);
            if (!rating || r.status == ClaimStatus::Rejected)
                continue;
            json item = {{"@type", "Claim"}, {"appearance", appearanceJson(d)}};
            if (!r.speakerName.empty())
                item["author"] = speakerJson(r, project);
            if (r.statedOn && r.statedOn->size() >= 10)
                item["datePublished"] = r.statedOn->substr(0, 10);
            else if (d.source.published)
                item["datePublished"] = *d.source.published;

            json ratingJson = {{"@type", "Rating"},
                               {"bestRating", 5},
                               {"worstRating", 1},
                               {"alternateName", rating->alternateName}};
            if (rating->value)
                ratingJson["ratingValue"] = *rating->value;

            json review = {{"@type", "ClaimReview"},
                           {"identifier", claimUrn(d, r.contentSpan)},
                           {"claimReviewed", r.content},
                           {"itemReviewed", item},
                           {"reviewRating", ratingJson}};
            // The review is the latest assessment: its analyst, day and note.
            if (!c.assessments.empty()) {
                const store::AssessmentRecord& last = c.assessments.back();
                review["author"] = {{"@type", "Person"}, {"name", last.analyst}};
                review["datePublished"] = dateOf(last.at);
            }
            if (!c.assessment.note.empty())
                review["reviewBody"] = c.assessment.note;
            graph.push_back(std::move(review));
        }
    }
    json root = {{"@context", "https://schema.org"}, {"@graph", graph}};
    return root.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace claimdesk::exporting
