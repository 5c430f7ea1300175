// ProjectStore: listing claims, reviewing them, and re-running extraction
// without losing what an analyst decided.

#include <cctype>
#include <set>
#include <utility>

#include "core/store/claimsqueryplan.h"
#include "core/store/projectstore.h"

namespace claimdesk::store {
namespace {

// How many documents the claim's cluster spans (0: not clustered), as the
// schema's triggers keep it.
#define CLAIMDESK_CLUSTER_DOCUMENTS                                                                        \
    "COALESCE((SELECT k.document_count FROM cluster_members m JOIN clusters k ON k.id = m.cluster_id "     \
    "WHERE m.claim_id = c.id), 0)"

constexpr const char* kClaimColumns =
    "SELECT c.id, c.document_id, d.file_name, COALESCE(o.name, ''), c.speaker_id, COALESCE(s.name, ''), c.kind, "
    "c.content_start, c.content_end, c.content, "
    "CASE WHEN c.cue_start IS NULL THEN '' ELSE substr(d.text, c.cue_start + 1, c.cue_end - c.cue_start) END, "
    "c.stated_on, c.status, c.credibility, c.origin, "
    "COALESCE((SELECT group_concat(q.text, '; ') FROM quantities q WHERE q.claim_id = c.id), ''), "
    "(SELECT m.cluster_id FROM cluster_members m WHERE m.claim_id = c.id), "
    "COALESCE((SELECT k.disagreement AND m.disputed FROM cluster_members m JOIN clusters k ON k.id = m.cluster_id "
    "          WHERE m.claim_id = c.id), 0), "
    "COALESCE((SELECT k.reason FROM cluster_members m JOIN clusters k ON k.id = m.cluster_id "
    "          WHERE m.claim_id = c.id), ''), "
    "s.reliability, o.reliability, " CLAIMDESK_CLUSTER_DOCUMENTS ", COALESCE(c.verdict, ''), c.type, c.polarity, "
    "COALESCE((SELECT group_concat(q.text || char(31) || q.measure || char(31) || q.subject || char(31) || q.period "
    "          || char(31) || q.period_kind || char(31) || q.cumulative, char(30)) FROM quantities q "
    "          WHERE q.claim_id = c.id), '') "
    "FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN outlets o ON o.id = d.outlet_id "
    "LEFT JOIN speakers s ON s.id = c.speaker_id ";

constexpr const char* kClaimFilter =
    "WHERE (?1 IS NULL OR c.status = ?1) AND (?2 IS NULL OR c.document_id = ?2) AND (?3 IS NULL OR c.speaker_id = ?3) "
    "AND (?6 IS NULL OR c.id IN (SELECT m.claim_id FROM cluster_members m WHERE m.cluster_id = ?6)) "
    "AND (?9 IS NULL OR c.type = ?9) "
    "AND (?7 IS NULL OR (?8 IS NOT NULL AND c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?8)) "
    "     OR c.speaker_id IN (SELECT id FROM speakers WHERE name LIKE ?7 ESCAPE '\\') "
    "     OR c.document_id IN (SELECT d2.id FROM documents d2 JOIN outlets o2 ON o2.id = d2.outlet_id "
    "                          WHERE o2.name LIKE ?7 ESCAPE '\\')) ";

// A LIKE pattern matching `text` anywhere, its own % and _ taken literally.
std::string containsPattern(const std::string& text) {
    std::string pattern = "%";
    for (char ch : text) {
        if (ch == '%' || ch == '_' || ch == '\\')
            pattern += '\\';
        pattern += ch;
    }
    return pattern + "%";
}

// The figure lines of ClaimRow::figureFrames from their fields as the
// query joins them (unit separator between fields, record separator
// between figures).
std::string figureFrameLines(const std::string& joined) {
    std::string out;
    std::size_t start = 0;
    while (start < joined.size()) {
        std::size_t end = joined.find('\x1e', start);
        if (end == std::string::npos)
            end = joined.size();
        std::vector<std::string> fields;
        for (std::size_t f = start; f <= end;) {
            std::size_t next = joined.find('\x1f', f);
            if (next == std::string::npos || next > end)
                next = end;
            fields.push_back(joined.substr(f, next - f));
            f = next + 1;
        }
        if (fields.size() == 6) {
            FigureFrame frame{fields[1], fields[2], fields[3],
                              periodKindFromName(fields[4]).value_or(PeriodKind::Unknown), fields[5] == "1"};
            out += (out.empty() ? "" : "\n") + fields[0] + ": " + describeFrame(frame);
        }
        start = end + 1;
    }
    return out;
}

// The text filter as a full-text query over claims' content: each word
// typed must begin a word of the claim, in any order ("harb reopen"
// finds "the harbour will reopen"). Words are quoted, so nothing typed is
// read as query syntax. Speakers and outlets, a few rows each per
// thousand claims, are matched as text anywhere in the name.
std::string contentMatch(const std::string& text) {
    std::string query;
    std::string word;
    auto flush = [&] {
        if (word.empty())
            return;
        std::string quoted = "\"";
        for (char ch : word)
            quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        query += (query.empty() ? "" : " ") + quoted + "\"*";
        word.clear();
    };
    for (char ch : text) {
        const unsigned char u = static_cast<unsigned char>(ch);
        // unicode61 splits words at ASCII punctuation and spaces.
        if (u < 0x80 && !std::isalnum(u))
            flush();
        else
            word += ch;
    }
    flush();
    return query;
}

ClaimRow readClaimRow(const Statement& s) {
    ClaimRow r;
    r.id = s.int64(0);
    r.documentId = s.int64(1);
    r.fileName = s.text(2);
    r.outlet = s.text(3);
    r.speakerId = s.optionalInt64(4);
    r.speakerName = s.text(5);
    r.kind = claimKindFromName(s.text(6)).value_or(ClaimKind::Indirect);
    r.contentSpan = {s.int64(7), s.int64(8)};
    r.content = s.text(9);
    r.cue = s.text(10);
    r.statedOn = s.optionalText(11);
    r.status = claimStatusFromName(s.text(12)).value_or(ClaimStatus::Extracted);
    if (auto c = s.optionalInt64(13))
        r.credibility = static_cast<int>(*c);
    r.origin = originFromName(s.text(14)).value_or(Origin::Extractor);
    r.quantities = s.text(15);
    r.clusterId = s.optionalInt64(16);
    r.disagreement = s.int64(17) != 0;
    r.disagreementReason = s.text(18);
    for (auto [column, grade] : {std::pair{19, &r.speakerReliability}, std::pair{20, &r.outletReliability}})
        if (auto letter = s.optionalText(column); letter && letter->size() == 1)
            *grade = (*letter)[0];
    r.clusterDocuments = s.int64(21);
    r.verdict = s.text(22);
    r.type = claimTypeFromName(s.text(23)).value_or(ClaimType::Statement);
    r.polarity = polarityFromName(s.text(24)).value_or(Polarity::Affirmed);
    r.figureFrames = figureFrameLines(s.text(25));
    return r;
}

void bindFilter(Statement& s, const ClaimQuery& q) {
    if (q.status)
        s.bind(1, claimStatusName(*q.status));
    else
        s.bindNull(1);
    s.bind(2, q.documentId).bind(3, q.speakerId).bind(6, q.clusterId);
    if (q.type)
        s.bind(9, claimTypeName(*q.type));
    else
        s.bindNull(9);
    if (q.text.empty()) {
        s.bindNull(7).bindNull(8);
    } else {
        s.bind(7, containsPattern(q.text));
        if (const std::string match = contentMatch(q.text); match.empty())
            s.bindNull(8);  // nothing to look up in the content
        else
            s.bind(8, match);
    }
}

// What a query sorts by: SQL expressions over c (claims), d, o and s, each
// taking the query's direction unless fixed ascending; the claim id breaks
// ties in the query's direction. `nullable`: the key may be NULL (SQLite
// sorts NULL first), which keyset paging must compare apart. Keys with an
// index (schema 14) are written exactly as the index is, so that SQLite
// walks it.
struct SortTerm {
    std::string expression;
    bool directed = true;
    bool nullable = true;
};

std::vector<SortTerm> sortTerms(const ClaimQuery& q) {
    switch (q.order) {
    case ClaimQuery::Order::Speaker: return {{"s.name"}};
    case ClaimQuery::Order::Status: return {{"c.status", true, false}};
    case ClaimQuery::Order::StatedOn: return {{"COALESCE(c.stated_on, '')", true, false}};
    case ClaimQuery::Order::Outlet: return {{"o.name"}};
    case ClaimQuery::Order::Cluster:
        // Clusters shared across documents first, in cluster order; claims
        // alone in theirs (the table shows no cluster for them) after.
        return {{CLAIMDESK_CLUSTER_DOCUMENTS " < 2", false, false},
                {"(SELECT m.cluster_id FROM cluster_members m WHERE m.claim_id = c.id)"}};
    case ClaimQuery::Order::Content: return {{"c.content", true, false}};
    case ClaimQuery::Order::Kind: return {{"c.kind", true, false}};
    case ClaimQuery::Order::Type: return {{"c.type", true, false}};
    case ClaimQuery::Order::Quantities:
        return {{"(SELECT group_concat(q.text, '; ') FROM quantities q WHERE q.claim_id = c.id)"}};
    case ClaimQuery::Order::Disagreement:
        return {{"COALESCE((SELECT k.disagreement AND m.disputed FROM cluster_members m JOIN clusters k ON k.id = m.cluster_id "
                 "WHERE m.claim_id = c.id), 0)", true, false}};
    case ClaimQuery::Order::Credibility: return {{"COALESCE(c.credibility, 0)", true, false}};
    case ClaimQuery::Order::Verdict:
        return {{"COALESCE(c.verdict, '')", true, false}, {"COALESCE(c.credibility, 0)", true, false}};
    // As the grade reads: source reliability, then credibility.
    case ClaimQuery::Order::Grade: return {{"COALESCE(s.reliability, o.reliability)"}, {"c.credibility"}};
    case ClaimQuery::Order::Document: break;
    }
    return {{"c.document_id", true, false}, {"c.content_start", true, false}};
}

constexpr const char* kClaimJoins =
    " FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN outlets o ON o.id = d.outlet_id "
    "LEFT JOIN speakers s ON s.id = c.speaker_id ";

// Whether `term` sorts after `anchor` (both SQL expressions), NULL first
// when ascending as SQLite sorts.
std::string sortsAfter(const std::string& term, const std::string& anchor, bool ascending, bool nullable) {
    const std::string strictly = term + (ascending ? " > " : " < ") + anchor;
    if (!nullable)
        return strictly;
    const std::string& nullSide = ascending ? anchor : term;
    const std::string& valueSide = ascending ? term : anchor;
    return "((" + nullSide + " IS NULL AND " + valueSide + " IS NOT NULL) OR " + strictly + ")";
}

// The keyset condition of a page that continues after claim ?10: its rows
// sort after that claim's keys (read by the same expressions). When every
// key is non-null and sorts one way, a row value comparison, which SQLite
// answers by seeking in an index of those keys.
std::string continuesAfter(const std::vector<SortTerm>& terms, bool descending) {
    std::string anchorKeys;
    for (std::size_t i = 0; i < terms.size(); ++i)
        anchorKeys += "(" + terms[i].expression + ") AS a" + std::to_string(i) + ", ";
    const std::string anchor = "(SELECT " + anchorKeys + "c.id AS aid" + kClaimJoins + "WHERE c.id = ?10)";
    const auto anchorOf = [&](const std::string& column) { return "(SELECT " + column + " FROM " + anchor + ")"; };
    bool rowValue = true;
    for (const auto& t : terms)
        rowValue = rowValue && !t.nullable && t.directed;
    if (rowValue) {
        std::string mine, theirs;
        for (std::size_t i = 0; i < terms.size(); ++i) {
            mine += "(" + terms[i].expression + "), ";
            theirs += "a" + std::to_string(i) + ", ";
        }
        // The first key on its own as well: SQLite seeks an index on an
        // expression by a comparison of that expression, not by a row value.
        return "AND (" + terms[0].expression + ") " + (descending ? "<=" : ">=") + " (SELECT a0 FROM " + anchor +
               ") AND (" + mine + "c.id) " + (descending ? "<" : ">") + " (SELECT " + theirs + "aid FROM " + anchor +
               ") ";
    }
    // Sorted after the anchor at the first key that differs.
    std::string condition = sortsAfter("c.id", anchorOf("aid"), !descending, false);
    for (std::size_t i = terms.size(); i-- > 0;) {
        const std::string key = "(" + terms[i].expression + ")";
        const std::string their = anchorOf("a" + std::to_string(i));
        const bool ascending = terms[i].directed ? !descending : true;
        condition = sortsAfter(key, their, ascending, terms[i].nullable) + " OR (" + key + " IS " + their + " AND (" +
                    condition + "))";
    }
    return "AND (" + condition + ") ";
}

// One page of claims: the page's ids are chosen first, sorting only the
// sort keys of all matching claims, and the full rows (with their
// subqueries) are read for those ids alone.
std::string pageQuery(const ClaimQuery& q) {
    const char* dir = q.descending ? " DESC" : " ASC";
    const auto terms = sortTerms(q);
    std::string keys, inner, outer;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const std::string k = "k" + std::to_string(i);
        keys += ", (" + terms[i].expression + ") AS " + k;
        const std::string direction = terms[i].directed ? dir : " ASC";
        inner += k + direction + ", ";
        outer += "page." + k + direction + ", ";
    }
    const std::string keyset = q.after ? continuesAfter(terms, q.descending) : std::string();
    return std::string(kClaimColumns) + "JOIN (SELECT c.id AS pid" + keys + kClaimJoins + kClaimFilter + keyset +
           "ORDER BY " + inner + "c.id" + dir + " LIMIT ?4 OFFSET ?5) page ON page.pid = c.id ORDER BY " + outer +
           "c.id" + dir;
}

void bindPage(Statement& s, const ClaimQuery& q) {
    bindFilter(s, q);
    s.bind(4, q.limit).bind(5, q.offset);
    if (q.after)
        s.bind(10, *q.after);
}

#undef CLAIMDESK_CLUSTER_DOCUMENTS

}  // namespace

Result<std::vector<ClaimRow>> ProjectStore::claims(const ClaimQuery& query) {
    auto stmt = m_db.prepare(pageQuery(query));
    if (!stmt)
        return makeError(stmt.error());
    bindPage(*stmt, query);
    std::vector<ClaimRow> rows;
    while (stmt->step())
        rows.push_back(readClaimRow(*stmt));
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return rows;
}

Result<std::string> claimsQueryPlan(ProjectStore& store, const ClaimQuery& query) {
    auto stmt = store.database().prepare("EXPLAIN QUERY PLAN " + pageQuery(query));
    if (!stmt)
        return makeError(stmt.error());
    bindPage(*stmt, query);
    std::string plan;
    while (stmt->step())
        plan += stmt->text(3) + "\n";
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return plan;
}

Result<std::int64_t> ProjectStore::countClaims(const ClaimQuery& query) {
    auto stmt = m_db.prepare(std::string("SELECT COUNT(*) FROM claims c ") + kClaimFilter);
    if (!stmt)
        return makeError(stmt.error());
    bindFilter(*stmt, query);
    stmt->step();
    return stmt->int64(0);
}

Result<ClaimRow> ProjectStore::claim(std::int64_t id) {
    auto stmt = m_db.prepare(std::string(kClaimColumns) + "WHERE c.id = ?");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, id);
    if (!stmt->step())
        return makeError("no claim " + std::to_string(id));
    return readClaimRow(*stmt);
}

Status ProjectStore::review(const std::vector<ReviewDecision>& decisions, const ClusterJudge& judge) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    auto update = m_db.prepare("UPDATE claims SET status = ? WHERE id = ?");
    auto append = m_db.prepare("INSERT INTO review_history(claim_id, status, reason, analyst, at) VALUES (?,?,?,?,?)");
    if (!update || !append)
        return makeError(!update ? update.error() : append.error());
    for (const auto& d : decisions) {
        if (d.analyst.empty())
            return makeError("a review needs the analyst's name");
        if (Status s = update->bind(1, claimStatusName(d.status)).bind(2, d.claimId).run(); !s.ok())
            return s;
        if (m_db.changes() != 1)
            return makeError("no claim " + std::to_string(d.claimId));
        if (Status s = append->bind(1, d.claimId)
                           .bind(2, claimStatusName(d.status))
                           .bind(3, d.reason)
                           .bind(4, d.analyst)
                           .bind(5, d.at)
                           .run();
            !s.ok())
            return s;
    }
    // Each decision became the status as it was appended: the last one made
    // here is current, whatever time any decision carries.
    std::set<std::int64_t> claims;
    for (const auto& d : decisions)
        claims.insert(d.claimId);
    // A wrong attribution is no member of any cluster, nor of its
    // disagreement; reversed, the claim goes back.
    std::set<std::int64_t> touchedClusters;
    if (Status s = setAsideRejected(claims, touchedClusters); !s.ok())
        return s;
    if (Status s = judgeClusters(touchedClusters, judge); !s.ok())
        return s;
    return tx.commit();
}

Result<std::vector<ReviewDecision>> ProjectStore::reviewHistory(std::int64_t claimId) {
    auto stmt = m_db.prepare(
        "SELECT status, reason, analyst, at, imported, applied FROM review_history WHERE claim_id = ? ORDER BY id");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, claimId);
    std::vector<ReviewDecision> out;
    while (stmt->step())
        out.push_back({claimId, claimStatusFromName(stmt->text(0)).value_or(ClaimStatus::Extracted), stmt->text(1),
                       stmt->text(2), stmt->text(3), stmt->int64(4) != 0, stmt->int64(5) != 0});
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return out;
}

Status ProjectStore::setCredibility(std::int64_t claimId, std::optional<int> credibility) {
    if (credibility && (*credibility < 1 || *credibility > 6))
        return makeError("credibility is graded 1 to 6");
    auto stmt = m_db.prepare("UPDATE claims SET credibility = ? WHERE id = ?");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, credibility).bind(2, claimId);
    if (Status s = stmt->run(); !s.ok())
        return s;
    if (m_db.changes() != 1)
        return makeError("no claim " + std::to_string(claimId));
    return {};
}

Status ProjectStore::replaceAnalysis(std::int64_t documentId, const Analysis& analysis) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    // Claims an analyst touched in any way are kept.
    constexpr const char* kTouched =
        "(origin = 'analyst' OR status <> 'extracted' OR credibility IS NOT NULL OR verdict IS NOT NULL "
        " OR id IN (SELECT claim_id FROM review_history) OR id IN (SELECT claim_id FROM assessment_history) "
        " OR id IN (SELECT m.claim_id FROM cluster_members m JOIN disagreement_dismissals x "
        "           ON x.cluster_id = m.cluster_id WHERE m.claim_id IS NOT NULL) "
        " OR id IN (SELECT claim_id FROM annotations WHERE claim_id IS NOT NULL) "
        " OR id IN (SELECT claim_id FROM cluster_members WHERE pinned = 1 AND claim_id IS NOT NULL))";
    std::set<std::pair<std::int64_t, std::int64_t>> kept;
    {
        auto stmt = m_db.prepare(std::string("SELECT content_start, content_end FROM claims WHERE document_id = ? AND ") +
                                 kTouched);
        if (!stmt)
            return makeError(stmt.error());
        stmt->bind(1, documentId);
        while (stmt->step())
            kept.insert({stmt->int64(0), stmt->int64(1)});
    }
    const std::string id = std::to_string(documentId);
    const std::string untouched = std::string("SELECT id FROM claims WHERE document_id = ") + id + " AND NOT " + kTouched;
    for (const std::string& sql : {
             "DELETE FROM claims_fts WHERE rowid IN (" + untouched + ")",
             "DELETE FROM claims WHERE id IN (" + untouched + ")",
             "DELETE FROM events WHERE document_id = " + id +
                 " AND origin = 'extractor' AND id NOT IN (SELECT event_id FROM annotations WHERE event_id IS NOT NULL)",
             "DELETE FROM timexes WHERE document_id = " + id,
             "DELETE FROM speaker_mentions WHERE document_id = " + id,
         }) {
        if (Status s = m_db.exec(sql); !s.ok())
            return s;
    }
    if (Status s = writeAnalysis(documentId, analysis, kept); !s.ok())
        return s;
    return tx.commit();
}

}  // namespace claimdesk::store
