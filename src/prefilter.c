/* SPDX-License-Identifier: MIT */
/* prefilter.c: what a regex needs of a text, read from the regex, and an
 * Aho-Corasick automaton that checks many such needs in one pass.
 *
 * The reader walks the PCRE2 syntax and keeps, for every group, a
 * conjunction of clauses, each a set of literal strings one of which any
 * match must contain. Runs of ASCII letters and digits that every match
 * must hold become strings; a sequence needs what each of its parts
 * needs; an alternation needs one of its branches' strongest clauses;
 * anything optional needs nothing. Where the syntax is not followed
 * (conditionals, (*ACCEPT), extended mode), the answer is "nothing",
 * which is always safe: a prefilter may let a sentence through in vain,
 * never hold one back that a pattern would match. */
#include "prefilter.h"
#include "startset.h"

#include <string.h>

/* Shorter strings are in nearly every sentence: not worth a clause. */
#define MIN_STRING 3
/* Clauses kept per group, strongest first. */
#define MAX_CLAUSES 8

typedef GPtrArray Clause; /* (element-type interned utf8) */

typedef struct {
    const char *re;
    gsize i;
    gboolean give_up;
    /* The letters each open sequence has gathered, outer ones first: a
     * sequence's run is the tail from where it began (a group inside it is
     * read, and its own tail dropped, before the run goes on). */
    GString *runs;
} Reader;

/* Strings are interned: clauses share them as they are combined. */
static Clause *
clause_new(void)
{
    return g_ptr_array_new();
}

static GPtrArray *
cnf_new(void)
{
    return g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
}

/* How much a clause narrows: its shortest string's length (short strings
 * are common), then fewer strings. */
static int
clause_strength(const Clause *c)
{
    gsize shortest = G_MAXSIZE;
    for (guint i = 0; i < c->len; i++)
        shortest = MIN(shortest, strlen(c->pdata[i]));
    return (int)MIN(shortest, 64u) * 100000 - (int)MIN(c->len, 99999u);
}

static int
stronger_first(gconstpointer a, gconstpointer b)
{
    const Clause *ca = *(Clause *const *)a, *cb = *(Clause *const *)b;
    return clause_strength(cb) - clause_strength(ca);
}

static void
cnf_trim(GPtrArray *cnf)
{
    if (cnf->len <= MAX_CLAUSES)
        return;
    g_ptr_array_sort(cnf, stronger_first);
    g_ptr_array_set_size(cnf, MAX_CLAUSES);
}

/* @a and @b: @b's clauses join @a's. (A conjunction with no clauses may
 * be NULL: most sequences of a regex need nothing, and are not given one.) */
static void
cnf_and(GPtrArray **a, GPtrArray *b)
{
    if (b == NULL || b->len == 0)
        return;
    if (*a == NULL)
        *a = cnf_new();
    for (guint i = 0; i < b->len; i++)
        g_ptr_array_add(*a, g_ptr_array_ref(b->pdata[i]));
    cnf_trim(*a);
}

static const Clause *
strongest(const GPtrArray *cnf)
{
    const Clause *best = NULL;
    for (guint i = 0; i < cnf->len; i++)
        if (best == NULL || clause_strength(cnf->pdata[i]) > clause_strength(best))
            best = cnf->pdata[i];
    return best;
}

/* The run of letters in runs[from…] becomes a clause of @cnf when long
 * enough; the run is emptied. */
static void
flush_run(GString *runs, gsize from, GPtrArray **cnf)
{
    if (runs->len - from >= MIN_STRING) {
        Clause *c = clause_new();
        g_ptr_array_add(c, (gpointer)g_intern_string(runs->str + from));
        if (*cnf == NULL)
            *cnf = cnf_new();
        g_ptr_array_add(*cnf, c);
        cnf_trim(*cnf);
    }
    g_string_truncate(runs, from);
}

static gboolean
is_word_char(char c)
{
    return g_ascii_isalnum(c);
}

/* Skips from re[i] (just after an opening @open) to just after the
 * matching @close, or gives up at the end. */
static void
skip_to(Reader *r, char close)
{
    if (!cc_regex_skip_past(r->re, &r->i, close))
        r->give_up = TRUE;
}

/* A bracketed name after \g, \k: <…>, '…', {…}; or digits. */
static void
skip_reference(Reader *r)
{
    char c = r->re[r->i];
    if (c == '<' || c == '{' || c == '\'') {
        r->i++;
        skip_to(r, c == '<' ? '>' : c == '{' ? '}' : '\'');
        return;
    }
    if (c == '+' || c == '-')
        r->i++;
    while (g_ascii_isdigit(r->re[r->i]))
        r->i++;
}

/* A character class from its '['. */
static void
skip_class(Reader *r)
{
    const char *re = r->re;
    r->i++;
    if (re[r->i] == '^')
        r->i++;
    if (re[r->i] == ']')
        r->i++; /* a leading ']' is a member */
    while (re[r->i] && re[r->i] != ']') {
        if (re[r->i] == '\\') {
            if (re[r->i + 1] == 'Q') {
                const char *e = strstr(re + r->i + 2, "\\E");
                if (e == NULL) {
                    r->give_up = TRUE;
                    return;
                }
                r->i = (gsize)(e - re) + 2;
                continue;
            }
            if (re[r->i + 1] == '\0') {
                r->give_up = TRUE;
                return;
            }
            r->i += 2;
            continue;
        }
        if (re[r->i] == '[' && (re[r->i + 1] == ':' || re[r->i + 1] == '.'
                                || re[r->i + 1] == '=')) {
            char kind = re[r->i + 1];
            const char *e = re + r->i + 2;
            while (*e && !(e[0] == kind && e[1] == ']'))
                e++;
            if (*e) {
                r->i = (gsize)(e - re) + 2;
                continue;
            }
        }
        r->i++;
    }
    if (re[r->i] == '\0')
        r->give_up = TRUE;
    else
        r->i++;
}

typedef enum { ATOM_OTHER, ATOM_CHAR, ATOM_GROUP } AtomKind;

static GPtrArray *read_alternation(Reader *r, guint *branches);
static void read_group(Reader *r, AtomKind *kind, GPtrArray **needs);

/* A conditional group from the '(' of its condition, which is a
 * reference or DEFINE, (…), or an assertion, (?=…) and the like. It needs
 * what both branches need; DEFINE and a single branch need nothing. */
static void
read_conditional(Reader *r, AtomKind *kind, GPtrArray **needs)
{
    const char *re = r->re;
    gboolean define = strncmp(re + r->i, "(DEFINE)", 8) == 0;
    if (re[r->i + 1] == '?' || re[r->i + 1] == '*') {
        AtomKind ignored = ATOM_OTHER;
        GPtrArray *cond = NULL;
        read_group(r, &ignored, &cond);
        g_clear_pointer(&cond, g_ptr_array_unref); /* an assertion: not part of the match */
    } else {
        r->i++;
        skip_to(r, ')');
    }
    if (r->give_up)
        return;
    guint branches = 0;
    GPtrArray *inner = read_alternation(r, &branches);
    if (re[r->i] != ')' || r->give_up) {
        r->give_up = TRUE;
        g_clear_pointer(&inner, g_ptr_array_unref);
        return;
    }
    r->i++;
    if (define || branches < 2) {
        g_clear_pointer(&inner, g_ptr_array_unref);
        return;
    }
    *kind = ATOM_GROUP;
    *needs = inner;
}

/* One group from its '('. Sets *@kind to ATOM_GROUP with *@needs when the
 * group's content is part of the match, ATOM_OTHER otherwise. */
static void
read_group(Reader *r, AtomKind *kind, GPtrArray **needs)
{
    const char *re = r->re;
    *kind = ATOM_OTHER;
    r->i++;
    gboolean counts = TRUE;
    if (re[r->i] == '*') {
        /* (*VERB), (*VERB:NAME), or an alpha assertion (*pla:…) */
        gsize j = r->i + 1;
        while (g_ascii_isalpha(re[j]) || re[j] == '_')
            j++;
        gsize name_len = j - r->i - 1;
        const char *name = re + r->i + 1;
        if (name_len == 6 && strncmp(name, "ACCEPT", 6) == 0) {
            r->give_up = TRUE;
            return;
        }
        static const char *const verbs[] = {"MARK", "PRUNE", "SKIP", "THEN", "COMMIT",
                                            "FAIL", "F", "UTF", "UCP", "CR", "LF", "CRLF",
                                            "ANY", "ANYCRLF", "NUL", "BSR_ANYCRLF",
                                            "BSR_UNICODE", "NOTEMPTY", "NOTEMPTY_ATSTART",
                                            "NO_AUTO_POSSESS", "NO_DOTSTAR_ANCHOR",
                                            "NO_JIT", "NO_START_OPT", "UTF8", ""};
        gboolean verb = FALSE;
        for (guint k = 0; k < G_N_ELEMENTS(verbs); k++)
            if (strlen(verbs[k]) == name_len && strncmp(name, verbs[k], name_len) == 0)
                verb = TRUE;
        if (!verb) {
            r->give_up = TRUE; /* (*pla:…) and the like, or a limit setting */
            return;
        }
        r->i = j;
        skip_to(r, ')');
        return;
    }
    if (re[r->i] == '?') {
        r->i++;
        char c = re[r->i];
        if (c == ':' || c == '>' || c == '|') {
            r->i++;
        } else if (c == '=' || c == '!') {
            r->i++;
            counts = FALSE;
        } else if (c == '<' && (re[r->i + 1] == '=' || re[r->i + 1] == '!')) {
            r->i += 2;
            counts = FALSE;
        } else if (c == '<' || c == '\'' || (c == 'P' && re[r->i + 1] == '<')) {
            if (c == 'P')
                r->i++;
            r->i++;
            skip_to(r, c == '\'' ? '\'' : '>');
        } else if (c == '(') {
            read_conditional(r, kind, needs);
            return;
        } else if (c == '#') {
            skip_to(r, ')');
            return;
        } else if (c == 'P' || c == 'R' || c == '&' || c == 'C' || c == '+'
                   || g_ascii_isdigit(c) || (c == '-' && g_ascii_isdigit(re[r->i + 1]))) {
            /* (?P=name) (?P>name) (?R) (?1) (?&name) (?C…): a reference */
            skip_to(r, ')');
            return;
        } else {
            /* Option letters, then ')' (a setting) or ':' (a group). */
            gsize j = r->i;
            while (g_ascii_isalpha(re[j]) || re[j] == '-' || re[j] == '^') {
                if (re[j] == 'x') {
                    r->give_up = TRUE; /* extended mode: blanks are not literals */
                    return;
                }
                j++;
            }
            if (re[j] == ')') {
                r->i = j + 1;
                return;
            }
            if (re[j] != ':') {
                r->give_up = TRUE; /* conditionals and anything else */
                return;
            }
            r->i = j + 1;
        }
    }
    if (r->give_up)
        return;
    GPtrArray *inner = read_alternation(r, NULL);
    if (re[r->i] != ')') {
        r->give_up = TRUE;
        g_clear_pointer(&inner, g_ptr_array_unref);
        return;
    }
    r->i++;
    if (!counts) {
        g_clear_pointer(&inner, g_ptr_array_unref);
        return;
    }
    *kind = ATOM_GROUP;
    *needs = inner;
}

/* One escape from its '\'. Letters and digits written as escapes ("\x41")
 * count as other characters: that needs less, never more. */
static void
read_escape(Reader *r)
{
    const char *re = r->re;
    r->i++;
    char c = re[r->i];
    if (c == '\0') {
        r->give_up = TRUE;
        return;
    }
    r->i++;
    switch (c) {
    case 'Q': {
        const char *e = strstr(re + r->i, "\\E");
        r->i = e ? (gsize)(e - re) + 2 : strlen(re);
        return;
    }
    case 'x':
    case 'o':
        if (re[r->i] == '{') {
            r->i++;
            skip_to(r, '}');
        } else if (c == 'x') {
            for (int k = 0; k < 2 && g_ascii_isxdigit(re[r->i]); k++)
                r->i++;
        } else {
            r->give_up = TRUE;
        }
        return;
    case 'p':
    case 'P':
    case 'N':
        if (re[r->i] == '{') {
            r->i++;
            skip_to(r, '}');
        } else if (c != 'N') {
            r->i++;
        }
        return;
    case 'g':
    case 'k':
        skip_reference(r);
        return;
    case 'c':
        if (re[r->i] == '\0')
            r->give_up = TRUE;
        else
            r->i++;
        return;
    default:
        break;
    }
    if (g_ascii_isdigit(c)) {
        while (g_ascii_isdigit(re[r->i]))
            r->i++;
        return;
    }
    if (g_ascii_isalpha(c) && strchr("bBAzZGKdDwWsShHvVRXCntrfeaE", c) == NULL)
        r->give_up = TRUE; /* not an escape PCRE2 knows */
}

/* A sequence of atoms, up to '|', ')' or the end. */
static GPtrArray *
read_sequence(Reader *r)
{
    const char *re = r->re;
    GPtrArray *cnf = NULL;
    GString *run = r->runs;
    gsize from = run->len;
    while (!r->give_up) {
        char c = re[r->i];
        if (c == '\0' || c == '|' || c == ')')
            break;
        AtomKind kind = ATOM_OTHER;
        GPtrArray *needs = NULL;
        char literal = 0;
        switch (c) {
        case '\\':
            read_escape(r);
            break;
        case '[':
            skip_class(r);
            break;
        case '(':
            read_group(r, &kind, &needs);
            break;
        case '*':
        case '+':
        case '?':
            r->give_up = TRUE; /* a quantifier with nothing to repeat */
            break;
        default:
            if ((unsigned char)c >= 0x80) {
                r->i++;
                while (((unsigned char)re[r->i] & 0xC0) == 0x80)
                    r->i++;
            } else {
                if (is_word_char(c)) {
                    kind = ATOM_CHAR;
                    literal = g_ascii_tolower(c);
                }
                r->i++;
            }
            break;
        }
        if (r->give_up) {
            g_clear_pointer(&needs, g_ptr_array_unref);
            break;
        }
        gboolean quantified;
        guint min = cc_regex_read_quantifier(r->re, &r->i, &quantified);
        if (kind == ATOM_CHAR && min >= 1) {
            g_string_append_c(run, literal);
            if (quantified)
                flush_run(run, from, &cnf); /* what follows a repeat need not be adjacent */
            continue;
        }
        flush_run(run, from, &cnf);
        if (kind == ATOM_GROUP) {
            if (min >= 1)
                cnf_and(&cnf, needs);
            g_clear_pointer(&needs, g_ptr_array_unref);
        }
    }
    flush_run(run, from, &cnf);
    return cnf;
}

/* An alternation needs one of its branches: one clause, the strongest
 * clause of each branch together, in order; none when a branch needs
 * nothing. */
static GPtrArray *
read_alternation(Reader *r, guint *branches)
{
    GPtrArray *cnf = read_sequence(r);
    if (branches)
        *branches = 1;
    if (r->give_up || r->re[r->i] != '|')
        return cnf;
    Clause *joined = NULL;
    if (cnf != NULL && cnf->len > 0) {
        joined = clause_new();
        g_ptr_array_extend(joined, (GPtrArray *)strongest(cnf), NULL, NULL);
    }
    while (!r->give_up && r->re[r->i] == '|') {
        r->i++;
        if (branches)
            ++*branches;
        g_autoptr(GPtrArray) branch = read_sequence(r);
        if (joined != NULL && (branch == NULL || branch->len == 0))
            g_clear_pointer(&joined, g_ptr_array_unref);
        else if (joined != NULL)
            g_ptr_array_extend(joined, (GPtrArray *)strongest(branch), NULL, NULL);
    }
    g_clear_pointer(&cnf, g_ptr_array_unref);
    if (joined != NULL) {
        cnf = cnf_new();
        g_ptr_array_add(cnf, joined);
    }
    return cnf;
}

static int
by_string(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

CcRequirement *
cc_requirement_of(const char *regex)
{
    g_return_val_if_fail(regex != NULL, NULL);
    CcRequirement *req = g_new0(CcRequirement, 1);
    Reader r = {.re = regex, .runs = g_string_sized_new(64)};
    GPtrArray *cnf = read_alternation(&r, NULL);
    g_string_free(r.runs, TRUE);
    if (cnf == NULL)
        cnf = cnf_new();
    if (r.give_up || regex[r.i] != '\0')
        g_ptr_array_set_size(cnf, 0);
    /* Each clause's strings once, sorted: the same text for the same need. */
    for (guint i = 0; i < cnf->len; i++) {
        Clause *c = cnf->pdata[i];
        g_ptr_array_sort(c, by_string);
        for (guint j = c->len; j > 1; j--)
            if (strcmp(c->pdata[j - 1], c->pdata[j - 2]) == 0)
                g_ptr_array_remove_index(c, j - 1);
    }
    req->clauses = cnf;
    return req;
}

void
cc_requirement_free(CcRequirement *req)
{
    if (req == NULL)
        return;
    g_ptr_array_unref(req->clauses);
    g_free(req);
}

char *
cc_requirement_to_string(const CcRequirement *req)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < req->clauses->len; i++) {
        const Clause *c = req->clauses->pdata[i];
        if (i > 0)
            g_string_append(s, " & ");
        for (guint j = 0; j < c->len; j++) {
            if (j > 0)
                g_string_append_c(s, '|');
            g_string_append(s, c->pdata[j]);
        }
    }
    return g_string_free(s, FALSE);
}

/* The automaton reads letters (folded to lower case) and digits; every
 * other byte is a break. */
#define N_CLASSES 37

struct _CcPrefilter {
    /* Built by cc_prefilter_add(). */
    GHashTable *string_ids;  /* string -> id + 1 */
    GPtrArray *strings;      /* (element-type utf8) by id */
    GArray *string_clauses;  /* (element-type GArray of guint) by string id: clauses it meets */
    GArray *req_clauses;     /* (element-type GArray of guint) by requirement: its clauses */
    guint n_clauses;
    /* Built at the first scan. */
    gboolean built;
    /* state * N_CLASSES + class -> the next state's row (state *
     * N_CLASSES) times two, plus one when a string ends there or on its
     * fail chain */
    guint32 *delta;
    gint32 *out;     /* by state: string id ending here, or -1 */
    guint32 *dict;   /* by state: the next state on the fail chain with an output, or 0 */
    /* The last scan: a clause was met when its stamp is the scan's. */
    guint32 scan;
    guint32 *clause_met;
    gsize *clause_last; /* by clause: start of its last occurrence, when met */
    guint8 *string_len; /* by string id, capped at 255 */
};

static guint8 byte_class[256];

/* The class of the first bytes of KELVIN SIGN and LONG S, which case-
 * insensitive UTF-8 matching takes for 'k' and 's' (otherwise class 0). */
#define CLASS_LOOKALIKE 0xFF

static void
init_classes(void)
{
    static gsize done = 0;
    if (g_once_init_enter(&done)) {
        for (int c = 'a'; c <= 'z'; c++) {
            byte_class[c] = (guint8)(1 + c - 'a');
            byte_class[c - 'a' + 'A'] = (guint8)(1 + c - 'a');
        }
        for (int c = '0'; c <= '9'; c++)
            byte_class[c] = (guint8)(27 + c - '0');
        byte_class[0xE2] = byte_class[0xC5] = CLASS_LOOKALIKE;
        g_once_init_leave(&done, 1);
    }
}

static void
garray_unref(gpointer p)
{
    g_array_unref(*(GArray **)p);
}

CcPrefilter *
cc_prefilter_new(void)
{
    init_classes();
    CcPrefilter *f = g_new0(CcPrefilter, 1);
    f->string_ids = g_hash_table_new(g_str_hash, g_str_equal);
    f->strings = g_ptr_array_new_with_free_func(g_free);
    f->string_clauses = g_array_new(FALSE, FALSE, sizeof(GArray *));
    g_array_set_clear_func(f->string_clauses, garray_unref);
    f->req_clauses = g_array_new(FALSE, FALSE, sizeof(GArray *));
    g_array_set_clear_func(f->req_clauses, garray_unref);
    return f;
}

void
cc_prefilter_free(CcPrefilter *filter)
{
    if (filter == NULL)
        return;
    g_hash_table_unref(filter->string_ids);
    g_ptr_array_unref(filter->strings);
    g_array_unref(filter->string_clauses);
    g_array_unref(filter->req_clauses);
    g_free(filter->delta);
    g_free(filter->out);
    g_free(filter->dict);
    g_free(filter->clause_met);
    g_free(filter->clause_last);
    g_free(filter->string_len);
    g_free(filter);
}

guint
cc_prefilter_add(CcPrefilter *filter, const CcRequirement *req)
{
    g_return_val_if_fail(filter != NULL && req != NULL && !filter->built, 0);
    GArray *clauses = g_array_new(FALSE, FALSE, sizeof(guint));
    for (guint i = 0; i < req->clauses->len; i++) {
        const Clause *c = req->clauses->pdata[i];
        guint clause = filter->n_clauses++;
        g_array_append_val(clauses, clause);
        for (guint j = 0; j < c->len; j++) {
            const char *s = c->pdata[j];
            guint id = GPOINTER_TO_UINT(g_hash_table_lookup(filter->string_ids, s));
            if (id == 0) {
                g_ptr_array_add(filter->strings, g_strdup(s));
                id = filter->strings->len;
                g_hash_table_insert(filter->string_ids, filter->strings->pdata[id - 1],
                                    GUINT_TO_POINTER(id));
                GArray *list = g_array_new(FALSE, FALSE, sizeof(guint));
                g_array_append_val(filter->string_clauses, list);
            }
            GArray *list = g_array_index(filter->string_clauses, GArray *, id - 1);
            g_array_append_val(list, clause);
        }
    }
    g_array_append_val(filter->req_clauses, clauses);
    return filter->req_clauses->len - 1;
}

/* The trie of every string, then its failure links folded into a full
 * transition table (Aho-Corasick). */
static void
build(CcPrefilter *f)
{
    guint cap = 1;
    for (guint i = 0; i < f->strings->len; i++)
        cap += (guint)strlen(f->strings->pdata[i]);
    g_autofree guint32 *fail = g_new0(guint32, cap);
    f->delta = g_new0(guint32, (gsize)cap * N_CLASSES);
    f->out = g_new(gint32, cap);
    f->dict = g_new0(guint32, cap);
    for (guint i = 0; i < cap; i++)
        f->out[i] = -1;
    guint n = 1;
    for (guint id = 0; id < f->strings->len; id++) {
        guint32 state = 0;
        for (const char *p = f->strings->pdata[id]; *p; p++) {
            guint cls = byte_class[(guint8)*p];
            guint32 *next = &f->delta[(gsize)state * N_CLASSES + cls];
            if (*next == 0)
                *next = n++;
            state = *next;
        }
        f->out[state] = (gint32)id;
    }
    /* Breadth first: a state's failure is known before its children's. */
    g_autofree guint32 *queue = g_new(guint32, cap);
    guint head = 0, tail = 0;
    for (guint cls = 1; cls < N_CLASSES; cls++) {
        guint32 child = f->delta[cls];
        if (child != 0)
            queue[tail++] = child; /* fail[child] = 0 */
    }
    while (head < tail) {
        guint32 state = queue[head++];
        guint32 fs = fail[state];
        f->dict[state] = f->out[fs] >= 0 ? fs : f->dict[fs];
        for (guint cls = 1; cls < N_CLASSES; cls++) {
            guint32 *next = &f->delta[(gsize)state * N_CLASSES + cls];
            guint32 via_fail = f->delta[(gsize)fs * N_CLASSES + cls];
            if (*next == 0) {
                *next = via_fail;
            } else {
                fail[*next] = via_fail;
                queue[tail++] = *next;
            }
        }
    }
    /* The scan steps from row to row and sees at once whether to look for
     * strings ending there. */
    for (gsize k = 0; k < (gsize)n * N_CLASSES; k++) {
        guint32 to = f->delta[k];
        f->delta[k] = (to * N_CLASSES) << 1 | (f->out[to] >= 0 || f->dict[to] != 0);
    }
    f->clause_met = g_new0(guint32, f->n_clauses + 1);
    f->clause_last = g_new0(gsize, f->n_clauses + 1);
    f->string_len = g_new0(guint8, f->strings->len + 1);
    for (guint id = 0; id < f->strings->len; id++)
        f->string_len[id] = (guint8)MIN(strlen(f->strings->pdata[id]), 255u);
    f->built = TRUE;
}

/* String @id occurs in the text, ending before byte @end. Its start is at
 * most @end minus its length (a character may take more bytes than one). */
static inline void
meet(CcPrefilter *f, gint32 id, gsize end)
{
    gsize start = end - MIN(end, (gsize)f->string_len[id]);
    const GArray *list = g_array_index(f->string_clauses, GArray *, id);
    for (guint k = 0; k < list->len; k++) {
        guint clause = g_array_index(list, guint, k);
        f->clause_met[clause] = f->scan;
        f->clause_last[clause] = start; /* occurrences come in order */
    }
}

void
cc_prefilter_scan(CcPrefilter *filter, const char *text, gsize len)
{
    g_return_if_fail(filter != NULL);
    if (!filter->built)
        build(filter);
    if (++filter->scan == 0) {
        /* The stamps wrapped: start them over. */
        memset(filter->clause_met, 0, sizeof(guint32) * (filter->n_clauses + 1));
        filter->scan = 1;
    }
    const guint8 *p = (const guint8 *)text, *end = p + len;
    const guint32 *delta = filter->delta;
    const gint32 *out = filter->out;
    guint32 row = 0;
    while (p < end) {
        guint8 b = *p++;
        guint cls = byte_class[b];
        /* Case-insensitive UTF-8 matching takes KELVIN SIGN for 'k' and
         * LATIN SMALL LETTER LONG S for 's': so does the prefilter. */
        if (G_UNLIKELY(cls == CLASS_LOOKALIKE)) {
            cls = 0;
            if (b == 0xE2 && end - p >= 2 && p[0] == 0x84 && p[1] == 0xAA) {
                cls = byte_class['k'];
                p += 2;
            } else if (b == 0xC5 && p < end && p[0] == 0xBF) {
                cls = byte_class['s'];
                p += 1;
            }
        }
        guint32 step = delta[row + cls];
        row = step >> 1;
        if (G_UNLIKELY(step & 1)) {
            guint32 state = row / N_CLASSES;
            for (guint32 s = out[state] >= 0 ? state : filter->dict[state]; s != 0;
                 s = filter->dict[s])
                meet(filter, out[s], (gsize)(p - (const guint8 *)text));
        }
    }
}

gboolean
cc_prefilter_holds(const CcPrefilter *filter, guint index)
{
    g_return_val_if_fail(filter != NULL && index < filter->req_clauses->len, TRUE);
    const GArray *clauses = g_array_index(filter->req_clauses, GArray *, index);
    for (guint k = 0; k < clauses->len; k++)
        if (filter->clause_met[g_array_index(clauses, guint, k)] != filter->scan)
            return FALSE;
    return TRUE;
}

gsize
cc_prefilter_latest_start(const CcPrefilter *filter, guint index)
{
    g_return_val_if_fail(filter != NULL && index < filter->req_clauses->len, G_MAXSIZE);
    const GArray *clauses = g_array_index(filter->req_clauses, GArray *, index);
    gsize latest = G_MAXSIZE;
    for (guint k = 0; k < clauses->len; k++) {
        guint clause = g_array_index(clauses, guint, k);
        if (filter->clause_met[clause] == filter->scan)
            latest = MIN(latest, filter->clause_last[clause]);
    }
    return latest;
}
