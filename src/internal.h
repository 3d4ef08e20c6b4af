/* SPDX-License-Identifier: MIT */
/* internal.h: declarations shared between libclaimcheck's modules and
 * never installed. Keep it small: what one module needs of another belongs
 * in the public header unless it would freeze an implementation detail. */
#pragma once

#include <claimcheck/claimcheck.h>

#include <stdlib.h>
#include <string.h>

/* Bytes of the character at @text (1 for a broken or truncated sequence,
 * which counts its lead byte as one character); @text < @end. */
gsize cc_utf8_step(const char *text, const char *end);
/* Number of UTF-8 characters in text[0, len), counting each invalid byte
 * as one character. */
guint cc_utf8_count_chars(const char *text, gsize len);
/* g_utf8_validate_len() of text[0, len), and *@bad as it sets it, with the
 * runs of plain ASCII passed over eight bytes at a time (source.c). */
gboolean cc_utf8_valid(const char *text, gsize len, const char **bad);

/* Appends @claim's record as cc_claim_to_json_line() writes it (@indent
 * < 0), or laid out as a report's JSON lays it out: @indent spaces a level,
 * its first line at @level, the rest below it. */
void cc_claim_append_json(GString *out, const CcClaim *claim, int indent, int level);

/* Julian day number of a calendar date; 0 when the date is invalid. */
guint32 cc_day_from_ymd(int year, int month, int day);
/* Calendar date of a Julian day number. */
void cc_day_to_ymd(guint32 day, int *year, int *month, int *day_of_month);
/* Last day of a month. */
int cc_days_in_month(int year, int month);
/* cc_day_to_iso() without an allocation: writes the day into @iso (room
 * for CC_DAY_ISO_MAX bytes, NUL included) and returns its length, or
 * appends it to @out. */
enum { CC_DAY_ISO_MAX = 16 };
gsize cc_day_write_iso(guint32 day, char *iso);
void cc_day_append_iso(GString *out, guint32 day);
/* cc_value_to_display() appended to @out, with no string of its own. */
void cc_value_append_display(GString *out, const CcValue *value);
/* A block of @size bytes, freed by free(): from 2 MiB up on a 2 MiB
 * boundary, asking the kernel for transparent huge pages, for memory
 * visited out of order (the records' arena, the reasons' told parts). */
void *cc_block_new(gsize size);
/* cc_finding_summary() and cc_consensus_sentence() appended to @out. */
void cc_finding_append_summary(const CcComparison *comparison, const CcFinding *finding,
                               GString *out);
void cc_consensus_append_sentence(const CcConsensus *consensus, GString *out);

/* As cc_modality_assess(), reusing what the call before found in the same
 * window of the same text (the claims of one sentence share their window).
 * Call cc_modality_scope_forget() first whenever the text at that address
 * may have changed. [value_start, value_end) is the figure inside the
 * match: a cue that acts only on what follows it ("preparing to … pre")
 * and stands in the match after the figure does not act on it ("12,000
 * soldiers are preparing to join the fighting"). [said_start, said_end),
 * when not empty, is a verb of saying that is itself the event claimed
 * ("North Korea confirmed on Monday"): it makes the claim no report.
 * [own_start, own_end), when not empty, is the part of the match whose
 * speakers are the claim's own words (a frame's match less a subject it
 * shares with a figure before it); empty: the match. @text runs on to
 * a NUL: a pull quote's source may stand on the quote's line after the
 * sentence ("\"… wounded.\" — Shin Won-sik"). */
CcModality cc_modality_assess_again(const CcModalityScope *scope, const char *text,
                                    gsize sentence_start, gsize sentence_end, gsize match_start,
                                    gsize match_end, gsize value_start, gsize value_end,
                                    gsize said_start, gsize said_end, gsize own_start,
                                    gsize own_end, char **attribution);
void cc_modality_scope_forget(const CcModalityScope *scope);
/* The speakers the attribution patterns find in text[start, end) that name
 * someone ("South Korea's spy agency", not "the agency"), in text order.
 * What the patterns found in a span is reused for the same span of the
 * same text, as cc_modality_assess_again() reuses it: call
 * cc_modality_scope_forget() first whenever the text at that address may
 * have changed. (transfer full) (element-type utf8) */
GPtrArray *cc_modality_named_speakers(const CcModalityScope *scope, const char *text, gsize start,
                                      gsize end);
/* The speakers the attribution patterns find in text[start, end), those
 * that only describe someone too ("the commander", "officials"), in text
 * order. (transfer full) (element-type utf8) */
GPtrArray *cc_modality_speakers(const CcModalityScope *scope, const char *text, gsize start,
                                gsize end);
/* Where the phrases of the scope's lexicon table @table ("modality" or
 * "terminators") match in text[start, end), one after another as the cues
 * and terminators are read: found by their first words, or with @anywhere
 * by a search of their whole alternation. For tests: the two must agree.
 * (transfer full) (element-type gsize: each match's start, then its end) */
GArray *cc_modality_phrases_in(const CcModalityScope *scope, const char *table, const char *text,
                               gsize start, gsize end, gboolean anywhere);
/* The head noun of a speaker that names no one and points back with "the"
 * ("agency" of "the agency"), or NULL. (transfer full) */
char *cc_modality_definite_head(const char *who);
/* Does @speaker end in the noun @head, singular or plural? */
gboolean cc_modality_has_head(const char *speaker, const char *head);
/* Is text[@start, @end) a verdict that nothing bears out the claim taken up
 * again, and nothing more: "There is no sign of it", "Seoul says it has
 * found no evidence of that", "\"We have not seen anything to confirm
 * that,\" a NATO official said"? No figure, comma or question before the
 * verdict; after what it takes up ("it", "that", "the claim"), at most the
 * speaker of a quote. "There is no sign of them leaving" is none. */
gboolean cc_modality_finds_nothing_for(const char *text, gsize start, gsize end);
/* The end of the words at text[@at, @end) that take up again a claim made
 * before ("it", "that", "the claim", "those reports"), the longest;
 * G_MAXSIZE for none. */
gsize cc_modality_taken_up_end(const char *text, gsize at, gsize end);
/* Is the word at [@s, @e) the "but" of "not X but Y" ("Kyiv says not
 * hundreds but thousands of North Korean soldiers have been killed",
 * "sent not 3,000 but 11,000 troops")? It sets one figure against the
 * other in one clause and cuts nothing off, and the "not" reaches nothing
 * past it. @start is where the text may be read from, @end where the
 * sentence ends. */
gboolean cc_modality_but_of_not(const char *text, gsize start, gsize s, gsize e, gsize end);
/* Is text[@i] (before @end) a straight or curly double quote (" “ ”)?
 * Its length in bytes, or 0. */
gsize cc_double_quote_at(const char *text, gsize i, gsize end);

/* Has PCRE2 found, compiling @pattern, what a match starts with (a first
 * code unit, a start of line, or a bitmap of first bytes)? Its search then
 * skips the places no match can start by itself. */
gboolean cc_pattern_knows_its_start(const CcPattern *pattern);

/* As cc_pattern_new(); sets *@too_large (may be NULL) when PCRE2 refuses
 * @regex because its compiled code would pass cc_pattern_compiled_limit(). */
CcPattern *cc_pattern_compile(const char *regex, gsize *error_offset, gboolean *too_large,
                              GError **error);

/* "{value}" in a pattern line stands for a mention the value pass found:
 * it expands to CC_VALUE_REGEX, whose callouts (these numbers) accept only
 * the mentions given to the match data by cc_match_set_mentions(). */
/* The reference claims of one side a diagnostic's message names, at most
 * (check.c, append_references); the store reads at least so many of the
 * claims it would otherwise count. */
#define CC_CHECK_NAMED 3

#define CC_VALUE_CALLOUT_START 201
#define CC_VALUE_CALLOUT_END 202
#define CC_VALUE_REGEX "(?C201)(?<value>\\S[\\s\\S]{0,199}?)(?C202)"

/* Marks @pattern as holding "{value}" (set by the rule compiler), and says
 * whether it does. */
void cc_pattern_set_value_pass(CcPattern *pattern);
gboolean cc_pattern_value_pass(const CcPattern *pattern);
/* Does "{value}" open @pattern, past lookbehind assertions? Its matches
 * are then tried at the mentions' starts alone. */
gboolean cc_pattern_opens_with_value(const CcPattern *pattern);
/* May @pattern match @subject[0, @len) at all? FALSE only for one that
 * opens with "{value}" when what follows its value, searched alone,
 * matches nowhere there: the value pass need not be read for it. */
gboolean cc_pattern_tail_may_match(const CcPattern *pattern, CcMatch *match, const char *subject,
                                   gsize len);
/* The mentions (byte spans of the subject) the "{value}" of @match's
 * pattern may stand for; not copied: they must outlive the match. With
 * none, a "{value}" pattern matches nothing. */
void cc_match_set_mentions(CcMatch *match, const CcSpan *mentions, guint n);

/* The bit of lexicon @table among the tables the frames read, or -1 when
 * no frame reads it. */
/* The bits of the frames' lexicon tables, one a table: the frames of one
 * rule set read at most CC_TABLE_BITS tables. */
#define CC_TABLE_BITS 640
typedef struct {
    guint64 w[CC_TABLE_BITS / 64];
} CcTableBits;

static inline void
cc_table_bits_set(CcTableBits *b, guint bit)
{
    b->w[bit / 64] |= G_GUINT64_CONSTANT(1) << (bit % 64);
}

static inline gboolean
cc_table_bits_has(const CcTableBits *b, guint bit)
{
    return (b->w[bit / 64] >> (bit % 64) & 1) != 0;
}

static inline void
cc_table_bits_or(CcTableBits *a, const CcTableBits *b)
{
    for (guint i = 0; i < G_N_ELEMENTS(a->w); i++)
        a->w[i] |= b->w[i];
}

/* Do @a and @b share a table? */
static inline gboolean
cc_table_bits_meet(const CcTableBits *a, const CcTableBits *b)
{
    for (guint i = 0; i < G_N_ELEMENTS(a->w); i++)
        if (a->w[i] & b->w[i])
            return TRUE;
    return FALSE;
}

int cc_ruleset_dictionary(const CcRuleSet *rules, const char *table);
/* One more holder of @rules: cc_ruleset_free() frees the set when the
 * last holder lets it go. (transfer none: returns @rules) */
CcRuleSet *cc_ruleset_ref(CcRuleSet *rules);
/* Every phrase of the tables the frames read (lower case, words joined by
 * one space) -> guint64* of the tables' bits, and every first words of a
 * longer phrase -> 0 when they are no phrase themselves (a look-up that
 * finds nothing need not read a word more); *@max_words: the longest
 * phrase in words. NULL when the set has no frame. (transfer none) */
GHashTable *cc_ruleset_dictionary_phrases(const CcRuleSet *rules, guint *max_words);

/* cc_claim_from_json_line() with yajl alone, never simdjson: the same
 * record or the same error, which the fuzz targets check line by line. */
CcClaim *cc_claim_from_json_line_yajl(const char *text, gsize len, const char *name, guint line,
                                      guint column, GError **error);

/* Records read into an arena (the CLI's compare reads every record of its
 * files at once): each record's struct and strings lie together in blocks
 * of the arena's, not in eleven allocations of their own, and are freed
 * with the arena, never by cc_claim_free(). The public CcClaim, owning its
 * strings, is unchanged. cc_claim_arena_adopt() moves @from's blocks into
 * @arena (a thread's batch into the whole). */
typedef struct _CcClaimArena CcClaimArena;
CcClaimArena *cc_claim_arena_new(void);
void cc_claim_arena_free(CcClaimArena *arena);
void cc_claim_arena_adopt(CcClaimArena *arena, CcClaimArena *from);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcClaimArena, cc_claim_arena_free)

/* cc_claim_from_json_line() into @arena: the same record or the same
 * error; the record is the arena's (never cc_claim_free() it). */
CcClaim *cc_claim_from_json_line_in(CcClaimArena *arena, const char *text, gsize len,
                                    const char *name, guint line, guint column, GError **error);

/* What the report writers say of a comparison's claims and relations,
 * each part written once: a claim's value and how a why describes it are
 * written the first time a reason needs them and kept while the report is
 * written. With CC_REASONS_KEEP_KEPT, the whys of the relations the findings spell
 * out are kept as the relations' list writes them, and a finding's detail
 * reuses them. Text identical to cc_relation_why() and cc_finding_detail(). */
typedef struct _CcReasons CcReasons;
enum {
    CC_REASONS_KEEP_KEPT = 1 << 0, /* keep the findings' whys as the relations write them */
    /* Text as a JSON string holds it: cc_reasons_append_why(),
     * _append_detail() and _append_id() append it escaped, without the
     * quotes, for the writer to put between them (cc_json_value_begin()).
     * Each claim's id and "says" are written up front, in comparison order. */
    CC_REASONS_JSON = 1 << 1,
};
CcReasons *cc_reasons_new(const CcComparison *comparison, guint flags);
void cc_reasons_free(CcReasons *reasons);
/* Appends cc_relation_why() of @relation to @out. */
void cc_reasons_append_why(CcReasons *reasons, const CcRelation *relation, GString *out);
/* Appends cc_finding_detail() of @finding to @out. */
void cc_reasons_append_detail(CcReasons *reasons, const CcFinding *finding, GString *out);
/* Asks the memory for what writing @relation will read, ahead of it: a
 * report's relations name their second claims in no order, and with
 * 100,000s of claims each is a cache miss or several. @stage 0 fetches
 * the second claim and what is kept of it; @stage 1, later, its strings
 * (the claim must have arrived). Changes nothing. */
void cc_reasons_prefetch(CcReasons *reasons, const CcRelation *relation, int stage);
/* Moves every table of @from into @lexicon when @lexicon has none, leaving
 * @from empty; FALSE (nothing moved) when @lexicon has a table. The entries
 * are the ones adding @from's again would make, without folding, checking
 * and copying each phrase a second time. */
gboolean cc_lexicon_take(CcLexicon *lexicon, CcLexicon *from);

/* The abbreviations cc_segment_sentences() knows with @lexicon (NULL: the
 * built-in ones), for cc_segment_sentences_with(): built once, not for
 * every text. The table borrows @lexicon's phrases. (transfer full) */
typedef struct _CcAbbreviations CcAbbreviations;
CcAbbreviations *cc_segment_abbreviations(const CcLexicon *lexicon);
void cc_segment_abbreviations_free(CcAbbreviations *abbreviations);
/* Width of a footnote's reference mark at text[@i]: a run of superscript
 * digits ("¹", "¹⁷") right after a word, a figure or a mark ("soldiers.³",
 * "11,000¹"), a bracketed number glued to what it marks ("11,000[14]",
 * "troops.[3]"), or plain digits glued after a sentence's final period
 * ("casualties.23", "roughly 3,000.12"; see period_note_at()); 0 for
 * anything else, and for a unit's power ("km²", "m³") or a power of ten
 * ("10⁶"). @start bounds the look back. */
gsize cc_footnote_mark_at(const char *text, gsize start, gsize i, gsize end);
/* cc_segment_sentences() with the table of cc_segment_abbreviations().
 * (transfer full) (element-type CcSpan) */
GArray *cc_segment_sentences_with(const CcAbbreviations *abbreviations, const char *text,
                                  gsize start, gsize end);
/* The same for the detail of the finding at @index in
 * cc_comparison_findings() (with CC_REASONS_KEEP_KEPT): the whys kept for
 * it lie where the relations' list left them, long out of the caches.
 * @stage 0 fetches where they are; @stage 1, later, every line of them. */
void cc_reasons_prefetch_detail(CcReasons *reasons, guint index, int stage);
/* Writes now what the reasons may tell of the claim at @pos in
 * cc_comparison_claims() (its id, "says", value shown, tolerance, source),
 * for a writer that has the claim at hand and names every claim in order:
 * what is told then lies in that order. Changes no text. */
void cc_reasons_tell(CcReasons *reasons, guint pos);
/* (element-type guint) The positions in cc_comparison_claims() where
 * each run of one source's claims starts (claims are sorted by source;
 * those with no source are in none). */
GArray *cc_comparison_source_starts(const CcComparison *comparison);
/* Appends the id of the claim at @pos in cc_comparison_claims(). */
void cc_reasons_append_id(CcReasons *reasons, guint pos, GString *out);
/* Is text[@p, @end) a Markdown table's rule under its header ("---|---",
 * "| :--- | ---: |"): dashes, colons, pipes, spaces and tabs only, a dash
 * and a pipe among them? The Markdown reader's, which extract's reading
 * of tables given as text shares. */
gboolean cc_markdown_table_rule(const char *text, gsize p, gsize end);
/* Asks the memory for @claim's strings ahead of writing it (the claim
 * itself must have arrived: fetch it a step earlier). Changes nothing. */
void cc_claim_prefetch(const CcClaim *claim);
/* Asks the memory for every line of @claim's struct (not its strings): a
 * step before cc_claim_prefetch(), whose reads of the struct's pointers
 * and of its value's lines then find them come. Changes nothing. */
static inline void
cc_claim_prefetch_struct(const CcClaim *claim)
{
#if defined(__GNUC__)
    const char *p = (const char *)claim;
    for (gsize at = 0; at < sizeof *claim; at += 64)
        __builtin_prefetch(p + at);
    __builtin_prefetch(p + sizeof *claim - 1);
#else
    (void)claim;
#endif
}

/* Whether cc_value_closed() can change @v (a strict bound): most values
 * have none, and need no copy of their own to be written. */
static inline gboolean
cc_value_has_strict(const CcValue *v)
{
    return (v->has_low && v->low_strict) || (v->has_high && v->high_strict);
}

/* The last day of the date a claim speaks of ("in March": March 31): what
 * time comparisons order claims by, so that a total said "in March" comes
 * after one said on March 10. */
static inline guint32
as_of_last(const CcClaim *c)
{
    return c->as_of_end != 0 ? c->as_of_end : c->as_of;
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcReasons, cc_reasons_free)

/* @c's interval widened by its tolerance (doubled when approx), as the
 * comparator widens it to tell whether two values meet. */
void cc_compare_widen(const CcClaim *c, const CcCompareOptions *o, double *lo, double *hi);
/* Whether two claims' values meet within their tolerances, not doubled
 * for approximate figures. */
gboolean cc_compare_meet_plain(const CcClaim *a, const CcClaim *b, const CcCompareOptions *o);
/* cc_compare_focused() without findings and consensus: the relations
 * alone, the same as its. What check judges a draft by. */
CcComparison *cc_compare_focused_relations(GPtrArray *claims, GHashTable *focus,
                                           const CcCompareOptions *options);

/* ---- the quantity scanner ---- */

/* A quantity mention the scanner found: its bytes [start, end) in the
 * text scanned and its value, from one reading. */
typedef struct {
    gsize start, end;
    CcValue value;
} CcQuantityMention;

/* Finds the quantity mentions of a text (a sentence), in order and not
 * overlapping: the quantity normalizer's own token readers, run forward
 * from each token a reading may start at, take what a mention is —
 * figures, number words, scales, fractions, ranges, bounds,
 * approximators, vague magnitudes and a currency before the figure,
 * never a unit after it unless asked (cc_quantity_scanner_read_units()) —
 * and the span and the value come from that one
 * reading. The text must outlive the scanner. */
typedef struct _CcQuantityScanner CcQuantityScanner;

CcQuantityScanner *cc_quantity_scanner_new(const CcNormalizer *normalizer, const char *text,
                                           gsize len);
typedef struct _CcDateScanner CcDateScanner;
/* cc_quantity_scanner_new() of the text @dates scans (NULL: none),
 * taking the date scanner's tokens where it holds the text whole: a
 * sentence read by both scanners is cut once. */
CcQuantityScanner *cc_quantity_scanner_new_beside(const CcNormalizer *normalizer,
                                                  const char *text, gsize len,
                                                  const CcDateScanner *dates);
void cc_quantity_scanner_free(CcQuantityScanner *scanner);
/* Makes @scanner what cc_quantity_scanner_new_beside() of these arguments
 * makes, in place (@dates, as there, a scanner of the same text or NULL). */
void cc_quantity_scanner_reset(CcQuantityScanner *scanner, const CcNormalizer *normalizer,
                               const char *text, gsize len, const CcDateScanner *dates);
/* Starts over at the text's first byte, as a new scanner of the same text
 * would (units not read), without cutting the text again where the
 * scanner holds it whole. */
void cc_quantity_scanner_restart(CcQuantityScanner *scanner);
/* With @units, the mentions are read as written, as a generic record takes
 * them, by the readings of a value's own text: the unit written after the
 * figure (in brackets too), a money tail and a rate ("5 km", "12 million
 * dollars", "15 dollars and 50", "50 km/s"), a range with a unit after
 * each figure ("5% to 10%"), a measure in two units ("5 ft 2 in"), two
 * bounds of one figure ("above 1000 and below 1500"), "three or four", a
 * share before its figure ("percent of 10"), a change ("from 208 pounds to
 * 193", "to $2,315 from $2,415"), a million glued to "m" before what it
 * counts ("2.7m combined sales", "1.2m tons"); "12 out of 10" is two
 * mentions. */
void cc_quantity_scanner_read_units(CcQuantityScanner *scanner, gboolean units);
/* The next mention that starts at a byte in [@from, @to) and after the
 * last one found; FALSE when there is none. Calls must not ask for an
 * earlier @from than the last call's. */
gboolean cc_quantity_scanner_next(CcQuantityScanner *scanner, gsize from, gsize to,
                                  CcQuantityMention *mention);

/* ---- the date scanner ---- */

/* A date mention the scanner found: its bytes [start, end) in the text
 * scanned and its value, from one reading. A date that cannot be read
 * without the document's day, when there is none ("on 21 November"), is
 * a mention all the same, with no value (value.kind is not
 * CC_VALUE_DATE): its figures are the date's. */
typedef struct {
    gsize start, end;
    CcValue value;
} CcDateMention;

/* Finds the date mentions of a text (a sentence), in order and not
 * overlapping: the date normalizer's own token readers, run forward from
 * each token a reading may start at (a figure, a month or weekday name, a
 * relative-date word, the start of a range or a bound), and the span and
 * the value come from that one reading. The text must outlive the
 * scanner. */
CcDateScanner *cc_date_scanner_new(const CcNormalizer *normalizer, const char *text, gsize len);
/* The same, taking @quantities' tokens as cc_quantity_scanner_new_beside()
 * takes a date scanner's. */
CcDateScanner *cc_date_scanner_new_beside(const CcNormalizer *normalizer, const char *text,
                                          gsize len, const CcQuantityScanner *quantities);
void cc_date_scanner_free(CcDateScanner *scanner);
/* Makes @scanner what cc_date_scanner_new_beside() of these arguments
 * makes, in place: a run's scanner kept from sentence to sentence. */
void cc_date_scanner_reset(CcDateScanner *scanner, const CcNormalizer *normalizer,
                           const char *text, gsize len, const CcQuantityScanner *quantities);
/* Starts over at the text's first byte, as a new scanner of the same text
 * would, keeping what was read where that gives the same readings. */
void cc_date_scanner_restart(CcDateScanner *scanner);
/* The next mention that starts at a byte in [@from, @to) and after the
 * last one found, read against the document's day @ref_day (0: none);
 * FALSE when there is none. Calls must not ask for an earlier @from than
 * the last call's. */
gboolean cc_date_scanner_next(CcDateScanner *scanner, gsize from, gsize to, guint32 ref_day,
                              CcDateMention *mention);
