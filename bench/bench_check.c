/* SPDX-License-Identifier: MIT */
/* bench_check.c: an editor's check against a newsroom's archive. Builds (or
 * reuses) two stores of the same ARTICLES generated reference articles —
 * each article a few claims on keys drawn from the domain pack's
 * vocabulary over 2,000 subjects, its date spread evenly over ten years up
 * to the draft's (shells a running total in shells that grows to the
 * draft's figure, the rest figures in persons) — one in the current layout
 * and one in the previous layout (schema version 1: a (key, source, ord)
 * index, no time index, no summaries). Then checks a ~2,000-word draft made from the fixture
 * articles against both, RUNS times, in process:
 *   previous: every stored claim of the draft's keys, judged in full (what
 *             check --db did before the store had summaries);
 *   current:  the claims the verdicts and the listed claims need, read by
 *             cc_store_claims_for_check from the summaries, and
 *             cc_check_run_summarised;
 * and requires both to give the same diagnostics. Prints time per check
 * (extraction, lookups, judgement), the time and peak RSS of the command
 * `claimcheck check DRAFT --db STORE` with its start-up, bytes per claim,
 * and index add throughput (articles/s while building) for both layouts.
 *   bench_check DIR [ARTICLES] [RUNS] [CLAIMCHECK] [--current-only]
 *     (default 100000 articles, 10 runs, the build tree's claimcheck;
 *     --current-only builds and checks the current layout alone)
 * "previous" is the previous algorithm and layout run by this tree's
 * library (so it has the library's other improvements too).
 * Not a test: CI runs tests, not timings. */
#define _GNU_SOURCE
#include <claimcheck/claimcheck.h>

#include "store_internal.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define YEARS 10

static const char *const predicates[] = {"troops_deployed", "shells_delivered",
                                         "missiles_delivered", "troops_casualties"};

static guint32
draft_day(void)
{
    guint32 day = 0;
    cc_day_from_iso("2024-11-20", &day);
    return day;
}

static GPtrArray *
article_claims(GRand *rng, guint article, guint articles)
{
    GPtrArray *claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    /* The archive's articles in date order, ten years up to the draft's. */
    guint32 day = draft_day() - YEARS * 365 +
                  (guint32)((guint64)article * YEARS * 365 / MAX(articles, 1u));
    guint n = (guint)g_rand_int_range(rng, 2, 8);
    for (guint i = 0; i < n; i++) {
        CcClaim *c = cc_claim_new();
        const char *pred = predicates[g_rand_int_range(rng, 0, G_N_ELEMENTS(predicates))];
        /* Most reporting is about a few subjects; the draft's keys are
         * among the busiest. */
        guint subject =
            g_rand_int_range(rng, 0, 10) < 3 ? 0 : (guint)g_rand_int_range(rng, 1, 2000);
        c->source = g_strdup_printf("ref%07u", article);
        c->id = g_strdup_printf("%s#%u", c->source, i + 1);
        c->file = g_strdup_printf("refs/%s.txt", c->source);
        c->rule = g_strdup(pred);
        c->subject =
            subject == 0 ? g_strdup("north_korea") : g_strdup_printf("country%04u", subject);
        c->predicate = g_strdup(pred);
        c->object = g_strdup("russia");
        c->key = g_strdup_printf("%s/%s/%s", c->subject, pred, c->object);
        if (g_str_equal(pred, "shells_delivered")) {
            /* A running total of shells, as the draft's: from 50,000 ten
             * years before the draft to 1.2 million at its date, each
             * report within 10 % of the trend, one in 30 far off it. */
            double trend = 50000.0 + 1150000.0 * (double)(day - (draft_day() - YEARS * 365)) /
                                         (YEARS * 365.0);
            double v = trend * g_rand_double_range(rng, 0.9, 1.1);
            if (g_rand_int_range(rng, 0, 30) == 0)
                v *= g_rand_boolean(rng) ? 0.4 : 2.5;
            cc_value_set_number(&c->value, (double)(guint64)v);
            c->value.unit = g_intern_static_string("shell");
        } else {
            cc_value_set_number(&c->value, 1000.0 * g_rand_int_range(rng, 5, 15));
            c->value.unit = g_intern_static_string("person");
        }
        c->value.approx = g_rand_boolean(rng);
        c->text = g_strdup("about 11,000");
        c->span_start = 100 * (i + 1);
        c->span_end = c->span_start + 12;
        c->line = i + 3;
        c->column = 5;
        c->modality = CC_MODALITY_REPORTED;
        c->as_of = day - (guint32)g_rand_int_range(rng, 0, 3);
        c->tolerance = 0.1;
        c->window_days = 60;
        c->cumulative =
            g_str_equal(pred, "shells_delivered") || g_str_equal(pred, "troops_casualties");
        g_ptr_array_add(claims, c);
    }
    return claims;
}

/* The previous layout's index in place of the current one, and no
 * summaries: what the previous code wrote. */
static gboolean
use_previous_layout(CcStore *store)
{
    sqlite3 *db = NULL;
    if (sqlite3_open(cc_store_path(store), &db) != SQLITE_OK)
        return FALSE;
    int rc = sqlite3_exec(db,
                          "DROP INDEX claims_by_key_time;"
                          "DELETE FROM key_summary;"
                          "CREATE INDEX claims_by_key ON claims(key, source, ord);",
                          NULL, NULL, NULL);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

static gboolean
build_store(CcStore *store, guint from, guint articles, double *per_second)
{
    g_autoptr(GRand) rng = g_rand_new_with_seed(11);
    /* The same articles whatever was built before: draw and drop. */
    for (guint a = 0; a < from; a++) {
        g_autoptr(GPtrArray) skip = article_claims(rng, a, articles);
    }
    gint64 t0 = g_get_monotonic_time();
    for (guint a = from; a < articles; a++) {
        g_autoptr(GPtrArray) claims = article_claims(rng, a, articles);
        g_autofree char *id = g_strdup_printf("ref%07u", a);
        g_autoptr(CcStoreSource) info = cc_store_source_new(id);
        info->path = g_strdup_printf("refs/%s.txt", id);
        info->date = g_strdup("2024-11-20");
        info->content_hash = g_strdup_printf("sha256:%064u", a);
        gboolean skipped = FALSE;
        g_autoptr(GError) error = NULL;
        if (!cc_store_add_source(store, info, claims, &skipped, &error)) {
            fprintf(stderr, "bench_check: %s\n", error->message);
            return FALSE;
        }
    }
    double s = (double)(g_get_monotonic_time() - t0) / 1e6;
    *per_second = s > 0 ? (articles - from) / s : 0;
    return TRUE;
}

/* ~2,000 words of reporting: the fixture articles' bodies, repeated. */
static char *
make_draft(void)
{
    GString *draft = g_string_new("title: Draft\ndate: 2024-11-20\n---\n");
    const char *files[] = {CC_SOURCE_DIR "/fixtures/corpus/a01_nis_briefing.txt",
                           CC_SOURCE_DIR "/fixtures/corpus/a02_pentagon_estimate.txt",
                           CC_SOURCE_DIR "/fixtures/corpus/a07_casualties_december.txt",
                           CC_SOURCE_DIR "/fixtures/corpus/a10_shells_february.txt",
                           CC_SOURCE_DIR "/fixtures/seeds/003_f395a87a0317fa07.txt"};
    guint words = 0;
    while (words < 2000) {
        for (guint i = 0; i < G_N_ELEMENTS(files) && words < 2000; i++) {
            g_autofree char *text = NULL;
            if (!g_file_get_contents(files[i], &text, NULL, NULL))
                continue;
            const char *body = strstr(text, "\n---\n");
            body = body ? body + 5 : text;
            g_string_append(draft, body);
            g_string_append_c(draft, '\n');
            g_auto(GStrv) w = g_strsplit_set(body, " \n", -1);
            words += g_strv_length(w);
        }
    }
    return g_string_free(draft, FALSE);
}

/* Every diagnostic, with the reference claims on each side. */
static char *
diagnostics_text(CcCheck *check)
{
    GString *out = g_string_new(NULL);
    GPtrArray *diags = cc_check_diagnostics(check);
    for (guint i = 0; i < diags->len; i++) {
        const CcDiagnostic *d = diags->pdata[i];
        g_string_append_printf(out, "%s %s %s\n", cc_severity_to_string(d->severity),
                               d->message, d->claim->id);
        for (guint j = 0; j < d->supporting->len; j++)
            g_string_append_printf(out, "+%s", ((CcClaim *)d->supporting->pdata[j])->id);
        for (guint j = 0; j < d->opposing->len; j++)
            g_string_append_printf(out, "-%s", ((CcClaim *)d->opposing->pdata[j])->id);
        g_string_append_printf(out, " +%u -%u\n", d->supporting_more, d->opposing_more);
    }
    return g_string_free(out, FALSE);
}

typedef struct {
    gint64 extract, lookup, judge;
    guint refs, diags;
    char *text;
} Timing;

static gboolean
check_once(CcStore *store, gboolean previous, CcExtractor *extractor, const char *text,
           Timing *t)
{
    g_autoptr(GError) error = NULL;
    gint64 t0 = g_get_monotonic_time();
    g_autoptr(CcSource) src = cc_source_new_from_data("draft.txt", text, strlen(text), &error);
    g_autoptr(GPtrArray) draft = cc_extract(extractor, src, NULL, NULL);
    gint64 t1 = g_get_monotonic_time();
    CcCheckOptions options;
    cc_check_options_init(&options);
    g_autoptr(GPtrArray) refs = NULL;
    g_autoptr(GHashTable) keys = g_hash_table_new(g_str_hash, g_str_equal);
    g_autoptr(GHashTable) unread = g_hash_table_new_full(NULL, NULL, NULL, g_free);
    if (previous) {
        refs = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
        g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
        for (guint i = 0; i < draft->len; i++) {
            const CcClaim *c = draft->pdata[i];
            if (c->key == NULL || !g_hash_table_add(seen, c->key))
                continue;
            g_autoptr(GPtrArray) found = cc_store_claims_for_key(store, c->key, &error);
            if (found == NULL) {
                fprintf(stderr, "bench_check: %s\n", error->message);
                return FALSE;
            }
            for (guint j = 0; j < found->len; j++)
                g_ptr_array_add(refs, g_steal_pointer(&found->pdata[j]));
        }
    } else {
        refs = cc_store_claims_for_check(store, draft, &options.compare, options.listed, keys,
                                         unread, &error);
        if (refs == NULL) {
            fprintf(stderr, "bench_check: %s\n", error->message);
            return FALSE;
        }
    }
    gint64 t2 = g_get_monotonic_time();
    g_autoptr(CcCheck) check = NULL;
    if (previous) {
        check = cc_check_run(draft, refs, &options);
    } else {
        g_autoptr(GPtrArray) kept =
            cc_check_references_in_reach(draft, refs, &options.compare, keys);
        check = cc_check_run_summarised(draft, kept, keys, unread, &options);
    }
    gint64 t3 = g_get_monotonic_time();
    t->extract += t1 - t0;
    t->lookup += t2 - t1;
    t->judge += t3 - t2;
    t->refs = refs->len;
    t->diags = cc_check_diagnostics(check)->len;
    g_free(t->text);
    t->text = diagnostics_text(check);
    return TRUE;
}

/* `claimcheck check DRAFT --db STORE`: wall time and peak RSS, start-up
 * included (best of @runs). */
static gboolean
time_cli(const char *claimcheck, const char *draft_path, const char *store, guint runs,
         double *ms, long *rss_kib)
{
    *ms = G_MAXDOUBLE;
    *rss_kib = 0;
    for (guint r = 0; r < runs; r++) {
        fflush(stdout);
        gint64 t0 = g_get_monotonic_time();
        pid_t pid = fork();
        if (pid < 0)
            return FALSE;
        if (pid == 0) {
            if (freopen("/dev/null", "w", stdout) == NULL ||
                freopen("/dev/null", "w", stderr) == NULL)
                _exit(126);
            execl(claimcheck, claimcheck, "check", draft_path, "--db", store, (char *)NULL);
            _exit(127);
        }
        int status = 0;
        struct rusage ru;
        if (wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) > 1)
            return FALSE;
        *ms = MIN(*ms, (double)(g_get_monotonic_time() - t0) / 1e3);
        *rss_kib = MAX(*rss_kib, ru.ru_maxrss);
    }
    return TRUE;
}

static CcStore *
open_store(const char *path, guint articles, gboolean previous, double *add_rate)
{
    g_autoptr(GError) error = NULL;
    gboolean existed = g_file_test(path, G_FILE_TEST_EXISTS);
    CcStore *store = cc_store_open(path, &error);
    if (store == NULL) {
        fprintf(stderr, "bench_check: %s\n", error->message);
        return NULL;
    }
    if (previous)
        cc_store_set_summaries(store, FALSE);
    if (previous && !existed && !use_previous_layout(store)) {
        fprintf(stderr, "bench_check: cannot make the previous layout\n");
        cc_store_close(store);
        return NULL;
    }
    CcStoreStats st;
    *add_rate = 0;
    if (!cc_store_stats(store, &st, &error) ||
        (st.sources < articles &&
         !build_store(store, (guint)st.sources, articles, add_rate))) {
        cc_store_close(store);
        return NULL;
    }
    return store;
}

int
main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_check DIR [ARTICLES] [RUNS] [CLAIMCHECK]\n");
        return 2;
    }
    const char *dir = argv[1];
    guint articles = argc > 2 ? (guint)strtoul(argv[2], NULL, 10) : 100000;
    guint runs = argc > 3 ? (guint)strtoul(argv[3], NULL, 10) : 10;
    const char *claimcheck = argc > 4 ? argv[4] : CC_BINARY_DIR "/claimcheck";
    gboolean current_only = argc > 5 && strcmp(argv[5], "--current-only") == 0;
    g_mkdir_with_parents(dir, 0755);
    g_autofree char *name = g_strdup_printf("claims-%u.db", articles);
    g_autofree char *prev_name = g_strdup_printf("claims-%u-previous.db", articles);
    g_autofree char *path = g_build_filename(dir, name, NULL);
    g_autofree char *prev_path = g_build_filename(dir, prev_name, NULL);

    printf("check against an archive of %u articles over %d years (%s)\n", articles, YEARS,
           dir);
    double rate_now = 0, rate_prev = 0;
    g_autoptr(CcStore) store = open_store(path, articles, FALSE, &rate_now);
    g_autoptr(CcStore) prev =
        store && !current_only ? open_store(prev_path, articles, TRUE, &rate_prev) : NULL;
    if (store == NULL || (prev == NULL && !current_only))
        return 2;
    g_autoptr(GError) error = NULL;
    CcStoreStats st, st_prev = {0};
    if (!cc_store_stats(store, &st, &error) ||
        (prev != NULL && !cc_store_stats(prev, &st_prev, &error)))
        return 2;

    g_autofree char *rules_dir = cc_ruleset_default_path();
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    if (rules_dir == NULL || !cc_ruleset_load(rules, rules_dir, &error) ||
        !cc_ruleset_compile(rules, &error)) {
        fprintf(stderr, "bench_check: rules: %s\n", error ? error->message : "none found");
        return 2;
    }
    g_autofree char *text = make_draft();
    g_autofree char *draft_path = g_build_filename(dir, "draft.txt", NULL);
    if (!g_file_set_contents(draft_path, text, -1, &error))
        return 2;
    g_autoptr(CcExtractor) extractor = cc_extractor_new(rules);

    Timing now = {0}, before = {0};
    for (guint r = 0; r < runs; r++) {
        /* Alternate, so that neither has the warmer cache throughout. */
        if ((prev != NULL && !check_once(prev, TRUE, extractor, text, &before)) ||
            !check_once(store, FALSE, extractor, text, &now))
            return 2;
    }
    gboolean same = prev == NULL || strcmp(now.text, before.text) == 0;
    double ms = 0;
    long rss = 0;
    gboolean cli = time_cli(claimcheck, draft_path, path, MIN(runs, 5u), &ms, &rss);

    printf("  draft             %zu bytes, %u claims checked, %u diagnostics (%s)\n",
           strlen(text), now.diags, now.diags,
           prev == NULL ? "current layout only"
           : same       ? "identical in both"
                        : "DIFFERENT: the current path is wrong");
    printf("  %-17s %12s %12s\n", "", "previous", "current");
    if (prev == NULL)
        printf("  (the previous columns are empty: --current-only)\n");
    printf("  %-17s %12u %12u\n", "claims read", before.refs, now.refs);
    printf("  %-17s %9.1f ms %9.1f ms   (mean of %u runs, in process)\n", "per check",
           (before.extract + before.lookup + before.judge) / 1e3 / runs,
           (now.extract + now.lookup + now.judge) / 1e3 / runs, runs);
    printf("  %-17s %9.1f ms %9.1f ms\n", "  extract", before.extract / 1e3 / runs,
           now.extract / 1e3 / runs);
    printf("  %-17s %9.1f ms %9.1f ms\n", "  store lookups", before.lookup / 1e3 / runs,
           now.lookup / 1e3 / runs);
    printf("  %-17s %9.1f ms %9.1f ms\n", "  judge", before.judge / 1e3 / runs,
           now.judge / 1e3 / runs);
    if (cli)
        printf("  %-17s %12s %9.1f ms   peak RSS %.1f MiB (%s, best of %u)\n", "CLI check",
               "", ms, rss / 1024.0, claimcheck, MIN(runs, 5u));
    else
        printf("  %-17s could not run %s\n", "CLI check", claimcheck);
    printf("  %-17s %12.0f %12.0f   (%" G_GUINT64_FORMAT " claims, %.1f MB / %.1f MB)\n",
           "bytes per claim", st_prev.claims ? (double)st_prev.file_size / st_prev.claims : 0.0,
           st.claims ? (double)st.file_size / st.claims : 0.0, st.claims,
           st_prev.file_size / 1e6, st.file_size / 1e6);
    if (rate_now > 0 && rate_prev > 0)
        printf("  %-17s %8.0f a/s %8.0f a/s   (articles a second while building, one "
               "transaction each)\n",
               "index add", rate_prev, rate_now);
    g_free(now.text);
    g_free(before.text);
    return same ? 0 : 1;
}
