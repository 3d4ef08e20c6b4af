/* SPDX-License-Identifier: MIT */
/* internal.h: declarations shared between libclaimcheck's modules and
 * never installed. Keep it small: what one module needs of another belongs
 * in the public header unless it would freeze an implementation detail. */
#pragma once

#include <claimcheck/claimcheck.h>

#include <stdlib.h>
#include <string.h>

/* Bytes of the character at @text (1 for a broken or truncated sequence,
 * which counts its lead byte as one character); @text < @end. */
gsize cc_utf8_step(const char *text, const char *end);
/* Number of UTF-8 characters in text[0, len), counting each invalid byte
 * as one character. */
guint cc_utf8_count_chars(const char *text, gsize len);

/* Julian day number of a calendar date; 0 when the date is invalid. */
guint32 cc_day_from_ymd(int year, int month, int day);
/* Calendar date of a Julian day number. */
void cc_day_to_ymd(guint32 day, int *year, int *month, int *day_of_month);
/* Last day of a month. */
int cc_days_in_month(int year, int month);

/* As cc_modality_assess(), reusing what the call before found in the same
 * window of the same text (the claims of one sentence share their window).
 * Call cc_modality_scope_forget() first whenever the text at that address
 * may have changed. */
CcModality cc_modality_assess_again(const CcModalityScope *scope, const char *text,
                                    gsize sentence_start, gsize sentence_end, gsize match_start,
                                    gsize match_end, char **attribution);
void cc_modality_scope_forget(const CcModalityScope *scope);
/* The speakers the attribution patterns find in text[start, end) that name
 * someone ("South Korea's spy agency", not "the agency"), in text order.
 * (transfer full) (element-type utf8) */
GPtrArray *cc_modality_named_speakers(const CcModalityScope *scope, const char *text, gsize start,
                                      gsize end);
/* The head noun of a speaker that names no one and points back with "the"
 * ("agency" of "the agency"), or NULL. (transfer full) */
char *cc_modality_definite_head(const char *who);
/* Does @speaker end in the noun @head, singular or plural? */
gboolean cc_modality_has_head(const char *speaker, const char *head);

/* Has PCRE2 found, compiling @pattern, what a match starts with (a first
 * code unit, a start of line, or a bitmap of first bytes)? Its search then
 * skips the places no match can start by itself. */
gboolean cc_pattern_knows_its_start(const CcPattern *pattern);

/* As cc_pattern_new(); sets *@too_large (may be NULL) when PCRE2 refuses
 * @regex because its compiled code would pass cc_pattern_compiled_limit(). */
CcPattern *cc_pattern_compile(const char *regex, gsize *error_offset, gboolean *too_large,
                              GError **error);

typedef struct _CcStartSet CcStartSet;

/* The pattern searched the other way: anchored attempts, in order, at the
 * places its start set (*@set) admits, which find what PCRE2's search
 * finds. The pattern compiled as \G(?:…), read and compiled on the first
 * call from any thread and shared by all; NULL where PCRE2 knows what a
 * match starts with, no set could be read, most bytes may start one, or
 * the anchored form does not compile: then search as usual. */
const CcPattern *cc_pattern_anchored(const CcPattern *pattern, const CcStartSet **set);
