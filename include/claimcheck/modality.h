/* SPDX-License-Identifier: MIT */
/* modality.h: how firmly a sentence states a claim, and who it says made
 * it, in the manner of NegEx/ConText: cues from the lexicon's `modality`
 * table, each acting on its side of the match up to a clause boundary
 * (`terminators`), and attribution patterns with a "who" group. */
#pragma once

#include <claimcheck/export.h>
#include <claimcheck/claim.h>
#include <claimcheck/lexicon.h>
#include <claimcheck/pattern.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _CcModalityScope CcModalityScope;

/* Prepares the cue tables. Both arguments must outlive the result;
 * @attributions may be NULL. A scope keeps its match data: one thread at a
 * time may use it. (transfer full) */
CC_API CcModalityScope *cc_modality_scope_new(const CcLexicon *lexicon, GPtrArray *attributions);
CC_API void cc_modality_scope_free(CcModalityScope *scope);

/* Judges the claim at @text[match_start, match_end) inside the sentence
 * @text[sentence_start, sentence_end). Sets *@attribution to who is said to
 * make the claim, or NULL. */
CC_API CcModality cc_modality_assess(const CcModalityScope *scope, const char *text,
                                     gsize sentence_start, gsize sentence_end, gsize match_start,
                                     gsize match_end, char **attribution);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcModalityScope, cc_modality_scope_free)

G_END_DECLS
