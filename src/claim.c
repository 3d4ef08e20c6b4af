/* SPDX-License-Identifier: MIT */
/* claim.c: claim records — their lifecycle, their JSON form (DESIGN.md
 * "Records", plus the comparison parameters a rule carries) and the JSON
 * Lines reader, whose errors say "path:line:col: what is wrong". */
#define _DEFAULT_SOURCE /* madvise */
#include "internal.h"

#include "json_events.h"
#include "json_write.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif
#include <yajl/yajl_parse.h>

CcClaim *
cc_claim_new(void)
{
    CcClaim *claim = g_new0(CcClaim, 1);
    claim->type = CC_CLAIM_QUANTITY;
    claim->value.kind = CC_VALUE_NUMBER;
    return claim;
}

void
cc_claim_free(CcClaim *claim)
{
    if (claim == NULL)
        return;
    g_free(claim->id);
    g_free(claim->source);
    g_free(claim->file);
    g_free(claim->rule);
    g_free(claim->subject);
    g_free(claim->predicate);
    g_free(claim->object);
    g_free(claim->key);
    g_free(claim->scope);
    g_free(claim->text);
    g_free(claim->attribution);
    g_free(claim->explain);
    g_free(claim);
}

void
cc_claim_prefetch(const CcClaim *claim)
{
#if defined(__GNUC__)
    const char *const strings[] = {claim->id,      claim->source,    claim->file,
                                   claim->rule,    claim->subject,   claim->predicate,
                                   claim->object,  claim->key,       claim->text,
                                   claim->attribution, claim->scope};
    for (gsize i = 0; i < G_N_ELEMENTS(strings); i++)
        if (strings[i] != NULL)
            __builtin_prefetch(strings[i]);
    /* and the rest of the struct: the value, the offsets and the rest
     * (the pointers above brought its first lines) */
    for (gsize at = 64; at < sizeof *claim; at += 64)
        __builtin_prefetch((const char *)claim + at);
#else
    (void)claim;
#endif
}

CcClaim *
cc_claim_copy(const CcClaim *claim)
{
    g_return_val_if_fail(claim != NULL, NULL);
    CcClaim *copy = g_new(CcClaim, 1);
    *copy = *claim;
    copy->id = g_strdup(claim->id);
    copy->source = g_strdup(claim->source);
    copy->file = g_strdup(claim->file);
    copy->rule = g_strdup(claim->rule);
    copy->subject = g_strdup(claim->subject);
    copy->predicate = g_strdup(claim->predicate);
    copy->object = g_strdup(claim->object);
    copy->key = g_strdup(claim->key);
    copy->scope = g_strdup(claim->scope);
    copy->text = g_strdup(claim->text);
    copy->attribution = g_strdup(claim->attribution);
    copy->explain = g_strdup(claim->explain);
    return copy;
}

static const char *const modality_names[] = {
    [CC_MODALITY_ASSERTED] = "asserted",         [CC_MODALITY_REPORTED] = "reported",
    [CC_MODALITY_HEDGED] = "hedged",             [CC_MODALITY_HYPOTHETICAL] = "hypothetical",
    [CC_MODALITY_NEGATED] = "negated",           [CC_MODALITY_DISPUTED] = "disputed",
};

static const char *const type_names[] = {
    [CC_CLAIM_QUANTITY] = "quantity",
    [CC_CLAIM_DATE] = "date",
    [CC_CLAIM_EVENT] = "event",
};

const char *
cc_modality_to_string(CcModality modality)
{
    if ((guint)modality >= G_N_ELEMENTS(modality_names))
        return "unknown";
    return modality_names[modality];
}

gboolean
cc_modality_from_string(const char *name, CcModality *modality)
{
    g_return_val_if_fail(modality != NULL, FALSE);
    if (name == NULL)
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(modality_names); i++) {
        if (strcmp(name, modality_names[i]) == 0) {
            *modality = (CcModality)i;
            return TRUE;
        }
    }
    return FALSE;
}

const char *
cc_claim_type_to_string(CcClaimType type)
{
    if ((guint)type >= G_N_ELEMENTS(type_names))
        return "unknown";
    return type_names[type];
}

static gboolean
claim_type_from_string(const char *name, CcClaimType *type)
{
    for (guint i = 0; i < G_N_ELEMENTS(type_names); i++) {
        if (strcmp(name, type_names[i]) == 0) {
            *type = (CcClaimType)i;
            return TRUE;
        }
    }
    return FALSE;
}

/* The value as stated, in the unit the text wrote: FALSE when no unit was
 * read. A strict bound that @closed moved onto the next whole thing moves
 * the stated bound alike ("more than 3,000 troops" states 3001). */
static gboolean
stated_bounds(const CcValue *v, const CcValue *closed, double *low, double *high)
{
    if (v->kind != CC_VALUE_NUMBER || v->orig_unit == NULL)
        return FALSE;
    *low = v->orig_low + (closed->low - v->low);
    *high = v->orig_high + (closed->high - v->high);
    return TRUE;
}

static void
add_value(JsonBuilder *b, const CcClaim *claim)
{
    const CcValue *v = &claim->value;
    json_builder_set_member_name(b, "value");
    if (claim->type == CC_CLAIM_EVENT || v->kind == CC_VALUE_NONE) {
        json_builder_add_null_value(b);
        return;
    }
    /* A strict bound on whole things closes onto the next whole thing. */
    CcValue closed = cc_value_closed(v);
    double low = closed.low, high = closed.high;
    gboolean low_strict = closed.has_low && closed.low_strict;
    gboolean high_strict = closed.has_high && closed.high_strict;
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "low");
    cc_json_add_bound(b, v, v->has_low, low);
    json_builder_set_member_name(b, "high");
    cc_json_add_bound(b, v, v->has_high, high);
    cc_json_add_string_or_null(b, "unit", v->kind == CC_VALUE_DATE ? NULL : v->unit);
    json_builder_set_member_name(b, "approx");
    json_builder_add_boolean_value(b, v->approx);
    json_builder_set_member_name(b, "vague");
    json_builder_add_boolean_value(b, v->vague);
    if (v->derived) {
        json_builder_set_member_name(b, "derived");
        json_builder_add_boolean_value(b, TRUE);
    }
    if (low_strict) {
        json_builder_set_member_name(b, "low_strict");
        json_builder_add_boolean_value(b, TRUE);
    }
    if (high_strict) {
        json_builder_set_member_name(b, "high_strict");
        json_builder_add_boolean_value(b, TRUE);
    }
    gboolean from = v->kind == CC_VALUE_NUMBER && v->has_from;
    if (from) {
        json_builder_set_member_name(b, "from");
        cc_json_add_number(b, v->from);
    }
    if (v->kind == CC_VALUE_NUMBER && v->has_share) {
        json_builder_set_member_name(b, "share");
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "low");
        cc_json_add_number(b, v->share_low);
        json_builder_set_member_name(b, "high");
        cc_json_add_number(b, v->share_high);
        json_builder_set_member_name(b, "of_low");
        cc_json_add_number(b, v->share_of_low);
        json_builder_set_member_name(b, "of_high");
        cc_json_add_number(b, v->share_of_high);
        json_builder_end_object(b);
    }
    if (v->kind == CC_VALUE_NUMBER && v->has_product) {
        json_builder_set_member_name(b, "product");
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "factor");
        cc_json_add_number(b, v->product_factor);
        json_builder_set_member_name(b, "of_low");
        cc_json_add_number(b, v->product_of_low);
        json_builder_set_member_name(b, "of_high");
        cc_json_add_number(b, v->product_of_high);
        json_builder_end_object(b);
    }
    double stated_low, stated_high;
    if (stated_bounds(v, &closed, &stated_low, &stated_high)) {
        json_builder_set_member_name(b, "stated");
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "low");
        cc_json_add_bound(b, v, v->has_low, stated_low);
        json_builder_set_member_name(b, "high");
        cc_json_add_bound(b, v, v->has_high, stated_high);
        if (from) {
            json_builder_set_member_name(b, "from");
            cc_json_add_number(b, v->orig_from);
        }
        cc_json_add_string_or_null(b, "unit", v->orig_unit);
        json_builder_end_object(b);
    }
    json_builder_end_object(b);
}

JsonNode *
cc_claim_to_json(const CcClaim *claim)
{
    g_return_val_if_fail(claim != NULL, NULL);
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    cc_json_add_string_or_null(b, "id", claim->id);
    cc_json_add_string_or_null(b, "source", claim->source);
    cc_json_add_string_or_null(b, "file", claim->file);
    cc_json_add_string_or_null(b, "rule", claim->rule);
    cc_json_add_string_or_null(b, "type", cc_claim_type_to_string(claim->type));
    cc_json_add_string_or_null(b, "subject", claim->subject);
    cc_json_add_string_or_null(b, "predicate", claim->predicate);
    cc_json_add_string_or_null(b, "object", claim->object);
    cc_json_add_string_or_null(b, "key", claim->key);
    add_value(b, claim);
    cc_json_add_string_or_null(b, "text", claim->text);

    json_builder_set_member_name(b, "span");
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "start");
    json_builder_add_int_value(b, (gint64)claim->span_start);
    json_builder_set_member_name(b, "end");
    json_builder_add_int_value(b, (gint64)claim->span_end);
    json_builder_set_member_name(b, "line");
    json_builder_add_int_value(b, claim->line);
    json_builder_set_member_name(b, "column");
    json_builder_add_int_value(b, claim->column);
    json_builder_end_object(b);

    json_builder_set_member_name(b, "sentence");
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "start");
    json_builder_add_int_value(b, (gint64)claim->sentence_start);
    json_builder_set_member_name(b, "end");
    json_builder_add_int_value(b, (gint64)claim->sentence_end);
    json_builder_end_object(b);

    cc_json_add_string_or_null(b, "modality", cc_modality_to_string(claim->modality));
    cc_json_add_string_or_null(b, "attribution", claim->attribution);
    g_autofree char *as_of = claim->as_of != 0 ? cc_day_to_iso(claim->as_of) : NULL;
    cc_json_add_string_or_null(b, "as_of", as_of);
    if (claim->as_of_end != 0) {
        g_autofree char *end = cc_day_to_iso(claim->as_of_end);
        cc_json_add_string_or_null(b, "as_of_end", end);
    }

    cc_json_add_string_or_null(b, "scope", claim->scope);
    json_builder_set_member_name(b, "tolerance");
    cc_json_add_number(b, claim->tolerance);
    json_builder_set_member_name(b, "tolerance_abs");
    json_builder_add_boolean_value(b, claim->tolerance_abs);
    json_builder_set_member_name(b, "window");
    json_builder_add_int_value(b, claim->window_days);
    json_builder_set_member_name(b, "cumulative");
    json_builder_add_boolean_value(b, claim->cumulative);
    json_builder_end_object(b);
    return json_builder_get_root(b);
}

/* The record is written directly, as cc_json_append() writes the tree of
 * cc_claim_to_json(): the same members in the same order, the same
 * numbers (tests/test_claim.c compares the two), on one line or laid out
 * as cc_json_append_at() lays the tree out (a report's "claims"), with no
 * line between. */
typedef struct ClaimLayout ClaimLayout;

typedef struct {
    GString *out;
    int indent; /* < 0: one line */
    int level;  /* of the open object */
    gboolean first; /* no member yet in the open object */
    const ClaimLayout *layout; /* (nullable) the pieces laid out once */
} Lay;

/* Appends @n bytes; the names and literals below are constants, so their
 * lengths are known where these are inlined (g_string_append() measures
 * every one, and printf was a third of the line's cost). */
static inline void
put_len(GString *out, const char *s, gsize n)
{
    cc_json_put(out, s, n);
}

/* The deepest indent written in place, at a constant length. */
#define MEMBER_INDENT_MAX 64

/* A line break and the indent of @level: written in place, sixteen
 * spaces or the whole blank copied at a constant length when the indent
 * is within MEMBER_INDENT_MAX (a report's are), else a piece at a time. */
static void
lay_newline(Lay *l, int level)
{
    static const char spaces[] = "                                ";
    int n = l->indent * level;
    GString *out = l->out;
    if (n <= MEMBER_INDENT_MAX) {
        static const char blank[MEMBER_INDENT_MAX] = "                                "
                                                    "                                ";
        if (out->len + 1 + MEMBER_INDENT_MAX >= out->allocated_len) {
            gsize at = out->len;
            g_string_set_size(out, at + 1 + MEMBER_INDENT_MAX);
            out->len = at;
        }
        char *d = out->str + out->len;
        *d++ = '\n';
        if (n <= 16)
            memcpy(d, blank, 16);
        else
            memcpy(d, blank, MEMBER_INDENT_MAX);
        d += n;
        *d = '\0';
        out->len = (gsize)(d - out->str);
        return;
    }
    g_string_append_c(out, '\n');
    for (; n > 0; n -= (int)sizeof spaces - 1)
        put_len(out, spaces, MIN(n, (int)sizeof spaces - 1));
}

/* A member's comma, line break, indent and name, laid out first and
 * appended at once (a claim's line is seventeen of these). The names are
 * the constants below, short and needing no escape. */

/* Inlined wherever it is called, so that the name's length and copy are
 * constants there. */
G_ALWAYS_INLINE static inline void
put_member(Lay *l, const char *name)
{
    gsize len = strlen(name);
    int spaces = l->indent >= 0 ? l->indent * (l->level + 1) : 0;
    if (spaces > MEMBER_INDENT_MAX || len > 32) {
        if (!l->first)
            g_string_append_c(l->out, ',');
        l->first = FALSE;
        if (l->indent >= 0)
            lay_newline(l, l->level + 1);
        g_string_append_c(l->out, '"');
        put_len(l->out, name, len);
        if (l->indent >= 0)
            put_len(l->out, "\": ", 3);
        else
            put_len(l->out, "\":", 2);
        return;
    }
    /* Written straight into the buffer, room made once: every copy here
     * is of a constant length (a copy of the laid-out member at its own
     * length was a `rep movs` for each of a claim's seventeen members). */
    GString *out = l->out;
    if (out->len + 1 + 1 + MEMBER_INDENT_MAX + 1 + 32 + 3 >= out->allocated_len) {
        gsize at = out->len;
        g_string_set_size(out, at + 1 + 1 + MEMBER_INDENT_MAX + 1 + 32 + 3);
        out->len = at;
    }
    char *d = out->str + out->len;
    if (!l->first)
        *d++ = ',';
    l->first = FALSE;
    if (l->indent >= 0) {
        /* sixteen spaces or the whole blank copied, the indents a report
         * has are under sixteen */
        static const char blank[MEMBER_INDENT_MAX] = "                                "
                                                    "                                ";
        *d++ = '\n';
        if (spaces <= 16)
            memcpy(d, blank, 16);
        else
            memcpy(d, blank, MEMBER_INDENT_MAX);
        d += spaces;
    }
    *d++ = '"';
    memcpy(d, name, len);
    d += len;
    *d++ = '"';
    *d++ = ':';
    if (l->indent >= 0)
        *d++ = ' ';
    *d = '\0';
    out->len = (gsize)(d - out->str);
}

static void
open_object(Lay *l)
{
    g_string_append_c(l->out, '{');
    l->first = TRUE;
}

/* Every object written here has members. */
static void
close_object(Lay *l)
{
    if (l->indent >= 0)
        lay_newline(l, l->level);
    g_string_append_c(l->out, '}');
    l->first = FALSE;
}


/* A claim's members and closing braces as pieces laid out once for an
 * indent and level (half of a claim's line is this constant text): each
 * piece is its comma, line break, indent and quoted name, or a line break,
 * indent and brace, cut from what put_member() and close_object() write,
 * so that a line written from the pieces is the line they would write.
 * Each is copied at a constant length of PIECE_COPY bytes (the buffer
 * padded for it), its own length then taken. */
enum {
    /* the record's members (depth 1), "id" first */
    P_ID, P_SOURCE, P_FILE, P_RULE, P_TYPE, P_SUBJECT, P_PREDICATE, P_OBJECT, P_KEY,
    P_VALUE, P_TEXT, P_SPAN, P_SENTENCE, P_MODALITY, P_ATTRIBUTION, P_AS_OF, P_AS_OF_END,
    P_SCOPE, P_TOLERANCE, P_TOLERANCE_ABS, P_WINDOW, P_CUMULATIVE,
    /* the value's (depth 2), "low" first */
    P_V_LOW, P_V_HIGH, P_V_UNIT, P_V_APPROX, P_V_VAGUE, P_V_DERIVED, P_V_LOW_STRICT,
    P_V_HIGH_STRICT, P_V_FROM, P_V_SHARE, P_V_PRODUCT, P_V_STATED,
    /* the share's, the product's and the stated value's (depth 3), "low"
     * or "factor" first */
    P_D3_LOW, P_D3_HIGH, P_SH_OF_LOW, P_SH_OF_HIGH, P_PR_FACTOR, P_ST_FROM, P_ST_UNIT,
    /* the span's and the sentence's (depth 2), "start" first */
    P_D2_START, P_D2_END, P_SP_LINE, P_SP_COLUMN,
    /* closing braces of depth 3, 2 and 1 */
    P_CLOSE3, P_CLOSE2, P_CLOSE1,
    N_PIECES
};

#define PIECE_COPY 48

struct ClaimLayout {
    int indent, level;
    gboolean usable; /* every piece within PIECE_COPY bytes */
    guint16 at[N_PIECES];
    guint8 len[N_PIECES];
    char text[N_PIECES * PIECE_COPY + PIECE_COPY];
};

static void
claim_layout_init(ClaimLayout *c, int indent, int level)
{
    static const struct {
        const char *name; /* NULL: a closing brace */
        guint8 depth;
        gboolean first;
    } pieces[N_PIECES] = {
        [P_ID] = {"id", 1, TRUE}, [P_SOURCE] = {"source", 1, FALSE}, [P_FILE] = {"file", 1, FALSE},
        [P_RULE] = {"rule", 1, FALSE}, [P_TYPE] = {"type", 1, FALSE},
        [P_SUBJECT] = {"subject", 1, FALSE}, [P_PREDICATE] = {"predicate", 1, FALSE},
        [P_OBJECT] = {"object", 1, FALSE}, [P_KEY] = {"key", 1, FALSE},
        [P_VALUE] = {"value", 1, FALSE}, [P_TEXT] = {"text", 1, FALSE},
        [P_SPAN] = {"span", 1, FALSE}, [P_SENTENCE] = {"sentence", 1, FALSE},
        [P_MODALITY] = {"modality", 1, FALSE}, [P_ATTRIBUTION] = {"attribution", 1, FALSE},
        [P_AS_OF] = {"as_of", 1, FALSE},
        [P_AS_OF_END] = {"as_of_end", 1, FALSE}, [P_SCOPE] = {"scope", 1, FALSE},
        [P_TOLERANCE] = {"tolerance", 1, FALSE}, [P_TOLERANCE_ABS] = {"tolerance_abs", 1, FALSE},
        [P_WINDOW] = {"window", 1, FALSE}, [P_CUMULATIVE] = {"cumulative", 1, FALSE},
        [P_V_LOW] = {"low", 2, TRUE}, [P_V_HIGH] = {"high", 2, FALSE},
        [P_V_UNIT] = {"unit", 2, FALSE}, [P_V_APPROX] = {"approx", 2, FALSE},
        [P_V_VAGUE] = {"vague", 2, FALSE}, [P_V_DERIVED] = {"derived", 2, FALSE},
        [P_V_LOW_STRICT] = {"low_strict", 2, FALSE}, [P_V_HIGH_STRICT] = {"high_strict", 2, FALSE},
        [P_V_FROM] = {"from", 2, FALSE}, [P_V_SHARE] = {"share", 2, FALSE},
        [P_V_PRODUCT] = {"product", 2, FALSE}, [P_PR_FACTOR] = {"factor", 3, TRUE},
        [P_V_STATED] = {"stated", 2, FALSE}, [P_D3_LOW] = {"low", 3, TRUE},
        [P_D3_HIGH] = {"high", 3, FALSE}, [P_SH_OF_LOW] = {"of_low", 3, FALSE},
        [P_SH_OF_HIGH] = {"of_high", 3, FALSE}, [P_ST_FROM] = {"from", 3, FALSE},
        [P_ST_UNIT] = {"unit", 3, FALSE}, [P_D2_START] = {"start", 2, TRUE},
        [P_D2_END] = {"end", 2, FALSE}, [P_SP_LINE] = {"line", 2, FALSE},
        [P_SP_COLUMN] = {"column", 2, FALSE}, [P_CLOSE3] = {NULL, 3, FALSE},
        [P_CLOSE2] = {NULL, 2, FALSE}, [P_CLOSE1] = {NULL, 1, FALSE},
    };
    c->indent = indent;
    c->level = level;
    c->usable = TRUE;
    g_autoptr(GString) t = g_string_new(NULL);
    gsize at = 0;
    for (int i = 0; i < N_PIECES; i++) {
        g_string_truncate(t, 0);
        Lay l = {.out = t, .indent = indent, .level = level + pieces[i].depth - 1,
                 .first = pieces[i].first};
        if (pieces[i].name != NULL)
            put_member(&l, pieces[i].name);
        else
            close_object(&l);
        if (t->len > PIECE_COPY) {
            c->usable = FALSE;
            return;
        }
        memcpy(c->text + at, t->str, t->len);
        c->at[i] = (guint16)at;
        c->len[i] = (guint8)t->len;
        at += t->len;
    }
    memset(c->text + at, 0, sizeof c->text - at);
}

/* The layout for @indent and @level, laid out again when they change (a
 * report's claims share one); NULL when a piece would be too long. */
static const ClaimLayout *
claim_layout(int indent, int level)
{
    static _Thread_local ClaimLayout layout;
    static _Thread_local gboolean ready;
    if (!ready || layout.indent != indent || layout.level != level) {
        claim_layout_init(&layout, indent, level);
        ready = TRUE;
    }
    return layout.usable ? &layout : NULL;
}

G_ALWAYS_INLINE static inline void
put_piece(Lay *l, int piece)
{
    cc_json_put_wide(l->out, l->layout->text + l->layout->at[piece], l->layout->len[piece],
                     PIECE_COPY);
}

/* Member @name, which is @piece of the layout: from the layout when
 * there is one, else laid out here. */
G_ALWAYS_INLINE static inline void
member(Lay *l, int piece, const char *name)
{
    if (l->layout != NULL)
        put_piece(l, piece);
    else
        put_member(l, name);
}

/* Member @name, an object: opened, or closed again (@piece: its brace). */
G_ALWAYS_INLINE static inline void
put_object(Lay *l, int piece, const char *name)
{
    member(l, piece, name);
    open_object(l);
    l->level++;
}

G_ALWAYS_INLINE static inline void
end_object(Lay *l, int piece)
{
    if (l->layout != NULL) {
        put_piece(l, piece);
        l->first = FALSE;
    } else {
        close_object(l);
    }
    l->level--;
}

G_ALWAYS_INLINE static inline void
put_string(Lay *l, int piece, const char *name, const char *s)
{
    member(l, piece, name);
    if (s != NULL)
        cc_json_append_string(l->out, s);
    else
        put_len(l->out, "null", 4);
}

/* As "%" G_GINT64_FORMAT, without printf. */
G_ALWAYS_INLINE static inline void
put_int(Lay *l, int piece, const char *name, gint64 x)
{
    member(l, piece, name);
    /* The digits end at the middle of buf, and 24 bytes from the first
     * are copied at a constant length (no call): the length is then set. */
    enum { DIGITS = 24 };
    char buf[2 * DIGITS], *end = buf + DIGITS, *p = end;
    guint64 u = x < 0 ? -(guint64)x : (guint64)x;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0);
    if (x < 0)
        *--p = '-';
    cc_json_put_wide(l->out, p, (gsize)(end - p), DIGITS);
}

G_ALWAYS_INLINE static inline void
put_bool(Lay *l, int piece, const char *name, gboolean x)
{
    member(l, piece, name);
    if (x)
        put_len(l->out, "true", 4);
    else
        put_len(l->out, "false", 5);
}

G_ALWAYS_INLINE static inline void
put_bound(Lay *l, int piece, const char *name, const CcValue *v, gboolean has, double x)
{
    member(l, piece, name);
    if (!has) {
        put_len(l->out, "null", 4);
    } else if (v->kind == CC_VALUE_DATE) {
        char iso[CC_DAY_ISO_MAX];
        put_len(l->out, "\"", 1);
        put_len(l->out, iso, cc_day_write_iso((guint32)x, iso)); /* needs no escape */
        put_len(l->out, "\"", 1);
    } else {
        cc_json_append_number(l->out, x);
    }
}

void
cc_claim_append_json(GString *out, const CcClaim *claim, int indent, int level)
{
    Lay lay = {.out = out, .indent = indent, .level = level, .layout = claim_layout(indent, level)};
    Lay *l = &lay;
    open_object(l);
    put_string(l, P_ID, "id", claim->id);
    put_string(l, P_SOURCE, "source", claim->source);
    put_string(l, P_FILE, "file", claim->file);
    put_string(l, P_RULE, "rule", claim->rule);
    put_string(l, P_TYPE, "type", cc_claim_type_to_string(claim->type));
    put_string(l, P_SUBJECT, "subject", claim->subject);
    put_string(l, P_PREDICATE, "predicate", claim->predicate);
    put_string(l, P_OBJECT, "object", claim->object);
    put_string(l, P_KEY, "key", claim->key);

    const CcValue *v = &claim->value;
    if (claim->type == CC_CLAIM_EVENT || v->kind == CC_VALUE_NONE) {
        member(l, P_VALUE, "value");
        put_len(out, "null", 4);
    } else {
        /* closed only when it has a strict bound: no copy of most */
        const CcValue *cv = v;
        CcValue closed;
        if (cc_value_has_strict(v)) {
            closed = cc_value_closed(v);
            cv = &closed;
        }
        put_object(l, P_VALUE, "value");
        put_bound(l, P_V_LOW, "low", v, v->has_low, cv->low);
        put_bound(l, P_V_HIGH, "high", v, v->has_high, cv->high);
        put_string(l, P_V_UNIT, "unit", v->kind == CC_VALUE_DATE ? NULL : v->unit);
        put_bool(l, P_V_APPROX, "approx", v->approx);
        put_bool(l, P_V_VAGUE, "vague", v->vague);
        if (v->derived)
            put_bool(l, P_V_DERIVED, "derived", TRUE);
        if (cv->has_low && cv->low_strict)
            put_bool(l, P_V_LOW_STRICT, "low_strict", TRUE);
        if (cv->has_high && cv->high_strict)
            put_bool(l, P_V_HIGH_STRICT, "high_strict", TRUE);
        gboolean from = v->kind == CC_VALUE_NUMBER && v->has_from;
        if (from)
            put_bound(l, P_V_FROM, "from", v, TRUE, v->from);
        if (v->kind == CC_VALUE_NUMBER && v->has_share) {
            put_object(l, P_V_SHARE, "share");
            put_bound(l, P_D3_LOW, "low", v, TRUE, v->share_low);
            put_bound(l, P_D3_HIGH, "high", v, TRUE, v->share_high);
            put_bound(l, P_SH_OF_LOW, "of_low", v, TRUE, v->share_of_low);
            put_bound(l, P_SH_OF_HIGH, "of_high", v, TRUE, v->share_of_high);
            end_object(l, P_CLOSE3);
        }
        if (v->kind == CC_VALUE_NUMBER && v->has_product) {
            put_object(l, P_V_PRODUCT, "product");
            put_bound(l, P_PR_FACTOR, "factor", v, TRUE, v->product_factor);
            put_bound(l, P_SH_OF_LOW, "of_low", v, TRUE, v->product_of_low);
            put_bound(l, P_SH_OF_HIGH, "of_high", v, TRUE, v->product_of_high);
            end_object(l, P_CLOSE3);
        }
        double stated_low, stated_high;
        if (stated_bounds(v, cv, &stated_low, &stated_high)) {
            put_object(l, P_V_STATED, "stated");
            put_bound(l, P_D3_LOW, "low", v, v->has_low, stated_low);
            put_bound(l, P_D3_HIGH, "high", v, v->has_high, stated_high);
            if (from)
                put_bound(l, P_ST_FROM, "from", v, TRUE, v->orig_from);
            put_string(l, P_ST_UNIT, "unit", v->orig_unit);
            end_object(l, P_CLOSE3);
        }
        end_object(l, P_CLOSE2);
    }
    put_string(l, P_TEXT, "text", claim->text);

    put_object(l, P_SPAN, "span");
    put_int(l, P_D2_START, "start", (gint64)claim->span_start);
    put_int(l, P_D2_END, "end", (gint64)claim->span_end);
    put_int(l, P_SP_LINE, "line", claim->line);
    put_int(l, P_SP_COLUMN, "column", claim->column);
    end_object(l, P_CLOSE2);

    put_object(l, P_SENTENCE, "sentence");
    put_int(l, P_D2_START, "start", (gint64)claim->sentence_start);
    put_int(l, P_D2_END, "end", (gint64)claim->sentence_end);
    end_object(l, P_CLOSE2);

    put_string(l, P_MODALITY, "modality", cc_modality_to_string(claim->modality));
    put_string(l, P_ATTRIBUTION, "attribution", claim->attribution);
    if (claim->as_of != 0) {
        char iso[CC_DAY_ISO_MAX];
        member(l, P_AS_OF, "as_of");
        put_len(out, "\"", 1);
        put_len(out, iso, cc_day_write_iso(claim->as_of, iso)); /* needs no escape */
        put_len(out, "\"", 1);
    } else {
        put_string(l, P_AS_OF, "as_of", NULL);
    }
    if (claim->as_of_end != 0) {
        char iso[CC_DAY_ISO_MAX];
        member(l, P_AS_OF_END, "as_of_end");
        put_len(out, "\"", 1);
        put_len(out, iso, cc_day_write_iso(claim->as_of_end, iso)); /* needs no escape */
        put_len(out, "\"", 1);
    }
    put_string(l, P_SCOPE, "scope", claim->scope);
    member(l, P_TOLERANCE, "tolerance");
    cc_json_append_number(out, claim->tolerance);
    put_bool(l, P_TOLERANCE_ABS, "tolerance_abs", claim->tolerance_abs);
    put_int(l, P_WINDOW, "window", claim->window_days);
    put_bool(l, P_CUMULATIVE, "cumulative", claim->cumulative);
    if (l->layout != NULL)
        put_piece(l, P_CLOSE1);
    else
        close_object(l);
}

char *
cc_claim_to_json_line(const CcClaim *claim)
{
    g_return_val_if_fail(claim != NULL, NULL);
    GString *out = g_string_sized_new(640);
    cc_claim_append_json(out, claim, -1, 0);
    return g_string_free(out, FALSE);
}

/* ---- reading ---------------------------------------------------------- */

/* A record's members, found by name in json-glib's tree (cc_claim_from_json)
 * or taken as yajl's events arrive (a line, cc_claim_from_json_line): every
 * member a record has is one Field of a flat table, so that both ways are
 * judged by the same code, in the same order, with the same messages.
 * Members no record has are passed over, as they were in the tree. */
typedef enum {
    FIELD_ABSENT,
    FIELD_NULL,
    FIELD_STRING,
    FIELD_INT,
    FIELD_DOUBLE,
    FIELD_BOOL,
    FIELD_OBJECT,
    FIELD_ARRAY,
} FieldKind;

typedef struct {
    FieldKind kind;
    gboolean b;
    gint64 i;
    double d;      /* a number's value, an integer's too */
    const char *s; /* NUL-terminated, valid while the record is read */
    gboolean utf8; /* s is known to be valid UTF-8 (see LineRead's plain) */
    gboolean clean; /* s is known to hold no control character (LineRead's clean) */
} Field;

enum {
    F_ID, F_SOURCE, F_FILE, F_RULE, F_TYPE, F_SUBJECT, F_PREDICATE, F_OBJECT, F_KEY, F_VALUE,
    F_TEXT, F_SPAN, F_SENTENCE, F_MODALITY, F_ATTRIBUTION, F_AS_OF, F_AS_OF_END, F_SCOPE,
    F_TOLERANCE,
    F_TOLERANCE_ABS, F_WINDOW, F_CUMULATIVE,
    F_V_LOW, F_V_HIGH, F_V_UNIT, F_V_APPROX, F_V_VAGUE, F_V_DERIVED, F_V_LOW_STRICT,
    F_V_HIGH_STRICT, F_V_FROM, F_V_SHARE, F_V_PRODUCT, F_V_STATED,
    F_SH_LOW, F_SH_HIGH, F_SH_OF_LOW, F_SH_OF_HIGH,
    F_PR_FACTOR, F_PR_OF_LOW, F_PR_OF_HIGH,
    F_ST_LOW, F_ST_HIGH, F_ST_FROM, F_ST_UNIT,
    F_SP_START, F_SP_END, F_SP_LINE, F_SP_COLUMN,
    F_SE_START, F_SE_END,
    N_FIELDS
};

#define FIELD_TOP (-1)  /* the record's own object */
#define FIELD_SKIP (-2) /* a member no record has, or a place inside an array */

#define NAMED(n) {n, sizeof n - 1}
static const struct {
    const char *name;
    gsize len;
} field_names[N_FIELDS] = {
    [F_ID] = NAMED("id"), [F_SOURCE] = NAMED("source"), [F_FILE] = NAMED("file"),
    [F_RULE] = NAMED("rule"), [F_TYPE] = NAMED("type"), [F_SUBJECT] = NAMED("subject"),
    [F_PREDICATE] = NAMED("predicate"), [F_OBJECT] = NAMED("object"), [F_KEY] = NAMED("key"),
    [F_VALUE] = NAMED("value"), [F_TEXT] = NAMED("text"), [F_SPAN] = NAMED("span"),
    [F_SENTENCE] = NAMED("sentence"), [F_MODALITY] = NAMED("modality"),
    [F_ATTRIBUTION] = NAMED("attribution"), [F_AS_OF] = NAMED("as_of"),
    [F_AS_OF_END] = NAMED("as_of_end"),
    [F_SCOPE] = NAMED("scope"), [F_TOLERANCE] = NAMED("tolerance"),
    [F_TOLERANCE_ABS] = NAMED("tolerance_abs"), [F_WINDOW] = NAMED("window"),
    [F_CUMULATIVE] = NAMED("cumulative"),
    [F_V_LOW] = NAMED("low"), [F_V_HIGH] = NAMED("high"), [F_V_UNIT] = NAMED("unit"),
    [F_V_APPROX] = NAMED("approx"), [F_V_VAGUE] = NAMED("vague"),
    [F_V_DERIVED] = NAMED("derived"), [F_V_LOW_STRICT] = NAMED("low_strict"),
    [F_V_HIGH_STRICT] = NAMED("high_strict"), [F_V_FROM] = NAMED("from"),
    [F_V_SHARE] = NAMED("share"), [F_V_STATED] = NAMED("stated"),
    [F_SH_LOW] = NAMED("low"), [F_SH_HIGH] = NAMED("high"), [F_SH_OF_LOW] = NAMED("of_low"),
    [F_SH_OF_HIGH] = NAMED("of_high"),
    [F_V_PRODUCT] = NAMED("product"), [F_PR_FACTOR] = NAMED("factor"),
    [F_PR_OF_LOW] = NAMED("of_low"), [F_PR_OF_HIGH] = NAMED("of_high"),
    [F_ST_LOW] = NAMED("low"), [F_ST_HIGH] = NAMED("high"), [F_ST_FROM] = NAMED("from"),
    [F_ST_UNIT] = NAMED("unit"),
    [F_SP_START] = NAMED("start"), [F_SP_END] = NAMED("end"), [F_SP_LINE] = NAMED("line"),
    [F_SP_COLUMN] = NAMED("column"),
    [F_SE_START] = NAMED("start"), [F_SE_END] = NAMED("end"),
};
#undef NAMED

/* The members an object field has, first to last; FALSE for a field that
 * is no object in a record. */
static gboolean
field_members(int parent, int *first, int *last)
{
    switch (parent) {
    case FIELD_TOP: *first = F_ID, *last = F_CUMULATIVE; return TRUE;
    case F_VALUE: *first = F_V_LOW, *last = F_V_STATED; return TRUE;
    case F_V_SHARE: *first = F_SH_LOW, *last = F_SH_OF_HIGH; return TRUE;
    case F_V_PRODUCT: *first = F_PR_FACTOR, *last = F_PR_OF_HIGH; return TRUE;
    case F_V_STATED: *first = F_ST_LOW, *last = F_ST_UNIT; return TRUE;
    case F_SPAN: *first = F_SP_START, *last = F_SP_COLUMN; return TRUE;
    case F_SENTENCE: *first = F_SE_START, *last = F_SE_END; return TRUE;
    default: return FALSE;
    }
}

/* Whether @a[0, @n) and @b[0, @n) are the same bytes: a member's name
 * against the table's, the two words or half-words at either end of a
 * short name compared at once, reading nothing past either (memcmp, a
 * call of its own for every member read, was 3 % of reading 200,000
 * records). */
static inline gboolean
same_bytes(const char *a, const char *b, gsize n)
{
    if (n > 16)
        return memcmp(a, b, n) == 0;
    if (n >= 8) {
        guint64 a0, b0, a1, b1;
        memcpy(&a0, a, 8);
        memcpy(&b0, b, 8);
        memcpy(&a1, a + n - 8, 8);
        memcpy(&b1, b + n - 8, 8);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n >= 4) {
        guint32 a0, b0, a1, b1;
        memcpy(&a0, a, 4);
        memcpy(&b0, b, 4);
        memcpy(&a1, a + n - 4, 4);
        memcpy(&b1, b + n - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    for (gsize i = 0; i < n; i++)
        if (a[i] != b[i])
            return FALSE;
    return TRUE;
}

/* @parent's member named @name, looked for from @from on, then from its
 * first: a member left out (a record without "as_of_end") is passed over
 * in a step or two, not from the first member again. An object's names
 * are distinct, so where the look starts changes nothing else. */
static int
field_find(int parent, int from, const char *name, gsize len)
{
    int first, last;
    if (!field_members(parent, &first, &last))
        return FIELD_SKIP;
    if (from < first || from > last)
        from = first;
#define SAME(f)                                                                                 \
    (field_names[f].len == len && field_names[f].name[0] == name[0]                            \
     && same_bytes(field_names[f].name, name, len))
    for (int f = from; f <= last; f++)
        if (SAME(f))
            return f;
    for (int f = first; f < from; f++)
        if (SAME(f))
            return f;
#undef SAME
    return FIELD_SKIP;
}

/* Forgets @parent's members: an object given twice is the second one, as
 * json-glib keeps a repeated member's last value. */
static void
field_clear_members(Field *fields, int parent)
{
    int first, last;
    if (!field_members(parent, &first, &last))
        return;
    for (int f = first; f <= last; f++) {
        if (fields[f].kind == FIELD_OBJECT)
            field_clear_members(fields, f);
        fields[f].kind = FIELD_ABSENT;
    }
}

static void
field_from_node(Field *fields, int f, JsonNode *node);

static void
fields_from_object(Field *fields, int parent, JsonObject *obj)
{
    int first, last;
    if (!field_members(parent, &first, &last))
        return;
    for (int f = first; f <= last; f++)
        field_from_node(fields, f, json_object_get_member(obj, field_names[f].name));
}

static void
field_from_node(Field *fields, int f, JsonNode *node)
{
    Field *x = &fields[f];
    if (node == NULL) {
        x->kind = FIELD_ABSENT;
        return;
    }
    switch (JSON_NODE_TYPE(node)) {
    case JSON_NODE_NULL:
        x->kind = FIELD_NULL;
        return;
    case JSON_NODE_ARRAY:
        x->kind = FIELD_ARRAY;
        return;
    case JSON_NODE_OBJECT:
        x->kind = FIELD_OBJECT;
        fields_from_object(fields, f, json_node_get_object(node));
        return;
    case JSON_NODE_VALUE:
        break;
    }
    GType t = json_node_get_value_type(node);
    if (t == G_TYPE_STRING) {
        x->kind = FIELD_STRING;
        x->s = json_node_get_string(node);
    } else if (t == G_TYPE_BOOLEAN) {
        x->kind = FIELD_BOOL;
        x->b = json_node_get_boolean(node);
    } else if (t == G_TYPE_INT64) {
        x->kind = FIELD_INT;
        x->i = json_node_get_int(node);
        x->d = (double)x->i;
    } else {
        x->kind = FIELD_DOUBLE;
        x->d = json_node_get_double(node);
    }
}

static const char *
kind_name(FieldKind kind)
{
    switch (kind) {
    case FIELD_ABSENT:
    case FIELD_NULL: return "null";
    case FIELD_OBJECT: return "an object";
    case FIELD_ARRAY: return "an array";
    case FIELD_STRING: return "a string";
    case FIELD_BOOL: return "a boolean";
    case FIELD_INT:
    case FIELD_DOUBLE: break;
    }
    return "a number";
}

static gboolean
is_number(const Field *f)
{
    return f->kind == FIELD_INT || f->kind == FIELD_DOUBLE;
}

static gboolean
bad_field(GError **error, const char *field, const char *expected, const Field *got)
{
    g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "field \"%s\": expected %s, got %s", field,
                expected, kind_name(got->kind));
    return FALSE;
}

/* json-glib reads the octal escapes of its scanner ("\\251") into single
 * bytes, so a string of a tree can hold invalid UTF-8 (a line's escapes
 * are JSON's, which yajl decodes to characters): refused here, as it could
 * be written out as no JSON. */
static gboolean
utf8_field(GError **error, const char *field, const Field *f)
{
    if (f->utf8 || g_utf8_validate(f->s, -1, NULL))
        return TRUE;
    g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                "field \"%s\": not valid UTF-8 (an escape made a byte that is no character)",
                field);
    return FALSE;
}

static gboolean
missing_field(GError **error, const char *field)
{
    g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "missing field \"%s\"", field);
    return FALSE;
}

/* g_intern_string(@unit), the few units a thread read last asked first:
 * records name a handful of units, and GLib's table takes a lock and a
 * hash for every one (a thirtieth of reading a record). */
static const char *
intern_unit(const char *unit)
{
    enum { RECENT = 4 };
    static _Thread_local const char *recent[RECENT];
    static _Thread_local guint next;
    for (guint i = 0; i < RECENT; i++)
        if (recent[i] != NULL && strcmp(recent[i], unit) == 0)
            return recent[i];
    const char *interned = g_intern_string(unit);
    recent[next++ % RECENT] = interned;
    return interned;
}

/* A key or one of its parts names a thing: no control character in it
 * (a tab or a line break would split the "KEY<TAB>record" lines of
 * --key-prefix and the store's key columns). */
static gboolean
name_field(GError **error, const char *field, const char *value)
{
    if (value == NULL)
        return TRUE;
    for (const unsigned char *p = (const unsigned char *)value; *p != '\0'; p++) {
        if (*p < 0x20 || *p == 0x7F) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "field \"%s\": a control character (U+%04X) in a name", field, *p);
            return FALSE;
        }
    }
    return TRUE;
}

/* The same for @value read from @f: passed over when the reader knows
 * the string holds no control character. */
static inline gboolean
name_field_of(GError **error, const char *field, const Field *f, const char *value)
{
    if (f->kind == FIELD_STRING && f->clean)
        return TRUE;
    return name_field(error, field, value);
}

/* A string member: required (missing is an error), nullable or not; *@out
 * is the field's own string, valid while the record is read (for the
 * members read and dropped: type, modality, as_of). */
static gboolean
read_text(const Field *f, const char *field, gboolean required, gboolean nullable,
          const char **out, GError **error)
{
    if (f->kind == FIELD_ABSENT) {
        if (required)
            return missing_field(error, field);
        return TRUE;
    }
    if (f->kind == FIELD_NULL) {
        if (!nullable)
            return bad_field(error, field, "a string", f);
        return TRUE;
    }
    if (f->kind != FIELD_STRING)
        return bad_field(error, field, nullable ? "a string or null" : "a string", f);
    if (!utf8_field(error, field, f))
        return FALSE;
    *out = f->s;
    return TRUE;
}

/* A string member into the record: a copy of its own, or with @borrow the
 * field's string itself (the line's strings then live as long as the
 * record: cc_claim_from_json_line_in()). */
static gboolean
read_string(const Field *f, const char *field, gboolean required, gboolean nullable, char **out,
            gboolean borrow, GError **error)
{
    const char *s = NULL;
    if (!read_text(f, field, required, nullable, &s, error))
        return FALSE;
    if (s == NULL)
        return TRUE;
    if (!borrow) {
        g_free(*out);
        s = g_strdup(s);
    }
    *out = (char *)s;
    return TRUE;
}

static gboolean
read_offset(const Field *f, const char *parent, const char *field, gboolean required, gint64 max,
            gint64 min, gint64 *out, GError **error)
{
    /* The field's name for messages, made only for one (six of these a
     * record: printf here was a tenth of reading it). */
#define NAME (name = parent != NULL ? g_strdup_printf("%s.%s", parent, field) : g_strdup(field))
    g_autofree char *name = NULL;
    if (f->kind == FIELD_ABSENT) {
        if (required)
            return missing_field(error, NAME);
        return TRUE;
    }
    if (f->kind != FIELD_INT)
        return bad_field(error, NAME, "an integer", f);
    if (f->i < min || f->i > max) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "field \"%s\": %" G_GINT64_FORMAT
                    " is out of range", NAME, f->i);
        return FALSE;
    }
    *out = f->i;
    return TRUE;
#undef NAME
}

static gboolean
read_bound(const Field *f, const char *field, CcValueKind kind, gboolean *has, double *x,
           GError **error)
{
#define NAME (name = g_strdup_printf("value.%s", field))
    g_autofree char *name = NULL;
    if (f->kind == FIELD_ABSENT)
        return missing_field(error, NAME);
    if (f->kind == FIELD_NULL) {
        *has = FALSE;
        return TRUE;
    }
    if (kind == CC_VALUE_DATE) {
        guint32 day;
        if (f->kind != FIELD_STRING)
            return bad_field(error, NAME, "an ISO date (YYYY-MM-DD) or null", f);
        if (!cc_day_from_iso(f->s, &day)) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "field \"%s\": \"%s\" is not a date (YYYY-MM-DD)", NAME, f->s);
            return FALSE;
        }
        *x = day;
    } else {
        if (!is_number(f))
            return bad_field(error, NAME, "a number or null", f);
        *x = f->d;
        if (!isfinite(*x)) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "field \"%s\": not a finite number",
                        NAME);
            return FALSE;
        }
    }
    *has = TRUE;
    return TRUE;
#undef NAME
}

static gboolean
read_flag(const Field *f, const char *name, gboolean *out, GError **error)
{
    if (f->kind == FIELD_ABSENT)
        return TRUE;
    if (f->kind != FIELD_BOOL)
        return bad_field(error, name, "true or false", f);
    *out = f->b;
    return TRUE;
}

/* One end of value.stated: a number, or null where the value's end is
 * open. */
static gboolean
read_stated_bound(const Field *f, const char *field, gboolean has, double *x, const char *full,
                  GError **error)
{
    g_autofree char *name = full ? g_strdup(full) : g_strdup_printf("value.stated.%s", field);
    if (f->kind == FIELD_ABSENT)
        return missing_field(error, name);
    if (!has) {
        if (f->kind != FIELD_NULL)
            return bad_field(error, name, "null where the value's end is open", f);
        *x = 0;
        return TRUE;
    }
    if (!is_number(f))
        return bad_field(error, name, "a number", f);
    *x = f->d;
    if (!isfinite(*x)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "field \"%s\": not a finite number", name);
        return FALSE;
    }
    return TRUE;
}

/* value.stated: the figure and unit as the text wrote them ("5 km"), when
 * a unit was read. Absent or null: none. */
static gboolean
read_stated(const Field *fields, CcValue *v, GError **error)
{
    v->orig_low = v->orig_high = 0;
    v->orig_unit = NULL;
    const Field *node = &fields[F_V_STATED];
    if (node->kind == FIELD_ABSENT || node->kind == FIELD_NULL)
        return TRUE;
    if (v->kind != CC_VALUE_NUMBER)
        return bad_field(error, "value.stated", "null for a date", node);
    if (node->kind != FIELD_OBJECT)
        return bad_field(error, "value.stated", "an object or null", node);
    const Field *unit = &fields[F_ST_UNIT];
    if (unit->kind == FIELD_ABSENT)
        return missing_field(error, "value.stated.unit");
    if (unit->kind != FIELD_STRING)
        return bad_field(error, "value.stated.unit", "a string", unit);
    if (!utf8_field(error, "value.stated.unit", unit))
        return FALSE;
    if (!read_stated_bound(&fields[F_ST_LOW], "low", v->has_low, &v->orig_low, NULL, error)
        || !read_stated_bound(&fields[F_ST_HIGH], "high", v->has_high, &v->orig_high, NULL,
                              error))
        return FALSE;
    v->orig_from = v->from;
    if (v->has_from && fields[F_ST_FROM].kind != FIELD_ABSENT
        && !read_stated_bound(&fields[F_ST_FROM], "from", TRUE, &v->orig_from, NULL, error))
        return FALSE;
    if (v->has_low && v->has_high && v->orig_low > v->orig_high) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "field \"value.stated\": low is greater than high");
        return FALSE;
    }
    v->orig_unit = intern_unit(unit->s);
    return TRUE;
}

static gboolean
read_value(const Field *fields, CcClaim *claim, GError **error)
{
    const Field *node = &fields[F_VALUE];
    if (claim->type == CC_CLAIM_EVENT) {
        if (node->kind != FIELD_ABSENT && node->kind != FIELD_NULL)
            return bad_field(error, "value", "null for an event", node);
        memset(&claim->value, 0, sizeof claim->value);
        claim->value.kind = CC_VALUE_NONE;
        return TRUE;
    }
    if (node->kind == FIELD_ABSENT)
        return missing_field(error, "value");
    if (node->kind != FIELD_OBJECT)
        return bad_field(error, "value", "an object", node);
    CcValue *v = &claim->value;
    memset(v, 0, sizeof *v);
    v->kind = claim->type == CC_CLAIM_DATE ? CC_VALUE_DATE : CC_VALUE_NUMBER;
    if (!read_bound(&fields[F_V_LOW], "low", v->kind, &v->has_low, &v->low, error)
        || !read_bound(&fields[F_V_HIGH], "high", v->kind, &v->has_high, &v->high, error))
        return FALSE;
    if (v->has_low && v->has_high && v->low > v->high) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "field \"value\": low is greater than high");
        return FALSE;
    }
    const Field *unit = &fields[F_V_UNIT];
    if (unit->kind != FIELD_ABSENT && unit->kind != FIELD_NULL && unit->kind != FIELD_STRING)
        return bad_field(error, "value.unit", "a string or null", unit);
    if (unit->kind == FIELD_STRING && !utf8_field(error, "value.unit", unit))
        return FALSE;
    v->unit = unit->kind == FIELD_STRING ? intern_unit(unit->s) : NULL;
    if (!read_flag(&fields[F_V_APPROX], "value.approx", &v->approx, error)
        || !read_flag(&fields[F_V_VAGUE], "value.vague", &v->vague, error)
        || !read_flag(&fields[F_V_DERIVED], "value.derived", &v->derived, error)
        || !read_flag(&fields[F_V_LOW_STRICT], "value.low_strict", &v->low_strict, error)
        || !read_flag(&fields[F_V_HIGH_STRICT], "value.high_strict", &v->high_strict, error))
        return FALSE;
    if (!v->has_low)
        v->low_strict = FALSE;
    if (!v->has_high)
        v->high_strict = FALSE;
    const Field *from = &fields[F_V_FROM];
    v->has_from = from->kind != FIELD_ABSENT && from->kind != FIELD_NULL;
    if (v->has_from && !read_stated_bound(from, "from", TRUE, &v->from, "value.from", error))
        return FALSE;
    if (v->has_from && v->kind != CC_VALUE_NUMBER)
        return bad_field(error, "value.from", "null for a date", from);
    const Field *share = &fields[F_V_SHARE];
    v->has_share = share->kind != FIELD_ABSENT && share->kind != FIELD_NULL;
    if (v->has_share) {
        if (v->kind != CC_VALUE_NUMBER)
            return bad_field(error, "value.share", "null for a date", share);
        if (share->kind != FIELD_OBJECT)
            return bad_field(error, "value.share", "an object", share);
        if (!read_stated_bound(&fields[F_SH_LOW], "low", TRUE, &v->share_low, "value.share.low",
                               error)
            || !read_stated_bound(&fields[F_SH_HIGH], "high", TRUE, &v->share_high,
                                  "value.share.high", error)
            || !read_stated_bound(&fields[F_SH_OF_LOW], "of_low", TRUE, &v->share_of_low,
                                  "value.share.of_low", error)
            || !read_stated_bound(&fields[F_SH_OF_HIGH], "of_high", TRUE, &v->share_of_high,
                                  "value.share.of_high", error))
            return FALSE;
    }
    const Field *product = &fields[F_V_PRODUCT];
    v->has_product = product->kind != FIELD_ABSENT && product->kind != FIELD_NULL;
    if (v->has_product) {
        if (v->kind != CC_VALUE_NUMBER)
            return bad_field(error, "value.product", "null for a date", product);
        if (product->kind != FIELD_OBJECT)
            return bad_field(error, "value.product", "an object", product);
        if (!read_stated_bound(&fields[F_PR_FACTOR], "factor", TRUE, &v->product_factor,
                               "value.product.factor", error)
            || !read_stated_bound(&fields[F_PR_OF_LOW], "of_low", TRUE, &v->product_of_low,
                                  "value.product.of_low", error)
            || !read_stated_bound(&fields[F_PR_OF_HIGH], "of_high", TRUE, &v->product_of_high,
                                  "value.product.of_high", error))
            return FALSE;
    }
    return read_stated(fields, v, error);
}

/* Reads @fields into @claim. With @spill, the claim's strings are the
 * fields' own (read_string()'s borrow), and a key made from the triple is
 * written at *@spill, which is moved past it: the caller keeps room there
 * for the subject, predicate and object, two slashes and a NUL. */
static gboolean
claim_read_fields(const Field *fields, CcClaim *claim, char **spill, GError **error)
{
    const char *type = NULL;
    const char *modality = NULL;
    const char *as_of = NULL;
    const gboolean borrow = spill != NULL;

    if (!read_string(&fields[F_ID], "id", TRUE, FALSE, &claim->id, borrow, error)
        || !read_string(&fields[F_SOURCE], "source", TRUE, FALSE, &claim->source, borrow, error)
        || !read_string(&fields[F_FILE], "file", FALSE, TRUE, &claim->file, borrow, error)
        || !read_string(&fields[F_RULE], "rule", FALSE, TRUE, &claim->rule, borrow, error)
        || !read_text(&fields[F_TYPE], "type", TRUE, FALSE, &type, error))
        return FALSE;
    if (!claim_type_from_string(type, &claim->type)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "field \"type\": \"%s\" is not one of quantity, date, event", type);
        return FALSE;
    }
    if (!read_string(&fields[F_SUBJECT], "subject", TRUE, TRUE, &claim->subject, borrow, error)
        || !read_string(&fields[F_PREDICATE], "predicate", TRUE, FALSE, &claim->predicate, borrow, error)
        || !read_string(&fields[F_OBJECT], "object", FALSE, TRUE, &claim->object, borrow, error)
        || !read_string(&fields[F_KEY], "key", FALSE, TRUE, &claim->key, borrow, error)
        || !name_field_of(error, "subject", &fields[F_SUBJECT], claim->subject)
        || !name_field_of(error, "predicate", &fields[F_PREDICATE], claim->predicate)
        || !name_field_of(error, "object", &fields[F_OBJECT], claim->object)
        || !name_field_of(error, "key", &fields[F_KEY], claim->key))
        return FALSE;
    /* A record without a key member gets the one its triple implies. */
    if (fields[F_KEY].kind == FIELD_ABSENT && strcmp(claim->predicate, "value") != 0
        && claim->subject != NULL) {
        if (borrow) {
            char *p = *spill;
            claim->key = p;
            p = g_stpcpy(p, claim->subject);
            *p++ = '/';
            p = g_stpcpy(p, claim->predicate);
            if (claim->object != NULL) {
                *p++ = '/';
                p = g_stpcpy(p, claim->object);
            }
            *spill = p + 1;
        } else {
            claim->key = claim->object != NULL
                             ? g_strdup_printf("%s/%s/%s", claim->subject, claim->predicate,
                                               claim->object)
                             : g_strdup_printf("%s/%s", claim->subject, claim->predicate);
        }
    }
    if (!read_value(fields, claim, error)
        || !read_string(&fields[F_TEXT], "text", FALSE, TRUE, &claim->text, borrow, error))
        return FALSE;

    const Field *span = &fields[F_SPAN];
    if (span->kind == FIELD_ABSENT)
        return missing_field(error, "span");
    if (span->kind != FIELD_OBJECT)
        return bad_field(error, "span", "an object", span);
    gint64 start = 0, end = 0, line = 0, column = 0;
    if (!read_offset(&fields[F_SP_START], "span", "start", TRUE, G_MAXINT64, 0, &start, error)
        || !read_offset(&fields[F_SP_END], "span", "end", TRUE, G_MAXINT64, 0, &end, error)
        || !read_offset(&fields[F_SP_LINE], "span", "line", TRUE, G_MAXUINT32, 1, &line, error)
        || !read_offset(&fields[F_SP_COLUMN], "span", "column", TRUE, G_MAXUINT32, 1, &column,
                        error))
        return FALSE;
    if (end < start) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "field \"span\": end before start");
        return FALSE;
    }
    claim->span_start = (gsize)start;
    claim->span_end = (gsize)end;
    claim->line = (guint)line;
    claim->column = (guint)column;

    const Field *sentence = &fields[F_SENTENCE];
    if (sentence->kind != FIELD_ABSENT && sentence->kind != FIELD_NULL) {
        if (sentence->kind != FIELD_OBJECT)
            return bad_field(error, "sentence", "an object or null", sentence);
        gint64 s0 = (gint64)claim->span_start, s1 = (gint64)claim->span_end;
        if (!read_offset(&fields[F_SE_START], "sentence", "start", TRUE, G_MAXINT64, 0, &s0,
                         error)
            || !read_offset(&fields[F_SE_END], "sentence", "end", TRUE, G_MAXINT64, 0, &s1,
                            error))
            return FALSE;
        claim->sentence_start = (gsize)s0;
        claim->sentence_end = (gsize)s1;
    } else {
        claim->sentence_start = claim->span_start;
        claim->sentence_end = claim->span_end;
    }

    if (!read_text(&fields[F_MODALITY], "modality", TRUE, FALSE, &modality, error))
        return FALSE;
    if (!cc_modality_from_string(modality, &claim->modality)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "field \"modality\": \"%s\" is not one of asserted, reported, hedged, "
                    "hypothetical, negated, disputed",
                    modality);
        return FALSE;
    }
    if (!read_string(&fields[F_ATTRIBUTION], "attribution", FALSE, TRUE, &claim->attribution,
                     borrow, error)
        || !read_text(&fields[F_AS_OF], "as_of", FALSE, TRUE, &as_of, error))
        return FALSE;
    if (as_of != NULL && !cc_day_from_iso(as_of, &claim->as_of)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "field \"as_of\": \"%s\" is not a date (YYYY-MM-DD)", as_of);
        return FALSE;
    }
    const char *as_of_end = NULL;
    if (!read_text(&fields[F_AS_OF_END], "as_of_end", FALSE, TRUE, &as_of_end, error))
        return FALSE;
    if (as_of_end != NULL
        && (!cc_day_from_iso(as_of_end, &claim->as_of_end) || claim->as_of_end < claim->as_of)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "field \"as_of_end\": \"%s\" is not a date (YYYY-MM-DD) on or after \"as_of\"",
                    as_of_end);
        return FALSE;
    }
    if (!read_string(&fields[F_SCOPE], "scope", FALSE, TRUE, &claim->scope, borrow, error)
        || !name_field_of(error, "scope", &fields[F_SCOPE], claim->scope))
        return FALSE;

    if (!read_flag(&fields[F_TOLERANCE_ABS], "tolerance_abs", &claim->tolerance_abs, error))
        return FALSE;
    /* Bounded so that widening a value by it stays a number: a tolerance of
     * 1.7e308, doubled for an approximate value, would make 0 × ∞. */
    const Field *tol = &fields[F_TOLERANCE];
    if (tol->kind != FIELD_ABSENT) {
        if (!is_number(tol) || tol->d < 0 || !isfinite(tol->d))
            return bad_field(error, "tolerance", "a non-negative number", tol);
        double max = claim->tolerance_abs ? CC_CLAIM_MAX_TOLERANCE_ABS : CC_CLAIM_MAX_TOLERANCE;
        if (tol->d > max) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "field \"tolerance\": %g is out of range (at most %g %s)", tol->d, max,
                        claim->tolerance_abs ? "with tolerance_abs" : "as a fraction, 1000%");
            return FALSE;
        }
        claim->tolerance = tol->d;
    }
    gint64 window = 0;
    if (!read_offset(&fields[F_WINDOW], NULL, "window", FALSE, G_MAXUINT32, 0, &window, error)
        || !read_flag(&fields[F_CUMULATIVE], "cumulative", &claim->cumulative, error))
        return FALSE;
    claim->window_days = (guint)window;
    return TRUE;
}

/* The record a whole JSON value makes: @root is what the value is, @fields
 * its members. With @into (zeroed, in an arena), the record is read there,
 * its strings borrowed from the fields (claim_read_fields()'s @spill). */
static CcClaim *
claim_from_fields(FieldKind root, const Field *fields, CcClaim *into, char **spill,
                  GError **error)
{
    if (root != FIELD_OBJECT) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "a record must be a JSON object, got %s",
                    kind_name(root));
        return NULL;
    }
    if (into != NULL) {
        into->type = CC_CLAIM_QUANTITY;
        into->value.kind = CC_VALUE_NUMBER;
        return claim_read_fields(fields, into, spill, error) ? into : NULL;
    }
    g_autoptr(CcClaim) claim = cc_claim_new();
    if (!claim_read_fields(fields, claim, NULL, error))
        return NULL;
    return g_steal_pointer(&claim);
}

CcClaim *
cc_claim_from_json(JsonNode *node, GError **error)
{
    g_return_val_if_fail(error == NULL || *error == NULL, NULL);
    Field fields[N_FIELDS] = {{0}};
    FieldKind root = FIELD_NULL;
    if (node != NULL && JSON_NODE_HOLDS_OBJECT(node)) {
        root = FIELD_OBJECT;
        fields_from_object(fields, FIELD_TOP, json_node_get_object(node));
    } else if (node != NULL) {
        field_from_node(fields, F_ID, node); /* only to name what it is */
        root = fields[F_ID].kind;
    }
    return claim_from_fields(root, fields, NULL, NULL, error);
}

/* ---- a line, read by yajl's event parser ------------------------------- */

/* A line's record is read as yajl's events arrive, straight into the
 * fields above: no tree is built (json-glib's parser and tree were nine
 * tenths of reading a record). */
typedef struct {
    Field fields[N_FIELDS];
    FieldKind root;                    /* what the line holds, FIELD_ABSENT before its value */
    int levels[CC_JSON_MAX_DEPTH];     /* the object each open level is: a field, TOP or SKIP */
    int hints[CC_JSON_MAX_DEPTH];      /* per level, the member after the last one found */
    guint depth;
    int member;    /* the field the next value is, or FIELD_SKIP */
    char *strings; /* the strings read, each NUL-terminated */
    gsize used, cap;
    /* The line holds no "\u" escape: its strings are valid UTF-8 as the
     * line is (simdjson's reading, or check_line_bytes()), since only a \u
     * escape (a lone surrogate) can make a byte that is no character. */
    gboolean plain;
    /* Read by simdjson, and the line holds no backslash and no DEL: its
     * strings hold no control character, since simdjson refuses one
     * unescaped in a string, and only an escape makes one. */
    gboolean clean;
} LineRead;

/* The field a value read now is (NULL: none), marked as @kind. */
static Field *
value_field(LineRead *r, FieldKind kind)
{
    if (r->depth == 0) {
        r->root = kind;
        return NULL;
    }
    if (r->levels[r->depth - 1] == FIELD_SKIP || r->member == FIELD_SKIP)
        return NULL;
    Field *f = &r->fields[r->member];
    f->kind = kind;
    return f;
}

static int
on_null(void *ctx)
{
    value_field(ctx, FIELD_NULL);
    return 1;
}

static int
on_boolean(void *ctx, int b)
{
    Field *f = value_field(ctx, FIELD_BOOL);
    if (f != NULL)
        f->b = b != 0;
    return 1;
}

/* A number as json-glib reads one: an integer (G_TYPE_INT64) unless it has
 * a fraction or an exponent. yajl has checked its grammar. */
static int
on_number(void *ctx, const char *s, size_t len)
{
    gboolean integer = memchr(s, '.', len) == NULL && memchr(s, 'e', len) == NULL
                       && memchr(s, 'E', len) == NULL;
    Field *f = value_field(ctx, integer ? FIELD_INT : FIELD_DOUBLE);
    if (f == NULL)
        return 1;
    gsize digits = len - (s[0] == '-');
    if (integer && digits <= 18) {
        gint64 x = 0;
        for (gsize i = s[0] == '-'; i < len; i++)
            x = x * 10 + (s[i] - '0');
        f->i = s[0] == '-' ? -x : x;
        f->d = (double)f->i;
        return 1;
    }
    char small[64];
    g_autofree char *big = len < sizeof small ? NULL : g_strndup(s, len);
    char *text = big;
    if (big == NULL) {
        memcpy(small, s, len);
        small[len] = '\0';
        text = small;
    }
    if (integer) {
        /* past the range of 64 bits: the nearest end, which every
         * integer field refuses as out of range */
        f->i = g_ascii_strtoll(text, NULL, 10);
        f->d = (double)f->i;
    } else {
        f->d = g_ascii_strtod(text, NULL);
    }
    return 1;
}

static int
on_string(void *ctx, const unsigned char *s, size_t len)
{
    LineRead *r = ctx;
    /* Only a \u escape makes a NUL (simdjson or check_line_bytes() refused
     * the byte). */
    if (!r->plain && memchr(s, '\0', len) != NULL)
        return 0; /* "\u0000": check_line_scan() says where */
    Field *f = value_field(r, FIELD_STRING);
    if (f == NULL)
        return 1;
    /* A string's characters are never more than its JSON between the
     * quotes, so the line's length holds them all. */
    if (r->used + len + 1 > r->cap)
        return 0;
    char *copy = r->strings + r->used;
    memcpy(copy, s, len);
    copy[len] = '\0';
    r->used += len + 1;
    f->s = copy;
    f->utf8 = r->plain;
    f->clean = r->clean;
    return 1;
}

static int
open_level(LineRead *r, int level)
{
    if (r->depth == CC_JSON_MAX_DEPTH)
        return 0; /* too deep: check_line_scan() says where */
    int first = FIELD_SKIP, last;
    field_members(level, &first, &last);
    r->hints[r->depth] = first;
    r->levels[r->depth++] = level;
    r->member = FIELD_SKIP;
    return 1;
}

static int
on_start_map(void *ctx)
{
    LineRead *r = ctx;
    if (r->depth == 0) {
        r->root = FIELD_OBJECT;
        return open_level(r, FIELD_TOP);
    }
    int member = r->member;
    if (value_field(r, FIELD_OBJECT) == NULL)
        return open_level(r, FIELD_SKIP);
    field_clear_members(r->fields, member);
    return open_level(r, member);
}

/* The member tried first after @f is found: the next of its object, none
 * (FIELD_SKIP) after the last of its object. */
static inline int
member_after(int f)
{
    const guint64 lasts = (G_GUINT64_CONSTANT(1) << F_CUMULATIVE)
                          | (G_GUINT64_CONSTANT(1) << F_V_STATED)
                          | (G_GUINT64_CONSTANT(1) << F_SH_OF_HIGH)
                          | (G_GUINT64_CONSTANT(1) << F_PR_OF_HIGH)
                          | (G_GUINT64_CONSTANT(1) << F_ST_UNIT)
                          | (G_GUINT64_CONSTANT(1) << F_SP_COLUMN)
                          | (G_GUINT64_CONSTANT(1) << F_SE_END);
    G_STATIC_ASSERT(N_FIELDS <= 64);
    return (lasts >> f) & 1 ? FIELD_SKIP : f + 1;
}

/* A member name that is not the one expected: looked for among its
 * object's, or passed over. */
static G_GNUC_NO_INLINE int
find_member(LineRead *r, const unsigned char *key, size_t len)
{
    int level = r->levels[r->depth - 1];
    int f = level == FIELD_SKIP ? FIELD_SKIP
                                : field_find(level, r->hints[r->depth - 1], (const char *)key, len);
    r->member = f;
    if (f != FIELD_SKIP)
        r->hints[r->depth - 1] = member_after(f);
    return 1;
}

static G_GNUC_NO_INLINE int
map_key_slow(LineRead *r, const unsigned char *key, size_t len)
{
    if (!r->plain && memchr(key, '\0', len) != NULL)
        return 0; /* as in on_string() */
    /* A line as claimcheck writes it gives the members in the table's
     * order: the one after the last found is tried first, with no call
     * and no look at the table of objects (a member of an object no
     * record has is never expected: its level's hint is FIELD_SKIP). */
    int *hint = &r->hints[r->depth - 1], f = *hint;
    if (f >= 0 && field_names[f].len == len
        && same_bytes(field_names[f].name, (const char *)key, len)) {
        r->member = f;
        *hint = member_after(f);
        return 1;
    }
    return find_member(r, key, len);
}

/* A member's name: the one expected next, compared at once when the line
 * can hold no NUL in a name and the name is at most sixteen bytes (every
 * record's is), with no call and no frame; anything else as above. */
static int
on_map_key(void *ctx, const unsigned char *key, size_t len)
{
    LineRead *r = ctx;
    const int f = r->hints[r->depth - 1];
    if (r->plain && f >= 0 && field_names[f].len == len && len > 0 && len <= 16) {
        const char *name = field_names[f].name, *k = (const char *)key;
        gboolean same;
        if (len >= 8) {
            guint64 a0, b0, a1, b1;
            memcpy(&a0, name, 8);
            memcpy(&b0, k, 8);
            memcpy(&a1, name + len - 8, 8);
            memcpy(&b1, k + len - 8, 8);
            same = ((a0 ^ b0) | (a1 ^ b1)) == 0;
        } else if (len >= 4) {
            guint32 a0, b0, a1, b1;
            memcpy(&a0, name, 4);
            memcpy(&b0, k, 4);
            memcpy(&a1, name + len - 4, 4);
            memcpy(&b1, k + len - 4, 4);
            same = ((a0 ^ b0) | (a1 ^ b1)) == 0;
        } else {
            /* bytes 0, len / 2 and len - 1 are every byte of 1 to 3 */
            same = name[0] == k[0] && name[len / 2] == k[len / 2] && name[len - 1] == k[len - 1];
        }
        if (same) {
            r->member = f;
            r->hints[r->depth - 1] = member_after(f);
            return 1;
        }
    }
    return map_key_slow(r, key, len);
}

static int
on_start_array(void *ctx)
{
    LineRead *r = ctx;
    value_field(r, FIELD_ARRAY);
    return open_level(r, FIELD_SKIP);
}

static int
on_end(void *ctx)
{
    LineRead *r = ctx;
    r->depth--;
    return 1;
}

/* The same events from simdjson (json_events.cc), numbers already read. */
static int
on_integer(void *ctx, int64_t i)
{
    Field *f = value_field(ctx, FIELD_INT);
    if (f != NULL) {
        f->i = i;
        f->d = (double)i;
    }
    return 1;
}

static int
on_double(void *ctx, double d)
{
    Field *f = value_field(ctx, FIELD_DOUBLE);
    if (f != NULL)
        f->d = d;
    return 1;
}

static const CcJsonEvents line_events = {
    .null = on_null,
    .boolean = on_boolean,
    .integer = on_integer,
    .number = on_double,
    .string = on_string,
    .start_map = on_start_map,
    .map_key = on_map_key,
    .end_map = on_end,
    .start_array = on_start_array,
    .end_array = on_end,
};

static const yajl_callbacks line_callbacks = {
    .yajl_null = on_null,
    .yajl_boolean = on_boolean,
    .yajl_number = on_number,
    .yajl_string = on_string,
    .yajl_start_map = on_start_map,
    .yajl_map_key = on_map_key,
    .yajl_end_map = on_end,
    .yajl_start_array = on_start_array,
    .yajl_end_array = on_end,
};

/* yajl says "lexical error: what.\n" or "parse error: what\n"; keep the
 * what. */
static char *
yajl_what(yajl_handle h, const char *text, gsize len)
{
    unsigned char *said = yajl_get_error(h, 0, (const unsigned char *)text, len);
    const char *what = (const char *)said;
    const char *colon = strstr(what, "error: ");
    if (colon != NULL)
        what = colon + strlen("error: ");
    gsize n = strlen(what);
    while (n > 0 && (what[n - 1] == '\n' || what[n - 1] == '.' || what[n - 1] == ' '))
        n--;
    char *copy = g_strndup(what, n);
    yajl_free_error(h, said);
    return copy;
}

static char *
read_all(const char *path, gsize *len, GError **error)
{
    if (strcmp(path, "-") != 0) {
        char *data = NULL;
        g_autoptr(GError) local = NULL;
        if (!g_file_get_contents(path, &data, len, &local)) {
            g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: %s", path, local->message);
            return NULL;
        }
        return data;
    }
    GString *buf = g_string_new(NULL);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
        g_string_append_len(buf, chunk, (gssize)n);
    if (ferror(stdin)) {
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "-: cannot read standard input: %s",
                    g_strerror(errno));
        g_string_free(buf, TRUE);
        return NULL;
    }
    *len = buf->len;
    return g_string_free(buf, FALSE);
}

/* ---- scanning a line before it is parsed ------------------------------ */

/* The members the scan is in, one per level (an array's level keeps its
 * parent's name out of the path). */
typedef struct {
    const char *name; /* the raw member name in the line, NULL for an array */
    gsize len;
} ScanLevel;

static char *
scan_field(const ScanLevel *levels, guint depth)
{
    GString *path = NULL;
    for (guint d = 0; d < depth; d++) {
        if (levels[d].name == NULL)
            continue;
        if (path == NULL)
            path = g_string_new(NULL);
        else
            g_string_append_c(path, '.');
        g_string_append_len(path, levels[d].name, (gssize)levels[d].len);
    }
    return path != NULL ? g_string_free(path, FALSE) : NULL;
}

CcJsonLineFault
cc_json_line_scan(const char *text, gsize len, gsize *offset, char **field)
{
    g_return_val_if_fail(text != NULL && offset != NULL && field != NULL, CC_JSON_LINE_OK);
    *field = NULL;
    ScanLevel levels[CC_JSON_MAX_DEPTH] = {{0}};
    guint depth = 0;
    const char *last_string = NULL; /* the string just closed, a member name if ':' follows */
    gsize last_len = 0;
    for (gsize i = 0; i < len; i++) {
        char c = text[i];
        if (c == '"') {
            gsize start = ++i;
            while (i < len && text[i] != '"') {
                if (text[i] == '\\' && i + 1 < len) {
                    if (text[i + 1] == 'u' && i + 5 < len && memcmp(text + i + 2, "0000", 4) == 0) {
                        *offset = i;
                        *field = scan_field(levels, depth);
                        return CC_JSON_LINE_NUL;
                    }
                    i++;
                }
                i++;
            }
            last_string = text + start;
            last_len = i - start;
            continue;
        }
        if (c == ':' && last_string != NULL && depth > 0) {
            levels[depth - 1].name = last_string;
            levels[depth - 1].len = last_len;
        } else if (c == '[' || c == '{') {
            if (depth == CC_JSON_MAX_DEPTH) {
                *offset = i;
                return CC_JSON_LINE_TOO_DEEP;
            }
            levels[depth].name = NULL;
            levels[depth].len = 0;
            depth++;
        } else if ((c == ']' || c == '}') && depth > 0) {
            depth--;
        } else if (c == ',' && depth > 0) {
            levels[depth - 1].name = NULL;
        }
        if (!g_ascii_isspace(c))
            last_string = NULL;
    }
    return CC_JSON_LINE_OK;
}

/* Is text[0, len) ASCII? Eight bytes at a time: most record lines are,
 * and need no UTF-8 decoding. */
static gboolean
is_ascii(const char *text, gsize len)
{
    gsize i = 0;
    for (; i + 8 <= len; i += 8) {
        guint64 w;
        memcpy(&w, text + i, 8);
        if (w & G_GUINT64_CONSTANT(0x8080808080808080))
            return FALSE;
    }
    for (; i < len; i++)
        if ((unsigned char)text[i] & 0x80)
            return FALSE;
    return TRUE;
}

/* Refuses a NUL byte by its name rather than as invalid UTF-8, and invalid
 * UTF-8. */
static gboolean
check_line_bytes(const char *text, gsize len, const char *name, guint line, guint column,
                 GError **error)
{
    const char *nul = memchr(text, '\0', len);
    gsize valid = nul != NULL ? (gsize)(nul - text) : len;
    const char *bad = NULL;
    if (!is_ascii(text, valid) && !g_utf8_validate(text, (gssize)valid, &bad)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s:%u:%u: invalid UTF-8", name, line,
                    column + cc_utf8_count_chars(text, (gsize)(bad - text)));
        return FALSE;
    }
    if (nul != NULL) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s:%u:%u: a NUL byte; a record is a line of JSON text, not binary data",
                    name, line, column + cc_utf8_count_chars(text, valid));
        return FALSE;
    }
    return TRUE;
}

/* Refuses what cc_json_line_scan() finds: nesting past any record's shape
 * and a "\u0000" escape (which would cut a string short), each said the
 * same wherever it is. The reader stops at either (its levels end, a
 * string with a NUL is refused), and only then is the line scanned, so that
 * these come before any other fault of the line, as when every line was
 * scanned first. */
static gboolean
check_line_scan(const char *text, gsize len, const char *name, guint line, guint column,
                GError **error)
{
    gsize at = 0;
    g_autofree char *field = NULL;
    switch (cc_json_line_scan(text, len, &at, &field)) {
    case CC_JSON_LINE_OK:
        return TRUE;
    case CC_JSON_LINE_TOO_DEEP:
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s:%u:%u: JSON nested deeper than %d levels; a record nests two", name,
                    line, column + cc_utf8_count_chars(text, at), CC_JSON_MAX_DEPTH);
        return FALSE;
    case CC_JSON_LINE_NUL:
        if (field != NULL)
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "%s:%u:%u: field \"%s\": holds a NUL character (\\u0000)", name, line,
                        column + cc_utf8_count_chars(text, at), field);
        else
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "%s:%u:%u: a NUL character (\\u0000) in a member name", name, line,
                        column + cc_utf8_count_chars(text, at));
        return FALSE;
    }
    return TRUE;
}

/* The record of a line read without fault as JSON. */
static CcClaim *
parse_done(const LineRead *r, const char *text, gsize len, const char *name, guint line,
           guint column, CcClaim *into, char **spill, GError **error)
{
    g_autoptr(GError) local = NULL;
    CcClaim *claim = claim_from_fields(r->root, r->fields, into, spill, &local);
    if (claim == NULL) {
        gsize skip = 0;
        while (skip < len && g_ascii_isspace(text[skip]))
            skip++;
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s:%u:%u: %s", name, line,
                    column + cc_utf8_count_chars(text, skip), local->message);
    }
    return claim;
}

static void
line_read_init(LineRead *r, char *strings, gsize cap, gboolean plain)
{
    memset(r, 0, sizeof *r);
    r->root = FIELD_ABSENT;
    r->strings = strings;
    r->cap = cap;
    r->plain = plain;
}

/* Whether @text holds no backslash followed by 'u' (a "\\u" counts too:
 * it is only a look for a shortcut). */
static gboolean
no_unicode_escape(const char *text, gsize len)
{
    const char *p = text, *end = text + len;
    while ((p = memchr(p, '\\', (gsize)(end - p))) != NULL) {
        if (p + 1 < end && p[1] == 'u')
            return FALSE;
        p++;
    }
    return TRUE;
}

/* The longest line simdjson reads: its parser keeps room for the longest
 * line it has read (several times the line) while the thread lives, and a
 * record's line is a few hundred bytes; yajl streams a longer one. */
#define FAST_LINE_MAX ((gsize)1 << 20)

/* A record's line: an object, whatever space before it. */
static gboolean
opens_object(const char *text, gsize len)
{
    gsize i = 0;
    while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        i++;
    return i < len && text[i] == '{';
}

/* Records read into an arena: blocks of memory, each record's struct
 * followed by its strings, freed all at once. The first block is 1 MiB,
 * each next one twice the last, up to 32 MiB; a block of 2 MiB or more
 * lies on a 2 MiB boundary and asks the kernel for huge pages where it
 * has them (Linux's transparent huge pages, on request): a comparison's
 * report visits the records in another order than they were read, three
 * times, and with 4 KiB pages nearly every visit of 200,000 records
 * missed the TLB. Memory is taken as it is written. */
#define ARENA_BLOCK ((gsize)1 << 20)
#define ARENA_BLOCK_MAX ((gsize)32 << 20)
#define ARENA_HUGE ((gsize)2 << 20)

void *
cc_block_new(gsize size)
{
    void *block = NULL;
    if (posix_memalign(&block, size >= ARENA_HUGE ? ARENA_HUGE : 16, size) != 0)
        g_error("%s: failed to allocate %" G_GSIZE_FORMAT " bytes", G_STRLOC, size);
#if defined(MADV_HUGEPAGE)
    if (size >= ARENA_HUGE) /* a wish: nothing changes without it */
        (void)madvise(block, size, MADV_HUGEPAGE);
#endif
    return block;
}

struct _CcClaimArena {
    GPtrArray *blocks; /* char *, posix_memalign's */
    gsize next;        /* the size of the next block */
    char *at;          /* the free part of the last block: [at, end) */
    char *end;
};

CcClaimArena *
cc_claim_arena_new(void)
{
    CcClaimArena *a = g_new0(CcClaimArena, 1);
    a->blocks = g_ptr_array_new_with_free_func(free); /* posix_memalign's */
    return a;
}

void
cc_claim_arena_free(CcClaimArena *a)
{
    if (a == NULL)
        return;
    g_ptr_array_unref(a->blocks);
    g_free(a);
}

void
cc_claim_arena_adopt(CcClaimArena *a, CcClaimArena *from)
{
    for (guint i = 0; i < from->blocks->len; i++)
        g_ptr_array_add(a->blocks, g_steal_pointer(&from->blocks->pdata[i]));
    g_ptr_array_set_size(from->blocks, 0);
    from->at = from->end = NULL;
}

/* Room for @n bytes at an 8-byte boundary, not yet taken: arena_take()
 * takes what was used of it. A request larger than a block has its own. */
static char *
arena_room(CcClaimArena *a, gsize n)
{
    if (a->at == NULL || (gsize)(a->end - a->at) < n) {
        if (a->next == 0)
            a->next = ARENA_BLOCK;
        gsize size = MAX(n, a->next);
        a->next = MIN(a->next * 2, ARENA_BLOCK_MAX);
        char *block = cc_block_new(size);
        g_ptr_array_add(a->blocks, block);
        a->at = block;
        a->end = block + size;
    }
    return a->at;
}

static void
arena_take(CcClaimArena *a, gsize n)
{
    gsize aligned = (n + 7) & ~(gsize)7;
    a->at += MIN(aligned, (gsize)(a->end - a->at));
}

/* Reads a line: by simdjson when @fast and the line is a record's object,
 * else (or when simdjson refuses it) by yajl, whose messages say where and
 * what is wrong. Both give the fields the same events. With @arena the
 * record and its strings are laid in it (cc_claim_from_json_line_in()). */
static CcClaim *
parse_line(const char *text, gsize len, const char *name, guint line, guint column,
           gboolean fast, CcClaimArena *arena, GError **error)
{
    LineRead r;
    /* A string's characters are never more than its JSON between the
     * quotes, so the line's length holds them all. In an arena, the
     * record's struct comes first, then its strings, then room as large
     * again for a key made from the triple (whose parts are among the
     * strings). */
    char small[2048];
    g_autofree char *big = NULL;
    char *strings;
    CcClaim *into = NULL;
    char *base = NULL;
    if (arena != NULL) {
        gsize head = (sizeof(CcClaim) + 7) & ~(gsize)7;
        base = arena_room(arena, head + 2 * (len + 1));
        into = (CcClaim *)base;
        strings = base + head;
    } else {
        big = len + 1 > sizeof small ? g_malloc(len + 1) : NULL;
        strings = big != NULL ? big : small;
    }
    CcClaim *claim = NULL;
    char *spill = NULL;
    /* one look for a backslash tells both whether a string can hold a \u
     * escape's character and whether it can hold a control character */
    const char *backslash = memchr(text, '\\', len);
    const gboolean plain
        = backslash == NULL || no_unicode_escape(backslash, len - (gsize)(backslash - text));
#define DONE()                                                                                  \
    do {                                                                                        \
        if (into != NULL) {                                                                     \
            memset(into, 0, sizeof *into);                                                      \
            spill = strings + r.used;                                                           \
        }                                                                                       \
        claim = parse_done(&r, text, len, name, line, column, into, into ? &spill : NULL,      \
                           error);                                                              \
    } while (0)
    line_read_init(&r, strings, len + 1, plain);
    r.clean = backslash == NULL && memchr(text, 0x7F, len) == NULL;
    if (fast && len <= FAST_LINE_MAX && opens_object(text, len)
        && cc_json_events(text, len, &line_events, &r)) {
        DONE();
        goto out;
    }
    /* simdjson refuses a line of invalid UTF-8 or with a NUL byte (none
     * is JSON's whitespace, and a string holds no raw control character):
     * such a line is looked for only now, and said as it was before. */
    if (!check_line_bytes(text, len, name, line, column, error))
        return NULL;
    line_read_init(&r, strings, len + 1, plain);
    yajl_handle h = yajl_alloc(&line_callbacks, NULL, &r);
    /* the line is valid UTF-8 (check_line), and so is what its escapes make */
    yajl_config(h, yajl_dont_validate_strings, 1);
    yajl_status status = yajl_parse(h, (const unsigned char *)text, len);
    gboolean at_end = FALSE;
    if (status == yajl_status_ok) {
        status = yajl_complete_parse(h);
        at_end = TRUE;
    }
    if (status != yajl_status_ok && !check_line_scan(text, len, name, line, column, error)) {
        yajl_free(h);
        return NULL;
    }
    if (status != yajl_status_ok) {
        /* yajl counts the bytes up to the one it stopped at; columns count
         * characters (the text is valid UTF-8 here). At the end of the
         * line, its last character. */
        gsize at = at_end ? len : MIN(yajl_get_bytes_consumed(h), len);
        g_autofree char *what = yajl_what(h, text, len);
        yajl_free(h);
        guint chars = cc_utf8_count_chars(text, at);
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s:%u:%u: invalid JSON: %s", name, line,
                    column - 1 + MAX(chars, 1u),
                    strcmp(what, "premature EOF") == 0 ? "unexpected end of file" : what);
        return NULL;
    }
    yajl_free(h);
    DONE();
#undef DONE
out:
    if (claim != NULL && arena != NULL)
        arena_take(arena, (gsize)(spill - base));
    return claim;
}

CcClaim *
cc_claim_from_json_line(const char *text, gsize len, const char *name, guint line,
                        guint column, GError **error)
{
    g_return_val_if_fail(text != NULL && name != NULL, NULL);
    return parse_line(text, len, name, line, column, TRUE, NULL, error);
}

CcClaim *
cc_claim_from_json_line_in(CcClaimArena *arena, const char *text, gsize len, const char *name,
                           guint line, guint column, GError **error)
{
    g_return_val_if_fail(arena != NULL && text != NULL && name != NULL, NULL);
    return parse_line(text, len, name, line, column, TRUE, arena, error);
}

CcClaim *
cc_claim_from_json_line_yajl(const char *text, gsize len, const char *name, guint line,
                             guint column, GError **error)
{
    g_return_val_if_fail(text != NULL && name != NULL, NULL);
    return parse_line(text, len, name, line, column, FALSE, NULL, error);
}

GPtrArray *
cc_claims_read_jsonl(const char *path, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    gsize len = 0;
    g_autofree char *data = read_all(path, &len, error);
    if (data == NULL)
        return NULL;
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    gsize pos = 0;
    guint line = 0;
    while (pos < len) {
        line++;
        const char *start = data + pos;
        const char *nl = memchr(start, '\n', len - pos);
        gsize line_len = nl != NULL ? (gsize)(nl - start) : len - pos;
        pos += line_len + (nl != NULL ? 1 : 0);
        if (line_len > 0 && start[line_len - 1] == '\r')
            line_len--;
        gsize skip = 0;
        while (skip < line_len && g_ascii_isspace(start[skip]))
            skip++;
        if (skip == line_len)
            continue;
        CcClaim *claim = parse_line(start, line_len, name, line, 1, TRUE, NULL, error);
        if (claim == NULL)
            return NULL;
        g_ptr_array_add(claims, claim);
    }
    return g_steal_pointer(&claims);
}
