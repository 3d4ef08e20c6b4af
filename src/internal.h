/* internal.h: declarations shared between libclaimcheck's modules and
 * never installed. Keep it small: what one module needs of another belongs
 * in the public header unless it would freeze an implementation detail. */
#pragma once

#include <claimcheck/claimcheck.h>

#include <stdlib.h>
#include <string.h>

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

/* Has PCRE2 found, compiling @pattern, what a match starts with (a first
 * code unit, a start of line, or a bitmap of first bytes)? Its search then
 * skips the places no match can start by itself. */
gboolean cc_pattern_knows_its_start(const CcPattern *pattern);

typedef struct _CcStartSet CcStartSet;

/* The pattern searched the other way: anchored attempts, in order, at the
 * places its start set (*@set) admits, which find what PCRE2's search
 * finds. The pattern compiled as \G(?:…), read and compiled on the first
 * call from any thread and shared by all; NULL where PCRE2 knows what a
 * match starts with, no set could be read, most bytes may start one, or
 * the anchored form does not compile: then search as usual. */
const CcPattern *cc_pattern_anchored(const CcPattern *pattern, const CcStartSet **set);
