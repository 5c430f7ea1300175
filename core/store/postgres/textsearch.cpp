#include "core/store/postgres/textsearch.h"

#include <cctype>

namespace claimdesk::store::postgres {

const char* documentSearchSql() {
    return "SELECT f.rowid, d.file_name, "
           "ts_headline('claimdesk', f.text, websearch_to_tsquery('claimdesk', ?1), "
           "'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…'), "
           "ts_headline('claimdesk', f.text, websearch_to_tsquery('claimdesk', ?1), "
           "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=24, MinWords=8, MaxFragments=1, "
           "FragmentDelimiter=…'), COALESCE(o.name, ''), "
           "CASE WHEN d.title IS NULL OR d.title = '' THEN substr(d.text, d.body_start + 1, 160) ELSE d.title END "
           "FROM documents_fts f JOIN documents d ON d.id = f.rowid LEFT JOIN outlets o ON o.id = d.outlet_id "
           "WHERE f.search @@ websearch_to_tsquery('claimdesk', ?1) "
           "ORDER BY ts_rank(f.search, websearch_to_tsquery('claimdesk', ?1)) DESC, f.rowid LIMIT ?2";
}

const char* claimSearchSql() {
    return "SELECT f.rowid, c.document_id, d.file_name, "
           "ts_headline('claimdesk', f.content, websearch_to_tsquery('claimdesk', ?1), "
           "'StartSel=[, StopSel=], MaxWords=32, MinWords=8, MaxFragments=1, FragmentDelimiter=…'), "
           "ts_headline('claimdesk', f.content, websearch_to_tsquery('claimdesk', ?1), "
           "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=32, MinWords=8, MaxFragments=1, "
           "FragmentDelimiter=…'), COALESCE(o.name, ''), "
           "CASE WHEN d.title IS NULL OR d.title = '' THEN substr(d.text, d.body_start + 1, 160) ELSE d.title END "
           "FROM claims_fts f JOIN claims c ON c.id = f.rowid JOIN documents d ON d.id = c.document_id "
           "LEFT JOIN outlets o ON o.id = d.outlet_id WHERE f.search @@ websearch_to_tsquery('claimdesk', ?1) "
           "ORDER BY ts_rank(f.search, websearch_to_tsquery('claimdesk', ?1)) DESC, f.rowid LIMIT ?2";
}

std::string searchText(std::string_view analystText) {
    static constexpr std::string_view kTitle = "title:";
    std::string out;
    out.reserve(analystText.size());
    for (std::size_t i = 0; i < analystText.size();) {
        const bool wordStart = i == 0 || std::isspace(static_cast<unsigned char>(analystText[i - 1])) ||
                               analystText[i - 1] == '-' || analystText[i - 1] == '"';
        if (wordStart && analystText.size() - i >= kTitle.size()) {
            bool title = true;
            for (std::size_t k = 0; k < kTitle.size() && title; ++k)
                title = std::tolower(static_cast<unsigned char>(analystText[i + k])) == kTitle[k];
            if (title) {
                i += kTitle.size();
                continue;
            }
        }
        out += analystText[i++];
    }
    return out;
}

}  // namespace claimdesk::store::postgres
