/* compare.c: the comparator. Groups records by claim key, types every
 * cross-source pair (agreement, compatible, conflict, disputed, update,
 * not_comparable) with a sentence saying why, clusters each key's values
 * and turns the clusters into findings, conflicts first. Keys with too many
 * pairs are clustered by a sort and sweep and related across clusters only. */
#include "internal.h"

#include <math.h>

struct _CcComparison {
    GPtrArray *input;     /* the caller's array, referenced */
    GPtrArray *claims;    /* sorted by source then offset; not owning */
    GPtrArray *relations; /* (element-type Rel) */
    GPtrArray *findings;  /* (element-type CcFinding) */
    GPtrArray *consensus; /* (element-type CcConsensus) */
    gboolean limited;
    CcCompareOptions options;
};

/* A relation with the sort positions of its claims. */
typedef struct {
    CcRelation pub;
    guint ia, ib;
} Rel;

/* One claim as the key sees it. */
typedef struct {
    const CcClaim *claim;
    guint order;  /* position in the comparison's sorted claims */
    guint source; /* index of its source within the key */
    double lo, hi; /* the interval widened by the tolerance; +-INFINITY when open */
    guint cluster;
    gboolean denies_all; /* negated, and its source gives no other figure on the key */
} Item;

static const char *const relation_names[] = {
    [CC_RELATION_AGREEMENT] = "agreement",       [CC_RELATION_COMPATIBLE] = "compatible",
    [CC_RELATION_CONFLICT] = "conflict",         [CC_RELATION_DISPUTED] = "disputed",
    [CC_RELATION_UPDATE] = "update",             [CC_RELATION_NOT_COMPARABLE] = "not_comparable",
    [CC_RELATION_UNCORROBORATED] = "uncorroborated",
};

const char *
cc_relation_type_to_string(CcRelationType type)
{
    if ((guint)type >= G_N_ELEMENTS(relation_names))
        return "unknown";
    return relation_names[type];
}

void
cc_compare_options_init(CcCompareOptions *options)
{
    g_return_if_fail(options != NULL);
    options->default_tolerance = 0.05;
    options->default_window_days = 30;
    options->max_pairs_per_key = 50000;
}

/* ---- tolerance and intervals ------------------------------------------ */

/* The tolerance a claim is compared with; *abs says whether it is in the
 * value's unit (days for dates) rather than relative. */
static double
claim_tolerance(const CcClaim *c, const CcCompareOptions *o, gboolean *abs)
{
    double tol;
    if (c->value.kind == CC_VALUE_DATE) {
        *abs = TRUE;
        tol = c->tolerance_abs ? c->tolerance : 0;
    } else if (c->tolerance_abs) {
        *abs = TRUE;
        tol = c->tolerance;
    } else {
        *abs = FALSE;
        tol = c->tolerance > 0 ? c->tolerance : o->default_tolerance;
    }
    return c->value.approx ? 2 * tol : tol;
}

static void
widen(const CcClaim *c, const CcCompareOptions *o, double *lo, double *hi)
{
    const CcValue *v = &c->value;
    gboolean abs;
    double tol = claim_tolerance(c, o, &abs);
    *lo = v->has_low ? v->low - (abs ? tol : tol * fabs(v->low)) : -INFINITY;
    *hi = v->has_high ? v->high + (abs ? tol : tol * fabs(v->high)) : INFINITY;
}

static char *
tolerance_phrase(const CcClaim *c, const CcCompareOptions *o)
{
    gboolean abs;
    double tol = claim_tolerance(c, o, &abs);
    if (tol == 0)
        return g_strdup(c->value.kind == CC_VALUE_DATE ? "0 days" : "0 (exact)");
    if (c->value.kind == CC_VALUE_DATE)
        return g_strdup_printf("±%g day%s", tol, tol == 1 ? "" : "s");
    if (abs) {
        CcValue v;
        cc_value_set_number(&v, tol);
        v.unit = c->value.unit;
        g_autofree char *d = cc_value_to_display(&v);
        return g_strdup_printf("±%s", d);
    }
    return g_strdup_printf("±%g%%", tol * 100);
}

static char *
pair_tolerance(const CcClaim *a, const CcClaim *b, const CcCompareOptions *o)
{
    g_autofree char *ta = tolerance_phrase(a, o);
    g_autofree char *tb = tolerance_phrase(b, o);
    if (strcmp(ta, tb) == 0)
        return g_strdup_printf("a tolerance of %s", ta);
    return g_strdup_printf("tolerances of %s for %s and %s for %s", ta, a->source, tb,
                           b->source);
}

static gboolean
is_point(const CcValue *v)
{
    return v->has_low && v->has_high && v->low == v->high && !v->vague;
}

/* A value as its record states it: a strict bound on whole things closes
 * onto the next whole thing ("more than 3 million" is ≥ 3,000,001 shells),
 * so that a comparison of records read back from `extract --format jsonl`
 * reads word for word like one of the documents. */
static char *
display_value(const CcValue *value)
{
    CcValue v = cc_value_closed(value);
    return cc_value_to_display(&v);
}

static const char *
modality_phrase(CcModality m)
{
    switch (m) {
    case CC_MODALITY_REPORTED: return "reported";
    case CC_MODALITY_HEDGED: return "hedged";
    case CC_MODALITY_HYPOTHETICAL: return "hypothetical";
    case CC_MODALITY_NEGATED: return "denied";
    case CC_MODALITY_DISPUTED: return "reported as disputed";
    case CC_MODALITY_ASSERTED:
    default: return NULL;
    }
}

/* "003 says 'thousands of soldiers' (2,000–19,999 person, vague, according
 * to NIS, hedged)". */
static void
append_claim(GString *out, const CcClaim *c, gboolean with_as_of)
{
    g_string_append_printf(out, "%s says '%s'", c->source,
                           c->text != NULL ? c->text : "(no text)");
    GPtrArray *parts = g_ptr_array_new_with_free_func(g_free);
    if (c->value.kind != CC_VALUE_NONE)
        g_ptr_array_add(parts, display_value(&c->value));
    if (c->value.vague)
        g_ptr_array_add(parts, g_strdup("vague"));
    if (c->value.approx)
        g_ptr_array_add(parts, g_strdup("approximate"));
    if (c->value.derived)
        g_ptr_array_add(parts, g_strdup("derived"));
    if (c->scope != NULL)
        g_ptr_array_add(parts, g_strdup_printf("scope %s", c->scope));
    if (c->attribution != NULL)
        g_ptr_array_add(parts, g_strdup_printf("according to %s", c->attribution));
    if (modality_phrase(c->modality) != NULL)
        g_ptr_array_add(parts, g_strdup(modality_phrase(c->modality)));
    if (with_as_of && c->as_of != 0) {
        g_autofree char *iso = cc_day_to_iso(c->as_of);
        g_ptr_array_add(parts, g_strdup_printf("as of %s", iso));
    }
    if (parts->len > 0) {
        g_string_append(out, " (");
        for (guint i = 0; i < parts->len; i++) {
            if (i > 0)
                g_string_append(out, ", ");
            g_string_append(out, parts->pdata[i]);
        }
        g_string_append_c(out, ')');
    }
    g_ptr_array_unref(parts);
}

static char *
display(const CcClaim *c)
{
    return display_value(&c->value);
}

static guint
source_gap_days(double lo1, double hi1, double lo2, double hi2)
{
    double gap = lo2 > hi1 ? lo2 - hi1 : lo1 - hi2;
    return gap > 0 ? (guint)gap : 0;
}

/* ---- the taxonomy ----------------------------------------------------- */

/* Whether two values meet within tolerance: one claim's interval, widened by
 * its own tolerance, reaches the other's interval as written. Each tolerance
 * speaks of its own value ("~11,000 within ±20%" is 8,800–13,200), so the
 * reason "match within ±20%" stays true; widening both sides would let two
 * approximate figures 27% apart "match within ±20%". */
static gboolean
meet_within(const CcClaim *a, const CcClaim *b, const CcCompareOptions *o)
{
    double alo, ahi, blo, bhi;
    widen(a, o, &alo, &ahi);
    widen(b, o, &blo, &bhi);
    const CcValue *va = &a->value, *vb = &b->value;
    double ralo = va->has_low ? va->low : -INFINITY, rahi = va->has_high ? va->high : INFINITY;
    double rblo = vb->has_low ? vb->low : -INFINITY, rbhi = vb->has_high ? vb->high : INFINITY;
    return (alo <= rbhi && rblo <= ahi) || (blo <= rahi && ralo <= bhi);
}

/* Types the pair and writes the reason, the part of "why" after the colon.
 * @a_denies_all / @b_denies_all: the claim is negated and its source gives
 * no figure of its own on the key, so it denies the thing itself ("denied
 * that Pyongyang had sent 10,000 troops"), not one figure for it. */
static CcRelationType
classify(const CcClaim *a, const CcClaim *b, const CcCompareOptions *o, gboolean a_denies_all,
         gboolean b_denies_all, GString *reason, gboolean *with_as_of)
{
    *with_as_of = FALSE;
    gboolean da = a->modality == CC_MODALITY_DISPUTED, db = b->modality == CC_MODALITY_DISPUTED;
    if (da || db) {
        if (da && db)
            g_string_append_printf(reason, "both %s and %s report the figure only to reject it",
                                   a->source, b->source);
        else
            g_string_append_printf(reason, "%s reports the figure only to reject it",
                                   da ? a->source : b->source);
        return CC_RELATION_DISPUTED;
    }
    if (g_strcmp0(a->scope, b->scope) != 0) {
        g_string_append_printf(reason, "they count different things (%s%s%s against %s%s%s)",
                               a->scope ? "scope '" : "", a->scope ? a->scope : "no scope",
                               a->scope ? "'" : "", b->scope ? "scope '" : "",
                               b->scope ? b->scope : "no scope", b->scope ? "'" : "");
        return CC_RELATION_NOT_COMPARABLE;
    }
    if (a->type != b->type) {
        g_string_append_printf(reason, "one is a %s claim and the other a %s claim",
                               cc_claim_type_to_string(a->type),
                               cc_claim_type_to_string(b->type));
        return CC_RELATION_NOT_COMPARABLE;
    }
    gboolean ha = a->modality == CC_MODALITY_HYPOTHETICAL;
    gboolean hb = b->modality == CC_MODALITY_HYPOTHETICAL;
    if (ha != hb) {
        g_string_append_printf(reason,
                               "%s's figure is hypothetical (a forecast or a condition), "
                               "not a statement of fact, so it cannot contradict %s",
                               ha ? a->source : b->source, ha ? b->source : a->source);
        return CC_RELATION_NOT_COMPARABLE;
    }

    gboolean valued = a->value.kind != CC_VALUE_NONE && b->value.kind != CC_VALUE_NONE;
    if (valued && a->value.kind != b->value.kind) {
        g_string_append(reason, "one value is a date and the other a number");
        return CC_RELATION_NOT_COMPARABLE;
    }
    if (valued && a->value.kind == CC_VALUE_NUMBER && a->value.unit != NULL
        && b->value.unit != NULL && strcmp(a->value.unit, b->value.unit) != 0) {
        g_string_append_printf(reason, "they are in different units (%s and %s)",
                               a->value.unit, b->value.unit);
        return CC_RELATION_NOT_COMPARABLE;
    }
    gboolean wide_overlap = valued && meet_within(a, b, o);
    g_autofree char *tol = pair_tolerance(a, b, o);

    gboolean na = a->modality == CC_MODALITY_NEGATED, nb = b->modality == CC_MODALITY_NEGATED;
    if (na != nb) {
        const CcClaim *yes = na ? b : a, *no = na ? a : b;
        if (!valued) {
            g_string_append_printf(reason, "%s says it happened and %s denies it", yes->source,
                                   no->source);
            return CC_RELATION_CONFLICT;
        }
        if (wide_overlap) {
            g_string_append_printf(reason, "%s denies the figure %s gives (within %s)",
                                   no->source, yes->source, tol);
            return CC_RELATION_CONFLICT;
        }
        if (na ? a_denies_all : b_denies_all) {
            g_string_append_printf(reason,
                                   "%s denies it outright (the denied figure is its only one "
                                   "here), so it contradicts any figure %s gives",
                                   no->source, yes->source);
            return CC_RELATION_CONFLICT;
        }
        g_string_append_printf(reason, "%s denies a figure that %s does not give", no->source,
                               yes->source);
        return CC_RELATION_COMPATIBLE;
    }
    if (!valued) {
        g_string_append(reason, na ? "both deny it" : "both say it happened");
        return CC_RELATION_AGREEMENT;
    }
    if (na) {
        g_string_append(reason, "both deny figures of this kind");
        return wide_overlap ? CC_RELATION_AGREEMENT : CC_RELATION_COMPATIBLE;
    }

    /* Time: running totals grow; other figures speak of one moment. */
    if (a->value.kind == CC_VALUE_NUMBER && a->as_of != 0 && b->as_of != 0
        && a->as_of != b->as_of) {
        const CcClaim *early = a->as_of < b->as_of ? a : b;
        const CcClaim *late = early == a ? b : a;
        guint days = late->as_of - early->as_of;
        if (a->cumulative || b->cumulative) {
            if (!wide_overlap) {
                *with_as_of = TRUE;
                g_autofree char *ev = display(early);
                g_autofree char *lv = display(late);
                /* Apart beyond tolerance: one lies wholly above the other. */
                const CcValue *ve = &early->value, *vl = &late->value;
                if (vl->has_low && ve->has_high && vl->low > ve->high) {
                    g_string_append_printf(reason,
                                           "a running total grew from %s to %s in %u days",
                                           ev, lv, days);
                    return CC_RELATION_UPDATE;
                }
                g_string_append_printf(reason,
                                       "a running total cannot shrink, yet it went from %s to "
                                       "%s in %u days (beyond %s)",
                                       ev, lv, days, tol);
                return CC_RELATION_CONFLICT;
            }
        } else {
            guint window = MAX(a->window_days, b->window_days);
            if (window == 0)
                window = o->default_window_days;
            if (days > window) {
                *with_as_of = TRUE;
                g_string_append_printf(reason,
                                       "they speak of moments %u days apart, beyond the "
                                       "%u-day window for one moment",
                                       days, window);
                return CC_RELATION_NOT_COMPARABLE;
            }
        }
    }

    const CcValue *va = &a->value, *vb = &b->value;
    gboolean dates = va->kind == CC_VALUE_DATE;
    if (wide_overlap) {
        if (is_point(va) && is_point(vb)) {
            if (va->low == vb->low)
                g_string_append(reason, dates ? "the dates are the same" : "the values are equal");
            else
                g_string_append_printf(reason, "the %s match within %s",
                                       dates ? "dates" : "values", tol);
            return CC_RELATION_AGREEMENT;
        }
        if (va->has_low == vb->has_low && va->has_high == vb->has_high
            && (!va->has_low || va->low == vb->low) && (!va->has_high || va->high == vb->high)
            && va->vague == vb->vague) {
            g_string_append(reason, dates ? "they give the same period" : "they give the same range");
            return CC_RELATION_AGREEMENT;
        }
        g_autofree char *da_ = display(a);
        g_autofree char *db_ = display(b);
        if (cc_value_contains(va, vb))
            g_string_append_printf(reason, "%s contains %s", da_, db_);
        else if (cc_value_contains(vb, va))
            g_string_append_printf(reason, "%s contains %s", db_, da_);
        else if (cc_value_overlaps(va, vb))
            g_string_append_printf(reason, "%s and %s overlap", da_, db_);
        else
            g_string_append_printf(reason, "%s and %s meet within %s", da_, db_, tol);
        return CC_RELATION_COMPATIBLE;
    }
    g_autofree char *da_ = display(a);
    g_autofree char *db_ = display(b);
    if (dates) {
        guint gap = source_gap_days(va->low, va->high, vb->low, vb->high);
        g_string_append_printf(reason, "the dates %s and %s are %u day%s apart, beyond %s",
                               da_, db_, gap, gap == 1 ? "" : "s", tol);
    } else {
        g_string_append_printf(reason, "%s and %s do not overlap even with %s", da_, db_, tol);
    }
    return CC_RELATION_CONFLICT;
}

static char *
why_sentence(const Item *x, const Item *y, const CcCompareOptions *o, CcRelationType *type)
{
    const CcClaim *a = x->claim, *b = y->claim;
    g_autoptr(GString) reason = g_string_new(NULL);
    gboolean with_as_of;
    *type = classify(a, b, o, x->denies_all, y->denies_all, reason, &with_as_of);
    GString *why = g_string_new(NULL);
    append_claim(why, a, with_as_of);
    g_string_append(why, " and ");
    append_claim(why, b, with_as_of);
    g_string_append_printf(why, ": %s.", reason->str);
    return g_string_free(why, FALSE);
}

/* ---- per key ------------------------------------------------------------ */

typedef struct {
    CcComparison *cmp;
    const char *key;
    Item *items;
    guint n;
    guint n_sources;
    GPtrArray *rels;      /* this key's relations (owned by cmp->relations) */
    GPtrArray *findings;  /* this key's findings, appended to cmp->findings */
    CcConsensus *consensus;
} Key;

static Rel *
add_relation(Key *k, const Item *x, const Item *y)
{
    if (x->order > y->order) {
        const Item *t = x;
        x = y;
        y = t;
    }
    Rel *r = g_new0(Rel, 1);
    r->pub.a = x->claim;
    r->pub.b = y->claim;
    r->ia = x->order;
    r->ib = y->order;
    r->pub.why = why_sentence(x, y, &k->cmp->options, &r->pub.type);
    g_ptr_array_add(k->cmp->relations, r);
    g_ptr_array_add(k->rels, r);
    return r;
}

static guint
uf_find(guint *parent, guint i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

static gboolean
is_plain(const CcClaim *c)
{
    return c->modality != CC_MODALITY_DISPUTED && c->modality != CC_MODALITY_NEGATED
           && c->modality != CC_MODALITY_HYPOTHETICAL && c->value.kind != CC_VALUE_NONE;
}

static int
compare_item_lo(gconstpointer pa, gconstpointer pb)
{
    const Item *a = *(Item *const *)pa, *b = *(Item *const *)pb;
    if (a->lo != b->lo)
        return a->lo < b->lo ? -1 : 1;
    if (a->hi != b->hi)
        return a->hi < b->hi ? -1 : 1;
    return a->order < b->order ? -1 : a->order > b->order;
}

/* The most common scope among plain claims (NULL wins ties, then the
 * smaller name): the consensus speaks of it. */
static const char *
main_scope(Key *k)
{
    g_autoptr(GHashTable) counts = g_hash_table_new(g_str_hash, g_str_equal);
    guint null_count = 0, best_count = 0;
    const char *best = NULL;
    for (guint i = 0; i < k->n; i++) {
        const CcClaim *c = k->items[i].claim;
        if (!is_plain(c))
            continue;
        if (c->scope == NULL) {
            null_count++;
            continue;
        }
        guint n = GPOINTER_TO_UINT(g_hash_table_lookup(counts, c->scope)) + 1;
        g_hash_table_insert(counts, c->scope, GUINT_TO_POINTER(n));
        if (n > best_count || (n == best_count && strcmp(c->scope, best) < 0)) {
            best_count = n;
            best = c->scope;
        }
    }
    return null_count >= best_count ? NULL : best;
}

typedef struct {
    double x;
    int delta; /* +1 opens, -1 closes */
    guint source;
} Edge;

static int
compare_edge(const void *pa, const void *pb)
{
    const Edge *a = pa, *b = pb;
    if (a->x != b->x)
        return a->x < b->x ? -1 : 1;
    return b->delta - a->delta; /* closed intervals: opens before closes */
}

static void
consensus_free(CcConsensus *c)
{
    if (c == NULL)
        return;
    g_free(c->key);
    g_ptr_array_unref(c->support);
    g_ptr_array_unref(c->outliers);
    g_free(c);
}

static guint
count_sources(GPtrArray *claims)
{
    g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < claims->len; i++)
        g_hash_table_add(seen, ((CcClaim *)claims->pdata[i])->source);
    return g_hash_table_size(seen);
}

/* Finds the point where the most distinct sources' widened intervals meet
 * (a sweep over sorted interval ends) and the band their values share. */
static void
build_consensus(Key *k)
{
    const char *scope = main_scope(k);
    GArray *edges = g_array_new(FALSE, FALSE, sizeof(Edge));
    for (guint i = 0; i < k->n; i++) {
        const Item *it = &k->items[i];
        if (!is_plain(it->claim) || g_strcmp0(it->claim->scope, scope) != 0)
            continue;
        Edge open = {it->lo, +1, it->source}, close = {it->hi, -1, it->source};
        g_array_append_val(edges, open);
        g_array_append_val(edges, close);
    }
    if (edges->len == 0) {
        g_array_free(edges, TRUE);
        return;
    }
    qsort(edges->data, edges->len, sizeof(Edge), compare_edge);
    guint *active = g_new0(guint, k->n_sources);
    guint depth = 0, best = 0;
    double best_x = 0;
    for (guint i = 0; i < edges->len; i++) {
        Edge *e = &g_array_index(edges, Edge, i);
        if (e->delta > 0) {
            if (active[e->source]++ == 0)
                depth++;
            if (depth > best) {
                best = depth;
                best_x = e->x;
            }
        } else if (--active[e->source] == 0) {
            depth--;
        }
    }
    g_free(active);
    g_array_free(edges, TRUE);

    CcConsensus *c = g_new0(CcConsensus, 1);
    c->key = g_strdup(k->key);
    c->support = g_ptr_array_new();
    c->outliers = g_ptr_array_new();
    double meet_lo = -INFINITY, meet_hi = INFINITY;
    const CcValue *first = NULL;
    for (guint i = 0; i < k->n; i++) {
        const Item *it = &k->items[i];
        const CcClaim *cl = it->claim;
        if (!is_plain(cl) || g_strcmp0(cl->scope, scope) != 0)
            continue;
        if (it->lo <= best_x && best_x <= it->hi) {
            g_ptr_array_add(c->support, (gpointer)cl);
            const CcValue *v = &cl->value;
            if (first == NULL)
                first = v;
            double lo = v->has_low ? v->low : -INFINITY, hi = v->has_high ? v->high : INFINITY;
            meet_lo = MAX(meet_lo, lo);
            meet_hi = MIN(meet_hi, hi);
        } else {
            g_ptr_array_add(c->outliers, (gpointer)cl);
        }
    }
    /* Supporters that meet only through the tolerance: the gap between them. */
    if (meet_lo > meet_hi) {
        double t = meet_lo;
        meet_lo = meet_hi;
        meet_hi = t;
    }
    memset(&c->band, 0, sizeof c->band);
    c->band.kind = first->kind;
    c->band.unit = first->unit;
    c->band.has_low = isfinite(meet_lo);
    c->band.low = c->band.has_low ? meet_lo : 0;
    c->band.has_high = isfinite(meet_hi);
    c->band.high = c->band.has_high ? meet_hi : 0;
    c->sources = count_sources(c->support);
    c->outlier_sources = count_sources(c->outliers);
    k->consensus = c;
    g_ptr_array_add(k->cmp->consensus, c);
}

static char *
consensus_sentence(const CcConsensus *c)
{
    GString *s = g_string_new(NULL);
    g_autofree char *band = display_value(&c->band);
    g_string_append_printf(s, "Consensus: %s, supported by %u source%s (", band, c->sources,
                           c->sources == 1 ? "" : "s");
    const char *last = NULL;
    for (guint i = 0; i < c->support->len; i++) {
        const CcClaim *cl = c->support->pdata[i];
        if (last != NULL && strcmp(last, cl->source) == 0)
            continue;
        g_string_append_printf(s, "%s%s", last ? ", " : "", cl->source);
        last = cl->source;
    }
    g_string_append_c(s, ')');
    if (c->outliers->len > 0) {
        g_string_append_printf(s, "; %u source%s outside it (", c->outlier_sources,
                               c->outlier_sources == 1 ? "" : "s");
        for (guint i = 0; i < c->outliers->len && i < 10; i++) {
            const CcClaim *cl = c->outliers->pdata[i];
            g_autofree char *d = display(cl);
            g_string_append_printf(s, "%s%s: %s", i ? ", " : "", cl->source, d);
        }
        if (c->outliers->len > 10)
            g_string_append_printf(s, ", and %u more", c->outliers->len - 10);
        g_string_append_c(s, ')');
    }
    g_string_append_c(s, '.');
    return g_string_free(s, FALSE);
}

/* ---- findings ------------------------------------------------------------ */

static CcFinding *
finding_new(Key *k, CcRelationType type)
{
    CcFinding *f = g_new0(CcFinding, 1);
    f->type = type;
    f->key = g_strdup(k->key);
    f->claims = g_ptr_array_new();
    f->consensus = k->consensus;
    g_ptr_array_add(k->findings, f);
    return f;
}

static void
finding_free(CcFinding *f)
{
    if (f == NULL)
        return;
    g_free(f->key);
    g_ptr_array_unref(f->claims);
    g_free(f->summary);
    g_free(f->detail);
    g_free(f);
}

static int
compare_claim_order(gconstpointer pa, gconstpointer pb)
{
    const CcClaim *a = *(CcClaim *const *)pa, *b = *(CcClaim *const *)pb;
    int c = g_strcmp0(a->source, b->source);
    if (c != 0)
        return c;
    if (a->span_start != b->span_start)
        return a->span_start < b->span_start ? -1 : 1;
    return g_strcmp0(a->id, b->id);
}

/* Adds the claims of @rels to @f once each, sorted, and writes the detail:
 * the relations' sentences, then the consensus. */
static void
finding_fill(CcFinding *f, GPtrArray *rels)
{
    g_autoptr(GHashTable) seen = g_hash_table_new(NULL, NULL);
    GString *detail = g_string_new(NULL);
    for (guint i = 0; i < rels->len; i++) {
        const CcRelation *r = rels->pdata[i];
        if (g_hash_table_add(seen, (gpointer)r->a))
            g_ptr_array_add(f->claims, (gpointer)r->a);
        if (g_hash_table_add(seen, (gpointer)r->b))
            g_ptr_array_add(f->claims, (gpointer)r->b);
        if (i < 20)
            g_string_append_printf(detail, "%s\n", r->why);
        else if (i == 20)
            g_string_append_printf(detail, "… and %u more pairs.\n", rels->len - 20);
    }
    g_ptr_array_sort(f->claims, compare_claim_order);
    if (f->consensus != NULL) {
        g_autofree char *cs = consensus_sentence(f->consensus);
        g_string_append(detail, cs);
    } else if (detail->len > 0) {
        g_string_truncate(detail, detail->len - 1);
    }
    f->detail = g_string_free(detail, FALSE);
}

/* "11,000 (003, 005)": the distinct values of @claims and who gives them. */
static char *
side_summary(GPtrArray *claims)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < claims->len && i < 6; i++) {
        const CcClaim *c = claims->pdata[i];
        g_autofree char *d = display(c);
        g_string_append_printf(s, "%s'%s' = %s (%s%s%s)", i ? ", " : "",
                               c->text ? c->text : "", d[0] ? d : "event", c->source,
                               c->attribution ? ", " : "", c->attribution ? c->attribution : "");
    }
    if (claims->len > 6)
        g_string_append_printf(s, " and %u more", claims->len - 6);
    return g_string_free(s, FALSE);
}

/* Splits the finding's claims into the sides of its relations' pairs. */
static char *
sides_summary(GPtrArray *rels, gboolean by_cluster, const Key *k)
{
    g_autoptr(GPtrArray) left = g_ptr_array_new();
    g_autoptr(GPtrArray) right = g_ptr_array_new();
    g_autoptr(GHashTable) seen = g_hash_table_new(NULL, NULL);
    guint left_cluster = 0;
    for (guint i = 0; i < rels->len; i++) {
        const Rel *r = rels->pdata[i];
        const CcClaim *pair[2] = {r->pub.a, r->pub.b};
        for (int j = 0; j < 2; j++) {
            if (!g_hash_table_add(seen, (gpointer)pair[j]))
                continue;
            gboolean is_left = j == 0;
            if (by_cluster) {
                guint cl = 0;
                for (guint m = 0; m < k->n; m++)
                    if (k->items[m].claim == pair[j])
                        cl = k->items[m].cluster;
                if (i == 0 && j == 0)
                    left_cluster = cl;
                is_left = cl == left_cluster;
            }
            g_ptr_array_add(is_left ? left : right, (gpointer)pair[j]);
        }
    }
    g_ptr_array_sort(left, compare_claim_order);
    g_ptr_array_sort(right, compare_claim_order);
    g_autofree char *l = side_summary(left);
    g_autofree char *rt = side_summary(right);
    return g_strdup_printf("%s against %s", l, rt);
}

/* Groups relations of @type by the unordered pair of clusters they join. */
static void
findings_by_cluster_pair(Key *k, CcRelationType type, const char *what)
{
    g_autoptr(GHashTable) groups = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free,
                                                          (GDestroyNotify)g_ptr_array_unref);
    g_autoptr(GArray) order = g_array_new(FALSE, FALSE, sizeof(gint64));
    GHashTable *cluster_of = g_hash_table_new(NULL, NULL);
    for (guint i = 0; i < k->n; i++)
        g_hash_table_insert(cluster_of, (gpointer)k->items[i].claim,
                            GUINT_TO_POINTER(k->items[i].cluster));
    for (guint i = 0; i < k->rels->len; i++) {
        Rel *r = k->rels->pdata[i];
        if (r->pub.type != type)
            continue;
        guint ca = GPOINTER_TO_UINT(g_hash_table_lookup(cluster_of, r->pub.a));
        guint cb = GPOINTER_TO_UINT(g_hash_table_lookup(cluster_of, r->pub.b));
        gint64 id;
        if (ca == cb) /* a chain of compatible values joined two that conflict */
            id = -(gint64)i - 1;
        else
            id = ((gint64)MIN(ca, cb) << 32) | MAX(ca, cb);
        GPtrArray *g = g_hash_table_lookup(groups, &id);
        if (g == NULL) {
            g = g_ptr_array_new();
            gint64 *pid = g_new(gint64, 1);
            *pid = id;
            g_hash_table_insert(groups, pid, g);
            g_array_append_val(order, id);
        }
        g_ptr_array_add(g, r);
    }
    g_hash_table_unref(cluster_of);
    for (guint i = 0; i < order->len; i++) {
        gint64 id = g_array_index(order, gint64, i);
        GPtrArray *g = g_hash_table_lookup(groups, &id);
        CcFinding *f = finding_new(k, type);
        finding_fill(f, g);
        g_autofree char *sides = sides_summary(g, id >= 0, k);
        f->summary = g_strdup_printf("%s on %s: %s.", what, k->key, sides);
    }
}

static void
findings_disputed(Key *k)
{
    for (guint i = 0; i < k->n; i++) {
        const CcClaim *d = k->items[i].claim;
        if (d->modality != CC_MODALITY_DISPUTED)
            continue;
        g_autoptr(GPtrArray) g = g_ptr_array_new();
        for (guint j = 0; j < k->rels->len; j++) {
            Rel *r = k->rels->pdata[j];
            if (r->pub.type == CC_RELATION_DISPUTED && (r->pub.a == d || r->pub.b == d))
                g_ptr_array_add(g, r);
        }
        if (g->len == 0)
            continue;
        CcFinding *f = finding_new(k, CC_RELATION_DISPUTED);
        finding_fill(f, g);
        g_autofree char *v = display(d);
        f->summary = g_strdup_printf("%s reports '%s' (%s%s%s) on %s only to reject it; set "
                                     "against %u other claim%s.",
                                     d->source, d->text ? d->text : "", v,
                                     d->attribution ? ", according to " : "",
                                     d->attribution ? d->attribution : "", k->key,
                                     f->claims->len - 1, f->claims->len == 2 ? "" : "s");
    }
}

/* Clusters of agreeing or compatible values held by two or more sources. */
static void
findings_clusters(Key *k, const gboolean *cluster_compatible)
{
    g_autoptr(GHashTable) by_cluster = g_hash_table_new_full(
        NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
    g_autoptr(GArray) order = g_array_new(FALSE, FALSE, sizeof(guint));
    for (guint i = 0; i < k->n; i++) {
        guint cl = k->items[i].cluster;
        GPtrArray *members = g_hash_table_lookup(by_cluster, GUINT_TO_POINTER(cl));
        if (members == NULL) {
            members = g_ptr_array_new();
            g_hash_table_insert(by_cluster, GUINT_TO_POINTER(cl), members);
            g_array_append_val(order, cl);
        }
        g_ptr_array_add(members, (gpointer)k->items[i].claim);
    }
    for (guint i = 0; i < order->len; i++) {
        guint cl = g_array_index(order, guint, i);
        GPtrArray *members = g_hash_table_lookup(by_cluster, GUINT_TO_POINTER(cl));
        guint nsrc = count_sources(members);
        if (nsrc < 2)
            continue;
        CcRelationType type = cluster_compatible[cl] ? CC_RELATION_COMPATIBLE
                                                     : CC_RELATION_AGREEMENT;
        g_autoptr(GPtrArray) rels = g_ptr_array_new();
        g_autoptr(GHashTable) in = g_hash_table_new(NULL, NULL);
        for (guint j = 0; j < members->len; j++)
            g_hash_table_add(in, members->pdata[j]);
        for (guint j = 0; j < k->rels->len; j++) {
            Rel *r = k->rels->pdata[j];
            if ((r->pub.type == CC_RELATION_AGREEMENT || r->pub.type == CC_RELATION_COMPATIBLE)
                && g_hash_table_contains(in, r->pub.a) && g_hash_table_contains(in, r->pub.b))
                g_ptr_array_add(rels, r);
        }
        CcFinding *f = finding_new(k, type);
        finding_fill(f, rels);
        for (guint j = 0; j < members->len; j++)
            if (!g_ptr_array_find(f->claims, members->pdata[j], NULL))
                g_ptr_array_add(f->claims, members->pdata[j]);
        g_ptr_array_sort(f->claims, compare_claim_order);
        g_autofree char *side = side_summary(f->claims);
        f->summary = g_strdup_printf("%u sources %s on %s: %s.", nsrc,
                                     type == CC_RELATION_AGREEMENT ? "agree" : "are compatible",
                                     k->key, side);
    }
}

static void
findings_not_comparable(Key *k)
{
    g_autoptr(GPtrArray) g = g_ptr_array_new();
    for (guint j = 0; j < k->rels->len; j++) {
        Rel *r = k->rels->pdata[j];
        if (r->pub.type == CC_RELATION_NOT_COMPARABLE)
            g_ptr_array_add(g, r);
    }
    if (g->len == 0)
        return;
    CcFinding *f = finding_new(k, CC_RELATION_NOT_COMPARABLE);
    finding_fill(f, g);
    f->summary = g_strdup_printf("%u pair%s of claims on %s measure different things or "
                                 "moments and were not compared.",
                                 g->len, g->len == 1 ? "" : "s", k->key);
}

static void
findings_uncorroborated(Key *k)
{
    CcFinding *f = finding_new(k, CC_RELATION_UNCORROBORATED);
    for (guint i = 0; i < k->n; i++)
        g_ptr_array_add(f->claims, (gpointer)k->items[i].claim);
    const CcClaim *c = k->items[0].claim;
    g_autofree char *side = side_summary(f->claims);
    f->summary = g_strdup_printf("Only %s makes a claim on %s: %s.", c->source, k->key, side);
    GString *detail = g_string_new(NULL);
    for (guint i = 0; i < k->n && i < 20; i++) {
        append_claim(detail, k->items[i].claim, TRUE);
        g_string_append(detail, ", and no other source says anything on this.\n");
    }
    if (f->consensus != NULL) {
        g_autofree char *cs = consensus_sentence(f->consensus);
        g_string_append(detail, cs);
    } else {
        g_string_truncate(detail, detail->len - 1);
    }
    f->detail = g_string_free(detail, FALSE);
}

/* Who speaks for a claim in a within-source dispute: its attribution, the
 * source itself when it asserts the claim, else someone it does not name
 * ("He put the number far lower, saying …"). */
static const char *
speaker(const CcClaim *c)
{
    if (c->attribution != NULL)
        return c->attribution;
    return c->modality == CC_MODALITY_ASSERTED ? c->source : "an unnamed speaker";
}

/* Two claims on one key within one source, from different speakers, that
 * cannot both hold: the source reports a dispute. Not a relation (those are
 * across sources), but a finding. */
static void
findings_within_source(Key *k, guint budget)
{
    guint used = 0;
    for (guint i = 0; i < k->n; i++) {
        for (guint j = i + 1; j < k->n && k->items[j].source == k->items[i].source; j++) {
            const CcClaim *a = k->items[i].claim, *b = k->items[j].claim;
            if (++used > budget)
                return;
            if (g_strcmp0(a->attribution, b->attribution) == 0)
                continue;
            CcRelationType type;
            g_autofree char *why = why_sentence(&k->items[i], &k->items[j], &k->cmp->options,
                                                &type);
            if (type != CC_RELATION_CONFLICT && type != CC_RELATION_DISPUTED)
                continue;
            CcFinding *f = finding_new(k, CC_RELATION_CONFLICT);
            g_ptr_array_add(f->claims, (gpointer)a);
            g_ptr_array_add(f->claims, (gpointer)b);
            g_autofree char *va = display(a);
            g_autofree char *vb = display(b);
            f->summary = g_strdup_printf(
                "%s reports a dispute between %s and %s on %s: '%s' (%s) against '%s' (%s).",
                a->source, speaker(a), speaker(b), k->key, a->text ? a->text : "", va,
                b->text ? b->text : "", vb);
            if (f->consensus != NULL) {
                g_autofree char *cs = consensus_sentence(f->consensus);
                f->detail = g_strdup_printf("%s\n%s", why, cs);
            } else {
                f->detail = g_strdup(why);
            }
        }
    }
}

static guint64
cross_source_pairs(const Key *k)
{
    guint64 n = k->n, pairs = n * (n - 1) / 2;
    guint i = 0;
    while (i < k->n) {
        guint j = i;
        while (j < k->n && k->items[j].source == k->items[i].source)
            j++;
        guint64 m = j - i;
        pairs -= m * (m - 1) / 2;
        i = j;
    }
    return pairs;
}

/* Every cross-source pair; clusters join agreeing and compatible claims. */
static void
relate_all_pairs(Key *k, gboolean *cluster_compatible)
{
    guint *parent = g_new(guint, k->n);
    for (guint i = 0; i < k->n; i++)
        parent[i] = i;
    for (guint i = 0; i < k->n; i++) {
        for (guint j = i + 1; j < k->n; j++) {
            if (k->items[i].source == k->items[j].source)
                continue;
            Rel *r = add_relation(k, &k->items[i], &k->items[j]);
            if (r->pub.type == CC_RELATION_AGREEMENT || r->pub.type == CC_RELATION_COMPATIBLE)
                parent[uf_find(parent, i)] = uf_find(parent, j);
        }
    }
    for (guint i = 0; i < k->n; i++)
        k->items[i].cluster = uf_find(parent, i);
    for (guint j = 0; j < k->rels->len; j++) {
        Rel *r = k->rels->pdata[j];
        if (r->pub.type == CC_RELATION_COMPATIBLE)
            for (guint i = 0; i < k->n; i++)
                if (k->items[i].claim == r->pub.a)
                    cluster_compatible[k->items[i].cluster] = TRUE;
    }
    g_free(parent);
}

/* Too many pairs: sort the plain values, sweep them into clusters of
 * overlapping widened intervals, and relate clusters (and the claims set
 * apart: disputed, negated, hypothetical, other scopes) through one
 * representative each. */
static void
relate_clusters(Key *k, gboolean *cluster_compatible)
{
    guint budget = k->cmp->options.max_pairs_per_key;
    const char *scope = main_scope(k);
    g_autoptr(GPtrArray) plain = g_ptr_array_new();
    g_autoptr(GPtrArray) apart = g_ptr_array_new();
    for (guint i = 0; i < k->n; i++) {
        Item *it = &k->items[i];
        it->cluster = i; /* claims set apart are clusters of their own */
        if (is_plain(it->claim) && g_strcmp0(it->claim->scope, scope) == 0)
            g_ptr_array_add(plain, it);
        else
            g_ptr_array_add(apart, it);
    }
    g_ptr_array_sort(plain, compare_item_lo);
    /* Clusters in value order: representatives are each cluster's first
     * member (lowest) and its member reaching highest. */
    g_autoptr(GArray) first = g_array_new(FALSE, FALSE, sizeof(guint));
    g_autoptr(GArray) top = g_array_new(FALSE, FALSE, sizeof(guint));
    double reach = -INFINITY;
    for (guint i = 0; i < plain->len; i++) {
        Item *it = plain->pdata[i];
        if (i == 0 || it->lo > reach) {
            g_array_append_val(first, i);
            g_array_append_val(top, i);
            reach = it->hi;
        } else if (it->hi > reach) {
            reach = it->hi;
            g_array_index(top, guint, top->len - 1) = i;
        }
        Item *head = plain->pdata[g_array_index(first, guint, first->len - 1)];
        it->cluster = head->cluster;
        if (!is_point(&it->claim->value) || (it != head && !is_point(&head->claim->value))
            || (it != head && it->lo > head->hi))
            cluster_compatible[head->cluster] = TRUE;
    }
    guint nc = first->len;
    guint used = 0;
    for (guint c = 0; c < nc && used < budget; c++) {
        for (guint d = c + 1; d < nc && used < budget; d++) {
            if (d > c + 1 && (guint64)nc * (nc - 1) / 2 > budget)
                break; /* too many clusters: neighbours only */
            Item *x = plain->pdata[g_array_index(top, guint, c)];
            guint end = d + 1 < nc ? g_array_index(first, guint, d + 1) : plain->len;
            Item *y = NULL;
            for (guint m = g_array_index(first, guint, d); m < end; m++) {
                Item *cand = plain->pdata[m];
                if (cand->source != x->source) {
                    y = cand;
                    break;
                }
            }
            if (y == NULL)
                continue;
            add_relation(k, x, y);
            used++;
        }
    }
    for (guint i = 0; i < apart->len && used < budget; i++) {
        Item *x = apart->pdata[i];
        for (guint c = 0; c < nc && used < budget; c++) {
            Item *y = plain->pdata[g_array_index(first, guint, c)];
            if (y->source == x->source)
                continue;
            add_relation(k, x, y);
            used++;
        }
    }
}

static void
compare_key(CcComparison *cmp, const char *key, GPtrArray *claims, guint first, guint n)
{
    Key k = {.cmp = cmp, .key = key, .n = n};
    k.items = g_new0(Item, n);
    k.rels = g_ptr_array_new();
    k.findings = g_ptr_array_new();
    const char *last_source = NULL;
    for (guint i = 0; i < n; i++) {
        Item *it = &k.items[i];
        it->claim = claims->pdata[first + i];
        it->order = first + i;
        if (last_source == NULL || strcmp(last_source, it->claim->source) != 0) {
            if (last_source != NULL)
                k.n_sources++;
            last_source = it->claim->source;
        }
        it->source = k.n_sources;
        if (it->claim->value.kind != CC_VALUE_NONE)
            widen(it->claim, &cmp->options, &it->lo, &it->hi);
    }
    k.n_sources++;
    for (guint i = 0; i < n; i++) {
        Item *it = &k.items[i];
        if (it->claim->modality != CC_MODALITY_NEGATED || it->claim->value.kind == CC_VALUE_NONE)
            continue;
        it->denies_all = TRUE;
        for (guint j = 0; j < n; j++)
            if (k.items[j].source == it->source && k.items[j].claim->modality != CC_MODALITY_NEGATED
                && k.items[j].claim->value.kind != CC_VALUE_NONE)
                it->denies_all = FALSE;
    }

    build_consensus(&k);
    gboolean *cluster_compatible = g_new0(gboolean, n);
    if (k.n_sources > 1) {
        if (cross_source_pairs(&k) <= cmp->options.max_pairs_per_key) {
            relate_all_pairs(&k, cluster_compatible);
        } else {
            cmp->limited = TRUE;
            relate_clusters(&k, cluster_compatible);
        }
    } else {
        for (guint i = 0; i < n; i++)
            k.items[i].cluster = i;
    }
    findings_within_source(&k, cmp->options.max_pairs_per_key);
    findings_by_cluster_pair(&k, CC_RELATION_CONFLICT, "Sources conflict");
    findings_disputed(&k);
    findings_by_cluster_pair(&k, CC_RELATION_UPDATE, "A running total grows");
    if (k.n_sources > 1)
        findings_clusters(&k, cluster_compatible);
    findings_not_comparable(&k);
    if (k.n_sources == 1)
        findings_uncorroborated(&k);
    g_free(cluster_compatible);
    for (guint i = 0; i < k.findings->len; i++)
        g_ptr_array_add(cmp->findings, k.findings->pdata[i]);
    g_ptr_array_unref(k.findings);
    g_ptr_array_unref(k.rels);
    g_free(k.items);
}

/* ---- the comparison ------------------------------------------------------ */

static int
compare_by_key(gconstpointer pa, gconstpointer pb)
{
    const CcClaim *a = *(CcClaim *const *)pa, *b = *(CcClaim *const *)pb;
    int c = strcmp(a->key, b->key);
    return c != 0 ? c : compare_claim_order(pa, pb);
}

static int
compare_rel(gconstpointer pa, gconstpointer pb)
{
    const Rel *a = *(Rel *const *)pa, *b = *(Rel *const *)pb;
    if (a->ia != b->ia)
        return a->ia < b->ia ? -1 : 1;
    return a->ib < b->ib ? -1 : a->ib > b->ib;
}

static int
finding_rank(CcRelationType t)
{
    switch (t) {
    case CC_RELATION_CONFLICT: return 0;
    case CC_RELATION_DISPUTED: return 1;
    case CC_RELATION_UPDATE: return 2;
    case CC_RELATION_AGREEMENT:
    case CC_RELATION_COMPATIBLE: return 3;
    case CC_RELATION_NOT_COMPARABLE: return 4;
    case CC_RELATION_UNCORROBORATED:
    default: return 5;
    }
}

static int
compare_finding(gconstpointer pa, gconstpointer pb)
{
    const CcFinding *a = *(CcFinding *const *)pa, *b = *(CcFinding *const *)pb;
    return finding_rank(a->type) - finding_rank(b->type); /* stable: keys stay in order */
}

static void
relation_free(Rel *r)
{
    if (r == NULL)
        return;
    g_free(r->pub.why);
    g_free(r);
}

CcComparison *
cc_compare(GPtrArray *claims, const CcCompareOptions *options)
{
    g_return_val_if_fail(claims != NULL, NULL);
    CcComparison *cmp = g_new0(CcComparison, 1);
    if (options != NULL)
        cmp->options = *options;
    else
        cc_compare_options_init(&cmp->options);
    if (cmp->options.max_pairs_per_key == 0)
        cmp->options.max_pairs_per_key = 1;
    cmp->input = g_ptr_array_ref(claims);
    cmp->claims = g_ptr_array_sized_new(claims->len);
    for (guint i = 0; i < claims->len; i++)
        g_ptr_array_add(cmp->claims, claims->pdata[i]);
    g_ptr_array_sort(cmp->claims, compare_claim_order);
    cmp->relations = g_ptr_array_new_with_free_func((GDestroyNotify)relation_free);
    cmp->findings = g_ptr_array_new_with_free_func((GDestroyNotify)finding_free);
    cmp->consensus = g_ptr_array_new_with_free_func((GDestroyNotify)consensus_free);

    /* Keyed claims, grouped by key, each group in source-then-offset order;
     * their positions in that order are the relation order too. */
    g_autoptr(GPtrArray) keyed = g_ptr_array_new();
    for (guint i = 0; i < cmp->claims->len; i++) {
        CcClaim *c = cmp->claims->pdata[i];
        if (c->key != NULL && c->source != NULL && c->id != NULL
            && g_strcmp0(c->predicate, "value") != 0)
            g_ptr_array_add(keyed, c);
    }
    g_ptr_array_sort(keyed, compare_by_key);
    guint i = 0;
    while (i < keyed->len) {
        const char *key = ((CcClaim *)keyed->pdata[i])->key;
        guint j = i;
        while (j < keyed->len && strcmp(((CcClaim *)keyed->pdata[j])->key, key) == 0)
            j++;
        compare_key(cmp, key, keyed, i, j - i);
        i = j;
    }
    /* Relations in claim order: by source, then offset, of each side. */
    g_autoptr(GHashTable) pos = g_hash_table_new(NULL, NULL);
    for (guint n = 0; n < cmp->claims->len; n++)
        g_hash_table_insert(pos, cmp->claims->pdata[n], GUINT_TO_POINTER(n));
    for (guint n = 0; n < cmp->relations->len; n++) {
        Rel *r = cmp->relations->pdata[n];
        r->ia = GPOINTER_TO_UINT(g_hash_table_lookup(pos, r->pub.a));
        r->ib = GPOINTER_TO_UINT(g_hash_table_lookup(pos, r->pub.b));
    }
    g_ptr_array_sort(cmp->relations, compare_rel);
    g_ptr_array_sort(cmp->findings, compare_finding);
    return cmp;
}

void
cc_comparison_free(CcComparison *cmp)
{
    if (cmp == NULL)
        return;
    g_ptr_array_unref(cmp->findings);
    g_ptr_array_unref(cmp->relations);
    g_ptr_array_unref(cmp->consensus);
    g_ptr_array_unref(cmp->claims);
    g_ptr_array_unref(cmp->input);
    g_free(cmp);
}

GPtrArray *
cc_comparison_claims(const CcComparison *cmp)
{
    g_return_val_if_fail(cmp != NULL, NULL);
    return cmp->claims;
}

GPtrArray *
cc_comparison_relations(const CcComparison *cmp)
{
    g_return_val_if_fail(cmp != NULL, NULL);
    return cmp->relations;
}

GPtrArray *
cc_comparison_findings(const CcComparison *cmp)
{
    g_return_val_if_fail(cmp != NULL, NULL);
    return cmp->findings;
}

GPtrArray *
cc_comparison_consensus(const CcComparison *cmp)
{
    g_return_val_if_fail(cmp != NULL, NULL);
    return cmp->consensus;
}

gboolean
cc_comparison_relations_limited(const CcComparison *cmp)
{
    g_return_val_if_fail(cmp != NULL, FALSE);
    return cmp->limited;
}
