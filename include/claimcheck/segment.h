/* SPDX-License-Identifier: MIT */
/* segment.h: sentence segmentation that survives abbreviations ("U.S.",
 * "Mr.", "Feb.", "No. 2"), decimals, quotes and ellipses. */
#pragma once

#include <claimcheck/export.h>
#include <claimcheck/lexicon.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct {
    gsize start; /* byte offsets, end exclusive, trimmed of white space */
    gsize end;
} CcSpan;

/* Splits @text[start, end) into sentences. Abbreviations come from the
 * lexicon's `abbreviations` table when @lexicon is not NULL, on top of a
 * small built-in list. Line breaks after a line without final punctuation
 * (a headline) end a sentence too; so does a blank line.
 * (transfer full) (element-type CcSpan) */
CC_API GArray *cc_segment_sentences(const CcLexicon *lexicon, const char *text, gsize start,
                                    gsize end);

G_END_DECLS
