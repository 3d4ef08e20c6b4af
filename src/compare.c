/* SPDX-License-Identifier: MIT */
/* compare.c: the comparator. Groups records by claim key, types the
 * cross-source pairs (agreement, compatible, conflict, disputed, update,
 * not_comparable), clusters each key's values and turns the clusters into
 * findings, conflicts first. Relations are kept as two record positions, a
 * type and a note; the sentences saying why are written only when a writer
 * asks for them. A budget bounds the relations over all keys: the keys with
 * the most pairs are clustered by a sort and sweep and related across
 * clusters only, and the comparison names them (cc_comparison_summarised). */
#include "internal.h"
#include "json_write.h"

#include <math.h>
#include <stdarg.h>

/* GString appends without GLib's call and checks (cc_json_put): the
 * reasons are written a few bytes at a time. */
static inline void
append_len(GString *out, const char *s, gssize n)
{
    cc_json_put(out, s, (gsize)n);
}

static inline void
append(GString *out, const char *s)
{
    cc_json_put(out, s, strlen(s));
}

/* Appends the string literal @lit, its length a constant. */
#define APPEND_LITERAL(out, lit) cc_json_put((out), "" lit, sizeof(lit) - 1)

/* Which sentences a finding is written with. */
typedef enum {
    KIND_WITHIN,         /* a dispute between two speakers of one source */
    KIND_PAIR,           /* relations of one type between two clusters */
    KIND_DISPUTED,       /* a rejected figure against the others */
    KIND_CLUSTER,        /* agreeing or compatible values of several sources */
    KIND_NOT_COMPARABLE, /* pairs that measure different things or moments */
    KIND_UNCORROBORATED, /* a key held by one source */
} FindingKind;

enum { DETAIL_PAIRS = 20 }; /* relations a finding's detail spells out */

typedef struct {
    CcFinding pub;
    guint8 kind;             /* FindingKind */
    guint8 n_kept;           /* relations kept for the detail */
    guint n_rels;            /* relations behind it in all */
    CcRelation *rels;        /* the first DETAIL_PAIRS relations behind it */
    union {
        guint8 *left;           /* KIND_PAIR: per claim, whether it is on the first side */
        const CcClaim *subject; /* KIND_DISPUTED: the rejected claim */
        guint sources;          /* KIND_CLUSTER: distinct sources */
    };
} Finding;

/* Memory handed out in pieces and freed with the comparison: a finding,
 * its claims and its kept relations cost no allocation of their own. */
typedef struct {
    GPtrArray *blocks; /* (element-type gpointer) owned */
    char *next;
    gsize left;
} Arena;

static gpointer
arena_alloc(Arena *a, gsize size)
{
    size = (size + 7) & ~(gsize)7;
    if (size > a->left) {
        gsize block = MAX(size, (gsize)1 << 20);
        a->next = g_malloc(block);
        a->left = block;
        g_ptr_array_add(a->blocks, a->next);
    }
    gpointer p = a->next;
    a->next += size;
    a->left -= size;
    return p;
}

struct _CcComparison {
    Arena arena;          /* findings and what they hold */
    GPtrArray *input;     /* the caller's array, referenced */
    GPtrArray *claims;    /* sorted by source then offset; not owning */
    GArray *relations;    /* (element-type CcRelation) */
    GPtrArray *findings;  /* (element-type Finding) */
    GPtrArray *consensus; /* (element-type CcConsensus) */
    GArray *summarised;   /* (element-type CcSummarisedKey) */
    GArray *source_starts; /* (element-type guint) where each run of one source's claims starts */
    GPtrArray *no_claims;  /* empty: every consensus's empty outliers and history, shared */
    GHashTable *focus;    /* (nullable) claims every relation must name once */
    gboolean relations_only; /* no findings and no consensus (check's own use) */
    CcCompareOptions options;
};

/* A relation's note: which side denies outright, and above those bits why
 * the pair is of its type (see classify). */
enum { NOTE_A_DENIES_ALL = 1, NOTE_B_DENIES_ALL = 2, NOTE_WHY_SHIFT = 2 };

/* One claim as the key sees it. Items are in claim order, so sources are
 * contiguous. */
typedef struct {
    const CcClaim *claim;
    guint order;  /* position in the comparison's sorted claims */
    guint source; /* index of its source within the key */
    double lo, hi; /* the interval widened by the tolerance; +-INFINITY when open */
    guint cluster; /* an item index */
    gboolean denies_all; /* negated, and its source gives no other figure on the key */
    gboolean counted;    /* plain, of the key's main scope: in the consensus and the sweep */
    gboolean focus;      /* in the comparison's focus */
} Item;

typedef Item *ItemPtr;

/* A keyed claim as its key's comparison reads it: the claims of a key
 * side by side, so that walking a key reads no array at random. */
typedef struct {
    const CcClaim *claim;
    guint32 pos;    /* position in the comparison's sorted claims */
    guint32 source; /* rank of its source name */
} Member;

/* Buffers a key is compared in, grown as keys need and kept from one key
 * to the next: most keys hold a few hundred claims or fewer, and
 * allocating their arrays afresh cost more than comparing them. */
typedef struct {
    guint cap;                    /* elements of each per-item array */
    Item *items;
    guint *mark;
    ItemPtr *by_lo, *by_hi, *sort_tmp;
    gboolean *cluster_compatible;
    guint *parent, *active, *start, *member;
    guint cap_pairs;              /* elements of @rel */
    guint *rel;
    GArray *pairs;                /* (element-type Pair) */
    GArray *set, *left, *right;   /* (element-type guint) a finding's items, its sides */
} Scratch;

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
    options->max_relations = 1000000;
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
    tol = c->value.approx ? 2 * tol : tol;
    /* A claim built in code may carry any double: an infinite or NaN
     * tolerance would widen 0 to NaN (∞ × 0) and meet nothing. */
    return isfinite(tol) && tol >= 0 ? tol : isnan(tol) || tol < 0 ? 0 : G_MAXDOUBLE;
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

void
cc_compare_widen(const CcClaim *c, const CcCompareOptions *o, double *lo, double *hi)
{
    widen(c, o, lo, hi);
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

/* As g_string_append_printf() for the sentences' formats, which hold only
 * %s, %u and %%: without printf, which was a tenth of writing a compare
 * report (a reason for every relation). */
static void
say_va(GString *s, const char *format, va_list ap)
{
    const char *p = format;
    for (;;) {
        const char *pct = strchr(p, '%');
        if (pct == NULL) {
            append(s, p);
            break;
        }
        append_len(s, p, pct - p);
        if (pct[1] == 's') {
            const char *arg = va_arg(ap, const char *);
            append(s, arg != NULL ? arg : "(null)");
        } else if (pct[1] == 'u') {
            char buf[16], *q = buf + sizeof buf;
            guint u = va_arg(ap, guint);
            do {
                *--q = (char)('0' + u % 10);
                u /= 10;
            } while (u != 0);
            append_len(s, q, buf + sizeof buf - q);
        } else {
            g_assert(pct[1] == '%');
            g_string_append_c(s, '%');
        }
        p = pct + 2;
    }
}

static void G_GNUC_PRINTF(2, 3)
say(GString *s, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    say_va(s, format, ap);
    va_end(ap);
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
    if (!cc_value_has_strict(value))
        return cc_value_to_display(value);
    CcValue v = cc_value_closed(value);
    return cc_value_to_display(&v);
}

/* The same, appended to @out. */
static void
append_display(GString *out, const CcValue *value)
{
    if (!cc_value_has_strict(value)) {
        cc_value_append_display(out, value);
        return;
    }
    CcValue v = cc_value_closed(value);
    cc_value_append_display(out, &v);
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
append_claim_shown(GString *out, const CcClaim *c, gboolean with_as_of, const char *shown)
{
    /* Without printf or a list of parts: reports write one for each claim
     * a relation names. @shown: the value as shown when the caller has it,
     * else NULL. */
    append(out, c->source);
    append(out, " says '");
    append(out, c->text != NULL ? c->text : "(no text)");
    g_string_append_c(out, '\'');
    gsize open = out->len;
    if (c->value.kind != CC_VALUE_NONE) {
        append(out, " (");
        if (shown != NULL)
            append(out, shown);
        else
            append_display(out, &c->value);
    }
#define PART(text)                                                                         \
    append(out, out->len == open ? " (" : ", ");                                  \
    append(out, text)
    if (c->value.vague) {
        PART("vague");
    }
    if (c->value.approx) {
        PART("approximate");
    }
    if (c->value.derived) {
        PART("derived");
    }
    if (c->scope != NULL) {
        PART("scope ");
        append(out, c->scope);
    }
    if (c->attribution != NULL) {
        PART("according to ");
        append(out, c->attribution);
    }
    if (modality_phrase(c->modality) != NULL) {
        PART(modality_phrase(c->modality));
    }
    if (with_as_of && c->as_of != 0) {
        PART("as of ");
        cc_day_append_iso(out, c->as_of);
        if (c->as_of_end != 0) {
            g_string_append(out, " to ");
            cc_day_append_iso(out, c->as_of_end);
        }
    }
#undef PART
    if (out->len != open)
        g_string_append_c(out, ')');
}

static void
append_claim(GString *out, const CcClaim *c, gboolean with_as_of)
{
    append_claim_shown(out, c, with_as_of, NULL);
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

/* Whether one scope is "total" (a running total stated as such: "a total
 * of 15,000", "in all") and the other none (the whole, "roughly 15,000
 * sent"): the same count. */
static gboolean
total_and_whole(const char *a, const char *b)
{
    return (a == NULL && g_strcmp0(b, "total") == 0) || (b == NULL && g_strcmp0(a, "total") == 0);
}

/* Whether @a and @b meet within their own tolerances as written, not
 * doubled for an approximate figure: how closely a draft must give the
 * figure of the speaker it names (check.c). */
gboolean
cc_compare_meet_plain(const CcClaim *a, const CcClaim *b, const CcCompareOptions *o)
{
    CcClaim pa = *a, pb = *b;
    pa.value.approx = FALSE;
    pb.value.approx = FALSE;
    return meet_within(&pa, &pb, o);
}

/* Why a pair is of its type: the branch of the taxonomy that typed it. The
 * relation's note keeps it above the two bits of denial, so that a writer
 * words the reason from it (word_reason) without typing the pair again:
 * the reasons of a class are worded alike, from the claims' told parts. */
typedef enum {
    WHY_DISPUTED = 0,    /* one or both report the figure only to reject it */
    WHY_SCOPE,           /* they count different things */
    WHY_CLAIM_TYPE,      /* claims of different types */
    WHY_HYPOTHETICAL,    /* one figure is hypothetical */
    WHY_KIND,            /* a date against a number */
    WHY_UNIT,            /* different units */
    WHY_DENIES_EVENT,    /* one says it happened, the other denies it */
    WHY_DENIES_FIGURE,   /* one denies the figure the other gives */
    WHY_DENIES_OUTRIGHT, /* one denies it outright */
    WHY_DENIES_OTHER,    /* one denies a figure the other does not give */
    WHY_BOTH_EVENT,      /* both say it happened, or both deny it */
    WHY_BOTH_DENY,       /* both deny figures of this kind */
    WHY_GREW,            /* a running total grew */
    WHY_SHRANK,          /* a running total shrank beyond tolerance */
    WHY_OVERNIGHT,       /* a running total "grew" beyond tolerance in a day */
    WHY_MOMENTS,         /* moments too far apart */
    WHY_EQUAL,           /* equal points */
    WHY_MATCH,           /* points within tolerance */
    WHY_SAME_RANGE,      /* the same interval */
    WHY_A_CONTAINS,      /* the first's interval contains the second's */
    WHY_B_CONTAINS,      /* the second's contains the first's */
    WHY_OVERLAP,         /* the intervals overlap */
    WHY_MEET,            /* they meet within tolerance */
    WHY_DATES_APART,     /* dates apart beyond tolerance */
    WHY_APART,           /* values apart beyond tolerance */
    WHY_TOLD_EARLIER,    /* the later source tells the earlier figure itself */
    WHY_COUNT
} Why;

G_STATIC_ASSERT(WHY_COUNT <= 1 << (8 - NOTE_WHY_SHIFT));

/* Types the pair and sets *@why to the branch that typed it.
 * @a_denies_all / @b_denies_all: the claim is negated and its source gives
 * no figure of its own on the key, so it denies the thing itself ("denied
 * that Pyongyang had sent 10,000 troops"), not one figure for it. */
#define TYPED(w, t)                                                                        \
    do {                                                                                   \
        *why = (guint8)(w);                                                                \
        return (t);                                                                        \
    } while (0)

/* Does a source say so of the claim's event, neither denying nor
 * rejecting it nor supposing it? */
static gboolean
says_it_happened(const CcClaim *c)
{
    return c->modality == CC_MODALITY_ASSERTED || c->modality == CC_MODALITY_REPORTED
           || c->modality == CC_MODALITY_HEDGED;
}

/* An event against a count of it: a count above zero says its event
 * happened, so a denial of the event contradicts it ("sent about 11,000
 * soldiers" against "denied that it had sent troops"), as a count denied
 * outright contradicts the event. Nothing else of an event and a count is
 * compared. */
static gboolean
denied_against_count(const CcClaim *a, const CcClaim *b, gboolean a_denies_all,
                     gboolean b_denies_all)
{
    const CcClaim *e = a->type == CC_CLAIM_EVENT ? a : b->type == CC_CLAIM_EVENT ? b : NULL;
    const CcClaim *q = e == a ? b : a;
    if (e == NULL || q->type != CC_CLAIM_QUANTITY)
        return FALSE;
    if (e->modality == CC_MODALITY_NEGATED)
        return says_it_happened(q) && ((q->value.has_low && q->value.low > 0)
                                       || (q->value.has_high && q->value.high > 0));
    return q->modality == CC_MODALITY_NEGATED && (q == a ? a_denies_all : b_denies_all)
           && says_it_happened(e);
}

static CcRelationType
classify(const CcClaim *a, const CcClaim *b, const CcCompareOptions *o, gboolean a_denies_all,
         gboolean b_denies_all, guint8 *why)
{
    gboolean da = a->modality == CC_MODALITY_DISPUTED, db = b->modality == CC_MODALITY_DISPUTED;
    if (g_strcmp0(a->scope, b->scope) != 0 && !total_and_whole(a->scope, b->scope))
        TYPED(WHY_SCOPE, CC_RELATION_NOT_COMPARABLE);
    if (a->type != b->type) {
        if (denied_against_count(a, b, a_denies_all, b_denies_all))
            TYPED(WHY_DENIES_EVENT, CC_RELATION_CONFLICT);
        TYPED(WHY_CLAIM_TYPE, CC_RELATION_NOT_COMPARABLE);
    }
    /* A figure rejected is set against the others that count the same
     * thing in the same terms: against a weekly toll, a date or another
     * unit it is not comparable, as any figure is. */
    if (da || db) {
        gboolean both = a->value.kind != CC_VALUE_NONE && b->value.kind != CC_VALUE_NONE;
        if (both && a->value.kind != b->value.kind)
            TYPED(WHY_KIND, CC_RELATION_NOT_COMPARABLE);
        if (both && a->value.kind == CC_VALUE_NUMBER && a->value.unit != NULL
            && b->value.unit != NULL && strcmp(a->value.unit, b->value.unit) != 0)
            TYPED(WHY_UNIT, CC_RELATION_NOT_COMPARABLE);
        TYPED(WHY_DISPUTED, CC_RELATION_DISPUTED);
    }
    gboolean ha = a->modality == CC_MODALITY_HYPOTHETICAL;
    gboolean hb = b->modality == CC_MODALITY_HYPOTHETICAL;
    if (ha != hb)
        TYPED(WHY_HYPOTHETICAL, CC_RELATION_NOT_COMPARABLE);

    gboolean valued = a->value.kind != CC_VALUE_NONE && b->value.kind != CC_VALUE_NONE;
    if (valued && a->value.kind != b->value.kind)
        TYPED(WHY_KIND, CC_RELATION_NOT_COMPARABLE);
    if (valued && a->value.kind == CC_VALUE_NUMBER && a->value.unit != NULL
        && b->value.unit != NULL && strcmp(a->value.unit, b->value.unit) != 0)
        TYPED(WHY_UNIT, CC_RELATION_NOT_COMPARABLE);
    gboolean wide_overlap = valued && meet_within(a, b, o);

    gboolean na = a->modality == CC_MODALITY_NEGATED, nb = b->modality == CC_MODALITY_NEGATED;
    if (na != nb) {
        if (!valued)
            TYPED(WHY_DENIES_EVENT, CC_RELATION_CONFLICT);
        if (wide_overlap)
            TYPED(WHY_DENIES_FIGURE, CC_RELATION_CONFLICT);
        if (na ? a_denies_all : b_denies_all)
            TYPED(WHY_DENIES_OUTRIGHT, CC_RELATION_CONFLICT);
        TYPED(WHY_DENIES_OTHER, CC_RELATION_COMPATIBLE);
    }
    if (!valued)
        TYPED(WHY_BOTH_EVENT, CC_RELATION_AGREEMENT);
    if (na)
        TYPED(WHY_BOTH_DENY, wide_overlap ? CC_RELATION_AGREEMENT : CC_RELATION_COMPATIBLE);

    /* Time: running totals grow; other figures speak of one moment. */
    if (a->value.kind == CC_VALUE_NUMBER && a->as_of != 0 && b->as_of != 0
        && as_of_last(a) != as_of_last(b)) {
        const CcClaim *early = as_of_last(a) < as_of_last(b) ? a : b;
        const CcClaim *late = early == a ? b : a;
        guint days = as_of_last(late) - as_of_last(early);
        guint window = MAX(a->window_days, b->window_days);
        if (window == 0)
            window = o->default_window_days;
        const CcValue *ve = &early->value, *vl = &late->value;
        if (a->cumulative || b->cumulative) {
            if (!wide_overlap) {
                /* Apart beyond tolerance: one lies wholly above the other. */
                if (vl->has_low && ve->has_high && vl->low > ve->high) {
                    /* Figures told on consecutive days (a briefing one
                     * day, its report the next) speak of one moment: a
                     * total does not grow beyond tolerance overnight. */
                    if (days <= 1)
                        TYPED(WHY_OVERNIGHT, CC_RELATION_CONFLICT);
                    TYPED(WHY_GREW, CC_RELATION_UPDATE);
                }
                TYPED(WHY_SHRANK, CC_RELATION_CONFLICT);
            }
            /* Within tolerance but of moments further apart than the window:
             * a total whose later figure starts higher, and whose top is no
             * lower (an open top is no limit), was updated ("more than 3,000" in January, 4,000
             * in March; "about 3,000", then "3,500" two months on). Within
             * the window the two speak of one moment and match. */
            if (days > window && vl->has_low && ve->has_low && vl->low > ve->low
                && (!vl->has_high || !ve->has_high || vl->high >= ve->high))
                TYPED(WHY_GREW, CC_RELATION_UPDATE);
        } else {
            if (days > window)
                TYPED(WHY_MOMENTS, CC_RELATION_NOT_COMPARABLE);
        }
    }

    const CcValue *va = &a->value, *vb = &b->value;
    if (wide_overlap) {
        if (is_point(va) && is_point(vb))
            TYPED(va->low == vb->low ? WHY_EQUAL : WHY_MATCH, CC_RELATION_AGREEMENT);
        if (va->has_low == vb->has_low && va->has_high == vb->has_high
            && (!va->has_low || va->low == vb->low) && (!va->has_high || va->high == vb->high)
            && va->vague == vb->vague)
            TYPED(WHY_SAME_RANGE, CC_RELATION_AGREEMENT);
        if (cc_value_contains(va, vb))
            TYPED(WHY_A_CONTAINS, CC_RELATION_COMPATIBLE);
        if (cc_value_contains(vb, va))
            TYPED(WHY_B_CONTAINS, CC_RELATION_COMPATIBLE);
        if (cc_value_overlaps(va, vb))
            TYPED(WHY_OVERLAP, CC_RELATION_COMPATIBLE);
        TYPED(WHY_MEET, CC_RELATION_COMPATIBLE);
    }
    TYPED(va->kind == CC_VALUE_DATE ? WHY_DATES_APART : WHY_APART, CC_RELATION_CONFLICT);
}

#undef TYPED

static inline guint8
note_of(gboolean a_denies_all, gboolean b_denies_all, guint8 why)
{
    return (guint8)((a_denies_all ? NOTE_A_DENIES_ALL : 0) | (b_denies_all ? NOTE_B_DENIES_ALL : 0)
                    | (why << NOTE_WHY_SHIFT));
}

static inline Why
note_why(guint8 note)
{
    return (Why)(note >> NOTE_WHY_SHIFT);
}

/* Whether a why names the claims with their dates. */
static inline gboolean
why_with_as_of(Why why)
{
    return why == WHY_GREW || why == WHY_SHRANK || why == WHY_OVERNIGHT || why == WHY_MOMENTS ||
           why == WHY_TOLD_EARLIER;
}

/* ---- the writers' reasons, each part written once ----------------------------- */

/* What a report says about each claim (its value as shown, and how a why
 * describes it, with and without its date), written the first time a
 * reason needs it, or when the writer tells the claim (cc_reasons_tell),
 * and kept while the report is written; and the whys of the relations the
 * findings spell out, kept when the relations' list writes them so that a
 * finding's detail does not write them again.
 *
 * For JSON (CC_REASONS_JSON) the parts are kept as a JSON string holds
 * them (escaped), so that a why is copied into the report in pieces and
 * not escaped again, the id right before the "says". A writer that names
 * every claim in the comparison's order tells each as it goes: the told
 * parts then lie side by side in that order, and a relation's second
 * claim is one look at its Told and one at its text, not at the claim's
 * own scattered strings. */
typedef struct {
    const char *said;       /* "003 says '…' (…)"; with rs->json its id comes right before it */
    guint32 said_len : 31;
    guint32 plain : 1;      /* with rs->json, once told: value shown, tolerance and source need no escape */
    guint32 id_len;         /* with rs->json: the escaped id's bytes before said */
    const char *said_as_of; /* the same with "as of DATE" */
    const char *shown;      /* value as shown, or NULL */
    const char *tolerance;  /* its tolerance phrase */
    const char *source;     /* once told (cc_reasons_tell): its source's name, one copy a source */
} Told;

/* The told parts and kept whys: blocks from 1 MiB growing to 32 MiB,
 * from cc_block_new() (huge pages: the relations name their second
 * claims' parts out of order). */
typedef struct {
    GPtrArray *blocks; /* free() */
    char *at, *end;
    gsize next;
} KeptText;

/* A copy of @s[0, @len), NUL-terminated, kept until @k is cleared. */
static const char *
keep_text(KeptText *k, const char *s, gsize len)
{
    if ((gsize)(k->end - k->at) < len + 1) {
        gsize size = MAX(len + 1, k->next);
        k->next = MIN(k->next * 2, (gsize)32 << 20);
        k->at = cc_block_new(size);
        k->end = k->at + size;
        g_ptr_array_add(k->blocks, k->at);
    }
    char *copy = k->at;
    memcpy(copy, s, len);
    copy[len] = '\0';
    k->at += len + 1;
    return copy;
}

enum { TOLERANCE_PHRASES = 8 };

struct _CcReasons {
    const CcComparison *cmp;
    gboolean json;            /* parts kept escaped for a JSON string */
    GStringChunk *text;       /* the sources' names and tolerance phrases, one copy each */
    KeptText kept;            /* the rest of the told parts, and the kept whys */
    Told *told;               /* per claim position (cc_block_new()) */
    /* The findings' kept relations as (a << 32 | b), ascending and each
     * once, and each one's why once written (NULL before). Relations are
     * written in that order, so a cursor finds each in turn; a finding's
     * detail searches. (A hash table was a cache miss or three for every
     * relation of a big report: 6 % of `compare --format json`.) */
    guint64 *kept_ids;
    const char **kept_whys;
    guint32 *kept_lens;
    guint n_kept;
    guint cursor;             /* kept_ids[cursor] is the next the relations may ask for */
    guint *finding_slots;     /* per finding in order, per kept relation: its slot */
    guint *finding_at;        /* per finding: where its slots start in finding_slots */
    guint finding_cursor;     /* the finding a detail is likely asked for next */
    GString *plain;           /* scratch: a part before it is escaped */
    GString *escaped;         /* scratch: the part escaped */
    GString *reason;          /* scratch: a reason before it is escaped */
    GString *shown;           /* scratch: a value as shown, before it is kept */
    gboolean source_plain;    /* the last told source's name needs no escape */
    /* The last tolerance phrases written, and what each was written
     * from: a report's claims share a few (a key's claims alternate
     * between them, so one remembered was asked again for half). */
    struct {
        double tol;
        gboolean abs, date;
        const char *unit;
        const char *phrase;
    } phrases[TOLERANCE_PHRASES];
    guint n_phrases, next_phrase;
};

static inline guint64
pair_id(const CcRelation *r)
{
    return ((guint64)r->a << 32) | r->b;
}

typedef struct {
    guint64 id;  /* pair_id() */
    guint place; /* in finding_slots */
} PairPlace;

/* Sorts @v by id, sixteen bits a pass from the lowest, a pass skipped
 * when every id has the same sixteen bits there (ids are two claim
 * positions, so most of their 64 bits are zero): the places of equal ids
 * may come in any order, each learning the same slot. (qsort with a
 * comparison by call was 2 % of a 200,000-record report.) */
static void
sort_places(PairPlace *v, guint n)
{
    enum { BITS = 16, BUCKETS = 1 << BITS };
    PairPlace *tmp = g_new(PairPlace, MAX(n, 1));
    guint *count = g_new(guint, BUCKETS);
    for (guint shift = 0; shift < 64; shift += BITS) {
        memset(count, 0, BUCKETS * sizeof *count);
        for (guint i = 0; i < n; i++)
            count[(v[i].id >> shift) & (BUCKETS - 1)]++;
        if (n == 0 || count[(v[0].id >> shift) & (BUCKETS - 1)] == n)
            continue;
        guint at = 0;
        for (guint d = 0; d < BUCKETS; d++) {
            guint c = count[d];
            count[d] = at;
            at += c;
        }
        for (guint i = 0; i < n; i++)
            tmp[count[(v[i].id >> shift) & (BUCKETS - 1)]++] = v[i];
        memcpy(v, tmp, n * sizeof *v);
    }
    g_free(count);
    g_free(tmp);
}

/* The slot of @id among the kept relations, or -1. */
static gssize
kept_slot(CcReasons *rs, guint64 id)
{
    while (rs->cursor < rs->n_kept && rs->kept_ids[rs->cursor] < id)
        rs->cursor++;
    if (rs->cursor < rs->n_kept && rs->kept_ids[rs->cursor] == id)
        return rs->cursor;
    if (rs->cursor == 0 || rs->kept_ids[rs->cursor - 1] < id)
        return -1; /* between the cursor's neighbours: not kept */
    guint lo = 0, hi = rs->n_kept;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        if (rs->kept_ids[mid] < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < rs->n_kept && rs->kept_ids[lo] == id ? (gssize)lo : -1;
}

/* Where @f's kept relations' slots start in rs->finding_slots; -1 for a
 * finding whose pairs are no relations. Findings are asked for in their
 * order, so the one after the last is tried first. */
static gssize
finding_slots_at(CcReasons *rs, const Finding *f)
{
    GPtrArray *findings = rs->cmp->findings;
    guint i = rs->finding_cursor;
    if (i >= findings->len || findings->pdata[i] != f) {
        for (i = 0; i < findings->len && findings->pdata[i] != f; i++)
            ;
        if (i == findings->len)
            return -1;
    }
    rs->finding_cursor = i + 1;
    return f->kind == KIND_WITHIN ? -1 : (gssize)rs->finding_at[i];
}

/* Appends @s[0, @len) as the report holds it: escaped for JSON or as is. */
static void
put_text(CcReasons *rs, GString *out, const char *s, gsize len)
{
    if (rs->json)
        cc_json_append_escaped(out, s, len);
    else
        append_len(out, s, (gssize)len);
}

static void reasons_said_now(CcReasons *rs, guint pos, gboolean with_as_of);
static const char *reasons_shown(CcReasons *rs, guint pos);
static const char *reasons_tolerance(CcReasons *rs, guint pos);

CcReasons *
cc_reasons_new(const CcComparison *cmp, guint flags)
{
    g_return_val_if_fail(cmp != NULL, NULL);
    CcReasons *rs = g_new0(CcReasons, 1);
    guint n = cmp->claims->len;
    rs->cmp = cmp;
    rs->json = (flags & CC_REASONS_JSON) != 0;
    rs->text = g_string_chunk_new(1 << 12);
    rs->kept = (KeptText){.blocks = g_ptr_array_new_with_free_func(free), .next = 1 << 20};
    rs->told = cc_block_new(MAX(n, 1) * sizeof(Told));
    memset(rs->told, 0, MAX(n, 1) * sizeof(Told));
    rs->plain = g_string_sized_new(256);
    rs->escaped = g_string_sized_new(256);
    rs->reason = g_string_sized_new(256);
    rs->shown = g_string_sized_new(64);
    if ((flags & CC_REASONS_KEEP_KEPT) != 0) {
        /* Each finding's kept relations, as (pair, place in
         * finding_slots), sorted by pair: the distinct pairs are the
         * slots, and each place learns its slot. */
        guint n_ids = 0;
        rs->finding_at = g_new(guint, MAX(cmp->findings->len, 1));
        for (guint i = 0; i < cmp->findings->len; i++) {
            const Finding *f = cmp->findings->pdata[i];
            rs->finding_at[i] = n_ids;
            if (f->kind != KIND_WITHIN) /* its pair is no relation */
                n_ids += f->n_kept;
        }
        PairPlace *places = g_new(PairPlace, MAX(n_ids, 1));
        n_ids = 0;
        for (guint i = 0; i < cmp->findings->len; i++) {
            const Finding *f = cmp->findings->pdata[i];
            if (f->kind == KIND_WITHIN)
                continue;
            for (guint j = 0; j < f->n_kept; j++, n_ids++)
                places[n_ids] = (PairPlace){pair_id(&f->rels[j]), n_ids};
        }
        sort_places(places, n_ids);
        rs->kept_ids = g_new(guint64, MAX(n_ids, 1));
        rs->finding_slots = g_new(guint, MAX(n_ids, 1));
        guint unique = 0;
        for (guint i = 0; i < n_ids; i++) {
            if (unique == 0 || rs->kept_ids[unique - 1] != places[i].id)
                rs->kept_ids[unique++] = places[i].id;
            rs->finding_slots[places[i].place] = unique - 1;
        }
        g_free(places);
        rs->n_kept = unique;
        rs->kept_whys = g_new0(const char *, MAX(unique, 1));
        rs->kept_lens = g_new0(guint32, MAX(unique, 1));
    }
    return rs;
}

void
cc_reasons_free(CcReasons *rs)
{
    if (rs == NULL)
        return;
    g_string_chunk_free(rs->text);
    g_ptr_array_unref(rs->kept.blocks);
    free(rs->told);
    g_free(rs->kept_ids);
    g_free(rs->kept_whys);
    g_free(rs->kept_lens);
    g_string_free(rs->plain, TRUE);
    g_string_free(rs->escaped, TRUE);
    g_string_free(rs->reason, TRUE);
    g_string_free(rs->shown, TRUE);
    g_free(rs->finding_slots);
    g_free(rs->finding_at);
    g_free(rs);
}

static const char *
reasons_shown(CcReasons *rs, guint pos)
{
    if (rs->told[pos].shown == NULL) {
        /* as display() words it, into a scratch string: no string of its own */
        const CcClaim *c = rs->cmp->claims->pdata[pos];
        g_string_truncate(rs->shown, 0);
        append_display(rs->shown, &c->value);
        rs->told[pos].shown = keep_text(&rs->kept, rs->shown->str, rs->shown->len);
    }
    return rs->told[pos].shown;
}

static const char *
reasons_tolerance(CcReasons *rs, guint pos)
{
    Told *t = &rs->told[pos];
    if (t->tolerance == NULL) {
        const CcClaim *c = rs->cmp->claims->pdata[pos];
        gboolean abs;
        double tol = claim_tolerance(c, &rs->cmp->options, &abs);
        gboolean date = c->value.kind == CC_VALUE_DATE;
        /* The phrase is made of these alone (tolerance_phrase). */
        for (guint i = 0; i < rs->n_phrases; i++) {
            if (tol == rs->phrases[i].tol && abs == rs->phrases[i].abs
                && date == rs->phrases[i].date
                && (!abs || date || g_strcmp0(c->value.unit, rs->phrases[i].unit) == 0)) {
                t->tolerance = rs->phrases[i].phrase;
                return t->tolerance;
            }
        }
        g_autofree char *phrase = tolerance_phrase(c, &rs->cmp->options);
        t->tolerance = g_string_chunk_insert_const(rs->text, phrase);
        guint i = rs->n_phrases < TOLERANCE_PHRASES ? rs->n_phrases++
                                                    : rs->next_phrase++ % TOLERANCE_PHRASES;
        rs->phrases[i].tol = tol;
        rs->phrases[i].abs = abs;
        rs->phrases[i].date = date;
        rs->phrases[i].unit = c->value.unit;
        rs->phrases[i].phrase = t->tolerance;
    }
    return t->tolerance;
}

/* Writes the claim's "says" (with its date when @with_as_of), escaped with
 * rs->json, where the id was written before it. */
static void
reasons_said_now(CcReasons *rs, guint pos, gboolean with_as_of)
{
    const CcClaim *c = rs->cmp->claims->pdata[pos];
    Told *t = &rs->told[pos];
    GString *s = rs->plain;
    g_string_truncate(s, 0);
    if (!rs->json) {
        append_claim_shown(s, c, with_as_of, t->shown);
        const char *kept = keep_text(&rs->kept, s->str, s->len);
        if (with_as_of) {
            t->said_as_of = kept;
        } else {
            t->said = kept;
            t->said_len = (guint32)s->len;
        }
        return;
    }
    /* The id escaped, then the "says" written after it, and escaped there
     * only when it must be (a name with a quote): most need no escape and
     * no second copy. */
    GString *e = rs->escaped;
    g_string_truncate(e, 0);
    gsize id_len = 0;
    if (!with_as_of) {
        cc_json_append_escaped(e, c->id, strlen(c->id));
        id_len = e->len;
    }
    append_claim_shown(e, c, with_as_of, t->shown);
    if (!cc_json_is_plain(e->str + id_len, e->len - id_len)) {
        g_string_append_len(s, e->str + id_len, (gssize)(e->len - id_len));
        g_string_truncate(e, id_len);
        cc_json_append_escaped(e, s->str, s->len);
    }
    s = e;
    const char *kept = keep_text(&rs->kept, s->str, s->len);
    if (with_as_of) {
        t->said_as_of = kept;
    } else {
        t->said = kept + id_len;
        t->said_len = (guint32)(s->len - id_len);
        t->id_len = (guint32)id_len;
    }
}

/* The claim's "says", as kept, and its length. */
static const char *
reasons_said(CcReasons *rs, guint pos, gboolean with_as_of, gsize *len)
{
    Told *t = &rs->told[pos];
    if (with_as_of) {
        if (t->said_as_of == NULL)
            reasons_said_now(rs, pos, TRUE);
        *len = strlen(t->said_as_of);
        return t->said_as_of;
    }
    if (t->said == NULL)
        reasons_said_now(rs, pos, FALSE);
    *len = t->said_len;
    return t->said;
}

#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

void
cc_reasons_tell(CcReasons *rs, guint pos)
{
    g_return_if_fail(rs != NULL && pos < rs->cmp->claims->len);
    Told *t = &rs->told[pos];
    if (t->source != NULL)
        return;
    const CcClaim *c = rs->cmp->claims->pdata[pos];
    if (c->value.kind != CC_VALUE_NONE)
        reasons_shown(rs, pos); /* first: the "says" shows it too */
    if (t->said == NULL)
        reasons_said_now(rs, pos, FALSE);
    /* One copy of each source's name: claims are grouped by source. */
    if (pos > 0 && rs->told[pos - 1].source != NULL
        && strcmp(rs->told[pos - 1].source, c->source) == 0) {
        t->source = rs->told[pos - 1].source;
    } else {
        t->source = g_string_chunk_insert_const(rs->text, c->source);
        rs->source_plain = cc_json_is_plain(t->source, strlen(t->source));
    }
    /* What the commonest reasons name; and whether a reason made of them
     * needs an escape (append_why). */
    if (c->value.kind != CC_VALUE_NONE) {
        const char *tolerance = reasons_tolerance(rs, pos);
        t->plain = rs->json && rs->source_plain
                   && cc_json_is_plain(t->shown, strlen(t->shown))
                   && cc_json_is_plain(tolerance, strlen(tolerance));
    }
}

void
cc_reasons_prefetch(CcReasons *rs, const CcRelation *r, int stage)
{
    const Told *t = &rs->told[r->b];
    if (stage == 0) {
        PREFETCH(t);
        /* the first claim's value, which every reason's wording reads (the
         * claims lie in input order, the relations come in the
         * comparison's) */
        PREFETCH(&((const CcClaim *)rs->cmp->claims->pdata[r->a])->value);
        if (!rs->json)
            PREFETCH(rs->cmp->claims->pdata[r->b]);
        return;
    }
    if (t->said != NULL) {
        const char *id = t->said - t->id_len;
        PREFETCH(id);
        PREFETCH(id + 64);
    }
    if (t->shown != NULL)
        PREFETCH(t->shown);
}

void
cc_reasons_prefetch_detail(CcReasons *rs, guint index, int stage)
{
    if (rs->kept_ids == NULL || index >= rs->cmp->findings->len)
        return;
    const Finding *f = rs->cmp->findings->pdata[index];
    if (f->kind == KIND_WITHIN || f->kind == KIND_UNCORROBORATED)
        return;
    const guint *slots = rs->finding_slots + rs->finding_at[index];
    for (guint j = 0; j < f->n_kept; j++) {
        if (stage == 0) {
            PREFETCH(&rs->kept_whys[slots[j]]);
            continue;
        }
        const char *why = rs->kept_whys[slots[j]];
        if (why != NULL)
            for (guint at = 0; at < rs->kept_lens[slots[j]]; at += 64)
                PREFETCH(why + at);
    }
}

void
cc_reasons_append_id(CcReasons *rs, guint pos, GString *out)
{
    g_return_if_fail(rs != NULL && out != NULL && pos < rs->cmp->claims->len);
    const Told *t = &rs->told[pos];
    if (rs->json && t->said != NULL) {
        append_len(out, t->said - t->id_len, t->id_len);
        return;
    }
    const CcClaim *c = rs->cmp->claims->pdata[pos];
    put_text(rs, out, c->id, strlen(c->id));
}

/* ---- why, worded from its class ------------------------------------------ */

/* The told parts of a claim a reason names: kept by @rs when given, else
 * written into @own (freed by the caller). */
typedef struct {
    CcReasons *rs; /* (nullable) */
    const CcComparison *cmp;
    char *own[4];  /* a's value, b's, a's tolerance, b's */
} ToldParts;

static const char *reasons_shown(CcReasons *rs, guint pos);
static const char *reasons_tolerance(CcReasons *rs, guint pos);

/* The value of side @side (0: a, 1: b) of @r as shown. */
static const char *
part_shown(ToldParts *tp, const CcRelation *r, int side)
{
    guint pos = side == 0 ? r->a : r->b;
    if (tp->rs != NULL)
        return reasons_shown(tp->rs, pos);
    if (tp->own[side] == NULL)
        tp->own[side] = display(tp->cmp->claims->pdata[pos]);
    return tp->own[side];
}

static const char *
part_tolerance(ToldParts *tp, const CcRelation *r, int side)
{
    guint pos = side == 0 ? r->a : r->b;
    if (tp->rs != NULL)
        return reasons_tolerance(tp->rs, pos);
    if (tp->own[2 + side] == NULL)
        tp->own[2 + side] = tolerance_phrase(tp->cmp->claims->pdata[pos], &tp->cmp->options);
    return tp->own[2 + side];
}

/* "a tolerance of ±10%", or each claim's when they differ. */
static void
append_pair_tolerance(GString *out, ToldParts *tp, const CcRelation *r)
{
    const char *ta = part_tolerance(tp, r, 0), *tb = part_tolerance(tp, r, 1);
    if (ta == tb || strcmp(ta, tb) == 0) {
        APPEND_LITERAL(out, "a tolerance of ");
        append(out, ta);
        return;
    }
    const char *sa, *sb;
    if (tp->rs != NULL && tp->rs->told[r->a].source != NULL && tp->rs->told[r->b].source != NULL) {
        sa = tp->rs->told[r->a].source;
        sb = tp->rs->told[r->b].source;
    } else {
        sa = ((const CcClaim *)tp->cmp->claims->pdata[r->a])->source;
        sb = ((const CcClaim *)tp->cmp->claims->pdata[r->b])->source;
    }
    say(out, "tolerances of %s for %s and %s for %s", ta, sa, tb, sb);
}

/* Appends the reason of @r (the part of its why after the colon), worded
 * from the class its note keeps. */
static void
word_reason(ToldParts *tp, const CcRelation *r, GString *reason)
{
    const CcComparison *cmp = tp->cmp;
    /* The second claim is read only by the reasons that need it: the
     * commonest are worded from the first's kind and what is told. */
    const CcClaim *a = cmp->claims->pdata[r->a];
#define b ((const CcClaim *)cmp->claims->pdata[r->b])
#define vb (&b->value)
#define na (a->modality == CC_MODALITY_NEGATED)
#define yes (na ? b : a)
#define no (na ? a : b)
#define early (as_of_last(a) < as_of_last(b) ? a : b)
#define late (early == a ? b : a)
    const CcValue *va = &a->value;
    gboolean dates = va->kind == CC_VALUE_DATE;
    switch (note_why(r->note)) {
    case WHY_DISPUTED: {
        gboolean da = a->modality == CC_MODALITY_DISPUTED;
        gboolean db = b->modality == CC_MODALITY_DISPUTED;
        if (da && db)
            say(reason, "both %s and %s report the figure only to reject it", a->source,
                b->source);
        else
            say(reason, "%s reports the figure only to reject it", da ? a->source : b->source);
        return;
    }
    case WHY_SCOPE:
        say(reason, "they count different things (%s%s%s against %s%s%s)",
            a->scope ? "scope '" : "", a->scope ? a->scope : "no scope", a->scope ? "'" : "",
            b->scope ? "scope '" : "", b->scope ? b->scope : "no scope", b->scope ? "'" : "");
        return;
    case WHY_CLAIM_TYPE:
        /* "an event claim", "a date claim" */
        say(reason, "one is %s %s claim and the other %s %s claim",
            a->type == CC_CLAIM_EVENT ? "an" : "a", cc_claim_type_to_string(a->type),
            b->type == CC_CLAIM_EVENT ? "an" : "a", cc_claim_type_to_string(b->type));
        return;
    case WHY_HYPOTHETICAL: {
        gboolean ha = a->modality == CC_MODALITY_HYPOTHETICAL;
        say(reason,
            "%s's figure is hypothetical (a forecast or a condition), "
            "not a statement of fact, so it cannot contradict %s",
            ha ? a->source : b->source, ha ? b->source : a->source);
        return;
    }
    case WHY_KIND:
        append(reason, "one value is a date and the other a number");
        return;
    case WHY_UNIT:
        say(reason, "they are in different units (%s and %s)", va->unit, vb->unit);
        return;
    case WHY_DENIES_EVENT:
        say(reason, "%s says it happened and %s denies it", yes->source, no->source);
        return;
    case WHY_DENIES_FIGURE:
        say(reason, "%s denies the figure %s gives (within ", no->source, yes->source);
        append_pair_tolerance(reason, tp, r);
        g_string_append_c(reason, ')');
        return;
    case WHY_DENIES_OUTRIGHT:
        say(reason,
            "%s denies it outright (the denied figure is its only one "
            "here), so it contradicts any figure %s gives",
            no->source, yes->source);
        return;
    case WHY_DENIES_OTHER:
        say(reason, "%s denies a figure that %s does not give", no->source, yes->source);
        return;
    case WHY_BOTH_EVENT:
        append(reason, na ? "both deny it" : "both say it happened");
        return;
    case WHY_BOTH_DENY:
        append(reason, "both deny figures of this kind");
        return;
    case WHY_GREW:
    case WHY_SHRANK:
    case WHY_OVERNIGHT: {
        guint days = as_of_last(late) - as_of_last(early);
        const char *ev = part_shown(tp, r, early == a ? 0 : 1);
        const char *lv = part_shown(tp, r, early == a ? 1 : 0);
        if (note_why(r->note) == WHY_GREW) {
            say(reason, "a running total grew from %s to %s in %u day%s", ev, lv, days,
                days == 1 ? "" : "s");
            return;
        }
        if (note_why(r->note) == WHY_OVERNIGHT) {
            say(reason, "figures of a running total a day apart speak of one moment, and %s and %s "
                        "are apart beyond ", ev, lv);
            append_pair_tolerance(reason, tp, r);
            return;
        }
        say(reason, "a running total cannot shrink, yet it went from %s to %s in %u day%s (beyond ",
            ev, lv, days, days == 1 ? "" : "s");
        append_pair_tolerance(reason, tp, r);
        g_string_append_c(reason, ')');
        return;
    }
    case WHY_TOLD_EARLIER: {
        guint days = as_of_last(late) - as_of_last(early);
        say(reason,
            "%s gives the earlier figure too, as of an earlier date: the figure changed from %s "
            "to %s in %u day%s",
            late->source, part_shown(tp, r, early == a ? 0 : 1),
            part_shown(tp, r, early == a ? 1 : 0), days, days == 1 ? "" : "s");
        return;
    }
    case WHY_MOMENTS: {
        guint days = as_of_last(late) - as_of_last(early);
        guint window = MAX(a->window_days, b->window_days);
        if (window == 0)
            window = cmp->options.default_window_days;
        say(reason, "they speak of moments %u days apart, beyond the %u-day window for one moment",
            days, window);
        return;
    }
    case WHY_EQUAL:
        append(reason, dates ? "the dates are the same" : "the values are equal");
        return;
    case WHY_MATCH:
        /* the commonest reasons appended piece by piece, not through say() */
        if (dates)
            APPEND_LITERAL(reason, "the dates match within ");
        else
            APPEND_LITERAL(reason, "the values match within ");
        append_pair_tolerance(reason, tp, r);
        return;
    case WHY_SAME_RANGE:
        append(reason, dates ? "they give the same period" : "they give the same range");
        return;
    case WHY_A_CONTAINS:
    case WHY_B_CONTAINS: {
        int outer = note_why(r->note) == WHY_A_CONTAINS ? 0 : 1;
        append(reason, part_shown(tp, r, outer));
        APPEND_LITERAL(reason, " contains ");
        append(reason, part_shown(tp, r, 1 - outer));
        return;
    }
    case WHY_OVERLAP:
        append(reason, part_shown(tp, r, 0));
        APPEND_LITERAL(reason, " and ");
        append(reason, part_shown(tp, r, 1));
        APPEND_LITERAL(reason, " overlap");
        return;
    case WHY_MEET:
        append(reason, part_shown(tp, r, 0));
        APPEND_LITERAL(reason, " and ");
        append(reason, part_shown(tp, r, 1));
        APPEND_LITERAL(reason, " meet within ");
        append_pair_tolerance(reason, tp, r);
        return;
    case WHY_DATES_APART: {
        guint gap = source_gap_days(va->low, va->high, vb->low, vb->high);
        say(reason, "the dates %s and %s are %u day%s apart, beyond ", part_shown(tp, r, 0),
            part_shown(tp, r, 1), gap, gap == 1 ? "" : "s");
        append_pair_tolerance(reason, tp, r);
        return;
    }
    case WHY_APART:
    case WHY_COUNT:
    default:
        append(reason, part_shown(tp, r, 0));
        APPEND_LITERAL(reason, " and ");
        append(reason, part_shown(tp, r, 1));
        APPEND_LITERAL(reason, " do not overlap even with ");
        append_pair_tolerance(reason, tp, r);
        return;
    }
#undef b
#undef vb
#undef na
#undef yes
#undef no
#undef early
#undef late
}

static char *
why_of(const CcComparison *cmp, const CcRelation *r)
{
    const CcClaim *a = cmp->claims->pdata[r->a], *b = cmp->claims->pdata[r->b];
    g_autoptr(GString) reason = g_string_new(NULL);
    ToldParts tp = {.cmp = cmp};
    word_reason(&tp, r, reason);
    for (guint i = 0; i < G_N_ELEMENTS(tp.own); i++)
        g_free(tp.own[i]);
    gboolean with_as_of = why_with_as_of(note_why(r->note));
    GString *why = g_string_new(NULL);
    append_claim(why, a, with_as_of);
    append(why, " and ");
    append_claim(why, b, with_as_of);
    say(why, ": %s.", reason->str);
    return g_string_free(why, FALSE);
}

/* Appends why @r holds (escaped with rs->json); @slot: its slot among the
 * kept relations, or -1. A kept why is kept whole, says and all: written
 * again from the told parts, a finding's detail read three scattered
 * pieces for each relation where it now reads one, in the relations'
 * order (cc_reasons_prefetch_detail()). */
static void
append_why(CcReasons *rs, const CcRelation *r, gssize slot, GString *out)
{
    if (slot >= 0 && rs->kept_whys[slot] != NULL) {
        append_len(out, rs->kept_whys[slot], rs->kept_lens[slot]);
        return;
    }
    gsize start = out->len, len;
    gboolean with_as_of = why_with_as_of(note_why(r->note));
    const char *said = reasons_said(rs, r->a, with_as_of, &len);
    append_len(out, said, (gssize)len);
    append_len(out, " and ", 5);
    said = reasons_said(rs, r->b, with_as_of, &len);
    append_len(out, said, (gssize)len);
    append_len(out, ": ", 2);
    ToldParts tp = {.rs = rs, .cmp = rs->cmp};
    if (rs->json) {
        /* Worded into the report, and escaped there when it must be (a
         * name with a quote): most need no escape and no second copy.
         * A reason worded from the told parts alone (not a scope or a
         * unit), of two claims told plain, is plain: not looked at. */
        gsize at = out->len;
        word_reason(&tp, r, out);
        Why why = note_why(r->note);
        gboolean told_plain = rs->told[r->a].plain && rs->told[r->b].plain && why != WHY_SCOPE
                              && why != WHY_UNIT;
#ifndef NDEBUG
        g_assert(!told_plain || cc_json_is_plain(out->str + at, out->len - at));
#endif
        if (!told_plain && !cc_json_is_plain(out->str + at, out->len - at)) {
            g_string_truncate(rs->reason, 0);
            g_string_append_len(rs->reason, out->str + at, (gssize)(out->len - at));
            g_string_truncate(out, at);
            cc_json_append_escaped(out, rs->reason->str, rs->reason->len);
        }
    } else {
        word_reason(&tp, r, out);
    }
    g_string_append_c(out, '.');
    if (slot >= 0) {
        rs->kept_whys[slot] = keep_text(&rs->kept, out->str + start, out->len - start);
        rs->kept_lens[slot] = (guint32)(out->len - start);
    }
}

void
cc_reasons_append_why(CcReasons *rs, const CcRelation *r, GString *out)
{
    g_return_if_fail(rs != NULL && r != NULL && out != NULL);
    append_why(rs, r, rs->kept_ids != NULL ? kept_slot(rs, pair_id(r)) : -1, out);
}

/* ---- per key ------------------------------------------------------------ */

/* A relation while its key is compared: item indices, x < y. */
typedef struct {
    guint x, y;
    guint8 type, note;
} Pair;

typedef struct {
    CcComparison *cmp;
    const char *key;
    Item *items;
    guint n;
    guint n_sources;
    GArray *pairs;        /* (element-type Pair) this key's relations */
    Scratch *scratch;
    CcConsensus *consensus;
    guint *mark;          /* per item, for sets of items: mark[i] == gen */
    guint gen;
} Key;

static gboolean is_plain(const CcClaim *c);

/* Does the source of the later of items @i and @j, apart beyond tolerance,
 * tell the earlier one's figure itself, as of an earlier date than its
 * later figure and within the window of the earlier claim's ("about
 * 11,000 …, compared with 8,000 in October" against a source's 8,000 of
 * October 25)? Then the two are an update of one figure, not a conflict.
 * Items of one source are contiguous. */
static gboolean
told_earlier(const Key *k, guint i, guint j)
{
    const CcClaim *a = k->items[i].claim, *b = k->items[j].claim;
    if (a->value.kind != CC_VALUE_NUMBER || a->as_of == 0 || b->as_of == 0
        || as_of_last(a) == as_of_last(b))
        return FALSE;
    gboolean a_early = as_of_last(a) < as_of_last(b);
    const CcClaim *early = a_early ? a : b, *late = a_early ? b : a;
    guint l = a_early ? j : i;
    guint window = MAX(a->window_days, b->window_days);
    if (window == 0)
        window = k->cmp->options.default_window_days;
    guint first = l, last = l;
    while (first > 0 && k->items[first - 1].source == k->items[l].source)
        first--;
    while (last + 1 < k->n && k->items[last + 1].source == k->items[l].source)
        last++;
    for (guint c = first; c <= last; c++) {
        const CcClaim *told = k->items[c].claim;
        if (c == l || !is_plain(told) || told->value.kind != CC_VALUE_NUMBER || told->as_of == 0
            || as_of_last(told) >= as_of_last(late) || g_strcmp0(told->scope, late->scope) != 0
            || g_strcmp0(told->value.unit, early->value.unit) != 0)
            continue;
        guint t = as_of_last(told), e = as_of_last(early);
        if ((t > e ? t - e : e - t) <= window && meet_within(early, told, &k->cmp->options))
            return TRUE;
    }
    return FALSE;
}

static Pair *
add_pair(Key *k, guint i, guint j)
{
    if (i > j) {
        guint t = i;
        i = j;
        j = t;
    }
    const Item *x = &k->items[i], *y = &k->items[j];
    guint8 why;
    Pair p = {.x = i, .y = j};
    p.type = (guint8)classify(x->claim, y->claim, &k->cmp->options, x->denies_all, y->denies_all,
                              &why);
    if (p.type == CC_RELATION_CONFLICT && (why == WHY_APART || why == WHY_SHRANK) &&
        told_earlier(k, i, j)) {
        p.type = CC_RELATION_UPDATE;
        why = WHY_TOLD_EARLIER;
    }
    p.note = note_of(x->denies_all, y->denies_all, why);
    g_array_append_val(k->pairs, p);
    return &g_array_index(k->pairs, Pair, k->pairs->len - 1);
}

static CcRelation
relation_of(const Key *k, const Pair *p)
{
    CcRelation r = {k->items[p->x].order, k->items[p->y].order, p->type, p->note};
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

/* The most common scope among plain claims (NULL wins ties, then the
 * smaller name): the consensus speaks of it. */
static const char *
main_scope(Key *k)
{
    gboolean scoped = FALSE;
    for (guint i = 0; i < k->n && !scoped; i++)
        scoped = k->items[i].claim->scope != NULL && is_plain(k->items[i].claim);
    if (!scoped)
        return NULL;
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

static inline gboolean
item_before(const Item *a, const Item *b)
{
    if (a->lo != b->lo)
        return a->lo < b->lo;
    if (a->hi != b->hi)
        return a->hi < b->hi;
    return a->order < b->order;
}

/* Stable sorts of a key's few hundred elements with the comparison
 * inlined: insertion sort of runs of 16, then bottom-up merges through
 * @tmp (room for n). */
#define DEFINE_STABLE_SORT(name, T, before)                                                \
    static void name(T *v, guint n, T *tmp)                                                \
    {                                                                                      \
        for (guint lo = 0; lo < n; lo += 16) {                                             \
            guint hi = MIN(lo + 16, n);                                                    \
            for (guint i = lo + 1; i < hi; i++) {                                          \
                T x = v[i];                                                                \
                guint j = i;                                                               \
                for (; j > lo && before(&x, &v[j - 1]); j--)                               \
                    v[j] = v[j - 1];                                                       \
                v[j] = x;                                                                  \
            }                                                                              \
        }                                                                                  \
        if (n <= 16)                                                                       \
            return;                                                                        \
        T *from = v, *to = tmp;                                                            \
        for (guint w = 16; w < n; w *= 2) {                                                \
            for (guint lo = 0; lo < n; lo += 2 * w) {                                      \
                guint mid = MIN(lo + w, n), hi = MIN(lo + 2 * w, n), a = lo, b = mid;      \
                for (guint o = lo; o < hi; o++)                                            \
                    to[o] = b < hi && (a >= mid || before(&from[b], &from[a])) ? from[b++]  \
                                                                               : from[a++]; \
            }                                                                              \
            T *t = from;                                                                   \
            from = to;                                                                     \
            to = t;                                                                        \
        }                                                                                  \
        if (from != v)                                                                     \
            memcpy(v, from, n * sizeof(T));                                                \
    }

static inline gboolean
item_ptr_before(const ItemPtr *a, const ItemPtr *b)
{
    return item_before(*a, *b);
}

static inline gboolean
item_ptr_hi_before(const ItemPtr *a, const ItemPtr *b)
{
    return (*a)->hi < (*b)->hi || ((*a)->hi == (*b)->hi && (*a)->order < (*b)->order);
}

DEFINE_STABLE_SORT(sort_item_ptrs_hi, ItemPtr, item_ptr_hi_before)
DEFINE_STABLE_SORT(sort_item_ptrs, ItemPtr, item_ptr_before)

/* A consensus and its key lie in the comparison's arena: its arrays alone
 * are its own. */
static void
consensus_free(CcConsensus *c)
{
    if (c == NULL)
        return;
    g_ptr_array_unref(c->support);
    g_ptr_array_unref(c->outliers);
    g_ptr_array_unref(c->history);
}

/* Finds the point where the most distinct sources' widened intervals meet
 * (a sweep over sorted interval ends) and the band their values share. */
/* Is the key a running total: every counted claim cumulative? */
static gboolean
is_running_total(const ItemPtr *by_lo, guint n)
{
    for (guint i = 0; i < n; i++)
        if (!by_lo[i]->claim->cumulative)
            return FALSE;
    return n > 0;
}

/* Of a running total's counted claims (@by_lo), those of its latest moment,
 * in the same order: dated within their window of the latest as_of, or
 * undated. Returns how many were written to @current. */
static guint
latest_moment(const CcCompareOptions *o, ItemPtr *by_lo, guint n, ItemPtr *current)
{
    guint32 latest = 0;
    for (guint i = 0; i < n; i++)
        latest = MAX(latest, as_of_last(by_lo[i]->claim));
    guint m = 0;
    for (guint i = 0; i < n; i++) {
        const CcClaim *c = by_lo[i]->claim;
        guint window = c->window_days != 0 ? c->window_days : o->default_window_days;
        if (c->as_of == 0 || latest - as_of_last(c) <= window)
            current[m++] = by_lo[i];
    }
    return m;
}

static void
build_consensus(Key *k, ItemPtr *by_lo, guint n)
{
    if (n == 0)
        return;
    /* A running total's consensus is the latest figure its sources support:
     * the sweep runs over the claims of its latest moment, and earlier
     * figures below that are its history, not outliers. */
    gboolean running = is_running_total(by_lo, n);
    g_autofree ItemPtr *current = NULL;
    if (running) {
        current = g_new(ItemPtr, n);
        n = latest_moment(&k->cmp->options, by_lo, n, current);
        by_lo = current;
    }
    /* The interval ends in order: the opens are @by_lo, the closes sorted
     * by hi; at one position opens come first (the intervals are closed). */
    Scratch *s = k->scratch;
    ItemPtr *by_hi = s->by_hi;
    memcpy(by_hi, by_lo, n * sizeof *by_hi);
    sort_item_ptrs_hi(by_hi, n, s->sort_tmp);
    guint *active = s->active;
    memset(active, 0, k->n_sources * sizeof *active);
    /* The point most sources' claims hold; of such points, the one most
     * claims hold, so that a source's narrower claim inside its wider one
     * ("October", then "October 8") is not set outside the band the two
     * make. */
    guint depth = 0, best = 0, claims = 0, best_claims = 0;
    double best_x = 0;
    for (guint i = 0, j = 0; i < n || j < n;) {
        if (i < n && (j >= n || by_lo[i]->lo <= by_hi[j]->hi)) {
            const Item *it = by_lo[i++];
            if (active[it->source]++ == 0)
                depth++;
            claims++;
            if (depth > best || (depth == best && claims > best_claims)) {
                best = depth;
                best_claims = claims;
                best_x = it->lo;
            }
        } else {
            claims--;
            if (--active[by_hi[j++]->source] == 0)
                depth--;
        }
    }

    CcConsensus *c = arena_alloc(&k->cmp->arena, sizeof *c);
    memset(c, 0, sizeof *c);
    gsize key_len = strlen(k->key);
    c->key = memcpy(arena_alloc(&k->cmp->arena, key_len + 1), k->key, key_len + 1);
    /* Earlier figures of a running total wholly below the band: its history. */
    guint32 since = G_MAXUINT32; /* the latest moment's first dated claim */
    for (guint i = 0; running && i < n; i++)
        if (by_lo[i]->claim->as_of != 0)
            since = MIN(since, as_of_last(by_lo[i]->claim));
#define IS_HISTORY(it)                                                                      \
    (running && (it)->claim->as_of != 0 && as_of_last((it)->claim) < since && (it)->hi < best_x)
    guint n_in = 0, n_out = 0, n_history = 0;
    for (guint i = 0; i < k->n; i++) {
        const Item *it = &k->items[i];
        if (!it->counted)
            continue;
        if (it->lo <= best_x && best_x <= it->hi)
            n_in++;
        else if (IS_HISTORY(it))
            n_history++;
        else
            n_out++;
    }
    c->support = g_ptr_array_sized_new(n_in);
    /* Most keys have no outliers and no history: one empty array, shared
     * (an array each was an allocation and a free: 1.8 % of the
     * instructions of a 20,000-record JSON report). */
    c->outliers = n_out > 0 ? g_ptr_array_sized_new(n_out) : g_ptr_array_ref(k->cmp->no_claims);
    c->history = n_history > 0 ? g_ptr_array_sized_new(n_history)
                               : g_ptr_array_ref(k->cmp->no_claims);
    double meet_lo = -INFINITY, meet_hi = INFINITY;
    gboolean lo_strict = FALSE, hi_strict = FALSE;
    const CcValue *first = NULL;
    guint last_in = G_MAXUINT, last_out = G_MAXUINT; /* items are grouped by source */
    for (guint i = 0; i < k->n; i++) {
        const Item *it = &k->items[i];
        const CcClaim *cl = it->claim;
        if (!it->counted)
            continue;
        if (it->lo <= best_x && best_x <= it->hi) {
            c->support->pdata[c->support->len++] = (gpointer)cl;
            if (it->source != last_in)
                c->sources++;
            last_in = it->source;
            const CcValue *v = &cl->value;
            if (first == NULL)
                first = v;
            double lo = v->has_low ? v->low : -INFINITY, hi = v->has_high ? v->high : INFINITY;
            /* A strict bound ("more than 3 million") stays strict in the band. */
            if (lo > meet_lo || (lo == meet_lo && v->has_low && v->low_strict))
                lo_strict = v->has_low && v->low_strict;
            if (hi < meet_hi || (hi == meet_hi && v->has_high && v->high_strict))
                hi_strict = v->has_high && v->high_strict;
            meet_lo = MAX(meet_lo, lo);
            meet_hi = MIN(meet_hi, hi);
        } else if (IS_HISTORY(it)) {
            c->history->pdata[c->history->len++] = (gpointer)cl;
        } else {
            c->outliers->pdata[c->outliers->len++] = (gpointer)cl;
            if (it->source != last_out)
                c->outlier_sources++;
            last_out = it->source;
        }
    }
#undef IS_HISTORY
    /* Supporters that meet only through the tolerance: the gap between them. */
    if (meet_lo > meet_hi) {
        double t = meet_lo;
        meet_lo = meet_hi;
        meet_hi = t;
        lo_strict = hi_strict = FALSE;
    }
    memset(&c->band, 0, sizeof c->band);
    if (first == NULL) {
        /* No interval holds the deepest point (it can be NaN only if an
         * interval was): no consensus, as for a key with no values. */
        consensus_free(c);
        return;
    }
    c->band.kind = first->kind;
    c->band.unit = first->unit;
    c->band.has_low = isfinite(meet_lo);
    c->band.low = c->band.has_low ? meet_lo : 0;
    c->band.has_high = isfinite(meet_hi);
    c->band.high = c->band.has_high ? meet_hi : 0;
    c->band.low_strict = c->band.has_low && lo_strict;
    c->band.high_strict = c->band.has_high && hi_strict;
    k->consensus = c;
    g_ptr_array_add(k->cmp->consensus, c);
}

/* A running total with a history: ", the latest figure (as of DATE)". */
static void
append_latest(GString *s, const CcConsensus *c)
{
    if (c->history->len == 0)
        return;
    guint32 latest = 0;
    for (guint i = 0; i < c->support->len; i++)
        latest = MAX(latest, ((const CcClaim *)c->support->pdata[i])->as_of);
    append(s, ", the latest figure");
    if (latest != 0) {
        append(s, " (as of ");
        cc_day_append_iso(s, latest);
        g_string_append_c(s, ')');
    }
}

char *
cc_consensus_sentence(const CcConsensus *c)
{
    g_return_val_if_fail(c != NULL, NULL);
    GString *s = g_string_new(NULL);
    cc_consensus_append_sentence(c, s);
    return g_string_free(s, FALSE);
}

void
cc_consensus_append_sentence(const CcConsensus *c, GString *s)
{
    append(s, "Consensus: ");
    append_display(s, &c->band);
    append_latest(s, c);
    say(s, ", supported by %u source%s (", c->sources,
                           c->sources == 1 ? "" : "s");
    const char *last = NULL;
    for (guint i = 0; i < c->support->len; i++) {
        const CcClaim *cl = c->support->pdata[i];
        if (last != NULL && strcmp(last, cl->source) == 0)
            continue;
        if (last != NULL)
            append(s, ", ");
        append(s, cl->source);
        last = cl->source;
    }
    g_string_append_c(s, ')');
    if (c->history->len > 0) {
        append(s, "; earlier: ");
        for (guint i = 0; i < c->history->len && i < 10; i++) {
            const CcClaim *cl = c->history->pdata[i];
            if (i > 0)
                append(s, ", ");
            append_display(s, &cl->value);
            append(s, " as of ");
            cc_day_append_iso(s, cl->as_of);
            say(s, " (%s)", cl->source);
        }
        if (c->history->len > 10)
            say(s, ", and %u more", c->history->len - 10);
    }
    if (c->outliers->len > 0) {
        say(s, "; %u source%s outside it (", c->outlier_sources,
                               c->outlier_sources == 1 ? "" : "s");
        for (guint i = 0; i < c->outliers->len && i < 10; i++) {
            const CcClaim *cl = c->outliers->pdata[i];
            if (i > 0)
                append(s, ", ");
            append(s, cl->source);
            append(s, ": ");
            append_display(s, &cl->value);
        }
        if (c->outliers->len > 10)
            say(s, ", and %u more", c->outliers->len - 10);
        g_string_append_c(s, ')');
    }
    g_string_append_c(s, '.');
}

char *
cc_consensus_brief(const CcConsensus *c)
{
    g_return_val_if_fail(c != NULL, NULL);
    g_autofree char *band = display_value(&c->band);
    GString *s = g_string_new(NULL);
    say(s, "Consensus: %s", band);
    append_latest(s, c);
    say(s, ", supported by %u source%s", c->sources,
                           c->sources == 1 ? "" : "s");
    if (c->outlier_sources > 0)
        say(s, "; %u source%s outside it", c->outlier_sources,
                               c->outlier_sources == 1 ? "" : "s");
    g_string_append_c(s, '.');
    return g_string_free(s, FALSE);
}

/* ---- findings ------------------------------------------------------------ */

/* A finding with room for @n_claims claims and @n_rels relations. */
static Finding *
finding_new(Key *k, CcRelationType type, FindingKind kind, guint n_claims, guint n_rels)
{
    Arena *a = &k->cmp->arena;
    Finding *f = arena_alloc(a, sizeof *f);
    memset(f, 0, sizeof *f);
    f->pub.type = type;
    f->pub.key = k->key;
    f->pub.claims = arena_alloc(a, MAX(n_claims, 1) * sizeof *f->pub.claims);
    f->pub.consensus = k->consensus;
    f->kind = (guint8)kind;
    if (n_rels > 0)
        f->rels = arena_alloc(a, MIN(n_rels, (guint)DETAIL_PAIRS) * sizeof *f->rels);
    g_ptr_array_add(k->cmp->findings, f);
    return f;
}

static void
finding_add_claim(Finding *f, const CcClaim *c)
{
    ((const CcClaim **)f->pub.claims)[f->pub.n_claims++] = c;
}

/* Keeps @r for the detail while fewer than DETAIL_PAIRS are kept (the
 * room finding_new made). */
static void
finding_keep(Finding *f, CcRelation r)
{
    f->n_rels++;
    if (f->n_kept < DETAIL_PAIRS)
        f->rels[f->n_kept++] = r;
}

static void
new_set(Key *k)
{
    if (++k->gen == 0) { /* wrapped: clear the marks */
        memset(k->mark, 0, k->n * sizeof *k->mark);
        k->gen = 1;
    }
}

/* Adds item @i to @set (a GArray of item indices) unless marked already. */
static void
set_add(Key *k, GArray *set, guint i)
{
    if (k->mark[i] == k->gen)
        return;
    k->mark[i] = k->gen;
    g_array_append_val(set, i);
}

static int
compare_guint(const void *pa, const void *pb)
{
    guint a = *(const guint *)pa, b = *(const guint *)pb;
    return a < b ? -1 : a > b;
}

/* Sorts @v ascending: by insertion when short (a finding's items come
 * nearly in order, as its pairs do), else by qsort. */
static void
sort_guints(guint *v, guint n)
{
    if (n > 64) {
        qsort(v, n, sizeof *v, compare_guint);
        return;
    }
    for (guint i = 1; i < n; i++) {
        guint x = v[i], j = i;
        for (; j > 0 && x < v[j - 1]; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

/* A finding of @type made of the pairs @idx (indices into k->pairs): their
 * claims once each, in claim order, and their relations for the detail.
 * *@items: the claims' item indices, in order, in the key's scratch until
 * the next finding. */
static Finding *
finding_of_pairs(Key *k, CcRelationType type, FindingKind kind, const GArray *idx,
                 const GArray **items)
{
    GArray *set = k->scratch->set;
    g_array_set_size(set, 0);
    new_set(k);
    for (guint i = 0; i < idx->len; i++) {
        const Pair *p = &g_array_index(k->pairs, Pair, g_array_index(idx, guint, i));
        set_add(k, set, p->x);
        set_add(k, set, p->y);
    }
    sort_guints((guint *)(void *)set->data, set->len);
    Finding *f = finding_new(k, type, kind, set->len, idx->len);
    for (guint i = 0; i < set->len; i++)
        finding_add_claim(f, k->items[g_array_index(set, guint, i)].claim);
    for (guint i = 0; i < idx->len; i++)
        finding_keep(f, relation_of(k, &g_array_index(k->pairs, Pair, g_array_index(idx, guint, i))));
    if (items != NULL)
        *items = set;
    return f;
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
            const Item *x = &k->items[i], *y = &k->items[j];
            if (++used > budget)
                return;
            if (g_strcmp0(x->claim->attribution, y->claim->attribution) == 0)
                continue;
            guint8 why;
            CcRelationType type = classify(x->claim, y->claim, &k->cmp->options, x->denies_all,
                                           y->denies_all, &why);
            if (type != CC_RELATION_CONFLICT && type != CC_RELATION_DISPUTED)
                continue;
            Finding *f = finding_new(k, CC_RELATION_CONFLICT, KIND_WITHIN, 2, 1);
            finding_add_claim(f, x->claim);
            finding_add_claim(f, y->claim);
            Pair p = {i, j, (guint8)type, note_of(x->denies_all, y->denies_all, why)};
            finding_keep(f, relation_of(k, &p));
        }
    }
}

/* The hash of a pair of clusters (or a chain's negative id): both halves,
 * mixed. GLib's g_int64_hash keeps the low 32 bits alone, so every pair
 * with the same larger cluster (a draft claim's against each reference's)
 * fell in one bucket and grouping them took quadratic time. */
static guint
cluster_pair_hash(gconstpointer v)
{
    guint64 x = (guint64)*(const gint64 *)v;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (guint)x;
}

/* Groups relations of @type by the unordered pair of clusters they join. */
static void
findings_by_cluster_pair(Key *k, CcRelationType type)
{
    guint first = 0;
    while (first < k->pairs->len && g_array_index(k->pairs, Pair, first).type != type)
        first++;
    if (first == k->pairs->len)
        return;
    g_autoptr(GHashTable) group_of = g_hash_table_new_full(cluster_pair_hash, g_int64_equal,
                                                            g_free, NULL);
    g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
    g_autoptr(GArray) ids = g_array_new(FALSE, FALSE, sizeof(gint64));
    for (guint i = first; i < k->pairs->len; i++) {
        const Pair *p = &g_array_index(k->pairs, Pair, i);
        if (p->type != type)
            continue;
        guint ca = k->items[p->x].cluster, cb = k->items[p->y].cluster;
        gint64 id;
        if (ca == cb) /* a chain of compatible values joined two that conflict */
            id = -(gint64)i - 1;
        else
            id = ((gint64)MIN(ca, cb) << 32) | MAX(ca, cb);
        gpointer slot;
        GArray *g;
        if (g_hash_table_lookup_extended(group_of, &id, NULL, &slot)) {
            g = groups->pdata[GPOINTER_TO_UINT(slot)];
        } else {
            g = g_array_new(FALSE, FALSE, sizeof(guint));
            gint64 *pid = g_new(gint64, 1);
            *pid = id;
            g_hash_table_insert(group_of, pid, GUINT_TO_POINTER(groups->len));
            g_ptr_array_add(groups, g);
            g_array_append_val(ids, id);
        }
        g_array_append_val(g, i);
    }
    for (guint gi = 0; gi < groups->len; gi++) {
        GArray *g = groups->pdata[gi];
        gboolean by_cluster = g_array_index(ids, gint64, gi) >= 0;
        const GArray *set = NULL;
        Finding *f = finding_of_pairs(k, type, KIND_PAIR, g, &set);
        /* The sides: the first claim's cluster against the rest, or, for a
         * chain, each pair's first claim against its second. */
        GArray *left = k->scratch->left, *right = k->scratch->right;
        g_array_set_size(left, 0);
        g_array_set_size(right, 0);
        new_set(k);
        guint left_cluster = 0;
        for (guint i = 0; i < g->len; i++) {
            const Pair *p = &g_array_index(k->pairs, Pair, g_array_index(g, guint, i));
            const guint side[2] = {p->x, p->y};
            for (int j = 0; j < 2; j++) {
                if (k->mark[side[j]] == k->gen)
                    continue;
                gboolean is_left = j == 0;
                if (by_cluster) {
                    guint cl = k->items[side[j]].cluster;
                    if (i == 0 && j == 0)
                        left_cluster = cl;
                    is_left = cl == left_cluster;
                }
                set_add(k, is_left ? left : right, side[j]);
            }
        }
        sort_guints((guint *)(void *)left->data, left->len);
        f->left = arena_alloc(&k->cmp->arena, set->len);
        for (guint i = 0, j = 0; i < set->len; i++) {
            guint item = g_array_index(set, guint, i);
            while (j < left->len && g_array_index(left, guint, j) < item)
                j++;
            f->left[i] = j < left->len && g_array_index(left, guint, j) == item;
        }
    }
}

static void
findings_disputed(Key *k)
{
    /* Per disputed item, its disputed relations in relation order. */
    GArray **by_item = g_new0(GArray *, k->n);
    for (guint i = 0; i < k->pairs->len; i++) {
        const Pair *p = &g_array_index(k->pairs, Pair, i);
        if (p->type != CC_RELATION_DISPUTED)
            continue;
        const guint side[2] = {p->x, p->y};
        for (int j = 0; j < 2; j++) {
            if (k->items[side[j]].claim->modality != CC_MODALITY_DISPUTED)
                continue;
            if (by_item[side[j]] == NULL)
                by_item[side[j]] = g_array_new(FALSE, FALSE, sizeof(guint));
            g_array_append_val(by_item[side[j]], i);
        }
    }
    for (guint i = 0; i < k->n; i++) {
        if (by_item[i] == NULL)
            continue;
        Finding *f = finding_of_pairs(k, CC_RELATION_DISPUTED, KIND_DISPUTED, by_item[i], NULL);
        f->subject = k->items[i].claim;
        g_array_unref(by_item[i]);
    }
    g_free(by_item);
}

/* Clusters of agreeing or compatible values held by two or more sources,
 * in the order of their first members. Members and relations are gathered
 * per cluster by counting sorts that keep item and relation order. */
static void
findings_clusters(Key *k, const gboolean *cluster_compatible)
{
    Scratch *s = k->scratch;
    guint n = k->n;
    guint *start = s->start, *member = s->member, *fill = s->parent;
    memset(start, 0, (n + 1) * sizeof *start);
    for (guint i = 0; i < n; i++)
        start[k->items[i].cluster + 1]++;
    for (guint c = 0; c < n; c++)
        start[c + 1] += start[c];
    memcpy(fill, start, n * sizeof *fill);
    for (guint i = 0; i < n; i++)
        member[fill[k->items[i].cluster]++] = i;
    /* The agreeing and compatible relations within each cluster; @active
     * counts them per cluster, then holds where each cluster's begin. */
    guint *rel_start = s->active, n_rel = 0;
    memset(rel_start, 0, n * sizeof *rel_start);
    for (guint i = 0; i < k->pairs->len; i++) {
        const Pair *p = &g_array_index(k->pairs, Pair, i);
        if ((p->type == CC_RELATION_AGREEMENT || p->type == CC_RELATION_COMPATIBLE)
            && k->items[p->x].cluster == k->items[p->y].cluster) {
            rel_start[k->items[p->x].cluster]++;
            n_rel++;
        }
    }
    if (n_rel > s->cap_pairs) {
        s->cap_pairs = MAX(n_rel, 2 * s->cap_pairs);
        s->rel = g_renew(guint, s->rel, s->cap_pairs);
    }
    for (guint c = 0, sum = 0; c < n; c++) {
        guint m = rel_start[c];
        rel_start[c] = sum;
        fill[c] = sum;
        sum += m;
    }
    for (guint i = 0; i < k->pairs->len; i++) {
        const Pair *p = &g_array_index(k->pairs, Pair, i);
        guint cl = k->items[p->x].cluster;
        if ((p->type == CC_RELATION_AGREEMENT || p->type == CC_RELATION_COMPATIBLE)
            && cl == k->items[p->y].cluster)
            s->rel[fill[cl]++] = i;
    }
    for (guint i = 0; i < n; i++) {
        guint cl = k->items[i].cluster;
        const guint *m = member + start[cl];
        guint m_len = start[cl + 1] - start[cl];
        if (m[0] != i) /* not the cluster's first member */
            continue;
        guint nsrc = 0, last = G_MAXUINT;
        for (guint j = 0; j < m_len; j++) {
            guint src = k->items[m[j]].source;
            nsrc += src != last;
            last = src;
        }
        if (nsrc < 2)
            continue;
        CcRelationType type = cluster_compatible[cl] ? CC_RELATION_COMPATIBLE
                                                     : CC_RELATION_AGREEMENT;
        guint r_len = fill[cl] - rel_start[cl];
        Finding *f = finding_new(k, type, KIND_CLUSTER, m_len, r_len);
        f->sources = nsrc;
        for (guint j = 0; j < r_len; j++)
            finding_keep(f, relation_of(k, &g_array_index(k->pairs, Pair,
                                                          s->rel[rel_start[cl] + j])));
        /* Its claims: the members (the relations join members only). */
        for (guint j = 0; j < m_len; j++)
            finding_add_claim(f, k->items[m[j]].claim);
    }
}

static void
findings_not_comparable(Key *k)
{
    g_autoptr(GArray) g = g_array_new(FALSE, FALSE, sizeof(guint));
    for (guint i = 0; i < k->pairs->len; i++)
        if (g_array_index(k->pairs, Pair, i).type == CC_RELATION_NOT_COMPARABLE)
            g_array_append_val(g, i);
    if (g->len == 0)
        return;
    finding_of_pairs(k, CC_RELATION_NOT_COMPARABLE, KIND_NOT_COMPARABLE, g, NULL);
}

static void
findings_uncorroborated(Key *k)
{
    Finding *f = finding_new(k, CC_RELATION_UNCORROBORATED, KIND_UNCORROBORATED, k->n, 0);
    for (guint i = 0; i < k->n; i++)
        finding_add_claim(f, k->items[i].claim);
}

/* ---- a finding's sentences, written on demand ------------------------------- */

/* "'11,000' = 11,000 person (003, NIS)": the values of @claims and who
 * gives them; @with_as_of: their dates too ("(003, NIS, as of 2024-12-20)"). */
static void
side_summary_as_of(GString *s, const CcClaim *const *claims, guint n, gboolean with_as_of)
{
    for (guint i = 0; i < n && i < 6; i++) {
        const CcClaim *c = claims[i];
        /* "'TEXT' = VALUE (SOURCE, ATTRIBUTION)", without printf */
        append(s, i ? ", '" : "'");
        append(s, c->text ? c->text : "");
        append(s, "' = ");
        gsize at = s->len;
        append_display(s, &c->value);
        if (s->len == at)
            append(s, "event");
        append(s, " (");
        append(s, c->source);
        if (c->attribution) {
            append(s, ", ");
            append(s, c->attribution);
        }
        if (with_as_of && c->as_of != 0) {
            append(s, ", as of ");
            cc_day_append_iso(s, c->as_of);
            if (c->as_of_end != 0) {
                append(s, " to ");
                cc_day_append_iso(s, c->as_of_end);
            }
        }
        g_string_append_c(s, ')');
    }
    if (n > 6)
        say(s, " and %u more", n - 6);
}

static void
side_summary(GString *s, const CcClaim *const *claims, guint n)
{
    side_summary_as_of(s, claims, n, FALSE);
}

/* Whether every relation an update finding keeps is one whose later source
 * tells the earlier figure itself (not a running total that grew). */
static gboolean
all_told_earlier(const Finding *f)
{
    if (f->n_kept == 0)
        return FALSE;
    for (guint i = 0; i < f->n_kept; i++)
        if (note_why(f->rels[i].note) != WHY_TOLD_EARLIER)
            return FALSE;
    return TRUE;
}

/* The latest as_of of @claims. */
static guint32
side_last(const CcClaim *const *claims, guint n)
{
    guint32 last = 0;
    for (guint i = 0; i < n; i++)
        last = MAX(last, as_of_last(claims[i]));
    return last;
}

/* "A figure changed on KEY: LATER (…, as of DATE) is later than EARLIER
 * (…, as of DATE), and SOURCE gives the earlier figure too.": an update of
 * a figure that is no running total, its sides @a and @b in either order. */
static void
told_earlier_summary(GString *s, const char *key, const CcClaim *const *a, guint n_a,
                     const CcClaim *const *b, guint n_b)
{
    gboolean a_late = side_last(a, n_a) >= side_last(b, n_b);
    const CcClaim *const *late = a_late ? a : b, *const *early = a_late ? b : a;
    guint n_late = a_late ? n_a : n_b, n_early = a_late ? n_b : n_a;
    say(s, "A figure changed on %s: ", key);
    side_summary_as_of(s, late, n_late, TRUE);
    append(s, " is later than ");
    side_summary_as_of(s, early, n_early, TRUE);
    append(s, ", and ");
    /* the later side's sources, each once, in order */
    guint named = 0;
    for (guint i = 0; i < n_late; i++) {
        gboolean seen = FALSE;
        for (guint j = 0; j < i && !seen; j++)
            seen = g_strcmp0(late[j]->source, late[i]->source) == 0;
        if (seen)
            continue;
        if (named > 0)
            append(s, ", ");
        append(s, late[i]->source);
        named++;
    }
    append(s, named == 1 ? " gives the earlier figure too." : " give the earlier figure too.");
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

char *
cc_finding_summary(const CcComparison *cmp, const CcFinding *finding)
{
    g_return_val_if_fail(cmp != NULL && finding != NULL, NULL);
    GString *s = g_string_new(NULL);
    cc_finding_append_summary(cmp, finding, s);
    return g_string_free(s, FALSE);
}

void
cc_finding_append_summary(const CcComparison *cmp, const CcFinding *finding, GString *s)
{
    (void)cmp;
    const Finding *f = (const Finding *)finding;
    const CcClaim *const *claims = f->pub.claims;
    guint n = f->pub.n_claims;
    const char *key = f->pub.key;
    switch (f->kind) {
    case KIND_WITHIN: {
        /* "%s reports a dispute between %s and %s on %s: '%s' (%s) against '%s' (%s)." */
        const CcClaim *a = claims[0], *b = claims[1];
        say(s, "%s reports a dispute between %s and %s on %s: '%s' (", a->source, speaker(a),
            speaker(b), key, a->text ? a->text : "");
        append_display(s, &a->value);
        say(s, ") against '%s' (", b->text ? b->text : "");
        append_display(s, &b->value);
        append(s, ").");
        return;
    }
    case KIND_PAIR: {
        const CcClaim *few[16];
        g_autofree const CcClaim **many = n > G_N_ELEMENTS(few) ? g_new(const CcClaim *, n) : NULL;
        const CcClaim **sides = many != NULL ? many : few;
        guint n_left = 0, n_right = 0;
        for (guint i = 0; i < n; i++)
            if (f->left[i])
                sides[n_left++] = claims[i];
        for (guint i = 0; i < n; i++)
            if (!f->left[i])
                sides[n_left + n_right++] = claims[i];
        if (f->pub.type == CC_RELATION_UPDATE && all_told_earlier(f)) {
            told_earlier_summary(s, key, sides, n_left, sides + n_left, n_right);
            return;
        }
        say(s, "%s on %s: ",
            f->pub.type == CC_RELATION_UPDATE ? "A running total grows" : "Sources conflict", key);
        side_summary(s, sides, n_left);
        append(s, " against ");
        side_summary(s, sides + n_left, n_right);
        g_string_append_c(s, '.');
        return;
    }
    case KIND_DISPUTED: {
        /* "%s reports '%s' (%s%s%s) on %s only to reject it; set against %u other claim%s." */
        const CcClaim *d = f->subject;
        say(s, "%s reports '%s' (", d->source, d->text ? d->text : "");
        append_display(s, &d->value);
        say(s, "%s%s) on %s only to reject it; set against %u other claim%s.",
            d->attribution ? ", according to " : "", d->attribution ? d->attribution : "", key,
            n - 1, n == 2 ? "" : "s");
        return;
    }
    case KIND_CLUSTER:
        say(s, "%u sources %s on %s: ", f->sources,
            f->pub.type == CC_RELATION_AGREEMENT ? "agree" : "are compatible", key);
        side_summary(s, claims, n);
        g_string_append_c(s, '.');
        return;
    case KIND_NOT_COMPARABLE:
        say(s, "%u pair%s of claims on %s measure different things or "
               "moments and were not compared.",
            f->n_rels, f->n_rels == 1 ? "" : "s", key);
        return;
    case KIND_UNCORROBORATED:
    default:
        say(s, "Only %s makes a claim on %s: ", claims[0]->source, key);
        side_summary(s, claims, n);
        g_string_append_c(s, '.');
        return;
    }
}

/* Appends the detail of @f to @detail, the whys through @rs when given. */
static void
append_detail(const CcComparison *cmp, CcReasons *rs, const Finding *f, GString *detail)
{
    /* With rs->json every piece is escaped as it is appended, the newlines
     * too: the escapes of the pieces are the escape of the whole. */
    gboolean json = rs != NULL && rs->json;
    gsize newline_len = json ? 2 : 1;
#define NEWLINE() append_len(detail, json ? "\\n" : "\n", (gssize)newline_len)
    gsize start = detail->len;
    if (f->kind == KIND_UNCORROBORATED) {
        for (guint i = 0; i < f->pub.n_claims && i < DETAIL_PAIRS; i++) {
            static const char none[] = ", and no other source says anything on this.";
            if (json) {
                g_string_truncate(rs->plain, 0);
                append_claim(rs->plain, f->pub.claims[i], TRUE);
                cc_json_append_escaped(detail, rs->plain->str, rs->plain->len);
            } else {
                append_claim(detail, f->pub.claims[i], TRUE);
            }
            append_len(detail, none, sizeof none - 1);
            NEWLINE();
        }
    } else {
        gssize at = rs != NULL && rs->kept_ids != NULL ? finding_slots_at(rs, f) : -1;
        for (guint i = 0; i < f->n_kept; i++) {
            if (rs != NULL) {
                append_why(rs, &f->rels[i], at >= 0 ? (gssize)rs->finding_slots[at + i] : -1,
                           detail);
            } else {
                g_autofree char *why = why_of(cmp, &f->rels[i]);
                append(detail, why);
            }
            NEWLINE();
        }
        if (f->n_rels > f->n_kept) {
            say(detail, "… and %u more pair%s.", f->n_rels - f->n_kept,
                f->n_rels - f->n_kept == 1 ? "" : "s");
            NEWLINE();
        }
    }
#undef NEWLINE
    if (detail->len > start)
        g_string_truncate(detail, detail->len - newline_len);
}

char *
cc_finding_detail(const CcComparison *cmp, const CcFinding *finding)
{
    g_return_val_if_fail(cmp != NULL && finding != NULL, NULL);
    GString *detail = g_string_new(NULL);
    append_detail(cmp, NULL, (const Finding *)finding, detail);
    return g_string_free(detail, FALSE);
}

void
cc_reasons_append_detail(CcReasons *rs, const CcFinding *finding, GString *out)
{
    g_return_if_fail(rs != NULL && finding != NULL && out != NULL);
    append_detail(rs->cmp, rs, (const Finding *)finding, out);
}

/* ---- relating a key ---------------------------------------------------------- */

/* Every cross-source pair; clusters join agreeing and compatible claims. */
/* Each claim's cluster is the root of its union-find tree in @parent; a
 * cluster holding a compatible pair is marked in @cluster_compatible. */
static void
set_clusters(Key *k, guint *parent, gboolean *cluster_compatible)
{
    for (guint i = 0; i < k->n; i++)
        k->items[i].cluster = uf_find(parent, i);
    for (guint j = 0; j < k->pairs->len; j++) {
        const Pair *p = &g_array_index(k->pairs, Pair, j);
        if (p->type == CC_RELATION_COMPATIBLE)
            cluster_compatible[k->items[p->x].cluster] = TRUE;
    }
}

static void
relate_all_pairs(Key *k, gboolean *cluster_compatible)
{
    guint *parent = k->scratch->parent;
    for (guint i = 0; i < k->n; i++)
        parent[i] = i;
    for (guint i = 0; i < k->n; i++) {
        for (guint j = i + 1; j < k->n; j++) {
            if (k->items[i].source == k->items[j].source)
                continue;
            const Pair *p = add_pair(k, i, j);
            if (p->type == CC_RELATION_AGREEMENT || p->type == CC_RELATION_COMPATIBLE)
                parent[uf_find(parent, i)] = uf_find(parent, j);
        }
    }
    set_clusters(k, parent, cluster_compatible);
}

/* The cross-source pairs of which exactly one claim is in the focus (a
 * draft against its references); clusters join agreeing and compatible
 * claims as in relate_all_pairs. */
static void
relate_focused(Key *k, gboolean *cluster_compatible)
{
    guint *parent = k->scratch->parent;
    for (guint i = 0; i < k->n; i++)
        parent[i] = i;
    g_autofree guint *in_focus = g_new(guint, k->n);
    guint n_focus = 0;
    for (guint i = 0; i < k->n; i++)
        if (k->items[i].focus)
            in_focus[n_focus++] = i;
    /* In the order of all pairs (i, j), i < j, visiting only those with one
     * side in the focus: n times the focus, not n squared. */
    guint next_focus = 0; /* first focus index > i */
    for (guint i = 0; i < k->n; i++) {
        while (next_focus < n_focus && in_focus[next_focus] <= i)
            next_focus++;
        gboolean all = k->items[i].focus;
        guint m = all ? i + 1 : next_focus;
        for (guint end = all ? k->n : n_focus; m < end; m++) {
            guint j = all ? m : in_focus[m];
            if (k->items[i].source == k->items[j].source || k->items[j].focus == all)
                continue;
            const Pair *p = add_pair(k, i, j);
            if (p->type == CC_RELATION_AGREEMENT || p->type == CC_RELATION_COMPATIBLE)
                parent[uf_find(parent, i)] = uf_find(parent, j);
        }
    }
    set_clusters(k, parent, cluster_compatible);
}

/* Too many pairs: sort the plain values, sweep them into clusters of
 * overlapping widened intervals, and relate clusters (and the claims set
 * apart: disputed, negated, hypothetical, other scopes) through one
 * representative each, at most @budget relations. Returns the number of
 * clusters of plain values. */
static guint
relate_clusters(Key *k, ItemPtr *plain, guint n_plain, guint budget, gboolean *cluster_compatible)
{
    g_autofree ItemPtr *apart = g_new(ItemPtr, k->n);
    guint n_apart = 0;
    for (guint i = 0; i < k->n; i++) {
        Item *it = &k->items[i];
        it->cluster = i; /* claims set apart are clusters of their own */
        if (!it->counted)
            apart[n_apart++] = it;
    }
    /* Clusters in value order: representatives are each cluster's first
     * member (lowest) and its member reaching highest. */
    g_autoptr(GArray) first = g_array_new(FALSE, FALSE, sizeof(guint));
    g_autoptr(GArray) top = g_array_new(FALSE, FALSE, sizeof(guint));
    double reach = -INFINITY;
    for (guint i = 0; i < n_plain; i++) {
        Item *it = plain[i];
        if (i == 0 || it->lo > reach) {
            g_array_append_val(first, i);
            g_array_append_val(top, i);
            reach = it->hi;
        } else if (it->hi > reach) {
            reach = it->hi;
            g_array_index(top, guint, top->len - 1) = i;
        }
        Item *head = plain[g_array_index(first, guint, first->len - 1)];
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
            Item *x = plain[g_array_index(top, guint, c)];
            guint end = d + 1 < nc ? g_array_index(first, guint, d + 1) : n_plain;
            Item *y = NULL;
            for (guint m = g_array_index(first, guint, d); m < end; m++) {
                Item *cand = plain[m];
                if (cand->source != x->source) {
                    y = cand;
                    break;
                }
            }
            if (y == NULL)
                continue;
            add_pair(k, (guint)(x - k->items), (guint)(y - k->items));
            used++;
        }
    }
    for (guint i = 0; i < n_apart && used < budget; i++) {
        Item *x = apart[i];
        for (guint c = 0; c < nc && used < budget; c++) {
            Item *y = plain[g_array_index(first, guint, c)];
            if (y->source == x->source)
                continue;
            add_pair(k, (guint)(x - k->items), (guint)(y - k->items));
            used++;
        }
    }
    return nc;
}

/* The cache lines of @c the comparator reads (its value, modality and
 * comparison parameters), fetched ahead of use. */
static inline void
prefetch_claim(const CcClaim *c)
{
#if defined(__GNUC__)
    __builtin_prefetch(&c->value);
    __builtin_prefetch(&c->modality);
    __builtin_prefetch(&c->tolerance);
#else
    (void)c;
#endif
}

static void
scratch_reserve(Scratch *s, guint n)
{
    if (n <= s->cap)
        return;
    s->cap = MAX(n, 2 * s->cap);
    s->items = g_renew(Item, s->items, s->cap);
    s->mark = g_renew(guint, s->mark, s->cap);
    s->by_lo = g_renew(ItemPtr, s->by_lo, s->cap);
    s->by_hi = g_renew(ItemPtr, s->by_hi, s->cap);
    s->sort_tmp = g_renew(ItemPtr, s->sort_tmp, s->cap);
    s->cluster_compatible = g_renew(gboolean, s->cluster_compatible, s->cap);
    s->parent = g_renew(guint, s->parent, s->cap);
    s->active = g_renew(guint, s->active, s->cap);
    s->start = g_renew(guint, s->start, s->cap + 1);
    s->member = g_renew(guint, s->member, s->cap);
}

static void
scratch_clear(Scratch *s)
{
    g_free(s->items);
    g_free(s->mark);
    g_free(s->by_lo);
    g_free(s->by_hi);
    g_free(s->sort_tmp);
    g_free(s->cluster_compatible);
    g_free(s->parent);
    g_free(s->active);
    g_free(s->start);
    g_free(s->member);
    g_free(s->rel);
    g_array_unref(s->pairs);
    g_array_unref(s->set);
    g_array_unref(s->left);
    g_array_unref(s->right);
}

/* The key's relations, appended to the comparison's. */
static void
key_relations_out(Key *k)
{
    if (k->pairs->len == 0)
        return;
    GArray *relations = k->cmp->relations;
    guint had = relations->len;
    g_array_set_size(relations, had + k->pairs->len);
    CcRelation *out = &g_array_index(relations, CcRelation, had);
    for (guint i = 0; i < k->pairs->len; i++)
        out[i] = relation_of(k, &g_array_index(k->pairs, Pair, i));
}

/* Compares the @n claims @members (by position, ascending) of one key.
 * @pairs: its cross-source pairs; above @budget, relations across clusters
 * only, at most @budget of them. */
static void
compare_key(CcComparison *cmp, Scratch *scratch, const Member *members, guint n, guint64 pairs,
            guint budget)
{
    Key k = {.cmp = cmp, .key = members[0].claim->key, .n = n, .scratch = scratch};
    scratch_reserve(scratch, n);
    k.items = scratch->items; /* each written whole below */
    k.mark = scratch->mark;
    memset(k.mark, 0, n * sizeof *k.mark);
    k.pairs = scratch->pairs;
    g_array_set_size(k.pairs, 0);
    /* The claims lie anywhere in memory: ask for those a few items ahead
     * while this one is read. */
    enum { AHEAD = 8 };
    for (guint i = 0; i < MIN(n, (guint)AHEAD); i++)
        prefetch_claim(members[i].claim);
    for (guint i = 0; i < n; i++) {
        Item *it = &k.items[i];
        if (i + AHEAD < n)
            prefetch_claim(members[i + AHEAD].claim);
        *it = (Item){.claim = members[i].claim, .order = members[i].pos};
        it->focus = cmp->focus != NULL && g_hash_table_contains(cmp->focus, it->claim);
        if (i > 0 && members[i].source != members[i - 1].source)
            k.n_sources++;
        it->source = k.n_sources;
        if (it->claim->value.kind != CC_VALUE_NONE)
            widen(it->claim, &cmp->options, &it->lo, &it->hi);
    }
    k.n_sources++;
    /* A negated figure denies the thing outright when its source gives no
     * figure of its own on the key (items are grouped by source). */
    for (guint i = 0; i < n;) {
        guint j = i;
        gboolean gives = FALSE;
        for (; j < n && k.items[j].source == k.items[i].source; j++)
            gives |= k.items[j].claim->modality != CC_MODALITY_NEGATED
                     && k.items[j].claim->value.kind != CC_VALUE_NONE;
        for (guint m = i; m < j; m++)
            k.items[m].denies_all = !gives && k.items[m].claim->modality == CC_MODALITY_NEGATED
                                    && k.items[m].claim->value.kind != CC_VALUE_NONE;
        i = j;
    }

    if (cmp->relations_only) {
        /* The relations alone: what check judges a draft by. */
        if (k.n_sources > 1)
            relate_focused(&k, scratch->cluster_compatible);
        key_relations_out(&k);
        return;
    }
    const char *scope = main_scope(&k);
    for (guint i = 0; i < n; i++) {
        const CcClaim *c = k.items[i].claim;
        k.items[i].counted = is_plain(c) && (c->scope == scope
                                             || (c->scope != NULL && scope != NULL
                                                 && strcmp(c->scope, scope) == 0));
    }
    ItemPtr *by_lo = scratch->by_lo; /* counted items by value */
    guint n_counted = 0;
    for (guint i = 0; i < n; i++)
        if (k.items[i].counted)
            by_lo[n_counted++] = &k.items[i];
    sort_item_ptrs(by_lo, n_counted, scratch->sort_tmp);
    build_consensus(&k, by_lo, n_counted);
    gboolean *cluster_compatible = scratch->cluster_compatible;
    memset(cluster_compatible, 0, n * sizeof *cluster_compatible);
    if (k.n_sources > 1) {
        if (cmp->focus != NULL) {
            relate_focused(&k, cluster_compatible);
        } else if (pairs <= budget) {
            relate_all_pairs(&k, cluster_compatible);
        } else {
            CcSummarisedKey s = {.key = k.key, .claims = n, .pairs = pairs};
            s.clusters = relate_clusters(&k, by_lo, n_counted, budget, cluster_compatible);
            s.written = k.pairs->len;
            g_array_append_val(cmp->summarised, s);
        }
    } else {
        for (guint i = 0; i < n; i++)
            k.items[i].cluster = i;
    }
    findings_within_source(&k, cmp->options.max_pairs_per_key);
    findings_by_cluster_pair(&k, CC_RELATION_CONFLICT);
    findings_disputed(&k);
    findings_by_cluster_pair(&k, CC_RELATION_UPDATE);
    if (k.n_sources > 1)
        findings_clusters(&k, cluster_compatible);
    findings_not_comparable(&k);
    if (k.n_sources == 1)
        findings_uncorroborated(&k);
    key_relations_out(&k);
}

/* ---- the comparison ------------------------------------------------------ */

/* A claim while the comparison sorts them. */
typedef struct {
    gsize span;
    guint64 id_head; /* ID_AFTER_SOURCE: the 8 bytes of the id after its source's
                      * name, big-endian, NUL-padded (read in the caller's order,
                      * so that sorting seldom chases the id) */
    guint32 source;  /* rank of its source name; 0: none */
    guint32 input;   /* position in the caller's array, which holds the claim */
    guint32 key;     /* id of its key, then its rank; 0: not keyed */
    guint8 id_form;  /* IdForm */
} SortRec;

/* How a claim's id is held while the claims sort. */
typedef enum {
    ID_NONE,         /* no id */
    ID_OTHER,        /* an id not led by its source's name: compared whole */
    ID_AFTER_SOURCE, /* "<source>…": id_head holds what follows the name */
} IdForm;

/* The id's form and, when it opens with its source's name @source
 * (@source_len bytes), the next 8 bytes of it as a big-endian number:
 * within one source, numbers that differ order the ids as strcmp does. */
static guint8
id_form(const char *id, const char *source, gsize source_len, guint64 *head)
{
    *head = 0;
    if (id == NULL)
        return ID_NONE;
    if (source == NULL || strncmp(id, source, source_len) != 0)
        return ID_OTHER;
    const guchar *rest = (const guchar *)id + source_len;
    for (guint j = 0; j < 8 && rest[j] != 0; j++)
        *head |= (guint64)rest[j] << (56 - 8 * j);
    return ID_AFTER_SOURCE;
}

/* Claims the comparator relates: keyed, with a source and an id, and not
 * the generic pack's "value" records. */
static gboolean
is_keyed(const CcClaim *c)
{
    const char *p = c->predicate;
    return c->key != NULL && c->source != NULL && c->id != NULL
           && (p == NULL || p[0] != 'v' || strcmp(p, "value") != 0);
}

/* Strings interned by content: an open-addressing table of ids, hashed a
 * word at a time (the comparison interns two strings per record). The
 * names are copied side by side into one pool, so that the table and
 * the names it compares with stay few cache lines and pages, however far
 * apart the records that first gave them lie. */
typedef struct {
    guint32 check; /* the hash's high half */
    guint32 id1;   /* id + 1; 0: empty */
} Slot;

typedef struct {
    Slot *slots;
    guint mask;
    guint n;       /* names */
    gsize *off;    /* by id, n + 1 of them: where each name starts in @pool */
    guint cap_off;
    char *pool;    /* the names, each NUL-terminated */
    gsize pool_len, pool_cap;
} Interner;

static void
interner_init(Interner *t)
{
    t->mask = 255;
    t->slots = g_new0(Slot, t->mask + 1);
    t->n = 0;
    t->cap_off = 64;
    t->off = g_new(gsize, t->cap_off);
    t->off[0] = 0;
    t->pool_cap = 4096;
    t->pool = g_malloc(t->pool_cap);
    t->pool_len = 0;
}

static void
interner_clear(Interner *t)
{
    g_free(t->slots);
    g_free(t->off);
    g_free(t->pool);
}

static guint64
hash_bytes(const char *s, gsize len)
{
    guint64 h = 0x9e3779b97f4a7c15u ^ len;
    for (; len >= 8; s += 8, len -= 8) {
        guint64 w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdu;
        h ^= h >> 32;
    }
    /* The last 0..7 bytes, read as at most two overlapping words. */
    guint64 w = 0;
    if (len >= 4) {
        guint32 x, y;
        memcpy(&x, s, 4);
        memcpy(&y, s + len - 4, 4);
        w = x | (guint64)y << 32;
    } else if (len > 0) {
        w = (guint64)(guchar)s[0] | (guint64)(guchar)s[len / 2] << 8
            | (guint64)(guchar)s[len - 1] << 16;
    }
    h = (h ^ w) * 0xc4ceb9fe1a85ec53u;
    return h ^ (h >> 29);
}

/* The name of id @id. */
static inline const char *
interner_name(const Interner *t, guint32 id)
{
    return t->pool + t->off[id];
}

static void
interner_grow(Interner *t)
{
    guint old_mask = t->mask;
    Slot *old = t->slots;
    t->mask = 2 * t->mask + 1;
    t->slots = g_new0(Slot, t->mask + 1);
    for (guint j = 0; j <= old_mask; j++) {
        if (old[j].id1 == 0)
            continue;
        guint32 id = old[j].id1 - 1;
        guint64 h = hash_bytes(interner_name(t, id), t->off[id + 1] - t->off[id] - 1);
        guint k = (guint)h & t->mask;
        while (t->slots[k].id1 != 0)
            k = (k + 1) & t->mask;
        t->slots[k] = old[j];
    }
    g_free(old);
}

/* The id of @s, new ones numbered in the order first seen; *@len_out
 * (when not NULL): its length. */
static guint32
intern(Interner *t, const char *s, gsize *len_out)
{
    gsize len = strlen(s);
    if (len_out != NULL)
        *len_out = len;
    guint64 h = hash_bytes(s, len);
    guint32 check = (guint32)(h >> 32);
    for (guint i = (guint)h & t->mask;; i = (i + 1) & t->mask) {
        Slot *slot = &t->slots[i];
        if (slot->id1 == 0)
            break;
        guint32 id = slot->id1 - 1;
        if (slot->check == check && t->off[id + 1] - t->off[id] == len + 1
            && memcmp(t->pool + t->off[id], s, len) == 0)
            return id;
    }
    /* New: copied into the pool, then placed (the table at most half full). */
    if (t->pool_len + len + 1 > t->pool_cap) {
        t->pool_cap = MAX(2 * t->pool_cap, t->pool_len + len + 1);
        t->pool = g_realloc(t->pool, t->pool_cap);
    }
    memcpy(t->pool + t->pool_len, s, len + 1);
    t->pool_len += len + 1;
    if (t->n + 2 > t->cap_off) {
        t->cap_off *= 2;
        t->off = g_renew(gsize, t->off, t->cap_off);
    }
    guint32 id = t->n++;
    t->off[id + 1] = t->pool_len;
    if (t->n * 2 > t->mask)
        interner_grow(t);
    guint i = (guint)h & t->mask;
    while (t->slots[i].id1 != 0)
        i = (i + 1) & t->mask;
    t->slots[i] = (Slot){check, id + 1};
    return id;
}

static gint
compare_name_id(gconstpointer pa, gconstpointer pb, gpointer interner)
{
    const Interner *t = interner;
    return strcmp(interner_name(t, *(const guint32 *)pa), interner_name(t, *(const guint32 *)pb));
}

/* Each id's rank among the names of @t, from 1 in strcmp order. (transfer full) */
static guint32 *
rank_names(Interner *t)
{
    guint n = t->n;
    g_autofree guint32 *order = g_new(guint32, MAX(n, 1));
    for (guint i = 0; i < n; i++)
        order[i] = i;
    g_qsort_with_data(order, (gint)n, sizeof *order, compare_name_id, t);
    guint32 *rank = g_new(guint32, MAX(n, 1));
    for (guint i = 0; i < n; i++)
        rank[order[i]] = i + 1;
    return rank;
}

/* Within one source and offset: by id, then input position. The ids are
 * read (through @input, the caller's claims) only when their heads do not
 * tell them apart. */
static gint
compare_sort_rec_id(gconstpointer pa, gconstpointer pb, gpointer input)
{
    const SortRec *a = pa, *b = pb;
    int c;
    if (a->id_form == ID_AFTER_SOURCE && b->id_form == ID_AFTER_SOURCE
        && a->id_head != b->id_head)
        c = a->id_head < b->id_head ? -1 : 1;
    else if (a->id_form != ID_NONE && b->id_form != ID_NONE)
        c = strcmp(((const CcClaim *const *)input)[a->input]->id,
                   ((const CcClaim *const *)input)[b->input]->id);
    else
        c = (a->id_form != ID_NONE) - (b->id_form != ID_NONE);
    if (c != 0)
        return c;
    return a->input < b->input ? -1 : a->input > b->input;
}

/* One stable counting pass of a radix sort on 16 bits of the span or the
 * source rank. */
static void
radix_pass(const SortRec *from, SortRec *to, guint n, gboolean by_source, guint shift,
           guint *count)
{
    memset(count, 0, 65537 * sizeof *count);
    for (guint i = 0; i < n; i++)
        count[((by_source ? from[i].source : from[i].span) >> shift & 0xffff) + 1]++;
    for (guint d = 1; d <= 65536; d++)
        count[d] += count[d - 1];
    for (guint i = 0; i < n; i++)
        to[count[(by_source ? from[i].source : from[i].span) >> shift & 0xffff]++] = from[i];
}

/* Sorts @recs by source, offset and id: the numbers first, then each run
 * of one source and offset by id, so that ids are read only for ties.
 * @tmp: room for @n more. @input: the caller's claims. */
static void
sort_recs(SortRec *recs, SortRec *tmp, guint n, const CcClaim *const *input)
{
    /* A least-significant-digit radix sort, spans then sources, stable so
     * that the input order stays the last tie-break. */
    gsize max_span = 0;
    guint32 max_source = 0;
    for (guint i = 0; i < n; i++) {
        max_span = MAX(max_span, recs[i].span);
        max_source = MAX(max_source, recs[i].source);
    }
    g_autofree guint *count = g_new(guint, 65537);
    SortRec *from = recs, *to = tmp;
    for (int by_source = 0; by_source < 2; by_source++) {
        guint64 max = by_source ? max_source : max_span;
        for (guint shift = 0; shift < 64 && (max >> shift) != 0; shift += 16) {
            radix_pass(from, to, n, by_source, shift, count);
            SortRec *t = from;
            from = to;
            to = t;
        }
    }
    if (from != recs)
        memcpy(recs, from, n * sizeof *recs);
    for (guint i = 0; i < n;) {
        guint j = i + 1;
        while (j < n && recs[j].source == recs[i].source && recs[j].span == recs[i].span)
            j++;
        if (j - i > 32) {
            g_qsort_with_data(recs + i, (gint)(j - i), sizeof *recs, compare_sort_rec_id,
                              (gpointer)input);
        } else {
            for (guint a = i + 1; a < j; a++) {
                SortRec x = recs[a];
                guint b = a;
                for (; b > i && compare_sort_rec_id(&x, &recs[b - 1], (gpointer)input) < 0; b--)
                    recs[b] = recs[b - 1];
                recs[b] = x;
            }
        }
        i = j;
    }
}

static inline gboolean
relation_before(const CcRelation *x, const CcRelation *y)
{
    return x->a < y->a || (x->a == y->a && x->b < y->b);
}

static void
sift_down(CcRelation *v, gsize root, gsize n)
{
    CcRelation top = v[root];
    for (gsize child; (child = 2 * root + 1) < n; root = child) {
        if (child + 1 < n && relation_before(&v[child], &v[child + 1]))
            child++;
        if (!relation_before(&top, &v[child]))
            break;
        v[root] = v[child];
    }
    v[root] = top;
}

/* Merges the sorted runs of @v (@n relations) into order, through @tmp
 * (room for @n more): runs found as they lie, then merged two by two. */
static void
merge_relation_runs(CcRelation *v, CcRelation *tmp, gsize n)
{
    CcRelation *from = v, *to = tmp;
    for (;;) {
        gsize runs = 0;
        for (gsize start = 0; start < n;) {
            gsize mid = start + 1;
            while (mid < n && relation_before(&from[mid - 1], &from[mid]))
                mid++;
            gsize end = mid;
            if (mid < n)
                for (end = mid + 1; end < n && relation_before(&from[end - 1], &from[end]);)
                    end++;
            gsize i = start, j = mid, o = start;
            while (i < mid && j < end)
                to[o++] = relation_before(&from[j], &from[i]) ? from[j++] : from[i++];
            while (i < mid)
                to[o++] = from[i++];
            while (j < end)
                to[o++] = from[j++];
            runs++;
            start = end;
        }
        CcRelation *t = from;
        from = to;
        to = t;
        if (runs <= 1)
            break;
    }
    if (from != v)
        memcpy(v, from, n * sizeof *v);
}

/* Relations by their first claim, then their second. A focused
 * comparison (a draft against its references) writes few, one sorted run
 * a key: up to CC_MERGE_RELATIONS_MAX of them are merged, with room for as
 * many again. Otherwise a heap sort, in place, since the relations may be
 * most of the comparison's memory. */
#define CC_MERGE_RELATIONS_MAX (1u << 22)
static void
sort_relations(CcRelation *v, gsize n, gboolean focused)
{
    if (focused && n > 1 && n <= CC_MERGE_RELATIONS_MAX) {
        g_autofree CcRelation *tmp = g_new(CcRelation, n);
        merge_relation_runs(v, tmp, n);
        return;
    }
    for (gsize i = n / 2; i-- > 0;)
        sift_down(v, i, n);
    for (gsize end = n; end-- > 1;) {
        CcRelation t = v[0];
        v[0] = v[end];
        v[end] = t;
        sift_down(v, 0, end);
    }
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

/* Findings by rank, stably (keys stay in order): a counting sort. */
static void
sort_findings(GPtrArray *findings)
{
    if (findings->len == 0)
        return;
    guint start[7] = {0};
    for (guint i = 0; i < findings->len; i++)
        start[finding_rank(((CcFinding *)findings->pdata[i])->type) + 1]++;
    for (guint r = 1; r < G_N_ELEMENTS(start); r++)
        start[r] += start[r - 1];
    g_autofree gpointer *sorted = g_new(gpointer, MAX(findings->len, 1));
    for (guint i = 0; i < findings->len; i++)
        sorted[start[finding_rank(((CcFinding *)findings->pdata[i])->type)]++] =
            findings->pdata[i];
    memcpy(findings->pdata, sorted, findings->len * sizeof *sorted);
}

static int
compare_guint64(const void *pa, const void *pb)
{
    guint64 a = *(const guint64 *)pa, b = *(const guint64 *)pb;
    return a < b ? -1 : a > b;
}

/* The largest per-key number of pairs c such that relating min(pairs, c)
 * on every key stays within @budget; G_MAXUINT64 when all pairs fit. */
static guint64
pair_cap(const guint64 *pairs, guint n, guint64 budget)
{
    if (n == 0)
        return G_MAXUINT64; /* no keys: nothing to cap (and no array to sort) */
    g_autofree guint64 *sorted = g_memdup2(pairs, n * sizeof *pairs);
    qsort(sorted, n, sizeof *sorted, compare_guint64);
    guint64 spent = 0;
    for (guint i = 0; i < n; i++) {
        guint64 rest = n - i;
        if (sorted[i] <= (budget - spent) / rest) {
            spent += sorted[i];
            continue;
        }
        return (budget - spent) / rest;
    }
    return G_MAXUINT64;
}

static CcComparison *
compare(GPtrArray *claims, GHashTable *focus, gboolean relations_only,
        const CcCompareOptions *options)
{
    CcComparison *cmp = g_new0(CcComparison, 1);
    cmp->focus = focus;
    cmp->relations_only = relations_only;
    if (options != NULL)
        cmp->options = *options;
    else
        cc_compare_options_init(&cmp->options);
    if (cmp->options.max_pairs_per_key == 0)
        cmp->options.max_pairs_per_key = 1;
    if (cmp->options.max_relations == 0)
        cmp->options.max_relations = 1;
    cmp->input = g_ptr_array_ref(claims);
    cmp->relations = g_array_new(FALSE, FALSE, sizeof(CcRelation));
    cmp->findings = g_ptr_array_new();
    cmp->arena.blocks = g_ptr_array_new_with_free_func(g_free);
    cmp->consensus = g_ptr_array_new_with_free_func((GDestroyNotify)consensus_free);
    cmp->summarised = g_array_new(FALSE, FALSE, sizeof(CcSummarisedKey));
    cmp->source_starts = g_array_new(FALSE, FALSE, sizeof(guint));
    cmp->no_claims = g_ptr_array_new();
    guint n = claims->len;

    /* Source names and keys interned once, in the caller's order (the
     * order the records were made in, kind to the cache); the claims then
     * sort by their source's rank, offset and id, and the keyed ones group
     * by their key's rank with a counting sort that keeps claim order. */
    Interner sources, keys;
    interner_init(&sources);
    interner_init(&keys);
    SortRec *recs = g_new(SortRec, MAX(n, 1));
    SortRec *tmp = g_new(SortRec, MAX(n, 1)); /* the sort's, then the members' */
    for (guint i = 0; i < n; i++) {
        const CcClaim *c = claims->pdata[i];
        gsize source_len = 0;
        recs[i].source = c->source != NULL ? intern(&sources, c->source, &source_len) + 1 : 0;
        recs[i].key = is_keyed(c) ? intern(&keys, c->key, NULL) + 1 : 0;
        recs[i].input = i;
        recs[i].span = c->span_start;
        recs[i].id_form = id_form(c->id, c->source, source_len, &recs[i].id_head);
    }
    {
        g_autofree guint32 *rank = rank_names(&sources);
        for (guint i = 0; i < n; i++)
            if (recs[i].source != 0)
                recs[i].source = rank[recs[i].source - 1];
    }
    sort_recs(recs, tmp, n, (const CcClaim *const *)claims->pdata);
    /* The sources' runs, from their ranks (one a name; 0 none): no name
     * compared again to find them. */
    for (guint i = 0; i < n; i++)
        if (recs[i].source != 0 && (i == 0 || recs[i].source != recs[i - 1].source))
            g_array_append_val(cmp->source_starts, i);
    cmp->claims = g_ptr_array_sized_new(n);
    g_ptr_array_set_size(cmp->claims, (gint)n);
    guint nk = keys.n;
    guint *start = g_new0(guint, nk + 2);
    {
        g_autofree guint32 *key_rank = rank_names(&keys);
        for (guint i = 0; i < n; i++) {
            cmp->claims->pdata[i] = claims->pdata[recs[i].input];
            if (recs[i].key != 0) {
                recs[i].key = key_rank[recs[i].key - 1];
                start[recs[i].key + 1]++;
            }
        }
    }
    interner_clear(&sources);
    interner_clear(&keys);
    for (guint r = 1; r <= nk; r++)
        start[r + 1] += start[r];
    /* The keyed claims (at most n) in the sort's room: pages already touched. */
    G_STATIC_ASSERT(sizeof(Member) <= sizeof(SortRec));
    Member *members = (Member *)(void *)tmp;
    {
        g_autofree guint *fill = g_memdup2(start, (nk + 2) * sizeof *start);
        for (guint i = 0; i < n; i++)
            if (recs[i].key != 0)
                members[fill[recs[i].key]++] =
                    (Member){cmp->claims->pdata[i], i, recs[i].source};
    }
    /* Kept while the keys are compared: what lies beyond the members is
     * handed back (in place, for memory as large as this). */
    members = g_realloc(members, MAX(start[nk + 1], 1) * sizeof *members);
    g_free(recs);

    /* Cross-source pairs per key, and the cap the budget sets on them. */
    guint64 *pairs = g_new(guint64, MAX(nk, 1));
    for (guint r = 1; r <= nk; r++) {
        guint64 m = start[r + 1] - start[r], p = m * (m - 1) / 2;
        for (guint i = start[r]; i < start[r + 1];) {
            guint j = i;
            while (j < start[r + 1] && members[j].source == members[i].source)
                j++;
            guint64 same = j - i;
            p -= same * (same - 1) / 2;
            i = j;
        }
        pairs[r - 1] = p;
    }
    guint64 cap = MIN(pair_cap(pairs, nk, cmp->options.max_relations),
                      (guint64)cmp->options.max_pairs_per_key);
    guint budget = (guint)MAX(cap, 1);
    Scratch scratch = {.pairs = g_array_new(FALSE, FALSE, sizeof(Pair)),
                       .set = g_array_new(FALSE, FALSE, sizeof(guint)),
                       .left = g_array_new(FALSE, FALSE, sizeof(guint)),
                       .right = g_array_new(FALSE, FALSE, sizeof(guint))};
    if (focus == NULL) {
        /* Room for the relations at most written, reserved once: pages
         * never written are never resident. */
        guint64 most = 0;
        for (guint r = 0; r < nk; r++)
            most += MIN(pairs[r], (guint64)budget);
        g_array_unref(cmp->relations);
        cmp->relations = g_array_sized_new(FALSE, FALSE, sizeof(CcRelation),
                                           (guint)MIN(most, (guint64)G_MAXUINT / 16));
    }
    for (guint r = 1; r <= nk; r++) {
        const Member *p = members + start[r];
        guint m = start[r + 1] - start[r];
        if (focus != NULL) { /* keys the focus does not speak of are not compared */
            gboolean any = FALSE;
            for (guint i = 0; i < m && !any; i++)
                any = g_hash_table_contains(focus, p[i].claim);
            if (!any)
                continue;
        }
        compare_key(cmp, &scratch, p, m, pairs[r - 1], budget);
    }
    scratch_clear(&scratch);
    g_free(pairs);
    g_free(members);
    g_free(start);

    /* Relations in claim order: by source, then offset, of each side. */
    sort_relations((CcRelation *)(void *)cmp->relations->data, cmp->relations->len,
                   focus != NULL);
    sort_findings(cmp->findings);
    cmp->focus = NULL;
    return cmp;
}

CcComparison *
cc_compare(GPtrArray *claims, const CcCompareOptions *options)
{
    g_return_val_if_fail(claims != NULL, NULL);
    return compare(claims, NULL, FALSE, options);
}

CcComparison *
cc_compare_focused(GPtrArray *claims, GHashTable *focus, const CcCompareOptions *options)
{
    g_return_val_if_fail(claims != NULL && focus != NULL, NULL);
    return compare(claims, focus, FALSE, options);
}

CcComparison *
cc_compare_focused_relations(GPtrArray *claims, GHashTable *focus,
                             const CcCompareOptions *options)
{
    g_return_val_if_fail(claims != NULL && focus != NULL, NULL);
    return compare(claims, focus, TRUE, options);
}

void
cc_comparison_free(CcComparison *cmp)
{
    if (cmp == NULL)
        return;
    g_ptr_array_unref(cmp->findings);
    g_ptr_array_unref(cmp->consensus); /* before the arena it lies in */
    g_ptr_array_unref(cmp->arena.blocks);
    g_array_unref(cmp->relations);
    g_array_unref(cmp->summarised);
    g_array_unref(cmp->source_starts);
    g_ptr_array_unref(cmp->no_claims);
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

GArray *
cc_comparison_source_starts(const CcComparison *cmp)
{
    g_return_val_if_fail(cmp != NULL, NULL);
    return cmp->source_starts;
}

GArray *
cc_comparison_relations(const CcComparison *cmp)
{
    g_return_val_if_fail(cmp != NULL, NULL);
    return cmp->relations;
}

const CcClaim *
cc_relation_claim_a(const CcComparison *cmp, const CcRelation *r)
{
    g_return_val_if_fail(cmp != NULL && r != NULL && r->a < cmp->claims->len, NULL);
    return cmp->claims->pdata[r->a];
}

const CcClaim *
cc_relation_claim_b(const CcComparison *cmp, const CcRelation *r)
{
    g_return_val_if_fail(cmp != NULL && r != NULL && r->b < cmp->claims->len, NULL);
    return cmp->claims->pdata[r->b];
}

char *
cc_relation_why(const CcComparison *cmp, const CcRelation *r)
{
    g_return_val_if_fail(cmp != NULL && r != NULL && r->a < cmp->claims->len
                             && r->b < cmp->claims->len,
                         NULL);
    return why_of(cmp, r);
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
    return cmp->summarised->len > 0;
}

GArray *
cc_comparison_summarised(const CcComparison *cmp)
{
    g_return_val_if_fail(cmp != NULL, NULL);
    return cmp->summarised;
}
