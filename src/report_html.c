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
    "body{font-family:system-ui,sans-serif;margin:2em;max-width:72em;color:#222}"
    "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}"
    ".finding{border-left:4px solid #999;padding:.3em .8em;margin:.8em 0;background:#fafafa}"
    ".finding[data-type=conflict]{border-color:#c62828}"
    ".finding[data-type=disputed]{border-color:#8e24aa}"
    ".finding[data-type=update]{border-color:#00838f}"
    ".finding[data-type=agreement],.finding[data-type=compatible]{border-color:#2e7d32}"
    ".finding[data-type=uncorroborated]{border-color:#f9a825}"
    ".type{font-weight:bold;text-transform:uppercase;font-size:.8em}"
    ".detail{white-space:pre-wrap;font-size:.9em;color:#444}"
    ".consensus{font-size:.9em;border-left:3px solid #2e7d32;padding-left:.5em}"
    "mark{background:#fff59d}blockquote{margin:.2em 0 .6em 1em;color:#333}"
    "table{border-collapse:collapse}td,th{padding:.2em .6em;text-align:left}"
    "#summary .counts{display:flex;flex-wrap:wrap;gap:.4em 1.4em;list-style:none;padding:0}"
    "#summary .counts strong{font-size:1.2em}"
    ".chart{border:1px solid #ddd;background:#fff;padding:.4em .6em;margin:.6em 0;"
    "display:inline-block}"
    ".chart table{border-collapse:collapse}"
    ".chart th.who{width:17em;min-width:17em;max-width:17em;font-weight:normal;font-size:12px;"
    "line-height:1.25;padding:.15em .8em .15em 0;vertical-align:middle;overflow-wrap:anywhere}"
    ".chart th.who .src{font-weight:bold}.chart .meta{color:#666}"
    ".chart td.track{padding:0;vertical-align:middle;width:560px}"
    ".chart tr.row{border-top:1px solid #f2f2f2}"
    ".chart tr.row.conflicted th.who .src{color:#c62828}"
    ".chart .caption{font-size:12px;color:#555;margin:.2em 0}"
    ".grid{stroke:#eee}.axis{stroke:#999}.tick{font-size:11px;fill:#444}"
    ".band{fill:#2e7d32;fill-opacity:.14}.band-edge{stroke:#2e7d32;stroke-opacity:.5}"
    ".bar{stroke-width:6;stroke-linecap:butt}"
    ".m-asserted,.m-reported{stroke:#1565c0;fill:#1565c0}"
    ".m-hedged{stroke:#42a5f5;fill:#42a5f5}"
    ".m-hypothetical{stroke:#9e9e9e;fill:#9e9e9e}"
    ".m-negated{stroke:#c62828;fill:#c62828}"
    ".m-disputed{stroke:#8e24aa;fill:#8e24aa}.bar.m-disputed{stroke-dasharray:4 3}"
    ".vague{stroke-opacity:.45;fill-opacity:.45}.history{stroke-opacity:.35;fill-opacity:.35}"
    ".off{stroke:none}"
    "#legend{font-size:12px;display:flex;flex-wrap:wrap;gap:.3em 1.2em;align-items:center;"
    "margin:.5em 0}#legend svg{vertical-align:middle}"
    ".sources td:nth-child(3){white-space:nowrap}#filters label{margin-right:1em}";

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

/* ---- the interval chart --------------------------------------------------- */

enum { PLOT_W = 560, PLOT_PAD = 12, ROW_H = 20, AXIS_H = 30 };

/* How values map to x: linear or log10 over [lo, hi], onto
 * [PLOT_PAD, PLOT_W - PLOT_PAD]. Dates are day numbers. */
typedef struct {
    double lo, hi;
    gboolean log;
    gboolean date;
} Scale;

static double
scale_t(const Scale *s, double v)
{
    if (s->log)
        return v > 0 ? (log10(v) - log10(s->lo)) / (log10(s->hi) - log10(s->lo)) : -INFINITY;
    return (v - s->lo) / (s->hi - s->lo);
}

static double
scale_x(const Scale *s, double v)
{
    return PLOT_PAD + scale_t(s, v) * (PLOT_W - 2 * PLOT_PAD);
}

/* Whole numbers with thousands separators; others in three digits. */
static void
append_number(GString *out, double v)
{
    if (v == floor(v) && fabs(v) < 1e15) {
        char digits[32];
        g_snprintf(digits, sizeof digits, "%.0f", fabs(v));
        if (v < 0)
            g_string_append_c(out, '-');
        gsize n = strlen(digits);
        for (gsize i = 0; i < n; i++) {
            if (i > 0 && (n - i) % 3 == 0)
                g_string_append_c(out, ',');
            g_string_append_c(out, digits[i]);
        }
        return;
    }
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append(out, g_ascii_formatd(buf, sizeof buf, "%.3g", v));
}

/* A tick: its value and label. */
typedef struct {
    double v;
    char label[32];
} Tick;

static guint
ticks_linear(const Scale *s, Tick *t, guint max)
{
    double span = s->hi - s->lo, raw = span / 6;
    double mag = pow(10, floor(log10(raw)));
    static const double steps[] = {1, 2, 2.5, 5, 10};
    double step = 10 * mag;
    for (guint i = 0; i < G_N_ELEMENTS(steps); i++)
        if (steps[i] * mag >= raw) {
            step = steps[i] * mag;
            break;
        }
    guint n = 0;
    for (double v = ceil(s->lo / step) * step; v <= s->hi + step * 1e-9 && n < max; v += step) {
        double r = fabs(v) < step * 1e-9 ? 0 : v;
        t[n].v = r;
        g_autoptr(GString) l = g_string_new(NULL);
        append_number(l, r);
        g_strlcpy(t[n].label, l->str, sizeof t[n].label);
        n++;
    }
    return n;
}

static guint
ticks_log(const Scale *s, Tick *t, guint max)
{
    if (!(s->lo > 0) || !(s->hi >= s->lo) || !isfinite(s->hi))
        return 0; /* a log scale needs positive, finite ends */
    int k0 = (int)ceil(log10(s->lo) - 1e-9), k1 = (int)floor(log10(s->hi) + 1e-9);
    /* Few decades: 1, 2 and 5 of each; many: every decade, or every other. */
    static const double few[] = {1, 2, 5};
    guint per = k1 - k0 < 2 ? 3 : 1;
    int every = k1 - k0 > 7 ? 2 : 1;
    guint n = 0;
    for (int k = k0 - 1; k <= k1 && n < max; k++) {
        if ((k - k0) % every != 0)
            continue;
        for (guint j = 0; j < per && n < max; j++) {
            double v = few[j] * pow(10, k);
            if (v < s->lo * (1 - 1e-9) || v > s->hi * (1 + 1e-9))
                continue;
            t[n].v = v;
            g_autoptr(GString) l = g_string_new(NULL);
            append_number(l, v);
            g_strlcpy(t[n].label, l->str, sizeof t[n].label);
            n++;
        }
    }
    return n;
}


/* A scale's end as a day number: an axis padded past the first or last day
 * a day number can hold stops there. */
static guint32
day_of(double x)
{
    if (!(x >= 1.0))
        return 1;
    if (x >= 3652059.0) /* 9999-12-31 */
        return 3652059;
    return (guint32)x;
}

static guint
ticks_dates(const Scale *s, Tick *t, guint max)
{
    double span = s->hi - s->lo;
    guint n = 0;
    if (span <= 10) { /* every day or every other */
        int step = span <= 5 ? 1 : 2;
        for (double d = ceil(s->lo / step) * step; d <= s->hi && n < max; d += step) {
            g_autofree char *iso = cc_day_to_iso(day_of(d));
            t[n].v = d;
            g_strlcpy(t[n].label, iso, sizeof t[n].label);
            n++;
        }
        return n;
    }
    if (span <= 100) { /* round days of the month: the 1st, 10th, 20th (and 5th, 15th, 25th) */
        static const int fine[] = {1, 5, 10, 15, 20, 25}, coarse[] = {1, 10, 20}, month[] = {1};
        const int *days = span <= 25 ? fine : span <= 55 ? coarse : month;
        guint n_days = span <= 25 ? G_N_ELEMENTS(fine) : span <= 55 ? G_N_ELEMENTS(coarse) : 1;
        if (span > 55 && span <= 100) { /* 1st and 15th */
            static const int half[] = {1, 15};
            days = half;
            n_days = 2;
        }
        for (guint32 d = day_of(ceil(s->lo)); d <= s->hi && n < max; d++) {
            int y, m, dm;
            cc_day_to_ymd(d, &y, &m, &dm);
            for (guint i = 0; i < n_days; i++)
                if (dm == days[i]) {
                    g_autofree char *iso = cc_day_to_iso(d);
                    t[n].v = d;
                    g_strlcpy(t[n].label, iso, sizeof t[n].label);
                    n++;
                    break;
                }
        }
        return n;
    }
    /* Month starts, every 1, 2, 3, 6, 12 … months. */
    int y0, m0, d0, y1, m1, d1;
    cc_day_to_ymd(day_of(ceil(s->lo)), &y0, &m0, &d0);
    cc_day_to_ymd(day_of(floor(s->hi)), &y1, &m1, &d1);
    int months = (y1 - y0) * 12 + (m1 - m0);
    static const int steps[] = {1, 2, 3, 6, 12, 24, 60, 120};
    int step = 120;
    for (guint i = 0; i < G_N_ELEMENTS(steps); i++)
        if (months / steps[i] <= 5) {
            step = steps[i];
            break;
        }
    int y = y0, m = m0 + (d0 > 1 ? 1 : 0);
    if (m > 12) {
        m = 1;
        y++;
    }
    /* Align to the step: January for years, quarters for 3 months. */
    while (((y * 12 + m - 1) % step) != 0) {
        if (++m > 12) {
            m = 1;
            y++;
        }
    }
    while (n < max) {
        guint32 day = cc_day_from_ymd(y, m, 1);
        if (day == 0 || day > s->hi)
            break;
        t[n].v = day;
        if (step >= 12)
            g_snprintf(t[n].label, sizeof t[n].label, "%04d", y);
        else
            g_snprintf(t[n].label, sizeof t[n].label, "%04d-%02d", y, m);
        n++;
        m += step;
        while (m > 12) {
            m -= 12;
            y++;
        }
    }
    return n;
}

static guint
scale_ticks(const Scale *s, Tick *t, guint max)
{
    if (s->date)
        return ticks_dates(s, t, max);
    return s->log ? ticks_log(s, t, max) : ticks_linear(s, t, max);
}

/* The finite ends of @v into [*lo, *hi]. */
static void
extend(const CcValue *v, double *lo, double *hi)
{
    if (v->has_low) {
        *lo = MIN(*lo, v->low);
        *hi = MAX(*hi, v->low);
    }
    if (v->has_high) {
        *lo = MIN(*lo, v->high);
        *hi = MAX(*hi, v->high);
    }
}

/* The scale of a key: set by the claims that matter, its consensus band
 * (and a running total's earlier figures) and the claims in conflict (their precise values: a vague "thousands" in a
 * conflict only through a denial does not stretch it); else by all its
 * claims. Claims outside it are drawn as arrows at the edge. */
static gboolean
choose_scale(GPtrArray *claims, const CcConsensus *consensus, GHashTable *conflicted,
             Scale *s)
{
    double lo = INFINITY, hi = -INFINITY;
    const CcValue *kind = NULL;
    if (consensus != NULL) {
        /* A running total's band, and its history: how it grew. */
        extend(&consensus->band, &lo, &hi);
        for (guint i = 0; i < consensus->history->len; i++)
            extend(&((const CcClaim *)consensus->history->pdata[i])->value, &lo, &hi);
        kind = &consensus->band;
    }
    for (int pass = 0; pass < 2; pass++) {
        for (guint i = 0; i < claims->len; i++) {
            const CcClaim *c = claims->pdata[i];
            if (c->value.kind == CC_VALUE_NONE)
                continue;
            if (pass == 0 && (!g_hash_table_contains(conflicted, c) || c->value.vague))
                continue;
            if (kind == NULL)
                kind = &c->value;
            extend(&c->value, &lo, &hi);
        }
        if (isfinite(lo))
            break;
    }
    if (kind == NULL || !isfinite(lo))
        return FALSE;
    s->date = kind->kind == CC_VALUE_DATE;
    s->log = !s->date && lo > 0 && hi / lo >= 20;
    if (s->log) {
        double l = log10(lo), h = log10(hi), pad = (h - l) * 0.08;
        s->lo = pow(10, l - pad);
        s->hi = pow(10, h + pad);
        return TRUE;
    }
    double pad = (hi - lo) * 0.08;
    if (pad == 0)
        pad = s->date ? 3 : MAX(fabs(lo) * 0.1, 1);
    s->lo = lo - pad;
    s->hi = hi + pad;
    if (!s->date && lo >= 0 && s->lo < 0) /* counts start at zero */
        s->lo = 0;
    return TRUE;
}

static const char *
modality_class(const CcClaim *c)
{
    switch (c->modality) {
    case CC_MODALITY_REPORTED: return "m-reported";
    case CC_MODALITY_HEDGED: return "m-hedged";
    case CC_MODALITY_HYPOTHETICAL: return "m-hypothetical";
    case CC_MODALITY_NEGATED: return "m-negated";
    case CC_MODALITY_DISPUTED: return "m-disputed";
    case CC_MODALITY_ASSERTED:
    default: return "m-asserted";
    }
}

/* An arrow at the plot's left (@dir < 0) or right edge: off the scale. */
static void
edge_arrow(GString *out, const char *cls, int dir, int y)
{
    double x = dir < 0 ? 2 : PLOT_W - 2;
    double back = dir < 0 ? x + 9 : x - 9;
    g_string_append_printf(out, "<polygon class=\"off %s\" points=\"%.1f,%d %.1f,%d %.1f,%d\">",
                           cls, x, y, back, y - 6, back, y + 6);
    g_string_append(out, "</polygon>");
}

/* One claim's mark in its row: a dot for a point, a bar for an interval,
 * an arrow at the edge where it runs off the scale or is open. */
static void
claim_mark(GString *out, const Scale *s, const CcClaim *c, guint id, const char *extra)
{
    const CcValue *v = &c->value;
    int y = ROW_H / 2;
    g_autofree char *cls = g_strdup_printf("%s%s%s%s", modality_class(c),
                                           v->vague ? " vague" : "", extra[0] ? " " : "", extra);
    g_string_append_printf(out, "<a href=\"#ctx-%u\"><g class=\"mark\" data-claim=\"%u\">", id,
                           id);
    g_string_append(out, "<title>");
    esc(out, c->text);
    g_string_append(out, " = ");
    g_autofree char *d = cc_value_to_display(v);
    esc(out, d);
    g_string_append(out, "</title>");
    double t0 = v->has_low ? scale_t(s, v->low) : -INFINITY;
    double t1 = v->has_high ? scale_t(s, v->high) : INFINITY;
    if (t1 < 0 || t0 > 1) { /* wholly off the scale */
        edge_arrow(out, cls, t1 < 0 ? -1 : 1, y);
    } else if (v->has_low && v->has_high && v->low == v->high) {
        g_string_append_printf(out, "<circle class=\"pt %s\" cx=\"%.1f\" cy=\"%d\" r=\"5\">"
                                    "</circle>",
                               cls, scale_x(s, v->low), y);
    } else {
        double x0 = t0 < 0 ? PLOT_PAD : scale_x(s, v->low);
        double x1 = t1 > 1 ? PLOT_W - PLOT_PAD : scale_x(s, v->high);
        if (x1 - x0 < 2) { /* a narrow interval stays visible */
            x0 -= 1;
            x1 += 1;
        }
        g_string_append_printf(out, "<line class=\"bar %s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
                                    "y2=\"%d\"></line>",
                               cls, x0, y, x1, y);
        if (t0 < 0)
            edge_arrow(out, cls, -1, y);
        if (t1 > 1)
            edge_arrow(out, cls, 1, y);
    }
    g_string_append(out, "</g></a>");
}

/* The consensus band and the ticks' grid behind one row of height @h. */
static void
row_background(GString *out, const Scale *s, const CcConsensus *consensus, const Tick *ticks,
               guint n_ticks, int h)
{
    for (guint i = 0; i < n_ticks; i++)
        g_string_append_printf(out, "<line class=\"grid\" x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" "
                                    "y2=\"%d\"></line>",
                               scale_x(s, ticks[i].v), scale_x(s, ticks[i].v), h);
    if (consensus == NULL)
        return;
    const CcValue *b = &consensus->band;
    double t0 = b->has_low ? scale_t(s, b->low) : 0, t1 = b->has_high ? scale_t(s, b->high) : 1;
    t0 = CLAMP(t0, 0, 1);
    t1 = CLAMP(t1, 0, 1);
    double x0 = PLOT_PAD + t0 * (PLOT_W - 2 * PLOT_PAD), x1 = PLOT_PAD + t1 * (PLOT_W - 2 * PLOT_PAD);
    if (x1 - x0 < 3) {
        x0 -= 1.5;
        x1 += 1.5;
    }
    g_string_append_printf(out, "<rect class=\"band\" x=\"%.1f\" y=\"0\" width=\"%.1f\" "
                                "height=\"%d\"></rect>",
                           x0, x1 - x0, h);
}

/* The key's claims on one scale: a row per claim, its source, outlet, date
 * and words in a column of their own, its interval beside them; the
 * consensus band shaded behind; ticks at round values below. Conflicting
 * pairs whose values do not meet are named in data-conflicts (claim ids,
 * "a b;c d") for the report's layout test. */
static void
chart(GString *out, const CcComparison *cmp, GPtrArray *claims, GPtrArray *findings,
      GHashTable *index, GPtrArray *rows)
{
    const CcConsensus *consensus = NULL;
    g_autoptr(GHashTable) conflicted = g_hash_table_new(NULL, NULL);
    for (guint i = 0; i < findings->len; i++) {
        const CcFinding *f = findings->pdata[i];
        if (f->consensus != NULL)
            consensus = f->consensus;
        if (f->type != CC_RELATION_CONFLICT)
            continue;
        for (guint j = 0; j < f->n_claims; j++)
            g_hash_table_add(conflicted, (gpointer)f->claims[j]);
    }
    Scale s;
    if (!choose_scale(claims, consensus, conflicted, &s))
        return;
    Tick ticks[12];
    guint n_ticks = scale_ticks(&s, ticks, G_N_ELEMENTS(ticks));

    /* Conflicting pairs of disjoint values: the relations of the key, and
     * two speakers of one source. */
    g_autoptr(GString) pairs = g_string_new(NULL);
    g_autoptr(GHashTable) mine = g_hash_table_new(NULL, NULL);
    for (guint i = 0; i < claims->len; i++)
        g_hash_table_add(mine, claims->pdata[i]);
    GArray *rels = cc_comparison_relations(cmp);
    for (guint i = 0; i < rels->len; i++) {
        const CcRelation *r = &g_array_index(rels, CcRelation, i);
        const CcClaim *a = cc_relation_claim_a(cmp, r), *b = cc_relation_claim_b(cmp, r);
        if (r->type != CC_RELATION_CONFLICT || !g_hash_table_contains(mine, a)
            || a->value.kind == CC_VALUE_NONE || b->value.kind == CC_VALUE_NONE
            || cc_value_overlaps(&a->value, &b->value))
            continue;
        g_string_append_printf(pairs, "%s%u %u", pairs->len ? ";" : "",
                               GPOINTER_TO_UINT(g_hash_table_lookup(index, a)),
                               GPOINTER_TO_UINT(g_hash_table_lookup(index, b)));
    }
    for (guint i = 0; i < findings->len; i++) {
        const CcFinding *f = findings->pdata[i];
        if (f->type == CC_RELATION_CONFLICT && f->n_claims == 2
            && g_strcmp0(f->claims[0]->source, f->claims[1]->source) == 0
            && f->claims[0]->value.kind != CC_VALUE_NONE
            && f->claims[1]->value.kind != CC_VALUE_NONE
            && !cc_value_overlaps(&f->claims[0]->value, &f->claims[1]->value))
            g_string_append_printf(pairs, "%s%u %u", pairs->len ? ";" : "",
                                   GPOINTER_TO_UINT(g_hash_table_lookup(index, f->claims[0])),
                                   GPOINTER_TO_UINT(g_hash_table_lookup(index, f->claims[1])));
    }

    g_string_append_printf(out, "<div class=\"chart\" data-conflicts=\"%s\">", pairs->str);
    const CcValue *unit_of = consensus != NULL ? &consensus->band : NULL;
    for (guint i = 0; unit_of == NULL && i < claims->len; i++)
        if (((CcClaim *)claims->pdata[i])->value.kind != CC_VALUE_NONE)
            unit_of = &((CcClaim *)claims->pdata[i])->value;
    g_string_append(out, "<p class=\"caption\">");
    if (!s.date && unit_of != NULL && unit_of->unit != NULL) {
        esc(out, unit_of->unit);
        g_string_append(out, ", ");
    }
    g_string_append(out, s.date ? "dates" : s.log ? "logarithmic scale" : "linear scale");
    if (consensus != NULL)
        g_string_append(out, "; shaded: the consensus band");
    g_string_append(out, "</p><table>");
    for (guint i = 0; i < claims->len; i++) {
        const CcClaim *c = claims->pdata[i];
        guint id = GPOINTER_TO_UINT(g_hash_table_lookup(index, c));
        gboolean history = consensus != NULL && consensus->history->len > 0
                           && g_ptr_array_find(consensus->history, c, NULL);
        g_string_append_printf(out, "<tr class=\"row%s\"><th class=\"who\"><span class=\"src\">",
                               g_hash_table_contains(conflicted, c) ? " conflicted" : "");
        esc(out, c->source);
        g_string_append(out, "</span><br><span class=\"meta\">");
        const CcReportSourceRow *row = NULL;
        for (guint j = 0; rows != NULL && j < rows->len && row == NULL; j++)
            if (g_strcmp0(((CcReportSourceRow *)rows->pdata[j])->id, c->source) == 0)
                row = rows->pdata[j];
        g_autofree char *as_of = c->as_of != 0 ? cc_day_to_iso(c->as_of) : NULL;
        const char *when = row != NULL && row->date != NULL ? row->date : as_of;
        if (row != NULL && row->outlet != NULL) {
            esc(out, row->outlet);
            g_string_append(out, when ? ", " : "");
        }
        esc(out, when);
        if ((row != NULL && row->outlet != NULL) || when != NULL)
            g_string_append(out, " &middot; ");
        g_string_append(out, "&lsquo;");
        esc(out, c->text);
        g_string_append(out, "&rsquo;</span></th><td class=\"track\">");
        g_string_append_printf(out, "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
                               PLOT_W, ROW_H, PLOT_W, ROW_H);
        row_background(out, &s, consensus, ticks, n_ticks, ROW_H);
        if (c->value.kind != CC_VALUE_NONE)
            claim_mark(out, &s, c, id, history ? "history" : "");
        g_string_append(out, "</svg></td></tr>");
    }
    /* The axis and its ticks. */
    g_string_append_printf(out, "<tr><th class=\"who\"></th><td class=\"track\"><svg width=\"%d\" "
                                "height=\"%d\" viewBox=\"0 0 %d %d\" class=\"axis-row\">",
                           PLOT_W, AXIS_H, PLOT_W, AXIS_H);
    g_string_append_printf(out, "<line class=\"axis\" x1=\"%d\" y1=\"4\" x2=\"%d\" y2=\"4\"></line>",
                           PLOT_PAD, PLOT_W - PLOT_PAD);
    for (guint i = 0; i < n_ticks; i++) {
        double x = scale_x(&s, ticks[i].v);
        /* A label near an edge is anchored there, so that it is not cut. */
        double half = 3.2 * (double)strlen(ticks[i].label);
        const char *anchor = x + half > PLOT_W ? "end" : x - half < 0 ? "start" : "middle";
        double tx = x + half > PLOT_W ? PLOT_W - 1 : x - half < 0 ? 1 : x;
        g_string_append_printf(out, "<line class=\"axis\" x1=\"%.1f\" y1=\"4\" x2=\"%.1f\" "
                                    "y2=\"9\"></line><text class=\"tick\" x=\"%.1f\" y=\"22\" "
                                    "text-anchor=\"%s\">",
                               x, x, tx, anchor);
        esc(out, ticks[i].label);
        g_string_append(out, "</text>");
    }
    g_string_append(out, "</svg></td></tr></table></div>\n");
}

/* The legend: what the marks' colours and shapes say. */
static void
legend(GString *out)
{
    static const struct {
        const char *cls, *label;
    } items[] = {
        {"m-asserted", "asserted or reported"}, {"m-hedged", "hedged"},
        {"m-hypothetical", "hypothetical"},     {"m-negated", "denied"},
        {"m-disputed", "reported only to be rejected"},
    };
    g_string_append(out, "<div id=\"legend\"><strong>Legend</strong>");
    for (guint i = 0; i < G_N_ELEMENTS(items); i++)
        g_string_append_printf(out, "<span><svg width=\"34\" height=\"12\"><line class=\"bar %s\" "
                                    "x1=\"2\" y1=\"6\" x2=\"22\" y2=\"6\"></line><circle "
                                    "class=\"pt %s\" cx=\"28\" cy=\"6\" r=\"4\"></circle></svg> %s"
                                    "</span>",
                               items[i].cls, items[i].cls, items[i].label);
    g_string_append(out, "<span><svg width=\"24\" height=\"12\"><line class=\"bar m-asserted "
                         "vague\" x1=\"2\" y1=\"6\" x2=\"22\" y2=\"6\"></line></svg> vague</span>"
                         "<span><svg width=\"24\" height=\"12\"><line class=\"bar m-asserted "
                         "history\" x1=\"2\" y1=\"6\" x2=\"22\" y2=\"6\"></line></svg> earlier "
                         "figure of a running total</span>"
                         "<span><svg width=\"24\" height=\"12\"><rect class=\"band\" x=\"2\" "
                         "y=\"0\" width=\"20\" height=\"12\"></rect></svg> consensus band</span>"
                         "<span><svg width=\"14\" height=\"12\"><polygon class=\"off m-asserted\" "
                         "points=\"12,6 3,0 3,12\"></polygon></svg> beyond the scale, or open"
                         "</span></div>\n");
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
key_section(GString *out, const CcComparison *cmp, const char *key, guint n,
            const KeyGroup *group, GHashTable *index, GPtrArray *rows)
{
    GPtrArray *claims = group->claims;
    g_string_append_printf(out, "<section class=\"key\" id=\"key-%u\"><h2>", n);
    esc(out, key);
    g_string_append(out, "</h2>\n");
    if (claims->len <= 200)
        chart(out, cmp, claims, group->findings, index, rows);
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

/* The summary at the top: counts per finding type, the keys in conflict. */
static void
summary_block(GString *h, const CcComparison *cmp, GPtrArray *rows)
{
    CcReportCounts n;
    cc_report_count(cmp, rows, &n);
    g_string_append_printf(h, "<section id=\"summary\"><h2>Summary</h2><p>%u %s from %u %s; "
                              "%u %s with a consensus.</p><ul class=\"counts\">",
                           n.claims, PLURAL(n.claims, "claim", "claims"), n.sources,
                           PLURAL(n.sources, "source", "sources"), n.keys,
                           PLURAL(n.keys, "key", "keys"));
    static const struct {
        CcRelationType type;
        const char *one, *many;
    } kinds[] = {
        {CC_RELATION_CONFLICT, "conflict", "conflicts"},
        {CC_RELATION_DISPUTED, "disputed", "disputed"},
        {CC_RELATION_UPDATE, "update", "updates"},
        {CC_RELATION_AGREEMENT, "agreement", "agreements"},
        {CC_RELATION_COMPATIBLE, "compatible", "compatible"},
        {CC_RELATION_NOT_COMPARABLE, "not comparable", "not comparable"},
        {CC_RELATION_UNCORROBORATED, "uncorroborated", "uncorroborated"},
    };
    for (guint i = 0; i < G_N_ELEMENTS(kinds); i++) {
        guint k = n.findings[kinds[i].type];
        g_string_append_printf(h, "<li data-type=\"%s\"><strong>%u</strong> %s</li>",
                               cc_relation_type_to_string(kinds[i].type), k,
                               PLURAL(k, kinds[i].one, kinds[i].many));
    }
    g_string_append(h, "</ul>");
    g_string_append_printf(h, "<p>%u %s in conflict", n.keys_in_conflict,
                           PLURAL(n.keys_in_conflict, "key", "keys"));
    /* Conflicts come first, so the conflicting keys' sections do too. */
    GPtrArray *findings = cc_comparison_findings(cmp);
    const char *last = NULL;
    guint section = 0;
    for (guint i = 0; i < findings->len; i++) {
        const CcFinding *f = findings->pdata[i];
        if (last != NULL && strcmp(last, f->key) == 0)
            continue;
        if (f->type == CC_RELATION_CONFLICT) {
            g_string_append_printf(h, "%s<a href=\"#key-%u\">", section == 0 ? ": " : ", ",
                                   section);
            esc(h, f->key);
            g_string_append(h, "</a>");
        }
        last = f->key;
        section++;
        if (f->type != CC_RELATION_CONFLICT)
            break;
    }
    g_string_append(h, ".</p></section>\n");
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
    summary_block(h, cmp, rows);
    legend(h);
    g_string_append(h, "<h2>Sources</h2><table class=\"sources\"><thead><tr><th>source</th><th>outlet</th>"
                       "<th>date</th><th>title</th><th>file</th></tr></thead><tbody>");
    for (guint i = 0; i < rows->len; i++) {
        const CcReportSourceRow *row = rows->pdata[i];
        g_string_append(h, "<tr><td>");
        esc(h, row->id);
        g_string_append(h, "</td><td>");
        esc(h, row->outlet);
        g_string_append(h, "</td><td>");
        esc(h, row->date);
        g_string_append(h, "</td><td>");
        esc(h, row->title);
        g_string_append(h, "</td><td>");
        esc(h, row->file);
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
        key_section(h, cmp, order->pdata[i], i, g_hash_table_lookup(groups, order->pdata[i]),
                    index, rows);
    g_string_append_printf(h, "<script>%s</script>\n</body></html>\n", script);
    fwrite(h->str, 1, h->len, out);
    return cc_report_check_stream(out, error);
}
