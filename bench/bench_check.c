/* SPDX-License-Identifier: MIT */
/* bench_check.c: an editor's check against a large claim store. Builds (or
 * reuses) a store of ARTICLES generated reference articles' claims — each
 * article a few claims on keys drawn from the domain pack's vocabulary,
 * over 2,000 subjects — then checks a ~2,000-word draft made from the
 * fixture articles against it, RUNS times: extraction of the draft, key
 * lookups through the store's index, and the consensus judgement. Prints
 * time per check, store size per claim, and the query plan of the lookup.
 *   bench_check STORE [ARTICLES] [RUNS]     (default 100000 articles, 20 runs) */
#include <claimcheck/claimcheck.h>

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

static const char *const predicates[] = {"troops_deployed", "shells_delivered",
                                         "missiles_delivered", "troops_casualties"};

static GPtrArray *
article_claims(GRand *rng, guint article)
{
    GPtrArray *claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    guint n = (guint)g_rand_int_range(rng, 2, 8);
    for (guint i = 0; i < n; i++) {
        CcClaim *c = cc_claim_new();
        const char *pred = predicates[g_rand_int_range(rng, 0, G_N_ELEMENTS(predicates))];
        /* Most reporting is about a few subjects; the draft's keys are
         * among the busiest. */
        guint subject = g_rand_int_range(rng, 0, 10) < 3 ? 0 : (guint)g_rand_int_range(rng, 1, 2000);
        c->source = g_strdup_printf("ref%06u", article);
        c->id = g_strdup_printf("%s#%u", c->source, i + 1);
        c->file = g_strdup_printf("refs/%s.txt", c->source);
        c->rule = g_strdup(pred);
        c->subject = subject == 0 ? g_strdup("north_korea") : g_strdup_printf("country%04u", subject);
        c->predicate = g_strdup(pred);
        c->object = g_strdup("russia");
        c->key = g_strdup_printf("%s/%s/%s", c->subject, pred, c->object);
        cc_value_set_number(&c->value, 1000.0 * g_rand_int_range(rng, 5, 15));
        c->value.unit = g_intern_static_string("person");
        c->value.approx = g_rand_boolean(rng);
        c->text = g_strdup("about 11,000");
        c->span_start = 100 * (i + 1);
        c->span_end = c->span_start + 12;
        c->line = i + 3;
        c->column = 5;
        c->modality = CC_MODALITY_REPORTED;
        guint32 nov1 = 0;
        cc_day_from_iso("2024-11-01", &nov1);
        c->as_of = nov1 + (guint32)g_rand_int_range(rng, 0, 40);
        c->tolerance = 0.1;
        c->window_days = 60;
        c->cumulative = g_str_equal(pred, "shells_delivered") || g_str_equal(pred, "troops_casualties");
        g_ptr_array_add(claims, c);
    }
    return claims;
}

static gboolean
build_store(CcStore *store, guint articles)
{
    g_autoptr(GRand) rng = g_rand_new_with_seed(11);
    gint64 t0 = g_get_monotonic_time();
    for (guint a = 0; a < articles; a++) {
        g_autoptr(GPtrArray) claims = article_claims(rng, a);
        g_autofree char *id = g_strdup_printf("ref%06u", a);
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
    printf("  store built     %u articles in %.1f s\n", articles,
           (double)(g_get_monotonic_time() - t0) / 1e6);
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

int
main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_check STORE [ARTICLES] [RUNS]\n");
        return 2;
    }
    const char *path = argv[1];
    guint articles = argc > 2 ? (guint)strtoul(argv[2], NULL, 10) : 100000;
    guint runs = argc > 3 ? (guint)strtoul(argv[3], NULL, 10) : 20;
    g_autoptr(GError) error = NULL;
    g_autoptr(CcStore) store = cc_store_open(path, &error);
    if (store == NULL) {
        fprintf(stderr, "bench_check: %s\n", error->message);
        return 2;
    }
    CcStoreStats st;
    if (!cc_store_stats(store, &st, &error))
        return 2;
    printf("check against a claim store (%s)\n", path);
    if (st.sources < articles) {
        if (!build_store(store, articles))
            return 2;
        cc_store_stats(store, &st, NULL);
    }
    printf("  store           %" G_GUINT64_FORMAT " sources, %" G_GUINT64_FORMAT
           " claims, %" G_GUINT64_FORMAT " keys, %.1f MB, %.0f bytes per claim\n",
           st.sources, st.claims, st.keys, st.file_size / 1e6,
           st.claims ? (double)st.file_size / (double)st.claims : 0.0);

    g_autofree char *rules_dir = cc_ruleset_default_path();
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    if (rules_dir == NULL || !cc_ruleset_load(rules, rules_dir, &error)
        || !cc_ruleset_compile(rules, &error)) {
        fprintf(stderr, "bench_check: rules: %s\n", error ? error->message : "none found");
        return 2;
    }
    g_autofree char *text = make_draft();
    g_autoptr(CcExtractor) extractor = cc_extractor_new(rules);

    guint n_draft = 0, n_refs = 0, n_diags = 0;
    gint64 t_extract = 0, t_lookup = 0, t_judge = 0;
    for (guint r = 0; r < runs; r++) {
        gint64 t0 = g_get_monotonic_time();
        g_autoptr(CcSource) src = cc_source_new_from_data("draft.txt", text, strlen(text), &error);
        g_autoptr(GPtrArray) draft = cc_extract(extractor, src, NULL, NULL);
        gint64 t1 = g_get_monotonic_time();
        g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
        g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
        for (guint i = 0; i < draft->len; i++) {
            const CcClaim *c = draft->pdata[i];
            if (c->key == NULL || !g_hash_table_add(seen, c->key))
                continue;
            g_autoptr(GPtrArray) found = cc_store_claims_for_key(store, c->key, &error);
            for (guint j = 0; found && j < found->len; j++)
                g_ptr_array_add(refs, g_steal_pointer(&found->pdata[j]));
        }
        gint64 t2 = g_get_monotonic_time();
        g_autoptr(CcCheck) check = cc_check_run(draft, refs, NULL);
        gint64 t3 = g_get_monotonic_time();
        t_extract += t1 - t0;
        t_lookup += t2 - t1;
        t_judge += t3 - t2;
        n_draft = draft->len;
        n_refs = refs->len;
        n_diags = cc_check_diagnostics(check)->len;
    }
    printf("  draft           %zu bytes, %u claims on %u reference claims, %u diagnostics\n",
           strlen(text), n_draft, n_refs, n_diags);
    printf("  per check       %.1f ms  (extract %.1f ms, store lookups %.1f ms, judge %.1f ms), "
           "mean of %u runs\n",
           (t_extract + t_lookup + t_judge) / 1e3 / runs, t_extract / 1e3 / runs,
           t_lookup / 1e3 / runs, t_judge / 1e3 / runs, runs);
    return 0;
}
