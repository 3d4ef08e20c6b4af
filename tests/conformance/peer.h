/* SPDX-License-Identifier: MIT */
/* peer.h: the peer conformance suites (Recognizers-Text specs, NewsQuant)
 * as read from the JSON Lines files in ../shared/peer-specs, and the scoring rules that
 * decide whether a claimcheck record says what a suite expects. */
#pragma once

#include <claimcheck/claim.h>
#include <claimcheck/lexicon.h>
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
    /* A unit entity (PercentModel, DimensionModel, CurrencyModel): found only
     * by a record that carries the canonical unit the suite's unit converts
     * to by claimcheck's own `units` lexicon, with the figure converted by
     * the lexicon's factor. Set by peer_entity_resolve_unit. */
    gboolean needs_unit;
    const char *canon_unit; /* interned; NULL: claimcheck has no such unit */
    double factor;          /* suite figure * factor = canonical figure */
    const char *unit_phrase; /* the lexicon phrase the suite's unit was read as */
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

/* The phrase of claimcheck's `units` lexicon that names the unit a suite
 * calls @unit ("Mile" -> "mile", "United States dollar" -> "usd"; in
 * CurrencyModel "Pound" is sterling, "£", in DimensionModel a weight).
 * The suite's name, lower-cased, when no other is listed. (transfer none) */
const char *peer_unit_phrase(const char *suite, const char *unit);

/* Makes @entity a unit entity when it has a unit: looks the phrase of its
 * unit up in @lexicon's `units` table and keeps the canonical unit and
 * factor there ("mile" = "m 1609.344"). An entity whose unit the lexicon
 * lacks stays a unit entity with no canonical unit: nothing matches it. */
void peer_entity_resolve_unit(PeerEntity *entity, const char *suite, const CcLexicon *lexicon);

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
 * alternatives; the best verdict wins. A unit entity (needs_unit) compares
 * only with a record whose unit is its canonical unit, figure against
 * figure in that unit (the suite's times the lexicon's factor): a record
 * with no unit or another one is PEER_DIFFERENT. */
PeerVerdict peer_entity_compare(const PeerEntity *entity, const CcValue *got);

/* TRUE when [a_start, a_end) and [b_start, b_end) share a byte. */
gboolean peer_spans_overlap(gsize a_start, gsize a_end, gsize b_start, gsize b_end);

/* The CQE evaluation's value test for one gold value against one record:
 * a gold range [low, high] (low < high) needs a record with both bounds
 * equal to it; a gold single value N needs a record that is exactly N, or,
 * when the gold marks it as a bound (">" : the record's low end, "<" : its
 * high end, "~" : either), a record whose bound is N — CQE itself scores
 * "more than 60" as the value 60 with change ">". A gold [X, Y] with X > Y
 * is a fall from X to Y: it needs a record of the change, the value Y with
 * `from` X (in the record's unit or as stated). Date records never match. */
gboolean peer_cqe_value_matches(const PeerEntity *gold, const CcValue *got);

/* Matches gold values to predicted values one to one (a maximum matching:
 * each gold value counts at most once, each prediction at most once).
 * @gold_match[i] is set to the index of the prediction matched to gold i,
 * or -1; @pred_match[j] likewise. Returns the number of matches.
 * @preds: (element-type CcValue) */
guint peer_cqe_match(GPtrArray *gold, GPtrArray *preds, int *gold_match, int *pred_match);

/* One sentence scored by CQE's protocol. A change to one figure ("rose to
 * $7.36 billion from $6.78 billion", value 7.36e9 from 6.78e9) states two
 * figures: the one it started from is a prediction of its own, unless the
 * change matches a gold change as one ("fell from $2,415 to $2,315" is
 * the gold [2415, 2315]). A rise read as the span it covers holds its
 * start already and is one prediction. */
typedef struct {
    guint matched, predicted;
    GPtrArray *preds;  /* (element-type CcValue) the predictions, the start figures owned */
    GArray *origin;    /* (element-type guint) the value each prediction comes from */
    int *gold_match;   /* per gold: the prediction matched, or -1 */
    int *pred_match;   /* per prediction: the gold matched, -1, or G_MAXINT when it
                        * is a start figure not counted (its change matched as one) */
    GPtrArray *owned;
} PeerCqeScore;

/* Scores @values (element-type CcValue, the sentence's quantity records)
 * against @gold. (transfer full) */
PeerCqeScore *peer_cqe_score(GPtrArray *gold, GPtrArray *values);
void peer_cqe_score_free(PeerCqeScore *score);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(PeerCqeScore, peer_cqe_score_free)

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
