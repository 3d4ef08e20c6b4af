/* SPDX-License-Identifier: MIT */
/* store.c: the claim store — an SQLite file (WAL mode) holding sources and
 * their claim records; the schema, its migrations, the single-writer rule
 * and the mapping between CcClaim and a row. */
#include "internal.h"

#include "store_internal.h"

#include <sys/stat.h>
#include <time.h>

struct _CcStore {
    char *path;
    sqlite3 *db;
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
};
G_STATIC_ASSERT(G_N_ELEMENTS(migrations) == CC_STORE_SCHEMA_VERSION);

#define CLAIM_COLUMNS                                                                          \
    "id, source, ord, file, rule, type, subject, predicate, object, key, scope,"               \
    " value_kind, value_low, value_high, value_has_low, value_has_high, value_low_strict,"     \
    " value_high_strict, value_approx, value_vague, value_derived, value_unit,"                \
    " value_orig_low, value_orig_high, value_orig_unit, text, span_start, span_end, line,"     \
    " column, sentence_start, sentence_end, modality, attribution, as_of, tolerance,"          \
    " tolerance_abs, window_days, cumulative"
#define N_CLAIM_COLUMNS 39

const char cc_store_sql_claims_for_key[] =
    "SELECT " CLAIM_COLUMNS " FROM claims WHERE key = ?1 ORDER BY key, source, ord";
const char cc_store_sql_all_claims[] =
    "SELECT " CLAIM_COLUMNS " FROM claims ORDER BY key, source, ord";

static const char insert_claim_sql[] =
    "INSERT INTO claims(" CLAIM_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
    " ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27,"
    " ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39)";

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

/* Brings the store to CC_STORE_SCHEMA_VERSION, creating it when @fresh.
 * Runs in one write transaction: a failed migration changes nothing. */
static gboolean
prepare_schema(CcStore *store, gboolean fresh, GError **error)
{
    if (!exec(store, "BEGIN IMMEDIATE", "opening the store", error))
        return FALSE;
    if (fresh) {
        /* Another process may have created the store since we looked. */
        gint64 n_tables = 0;
        if (!query_int(store, "SELECT count(*) FROM sqlite_master", "reading the schema",
                       &n_tables, error))
            goto fail;
        if (n_tables == 0) {
            g_autofree char *app =
                g_strdup_printf("PRAGMA application_id = %d", CC_STORE_APPLICATION_ID);
            if (!exec(store, app, "creating the store", error) ||
                !exec(store, base_layout, "creating the store", error))
                goto fail;
        }
    }
    gint64 version = 0;
    if (!read_schema_version(store, &version, error))
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

CcStore *
cc_store_open(const char *path, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    g_return_val_if_fail(error == NULL || *error == NULL, NULL);

    CcStore *store = g_new0(CcStore, 1);
    store->path = g_strdup(path);
    g_autoptr(CcStore) owned = store;

    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: cannot open store (is a directory)",
                    path);
        return NULL;
    }
    int rc = sqlite3_open_v2(path, &store->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             NULL);
    if (rc != SQLITE_OK) {
        set_sqlite_error(store, rc, "opening the store", error);
        return NULL;
    }
    sqlite3_extended_result_codes(store->db, 1);
    sqlite3_busy_timeout(store->db, 5000);

    /* The first read of the header tells a database from any other file. */
    gint64 app_id = 0, n_schema = 0;
    if (!query_int(store, "PRAGMA application_id", "opening the store", &app_id, error) ||
        !query_int(store, "SELECT count(*) FROM sqlite_master", "opening the store", &n_schema,
                   error))
        return NULL;
    gboolean fresh = app_id == 0 && n_schema == 0;
    if (!fresh && app_id != CC_STORE_APPLICATION_ID) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s: not a claimcheck store", path);
        return NULL;
    }

    /* WAL: readers never block the writer, and a killed writer leaves only
     * uncommitted frames that the next open ignores. */
    sqlite3_stmt *stmt = NULL;
    rc = sqlite3_prepare_v2(store->db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
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
    if (!prepare_schema(store, fresh, error))
        return NULL;
    return g_steal_pointer(&owned);
}

void
cc_store_close(CcStore *store)
{
    if (store == NULL)
        return;
    sqlite3_finalize(store->insert_claim);
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
    sqlite3_bind_int64(stmt, 35, c->as_of);
    sqlite3_bind_double(stmt, 36, c->tolerance);
    sqlite3_bind_int(stmt, 37, c->tolerance_abs != 0);
    sqlite3_bind_int64(stmt, 38, c->window_days);
    sqlite3_bind_int(stmt, 39, c->cumulative != 0);
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
    c->tolerance = sqlite3_column_double(stmt, 35);
    c->tolerance_abs = sqlite3_column_int(stmt, 36) != 0;
    c->window_days = column_uint(stmt, 37);
    c->cumulative = sqlite3_column_int(stmt, 38) != 0;
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

GPtrArray *
cc_store_all_claims(CcStore *store, GError **error)
{
    g_return_val_if_fail(store != NULL, NULL);
    return read_claims(store, cc_store_sql_all_claims, NULL, error);
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

static gboolean
stored_hash_matches(CcStore *store, const CcStoreSource *info, gboolean *matches,
                    GError **error)
{
    *matches = FALSE;
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, "SELECT content_hash FROM sources WHERE id = ?1", -1,
                                &stmt, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, info->id, -1, SQLITE_STATIC);
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            const char *hash = (const char *)sqlite3_column_text(stmt, 0);
            *matches = hash != NULL && info->content_hash != NULL &&
                       strcmp(hash, info->content_hash) == 0;
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
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
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, sql, -1, &stmt, NULL);
    if (rc == SQLITE_OK) {
        bind_text(stmt, 1, info->id);
        bind_text(stmt, 2, info->path);
        bind_text(stmt, 3, info->title);
        bind_text(stmt, 4, info->outlet);
        bind_text(stmt, 5, info->date);
        bind_text(stmt, 6, info->url);
        bind_text(stmt, 7, info->content_hash);
        sqlite3_bind_int64(stmt, 8, (sqlite3_int64)time(NULL));
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "writing the source", error);
    return TRUE;
}

static gboolean
delete_source_claims(CcStore *store, const char *id, GError **error)
{
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, "DELETE FROM claims WHERE source = ?1", -1, &stmt,
                                NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, id, -1, SQLITE_STATIC);
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return set_sqlite_error(store, rc, "removing old claims", error);
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
    for (guint i = 0; claims != NULL && i < claims->len; i++) {
        const CcClaim *c = g_ptr_array_index(claims, i);
        bind_claim(stmt, info->id, i, c);
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
    if (!delete_source_claims(store, info->id, error) || !write_source_row(store, info, error) ||
        !insert_claims(store, info, claims, error))
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
    if (!delete_source_claims(store, id, error))
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
        s->content_hash = column_strdup(stmt, 6);
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
        !query_int(store, "SELECT count(DISTINCT key) FROM claims", "counting keys", &keys,
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
