/* SPDX-License-Identifier: MIT */
/* startset.c: the bytes a regex's matches can start with, read from the
 * regex.
 *
 * The reader walks the PCRE2 syntax and keeps,
 * along a sequence, whether everything so far may match nothing (then the
 * next atom's first bytes are first bytes too) and whether a \b stands
 * before the current place on every such path (then those bytes open a
 * match only at a word boundary). Subroutine calls ((?&name), (?1)) read
 * the group they call, so a (?(DEFINE)…) grammar is followed into. Every
 * doubt widens the set: a class it cannot read, a non-ASCII literal, a
 * back reference admit every byte; syntax it does not follow gives no set
 * at all. The sets are never smaller than PCRE2's matches need. */
#include "startset.h"

#include <string.h>

static gboolean cc_regex_skip_past(const char *re, gsize *pos, char close);
static guint cc_regex_read_quantifier(const char *re, gsize *pos, gboolean *quantified);

typedef struct {
    guint8 anywhere[32], bounded[32];
    /* By ASCII letter: what may follow it where it opens a match anywhere
     * (all 256 bytes when not known). */
    guint8 after[26][32];
    guint8 after_bounded[26][32]; /* the same after a \b */
    /* (element-type Third) or NULL: for two letters that open a match as
     * unquantified literals, the bytes that may come third. Every pair an
     * after table admits has one. */
    GArray *thirds;
} Bytes;

typedef struct {
    guint8 where; /* 0: anywhere, 1: after a \b */
    guint8 first, second; /* lower-case letters, 0 for 'a' */
    guint8 next[32];
} Third;

/* What is known of the place a first byte is read at: nothing; that the
 * character before is no word character (a lookbehind says so); that a
 * \b stands there. A word character after a non-word one stands at a
 * boundary too. */
enum { CTX_FREE, CTX_NON_WORD, CTX_BOUNDED };

typedef struct {
    gsize open;       /* offset of the group's '(' */
    char *name;       /* or NULL */
    int state[3];     /* by context: 0 not read, 1 reading, 2 read */
    Bytes first[3];   /* by context, once read */
    gboolean empty[3];
} Group;

typedef struct {
    const char *re;
    gsize i;
    gboolean give_up;
    GArray *groups; /* (element-type Group) in the order of their '(' */
    guint depth;
    /* Set by each read of a sequence, alternation or group that may match
     * empty: the context after it along the paths that match nothing. */
    int exit_ctx;
    /* Above 0 while reading atoms that come after a first byte: their
     * syntax is followed, the groups they call are not read. */
    guint skipping;
} Reader;

static void
add_byte(guint8 *set, guint c)
{
    set[c >> 3] |= (guint8)(1u << (c & 7));
}

static gboolean
has_byte(const guint8 *set, guint c)
{
    return (set[c >> 3] >> (c & 7)) & 1u;
}

static void
add_all(guint8 *set)
{
    memset(set, 0xFF, 32);
}

static void
bytes_clear(Bytes *b)
{
    if (b->thirds != NULL)
        g_array_unref(b->thirds);
    b->thirds = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Bytes, bytes_clear)

/* Bytes @next (NULL: any) may come third after letters @first, @second
 * that open a match where @where says. */
static void
add_third(Bytes *out, guint where, guint first, guint second, const guint8 *next)
{
    if (out->thirds == NULL)
        out->thirds = g_array_new(FALSE, FALSE, sizeof(Third));
    for (guint k = 0; k < out->thirds->len; k++) {
        Third *t = &g_array_index(out->thirds, Third, k);
        if (t->where == where && t->first == first && t->second == second) {
            for (guint q = 0; q < 32; q++)
                t->next[q] |= next ? next[q] : 0xFF;
            return;
        }
    }
    Third t = {(guint8)where, (guint8)first, (guint8)second, {0}};
    memset(t.next, 0xFF, 32);
    if (next)
        memcpy(t.next, next, 32);
    g_array_append_val(out->thirds, t);
}

static void
bytes_or(Bytes *a, const Bytes *b)
{
    for (guint k = 0; b->thirds != NULL && k < b->thirds->len; k++) {
        const Third *t = &g_array_index(b->thirds, Third, k);
        add_third(a, t->where, t->first, t->second, t->next);
    }
    for (guint k = 0; k < 32; k++) {
        a->anywhere[k] |= b->anywhere[k];
        a->bounded[k] |= b->bounded[k];
    }
    for (guint l = 0; l < 26; l++)
        for (guint k = 0; k < 32; k++)
            a->after[l][k] |= b->after[l][k];
    for (guint l = 0; l < 26; l++)
        for (guint k = 0; k < 32; k++)
            a->after_bounded[l][k] |= b->after_bounded[l][k];
}

/* @chars open a match anywhere (@where 0) or after a \b (1); @next (or
 * NULL: anything) may follow an ASCII letter among them, and where @next
 * is one letter, @third (or NULL: anything) may follow that. */
static void
add_first(Bytes *out, guint where, const guint8 *chars, const guint8 *next, const guint8 *third)
{
    guint8 *set = where ? out->bounded : out->anywhere;
    guint8(*after)[32] = where ? out->after_bounded : out->after;
    for (guint k = 0; k < 32; k++)
        set[k] |= chars[k];
    for (guint l = 0; l < 26; l++) {
        if (!has_byte(chars, 'a' + l) && !has_byte(chars, 'A' + l))
            continue;
        for (guint k = 0; k < 32; k++)
            after[l][k] |= next ? next[k] : 0xFF;
        for (guint m = 0; next != NULL && m < 26; m++)
            if (has_byte(next, 'a' + m) || has_byte(next, 'A' + m))
                add_third(out, where, l, m, third);
    }
}

static void
add_anywhere(Bytes *out, const guint8 *chars, const guint8 *next, const guint8 *third)
{
    add_first(out, 0, chars, next, third);
}

/* @chars open a match after a \b; @next, @third as above. */
static void
add_bounded(Bytes *out, const guint8 *chars, const guint8 *next, const guint8 *third)
{
    add_first(out, 1, chars, next, third);
}

/* An ASCII character matched without regard to case: both cases, and the
 * first byte of the non-ASCII characters PCRE2 also takes for k and s
 * (KELVIN SIGN, LATIN SMALL LETTER LONG S). */
static void
add_char(guint8 *set, guint c)
{
    if (c >= 0x80) {
        add_all(set); /* its other cases may be anything */
        return;
    }
    add_byte(set, c);
    if (g_ascii_isalpha((char)c)) {
        add_byte(set, (guint)g_ascii_tolower((char)c));
        add_byte(set, (guint)g_ascii_toupper((char)c));
        char l = g_ascii_tolower((char)c);
        if (l == 'k')
            add_byte(set, 0xE2);
        if (l == 's')
            add_byte(set, 0xC5);
    }
}

static void
add_digits(guint8 *set)
{
    for (guint c = '0'; c <= '9'; c++)
        add_byte(set, c);
}

static void
add_word(guint8 *set)
{
    for (guint c = 0; c < 128; c++)
        if (g_ascii_isalnum((char)c) || c == '_')
            add_byte(set, c);
}

static void
add_space(guint8 *set)
{
    static const char spaces[] = " \t\n\v\f\r";
    for (const char *p = spaces; *p; p++)
        add_byte(set, (guint)*p);
}

/* Skips from re[i] (just after an opening @open) to just after @close. */
static void
skip_to(Reader *r, char close)
{
    if (!cc_regex_skip_past(r->re, &r->i, close))
        r->give_up = TRUE;
}

/* A \x escape's value from just after the 'x'; G_MAXUINT when unreadable. */
static guint
read_hex(Reader *r)
{
    const char *re = r->re;
    guint v = 0;
    if (re[r->i] == '{') {
        r->i++;
        gsize digits = 0;
        while (g_ascii_isxdigit(re[r->i]) && digits < 8) {
            v = v * 16 + (guint)g_ascii_xdigit_value(re[r->i]);
            r->i++;
            digits++;
        }
        if (re[r->i] != '}' || digits == 0)
            return G_MAXUINT;
        r->i++;
        return v;
    }
    for (int k = 0; k < 2 && g_ascii_isxdigit(re[r->i]); k++) {
        v = v * 16 + (guint)g_ascii_xdigit_value(re[r->i]);
        r->i++;
    }
    return v;
}

/* A character class from its '[', into @set. */
static void
read_class(Reader *r, guint8 *set)
{
    const char *re = r->re;
    r->i++;
    gboolean negated = re[r->i] == '^';
    if (negated)
        r->i++;
    guint8 inside[32] = {0};
    gboolean first = TRUE;
    gint prev = -1; /* the last single character, for a range */
    while (re[r->i] && (re[r->i] != ']' || first)) {
        first = FALSE;
        char c = re[r->i];
        gint single = -1;
        if (c == '[' && re[r->i + 1] == ':') {
            const char *e = strstr(re + r->i + 2, ":]");
            if (e == NULL) {
                r->give_up = TRUE;
                return;
            }
            r->i = (gsize)(e - re) + 2;
            add_all(inside);
        } else if (c == '\\') {
            char e = re[r->i + 1];
            r->i += 2;
            switch (e) {
            case '\0':
                r->give_up = TRUE;
                return;
            case 'd':
                add_digits(inside);
                break;
            case 'w':
                add_word(inside);
                break;
            case 's':
                add_space(inside);
                break;
            case 'x': {
                guint v = read_hex(r);
                if (v == G_MAXUINT) {
                    r->give_up = TRUE;
                    return;
                }
                single = v < 0x80 ? (gint)v : -1;
                if (v >= 0x80)
                    add_all(inside);
                break;
            }
            case 'p':
            case 'P':
                if (re[r->i] == '{')
                    skip_to(r, '}');
                else
                    r->i++;
                add_all(inside);
                break;
            case 'Q':
                r->give_up = TRUE; /* rare in a class: not followed */
                return;
            case 'b':
                single = 8;
                break;
            case 't':
                single = '\t';
                break;
            case 'n':
                single = '\n';
                break;
            case 'r':
                single = '\r';
                break;
            case 'f':
                single = '\f';
                break;
            case 'e':
                single = 27;
                break;
            case 'a':
                single = 7;
                break;
            default:
                if (g_ascii_isalnum(e))
                    add_all(inside); /* \D \W \S \h \v \N, octal …: anything */
                else
                    single = (guint8)e;
                break;
            }
        } else if ((unsigned char)c >= 0x80) {
            r->i++;
            while (((unsigned char)re[r->i] & 0xC0) == 0x80)
                r->i++;
            add_all(inside);
            prev = -1;
            if (re[r->i] == '-' && re[r->i + 1] != ']')
                r->i++; /* a range from it: everything already */
            continue;
        } else {
            r->i++;
            single = (guint8)c;
            if (c == '-' && prev >= 0 && re[r->i] != ']' && re[r->i] != '\0') {
                /* a range prev-hi */
                char h = re[r->i];
                gint hi;
                if (h == '\\') {
                    r->i++;
                    char e = re[r->i];
                    if (e == 'x') {
                        r->i++;
                        guint v = read_hex(r);
                        hi = v == G_MAXUINT ? 0x10FFFF : (gint)v;
                    } else if (g_ascii_isalnum(e) || e == '\0') {
                        r->give_up = TRUE;
                        return;
                    } else {
                        r->i++;
                        hi = (guint8)e;
                    }
                } else if ((unsigned char)h >= 0x80) {
                    r->i++;
                    while (((unsigned char)re[r->i] & 0xC0) == 0x80)
                        r->i++;
                    hi = 0x10FFFF;
                } else {
                    r->i++;
                    hi = (guint8)h;
                }
                if (hi >= 0x80)
                    add_all(inside);
                for (gint k = prev; k <= hi && k < 0x80; k++)
                    add_char(inside, (guint)k);
                prev = -1;
                continue;
            }
        }
        if (single >= 0)
            add_char(inside, (guint)single);
        prev = single;
    }
    if (re[r->i] != ']') {
        r->give_up = TRUE;
        return;
    }
    r->i++;
    if (negated)
        add_all(set);
    else
        for (guint k = 0; k < 32; k++)
            set[k] |= inside[k];
}

/* Numbers and names of the capturing groups, in order. */
static void
find_groups(Reader *r)
{
    const char *re = r->re;
    for (gsize i = 0; re[i] && !r->give_up; i++) {
        char c = re[i];
        if (c == '\\') {
            if (re[i + 1] == 'Q') {
                const char *e = strstr(re + i + 2, "\\E");
                if (e == NULL)
                    return;
                i = (gsize)(e - re) + 1;
            } else if (re[i + 1] != '\0') {
                i++;
            }
            continue;
        }
        if (c == '[') {
            Reader sub = {.re = re, .i = i};
            guint8 ignored[32] = {0};
            read_class(&sub, ignored);
            if (sub.give_up) {
                r->give_up = TRUE;
                return;
            }
            i = sub.i - 1;
            continue;
        }
        if (c != '(')
            continue;
        Group g = {.open = i};
        if (re[i + 1] == '?') {
            const char *p = re + i + 2;
            if (*p == '|') {
                r->give_up = TRUE; /* branch reset renumbers */
                return;
            }
            const char *name = NULL;
            char end = 0;
            if (*p == '<' && p[1] != '=' && p[1] != '!') {
                name = p + 1;
                end = '>';
            } else if (*p == '\'') {
                name = p + 1;
                end = '\'';
            } else if (*p == 'P' && p[1] == '<') {
                name = p + 2;
                end = '>';
            }
            if (name == NULL)
                continue;
            const char *e = strchr(name, end);
            if (e == NULL) {
                r->give_up = TRUE;
                return;
            }
            g.name = g_strndup(name, (gsize)(e - name));
        } else if (re[i + 1] == '*') {
            continue;
        }
        g_array_append_val(r->groups, g);
    }
}

static gboolean read_alternation(Reader *r, int ctx, Bytes *out);

/* The first bytes of group @index's content, read where it is written. */
static gboolean
call_group(Reader *r, guint index, int ctx, Bytes *out)
{
    if (index >= r->groups->len) {
        r->give_up = TRUE;
        return TRUE;
    }
    if (r->skipping > 0) {
        r->exit_ctx = ctx;
        return TRUE;
    }
    Group *g = &g_array_index(r->groups, Group, index);
    int b = ctx;
    if (g->state[b] == 1 || r->depth > 64) {
        /* A recursion: anything may come first. */
        guint8 all[32];
        add_all(all);
        add_anywhere(out, all, NULL, NULL);
        r->exit_ctx = ctx;
        return TRUE;
    }
    if (g->state[b] == 0) {
        g->state[b] = 1;
        gsize saved = r->i;
        /* Past the group's opening: "(", "(?<name>", "(?'name'", "(?P<name>". */
        r->i = g->open + 1;
        if (r->re[r->i] == '?') {
            const char *p = r->re + r->i + 1;
            if (*p == 'P')
                p++;
            const char *e = strchr(p + 1, *p == '\'' ? '\'' : '>');
            r->i = e ? (gsize)(e - r->re) + 1 : strlen(r->re);
        }
        r->depth++;
        Bytes first = {0};
        gboolean empty = read_alternation(r, ctx, &first);
        r->depth--;
        r->i = saved;
        g = &g_array_index(r->groups, Group, index);
        bytes_clear(&g->first[b]);
        g->first[b] = first;
        g->empty[b] = empty;
        g->state[b] = 2;
    }
    bytes_or(out, &g->first[b]);
    r->exit_ctx = ctx;
    return g->empty[b];
}

static gboolean
call_named(Reader *r, const char *name, gsize len, int ctx, Bytes *out)
{
    for (guint k = 0; k < r->groups->len; k++) {
        const Group *g = &g_array_index(r->groups, Group, k);
        if (g->name && strlen(g->name) == len && strncmp(g->name, name, len) == 0)
            return call_group(r, k, ctx, out);
    }
    r->give_up = TRUE;
    return TRUE;
}

typedef enum {
    ATOM_CONSUMES, /* first bytes in the atom's Bytes; empty as it says */
    ATOM_BOUNDARY, /* \b */
    ATOM_NON_WORD, /* a lookbehind: the character before is no word character */
    ATOM_ZERO,     /* an assertion or setting: matches nothing, changes nothing here */
    ATOM_FAIL,     /* (*FAIL): no match goes on from here */
} AtomKind;

/* Is the class or escape re[a, b) one that matches only characters that
 * are not word characters ("\s", "[\s\-]", "[\s\x{00A0}]")? Non-ASCII
 * members count but for the two PCRE2 takes for k and s without regard to
 * case. */
static gboolean
non_word_atom(const char *re, gsize a, gsize b)
{
    if (b - a == 2 && re[a] == '\\')
        return re[a + 1] == 's';
    if (b - a < 3 || re[a] != '[' || re[b - 1] != ']' || re[a + 1] == '^')
        return FALSE;
    for (gsize i = a + 1; i < b - 1;) {
        if (re[i] == '\\') {
            char e = re[i + 1];
            if (e == 's' || (!g_ascii_isalnum(e) && e != '_' && e != '\0')) {
                i += 2;
                continue;
            }
            if (e == 'x' && re[i + 2] == '{') {
                gsize j = i + 3;
                guint v = 0;
                while (g_ascii_isxdigit(re[j]) && j < i + 11) {
                    v = v * 16 + (guint)g_ascii_xdigit_value(re[j]);
                    j++;
                }
                if (re[j] != '}' || v < 0x80 || v == 0x17F || v == 0x212A)
                    return FALSE;
                i = j + 1;
                continue;
            }
            return FALSE;
        }
        if (re[i] == '-' || ((unsigned char)re[i] < 0x80 && !g_ascii_isalnum(re[i])
                             && re[i] != '_' && re[i] != '[')) {
            i++;
            continue;
        }
        return FALSE;
    }
    return TRUE;
}

/* Does every branch of the lookbehind re[a, b) (its content, between
 * "(?<=" and ")") end with a character that is no word character? A
 * branch is split at '|' outside groups and classes; its last atom must
 * be unquantified or repeated with '+'. */
static gboolean
lookbehind_ends_non_word(const char *re, gsize a, gsize b)
{
    gsize start = a, last = a, depth = 0;
    for (gsize i = a; i <= b; i++) {
        char c = i < b ? re[i] : '|';
        if (i < b && c == '\\') {
            last = i;
            i++;
            continue;
        }
        if (i < b && c == '[') {
            last = i;
            gsize j = i + 1;
            if (re[j] == '^')
                j++;
            if (re[j] == ']')
                j++;
            while (j < b && re[j] != ']') {
                if (re[j] == '\\')
                    j++;
                j++;
            }
            i = j;
            continue;
        }
        if (c == '(') {
            depth++;
            last = i;
            continue;
        }
        if (c == ')') {
            if (depth == 0)
                return FALSE;
            depth--;
            continue;
        }
        if (depth > 0)
            continue;
        if (c == '|') {
            gsize end = i;
            if (end > start && re[end - 1] == '+' && end - 1 > last)
                end--;
            /* No last atom ("a?", "x{2}"), or an empty branch. */
            if (last == (gsize)-1 || last < start || end <= last || !non_word_atom(re, last, end))
                return FALSE;
            start = i + 1;
            last = start;
            continue;
        }
        if (c != '+')
            last = c == '?' || c == '*' || c == '{' ? (gsize)-1 : i;
    }
    return depth == 0;
}

/* Is the negative lookbehind re[a, b) one class that holds \w, so that
 * the character before, if any, is no word character? */
static gboolean
lookbehind_not_word(const char *re, gsize a, gsize b)
{
    if (b - a < 4 || re[a] != '[' || re[a + 1] == '^' || re[b - 1] != ']')
        return FALSE;
    gboolean word = FALSE;
    for (gsize i = a + 1; i < b - 1; i++) {
        if (re[i] == ']')
            return FALSE;
        if (re[i] == '\\') {
            word = word || re[i + 1] == 'w';
            i++;
        }
    }
    return word;
}

/* One group from its '(' into @out; returns whether it may match empty. */
static gboolean
read_group(Reader *r, int ctx, Bytes *out, AtomKind *kind)
{
    const char *re = r->re;
    r->i++;
    *kind = ATOM_CONSUMES;
    if (re[r->i] == '*') {
        gsize j = r->i + 1;
        while (g_ascii_isalpha(re[j]) || re[j] == '_')
            j++;
        gsize n = j - r->i - 1;
        const char *name = re + r->i + 1;
        if ((n == 4 && strncmp(name, "MARK", 4) == 0) || (n == 0 && re[j] == ':')) {
            r->i = j;
            skip_to(r, ')');
            *kind = ATOM_ZERO;
            return TRUE;
        }
        if ((n == 4 && strncmp(name, "FAIL", 4) == 0) || (n == 1 && name[0] == 'F')) {
            r->i = j;
            skip_to(r, ')');
            *kind = ATOM_FAIL;
            return FALSE;
        }
        r->give_up = TRUE; /* SKIP, PRUNE, COMMIT, THEN, ACCEPT, settings */
        return TRUE;
    }
    if (re[r->i] != '?') {
        /* A capturing group. */
        gboolean empty = read_alternation(r, ctx, out);
        if (re[r->i] != ')')
            r->give_up = TRUE;
        else
            r->i++;
        return empty;
    }
    r->i++;
    char c = re[r->i];
    gboolean zero = FALSE;
    int behind = 0; /* 1 (?<=…), -1 (?<!…) */
    if (c == ':' || c == '>') {
        r->i++;
    } else if (c == '=' || c == '!') {
        r->i++;
        zero = TRUE;
    } else if (c == '<' && (re[r->i + 1] == '=' || re[r->i + 1] == '!')) {
        behind = re[r->i + 1] == '=' ? 1 : -1;
        r->i += 2;
        zero = TRUE;
    } else if (c == '<' || c == '\'' || (c == 'P' && re[r->i + 1] == '<')) {
        if (c == 'P')
            r->i++;
        r->i++;
        skip_to(r, c == '\'' ? '\'' : '>');
    } else if (c == '#') {
        skip_to(r, ')');
        *kind = ATOM_ZERO;
        return TRUE;
    } else if (c == '&' || (c == 'P' && re[r->i + 1] == '>')) {
        /* (?&name) (?P>name): a subroutine call */
        r->i += c == 'P' ? 2 : 1;
        gsize s = r->i;
        skip_to(r, ')');
        if (r->give_up)
            return TRUE;
        return call_named(r, re + s, r->i - 1 - s, ctx, out);
    } else if (g_ascii_isdigit(c)) {
        /* (?1): a call by number */
        guint n = 0;
        while (g_ascii_isdigit(re[r->i])) {
            n = MIN(n * 10 + (guint)(re[r->i] - '0'), 100000u);
            r->i++;
        }
        if (re[r->i] != ')' || n == 0) {
            r->give_up = TRUE; /* (?0), the whole pattern again */
            return TRUE;
        }
        r->i++;
        return call_group(r, n - 1, ctx, out);
    } else if (c == '(') {
        /* A conditional: (?(DEFINE)…) matches nothing; otherwise either
         * branch may follow, or nothing when there is one. */
        gboolean define = strncmp(re + r->i, "(DEFINE)", 8) == 0;
        if (re[r->i + 1] == '?' || re[r->i + 1] == '*') {
            g_auto(Bytes) ignored = {0};
            AtomKind k;
            read_group(r, CTX_FREE, &ignored, &k);
        } else {
            r->i++;
            skip_to(r, ')');
        }
        if (r->give_up)
            return TRUE;
        g_auto(Bytes) inner = {0};
        if (define)
            r->skipping++; /* read where it is called */
        read_alternation(r, ctx, &inner);
        if (define)
            r->skipping--;
        if (re[r->i] != ')') {
            r->give_up = TRUE;
            return TRUE;
        }
        r->i++;
        if (define) {
            *kind = ATOM_ZERO;
            return TRUE;
        }
        /* Either branch, or (with one) nothing: read as maybe empty. */
        bytes_or(out, &inner);
        r->exit_ctx = ctx;
        return TRUE;
    } else if (c == 'R') {
        r->give_up = TRUE; /* (?R): the whole pattern again */
        return TRUE;
    } else if (c == 'C') {
        /* A callout, (?C201) or (?C"text"): it matches nothing ("{value}"
         * writes one before and after its group). */
        skip_to(r, ')');
        *kind = ATOM_ZERO;
        return TRUE;
    } else {
        /* Option letters, then ')' (a setting) or ':' (a group). */
        gsize j = r->i;
        while (g_ascii_isalpha(re[j]) || re[j] == '-' || re[j] == '^') {
            if (re[j] == 'x' || re[j] == 'n') {
                r->give_up = TRUE; /* extended mode, no auto capture */
                return TRUE;
            }
            j++;
        }
        if (re[j] == ')') {
            r->i = j + 1;
            *kind = ATOM_ZERO;
            return TRUE;
        }
        if (re[j] != ':') {
            r->give_up = TRUE; /* callouts, (?R), relative calls, … */
            return TRUE;
        }
        r->i = j + 1;
    }
    if (r->give_up)
        return TRUE;
    if (zero) {
        g_auto(Bytes) ignored = {0};
        gsize from = r->i;
        read_alternation(r, CTX_FREE, &ignored);
        if (re[r->i] != ')') {
            r->give_up = TRUE;
            return TRUE;
        }
        *kind = ATOM_ZERO;
        if ((behind == 1 && lookbehind_ends_non_word(re, from, r->i))
            || (behind == -1 && lookbehind_not_word(re, from, r->i)))
            *kind = ATOM_NON_WORD;
        r->i++;
        return TRUE;
    }
    gboolean empty = read_alternation(r, ctx, out);
    if (re[r->i] != ')')
        r->give_up = TRUE;
    else
        r->i++;
    return empty;
}

/* One escape outside a class from its '\'. */
static gboolean
read_escape(Reader *r, guint8 *set, AtomKind *kind)
{
    const char *re = r->re;
    r->i++;
    char c = re[r->i];
    *kind = ATOM_CONSUMES;
    if (c == '\0') {
        r->give_up = TRUE;
        return TRUE;
    }
    r->i++;
    switch (c) {
    case 'b':
        *kind = ATOM_BOUNDARY;
        return TRUE;
    case 'B':
    case 'A':
    case 'z':
    case 'Z':
    case 'K':
        *kind = ATOM_ZERO;
        return TRUE;
    case 'G':
        r->give_up = TRUE;
        return TRUE;
    case 'd':
        add_digits(set);
        return FALSE;
    case 'w':
        add_word(set);
        return FALSE;
    case 's':
        add_space(set);
        return FALSE;
    case 'Q': {
        const char *e = strstr(re + r->i, "\\E");
        gsize end = e ? (gsize)(e - re) : strlen(re);
        if (end == r->i) {
            r->i = e ? end + 2 : end;
            *kind = ATOM_ZERO; /* \Q\E: nothing */
            return TRUE;
        }
        add_char(set, (unsigned char)re[r->i]);
        /* The rest of the quoted text follows it: not a first byte. */
        r->i = e ? end + 2 : end;
        return FALSE;
    }
    case 'x': {
        guint v = read_hex(r);
        if (v == G_MAXUINT) {
            r->give_up = TRUE;
            return TRUE;
        }
        add_char(set, v);
        return FALSE;
    }
    case 'p':
    case 'P':
        if (re[r->i] == '{')
            skip_to(r, '}');
        else
            r->i++;
        add_all(set);
        return FALSE;
    case 't':
        add_byte(set, '\t');
        return FALSE;
    case 'n':
        add_byte(set, '\n');
        return FALSE;
    case 'r':
        add_byte(set, '\r');
        return FALSE;
    case 'f':
        add_byte(set, '\f');
        return FALSE;
    case 'e':
        add_byte(set, 27);
        return FALSE;
    case 'a':
        add_byte(set, 7);
        return FALSE;
    case 'D':
    case 'W':
    case 'S':
    case 'h':
    case 'H':
    case 'v':
    case 'V':
    case 'R':
    case 'X':
    case 'N':
    case 'C':
        add_all(set);
        return FALSE;
    default:
        break;
    }
    if (g_ascii_isalnum(c) || c == 'g' || c == 'k') {
        /* Back references (\1, \g{…}, \k<…>), octal, anything else: any
         * byte, or nothing at all. */
        if (c == 'g' || c == 'k') {
            char o = re[r->i];
            if (o == '<' || o == '{' || o == '\'')
                skip_to(r, o == '<' ? '>' : o == '{' ? '}' : '\'');
            else
                while (g_ascii_isdigit(re[r->i]) || re[r->i] == '-' || re[r->i] == '+')
                    r->i++;
        } else if (g_ascii_isdigit(c)) {
            while (g_ascii_isdigit(re[r->i]))
                r->i++;
        } else {
            r->give_up = TRUE;
            return TRUE;
        }
        add_all(set);
        return TRUE;
    }
    add_char(set, (unsigned char)c); /* an escaped punctuation character */
    return FALSE;
}

/* Moves *pos past the next @close of @re (the end of a name, a class, a
 * comment); FALSE, *pos at the end, when there is none. */
static gboolean
cc_regex_skip_past(const char *re, gsize *pos, char close)
{
    gsize i = *pos;
    while (re[i] != '\0' && re[i] != close)
        i++;
    *pos = re[i] == '\0' ? i : i + 1;
    return re[i] != '\0';
}

/* The least number of repeats of the atom before re[*pos]: 1 without a
 * quantifier ("?", "*", "+", "{n,m}", each perhaps lazy or possessive),
 * *pos moved past them; @quantified (may be NULL) says whether there was
 * one. */
static guint
cc_regex_read_quantifier(const char *re, gsize *pos, gboolean *quantified)
{
    gsize i = *pos;
    guint min = 1;
    gboolean any = FALSE;
    for (;;) {
        char c = re[i];
        guint m;
        if (c == '?' || c == '*') {
            m = 0;
            i++;
        } else if (c == '+') {
            m = 1;
            i++;
        } else if (c == '{') {
            gsize j = i + 1;
            guint n = 0;
            gboolean digits = FALSE;
            while (g_ascii_isdigit(re[j])) {
                n = MIN(n * 10 + (guint)(re[j] - '0'), 100000u);
                digits = TRUE;
                j++;
            }
            if (re[j] == ',') {
                j++;
                while (g_ascii_isdigit(re[j])) {
                    digits = TRUE;
                    j++;
                }
            }
            if (re[j] != '}' || !digits)
                break; /* a literal '{' */
            /* "{,3}" is a literal in some PCRE2 versions, a quantifier in
             * others: read as one, at least none, it needs less, which is
             * safe for both readers. */
            m = n;
            i = j + 1;
        } else {
            break;
        }
        any = TRUE;
        min = MIN(min, m);
        if (re[i] == '+' || re[i] == '?')
            i++; /* possessive or lazy */
    }
    *pos = i;
    if (quantified != NULL)
        *quantified = any;
    return min;
}

/* A sequence up to '|', ')' or the end; returns whether it may match
 * empty. */
static gboolean
read_sequence(Reader *r, int ctx, Bytes *out)
{
    const char *re = r->re;
    gboolean empty_so_far = TRUE;
    /* ASCII letters, digits and '_'. */
    static const guint8 word_bytes[32] = {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0x03,
                                          0xFE, 0xFF, 0xFF, 0x87, 0xFE, 0xFF, 0xFF, 0x07};
    while (!r->give_up) {
        char c = re[r->i];
        if (c == '\0' || c == '|' || c == ')')
            break;
        g_auto(Bytes) atom = {0};
        guint8 chars[32] = {0};
        AtomKind kind = ATOM_CONSUMES;
        gboolean empty = FALSE;
        gboolean leading = empty_so_far;
        int group_exit = ctx;
        gsize atom_start = r->i;
        switch (c) {
        case '\\':
            empty = read_escape(r, chars, &kind);
            break;
        case '[':
            read_class(r, chars);
            break;
        case '(':
            /* Read in the context in force here; groups after the first
             * byte are read only to be skipped. */
            r->exit_ctx = ctx;
            if (!leading)
                r->skipping++;
            empty = read_group(r, ctx, &atom, &kind);
            if (!leading)
                r->skipping--;
            group_exit = r->exit_ctx;
            break;
        case '.':
            r->i++;
            add_all(chars);
            break;
        case '^':
        case '$':
            r->i++;
            kind = ATOM_ZERO;
            break;
        case '*':
        case '+':
        case '?':
            r->give_up = TRUE;
            break;
        default:
            if ((unsigned char)c >= 0x80) {
                r->i++;
                while (((unsigned char)re[r->i] & 0xC0) == 0x80)
                    r->i++;
                add_all(chars);
            } else {
                r->i++;
                add_char(chars, (unsigned char)c);
            }
            break;
        }
        if (r->give_up)
            break;
        /* A plain ASCII literal, unquantified: the byte after it in the
         * regex, when that is one more such literal, is what follows it. */
        gboolean single = c > 0 && (unsigned char)c < 0x80 && c != '\\' && c != '[' && c != '('
                          && c != '.' && c != '^' && c != '$' && r->i == atom_start + 1;
        guint min = cc_regex_read_quantifier(r->re, &r->i, NULL);
        single = single && r->i == atom_start + 1;
        guint8 next[32] = {0}, third[32] = {0};
        gboolean known_next = FALSE, known_third = FALSE;
        if (single && g_ascii_isalpha(re[r->i]) && re[r->i + 1] != '?' && re[r->i + 1] != '*'
            && re[r->i + 1] != '+' && re[r->i + 1] != '{') {
            add_char(next, (unsigned char)re[r->i]);
            known_next = TRUE;
            /* and a third such letter, unquantified, after it */
            const char *t = re + r->i + 1;
            if (g_ascii_isalpha(t[0]) && t[1] != '?' && t[1] != '*' && t[1] != '+' && t[1] != '{') {
                add_char(third, (unsigned char)t[0]);
                known_third = TRUE;
            }
        }
        const guint8 *then = known_next ? next : NULL, *then3 = known_third ? third : NULL;
        if (kind == ATOM_BOUNDARY) {
            if (min >= 1 && leading)
                ctx = CTX_BOUNDED;
            continue;
        }
        if (kind == ATOM_NON_WORD) {
            if (min >= 1 && leading)
                ctx = MAX(ctx, CTX_NON_WORD);
            continue;
        }
        if (kind == ATOM_ZERO)
            continue;
        if (kind == ATOM_FAIL) {
            empty_so_far = FALSE;
            continue;
        }
        int ctx_after = ctx;
        if (min == 0)
            empty = TRUE;
        else if (empty && leading && kind == ATOM_CONSUMES && c == '(' && group_exit > ctx)
            ctx_after = group_exit; /* the paths through it that match nothing */
        if (leading) {
            if (ctx == CTX_FREE) {
                add_anywhere(out, chars, then, then3);
            } else if (ctx == CTX_BOUNDED) {
                add_bounded(out, chars, then, then3);
            } else {
                guint8 word[32], non_word[32];
                for (guint k = 0; k < 32; k++) {
                    word[k] = chars[k] & word_bytes[k];
                    non_word[k] = chars[k] & (guint8)~word_bytes[k];
                }
                add_bounded(out, word, then, then3);
                add_anywhere(out, non_word, NULL, NULL);
            }
            bytes_or(out, &atom);
        }
        ctx = ctx_after;
        if (!empty)
            empty_so_far = FALSE;
    }
    r->exit_ctx = ctx;
    return empty_so_far;
}

static gboolean
read_alternation(Reader *r, int ctx, Bytes *out)
{
    gboolean empty = read_sequence(r, ctx, out);
    int exit = empty ? r->exit_ctx : CTX_BOUNDED;
    while (!r->give_up && r->re[r->i] == '|') {
        r->i++;
        if (read_sequence(r, ctx, out)) {
            empty = TRUE;
            exit = MIN(exit, r->exit_ctx);
        }
    }
    r->exit_ctx = empty ? exit : ctx;
    return empty;
}

static void
group_clear(gpointer p)
{
    Group *g = p;
    g_free(g->name);
    for (guint b = 0; b < G_N_ELEMENTS(g->first); b++)
        bytes_clear(&g->first[b]);
}

/* Is what may follow letter @c where it opens a match (@after: anywhere,
 * or after a \b) less than every byte? */
static gboolean
follows_less(const guint8 (*after)[32], guint c)
{
    if (c >= 0x80 || !g_ascii_isalpha((char)c))
        return FALSE;
    const guint8 *a = after[(c | 0x20) - 'a'];
    for (guint k = 0; k < 32; k++)
        if (a[k] != 0xFF)
            return TRUE;
    return FALSE;
}

static gboolean
restricted(const CcStartSet *set, guint c)
{
    return follows_less(set->after, c);
}

gboolean
cc_start_set_of(const char *regex, CcStartSet *set)
{
    g_return_val_if_fail(regex != NULL && set != NULL, FALSE);
    memset(set, 0, sizeof *set);
    Reader r = {.re = regex};
    r.groups = g_array_new(FALSE, TRUE, sizeof(Group));
    g_array_set_clear_func(r.groups, group_clear);
    find_groups(&r);
    g_auto(Bytes) first = {0};
    gboolean empty = TRUE;
    if (!r.give_up)
        empty = read_alternation(&r, CTX_FREE, &first);
    gboolean ok = !r.give_up && regex[r.i] == '\0' && !empty;
    g_array_unref(r.groups);
    if (!ok)
        return FALSE;
    memcpy(set->anywhere, first.anywhere, 32);
    memcpy(set->bounded, first.bounded, 32);
    memcpy(set->after, first.after, sizeof set->after);
    memcpy(set->after_bounded, first.after_bounded, sizeof set->after_bounded);
    /* Third bytes, as many pairs as the set has room for; none at all when
     * some were not followed (a pair without its entry would read as
     * known). Those that admit anything are not kept. */
    guint kept = 0;
    gboolean fits = TRUE;
    for (guint k = 0; fits && first.thirds != NULL && k < first.thirds->len; k++) {
        const Third *t = &g_array_index(first.thirds, Third, k);
        gboolean all = TRUE;
        for (guint q = 0; q < 32 && all; q++)
            all = t->next[q] == 0xFF;
        if (all)
            continue;
        if (kept == CC_START_THIRDS) {
            fits = FALSE;
            break;
        }
        memcpy(set->third[kept], t->next, 32);
        set->third_of[t->where][t->first][t->second] = (guint8)(++kept);
    }
    if (!fits) {
        memset(set->third_of, 0, sizeof set->third_of);
        kept = 0;
    }
    set->thirds = (guint8)kept;
    /* A byte that may start anywhere, whatever follows, needs no
     * boundary. */
    for (guint c = 0; c < 256; c++)
        if (has_byte(set->anywhere, c) && !restricted(set, c))
            set->bounded[c >> 3] &= (guint8) ~(1u << (c & 7));
    return TRUE;
}

static gboolean
is_word(unsigned char c)
{
    return g_ascii_isalnum((char)c) || c == '_';
}

/* Letter text[i] opens a match (@where: anywhere, after a \b) and
 * text[i + 1] may follow it there: may text[i + 2] come next? */
static gboolean
third_admits(const CcStartSet *set, guint where, const char *text, gsize len, gsize i)
{
    unsigned char d = (unsigned char)text[i + 1];
    if (d >= 0x80 || !g_ascii_isalpha((char)d))
        return TRUE;
    guint k = set->third_of[where][((unsigned char)text[i] | 0x20) - 'a'][(d | 0x20) - 'a'];
    if (k == 0)
        return TRUE;
    return i + 2 < len && has_byte(set->third[k - 1], (unsigned char)text[i + 2]);
}

gboolean
cc_start_set_admits(const CcStartSet *set, const char *text, gsize len, gsize i)
{
    unsigned char c = (unsigned char)text[i];
    if (has_byte(set->anywhere, c)) {
        if (!restricted(set, c))
            return TRUE;
        if (i + 1 < len && has_byte(set->after[(c | 0x20) - 'a'], (unsigned char)text[i + 1])
            && third_admits(set, 0, text, len, i))
            return TRUE;
    }
    if (!has_byte(set->bounded, c))
        return FALSE;
    gboolean before = i > 0 && is_word((unsigned char)text[i - 1]);
    if (before == is_word(c))
        return FALSE;
    if (!follows_less(set->after_bounded, c))
        return TRUE;
    return i + 1 < len
           && has_byte(set->after_bounded[(c | 0x20) - 'a'], (unsigned char)text[i + 1])
           && third_admits(set, 1, text, len, i);
}

guint
cc_start_set_count(const CcStartSet *set, guint *bounded)
{
    guint a = 0, b = 0;
    for (guint c = 0; c < 256; c++) {
        a += has_byte(set->anywhere, c);
        b += has_byte(set->bounded, c);
    }
    if (bounded)
        *bounded = b;
    return a;
}
