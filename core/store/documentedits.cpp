// ProjectStore: a document's source details as the analyst corrects them,
// each change appended to the document's edit history.

#include <cctype>

#include <nlohmann/json.hpp>

#include "core/store/projectstore.h"

namespace claimdesk::store {
namespace {

bool isCalendarDay(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (!std::isdigit(static_cast<unsigned char>(s[i])))
            return false;
    const int year = std::stoi(s.substr(0, 4)), month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool isAuthorList(const std::string& s) {
    const auto parsed = nlohmann::json::parse(s, nullptr, false);
    if (!parsed.is_array())
        return false;
    for (const auto& a : parsed)
        if (!a.is_string())
            return false;
    return true;
}

std::optional<DocumentField> fieldFromName(const std::string& name) {
    for (DocumentField f : {DocumentField::Title, DocumentField::Outlet, DocumentField::Authors, DocumentField::Published})
        if (name == documentFieldName(f))
            return f;
    return std::nullopt;
}

// The field's current value as the history stores it.
const char* currentValueSql(DocumentField field) {
    switch (field) {
    case DocumentField::Title: return "SELECT title FROM documents WHERE id = ?";
    case DocumentField::Outlet:
        return "SELECT o.name FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id WHERE d.id = ?";
    case DocumentField::Authors: return "SELECT authors FROM documents WHERE id = ?";
    case DocumentField::Published: break;
    }
    return "SELECT published FROM documents WHERE id = ?";
}

}  // namespace

const char* documentFieldName(DocumentField field) {
    switch (field) {
    case DocumentField::Title: return "title";
    case DocumentField::Outlet: return "outlet";
    case DocumentField::Authors: return "authors";
    case DocumentField::Published: break;
    }
    return "published";
}

Status ProjectStore::editDocument(std::int64_t documentId, const DocumentEdit& edit) {
    const std::optional<std::string> value = edit.newValue && !edit.newValue->empty() ? edit.newValue : std::nullopt;
    if (edit.field == DocumentField::Published && value && !isCalendarDay(*value))
        return makeError("the publication date \"" + *value + "\" is not a day written YYYY-MM-DD");
    if (edit.field == DocumentField::Authors && value && !isAuthorList(*value))
        return makeError("authors must be a JSON list of names");
    if (edit.analyst.empty())
        return makeError("an edit needs the analyst's name");
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    auto current = m_db.prepare(currentValueSql(edit.field));
    if (!current)
        return makeError(current.error());
    current->bind(1, documentId);
    if (!current->step())
        return makeError("no document " + std::to_string(documentId));
    const std::optional<std::string> old = current->optionalText(0);
    current->reset();

    Status written;
    switch (edit.field) {
    case DocumentField::Title: {
        auto update = m_db.prepare("UPDATE documents SET title = ? WHERE id = ?");
        auto fts = m_db.prepare("UPDATE documents_fts SET title = ? WHERE rowid = ?");
        if (!update || !fts)
            return makeError(!update ? update.error() : fts.error());
        written = update->bind(1, value).bind(2, documentId).run();
        if (written.ok())
            written = fts->bind(1, value.value_or("")).bind(2, documentId).run();
        break;
    }
    case DocumentField::Outlet: {
        std::optional<std::int64_t> outlet;
        if (value) {
            auto id = outletId(*value);
            if (!id)
                return makeError(id.error());
            outlet = *id;
        }
        auto update = m_db.prepare("UPDATE documents SET outlet_id = ? WHERE id = ?");
        if (!update)
            return makeError(update.error());
        written = update->bind(1, outlet).bind(2, documentId).run();
        break;
    }
    case DocumentField::Authors: {
        auto update = m_db.prepare("UPDATE documents SET authors = ? WHERE id = ?");
        if (!update)
            return makeError(update.error());
        written = update->bind(1, value.value_or("[]")).bind(2, documentId).run();
        break;
    }
    case DocumentField::Published: {
        auto update = m_db.prepare("UPDATE documents SET published = ? WHERE id = ?");
        if (!update)
            return makeError(update.error());
        written = update->bind(1, value).bind(2, documentId).run();
        break;
    }
    }
    if (!written.ok())
        return written;
    auto append = m_db.prepare(
        "INSERT INTO document_edits(document_id, field, old_value, new_value, analyst, at) VALUES (?,?,?,?,?,?)");
    if (!append)
        return makeError(append.error());
    if (Status s = append->bind(1, documentId)
                       .bind(2, documentFieldName(edit.field))
                       .bind(3, old)
                       .bind(4, value)
                       .bind(5, edit.analyst)
                       .bind(6, edit.at)
                       .run();
        !s.ok())
        return s;
    return tx.commit();
}

Result<std::vector<DocumentEdit>> ProjectStore::documentEdits(std::int64_t documentId) {
    auto stmt = m_db.prepare(
        "SELECT field, old_value, new_value, analyst, at FROM document_edits WHERE document_id = ? ORDER BY id");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, documentId);
    std::vector<DocumentEdit> out;
    while (stmt->step())
        out.push_back({fieldFromName(stmt->text(0)).value_or(DocumentField::Title), stmt->optionalText(1),
                       stmt->optionalText(2), stmt->text(3), stmt->text(4)});
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return out;
}

}  // namespace claimdesk::store
