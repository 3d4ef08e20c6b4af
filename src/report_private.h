/* SPDX-License-Identifier: MIT */
/* report_private.h: what report.c and report_html.c share. Never installed. */
#pragma once

#include <claimcheck/claimcheck.h>
#include <stdio.h>

/* A source as the reports list it: from a CcSource when one is given, else
 * from its claims (id and file only). */
typedef struct {
    char *id;
    char *file;
    char *title; /* NULL when unknown */
    char *date;  /* ISO, NULL when unknown */
    char *outlet; /* NULL when unknown */
    const CcSource *source; /* (nullable) (transfer none) */
} CcReportSourceRow;

/* (transfer full) (element-type CcReportSourceRow) sources first, in the
 * order given, then any source id seen only in the claims. */
GPtrArray *cc_report_source_rows(const CcComparison *cmp, GPtrArray *sources);
void cc_report_source_row_free(CcReportSourceRow *row);
/* "Conflicts", "Disputed", …: the heading a finding type is shown under. */
const char *cc_report_section_title(CcRelationType type);
/* Flushes @out; CC_ERROR_IO when the stream has failed. */
gboolean cc_report_check_stream(FILE *out, GError **error);
/* What the comparison summarised: the keys related across clusters only,
 * their pairs and the relations written, as one sentence. (transfer full) */
char *cc_report_summarised_note(const CcComparison *cmp);

/* @singular when @n is 1, else @plural: "1 claim", "2 claims", "0 claims". */
#define PLURAL(n, singular, plural) ((n) == 1 ? (singular) : (plural))

/* What a comparison holds, counted once for every writer's summary. */
typedef struct {
    guint claims, sources, keys;
    guint keys_in_conflict;                       /* keys with a conflict finding */
    guint findings[CC_RELATION_UNCORROBORATED + 1]; /* by CcRelationType */
} CcReportCounts;

/* @rows: from cc_report_source_rows(). */
void cc_report_count(const CcComparison *cmp, GPtrArray *rows, CcReportCounts *counts);
