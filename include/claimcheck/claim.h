/* SPDX-License-Identifier: MIT */
/* claim.h: the claim record, as DESIGN.md's "Records" gives it, with its
 * JSON Lines form. A record owns its strings and keeps offsets into its
 * source, never pointers into a buffer. */
#pragma once

#include <claimcheck/export.h>
#include <claimcheck/value.h>
#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
    CC_MODALITY_ASSERTED = 0,
    CC_MODALITY_REPORTED,
    CC_MODALITY_HEDGED,
    CC_MODALITY_HYPOTHETICAL,
    CC_MODALITY_NEGATED,
    CC_MODALITY_DISPUTED,
} CcModality;

typedef enum {
    CC_CLAIM_QUANTITY = 0, /* value.kind NUMBER */
    CC_CLAIM_DATE,         /* value.kind DATE */
    CC_CLAIM_EVENT,        /* value.kind NONE */
} CcClaimType;

typedef struct {
    char *id;        /* "<source>#<n>", n counting from 1 in document order */
    char *source;    /* source id */
    char *file;      /* path as given */
    char *rule;      /* rule id */
    CcClaimType type;
    char *subject;
    char *predicate; /* "value" for the generic pack's records */
    char *object;    /* NULL when the rule has none */
    char *key;       /* "subject/predicate[/object]"; NULL for "value" records */
    char *scope;     /* what is counted, when a rule says ("weekly", "batch"); else NULL */
    CcValue value;
    char *text;      /* the value as written */
    gsize span_start, span_end; /* byte offsets into the file, end exclusive */
    guint line, column;         /* 1-based; column in characters */
    gsize sentence_start, sentence_end;
    CcModality modality;
    char *attribution; /* who the source says made the claim, or NULL */
    guint32 as_of;     /* Julian day, 0 = unknown: the first day of the date
                        * that governs the claim ("in March": March 1) */
    guint32 as_of_end; /* the last day of that date when it is longer than a
                        * day ("in March": March 31), else 0 */
    /* Comparison parameters carried from the rule, so that records read back
     * from JSON Lines compare as they would straight from extraction. */
    double tolerance;      /* relative (0.1 = 10 %) unless tolerance_abs */
    gboolean tolerance_abs; /* tolerance is in the value's unit (days for dates) */
    guint window_days;     /* as_of dates closer than this speak of one moment */
    gboolean cumulative;   /* a running total: may only grow over time */
    /* With CcExtractOptions.explain: which words filled a frame's slots
     * ("frame F (FILE:LINE): value=… counts=… subject=…"); else NULL. Not
     * part of the record's JSON. */
    char *explain;
} CcClaim;

/* (transfer full) */
CC_API CcClaim *cc_claim_new(void);
CC_API void cc_claim_free(CcClaim *claim);
CC_API CcClaim *cc_claim_copy(const CcClaim *claim);

CC_API const char *cc_modality_to_string(CcModality modality);
CC_API gboolean cc_modality_from_string(const char *name, CcModality *modality);
CC_API const char *cc_claim_type_to_string(CcClaimType type);

/* The record as a JSON object, fields in DESIGN.md's order. (transfer full) */
CC_API JsonNode *cc_claim_to_json(const CcClaim *claim);
/* One line of JSON, no trailing newline. (transfer full) */
CC_API char *cc_claim_to_json_line(const CcClaim *claim);
/* Reads a record; CC_ERROR_INPUT names the missing or ill-typed field.
 * (transfer full) */
CC_API CcClaim *cc_claim_from_json(JsonNode *node, GError **error);

/* The largest tolerance a record may carry: relative (a fraction, 10 is
 * 1000%), or absolute in the value's unit (days for dates). */
#define CC_CLAIM_MAX_TOLERANCE 10.0
#define CC_CLAIM_MAX_TOLERANCE_ABS 1e15

/* How deep a line of JSON may nest before it is refused unparsed: a record
 * nests two levels, a document one; json-glib's recursive parser has no
 * limit of its own. */
#define CC_JSON_MAX_DEPTH 64

typedef enum {
    CC_JSON_LINE_OK,
    CC_JSON_LINE_TOO_DEEP, /* an array or object opens past CC_JSON_MAX_DEPTH */
    CC_JSON_LINE_NUL,      /* a string holds the escape \u0000 */
} CcJsonLineFault;

/* Scans one line of JSON without parsing it, for what a parser would take
 * badly: nesting deeper than CC_JSON_MAX_DEPTH (json-glib recurses without
 * a limit) or a "\u0000" escape (json-glib's strings end at a NUL, so the
 * value would be cut short unseen). Sets *@offset to the byte where the
 * fault starts and, for a NUL, *@field to the member it is in ("value.unit";
 * NULL at the top level or in a member's name). (transfer full) */
CC_API CcJsonLineFault cc_json_line_scan(const char *text, gsize len, gsize *offset, char **field);

/* Reads the record on one line of JSON Lines (@len bytes, without the
 * newline). Errors name "@name:@line:col", columns counting from @column,
 * the 1-based column where @text starts on its line (after a key prefix,
 * say). (transfer full) */
CC_API CcClaim *cc_claim_from_json_line(const char *text, gsize len, const char *name, guint line,
                                        guint column, GError **error);

/* Reads a JSON Lines file of records ("-" for standard input). Errors name
 * "path:line:col". (transfer full) (element-type CcClaim) */
CC_API GPtrArray *cc_claims_read_jsonl(const char *path, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcClaim, cc_claim_free)

G_END_DECLS
