/* SPDX-License-Identifier: MIT */
/* extract.h: the engine. Runs a compiled rule set over a source: sentences,
 * a mention pass, rule matches, normalization, modality, records. */
#pragma once

#include <claimcheck/export.h>
#include <claimcheck/claim.h>
#include <claimcheck/rules.h>
#include <claimcheck/source.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct {
    guint32 ref_day;   /* overrides the document's date (--date); 0 = use the document's */
    gboolean all;      /* keep the generic pack's "value" records too */
    /* Say which words filled each frame record's slots (CcClaim.explain);
     * with @misses non-NULL, also append a line (element-type utf8) for
     * every value mention no frame took: the frame that came closest and
     * the slot it lacked, "LINE:COL: frame …". */
    gboolean explain;
    GPtrArray *misses;
} CcExtractOptions;

typedef struct _CcExtractor CcExtractor;

/* One extractor per thread; @rules must be compiled and outlive it.
 * (transfer full) */
CC_API CcExtractor *cc_extractor_new(const CcRuleSet *rules);
CC_API void cc_extractor_free(CcExtractor *extractor);

/* Records of @source in document order. Overlapping matches of one
 * predicate keep the longest; a rule whose pattern hits PCRE2's limits is
 * named in a warning through @warnings (may be NULL) and the run goes on.
 * (transfer full) (element-type CcClaim) */
CC_API GPtrArray *cc_extract(CcExtractor *extractor, CcSource *source,
                             const CcExtractOptions *options, GPtrArray *warnings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcExtractor, cc_extractor_free)

G_END_DECLS
