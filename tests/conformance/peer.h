/* SPDX-License-Identifier: MIT */
/* peer.h: the peer conformance suites (Recognizers-Text specs, NewsQuant)
 * as read from the JSON Lines files in ../shared/peer-specs, and the scoring rules that
 * decide whether a claimcheck record says what a suite expects. */
#pragma once

#include <claimcheck/claim.h>
#include <claimcheck/value.h>
#include <glib.h>

G_BEGIN_DECLS

/* An expected interval as a suite writes it. Numbers as numbers, dates as
 * Julian day numbers (inclusive); a missing end is open (null). */
typedef struct {
    CcValueKind kind; /* CC_VALUE_NUMBER or CC_VALUE_DATE */
    gboolean has_low, has_high;
    double low, high;
    gboolean low_open, high_open; /* the suite excludes the bound itself */
} PeerInterval;

typedef struct {
    char *text;        /* NULL in NewsQuant */
    gboolean has_span; /* FALSE in NewsQuant */
    gsize start, end;  /* UTF-8 byte offsets into the input, end exclusive */
    PeerInterval value;
    GArray *alternatives; /* (element-type PeerInterval) other accepted readings, or NULL */
    char *unit;           /* the suite's unit name, or NULL */
    char *change;         /* NewsQuant: "=", "~", ">", "<", "up", "down"; else NULL */
    /* The suite finds the text but resolves no value ("feb 30 2019": its
     * low and high read "not resolv…"): right when no record overlaps it. */
    gboolean unresolved;
} PeerEntity;

typedef struct {
    char *suite;
    gint64 id;
    char *input;
    guint32 ref_day;  /* Julian day the case resolves relative dates against */
    GPtrArray *expect; /* (element-type PeerEntity) */
    guint line;        /* line in the suite file */
} PeerCase;

typedef struct {
    char *name;  /* the file's base name without ".jsonl" */
    char *path;
    GPtrArray *cases; /* (element-type PeerCase) */
    gboolean spans;   /* TRUE: entities have spans (Recognizers-Text); FALSE: CQE scoring */
} PeerSuite;

/* The reference date of a case that names none (Recognizers-Text's own). */
#define PEER_DEFAULT_REF_DATE "2016-11-07"

/* Reads one suite file. Errors are "path:line:col: message". (transfer full) */
PeerSuite *peer_suite_load(const char *path, GError **error);
void peer_suite_free(PeerSuite *suite);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(PeerSuite, peer_suite_free)

/* Every "*.jsonl" below @dir, sorted by name. (transfer full) (element-type utf8) */
GPtrArray *peer_suite_paths(const char *dir, GError **error);

/* How a record's value compares with an expected interval. */
typedef enum {
    PEER_DIFFERENT = 0,
    PEER_EQUAL,
    /* Differs only by a reading claimcheck keeps on purpose: a lower bound
     * ("as many as 30" is [0, 30], "nearly 5,000" is [4500, 5000]) where
     * the suite leaves the low end open. Reported apart, not counted found. */
    PEER_KNOWN_DIFFERENCE,
} PeerVerdict;

/* Interval equality as the conformance report counts it:
 * - the kinds agree (a number is never a date);
 * - an open end equals an open end (null) only;
 * - a strict bound N and a closed bound N are the same; so is a strict
 *   integer bound N and the closed bound N+1 (low) or N-1 (high), the way
 *   DESIGN.md writes "more than 3,000" as [3001, open];
 * - numbers agree within a relative 1e-6; a percentage may be N or N/100;
 *   a converted unit may match on the figure as written (orig_low/high);
 * - dates agree to the day. */
PeerVerdict peer_value_compare(const PeerInterval *expected, const CcValue *got);

/* As peer_value_compare, against the entity's value and then each of its
 * alternatives; the best verdict wins. */
PeerVerdict peer_entity_compare(const PeerEntity *entity, const CcValue *got);

/* TRUE when [a_start, a_end) and [b_start, b_end) share a byte. */
gboolean peer_spans_overlap(gsize a_start, gsize a_end, gsize b_start, gsize b_end);

/* The CQE evaluation's value test for one gold value against one record:
 * a gold range [low, high] (low < high) needs a record with both bounds
 * equal to it; a gold single value N needs a record that is exactly N, or,
 * when the gold marks it as a bound (">" : the record's low end, "<" : its
 * high end, "~" : either), a record whose bound is N — CQE itself scores
 * "more than 60" as the value 60 with change ">". Date records never match. */
gboolean peer_cqe_value_matches(const PeerEntity *gold, const CcValue *got);

/* Matches gold values to predicted values one to one (a maximum matching:
 * each gold value counts at most once, each prediction at most once).
 * @gold_match[i] is set to the index of the prediction matched to gold i,
 * or -1; @pred_match[j] likewise. Returns the number of matches.
 * @preds: (element-type CcValue) */
guint peer_cqe_match(GPtrArray *gold, GPtrArray *preds, int *gold_match, int *pred_match);

/* Per-case outcome on a span suite. */
typedef enum {
    PEER_FOUND = 0,
    PEER_MISSED,      /* no record overlaps the expected span */
    PEER_WRONG_VALUE, /* records overlap, none with the expected interval */
    PEER_KNOWN,       /* an overlapping record differs only by a known reading */
} PeerOutcome;

/* Scores one expected entity against the records of its case; @witness is
 * set to the matching record (FOUND, KNOWN) or the first overlapping one
 * (WRONG_VALUE), NULL for MISSED. An unresolved entity is FOUND when no
 * record overlaps it, WRONG_VALUE when one does. @records: (element-type CcClaim) */
PeerOutcome peer_entity_outcome(const PeerEntity *entity, GPtrArray *records,
                                const CcClaim **witness);
/* TRUE when @record overlaps none of @expect's spans (a spurious record). */
gboolean peer_record_spurious(const CcClaim *record, GPtrArray *expect);

/* "[20, 30)", "[2016-10-02, 2016-10-02]", "(null, 700]". (transfer full) */
char *peer_interval_to_string(const PeerInterval *interval);
/* A record's value in the same notation, strict ends as ( ). (transfer full) */
char *peer_value_to_string(const CcValue *value);

G_END_DECLS
