/* SPDX-License-Identifier: MIT */
/* store.h: the claim store — an SQLite file that keeps the sources an editor
 * checks against and their claim records, so that a draft is compared with
 * a library of references without extracting them again. One writer at a
 * time (others wait, then fail with a clear message); every change is one
 * transaction, so a crash leaves the store as it was before the change. */
#pragma once

#include <claimcheck/export.h>
#include <claimcheck/claim.h>
#include <glib.h>

G_BEGIN_DECLS

/* PRAGMA application_id of every claimcheck store ("CLCK"). */
#define CC_STORE_APPLICATION_ID 0x434C434B
/* The schema this claimcheck writes; older stores are migrated on open. */
#define CC_STORE_SCHEMA_VERSION 1

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

/* Opens the store at @path, creating it when the file does not exist or is
 * empty, and migrating an older schema. Refuses, with CC_ERROR_INPUT, a file
 * that is not SQLite ("PATH: file is not a database"), another program's
 * SQLite file ("PATH: not a claimcheck store"), a damaged one and one written
 * by a newer claimcheck; CC_ERROR_IO when the file cannot be opened.
 * (transfer full) */
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

/* Claims with this key, by source id then document order. (transfer full)
 * (element-type CcClaim) */
CC_API GPtrArray *cc_store_claims_for_key(CcStore *store, const char *key, GError **error);

/* Every claim, by key, source id, document order; the keyless ("value")
 * records come first. (transfer full)
 * (element-type CcClaim) */
CC_API GPtrArray *cc_store_all_claims(CcStore *store, GError **error);

/* Runs SQLite's integrity check over the whole file; CC_ERROR_INPUT with
 * the first problem when it fails. */
CC_API gboolean cc_store_check(CcStore *store, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcStore, cc_store_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcStoreSource, cc_store_source_free)

G_END_DECLS
