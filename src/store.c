/* SPDX-License-Identifier: MIT */
/* store.c: the claim store — an SQLite file (WAL mode) holding sources and
 * their claim records; the schema, its migrations, the single-writer rule
 * and the mapping between CcClaim and a row. */
#include "internal.h"

#include "json_write.h"
#include "store_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct _CcStore {
    char *path;
    sqlite3 *db;
    CcStoreOpenMode mode;
    gboolean no_summaries; /* bench_check's previous layout */
    GHashTable *statements; /* static SQL text -> its prepared statement */
    sqlite3_stmt *insert_claim;
    guint progress_every;
    CcStoreProgressFunc progress;
    gpointer progress_data;
};

/* The layout every store starts from; migrations[v] then brings a store at
 * schema version v to v + 1. A new store is this layout plus every
 * migration, so a new store and a migrated one cannot drift apart. */
static const char base_layout[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE sources(id TEXT PRIMARY KEY, path TEXT, title TEXT, outlet TEXT,"
    "  date TEXT, url TEXT);"
    "CREATE TABLE claims("
    "  id TEXT NOT NULL UNIQUE,"
    "  source TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  ord INTEGER NOT NULL, file TEXT, rule TEXT, type TEXT NOT NULL,"
    "  subject TEXT, predicate TEXT, object TEXT, key TEXT,"
    "  value_kind INTEGER NOT NULL DEFAULT 0, value_low REAL, value_high REAL,"
    "  value_has_low INTEGER NOT NULL DEFAULT 0, value_has_high INTEGER NOT NULL DEFAULT 0,"
    "  value_low_strict INTEGER NOT NULL DEFAULT 0,"
    "  value_high_strict INTEGER NOT NULL DEFAULT 0,"
    "  value_approx INTEGER NOT NULL DEFAULT 0, value_vague INTEGER NOT NULL DEFAULT 0,"
    "  value_derived INTEGER NOT NULL DEFAULT 0, value_unit TEXT,"
    "  text TEXT, span_start INTEGER NOT NULL DEFAULT 0, span_end INTEGER NOT NULL DEFAULT 0,"
    "  line INTEGER NOT NULL DEFAULT 0, column INTEGER NOT NULL DEFAULT 0,"
    "  sentence_start INTEGER NOT NULL DEFAULT 0, sentence_end INTEGER NOT NULL DEFAULT 0,"
    "  modality TEXT NOT NULL DEFAULT 'asserted', attribution TEXT,"
    "  as_of INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX claims_by_source ON claims(source, ord);"
    "INSERT INTO meta(key, value) VALUES ('application', 'claimcheck'),"
    "  ('schema_version', '0');";

/* A claim whose relation to another can hold at any distance in time: a
 * running total, a denial or a disputed figure, a claim without a date and
 * one whose value is not a number. The comparator judges every other pair
 * of claims further apart than their window as not comparable. Written
 * once, for the summaries' check and the lookups; src/check.c and the
 * summaries' upkeep (timeless_claim) say the same in C. */
#define SPECIAL_SQL(t)                                                                         \
    "(" #t ".cumulative <> 0 OR " #t ".modality IN ('negated', 'disputed') OR " #t             \
    ".as_of = 0 OR " #t ".value_kind <> 1)"

/* The summaries of schema version 2, for its migration. */
#define SUMMARY_V2_SQL                                                                         \
    "SELECT key, as_of / " G_STRINGIFY(CC_STORE_BUCKET_DAYS) ", count(*),"                     \
    " total(" SPECIAL_SQL(claims) "), max(window_days) FROM claims WHERE key IS NOT NULL"       \
    " GROUP BY 1, 2"

/* A plain claim: a dated figure stated as fact or reported (not denied,
 * disputed or hypothetical). Against a draft's running total or undated
 * figure it agrees or conflicts by its value and date alone, so a key's
 * plain claims can be summarised by what they count (scope and unit) and,
 * per bucket, by their highest low end and lowest high end. Written for
 * the claims table without a qualifier (the partial index needs it so);
 * plain_claim() says the same in C. */
#define PLAIN_SQL                                                                              \
    "(modality IN ('asserted', 'reported', 'hedged') AND as_of <> 0 AND value_kind = 1"        \
    " AND type = 'quantity')"
/* What a plain claim counts, as one string: class_of() in C. */
#define CLASS_SQL                                                                              \
    "(CASE WHEN scope IS NULL THEN '-' ELSE 's:' || scope END || char(10) ||"                  \
    " CASE WHEN value_unit IS NULL THEN '-' ELSE 'u:' || value_unit END)"

/* The summaries recomputed from the claims: what every change keeps. */
#define SUMMARY_SQL                                                                            \
    "SELECT key, as_of / " G_STRINGIFY(CC_STORE_BUCKET_DAYS) ", count(*),"                     \
    " total(" SPECIAL_SQL(claims) "), max(window_days),"                                        \
    " max(CASE WHEN " PLAIN_SQL " AND value_has_low THEN value_low END),"                       \
    " min(CASE WHEN " PLAIN_SQL " AND value_has_high THEN value_high END)"                      \
    " FROM claims WHERE key IS NOT NULL GROUP BY 1, 2"
/* The plain claims of each key by what they count, and their sources. */
#define CLASS_SUMMARY_SQL                                                                      \
    "SELECT key, " CLASS_SQL ", count(*), count(DISTINCT source) FROM claims"                  \
    " WHERE key IS NOT NULL AND " PLAIN_SQL " GROUP BY 1, 2"

/* How far a plain claim reaches beyond its value, as the comparator
 * widens it (compare.c, claim_tolerance): its own relative tolerance
 * (doubled when approximate), the factor of the default tolerance it takes
 * when it has none (0, 1 or 2), its own tolerance in its unit. A key's
 * class keeps the largest of each (claim_reach() in C). */
#define TOL_REL_SQL                                                                            \
    "(CASE WHEN tolerance_abs = 0 AND tolerance > 0 THEN tolerance * (1 + (value_approx <> 0))" \
    " ELSE 0 END)"
#define TOL_DEFAULT_SQL                                                                        \
    "(CASE WHEN tolerance_abs = 0 AND NOT tolerance > 0 THEN 1 + (value_approx <> 0) ELSE 0 END)"
#define TOL_ABS_SQL                                                                            \
    "(CASE WHEN tolerance_abs <> 0 AND tolerance > 0 THEN tolerance * (1 + (value_approx <> 0))" \
    " ELSE 0 END)"
/* The plain claims of each key by what they count, and how far they reach. */
#define CLASS_TOLERANCE_SQL                                                                    \
    "SELECT key AS k, " CLASS_SQL " AS c, max(" TOL_REL_SQL ") AS r,"                           \
    " max(" TOL_DEFAULT_SQL ") AS d, max(" TOL_ABS_SQL ") AS a FROM claims"                     \
    " WHERE key IS NOT NULL AND " PLAIN_SQL " GROUP BY 1, 2"

/* Whether a claim (of the table @t) is its source's only claim on its
 * key: then a check that reads the claim has read all its source says on
 * the key. Kept in the claim's row, written with the source's claims (a
 * source's claims are added and removed together, so it never changes). */
#define ONLY_ON_KEY_SQL(t)                                                                     \
    "(" #t ".key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM claims o INDEXED BY claims_by_source" \
    " WHERE o.source = " #t ".source AND o.key = " #t ".key AND o.rowid <> " #t ".rowid))"

/* Views for people and scripts: dates as ISO text, modality and value kind
 * as words (docs/store.md). */
#define VIEWS_SQL                                                                              \
    "CREATE VIEW claims_v AS SELECT c.id, c.source, s.outlet, s.date AS source_date,"          \
    "  c.key, c.subject, c.predicate, c.object, c.scope, c.type,"                               \
    "  CASE c.value_kind WHEN 0 THEN 'none' WHEN 1 THEN 'number' WHEN 2 THEN 'date' END"        \
    "    AS value_kind,"                                                                        \
    "  CASE WHEN c.value_kind = 2 AND c.value_has_low"                                          \
    "    THEN date(c.value_low + 1721424.5) ELSE c.value_low END AS low,"                            \
    "  CASE WHEN c.value_kind = 2 AND c.value_has_high"                                         \
    "    THEN date(c.value_high + 1721424.5) ELSE c.value_high END AS high,"                         \
    "  c.value_unit AS unit, c.value_approx AS approx, c.value_vague AS vague,"                 \
    "  c.modality, c.attribution,"                                                              \
    "  CASE WHEN c.as_of > 0 THEN date(c.as_of + 1721424.5) END AS as_of,"                           \
    "  c.text, c.file, c.line, c.column, c.rule, c.tolerance, c.window_days, c.cumulative"      \
    "  FROM claims c JOIN sources s ON s.id = c.source;"                                       \
    "CREATE VIEW key_summary_v AS SELECT key,"                                                 \
    "  date(bucket * " G_STRINGIFY(CC_STORE_BUCKET_DAYS) " + 1721424.5) AS from_date,"               \
    "  date((bucket + 1) * " G_STRINGIFY(CC_STORE_BUCKET_DAYS) " + 1721423.5) AS to_date,"           \
    "  claims, timeless, max_window FROM key_summary;"

static const char *const migrations[] = {
    /* 0 -> 1: skip unchanged sources (content_hash), keep the comparison
     * parameters a rule carries, look claims up by key. */
    "ALTER TABLE sources ADD COLUMN content_hash TEXT;"
    "ALTER TABLE sources ADD COLUMN added_at INTEGER;"
    "ALTER TABLE claims ADD COLUMN scope TEXT;"
    "ALTER TABLE claims ADD COLUMN value_orig_low REAL;"
    "ALTER TABLE claims ADD COLUMN value_orig_high REAL;"
    "ALTER TABLE claims ADD COLUMN value_orig_unit TEXT;"
    "ALTER TABLE claims ADD COLUMN tolerance REAL NOT NULL DEFAULT 0;"
    "ALTER TABLE claims ADD COLUMN tolerance_abs INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE claims ADD COLUMN window_days INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE claims ADD COLUMN cumulative INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX claims_by_key ON claims(key, source, ord);",
    /* 1 -> 2: look claims up by key and time; keep per (key, bucket of
     * days) summaries for check, which every change of claims updates in
     * its own transaction; readable views. */
    "DROP INDEX claims_by_key;"
    "CREATE INDEX claims_by_key_time ON claims(key, as_of);"
    "CREATE TABLE key_summary(key TEXT NOT NULL, bucket INTEGER NOT NULL,"
    "  claims INTEGER NOT NULL, timeless INTEGER NOT NULL, max_window INTEGER NOT NULL,"
    "  PRIMARY KEY (key, bucket)) WITHOUT ROWID;"
    "INSERT INTO key_summary " SUMMARY_V2_SQL ";"
    VIEWS_SQL,
    /* 2 -> 3: judge a draft's running totals and undated figures from the
     * summaries: each bucket's highest low end and lowest high end of its
     * plain claims, the plain claims of each key by what they count with
     * their number of sources, and an index of the claims that are not
     * plain (each read whenever its key is). */
    "ALTER TABLE key_summary ADD COLUMN max_low REAL;"
    "ALTER TABLE key_summary ADD COLUMN min_high REAL;"
    "DELETE FROM key_summary;"
    "INSERT INTO key_summary(key, bucket, claims, timeless, max_window, max_low, min_high) "
    SUMMARY_SQL ";"
    "CREATE TABLE key_class(key TEXT NOT NULL, class TEXT NOT NULL,"
    "  claims INTEGER NOT NULL, sources INTEGER NOT NULL,"
    "  PRIMARY KEY (key, class)) WITHOUT ROWID;"
    "INSERT INTO key_class " CLASS_SUMMARY_SQL ";"
    "CREATE INDEX claims_not_plain ON claims(key, as_of) WHERE NOT " PLAIN_SQL ";",
    /* 3 -> 4: a value's change ("from 3,000": the figure it came from, and
     * as stated) and its share of a figure ("a quarter of the 12,000": the
     * fraction and the figure), so that a stored record is the record. */
    "ALTER TABLE claims ADD COLUMN value_from REAL;"
    "ALTER TABLE claims ADD COLUMN value_orig_from REAL;"
    "ALTER TABLE claims ADD COLUMN value_share_low REAL;"
    "ALTER TABLE claims ADD COLUMN value_share_high REAL;"
    "ALTER TABLE claims ADD COLUMN value_share_of_low REAL;"
    "ALTER TABLE claims ADD COLUMN value_share_of_high REAL;",
    /* 4 -> 5: whether a claim is its source's only one on its key, so that
     * check reads a contradicting source's other claims only when it has
     * some; a key's claims by time with their low ends, so that finding
     * those above a draft's figure does not look up every row. */
    "ALTER TABLE claims ADD COLUMN only_on_key INTEGER NOT NULL DEFAULT 0;"
    "UPDATE claims SET only_on_key = 1 WHERE " ONLY_ON_KEY_SQL(claims) ";"
    "DROP INDEX claims_by_key_time;"
    "CREATE INDEX claims_by_key_time ON claims(key, as_of, value_low);",
    /* 5 -> 6: a claim's high end and its only_on_key mark in the key's
     * index by time, and each class's bound on how far its claims reach
     * (tolerance), so that check counts the plain claims that certainly
     * conflict with a draft's figure from the index, without their rows. */
    "DROP INDEX claims_by_key_time;"
    "CREATE INDEX claims_by_key_time ON claims(key, as_of, value_low, value_high, only_on_key);"
    "ALTER TABLE key_class ADD COLUMN tol_rel REAL NOT NULL DEFAULT 0;"
    "ALTER TABLE key_class ADD COLUMN tol_default INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE key_class ADD COLUMN tol_abs REAL NOT NULL DEFAULT 0;"
    "UPDATE key_class SET tol_rel = t.r, tol_default = t.d, tol_abs = t.a"
    "  FROM (" CLASS_TOLERANCE_SQL ") AS t WHERE key_class.key = t.k AND key_class.class = t.c;",
    /* 6 -> 7: the claims of the sources with more than one claim on a key,
     * by source and key, with their day and ends, so that check tells
     * whether such a source's claims all conflict with a draft's figure
     * from the index, without their rows (partial: only their claims). */
    "CREATE INDEX claims_shared"
    "  ON claims(source, key, as_of, value_low, value_high, only_on_key)"
    "  WHERE only_on_key = 0;",
    /* 7 -> 8: the first day of a claim's date when it is longer than a day
     * ("in March": March 1), as_of keeping its last, so that a stored
     * record is the record and time comparisons order as before. */
    "ALTER TABLE claims ADD COLUMN as_of_first INTEGER NOT NULL DEFAULT 0;",
    /* 8 -> 9: a value's product of a size each ("two brigades of 6,000
     * each": the count of units and the size), so that a stored record is
     * the record. */
    "ALTER TABLE claims ADD COLUMN value_product_factor REAL;"
    "ALTER TABLE claims ADD COLUMN value_product_of_low REAL;"
    "ALTER TABLE claims ADD COLUMN value_product_of_high REAL;",
};
G_STATIC_ASSERT(G_N_ELEMENTS(migrations) == CC_STORE_SCHEMA_VERSION);

#define CLAIM_COLUMNS                                                                          \
    "id, source, ord, file, rule, type, subject, predicate, object, key, scope,"               \
    " value_kind, value_low, value_high, value_has_low, value_has_high, value_low_strict,"     \
    " value_high_strict, value_approx, value_vague, value_derived, value_unit,"                \
    " value_orig_low, value_orig_high, value_orig_unit, text, span_start, span_end, line,"     \
    " column, sentence_start, sentence_end, modality, attribution, as_of, tolerance,"          \
    " tolerance_abs, window_days, cumulative, value_from, value_orig_from, value_share_low,"  \
    " value_share_high, value_share_of_low, value_share_of_high, as_of_first,"                \
    " value_product_factor, value_product_of_low, value_product_of_high"
#define N_CLAIM_COLUMNS 49

const char cc_store_sql_claims_for_key[] =
    "SELECT " CLAIM_COLUMNS " FROM claims WHERE key = ?1 ORDER BY source, ord";
const char cc_store_sql_all_claims[] =
    "SELECT " CLAIM_COLUMNS " FROM claims ORDER BY key, source, ord";

static const char insert_claim_sql[] =
    "INSERT INTO claims(" CLAIM_COLUMNS ", only_on_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
    " ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25,"
    " ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39, ?40, ?41, ?42, ?43,"
    " ?44, ?45, ?46, ?47, ?48, ?49, ?50)";

/* One message per SQLite failure, naming the store. Busy and locked mean
 * another writer held the store longer than the busy timeout. */
static gboolean
set_sqlite_error(const CcStore *store, int rc, const char *what, GError **error)
{
    const char *msg = store->db != NULL ? sqlite3_errmsg(store->db) : sqlite3_errstr(rc);
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: store is locked by another writer",
                    store->path);
        break;
    case SQLITE_NOTADB:
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s: file is not a database", store->path);
        break;
    case SQLITE_CORRUPT:
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s: store is damaged (%s)", store->path,
                    msg);
        break;
    case SQLITE_CANTOPEN:
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: cannot open store (%s)", store->path,
                    msg);
        break;
    case SQLITE_READONLY:
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: store is read-only", store->path);
        break;
    case SQLITE_FULL:
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: disk full while %s", store->path, what);
        break;
    default:
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: %s: %s", store->path, what, msg);
        break;
    }
    return FALSE;
}

static gboolean
exec(CcStore *store, const char *sql, const char *what, GError **error)
{
    int rc = sqlite3_exec(store->db, sql, NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, what, error);
    return TRUE;
}

static void
rollback(CcStore *store)
{
    if (!sqlite3_get_autocommit(store->db))
        sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Runs a query that yields one integer; *value is 0 when it yields no row. */
static gboolean
query_int(CcStore *store, const char *sql, const char *what, gint64 *value, GError **error)
{
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, sql, -1, &stmt, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            *value = sqlite3_column_int64(stmt, 0);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            *value = 0;
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, what, error);
    return TRUE;
}

static void
finalize_statement(gpointer stmt)
{
    sqlite3_finalize(stmt);
}

/* The statement of @sql (a static string), prepared once per handle and
 * reset for this use. (transfer none) */
/* Runs @stmt, which returns no rows, once and resets it for the next
 * bindings: SQLITE_OK when it ran to the end, else SQLite's code. */
static int
step_done(sqlite3_stmt *stmt)
{
    int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static sqlite3_stmt *
cached_statement(CcStore *store, const char *sql, int *rc)
{
    if (store->statements == NULL)
        store->statements =
            g_hash_table_new_full(NULL, NULL, NULL, finalize_statement);
    sqlite3_stmt *stmt = g_hash_table_lookup(store->statements, sql);
    if (stmt != NULL) {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        *rc = SQLITE_OK;
        return stmt;
    }
    *rc = sqlite3_prepare_v3(store->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
    if (*rc != SQLITE_OK)
        return NULL;
    g_hash_table_insert(store->statements, (gpointer)sql, stmt);
    return stmt;
}

guint
cc_store_statement_runs(CcStore *store, const char *sql)
{
    sqlite3_stmt *stmt =
        store->statements != NULL ? g_hash_table_lookup(store->statements, sql) : NULL;
    return stmt != NULL ? (guint)sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_RUN, FALSE) : 0;
}

/* Reads meta's schema_version inside the open transaction. */
static gboolean
read_schema_version(CcStore *store, gint64 *version, GError **error)
{
    gint64 has_meta = 0;
    if (!query_int(store,
                   "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
                   "reading the schema", &has_meta, error))
        return FALSE;
    if (has_meta == 0) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s: store is damaged (its meta table is missing)", store->path);
        return FALSE;
    }
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db,
                                "SELECT value FROM meta WHERE key = 'schema_version'", -1, &stmt,
                                NULL);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "reading the schema version", error);
    rc = sqlite3_step(stmt);
    gboolean ok = FALSE;
    if (rc == SQLITE_ROW) {
        const char *text = (const char *)sqlite3_column_text(stmt, 0);
        guint64 v = 0;
        if (text != NULL && g_ascii_string_to_unsigned(text, 10, 0, G_MAXINT32, &v, NULL)) {
            *version = (gint64)v;
            ok = TRUE;
        } else {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "%s: store is damaged (schema version \"%s\")", store->path,
                        text != NULL ? text : "");
        }
    } else if (rc == SQLITE_DONE) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s: store is damaged (no schema version)", store->path);
    } else {
        set_sqlite_error(store, rc, "reading the schema version", error);
    }
    sqlite3_finalize(stmt);
    return ok;
}

/* Brings the store from schema version @from (-1: as meta says) to
 * CC_STORE_SCHEMA_VERSION in one write transaction: a failed migration
 * changes nothing. */
static gboolean
migrate(CcStore *store, gint64 from, GError **error)
{
    if (!exec(store, "BEGIN IMMEDIATE", "opening the store", error))
        return FALSE;
    gint64 version = from;
    if (version < 0 && !read_schema_version(store, &version, error))
        goto fail;
    if (version > CC_STORE_SCHEMA_VERSION) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s: store has schema version %" G_GINT64_FORMAT
                    ", newer than this claimcheck reads (%d)",
                    store->path, version, CC_STORE_SCHEMA_VERSION);
        goto fail;
    }
    for (gint64 v = version; v < CC_STORE_SCHEMA_VERSION; v++) {
        g_autofree char *what =
            g_strdup_printf("migrating the store from schema version %" G_GINT64_FORMAT, v);
        g_autofree char *bump = g_strdup_printf(
            "UPDATE meta SET value = '%" G_GINT64_FORMAT "' WHERE key = 'schema_version'", v + 1);
        if (!exec(store, migrations[v], what, error) || !exec(store, bump, what, error))
            goto fail;
    }
    if (!exec(store, "COMMIT", "opening the store", error))
        goto fail;
    return TRUE;
fail:
    rollback(store);
    return FALSE;
}

/* Opens the SQLite handle with @flags and tells SQLite to report extended
 * codes and to wait for other writers. */
static gboolean
open_handle(CcStore *store, int flags, GError **error)
{
    if (store->db != NULL) {
        sqlite3_finalize(store->insert_claim);
        store->insert_claim = NULL;
        g_clear_pointer(&store->statements, g_hash_table_unref);
        sqlite3_close_v2(store->db);
        store->db = NULL;
    }
    /* One thread at a time uses a store (store.h): no mutex on every call. */
    int rc = sqlite3_open_v2(store->path, &store->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "opening the store", error);
    sqlite3_extended_result_codes(store->db, 1);
    sqlite3_busy_timeout(store->db, 5000);
    return TRUE;
}

/* A new store is built whole under a temporary name beside @path and then
 * linked into place, so that @path is never an empty or half-made file: a
 * second process creating the same store at the same moment finds either
 * nothing or a complete store, and link() lets exactly one of them place
 * its file. */
static gboolean
create_store_file(CcStore *store, GError **error)
{
    g_autofree char *tmp = g_strconcat(store->path, ".new-XXXXXX", NULL);
    int fd = g_mkstemp_full(tmp, O_RDWR | O_CLOEXEC, 0666);
    if (fd < 0) {
        int saved = errno;
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: cannot create store (%s)", store->path,
                    g_strerror(saved));
        return FALSE;
    }
    close(fd);
    g_autofree char *real_path = g_steal_pointer(&store->path);
    store->path = g_strdup(tmp);
    gboolean ok = open_handle(store, SQLITE_OPEN_READWRITE, error);
    if (ok) {
        g_autofree char *app =
            g_strdup_printf("PRAGMA application_id = %d", CC_STORE_APPLICATION_ID);
        ok = exec(store, "BEGIN IMMEDIATE", "creating the store", error) &&
             exec(store, app, "creating the store", error) &&
             exec(store, base_layout, "creating the store", error) &&
             exec(store, "COMMIT", "creating the store", error) &&
             migrate(store, 0, error);
        if (ok) {
            sqlite3_stmt *stmt = NULL;
            int rc = sqlite3_prepare_v2(store->db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
            if (rc == SQLITE_OK)
                rc = sqlite3_step(stmt);
            sqlite3_finalize(stmt);
            if (rc != SQLITE_ROW)
                ok = set_sqlite_error(store, rc, "creating the store", error);
        }
    }
    /* Closing the only connection checkpoints the WAL and removes it. */
    sqlite3_close_v2(store->db);
    store->db = NULL;
    g_free(store->path);
    store->path = g_steal_pointer(&real_path);
    if (ok && link(tmp, store->path) != 0 && errno != EEXIST) {
        int saved = errno;
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: cannot create store (%s)", store->path,
                    g_strerror(saved));
        ok = FALSE;
    }
    /* Name the store, not the temporary file, in a message. */
    if (!ok && error != NULL && *error != NULL && g_str_has_prefix((*error)->message, tmp)) {
        char *msg = g_strconcat(store->path, (*error)->message + strlen(tmp), NULL);
        g_free((*error)->message);
        (*error)->message = msg;
    }
    g_autofree char *wal = g_strconcat(tmp, "-wal", NULL);
    g_autofree char *shm = g_strconcat(tmp, "-shm", NULL);
    g_unlink(wal);
    g_unlink(shm);
    g_unlink(tmp);
    return ok;
}

/* A reader of a WAL store needs its -shm file, which it cannot make in a
 * directory it may not write. With no -wal file either, the store is
 * whole in its main file: read it as immutable. */
static gboolean
open_read_only_medium(CcStore *store, GError **error)
{
    int rc = sqlite3_exec(store->db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
    if ((rc & 0xff) != SQLITE_READONLY && (rc & 0xff) != SQLITE_CANTOPEN)
        return TRUE; /* opened, or a failure the next read reports */
    g_autofree char *wal = g_strconcat(store->path, "-wal", NULL);
    if (g_file_test(wal, G_FILE_TEST_EXISTS))
        return set_sqlite_error(store, rc, "opening the store", error);
    GString *uri = g_string_new("file:");
    g_string_append_uri_escaped(uri, store->path, "/", FALSE);
    g_string_append(uri, "?immutable=1");
    g_autofree char *path = g_steal_pointer(&store->path);
    store->path = g_string_free(uri, FALSE);
    gboolean ok = open_handle(store, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, error);
    g_free(store->path);
    store->path = g_steal_pointer(&path);
    return ok;
}

CcStore *
cc_store_open_mode(const char *path, CcStoreOpenMode mode, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    g_return_val_if_fail(error == NULL || *error == NULL, NULL);

    CcStore *store = g_new0(CcStore, 1);
    store->path = g_strdup(path);
    store->mode = mode;
    g_autoptr(CcStore) owned = store;

    struct stat st;
    if (stat(path, &st) != 0) {
        int saved = errno;
        if (saved != ENOENT) {
            g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: cannot open store (%s)", path,
                        g_strerror(saved));
            return NULL;
        }
        if (mode != CC_STORE_OPEN_CREATE) {
            g_set_error(error, CC_ERROR, CC_ERROR_IO,
                        "%s: no such claim store (create one with 'claimcheck index --db %s "
                        "add …')",
                        path, path);
            return NULL;
        }
        if (!create_store_file(store, error))
            return NULL;
    } else if (S_ISDIR(st.st_mode)) {
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: cannot open store (is a directory)",
                    path);
        return NULL;
    } else if (S_ISREG(st.st_mode) && st.st_size == 0) {
        /* Never made into a store behind the user's back: an empty file is
         * most likely a mistyped name or another program's. */
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s: not a claimcheck store (empty file)",
                    path);
        return NULL;
    }

    /* Readers open read-only: a store on a read-only medium, or another
     * user's, can still be checked against. */
    gboolean reader = mode == CC_STORE_OPEN_READ;
    if (!open_handle(store, reader ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, error))
        return NULL;
    if (reader && !open_read_only_medium(store, error))
        return NULL;

    /* The first read of the header tells a database from any other file. */
    gint64 app_id = 0;
    if (!query_int(store, "PRAGMA application_id", "opening the store", &app_id, error))
        return NULL;
    if (app_id != CC_STORE_APPLICATION_ID) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s: not a claimcheck store", path);
        return NULL;
    }
    gint64 version = 0;
    if (!read_schema_version(store, &version, error))
        return NULL;
    if (version > CC_STORE_SCHEMA_VERSION) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s: store has schema version %" G_GINT64_FORMAT
                    ", newer than this claimcheck reads (%d)",
                    path, version, CC_STORE_SCHEMA_VERSION);
        return NULL;
    }
    if (reader && version == CC_STORE_SCHEMA_VERSION)
        return g_steal_pointer(&owned);
    if (reader && !open_handle(store, SQLITE_OPEN_READWRITE, error))
        return NULL;
    if (reader && sqlite3_db_readonly(store->db, "main") == 1) {
        /* An older store is read once it is migrated, which needs a writer. */
        g_set_error(error, CC_ERROR, CC_ERROR_IO,
                    "%s: store has schema version %" G_GINT64_FORMAT
                    " and is read-only here; whoever may write it migrates it by opening it "
                    "once ('claimcheck index --db %s stats')",
                    path, version, path);
        return NULL;
    }

    /* WAL: readers never block the writer, and a killed writer leaves only
     * uncommitted frames that the next open ignores. */
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(stmt);
    gboolean wal = rc == SQLITE_ROW &&
                   g_ascii_strcasecmp((const char *)sqlite3_column_text(stmt, 0), "wal") == 0;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW) {
        set_sqlite_error(store, rc, "switching the store to WAL mode", error);
        return NULL;
    }
    if (!wal) {
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: cannot switch the store to WAL mode",
                    path);
        return NULL;
    }
    if (!exec(store, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL",
              "opening the store", error))
        return NULL;
    if (!migrate(store, -1, error))
        return NULL;
    return g_steal_pointer(&owned);
}

CcStore *
cc_store_open(const char *path, GError **error)
{
    return cc_store_open_mode(path, CC_STORE_OPEN_CREATE, error);
}

void
cc_store_close(CcStore *store)
{
    if (store == NULL)
        return;
    sqlite3_finalize(store->insert_claim);
    g_clear_pointer(&store->statements, g_hash_table_unref);
    sqlite3_close_v2(store->db);
    g_free(store->path);
    g_free(store);
}

const char *
cc_store_path(const CcStore *store)
{
    g_return_val_if_fail(store != NULL, NULL);
    return store->path;
}

void
cc_store_set_busy_timeout(CcStore *store, guint milliseconds)
{
    g_return_if_fail(store != NULL);
    sqlite3_busy_timeout(store->db, (int)MIN(milliseconds, (guint)G_MAXINT));
}

sqlite3 *
cc_store_db(CcStore *store)
{
    return store->db;
}

void
cc_store_set_summaries(CcStore *store, gboolean keep)
{
    store->no_summaries = !keep;
}

void
cc_store_set_progress_hook(CcStore *store, guint every, CcStoreProgressFunc func, gpointer data)
{
    store->progress_every = every;
    store->progress = func;
    store->progress_data = data;
}

CcStoreSource *
cc_store_source_new(const char *id)
{
    CcStoreSource *source = g_new0(CcStoreSource, 1);
    source->id = g_strdup(id);
    return source;
}

void
cc_store_source_free(CcStoreSource *source)
{
    if (source == NULL)
        return;
    g_free(source->id);
    g_free(source->path);
    g_free(source->title);
    g_free(source->outlet);
    g_free(source->date);
    g_free(source->url);
    g_free(source->content_hash);
    g_free(source);
}

char *
cc_store_hash_content(const char *data, gsize len)
{
    g_autofree char *hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)data,
                                                       len);
    return g_strconcat("sha256:", hex, NULL);
}

/* ---- claims as rows ---- */

static void
bind_text(sqlite3_stmt *stmt, int col, const char *text)
{
    if (text != NULL)
        sqlite3_bind_text(stmt, col, text, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(stmt, col);
}

static void
bind_bound(sqlite3_stmt *stmt, int col, gboolean has, double x)
{
    if (has)
        sqlite3_bind_double(stmt, col, x);
    else
        sqlite3_bind_null(stmt, col);
}

static void
bind_claim(sqlite3_stmt *stmt, const char *source, guint ord, const CcClaim *c)
{
    const CcValue *v = &c->value;
    gboolean converted = v->orig_unit != NULL;
    bind_text(stmt, 1, c->id);
    bind_text(stmt, 2, source);
    sqlite3_bind_int64(stmt, 3, ord);
    bind_text(stmt, 4, c->file);
    bind_text(stmt, 5, c->rule);
    bind_text(stmt, 6, cc_claim_type_to_string(c->type));
    bind_text(stmt, 7, c->subject);
    bind_text(stmt, 8, c->predicate);
    bind_text(stmt, 9, c->object);
    bind_text(stmt, 10, c->key);
    bind_text(stmt, 11, c->scope);
    sqlite3_bind_int(stmt, 12, (int)v->kind);
    bind_bound(stmt, 13, v->has_low, v->low);
    bind_bound(stmt, 14, v->has_high, v->high);
    sqlite3_bind_int(stmt, 15, v->has_low != 0);
    sqlite3_bind_int(stmt, 16, v->has_high != 0);
    sqlite3_bind_int(stmt, 17, v->low_strict != 0);
    sqlite3_bind_int(stmt, 18, v->high_strict != 0);
    sqlite3_bind_int(stmt, 19, v->approx != 0);
    sqlite3_bind_int(stmt, 20, v->vague != 0);
    sqlite3_bind_int(stmt, 21, v->derived != 0);
    bind_text(stmt, 22, v->unit);
    bind_bound(stmt, 23, converted, v->orig_low);
    bind_bound(stmt, 24, converted, v->orig_high);
    bind_text(stmt, 25, v->orig_unit);
    bind_text(stmt, 26, c->text);
    sqlite3_bind_int64(stmt, 27, (sqlite3_int64)c->span_start);
    sqlite3_bind_int64(stmt, 28, (sqlite3_int64)c->span_end);
    sqlite3_bind_int64(stmt, 29, c->line);
    sqlite3_bind_int64(stmt, 30, c->column);
    sqlite3_bind_int64(stmt, 31, (sqlite3_int64)c->sentence_start);
    sqlite3_bind_int64(stmt, 32, (sqlite3_int64)c->sentence_end);
    bind_text(stmt, 33, cc_modality_to_string(c->modality));
    bind_text(stmt, 34, c->attribution);
    /* as_of holds the day time comparisons order by, the date's last day;
     * as_of_first its first when they differ ("in March") */
    sqlite3_bind_int64(stmt, 35, as_of_last(c));
    sqlite3_bind_double(stmt, 36, c->tolerance);
    sqlite3_bind_int(stmt, 37, c->tolerance_abs != 0);
    sqlite3_bind_int64(stmt, 38, c->window_days);
    sqlite3_bind_int(stmt, 39, c->cumulative != 0);
    gboolean from = v->kind == CC_VALUE_NUMBER && v->has_from;
    bind_bound(stmt, 40, from, v->from);
    bind_bound(stmt, 41, from, v->orig_from);
    gboolean share = v->kind == CC_VALUE_NUMBER && v->has_share;
    bind_bound(stmt, 42, share, v->share_low);
    bind_bound(stmt, 43, share, v->share_high);
    bind_bound(stmt, 44, share, v->share_of_low);
    bind_bound(stmt, 45, share, v->share_of_high);
    sqlite3_bind_int64(stmt, 46, c->as_of_end != 0 ? c->as_of : 0);
    gboolean product = v->kind == CC_VALUE_NUMBER && v->has_product;
    bind_bound(stmt, 47, product, v->product_factor);
    bind_bound(stmt, 48, product, v->product_of_low);
    bind_bound(stmt, 49, product, v->product_of_high);
}

static char *
column_strdup(sqlite3_stmt *stmt, int col)
{
    const unsigned char *text = sqlite3_column_text(stmt, col);
    return text != NULL ? g_strdup((const char *)text) : NULL;
}

static const char *
column_intern(sqlite3_stmt *stmt, int col)
{
    const unsigned char *text = sqlite3_column_text(stmt, col);
    return text != NULL ? g_intern_string((const char *)text) : NULL;
}

static guint
column_uint(sqlite3_stmt *stmt, int col)
{
    sqlite3_int64 x = sqlite3_column_int64(stmt, col);
    return x < 0 ? 0 : (guint)MIN(x, (sqlite3_int64)G_MAXUINT);
}

static gsize
column_size(sqlite3_stmt *stmt, int col)
{
    sqlite3_int64 x = sqlite3_column_int64(stmt, col);
    return x < 0 ? 0 : (gsize)x;
}

static gboolean
claim_type_from_name(const char *name, CcClaimType *type)
{
    static const CcClaimType types[] = {CC_CLAIM_QUANTITY, CC_CLAIM_DATE, CC_CLAIM_EVENT};
    for (guint i = 0; name != NULL && i < G_N_ELEMENTS(types); i++) {
        if (strcmp(name, cc_claim_type_to_string(types[i])) == 0) {
            *type = types[i];
            return TRUE;
        }
    }
    return FALSE;
}

static CcClaim *
claim_from_row(CcStore *store, sqlite3_stmt *stmt, GError **error)
{
    g_autoptr(CcClaim) c = cc_claim_new();
    c->id = column_strdup(stmt, 0);
    c->source = column_strdup(stmt, 1);
    c->file = column_strdup(stmt, 3);
    c->rule = column_strdup(stmt, 4);
    const char *type = (const char *)sqlite3_column_text(stmt, 5);
    const char *modality = (const char *)sqlite3_column_text(stmt, 32);
    if (!claim_type_from_name(type, &c->type) ||
        !cc_modality_from_string(modality, &c->modality)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s: store is damaged (claim %s has type \"%s\", modality \"%s\")",
                    store->path, c->id != NULL ? c->id : "?", type != NULL ? type : "",
                    modality != NULL ? modality : "");
        return NULL;
    }
    c->subject = column_strdup(stmt, 6);
    c->predicate = column_strdup(stmt, 7);
    c->object = column_strdup(stmt, 8);
    c->key = column_strdup(stmt, 9);
    c->scope = column_strdup(stmt, 10);
    CcValue *v = &c->value;
    v->kind = (CcValueKind)CLAMP(sqlite3_column_int(stmt, 11), CC_VALUE_NONE, CC_VALUE_DATE);
    v->has_low = sqlite3_column_int(stmt, 14) != 0;
    v->has_high = sqlite3_column_int(stmt, 15) != 0;
    v->low = v->has_low ? sqlite3_column_double(stmt, 12) : 0;
    v->high = v->has_high ? sqlite3_column_double(stmt, 13) : 0;
    v->low_strict = sqlite3_column_int(stmt, 16) != 0;
    v->high_strict = sqlite3_column_int(stmt, 17) != 0;
    v->approx = sqlite3_column_int(stmt, 18) != 0;
    v->vague = sqlite3_column_int(stmt, 19) != 0;
    v->derived = sqlite3_column_int(stmt, 20) != 0;
    v->unit = column_intern(stmt, 21);
    v->orig_unit = column_intern(stmt, 24);
    v->orig_low = v->orig_unit != NULL ? sqlite3_column_double(stmt, 22) : 0;
    v->orig_high = v->orig_unit != NULL ? sqlite3_column_double(stmt, 23) : 0;
    c->text = column_strdup(stmt, 25);
    c->span_start = column_size(stmt, 26);
    c->span_end = column_size(stmt, 27);
    c->line = column_uint(stmt, 28);
    c->column = column_uint(stmt, 29);
    c->sentence_start = column_size(stmt, 30);
    c->sentence_end = column_size(stmt, 31);
    c->attribution = column_strdup(stmt, 33);
    c->as_of = (guint32)column_uint(stmt, 34);
    guint32 first = (guint32)column_uint(stmt, 45);
    if (first != 0 && first < c->as_of) {
        c->as_of_end = c->as_of;
        c->as_of = first;
    }
    c->tolerance = sqlite3_column_double(stmt, 35);
    c->tolerance_abs = sqlite3_column_int(stmt, 36) != 0;
    c->window_days = column_uint(stmt, 37);
    c->cumulative = sqlite3_column_int(stmt, 38) != 0;
    v->has_from = sqlite3_column_type(stmt, 39) != SQLITE_NULL;
    v->from = v->has_from ? sqlite3_column_double(stmt, 39) : 0;
    v->orig_from = v->has_from ? sqlite3_column_double(stmt, 40) : 0;
    v->has_share = sqlite3_column_type(stmt, 41) != SQLITE_NULL;
    if (v->has_share) {
        v->share_low = sqlite3_column_double(stmt, 41);
        v->share_high = sqlite3_column_double(stmt, 42);
        v->share_of_low = sqlite3_column_double(stmt, 43);
        v->share_of_high = sqlite3_column_double(stmt, 44);
    }
    v->has_product = sqlite3_column_type(stmt, 46) != SQLITE_NULL;
    if (v->has_product) {
        v->product_factor = sqlite3_column_double(stmt, 46);
        v->product_of_low = sqlite3_column_double(stmt, 47);
        v->product_of_high = sqlite3_column_double(stmt, 48);
    }
    return g_steal_pointer(&c);
}

static GPtrArray *
read_claims(CcStore *store, const char *sql, const char *key, GError **error)
{
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, sql, -1, &stmt, NULL);
    if (rc != SQLITE_OK) {
        set_sqlite_error(store, rc, "reading claims", error);
        return NULL;
    }
    if (key != NULL)
        sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        CcClaim *claim = claim_from_row(store, stmt, error);
        if (claim == NULL) {
            sqlite3_finalize(stmt);
            return NULL;
        }
        g_ptr_array_add(claims, claim);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        set_sqlite_error(store, rc, "reading claims", error);
        return NULL;
    }
    return g_steal_pointer(&claims);
}

GPtrArray *
cc_store_claims_for_key(CcStore *store, const char *key, GError **error)
{
    g_return_val_if_fail(store != NULL, NULL);
    g_return_val_if_fail(key != NULL, NULL);
    return read_claims(store, cc_store_sql_claims_for_key, key, error);
}

gboolean
cc_store_foreach_claim(CcStore *store, CcStoreClaimFunc func, gpointer user_data,
                       GError **error)
{
    g_return_val_if_fail(store != NULL && func != NULL, FALSE);
    static const char sql[] =
        "SELECT " CLAIM_COLUMNS " FROM claims INDEXED BY claims_by_source ORDER BY source, ord";
    /* One read transaction: a writer beside it changes nothing seen here. */
    if (!exec(store, "BEGIN", "reading claims", error))
        return FALSE;
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, sql, -1, &stmt, NULL);
    gboolean ok = rc == SQLITE_OK;
    if (!ok)
        set_sqlite_error(store, rc, "reading claims", error);
    while (ok && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        g_autoptr(CcClaim) claim = claim_from_row(store, stmt, error);
        ok = claim != NULL && func(claim, user_data, error);
    }
    if (ok && rc != SQLITE_DONE)
        ok = set_sqlite_error(store, rc, "reading claims", error);
    sqlite3_finalize(stmt);
    if (!ok) {
        rollback(store);
        return FALSE;
    }
    return exec(store, "COMMIT", "reading claims", error);
}

GPtrArray *
cc_store_all_claims(CcStore *store, GError **error)
{
    g_return_val_if_fail(store != NULL, NULL);
    return read_claims(store, cc_store_sql_all_claims, NULL, error);
}

/* ---- the claims a draft's check needs ---- */

/* A claim's columns, then its place among its source's claims, its row,
 * and whether it is its source's only claim on its key (then reading the
 * source's claims on the key reads nothing more). */
#define DRAFT_COLUMNS CLAIM_COLUMNS ", ord, rowid, only_on_key"

const char cc_store_sql_draft_key[] = "SELECT " DRAFT_COLUMNS " FROM claims WHERE key = ?1";
const char cc_store_sql_draft_time[] = "SELECT " DRAFT_COLUMNS " FROM claims"
                                       " WHERE key = ?1 AND as_of BETWEEN ?2 AND ?3";
/* A key's claims that hold at any distance in time, in a range of days
 * (the buckets whose summary counts some). */
const char cc_store_sql_draft_timeless[] =
    "SELECT " DRAFT_COLUMNS " FROM claims"
    " WHERE key = ?1 AND as_of BETWEEN ?2 AND ?3 AND " SPECIAL_SQL(claims);
/* A denial's source: all its figures on the key, which decide whether it
 * denies one figure or the thing itself. */
const char cc_store_sql_draft_source[] = "SELECT " DRAFT_COLUMNS " FROM claims"
                                         " INDEXED BY claims_by_source"
                                         " WHERE source = ?2 AND key = ?1";
/* A key's claims that are not plain, through the partial index of them. */
const char cc_store_sql_draft_not_plain[] = "SELECT " DRAFT_COLUMNS " FROM claims"
                                            " INDEXED BY claims_not_plain"
                                            " WHERE key = ?1 AND NOT " PLAIN_SQL;
/* A key's claims in a range of days ?2..?3 whose value lies wholly above
 * ?4: the day and the low end are in claims_by_key_time, so a row is
 * looked up only when it lies above ?4. */
const char cc_store_sql_draft_above[] = "SELECT " DRAFT_COLUMNS " FROM claims"
                                        " WHERE key = ?1 AND as_of BETWEEN ?2 AND ?3"
                                        " AND value_low > ?4";
/* The same, one index search a day: where a range holds many claims a
 * day, most below ?4, searching each day's from ?4 up reads fewer index
 * entries than the range's whole. */
const char cc_store_sql_draft_above_daily[] =
    "WITH RECURSIVE day(d) AS (SELECT ?2 UNION ALL SELECT d + 1 FROM day WHERE d < ?3)"
    " SELECT " DRAFT_COLUMNS " FROM claims"
    " WHERE key = ?1 AND as_of IN (SELECT d FROM day) AND value_low > ?4";
/* The same from the index alone (claims_by_key_time holds the day, both
 * ends and the only_on_key mark): what decides whether a claim is counted,
 * without its row. */
#define REACH_COLUMNS "rowid, as_of, value_low, value_high, only_on_key"
const char cc_store_sql_reach_above[] = "SELECT " REACH_COLUMNS " FROM claims"
                                        " INDEXED BY claims_by_key_time"
                                        " WHERE key = ?1 AND as_of BETWEEN ?2 AND ?3"
                                        " AND value_low > ?4";
const char cc_store_sql_reach_above_daily[] =
    "WITH RECURSIVE day(d) AS (SELECT ?2 UNION ALL SELECT d + 1 FROM day WHERE d < ?3)"
    " SELECT " REACH_COLUMNS " FROM claims INDEXED BY claims_by_key_time"
    " WHERE key = ?1 AND as_of IN (SELECT d FROM day) AND value_low > ?4";
const char cc_store_sql_reach_below[] = "SELECT " REACH_COLUMNS " FROM claims"
                                        " INDEXED BY claims_by_key_time"
                                        " WHERE key = ?1 AND as_of BETWEEN ?2 AND ?3"
                                        " AND value_high < ?5";
/* A key's claims in a range of days whose value lies wholly below ?5. */
const char cc_store_sql_draft_below[] = "SELECT " DRAFT_COLUMNS " FROM claims"
                                        " WHERE key = ?1 AND as_of BETWEEN ?2 AND ?3"
                                        " AND value_high < ?5";
/* Every claim on a key of the sources in ?2, a JSON array of ids. */
const char cc_store_sql_draft_sources[] =
    "SELECT " DRAFT_COLUMNS " FROM claims INDEXED BY claims_by_source"
    " WHERE source IN (SELECT value FROM json_each(?2)) AND key = ?1";
/* A key's latest claims before a day: ?2 the day, ?3 how many. */
const char cc_store_sql_draft_latest[] = "SELECT " DRAFT_COLUMNS " FROM claims"
                                         " WHERE key = ?1 AND as_of < ?2"
                                         " ORDER BY as_of DESC LIMIT ?3";
/* A key's earliest claims after a day: ?2 the day, ?3 how many. */
const char cc_store_sql_draft_earliest[] = "SELECT " DRAFT_COLUMNS " FROM claims"
                                           " WHERE key = ?1 AND as_of > ?2"
                                           " ORDER BY as_of ASC LIMIT ?3";
const char cc_store_sql_key_classes[] = "SELECT class, claims, sources, tol_rel, tol_default,"
                                        " tol_abs FROM key_class"
                                        " WHERE key = ?1";
const char cc_store_sql_key_ends[] = "SELECT bucket, max_low, min_high, claims FROM key_summary"
                                     " WHERE key = ?1";
const char cc_store_sql_key_buckets[] = "SELECT bucket, timeless, max_window FROM key_summary"
                                        " WHERE key = ?1";
const char cc_store_sql_key_summary[] = "SELECT total(claims), total(timeless), max(max_window)"
                                        " FROM key_summary WHERE key = ?1";
const char cc_store_sql_source_stored[] = "SELECT count(*) FROM sources WHERE id = ?1";

typedef struct {
    sqlite3_int64 rowid;
    sqlite3_int64 ord;
    gboolean only_on_key; /* its source's only claim on the key */
    CcClaim *claim;
} Fetched;

static int
fetched_order(gconstpointer pa, gconstpointer pb)
{
    const Fetched *a = pa, *b = pb;
    int c = strcmp(a->claim->source, b->claim->source);
    if (c != 0)
        return c;
    if (a->ord != b->ord)
        return (a->ord > b->ord) - (a->ord < b->ord);
    return (a->rowid > b->rowid) - (a->rowid < b->rowid);
}

typedef struct Counting Counting;
static gboolean fetch_rows_where(CcStore *store, const char *sql, const char *key, gint64 from,
                                 gint64 to, const char *source, double above, double below,
                                 Counting *counting, GArray *out, GError **error);
static gboolean counted_row(Counting *counting, sqlite3_stmt *stmt);

/* Runs @sql (claim columns, then ord and rowid) with ?1 = @key and either
 * the day range ?2..?3 or the source ?2, adding its rows to @out. */
static gboolean
fetch_rows(CcStore *store, const char *sql, const char *key, gint64 from, gint64 to,
           const char *source, GArray *out, GError **error)
{
    return fetch_rows_where(store, sql, key, from, to, source, NAN, NAN, NULL, out, error);
}

/* fetch_rows, and for a statement of four or five parameters ?4 and ?5
 * (values: claims above @above, below @below). With @counting, a row it
 * counts (counted_row) is kept there, not read into a claim. */
static gboolean
fetch_rows_where(CcStore *store, const char *sql, const char *key, gint64 from, gint64 to,
                 const char *source, double above, double below, Counting *counting,
                 GArray *out, GError **error)
{
    int rc;
    sqlite3_stmt *stmt = cached_statement(store, sql, &rc);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "reading claims", error);
    sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
    if (source != NULL) {
        sqlite3_bind_text(stmt, 2, source, -1, SQLITE_STATIC);
    } else if (sqlite3_bind_parameter_count(stmt) >= 3) {
        sqlite3_bind_int64(stmt, 2, from);
        sqlite3_bind_int64(stmt, 3, to);
        if (sqlite3_bind_parameter_count(stmt) >= 4)
            sqlite3_bind_double(stmt, 4, above);
        if (sqlite3_bind_parameter_count(stmt) >= 5)
            sqlite3_bind_double(stmt, 5, below);
    }
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (counting != NULL && counted_row(counting, stmt))
            continue;
        CcClaim *claim = claim_from_row(store, stmt, error);
        if (claim == NULL) {
            sqlite3_reset(stmt);
            return FALSE;
        }
        Fetched f = {.rowid = sqlite3_column_int64(stmt, N_CLAIM_COLUMNS + 1),
                     .ord = sqlite3_column_int64(stmt, 2),
                     .only_on_key = sqlite3_column_int(stmt, N_CLAIM_COLUMNS + 2) != 0,
                     .claim = claim};
        g_array_append_val(out, f);
    }
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        return set_sqlite_error(store, rc, "reading claims", error);
    return TRUE;
}

/* One query that yields one row of integers; zeros when it yields none. */
static gboolean
query_ints(CcStore *store, const char *sql, const char *a, const char *b, gint64 *out,
           guint n, GError **error)
{
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, sql, -1, &stmt, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, a, -1, SQLITE_STATIC);
        if (b != NULL)
            sqlite3_bind_text(stmt, 2, b, -1, SQLITE_STATIC);
        rc = sqlite3_step(stmt);
        for (guint i = 0; i < n; i++)
            out[i] = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, (int)i) : 0;
        if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "reading the store", error);
    return TRUE;
}

static gboolean
timeless_claim(const CcClaim *c)
{
    return c->cumulative || c->modality == CC_MODALITY_NEGATED ||
           c->modality == CC_MODALITY_DISPUTED || c->as_of == 0 ||
           c->value.kind != CC_VALUE_NUMBER;
}

static int
range_order(gconstpointer pa, gconstpointer pb)
{
    const gint64 *a = pa, *b = pb;
    return (a[0] > b[0]) - (a[0] < b[0]);
}

/* Sorts day ranges and merges those that overlap or touch. */
static void
merge_ranges(GArray *ranges)
{
    g_array_sort(ranges, range_order);
    guint kept = 0;
    for (guint i = 0; i < ranges->len; i++) {
        gint64 *r = &g_array_index(ranges, gint64, 2 * i);
        gint64 *last = kept > 0 ? &g_array_index(ranges, gint64, 2 * (kept - 1)) : NULL;
        if (last != NULL && r[0] <= last[1] + 1) {
            last[1] = MAX(last[1], r[1]);
        } else {
            gint64 *to = &g_array_index(ranges, gint64, 2 * kept++);
            to[0] = r[0];
            to[1] = r[1];
        }
    }
    g_array_set_size(ranges, kept);
}

/* The claims of one key that can matter to @drafts (its draft claims):
 * those within reach of a draft claim, those of the summaries' buckets
 * that count timeless claims, and every claim of a denial's source. */
static gboolean
fetch_for_key(CcStore *store, const char *key, GPtrArray *drafts, guint default_window,
              GArray *out, GError **error)
{
    gboolean all = FALSE;
    guint half = default_window;
    for (guint i = 0; i < drafts->len; i++) {
        const CcClaim *d = drafts->pdata[i];
        all |= timeless_claim(d);
        half = MAX(half, d->window_days);
    }
    if (all)
        return fetch_rows(store, cc_store_sql_draft_key, key, 0, 0, NULL, out, error);
    g_autoptr(GArray) timeless = g_array_new(FALSE, FALSE, 2 * sizeof(gint64));
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, cc_store_sql_key_buckets, -1, &stmt, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            gint64 bucket = sqlite3_column_int64(stmt, 0);
            half = MAX(half, (guint)CLAMP(sqlite3_column_int64(stmt, 2), 0, G_MAXINT32));
            if (sqlite3_column_int64(stmt, 1) > 0) {
                gint64 r[2] = {bucket * CC_STORE_BUCKET_DAYS,
                               (bucket + 1) * CC_STORE_BUCKET_DAYS - 1};
                g_array_append_val(timeless, r);
            }
        }
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "reading the key summaries", error);
    /* The windows around the draft's claims, merged where they overlap. */
    g_autoptr(GArray) ranges = g_array_new(FALSE, FALSE, 2 * sizeof(gint64));
    for (guint i = 0; i < drafts->len; i++) {
        const CcClaim *d = drafts->pdata[i];
        gint64 r[2] = {(gint64)as_of_last(d) - half, (gint64)as_of_last(d) + half};
        g_array_append_val(ranges, r);
    }
    merge_ranges(ranges);
    for (guint i = 0; i < ranges->len; i++) {
        gint64 *r = &g_array_index(ranges, gint64, 2 * i);
        if (!fetch_rows(store, cc_store_sql_draft_time, key, r[0], r[1], NULL, out, error))
            return FALSE;
    }
    merge_ranges(timeless);
    guint first_timeless = out->len;
    for (guint i = 0; i < timeless->len; i++) {
        gint64 *r = &g_array_index(timeless, gint64, 2 * i);
        if (!fetch_rows(store, cc_store_sql_draft_timeless, key, r[0], r[1], NULL, out, error))
            return FALSE;
    }
    g_autoptr(GHashTable) deniers = g_hash_table_new(g_str_hash, g_str_equal);
    g_autoptr(GPtrArray) sources = g_ptr_array_new();
    guint end = out->len;
    for (guint i = first_timeless; i < end; i++) {
        const Fetched *f = &g_array_index(out, Fetched, i);
        const CcClaim *c = f->claim;
        if (c->modality == CC_MODALITY_NEGATED && c->value.kind != CC_VALUE_NONE &&
            !f->only_on_key && g_hash_table_add(deniers, c->source))
            g_ptr_array_add(sources, c->source);
    }
    for (guint i = 0; i < sources->len; i++)
        if (!fetch_rows(store, cc_store_sql_draft_source, key, 0, 0, sources->pdata[i], out,
                        error))
            return FALSE;
    return TRUE;
}

/* ---- reading from the summaries ---- */

/* How a draft claim's key is read. */
typedef enum {
    READ_WINDOW,  /* its window in time, and what holds at any distance */
    READ_SPECIAL, /* a disputed figure: only the claims that are not plain matter */
    READ_SUMMARY, /* a plain running total or undated figure: from the summaries */
    READ_ALL,     /* the whole key */
} ReadMode;

static ReadMode
read_mode(const CcClaim *d, gboolean summarised)
{
    if (!timeless_claim(d))
        return READ_WINDOW;
    if (!summarised)
        return READ_ALL;
    /* A figure the draft gives to a speaker is also held against what the
     * references quote that speaker as saying (check.c): a summary, which
     * leaves agreeing claims unread, could leave the speaker's own out. */
    if (d->attribution != NULL && d->modality != CC_MODALITY_ASSERTED &&
        d->modality != CC_MODALITY_HYPOTHETICAL)
        return READ_ALL;
    /* Every relation of a disputed figure is "disputed": what decides is
     * the references that dispute it too, and none of them is plain. */
    if (d->modality == CC_MODALITY_DISPUTED)
        return READ_SPECIAL;
    if (cc_store_plain_claim(d) || (d->as_of == 0 && d->value.kind == CC_VALUE_NUMBER &&
                                    d->type == CC_CLAIM_QUANTITY &&
                                    (d->modality == CC_MODALITY_ASSERTED ||
                                     d->modality == CC_MODALITY_REPORTED ||
                                     d->modality == CC_MODALITY_HEDGED)))
        return READ_SUMMARY;
    return READ_ALL;
}

/* A draft claim read from the summaries: its widened interval, and the
 * one class of plain claims it can be compared with (NULL: none). */
typedef struct {
    const CcClaim *draft;
    double lo, hi;
    char *class_name;
    char *scope, *unit; /* the class's, NULL for none */
    gint64 class_claims, class_sources;
} Summarised;

static void
summarised_clear(gpointer p)
{
    Summarised *s = p;
    g_free(s->class_name);
    g_free(s->scope);
    g_free(s->unit);
}

/* The scope and unit of a class string (cc_store_class_of). */
static void
class_parts(const char *cls, char **scope, char **unit)
{
    const char *nl = strchr(cls, '\n');
    *scope = g_str_has_prefix(cls, "s:") ? g_strndup(cls + 2, (gsize)(nl - cls - 2)) : NULL;
    *unit = g_str_has_prefix(nl + 1, "u:") ? g_strdup(nl + 3) : NULL;
}

/* Whether a plain claim @r may conflict with @s's draft claim: it lies
 * wholly above the draft's widened interval and is not later (a running
 * total grows), or wholly below and not earlier. Any other plain claim of
 * the class agrees with it (agreement, compatible or update). */
static gboolean
may_conflict(const Summarised *s, const CcClaim *r)
{
    const CcClaim *d = s->draft;
    gboolean above = r->value.has_low && r->value.low > s->hi;
    gboolean below = r->value.has_high && r->value.high < s->lo;
    guint32 t = as_of_last(d);
    if (d->as_of == 0 || r->as_of == t)
        return above || below;
    /* figures of a running total a day apart speak of one moment
     * (compare.c): beyond tolerance either way they conflict */
    if (d->cumulative && (r->as_of + 1 == t || t + 1 == r->as_of))
        return above || below;
    return r->as_of < t ? above : below;
}

/* Whether the summarised draft claim @k reads what one before it reads
 * (a draft that repeats a figure). */
static gboolean
same_as_before(GArray *sums, guint k)
{
    const Summarised *s = &g_array_index(sums, Summarised, k);
    for (guint j = 0; j < k; j++) {
        const Summarised *o = &g_array_index(sums, Summarised, j);
        if (as_of_last(o->draft) == as_of_last(s->draft) && o->lo == s->lo && o->hi == s->hi &&
            g_strcmp0(o->class_name, s->class_name) == 0)
            return TRUE;
    }
    return FALSE;
}

/* Whether a plain claim of the store's class @cls can be compared with
 * @d: the same scope, and the same unit unless one has none. */
static gboolean
class_comparable(const CcClaim *d, const char *cls)
{
    const char *nl = strchr(cls, '\n');
    if (nl == NULL)
        return FALSE;
    g_autofree char *mine = cc_store_class_of(d->scope, d->value.unit);
    const char *my_nl = strchr(mine, '\n');
    /* a total stated as such counts the whole, as a figure of no scope
     * does (compare.c) */
    gboolean total_whole =
        (d->scope == NULL && (gsize)(nl - cls) == 7 && strncmp(cls, "s:total", 7) == 0) ||
        (g_strcmp0(d->scope, "total") == 0 && (gsize)(nl - cls) == 1 && cls[0] == '-');
    if (!total_whole &&
        ((gsize)(nl - cls) != (gsize)(my_nl - mine) || strncmp(cls, mine, (gsize)(nl - cls)) != 0))
        return FALSE;
    return d->value.unit == NULL || strcmp(nl + 1, "-") == 0 || strcmp(nl + 1, my_nl + 1) == 0;
}

static gboolean
in_class(const Summarised *s, const CcClaim *r)
{
    return s->class_name != NULL && cc_store_plain_claim(r) && g_strcmp0(r->scope, s->scope) == 0 &&
           g_strcmp0(r->value.unit, s->unit) == 0;
}

/* Whether the plain claim @r of @s's class certainly conflicts with @s's
 * draft claim, as the comparator judges the pair: it may conflict
 * (may_conflict) and the two values do not meet within either one's
 * tolerance (a running total that lies beyond is then no update). */
static gboolean
certainly_conflicts(const Summarised *s, const CcClaim *r, const CcCompareOptions *options)
{
    if (!in_class(s, r) || !may_conflict(s, r))
        return FALSE;
    const CcValue *dv = &s->draft->value, *rv = &r->value;
    double rlo, rhi;
    cc_compare_widen(r, options, &rlo, &rhi);
    double d_lo = dv->has_low ? dv->low : -INFINITY, d_hi = dv->has_high ? dv->high : INFINITY;
    double r_lo = rv->has_low ? rv->low : -INFINITY, r_hi = rv->has_high ? rv->high : INFINITY;
    return !((s->lo <= r_hi && r_lo <= s->hi) || (rlo <= d_hi && d_lo <= rhi));
}

/* Claims a check counts without reading them, on a key with no draft
 * claim of one moment (which would relate to them in other ways): plain
 * claims, each its source's only one on the key, that either certainly
 * conflict with or agree with each summarised draft claim of the key
 * whose class they are of. Each is one claim and one source on its side
 * of each: those that agree are among the class's claims left unread,
 * those that conflict are counted apart. A source with more claims on the
 * key is counted too when each of them certainly conflicts with, or each
 * agrees with, each summarised draft claim: its claims are a group, one
 * source on its side of each. */
typedef struct {
    sqlite3_int64 rowid;
    guint32 as_of;
    guint32 group;   /* 0: its source's only claim on the key; else its source's group */
    guint64 against; /* bit k: conflicts with the k-th summarised draft claim */
} Counted;

struct Counting {
    GArray *sums; /* (element-type Summarised) */
    const CcCompareOptions *options;
    GArray *rows; /* (element-type Counted) */
    /* The key's plain claims are of one class, whose claims reach at most
     * @reach_rel of a value (relative) and @reach_abs (in its unit) beyond
     * it: the index decides which are counted (index_counts). */
    gboolean from_index;
    double reach_rel, reach_abs;
    guint32 groups; /* the groups counted so far */
};

/* Whether the plain claim of the key's one class at @rowid (@as_of, its
 * ends, @only: its only_on_key mark), not read yet, is counted: its
 * source's only claim on the key, and for each summarised draft claim it
 * may conflict with, certainly in conflict by the class's bound on how far
 * its claims reach (so certainly in conflict by its own, as
 * certainly_conflicts judges). Sets *@against as counted_row does. */
static gboolean bound_conflicts(const Counting *counting, guint32 as_of, gboolean has_low,
                                double low, gboolean has_high, double high, guint64 *against,
                                guint64 *agree);

static gboolean
index_counts(const Counting *counting, guint32 as_of, gboolean has_low, double low,
             gboolean has_high, double high, gboolean only, guint64 *against)
{
    *against = 0;
    if (!only)
        return FALSE;
    guint64 agree = 0;
    return bound_conflicts(counting, as_of, has_low, low, has_high, high, against, &agree);
}

/* Whether a plain claim of the key's one class (@as_of, its ends), for
 * each summarised draft claim it may conflict with, certainly conflicts
 * with it by the class's bound on how far its claims reach; then bit k of
 * *@against is set for each such k, and of *@agree for each of the others
 * it is compared with (it agrees with them). */
static gboolean
bound_conflicts(const Counting *counting, guint32 as_of, gboolean has_low, double low,
                gboolean has_high, double high, guint64 *against, guint64 *agree)
{
    *against = 0;
    *agree = 0;
    CcClaim r;
    memset(&r, 0, sizeof r);
    r.as_of = as_of;
    r.value.kind = CC_VALUE_NUMBER;
    r.value.has_low = has_low;
    r.value.has_high = has_high;
    r.value.low = has_low ? low : 0;
    r.value.high = has_high ? high : 0;
    double r_lo = has_low ? low : -INFINITY, r_hi = has_high ? high : INFINITY;
    /* the lowest low end and highest high end its tolerance can widen to */
    double reach_lo = has_low ? MIN(low - counting->reach_rel * fabs(low), low - counting->reach_abs)
                              : -INFINITY;
    double reach_hi = has_high
                          ? MAX(high + counting->reach_rel * fabs(high), high + counting->reach_abs)
                          : INFINITY;
    for (guint k = 0; k < counting->sums->len; k++) {
        const Summarised *s = &g_array_index(counting->sums, Summarised, k);
        if (s->class_name == NULL)
            continue;
        if (!may_conflict(s, &r)) {
            *agree |= G_GUINT64_CONSTANT(1) << k;
            continue;
        }
        const CcValue *dv = &s->draft->value;
        double d_lo = dv->has_low ? dv->low : -INFINITY, d_hi = dv->has_high ? dv->high : INFINITY;
        gboolean meet = s->lo <= r_hi && r_lo <= s->hi;
        gboolean reach = !(reach_lo > d_hi || reach_hi < d_lo);
        if (meet || reach)
            return FALSE;
        *against |= G_GUINT64_CONSTANT(1) << k;
    }
    return TRUE;
}

/* Whether the plain claim @r, for each summarised draft claim it may
 * conflict with, certainly conflicts with it (certainly_conflicts, by its
 * own tolerance); then *@against has bit k set for each such k. */
static gboolean
conflicts_certainly(const Counting *counting, const CcClaim *r, guint64 *against)
{
    *against = 0;
    for (guint k = 0; k < counting->sums->len; k++) {
        const Summarised *sd = &g_array_index(counting->sums, Summarised, k);
        if (!in_class(sd, r) || !may_conflict(sd, r))
            continue; /* it agrees, or is not compared */
        if (!certainly_conflicts(sd, r, counting->options))
            return FALSE;
        *against |= G_GUINT64_CONSTANT(1) << k;
    }
    return TRUE;
}

/* Whether @counting counts the row @stmt is at (DRAFT_COLUMNS), told from
 * the columns that decide it alone; then it is kept there. */
static gboolean
counted_row(Counting *counting, sqlite3_stmt *stmt)
{
    if (sqlite3_column_int(stmt, N_CLAIM_COLUMNS + 2) == 0) /* only_on_key */
        return FALSE;
    CcClaim r;
    memset(&r, 0, sizeof r);
    if (!claim_type_from_name((const char *)sqlite3_column_text(stmt, 5), &r.type) ||
        !cc_modality_from_string((const char *)sqlite3_column_text(stmt, 32), &r.modality))
        return FALSE; /* read, and reported as damaged there */
    r.as_of = (guint32)column_uint(stmt, 34);
    CcValue *v = &r.value;
    v->kind = (CcValueKind)CLAMP(sqlite3_column_int(stmt, 11), CC_VALUE_NONE, CC_VALUE_DATE);
    if (!cc_store_plain_claim(&r))
        return FALSE;
    v->has_low = sqlite3_column_int(stmt, 14) != 0;
    v->has_high = sqlite3_column_int(stmt, 15) != 0;
    v->low = v->has_low ? sqlite3_column_double(stmt, 12) : 0;
    v->high = v->has_high ? sqlite3_column_double(stmt, 13) : 0;
    v->approx = sqlite3_column_int(stmt, 18) != 0;
    v->unit = (const char *)sqlite3_column_text(stmt, 21);
    r.scope = (char *)sqlite3_column_text(stmt, 10);
    r.tolerance = sqlite3_column_double(stmt, 35);
    r.tolerance_abs = sqlite3_column_int(stmt, 36) != 0;
    guint64 against = 0;
    if (!conflicts_certainly(counting, &r, &against))
        return FALSE;
    Counted c = {.rowid = sqlite3_column_int64(stmt, N_CLAIM_COLUMNS + 1),
                 .as_of = r.as_of,
                 .against = against};
    g_array_append_val(counting->rows, c);
    return TRUE;
}

/* Whether the rows read so far hold, for every summarised draft claim,
 * @listed plain claims of its class that certainly agree with it from at
 * least three sources, all at least as late as @since; then every claim
 * as late as those has been read. */
static gboolean
latest_enough(GArray *rows, GArray *sums, guint listed, gint64 since, GHashTable *draft_sources)
{
    for (guint k = 0; k < sums->len; k++) {
        const Summarised *s = &g_array_index(sums, Summarised, k);
        if (s->class_name == NULL)
            continue;
        g_autoptr(GHashTable) sources = g_hash_table_new(g_str_hash, g_str_equal);
        /* rows read twice (a bucket, then a day) count once */
        g_autoptr(GHashTable) claims = g_hash_table_new(g_int64_hash, g_int64_equal);
        for (guint i = 0; i < rows->len; i++) {
            Fetched *f = &g_array_index(rows, Fetched, i);
            const CcClaim *r = f->claim;
            if ((gint64)r->as_of < since || !in_class(s, r) || may_conflict(s, r) ||
                g_hash_table_contains(draft_sources, r->source))
                continue;
            g_hash_table_add(claims, &f->rowid);
            g_hash_table_add(sources, r->source);
        }
        if (g_hash_table_size(claims) < listed || g_hash_table_size(sources) < 3)
            return FALSE;
    }
    return TRUE;
}

/* Sorts @array's elements by the gint64 at @offset in each, ascending and
 * stably: a radix sort, a byte a pass, skipping the bytes every key shares.
 * The rows counted or looked up on a key are thousands, and a comparison
 * sort's call a comparison cost more than reading their keys. */
static void
sort_by_int64(GArray *array, gsize offset)
{
    guint n = array->len;
    gsize size = g_array_get_element_size(array);
    if (n < 2)
        return;
    guint8 *base = (guint8 *)array->data;
#define KEY_AT(p) (((guint64) * (const gint64 *)(const void *)((p) + offset)) ^ G_GUINT64_CONSTANT(0x8000000000000000))
    g_autofree guint *count = g_new0(guint, 8 * 256);
    for (guint i = 0; i < n; i++) {
        guint64 k = KEY_AT(base + (gsize)i * size);
        for (guint b = 0; b < 8; b++)
            count[b * 256 + ((k >> (8 * b)) & 0xff)]++;
    }
    g_autofree guint8 *tmp = g_malloc((gsize)n * size);
    guint8 *from = base, *to = tmp;
    guint64 first = KEY_AT(base);
    for (guint b = 0; b < 8; b++) {
        guint *c = count + b * 256;
        if (c[(first >> (8 * b)) & 0xff] == n)
            continue; /* every key has this byte */
        guint pos[256], sum = 0;
        for (guint d = 0; d < 256; d++) {
            pos[d] = sum;
            sum += c[d];
        }
        for (guint i = 0; i < n; i++) {
            const guint8 *e = from + (gsize)i * size;
            memcpy(to + (gsize)pos[(KEY_AT(e) >> (8 * b)) & 0xff]++ * size, e, size);
        }
        guint8 *t = from;
        from = to;
        to = t;
    }
#undef KEY_AT
    if (from != base)
        memcpy(base, from, (gsize)n * size);
}

/* Appends @rowid to the JSON array @ids, after a comma unless first. */
static void
append_rowid(GString *ids, gint64 rowid)
{
    char digits[24];
    guint n = 0;
    guint64 x = rowid < 0 ? -(guint64)rowid : (guint64)rowid;
    do {
        digits[n++] = (char)('0' + x % 10);
        x /= 10;
    } while (x != 0);
    if (ids->len > 1)
        g_string_append_c(ids, ',');
    if (rowid < 0)
        g_string_append_c(ids, '-');
    while (n > 0)
        g_string_append_c(ids, digits[--n]);
}

/* @rowids as a JSON array, sorted, each once (a row may lie beyond
 * several figures). (transfer full) */
static char *
rowid_list(GArray *rowids)
{
    sort_by_int64(rowids, 0);
    GString *ids = g_string_new("[");
    for (guint i = 0; i < rowids->len; i++) {
        gint64 rowid = g_array_index(rowids, gint64, i);
        if (i > 0 && rowid == g_array_index(rowids, gint64, i - 1))
            continue;
        append_rowid(ids, rowid);
    }
    g_string_append_c(ids, ']');
    return g_string_free(ids, FALSE);
}

/* The sources of the rows in ?1 (a JSON array). */
const char cc_store_sql_rows_sources[] = "SELECT DISTINCT source FROM claims"
                                         " WHERE rowid IN (SELECT value FROM json_each(?1))";
/* The claims on a key of the sources in ?2 (a JSON array of ids), each
 * with others there: their day and ends, from claims_shared alone. */
const char cc_store_sql_sources_counting[] =
    "SELECT rowid, source, as_of, value_low, value_high FROM claims INDEXED BY claims_shared"
    " WHERE source IN (SELECT value FROM json_each(?2)) AND key = ?1 AND only_on_key = 0";

/* A source's claims on the key as count_groups reads them. */
typedef struct {
    guint64 conflict, agree; /* bit k: one of its claims conflicts with / agrees with the k-th */
    gboolean read;           /* not counted: it is read whole */
    GArray *rows;            /* (element-type Counted) */
} Group;

static void
group_free(gpointer p)
{
    Group *g = p;
    g_array_unref(g->rows);
    g_free(g);
}

/* The sources in @shared, each with a claim beyond a figure and others on
 * the key (of its one class of plain claims, whose bound tells how far
 * they reach): those whose every claim on the key certainly conflicts
 * with, or every one agrees with, each summarised draft claim (and
 * conflicts with one) are counted as groups (Counted.group), their rows
 * unread; the others, and any with a claim read already (@seen: every
 * claim that is not plain is), are added to @sources, to be read whole. */
static gboolean
count_groups(CcStore *store, const char *key, Counting *counting, GHashTable *seen,
             GPtrArray *shared, GPtrArray *sources, GError **error)
{
    GString *ids = g_string_new("[");
    for (guint i = 0; i < shared->len; i++) {
        if (i > 0)
            g_string_append_c(ids, ',');
        cc_json_append_string(ids, shared->pdata[i]);
    }
    g_string_append_c(ids, ']');
    g_autoptr(GHashTable) groups = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, group_free);
    g_autoptr(GPtrArray) order = g_ptr_array_new();
    int rc;
    sqlite3_stmt *stmt = cached_statement(store, cc_store_sql_sources_counting, &rc);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, ids->str, -1, SQLITE_STATIC);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const char *source = (const char *)sqlite3_column_text(stmt, 1);
            if (source == NULL)
                continue;
            Group *g = g_hash_table_lookup(groups, source);
            if (g == NULL) {
                g = g_new0(Group, 1);
                g->rows = g_array_new(FALSE, FALSE, sizeof(Counted));
                char *id = g_strdup(source);
                g_hash_table_insert(groups, id, g);
                g_ptr_array_add(order, id);
            }
            if (g->read)
                continue;
            gint64 rowid = sqlite3_column_int64(stmt, 0);
            guint32 as_of = (guint32)column_uint(stmt, 2);
            guint64 against = 0, agree = 0;
            if (g_hash_table_contains(seen, &rowid) ||
                !bound_conflicts(counting, as_of, sqlite3_column_type(stmt, 3) != SQLITE_NULL,
                                 sqlite3_column_double(stmt, 3),
                                 sqlite3_column_type(stmt, 4) != SQLITE_NULL,
                                 sqlite3_column_double(stmt, 4), &against, &agree)) {
                g->read = TRUE;
                continue;
            }
            g->agree |= agree;
            g->conflict |= against;
            Counted c = {.rowid = rowid, .as_of = as_of, .against = against};
            g_array_append_val(g->rows, c);
        }
        sqlite3_reset(stmt);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    g_string_free(ids, TRUE);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "reading claims", error);
    for (guint i = 0; i < order->len; i++) {
        Group *g = g_hash_table_lookup(groups, order->pdata[i]);
        if (g->read || g->conflict == 0 || (g->conflict & g->agree) != 0 || g->rows->len < 2) {
            g_ptr_array_add(sources, g_strdup(order->pdata[i]));
            continue;
        }
        guint32 id = ++counting->groups;
        for (guint j = 0; j < g->rows->len; j++) {
            Counted *c = &g_array_index(g->rows, Counted, j);
            c->group = id;
            g_array_append_val(counting->rows, *c);
        }
    }
    /* a source given that holds no claim on the key: read as before */
    for (guint i = 0; i < shared->len; i++)
        if (!g_hash_table_contains(groups, shared->pdata[i]))
            g_ptr_array_add(sources, g_strdup(shared->pdata[i]));
    return TRUE;
}

/* fetch_summarised's claims beyond the draft's figures (@ranges: first
 * and last day, draft claim, above, claims in the bucket), where the index
 * decides what is counted: each entry beyond a figure is counted
 * (index_counts), or its row read, by rowid, into @out, or (a claim that
 * is not its source's only one on the key) its source added to @sources;
 * the rows @out holds already (the claims that are not plain, a denial's
 * source) are skipped. */
static gboolean
fetch_beyond_from_index(CcStore *store, const char *key, GArray *sums, GArray *ranges,
                        Counting *counting, GPtrArray *sources, GArray *out, GError **error)
{
    g_autoptr(GHashTable) seen = g_hash_table_new(g_int64_hash, g_int64_equal);
    for (guint i = 0; i < out->len; i++)
        g_hash_table_add(seen, &g_array_index(out, Fetched, i).rowid);
    g_autoptr(GArray) wanted = g_array_new(FALSE, FALSE, sizeof(gint64));
    g_autoptr(GArray) shared = g_array_new(FALSE, FALSE, sizeof(gint64));
    for (guint i = 0; i < ranges->len; i++) {
        gint64 *r = &g_array_index(ranges, gint64, 5 * i);
        const Summarised *s = &g_array_index(sums, Summarised, (guint)r[2]);
        gboolean above = r[3] != 0;
        /* a bucket of more than 4 claims a day: one index search a day */
        const char *sql = !above                         ? cc_store_sql_reach_below
                          : r[4] > 4 * (r[1] - r[0] + 1) ? cc_store_sql_reach_above_daily
                                                         : cc_store_sql_reach_above;
        int rc;
        sqlite3_stmt *stmt = cached_statement(store, sql, &rc);
        if (rc != SQLITE_OK)
            return set_sqlite_error(store, rc, "reading claims", error);
        sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 2, r[0]);
        sqlite3_bind_int64(stmt, 3, r[1]);
        sqlite3_bind_double(stmt, 4, s->hi);
        if (sqlite3_bind_parameter_count(stmt) >= 5)
            sqlite3_bind_double(stmt, 5, s->lo);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            gint64 rowid = sqlite3_column_int64(stmt, 0);
            if (g_hash_table_contains(seen, &rowid))
                continue;
            guint64 against = 0;
            if (index_counts(counting, (guint32)column_uint(stmt, 1),
                             sqlite3_column_type(stmt, 2) != SQLITE_NULL,
                             sqlite3_column_double(stmt, 2),
                             sqlite3_column_type(stmt, 3) != SQLITE_NULL,
                             sqlite3_column_double(stmt, 3), sqlite3_column_int(stmt, 4) != 0,
                             &against)) {
                Counted c = {.rowid = rowid, .as_of = (guint32)column_uint(stmt, 1),
                             .against = against};
                g_array_append_val(counting->rows, c);
            } else if (sqlite3_column_int(stmt, 4) == 0) {
                g_array_append_val(shared, rowid);
            } else {
                g_array_append_val(wanted, rowid);
            }
        }
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE)
            return set_sqlite_error(store, rc, "reading claims", error);
    }
    /* A claim that is not its source's only one on the key may conflict
     * with a figure (it lies beyond it, on the side of its time), so its
     * source is read whole (fetch_summarised), the claim with it: only
     * the source is looked up here. */
    if (shared->len > 0) {
        g_autofree char *ids = rowid_list(shared);
        g_autoptr(GPtrArray) shared_sources = g_ptr_array_new_with_free_func(g_free);
        int rc;
        sqlite3_stmt *stmt = cached_statement(store, cc_store_sql_rows_sources, &rc);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(stmt, 1, ids, -1, SQLITE_STATIC);
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
                g_ptr_array_add(shared_sources, column_strdup(stmt, 0));
            sqlite3_reset(stmt);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        if (rc != SQLITE_OK)
            return set_sqlite_error(store, rc, "reading claims", error);
        if (!count_groups(store, key, counting, seen, shared_sources, sources, error))
            return FALSE;
    }
    if (wanted->len == 0)
        return TRUE;
    /* in one statement, in the table's order */
    g_autofree char *ids = rowid_list(wanted);
    return fetch_rows(store, cc_store_sql_draft_rows, key, 0, 0, ids, out, error);
}

/* The claims of one key that the summarised draft claims @sums need,
 * added to @out: the buckets where a plain claim may conflict with one
 * of them, the latest claims until each has enough that agree, and every
 * claim of each source that gave a claim that may conflict or one that is
 * not plain (so that a source left unread gave only agreeing claims). */
static gboolean
fetch_summarised(CcStore *store, const char *key, GArray *sums, guint listed,
                 GHashTable *draft_sources, Counting *counting, GArray *out, GError **error)
{
    gboolean any_class = FALSE;
    for (guint k = 0; k < sums->len; k++)
        any_class |= g_array_index(sums, Summarised, k).class_name != NULL;
    if (!any_class)
        return TRUE;
    /* Buckets by their plain claims' highest low end and lowest high end: for
     * each summarised draft claim, those that may hold a claim that
     * conflicts with it. */
    g_autoptr(GArray) ranges = g_array_new(FALSE, FALSE, 5 * sizeof(gint64));
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, cc_store_sql_key_ends, -1, &stmt, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            gint64 b0 = sqlite3_column_int64(stmt, 0) * CC_STORE_BUCKET_DAYS;
            gint64 b1 = b0 + CC_STORE_BUCKET_DAYS - 1;
            gboolean has_low = sqlite3_column_type(stmt, 1) != SQLITE_NULL;
            gboolean has_high = sqlite3_column_type(stmt, 2) != SQLITE_NULL;
            double max_low = sqlite3_column_double(stmt, 1);
            double min_high = sqlite3_column_double(stmt, 2);
            gint64 claims = sqlite3_column_int64(stmt, 3);
            for (guint k = 0; k < sums->len; k++) {
                const Summarised *s = &g_array_index(sums, Summarised, k);
                if (s->class_name == NULL || same_as_before(sums, k))
                    continue;
                gint64 t = as_of_last(s->draft);
                /* days up to the draft's for claims above it, from its day
                 * for claims below it (any day for an undated figure); a
                 * running total's figures a day apart are of one moment */
                gint64 next = t + (s->draft->cumulative ? 1 : 0);
                gint64 before = t - (s->draft->cumulative ? 1 : 0);
                if (has_low && max_low > s->hi && (t == 0 || b0 <= next)) {
                    gint64 r[5] = {b0, t == 0 ? b1 : MIN(b1, next), k, 1, claims};
                    g_array_append_val(ranges, r);
                }
                if (has_high && min_high < s->lo && (t == 0 || b1 >= before)) {
                    gint64 r[5] = {t == 0 ? b0 : MAX(b0, before), b1, k, 0, claims};
                    g_array_append_val(ranges, r);
                }
            }
        }
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "reading the key summaries", error);
    /* In those buckets, the claims beyond the draft's widened interval
     * (a superset of those that may conflict with it). */
    g_autoptr(GPtrArray) shared = g_ptr_array_new_with_free_func(g_free);
    if (counting != NULL && counting->from_index) {
        if (!fetch_beyond_from_index(store, key, sums, ranges, counting, shared, out, error))
            return FALSE;
        g_array_set_size(ranges, 0);
    }
    for (guint i = 0; i < ranges->len; i++) {
        gint64 *r = &g_array_index(ranges, gint64, 5 * i);
        const Summarised *s = &g_array_index(sums, Summarised, (guint)r[2]);
        gboolean above = r[3] != 0;
        /* a bucket of more than 4 claims a day: one index search a day */
        const char *sql = !above                     ? cc_store_sql_draft_below
                          : r[4] > 4 * (r[1] - r[0] + 1) ? cc_store_sql_draft_above_daily
                                                         : cc_store_sql_draft_above;
        if (!fetch_rows_where(store, sql, key, r[0], r[1], NULL, s->hi, s->lo, counting, out,
                              error))
            return FALSE;
    }
    /* The latest claims, a day at a time, until the lists are full. */
    gint64 since = G_MAXINT64;
    while (!latest_enough(out, sums, listed, since, draft_sources)) {
        guint first = out->len;
        if (!fetch_rows(store, cc_store_sql_draft_latest, key, since, 64, NULL, out, error))
            return FALSE;
        if (out->len == first)
            break;
        since = as_of_last(g_array_index(out, Fetched, out->len - 1).claim);
        /* that day whole: LIMIT may have cut it */
        if (!fetch_rows(store, cc_store_sql_draft_time, key, since, since, NULL, out, error))
            return FALSE;
        if (since == 0)
            break;
    }
    /* Sources to read whole (none that gave only the claim read). */
    g_autoptr(GHashTable) whole = g_hash_table_new(g_str_hash, g_str_equal);
    g_autoptr(GPtrArray) order = g_ptr_array_new();
    for (guint i = 0; i < shared->len; i++)
        if (g_hash_table_add(whole, shared->pdata[i]))
            g_ptr_array_add(order, shared->pdata[i]);
    for (guint i = 0; i < out->len; i++) {
        const Fetched *f = &g_array_index(out, Fetched, i);
        const CcClaim *r = f->claim;
        if (f->only_on_key)
            continue;
        gboolean need = !cc_store_plain_claim(r);
        for (guint k = 0; !need && k < sums->len; k++) {
            const Summarised *s = &g_array_index(sums, Summarised, k);
            need = in_class(s, r) && may_conflict(s, r);
        }
        if (need && g_hash_table_add(whole, r->source))
            g_ptr_array_add(order, r->source);
    }
    /* in one statement: a source's claims on the key are one index search */
    if (order->len == 0)
        return TRUE;
    GString *ids = g_string_new("[");
    for (guint i = 0; i < order->len; i++) {
        if (i > 0)
            g_string_append_c(ids, ',');
        cc_json_append_string(ids, order->pdata[i]);
    }
    g_string_append_c(ids, ']');
    gboolean ok = fetch_rows(store, cc_store_sql_draft_sources, key, 0, 0, ids->str, out, error);
    g_string_free(ids, TRUE);
    return ok;
}

/* The key's classes of plain claims: for each summarised draft claim, the
 * one it can be compared with. FALSE in *@usable when one can be compared
 * with more than one (the whole key is read then). */
static gboolean
choose_classes(CcStore *store, const char *key, GArray *sums, gboolean *usable,
               Counting *counting, GError **error)
{
    *usable = TRUE;
    guint classes = 0;
    double rel = 0, abs = 0;
    gint64 def = 0;
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, cc_store_sql_key_classes, -1, &stmt, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const char *cls = (const char *)sqlite3_column_text(stmt, 0);
            classes++;
            rel = sqlite3_column_double(stmt, 3);
            def = sqlite3_column_int64(stmt, 4);
            abs = sqlite3_column_double(stmt, 5);
            for (guint k = 0; cls != NULL && k < sums->len; k++) {
                Summarised *s = &g_array_index(sums, Summarised, k);
                if (!class_comparable(s->draft, cls))
                    continue;
                if (s->class_name != NULL)
                    *usable = FALSE;
                g_free(s->class_name);
                g_free(s->scope);
                g_free(s->unit);
                s->class_name = g_strdup(cls);
                class_parts(cls, &s->scope, &s->unit);
                s->class_claims = sqlite3_column_int64(stmt, 1);
                s->class_sources = sqlite3_column_int64(stmt, 2);
            }
        }
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "reading the key summaries", error);
    /* One class of plain claims on the key: a plain claim is of it. */
    double reach_rel = MAX(rel, (double)def * counting->options->default_tolerance);
    counting->from_index = classes == 1 && isfinite(reach_rel) && reach_rel >= 0 &&
                           isfinite(abs) && abs >= 0;
    counting->reach_rel = reach_rel;
    counting->reach_abs = abs;
    return TRUE;
}

/* Whether @c, read for @s's draft claim, can stand for its running total
 * at a moment (check.c judges a running total by the references' latest
 * figures at or before its moment and the first after it). */
static gboolean
moment_total(const Summarised *s, const CcClaim *c, GHashTable *draft_sources)
{
    return in_class(s, c) && c->cumulative && c->as_of != 0 &&
           c->value.kind == CC_VALUE_NUMBER && !g_hash_table_contains(draft_sources, c->source);
}

/* For each summarised draft claim that is a running total at a moment:
 * the key's claims of the references' latest moment at or before it and
 * of their first moment after it (a window of the draft's), and the
 * sources of the latest moment's claims whole, read into @out, so that
 * check judges it from a store as from files. */
static gboolean
fetch_moments(CcStore *store, const char *key, GArray *sums, const CcCompareOptions *options,
              GHashTable *draft_sources, GArray *out, GError **error)
{
    for (guint k = 0; k < sums->len; k++) {
        const Summarised *s = &g_array_index(sums, Summarised, k);
        const CcClaim *d = s->draft;
        if (s->class_name == NULL || !d->cumulative || d->as_of == 0 ||
            d->value.kind != CC_VALUE_NUMBER || d->modality == CC_MODALITY_NEGATED ||
            d->modality == CC_MODALITY_DISPUTED || d->modality == CC_MODALITY_HYPOTHETICAL)
            continue;
        gint64 at = as_of_last(d);
        gint64 window = d->window_days != 0 ? d->window_days : options->default_window_days;
        for (int side = 0; side < 2; side++) {
            gint64 from = side == 0 ? at + 1 : at, found = -1;
            for (;;) {
                guint first = out->len;
                if (!fetch_rows(store, side == 0 ? cc_store_sql_draft_latest
                                                 : cc_store_sql_draft_earliest,
                                key, from, 64, NULL, out, error))
                    return FALSE;
                if (out->len == first)
                    break;
                for (guint i = first; i < out->len && found < 0; i++)
                    if (moment_total(s, g_array_index(out, Fetched, i).claim, draft_sources))
                        found = as_of_last(g_array_index(out, Fetched, i).claim);
                if (found >= 0)
                    break;
                from = as_of_last(g_array_index(out, Fetched, out->len - 1).claim);
                if (side == 0 && from == 0)
                    break;
                /* that day whole: LIMIT may have cut it */
                if (!fetch_rows(store, cc_store_sql_draft_time, key, from, from, NULL, out, error))
                    return FALSE;
                for (guint i = first; i < out->len && found < 0; i++)
                    if (moment_total(s, g_array_index(out, Fetched, i).claim, draft_sources))
                        found = as_of_last(g_array_index(out, Fetched, i).claim);
                if (found >= 0)
                    break;
            }
            if (found < 0)
                continue;
            guint first = out->len;
            gint64 lo = side == 0 ? MAX(found - window, 1) : found;
            gint64 hi = side == 0 ? found : found + window;
            if (!fetch_rows(store, cc_store_sql_draft_time, key, lo, hi, NULL, out, error))
                return FALSE;
            if (side == 1)
                continue;
            g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
            g_autoptr(GPtrArray) order = g_ptr_array_new();
            for (guint i = first; i < out->len; i++) {
                const CcClaim *c = g_array_index(out, Fetched, i).claim;
                if (!g_array_index(out, Fetched, i).only_on_key && g_hash_table_add(seen, c->source))
                    g_ptr_array_add(order, c->source);
            }
            for (guint i = 0; i < order->len; i++)
                if (!fetch_rows(store, cc_store_sql_draft_source, key, 0, 0, order->pdata[i], out,
                                error))
                    return FALSE;
        }
    }
    return TRUE;
}

/* For each summarised draft claim, the claims of its class that @rows
 * (one key's, each read once) leave out, and their sources. */
static void
count_unread(GArray *sums, GPtrArray *rows, GArray *counted, GHashTable *draft_sources,
             GHashTable *unread)
{
    for (guint k = 0; k < sums->len; k++) {
        const Summarised *s = &g_array_index(sums, Summarised, k);
        if (s->class_name == NULL)
            continue;
        /* counted: each its source's only claim on the key, or a group of
         * its source's claims, none read */
        gint64 against = 0, against_sources = 0;
        g_autoptr(GHashTable) groups = g_hash_table_new(NULL, NULL);
        for (guint i = 0; counted != NULL && i < counted->len; i++) {
            const Counted *c = &g_array_index(counted, Counted, i);
            if (!((c->against >> k) & 1))
                continue;
            against++;
            if (c->group == 0 || g_hash_table_add(groups, GUINT_TO_POINTER(c->group)))
                against_sources++;
        }
        gint64 n = against;
        g_autoptr(GHashTable) sources = g_hash_table_new(g_str_hash, g_str_equal);
        for (guint i = 0; i < rows->len; i++) {
            const CcClaim *r = rows->pdata[i];
            if (g_hash_table_contains(draft_sources, r->source) || !in_class(s, r))
                continue;
            n++;
            g_hash_table_add(sources, r->source);
        }
        CcCheckUnread *u = g_new0(CcCheckUnread, 1);
        u->claims = (guint)MAX(s->class_claims - n, 0);
        u->sources = (guint)MAX(
            s->class_sources - (gint64)g_hash_table_size(sources) - against_sources, 0);
        u->opposing_claims = (guint)against;
        u->opposing_sources = (guint)against_sources;
        g_hash_table_insert(unread, (gpointer)s->draft, u);
    }
}


static int
latest_day_first(gconstpointer pa, gconstpointer pb)
{
    guint32 a = *(const guint32 *)pa, b = *(const guint32 *)pb;
    return (a < b) - (a > b);
}

/* The day from which the k-th summarised draft claim's counted claims
 * (@counted, some in groups) are listed: the latest day by which they
 * reach @listed claims and CC_CHECK_NAMED sources (a group one source);
 * 0, all of them, when they never do. */
static guint32
listed_from(GArray *counted, guint k, guint listed)
{
    typedef struct {
        gint64 key; /* the day, latest first */
        guint32 group;
    } Day;
    g_autoptr(GArray) days = g_array_new(FALSE, FALSE, sizeof(Day));
    for (guint i = 0; i < counted->len; i++) {
        const Counted *c = &g_array_index(counted, Counted, i);
        if ((c->against >> k) & 1) {
            Day d = {.key = -(gint64)c->as_of, .group = c->group};
            g_array_append_val(days, d);
        }
    }
    sort_by_int64(days, G_STRUCT_OFFSET(Day, key));
    guint32 groups[CC_CHECK_NAMED];
    guint claims = 0, named = 0, n_groups = 0;
    for (guint i = 0; i < days->len; i++) {
        const Day *d = &g_array_index(days, Day, i);
        claims++;
        gboolean seen = FALSE;
        for (guint j = 0; j < n_groups && !seen; j++)
            seen = groups[j] == d->group;
        if (!seen && named < CC_CHECK_NAMED) {
            named++;
            if (d->group != 0)
                groups[n_groups++] = d->group;
        }
        if (claims >= listed && named >= CC_CHECK_NAMED)
            return (guint32)-d->key;
    }
    return 0;
}

/* A key's claims by row, the rows in ?2 (a JSON array): looked up by
 * rowid (the '+' keeps the planner from searching the key's index). */
const char cc_store_sql_draft_rows[] = "SELECT " DRAFT_COLUMNS " FROM claims"
                                      " WHERE rowid IN (SELECT value FROM json_each(?2))"
                                      " AND +key = ?1";

/* The counted rows of one key, made final: those also read (@out) or
 * counted twice once; and those a diagnostic may list — for each
 * summarised draft claim, every counted claim of its class as late as the
 * @listed-th latest of them — read into @out after all. */
static gboolean
settle_counted(CcStore *store, const char *key, GArray *sums, guint listed, GArray *counted,
               GArray *out, GError **error)
{
    if (counted->len == 0)
        return TRUE;
    g_autoptr(GHashTable) read = g_hash_table_new(g_int64_hash, g_int64_equal);
    for (guint i = 0; i < out->len; i++)
        g_hash_table_add(read, &g_array_index(out, Fetched, i).rowid);
    sort_by_int64(counted, G_STRUCT_OFFSET(Counted, rowid));
    /* a group (a source's claims) some of whose rows are read is read whole */
    g_autoptr(GHashTable) whole = g_hash_table_new(NULL, NULL);
    gboolean grouped = FALSE;
    for (guint i = 0; i < counted->len; i++) {
        const Counted *c = &g_array_index(counted, Counted, i);
        grouped |= c->group != 0;
        if (c->group != 0 && g_hash_table_contains(read, &c->rowid))
            g_hash_table_add(whole, GUINT_TO_POINTER(c->group));
    }
    guint kept = 0;
    for (guint i = 0; i < counted->len; i++) {
        Counted *c = &g_array_index(counted, Counted, i);
        if (g_hash_table_contains(read, &c->rowid) ||
            (kept > 0 && g_array_index(counted, Counted, kept - 1).rowid == c->rowid))
            continue;
        g_array_index(counted, Counted, kept++) = *c;
    }
    g_array_set_size(counted, kept);
    /* the day from which each draft claim's counted claims may be listed */
    g_autofree guint32 *from = g_new0(guint32, sums->len);
    /* as many as the diagnostic lists, and those its message names (each
     * counted claim not of a group is its source's only one on the key) */
    guint shown = MAX(listed, CC_CHECK_NAMED);
    g_autofree guint32 *latest = g_new(guint32, listed > 0 ? shown : 1);
    for (guint k = 0; listed > 0 && grouped && k < sums->len; k++)
        from[k] = listed_from(counted, k, listed);
    for (guint k = 0; listed > 0 && !grouped && k < sums->len; k++) {
        /* the @shown latest days of its counted claims, latest first (a
         * few: an insertion each, where sorting them all cost more) */
        guint n = 0;
        if (shown > 64) {
            g_autoptr(GArray) days = g_array_new(FALSE, FALSE, sizeof(guint32));
            for (guint i = 0; i < counted->len; i++)
                if ((g_array_index(counted, Counted, i).against >> k) & 1)
                    g_array_append_val(days, g_array_index(counted, Counted, i).as_of);
            g_array_sort(days, latest_day_first);
            from[k] = days->len >= shown ? g_array_index(days, guint32, shown - 1) : 0;
            continue;
        }
        for (guint i = 0; i < counted->len; i++) {
            const Counted *c = &g_array_index(counted, Counted, i);
            if (!((c->against >> k) & 1) || (n == shown && c->as_of <= latest[n - 1]))
                continue;
            guint at = n < shown ? n++ : n - 1;
            for (; at > 0 && latest[at - 1] < c->as_of; at--)
                latest[at] = latest[at - 1];
            latest[at] = c->as_of;
        }
        from[k] = n == shown ? latest[shown - 1] : 0;
    }
    GString *ids = g_string_new("[");
    for (guint i = 0; grouped && i < counted->len; i++) {
        const Counted *c = &g_array_index(counted, Counted, i);
        for (guint k = 0; c->group != 0 && k < sums->len; k++)
            if (((c->against >> k) & 1) && c->as_of >= from[k])
                g_hash_table_add(whole, GUINT_TO_POINTER(c->group));
    }
    kept = 0;
    for (guint i = 0; i < counted->len; i++) {
        const Counted *c = &g_array_index(counted, Counted, i);
        gboolean list = c->group != 0 && g_hash_table_contains(whole, GUINT_TO_POINTER(c->group));
        for (guint k = 0; !list && k < sums->len; k++)
            list = ((c->against >> k) & 1) && c->as_of >= from[k];
        if (list)
            append_rowid(ids, (gint64)c->rowid);
        else
            g_array_index(counted, Counted, kept++) = *c;
    }
    g_array_set_size(counted, kept);
    g_string_append_c(ids, ']');
    gboolean ok = ids->len <= 2 || fetch_rows(store, cc_store_sql_draft_rows, key, 0, 0, ids->str, out, error);
    g_string_free(ids, TRUE);
    return ok;
}

static GPtrArray *claims_for(CcStore *store, GPtrArray *draft, const CcCompareOptions *options,
                             guint default_window, guint listed, GHashTable *keys_referenced,
                             GHashTable *unread, GError **error);

GPtrArray *
cc_store_claims_for_check(CcStore *store, GPtrArray *draft, const CcCompareOptions *options,
                          guint listed, GHashTable *keys_referenced, GHashTable *unread,
                          GError **error)
{
    g_return_val_if_fail(store != NULL && draft != NULL && options != NULL, NULL);
    g_return_val_if_fail(error == NULL || *error == NULL, NULL);
    return claims_for(store, draft, options, options->default_window_days, listed,
                      keys_referenced, unread, error);
}

GPtrArray *
cc_store_claims_for_draft(CcStore *store, GPtrArray *draft, guint default_window,
                          GHashTable *keys_referenced, GError **error)
{
    g_return_val_if_fail(store != NULL && draft != NULL, NULL);
    g_return_val_if_fail(error == NULL || *error == NULL, NULL);
    return claims_for(store, draft, NULL, default_window, 0, keys_referenced, NULL, error);
}

static GPtrArray *
claims_for(CcStore *store, GPtrArray *draft, const CcCompareOptions *options,
           guint default_window, guint listed, GHashTable *keys_referenced, GHashTable *unread,
           GError **error)
{
    g_return_val_if_fail(store != NULL && draft != NULL, NULL);
    g_return_val_if_fail(error == NULL || *error == NULL, NULL);
    /* One read transaction: every lookup sees the same state of the store. */
    if (!exec(store, "BEGIN", "reading claims", error))
        return NULL;
    g_autoptr(GPtrArray) keys = g_ptr_array_new();
    g_autoptr(GHashTable) by_key = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify)g_ptr_array_unref);
    g_autoptr(GHashTable) draft_sources = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < draft->len; i++) {
        CcClaim *c = draft->pdata[i];
        if (c->source != NULL)
            g_hash_table_add(draft_sources, c->source);
        if (c->key == NULL)
            continue;
        GPtrArray *list = g_hash_table_lookup(by_key, c->key);
        if (list == NULL) {
            list = g_ptr_array_new();
            g_hash_table_insert(by_key, c->key, list);
            g_ptr_array_add(keys, c->key);
        }
        g_ptr_array_add(list, c);
    }
    g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    g_autoptr(GArray) rows = g_array_new(FALSE, FALSE, sizeof(Fetched));
    g_autoptr(GArray) counted = g_array_new(FALSE, FALSE, sizeof(Counted));
    g_autoptr(GPtrArray) stored_sources = g_ptr_array_new();
    gboolean ok = TRUE;
    /* The draft's own source, if stored, is no reference to it. */
    GHashTableIter it;
    gpointer source;
    g_hash_table_iter_init(&it, draft_sources);
    while (ok && g_hash_table_iter_next(&it, &source, NULL)) {
        gint64 n = 0;
        ok = query_ints(store, cc_store_sql_source_stored, source, NULL, &n, 1, error);
        if (n > 0)
            g_ptr_array_add(stored_sources, source);
    }
    for (guint k = 0; ok && k < keys->len; k++) {
        const char *key = keys->pdata[k];
        gint64 summary[3] = {0};
        ok = query_ints(store, cc_store_sql_key_summary, key, NULL, summary, 3, error);
        gint64 n = summary[0];
        for (guint i = 0; ok && i < stored_sources->len; i++) {
            gint64 own = 0;
            ok = query_ints(store, "SELECT count(*) FROM claims INDEXED BY claims_by_source"
                                   " WHERE source = ?1 AND key = ?2",
                            stored_sources->pdata[i], key, &own, 1, error);
            n -= own;
        }
        if (!ok || summary[0] == 0)
            continue;
        if (n > 0 && keys_referenced != NULL)
            g_hash_table_add(keys_referenced, (gpointer)key);
        g_array_set_size(rows, 0);
        GPtrArray *drafts = g_hash_table_lookup(by_key, key);
        /* From the summaries unless the draft's own source is stored here. */
        gboolean summarised = options != NULL && listed > 0 && unread != NULL && n == summary[0];
        g_autoptr(GArray) sums = g_array_new(FALSE, TRUE, sizeof(Summarised));
        g_array_set_clear_func(sums, summarised_clear);
        g_autoptr(GPtrArray) windowed = g_ptr_array_new();
        gboolean all = FALSE, not_plain = FALSE;
        for (guint i = 0; i < drafts->len; i++) {
            const CcClaim *d = drafts->pdata[i];
            switch (read_mode(d, summarised)) {
            case READ_WINDOW:
                g_ptr_array_add(windowed, (gpointer)d);
                break;
            case READ_SPECIAL:
                not_plain = TRUE;
                break;
            case READ_SUMMARY: {
                Summarised sd = {.draft = d};
                cc_compare_widen(d, options, &sd.lo, &sd.hi);
                all |= isnan(sd.lo) || isnan(sd.hi);
                not_plain = TRUE;
                g_array_append_val(sums, sd);
                break;
            }
            case READ_ALL:
                all = TRUE;
                break;
            }
        }
        gboolean usable = TRUE;
        Counting counting = {.sums = sums, .options = options, .rows = counted};
        if (ok && !all && sums->len > 0)
            ok = choose_classes(store, key, sums, &usable, &counting, error);
        if (!usable)
            all = TRUE;
        if (all) {
            g_array_set_size(sums, 0);
            ok = ok && fetch_for_key(store, key, drafts, default_window, rows, error);
        } else {
            if (windowed->len > 0)
                ok = ok && fetch_for_key(store, key, windowed, default_window, rows, error);
            if (not_plain) {
                guint first = rows->len;
                ok = ok && fetch_rows(store, cc_store_sql_draft_not_plain, key, 0, 0, NULL, rows,
                                      error);
                /* a denial's source decides what it denies by its other figures */
                g_autoptr(GHashTable) deniers = g_hash_table_new(g_str_hash, g_str_equal);
                g_autoptr(GPtrArray) order = g_ptr_array_new();
                for (guint i = first; ok && i < rows->len; i++) {
                    const Fetched *f = &g_array_index(rows, Fetched, i);
                    const CcClaim *c = f->claim;
                    if (c->modality == CC_MODALITY_NEGATED && c->value.kind != CC_VALUE_NONE &&
                        !f->only_on_key && g_hash_table_add(deniers, c->source))
                        g_ptr_array_add(order, c->source);
                }
                for (guint i = 0; ok && i < order->len; i++)
                    ok = fetch_rows(store, cc_store_sql_draft_source, key, 0, 0, order->pdata[i],
                                    rows, error);
            }
            /* with no draft claim of one moment on the key, the claims that
             * certainly conflict are counted, not read */
            gboolean count = windowed->len == 0 && sums->len > 0 && sums->len <= 64;
            g_array_set_size(counted, 0);
            ok = ok && fetch_summarised(store, key, sums, listed, draft_sources,
                                        count ? &counting : NULL, rows, error);
            ok = ok && fetch_moments(store, key, sums, options, draft_sources, rows, error);
            ok = ok && settle_counted(store, key, sums, listed, counted, rows, error);
        }
        g_array_sort(rows, fetched_order);
        g_autoptr(GPtrArray) unique = g_ptr_array_new();
        for (guint i = 0; i < rows->len; i++) {
            Fetched *f = &g_array_index(rows, Fetched, i);
            if (i > 0 && f->rowid == g_array_index(rows, Fetched, i - 1).rowid)
                cc_claim_free(g_steal_pointer(&f->claim)); /* read twice */
            else
                g_ptr_array_add(unique, g_steal_pointer(&f->claim));
        }
        if (ok)
            count_unread(sums, unique, all ? NULL : counted, draft_sources, unread);
        for (guint i = 0; i < unique->len; i++)
            g_ptr_array_add(result, unique->pdata[i]);
    }
    for (guint i = 0; i < rows->len; i++)
        cc_claim_free(g_array_index(rows, Fetched, i).claim);
    if (!ok) {
        rollback(store);
        return NULL;
    }
    if (!exec(store, "COMMIT", "reading claims", error))
        return NULL;
    return g_steal_pointer(&result);
}

/* ---- the summaries against the claims ---- */

/* A REAL column as text for a message, "none" for NULL. (transfer none:
 * valid until the next step) */
static const char *
column_or_none(sqlite3_stmt *stmt, int col)
{
    return sqlite3_column_type(stmt, col) == SQLITE_NULL ? "none"
                                                         : (const char *)sqlite3_column_text(stmt, col);
}

gboolean
cc_store_verify(CcStore *store, GPtrArray *problems, GError **error)
{
    g_return_val_if_fail(store != NULL && problems != NULL, FALSE);
    if (!cc_store_check(store, error))
        return FALSE;
    static const char sql[] =
        "WITH counted(key, bucket, claims, timeless, max_window, max_low, min_high) AS ("
        SUMMARY_SQL ")"
        " SELECT coalesce(c.key, s.key), coalesce(c.bucket, s.bucket),"
        "  s.claims, s.timeless, s.max_window, c.claims, c.timeless, c.max_window,"
        "  s.max_low, s.min_high, c.max_low, c.min_high"
        " FROM counted c LEFT JOIN key_summary s ON s.key = c.key AND s.bucket = c.bucket"
        " WHERE s.key IS NULL OR s.claims <> c.claims"
        "  OR s.timeless <> c.timeless OR s.max_window <> c.max_window"
        "  OR s.max_low IS NOT c.max_low OR s.min_high IS NOT c.min_high"
        " UNION ALL"
        " SELECT s.key, s.bucket, s.claims, s.timeless, s.max_window, NULL, NULL, NULL,"
        "  NULL, NULL, NULL, NULL"
        " FROM key_summary s LEFT JOIN counted c ON s.key = c.key AND s.bucket = c.bucket"
        " WHERE c.key IS NULL"
        " ORDER BY 1, 2";
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, sql, -1, &stmt, NULL);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "verifying the summaries", error);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const char *key = (const char *)sqlite3_column_text(stmt, 0);
        gint64 bucket = sqlite3_column_int64(stmt, 1);
        GString *m = g_string_new(NULL);
        g_string_append_printf(m, "%s: summary of %s, ", store->path, key);
        if (bucket <= 0) {
            g_string_append(m, "undated: ");
        } else {
            g_autofree char *from = cc_day_to_iso((guint32)(bucket * CC_STORE_BUCKET_DAYS));
            g_autofree char *to =
                cc_day_to_iso((guint32)((bucket + 1) * CC_STORE_BUCKET_DAYS - 1));
            g_string_append_printf(m, "%s to %s: ", from, to);
        }
        if (sqlite3_column_type(stmt, 2) == SQLITE_NULL)
            g_string_append_printf(m, "missing (the claims make %" G_GINT64_FORMAT ")",
                                   (gint64)sqlite3_column_int64(stmt, 5));
        else if (sqlite3_column_type(stmt, 5) == SQLITE_NULL)
            g_string_append_printf(m, "says %" G_GINT64_FORMAT " claims, there are none",
                                   (gint64)sqlite3_column_int64(stmt, 2));
        else
            g_string_append_printf(
                m,
                "says %" G_GINT64_FORMAT " claims, %" G_GINT64_FORMAT " timeless, window %"
                G_GINT64_FORMAT ", plain low ends up to %s, high ends from %s; the claims make %"
                G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %s, %s",
                (gint64)sqlite3_column_int64(stmt, 2), (gint64)sqlite3_column_int64(stmt, 3),
                (gint64)sqlite3_column_int64(stmt, 4), column_or_none(stmt, 8),
                column_or_none(stmt, 9), (gint64)sqlite3_column_int64(stmt, 5),
                (gint64)sqlite3_column_int64(stmt, 6), (gint64)sqlite3_column_int64(stmt, 7),
                column_or_none(stmt, 10), column_or_none(stmt, 11));
        g_ptr_array_add(problems, g_string_free(m, FALSE));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return set_sqlite_error(store, rc, "verifying the summaries", error);

    /* The key's plain claims by what they count, and their sources. */
    static const char classes_sql[] =
        "WITH counted(key, class, claims, sources) AS (" CLASS_SUMMARY_SQL ")"
        " SELECT c.key, c.class, s.claims, s.sources, c.claims, c.sources"
        " FROM counted c LEFT JOIN key_class s ON s.key = c.key AND s.class = c.class"
        " WHERE s.key IS NULL OR s.claims <> c.claims OR s.sources <> c.sources"
        " UNION ALL"
        " SELECT s.key, s.class, s.claims, s.sources, NULL, NULL"
        " FROM key_class s LEFT JOIN counted c ON s.key = c.key AND s.class = c.class"
        " WHERE c.key IS NULL"
        " ORDER BY 1, 2";
    rc = sqlite3_prepare_v2(store->db, classes_sql, -1, &stmt, NULL);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "verifying the summaries", error);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        g_autofree char *cls = g_strdup((const char *)sqlite3_column_text(stmt, 1));
        g_strdelimit(cls, "\n", ' ');
        GString *m = g_string_new(NULL);
        g_string_append_printf(m, "%s: summary of %s, plain claims of %s: ", store->path,
                               (const char *)sqlite3_column_text(stmt, 0), cls);
        if (sqlite3_column_type(stmt, 2) == SQLITE_NULL)
            g_string_append_printf(m, "missing (the claims make %" G_GINT64_FORMAT ")",
                                   (gint64)sqlite3_column_int64(stmt, 4));
        else if (sqlite3_column_type(stmt, 4) == SQLITE_NULL)
            g_string_append_printf(m, "says %" G_GINT64_FORMAT " claims, there are none",
                                   (gint64)sqlite3_column_int64(stmt, 2));
        else
            g_string_append_printf(m,
                                   "says %" G_GINT64_FORMAT " claims from %" G_GINT64_FORMAT
                                   " sources; the claims make %" G_GINT64_FORMAT ", %"
                                   G_GINT64_FORMAT,
                                   (gint64)sqlite3_column_int64(stmt, 2),
                                   (gint64)sqlite3_column_int64(stmt, 3),
                                   (gint64)sqlite3_column_int64(stmt, 4),
                                   (gint64)sqlite3_column_int64(stmt, 5));
        g_ptr_array_add(problems, g_string_free(m, FALSE));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return set_sqlite_error(store, rc, "verifying the summaries", error);

    /* How far each class's claims reach: a bound, never below its claims'. */
    static const char reach_sql[] =
        "WITH reach AS (" CLASS_TOLERANCE_SQL ")"
        " SELECT t.k, t.c, s.tol_rel, s.tol_default, s.tol_abs, t.r, t.d, t.a"
        " FROM reach t JOIN key_class s ON s.key = t.k AND s.class = t.c"
        " WHERE NOT (s.tol_rel >= t.r AND s.tol_default >= t.d AND s.tol_abs >= t.a)"
        " ORDER BY 1, 2";
    rc = sqlite3_prepare_v2(store->db, reach_sql, -1, &stmt, NULL);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "verifying the summaries", error);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        g_autofree char *cls = g_strdup((const char *)sqlite3_column_text(stmt, 1));
        g_strdelimit(cls, "\n", ' ');
        g_ptr_array_add(
            problems,
            g_strdup_printf("%s: summary of %s, plain claims of %s: says they reach %s "
                            "(relative), %s times the default tolerance, %s (in their unit); "
                            "they reach %s, %s, %s",
                            store->path, (const char *)sqlite3_column_text(stmt, 0), cls,
                            column_or_none(stmt, 2), column_or_none(stmt, 3),
                            column_or_none(stmt, 4), column_or_none(stmt, 5),
                            column_or_none(stmt, 6), column_or_none(stmt, 7)));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return set_sqlite_error(store, rc, "verifying the summaries", error);

    /* Each claim's mark of being its source's only claim on its key. */
    static const char only_sql[] = "SELECT id, source, key, only_on_key FROM claims"
                                   " WHERE only_on_key IS NOT " ONLY_ON_KEY_SQL(claims)
                                   " ORDER BY id";
    rc = sqlite3_prepare_v2(store->db, only_sql, -1, &stmt, NULL);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "verifying the summaries", error);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const char *key = (const char *)sqlite3_column_text(stmt, 2);
        gboolean says = sqlite3_column_int64(stmt, 3) != 0;
        g_ptr_array_add(problems,
                        g_strdup_printf("%s: claim %s: %s the only claim of %s on %s, which it "
                                        "is%s",
                                        store->path, (const char *)sqlite3_column_text(stmt, 0),
                                        says ? "marked as" : "not marked as",
                                        (const char *)sqlite3_column_text(stmt, 1),
                                        key != NULL ? key : "no key", says ? " not" : ""));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return set_sqlite_error(store, rc, "verifying the summaries", error);
    return TRUE;
}

/* ---- sources ---- */

/* Checks the claims before any write, so that bad input leaves the store
 * untouched without relying on a rollback. */
static gboolean
check_claims(CcStore *store, const CcStoreSource *info, GPtrArray *claims, GError **error)
{
    for (guint i = 0; claims != NULL && i < claims->len; i++) {
        const CcClaim *c = g_ptr_array_index(claims, i);
        if (c == NULL || c->id == NULL || *c->id == '\0') {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "%s: claim %u of source %s has no id", store->path, i + 1, info->id);
            return FALSE;
        }
        if (c->source != NULL && strcmp(c->source, info->id) != 0) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "%s: claim %s belongs to source %s, not %s", store->path, c->id,
                        c->source, info->id);
            return FALSE;
        }
    }
    return TRUE;
}

/* Whether two paths, as given, name one file ("./a/r.txt" and "a/r.txt"). */
static gboolean
same_path(const char *a, const char *b)
{
    g_autofree char *ca = g_canonicalize_filename(a, NULL);
    g_autofree char *cb = g_canonicalize_filename(b, NULL);
    return strcmp(ca, cb) == 0;
}

/* A content hash as cc_store_hash_content writes it ("sha256:" and 64
 * lowercase hex digits) is stored as its 32-byte digest, a BLOB (since
 * schema version 6); any other text as it is. */
#define HASH_PREFIX "sha256:"
#define HASH_BYTES 32

static gboolean
hash_digest(const char *hash, guint8 digest[HASH_BYTES])
{
    if (hash == NULL || !g_str_has_prefix(hash, HASH_PREFIX) ||
        strlen(hash) != strlen(HASH_PREFIX) + 2 * HASH_BYTES)
        return FALSE;
    const char *hex = hash + strlen(HASH_PREFIX);
    for (guint i = 0; i < 2 * HASH_BYTES; i++)
        if (!g_ascii_isxdigit(hex[i]) || g_ascii_isupper(hex[i]))
            return FALSE;
    for (guint i = 0; i < HASH_BYTES; i++)
        digest[i] = (guint8)(g_ascii_xdigit_value(hex[2 * i]) << 4 |
                             g_ascii_xdigit_value(hex[2 * i + 1]));
    return TRUE;
}

static void
bind_hash(sqlite3_stmt *stmt, int col, const char *hash)
{
    guint8 digest[HASH_BYTES];
    if (hash_digest(hash, digest))
        sqlite3_bind_blob(stmt, col, digest, HASH_BYTES, SQLITE_TRANSIENT);
    else
        bind_text(stmt, col, hash);
}

/* The content hash in column @col, as cc_store_hash_content writes it.
 * (transfer full) */
static char *
column_hash(sqlite3_stmt *stmt, int col)
{
    if (sqlite3_column_type(stmt, col) == SQLITE_BLOB &&
        sqlite3_column_bytes(stmt, col) == HASH_BYTES) {
        const guint8 *digest = sqlite3_column_blob(stmt, col);
        GString *out = g_string_new(HASH_PREFIX);
        for (guint i = 0; i < HASH_BYTES; i++)
            g_string_append_printf(out, "%02x", digest[i]);
        return g_string_free(out, FALSE);
    }
    return column_strdup(stmt, col);
}

static gboolean
stored_hash_matches(CcStore *store, const CcStoreSource *info, gboolean *matches,
                    GError **error)
{
    *matches = FALSE;
    static const char sql[] = "SELECT content_hash, path FROM sources WHERE id = ?1";
    int rc;
    sqlite3_stmt *stmt = cached_statement(store, sql, &rc);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, info->id, -1, SQLITE_STATIC);
        rc = sqlite3_step(stmt);
        const char *path = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(stmt, 1) : NULL;
        if (path != NULL && info->path != NULL && !same_path(path, info->path)) {
            /* Another document's id (a file of the same name, an id:
             * header): refused, not an overwrite of that source. */
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "%s: source id '%s' is already %s's in %s; remove it first "
                        "('index remove %s') or give this document another id",
                        info->path, info->id, path, store->path, info->id);
            sqlite3_reset(stmt);
            return FALSE;
        }
        if (rc == SQLITE_ROW) {
            g_autofree char *hash = column_hash(stmt, 0);
            *matches = hash != NULL && info->content_hash != NULL &&
                       strcmp(hash, info->content_hash) == 0;
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
        sqlite3_reset(stmt);
    }
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "reading sources", error);
    return TRUE;
}

static gboolean
write_source_row(CcStore *store, const CcStoreSource *info, GError **error)
{
    static const char sql[] =
        "INSERT INTO sources(id, path, title, outlet, date, url, content_hash, added_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
        " ON CONFLICT(id) DO UPDATE SET path = excluded.path, title = excluded.title,"
        " outlet = excluded.outlet, date = excluded.date, url = excluded.url,"
        " content_hash = excluded.content_hash, added_at = excluded.added_at";
    int rc;
    sqlite3_stmt *stmt = cached_statement(store, sql, &rc);
    if (rc == SQLITE_OK) {
        bind_text(stmt, 1, info->id);
        bind_text(stmt, 2, info->path);
        bind_text(stmt, 3, info->title);
        bind_text(stmt, 4, info->outlet);
        bind_text(stmt, 5, info->date);
        bind_text(stmt, 6, info->url);
        bind_hash(stmt, 7, info->content_hash);
        sqlite3_bind_int64(stmt, 8, (sqlite3_int64)time(NULL));
        rc = step_done(stmt);
    }
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "writing the source", error);
    return TRUE;
}

static gboolean
delete_source_claims(CcStore *store, const char *id, GError **error)
{
    static const char sql[] = "DELETE FROM claims WHERE source = ?1";
    int rc;
    sqlite3_stmt *stmt = cached_statement(store, sql, &rc);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, id, -1, SQLITE_STATIC);
        rc = step_done(stmt);
    }
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "removing old claims", error);
    return TRUE;
}

/* One bucket's summary, added to the store's. */
static const char summary_add_sql[] =
    "INSERT INTO key_summary(key, bucket, claims, timeless, max_window, max_low, min_high)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
    " ON CONFLICT (key, bucket) DO UPDATE SET claims = claims + excluded.claims,"
    "  timeless = timeless + excluded.timeless,"
    "  max_window = max(max_window, excluded.max_window),"
    "  max_low = max(coalesce(max_low, excluded.max_low), coalesce(excluded.max_low, max_low)),"
    "  min_high = min(coalesce(min_high, excluded.min_high),"
    "                 coalesce(excluded.min_high, min_high))";
/* One source's plain claims of one class, added to the key's. How far
 * the class's claims reach is a bound: removing a source leaves it. */
static const char class_add_sql[] =
    "INSERT INTO key_class(key, class, claims, sources, tol_rel, tol_default, tol_abs)"
    " VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6)"
    " ON CONFLICT (key, class) DO UPDATE SET claims = claims + excluded.claims,"
    "  sources = sources + 1, tol_rel = max(tol_rel, excluded.tol_rel),"
    "  tol_default = max(tol_default, excluded.tol_default),"
    "  tol_abs = max(tol_abs, excluded.tol_abs)";
/* A source's plain claims by key and class, before they are deleted. */
static const char class_of_source_sql[] =
    "SELECT key, " CLASS_SQL ", count(*) FROM claims"
    " WHERE source = ?1 AND key IS NOT NULL AND " PLAIN_SQL " GROUP BY 1, 2";
static const char class_remove_sql[] =
    "UPDATE key_class SET claims = claims - ?3, sources = sources - 1"
    " WHERE key = ?1 AND class = ?2";
static const char class_drop_sql[] =
    "DELETE FROM key_class WHERE key = ?1 AND class = ?2 AND sources <= 0";
/* The buckets a source's claims fall in. */
static const char summary_buckets_sql[] =
    "SELECT DISTINCT key, as_of / " G_STRINGIFY(CC_STORE_BUCKET_DAYS)
    " FROM claims WHERE source = ?1 AND key IS NOT NULL";
/* One bucket's summary made again from its claims. */
static const char summary_redo_sql[] =
    "INSERT OR REPLACE INTO key_summary(key, bucket, claims, timeless, max_window, max_low,"
    "  min_high)"
    " SELECT ?1, ?2, count(*), sum(CASE WHEN " SPECIAL_SQL(claims) " THEN 1 ELSE 0 END),"
    "  max(window_days), max(CASE WHEN " PLAIN_SQL " AND value_has_low THEN value_low END),"
    "  min(CASE WHEN " PLAIN_SQL " AND value_has_high THEN value_high END)"
    "  FROM claims WHERE key = ?1"
    "  AND as_of BETWEEN ?2 * " G_STRINGIFY(CC_STORE_BUCKET_DAYS) " AND (?2 + 1) * "
    G_STRINGIFY(CC_STORE_BUCKET_DAYS) " - 1 HAVING count(*) > 0";
static const char summary_drop_sql[] =
    "DELETE FROM key_summary WHERE key = ?1 AND bucket = ?2 AND NOT EXISTS"
    " (SELECT 1 FROM claims WHERE key = ?1 AND as_of BETWEEN ?2 * "
    G_STRINGIFY(CC_STORE_BUCKET_DAYS) " AND (?2 + 1) * " G_STRINGIFY(CC_STORE_BUCKET_DAYS) " - 1)";

typedef struct {
    char *key;
    gint64 bucket;
} Bucket;

static void
bucket_clear(gpointer p)
{
    g_free(((Bucket *)p)->key);
}

/* One source's plain claims of one (key, class). */
typedef struct {
    char *key;
    char *name;
    gint64 claims;
} SourceClass;

static void
source_class_clear(gpointer p)
{
    g_free(((SourceClass *)p)->key);
    g_free(((SourceClass *)p)->name);
}

/* Runs @sql with ?1 = @text and, when @bucket >= 0, ?2 = @bucket. */
static gboolean
run_with(CcStore *store, const char *sql, const char *text, gint64 bucket, const char *what,
         GError **error)
{
    int rc;
    sqlite3_stmt *stmt = cached_statement(store, sql, &rc);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, text, -1, SQLITE_STATIC);
        if (bucket >= 0)
            sqlite3_bind_int64(stmt, 2, bucket);
        rc = step_done(stmt);
    }
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, what, error);
    return TRUE;
}

typedef struct {
    const char *key;
    gint64 bucket, claims, timeless, max_window;
    gboolean has_max_low, has_min_high;
    double max_low, min_high;
} Tally;

gboolean
cc_store_plain_claim(const CcClaim *c)
{
    return (c->modality == CC_MODALITY_ASSERTED || c->modality == CC_MODALITY_REPORTED ||
            c->modality == CC_MODALITY_HEDGED) &&
           c->as_of != 0 && c->value.kind == CC_VALUE_NUMBER && c->type == CC_CLAIM_QUANTITY;
}

char *
cc_store_class_of(const char *scope, const char *unit)
{
    return g_strdup_printf("%s%s\n%s%s", scope != NULL ? "s:" : "-", scope != NULL ? scope : "",
                           unit != NULL ? "u:" : "-", unit != NULL ? unit : "");
}

/* How far a plain claim reaches beyond its value: TOL_REL_SQL,
 * TOL_DEFAULT_SQL and TOL_ABS_SQL in C. */
static void
claim_reach(const CcClaim *c, double *rel, gint64 *def, double *abs)
{
    double f = c->value.approx ? 2 : 1;
    *rel = *abs = 0;
    *def = 0;
    if (!c->tolerance_abs) {
        if (c->tolerance > 0)
            *rel = c->tolerance * f;
        else
            *def = (gint64)f;
    } else if (c->tolerance > 0) {
        *abs = c->tolerance * f;
    }
}

typedef struct {
    gint64 claims;
    double rel, abs;
    gint64 def;
} ClassTally;

/* Adds one source's plain claims to the key's classes: its claims, one
 * source for each (key, class) it speaks of, and how far they reach. */
static gboolean
add_to_classes(CcStore *store, GPtrArray *claims, GError **error)
{
    g_autoptr(GHashTable) counts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    g_autoptr(GPtrArray) order = g_ptr_array_new();
    for (guint i = 0; i < claims->len; i++) {
        const CcClaim *c = claims->pdata[i];
        if (c->key == NULL || !cc_store_plain_claim(c))
            continue;
        g_autofree char *cls = cc_store_class_of(c->scope, c->value.unit);
        char *k = g_strconcat(c->key, "\x1f", cls, NULL);
        ClassTally *t = g_hash_table_lookup(counts, k);
        if (t == NULL) {
            t = g_new0(ClassTally, 1);
            g_ptr_array_add(order, k);
            g_hash_table_insert(counts, k, t);
        } else {
            g_free(k);
        }
        double rel, abs;
        gint64 def;
        claim_reach(c, &rel, &def, &abs);
        t->claims++;
        t->rel = MAX(t->rel, rel);
        t->abs = MAX(t->abs, abs);
        t->def = MAX(t->def, def);
    }
    for (guint i = 0; i < order->len; i++) {
        const char *k = order->pdata[i];
        const char *sep = strchr(k, '\x1f');
        const ClassTally *t = g_hash_table_lookup(counts, k);
        g_autofree char *key = g_strndup(k, (gsize)(sep - k));
        int rc;
        sqlite3_stmt *stmt = cached_statement(store, class_add_sql, &rc);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
            sqlite3_bind_text(stmt, 2, sep + 1, -1, SQLITE_STATIC);
            sqlite3_bind_int64(stmt, 3, t->claims);
            sqlite3_bind_double(stmt, 4, t->rel);
            sqlite3_bind_int64(stmt, 5, t->def);
            sqlite3_bind_double(stmt, 6, t->abs);
            rc = step_done(stmt);
        }
        if (rc != SQLITE_OK)
            return set_sqlite_error(store, rc, "updating the summaries", error);
    }
    return TRUE;
}

static guint
tally_hash(gconstpointer p)
{
    const Tally *t = p;
    return g_str_hash(t->key) * 31u + (guint)t->bucket;
}

static gboolean
tally_equal(gconstpointer pa, gconstpointer pb)
{
    const Tally *a = pa, *b = pb;
    return a->bucket == b->bucket && strcmp(a->key, b->key) == 0;
}

/* Adds @claims to the summaries, one statement per (key, bucket). */
static gboolean
add_to_summaries(CcStore *store, GPtrArray *claims, GError **error)
{
    if (store->no_summaries || claims == NULL || claims->len == 0)
        return TRUE;
    g_autoptr(GHashTable) tallies = g_hash_table_new_full(tally_hash, tally_equal, g_free, NULL);
    g_autoptr(GPtrArray) order = g_ptr_array_new();
    for (guint i = 0; i < claims->len; i++) {
        const CcClaim *c = claims->pdata[i];
        if (c->key == NULL)
            continue;
        Tally probe = {.key = c->key, .bucket = as_of_last(c) / CC_STORE_BUCKET_DAYS};
        Tally *t = g_hash_table_lookup(tallies, &probe);
        if (t == NULL) {
            t = g_memdup2(&probe, sizeof probe);
            g_hash_table_add(tallies, t);
            g_ptr_array_add(order, t);
        }
        t->claims++;
        t->timeless += timeless_claim(c);
        t->max_window = MAX(t->max_window, (gint64)c->window_days);
        if (cc_store_plain_claim(c) && c->value.has_low &&
            (!t->has_max_low || c->value.low > t->max_low)) {
            t->has_max_low = TRUE;
            t->max_low = c->value.low;
        }
        if (cc_store_plain_claim(c) && c->value.has_high &&
            (!t->has_min_high || c->value.high < t->min_high)) {
            t->has_min_high = TRUE;
            t->min_high = c->value.high;
        }
    }
    for (guint i = 0; i < order->len; i++) {
        const Tally *t = order->pdata[i];
        int rc;
        sqlite3_stmt *stmt = cached_statement(store, summary_add_sql, &rc);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(stmt, 1, t->key, -1, SQLITE_STATIC);
            sqlite3_bind_int64(stmt, 2, t->bucket);
            sqlite3_bind_int64(stmt, 3, t->claims);
            sqlite3_bind_int64(stmt, 4, t->timeless);
            sqlite3_bind_int64(stmt, 5, t->max_window);
            if (t->has_max_low)
                sqlite3_bind_double(stmt, 6, t->max_low);
            else
                sqlite3_bind_null(stmt, 6);
            if (t->has_min_high)
                sqlite3_bind_double(stmt, 7, t->min_high);
            else
                sqlite3_bind_null(stmt, 7);
            rc = step_done(stmt);
        }
        if (rc != SQLITE_OK)
            return set_sqlite_error(store, rc, "updating the summaries", error);
    }
    return add_to_classes(store, claims, error);
}

/* Deletes a source's claims and makes the summaries of the buckets they
 * were in again from the claims left, in the caller's transaction. */
static gboolean
delete_source_claims_summarised(CcStore *store, const char *id, GError **error)
{
    g_autoptr(GArray) buckets = g_array_new(FALSE, FALSE, sizeof(Bucket));
    g_array_set_clear_func(buckets, bucket_clear);
    int rc;
    sqlite3_stmt *stmt = cached_statement(store, summary_buckets_sql, &rc);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, id, -1, SQLITE_STATIC);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            Bucket b = {.key = column_strdup(stmt, 0), .bucket = sqlite3_column_int64(stmt, 1)};
            g_array_append_val(buckets, b);
        }
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        sqlite3_reset(stmt);
    }
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "reading the summaries", error);
    /* The source's plain claims by (key, class), to take from the classes. */
    g_autoptr(GArray) classes = g_array_new(FALSE, FALSE, sizeof(SourceClass));
    g_array_set_clear_func(classes, source_class_clear);
    stmt = store->no_summaries ? NULL : cached_statement(store, class_of_source_sql, &rc);
    if (stmt != NULL && rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, id, -1, SQLITE_STATIC);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            SourceClass c = {.key = column_strdup(stmt, 0),
                             .name = column_strdup(stmt, 1),
                             .claims = sqlite3_column_int64(stmt, 2)};
            g_array_append_val(classes, c);
        }
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        sqlite3_reset(stmt);
    }
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "reading the summaries", error);
    if (!delete_source_claims(store, id, error))
        return FALSE;
    for (guint i = 0; i < classes->len; i++) {
        const SourceClass *c = &g_array_index(classes, SourceClass, i);
        static const char *const sqls[] = {class_remove_sql, class_drop_sql};
        for (guint q = 0; q < G_N_ELEMENTS(sqls); q++) {
            stmt = cached_statement(store, sqls[q], &rc);
            if (rc == SQLITE_OK) {
                sqlite3_bind_text(stmt, 1, c->key, -1, SQLITE_STATIC);
                sqlite3_bind_text(stmt, 2, c->name, -1, SQLITE_STATIC);
                if (q == 0)
                    sqlite3_bind_int64(stmt, 3, c->claims);
                rc = step_done(stmt);
            }
            if (rc != SQLITE_OK)
                return set_sqlite_error(store, rc, "updating the summaries", error);
        }
    }
    for (guint i = 0; !store->no_summaries && i < buckets->len; i++) {
        const Bucket *b = &g_array_index(buckets, Bucket, i);
        if (!run_with(store, summary_redo_sql, b->key, b->bucket, "updating the summaries",
                      error) ||
            !run_with(store, summary_drop_sql, b->key, b->bucket, "updating the summaries",
                      error))
            return FALSE;
    }
    return TRUE;
}


static gboolean
insert_claims(CcStore *store, const CcStoreSource *info, GPtrArray *claims, GError **error)
{
    if (store->insert_claim == NULL) {
        int rc = sqlite3_prepare_v3(store->db, insert_claim_sql, -1, SQLITE_PREPARE_PERSISTENT,
                                    &store->insert_claim, NULL);
        if (rc != SQLITE_OK)
            return set_sqlite_error(store, rc, "writing claims", error);
    }
    sqlite3_stmt *stmt = store->insert_claim;
    /* how many of the source's claims each key has */
    g_autoptr(GHashTable) on_key = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; claims != NULL && i < claims->len; i++) {
        const CcClaim *c = g_ptr_array_index(claims, i);
        if (c->key == NULL)
            continue;
        guint n = GPOINTER_TO_UINT(g_hash_table_lookup(on_key, c->key));
        g_hash_table_insert(on_key, c->key, GUINT_TO_POINTER(n + 1));
    }
    for (guint i = 0; claims != NULL && i < claims->len; i++) {
        const CcClaim *c = g_ptr_array_index(claims, i);
        bind_claim(stmt, info->id, i, c);
        gboolean only = c->key != NULL && GPOINTER_TO_UINT(g_hash_table_lookup(on_key, c->key)) == 1;
        sqlite3_bind_int(stmt, N_CLAIM_COLUMNS + 1, only);
        int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "%s: claim id %s is already in the store", store->path, c->id);
            return FALSE;
        }
        if (rc != SQLITE_DONE)
            return set_sqlite_error(store, rc, "writing claims", error);
        if (store->progress != NULL && store->progress_every > 0 &&
            (i + 1) % store->progress_every == 0)
            store->progress(i + 1, store->progress_data);
    }
    return TRUE;
}

gboolean
cc_store_add_source(CcStore *store, const CcStoreSource *info, GPtrArray *claims,
                    gboolean *skipped, GError **error)
{
    g_return_val_if_fail(store != NULL, FALSE);
    g_return_val_if_fail(info != NULL && info->id != NULL, FALSE);
    g_return_val_if_fail(error == NULL || *error == NULL, FALSE);

    if (skipped != NULL)
        *skipped = FALSE;
    if (*info->id == '\0') {
        g_set_error(error, CC_ERROR, CC_ERROR_USAGE, "%s: a source needs a non-empty id",
                    store->path);
        return FALSE;
    }
    if (!check_claims(store, info, claims, error))
        return FALSE;
    if (!exec(store, "BEGIN IMMEDIATE", "adding a source", error))
        return FALSE;
    gboolean unchanged = FALSE;
    if (!stored_hash_matches(store, info, &unchanged, error))
        goto fail;
    if (unchanged) {
        rollback(store);
        if (skipped != NULL)
            *skipped = TRUE;
        return TRUE;
    }
    if (!delete_source_claims_summarised(store, info->id, error) ||
        !write_source_row(store, info, error) || !insert_claims(store, info, claims, error) ||
        !add_to_summaries(store, claims, error))
        goto fail;
    if (!exec(store, "COMMIT", "adding a source", error))
        goto fail;
    return TRUE;
fail:
    rollback(store);
    return FALSE;
}

gboolean
cc_store_remove_source(CcStore *store, const char *id, gboolean *removed, GError **error)
{
    g_return_val_if_fail(store != NULL && id != NULL, FALSE);
    g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
    if (removed != NULL)
        *removed = FALSE;
    if (!exec(store, "BEGIN IMMEDIATE", "removing a source", error))
        return FALSE;
    sqlite3_stmt *stmt = NULL;
    if (!delete_source_claims_summarised(store, id, error))
        goto fail;
    int rc = sqlite3_prepare_v2(store->db, "DELETE FROM sources WHERE id = ?1", -1, &stmt, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, id, -1, SQLITE_STATIC);
        rc = sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        set_sqlite_error(store, rc, "removing a source", error);
        goto fail;
    }
    if (removed != NULL)
        *removed = sqlite3_changes(store->db) > 0;
    if (!exec(store, "COMMIT", "removing a source", error))
        goto fail;
    return TRUE;
fail:
    rollback(store);
    return FALSE;
}

GPtrArray *
cc_store_list_sources(CcStore *store, GError **error)
{
    g_return_val_if_fail(store != NULL, NULL);
    static const char sql[] =
        "SELECT s.id, s.path, s.title, s.outlet, s.date, s.url, s.content_hash,"
        " (SELECT count(*) FROM claims c WHERE c.source = s.id)"
        " FROM sources s ORDER BY s.id";
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, sql, -1, &stmt, NULL);
    if (rc != SQLITE_OK) {
        set_sqlite_error(store, rc, "listing sources", error);
        return NULL;
    }
    g_autoptr(GPtrArray) sources =
        g_ptr_array_new_with_free_func((GDestroyNotify)cc_store_source_free);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        CcStoreSource *s = g_new0(CcStoreSource, 1);
        s->id = column_strdup(stmt, 0);
        s->path = column_strdup(stmt, 1);
        s->title = column_strdup(stmt, 2);
        s->outlet = column_strdup(stmt, 3);
        s->date = column_strdup(stmt, 4);
        s->url = column_strdup(stmt, 5);
        s->content_hash = column_hash(stmt, 6);
        s->n_claims = column_uint(stmt, 7);
        g_ptr_array_add(sources, s);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        set_sqlite_error(store, rc, "listing sources", error);
        return NULL;
    }
    return g_steal_pointer(&sources);
}

gboolean
cc_store_stats(CcStore *store, CcStoreStats *stats, GError **error)
{
    g_return_val_if_fail(store != NULL && stats != NULL, FALSE);
    gint64 sources = 0, claims = 0, keys = 0, pages = 0, page_size = 0;
    if (!query_int(store, "SELECT count(*) FROM sources", "counting sources", &sources, error) ||
        !query_int(store, "SELECT count(*) FROM claims", "counting claims", &claims, error) ||
        !query_int(store, "SELECT count(DISTINCT key) FROM key_summary", "counting keys", &keys,
                   error) ||
        !query_int(store, "PRAGMA page_count", "measuring the store", &pages, error) ||
        !query_int(store, "PRAGMA page_size", "measuring the store", &page_size, error))
        return FALSE;
    stats->sources = (guint64)sources;
    stats->claims = (guint64)claims;
    stats->keys = (guint64)keys;
    stats->file_size = (guint64)pages * (guint64)page_size;
    return TRUE;
}

gboolean
cc_store_count_sources(CcStore *store, guint64 *sources, GError **error)
{
    g_return_val_if_fail(store != NULL && sources != NULL, FALSE);
    gint64 n = 0;
    if (!query_int(store, "SELECT count(*) FROM sources", "counting sources", &n, error))
        return FALSE;
    *sources = (guint64)n;
    return TRUE;
}

gboolean
cc_store_check(CcStore *store, GError **error)
{
    g_return_val_if_fail(store != NULL, FALSE);
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, "PRAGMA integrity_check(1)", -1, &stmt, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(stmt);
    if (rc != SQLITE_ROW) {
        sqlite3_finalize(stmt);
        return set_sqlite_error(store, rc, "checking the store", error);
    }
    g_autofree char *result = column_strdup(stmt, 0);
    sqlite3_finalize(stmt);
    if (g_strcmp0(result, "ok") != 0) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s: store is damaged (%s)", store->path,
                    result != NULL ? result : "no result");
        return FALSE;
    }
    gint64 fk_problems = 0;
    if (!query_int(store, "SELECT count(*) FROM pragma_foreign_key_check", "checking the store",
                   &fk_problems, error))
        return FALSE;
    if (fk_problems > 0) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s: store is damaged (%" G_GINT64_FORMAT " claims without a source)",
                    store->path, fk_problems);
        return FALSE;
    }
    return TRUE;
}
