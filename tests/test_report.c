/* SPDX-License-Identifier: MIT */
/* test_report.c: report writers — JSON Lines and the table, the compare
 * object's shape, the text report's order and colour, and the HTML file's
 * basics: balanced tags, no external URLs, escaped input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "internal.h"

#include "json_write.h"

#include <math.h>

#include <stdio.h>

static CcClaim *
make(const char *source, guint n, const char *key, double lo, double hi, const char *text,
     CcModality modality, const char *attribution)
{
    CcClaim *c = cc_claim_new();
    c->source = g_strdup(source);
    c->id = g_strdup_printf("%s#%u", source, n);
    c->file = g_strdup_printf("%s.txt", source);
    c->rule = g_strdup("troops_deployed");
    c->subject = g_strdup("north_korea");
    c->predicate = g_strdup("troops_deployed");
    c->key = g_strdup(key);
    cc_value_set_number(&c->value, lo);
    c->value.high = hi;
    c->value.vague = lo != hi;
    c->value.unit = g_intern_string("person");
    c->text = g_strdup(text);
    c->span_start = 100 * n;
    c->span_end = 100 * n + strlen(text);
    c->sentence_start = c->span_start;
    c->sentence_end = c->span_end;
    c->line = n + 1;
    c->column = 7;
    c->modality = modality;
    c->attribution = g_strdup(attribution);
    return c;
}

static GPtrArray *
sample(void)
{
    GPtrArray *a = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    const char *k = "north_korea/troops_deployed/russia";
    g_ptr_array_add(a, make("003", 1, k, 2000, 19999, "thousands of soldiers",
                            CC_MODALITY_ASSERTED, NULL));
    g_ptr_array_add(a, make("004", 1, k, 11000, 11000, "11,000 troops", CC_MODALITY_REPORTED,
                            "NIS"));
    g_ptr_array_add(a, make("004", 2, k, 50000, 50000, "50,000 <b>&\"troops\"</b>",
                            CC_MODALITY_DISPUTED, "Russian <media>"));
    g_ptr_array_add(a, make("005", 1, k, 3000, 3000, "3,000", CC_MODALITY_ASSERTED, NULL));
    g_ptr_array_add(a, make("006", 1, "russia/army_size", 1500000, 1500000, "1.5 million",
                            CC_MODALITY_ASSERTED, NULL));
    return a;
}

/* Runs a writer into memory. */
#define CAPTURE(buf, call)                                                                   \
    do {                                                                                     \
        size_t len_ = 0;                                                                     \
        FILE *out = open_memstream(&(buf), &len_);                                           \
        assert_non_null(out);                                                                \
        g_autoptr(GError) error_ = NULL;                                                     \
        gboolean ok_ = (call);                                                               \
        fclose(out);                                                                         \
        if (!ok_)                                                                            \
            fail_msg("%s", error_ ? error_->message : "failed without an error");           \
    } while (0)

static void
test_jsonl(void **state)
{
    (void)state;
    g_autoptr(GPtrArray) claims = sample();
    char *buf = NULL;
    CAPTURE(buf, cc_report_jsonl(out, claims, &error_));
    g_auto(GStrv) lines = g_strsplit(buf, "\n", -1);
    free(buf);
    assert_int_equal(g_strv_length(lines), claims->len + 1); /* a newline ends each */
    assert_string_equal(lines[claims->len], "");
    for (guint i = 0; i < claims->len; i++) {
        g_autoptr(JsonParser) p = json_parser_new();
        assert_true(json_parser_load_from_data(p, lines[i], -1, NULL));
        g_autoptr(GError) error = NULL;
        g_autoptr(CcClaim) back = cc_claim_from_json(json_parser_get_root(p), &error);
        if (back == NULL)
            fail_msg("line %u: %s", i + 1, error->message);
        assert_string_equal(back->id, ((CcClaim *)claims->pdata[i])->id);
    }
}

/* Findings a line in key order; a comparison of each key alone, its lines
 * concatenated in key order, writes the same bytes. */
static void
test_compare_jsonl(void **state)
{
    (void)state;
    g_autoptr(GPtrArray) claims = sample();
    g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
    char *whole = NULL;
    CAPTURE(whole, cc_report_compare_jsonl(out, cmp, FALSE, &error_));
    g_auto(GStrv) lines = g_strsplit(whole, "\n", -1);
    guint n = g_strv_length(lines) - 1;
    /* A line per finding, and per key with a consensus its entry of the
     * JSON's "keys" (no "type"), before the key's findings. */
    assert_int_equal(n, cc_comparison_findings(cmp)->len + cc_comparison_consensus(cmp)->len);
    const char *keys[] = {"north_korea/troops_deployed/russia", "russia/army_size"};
    const char *last = "";
    guint n_keys = 0;
    for (guint i = 0; i < n; i++) {
        g_autoptr(JsonParser) p = json_parser_new();
        if (!json_parser_load_from_data(p, lines[i], -1, NULL))
            fail_msg("line %u is not JSON: %s", i + 1, lines[i]);
        JsonObject *o = json_node_get_object(json_parser_get_root(p));
        const char *key = json_object_get_string_member(o, "key");
        if (strcmp(key, last) < 0)
            fail_msg("line %u: key %s after %s", i + 1, key, last);
        gboolean is_key = !json_object_has_member(o, "type");
        if (is_key != (strcmp(key, last) != 0))
            fail_msg("line %u: a key's entry must open its key, and only there", i + 1);
        if (is_key) {
            n_keys++;
            assert_non_null(json_object_get_object_member(o, "consensus"));
            assert_non_null(json_object_get_object_member(o, "sources"));
        }
        last = g_intern_string(key);
    }
    assert_int_equal(n_keys, G_N_ELEMENTS(keys));
    g_autoptr(GString) parts = g_string_new(NULL);
    for (guint k = 0; k < G_N_ELEMENTS(keys); k++) {
        g_autoptr(GPtrArray) some = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
        for (guint i = 0; i < claims->len; i++)
            if (strcmp(((CcClaim *)claims->pdata[i])->key, keys[k]) == 0)
                g_ptr_array_add(some, cc_claim_copy(claims->pdata[i]));
        g_autoptr(CcComparison) one = cc_compare(some, NULL);
        char *buf = NULL;
        CAPTURE(buf, cc_report_compare_jsonl(out, one, FALSE, &error_));
        g_string_append(parts, buf);
        free(buf);
    }
    assert_string_equal(parts->str, whole);
    char *prefixed = NULL;
    CAPTURE(prefixed, cc_report_compare_jsonl(out, cmp, TRUE, &error_));
    g_auto(GStrv) plines = g_strsplit(prefixed, "\n", -1);
    free(prefixed);
    for (guint i = 0; i < n; i++) {
        const char *tab = strchr(plines[i], '\t');
        assert_non_null(tab);
        g_autofree char *key = g_strndup(plines[i], tab - plines[i]);
        g_autofree char *member = g_strdup_printf("\"key\":\"%s\"", key);
        if (strcmp(tab + 1, lines[i]) != 0 || strstr(tab + 1, member) == NULL)
            fail_msg("prefixed line %u: %s", i + 1, plines[i]);
    }
    free(whole);
}

static void
test_table(void **state)
{
    (void)state;
    g_autoptr(GPtrArray) claims = sample();
    char *buf = NULL;
    CcReportOptions opts = {.color = FALSE};
    CAPTURE(buf, cc_report_table(out, claims, &opts, &error_));
    g_auto(GStrv) lines = g_strsplit(buf, "\n", -1);
    free(buf);
    assert_true(g_str_has_prefix(lines[0], "SOURCE"));
    /* Every column starts at the same character in every row. */
    const char *header = lines[0];
    glong text_col = g_utf8_pointer_to_offset(header, strstr(header, "TEXT"));
    glong value_col = g_utf8_pointer_to_offset(header, strstr(header, "VALUE"));
    for (guint i = 1; i <= claims->len; i++) {
        const CcClaim *c = claims->pdata[i - 1];
        const char *at = strstr(lines[i], c->text);
        if (at == NULL || g_utf8_pointer_to_offset(lines[i], at) != text_col)
            fail_msg("row %u: text not at column %ld: %s", i, text_col, lines[i]);
        g_autofree char *v = cc_value_to_display(&c->value);
        at = strstr(lines[i], v);
        if (at == NULL || g_utf8_pointer_to_offset(lines[i], at) != value_col)
            fail_msg("row %u: value '%s' not at column %ld: %s", i, v, value_col, lines[i]);
        g_autofree char *pos = g_strdup_printf("%u:%u", c->line, c->column);
        assert_non_null(strstr(lines[i], pos));
    }
    assert_non_null(strstr(lines[2], "reported"));
    assert_non_null(strstr(lines[2], "NIS"));
    assert_null(strchr(lines[1], '\033'));
}

static void
test_compare_json(void **state)
{
    (void)state;
    g_autoptr(GPtrArray) claims = sample();
    g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
    char *buf = NULL;
    CAPTURE(buf, cc_report_compare_json(out, cmp, NULL, &error_));
    g_autoptr(JsonParser) p = json_parser_new();
    g_autoptr(GError) error = NULL;
    if (!json_parser_load_from_data(p, buf, -1, &error))
        fail_msg("not JSON: %s", error->message);
    free(buf);
    JsonObject *root = json_node_get_object(json_parser_get_root(p));
    static const char *const members[] = {"sources", "claims", "relations", "findings"};
    for (guint i = 0; i < G_N_ELEMENTS(members); i++)
        if (!json_object_has_member(root, members[i]))
            fail_msg("no member \"%s\"", members[i]);
    assert_false(json_object_has_member(root, "relations_limited"));
    JsonArray *sources = json_object_get_array_member(root, "sources");
    assert_int_equal(json_array_get_length(sources), 4);
    JsonObject *s0 = json_array_get_object_element(sources, 0);
    assert_string_equal(json_object_get_string_member(s0, "id"), "003");
    assert_string_equal(json_object_get_string_member(s0, "file"), "003.txt");
    assert_true(json_object_get_null_member(s0, "title"));
    assert_int_equal(json_array_get_length(json_object_get_array_member(root, "claims")), 5);
    JsonArray *rels = json_object_get_array_member(root, "relations");
    assert_int_equal(json_array_get_length(rels), cc_comparison_relations(cmp)->len);
    for (guint i = 0; i < json_array_get_length(rels); i++) {
        JsonObject *r = json_array_get_object_element(rels, i);
        assert_non_null(json_object_get_string_member(r, "a"));
        assert_non_null(json_object_get_string_member(r, "b"));
        assert_non_null(json_object_get_string_member(r, "type"));
        assert_non_null(json_object_get_string_member(r, "why"));
    }
    JsonArray *findings = json_object_get_array_member(root, "findings");
    JsonObject *f0 = json_array_get_object_element(findings, 0);
    assert_string_equal(json_object_get_string_member(f0, "type"), "conflict");
    assert_true(json_array_get_length(json_object_get_array_member(f0, "claims")) >= 2);
    JsonObject *cons = json_object_get_object_member(f0, "consensus");
    assert_non_null(cons);
    /* "thousands" holds both 3,000 and 11,000: a tie of two sources each,
     * which the lower band wins, 004 outside it. A finding carries the band
     * and the counts; the ids are its key's, written once under "keys". */
    assert_int_equal(json_object_get_int_member(cons, "low"), 3000);
    assert_int_equal(json_object_get_int_member(cons, "sources"), 2);
    assert_int_equal(json_object_get_int_member(cons, "outlier_sources"), 1);
    assert_false(json_object_has_member(cons, "support"));
    assert_false(json_object_has_member(cons, "outliers"));
    JsonArray *keys = json_object_get_array_member(root, "keys");
    assert_non_null(keys);
    assert_int_equal(json_array_get_length(keys), 2); /* one per key with plain values */
    JsonObject *k0 = json_array_get_object_element(keys, 0);
    assert_string_equal(json_object_get_string_member(k0, "key"),
                        json_object_get_string_member(f0, "key"));
    assert_true(g_str_has_prefix(json_object_get_string_member(k0, "summary"), "Consensus: "));
    JsonObject *full = json_object_get_object_member(k0, "consensus");
    assert_int_equal(json_object_get_int_member(full, "low"), 3000);
    assert_int_equal(json_object_get_int_member(full, "outlier_sources"), 1);
    assert_string_equal(json_array_get_string_element(
                            json_object_get_array_member(full, "outliers"), 0), "004#1");
    assert_int_equal(json_array_get_length(json_object_get_array_member(full, "support")), 2);
    JsonObject *sides = json_object_get_object_member(k0, "sources");
    JsonArray *support = json_object_get_array_member(sides, "support");
    assert_int_equal(json_array_get_length(support), 2);
    assert_string_equal(json_array_get_string_element(support, 0), "003");
    assert_string_equal(json_array_get_string_element(support, 1), "005");
    JsonArray *outside = json_object_get_array_member(sides, "outliers");
    assert_int_equal(json_array_get_length(outside), 1);
    assert_string_equal(json_array_get_string_element(outside, 0), "004");
    /* No finding's detail repeats the consensus. */
    for (guint i = 0; i < json_array_get_length(findings); i++) {
        const char *detail = json_object_get_string_member(
            json_array_get_object_element(findings, i), "detail");
        if (strstr(detail, "Consensus") != NULL)
            fail_msg("finding %u repeats the consensus: %s", i, detail);
    }
    /* A sources array with no usable entries falls back to the claims. */
    g_autoptr(GPtrArray) none = g_ptr_array_new();
    g_ptr_array_add(none, NULL);
    char *buf2 = NULL;
    CAPTURE(buf2, cc_report_compare_json(out, cmp, none, &error_));
    assert_non_null(strstr(buf2, "\"id\": \"006\""));
    free(buf2);

    /* Limited relations are flagged. */
    CcCompareOptions opts;
    cc_compare_options_init(&opts);
    opts.max_pairs_per_key = 1;
    g_autoptr(CcComparison) lim = cc_compare(claims, &opts);
    char *buf3 = NULL;
    CAPTURE(buf3, cc_report_compare_json(out, lim, NULL, &error_));
    assert_non_null(strstr(buf3, "\"relations_limited\": true"));
    /* … and what was summarised is named, key by key. */
    g_autoptr(JsonParser) p3 = json_parser_new();
    if (!json_parser_load_from_data(p3, buf3, -1, &error))
        fail_msg("limited: not JSON: %s", error->message);
    free(buf3);
    JsonObject *root3 = json_node_get_object(json_parser_get_root(p3));
    JsonArray *sum = json_object_get_array_member(root3, "relations_summarised");
    GArray *want = cc_comparison_summarised(lim);
    assert_true(want->len >= 1);
    assert_int_equal(json_array_get_length(sum), want->len);
    guint64 written = 0;
    for (guint i = 0; i < want->len; i++) {
        const CcSummarisedKey *k = &g_array_index(want, CcSummarisedKey, i);
        JsonObject *o = json_array_get_object_element(sum, i);
        assert_string_equal(json_object_get_string_member(o, "key"), k->key);
        assert_int_equal(json_object_get_int_member(o, "claims"), k->claims);
        assert_int_equal(json_object_get_int_member(o, "pairs"), k->pairs);
        assert_int_equal(json_object_get_int_member(o, "clusters"), k->clusters);
        assert_int_equal(json_object_get_int_member(o, "written"), k->written);
        assert_true(k->pairs > opts.max_pairs_per_key);
        written += k->written;
    }
    assert_true(written <= json_array_get_length(json_object_get_array_member(root3, "relations")));
    char *buf4 = NULL;
    CAPTURE(buf4, cc_report_compare_text(out, lim, NULL, NULL, &error_));
    assert_non_null(strstr(buf4, "values were clustered and related across clusters only"));
    assert_non_null(strstr(buf4, ((CcSummarisedKey *)(void *)want->data)->key));
    free(buf4);
}

static void
test_compare_text(void **state)
{
    (void)state;
    g_autoptr(GPtrArray) claims = sample();
    g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
    char *buf = NULL;
    CcReportOptions plain = {.color = FALSE};
    CAPTURE(buf, cc_report_compare_text(out, cmp, NULL, &plain, &error_));
    static const char *const order[] = {"\nConflicts\n", "\nDisputed\n", "\nAgreements\n",
                                        "\nUncorroborated\n"};
    const char *at = buf;
    for (guint i = 0; i < G_N_ELEMENTS(order); i++) {
        const char *next = strstr(buf, order[i]);
        if (next == NULL || next < at)
            fail_msg("section %u \"%s\" missing or out of order:\n%s", i, g_strstrip(g_strdup(order[i])), buf);
        at = next;
    }
    assert_non_null(strstr(buf, "004.txt:2:7  '11,000 troops'  11,000 person  [reported, said by NIS]"));
    assert_non_null(strstr(buf, "2,000–19,999 person"));
    assert_non_null(strstr(buf, "only to reject it"));
    /* The key's consensus in full once, under its first finding; the
     * others on the key give only the band and the counts. */
    const char *full = "Consensus: 3,000 person, supported by 2 sources (003, 005); 1 source "
                       "outside it (004: 11,000 person).";
    const char *brief = "Consensus: 3,000 person, supported by 2 sources; 1 source outside it.";
    const char *first_full = strstr(buf, full);
    if (first_full == NULL)
        fail_msg("no full consensus:\n%s", buf);
    if (strstr(first_full + 1, full) != NULL)
        fail_msg("the consensus is repeated:\n%s", buf);
    if (strstr(buf, "\n  conflict") > first_full)
        fail_msg("the consensus is not under the key's first finding:\n%s", buf);
    const char *first_brief = strstr(buf, brief);
    if (first_brief == NULL || first_brief < first_full)
        fail_msg("no brief consensus after the full one:\n%s", buf);
    assert_null(strchr(buf, '\033'));
    free(buf);
    CcReportOptions colour = {.color = TRUE};
    CAPTURE(buf, cc_report_compare_text(out, cmp, NULL, &colour, &error_));
    assert_non_null(strstr(buf, "\033[1;31mconflict\033[0m"));
    free(buf);
}

static const char *const void_elements[] = {"meta", "input", "br", "img", "hr", "link"};

/* Checks that every element opened is closed in order; script and style
 * bodies are skipped. Returns NULL or what is wrong. */
static char *
check_balanced(const char *html)
{
    g_autoptr(GPtrArray) stack = g_ptr_array_new_with_free_func(g_free);
    const char *p = html;
    while ((p = strchr(p, '<')) != NULL) {
        if (p[1] == '!') {
            p = strchr(p, '>');
            if (p == NULL)
                return g_strdup("unterminated declaration");
            continue;
        }
        gboolean closing = p[1] == '/';
        const char *name = p + (closing ? 2 : 1);
        gsize n = strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789");
        if (n == 0)
            return g_strdup_printf("stray '<' at offset %td", p - html);
        g_autofree char *tag = g_strndup(name, n);
        const char *end = strchr(name, '>');
        if (end == NULL)
            return g_strdup_printf("unterminated tag <%s", tag);
        if (closing) {
            if (stack->len == 0)
                return g_strdup_printf("</%s> closes nothing", tag);
            const char *top = stack->pdata[stack->len - 1];
            if (strcmp(top, tag) != 0)
                return g_strdup_printf("</%s> closes <%s>", tag, top);
            g_ptr_array_remove_index(stack, stack->len - 1);
        } else {
            gboolean is_void = end[-1] == '/';
            for (guint i = 0; i < G_N_ELEMENTS(void_elements); i++)
                is_void |= strcmp(tag, void_elements[i]) == 0;
            if (!is_void)
                g_ptr_array_add(stack, g_strdup(tag));
            if (strcmp(tag, "script") == 0 || strcmp(tag, "style") == 0) {
                g_autofree char *close = g_strdup_printf("</%s>", tag);
                const char *body_end = strstr(end, close);
                if (body_end == NULL)
                    return g_strdup_printf("<%s> not closed", tag);
                p = body_end;
                continue;
            }
        }
        p = end + 1;
    }
    if (stack->len > 0)
        return g_strdup_printf("<%s> never closed", (char *)stack->pdata[stack->len - 1]);
    return NULL;
}

static void
test_compare_html(void **state)
{
    (void)state;
    /* The checker itself must catch what it is for. */
    static const char *const broken[] = {"<div><p></div></p>", "<ul><li>x</ul>",
                                         "<p>a < b</p>", "<section>"};
    for (guint i = 0; i < G_N_ELEMENTS(broken); i++) {
        g_autofree char *why = check_balanced(broken[i]);
        if (why == NULL)
            fail_msg("checker case %u accepted \"%s\"", i, broken[i]);
    }

    g_autoptr(GPtrArray) claims = sample();
    g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
    char *buf = NULL;
    CAPTURE(buf, cc_report_compare_html(out, cmp, NULL, &error_));
    assert_true(g_str_has_prefix(buf, "<!DOCTYPE html>"));
    g_autofree char *why = check_balanced(buf);
    if (why != NULL)
        fail_msg("HTML not balanced: %s", why);
    assert_null(strstr(buf, "http://"));
    assert_null(strstr(buf, "https://"));
    assert_null(strstr(buf, " src="));
    assert_null(strstr(buf, "<b>"));
    assert_null(strstr(buf, "<media>"));
    assert_non_null(strstr(buf, "50,000 &lt;b&gt;&amp;&quot;troops&quot;&lt;/b&gt;"));
    assert_non_null(strstr(buf, "Russian &lt;media&gt;"));
    assert_non_null(strstr(buf, "<svg"));
    /* The consensus once per key, none in the findings' details. */
    const char *cons = strstr(buf, "<p class=\"consensus\">Consensus: 3,000 person");
    assert_non_null(cons);
    assert_null(strstr(cons + strlen("<p class=\"consensus\">Consensus"), "Consensus: 3,000 person"));
    assert_non_null(strstr(buf, "data-type=\"conflict\""));
    assert_non_null(strstr(buf, "<script>"));
    /* Each claim's link has its target. */
    for (guint i = 1; i <= claims->len; i++) {
        g_autofree char *target = g_strdup_printf("id=\"ctx-%u\"", i);
        g_autofree char *link = g_strdup_printf("href=\"#ctx-%u\"", i);
        if (strstr(buf, target) == NULL || strstr(buf, link) == NULL)
            fail_msg("claim %u: link or target missing", i);
    }
    /* The section with the conflict comes before the uncorroborated key. */
    const char *conflict = strstr(buf, "north_korea/troops_deployed/russia</h2>");
    const char *alone = strstr(buf, "russia/army_size</h2>");
    assert_non_null(conflict);
    assert_non_null(alone);
    assert_true(conflict < alone);
    free(buf);
}

/* Builds the same random document twice: as a json-glib tree (laid out by
 * cc_json_append_at) and through CcJsonWriter; @depth levels at most. */
static void
random_value(GRand *rng, JsonBuilder *b, CcJsonWriter *w, int depth)
{
    static const char *const strings[] = {"", "plain", "quote \" and \\", "tab\tnl\n",
                                          "ctl \001\037", "ünï – “x”", "{[,:]}"};
    static const double numbers[] = {0, -0.0, 1, -17, 0.1, 1e-7, 123456789012.5, 9.5e15, 2.5};
    int kind = depth <= 0 ? g_rand_int_range(rng, 2, 7) : g_rand_int_range(rng, 0, 7);
    switch (kind) {
    case 0:
    case 1: {
        gboolean object = kind == 0;
        guint n = g_rand_int_range(rng, 0, 4);
        if (object) {
            json_builder_begin_object(b);
            cc_json_begin_object(w);
        } else {
            json_builder_begin_array(b);
            cc_json_begin_array(w);
        }
        for (guint i = 0; i < n; i++) {
            if (object) {
                const char *name = strings[g_rand_int_range(rng, 0, G_N_ELEMENTS(strings))];
                g_autofree char *unique = g_strdup_printf("%s%u", name, i);
                json_builder_set_member_name(b, unique);
                cc_json_member(w, unique);
            }
            random_value(rng, b, w, depth - 1);
        }
        if (object) {
            json_builder_end_object(b);
            cc_json_end_object(w);
        } else {
            json_builder_end_array(b);
            cc_json_end_array(w);
        }
        return;
    }
    case 2: {
        const char *str = strings[g_rand_int_range(rng, 0, G_N_ELEMENTS(strings))];
        json_builder_add_string_value(b, str);
        if (g_rand_boolean(rng))
            cc_json_string(w, str);
        else
            cc_json_string_len(w, str, strlen(str));
        return;
    }
    case 3: {
        double x = numbers[g_rand_int_range(rng, 0, G_N_ELEMENTS(numbers))];
        cc_json_add_number(b, x);
        cc_json_number(w, x);
        return;
    }
    case 4: {
        gint64 x = g_rand_int_range(rng, -1000000, 1000000) * (gint64)g_rand_int_range(rng, 1, 100000);
        json_builder_add_int_value(b, x);
        cc_json_int(w, x);
        return;
    }
    case 5:
        json_builder_add_boolean_value(b, TRUE);
        cc_json_bool(w, TRUE);
        return;
    default:
        json_builder_add_null_value(b);
        cc_json_null(w);
        return;
    }
}

/* The streaming writer lays text out exactly as a json-glib tree written by
 * cc_json_append_at() would be, on one line and pretty-printed, at any
 * level; and a record laid out as it is written is its tree pretty-printed. */
static void
test_json_writer(void **state)
{
    (void)state;
    g_autoptr(GRand) rng = g_rand_new_with_seed(17);
    for (guint round = 0; round < 2000; round++) {
        int indent = round % 3 == 0 ? -1 : 2;
        int level = (int)(round % 4);
        g_autoptr(JsonBuilder) b = json_builder_new();
        g_autoptr(GString) streamed = g_string_new(NULL);
        CcJsonWriter w;
        cc_json_writer_init(&w, streamed, indent, level);
        json_builder_begin_array(b); /* a root json-glib accepts for any value */
        random_value(rng, b, &w, 4);
        json_builder_end_array(b);
        g_autoptr(JsonNode) root = json_builder_get_root(b);
        JsonNode *value = json_array_get_element(json_node_get_array(root), 0);
        g_autoptr(GString) tree = g_string_new(NULL);
        cc_json_append_at(tree, value, indent, level);
        if (strcmp(tree->str, streamed->str) != 0)
            fail_msg("round %u (indent %d, level %d):\ntree:     %s\nstreamed: %s", round, indent,
                     level, tree->str, streamed->str);
    }
    g_autoptr(GPtrArray) claims = sample();
    for (guint i = 0; i < claims->len; i++) {
        g_autoptr(JsonNode) node = cc_claim_to_json(claims->pdata[i]);
        for (int level = 0; level < 3; level++) {
            g_autoptr(GString) tree = g_string_new(NULL);
            g_autoptr(GString) laid = g_string_new(NULL);
            cc_json_append_at(tree, node, 2, level);
            cc_claim_append_json(laid, claims->pdata[i], 2, level);
            assert_string_equal(tree->str, laid->str);
        }
    }
}

/* Numbers as the shortest of "%.15g" to "%.17g" that reads back: the
 * short decimals written without printf are the same text. */
static void
test_numbers(void **state)
{
    (void)state;
    g_autoptr(GRand) rng = g_rand_new_with_seed(5);
    for (guint i = 0; i < 200000; i++) {
        double x;
        if (i % 4 == 3) {
            guint64 bits = ((guint64)g_rand_int(rng) << 32) | g_rand_int(rng);
            memcpy(&x, &bits, sizeof x);
        } else {
            static const double scale[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
            x = (double)g_rand_int_range(rng, -2000000, 2000000)
                / scale[g_rand_int_range(rng, 0, G_N_ELEMENTS(scale))];
            if (i % 4 == 2)
                x *= 1e3;
        }
        g_autoptr(GString) got = g_string_new(NULL);
        cc_json_append_number(got, x);
        char want[G_ASCII_DTOSTR_BUF_SIZE];
        if (!isfinite(x)) {
            g_strlcpy(want, "null", sizeof want);
        } else if (x > -9.0e15 && x < 9.0e15 && x == (double)(gint64)x) {
            g_snprintf(want, sizeof want, "%" G_GINT64_FORMAT, (gint64)x);
        } else {
            for (int digits = 15; digits <= 17; digits++) {
                char fmt[8];
                g_snprintf(fmt, sizeof fmt, "%%.%dg", digits);
                g_ascii_formatd(want, sizeof want, fmt, x);
                if (g_ascii_strtod(want, NULL) == x)
                    break;
            }
        }
        if (strcmp(got->str, want) != 0)
            fail_msg("%.17g: got %s, want %s", x, got->str, want);
    }
}

/* Strings escaped as a byte-at-a-time escaper escapes them, whatever mix
 * of controls, quotes, backslashes and UTF-8 they hold and wherever it
 * falls against the writer's eight-byte steps. */
static void
test_escapes(void **state)
{
    (void)state;
    static const char alphabet[] = "ab \"\\\n\t\x01\x1f\x7f\xc3\xa9/ ";
    g_autoptr(GRand) rng = g_rand_new_with_seed(9);
    for (guint i = 0; i < 20000; i++) {
        char text[48];
        gsize n = (gsize)g_rand_int_range(rng, 1, sizeof text);
        for (gsize j = 0; j < n - 1; j++)
            text[j] = alphabet[g_rand_int_range(rng, 0, sizeof alphabet - 1)];
        text[n - 1] = '\0';
        g_autoptr(GString) got = g_string_new(NULL);
        cc_json_append_string(got, text);
        g_autoptr(GString) want = g_string_new("\"");
        for (const unsigned char *p = (const unsigned char *)text; *p != '\0'; p++) {
            switch (*p) {
            case '"': g_string_append(want, "\\\""); break;
            case '\\': g_string_append(want, "\\\\"); break;
            case '\n': g_string_append(want, "\\n"); break;
            case '\t': g_string_append(want, "\\t"); break;
            default:
                if (*p < 0x20)
                    g_string_append_printf(want, "\\u%04x", *p);
                else
                    g_string_append_c(want, (char)*p);
            }
        }
        g_string_append_c(want, '"');
        if (strcmp(got->str, want->str) != 0)
            fail_msg("case %u: got %s, want %s", i, got->str, want->str);
    }
}

/* The JSON writers take whys and details from kept, escaped parts: they
 * must read back as cc_relation_why() and cc_finding_detail() say them, on
 * claims whose names and words need escapes, for reasons of many kinds
 * (equal, within tolerance, each claim's own tolerance, ranges, apart,
 * disputed, denied, hypothetical, another scope, unit or kind, a running
 * total, events, a key of one source). */
static void
test_compare_json_whys(void **state)
{
    (void)state;
    g_autoptr(GPtrArray) a = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    const char *k = "north_korea/troops_deployed/russia";
    CcClaim *c;
    g_ptr_array_add(a, make("s\"1", 1, k, 100, 100, "100 \"men\"", CC_MODALITY_ASSERTED, NULL));
    g_ptr_array_add(a, make("s\\2", 1, k, 100, 100, "a hundred", CC_MODALITY_REPORTED,
                            "the \"agency\"\n"));
    g_ptr_array_add(a, make("s3\t", 1, k, 104, 104, "104", CC_MODALITY_ASSERTED, NULL));
    g_ptr_array_add(a, make("s4", 1, k, 90, 200, "90 to 200\x01", CC_MODALITY_HEDGED, NULL));
    g_ptr_array_add(a, make("s4", 2, k, 150, 300, "150-300", CC_MODALITY_ASSERTED, "a \\ b"));
    g_ptr_array_add(a, make("s5", 1, k, 100, 100, "100", CC_MODALITY_DISPUTED, NULL));
    g_ptr_array_add(a, make("s6", 1, k, 100, 100, "not 100", CC_MODALITY_NEGATED, NULL));
    g_ptr_array_add(a, make("s6b", 1, k, 5000, 5000, "not 5,000", CC_MODALITY_NEGATED, NULL));
    g_ptr_array_add(a, make("s7", 1, k, 120, 120, "120", CC_MODALITY_HYPOTHETICAL, NULL));
    c = make("s8", 1, k, 100, 100, "100 a week", CC_MODALITY_ASSERTED, NULL);
    c->scope = g_strdup("week\"ly");
    g_ptr_array_add(a, c);
    g_ptr_array_add(a, make("s9", 1, k, 500, 500, "500", CC_MODALITY_ASSERTED, NULL));
    c = make("s10", 1, k, 112, 112, "about 112", CC_MODALITY_ASSERTED, NULL);
    c->value.approx = TRUE;
    g_ptr_array_add(a, c);
    c = make("s11", 1, k, 100, 100, "100 shells", CC_MODALITY_ASSERTED, NULL);
    c->value.unit = g_intern_string("shell");
    g_ptr_array_add(a, c);
    c = make("s12", 1, k, 0, 0, "in May", CC_MODALITY_ASSERTED, NULL);
    cc_value_set_days(&c->value, 740000, 740030);
    c->type = CC_CLAIM_DATE;
    g_ptr_array_add(a, c);
    const char *total = "north_korea/troops_killed/ukraine";
    for (guint i = 0; i < 4; i++) {
        static const double figures[] = {100, 300, 50, 300};
        g_autofree char *source = g_strdup_printf("t\"%u", i);
        c = make(source, 1, total, figures[i], figures[i], "a toll", CC_MODALITY_ASSERTED, NULL);
        c->cumulative = TRUE;
        c->as_of = 740000 + 10 * i;
        g_ptr_array_add(a, c);
    }
    const char *event = "north_korea/first_combat";
    for (guint i = 0; i < 3; i++) {
        g_autofree char *source = g_strdup_printf("e\\%u", i);
        c = make(source, 1, event, 0, 0, "fought", i == 2 ? CC_MODALITY_NEGATED
                                                          : CC_MODALITY_ASSERTED, NULL);
        c->value.kind = CC_VALUE_NONE;
        c->type = CC_CLAIM_EVENT;
        g_ptr_array_add(a, c);
    }
    g_ptr_array_add(a, make("only\"", 1, "russia/army_size", 10, 10, "ten \"x\"",
                            CC_MODALITY_ASSERTED, NULL));
    g_autoptr(CcComparison) cmp = cc_compare(a, NULL);

    char *buf = NULL;
    CAPTURE(buf, cc_report_compare_json(out, cmp, NULL, &error_));
    g_autoptr(JsonParser) p = json_parser_new();
    g_autoptr(GError) error = NULL;
    if (!json_parser_load_from_data(p, buf, -1, &error))
        fail_msg("not JSON: %s", error->message);
    free(buf);
    JsonObject *root = json_node_get_object(json_parser_get_root(p));
    GArray *rels = cc_comparison_relations(cmp);
    JsonArray *jrels = json_object_get_array_member(root, "relations");
    assert_int_equal(json_array_get_length(jrels), rels->len);
    g_autoptr(GHashTable) kinds = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < rels->len; i++) {
        const CcRelation *r = &g_array_index(rels, CcRelation, i);
        JsonObject *jr = json_array_get_object_element(jrels, i);
        g_autofree char *why = cc_relation_why(cmp, r);
        if (strcmp(json_object_get_string_member(jr, "why"), why) != 0)
            fail_msg("relation %u: why %s, want %s", i, json_object_get_string_member(jr, "why"),
                     why);
        assert_string_equal(json_object_get_string_member(jr, "a"), cc_relation_claim_a(cmp, r)->id);
        assert_string_equal(json_object_get_string_member(jr, "b"), cc_relation_claim_b(cmp, r)->id);
        /* the reason's words, without the claims' */
        const char *colon = strrchr(why, ':');
        assert_non_null(colon);
        g_hash_table_add(kinds, g_strndup(colon + 2, MIN(strlen(colon + 2), 12)));
    }
    /* The claims above give reasons of many kinds (not all the same). */
    if (g_hash_table_size(kinds) < 12)
        fail_msg("only %u kinds of reason", g_hash_table_size(kinds));
    GPtrArray *findings = cc_comparison_findings(cmp);
    JsonArray *jf = json_object_get_array_member(root, "findings");
    assert_int_equal(json_array_get_length(jf), findings->len);
    for (guint i = 0; i < findings->len; i++) {
        g_autofree char *detail = cc_finding_detail(cmp, findings->pdata[i]);
        const char *got = json_object_get_string_member(json_array_get_object_element(jf, i),
                                                        "detail");
        if (strcmp(got, detail) != 0)
            fail_msg("finding %u: detail %s, want %s", i, got, detail);
    }

    /* JSON Lines: each finding's detail, found by its summary. */
    char *lines = NULL;
    CAPTURE(lines, cc_report_compare_jsonl(out, cmp, FALSE, &error_));
    g_auto(GStrv) each = g_strsplit(lines, "\n", -1);
    free(lines);
    guint details = 0;
    for (guint i = 0; each[i] != NULL && each[i][0] != '\0'; i++) {
        g_autoptr(JsonParser) lp = json_parser_new();
        if (!json_parser_load_from_data(lp, each[i], -1, &error))
            fail_msg("line %u not JSON: %s", i + 1, error->message);
        JsonObject *o = json_node_get_object(json_parser_get_root(lp));
        if (!json_object_has_member(o, "detail"))
            continue;
        const char *summary = json_object_get_string_member(o, "summary");
        gboolean found = FALSE;
        for (guint j = 0; j < findings->len && !found; j++) {
            g_autofree char *s = cc_finding_summary(cmp, findings->pdata[j]);
            g_autofree char *d = cc_finding_detail(cmp, findings->pdata[j]);
            found = strcmp(s, summary) == 0
                    && strcmp(d, json_object_get_string_member(o, "detail")) == 0;
        }
        if (!found)
            fail_msg("line %u: no finding with its summary and detail: %s", i + 1, each[i]);
        details++;
    }
    assert_int_equal(details, findings->len);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonl),        cmocka_unit_test(test_table),
        cmocka_unit_test(test_compare_json), cmocka_unit_test(test_compare_text),
        cmocka_unit_test(test_compare_jsonl),
        cmocka_unit_test(test_compare_html), cmocka_unit_test(test_compare_json_whys),
        cmocka_unit_test(test_json_writer),
        cmocka_unit_test(test_numbers),      cmocka_unit_test(test_escapes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
