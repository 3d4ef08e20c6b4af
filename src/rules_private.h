/* SPDX-License-Identifier: MIT */
/* rules_private.h: the rule set's internals, shared by the rule-file parser
 * (rules.c) and the macro expander and compiler (rules_compile.c). */
#pragma once

#include "internal.h"

/* A pattern line as written, kept until compile time. */
typedef struct {
    char *regex; /* as written, before macro expansion */
    char *file;
    guint line;
    guint col; /* column of the regex's first character in its line */
    /* The "anchors" line under it, as written, or NULL: the strings a
     * sentence must hold for the pattern to be tried there. */
    char *anchors;
    guint anchors_line, anchors_col;
} RawPattern;

/* CcRule first, so a RuleEntry* is a CcRule*. */
typedef struct {
    CcRule pub;
    guint col;      /* column of the "rule" word */
    GPtrArray *raw; /* (element-type RawPattern) */
    GPtrArray *raw_exceptions; /* (element-type RawPattern) */
} RuleEntry;

typedef struct {
    CcMacro pub;
    guint col;      /* column of the body's first character */
    guint name_col; /* column of the name */
} MacroEntry;

struct _CcRuleSet {
    GPtrArray *rules;        /* (element-type RuleEntry) owned, load order */
    GHashTable *rule_ids;    /* id -> RuleEntry* */
    GPtrArray *macros;       /* (element-type MacroEntry) owned, sorted by name */
    GPtrArray *macro_order;  /* (element-type MacroEntry) definition order, not owned */
    GHashTable *macro_names; /* name -> MacroEntry* */
    CcLexicon *lexicon;
    CcNormalizer *normalizer;
    GPtrArray *attr_sources; /* (element-type RawPattern) */
    GPtrArray *attributions; /* (element-type CcPattern) */
    GPtrArray *files;        /* (element-type utf8) display paths, load order */
    GHashTable *file_keys;   /* "dev:ino" of every file loaded */
    /* Built when a frame is loaded: the lexicon tables the frames read,
     * each a bit (table -> GUINT_TO_POINTER(bit + 1)), every phrase of them
     * with the bits of its tables (phrase -> guint64*), and the longest
     * phrase in words. */
    GHashTable *dict_bits;
    GHashTable *dict_phrases;
    guint dict_words;
    /* A frame run built while the patterns compiled, for the first
     * extractor (cc_ruleset_take_frame_run()); NULL once taken. */
    struct _CcFrameRun *spare_frames;
    gboolean compiled;
    gatomicrefcount refs; /* cc_ruleset_free() drops one (cc_ruleset_ref()) */
};

void cc_rules_raw_pattern_free(gpointer p);

/* "FILE:LINE:COL: " + message, in @code. Always returns FALSE. */
gboolean cc_rules_fail(GError **error, int code, const char *file, guint line, guint col,
                       const char *format, ...) G_GNUC_PRINTF(6, 7);

/* Expands {NAME} and {@table} in @regex (a pattern line's or a macro's text
 * at @file:@line, starting at column @col) into a PCRE2 regex, then
 * compiles it; PCRE2 errors point back into the line. @owner names the
 * pattern's holder in a message that is about the whole pattern ("rule
 * troops_deployed", "attribution"). (transfer full) */
CcPattern *cc_rules_compile_pattern(CcRuleSet *set, const RawPattern *raw, const char *owner,
                                    GError **error);

/* One pattern of a batch: its line, the holder's name for messages, and,
 * once compiled, the pattern or the error (exactly one of them). */
typedef struct {
    const RawPattern *raw;
    const char *owner;
    CcPattern *pattern;
    GError *error;
} CcCompileJob;

/* Compiles @n jobs as cc_rules_compile_pattern() would, on up to one thread
 * per core: a rule set's patterns are many and large, and compiling them is
 * most of a one-document run. Each job's result is its own, so the caller
 * reports the first error in its own order, whatever thread saw it first.
 * cc_rules_compile_start() sets the other threads going and returns at once,
 * so that this thread may do other work that writes nothing the jobs read
 * (they read the set's macros and lexicon); cc_rules_compile_finish() has
 * this thread compile what is left and waits for the others. */
typedef struct _CcCompileBatch CcCompileBatch;
CcCompileBatch *cc_rules_compile_start(CcRuleSet *set, CcCompileJob *jobs, guint n);
void cc_rules_compile_finish(CcCompileBatch *batch);

/* Expands every macro once, in definition order, so that undefined and
 * recursive references are reported at the macro that holds them. */
gboolean cc_rules_check_macros(CcRuleSet *set, GError **error);
