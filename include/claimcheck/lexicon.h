/* SPDX-License-Identifier: MIT */
/* lexicon.h: the word lists of a rule set, kept as data. A lexicon is a
 * named table of phrases (matched case-insensitively, white space folded)
 * with an optional value string each. The tables the normalizers, the
 * segmenter and the modality scope read are listed in rules/README.md. */
#pragma once

#include <claimcheck/export.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _CcLexicon CcLexicon;

typedef struct {
    const char *phrase; /* lower-cased, single spaces */
    const char *value;  /* "" when the entry has none */
    const char *file;   /* where it was defined */
    guint line;
} CcLexiconEntry;

/* (transfer full) */
CC_API CcLexicon *cc_lexicon_new(void);
CC_API void cc_lexicon_free(CcLexicon *lexicon);

/* Adds @phrase to @table. Known tables check their values (a number for
 * number_words, "LOW HIGH" for vague, …) and fail with CC_ERROR_RULE_SYNTAX
 * and a message without position, which the caller prefixes. A phrase
 * defined twice in one table keeps the later value. */
CC_API gboolean cc_lexicon_add(CcLexicon *lexicon, const char *table, const char *phrase,
                               const char *value, const char *file, guint line, GError **error);

/* Looks up @phrase (any case, any white space) in @table; NULL if absent.
 * (transfer none) */
CC_API const CcLexiconEntry *cc_lexicon_lookup(const CcLexicon *lexicon, const char *table,
                                               const char *phrase, gssize len);

CC_API gboolean cc_lexicon_has_table(const CcLexicon *lexicon, const char *table);
/* Entries of @table, longest phrase first, or NULL if no such table.
 * (transfer none) (element-type CcLexiconEntry) */
CC_API GPtrArray *cc_lexicon_entries(const CcLexicon *lexicon, const char *table);
/* Table names, sorted. (transfer container) */
CC_API GPtrArray *cc_lexicon_tables(const CcLexicon *lexicon);

/* A regular-expression alternation of every phrase of @table, longest
 * first, metacharacters escaped, spaces as \s+ : "(?:tens of thousands|…)".
 * NULL if the table does not exist. (transfer full) */
CC_API char *cc_lexicon_to_regex(const CcLexicon *lexicon, const char *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcLexicon, cc_lexicon_free)

G_END_DECLS
