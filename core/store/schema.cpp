#include "core/store/schema.h"

#include <cstdio>
#include <iterator>
#include <string>

#include "core/store/postgres/postgresschema.h"

namespace claimdesk::store {
namespace {

// Version 1: everything an analyst's project holds. Ids of rows an analyst
// can point at are AUTOINCREMENT: a deleted claim's id is never reused, so
// an old reference can never land on another claim. Offsets are code points
// into documents.text. Rows made by an analyst carry origin = 'analyst' and
// are never replaced by a re-run of extraction.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE outlets (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  reliability TEXT CHECK (reliability IN ('A','B','C','D','E','F'))
);

CREATE TABLE documents (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  sha256      TEXT NOT NULL UNIQUE,
  file_name   TEXT NOT NULL,
  file_path   TEXT NOT NULL,
  media_type  TEXT NOT NULL CHECK (media_type IN ('text/plain','text/html','application/pdf')),
  original    BLOB NOT NULL,
  text        TEXT NOT NULL,
  outlet_id   INTEGER REFERENCES outlets(id),
  title       TEXT,
  authors     TEXT NOT NULL DEFAULT '[]',
  published   TEXT,
  body_start  INTEGER NOT NULL,
  body_end    INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  CHECK (0 <= body_start AND body_start <= body_end)
);

CREATE TABLE speakers (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('person','organization','group')),
  role        TEXT,
  reliability TEXT CHECK (reliability IN ('A','B','C','D','E','F')),
  origin      TEXT NOT NULL DEFAULT 'extractor' CHECK (origin IN ('extractor','analyst'))
);

CREATE TABLE speaker_aliases (
  id          INTEGER PRIMARY KEY,
  speaker_id  INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
  alias       TEXT NOT NULL,
  folded      TEXT NOT NULL,
  UNIQUE (speaker_id, folded)
);
CREATE INDEX speaker_aliases_folded ON speaker_aliases(folded);

CREATE TABLE speaker_mentions (
  id          INTEGER PRIMARY KEY,
  speaker_id  INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL
);
CREATE INDEX speaker_mentions_document ON speaker_mentions(document_id);

CREATE TABLE claims (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  speaker_id    INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('direct','indirect','mixed')),
  content_start INTEGER NOT NULL,
  content_end   INTEGER NOT NULL,
  content       TEXT NOT NULL,
  cue_start     INTEGER,
  cue_end       INTEGER,
  mention_start INTEGER,
  mention_end   INTEGER,
  stated_on     TEXT,
  status        TEXT NOT NULL DEFAULT 'extracted' CHECK (status IN ('extracted','confirmed','rejected')),
  credibility   INTEGER CHECK (credibility BETWEEN 1 AND 6),
  origin        TEXT NOT NULL DEFAULT 'extractor' CHECK (origin IN ('extractor','analyst')),
  CHECK (content_start <= content_end)
);
CREATE INDEX claims_document ON claims(document_id);
CREATE INDEX claims_speaker ON claims(speaker_id);
CREATE INDEX claims_status ON claims(status);

CREATE TABLE quantities (
  id          INTEGER PRIMARY KEY,
  claim_id    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  value       REAL,
  low         REAL,
  high        REAL,
  approximate INTEGER NOT NULL DEFAULT 0,
  unit        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quantities_claim ON quantities(claim_id);

CREATE TABLE timexes (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  type        TEXT NOT NULL,
  value       TEXT NOT NULL,
  mod         TEXT
);
CREATE INDEX timexes_document ON timexes(document_id);

CREATE TABLE events (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  date           TEXT,
  what           TEXT NOT NULL,
  place          TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  evidence       TEXT NOT NULL,
  origin         TEXT NOT NULL DEFAULT 'extractor' CHECK (origin IN ('extractor','analyst'))
);
CREATE INDEX events_document ON events(document_id);

CREATE TABLE clusters (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  kind         TEXT NOT NULL CHECK (kind IN ('claim','event')),
  label        TEXT,
  disagreement INTEGER NOT NULL DEFAULT 0,
  reason       TEXT,
  -- corroboration: outlets carrying it, and the distinct speakers it traces
  -- back to (an outlet repeating a speaker is not a second witness)
  outlet_count        INTEGER NOT NULL DEFAULT 0,
  independent_sources INTEGER NOT NULL DEFAULT 0,
  origin_speaker      TEXT
);

-- pinned = 1: the analyst placed this member; recomputation keeps it there.
CREATE TABLE cluster_members (
  cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
  claim_id   INTEGER REFERENCES claims(id) ON DELETE CASCADE,
  event_id   INTEGER REFERENCES events(id) ON DELETE CASCADE,
  pinned     INTEGER NOT NULL DEFAULT 0,
  CHECK ((claim_id IS NULL) <> (event_id IS NULL))
);
CREATE UNIQUE INDEX cluster_members_claim ON cluster_members(claim_id) WHERE claim_id IS NOT NULL;
CREATE UNIQUE INDEX cluster_members_event ON cluster_members(event_id) WHERE event_id IS NOT NULL;

-- An analyst's highlight, anchored twice (W3C Web Annotation): by position
-- and by quote with context, so it re-anchors when the text is re-read and
-- becomes an orphan (never silently dropped) when it cannot.
CREATE TABLE annotations (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  exact       TEXT NOT NULL,
  prefix      TEXT NOT NULL DEFAULT '',
  suffix      TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL CHECK (kind IN ('claim','event','note')),
  note        TEXT NOT NULL DEFAULT '',
  claim_id    INTEGER REFERENCES claims(id) ON DELETE SET NULL,
  event_id    INTEGER REFERENCES events(id) ON DELETE SET NULL,
  author      TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  orphaned    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX annotations_document ON annotations(document_id);

-- Every review decision, append-only: rows are never updated or deleted.
CREATE TABLE review_history (
  id       INTEGER PRIMARY KEY,
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE RESTRICT,
  status   TEXT NOT NULL CHECK (status IN ('extracted','confirmed','rejected')),
  reason   TEXT NOT NULL DEFAULT '',
  analyst  TEXT NOT NULL,
  at       TEXT NOT NULL
);
CREATE INDEX review_history_claim ON review_history(claim_id);
CREATE TRIGGER review_history_no_update BEFORE UPDATE ON review_history
BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END;
CREATE TRIGGER review_history_no_delete BEFORE DELETE ON review_history
BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END;

-- Full-text search; rowid = documents.id and claims.id.
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE claims_fts USING fts5(content, tokenize = 'unicode61 remove_diacritics 2');
)sql";

// Version 2: members by cluster, so the claim table can tell a claim alone
// in its cluster from one other articles share without scanning them all.
constexpr const char* kVersion2 = R"sql(
CREATE INDEX IF NOT EXISTS cluster_members_cluster ON cluster_members(cluster_id);
)sql";

// Version 3: each claim cluster keeps how many documents it spans, kept by
// triggers on its members (claims never change document), so the claim
// table can sort shared clusters first without counting per row.
constexpr const char* kVersion3 = R"sql(
ALTER TABLE clusters ADD COLUMN document_count INTEGER NOT NULL DEFAULT 0;
UPDATE clusters SET document_count = (
  SELECT COUNT(DISTINCT c.document_id) FROM cluster_members m JOIN claims c ON c.id = m.claim_id
  WHERE m.cluster_id = clusters.id);
CREATE TRIGGER cluster_documents_after_insert AFTER INSERT ON cluster_members WHEN NEW.claim_id IS NOT NULL
BEGIN
  UPDATE clusters SET document_count = (
    SELECT COUNT(DISTINCT c.document_id) FROM cluster_members m JOIN claims c ON c.id = m.claim_id
    WHERE m.cluster_id = NEW.cluster_id) WHERE id = NEW.cluster_id;
END;
CREATE TRIGGER cluster_documents_after_delete AFTER DELETE ON cluster_members WHEN OLD.claim_id IS NOT NULL
BEGIN
  UPDATE clusters SET document_count = (
    SELECT COUNT(DISTINCT c.document_id) FROM cluster_members m JOIN claims c ON c.id = m.claim_id
    WHERE m.cluster_id = OLD.cluster_id) WHERE id = OLD.cluster_id;
END;
CREATE TRIGGER cluster_documents_after_update AFTER UPDATE OF cluster_id, claim_id ON cluster_members
BEGIN
  UPDATE clusters SET document_count = (
    SELECT COUNT(DISTINCT c.document_id) FROM cluster_members m JOIN claims c ON c.id = m.claim_id
    WHERE m.cluster_id = clusters.id) WHERE id IN (OLD.cluster_id, NEW.cluster_id);
END;
)sql";

// Version 4: linking by candidates. Every claim and event enters a queue
// when stored (a durable "needs linking" mark: a linking pass that did not
// finish leaves it for the next open to complete), and each linked claim's
// content words are posted in an index so that a new claim finds the claims
// that share its rarer words without reading the project. Claims stored
// before this version are queued as linked already: their words are posted
// and their clusters kept.
constexpr const char* kVersion4 = R"sql(
CREATE TABLE link_pending_claims (
  claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE
);
CREATE TABLE link_pending_events (
  event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE
);
CREATE TRIGGER link_pending_claim AFTER INSERT ON claims
BEGIN INSERT INTO link_pending_claims(claim_id) VALUES (NEW.id); END;
CREATE TRIGGER link_pending_event AFTER INSERT ON events
BEGIN INSERT INTO link_pending_events(event_id) VALUES (NEW.id); END;
INSERT INTO link_pending_claims(claim_id) SELECT id FROM claims;
-- claims: how many claims ever posted the word (its rarity); postings stop
-- once a word is too common to find candidates.
CREATE TABLE link_words (
  id     INTEGER PRIMARY KEY,
  word   TEXT NOT NULL UNIQUE,
  claims INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE link_postings (
  word_id  INTEGER NOT NULL,
  claim_id INTEGER NOT NULL,
  PRIMARY KEY (word_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX link_postings_claim ON link_postings(claim_id);
CREATE TRIGGER link_postings_claim_deleted AFTER DELETE ON claims
BEGIN DELETE FROM link_postings WHERE claim_id = OLD.id; END;
CREATE INDEX IF NOT EXISTS events_date ON events(date);
)sql";

// Version 5: each speaker alias keeps its last word, indexed, so that a
// person named by surname alone is matched to the one full name ending
// with it without scanning every alias of the project (a scan per speaker
// made storing a document slower the more the project held).
constexpr const char* kVersion5 = R"sql(
ALTER TABLE speaker_aliases ADD COLUMN last_word TEXT;
UPDATE speaker_aliases SET last_word = substr(folded, length(rtrim(folded, replace(folded, ' ', ''))) + 1);
CREATE INDEX speaker_aliases_last_word ON speaker_aliases(last_word);
CREATE TRIGGER speaker_alias_last_word AFTER INSERT ON speaker_aliases
BEGIN
  UPDATE speaker_aliases SET last_word = substr(NEW.folded, length(rtrim(NEW.folded, replace(NEW.folded, ' ', ''))) + 1)
  WHERE id = NEW.id;
END;
)sql";


// Version 6: the analyst's assessment of a claim, apart from review (which
// checks only the extraction: who said what). A verdict label from the
// project's own list (verdict_labels, editable; rating on ClaimReview's
// 1 false .. 5 true scale, none for labels that rate nothing) and a note
// beside the existing credibility; every assessment appended to its
// history, which is never rewritten.
constexpr const char* kVersion6 = R"sql(
ALTER TABLE claims ADD COLUMN verdict TEXT;
ALTER TABLE claims ADD COLUMN assessment_note TEXT NOT NULL DEFAULT '';
CREATE TABLE verdict_labels (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
  rating   INTEGER CHECK (rating BETWEEN 1 AND 5),
  position INTEGER NOT NULL DEFAULT 0
);
INSERT INTO verdict_labels(name, rating, position) VALUES
  ('corroborated', 5, 1), ('unverified', NULL, 2), ('disputed', 3, 3), ('false', 1, 4);
CREATE TABLE assessment_history (
  id          INTEGER PRIMARY KEY,
  claim_id    INTEGER NOT NULL REFERENCES claims(id) ON DELETE RESTRICT,
  credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
  verdict     TEXT,
  note        TEXT NOT NULL DEFAULT '',
  analyst     TEXT NOT NULL,
  at          TEXT NOT NULL
);
CREATE INDEX assessment_history_claim ON assessment_history(claim_id);
CREATE TRIGGER assessment_history_no_update BEFORE UPDATE ON assessment_history
BEGIN SELECT RAISE(ABORT, 'assessment history is append-only'); END;
CREATE TRIGGER assessment_history_no_delete BEFORE DELETE ON assessment_history
BEGIN SELECT RAISE(ABORT, 'assessment history is append-only'); END;
)sql";

// Version 7: what the analyst keeps for the whole project: the common
// reasons for marking an attribution wrong (an editable list the reject
// dialog offers), free texts such as the report's summary, and the titles
// given to timeline lanes.
constexpr const char* kVersion7 = R"sql(
CREATE TABLE reject_reasons (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  text     TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL DEFAULT 0
);
INSERT INTO reject_reasons(text, position) VALUES
  ('Not a claim: a fragment of the text', 1),
  ('Wrong speaker', 2),
  ('Claim cut short or run into the next sentence', 3),
  ('The outlet''s own words, not a speaker''s', 4),
  ('Repeats another claim of the same article', 5);
CREATE TABLE project_texts (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE lane_titles (
  lane_key TEXT PRIMARY KEY,
  title    TEXT NOT NULL
);
)sql";

// Version 8: the analyst's hand on clusters. A disagreement dismissed
// ("not a disagreement", with why) holds while linking finds the same
// conflict in that cluster. A claim whose attribution is marked wrong is
// set aside from its cluster (cluster_set_aside remembers where it was)
// and goes back when the mark is reversed.
constexpr const char* kVersion8 = R"sql(
CREATE TABLE disagreement_dismissals (
  cluster_id       INTEGER PRIMARY KEY REFERENCES clusters(id) ON DELETE CASCADE,
  dismissed_reason TEXT NOT NULL,
  why              TEXT NOT NULL DEFAULT '',
  analyst          TEXT NOT NULL,
  at               TEXT NOT NULL
);
CREATE TABLE cluster_set_aside (
  claim_id   INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
  cluster_id INTEGER NOT NULL,
  pinned     INTEGER NOT NULL DEFAULT 0
);
INSERT INTO cluster_set_aside(claim_id, cluster_id, pinned)
  SELECT m.claim_id, m.cluster_id, m.pinned FROM cluster_members m JOIN claims c ON c.id = m.claim_id
  WHERE c.status = 'rejected';
DELETE FROM cluster_members WHERE claim_id IN (SELECT id FROM claims WHERE status = 'rejected');
)sql";

// Version 9: a document's title, outlet, authors and date as the analyst
// corrects them, every change appended (the first one keeps what
// ingestion detected as its old value).
constexpr const char* kVersion9 = R"sql(
CREATE TABLE document_edits (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  field       TEXT NOT NULL CHECK (field IN ('title','outlet','authors','published')),
  old_value   TEXT,
  new_value   TEXT,
  analyst     TEXT NOT NULL,
  at          TEXT NOT NULL
);
CREATE INDEX document_edits_document ON document_edits(document_id);
)sql";

// Version 10: what kind of attribution each claim is (statement, denial,
// belief, request, reference) and whether it was made at all (affirmed,
// negated, declined); each figure's frame: what it counts (measure), whose
// (subject), as of when (period, period_kind) and whether it is a running
// total. Rows from before read as statements, affirmed, with empty frames
// until their documents are analysed again.
constexpr const char* kVersion10ClaimTypesAndFigureFrames = R"sql(
ALTER TABLE claims ADD COLUMN type TEXT NOT NULL DEFAULT 'statement'
  CHECK (type IN ('statement','denial','belief','request','reference'));
ALTER TABLE claims ADD COLUMN polarity TEXT NOT NULL DEFAULT 'affirmed'
  CHECK (polarity IN ('affirmed','negated','declined'));
CREATE INDEX claims_type ON claims(type);
ALTER TABLE quantities ADD COLUMN measure TEXT NOT NULL DEFAULT '';
ALTER TABLE quantities ADD COLUMN subject TEXT NOT NULL DEFAULT '';
ALTER TABLE quantities ADD COLUMN period TEXT NOT NULL DEFAULT '';
ALTER TABLE quantities ADD COLUMN period_kind TEXT NOT NULL DEFAULT 'unknown'
  CHECK (period_kind IN ('unknown','as_of','during','said'));
ALTER TABLE quantities ADD COLUMN cumulative INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 11: which members of a disagreeing cluster take part in the
// disagreement (the claims whose figures conflict, a denial and what it
// denies), so that a claim merely sharing the cluster is not shown as
// disagreeing. Members from before count as taking part until relinked.
constexpr const char* kVersion11DisputedMembers = R"sql(
ALTER TABLE cluster_members ADD COLUMN disputed INTEGER NOT NULL DEFAULT 1;
)sql";

// Version 12: a cluster's document count is kept by looking at the one
// document a member belongs to, not by recounting the cluster: recounting
// on every member added made linking into a large cluster quadratic (a
// background paragraph that a thousand articles repeat). A member counts
// its document in when it is the document's first claim in the cluster
// and out when it was the last; events (no claim) count nothing.
constexpr const char* kVersion12DocumentCountByMember = R"sql(
DROP TRIGGER cluster_documents_after_insert;
DROP TRIGGER cluster_documents_after_delete;
DROP TRIGGER cluster_documents_after_update;
CREATE TRIGGER cluster_documents_after_insert AFTER INSERT ON cluster_members WHEN NEW.claim_id IS NOT NULL
BEGIN
  UPDATE clusters SET document_count = document_count + 1 WHERE id = NEW.cluster_id AND NOT EXISTS (
    SELECT 1 FROM claims c JOIN cluster_members m ON m.claim_id = c.id
    WHERE c.document_id = (SELECT document_id FROM claims WHERE id = NEW.claim_id)
      AND m.cluster_id = NEW.cluster_id AND m.rowid <> NEW.rowid);
END;
CREATE TRIGGER cluster_documents_after_delete AFTER DELETE ON cluster_members WHEN OLD.claim_id IS NOT NULL
BEGIN
  UPDATE clusters SET document_count = document_count - 1 WHERE id = OLD.cluster_id AND NOT EXISTS (
    SELECT 1 FROM claims c JOIN cluster_members m ON m.claim_id = c.id
    WHERE c.document_id = (SELECT document_id FROM claims WHERE id = OLD.claim_id)
      AND m.cluster_id = OLD.cluster_id);
END;
CREATE TRIGGER cluster_documents_after_update AFTER UPDATE OF cluster_id, claim_id ON cluster_members
BEGIN
  UPDATE clusters SET document_count = document_count - 1
  WHERE OLD.claim_id IS NOT NULL AND id = OLD.cluster_id AND NOT EXISTS (
    SELECT 1 FROM claims c JOIN cluster_members m ON m.claim_id = c.id
    WHERE c.document_id = (SELECT document_id FROM claims WHERE id = OLD.claim_id)
      AND m.cluster_id = OLD.cluster_id AND m.rowid <> NEW.rowid);
  UPDATE clusters SET document_count = document_count + 1
  WHERE NEW.claim_id IS NOT NULL AND id = NEW.cluster_id AND NOT EXISTS (
    SELECT 1 FROM claims c JOIN cluster_members m ON m.claim_id = c.id
    WHERE c.document_id = (SELECT document_id FROM claims WHERE id = NEW.claim_id)
      AND m.cluster_id = NEW.cluster_id AND m.rowid <> NEW.rowid);
END;
UPDATE clusters SET document_count = (
  SELECT COUNT(DISTINCT c.document_id) FROM cluster_members m JOIN claims c ON c.id = m.claim_id
  WHERE m.cluster_id = clusters.id);
)sql";

// Version 13: decision order that does not trust clocks: which decision is a claim's
// current one is decided by the history's own sequence (its id, append-only
// and never reused), not by the time a decision carries. A decision merged
// in from an export elsewhere is marked imported; one that conflicted with
// the project's current decision is kept for the record but not applied.
constexpr const char* kDecisionOrder = R"sql(
ALTER TABLE review_history ADD COLUMN imported INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1));
ALTER TABLE review_history ADD COLUMN applied INTEGER NOT NULL DEFAULT 1 CHECK (applied IN (0, 1));
)sql";

// Version 14: an index for each claim column the claim table sorts by,
// so that the first page in that order, and each page after it (keyset
// paging continues after the last row's key), is a seek in the index
// instead of a sort of every claim. A missing value is indexed as the
// lowest one ('' or 0), where SQLite sorts NULL, so that every key can be
// compared. Indexes only: the step can run again.
constexpr const char* kVersion14ClaimSortIndexes = R"sql(
CREATE INDEX IF NOT EXISTS claims_document_order ON claims(document_id, content_start);
DROP INDEX IF EXISTS claims_document;  -- the one above serves its lookups
CREATE INDEX IF NOT EXISTS claims_stated_on ON claims(COALESCE(stated_on, ''));
CREATE INDEX IF NOT EXISTS claims_content ON claims(content);
CREATE INDEX IF NOT EXISTS claims_kind ON claims(kind);
CREATE INDEX IF NOT EXISTS claims_credibility ON claims(COALESCE(credibility, 0));
CREATE INDEX IF NOT EXISTS claims_verdict ON claims(COALESCE(verdict, ''), COALESCE(credibility, 0));
)sql";

// Version 15: clusters whose facts wait to be judged again: marked when
// their members change where no judge is at hand, judged and unmarked by
// the next open for work (pipeline::relinkProject). Marks at once the
// clusters that lost a claim marked wrong when version 8 set it aside
// without judging them again, so their old disagreement goes.
constexpr const char* kClustersToJudge = R"sql(
CREATE TABLE IF NOT EXISTS clusters_to_judge (
  cluster_id INTEGER PRIMARY KEY REFERENCES clusters(id) ON DELETE CASCADE
);
INSERT OR IGNORE INTO clusters_to_judge(cluster_id)
  SELECT DISTINCT s.cluster_id FROM cluster_set_aside s JOIN clusters k ON k.id = s.cluster_id WHERE k.kind = 'claim';
)sql";

// One step of the schema: its SQLite text and, where PostgreSQL needs
// other words, its PostgreSQL form (postgres/postgresschema.h); null: the
// SQLite text runs on both.
struct Migration {
    const char* sqlite;
    const char* postgres = nullptr;
};

const Migration kMigrations[] = {{kVersion1, postgres::kVersion1},
                                 {kVersion2},
                                 {kVersion3, postgres::kVersion3},
                                 {kVersion4, postgres::kVersion4},
                                 {kVersion5, postgres::kVersion5},
                                 {kVersion6, postgres::kVersion6},
                                 {kVersion7, postgres::kVersion7},
                                 {kVersion8},
                                 {kVersion9, postgres::kVersion9},
                                 {kVersion10ClaimTypesAndFigureFrames},
                                 {kVersion11DisputedMembers},
                                 {kVersion12DocumentCountByMember, postgres::kVersion12},
                                 {kDecisionOrder},
                                 {kVersion14ClaimSortIndexes, postgres::kVersion14},
                                 {kClustersToJudge, postgres::kVersion15}};
static_assert(std::size(kMigrations) == kSchemaVersion);

}  // namespace

namespace {

// The file's schema version; the statement is finished before returning so
// that it holds no read snapshot open.
Result<int> readScalar(Database& db, const char* sql, const char* what) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return makeError(stmt.error());
    if (!stmt->step())
        return makeError(std::string("cannot read the ") + what + ": " + stmt->status().error());
    return static_cast<int>(stmt->int64(0));
}

// On PostgreSQL the version is the one row of table schema_version (a
// database has no header to keep it in); no table: version 0.
Result<int> schemaVersion(Database& db) {
    if (db.engine() == Engine::Sqlite)
        return readScalar(db, "PRAGMA user_version", "schema version");
    auto exists = readScalar(db, "SELECT COUNT(*) FROM pg_tables WHERE tablename = 'schema_version' "
                                 "AND schemaname = current_schema()", "schema version");
    if (!exists || *exists == 0)
        return exists;
    return readScalar(db, "SELECT COALESCE(MAX(version), 0) FROM schema_version", "schema version");
}

Status writeSchemaVersion(Database& db) {
    const std::string version = std::to_string(kSchemaVersion);
    if (db.engine() == Engine::Sqlite)
        return db.exec("PRAGMA user_version = " + version);
    return db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL); "
                   "DELETE FROM schema_version; INSERT INTO schema_version(version) VALUES (" + version + ")");
}

Result<std::uint32_t> applicationId(Database& db) {
    auto id = db.prepare("PRAGMA application_id");
    if (!id)
        return makeError(id.error());
    if (!id->step())
        return makeError("cannot read the application id: " + id->status().error());
    return static_cast<std::uint32_t>(id->int64(0));
}

constexpr auto kOwnId = static_cast<std::uint32_t>(kApplicationId);

Status markAsProject(Database& db) { return db.exec("PRAGMA application_id = " + std::to_string(kApplicationId)); }

// Another program's SQLite file (its own application_id) is never made a
// project; 0 is a new file or a project from before the mark.
Status checkOwner(std::uint32_t owner) {
    if (owner == 0 || owner == kOwnId)
        return {};
    char hex[11];
    std::snprintf(hex, sizeof hex, "0x%08X", owner);
    return makeError(std::string("an SQLite file of another program (application_id ") + hex +
                     "), not a Claimdesk project");
}

// A PostgreSQL database is made a project only while it holds no tables:
// one with tables but no schema_version belongs to something else.
Status checkPostgresOwner(Database& db) {
    auto tables = readScalar(db, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()", "tables");
    if (!tables)
        return makeError(tables.error());
    auto version = schemaVersion(db);
    if (!version)
        return makeError(version.error());
    if (*tables > 0 && *version == 0)
        return makeError("a database with tables of its own (no schema_version), not a Claimdesk project");
    return {};
}

Status checkKnown(int version) {
    if (version > kSchemaVersion)
        return makeError("the store was written by a newer Claimdesk (schema " + std::to_string(version) +
                         ", this build knows " + std::to_string(kSchemaVersion) + ")");
    return {};
}

}  // namespace

namespace {

// Runs the steps after `from` and records the version, inside the
// caller's transaction.
Status applySteps(Database& db, int from) {
    const bool postgres = db.engine() == Engine::Postgres;
    for (int v = from; v < kSchemaVersion; ++v) {
        const Migration& step = kMigrations[v];
        const char* sql = postgres && step.postgres ? step.postgres : step.sqlite;
        if (Status s = db.exec(sql); !s.ok())
            return makeError("migration to schema " + std::to_string(v + 1) + " failed: " + s.error());
    }
    return writeSchemaVersion(db);
}

Status checkOwnerAndVersion(Database& db, Result<std::uint32_t>& owner, Result<int>& seen) {
    if (db.engine() == Engine::Postgres) {
        owner = kOwnId;
        if (Status s = checkPostgresOwner(db); !s.ok())
            return s;
    } else {
        owner = applicationId(db);
        if (!owner)
            return makeError(owner.error());
        if (Status s = checkOwner(*owner); !s.ok())
            return s;
    }
    seen = schemaVersion(db);
    if (!seen)
        return makeError(seen.error());
    return checkKnown(*seen);
}

}  // namespace

Status migrate(Database& db) {
    Result<std::uint32_t> owner = makeError("");
    Result<int> seen = makeError("");
    if (Status s = checkOwnerAndVersion(db, owner, seen); !s.ok())
        return s;
    if (*seen == kSchemaVersion) {
        // A current project from before the mark: marked now, on its own.
        // Nothing else depends on it, so a read-only file opens unmarked.
        if (*owner != kOwnId)
            (void)markAsProject(db);
        return {};
    }

    if (db.readOnly())
        return makeError("a project of schema " + std::to_string(*seen) + " needs upgrading to schema " +
                         std::to_string(kSchemaVersion) +
                         ", which cannot be done where it cannot be written: copy it somewhere writable first");
    // Read again under the write lock: another process (the window and the
    // command line on one file; two analysts opening one team project) may
    // have migrated it meanwhile.
    Transaction tx(db);
    if (!tx.started().ok())
        return tx.started();
    if (db.engine() == Engine::Postgres) {
        if (Status s = db.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kApplicationId) + ")"); !s.ok())
            return s;
    }
    auto from = schemaVersion(db);
    if (!from)
        return makeError(from.error());
    if (Status known = checkKnown(*from); !known.ok())
        return known;
    if (Status s = applySteps(db, *from); !s.ok())
        return s;
    if (db.engine() == Engine::Sqlite) {
        if (Status s = markAsProject(db); !s.ok())
            return s;
    }
    return tx.commit();
}

}  // namespace claimdesk::store
