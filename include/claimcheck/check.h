/* SPDX-License-Identifier: MIT */
/* check.h: an editor's check of a draft against reference sources. Each
 * claim of the draft is judged against the consensus of the references
 * that speak of the same thing, and comes out as a diagnostic with a
 * severity, the way a compiler reports a line. */
#pragma once

#include <claimcheck/export.h>
#include <claimcheck/claim.h>
#include <claimcheck/compare.h>
#include <claimcheck/lexicon.h>
#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

typedef enum {
    CC_SEVERITY_NOTE = 0,
    CC_SEVERITY_WARNING,
    CC_SEVERITY_ERROR,
} CcSeverity;

/* Why a diagnostic was raised; also its SARIF rule id. */
typedef enum {
    CC_CHECK_CONFLICT = 0,   /* the draft conflicts with the references' consensus */
    CC_CHECK_DISPUTED,       /* the draft states a figure the references report as disputed */
    CC_CHECK_SPLIT,          /* the references are split; the draft sides with one part */
    CC_CHECK_OUTLIER,        /* a lone reference disagrees with the draft and the others */
    CC_CHECK_SINGLE,         /* only one reference makes the claim */
    CC_CHECK_UNCOVERED,      /* no reference speaks of it */
    CC_CHECK_AGREED,         /* the references agree with the draft (not printed by default) */
} CcCheckKind;

/* How many reference claims a diagnostic lists on each side unless told:
 * the latest, the rest counted. */
#define CC_CHECK_LISTED 10

typedef struct {
    CcSeverity severity;
    CcCheckKind kind;
    const CcClaim *claim;   /* the draft's claim (transfer none) */
    /* Reference claims that agree and that conflict (element-type CcClaim)
     * (transfer none): the latest first (as_of, undated last, then source
     * id and place), at most CcCheckOptions.listed of each. A source that
     * gives a figure of each kind is counted as agreeing, and its
     * conflicting claims are not listed. */
    GPtrArray *supporting;
    GPtrArray *opposing;
    char *message;          /* one line, without the location */
    gboolean suppressed;    /* silenced by a suppression; kept for the summary */
    guint supporting_more;  /* agreeing claims not listed */
    guint opposing_more;    /* conflicting claims not listed */
} CcDiagnostic;

typedef struct {
    gboolean strict; /* warnings count as errors */
    CcCompareOptions compare;
    guint listed;    /* reference claims listed on each side; 0: all (default CC_CHECK_LISTED) */
    /* (nullable) (transfer none) The words that tell the country a
     * speaker speaks for, as data: a rule set's lexicon
     * (cc_ruleset_lexicon()), read through its tables `speaker_countries`
     * (PHRASE = PARTY), and `entities` for the phrases `parties` lists,
     * by whole words ("Seoul", "South Korea's spy agency": south_korea).
     * A figure the draft gives to a named speaker whom the references
     * never quote on it, and who give it only to speakers of another
     * country, is then an error. NULL (the default): no speaker's country
     * is known, and that rule is off. Read only while a check runs. */
    const CcLexicon *speakers;
} CcCheckOptions;

/* What a claim store left unread for one draft claim (cc_store_claims_for_check):
 * @claims reference claims from @sources sources, every one of which agrees
 * with the draft claim (none conflicts, none is disputed), none as late as
 * the claims a diagnostic lists, and none of whose sources gave a claim that
 * was read; and @opposing_claims claims from @opposing_sources sources that
 * each conflict with it and are all their source says on the key (a source
 * may give several), none as late as the claims a diagnostic lists. Allocate it zeroed (g_new0): a
 * table filled by other code than the store's leaves the opposing counts 0. */
typedef struct {
    guint claims;
    guint sources;
    guint opposing_claims;
    guint opposing_sources;
} CcCheckUnread;

typedef struct _CcCheck CcCheck;

CC_API void cc_check_options_init(CcCheckOptions *options);

/* Judges every claim of @draft against @references. Both arrays are
 * referenced, not copied. (transfer full) */
CC_API CcCheck *cc_check_run(GPtrArray *draft, GPtrArray *references,
                             const CcCheckOptions *options);
CC_API void cc_check_free(CcCheck *check);

/* Whether @reference can relate to @draft other than as not comparable for
 * speaking of moments further apart than their window: always for running
 * totals, denials, disputed figures, undated claims and values that are
 * not numbers. */
CC_API gboolean cc_check_in_reach(const CcClaim *draft, const CcClaim *reference,
                           const CcCompareOptions *options);

/* The references (transfer container) that a check of @draft needs: those
 * on a key of the draft, of another source than the draft's, in reach of
 * one of the draft's claims on the key, and every claim on the key of a
 * source that denies a figure there. Adds to @keys_referenced (may be
 * NULL; @draft's key strings) every key a reference of another source
 * speaks of, in reach or not. The diagnostics of cc_check_run_in_reach
 * over what it keeps equal those of cc_check_run over all @references; the
 * relations left out are the ones "not comparable" for time. */
CC_API GPtrArray *cc_check_references_in_reach(GPtrArray *draft, GPtrArray *references,
                                        const CcCompareOptions *options,
                                        GHashTable *keys_referenced);

/* cc_check_run over references chosen by cc_check_references_in_reach (or
 * cc_store_claims_for_draft): a draft claim none of them relates to is
 * still "spoken of at other times" when @keys_referenced holds its key.
 * (transfer full) */
CC_API CcCheck *cc_check_run_in_reach(GPtrArray *draft, GPtrArray *references,
                               GHashTable *keys_referenced, const CcCheckOptions *options);

/* cc_check_run_in_reach with, for the draft claims @unread holds (CcClaim
 * -> CcCheckUnread, may be NULL), the claims a store did not read counted
 * on their side: the same diagnostics as over every claim. (transfer full) */
CC_API CcCheck *cc_check_run_summarised(GPtrArray *draft, GPtrArray *references,
                                        GHashTable *keys_referenced, GHashTable *unread,
                                        const CcCheckOptions *options);

/* (transfer none) (element-type CcDiagnostic) in draft order */
CC_API GPtrArray *cc_check_diagnostics(const CcCheck *check);
/* The comparison of draft and references behind the diagnostics. (transfer none) */
CC_API const CcComparison *cc_check_comparison(const CcCheck *check);

/* Marks the diagnostics of claims of @predicate (or of any predicate when
 * NULL) on 1-based @line as suppressed; returns how many it marked. */
CC_API guint cc_check_suppress(CcCheck *check, guint line, const char *predicate);

/* The highest severity among diagnostics not suppressed; -1 when none. */
CC_API int cc_check_max_severity(const CcCheck *check);

CC_API const char *cc_check_kind_to_string(CcCheckKind kind);
CC_API const char *cc_severity_to_string(CcSeverity severity);

/* "DRAFT:LINE:COL: error: MESSAGE", then the draft's line with a caret
 * under the claim, as compilers print. @draft_text is the draft as read. */
CC_API gboolean cc_check_write_diag(FILE *out, const CcCheck *check, const char *draft_text,
                             gsize draft_len, gboolean color, GError **error);
/* cc_check_write_diag, and under each diagnostic the reference claims
 * behind its verdict, one a line: "= SOURCE disagrees: 'TEXT' (VALUE, says
 * WHO, as of DAY) at FILE:LINE:COL", those that disagree first. */
CC_API gboolean cc_check_write_explained(FILE *out, const CcCheck *check, const char *draft_text,
                                  gsize draft_len, gboolean color, GError **error);
/* SARIF 2.1.0: one result per diagnostic, references as related locations. */
CC_API gboolean cc_check_write_sarif(FILE *out, const CcCheck *check, const char *draft_text,
                                     gsize draft_len, GError **error);
/* The draft's claims, the diagnostics and the relations that involve the
 * draft, as one JSON object. */
CC_API gboolean cc_check_write_json(FILE *out, const CcCheck *check, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcCheck, cc_check_free)

G_END_DECLS
