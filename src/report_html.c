/* SPDX-License-Identifier: MIT */
/* report_html.c: the compare report as one self-contained HTML file: per
 * key, every claim's interval on one axis (inline SVG), the findings with
 * their reasons, each claim linked to its sentence in context, and a small
 * inline script filtering by finding type. Everything from input is escaped. */
#include "internal.h"

#include "report_private.h"

#include <math.h>

static void
esc(GString *out, const char *s)
{
    if (s == NULL)
        return;
    g_autofree char *valid = g_utf8_validate(s, -1, NULL) ? NULL : g_utf8_make_valid(s, -1);
    g_autofree char *e = g_markup_escape_text(valid ? valid : s, -1);
    g_string_append(out, e);
}

static void
esc_len(GString *out, const char *s, gsize len)
{
    g_autofree char *part = g_strndup(s, len);
    esc(out, part);
}

static const char *const style =
    "body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}"
    "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}"
    ".finding{border-left:4px solid #999;padding:.3em .8em;margin:.8em 0;background:#fafafa}"
    ".finding[data-type=conflict]{border-color:#c62828}"
    ".finding[data-type=disputed]{border-color:#8e24aa}"
    ".finding[data-type=update]{border-color:#00838f}"
    ".finding[data-type=agreement],.finding[data-type=compatible]{border-color:#2e7d32}"
    ".finding[data-type=uncorroborated]{border-color:#f9a825}"
    ".type{font-weight:bold;text-transform:uppercase;font-size:.8em}"
    ".detail{white-space:pre-wrap;font-size:.9em;color:#444}"
    ".consensus{font-size:.9em;border-left:3px solid #888;padding-left:.5em}"
    "mark{background:#fff59d}blockquote{margin:.2em 0 .6em 1em;color:#333}"
    "table{border-collapse:collapse}td,th{padding:.2em .6em;text-align:left}"
    "svg{background:#fff;border:1px solid #ddd}"
    ".bar{stroke:#1565c0;stroke-width:6}.bar.vague{stroke:#90caf9}"
    ".bar.disputed{stroke:#8e24aa;stroke-dasharray:4 3}.bar.negated{stroke:#c62828}"
    ".pt{fill:#1565c0}.pt.disputed{fill:#8e24aa}.pt.negated{fill:#c62828}"
    ".axis{stroke:#999}.lbl{font-size:11px;fill:#333}#filters label{margin-right:1em}";

static const char *const script =
    "function ccFilter(){"
    "var on={};"
    "document.querySelectorAll('#filters input').forEach(function(b){on[b.value]=b.checked;});"
    "document.querySelectorAll('.finding').forEach(function(f){"
    "f.style.display=on[f.getAttribute('data-type')]?'':'none';});"
    "document.querySelectorAll('section.key').forEach(function(s){"
    "var shown=0;s.querySelectorAll('.finding').forEach(function(f){"
    "if(f.style.display!=='none'){shown++;}});"
    "s.style.display=shown?'':'none';});}"
    "document.querySelectorAll('#filters input').forEach(function(b){"
    "b.addEventListener('change',ccFilter);});";

/* The sentence around the claim with the claim marked, from its source
 * when the offsets fit; else the claim's text alone. */
static void
context(GString *out, const CcClaim *c, GPtrArray *rows)
{
    const CcSource *src = NULL;
    for (guint i = 0; rows != NULL && i < rows->len; i++) {
        const CcReportSourceRow *row = rows->pdata[i];
        if (row->source != NULL && c->source != NULL && strcmp(row->id, c->source) == 0)
            src = row->source;
    }
    const char *text = src != NULL ? cc_source_text(src) : NULL;
    gsize len = src != NULL ? cc_source_length(src) : 0;
    if (text != NULL && c->sentence_start <= c->span_start && c->span_start <= c->span_end
        && c->span_end <= c->sentence_end && c->sentence_end <= len
        && g_utf8_validate(text + c->sentence_start,
                           (gssize)(c->sentence_end - c->sentence_start), NULL)
        && g_utf8_validate(text + c->span_start, (gssize)(c->span_end - c->span_start), NULL)) {
        esc_len(out, text + c->sentence_start, c->span_start - c->sentence_start);
        g_string_append(out, "<mark>");
        esc_len(out, text + c->span_start, c->span_end - c->span_start);
        g_string_append(out, "</mark>");
        esc_len(out, text + c->span_end, c->sentence_end - c->span_end);
        return;
    }
    g_string_append(out, "<mark>");
    esc(out, c->text);
    g_string_append(out, "</mark>");
}

static void
claim_anchor(GString *out, GHashTable *index, const CcClaim *c)
{
    g_string_append_printf(out, "<a href=\"#ctx-%u\">", GPOINTER_TO_UINT(g_hash_table_lookup(index, c)));
    esc(out, c->file != NULL ? c->file : c->source);
    g_string_append_printf(out, ":%u:%u</a>", c->line, c->column);
}

static const char *
claim_class(const CcClaim *c)
{
    if (c->modality == CC_MODALITY_DISPUTED)
        return "disputed";
    if (c->modality == CC_MODALITY_NEGATED)
        return "negated";
    return c->value.vague ? "vague" : "";
}

/* The key's claims on one axis: a bar per interval, a dot per point,
 * open ends run to the edge. */
static void
axis(GString *out, GPtrArray *claims, GHashTable *index)
{
    double lo = INFINITY, hi = -INFINITY;
    const CcValue *kind = NULL;
    for (guint i = 0; i < claims->len; i++) {
        const CcValue *v = &((CcClaim *)claims->pdata[i])->value;
        if (v->kind == CC_VALUE_NONE)
            continue;
        kind = v;
        if (v->has_low) {
            lo = MIN(lo, v->low);
            hi = MAX(hi, v->low);
        }
        if (v->has_high) {
            lo = MIN(lo, v->high);
            hi = MAX(hi, v->high);
        }
    }
    if (kind == NULL || !isfinite(lo))
        return;
    double pad = (hi - lo) * 0.05;
    if (pad == 0)
        pad = lo != 0 ? (lo < 0 ? -lo : lo) * 0.05 : 1;
    lo -= pad;
    hi += pad;
    const int left = 90, width = 560, row_h = 18;
    int height = (int)claims->len * row_h + 40;
    g_string_append_printf(out,
                           "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
                           left + width + 20, height, left + width + 20, height);
    for (guint i = 0; i < claims->len; i++) {
        const CcClaim *c = claims->pdata[i];
        const CcValue *v = &c->value;
        int y = 14 + (int)i * row_h;
        g_string_append_printf(out, "<text class=\"lbl\" x=\"4\" y=\"%d\">", y + 4);
        esc(out, c->source);
        g_string_append(out, "</text>");
        if (v->kind == CC_VALUE_NONE)
            continue;
        double a = v->has_low ? v->low : lo, b = v->has_high ? v->high : hi;
        double x1 = left + (a - lo) / (hi - lo) * width;
        double x2 = left + (b - lo) / (hi - lo) * width;
        g_string_append_printf(out, "<a href=\"#ctx-%u\">",
                               GPOINTER_TO_UINT(g_hash_table_lookup(index, c)));
        g_autofree char *d = cc_value_to_display(v);
        if (v->has_low && v->has_high && v->low == v->high)
            g_string_append_printf(out, "<circle class=\"pt %s\" cx=\"%.1f\" cy=\"%d\" r=\"5\">",
                                   claim_class(c), x1, y);
        else
            g_string_append_printf(out,
                                   "<line class=\"bar %s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
                                   "y2=\"%d\">",
                                   claim_class(c), x1, y, x2, y);
        g_string_append(out, "<title>");
        esc(out, c->text);
        g_string_append(out, " = ");
        esc(out, d);
        g_string_append(out, "</title>");
        g_string_append(out, v->has_low && v->has_high && v->low == v->high ? "</circle>"
                                                                            : "</line>");
        g_string_append(out, "</a>");
    }
    int ay = height - 22;
    g_string_append_printf(out, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"></line>",
                           left, ay, left + width, ay);
    CcValue end = *kind;
    end.has_low = end.has_high = TRUE;
    end.approx = end.vague = FALSE;
    end.low_strict = end.high_strict = FALSE;
    end.low = end.high = kind->kind == CC_VALUE_DATE ? (double)(gint64)(lo + pad) : lo + pad;
    g_autofree char *ls = cc_value_to_display(&end);
    end.low = end.high = kind->kind == CC_VALUE_DATE ? (double)(gint64)(hi - pad) : hi - pad;
    g_autofree char *hs = cc_value_to_display(&end);
    g_string_append_printf(out, "<text class=\"lbl\" x=\"%d\" y=\"%d\">", left, ay + 16);
    esc(out, ls);
    g_string_append_printf(out, "</text><text class=\"lbl\" x=\"%d\" y=\"%d\" "
                                "text-anchor=\"end\">",
                           left + width, ay + 16);
    esc(out, hs);
    g_string_append(out, "</text></svg>\n");
}

/* One key's claims (in claim order) and findings (conflicts first). */
typedef struct {
    GPtrArray *claims;
    GPtrArray *findings;
} KeyGroup;

static void
key_group_free(KeyGroup *g)
{
    g_ptr_array_unref(g->claims);
    g_ptr_array_unref(g->findings);
    g_free(g);
}

static void
key_section(GString *out, const CcComparison *cmp, const char *key, const KeyGroup *group,
            GHashTable *index, GPtrArray *rows)
{
    GPtrArray *claims = group->claims;
    g_string_append(out, "<section class=\"key\"><h2>");
    esc(out, key);
    g_string_append(out, "</h2>\n");
    if (claims->len <= 200)
        axis(out, claims, index);
    GPtrArray *findings = group->findings;
    /* The key's consensus, once for all its findings. */
    const CcConsensus *consensus = findings->len > 0
                                       ? ((const CcFinding *)findings->pdata[0])->consensus
                                       : NULL;
    if (consensus != NULL) {
        g_autofree char *cs = cc_consensus_sentence(consensus);
        g_string_append(out, "<p class=\"consensus\">");
        esc(out, cs);
        g_string_append(out, "</p>\n");
    }
    for (guint i = 0; i < findings->len; i++) {
        const CcFinding *f = findings->pdata[i];
        const char *type = cc_relation_type_to_string(f->type);
        g_string_append_printf(out, "<div class=\"finding\" data-type=\"%s\">"
                                    "<p><span class=\"type\">%s</span> ",
                               type, type);
        g_autofree char *summary = cc_finding_summary(cmp, f);
        g_autofree char *detail = cc_finding_detail(cmp, f);
        esc(out, summary);
        g_string_append(out, "</p><ul>");
        for (guint j = 0; j < f->n_claims && j < 50; j++) {
            const CcClaim *c = f->claims[j];
            g_string_append(out, "<li>");
            claim_anchor(out, index, c);
            g_string_append(out, " &lsquo;");
            esc(out, c->text);
            g_string_append(out, "&rsquo; ");
            g_autofree char *d = cc_value_to_display(&c->value);
            esc(out, d[0] ? d : "event");
            g_string_append(out, " <em>");
            esc(out, cc_modality_to_string(c->modality));
            if (c->attribution != NULL) {
                g_string_append(out, ", said by ");
                esc(out, c->attribution);
            }
            g_string_append(out, "</em></li>");
        }
        if (f->n_claims > 50)
            g_string_append_printf(out, "<li>… and %u more</li>", f->n_claims - 50);
        g_string_append(out, "</ul><div class=\"detail\">");
        esc(out, detail);
        g_string_append(out, "</div></div>\n");
    }
    g_string_append(out, "<h3>Claims in context</h3><ol>");
    for (guint i = 0; i < claims->len && i < 500; i++) {
        const CcClaim *c = claims->pdata[i];
        g_string_append_printf(out, "<li id=\"ctx-%u\">",
                               GPOINTER_TO_UINT(g_hash_table_lookup(index, c)));
        esc(out, c->file != NULL ? c->file : c->source);
        g_string_append_printf(out, ":%u:%u<blockquote>", c->line, c->column);
        context(out, c, rows);
        g_string_append(out, "</blockquote></li>");
    }
    g_string_append(out, "</ol></section>\n");
}

gboolean
cc_report_compare_html(FILE *out, const CcComparison *cmp, GPtrArray *sources, GError **error)
{
    g_return_val_if_fail(out != NULL && cmp != NULL, FALSE);
    g_autoptr(GPtrArray) rows = cc_report_source_rows(cmp, sources);
    g_autoptr(GHashTable) index = g_hash_table_new(NULL, NULL);
    GPtrArray *claims = cc_comparison_claims(cmp);
    for (guint i = 0; i < claims->len; i++)
        g_hash_table_insert(index, claims->pdata[i], GUINT_TO_POINTER(i + 1));

    g_autoptr(GString) h = g_string_new(NULL);
    g_string_append_printf(h, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                              "<title>claimcheck comparison</title><style>%s</style></head>\n"
                              "<body><h1>claimcheck comparison</h1>\n",
                           style);
    g_string_append(h, "<table><thead><tr><th>source</th><th>file</th><th>title</th>"
                       "<th>date</th></tr></thead><tbody>");
    for (guint i = 0; i < rows->len; i++) {
        const CcReportSourceRow *row = rows->pdata[i];
        g_string_append(h, "<tr><td>");
        esc(h, row->id);
        g_string_append(h, "</td><td>");
        esc(h, row->file);
        g_string_append(h, "</td><td>");
        esc(h, row->title);
        g_string_append(h, "</td><td>");
        esc(h, row->date);
        g_string_append(h, "</td></tr>");
    }
    g_string_append(h, "</tbody></table>\n");
    if (cc_comparison_relations_limited(cmp)) {
        g_autofree char *note = cc_report_summarised_note(cmp);
        g_string_append(h, "<p>");
        esc(h, note);
        g_string_append(h, "</p>\n");
    }

    static const CcRelationType types[] = {
        CC_RELATION_CONFLICT, CC_RELATION_DISPUTED,       CC_RELATION_UPDATE,
        CC_RELATION_AGREEMENT, CC_RELATION_COMPATIBLE,    CC_RELATION_NOT_COMPARABLE,
        CC_RELATION_UNCORROBORATED,
    };
    g_string_append(h, "<form id=\"filters\">");
    for (guint i = 0; i < G_N_ELEMENTS(types); i++) {
        const char *t = cc_relation_type_to_string(types[i]);
        g_string_append_printf(h, "<label><input type=\"checkbox\" value=\"%s\" checked>%s"
                                  "</label>",
                               t, t);
    }
    g_string_append(h, "</form>\n");

    /* Keys in the order of their first finding (conflicts first), then any
     * key with no finding. */
    g_autoptr(GHashTable) groups = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify)key_group_free);
    g_autoptr(GPtrArray) order = g_ptr_array_new();
    GPtrArray *findings = cc_comparison_findings(cmp);
    for (guint i = 0; i < findings->len + claims->len; i++) {
        const CcFinding *f = i < findings->len ? findings->pdata[i] : NULL;
        const CcClaim *c = f == NULL ? claims->pdata[i - findings->len] : NULL;
        const char *key = f != NULL ? f->key : c->key;
        if (key == NULL)
            continue;
        KeyGroup *g = g_hash_table_lookup(groups, key);
        if (g == NULL) {
            g = g_new0(KeyGroup, 1);
            g->claims = g_ptr_array_new();
            g->findings = g_ptr_array_new();
            g_hash_table_insert(groups, (gpointer)key, g);
            g_ptr_array_add(order, (gpointer)key);
        }
        g_ptr_array_add(f != NULL ? g->findings : g->claims, f != NULL ? (gpointer)f : (gpointer)c);
    }
    for (guint i = 0; i < order->len; i++)
        key_section(h, cmp, order->pdata[i], g_hash_table_lookup(groups, order->pdata[i]),
                    index, rows);
    g_string_append_printf(h, "<script>%s</script>\n</body></html>\n", script);
    fwrite(h->str, 1, h->len, out);
    return cc_report_check_stream(out, error);
}
