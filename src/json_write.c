/* SPDX-License-Identifier: MIT */
/* json_write.c: JSON text from json-glib nodes with exact, short numbers
 * and members in insertion order; see json_write.h. */
#include "internal.h"

#include "json_write.h"

#include <math.h>
#include <stdio.h>

#define put cc_json_put

/* Bytes a JSON string cannot hold as they are: controls, '"' and '\\'. */
static const guint8 needs_escape[256] = {
    [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1,
    [0x07] = 1, [0x08] = 1, [0x09] = 1, [0x0a] = 1, [0x0b] = 1, [0x0c] = 1, [0x0d] = 1,
    [0x0e] = 1, [0x0f] = 1, [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1,
    [0x15] = 1, [0x16] = 1, [0x17] = 1, [0x18] = 1, [0x19] = 1, [0x1a] = 1, [0x1b] = 1,
    [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1, ['"'] = 1,  ['\\'] = 1,
};

/* Does the word @w hold a byte below 0x20, a '"' or a '\\'? (As
 * append_escaped() asks.) */
static inline gboolean
word_needs_escape(guint64 w)
{
    const guint64 ones = G_GUINT64_CONSTANT(0x0101010101010101);
    const guint64 high = G_GUINT64_CONSTANT(0x8080808080808080);
    guint64 quote = w ^ (ones * '"'), slash = w ^ (ones * '\\');
    return ((((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((slash - ones) & ~slash))
            & high)
           != 0;
}

/* Appends s[0, len) as the inside of a JSON string literal. */
static void
append_escaped(GString *out, const char *s, gsize len)
{
    const unsigned char *run = (const unsigned char *)s, *p = run, *end = run + len;
    const guint64 ones = G_GUINT64_CONSTANT(0x0101010101010101);
    const guint64 high = G_GUINT64_CONSTANT(0x8080808080808080);
    for (; p < end; p++) {
        /* Bytes that need no escape are copied a run at a time, and looked
         * at eight at a time: a word passes when it holds no byte below
         * 0x20, no '"' and no '\\' (each test says whether any byte is one,
         * exactly; UTF-8's bytes, 0x80 and up, are none). */
        while (end - p >= 8) {
            guint64 w, quote, slash;
            memcpy(&w, p, 8);
            quote = w ^ (ones * '"');
            slash = w ^ (ones * '\\');
            if ((((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((slash - ones) & ~slash))
                & high)
                break;
            p += 8;
        }
        if (p == end)
            break;
        if (!needs_escape[*p])
            continue;
        put(out, (const char *)run, p - run);
        run = p + 1;
        switch (*p) {
        case '"': put(out, "\\\"", 2); break;
        case '\\': put(out, "\\\\", 2); break;
        case '\n': put(out, "\\n", 2); break;
        case '\r': put(out, "\\r", 2); break;
        case '\t': put(out, "\\t", 2); break;
        case '\b': put(out, "\\b", 2); break;
        case '\f': put(out, "\\f", 2); break;
        default: g_string_append_printf(out, "\\u%04x", *p); break;
        }
    }
    put(out, (const char *)run, p - run);
}

gboolean
cc_json_is_plain(const char *s, gsize len)
{
    const char *p = s, *end = s + len;
    guint64 w;
    for (; end - p >= 8; p += 8) {
        memcpy(&w, p, 8);
        if (word_needs_escape(w))
            return FALSE;
    }
    for (; p < end; p++)
        if (needs_escape[(unsigned char)*p])
            return FALSE;
    return TRUE;
}

void
cc_json_append_escaped(GString *out, const char *s, gsize len)
{
    append_escaped(out, s, len);
}

/* Appends s[0, len) as a JSON string literal. Most strings a report
 * writes need no escape: they are copied into the buffer as they are
 * looked at, eight bytes at a time, with no call but the one that makes
 * room; at the first byte to escape the rest goes to append_escaped(). */
static void
append_quoted(GString *out, const char *s, gsize len)
{
    /* the quotes, the string, and a word's slack for the last copy */
    if (out->len + len + 2 + 8 >= out->allocated_len) {
        gsize at = out->len;
        g_string_set_size(out, at + len + 2 + 8); /* grows the buffer geometrically */
        out->len = at;
    }
    char *d = out->str + out->len;
    *d++ = '"';
    const char *p = s, *end = s + len;
    guint64 w;
    for (; end - p >= 8; p += 8, d += 8) {
        memcpy(&w, p, 8);
        if (word_needs_escape(w))
            break;
        memcpy(d, &w, 8);
    }
    /* The last bytes, fewer than eight, at once when none is to escape:
     * the string's last word (overlapping the bytes copied before it), or
     * for a string under eight bytes its first and last four. */
    gsize rest = (gsize)(end - p);
    if (rest > 0 && rest < 8) {
        if (len >= 8) {
            memcpy(&w, end - 8, 8);
            if (!word_needs_escape(w)) {
                memcpy(d + rest - 8, &w, 8);
                d += rest;
                p = end;
            }
        } else if (len >= 4) {
            guint32 head, tail;
            memcpy(&head, s, 4);
            memcpy(&tail, end - 4, 4);
            if (!word_needs_escape(head | (guint64)tail << 32)) {
                memcpy(d, &head, 4);
                memcpy(d + len - 4, &tail, 4);
                d += len;
                p = end;
            }
        }
    }
    while (p < end && !needs_escape[(unsigned char)*p])
        *d++ = *p++;
    out->len = (gsize)(d - out->str);
    if (p < end) {
        append_escaped(out, p, (gsize)(end - p));
        g_string_append_c(out, '"');
        return;
    }
    *d++ = '"';
    *d = '\0';
    out->len = (gsize)(d - out->str);
}

void
cc_json_append_string(GString *out, const char *s)
{
    append_quoted(out, s, strlen(s));
}

/* A member's name and its separator: '"name": ' ('"name":' on one line).
 * The names are mostly claimcheck's own, which need no escape: copied
 * whole when a look at their bytes finds none. */
static void
append_name(GString *out, const char *name, gboolean spaced)
{
    g_string_append_c(out, '"');
    gsize n = 0;
    gboolean plain = TRUE;
    for (; name[n] != '\0'; n++)
        plain &= !needs_escape[(unsigned char)name[n]];
    if (plain)
        put(out, name, n);
    else
        append_escaped(out, name, n);
    put(out, spaced ? "\": " : "\":", spaced ? 3 : 2);
}

/* As printf's "%" G_GINT64_FORMAT, without printf. */
static void
append_int(GString *out, gint64 x)
{
    char buf[24], *p = buf + sizeof buf;
    guint64 u = x < 0 ? -(guint64)x : (guint64)x;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0);
    if (x < 0)
        *--p = '-';
    put(out, p, (gsize)(buf + sizeof buf - p));
}

/* @x as the loop below writes it when it is the double nearest a decimal
 * of at most six places and fifteen digits, from 0.0001 up (0.1, 0.05,
 * 2.5: every tolerance): that decimal, which "%.15g" writes back exactly,
 * made without printf. FALSE for any other @x. */
static gboolean
append_short_decimal(GString *out, double x)
{
    static const double scale[] = {1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    double ax = fabs(x);
    if (!(ax >= 1e-4 && ax < 1e9))
        return FALSE;
    for (int n = 1; n <= 6; n++) {
        double m = nearbyint(ax * scale[n - 1]);
        if (m / scale[n - 1] != ax)
            continue;
        guint64 u = (guint64)m; /* below 1e15 */
        char buf[32], *p = buf + sizeof buf;
        gboolean digits = FALSE; /* of the fraction, once its trailing zeros are gone */
        for (int place = 0; place < n; place++) {
            char d = (char)('0' + u % 10);
            u /= 10;
            if (d != '0' || digits) {
                *--p = d;
                digits = TRUE;
            }
        }
        if (digits)
            *--p = '.';
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (u != 0);
        if (x < 0)
            *--p = '-';
        put(out, p, (gsize)(buf + sizeof buf - p));
        return TRUE;
    }
    return FALSE;
}

void
cc_json_append_number(GString *out, double x)
{
    if (!isfinite(x)) {
        put(out, "null", 4);
        return;
    }
    if (x > -9.0e15 && x < 9.0e15 && x == (double)(gint64)x) {
        append_int(out, (gint64)x);
        return;
    }
    if (append_short_decimal(out, x))
        return;
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

/* A line break and the indent of @level: one append when the indent is
 * within the spaces below (a report's are), else a piece at a time. */
static const char line_spaces[] = "\n                                                                ";
const char cc_json_line16[17] = "\n                ";
#define LINE_SPACES_MAX ((int)sizeof line_spaces - 2)

/* Copies a line break and @spaces spaces (at most LINE_SPACES_MAX) to
 * @dest, which has room for LINE_SPACES_MAX + 1 bytes: sixteen bytes at a
 * constant length for the indents a report has, which the compiler
 * copies in one move. */
static inline void
line_copy(char *dest, int spaces)
{
    if (spaces < 16)
        memcpy(dest, line_spaces, 16);
    else
        memcpy(dest, line_spaces, (gsize)spaces + 1);
}

/* Room for @n more bytes (and the NUL after them) in @out: where they
 * go. The caller writes there and ends with room_used(). */
static inline char *
room(GString *out, gsize n)
{
    if (out->len + n >= out->allocated_len) {
        gsize at = out->len;
        g_string_set_size(out, at + n); /* grows the buffer geometrically */
        out->len = at;
    }
    return out->str + out->len;
}

static inline void
room_used(GString *out, char *end)
{
    *end = '\0';
    out->len = (gsize)(end - out->str);
}

static void
newline(GString *out, int indent, int level)
{
    if (indent < 0)
        return;
    int n = indent * level;
    if (n <= LINE_SPACES_MAX) {
        put(out, line_spaces, (gsize)n + 1);
        return;
    }
    g_string_append_c(out, '\n');
    for (; n > 0; n -= LINE_SPACES_MAX)
        put(out, line_spaces + 1, (gsize)MIN(n, LINE_SPACES_MAX));
}

static void
append_node(GString *out, JsonNode *node, int indent, int level)
{
    if (node == NULL || JSON_NODE_HOLDS_NULL(node)) {
        put(out, "null", 4);
        return;
    }
    if (JSON_NODE_HOLDS_OBJECT(node)) {
        JsonObject *obj = json_node_get_object(node);
        GList *members = json_object_get_members(obj);
        if (members == NULL) {
            put(out, "{}", 2);
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
            put(out, "[]", 2);
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

/* ---- the writer ------------------------------------------------------------ */

void
cc_json_writer_init(CcJsonWriter *w, GString *out, int indent, int level)
{
    memset(w, 0, sizeof *w);
    w->out = out;
    w->indent = indent;
    w->base = level;
}

/* Before a value: the separator and line of an array's element. */
static void
before_value(CcJsonWriter *w)
{
    if (w->named) {
        w->named = FALSE;
        return;
    }
    if (w->depth == 0)
        return;
    gboolean comma = w->count[w->depth - 1]++ > 0;
    int spaces = w->indent * (w->base + w->depth);
    if (w->indent >= 0 && spaces <= LINE_SPACES_MAX) {
        /* the comma and the line written in place */
        char *d = room(w->out, 1 + 1 + LINE_SPACES_MAX);
        if (comma)
            *d++ = ',';
        line_copy(d, spaces);
        room_used(w->out, d + spaces + 1);
        return;
    }
    if (comma)
        g_string_append_c(w->out, ',');
    newline(w->out, w->indent, w->base + w->depth);
}

static void
open_container(CcJsonWriter *w, char c)
{
    before_value(w);
    g_return_if_fail(w->depth < CC_JSON_WRITER_DEPTH);
    g_string_append_c(w->out, c);
    w->count[w->depth++] = 0;
}

static void
close_container(CcJsonWriter *w, char c)
{
    g_return_if_fail(w->depth > 0);
    if (w->count[--w->depth] > 0)
        newline(w->out, w->indent, w->base + w->depth);
    g_string_append_c(w->out, c);
}

void
cc_json_begin_object(CcJsonWriter *w)
{
    open_container(w, '{');
}

void
cc_json_end_object(CcJsonWriter *w)
{
    close_container(w, '}');
}

void
cc_json_begin_array(CcJsonWriter *w)
{
    open_container(w, '[');
}

void
cc_json_end_array(CcJsonWriter *w)
{
    close_container(w, ']');
}

/* The longest name laid out with its comma and line in one append. */
#define MEMBER_NAME_MAX 32

/* Does @name[0, @len), 8 to MEMBER_NAME_MAX bytes, hold a byte to escape?
 * Looked at a word at a time, the last word overlapping the one before. */
static inline gboolean
name_needs_escape(const char *name, gsize len)
{
    guint64 w;
    for (gsize k = 0; k + 8 < len; k += 8) {
        memcpy(&w, name + k, 8);
        if (word_needs_escape(w))
            return TRUE;
    }
    memcpy(&w, name + len - 8, 8);
    return word_needs_escape(w);
}

void
cc_json_member_len(CcJsonWriter *w, const char *name, gsize len)
{
    g_return_if_fail(w->depth > 0);
    gboolean comma = w->count[w->depth - 1]++ > 0;
    int spaces = w->indent >= 0 ? w->indent * (w->base + w->depth) : 0;
    w->named = TRUE;
    /* The comma, line, indent and name written in place when the name is
     * short and needs no escape (claimcheck's own names): the name's
     * length known, a literal's at compile time (cc_json_member()), it is
     * looked at and copied a word at a time, not a byte at a time. */
    if (spaces <= LINE_SPACES_MAX && len <= MEMBER_NAME_MAX) {
        gboolean plain;
        if (len >= 8) {
            plain = !name_needs_escape(name, len);
        } else {
            plain = TRUE;
            for (gsize k = 0; k < len; k++)
                plain &= !needs_escape[(unsigned char)name[k]];
        }
        if (plain) {
            char *d = room(w->out, 1 + 1 + LINE_SPACES_MAX + 1 + MEMBER_NAME_MAX + 3);
            if (comma)
                *d++ = ',';
            if (w->indent >= 0) {
                line_copy(d, spaces);
                d += spaces + 1;
            }
            *d++ = '"';
            /* two copies of a constant length, overlapping when the name
             * is shorter than both */
            if (len >= 16) {
                memcpy(d, name, 16);
                memcpy(d + len - 16, name + len - 16, 16);
            } else if (len >= 8) {
                memcpy(d, name, 8);
                memcpy(d + len - 8, name + len - 8, 8);
            } else if (len >= 4) {
                memcpy(d, name, 4);
                memcpy(d + len - 4, name + len - 4, 4);
            } else {
                for (gsize k = 0; k < len; k++)
                    d[k] = name[k];
            }
            d += len;
            *d++ = '"';
            *d++ = ':';
            if (w->indent >= 0)
                *d++ = ' ';
            room_used(w->out, d);
            return;
        }
    }
    if (comma)
        g_string_append_c(w->out, ',');
    newline(w->out, w->indent, w->base + w->depth);
    append_name(w->out, name, w->indent >= 0);
}

void
cc_json_string(CcJsonWriter *w, const char *s)
{
    before_value(w);
    if (s == NULL)
        put(w->out, "null", 4);
    else
        cc_json_append_string(w->out, s);
}

void
cc_json_string_len(CcJsonWriter *w, const char *s, gsize len)
{
    before_value(w);
    append_quoted(w->out, s, len);
}

void
cc_json_int(CcJsonWriter *w, gint64 x)
{
    before_value(w);
    append_int(w->out, x);
}

void
cc_json_number(CcJsonWriter *w, double x)
{
    before_value(w);
    cc_json_append_number(w->out, x);
}

void
cc_json_bool(CcJsonWriter *w, gboolean x)
{
    before_value(w);
    if (x)
        put(w->out, "true", 4);
    else
        put(w->out, "false", 5);
}

void
cc_json_null(CcJsonWriter *w)
{
    before_value(w);
    put(w->out, "null", 4);
}

void
cc_json_bound(CcJsonWriter *w, const CcValue *v, gboolean has, double x)
{
    if (!has) {
        cc_json_null(w);
    } else if (v->kind == CC_VALUE_DATE) {
        char iso[CC_DAY_ISO_MAX];
        cc_json_string_len(w, iso, cc_day_write_iso((guint32)x, iso));
    } else {
        cc_json_number(w, x);
    }
}

int
cc_json_value_begin(CcJsonWriter *w)
{
    before_value(w);
    return w->base + w->depth;
}

