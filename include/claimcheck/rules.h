/* SPDX-License-Identifier: MIT */
/* rules.h: rule files — parsing, macro expansion, lexicons, compilation.
 * A loaded CcRuleSet is immutable and may be shared read-only by threads.
 * The grammar is documented in rules/README.md. */
#pragma once

#include <claimcheck/export.h>
#include <claimcheck/claim.h>
#include <claimcheck/lexicon.h>
#include <claimcheck/normalize.h>
#include <claimcheck/pattern.h>
#include <claimcheck/value.h>
#include <glib.h>

G_BEGIN_DECLS

/* The kinds of value mention a sentence may hold; a rule runs only on
 * sentences holding every kind it needs. */
typedef enum {
    CC_MENTION_NONE = 0,
    CC_MENTION_NUMBER = 1 << 0, /* digits, number words, vague magnitudes */
    CC_MENTION_DATE = 1 << 1,   /* month names, years, weekdays, relative dates */
} CcMentionKind;

/* A field an example expects of the record its rule produces. */
typedef struct {
    char *sentence;     /* the example's input */
    gboolean counter;   /* TRUE: the rule must produce nothing */
    guint32 ref_day;    /* the document date to assume; 0 = none */
    /* Expectations; a field left unset is not checked. */
    gboolean has_value;
    CcValue value;      /* bounds and flags as written after "value" */
    gboolean check_approx, check_vague;
    char *unit;
    gboolean has_modality;
    CcModality modality;
    gboolean has_attribution;
    char *attribution;  /* NULL: expects none */
    char *key;
    char *scope;
    char *text;         /* the value as written */
    guint32 as_of;
    char *file;
    guint line;
} CcExample;

/* A frame's slots (src/frame.h); NULL for a pattern rule. */
typedef struct _CcFrame CcFrame;

typedef struct {
    char *id;
    char *file; /* where the rule is defined */
    guint line;
    /* Claim: fixed names, or "$group" to take a capture through `entities`. */
    char *subject;
    char *predicate;
    char *object; /* may be NULL */
    char *scope;  /* fixed scope, "$group", or NULL (a "scope" capture also counts) */
    CcClaimType type;
    char *unit;   /* fixed unit for quantities, or NULL to read it from the text */
    guint needs;  /* CcMentionKind bits */
    double tolerance;
    gboolean tolerance_abs;
    guint window_days;
    gboolean cumulative;
    GPtrArray *patterns; /* (element-type CcPattern) expanded and compiled; empty until
                          * cc_ruleset_compile() */
    GPtrArray
        *pattern_lines; /* (element-type guint) GUINT_TO_POINTER(line), one per pattern line */
    GPtrArray *pattern_sources; /* (element-type utf8) each pattern as written, before expansion */
    GPtrArray *examples; /* (element-type CcExample) */
    /* "except REGEX" lines, compiled: a match of the rule whose value
     * overlaps a match of one of these is dropped ("24" inside "February 24,
     * 2022" is no quantity). (element-type CcPattern) */
    GPtrArray *exceptions;
    /* A frame ("frame ID … end"): slots around a value mention found by the
     * value pass, in place of patterns. NULL for a pattern rule. */
    CcFrame *frame;
} CcRule;

typedef struct {
    char *name;
    char *body; /* as written, before expansion */
    char *file;
    guint line;
} CcMacro;

typedef struct _CcRuleSet CcRuleSet;

/* (transfer full) */
CC_API CcRuleSet *cc_ruleset_new(void);
CC_API void cc_ruleset_free(CcRuleSet *rules);

/* Loads a rule file, or every *.rules file below a directory (sorted), with
 * their includes. Each file is loaded once however often it is named or
 * included; an include cycle is an error. Errors are "FILE:LINE:COL: …"
 * (CC_ERROR_RULE_SYNTAX, CC_ERROR_PATTERN, CC_ERROR_IO); on error nothing of
 * that call is kept. May be called several times before cc_ruleset_compile. */
CC_API gboolean cc_ruleset_load(CcRuleSet *rules, const char *path, GError **error);

/* Expands macros and compiles every pattern (PCRE2, JIT). Errors as above,
 * pointing into the pattern line. Call once, after loading. */
CC_API gboolean cc_ruleset_compile(CcRuleSet *rules, GError **error);

/* What `claimcheck rules` warns of: not wrong enough to stop a load, but
 * worth a rule author's look. */
typedef struct {
    char *file; /* where, as errors say it: FILE:LINE:COL */
    guint line;
    guint col;
    char *message; /* without the position or "warning: " */
} CcRuleWarning;

CC_API void cc_rule_warning_free(CcRuleWarning *warning);

/* Warnings about a compiled rule set, rule by rule in load order, then the
 * attribution patterns: a rule with no example (at its "rule" word), and a
 * pattern whose compiled code comes within 1/8 of PCRE2's limit
 * (cc_pattern_compiled_limit(); at the pattern's first character).
 * (transfer full) (element-type CcRuleWarning) */
CC_API GPtrArray *cc_ruleset_lint(const CcRuleSet *rules);

/* (transfer none) (element-type CcRule) in load order, frames among them
 * (CcRule.frame non-NULL) */
CC_API GPtrArray *cc_ruleset_rules(const CcRuleSet *rules);
/* A frame's slots in the words of its file ("counts troop_nouns; cue
 * deploy_cues; subject parties inherit; priority 10"), NULL for a pattern
 * rule. (transfer full) */
CC_API char *cc_rule_describe_slots(const CcRule *rule);
/* (transfer none) (element-type CcMacro) sorted by name */
CC_API GPtrArray *cc_ruleset_macros(const CcRuleSet *rules);
/* (transfer none) */
CC_API const CcLexicon *cc_ruleset_lexicon(const CcRuleSet *rules);
/* Built at compile time from the lexicon. (transfer none) */
CC_API const CcNormalizer *cc_ruleset_normalizer(const CcRuleSet *rules);
/* Attribution patterns (each with a "who" group), compiled.
 * (transfer none) (element-type CcPattern) */
CC_API GPtrArray *cc_ruleset_attributions(const CcRuleSet *rules);
/* Files loaded, in order. (transfer none) (element-type utf8) */
CC_API GPtrArray *cc_ruleset_files(const CcRuleSet *rules);
CC_API const CcRule *cc_ruleset_find(const CcRuleSet *rules, const char *id);

/* The default rules directory: $CLAIMCHECK_RULES, else share/claimcheck/rules
 * beside the running program's bin/ directory (found through /proc/self/exe,
 * so a moved installation and a build tree, which has the same layout, find
 * theirs), else the configured prefix's, else NULL. (transfer full) */
CC_API char *cc_ruleset_default_path(void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcRuleSet, cc_ruleset_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcRuleWarning, cc_rule_warning_free)

G_END_DECLS
