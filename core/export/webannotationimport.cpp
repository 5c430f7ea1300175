#include "core/export/webannotationimport.h"

#include <algorithm>
#include <map>
#include <optional>

#include "core/store/projectstore.h"
#include "core/text/utf8.h"

namespace claimdesk::exporting {
namespace {

using Item = ImportedAnnotation;

class Importer {
public:
    Importer(store::ProjectStore& store, const ImportOptions& options) : m_store(store), m_options(options) {}

    Status run(const std::vector<Item>& items, const std::map<std::string, std::int64_t>& documents) {
        auto speakers = m_store.speakers();
        if (!speakers)
            return makeError(speakers.error());
        m_speakers = std::move(*speakers);
        for (const Item& item : items) {
            const std::int64_t documentId = documents.at(item.sha256);
            auto text = documentText(documentId);
            if (!text)
                return makeError(text.error());
            const std::optional<Span> span = anchorSpan(*text, item.position, item.quote);
            Status s = item.kind == "claim" ? importClaim(item, documentId, *text, span)
                                            : importAnnotation(item, documentId, span);
            if (!s.ok())
                return makeError(item.label + ": " + s.error());
        }
        return {};
    }

    ImportReport report;

private:
    Result<std::string> documentText(std::int64_t id) {
        if (auto it = m_texts.find(id); it != m_texts.end())
            return it->second;
        auto doc = m_store.document(id);
        if (!doc)
            return makeError(doc.error());
        return m_texts[id] = doc->text;
    }

    std::string author(const Item& item) const { return item.creator.empty() ? m_options.analyst : item.creator; }
    std::string createdAt(const Item& item) const {
        return !item.created.empty() ? item.created : !item.modified.empty() ? item.modified : m_options.now;
    }

    static std::string quoteOf(const Item& item) {
        std::string q = item.quote ? item.quote->exact : std::string();
        if (text::codePointCount(q) > 60) {
            const text::OffsetMap map(q);
            q = text::sliceCodePoints(q, map, 0, 57) + "...";
        }
        return "\"" + q + "\"";
    }

    Status keepOrphan(const Item& item, std::int64_t documentId, store::AnnotationKind kind, const std::string& note) {
        store::Annotation a;
        a.documentId = documentId;
        a.span = item.position.value_or(Span{});
        if (item.quote) {
            a.exact = item.quote->exact;
            a.prefix = item.quote->prefix;
            a.suffix = item.quote->suffix;
        }
        a.kind = kind;
        a.note = note;
        a.author = author(item);
        a.createdAt = createdAt(item);
        a.modifiedAt = item.modified;
        auto existing = m_store.annotations(documentId);
        if (!existing)
            return makeError(existing.error());
        const std::string where = item.label + ": " + quoteOf(item) + " is not in " + item.documentLabel;
        for (const auto& e : *existing)
            if (e.orphaned && e.exact == a.exact && e.note == note && e.author == a.author &&
                e.createdAt == a.createdAt) {
                ++report.duplicates;
                report.warnings.push_back(where + " (already kept as an orphan)");
                return {};
            }
        if (auto id = m_store.addOrphanedAnnotation(a); !id)
            return makeError(id.error());
        ++report.orphaned;
        report.warnings.push_back(where + " (kept as an orphaned annotation)");
        return {};
    }

    static std::string decisionText(const store::ReviewDecision& d) {
        return std::string(claimStatusName(d.status)) + " (by " + d.analyst + (d.at.empty() ? "" : ", " + d.at) + ")";
    }

    // A decision that was not applied: the project's own current decision
    // was made without it. Listed, as orphans are, for the analyst.
    void listConflict(const Item& item, const store::DecisionConflict& conflict) {
        ++report.conflicts;
        report.conflictList.push_back(conflict);
        report.warnings.push_back(item.label + ": the claim at " + quoteOf(item) + " in " + item.documentLabel +
                                  " was " + decisionText(conflict.imported) + " in the export, but is " +
                                  decisionText(conflict.current) + " here; kept " +
                                  claimStatusName(conflict.current.status) +
                                  " (the imported decision is in the claim's history)");
    }

    std::optional<std::int64_t> speakerNamed(const std::string& name) const {
        for (const auto& s : m_speakers)
            if (s.name == name)
                return s.id;
        for (const auto& s : m_speakers)
            if (std::find(s.aliases.begin(), s.aliases.end(), name) != s.aliases.end())
                return s.id;
        return std::nullopt;
    }

    Status importClaim(const Item& item, std::int64_t documentId, const std::string& text,
                       const std::optional<Span>& span) {
        if (!span) {
            std::string summary = item.status ? claimStatusName(*item.status) : "claim";
            if (item.credibility)
                summary += " (credibility " + std::to_string(*item.credibility) + ")";
            const std::string reason = !item.history.empty() ? item.history.back().reason : item.note;
            if (!reason.empty())
                summary += ": " + reason;
            return keepOrphan(item, documentId, store::AnnotationKind::Claim, summary);
        }

        store::ClaimQuery query;
        query.documentId = documentId;
        auto rows = m_store.claims(query);
        if (!rows)
            return makeError(rows.error());
        std::optional<store::ClaimRow> claim;
        for (auto& r : *rows)
            if (r.contentSpan == *span)
                claim = std::move(r);

        bool created = false;
        if (!claim) {
            const bool carriesWork = item.byAnalyst || !item.history.empty() || item.credibility ||
                                     (item.status && *item.status != ClaimStatus::Extracted);
            if (!carriesWork) {
                ++report.skipped;
                report.warnings.push_back(item.label + ": no extracted claim at " + quoteOf(item) + " in " +
                                          item.documentLabel + "; nothing was decided about it, so it is left out");
                return {};
            }
            auto id = makeClaim(item, documentId, text, *span);
            if (!id)
                return makeError(id.error());
            auto made = m_store.claim(*id);
            if (!made)
                return makeError(made.error());
            claim = std::move(*made);
            created = true;
        }

        bool changed = false;
        std::vector<store::ReviewDecision> history;
        for (auto d : item.history) {
            d.claimId = claim->id;
            if (d.analyst.empty())
                d.analyst = author(item);
            history.push_back(std::move(d));
        }
        // Another tool's assessment has no history: it is one decision.
        if (!item.historyGiven && item.status && *item.status != claim->status)
            history.push_back({claim->id, *item.status, item.note, author(item),
                               item.modified.empty() ? createdAt(item) : item.modified});
        if (!history.empty()) {
            auto merged = m_store.mergeDecisions(claim->id, history, m_options.judge);
            if (!merged)
                return makeError(merged.error());
            changed = merged->appended > 0;
            if (merged->conflict)
                listConflict(item, *merged->conflict);
        }
        if (item.gradeGiven && item.credibility != claim->credibility) {
            if (Status s = m_store.setCredibility(claim->id, item.credibility); !s.ok())
                return s;
            changed = true;
        }
        if (Status s = importAssessment(item, claim->id, changed); !s.ok())
            return s;
        if (created)
            ++report.claimsCreated;
        else if (changed)
            ++report.claimsUpdated;
        else
            ++report.claimsUnchanged;
        return {};
    }

    // The verdict and note, with the assessments the project lacks appended
    // to the claim's history (oldest first) and the last one made current.
    Status importAssessment(const Item& item, std::int64_t claimId, bool& changed) {
        if (!item.assessmentGiven)
            return {};
        auto current = m_store.assessment(claimId);
        auto known = m_store.assessmentHistory(claimId);
        if (!current || !known)
            return makeError(!current ? current.error() : known.error());
        std::vector<store::AssessmentRecord> missing;
        for (auto r : item.assessments) {
            r.claimId = claimId;
            if (r.analyst.empty())
                r.analyst = author(item);
            const bool seen = std::any_of(known->begin(), known->end(), [&r](const store::AssessmentRecord& k) {
                return k.assessment == r.assessment && k.analyst == r.analyst && k.at == r.at;
            });
            if (!seen)
                missing.push_back(std::move(r));
        }
        const store::Assessment wanted{current->credibility, item.verdict, item.assessmentNote};
        if (missing.empty() && wanted == *current)
            return {};
        if (missing.empty() || !(missing.back().assessment == wanted))
            missing.push_back({claimId, wanted, author(item), item.modified.empty() ? createdAt(item) : item.modified});
        changed = true;
        return m_store.assess(missing);
    }

    // An analyst claim at `span`, with the annotation it is made from, as
    // the window makes one. Returns the claim's id.
    Result<std::int64_t> makeClaim(const Item& item, std::int64_t documentId, const std::string& text, Span span) {
        const text::OffsetMap map(text);
        Claim c;
        c.content = {span, text::sliceCodePoints(text, map, span.start, span.end)};
        c.kind = item.claimKind;
        c.statedOn = item.statedOn;
        std::optional<std::int64_t> speakerId;
        if (!item.speakerName.empty()) {
            speakerId = speakerNamed(item.speakerName);
            if (!speakerId)
                report.warnings.push_back(item.label + ": no speaker named \"" + item.speakerName +
                                          "\" in this project; the claim is left unattributed");
        }
        auto id = m_store.addAnalystClaim(documentId, c, speakerId);
        if (!id)
            return makeError(id.error());
        store::Annotation a;
        a.documentId = documentId;
        a.span = span;
        a.kind = store::AnnotationKind::Claim;
        a.claimId = *id;
        a.author = author(item);
        a.createdAt = createdAt(item);
        if (auto added = m_store.addAnnotation(a); !added)
            return makeError(added.error());
        return *id;
    }

    Status importAnnotation(const Item& item, std::int64_t documentId, const std::optional<Span>& span) {
        const bool isEvent = item.kind == "event";
        const store::AnnotationKind kind = isEvent ? store::AnnotationKind::Event : store::AnnotationKind::Note;
        if (!span)
            return keepOrphan(item, documentId, kind, item.note);

        auto existing = m_store.annotations(documentId);
        if (!existing)
            return makeError(existing.error());
        for (const auto& e : *existing)
            if (!e.orphaned && e.kind == kind && e.span == *span && e.note == item.note && e.author == author(item) &&
                e.createdAt == createdAt(item)) {
                ++report.duplicates;
                return {};
            }

        store::Annotation a;
        a.documentId = documentId;
        a.span = *span;
        a.kind = kind;
        a.note = item.note;
        a.author = author(item);
        a.createdAt = createdAt(item);
        a.modifiedAt = item.modified;
        if (isEvent) {
            auto eventId = eventAt(item, documentId, *span);
            if (!eventId)
                return makeError(eventId.error());
            a.eventId = *eventId;
        }
        if (auto id = m_store.addAnnotation(a); !id)
            return makeError(id.error());
        ++report.annotationsAdded;
        return {};
    }

    // The document's event with this evidence, else an analyst event made there.
    Result<std::int64_t> eventAt(const Item& item, std::int64_t documentId, Span span) {
        auto analysis = m_store.analysis(documentId);
        if (!analysis)
            return makeError(analysis.error());
        for (const auto& e : analysis->events)
            if (e.evidence.span == span)
                return e.id;
        Event e;
        e.what = item.eventWhat;
        e.date = item.eventDate;
        e.place = item.eventPlace;
        const std::string& text = m_texts.at(documentId);
        const text::OffsetMap map(text);
        e.evidence = {span, text::sliceCodePoints(text, map, span.start, span.end)};
        return m_store.addAnalystEvent(documentId, e);
    }

    store::ProjectStore& m_store;
    const ImportOptions& m_options;
    std::vector<store::SpeakerSummary> m_speakers;
    std::map<std::int64_t, std::string> m_texts;
};

}  // namespace

Result<ImportReport> importWebAnnotations(store::ProjectStore& store, const std::vector<ImportedAnnotation>& items,
                                          const ImportOptions& options) {
    // Every document must be in the project before anything is written.
    ImportReport report;
    std::map<std::string, std::int64_t> documents;
    for (const Item& item : items) {
        if (documents.count(item.sha256))
            continue;
        auto id = store.findDocument(item.sha256);
        if (!id)
            return makeError(id.error());
        if (*id)
            documents[item.sha256] = **id;
        else if (std::find(report.missingDocuments.begin(), report.missingDocuments.end(), item.documentLabel) ==
                 report.missingDocuments.end())
            report.missingDocuments.push_back(item.documentLabel);
    }
    if (!report.missingDocuments.empty())
        return report;

    Importer importer(store, options);
    Status imported;
    const Status stored = store.importAsOne([&] {
        imported = importer.run(items, documents);
        return imported;
    });
    if (!imported.ok())
        return makeError(imported.error() + " (nothing was imported)");
    if (!stored.ok())
        return makeError(stored.error());
    return importer.report;
}

}  // namespace claimdesk::exporting
