#include "core/ingest/html/jsonld.h"

#include <nlohmann/json.hpp>

#include "core/ingest/html/htmldom.h"

namespace claimdesk::ingest::html {
namespace {

using nlohmann::json;

bool isArticleType(std::string_view type) {
    return type.ends_with("Article") || type.ends_with("Posting") || type == "Report" ||
           type == "APIReference";
}

bool hasArticleType(const json& node) {
    auto it = node.find("@type");
    if (it == node.end())
        return false;
    if (it->is_string())
        return isArticleType(it->get_ref<const std::string&>());
    if (it->is_array())
        for (const json& t : *it)
            if (t.is_string() && isArticleType(t.get_ref<const std::string&>()))
                return true;
    return false;
}

std::string stringOf(const json& v) {
    if (v.is_string())
        return collapseSpaces(v.get_ref<const std::string&>());
    if (v.is_array() && !v.empty())
        return stringOf(v.front());
    return {};
}

bool typeIs(const json& node, std::string_view type) {
    auto it = node.find("@type");
    return it != node.end() && it->is_string() && it->get_ref<const std::string&>() == type;
}


void authorNames(const json& v, const JsonLd& ld, std::vector<std::string>& out) {
    if (v.is_string()) {
        const std::string s = collapseSpaces(v.get_ref<const std::string&>());
        if (!s.empty() && !looksLikeUrl(s))
            out.push_back(s);
    } else if (v.is_array()) {
        for (const json& a : v)
            authorNames(a, ld, out);
    } else if (v.is_object()) {
        if (typeIs(v, "Organization") || typeIs(v, "NewsMediaOrganization"))
            return;
        std::string name = v.contains("name") ? stringOf(v["name"]) : std::string();
        if (name.empty() && v.contains("@id") && v["@id"].is_string()) {
            auto it = ld.namesById.find(v["@id"].get<std::string>());
            if (it != ld.namesById.end())
                name = it->second;
        }
        if (!name.empty() && !looksLikeUrl(name))
            out.push_back(name);
    }
}

void collectIds(const json& v, JsonLd& ld) {
    if (v.is_array()) {
        for (const json& x : v)
            collectIds(x, ld);
    } else if (v.is_object()) {
        if (v.contains("@id") && v["@id"].is_string() && v.contains("name")) {
            const std::string name = stringOf(v["name"]);
            if (!name.empty())
                ld.namesById.emplace(v["@id"].get<std::string>(), name);
        }
        if (v.contains("@graph"))
            collectIds(v["@graph"], ld);
    }
}

void readArticleNode(const json& v, JsonLd& ld) {
    if (v.is_array()) {
        for (const json& x : v)
            readArticleNode(x, ld);
        return;
    }
    if (!v.is_object())
        return;
    if (v.contains("@graph"))
        readArticleNode(v["@graph"], ld);
    if (ld.found || !hasArticleType(v))
        return;
    ld.found = true;
    if (v.contains("headline"))
        ld.headline = stringOf(v["headline"]);
    if (v.contains("name"))
        ld.name = stringOf(v["name"]);
    if (v.contains("author"))
        authorNames(v["author"], ld, ld.authors);
    if (v.contains("datePublished"))
        ld.published = stringOf(v["datePublished"]);
    else if (v.contains("dateCreated"))
        ld.published = stringOf(v["dateCreated"]);
    if (v.contains("publisher")) {
        const json& p = v["publisher"];
        if (p.is_object()) {
            if (p.contains("name"))
                ld.publisher = stringOf(p["name"]);
            else if (p.contains("@id") && p["@id"].is_string()) {
                auto it = ld.namesById.find(p["@id"].get<std::string>());
                if (it != ld.namesById.end())
                    ld.publisher = it->second;
            }
        } else {
            ld.publisher = stringOf(p);
        }
    }
}

}  // namespace

void readJsonLd(std::string_view raw, JsonLd& ld) {
    // Some pages wrap the script in a CDATA section or an HTML comment.
    std::string text(raw);
    for (std::string_view marker : {"<![CDATA[", "]]>", "<!--", "-->"}) {
        for (std::size_t at; (at = text.find(marker)) != std::string::npos;)
            text.erase(at, marker.size());
    }
    std::string_view body = text;
    const std::size_t open = body.find_first_of("{[");
    const std::size_t close = body.find_last_of("}]");
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return;
    body = body.substr(open, close - open + 1);
    json doc = json::parse(body, nullptr, false);
    if (doc.is_discarded())
        return;
    collectIds(doc, ld);
    readArticleNode(doc, ld);
}

}  // namespace claimdesk::ingest::html
