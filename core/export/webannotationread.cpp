// Reading a W3C Web Annotation document into plain values: the items of a
// collection, page or array, their targets, selectors, bodies and the
// "claimdesk" extension.

#include "core/export/webannotationread.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace claimdesk::exporting {
namespace {

using nlohmann::json;
using Item = ImportedAnnotation;

bool hasType(const json& node, const std::string& type) {
    if (!node.is_object() || !node.contains("type"))
        return false;
    const json& t = node["type"];
    if (t.is_string())
        return t.get<std::string>() == type;
    if (t.is_array())
        return std::find(t.begin(), t.end(), json(type)) != t.end();
    return false;
}

std::string stringAt(const json& node, const char* key) {
    if (node.is_object() && node.contains(key) && node[key].is_string())
        return node[key].get<std::string>();
    return {};
}

// The annotations of a collection (its pages embedded), a page, an array
// or a single annotation.
Result<std::vector<json>> annotationsOf(const json& root) {
    std::vector<json> out;
    auto takePage = [&out](const json& page) -> Status {
        if (!page.is_object() || !page.contains("items") || !page["items"].is_array())
            return makeError("an AnnotationPage without an \"items\" array");
        for (const auto& item : page["items"])
            out.push_back(item);
        return {};
    };
    if (root.is_array()) {
        for (const auto& item : root)
            out.push_back(item);
    } else if (hasType(root, "AnnotationCollection")) {
        if (!root.contains("first"))
            return out;  // an empty collection
        const json* page = &root["first"];
        while (page) {
            if (page->is_string())
                return makeError("the collection's pages are referenced (" + page->get<std::string>() +
                                 "), not embedded: only embedded pages can be imported");
            if (Status s = takePage(*page); !s.ok())
                return makeError(s.error());
            page = page->contains("next") ? &(*page)["next"] : nullptr;
        }
    } else if (hasType(root, "AnnotationPage")) {
        if (Status s = takePage(root); !s.ok())
            return makeError(s.error());
    } else if (hasType(root, "Annotation")) {
        out.push_back(root);
    } else {
        return makeError("not a W3C Web Annotation export (no AnnotationCollection, AnnotationPage or Annotation)");
    }
    return out;
}

std::optional<std::string> optionalString(const json& node, const char* key) {
    if (node.contains(key) && node[key].is_string())
        return node[key].get<std::string>();
    return std::nullopt;
}

std::string creatorName(const json& creator) {
    if (creator.is_string())
        return creator.get<std::string>();
    if (creator.is_array())
        return creator.empty() ? std::string() : creatorName(creator.front());
    std::string name = stringAt(creator, "name");
    return name.empty() ? stringAt(creator, "nickname") : name;
}

Result<Item> readItem(const json& a, std::size_t index) {
    Item item;
    item.label = stringAt(a, "id");
    if (item.label.empty())
        item.label = "annotation " + std::to_string(index + 1);
    if (!hasType(a, "Annotation"))
        return makeError(item.label + ": not an Annotation");
    const json motivation = a.value("motivation", json());
    item.motivation = motivation.is_array() && !motivation.empty() && motivation.front().is_string()
                          ? motivation.front().get<std::string>()
                          : motivation.is_string() ? motivation.get<std::string>() : std::string();
    if (a.contains("creator"))
        item.creator = creatorName(a["creator"]);
    item.created = stringAt(a, "created");
    item.modified = stringAt(a, "modified");

    std::vector<std::pair<std::string, std::string>> bodies;  // (purpose, value) of textual bodies
    if (a.contains("body")) {
        const json list = a["body"].is_array() ? a["body"] : json::array({a["body"]});
        for (const auto& b : list)
            if (b.is_object() && b.contains("value") && b["value"].is_string())
                bodies.emplace_back(stringAt(b, "purpose"), b["value"].get<std::string>());
    }
    auto bodyValue = [&bodies](const std::string& purpose) {
        for (const auto& [p, v] : bodies)
            if (p == purpose)
                return v;
        return std::string();
    };
    const json ext = a.contains("claimdesk") && a["claimdesk"].is_object() ? a["claimdesk"] : json::object();
    item.kind = stringAt(ext, "kind");
    if (item.kind.empty())
        item.kind = item.motivation == "assessing"                       ? "claim"
                    : item.motivation == "highlighting" && bodies.empty() ? "highlight"
                                                                          : "note";
    if (item.kind == "claim") {
        item.status = claimStatusFromName(stringAt(ext, "status"));
        if (!item.status)
            item.status = claimStatusFromName(bodyValue("assessing"));
        if (ext.contains("credibility")) {
            item.gradeGiven = true;
            if (ext["credibility"].is_number_integer())
                item.credibility = ext["credibility"].get<int>();
            if (item.credibility && (*item.credibility < 1 || *item.credibility > 6))
                return makeError(item.label + ": credibility " + std::to_string(*item.credibility) +
                                 " is not on the 1-6 scale");
        } else if (const std::string grade = bodyValue("classifying");
                   grade.rfind("credibility ", 0) == 0 && grade.size() > 12 && grade[12] >= '1' && grade[12] <= '6') {
            item.gradeGiven = true;
            item.credibility = grade[12] - '0';
        }
        item.historyGiven = ext.contains("history") && ext["history"].is_array();
        if (item.historyGiven)
            for (const auto& h : ext["history"]) {
                auto status = claimStatusFromName(stringAt(h, "status"));
                if (!status)
                    return makeError(item.label + ": a decision in its history has no valid status");
                store::ReviewDecision d{0, *status, stringAt(h, "reason"), stringAt(h, "analyst"), stringAt(h, "at")};
                d.applied = !(h.contains("applied") && h["applied"].is_boolean() && !h["applied"].get<bool>());
                item.history.push_back(std::move(d));
            }
        item.assessmentGiven = ext.contains("verdict") || ext.contains("assessmentNote");
        if (ext.contains("verdict") && ext["verdict"].is_string())
            item.verdict = ext["verdict"].get<std::string>();
        item.assessmentNote = stringAt(ext, "assessmentNote");
        if (ext.contains("assessments") && ext["assessments"].is_array())
            for (const auto& h : ext["assessments"]) {
                store::AssessmentRecord r;
                if (h.contains("credibility") && h["credibility"].is_number_integer())
                    r.assessment.credibility = h["credibility"].get<int>();
                if (h.contains("verdict") && h["verdict"].is_string())
                    r.assessment.verdict = h["verdict"].get<std::string>();
                r.assessment.note = stringAt(h, "note");
                r.analyst = stringAt(h, "analyst");
                r.at = stringAt(h, "at");
                item.assessments.push_back(std::move(r));
            }
        item.note = bodyValue("commenting");
        item.byAnalyst = originFromName(stringAt(ext, "origin")) == Origin::Analyst;
        item.claimKind = claimKindFromName(stringAt(ext, "claimKind")).value_or(ClaimKind::Indirect);
        item.statedOn = optionalString(ext, "statedOn");
        if (ext.contains("speaker") && ext["speaker"].is_object())
            item.speakerName = stringAt(ext["speaker"], "name");
    } else {
        const bool isEvent = item.kind == "event";
        for (const auto& [purpose, value] : bodies) {
            // Our own event annotations describe the event in a body of their own.
            if (isEvent && purpose != "commenting")
                continue;
            if (!item.note.empty())
                item.note += "\n";
            item.note += value;
        }
        if (isEvent) {
            const json event = ext.value("event", json::object());
            item.eventWhat = stringAt(event, "what");
            if (item.eventWhat.empty())
                item.eventWhat = bodyValue("describing");
            item.eventDate = stringAt(event, "date");
            item.eventPlace = stringAt(event, "place");
        }
    }

    const json target = a.contains("target") ? (a["target"].is_array() && !a["target"].empty() ? a["target"].front()
                                                                                              : a["target"])
                                             : json();
    std::string source;
    json selectors;
    if (target.is_string()) {
        source = target.get<std::string>();
    } else if (target.is_object()) {
        const json& s = target.value("source", json());
        source = s.is_string() ? s.get<std::string>() : stringAt(s, "id");
        item.documentLabel = stringAt(s, "title");
        selectors = target.value("selector", json());
    }
    const std::string scheme = "urn:sha256:";
    if (source.rfind(scheme, 0) != 0 || source.size() != scheme.size() + 64)
        return makeError(item.label + ": the target is not a document identified as urn:sha256:<hex> (" +
                         (source.empty() ? std::string("none") : source) + ")");
    item.sha256 = source.substr(scheme.size());
    std::transform(item.sha256.begin(), item.sha256.end(), item.sha256.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (item.documentLabel.empty())
        item.documentLabel = source;
    else
        item.documentLabel = "\"" + item.documentLabel + "\" (" + source + ")";

    const json list = selectors.is_array() ? selectors : json::array({selectors});
    for (const auto& sel : list) {
        if (hasType(sel, "TextQuoteSelector") && sel.contains("exact") && sel["exact"].is_string())
            item.quote = TextQuote{sel["exact"].get<std::string>(), stringAt(sel, "prefix"), stringAt(sel, "suffix")};
        else if (hasType(sel, "TextPositionSelector") && sel.value("start", json()).is_number_integer() &&
                 sel.value("end", json()).is_number_integer())
            item.position = Span{sel["start"].get<std::int64_t>(), sel["end"].get<std::int64_t>()};
    }
    return item;
}

}  // namespace

Result<std::vector<ImportedAnnotation>> readWebAnnotations(std::string_view text) {
    json root = json::parse(text, nullptr, false);
    if (root.is_discarded())
        return makeError("not JSON");
    auto annotations = annotationsOf(root);
    if (!annotations)
        return makeError(annotations.error());
    std::vector<ImportedAnnotation> items;
    for (std::size_t i = 0; i < annotations->size(); ++i) {
        auto item = readItem((*annotations)[i], i);
        if (!item)
            return makeError(item.error());
        items.push_back(std::move(*item));
    }
    return items;
}

}  // namespace claimdesk::exporting
