/* SPDX-License-Identifier: MIT */
/* startset.h: where a regex's matches can start, read from the regex. A
 * set of bytes that may open a match, and of bytes that may open one only
 * at a word boundary ("\bmay", "\b(?:jan|feb)"): a search need only try
 * the places the set admits, one anchored attempt at each, in order, and
 * finds what PCRE2's own search finds. Used only for the patterns PCRE2
 * knows no start for itself (no first code unit, no start bitmap: see
 * cc_pattern_knows_its_start()), such as subroutine calls into a
 * (?(DEFINE)…) block. Of the shipped rules that is the DATE grammar
 * (the value pass's dates with CLAIMCHECK_VALUE_PASS=regex, and the
 * generic value_date rule's unless CLAIMCHECK_GENERIC_VALUES=scan), the one place
 * left that reads regex syntax by hand; bench/README.md ("Anchors
 * declared, the start set kept") has what the set saves there, and why a
 * first-byte bitmap would not. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Letter pairs whose third byte a start set keeps. */
#define CC_START_THIRDS 96

struct _CcStartSet {
    guint8 anywhere[32]; /* bit c: a match may start with byte c */
    guint8 bounded[32];  /* bit c: a match may start with byte c after a \b */
    /* By ASCII letter (a-z, either case): the bytes that may follow it
     * when it opens a match anywhere ("(?:this|next){SP}+…" opens with
     * "th" or "ne" inside a word too); all 256 when anything may. */
    guint8 after[26][32];
    /* The same for a letter that opens a match after a \b. */
    guint8 after_bounded[26][32];
    /* The third byte, where two letters open a match as unquantified
     * literals ("th" of "this"): by opening (anywhere, after a \b), by
     * the two letters, 1 + the index in @third of the bytes that may come
     * next, or 0 when not known (anything may). */
    guint8 third_of[2][26][26];
    guint8 thirds;
    guint8 third[CC_START_THIRDS][32];
};
typedef struct _CcStartSet CcStartSet; /* also in internal.h */

/* Reads @regex (a PCRE2 pattern as compiled: UTF, caseless, not extended)
 * and fills @set. FALSE when the regex may match the empty string, holds
 * syntax the reader does not follow, or a verb that makes a search differ
 * from anchored attempts one place after another ((*SKIP), (*COMMIT),
 * (*PRUNE), (*THEN), (*ACCEPT), \G): then any place may start a match. */
gboolean cc_start_set_of(const char *regex, CcStartSet *set);

/* May a match of @set start at @text[i] (i < @len, a character's first
 * byte), @text[0] being the subject's first byte and @text[len] past its
 * end? A word boundary is PCRE2's without UCP: between an ASCII letter,
 * digit or '_' and anything else. */
gboolean cc_start_set_admits(const CcStartSet *set, const char *text, gsize len, gsize i);

/* How many of the 256 bytes may start a match anywhere, and after a word
 * boundary only. */
guint cc_start_set_count(const CcStartSet *set, guint *bounded);

G_END_DECLS
