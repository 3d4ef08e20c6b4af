/* SPDX-License-Identifier: MIT */
/* markdown.c: Markdown drafts read as prose — a block pass (front matter,
 * fences, indented code, HTML comment blocks, heading/list/quote markers,
 * reference definitions) and an inline pass per paragraph (code spans,
 * links, images, HTML, URLs, emphasis) mark markup bytes; marked bytes are
 * then blanked in place so offsets and columns of the prose never move. */
#include "internal.h"

#include <claimcheck/markdown.h>

enum {
    HIDE = 1,    /* markup: blanked in the output */
    LITERAL = 2, /* escaped or unmatched syntax: plain text to the inline pass */
};

/* The longest link target searched for its ')': a longer one is prose. */
#define MAX_TARGET 4096
/* Code-span runs this long or longer are taken as literal backticks. */
#define MAX_TICKS 64

typedef struct {
    gsize start, end; /* the comment, "<!--" to "-->" inclusive */
    char **predicates;
} Directive;

typedef struct {
    const char *text;
    gsize len;
    guint8 *flags;
    GHashTable *labels; /* reference definition labels, casefolded */
    GArray *paras;      /* gsize pairs: inline ranges [start, end) */
    GArray *directives; /* Directive */
    gsize para_start;
    gboolean in_para;
} Scan;

typedef struct {
    gsize pos, n; /* the run's remaining delimiters start at pos */
    char c;
    gboolean open, close;
    gsize orig_n;
} Delim;

/* ---- small helpers ---- */

static void
hide(Scan *s, gsize start, gsize end)
{
    for (gsize i = start; i < end && i < s->len; i++)
        s->flags[i] |= HIDE;
}

static gboolean
is_hidden(const Scan *s, gsize i)
{
    return (s->flags[i] & HIDE) != 0;
}

static gboolean
is_plain(const Scan *s, gsize i)
{
    return (s->flags[i] & (HIDE | LITERAL)) == 0;
}

static gsize
find(const char *text, gsize from, gsize to, const char *needle)
{
    gsize n = strlen(needle);
    for (gsize i = from; i + n <= to; i++)
        if (text[i] == needle[0] && memcmp(text + i, needle, n) == 0)
            return i;
    return G_MAXSIZE;
}

static gsize
line_end(const char *text, gsize len, gsize pos)
{
    const char *nl = memchr(text + pos, '\n', len - pos);
    return nl != NULL ? (gsize)(nl - text) : len;
}

static gsize
next_line(const char *text, gsize len, gsize pos)
{
    gsize e = line_end(text, len, pos);
    return e < len ? e + 1 : len;
}

/* Counts lines forward from a cursor, so that lines of offsets asked in
 * increasing order cost one pass over the text. */
typedef struct {
    gsize pos;
    guint line;
} LineCursor;

static guint
line_at(const char *text, LineCursor *cur, gsize offset)
{
    if (offset < cur->pos) {
        cur->pos = 0;
        cur->line = 1;
    }
    for (; cur->pos < offset; cur->pos++)
        if (text[cur->pos] == '\n')
            cur->line++;
    return cur->line;
}

/* Byte length of one character at @p: 1 for ASCII and for invalid bytes. */
static gsize
char_len(const char *p, gsize avail)
{
    if ((guchar)*p < 0x80)
        return 1;
    gunichar c = g_utf8_get_char_validated(p, (gssize)avail);
    if (c == (gunichar)-1 || c == (gunichar)-2)
        return 1;
    return (gsize)(g_utf8_next_char(p) - p);
}

static gunichar
char_at(const char *p, gsize avail)
{
    gunichar c = g_utf8_get_char_validated(p, (gssize)avail);
    return c == (gunichar)-1 || c == (gunichar)-2 ? 'a' : c;
}

gboolean
cc_markdown_is_blank(const char *text, gsize len, gsize *n)
{
    g_return_val_if_fail(text != NULL && len > 0, FALSE);
    gsize k = char_len(text, len);
    if (n != NULL)
        *n = k;
    if (k == 1)
        return text[0] == ' ' || text[0] == '\t' || text[0] == '\n' || text[0] == '\r' ||
               text[0] == '\f' || text[0] == '\v';
    gunichar c = g_utf8_get_char(text);
    return c == 0xA0 || c == 0x2000 || c == 0xE0020;
}

/* One blank character of the same byte length for each character of
 * text[start, end); newlines stay. */
static void
blank(const char *text, char *out, gsize start, gsize end)
{
    static const char *const fill[] = {NULL, " ", "\xc2\xa0", "\xe2\x80\x80",
                                       "\xf3\xa0\x80\xa0"};
    gsize i = start;
    while (i < end) {
        if (text[i] == '\n' || text[i] == '\r') {
            i++;
            continue;
        }
        gsize n = char_len(text + i, end - i);
        memcpy(out + i, fill[n], n);
        i += n;
    }
}

static gboolean
is_space_or_tab(char c)
{
    return c == ' ' || c == '\t';
}

static gboolean
is_blank_range(const char *text, gsize start, gsize end)
{
    for (gsize i = start; i < end; i++)
        if (!g_ascii_isspace(text[i]))
            return FALSE;
    return TRUE;
}

/* ---- front matter ---- */

static gboolean
is_delimiter_line(const char *text, gsize start, gsize end, const char *mark)
{
    if (end - start < 3 || memcmp(text + start, mark, 3) != 0)
        return FALSE;
    return is_blank_range(text, start + 3, end);
}

/* Bounds of a front-matter block opening at @pos: its body [*body_start,
 * *body_end) and the first byte after its closing line. */
static gboolean
front_matter_bounds(const char *text, gsize len, gsize pos, gsize *body_start, gsize *body_end,
                    gsize *after)
{
    if (!is_delimiter_line(text, pos, line_end(text, len, pos), "---"))
        return FALSE;
    gsize line = next_line(text, len, pos);
    *body_start = line;
    while (line < len) {
        gsize e = line_end(text, len, line);
        if (is_delimiter_line(text, line, e, "---") || is_delimiter_line(text, line, e, "...")) {
            *body_end = line;
            *after = e < len ? e + 1 : len;
            return TRUE;
        }
        line = e < len ? e + 1 : len;
    }
    return FALSE;
}

static gsize
bom_length(const char *text, gsize len)
{
    return len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
}

gboolean
cc_markdown_front_matter(const char *text, gsize len, GHashTable **fields, gsize *body_offset)
{
    if (fields != NULL)
        *fields = NULL;
    if (body_offset != NULL)
        *body_offset = 0;
    g_return_val_if_fail(text != NULL || len == 0, FALSE);
    gsize start = 0, end = 0, after = 0;
    if (!front_matter_bounds(text, len, bom_length(text, len), &start, &end, &after))
        return FALSE;
    if (body_offset != NULL)
        *body_offset = after;
    if (fields == NULL)
        return TRUE;
    GHashTable *table = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    for (gsize line = start; line < end;) {
        gsize e = line_end(text, len, line);
        gsize k = line;
        while (k < e && (g_ascii_isalnum(text[k]) || text[k] == '_' || text[k] == '-'))
            k++;
        if (k > line && k < e && text[k] == ':' && (k + 1 == e || is_space_or_tab(text[k + 1]) ||
                                                    text[k + 1] == '\r')) {
            g_autofree char *key = g_strndup(text + line, k - line);
            g_autofree char *raw = g_strndup(text + k + 1, e - k - 1);
            char *value = g_strstrip(raw);
            gsize n = strlen(value);
            if (n >= 2 && (value[0] == '"' || value[0] == '\'') && value[n - 1] == value[0]) {
                value[n - 1] = '\0';
                value++;
            }
            if (*value != '\0')
                g_hash_table_replace(table, g_steal_pointer(&key), g_strdup(value));
        }
        line = e < len ? e + 1 : len;
    }
    *fields = table;
    return TRUE;
}

/* ---- directives ---- */

static void
directive_clear(gpointer data)
{
    Directive *d = data;
    g_strfreev(d->predicates);
}

/* Records the comment text[start, end) when it is a claimcheck-ignore
 * directive. */
static void
note_comment(Scan *s, gsize start, gsize end)
{
    static const char keyword[] = "claimcheck-ignore";
    g_autofree char *body = g_strndup(s->text + start + 4, end - start - 7);
    char *p = g_strstrip(body);
    gsize k = strlen(keyword);
    if (strncmp(p, keyword, k) != 0 || (p[k] != '\0' && !g_ascii_isspace(p[k])))
        return;
    char **words = g_strsplit_set(p + k, " \t\r\n,", -1);
    GPtrArray *names = g_ptr_array_new();
    for (char **w = words; *w != NULL; w++)
        if (**w != '\0')
            g_ptr_array_add(names, g_strdup(*w));
    g_ptr_array_add(names, NULL);
    g_strfreev(words);
    Directive d = {start, end, (char **)g_ptr_array_free(names, FALSE)};
    g_array_append_val(s->directives, d);
}

/* ---- block pass ---- */

static void
end_para(Scan *s, gsize end)
{
    if (s->in_para) {
        gsize range[2] = {s->para_start, end};
        g_array_append_vals(s->paras, range, 2);
    }
    s->in_para = FALSE;
}

static void
add_para_line(Scan *s, gsize start)
{
    if (!s->in_para) {
        s->para_start = start;
        s->in_para = TRUE;
    }
}

/* Columns of indentation at @pos (tabs to the next multiple of 4); *p gets
 * the first byte after it. */
static guint
indentation(const char *text, gsize pos, gsize end, gsize *p)
{
    guint cols = 0;
    while (pos < end && is_space_or_tab(text[pos])) {
        cols = text[pos] == '\t' ? (cols / 4 + 1) * 4 : cols + 1;
        pos++;
    }
    *p = pos;
    return cols;
}

static gboolean
is_thematic_break(const char *text, gsize p, gsize end)
{
    char c = text[p];
    if (c != '-' && c != '*' && c != '_')
        return FALSE;
    guint n = 0;
    for (gsize i = p; i < end; i++) {
        if (text[i] == c)
            n++;
        else if (!is_space_or_tab(text[i]))
            return FALSE;
    }
    return n >= 3;
}

static gboolean
is_setext_underline(const char *text, gsize p, gsize end)
{
    gsize i = p;
    while (i < end && (text[i] == '=' || text[i] == '-'))
        i++;
    return i > p && text[p] == '=' && is_blank_range(text, i, end);
}

gboolean
cc_markdown_table_rule(const char *text, gsize p, gsize end)
{
    gboolean pipe = FALSE, dash = FALSE;
    for (gsize i = p; i < end; i++) {
        char c = text[i];
        if (c == '|')
            pipe = TRUE;
        else if (c == '-')
            dash = TRUE;
        else if (c != ':' && !is_space_or_tab(c))
            return FALSE;
    }
    return pipe && dash;
}

/* Length of a list marker at @p ("- ", "* ", "+ ", "12. ", "3) "), 0 when
 * there is none. An ordered marker other than 1 cannot interrupt a
 * paragraph, so a wrapped line opening "2024. " stays prose. */
static gsize
list_marker(const char *text, gsize p, gsize end, gboolean in_para)
{
    if (p >= end)
        return 0;
    if (text[p] == '-' || text[p] == '*' || text[p] == '+')
        return p + 1 == end || is_space_or_tab(text[p + 1]) ? 1 : 0;
    gsize i = p;
    while (i < end && i - p < 9 && g_ascii_isdigit(text[i]))
        i++;
    if (i == p || i >= end || (text[i] != '.' && text[i] != ')'))
        return 0;
    if (i + 1 < end && !is_space_or_tab(text[i + 1]))
        return 0;
    if (in_para && !(i - p == 1 && text[p] == '1'))
        return 0;
    return i + 1 - p;
}

/* A reference definition "[label]: target" at @p; its label goes to
 * s->labels. */
static gboolean
is_reference_definition(Scan *s, gsize p, gsize end)
{
    const char *t = s->text;
    if (t[p] != '[' || p + 1 >= end || t[p + 1] == '^')
        return FALSE;
    gsize close = p + 1;
    while (close < end && t[close] != ']' && t[close] != '[')
        close++;
    if (close >= end || t[close] != ']' || close == p + 1 || close + 1 >= end ||
        t[close + 1] != ':')
        return FALSE;
    g_autofree char *label = g_strndup(t + p + 1, close - p - 1);
    g_hash_table_add(s->labels, g_utf8_casefold(label, -1));
    return TRUE;
}

/* A footnote definition marker "[^label]:"; returns its length or 0. */
static gsize
footnote_definition(const char *t, gsize p, gsize end)
{
    if (p + 3 >= end || t[p] != '[' || t[p + 1] != '^')
        return 0;
    gsize i = p + 2;
    while (i < end && t[i] != ']' && !is_space_or_tab(t[i]))
        i++;
    if (i >= end || t[i] != ']' || i == p + 2 || i + 1 >= end || t[i + 1] != ':')
        return 0;
    return i + 2 - p;
}

static void
block_pass(Scan *s)
{
    const char *t = s->text;
    gsize len = s->len;
    gsize pos = bom_length(t, len);
    gsize fm_start, fm_end, after;
    if (front_matter_bounds(t, len, pos, &fm_start, &fm_end, &after)) {
        hide(s, pos, after);
        pos = after;
    }
    char fence = 0;
    gsize fence_len = 0;
    guint list_indent = 0; /* content column of the open list item, 0: none */

    while (pos < len) {
        gsize ls = pos;
        gsize le = line_end(t, len, pos);
        gsize next = le < len ? le + 1 : len;
        gsize ce = le > ls && t[le - 1] == '\r' ? le - 1 : le;
        pos = next;

        if (fence != 0) {
            gsize p;
            guint ind = indentation(t, ls, ce, &p);
            gsize n = 0;
            while (p + n < ce && t[p + n] == fence)
                n++;
            if (ind < 4 && n >= fence_len && is_blank_range(t, p + n, ce))
                fence = 0;
            hide(s, ls, le);
            continue;
        }
        gsize p;
        guint ind = indentation(t, ls, ce, &p);
        if (p == ce) {
            end_para(s, ls);
            continue;
        }
        if (ind >= list_indent + 4 && !s->in_para) {
            hide(s, ls, le); /* indented code */
            continue;
        }
        if (ind < list_indent && !s->in_para)
            list_indent = 0;
        /* Block quotes: blank each '>' and keep reading the line. */
        while (p < ce && t[p] == '>' && ind < 4) {
            hide(s, p, p + 1);
            p++;
            if (p < ce && t[p] == ' ')
                p++;
            while (p < ce && is_space_or_tab(t[p]))
                p++;
        }
        if (p == ce) {
            end_para(s, ls);
            continue;
        }
        if (t[p] == '`' || t[p] == '~') {
            gsize n = 0;
            while (p + n < ce && t[p + n] == t[p])
                n++;
            if (n >= 3 && (t[p] == '~' || memchr(t + p + n, '`', ce - p - n) == NULL)) {
                end_para(s, ls);
                fence = t[p];
                fence_len = n;
                hide(s, ls, le);
                continue;
            }
        }
        if (ce - p >= 4 && memcmp(t + p, "<!--", 4) == 0) {
            /* An HTML comment block runs to the end of the line holding
             * "-->", or to the end of the document. */
            end_para(s, ls);
            gsize close = find(t, p + 4, len, "-->");
            gsize stop = close == G_MAXSIZE ? len : line_end(t, len, close + 3);
            if (close == G_MAXSIZE) {
                hide(s, ls, len);
                pos = len;
                continue;
            }
            note_comment(s, p, close + 3);
            hide(s, ls, close + 3);
            /* Prose after "-->" on its line stays prose. */
            gsize rest_end = stop > close + 3 && t[stop - 1] == '\r' ? stop - 1 : stop;
            if (!is_blank_range(t, close + 3, rest_end)) {
                add_para_line(s, close + 3);
                end_para(s, rest_end);
            }
            pos = stop < len ? stop + 1 : len;
            continue;
        }
        if (t[p] == '#') {
            gsize n = 0;
            while (p + n < ce && t[p + n] == '#')
                n++;
            if (n <= 6 && (p + n == ce || is_space_or_tab(t[p + n]))) {
                end_para(s, ls);
                hide(s, p, p + n);
                /* A closing run of '#' preceded by a space goes too. */
                gsize e = ce;
                while (e > p + n && is_space_or_tab(t[e - 1]))
                    e--;
                gsize c = e;
                while (c > p + n && t[c - 1] == '#')
                    c--;
                if (c < e && (c == p + n || is_space_or_tab(t[c - 1])))
                    hide(s, c, e);
                add_para_line(s, p + n);
                end_para(s, c < e ? c : ce);
                continue;
            }
        }
        if (is_thematic_break(t, p, ce) || (s->in_para && is_setext_underline(t, p, ce)) ||
            (s->in_para && cc_markdown_table_rule(t, p, ce))) {
            gboolean table = cc_markdown_table_rule(t, p, ce);
            hide(s, ls, le);
            if (!table)
                end_para(s, ls);
            continue;
        }
        if (!s->in_para && is_reference_definition(s, p, ce)) {
            hide(s, ls, le);
            continue;
        }
        gsize fn = footnote_definition(t, p, ce);
        if (fn > 0) {
            end_para(s, ls);
            hide(s, p, p + fn);
            add_para_line(s, p + fn);
            continue;
        }
        /* A new item of an open list may interrupt its paragraph. */
        gboolean sibling = list_indent > 0 && ind < list_indent;
        gsize m = list_marker(t, p, ce, s->in_para && !sibling);
        if (m > 0 && !is_thematic_break(t, p, ce)) {
            end_para(s, ls);
            hide(s, p, p + m);
            gsize q = p + m;
            while (q < ce && is_space_or_tab(t[q]))
                q++;
            list_indent = ind + (guint)(q - p);
            /* A task box "[ ]" / "[x]". */
            if (q + 3 <= ce && t[q] == '[' && t[q + 2] == ']' &&
                (t[q + 1] == ' ' || t[q + 1] == 'x' || t[q + 1] == 'X') &&
                (q + 3 == ce || is_space_or_tab(t[q + 3])))
                hide(s, q, q + 3);
            add_para_line(s, q);
            continue;
        }
        add_para_line(s, p);
    }
    end_para(s, len);
}

/* ---- inline pass ---- */

/* The ')' closing an inline link's "(target "title")" that opens at @open:
 * parentheses in the target nest, <…> and quoted titles are skipped. */
static gsize
link_target_end(const char *t, gsize open, gsize end)
{
    gsize i = open + 1;
    while (i < end && g_ascii_isspace(t[i]))
        i++;
    if (i < end && t[i] == '<') {
        while (i < end && t[i] != '>' && t[i] != '\n')
            i++;
        if (i >= end || t[i] != '>')
            return G_MAXSIZE;
        i++;
    }
    int depth = 0;
    end = MIN(end, open + MAX_TARGET);
    for (; i < end; i++) {
        char c = t[i];
        if (c == '\\') {
            i++;
        } else if (c == '(') {
            depth++;
        } else if (c == ')') {
            if (depth-- == 0)
                return i;
        } else if ((c == '"' || c == '\'') && i > open && g_ascii_isspace(t[i - 1])) {
            gsize q = i + 1;
            while (q < end && t[q] != c)
                q++;
            if (q >= end)
                return G_MAXSIZE;
            i = q;
        } else if (c == '\n' && i + 1 < end && t[i + 1] == '\n') {
            return G_MAXSIZE;
        }
    }
    return G_MAXSIZE;
}

/* Where a link or image whose text is [open, close] ends, hiding its syntax
 * (and its text too when @whole); G_MAXSIZE when it is no link. */
static gsize
take_link(Scan *s, gsize open, gsize close, gsize end, gboolean whole)
{
    const char *t = s->text;
    gsize stop = G_MAXSIZE;
    if (close + 1 < end && t[close + 1] == '(') {
        gsize paren = link_target_end(t, close + 1, end);
        if (paren != G_MAXSIZE)
            stop = paren + 1;
    } else if (close + 1 < end && t[close + 1] == '[') {
        gsize ref = close + 2;
        while (ref < end && t[ref] != ']' && t[ref] != '[' && t[ref] != '\n')
            ref++;
        if (ref < end && t[ref] == ']')
            stop = ref + 1;
    } else if (close - open <= 1000) { /* labels are at most 999 characters */
        g_autofree char *label = g_strndup(t + open + 1, close - open - 1);
        g_autofree char *folded = g_utf8_casefold(label, -1);
        if (g_hash_table_contains(s->labels, folded))
            stop = close + 1;
    }
    if (stop == G_MAXSIZE)
        return G_MAXSIZE;
    if (whole) {
        hide(s, open, stop);
    } else {
        hide(s, open, open + 1);
        hide(s, close, stop);
    }
    return stop;
}

static gboolean
is_url_char(char c)
{
    return !g_ascii_isspace(c) && c != '<' && c != '>' && c != '"';
}

/* "<https://…>", "<name@host>" or an HTML tag at @i: its end, or G_MAXSIZE. */
static gsize
angle_end(const char *t, gsize i, gsize end)
{
    gsize j = i + 1;
    gsize scheme = j;
    while (scheme < end && (g_ascii_isalnum(t[scheme]) || t[scheme] == '+' ||
                            t[scheme] == '.' || t[scheme] == '-'))
        scheme++;
    if (scheme > j + 1 && scheme < end && t[scheme] == ':' && g_ascii_isalpha(t[j])) {
        gsize k = scheme + 1;
        while (k < end && is_url_char(t[k]))
            k++;
        if (k < end && t[k] == '>')
            return k + 1;
    }
    gsize k = j;
    while (k < end && (g_ascii_isalnum(t[k]) || strchr(".!#$%&'*+/=?^_`{|}~-", t[k]) != NULL))
        k++;
    if (k > j && k < end && t[k] == '@') {
        gsize h = k + 1;
        while (h < end && (g_ascii_isalnum(t[h]) || t[h] == '.' || t[h] == '-'))
            h++;
        if (h > k + 1 && h < end && t[h] == '>')
            return h + 1;
    }
    /* An HTML tag: <name attrs…>, </name>, <name/>. */
    if (j < end && t[j] == '/')
        j++;
    if (j >= end || !g_ascii_isalpha(t[j]))
        return G_MAXSIZE;
    while (j < end && (g_ascii_isalnum(t[j]) || t[j] == '-'))
        j++;
    if (j < end && t[j] != '>' && t[j] != '/' && !g_ascii_isspace(t[j]))
        return G_MAXSIZE;
    char quote = 0;
    for (; j < end; j++) {
        if (quote != 0) {
            if (t[j] == quote)
                quote = 0;
        } else if (t[j] == '"' || t[j] == '\'') {
            quote = t[j];
        } else if (t[j] == '>') {
            return j + 1;
        } else if (t[j] == '<' || (t[j] == '\n' && j + 1 < end && t[j + 1] == '\n')) {
            return G_MAXSIZE;
        }
    }
    return G_MAXSIZE;
}

/* A bare "http://" or "https://" URL at @i: its end, without trailing
 * punctuation or an unbalanced ')'. */
static gsize
bare_url_end(const char *t, gsize start, gsize i, gsize end)
{
    if (i > start && (g_ascii_isalnum(t[i - 1]) || t[i - 1] == '/'))
        return G_MAXSIZE;
    gsize k;
    if (end - i > 8 && g_ascii_strncasecmp(t + i, "https://", 8) == 0)
        k = i + 8;
    else if (end - i > 7 && g_ascii_strncasecmp(t + i, "http://", 7) == 0)
        k = i + 7;
    else
        return G_MAXSIZE;
    gsize host = k;
    while (k < end && is_url_char(t[k]))
        k++;
    if (k == host)
        return G_MAXSIZE;
    for (;;) {
        char c = t[k - 1];
        if (strchr(".,:;!?'*_~", c) != NULL) {
            k--;
        } else if (c == ')') {
            int balance = 0;
            for (gsize q = i; q < k; q++)
                balance += t[q] == '(' ? 1 : t[q] == ')' ? -1 : 0;
            if (balance >= 0)
                break;
            k--;
        } else {
            break;
        }
    }
    return k;
}

static gboolean
is_ws_char(gunichar c)
{
    return g_unichar_isspace(c) || c == 0xE0020;
}

static gboolean
is_punct_char(gunichar c)
{
    return c < 0x80 ? g_ascii_ispunct((char)c) : g_unichar_ispunct(c);
}

static void
classify_run(const Scan *s, gsize start, gsize end, Delim *d)
{
    const char *t = s->text;
    gunichar prev = ' ', next = ' ';
    if (d->pos > start) {
        const char *p = g_utf8_find_prev_char(t + start, t + d->pos);
        if (p != NULL)
            prev = char_at(p, (gsize)(t + d->pos - p));
    }
    if (d->pos + d->n < end)
        next = char_at(t + d->pos + d->n, end - d->pos - d->n);
    gboolean left = !is_ws_char(next) &&
                    (!is_punct_char(next) || is_ws_char(prev) || is_punct_char(prev));
    gboolean right = !is_ws_char(prev) &&
                     (!is_punct_char(prev) || is_ws_char(next) || is_punct_char(next));
    if (d->c == '_') {
        d->open = left && (!right || is_punct_char(prev));
        d->close = right && (!left || is_punct_char(next));
    } else {
        d->open = left;
        d->close = right;
    }
}

/* Matches emphasis delimiters as CommonMark does, without the rule of 3:
 * each closer pairs with the nearest open run of its kind ('*', '_', and
 * '~' runs of one and of two), and runs of other kinds between the two can
 * no longer match. One stack per kind keeps this linear. */
static void
match_emphasis(Scan *s, GArray *delims)
{
    GArray *stacks[4];
    for (guint k = 0; k < 4; k++)
        stacks[k] = g_array_new(FALSE, FALSE, sizeof(guint));
    for (guint i = 0; i < delims->len; i++) {
        Delim *closer = &g_array_index(delims, Delim, i);
        guint kind = closer->c == '*' ? 0 : closer->c == '_' ? 1 : closer->n == 1 ? 2 : 3;
        GArray *stack = stacks[kind];
        while (closer->close && closer->n > 0 && stack->len > 0) {
            guint j = g_array_index(stack, guint, stack->len - 1);
            Delim *opener = &g_array_index(delims, Delim, j);
            gsize use = closer->c == '~' ? closer->n : (opener->n >= 2 && closer->n >= 2 ? 2 : 1);
            hide(s, opener->pos + opener->n - use, opener->pos + opener->n);
            opener->n -= use;
            hide(s, closer->pos, closer->pos + use);
            closer->pos += use;
            closer->n -= use;
            if (opener->n == 0)
                g_array_set_size(stack, stack->len - 1);
            for (guint k = 0; k < 4; k++) {
                GArray *other = stacks[k];
                while (other->len > 0 && g_array_index(other, guint, other->len - 1) > j)
                    g_array_set_size(other, other->len - 1);
            }
        }
        if (closer->open && closer->n > 0)
            g_array_append_val(stack, i);
    }
    for (guint k = 0; k < 4; k++)
        g_array_unref(stacks[k]);
}

/* Escapes, code spans, comments, autolinks, HTML tags and bare URLs: the
 * constructs that bind tighter than links and emphasis. */
static void
inline_atoms(Scan *s, gsize start, gsize end)
{
    const char *t = s->text;
    /* Searches that failed once fail for every later start as well. */
    gboolean no_comment_close = FALSE;
    gboolean no_ticks[MAX_TICKS] = {FALSE};
    gsize i = start;
    while (i < end) {
        if (!is_plain(s, i)) {
            i++;
            continue;
        }
        char c = t[i];
        gsize stop = G_MAXSIZE;
        if (c == '\\' && i + 1 < end && (g_ascii_ispunct(t[i + 1]) || t[i + 1] == '\n')) {
            hide(s, i, i + 1);
            s->flags[i + 1] |= LITERAL;
            i += 2;
            continue;
        } else if (c == '`') {
            gsize n = 0;
            while (i + n < end && t[i + n] == '`')
                n++;
            gsize k = i + n;
            while (n < MAX_TICKS && !no_ticks[n] && k < end) {
                if (t[k] != '`') {
                    k++;
                    continue;
                }
                gsize m = 0;
                while (k + m < end && t[k + m] == '`')
                    m++;
                if (m == n) {
                    stop = k + n;
                    break;
                }
                k += m;
            }
            if (stop == G_MAXSIZE) {
                if (n < MAX_TICKS)
                    no_ticks[n] = TRUE;
                for (gsize q = i; q < i + n; q++)
                    s->flags[q] |= LITERAL;
                i += n;
                continue;
            }
        } else if (c == '<') {
            if (end - i >= 4 && memcmp(t + i, "<!--", 4) == 0) {
                gsize close = no_comment_close ? G_MAXSIZE : find(t, i + 4, end, "-->");
                if (close != G_MAXSIZE) {
                    stop = close + 3;
                    note_comment(s, i, stop);
                } else {
                    no_comment_close = TRUE;
                }
            } else {
                stop = angle_end(t, i, end);
            }
        } else if (c == 'h' || c == 'H') {
            stop = bare_url_end(t, start, i, end);
        }
        if (stop != G_MAXSIZE) {
            hide(s, i, stop);
            i = stop;
        } else {
            i++;
        }
    }
}

/* Pairs every plain '[' with its ']' in one pass. (element-type gsize gsize) */
static GHashTable *
bracket_pairs(const Scan *s, gsize start, gsize end)
{
    GHashTable *pairs = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, g_free);
    g_autoptr(GArray) open = g_array_new(FALSE, FALSE, sizeof(gsize));
    for (gsize i = start; i < end; i++) {
        if (!is_plain(s, i))
            continue;
        if (s->text[i] == '[') {
            g_array_append_val(open, i);
        } else if (s->text[i] == ']' && open->len > 0) {
            gint64 *k = g_new(gint64, 1), *v = g_new(gint64, 1);
            *k = (gint64)g_array_index(open, gsize, open->len - 1);
            *v = (gint64)i;
            g_hash_table_insert(pairs, k, v);
            g_array_set_size(open, open->len - 1);
        }
    }
    return pairs;
}

static gsize
bracket_close(GHashTable *pairs, gsize open)
{
    gint64 k = (gint64)open;
    const gint64 *v = g_hash_table_lookup(pairs, &k);
    return v != NULL ? (gsize)*v : G_MAXSIZE;
}

static void
inline_pass(Scan *s, gsize start, gsize end)
{
    const char *t = s->text;
    inline_atoms(s, start, end);
    g_autoptr(GHashTable) pairs = bracket_pairs(s, start, end);
    g_autoptr(GArray) delims = g_array_new(FALSE, FALSE, sizeof(Delim));
    gsize i = start;
    while (i < end) {
        if (!is_plain(s, i)) {
            i++;
            continue;
        }
        char c = t[i];
        if (c == '[' || (c == '!' && i + 1 < end && t[i + 1] == '[' && is_plain(s, i + 1))) {
            gboolean image = c == '!';
            gsize open = image ? i + 1 : i;
            gsize close = bracket_close(pairs, open);
            gsize stop = G_MAXSIZE;
            if (close != G_MAXSIZE && !image && t[open + 1] == '^') {
                hide(s, open, close + 1); /* footnote reference */
                stop = close + 1;
            } else if (close != G_MAXSIZE) {
                stop = take_link(s, open, close, end, image);
            }
            if (stop == G_MAXSIZE) {
                i = open + 1;
            } else if (image) {
                hide(s, i, open);
                i = stop;
            } else {
                i = open + 1; /* the link text is prose: scan it */
            }
        } else if (c == '*' || c == '_' || c == '~') {
            Delim d = {.pos = i, .c = c};
            while (i < end && t[i] == c && is_plain(s, i)) {
                d.n++;
                i++;
            }
            d.orig_n = d.n;
            classify_run(s, start, end, &d);
            if (c != '~' || d.n <= 2)
                g_array_append_val(delims, d);
        } else {
            i++;
        }
    }
    match_emphasis(s, delims);
}

/* ---- the whole scan ---- */

static char *
scan(const char *text, gsize len, GArray **directives)
{
    Scan s = {.text = text, .len = len};
    s.flags = g_malloc0(len + 1);
    s.labels = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    s.paras = g_array_new(FALSE, FALSE, sizeof(gsize));
    s.directives = g_array_new(FALSE, FALSE, sizeof(Directive));
    g_array_set_clear_func(s.directives, directive_clear);

    block_pass(&s);
    for (guint k = 0; k + 1 < s.paras->len; k += 2)
        inline_pass(&s, g_array_index(s.paras, gsize, k), g_array_index(s.paras, gsize, k + 1));

    char *out = g_malloc(len + 1);
    memcpy(out, text, len);
    out[len] = '\0';
    gsize i = 0;
    while (i < len) {
        if (!is_hidden(&s, i)) {
            i++;
            continue;
        }
        gsize j = i;
        while (j < len && is_hidden(&s, j))
            j++;
        blank(text, out, i, j);
        i = j;
    }
    g_free(s.flags);
    g_hash_table_unref(s.labels);
    g_array_unref(s.paras);
    if (directives != NULL)
        *directives = s.directives;
    else
        g_array_unref(s.directives);
    return out;
}

char *
cc_markdown_mask(const char *text, gsize len)
{
    g_return_val_if_fail(text != NULL || len == 0, NULL);
    return scan(text != NULL ? text : "", len, NULL);
}

void
cc_markdown_suppression_free(CcMarkdownSuppression *suppression)
{
    if (suppression == NULL)
        return;
    g_free(suppression->predicate);
    g_free(suppression);
}

/* The first line, from the rest of the line where the comment ends, that
 * holds prose in the masked text; 0 when there is none. */
static guint
target_line(const char *masked, gsize len, gsize from, LineCursor *cur)
{
    guint line = line_at(masked, cur, from);
    gsize i = from;
    while (i < len) {
        if (masked[i] == '\n') {
            line++;
            i++;
            continue;
        }
        gsize n = 1;
        if (!cc_markdown_is_blank(masked + i, len - i, &n))
            return line;
        i += n;
    }
    return 0;
}

static gint
directive_compare(gconstpointer a, gconstpointer b)
{
    gsize x = ((const Directive *)a)->start, y = ((const Directive *)b)->start;
    return x < y ? -1 : x > y;
}

GPtrArray *
cc_markdown_suppressions(const char *text, gsize len)
{
    g_return_val_if_fail(text != NULL || len == 0, NULL);
    GPtrArray *result =
        g_ptr_array_new_with_free_func((GDestroyNotify)cc_markdown_suppression_free);
    GArray *directives = NULL;
    g_autofree char *masked = scan(text != NULL ? text : "", len, &directives);
    g_array_sort(directives, directive_compare);
    LineCursor cursor = {0, 1};
    for (guint k = 0; k < directives->len; k++) {
        Directive *d = &g_array_index(directives, Directive, k);
        guint comment_line = line_at(text, &cursor, d->start);
        guint line = target_line(masked, len, d->end, &cursor);
        char **names = d->predicates;
        if (names[0] == NULL) {
            CcMarkdownSuppression *sup = g_new0(CcMarkdownSuppression, 1);
            sup->line = line;
            sup->comment_line = comment_line;
            g_ptr_array_add(result, sup);
        }
        for (char **n = names; *n != NULL; n++) {
            CcMarkdownSuppression *sup = g_new0(CcMarkdownSuppression, 1);
            sup->line = line;
            sup->comment_line = comment_line;
            sup->predicate = g_strdup(*n);
            g_ptr_array_add(result, sup);
        }
    }
    g_array_unref(directives);
    return result;
}
