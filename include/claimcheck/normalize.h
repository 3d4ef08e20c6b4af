/* SPDX-License-Identifier: MIT */
/* normalize.h: turns the text of a value mention into a value interval.
 * Pure functions of the text, the reference date and the lexicon: no
 * regex is compiled here and nothing is allocated per character. */
#pragma once

#include <claimcheck/export.h>
#include <claimcheck/lexicon.h>
#include <claimcheck/value.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _CcNormalizer CcNormalizer;

/* Builds typed lookup tables from the lexicon's tables (number_words,
 * ordinal_words, scale_words, vague, approximators, bounds, units, months,
 * weekdays, weekday_short, relative_dates, date_parts, holidays). The
 * lexicon must outlive it.
 * (transfer full) */
CC_API CcNormalizer *cc_normalizer_new(const CcLexicon *lexicon);
CC_API void cc_normalizer_free(CcNormalizer *normalizer);

/* Reads a quantity: "11,000", "about 11,000", "1.2 million", "11k",
 * "twenty-six", "thousands", "between 10,000 and 12,000", "more than 3,000",
 * "152mm", "$6 billion", "40%". A unit written in the text is canonicalized
 * through the `units` table into value->unit (converting the figure, the
 * original kept); otherwise value->unit is NULL. FALSE when the text holds
 * no quantity it understands. */
CC_API gboolean cc_normalize_quantity(const CcNormalizer *normalizer, const char *text, gsize len,
                                      CcValue *value);

/* Reads a date or date range: "24 February 2022", "Feb. 24", "2022-02-24",
 * "February 2022", "in 2022", "early December 2024", "last October",
 * "on Monday", "this month", "Christmas 2023", "last easter", "3 weeks
 * after Thanksgiving", "more than 2 weeks before today". Relative and
 * year-less dates resolve against @ref_day (a Julian day number; 0 =
 * unknown, in which case they fail); a holiday without a year is its
 * occurrence nearest @ref_day.
 * FALSE when the text holds no date it understands. */
CC_API gboolean cc_normalize_date(const CcNormalizer *normalizer, const char *text, gsize len,
                                  guint32 ref_day, CcValue *value);

/* Resolves an entity name through the `entities` table ("Pyongyang" ->
 * "north_korea"); otherwise returns a slug of the text (lower case,
 * runs of non-alphanumerics as "_"). (transfer full) */
CC_API char *cc_normalize_entity(const CcNormalizer *normalizer, const char *text, gsize len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcNormalizer, cc_normalizer_free)

G_END_DECLS
