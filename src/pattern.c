/* pattern.c: PCRE2 patterns (placeholder until the module lands). */
#include "internal.h"

CcPattern *cc_pattern_new(const char *regex, gsize *error_offset, GError **error)
{
    (void)regex;
    (void)error_offset;
    (void)error;
    return NULL;
}

void cc_pattern_free(CcPattern *pattern)
{
    (void)pattern;
}

const char *cc_pattern_source(const CcPattern *pattern)
{
    (void)pattern;
    return NULL;
}

gboolean cc_pattern_uses_jit(const CcPattern *pattern)
{
    (void)pattern;
    return FALSE;
}

int cc_pattern_group_index(const CcPattern *pattern, const char *name)
{
    (void)pattern;
    (void)name;
    return (int)0;
}

CcMatch *cc_match_new(const CcPattern *pattern)
{
    (void)pattern;
    return NULL;
}

void cc_match_free(CcMatch *match)
{
    (void)match;
}

CcMatchResult cc_pattern_match(const CcPattern *pattern, CcMatch *match, const char *subject, gsize len, gsize start)
{
    (void)pattern;
    (void)match;
    (void)subject;
    (void)len;
    (void)start;
    return (CcMatchResult)0;
}

gboolean cc_match_group(const CcMatch *match, int group, gsize *start, gsize *end)
{
    (void)match;
    (void)group;
    (void)start;
    (void)end;
    return FALSE;
}
