/* compare.c: the comparator (placeholder until the module lands). */
#include "internal.h"

void cc_compare_options_init(CcCompareOptions *options)
{
    (void)options;
}

CcComparison *cc_compare(GPtrArray *claims, const CcCompareOptions *options)
{
    (void)claims;
    (void)options;
    return NULL;
}

void cc_comparison_free(CcComparison *comparison)
{
    (void)comparison;
}

GPtrArray *cc_comparison_claims(const CcComparison *comparison)
{
    (void)comparison;
    return NULL;
}

GPtrArray *cc_comparison_relations(const CcComparison *comparison)
{
    (void)comparison;
    return NULL;
}

GPtrArray *cc_comparison_findings(const CcComparison *comparison)
{
    (void)comparison;
    return NULL;
}

gboolean cc_comparison_relations_limited(const CcComparison *comparison)
{
    (void)comparison;
    return FALSE;
}

const char *cc_relation_type_to_string(CcRelationType type)
{
    (void)type;
    return NULL;
}
