/* SPDX-License-Identifier: MIT */
/* json_write.c: JSON text from json-glib nodes with exact, short numbers
 * and members in insertion order; see json_write.h. */
#include "internal.h"

#include "json_write.h"

#include <math.h>
#include <stdio.h>

void
cc_json_append_string(GString *out, const char *s)
{
    g_string_append_c(out, '"');
    const unsigned char *run = (const unsigned char *)s, *p = run;
    for (;; p++) {
        /* Bytes that need no escape are copied a run at a time. */
        if (*p >= 0x20 && *p != '"' && *p != '\\')
            continue;
        g_string_append_len(out, (const char *)run, p - run);
        run = p + 1;
        switch (*p) {
        case '\0': g_string_append_c(out, '"'); return;
        case '"': g_string_append(out, "\\\""); break;
        case '\\': g_string_append(out, "\\\\"); break;
        case '\n': g_string_append(out, "\\n"); break;
        case '\r': g_string_append(out, "\\r"); break;
        case '\t': g_string_append(out, "\\t"); break;
        case '\b': g_string_append(out, "\\b"); break;
        case '\f': g_string_append(out, "\\f"); break;
        default: g_string_append_printf(out, "\\u%04x", *p); break;
        }
    }
}

void
cc_json_append_number(GString *out, double x)
{
    if (!isfinite(x)) {
        g_string_append(out, "null");
        return;
    }
    if (x > -9.0e15 && x < 9.0e15 && x == (double)(gint64)x) {
        g_string_append_printf(out, "%" G_GINT64_FORMAT, (gint64)x);
        return;
    }
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    for (int digits = 15; digits <= 17; digits++) {
        char fmt[8];
        g_snprintf(fmt, sizeof fmt, "%%.%dg", digits);
        g_ascii_formatd(buf, sizeof buf, fmt, x);
        if (g_ascii_strtod(buf, NULL) == x)
            break;
    }
    g_string_append(out, buf);
}

static void
newline(GString *out, int indent, int level)
{
    if (indent < 0)
        return;
    static const char spaces[] = "                                ";
    g_string_append_c(out, '\n');
    for (int n = indent * level; n > 0; n -= (int)sizeof spaces - 1)
        g_string_append_len(out, spaces, MIN(n, (int)sizeof spaces - 1));
}

static void
append_node(GString *out, JsonNode *node, int indent, int level)
{
    if (node == NULL || JSON_NODE_HOLDS_NULL(node)) {
        g_string_append(out, "null");
        return;
    }
    if (JSON_NODE_HOLDS_OBJECT(node)) {
        JsonObject *obj = json_node_get_object(node);
        GList *members = json_object_get_members(obj);
        if (members == NULL) {
            g_string_append(out, "{}");
            return;
        }
        g_string_append_c(out, '{');
        for (GList *l = members; l != NULL; l = l->next) {
            if (l != members)
                g_string_append_c(out, ',');
            newline(out, indent, level + 1);
            cc_json_append_string(out, l->data);
            g_string_append(out, indent < 0 ? ":" : ": ");
            append_node(out, json_object_get_member(obj, l->data), indent, level + 1);
        }
        g_list_free(members);
        newline(out, indent, level);
        g_string_append_c(out, '}');
        return;
    }
    if (JSON_NODE_HOLDS_ARRAY(node)) {
        JsonArray *arr = json_node_get_array(node);
        guint n = json_array_get_length(arr);
        if (n == 0) {
            g_string_append(out, "[]");
            return;
        }
        g_string_append_c(out, '[');
        for (guint i = 0; i < n; i++) {
            if (i > 0)
                g_string_append_c(out, ',');
            newline(out, indent, level + 1);
            append_node(out, json_array_get_element(arr, i), indent, level + 1);
        }
        newline(out, indent, level);
        g_string_append_c(out, ']');
        return;
    }
    GType t = json_node_get_value_type(node);
    if (t == G_TYPE_STRING)
        cc_json_append_string(out, json_node_get_string(node));
    else if (t == G_TYPE_BOOLEAN)
        g_string_append(out, json_node_get_boolean(node) ? "true" : "false");
    else if (t == G_TYPE_INT64)
        g_string_append_printf(out, "%" G_GINT64_FORMAT, json_node_get_int(node));
    else
        cc_json_append_number(out, json_node_get_double(node));
}

void
cc_json_append(GString *out, JsonNode *node, int indent)
{
    append_node(out, node, indent, 0);
}

void
cc_json_append_at(GString *out, JsonNode *node, int indent, int level)
{
    append_node(out, node, indent, level);
}

void
cc_json_add_number(JsonBuilder *b, double x)
{
    if (isfinite(x) && x > -9.0e15 && x < 9.0e15 && x == (double)(gint64)x)
        json_builder_add_int_value(b, (gint64)x);
    else
        json_builder_add_double_value(b, x);
}

void
cc_json_add_string_or_null(JsonBuilder *b, const char *member, const char *s)
{
    json_builder_set_member_name(b, member);
    if (s != NULL)
        json_builder_add_string_value(b, s);
    else
        json_builder_add_null_value(b);
}

void
cc_json_add_bound(JsonBuilder *b, const CcValue *v, gboolean has, double x)
{
    if (!has) {
        json_builder_add_null_value(b);
    } else if (v->kind == CC_VALUE_DATE) {
        g_autofree char *iso = cc_day_to_iso((guint32)x);
        json_builder_add_string_value(b, iso);
    } else {
        cc_json_add_number(b, x);
    }
}
