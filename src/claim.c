/* SPDX-License-Identifier: MIT */
/* claim.c: claim records — their lifecycle, their JSON form (DESIGN.md
 * "Records", plus the comparison parameters a rule carries) and the JSON
 * Lines reader, whose errors say "path:line:col: what is wrong". */
#include "internal.h"

#include "json_write.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>

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

/* The line is written directly, as cc_json_append() writes the tree of
 * cc_claim_to_json(): the same members in the same order, the same
 * numbers (tests/test_claim.c compares the two). */
/* Appends @n bytes; the names and literals below are constants, so their
 * lengths are known where these are inlined (g_string_append() measures
 * every one, and printf was a third of the line's cost). */
static inline void
put_len(GString *out, const char *s, gsize n)
{
    g_string_append_len(out, s, (gssize)n);
}

static inline void
put_member(GString *out, const char *name)
{
    g_string_append_c(out, '"');
    put_len(out, name, strlen(name));
    put_len(out, "\":", 2);
}

static inline void
put_string(GString *out, const char *name, const char *s)
{
    put_member(out, name);
    if (s != NULL)
        cc_json_append_string(out, s);
    else
        put_len(out, "null", 4);
    g_string_append_c(out, ',');
}

/* As "%" G_GINT64_FORMAT ",", without printf. */
static inline void
put_int(GString *out, const char *name, gint64 x)
{
    put_member(out, name);
    char buf[24], *p = buf + sizeof buf;
    *--p = ',';
    guint64 u = x < 0 ? -(guint64)x : (guint64)x;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0);
    if (x < 0)
        *--p = '-';
    put_len(out, p, (gsize)(buf + sizeof buf - p));
}

static void
put_bool(GString *out, const char *name, gboolean x)
{
    put_member(out, name);
    g_string_append(out, x ? "true," : "false,");
}

static void
put_bound(GString *out, const char *name, const CcValue *v, gboolean has, double x)
{
    put_member(out, name);
    if (!has) {
        g_string_append(out, "null");
    } else if (v->kind == CC_VALUE_DATE) {
        g_autofree char *iso = cc_day_to_iso((guint32)x);
        cc_json_append_string(out, iso);
    } else {
        cc_json_append_number(out, x);
    }
    g_string_append_c(out, ',');
}

/* Replaces the ',' after the last member with @close. */
static void
close_with(GString *out, char close)
{
    out->str[out->len - 1] = close;
}

char *
cc_claim_to_json_line(const CcClaim *claim)
{
    g_return_val_if_fail(claim != NULL, NULL);
    GString *out = g_string_sized_new(640);
    g_string_append_c(out, '{');
    put_string(out, "id", claim->id);
    put_string(out, "source", claim->source);
    put_string(out, "file", claim->file);
    put_string(out, "rule", claim->rule);
    put_string(out, "type", cc_claim_type_to_string(claim->type));
    put_string(out, "subject", claim->subject);
    put_string(out, "predicate", claim->predicate);
    put_string(out, "object", claim->object);
    put_string(out, "key", claim->key);

    const CcValue *v = &claim->value;
    put_member(out, "value");
    if (claim->type == CC_CLAIM_EVENT || v->kind == CC_VALUE_NONE) {
        g_string_append(out, "null,");
    } else {
        CcValue closed = cc_value_closed(v);
        g_string_append_c(out, '{');
        put_bound(out, "low", v, v->has_low, closed.low);
        put_bound(out, "high", v, v->has_high, closed.high);
        put_string(out, "unit", v->kind == CC_VALUE_DATE ? NULL : v->unit);
        put_bool(out, "approx", v->approx);
        put_bool(out, "vague", v->vague);
        if (v->derived)
            put_bool(out, "derived", TRUE);
        if (closed.has_low && closed.low_strict)
            put_bool(out, "low_strict", TRUE);
        if (closed.has_high && closed.high_strict)
            put_bool(out, "high_strict", TRUE);
        gboolean from = v->kind == CC_VALUE_NUMBER && v->has_from;
        if (from)
            put_bound(out, "from", v, TRUE, v->from);
        if (v->kind == CC_VALUE_NUMBER && v->has_share) {
            put_member(out, "share");
            g_string_append_c(out, '{');
            put_bound(out, "low", v, TRUE, v->share_low);
            put_bound(out, "high", v, TRUE, v->share_high);
            put_bound(out, "of_low", v, TRUE, v->share_of_low);
            put_bound(out, "of_high", v, TRUE, v->share_of_high);
            close_with(out, '}');
            g_string_append_c(out, ',');
        }
        double stated_low, stated_high;
        if (stated_bounds(v, &closed, &stated_low, &stated_high)) {
            put_member(out, "stated");
            g_string_append_c(out, '{');
            put_bound(out, "low", v, v->has_low, stated_low);
            put_bound(out, "high", v, v->has_high, stated_high);
            if (from)
                put_bound(out, "from", v, TRUE, v->orig_from);
            put_string(out, "unit", v->orig_unit);
            close_with(out, '}');
            g_string_append_c(out, ',');
        }
        close_with(out, '}');
        g_string_append_c(out, ',');
    }
    put_string(out, "text", claim->text);

    put_member(out, "span");
    g_string_append_c(out, '{');
    put_int(out, "start", (gint64)claim->span_start);
    put_int(out, "end", (gint64)claim->span_end);
    put_int(out, "line", claim->line);
    put_int(out, "column", claim->column);
    close_with(out, '}');
    g_string_append_c(out, ',');

    put_member(out, "sentence");
    g_string_append_c(out, '{');
    put_int(out, "start", (gint64)claim->sentence_start);
    put_int(out, "end", (gint64)claim->sentence_end);
    close_with(out, '}');
    g_string_append_c(out, ',');

    put_string(out, "modality", cc_modality_to_string(claim->modality));
    put_string(out, "attribution", claim->attribution);
    g_autofree char *as_of = claim->as_of != 0 ? cc_day_to_iso(claim->as_of) : NULL;
    put_string(out, "as_of", as_of);
    put_string(out, "scope", claim->scope);
    put_member(out, "tolerance");
    cc_json_append_number(out, claim->tolerance);
    g_string_append_c(out, ',');
    put_bool(out, "tolerance_abs", claim->tolerance_abs);
    put_int(out, "window", claim->window_days);
    put_bool(out, "cumulative", claim->cumulative);
    close_with(out, '}');
    return g_string_free(out, FALSE);
}

/* ---- reading ---------------------------------------------------------- */

static const char *
node_kind(JsonNode *node)
{
    if (node == NULL || JSON_NODE_HOLDS_NULL(node))
        return "null";
    if (JSON_NODE_HOLDS_OBJECT(node))
        return "an object";
    if (JSON_NODE_HOLDS_ARRAY(node))
        return "an array";
    GType t = json_node_get_value_type(node);
    if (t == G_TYPE_STRING)
        return "a string";
    if (t == G_TYPE_BOOLEAN)
        return "a boolean";
    return "a number";
}

static gboolean
node_is_number(JsonNode *node)
{
    if (node == NULL || !JSON_NODE_HOLDS_VALUE(node))
        return FALSE;
    GType t = json_node_get_value_type(node);
    return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

static gboolean
node_is_string(JsonNode *node)
{
    return node != NULL && JSON_NODE_HOLDS_VALUE(node)
           && json_node_get_value_type(node) == G_TYPE_STRING;
}

static gboolean
node_is_bool(JsonNode *node)
{
    return node != NULL && JSON_NODE_HOLDS_VALUE(node)
           && json_node_get_value_type(node) == G_TYPE_BOOLEAN;
}

static gboolean
bad_field(GError **error, const char *field, const char *expected, JsonNode *got)
{
    g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "field \"%s\": expected %s, got %s", field,
                expected, node_kind(got));
    return FALSE;
}

/* json-glib reads the octal escapes of its scanner ("\\251") into single
 * bytes, so a string of a valid UTF-8 line can still hold invalid UTF-8:
 * refused here, as it could be written out as no JSON. */
static gboolean
utf8_field(GError **error, const char *field, JsonNode *node)
{
    if (g_utf8_validate(json_node_get_string(node), -1, NULL))
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

/* A string member: required (missing is an error), nullable or not. */
static gboolean
read_string(JsonObject *obj, const char *field, gboolean required, gboolean nullable, char **out,
            GError **error)
{
    JsonNode *node = json_object_get_member(obj, field);
    if (node == NULL) {
        if (required)
            return missing_field(error, field);
        return TRUE;
    }
    if (JSON_NODE_HOLDS_NULL(node)) {
        if (!nullable)
            return bad_field(error, field, "a string", node);
        return TRUE;
    }
    if (!node_is_string(node))
        return bad_field(error, field, nullable ? "a string or null" : "a string", node);
    if (!utf8_field(error, field, node))
        return FALSE;
    g_free(*out);
    *out = g_strdup(json_node_get_string(node));
    return TRUE;
}

static gboolean
read_offset(JsonObject *obj, const char *parent, const char *field, gboolean required,
            gint64 max, gint64 min, gint64 *out, GError **error)
{
    /* The field's name for messages, made only for one (six of these a
     * record: printf here was a tenth of reading it). */
#define NAME (name = parent != NULL ? g_strdup_printf("%s.%s", parent, field) : g_strdup(field))
    g_autofree char *name = NULL;
    JsonNode *node = json_object_get_member(obj, field);
    if (node == NULL) {
        if (required)
            return missing_field(error, NAME);
        return TRUE;
    }
    if (!node_is_number(node) || json_node_get_value_type(node) != G_TYPE_INT64)
        return bad_field(error, NAME, "an integer", node);
    gint64 v = json_node_get_int(node);
    if (v < min || v > max) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "field \"%s\": %" G_GINT64_FORMAT
                    " is out of range", NAME, v);
        return FALSE;
    }
    *out = v;
    return TRUE;
#undef NAME
}

static gboolean
read_bound(JsonObject *obj, const char *field, CcValueKind kind, gboolean *has, double *x,
           GError **error)
{
#define NAME (name = g_strdup_printf("value.%s", field))
    g_autofree char *name = NULL;
    JsonNode *node = json_object_get_member(obj, field);
    if (node == NULL)
        return missing_field(error, NAME);
    if (JSON_NODE_HOLDS_NULL(node)) {
        *has = FALSE;
        return TRUE;
    }
    if (kind == CC_VALUE_DATE) {
        guint32 day;
        if (!node_is_string(node))
            return bad_field(error, NAME, "an ISO date (YYYY-MM-DD) or null", node);
        if (!cc_day_from_iso(json_node_get_string(node), &day)) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "field \"%s\": \"%s\" is not a date (YYYY-MM-DD)", NAME,
                        json_node_get_string(node));
            return FALSE;
        }
        *x = day;
    } else {
        if (!node_is_number(node))
            return bad_field(error, NAME, "a number or null", node);
        *x = json_node_get_double(node);
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
read_flag(JsonObject *obj, const char *field, const char *name, gboolean *out, GError **error)
{
    JsonNode *node = json_object_get_member(obj, field);
    if (node == NULL)
        return TRUE;
    if (!node_is_bool(node))
        return bad_field(error, name, "true or false", node);
    *out = json_node_get_boolean(node);
    return TRUE;
}

/* One end of value.stated: a number, or null where the value's end is
 * open. */
static gboolean
read_stated_bound(JsonObject *so, const char *field, gboolean has, double *x, const char *full,
                  GError **error)
{
    g_autofree char *name = full ? g_strdup(full) : g_strdup_printf("value.stated.%s", field);
    JsonNode *node = json_object_get_member(so, field);
    if (node == NULL)
        return missing_field(error, name);
    if (!has) {
        if (!JSON_NODE_HOLDS_NULL(node))
            return bad_field(error, name, "null where the value's end is open", node);
        *x = 0;
        return TRUE;
    }
    if (!node_is_number(node))
        return bad_field(error, name, "a number", node);
    *x = json_node_get_double(node);
    if (!isfinite(*x)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "field \"%s\": not a finite number", name);
        return FALSE;
    }
    return TRUE;
}

/* value.stated: the figure and unit as the text wrote them ("5 km"), when
 * a unit was read. Absent or null: none. */
static gboolean
read_stated(JsonObject *vo, CcValue *v, GError **error)
{
    v->orig_low = v->orig_high = 0;
    v->orig_unit = NULL;
    JsonNode *node = json_object_get_member(vo, "stated");
    if (node == NULL || JSON_NODE_HOLDS_NULL(node))
        return TRUE;
    if (v->kind != CC_VALUE_NUMBER)
        return bad_field(error, "value.stated", "null for a date", node);
    if (!JSON_NODE_HOLDS_OBJECT(node))
        return bad_field(error, "value.stated", "an object or null", node);
    JsonObject *so = json_node_get_object(node);
    JsonNode *unit = json_object_get_member(so, "unit");
    if (unit == NULL)
        return missing_field(error, "value.stated.unit");
    if (!node_is_string(unit))
        return bad_field(error, "value.stated.unit", "a string", unit);
    if (!utf8_field(error, "value.stated.unit", unit))
        return FALSE;
    if (!read_stated_bound(so, "low", v->has_low, &v->orig_low, NULL, error)
        || !read_stated_bound(so, "high", v->has_high, &v->orig_high, NULL, error))
        return FALSE;
    v->orig_from = v->from;
    if (v->has_from && json_object_has_member(so, "from")
        && !read_stated_bound(so, "from", TRUE, &v->orig_from, NULL, error))
        return FALSE;
    if (v->has_low && v->has_high && v->orig_low > v->orig_high) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "field \"value.stated\": low is greater than high");
        return FALSE;
    }
    v->orig_unit = g_intern_string(json_node_get_string(unit));
    return TRUE;
}

static gboolean
read_value(JsonObject *obj, CcClaim *claim, GError **error)
{
    JsonNode *node = json_object_get_member(obj, "value");
    if (claim->type == CC_CLAIM_EVENT) {
        if (node != NULL && !JSON_NODE_HOLDS_NULL(node))
            return bad_field(error, "value", "null for an event", node);
        memset(&claim->value, 0, sizeof claim->value);
        claim->value.kind = CC_VALUE_NONE;
        return TRUE;
    }
    if (node == NULL)
        return missing_field(error, "value");
    if (!JSON_NODE_HOLDS_OBJECT(node))
        return bad_field(error, "value", "an object", node);
    JsonObject *vo = json_node_get_object(node);
    CcValue *v = &claim->value;
    memset(v, 0, sizeof *v);
    v->kind = claim->type == CC_CLAIM_DATE ? CC_VALUE_DATE : CC_VALUE_NUMBER;
    if (!read_bound(vo, "low", v->kind, &v->has_low, &v->low, error)
        || !read_bound(vo, "high", v->kind, &v->has_high, &v->high, error))
        return FALSE;
    if (v->has_low && v->has_high && v->low > v->high) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "field \"value\": low is greater than high");
        return FALSE;
    }
    JsonNode *unit = json_object_get_member(vo, "unit");
    if (unit != NULL && !JSON_NODE_HOLDS_NULL(unit) && !node_is_string(unit))
        return bad_field(error, "value.unit", "a string or null", unit);
    if (unit != NULL && node_is_string(unit) && !utf8_field(error, "value.unit", unit))
        return FALSE;
    v->unit = unit != NULL && node_is_string(unit) ? g_intern_string(json_node_get_string(unit))
                                                   : NULL;
    if (!read_flag(vo, "approx", "value.approx", &v->approx, error)
        || !read_flag(vo, "vague", "value.vague", &v->vague, error)
        || !read_flag(vo, "derived", "value.derived", &v->derived, error)
        || !read_flag(vo, "low_strict", "value.low_strict", &v->low_strict, error)
        || !read_flag(vo, "high_strict", "value.high_strict", &v->high_strict, error))
        return FALSE;
    if (!v->has_low)
        v->low_strict = FALSE;
    if (!v->has_high)
        v->high_strict = FALSE;
    JsonNode *from = json_object_get_member(vo, "from");
    v->has_from = from != NULL && !JSON_NODE_HOLDS_NULL(from);
    if (v->has_from && !read_stated_bound(vo, "from", TRUE, &v->from, "value.from", error))
        return FALSE;
    if (v->has_from && v->kind != CC_VALUE_NUMBER)
        return bad_field(error, "value.from", "null for a date", from);
    JsonNode *share = json_object_get_member(vo, "share");
    v->has_share = share != NULL && !JSON_NODE_HOLDS_NULL(share);
    if (v->has_share) {
        if (v->kind != CC_VALUE_NUMBER)
            return bad_field(error, "value.share", "null for a date", share);
        if (!JSON_NODE_HOLDS_OBJECT(share))
            return bad_field(error, "value.share", "an object", share);
        JsonObject *so = json_node_get_object(share);
        if (!read_stated_bound(so, "low", TRUE, &v->share_low, "value.share.low", error)
            || !read_stated_bound(so, "high", TRUE, &v->share_high, "value.share.high", error)
            || !read_stated_bound(so, "of_low", TRUE, &v->share_of_low, "value.share.of_low",
                                  error)
            || !read_stated_bound(so, "of_high", TRUE, &v->share_of_high, "value.share.of_high",
                                  error))
            return FALSE;
    }
    return read_stated(vo, v, error);
}

static gboolean
claim_read_fields(JsonObject *obj, CcClaim *claim, GError **error)
{
    g_autofree char *type = NULL;
    g_autofree char *modality = NULL;
    g_autofree char *as_of = NULL;

    if (!read_string(obj, "id", TRUE, FALSE, &claim->id, error)
        || !read_string(obj, "source", TRUE, FALSE, &claim->source, error)
        || !read_string(obj, "file", FALSE, TRUE, &claim->file, error)
        || !read_string(obj, "rule", FALSE, TRUE, &claim->rule, error)
        || !read_string(obj, "type", TRUE, FALSE, &type, error))
        return FALSE;
    if (!claim_type_from_string(type, &claim->type)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "field \"type\": \"%s\" is not one of quantity, date, event", type);
        return FALSE;
    }
    if (!read_string(obj, "subject", TRUE, TRUE, &claim->subject, error)
        || !read_string(obj, "predicate", TRUE, FALSE, &claim->predicate, error)
        || !read_string(obj, "object", FALSE, TRUE, &claim->object, error)
        || !read_string(obj, "key", FALSE, TRUE, &claim->key, error)
        || !name_field(error, "subject", claim->subject)
        || !name_field(error, "predicate", claim->predicate)
        || !name_field(error, "object", claim->object) || !name_field(error, "key", claim->key))
        return FALSE;
    /* A record without a key member gets the one its triple implies. */
    if (!json_object_has_member(obj, "key") && strcmp(claim->predicate, "value") != 0
        && claim->subject != NULL) {
        claim->key = claim->object != NULL
                         ? g_strdup_printf("%s/%s/%s", claim->subject, claim->predicate,
                                           claim->object)
                         : g_strdup_printf("%s/%s", claim->subject, claim->predicate);
    }
    if (!read_value(obj, claim, error)
        || !read_string(obj, "text", FALSE, TRUE, &claim->text, error))
        return FALSE;

    JsonNode *span = json_object_get_member(obj, "span");
    if (span == NULL)
        return missing_field(error, "span");
    if (!JSON_NODE_HOLDS_OBJECT(span))
        return bad_field(error, "span", "an object", span);
    JsonObject *so = json_node_get_object(span);
    gint64 start = 0, end = 0, line = 0, column = 0;
    if (!read_offset(so, "span", "start", TRUE, G_MAXINT64, 0, &start, error)
        || !read_offset(so, "span", "end", TRUE, G_MAXINT64, 0, &end, error)
        || !read_offset(so, "span", "line", TRUE, G_MAXUINT32, 1, &line, error)
        || !read_offset(so, "span", "column", TRUE, G_MAXUINT32, 1, &column, error))
        return FALSE;
    if (end < start) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "field \"span\": end before start");
        return FALSE;
    }
    claim->span_start = (gsize)start;
    claim->span_end = (gsize)end;
    claim->line = (guint)line;
    claim->column = (guint)column;

    JsonNode *sentence = json_object_get_member(obj, "sentence");
    if (sentence != NULL && !JSON_NODE_HOLDS_NULL(sentence)) {
        if (!JSON_NODE_HOLDS_OBJECT(sentence))
            return bad_field(error, "sentence", "an object or null", sentence);
        JsonObject *se = json_node_get_object(sentence);
        gint64 s0 = (gint64)claim->span_start, s1 = (gint64)claim->span_end;
        if (!read_offset(se, "sentence", "start", TRUE, G_MAXINT64, 0, &s0, error)
            || !read_offset(se, "sentence", "end", TRUE, G_MAXINT64, 0, &s1, error))
            return FALSE;
        claim->sentence_start = (gsize)s0;
        claim->sentence_end = (gsize)s1;
    } else {
        claim->sentence_start = claim->span_start;
        claim->sentence_end = claim->span_end;
    }

    if (!read_string(obj, "modality", TRUE, FALSE, &modality, error))
        return FALSE;
    if (!cc_modality_from_string(modality, &claim->modality)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "field \"modality\": \"%s\" is not one of asserted, reported, hedged, "
                    "hypothetical, negated, disputed",
                    modality);
        return FALSE;
    }
    if (!read_string(obj, "attribution", FALSE, TRUE, &claim->attribution, error)
        || !read_string(obj, "as_of", FALSE, TRUE, &as_of, error))
        return FALSE;
    if (as_of != NULL && !cc_day_from_iso(as_of, &claim->as_of)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "field \"as_of\": \"%s\" is not a date (YYYY-MM-DD)", as_of);
        return FALSE;
    }
    if (!read_string(obj, "scope", FALSE, TRUE, &claim->scope, error)
        || !name_field(error, "scope", claim->scope))
        return FALSE;

    if (!read_flag(obj, "tolerance_abs", "tolerance_abs", &claim->tolerance_abs, error))
        return FALSE;
    /* Bounded so that widening a value by it stays a number: a tolerance of
     * 1.7e308, doubled for an approximate value, would make 0 × ∞. */
    JsonNode *tol = json_object_get_member(obj, "tolerance");
    if (tol != NULL) {
        if (!node_is_number(tol) || json_node_get_double(tol) < 0
            || !isfinite(json_node_get_double(tol)))
            return bad_field(error, "tolerance", "a non-negative number", tol);
        double max = claim->tolerance_abs ? CC_CLAIM_MAX_TOLERANCE_ABS : CC_CLAIM_MAX_TOLERANCE;
        if (json_node_get_double(tol) > max) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "field \"tolerance\": %g is out of range (at most %g %s)",
                        json_node_get_double(tol), max,
                        claim->tolerance_abs ? "with tolerance_abs" : "as a fraction, 1000%");
            return FALSE;
        }
        claim->tolerance = json_node_get_double(tol);
    }
    gint64 window = 0;
    if (!read_offset(obj, NULL, "window", FALSE, G_MAXUINT32, 0, &window, error)
        || !read_flag(obj, "cumulative", "cumulative", &claim->cumulative, error))
        return FALSE;
    claim->window_days = (guint)window;
    return TRUE;
}

CcClaim *
cc_claim_from_json(JsonNode *node, GError **error)
{
    g_return_val_if_fail(error == NULL || *error == NULL, NULL);
    if (node == NULL || !JSON_NODE_HOLDS_OBJECT(node)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "a record must be a JSON object, got %s",
                    node_kind(node));
        return NULL;
    }
    g_autoptr(CcClaim) claim = cc_claim_new();
    if (!claim_read_fields(json_node_get_object(node), claim, error))
        return NULL;
    return g_steal_pointer(&claim);
}

/* json-glib says "<data>:LINE:COL: Parse error: what"; keep the column and
 * the what, since each record is parsed on its own. */
static void
parse_error_position(const char *message, guint *column, const char **what)
{
    *column = 1;
    *what = message;
    const char *p = strstr(message, ">:");
    if (p == NULL)
        return;
    p += 2;
    char *end;
    (void)strtoul(p, &end, 10);
    if (*end != ':')
        return;
    unsigned long col = strtoul(end + 1, &end, 10);
    if (*end != ':')
        return;
    *column = col > 0 ? (guint)col : 1;
    p = end + 1;
    while (*p == ' ')
        p++;
    if (g_str_has_prefix(p, "Parse error: "))
        p += strlen("Parse error: ");
    *what = p;
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

/* ---- scanning a line before json-glib parses it ---------------------- */

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

/* Refuses a line json-glib would take badly (cc_json_line_scan), and a NUL
 * byte by its name rather than as invalid UTF-8. */
static gboolean
check_line(const char *text, gsize len, const char *name, guint line, guint column,
           GError **error)
{
    const char *nul = memchr(text, '\0', len);
    gsize valid = nul != NULL ? (gsize)(nul - text) : len;
    const char *bad = NULL;
    if (!g_utf8_validate(text, (gssize)valid, &bad)) {
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

static CcClaim *
parse_line(JsonParser *parser, const char *text, gsize len, const char *name, guint line,
           guint column, GError **error)
{
    if (!check_line(text, len, name, line, column, error))
        return NULL;
    g_autoptr(GError) local = NULL;
    if (!json_parser_load_from_data(parser, text, (gssize)len, &local)) {
        guint col;
        const char *what;
        parse_error_position(local->message, &col, &what);
        /* json-glib counts bytes; columns count characters (the text is
         * valid UTF-8 here). */
        guint chars = cc_utf8_count_chars(text, MIN((gsize)col, len));
        if (col > len)
            chars += (guint)(col - len);
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s:%u:%u: invalid JSON: %s", name, line,
                    column - 1 + MAX(chars, 1u), what);
        return NULL;
    }
    CcClaim *claim = cc_claim_from_json(json_parser_get_root(parser), &local);
    if (claim == NULL) {
        gsize skip = 0;
        while (skip < len && g_ascii_isspace(text[skip]))
            skip++;
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s:%u:%u: %s", name, line,
                    column + cc_utf8_count_chars(text, skip), local->message);
    }
    return claim;
}

CcClaim *
cc_claim_from_json_line(const char *text, gsize len, const char *name, guint line,
                        guint column, GError **error)
{
    g_return_val_if_fail(text != NULL && name != NULL, NULL);
    g_autoptr(JsonParser) parser = json_parser_new_immutable();
    return parse_line(parser, text, len, name, line, column, error);
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
    g_autoptr(JsonParser) parser = json_parser_new_immutable();
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
        CcClaim *claim = parse_line(parser, start, line_len, name, line, 1, error);
        if (claim == NULL)
            return NULL;
        g_ptr_array_add(claims, claim);
    }
    return g_steal_pointer(&claims);
}
