/* SPDX-License-Identifier: MIT */
/* compare.h: the comparator. Lines up records that share a claim key
 * across sources and types every cross-source pair (DESIGN.md "Findings"),
 * then groups the pairs into findings for people. Sees records only.
 *
 * Relations and findings are kept compact: a relation is two record
 * positions, a type and a note; the sentences a person reads ("why", a
 * finding's summary and detail) are written on demand by the functions
 * below, never stored per pair. */
#pragma once

#include <claimcheck/export.h>
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
    guint32 a, b;   /* positions in cc_comparison_claims(), a < b */
    guint8 type;    /* CcRelationType */
    guint8 note;    /* private: what the comparator needs to write why again */
} CcRelation;

/* What most independent sources support for one key: the band of values
 * where the largest number of distinct sources' claims (widened by their
 * tolerance) meet, the claims that support it and those outside it. Only
 * plain claims count: not disputed, negated or hypothetical, of the key's
 * most common scope. For a running total (every counted claim cumulative)
 * the band is the one the claims of its latest moment support (dated
 * within their window of the latest as_of), and earlier figures below it
 * are its history, not outliers. */
typedef struct {
    char *key;
    CcValue band;          /* meet of the supporters' intervals (their span when they only
                              meet through the tolerance) */
    guint sources;         /* distinct sources supporting the band */
    guint outlier_sources; /* distinct sources with a plain claim outside it */
    GPtrArray *support;    /* (element-type CcClaim) (transfer none) */
    GPtrArray *outliers;   /* (element-type CcClaim) (transfer none) */
    GPtrArray *history;    /* (element-type CcClaim) (transfer none) a running total's
                              earlier figures below the band, in claim order; else empty */
} CcConsensus;

/* A finding's summary and detail are written by cc_finding_summary() and
 * cc_finding_detail(). */
typedef struct {
    CcRelationType type;
    const char *key;                /* (transfer none) */
    const CcClaim *const *claims;   /* (array length=n_claims) (transfer none) in claim order */
    guint n_claims;
    const CcConsensus *consensus;   /* (nullable) (transfer none) the key's, shared */
} CcFinding;

/* A key whose relations were limited to pairs across clusters of values. */
typedef struct {
    const char *key; /* (transfer none) */
    guint claims;    /* records on the key */
    guint64 pairs;   /* their cross-source pairs */
    guint clusters;  /* clusters their plain values fell into */
    guint written;   /* relations written for the key */
} CcSummarisedKey;

typedef struct {
    double default_tolerance;   /* relative, when a record carries none (0.05) */
    guint default_window_days;  /* when a record carries none (30) */
    guint max_pairs_per_key;    /* above this, relations only across clusters (50,000) */
    guint max_relations;        /* budget of relations over all keys (1,000,000): when the
                                   cross-source pairs exceed it, the keys with most pairs
                                   are related across clusters only */
} CcCompareOptions;

typedef struct _CcComparison CcComparison;

CC_API void cc_compare_options_init(CcCompareOptions *options);

/* Compares @claims (records of any number of sources). The comparison
 * takes a reference on the array. (transfer full) */
CC_API CcComparison *cc_compare(GPtrArray *claims, const CcCompareOptions *options);
/* Compares @claims relating only the cross-source pairs of which exactly
 * one claim is in @focus (a set of claims by pointer: a draft's against
 * its references), every such pair whatever the budget, and only the keys
 * the focus speaks of. The set is read during the call only. (transfer full) */
CC_API CcComparison *cc_compare_focused(GPtrArray *claims, GHashTable *focus,
                                        const CcCompareOptions *options);
CC_API void cc_comparison_free(CcComparison *comparison);

/* (transfer none) (element-type CcClaim) sorted by source then offset */
CC_API GPtrArray *cc_comparison_claims(const CcComparison *comparison);
/* (transfer none) (element-type CcRelation) in claim order of a, then b */
CC_API GArray *cc_comparison_relations(const CcComparison *comparison);
/* The relation's sides. (transfer none) */
CC_API const CcClaim *cc_relation_claim_a(const CcComparison *comparison,
                                          const CcRelation *relation);
CC_API const CcClaim *cc_relation_claim_b(const CcComparison *comparison,
                                          const CcRelation *relation);
/* The one sentence saying why: both claims as written, who said each, and
 * the reason with the tolerance applied. (transfer full) */
CC_API char *cc_relation_why(const CcComparison *comparison, const CcRelation *relation);
/* (transfer none) (element-type CcFinding) conflicts first */
CC_API GPtrArray *cc_comparison_findings(const CcComparison *comparison);
/* One sentence for people. (transfer full) */
CC_API char *cc_finding_summary(const CcComparison *comparison, const CcFinding *finding);
/* One line per relation behind the finding (at most 20, then how many
 * more). The key's consensus is not repeated here: it is the key's, written
 * once per key by cc_consensus_sentence(). (transfer full) */
CC_API char *cc_finding_detail(const CcComparison *comparison, const CcFinding *finding);
/* "Consensus: BAND, supported by N sources (ids); M sources outside it
 * (id: value, … at most 10, and how many more)." (transfer full) */
CC_API char *cc_consensus_sentence(const CcConsensus *consensus);
/* The same without the lists: the band and the counts. (transfer full) */
CC_API char *cc_consensus_brief(const CcConsensus *consensus);
/* (transfer none) (element-type CcConsensus) one per key with plain values,
 * in key order */
CC_API GPtrArray *cc_comparison_consensus(const CcComparison *comparison);
/* TRUE when relations were limited to pairs across clusters for some key. */
CC_API gboolean cc_comparison_relations_limited(const CcComparison *comparison);
/* (transfer none) (element-type CcSummarisedKey) the keys so limited, in
 * key order; empty when none. */
CC_API GArray *cc_comparison_summarised(const CcComparison *comparison);

CC_API const char *cc_relation_type_to_string(CcRelationType type);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcComparison, cc_comparison_free)

G_END_DECLS
