/* SPDX-License-Identifier: MIT */
/* bench_normalize.c: how fast claimcheck reads values, single thread, on
 * the peer conformance suites: cc_normalize_quantity over every expected
 * number, range, percentage, dimension and currency text,
 * cc_normalize_date over every expected date text, and the whole
 * extraction (rules/core) over every case input. Prints texts or cases per
 * second and MB/s beside the baseline it is measured against. A benchmark,
 * not a test: nothing here asserts a speed. */
#include "peer.h"

#include <claimcheck/claimcheck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Recognizers-Text's throughput on the same kind of text (the project's
 * reference figures, single thread). */
#define BASELINE_NUMBERS_MBPS 0.7
#define BASELINE_DATES_MBPS 0.03

typedef struct {
    const char *text;
    gsize len;
    guint32 ref_day;
} Item;

typedef struct {
    guint64 calls, bytes, understood;
    double seconds;
} Timing;

typedef gboolean (*RunFunc)(gconstpointer ctx, const Item *item);

/* Passes over @items until @min_seconds have gone by (at least one pass). */
static Timing
time_items(GArray *items, RunFunc run, gconstpointer ctx, double min_seconds)
{
    Timing t = {0};
    gint64 start = g_get_monotonic_time();
    guint pass = 0;
    do {
        for (guint i = 0; i < items->len; i++) {
            const Item *it = &g_array_index(items, Item, i);
            gboolean ok = run(ctx, it);
            if (pass == 0 && ok)
                t.understood++;
            t.calls++;
            t.bytes += it->len;
        }
        pass++;
        t.seconds = (g_get_monotonic_time() - start) / 1e6;
    } while (t.seconds < min_seconds && items->len > 0);
    return t;
}

static gboolean
run_quantity(gconstpointer ctx, const Item *it)
{
    CcValue v;
    memset(&v, 0, sizeof v);
    return cc_normalize_quantity(ctx, it->text, it->len, &v);
}

static gboolean
run_date(gconstpointer ctx, const Item *it)
{
    CcValue v;
    memset(&v, 0, sizeof v);
    return cc_normalize_date(ctx, it->text, it->len, it->ref_day, &v);
}

static gboolean
run_extract(gconstpointer ctx, const Item *it)
{
    CcExtractor *extractor = (CcExtractor *)ctx;
    g_autoptr(CcSource) source = cc_source_new_from_data("bench", it->text, it->len, NULL);
    if (source == NULL)
        return FALSE;
    CcExtractOptions opts = {.ref_day = it->ref_day, .all = TRUE};
    g_autoptr(GPtrArray) records = cc_extract(extractor, source, &opts, NULL);
    return records != NULL && records->len > 0;
}

static void
report(const char *what, const char *unit, guint n, const Timing *t, const char *baseline)
{
    double per_s = t->seconds > 0 ? t->calls / t->seconds : 0;
    double mbps = t->seconds > 0 ? t->bytes / t->seconds / 1e6 : 0;
    printf("%-10s %6u %-6s %5.1f%% read  %11.0f %s/s  %8.3f MB/s   baseline: %s\n", what, n, unit,
           n ? 100.0 * t->understood / n : 0.0, per_s, unit, mbps, baseline);
}

int
main(int argc, char **argv)
{
    g_autofree char *suites_dir = NULL, *rules_dir = NULL;
    double min_seconds = 1.0;
    GOptionEntry entries[] = {
        {"suites", 0, 0, G_OPTION_ARG_FILENAME, &suites_dir, "Directory of peer suites", "DIR"},
        {"rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_dir, "Rules (default rules/core)", "DIR"},
        {"min-time", 0, 0, G_OPTION_ARG_DOUBLE, &min_seconds,
         "Seconds to run each measurement (default 1)", "S"},
        G_OPTION_ENTRY_NULL,
    };
    g_autoptr(GOptionContext) ctx = g_option_context_new("- claimcheck normalizer benchmark");
    g_option_context_add_main_entries(ctx, entries, NULL);
    g_autoptr(GError) error = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &error) || argc > 1) {
        fprintf(stderr, "bench_normalize: %s\n", error ? error->message : "unexpected argument");
        return 2;
    }
    if (suites_dir == NULL)
        suites_dir = g_strdup(CC_PEER_SPECS_DIR);
    if (rules_dir == NULL)
        rules_dir = g_build_filename(CC_SOURCE_DIR, "rules", "core", NULL);

    g_autoptr(GPtrArray) paths = peer_suite_paths(suites_dir, &error);
    if (paths == NULL) {
        fprintf(stderr, "bench_normalize: suites not found: %s\n", error->message);
        return 1;
    }
    g_autoptr(GPtrArray) suites = g_ptr_array_new_with_free_func((GDestroyNotify)peer_suite_free);
    g_autoptr(GArray) quantities = g_array_new(FALSE, FALSE, sizeof(Item));
    g_autoptr(GArray) dates = g_array_new(FALSE, FALSE, sizeof(Item));
    g_autoptr(GArray) inputs = g_array_new(FALSE, FALSE, sizeof(Item));
    for (guint i = 0; i < paths->len; i++) {
        PeerSuite *s = peer_suite_load(paths->pdata[i], &error);
        if (s == NULL) {
            fprintf(stderr, "bench_normalize: %s\n", error->message);
            return 1;
        }
        g_ptr_array_add(suites, s);
        for (guint k = 0; k < s->cases->len; k++) {
            const PeerCase *c = s->cases->pdata[k];
            Item in = {c->input, strlen(c->input), c->ref_day};
            g_array_append_val(inputs, in);
            for (guint j = 0; j < c->expect->len; j++) {
                const PeerEntity *e = c->expect->pdata[j];
                if (e->has_span == FALSE)
                    continue; /* NewsQuant gives no text for its values */
                /* The text as it stands in the input, not the suite's lower-cased copy. */
                Item it = {c->input + e->start, e->end - e->start, c->ref_day};
                g_array_append_val(e->value.kind == CC_VALUE_DATE ? dates : quantities, it);
            }
        }
    }

    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    if (rules == NULL || !cc_ruleset_load(rules, rules_dir, &error)
        || !cc_ruleset_compile(rules, &error)) {
        fprintf(stderr, "bench_normalize: %s: %s\n", rules_dir,
                error ? error->message : "the rule loader returned no rule set");
        return 1;
    }
    const CcNormalizer *normalizer = cc_ruleset_normalizer(rules);
    g_autoptr(CcExtractor) extractor = cc_extractor_new(rules);
    if (normalizer == NULL || extractor == NULL) {
        fprintf(stderr, "bench_normalize: no normalizer or extractor from %s\n", rules_dir);
        return 1;
    }

    printf("claimcheck value reading, single thread, %s build; rules %s; suites %s\n",
           CC_BUILD_TYPE, rules_dir, suites_dir);
    printf("(\"read\": share of texts the normalizer understood, or of inputs that gave a record)\n");
    Timing tq = time_items(quantities, run_quantity, normalizer, min_seconds);
    report("quantity", "texts", quantities->len, &tq,
           "Recognizers-Text numbers ~" G_STRINGIFY(BASELINE_NUMBERS_MBPS) " MB/s");
    Timing td = time_items(dates, run_date, normalizer, min_seconds);
    report("date", "texts", dates->len, &td,
           "Recognizers-Text dates ~" G_STRINGIFY(BASELINE_DATES_MBPS) " MB/s");
    Timing te = time_items(inputs, run_extract, extractor, min_seconds);
    report("extract", "cases", inputs->len, &te,
           "Recognizers-Text numbers ~" G_STRINGIFY(BASELINE_NUMBERS_MBPS) " MB/s, dates ~"
           G_STRINGIFY(BASELINE_DATES_MBPS) " MB/s");
    return 0;
}
