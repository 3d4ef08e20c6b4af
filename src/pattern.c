/* SPDX-License-Identifier: MIT */
/* pattern.c: PCRE2 patterns compiled once, with the JIT where the platform
 * has it and the interpreter otherwise, and match limits so that no pattern
 * can hang a run. Match data, match context and JIT stack live in CcMatch,
 * one per thread. The JIT compiles a pattern once it has been matched a
 * few times, the more the larger it is (jit_after()): a rule set's
 * patterns are large, and a run may need some of them seldom or never. */
#define _GNU_SOURCE /* memrchr */
#include "internal.h"
#include "prefilter.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Limits on backtracking: generous for real rules, fatal to catastrophic
 * ones within milliseconds. */
#define MATCH_LIMIT 2000000u
#define DEPTH_LIMIT 10000u
#define JIT_STACK_MAX (1024u * 1024u)

struct _CcPattern {
    char *source;
    pcre2_code *code; /* never JIT-compiled: the interpreter's, shared by threads */
    /* Set once, by the first thread to need them (g_once: the others wait). */
    gsize jit_state; /* 0: not tried, 1: interpreter, 2: JIT */
    pcre2_code *jit_code; /* a copy of code the JIT compiled (jit_state 2) */
    /* the calls a CcMatch leaves to the interpreter before the JIT
     * compiles the pattern (jit_after()) */
    guint interpret_first;
    CcRequirement *needs; /* its anchors, or NULL: set before it is shared */
    gboolean value_pass; /* it holds "{value}": its callouts read the value pass */
    /* it opens with "{value}", past lookbehinds (past_lookbehinds()),
     * and has no alternative outside its groups: a match starts at a
     * mention */
    gboolean value_first;
    /* For such a pattern, the regex after its "{value}" compiled alone
     * (tail_of()): where it matches nowhere in a sentence, the pattern
     * does not either. NULL where it may not be read alone. */
    pcre2_code *tail;
    gsize tail_jit_state; /* as jit_state */
    /* it opens with LINE_START and has no alternative outside its
     * groups: a match starts at the subject's start or right after a
     * newline, nowhere else (a transcript's speaker label) */
    gboolean line_first;
};

/* What a pattern that matches at a line's start alone opens with. */
#define LINE_START "(?:^|(?<=\\n))"

struct _CcMatch {
    pcre2_match_data *data;
    pcre2_match_context *context;
    pcre2_jit_stack *jit_stack;
    gboolean found;
    /* For a "{value}" pattern: the mentions its value may be, and the
     * number of its value group. */
    const CcSpan *mentions;
    guint n_mentions;
    int value_group;
    gsize start_limit; /* cc_match_set_start_limit()'s, G_MAXSIZE for none */
    guint interpreted; /* calls left to the interpreter so far (jit_after()) */
    /* the pattern's tail's, with no offset limit */
    pcre2_match_data *tail_data;
    pcre2_match_context *tail_context;
};

/* Compiling a pattern with the JIT costs some 400 instructions a byte of
 * its code (the attribution patterns' together some 200 million): more
 * than the interpreter's slower matching costs over a few calls. A pattern
 * called only a few times in a run (one article, the few sentences that
 * hold its anchors) is cheaper left to the interpreter, which gives the
 * same answers. Each CcMatch leaves its first calls to the interpreter, one
 * for every JIT_AFTER_BYTES bytes of code, then the JIT compiles the
 * pattern; a small pattern is compiled at once. */
#define JIT_AFTER_BYTES 2048u

static guint
jit_after(const pcre2_code *code)
{
    PCRE2_SIZE size = 0;
    pcre2_pattern_info(code, PCRE2_INFO_SIZE, &size);
    return (guint)MIN(size / JIT_AFTER_BYTES, (PCRE2_SIZE)G_MAXUINT);
}

static gboolean alternates_outside_groups(const char *regex);

CcPattern *
cc_pattern_new(const char *regex, gsize *error_offset, GError **error)
{
    return cc_pattern_compile(regex, error_offset, NULL, error);
}

CcPattern *
cc_pattern_compile(const char *regex, gsize *error_offset, gboolean *too_large, GError **error)
{
    g_return_val_if_fail(regex != NULL, NULL);
    if (too_large)
        *too_large = FALSE;
    int code = 0;
    PCRE2_SIZE offset = 0;
    /* No PCRE2_NO_UTF_CHECK here: a regex may come from any caller, and
     * PCRE2 reads invalid UTF-8 in a pattern as undefined behaviour. */
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)regex, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_CASELESS | PCRE2_USE_OFFSET_LIMIT, &code,
                                   &offset, NULL);
    if (re == NULL) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(code, message, sizeof message);
        if (error_offset)
            *error_offset = offset;
        if (too_large)
            *too_large = code == PCRE2_ERROR_PATTERN_TOO_LARGE;
        g_set_error(error, CC_ERROR, CC_ERROR_PATTERN, "%s", (const char *)message);
        return NULL;
    }
    CcPattern *p = g_new0(CcPattern, 1);
    p->source = g_strdup(regex);
    p->code = re;
    p->interpret_first = jit_after(re);
    p->line_first = g_str_has_prefix(regex, LINE_START) && !alternates_outside_groups(regex);
    return p;
}

void
cc_pattern_free(CcPattern *pattern)
{
    if (pattern == NULL)
        return;
    pcre2_code_free(pattern->code);
    pcre2_code_free(pattern->jit_code);
    pcre2_code_free(pattern->tail);
    cc_requirement_free(pattern->needs);
    g_free(pattern->source);
    g_free(pattern);
}

/* PCRE2 reports the size of the whole block it allocates: a fixed header,
 * the name table, then the code its limit applies to. The header is what an
 * empty pattern takes beyond its 7 bytes of code (bracket, link, ket, link,
 * end). */
static gsize
header_size(void)
{
    static gsize header = 0;
    if (g_once_init_enter(&header)) {
        int code = 0;
        PCRE2_SIZE offset = 0, size = 0;
        pcre2_code *re = pcre2_compile((PCRE2_SPTR) "", 0, PCRE2_UTF, &code, &offset, NULL);
        if (re != NULL)
            pcre2_pattern_info(re, PCRE2_INFO_SIZE, &size);
        pcre2_code_free(re);
        g_once_init_leave(&header, size > 7 ? size - 7 : 1);
    }
    return header;
}

gsize
cc_pattern_compiled_size(const CcPattern *pattern)
{
    g_return_val_if_fail(pattern != NULL, 0);
    PCRE2_SIZE size = 0;
    uint32_t names = 0, entry = 0;
    pcre2_pattern_info(pattern->code, PCRE2_INFO_SIZE, &size);
    pcre2_pattern_info(pattern->code, PCRE2_INFO_NAMECOUNT, &names);
    pcre2_pattern_info(pattern->code, PCRE2_INFO_NAMEENTRYSIZE, &entry);
    gsize table = (gsize)names * entry, header = header_size();
    return size > header + table ? size - header - table : 0;
}

gsize
cc_pattern_compiled_limit(void)
{
    uint32_t link = 2;
    pcre2_config(PCRE2_CONFIG_LINKSIZE, &link);
    /* PCRE2's MAX_PATTERN_SIZE for each internal link size. */
    return link >= 4 ? (gsize)1 << 30 : link == 3 ? (gsize)1 << 24 : (gsize)1 << 16;
}

const char *
cc_pattern_source(const CcPattern *pattern)
{
    return pattern->source;
}

/* The JIT is an optimisation: where it is missing or refuses a pattern,
 * the interpreter gives the same answers. Compiling writes to the code it
 * compiles: a copy, made and compiled once only, which no thread matches
 * with before then; the interpreter's code, which threads may be matching
 * with meanwhile, is never written to. */
static void
ensure_jit(const CcPattern *pattern)
{
    CcPattern *p = (CcPattern *)pattern;
    if (g_once_init_enter(&p->jit_state)) {
        gsize state = 1;
        pcre2_code *copy = pcre2_code_copy(p->code);
        if (copy != NULL && pcre2_jit_compile(copy, PCRE2_JIT_COMPLETE) == 0) {
            p->jit_code = copy;
            state = 2;
        } else {
            pcre2_code_free(copy);
        }
        g_once_init_leave(&p->jit_state, state);
    }
}

gboolean
cc_pattern_uses_jit(const CcPattern *pattern)
{
    ensure_jit(pattern);
    return pattern->jit_state == 2;
}

const CcRequirement *
cc_pattern_requirement(const CcPattern *pattern)
{
    static gsize none = 0;
    if (pattern->needs != NULL)
        return pattern->needs;
    if (g_once_init_enter(&none))
        g_once_init_leave(&none, (gsize)cc_requirement_none());
    return (const CcRequirement *)none;
}

void
cc_pattern_set_requirement(CcPattern *pattern, CcRequirement *req)
{
    cc_requirement_free(pattern->needs);
    pattern->needs = req;
}

gboolean
cc_pattern_knows_its_start(const CcPattern *pattern)
{
    uint32_t type = 0;
    const uint8_t *bitmap = NULL;
    pcre2_pattern_info(pattern->code, PCRE2_INFO_FIRSTCODETYPE, &type);
    pcre2_pattern_info(pattern->code, PCRE2_INFO_FIRSTBITMAP, &bitmap);
    return type != 0 || bitmap != NULL;
}

int
cc_pattern_group_index(const CcPattern *pattern, const char *name)
{
    int n = pcre2_substring_number_from_name(pattern->code, (PCRE2_SPTR)name);
    return n > 0 ? n : -1;
}

/* The next byte of @regex to read after the one at @p that matters to
 * its groups: past an escape, or a class (a ']' right after "[" or "[^"
 * is one of its characters, "[:alpha:]" one of its parts); NULL where a
 * class does not close. */
static const char *
next_outside(const char *p)
{
    if (*p == '\\' && p[1] != '\0')
        return p + 2;
    if (*p != '[')
        return p + 1;
    p++;
    if (*p == '^')
        p++;
    if (*p == ']')
        p++;
    while (*p != '\0' && *p != ']') {
        if (*p == '\\' && p[1] != '\0')
            p++;
        else if (*p == '[' && p[1] == ':' && strstr(p + 2, ":]") != NULL)
            p = strstr(p + 2, ":]") + 1;
        p++;
    }
    return *p == ']' ? p + 1 : NULL;
}

/* @regex past the lookbehind assertions it opens with ("(?<![\w-])"),
 * which match no text: a match of the rest starts where the whole one
 * does. Where a group's end is not found, @regex from that group on. */
static const char *
past_lookbehinds(const char *regex)
{
    while (g_str_has_prefix(regex, "(?<!") || g_str_has_prefix(regex, "(?<=")) {
        int depth = 0;
        const char *p = regex;
        while (p != NULL && *p != '\0') {
            if (*p == '(')
                depth++;
            else if (*p == ')' && --depth == 0)
                break;
            p = next_outside(p);
        }
        if (p == NULL || *p != ')')
            return regex;
        regex = p + 1;
    }
    return regex;
}

/* Has @regex a '|' outside its groups, an alternative that may start
 * anywhere? (TRUE where it cannot be read.) */
static gboolean
alternates_outside_groups(const char *regex)
{
    int depth = 0;
    for (const char *p = regex; *p != '\0'; p = next_outside(p)) {
        if (*p == '(')
            depth++;
        else if (*p == ')')
            depth--;
        else if (*p == '|' && depth == 0)
            return TRUE;
        if (next_outside(p) == NULL)
            return TRUE;
    }
    return FALSE;
}

/* @tail, what follows the "{value}" that opens a pattern, compiled
 * alone, or NULL where it would not match as it does in the pattern: a
 * reference to a group (numbered or named, a subroutine, a condition),
 * "\G" (the tail's own start alone), a backtracking verb ("(*COMMIT)"
 * ends a search, not a try at one place) or a callout, and where it may
 * match no text. A match of the pattern holds a match of its tail at its
 * value's end. */
static pcre2_code *
tail_of(const char *tail)
{
    for (const char *p = tail; *p != '\0'; p++) {
        if (*p == '\\') {
            if (p[1] == 'G' || p[1] == 'g' || p[1] == 'k' || (p[1] >= '1' && p[1] <= '9'))
                return NULL;
            if (p[1] != '\0')
                p++;
        } else if (*p == '(' && p[1] == '*') {
            return NULL;
        } else if (*p == '(' && p[1] == '?'
                   && (strchr("C&(RP", p[2]) != NULL || g_ascii_isdigit(p[2])
                       || ((p[2] == '+' || p[2] == '-') && g_ascii_isdigit(p[3])))) {
            return NULL;
        }
    }
    int code = 0;
    PCRE2_SIZE offset = 0;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)tail, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_CASELESS, &code, &offset, NULL);
    /* a tail that may match no text at all (lookarounds only: "{value}(?![\w-])")
     * is found nearly everywhere, and tells nothing */
    uint32_t least = 0;
    if (re != NULL && (pcre2_pattern_info(re, PCRE2_INFO_MINLENGTH, &least) != 0 || least == 0))
        g_clear_pointer(&re, pcre2_code_free);
    return re;
}

void
cc_pattern_set_value_pass(CcPattern *pattern)
{
    pattern->value_pass = TRUE;
    const char *opening = past_lookbehinds(pattern->source);
    pattern->value_first = g_str_has_prefix(opening, CC_VALUE_REGEX)
                           && !alternates_outside_groups(pattern->source);
    pcre2_code_free(pattern->tail);
    pattern->tail = pattern->value_first ? tail_of(opening + strlen(CC_VALUE_REGEX)) : NULL;
}

gboolean
cc_pattern_opens_with_value(const CcPattern *pattern)
{
    return pattern->value_first;
}

gboolean
cc_pattern_value_pass(const CcPattern *pattern)
{
    return pattern->value_pass;
}

/* "{value}" is "(?C201)(?<value>…)(?C202)": the first callout lets the
 * match go on only where a mention starts, the second only where the value
 * group holds a whole mention. Without mentions (none given), nothing. */
static int
value_callout(pcre2_callout_block *block, void *data)
{
    const CcMatch *m = data;
    if (block->callout_number != CC_VALUE_CALLOUT_START
        && block->callout_number != CC_VALUE_CALLOUT_END)
        return 0;
    gsize start = block->current_position, end = G_MAXSIZE;
    if (block->callout_number == CC_VALUE_CALLOUT_END) {
        int g = m->value_group;
        if (g <= 0 || (uint32_t)g >= block->capture_top
            || block->offset_vector[2 * g] == PCRE2_UNSET)
            return 1;
        start = block->offset_vector[2 * g];
        end = block->offset_vector[2 * g + 1];
    }
    for (guint i = 0; i < m->n_mentions; i++)
        if (m->mentions[i].start == start && (end == G_MAXSIZE || m->mentions[i].end == end))
            return 0;
    return 1;
}

CcMatch *
cc_match_new(const CcPattern *pattern)
{
    CcMatch *m = g_new0(CcMatch, 1);
    m->start_limit = G_MAXSIZE;
    m->data = pcre2_match_data_create_from_pattern(pattern->code, NULL);
    m->context = pcre2_match_context_create(NULL);
    pcre2_set_match_limit(m->context, MATCH_LIMIT);
    pcre2_set_depth_limit(m->context, DEPTH_LIMIT);
    m->jit_stack = pcre2_jit_stack_create(32 * 1024, JIT_STACK_MAX, NULL);
    if (m->jit_stack)
        pcre2_jit_stack_assign(m->context, NULL, m->jit_stack);
    if (pattern->value_pass) {
        m->value_group = cc_pattern_group_index(pattern, "value");
        pcre2_set_callout(m->context, value_callout, m);
    }
    if (pattern->tail != NULL) {
        m->tail_data = pcre2_match_data_create(1, NULL);
        m->tail_context = pcre2_match_context_create(NULL);
        pcre2_set_match_limit(m->tail_context, MATCH_LIMIT);
        pcre2_set_depth_limit(m->tail_context, DEPTH_LIMIT);
        if (m->jit_stack)
            pcre2_jit_stack_assign(m->tail_context, NULL, m->jit_stack);
    }
    return m;
}

void
cc_match_set_mentions(CcMatch *match, const CcSpan *mentions, guint n)
{
    match->mentions = mentions;
    match->n_mentions = n;
}

void
cc_match_set_start_limit(CcMatch *match, gsize limit)
{
    match->start_limit = limit;
    pcre2_set_offset_limit(match->context, limit == G_MAXSIZE ? PCRE2_UNSET : limit);
}

void
cc_match_free(CcMatch *match)
{
    if (match == NULL)
        return;
    pcre2_match_data_free(match->data);
    pcre2_match_context_free(match->context);
    pcre2_match_data_free(match->tail_data);
    pcre2_match_context_free(match->tail_context);
    if (match->jit_stack)
        pcre2_jit_stack_free(match->jit_stack);
    g_free(match);
}

/* pcre2_match() of @code over subject[start, len), valid UTF-8 and @start
 * at most @len: where the JIT compiled @code (@jit_state 2), straight
 * into the JIT's code (pcre2_jit_match(), which pcre2_match() calls
 * after checking what the callers here have checked). */
static int
match_from(const pcre2_code *code, gsize jit_state, const char *subject, gsize len, gsize start,
           pcre2_match_data *data, pcre2_match_context *context)
{
    if (jit_state == 2)
        return pcre2_jit_match(code, (PCRE2_SPTR)subject, len, start, 0, data, context);
    return pcre2_match(code, (PCRE2_SPTR)subject, len, start, PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT,
                       data, context);
}

/* The last place in subject[@from, @to] where a line starts (the
 * subject's start, or right after a newline); G_MAXSIZE for none. */
static gsize
last_line_start(const char *subject, gsize from, gsize to)
{
    if (to < from)
        return G_MAXSIZE;
    gsize lo = from > 0 ? from - 1 : 0;
    const char *nl = to > lo ? memrchr(subject + lo, '\n', to - lo) : NULL;
    if (nl != NULL)
        return (gsize)(nl - subject) + 1;
    return from == 0 ? 0 : G_MAXSIZE;
}

CcMatchResult
cc_pattern_match(const CcPattern *pattern, CcMatch *match, const char *subject, gsize len,
                 gsize start)
{
    g_return_val_if_fail(pattern != NULL && match != NULL && subject != NULL, CC_MATCH_ERROR);
    match->found = FALSE;
    if (start > len)
        return CC_MATCH_NONE;
    /* A pattern that starts a match at a line's start alone is tried up
     * to the last line start from @start on, and not at all where none
     * is: PCRE2 knows no start for it, and would try it at every byte. */
    gsize line_limit = G_MAXSIZE;
    if (pattern->line_first) {
        line_limit = last_line_start(subject, start, MIN(len, match->start_limit));
        if (line_limit == G_MAXSIZE)
            return CC_MATCH_NONE;
    }
    /* the interpreter first (jit_after()), then the JIT's copy */
    const pcre2_code *code = pattern->code;
    gsize jit_state = 1;
    if (match->interpreted < pattern->interpret_first) {
        match->interpreted++;
    } else {
        ensure_jit(pattern);
        jit_state = pattern->jit_state;
        if (jit_state == 2)
            code = pattern->jit_code;
    }
    /* Match data is sized for the pattern it was made for; a CcMatch is
     * only ever used with that pattern, or one with no more groups. */
    int rc;
    if (pattern->value_first) {
        /* A pattern that opens with "{value}" (past lookbehinds, which
         * match no text) starts its match where a mention starts, and
         * nowhere else (value_callout()): tried at
         * each such start alone, in order from @start on (the start limit
         * pinned to it: the JIT takes no PCRE2_ANCHORED), it finds the
         * match the search from @start finds, without calling out at
         * every byte between. */
        rc = PCRE2_ERROR_NOMATCH;
        gsize from = start;
        for (;;) {
            gsize next = G_MAXSIZE;
            for (guint i = 0; i < match->n_mentions; i++)
                if (match->mentions[i].start >= from && match->mentions[i].start < next)
                    next = match->mentions[i].start;
            if (next >= len || next > match->start_limit)
                break;
            pcre2_set_offset_limit(match->context, next);
            rc = match_from(code, jit_state, subject, len, next, match->data, match->context);
            if (rc != PCRE2_ERROR_NOMATCH)
                break;
            from = next + 1;
        }
        pcre2_set_offset_limit(match->context, match->start_limit == G_MAXSIZE
                                                   ? PCRE2_UNSET
                                                   : match->start_limit);
    } else if (line_limit != G_MAXSIZE) {
        pcre2_set_offset_limit(match->context, line_limit);
        rc = match_from(code, jit_state, subject, len, start, match->data, match->context);
        pcre2_set_offset_limit(match->context, match->start_limit == G_MAXSIZE
                                                   ? PCRE2_UNSET
                                                   : match->start_limit);
    } else {
        rc = match_from(code, jit_state, subject, len, start, match->data, match->context);
    }
    if (rc >= 0) { /* 0: ovector too small, still a match */
        match->found = TRUE;
        return CC_MATCH_FOUND;
    }
    switch (rc) {
    case PCRE2_ERROR_NOMATCH:
        return CC_MATCH_NONE;
    case PCRE2_ERROR_MATCHLIMIT:
    case PCRE2_ERROR_DEPTHLIMIT:
    case PCRE2_ERROR_HEAPLIMIT:
    case PCRE2_ERROR_JIT_STACKLIMIT:
        return CC_MATCH_LIMIT;
    default:
        return CC_MATCH_ERROR;
    }
}

gboolean
cc_pattern_tail_may_match(const CcPattern *pattern, CcMatch *match, const char *subject,
                          gsize len)
{
    if (pattern->tail == NULL || match->tail_data == NULL)
        return TRUE;
    CcPattern *p = (CcPattern *)pattern;
    if (g_once_init_enter(&p->tail_jit_state)) {
        gsize state = pcre2_jit_compile(p->tail, PCRE2_JIT_COMPLETE) == 0 ? 2 : 1;
        g_once_init_leave(&p->tail_jit_state, state);
    }
    /* a limit or an error says nothing: the pattern is tried */
    return match_from(pattern->tail, pattern->tail_jit_state, subject, len, 0, match->tail_data,
                      match->tail_context)
           != PCRE2_ERROR_NOMATCH;
}

gboolean
cc_match_group(const CcMatch *match, int group, gsize *start, gsize *end)
{
    if (!match->found || group < 0)
        return FALSE;
    if ((guint32)group >= pcre2_get_ovector_count(match->data))
        return FALSE;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(match->data);
    if (ov[2 * group] == PCRE2_UNSET)
        return FALSE;
    *start = ov[2 * group];
    *end = ov[2 * group + 1];
    return TRUE;
}

gsize
cc_match_tried_at(const CcMatch *match)
{
    g_return_val_if_fail(match != NULL, G_MAXSIZE);
    if (!match->found)
        return G_MAXSIZE;
    return pcre2_get_startchar(match->data);
}
