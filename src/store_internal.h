/* SPDX-License-Identifier: MIT */
/* store_internal.h: what the store's tests reach below the public API —
 * the SQLite handle, the SQL of the lookups, and a hook called inside the
 * add transaction so a test can interrupt it at a known point. */
#pragma once

#include <claimcheck/store.h>
#include <sqlite3.h>

/* (transfer none) */
sqlite3 *cc_store_db(CcStore *store);

/* The SQL that cc_store_claims_for_key and cc_store_all_claims run. */
extern const char cc_store_sql_claims_for_key[];
extern const char cc_store_sql_all_claims[];
/* The lookups of cc_store_claims_for_draft: a whole key, a key's claims in
 * a range of days, its claims that hold at any distance in time in a range
 * of days, one source's claims on it; its summaries. */
extern const char cc_store_sql_draft_key[];
extern const char cc_store_sql_draft_time[];
extern const char cc_store_sql_draft_timeless[];
extern const char cc_store_sql_draft_source[];
extern const char cc_store_sql_key_buckets[];
/* The lookups of cc_store_claims_for_check beside those: a key's claims
 * that are not plain, above or below a value in a range of days (the
 * range's whole, or one index search a day), its latest claims before a
 * day, claims by row, its classes of plain claims, its buckets' ends of
 * plain values. */
extern const char cc_store_sql_draft_not_plain[];
extern const char cc_store_sql_draft_above[];
extern const char cc_store_sql_draft_above_daily[];
extern const char cc_store_sql_draft_below[];
/* The same three from claims_by_key_time alone: each claim's row, day,
 * ends and only_on_key mark. */
extern const char cc_store_sql_reach_above[];
extern const char cc_store_sql_reach_above_daily[];
extern const char cc_store_sql_reach_below[];
/* The sources of rows given by rowid. */
extern const char cc_store_sql_rows_sources[];
/* The claims on a key of sources with several there, from claims_shared. */
extern const char cc_store_sql_sources_counting[];
extern const char cc_store_sql_draft_sources[];
extern const char cc_store_sql_draft_rows[];
extern const char cc_store_sql_draft_latest[];
extern const char cc_store_sql_key_classes[];
extern const char cc_store_sql_key_ends[];
extern const char cc_store_sql_key_summary[];
extern const char cc_store_sql_source_stored[];

/* How many times the store's connection has run the cached statement of
 * @sql (one of the lookups above) since it was prepared; 0 if never. */
guint cc_store_statement_runs(CcStore *store, const char *sql);

/* Called after every @every claims inserted by cc_store_add_source, inside
 * its transaction. */
typedef void (*CcStoreProgressFunc)(guint done, gpointer data);
void cc_store_set_progress_hook(CcStore *store, guint every, CcStoreProgressFunc func,
                                gpointer data);

/* Whether changes keep the per-key summaries (default TRUE). Only for
 * bench_check, which builds a store of the previous layout beside the
 * current one. */
void cc_store_set_summaries(CcStore *store, gboolean keep);

/* Whether @c is a plain claim: dated, a quantity, asserted, reported or
 * hedged. The store summarises a key's plain claims by class. */
gboolean cc_store_plain_claim(const CcClaim *c);
/* The class of a plain claim: what it counts (scope) and its unit, as the
 * key_class table writes it. (transfer full) */
char *cc_store_class_of(const char *scope, const char *unit);
