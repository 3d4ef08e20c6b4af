/* SPDX-License-Identifier: MIT */
/* segment.c: sentence segmentation in one left-to-right pass. A period ends
 * a sentence unless it belongs to an abbreviation ("U.S.", "Mr.", "No. 2"),
 * an initial, a number or a word that runs on; "?" and "!" end one; an
 * ellipsis does only before a capital. A blank line always ends one; a
 * single line break ends one after a headline, a short line or a list
 * item, or before a line too long to have been wrapped there, but not
 * inside prose wrapped at a fixed width. Closing quotes after
 * the mark stay with it. */
#include "internal.h"

/* How an abbreviation behaves; the lexicon entry's value names it. */
typedef enum {
    ABBR_ORDINARY = 1, /* ends a sentence only before a common sentence opener */
    ABBR_TITLE,        /* "Mr.", "Gen.": never ends a sentence */
    ABBR_NUMBER,       /* "No.", "Vol.": an abbreviation only before a digit */
} AbbrKind;

/* Longest abbreviation considered, in bytes (the lookback is bounded so the
 * pass stays linear on text such as "a.a.a.a…"). */
#define ABBR_MAX 32

static const struct {
    const char *phrase;
    AbbrKind kind;
} builtin_abbreviations[] = {
    {"mr.", ABBR_TITLE},     {"mrs.", ABBR_TITLE},    {"ms.", ABBR_TITLE},
    {"dr.", ABBR_TITLE},     {"prof.", ABBR_TITLE},   {"gen.", ABBR_TITLE},
    {"lt.", ABBR_TITLE},     {"col.", ABBR_TITLE},    {"maj.", ABBR_TITLE},
    {"capt.", ABBR_TITLE},   {"sgt.", ABBR_TITLE},    {"adm.", ABBR_TITLE},
    {"gov.", ABBR_TITLE},    {"sen.", ABBR_TITLE},    {"rep.", ABBR_TITLE},
    {"pres.", ABBR_TITLE},   {"st.", ABBR_TITLE},     {"rev.", ABBR_TITLE},
    {"jr.", ABBR_ORDINARY},  {"sr.", ABBR_ORDINARY},  {"vs.", ABBR_TITLE},
    {"etc.", ABBR_ORDINARY}, {"e.g.", ABBR_TITLE},    {"i.e.", ABBR_TITLE},
    {"cf.", ABBR_TITLE},     {"approx.", ABBR_TITLE}, {"est.", ABBR_ORDINARY},
    {"jan.", ABBR_ORDINARY}, {"feb.", ABBR_ORDINARY}, {"mar.", ABBR_ORDINARY},
    {"apr.", ABBR_ORDINARY}, {"jun.", ABBR_ORDINARY}, {"jul.", ABBR_ORDINARY},
    {"aug.", ABBR_ORDINARY}, {"sep.", ABBR_ORDINARY}, {"sept.", ABBR_ORDINARY},
    {"oct.", ABBR_ORDINARY}, {"nov.", ABBR_ORDINARY}, {"dec.", ABBR_ORDINARY},
    {"u.s.", ABBR_ORDINARY}, {"u.n.", ABBR_ORDINARY}, {"u.k.", ABBR_ORDINARY},
    {"e.u.", ABBR_ORDINARY}, {"inc.", ABBR_ORDINARY}, {"corp.", ABBR_ORDINARY},
    {"ltd.", ABBR_ORDINARY}, {"co.", ABBR_ORDINARY},  {"no.", ABBR_NUMBER},
    {"nos.", ABBR_NUMBER},   {"vol.", ABBR_NUMBER},   {"art.", ABBR_NUMBER},
    {"fig.", ABBR_NUMBER},   {"p.", ABBR_NUMBER},     {"pp.", ABBR_NUMBER},
};

/* Words that open sentences: after an ordinary abbreviation ("… by the
 * U.S. The move …") they mark the abbreviation's period as a sentence end. */
static const char *const sentence_openers[] = {
    "The",   "This",    "That",      "These", "Those", "It",     "Its",   "He",
    "She",   "They",    "We",        "I",     "In",    "On",     "At",    "But",
    "And",   "A",       "An",        "As",    "However", "Meanwhile", "There", "His",
    "Her",   "Their",   "Our",       "After", "Before", "Since", "When",  "While",
    "If",    "Yet",     "According", "Now",   "Today", "Still",  "So",    NULL,
};

static AbbrKind
kind_of_value(const char *value)
{
    if (g_str_equal(value, "title"))
        return ABBR_TITLE;
    if (g_str_equal(value, "number"))
        return ABBR_NUMBER;
    return ABBR_ORDINARY;
}

struct _CcAbbreviations {
    GHashTable *kinds; /* folded phrase -> AbbrKind */
    /* by a phrase's first byte, a bit for the length of each phrase (up
     * to 63 bytes; none longer is asked): most words before a period
     * have no abbreviation of their first letter and length, and are not
     * looked up */
    guint64 lengths[256];
};

static void
abbreviation_add(CcAbbreviations *a, const char *phrase, AbbrKind kind)
{
    g_hash_table_insert(a->kinds, (gpointer)phrase, GINT_TO_POINTER(kind));
    gsize n = strlen(phrase);
    if (n < 64)
        a->lengths[(guchar)phrase[0]] |= G_GUINT64_CONSTANT(1) << n;
}

/* The lexicon's entries over the built-in ones. */
CcAbbreviations *
cc_segment_abbreviations(const CcLexicon *lexicon)
{
    CcAbbreviations *a = g_new0(CcAbbreviations, 1);
    a->kinds = g_hash_table_new(g_str_hash, g_str_equal);
    for (gsize i = 0; i < G_N_ELEMENTS(builtin_abbreviations); i++)
        abbreviation_add(a, builtin_abbreviations[i].phrase, builtin_abbreviations[i].kind);
    GPtrArray *entries = lexicon ? cc_lexicon_entries(lexicon, "abbreviations") : NULL;
    for (guint i = 0; entries && i < entries->len; i++) {
        const CcLexiconEntry *e = entries->pdata[i];
        abbreviation_add(a, e->phrase, kind_of_value(e->value));
    }
    return a;
}

void
cc_segment_abbreviations_free(CcAbbreviations *abbreviations)
{
    if (abbreviations == NULL)
        return;
    g_hash_table_unref(abbreviations->kinds);
    g_free(abbreviations);
}

/* The kind of the folded @phrase of @n bytes, or 0 when it is none. */
static AbbrKind
abbreviation_kind(const CcAbbreviations *a, const char *phrase, gsize n)
{
    if (n >= 64 || !(a->lengths[(guchar)phrase[0]] & (G_GUINT64_CONSTANT(1) << n)))
        return 0;
    return (AbbrKind)GPOINTER_TO_INT(g_hash_table_lookup(a->kinds, phrase));
}

static gboolean
is_space_at(const char *text, gsize i, gsize end, gsize *width)
{
    unsigned char c = (unsigned char)text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        *width = 1;
        return TRUE;
    }
    if (c == 0xC2 && i + 1 < end && (unsigned char)text[i + 1] == 0xA0) { /* no-break space */
        *width = 2;
        return TRUE;
    }
    return FALSE;
}

/* A line break: \n, \r, U+2028 or U+2029. Returns its width, else 0. */
static gsize
line_break_at(const char *text, gsize i, gsize end)
{
    unsigned char c = (unsigned char)text[i];
    if (c == '\n')
        return 1;
    if (c == '\r')
        return i + 1 < end && text[i + 1] == '\n' ? 2 : 1;
    if (c == 0xE2 && i + 2 < end && (unsigned char)text[i + 1] == 0x80
        && ((unsigned char)text[i + 2] == 0xA8 || (unsigned char)text[i + 2] == 0xA9))
        return 3;
    return 0;
}

/* The first bytes of what cc_segment_sentences() stops at: a line break
 * (line_break_at()), a final mark, an ellipsis or a bullet (U+2026,
 * U+2028, U+2029 and U+2022 start with 0xE2). */
static const guint8 may_stop[256] = {
    ['\n'] = 1, ['\r'] = 1, ['.'] = 1, ['?'] = 1, ['!'] = 1, [0xE2] = 1,
};

static gboolean
is_ellipsis_char(const char *text, gsize i, gsize end)
{
    return i + 2 < end && (unsigned char)text[i] == 0xE2 && (unsigned char)text[i + 1] == 0x80
           && (unsigned char)text[i + 2] == 0xA6;
}

/* Width of a closing quote or bracket at @i, else 0. */
static gsize
closer_at(const char *text, gsize i, gsize end)
{
    unsigned char c = (unsigned char)text[i];
    if (c == '"' || c == '\'' || c == ')' || c == ']')
        return 1;
    if (c == 0xE2 && i + 2 < end && (unsigned char)text[i + 1] == 0x80
        && ((unsigned char)text[i + 2] == 0x9D || (unsigned char)text[i + 2] == 0x99))
        return 3; /* ” ’ */
    if (c == 0xC2 && i + 1 < end && (unsigned char)text[i + 1] == 0xBB)
        return 2; /* » */
    return 0;
}

/* Width of an opening quote or bracket at @i, else 0. */
static gsize
opener_at(const char *text, gsize i, gsize end)
{
    unsigned char c = (unsigned char)text[i];
    if (c == '"' || c == '\'' || c == '(' || c == '[')
        return 1;
    if (c == 0xE2 && i + 2 < end && (unsigned char)text[i + 1] == 0x80
        && ((unsigned char)text[i + 2] == 0x9C || (unsigned char)text[i + 2] == 0x98))
        return 3; /* “ ‘ */
    if (c == 0xC2 && i + 1 < end && (unsigned char)text[i + 1] == 0xAB)
        return 2; /* « */
    return 0;
}

/* Width of one superscript digit at @i ("¹²³", "⁰⁴…⁹"), else 0. */
static gsize
superscript_digit_at(const char *text, gsize i, gsize end)
{
    const unsigned char *u = (const unsigned char *)text;
    if (u[i] == 0xC2 && i + 1 < end && (u[i + 1] == 0xB9 || u[i + 1] == 0xB2 || u[i + 1] == 0xB3))
        return 2;
    if (u[i] == 0xE2 && i + 2 < end && u[i + 1] == 0x81
        && (u[i + 2] == 0xB0 || (u[i + 2] >= 0xB4 && u[i + 2] <= 0xB9)))
        return 3;
    return 0;
}

/* Width of a bracketed reference "[12]", "[3, 4]", "[5-7]" or "[5–7]" at
 * @i, else 0. */
static gsize
bracket_reference_at(const char *text, gsize i, gsize end)
{
    if (text[i] != '[')
        return 0;
    gsize q = i + 1, digits = 0;
    while (q < end && q - i < 16) {
        if (g_ascii_isdigit(text[q]))
            digits++;
        else if (text[q] == ']')
            return digits > 0 ? q + 1 - i : 0;
        else if (q + 2 < end && memcmp(text + q, "\xE2\x80\x93", 3) == 0)
            q += 2; /* an en dash */
        else if (text[q] != ',' && text[q] != ' ' && text[q] != '-')
            return 0;
        q++;
    }
    return 0;
}

/* Width of a note's number in plain digits glued after a sentence's final
 * period at @i, as text taken from a report's PDF keeps it: one to three
 * digits after a word ("casualties.23"), a closing bracket or quote, or a
 * figure grouped by commas ("roughly 3,000.12"), then the paragraph's end
 * or the next sentence's first word. A decimal point has a period after its figure at a
 * sentence's end ("rose by 3,000.5."), a price its currency ("$1,200.50"),
 * and "1.5", "11.000" and "No.3" group no thousands or are too short a
 * word, and a figure with no word before it in the text is no sentence's
 * ("1,111.11" in a list of figures): none is a mark. */
static gsize
period_note_at(const char *text, gsize start, gsize i, gsize end)
{
    if (i < start + 2 || text[i - 1] != '.')
        return 0;
    gsize n = 0;
    while (i + n < end && g_ascii_isdigit(text[i + n]) && n < 4)
        n++;
    if (n == 0 || n > 3)
        return 0;
    if (i + n < end) {
        /* the paragraph's end, or a sentence that opens with a word of
         * a capital and small letters, no unit ("1,674.5 G.") nor month
         * ("6,107.31 August 2019") */
        gsize q = i + n;
        gboolean line = FALSE;
        if (!g_ascii_isspace(text[q]))
            return 0;
        while (q < end && g_ascii_isspace(text[q]))
            line |= text[q++] == '\n';
        if (q < end && !line) {
            if (q + 1 >= end || !g_ascii_isupper(text[q]) || !g_ascii_islower(text[q + 1]))
                return 0;
            static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
            for (gsize k = 0; k < G_N_ELEMENTS(months); k++)
                if (q + 3 <= end && strncmp(text + q, months[k], 3) == 0)
                    return 0;
        }
    }
    gsize b = i - 1; /* the period */
    const unsigned char *u = (const unsigned char *)text;
    if (text[b - 1] == ')' || text[b - 1] == '"'
        || (b >= start + 3 && u[b - 3] == 0xE2 && u[b - 2] == 0x80
            && (u[b - 1] == 0x9D || u[b - 1] == 0x99)))
        return n;
    if (g_ascii_isalpha(text[b - 1])) {
        gsize a = b;
        while (a > start && g_ascii_isalpha(text[a - 1]))
            a--;
        if (b - a < 3 || !g_ascii_islower(text[b - 1]))
            return 0;
        if (a > start && (g_ascii_isalnum(text[a - 1]) || strchr("./@_-", text[a - 1])))
            return 0;
        return n;
    }
    /* a figure grouped by commas: "3,000", "1,234,567" */
    gsize a = b, groups = 0;
    for (;;) {
        gsize d = a;
        while (d > start && g_ascii_isdigit(text[d - 1]))
            d--;
        if (d == a)
            return 0;
        if (d > start && text[d - 1] == ',' && a - d == 3) {
            groups++;
            a = d - 1;
            continue;
        }
        if (groups == 0 || a - d > 3)
            return 0;
        a = d;
        break;
    }
    if (a > start && (strchr("$.,", text[a - 1]) || u[a - 1] >= 0x80))
        return 0; /* "$1,200.50"; "€", "£" and "¥" end in a byte above 0x7F */
    /* a note marks a sentence of words: figures alone ("1.111,11,
     * 1,111.11") are a decimal */
    for (gsize k = a; k > start; k--)
        if (g_ascii_isalpha(text[k - 1]))
            return n;
    return 0;
}

gsize
cc_footnote_mark_at(const char *text, gsize start, gsize i, gsize end)
{
    if (i <= start || i >= end)
        return 0;
    if (text[i] == '[') {
        /* glued to what it marks: "11,000[14]", "soldiers.[3]", never
         * after a space or an opening bracket ("[1] First item") */
        char b = text[i - 1];
        if (g_ascii_isspace(b) || b == '(' || b == '[' || b == '{')
            return 0;
        return bracket_reference_at(text, i, end);
    }
    if (g_ascii_isdigit(text[i]))
        return period_note_at(text, start, i, end);
    gsize n = 0, w;
    while (i + n < end && (w = superscript_digit_at(text, i + n, end)) > 0)
        n += w;
    if (n == 0 || n > 9)
        return 0;
    /* the mark stands on what comes before it: a letter, a digit, a final
     * mark, a comma, a closing quote or bracket; never after a space */
    gsize b = i;
    const unsigned char *u = (const unsigned char *)text;
    if (u[b - 1] >= 0x80) {
        while (b > start && (u[b - 1] & 0xC0) == 0x80)
            b--;
        if (b > start)
            b--;
        gunichar c = g_utf8_get_char_validated(text + b, (gssize)(i - b));
        if (c == (gunichar)-1 || c == (gunichar)-2
            || !(g_unichar_isalpha(c) || c == 0x201D || c == 0x2019 || c == 0xBB))
            return 0;
        return n;
    }
    char c = text[i - 1];
    if (g_ascii_isdigit(c)) {
        /* "10⁶" is a power of ten */
        gsize d = i - 1;
        while (d > start && g_ascii_isdigit(text[d - 1]))
            d--;
        if (i - d == 2 && text[d] == '1' && text[d + 1] == '0'
            && (d == start || !(g_ascii_isdigit(text[d - 1]) || text[d - 1] == ',' || text[d - 1] == '.')))
            return 0;
        return n;
    }
    if (g_ascii_isalpha(c)) {
        /* "km²", "m³", "sq ft²": a unit's power */
        gsize a = i;
        while (a > start && g_ascii_isalpha(text[a - 1]) && i - a < 4)
            a--;
        if (a > start && g_ascii_isalpha(text[a - 1]))
            return n;
        static const char *const units[] = {"m", "km", "cm", "mm", "ft", "in", "mi", "yd", "nm", NULL};
        for (gsize k = 0; units[k]; k++)
            if (strlen(units[k]) == i - a && g_ascii_strncasecmp(text + a, units[k], i - a) == 0)
                return 0;
        return n;
    }
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '"'
        || c == '\'' || c == '?' || c == '!')
        return n;
    return 0;
}

static gunichar
char_at(const char *text, gsize i, gsize end)
{
    gunichar u = g_utf8_get_char_validated(text + i, (gssize)(end - i));
    return u == (gunichar)-1 || u == (gunichar)-2 ? 0 : u;
}

/* Where the next word starts after the mark ending at @q: white space and
 * opening quotes skipped. */
static gsize
next_word_start(const char *text, gsize q, gsize end)
{
    gsize w;
    while (q < end) {
        if (is_space_at(text, q, end, &w))
            q += w;
        else if ((w = opener_at(text, q, end)) > 0)
            q += w;
        else
            break;
    }
    return q;
}

static gboolean
is_sentence_opener(const char *text, gsize at, gsize end)
{
    gsize n = 0;
    while (at + n < end && g_ascii_isalpha(text[at + n]) && n < 16)
        n++;
    if (n == 0 || (at + n < end && g_ascii_isalnum(text[at + n])))
        return FALSE;
    for (gsize k = 0; sentence_openers[k]; k++)
        if (strlen(sentence_openers[k]) == n && memcmp(sentence_openers[k], text + at, n) == 0)
            return TRUE;
    return FALSE;
}

/* "U.S.", "e.g.": single letters each followed by a period. */
static gboolean
is_initialism(const char *token, gsize len)
{
    if (len < 4 || len % 2 != 0)
        return FALSE;
    for (gsize k = 0; k < len; k += 2)
        if (!g_ascii_isalpha(token[k]) || token[k + 1] != '.')
            return FALSE;
    return TRUE;
}

/* Does the single period at @dot, whose mark (with closing quotes) ends at
 * @q, end a sentence? */
static gboolean
period_ends_sentence(const CcAbbreviations *abbreviations, const char *text, gsize lo, gsize dot, gsize q,
                     gsize end)
{
    gsize word = next_word_start(text, q, end);
    if (word >= end)
        return TRUE;
    gunichar next = char_at(text, word, end);
    if (g_unichar_islower(next))
        return FALSE; /* "approx. five", "the U.S. intelligence" */

    /* The token before the period: back to white space or an opener. */
    gsize t = dot;
    gsize w;
    while (t > lo && dot - t < ABBR_MAX) {
        if (is_space_at(text, t - 1, end, &w) || text[t - 1] == '(' || text[t - 1] == '['
            || text[t - 1] == '"')
            break;
        /* a curly opening quote ends in 0x9C or 0x98 */
        if (t >= lo + 3 && (guchar)text[t - 1] >= 0x80 && opener_at(text, t - 3, end) == 3)
            break;
        t--;
    }
    if (dot - t >= ABBR_MAX || t == dot)
        return TRUE;

    char folded[ABBR_MAX + 2];
    gsize n = dot - t;
    for (gsize k = 0; k < n; k++) {
        char c = text[t + k];
        folded[k] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c; /* g_ascii_tolower() */
    }
    folded[n] = '.';
    folded[n + 1] = '\0';

    AbbrKind kind = abbreviation_kind(abbreviations, folded, n + 1);
    if (kind != 0) {
        switch (kind) {
        case ABBR_TITLE:
            return FALSE;
        case ABBR_NUMBER:
            return !g_unichar_isdigit(next);
        case ABBR_ORDINARY:
            return is_sentence_opener(text, word, end);
        }
    }
    /* An initial ("Kim J. Un") or an unlisted initialism ("N.K."). */
    if ((n == 1 && g_ascii_isupper(text[t])) || is_initialism(folded, n + 1))
        return is_sentence_opener(text, word, end);
    return TRUE;
}

/* Is the line text[line, brk) a headline rather than prose: most of its
 * words capitalized ("The Growing Concerns Over Arms Shipments")? */
static gboolean
title_like(const char *text, gsize line, gsize brk)
{
    guint words = 0, capitals = 0;
    gsize i = line;
    while (i < brk) {
        while (i < brk && !g_ascii_isalpha(text[i]) && (unsigned char)text[i] < 0x80)
            i++;
        if (i >= brk)
            break;
        gunichar first = char_at(text, i, brk);
        words++;
        if (g_unichar_isupper(first))
            capitals++;
        while (i < brk && text[i] != ' ' && text[i] != '\t')
            i++;
    }
    return words > 0 && capitals * 10 >= words * 6;
}

/* Does the single line break at text[brk] continue the sentence, as in
 * prose wrapped at a fixed width? It does when the next line starts in
 * lower case, or when the line is long prose without final punctuation and
 * the next line is no list item. Headlines, short lines and blank lines end
 * the sentence. */
static gboolean
soft_break(const char *text, gsize line, gsize brk, gsize next, gsize end)
{
    gsize last = brk;
    while (last > line && (text[last - 1] == ' ' || text[last - 1] == '\t'))
        last--;
    if (last == line)
        return FALSE;
    if (strchr(".!?:;\"')]", text[last - 1]) != NULL)
        return FALSE;
    /* a row of a table given as text, its cells parted by "|" or tabs,
     * is a line of its own ("Kursk\t600\t4,100" over the next row) */
    gsize first = line;
    while (first < last && (text[first] == ' ' || text[first] == '\t'))
        first++;
    if (memchr(text + first, '|', last - first) != NULL
        || memchr(text + first, '\t', last - first) != NULL)
        return FALSE;
    gsize n = next;
    while (n < end && (text[n] == ' ' || text[n] == '\t'))
        n++;
    if (n >= end || line_break_at(text, n, end) > 0)
        return FALSE; /* a blank line */
    gunichar c = char_at(text, n, end);
    if (g_unichar_islower(c))
        return TRUE;
    if (strchr("-*+#>|", text[n]) != NULL || c == 0x2022 /* • */)
        return FALSE;
    glong len = cc_utf8_count_chars(text + line, last - line);
    if (len < 40 || title_like(text, line, last))
        return FALSE;
    /* Prose wrapped at a fixed width moves a word to the next line only
     * when it does not fit on this one: so a next line as long as this one
     * and its own first word besides was not wrapped here, and this line
     * is a heading in sentence case ("North Korean troops deployed to
     * eastern Russia for training, US says" over its story's first
     * paragraph). */
    gsize next_end = n;
    while (next_end < end && line_break_at(text, next_end, end) == 0)
        next_end++;
    gsize word_end = n;
    while (word_end < next_end && text[word_end] != ' ' && text[word_end] != '\t')
        word_end++;
    if (cc_utf8_count_chars(text + n, next_end - n)
        >= len + 1 + cc_utf8_count_chars(text + n, word_end - n))
        return FALSE;
    return TRUE;
}

/* Does a bullet (U+2022) at text[i] start a new item within a line, as
 * digests and key-point boxes run their items together: "… 2,700 wounded
 * • Ukraine's air force downed 50 drones"? It does when a space stands
 * on each side of it and some word stands before it in the sentence: the
 * item before it ends there, and a name in the next item is no owner of
 * the figures before. */
static gboolean
inline_bullet_at(const char *text, gsize sentence, gsize i, gsize end)
{
    if (!(i + 3 < end && (unsigned char)text[i] == 0xE2 && (unsigned char)text[i + 1] == 0x80
          && (unsigned char)text[i + 2] == 0xA2))
        return FALSE;
    if (i == sentence || (text[i - 1] != ' ' && text[i - 1] != '\t'))
        return FALSE;
    if (text[i + 3] != ' ' && text[i + 3] != '\t')
        return FALSE;
    for (gsize k = sentence; k < i; k++)
        if (g_ascii_isalnum(text[k]))
            return TRUE;
    return FALSE;
}

/* Longest sentence, in bytes. A run of text longer than this with no
 * sentence end (a table flattened into one line, a list without stops) is
 * cut at its last clause mark or space before each SENTENCE_MAX bytes:
 * what reads a sentence may look at its every word from each figure, so
 * an unbounded sentence would cost time growing with the square of its
 * length, or worse. Reporting's sentences are a few hundred bytes. */
#define SENTENCE_MAX 4096

/* Where to cut the overlong span [@a, @b): after the last ";", "," or ":"
 * before a space in its second half up to SENTENCE_MAX, else at the last
 * space there, else at the last character boundary. */
static gsize
cut_point(const char *text, gsize a, gsize b)
{
    gsize limit = a + SENTENCE_MAX < b ? a + SENTENCE_MAX : b;
    gsize half = a + SENTENCE_MAX / 2;
    for (gsize i = limit; i > half; i--)
        if ((text[i - 1] == ';' || text[i - 1] == ',' || text[i - 1] == ':')
            && (text[i] == ' ' || text[i] == '\t'))
            return i; /* not the comma of "11,000" */
    for (gsize i = limit; i > half; i--)
        if (text[i - 1] == ' ' || text[i - 1] == '\t')
            return i;
    gsize i = limit;
    while (i > a + 1 && ((unsigned char)text[i] & 0xC0) == 0x80)
        i--;
    return i;
}

static void
emit_one(GArray *out, const char *text, gsize a, gsize b)
{
    gsize w;
    while (a < b && is_space_at(text, a, b, &w))
        a += w;
    while (b > a) {
        if (is_space_at(text, b - 1, b, &w))
            b--;
        else if (b - a >= 2 && (unsigned char)text[b - 2] == 0xC2
                 && (unsigned char)text[b - 1] == 0xA0)
            b -= 2;
        else
            break;
    }
    if (b > a) {
        CcSpan span = {a, b};
        g_array_append_val(out, span);
    }
}

static void
emit(GArray *out, const char *text, gsize a, gsize b)
{
    while (b > a && b - a > SENTENCE_MAX) {
        gsize cut = cut_point(text, a, b);
        emit_one(out, text, a, cut);
        a = cut;
    }
    emit_one(out, text, a, b);
}

GArray *
cc_segment_sentences(const CcLexicon *lexicon, const char *text, gsize start, gsize end)
{
    g_return_val_if_fail(text != NULL || start >= end, NULL);
    if (start >= end)
        return g_array_new(FALSE, FALSE, sizeof(CcSpan));
    CcAbbreviations *abbreviations = cc_segment_abbreviations(lexicon);
    GArray *sentences = cc_segment_sentences_with(abbreviations, text, start, end);
    cc_segment_abbreviations_free(abbreviations);
    return sentences;
}

GArray *
cc_segment_sentences_with(const CcAbbreviations *abbreviations, const char *text, gsize start,
                          gsize end)
{
    g_return_val_if_fail(text != NULL || start >= end, NULL);
    GArray *out = g_array_new(FALSE, FALSE, sizeof(CcSpan));
    if (start >= end)
        return out;

    gsize sentence = start;
    gsize line = start;
    gsize i = start;
    while (i < end) {
        /* most bytes start no line break, final mark or ellipsis: four
         * at a time, then one by one */
        const unsigned char *u = (const unsigned char *)text;
        while (i + 4 <= end
               && !(may_stop[u[i]] | may_stop[u[i + 1]] | may_stop[u[i + 2]] | may_stop[u[i + 3]]))
            i += 4;
        while (i < end && !may_stop[u[i]])
            i++;
        if (i >= end)
            break;
        gsize br = line_break_at(text, i, end);
        if (br > 0) {
            if (!soft_break(text, line, i, i + br, end)) {
                emit(out, text, sentence, i);
                sentence = i + br;
            }
            i += br;
            line = i;
            continue;
        }
        char c = text[i];
        if (inline_bullet_at(text, sentence, i, end)) {
            emit(out, text, sentence, i);
            sentence = i;
            i += 3;
            continue;
        }
        if (c != '.' && c != '?' && c != '!' && !is_ellipsis_char(text, i, end)) {
            i++;
            continue;
        }

        /* The run of final marks, then closing quotes and brackets. */
        gsize run = i, periods = 0;
        gboolean strong = FALSE, ellipsis = FALSE;
        while (run < end) {
            if (text[run] == '.') {
                periods++;
                run++;
            } else if (text[run] == '?' || text[run] == '!') {
                strong = TRUE;
                run++;
            } else if (is_ellipsis_char(text, run, end)) {
                ellipsis = TRUE;
                run += 3;
            } else {
                break;
            }
        }
        if (periods > 1)
            ellipsis = TRUE;
        gsize q = run, w;
        /* closing quotes and brackets, then any footnote marks after
         * them ("soldiers.³", "troops.[12]", "said.”⁴") */
        for (;;) {
            if (q < end && (w = closer_at(text, q, end)) > 0)
                q += w;
            else if (q < end && (w = cc_footnote_mark_at(text, start, q, end)) > 0)
                q += w;
            else
                break;
        }

        gboolean ends;
        if (q < end && !is_space_at(text, q, end, &w)) {
            ends = FALSE; /* "1.5", "U.S.-led", "e.g.,", "example.org" */
        } else if (strong) {
            gsize word = next_word_start(text, q, end);
            ends = word >= end || !g_unichar_islower(char_at(text, word, end));
        } else if (ellipsis) {
            gsize word = next_word_start(text, q, end);
            ends = word >= end || g_unichar_isupper(char_at(text, word, end));
        } else {
            ends = period_ends_sentence(abbreviations, text, sentence, i, q, end);
        }
        if (ends) {
            emit(out, text, sentence, q);
            sentence = q;
        }
        i = q > run ? q : run;
    }
    emit(out, text, sentence, end);
    return out;
}
