/* SPDX-License-Identifier: MIT */
/* report.h: writers for people and for programs — the extract table and
 * JSON Lines, the compare object as JSON, text and HTML. */
#pragma once

#include <claimcheck/export.h>
#include <claimcheck/claim.h>
#include <claimcheck/compare.h>
#include <claimcheck/source.h>
#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

typedef struct {
    gboolean color; /* ANSI colour (the CLI decides: a terminal and no NO_COLOR) */
} CcReportOptions;

/* One record a line. */
CC_API gboolean cc_report_jsonl(FILE *out, GPtrArray *claims, GError **error);
/* A readable table: source, line:col, predicate, value as written and
 * normalized, modality, attribution. */
CC_API gboolean cc_report_table(FILE *out, GPtrArray *claims, const CcReportOptions *options,
                                GError **error);

/* @sources: (element-type CcSource) (nullable) for titles, dates and the
 * sentences shown in context. */
CC_API gboolean cc_report_compare_json(FILE *out, const CcComparison *comparison,
                                       GPtrArray *sources, GError **error);
/* The findings as JSON Lines, one object a line as in the JSON's
 * "findings", in key order (bytewise, as LC_ALL=C sort orders them) and
 * within a key in the comparison's order, each key's entry of the JSON's
 * "keys" (its consensus) on the line before its findings. Comparisons of
 * disjoint sets of keys thus concatenate, in key order, into the
 * comparison of them all. With @key_prefix each line starts "KEY<TAB>". */
CC_API gboolean cc_report_compare_jsonl(FILE *out, const CcComparison *comparison,
                                        gboolean key_prefix, GError **error);
CC_API gboolean cc_report_compare_text(FILE *out, const CcComparison *comparison,
                                       GPtrArray *sources, const CcReportOptions *options,
                                       GError **error);
CC_API gboolean cc_report_compare_html(FILE *out, const CcComparison *comparison,
                                       GPtrArray *sources, GError **error);

G_END_DECLS
