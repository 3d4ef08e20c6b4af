/* SPDX-License-Identifier: MIT */
/* store.h: the claim store — an SQLite file that keeps the sources an editor
 * checks against and their claim records, so that a draft is compared with
 * a library of references without extracting them again. One writer at a
 * time (others wait, then fail with a clear message), readers beside it
 * (WAL); every change is one transaction, so a crash leaves the store as it
 * was before the change. A CcStore is used by one thread at a time. */
#pragma once

#include <claimcheck/export.h>
#include <claimcheck/claim.h>
#include <claimcheck/check.h>
#include <claimcheck/compare.h>
#include <glib.h>

G_BEGIN_DECLS

/* PRAGMA application_id of every claimcheck store ("CLCK"). */
#define CC_STORE_APPLICATION_ID 0x434C434B
/* The schema this claimcheck writes; older stores are migrated on open. */
#define CC_STORE_SCHEMA_VERSION 9
/* Days in one bucket of the store's per-key summaries. */
#define CC_STORE_BUCKET_DAYS 256

typedef struct _CcStore CcStore;

/* A source as the store keeps it. Strings are owned; any may be NULL except
 * id. content_hash should cover everything the claims depend on (the
 * document's bytes, and the rule set when it can change). */
typedef struct {
    char *id;
    char *path;
    char *title;
    char *outlet;
    char *date; /* "YYYY-MM-DD" as the header gives it */
    char *url;
    char *content_hash;
    guint n_claims; /* filled by cc_store_list_sources; ignored when adding */
} CcStoreSource;

typedef struct {
    guint64 sources;
    guint64 claims;
    guint64 keys;      /* distinct claim keys */
    guint64 file_size; /* bytes in the database file (page count * page size) */
} CcStoreStats;

/* (transfer full) */
CC_API CcStoreSource *cc_store_source_new(const char *id);
CC_API void cc_store_source_free(CcStoreSource *source);

/* "sha256:<hex>" of @len bytes, for CcStoreSource.content_hash.
 * (transfer full) */
CC_API char *cc_store_hash_content(const char *data, gsize len);

/* How a store is opened. Only CC_STORE_OPEN_CREATE makes a new store, and
 * only where nothing exists: an existing file of any other kind (empty,
 * text, another program's SQLite database) is never converted. */
typedef enum {
    CC_STORE_OPEN_READ,   /* an existing store, read-only (a read-only file reads too) */
    CC_STORE_OPEN_WRITE,  /* an existing store, to change */
    CC_STORE_OPEN_CREATE, /* to change, created first when @path does not exist */
} CcStoreOpenMode;

/* Opens the store at @path and migrates an older schema (a reader opens
 * read-write only for that). Refuses, with CC_ERROR_INPUT, a file that is
 * not SQLite ("PATH: file is not a database"), an empty file or another
 * program's SQLite file ("PATH: not a claimcheck store"), a damaged one and
 * one written by a newer claimcheck; CC_ERROR_IO when the file cannot be
 * opened, and, unless @mode is CC_STORE_OPEN_CREATE, when it does not
 * exist ("PATH: no such claim store (create one with 'claimcheck index
 * --db PATH add …')"). Two processes may create the same store at once.
 * (transfer full) */
CC_API CcStore *cc_store_open_mode(const char *path, CcStoreOpenMode mode, GError **error);
/* cc_store_open_mode(@path, CC_STORE_OPEN_CREATE, @error). (transfer full) */
CC_API CcStore *cc_store_open(const char *path, GError **error);
CC_API void cc_store_close(CcStore *store);

/* (transfer none) */
CC_API const char *cc_store_path(const CcStore *store);

/* How long a write waits for another writer before failing with
 * CC_ERROR_IO "PATH: store is locked by another writer". Default 5000 ms. */
CC_API void cc_store_set_busy_timeout(CcStore *store, guint milliseconds);

/* Adds @info's source with @claims (element-type CcClaim, transfer none),
 * replacing whatever the store held for that source id, in one transaction.
 * When the store already holds the source with the same non-NULL
 * content_hash, writes nothing and sets *@skipped (which may be NULL).
 * Every claim's source must be NULL or equal @info->id. */
CC_API gboolean cc_store_add_source(CcStore *store, const CcStoreSource *info, GPtrArray *claims,
                                    gboolean *skipped, GError **error);

/* Removes a source and its claims; *@removed (may be NULL) says whether the
 * store held it. */
CC_API gboolean cc_store_remove_source(CcStore *store, const char *id, gboolean *removed,
                                       GError **error);

/* Sources sorted by id, each with n_claims. (transfer full)
 * (element-type CcStoreSource) */
CC_API GPtrArray *cc_store_list_sources(CcStore *store, GError **error);

CC_API gboolean cc_store_stats(CcStore *store, CcStoreStats *stats, GError **error);
/* CcStoreStats.sources alone, without counting the claims. */
CC_API gboolean cc_store_count_sources(CcStore *store, guint64 *sources, GError **error);

/* Claims with this key, by source id then document order. (transfer full)
 * (element-type CcClaim) */
CC_API GPtrArray *cc_store_claims_for_key(CcStore *store, const char *key, GError **error);

/* The stored claims that a check of @draft's claims (element-type CcClaim,
 * transfer none) can relate other than as too far apart in time: for each
 * key of the draft, in the draft's order, the claims within the widest
 * window of the key (@default_window days at least) of a draft claim, and
 * those whose relation holds at any distance (running totals, denials and
 * every figure of their sources, disputed figures, undated claims and
 * dates), by source id then document order. Reads the per-key summaries,
 * never the whole key unless a draft claim itself holds at any distance.
 * Adds to @keys_referenced (may be NULL; keys are @draft's strings) the
 * keys of which the store holds a claim of a source other than the
 * draft's. One read transaction. (transfer full) (element-type CcClaim) */
CC_API GPtrArray *cc_store_claims_for_draft(CcStore *store, GPtrArray *draft, guint default_window,
                                     GHashTable *keys_referenced, GError **error);

/* cc_store_claims_for_draft, reading less where the summaries allow: for
 * a draft claim that holds at any distance in time and is a plain figure
 * (a running total or an undated figure, asserted, reported or hedged),
 * the key's plain claims of the one class (scope and unit) it can be
 * compared with are read only where a bucket's highest low end or lowest
 * high end says one may conflict with it, with the latest of them until
 * @listed of them (and three sources) certainly agree, and every claim of
 * a source one of those may conflict from; for a disputed draft figure,
 * only the claims that are not plain. Inserts into @unread (CcClaim ->
 * CcCheckUnread, the caller's table, values freed with g_free) for such a
 * draft claim the claims of its class not read and their sources, all of
 * which agree with it, and apart those that each are their source's only
 * claim on the key and certainly conflict with it (counted from a few
 * columns of their rows, not read, when the key holds no draft claim of
 * one moment): cc_check_run_summarised then gives the diagnostics of
 * judging every claim. A key whose draft claims need more (a denial, a
 * hypothetical figure, a date or event, a class it cannot tell, the
 * draft's own source stored), or @listed 0, is read as
 * cc_store_claims_for_draft reads it. (transfer full) (element-type CcClaim) */
CC_API GPtrArray *cc_store_claims_for_check(CcStore *store, GPtrArray *draft,
                                            const CcCompareOptions *options, guint listed,
                                            GHashTable *keys_referenced, GHashTable *unread,
                                            GError **error);

/* Checks the file (cc_store_check), then recomputes the per-key summaries
 * from the claims and appends one message to @problems (element-type
 * utf8) per summary that differs. */
CC_API gboolean cc_store_verify(CcStore *store, GPtrArray *problems, GError **error);

/* Every claim, by key, source id, document order; the keyless ("value")
 * records come first. (transfer full)
 * (element-type CcClaim) */
CC_API GPtrArray *cc_store_all_claims(CcStore *store, GError **error);

/* Calls @func on every claim (transfer none), by source id then document
 * order, within one read transaction; stops with FALSE when @func returns
 * FALSE (its error is the result). */
typedef gboolean (*CcStoreClaimFunc)(const CcClaim *claim, gpointer user_data, GError **error);
CC_API gboolean cc_store_foreach_claim(CcStore *store, CcStoreClaimFunc func, gpointer user_data,
                                GError **error);

/* Runs SQLite's integrity check over the whole file; CC_ERROR_INPUT with
 * the first problem when it fails. */
CC_API gboolean cc_store_check(CcStore *store, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcStore, cc_store_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcStoreSource, cc_store_source_free)

G_END_DECLS
