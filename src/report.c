/* report.c: report writers (placeholder until the module lands). */
#include "internal.h"

gboolean cc_report_jsonl(FILE *out, GPtrArray *claims, GError **error)
{
    (void)out;
    (void)claims;
    (void)error;
    return FALSE;
}

gboolean cc_report_table(FILE *out, GPtrArray *claims, const CcReportOptions *options, GError **error)
{
    (void)out;
    (void)claims;
    (void)options;
    (void)error;
    return FALSE;
}

gboolean cc_report_compare_json(FILE *out, const CcComparison *comparison, GPtrArray *sources, GError **error)
{
    (void)out;
    (void)comparison;
    (void)sources;
    (void)error;
    return FALSE;
}

gboolean cc_report_compare_text(FILE *out, const CcComparison *comparison, GPtrArray *sources, const CcReportOptions *options, GError **error)
{
    (void)out;
    (void)comparison;
    (void)sources;
    (void)options;
    (void)error;
    return FALSE;
}

gboolean cc_report_compare_html(FILE *out, const CcComparison *comparison, GPtrArray *sources, GError **error)
{
    (void)out;
    (void)comparison;
    (void)sources;
    (void)error;
    return FALSE;
}
