/* SPDX-License-Identifier: MIT */
/* test_store.c: the claim store — creation, files it must refuse, the
 * migration from an older layout, round trips of records, skipping
 * unchanged sources, index use, the single-writer rule and a writer killed
 * in the middle of its transaction. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "internal.h"
#include "store_internal.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- helpers ---- */

static char *
temp_dir(void)
{
    GError *error = NULL;
    char *dir = g_dir_make_tmp("cc-store-XXXXXX", &error);
    assert_non_null(dir);
    return dir;
}

static void
remove_tree(const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    if (d != NULL) {
        const char *name;
        while ((name = g_dir_read_name(d)) != NULL) {
            g_autofree char *p = g_build_filename(dir, name, NULL);
            if (g_file_test(p, G_FILE_TEST_IS_DIR))
                remove_tree(p);
            else
                g_unlink(p);
        }
        g_dir_close(d);
    }
    g_rmdir(dir);
}

/* A record of source @source, n-th in its document, with key @key. */
static CcClaim *
make_claim(const char *source, guint n, const char *key, double low, double high)
{
    CcClaim *c = cc_claim_new();
    c->id = g_strdup_printf("%s#%u", source, n);
    c->source = g_strdup(source);
    c->file = g_strdup_printf("refs/%s.txt", source);
    c->rule = g_strdup("troops_deployed");
    c->subject = g_strdup("north_korea");
    c->predicate = g_strdup("troops_deployed");
    c->object = g_strdup("russia");
    c->key = g_strdup(key);
    c->value.kind = CC_VALUE_NUMBER;
    c->value.low = low;
    c->value.high = high;
    c->value.has_low = TRUE;
    c->value.has_high = TRUE;
    c->value.unit = g_intern_string("person");
    c->text = g_strdup_printf("%g soldiers", low);
    c->span_start = 10 * n;
    c->span_end = 10 * n + 8;
    c->line = n;
    c->column = 3;
    c->sentence_start = 10 * n - 5;
    c->sentence_end = 10 * n + 20;
    c->tolerance = 0.1;
    c->window_days = 30;
    c->as_of = 2460620;
    return c;
}

static GPtrArray *
make_claims(const char *source, guint n, const char *key)
{
    GPtrArray *claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    for (guint i = 1; i <= n; i++)
        g_ptr_array_add(claims, make_claim(source, i, key, 1000.0 * i, 1000.0 * i));
    return claims;
}

static CcStoreSource *
make_source(const char *id, const char *hash)
{
    CcStoreSource *s = cc_store_source_new(id);
    s->path = g_strdup_printf("refs/%s.txt", id);
    s->title = g_strdup_printf("Report %s", id);
    s->outlet = g_strdup("Wire");
    s->date = g_strdup("2024-11-05");
    s->content_hash = g_strdup(hash);
    return s;
}

static void
add_ok(CcStore *store, const char *id, const char *hash, GPtrArray *claims)
{
    g_autoptr(CcStoreSource) src = make_source(id, hash);
    GError *error = NULL;
    gboolean skipped = TRUE;
    gboolean ok = cc_store_add_source(store, src, claims, &skipped, &error);
    if (!ok)
        fail_msg("adding %s: %s", id, error->message);
    assert_false(skipped);
}

/* Every record in the store, one JSON line each, and the sources: what a
 * change must either make entirely or not at all. */
static char *
snapshot(CcStore *store)
{
    GError *error = NULL;
    g_autoptr(GPtrArray) claims = cc_store_all_claims(store, &error);
    if (claims == NULL)
        fail_msg("reading claims: %s", error->message);
    g_autoptr(GPtrArray) sources = cc_store_list_sources(store, &error);
    if (sources == NULL)
        fail_msg("listing sources: %s", error->message);
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < sources->len; i++) {
        CcStoreSource *s = g_ptr_array_index(sources, i);
        g_string_append_printf(out, "source %s %s %u\n", s->id, s->content_hash, s->n_claims);
    }
    for (guint i = 0; i < claims->len; i++) {
        g_autofree char *line = cc_claim_to_json_line(g_ptr_array_index(claims, i));
        g_string_append_printf(out, "%s\n", line);
    }
    return g_string_free(out, FALSE);
}

static gint64
sql_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
    gint64 v = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return v;
}

static char *
sql_text(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
    char *v = g_strdup((const char *)sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return v;
}

static void
raw_exec(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
        fail_msg("%s: %s", sql, msg);
    sqlite3_close(db);
}

/* ---- creation ---- */

static void
test_create(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    GError *error = NULL;
    {
        g_autoptr(CcStore) store = cc_store_open(path, &error);
        if (store == NULL)
            fail_msg("open: %s", error->message);
        sqlite3 *db = cc_store_db(store);
        assert_int_equal(sql_int(db, "PRAGMA application_id"), CC_STORE_APPLICATION_ID);
        g_autofree char *version =
            sql_text(db, "SELECT value FROM meta WHERE key = 'schema_version'");
        assert_string_equal(version, G_STRINGIFY(CC_STORE_SCHEMA_VERSION));
        g_autofree char *mode = sql_text(db, "PRAGMA journal_mode");
        assert_string_equal(mode, "wal");
        assert_int_equal(sql_int(db, "PRAGMA busy_timeout"), 5000);
        assert_int_equal(sql_int(db, "PRAGMA foreign_keys"), 1);
        assert_true(cc_store_check(store, &error));
        CcStoreStats stats = {0};
        assert_true(cc_store_stats(store, &stats, &error));
        assert_int_equal(stats.sources, 0);
        assert_int_equal(stats.claims, 0);
        assert_true(stats.file_size > 0);
    }
    /* Reopening an existing store changes nothing. */
    g_autoptr(CcStore) again = cc_store_open(path, &error);
    if (again == NULL)
        fail_msg("reopen: %s", error->message);
    assert_string_equal(cc_store_path(again), path);
    remove_tree(dir);
}

/* ---- files that are not (usable) claimcheck stores ---- */

typedef void (*MakeFile)(const char *path);

static void
make_text(const char *path)
{
    assert_true(g_file_set_contents(path, "title: not a store\n---\nHello.\n", -1, NULL));
}

static void
make_noise(const char *path)
{
    char buf[8192];
    for (guint i = 0; i < sizeof buf; i++)
        buf[i] = (char)((i * 2654435761u) >> 13);
    assert_true(g_file_set_contents(path, buf, sizeof buf, NULL));
}

static void
make_truncated_header(const char *path)
{
    /* SQLite's magic followed by a header that makes no sense. */
    char buf[4096];
    memset(buf, 0xff, sizeof buf);
    memcpy(buf, "SQLite format 3", 16);
    assert_true(g_file_set_contents(path, buf, sizeof buf, NULL));
}

static void
make_foreign(const char *path)
{
    raw_exec(path, "CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT);"
                   "INSERT INTO photos(name) VALUES ('cat.jpg');");
}

static void
make_foreign_app_id(const char *path)
{
    raw_exec(path, "PRAGMA application_id = 1234");
}

static void
make_newer(const char *path)
{
    GError *error = NULL;
    CcStore *store = cc_store_open(path, &error);
    assert_non_null(store);
    cc_store_close(store);
    raw_exec(path, "UPDATE meta SET value = '10' WHERE key = 'schema_version'");
}

static void
make_no_meta(const char *path)
{
    GError *error = NULL;
    CcStore *store = cc_store_open(path, &error);
    assert_non_null(store);
    cc_store_close(store);
    raw_exec(path, "DROP TABLE meta");
}

static void
make_bad_version(const char *path)
{
    GError *error = NULL;
    CcStore *store = cc_store_open(path, &error);
    assert_non_null(store);
    cc_store_close(store);
    raw_exec(path, "UPDATE meta SET value = 'one' WHERE key = 'schema_version'");
}

static void
make_directory(const char *path)
{
    assert_int_equal(g_mkdir(path, 0700), 0);
}

static void
make_empty(const char *path)
{
    assert_true(g_file_set_contents(path, "", 0, NULL));
}

static void
make_nothing(const char *path)
{
    (void)path;
}

static void
make_empty_sqlite(const char *path)
{
    /* A valid SQLite header and nothing else: another program's new file. */
    raw_exec(path, "PRAGMA user_version = 3; VACUUM");
}

#define R CC_STORE_OPEN_READ
#define W CC_STORE_OPEN_WRITE
#define C CC_STORE_OPEN_CREATE
static const struct {
    const char *name;
    const char *file; /* relative to the test directory */
    MakeFile make;
    CcStoreOpenMode mode;
    int code;            /* -1: must open */
    const char *message; /* what follows "PATH: " */
} open_cases[] = {
    {"new file", "new.claims", make_nothing, C, -1, NULL},
    {"missing, to read", "typo.claims", make_nothing, R, CC_ERROR_IO,
     "no such claim store (create one with 'claimcheck index --db PATH add …')"},
    {"missing, to change", "typo2.claims", make_nothing, W, CC_ERROR_IO,
     "no such claim store (create one with 'claimcheck index --db PATH add …')"},
    {"empty file", "empty.claims", make_empty, C, CC_ERROR_INPUT,
     "not a claimcheck store (empty file)"},
    {"empty file, to read", "empty.claims", make_nothing, R, CC_ERROR_INPUT,
     "not a claimcheck store (empty file)"},
    {"another program's empty database", "blank.db", make_empty_sqlite, C, CC_ERROR_INPUT,
     "not a claimcheck store"},
    {"text file", "notes.txt", make_text, C, CC_ERROR_INPUT, "file is not a database"},
    {"text file, to read", "notes.txt", make_nothing, R, CC_ERROR_INPUT,
     "file is not a database"},
    {"random bytes", "noise.bin", make_noise, C, CC_ERROR_INPUT, "file is not a database"},
    {"SQLite magic, bad header", "bad.db", make_truncated_header, C, CC_ERROR_INPUT,
     "file is not a database"},
    {"another program's database", "photos.db", make_foreign, C, CC_ERROR_INPUT,
     "not a claimcheck store"},
    {"another program's database, to read", "photos.db", make_nothing, R, CC_ERROR_INPUT,
     "not a claimcheck store"},
    {"another application id", "other.db", make_foreign_app_id, C, CC_ERROR_INPUT,
     "not a claimcheck store"},
    {"newer schema", "newer.claims", make_newer, C, CC_ERROR_INPUT,
     "store has schema version 10, newer than this claimcheck reads (" G_STRINGIFY(
         CC_STORE_SCHEMA_VERSION) ")"},
    {"newer schema, to read", "newer.claims", make_nothing, R, CC_ERROR_INPUT,
     "store has schema version 10, newer than this claimcheck reads (" G_STRINGIFY(
         CC_STORE_SCHEMA_VERSION) ")"},
    {"meta table missing", "nometa.claims", make_no_meta, C, CC_ERROR_INPUT,
     "store is damaged (its meta table is missing)"},
    {"schema version not a number", "badver.claims", make_bad_version, C, CC_ERROR_INPUT,
     "store is damaged (schema version \"one\")"},
    {"a directory", "dir.claims", make_directory, C, CC_ERROR_IO,
     "cannot open store (is a directory)"},
    {"missing directory", "no/such/dir.claims", make_nothing, C, CC_ERROR_IO,
     "cannot create store (No such file or directory)"},
};
#undef R
#undef W
#undef C

static void
test_open_cases(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    for (guint i = 0; i < G_N_ELEMENTS(open_cases); i++) {
        g_autofree char *path = g_build_filename(dir, open_cases[i].file, NULL);
        open_cases[i].make(path);
        GError *error = NULL;
        CcStore *store = cc_store_open_mode(path, open_cases[i].mode, &error);
        if (open_cases[i].code < 0) {
            if (store == NULL)
                fail_msg("case %u \"%s\": refused: %s", i + 1, open_cases[i].name,
                         error->message);
            cc_store_close(store);
            continue;
        }
        if (store != NULL)
            fail_msg("case %u \"%s\": opened, expected \"%s\"", i + 1, open_cases[i].name,
                     open_cases[i].message);
        g_auto(GStrv) parts = g_strsplit(open_cases[i].message, "PATH", -1);
        g_autofree char *message = g_strjoinv(path, parts);
        g_autofree char *want = g_strdup_printf("%s: %s", path, message);
        if (!g_error_matches(error, CC_ERROR, open_cases[i].code) ||
            strcmp(error->message, want) != 0)
            fail_msg("case %u \"%s\": got [%d] \"%s\", expected [%d] \"%s\"", i + 1,
                     open_cases[i].name, error->code, error->message, open_cases[i].code,
                     want);
        g_error_free(error);
    }
    /* A refused file is left as it was: the text file still reads back,
     * the empty files stay empty, nothing is made where nothing was. */
    g_autofree char *text_path = g_build_filename(dir, "notes.txt", NULL);
    g_autofree char *contents = NULL;
    assert_true(g_file_get_contents(text_path, &contents, NULL, NULL));
    assert_string_equal(contents, "title: not a store\n---\nHello.\n");
    g_autofree char *empty_path = g_build_filename(dir, "empty.claims", NULL);
    struct stat st;
    assert_int_equal(stat(empty_path, &st), 0);
    assert_int_equal(st.st_size, 0);
    g_autofree char *blank_path = g_build_filename(dir, "blank.db", NULL);
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open_v2(blank_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sql_int(db, "PRAGMA application_id"), 0);
    assert_int_equal(sql_int(db, "PRAGMA user_version"), 3);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM sqlite_master"), 0);
    sqlite3_close(db);
    g_autofree char *typo = g_build_filename(dir, "typo.claims", NULL);
    g_autofree char *typo2 = g_build_filename(dir, "typo2.claims", NULL);
    assert_false(g_file_test(typo, G_FILE_TEST_EXISTS));
    assert_false(g_file_test(typo2, G_FILE_TEST_EXISTS));
    /* No temporary file is left behind by the creations. */
    GDir *d = g_dir_open(dir, 0, NULL);
    const char *name;
    while ((name = g_dir_read_name(d)) != NULL)
        if (strstr(name, ".new-") != NULL)
            fail_msg("left behind: %s", name);
    g_dir_close(d);
    remove_tree(dir);
}

/* A reader neither waits for a writer nor takes the write lock, and a
 * store the process may not write (a read-only medium, another user's
 * file) is still read. */
static void
test_readers(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    GError *error = NULL;
    {
        g_autoptr(CcStore) store = cc_store_open(path, &error);
        assert_non_null(store);
        g_autoptr(GPtrArray) a = make_claims("a", 3, "k/one");
        add_ok(store, "a", "ha", a);
    }
    /* Another connection holds the write lock with a change under way. */
    sqlite3 *other = NULL;
    assert_int_equal(sqlite3_open(path, &other), SQLITE_OK);
    assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE; DELETE FROM claims", NULL, NULL,
                                  NULL),
                     SQLITE_OK);
    gint64 t0 = g_get_monotonic_time();
    {
        g_autoptr(CcStore) reader = cc_store_open_mode(path, CC_STORE_OPEN_READ, &error);
        if (reader == NULL)
            fail_msg("reader beside a writer: %s", error->message);
        g_autoptr(GPtrArray) claims = cc_store_claims_for_key(reader, "k/one", &error);
        assert_non_null(claims);
        assert_int_equal(claims->len, 3);
        /* A reader cannot change the store. */
        g_autoptr(GPtrArray) b = make_claims("b", 1, "k/one");
        g_autoptr(CcStoreSource) src = make_source("b", "hb");
        assert_false(cc_store_add_source(reader, src, b, NULL, &error));
        g_clear_error(&error);
    }
    assert_true(g_get_monotonic_time() - t0 < 2 * G_USEC_PER_SEC);
    sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(other);

    /* Read-only file: as an unprivileged user when the suite runs as root,
     * since root may write any file. */
    assert_int_equal(g_chmod(dir, 0755), 0);
    assert_int_equal(g_chmod(path, 0444), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(10);
        GError *child_error = NULL;
        CcStore *reader = cc_store_open_mode(path, CC_STORE_OPEN_READ, &child_error);
        if (reader == NULL) {
            fprintf(stderr, "read-only store: %s\n", child_error->message);
            _exit(11);
        }
        GPtrArray *claims = cc_store_claims_for_key(reader, "k/one", &child_error);
        if (claims == NULL || claims->len != 3)
            _exit(12);
        cc_store_close(reader);
        CcStore *writer = cc_store_open_mode(path, CC_STORE_OPEN_WRITE, &child_error);
        if (writer != NULL) {
            GPtrArray *b = make_claims("b", 1, "k/one");
            CcStoreSource *src = make_source("b", "hb");
            if (cc_store_add_source(writer, src, b, NULL, &child_error))
                _exit(13);
        }
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status));
    if (WEXITSTATUS(status) != 0)
        fail_msg("read-only store: child exit %d", WEXITSTATUS(status));
    assert_int_equal(g_chmod(path, 0644), 0);
    remove_tree(dir);
}

/* Two processes creating the same new store at once both succeed, and
 * both sources are in it. */
static void
test_concurrent_create(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    for (guint round = 0; round < 30; round++) {
        g_autofree char *name = g_strdup_printf("new%02u.claims", round);
        g_autofree char *path = g_build_filename(dir, name, NULL);
        pid_t pids[2];
        for (guint w = 0; w < 2; w++) {
            pids[w] = fork();
            assert_true(pids[w] >= 0);
            if (pids[w] == 0) {
                GError *child_error = NULL;
                CcStore *store = cc_store_open(path, &child_error);
                if (store == NULL) {
                    fprintf(stderr, "writer %u: %s\n", w, child_error->message);
                    _exit(1);
                }
                char id[2] = {(char)('a' + w), 0};
                GPtrArray *claims = make_claims(id, 5, "k/one");
                CcStoreSource *src = make_source(id, id);
                if (!cc_store_add_source(store, src, claims, NULL, &child_error)) {
                    fprintf(stderr, "writer %u: %s\n", w, child_error->message);
                    _exit(2);
                }
                cc_store_close(store);
                _exit(0);
            }
        }
        for (guint w = 0; w < 2; w++) {
            int status = 0;
            waitpid(pids[w], &status, 0);
            if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
                fail_msg("round %u: writer %u failed (status %d)", round + 1, w, status);
        }
        GError *error = NULL;
        g_autoptr(CcStore) store = cc_store_open_mode(path, CC_STORE_OPEN_READ, &error);
        assert_non_null(store);
        CcStoreStats stats = {0};
        assert_true(cc_store_stats(store, &stats, &error));
        assert_int_equal(stats.sources, 2);
        assert_int_equal(stats.claims, 10);
    }
    remove_tree(dir);
}

/* A store whose pages were overwritten opens (SQLite reads lazily) but
 * fails its check and its reads with "store is damaged". */
static void
test_damaged(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    GError *error = NULL;
    {
        g_autoptr(CcStore) store = cc_store_open(path, &error);
        assert_non_null(store);
        g_autoptr(GPtrArray) claims = make_claims("a", 2000, "k/x");
        add_ok(store, "a", "h1", claims);
        assert_true(cc_store_check(store, &error));
        /* Fold the WAL into the main file before damaging it. */
        assert_int_equal(sqlite3_exec(cc_store_db(store), "PRAGMA wal_checkpoint(TRUNCATE)",
                                      NULL, NULL, NULL),
                         SQLITE_OK);
    }
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_true(st.st_size > 40000);
    char junk[4096];
    memset(junk, 0x5a, sizeof junk);
    assert_int_equal(fseek(f, st.st_size / 2, SEEK_SET), 0);
    assert_int_equal(fwrite(junk, 1, sizeof junk, f), sizeof junk);
    fclose(f);

    g_autoptr(CcStore) store = cc_store_open(path, &error);
    if (store == NULL) {
        /* Also acceptable: refused at once. */
        assert_non_null(strstr(error->message, "store is damaged"));
        g_clear_error(&error);
    } else {
        assert_false(cc_store_check(store, &error));
        g_autofree char *want = g_strdup_printf("%s: store is damaged (", path);
        if (!g_str_has_prefix(error->message, want))
            fail_msg("check: got \"%s\"", error->message);
        g_clear_error(&error);
    }
    remove_tree(dir);
}

/* ---- migration ---- */

/* The layout of schema version 0 as such a store holds it, with data. */
static const char v0_store[] =
    "PRAGMA application_id = 1129071435;" /* CC_STORE_APPLICATION_ID */
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
    "INSERT INTO meta VALUES ('application', 'claimcheck'), ('schema_version', '0');"
    "INSERT INTO sources VALUES ('003', 'refs/003.txt', 'Troops sent', 'Wire', '2024-11-05',"
    "  NULL);"
    "INSERT INTO claims(id, source, ord, file, rule, type, subject, predicate, object, key,"
    "  value_kind, value_low, value_high, value_has_low, value_has_high, value_vague,"
    "  value_unit, text, span_start, span_end, line, column, sentence_start, sentence_end,"
    "  modality, attribution, as_of) VALUES"
    "  ('003#1', '003', 0, 'refs/003.txt', 'troops_deployed', 'quantity', 'north_korea',"
    "   'troops_deployed', 'russia', 'north_korea/troops_deployed/russia', 1, 2000, 19999,"
    "   1, 1, 1, 'person', 'thousands of soldiers', 381, 402, 5, 40, 300, 470, 'reported',"
    "   'NIS', 2460620),"
    "  ('003#2', '003', 1, 'refs/003.txt', 'invasion', 'date', 'russia', 'date',"
    "   'invasion_start', 'russia/date/invasion_start', 2, 2459634, 2459634, 1, 1, 0, NULL,"
    "   '24 February 2022', 500, 516, 7, 1, 480, 560, 'asserted', NULL, 2460620);";

/* name|type|notnull|default of every column, in order. */
static char *
table_shape(sqlite3 *db, const char *table)
{
    g_autofree char *sql = g_strdup_printf("PRAGMA table_info(%s)", table);
    sqlite3_stmt *stmt = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK);
    GString *out = g_string_new(NULL);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        g_string_append_printf(out, "%s|%s|%d|%s\n", sqlite3_column_text(stmt, 1),
                               sqlite3_column_text(stmt, 2), sqlite3_column_int(stmt, 3),
                               sqlite3_column_text(stmt, 4));
    sqlite3_finalize(stmt);
    return g_string_free(out, FALSE);
}

static char *
index_list(sqlite3 *db)
{
    sqlite3_stmt *stmt = NULL;
    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT name || ' ' || coalesce(sql, '') FROM "
                                        "sqlite_master WHERE type = 'index' ORDER BY name",
                                        -1, &stmt, NULL),
                     SQLITE_OK);
    GString *out = g_string_new(NULL);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        g_string_append_printf(out, "%s\n", sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return g_string_free(out, FALSE);
}

static void
test_migrate_v0(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *old_path = g_build_filename(dir, "old.claims", NULL);
    g_autofree char *new_path = g_build_filename(dir, "new.claims", NULL);
    raw_exec(old_path, v0_store);
    GError *error = NULL;
    g_autoptr(CcStore) old = cc_store_open(old_path, &error);
    if (old == NULL)
        fail_msg("opening a version 0 store: %s", error->message);
    g_autoptr(CcStore) fresh = cc_store_open(new_path, &error);
    assert_non_null(fresh);

    sqlite3 *db = cc_store_db(old);
    g_autofree char *version = sql_text(db, "SELECT value FROM meta WHERE key = 'schema_version'");
    assert_string_equal(version, G_STRINGIFY(CC_STORE_SCHEMA_VERSION));
    /* A migrated store has exactly the shape of a new one. */
    const char *tables[] = {"meta", "sources", "claims"};
    for (guint i = 0; i < G_N_ELEMENTS(tables); i++) {
        g_autofree char *a = table_shape(db, tables[i]);
        g_autofree char *b = table_shape(cc_store_db(fresh), tables[i]);
        if (strcmp(a, b) != 0)
            fail_msg("table %s: migrated\n%s\nnew\n%s", tables[i], a, b);
    }
    g_autofree char *ia = index_list(db);
    g_autofree char *ib = index_list(cc_store_db(fresh));
    assert_string_equal(ia, ib);
    assert_non_null(strstr(ia, "claims_by_key_time"));

    /* The old records read back, with the new fields at their defaults. */
    g_autoptr(GPtrArray) claims =
        cc_store_claims_for_key(old, "north_korea/troops_deployed/russia", &error);
    assert_non_null(claims);
    assert_int_equal(claims->len, 1);
    CcClaim *c = g_ptr_array_index(claims, 0);
    assert_string_equal(c->id, "003#1");
    assert_string_equal(c->text, "thousands of soldiers");
    assert_true(c->value.vague);
    assert_true(c->value.low == 2000 && c->value.high == 19999);
    assert_int_equal(c->modality, CC_MODALITY_REPORTED);
    assert_string_equal(c->attribution, "NIS");
    assert_null(c->scope);
    assert_true(c->tolerance == 0);
    assert_int_equal(c->column, 40);
    g_autoptr(GPtrArray) all = cc_store_all_claims(old, &error);
    assert_int_equal(all->len, 2);
    CcClaim *d = g_ptr_array_index(all, 1);
    assert_string_equal(d->id, "003#2");
    assert_int_equal(d->type, CC_CLAIM_DATE);
    assert_int_equal(d->value.kind, CC_VALUE_DATE);
    /* No content hash yet: re-adding the source always rewrites it. */
    g_autoptr(GPtrArray) sources = cc_store_list_sources(old, &error);
    assert_int_equal(sources->len, 1);
    CcStoreSource *s = g_ptr_array_index(sources, 0);
    assert_null(s->content_hash);
    assert_int_equal(s->n_claims, 2);
    assert_true(cc_store_check(old, &error));
    remove_tree(dir);
}

/* Every object of the schema (tables, indexes, triggers, views) with its SQL. */
static char *
schema_of(sqlite3 *db)
{
    sqlite3_stmt *stmt = NULL;
    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT type || ' ' || name || ' ' || coalesce(sql, '')"
                                        " FROM sqlite_master ORDER BY type, name",
                                        -1, &stmt, NULL),
                     SQLITE_OK);
    GString *out = g_string_new(NULL);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        g_string_append_printf(out, "%s\n", sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return g_string_free(out, FALSE);
}

/* Every claim row as text, by id. */
/* The columns of @table, comma-separated. */
static char *
column_list(sqlite3 *db, const char *table)
{
    sqlite3_stmt *stmt = NULL;
    g_autofree char *sql = g_strdup_printf("SELECT name FROM pragma_table_info('%s')", table);
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK);
    GString *out = g_string_new(NULL);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        g_string_append_printf(out, "%s%s", out->len ? ", " : "",
                               (const char *)sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return g_string_free(out, FALSE);
}

/* The claims' rows, @columns of them ("*": all). */
static char *
claim_rows(sqlite3 *db, const char *columns)
{
    sqlite3_stmt *stmt = NULL;
    g_autofree char *sql = g_strdup_printf("SELECT %s FROM claims ORDER BY id", columns);
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK);
    GString *out = g_string_new(NULL);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(stmt); i++)
            g_string_append_printf(out, "%s|", sqlite3_column_text(stmt, i));
        g_string_append_c(out, '\n');
    }
    sqlite3_finalize(stmt);
    return g_string_free(out, FALSE);
}

/* A store of an older schema version, as an earlier claimcheck wrote it
 * (fixtures/store/vN.sql), migrates to the current version: the claims
 * unchanged, the summaries made, the same shape as a new store. */
static void
migrate_from(const char *fixture)
{
    g_autofree char *dir = temp_dir();
    g_autofree char *old_path = g_build_filename(dir, "old.claims", NULL);
    g_autofree char *new_path = g_build_filename(dir, "new.claims", NULL);
    g_autofree char *dump = NULL;
    g_autofree char *fixture_path = g_build_filename(CC_FIXTURES_DIR, "store", fixture, NULL);
    assert_true(g_file_get_contents(fixture_path, &dump, NULL, NULL));
    raw_exec(old_path, dump);
    sqlite3 *raw = NULL;
    assert_int_equal(sqlite3_open(old_path, &raw), SQLITE_OK);
    /* The old columns keep their values; the new ones are added empty. */
    g_autofree char *columns = column_list(raw, "claims");
    g_autofree char *rows_before = claim_rows(raw, columns);
    gint64 n = sql_int(raw, "SELECT count(*) FROM claims");
    sqlite3_close(raw);
    assert_true(n > 20);

    GError *error = NULL;
    /* A reader migrates it too (it opens read-write for that only). */
    g_autoptr(CcStore) old = cc_store_open_mode(old_path, CC_STORE_OPEN_READ, &error);
    if (old == NULL)
        fail_msg("opening %s: %s", fixture, error->message);
    g_autoptr(CcStore) fresh = cc_store_open(new_path, &error);
    assert_non_null(fresh);
    sqlite3 *db = cc_store_db(old);
    g_autofree char *version = sql_text(db, "SELECT value FROM meta WHERE key = 'schema_version'");
    assert_string_equal(version, G_STRINGIFY(CC_STORE_SCHEMA_VERSION));
    g_autofree char *shape_old = schema_of(db);
    g_autofree char *shape_new = schema_of(cc_store_db(fresh));
    assert_string_equal(shape_old, shape_new);
    g_autofree char *rows_after = claim_rows(db, columns);
    assert_string_equal(rows_before, rows_after);
    /* The summaries the migration made are those the claims make. */
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func(g_free);
    assert_true(cc_store_verify(old, problems, &error));
    assert_int_equal(problems->len, 0);
    assert_int_equal(sql_int(db, "SELECT sum(claims) FROM key_summary"),
                     sql_int(db, "SELECT count(*) FROM claims WHERE key IS NOT NULL"));
    assert_true(sql_int(db, "SELECT count(*) FROM key_summary") > 5);
    assert_int_equal(sql_int(db, "SELECT sum(sources) >= 10 AND sum(claims) >= 10 FROM key_class"),
                     1);
    /* Each claim marked as its source's only one on its key, or not:
     * both kinds are there (verify above checked every mark). */
    assert_true(sql_int(db, "SELECT count(*) FROM claims WHERE only_on_key = 1") > 10);
    assert_true(sql_int(db, "SELECT count(*) FROM claims WHERE only_on_key = 0"
                            " AND key IS NOT NULL") >= 2);
    /* How far each class's claims reach, made from them (verify above
     * checked that no claim reaches further): the rules' tolerances. */
    assert_true(sql_int(db, "SELECT count(*) FROM key_class WHERE tol_rel > 0") > 0);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM key_class WHERE tol_rel = 0"
                                 " AND tol_default = 0 AND tol_abs = 0"),
                     0);
    remove_tree(dir);
}

static void
test_migrate_v1(void **state)
{
    (void)state;
    migrate_from("v1.sql");
}

/* Schema version 2: the summaries without the plain claims' ends and
 * classes (fixtures/store/v2.sql). */
static void
test_migrate_v2(void **state)
{
    (void)state;
    migrate_from("v2.sql");
}

/* Schema version 3: no columns for a value's change and share
 * (fixtures/store/v3.sql). */
static void
test_migrate_v3(void **state)
{
    (void)state;
    migrate_from("v3.sql");
}

/* Schema version 4: no mark of a claim being its source's only one on
 * its key (fixtures/store/v4.sql). */
static void
test_migrate_v4(void **state)
{
    (void)state;
    migrate_from("v4.sql");
}

/* Schema version 5: no high end or only_on_key mark in the key's index
 * by time, no bound on how far a class's claims reach
 * (fixtures/store/v5.sql). */
static void
test_migrate_v5(void **state)
{
    (void)state;
    migrate_from("v5.sql");
}

/* Schema version 6: no index of the claims of the sources with more than
 * one claim on a key (fixtures/store/v6.sql). */
static void
test_migrate_v6(void **state)
{
    (void)state;
    migrate_from("v6.sql");
}

/* Schema version 7: a claim's date one day, its last, with no first day
 * of a longer date beside it (fixtures/store/v7.sql). */
static void
test_migrate_v7(void **state)
{
    (void)state;
    migrate_from("v7.sql");
}

/* A migration that cannot run leaves the store at its old version. */
static void
test_migrate_fails_cleanly(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "old.claims", NULL);
    raw_exec(path, v0_store);
    raw_exec(path, "ALTER TABLE claims ADD COLUMN tolerance TEXT");
    GError *error = NULL;
    CcStore *store = cc_store_open(path, &error);
    assert_null(store);
    g_autofree char *want =
        g_strdup_printf("%s: migrating the store from schema version 0: ", path);
    if (!g_str_has_prefix(error->message, want))
        fail_msg("got \"%s\"", error->message);
    g_clear_error(&error);
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    g_autofree char *version = sql_text(db, "SELECT value FROM meta WHERE key = 'schema_version'");
    assert_string_equal(version, "0");
    assert_int_equal(sql_int(db, "SELECT count(*) FROM pragma_table_info('sources') "
                                 "WHERE name = 'content_hash'"),
                     0);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM claims"), 2);
    sqlite3_close(db);
    remove_tree(dir);
}

/* ---- records ---- */

static void
test_round_trip(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    GError *error = NULL;
    g_autoptr(CcStore) store = cc_store_open(path, &error);
    assert_non_null(store);

    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    CcClaim *c = make_claim("004", 1, "north_korea/troops_deployed/russia", 10000, 12000);
    c->value.approx = TRUE;
    c->modality = CC_MODALITY_HEDGED;
    c->attribution = g_strdup("officials");
    c->scope = g_strdup("batch");
    c->cumulative = TRUE;
    c->tolerance_abs = TRUE;
    /* "two brigades of 5,000 to 6,000 each" */
    c->value.derived = TRUE;
    c->value.has_product = TRUE;
    c->value.product_factor = 2;
    c->value.product_of_low = 5000;
    c->value.product_of_high = 6000;
    g_ptr_array_add(claims, c);
    c = make_claim("004", 2, "north_korea/troops_deployed/russia", 3000, 0);
    c->value.has_high = FALSE;
    c->value.low_strict = TRUE;
    c->value.derived = TRUE;
    /* "more than a quarter of the 12,000", up from 2,000 */
    c->value.has_share = TRUE;
    c->value.share_low = c->value.share_high = 0.25;
    c->value.share_of_low = c->value.share_of_high = 12000;
    c->value.has_from = TRUE;
    c->value.from = c->value.orig_from = 2000;
    c->as_of = 0;
    g_ptr_array_add(claims, c);
    c = make_claim("004", 3, NULL, 5000, 5000);
    c->predicate = (g_free(c->predicate), g_strdup("value"));
    c->value.unit = g_intern_string("m");
    c->value.orig_low = c->value.orig_high = 5;
    c->value.orig_unit = g_intern_string("km");
    c->value.high_strict = TRUE;
    c->value.vague = TRUE;
    g_ptr_array_add(claims, c);
    c = make_claim("004", 4, "russia/date/invasion_start", 2459634, 2459641);
    c->type = CC_CLAIM_DATE;
    c->value.kind = CC_VALUE_DATE;
    c->value.unit = NULL;
    c->object = (g_free(c->object), NULL);
    c->text = (g_free(c->text), g_strdup("late February 2022 — «début»"));
    g_ptr_array_add(claims, c);
    c = make_claim("004", 5, "north_korea/deployment_start", 0, 0);
    c->type = CC_CLAIM_EVENT;
    c->value.kind = CC_VALUE_NONE;
    c->value.has_low = c->value.has_high = FALSE;
    c->value.unit = NULL;
    c->modality = CC_MODALITY_NEGATED;
    g_ptr_array_add(claims, c);
    add_ok(store, "004", "h", claims);

    g_autoptr(GPtrArray) back = cc_store_all_claims(store, &error);
    assert_non_null(back);
    assert_int_equal(back->len, claims->len);
    /* Sorted by key (keyless first), then document order; match by id. */
    static const char *const order[] = {"004#3", "004#5", "004#1", "004#2", "004#4"};
    for (guint i = 0; i < back->len; i++) {
        CcClaim *got = g_ptr_array_index(back, i);
        assert_string_equal(got->id, order[i]);
        guint n = (guint)atoi(strchr(got->id, '#') + 1);
        CcClaim *want = g_ptr_array_index(claims, n - 1);
        g_autofree char *a = cc_claim_to_json_line(want);
        g_autofree char *b = cc_claim_to_json_line(got);
        if (strcmp(a, b) != 0)
            fail_msg("claim %s:\n wrote %s\n read  %s", want->id, a, b);
        /* Fields the JSON form leaves out. */
        assert_int_equal(got->value.kind, want->value.kind);
        assert_true(got->value.orig_unit == want->value.orig_unit);
        assert_true(got->value.orig_low == want->value.orig_low);
        assert_true(got->value.low_strict == want->value.low_strict);
        assert_true(got->value.high_strict == want->value.high_strict);
        assert_true(got->value.unit == want->value.unit);
        assert_int_equal(got->value.has_share, want->value.has_share);
        assert_int_equal(got->value.has_product, want->value.has_product);
        assert_int_equal(got->value.has_from, want->value.has_from);
        assert_true(got->value.orig_from == want->value.orig_from);
    }
    g_autoptr(GPtrArray) keyed =
        cc_store_claims_for_key(store, "north_korea/troops_deployed/russia", &error);
    assert_int_equal(keyed->len, 2);
    assert_string_equal(((CcClaim *)g_ptr_array_index(keyed, 0))->id, "004#1");
    assert_string_equal(((CcClaim *)g_ptr_array_index(keyed, 1))->id, "004#2");
    g_autoptr(GPtrArray) none = cc_store_claims_for_key(store, "no/such/key", &error);
    assert_non_null(none);
    assert_int_equal(none->len, 0);
    remove_tree(dir);
}

static void
test_sources(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    GError *error = NULL;
    g_autoptr(CcStore) store = cc_store_open(path, &error);
    assert_non_null(store);

    g_autoptr(GPtrArray) b = make_claims("b", 3, "k/one");
    g_autoptr(GPtrArray) a = make_claims("a", 2, "k/one");
    g_autoptr(GPtrArray) a2 = make_claims("a", 4, "k/two");
    add_ok(store, "b", "hb", b);
    add_ok(store, "a", "ha", a);

    /* Same hash: nothing is written, even though the claims differ. */
    g_autofree char *before = snapshot(store);
    g_autoptr(CcStoreSource) same = make_source("a", "ha");
    gboolean skipped = FALSE;
    assert_true(cc_store_add_source(store, same, a2, &skipped, &error));
    assert_true(skipped);
    g_autofree char *after_skip = snapshot(store);
    assert_string_equal(before, after_skip);

    /* New hash: the source's claims are replaced, the others kept. */
    add_ok(store, "a", "ha2", a2);
    g_autoptr(GPtrArray) sources = cc_store_list_sources(store, &error);
    assert_int_equal(sources->len, 2);
    CcStoreSource *sa = g_ptr_array_index(sources, 0);
    CcStoreSource *sb = g_ptr_array_index(sources, 1);
    assert_string_equal(sa->id, "a");
    assert_string_equal(sa->content_hash, "ha2");
    assert_string_equal(sa->title, "Report a");
    assert_int_equal(sa->n_claims, 4);
    assert_string_equal(sb->id, "b");
    assert_int_equal(sb->n_claims, 3);
    g_autoptr(GPtrArray) one = cc_store_claims_for_key(store, "k/one", &error);
    assert_int_equal(one->len, 3); /* only b's now */

    /* A NULL hash never skips. */
    g_autoptr(CcStoreSource) nohash = make_source("c", NULL);
    g_autoptr(GPtrArray) c = make_claims("c", 1, "k/one");
    assert_true(cc_store_add_source(store, nohash, c, &skipped, &error));
    assert_false(skipped);
    assert_true(cc_store_add_source(store, nohash, c, &skipped, &error));
    assert_false(skipped);

    CcStoreStats stats = {0};
    assert_true(cc_store_stats(store, &stats, &error));
    assert_int_equal(stats.sources, 3);
    assert_int_equal(stats.claims, 8);
    assert_int_equal(stats.keys, 2);

    gboolean removed = FALSE;
    assert_true(cc_store_remove_source(store, "b", &removed, &error));
    assert_true(removed);
    assert_true(cc_store_remove_source(store, "b", &removed, &error));
    assert_false(removed);
    assert_true(cc_store_stats(store, &stats, &error));
    assert_int_equal(stats.sources, 2);
    assert_int_equal(stats.claims, 5);
    assert_true(cc_store_check(store, &error));

    /* An empty source is a source with no claims. */
    g_autoptr(CcStoreSource) empty = make_source("d", "hd");
    assert_true(cc_store_add_source(store, empty, NULL, &skipped, &error));
    g_autoptr(GPtrArray) listed = cc_store_list_sources(store, &error);
    assert_int_equal(listed->len, 3);
    assert_int_equal(((CcStoreSource *)g_ptr_array_index(listed, 2))->n_claims, 0);
    remove_tree(dir);
}

/* Bad claims are refused and the store keeps what it had. */
static void
test_bad_claims(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    GError *error = NULL;
    g_autoptr(CcStore) store = cc_store_open(path, &error);
    assert_non_null(store);
    g_autoptr(GPtrArray) a = make_claims("a", 3, "k/one");
    add_ok(store, "a", "ha", a);
    g_autofree char *before = snapshot(store);

    struct {
        const char *name;
        const char *source;
        const char *claim_source; /* source field of claim 2 */
        const char *claim_id;     /* id of claim 2 */
        const char *message;      /* after "PATH: " */
    } cases[] = {
        {"claim of another source", "b", "x", "b#2", "claim b#2 belongs to source x, not b"},
        {"claim without id", "b", "b", NULL, "claim 2 of source b has no id"},
        {"id held by another source", "b", "b", "a#1", "claim id a#1 is already in the store"},
        {"id twice in one source", "b", "b", "b#1", "claim id b#1 is already in the store"},
        {"empty source id", "", NULL, "x#2", "a source needs a non-empty id"},
    };
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autoptr(GPtrArray) claims = make_claims(cases[i].source, 3, "k/two");
        CcClaim *c = g_ptr_array_index(claims, 1);
        g_free(c->source);
        c->source = g_strdup(cases[i].claim_source);
        g_free(c->id);
        c->id = g_strdup(cases[i].claim_id);
        g_autoptr(CcStoreSource) src = make_source(cases[i].source, "hb");
        gboolean ok = cc_store_add_source(store, src, claims, NULL, &error);
        g_autofree char *want = g_strdup_printf("%s: %s", path, cases[i].message);
        if (ok)
            fail_msg("case %u \"%s\": accepted", i + 1, cases[i].name);
        if (strcmp(error->message, want) != 0)
            fail_msg("case %u \"%s\": got \"%s\", expected \"%s\"", i + 1, cases[i].name,
                     error->message, want);
        g_clear_error(&error);
        g_autofree char *after = snapshot(store);
        if (strcmp(before, after) != 0)
            fail_msg("case %u \"%s\": store changed", i + 1, cases[i].name);
    }
    remove_tree(dir);
}

/* ---- index use ---- */

static char *
query_plan(sqlite3 *db, const char *sql)
{
    g_autofree char *explain = g_strconcat("EXPLAIN QUERY PLAN ", sql, NULL);
    sqlite3_stmt *stmt = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, explain, -1, &stmt, NULL), SQLITE_OK);
    GString *out = g_string_new(NULL);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        g_string_append_printf(out, "%s\n", sqlite3_column_text(stmt, 3));
    sqlite3_finalize(stmt);
    return g_string_free(out, FALSE);
}

/* TRUE when the plan searches @index with @terms and scans no table. */
static gboolean
plan_searches(const char *plan, const char *index, const char *terms)
{
    g_autofree char *want = g_strdup_printf("USING INDEX %s (%s)", index, terms);
    g_autofree char *want_covering = g_strdup_printf("USING COVERING INDEX %s (%s)", index, terms);
    g_autofree char *want_pk = g_strdup_printf("USING PRIMARY KEY (%s)", terms);
    g_autofree char *want_rowid = g_strdup_printf("USING INTEGER PRIMARY KEY (%s)", terms);
    /* A scan of the ids given to json_each, or of the days a query counts
     * (a recursive 'day'), is of the list, not the store. */
    const char *scan = strstr(plan, "SCAN ");
    while (scan != NULL &&
           (g_str_has_prefix(scan, "SCAN json_each ") || g_str_has_prefix(scan, "SCAN day") ||
            g_str_has_prefix(scan, "SCAN CONSTANT ROW")))
        scan = strstr(scan + 1, "SCAN ");
    return (strstr(plan, want) != NULL || strstr(plan, want_covering) != NULL ||
            (index == NULL &&
             (strstr(plan, want_pk) != NULL || strstr(plan, want_rowid) != NULL))) &&
           scan == NULL;
}

static void
test_query_plans(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    GError *error = NULL;
    g_autoptr(CcStore) store = cc_store_open(path, &error);
    assert_non_null(store);
    /* Enough rows and statistics that the planner's choice is the real one. */
    for (guint s = 0; s < 20; s++) {
        g_autofree char *id = g_strdup_printf("s%02u", s);
        g_autofree char *key = g_strdup_printf("k/%u", s % 7);
        g_autoptr(GPtrArray) claims = make_claims(id, 50, key);
        for (guint i = 0; i < claims->len; i++) {
            CcClaim *c = claims->pdata[i];
            c->as_of += 3 * i;
            c->cumulative = i % 10 == 0;
        }
        add_ok(store, id, id, claims);
    }
    sqlite3 *db = cc_store_db(store);
    assert_int_equal(sqlite3_exec(db, "ANALYZE", NULL, NULL, NULL), SQLITE_OK);

    static const struct {
        const char *name;
        const char *sql;
        const char *index; /* NULL: the table's primary key */
        const char *terms;
        gboolean indexed;
    } cases[] = {
        {"claims for a key", cc_store_sql_claims_for_key, "claims_by_key_time", "key=?", TRUE},
        {"a key, whole", cc_store_sql_draft_key, "claims_by_key_time", "key=?", TRUE},
        {"a key in a window", cc_store_sql_draft_time, "claims_by_key_time",
         "key=? AND as_of>? AND as_of<?", TRUE},
        {"a key's timeless claims", cc_store_sql_draft_timeless, "claims_by_key_time",
         "key=? AND as_of>? AND as_of<?", TRUE},
        {"one source's claims on a key", cc_store_sql_draft_source, "claims_by_source",
         "source=?", TRUE},
        {"a key's summaries", cc_store_sql_key_summary, NULL, "key=?", TRUE},
        {"a key's buckets", cc_store_sql_key_buckets, NULL, "key=?", TRUE},
        {"a key's claims that are not plain", cc_store_sql_draft_not_plain, "claims_not_plain",
         "key=?", TRUE},
        {"a key's claims above a value", cc_store_sql_draft_above, "claims_by_key_time",
         "key=? AND as_of>? AND as_of<?", TRUE},
        {"a key's claims above a value, a day at a time", cc_store_sql_draft_above_daily,
         "claims_by_key_time", "key=? AND as_of=? AND value_low>?", TRUE},
        {"a key's claims below a value", cc_store_sql_draft_below, "claims_by_key_time",
         "key=? AND as_of>? AND as_of<?", TRUE},
        {"a key's claims above a value, from the index", cc_store_sql_reach_above,
         "claims_by_key_time", "key=? AND as_of>? AND as_of<?", TRUE},
        {"a key's claims above a value, from the index, a day at a time",
         cc_store_sql_reach_above_daily, "claims_by_key_time",
         "key=? AND as_of=? AND value_low>?", TRUE},
        {"a key's claims below a value, from the index", cc_store_sql_reach_below,
         "claims_by_key_time", "key=? AND as_of>? AND as_of<?", TRUE},
        {"sources' claims on a key", cc_store_sql_draft_sources, "claims_by_source",
         "source=?", TRUE},
        {"a key's claims by row", cc_store_sql_draft_rows, NULL, "rowid=?", TRUE},
        {"the sources of rows", cc_store_sql_rows_sources, NULL, "rowid=?", TRUE},
        {"sources' several claims on a key", cc_store_sql_sources_counting, "claims_shared",
         "source=? AND key=?", TRUE},
        {"a key's latest claims", cc_store_sql_draft_latest, "claims_by_key_time",
         "key=? AND as_of<?", TRUE},
        {"a key's classes", cc_store_sql_key_classes, NULL, "key=?", TRUE},
        {"a key's buckets' ends", cc_store_sql_key_ends, NULL, "key=?", TRUE},
        /* Must-fail rows: the check tells a scan from an index search. */
        {"by subject (no index)", "SELECT id FROM claims WHERE subject = ?1",
         "claims_by_key_time", "key=?", FALSE},
        {"summaries by their count", "SELECT key FROM key_summary WHERE claims = ?1", NULL,
         "key=?", FALSE},
    };
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autofree char *plan = query_plan(db, cases[i].sql);
        if (plan_searches(plan, cases[i].index, cases[i].terms) != cases[i].indexed)
            fail_msg("case %u \"%s\": plan\n%s", i + 1, cases[i].name, plan);
    }
    /* The look-ups that decide from the index read no row. */
    const char *from_index[] = {cc_store_sql_reach_above, cc_store_sql_reach_above_daily,
                                cc_store_sql_reach_below};
    for (guint i = 0; i < G_N_ELEMENTS(from_index); i++) {
        g_autofree char *plan = query_plan(db, from_index[i]);
        if (strstr(plan, "USING COVERING INDEX claims_by_key_time") == NULL)
            fail_msg("from the index %u: plan\n%s", i + 1, plan);
    }
    /* a source's several claims on a key: from the partial index alone */
    g_autofree char *shared_plan = query_plan(db, cc_store_sql_sources_counting);
    if (strstr(shared_plan, "USING COVERING INDEX claims_shared") == NULL)
        fail_msg("sources' several claims: plan\n%s", shared_plan);
    remove_tree(dir);
}

/* ---- one writer at a time ---- */

static void
test_locked(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    GError *error = NULL;
    g_autoptr(CcStore) store = cc_store_open(path, &error);
    assert_non_null(store);
    g_autoptr(GPtrArray) a = make_claims("a", 3, "k/one");
    add_ok(store, "a", "ha", a);
    g_autofree char *before = snapshot(store);

    /* Another connection holds the write lock. */
    sqlite3 *other = NULL;
    assert_int_equal(sqlite3_open(path, &other), SQLITE_OK);
    assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE; DELETE FROM claims WHERE ord = 0",
                                  NULL, NULL, NULL),
                     SQLITE_OK);

    cc_store_set_busy_timeout(store, 100);
    g_autoptr(GPtrArray) b = make_claims("b", 3, "k/one");
    g_autoptr(CcStoreSource) src = make_source("b", "hb");
    assert_false(cc_store_add_source(store, src, b, NULL, &error));
    g_autofree char *want = g_strdup_printf("%s: store is locked by another writer", path);
    assert_true(g_error_matches(error, CC_ERROR, CC_ERROR_IO));
    assert_string_equal(error->message, want);
    g_clear_error(&error);
    assert_false(cc_store_remove_source(store, "a", NULL, &error));
    assert_string_equal(error->message, want);
    g_clear_error(&error);
    /* Readers are not blocked, and see the last committed state. */
    g_autofree char *during = snapshot(store);
    assert_string_equal(before, during);
    sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(other);

    add_ok(store, "b", "hb", b);
    g_autofree char *after = snapshot(store);
    assert_string_not_equal(before, after);
    remove_tree(dir);
}

/* A writer that holds the lock briefly is waited for, not failed. */
static void
test_waits_for_writer(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    GError *error = NULL;
    g_autoptr(CcStore) store = cc_store_open(path, &error);
    assert_non_null(store);
    int ready[2];
    assert_int_equal(pipe(ready), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        sqlite3 *db = NULL;
        int rc = sqlite3_open(path, &db);
        rc |= sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
        char byte = rc == SQLITE_OK ? 'y' : 'n';
        if (write(ready[1], &byte, 1) != 1)
            _exit(2);
        g_usleep(300 * 1000);
        sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
        sqlite3_close(db);
        _exit(0);
    }
    close(ready[1]);
    char byte = 0;
    assert_int_equal(read(ready[0], &byte, 1), 1);
    close(ready[0]);
    assert_int_equal(byte, 'y');
    g_autoptr(GPtrArray) a = make_claims("a", 3, "k/one");
    g_autoptr(CcStoreSource) src = make_source("a", "ha");
    gboolean ok = cc_store_add_source(store, src, a, NULL, &error);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!ok)
        fail_msg("add while another writer held the lock briefly: %s", error->message);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    remove_tree(dir);
}

/* ---- a writer killed mid-transaction ---- */

static int crash_signal_fd = -1;

static void
stop_mid_transaction(guint done, gpointer data)
{
    guint at = GPOINTER_TO_UINT(data);
    if (done != at)
        return;
    char byte = 'k';
    if (write(crash_signal_fd, &byte, 1) != 1)
        _exit(3);
    for (;;)
        pause();
}

static off_t
file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? st.st_size : -1;
}

static void
test_killed_writer(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    g_autofree char *wal = g_strconcat(path, "-wal", NULL);
    GError *error = NULL;
    g_autofree char *before = NULL;
    {
        g_autoptr(CcStore) store = cc_store_open(path, &error);
        assert_non_null(store);
        g_autoptr(GPtrArray) a = make_claims("a", 50, "k/one");
        g_autoptr(GPtrArray) big = make_claims("big", 100, "k/two");
        add_ok(store, "a", "ha", a);
        add_ok(store, "big", "h1", big);
        before = snapshot(store);
    }
    static const guint stop_at[] = {1000, 15000};
    for (guint round = 0; round < G_N_ELEMENTS(stop_at); round++) {
        off_t wal_before = file_size(wal);
        int pipefd[2];
        assert_int_equal(pipe(pipefd), 0);
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            close(pipefd[0]);
            crash_signal_fd = pipefd[1];
            GError *child_error = NULL;
            CcStore *store = cc_store_open(path, &child_error);
            if (store == NULL)
                _exit(4);
            /* A small page cache spills the transaction into the WAL. */
            sqlite3_exec(cc_store_db(store), "PRAGMA cache_size = 20", NULL, NULL, NULL);
            cc_store_set_progress_hook(store, 500, stop_mid_transaction,
                                       GUINT_TO_POINTER(stop_at[round]));
            GPtrArray *big = make_claims("big", 20000, "k/two");
            CcStoreSource *src = make_source("big", "h2");
            cc_store_add_source(store, src, big, NULL, &child_error);
            _exit(5); /* never reached: killed inside the transaction */
        }
        close(pipefd[1]);
        char byte = 0;
        ssize_t got = read(pipefd[0], &byte, 1);
        close(pipefd[0]);
        off_t wal_during = file_size(wal);
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        if (got != 1)
            fail_msg("round %u: the writer ended before its transaction (status %d)", round + 1,
                     status);
        assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
        if (stop_at[round] >= 15000 && wal_during <= wal_before)
            fail_msg("round %u: the transaction never reached the WAL (%lld -> %lld bytes)",
                     round + 1, (long long)wal_before, (long long)wal_during);

        g_autoptr(CcStore) store = cc_store_open(path, &error);
        if (store == NULL)
            fail_msg("round %u: reopen: %s", round + 1, error->message);
        if (!cc_store_check(store, &error))
            fail_msg("round %u: %s", round + 1, error->message);
        g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func(g_free);
        if (!cc_store_verify(store, problems, &error))
            fail_msg("round %u: verify: %s", round + 1, error->message);
        if (problems->len > 0)
            fail_msg("round %u: %s", round + 1, (const char *)problems->pdata[0]);
        g_autofree char *after = snapshot(store);
        if (strcmp(before, after) != 0)
            fail_msg("round %u: the store changed after the writer was killed", round + 1);
    }
    /* The store still takes writes. */
    g_autoptr(CcStore) store = cc_store_open(path, &error);
    g_autoptr(GPtrArray) big = make_claims("big", 3000, "k/two");
    add_ok(store, "big", "h3", big);
    CcStoreStats stats = {0};
    assert_true(cc_store_stats(store, &stats, &error));
    assert_int_equal(stats.claims, 3050);
    remove_tree(dir);
}

/* ---- summaries and the draft's lookups ---- */

static guint
verify_problems(CcStore *store, char **first)
{
    GError *error = NULL;
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func(g_free);
    if (!cc_store_verify(store, problems, &error))
        fail_msg("verify: %s", error->message);
    if (first != NULL)
        *first = problems->len > 0 ? g_strdup(problems->pdata[0]) : NULL;
    return problems->len;
}

/* The summaries follow every add, replacement and removal in the same
 * transaction, and verify names a summary that does not. */
static void
test_summaries(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    GError *error = NULL;
    g_autoptr(CcStore) store = cc_store_open(path, &error);
    assert_non_null(store);
    sqlite3 *db = cc_store_db(store);
    guint32 nov5 = 0;
    assert_true(cc_day_from_iso("2024-11-05", &nov5));
    g_autoptr(GPtrArray) a = make_claims("a", 4, "k/one");
    for (guint i = 0; i < a->len; i++)
        ((CcClaim *)a->pdata[i])->as_of = nov5;
    ((CcClaim *)a->pdata[1])->cumulative = TRUE;
    ((CcClaim *)a->pdata[2])->as_of += 300; /* another bucket */
    ((CcClaim *)a->pdata[3])->window_days = 90;
    add_ok(store, "a", "h1", a);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM key_summary"), 2);
    assert_int_equal(sql_int(db, "SELECT sum(claims) FROM key_summary"), 4);
    assert_int_equal(sql_int(db, "SELECT sum(timeless) FROM key_summary"), 1);
    assert_int_equal(sql_int(db, "SELECT max(max_window) FROM key_summary"), 90);
    assert_int_equal(verify_problems(store, NULL), 0);
    /* Replaced: the window of 90 days goes with the old claims. */
    g_autoptr(GPtrArray) a2 = make_claims("a", 2, "k/one");
    add_ok(store, "a", "h2", a2);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM key_summary"), 1);
    assert_int_equal(sql_int(db, "SELECT sum(claims) FROM key_summary"), 2);
    assert_int_equal(sql_int(db, "SELECT max(max_window) FROM key_summary"), 30);
    assert_int_equal(verify_problems(store, NULL), 0);
    g_autoptr(GPtrArray) b = make_claims("b", 3, "k/two");
    for (guint i = 0; i < b->len; i++)
        ((CcClaim *)b->pdata[i])->as_of = nov5;
    add_ok(store, "b", "hb", b);
    assert_true(cc_store_remove_source(store, "a", NULL, &error));
    assert_int_equal(sql_int(db, "SELECT count(*) FROM key_summary WHERE key = 'k/one'"), 0);
    assert_int_equal(sql_int(db, "SELECT sum(claims) FROM key_summary"), 3);
    assert_int_equal(verify_problems(store, NULL), 0);
    /* A summary changed behind the store's back is found. */
    assert_int_equal(sqlite3_exec(db, "UPDATE key_summary SET claims = 7", NULL, NULL, NULL),
                     SQLITE_OK);
    g_autofree char *first = NULL;
    assert_int_equal(verify_problems(store, &first), 1);
    g_autofree char *want = g_strdup_printf(
        "%s: summary of k/two, 2024-07-05 to 2025-03-17: says 7 claims, 0 timeless, window 30,"
        " plain low ends up to 3000.0, high ends from 1000.0; the claims make 3, 0, 30, 3000.0,"
        " 1000.0",
        path);
    assert_string_equal(first, want);
    /* The plain claims' ends and classes are checked as well. */
    assert_int_equal(sql_int(db, "SELECT count(*) FROM key_class"), 1);
    assert_int_equal(sql_int(db, "SELECT claims * 10 + sources FROM key_class"), 31);
    assert_int_equal(sqlite3_exec(db, "UPDATE key_summary SET claims = 3, max_low = 2000;"
                                      "UPDATE key_class SET sources = 2",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    g_autofree char *second = NULL;
    assert_int_equal(verify_problems(store, &second), 2);
    assert_non_null(strstr(second, "plain low ends up to 2000.0"));
    assert_int_equal(sqlite3_exec(db, "UPDATE key_summary SET max_low = 3000;"
                                      "UPDATE key_class SET sources = 1",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(verify_problems(store, NULL), 0);
    assert_int_equal(sqlite3_exec(db, "DELETE FROM key_summary", NULL, NULL, NULL), SQLITE_OK);
    g_free(first);
    first = NULL;
    assert_int_equal(verify_problems(store, &first), 1);
    assert_non_null(strstr(first, "missing (the claims make 3)"));
    /* So is a claim's mark of being its source's only one on its key:
     * b's three claims share k/two. */
    assert_int_equal(sql_int(db, "SELECT count(*) FROM claims WHERE only_on_key = 0"), 3);
    g_autoptr(GPtrArray) c = make_claims("c", 1, "k/three");
    add_ok(store, "c", "hc", c);
    assert_int_equal(sql_int(db, "SELECT only_on_key FROM claims WHERE id = 'c#1'"), 1);
    assert_int_equal(verify_problems(store, NULL), 1); /* b's summary, deleted above */
    assert_int_equal(sqlite3_exec(db,
                                  "UPDATE claims SET only_on_key = 1 WHERE id = 'b#2';"
                                  "UPDATE claims SET only_on_key = 0 WHERE id = 'c#1'",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func(g_free);
    assert_true(cc_store_verify(store, problems, &error));
    assert_int_equal(problems->len, 3);
    g_autofree char *marked = g_strdup_printf(
        "%s: claim b#2: marked as the only claim of b on k/two, which it is not", path);
    g_autofree char *unmarked = g_strdup_printf(
        "%s: claim c#1: not marked as the only claim of c on k/three, which it is", path);
    assert_string_equal(problems->pdata[1], marked);
    assert_string_equal(problems->pdata[2], unmarked);
    remove_tree(dir);
}

/* A generated store: sources over three years, running totals, denials,
 * disputed and hypothetical figures, dates, windows of 0 to 400 days. */
static CcClaim *
random_claim(GRand *rng, const char *source, guint n, guint32 day)
{
    static const char *const keys[] = {"k/troops", "k/shells", "k/dead", "k/date"};
    guint k = (guint)g_rand_int_range(rng, 0, G_N_ELEMENTS(keys));
    double v = 1000.0 * g_rand_int_range(rng, 5, 15);
    CcClaim *c = make_claim(source, n, keys[k], v, v * (g_rand_boolean(rng) ? 1 : 1.2));
    c->as_of = g_rand_int_range(rng, 0, 20) == 0 ? 0 : day;
    c->window_days = (guint)g_rand_int_range(rng, 0, 5) * 100;
    c->cumulative = k == 1 || (k == 2 && g_rand_int_range(rng, 0, 4) == 0);
    c->value.approx = g_rand_boolean(rng);
    guint m = (guint)g_rand_int_range(rng, 0, 20);
    c->modality = m < 2    ? CC_MODALITY_NEGATED
                  : m == 2 ? CC_MODALITY_DISPUTED
                  : m == 3 ? CC_MODALITY_HYPOTHETICAL
                  : m < 8  ? CC_MODALITY_REPORTED
                           : CC_MODALITY_ASSERTED;
    if (k == 3) {
        c->type = CC_CLAIM_DATE;
        cc_value_set_days(&c->value, day - 400 + (guint)g_rand_int_range(rng, 0, 30),
                          day - 380 + (guint)g_rand_int_range(rng, 0, 30));
        c->value.unit = NULL;
    }
    if (g_rand_int_range(rng, 0, 15) == 0)
        c->scope = g_strdup("wounded");
    return c;
}

static char *
diagnostics_text(CcCheck *check)
{
    GString *out = g_string_new(NULL);
    GPtrArray *diags = cc_check_diagnostics(check);
    for (guint i = 0; i < diags->len; i++) {
        const CcDiagnostic *d = diags->pdata[i];
        g_string_append_printf(out, "%s %s %s %s\n  +", d->claim->id,
                               cc_severity_to_string(d->severity), cc_check_kind_to_string(d->kind),
                               d->message);
        for (guint j = 0; j < d->supporting->len; j++)
            g_string_append_printf(out, " %s", ((CcClaim *)d->supporting->pdata[j])->id);
        g_string_append_printf(out, " (+%u)\n  -", d->supporting_more);
        for (guint j = 0; j < d->opposing->len; j++)
            g_string_append_printf(out, " %s", ((CcClaim *)d->opposing->pdata[j])->id);
        g_string_append_printf(out, " (+%u)\n", d->opposing_more);
    }
    return g_string_free(out, FALSE);
}

/* A running total of a key, as an archive reports it: growing over three
 * years with noise, some figures beside the trend, some in another unit or
 * scope, some denied, disputed, hypothetical or undated. */
/* Whether total_claim keeps to one class a key (no other scope or unit),
 * with tolerances of every kind: the rule's default, a relative one of its
 * own, one in the value's unit. */
static gboolean one_class_totals;
/* Whether total_claim gives its figure to a speaker, of one country or
 * another or of none known, told by speakers_lexicon(). */
static gboolean speaker_totals;

/* A draft's speakers, then the references': those of the draft's first
 * four are of other countries than the references' (Ukraine, Russia),
 * then of theirs, of none known, or nobody. */
static const char *const total_speakers[] = {
    "Ukraine's military intelligence", "Kremlin officials", "the GUR", "Russia's defence ministry",
    "South Korea's spy agency", "the Pentagon", "officials", NULL};
static const char *const total_ref_speakers[] = {"Seoul", "South Korea's spy agency",
                                                 "the Pentagon"};

/* The words that tell those speakers' countries, as a rule pack gives them. */
static CcLexicon *
speakers_lexicon(void)
{
    static const char *const rows[][3] = {
        {"parties", "seoul", ""},         {"entities", "seoul", "south_korea"},
        {"parties", "south korea", ""},   {"entities", "south korea", "south_korea"},
        {"parties", "ukraine", ""},       {"entities", "ukraine", "ukraine"},
        {"parties", "kremlin", ""},       {"entities", "kremlin", "russia"},
        {"parties", "russia", ""},        {"entities", "russia", "russia"},
        {"speaker_countries", "pentagon", "united_states"},
        {"speaker_countries", "gur", "ukraine"},
    };
    CcLexicon *lexicon = cc_lexicon_new();
    for (guint i = 0; i < G_N_ELEMENTS(rows); i++)
        assert_true(cc_lexicon_add(lexicon, rows[i][0], rows[i][1], rows[i][2], NULL, 0, NULL));
    return lexicon;
}

static CcClaim *
total_claim(GRand *rng, const char *source, guint n, guint32 start, guint32 day)
{
    static const char *const keys[] = {"k/shells", "k/dead"};
    const char *key = keys[g_rand_int_range(rng, 0, G_N_ELEMENTS(keys))];
    double v = 1000.0 + 10.0 * (day - start) * g_rand_double_range(rng, 0.9, 1.1);
    if (g_rand_int_range(rng, 0, 25) == 0)
        v *= g_rand_boolean(rng) ? 0.4 : 2.5; /* beside the trend */
    CcClaim *c = make_claim(source, n, key, v, v * (g_rand_int_range(rng, 0, 4) == 0 ? 1.3 : 1));
    c->as_of = day;
    c->cumulative = g_rand_int_range(rng, 0, 6) != 0;
    c->value.approx = g_rand_boolean(rng);
    c->window_days = 30;
    guint m = (guint)g_rand_int_range(rng, 0, 40);
    c->modality = m == 0   ? CC_MODALITY_NEGATED
                  : m == 1 ? CC_MODALITY_DISPUTED
                  : m == 2 ? CC_MODALITY_HYPOTHETICAL
                  : m < 12 ? CC_MODALITY_REPORTED
                  : m < 15 ? CC_MODALITY_HEDGED
                           : CC_MODALITY_ASSERTED;
    if (g_rand_int_range(rng, 0, 30) == 0)
        c->as_of = 0;
    /* The speaker by the claim and its day, leaving the generator's
     * sequence as it was. */
    if (speaker_totals) {
        guint h = g_str_hash(c->id) + day;
        c->attribution = g_strdup(strcmp(source, "draft") == 0
                                      ? total_speakers[h % G_N_ELEMENTS(total_speakers)]
                                      : total_ref_speakers[h % G_N_ELEMENTS(total_ref_speakers)]);
    }
    gboolean scoped = g_rand_int_range(rng, 0, 20) == 0;
    gboolean contained = g_rand_int_range(rng, 0, 25) == 0;
    /* a figure without a unit compares with every unit: k/dead's draft
     * figures then have two classes to compare with, and read the key */
    gboolean unitless = strcmp(key, "k/dead") == 0 && g_rand_int_range(rng, 0, 25) == 0;
    if (g_rand_int_range(rng, 0, 10) == 0)
        c->value.has_high = FALSE; /* "more than …" */
    if (!one_class_totals) {
        if (scoped)
            c->scope = g_strdup("annual");
        if (contained)
            c->value.unit = g_intern_string("container");
        if (unitless)
            c->value.unit = NULL;
        return c;
    }
    switch (g_rand_int_range(rng, 0, 6)) {
    case 0:
        c->tolerance = 0.05;
        break;
    case 1:
        c->tolerance = 0.3;
        break;
    case 2:
        c->tolerance = 400;
        c->tolerance_abs = TRUE;
        break;
    default:
        c->tolerance = 0; /* the default */
        break;
    }
    return c;
}

/* The diagnostics read from the summaries (cc_store_claims_for_check and
 * cc_check_run_summarised) are those of judging every claim of the
 * draft's keys, for running totals, undated and disputed draft figures,
 * over a store of @sources sources spread over @span days: @rounds drafts.
 * Returns the claims unread as agreeing and as conflicting, the draft
 * claims read from the summaries and the rounds that counted conflicting
 * claims without reading them. */
typedef struct {
    guint summarised, unread_claims, opposing_claims, counting_rounds, daily_searches;
    guint index_searches; /* the claims beyond a figure told from the index */
    guint grouped; /* draft claims against which a source's several claims were counted */
    guint given_to_other; /* diagnostics of a figure given to a speaker of another country */
} SummarisedRun;

static SummarisedRun
summarised_lookups(guint sources, guint span, guint rounds, guint seed)
{
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    GError *error = NULL;
    g_autoptr(CcStore) store = cc_store_open(path, &error);
    assert_non_null(store);
    g_autoptr(GRand) rng = g_rand_new_with_seed(seed);
    guint32 start = 0;
    assert_true(cc_day_from_iso("2022-01-01", &start));
    for (guint a = 0; a < sources; a++) {
        g_autofree char *id = g_strdup_printf("r%04u", a);
        guint32 day = start + (guint32)g_rand_int_range(rng, 0, (gint32)span);
        g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
        guint n = (guint)g_rand_int_range(rng, 1, 4);
        for (guint i = 1; i <= n; i++)
            g_ptr_array_add(claims, total_claim(rng, id, i, start, day));
        add_ok(store, id, id, claims);
    }
    /* and a few removed, so that the summaries have been taken from */
    for (guint a = 0; a < sources; a += 37) {
        g_autofree char *id = g_strdup_printf("r%04u", a);
        assert_true(cc_store_remove_source(store, id, NULL, &error));
    }
    assert_int_equal(verify_problems(store, NULL), 0);
    /* Sources with one claim on a key (not read again when it may
     * conflict) and sources with several (read whole), both many. */
    sqlite3 *db = cc_store_db(store);
    assert_true(sql_int(db, "SELECT count(*) FROM claims WHERE only_on_key = 1") > 200);
    assert_true(sql_int(db, "SELECT count(*) FROM claims WHERE only_on_key = 0") > 100);
    guint summarised = 0, unread_claims = 0, opposing_claims = 0, counting_rounds = 0;
    guint grouped = 0, given_to_other = 0;
    g_autoptr(CcLexicon) speakers = speaker_totals ? speakers_lexicon() : NULL;
    for (guint round = 0; round < rounds; round++) {
        g_autoptr(GPtrArray) draft = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
        guint32 day = start + (guint32)g_rand_int_range(rng, 0, (gint32)span + 60);
        guint n = (guint)g_rand_int_range(rng, 1, 4);
        for (guint i = 1; i <= n; i++) {
            CcClaim *c = total_claim(rng, round == 0 ? "r0001" : "draft", i, start, day);
            /* in odd rounds a figure of one moment may join the totals (then
             * the key's conflicting claims are read, not counted) */
            if (round % 2 == 1 && g_rand_int_range(rng, 0, 4) == 0)
                c->cumulative = FALSE;
            g_ptr_array_add(draft, c);
        }
        CcCheckOptions options;
        cc_check_options_init(&options);
        options.listed = 1 + (guint)g_rand_int_range(rng, 0, 12);
        options.speakers = speakers;

        g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
        g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
        for (guint i = 0; i < draft->len; i++) {
            CcClaim *c = draft->pdata[i];
            if (!g_hash_table_add(seen, c->key))
                continue;
            g_autoptr(GPtrArray) found = cc_store_claims_for_key(store, c->key, &error);
            assert_non_null(found);
            for (guint j = 0; j < found->len; j++)
                g_ptr_array_add(all, g_steal_pointer(&found->pdata[j]));
        }
        g_autoptr(CcCheck) before = cc_check_run(draft, all, &options);
        g_autofree char *want = diagnostics_text(before);

        g_autoptr(GHashTable) keys = g_hash_table_new(g_str_hash, g_str_equal);
        g_autoptr(GHashTable) unread = g_hash_table_new_full(NULL, NULL, NULL, g_free);
        g_autoptr(GPtrArray) fetched = cc_store_claims_for_check(
            store, draft, &options.compare, options.listed, keys, unread, &error);
        if (fetched == NULL)
            fail_msg("round %u: %s", round + 1, error->message);
        g_autoptr(GPtrArray) kept =
            cc_check_references_in_reach(draft, fetched, &options.compare, keys);
        g_autoptr(CcCheck) after =
            cc_check_run_summarised(draft, kept, keys, unread, &options);
        g_autofree char *got = diagnostics_text(after);
        if (strcmp(want, got) != 0)
            fail_msg("round %u: diagnostics differ\nevery claim:\n%s\nfrom the summaries:\n%s",
                     round + 1, want, got);
        for (const char *p = got; (p = strstr(p, "give this figure to another")) != NULL; p++)
            given_to_other++;
        GHashTableIter it;
        gpointer value;
        g_hash_table_iter_init(&it, unread);
        guint opposing_before = opposing_claims;
        while (g_hash_table_iter_next(&it, NULL, &value)) {
            const CcCheckUnread *u = value;
            summarised++;
            unread_claims += u->claims;
            opposing_claims += u->opposing_claims;
            /* a source with several claims on the key counts once */
            assert_true(u->opposing_claims >= u->opposing_sources);
            grouped += u->opposing_claims > u->opposing_sources;
        }
        counting_rounds += opposing_claims > opposing_before;
    }
    SummarisedRun run = {summarised, unread_claims, opposing_claims, counting_rounds,
                         cc_store_statement_runs(store, cc_store_sql_draft_above_daily) +
                             cc_store_statement_runs(store, cc_store_sql_reach_above_daily),
                         cc_store_statement_runs(store, cc_store_sql_reach_above) +
                             cc_store_statement_runs(store, cc_store_sql_reach_above_daily) +
                             cc_store_statement_runs(store, cc_store_sql_reach_below),
                         grouped, given_to_other};
    printf("summarised: %u draft claims, %u claims unread as agreeing, %u as conflicting"
           " (in %u rounds; against %u draft claims a source's several); %u day-by-day"
           " searches, %u from the index\n",
           summarised, unread_claims, opposing_claims, counting_rounds, grouped,
           run.daily_searches, run.index_searches);
    remove_tree(dir);
    return run;
}

/* Sources over three years: the summaries did the work (many draft claims,
 * most claims unread), and claims that conflict were counted, not read, in
 * many rounds. */
static void
test_summarised_lookups(void **state)
{
    (void)state;
    SummarisedRun run = summarised_lookups(500, 3 * 365, 150, 23);
    assert_true(run.summarised > 50);
    assert_true(run.unread_claims > 40 * run.summarised);
    assert_true(run.counting_rounds >= 5);
    assert_true(run.opposing_claims >= 50);
}

/* Figures given to speakers of several countries, of none known, or to
 * nobody, checked with the words that tell a speaker's country: the
 * diagnostics read from the summaries are those of every claim, a figure
 * given to a speaker of another country among them. */
static void
test_summarised_lookups_speakers(void **state)
{
    (void)state;
    speaker_totals = TRUE;
    SummarisedRun run = summarised_lookups(300, 2 * 365, 80, 41);
    speaker_totals = FALSE;
    printf("%u figures given to a speaker of another country\n", run.given_to_other);
    assert_true(run.given_to_other > 0);
    assert_true(run.summarised > 10);
}

/* Sources dense in time (many claims a day): the claims above a figure are
 * searched a day at a time, with the same diagnostics. */
static void
test_summarised_lookups_dense(void **state)
{
    (void)state;
    SummarisedRun run = summarised_lookups(1500, 120, 60, 29);
    assert_true(run.summarised > 20);
    assert_true(run.daily_searches > 0);
    assert_true(run.counting_rounds >= 3);
}

/* Keys of one class of plain claims, whose claims reach as far as their
 * own tolerances take them: the claims beyond a figure are told from the
 * index (counted or read), with the same diagnostics; sparse and dense. */
static void
test_summarised_lookups_from_index(void **state)
{
    (void)state;
    one_class_totals = TRUE;
    SummarisedRun run = summarised_lookups(500, 3 * 365, 150, 31);
    SummarisedRun dense = summarised_lookups(1500, 120, 60, 37);
    one_class_totals = FALSE;
    assert_true(run.summarised > 50);
    assert_true(run.index_searches > 50);
    assert_true(run.counting_rounds >= 5);
    assert_true(run.opposing_claims >= 50);
    assert_true(dense.index_searches > 20);
    assert_true(dense.daily_searches > 0);
    assert_true(dense.counting_rounds >= 3);
    /* sources with several claims on the key counted whole, not read */
    assert_true(run.grouped + dense.grouped >= 5);
}

/* A diagnostic lists the latest CC_CHECK_LISTED reference claims of each
 * side and counts the rest; the message counts every source; 0 lists all. */
static void
test_listed(void **state)
{
    (void)state;
    g_autoptr(GPtrArray) draft = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    g_ptr_array_add(draft, make_claim("draft", 1, "k/troops", 11000, 11000));
    g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    for (guint i = 0; i < 15; i++) {
        g_autofree char *src = g_strdup_printf("s%02u", i);
        CcClaim *c = make_claim(src, 1, "k/troops", 11000, 11000);
        c->as_of = 2460600 + i % 7; /* ties on a day are ordered by source */
        g_ptr_array_add(refs, c);
    }
    for (guint i = 0; i < 2; i++) {
        g_autofree char *src = g_strdup_printf("t%02u", i);
        CcClaim *c = make_claim(src, 1, "k/troops", 3000, 3000);
        c->as_of = 2460600 + i;
        g_ptr_array_add(refs, c);
    }
    CcCheckOptions options;
    cc_check_options_init(&options);
    assert_int_equal(options.listed, CC_CHECK_LISTED);
    g_autoptr(CcCheck) check = cc_check_run(draft, refs, &options);
    const CcDiagnostic *d = cc_check_diagnostics(check)->pdata[0];
    assert_int_equal(d->kind, CC_CHECK_OUTLIER);
    assert_non_null(strstr(d->message, "15 references agree, 2 disagree: "));
    assert_int_equal(d->supporting->len, CC_CHECK_LISTED);
    assert_int_equal(d->supporting_more, 15 - CC_CHECK_LISTED);
    assert_int_equal(d->opposing->len, 2);
    assert_int_equal(d->opposing_more, 0);
    /* the latest first: day 6 holds s06 and s13, day 5 s05 and s12, … */
    static const char *const order[] = {"s06", "s13", "s05", "s12", "s04", "s11", "s03", "s10",
                                        "s02", "s09"};
    for (guint i = 0; i < G_N_ELEMENTS(order); i++)
        assert_string_equal(((CcClaim *)d->supporting->pdata[i])->source, order[i]);
    assert_string_equal(((CcClaim *)d->opposing->pdata[0])->source, "t01");

    options.listed = 0;
    g_autoptr(CcCheck) all = cc_check_run(draft, refs, &options);
    const CcDiagnostic *e = cc_check_diagnostics(all)->pdata[0];
    assert_int_equal(e->supporting->len, 15);
    assert_int_equal(e->supporting_more, 0);
    assert_string_equal(e->message, d->message);
}

/* Thousands of references on a key, many of a day, a source often giving
 * several: the claims listed, and the sources a message names, are those
 * of sorting every reference latest first (listed 0 sorts them all), for
 * any number listed, down to 1 where the sources named lie further. */
static void
test_listed_many(void **state)
{
    (void)state;
    g_autoptr(GRand) rng = g_rand_new_with_seed(29);
    g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    for (guint i = 0; i < 3000; i++) {
        gint32 r = g_rand_int_range(rng, 0, 400);
        g_autofree char *src = g_strdup_printf("s%03d", r);
        /* a few sources on both sides */
        double v = r < 250 || (r % 10 == 0 && g_rand_boolean(rng)) ? 11000 : 3000;
        CcClaim *c = make_claim(src, 1 + (guint)g_rand_int_range(rng, 0, 5), "k/troops", v, v);
        c->as_of = 2460600 + (guint32)g_rand_int_range(rng, 0, 20);
        g_ptr_array_add(refs, c);
    }
    /* the latest day: one source, several claims */
    for (guint n = 10; n < 16; n++) {
        CcClaim *c = make_claim("s999", n, "k/troops", n % 2 ? 3000 : 11000, n % 2 ? 3000 : 11000);
        c->as_of = 2460630;
        g_ptr_array_add(refs, c);
    }
    for (guint k = 0; k < 2; k++) {
        g_autoptr(GPtrArray) draft = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
        double v = k == 0 ? 11000 : 3000;
        g_ptr_array_add(draft, make_claim("draft", 1, "k/troops", v, v));
        ((CcClaim *)draft->pdata[0])->as_of = 2460615;
        CcCheckOptions options;
        cc_check_options_init(&options);
        options.listed = 0;
        g_autoptr(CcCheck) all = cc_check_run(draft, refs, &options);
        const CcDiagnostic *e = cc_check_diagnostics(all)->pdata[0];
        assert_true(e->supporting->len > 100 && e->opposing->len > 100);
        static const guint listed[] = {1, 2, 10, 40};
        for (guint l = 0; l < G_N_ELEMENTS(listed); l++) {
            options.listed = listed[l];
            g_autoptr(CcCheck) check = cc_check_run(draft, refs, &options);
            const CcDiagnostic *d = cc_check_diagnostics(check)->pdata[0];
            assert_string_equal(d->message, e->message);
            assert_int_equal(d->supporting->len, listed[l]);
            assert_int_equal(d->opposing->len, listed[l]);
            assert_int_equal(d->supporting->len + d->supporting_more, e->supporting->len);
            assert_int_equal(d->opposing->len + d->opposing_more, e->opposing->len);
            for (guint i = 0; i < listed[l]; i++) {
                assert_ptr_equal(d->supporting->pdata[i], e->supporting->pdata[i]);
                assert_ptr_equal(d->opposing->pdata[i], e->opposing->pdata[i]);
            }
        }
    }
}

/* check through the draft's lookups (the claims in reach, the summaries)
 * gives the diagnostics of the previous code path: every stored claim of
 * the draft's keys, judged in full. */
static void
test_draft_lookups(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    GError *error = NULL;
    g_autoptr(CcStore) store = cc_store_open(path, &error);
    assert_non_null(store);
    g_autoptr(GRand) rng = g_rand_new_with_seed(17);
    guint32 start = 0;
    assert_true(cc_day_from_iso("2022-01-01", &start));
    for (guint a = 0; a < 600; a++) {
        g_autofree char *id = g_strdup_printf("r%04u", a);
        guint32 day = start + (guint32)g_rand_int_range(rng, 0, 3 * 365);
        g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
        guint n = (guint)g_rand_int_range(rng, 1, 6);
        for (guint i = 1; i <= n; i++)
            g_ptr_array_add(claims, random_claim(rng, id, i, day));
        add_ok(store, id, id, claims);
    }
    assert_int_equal(verify_problems(store, NULL), 0);
    guint narrower = 0;
    for (guint round = 0; round < 100; round++) {
        g_autoptr(GPtrArray) draft = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
        guint32 day = start + (guint32)g_rand_int_range(rng, 0, 3 * 365);
        guint n = (guint)g_rand_int_range(rng, 1, 5);
        for (guint i = 1; i <= n; i++)
            g_ptr_array_add(draft, random_claim(rng, round == 0 ? "r0001" : "draft", i, day));
        CcCheckOptions options;
        cc_check_options_init(&options);

        /* The previous path: every claim of each key, judged in full. */
        g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
        g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
        for (guint i = 0; i < draft->len; i++) {
            CcClaim *c = draft->pdata[i];
            if (!g_hash_table_add(seen, c->key))
                continue;
            g_autoptr(GPtrArray) found = cc_store_claims_for_key(store, c->key, &error);
            assert_non_null(found);
            for (guint j = 0; j < found->len; j++)
                g_ptr_array_add(all, g_steal_pointer(&found->pdata[j]));
        }
        g_autoptr(CcCheck) before = cc_check_run(draft, all, &options);
        g_autofree char *want = diagnostics_text(before);

        g_autoptr(GHashTable) keys = g_hash_table_new(g_str_hash, g_str_equal);
        g_autoptr(GPtrArray) fetched = cc_store_claims_for_draft(
            store, draft, options.compare.default_window_days, keys, &error);
        if (fetched == NULL)
            fail_msg("round %u: %s", round + 1, error->message);
        g_autoptr(GPtrArray) kept =
            cc_check_references_in_reach(draft, fetched, &options.compare, keys);
        g_autoptr(CcCheck) after = cc_check_run_in_reach(draft, kept, keys, &options);
        g_autofree char *got = diagnostics_text(after);
        if (strcmp(want, got) != 0)
            fail_msg("round %u: diagnostics differ\nprevious:\n%s\nnow:\n%s", round + 1, want,
                     got);
        /* The same references as chosen from every claim. */
        g_autoptr(GHashTable) keys_all = g_hash_table_new(g_str_hash, g_str_equal);
        g_autoptr(GPtrArray) kept_all =
            cc_check_references_in_reach(draft, all, &options.compare, keys_all);
        assert_int_equal(kept_all->len, kept->len);
        assert_int_equal(g_hash_table_size(keys_all), g_hash_table_size(keys));
        if (fetched->len < all->len)
            narrower++;
    }
    /* The lookups did read less than whole keys, often. */
    if (narrower < 30)
        fail_msg("only %u of 100 lookups narrower than the keys", narrower);
    remove_tree(dir);
}

/* ---- hashing ---- */

static void
test_hash(void **state)
{
    (void)state;
    g_autofree char *h1 = cc_store_hash_content("abc", 3);
    g_autofree char *h2 = cc_store_hash_content("abd", 3);
    assert_string_equal(
        h1, "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assert_string_not_equal(h1, h2);
}

/* A content hash as claimcheck makes it is stored as its 32 bytes, and
 * read back as it was given: listed, and an unchanged source skipped;
 * any other text is stored as it is. */
static void
test_hash_stored(void **state)
{
    (void)state;
    g_autofree char *dir = temp_dir();
    g_autofree char *path = g_build_filename(dir, "refs.claims", NULL);
    GError *error = NULL;
    g_autoptr(CcStore) store = cc_store_open(path, &error);
    assert_non_null(store);
    g_autofree char *hash = cc_store_hash_content("abc", 3);
    g_autoptr(GPtrArray) a = make_claims("a", 2, "k/one");
    add_ok(store, "a", hash, a);
    g_autoptr(GPtrArray) b = make_claims("b", 2, "k/one");
    add_ok(store, "b", "sha256:BA7816BF", b); /* not claimcheck's: as it is */
    sqlite3 *db = cc_store_db(store);
    assert_int_equal(sql_int(db, "SELECT length(content_hash) FROM sources WHERE id = 'a'"
                                 " AND typeof(content_hash) = 'blob'"),
                     32);
    g_autofree char *hex = sql_text(db, "SELECT lower(hex(content_hash)) FROM sources"
                                        " WHERE id = 'a'");
    assert_string_equal(hex, hash + strlen("sha256:"));
    g_autofree char *other = sql_text(db, "SELECT content_hash FROM sources WHERE id = 'b'"
                                          " AND typeof(content_hash) = 'text'");
    assert_string_equal(other, "sha256:BA7816BF");
    g_autoptr(GPtrArray) listed = cc_store_list_sources(store, &error);
    assert_non_null(listed);
    assert_int_equal(listed->len, 2);
    assert_string_equal(((CcStoreSource *)listed->pdata[0])->content_hash, hash);
    assert_string_equal(((CcStoreSource *)listed->pdata[1])->content_hash, "sha256:BA7816BF");
    /* the same document again is skipped; another hash is not */
    g_autoptr(CcStoreSource) same = make_source("a", hash);
    gboolean skipped = FALSE;
    assert_true(cc_store_add_source(store, same, a, &skipped, &error));
    assert_true(skipped);
    g_autofree char *changed = cc_store_hash_content("abd", 3);
    g_autoptr(CcStoreSource) edited = make_source("a", changed);
    assert_true(cc_store_add_source(store, edited, a, &skipped, &error));
    assert_false(skipped);
    remove_tree(dir);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_create),
        cmocka_unit_test(test_open_cases),
        cmocka_unit_test(test_readers),
        cmocka_unit_test(test_concurrent_create),
        cmocka_unit_test(test_damaged),
        cmocka_unit_test(test_migrate_v0),
        cmocka_unit_test(test_migrate_v1),
        cmocka_unit_test(test_migrate_v2),
        cmocka_unit_test(test_migrate_v3),
        cmocka_unit_test(test_migrate_v4),
        cmocka_unit_test(test_migrate_v5),
        cmocka_unit_test(test_migrate_v6),
        cmocka_unit_test(test_migrate_v7),
        cmocka_unit_test(test_migrate_fails_cleanly),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_sources),
        cmocka_unit_test(test_bad_claims),
        cmocka_unit_test(test_query_plans),
        cmocka_unit_test(test_locked),
        cmocka_unit_test(test_waits_for_writer),
        cmocka_unit_test(test_killed_writer),
        cmocka_unit_test(test_summaries),
        cmocka_unit_test(test_listed),
        cmocka_unit_test(test_listed_many),
        cmocka_unit_test(test_draft_lookups),
        cmocka_unit_test(test_summarised_lookups),
        cmocka_unit_test(test_summarised_lookups_dense),
        cmocka_unit_test(test_summarised_lookups_from_index),
        cmocka_unit_test(test_summarised_lookups_speakers),
        cmocka_unit_test(test_hash),
        cmocka_unit_test(test_hash_stored),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
