/* SPDX-License-Identifier: MIT */
/* pattern.h: one compiled PCRE2 pattern with the JIT (falling back to the
 * interpreter in silence), match limits so no pattern can hang a run, and
 * named-group lookup. A pattern is immutable once compiled and may be shared
 * by threads; each thread brings its own CcMatch. */
#pragma once

#include <claimcheck/export.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _CcPattern CcPattern;
typedef struct _CcMatch CcMatch;

/* Compiles @regex (UTF-8, case-insensitive unless it says otherwise). On
 * failure sets CC_ERROR_PATTERN with PCRE2's message and stores the byte
 * offset of the error inside @regex in @error_offset. (transfer full) */
CC_API CcPattern *cc_pattern_new(const char *regex, gsize *error_offset, GError **error);
CC_API void cc_pattern_free(CcPattern *pattern);
CC_API const char *cc_pattern_source(const CcPattern *pattern);
/* Bytes of compiled code PCRE2 holds for @pattern: the measure its size
 * limit applies to (the header and the table of group names left out). */
CC_API gsize cc_pattern_compiled_size(const CcPattern *pattern);
/* The most compiled code PCRE2 accepts in one pattern: 65536 bytes with
 * its default internal link size of 2. A larger pattern does not compile. */
CC_API gsize cc_pattern_compiled_limit(void);
CC_API gboolean cc_pattern_uses_jit(const CcPattern *pattern);
/* Index of the named group, or -1. */
CC_API int cc_pattern_group_index(const CcPattern *pattern, const char *name);

/* Match data sized for @pattern; reusable across calls. (transfer full) */
CC_API CcMatch *cc_match_new(const CcPattern *pattern);
CC_API void cc_match_free(CcMatch *match);
/* From now on, matches with @match must start at or before byte @limit of
 * the subject (G_MAXSIZE: anywhere, the default): a search that finds none
 * stops there instead of trying every later position. A match starts where
 * it was tried (cc_match_tried_at()), before any \K in it. */
CC_API void cc_match_set_start_limit(CcMatch *match, gsize limit);

typedef enum {
    CC_MATCH_NONE = 0,
    CC_MATCH_FOUND,
    CC_MATCH_LIMIT, /* match or depth limit hit: the pattern backtracks too much */
    CC_MATCH_ERROR,
} CcMatchResult;

/* Looks for @pattern in @subject[0, len) starting at byte @start. */
CC_API CcMatchResult cc_pattern_match(const CcPattern *pattern, CcMatch *match, const char *subject,
                                      gsize len, gsize start);
/* Byte span of group @group (0 = whole match) of the last successful match;
 * FALSE when the group did not take part. */
CC_API gboolean cc_match_group(const CcMatch *match, int group, gsize *start, gsize *end);
/* Where the last successful match began: group 0's start, or, when a \K
 * moved group 0's start on, the byte the match began at before it (the
 * offset cc_match_set_start_limit() bounds). G_MAXSIZE after no match. */
CC_API gsize cc_match_tried_at(const CcMatch *match);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcPattern, cc_pattern_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcMatch, cc_match_free)

G_END_DECLS
