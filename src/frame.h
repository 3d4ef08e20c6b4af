/* SPDX-License-Identifier: MIT */
/* frame.h: frames, rules whose unit is a set of slots around a value
 * mention rather than a phrasing. The value pass finds every quantity and
 * date mention of a sentence once; a frame then attaches what the figure
 * counts, whose it is, the predicate's cue and its scope, by lexicon and
 * word distance within the clause, and refuses where a veto stands. The
 * grammar is documented in rules/README.md ("Frames"). */
#pragma once

#include "internal.h"

/* The slots a frame line fills. */
typedef enum {
    CC_SLOT_COUNTS,  /* what the figure counts: concept nouns */
    CC_SLOT_CUE,     /* the predicate's trigger */
    CC_SLOT_SUBJECT, /* whose troops, shells or dead */
    CC_SLOT_VETO,    /* words that must not stand in the clause */
    CC_SLOT_SCOPE,   /* what part of the whole is counted: a batch, a year */
    CC_SLOT_N
} CcSlotKind;

typedef struct {
    GPtrArray *tables; /* (element-type utf8) lexicon tables; empty: the slot is unused */
    guint before;      /* words before the value the slot may stand (G_MAXUINT: the clause) */
    guint after;       /* words after the value (after the counted noun, for subjects) */
    guint near;        /* cue: within this many words of the counted noun, not the
                        * value ("the first North Korean contingent"); 0: unused */
    guint line, col;   /* where the slot's line is; col: its first table's */
    GArray *table_cols; /* (element-type guint) the column of each table, for messages */
    GPtrArray *unless;  /* (element-type utf8) (nullable) a veto line's `unless` tables: a hit
                         * of one in the figure's clause lets the line forbid nothing */
    guint readings;     /* a veto line's CcVetoReading bits: the tables it lists that the
                         * frames read in a way of their own; a frame's veto slot, those
                         * of all its lines (set when compiled) */
} CcFrameSlot;

/* The tables a veto line may list that the frames read in a way of their
 * own, beyond a hit within the line's reach ("6 of them children" after
 * the figure's clause, a figure glued to "-strong"): told once, when the
 * rule set is compiled, not by name at each figure a frame tries. */
typedef enum {
    CC_VETO_OTHER_WARS = 1u << 0,
    CC_VETO_TALLY_BOUNDS = 1u << 1,
    CC_VETO_CIVILIAN_PART_WORDS = 1u << 2,
    CC_VETO_STRENGTH_WORDS = 1u << 3,
    CC_VETO_ONE_IN_WORDS = 1u << 4,
    CC_VETO_INTERCEPTED_PART_WORDS = 1u << 5,
    CC_VETO_CIVILIAN_WORDS = 1u << 6,
    CC_VETO_STRIKE_TOLL_WORDS = 1u << 7,
} CcVetoReading;

/* The CcVetoReading bits of a veto line that lists @tables. */
guint cc_frame_veto_readings(const GPtrArray *tables);

struct _CcFrame {
    /* slot[CC_SLOT_VETO] holds the tables of every veto line, in order
     * (owning their names), for the questions that ask whether a word is
     * one of the frame's vetoes at all; its distances are unused */
    CcFrameSlot slot[CC_SLOT_N];
    /* (element-type CcFrameSlot) each "veto" line with its own tables
     * (names borrowed from slot[CC_SLOT_VETO]) and distances: a hit of any
     * line within that line's reach forbids the claim */
    GArray *vetoes;
    gboolean inherit;   /* subject: may come from the title or an earlier sentence */
    gboolean speaker;   /* subject: a party that speaks may be it ("North Korea admitted") */
    gboolean fallback;  /* subject: where no party can be the subject (none named, or only
                         * speakers and places), the claim's own subject stands, or
                         * @fallback_name */
    char *fallback_name; /* "default NAME", for a claim whose subject is $subject */
    gboolean phrase;    /* subject: only a party in the figure's own noun phrase ("received
                         * 50 North Korean missiles", "shells from North Korea") */
    gboolean optional_cue; /* the cue only strengthens; its absence is no miss */
    /* "cue … announced": the day of a report dates the event the report
     * tells after it ("Russia said on Saturday that its forces had retaken
     * Kursk"): an event whose announcement is the claim */
    gboolean announced;
    /* "cue … by_report": the day of a report that tells the event after it
     * bounds the event, which was by that day ("Kyiv reported on November
     * 4 that North Korean troops had for the first time engaged its
     * forces": [open, November 4]), as "by November 4" does: an event the
     * report tells of, not one it is */
    gboolean by_report;
    /* "cue … label": the cue is a label, its colon right before the figure
     * ("Deployed: October 2024"), no word of prose */
    gboolean label_cue;
    /* "cue … opening": the figure opens its sentence, its approximator or
     * bound word first if it has one ("About 11,000, Seoul says."): a
     * bare answer, not a figure a clause before it governs ("and another
     * 150 in January, the brigade said") */
    gboolean opening_cue;
    /* "cue … befalls": the cue tells what befell the counted things; one
     * right after their noun, in the active with an object after it, is
     * their own act ("About 1,000 Ukrainian troops *captured* the town",
     * "3,000 North Korean troops *killed* some 200 Ukrainians") */
    gboolean befalls_cue;
    /* "counts nothing": the figure has no head noun of its own ("about 1,000
     * arrived", "taking it to 3,000"); what it counts is what the claim
     * before it counted (see follows). */
    gboolean headless;
    /* "counts … product": the frame reads only a count of units that a
     * size each multiplies ("two brigades of 6,000 each", the value the
     * product), and such a count only it */
    gboolean product;
    /* "value quantity UNIT below N": the frame takes no figure that reaches
     * N, its upper bound (its lower, where it has none) N or more: a count
     * no such claim is ever made of ("1.2 million soldiers" are an army,
     * never a force sent). "from N": only such a figure. 0: no bound. */
    double below;
    double from;
    /* "follows PREDICATE…": the frame reads a figure only after a claim of
     * one of the predicates in the same sentence or one of the two before
     * it. NULL-terminated; NULL for none. */
    char **follows;
    guint follows_line, follows_col;
    /* "follows PREDICATE… here": only after such a claim in the same
     * sentence ("… killed and 2,700 wounded, bringing the total to about
     * 3,000"), not one of the two before; no antecedent named */
    gboolean follows_here;
    /* "follows … named TABLE…": failing such a claim, a word of a TABLE
     * (the antecedent: "North Korean soldiers …" before "They number about
     * 1,500") in the same sentence before the figure or one of the two
     * sentences before it, the title counting as the one before the first.
     * Empty for none. */
    GPtrArray *named;
    guint named_col;
    int priority;       /* of two frames claiming one value, the higher wins */
    CcTableBits counts_bits; /* the dictionary bits of its counts tables (set when compiled) */
    guint priority_line; /* where "priority" was given; 0: not given */
};

/* The lexicon tables the value pass and slot attachment read of their own
 * (rules/core/frames.rules), NULL-terminated. */
extern const char *const cc_frame_own_tables[];

/* The lexicon tables whose words announce a value mention, and the kind
 * they announce; NULL-terminated. A sentence with none of a kind runs no
 * rule that needs it, and the value pass tries its grammar only a few
 * words before one (digits announce both kinds). */
typedef struct {
    const char *table;
    CcMentionKind kind;
} CcMentionTable;
extern const CcMentionTable cc_mention_tables[];

/* The slot names as frame files write them. */
const char *cc_frame_slot_name(CcSlotKind kind);

/* Does byte @at of the sentence @text[@start, @end) stand inside an
 * author-date citation in round brackets ("(Kim and Lee 2025, 14)",
 * "Park et al. (2025)")? One reader for the frames (a citation's year and
 * page are no count and no date) and the extractor's dating. */
gboolean cc_citation_at(const char *text, gsize start, gsize end, gsize at);

/* "the first week of October" as a reader of a claim takes it: the
 * month's days 1 to 7 (8 to 14 for the second, and so on; the last week
 * its last seven days), not the calendar week the core grammar gives.
 * TRUE with the days in *@v when @text[0, @n) is such a week. One reader
 * for the frames' dates and the extractor's dating of a claim. */
gboolean cc_frame_week_of_month(const CcNormalizer *normalizer, const char *text, gsize n,
                                guint32 ref_day, CcValue *v);

/* A fresh frame with every slot's defaults. (transfer full) */
CcFrame *cc_frame_new(void);
void cc_frame_free(CcFrame *frame);

/* Per-thread state for running frames over one document at a time. */
typedef struct _CcFrameRun CcFrameRun;

CcFrameRun *cc_frame_run_new(const CcRuleSet *rules);
void cc_frame_run_free(CcFrameRun *run);

/* The frame run cc_ruleset_compile() built beside the patterns' compile,
 * to the first caller only; NULL to the others, who build their own.
 * (transfer full) */
CcFrameRun *cc_ruleset_take_frame_run(const CcRuleSet *rules);

/* One value mention the value pass found and normalized. */
typedef struct {
    gsize start, end; /* in the sentence's view */
    CcClaimType type; /* quantity or date */
    CcValue value;
    /* A fraction of a figure ("about a quarter of the 12,000 troops"): the
     * mention it is a fraction of, its value then derived from that one's;
     * G_MAXUINT for none. */
    guint fraction_of;
    /* "Of the 11,000 troops sent, about 2,600 were committed": the figure
     * whose part this one is; what it counts and whose it is come from
     * there. G_MAXUINT for none. */
    guint part_of;
    gboolean is_base;  /* some share or part is taken of this figure */
    gboolean fraction; /* a share: a fraction ("half", "two-thirds") or a percentage of */
    /* "… 11,000 soldiers were sent. Nearly half of them have been killed":
     * a share "of them" taken of the figure claimed in one of the two
     * sentences before; the value is derived from that figure's. */
    gboolean share_of_earlier;
    /* A date right after a verb of saying ("the ministry said on Monday",
     * "North Korea confirmed Monday"): the day of the report, its verb's
     * token + 1; 0 for none. Only a frame whose cue is that verb, said by
     * its subject, takes it: the report is then the event. */
    guint said_at;
    /* A base whose share points back at it "of them" (or "those",
     * "these") in a later clause ("About 14,000 troops have been sent to
     * Russia, with about a third of them killed"): the token of the comma
     * or semicolon that closes the base's own clause, up to which its cue
     * and vetoes are read as any figure's; 0 for none. */
    guint base_clause_end;
} CcMention;

/* What a frame found around one mention. */
typedef struct {
    const CcRule *rule;
    guint mention;            /* index into the sentence's mentions */
    gsize match_start, match_end; /* the slots' span, in the view */
    /* the same, less a subject shared with a figure before this one: a
     * speaker between them is no part of the claim ("North Korea sent
     * 1,500 troops, the agency said, with 10,000 expected") */
    gsize own_start, own_end;
    char *subject, *object, *scope; /* resolved claim parts (owned) */
    char *explain;            /* the slots as words, when asked for (owned) */
    /* the cue, in the view, when it is a verb of saying that is itself the
     * event ("North Korea confirmed on Monday"); empty for none */
    gsize said_start, said_end;
    /* an earlier figure of the claim another hit took ("up from 8,000",
     * "compared with 1,000", "rose from 8,000 to 11,000"): the view offset
     * where that later figure starts, whose date bounds this one's */
    gboolean earlier;
    gsize later_at;
    /* the date is the day of a report that tells the event after it, by
     * which it happened ("cue … by_report"): the claim's interval is open
     * before that day's end */
    gboolean by_report;
    /* set against a count the sentence before made, by a sentence that
     * opens pointing back at it ("That is up from 3,000 …"): a claim with
     * no source of its own is that count's source's (extract.c) */
    gboolean compared_back;
} CcFrameHit;

void cc_frame_hit_clear(CcFrameHit *hit);

/* A value mention no frame took, with the frame that came closest. */
typedef struct {
    guint mention;
    char *text; /* "frame F (FILE:LINE): value=… counts=…: no claim, missing SLOT" (owned) */
} CcFrameMiss;

void cc_frame_miss_clear(CcFrameMiss *miss);

/* Notes the party a sentence that holds no value opens with, for later
 * sentences' frames that inherit their subject. The sentence is read only
 * when a later one is (cc_frame_run_claimed(), cc_frame_run_sentence(),
 * cc_frame_run_value_mentions()), if it matters to it: @text must stay
 * as it is until then, or until cc_frame_run_begin(). */
void cc_frame_run_note(CcFrameRun *run, guint index, const char *text, gsize len);

/* Starts a document: forgets what earlier documents' sentences held.
 * @title (may be NULL) is where a subject may be inherited from first. */
void cc_frame_run_begin(CcFrameRun *run, const char *title);

/* Runs every frame over one sentence, seen through @text[0, len) (the
 * sentence's view), as sentence number @index of the document (sentences
 * come in order), which holds mentions of @kinds (CcMentionKind). Fills
 * @mentions (element-type CcMention) with the value pass's mentions and
 * @hits (element-type CcFrameHit) with the frames' findings, one per
 * mention at most per predicate after consolidation; with @misses
 * (element-type CcFrameMiss) non-NULL, appends one for each mention no
 * frame took. */
void cc_frame_run_sentence(CcFrameRun *run, guint index, const char *text, gsize len,
                           guint32 ref_day, guint kinds, gboolean explain, GArray *mentions,
                           GArray *hits, GArray *misses);

/* Notes that a claim of @predicate was made in the current sentence by a
 * pattern rule, for frames that follow it. Call before
 * cc_frame_run_sentence() for the same sentence. */
void cc_frame_run_claimed(CcFrameRun *run, guint index, const char *predicate);

/* The mentions of @type in the whole of sentence @index (@text[0, @len)),
 * as the value pass reads them, into @out (element-type CcMention), in
 * order and disjoint: what "{value}" in a pattern rule may stand for.
 * With @as_written, dates are kept as the text writes them, for the
 * generic records: one that dates a report ("said on Thursday") stays, and
 * none is read as an event's (no "since" dropped, no month moved to the
 * year before the document's). */
void cc_frame_run_value_mentions(CcFrameRun *run, guint index, const char *text, gsize len,
                                 guint32 ref_day, CcClaimType type, gboolean as_written,
                                 GArray *out);


