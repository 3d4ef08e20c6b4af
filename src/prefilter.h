/* SPDX-License-Identifier: MIT */
/* prefilter.h: literal prefilters derived from regexes. A regex that can
 * only match a text holding certain words ("troops" or "soldiers", and
 * "korea" or "pyongyang") is skipped, without running it, on sentences
 * that hold none of them. The words are read from the regex itself, so
 * the prefilter follows the rules as they change. PCRE2's own pattern
 * information knows one required code unit, not words: bench/README.md
 * ("What the regex readers buy") has what the prefilter saves. */
#pragma once

#include <claimcheck/pattern.h>
#include <glib.h>

G_BEGIN_DECLS

/* What a regex needs of any text it matches: every clause must hold, and
 * a clause holds when the text contains one of its strings (lower-case
 * ASCII letters and digits, compared without regard to case). No clause
 * means no requirement: the regex may match anything. */
typedef struct {
    GPtrArray *clauses; /* (element-type GPtrArray of interned utf8) */
} CcRequirement;

/* Reads @regex (a PCRE2 pattern as compiled: UTF, caseless) and returns
 * what it needs, never more than it needs: syntax the reader does not
 * follow gives no requirement. (transfer full) */
CcRequirement *cc_requirement_of(const char *regex);
void cc_requirement_free(CcRequirement *req);
/* "troops|soldiers & korea|pyongyang", or "" for none. (transfer full) */
char *cc_requirement_to_string(const CcRequirement *req);

/* What @pattern needs, read from its source on first use and kept with it
 * (thread-safe). (transfer none) */
const CcRequirement *cc_pattern_requirement(const CcPattern *pattern);

/* Many requirements, checked together in one pass over a text. */
typedef struct _CcPrefilter CcPrefilter;

/* (transfer full) */
CcPrefilter *cc_prefilter_new(void);
void cc_prefilter_free(CcPrefilter *filter);
/* Adds a requirement (copied); returns its index. Call before the first
 * scan. */
guint cc_prefilter_add(CcPrefilter *filter, const CcRequirement *req);
/* Reads @text[0, len) once; from then until the next scan,
 * cc_prefilter_holds() answers for that text. */
void cc_prefilter_scan(CcPrefilter *filter, const char *text, gsize len);
/* Does the last text scanned meet requirement @index? */
gboolean cc_prefilter_holds(const CcPrefilter *filter, guint index);
/* Where in the last text scanned a match meeting requirement @index (which
 * holds) can start at the latest: it holds a string of every clause, so it
 * starts no later than the last occurrence of each. A byte offset, or
 * G_MAXSIZE when the requirement has no clause. */
gsize cc_prefilter_latest_start(const CcPrefilter *filter, guint index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcRequirement, cc_requirement_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcPrefilter, cc_prefilter_free)

G_END_DECLS
