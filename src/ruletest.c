/* SPDX-License-Identifier: MIT */
/* ruletest.c: runs every rule's examples through the engine, as unit tests
 * run. An example passes when one record of its rule matches every stated
 * expectation; a counter-example passes when its rule yields nothing. A
 * failure names the example's line and shows the closest record. */
#include "internal.h"

#include <math.h>

static gboolean
bound_equal(gboolean has_a, double a, gboolean has_b, double b)
{
    if (has_a != has_b)
        return FALSE;
    return !has_a || fabs(a - b) <= 1e-9 * MAX(1.0, fabs(a));
}

static void
append_bound(GString *out, const CcValue *v, gboolean has, double x)
{
    if (!has) {
        g_string_append_c(out, '_');
    } else if (v->kind == CC_VALUE_DATE) {
        g_autofree char *iso = cc_day_to_iso((guint32)x);
        g_string_append(out, iso);
    } else {
        g_string_append_printf(out, "%.10g", x);
    }
}

static void
append_interval(GString *out, const CcValue *v, double low, double high)
{
    g_string_append(out, "[");
    append_bound(out, v, v->has_low, low);
    g_string_append(out, ", ");
    append_bound(out, v, v->has_high, high);
    g_string_append(out, "]");
}

/* Checks @claim against @ex; appends "field …" for each mismatch to
 * @expected and @got, and returns the number of mismatches. */
static guint
mismatches(const CcExample *ex, const CcClaim *claim, GString *expected, GString *got)
{
    guint n = 0;
#define MISMATCH(fmt_e, ...)                                                                     \
    do {                                                                                         \
        n++;                                                                                     \
        if (expected->len)                                                                       \
            g_string_append(expected, ", ");                                                    \
        if (got->len)                                                                            \
            g_string_append(got, ", ");                                                         \
        g_string_append_printf(expected, fmt_e, __VA_ARGS__);                                    \
    } while (0)

    if (ex->has_value) {
        /* Bounds as DESIGN.md writes them: "more than 3,000" is [3001, _]. */
        CcValue closed = cc_value_closed(&claim->value);
        const CcValue *v = &closed;
        double lo = v->low, hi = v->high;
        if (!bound_equal(ex->value.has_low, ex->value.low, v->has_low, lo)
            || !bound_equal(ex->value.has_high, ex->value.high, v->has_high, hi)) {
            n++;
            if (expected->len)
                g_string_append(expected, ", ");
            if (got->len)
                g_string_append(got, ", ");
            g_string_append(expected, "value ");
            append_interval(expected, &ex->value, ex->value.low, ex->value.high);
            g_string_append(got, "value ");
            append_interval(got, v, lo, hi);
        }
    }
    if (ex->check_approx && ex->value.approx != claim->value.approx) {
        MISMATCH("%s", ex->value.approx ? "approx" : "not approx");
        g_string_append(got, claim->value.approx ? "approx" : "not approx");
    }
    if (ex->check_vague && ex->value.vague != claim->value.vague) {
        MISMATCH("%s", ex->value.vague ? "vague" : "not vague");
        g_string_append(got, claim->value.vague ? "vague" : "not vague");
    }
    if (ex->unit != NULL && g_strcmp0(ex->unit, claim->value.unit) != 0) {
        MISMATCH("unit %s", ex->unit);
        g_string_append_printf(got, "unit %s", claim->value.unit ? claim->value.unit : "none");
    }
    if (ex->has_modality && ex->modality != claim->modality) {
        MISMATCH("modality %s", cc_modality_to_string(ex->modality));
        g_string_append_printf(got, "modality %s", cc_modality_to_string(claim->modality));
    }
    if (ex->has_attribution && g_ascii_strcasecmp(ex->attribution ? ex->attribution : "",
                                                  claim->attribution ? claim->attribution : "")
                                   != 0) {
        MISMATCH("attribution %s", ex->attribution ? ex->attribution : "none");
        g_string_append_printf(got, "attribution %s",
                               claim->attribution ? claim->attribution : "none");
    }
    if (ex->key != NULL && g_strcmp0(ex->key, claim->key) != 0) {
        MISMATCH("key %s", ex->key);
        g_string_append_printf(got, "key %s", claim->key ? claim->key : "none");
    }
    /* "scope none" expects a record without a scope */
    if (ex->scope != NULL
        && g_strcmp0(g_str_equal(ex->scope, "none") ? NULL : ex->scope, claim->scope) != 0) {
        MISMATCH("scope %s", ex->scope);
        g_string_append_printf(got, "scope %s", claim->scope ? claim->scope : "none");
    }
    if (ex->text != NULL && g_strcmp0(ex->text, claim->text) != 0) {
        MISMATCH("text \"%s\"", ex->text);
        g_string_append_printf(got, "text \"%s\"", claim->text);
    }
    if (ex->as_of != 0 && ex->as_of != claim->as_of) {
        g_autofree char *want = cc_day_to_iso(ex->as_of);
        g_autofree char *have = claim->as_of ? cc_day_to_iso(claim->as_of) : g_strdup("none");
        MISMATCH("as_of %s", want);
        g_string_append_printf(got, "as_of %s", have);
    }
#undef MISMATCH
    return n;
}

/* Under a frame's failing example: what each record of the sentence came
 * from, and why each value mention no frame took was left. */
static void
explain_failure(FILE *out, GPtrArray *records, GPtrArray *misses)
{
    for (guint i = 0; records && i < records->len; i++) {
        const CcClaim *c = records->pdata[i];
        if (g_strcmp0(c->predicate, "value") == 0)
            continue;
        g_autofree char *text = cc_text_escape_controls(c->text, -1);
        g_autofree char *why = cc_text_escape_controls(c->explain ? c->explain : "", -1);
        if (c->explain != NULL)
            fprintf(out, "  \"%s\": %s\n", text, why);
        else
            fprintf(out, "  \"%s\": taken by rule %s (a pattern)\n", text, c->rule);
    }
    for (guint i = 0; i < misses->len; i++) {
        g_autofree char *line = cc_text_escape_controls(misses->pdata[i], -1);
        fprintf(out, "  %s\n", line);
    }
}

static void
run_example(const CcRuleSet *rules, CcExtractor *extractor, const CcRule *rule,
            const CcExample *ex, FILE *out, CcRuleTestResult *result)
{
    g_autoptr(GError) error = NULL;
    g_autofree char *name = g_strdup_printf("%s:%u", ex->file ? ex->file : rule->file, ex->line);
    g_autoptr(CcSource) source =
        cc_source_new_from_data(name, ex->sentence, strlen(ex->sentence), &error);
    if (source == NULL) {
        fprintf(out, "%s: rule %s: example is not valid input: %s\n", name, rule->id,
                error->message);
        result->failed++;
        return;
    }
    /* A frame's failing example says which slot was missing. */
    g_autoptr(GPtrArray) misses = rule->frame ? g_ptr_array_new_with_free_func(g_free) : NULL;
    CcExtractOptions options = {.ref_day = ex->ref_day, .all = TRUE, .explain = misses != NULL,
                                .misses = misses};
    g_autoptr(GPtrArray) records = cc_extract(extractor, source, &options, NULL);
    (void)rules;

    /* Only this rule's records count. */
    g_autoptr(GPtrArray) mine = g_ptr_array_new();
    for (guint i = 0; records && i < records->len; i++) {
        const CcClaim *c = records->pdata[i];
        if (g_strcmp0(c->rule, rule->id) == 0)
            g_ptr_array_add(mine, (gpointer)c);
    }

    if (ex->counter) {
        if (mine->len == 0) {
            result->passed++;
            return;
        }
        const CcClaim *c = mine->pdata[0];
        g_autofree char *shown = cc_value_to_display(&c->value);
        fprintf(out, "%s: rule %s: expected nothing, got \"%s\" (%s)\n", name, rule->id, c->text,
                shown);
        result->failed++;
        return;
    }

    guint best = G_MAXUINT;
    g_autoptr(GString) best_expected = g_string_new(NULL);
    g_autoptr(GString) best_got = g_string_new(NULL);
    for (guint i = 0; i < mine->len; i++) {
        g_autoptr(GString) e = g_string_new(NULL);
        g_autoptr(GString) g = g_string_new(NULL);
        guint n = mismatches(ex, mine->pdata[i], e, g);
        if (n == 0) {
            result->passed++;
            return;
        }
        if (n < best) {
            best = n;
            g_string_assign(best_expected, e->str);
            g_string_assign(best_got, g->str);
        }
    }
    if (mine->len == 0)
        fprintf(out, "%s: rule %s: expected a record, got nothing\n", name, rule->id);
    else
        fprintf(out, "%s: rule %s: expected %s, got %s\n", name, rule->id, best_expected->str,
                best_got->str);
    if (misses != NULL)
        explain_failure(out, records, misses);
    result->failed++;
}

void
cc_ruletest_run(const CcRuleSet *rules, FILE *out, CcRuleTestResult *result)
{
    g_return_if_fail(rules != NULL && out != NULL && result != NULL);
    memset(result, 0, sizeof *result);
    g_autoptr(CcExtractor) extractor = cc_extractor_new(rules);
    GPtrArray *all = cc_ruleset_rules(rules);
    for (guint i = 0; i < all->len; i++) {
        const CcRule *rule = all->pdata[i];
        for (guint j = 0; j < rule->examples->len; j++)
            run_example(rules, extractor, rule, rule->examples->pdata[j], out, result);
    }
}
