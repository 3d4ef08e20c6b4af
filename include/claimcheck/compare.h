/* compare.h: the comparator. Lines up records that share a claim key
 * across sources and types every cross-source pair (DESIGN.md "Findings"),
 * then groups the pairs into findings for people. Sees records only. */
#pragma once

#include <claimcheck/claim.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
    CC_RELATION_AGREEMENT = 0,
    CC_RELATION_COMPATIBLE,
    CC_RELATION_CONFLICT,
    CC_RELATION_DISPUTED,
    CC_RELATION_UPDATE,
    CC_RELATION_NOT_COMPARABLE,
    CC_RELATION_UNCORROBORATED, /* findings only: a key held by one source */
} CcRelationType;

typedef struct {
    const CcClaim *a; /* (transfer none) owned by the comparison */
    const CcClaim *b;
    CcRelationType type;
    char *why; /* one sentence a person can check */
} CcRelation;

/* What most independent sources support for one key: the band of values
 * where the largest number of distinct sources' claims (widened by their
 * tolerance) meet, the claims that support it and those outside it. Only
 * plain claims count: not disputed, negated or hypothetical, of the key's
 * most common scope. */
typedef struct {
    char *key;
    CcValue band;          /* meet of the supporters' intervals (their span when they only
                              meet through the tolerance) */
    guint sources;         /* distinct sources supporting the band */
    guint outlier_sources; /* distinct sources with a plain claim outside it */
    GPtrArray *support;    /* (element-type CcClaim) (transfer none) */
    GPtrArray *outliers;   /* (element-type CcClaim) (transfer none) */
} CcConsensus;

typedef struct {
    CcRelationType type;
    char *key;
    GPtrArray *claims; /* (element-type CcClaim) (transfer none) */
    char *summary;
    char *detail; /* one line per relation behind the finding, then the consensus */
    const CcConsensus *consensus; /* (nullable) (transfer none) the key's, shared */
} CcFinding;

typedef struct {
    double default_tolerance;   /* relative, when a record carries none (0.05) */
    guint default_window_days;  /* when a record carries none (30) */
    guint max_pairs_per_key;    /* above this, relations only across clusters (50,000) */
} CcCompareOptions;

typedef struct _CcComparison CcComparison;

void cc_compare_options_init(CcCompareOptions *options);

/* Compares @claims (records of any number of sources). The comparison
 * takes a reference on the array. (transfer full) */
CcComparison *cc_compare(GPtrArray *claims, const CcCompareOptions *options);
void cc_comparison_free(CcComparison *comparison);

/* (transfer none) (element-type CcClaim) sorted by source then offset */
GPtrArray *cc_comparison_claims(const CcComparison *comparison);
/* (transfer none) (element-type CcRelation) */
GPtrArray *cc_comparison_relations(const CcComparison *comparison);
/* (transfer none) (element-type CcFinding) conflicts first */
GPtrArray *cc_comparison_findings(const CcComparison *comparison);
/* (transfer none) (element-type CcConsensus) one per key with plain values,
 * in key order */
GPtrArray *cc_comparison_consensus(const CcComparison *comparison);
/* TRUE when relations were limited to pairs across clusters for some key. */
gboolean cc_comparison_relations_limited(const CcComparison *comparison);

const char *cc_relation_type_to_string(CcRelationType type);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcComparison, cc_comparison_free)

G_END_DECLS
