/* SPDX-License-Identifier: MIT */
/* prefilter.h: a pattern's anchors and the one-pass check of many of
 * them. A pattern may declare the strings a sentence must hold for it to
 * be tried there ("anchors troops|soldiers & korea|pyongyang" under its
 * line: rules/README.md); a sentence that holds none of a clause's strings
 * is skipped without running the pattern. The anchors are part of the
 * pattern's meaning, written beside it: nothing here reads a regex.
 * bench/README.md ("Anchors declared, the start set kept") has what the check saves. */
#pragma once

#include <claimcheck/lexicon.h>
#include <claimcheck/pattern.h>
#include <glib.h>

G_BEGIN_DECLS

/* What a text must hold: every clause must hold, and a clause holds when
 * the text contains one of its strings (lower-case ASCII letters, digits
 * and apostrophes, compared without regard to case; an apostrophe is '
 * or RIGHT SINGLE QUOTATION MARK). No clause means no requirement. */
typedef struct {
    GPtrArray *clauses; /* (element-type GPtrArray of interned utf8) */
} CcRequirement;

/* Reads an "anchors" line's text: clauses joined by '&', each one or more
 * strings joined by '|'; a string is a run of ASCII letters, digits and
 * apostrophes (folded to lower case) or "{@table}", which stands for
 * every phrase of the table by its longest run of letters and digits.
 * NULL on bad text, with *@message (transfer full) and *@error_offset,
 * the byte in @text it is about. (transfer full) */
CcRequirement *cc_requirement_parse(const char *text, const CcLexicon *lexicon,
                                    gsize *error_offset, char **message);
/* No requirement. (transfer full) */
CcRequirement *cc_requirement_none(void);
void cc_requirement_free(CcRequirement *req);
/* "troops|soldiers & korea|pyongyang", or "" for none. (transfer full) */
char *cc_requirement_to_string(const CcRequirement *req);

/* What @pattern declared (cc_pattern_set_requirement()), or no
 * requirement. (transfer none) */
const CcRequirement *cc_pattern_requirement(const CcPattern *pattern);
/* Gives @pattern its anchors (transfer full), before it is shared. */
void cc_pattern_set_requirement(CcPattern *pattern, CcRequirement *req);

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
