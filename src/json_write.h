/* SPDX-License-Identifier: MIT */
/* json_write.h: JSON text, written as it goes (CcJsonWriter) or from
 * json-glib nodes, members in insertion order and numbers in their
 * shortest form that reads back exactly (json-glib's generator prints 0.1
 * as 0.10000000000000001). Both lay text out alike: one line, or
 * pretty-printed as json-glib's generator does. Private to libclaimcheck. */
#pragma once

#include <claimcheck/value.h>
#include <glib.h>
#include <string.h>
#include <json-glib/json-glib.h>

/* Appends the first @n bytes of @s, copying @width >= @n of them (all
 * readable): a constant @width makes the copy one fixed-size move, for
 * short pieces of a known bound laid out in a padded buffer. */
static inline void
cc_json_put_wide(GString *out, const char *s, gsize n, gsize width)
{
    if (out->len + width >= out->allocated_len) {
        gsize len = out->len;
        g_string_set_size(out, len + width); /* grows the buffer geometrically */
        out->len = len;
    }
    memcpy(out->str + out->len, s, width);
    out->len += n;
    out->str[out->len] = '\0';
}

/* As g_string_append_len(), without its checks for text inside @out (and
 * inlined: GLib's is a call): the writers append short pieces, and those
 * checks were a sixth of their time. */
static inline void
cc_json_put(GString *out, const char *s, gsize n)
{
    cc_json_put_wide(out, s, n, n);
}

/* Appends @node to @out. @indent < 0: one line; else pretty-printed with
 * that many spaces per level. */
void cc_json_append(GString *out, JsonNode *node, int indent);
/* The same, for a node nested @level deep in a document written piece by
 * piece (its first line is not indented; its inner lines are). */
void cc_json_append_at(GString *out, JsonNode *node, int indent, int level);
/* Whether @s[0, @len) needs no escape inside a JSON string literal. */
gboolean cc_json_is_plain(const char *s, gsize len);
/* Appends @s[0, @len) as the inside of a JSON string literal, escaped. */
void cc_json_append_escaped(GString *out, const char *s, gsize len);
/* Appends @s as a JSON string literal. */
void cc_json_append_string(GString *out, const char *s);
/* Appends @x as a JSON number (integers without a fraction). */
void cc_json_append_number(GString *out, double x);

/* Builder helpers shared by the record and report writers. */
/* A number, as an integer when it is one. */
void cc_json_add_number(JsonBuilder *b, double x);
/* Member @member: @s, or null. */
void cc_json_add_string_or_null(JsonBuilder *b, const char *member, const char *s);
/* An interval bound: null when open, an ISO day for dates, else a number. */
void cc_json_add_bound(JsonBuilder *b, const CcValue *v, gboolean has, double x);


/* A writer of JSON text into a GString, with no tree: values are written as
 * they are given. Containers nest at most CC_JSON_WRITER_DEPTH deep. */
enum { CC_JSON_WRITER_DEPTH = 16 };
typedef struct {
    GString *out;
    int indent;  /* < 0: one line */
    int depth;   /* open containers */
    int base;    /* level of the outermost value */
    gboolean named; /* a member's name was written; its value comes next */
    guint count[CC_JSON_WRITER_DEPTH]; /* members or elements written, per open container */
} CcJsonWriter;

/* Starts a value nested @level deep (its first line not indented). */
void cc_json_writer_init(CcJsonWriter *w, GString *out, int indent, int level);
void cc_json_begin_object(CcJsonWriter *w);
void cc_json_end_object(CcJsonWriter *w);
void cc_json_begin_array(CcJsonWriter *w);
void cc_json_end_array(CcJsonWriter *w);
/* The next value is the member @name, @len bytes and NUL-terminated, of
 * the open object. */
void cc_json_member_len(CcJsonWriter *w, const char *name, gsize len);
/* A line break and sixteen spaces: the indents a report has are shorter. */
extern const char cc_json_line16[17];

/* The same, in place, for a @name of at most sixteen bytes that needs no
 * escape (a literal of claimcheck's own) under an indent of less than
 * sixteen spaces: the comma, line, indent and name at constant lengths,
 * with no call. Anything else goes to cc_json_member_len(). */
static inline void
cc_json_member_plain(CcJsonWriter *w, const char *name, gsize len)
{
#ifndef NDEBUG
    g_assert(len <= 16 && cc_json_is_plain(name, len));
#endif
    GString *out = w->out;
    int spaces = w->indent >= 0 ? w->indent * (w->base + w->depth) : 0;
    if (w->depth <= 0 || spaces >= 16 || out->len + 1 + 16 + 1 + 16 + 3 >= out->allocated_len) {
        cc_json_member_len(w, name, len);
        return;
    }
    char *d = out->str + out->len;
    if (w->count[w->depth - 1]++ > 0)
        *d++ = ',';
    w->named = TRUE;
    if (w->indent >= 0) {
        memcpy(d, cc_json_line16, 16);
        d += spaces + 1;
    }
    *d++ = '"';
    memcpy(d, name, len);
    d += len;
    *d++ = '"';
    *d++ = ':';
    if (w->indent >= 0)
        *d++ = ' ';
    *d = '\0';
    out->len = (gsize)(d - out->str);
}

/* The same for a NUL-terminated @name: inline, so that a literal name's
 * length is a constant, and a short literal is written in place. */
static inline void
cc_json_member(CcJsonWriter *w, const char *name)
{
    gsize len = strlen(name);
#if defined(__GNUC__)
    if (__builtin_constant_p(len) && len <= 16) {
        cc_json_member_plain(w, name, len);
        return;
    }
#endif
    cc_json_member_len(w, name, len);
}
void cc_json_string(CcJsonWriter *w, const char *s); /* NULL: null */
void cc_json_string_len(CcJsonWriter *w, const char *s, gsize len); /* without NUL bytes */
void cc_json_int(CcJsonWriter *w, gint64 x);
void cc_json_number(CcJsonWriter *w, double x);
void cc_json_bool(CcJsonWriter *w, gboolean x);
void cc_json_null(CcJsonWriter *w);
/* An interval bound: null when open, an ISO day for dates, else a number. */
void cc_json_bound(CcJsonWriter *w, const CcValue *v, gboolean has, double x);
/* Starts a value the caller appends to w->out itself, laid out at the
 * level returned (cc_claim_append_json()). */
int cc_json_value_begin(CcJsonWriter *w);
