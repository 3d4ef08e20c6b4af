/* SPDX-License-Identifier: MIT */
/* rules.c: rule files — the rule set, its accessors and the line-oriented
 * parser (include, macro, lexicon, attribution, rule blocks and examples).
 * Each cc_ruleset_load() parses into a staging set merged only on success;
 * macro expansion and PCRE2 compilation live in rules_compile.c. */
#include "rules_private.h"
#include "frame.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <sys/stat.h>

/* ---- ownership ---------------------------------------------------------- */

void
cc_rules_raw_pattern_free(gpointer p)
{
    RawPattern *raw = p;
    if (raw == NULL)
        return;
    g_free(raw->regex);
    g_free(raw->file);
    g_free(raw->anchors);
    g_free(raw);
}

static void
example_free(gpointer p)
{
    CcExample *ex = p;
    if (ex == NULL)
        return;
    g_free(ex->sentence);
    g_free(ex->unit);
    g_free(ex->attribution);
    g_free(ex->key);
    g_free(ex->scope);
    g_free(ex->text);
    g_free(ex->file);
    g_free(ex);
}

static void
pattern_free(gpointer p)
{
    cc_pattern_free(p);
}

static void
rule_free(gpointer p)
{
    RuleEntry *r = p;
    if (r == NULL)
        return;
    g_free(r->pub.id);
    g_free(r->pub.file);
    g_free(r->pub.subject);
    g_free(r->pub.predicate);
    g_free(r->pub.object);
    g_free(r->pub.scope);
    g_free(r->pub.unit);
    g_ptr_array_unref(r->pub.patterns);
    g_ptr_array_unref(r->pub.pattern_lines);
    g_ptr_array_unref(r->pub.pattern_sources);
    g_ptr_array_unref(r->pub.examples);
    g_ptr_array_unref(r->pub.exceptions);
    g_ptr_array_unref(r->raw);
    g_ptr_array_unref(r->raw_exceptions);
    cc_frame_free(r->pub.frame);
    g_free(r);
}

static void
macro_free(gpointer p)
{
    MacroEntry *m = p;
    if (m == NULL)
        return;
    g_free(m->pub.name);
    g_free(m->pub.body);
    g_free(m->pub.file);
    g_free(m);
}

CcRuleSet *
cc_ruleset_new(void)
{
    CcRuleSet *set = g_new0(CcRuleSet, 1);
    set->rules = g_ptr_array_new_with_free_func(rule_free);
    set->rule_ids = g_hash_table_new(g_str_hash, g_str_equal);
    set->macros = g_ptr_array_new_with_free_func(macro_free);
    set->macro_order = g_ptr_array_new();
    set->macro_names = g_hash_table_new(g_str_hash, g_str_equal);
    set->lexicon = cc_lexicon_new();
    set->attr_sources = g_ptr_array_new_with_free_func(cc_rules_raw_pattern_free);
    set->attributions = g_ptr_array_new_with_free_func(pattern_free);
    set->files = g_ptr_array_new_with_free_func(g_free);
    set->file_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    g_atomic_ref_count_init(&set->refs);
    return set;
}

CcRuleSet *
cc_ruleset_ref(CcRuleSet *rules)
{
    g_atomic_ref_count_inc(&rules->refs);
    return rules;
}

void
cc_ruleset_free(CcRuleSet *rules)
{
    if (rules == NULL || !g_atomic_ref_count_dec(&rules->refs))
        return;
    cc_frame_run_free(rules->spare_frames);
    g_hash_table_unref(rules->rule_ids);
    g_ptr_array_unref(rules->rules);
    g_hash_table_unref(rules->macro_names);
    g_ptr_array_unref(rules->macro_order);
    g_ptr_array_unref(rules->macros);
    cc_normalizer_free(rules->normalizer);
    cc_lexicon_free(rules->lexicon);
    g_ptr_array_unref(rules->attr_sources);
    g_ptr_array_unref(rules->attributions);
    g_ptr_array_unref(rules->files);
    g_hash_table_unref(rules->file_keys);
    g_clear_pointer(&rules->dict_bits, g_hash_table_unref);
    g_clear_pointer(&rules->dict_phrases, g_hash_table_unref);
    g_free(rules);
}

/* ---- errors and positions ----------------------------------------------- */

gboolean
cc_rules_fail(GError **error, int code, const char *file, guint line, guint col,
              const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    g_autofree char *msg = g_strdup_vprintf(format, ap);
    va_end(ap);
    g_set_error(error, CC_ERROR, code, "%s:%u:%u: %s", file, line, col, msg);
    return FALSE;
}

/* 1-based character column of byte @pos of @line. */
static guint
col_at(const char *line, gsize pos)
{
    return cc_utf8_count_chars(line, pos) + 1;
}

/* Edit distance, for "did you mean" hints on short directive words. */
static guint
edit_distance(const char *a, const char *b)
{
    gsize la = strlen(a), lb = strlen(b);
    if (la > 32 || lb > 32)
        return 99;
    guint row[33];
    for (gsize j = 0; j <= lb; j++)
        row[j] = (guint)j;
    for (gsize i = 1; i <= la; i++) {
        guint diag = row[0];
        row[0] = (guint)i;
        for (gsize j = 1; j <= lb; j++) {
            guint up = row[j];
            guint best = diag + (a[i - 1] != b[j - 1]);
            best = MIN(best, up + 1);
            best = MIN(best, row[j - 1] + 1);
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

static const char *
suggest(const char *word, const char *const *known)
{
    const char *best = NULL;
    guint best_d = 3;
    for (guint i = 0; known[i]; i++) {
        guint d = edit_distance(word, known[i]);
        if (d < best_d) {
            best_d = d;
            best = known[i];
        }
    }
    return best;
}

/* ---- the line scanner ---------------------------------------------------- */

typedef struct {
    const char *s; /* the line, NUL-terminated, trailing white space removed */
    gsize pos;
} Cursor;

static void
skip_space(Cursor *c)
{
    while (c->s[c->pos] == ' ' || c->s[c->pos] == '\t' || c->s[c->pos] == '\f'
           || c->s[c->pos] == '\v')
        c->pos++;
}

static gboolean
at_end(Cursor *c)
{
    skip_space(c);
    return c->s[c->pos] == '\0';
}

/* The next run of non-blank characters, where it lies: its start and
 * length, 0 at the line's end. */
static gsize
next_word_span(Cursor *c, gsize *start)
{
    skip_space(c);
    *start = c->pos;
    while (c->s[c->pos] && c->s[c->pos] != ' ' && c->s[c->pos] != '\t' && c->s[c->pos] != '\f'
           && c->s[c->pos] != '\v')
        c->pos++;
    return c->pos - *start;
}

/* The next run of non-blank characters: its start and (allocated) text. */
static char *
next_word(Cursor *c, gsize *start)
{
    gsize n = next_word_span(c, start);
    if (n == 0)
        return NULL;
    char *word = g_malloc(n + 1);
    memcpy(word, c->s + *start, n);
    word[n] = '\0';
    return word;
}

static gboolean
is_name(const char *s, gboolean upper)
{
    if (s == NULL || s[0] == '\0')
        return FALSE;
    if (upper ? !g_ascii_isupper(s[0]) : !(g_ascii_isalnum(s[0]) || s[0] == '_'))
        return FALSE;
    for (const char *p = s + 1; *p; p++) {
        if (upper) {
            if (!(g_ascii_isupper(*p) || g_ascii_isdigit(*p) || *p == '_'))
                return FALSE;
        } else if (!(g_ascii_isalnum(*p) || *p == '_' || *p == '-' || *p == '.')) {
            return FALSE;
        }
    }
    return TRUE;
}

/* A claim part or scope: a fixed name ([a-z0-9_]+) or $GROUP. */
static gboolean
is_claim_name(const char *s)
{
    if (s[0] == '$') {
        if (!(g_ascii_isalpha(s[1]) || s[1] == '_'))
            return FALSE;
        for (const char *p = s + 2; *p; p++)
            if (!(g_ascii_isalnum(*p) || *p == '_'))
                return FALSE;
        return TRUE;
    }
    for (const char *p = s; *p; p++)
        if (!(g_ascii_islower(*p) || g_ascii_isdigit(*p) || *p == '_'))
            return FALSE;
    return s[0] != '\0';
}

/* ---- loading state ------------------------------------------------------- */

typedef struct {
    CcRuleSet *main;        /* what earlier calls loaded; read only here */
    CcRuleSet *stage;       /* what this call loads */
    GPtrArray *chain_paths; /* display paths of the files being read (include stack) */
    GPtrArray *chain_keys;
} Loader;

/* A value expectation, checked against the rule's type at its end. */
typedef struct {
    guint line, col;
    CcValueKind kind;
} ValueCheck;

typedef enum { BLOCK_NONE, BLOCK_RULE, BLOCK_LEXICON } Block;

typedef struct {
    Loader *ld;
    const char *path;      /* display path */
    const char *open_path; /* the path the file was opened by */
    guint lineno;
    Block block;
    guint block_line, block_col;
    char *table; /* open lexicon */
    RuleEntry *rule; /* open rule, owned until "end" */
    /* First line of each once-only rule line, 0 when not yet seen. */
    guint seen_claim, seen_value, seen_needs, seen_tolerance, seen_window, seen_cumulative,
        seen_scope;
    guint claim_cols[3]; /* column of each part of the claim line */
    guint scope_col;
    guint tolerance_col;
    char tolerance_kind; /* '%', 'd' or 'n' (a plain number) */
    CcExample *last_example; /* the example "=>" lines continue; NULL for none */
    RawPattern *last_raw;    /* the pattern an "anchors" line may follow; NULL for none */
    GArray *value_checks;    /* (element-type ValueCheck) */
} FileParser;

static gboolean load_path(Loader *ld, const char *open_path, const char *display,
                          const char *from_file, guint from_line, guint from_col,
                          GError **error);

/* ---- path helpers -------------------------------------------------------- */

/* "a/./b/../c" -> "a/c", lexically; keeps leading "..". */
static char *
normalize_path(const char *path)
{
    gboolean absolute = g_path_is_absolute(path);
    g_auto(GStrv) parts = g_strsplit(path, G_DIR_SEPARATOR_S, -1);
    GPtrArray *keep = g_ptr_array_new();
    for (guint i = 0; parts[i]; i++) {
        const char *p = parts[i];
        if (p[0] == '\0' || g_str_equal(p, "."))
            continue;
        if (g_str_equal(p, "..") && keep->len > 0
            && !g_str_equal(keep->pdata[keep->len - 1], "..")) {
            g_ptr_array_remove_index(keep, keep->len - 1);
            continue;
        }
        if (g_str_equal(p, "..") && absolute)
            continue;
        g_ptr_array_add(keep, (gpointer)p);
    }
    g_ptr_array_add(keep, NULL);
    g_autofree char *joined = g_strjoinv(G_DIR_SEPARATOR_S, (char **)keep->pdata);
    g_ptr_array_unref(keep);
    if (absolute)
        return g_strconcat(G_DIR_SEPARATOR_S, joined, NULL);
    if (joined[0] == '\0')
        return g_strdup(".");
    return g_steal_pointer(&joined);
}

static char *
file_key(const GStatBuf *st)
{
    return g_strdup_printf("%ju:%ju", (uintmax_t)st->st_dev, (uintmax_t)st->st_ino);
}

/* ---- example lines ------------------------------------------------------- */

/* A quoted string at the cursor: \" is a quote, \\ a backslash, \n a line
 * break and \t a tab (a table given as text, its header on a line above). */
static gboolean
parse_quoted(FileParser *fp, Cursor *c, char **out, GError **error)
{
    skip_space(c);
    gsize open = c->pos;
    if (c->s[c->pos] != '"')
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, c->pos), "expected a quoted string");
    /* its end first: most strings hold no escape, and are copied whole */
    gsize from = open + 1, to = from;
    gboolean escapes = FALSE;
    for (;;) {
        to += strcspn(c->s + to, "\"\\"); /* to the next quote or backslash */
        if (c->s[to] == '"')
            break;
        if (c->s[to] == '\0')
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, open), "unterminated string");
        if (c->s[to + 1] == '"' || c->s[to + 1] == '\\' || c->s[to + 1] == 'n'
            || c->s[to + 1] == 't') {
            escapes = TRUE;
            to++;
        }
        to++;
    }
    c->pos = to + 1;
    if (!escapes) {
        *out = g_strndup(c->s + from, to - from);
        return TRUE;
    }
    char *text = g_malloc(to - from + 1), *w = text;
    for (gsize i = from; i < to; i++) {
        if (c->s[i] == '\\' && (c->s[i + 1] == 'n' || c->s[i + 1] == 't')) {
            *w++ = c->s[++i] == 'n' ? '\n' : '\t';
            continue;
        }
        if (c->s[i] == '\\' && (c->s[i + 1] == '"' || c->s[i + 1] == '\\'))
            i++;
        *w++ = c->s[i];
    }
    *w = '\0';
    *out = text;
    return TRUE;
}

static gboolean
parse_iso_day(FileParser *fp, const char *word, gsize start, const Cursor *c, guint32 *day,
              GError **error)
{
    if (!cc_day_from_iso(word, day))
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, start), "'%s' is not a date (YYYY-MM-DD)", word);
    return TRUE;
}

/* One bound of "value [LOW, HIGH]": "_", a number or a YYYY-MM-DD date. */
typedef enum { BOUND_OPEN, BOUND_NUMBER, BOUND_DATE } BoundKind;

static gboolean
parse_bound(FileParser *fp, Cursor *c, BoundKind *kind, double *v, char stop, GError **error)
{
    skip_space(c);
    gsize start = c->pos;
    while (c->s[c->pos] && c->s[c->pos] != stop && c->s[c->pos] != ' ' && c->s[c->pos] != '\t'
           && c->s[c->pos] != ']' && c->s[c->pos] != ',')
        c->pos++;
    /* a bound is short: copied to the stack, unless it is not */
    char small[64];
    g_autofree char *owned = NULL;
    gsize len = c->pos - start;
    char *w = small;
    if (len >= sizeof small)
        w = owned = g_malloc(len + 1);
    memcpy(w, c->s + start, len);
    w[len] = '\0';
    if (w[0] == '\0')
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, start),
                             "expected a bound: a number, a date (YYYY-MM-DD) or _");
    if (g_str_equal(w, "_")) {
        *kind = BOUND_OPEN;
        return TRUE;
    }
    guint32 day;
    if (strlen(w) == 10 && w[4] == '-' && w[7] == '-') {
        if (!cc_day_from_iso(w, &day))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, start), "'%s' is not a date (YYYY-MM-DD)", w);
        *kind = BOUND_DATE;
        *v = day;
        return TRUE;
    }
    /* Most bounds are whole numbers in digits: read here, exactly as
     * g_ascii_strtod() reads them (below 10^15, every one is a double). */
    if (len <= 15) {
        guint64 whole = 0;
        gsize k = 0;
        while (k < len && g_ascii_isdigit(w[k]))
            whole = whole * 10 + (guint64)(w[k++] - '0');
        if (k == len) {
            *kind = BOUND_NUMBER;
            *v = (double)whole;
            return TRUE;
        }
    }
    char *end = NULL;
    double n = g_ascii_strtod(w, &end);
    if (end == w || *end != '\0' || !isfinite(n))
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, start),
                             "bad bound '%s': want a number, a date (YYYY-MM-DD) or _", w);
    *kind = BOUND_NUMBER;
    *v = n;
    return TRUE;
}

static gboolean
parse_interval(FileParser *fp, Cursor *c, CcExample *ex, GError **error)
{
    skip_space(c);
    gsize open = c->pos;
    if (c->s[c->pos] != '[')
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, c->pos), "expected '[LOW, HIGH]' after 'value'");
    c->pos++;
    BoundKind k1, k2;
    double lo = 0, hi = 0;
    if (!parse_bound(fp, c, &k1, &lo, ',', error))
        return FALSE;
    skip_space(c);
    if (c->s[c->pos] != ',')
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, c->pos), "expected ',' between the bounds");
    c->pos++;
    if (!parse_bound(fp, c, &k2, &hi, ']', error))
        return FALSE;
    skip_space(c);
    if (c->s[c->pos] != ']')
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, c->pos), "expected ']' to close the interval");
    c->pos++;
    if (k1 != BOUND_OPEN && k2 != BOUND_OPEN && k1 != k2)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, open), "interval mixes a date and a number");
    if (k1 != BOUND_OPEN && k2 != BOUND_OPEN && lo > hi)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, open), "interval's low bound exceeds its high bound");
    gboolean date = k1 == BOUND_DATE || k2 == BOUND_DATE;
    ex->has_value = TRUE;
    ex->value.kind = date ? CC_VALUE_DATE : CC_VALUE_NUMBER;
    ex->value.has_low = k1 != BOUND_OPEN;
    ex->value.has_high = k2 != BOUND_OPEN;
    ex->value.low = ex->value.has_low ? lo : 0;
    ex->value.high = ex->value.has_high ? hi : 0;
    if (k1 == BOUND_OPEN && k2 == BOUND_OPEN)
        ex->value.kind = CC_VALUE_NONE; /* fits either type; checked below */
    ValueCheck vc = {fp->lineno, col_at(c->s, open), ex->value.kind};
    g_array_append_val(fp->value_checks, vc);
    if (ex->value.kind == CC_VALUE_NONE)
        ex->value.kind = CC_VALUE_NUMBER; /* settled at the rule's end */
    return TRUE;
}

static const char *const expectation_words[] = {
    "value", "approx", "vague", "exact", "unit", "modality", "attribution",
    "key", "scope", "text", "as_of", "ref", NULL};

static const char *const modality_names[] = {"asserted", "reported",  "hedged",
                                             "hypothetical", "negated", "disputed", NULL};

/* Expectations after "=>", up to the end of the line. @seen holds the
 * expectations already given for this example (bit per word). */
static gboolean
parse_expectations(FileParser *fp, Cursor *c, CcExample *ex, GError **error)
{
    while (!at_end(c)) {
        /* The word is matched where it lies; once known it is named by
         * its entry in expectation_words. */
        gsize start;
        gsize n = next_word_span(c, &start);
        const char *at = c->s + start;
        int idx = -1;
        for (int i = 0; idx < 0 && expectation_words[i]; i++)
            if (at[0] == expectation_words[i][0] && strncmp(at, expectation_words[i], n) == 0
                && expectation_words[i][n] == '\0')
                idx = i;
        if (idx < 0) {
            g_autofree char *unknown = g_strndup(at, n);
            const char *hint = suggest(unknown, expectation_words);
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, start),
                                 "unknown expectation '%s'%s%s%s", unknown,
                                 hint ? " (did you mean '" : "", hint ? hint : "",
                                 hint ? "'?)" : "");
        }
        const char *w = expectation_words[idx];
        if (ex->counter && !g_str_equal(w, "ref"))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, start),
                                 "a counter example expects nothing; only 'ref' may follow it");
        gboolean twice = FALSE;
        switch (idx) {
        case 0: /* value */
            twice = ex->has_value;
            if (!twice && !parse_interval(fp, c, ex, error))
                return FALSE;
            break;
        case 1: /* approx */
        case 2: /* vague */
        case 3: /* exact */ {
            gboolean exact = idx == 3;
            if ((exact && (ex->value.approx || ex->value.vague))
                || (!exact && ex->check_approx && ex->check_vague && !ex->value.approx
                    && !ex->value.vague))
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                     col_at(c->s, start),
                                     "'exact' contradicts 'approx' and 'vague'");
            if (idx == 1) {
                twice = ex->value.approx;
                ex->check_approx = ex->value.approx = TRUE;
            } else if (idx == 2) {
                twice = ex->value.vague;
                ex->check_vague = ex->value.vague = TRUE;
            } else {
                twice = ex->check_approx && ex->check_vague;
                ex->check_approx = ex->check_vague = TRUE;
            }
            break;
        }
        case 4: /* unit */
        case 7: /* key */
        case 8: /* scope */ {
            char **slot = idx == 4 ? &ex->unit : idx == 7 ? &ex->key : &ex->scope;
            twice = *slot != NULL;
            if (twice)
                break;
            gsize s2;
            *slot = next_word(c, &s2);
            if (*slot == NULL)
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                     col_at(c->s, c->pos), "'%s' wants a value", w);
            break;
        }
        case 5: { /* modality */
            twice = ex->has_modality;
            if (twice)
                break;
            gsize s2;
            g_autofree char *m = next_word(c, &s2);
            int found = -1;
            for (int i = 0; m && modality_names[i]; i++)
                if (g_str_equal(m, modality_names[i]))
                    found = i;
            if (found < 0)
                return cc_rules_fail(
                    error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                    col_at(c->s, m ? s2 : c->pos),
                    "unknown modality '%s' (asserted, reported, hedged, hypothetical, "
                    "negated or disputed)",
                    m ? m : "");
            ex->has_modality = TRUE;
            ex->modality = (CcModality)found;
            break;
        }
        case 6: /* attribution */
            twice = ex->has_attribution;
            if (twice)
                break;
            skip_space(c);
            if (g_str_has_prefix(c->s + c->pos, "none")
                && (c->s[c->pos + 4] == '\0' || c->s[c->pos + 4] == ' '
                    || c->s[c->pos + 4] == '\t')) {
                c->pos += 4;
            } else if (!parse_quoted(fp, c, &ex->attribution, error)) {
                return FALSE;
            }
            ex->has_attribution = TRUE;
            break;
        case 9: /* text */
            twice = ex->text != NULL;
            if (!twice && !parse_quoted(fp, c, &ex->text, error))
                return FALSE;
            break;
        case 10: /* as_of */
        case 11: { /* ref */
            guint32 *slot = idx == 10 ? &ex->as_of : &ex->ref_day;
            twice = *slot != 0;
            if (twice)
                break;
            gsize s2;
            g_autofree char *d = next_word(c, &s2);
            if (d == NULL)
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                     col_at(c->s, c->pos), "'%s' wants a date (YYYY-MM-DD)", w);
            if (!parse_iso_day(fp, d, s2, c, slot, error))
                return FALSE;
            break;
        }
        default:
            g_assert_not_reached();
        }
        if (twice)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, start),
                                 "expectation '%s' given twice", w);
    }
    return TRUE;
}

static gboolean
parse_example(FileParser *fp, Cursor *c, gboolean counter, GError **error)
{
    g_autoptr(GPtrArray) hold = g_ptr_array_new_with_free_func(example_free);
    CcExample *ex = g_new0(CcExample, 1);
    g_ptr_array_add(hold, ex);
    ex->counter = counter;
    ex->file = g_strdup(fp->path);
    ex->line = fp->lineno;
    if (!parse_quoted(fp, c, &ex->sentence, error))
        return FALSE;
    if (!at_end(c)) {
        if (!g_str_has_prefix(c->s + c->pos, "=>"))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, c->pos), "expected '=>' after the sentence");
        c->pos += 2;
        if (!parse_expectations(fp, c, ex, error))
            return FALSE;
    }
    g_ptr_array_steal_index(hold, 0);
    g_ptr_array_add(fp->rule->pub.examples, ex);
    fp->last_example = ex;
    return TRUE;
}

/* ---- rule lines ---------------------------------------------------------- */

static const char *const rule_words[] = {"claim", "value", "needs", "tolerance", "window",
                                         "cumulative", "scope", "pattern", "except",
                                         "anchors", "example", "counter", "end", NULL};
static const char *const frame_words[] = {"claim",   "value",    "needs",   "tolerance", "window",
                                          "cumulative", "scope",  "counts",  "cue",       "subject",
                                          "veto",    "follows",  "priority", "example",  "counter",
                                          "end",     NULL};
static const char *const top_words[] = {"include", "macro", "lexicon", "attribution",
                                        "anchors", "rule", "frame", "end", NULL};

static gboolean
once(FileParser *fp, guint *seen, const char *word, guint col, GError **error)
{
    if (*seen)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, col,
                             "'%s' given twice in rule '%s' (first at line %u)", word,
                             fp->rule->pub.id, *seen);
    *seen = fp->lineno;
    return TRUE;
}

/* Parses "N" as a non-negative decimal; FALSE on anything else. */
static gboolean
parse_amount(const char *s, gsize len, double *out)
{
    if (len == 0 || !(g_ascii_isdigit(s[0]) || s[0] == '.'))
        return FALSE;
    g_autofree char *t = g_strndup(s, len);
    char *end = NULL;
    double v = g_ascii_strtod(t, &end);
    if (*end != '\0' || !isfinite(v) || v < 0)
        return FALSE;
    *out = v;
    return TRUE;
}

/* ---- frame lines --------------------------------------------------------- */

/* Reads "WORD N" options after a slot's tables: before, after, within. */
static gboolean
slot_distance(FileParser *fp, Cursor *c, const char *opt, gsize ostart, CcFrameSlot *slot,
              GError **error)
{
    gsize s;
    g_autofree char *n = next_word(c, &s);
    double v;
    if (n == NULL || !parse_amount(n, strlen(n), &v) || v != (double)(guint)v || v > 200)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, n ? s : c->pos),
                             "'%s' wants a number of words from 0 to 200", opt);
    if (g_str_equal(opt, "before") || g_str_equal(opt, "within"))
        slot->before = (guint)v;
    if (g_str_equal(opt, "after") || g_str_equal(opt, "within"))
        slot->after = (guint)v;
    (void)ostart;
    return TRUE;
}

/* Does @tables (of table names) hold @name? */
static gboolean
names_table(const GPtrArray *tables, const char *name)
{
    for (guint j = 0; j < tables->len; j++)
        if (g_str_equal(tables->pdata[j], name))
            return TRUE;
    return FALSE;
}

/* A frame's own lines: its slots and priority. Returns -1 for a word that
 * is not a frame line (the rule lines handle it), else TRUE or FALSE. */
static int
frame_line(FileParser *fp, Cursor *c, const char *word, guint wcol, GError **error)
{
    CcRule *r = &fp->rule->pub;
    CcFrame *f = r->frame;
    if (g_str_equal(word, "follows")) {
        if (f->follows != NULL)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, wcol,
                                 "'follows' given twice in frame '%s' (first at line %u)", r->id,
                                 f->follows_line);
        g_autoptr(GPtrArray) preds = g_ptr_array_new_with_free_func(g_free);
        while (!at_end(c)) {
            gsize s;
            g_autofree char *p = next_word(c, &s);
            if (g_str_equal(p, "named") && preds->len > 0) {
                /* "named TABLE…": the antecedent's words */
                while (!at_end(c)) {
                    g_autofree char *t = next_word(c, &s);
                    if (f->named->len == 0)
                        f->named_col = col_at(c->s, s); /* for "no lexicon table" */
                    if (!is_name(t, FALSE) || strchr(t, '.') || strchr(t, '-'))
                        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path,
                                             fp->lineno, col_at(c->s, s),
                                             "'%s' is not a lexicon table name ([a-z0-9_])", t);
                    g_ptr_array_add(f->named, g_steal_pointer(&t));
                }
                if (f->named->len == 0)
                    return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                         col_at(c->s, c->pos),
                                         "named wants at least one lexicon table");
                break;
            }
            if (g_str_equal(p, "here") && preds->len > 0 && at_end(c)) {
                /* "here": only a claim of this sentence */
                f->follows_here = TRUE;
                break;
            }
            if (!is_claim_name(p) || p[0] == '$')
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                     col_at(c->s, s), "bad predicate '%s' after follows", p);
            g_ptr_array_add(preds, g_steal_pointer(&p));
        }
        if (preds->len == 0)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, c->pos), "follows wants at least one PREDICATE");
        g_ptr_array_add(preds, NULL);
        f->follows = (char **)g_ptr_array_free(g_steal_pointer(&preds), FALSE);
        f->follows_line = fp->lineno;
        f->follows_col = wcol;
        return TRUE;
    }
    if (g_str_equal(word, "priority")) {
        if (f->priority_line != 0)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, wcol,
                                 "'priority' given twice in frame '%s' (first at line %u)",
                                 r->id, f->priority_line);
        f->priority_line = fp->lineno;
        gsize s;
        g_autofree char *n = next_word(c, &s);
        char *end = NULL;
        gint64 v = n ? g_ascii_strtoll(n, &end, 10) : 0;
        if (n == NULL || *end != '\0' || v < -1000 || v > 1000 || !at_end(c))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, n ? s : c->pos),
                                 "priority wants a whole number from -1000 to 1000");
        f->priority = (int)v;
        return TRUE;
    }
    CcSlotKind kind = CC_SLOT_N;
    for (guint k = 0; k < CC_SLOT_N; k++)
        if (g_str_equal(word, cc_frame_slot_name(k)))
            kind = k;
    if (kind == CC_SLOT_N)
        return -1;
    if (kind == CC_SLOT_SCOPE) {
        /* "scope NAME" and "scope $GROUP" stay the rule line; "scope from
         * TABLE…" reads scope words near the value. */
        gsize save = c->pos, s;
        g_autofree char *w = next_word(c, &s);
        if (w == NULL || !g_str_equal(w, "from")) {
            c->pos = save;
            return -1;
        }
    }
    CcFrameSlot *slot = &f->slot[kind];
    /* A frame may have several veto lines, each with its own tables and
     * reach: the line is read into a slot of its own, its table names
     * owned by the frame's veto slot, which holds them all. */
    CcFrameSlot *all = NULL;
    if (kind == CC_SLOT_VETO) {
        CcFrameSlot fresh = {0};
        fresh.tables = g_ptr_array_new();
        fresh.table_cols = g_array_new(FALSE, FALSE, sizeof(guint));
        fresh.before = G_MAXUINT;
        fresh.after = G_MAXUINT;
        g_array_append_val(f->vetoes, fresh);
        all = slot;
        if (all->line == 0) {
            all->line = fp->lineno;
            all->col = wcol;
        }
        slot = &g_array_index(f->vetoes, CcFrameSlot, f->vetoes->len - 1);
    } else if (slot->line != 0)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, wcol,
                             "'%s' given twice in frame '%s' (first at line %u)", word, r->id,
                             slot->line);
    slot->line = fp->lineno;
    slot->col = wcol;
    guint dist_col = 0, clause_col = 0; /* a veto line's reach, as given */
    g_autofree char *dist_word = NULL;
    while (!at_end(c)) {
        gsize s;
        g_autofree char *t = next_word(c, &s);
        if (g_str_equal(t, "clause") && kind == CC_SLOT_VETO) {
            /* "clause": the whole clause, as a veto line reads by default */
            if (dist_col != 0)
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                     col_at(c->s, s),
                                     "'clause' and '%s' on one veto line: a veto reads its "
                                     "whole clause or the words within its distances",
                                     dist_word);
            clause_col = col_at(c->s, s);
            slot->before = G_MAXUINT;
            slot->after = G_MAXUINT;
            continue;
        }
        if (g_str_equal(t, "unless") && kind == CC_SLOT_VETO) {
            /* "unless TABLE…": the line forbids nothing where a word of
             * these tables stands in the figure's clause */
            if (slot->unless != NULL)
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                     col_at(c->s, s), "'unless' given twice on one veto line");
            slot->unless = g_ptr_array_new_with_free_func(g_free);
            continue;
        }
        if (kind == CC_SLOT_VETO
            && (g_str_equal(t, "before") || g_str_equal(t, "after") || g_str_equal(t, "within"))) {
            if (clause_col != 0)
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                     col_at(c->s, s),
                                     "'%s' and 'clause' on one veto line: a veto reads its "
                                     "whole clause or the words within its distances",
                                     t);
            if (dist_col == 0) {
                dist_col = col_at(c->s, s);
                dist_word = g_strdup(t);
            }
        }
        if (g_str_equal(t, "near") && kind == CC_SLOT_CUE) {
            gsize ns;
            g_autofree char *n = next_word(c, &ns);
            double v;
            if (n == NULL || !parse_amount(n, strlen(n), &v) || v != (double)(guint)v || v < 1
                || v > 200)
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                     col_at(c->s, n ? ns : c->pos),
                                     "'near' wants a number of words from 1 to 200");
            slot->near = (guint)v;
            continue;
        }
        if (g_str_equal(t, "before") || g_str_equal(t, "after") || g_str_equal(t, "within")) {
            if (kind == CC_SLOT_SUBJECT)
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                     col_at(c->s, s),
                                     "'%s' does not apply to subject: a subject is looked for "
                                     "in the clause, then the sentence",
                                     t);
            if (!slot_distance(fp, c, t, s, slot, error))
                return FALSE;
            continue;
        }
        if (g_str_equal(t, "inherit") && kind == CC_SLOT_SUBJECT) {
            f->inherit = TRUE;
            continue;
        }
        if (g_str_equal(t, "speaker") && kind == CC_SLOT_SUBJECT) {
            f->speaker = TRUE;
            continue;
        }
        if (g_str_equal(t, "default") && kind == CC_SLOT_SUBJECT) {
            f->fallback = TRUE;
            /* "default NAME": the party a $subject claim takes */
            gsize save = c->pos, ns;
            g_autofree char *name = next_word(c, &ns);
            if (name != NULL && is_claim_name(name) && name[0] != '$'
                && !g_str_equal(name, "inherit") && !g_str_equal(name, "speaker")
                && !g_str_equal(name, "phrase"))
                f->fallback_name = g_steal_pointer(&name);
            else
                c->pos = save;
            continue;
        }
        if (g_str_equal(t, "phrase") && kind == CC_SLOT_SUBJECT) {
            f->phrase = TRUE;
            continue;
        }
        if (g_str_equal(t, "optional") && kind == CC_SLOT_CUE) {
            f->optional_cue = TRUE;
            continue;
        }
        if (g_str_equal(t, "announced") && kind == CC_SLOT_CUE) {
            f->announced = TRUE;
            continue;
        }
        if (g_str_equal(t, "by_report") && kind == CC_SLOT_CUE) {
            f->by_report = TRUE;
            continue;
        }
        if (g_str_equal(t, "label") && kind == CC_SLOT_CUE) {
            f->label_cue = TRUE;
            continue;
        }
        if (g_str_equal(t, "opening") && kind == CC_SLOT_CUE) {
            f->opening_cue = TRUE;
            continue;
        }
        if (g_str_equal(t, "befalls") && kind == CC_SLOT_CUE) {
            f->befalls_cue = TRUE;
            continue;
        }
        if (g_str_equal(t, "nothing") && kind == CC_SLOT_COUNTS) {
            f->headless = TRUE;
            continue;
        }
        if (g_str_equal(t, "product") && kind == CC_SLOT_COUNTS) {
            f->product = TRUE;
            continue;
        }
        /* An option of another slot ("counts troops optional") is no table. */
        static const char *const options[][2] = {
            {"near", "cue"},        {"optional", "cue"},  {"announced", "cue"},
            {"by_report", "cue"},   {"label", "cue"},     {"opening", "cue"},
            {"befalls", "cue"},
            {"clause", "veto"},     {"unless", "veto"},
            {"nothing", "counts"},  {"product", "counts"},
            {"inherit", "subject"}, {"speaker", "subject"}, {"default", "subject"},
            {"phrase", "subject"},
        };
        for (guint o = 0; o < G_N_ELEMENTS(options); o++)
            if (g_str_equal(t, options[o][0]))
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                     col_at(c->s, s), "'%s' applies to %s, not to %s", t,
                                     options[o][1], word);
        if (!is_name(t, FALSE) || strchr(t, '.') || strchr(t, '-'))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, s), "'%s' is not a lexicon table name ([a-z0-9_])",
                                 t);
        if (slot->unless != NULL) {
            g_ptr_array_add(slot->unless, g_steal_pointer(&t));
            continue;
        }
        if (all != NULL) {
            /* one table on two veto lines would have two reaches: the line
             * that first gave it, an earlier one or this */
            guint first = 0;
            for (guint i = 0; i + 1 < f->vetoes->len && first == 0; i++) {
                const CcFrameSlot *v = &g_array_index(f->vetoes, CcFrameSlot, i);
                if (names_table(v->tables, t))
                    first = v->line;
            }
            if (first == 0 && names_table(slot->tables, t))
                first = fp->lineno;
            if (first != 0)
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                     col_at(c->s, s),
                                     "veto table '%s' given twice in frame '%s' (first at line %u)",
                                     t, r->id, first);
            g_ptr_array_add(slot->tables, t);
            guint acol = col_at(c->s, s);
            g_array_append_val(all->table_cols, acol);
            g_ptr_array_add(all->tables, g_steal_pointer(&t));
        } else
            g_ptr_array_add(slot->tables, g_steal_pointer(&t));
        /* the table's column, for "no such table" at compile time */
        guint tcol = col_at(c->s, s);
        g_array_append_val(slot->table_cols, tcol);
        if (slot->tables->len == 1)
            slot->col = tcol;
    }
    if (slot->unless != NULL && slot->unless->len == 0)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, c->pos), "'unless' wants at least one lexicon table");
    if (kind == CC_SLOT_COUNTS && f->headless && slot->tables->len > 0)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, slot->col,
                             "counts nothing takes no table: the figure has no head noun");
    if (slot->tables->len == 0 && !(kind == CC_SLOT_COUNTS && f->headless))
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, c->pos), "%s wants at least one lexicon table", word);
    return TRUE;
}

/* Checks a frame at its "end": what its claim line takes from the slots. */
static gboolean
frame_finish(FileParser *fp, GError **error)
{
    CcRule *r = &fp->rule->pub;
    const char *parts[] = {r->subject, r->predicate, r->object};
    for (guint i = 0; i < G_N_ELEMENTS(parts); i++) {
        if (parts[i] == NULL || parts[i][0] != '$')
            continue;
        if (!g_str_equal(parts[i], "$subject") || i == 1)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->seen_claim,
                                 fp->claim_cols[i],
                                 "frame '%s': a frame's claim takes only $subject, from its "
                                 "subject slot, not %s",
                                 r->id, parts[i]);
        if (r->frame->slot[CC_SLOT_SUBJECT].tables->len == 0)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->seen_claim,
                                 fp->claim_cols[i],
                                 "frame '%s' claims $subject but has no 'subject' line", r->id);
    }
    if (r->frame->slot[CC_SLOT_CUE].near && r->frame->slot[CC_SLOT_COUNTS].tables->len == 0)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path,
                             r->frame->slot[CC_SLOT_CUE].line, r->frame->slot[CC_SLOT_CUE].col,
                             "frame '%s': 'cue … near N' measures from the counted noun, and "
                             "the frame has no 'counts'",
                             r->id);
    if (r->frame->headless && r->frame->follows == NULL)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, r->frame->slot[CC_SLOT_COUNTS].line,
                             r->frame->slot[CC_SLOT_COUNTS].col,
                             "frame '%s' counts nothing: say what claim it follows "
                             "('follows PREDICATE')",
                             r->id);
    if (r->frame->fallback && r->frame->fallback_name == NULL
        && (r->subject == NULL || r->subject[0] == '$'))
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path,
                             r->frame->slot[CC_SLOT_SUBJECT].line,
                             r->frame->slot[CC_SLOT_SUBJECT].col,
                             "frame '%s': 'subject … default' stands for the claim's own "
                             "subject, and the claim names none: write 'default NAME'",
                             r->id);
    if (r->scope != NULL && r->scope[0] == '$')
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->seen_scope, fp->scope_col,
                             "frame '%s': write 'scope from TABLE' to read a scope near the "
                             "value, not %s",
                             r->id, r->scope);
    return TRUE;
}

static gboolean
rule_line(FileParser *fp, Cursor *c, const char *word, gsize wstart, GError **error)
{
    CcRule *r = &fp->rule->pub;
    guint wcol = col_at(c->s, wstart);
    if (!g_str_equal(word, "example") && !g_str_equal(word, "counter"))
        fp->last_example = NULL;

    if (g_str_equal(word, "claim")) {
        if (!once(fp, &fp->seen_claim, word, wcol, error))
            return FALSE;
        char *parts[4] = {NULL, NULL, NULL, NULL};
        guint n = 0;
        gboolean ok = TRUE;
        while (!at_end(c) && ok) {
            gsize s;
            char *p = next_word(c, &s);
            if (n == 3) {
                cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, col_at(c->s, s),
                              "claim wants SUBJECT PREDICATE [OBJECT], not more");
                ok = FALSE;
            } else if (!is_claim_name(p)) {
                cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, col_at(c->s, s),
                              "bad claim name '%s': want a name ([a-z0-9_]) or $GROUP", p);
                ok = FALSE;
            } else {
                fp->claim_cols[n] = col_at(c->s, s);
                parts[n++] = g_steal_pointer(&p);
            }
            g_free(p);
        }
        if (ok && n < 2) {
            cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, col_at(c->s, c->pos),
                          "claim wants SUBJECT PREDICATE [OBJECT]");
            ok = FALSE;
        }
        if (!ok) {
            for (guint i = 0; i < n; i++)
                g_free(parts[i]);
            return FALSE;
        }
        r->subject = parts[0];
        r->predicate = parts[1];
        r->object = parts[2];
        return TRUE;
    }
    if (g_str_equal(word, "value")) {
        if (!once(fp, &fp->seen_value, word, wcol, error))
            return FALSE;
        gsize s;
        g_autofree char *type = next_word(c, &s);
        if (type == NULL)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, c->pos), "value wants quantity, date or event");
        if (g_str_equal(type, "quantity")) {
            r->type = CC_CLAIM_QUANTITY;
            gsize us;
            r->unit = next_word(c, &us);
            /* "from N" and "below N" after the unit (or in its place): a
             * frame's bounds on the figures it reads */
            gsize bs = us;
            g_autofree char *opt = NULL;
            if (g_strcmp0(r->unit, "from") == 0 || g_strcmp0(r->unit, "below") == 0)
                opt = g_steal_pointer(&r->unit);
            else if (r->unit != NULL)
                opt = next_word(c, &bs);
            for (; opt != NULL; g_free(opt), opt = next_word(c, &bs)) {
                gboolean from = g_str_equal(opt, "from");
                if (!from && !g_str_equal(opt, "below"))
                    return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                         col_at(c->s, bs),
                                         "unexpected '%s' after the unit: want 'from N', "
                                         "'below N' or nothing",
                                         opt);
                if (r->frame == NULL)
                    return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                         col_at(c->s, bs),
                                         "'%s' outside a frame: a pattern rule spells out the "
                                         "figures it reads",
                                         opt);
                double *bound = from ? &r->frame->from : &r->frame->below;
                if (*bound > 0)
                    return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                         col_at(c->s, bs), "'%s' given twice", opt);
                gsize ns;
                g_autofree char *n = next_word(c, &ns);
                double v;
                if (n == NULL || !parse_amount(n, strlen(n), &v) || v <= 0)
                    return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                         col_at(c->s, n ? ns : c->pos),
                                         "'%s' wants a number above 0 (digits, no commas)", opt);
                *bound = v;
                if (r->frame->from > 0 && r->frame->below > 0
                    && r->frame->from >= r->frame->below)
                    return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                         col_at(c->s, ns),
                                         "'from %g' leaves no figure 'below %g'",
                                         r->frame->from, r->frame->below);
            }
        } else if (g_str_equal(type, "date")) {
            r->type = CC_CLAIM_DATE;
        } else if (g_str_equal(type, "event")) {
            r->type = CC_CLAIM_EVENT;
        } else {
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, s),
                                 "unknown value type '%s' (quantity, date or event)", type);
        }
        if (!at_end(c))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, c->pos), "unexpected text after the value type");
        return TRUE;
    }
    if (g_str_equal(word, "needs")) {
        if (r->frame != NULL)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, wcol,
                                 "'needs' inside frame '%s': a frame reads wherever the value "
                                 "pass finds its kind of mention",
                                 r->id);
        if (!once(fp, &fp->seen_needs, word, wcol, error))
            return FALSE;
        r->needs = CC_MENTION_NONE;
        guint n = 0;
        while (!at_end(c)) {
            gsize s;
            g_autofree char *k = next_word(c, &s);
            if (g_str_equal(k, "number"))
                r->needs |= CC_MENTION_NUMBER;
            else if (g_str_equal(k, "date"))
                r->needs |= CC_MENTION_DATE;
            else if (!g_str_equal(k, "none"))
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                     col_at(c->s, s),
                                     "unknown mention kind '%s' (number, date or none)", k);
            n++;
        }
        if (n == 0)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, c->pos), "needs wants number, date or none");
        return TRUE;
    }
    if (g_str_equal(word, "tolerance")) {
        if (!once(fp, &fp->seen_tolerance, word, wcol, error))
            return FALSE;
        gsize s;
        g_autofree char *t = next_word(c, &s);
        fp->tolerance_col = col_at(c->s, t ? s : c->pos);
        gsize len = t ? strlen(t) : 0;
        char kind = 'n';
        if (len > 0 && (t[len - 1] == '%' || t[len - 1] == 'd'))
            kind = t[--len];
        double v;
        if (t == NULL || !parse_amount(t, len, &v) || !at_end(c))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 fp->tolerance_col,
                                 "bad tolerance '%s': want N%% (relative), N (absolute) or "
                                 "Nd (days)",
                                 t ? t : "");
        fp->tolerance_kind = kind;
        r->tolerance = kind == '%' ? v / 100.0 : v;
        r->tolerance_abs = kind != '%';
        return TRUE;
    }
    if (g_str_equal(word, "window")) {
        if (!once(fp, &fp->seen_window, word, wcol, error))
            return FALSE;
        gsize s;
        g_autofree char *t = next_word(c, &s);
        gsize len = t ? strlen(t) : 0;
        guint64 days = 0;
        gboolean ok = len >= 2 && t[len - 1] == 'd' && len <= 8;
        for (gsize i = 0; ok && i + 1 < len; i++) {
            if (!g_ascii_isdigit(t[i]))
                ok = FALSE;
            else
                days = days * 10 + (guint64)(t[i] - '0');
        }
        if (!ok || !at_end(c))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, t ? s : c->pos),
                                 "bad window '%s': want a number of days, as in 30d", t ? t : "");
        r->window_days = (guint)days;
        return TRUE;
    }
    if (g_str_equal(word, "cumulative")) {
        if (!once(fp, &fp->seen_cumulative, word, wcol, error))
            return FALSE;
        if (!at_end(c))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, c->pos), "cumulative takes no argument");
        r->cumulative = TRUE;
        return TRUE;
    }
    if (r->frame != NULL) {
        int handled = frame_line(fp, c, word, wcol, error);
        if (handled >= 0)
            return handled;
    }
    if (g_str_equal(word, "scope")) {
        if (!once(fp, &fp->seen_scope, word, wcol, error))
            return FALSE;
        gsize s;
        g_autofree char *t = next_word(c, &s);
        if (t == NULL || !is_claim_name(t) || !at_end(c))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, t ? s : c->pos), "scope wants one NAME or $GROUP");
        fp->scope_col = col_at(c->s, s);
        r->scope = g_steal_pointer(&t);
        return TRUE;
    }
    if ((g_str_equal(word, "pattern") || g_str_equal(word, "except")) && r->frame != NULL)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, wcol,
                             "'%s' inside frame '%s': a frame's value comes from the value "
                             "pass; write a rule for a phrasing of its own",
                             word, r->id);
    if (g_str_equal(word, "pattern") || g_str_equal(word, "except")) {
        gboolean except = g_str_equal(word, "except");
        skip_space(c);
        if (c->s[c->pos] == '\0')
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, c->pos), "%s wants a regular expression", word);
        RawPattern *raw = g_new0(RawPattern, 1);
        raw->regex = g_strdup(c->s + c->pos);
        raw->file = g_strdup(fp->path);
        raw->line = fp->lineno;
        raw->col = col_at(c->s, c->pos);
        if (except) {
            g_ptr_array_add(fp->rule->raw_exceptions, raw);
            return TRUE;
        }
        fp->last_raw = raw;
        g_ptr_array_add(fp->rule->raw, raw);
        g_ptr_array_add(r->pattern_lines, GUINT_TO_POINTER(fp->lineno));
        g_ptr_array_add(r->pattern_sources, g_strdup(raw->regex));
        return TRUE;
    }
    if (g_str_equal(word, "example") || g_str_equal(word, "counter"))
        return parse_example(fp, c, g_str_equal(word, "counter"), error);

    const char *hint = suggest(word, r->frame ? frame_words : rule_words);
    if (g_strv_contains(top_words, word))
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, wcol,
                             "'%s' inside %s '%s' (opened at line %u): missing 'end'?", word,
                             r->frame ? "frame" : "rule", r->id, fp->block_line);
    return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, wcol,
                         "unknown directive '%s'%s%s%s", word, hint ? " (did you mean '" : "",
                         hint ? hint : "", hint ? "'?)" : "");
}

/* Checks a rule at its "end" and applies the defaults. */
static gboolean
finish_rule(FileParser *fp, GError **error)
{
    RuleEntry *re = fp->rule;
    CcRule *r = &re->pub;
    const char *missing = !fp->seen_claim ? "a 'claim' line"
                          : !fp->seen_value ? "a 'value' line"
                          : re->raw->len == 0 && r->frame == NULL ? "at least one 'pattern'"
                          : r->frame != NULL && r->type == CC_CLAIM_EVENT
                              ? "a value kind of quantity or date (a frame reads a value mention)"
                              : NULL;
    if (missing)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->block_line,
                             fp->block_col, "%s '%s' needs %s", r->frame ? "frame" : "rule",
                             r->id, missing);
    if (r->frame != NULL && !frame_finish(fp, error))
        return FALSE;
    if (fp->seen_tolerance) {
        const char *why = NULL;
        if (r->type == CC_CLAIM_QUANTITY && fp->tolerance_kind == 'd')
            why = "a tolerance in days applies only to date rules";
        else if (r->type == CC_CLAIM_DATE && fp->tolerance_kind == '%')
            why = "a date rule's tolerance is in days (Nd), not a percentage";
        else if (r->type == CC_CLAIM_EVENT)
            why = "an event rule has no value to compare, so no tolerance";
        if (why)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->seen_tolerance,
                                 fp->tolerance_col, "%s", why);
    } else {
        r->tolerance = r->type == CC_CLAIM_QUANTITY ? 0.10 : 0.0;
        r->tolerance_abs = r->type != CC_CLAIM_QUANTITY;
    }
    if (!fp->seen_window)
        r->window_days = 30;
    if (!fp->seen_needs)
        r->needs = r->type == CC_CLAIM_QUANTITY ? CC_MENTION_NUMBER
                   : r->type == CC_CLAIM_DATE   ? CC_MENTION_DATE
                                                : CC_MENTION_NONE;
    CcValueKind want = r->type == CC_CLAIM_QUANTITY ? CC_VALUE_NUMBER
                       : r->type == CC_CLAIM_DATE   ? CC_VALUE_DATE
                                                    : CC_VALUE_NONE;
    for (guint i = 0; i < fp->value_checks->len; i++) {
        ValueCheck *vc = &g_array_index(fp->value_checks, ValueCheck, i);
        if (want == CC_VALUE_NONE)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, vc->line, vc->col,
                                 "rule '%s' is an event rule: its examples have no value",
                                 r->id);
        if (vc->kind != CC_VALUE_NONE && vc->kind != want)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, vc->line, vc->col,
                                 want == CC_VALUE_DATE
                                     ? "rule '%s' reads dates: bounds are YYYY-MM-DD or _"
                                     : "rule '%s' reads quantities: bounds are numbers or _",
                                 r->id);
    }
    for (guint i = 0; i < r->examples->len; i++) {
        CcExample *ex = r->examples->pdata[i];
        if (ex->has_value)
            ex->value.kind = want;
    }
    CcRuleSet *stage = fp->ld->stage;
    g_ptr_array_add(stage->rules, re);
    g_hash_table_insert(stage->rule_ids, r->id, re);
    fp->rule = NULL;
    return TRUE;
}

static void
reset_block(FileParser *fp)
{
    fp->block = BLOCK_NONE;
    g_clear_pointer(&fp->table, g_free);
    g_clear_pointer(&fp->rule, rule_free);
    fp->seen_claim = fp->seen_value = fp->seen_needs = fp->seen_tolerance = fp->seen_window
        = fp->seen_cumulative = fp->seen_scope = 0;
    fp->tolerance_col = 0;
    fp->tolerance_kind = 0;
    fp->last_example = NULL;
    g_array_set_size(fp->value_checks, 0);
}

/* ---- top-level lines ----------------------------------------------------- */

static const CcRule *
find_rule(const Loader *ld, const char *id)
{
    const CcRule *r = g_hash_table_lookup(ld->stage->rule_ids, id);
    return r ? r : g_hash_table_lookup(ld->main->rule_ids, id);
}

static const CcMacro *
find_macro(const Loader *ld, const char *name)
{
    const CcMacro *m = g_hash_table_lookup(ld->stage->macro_names, name);
    return m ? m : g_hash_table_lookup(ld->main->macro_names, name);
}

static gboolean
top_line(FileParser *fp, Cursor *c, const char *word, gsize wstart, GError **error)
{
    guint wcol = col_at(c->s, wstart);
    if (g_str_equal(word, "include")) {
        skip_space(c);
        gsize s = c->pos;
        if (c->s[s] == '\0')
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, s), "include wants a path");
        const char *inc = c->s + s;
        g_autofree char *open_path = NULL, *display = NULL;
        if (g_path_is_absolute(inc)) {
            open_path = g_strdup(inc);
            display = normalize_path(inc);
        } else {
            g_autofree char *odir = g_path_get_dirname(fp->open_path);
            g_autofree char *ddir = g_path_get_dirname(fp->path);
            open_path = g_build_filename(odir, inc, NULL);
            g_autofree char *joined = g_build_filename(ddir, inc, NULL);
            display = normalize_path(joined);
        }
        return load_path(fp->ld, open_path, display, fp->path, fp->lineno, col_at(c->s, s),
                         error);
    }
    if (g_str_equal(word, "macro")) {
        skip_space(c);
        gsize ns = c->pos;
        while (c->s[c->pos] && c->s[c->pos] != '=' && c->s[c->pos] != ' ' && c->s[c->pos] != '\t')
            c->pos++;
        g_autofree char *name = g_strndup(c->s + ns, c->pos - ns);
        guint ncol = col_at(c->s, ns);
        if (name[0] == '\0')
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, ncol,
                                 "macro wants NAME = REGEX");
        if (!is_name(name, TRUE))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, ncol,
                                 "bad macro name '%s': want [A-Z][A-Z0-9_]*", name);
        skip_space(c);
        if (c->s[c->pos] != '=')
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, c->pos), "expected '=' after macro %s", name);
        c->pos++;
        skip_space(c);
        if (c->s[c->pos] == '\0')
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, c->pos), "macro %s has an empty body", name);
        const CcMacro *prev = find_macro(fp->ld, name);
        if (prev)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, ncol,
                                 "macro %s is already defined at %s:%u", name, prev->file,
                                 prev->line);
        MacroEntry *m = g_new0(MacroEntry, 1);
        m->pub.name = g_steal_pointer(&name);
        m->pub.body = g_strdup(c->s + c->pos);
        m->pub.file = g_strdup(fp->path);
        m->pub.line = fp->lineno;
        m->col = col_at(c->s, c->pos);
        m->name_col = ncol;
        CcRuleSet *st = fp->ld->stage;
        g_ptr_array_add(st->macros, m);
        g_ptr_array_add(st->macro_order, m);
        g_hash_table_insert(st->macro_names, m->pub.name, m);
        return TRUE;
    }
    if (g_str_equal(word, "lexicon")) {
        gsize s;
        g_autofree char *table = next_word(c, &s);
        if (table == NULL || !is_name(table, FALSE))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, table ? s : c->pos),
                                 "lexicon wants a table name ([a-z0-9_])");
        if (!at_end(c))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, c->pos), "unexpected text after the table name");
        fp->block = BLOCK_LEXICON;
        fp->block_line = fp->lineno;
        fp->block_col = wcol;
        fp->table = g_steal_pointer(&table);
        return TRUE;
    }
    if (g_str_equal(word, "attribution")) {
        skip_space(c);
        if (c->s[c->pos] == '\0')
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, c->pos), "attribution wants a regular expression");
        RawPattern *raw = g_new0(RawPattern, 1);
        raw->regex = g_strdup(c->s + c->pos);
        raw->file = g_strdup(fp->path);
        raw->line = fp->lineno;
        raw->col = col_at(c->s, c->pos);
        fp->last_raw = raw;
        g_ptr_array_add(fp->ld->stage->attr_sources, raw);
        return TRUE;
    }
    if (g_str_equal(word, "rule") || g_str_equal(word, "frame")) {
        gsize s;
        g_autofree char *id = next_word(c, &s);
        if (id == NULL || !is_name(id, FALSE))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, id ? s : c->pos), "%s wants an id ([A-Za-z0-9_.-])",
                                 word);
        if (!at_end(c))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, c->pos), "unexpected text after the %s id", word);
        const CcRule *prev = find_rule(fp->ld, id);
        if (prev)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, s), "duplicate rule id '%s' (first defined at %s:%u)",
                                 id, prev->file, prev->line);
        RuleEntry *re = g_new0(RuleEntry, 1);
        re->pub.id = g_steal_pointer(&id);
        re->pub.file = g_strdup(fp->path);
        re->pub.line = fp->lineno;
        re->pub.patterns = g_ptr_array_new_with_free_func(pattern_free);
        re->pub.pattern_lines = g_ptr_array_new();
        re->pub.pattern_sources = g_ptr_array_new_with_free_func(g_free);
        re->pub.examples = g_ptr_array_new_with_free_func(example_free);
        re->raw = g_ptr_array_new_with_free_func(cc_rules_raw_pattern_free);
        re->pub.exceptions = g_ptr_array_new_with_free_func(pattern_free);
        re->raw_exceptions = g_ptr_array_new_with_free_func(cc_rules_raw_pattern_free);
        re->col = wcol;
        if (g_str_equal(word, "frame"))
            re->pub.frame = cc_frame_new();
        fp->rule = re;
        fp->block = BLOCK_RULE;
        fp->block_line = fp->lineno;
        fp->block_col = wcol;
        return TRUE;
    }
    if (g_str_equal(word, "end"))
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, wcol,
                             "'end' without an open rule or lexicon");
    const char *hint = suggest(word, top_words);
    if (hint == NULL && g_strv_contains(rule_words, word))
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, wcol,
                             "'%s' outside a rule", word);
    return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, wcol,
                         "unknown directive '%s'%s%s%s", word, hint ? " (did you mean '" : "",
                         hint ? hint : "", hint ? "'?)" : "");
}

static gboolean
lexicon_line(FileParser *fp, Cursor *c, GError **error)
{
    skip_space(c);
    gsize ps = c->pos;
    /* a comment is a line of its own: a '#' after a phrase or a value
     * would be read as part of it, so it is refused where it stands */
    const char *hash = strchr(c->s + ps, '#');
    if (hash != NULL)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, (gsize)(hash - c->s)),
                             "lexicon %s: '#' in an entry (there are no trailing comments; "
                             "put the comment on a line of its own)",
                             fp->table);
    const char *eq = strchr(c->s + ps, '=');
    gsize pe = eq ? (gsize)(eq - c->s) : strlen(c->s);
    while (pe > ps && (c->s[pe - 1] == ' ' || c->s[pe - 1] == '\t'))
        pe--;
    if (pe == ps)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno, col_at(c->s, ps),
                             "empty phrase in lexicon %s", fp->table);
    g_autofree char *phrase = g_strndup(c->s + ps, pe - ps);
    const char *value = NULL; /* the rest of the line */
    gsize vpos = ps;
    if (eq) {
        c->pos = (gsize)(eq - c->s) + 1;
        skip_space(c);
        vpos = c->pos;
        value = c->s + c->pos;
        if (value[0] == '\0')
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(c->s, vpos), "lexicon %s: '=' without a value",
                                 fp->table);
    }
    GError *err = NULL;
    if (!cc_lexicon_add(fp->ld->stage->lexicon, fp->table, phrase, value, fp->path, fp->lineno,
                        &err)) {
        g_set_error(error, err->domain, err->code, "%s:%u:%u: %s", fp->path, fp->lineno,
                    col_at(c->s, vpos), err->message);
        g_error_free(err);
        return FALSE;
    }
    return TRUE;
}

/* "anchors …" under a pattern or attribution line: kept as
 * written, read when the pattern is compiled (its tables may be defined
 * in a later file). */
static gboolean
anchors_line(FileParser *fp, Cursor *c, gsize wstart, GError **error)
{
    RawPattern *raw = g_steal_pointer(&fp->last_raw);
    if (raw == NULL)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, wstart),
                             "'anchors' belongs under a pattern or attribution line");
    skip_space(c);
    if (c->s[c->pos] == '\0')
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                             col_at(c->s, c->pos),
                             "anchors wants strings a sentence must hold (\"troops|soldiers & "
                             "korea\")");
    raw->anchors = g_strdup(c->s + c->pos);
    raw->anchors_line = fp->lineno;
    raw->anchors_col = col_at(c->s, c->pos);
    return TRUE;
}

static gboolean
parse_line(FileParser *fp, const char *line, GError **error)
{
    Cursor c = {line, 0};
    skip_space(&c);
    if (line[c.pos] == '\0' || line[c.pos] == '#')
        return TRUE;
    if (fp->block == BLOCK_LEXICON) {
        /* "end" alone closes the table: the line has no blanks after it
         * (parse_file() ends a line before its trailing blanks) */
        if (strcmp(line + c.pos, "end") == 0) {
            reset_block(fp);
            return TRUE;
        }
        return lexicon_line(fp, &c, error);
    }
    if (fp->block == BLOCK_RULE && g_str_has_prefix(line + c.pos, "=>")) {
        if (fp->last_example == NULL)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                 col_at(line, c.pos), "'=>' continues only an example line");
        c.pos += 2;
        return parse_expectations(fp, &c, fp->last_example, error);
    }
    gsize s;
    g_autofree char *word = next_word(&c, &s);
    if (word != NULL && g_str_equal(word, "anchors"))
        return anchors_line(fp, &c, s, error);
    fp->last_raw = NULL;
    if (fp->block == BLOCK_RULE) {
        if (g_str_equal(word, "end")) {
            if (!at_end(&c))
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, fp->path, fp->lineno,
                                     col_at(line, c.pos), "unexpected text after 'end'");
            if (!finish_rule(fp, error))
                return FALSE;
            reset_block(fp);
            return TRUE;
        }
        return rule_line(fp, &c, word, s, error);
    }
    return top_line(fp, &c, word, s, error);
}

/* ---- files and directories ----------------------------------------------- */

static gboolean
read_file(const char *open_path, const char *display, char **contents, gsize *len,
          GError **error)
{
    FILE *f = fopen(open_path, "rb");
    if (f == NULL) {
        int e = errno;
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: %s", display, g_strerror(e));
        return FALSE;
    }
    /* Read into one buffer, as large as a regular file says it is, with
     * a byte more to learn that it has not grown (it is doubled if it
     * has) and one for a NUL after the text. */
    struct stat st;
    gsize room = fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0
                     ? (gsize)st.st_size + 2
                     : 65536;
    char *text = g_malloc(room);
    gsize n = 0;
    size_t got;
    while ((got = fread(text + n, 1, room - 1 - n, f)) > 0) {
        n += got;
        if (n == room - 1) {
            room *= 2;
            text = g_realloc(text, room);
        }
    }
    if (ferror(f)) {
        int e = errno;
        fclose(f);
        g_free(text);
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: %s", display, g_strerror(e));
        return FALSE;
    }
    fclose(f);
    text[n] = '\0';
    *len = n;
    *contents = text;
    return TRUE;
}

static gboolean
parse_file(Loader *ld, const char *open_path, const char *display, GError **error)
{
    g_autofree char *text = NULL;
    gsize len = 0;
    if (!read_file(open_path, display, &text, &len, error))
        return FALSE;
    /* UTF-16 and UTF-32 are refused as documents are, by name. */
    const char *kind = cc_text_wide_encoding(text, len);
    if (kind != NULL)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, display, 1, 1,
                             "byte 0: %s text (byte-order mark); convert it to UTF-8", kind);
    const char *bad = NULL;
    if (!cc_utf8_valid(text, len, &bad)) {
        guint line = 1;
        const char *bol = text;
        for (const char *p = text; p < bad; p++)
            if (*p == '\n') {
                line++;
                bol = p + 1;
            }
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, display, line,
                             cc_utf8_count_chars(bol, (gsize)(bad - bol)) + 1,
                             *bad == '\0' ? "NUL byte in rule file" : "invalid UTF-8");
    }
    FileParser fp = {0};
    fp.ld = ld;
    fp.path = display;
    fp.open_path = open_path;
    fp.value_checks = g_array_new(FALSE, FALSE, sizeof(ValueCheck));
    gboolean ok = TRUE;
    char *p = text, *end = text + len;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3; /* a byte-order mark */
    while (ok && p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *trim = nl ? nl : end;
        while (trim > p && g_ascii_isspace(trim[-1]))
            trim--;
        /* the line is read where it lies, ended at its trailing blanks (at
         * the end of the text, on the NUL past it) */
        *trim = '\0';
        fp.lineno++;
        ok = parse_line(&fp, p, error);
        p = nl ? nl + 1 : end;
    }
    if (ok && fp.block != BLOCK_NONE) {
        if (fp.block == BLOCK_RULE)
            ok = cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, display, fp.block_line, fp.block_col,
                               "rule '%s' is not closed by 'end'", fp.rule->pub.id);
        else
            ok = cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, display, fp.block_line, fp.block_col,
                               "lexicon %s is not closed by 'end'", fp.table);
    }
    reset_block(&fp);
    g_array_unref(fp.value_checks);
    return ok;
}

static int
compare_paths(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every *.rules file below @dir (hidden entries skipped), as display paths. */
static gboolean
list_rule_files(const char *dir, GPtrArray *out, GHashTable *seen_dirs, GError **error)
{
    GStatBuf st;
    if (g_stat(dir, &st) == 0) {
        char *key = file_key(&st);
        if (!g_hash_table_add(seen_dirs, key))
            return TRUE; /* a symbolic link back up the tree */
    }
    GError *err = NULL;
    GDir *d = g_dir_open(dir, 0, &err);
    if (d == NULL) {
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: %s", dir, err->message);
        g_error_free(err);
        return FALSE;
    }
    const char *name;
    gboolean ok = TRUE;
    while (ok && (name = g_dir_read_name(d)) != NULL) {
        if (name[0] == '.')
            continue;
        g_autofree char *path = g_build_filename(dir, name, NULL);
        if (g_file_test(path, G_FILE_TEST_IS_DIR))
            ok = list_rule_files(path, out, seen_dirs, error);
        else if (g_str_has_suffix(name, ".rules"))
            g_ptr_array_add(out, g_steal_pointer(&path));
    }
    g_dir_close(d);
    return ok;
}

/* Loads @open_path (a file or a directory), shown as @display. @from_* is
 * the include line naming it, or NULL for a path given by the caller. */
static gboolean
load_path(Loader *ld, const char *open_path, const char *display, const char *from_file,
          guint from_line, guint from_col, GError **error)
{
    GStatBuf st;
    if (g_stat(open_path, &st) != 0) {
        int e = errno;
        if (from_file)
            return cc_rules_fail(error, CC_ERROR_IO, from_file, from_line, from_col,
                                 "cannot include '%s': %s", display, g_strerror(e));
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: %s", display, g_strerror(e));
        return FALSE;
    }
    if (S_ISDIR(st.st_mode)) {
        g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);
        g_autoptr(GHashTable) seen =
            g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        if (!list_rule_files(open_path, files, seen, error))
            return FALSE;
        g_ptr_array_sort(files, compare_paths);
        gsize olen = strlen(open_path);
        for (guint i = 0; i < files->len; i++) {
            const char *f = files->pdata[i];
            /* The display path follows the caller's spelling of the directory. */
            g_autofree char *joined = g_build_filename(display, f + olen, NULL);
            g_autofree char *disp = normalize_path(joined);
            if (!load_path(ld, f, disp, from_file, from_line, from_col, error))
                return FALSE;
        }
        return TRUE;
    }
    g_autofree char *key = file_key(&st);
    for (guint i = 0; i < ld->chain_keys->len; i++) {
        if (!g_str_equal(ld->chain_keys->pdata[i], key))
            continue;
        GString *chain = g_string_new(NULL);
        for (guint j = i; j < ld->chain_paths->len; j++)
            g_string_append_printf(chain, "%s -> ", (const char *)ld->chain_paths->pdata[j]);
        g_string_append(chain, display);
        gboolean r = cc_rules_fail(error, CC_ERROR_RULE_SYNTAX,
                                   from_file ? from_file : display, from_line, from_col,
                                   "include cycle: %s", chain->str);
        g_string_free(chain, TRUE);
        return r;
    }
    if (g_hash_table_contains(ld->main->file_keys, key)
        || g_hash_table_contains(ld->stage->file_keys, key))
        return TRUE; /* once per file */
    g_hash_table_add(ld->stage->file_keys, g_strdup(key));
    g_ptr_array_add(ld->stage->files, g_strdup(display));
    g_ptr_array_add(ld->chain_keys, g_strdup(key));
    g_ptr_array_add(ld->chain_paths, g_strdup(display));
    gboolean ok = parse_file(ld, open_path, display, error);
    g_ptr_array_remove_index(ld->chain_keys, ld->chain_keys->len - 1);
    g_ptr_array_remove_index(ld->chain_paths, ld->chain_paths->len - 1);
    return ok;
}

static int
macro_by_name(gconstpointer a, gconstpointer b)
{
    const CcMacro *x = *(CcMacro *const *)a, *y = *(CcMacro *const *)b;
    return strcmp(x->name, y->name);
}

static void
merge_stage(CcRuleSet *set, CcRuleSet *stage)
{
    for (guint i = 0; i < stage->rules->len; i++) {
        RuleEntry *r = stage->rules->pdata[i];
        g_ptr_array_add(set->rules, r);
        g_hash_table_insert(set->rule_ids, r->pub.id, r);
    }
    g_ptr_array_set_free_func(stage->rules, NULL);
    for (guint i = 0; i < stage->macro_order->len; i++) {
        MacroEntry *m = stage->macro_order->pdata[i];
        g_ptr_array_add(set->macros, m);
        g_ptr_array_add(set->macro_order, m);
        g_hash_table_insert(set->macro_names, m->pub.name, m);
    }
    g_ptr_array_set_free_func(stage->macros, NULL);
    g_ptr_array_sort(set->macros, macro_by_name);
    for (guint i = 0; i < stage->attr_sources->len; i++)
        g_ptr_array_add(set->attr_sources, stage->attr_sources->pdata[i]);
    g_ptr_array_set_free_func(stage->attr_sources, NULL);
    for (guint i = 0; i < stage->files->len; i++)
        g_ptr_array_add(set->files, g_strdup(stage->files->pdata[i]));
    GHashTableIter it;
    gpointer k;
    g_hash_table_iter_init(&it, stage->file_keys);
    while (g_hash_table_iter_next(&it, &k, NULL))
        g_hash_table_add(set->file_keys, g_strdup(k));
    /* The first load moves its tables whole. Lexicon entries were checked on
     * entry; adding them again cannot fail. */
    if (cc_lexicon_take(set->lexicon, stage->lexicon))
        return;
    g_autoptr(GPtrArray) tables = cc_lexicon_tables(stage->lexicon);
    for (guint t = 0; t < tables->len; t++) {
        const char *table = tables->pdata[t];
        GPtrArray *entries = cc_lexicon_entries(stage->lexicon, table);
        for (guint i = 0; i < entries->len; i++) {
            const CcLexiconEntry *e = entries->pdata[i];
            gboolean added =
                cc_lexicon_add(set->lexicon, table, e->phrase, e->value, e->file, e->line, NULL);
            g_assert(added);
        }
    }
}

gboolean
cc_ruleset_load(CcRuleSet *rules, const char *path, GError **error)
{
    g_return_val_if_fail(rules != NULL && path != NULL, FALSE);
    g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
    if (rules->compiled) {
        g_set_error(error, CC_ERROR, CC_ERROR_USAGE,
                    "%s: the rule set is already compiled; load every file first", path);
        return FALSE;
    }
    Loader ld = {0};
    ld.main = rules;
    ld.stage = cc_ruleset_new();
    ld.chain_keys = g_ptr_array_new_with_free_func(g_free);
    ld.chain_paths = g_ptr_array_new_with_free_func(g_free);
    g_autofree char *display = normalize_path(path);
    gboolean ok = load_path(&ld, path, display, NULL, 0, 0, error);
    if (ok)
        merge_stage(rules, ld.stage);
    cc_ruleset_free(ld.stage);
    g_ptr_array_unref(ld.chain_keys);
    g_ptr_array_unref(ld.chain_paths);
    return ok;
}

/* ---- compiling ----------------------------------------------------------- */

static gboolean
has_group(const CcPattern *p, const char *name)
{
    return cc_pattern_group_index(p, name) > 0;
}

static gboolean
check_groups(const RuleEntry *re, const RawPattern *raw, const CcPattern *p, GError **error)
{
    const CcRule *r = &re->pub;
    if (r->type == CC_CLAIM_EVENT && cc_pattern_value_pass(p))
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, raw->file, raw->line, raw->col,
                             "{value} stands for a quantity or date mention, and rule '%s' is "
                             "an event",
                             r->id);
    if (r->type != CC_CLAIM_EVENT && !has_group(p, "value"))
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, raw->file, raw->line, raw->col,
                             "pattern has no (?<value>…) group, which %s rules need",
                             r->type == CC_CLAIM_DATE ? "date" : "quantity");
    /* The claim's parts must come from every pattern; a scope is optional,
     * since one phrasing may name what is counted and another not. */
    const char *refs[] = {r->subject, r->predicate, r->object};
    for (guint i = 0; i < G_N_ELEMENTS(refs); i++) {
        if (refs[i] == NULL || refs[i][0] != '$')
            continue;
        if (!has_group(p, refs[i] + 1))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, raw->file, raw->line, raw->col,
                                 "pattern has no (?<%s>…) group for %s in rule '%s'",
                                 refs[i] + 1, refs[i], r->id);
    }
    return TRUE;
}

static void
drop_compiled(CcRuleSet *set)
{
    for (guint i = 0; i < set->rules->len; i++) {
        CcRule *r = set->rules->pdata[i];
        g_ptr_array_set_size(r->patterns, 0);
        g_ptr_array_set_size(r->exceptions, 0);
    }
    g_ptr_array_set_size(set->attributions, 0);
    g_clear_pointer(&set->spare_frames, cc_frame_run_free);
    g_clear_pointer(&set->normalizer, cc_normalizer_free);
    g_clear_pointer(&set->dict_bits, g_hash_table_unref);
    g_clear_pointer(&set->dict_phrases, g_hash_table_unref);
    set->dict_words = 0;
}

/* Gives lexicon @table a bit among the frames' tables and indexes its
 * phrases, once. */
static gboolean
compile_dictionary(CcRuleSet *set, const char *table, const char *file, guint line, guint col,
                   GError **error)
{
    if (g_hash_table_contains(set->dict_bits, table))
        return TRUE;
    if (!cc_lexicon_has_table(set->lexicon, table))
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, file, line, col,
                             "no lexicon table '%s'", table);
    guint bit = g_hash_table_size(set->dict_bits);
    if (bit >= CC_TABLE_BITS)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, file, line, col,
                             "frames read more than %d lexicon tables; '%s' is one too many",
                             CC_TABLE_BITS, table);
    g_hash_table_insert(set->dict_bits, g_strdup(table), GUINT_TO_POINTER(bit + 1));
    GPtrArray *entries = cc_lexicon_entries(set->lexicon, table);
    for (guint i = 0; entries && i < entries->len; i++) {
        const CcLexiconEntry *e = entries->pdata[i];
        CcTableBits *mask = g_hash_table_lookup(set->dict_phrases, e->phrase);
        if (mask == NULL) {
            mask = g_new0(CcTableBits, 1);
            g_hash_table_insert(set->dict_phrases, g_strdup(e->phrase), mask);
        }
        cc_table_bits_set(mask, bit);
        guint words = 1;
        for (const char *c = e->phrase; *c; c++) {
            if (*c != ' ')
                continue;
            words++;
            /* the phrase's first words are a prefix the look-up may extend */
            char *prefix = g_strndup(e->phrase, c - e->phrase);
            if (g_hash_table_lookup(set->dict_phrases, prefix) == NULL)
                g_hash_table_insert(set->dict_phrases, prefix, g_new0(CcTableBits, 1));
            else
                g_free(prefix);
        }
        set->dict_words = MAX(set->dict_words, words);
    }
    return TRUE;
}

/* The frames' dictionaries. The tables the
 * value pass and slot attachment read of their own (cc_frame_own_tables)
 * are indexed where the rule set has them. */
static gboolean
compile_frames(CcRuleSet *set, GError **error)
{
    for (guint i = 0; i < set->rules->len; i++) {
        const CcRule *r = set->rules->pdata[i];
        if (r->frame == NULL)
            continue;
        if (set->dict_bits == NULL) {
            set->dict_bits = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
            set->dict_phrases = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
        }
        for (guint k = 0; k < CC_SLOT_N; k++) {
            const CcFrameSlot *slot = &r->frame->slot[k];
            for (guint t = 0; k != CC_SLOT_VETO && t < slot->tables->len; t++)
                if (!compile_dictionary(set, slot->tables->pdata[t], r->file, slot->line,
                                        g_array_index(slot->table_cols, guint, t), error))
                    return FALSE;
        }
        r->frame->slot[CC_SLOT_VETO].readings = 0;
        for (guint v = 0; v < r->frame->vetoes->len; v++) {
            CcFrameSlot *slot = &g_array_index(r->frame->vetoes, CcFrameSlot, v);
            slot->readings = cc_frame_veto_readings(slot->tables);
            r->frame->slot[CC_SLOT_VETO].readings |= slot->readings;
            for (guint t = 0; t < slot->tables->len; t++)
                if (!compile_dictionary(set, slot->tables->pdata[t], r->file, slot->line,
                                        g_array_index(slot->table_cols, guint, t), error))
                    return FALSE;
            for (guint t = 0; slot->unless != NULL && t < slot->unless->len; t++)
                if (!compile_dictionary(set, slot->unless->pdata[t], r->file, slot->line,
                                        slot->col, error))
                    return FALSE;
        }
        memset(&r->frame->counts_bits, 0, sizeof r->frame->counts_bits);
        const GPtrArray *counts = r->frame->slot[CC_SLOT_COUNTS].tables;
        for (guint t = 0; t < counts->len; t++)
            cc_table_bits_set(&r->frame->counts_bits,
                              GPOINTER_TO_UINT(g_hash_table_lookup(set->dict_bits,
                                                                   counts->pdata[t]))
                                  - 1);
        for (guint t = 0; t < r->frame->named->len; t++)
            if (!compile_dictionary(set, r->frame->named->pdata[t], r->file,
                                    r->frame->follows_line, r->frame->named_col, error))
                return FALSE;
    }
    if (set->dict_bits == NULL)
        return TRUE;
    for (guint i = 0; cc_frame_own_tables[i] != NULL; i++)
        if (cc_lexicon_has_table(set->lexicon, cc_frame_own_tables[i])
            && !compile_dictionary(set, cc_frame_own_tables[i], "(value pass)", 0, 0, error))
            return FALSE;
    return TRUE;
}

/* The value pass's scanners read the core pack's lexicons: a frame or a
 * "{value}" pattern (@user, the first) needs the tables of both kinds,
 * since a figure inside a date ("24" of "February 24, 2022") is the
 * date's, not a quantity. */
static gboolean
check_value_pass(const CcRuleSet *set, const CcRule *user, GError **error)
{
    if (user == NULL)
        return TRUE;
    static const char *const table[2] = {"number_words", "months"};
    for (int k = 0; k < 2; k++)
        if (!cc_lexicon_has_table(set->lexicon, table[k]))
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, user->file, user->line, 1,
                                 "%s '%s' needs the value pass, but no lexicon table '%s' is "
                                 "defined (include the core pack)",
                                 user->frame != NULL ? "frame" : "rule", user->id, table[k]);
    return TRUE;
}

/* The first rule that needs the value pass: a frame, or a rule with a
 * "{value}" pattern (check_value_pass()). */
static const CcRule *
first_value_pass_user(const CcRuleSet *set)
{
    for (guint i = 0; i < set->rules->len; i++) {
        const RuleEntry *re = set->rules->pdata[i];
        if (re->pub.frame != NULL)
            return &re->pub;
        for (guint j = 0; j < re->raw->len; j++)
            if (strstr(((const RawPattern *)re->raw->pdata[j])->regex, "{value}") != NULL)
                return &re->pub;
    }
    return NULL;
}

static void
job_clear(CcCompileJob *job)
{
    g_clear_pointer(&job->pattern, cc_pattern_free);
    g_clear_error(&job->error);
}

/* Takes job @i's pattern, or moves its error to @error. */
static CcPattern *
take_job(GArray *jobs, guint i, GError **error)
{
    CcCompileJob *job = &g_array_index(jobs, CcCompileJob, i);
    if (job->pattern == NULL)
        g_propagate_error(error, g_steal_pointer(&job->error));
    return g_steal_pointer(&job->pattern);
}

int
cc_ruleset_dictionary(const CcRuleSet *rules, const char *table)
{
    gpointer bit = rules->dict_bits ? g_hash_table_lookup(rules->dict_bits, table) : NULL;
    return bit ? (int)GPOINTER_TO_UINT(bit) - 1 : -1;
}

GHashTable *
cc_ruleset_dictionary_phrases(const CcRuleSet *rules, guint *max_words)
{
    *max_words = rules->dict_words;
    return rules->dict_phrases;
}

static gboolean
has_frames(const CcRuleSet *rules)
{
    for (guint i = 0; i < rules->rules->len; i++)
        if (((const RuleEntry *)rules->rules->pdata[i])->pub.frame != NULL)
            return TRUE;
    return FALSE;
}

CcFrameRun *
cc_ruleset_take_frame_run(const CcRuleSet *rules)
{
    /* The spare is logically part of the const set: taken once, by
     * whichever thread asks first. */
    gpointer *spare = (gpointer *)&((CcRuleSet *)rules)->spare_frames;
    CcFrameRun *run;
    do
        run = g_atomic_pointer_get(spare);
    while (run != NULL && !g_atomic_pointer_compare_and_exchange(spare, run, NULL));
    return run;
}

gboolean
cc_ruleset_compile(CcRuleSet *rules, GError **error)
{
    g_return_val_if_fail(rules != NULL, FALSE);
    g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
    if (rules->compiled)
        return TRUE;
    /* Every pattern is compiled at once, in parallel: the rules' patterns
     * and exceptions, the attribution patterns. Then the
     * results are taken in that order, so that the error reported is the
     * first in the files whichever thread met it first. */
    g_autoptr(GArray) jobs = g_array_new(FALSE, TRUE, sizeof(CcCompileJob));
    g_array_set_clear_func(jobs, (GDestroyNotify)job_clear);
    g_autoptr(GPtrArray) owners = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < rules->rules->len; i++) {
        RuleEntry *re = rules->rules->pdata[i];
        char *owner = g_strdup_printf("rule %s", re->pub.id);
        char *except_owner = g_strdup_printf("rule %s (except)", re->pub.id);
        g_ptr_array_add(owners, owner);
        g_ptr_array_add(owners, except_owner);
        for (guint j = 0; j < re->raw->len; j++) {
            CcCompileJob job = {re->raw->pdata[j], owner, NULL, NULL};
            g_array_append_val(jobs, job);
        }
        for (guint j = 0; j < re->raw_exceptions->len; j++) {
            CcCompileJob job = {re->raw_exceptions->pdata[j], except_owner, NULL, NULL};
            g_array_append_val(jobs, job);
        }
    }
    for (guint i = 0; i < rules->attr_sources->len; i++) {
        CcCompileJob job = {rules->attr_sources->pdata[i], "attribution", NULL, NULL};
        g_array_append_val(jobs, job);
    }
    CcCompileBatch *batch
        = cc_rules_compile_start(rules, (CcCompileJob *)(void *)jobs->data, jobs->len);
    /* Meanwhile this thread checks the macros and builds the frames'
     * dictionaries and the normalizer: they read the macros and the
     * lexicon, as the patterns do, and write nothing a pattern reads. Their
     * errors wait for the patterns', to be reported in the order they were
     * before: macros, patterns, frames. Then it builds the frame run the
     * first extractor will take, which needs no pattern either. */
    g_autoptr(GError) macros_error = NULL;
    g_autoptr(GError) frames_error = NULL;
    gboolean macros_ok = cc_rules_check_macros(rules, &macros_error);
    gboolean frames_ok = macros_ok && compile_frames(rules, &frames_error);
    if (frames_ok) {
        rules->normalizer = cc_normalizer_new(rules->lexicon); /* may be NULL */
        if (has_frames(rules))
            rules->spare_frames = cc_frame_run_new(rules);
    }
    cc_rules_compile_finish(batch);
    if (!macros_ok) {
        g_propagate_error(error, g_steal_pointer(&macros_error));
        drop_compiled(rules);
        return FALSE;
    }

    guint next = 0;
    gboolean ok = TRUE;
    for (guint i = 0; ok && i < rules->rules->len; i++) {
        RuleEntry *re = rules->rules->pdata[i];
        for (guint j = 0; ok && j < re->raw->len; j++) {
            CcPattern *p = take_job(jobs, next++, error);
            ok = p != NULL && check_groups(re, re->raw->pdata[j], p, error);
            if (ok)
                g_ptr_array_add(re->pub.patterns, p);
            else
                cc_pattern_free(p);
        }
        for (guint j = 0; ok && j < re->raw_exceptions->len; j++) {
            const RawPattern *raw = re->raw_exceptions->pdata[j];
            CcPattern *p = take_job(jobs, next++, error);
            if (p != NULL && cc_pattern_value_pass(p)) {
                cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, raw->file, raw->line, raw->col,
                              "{value} stands for a value mention in a rule's pattern, not "
                              "in an 'except' pattern");
                g_clear_pointer(&p, cc_pattern_free);
            }
            ok = p != NULL;
            if (ok)
                g_ptr_array_add(re->pub.exceptions, p);
        }
    }
    for (guint i = 0; ok && i < rules->attr_sources->len; i++) {
        const RawPattern *raw = rules->attr_sources->pdata[i];
        CcPattern *p = take_job(jobs, next++, error);
        if (p != NULL && cc_pattern_value_pass(p)) {
            cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, raw->file, raw->line, raw->col,
                          "{value} stands for a value mention in a rule's pattern, not in an "
                          "attribution pattern");
            g_clear_pointer(&p, cc_pattern_free);
        } else if (p != NULL && !has_group(p, "who")) {
            cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, raw->file, raw->line, raw->col,
                          "attribution pattern has no (?<who>…) group");
            g_clear_pointer(&p, cc_pattern_free);
        }
        ok = p != NULL;
        if (ok)
            g_ptr_array_add(rules->attributions, p);
    }
    if (ok && !frames_ok) {
        g_propagate_error(error, g_steal_pointer(&frames_error));
        ok = FALSE;
    }
    if (!ok || !check_value_pass(rules, first_value_pass_user(rules), error)) {
        drop_compiled(rules);
        return FALSE;
    }
    rules->compiled = TRUE;
    return TRUE;
}

/* ---- lint ---------------------------------------------------------------- */

void
cc_rule_warning_free(CcRuleWarning *warning)
{
    if (warning == NULL)
        return;
    g_free(warning->file);
    g_free(warning->message);
    g_free(warning);
}

static void
add_warning(GPtrArray *out, const char *file, guint line, guint col, const char *format, ...)
    G_GNUC_PRINTF(5, 6);

static void
add_warning(GPtrArray *out, const char *file, guint line, guint col, const char *format, ...)
{
    CcRuleWarning *w = g_new0(CcRuleWarning, 1);
    w->file = g_strdup(file);
    w->line = line;
    w->col = col;
    va_list ap;
    va_start(ap, format);
    w->message = g_strdup_vprintf(format, ap);
    va_end(ap);
    g_ptr_array_add(out, w);
}

/* A pattern whose compiled code has grown to 7/8 of PCRE2's limit: one
 * more alternative in a macro it uses may stop the whole pack loading. */
static void
lint_size(GPtrArray *out, const RawPattern *raw, const CcPattern *p, const char *owner)
{
    gsize size = cc_pattern_compiled_size(p), limit = cc_pattern_compiled_limit();
    if (size < limit - limit / 8)
        return;
    add_warning(out, raw->file, raw->line, raw->col,
                "%s: pattern compiles to %zu bytes, %u%% of PCRE2's limit of %zu bytes; past the "
                "limit it will not load",
                owner, size, (guint)(size * 100 / limit), limit);
}

/* A rule some of whose patterns have an anchors line and some not: an
 * anchors line gates the one pattern above it, so a pattern written
 * between another and that one's anchors leaves the other tried in every
 * sentence. Nothing in the records shows it; only the time does. */
static void
lint_anchors(GPtrArray *out, const GPtrArray *raw, const char *id)
{
    guint anchored = 0;
    for (guint j = 0; j < raw->len; j++)
        anchored += ((const RawPattern *)raw->pdata[j])->anchors != NULL;
    if (anchored == 0 || anchored == raw->len)
        return;
    for (guint j = 0; j < raw->len; j++) {
        const RawPattern *rp = raw->pdata[j];
        if (rp->anchors == NULL)
            add_warning(out, rp->file, rp->line, rp->col,
                        "rule %s: pattern has no anchors line, though %u of the rule's %u "
                        "patterns have one: it is tried in every sentence (an anchors line "
                        "gates only the pattern right above it)",
                        id, anchored, raw->len);
    }
}

GPtrArray *
cc_ruleset_lint(const CcRuleSet *rules)
{
    g_return_val_if_fail(rules != NULL, NULL);
    GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)cc_rule_warning_free);
    for (guint i = 0; i < rules->rules->len; i++) {
        const RuleEntry *re = rules->rules->pdata[i];
        const CcRule *r = &re->pub;
        gboolean has_example = FALSE;
        for (guint j = 0; j < r->examples->len && !has_example; j++)
            has_example = !((const CcExample *)r->examples->pdata[j])->counter;
        if (!has_example)
            add_warning(out, r->file, r->line, re->col, "rule %s has no example", r->id);
        g_autofree char *owner = g_strdup_printf("rule %s", r->id);
        for (guint j = 0; j < r->patterns->len && j < re->raw->len; j++)
            lint_size(out, re->raw->pdata[j], r->patterns->pdata[j], owner);
        lint_anchors(out, re->raw, r->id);
        g_autofree char *except_owner = g_strdup_printf("rule %s (except)", r->id);
        for (guint j = 0; j < r->exceptions->len && j < re->raw_exceptions->len; j++)
            lint_size(out, re->raw_exceptions->pdata[j], r->exceptions->pdata[j], except_owner);
    }
    for (guint i = 0; i < rules->attributions->len && i < rules->attr_sources->len; i++)
        lint_size(out, rules->attr_sources->pdata[i], rules->attributions->pdata[i],
                  "attribution");
    return out;
}

/* ---- accessors ----------------------------------------------------------- */

GPtrArray *
cc_ruleset_rules(const CcRuleSet *rules)
{
    g_return_val_if_fail(rules != NULL, NULL);
    return rules->rules;
}

GPtrArray *
cc_ruleset_macros(const CcRuleSet *rules)
{
    g_return_val_if_fail(rules != NULL, NULL);
    return rules->macros;
}

const CcLexicon *
cc_ruleset_lexicon(const CcRuleSet *rules)
{
    g_return_val_if_fail(rules != NULL, NULL);
    return rules->lexicon;
}

const CcNormalizer *
cc_ruleset_normalizer(const CcRuleSet *rules)
{
    g_return_val_if_fail(rules != NULL, NULL);
    return rules->normalizer;
}

GPtrArray *
cc_ruleset_attributions(const CcRuleSet *rules)
{
    g_return_val_if_fail(rules != NULL, NULL);
    return rules->attributions;
}

GPtrArray *
cc_ruleset_files(const CcRuleSet *rules)
{
    g_return_val_if_fail(rules != NULL, NULL);
    return rules->files;
}

const CcRule *
cc_ruleset_find(const CcRuleSet *rules, const char *id)
{
    g_return_val_if_fail(rules != NULL && id != NULL, NULL);
    return g_hash_table_lookup(rules->rule_ids, id);
}

char *
cc_ruleset_default_path(void)
{
    const char *env = g_getenv("CLAIMCHECK_RULES");
    if (env != NULL && env[0] != '\0')
        return g_strdup(env);
    /* The rules installed beside the running program (bin/../share/…),
     * wherever its tree was installed or moved to. */
    g_autofree char *exe = g_file_read_link("/proc/self/exe", NULL);
    if (exe != NULL && g_path_is_absolute(exe)) {
        g_autofree char *bindir = g_path_get_dirname(exe);
        g_autofree char *beside = g_build_filename(bindir, CC_RULES_FROM_BINDIR, NULL);
        if (g_file_test(beside, G_FILE_TEST_IS_DIR))
            return g_canonicalize_filename(beside, NULL);
    }
    if (g_file_test(CC_RULES_INSTALL_DIR, G_FILE_TEST_IS_DIR))
        return g_strdup(CC_RULES_INSTALL_DIR);
    return NULL;
}
