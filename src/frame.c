/* SPDX-License-Identifier: MIT */
/* frame.c: frames and the value pass they read. A sentence is cut into
 * words; the value pass finds its quantity and date mentions once, with the
 * core pack's grammar, and normalizes each once; every frame then takes the
 * mentions of its value kind and fills its slots from lexicon hits within
 * word distances and clause limits, in the manner of AQL's FollowsTok joins
 * and dictionary vetoes. Two frames claiming one mention are consolidated
 * (rank(): the nearer counted noun, the longer, …, the higher priority);
 * only frames that fill their slots take part. */
#include "frame.h"
#include "rules_private.h"
#include <math.h>

static const char *const slot_names[CC_SLOT_N] = {"counts", "cue", "subject", "veto", "scope"};

const char *const cc_frame_own_tables[] = {
    "adjectival",        "age_words",        "bound_verbs",       "clause_breaks",
    "future_words",      "figure_modifiers", "harm_cues",         "head_stops",
    "level_nouns",       "linking_verbs",    "loss_verbs",        "loss_nouns",
    "measure_nouns",     "other_heads",      "particle_verbs",    "phrase_end_heads",
    "inflict_verbs",     "place_words",      "raising_verbs",     "raising_up_verbs",
    "rank_nouns",        "receiving_verbs",  "recipient_words",   "strike_verbs",
    "home_border_words", "abroad_words",     "carrier_nouns",     "holder_nouns",
    "source_nouns",      "supplier_nouns",   "region_nouns",      "stage_nouns",
    "speech_asides",     "speech_words",     "unquantified_harm", "units",
    "unit_of_nouns",     "user_verbs",       "multiple_words",    "onlooker_parties",
    "outlet_words",      "failure_words",    "trade_words",      "fixed_phrases",
    "paying_verbs",      "apposed_age_nouns", "market_nouns",     "sanctioning_verbs",
    "sending_nouns",     "person_copulas",
    NULL,
};

const CcMentionTable cc_mention_tables[] = {
    {"number_words", CC_MENTION_NUMBER},
    {"vague", CC_MENTION_NUMBER},
    {"fractions", CC_MENTION_NUMBER},
    {"scale_words", CC_MENTION_NUMBER},
    {"months", CC_MENTION_DATE},
    {"weekdays", CC_MENTION_DATE},
    {"relative_dates", CC_MENTION_DATE},
    {"date_words", CC_MENTION_DATE},
    {NULL, CC_MENTION_NONE},
};

const char *
cc_frame_slot_name(CcSlotKind kind)
{
    return kind < CC_SLOT_N ? slot_names[kind] : "?";
}

guint
cc_frame_veto_readings(const GPtrArray *tables)
{
    static const struct {
        const char *table;
        CcVetoReading bit;
    } readings[] = {
        {"other_wars", CC_VETO_OTHER_WARS},
        {"tally_bounds", CC_VETO_TALLY_BOUNDS},
        {"civilian_part_words", CC_VETO_CIVILIAN_PART_WORDS},
        {"strength_words", CC_VETO_STRENGTH_WORDS},
        {"one_in_words", CC_VETO_ONE_IN_WORDS},
        {"intercepted_part_words", CC_VETO_INTERCEPTED_PART_WORDS},
        {"civilian_words", CC_VETO_CIVILIAN_WORDS},
        {"strike_toll_words", CC_VETO_STRIKE_TOLL_WORDS},
    };
    guint bits = 0;
    for (guint i = 0; i < tables->len; i++)
        for (guint k = 0; k < G_N_ELEMENTS(readings); k++)
            if (g_str_equal(tables->pdata[i], readings[k].table))
                bits |= readings[k].bit;
    return bits;
}

CcFrame *
cc_frame_new(void)
{
    CcFrame *f = g_new0(CcFrame, 1);
    for (guint k = 0; k < CC_SLOT_N; k++) {
        f->slot[k].tables = g_ptr_array_new_with_free_func(g_free);
        f->slot[k].table_cols = g_array_new(FALSE, FALSE, sizeof(guint));
        f->slot[k].before = G_MAXUINT;
        f->slot[k].after = G_MAXUINT;
    }
    f->named = g_ptr_array_new_with_free_func(g_free);
    f->vetoes = g_array_new(FALSE, TRUE, sizeof(CcFrameSlot));
    /* A figure's head noun stands right after it, across a few modifiers
     * ("9,000 North Korean infantrymen"); a noun before it reaches it through
     * a verb or preposition ("losses passed 2,000", "the toll stood at 450"). */
    f->slot[CC_SLOT_COUNTS].before = 8;
    f->slot[CC_SLOT_COUNTS].after = 4;
    /* A cue stands near its figure: within a dozen words either side. */
    f->slot[CC_SLOT_CUE].before = 12;
    f->slot[CC_SLOT_CUE].after = 12;
    /* Scope words open the figure's noun phrase ("a second batch of 2,500"). */
    f->slot[CC_SLOT_SCOPE].before = 4;
    f->slot[CC_SLOT_SCOPE].after = 0;
    return f;
}

void
cc_frame_free(CcFrame *frame)
{
    if (frame == NULL)
        return;
    for (guint k = 0; k < CC_SLOT_N; k++) {
        g_ptr_array_unref(frame->slot[k].tables);
        g_array_unref(frame->slot[k].table_cols);
    }
    for (guint i = 0; i < frame->vetoes->len; i++) {
        CcFrameSlot *v = &g_array_index(frame->vetoes, CcFrameSlot, i);
        g_ptr_array_unref(v->tables);
        g_array_unref(v->table_cols);
        if (v->unless != NULL)
            g_ptr_array_unref(v->unless);
    }
    g_array_unref(frame->vetoes);
    g_strfreev(frame->follows);
    g_ptr_array_unref(frame->named);
    g_free(frame->fallback_name);
    g_free(frame);
}

char *
cc_rule_describe_slots(const CcRule *rule)
{
    g_return_val_if_fail(rule != NULL, NULL);
    const CcFrame *f = rule->frame;
    if (f == NULL)
        return NULL;
    GString *out = g_string_new(NULL);
    for (guint k = 0; k < CC_SLOT_N; k++) {
        const CcFrameSlot *slot = &f->slot[k];
        gboolean nothing = k == CC_SLOT_COUNTS && f->headless;
        if (slot->tables->len == 0 && !nothing)
            continue;
        if (k == CC_SLOT_VETO) {
            /* each veto line as written, with its reach */
            for (guint i = 0; i < f->vetoes->len; i++) {
                const CcFrameSlot *v = &g_array_index(f->vetoes, CcFrameSlot, i);
                if (out->len)
                    g_string_append(out, "; ");
                g_string_append(out, "veto");
                for (guint t = 0; t < v->tables->len; t++)
                    g_string_append_printf(out, " %s", (const char *)v->tables->pdata[t]);
                if (f->vetoes->len > 1 && v->before != G_MAXUINT)
                    g_string_append_printf(out, " before %u", v->before);
                if (f->vetoes->len > 1 && v->after != G_MAXUINT)
                    g_string_append_printf(out, " after %u", v->after);
                for (guint t = 0; v->unless != NULL && t < v->unless->len; t++)
                    g_string_append_printf(out, "%s %s", t == 0 ? " unless" : "",
                                           (const char *)v->unless->pdata[t]);
            }
            continue;
        }
        if (out->len)
            g_string_append(out, "; ");
        g_string_append(out, k == CC_SLOT_SCOPE ? "scope from" : cc_frame_slot_name(k));
        if (nothing)
            g_string_append(out, " nothing");
        for (guint t = 0; t < slot->tables->len; t++)
            g_string_append_printf(out, " %s", (const char *)slot->tables->pdata[t]);
        if (k == CC_SLOT_SUBJECT && f->speaker)
            g_string_append(out, " speaker");
        if (k == CC_SLOT_SUBJECT && f->phrase)
            g_string_append(out, " phrase");
        if (k == CC_SLOT_SUBJECT && f->fallback)
            g_string_append_printf(out, " default%s%s", f->fallback_name ? " " : "",
                                   f->fallback_name ? f->fallback_name : "");
        if (k == CC_SLOT_SUBJECT && f->inherit)
            g_string_append(out, " inherit");
        if (k == CC_SLOT_CUE && f->optional_cue)
            g_string_append(out, " optional");
        if (k == CC_SLOT_CUE && f->announced)
            g_string_append(out, " announced");
        if (k == CC_SLOT_CUE && f->by_report)
            g_string_append(out, " by_report");
        if (k == CC_SLOT_CUE && f->label_cue)
            g_string_append(out, " label");
        if (k == CC_SLOT_CUE && f->opening_cue)
            g_string_append(out, " opening");
        if (k == CC_SLOT_CUE && f->befalls_cue)
            g_string_append(out, " befalls");
    }
    if (f->follows != NULL) {
        g_string_append(out, "; follows");
        for (guint i = 0; f->follows[i]; i++)
            g_string_append_printf(out, " %s", f->follows[i]);
        if (f->follows_here)
            g_string_append(out, " here");
        if (f->named->len > 0)
            g_string_append(out, " named");
        for (guint i = 0; i < f->named->len; i++)
            g_string_append_printf(out, " %s", (const char *)f->named->pdata[i]);
    }
    g_string_append_printf(out, "; priority %d", f->priority);
    return g_string_free(out, FALSE);
}

void
cc_frame_miss_clear(CcFrameMiss *miss)
{
    g_clear_pointer(&miss->text, g_free);
}

void
cc_frame_hit_clear(CcFrameHit *hit)
{
    g_clear_pointer(&hit->subject, g_free);
    g_clear_pointer(&hit->object, g_free);
    g_clear_pointer(&hit->scope, g_free);
    g_clear_pointer(&hit->explain, g_free);
}

/* ---- words ---------------------------------------------------------------- */

typedef enum {
    TOK_WORD,
    TOK_COMMA,
    TOK_BREAK, /* ; : ( ) quotes and dashes between words: a clause ends */
    TOK_OTHER,
} TokKind;

typedef struct {
    gsize start, end;
    TokKind kind;
} Tok;

/* A byte inside a word with nothing to ask: an ASCII letter or digit, or
 * a byte of a character not opened by 0xE2 (no dash or quote). */
static const guint8 word_inner[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

static gboolean
word_byte(guchar c)
{
    return g_ascii_isalnum(c) || c >= 0x80 || c == '\'' || c == '-' || c == '.' || c == ',';
}

/* The longest quoted phrase read as part of its clause: a reporter's scare
 * quotes around a speaker's words ("suffered "several hundred" casualties",
 * "had been "killed or wounded"") run up to four words; a quotation is
 * longer or holds punctuation of its own. */
#define SCARE_QUOTE_WORDS 4

static gboolean
is_quote_tok(const char *text, const Tok *t, gboolean *open, gboolean *close)
{
    gsize n = t->end - t->start;
    const guchar *s = (const guchar *)text + t->start;
    *open = *close = FALSE;
    /* a headline's straight single quote, as AP, Reuters and Yonhap set
     * them ("sends 'thousands more' troops"), is either, by its spacing */
    if (t->kind == TOK_OTHER && n == 1 && s[0] == '\'') {
        *open = *close = TRUE;
        return TRUE;
    }
    if (t->kind != TOK_BREAK)
        return FALSE;
    if (n == 1 && s[0] == '"') {
        *open = *close = TRUE; /* a straight quote is either, by its spacing */
        return TRUE;
    }
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9C || s[2] == 0x9D)) {
        *open = s[2] == 0x9C;
        *close = s[2] == 0x9D;
        return TRUE;
    }
    return FALSE;
}

/* Is token @t of @toks "is", "was", "are" or "were"? */
static gboolean
quote_copula(const char *text, const GArray *toks, guint t)
{
    static const char *const copulas[] = {"is", "was", "are", "were"};
    if (t >= toks->len)
        return FALSE;
    const Tok *tok = &g_array_index(toks, Tok, t);
    for (guint i = 0; i < G_N_ELEMENTS(copulas); i++)
        if (tok->end - tok->start == strlen(copulas[i])
            && g_ascii_strncasecmp(text + tok->start, copulas[i], tok->end - tok->start) == 0)
            return TRUE;
    return FALSE;
}

/* Quotation marks around a few words and nothing else, opened after a
 * space and closed right after the last word, are the reporter's marks on
 * a speaker's phrase, not a quotation of its own: the phrase belongs to its
 * clause ("North Korea has suffered "several hundred" casualties", "nearly
 * 3,000 had been "killed or wounded" since …"), so both marks are dropped
 * from @toks and the words read as if unquoted (a comma just inside the
 * closing mark stays, as the clause's). A phrase that a copula follows is
 * named, not used ("their estimate of "at least 100" is a
 * conservative one"): its marks stay. */
static void
drop_scare_quotes(const char *text, GArray *toks)
{
    guint out = 0;
    for (guint i = 0; i < toks->len; i++) {
        const Tok *t = &g_array_index(toks, Tok, i);
        gboolean open, close;
        if (is_quote_tok(text, t, &open, &close) && open
            && (t->start == 0 || text[t->start - 1] == ' ') && i + 1 < toks->len
            && g_array_index(toks, Tok, i + 1).start == t->end) {
            guint j = i + 1;
            while (j < toks->len && j - i - 1 <= SCARE_QUOTE_WORDS
                   && g_array_index(toks, Tok, j).kind == TOK_WORD)
                j++;
            /* a comma the reporter set inside the closing mark, as
             * American style has it ("had been "killed or wounded," the
             * agency said"), is the clause's: it stays, the marks go */
            guint q = j;
            if (j > i + 1 && j + 1 < toks->len && g_array_index(toks, Tok, j).kind == TOK_COMMA
                && g_array_index(toks, Tok, j).start == g_array_index(toks, Tok, j - 1).end)
                q = j + 1;
            /* so is the full stop set inside the closing mark that ends
             * the sentence ("put the number … at "more than 10,000."") */
            else if (j > i + 1 && j + 2 == toks->len
                     && g_array_index(toks, Tok, j).kind == TOK_OTHER
                     && text[g_array_index(toks, Tok, j).start] == '.'
                     && g_array_index(toks, Tok, j).start == g_array_index(toks, Tok, j - 1).end)
                q = j + 1;
            gboolean o2, c2;
            if (j > i + 1 && j - i - 1 <= SCARE_QUOTE_WORDS && q < toks->len
                && is_quote_tok(text, &g_array_index(toks, Tok, q), &o2, &c2) && c2
                && g_array_index(toks, Tok, q).start == g_array_index(toks, Tok, q - 1).end
                && !quote_copula(text, toks, q + 1)) {
                for (guint k = i + 1; k < q; k++)
                    g_array_index(toks, Tok, out++) = g_array_index(toks, Tok, k);
                i = q;
                continue;
            }
        }
        g_array_index(toks, Tok, out++) = *t;
    }
    g_array_set_size(toks, out);
}

/* Brackets of one kind around a few words, set between two words of a
 * sentence, whose words belong to the clause around them: the marks are
 * dropped from @toks, and the words read as if unbracketed. */
typedef struct {
    char open, close;
    guint max_words;
    gboolean tight;      /* the marks touch the words they hold */
    gboolean lower_only; /* every word held in lower case, and no digit */
} BracketAside;

static void
drop_bracket_marks(const char *text, GArray *toks, const BracketAside *kind)
{
    guint out = 0;
    for (guint i = 0; i < toks->len; i++) {
        const Tok *t = &g_array_index(toks, Tok, i);
        if (text[t->start] == kind->open && t->end == t->start + 1 && out > 0
            && g_array_index(toks, Tok, out - 1).kind == TOK_WORD && i + 1 < toks->len
            && (!kind->tight || g_array_index(toks, Tok, i + 1).start == t->end)
            && (!kind->lower_only || g_ascii_islower(text[g_array_index(toks, Tok, i + 1).start]))) {
            guint j = i + 1;
            gboolean refused = FALSE;
            while (j < toks->len && j - i - 1 <= kind->max_words
                   && g_array_index(toks, Tok, j).kind == TOK_WORD) {
                const Tok *w = &g_array_index(toks, Tok, j);
                if (kind->lower_only) {
                    refused = refused || !g_ascii_islower(text[w->start]);
                    for (gsize k = w->start; k < w->end; k++)
                        refused = refused || g_ascii_isdigit(text[k]);
                }
                j++;
            }
            /* and a word after the closing mark */
            if (!refused && j > i + 1 && j - i - 1 <= kind->max_words && j + 1 < toks->len) {
                const Tok *c = &g_array_index(toks, Tok, j);
                if (text[c->start] == kind->close
                    && (!kind->tight || c->start == g_array_index(toks, Tok, j - 1).end)
                    && g_array_index(toks, Tok, j + 1).kind == TOK_WORD) {
                    for (guint k = i + 1; k < j; k++)
                        g_array_index(toks, Tok, out++) = g_array_index(toks, Tok, k);
                    i = j;
                    continue;
                }
            }
        }
        g_array_index(toks, Tok, out++) = *t;
    }
    g_array_set_size(toks, out);
}

/* Square brackets around one to three words and nothing else, set
 * between two words of a sentence, are an editor's insertion into a
 * quotation ("amount to more than 4,500 [soldiers] killed and wounded",
 * "North Korea [has] lost"): the words belong to the clause around them. */
static const BracketAside editor_brackets = {'[', ']', 3, TRUE, FALSE};

/* Is token @mi of @toks, or the one before it where @mi is an
 * abbreviation's dot, a word opening with a month's first three letters
 * ("Apr.", "April")? drop_year_comma() asks it last, of the few commas
 * after a day and a year. */
static gboolean
month_word_at(const char *text, const GArray *toks, guint mi)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    if (mi > 0 && g_array_index(toks, Tok, mi).kind != TOK_WORD && text[g_array_index(toks, Tok, mi).start] == '.')
        mi--;
    const Tok *mo = &g_array_index(toks, Tok, mi);
    if (mo->kind != TOK_WORD || mo->end - mo->start < 3)
        return FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(months); k++)
        if (g_ascii_strncasecmp(text + mo->start, months[k], 3) == 0)
            return TRUE;
    return FALSE;
}

/* The comma that closes the year of a full date in the American style,
 * "Month D, YYYY,", before the "that" of what was said ("Gerasimov
 * reported on April 26, 2025, that the Kursk region had been liberated")
 * sets off the year alone and ends no clause: it is dropped from @toks,
 * so the date stands right before its "that" as "reported on April 26
 * that" does. A year's comma before anything else stays ("On April 26,
 * 2025, Moscow declared …"). */
static void
drop_year_comma(const char *text, GArray *toks)
{
    guint out = 0;
    for (guint i = 0; i < toks->len; i++) {
        const Tok *t = &g_array_index(toks, Tok, i);
        if (t->kind == TOK_COMMA && i >= 4 && i + 1 < toks->len) {
            const Tok *y = &g_array_index(toks, Tok, i - 1), *c = &g_array_index(toks, Tok, i - 2),
                      *d = &g_array_index(toks, Tok, i - 3), *n = &g_array_index(toks, Tok, i + 1);
            /* the month last: most commas follow no year */
            if (y->kind == TOK_WORD && y->end - y->start == 4
                && (strncmp(text + y->start, "19", 2) == 0 || strncmp(text + y->start, "20", 2) == 0)
                && g_ascii_isdigit(text[y->start + 2]) && g_ascii_isdigit(text[y->start + 3])
                && c->kind == TOK_COMMA && d->kind == TOK_WORD && d->end - d->start <= 2
                && g_ascii_isdigit(text[d->start]) && n->kind == TOK_WORD && n->end - n->start == 4
                && g_ascii_strncasecmp(text + n->start, "that", 4) == 0
                && month_word_at(text, toks, i - 4))
                continue;
        }
        g_array_index(toks, Tok, out++) = *t;
    }
    g_array_set_size(toks, out);
}

/* "(local time)" after a date in wire copy ("ratified the treaty on the
 * 24th (local time), TASS reported", "announced on the 26th (local time)
 * that the Kursk region had been liberated") says which clock the day is
 * on, and ends no clause: its brackets and words are dropped from @toks. */
static void
drop_local_time(const char *text, GArray *toks)
{
    guint out = 0;
    for (guint i = 0; i < toks->len; i++) {
        const Tok *t = &g_array_index(toks, Tok, i);
        if (text[t->start] == '(' && t->end == t->start + 1 && i + 3 < toks->len) {
            const Tok *a = &g_array_index(toks, Tok, i + 1), *b = &g_array_index(toks, Tok, i + 2),
                      *c = &g_array_index(toks, Tok, i + 3);
            if (a->kind == TOK_WORD && b->kind == TOK_WORD && a->end - a->start == 5
                && b->end - b->start == 4 && g_ascii_strncasecmp(text + a->start, "local", 5) == 0
                && g_ascii_strncasecmp(text + b->start, "time", 4) == 0 && text[c->start] == ')') {
                i += 3;
                continue;
            }
        }
        g_array_index(toks, Tok, out++) = *t;
    }
    g_array_set_size(toks, out);
}

/* A name's letters in round brackets right after it ("the Democratic
 * People's Republic of Korea (DPRK), signed in June, …", "the National
 * Intelligence Service (NIS) said"), two to six capitals, restate the name
 * and end no clause: the brackets and letters are dropped from @toks, so a
 * noun before them stays within reach of a date after them. */
static void
drop_acronyms(const char *text, GArray *toks)
{
    guint out = 0;
    for (guint i = 0; i < toks->len; i++) {
        const Tok *t = &g_array_index(toks, Tok, i);
        if (text[t->start] == '(' && t->end == t->start + 1 && out > 0 && i + 2 < toks->len) {
            const Tok *before = &g_array_index(toks, Tok, out - 1);
            const Tok *a = &g_array_index(toks, Tok, i + 1), *c = &g_array_index(toks, Tok, i + 2);
            gsize n = a->end - a->start;
            gboolean caps = a->kind == TOK_WORD && n >= 2 && n <= 6;
            for (gsize k = a->start; caps && k < a->end; k++)
                caps = g_ascii_isupper(text[k]);
            if (caps && before->kind == TOK_WORD && g_ascii_isupper(text[before->start])
                && text[c->start] == ')' && c->end == c->start + 1) {
                i += 2;
                continue;
            }
        }
        g_array_index(toks, Tok, out++) = *t;
    }
    g_array_set_size(toks, out);
}

/* Round brackets around one to six words set between two words, every
 * word lower-case and none holding a digit, are a gloss of the word
 * before them, as learners' news and children's explainers write it
 * ("signed a treaty (an official agreement) in June 2024", "were caught
 * (captured) by Ukraine"): the gloss restates what stands before it, often
 * in the word of record, so its words read as the clause's own, which
 * runs on past it. A digit or a capital makes a source's or a count's
 * aside ("between 600 (the NIS) and 2,000"), and a tag that closes a line
 * with no word after it ("5.8 million (estimate)"), no gloss. */
static const BracketAside glosses = {'(', ')', 6, FALSE, TRUE};

/* Cuts @text into words and punctuation. A word runs over letters, digits,
 * apostrophes, inner hyphens and the dots and commas inside figures
 * ("9,000", "1.5", "U.S."); curly quotes and dashes (multi-byte) are their
 * own tokens. */
/* Room in @toks for token @n: doubled when full. */
static inline Tok *
tok_room(GArray *toks, guint n)
{
    if (n == toks->len)
        g_array_set_size(toks, toks->len * 2);
    return (Tok *)(gpointer)toks->data;
}

/* Does a curly double quote, an opening single quote or a dash (“ ” ‘ –
 * —) start at byte @i? Not a word's character: a comma before one ends the
 * word ("killed,” the agency said"). ’ is left out: it is an apostrophe
 * too ("the U.S.’s estimate"). */
static inline gboolean
quote_or_dash_at(const char *text, gsize len, gsize i)
{
    if (i + 2 >= len || (guchar)text[i] != 0xE2 || (guchar)text[i + 1] != 0x80)
        return FALSE;
    guchar d = (guchar)text[i + 2];
    return d == 0x93 || d == 0x94 || d == 0x98 || d == 0x9C || d == 0x9D;
}

static void
tokenize(const char *text, gsize len, GArray *toks)
{
    /* written in place, the room doubled when full (tok_room()); a token
     * takes a byte at least, so a sentence of len bytes starts with room
     * for no more than len */
    g_array_set_size(toks, (guint)MIN(len, 64));
    Tok *out = NULL;
    guint n = 0;
    gsize i = 0;
    /* an opening quote was cut (a straight one or “): only then may
     * drop_scare_quotes() drop any */
    gboolean quotes = FALSE, brackets = FALSE, parens = FALSE;
    /* a straight single quote opened before a word: a straight apostrophe
     * after a word's "s" closes it, else it ends a plural possessive */
    gboolean single_open = FALSE;
    while (i < len) {
        guchar c = (guchar)text[i];
        if (c == ' ') {
            i++;
            continue;
        }
        Tok t = {i, i, TOK_OTHER};
        /* A middle dot with a space after it parts a fact box's or an
         * infobox's items as "|" does: "Dead: about 1,000 · Wounded: …" */
        if (c == 0xC2 && i + 2 < len && (guchar)text[i + 1] == 0xB7 && text[i + 2] == ' ') {
            t.end = i + 2;
            t.kind = TOK_BREAK;
            out = tok_room(toks, n);
            out[n++] = t;
            i += 2;
            continue;
        }
        /* Multi-byte punctuation: quotes and dashes. */
        if (c == 0xE2 && i + 2 < len && (guchar)text[i + 1] == 0x80) {
            guchar d = (guchar)text[i + 2];
            if (d == 0x93 || d == 0x94 || d == 0x9C || d == 0x9D || d == 0x98) {
                quotes |= d == 0x9C;
                t.end = i + 3;
                t.kind = TOK_BREAK;
                out = tok_room(toks, n);
                out[n++] = t;
                i += 3;
                continue;
            }
        }
        if (word_inner[c] || c == 0xE2) {
            gsize j = i;
            for (;;) {
                /* a letter, a digit, a byte of a character not opened by
                 * 0xE2 (no dash or quote): in the word, nothing to ask */
                while (j + 4 <= len && word_inner[(guchar)text[j]]
                       && word_inner[(guchar)text[j + 1]] && word_inner[(guchar)text[j + 2]]
                       && word_inner[(guchar)text[j + 3]])
                    j += 4;
                while (j < len && word_inner[(guchar)text[j]])
                    j++;
                if (j >= len)
                    break;
                guchar b = (guchar)text[j];
                if (b == ' ' || !word_byte(b))
                    break;
                /* A capital's dot before a capitalized word is an initial
                 * of the name it opens, and stays in the word: "N. Korea"
                 * is one phrase of two words, "n. korea". */
                if (b == '.' && j == i + 1 && g_ascii_isupper(text[i]) && j + 2 < len
                    && text[j + 1] == ' ' && g_ascii_isupper(text[j + 2])) {
                    j++;
                    break;
                }
                /* A straight apostrophe after an "s" that ends the word,
                 * no single quote open, is a plural possessive's, inside
                 * the word as "’" is: "the Workers' Party", "the
                 * ministers' statement". */
                if (b == '\'' && !single_open && j > i && (text[j - 1] == 's' || text[j - 1] == 'S')
                    && j + 2 < len && text[j + 1] == ' ' && g_ascii_isalpha(text[j + 2])) {
                    j++;
                    break;
                }
                /* A dot, comma, hyphen or apostrophe stays inside a word
                 * only between two word characters ("9,000", "U.S.",
                 * "North-Korean", "Pyongyang's"). */
                if ((b == '.' || b == ',' || b == '-' || b == '\'')
                    && !(j + 1 < len && (g_ascii_isalnum(text[j + 1]) || (guchar)text[j + 1] >= 0x80)
                         && !quote_or_dash_at(text, len, j + 1)))
                    break;
                if (b == 0xE2 && j + 2 < len && (guchar)text[j + 1] == 0x80) {
                    guchar d = (guchar)text[j + 2];
                    if (d == 0x93 || d == 0x94 || d == 0x9C || d == 0x9D || d == 0x98)
                        break; /* a dash or quote ends the word */
                    if (d == 0x99) { /* ’ inside a word: Pyongyang’s */
                        j += 3;
                        continue;
                    }
                }
                j++;
            }
            t.end = j;
            t.kind = TOK_WORD;
            out = tok_room(toks, n);
            out[n++] = t;
            i = j;
            continue;
        }
        t.end = i + 1;
        quotes |= c == '\'' && (i == 0 || text[i - 1] == ' ');
        single_open |= c == '\'' && (i == 0 || text[i - 1] == ' ');
        if (c == ',')
            t.kind = TOK_COMMA;
        else if (c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '[' || c == ']'
                 || c == '|') /* a social card's or fact box's items: "Killed: ~1,000 | Wounded: …" */
            t.kind = TOK_BREAK, quotes |= c == '"', brackets |= c == '[', parens |= c == '(';
        else if (c == '-' && i + 1 < len && text[i + 1] == '-')
            t.kind = TOK_BREAK, t.end = i + 2;
        else if (c == '-' && i > 0 && text[i - 1] == ' ')
            t.kind = TOK_BREAK; /* a spaced hyphen stands for a dash */
        else if (c == '-' && i == 0 && i + 1 < len && text[i + 1] == ' ')
            t.kind = TOK_BREAK; /* a list's bullet: "- Shells delivered: …" */
        out = tok_room(toks, n);
        out[n++] = t;
        i = t.end;
    }
    g_array_set_size(toks, n);
    drop_year_comma(text, toks);
    if (quotes)
        drop_scare_quotes(text, toks);
    if (brackets)
        drop_bracket_marks(text, toks, &editor_brackets);
    if (parens) {
        drop_local_time(text, toks);
        drop_acronyms(text, toks);
        drop_bracket_marks(text, toks, &glosses);
    }
}

/* The token holding byte @at (the first at or after it). */
static guint
tok_at(const GArray *toks, gsize at)
{
    guint lo = 0, hi = toks->len;
    while (lo < hi) {
        guint mid = (lo + hi) / 2;
        if (g_array_index(toks, Tok, mid).end <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* ---- lexicon hits --------------------------------------------------------- */

typedef struct {
    guint t0, t1;     /* tokens [t0, t1) */
    gsize start, end; /* bytes in the view */
} Hit;

/* A word of the sentence as scan_dictionaries() reads it. */
struct WordRead {
    guint32 hash; /* word_hash() of its bytes lower-cased (ASCII) */
    guint8 poss;  /* possessive(): the bytes of its "'s" or "’s", or 0 */
    gboolean dot; /* a dot follows it, a token of its own right after it */
};

typedef struct {
    GArray *hits; /* (element-type Hit) for the current sentence */
    guint room;   /* Hits @hits has room for (add_hit()) */
    /* the sentence @hits are of: &run->notes_scanned for one of the
     * tables a sentence's notes read (notes_index()), else &run->scanned */
    const guint *scanned;
    guint counted; /* 1 + its index in the run's counted_tables, 0: none */
    guint bit;     /* its table's bit (cc_ruleset_dictionary()) */
} Dict;

/* A hit of the counted table @table (its index in counted_tables), or of
 * `army_nouns` (@table the number of counted tables), at tokens [t0, t1). */
typedef struct {
    guint t0, t1, table;
} NounStart;

/* entity_of()'s answers: open-addressed by key_hash() of the phrase's
 * bytes, each slot's phrase (not NUL-ended) and canonical name owned;
 * emptied when it holds ENTITY_MEMO_MAX. */
#define ENTITY_MEMO_MAX 4096u
#define ENTITY_MEMO_SLOTS (2 * ENTITY_MEMO_MAX)

struct EntityMemo {
    guint n;
    struct EntitySlot {
        guint32 hash;
        guint32 len;
        char *phrase; /* NULL: an empty slot */
        char *name;
    } slots[ENTITY_MEMO_SLOTS];
    char *long_name; /* the last name of a phrase too long to keep */
};

/* Frees the strings of @memo's slots and empties it. */
static void
entity_memo_clear(struct EntityMemo *memo)
{
    for (guint i = 0; i < ENTITY_MEMO_SLOTS; i++) {
        g_free(memo->slots[i].phrase);
        g_free(memo->slots[i].name);
    }
    g_free(memo->long_name);
    memset(memo, 0, sizeof *memo);
}

/* A sentence with no value, noted by cc_frame_run_note(). */
typedef struct {
    guint index;
    const char *text;
    gsize len;
} PendingNote;

#define PHRASE_FILTER_BITS 65536u
/* Bytes readable past the end of a word scan_dictionaries() reads eight
 * at a time (word_hash(), same_bytes()). */
#define WORD_PAD 8u
#define DICT_MEMO_BITS 10
#define DICT_MEMO (1u << DICT_MEMO_BITS)

/* The most answers of speaks() kept for one sentence. */
#define SPEAKS_MEMO 16
/* The most readings of read_event_date() kept for one sentence. */
#define EVENT_DATE_MEMO 8
/* The most answers of reported_on() kept for one sentence. */
#define REPORTED_MEMO 8

struct _CcFrameRun {
    const CcRuleSet *rules;
    const CcNormalizer *normalizer;
    const CcLexicon *lexicon;
    GPtrArray *frames;      /* (element-type CcRule) the frame rules, load order */
    GHashTable *dicts;      /* table -> Dict* */
    /* dict_of()'s memo of dicts' look-ups, by the address of the name
     * asked with (a literal or a rule's string, asked millions of times a
     * run): the name as dicts holds it, to check the asked name against,
     * and its Dict*; a name dicts lacks is not kept */
    struct {
        const char *asked, *name;
        Dict *dict;
    } dict_memo[DICT_MEMO];
    /* The table names the run was made with (the rule set's strings, which
     * outlive it, and cc_frame_own_tables), by address, with their Dict*
     * or NULL: open-addressed, @kept_mask + 1 slots, an empty slot has no
     * name. A run asks for these millions of times, and two of them on one
     * slot of the memo above would push each other out. */
    struct KeptName {
        const char *name;
        Dict *dict;
    } *kept;
    guint kept_mask;
    Dict *by_bit[CC_TABLE_BITS]; /* the same, by the table's bit */
    /* The frames' slots' lists of tables (f->slot[k].tables), by the
     * list's address, for hit_at(): their Dict*, in the list's order and
     * ended by NULL. Open-addressed, @list_dicts_mask + 1 slots, an empty
     * slot has no list. A list with a table the run has no Dict for is
     * left out. */
    struct ListDicts {
        const GPtrArray *tables;
        Dict **dicts;
    } *list_dicts;
    guint list_dicts_mask;
    /* the dicts with hits in the current sentence, which the next scan
     * empties (the others are empty already) */
    Dict *with_hits[CC_TABLE_BITS];
    guint n_with_hits;
    GHashTable *phrases;    /* the rule set's: phrase -> CcTableBits* of table bits */
    GArray *starts;         /* (element-type CcTableBits) by token: the bits of the tables
                             * with a hit starting there, in the current sentence */
    /* the tokens add_hit() set bits of @starts at since the last scan
     * (@n_started of them, room for @started_room), which the next scan
     * empties: the others are empty already */
    guint *started;
    guint n_started, started_room;
    CcTableBits counts_bits; /* every frame's counts tables, "units" and "other_heads" */
    /* "units" and "other_heads": heads whatever frame fails */
    CcTableBits head_bits;
    guint max_words;        /* the longest phrase, in words */
    guint scanned;          /* the sentence the dictionaries' hits are of */
    /* Bumped whenever the tokens or the hits change (look_at() cuts a
     * new sentence, scan_dictionaries()): what was read from them before
     * is then stale. */
    guint generation;
    /* clause_of()'s last answer, of generation clause_generation + 1 (0:
     * none): every frame tried on a mention asks it of the same tokens */
    guint clause_generation, clause_t0, clause_t1, clause_c0, clause_c1;
    /* speaks()'s answers of the current sentence, by the party's tokens
     * [t0, t1): speaks_n of them, of generation speaks_generation + 1 (0:
     * none). A party is asked of by the notes, the owners and each frame's
     * subject; none is kept while a scan is still dropping hits
     * (in_scan), which it may ask in the middle of. */
    struct SpeaksMemo {
        guint t0, t1;
        gboolean yes;
    } speaks_memo[SPEAKS_MEMO];
    guint speaks_n, speaks_generation;
    gboolean in_scan;
    /* read_event_date()'s readings of the current sentence's dates, which
     * the pattern rules' value pass and the frames both read: a mention's
     * bytes, value and reference day, and its start and value after;
     * event_dates_n of them, of generation event_dates_generation + 1 (0:
     * none) */
    struct EventDateMemo {
        gsize start, end;
        guint32 ref_day;
        CcValue value;
        gsize start_after;
        CcValue value_after;
    } event_dates[EVENT_DATE_MEMO];
    guint event_dates_n, event_dates_generation;
    /* the current sentence cut by tokenize() alone, as cc_citation_at()
     * reads it (run->toks has its citations dropped), for in_citation():
     * of generation cite_generation + 1 (0: none) */
    GArray *cite_toks;
    guint cite_generation;
    /* look_at() dropped a citation from run->toks: else they are the
     * sentence as tokenize() cuts it, and in_citation() reads them */
    gboolean citations_dropped;
    /* reported_on()'s answers for the current sentence's dates, which the
     * value pass and the frames both ask of: reported_n of them, of
     * generation reported_generation + 1 (0: none) */
    struct ReportedMemo {
        gsize vs, ve;
        guint said_at;
    } reported[REPORTED_MEMO];
    guint reported_n, reported_generation;
    /* scan_dictionaries()'s reading of the sentence's words, by token
     * (element-type struct WordRead): read once, and joined into every key
     * a word is part of (phrase_hash_join()) */
    GArray *word_reads;
    /* the sentence's bytes lower-cased (ASCII), which the words' hashes
     * are read from and the keys met compared with; @folded_room bytes,
     * at least the sentence's and WORD_PAD more (read eight at a time) */
    char *folded;
    gsize folded_room;
    /* entity_of()'s answers by the phrase's bytes (the same parties are
     * named sentence after sentence) */
    struct EntityMemo *entity_memo;
    /* A bit for each phrase_hash() of a key of phrases, modulo
     * PHRASE_FILTER_BITS: a key whose bit is clear is none of them. */
    guint64 phrase_filter[PHRASE_FILTER_BITS / 64];
    /* The same, of the keys a hit may start with: the keys of one word
     * that are phrases (not only the first word of longer ones), and the
     * first two words of every longer key (start_filter_add()). A word
     * whose own key and whose key with the next word are neither starts
     * no hit: "the" opens phrases ("the kremlin"), "the report" none. */
    guint64 start_filter[PHRASE_FILTER_BITS / 64];
    /* phrases again, open-addressed by phrase_hash(), which the dictionary
     * scan makes of its words' hashes: a look-up reads no byte again
     * until a key's hash is met. @phrase_mask + 1 slots (a power of two,
     * at least twice the keys); an empty slot has no key. @bits is NULL
     * where the key only opens longer phrases (no table's bit set), else
     * @dicts lists the Dict* of its bits the run has, by bit (add_hit()).
     * The keys are copies in @phrase_keys, each followed by WORD_PAD
     * zero bytes. */
    struct PhraseSlot {
        guint32 hash;
        guint32 len;
        const char *key;
        const CcTableBits *bits;
        Dict *const *dicts;
    } *phrase_slots;
    char *phrase_keys;
    Dict **phrase_dicts;
    guint phrase_mask;
    /* The same index, of the phrases of the notes' tables only (a Dict
     * whose scanned is &notes_scanned) and the keys that open them: a
     * sentence with no value mention is scanned for its notes alone
     * (cc_frame_run_note()). The keys are phrase_keys', @dicts the notes'
     * Dict* of the key's bits. */
    guint64 notes_filter[PHRASE_FILTER_BITS / 64];
    guint64 notes_start_filter[PHRASE_FILTER_BITS / 64];
    struct PhraseSlot *notes_slots;
    Dict **notes_dicts;
    guint notes_mask;
    guint notes_max_words;
    /* The sentence the notes' tables' hits are of (run->scanned, or a
     * notes scan's, scan_dictionaries() @notes, which leaves the other
     * tables with none: asking one of those scans the sentence whole). */
    guint notes_scanned;
    /* A notes scan is dropping its epithets; @notes_short: meanwhile a
     * table not of the notes' was asked, and the scan is done again whole. */
    gboolean notes_scanning, notes_short;
    /* The same, of the words of anchors: anchor_kinds() looks up only a
     * word whose bit is set. */
    guint64 anchor_filter[PHRASE_FILTER_BITS / 64];
    /* @anchors again, open-addressed by key_hash(): @anchor_mask + 1
     * slots (a power of two, at least twice the words); an empty slot has
     * no word */
    struct AnchorSlot {
        guint32 hash;
        guint32 kinds;
        const char *word; /* @anchors' key */
        gsize len;
    } *anchor_slots;
    guint anchor_mask;
    /* find_mentions()'s and cut_to_anchors()'s lists, kept from sentence
     * to sentence rather than made for each (neither runs inside itself;
     * cc_frame_run_value_mentions() borrows the windows and dates, and
     * search_mentions() its dates as read, sm_read): windows, reach and
     * cut (element-type Span, made on first use), the others CcMention */
    GArray *fm_windows, *fm_quantities, *fm_dates, *fm_others, *cut_reach, *cut_cut;
    GArray *sm_read;
    GArray *toks;           /* (element-type Tok) */
    GArray *fillable;       /* (element-type guint) the frames that may fill this sentence */
    /* Sets of frames, by index, each frame_words words of bits, for
     * some_frame_could_fire() and frames_may_fill(), which would ask the
     * tables of every frame of every sentence otherwise. By a table's bit,
     * the frames whose counts slot (slot_frames[0] + bit * frame_words) or
     * cue slot ([1]) reads it; the frames with no counts tables
     * (no_counts) and with none of a cue (no_cue); the frames that may
     * fill with no hit of their counts tables (spare[0]: none, or
     * headless) or of their cue tables (spare[1]: none, or an optional
     * cue); the quantity frames (of_type[0]) and the date frames ([1]).
     * And with_hit[k]: the frames a table of whose slot k has a hit in the
     * current sentence, of generation with_hit_generation - 1 (0: none). */
    guint frame_words;
    guint64 *slot_frames[2], *no_counts, *no_cue, *spare[2], *of_type[2], *with_hit[2];
    /* The frames tried on the current mention that missed it: for want
     * of what they follow (missed_follows), on their counted noun
     * (missed_counts). While a figure no frame took is read again
     * (hidden_nouns()), @hiding: the nouns of the first are no other
     * frame's. */
    guint64 *missed_follows, *missed_counts;
    gboolean hiding;
    guint with_hit_generation;
    /* the figure's own token as the hit of a veto line that a figure glued
     * to "-strong" meets (fill_slots()) */
    Hit glued_strength;
    /* the verb of air defences before a part "of them" that a veto line
     * of `intercepted_part_words` meets (fill_slots()) */
    Hit stopped_part;
    /* a running tally's rise in brackets after its figure, "(+42)", that
     * a veto line of `loss_verbs` meets (fill_slots(), tally_rise()) */
    Hit tally_rise;
    GPtrArray *gate_tables[2]; /* (element-type utf8) see gate_tables() */
    GPtrArray *gate_dicts[2];  /* their Dict*, in the same order (NULL where none) */
    /* dates_by_scan()'s last reading: of which sentence, in which windows
     * (element-type Span), the mentions (element-type CcMention) */
    gboolean date_memo_valid;
    guint date_memo_sentence;
    const char *date_memo_text;
    gsize date_memo_len;
    guint32 date_memo_ref_day;
    GArray *date_memo_windows, *date_memo;
    /* dates_by_scan()'s scanner of that sentence, restarted for its next
     * windows (what it read at a token it reads there again the same) */
    CcDateScanner *date_scanner;
    /* quantities_by_scan()'s scanner of the sentence, restarted for its
     * next windows: of which sentence (as the date memo's) */
    CcQuantityScanner *quantity_scanner;
    gboolean quantity_scanner_valid;
    guint quantity_scanner_sentence;
    const char *quantity_scanner_text;
    gsize quantity_scanner_len;
    gboolean gate_all[2];
    gboolean explaining; /* misses are being explained: the value pass reads every sentence whole */
    gboolean points_back; /* may_point_back(): the value pass reads the sentence's quantities whole */
    /* (element-type guint) anchor_kinds() of each of toks, read once a
     * sentence for both types' cut_to_anchors(); emptied where toks is
     * filled */
    GArray *toks_anchors;
    /* Every word of the value grammars' lexicon tables: word -> kinds
     * (ANCHOR_QUANTITY, ANCHOR_DATE), for the value pass's gate. */
    GHashTable *anchors;
    const char *text;
    gsize len;
    guint sentence;
    /* The text of the sentence looked at before this one and of this one
     * (copies: a sentence's view may not outlive it), and their indices
     * (G_MAXUINT: none), for a day told from the sentence before ("The
     * next day, …") */
    GString *prev_sentence, *cur_sentence;
    guint prev_index, cur_index;
    /* Subjects remembered for frames that inherit: the first party named
     * by the title, and by the latest earlier sentence naming one. */
    GPtrArray *subject_tables; /* (element-type utf8) tables inheriting frames read */
    char *title_subject;
    char *last_subject;
    /* The nouns inheriting frames count (their counts tables), and for the
     * sentence last_subject came from ([0]) and the title ([1]), the first
     * hit of each and the party that owns it, if any ("Ukrainian drones
     * struck *North Korean* troops": the troops are North Korea's, not the
     * opener's): owned_t0[k][i] is G_MAXUINT where table i has none. */
    GPtrArray *counted_tables; /* (element-type utf8) */
    Dict **counted_dicts;      /* dict_of() of each, and of `army_nouns` last (NULL: none) */
    GArray *noun_starts;       /* (element-type NounStart) note_owners()'s */
    guint *owned_t0[2];
    char **owned_by[2];
    /* the tables i whose owned_t0[k][i] is set, @n_owned[k] of them: the
     * only ones note_owners() has to reset */
    guint *owned_tables[2];
    guint n_owned[2];
    /* …and whether the party it opens with owns one of its own
     * (opener_owns[k][i], table i), or an army (opener_army[k]) */
    gboolean *opener_owns[2];
    gboolean opener_army[2];
    /* …and the party a verb of `strike_verbs` after the opener strikes
     * ("Ukrainian drones *hit* a column of *North Korean* troops"), whose
     * the toll told after it is (struck_party()) */
    char *struck_by[2];
    /* Predicates claimed in the current sentence and the two before it
     * (claimed[0] is sentence claimed_index's), for frames that follow. */
    GPtrArray *claimed[3];
    guint claimed_index;
    /* The last quantity claimed by a frame in each of those sentences, for
     * a share "of them" in a later one. */
    CcValue figure[3];
    gboolean has_figure[3];
    /* The last quantity a frame claimed, and its sentence, for "The figure
     * has since risen to 14,000" in the sentence after it (pointed_back()).
     * The claim parts are owned; the rule outlives the run. */
    const CcRule *last_rule;
    char *last_claim_subject, *last_claim_object, *last_claim_scope;
    guint last_claim_index;
    /* Every quantity that sentence claimed, in order (at most four), for a
     * figure set against one of them: "That is up from 3,000"
     * (compared_back()). */
    struct {
        const CcRule *rule;
        char *subject, *object, *scope;
        CcValue value;
    } last_counts[4];
    guint n_last_counts;
    /* The antecedent tables frames name ("follows … named TABLE"), and
     * which of them the same three sentences and the title hold. */
    GPtrArray *named_tables; /* (element-type utf8) */
    Dict **named_dicts;      /* dict_of() of each */
    GPtrArray *named[3];
    GPtrArray *title_named;
    /* The parties (entities) the same three sentences and the title name,
     * none of them speaking, for "such" ("Moscow fired 74 such missiles"
     * after a sentence on missiles made in North Korea). */
    GPtrArray *parties[3];
    GPtrArray *title_parties;
    /* The sentences with no value since the last one with a value, noted
     * but not yet read (read_notes()): a later sentence's frames read
     * their notes, and those past a document's last value none. */
    GArray *pending; /* (element-type PendingNote) */
    /* The notes of the last two of them, read newest first ([2]: the
     * parties of an older one, only its first kept) */
    GPtrArray *spare_named[2];
    GPtrArray *spare_parties[3];
    /* owner_names() read last_subject, left by the sentences before */
    gboolean read_last_subject;
};

/* Is token @t the word @w, of @n bytes (ASCII, any case)? The same as
 * g_ascii_strncasecmp() over the token's bytes, inline: tok_is() is asked
 * some 1.8 million times over 200 documents, nearly always of a literal
 * whose length the compiler knows, and the length tells most words apart
 * before a byte is compared. */
static inline gboolean
tok_is_n(const CcFrameRun *run, guint t, const char *w, gsize n)
{
    if (t >= run->toks->len)
        return FALSE;
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    if (tok->end - tok->start != n)
        return FALSE;
    const char *a = run->text + tok->start;
    for (gsize i = 0; i < n; i++) {
        char x = a[i], y = w[i];
        if (x >= 'A' && x <= 'Z')
            x = (char)(x + ('a' - 'A'));
        if (y >= 'A' && y <= 'Z')
            y = (char)(y + ('a' - 'A'));
        if (x != y)
            return FALSE;
    }
    return TRUE;
}

/* Is token @t the word @w (ASCII, any case)? */
#define tok_is(run, t, w) tok_is_n((run), (t), (w), strlen(w))

/* Are the @n bytes at @a those of @w (ASCII, any case)? The same as
 * g_ascii_strncasecmp(), inline. */
static inline gboolean
same_letters(const char *a, const char *w, gsize n)
{
    for (gsize i = 0; i < n; i++) {
        char x = a[i], y = w[i];
        if (x >= 'A' && x <= 'Z')
            x = (char)(x + ('a' - 'A'));
        if (y >= 'A' && y <= 'Z')
            y = (char)(y + ('a' - 'A'));
        if (x != y)
            return FALSE;
    }
    return TRUE;
}

/* A word of a list tok_in() reads, with its length in bytes, which the
 * compiler counts: WORD("troops"). A list's words are told apart from a
 * token by their lengths before a byte is compared. */
typedef struct {
    const char *text;
    gsize len;
} Word;

#define WORD(w) {"" w "", sizeof("" w "") - 1}

/* Is token @t one of the @n words of @words (ASCII, any case)? The token
 * is read once, and its bytes compared only with the words as long as it. */
G_ALWAYS_INLINE static inline gboolean
tok_in(const CcFrameRun *run, guint t, const Word *words, gsize n)
{
    if (t >= run->toks->len)
        return FALSE;
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    const char *a = run->text + tok->start;
    gsize len = tok->end - tok->start;
    for (gsize i = 0; i < n; i++)
        if (words[i].len == len && same_letters(a, words[i].text, len))
            return TRUE;
    return FALSE;
}

static void
dict_free(gpointer p)
{
    Dict *d = p;
    g_array_unref(d->hits);
    g_free(d);
}

static Dict *dict_of(CcFrameRun *run, const char *table);
static void gate_tables(CcFrameRun *run, int k);

/* Sets of frames by index (struct _CcFrameRun's frame_words). */
static inline void
frame_set_add(guint64 *set, guint fi)
{
    set[fi / 64] |= G_GUINT64_CONSTANT(1) << (fi % 64);
}

static gboolean
frame_set_any(const CcFrameRun *run, const guint64 *set)
{
    for (guint w = 0; w < run->frame_words; w++)
        if (set[w] != 0)
            return TRUE;
    return FALSE;
}
static guint32 key_hash(const char *key, gsize n);
static guint32 phrase_hash(const char *key, gsize n);

/* A per-sentence cache of @table's hits, where the rule set compiled its
 * dictionary and the run has none yet. */
static void
add_dict(CcFrameRun *run, const char *table)
{
    int bit = cc_ruleset_dictionary(run->rules, table);
    if (bit < 0 || dict_of(run, table) != NULL)
        return;
    Dict *d = g_new0(Dict, 1);
    d->hits = g_array_new(FALSE, FALSE, sizeof(Hit));
    d->scanned = &run->scanned;
    d->bit = (guint)bit;
    run->by_bit[bit] = d;
    /* dict_memo keeps only names dicts holds, with their Dict*: a table
     * added changes none of them */
    g_hash_table_insert(run->dicts, (gpointer)table, d);
}

/* Fills run->kept with the addresses of the table names the run was made
 * with, once run->dicts is complete. */
static void
keep_names(CcFrameRun *run)
{
    GPtrArray *names = g_ptr_array_new();
    for (guint i = 0; i < run->frames->len; i++) {
        const CcFrame *f = ((const CcRule *)run->frames->pdata[i])->frame;
        for (guint t = 0; t < f->named->len; t++)
            g_ptr_array_add(names, f->named->pdata[t]);
        for (guint k = 0; k < CC_SLOT_N; k++)
            for (guint t = 0; t < f->slot[k].tables->len; t++)
                g_ptr_array_add(names, f->slot[k].tables->pdata[t]);
    }
    for (guint i = 0; cc_frame_own_tables[i] != NULL; i++)
        g_ptr_array_add(names, (gpointer)cc_frame_own_tables[i]);
    guint slots = 16;
    while (slots < 4 * names->len)
        slots *= 2;
    run->kept = g_new0(struct KeptName, slots);
    run->kept_mask = slots - 1;
    for (guint n = 0; n < names->len; n++) {
        const char *name = names->pdata[n];
        guint64 h = (guint64)(guintptr)name * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15);
        guint i = (guint)(h >> 32) & run->kept_mask;
        while (run->kept[i].name != NULL && run->kept[i].name != name)
            i = (i + 1) & run->kept_mask;
        run->kept[i].name = name;
        run->kept[i].dict = g_hash_table_lookup(run->dicts, name);
    }
    g_ptr_array_unref(names);
}

/* The slot of run->list_dicts for the list @tables: its own, or the
 * empty one where it would go. */
static inline struct ListDicts *
list_dicts_slot(const CcFrameRun *run, const GPtrArray *tables)
{
    guint64 h = (guint64)(guintptr)tables * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15);
    guint i = (guint)(h >> 32) & run->list_dicts_mask;
    while (run->list_dicts[i].tables != NULL && run->list_dicts[i].tables != tables)
        i = (i + 1) & run->list_dicts_mask;
    return &run->list_dicts[i];
}

/* Fills run->list_dicts with every frame's slots' lists of tables,
 * once run->dicts is complete. */
static void
index_list_dicts(CcFrameRun *run)
{
    guint slots = 16;
    while (slots < 4 * CC_SLOT_N * run->frames->len)
        slots *= 2;
    run->list_dicts = g_new0(struct ListDicts, slots);
    run->list_dicts_mask = slots - 1;
    for (guint i = 0; i < run->frames->len; i++) {
        const CcFrame *f = ((const CcRule *)run->frames->pdata[i])->frame;
        for (guint k = 0; k < CC_SLOT_N; k++) {
            const GPtrArray *tables = f->slot[k].tables;
            struct ListDicts *to = list_dicts_slot(run, tables);
            if (to->tables != NULL)
                continue;
            Dict **dicts = g_new0(Dict *, tables->len + 1);
            gboolean all = TRUE;
            for (guint t = 0; t < tables->len && all; t++) {
                dicts[t] = g_hash_table_lookup(run->dicts, tables->pdata[t]);
                all = dicts[t] != NULL;
            }
            if (all)
                *to = (struct ListDicts){tables, dicts};
            else
                g_free(dicts);
        }
    }
}

static G_NO_INLINE Dict *dict_of_unkept(CcFrameRun *run, const char *table, guint64 h);

/* The per-sentence cache of @table's hits; NULL when the run has none.
 * The same as looking @table up in run->dicts: a memo entry is taken only
 * when its name reads as @table. Inline where the name is one the run
 * keeps (nearly every ask: some 2.6 million over 200 documents), the rest
 * out of line. */
static inline Dict *
dict_of(CcFrameRun *run, const char *table)
{
    guint64 h = (guint64)(guintptr)table * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15);
    if (run->kept != NULL)
        for (guint i = (guint)(h >> 32) & run->kept_mask;; i = (i + 1) & run->kept_mask) {
            if (run->kept[i].name == table)
                return run->kept[i].dict;
            if (run->kept[i].name == NULL)
                break;
        }
    return dict_of_unkept(run, table, h);
}

static Dict *
dict_of_unkept(CcFrameRun *run, const char *table, guint64 h)
{
    guint slot = (guint)(h >> (64 - DICT_MEMO_BITS));
    /* the name dicts holds is often the very string asked with */
    if (run->dict_memo[slot].asked == table
        && (run->dict_memo[slot].name == table || strcmp(run->dict_memo[slot].name, table) == 0))
        return run->dict_memo[slot].dict;
    gpointer name = NULL, dict = NULL;
    if (!g_hash_table_lookup_extended(run->dicts, table, &name, &dict))
        return NULL; /* not kept: a name not in dicts is seldom asked */
    run->dict_memo[slot].asked = table;
    run->dict_memo[slot].name = name;
    run->dict_memo[slot].dict = dict;
    return dict;
}

/* The value pass's gate. A quantity or date mention holds a figure or a
 * word that announces it (cc_mention_tables: a number word, a scale word,
 * a vague magnitude, a fraction; a month, a weekday, a date word); the
 * grammar's other words (approximators and bounds, "between", "from",
 * "the") only lead up to one. So the grammar is tried only where such an
 * anchor follows within ANCHOR_REACH words. */
#define ANCHOR_QUANTITY ((guint)CC_MENTION_NUMBER)
#define ANCHOR_DATE ((guint)CC_MENTION_DATE)
#define ANCHOR_REACH 12u

/* Every word of every phrase of @table, lower case, into @anchors with
 * @kind. */
static void
add_anchor_words(GHashTable *anchors, const CcLexicon *lexicon, const char *table, guint kind)
{
    GPtrArray *entries = cc_lexicon_entries(lexicon, table);
    for (guint i = 0; entries != NULL && i < entries->len; i++) {
        const char *p = ((const CcLexiconEntry *)entries->pdata[i])->phrase;
        while (*p != '\0') {
            while (*p != '\0' && (guchar)*p < 0x80 && !g_ascii_isalnum(*p))
                p++;
            const char *w = p;
            while (*p != '\0' && ((guchar)*p >= 0x80 || g_ascii_isalnum(*p)))
                p++;
            if (p == w)
                continue;
            char *word = g_ascii_strdown(w, p - w);
            guint old = GPOINTER_TO_UINT(g_hash_table_lookup(anchors, word));
            g_hash_table_replace(anchors, word, GUINT_TO_POINTER(old | kind));
        }
    }
}

static void forget_last_claim(CcFrameRun *run);

/* The tables a sentence's notes read besides the inheriting frames'
 * subject tables and the frames' antecedent tables: speaks(), placed(),
 * sanctions(), carries() and the owners of epithets
 * (drop_unowned_epithets()). Another table asked for after a notes scan
 * has the sentence scanned whole again. */
static const char *const notes_own_tables[] = {
    "source_nouns",    "speech_words",  "place_words",  "recipient_words",
    "supplier_nouns",  "region_nouns", "carrier_nouns", "inflict_verbs", "army_nouns",
    "strike_verbs",    "outlet_words", "sanctioning_verbs", NULL,
};

/* The slot of @slots (@mask) holding @key (@len bytes, phrase_hash() @h),
 * or the empty slot where it goes. */
static struct PhraseSlot *
index_slot(struct PhraseSlot *slots, guint mask, guint32 h, const char *key, gsize len)
{
    guint i = h & mask;
    while (slots[i].key != NULL
           && !(slots[i].hash == h && slots[i].len == len && memcmp(slots[i].key, key, len) == 0))
        i = (i + 1) & mask;
    return &slots[i];
}

/* Sets in @filter (a start_filter) the bit of @slot's key where it is a
 * phrase of one word or a key of two. The first two words of a longer key
 * are a key of their own in the same index (the scan walks a phrase's
 * keys word by word), which sets the bit of its hash. */
static void
start_filter_add(guint64 *filter, const struct PhraseSlot *slot)
{
    const char *space = memchr(slot->key, ' ', slot->len);
    if (space == NULL ? slot->bits == NULL
                      : memchr(space + 1, ' ', slot->len - (gsize)(space + 1 - slot->key)) != NULL)
        return;
    guint32 b = slot->hash & (PHRASE_FILTER_BITS - 1);
    filter[b / 64] |= G_GUINT64_CONSTANT(1) << (b % 64);
}

/* Marks the notes' tables (their Dict's scanned is &run->notes_scanned)
 * and makes their phrase index, run->notes_…, from the whole one: every
 * key with a bit of theirs, with the Dict* of those bits, and the keys
 * that open it (no bits). */
static void
notes_index(CcFrameRun *run)
{
    if (run->phrase_slots == NULL)
        return;
    for (int k = 0; k < 4; k++) {
        const char *const *names = k == 2 ? notes_own_tables : NULL;
        guint n = k == 0   ? run->subject_tables->len
                  : k == 1 ? run->named_tables->len
                  : k == 3 ? run->counted_tables->len
                           : g_strv_length((char **)names);
        for (guint i = 0; i < n; i++) {
            const char *name = k == 0   ? run->subject_tables->pdata[i]
                               : k == 1 ? run->named_tables->pdata[i]
                               : k == 3 ? run->counted_tables->pdata[i]
                                        : names[i];
            Dict *d = cc_ruleset_dictionary(run->rules, name) >= 0 ? dict_of(run, name) : NULL;
            if (d != NULL)
                d->scanned = &run->notes_scanned;
        }
    }
    guint n_slots = run->phrase_mask + 1, n_keys = 0, n_dicts = 0;
    for (guint i = 0; i < n_slots; i++) {
        const struct PhraseSlot *slot = &run->phrase_slots[i];
        if (slot->key == NULL)
            continue;
        n_keys++;
        for (Dict *const *p = slot->dicts; *p != NULL; p++)
            n_dicts++;
        n_dicts++;
    }
    run->notes_slots = g_new0(struct PhraseSlot, n_slots);
    run->notes_mask = run->phrase_mask;
    run->notes_dicts = g_new0(Dict *, n_dicts + n_keys);
    Dict **dicts_at = run->notes_dicts;
    static Dict *const no_dicts[1] = {NULL};
    /* the keys with hits of the notes' tables, then the keys opening them */
    for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < n_slots; i++) {
            const struct PhraseSlot *slot = &run->phrase_slots[i];
            if (slot->key == NULL || slot->bits == NULL)
                continue;
            gboolean noted = FALSE;
            for (Dict *const *p = slot->dicts; *p != NULL; p++)
                noted |= (*p)->scanned == &run->notes_scanned;
            if (!noted)
                continue;
            if (pass == 0) {
                struct PhraseSlot *to =
                    index_slot(run->notes_slots, run->notes_mask, slot->hash, slot->key, slot->len);
                Dict **dicts = dicts_at;
                for (Dict *const *p = slot->dicts; *p != NULL; p++)
                    if ((*p)->scanned == &run->notes_scanned)
                        *dicts_at++ = *p;
                *dicts_at++ = NULL;
                *to = (struct PhraseSlot){slot->hash, slot->len, slot->key, slot->bits, dicts};
                guint32 b = slot->hash & (PHRASE_FILTER_BITS - 1);
                run->notes_filter[b / 64] |= G_GUINT64_CONSTANT(1) << (b % 64);
                guint words = 1;
                for (guint c = 0; c < slot->len; c++)
                    words += slot->key[c] == ' ';
                run->notes_max_words = MAX(run->notes_max_words, words);
                continue;
            }
            for (guint c = 0; c < slot->len; c++) {
                if (slot->key[c] != ' ')
                    continue;
                guint32 h = phrase_hash(slot->key, c);
                const struct PhraseSlot *from =
                    index_slot(run->phrase_slots, run->phrase_mask, h, slot->key, c);
                struct PhraseSlot *to =
                    index_slot(run->notes_slots, run->notes_mask, h, slot->key, c);
                g_assert(from->key != NULL);
                if (to->key != NULL)
                    continue;
                *to = (struct PhraseSlot){h, (guint32)c, from->key, NULL, no_dicts};
                guint32 b = h & (PHRASE_FILTER_BITS - 1);
                run->notes_filter[b / 64] |= G_GUINT64_CONSTANT(1) << (b % 64);
            }
        }
    for (guint i = 0; i < n_slots; i++)
        if (run->notes_slots[i].key != NULL)
            start_filter_add(run->notes_start_filter, &run->notes_slots[i]);
}

CcFrameRun *
cc_frame_run_new(const CcRuleSet *rules)
{
    CcFrameRun *run = g_new0(CcFrameRun, 1);
    run->rules = rules;
    run->normalizer = cc_ruleset_normalizer(rules);
    run->lexicon = cc_ruleset_lexicon(rules);
    run->frames = g_ptr_array_new();
    run->dicts = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, dict_free);
    run->toks = g_array_new(FALSE, FALSE, sizeof(Tok));
    run->fillable = g_array_new(FALSE, FALSE, sizeof(guint));
    run->toks_anchors = g_array_new(FALSE, FALSE, sizeof(guint));
    run->prev_sentence = g_string_new(NULL);
    run->cur_sentence = g_string_new(NULL);
    run->prev_index = run->cur_index = G_MAXUINT;
    run->subject_tables = g_ptr_array_new();
    run->counted_tables = g_ptr_array_new();
    run->named_tables = g_ptr_array_new();
    GPtrArray *all = cc_ruleset_rules(rules);
    for (guint i = 0; i < all->len; i++) {
        const CcRule *r = all->pdata[i];
        if (r->frame == NULL)
            continue;
        g_ptr_array_add(run->frames, (gpointer)r);
        for (guint t = 0; t < r->frame->named->len; t++) {
            const char *name = r->frame->named->pdata[t];
            add_dict(run, name);
            if (!g_ptr_array_find_with_equal_func(run->named_tables, name, g_str_equal, NULL))
                g_ptr_array_add(run->named_tables, (gpointer)name);
        }
        for (guint k = 0; k < CC_SLOT_N; k++) {
            GPtrArray *tables = r->frame->slot[k].tables;
            for (guint t = 0; t < tables->len; t++) {
                const char *name = tables->pdata[t];
                add_dict(run, name);
                if (k == CC_SLOT_SUBJECT && r->frame->inherit
                    && !g_ptr_array_find_with_equal_func(run->subject_tables, name, g_str_equal,
                                                         NULL))
                    g_ptr_array_add(run->subject_tables, (gpointer)name);
                if (k == CC_SLOT_COUNTS && r->frame->inherit
                    && !g_ptr_array_find_with_equal_func(run->counted_tables, name, g_str_equal,
                                                         NULL))
                    g_ptr_array_add(run->counted_tables, (gpointer)name);
            }
        }
        for (guint v = 0; v < r->frame->vetoes->len; v++) {
            const GPtrArray *unless = g_array_index(r->frame->vetoes, CcFrameSlot, v).unless;
            for (guint t = 0; unless != NULL && t < unless->len; t++)
                add_dict(run, unless->pdata[t]);
        }
    }
    run->noun_starts = g_array_new(FALSE, FALSE, sizeof(NounStart));
    for (int k = 0; k < 2; k++) {
        run->owned_t0[k] = g_new(guint, run->counted_tables->len + 1);
        run->owned_by[k] = g_new0(char *, run->counted_tables->len + 1);
        run->owned_tables[k] = g_new(guint, run->counted_tables->len + 1);
        run->opener_owns[k] = g_new0(gboolean, run->counted_tables->len + 1);
        for (guint i = 0; i < run->counted_tables->len; i++)
            run->owned_t0[k][i] = G_MAXUINT;
    }
    /* The tables slot attachment reads of its own, where the set has them. */
    for (guint i = 0; cc_frame_own_tables[i] != NULL; i++)
        add_dict(run, cc_frame_own_tables[i]);
    keep_names(run);
    index_list_dicts(run);
    run->counted_dicts = g_new0(Dict *, run->counted_tables->len + 1);
    for (guint i = 0; i < run->counted_tables->len; i++) {
        run->counted_dicts[i] = dict_of(run, run->counted_tables->pdata[i]);
        run->counted_dicts[i]->counted = i + 1;
    }
    run->counted_dicts[run->counted_tables->len] = dict_of(run, "army_nouns");
    run->named_dicts = g_new0(Dict *, run->named_tables->len + 1);
    for (guint i = 0; i < run->named_tables->len; i++)
        run->named_dicts[i] = dict_of(run, run->named_tables->pdata[i]);
    guint nw = run->frame_words = (run->frames->len + 63) / 64;
    run->no_counts = g_new0(guint64, nw);
    run->no_cue = g_new0(guint64, nw);
    run->missed_follows = g_new0(guint64, nw);
    run->missed_counts = g_new0(guint64, nw);
    for (int k = 0; k < 2; k++) {
        run->slot_frames[k] = g_new0(guint64, (gsize)CC_TABLE_BITS * nw);
        run->spare[k] = g_new0(guint64, nw);
        run->of_type[k] = g_new0(guint64, nw);
        run->with_hit[k] = g_new0(guint64, nw);
    }
    for (guint fi = 0; fi < run->frames->len; fi++) {
        const CcRule *r = run->frames->pdata[fi];
        const CcFrame *f = r->frame;
        for (int k = 0; k < 2; k++) {
            const GPtrArray *tables = f->slot[k == 0 ? CC_SLOT_COUNTS : CC_SLOT_CUE].tables;
            for (guint i = 0; i < tables->len; i++) {
                const Dict *d = dict_of(run, tables->pdata[i]);
                if (d != NULL)
                    frame_set_add(run->slot_frames[k] + d->bit * nw, fi);
            }
            if (tables->len == 0)
                frame_set_add(k == 0 ? run->no_counts : run->no_cue, fi);
            if (tables->len == 0 || (k == 0 ? f->headless : f->optional_cue))
                frame_set_add(run->spare[k], fi);
        }
        frame_set_add(run->of_type[r->type == CC_CLAIM_DATE ? 1 : 0], fi);
    }
    run->phrases = cc_ruleset_dictionary_phrases(rules, &run->max_words);
    if (run->phrases != NULL) {
        GHashTableIter it;
        gpointer key;
        g_hash_table_iter_init(&it, run->phrases);
        guint slots = 2;
        while (slots < 2 * g_hash_table_size(run->phrases))
            slots *= 2;
        run->phrase_slots = g_new0(struct PhraseSlot, slots);
        run->phrase_mask = slots - 1;
        /* room for the keys' copies, and for the Dict* of every bit of
         * every key, each list ended by NULL */
        gsize key_bytes = 0, n_dicts = 0;
        gpointer bits;
        while (g_hash_table_iter_next(&it, &key, &bits)) {
            key_bytes += strlen(key) + 1 + WORD_PAD;
            const CcTableBits *m = bits;
            /* a key has a bit or two: counted one by one, as below */
            for (guint w = 0; w < G_N_ELEMENTS(m->w); w++)
                for (guint64 x = m->w[w]; x != 0; x &= x - 1)
                    n_dicts++;
            n_dicts++;
        }
        run->phrase_keys = g_malloc0(key_bytes);
        run->phrase_dicts = g_new0(Dict *, n_dicts);
        char *key_at = run->phrase_keys;
        Dict **dicts_at = run->phrase_dicts;
        g_hash_table_iter_init(&it, run->phrases);
        while (g_hash_table_iter_next(&it, &key, &bits)) {
            gsize len = strlen(key);
            memcpy(key_at, key, len);
            key = key_at;
            key_at += len + 1 + WORD_PAD;
            guint32 h = phrase_hash(key, len);
            guint32 b = h & (PHRASE_FILTER_BITS - 1);
            run->phrase_filter[b / 64] |= G_GUINT64_CONSTANT(1) << (b % 64);
            guint i = h & run->phrase_mask;
            while (run->phrase_slots[i].key != NULL)
                i = (i + 1) & run->phrase_mask;
            /* a prefix's empty bits: no hit to add */
            static const CcTableBits none;
            gboolean empty = memcmp(bits, &none, sizeof none) == 0;
            const CcTableBits *m = bits;
            Dict **dicts = dicts_at;
            for (guint w = 0; w < G_N_ELEMENTS(m->w); w++)
                for (guint64 x = m->w[w]; x != 0; x &= x - 1) {
                    Dict *d = run->by_bit[w * 64 + (guint)__builtin_ctzll(x)];
                    if (d != NULL)
                        *dicts_at++ = d;
                }
            *dicts_at++ = NULL;
            run->phrase_slots[i]
                = (struct PhraseSlot){h, (guint32)len, key, empty ? NULL : bits, dicts};
            start_filter_add(run->start_filter, &run->phrase_slots[i]);
        }
    }
    notes_index(run);
    for (int k = 0; k < 2; k++)
        gate_tables(run, k);
    run->starts = g_array_new(FALSE, TRUE, sizeof(CcTableBits));
    /* what a date frame dates ("arrived", "the treaty") heads no figure */
    for (guint i = 0; i < run->frames->len; i++) {
        const CcRule *r = run->frames->pdata[i];
        if (r->type != CC_CLAIM_DATE)
            cc_table_bits_or(&run->counts_bits, &r->frame->counts_bits);
    }
    int units = cc_ruleset_dictionary(rules, "units");
    if (units >= 0)
        cc_table_bits_set(&run->head_bits, (guint)units);
    /* nouns no frame counts that still head their figure: "about 300
     * railcars of ammunition" counts railcars, not the ammunition */
    int other = cc_ruleset_dictionary(rules, "other_heads");
    if (other >= 0)
        cc_table_bits_set(&run->head_bits, (guint)other);
    cc_table_bits_or(&run->counts_bits, &run->head_bits);
    run->word_reads = g_array_new(FALSE, FALSE, sizeof(struct WordRead));
    run->entity_memo = g_new0(struct EntityMemo, 1);
    run->scanned = G_MAXUINT;
    run->notes_scanned = G_MAXUINT;
    run->fm_quantities = g_array_new(FALSE, FALSE, sizeof(CcMention));
    run->fm_dates = g_array_new(FALSE, FALSE, sizeof(CcMention));
    run->fm_others = g_array_new(FALSE, FALSE, sizeof(CcMention));
    run->sm_read = g_array_new(FALSE, FALSE, sizeof(CcMention));
    for (int i = 0; i < 3; i++) {
        run->claimed[i] = g_ptr_array_new();
        run->named[i] = g_ptr_array_new();
        run->parties[i] = g_ptr_array_new_with_free_func(g_free);
        run->spare_parties[i] = g_ptr_array_new_with_free_func(g_free);
    }
    for (int i = 0; i < 2; i++)
        run->spare_named[i] = g_ptr_array_new();
    run->pending = g_array_new(FALSE, FALSE, sizeof(PendingNote));
    run->title_named = g_ptr_array_new();
    run->title_parties = g_ptr_array_new_with_free_func(g_free);
    run->sentence = G_MAXUINT;
    run->anchors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; cc_mention_tables[i].table != NULL; i++)
        add_anchor_words(run->anchors, run->lexicon, cc_mention_tables[i].table,
                         cc_mention_tables[i].kind);
    guint anchor_slots = 2;
    while (anchor_slots < 2 * g_hash_table_size(run->anchors))
        anchor_slots *= 2;
    run->anchor_slots = g_new0(struct AnchorSlot, anchor_slots);
    run->anchor_mask = anchor_slots - 1;
    GHashTableIter it;
    gpointer word, kinds;
    g_hash_table_iter_init(&it, run->anchors);
    while (g_hash_table_iter_next(&it, &word, &kinds)) {
        gsize len = strlen(word);
        guint32 h = key_hash(word, len);
        guint32 b = h & (PHRASE_FILTER_BITS - 1);
        run->anchor_filter[b / 64] |= G_GUINT64_CONSTANT(1) << (b % 64);
        guint i = h & run->anchor_mask;
        while (run->anchor_slots[i].word != NULL)
            i = (i + 1) & run->anchor_mask;
        run->anchor_slots[i] = (struct AnchorSlot){h, GPOINTER_TO_UINT(kinds), word, len};
    }
    return run;
}

void
cc_frame_run_free(CcFrameRun *run)
{
    if (run == NULL)
        return;
    g_string_free(run->prev_sentence, TRUE);
    g_string_free(run->cur_sentence, TRUE);
    g_free(run->no_counts);
    g_free(run->no_cue);
    g_free(run->missed_follows);
    g_free(run->missed_counts);
    for (int k = 0; k < 2; k++) {
        g_free(run->slot_frames[k]);
        g_free(run->spare[k]);
        g_free(run->of_type[k]);
        g_free(run->with_hit[k]);
    }
    g_ptr_array_unref(run->frames);
    g_hash_table_unref(run->dicts);
    g_free(run->kept);
    for (guint i = 0; i <= run->list_dicts_mask; i++)
        g_free(run->list_dicts[i].dicts);
    g_free(run->list_dicts);
    g_array_unref(run->toks);
    g_array_unref(run->fillable);
    for (int k = 0; k < 2; k++)
        g_ptr_array_unref(run->gate_tables[k]);
    for (int k = 0; k < 2; k++)
        g_ptr_array_unref(run->gate_dicts[k]);
    if (run->cite_toks != NULL)
        g_array_unref(run->cite_toks);
    if (run->date_memo != NULL) {
        g_array_unref(run->date_memo_windows);
        g_array_unref(run->date_memo);
    }
    if (run->date_scanner != NULL)
        cc_date_scanner_free(run->date_scanner);
    if (run->quantity_scanner != NULL)
        cc_quantity_scanner_free(run->quantity_scanner);
    g_array_unref(run->toks_anchors);
    g_array_unref(run->fm_quantities);
    g_array_unref(run->fm_dates);
    g_array_unref(run->fm_others);
    g_array_unref(run->sm_read);
    for (int k = 0; k < 3; k++) {
        GArray *spans = k == 0 ? run->fm_windows : k == 1 ? run->cut_reach : run->cut_cut;
        if (spans != NULL)
            g_array_unref(spans);
    }
    g_hash_table_unref(run->anchors);
    g_free(run->anchor_slots);
    g_array_unref(run->starts);
    g_free(run->started);
    g_array_unref(run->word_reads);
    g_free(run->folded);
    entity_memo_clear(run->entity_memo);
    g_free(run->entity_memo);
    g_free(run->phrase_slots);
    g_free(run->phrase_keys);
    g_free(run->phrase_dicts);
    g_free(run->notes_slots);
    g_free(run->notes_dicts);
    g_ptr_array_unref(run->subject_tables);
    for (int k = 0; k < 2; k++) {
        for (guint i = 0; i < run->counted_tables->len; i++)
            g_free(run->owned_by[k][i]);
        g_free(run->owned_by[k]);
        g_free(run->struck_by[k]);
        g_free(run->opener_owns[k]);
        g_free(run->owned_t0[k]);
        g_free(run->owned_tables[k]);
    }
    g_ptr_array_unref(run->counted_tables);
    g_free(run->counted_dicts);
    g_free(run->named_dicts);
    g_array_unref(run->noun_starts);
    g_ptr_array_unref(run->named_tables);
    g_ptr_array_unref(run->title_named);
    g_ptr_array_unref(run->title_parties);
    g_free(run->title_subject);
    g_free(run->last_subject);
    forget_last_claim(run);
    for (int i = 0; i < 3; i++) {
        g_ptr_array_unref(run->claimed[i]);
        g_ptr_array_unref(run->named[i]);
        g_ptr_array_unref(run->parties[i]);
        g_ptr_array_unref(run->spare_parties[i]);
    }
    for (int i = 0; i < 2; i++)
        g_ptr_array_unref(run->spare_named[i]);
    g_array_unref(run->pending);
    g_free(run);
}

/* g_ascii_tolower(), inline: the phrase look-ups fold every byte. */
static inline char
ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

/* The phrase filter's hash (FNV-1a) of a key, a byte at a time. */
#define KEY_HASH_START 2166136261u

static inline guint32
key_hash_step(guint32 h, char c)
{
    return (h ^ (guint8)c) * 16777619u;
}

static guint32
key_hash(const char *key, gsize n)
{
    guint32 h = KEY_HASH_START;
    for (gsize i = 0; i < n; i++)
        h = key_hash_step(h, key[i]);
    return h;
}

/* Eight bytes at @p, as one word (unaligned, in memory order). */
static inline guint64
load8(const char *p)
{
    guint64 x;
    memcpy(&x, p, sizeof x);
    return x;
}

/* The low @n bytes of a load8() (@n from 1 to 7). */
static inline guint64
low_bytes(guint64 x, gsize n)
{
    return x & (~G_GUINT64_CONSTANT(0) >> (8 * (8 - n)));
}

/* ascii_lower() of each of the eight bytes of @x. */
static inline guint64
lower8(guint64 x)
{
    const guint64 ones = G_GUINT64_CONSTANT(0x0101010101010101);
    guint64 seven = x & (0x7F * ones);
    /* a byte's top bit: of its low seven bits, >= 'A', and > 'Z' */
    guint64 upper = (seven + (0x80 - 'A') * ones) & ~(seven + (0x7F - 'Z') * ones) & ~x
                    & (0x80 * ones);
    return x | upper >> 2;
}

/* The hash of the @n bytes at @p, which may be read up to @n + WORD_PAD
 * (what lies past @n does not count), eight at a time. */
static inline guint32
word_hash(const char *p, gsize n)
{
    guint64 h = (guint64)n * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15);
    gsize i = 0;
    for (; i + 8 <= n; i += 8) {
        h = (h ^ load8(p + i)) * G_GUINT64_CONSTANT(0xBF58476D1CE4E5B9);
        h ^= h >> 31;
    }
    if (i < n) {
        h = (h ^ low_bytes(load8(p + i), n - i)) * G_GUINT64_CONSTANT(0xBF58476D1CE4E5B9);
        h ^= h >> 31;
    }
    return (guint32)(h ^ h >> 32);
}

/* Are the @n bytes at @a and @b the same? Both may be read up to @n +
 * WORD_PAD. */
static inline gboolean
same_bytes(const char *a, const char *b, gsize n)
{
    gsize i = 0;
    for (; i + 8 <= n; i += 8)
        if (load8(a + i) != load8(b + i))
            return FALSE;
    return i == n || low_bytes(load8(a + i) ^ load8(b + i), n - i) == 0;
}

/* The phrase index's hash of a key: word_hash() of each of its words (the
 * runs between its spaces, an empty one included), joined in order by
 * phrase_hash_join() and finished by phrase_hash_end(). The scan hashes
 * each word of a sentence once and joins the hashes, instead of hashing
 * every key it tries byte by byte. */
#define PHRASE_HASH_START 0x9E3779B9u

static inline guint32
phrase_hash_join(guint32 h, guint32 word)
{
    return ((h << 5 | h >> 27) ^ word) * 0x85EBCA6Bu;
}

static inline guint32
phrase_hash_end(guint32 h)
{
    h ^= h >> 16;
    h *= 0x7FEB352Du;
    h ^= h >> 15;
    return h;
}

/* The phrase index's hash of @key, @n bytes followed by WORD_PAD more. */
static guint32
phrase_hash(const char *key, gsize n)
{
    guint32 h = PHRASE_HASH_START;
    const char *word = key, *end = key + n;
    for (;;) {
        const char *space = memchr(word, ' ', (gsize)(end - word));
        h = phrase_hash_join(h, word_hash(word, (gsize)((space != NULL ? space : end) - word)));
        if (space == NULL)
            return phrase_hash_end(h);
        word = space + 1;
    }
}

/* May the phrase index hold a key of hash @h? FALSE: it holds none, and
 * the key need not be looked up. */
static inline gboolean
key_may_be(const guint64 *filter, guint32 h)
{
    guint32 b = h & (PHRASE_FILTER_BITS - 1);
    return (filter[b / 64] >> (b % 64)) & 1;
}

/* Is @key (@len bytes) the key the scan makes of tokens [@t, @t + @n]:
 * their words lower-cased (ASCII) and joined by spaces, the last one's
 * first @last bytes, then a dot if @dot? */
static gboolean
key_is(const CcFrameRun *run, const char *key, gsize len, guint t, guint n, gsize last,
       gboolean dot)
{
    gsize at = 0;
    for (guint i = 0; i <= n; i++) {
        const Tok *w = &g_array_index(run->toks, Tok, t + i);
        gsize wl = i == n ? last : w->end - w->start;
        if (i > 0) {
            if (at >= len || key[at] != ' ')
                return FALSE;
            at++;
        }
        if (len - at < wl || !same_bytes(key + at, run->folded + w->start, wl))
            return FALSE;
        at += wl;
    }
    if (dot) {
        if (at >= len || key[at] != '.')
            return FALSE;
        at++;
    }
    return at == len;
}

/* The slot of the phrase index (@filter, @slots, @mask: run->phrase_…
 * or run->notes_…) holding the key of tokens [@t, @t + @n] (as key_is()
 * reads them; @len bytes, phrase_hash() @h), or NULL: the same key as
 * g_hash_table_lookup(run->phrases, …) finds. */
G_ALWAYS_INLINE static inline const struct PhraseSlot *
phrase_slot(const CcFrameRun *run, const guint64 *filter, const struct PhraseSlot *slots,
            guint mask, guint32 h, gsize len, guint t, guint n, gsize last, gboolean dot)
{
    if (!key_may_be(filter, h))
        return NULL;
    for (guint i = h & mask;; i = (i + 1) & mask) {
        const struct PhraseSlot *slot = &slots[i];
        if (slot->key == NULL)
            return NULL;
        /* a key of one word and no dot (most keys met) is the word's
         * first @last bytes: key_is() inline */
        if (slot->hash == h && slot->len == len
            && (n == 0 && !dot ? same_bytes(slot->key,
                                            run->folded + g_array_index(run->toks, Tok, t).start,
                                            last)
                               : key_is(run, slot->key, len, t, n, last, dot)))
            return slot;
    }
}

/* Bytes of a possessive ending ('s, ’s, the apostrophe of a plural's
 * "s'") at the end of word @w; 0 for none. */
G_ALWAYS_INLINE static inline gsize
possessive(const char *text, const Tok *w)
{
    gsize n = w->end - w->start;
    const char *e = text + w->end;
    if (n > 2 && e[-1] == '\'' && (e[-2] == 's' || e[-2] == 'S'))
        return 1;
    if (n > 2 && (e[-1] == 's' || e[-1] == 'S') && e[-2] == '\'')
        return 2;
    if (n > 4 && (e[-1] == 's' || e[-1] == 'S') && (guchar)e[-2] == 0x99 && (guchar)e[-3] == 0x80
        && (guchar)e[-4] == 0xE2)
        return 4;
    return 0;
}

/* @h is a hit of the phrase of @slot: in each of its tables the run has
 * (slot->dicts, by bit), and in the tables starting at its token. */
G_ALWAYS_INLINE static inline void
add_hit(CcFrameRun *run, const struct PhraseSlot *slot, const Hit *h)
{
    for (Dict *const *p = slot->dicts; *p != NULL; p++) {
        Dict *d = *p;
        GArray *a = d->hits;
        if (a->len == 0)
            run->with_hits[run->n_with_hits++] = d;
        /* appended in place: the hits are grown by GLib only when they
         * must be (a scan appends some 2 hits a word) */
        if (a->len == d->room) {
            guint len = a->len;
            d->room = MAX(16u, 2 * d->room);
            g_array_set_size(a, d->room);
            a->len = len;
        }
        g_array_index(a, Hit, a->len++) = *h;
    }
    cc_table_bits_or(&g_array_index(run->starts, CcTableBits, h->t0), slot->bits);
    if (run->n_started == run->started_room) {
        run->started_room = MAX(64u, 2 * run->started_room);
        run->started = g_renew(guint, run->started, run->started_room);
    }
    run->started[run->n_started++] = h->t0;
}

/* Finds every table's phrases in the current sentence in one pass: at each
 * word, the phrases of one word, two words, … up to the longest, looked up
 * in the rule set's phrase index. A phrase matches whole words, case and
 * spacing aside, as the lexicon's {@table} does in a pattern; a phrase
 * ending in a dot ("u.s.") takes the dot after its last word. Each word is
 * lower-cased and hashed once (run->word_reads); the keys are not
 * written out, their hashes joined from the words' (phrase_hash()). */
static void drop_unowned_epithets(CcFrameRun *run);
static void add_phrase_end_heads(CcFrameRun *run);
static void drop_fixed_phrase_hits(CcFrameRun *run);

/* With @notes, only the notes' tables' phrases are found (the others have
 * no hits), in the notes' index: the hits of those tables are the same as
 * a whole scan's. */
static G_NO_INLINE void
scan_dictionaries(CcFrameRun *run, gboolean notes)
{
    run->scanned = notes ? G_MAXUINT : run->sentence;
    run->notes_scanned = run->sentence;
    run->generation++;
    for (guint i = 0; i < run->n_with_hits; i++)
        run->with_hits[i]->hits->len = 0; /* g_array_set_size(…, 0), inline */
    run->n_with_hits = 0;
    /* the bits of the last scan's starts cleared where add_hit() set
     * some (a few tokens of the sentence), not the whole array; the
     * tokens it grows by are cleared by GLib */
    for (guint i = 0; i < run->n_started; i++)
        memset(&g_array_index(run->starts, CcTableBits, run->started[i]), 0, sizeof(CcTableBits));
    run->n_started = 0;
    g_array_set_size(run->starts, run->toks->len);
    if (run->phrases == NULL)
        return;
    const GArray *toks = run->toks;
    const guint64 *filter = notes ? run->notes_filter : run->phrase_filter;
    const guint64 *start_filter = notes ? run->notes_start_filter : run->start_filter;
    const struct PhraseSlot *slots = notes ? run->notes_slots : run->phrase_slots;
    guint mask = notes ? run->notes_mask : run->phrase_mask;
    guint max_words = notes ? run->notes_max_words : run->max_words;
    g_array_set_size(run->word_reads, toks->len);
    struct WordRead *wr = (struct WordRead *)(gpointer)run->word_reads->data;
    if (run->folded_room < run->len + WORD_PAD) {
        /* zeroed: the bytes past a sentence are read, and not counted */
        g_free(run->folded);
        run->folded_room = MAX(run->len + WORD_PAD, 2 * run->folded_room);
        run->folded = g_malloc0(run->folded_room);
    }
    char *folded = run->folded;
    gsize i = 0;
    for (; i + 8 <= run->len; i += 8) {
        guint64 x = lower8(load8(run->text + i));
        memcpy(folded + i, &x, sizeof x);
    }
    for (; i < run->len; i++)
        folded[i] = ascii_lower(run->text[i]);
    /* the tokens by a pointer and a count of their own: add_hit() writes
     * to memory, and the compiler would read them again after each */
    const Tok *tok = (const Tok *)(gpointer)toks->data;
    guint n_toks = toks->len;
    /* a hit of the shape of an epithet said through an owner
     * (owned_shape()): "its" its first word, or a possessive ending on one
     * of its words before the last */
    gboolean owners = FALSE;
    for (guint t = 0; t < n_toks; t++) {
        const Tok *w = &tok[t];
        if (w->kind != TOK_WORD)
            continue;
        wr[t].hash = word_hash(folded + w->start, w->end - w->start);
        wr[t].poss = (guint8)possessive(run->text, w);
        wr[t].dot = t + 1 < n_toks && run->text[w->end] == '.' && tok[t + 1].start == w->end;
    }
    for (guint t = 0; t < n_toks; t++) {
        if (tok[t].kind != TOK_WORD)
            continue;
        /* most words start no hit: the start filter tells them at once
         * from the word's own key and, where the next word is a word with
         * no dot or possessive (keys of their own), its key with that
         * word (with a dot or possessive, the word is walked from) */
        if (!wr[t].dot && wr[t].poss == 0) {
            guint32 one = phrase_hash_join(PHRASE_HASH_START, wr[t].hash);
            if (!key_may_be(start_filter, phrase_hash_end(one))) {
                const struct WordRead *next = t + 1 < n_toks && tok[t + 1].kind == TOK_WORD
                                                  ? &wr[t + 1]
                                                  : NULL;
                if (next == NULL
                    || (!next->dot && next->poss == 0
                        && !key_may_be(start_filter,
                                       phrase_hash_end(phrase_hash_join(one, next->hash)))))
                    continue;
            }
        }
        guint32 kh = PHRASE_HASH_START; /* the words' hashes before word n, joined */
        gsize klen = 0;                 /* the bytes of their key, with its spaces */
        gboolean prefix = TRUE;         /* the key so far opens some phrase */
        gsize start = tok[t].start;
        /* "its" the first word, or a possessive on one before word n */
        gboolean owned = tok[t].end - start == 3 && memcmp(folded + start, "its", 3) == 0;
        for (guint n = 0; prefix && n < max_words && t + n < n_toks; n++) {
            const Tok *w = &tok[t + n];
            if (w->kind != TOK_WORD)
                break;
            const struct WordRead *r = &wr[t + n];
            gsize wl = w->end - w->start;
            if (n > 0)
                klen++;
            const struct PhraseSlot *slot =
                phrase_slot(run, filter, slots, mask,
                            phrase_hash_end(phrase_hash_join(kh, r->hash)), klen + wl, t, n, wl,
                            FALSE);
            if (slot == NULL) {
                prefix = FALSE;
            } else if (slot->bits != NULL) { /* NULL: a prefix of longer phrases only */
                Hit hit = {t, t + n + 1, start, w->end};
                add_hit(run, slot, &hit);
                owners |= n > 0 && owned;
            }
            if (r->dot) {
                guint32 h = word_hash(folded + w->start, wl + 1); /* the word and its dot */
                slot = phrase_slot(run, filter, slots, mask,
                                   phrase_hash_end(phrase_hash_join(kh, h)), klen + wl + 1, t, n,
                                   wl, TRUE);
                if (slot != NULL && slot->bits != NULL) {
                    Hit hit = {t, t + n + 2, start, w->end + 1};
                    add_hit(run, slot, &hit);
                    owners |= owned || r->poss > 0; /* the dot its last token */
                }
            }
            /* a possessive ending is no part of the phrase: "North Korea's"
             * names North Korea, as "(?![\w-])" lets a pattern see it */
            gsize poss = r->poss;
            if (poss > 0) {
                guint32 h = word_hash(folded + w->start, wl - poss);
                slot = phrase_slot(run, filter, slots, mask,
                                   phrase_hash_end(phrase_hash_join(kh, h)), klen + wl - poss, t,
                                   n, wl - poss, FALSE);
                if (slot != NULL && slot->bits != NULL) {
                    Hit hit = {t, t + n + 1, start, w->end - poss};
                    add_hit(run, slot, &hit);
                    owners |= n > 0 && owned;
                }
            }
            owned |= poss > 0;
            kh = phrase_hash_join(kh, r->hash);
            klen += wl;
        }
    }
    run->in_scan = TRUE;
    if (!notes) {
        if (owners)
            drop_unowned_epithets(run);
        add_phrase_end_heads(run);
        drop_fixed_phrase_hits(run);
        run->in_scan = FALSE;
        return;
    }
    run->notes_scanning = TRUE;
    run->notes_short = FALSE;
    if (owners)
        drop_unowned_epithets(run);
    run->notes_scanning = FALSE;
    run->in_scan = FALSE;
    if (run->notes_short)
        scan_dictionaries(run, FALSE);
}

/* Are @d's hits not yet of the current sentence: not scanned for, or
 * left out of a notes scan? (A whole scan is told first: most asks.) */
G_ALWAYS_INLINE static inline gboolean
hits_stale(const CcFrameRun *run, const Dict *d)
{
    return run->scanned != run->sentence && *d->scanned != run->sentence;
}

/* Scans the current sentence whole for hits_stale()'s asker. Inside a
 * notes scan (its epithets being dropped) the asker reads no hits, and
 * that scan is done again whole. */
static G_NO_INLINE void
rescan(CcFrameRun *run)
{
    if (run->notes_scanning) {
        run->notes_short = TRUE;
        return;
    }
    scan_dictionaries(run, FALSE);
}

/* The hits of lexicon @table in the current sentence. Inline: asked by
 * name over a million times over 200 documents, the scan once a sentence
 * and out of line. */
G_ALWAYS_INLINE static inline const GArray *
dict_hits(CcFrameRun *run, const char *table)
{
    Dict *d = dict_of(run, table);
    if (hits_stale(run, d))
        rescan(run);
    return d->hits;
}

/* dict_hits(@run, @table), out of line: for hits_of(). */
static G_NO_INLINE const GArray *
dict_hits_by_name(CcFrameRun *run, const char *table)
{
    return dict_hits(run, table);
}

/* dict_hits(@run, @table) where @d is dict_of(@run, @table), looked up
 * beforehand (NULL: asked by name, as dict_hits() does). Inline: asked
 * some 1.5 million times over 200 documents, nearly always with @d. */
G_ALWAYS_INLINE static inline const GArray *
hits_of(CcFrameRun *run, const Dict *d, const char *table)
{
    if (d == NULL)
        return dict_hits_by_name(run, table);
    if (hits_stale(run, d))
        rescan(run);
    return d->hits;
}

/* The canonical name of the phrase at @h through the `entities` table, or
 * the phrase itself, lower-cased; NULL for none. (transfer none: the
 * memo's, good until the next name is asked, which may empty the memo) */
static const char *
entity_name(const CcFrameRun *run, const char *text, const Hit *h)
{
    const char *phrase = text + h->start;
    gsize len = h->end - h->start;
    struct EntityMemo *memo = run->entity_memo;
    /* the name is the normalizer's reading of the phrase's bytes alone */
    if (len >= 256) {
        g_free(memo->long_name);
        memo->long_name = cc_normalize_entity(run->normalizer, phrase, len);
        return memo->long_name;
    }
    const guint mask = ENTITY_MEMO_SLOTS - 1;
    guint32 hash = key_hash(phrase, len);
    guint i = hash & mask;
    for (; memo->slots[i].phrase != NULL; i = (i + 1) & mask) {
        const struct EntitySlot *slot = &memo->slots[i];
        if (slot->hash == hash && slot->len == len && memcmp(slot->phrase, phrase, len) == 0)
            return slot->name;
    }
    char *name = cc_normalize_entity(run->normalizer, phrase, len);
    if (memo->n >= ENTITY_MEMO_MAX) {
        entity_memo_clear(memo);
        i = hash & mask;
    }
    char *copy = g_malloc(len + 1);
    memcpy(copy, phrase, len);
    copy[len] = '\0';
    memo->slots[i] = (struct EntitySlot){hash, (guint32)len, copy, name};
    memo->n++;
    return name;
}

/* Is @name, a party's name through `entities`, one of `third_parties`,
 * a party the pack counts no soldiers of (a country whose citizens Russia
 * recruits one by one, an army at home)? */
static gboolean
third_party(const CcFrameRun *run, const char *name)
{
    return name != NULL && cc_lexicon_lookup(run->lexicon, "third_parties", name, -1) != NULL;
}

/* entity_name(), a copy of its own. (transfer full) */
static char *
entity_of(const CcFrameRun *run, const char *text, const Hit *h)
{
    return g_strdup(entity_name(run, text, h));
}

/* The scope frame @f's scope word at @h names: the value one of the
 * frame's own scope tables gives the phrase ("another = batch" among the
 * scope words of deliveries, where of troops "another" names a
 * reinforcement), else its name through `entities`. (transfer full) */
static char *
scope_of(const CcFrameRun *run, const CcFrame *f, const char *text, const Hit *h)
{
    const GPtrArray *tables = f->slot[CC_SLOT_SCOPE].tables;
    for (guint i = 0; i < tables->len; i++) {
        const CcLexiconEntry *e =
            cc_lexicon_lookup(run->lexicon, tables->pdata[i], text + h->start, h->end - h->start);
        if (e != NULL && e->value[0] != '\0')
            return g_strdup(e->value);
    }
    return entity_of(run, text, h);
}


/* Is the phrase at @h said through an owner ("its ally", "Russia's
 * ally"): "its" or a possessive inside it, not at its end? */
static gboolean
owned_shape(const CcFrameRun *run, const Hit *h)
{
    if (h->t1 - h->t0 < 2)
        return FALSE;
    gboolean owned = tok_is(run, h->t0, "its");
    for (guint t = h->t0; !owned && t + 1 < h->t1; t++)
        owned = possessive(run->text, &g_array_index(run->toks, Tok, t)) > 0;
    return owned;
}

static gboolean speaks(CcFrameRun *run, const Hit *h);

/* Does "OWNER's REST", @owner's words and the words of the "its" phrase
 * @its after "its", name the entity @name? The owner is tried with and
 * without a leading "the". */
static gboolean
owned_names(const CcFrameRun *run, const Hit *owner, const Hit *its, const char *name)
{
    const Tok *rest = &g_array_index(run->toks, Tok, its->t0 + 1);
    gsize at = owner->start;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            if (!tok_is(run, owner->t0, "the") || owner->t1 - owner->t0 < 2)
                break;
            at = g_array_index(run->toks, Tok, owner->t0 + 1).start;
        }
        g_autofree char *phrase =
            g_strdup_printf("%.*s's %.*s", (int)(owner->end - at), run->text + at,
                            (int)(its->end - rest->start), run->text + rest->start);
        g_autofree char *who = cc_normalize_entity(run->normalizer, phrase, strlen(phrase));
        if (strcmp(who, name) == 0)
            return TRUE;
    }
    return FALSE;
}

/* Does the hit of @hits nearest before the "its" phrase @its (no "its"
 * phrase itself), as owner, make "OWNER's REST" the same entity as @name
 * ("Russia has received 9 million rounds from *its ally*": "russia's
 * ally")? Failing that, the first such hit of the sentence that does not
 * speak, the clause's subject, is the owner: an object between names no
 * owner ("Russia has struck *Ukrainian* cities with missiles supplied by
 * its ally"). With none in the sentence, the party the sentences before
 * opened with. */
static gboolean
owner_names(CcFrameRun *run, const GArray *hits, const Hit *its, const char *name)
{
    const Hit *owner = NULL, *first = NULL;
    for (guint j = 0; j < hits->len; j++) {
        const Hit *o = &g_array_index(hits, Hit, j);
        if (o->t1 <= its->t0 && !tok_is(run, o->t0, "its")
            && (owner == NULL || o->t0 > owner->t0
                || (o->t0 == owner->t0 && o->t1 > owner->t1)))
            owner = o;
    }
    const Tok *rest = &g_array_index(run->toks, Tok, its->t0 + 1);
    if (owner == NULL) {
        /* none in the sentence: the party an earlier sentence opened with
         * ("Russia is short of shells. It has received 9 million from its
         * ally"), by its name */
        run->read_last_subject = TRUE;
        if (run->last_subject == NULL)
            return FALSE;
        g_autofree char *phrase =
            g_strdup_printf("%s's %.*s", run->last_subject, (int)(its->end - rest->start),
                            run->text + rest->start);
        g_strdelimit(phrase, "_", ' ');
        g_autofree char *who = cc_normalize_entity(run->normalizer, phrase, strlen(phrase));
        return strcmp(who, name) == 0;
    }
    if (owned_names(run, owner, its, name))
        return TRUE;
    for (guint j = 0; j < hits->len; j++) {
        const Hit *o = &g_array_index(hits, Hit, j);
        if (o->t1 <= its->t0 && !tok_is(run, o->t0, "its") && !speaks(run, o)
            && (first == NULL || o->t0 < first->t0
                || (o->t0 == first->t0 && o->t1 > first->t1)))
            first = o;
    }
    return first != NULL && first != owner && owned_names(run, first, its, name);
}

/* A party named through its owner ("Russia's ally", "its ally") is no
 * hit where another hit of its table stands right after it, across a
 * comma or "the" ("Russia's ally Belarus", "its ally, the United States"):
 * that one is named. "its …" is a hit only where its owner (owner_names())
 * makes it one by the `entities` table ("Russia … its ally" is "russia's
 * ally"; "Ukraine … its ally" names nobody the table knows). */
static void
drop_unowned_epithets(CcFrameRun *run)
{
    for (guint i = 0; i < run->n_with_hits; i++) {
        GArray *hits = run->with_hits[i]->hits;
        for (guint j = hits->len; j-- > 0;) {
            const Hit *h = &g_array_index(hits, Hit, j);
            if (!owned_shape(run, h))
                continue;
            /* and a name of its own in `entities`: a phrase the table
             * does not list ("its targets" of a table of words about aim)
             * names no party, and its "its" looks for no owner; the name
             * the normalizer gives such a phrase is its slug
             * ("its_targets"), never the phrase's own words */
            const CcLexiconEntry *listed = cc_lexicon_lookup(run->lexicon, "entities",
                                                             run->text + h->start, h->end - h->start);
            if (listed == NULL || listed->value[0] == '\0')
                continue;
            g_autofree char *name = entity_of(run, run->text, h);
            guint k = h->t1;
            if (k < run->toks->len && g_array_index(run->toks, Tok, k).kind == TOK_COMMA)
                k++;
            if (tok_is(run, k, "the"))
                k++;
            /* not one across the comma that speaks: "missiles supplied by
             * its ally, *Kyiv's* prosecutors said" */
            gboolean named_after = FALSE;
            for (guint m = 0; m < hits->len && !named_after; m++) {
                const Hit *n = &g_array_index(hits, Hit, m);
                named_after = (n->t0 == k || (k > h->t1 && n->t0 + 1 == k
                                              && tok_is(run, k - 1, "the")))
                              && !(k > h->t1 && speaks(run, n));
            }
            if (named_after
                || (tok_is(run, h->t0, "its") && !owner_names(run, hits, h, name)))
                g_array_remove_index(hits, j);
        }
    }
}

/* A phrase of `fixed_phrases` is one word of its own: the words inside it
 * are no hit of any other table ("drones have turned the farmland into
 * *killing grounds*" kills no one; its "killing" is no cue, nor a veto).
 * A hit that is the phrase whole, or reaches past it, stays. The tables'
 * starts (run->starts) lose the bit of a table whose last hit at a token
 * goes. */
static void
drop_fixed_phrase_hits(CcFrameRun *run)
{
    Dict *fd = dict_of(run, "fixed_phrases");
    if (fd == NULL || fd->hits->len == 0)
        return;
    const GArray *fixed = fd->hits;
    for (guint i = 0; i < run->n_with_hits; i++) {
        Dict *d = run->with_hits[i];
        if (d == fd)
            continue;
        GArray *hits = d->hits;
        for (guint j = hits->len; j-- > 0;) {
            const Hit *h = &g_array_index(hits, Hit, j);
            gboolean inside = FALSE;
            for (guint k = 0; k < fixed->len && !inside; k++) {
                const Hit *u = &g_array_index(fixed, Hit, k);
                inside = u->t0 <= h->t0 && h->t1 <= u->t1 && (u->t0 < h->t0 || h->t1 < u->t1);
            }
            if (!inside)
                continue;
            guint t0 = h->t0;
            g_array_remove_index(hits, j);
            gboolean again = FALSE;
            for (guint m = 0; m < hits->len && !again; m++)
                again = g_array_index(hits, Hit, m).t0 == t0;
            if (!again && t0 < run->starts->len)
                g_array_index(run->starts, CcTableBits, t0).w[d->bit / 64] &=
                    ~(G_GUINT64_CONSTANT(1) << (d->bit % 64));
        }
    }
}

static gboolean in_table(CcFrameRun *run, const char *table, guint t);

/* Is token @t a figure: a word with a digit ("11,000", "12-strong"), or
 * one of the number lexicons' words ("two", "thousand", "thousands")? */
static gboolean
figure_word(const CcFrameRun *run, guint t)
{
    if (t >= run->toks->len)
        return FALSE;
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    if (tok->kind != TOK_WORD)
        return FALSE;
    for (gsize i = tok->start; i < tok->end; i++)
        if (g_ascii_isdigit(run->text[i]))
            return TRUE;
    g_autofree char *w = g_ascii_strdown(run->text + tok->start, (gssize)(tok->end - tok->start));
    static const char *const tables[] = {"number_words", "scale_words", "vague"};
    for (guint i = 0; i < G_N_ELEMENTS(tables); i++)
        if (cc_lexicon_lookup(run->lexicon, tables[i], w, -1) != NULL)
            return TRUE;
    return FALSE;
}

/* Does the noun phrase around token @t end right after it: punctuation
 * or the sentence's end, a word of `head_stops` but "and" or "or" (a
 * preposition, an auxiliary, "who"), "and" or "or" before another
 * figure, "of", "that", "whom", "whose", a lower-case verb in -ed, one of
 * a few other verbs, adverbs, prepositions and participles a subject is
 * followed by, or a party and such a word after it (a relative clause)?
 * A noun after it ("military *vehicles*") is the phrase's head, and the
 * word before it only describes it. */
static gboolean
phrase_ends_after(CcFrameRun *run, guint t)
{
    static const Word next[] = {
        WORD("of"),        WORD("that"),      WORD("whom"),       WORD("whose"),
        WORD("sent"),      WORD("fought"),    WORD("fight"),      WORD("remain"),
        WORD("remained"),  WORD("took"),      WORD("went"),       WORD("came"),
        WORD("fell"),      WORD("lost"),      WORD("left"),       WORD("now"),
        WORD("still"),     WORD("already"),   WORD("reportedly"), WORD("also"),
        WORD("there"),     WORD("can"),       WORD("did"),        WORD("do"),
        WORD("does"),      WORD("should"),    WORD("must"),       WORD("near"),
        WORD("across"),    WORD("inside"),    WORD("within"),     WORD("under"),
        WORD("alongside"), WORD("during"),    WORD("against"),    WORD("among"),
        WORD("outside"),   WORD("beside"),    WORD("behind"),     WORD("toward"),
        WORD("towards"),   WORD("around"),    WORD("through"),    WORD("fighting"),
        WORD("serving"),   WORD("operating"), WORD("taking"),     WORD("participating"),
        /* a headline's adverb before its verb: "1.2 Million-Strong Military
         * Barely Dented by …" */
        WORD("barely"),    WORD("hardly"),    WORD("scarcely")};
    guint n = t + 1;
    if (n >= run->toks->len || g_array_index(run->toks, Tok, n).kind != TOK_WORD)
        return TRUE;
    /* "11,000 military and 500 officers"; not "military and civilian
     * experts" */
    if (tok_is(run, n, "and") || tok_is(run, n, "or"))
        return figure_word(run, n + 1);
    /* "the 12,000 military Pyongyang sent": a party and its verb open a
     * relative clause */
    const Hit *party = NULL;
    if (g_ascii_isupper(run->text[g_array_index(run->toks, Tok, n).start])
        && dict_of(run, "parties") != NULL) {
        const GArray *parties = dict_hits(run, "parties");
        for (guint i = 0; i < parties->len; i++) {
            const Hit *h = &g_array_index(parties, Hit, i);
            if (h->t0 == n && (party == NULL || h->t1 > party->t1))
                party = h;
        }
        if (party != NULL && party->t1 < run->toks->len
            && g_array_index(run->toks, Tok, party->t1).kind == TOK_WORD
            && !tok_is(run, party->t1, "and") && !tok_is(run, party->t1, "or"))
            return phrase_ends_after(run, party->t1 - 1);
        /* a capitalised word that names no party is read as any other:
         * a headline in title case capitalises its adverbs ("Military
         * *Barely* Dented") */
        if (party != NULL)
            return FALSE;
    }
    if (tok_in(run, n, next, G_N_ELEMENTS(next)))
        return TRUE;
    const Tok *tok = &g_array_index(run->toks, Tok, n);
    const char *w = run->text + tok->start;
    gsize len = tok->end - tok->start;
    if (len >= 4 && g_ascii_islower(w[0]) && w[len - 2] == 'e' && w[len - 1] == 'd')
        return TRUE;
    return in_table(run, "head_stops", n);
}

/* Is "-strong" glued to the figure that ends at byte @end of @text ("the
 * 11,000-strong force", "a 1.2m-strong army")? */
static gboolean
glued_strong(const char *text, gsize len, gsize end)
{
    return end + 7 <= len && text[end] == '-'
           && g_ascii_strncasecmp(text + end + 1, "strong", 6) == 0
           && (end + 7 == len || !g_ascii_isalnum(text[end + 7]));
}

/* Does token @p end in "strong" ("million-strong", "12,000-strong")? */
static gboolean
strength_word(const CcFrameRun *run, guint p)
{
    const Tok *tok = &g_array_index(run->toks, Tok, p);
    gsize n = tok->end - tok->start;
    return n >= 6 && g_ascii_strncasecmp(run->text + tok->end - 6, "strong", 6) == 0;
}

/* Does a figure stand before token @t in its noun phrase: within four
 * words, across no article, possessive, preposition or other word of
 * `head_stops` ("some 11,000 North Korean *military*", "3,000 more
 * *military*"), or "of" after a figure or "the number" ("thousands of
 * North Korean *military*", "the number of North Korean *military* in
 * Kursk"), or an article or possessive after a figure and "of" ("11,000
 * of its *military*")? 1 when it does, 2 when it measures a strength ("a
 * 1.2 million-strong *military*"), 0 when none does. */
static int
figure_before(CcFrameRun *run, guint t)
{
    static const char *const dets[] = {"the",  "a",   "an",   "its",   "their", "his",
                                       "her",  "our", "this", "these", "those", "whose"};
    gboolean strength = FALSE;
    for (guint k = t, words = 0; k > 0 && words < 4; k--, words++) {
        guint p = k - 1;
        const Tok *tok = &g_array_index(run->toks, Tok, p);
        if (tok->kind != TOK_WORD)
            return 0;
        strength |= strength_word(run, p);
        if (figure_word(run, p))
            return strength ? 2 : 1;
        /* "the number of North Korean military", "thousands of military" */
        if (tok_is(run, p, "of"))
            return p > 0
                   && (tok_is(run, p - 1, "number") || tok_is(run, p - 1, "numbers")
                       || figure_word(run, p - 1));
        gboolean det = possessive(run->text, tok) > 0;
        for (guint i = 0; !det && i < G_N_ELEMENTS(dets); i++)
            det = tok_is(run, p, dets[i]);
        /* a part of them after a figure: "11,000 of its *military*",
         * "4,000 of the North Korean *military* sent" */
        if (det) {
            /* the owner's name may run over words: "of North Korea's" */
            guint q = p;
            for (guint n = 0; n < 3 && q > 0 && possessive(run->text, tok) > 0; n++) {
                const Tok *w = &g_array_index(run->toks, Tok, q - 1);
                if (w->kind != TOK_WORD || !g_ascii_isupper(run->text[w->start]))
                    break;
                q--;
            }
            return q >= 2 && tok_is(run, q - 1, "of") && figure_word(run, q - 2);
        }
        if (in_table(run, "head_stops", p))
            return 0;
    }
    return 0;
}

/* A word of `phrase_end_heads` ("military = troops / army") names what
 * a figure counts only where it ends the figure's noun phrase: "some
 * 11,000 North Korean *military* are in Kursk", "12,000 *military* of the
 * DPRK", "4,000 *military* were sent". There it is a hit of every table
 * the phrase its value names is in, as that phrase would be, and after a
 * strength of the phrase after the slash ("a 1.2 million-strong
 * *military*" is an army) (figure_before(), phrase_ends_after()). Before
 * another noun it only describes it ("100 military vehicles", "military
 * workers"), and after an article or a possessive, with no figure, it
 * names an institution ("the military said", "Russia's military"): no
 * hit. */
static void
add_phrase_end_heads(CcFrameRun *run)
{
    Dict *d = dict_of(run, "phrase_end_heads");
    if (d == NULL || d->hits->len == 0 || run->phrase_slots == NULL)
        return;
    for (guint i = 0; i < d->hits->len; i++) {
        Hit h = g_array_index(d->hits, Hit, i);
        int figure = h.t1 == h.t0 + 1 && phrase_ends_after(run, h.t0) ? figure_before(run, h.t0) : 0;
        if (figure == 0)
            continue;
        g_autofree char *word = g_ascii_strdown(run->text + h.start, (gssize)(h.end - h.start));
        const CcLexiconEntry *e = cc_lexicon_lookup(run->lexicon, "phrase_end_heads", word, -1);
        if (e == NULL || e->value == NULL)
            continue;
        /* "COUNTED / STRENGTH": the phrase it is read as after a strength */
        const char *as = e->value, *bar = strchr(as, '/');
        gsize len = bar != NULL ? (gsize)(bar - as) : strlen(as);
        if (figure == 2 && bar != NULL) {
            as = bar + 1;
            len = strlen(as);
        }
        while (len > 0 && as[0] == ' ')
            as++, len--;
        while (len > 0 && as[len - 1] == ' ')
            len--;
        if (len == 0)
            continue;
        const struct PhraseSlot *slot =
            index_slot(run->phrase_slots, run->phrase_mask, phrase_hash(as, len), as, len);
        if (slot->key == NULL || slot->bits == NULL)
            continue;
        add_hit(run, slot, &h);
        /* in its place among the hits of each table, by token */
        for (Dict *const *p = slot->dicts; *p != NULL; p++) {
            GArray *a = (*p)->hits;
            for (guint j = a->len - 1; j > 0 && g_array_index(a, Hit, j - 1).t0 > h.t0; j--) {
                Hit x = g_array_index(a, Hit, j - 1);
                g_array_index(a, Hit, j - 1) = g_array_index(a, Hit, j);
                g_array_index(a, Hit, j) = x;
            }
        }
    }
}

static void clause_of(CcFrameRun *run, guint t0, guint t1, guint *c0, guint *c1);
static gboolean in_table(CcFrameRun *run, const char *table, guint t);
static gboolean ends_in_table(CcFrameRun *run, const char *table, guint t);

/* Verbs of telling (not of putting a figure: "The total so far is *put*
 * at about 50"). */
static const char *const telling_verbs[] = {"said",     "says",     "told",      "tells",
                                            "recalled", "recalls",  "recounted", "wrote",
                                            "writes",   "insisted", "insists",   "testified",
                                            "claimed",  "claims",   "admitted",  "explained"};

/* Is token @t a verb of telling, and no "said to" of a passive report
 * ("special forces *said to* number 11,000")? */
static gboolean
telling_verb_at(CcFrameRun *run, guint t)
{
    if (t >= run->toks->len || g_array_index(run->toks, Tok, t).kind != TOK_WORD
        || (t + 1 < run->toks->len && tok_is(run, t + 1, "to")))
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(telling_verbs); i++)
        if (tok_is(run, t, telling_verbs[i]))
            return TRUE;
    return FALSE;
}

/* Does the cue @cue stand in the noun phrase of a speaker whose verb of
 * saying follows it before the figure at token @t0? The phrase opens at
 * the sentence's start or at a determiner at most six words before the
 * cue, no auxiliary between ("A *captured* North Korean soldier said",
 * "One of the wounded North Korean *prisoners* told interrogators that"),
 * and a verb of telling ("said", "told", "recalled", "wrote", …) follows
 * within five words, none but words between, and is no "said to" of a
 * passive report ("special forces *said to* number 11,000"). */
static gboolean
speaker_np_cue(CcFrameRun *run, const Hit *cue, guint t0)
{
    static const char *const dets[] = {"a",    "an",   "the",   "one",     "two",  "three",
                                       "four", "five", "both",  "several", "some", "these",
                                       "those", "this", "that"};
    static const char *const aux[] = {"has", "have", "had",  "is",   "are", "was",
                                      "were", "been", "will", "would", "be", "being"};
    guint k = G_MAXUINT;
    for (guint t = cue->t1; t < t0 && t <= cue->t1 + 5 && k == G_MAXUINT; t++) {
        if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
            return FALSE;
        if (telling_verb_at(run, t))
            k = t;
    }
    if (k == G_MAXUINT)
        return FALSE;
    if (cue->t0 == 0)
        return TRUE;
    for (guint t = cue->t0; t > 0 && t + 6 > cue->t0; t--) {
        if (g_array_index(run->toks, Tok, t - 1).kind != TOK_WORD)
            return FALSE;
        for (guint i = 0; i < G_N_ELEMENTS(aux); i++)
            if (tok_is(run, t - 1, aux[i]))
                return FALSE;
        for (guint i = 0; i < G_N_ELEMENTS(dets); i++)
            if (tok_is(run, t - 1, dets[i]))
                return TRUE;
    }
    return FALSE;
}

/* Is token @t a small count, in figures or words ("six", "12")? */
static gboolean
count_word(const CcFrameRun *run, guint t)
{
    static const Word words[] = {WORD("two"),   WORD("three"),  WORD("four"),   WORD("five"),
                                 WORD("six"),   WORD("seven"),  WORD("eight"),  WORD("nine"),
                                 WORD("ten"),   WORD("eleven"), WORD("twelve"), WORD("several"),
                                 WORD("dozens")};
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    if (tok->kind == TOK_WORD && tok->end - tok->start <= 3
        && g_ascii_isdigit(run->text[tok->start]))
        return TRUE;
    return tok_in(run, t, words, G_N_ELEMENTS(words));
}

/* Does a word of `carrier_nouns` follow the party at @h within two words
 * ("*Russian* cargo ships", "a *Russian* vessel")? Such a party carries
 * the things, and is not whose they are. A carrier's word right after the
 * party and before a figure, a count or an article is the party's verb:
 * "*North Korea* ships about 40 million shells a year", "*Pyongyang*
 * ships some 3,000 containers a month". */
static gboolean
carries(CcFrameRun *run, const Hit *h)
{
    static const Word objects[] = {
        WORD("about"),    WORD("some"),      WORD("around"),   WORD("roughly"), WORD("nearly"),
        WORD("almost"),   WORD("more"),      WORD("over"),     WORD("up"),      WORD("at"),
        WORD("an"),       WORD("a"),         WORD("the"),      WORD("its"),     WORD("their"),
        WORD("hundreds"), WORD("thousands"), WORD("millions"), WORD("tens"),    WORD("dozens"),
        WORD("several"),  WORD("as")};
    for (guint k = h->t1; k < run->toks->len && k < h->t1 + 2; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            return FALSE;
        if (!in_table(run, "carrier_nouns", k))
            continue;
        if (k == h->t1 && k + 1 < run->toks->len) {
            const Tok *next = &g_array_index(run->toks, Tok, k + 1);
            if (next->kind == TOK_WORD && g_ascii_isdigit(run->text[next->start]))
                return FALSE;
            if (count_word(run, k + 1))
                return FALSE;
            if (tok_in(run, k + 1, objects, G_N_ELEMENTS(objects)))
                return FALSE;
        }
        return TRUE;
    }
    return FALSE;
}

/* Is the party at @h a place or a recipient: after a word of `place_words`
 * or `recipient_words`, an article between ("against the Ukrainian
 * military", "sent to the Russian army")? Such a party is not whose the
 * counted things are. */

static guint phrase_from(CcFrameRun *run, const char *table, guint t);

/* Does "on" at token @on follow a word of `inflict_verbs` up to eight
 * words before it, in its clause: "inflicted heavy losses *on* North
 * Korean units", "inflicted 2,000 casualties *on* the North Koreans"? The
 * party after it is who suffered them. */
static gboolean
inflicted_on(CcFrameRun *run, guint on)
{
    if (!tok_is(run, on, "on"))
        return FALSE;
    for (guint k = on; k > 0 && k + 8 > on; k--) {
        const Tok *w = &g_array_index(run->toks, Tok, k - 1);
        if (w->kind != TOK_WORD && w->kind != TOK_COMMA)
            return FALSE;
        if (in_table(run, "inflict_verbs", k - 1))
            return TRUE;
    }
    return FALSE;
}

/* Does the party at token @t lead a group named before it, alone or in a
 * list after "led by", "headed by" or "chaired by" ("the group of 11
 * countries, led by Seoul, Washington and Tokyo,")? A member of the
 * group that counts is no owner of the things it counts. */
static gboolean
group_leader(const CcFrameRun *run, guint t)
{
    for (guint k = t; k > 1 && k + 12 > t; k--) {
        const Tok *p = &g_array_index(run->toks, Tok, k - 1);
        if (tok_is(run, k - 1, "by")
            && (tok_is(run, k - 2, "led") || tok_is(run, k - 2, "headed")
                || tok_is(run, k - 2, "chaired")))
            return TRUE;
        if (p->kind == TOK_COMMA || tok_is(run, k - 1, "and")
            || (p->kind == TOK_WORD && g_ascii_isupper(run->text[p->start])))
            continue;
        return FALSE;
    }
    return FALSE;
}

/* Where a verb of @table that follows the party at @h ("has", "had" or
 * "have" between or not) ends, or 0 for none. */
static guint phrase_from(CcFrameRun *run, const char *table, guint t);

static guint
verb_of_after(CcFrameRun *run, const Hit *h, const char *table)
{
    guint k = h->t1;
    if (k < run->toks->len
        && (tok_is(run, k, "has") || tok_is(run, k, "had") || tok_is(run, k, "have")))
        k++;
    return k < run->toks->len ? phrase_from(run, table, k) : 0;
}

/* Does a verb of `receiving_verbs` follow the party at @h, an auxiliary
 * between or not ("Moscow got", "Russia has received", "Russia has taken
 * in")? The party took the things in. */
static gboolean
receives(CcFrameRun *run, const Hit *h)
{
    return verb_of_after(run, h, "receiving_verbs") != 0;
}

/* Does a verb of `paying_verbs` follow the party at @h, an auxiliary
 * between or not ("Moscow pays", "Russia has paid"), with the sum paid
 * after it, not "for"? A payer of wages is no owner of the men it pays:
 * "Moscow pays $2,000 a month for each of the 11,000 soldiers" counts no
 * Russian soldiers. (One that "paid for" things bought them: "Seoul has
 * paid for 500,000 shells for its own army" are Seoul's.) */
static gboolean
pays(CcFrameRun *run, const Hit *h)
{
    guint v = verb_of_after(run, h, "paying_verbs");
    return v != 0 && v < run->toks->len && !tok_is(run, v, "for");
}

/* Does a verb of `sanctioning_verbs` follow the party at @h, an auxiliary
 * between or not ("Washington sanctioned", "Seoul has blacklisted")? A
 * party that sanctions owns none of the men or things of those it names:
 * "Washington sanctioned North Korea's defence minister, who oversaw the
 * dispatch of some 11,000 troops" counts North Korea's troops. */
static gboolean
sanctions(CcFrameRun *run, const Hit *h)
{
    return verb_of_after(run, h, "sanctioning_verbs") != 0;
}

static gboolean
placed(CcFrameRun *run, const Hit *h)
{
    guint t = h->t0;
    if (t > 1 && (tok_is(run, t - 1, "the") || tok_is(run, t - 1, "a") || tok_is(run, t - 1, "an")))
        t--;
    /* the target of losses inflicted is who suffered them */
    if (t > 0 && inflicted_on(run, t - 1))
        return FALSE;
    /* or a count: "fired the Hwasong-11 *at six Ukrainian* regions" */
    else if (t > 1 && count_word(run, t - 1))
        t--;
    /* or a quantity ending in "of": "fought alongside *tens of thousands
     * of* Russian troops" */
    else {
        static const Word many[] = {WORD("tens"),     WORD("hundreds"), WORD("thousands"),
                                    WORD("millions"), WORD("dozens"),   WORD("scores")};
        guint k = t;
        while (k > 2 && tok_is(run, k - 1, "of")
               && (tok_in(run, k - 2, many, G_N_ELEMENTS(many)) || count_word(run, k - 2)))
            k -= 2;
        t = k;
    }
    /* but a party between "for" and "to" is who does what the infinitive
     * says: "plans *for Pyongyang* to send a total of 12,000 soldiers" */
    if (t > 0 && tok_is(run, t - 1, "for") && h->t1 < run->toks->len && tok_is(run, h->t1, "to"))
        return FALSE;
    if (t > 0 && (in_table(run, "place_words", t - 1) || in_table(run, "recipient_words", t - 1)))
        return TRUE;
    /* a place the men or their coffins come home or back from is no owner
     * of theirs: "coffins have been flown home *from Russia*" */
    if (t > 1 && tok_is(run, t - 1, "from") && (tok_is(run, t - 2, "home") || tok_is(run, t - 2, "back")))
        return TRUE;
    /* a group's leader: "countries led by Seoul, Washington and Tokyo" */
    if (group_leader(run, h->t0))
        return TRUE;
    /* or a phrase of them ending there: "bolstered by North Korean units" */
    if (ends_in_table(run, "place_words", t) || ends_in_table(run, "recipient_words", t))
        return TRUE;
    /* the party of a carrier only carries the things: "*Russian* cargo
     * ships have ferried some 16,000 containers from Rajin" */
    if (carries(run, h))
        return TRUE;
    /* the owner of a supplier is who is supplied: "North Korea is *Russia's*
     * largest arms supplier" (a word of `supplier_nouns` within three words
     * after a possessive); the owner of a region is where it lies: "fought
     * to retake *Russia's* Kursk region" (`region_nouns`) */
    const Tok *last = &g_array_index(run->toks, Tok, h->t1 - 1);
    if (possessive(run->text, last) == 0) {
        /* an adjective's region that ends its noun phrase is a place too:
         * "to rid *Russian* territory of mines", "on *Ukrainian* soil," —
         * not "*Russian* border guards", whose own noun follows */
        guint re = phrase_from(run, "region_nouns", h->t1);
        return re > 0
               && (re >= run->toks->len || g_array_index(run->toks, Tok, re).kind != TOK_WORD
                   || tok_is(run, re, "of") || in_table(run, "head_stops", re));
    }
    for (guint k = h->t1; k < run->toks->len && k < h->t1 + 3; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            break;
        if (in_table(run, "supplier_nouns", k) || in_table(run, "region_nouns", k))
            return TRUE;
    }
    return FALSE;
}
static gboolean foreign_head(CcFrameRun *run, const CcFrame *self, guint t);

/* Is hit @h the place name of a dateline that opens the sentence: a word
 * in capitals, its comma, then within eight tokens a dash ("SEOUL, Nov 13
 * (Reuters) -", "KYIV, Oct. 24 (Yonhap) --")? The place a story was filed
 * from is no party to it. */
static gboolean tok_is_dash(const CcFrameRun *run, guint t);

static gboolean
dateline(const CcFrameRun *run, const Hit *h)
{
    if (h->t0 != 0 || h->t1 >= run->toks->len)
        return FALSE;
    for (guint k = h->t0; k < h->t1; k++) {
        const Tok *tok = &g_array_index(run->toks, Tok, k);
        for (gsize i = tok->start; i < tok->end; i++)
            if (g_ascii_islower(run->text[i]))
                return FALSE;
    }
    /* a place of four letters or more right before its dash, with no
     * date ("WASHINGTON – Some 8,000 are now …", "TOKYO -- …"); an
     * acronym before a dash ("NIS — …") may be a party */
    if (tok_is_dash(run, h->t1))
        return run->toks->len > h->t1 + 1
               && g_array_index(run->toks, Tok, h->t1 - 1).end
                          - g_array_index(run->toks, Tok, h->t0).start
                      >= 4;
    /* or its agency in brackets before the dash, no comma: "WASHINGTON
     * (Reuters) -North Korean troops …", "SEOUL (AP) — …" */
    guint k = h->t1;
    if (run->text[g_array_index(run->toks, Tok, k).start] == '(' && k + 3 < run->toks->len
        && g_array_index(run->toks, Tok, k + 1).kind == TOK_WORD
        && run->text[g_array_index(run->toks, Tok, k + 2).start] == ')')
        return tok_is_dash(run, k + 3)
               || (run->text[g_array_index(run->toks, Tok, k + 3).start] == '-'
                   && g_array_index(run->toks, Tok, k + 3).start
                          > g_array_index(run->toks, Tok, k + 2).end);
    if (g_array_index(run->toks, Tok, h->t1).kind != TOK_COMMA)
        return FALSE;
    for (k = h->t1 + 1; k < run->toks->len && k <= h->t1 + 8; k++)
        if (tok_is_dash(run, k))
            return TRUE;
    return FALSE;
}

/* Is @h a party that names a war, not one of its sides: "*Ukraine* war
 * latest", "*Russia-Ukraine* war live" (the word "war" right after it)?
 * A headline or sentence that opens so opens with no party of its own. */
static gboolean
war_name(const CcFrameRun *run, const Hit *h)
{
    return h->t1 < run->toks->len && tok_is(run, h->t1, "war");
}

static void drop_citations(const char *text, GArray *toks);

/* Reads @text[0, len) as sentence @index for note_parties() and the
 * frames. The pattern rules' value pass and the frames read the same
 * sentence one after the other: its tokens (and their anchor kinds) are
 * cut once. A new document starts with no sentence (run->sentence
 * G_MAXUINT), so that a sentence of the last one at the same address is
 * never taken for it. */
static void
look_at(CcFrameRun *run, guint index, const char *text, gsize len)
{
    if (index != G_MAXUINT && run->sentence == index && run->text == text && run->len == len)
        return;
    run->text = text;
    run->len = len;
    run->sentence = index;
    run->generation++;
    if (index < G_MAXUINT - 1 && index != run->cur_index) {
        GString *was = run->prev_sentence;
        run->prev_sentence = run->cur_sentence;
        run->prev_index = run->cur_index;
        run->cur_sentence = was;
        g_string_truncate(run->cur_sentence, 0);
        g_string_append_len(run->cur_sentence, text, (gssize)len);
        run->cur_index = index;
    }
    tokenize(text, len, run->toks);
    run->citations_dropped = FALSE;
    if (memchr(text, '(', len) != NULL) {
        guint n = run->toks->len;
        drop_citations(text, run->toks);
        run->citations_dropped = run->toks->len != n;
    }
    g_array_set_size(run->toks_anchors, 0);
}

/* The run's sets of names (the predicates claimed, antecedent tables
 * named and parties noted in a sentence) are arrays, looked in one by one:
 * a sentence holds a handful at most, and most hold none. */

/* Does @set hold the string @name? The same string (the rule set's names
 * are asked by the pointers the sets were given) or one of the same first
 * byte is compared; most differ there. */
static gboolean
holds(const GPtrArray *set, const char *name)
{
    for (guint i = 0; i < set->len; i++) {
        const char *member = set->pdata[i];
        if (member == name || (member[0] == name[0] && strcmp(member, name) == 0))
            return TRUE;
    }
    return FALSE;
}

/* Adds @name to @set unless it holds it. */
static void
add_once(GPtrArray *set, const char *name)
{
    if (!holds(set, name))
        g_ptr_array_add(set, (gpointer)name);
}

/* Does the current sentence open with a subject that points back at men
 * named before: "They" (an opening adverbial before it or not), "These
 * soldiers", "Those troops", or a share of them ("Some of these soldiers",
 * "Many of them", "Most of the troops")? */
static gboolean
anaphoric_opener(const CcFrameRun *run)
{
    static const Word pointers[] = {WORD("these"), WORD("those")};
    static const Word shares[] = {WORD("some"), WORD("many"),    WORD("most"),  WORD("all"),
                                  WORD("several"), WORD("few"),  WORD("half"),  WORD("none"),
                                  WORD("each"),  WORD("both"),   WORD("part")};
    static const Word pointed[] = {WORD("these"), WORD("those"), WORD("the")};
    /* what "these" points back at is the men, not sanctions or shells */
    static const Word men[] = {WORD("soldiers"), WORD("troops"),    WORD("men"),
                               WORD("units"),    WORD("forces"),    WORD("fighters"),
                               WORD("personnel"), WORD("servicemen"), WORD("recruits")};
    if (run->toks->len < 2)
        return FALSE;
    if (tok_is(run, 0, "they"))
        return TRUE;
    /* or after an opening adverbial set off by commas, words alone in it:
     * "Until recently, though, they had not entered combat" */
    for (guint k = 1; k + 1 < run->toks->len && k < 8; k++) {
        const Tok *w = &g_array_index(run->toks, Tok, k);
        if (w->kind == TOK_COMMA && tok_is(run, k + 1, "they"))
            return TRUE;
        if (w->kind != TOK_WORD && w->kind != TOK_COMMA)
            break;
    }
    guint t = 0;
    if (run->toks->len > 3 && tok_in(run, 0, shares, G_N_ELEMENTS(shares)) && tok_is(run, 1, "of")) {
        if (tok_is(run, 2, "them"))
            return TRUE;
        t = 2;
    }
    if (t == 0 && !tok_in(run, 0, pointers, G_N_ELEMENTS(pointers)))
        return FALSE;
    if (t == 2 && !tok_in(run, 2, pointed, G_N_ELEMENTS(pointed)))
        return FALSE;
    return t + 1 < run->toks->len && tok_in(run, t + 1, men, G_N_ELEMENTS(men));
}

/* The mark before a party's name in a sentence's set of parties where it
 * speaks there: no party of the sentence, which holds() of its bare name
 * never finds. */
#define SPEAKER_MARK "speaker:"

/* Notes the parties the inheriting frames' tables name in the current
 * sentence that do not speak, in @into (those that speak marked with
 * SPEAKER_MARK), and returns the first of them
 * ("South Korea's spy agency told parliament that the North had sent
 * troops" opens with the North), or NULL. Each hit is asked speaks() and
 * read through entity_of() once, for both. (transfer full) */
static char *
note_parties(CcFrameRun *run, GPtrArray *into)
{
    /* a sentence whose subject points back ("These soldiers …", "Some of
     * them …", "They …") goes on with the topic before it: a party it
     * names later is no new opener ("Some of these soldiers fought
     * alongside Russian troops …") */
    gboolean points_back = anaphoric_opener(run);
    gboolean have_first = FALSE;
    Hit first = {0};
    char *first_name = NULL;
    for (guint t = 0; t < run->subject_tables->len; t++) {
        const GArray *hits = dict_hits(run, run->subject_tables->pdata[t]);
        /* the first is looked for in a table's hits until one starts
         * after it */
        gboolean past_first = FALSE;
        for (guint i = 0; i < hits->len; i++) {
            const Hit *h = &g_array_index(hits, Hit, i);
            past_first = past_first || (have_first && h->t0 > first.t0);
            if (speaks(run, h)) {
                /* noted as a speaker, apart from the parties: the foe of
                 * "the enemy" in the sentence after (enemy_of_speaker()) */
                const char *who = entity_name(run, run->text, h);
                char *said = who != NULL ? g_strconcat(SPEAKER_MARK, who, NULL) : NULL;
                if (said != NULL && !holds(into, said))
                    g_ptr_array_add(into, g_steal_pointer(&said));
                g_free(said);
                continue;
            }
            /* the longest phrase where two start at one word: "*Kremlin's
             * Asian ally* loses thousands" is no hit of "Kremlin"; and not
             * a destination or recipient ("N. Korea to send 12-thousand
             * troops *to Russia*"), nor the place a wire story was filed
             * from ("*SEOUL*, Nov 13 (Reuters) - North Korea has sent …"),
             * nor one that sanctions those the sentence is about
             * ("*Washington* sanctioned North Korea's defence minister …") */
            gboolean opens = !past_first
                             && !(have_first && h->t0 == first.t0 && h->t1 <= first.t1)
                             && !placed(run, h) && !dateline(run, h) && !war_name(run, h)
                             && !sanctions(run, h);
            /* the memo's name, read after the helpers above, which may
             * ask names of their own */
            const char *who = entity_name(run, run->text, h);
            if (opens && points_back) {
                have_first = TRUE; /* first found, none taken */
                first = *h;
            } else if (opens) {
                have_first = TRUE;
                first = *h;
                g_free(first_name);
                first_name = g_strdup(who);
            }
            /* a name noted once (equal strings: the set is only looked in) */
            if (who != NULL && !holds(into, who))
                g_ptr_array_add(into, g_strdup(who));
        }
    }
    return first_name;
}

static gboolean tok_is_determiner(const CcFrameRun *run, guint t);

/* Adds @d's hits to noun_starts as table @table's. */
static void
add_noun_starts(CcFrameRun *run, const Dict *d, guint table)
{
    for (guint j = 0; j < d->hits->len; j++) {
        const Hit *h = &g_array_index(d->hits, Hit, j);
        NounStart n = {h->t0, h->t1, table};
        g_array_append_val(run->noun_starts, n);
    }
}

/* Is there a hit of noun_starts at token @t? */
static gboolean
noun_starts_at(const CcFrameRun *run, guint t)
{
    for (guint i = 0; i < run->noun_starts->len; i++)
        if (g_array_index(run->noun_starts, NounStart, i).t0 == t)
            return TRUE;
    return FALSE;
}

/* Notes in opener_owns[@k] the tables with a hit at token @t, and in
 * opener_army[@k] a word of `army_nouns` there (noun_starts). */
static void
note_opener_nouns(CcFrameRun *run, int k, guint t)
{
    for (guint i = 0; i < run->noun_starts->len; i++) {
        const NounStart *n = &g_array_index(run->noun_starts, NounStart, i);
        if (n->t0 != t)
            continue;
        if (n->table == run->counted_tables->len)
            run->opener_army[k] = TRUE;
        else
            run->opener_owns[k][n->table] = TRUE;
    }
}

/* Notes, in owned_t0[@k] and owned_by[@k], where the current sentence
 * first names each noun the inheriting frames count, and the party that
 * owns it: one right before it, a word between at most ("*North Korean*
 * troops", "*Pyongyang's* elite soldiers"), that does not speak and has
 * no figure of its own before it ("two North Korean soldiers" are a
 * handful, not the force), nor is the receiver of a verb of giving
 * before it. A party right before the noun after a word of `place_words`
 * owns it all the same ("fighting *against North Korean* troops",
 * "pushes back North Korean troops"). And in opener_owns[@k] and
 * opener_army[@k], whether @opener, the party the sentence opens with,
 * owns some of its own. */
static void
note_owners(CcFrameRun *run, int k, const char *opener)
{
    guint n_counted = run->counted_tables->len;
    /* where the counted nouns and the army's words are, read first: a
     * party with none right after it is not asked whose name it is. Their
     * hits of this sentence are those of the tables the scan found some
     * in (run->with_hits), each table's together. */
    for (guint i = 0; i <= n_counted; i++)
        if (run->counted_dicts[i] != NULL && hits_stale(run, run->counted_dicts[i]))
            rescan(run);
    const Dict *army = run->counted_dicts[n_counted];
    g_array_set_size(run->noun_starts, 0);
    for (guint w = 0; w < run->n_with_hits; w++) {
        const Dict *d = run->with_hits[w];
        if (d->counted > 0)
            add_noun_starts(run, d, d->counted - 1);
        if (d == army)
            add_noun_starts(run, d, n_counted);
    }
    /* the opener's own men or army, right after it or its possessive, a
     * word between ("*Russia's* army, backed by North Korean troops, …",
     * "*Ukrainian* forces clashed with North Korean troops") */
    run->opener_army[k] = FALSE;
    for (guint i = 0; i < n_counted; i++)
        run->opener_owns[k][i] = FALSE;
    for (guint t = 0; t < run->subject_tables->len && run->noun_starts->len > 0; t++) {
        const GArray *hits = dict_hits(run, run->subject_tables->pdata[t]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            const Tok *last = &g_array_index(run->toks, Tok, h->t1 - 1);
            gboolean poss = possessive(run->text, last) != 0 && h->t1 < run->toks->len
                            && g_array_index(run->toks, Tok, h->t1).kind == TOK_WORD;
            if (!noun_starts_at(run, h->t1) && !(poss && noun_starts_at(run, h->t1 + 1)))
                continue;
            if (g_strcmp0(entity_name(run, run->text, h), opener) != 0)
                continue;
            note_opener_nouns(run, k, h->t1);
            if (poss)
                note_opener_nouns(run, k, h->t1 + 1);
        }
    }
    for (guint j = 0; j < run->n_owned[k]; j++) {
        guint i = run->owned_tables[k][j];
        g_clear_pointer(&run->owned_by[k][i], g_free);
        run->owned_t0[k][i] = G_MAXUINT;
    }
    run->n_owned[k] = 0;
    /* each counted table with hits: its first, the longest there */
    for (guint first = 0, next; first < run->noun_starts->len; first = next) {
        guint i = g_array_index(run->noun_starts, NounStart, first).table;
        guint c0 = G_MAXUINT, c1 = 0;
        for (next = first; next < run->noun_starts->len; next++) {
            const NounStart *n = &g_array_index(run->noun_starts, NounStart, next);
            if (n->table != i)
                break;
            if (n->t0 < c0 || (n->t0 == c0 && n->t1 > c1)) {
                c0 = n->t0;
                c1 = n->t1;
            }
        }
        if (i == n_counted)
            continue;
        if (run->owned_t0[k][i] == G_MAXUINT)
            run->owned_tables[k][run->n_owned[k]++] = i;
        run->owned_t0[k][i] = c0;
        /* the party the noun's own phrase overlaps ("North Koreans", "North
         * Korean troops"), else the one right before it */
        const Hit *own = NULL;
        for (guint t = 0; t < run->subject_tables->len; t++) {
            const GArray *hits = dict_hits(run, run->subject_tables->pdata[t]);
            for (guint j = 0; j < hits->len; j++) {
                const Hit *h = &g_array_index(hits, Hit, j);
                gboolean inside = h->t0 < c1 && h->t1 > c0;
                if (!inside && (h->t1 > c0 || c0 - h->t1 > 1))
                    continue;
                if (!inside && c0 - h->t1 == 1
                    && g_array_index(run->toks, Tok, h->t1).kind != TOK_WORD)
                    continue;
                if (own != NULL && own->t1 > c0 && !inside)
                    continue;
                own = h;
            }
        }
        if (own == NULL)
            continue;
        guint b = MIN(own->t0, c0);
        if (b > 0) {
            const Tok *before = &g_array_index(run->toks, Tok, b - 1);
            if (count_word(run, b - 1)
                || (before->kind == TOK_WORD && g_ascii_isdigit(run->text[before->start])))
                continue;
        }
        if (speaks(run, own))
            continue;
        /* a receiver is none ("sending *Russia* ammunition"), nor, a word
         * between, a party placed at all ("sending *Russia* artillery
         * ammunition") */
        guint w = own->t0;
        if (w > 1 && tok_is_determiner(run, w - 1))
            w--;
        if (w > 0 && in_table(run, "recipient_words", w - 1))
            continue;
        if (own->t1 < c0 && placed(run, own))
            continue;
        run->owned_by[k][i] = entity_of(run, run->text, own);
    }
}

/* Notes in struck_by[@k] the party the current sentence names as struck
 * by its opener @opener: the first party within four words after a verb
 * of `strike_verbs` ("Ukrainian drones *hit a column of North Korean*
 * troops", "*ambushed a North Korean* company", "launched a drone *strike
 * on North Korean* positions"), words alone between, that is not the
 * opener, does not speak and stands after a hit of the opener — not one
 * after "by", the passive's agent ("North Korean troops were *hit by
 * Ukrainian* drones" names North Korea struck). */
static void
note_struck(CcFrameRun *run, int k, const char *opener)
{
    g_clear_pointer(&run->struck_by[k], g_free);
    const Dict *d = dict_of(run, "strike_verbs");
    if (d == NULL || opener == NULL)
        return;
    const GArray *verbs = hits_of(run, d, "strike_verbs");
    if (verbs->len == 0)
        return;
    guint opener_end = G_MAXUINT;
    for (guint t = 0; t < run->subject_tables->len; t++) {
        const GArray *hits = dict_hits(run, run->subject_tables->pdata[t]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            if (h->t1 >= opener_end)
                continue;
            g_autofree char *who = entity_of(run, run->text, h);
            if (g_strcmp0(who, opener) == 0)
                opener_end = h->t1;
        }
    }
    if (opener_end == G_MAXUINT)
        return;
    for (guint v = 0; v < verbs->len; v++) {
        const Hit *verb = &g_array_index(verbs, Hit, v);
        if (verb->t0 < opener_end || verb->t1 >= run->toks->len || tok_is(run, verb->t1, "by"))
            continue;
        const Hit *best = NULL;
        for (guint t = 0; t < run->subject_tables->len; t++) {
            const GArray *hits = dict_hits(run, run->subject_tables->pdata[t]);
            for (guint j = 0; j < hits->len; j++) {
                const Hit *h = &g_array_index(hits, Hit, j);
                if (h->t0 < verb->t1 || h->t0 > verb->t1 + 4
                    || (best != NULL && (h->t0 > best->t0 || (h->t0 == best->t0 && h->t1 <= best->t1))))
                    continue;
                gboolean words = TRUE;
                for (guint w = verb->t1; w < h->t0 && words; w++)
                    words = g_array_index(run->toks, Tok, w).kind == TOK_WORD;
                if (words && !speaks(run, h))
                    best = h;
            }
        }
        if (best == NULL)
            continue;
        char *who = entity_of(run, run->text, best);
        if (who != NULL && g_strcmp0(who, opener) != 0) {
            run->struck_by[k] = who;
            return;
        }
        g_free(who);
    }
}

/* The party that owns the first noun @f counts in the sentence an
 * inherited subject came from (@k: 0, the latest earlier one naming a
 * party; 1, the title), or NULL (note_owners()). */
static const char *
first_owner(const CcFrameRun *run, const CcFrame *f, int k)
{
    if (run->opener_army[k])
        return NULL;
    const GPtrArray *tables = f->slot[CC_SLOT_COUNTS].tables;
    /* a frame that counts no noun of its own counts what a headline names
     * as its antecedent: "Russia pins medals on North Korean soldiers" …
     * "Some 300 were killed" are North Korea's (a sentence before keeps
     * its opener: "A North Korean unit was ambushed by Ukrainian special
     * forces. Two were taken alive") */
    if (tables->len == 0 && k == 1)
        tables = f->named;
    guint best = G_MAXUINT;
    const char *owner = NULL;
    for (guint t = 0; t < tables->len; t++) {
        guint i;
        if (!g_ptr_array_find_with_equal_func(run->counted_tables, tables->pdata[t], g_str_equal,
                                              &i))
            continue;
        if (run->opener_owns[k][i])
            return NULL;
        if (run->owned_t0[k][i] < best) {
            best = run->owned_t0[k][i];
            owner = run->owned_by[k][i];
        }
    }
    return owner;
}

/* Notes which antecedent tables the current sentence holds, in @into. */
static void
note_named(CcFrameRun *run, GPtrArray *into)
{
    for (guint t = 0; t < run->named_tables->len; t++)
        if (hits_of(run, run->named_dicts[t], run->named_tables->pdata[t])->len > 0)
            add_once(into, run->named_tables->pdata[t]);
}

static void claimed_at(CcFrameRun *run, guint index);

void
cc_frame_run_note(CcFrameRun *run, guint index, const char *text, gsize len)
{
    if (run->subject_tables->len == 0 && run->named_tables->len == 0)
        return;
    PendingNote note = {index, text, len};
    g_array_append_val(run->pending, note);
}

/* Notes the parties and antecedents of sentence @index, which holds no
 * value, for the sentences after it. */
static void
note_now(CcFrameRun *run, guint index, const char *text, gsize len)
{
    look_at(run, index, text, len);
    claimed_at(run, index);
    if (run->notes_scanned != run->sentence && run->notes_slots != NULL)
        scan_dictionaries(run, TRUE);
    note_named(run, run->named[0]);
    if (run->subject_tables->len == 0)
        return;
    char *first = note_parties(run, run->parties[0]);
    if (first != NULL) {
        g_free(run->last_subject);
        run->last_subject = first;
        note_owners(run, 0, first);
        note_struck(run, 0, first);
    }
}

/* Empties @set (its strings freed, where it owns them). */
static void
empty_set(GPtrArray *set)
{
    g_ptr_array_set_size(set, 0);
}

/* Reads the pending sentences' notes, @n of them at @p (more than two),
 * newest first, and returns TRUE; or FALSE, nothing read, where the notes
 * of one depend on the sentences before it (owner_names() read
 * last_subject). The next sentence's frames read the parties and
 * antecedents of the last two, and last_subject: of the sentences before
 * those, only the newest that opens with a party counts. The third
 * newest's parties and antecedents are left empty: the next sentence's
 * claimed_at() drops them, and nothing before it reads them (the value
 * pass of a pattern rule's {value} does not). */
static gboolean
read_notes_newest_first(CcFrameRun *run, const PendingNote *p, guint n)
{
    run->read_last_subject = FALSE;
    char *last = NULL;
    gboolean found = FALSE;
    for (guint i = n; i-- > 0 && !run->read_last_subject;) {
        guint k = i + 2 >= n ? i + 2 - n : 2; /* 0, 1: the last two; 2: one before */
        if (k == 2 && found)
            break;
        look_at(run, p[i].index, p[i].text, p[i].len);
        if (run->notes_scanned != run->sentence && run->notes_slots != NULL)
            scan_dictionaries(run, TRUE);
        if (k < 2)
            note_named(run, run->spare_named[k]);
        if (run->subject_tables->len == 0)
            continue;
        char *first = note_parties(run, run->spare_parties[k]);
        if (k == 2)
            empty_set(run->spare_parties[2]);
        if (first != NULL && !found) {
            found = TRUE;
            last = first;
            note_owners(run, 0, first);
            note_struck(run, 0, first);
        } else {
            g_free(first);
        }
    }
    if (run->read_last_subject) {
        g_free(last);
        for (int k = 0; k < 3; k++) {
            if (k < 2)
                empty_set(run->spare_named[k]);
            empty_set(run->spare_parties[k]);
        }
        return FALSE;
    }
    /* the last two's notes take the places claimed_at() empties for them */
    for (int k = 0; k < 2; k++) {
        claimed_at(run, p[n - 2 + k].index);
        GPtrArray *named = run->named[0], *parties = run->parties[0];
        run->named[0] = run->spare_named[k];
        run->parties[0] = run->spare_parties[k];
        run->spare_named[k] = named;
        run->spare_parties[k] = parties;
    }
    if (found) {
        g_free(run->last_subject);
        run->last_subject = last;
    }
    return TRUE;
}

/* Reads the notes of the pending sentences: the same as reading each as
 * it came, before a later sentence is read. */
static void
read_notes(CcFrameRun *run)
{
    guint n = run->pending->len;
    if (n == 0)
        return;
    const PendingNote *p = (const PendingNote *)(gpointer)run->pending->data;
    if (n <= 2 || !read_notes_newest_first(run, p, n))
        for (guint i = 0; i < n; i++)
            note_now(run, p[i].index, p[i].text, p[i].len);
    g_array_set_size(run->pending, 0);
}

/* Moves the claimed predicates on to sentence @index. */
static void
claimed_at(CcFrameRun *run, guint index)
{
    if (index == run->claimed_index)
        return;
    guint shift = index > run->claimed_index ? index - run->claimed_index : 3;
    for (guint s = 0; s < MIN(shift, 3u); s++) {
        GPtrArray *oldest = run->claimed[2];
        run->claimed[2] = run->claimed[1];
        run->claimed[1] = run->claimed[0];
        empty_set(oldest);
        run->claimed[0] = oldest;
        oldest = run->named[2];
        run->named[2] = run->named[1];
        run->named[1] = run->named[0];
        empty_set(oldest);
        run->named[0] = oldest;
        oldest = run->parties[2];
        run->parties[2] = run->parties[1];
        run->parties[1] = run->parties[0];
        empty_set(oldest);
        run->parties[0] = oldest;
        run->figure[2] = run->figure[1];
        run->has_figure[2] = run->has_figure[1];
        run->figure[1] = run->figure[0];
        run->has_figure[1] = run->has_figure[0];
        run->has_figure[0] = FALSE;
    }
    run->claimed_index = index;
}

void
cc_frame_run_claimed(CcFrameRun *run, guint index, const char *predicate)
{
    read_notes(run);
    claimed_at(run, index);
    /* predicates are the rule set's strings, which outlive the run */
    add_once(run->claimed[0], predicate);
}


static gboolean
was_claimed(const CcFrameRun *run, char **predicates)
{
    for (guint p = 0; predicates[p] != NULL; p++)
        for (int i = 0; i < 3; i++)
            if (holds(run->claimed[i], predicates[p]))
                return TRUE;
    return FALSE;
}


/* Is what @f follows claimed, or its antecedent named: a word of its
 * `named` tables in the current sentence before token @t0, in one of the
 * two sentences before, or in the title, which stands before the first
 * two sentences? */
static gboolean
follows_met(CcFrameRun *run, const CcFrame *f, guint t0)
{
    if (f->follows_here) {
        for (guint p = 0; f->follows[p] != NULL; p++)
            if (holds(run->claimed[0], f->follows[p]))
                return TRUE;
        return FALSE;
    }
    if (was_claimed(run, f->follows))
        return TRUE;
    for (guint t = 0; t < f->named->len; t++) {
        const char *table = f->named->pdata[t];
        if (holds(run->named[1], table)
            || holds(run->named[2], table)
            || (run->sentence < 2 && holds(run->title_named, table)))
            return TRUE;
        const GArray *hits = dict_hits(run, table);
        if (hits->len > 0 && g_array_index(hits, Hit, 0).t1 <= t0)
            return TRUE;
    }
    return FALSE;
}

/* How far back does what @f follows stand (follows_met())? 0: named in
 * the current sentence (before token @t0); 1 or 2: in the
 * sentence before or the one before that; 3: in the title only. An
 * explainer's question names what the bare figure after it counts: "How
 * many soldiers has Pyongyang sent? … How many have died? About 600, …"
 * is a toll of the dead, not a force (rank()). */
static guint
follows_distance(CcFrameRun *run, const CcFrame *f, guint t0)
{
    /* (not a claim of this sentence: the frames tried before on the same
     * figure note theirs there) */
    for (guint t = 0; f->named != NULL && t < f->named->len; t++) {
        const GArray *hits = dict_hits(run, f->named->pdata[t]);
        if (hits->len > 0 && g_array_index(hits, Hit, 0).t1 <= t0)
            return 0;
    }
    for (int i = 1; i < 3; i++) {
        for (guint p = 0; f->follows[p] != NULL; p++)
            if (holds(run->claimed[i], f->follows[p]))
                return (guint)i;
        for (guint t = 0; f->named != NULL && t < f->named->len; t++)
            if (holds(run->named[i], f->named->pdata[t]))
                return (guint)i;
    }
    return 3;
}

void
cc_frame_run_begin(CcFrameRun *run, const char *title)
{
    g_array_set_size(run->pending, 0);
    g_clear_pointer(&run->title_subject, g_free);
    g_clear_pointer(&run->last_subject, g_free);
    for (int i = 0; i < 3; i++) {
        empty_set(run->claimed[i]);
        empty_set(run->named[i]);
        empty_set(run->parties[i]);
        run->has_figure[i] = FALSE;
    }
    empty_set(run->title_named);
    empty_set(run->title_parties);
    forget_last_claim(run);
    run->claimed_index = 0;
    run->sentence = G_MAXUINT;
    run->prev_index = run->cur_index = G_MAXUINT;
    /* The hits are of the last document's sentences. */
    run->scanned = G_MAXUINT;
    run->notes_scanned = G_MAXUINT;
    run->date_memo_valid = FALSE;
    run->quantity_scanner_valid = FALSE;
    if (title != NULL && run->subject_tables->len > 0) {
        look_at(run, G_MAXUINT - 1, title, strlen(title));
        run->title_subject = note_parties(run, run->title_parties);
        note_owners(run, 1, run->title_subject);
        note_struck(run, 1, run->title_subject);
        run->sentence = G_MAXUINT;
    }
    if (title != NULL && run->named_tables->len > 0) {
        look_at(run, G_MAXUINT - 1, title, strlen(title));
        note_named(run, run->title_named);
        run->sentence = G_MAXUINT;
    }
}

/* ---- the value pass ------------------------------------------------------- */

/* The entry of lexicon @table for the phrase of its hit @h, read as the
 * lexicon reads its phrases: lower case, white space folded. */
static const CcLexiconEntry *
entry_of_hit(CcFrameRun *run, const char *table, const Hit *h)
{
    g_autofree char *phrase = g_utf8_strdown(run->text + h->start, h->end - h->start);
    g_strdelimit(phrase, "\t\n\r", ' ');
    return cc_lexicon_lookup(run->lexicon, table, phrase, -1);
}

/* The entry of @table for the phrase of the hit ending at token @t, or
 * NULL. */
static const CcLexiconEntry *
entry_ending(CcFrameRun *run, const char *table, guint t, const Hit **hit)
{
    if (dict_of(run, table) == NULL)
        return NULL;
    const GArray *hits = dict_hits(run, table);
    for (guint i = 0; i < hits->len; i++) {
        const Hit *h = &g_array_index(hits, Hit, i);
        if (h->t1 != t)
            continue;
        if (hit)
            *hit = h;
        return entry_of_hit(run, table, h);
    }
    return NULL;
}

/* Words of a span of time: a figure right before one counts time, not
 * what follows ("about 10 days of Russian losses", "within 12 weeks"). */
static const char *const span_words[] = {"hours", "days", "weeks", "months", "years", "decades"};

/* Nouns of a series: "a third" right before one is a place in it, no
 * fraction ("a third contingent of some 2,500 soldiers", "for a fourth
 * time"), as values.rules' exception has it for the generic records. */
static const char *const series_nouns[] = {
    "contingent", "wave",    "batch", "rotation", "deployment", "group", "shipment",
    "round",      "tranche", "phase", "echelon",  "detachment", "time",  "consecutive"};

/* Is the mention at bytes [vs, ve) "a third", "a fourth" or "a fifth"
 * before a noun of a series (series_nouns)? */
static gboolean
ordinal_of_series(CcFrameRun *run, gsize vs, gsize ve)
{
    static const char *const nth[] = {"a third", "a fourth", "a fifth"};
    const char *t = run->text;
    gboolean nth_hit = FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(nth) && !nth_hit; k++)
        nth_hit = ve - vs == strlen(nth[k]) && g_ascii_strncasecmp(t + vs, nth[k], ve - vs) == 0;
    if (!nth_hit || ve >= run->len || t[ve] != ' ')
        return FALSE;
    gsize w = ve + 1, e = w;
    while (e < run->len && g_ascii_isalpha(t[e]))
        e++;
    gsize n = e - w;
    for (guint k = 0; k < G_N_ELEMENTS(series_nouns); k++)
        if (n == strlen(series_nouns[k]) && g_ascii_strncasecmp(t + w, series_nouns[k], n) == 0)
            return TRUE;
    return FALSE;
}

/* Does a word of `age_words` make the figure at token @t0 an age: a
 * phrase starting right before it or one word before it ("aged 18",
 * "aged mostly 18"), or ending there ("at the age of 17", "most of them
 * 19", "many of them barely 20")? */
static gboolean
age_at(CcFrameRun *run, guint t0)
{
    gboolean word_before = t0 > 0 && g_array_index(run->toks, Tok, t0 - 1).kind == TOK_WORD;
    return (t0 > 0 && in_table(run, "age_words", t0 - 1))
           || (t0 > 1 && in_table(run, "age_words", t0 - 2) && word_before)
           || ends_in_table(run, "age_words", t0)
           || (t0 > 0 && word_before && ends_in_table(run, "age_words", t0 - 1));
}

/* Is the figure at token @t0 a person's age set off by commas after the
 * person ("The soldier, 24, said …", "Ri, 26, a sniper, …", "his mother,
 * 61, has …", "One of the captured men, 26, told …"): two digits alone
 * between two commas, a noun of `apposed_age_nouns`, a name or a phrase
 * "one of" opens, at most six words, right before the first (a name that
 * no preposition of place opens: "near Sudzha, 40, …" is no person), a
 * word after the second? */
static gboolean
apposed_age_at(CcFrameRun *run, guint t0)
{
    static const Word places[] = {WORD("in"),   WORD("at"),     WORD("near"), WORD("from"),
                                  WORD("to"),   WORD("of"),     WORD("outside"),
                                  WORD("around"), WORD("into"), WORD("across")};
    if (t0 < 2 || t0 + 2 >= run->toks->len)
        return FALSE;
    const Tok *fig = &g_array_index(run->toks, Tok, t0);
    if (fig->end - fig->start != 2 || !g_ascii_isdigit(run->text[fig->start])
        || !g_ascii_isdigit(run->text[fig->start + 1]) || run->text[fig->start] == '0')
        return FALSE;
    if (g_array_index(run->toks, Tok, t0 - 1).kind != TOK_COMMA
        || g_array_index(run->toks, Tok, t0 + 1).kind != TOK_COMMA)
        return FALSE;
    const Tok *after = &g_array_index(run->toks, Tok, t0 + 2);
    const Tok *who = &g_array_index(run->toks, Tok, t0 - 2);
    if (after->kind != TOK_WORD || g_ascii_isdigit(run->text[after->start])
        || who->kind != TOK_WORD)
        return FALSE;
    if (in_table(run, "apposed_age_nouns", t0 - 2))
        return TRUE;
    /* one of many, the age the one's: "One of the captured men, 26, told
     * interrogators …", "one of them, 21, …" */
    for (guint k = t0 - 2, n = 0; k > 0 && n < 6; k--, n++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            break;
        if (tok_is(run, k, "of") && tok_is(run, k - 1, "one"))
            return TRUE;
    }
    return g_ascii_isupper(run->text[who->start])
           && !(t0 > 2 && tok_in(run, t0 - 3, places, G_N_ELEMENTS(places)));
}

/* Is the figure at token @t0 a person's age said with a pronoun and a
 * copula ("He's 26", "she was barely 20", "most of them are just 19"):
 * two digits alone, a phrase of `person_copulas` right before them or
 * before at most two words of degree ("just", "barely", "only"), and no
 * word after them but one that goes on the clause ("and", "when",
 * "years", "in", …)? "They're about
 * 11,000" is no age: an age has two digits. */
static gboolean
person_age_at(CcFrameRun *run, guint t0)
{
    static const Word degree[] = {WORD("just"),   WORD("only"),   WORD("barely"), WORD("still"),
                                  WORD("not"),    WORD("even"),   WORD("nearly"), WORD("almost"),
                                  WORD("about"),  WORD("around"), WORD("maybe"),  WORD("probably"),
                                  WORD("already"), WORD("now"),   WORD("like"),   WORD("literally")};
    static const Word after_age[] = {WORD("and"),  WORD("or"),   WORD("but"),   WORD("years"),
                                     WORD("year"), WORD("when"), WORD("who"),   WORD("with"),
                                     WORD("at"),   WORD("in"),   WORD("now"),   WORD("then")};
    const Tok *fig = &g_array_index(run->toks, Tok, t0);
    if (fig->end - fig->start != 2 || !g_ascii_isdigit(run->text[fig->start])
        || !g_ascii_isdigit(run->text[fig->start + 1]) || run->text[fig->start] == '0')
        return FALSE;
    if (t0 + 1 < run->toks->len && g_array_index(run->toks, Tok, t0 + 1).kind == TOK_WORD
        && !tok_in(run, t0 + 1, after_age, G_N_ELEMENTS(after_age)))
        return FALSE;
    for (guint k = t0, n = 0; k > 0 && n <= 2; k--, n++) {
        if (ends_in_table(run, "person_copulas", k))
            return TRUE;
        if (!tok_in(run, k - 1, degree, G_N_ELEMENTS(degree)))
            return FALSE;
    }
    return FALSE;
}

/* Does a label naming an age stand before a colon right before the figure
 * at token @t0, a fact box's line ("Age of the captured soldiers: 20 and
 * 26", "Captured soldiers' ages: 20, 26")? The figures after it are the
 * ages, no count of those the label names. */
static gboolean
age_label_at(CcFrameRun *run, guint t0)
{
    if (t0 < 2)
        return FALSE;
    const Tok *colon = &g_array_index(run->toks, Tok, t0 - 1);
    if (colon->kind != TOK_BREAK || run->text[colon->start] != ':')
        return FALSE;
    for (guint k = t0 - 1, n = 0; k > 0 && n < 10; n++) {
        k--;
        const Tok *w = &g_array_index(run->toks, Tok, k);
        if (w->kind == TOK_WORD) {
            if (in_table(run, "age_words", k))
                return TRUE;
            continue;
        }
        /* an apostrophe of a possessive ("soldiers' ages") goes on */
        const char *c = run->text + w->start;
        if (!(w->kind == TOK_BREAK && (*c == '\''
                                       || (w->end - w->start == 3 && (guchar)c[0] == 0xE2
                                           && (guchar)c[1] == 0x80 && (guchar)c[2] == 0x99))))
            return FALSE;
    }
    return FALSE;
}

/* Is the figure at tokens [@t0, @te) a count of stages, set after a
 * preposition with a word of `stage_nouns` right after it ("deployed *in
 * two rounds*", "sent *over three months*", "reached Russia *aboard 22
 * vessels*", "*on 40 voyages*")? It says how the things came, not how
 * many. */
static gboolean
stage_count_at(CcFrameRun *run, guint t0, guint te)
{
    static const char *const preps[] = {"in", "over", "across", "during", "within", "aboard", "on"};
    gboolean prep = FALSE;
    for (guint k = 0; t0 > 0 && !prep && k < G_N_ELEMENTS(preps); k++)
        prep = tok_is(run, t0 - 1, preps[k]);
    return prep && te < run->toks->len && in_table(run, "stage_nouns", te);
}

/* Is the figure at bytes [vs, ve) the army's slang for the dead or the
 * wounded, a name and no count: "cargo 200", "cargo 300", "the 200s and
 * 300s", "five 200s" (as values.rules' exception has it for the generic
 * records)? */
static gboolean
slang_name_at(CcFrameRun *run, gsize vs, gsize ve)
{
    const char *t = run->text;
    if (ve - vs != 3 || (t[vs] != '2' && t[vs] != '3') || t[vs + 1] != '0' || t[vs + 2] != '0')
        return FALSE;
    if (ve < run->len && (t[ve] == 's' || t[ve] == 'S')
        && (ve + 1 == run->len || !g_ascii_isalnum(t[ve + 1])))
        return TRUE; /* "200s" */
    return vs >= 6 && g_ascii_strncasecmp(t + vs - 6, "cargo ", 6) == 0
           && (vs == 6 || !g_ascii_isalnum(t[vs - 7]));
}

/* Words that name a part of a text by its number: the figure right after
 * one is a label, no count ("in paragraph 2", "on page 4", "across pages
 * 4 and 5", "Article 5", a report's "(see Table 2)", "Figure 3", "Annex
 * 2", "note 14"),
 * as are a learners' explainer's and a quiz's items ("Question 2: How many
 * soldiers did North Korea send?", "Fact 3:", "Step 1:") and a monitoring
 * report's numbered findings ("Finding 7: the DPRK supplied …",
 * "Recommendation 3", "item 12"). */
static const Word part_labels[] = {WORD("paragraph"),  WORD("paragraphs"), WORD("para"),
                                   WORD("graf"),       WORD("page"),       WORD("pages"),      WORD("section"),
                                   WORD("article"),    WORD("clause"),     WORD("chapter"),
                                   WORD("resolution"), WORD("resolutions"), WORD("question"),
                                   WORD("fact"),       WORD("step"),       WORD("lesson"),
                                   WORD("quiz"),       WORD("exercise"),   WORD("activity"),
                                   WORD("table"),      WORD("tables"),     WORD("figure"),
                                   WORD("figures"),    WORD("chart"),      WORD("charts"),
                                   WORD("annex"),      WORD("appendix"),   WORD("note"),
                                   WORD("notes"),      WORD("endnote"),    WORD("footnote"),
                                   WORD("finding"),    WORD("findings"),   WORD("recommendation"),
                                   WORD("recommendations"), WORD("item"),  WORD("items")};

static gboolean
tok_char_is(const CcFrameRun *run, guint t, char c)
{
    const Tok *k = &g_array_index(run->toks, Tok, t);
    return k->end == k->start + 1 && run->text[k->start] == c;
}

static gboolean
tok_is_figure(const CcFrameRun *run, guint t)
{
    const Tok *k = &g_array_index(run->toks, Tok, t);
    return k->kind == TOK_WORD && g_ascii_isdigit(run->text[k->start]);
}

/* Does the figure at token @t0 go on a list of labels, after "and", "or"
 * or a comma: "resolutions 1718, 2270 and 2321", "resolutions 2270 (2016)
 * and 2321 (2016)" (a year in brackets after each)? */
static gboolean
listed_label_at(const CcFrameRun *run, guint t0)
{
    for (guint hops = 0; hops < 8; hops++) {
        if (t0 < 2)
            return FALSE;
        guint k = t0 - 1;
        if (!tok_is(run, k, "and") && !tok_is(run, k, "or")
            && g_array_index(run->toks, Tok, k).kind != TOK_COMMA)
            return FALSE;
        if (k > 0 && g_array_index(run->toks, Tok, k - 1).kind == TOK_COMMA)
            k--; /* ", and" */
        if (k < 2)
            return FALSE;
        k--;
        if (k >= 3 && tok_char_is(run, k, ')') && tok_is_figure(run, k - 1)
            && tok_char_is(run, k - 2, '('))
            k -= 3; /* "2270 (2016)" */
        if (!tok_is_figure(run, k))
            return FALSE;
        if (k > 0 && tok_in(run, k - 1, part_labels, G_N_ELEMENTS(part_labels)))
            return TRUE;
        t0 = k;
    }
    return FALSE;
}

/* Words that name a place in a port, yard or station by its number, as
 * imagery notes write them: the figure right after one is a label, no
 * count ("about 200 containers staged at pier 3", "berth 2", "platform
 * 4"). */
static const Word place_labels[] = {WORD("pier"),     WORD("berth"),  WORD("dock"),
                                    WORD("quay"),     WORD("wharf"),  WORD("terminal"),
                                    WORD("platform"), WORD("gate"),   WORD("siding"),
                                    WORD("hangar"),   WORD("warehouse")};

/* Broadcasters named by their channel's number, capitalised ("told France
 * 24", "Channel 4", "Rossiya 24", "Kan 11", and "24 Kanal" with the number
 * first): the figure is the name's, no count. */
static const Word channel_names[] = {WORD("France"), WORD("Rossiya"), WORD("Channel"), WORD("Kanal"),
                                     WORD("Canal"),  WORD("Kan"),     WORD("Rai")};

/* Is the figure of one token @t0, one or two digits, a broadcaster's
 * number, a capitalised word of `channel_names` right before it or
 * "Kanal" right after it? */
static gboolean
channel_number_at(const CcFrameRun *run, guint t0)
{
    const Tok *k = &g_array_index(run->toks, Tok, t0);
    if (!tok_is_figure(run, t0) || k->end - k->start > 2 || !g_ascii_isdigit(run->text[k->end - 1]))
        return FALSE;
    if (t0 > 0 && tok_in(run, t0 - 1, channel_names, G_N_ELEMENTS(channel_names))
        && g_ascii_isupper(run->text[g_array_index(run->toks, Tok, t0 - 1).start]))
        return TRUE;
    return t0 + 1 < run->toks->len && tok_is(run, t0 + 1, "Kanal")
           && g_ascii_isupper(run->text[g_array_index(run->toks, Tok, t0 + 1).start]);
}

/* Does the abbreviation "No." stand right before the figure at byte @vs,
 * a space or nothing between ("Military Hospital No. 11", "Factory
 * No.65")? The figure is a name's number, as North Korea names its
 * hospitals, factories and units, no count. */
static gboolean
number_sign_before(const CcFrameRun *run, gsize vs)
{
    const char *t = run->text;
    gsize d = vs;
    if (d > 0 && t[d - 1] == ' ')
        d--;
    if (d < 3 || t[d - 1] != '.' || (t[d - 2] != 'o' && t[d - 2] != 'O')
        || (t[d - 3] != 'N' && t[d - 3] != 'n'))
        return FALSE;
    return d == 3 || !g_ascii_isalnum(t[d - 4]);
}

/* Does the sentence open a wire service's correction note, "(Corrects
 * number of wounded in paragraph 2 to 2,700 from 2,000)"? */
static gboolean
opens_correction_note(const CcFrameRun *run)
{
    for (guint t = 0; t < run->toks->len && t < 2; t++) {
        if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
            continue;
        return tok_is(run, t, "corrects") || tok_is(run, t, "correcting");
    }
    return FALSE;
}

/* Is the mention at bytes [vs, ve) the pronoun "one" after an ordinal
 * or a word that picks one thing out ("the *first one* struck Kyiv's
 * suburbs", "the *last one* fell near Sudzha", "that one"), or after
 * "the" with no noun of its own: it stands for a thing named before, no
 * count. */
static gboolean
pronoun_one_at(CcFrameRun *run, gsize vs, gsize ve)
{
    static const char *const pickers[] = {"first", "second", "third", "last", "latest",
                                          "next",  "same",   "this",  "that", "other"};
    if (ve - vs != 3 || g_ascii_strncasecmp(run->text + vs, "one", 3) != 0)
        return FALSE;
    /* after "the", what follows says it is no count: a preposition, a
     * relative word or the clause's end ("a conflict like *the one* in
     * Ukraine", "the one that failed"), where a count has its noun ("the
     * one soldier who came back") */
    static const char *const after_the[] = {"in",   "on",    "at",    "of",    "from",  "with",
                                            "that", "which", "who",   "where", "when",  "for",
                                            "to",   "by",    "near",  "they",  "we",    "he",
                                            "she",  "i",     "you",   "it",    "before", "after"};
    guint t0 = tok_at(run->toks, vs);
    if (t0 == 0)
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(pickers); i++)
        if (tok_is(run, t0 - 1, pickers[i]))
            return TRUE;
    if (!tok_is(run, t0 - 1, "the"))
        return FALSE;
    if (t0 + 1 >= run->toks->len || g_array_index(run->toks, Tok, t0 + 1).kind != TOK_WORD)
        return TRUE;
    for (guint i = 0; i < G_N_ELEMENTS(after_the); i++)
        if (tok_is(run, t0 + 1, after_the[i]))
            return TRUE;
    return FALSE;
}

/* ---- author-date citations ------------------------------------------------ */

/* The sentence's words as the citation reader reads them: the bytes and the
 * tokens of the frames, or those tokenize() cuts for the extractor's
 * dating (cc_citation_at()), so that both read one grammar. */
typedef struct {
    const char *text;
    const GArray *toks;
} CiteView;

static const Tok *
cite_tok(const CiteView *v, guint t)
{
    return &g_array_index(v->toks, Tok, t);
}

static gboolean
cite_char_is(const CiteView *v, guint t, char c)
{
    const Tok *k = cite_tok(v, t);
    return k->end == k->start + 1 && v->text[k->start] == c;
}

static gboolean
cite_in(const CiteView *v, guint t, const Word *words, gsize n)
{
    const Tok *k = cite_tok(v, t);
    gsize len = k->end - k->start;
    for (gsize i = 0; i < n; i++)
        if (words[i].len == len && same_letters(v->text + k->start, words[i].text, len))
            return TRUE;
    return FALSE;
}

static gboolean
cite_is(const CiteView *v, guint t, const char *w)
{
    Word word = {w, strlen(w)};
    return cite_in(v, t, &word, 1);
}

/* Is token @t a year as a citation writes it: four digits from 1900 to
 * 2099, a letter at most after them ("2025a")? */
static gboolean
citation_year(const CiteView *v, guint t)
{
    const Tok *k = cite_tok(v, t);
    const char *w = v->text + k->start;
    gsize n = k->end - k->start;
    if (k->kind != TOK_WORD || n < 4 || n > 5 || !(w[0] == '1' || w[0] == '2'))
        return FALSE;
    for (gsize i = 0; i < 4; i++)
        if (!g_ascii_isdigit(w[i]))
            return FALSE;
    if (n == 5 && !g_ascii_islower(w[4]))
        return FALSE;
    return (w[0] == '1' && w[1] == '9') || (w[0] == '2' && w[1] == '0');
}

/* Is token @t a word of an author's name in a citation: a word of
 * letters opened by a capital that names no month or weekday ("Kim",
 * "NIS", "Ministry"), or a word that joins names ("and", "et al.", "of")?
 * (The months and weekdays are those of dates.rules' tables a word alone
 * names: "Sun", "Wed" name a weekday only with their dot.) */
static gboolean
citation_name(const CiteView *v, guint t)
{
    static const Word joins[] = {WORD("and"), WORD("&"),   WORD("et"),  WORD("al"),
                                 WORD("of"),  WORD("the"), WORD("for"), WORD("de"),
                                 WORD("van"), WORD("von"), WORD("see"), WORD("cf")};
    static const Word dates[] = {
        WORD("january"), WORD("jan"),      WORD("february"), WORD("feb"),      WORD("march"),
        WORD("mar"),     WORD("april"),    WORD("apr"),      WORD("may"),      WORD("june"),
        WORD("jun"),     WORD("july"),     WORD("jul"),      WORD("august"),   WORD("aug"),
        WORD("september"), WORD("sept"),   WORD("sep"),      WORD("october"),  WORD("oct"),
        WORD("november"), WORD("nov"),     WORD("december"), WORD("dec"),      WORD("monday"),
        WORD("tuesday"), WORD("wednesday"), WORD("thursday"), WORD("friday"),  WORD("saturday"),
        WORD("sunday")};
    const Tok *k = cite_tok(v, t);
    if (cite_char_is(v, t, '.'))
        return t > 0 && (cite_is(v, t - 1, "al") || cite_is(v, t - 1, "cf"));
    if (cite_in(v, t, joins, G_N_ELEMENTS(joins)))
        return TRUE;
    if (k->kind != TOK_WORD || !g_ascii_isupper(v->text[k->start]))
        return FALSE;
    for (gsize i = k->start; i < k->end; i++)
        if (!(g_ascii_isalpha(v->text[i]) || v->text[i] == '-' || v->text[i] == '\''
              || (guchar)v->text[i] >= 0x80))
            return FALSE;
    return !cite_in(v, t, dates, G_N_ELEMENTS(dates));
}

/* Does token @t stand inside an author-date citation in round brackets,
 * as academic and policy writing gives its sources: "(Kim and Lee
 * 2025)", "(Park 2025, 41)", "(Jones 2025; NIS 2024: 12-14)", or after an
 * author's name, "Park et al. (2025, 41)", "Kim (2024)"? Its year and page
 * are the citation's, no date of an event and no count. */
static gboolean
citation_at(const CiteView *v, guint t)
{
    guint n = v->toks->len, o = t, c = t;
    if (t >= n)
        return FALSE;
    while (o > 0 && t - o < 16 && !cite_char_is(v, o, '('))
        o--;
    while (c + 1 < n && c - t < 12 && !cite_char_is(v, c, ')'))
        c++;
    if (!cite_char_is(v, o, '(') || !cite_char_is(v, c, ')') || o == t || c == t)
        return FALSE;
    guint k = o + 1;
    gboolean first = TRUE;
    while (k < c) {
        guint names = 0;
        while (k < c && !citation_year(v, k) && citation_name(v, k))
            k++, names++;
        if (k < c && cite_tok(v, k)->kind == TOK_COMMA && names > 0)
            k++; /* "(Cha, 2024)" */
        if (k >= c || !citation_year(v, k))
            return FALSE;
        if (first && names == 0) {
            /* a year alone in brackets is a citation's only right after
             * an author's name: "Kim and Lee (2025)", "Park et al. (2025)" */
            if (o == 0 || !citation_name(v, o - 1) || cite_is(v, o - 1, "and")
                || cite_is(v, o - 1, "of") || cite_is(v, o - 1, "the"))
                return FALSE;
        }
        first = FALSE;
        k++;
        if (k < c && (cite_tok(v, k)->kind == TOK_COMMA || cite_char_is(v, k, ':'))) {
            /* a page or pages: "41", "p. 41", "pp. 12-14", "12–14" */
            k++;
            if (k < c && (cite_is(v, k, "p") || cite_is(v, k, "pp")))
                k += k + 1 < c && cite_char_is(v, k + 1, '.') ? 2 : 1;
            if (k >= c || !g_ascii_isdigit(v->text[cite_tok(v, k)->start]))
                return FALSE;
            k++;
            if (k + 1 < c && cite_tok(v, k)->kind == TOK_BREAK && !cite_char_is(v, k, ';')
                && g_ascii_isdigit(v->text[cite_tok(v, k + 1)->start]))
                k += 2; /* "12–14" */
        }
        if (k < c && !cite_char_is(v, k, ';'))
            return FALSE;
        if (k < c)
            k++;
    }
    return !first;
}

/* Does byte @at of the run's sentence stand inside an author-date
 * citation? (Read on the sentence's tokens as tokenize() cuts them: the
 * frames' own have a citation inside the clause dropped,
 * drop_citations().) */
static gboolean
in_citation(CcFrameRun *run, gsize at)
{
    /* cc_citation_at(run->text, 0, run->len, at), the sentence cut once
     * for all its mentions */
    if (at >= run->len || memchr(run->text, '(', at) == NULL)
        return FALSE;
    if (!run->citations_dropped) {
        CiteView v = {run->text, run->toks};
        return citation_at(&v, tok_at(run->toks, at));
    }
    if (run->cite_toks == NULL)
        run->cite_toks = g_array_new(FALSE, FALSE, sizeof(Tok));
    if (run->cite_generation != run->generation + 1) {
        tokenize(run->text, run->len, run->cite_toks);
        run->cite_generation = run->generation + 1;
    }
    CiteView v = {run->text, run->cite_toks};
    return citation_at(&v, tok_at(run->cite_toks, at));
}

/* Is the date at bytes [@vs, @ve) the years of another war, part of the
 * name `other_wars` gives it: its name right after the years, a dash and
 * the tail of the last year between or not ("the 1950-53 Korean War",
 * "the 1950–53 war"), or right before "of" and the years ("the Korean War
 * of 1950-53")? Another war's years date none of the pack's events ("had
 * not seen combat since the 1950-53 Korean War"). */
static gboolean
names_other_war(CcFrameRun *run, gsize vs, gsize ve)
{
    if (dict_of(run, "other_wars") == NULL)
        return FALSE;
    guint t0 = tok_at(run->toks, vs), t1 = tok_at(run->toks, ve - 1) + 1, n = run->toks->len;
    if (t1 + 1 < n && g_array_index(run->toks, Tok, t1).kind == TOK_BREAK
        && g_ascii_isdigit(run->text[g_array_index(run->toks, Tok, t1 + 1).start]))
        t1 += 2;
    const GArray *hits = dict_hits(run, "other_wars");
    for (guint i = 0; i < hits->len; i++) {
        const Hit *h = &g_array_index(hits, Hit, i);
        if (h->t0 == t1 || (h->t0 <= t0 && h->t1 > t0))
            return TRUE;
        if (t0 >= 2 && h->t1 == t0 - 1 && tok_is(run, t0 - 1, "of"))
            return TRUE;
    }
    return FALSE;
}

/* An author-date citation in round brackets set inside a clause, a word
 * before it and a word after it, right after the noun phrase whose figure
 * it sources ("Some 11,000 North Korean troops (Kim and Lee 2025) were
 * sent to Russia"), ends no clause: its brackets and words are dropped
 * from @toks, as "(local time)" is. (Not a year alone in brackets after
 * an author's name, "Kim and Lee (2025, 14) put …", whose name speaks.) */
static void
drop_citations(const char *text, GArray *toks)
{
    guint out = 0, n = toks->len;
    for (guint i = 0; i < n; i++) {
        const Tok *t = &g_array_index(toks, Tok, i);
        if (out > 0 && g_array_index(toks, Tok, out - 1).kind == TOK_WORD && i + 3 < n
            && t->end == t->start + 1 && text[t->start] == '(') {
            CiteView v = {text, toks};
            guint c = i + 1;
            while (c < n && c - i < 14 && !cite_char_is(&v, c, ')'))
                c++;
            if (c + 1 < n && cite_char_is(&v, c, ')')
                && g_array_index(toks, Tok, c + 1).kind == TOK_WORD && !citation_year(&v, i + 1)
                && citation_at(&v, i + 1)) {
                i = c;
                continue;
            }
        }
        g_array_index(toks, Tok, out++) = *t;
    }
    g_array_set_size(toks, out);
}

gboolean
cc_citation_at(const char *text, gsize start, gsize end, gsize at)
{
    if (at < start || at >= end || memchr(text + start, '(', at - start) == NULL)
        return FALSE;
    GArray *toks = g_array_new(FALSE, FALSE, sizeof(Tok));
    tokenize(text + start, end - start, toks);
    CiteView v = {text + start, toks};
    gboolean yes = citation_at(&v, tok_at(toks, at - start));
    g_array_free(toks, TRUE);
    return yes;
}

/* Is the figure at token @t0, the sentence's first, a numbered section's
 * number before its heading, as reports and papers number them: "2.3
 * Scale of the deployment", "3.1.2 Sources"? Two or three numbers of at
 * most two digits joined by dots, a capitalised word after them that
 * scales nothing ("2.3 Million Shells" is a headline's count). */
static gboolean
section_number_at(CcFrameRun *run, guint t0)
{
    if (t0 != 0 || run->toks->len < 2)
        return FALSE;
    const Tok *k = &g_array_index(run->toks, Tok, 0), *next = &g_array_index(run->toks, Tok, 1);
    if (k->kind != TOK_WORD || next->kind != TOK_WORD || !g_ascii_isupper(run->text[next->start]))
        return FALSE;
    guint parts = 0, digits = 0;
    for (gsize i = k->start; i <= k->end; i++) {
        if (i < k->end && g_ascii_isdigit(run->text[i])) {
            digits++;
            continue;
        }
        if (digits == 0 || digits > 2 || (i < k->end && run->text[i] != '.'))
            return FALSE;
        parts++;
        digits = 0;
    }
    return parts >= 2 && parts <= 3 && !in_table(run, "scale_words", 1);
}

/* Is the figure at bytes [vs, ve) a bare scale word that names the unit a
 * chart or table is drawn in, no magnitude: "shown *in thousands* of
 * containers", "(cumulative, *millions*)", "(*millions*)"? A bracket must
 * hold no figure and close within 40 bytes; after "in", "in the
 * thousands", "in their thousands", "thousands more" and "sent in
 * thousands of troops" (a verb's particle) keep their magnitude, as
 * values.rules' exception has it for the generic records. */
static gboolean
scale_unit_label_at(CcFrameRun *run, gsize vs, gsize ve)
{
    static const char *const scales[] = {"thousands", "millions", "billions"};
    const char *t = run->text;
    guint t0 = tok_at(run->toks, vs);
    if (tok_at(run->toks, ve - 1) != t0)
        return FALSE;
    gboolean scale = FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(scales) && !scale; k++)
        scale = tok_is(run, t0, scales[k]);
    if (!scale)
        return FALSE;
    if (t0 > 0 && tok_is(run, t0 - 1, "in")) {
        static const char *const people[] = {"troops", "soldiers", "men", "people"};
        if (tok_is(run, t0 + 1, "more"))
            return FALSE;
        if (tok_is(run, t0 + 1, "of"))
            for (guint k = 0; k < G_N_ELEMENTS(people); k++)
                if (tok_is(run, t0 + 2, people[k]))
                    return FALSE;
        return TRUE;
    }
    gsize open = vs, close = ve;
    while (open > 0 && vs - open < 40 && t[open - 1] != '(' && t[open - 1] != ')'
           && !g_ascii_isdigit(t[open - 1]))
        open--;
    while (close < run->len && close - ve < 40 && t[close] != ')' && t[close] != '('
           && !g_ascii_isdigit(t[close]))
        close++;
    return open > 0 && t[open - 1] == '(' && close < run->len && t[close] == ')';
}

/* Is the figure at token @t0 a term of a ratio named before its terms:
 * "in the ratio of *one* killed to *four* wounded", "a ratio of *one*
 * dead to *three* injured"? The first right after "ratio of", the second
 * after the "to" that ends the first term, within four words and no
 * punctuation of it. A ratio's terms say how the losses split, no count. */
static gboolean
ratio_term_at(CcFrameRun *run, guint t0)
{
    if (t0 > 1 && tok_is(run, t0 - 1, "of")
        && (tok_is(run, t0 - 2, "ratio") || tok_is(run, t0 - 2, "ratios")))
        return TRUE;
    if (t0 < 4 || !tok_is(run, t0 - 1, "to"))
        return FALSE;
    for (guint k = t0 - 2; k >= 2 && k + 6 >= t0; k--) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            return FALSE;
        if (tok_is(run, k - 1, "of")
            && (tok_is(run, k - 2, "ratio") || tok_is(run, k - 2, "ratios")))
            return TRUE;
    }
    return FALSE;
}

/* The whole number whose digits run back from byte @end (exclusive) to
 * the space after a verb a house passes a text with ("passed", "adopted
 * by", …): its value, its first digit's byte in @start, else FALSE. */
static gboolean
tally_first_term(const CcFrameRun *run, gsize end, gsize *start, guint64 *value)
{
    static const char *const verbs[] = {"passed", "approved", "adopted", "carried", "voted", "by"};
    const char *t = run->text;
    gsize d = end;
    while (d > 0 && (g_ascii_isdigit(t[d - 1]) || t[d - 1] == ','))
        d--;
    if (d == end || d < 2 || t[d - 1] != ' ' || !g_ascii_isdigit(t[d]))
        return FALSE;
    gsize w = d - 1;
    while (w > 0 && g_ascii_isalpha(t[w - 1]))
        w--;
    gboolean verb = FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(verbs) && !verb; k++)
        verb = strlen(verbs[k]) == d - 1 - w && g_ascii_strncasecmp(t + w, verbs[k], d - 1 - w) == 0;
    if (!verb)
        return FALSE;
    *value = 0;
    for (gsize k = d; k < end; k++)
        if (g_ascii_isdigit(t[k]))
            *value = *value * 10 + (guint64)(t[k] - '0');
    *start = d;
    return TRUE;
}

/* Is the figure at bytes [vs, ve) a term of a vote's tally, "passed 93
 * to 18", "adopted by 412 votes to 8": a figure right after a verb a
 * house passes a text with, then "to" (past "votes") and a smaller whole
 * number, or that smaller number? A tally counts members voting, not
 * troops ("The resolution on North Korean troops in Russia passed 93 to
 * 18"). */
static gboolean
vote_tally_at(CcFrameRun *run, gsize vs, gsize ve)
{
    const char *t = run->text;
    guint64 first = 0, second = 0;
    gsize d = 0, a = ve;
    if (tally_first_term(run, ve, &d, &first) && d >= vs) {
        if (a + 6 <= run->len && g_ascii_strncasecmp(t + a, " votes", 6) == 0)
            a += 6;
        else if (a + 5 <= run->len && g_ascii_strncasecmp(t + a, " vote", 5) == 0)
            a += 5;
        if (a + 4 > run->len || g_ascii_strncasecmp(t + a, " to ", 4) != 0
            || !g_ascii_isdigit(t[a + 4]))
            return FALSE;
        for (a += 4; a < run->len
                     && (g_ascii_isdigit(t[a])
                         || (t[a] == ',' && a + 1 < run->len && g_ascii_isdigit(t[a + 1])));
             a++)
            if (g_ascii_isdigit(t[a]))
                second = second * 10 + (guint64)(t[a] - '0');
        return !(a < run->len && g_ascii_isalnum(t[a])) && second < first;
    }
    /* the smaller term: "… by 412 votes to *8*" */
    if (vs < 5 || !g_ascii_isdigit(t[vs]) || g_ascii_strncasecmp(t + vs - 4, " to ", 4) != 0)
        return FALSE;
    for (a = vs; a < ve; a++)
        if (g_ascii_isdigit(t[a]))
            second = second * 10 + (guint64)(t[a] - '0');
    gsize b = vs - 4;
    if (b >= 6 && g_ascii_strncasecmp(t + b - 6, " votes", 6) == 0)
        b -= 6;
    else if (b >= 5 && g_ascii_strncasecmp(t + b - 5, " vote", 5) == 0)
        b -= 5;
    return tally_first_term(run, b, &d, &first) && second < first;
}

/* The start of a small whole number ending at byte @b, in digits or a word
 * from "one" to "ten" ("3", "three"), else G_MAXSIZE. */
static gsize
small_number_before(const char *t, gsize b)
{
    static const char *const words[] = {"one", "two",   "three", "four", "five",
                                        "six", "seven", "eight", "nine", "ten"};
    gsize a = b;
    while (a > 0 && g_ascii_isalnum(t[a - 1]))
        a--;
    if (a == b || (a > 0 && (t[a - 1] == '-' || t[a - 1] == '.' || t[a - 1] == ',')))
        return G_MAXSIZE;
    gboolean digits = TRUE;
    for (gsize k = a; k < b; k++)
        digits = digits && g_ascii_isdigit(t[k]);
    if (digits && b - a <= 2)
        return a;
    for (gsize k = 0; k < G_N_ELEMENTS(words); k++)
        if (strlen(words[k]) == b - a && g_ascii_strncasecmp(t + a, words[k], b - a) == 0)
            return a;
    return G_MAXSIZE;
}

/* Does a ratio's second term end at byte @a: the sentence's end, a mark,
 * or a word that goes on with a ratio ("three to one in favour", "… to
 * one against")? */
static gboolean
ratio_ends_at(const char *t, gsize a, gsize len)
{
    static const char *const next[] = {"ratio", "in", "against", "over", "among", "on"};
    if (a >= len || strchr(",.;:)!?", t[a]))
        return TRUE;
    if (t[a] != ' ')
        return FALSE;
    gsize w = a + 1, e = w;
    while (e < len && g_ascii_isalpha(t[e]))
        e++;
    for (gsize k = 0; k < G_N_ELEMENTS(next); k++)
        if (strlen(next[k]) == e - w && g_ascii_strncasecmp(t + w, next[k], e - w) == 0)
            return TRUE;
    return FALSE;
}

/* Is the figure at bytes [vs, ve) a term of a ratio told in words, a
 * small whole number and "to one" (or "to 1") that no noun follows ("the
 * wounded outnumber the dead by roughly three to one", "a ratio of 3 to
 * 1"), or that "one"? A ratio counts no one, as one named before its
 * terms does (ratio_term_at()); a change "from three to one" and a range
 * "between" them stay. */
static gboolean
ratio_to_one_at(CcFrameRun *run, gsize vs, gsize ve)
{
    const char *t = run->text;
    gsize first = G_MAXSIZE, after = 0;
    if (ve + 7 <= run->len && g_ascii_strncasecmp(t + ve, " to one", 7) == 0)
        after = ve + 7;
    else if (ve + 5 <= run->len && g_ascii_strncasecmp(t + ve, " to 1", 5) == 0)
        after = ve + 5;
    if (after > 0 && (after >= run->len || !g_ascii_isalnum(t[after])))
        first = small_number_before(t, ve);
    else if (vs >= 5 && g_ascii_strncasecmp(t + vs - 4, " to ", 4) == 0
             && ((ve - vs == 3 && g_ascii_strncasecmp(t + vs, "one", 3) == 0)
                 || (ve - vs == 1 && t[vs] == '1'))) {
        first = small_number_before(t, vs - 4);
        after = ve;
    }
    if (first == G_MAXSIZE || !ratio_ends_at(t, after, run->len))
        return FALSE;
    /* "from three to one", "between three to one" */
    gsize b = first;
    while (b > 0 && t[b - 1] == ' ')
        b--;
    return !((b >= 4 && g_ascii_strncasecmp(t + b - 4, "from", 4) == 0)
             || (b >= 7 && g_ascii_strncasecmp(t + b - 7, "between", 7) == 0));
}

/* Width of a margin's sign ("±", "+/-", "plus or minus") that starts at
 * byte @i, else 0. */
static gsize
margin_sign_at(const char *t, gsize i, gsize len)
{
    if (i + 2 <= len && (guchar)t[i] == 0xC2 && (guchar)t[i + 1] == 0xB1)
        return 2;
    if (i + 3 <= len && memcmp(t + i, "+/-", 3) == 0)
        return 3;
    if (i + 13 <= len && g_ascii_strncasecmp(t + i, "plus or minus", 13) == 0)
        return 13;
    return 0;
}

/* Is the figure at byte @vs a margin of error, right after "±", "+/-" or
 * "plus or minus" ("11,000 (±1,000) troops", "4,000, +/- 500")? It
 * bounds the figure before it (read_margin()) and counts nothing. */
static gboolean
margin_at(CcFrameRun *run, gsize vs)
{
    const char *t = run->text;
    gsize b = vs;
    while (b > 0 && t[b - 1] == ' ')
        b--;
    return (b >= 2 && margin_sign_at(t, b - 2, run->len) == 2)
           || (b >= 3 && margin_sign_at(t, b - 3, run->len) == 3)
           || (b >= 13 && margin_sign_at(t, b - 13, run->len) == 13);
}

/* "11,000 ± 1,000", "4,000 (±500)", "4,000, plus or minus 500": an exact
 * figure with a margin of error after it is the interval the margin
 * spans, [10000, 12000]; a margin in percent ("±5%") is left alone. */
static void
read_margin(CcFrameRun *run, CcMention *m)
{
    const char *t = run->text;
    CcValue *v = &m->value;
    if (m->type != CC_CLAIM_QUANTITY || !v->has_low || !v->has_high || v->low != v->high
        || v->unit != NULL)
        return;
    gsize i = m->end;
    while (i < run->len && (t[i] == ' ' || t[i] == '(' || t[i] == ','))
        i++;
    gsize w = margin_sign_at(t, i, run->len);
    if (w == 0)
        return;
    i += w;
    while (i < run->len && t[i] == ' ')
        i++;
    double margin = 0;
    gsize d = i;
    for (; i < run->len && (g_ascii_isdigit(t[i]) || (t[i] == ',' && i + 1 < run->len
                                                        && g_ascii_isdigit(t[i + 1])));
         i++)
        if (g_ascii_isdigit(t[i]))
            margin = margin * 10 + (t[i] - '0');
    if (i == d || (i < run->len && (t[i] == '%' || t[i] == '.' || g_ascii_isalpha(t[i])))
        || margin <= 0 || margin >= v->low)
        return;
    v->low -= margin;
    v->high += margin;
}

static gboolean in_table(CcFrameRun *run, const char *table, guint t);
static gboolean ends_in_table(CcFrameRun *run, const char *table, guint t);

/* The entry of `units` for the longest of its phrases that starts at
 * token @t, or NULL. */
static const CcLexiconEntry *
unit_starting(CcFrameRun *run, guint t)
{
    const Dict *d = dict_of(run, "units");
    if (d == NULL)
        return NULL;
    const GArray *hits = hits_of(run, d, "units");
    const Hit *best = NULL;
    for (guint i = 0; i < hits->len; i++) {
        const Hit *h = &g_array_index(hits, Hit, i);
        if (h->t0 == t && (best == NULL || h->t1 > best->t1))
            best = h;
    }
    return best != NULL ? entry_of_hit(run, "units", best) : NULL;
}

/* Is the figure ending at byte @ve a price or a rate of exchange, by what
 * follows it: "to", "against", "versus" or "per" and a currency ("110 *to
 * the dollar*", "1,450 *per dollar*", "98 *against the euro*"), or "a",
 * "an" or "per" and a measure of goods ("74 *a barrel*", "600 *per
 * tonne*": `units` whose canonical unit is a mass, a volume, an area or
 * energy, not a length or a time, "120 a mile", nor a count of the packs)?
 * A currency is a unit written in capitals (money()). Such a figure counts
 * no men or things. */
static gboolean
price_at(CcFrameRun *run, gsize ve)
{
    static const Word against[] = {WORD("to"), WORD("against"), WORD("versus"), WORD("per")};
    static const Word each[] = {WORD("a"), WORD("an"), WORD("per")};
    static const Word one[] = {WORD("the"), WORD("one"), WORD("a"), WORD("each"), WORD("every")};
    static const char *const goods[] = {"kg", "l", "m3", "m2", "wh"};
    guint t = tok_at(run->toks, ve - 1) + 1;
    if (t + 1 >= run->toks->len || run->text[g_array_index(run->toks, Tok, t).start - 1] != ' ')
        return FALSE;
    const CcLexiconEntry *e;
    if (unit_starting(run, t) != NULL)
        return FALSE; /* "30 per cent" */
    if (tok_in(run, t, against, G_N_ELEMENTS(against))) {
        guint c = tok_in(run, t + 1, one, G_N_ELEMENTS(one)) ? t + 2 : t + 1;
        e = unit_starting(run, c);
        if (e != NULL && g_ascii_isupper(e->value[0]))
            return TRUE;
    }
    if (!tok_in(run, t, each, G_N_ELEMENTS(each)) || (e = unit_starting(run, t + 1)) == NULL)
        return FALSE;
    gsize n = strcspn(e->value, " ");
    for (guint k = 0; k < G_N_ELEMENTS(goods); k++)
        if (strlen(goods[k]) == n && strncmp(e->value, goods[k], n) == 0)
            return TRUE;
    return FALSE;
}

/* Is the figure starting at byte @vs the level a market figure moves to,
 * told by its subject: a word of `market_nouns` (a currency, an index, a
 * yield, a price), then at most two words of its verb ("has slid",
 * "closed", "was quoted") and a word of the level ("to", "at", "past",
 * "below", …) right before the figure: "the Kospi slid to 2,400", "the
 * won weakened past 1,450", "Brent traded at 74"? A word of the clause's
 * joints (`clause_breaks`) or a counted unit between them is another
 * clause's ("oil slid as troop numbers rose to 12,000"), and so is one
 * after a word that joins clauses ("as", "and", "when", "that", …). */
static gboolean
market_level_at(CcFrameRun *run, gsize vs)
{
    static const Word level[] = {WORD("to"),    WORD("at"),     WORD("past"),  WORD("below"),
                                 WORD("above"), WORD("near"),   WORD("beyond"), WORD("under"),
                                 WORD("over"),  WORD("around")};
    static const Word joints[] = {WORD("as"),    WORD("and"),   WORD("when"), WORD("after"),
                                  WORD("since"), WORD("that"),  WORD("which"), WORD("who")};
    guint t0 = tok_at(run->toks, vs);
    if (t0 < 2 || !tok_in(run, t0 - 1, level, G_N_ELEMENTS(level)))
        return FALSE;
    for (guint k = t0 - 1; k > 0 && k + 3 >= t0; k--) {
        if (ends_in_table(run, "market_nouns", k))
            return TRUE;
        if (g_array_index(run->toks, Tok, k - 1).kind != TOK_WORD
            || tok_in(run, k - 1, joints, G_N_ELEMENTS(joints))
            || in_table(run, "clause_breaks", k - 1) || unit_starting(run, k - 1) != NULL)
            return FALSE;
    }
    return FALSE;
}

/* Is the figure at bytes [vs, ve) a count at all? Not a model's number
 * ("KN-24", "Su-25": glued to a name by a hyphen), nor a clock time (a
 * live blog's "09:12 Air force: …"), nor an age ("aged 18 to 24", "24
 * years old", "a 19-year-old"), nor a span of time ("10 days of
 * losses"), nor a multiple ("ninefold"), nor the slang "cargo 200". */
static gboolean
counts_something(CcFrameRun *run, gsize vs, gsize ve)
{
    const char *t = run->text;
    if (vs >= 2 && t[vs - 1] == '-' && g_ascii_isalpha(t[vs - 2]))
        return FALSE;
    if (ordinal_of_series(run, vs, ve))
        return FALSE; /* "a third contingent" */
    if (slang_name_at(run, vs, ve))
        return FALSE; /* "cargo 200", "five 200s" */
    if (scale_unit_label_at(run, vs, ve))
        return FALSE; /* "shown in thousands of containers", "(millions)" */
    if (ratio_term_at(run, tok_at(run->toks, vs)))
        return FALSE; /* "in the ratio of one killed to four wounded" */
    if (ratio_to_one_at(run, vs, ve))
        return FALSE; /* "by roughly three to one" */
    if (margin_at(run, vs))
        return FALSE; /* "11,000 (±1,000)" */
    if (vote_tally_at(run, vs, ve))
        return FALSE; /* "passed 93 to 18" */
    if (price_at(run, ve) || market_level_at(run, vs))
        return FALSE; /* "110 to the dollar", "the Kospi slid to 2,400" */
    if (pronoun_one_at(run, vs, ve))
        return FALSE; /* "since the first one struck Kyiv" */
    if ((vs >= 2 && t[vs - 1] == ':' && g_ascii_isdigit(t[vs - 2]))
        || (ve + 1 < run->len && t[ve] == ':' && g_ascii_isdigit(t[ve + 1])))
        return FALSE;
    guint t0 = tok_at(run->toks, vs);
    if (age_at(run, t0) || age_label_at(run, t0))
        return FALSE; /* "aged 18", "aged mostly 18 to 24", "Age: 20" */
    if (tok_at(run->toks, ve - 1) == t0 && apposed_age_at(run, t0))
        return FALSE; /* "The soldier, 24, said" */
    if (tok_at(run->toks, ve - 1) == t0 && person_age_at(run, t0))
        return FALSE; /* "He's 26", "most of them are just 19" */
    if (in_citation(run, vs))
        return FALSE; /* "(Park 2025, 41)": a citation's year and page */
    if (section_number_at(run, t0) && tok_at(run->toks, ve - 1) == t0)
        return FALSE; /* "2.3 Scale of the deployment" */
    /* (a range from such a figure is read from its second, label_range()) */
    if (t0 > 0 && tok_in(run, t0 - 1, part_labels, G_N_ELEMENTS(part_labels))
        && tok_at(run->toks, ve - 1) == t0)
        return FALSE; /* "in paragraph 2" */
    if (t0 > 0 && tok_in(run, t0 - 1, place_labels, G_N_ELEMENTS(place_labels))
        && tok_at(run->toks, ve - 1) == t0)
        return FALSE; /* "staged at pier 3" */
    if (number_sign_before(run, vs) && tok_at(run->toks, ve - 1) == t0)
        return FALSE; /* "Hospital No. 11", "Factory No. 65" */
    if (tok_at(run->toks, ve - 1) == t0 && channel_number_at(run, t0))
        return FALSE; /* "a commander told France 24" */
    if (tok_at(run->toks, ve - 1) == t0 && listed_label_at(run, t0))
        return FALSE; /* "resolutions 2270 and 2321" */
    /* a correction note's old figure, after its new one: "(Corrects …
     * to 2,700 from 2,000)" */
    guint fr = tok_is(run, t0, "from") ? t0 + 1 : t0;
    if (fr > 2 && tok_is(run, fr - 1, "from") && opens_correction_note(run)) {
        for (guint k = fr - 1; k > 1 && k + 6 > fr; k--)
            if (tok_is(run, k - 2, "to")
                && g_ascii_isdigit(run->text[g_array_index(run->toks, Tok, k - 1).start]))
                return FALSE;
    }
    /* the second term of one in so many ("nearly one in six of those it
     * sent", "one out of every four"), where a bound before the "one" kept
     * the value pass from reading the two as one share: a rate, no count */
    {
        guint k = t0;
        if (k > 0 && tok_is(run, k - 1, "every"))
            k--;
        if (k > 2 && tok_is(run, k - 1, "of") && tok_is(run, k - 2, "out"))
            k -= 2;
        else if (k > 1 && tok_is(run, k - 1, "in"))
            k--;
        if (k < t0 && k > 1 && (tok_is(run, k - 1, "one") || tok_is(run, k - 1, "1"))
            && (tok_is(run, k - 2, "nearly") || tok_is(run, k - 2, "almost")
                || tok_is(run, k - 2, "than") || tok_is(run, k - 2, "over")
                || tok_is(run, k - 2, "under") || tok_is(run, k - 2, "least")))
            return FALSE;
    }
    /* a count of speakers, right after "according to" ("*According to
     * three Russian officers*, about 900 North Korean soldiers have been
     * killed"): who says it, no count of things */
    if (t0 > 1 && tok_is(run, t0 - 2, "according") && tok_is(run, t0 - 1, "to"))
        return FALSE;
    /* a multiple ("rose ninefold to 74", "a fourfold rise in shells") is a
     * factor of change, no count of things, its approximator too
     * ("inflates the deployment roughly ninefold") */
    if (in_table(run, "multiple_words", tok_at(run->toks, ve - 1)))
        return FALSE;
    if (stage_count_at(run, t0, tok_at(run->toks, ve - 1) + 1))
        return FALSE; /* "deployed in two rounds" */
    /* "aged 21 and 25", "most of them 19 or 20", "aged 19, 22 and 27": a
     * figure joined to an age before it, or to a list of figures that an
     * age opens, is an age too; a fact box lists its ages with commas
     * ("Ages of the POWs: 20, 26") */
    for (guint k = t0; k > 1
                       && (tok_is(run, k - 1, "and") || tok_is(run, k - 1, "or")
                           || tok_is(run, k - 1, "to")
                           || g_array_index(run->toks, Tok, k - 1).kind == TOK_COMMA)
                       && g_ascii_isdigit(run->text[g_array_index(run->toks, Tok, k - 2).start]);
         k -= 2) {
        if (age_at(run, k - 2) || age_label_at(run, k - 2))
            return FALSE;
    }
    gsize rest = run->len - ve;
    if ((rest >= 10 && g_ascii_strncasecmp(t + ve, " years old", 10) == 0)
        || (rest >= 9 && g_ascii_strncasecmp(t + ve, "-year-old", 9) == 0))
        return FALSE;
    /* "10 days", and "seven or eight days", "three to four weeks": the
     * first figure of an alternative or a span before the word */
    gsize at = ve;
    if (rest > 4 && t[at] == ' '
        && (g_ascii_strncasecmp(t + at + 1, "or ", 3) == 0
            || g_ascii_strncasecmp(t + at + 1, "to ", 3) == 0)) {
        gsize w = at + 4;
        while (w < run->len && (g_ascii_isalnum(t[w]) || t[w] == ','))
            w++;
        if (w > at + 4)
            at = w;
    }
    rest = run->len - at;
    for (guint k = 0; k < G_N_ELEMENTS(span_words); k++) {
        gsize n = strlen(span_words[k]);
        if (rest > n && t[at] == ' ' && g_ascii_strncasecmp(t + at + 1, span_words[k], n) == 0
            && (rest == n + 1 || !g_ascii_isalnum(t[at + 1 + n])))
            return FALSE;
    }
    return TRUE;
}

/* Is the date at byte @vs the day a report was made ("the ministry said on
 * Thursday", "told reporters Monday", "said in an interview with KBS on
 * the 5th": a phrase of at most seven words that "in", "at" or "during"
 * opens between the verb and "on" and the date)? It dates the report, not an
 * event: the token of the verb of saying + 1, else 0. */
/* The "that" a verb of saying at token @verb opens, past at most five
 * words ("acknowledged for the first time that"), else G_MAXUINT. */
static guint
that_after_verb(CcFrameRun *run, guint verb)
{
    for (guint t = verb + 1; t < run->toks->len && t <= verb + 6; t++) {
        if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
            return G_MAXUINT;
        if (tok_is(run, t, "that"))
            return t;
    }
    return G_MAXUINT;
}

/* Does a clause of saying open right after the date ending at token @t1,
 * its comma, "with", a speaker of at most five words and a verb of saying
 * ("on 28 April, with KCNA saying its troops had helped retake Kursk"),
 * before token @cue? What is said there is the speaker's account of
 * another event, not what the date dates. */
static gboolean
said_with_after(CcFrameRun *run, guint t1, guint cue)
{
    guint n = run->toks->len;
    if (t1 + 3 >= n || cue <= t1 + 2 || g_array_index(run->toks, Tok, t1).kind != TOK_COMMA
        || !tok_is(run, t1 + 1, "with"))
        return FALSE;
    for (guint t = t1 + 2; t < cue && t < t1 + 8; t++) {
        if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
            return FALSE;
        if (in_table(run, "speech_words", t))
            return TRUE;
    }
    return FALSE;
}

/* Is the date whose tokens start at @t0 (its "on" included) and whose
 * bytes end at @ve set between a speaker and the verb of saying after it,
 * which opens a "that" ("Russia on Monday acknowledged for the first time
 * that …", "Moscow on Saturday admitted that …"), or does it open the
 * sentence before its comma, the speaker and that verb after ("On Monday,
 * the Kremlin confirmed that …")? It dates the saying, as "said on
 * Monday" does: the token of the verb + 1, else 0. */
static guint
reported_before(CcFrameRun *run, guint t0, gsize ve)
{
    static const Word adverbs[] = {WORD("formally"), WORD("officially"), WORD("publicly"),
                                   WORD("also"),     WORD("finally"),    WORD("again"),
                                   WORD("openly"),   WORD("first")};
    guint t = tok_at(run->toks, ve), n = run->toks->len;
    guint words = 0;
    if (t < n && g_array_index(run->toks, Tok, t).kind == TOK_COMMA) {
        /* fronted: nothing but "On" before the date */
        if (t0 != 0)
            return 0;
        for (t++; t < n && words <= 6 && !in_table(run, "speech_words", t); t++, words++)
            if (g_array_index(run->toks, Tok, t).kind != TOK_WORD || tok_is(run, t, "that"))
                return 0;
        if (words == 0 || words > 6)
            return 0;
    } else {
        /* a speaker right before: a name, or a noun that no participle
         * ("deployed", "fighting") or preposition is ("the agency on
         * Monday said that …") */
        static const Word preps[] = {WORD("in"),   WORD("at"),    WORD("by"),   WORD("of"),
                                     WORD("from"), WORD("since"), WORD("until"), WORD("to"),
                                     WORD("and"),  WORD("or"),    WORD("than"), WORD("that")};
        if (t0 == 0 || g_array_index(run->toks, Tok, t0 - 1).kind != TOK_WORD)
            return 0;
        const Tok *w = &g_array_index(run->toks, Tok, t0 - 1);
        gsize wn = w->end - w->start;
        if (!g_ascii_isupper(run->text[w->start])
            && (tok_in(run, t0 - 1, preps, G_N_ELEMENTS(preps))
                || (wn > 2 && g_ascii_strncasecmp(run->text + w->end - 2, "ed", 2) == 0)
                || (wn > 3 && g_ascii_strncasecmp(run->text + w->end - 3, "ing", 3) == 0)))
            return 0;
        while (t < n && tok_in(run, t, adverbs, G_N_ELEMENTS(adverbs)))
            t++;
    }
    if (t >= n || !in_table(run, "speech_words", t))
        return 0;
    return that_after_verb(run, t) != G_MAXUINT ? t + 1 : 0;
}

/* Is the date at bytes [@vs, @ve) set before the noun of an occasion of
 * speaking, a determiner or a possessive before it ("in a Dec. 19
 * interview", "at his Nov. 5 briefing", "Zelensky's Jan. 11 post")? It
 * dates the interview, as "said on Thursday" dates the saying: the token
 * of the noun + 1, else 0. A statement, announcement or report is left
 * out: its day may be the event's, an acknowledgement's or a retaking's. */
static guint
occasion_day(CcFrameRun *run, gsize vs, gsize ve)
{
    static const Word dets[] = {WORD("a"),   WORD("an"),    WORD("the"), WORD("his"),
                                WORD("her"), WORD("its"),   WORD("their"), WORD("our"),
                                WORD("my"),  WORD("your")};
    static const Word nouns[] = {WORD("interview"), WORD("briefing"),  WORD("speech"),
                                 WORD("address"),   WORD("hearing"),   WORD("podcast"),
                                 WORD("broadcast"), WORD("op-ed"),     WORD("column"),
                                 WORD("post"),      WORD("tweet"),     WORD("testimony"),
                                 WORD("remarks"),   WORD("press"),     WORD("news")};
    guint t0 = tok_at(run->toks, vs), t1 = tok_at(run->toks, ve - 1) + 1;
    if (t0 == 0 || t1 >= run->toks->len || !tok_in(run, t1, nouns, G_N_ELEMENTS(nouns)))
        return 0;
    /* "press" and "news" only as a conference's */
    if ((tok_is(run, t1, "press") || tok_is(run, t1, "news")) && !tok_is(run, t1 + 1, "conference"))
        return 0;
    const Tok *w = &g_array_index(run->toks, Tok, t0 - 1);
    if (!tok_in(run, t0 - 1, dets, G_N_ELEMENTS(dets))
        && !(w->kind == TOK_WORD && possessive(run->text, w) != 0))
        return 0;
    return (tok_is(run, t1, "press") || tok_is(run, t1, "news") ? t1 + 1 : t1) + 1;
}

static guint
reported_on_now(CcFrameRun *run, gsize vs, gsize ve)
{
    guint occasion = occasion_day(run, vs, ve);
    if (occasion != 0)
        return occasion;
    guint t = tok_at(run->toks, vs);
    gboolean on = t > 0 && tok_is(run, t - 1, "on");
    if (on)
        t--;
    guint t0 = t;
    for (guint back = 0; back < 2 && t > 0; back++, t--) {
        if (in_table(run, "speech_words", t - 1)) {
            const Hit *h = NULL;
            entry_ending(run, "speech_words", t, &h);
            return (h != NULL ? h->t0 : t - 1) + 1;
        }
        if (g_array_index(run->toks, Tok, t - 1).kind != TOK_WORD)
            return 0;
    }
    /* "told the parliamentary intelligence committee on Thursday that …":
     * a verb of telling, its hearers of at most six words between, and the
     * "that" it opens right after the date */
    static const Word telling[] = {WORD("told"), WORD("tells"), WORD("telling"),
                                   WORD("briefed"), WORD("informed")};
    guint after = tok_at(run->toks, ve);
    if (after < run->toks->len && tok_is(run, after, "that"))
        for (guint p = t0; p > 0 && p + 8 > t0; p--) {
            if (g_array_index(run->toks, Tok, p - 1).kind != TOK_WORD || tok_is(run, p - 1, "that"))
                break;
            if (tok_in(run, p - 1, telling, G_N_ELEMENTS(telling)))
                return p;
        }
    static const Word preps[] = {WORD("in"), WORD("at"), WORD("during")};
    for (guint p = t0; on && p > 1 && p + 8 > t0; p--) {
        if (g_array_index(run->toks, Tok, p - 1).kind != TOK_WORD || tok_is(run, p - 1, "that"))
            return 0;
        if (p + 1 < t0 && tok_in(run, p - 1, preps, G_N_ELEMENTS(preps))
            && in_table(run, "speech_words", p - 2)) {
            const Hit *h = NULL;
            entry_ending(run, "speech_words", p - 1, &h);
            return (h != NULL ? h->t0 : p - 2) + 1;
        }
    }
    return reported_before(run, t0, ve);
}

/* reported_on_now(@run, @vs, @ve), kept for the next question of the same
 * date while neither the tokens nor the hits it reads change. */
static guint
reported_on(CcFrameRun *run, gsize vs, gsize ve)
{
    if (run->reported_generation == run->generation + 1)
        for (guint i = 0; i < run->reported_n; i++)
            if (run->reported[i].vs == vs && run->reported[i].ve == ve)
                return run->reported[i].said_at;
    guint said_at = reported_on_now(run, vs, ve);
    if (run->in_scan)
        return said_at;
    /* read after: the reading may have scanned the sentence */
    if (run->reported_generation != run->generation + 1) {
        run->reported_generation = run->generation + 1;
        run->reported_n = 0;
    }
    if (run->reported_n < REPORTED_MEMO)
        run->reported[run->reported_n++] = (struct ReportedMemo){vs, ve, said_at};
    return said_at;
}

/* Is the date at bytes [@vs, @ve) in a phrase that opens the sentence,
 * or the sentence's opening words themselves ("Last week", "Earlier this
 * month", "On Monday"), with a speaker of at most seven words and a verb
 * of saying right after, a comma between or not ("At the Security
 * Council on Oct. 30, Ukraine's envoy said …", "Last week the agency said
 * a first contingent had been carried … between Oct. 8 and Oct. 13",
 * "Last week Seoul said Pyongyang had sent reinforcements")? The opening
 * phrase then dates the speech, and what is said keeps its own date, or
 * has none: the token of the verb + 1, else 0. The phrase opens with a
 * preposition or a participle of speaking ("At", "During", "Speaking")
 * and holds at most six words before the date, all of them words, and no
 * "and" or "but" opens the speaker ("Ukraine invaded Kursk in August, and
 * Putin told …"). An event known by its announcement still takes the day
 * ("On Saturday, Russia's top general told Putin that …": a frame whose
 * cue says `announced`), as does one whose cue is the verb itself ("On
 * Monday, North Korea confirmed …"). */
static guint
fronted_saying_day(CcFrameRun *run, gsize vs, gsize ve)
{
    static const Word openers[] = {WORD("at"),         WORD("in"),      WORD("on"),
                                   WORD("during"),     WORD("after"),   WORD("speaking"),
                                   WORD("addressing"), WORD("opening"), WORD("closing")};
    static const Word joins[] = {WORD("and"), WORD("but"), WORD("while"), WORD("as")};
    guint t = tok_at(run->toks, vs), n = run->toks->len;
    if (t > 6 || (t > 0 && !tok_in(run, 0, openers, G_N_ELEMENTS(openers))))
        return 0;
    for (guint k = 0; k < t; k++)
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            return 0;
    guint c = tok_at(run->toks, ve);
    if (c >= n)
        return 0;
    guint v = g_array_index(run->toks, Tok, c).kind == TOK_COMMA ? c + 1 : c, words = 0;
    if (v < n && tok_in(run, v, joins, G_N_ELEMENTS(joins)))
        return 0;
    for (; v < n && words <= 7 && !in_table(run, "speech_words", v); v++, words++)
        if (g_array_index(run->toks, Tok, v).kind != TOK_WORD || tok_is(run, v, "that"))
            return 0;
    if (words == 0 || words > 7 || v >= n || !in_table(run, "speech_words", v))
        return 0;
    return v + 1;
}

/* Is the verb of saying at token @verb the end of a report set off after
 * what it says, its date [.., @t1) closing the clause that ends at @c1:
 * ", the Kremlin claimed on Saturday." — a comma, a speaker of at most six
 * words, the verb, the date, and nothing more? */
static gboolean
trailing_report(CcFrameRun *run, guint verb, guint t1, guint c1)
{
    for (guint t = t1; t < c1; t++)
        if (g_array_index(run->toks, Tok, t).kind == TOK_WORD)
            return FALSE;
    for (guint back = 1; back <= 7 && verb >= back; back++) {
        TokKind k = g_array_index(run->toks, Tok, verb - back).kind;
        if (k == TOK_COMMA)
            return back > 1;
        if (k != TOK_WORD)
            return FALSE;
    }
    return FALSE;
}

/* Is the cue at token @cue told in a clause of time set after the main
 * one, "as", "while", "when" or "after" opening it at most six words
 * before the cue, not the sentence's first word: "The troops stayed on as
 * Russia retook Kursk, Seoul said on April 2"? Such a clause is the main
 * one's backdrop; a report closing the sentence tells the main clause. */
static gboolean
backdrop_clause(CcFrameRun *run, guint cue)
{
    static const Word subs[] = {WORD("as"), WORD("while"), WORD("when"), WORD("after")};
    for (guint back = 1; back <= 6 && cue >= back; back++) {
        guint t = cue - back;
        if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
            return FALSE;
        if (tok_in(run, t, subs, G_N_ELEMENTS(subs)))
            return t > 0;
    }
    return FALSE;
}

/* Does "despite" or "in spite of" stand in tokens [@a, @b)? What such a
 * phrase holds before a cue is conceded, another's word, not what the
 * report tells: "Kyiv said Sunday that its army was still fighting in
 * Kursk *despite* Moscow claiming the region's liberation". */
static gboolean
concession_between(CcFrameRun *run, guint a, guint b)
{
    for (guint t = a; t < b && t < run->toks->len; t++)
        if (tok_is(run, t, "despite")
            || (tok_is(run, t, "spite") && t > a && tok_is(run, t - 1, "in")
                && t + 1 < b && tok_is(run, t + 1, "of")))
            return TRUE;
    return FALSE;
}

/* Does the speaker of the report set off at the sentence's end, before
 * the verb at token @verb, name party @subject ("…, *KCNA* reported on
 * Monday": North Korea's own agency)? */
static gboolean
reporter_is(CcFrameRun *run, guint verb, const char *subject)
{
    guint comma = verb;
    while (comma > 0 && g_array_index(run->toks, Tok, comma - 1).kind != TOK_COMMA)
        comma--;
    for (guint t = 0; t < run->subject_tables->len; t++) {
        const GArray *hits = dict_hits(run, run->subject_tables->pdata[t]);
        for (guint i = 0; i < hits->len; i++) {
            const Hit *h = &g_array_index(hits, Hit, i);
            if (h->t0 >= comma && h->t1 <= verb
                && g_strcmp0(entity_name(run, run->text, h), subject) == 0)
                return TRUE;
        }
    }
    return FALSE;
}

/* Does @text (@n bytes) start with @prefix, any case? The first bytes
 * are compared inline: a date mention seldom starts with the word asked
 * for. */
static inline gboolean
starts_with_word(const char *text, gsize n, const char *prefix)
{
    gsize k = strlen(prefix);
    return n >= k && (k == 0 || ascii_lower(text[0]) == ascii_lower(prefix[0]))
           && g_ascii_strncasecmp(text, prefix, k) == 0;
}

/* "the first week of October" as a reader of a claim takes it: the
 * month's days 1 to 7 (8 to 14 for the second, and so on; the last week is
 * its last seven days), not the calendar week the core grammar gives
 * (Monday 30 September to Sunday 6 October, as the peer suites want). */
gboolean
cc_frame_week_of_month(const CcNormalizer *normalizer, const char *text, gsize n, guint32 ref_day,
                       CcValue *v)
{
    static const char *const nth[] = {"first", "second", "third", "fourth", "last", "final"};
    gsize at = starts_with_word(text, n, "the ") ? 4 : 0;
    for (guint i = 0; i < G_N_ELEMENTS(nth); i++) {
        gsize k = strlen(nth[i]);
        if (!starts_with_word(text + at, n - at, nth[i])
            || !starts_with_word(text + at + k, n - at - k, " week of "))
            continue;
        gsize rest = at + k + strlen(" week of ");
        /* "the first week of August last year" (the date scanner reads
         * "last year" into the mention): August of the year before the
         * document's */
        gsize m_n = n - rest;
        gboolean before = FALSE;
        if (ref_day != 0 && m_n > 10
            && g_ascii_strncasecmp(text + n - 10, " last year", 10) == 0) {
            m_n -= 10;
            if (m_n > 3 && g_ascii_strncasecmp(text + rest + m_n - 3, " of", 3) == 0)
                m_n -= 3;
            before = TRUE;
        }
        CcValue month = {0};
        if (!cc_normalize_date(normalizer, text + rest, m_n, ref_day, &month)
            || !month.has_low || !month.has_high)
            return FALSE;
        int y, mo, d, y2, mo2, d2;
        cc_day_to_ymd((guint32)month.low, &y, &mo, &d);
        cc_day_to_ymd((guint32)month.high, &y2, &mo2, &d2);
        int last = cc_days_in_month(y, mo);
        if (d != 1 || y2 != y || mo2 != mo || d2 != last)
            return FALSE; /* a month, and only a month */
        if (before) {
            int rm, rd;
            cc_day_to_ymd(ref_day, &y, &rm, &rd);
            y--;
            last = cc_days_in_month(y, mo);
        }
        int first = i < 4 ? 1 + 7 * (int)i : last - 6; /* "last", "final" */
        v->low = cc_day_from_ymd(y, mo, first);
        v->high = cc_day_from_ymd(y, mo, MIN(first + 6, last));
        v->has_low = v->has_high = TRUE;
        return TRUE;
    }
    return FALSE;
}

/* "the past week" and "the last seven days" as a reader of a claim takes
 * them: the seven days up to the document's date, not the calendar week
 * before it ("last week" stays that). */
static gboolean
read_rolling_week(const char *text, gsize n, guint32 ref_day, CcValue *v)
{
    static const char *const spans[] = {"the past week", "the last week", "the past seven days",
                                        "the last seven days", "the past 7 days",
                                        "the last 7 days"};
    if (ref_day <= 7)
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(spans); i++) {
        if (n != strlen(spans[i]) || !starts_with_word(text, n, spans[i]))
            continue;
        v->low = ref_day - 7;
        v->high = ref_day;
        v->has_low = v->has_high = TRUE;
        return TRUE;
    }
    return FALSE;
}

/* Does a verb of hoping, expecting or saying, or the "that" of a clause
 * that tells what was said, stand in tokens [@a, @b)? A future word after
 * one, past the date, is the future of what was hoped or said, not the
 * date's: "crossed into Kursk in August, *hoping* Moscow would pull
 * troops", "admitted on Monday that it had sent soldiers, *adding* that
 * their remains would be honoured", "said on Monday *that* more troops
 * would follow". */
static gboolean
thought_between(const CcFrameRun *run, guint a, guint b)
{
    static const char *const verbs[] = {"hoped",    "hoping",   "expected", "expecting",
                                        "believed", "believing", "thought",  "feared",
                                        "fearing",  "said",     "saying",   "warned",
                                        "predicted", "reckoned", "calculated", "assumed",
                                        "added",    "adding",   "vowed",    "vowing",
                                        "pledged",  "pledging", "promised", "promising",
                                        "insisted", "insisting", "that"};
    for (guint t = a; t < b; t++)
        for (guint k = 0; k < G_N_ELEMENTS(verbs); k++)
            if (tok_is(run, t, verbs[k]))
                return TRUE;
    return FALSE;
}

/* Does the clause of the mention @m hold a word of `future_words` (but
 * one after the date and a verb of hoping or saying, which is that
 * thought's)? */
static gboolean
future_clause(CcFrameRun *run, const CcMention *m)
{
    guint t0 = tok_at(run->toks, m->start), t1 = tok_at(run->toks, m->end - 1) + 1;
    guint c0, c1;
    clause_of(run, t0, t0 + 1, &c0, &c1);
    if (dict_of(run, "future_words") == NULL)
        return FALSE;
    const GArray *hits = dict_hits(run, "future_words");
    for (guint i = 0; i < hits->len; i++) {
        const Hit *h = &g_array_index(hits, Hit, i);
        if (h->t0 >= c0 && h->t1 <= c1 && !(h->t0 >= t1 && thought_between(run, t1, h->t0)))
            return TRUE;
    }
    return FALSE;
}

/* The tense of the verb that governs the date mention @m, read back from
 * the date to the clause's start, eight words at most: -1 for a past form
 * ("took effect on Dec. 4", "was signed on", "came into force on"), +1 for
 * a plain future ("will take effect on", "is due to take effect on", "is
 * set to"), 0 when neither is plain (no verb near; "would", "could", "may"
 * and "might", whose time the clause does not tell; a future told in the
 * past: "was due to", "had been scheduled for"). A past participle after "be" or "to" is the
 * future's or the infinitive's ("will be signed on"): the walk goes on. */
static int
date_verb_tense(CcFrameRun *run, const CcMention *m)
{
    static const char *const irregular[] = {
        "took",  "came",   "was",  "were", "had",  "began", "went", "met",    "fought",
        "struck", "sent",  "made", "held", "gave", "saw",   "said", "told",   "got",
        "won",   "led",    "left", "brought", "became", "broke", "flew", "been"};
    static const char *const not_past[] = {"hundred", "indeed", "united", "armed", "based",
                                           "related", "need",   "speed",  "feed", "seed"};
    static const char *const weak[] = {"would", "could", "may", "might"};
    guint t0 = tok_at(run->toks, m->start);
    guint c0, c1;
    clause_of(run, t0, t0 + 1, &c0, &c1);
    const GArray *hits = dict_of(run, "future_words") != NULL ? dict_hits(run, "future_words") : NULL;
    guint stop = t0 > 8 ? t0 - 8 : 0;
    if (stop < c0)
        stop = c0;
    for (guint t = t0; t-- > stop;) {
        for (guint i = 0; hits != NULL && i < hits->len; i++) {
            const Hit *h = &g_array_index(hits, Hit, i);
            if (!(h->t0 <= t && t < h->t1))
                continue;
            for (guint k = 0; k < G_N_ELEMENTS(weak); k++)
                if (tok_is(run, h->t0, weak[k]))
                    return 0;
            if (h->t0 > 0 && (tok_is(run, h->t0 - 1, "was") || tok_is(run, h->t0 - 1, "were")
                              || tok_is(run, h->t0 - 1, "had") || tok_is(run, h->t0 - 1, "been")))
                return 0; /* "was due to", "had been scheduled for" */
            return 1;
        }
        const Tok *tok = &g_array_index(run->toks, Tok, t);
        const char *w = run->text + tok->start;
        gsize n = tok->end - tok->start;
        gboolean past = FALSE;
        /* the first letter before the word's length: tok_is() counts an
         * entry's bytes, which for most entries differ in the first */
        for (guint k = 0; !past && k < G_N_ELEMENTS(irregular); k++)
            past = (w[0] | 0x20) == irregular[k][0] && tok_is(run, t, irregular[k]);
        if (!past && n >= 5 && (w[n - 2] | 0x20) == 'e' && (w[n - 1] | 0x20) == 'd') {
            past = TRUE;
            for (guint k = 0; past && k < G_N_ELEMENTS(not_past); k++)
                if (n >= strlen(not_past[k])
                    && g_ascii_strncasecmp(w + n - strlen(not_past[k]), not_past[k],
                                           strlen(not_past[k])) == 0)
                    past = FALSE;
        }
        if (!past)
            continue;
        if (t > 0 && (tok_is(run, t - 1, "be") || tok_is(run, t - 1, "to"))) {
            /* "will be signed", "is to be held": the walk goes on to the
             * words before "be", three more at most */
            guint more = t > 3 ? t - 3 : 0;
            if (more < stop)
                stop = MAX(more, c0);
            continue;
        }
        return -1;
    }
    return 0;
}

/* Does @text[0, @n) name a month ("Dec. 4", "4 December", "mid-June")? */
static gboolean
names_month(const char *text, gsize n)
{
    static const char *const stems[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    for (gsize i = 0; i + 3 <= n; i++) {
        if (i > 0 && g_ascii_isalpha(text[i - 1]))
            continue;
        for (guint k = 0; k < G_N_ELEMENTS(stems); k++)
            if (same_letters(text + i, stems[k], 3))
                return TRUE;
    }
    return FALSE;
}

/* Is @text[0, @n) a day of the month and nothing else, "the 29th" or
 * "29th": a day of the document's month, or of the month before it? */
static gboolean
day_of_month_alone(const char *text, gsize n)
{
    gsize i = 0;
    if (n >= 4 && g_ascii_strncasecmp(text, "the ", 4) == 0)
        i = 4;
    gsize d = i;
    while (i < n && g_ascii_isdigit(text[i]))
        i++;
    if (i == d || i - d > 2 || n - i != 2)
        return FALSE;
    static const char *const sfx[] = {"st", "nd", "rd", "th"};
    for (guint k = 0; k < G_N_ELEMENTS(sfx); k++)
        if (g_ascii_strncasecmp(text + i, sfx[k], 2) == 0)
            return TRUE;
    return FALSE;
}

/* Is @text[0, @n) a weekday's name and nothing else ("Sunday")? */
static gboolean
weekday_alone(const char *text, gsize n)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday"};
    for (guint i = 0; i < G_N_ELEMENTS(days); i++)
        if (n == strlen(days[i]) && g_ascii_strncasecmp(text, days[i], n) == 0)
            return TRUE;
    return FALSE;
}

/* Does the date [@text, +@n), naming no year, stand right after "a year on
 * from", "a year after" or "one year since" (and "the", at most two words
 * between): the day a year has passed since? */
static gboolean
year_on_from(const CcFrameRun *run, const CcMention *m, const char *text, gsize n)
{
    for (gsize i = 0; i + 4 <= n; i++)
        if (g_ascii_isdigit(text[i]) && g_ascii_isdigit(text[i + 1])
            && g_ascii_isdigit(text[i + 2]) && g_ascii_isdigit(text[i + 3]))
            return FALSE;
    static const char *const leads[] = {"a year on from ", "one year on from ", "a year after ",
                                        "one year after ", "a year since ", "one year since "};
    gsize from = m->start > 40 ? m->start - 40 : 0;
    /* every lead holds "year ": where the words before hold none, none is there */
    gboolean year = FALSE;
    for (gsize i = from; !year && i + 5 <= m->start; i++)
        year = (run->text[i] | 0x20) == 'y' && g_ascii_strncasecmp(run->text + i, "year ", 5) == 0;
    if (!year)
        return FALSE;
    g_autofree char *before = g_ascii_strdown(run->text + from, (gssize)(m->start - from));
    for (guint i = 0; i < G_N_ELEMENTS(leads); i++) {
        const char *at = g_strrstr(before, leads[i]);
        if (at == NULL)
            continue;
        const char *rest = at + strlen(leads[i]);
        if (g_str_has_prefix(rest, "the "))
            rest += 4;
        if (*rest == '\0')
            return TRUE;
    }
    return FALSE;
}

/* Does the date [@text, +@n), naming no year, restate "a year ago" right
 * before it after a comma and at most a preposition ("arrived a year ago,
 * in mid-October"): the year a year back? */
static gboolean
year_ago_restated(const CcFrameRun *run, const CcMention *m, const char *text, gsize n)
{
    for (gsize i = 0; i + 4 <= n; i++)
        if (g_ascii_isdigit(text[i]) && g_ascii_isdigit(text[i + 1])
            && g_ascii_isdigit(text[i + 2]) && g_ascii_isdigit(text[i + 3]))
            return FALSE;
    gsize from = m->start > 32 ? m->start - 32 : 0;
    g_autofree char *before = g_ascii_strdown(run->text + from, (gssize)(m->start - from));
    static const char *const tails[] = {"year ago, ", "year ago, in ", "year ago, on ",
                                        "year ago, during ", "year ago, at "};
    for (guint i = 0; i < G_N_ELEMENTS(tails); i++) {
        if (!g_str_has_suffix(before, tails[i]))
            continue;
        gsize k = strlen(before) - strlen(tails[i]);
        return (k >= 2 && strncmp(before + k - 2, "a ", 2) == 0)
               || (k >= 4 && strncmp(before + k - 4, "one ", 4) == 0);
    }
    return FALSE;
}

/* A date as an event's date. "since December" dates the start of what
 * lasts since: the event happened in December. A date that names no year
 * and falls after the document's date is last year's unless the clause
 * speaks of the future (`future_words`: "will", "expected to"): "the
 * troops first saw combat in mid-November", in a January article, is the
 * November before it; a weekend after it, the weekend before it. One
 * right after "a year on from" or "a year after" that would fall less
 * than half a year before the document is a year earlier ("A year on from
 * the Aug. 6 incursion", in an August article), and so is one that
 * restates "a year ago" before it ("a year ago, in mid-October", in an
 * October article). */
static void
read_event_date_now(CcFrameRun *run, CcMention *m, guint32 ref_day)
{
    const char *text = run->text + m->start;
    gsize n = m->end - m->start;
    CcValue v = {0};
    /* "since December" dates an event in December; so do "as early as 4
     * November" and "as late as August", which stress when it was */
    static const Word lead[] = {WORD("since "), WORD("as early as "), WORD("as late as "),
                                WORD("as recently as ")};
    for (guint i = 0; i < G_N_ELEMENTS(lead); i++) {
        gsize k = lead[i].len;
        if (n > k && same_letters(text, lead[i].text, k)
            && cc_normalize_date(run->normalizer, text + k, n - k, ref_day, &v) && v.has_high) {
            m->start += k;
            m->value = v;
            text += k;
            n -= k;
            break;
        }
    }
    /* "starting Oct. 8", "beginning in early October": the start is that
     * date, no open span after it; the lead word stays in the mention, a
     * cue of the start wherever the counted words stand */
    static const Word starts[] = {WORD("starting "), WORD("beginning "), WORD("commencing ")};
    static const Word preps[] = {WORD("on "), WORD("in "), WORD("from "), WORD("around "),
                                 WORD("")};
    for (guint i = 0; i < G_N_ELEMENTS(starts); i++) {
        gsize k = starts[i].len;
        if (n <= k || !same_letters(text, starts[i].text, k))
            continue;
        for (guint j = 0; j < G_N_ELEMENTS(preps); j++) {
            gsize p = preps[j].len;
            if (n > k + p && same_letters(text + k, preps[j].text, p)
                && cc_normalize_date(run->normalizer, text + k + p, n - k - p, ref_day, &v)
                && v.has_low && v.has_high) {
                m->value = v;
                text += k + p; /* the readings below see the date alone */
                n -= k + p;
                break;
            }
        }
        break;
    }
    /* a weekday restated by its day in parentheses, as papers in Singapore
     * and Malaysia date a day ("signed the law on Saturday (Nov 9)"), is
     * that day, read below as the date in parentheses is: the weekday
     * alone would be the one before the document's date */
    if (weekday_alone(text, n)) {
        guint t = tok_at(run->toks, m->end);
        if (t + 2 < run->toks->len && tok_is(run, t, "(")
            && g_array_index(run->toks, Tok, t).start >= m->end) {
            guint c = t + 1;
            while (c < run->toks->len && c <= t + 4 && !tok_is(run, c, ")"))
                c++;
            if (c < run->toks->len && c > t + 1 && tok_is(run, c, ")")) {
                gsize ds = g_array_index(run->toks, Tok, t + 1).start;
                gsize de = g_array_index(run->toks, Tok, c - 1).end;
                if (cc_normalize_date(run->normalizer, run->text + ds, de - ds, ref_day, &v)
                    && v.has_low && v.has_high && v.low == v.high) {
                    m->value = v;
                    text = run->text + ds;
                    n = de - ds;
                }
            }
        }
    }
    if (read_rolling_week(text, n, ref_day, &m->value))
        return;
    cc_frame_week_of_month(run->normalizer, text, n, ref_day, &m->value);
    /* a weekday alone, in a clause that speaks of the future, is the next
     * one: "are expected to join the fighting on Sunday" */
    if (ref_day != 0 && m->value.has_low && m->value.has_high && m->value.low == m->value.high
        && (guint32)m->value.low < ref_day && weekday_alone(text, n) && future_clause(run, m)) {
        m->value.low += 7;
        m->value.high += 7;
        return;
    }
    if (ref_day != 0 && m->value.has_low && m->value.has_high
        && (year_on_from(run, m, text, n) || year_ago_restated(run, m, text, n))) {
        /* "A year on from the Aug. 6 incursion", told on or after the
         * day: the date a year has passed since is the year before; so is
         * the month "a year ago, in mid-October" restates */
        int y, mo, d, y2, mo2, d2;
        cc_day_to_ymd((guint32)m->value.low, &y, &mo, &d);
        cc_day_to_ymd((guint32)m->value.high, &y2, &mo2, &d2);
        if ((guint32)m->value.high + 180 > ref_day) {
            m->value.low = cc_day_from_ymd(y - 1, mo, MIN(d, mo == 2 ? 28 : d));
            m->value.high = cc_day_from_ymd(y2 - 1, mo2, MIN(d2, mo2 == 2 ? 28 : d2));
            if (mo2 == 2 && d2 >= 28) /* the end of a February */
                m->value.high = cc_day_from_ymd(y2 - 1, 3, 1) - 1;
        }
        return;
    }
    if (ref_day == 0 || (!m->value.has_low && !m->value.has_high))
        return;
    /* a bound with no low end ("by Nov. 4") is judged by its high end,
     * as a day is: "by Nov. 4 some of them were trading fire", in a March
     * article, is the November before */
    gboolean open_low = !m->value.has_low;
    gboolean after = open_low ? (guint32)m->value.high > ref_day : (guint32)m->value.low > ref_day;
    if (!after && (open_low || !(m->value.has_high && (guint32)m->value.high < ref_day)))
        return;
    for (gsize i = 0; i + 4 <= n; i++)
        if (g_ascii_isdigit(text[i]) && g_ascii_isdigit(text[i + 1]) && g_ascii_isdigit(text[i + 2])
            && g_ascii_isdigit(text[i + 3]))
            return; /* a year is named */
    if (g_strstr_len(text, n, "year") || g_strstr_len(text, n, "next")
        || g_strstr_len(text, n, "coming"))
        return;
    /* the tense of the date's own verb decides where it is plain: "took
     * effect on Dec. 4" in a February article is the December before,
     * whatever future the clause goes on to; "will hold their summit on
     * Jan. 15" in a September one the January after */
    int tense = names_month(text, n) ? date_verb_tense(run, m) : 0;
    if (!after) {
        if (tense <= 0 || g_strstr_len(text, n, "last"))
            return;
        int y, mo, d;
        cc_day_to_ymd((guint32)m->value.low, &y, &mo, &d);
        guint32 low = cc_day_from_ymd(y + 1, mo, MIN(d, cc_days_in_month(y + 1, mo)));
        cc_day_to_ymd((guint32)m->value.high, &y, &mo, &d);
        guint32 high = cc_day_from_ymd(y + 1, mo, mo == 2 && d >= 28 ? cc_days_in_month(y + 1, 2)
                                                                      : MIN(d, cc_days_in_month(y + 1, mo)));
        if (low != 0 && high != 0 && low >= ref_day) {
            m->value.low = low;
            m->value.high = high;
        }
        return;
    }
    if (tense > 0 || (tense == 0 && future_clause(run, m)))
        return;
    if (open_low) {
        int hy, hm, hd;
        cc_day_to_ymd((guint32)m->value.high, &hy, &hm, &hd);
        guint32 high = cc_day_from_ymd(hy - 1, hm, MIN(hd, cc_days_in_month(hy - 1, hm)));
        if (high != 0 && high <= ref_day)
            m->value.high = high;
        return;
    }
    /* a weekend after the document's date is, for an event told in the
     * past, the one before it: "came under fire over the weekend" in a
     * Wednesday's article is the weekend just gone, not the coming one a
     * year back */
    g_autofree char *lower = g_ascii_strdown(text, (gssize)n);
    if (strstr(lower, "weekend") != NULL && m->value.has_high
        && (guint32)m->value.low <= ref_day + 7 && (guint32)m->value.high - 7 <= ref_day) {
        m->value.low -= 7;
        m->value.high -= 7;
        return;
    }
    int y, mo, d;
    cc_day_to_ymd((guint32)m->value.low, &y, &mo, &d);
    if (m->value.has_high && m->value.high == m->value.low && day_of_month_alone(text, n)) {
        /* "On the 29th, the ministry said …" in a November 1 article: a
         * day of the month alone after the document's date, told in the
         * past, is the month before's, not the year before's */
        int py = mo == 1 ? y - 1 : y, pm = mo == 1 ? 12 : mo - 1;
        if (d <= cc_days_in_month(py, pm)) {
            m->value.low = m->value.high = cc_day_from_ymd(py, pm, d);
        }
        return;
    }
    guint32 low = cc_day_from_ymd(y - 1, mo, MIN(d, cc_days_in_month(y - 1, mo)));
    guint32 high = low;
    if (m->value.has_high) {
        cc_day_to_ymd((guint32)m->value.high, &y, &mo, &d);
        high = cc_day_from_ymd(y - 1, mo, MIN(d, cc_days_in_month(y - 1, mo)));
    }
    if (low == 0 || high == 0 || high > ref_day)
        return;
    m->value.low = low;
    m->value.high = high;
}

/* read_event_date_now(@run, @m, @ref_day), kept for the next reading of
 * the same mention while neither the tokens nor the hits change: the
 * reading reads the sentence, @m's bytes and value, and writes @m's start
 * and value alone. */
static void
read_event_date(CcFrameRun *run, CcMention *m, guint32 ref_day)
{
    if (run->event_dates_generation == run->generation + 1)
        for (guint i = 0; i < run->event_dates_n; i++) {
            const struct EventDateMemo *e = &run->event_dates[i];
            if (e->start == m->start && e->end == m->end && e->ref_day == ref_day
                && memcmp(&e->value, &m->value, sizeof m->value) == 0) {
                m->start = e->start_after;
                m->value = e->value_after;
                return;
            }
        }
    struct EventDateMemo e = {m->start, m->end, ref_day, m->value, 0, {0}};
    read_event_date_now(run, m, ref_day);
    if (run->in_scan)
        return;
    /* read after: the reading may have scanned the sentence */
    if (run->event_dates_generation != run->generation + 1) {
        run->event_dates_generation = run->generation + 1;
        run->event_dates_n = 0;
    }
    if (run->event_dates_n == EVENT_DATE_MEMO)
        return;
    e.start_after = m->start;
    e.value_after = m->value;
    run->event_dates[run->event_dates_n++] = e;
}

static const Hit *hit_starting(CcFrameRun *run, const GPtrArray *tables, guint t);

/* The longest hit of any frame's counted nouns that starts at token @t,
 * or NULL. */
static const Hit *
counted_hit_any(CcFrameRun *run, guint t)
{
    const Hit *best = NULL;
    for (guint i = 0; i < run->frames->len; i++) {
        const CcRule *r = run->frames->pdata[i];
        if (r->type != CC_CLAIM_QUANTITY || r->frame->slot[CC_SLOT_COUNTS].tables->len == 0)
            continue;
        const Hit *h = hit_starting(run, r->frame->slot[CC_SLOT_COUNTS].tables, t);
        if (h != NULL && (best == NULL || h->t1 > best->t1))
            best = h;
    }
    return best;
}

/* Does a noun that a frame of things, not persons, counts (shells,
 * missiles, containers) start within eight words before token @t0, and,
 * with @label, a colon stand between it and @t0 ("Shells: 8m shipped")? */
static gboolean
things_counted_before(CcFrameRun *run, guint t0, gboolean label)
{
    for (guint t = t0 > 8 ? t0 - 8 : 0; t < t0; t++) {
        if (label) {
            gboolean colon = FALSE;
            for (guint k = t + 1; k < t0 && !colon; k++) {
                const Tok *c = &g_array_index(run->toks, Tok, k);
                colon = c->end == c->start + 1 && run->text[c->start] == ':';
            }
            if (!colon)
                continue;
        }
        for (guint i = 0; i < run->frames->len; i++) {
            const CcRule *r = run->frames->pdata[i];
            if (r->type != CC_CLAIM_QUANTITY || r->unit == NULL
                || strcmp(r->unit, "person") == 0
                || r->frame->slot[CC_SLOT_COUNTS].tables->len == 0)
                continue;
            if (hit_starting(run, r->frame->slot[CC_SLOT_COUNTS].tables, t) != NULL)
                return TRUE;
        }
    }
    return FALSE;
}

/* The offset in days of a day told from one named before it in the
 * sentence, [@text, +@n) the phrase alone: "the previous day", "the day
 * before" (-1), "the next day", "the following day", "the day after" (+1);
 * 0 for none. */
static int
anchored_phrase(const char *text, gsize n)
{
    static const struct {
        Word phrase;
        int off;
    } phrases[] = {{WORD("the previous day"), -1},  {WORD("the preceding day"), -1},
                   {WORD("the day before"), -1},    {WORD("the next day"), 1},
                   {WORD("the following day"), 1},  {WORD("the day after"), 1}};
    for (guint i = 0; i < G_N_ELEMENTS(phrases); i++)
        if (n == phrases[i].phrase.len && g_ascii_strncasecmp(text, phrases[i].phrase.text, n) == 0)
            return phrases[i].off;
    return 0;
}

/* A day told from the day named before it in the sentence ("On the 29th,
 * the foreign ministry issued a statement; Kim's commission had confirmed
 * the deployment the previous day"): the scanner moved that day as it
 * read it, before it was an event's; the event's day is the one the
 * named day is read as (read_event_date(): "the 29th" in a November 1
 * article is October's), moved so. @read holds the sentence's mentions as
 * scanned, @i @m's; FALSE where @m is no such day or its anchor is not
 * among them. */
static guint32 day_before(CcFrameRun *run, guint32 ref_day);

static gboolean
anchored_event_date(CcFrameRun *run, const GArray *read, guint i, CcMention *m, guint32 ref_day)
{
    int off = anchored_phrase(run->text + m->start, m->end - m->start);
    if (off == 0 || !m->value.has_low || !m->value.has_high || m->value.low != m->value.high)
        return FALSE;
    /* with no day named before it in the sentence, the scanner read it
     * from the document's date; the day it is told from is the last
     * single day the sentence right before names ("KCNA published the
     * decree on Nov. 12. Kim had ratified the treaty the day before") */
    gboolean told = FALSE;
    for (guint j = 0; j < i && !told; j++) {
        const CcMention *o = &g_array_index(read, CcMention, j);
        told = o->end <= m->start && o->value.kind == CC_VALUE_DATE && o->value.has_low
                && o->value.has_high && o->value.low == o->value.high && !o->value.high_strict;
    }
    if (!told && ref_day != 0 && (gint64)m->value.low == (gint64)ref_day + off) {
        guint32 day = day_before(run, ref_day);
        /* with no day there either, "the previous day" stays the day
         * before the document's; "the next day" is none, for an event
         * told in the past is not the day after the document's */
        if (day == 0 && off > 0) {
            m->value = (CcValue){0};
            return TRUE;
        }
        if (day == 0)
            return FALSE;
        cc_value_set_days(&m->value, (guint32)((gint64)day + off), (guint32)((gint64)day + off));
        return TRUE;
    }
    for (guint j = i; j-- > 0;) {
        const CcMention *o = &g_array_index(read, CcMention, j);
        if (o->end > m->start || o->value.kind != CC_VALUE_DATE || !o->value.has_low
            || !o->value.has_high || o->value.low != o->value.high || o->value.high_strict)
            continue;
        if (o->value.low + off != m->value.low)
            return FALSE;
        CcMention named = *o;
        read_event_date(run, &named, ref_day);
        if (!named.value.has_low || named.value.low != named.value.high)
            return FALSE;
        cc_value_set_days(&m->value, (guint32)((gint64)named.value.low + off),
                          (guint32)((gint64)named.value.low + off));
        return TRUE;
    }
    return FALSE;
}

/* "3m shells", "9.4m rounds": a figure glued to "m" before a noun a frame
 * counts is millions of it, as news copy writes them, not metres ("a 2m
 * wall" stays a length; "152mm" is a calibre, another unit). So is one
 * with "more", "additional", "extra", "further" or "fresh" between it and
 * the noun ("2m more shells"), or up to three capitalised words, a
 * maker's or owner's name ("2m North Korean shells"), and, in a headline's or a fact box's
 * shorthand, one that no word follows, or a "+", a noun of things a frame
 * counts shortly before it ("DPRK shells for Russia: as many as 12m, per
 * JCS", "• Shells: 8m+ shipped"), or a word follows but a colon stands
 * between that noun and the figure ("Shells: 8m shipped"), or a dash
 * stands between the figure and that noun after it ("9m+ — shells shipped
 * since 2023"), or "-strong" is glued to it ("the North's 1.2m-strong
 * army"); "advanced
 * 500m, officials said" stays a length (persons are no things), as does
 * "shells fell 200m from the school". */
static void
read_glued_million(CcFrameRun *run, CcMention *m)
{
    const char *t = run->text;
    gsize e = m->end;
    if (e >= 3 && t[e - 1] == '+')
        e--;
    if (g_strcmp0(m->value.unit, "m") != 0 || e < 2 || t[e - 1] != 'm'
        || !g_ascii_isdigit(t[e - 2]))
        return;
    guint next = tok_at(run->toks, m->end - 1) + 1;
    gboolean counted = FALSE;
    if (next < run->toks->len && g_array_index(run->toks, Tok, next).start == m->end + 1) {
        counted = foreign_head(run, NULL, next);
        if (!counted && next + 1 < run->toks->len
            && (tok_is(run, next, "more") || tok_is(run, next, "additional")
                || tok_is(run, next, "extra") || tok_is(run, next, "further")
                || tok_is(run, next, "fresh")))
            counted = foreign_head(run, NULL, next + 1);
        /* past the maker's or owner's name, up to three capitalised
         * words: "2m North Korean shells", "1.5m DPRK rounds" */
        guint k = next;
        while (!counted && k < next + 3 && k + 1 < run->toks->len
               && g_array_index(run->toks, Tok, k).kind == TOK_WORD
               && g_ascii_isupper(t[g_array_index(run->toks, Tok, k).start])) {
            k++;
            counted = foreign_head(run, NULL, k);
        }
    }
    /* the strength of a force, glued to "-strong" ("the North's
     * 1.2m-strong army"): a length is never strong */
    if (!counted && e == m->end && t[m->end] == '-'
        && g_ascii_strncasecmp(t + m->end + 1, "strong", 6) == 0
        && !g_ascii_isalnum(t[m->end + 7]))
        counted = TRUE;
    /* a fact box's figure first and the things it counts after a dash
     * ("9m+ — shells shipped since 2023") */
    if (!counted && next + 1 < run->toks->len && tok_is_dash(run, next)
        && g_array_index(run->toks, Tok, next + 1).kind == TOK_WORD)
        counted = foreign_head(run, NULL, next + 1);
    if (!counted)
        counted = things_counted_before(
            run, tok_at(run->toks, m->start),
            next < run->toks->len && g_array_index(run->toks, Tok, next).kind == TOK_WORD
                && e == m->end);
    if (!counted)
        return;
    CcValue *v = &m->value;
    v->low *= 1e6;
    v->high *= 1e6;
    v->orig_low *= 1e6;
    v->orig_high *= 1e6;
    v->unit = NULL;
    v->orig_unit = NULL;
}

/* "between 2m and 3m shells", "2m to 3m rounds": a figure glued to "m"
 * joined by "and", "to" or "or" to one read_glued_million() made millions
 * of what a frame counts is the low end of one range with it, read again
 * as one figure with the noun after it, not a length and a count. */
static void
join_glued_million_range(CcFrameRun *run, GArray *out, guint first)
{
    const char *t = run->text;
    for (guint i = first; i + 1 < out->len; i++) {
        CcMention *a = &g_array_index(out, CcMention, i);
        const CcMention *b = &g_array_index(out, CcMention, i + 1);
        if (g_strcmp0(a->value.unit, "m") != 0 || b->value.unit != NULL || a->end < 2
            || t[a->end - 1] != 'm' || !g_ascii_isdigit(t[a->end - 2]) || b->end < 2
            || t[b->end - 1] != 'm' || !g_ascii_isdigit(t[b->end - 2]) || b->start <= a->end)
            continue;
        gsize gap = b->start - a->end;
        const char *g = t + a->end;
        if (!((gap == 5 && g_ascii_strncasecmp(g, " and ", 5) == 0)
              || (gap == 4 && (g_ascii_strncasecmp(g, " to ", 4) == 0
                               || g_ascii_strncasecmp(g, " or ", 4) == 0))))
            continue;
        /* the noun after the second figure, read with the range */
        gsize e = b->end;
        if (e < run->len && t[e] == ' ')
            e++;
        while (e < run->len && g_ascii_isalpha(t[e]))
            e++;
        CcValue v = {0};
        if (!cc_normalize_quantity(run->normalizer, t + a->start, e - a->start, &v)
            || !v.has_low || !v.has_high || v.low != a->value.low * 1e6
            || v.high != b->value.high)
            continue;
        v.unit = NULL;
        v.orig_unit = NULL;
        a->value = v;
        a->end = b->end;
        g_array_remove_index(out, i + 1);
    }
}

/* A scale word the grammar left after the figure, joined by a hyphen or a
 * space ("three-thousand", "15-thousand", "12-hundred", "a couple of
 * thousand"): the mention takes it, read again as one figure. */
static void
read_scale_after(CcFrameRun *run, CcMention *m)
{
    gsize at = m->end;
    if (at < run->len && (run->text[at] == '-' || run->text[at] == ' '))
        at++;
    gsize e = at;
    while (e < run->len && g_ascii_isalpha(run->text[e]))
        e++;
    if (e == at || e - at > 16)
        return;
    /* a digit glued on, or dashed on to a letter or two, names a model:
     * "1,100 K9 howitzers", "180 K-9s" are no thousands */
    if (e < run->len
        && (g_ascii_isdigit(run->text[e])
            || (e - at <= 2 && run->text[e] == '-' && e + 1 < run->len
                && g_ascii_isdigit(run->text[e + 1]))))
        return;
    g_autofree char *word = g_ascii_strdown(run->text + at, e - at);
    if (cc_lexicon_lookup(run->lexicon, "scale_words", word, -1) == NULL)
        return;
    g_autofree char *whole = g_strdup_printf("%.*s %s", (int)(m->end - m->start),
                                             run->text + m->start, word);
    CcValue v = {0};
    /* open above ("more than one-thousand"): the low end grows */
    if (cc_normalize_quantity(run->normalizer, whole, strlen(whole), &v)
        && (v.has_high ? v.high > m->value.high
                       : !m->value.has_high && v.has_low && m->value.has_low
                             && v.low > m->value.low)) {
        /* the rest in figures, hyphened on: "four-thousand-100" is 4,100,
         * "12-hundred-50" 1,250 */
        double scale = g_str_equal(word, "thousand")  ? 1000
                       : g_str_equal(word, "hundred") ? 100
                                                      : 0;
        gsize d = e + 1, de = d;
        while (de < run->len && g_ascii_isdigit(run->text[de]))
            de++;
        if (scale > 0 && e < run->len && run->text[e] == '-' && de > d && de - d <= 3
            && (de == run->len || !(g_ascii_isalnum(run->text[de]) || run->text[de] == '-'
                                    || (run->text[de] == ',' && de + 1 < run->len
                                        && g_ascii_isdigit(run->text[de + 1]))))) {
            double rest = g_ascii_strtod(run->text + d, NULL);
            if (rest < scale && v.has_low && v.low == v.high) {
                v.low += rest;
                v.high += rest;
                e = de;
            }
        }
        m->value = v;
        m->end = e;
    }
}

/* Is a bound quoted right before quantity mention @m, "cited 'up to'
 * 15,000", "spoke of "as many as" 15,000": words alone between quotation
 * marks, a space after them? The mention is read again with them and
 * starts at the opening mark; TRUE when it was. */
static gboolean
quoted_bound(CcFrameRun *run, CcMention *m)
{
    static const char *const closers[] = {"'", "\"", "\xe2\x80\x99", "\xe2\x80\x9d"};
    static const char *const openers[] = {"'", "\"", "\xe2\x80\x98", "\xe2\x80\x9c"};
    gsize s = m->start;
    if (s < 2 || run->text[s - 1] != ' ')
        return FALSE;
    gsize q_end = s - 1;
    gsize q_len = 0;
    for (guint i = 0; i < G_N_ELEMENTS(closers) && q_len == 0; i++) {
        gsize k = strlen(closers[i]);
        if (q_end >= k && memcmp(run->text + q_end - k, closers[i], k) == 0)
            q_len = k;
    }
    if (q_len == 0)
        return FALSE;
    gsize inner_end = q_end - q_len, b = inner_end;
    while (b > 0 && inner_end - b < 24 && (g_ascii_isalpha(run->text[b - 1]) || run->text[b - 1] == ' '))
        b--;
    if (b == inner_end || run->text[b] == ' ' || run->text[inner_end - 1] == ' ')
        return FALSE;
    gsize open = 0;
    for (guint i = 0; i < G_N_ELEMENTS(openers) && open == 0; i++) {
        gsize k = strlen(openers[i]);
        if (b >= k && memcmp(run->text + b - k, openers[i], k) == 0
            && (b == k || run->text[b - k - 1] == ' '))
            open = b - k + 1; /* one past, so that 0 means none */
    }
    if (open == 0)
        return FALSE;
    g_autofree char *bounded = g_strdup_printf("%.*s %.*s", (int)(inner_end - b), run->text + b,
                                               (int)(m->end - m->start), run->text + m->start);
    CcValue v = {0};
    if (!cc_normalize_quantity(run->normalizer, bounded, strlen(bounded), &v)
        || (v.has_low == m->value.has_low && v.has_high == m->value.has_high
            && v.low == m->value.low && v.high == m->value.high
            && v.low_strict == m->value.low_strict && v.high_strict == m->value.high_strict))
        return FALSE;
    m->start = open - 1;
    m->value = v;
    return TRUE;
}

/* A verb that bounds the figure after it: "losses topped 3,000" is more
 * than 3,000 (`bound_verbs`: gt, ge, lt, le); "revised its estimate up to
 * 1,500" raises it to 1,500, not "up to" it (`raising_verbs`), and so does
 * a verb of rising whose own particle the "up" is, right before it
 * ("casualties have *shot* up to 4,000", `raising_up_verbs`; not "shot
 * down up to 50 drones"). The mention is read again with the bound in
 * words, by the same grammar. */
static void
read_verb_bound(CcFrameRun *run, CcMention *m)
{
    guint t0 = tok_at(run->toks, m->start);
    const char *text = run->text + m->start;
    gsize n = m->end - m->start;
    CcValue v = {0};
    if (n > 6 && g_ascii_strncasecmp(text, "up to ", 6) == 0) {
        for (guint t = t0; t > 0 && t + 7 > t0; t--) {
            if (g_array_index(run->toks, Tok, t - 1).kind == TOK_BREAK)
                break;
            if (entry_ending(run, "raising_verbs", t, NULL) != NULL
                || (t == t0 && entry_ending(run, "raising_up_verbs", t, NULL) != NULL)) {
                if (cc_normalize_quantity(run->normalizer, text + 6, n - 6, &v)) {
                    m->start += 6;
                    m->value = v;
                }
                return;
            }
        }
    }
    if (n > 5 && g_ascii_strncasecmp(text, "over ", 5) == 0 && t0 > 0
        && in_table(run, "particle_verbs", t0 - 1)) {
        /* "handed over 120 guns": the verb's particle, not a bound; a
         * scale word read on with a hyphen stays read ("sent over
         * one-thousand containers") */
        g_autofree char *plain = g_strndup(text + 5, n - 5);
        for (char *c = plain + 1; *c != '\0'; c++)
            if (*c == '-' && g_ascii_isalpha(c[-1]) && g_ascii_isalpha(c[1]))
                *c = ' ';
        if (cc_normalize_quantity(run->normalizer, plain, n - 5, &v)) {
            m->start += 5;
            m->value = v;
        }
        return;
    }
    /* a bound in quotation marks right before the figure, the source's
     * words quoted: "cited 'up to' 15,000" is at most 15,000 */
    if (quoted_bound(run, m))
        return;
    /* a bound the normalizer read from its verb, denied: "does not
     * exceed 12,000" (the mention "exceed 12,000", more than 12,000) is at
     * most 12,000 where `bound_verbs` gives the words up to the verb that
     * other bound ("not exceed = le") */
    if (t0 > 0 && t0 + 1 < run->toks->len) {
        const Hit *denied = NULL;
        const CcLexiconEntry *d = entry_ending(run, "bound_verbs", t0 + 1, &denied);
        gsize verb_end = g_array_index(run->toks, Tok, t0).end;
        if (d != NULL && denied->t0 < t0
            && (g_str_equal(d->value, "le") || g_str_equal(d->value, "lt"))
            && verb_end < m->end) {
            g_autofree char *bounded =
                g_strdup_printf("%s%.*s", g_str_equal(d->value, "le") ? "at most" : "fewer than",
                                (int)(m->end - verb_end), run->text + verb_end);
            if (cc_normalize_quantity(run->normalizer, bounded, strlen(bounded), &v)) {
                m->start = denied->start;
                m->value = v;
            }
            return;
        }
    }
    const CcValue *old = &m->value;
    if (t0 == 0 || !old->has_low || !old->has_high || old->low != old->high || old->low_strict
        || old->high_strict)
        return;
    const Hit *verb = NULL;
    const CcLexiconEntry *e = entry_ending(run, "bound_verbs", t0, &verb);
    /* or a level the count passes, named after it: "losses have passed
     * *the* 700,000 *mark*" (`level_nouns`) */
    guint after = tok_at(run->toks, m->end);
    if (e == NULL && t0 > 1 && tok_is(run, t0 - 1, "the") && after < run->toks->len
        && in_table(run, "level_nouns", after))
        e = entry_ending(run, "bound_verbs", t0 - 1, &verb);
    if (e == NULL)
        return;
    /* a verb of handing that bounds a level ("deliveries passed 5
     * million") hands the things on when they go to a party after the
     * figure: "has passed some 5 million shells to Moscow" is 5 million
     * given (`particle_verbs`, a `parties` phrase after "to") */
    if (in_table(run, "particle_verbs", verb->t0)) {
        for (guint t = after; t + 1 < run->toks->len && t < after + 8; t++) {
            if (g_array_index(run->toks, Tok, t).kind == TOK_BREAK)
                break;
            if (!tok_is(run, t, "to"))
                continue;
            guint p = t + 1;
            if (tok_is(run, p, "the") && p + 1 < run->toks->len)
                p++;
            if (in_table(run, "parties", p))
                return;
            break;
        }
    }
    static const char *const words[][2] = {
        {"gt", "more than "}, {"ge", "at least "}, {"lt", "fewer than "}, {"le", "at most "}};
    for (guint i = 0; i < G_N_ELEMENTS(words); i++) {
        if (!g_str_equal(e->value, words[i][0]))
            continue;
        g_autofree char *bounded = g_strdup_printf("%s%.*s", words[i][1], (int)n, text);
        if (cc_normalize_quantity(run->normalizer, bounded, strlen(bounded), &v)) {
            m->start = verb->start;
            m->value = v;
        }
        return;
    }
}

/* Byte windows [start, end) of the sentence where a frame of @type could
 * find its figure: WINDOW words either side of a hit of its counted nouns
 * (or, for a frame that counts nothing, of its cue), merged; the whole
 * sentence where some such frame has neither. */
#define WINDOW 16u

/* The most words fronted_speaker_words() leaves out of a distance: a
 * speaker of six, a verb of saying, an object of three and "that". */
#define FRONTED_SPEAKER 11u

typedef struct {
    gsize start, end;
} Span;

static void
add_window(CcFrameRun *run, GArray *out, guint t0, guint t1)
{
    guint lo = t0 >= WINDOW ? t0 - WINDOW : 0;
    guint hi = MIN(t1 + WINDOW, run->toks->len);
    if (hi == 0)
        return;
    Span w = {g_array_index(run->toks, Tok, lo).start, g_array_index(run->toks, Tok, hi - 1).end};
    g_array_append_val(out, w);
}

/* Sorts @out's windows by start and joins those that overlap or touch.
 * A window's end is never before its start, so the union is the same
 * whatever order windows of one start take; a call has a handful, which
 * an insertion sort in place orders cheaper than a library sort. */
static void
merge_windows(GArray *out)
{
    Span *span = (Span *)(void *)out->data;
    for (guint i = 1; i < out->len; i++) {
        Span x = span[i];
        guint j = i;
        for (; j > 0 && span[j - 1].start > x.start; j--)
            span[j] = span[j - 1];
        span[j] = x;
    }
    guint n = 0;
    for (guint i = 0; i < out->len; i++) {
        Span w = g_array_index(out, Span, i);
        if (n > 0 && w.start <= g_array_index(out, Span, n - 1).end)
            g_array_index(out, Span, n - 1).end = MAX(g_array_index(out, Span, n - 1).end, w.end);
        else
            g_array_index(out, Span, n++) = w;
    }
    g_array_set_size(out, n);
}

static guint fronted_aside_end(const CcFrameRun *run, guint t1);
static guint relative_close(const CcFrameRun *run, guint k);
static guint said_aside_verb(const CcFrameRun *run, guint k, guint *close);

/* Where a window for dates ending before token @hi must reach to take in
 * the second day of a gapped list that runs past it ("… ratification …,
 * Russia on Nov. 9 *and North Korea on Nov. 11*": dates_gapped()): an
 * "and" near the end, one to four words after it, then "on" or "in", with
 * "on" or "in" at most six tokens before the "and"; @hi where none. */
static guint
gapped_list_past(const CcFrameRun *run, guint hi)
{
    guint n = run->toks->len;
    static const Word preps[] = {WORD("on"), WORD("in")};
    for (guint t = hi > 12 ? hi - 12 : 1; t < hi + 2 && t + 2 < n; t++) {
        if (!tok_is(run, t, "and"))
            continue;
        gboolean first = FALSE;
        for (guint k = t; k > 0 && k + 6 >= t && !first; k--)
            first = tok_in(run, k - 1, preps, G_N_ELEMENTS(preps));
        if (!first)
            continue;
        for (guint k = t + 2; k <= t + 5 && k < n; k++) {
            if (g_array_index(run->toks, Tok, k - 1).kind != TOK_WORD)
                break;
            if (tok_in(run, k, preps, G_N_ELEMENTS(preps)))
                return MAX(hi, MIN(k + 7, n));
        }
    }
    return hi;
}

/* The windows around the hits of the tables that gate the value pass for
 * @type (gate_tables()): the whole sentence where a frame of @type has
 * none. */
static void
gate_windows(CcFrameRun *run, CcClaimType type, GArray *out)
{
    int k = type == CC_CLAIM_DATE ? 1 : 0;
    g_array_set_size(out, 0);
    if (run->gate_all[k] || run->explaining || (k == 0 && run->points_back)) {
        Span all = {0, run->len};
        g_array_append_val(out, all);
        return;
    }
    /* a date's short phrase opening the sentence, closed by a comma ("On
     * April 26,"), is read too where a hit stands within reach of it past a
     * speaker and a verb of saying (fronted_speaker_words()) */
    guint opening = 0;
    for (guint t = 1; k == 1 && t < run->toks->len && t <= 5; t++) {
        TokKind kind = g_array_index(run->toks, Tok, t).kind;
        if (kind == TOK_COMMA)
            opening = t;
        if (kind != TOK_WORD)
            break;
    }
    /* and past an aside after that comma (fronted_aside_end()) */
    guint reach_past = WINDOW + FRONTED_SPEAKER;
    guint aside_end = opening != 0 ? fronted_aside_end(run, opening) : 0;
    if (aside_end != 0)
        reach_past += aside_end - opening;
    gboolean opening_near = FALSE;
    /* said_aside_verb()'s answers at the commas asked so far, by comma:
     * the hits of several tables stand before one comma */
    struct {
        guint comma, verb, close;
    } asides[8];
    guint n_asides = 0;
    const GPtrArray *tables = run->gate_tables[k];
    for (guint i = 0; i < tables->len; i++) {
        const GArray *hits = hits_of(run, run->gate_dicts[k]->pdata[i], tables->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            /* a date's window reaches past a relative clause right
             * after the hit (relative_words_between()) */
            guint rel = k == 1 ? relative_close(run, h->t1) : 0;
            /* a figure's window reaches past a speaker set off by commas
             * after the hit ("The number of rounds that have reached the
             * front*, a senior official told reporters on Monday,* is now
             * close to 7 million": said_aside_verb()) */
            for (guint t = h->t1; k == 0 && rel == 0 && t < run->toks->len && t < h->t1 + WINDOW; t++)
                if (g_array_index(run->toks, Tok, t).kind == TOK_COMMA) {
                    guint a = 0;
                    while (a < n_asides && asides[a].comma != t)
                        a++;
                    if (a == n_asides) {
                        guint close = 0;
                        guint verb = said_aside_verb(run, t, &close);
                        if (n_asides == G_N_ELEMENTS(asides))
                            a = 0; /* full: the answer takes the first one's place */
                        else
                            n_asides++;
                        asides[a].comma = t;
                        asides[a].verb = verb;
                        asides[a].close = close;
                    }
                    if (asides[a].verb != 0)
                        rel = h->t1 + (asides[a].close - t);
                    break;
                }
            add_window(run, out, h->t0, rel != 0 ? rel : h->t1);
            /* a date's window reaches the second day of a gapped list */
            if (k == 1) {
                guint hi = MIN((rel != 0 ? rel : h->t1) + WINDOW, run->toks->len);
                guint past = gapped_list_past(run, hi);
                if (past > hi) {
                    Span w = {g_array_index(run->toks, Tok, hi - 1).start,
                              g_array_index(run->toks, Tok, past - 1).end};
                    g_array_append_val(out, w);
                }
            }
            opening_near = opening_near
                           || (opening != 0 && h->t0 <= opening + reach_past);
        }
    }
    if (opening_near) {
        Span w = {0, g_array_index(run->toks, Tok, opening).end};
        g_array_append_val(out, w);
    }
    merge_windows(out);
}

/* What gates the value pass for quantities (@k 0) and dates (1): each
 * frame of the type's counted nouns, or its cues where it counts none,
 * every table once (the windows are their union); or, where a frame of
 * the type has neither, the whole sentence (gate_all). */
static void
gate_tables(CcFrameRun *run, int k)
{
    run->gate_tables[k] = g_ptr_array_new();
    for (guint fi = 0; fi < run->frames->len; fi++) {
        const CcRule *rule = run->frames->pdata[fi];
        if (rule->type != (k == 1 ? CC_CLAIM_DATE : CC_CLAIM_QUANTITY))
            continue;
        const GPtrArray *tables = rule->frame->slot[CC_SLOT_COUNTS].tables;
        if (tables->len == 0)
            tables = rule->frame->slot[CC_SLOT_CUE].tables;
        if (tables->len == 0)
            run->gate_all[k] = TRUE;
        for (guint i = 0; i < tables->len; i++)
            if (!g_ptr_array_find_with_equal_func(run->gate_tables[k], tables->pdata[i],
                                                  g_str_equal, NULL))
                g_ptr_array_add(run->gate_tables[k], tables->pdata[i]);
    }
    run->gate_dicts[k] = g_ptr_array_sized_new(run->gate_tables[k]->len);
    for (guint i = 0; i < run->gate_tables[k]->len; i++)
        g_ptr_array_add(run->gate_dicts[k], dict_of(run, run->gate_tables[k]->pdata[i]));
}

/* An ASCII letter's lower case; 0 for any other byte. */
static const char letter_lower[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0, 0, 0, 0, 0,
    0, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* Are the @n letters at @letters, lower-cased, the lower-case @word? */
static inline gboolean
letters_are(const char *letters, const char *word, gsize n)
{
    for (gsize k = 0; k < n; k++)
        if (letter_lower[(guchar)letters[k]] != word[k])
            return FALSE;
    return TRUE;
}

/* The kinds of the anchor word written @letters (@n ASCII letters, any
 * case; key_hash() @h of them lower-cased): what
 * g_hash_table_lookup(run->anchors, the word in lower case) gives, 0 for
 * none. */
static inline guint
anchor_word_kinds(const CcFrameRun *run, const char *letters, gsize n, guint32 h)
{
    guint32 b = h & (PHRASE_FILTER_BITS - 1);
    if (!((run->anchor_filter[b / 64] >> (b % 64)) & 1))
        return 0;
    for (guint i = h & run->anchor_mask;; i = (i + 1) & run->anchor_mask) {
        const struct AnchorSlot *slot = &run->anchor_slots[i];
        if (slot->word == NULL)
            return 0;
        if (slot->hash == h && slot->len == n && letters_are(letters, slot->word, n))
            return slot->kinds;
    }
}

/* The kinds of mention token @t may anchor: both for one holding a digit
 * or a character beyond ASCII (a numeral of another script, "½"), else
 * those of its words of fewer than ANCHOR_WORD_MAX letters
 * ("mid-November": "mid", "november"). Each run of letters is hashed
 * lower-cased as it is read, and compared in place. */
#define ANCHOR_WORD_MAX 64
static guint
anchor_kinds(const CcFrameRun *run, guint t)
{
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    const char *text = run->text;
    guint kinds = 0;
    gsize i = tok->start;
    while (i < tok->end) {
        guchar c = (guchar)text[i];
        if (g_ascii_isdigit(c) || c >= 0x80)
            return ANCHOR_QUANTITY | ANCHOR_DATE;
        if (letter_lower[c] == 0) {
            i++;
            continue;
        }
        gsize j = i;
        guint32 h = KEY_HASH_START;
        char lc;
        while (j < tok->end && (lc = letter_lower[(guchar)text[j]]) != 0) {
            h = key_hash_step(h, lc);
            j++;
        }
        if (j < tok->end && ((guchar)text[j] >= 0x80 || g_ascii_isdigit(text[j])))
            return ANCHOR_QUANTITY | ANCHOR_DATE;
        if (j - i < ANCHOR_WORD_MAX)
            kinds |= anchor_word_kinds(run, text + i, j - i, h);
        i = j;
    }
    return kinds;
}

/* Narrows @windows to where a mention of @type could start: up to
 * ANCHOR_REACH words before one of its anchors, the anchor included. */
static void
cut_to_anchors(CcFrameRun *run, CcClaimType type, GArray *windows)
{
    guint want = type == CC_CLAIM_DATE ? ANCHOR_DATE : ANCHOR_QUANTITY;
    if (run->cut_reach == NULL) {
        run->cut_reach = g_array_new(FALSE, FALSE, sizeof(Span));
        run->cut_cut = g_array_new(FALSE, FALSE, sizeof(Span));
    }
    GArray *reach = run->cut_reach;
    if (run->toks_anchors->len != run->toks->len) {
        g_array_set_size(run->toks_anchors, run->toks->len);
        for (guint t = 0; t < run->toks->len; t++)
            g_array_index(run->toks_anchors, guint, t) = anchor_kinds(run, t);
    }
    /* written in place: a span a token at most */
    g_array_set_size(reach, run->toks->len);
    Span *rs = (Span *)(gpointer)reach->data;
    guint nr = 0;
    for (guint t = 0; t < run->toks->len; t++) {
        if (!(g_array_index(run->toks_anchors, guint, t) & want))
            continue;
        guint lo = t >= ANCHOR_REACH ? t - ANCHOR_REACH : 0;
        Span r = {g_array_index(run->toks, Tok, lo).start, g_array_index(run->toks, Tok, t).end};
        if (nr > 0 && r.start <= rs[nr - 1].end)
            rs[nr - 1].end = r.end;
        else
            rs[nr++] = r;
    }
    reach->len = nr;
    /* Both lists are sorted and disjoint: intersect them (a span for
     * each step at most, written in place). */
    GArray *cut = run->cut_cut;
    g_array_set_size(cut, windows->len + nr);
    Span *cs = (Span *)(gpointer)cut->data;
    guint nc = 0;
    guint a = 0, b = 0;
    while (a < windows->len && b < nr) {
        const Span *w = &g_array_index(windows, Span, a), *r = &rs[b];
        Span x = {MAX(w->start, r->start), MIN(w->end, r->end)};
        if (x.start < x.end)
            cs[nc++] = x;
        if (w->end < r->end)
            a++;
        else
            b++;
    }
    cut->len = nc;
    g_array_set_size(windows, 0);
    g_array_append_vals(windows, cut->data, cut->len);
}

/* Does the word of token @t go on from byte @ve with a calibre's unit
 * glued to the figure ("152-millimeter", "122-mm", "152mm", "6-inch")?
 * The figure names a bore, whatever noun follows ("152-millimeter
 * artillery shells", "6-inch shells" as Korean wire copy gives 152mm),
 * and is never a count. */
static gboolean
glued_calibre(const CcFrameRun *run, gsize ve, guint t)
{
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    gsize i = ve;
    if (i < tok->end && run->text[i] == '-')
        i++;
    gsize n = tok->end - i;
    const char *rest = run->text + i;
    if (n >= 2 && g_ascii_strncasecmp(rest, "mm", 2) == 0 && (n == 2 || !g_ascii_isalpha(rest[2])))
        return TRUE;
    if (n >= 4 && g_ascii_strncasecmp(rest, "inch", 4) == 0 && (n == 4 || !g_ascii_isalpha(rest[4])))
        return TRUE;
    return n >= 8 && g_ascii_strncasecmp(rest, "millimet", 8) == 0;
}

/* Does the word of token @t go on from byte @ve with a hyphen and a unit
 * of size of `glued_size_units` ("20-foot", "40-ft")? The figure names
 * the size of the noun after it ("some 300 20-foot containers"), as a
 * calibre names a bore, and is never a count. */
static gboolean
glued_size(const CcFrameRun *run, gsize ve, guint t)
{
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    if (ve + 1 >= tok->end || run->text[ve] != '-')
        return FALSE;
    g_autofree char *unit = g_ascii_strdown(run->text + ve + 1, (gssize)(tok->end - ve - 1));
    return cc_lexicon_lookup(run->lexicon, "glued_size_units", unit, -1) != NULL;
}

/* Does the word of token @t go on from byte @ve with letters and then a
 * figure ("2S7", "9M723", "2A65")? The figure opens a model's
 * designation, as the letters of "M-1978" do, and counts nothing. */
static gboolean
glued_designation(const CcFrameRun *run, gsize ve, guint t)
{
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    gsize i = ve;
    while (i < tok->end && g_ascii_isalpha(run->text[i]))
        i++;
    return i > ve && i < tok->end && g_ascii_isdigit(run->text[i]);
}

/* Is token @t a calibre in one word, its figure glued to the unit
 * ("122-mm", "152mm", "152-millimetre"), or a size so glued ("20-foot")? */
static gboolean
calibre_word(const CcFrameRun *run, guint t)
{
    if (t >= run->toks->len)
        return FALSE;
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    if (tok->kind != TOK_WORD || !g_ascii_isdigit(run->text[tok->start]))
        return FALSE;
    gsize i = tok->start;
    while (i < tok->end && g_ascii_isdigit(run->text[i]))
        i++;
    return i < tok->end && (glued_calibre(run, i, t) || glued_size(run, i, t));
}

/* Is the quantity read at [@vs, @ve) a figure a frame may count? Not a
 * figure that counts nothing (counts_something), nor one glued to a
 * foreign head, a calibre's unit or a size's: the "152" of
 * "152-millimetre shells" and the "20" of "20-foot containers" are no
 * count (an ordinal's "11th" is no quantity: the scanner does not
 * read it). */
static gboolean
quantity_counts(CcFrameRun *run, gsize vs, gsize ve)
{
    if (!counts_something(run, vs, ve))
        return FALSE;
    guint vt = tok_at(run->toks, vs);
    return !(ve < g_array_index(run->toks, Tok, vt).end
             && (foreign_head(run, NULL, vt) || glued_calibre(run, ve, vt)
                 || glued_size(run, ve, vt) || glued_designation(run, ve, vt)));
}

/* The date scanner kept for the sentence being read, or NULL. */
static const CcDateScanner *
date_scanner_of_sentence(const CcFrameRun *run)
{
    return run->date_memo_valid && run->date_memo_sentence == run->sentence
                   && run->date_memo_text == run->text && run->date_memo_len == run->len
               ? run->date_scanner
               : NULL;
}

/* The quantity scanner kept for the sentence being read, or NULL. */
static const CcQuantityScanner *
quantity_scanner_of_sentence(const CcFrameRun *run)
{
    return run->quantity_scanner_valid && run->quantity_scanner_sentence == run->sentence
                   && run->quantity_scanner_text == run->text
                   && run->quantity_scanner_len == run->len
               ? run->quantity_scanner
               : NULL;
}

/* The quantity mentions in @windows the quantity scanner finds: span and
 * value from one reading (cc_quantity_scanner_next()); a frame's only
 * those that count something (quantity_counts), a generic record's
 * (@as_written) every one. */
static void
quantities_by_scan(CcFrameRun *run, const GArray *windows, gboolean as_written, GArray *out)
{
    /* one scanner a sentence, restarted for each claim type's windows */
    if (run->quantity_scanner_valid && run->quantity_scanner_sentence == run->sentence
        && run->quantity_scanner_text == run->text && run->quantity_scanner_len == run->len) {
        cc_quantity_scanner_restart(run->quantity_scanner);
    } else {
        /* one scanner a run, made again in place for each sentence */
        if (run->quantity_scanner != NULL)
            cc_quantity_scanner_reset(run->quantity_scanner, run->normalizer, run->text,
                                      run->len, date_scanner_of_sentence(run));
        else
            run->quantity_scanner = cc_quantity_scanner_new_beside(
                run->normalizer, run->text, run->len, date_scanner_of_sentence(run));
        run->quantity_scanner_valid = TRUE;
        run->quantity_scanner_sentence = run->sentence;
        run->quantity_scanner_text = run->text;
        run->quantity_scanner_len = run->len;
    }
    CcQuantityScanner *sc = run->quantity_scanner;
    cc_quantity_scanner_read_units(sc, as_written);
    gsize at = 0;
    for (guint wi = 0; wi < windows->len; wi++) {
        const Span *w = &g_array_index(windows, Span, wi);
        at = MAX(at, w->start);
        CcQuantityMention q;
        while (at < w->end && cc_quantity_scanner_next(sc, at, w->end, &q)) {
            at = q.end;
            if (!as_written && !quantity_counts(run, q.start, q.end))
                continue;
            CcMention mention = {q.start, q.end, CC_CLAIM_QUANTITY, q.value, G_MAXUINT,
                                 G_MAXUINT, FALSE, FALSE, FALSE, 0, 0};
            g_array_append_val(out, mention);
        }
    }
}

/* A day told from the sentence before, opening this one and closed by a
 * comma: "The next day, the Duma ratified the treaty" after a sentence
 * that names October 23 is October 24. The offset in days of the phrase
 * at token 0 ("the next day", "the following day", "the previous day",
 * "the day after"), the comma's token in *@end; 0 for none. */
static int
opening_day_offset(CcFrameRun *run, guint *end)
{
    int off = 0;
    if (tok_is(run, 0, "the") && tok_is(run, 2, "day")
        && (tok_is(run, 1, "next") || tok_is(run, 1, "following")))
        off = 1;
    else if (tok_is(run, 0, "the") && tok_is(run, 2, "day")
             && (tok_is(run, 1, "previous") || tok_is(run, 1, "preceding")))
        off = -1;
    else if (tok_is(run, 0, "the") && tok_is(run, 1, "day") && tok_is(run, 2, "after"))
        off = 1;
    if (off == 0 || 3 >= run->toks->len || g_array_index(run->toks, Tok, 3).kind != TOK_COMMA)
        return 0;
    *end = 3;
    return off;
}

/* The last single day the sentence right before this one names ("… on
 * October 23."), read by the date scanner from @ref_day; 0 where the
 * sentence looked at before is not the one right before, or names none. */
static guint32
day_before(CcFrameRun *run, guint32 ref_day)
{
    if (run->prev_index == G_MAXUINT || run->prev_index + 1 != run->sentence)
        return 0;
    CcDateScanner *sc = cc_date_scanner_new(run->normalizer, run->prev_sentence->str,
                                            run->prev_sentence->len);
    CcDateMention d;
    gsize from = 0;
    guint32 day = 0;
    while (cc_date_scanner_next(sc, from, run->prev_sentence->len, ref_day, &d)) {
        from = d.end;
        if (d.value.kind == CC_VALUE_DATE && d.value.has_low && d.value.has_high
            && d.value.low == d.value.high && !d.value.high_strict)
            day = (guint32)d.value.low;
    }
    cc_date_scanner_free(sc);
    return day;
}

/* Adds to @out (mentions from @first on, this sentence's) the day of a
 * phrase opening the sentence that is told from the sentence before
 * (opening_day_offset()): the last single day that sentence names, moved
 * by the phrase's days; none where the sentence before is not the one
 * right before, names no single day, or a window does not reach the
 * phrase. */
static void
anchored_opening(CcFrameRun *run, const GArray *windows, guint32 ref_day, GArray *out,
                 guint first)
{
    guint e;
    int off = run->toks->len > 3 ? opening_day_offset(run, &e) : 0;
    if (off == 0 || run->prev_index == G_MAXUINT || run->prev_index + 1 != run->sentence
        || windows->len == 0 || g_array_index(windows, Span, 0).start > 0
        || (out->len > first
            && g_array_index(out, CcMention, first).start
                   < g_array_index(run->toks, Tok, e).start))
        return;
    guint32 day = day_before(run, ref_day);
    if (day == 0)
        return;
    CcMention mention = {g_array_index(run->toks, Tok, 0).start,
                         g_array_index(run->toks, Tok, e - 1).end, CC_CLAIM_DATE, {0},
                         G_MAXUINT, G_MAXUINT, FALSE, FALSE, FALSE, 0, 0};
    cc_value_set_days(&mention.value, (guint32)((gint64)day + off), (guint32)((gint64)day + off));
    g_array_insert_val(out, first, mention);
}

/* The date mentions in @windows the date scanner finds: span and value
 * from one reading (cc_date_scanner_next()); one that cannot be read
 * without the document's day has a value of no kind (CC_VALUE_NUMBER's
 * zero), for the figures inside it are still the date's. */
static void
dates_by_scan(CcFrameRun *run, const GArray *windows, guint32 ref_day, GArray *out)
{
    /* The pattern rules' value pass reads a sentence's dates for its
     * quantities and again for its dates, in the same windows: the second
     * reading is the first's. A document starts with none (date_memo_valid). */
    if (run->date_memo == NULL) {
        run->date_memo_windows = g_array_new(FALSE, FALSE, sizeof(Span));
        run->date_memo = g_array_new(FALSE, FALSE, sizeof(CcMention));
    }
    GArray *mw = run->date_memo_windows;
    if (run->date_memo_valid && run->date_memo_sentence == run->sentence
        && run->date_memo_text == run->text && run->date_memo_len == run->len
        && run->date_memo_ref_day == ref_day && mw->len == windows->len
        && memcmp(mw->data, windows->data, sizeof(Span) * windows->len) == 0) {
        g_array_append_vals(out, run->date_memo->data, run->date_memo->len);
        return;
    }
    guint first = out->len;
    gboolean same = run->date_memo_valid && run->date_memo_sentence == run->sentence
                    && run->date_memo_text == run->text && run->date_memo_len == run->len;
    if (same) {
        cc_date_scanner_restart(run->date_scanner);
    } else {
        /* one scanner a run, made again in place for each sentence */
        if (run->date_scanner != NULL)
            cc_date_scanner_reset(run->date_scanner, run->normalizer, run->text, run->len,
                                  quantity_scanner_of_sentence(run));
        else
            run->date_scanner = cc_date_scanner_new_beside(run->normalizer, run->text, run->len,
                                                           quantity_scanner_of_sentence(run));
    }
    CcDateScanner *sc = run->date_scanner;
    gsize at = 0;
    for (guint wi = 0; wi < windows->len; wi++) {
        const Span *w = &g_array_index(windows, Span, wi);
        at = MAX(at, w->start);
        CcDateMention d;
        while (at < w->end && cc_date_scanner_next(sc, at, w->end, ref_day, &d)) {
            at = d.end;
            CcMention mention = {d.start, d.end, CC_CLAIM_DATE, d.value, G_MAXUINT, G_MAXUINT,
                                 FALSE, FALSE, FALSE, 0, 0};
            g_array_append_val(out, mention);
        }
    }
    anchored_opening(run, windows, ref_day, out, first);
    run->date_memo_valid = TRUE;
    run->date_memo_sentence = run->sentence;
    run->date_memo_text = run->text;
    run->date_memo_len = run->len;
    run->date_memo_ref_day = ref_day;
    g_array_set_size(mw, 0);
    g_array_append_vals(mw, windows->data, windows->len);
    g_array_set_size(run->date_memo, 0);
    if (out->len > first) /* an empty list may have no storage at all */
        g_array_append_vals(run->date_memo, &g_array_index(out, CcMention, first),
                            out->len - first);
}

/* A range whose first figure labels a part of a text ("in paragraph 2 to
 * 2,700", part_labels) is no range: the figure is the one after "to". */
static void
label_range(CcFrameRun *run, CcMention *m)
{
    guint t0 = tok_at(run->toks, m->start);
    if (t0 == 0 || t0 + 2 >= run->toks->len
        || !tok_in(run, t0 - 1, part_labels, G_N_ELEMENTS(part_labels))
        || !tok_is(run, t0 + 1, "to"))
        return;
    gsize from = g_array_index(run->toks, Tok, t0 + 2).start;
    if (from >= m->end)
        return;
    CcValue v = {0};
    if (cc_normalize_quantity(run->normalizer, run->text + from, m->end - from, &v)) {
        m->start = from;
        m->value = v;
    }
}

/* Is date mention @m a stretch "within" opens ahead of the document's
 * date that counts from another day: from an event "of" names right after
 * it ("began sending troops within a month of the summit"), or, told in
 * the past, from a day the text leaves unsaid ("the first units arrived
 * within a month")? It names no event's date. */
static gboolean
within_from_else(CcFrameRun *run, const CcMention *m, guint32 ref_day)
{
    guint t0 = tok_at(run->toks, m->start), t1 = tok_at(run->toks, m->end - 1) + 1;
    if (!tok_is(run, t0, "within") || ref_day == 0 || !m->value.has_low
        || (guint32)m->value.low < ref_day)
        return FALSE;
    if (t1 < run->toks->len && (tok_is(run, t1, "of") || tok_is(run, t1, "after")))
        return TRUE;
    return date_verb_tense(run, m) < 0;
}

/* Is date mention @m "the month", "the same month", "that month" or
 * "that same month" (the scanner's mention may leave out the "that"),
 * with no "before", "after", "of", "earlier", "later" or "last" following,
 * that would count from it? In @same, whether "same" or "that" points
 * back, as bare "the month" does only in apposition. */
static gboolean
month_anaphor(CcFrameRun *run, const CcMention *m, gboolean *same)
{
    guint t0 = tok_at(run->toks, m->start), t1 = tok_at(run->toks, m->end - 1) + 1;
    guint t = t0;
    *same = FALSE;
    if (tok_is(run, t, "that") || tok_is(run, t, "the")) {
        *same = tok_is(run, t, "that");
        t++;
    } else if (!(tok_is(run, t, "same") && t > 0 && tok_is(run, t - 1, "that"))) {
        return FALSE;
    }
    if (tok_is(run, t, "same")) {
        *same = TRUE;
        t++;
    }
    if (t + 1 != t1 || !tok_is(run, t, "month"))
        return FALSE;
    return t1 >= run->toks->len
           || !(tok_is(run, t1, "before") || tok_is(run, t1, "after") || tok_is(run, t1, "of")
                || tok_is(run, t1, "earlier") || tok_is(run, t1, "later")
                || tok_is(run, t1, "last") || tok_is(run, t1, "a"));
}

/* Is date mention @m "the month" (or "the same month", "that month")
 * set in apposition right after the date @prev, a comma between: "in
 * October, the month troops began arriving"? It restates that date, not
 * the document's month. */
static gboolean
restated_month(CcFrameRun *run, const CcMention *m, const CcMention *prev)
{
    guint t0 = tok_at(run->toks, m->start);
    guint p1 = tok_at(run->toks, prev->end - 1) + 1;
    gboolean same;
    if (tok_is(run, t0, "same") && t0 > 0 && tok_is(run, t0 - 1, "that"))
        t0--;
    return p1 + 1 == t0 && tok_is(run, p1, ",") && month_anaphor(run, m, &same);
}

/* Is date mention @m "that month", "the same month" or "that same month"
 * later in the sentence than the date @prev, which lies within one month
 * ("By early December, … they first went into battle that same month")?
 * It points back at that month, not the document's: its whole month, in
 * @value. */
static gboolean
month_told_before(CcFrameRun *run, const CcMention *m, const CcMention *prev, CcValue *value)
{
    gboolean same;
    if (!month_anaphor(run, m, &same) || !same || (!prev->value.has_low && !prev->value.has_high))
        return FALSE;
    /* a bound's one day ("by early December") names the month alone */
    double lo = prev->value.has_low ? prev->value.low + (prev->value.low_strict ? 1 : 0)
                                    : prev->value.high - (prev->value.high_strict ? 1 : 0);
    double hi = prev->value.has_high ? prev->value.high - (prev->value.high_strict ? 1 : 0) : lo;
    int y, mo, d, y2, mo2, d2;
    cc_day_to_ymd((guint32)lo, &y, &mo, &d);
    cc_day_to_ymd((guint32)hi, &y2, &mo2, &d2);
    if (y != y2 || mo != mo2)
        return FALSE;
    *value = prev->value;
    value->low = cc_day_from_ymd(y, mo, 1);
    value->high = cc_day_from_ymd(y, mo, cc_days_in_month(y, mo));
    value->has_low = value->has_high = TRUE;
    value->low_strict = value->high_strict = FALSE;
    return TRUE;
}

/* Appends the mentions of @type that start inside @windows to @out. A
 * date that dates a report ("said on 13 December") is kept, marked, with
 * @keep_reported; otherwise it goes, as does a date that cannot be read
 * without the document's date, to @others, if given, and nowhere else:
 * they are no event's date, but the figures inside them are theirs.
 * Both kinds are found by their scanner. */
static void
search_mentions(CcFrameRun *run, CcClaimType type, guint32 ref_day, gboolean keep_reported,
                gboolean as_written, const GArray *windows, GArray *out, GArray *others)
{
    if (type != CC_CLAIM_DATE) {
        guint first = out->len;
        quantities_by_scan(run, windows, as_written, out);
        for (guint i = first; i < out->len; i++) {
            CcMention *mention = &g_array_index(out, CcMention, i);
            /* a generic record reads the figure as written: no verb makes
             * it a bound, no "m" before a counted noun millions */
            if (!as_written)
                read_glued_million(run, mention);
            read_scale_after(run, mention);
            /* the scanner read the unit after the figure */
            if (as_written)
                continue;
            label_range(run, mention);
            read_verb_bound(run, mention);
            read_margin(run, mention);
        }
        if (!as_written)
            join_glued_million_range(run, out, first);
        return;
    }
    GArray *read = run->sm_read;
    g_array_set_size(read, 0);
    dates_by_scan(run, windows, ref_day, read);
    for (guint i = 0; i < read->len; i++) {
        CcMention mention = g_array_index(read, CcMention, i);
        gboolean ok = mention.value.kind == CC_VALUE_DATE;
        /* "said on Thursday" dates the report: only the frames read it, for
         * a report that is itself the event */
        if (ok)
            mention.said_at = reported_on(run, mention.start, mention.end);
        if (ok && mention.said_at == 0)
            mention.said_at = fronted_saying_day(run, mention.start, mention.end);
        /* a citation's year, "(Kim and Lee 2025)", dates no event */
        if (ok && !as_written && in_citation(run, mention.start))
            ok = FALSE;
        /* another war's years, "the 1950-53 Korean War", date no event */
        if (ok && !as_written && names_other_war(run, mention.start, mention.end))
            ok = FALSE;
        if (!ok || (mention.said_at != 0 && !keep_reported)) {
            if (others != NULL)
                g_array_append_val(others, mention);
            continue;
        }
        if (!as_written && within_from_else(run, &mention, ref_day)) {
            if (others != NULL)
                g_array_append_val(others, mention);
            continue;
        }
        /* "in October, the month troops began arriving": October's; "by
         * early December, … that same month": December */
        guint before = out->len;
        const CcMention *prev = before > 0 ? &g_array_index(out, CcMention, before - 1) : NULL;
        if (!as_written && prev != NULL && prev->value.kind == CC_VALUE_DATE
            && restated_month(run, &mention, prev)) {
            mention.value = prev->value;
            g_array_append_val(out, mention);
            continue;
        }
        if (!as_written && prev != NULL && prev->value.kind == CC_VALUE_DATE
            && month_told_before(run, &mention, prev, &mention.value)) {
            g_array_append_val(out, mention);
            continue;
        }
        if (!as_written && !anchored_event_date(run, read, i, &mention, ref_day))
            read_event_date(run, &mention, ref_day);
        if (mention.value.kind != CC_VALUE_DATE) {
            if (others != NULL)
                g_array_append_val(others, mention);
            continue;
        }
        g_array_append_val(out, mention);
    }
}

/* Is quantity @q a second day of the month after a date that ends in a
 * day, "and", "or" or "to" between: the "15" of "on December 14 and 15"?
 * It is that date's neighbour, no count. */
static gboolean
second_day(CcFrameRun *run, const CcMention *q, const GArray *dates)
{
    if (q->end - q->start > 2 || !g_ascii_isdigit(run->text[q->start])
        || (q->end - q->start == 2 && !g_ascii_isdigit(run->text[q->start + 1])))
        return FALSE;
    guint t = tok_at(run->toks, q->start);
    if (t < 2 || !(tok_is(run, t - 1, "and") || tok_is(run, t - 1, "or") || tok_is(run, t - 1, "to")))
        return FALSE;
    /* no noun of its own after it: "on March 3 and 12 others were
     * wounded" counts the 12 */
    if (t + 1 < run->toks->len && g_array_index(run->toks, Tok, t + 1).kind == TOK_WORD
        && !g_ascii_isdigit(run->text[g_array_index(run->toks, Tok, t + 1).start])
        && !tok_is(run, t + 1, "alone"))
        return FALSE;
    const Tok *day = &g_array_index(run->toks, Tok, t - 2);
    if (day->end - day->start > 2 || !g_ascii_isdigit(run->text[day->start]))
        return FALSE;
    for (guint i = 0; i < dates->len; i++) {
        const CcMention *d = &g_array_index(dates, CcMention, i);
        if (d->end == day->end && d->start < day->start)
            return TRUE;
    }
    return FALSE;
}

/* Does quantity @q overlap one of @dates ("24" of "February 24, 2022")? */
static gboolean
within_date(const CcMention *q, const GArray *dates)
{
    for (guint j = 0; j < dates->len; j++) {
        const CcMention *d = &g_array_index(dates, CcMention, j);
        if (q->start < d->end && d->start < q->end)
            return TRUE;
    }
    return FALSE;
}

/* The value pass: quantity mentions near what a quantity frame counts, and
 * date mentions near a date frame's cue or beside a quantity; a figure
 * inside a date ("24" of "February 24, 2022", a year) is the date's. */
/* Do the tokens before token @t0 only lead into an offset that opens the
 * sentence: none, or an article, a hedge or "then" and commas ("A day
 * later", "About two weeks later", "Only a day later", "Then, two weeks
 * later")? */
static gboolean
opening_lead(CcFrameRun *run, guint t0)
{
    static const char *const leads[] = {"a",      "an",     "about",  "some",   "only",
                                        "just",   "roughly", "nearly", "almost", "barely",
                                        "around", "then"};
    if (t0 > 3)
        return FALSE;
    for (guint t = 0; t < t0; t++) {
        if (g_array_index(run->toks, Tok, t).kind == TOK_COMMA)
            continue;
        gboolean lead = FALSE;
        for (guint k = 0; k < G_N_ELEMENTS(leads) && !lead; k++)
            lead = tok_is(run, t, leads[k]);
        if (!lead)
            return FALSE;
    }
    return TRUE;
}

/* Does date mention @m end in "after" after a word of its own ("two days
 * after" before a clause of its own, "on April 28, two days after Moscow
 * announced …"): the day of the clause's event, counted back from the
 * date told before it? */
static gboolean
offset_after(const CcFrameRun *run, const CcMention *m)
{
    if (m->type != CC_CLAIM_DATE)
        return FALSE;
    guint t0 = tok_at(run->toks, m->start), t1 = tok_at(run->toks, m->end - 1);
    return t1 > t0 && tok_is(run, t1, "after");
}

/* An offset "later" or "earlier" ("first saw combat a week later", "ratified
 * five months later") counts from the date told before it in the sentence,
 * not from the document's: "arrived in late October and first saw combat a
 * week later" is October 27, "signed in June 2024 and ratified five months
 * later" November. With no date before it, "later" names no day the text
 * gives, and the mention goes, unless it opens the sentence before its
 * comma ("A day later, the Duma ratified …", "Two days later, …"): that
 * counts from the last single day the sentence right before names
 * (day_before()). "earlier" counts from that day too, where the sentence
 * before names one, else stays the document's ("two days earlier"). */
static void
anchor_offsets(CcFrameRun *run, guint32 ref_day, GArray *mentions)
{
    for (guint i = 0; i < mentions->len; i++) {
        CcMention *m = &g_array_index(mentions, CcMention, i);
        if (m->type != CC_CLAIM_DATE)
            continue;
        guint t0 = tok_at(run->toks, m->start), t1 = tok_at(run->toks, m->end - 1);
        gboolean later = tok_is(run, t1, "later") || (tok_is(run, t1, "that") && tok_is(run, t1 - 1, "after"));
        gboolean after = offset_after(run, m);
        if (t1 == t0 || !(later || after || tok_is(run, t1, "earlier")))
            continue;
        const CcMention *anchor = NULL;
        for (guint j = 0; j < mentions->len; j++) {
            const CcMention *d = &g_array_index(mentions, CcMention, j);
            if (j != i && d->type == CC_CLAIM_DATE && d->end <= m->start && d->value.has_low
                && (anchor == NULL || d->end > anchor->end))
                anchor = d;
        }
        /* "two days after" counts back only from a single day told right
         * before it in its sentence, a comma between ("on April 28, two
         * days after Moscow announced …"); else it names no day the text
         * gives */
        if (after) {
            guint at = anchor != NULL ? tok_at(run->toks, anchor->end - 1) + 1 : 0;
            if (anchor == NULL || !anchor->value.has_high || anchor->value.low != anchor->value.high
                || !(at + 1 == t0 && g_array_index(run->toks, Tok, at).kind == TOK_COMMA)) {
                g_array_remove_index(mentions, i--);
                continue;
            }
        }
        CcValue v;
        /* none before it in its sentence: opening the sentence before its
         * comma ("A day later, …", "Two days later, …"), or an "earlier"
         * anywhere ("… confirmed on Monday … Gerasimov had told Putin two
         * days earlier"), it counts from the day the sentence before names
         * last */
        guint32 from = anchor != NULL ? (guint32)anchor->value.low : 0;
        if (anchor == NULL
            && (!later
                || (opening_lead(run, t0) && t1 + 1 < run->toks->len
                    && g_array_index(run->toks, Tok, t1 + 1).kind == TOK_COMMA)))
            from = day_before(run, ref_day);
        /* failing that, an "earlier" counts from the day of the report that
         * tells it after it ("A day earlier, the units had reached Kursk,
         * KCNA said on Tuesday": the Monday), not from the document's */
        for (guint j = 0; anchor == NULL && from == 0 && !later && j < mentions->len; j++) {
            const CcMention *d = &g_array_index(mentions, CcMention, j);
            if (j != i && d->type == CC_CLAIM_DATE && d->said_at != 0 && d->start >= m->end
                && d->value.has_low && d->value.has_high && d->value.low == d->value.high)
                from = (guint32)d->value.low;
        }
        /* "two days after" counts back as "two days earlier" does */
        g_autofree char *back =
            after ? g_strdup_printf("%.*s earlier",
                                    (int)(g_array_index(run->toks, Tok, t1).start - m->start),
                                    run->text + m->start)
                  : NULL;
        if (from != 0
            && (back != NULL ? cc_normalize_date(run->normalizer, back, strlen(back), from, &v)
                             : cc_normalize_date(run->normalizer, run->text + m->start,
                                                 m->end - m->start, from, &v)))
            m->value = v;
        else if ((anchor == NULL && later) || after)
            g_array_remove_index(mentions, i--);
    }
}

/* The day of a dateline that opens the sentence, as dateline() knows one
 * ("MOSCOW, Oct 24 (Reuters) -", "SEOUL, Nov. 12 (Yonhap) --"): the
 * words between the place's comma and the bracket or dash, read as a
 * single day at most 60 days before @ref_day; else 0. A story filed on
 * that day and published later tells its weekdays and "yesterday" from
 * it: "MOSCOW, Oct 24 (Reuters) - Russia's lower house ratified the
 * treaty on Thursday", in a copy dated November 1, is October 24. */
static guint32
dateline_day(CcFrameRun *run, guint32 ref_day)
{
    const GArray *toks = run->toks;
    if (ref_day == 0 || toks->len < 4)
        return 0;
    guint k = 0;
    for (; k < toks->len && k < 4; k++) {
        const Tok *t = &g_array_index(toks, Tok, k);
        if (t->kind != TOK_WORD)
            break;
        gboolean letter = FALSE;
        for (gsize i = t->start; i < t->end; i++) {
            if (g_ascii_islower(run->text[i]))
                return 0;
            letter |= g_ascii_isupper(run->text[i]);
        }
        if (!letter)
            return 0;
    }
    if (k == 0 || k >= toks->len || g_array_index(toks, Tok, k).kind != TOK_COMMA)
        return 0;
    guint first = k + 1, last = first;
    while (last < toks->len && last <= first + 8 && !tok_is_dash(run, last)
           && run->text[g_array_index(toks, Tok, last).start] != '(')
        last++;
    if (last == first || last >= toks->len || last > first + 8)
        return 0;
    const Tok *a = &g_array_index(toks, Tok, first), *b = &g_array_index(toks, Tok, last - 1);
    CcValue v = {0};
    if (!cc_normalize_date(run->normalizer, run->text + a->start, b->end - a->start, ref_day, &v)
        || !v.has_low || !v.has_high || v.low != v.high)
        return 0;
    guint32 day = (guint32)v.low;
    if (day > ref_day) { /* "Dec. 30" filed before a January copy */
        int y, m, d;
        cc_day_to_ymd(day, &y, &m, &d);
        day = cc_day_from_ymd(y - 1, m, MIN(d, cc_days_in_month(y - 1, m)));
    }
    if (day == 0 || day > ref_day || ref_day - day > 60)
        return 0;
    return day;
}

static void
find_mentions(CcFrameRun *run, guint32 ref_day, const gboolean want[2], GArray *mentions)
{
    guint32 filed = dateline_day(run, ref_day);
    if (filed != 0)
        ref_day = filed;
    g_array_set_size(mentions, 0);
    if (run->fm_windows == NULL)
        run->fm_windows = g_array_new(FALSE, FALSE, sizeof(Span));
    GArray *windows = run->fm_windows, *quantities = run->fm_quantities;
    GArray *dates = run->fm_dates, *others = run->fm_others;
    g_array_set_size(windows, 0);
    g_array_set_size(quantities, 0);
    g_array_set_size(dates, 0);
    g_array_set_size(others, 0);
    if (want[0]) {
        gate_windows(run, CC_CLAIM_QUANTITY, windows);
        cut_to_anchors(run, CC_CLAIM_QUANTITY, windows);
        search_mentions(run, CC_CLAIM_QUANTITY, ref_day, TRUE, FALSE, windows, quantities, NULL);
    }
    if (want[1]) {
        gate_windows(run, CC_CLAIM_DATE, windows);
        for (guint i = 0; i < quantities->len; i++) {
            const CcMention *q = &g_array_index(quantities, CcMention, i);
            add_window(run, windows, tok_at(run->toks, q->start),
                       tok_at(run->toks, q->end - 1) + 1);
        }
        merge_windows(windows);
        cut_to_anchors(run, CC_CLAIM_DATE, windows);
        search_mentions(run, CC_CLAIM_DATE, ref_day, TRUE, FALSE, windows, dates, others);
    }
    for (guint i = 0; i < quantities->len; i++) {
        const CcMention *q = &g_array_index(quantities, CcMention, i);
        if (!within_date(q, dates) && !within_date(q, others) && !second_day(run, q, dates)
            && !second_day(run, q, others))
            g_array_append_val(mentions, *q);
    }
    g_array_append_vals(mentions, dates->data, dates->len);
    anchor_offsets(run, ref_day, mentions);
}

void
cc_frame_run_value_mentions(CcFrameRun *run, guint index, const char *text, gsize len,
                            guint32 ref_day, CcClaimType type, gboolean as_written, GArray *out)
{
    g_array_set_size(out, 0);
    read_notes(run);
    look_at(run, index, text, len);
    if (run->fm_windows == NULL)
        run->fm_windows = g_array_new(FALSE, FALSE, sizeof(Span));
    GArray *windows = run->fm_windows;
    Span all = {0, len};
    g_array_set_size(windows, 0);
    g_array_append_val(windows, all);
    cut_to_anchors(run, type, windows);
    search_mentions(run, type, ref_day, as_written, as_written, windows, out, NULL);
    /* a generic record keeps a figure inside a date, as the rule's
     * patterns do ("in 15 years"): its except lines say which are none */
    if (type != CC_CLAIM_QUANTITY || as_written || out->len == 0)
        return;
    /* a figure inside a date ("24" of "February 24, 2022") is the date's */
    GArray *dates = run->fm_dates;
    g_array_set_size(dates, 0);
    g_array_set_size(windows, 0);
    g_array_append_val(windows, all);
    cut_to_anchors(run, CC_CLAIM_DATE, windows);
    search_mentions(run, CC_CLAIM_DATE, ref_day, FALSE, FALSE, windows, dates, dates);
    guint n = 0;
    for (guint i = 0; i < out->len; i++) {
        const CcMention *q = &g_array_index(out, CcMention, i);
        if (!within_date(q, dates) && !second_day(run, q, dates))
            g_array_index(out, CcMention, n++) = *q;
    }
    g_array_set_size(out, n);
}

/* Does a span of time before "before" or "after" stand in tokens [@a, @b)
 * ("nine months before", "a week after", "two years later")? */
static gboolean
offset_between(const CcFrameRun *run, guint a, guint b)
{
    static const char *const units[] = {"day",   "days",   "week",      "weeks",
                                        "month", "months", "year",      "years",
                                        "fortnight", "decade", "decades"};
    for (guint t = a; t + 1 < b; t++) {
        if (!tok_is(run, t + 1, "before") && !tok_is(run, t + 1, "after")
            && !tok_is(run, t + 1, "earlier") && !tok_is(run, t + 1, "later"))
            continue;
        for (guint k = 0; k < G_N_ELEMENTS(units); k++)
            if (tok_is(run, t, units[k]))
                return TRUE;
    }
    return FALSE;
}

/* Is token @t "year" or "month" owning what follows, a length of time
 * ("a year's supply", "a month's worth", "a year of fighting")? */
static gboolean
span_owned(const CcFrameRun *run, guint t)
{
    static const char *const units[] = {"year", "month"};
    const Tok *w = &g_array_index(run->toks, Tok, t);
    gsize poss = possessive(run->text, w);
    gsize n = w->end - w->start - poss;
    if (poss == 0 && !tok_is(run, t + 1, "of"))
        return FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(units); k++)
        if (n == strlen(units[k]) && g_ascii_strncasecmp(run->text + w->start, units[k], n) == 0)
            return TRUE;
    return FALSE;
}

/* The most tokens offset_restated() takes from a cue to the "later" or
 * "earlier" of its offset. */
#define OFFSET_WORDS 10u

/* Does the date at token @t restate, after a comma, when the offset right
 * after the cue ending at @c1 fell: "The pact took effect *weeks later, on*
 * Dec. 4"? The date is then the event's own, the offset told from another;
 * the offset must follow the cue closely, words only between: "a few
 * weeks later", the verb's object ("ratified *the pact two days later*,
 * on Nov. 11") or a "for the first time" ("went into battle *for the first
 * time a couple of weeks later*, on Nov. 4"), up to OFFSET_WORDS. */
static gboolean
offset_restated(const CcFrameRun *run, guint c1, guint t)
{
    guint k = t;
    if (k > 0 && (tok_is(run, k - 1, "on") || tok_is(run, k - 1, "in")))
        k--;
    if (k < 2 || k - 2 < c1 || k - 2 >= c1 + OFFSET_WORDS
        || g_array_index(run->toks, Tok, k - 1).kind != TOK_COMMA
        || !(tok_is(run, k - 2, "later") || tok_is(run, k - 2, "earlier")))
        return FALSE;
    /* words only, and none that joins another clause ("came into force
     * and a delegation visited Pyongyang weeks later") */
    for (guint u = c1; u < k - 1; u++)
        if (g_array_index(run->toks, Tok, u).kind != TOK_WORD || tok_is(run, u, "and")
            || tok_is(run, u, "or") || tok_is(run, u, "but") || tok_is(run, u, "then")
            || tok_is(run, u, "while"))
            return FALSE;
    return TRUE;
}

/* Does a span of time and "after" or "before" open the clause of the cue
 * starting at token @c0, words only between them, and a comma close that
 * clause between the cue ending at @c1 and the date at token @t0? Then the
 * cue's event is told from the date's: "*Two days after* Pyongyang
 * *confirmed* the deployment, Kim vowed on Wednesday …". A comma between
 * the offset and the cue leaves the cue in the clause of the date: "Two
 * days after Moscow did, North Korea *confirmed* the deployment on
 * Monday". The span takes up to four words before its unit ("Just two
 * days", "Some five months", "A year to the day") at the sentence's or
 * clause's start. */
static gboolean
fronted_offset_clause(const CcFrameRun *run, guint c0, guint c1, guint t0)
{
    gboolean comma = FALSE;
    for (guint u = c1; u < t0 && !comma; u++)
        comma = g_array_index(run->toks, Tok, u).kind == TOK_COMMA;
    if (!comma)
        return FALSE;
    /* the date set off by a comma right after the cue, "on" or "in"
     * before it, is the cue's own aside, no clause of another event:
     * "The ceremony came four months after Pyongyang *admitted, on April
     * 28,* that …" */
    guint d = t0;
    if (d > 0 && (tok_is(run, d - 1, "on") || tok_is(run, d - 1, "in")))
        d--;
    if (d == c1 + 1 && g_array_index(run->toks, Tok, c1).kind == TOK_COMMA)
        return FALSE;
    for (guint k = c0; k > 1 && k + OFFSET_WORDS > c0; k--) {
        if (g_array_index(run->toks, Tok, k - 1).kind != TOK_WORD)
            return FALSE;
        if (!(tok_is(run, k - 1, "after") || tok_is(run, k - 1, "before"))
            || !offset_between(run, k - 2, k))
            continue;
        guint p = k - 2;
        for (guint w = 0; w < 4 && p > 0 && g_array_index(run->toks, Tok, p - 1).kind == TOK_WORD; w++)
            p--;
        return p == 0 || g_array_index(run->toks, Tok, p - 1).kind != TOK_WORD;
    }
    return FALSE;
}

/* Does a verb that stands for an earlier one end right before the date
 * at token @t0, "on" or "in" between ("did so on", "followed suit in",
 * "did the same on")? */
static gboolean
anaphoric_verb(const CcFrameRun *run, guint t0)
{
    guint k = t0;
    if (k > 0 && (tok_is(run, k - 1, "on") || tok_is(run, k - 1, "in")))
        k--;
    if (k < 2)
        return FALSE;
    return (tok_is(run, k - 1, "so")
            && (tok_is(run, k - 2, "did") || tok_is(run, k - 2, "does")))
           || (tok_is(run, k - 1, "suit") && tok_is(run, k - 2, "followed"))
           || (k >= 3 && tok_is(run, k - 1, "same") && tok_is(run, k - 2, "the")
               && tok_is(run, k - 3, "did"));
}

/* Is token @t a noun a date before it may modify: a lower-case word that
 * is no function word, verb of being or adverb of time ("the December
 * *losses*", not "the December *when* …" or "in the spring *of* 2025")? */
static gboolean
attributive_noun(const CcFrameRun *run, guint t)
{
    static const Word not_nouns[] = {
        WORD("of"),      WORD("and"),     WORD("or"),     WORD("but"),    WORD("to"),
        WORD("in"),      WORD("on"),      WORD("at"),     WORD("by"),     WORD("for"),
        WORD("from"),    WORD("with"),    WORD("when"),   WORD("that"),   WORD("which"),
        WORD("who"),     WORD("as"),      WORD("after"),  WORD("before"), WORD("until"),
        WORD("since"),   WORD("through"), WORD("during"), WORD("was"),    WORD("were"),
        WORD("is"),      WORD("are"),     WORD("be"),     WORD("been"),   WORD("had"),
        WORD("has"),     WORD("have"),    WORD("did"),    WORD("would"),  WORD("will"),
        WORD("could"),   WORD("also"),    WORD("then"),   WORD("alone"),  WORD("itself"),
        WORD("onwards"), WORD("onward"),  WORD("last"),   WORD("this"),   WORD("next"),
        WORD("the"),     WORD("a"),       WORD("an"),     WORD("its"),    WORD("their"),
        WORD("his"),     WORD("her"),     WORD("more"),   WORD("than")};
    if (t >= run->toks->len)
        return FALSE;
    const Tok *k = &g_array_index(run->toks, Tok, t);
    if (k->kind != TOK_WORD || !g_ascii_islower(run->text[k->start]))
        return FALSE;
    return !tok_in(run, t, not_nouns, G_N_ELEMENTS(not_nouns));
}

/* Does "later", "afterwards" or "subsequently" stand right by the hit @h,
 * told after the date ending at token @t1 ("reinforcements *arrived
 * later*", "*later reached* the front")? */
static gboolean
set_later(const CcFrameRun *run, const Hit *h, guint t1)
{
    if (h == NULL || h->t0 < t1)
        return FALSE;
    if (h->t1 < run->toks->len
        && (tok_is(run, h->t1, "later") || tok_is(run, h->t1, "afterwards")
            || tok_is(run, h->t1, "afterward")))
        return TRUE;
    return h->t0 > t1
           && (tok_is(run, h->t0 - 1, "later") || tok_is(run, h->t0 - 1, "subsequently")
               || tok_is(run, h->t0 - 1, "afterwards"));
}

static gboolean
tok_is_determiner(const CcFrameRun *run, guint t)
{
    static const Word dets[] = {WORD("the"),   WORD("its"),  WORD("their"), WORD("those"),
                                WORD("these"), WORD("some"), WORD("all")};
    return tok_in(run, t, dets, G_N_ELEMENTS(dets));
}

/* Do tokens from @t name a force already counted, with no figure of its
 * own: "its men", "their strength", "the contingent"? */
static gboolean
force_itself(const CcFrameRun *run, guint t)
{
    static const char *const nouns[] = {"men", "troops", "soldiers", "strength",
                                        "force", "forces", "contingent", "personnel"};
    gboolean own = tok_is(run, t, "its") || tok_is(run, t, "their");
    if (!own && !tok_is(run, t, "the"))
        return FALSE;
    /* "the deployed soldiers", "the dispatched troops", "the North Korean
     * force": men marked as the ones sent are the force counted before */
    guint u = t + 1;
    gboolean sent = FALSE;
    if (!own && (tok_is(run, u, "deployed") || tok_is(run, u, "dispatched"))) {
        u++;
        sent = TRUE;
    } else if (!own && tok_is(run, u, "north") && tok_is(run, u + 1, "korean")) {
        u += 2;
        sent = TRUE;
    }
    for (guint i = 0; i < G_N_ELEMENTS(nouns); i++)
        if (tok_is(run, u, nouns[i]))
            /* "the men" and "the troops" are any men; "the force" and
             * "the contingent" are one counted before */
            return own || sent || i >= 4;
    return FALSE;
}

/* Is token @t a lower-case word in -s, not -ss, of four letters or more:
 * a plural noun when nothing else knows it ("analysts")? */
static gboolean
plural_word(const CcFrameRun *run, guint t)
{
    if (t >= run->toks->len)
        return FALSE;
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    const char *w = run->text + tok->start;
    gsize n = tok->end - tok->start;
    if (tok->kind != TOK_WORD || n < 4 || !g_ascii_islower(w[0]))
        return FALSE;
    for (gsize i = 0; i < n; i++)
        if (!g_ascii_isalpha(w[i]))
            return FALSE;
    return w[n - 1] == 's' && w[n - 2] != 's';
}

/* Is token @t a lower-case word in -ing of five letters or more: a
 * participle ("tracking", "following")? */
static gboolean
participle_word(const CcFrameRun *run, guint t)
{
    if (t >= run->toks->len)
        return FALSE;
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    const char *w = run->text + tok->start;
    gsize n = tok->end - tok->start;
    return tok->kind == TOK_WORD && n >= 5 && g_ascii_islower(w[0])
           && g_ascii_strncasecmp(w + n - 3, "ing", 3) == 0;
}

/* Does a plural noun at @t, then a word that opens its topic, follow a
 * figure ("12 questions about North Korea's troops in Russia", "5 Things
 * to Know About …", "3 takeaways on …")? Such a noun no frame knows is the
 * figure's own, and the topic's nouns are no count of it. */
static gboolean
topic_noun_at(const CcFrameRun *run, guint t)
{
    static const char *const topic[] = {"about", "on", "regarding", "concerning", "surrounding",
                                        "behind", "why"};
    if (t + 1 >= run->toks->len)
        return FALSE;
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    const char *w = run->text + tok->start;
    gsize n = tok->end - tok->start;
    if (tok->kind != TOK_WORD || n < 4)
        return FALSE;
    for (gsize i = 0; i < n; i++)
        if (!g_ascii_isalpha(w[i]))
            return FALSE;
    if (g_ascii_tolower(w[n - 1]) != 's' || g_ascii_tolower(w[n - 2]) == 's')
        return FALSE;
    if (tok_is(run, t + 1, "to") && tok_is(run, t + 2, "know"))
        return TRUE;
    for (guint k = 0; k < G_N_ELEMENTS(topic); k++)
        if (tok_is(run, t + 1, topic[k]))
            return TRUE;
    return FALSE;
}

/* Is token @t a verb that tells a figure as someone's ("claimed",
 * "reported", "estimated"), so that the party after its "by" is a
 * speaker? */
static gboolean
claiming_verb(const CcFrameRun *run, guint t)
{
    static const Word verbs[] = {
        WORD("claimed"), WORD("reported"), WORD("cited"),     WORD("estimated"), WORD("announced"),
        WORD("alleged"), WORD("quoted"),   WORD("published"), WORD("released"),  WORD("tallied"),
        WORD("counted"), WORD("compiled"), WORD("put"),       WORD("given")};
    return tok_in(run, t, verbs, G_N_ELEMENTS(verbs));
}

/* Is token @t a verb of making ("made", "produced", "manufactured",
 * "built")? Where things were made is whose they are. */
static gboolean
maker_verb(const CcFrameRun *run, guint t)
{
    return tok_is(run, t, "produced") || tok_is(run, t, "made") || tok_is(run, t, "manufactured")
           || tok_is(run, t, "built");
}

static gboolean in_table(CcFrameRun *run, const char *table, guint t);

/* Does the word at @t follow "those", "ones" or "the" (not "of those",
 * nor "like", "as" or "than" those), directly or as the second of two
 * joined by "and" or "or" ("those killed or *wounded*")? It then names
 * other people than a figure before it. */
static gboolean
others_named(CcFrameRun *run, guint t, gboolean cue)
{
    if (t >= 3 && (tok_is(run, t - 1, "or") || tok_is(run, t - 1, "and")))
        t -= 2;
    if (t < 2)
        return FALSE;
    /* after "the", only a participle or an adjective standing for people
     * names them ("the dead", "the wounded", "those killed"); a noun is
     * the scene the figure is told in ("a new factor in *the war*", "on
     * *the front*"); a veto after "the" is another thing's whatever it
     * is ("by *the new* year") */
    if (cue && tok_is(run, t - 1, "the")) {
        const Tok *w = &g_array_index(run->toks, Tok, t);
        gsize n = w->end - w->start;
        if (!in_table(run, "adjectival", t)
            && !(w->kind == TOK_WORD && n > 3 && run->text[w->end - 2] == 'e'
                 && run->text[w->end - 1] == 'd'))
            return FALSE;
    }
    /* a comparison ("crates like those sent by Southland") keeps its
     * verb for the figure, as the cue of a kind of thing; so does a figure
     * counted among them, the cue after it ("about 250 soldiers from
     * Hyesan were *among those sent* to Russia") */
    return (tok_is(run, t - 1, "those") || tok_is(run, t - 1, "ones") || tok_is(run, t - 1, "the"))
           && !tok_is(run, t - 2, "of") && !tok_is(run, t - 2, "like")
           && !tok_is(run, t - 2, "as") && !tok_is(run, t - 2, "than")
           && !(cue && tok_is(run, t - 1, "those") && tok_is(run, t - 2, "among"));
}

/* Is token @t a word of a share with no figure ("most", "nearly all",
 * "the bulk", "a fraction")? */
static gboolean
share_word(const CcFrameRun *run, guint t)
{
    static const Word words[] = {
        WORD("most"), WORD("all"), WORD("half"), WORD("many"), WORD("some"), WORD("much"),
        WORD("nearly"), WORD("almost"), WORD("about"), WORD("roughly"), WORD("around"),
        WORD("virtually"), WORD("practically"), WORD("the"), WORD("bulk"), WORD("majority"),
        WORD("a"), WORD("third"), WORD("quarter"), WORD("few"), WORD("none"), WORD("several"),
        WORD("vast"), WORD("large"), WORD("share"), WORD("part"), WORD("two-thirds"),
        WORD("three-quarters"), WORD("one-third"), WORD("over"), WORD("more"), WORD("than"),
        /* "only a fraction of them went to Russia", "a handful of them" */
        WORD("fraction"), WORD("handful"), WORD("portion"), WORD("minority")};
    return tok_in(run, t, words, G_N_ELEMENTS(words));
}

/* Is the cue @h said of a share of the things, no figure named, after
 * token @from ("received 148 missiles and launched *most of them*", "some
 * 150 missiles, *almost all of which* have been fired")? Its object or
 * subject is that share, not the figure before it. */
static gboolean
share_of_them(const CcFrameRun *run, const Hit *h, guint from)
{
    /* after it: "launched most of them", "used up nearly all of them" */
    guint t = h->t1;
    if (tok_is(run, t, "up") || tok_is(run, t, "off"))
        t++;
    guint n = 0;
    while (n < 4 && share_word(run, t + n))
        n++;
    if (n > 0 && tok_is(run, t + n, "of")
        && (tok_is(run, t + n + 1, "them") || tok_is(run, t + n + 1, "those")
            || tok_is(run, t + n + 1, "these")))
        return TRUE;
    /* before it: "almost all of which have already been fired" */
    static const Word aux[] = {WORD("have"), WORD("has"),  WORD("had"),  WORD("been"),
                               WORD("already"), WORD("were"), WORD("was"), WORD("are"),
                               WORD("is"),   WORD("now"),  WORD("be"),   WORD("since")};
    t = h->t0;
    for (guint k = 0; k < 4 && t > 0 && tok_in(run, t - 1, aux, G_N_ELEMENTS(aux)); k++)
        t--;
    return t >= 3 && t - 3 >= from
           && (tok_is(run, t - 1, "which") || tok_is(run, t - 1, "them")
               || tok_is(run, t - 1, "those") || tok_is(run, t - 1, "these"))
           && tok_is(run, t - 2, "of") && share_word(run, t - 3);
}

/* Is the word at token @t the object of a verb of replacing, a possessive
 * "the", "those" or "these" between: "to replace *casualties*", "replaced its *losses*
 * with", "to make up for their *losses*", "to compensate for the *dead*",
 * or a participle right after one ("to replace every soldier *lost*")?
 * Those replaced are other people than the figure's. */
static gboolean
replaced_named(const CcFrameRun *run, guint t)
{
    /* or a participle right after such an object, what befell those
     * replaced: "to replace every soldier *lost*", "to replace the men
     * *killed* near Sudzha" */
    if (t >= 3 && g_array_index(run->toks, Tok, t - 1).kind == TOK_WORD) {
        guint d = t - 1;
        if (tok_is(run, d - 1, "every") || tok_is(run, d - 1, "each") || tok_is(run, d - 1, "its")
            || tok_is(run, d - 1, "their") || tok_is(run, d - 1, "the")
            || tok_is(run, d - 1, "those") || tok_is(run, d - 1, "these"))
            d--;
        if (d >= 1
            && (tok_is(run, d - 1, "replace") || tok_is(run, d - 1, "replaced")
                || tok_is(run, d - 1, "replacing") || tok_is(run, d - 1, "replaces")))
            return TRUE;
    }
    if (t >= 2 && (tok_is(run, t - 1, "its") || tok_is(run, t - 1, "their")
                   || tok_is(run, t - 1, "the") || tok_is(run, t - 1, "heavy")
                   || tok_is(run, t - 1, "those") || tok_is(run, t - 1, "these")))
        t--;
    if (t >= 1 && (tok_is(run, t - 1, "replace") || tok_is(run, t - 1, "replaced")
                   || tok_is(run, t - 1, "replacing") || tok_is(run, t - 1, "replaces")))
        return TRUE;
    return t >= 3 && tok_is(run, t - 1, "for")
           && ((tok_is(run, t - 2, "up")
                && (tok_is(run, t - 3, "make") || tok_is(run, t - 3, "made")
                    || tok_is(run, t - 3, "making")))
               || tok_is(run, t - 2, "compensate") || tok_is(run, t - 2, "compensated"));
}

/* Shares of a figure: "about a quarter of the 12,000 troops sent", and "of
 * the 12,000 troops Pyongyang dispatched, about a quarter …". The share's
 * value becomes the share of the figure, marked derived. A share with no
 * figure to take it of counts nothing and stays a bare fraction. */
/* Words that never stand in the noun phrase of "one soldier in five":
 * a verb, an auxiliary or a preposition between "one" and "in" makes the
 * "in" a clause's own ("one was killed in 20 attacks"). */
static const char *const ratio_stops[] = {"was", "is", "were", "are", "has", "have", "had",
                                          "died", "of", "and", "or", "to", "the", "a",
                                          "at", "on", "by", "from", "for", "with"};

/* The token of the "in" of a ratio told with the figure @v ending before
 * token @t1: right after it ("one in three"), or after up to three words
 * of the noun the ratio counts when the figure is one ("one soldier in
 * five", "one North Korean soldier in 20"); else G_MAXUINT. */
static guint
ratio_in(const CcFrameRun *run, const CcValue *v, guint t1)
{
    if (tok_is(run, t1, "in"))
        return t1;
    if (v->low != 1.0)
        return G_MAXUINT;
    for (guint t = t1; t < t1 + 3 && t < run->toks->len; t++) {
        const Tok *w = &g_array_index(run->toks, Tok, t);
        if (w->kind != TOK_WORD || !g_ascii_isalpha(run->text[w->start]))
            return G_MAXUINT;
        for (guint k = 0; k < G_N_ELEMENTS(ratio_stops); k++)
            if (tok_is(run, t, ratio_stops[k]))
                return G_MAXUINT;
        if (tok_is(run, t + 1, "in"))
            return t + 1;
    }
    return G_MAXUINT;
}

/* The divisor of the ratio whose figure is mention @i and whose "in" is
 * token @tin (ratio_in()): the plain figure above it right after the
 * "in". A ratio whose noun stands between ("one soldier in five") ends
 * at its divisor: a noun right after it makes the "in" a clause's own
 * ("one soldier died in 20 raids" is no ratio), so only the end, a
 * mark, "of" or a verb of being or having may follow. Returns the
 * divisor's index in @mentions, or G_MAXUINT. */
static guint
ratio_divisor(const CcFrameRun *run, const GArray *mentions, guint i, guint tin)
{
    static const char *const after[] = {"of", "has", "have", "had", "is", "was", "were", "are"};
    const CcMention *f = &g_array_index(mentions, CcMention, i);
    for (guint j = 0; j < mentions->len; j++) {
        const CcMention *d = &g_array_index(mentions, CcMention, j);
        if (j == i || d->type != CC_CLAIM_QUANTITY || d->value.unit != NULL
            || tok_at(run->toks, d->start) != tin + 1 || !d->value.has_low
            || d->value.low != d->value.high || d->value.low <= f->value.low)
            continue;
        guint ta = tok_at(run->toks, d->end - 1) + 1;
        if (tin == tok_at(run->toks, f->end - 1) + 1 || ta >= run->toks->len
            || g_array_index(run->toks, Tok, ta).kind != TOK_WORD)
            return j;
        for (guint k = 0; k < G_N_ELEMENTS(after); k++)
            if (tok_is(run, ta, after[k]))
                return j;
        return G_MAXUINT;
    }
    return G_MAXUINT;
}

/* The token after a percent sign or word that follows the figure @f, whose
 * next token is @t1 ("40%", "40 %" as French and German style sets it, "30
 * percent", "30 per cent"), or @t1 for none. */
static guint
percent_after(CcFrameRun *run, const CcMention *f, guint t1)
{
    if (t1 >= run->toks->len)
        return t1;
    const Tok *t = &g_array_index(run->toks, Tok, t1);
    if ((t->start == f->end || (t->start == f->end + 1 && run->text[f->end] == ' '))
        && run->text[t->start] == '%')
        return t1 + 1;
    if (tok_is(run, t1, "percent") || tok_is(run, t1, "pct"))
        return t1 + 1;
    if (tok_is(run, t1, "per") && tok_is(run, t1 + 1, "cent"))
        return t1 + 2;
    return t1;
}

static guint out_of_part(CcFrameRun *run, const GArray *mentions, guint self);

/* @x to nine significant digits: a product of a fraction the lexicon
 * writes to ten digits ("third" = 0.3333333333) is the round figure it
 * stands for ("a third of the 12,000" is 4,000, not 3,999.9999996). */
static double
tidy_product(double x)
{
    if (x == 0 || !isfinite(x))
        return x;
    double m = pow(10, 9 - ceil(log10(fabs(x))));
    return isfinite(m) && m > 0 ? round(x * m) / m : x;
}

/* The share @v (times @scale: 0.01 for a percentage) of the figure @base,
 * derived, with the share and its base kept. */
static CcValue
share_value(const CcValue *base, const CcValue *v, double scale)
{
    CcValue d = *base;
    d.low = tidy_product(base->low * v->low * scale);
    d.has_high = base->has_high && v->has_high;
    d.high = d.has_high ? tidy_product(base->high * v->high * scale) : 0;
    d.approx = v->approx || base->approx;
    d.vague = v->vague || base->vague;
    d.low_strict = v->low_strict;
    d.high_strict = FALSE;
    d.derived = TRUE;
    d.orig_unit = NULL;
    d.has_share = TRUE;
    d.share_low = v->low * scale;
    d.share_high = v->has_high ? v->high * scale : 1.0;
    d.share_of_low = base->low;
    d.share_of_high = base->has_high ? base->high : base->low;
    return d;
}

static gboolean figure_between(const CcFrameRun *run, const GArray *mentions, guint self, guint a,
                               guint b);

static guint copula_at(const CcFrameRun *run, guint t);

/* Is there, after token @t and before the clause's end, a copula followed
 * by a proper name ("… originated from North Korea", "… were North
 * Korean")? */
static gboolean
named_after_copula(CcFrameRun *run, guint t)
{
    for (; t < run->toks->len; t++) {
        const Tok *tok = &g_array_index(run->toks, Tok, t);
        if (tok->kind == TOK_BREAK)
            return FALSE;
        guint n = copula_at(run, t);
        if (n > 0) {
            guint u = t + n;
            if (u < run->toks->len && tok_is(run, u, "of"))
                u++;
            return u < run->toks->len && g_array_index(run->toks, Tok, u).kind == TOK_WORD
                   && g_ascii_isupper(run->text[g_array_index(run->toks, Tok, u).start]);
        }
    }
    return FALSE;
}

/* Where the whole's figure stands after the "of" at token @of: past a
 * determiner ("of *the* 12,000") or an article and a word of a plan or
 * forecast ("of *a planned* 12,000", "of *an expected* 10,000", "of *the
 * planned* 12,000"), or a possessive name ("of *Pyongyang's* 11,000"). */
static guint
whole_after_of(CcFrameRun *run, guint of)
{
    guint at = of + 1;
    gboolean article = tok_is(run, at, "a") || tok_is(run, at, "an") || tok_is(run, at, "the");
    if (article) {
        static const char *const plans[] = {"planned", "expected", "promised", "projected",
                                            "intended"};
        for (guint k = 0; k < G_N_ELEMENTS(plans); k++)
            if (tok_is(run, at + 1, plans[k]))
                return at + 2;
    }
    if (tok_is_determiner(run, at))
        at++;
    /* or past a possessive name, capitalized words the last of which
     * ends in 's: "of *Pyongyang's* estimated 11,000", "of *North Korea's*
     * 12,000", "of *the North's* 11,000"; or one lower-case word in 's
     * after the determiner: "of the *tyrant's* 12,000" */
    for (guint k = at; k < at + 4 && k < run->toks->len; k++) {
        const Tok *w = &g_array_index(run->toks, Tok, k);
        if (w->kind != TOK_WORD)
            break;
        if (!g_ascii_isupper(run->text[w->start])
            && !(k == at && at > of + 1 && possessive(run->text, w) > 0))
            break;
        if (possessive(run->text, w) > 0)
            return k + 1;
    }
    return at;
}

/* Does a verb that sets one size equal to another stand right before
 * token @s0: "amount to", "amounts to", "come to", "represent",
 * "equal", "constitute", "make up"? */
static gboolean
equated_before(const CcFrameRun *run, guint s0)
{
    static const Word to_verbs[] = {WORD("amount"), WORD("amounts"), WORD("amounted"),
                                    WORD("amounting"), WORD("come"), WORD("comes"),
                                    WORD("came")};
    static const Word verbs[] = {WORD("represent"), WORD("represents"), WORD("represented"),
                                 WORD("representing"), WORD("equal"), WORD("equals"),
                                 WORD("equalled"), WORD("equaled"), WORD("equalling"),
                                 WORD("equaling"), WORD("constitute"), WORD("constitutes"),
                                 WORD("constituted")};
    if (s0 >= 2 && tok_is(run, s0 - 1, "to") && tok_in(run, s0 - 2, to_verbs, G_N_ELEMENTS(to_verbs)))
        return TRUE;
    if (s0 >= 1 && tok_in(run, s0 - 1, verbs, G_N_ELEMENTS(verbs)))
        return TRUE;
    return s0 >= 2 && tok_is(run, s0 - 1, "up")
           && (tok_is(run, s0 - 2, "make") || tok_is(run, s0 - 2, "makes")
               || tok_is(run, s0 - 2, "made"));
}

/* Products: a count of units and the size each holds, "two brigades of
 * 6,000 each", "four brigades of about 3,000 troops apiece", "three
 * regiments, each of about 2,500 soldiers": the count's value becomes the
 * count times the size, marked derived, with the count (the factor) and
 * the size kept; the size itself stays a figure of its own (a part, scope
 * batch). The units are a word of `formation_nouns` after the count, up
 * to three words between ("two North Korean brigades"), the count a whole
 * number from 2 to 20 stated exactly; the size follows "of", its
 * noun (up to three words) then "each" or "apiece", or a comma and "each"
 * ("each of", "each numbering", "each consisting of", "each comprising"). */
static void
find_products(CcFrameRun *run, GArray *mentions)
{
    const Dict *formations = dict_of(run, "formation_nouns");
    if (formations == NULL)
        return;
    const GArray *units = hits_of(run, formations, "formation_nouns");
    static const Word leads[] = {WORD("of"), WORD("numbering"), WORD("comprising")};
    static const Word each[] = {WORD("each"), WORD("apiece")};
    if (units->len == 0)
        return;
    for (guint i = 0; i < mentions->len; i++) {
        CcMention *n = &g_array_index(mentions, CcMention, i);
        const CcValue *nv = &n->value;
        if (n->type != CC_CLAIM_QUANTITY || nv->unit != NULL || !nv->has_low || !nv->has_high
            || nv->low != nv->high || nv->low < 2 || nv->low > 20 || nv->low != floor(nv->low)
            || nv->approx || nv->vague || n->fraction)
            continue;
        guint t1 = tok_at(run->toks, n->end - 1) + 1, u1 = 0;
        for (guint k = 0; k < units->len; k++) {
            const Hit *h = &g_array_index(units, Hit, k);
            gboolean words = h->t0 >= t1 && h->t0 <= t1 + 3;
            for (guint w = t1; words && w < h->t0; w++)
                words = g_array_index(run->toks, Tok, w).kind == TOK_WORD;
            if (words && h->t1 > u1)
                u1 = h->t1;
        }
        if (u1 == 0 || u1 >= run->toks->len)
            continue;
        /* where the size must start, and whether "each" must follow it */
        guint at = G_MAXUINT;
        gboolean each_after = FALSE;
        if (tok_is(run, u1, "of")) {
            at = u1 + 1;
            each_after = TRUE;
        } else if (g_array_index(run->toks, Tok, u1).kind == TOK_COMMA && tok_is(run, u1 + 1, "each")) {
            at = u1 + 2;
            if (tok_in(run, at, leads, G_N_ELEMENTS(leads)))
                at++;
            else if (tok_is(run, at, "consisting") && tok_is(run, at + 1, "of"))
                at += 2;
        }
        if (at == G_MAXUINT)
            continue;
        for (guint j = 0; j < mentions->len; j++) {
            CcMention *e = &g_array_index(mentions, CcMention, j);
            if (j == i || e->type != CC_CLAIM_QUANTITY || tok_at(run->toks, e->start) != at
                || !e->value.has_low || e->fraction || e->value.has_share)
                continue;
            if (each_after) {
                guint k = tok_at(run->toks, e->end - 1) + 1, w = 0;
                while (k < run->toks->len && w < 3 && !tok_in(run, k, each, G_N_ELEMENTS(each))
                       && g_array_index(run->toks, Tok, k).kind == TOK_WORD) {
                    k++;
                    w++;
                }
                if (!tok_in(run, k, each, G_N_ELEMENTS(each)))
                    break;
            }
            const CcValue *ev = &e->value;
            CcValue d = *ev;
            double f = nv->low;
            d.low = tidy_product(ev->low * f);
            d.high = ev->has_high ? tidy_product(ev->high * f) : 0;
            d.orig_low = d.low;
            d.orig_high = d.high;
            d.orig_unit = NULL;
            d.derived = TRUE;
            d.has_from = FALSE;
            d.has_product = TRUE;
            d.product_factor = f;
            d.product_of_low = ev->low;
            d.product_of_high = ev->has_high ? ev->high : ev->low;
            n->value = d;
            break;
        }
    }
}

/* Is the mention @p a part of the whole a fronted "Of [the] BASE" (its
 * "of" at token @of) names, with no "of" of its own after it ("Of the
 * roughly 11,000 soldiers sent, as many as *40 percent* have been killed
 * or wounded")? A percentage so set is a share of that whole, as "40
 * percent of the 11,000" is. */
static gboolean
fronted_whole_part(CcFrameRun *run, const GArray *mentions, guint of, const CcMention *p)
{
    if (of == G_MAXUINT || p->part_of == G_MAXUINT)
        return FALSE;
    const CcMention *b = &g_array_index(mentions, CcMention, p->part_of);
    return tok_at(run->toks, b->start) == whole_after_of(run, of);
}

static void
find_fractions(CcFrameRun *run, GArray *mentions)
{
    /* "Of [the] BASE …, FIGURE …" or "Out of [the] BASE …, FIGURE …":
     * every later figure is a part of BASE; the "of" opens the sentence or
     * a clause after a heading ("09:12 Air force: of 15 missiles launched
     * overnight, two were KN-23s") */
    guint of = G_MAXUINT;
    for (guint k = 0; k < run->toks->len && of == G_MAXUINT; k++) {
        if (k > 0 && g_array_index(run->toks, Tok, k - 1).kind != TOK_BREAK)
            continue;
        /* or "Out of [the] BASE …, FIGURE …" */
        if (tok_is(run, k, "out") && tok_is(run, k + 1, "of"))
            of = k + 1;
        else if (tok_is(run, k, "of"))
            of = k;
    }
    if (of != G_MAXUINT) {
        guint at = whole_after_of(run, of);
        guint base = G_MAXUINT;
        for (guint j = 0; j < mentions->len && base == G_MAXUINT; j++) {
            const CcMention *b = &g_array_index(mentions, CcMention, j);
            if (b->type == CC_CLAIM_QUANTITY && tok_at(run->toks, b->start) == at)
                base = j;
        }
        for (guint j = 0; base != G_MAXUINT && j < mentions->len; j++) {
            CcMention *p = &g_array_index(mentions, CcMention, j);
            if (j != base && p->type == CC_CLAIM_QUANTITY
                && p->start > g_array_index(mentions, CcMention, base).end) {
                p->part_of = base;
                g_array_index(mentions, CcMention, base).is_base = TRUE;
            }
        }
    }
    /* "Two of the five missiles that struck Kharkiv were North Korean": a
     * whole number right before "of [the] M", M a larger one, is a part of
     * M; so is a range whose top is below M ("*Nearly 600* of the 15,000
     * troops Pyongyang has sent to Russia have been killed") */
    for (guint j = 0; j < mentions->len; j++) {
        CcMention *p = &g_array_index(mentions, CcMention, j);
        if (p->type != CC_CLAIM_QUANTITY || p->part_of != G_MAXUINT || p->value.unit != NULL
            || !p->value.has_low || p->value.low < 1.0)
            continue;
        guint pt1 = tok_at(run->toks, p->end - 1) + 1;
        /* "two out of the five missiles … originated from North Korea":
         * only where a copula and a name follow the whole, for "3,800 out
         * of the 12,000 who arrived were killed" is a count of its own */
        gboolean out = tok_is(run, pt1, "out") && tok_is(run, pt1 + 1, "of");
        if (out)
            pt1++;
        /* the part may name its own things before "of": "the first
         * 1,500 soldiers of a planned 12,000", "about 4,000 soldiers of
         * the 11,000 North Korea sent" (one or two lower-case words) */
        gboolean own_noun = FALSE;
        for (guint w = 0; !out && w < 2 && !tok_is(run, pt1, "of") && pt1 < run->toks->len; w++) {
            const Tok *n = &g_array_index(run->toks, Tok, pt1);
            if (n->kind != TOK_WORD || !g_ascii_islower(run->text[n->start]))
                break;
            pt1++;
            own_noun = TRUE;
        }
        if (!tok_is(run, pt1, "of"))
            continue;
        /* with its own noun, only a whole in figures set off as one
         * (a determiner or a plan before it): "1,500 soldiers of the
         * 11th Corps" names no whole */
        if (own_noun && whole_after_of(run, pt1) == pt1 + 1)
            continue;
        guint at = whole_after_of(run, pt1);
        if (out && !named_after_copula(run, at))
            continue;
        for (guint i = 0; i < mentions->len; i++) {
            CcMention *b = &g_array_index(mentions, CcMention, i);
            if (i != j && b->type == CC_CLAIM_QUANTITY && b->value.unit == NULL
                && tok_at(run->toks, b->start) == at && b->value.has_low
                && b->value.low > (p->value.has_high ? p->value.high : p->value.low)) {
                p->part_of = i;
                b->is_base = TRUE;
                break;
            }
        }
    }
    /* "… 3,800 killed or wounded out of the 12,000 who arrived": a figure
     * after "out of" is the whole of one before it, and keeps to its own
     * noun phrase */
    for (guint j = 0; j < mentions->len; j++)
        if (out_of_part(run, mentions, j) != G_MAXUINT)
            g_array_index(mentions, CcMention, j).is_base = TRUE;
    /* "Russia fired 11 ballistic missiles overnight, at least two of them
     * North Korean": a count "of them" and a proper name is a part of the
     * figure before it */
    for (guint j = 1; j < mentions->len; j++) {
        CcMention *p = &g_array_index(mentions, CcMention, j);
        guint pt1 = tok_at(run->toks, p->end - 1) + 1;
        if (p->type != CC_CLAIM_QUANTITY || p->part_of != G_MAXUINT || !p->value.has_low
            || p->value.low < 1.0 || p->value.unit != NULL || !tok_is(run, pt1, "of")
            || !(tok_is(run, pt1 + 1, "them") || tok_is(run, pt1 + 1, "those"))
            || pt1 + 2 >= run->toks->len)
            continue;
        /* only where a proper name says whose they are, no verb or noun of
         * their own ("3,000 of them killed") */
        const Tok *w = &g_array_index(run->toks, Tok, pt1 + 2);
        if (w->kind != TOK_WORD || !g_ascii_isupper(run->text[w->start]))
            continue;
        for (guint i = j; i-- > 0;) {
            CcMention *b = &g_array_index(mentions, CcMention, i);
            if (b->type == CC_CLAIM_QUANTITY && b->end <= p->start && b->value.unit == NULL) {
                p->part_of = i;
                b->is_base = TRUE;
                break;
            }
        }
    }
    for (guint i = 0; i < mentions->len; i++) {
        CcMention *f = &g_array_index(mentions, CcMention, i);
        CcValue *v = &f->value;
        guint t1 = tok_at(run->toks, f->end - 1) + 1;
        /* a share: a fraction, or a percentage of something ("40% of the
         * 11,000 troops", "some 30 percent of its men") */
        double scale = 1.0;
        if (f->type == CC_CLAIM_QUANTITY && v->unit == NULL) {
            guint p = percent_after(run, f, t1);
            if (p > t1 && (tok_is(run, p, "of") || fronted_whole_part(run, mentions, of, f))) {
                f->end = g_array_index(run->toks, Tok, p - 1).end;
                t1 = p;
                scale = 0.01;
            } else if (p > t1) {
                /* a percentage of nothing named is no count: "have suffered
                 * nearly 40% casualties" counts no casualties */
                f->end = g_array_index(run->toks, Tok, p - 1).end;
                v->unit = g_intern_static_string("percent");
                continue;
            }
        }
        if (f->type == CC_CLAIM_QUANTITY && g_strcmp0(v->unit, "percent") == 0
            && (tok_is(run, t1, "of") || fronted_whole_part(run, mentions, of, f)))
            scale = 0.01;
        else if (scale == 1.0 && (f->type != CC_CLAIM_QUANTITY || v->unit != NULL))
            continue;
        /* "one in three of the 12,000 soldiers": the share is one of three */
        guint in_of = G_MAXUINT;
        if (scale == 1.0 && v->has_low && v->has_high && v->low == v->high && v->low >= 1
            && ratio_in(run, v, t1) != G_MAXUINT) {
            in_of = ratio_divisor(run, mentions, i, ratio_in(run, v, t1));
            if (in_of == G_MAXUINT)
                continue;
            CcMention *d = &g_array_index(mentions, CcMention, in_of);
            v->low = v->high = v->low / d->value.low;
            f->end = d->end;
            t1 = tok_at(run->toks, d->end - 1) + 1;
            /* the divisor is no figure of its own: a share of nothing */
            d->fraction = TRUE;
            d->fraction_of = G_MAXUINT;
        }
        /* "One of the captured soldiers said …", "a single one of the 2
         * million shells": one picked out of them, no count of its own */
        if (scale == 1.0 && in_of == G_MAXUINT && v->has_high && v->low == 1.0
            && v->high == 1.0 && tok_is(run, t1, "of")) {
            f->fraction = TRUE;
            continue;
        }
        /* a share with an open top ("more than 40% of the 11,000") or an
         * open bottom ("up to 80 percent of their men"); one is no share
         * ("One North Korean soldier taken prisoner") */
        /* "more than half of the missiles": a fraction open above is a
         * share, as "more than 40% of" is, not a count of one half */
        /* (and "more than half the force", "more than half the 11,000":
         * the article leads to the base as "of the" does) */
        gboolean open_fraction = !v->has_high && scale == 1.0 && v->has_low && v->low > 0.0
                                 && v->low < 1.0
                                 && (tok_is(run, t1, "of") || tok_is(run, t1, "the"));
        /* a sentence that opens "Of them,", "Of those," or "Of these,"
         * gives the share after it, a word or two at most between, the
         * base "of them" gives after it: the figure claimed in one of the
         * two sentences before ("North Korea has sent some 12,000 soldiers.
         * *Of those,* perhaps a third have been killed or wounded") */
        guint fs0 = tok_at(run->toks, f->start);
        if (scale == 1.0 && v->has_low && v->low > 0.0 && v->low < 1.0
            && (!v->has_high || v->high <= 1.0) && !open_fraction && fs0 >= 3 && fs0 <= 5 && tok_is(run, 0, "of")
            && (tok_is(run, 1, "them") || tok_is(run, 1, "those") || tok_is(run, 1, "these"))
            && g_array_index(run->toks, Tok, 2).kind == TOK_COMMA
            && !figure_between(run, mentions, i, 0, fs0)) {
            gboolean words = TRUE;
            for (guint k = 3; k < fs0; k++)
                if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
                    words = FALSE;
            for (guint k = 1; words && k < 3; k++)
                if (run->has_figure[k]) {
                    f->fraction = TRUE;
                    f->share_of_earlier = TRUE;
                    f->value = share_value(&run->figure[k], v, scale);
                    break;
                }
            if (f->share_of_earlier)
                continue;
        }
        /* and with no base after it ("deliveries have fallen by more than
         * half"), a share of nothing named: no count of a half */
        if (!v->has_high && scale == 1.0 && v->has_low && v->low > 0.0 && v->low < 1.0
            && !open_fraction) {
            f->fraction = TRUE;
            f->fraction_of = G_MAXUINT;
            continue;
        }
        if (!v->has_low || v->low < 0.0 || (v->low == 0.0 && !(v->has_high && v->high > 0.0))
            || (!v->has_high && scale == 1.0 && !open_fraction)
            || (v->has_high && v->high * scale > 1.0)
            || (scale == 1.0 && in_of == G_MAXUINT && v->low >= 1.0)) {
            /* a percentage read as no share is still no count: "less than
             * 1 per cent of its strength" counts no soldiers */
            if (scale != 1.0)
                v->unit = g_intern_static_string("percent");
            continue;
        }
        f->fraction = TRUE;
        guint base = G_MAXUINT;
        /* FRACTION of them: the figure before it ("put losses at 4,200 and
         * said two-thirds of them were killed"), as of the force itself
         * ("The force, numbering about 11,000, has lost a third of its
         * men") */
        guint s0 = tok_at(run->toks, f->start);
        /* and of the figure a relative clause leads back to: "11,000 men,
         * about a third of whom were killed", "11,000 men, of whom about
         * a third were killed" */
        /* ("half its men", "nearly half their strength": "half" takes its
         * base with no "of", as "half the 11,000" does) */
        gboolean half_own = scale == 1.0 && t1 >= 1 && tok_is(run, t1 - 1, "half")
                            && (tok_is(run, t1, "its") || tok_is(run, t1, "their"))
                            && force_itself(run, t1);
        gboolean of_force = (tok_is(run, t1, "of")
                             && (tok_is(run, t1 + 1, "them") || tok_is(run, t1 + 1, "those")
                                 || tok_is(run, t1 + 1, "these") || tok_is(run, t1 + 1, "whom")
                                 || force_itself(run, t1 + 1)))
                            || half_own
                            || (s0 >= 2 && tok_is(run, s0 - 1, "whom") && tok_is(run, s0 - 2, "of"));
        /* "about 4,000 casualties, *or* roughly a third of its strength":
         * the share restates the figure before as a part of the force, and
         * counts nothing of its own */
        if (of_force && s0 >= 2 && tok_is(run, s0 - 1, "or")
            && g_array_index(run->toks, Tok, s0 - 2).kind == TOK_COMMA)
            continue;
        /* and so does one set right after the comma or a dash that opens
         * an aside, in apposition to a count before it in the sentence,
         * when it names the force itself ("on the order of 4,000 killed
         * and wounded, roughly a third of the force it committed",
         * "roughly 4,000 casualties — nearly 40% of the force —"; not
         * "11,000 men, a third of whom …", a part of them) */
        if (of_force && s0 >= 1
            && (g_array_index(run->toks, Tok, s0 - 1).kind == TOK_COMMA || tok_is_dash(run, s0 - 1))
            && tok_is(run, t1, "of") && force_itself(run, t1 + 1)
            && figure_between(run, mentions, i, 0, s0))
            continue;
        /* so does a share of the force that a verb of measure sets a
         * figure before it in the sentence equal to ("the toll of 4,000
         * casualties would *amount to* more than a third of the force"),
         * or the count the sentence before told, pointed back at ("That
         * would *represent* a quarter of the contingent"); "Losses now
         * amount to a third of the force" after the force's size is the
         * toll's share of it */
        if (of_force && !tok_is(run, t1 + 1, "them") && !tok_is(run, t1 + 1, "those")
            && !tok_is(run, t1 + 1, "these") && equated_before(run, s0)
            && (figure_between(run, mentions, i, 0, s0) || tok_is(run, 0, "that")
                || tok_is(run, 0, "this") || tok_is(run, 0, "it")))
            continue;
        if (of_force) {
            for (guint j = 0; j < mentions->len; j++) {
                const CcMention *b = &g_array_index(mentions, CcMention, j);
                if (j != i && b->type == CC_CLAIM_QUANTITY && b->end <= f->start
                    && b->value.unit == NULL)
                    base = j;
            }
        }
        /* a base "of them" points back at from a later clause keeps its
         * own clause, up to the comma or semicolon before the share: "About
         * 14,000 troops have been sent to Russia, with about a third of
         * them killed" (not "11,000 men, a third of whom …") */
        guint clause_end = 0;
        if (of_force && base != G_MAXUINT && tok_is(run, t1, "of")
            && (tok_is(run, t1 + 1, "them") || tok_is(run, t1 + 1, "those")
                || tok_is(run, t1 + 1, "these"))) {
            guint bt1 = tok_at(run->toks, g_array_index(mentions, CcMention, base).end - 1) + 1;
            for (guint k = s0; k > bt1 + 1 && clause_end == 0; k--) {
                const Tok *c = &g_array_index(run->toks, Tok, k - 1);
                if (c->kind == TOK_COMMA
                    || (c->kind == TOK_BREAK && run->text[c->start] == ';'))
                    clause_end = k - 1;
                else if (c->kind != TOK_WORD)
                    break;
            }
        }
        /* FRACTION of [the] BASE, FRACTION the BASE ("half the 11,000"); a
         * speaker's own unit is a base too ("about half of *his* 10-man
         * squad") */
        if (tok_is(run, t1, "of") || tok_is(run, t1, "the")) {
            gboolean det = tok_is_determiner(run, t1 + 1) || tok_is(run, t1 + 1, "his")
                           || tok_is(run, t1 + 1, "her") || tok_is(run, t1 + 1, "our")
                           || tok_is(run, t1 + 1, "my");
            guint at = tok_is(run, t1, "the") ? t1 + 1 : t1 + 1 + (det ? 1 : 0);
            for (guint j = 0; j < mentions->len && base == G_MAXUINT; j++) {
                const CcMention *b = &g_array_index(mentions, CcMention, j);
                if (j != i && b->type == CC_CLAIM_QUANTITY && tok_at(run->toks, b->start) == at)
                    base = j;
            }
        }
        /* Of [the] BASE …, FRACTION: the base opens the sentence (or
         * "Out of", or a possessive for "the") */
        if (base == G_MAXUINT && of != G_MAXUINT) {
            guint at = whole_after_of(run, of);
            for (guint j = 0; j < mentions->len && base == G_MAXUINT; j++) {
                const CcMention *b = &g_array_index(mentions, CcMention, j);
                if (j != i && b->type == CC_CLAIM_QUANTITY && b->start < f->start
                    && tok_at(run->toks, b->start) == at)
                    base = j;
            }
        }
        /* "Nearly half of them", with no figure before it in the sentence:
         * the figure claimed in one of the two sentences before; so is a
         * share of the force itself, "some 30 percent of its men", "a
         * third of the contingent" */
        if (base == G_MAXUINT
            && ((tok_is(run, t1, "of")
                 && (tok_is(run, t1 + 1, "them") || tok_is(run, t1 + 1, "those")
                     || tok_is(run, t1 + 1, "these") || force_itself(run, t1 + 1)))
                || half_own)
            && !figure_between(run, mentions, i, 0, tok_at(run->toks, f->start))) {
            for (guint k = 1; k < 3; k++)
                if (run->has_figure[k]) {
                    f->share_of_earlier = TRUE;
                    f->value = share_value(&run->figure[k], v, scale);
                    break;
                }
            continue;
        }
        if (base == G_MAXUINT)
            continue;
        CcMention *b = &g_array_index(mentions, CcMention, base);
        if (b->fraction || !b->value.has_low)
            continue;
        /* "more than 5,500 casualties …, or roughly half of the 11,000
         * troops it sent": a share after ", or" restates a figure before it
         * as a part of its base; the base is still the whole, and the share
         * counts nothing of its own; so does one set right after the
         * comma, in apposition ("over 6,000 casualties in Kursk Oblast,
         * more than half of the approximately 11,000 personnel initially
         * deployed there") */
        gboolean apposed = s0 >= 1 && g_array_index(run->toks, Tok, s0 - 1).kind == TOK_COMMA
                           && b->start > f->start;
        /* … or, with no figure before it, a toll's noun right before the
         * comma ("has suffered heavy losses, more than half of its
         * 11,000-strong force", "heavy casualties, likely over half of
         * the 11,000 troops deployed"): the share measures the toll, no
         * force */
        guint sp = s0; /* past a hedge's adverb: "…, likely over half of" */
        if (sp >= 3 && (tok_is(run, sp - 1, "likely") || tok_is(run, sp - 1, "probably")
                        || tok_is(run, sp - 1, "possibly") || tok_is(run, sp - 1, "perhaps")))
            sp--;
        if (b->start > f->start && sp >= 2
            && g_array_index(run->toks, Tok, sp - 1).kind == TOK_COMMA
            && (tok_is(run, sp - 2, "losses") || tok_is(run, sp - 2, "casualties"))) {
            b->is_base = TRUE;
            continue;
        }
        if (((s0 >= 2 && tok_is(run, s0 - 1, "or")
              && g_array_index(run->toks, Tok, s0 - 2).kind == TOK_COMMA)
             || apposed)
            && figure_between(run, mentions, i, 0, s0)) {
            b->is_base = TRUE;
            continue;
        }
        f->fraction_of = base;
        b->is_base = TRUE;
        if (clause_end > 0 && (b->base_clause_end == 0 || clause_end < b->base_clause_end))
            b->base_clause_end = clause_end;
        f->value = share_value(&b->value, v, scale);
    }
}

/* ---- slots ---------------------------------------------------------------- */

/* Does an aside of a few words in parentheses open at token @t ("on
 * Monday (April 28) confirmed")? Its ")" token, else 0. */
static guint
short_aside(CcFrameRun *run, guint t)
{
    if (!tok_is(run, t, "("))
        return 0;
    for (guint k = t + 1; k < run->toks->len && k <= t + 4; k++) {
        if (tok_is(run, k, ")"))
            return k > t + 1 ? k : 0;
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            return 0;
    }
    return 0;
}

/* Is the aside in parentheses from token @t to its ")" at @e an editor's
 * insertion of a name into a quotation, between a figure and its noun
 * ("over 10,000 (North Korean) soldiers have been sent"): capitalized
 * words only, and a lower-case word right after it? */
static gboolean
inserted_name(CcFrameRun *run, guint t, guint e)
{
    if (e + 1 >= run->toks->len || g_array_index(run->toks, Tok, e + 1).kind != TOK_WORD
        || !g_ascii_islower(run->text[g_array_index(run->toks, Tok, e + 1).start]))
        return FALSE;
    for (guint k = t + 1; k < e; k++)
        if (!g_ascii_isupper(run->text[g_array_index(run->toks, Tok, k).start]))
            return FALSE;
    return TRUE;
}

/* Does the aside [@a, @e) name a day: a month or a weekday first ("April
 * 28", "Monday")? */
static gboolean
aside_is_date(CcFrameRun *run, guint a, guint e)
{
    if (a >= e)
        return FALSE;
    const Tok *t = &g_array_index(run->toks, Tok, a);
    const char *w = run->text + t->start;
    gssize n = (gssize)(t->end - t->start);
    return cc_lexicon_lookup(run->lexicon, "months", w, n) != NULL
           || cc_lexicon_lookup(run->lexicon, "weekdays", w, n) != NULL;
}

/* Do the words before token @t0 name party @subject, not as a speaker
 * ("The Russian military fired eight North Korean-made KN-23s in the first
 * half of the year; in the second half it fired 74 such missiles")? */
static gboolean
party_named_before(CcFrameRun *run, guint t0, const char *subject)
{
    for (guint t = 0; t < run->subject_tables->len; t++) {
        const GArray *hits = dict_hits(run, run->subject_tables->pdata[t]);
        for (guint i = 0; i < hits->len; i++) {
            const Hit *h = &g_array_index(hits, Hit, i);
            if (h->t1 <= t0 && !speaks(run, h)
                && g_strcmp0(entity_name(run, run->text, h), subject) == 0)
                return TRUE;
        }
    }
    return FALSE;
}

/* Does the sentence name party @subject as a speaker ("*South Korea's*
 * spy agency now puts the shells shipped at 12 million")? */
static gboolean
party_speaks(CcFrameRun *run, const char *subject)
{
    for (guint t = 0; t < run->subject_tables->len; t++) {
        const GArray *hits = dict_hits(run, run->subject_tables->pdata[t]);
        for (guint i = 0; i < hits->len; i++) {
            const Hit *h = &g_array_index(hits, Hit, i);
            if (g_strcmp0(entity_name(run, run->text, h), subject) == 0 && speaks(run, h))
                return TRUE;
        }
    }
    /* or as "its" opening the sentence, which stands for the party the
     * one before opened with: "South Korea has stepped up its watch.
     * *Its* military intelligence puts the rounds delivered at 10 million" */
    if (run->toks->len > 1 && (tok_is(run, 0, "its") || tok_is(run, 0, "their"))) {
        const Hit pronoun = {0, 1, g_array_index(run->toks, Tok, 0).start,
                             g_array_index(run->toks, Tok, 0).end};
        if (speaks(run, &pronoun))
            return TRUE;
    }
    return FALSE;
}

/* Is token @t the "but" of "not only … but also", which adds to what came
 * before and opens no clause? */
static gboolean
but_also(const CcFrameRun *run, guint t)
{
    return tok_is(run, t, "but") && tok_is(run, t + 1, "also");
}

/* Is token @t the "but" of "not X but Y" ("lost not 300 but about 3,000
 * soldiers", "not hundreds but thousands of shells",
 * cc_modality_but_of_not())? It sets one figure against the other in one
 * clause and ends none (rival_ahead()). */
static gboolean
but_of_not(const CcFrameRun *run, guint t)
{
    const Tok *b = &g_array_index(run->toks, Tok, t);
    return cc_modality_but_of_not(run->text, 0, b->start, b->end, run->len);
}

/* Is token @t a "yet" that is an adverb of the verb phrase it stands in,
 * right after a modal ("could yet come to Russia's aid", "may yet be
 * sent"), not the conjunction that opens a clause? (After "had" or "not"
 * it still ends the clause: "unclear whether any of the 12,000 … had yet
 * been sent into battle" keeps the battle from the force's count.) */
static gboolean
adverb_yet(const CcFrameRun *run, guint t)
{
    static const char *const aux[] = {"could", "may", "might", "can",  "will",
                                      "would", "shall", "must", NULL};
    if (t == 0 || !tok_is(run, t, "yet"))
        return FALSE;
    for (guint i = 0; aux[i]; i++)
        if (tok_is(run, t - 1, aux[i]))
            return TRUE;
    return FALSE;
}

/* Does a clause break of @breaks (`clause_breaks` hits, or NULL) start at
 * token @t, other than a "but" of "not only … but also" or a "yet" right
 * after a modal? */
static gboolean
breaks_at(const CcFrameRun *run, const GArray *breaks, guint t)
{
    for (guint i = 0; breaks && i < breaks->len; i++)
        if (g_array_index(breaks, Hit, i).t0 == t && !but_also(run, t) && !adverb_yet(run, t)
            && !but_of_not(run, t))
            return TRUE;
    return FALSE;
}

/* Words (not punctuation) in tokens [a, b). */
static guint
words_between(const GArray *toks, guint a, guint b)
{
    guint n = 0;
    for (guint i = a; i < b; i++)
        if (g_array_index(toks, Tok, i).kind == TOK_WORD)
            n++;
    return n;
}

/* Is token @t a dash: an en or em dash, "--", or a hyphen set off by a
 * space? */
static gboolean
tok_is_dash(const CcFrameRun *run, guint t)
{
    if (t >= run->toks->len)
        return FALSE;
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    const guchar *s = (const guchar *)run->text + tok->start;
    gsize n = tok->end - tok->start;
    if (tok->kind != TOK_BREAK)
        return FALSE;
    return (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94))
           || (n == 2 && s[0] == '-' && s[1] == '-') || (n == 1 && s[0] == '-');
}

/* The longest aside a figure's clause reaches through. */
#define ASIDE_WORDS 8

/* The longest aside with no count of its own that a figure before it
 * reaches on through to its verb (aside_after): such an aside describes
 * the figure's noun phrase ("— by far the biggest foreign mission in the
 * hermit state's history —") and runs longer than one told of a noun
 * phrase before a figure in it. */
#define AFTER_ASIDE_WORDS 12

/* The longest label before a colon that a figure opening the clause after
 * it belongs to (clause_of). */
#define LABEL_WORDS 8

/* The first token of the clause piece token @t stands in: back from @t to
 * the token after the last break before it (a semicolon, a colon, a
 * bracket, a quote or a dash), or to the sentence's start. */
static guint
break_start(const CcFrameRun *run, guint t)
{
    while (t > 0 && g_array_index(run->toks, Tok, t - 1).kind != TOK_BREAK)
        t--;
    return t;
}

/* Do tokens [@t, end of sentence) hold only a source told after a comma
 * at token @t: "according to" and at most eight words, or a speaker of at
 * most seven words, a word of `speech_words` and at most four words more
 * (", KCNA said on Thursday.")? */
static gboolean
closing_source(CcFrameRun *run, guint t)
{
    guint n = run->toks->len;
    if (t >= n || g_array_index(run->toks, Tok, t).kind != TOK_COMMA)
        return FALSE;
    guint k = t + 1;
    gboolean according = k + 1 < n && tok_is(run, k, "according") && tok_is(run, k + 1, "to");
    gboolean said = according;
    guint words = 0, limit = according ? 8 : 7;
    if (according)
        k += 2;
    for (; k < n && g_array_index(run->toks, Tok, k).kind == TOK_WORD; k++) {
        if (!said && k > t + 1 && in_table(run, "speech_words", k)) {
            said = TRUE;
            words = 0;
            limit = 4;
            continue;
        }
        if (++words > limit)
            return FALSE;
    }
    if (!said)
        return FALSE;
    for (; k < n; k++)
        if (g_array_index(run->toks, Tok, k).kind == TOK_WORD
            || g_array_index(run->toks, Tok, k).kind == TOK_COMMA)
            return FALSE;
    return TRUE;
}

/* Is the clause [@a, @b) a day alone in parentheses closing the sentence
 * right after a word, as a year's review or a list of events dates its
 * entries ("… has been retaken (April 26).", "… signs the decree (Nov.
 * 11)"), or closing it but for its source after a comma ("… the day the
 * instruments were exchanged (Dec. 4), KCNA said on Thursday."), or
 * closing a clause the sentence goes on from after a comma ("… ratified
 * the treaty (Oct. 24), and the upper house followed")? The day is told
 * of the clause before the parentheses. */
static gboolean
closing_date_aside(CcFrameRun *run, guint a, guint b)
{
    if (a < 2 || b >= run->toks->len || !tok_is(run, a - 1, "(") || !tok_is(run, b, ")")
        || g_array_index(run->toks, Tok, a - 2).kind != TOK_WORD
        || words_between(run->toks, a, b) > 4 || !aside_is_date(run, a, b))
        return FALSE;
    /* or closing its clause before a comma that the sentence goes on
     * after: "The Duma ratified the treaty (Oct. 24), and the upper
     * house followed" */
    gboolean goes_on = b + 2 < run->toks->len
                       && g_array_index(run->toks, Tok, b + 1).kind == TOK_COMMA
                       && g_array_index(run->toks, Tok, b + 2).kind == TOK_WORD;
    if (!goes_on && !closing_source(run, b + 1))
        for (guint k = b + 1; k < run->toks->len; k++)
            if (g_array_index(run->toks, Tok, k).kind == TOK_WORD
                || g_array_index(run->toks, Tok, k).kind == TOK_COMMA)
                return FALSE;
    /* after a speaker set off by a comma, the day is the telling's ("…,
     * a think tank noted in its daily assessment (April 27).") */
    guint p = a - 1;
    while (p > 0 && g_array_index(run->toks, Tok, p - 1).kind == TOK_WORD)
        p--;
    if (p > 0 && g_array_index(run->toks, Tok, p - 1).kind == TOK_COMMA)
        for (guint k = p; k + 1 < a; k++)
            if (in_table(run, "speech_words", k))
                return FALSE;
    return TRUE;
}

/* Is the clause [@a, @b) an aside set into a noun phrase, between dashes
 * or in parentheses, right after a word and with a word after it ("its
 * forces in Russia — some 11,000 soldiers — have been", "the deployment
 * (about 12,000 troops, according to Kyiv) is")? A figure there is told of
 * that noun phrase, whose clause is the aside's. One that opens with its
 * count, closed by a comma within ASIDE_WORDS words, may run on to
 * AFTER_ASIDE_WORDS: what follows the comma describes the count's noun
 * ("the force (approximately 11,000 soldiers, drawn largely from the 11th
 * Corps) entered"), as an aside after a figure does. */
static gboolean aside_counts(const CcFrameRun *run, guint a, guint e);

static gboolean
is_aside(CcFrameRun *run, guint a, guint b)
{
    if (a < 2 || b >= run->toks->len)
        return FALSE;
    guint words = words_between(run->toks, a, b), limit = ASIDE_WORDS;
    for (guint k = a; k < b && words > ASIDE_WORDS; k++)
        if (g_array_index(run->toks, Tok, k).kind == TOK_COMMA) {
            if (words_between(run->toks, a, k) <= ASIDE_WORDS && aside_counts(run, a, k))
                limit = AFTER_ASIDE_WORDS;
            break;
        }
    if (words > limit)
        return FALSE;
    /* a bracket may close the sentence, or its clause before a comma or a
     * dash: the last item of a list of a noun and its figure in brackets
     * ("… and missiles (more than 250)."); a day alone there is
     * closing_date_aside()'s to judge ("…, a think tank noted in its
     * assessment (April 27)." is the telling's day) */
    gboolean bracket_end = tok_is(run, b, ")")
                           && (b + 1 >= run->toks->len
                               || g_array_index(run->toks, Tok, b + 1).kind != TOK_WORD)
                           && !aside_is_date(run, a, b);
    if (g_array_index(run->toks, Tok, a - 2).kind != TOK_WORD
        || (!bracket_end
            && (b + 1 >= run->toks->len || g_array_index(run->toks, Tok, b + 1).kind != TOK_WORD)))
        return FALSE;
    return (tok_is(run, a - 1, "(") && tok_is(run, b, ")"))
           || (tok_is_dash(run, a - 1) && tok_is_dash(run, b));
}

/* The token of the dash that opens an aside closed by the dash at token @d,
 * set between two words ("the tally of North Korean casualties — the dead
 * and the wounded together — is put at about 4,700"), or 0 for none. */
static guint
dash_aside_start(const CcFrameRun *run, guint d)
{
    if (!tok_is_dash(run, d) || d + 1 >= run->toks->len
        || g_array_index(run->toks, Tok, d + 1).kind != TOK_WORD)
        return 0;
    for (guint p = d; p > 1; p--) {
        if (g_array_index(run->toks, Tok, p - 1).kind != TOK_BREAK)
            continue;
        if (!tok_is_dash(run, p - 1) || words_between(run->toks, p, d) > ASIDE_WORDS
            || words_between(run->toks, p, d) == 0
            || g_array_index(run->toks, Tok, p - 2).kind != TOK_WORD)
            return 0;
        return p - 1;
    }
    return 0;
}

/* Is token @k of the aside [@a, @e) a part of a date told there: a year
 * (four digits from 1900 to 2099) that no word of the aside follows, or
 * a day of one or two digits right after or before a month ("May 12",
 * "12 May")? */
static gboolean
date_part_in_aside(const CcFrameRun *run, guint k, guint a, guint e)
{
    const Tok *tok = &g_array_index(run->toks, Tok, k);
    const char *w = run->text + tok->start;
    gsize n = tok->end - tok->start;
    for (gsize i = 0; i < n; i++)
        if (!g_ascii_isdigit(w[i]))
            return FALSE;
    if (n == 4 && ((w[0] == '1' && w[1] == '9') || (w[0] == '2' && w[1] == '0')))
        return k + 1 >= e || g_array_index(run->toks, Tok, k + 1).kind != TOK_WORD;
    if (n > 2)
        return FALSE;
    for (guint j = k > a ? k - 1 : k + 1; j <= k + 1 && j < e; j += 2) {
        const Tok *m = &g_array_index(run->toks, Tok, j);
        if (m->kind == TOK_WORD
            && cc_lexicon_lookup(run->lexicon, "months", run->text + m->start,
                                 (gssize)(m->end - m->start))
                   != NULL)
            return TRUE;
    }
    return FALSE;
}

/* Does the aside [@a, @e) hold a count of its own, in figures or words
 * ("— including several senior officers —")? Its words then tell of
 * another figure, and a figure before it does not reach past it. */
static gboolean
aside_counts(const CcFrameRun *run, guint a, guint e)
{
    static const Word words[] = {WORD("one"),      WORD("dozen"),    WORD("hundred"),
                                 WORD("hundreds"), WORD("thousand"), WORD("thousands"),
                                 WORD("half"),     WORD("third"),    WORD("quarter"),
                                 WORD("percent"),  WORD("per")};
    /* a span of time is no count ("— eight months after the incursion
     * —", "— two days later —") */
    static const Word units[] = {WORD("hours"), WORD("day"),   WORD("days"),  WORD("week"),
                                 WORD("weeks"), WORD("month"), WORD("months"), WORD("year"),
                                 WORD("years")};
    for (guint k = a; k < e; k++) {
        const Tok *tok = &g_array_index(run->toks, Tok, k);
        if (tok->kind != TOK_WORD)
            continue;
        if (k + 1 < e && tok_in(run, k + 1, units, G_N_ELEMENTS(units)))
            continue;
        /* nor is a date ("(May 2025)", "(as of early 2025)", "— on
         * March 3 —"): a year with no noun after it, a day beside a
         * month */
        if (date_part_in_aside(run, k, a, e))
            continue;
        if (g_ascii_isdigit(run->text[tok->start]) || count_word(run, k))
            return TRUE;
        if (tok_in(run, k, words, G_N_ELEMENTS(words)))
            return TRUE;
    }
    return FALSE;
}

/* The token of the mark that closes an aside opened at token @d, between
 * dashes or in parentheses, set after a word and followed by one, of at
 * most AFTER_ASIDE_WORDS words and no count of its own ("An estimated 11,000
 * North Korean soldiers — most of them from the Storm Corps — were sent",
 * "some 12,000 troops (mainly special forces) have been deployed"), or 0
 * for none. */
static guint
aside_after(const CcFrameRun *run, guint d)
{
    gboolean paren = tok_is(run, d, "(");
    if ((!paren && !tok_is_dash(run, d)) || d == 0
        || g_array_index(run->toks, Tok, d - 1).kind != TOK_WORD)
        return 0;
    for (guint k = d + 1; k < run->toks->len; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_BREAK)
            continue;
        if (!(paren ? tok_is(run, k, ")") : tok_is_dash(run, k)) || k + 1 >= run->toks->len
            || g_array_index(run->toks, Tok, k + 1).kind != TOK_WORD
            || words_between(run->toks, d + 1, k) == 0
            || words_between(run->toks, d + 1, k) > AFTER_ASIDE_WORDS
            || aside_counts(run, d + 1, k))
            return 0;
        return k;
    }
    return 0;
}

/* Words in tokens [a, b) that stand in asides clause_of passes through
 * after a figure (aside_after): they are no part of the distance from the
 * figure's noun phrase to its verb. */
static guint
aside_words_between(const CcFrameRun *run, guint a, guint b)
{
    guint n = 0;
    for (guint k = a; k < b; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_BREAK)
            continue;
        guint q = aside_after(run, k);
        if (q == 0 || q >= b)
            continue;
        n += words_between(run->toks, k + 1, q);
        k = q;
    }
    return n;
}

/* The token after the verb of saying of a speaker set off by the comma
 * at token @k, a speaker of at most seven words and a verb of saying
 * (", a senior Ukrainian intelligence official told reporters in Kyiv on
 * Monday,"), no figure, at most sixteen words and a comma that a word
 * of the clause it is set into follows; or 0 when none stands there. */
static guint
said_aside_verb(const CcFrameRun *run, guint k, guint *close)
{
    static const Word openers[] = {WORD("which"), WORD("who"),  WORD("whose"), WORD("whom"),
                                   WORD("where"), WORD("when"), WORD("that"),  WORD("and"),
                                   WORD("but"),   WORD("or"),   WORD("while"), WORD("as"),
                                   WORD("if")};
    /* verbs of saying, spelt out: the lexicons are not asked here, inside
     * a scan of their hits */
    static const Word verbs[] = {WORD("said"),      WORD("says"),      WORD("told"),
                                 WORD("tells"),     WORD("added"),     WORD("noted"),
                                 WORD("stressed"),  WORD("wrote"),     WORD("estimated"),
                                 WORD("estimates"), WORD("claimed"),   WORD("claims"),
                                 WORD("insisted"),  WORD("explained"),
                                 /* a resolution's or a communiqué's: "…, the
                                  * statement recalls, days after …" */
                                 WORD("recalls"),   WORD("recalled"),  WORD("notes")};
    guint n = run->toks->len;
    if (k + 2 >= n || tok_in(run, k + 1, openers, G_N_ELEMENTS(openers)))
        return 0;
    guint verb = 0;
    for (guint s = k + 1; s < n; s++) {
        const Tok *tok = &g_array_index(run->toks, Tok, s);
        if (tok->kind == TOK_COMMA) {
            /* closed by a comma, a word after it that goes on with the
             * clause the aside is set into, no "and" or "but" opening
             * one of its own */
            if (verb == 0 || s + 1 >= n || g_array_index(run->toks, Tok, s + 1).kind != TOK_WORD
                || words_between(run->toks, k + 1, s) > 16)
                return 0;
            if (tok_in(run, s + 1, openers, G_N_ELEMENTS(openers)))
                return 0;
            if (close != NULL)
                *close = s;
            return verb;
        }
        if (tok->kind != TOK_WORD || g_ascii_isdigit(run->text[tok->start]))
            return 0;
        if (verb == 0 && s >= k + 2 && s <= k + 8 && tok_in(run, s, verbs, G_N_ELEMENTS(verbs)))
            verb = s + 1;
    }
    return 0;
}

/* Words in tokens [@a, @b) that stand in a source set off by commas,
 * ", according to …," or ", citing …," (at most sixteen words, then a
 * comma): they are no part of the distance between a figure and its verb
 * ("North Korea has sent Russia*, according to a report submitted to
 * lawmakers by the Defense Intelligence Agency on Tuesday,* more than 12
 * million shells"). */
static guint
source_aside_words(const CcFrameRun *run, guint a, guint b)
{
    guint n = 0;
    for (guint k = a; k + 2 < b; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_COMMA)
            continue;
        guint p;
        gboolean said = FALSE;
        if (tok_is(run, k + 1, "according") && tok_is(run, k + 2, "to"))
            p = k + 3;
        else if (tok_is(run, k + 1, "citing"))
            p = k + 2;
        else if ((p = said_aside_verb(run, k, NULL)) != 0)
            said = TRUE;
        else
            continue;
        for (guint q = p; q < b && words_between(run->toks, said ? k + 1 : p, q) <= 16; q++) {
            const Tok *tok = &g_array_index(run->toks, Tok, q);
            if (tok->kind == TOK_COMMA) {
                if (q > p || said)
                    n += words_between(run->toks, k + 1, q);
                k = q - 1;
                break;
            }
            if (tok->kind == TOK_BREAK)
                break;
        }
    }
    return n;
}

/* The longest relative clause relative_words_between() passes over. */
#define RELATIVE_WORDS 16u

/* The comma that closes a relative clause set off by the comma at token
 * @k (", which …,", ", who …,", ", whose …,"): at most RELATIVE_WORDS
 * words, no other mark, a word past it; or 0 for none. */
static guint
relative_close(const CcFrameRun *run, guint k)
{
    static const char *const pronouns[] = {"which", "who", "whose", "whom", "where"};
    if (k + 1 >= run->toks->len || g_array_index(run->toks, Tok, k).kind != TOK_COMMA)
        return 0;
    gboolean rel = FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(pronouns) && !rel; i++)
        rel = tok_is(run, k + 1, pronouns[i]);
    if (!rel)
        return 0;
    guint q = k + 1;
    while (q < run->toks->len && g_array_index(run->toks, Tok, q).kind == TOK_WORD)
        q++;
    if (q + 1 >= run->toks->len || g_array_index(run->toks, Tok, q).kind != TOK_COMMA
        || g_array_index(run->toks, Tok, q + 1).kind != TOK_WORD
        || words_between(run->toks, k + 1, q) > RELATIVE_WORDS)
        return 0;
    return q;
}

/* Words in tokens [@a, @b) of relative clauses set off by commas
 * (relative_close()) that close before @b. They are no part of the
 * distance from the noun they describe to the verb of the clause they
 * are set into: "*The treaty*, which obliges each side to come to the
 * other's aid if attacked, *was signed* in Pyongyang on June 19, 2024". */
static guint
relative_words_between(const CcFrameRun *run, guint a, guint b)
{
    guint n = 0;
    for (guint k = a; k + 1 < b; k++) {
        guint q = relative_close(run, k);
        if (q == 0 || q + 1 >= b)
            continue;
        n += words_between(run->toks, k + 1, q);
        k = q;
    }
    return n;
}

/* Does the hit @h stand inside a relative clause set off by commas
 * (relative_close()) that opens at or after token @a? Such a clause's
 * verb is its own: "About 1,000 of the troops sent to Kursk*, where
 * drones have killed hundreds of Russian conscripts,* have come home"
 * says nothing of the 1,000 killed. */
static gboolean
in_relative_after(const CcFrameRun *run, guint a, const Hit *h)
{
    for (guint k = a; k < h->t0; k++) {
        guint q = relative_close(run, k);
        if (q == 0)
            continue;
        if (q >= h->t1)
            return TRUE;
        k = q;
    }
    return FALSE;
}

/* Words in tokens [@a, @b) of asides set off by commas that close before
 * @b: a relative clause (relative_close()) or any other run of at most
 * RELATIVE_WORDS words with no other mark and no figure ("*, most of them
 * from the Storm Corps,*", "*, a force made up largely of conscripts,*"),
 * a word past its closing comma. */
static guint
comma_aside_words_between(const CcFrameRun *run, guint a, guint b)
{
    guint n = 0;
    for (guint k = a; k + 1 < b; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_COMMA)
            continue;
        guint q = k + 1;
        gboolean figure = FALSE;
        while (q < b && g_array_index(run->toks, Tok, q).kind == TOK_WORD) {
            figure = figure || g_ascii_isdigit(run->text[g_array_index(run->toks, Tok, q).start]);
            q++;
        }
        if (q + 1 >= b || q == k + 1 || figure
            || g_array_index(run->toks, Tok, q).kind != TOK_COMMA
            || g_array_index(run->toks, Tok, q + 1).kind != TOK_WORD
            || words_between(run->toks, k + 1, q) > RELATIVE_WORDS)
            continue;
        n += words_between(run->toks, k + 1, q);
        k = q;
    }
    return n;
}

/* Do the words before token @t0 open a cleft that fronts the figure
 * there, "It was" and at most three of "not", "until", "only", "on",
 * "in" ("It was not until April 28, more than six months after the
 * first troop trains left, that Pyongyang admitted …")? The figure then
 * opens the sentence as a fronted one does. */
static gboolean
cleft_opening(const CcFrameRun *run, guint t0)
{
    static const char *const words[] = {"not", "until", "till", "only", "on", "in"};
    if (t0 < 2 || t0 > 5 || !tok_is(run, 0, "it") || !(tok_is(run, 1, "was") || tok_is(run, 1, "is")))
        return FALSE;
    for (guint t = 2; t < t0; t++) {
        gboolean ok = FALSE;
        for (guint i = 0; i < G_N_ELEMENTS(words) && !ok; i++)
            ok = tok_is(run, t, words[i]);
        if (!ok)
            return FALSE;
    }
    return TRUE;
}

/* The longest aside fronted_aside_end() passes over. */
#define FRONTED_ASIDE 15u

/* The comma that closes an aside set after the comma @t1 that closes a
 * figure opening the sentence, or 0 for none: a phrase of at most
 * FRONTED_ASIDE words and no other mark, opened by a preposition or a
 * span of time ("months", "two days", "a week"), a word after its comma ("On Dec. 4, *in a brief
 * ceremony in Moscow,* the two sides exchanged the instruments", "In
 * June 2024, *months before any of its soldiers reached the front,*
 * North Korea signed the treaty"). The clause after it is the figure's. */
static guint
fronted_aside_end(const CcFrameRun *run, guint t1)
{
    static const char *const openers[] = {
        "after",  "amid",   "as",       "at",     "before", "despite", "during", "following",
        "for",    "from",   "in",       "on",     "under",  "with",    "without", "according",
        "hours",  "days",   "weeks",    "months", "years",  "barely",  "shortly", "just",
        "only",   "nearly", "almost",   "some",   "within", "less",    "more",    "long"};
    /* a count of time units: "two days after Moscow", "a week before" */
    static const char *const counts[] = {"a",   "an",   "one",  "two",   "three", "four",
                                         "five", "six", "seven", "eight", "nine",  "ten",
                                         "several", "few", "couple"};
    static const char *const units[] = {"hours", "day", "days", "week", "weeks",
                                        "month", "months", "year", "years"};
    /* or between dashes: "On April 26 *— eight months after Ukraine's
     * incursion —* Russia declared the region liberated" */
    gboolean dash = t1 < run->toks->len && tok_is_dash(run, t1);
    if (t1 + 1 >= run->toks->len || (g_array_index(run->toks, Tok, t1).kind != TOK_COMMA && !dash))
        return 0;
    gboolean open = FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(openers) && !open; i++)
        open = tok_is(run, t1 + 1, openers[i]);
    for (guint i = 0; i < G_N_ELEMENTS(counts) && !open; i++)
        if (tok_is(run, t1 + 1, counts[i]))
            for (guint k = t1 + 2; k <= t1 + 4 && k < run->toks->len && !open; k++)
                for (guint u = 0; u < G_N_ELEMENTS(units) && !open; u++)
                    open = tok_is(run, k, units[u]);
    if (!open)
        return 0;
    for (guint k = t1 + 1; k < run->toks->len; k++) {
        TokKind kind = g_array_index(run->toks, Tok, k).kind;
        if (kind == TOK_WORD) {
            if (words_between(run->toks, t1 + 1, k + 1) > FRONTED_ASIDE)
                return 0;
            continue;
        }
        if ((dash ? !tok_is_dash(run, k) : kind != TOK_COMMA) || k + 1 >= run->toks->len
            || g_array_index(run->toks, Tok, k + 1).kind != TOK_WORD)
            return 0;
        return k;
    }
    return 0;
}

/* Where the words told of a date opening the sentence at tokens [@t0,
 * @t1) start, for a hit at token @h: past the aside after its comma
 * (fronted_aside_end()) when the hit stands past it, else at @t1. A span
 * of time in that aside ("In June 2024, *months before* any troops
 * reached the front, North Korea signed the treaty") sets the aside's
 * event off from the date, not the main clause's. */
static guint
fronted_told_from(const CcFrameRun *run, guint t0, guint t1, guint h)
{
    /* wherever the date stands, past an aside between dashes right after
     * it: "Russia on April 26 *— eight months after Ukraine's incursion
     * —* declared the region liberated" */
    if (t1 < run->toks->len && tok_is_dash(run, t1)) {
        guint q = aside_after(run, t1);
        if (q != 0 && q < h)
            return q;
    }
    if ((t0 > 1 && !cleft_opening(run, t0))
        || (t0 == 1 && g_array_index(run->toks, Tok, 0).kind != TOK_WORD)
        || t1 >= run->toks->len)
        return t1;
    guint past = fronted_aside_end(run, t1);
    return past != 0 && past < h ? past : t1;
}

/* Words in tokens [@t1, @b) of the speaker and verb of saying that a
 * figure opening the sentence at tokens [@t0, @t1) is set before, past
 * its comma: "On Saturday, *Russia's top general told Putin that* the
 * last Ukrainian units had been pushed out of Kursk". A speaker of at
 * most six words (or twelve, a title and a name: "Chief of the General
 * Staff Valery Gerasimov"), a word of `speech_words`, and an object of at
 * most three words before a "that"; a preposition at most before the
 * figure.
 * They are no part of the distance from the figure to the words of what
 * is said, as asides are not (aside_words_between): 0 for none. */
static guint
fronted_speaker_words(CcFrameRun *run, guint t0, guint t1, guint b)
{
    if ((t0 > 1 && !cleft_opening(run, t0))
        || (t0 == 1 && g_array_index(run->toks, Tok, 0).kind != TOK_WORD) || t1 >= b
        || g_array_index(run->toks, Tok, t1).kind != TOK_COMMA)
        return 0;
    /* an aside after the comma, and on past a speaker after it */
    guint past = fronted_aside_end(run, t1);
    if (past != 0 && past < b)
        return words_between(run->toks, t1, past) + fronted_speaker_words(run, t0, past, b);
    if (dict_of(run, "speech_words") == NULL)
        return 0;
    const GArray *hits = dict_hits(run, "speech_words");
    /* a speaker of more than six words only as a title and a name, each
     * word capitalised or "of", "the", "and" ("Chief of the General Staff
     * Valery Gerasimov reported") */
    gboolean titled = TRUE;
    for (guint k = t1 + 2; k < b && k <= t1 + 13; k++) {
        if (g_array_index(run->toks, Tok, k - 1).kind != TOK_WORD)
            return 0;
        const Tok *w = &g_array_index(run->toks, Tok, k - 1);
        titled = titled
                 && (g_ascii_isupper(run->text[w->start]) || tok_is(run, k - 1, "of")
                     || tok_is(run, k - 1, "the") || tok_is(run, k - 1, "and"));
        if (k > t1 + 7 && !titled)
            return 0;
        guint e = 0;
        for (guint i = 0; i < hits->len && e == 0; i++)
            if (g_array_index(hits, Hit, i).t0 == k)
                e = g_array_index(hits, Hit, i).t1;
        if (e == 0)
            continue;
        for (guint j = e; j < b && j <= e + 3; j++) {
            if (g_array_index(run->toks, Tok, j).kind != TOK_WORD)
                break;
            if (tok_is(run, j, "that")) {
                e = j + 1;
                break;
            }
        }
        return e <= b ? words_between(run->toks, t1, e) : 0;
    }
    return 0;
}

/* The token of the "(" that opens the short aside the ")" at token @close
 * ends, at most eight words and commas between, no other mark; 0 for
 * none. */
static guint
bracket_start(const CcFrameRun *run, guint close)
{
    for (guint k = close; k > 0 && k + 10 > close; k--) {
        const Tok *t = &g_array_index(run->toks, Tok, k - 1);
        if (t->kind != TOK_BREAK)
            continue;
        return run->text[t->start] == '(' && k - 1 > 0 ? k - 1 : 0;
    }
    return 0;
}

/* Do tokens [@a, @s) hold the steps of a fact box's list of dated steps,
 * after its label's colon and up to a day at @s: steps parted by commas or
 * an "and", each of at most eight words (its day among them), the last one
 * to four words with no "on" or "in" before the day ("Ratification: Duma 24
 * Oct, Federation Council 6 Nov, signed into law 9 Nov")? */
static gboolean
dated_steps(const CcFrameRun *run, guint a, guint s)
{
    static const Word preps[] = {WORD("on"), WORD("in")};
    if (s <= a || tok_in(run, s - 1, preps, G_N_ELEMENTS(preps)))
        return FALSE;
    guint n = 0, parts = 0;
    for (guint t = a; t < s; t++) {
        const Tok *w = &g_array_index(run->toks, Tok, t);
        if (w->kind == TOK_COMMA || tok_is(run, t, "and")) {
            gboolean comma_and = w->kind == TOK_WORD && t > a
                                 && g_array_index(run->toks, Tok, t - 1).kind == TOK_COMMA;
            if (n == 0 && !comma_and)
                return FALSE;
            n = 0;
            parts++;
            continue;
        }
        /* an abbreviation's point ("24 Oct., Federation Council …") */
        if (tok_is(run, t, ".") && t + 1 < s
            && (g_array_index(run->toks, Tok, t + 1).kind == TOK_COMMA || tok_is(run, t + 1, "and")))
            continue;
        if (w->kind != TOK_WORD || ++n > 8)
            return FALSE;
    }
    return parts >= 1 && n >= 1 && n <= 4;
}

/* A short note in parentheses that closes at token @l - 1, a word before
 * its "(" ("Timeline (updated Dec. 5):", "Containers sent (NIS):"): the
 * token after the "(", or 0. */
static guint
bracket_note_before(const CcFrameRun *run, guint l)
{
    if (l < 3 || !tok_is(run, l - 1, ")"))
        return 0;
    guint p = l - 1;
    while (p > 0 && l - 1 - p <= ASIDE_WORDS && !tok_is(run, p - 1, "(")
           && g_array_index(run->toks, Tok, p - 1).kind != TOK_BREAK)
        p--;
    if (p >= 2 && tok_is(run, p - 1, "(") && p < l - 1
        && g_array_index(run->toks, Tok, p - 2).kind == TOK_WORD)
        return p;
    return 0;
}

/* Is the figure at tokens [@t0, @t1), its clause so far [@a, @b), a
 * fact box's line behind a newsletter's label and its colon ("By the
 * numbers: 13,000 — containers of munitions shipped to Russia", "Quick
 * hits: 148 — ballistic missiles …"): it opens the clause after the
 * label's colon, and a colon or a lone dash that no later dash closes
 * sets it before a word? Its clause is then the one that mark opens, as
 * for the same line with no label, not the label's. The label opens the
 * sentence and has two to four words: a fact box's item of one word, or
 * one after a semicolon or a bar, names what its figure counts, and the
 * words after its dash are its source ("KIA: 300; WIA: 2,700 — NIS"). */
static gboolean
labelled_entry(CcFrameRun *run, const GArray *breaks, guint a, guint t0, guint t1, guint b)
{
    if (a != t0 || b != t1 || b + 1 >= run->toks->len
        || !(tok_is(run, b, ":") || tok_is_dash(run, b))
        || g_array_index(run->toks, Tok, b + 1).kind != TOK_WORD)
        return FALSE;
    guint l = break_start(run, a - 1);
    guint n = words_between(run->toks, l, a - 1);
    /* a short note in parentheses closing the label, the page's time or
     * version ("Timeline (updated Dec. 5): Oct. 8 — …"), is passed
     * through and counts as one word of it */
    guint p = n == 0 ? bracket_note_before(run, l) : 0;
    if (p > 0) {
        l = break_start(run, p - 1);
        n = words_between(run->toks, l, p - 1) + 1;
    }
    if (l != 0 || n < 2 || n > LABEL_WORDS / 2 || g_array_index(run->toks, Tok, l).kind != TOK_WORD)
        return FALSE;
    guint e = b + 1;
    while (e < run->toks->len && g_array_index(run->toks, Tok, e).kind != TOK_BREAK
           && !breaks_at(run, breaks, e))
        e++;
    return !(tok_is_dash(run, b) && e < run->toks->len && tok_is_dash(run, e));
}

/* The clause around tokens [t0, t1): cut at breaks (; : brackets, quotes,
 * dashes) and at words of the `clause_breaks` table ("but", "while"). A
 * date in a short aside in parentheses right after the figure's date is
 * passed over ("North Korea on Monday (April 28) confirmed that …"); a
 * figure in an aside (is_aside) has the clause around it. */
static void
clause_of_read(CcFrameRun *run, guint t0, guint t1, guint *c0, guint *c1)
{
    const GArray *breaks =
        dict_of(run, "clause_breaks") != NULL ? dict_hits(run, "clause_breaks") : NULL;
    guint a = t0, b = t1;
    guint aside = short_aside(run, t1);
    if (aside != 0 && (aside_is_date(run, t1 + 1, aside) || inserted_name(run, t1, aside)))
        b = aside + 1;
    for (gboolean through_aside = FALSE;; through_aside = TRUE) {
        while (a > 0) {
            const Tok *t = &g_array_index(run->toks, Tok, a - 1);
            /* an aside between dashes before the figure's clause is passed
             * through, to the noun phrase it is set into */
            if (t->kind == TOK_BREAK) {
                guint p = through_aside ? 0 : dash_aside_start(run, a - 1);
                /* out of an aside, a short one in brackets before it is
                 * passed over too: an item of a list of a noun and its
                 * figure in brackets ("sent shells (at least 9 million)
                 * and missiles (more than 250)") */
                if (through_aside && run->text[t->start] == ')')
                    p = bracket_start(run, a - 1);
                if (p == 0)
                    break;
                a = p;
                continue;
            }
            if (breaks_at(run, breaks, a - 1))
                break;
            a--;
        }
        while (b < run->toks->len) {
            const Tok *t = &g_array_index(run->toks, Tok, b);
            /* an aside set into the figure's own noun phrase is passed
             * through, to the verb after it; not from inside an aside
             * between dashes, whose closing dash this may be */
            if (t->kind == TOK_BREAK) {
                guint q = through_aside || (a > 0 && tok_is_dash(run, a - 1)) ? 0 : aside_after(run, b);
                if (q == 0)
                    break;
                b = q + 1;
                continue;
            }
            if (breaks_at(run, breaks, b))
                break;
            b++;
        }
        if (through_aside || !(is_aside(run, a, b) || closing_date_aside(run, a, b)))
            break;
        a--; /* the marks, and on to the clause around them */
        b++;
    }
    /* A figure that opens the clause after a colon, behind a short label
     * that is a whole clause of its own ("North Korean casualties to date:
     * roughly 3,900", "Russian losses for the day: 1,150 troops"), is the
     * label's value, as in a table: its clause takes the label in. */
    /* So is one that opens an item of such a list, its items parted by
     * semicolons ("What Pyongyang has sent: 6.5 million shells; 180
     * ballistic missiles; 230 artillery systems"): each short item before
     * it opening with a figure, back to the colon, its clause takes the
     * label in too. */
    guint item = a;
    if (a >= 2 && a <= t0 && words_between(run->toks, a, t0) <= 2 && tok_is(run, a - 1, ";")) {
        guint s = a - 1;
        for (;;) {
            guint l = break_start(run, s);
            const Tok *first = &g_array_index(run->toks, Tok, l);
            if (l == s || first->kind != TOK_WORD || !g_ascii_isdigit(run->text[first->start])
                || words_between(run->toks, l, s) > LABEL_WORDS || l < 2)
                break;
            if (tok_is(run, l - 1, ":")) {
                item = l;
                break;
            }
            if (!tok_is(run, l - 1, ";"))
                break;
            s = l - 1;
        }
    }
    if (item != a) {
        guint l = break_start(run, item - 1);
        guint n = words_between(run->toks, l, item - 1);
        if (n >= 1 && n <= 2 * LABEL_WORDS && g_array_index(run->toks, Tok, l).kind == TOK_WORD)
            a = l;
    } else if (a >= 2 && a <= t0 && tok_is(run, a - 1, ":") && !labelled_entry(run, breaks, a, t0, t1, b)
               && (words_between(run->toks, a, t0) <= 2
                   || (a <= 4 && dated_steps(run, a, t0)))) {
        guint l = a - 1;
        for (;;) {
            l = break_start(run, l);
            /* a short note in parentheses inside the label, as a fact box
             * marks an estimate or its source ("North Korean troops in
             * Russia (est.): 11,000", "Containers sent (NIS): 20,000"),
             * is passed through to the words before it */
            guint p = bracket_note_before(run, l);
            if (p == 0)
                break;
            l = p - 1;
        }
        guint n = words_between(run->toks, l, a - 1);
        /* or a longer clause the figure after the colon restates, as after
         * a lone dash: "About half of Russia's artillery shells now come
         * from North Korea: roughly 3 million a year" */
        if (n >= 1 && n <= 2 * LABEL_WORDS && g_array_index(run->toks, Tok, l).kind == TOK_WORD)
            a = l;
    }
    /* So does one that opens the clause after a dash that no other dash
     * closes, restating what the clause before it names ("North Korea has
     * sent shells to Russia – some 5 million, according to Kyiv"): its
     * clause takes that clause in. */
    else if (a >= 2 && a <= t0 && words_between(run->toks, a, t0) <= 2 && tok_is_dash(run, a - 1)
             && !(b < run->toks->len && tok_is_dash(run, b))) {
        guint l = break_start(run, a - 1);
        guint n = words_between(run->toks, l, a - 1);
        if (n >= 2 && n <= 2 * LABEL_WORDS && g_array_index(run->toks, Tok, l).kind == TOK_WORD)
            a = l;
    }
    /* A figure that is itself the label, a timeline's entry ("Oct. 8: North
     * Korea starts moving troops", "In mid-October — the first units
     * land"): nothing but a preposition before it and a colon or a lone
     * dash right after it, its clause is the one the mark opens. */
    /* (not a dateline's day: "(ANSA) - ROME, APR 27 - Russia's chief of
     * general staff said …" files the story, no entry of a timeline) */
    gboolean filed = t0 >= 2 && g_array_index(run->toks, Tok, t0 - 1).kind == TOK_COMMA
                     && g_array_index(run->toks, Tok, t0 - 2).kind == TOK_WORD;
    if (filed) {
        const Tok *place = &g_array_index(run->toks, Tok, t0 - 2);
        for (gsize i = place->start; i < place->end && filed; i++)
            filed = !g_ascii_islower(run->text[i]);
    }
    if (b == t1 && a <= t0 && words_between(run->toks, a, t0) <= 1 && b + 1 < run->toks->len
        && !filed && (tok_is(run, b, ":") || tok_is_dash(run, b))
        && g_array_index(run->toks, Tok, b + 1).kind == TOK_WORD) {
        guint e = b + 1;
        while (e < run->toks->len && g_array_index(run->toks, Tok, e).kind != TOK_BREAK) {
            if (breaks_at(run, breaks, e))
                break;
            e++;
        }
        /* a dash that closes an aside after the figure is no label's mark */
        if (!(tok_is_dash(run, b) && e < run->toks->len && tok_is_dash(run, e)))
            b = e;
    }
    *c0 = a;
    *c1 = b;
}

/* The clause of tokens [@t0, @t1): clause_of_read()'s answer, kept for
 * the next question of the same tokens while neither the tokens nor the
 * hits it reads change. */
static void
clause_of(CcFrameRun *run, guint t0, guint t1, guint *c0, guint *c1)
{
    if (run->clause_generation == run->generation + 1 && run->clause_t0 == t0
        && run->clause_t1 == t1) {
        *c0 = run->clause_c0;
        *c1 = run->clause_c1;
        return;
    }
    clause_of_read(run, t0, t1, c0, c1);
    /* read after: the reading may have scanned the sentence */
    run->clause_generation = run->generation + 1;
    run->clause_t0 = t0;
    run->clause_t1 = t1;
    run->clause_c0 = *c0;
    run->clause_c1 = *c1;
}

/* Is @v one day? */
static gboolean
one_day(const CcValue *v)
{
    return v->has_low && v->has_high && v->low == v->high;
}

/* Are two dates, the first ending at @e and the next starting at @s and
 * ending at @s1, joined by a bare "and" (or "and on", "and in") and
 * followed by "respectively", a list of days for one verb of two doers:
 * "the Duma and the Federation Council backed the pact on Oct. 24 and Nov.
 * 6 respectively"? A comma before the "and" closes the first's conjunct;
 * without "respectively" the second day may be no such event ("first
 * fought on Nov. 4 and Nov. 12": only one was the first). */
static gboolean
dates_listed(const CcFrameRun *run, guint e, guint s, guint s1)
{
    if (e >= s || !tok_is(run, e, "and") || !tok_is(run, s1, "respectively"))
        return FALSE;
    return e + 1 == s || (e + 2 == s && (tok_is(run, e + 1, "on") || tok_is(run, e + 1, "in")));
}

/* Do two dates, the first at tokens [@o0, @e) and the next at [@s, @s1),
 * stand in a gapped list, each after its own doer and "on" or "in" and the
 * verb told once before the first: "ratified the treaty on Oct. 24 and the
 * Federation Council on Nov. 6", "…, Moscow on Nov. 6 and Pyongyang on Nov.
 * 11"? The second doer is one to four capitalised words, or "the" and up
 * to three words with no past tense among them ("the upper house"), and
 * the second date closes its clause; a verb of its own ("and Kim's sister
 * visited on Nov. 11") breaks the gap. A passive's doers may each follow
 * "by", the first within four words before its date: "ratified by Russia
 * on 9 November and by North Korea on 11 November". */
static gboolean
dates_gapped(const CcFrameRun *run, guint o0, guint e, guint s, guint s1)
{
    static const Word preps[] = {WORD("on"), WORD("in")};
    if (o0 == 0 || e >= s || s < 3 || !tok_in(run, o0 - 1, preps, G_N_ELEMENTS(preps))
        || !tok_in(run, s - 1, preps, G_N_ELEMENTS(preps)))
        return FALSE;
    guint k = e;
    if (g_array_index(run->toks, Tok, k).kind == TOK_COMMA)
        k++;
    if (!tok_is(run, k, "and"))
        return FALSE;
    guint n0 = k + 1, n1 = s - 1;
    if (n1 > n0 + 1 && tok_is(run, n0, "by")) {
        gboolean by = FALSE;
        for (guint t = o0 - 1; t > 0 && t + 5 > o0 && !by; t--)
            by = tok_is(run, t - 1, "by");
        if (!by)
            return FALSE;
        n0++;
    }
    if (n1 <= n0 || n1 - n0 > 4)
        return FALSE;
    if (s1 < run->toks->len && g_array_index(run->toks, Tok, s1).kind == TOK_WORD)
        return FALSE;
    gboolean the = tok_is(run, n0, "the") && n1 - n0 >= 2;
    for (guint t = the ? n0 + 1 : n0; t < n1; t++) {
        const Tok *w = &g_array_index(run->toks, Tok, t);
        if (w->kind != TOK_WORD)
            return FALSE;
        gsize len = w->end - w->start;
        if (!g_ascii_isupper(run->text[w->start])
            && (!the || (len > 2 && run->text[w->end - 2] == 'e' && run->text[w->end - 1] == 'd')))
            return FALSE;
    }
    return TRUE;
}

/* Do two dates, the first at tokens [@o0, @e) and the next from @s, end
 * a range of two steps of one thing, each step named before its own day:
 * "from the Duma's vote on Oct. 24 to Kim's decree on Nov. 11"? "from"
 * stands at most six words before the first date, "to" or "until" right
 * after it, and one to six words, ending in "on" or "in", name the second
 * step; the words before "from" are both days'. A bare "from Oct. 24 to
 * Nov. 11" is one date of the scanner's, no two. */
static gboolean
dates_ranged(const CcFrameRun *run, guint o0, guint e, guint s)
{
    static const Word preps[] = {WORD("on"), WORD("in")};
    static const Word tos[] = {WORD("to"), WORD("until"), WORD("till")};
    if (o0 == 0 || e + 3 > s || !tok_in(run, e, tos, G_N_ELEMENTS(tos))
        || !tok_in(run, s - 1, preps, G_N_ELEMENTS(preps)) || s - e > 8)
        return FALSE;
    for (guint t = e + 1; t + 1 < s; t++)
        if (g_array_index(run->toks, Tok, t).kind == TOK_COMMA)
            return FALSE;
    for (guint t = o0; t > 0 && t + 7 > o0; t--)
        if (tok_is(run, t - 1, "from"))
            return TRUE;
    return FALSE;
}

/* Do two dates, the first at tokens [@o0, @e) and the next at [@s, @s1),
 * stand in a fact box's list of dated steps after a label of one to three
 * words opening the sentence (dated_steps()), the first closing its step
 * with a comma or an "and" and the later closing its own: "Ratification: Duma 24 Oct,
 * Federation Council 6 Nov, signed into law 9 Nov" dates all three. */
static gboolean
dates_in_steps(const CcFrameRun *run, guint o0, guint e, guint s, guint s1)
{
    if (e >= s || e >= run->toks->len
        || !(g_array_index(run->toks, Tok, e).kind == TOK_COMMA || tok_is(run, e, "and"))
        || (s1 < run->toks->len && g_array_index(run->toks, Tok, s1).kind == TOK_WORD))
        return FALSE;
    guint colon = 0;
    for (guint t = 1; t < 4 && colon == 0; t++)
        if (tok_is(run, t, ":"))
            colon = t;
    if (colon == 0 || o0 < colon + 2)
        return FALSE;
    for (guint t = 0; t < colon; t++)
        if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
            return FALSE;
    return dated_steps(run, colon + 1, s);
}

/* Is date mention @a written out, its year in figures, where the date
 * @b in apposition to it has no figure at all, only words that count from
 * the document's date ("on 6 August 2024, two years ago today")? Then
 * @a is the date the writer gives, and @b a reminder of how long ago. */
static gboolean
date_more_explicit(const CcFrameRun *run, const CcMention *a, const CcMention *b)
{
    guint run_len = 0;
    gboolean year = FALSE;
    for (gsize i = a->start; i < a->end && !year; i++) {
        run_len = g_ascii_isdigit(run->text[i]) ? run_len + 1 : 0;
        year = run_len == 4 && !(i + 1 < a->end && g_ascii_isdigit(run->text[i + 1]));
    }
    if (!year)
        return FALSE;
    for (gsize i = b->start; i < b->end; i++)
        if (g_ascii_isdigit(run->text[i]))
            return FALSE;
    return TRUE;
}

/* Does the date ending before token @e stand in apposition to the date
 * starting at token @s, restated by it: a comma and at most a preposition
 * between ("about a year ago, in the closing days of 2023", "last week, on
 * 3 March")? */
static gboolean
date_apposition(const CcFrameRun *run, guint e, guint s)
{
    if (e >= s || g_array_index(run->toks, Tok, e).kind != TOK_COMMA)
        return FALSE;
    if (e + 1 == s)
        return TRUE;
    if (e + 2 != s)
        return FALSE;
    static const Word preps[] = {WORD("in"), WORD("on"), WORD("during"), WORD("at")};
    return tok_in(run, e + 1, preps, G_N_ELEMENTS(preps));
}

/* Is the date at tokens [@s, @e2) set in parentheses right after a date
 * that ends before token @e ("on Monday (April 28)")? */
static gboolean
date_in_parens(const CcFrameRun *run, guint e, guint s, guint e2)
{
    return e + 1 == s && tok_is(run, e, "(") && tok_is(run, e2, ")");
}

/* How far apart tokens @a and @b are for telling which figure a word
 * belongs to: words, and a comma or a joining "and"/"or" as five ("Kursk,
 * which Ukrainian forces pushed into last August, was recaptured by Russia
 * in March"; "300 troops had been killed and 2,700 wounded"). */
static guint
reach(const CcFrameRun *run, guint a, guint b)
{
    guint n = 0;
    for (guint i = a; i < b; i++) {
        TokKind k = g_array_index(run->toks, Tok, i).kind;
        if (k == TOK_COMMA || tok_is(run, i, "and") || tok_is(run, i, "or"))
            n += 5;
        else if (k == TOK_WORD)
            n++;
    }
    return n;
}

/* The longest hit of @hits starting at token @t (@at_end FALSE) or ending
 * there, if longer than @best (NULL: none yet); else @best. */
static inline const Hit *
longer_hit_at(const GArray *hits, guint t, gboolean at_end, const Hit *best)
{
    for (guint j = 0; j < hits->len; j++) {
        const Hit *h = &g_array_index(hits, Hit, j);
        if ((at_end ? h->t1 : h->t0) == t
            && (best == NULL || h->t1 - h->t0 > best->t1 - best->t0))
            best = h;
    }
    return best;
}

/* hit_at() of a list of tables not a frame's slot's: each asked by name. */
static G_NO_INLINE const Hit *
hit_at_by_name(CcFrameRun *run, const GPtrArray *tables, guint t, gboolean at_end)
{
    const Hit *best = NULL;
    for (guint i = 0; i < tables->len; i++)
        best = longer_hit_at(dict_hits(run, tables->pdata[i]), t, at_end, best);
    return best;
}

/* The longest hit of any of @tables that starts at token @t (@at_end
 * FALSE) or ends there, its last token t - 1 (@at_end TRUE); NULL for none.
 * A frame's slot's list of tables is read through its Dict*, looked up
 * when the run is made (run->list_dicts), not by each table's name. */
static const Hit *
hit_at(CcFrameRun *run, const GPtrArray *tables, guint t, gboolean at_end)
{
    const struct ListDicts *s = list_dicts_slot(run, tables);
    if (s->tables == NULL)
        return hit_at_by_name(run, tables, t, at_end);
    const Hit *best = NULL;
    for (Dict *const *p = s->dicts; *p != NULL; p++)
        best = longer_hit_at(hits_of(run, *p, NULL), t, at_end, best);
    return best;
}

static const Hit *
hit_starting(CcFrameRun *run, const GPtrArray *tables, guint t)
{
    return hit_at(run, tables, t, FALSE);
}

static const Hit *
hit_ending(CcFrameRun *run, const GPtrArray *tables, guint t)
{
    return hit_at(run, tables, t, TRUE);
}


/* Does the word ending before token @t end its conjunct: "and" or "or"
 * (a comma before it or not) follows, and right after it, at most one
 * word before, the next figure at token @b ("soldiers sent to back Russian
 * units have *died* and 2,500 have been wounded", "… *killed*, and another
 * 900 wounded")? Such a word is the figure's before it — but not where
 * that one word is a harm paired with it, the two verbs sharing the
 * figure after them as their object ("there are 12,000 North Korean
 * soldiers in Kursk, and we have *killed or wounded* about 3,800 of
 * them": the 3,800's, no toll of the 12,000). */
static gboolean
ends_conjunct(CcFrameRun *run, guint t, guint b)
{
    if (t < b && g_array_index(run->toks, Tok, t).kind == TOK_COMMA)
        t++;
    if (!(t < b && (tok_is(run, t, "and") || tok_is(run, t, "or"))))
        return FALSE;
    if (b == t + 2 && g_array_index(run->toks, Tok, t - 1).kind != TOK_COMMA
        && in_table(run, "harm_cues", t + 1))
        return FALSE;
    return b - (t + 1) <= 1;
}

/* Does the figure at token @t0 open a conjunct of its own after a comma
 * and "and" in tokens [@a, @t0), at most one word between the "and" and
 * it ("…, and about 11,000 …", "…, and some 11,000 …")? */
static gboolean
conjunct_opened_between(const CcFrameRun *run, guint a, guint t0)
{
    for (guint k = a; k + 1 < t0; k++)
        if (g_array_index(run->toks, Tok, k).kind == TOK_COMMA && tok_is(run, k + 1, "and")
            && t0 - (k + 2) <= 1)
            return TRUE;
    return FALSE;
}

/* Does an elliptical "more" or "others" stand in tokens [@a, @b) as the
 * subject of a clause of its own, after "and", "with" or a comma and right
 * before its verb ("some 11,000 soldiers in Kursk, *and more are expected*
 * to follow")? The words after it are that clause's, not the figure's
 * before it ("more than" and "more troops" are no such subject). So is a
 * part of the figure's things told by a quantifier after "and" ("11,000
 * North Korean soldiers were already in Kursk, *and some had* already
 * suffered losses": the losses are some's, no toll of the 11,000). */
static gboolean
more_subject_between(const CcFrameRun *run, guint a, guint b)
{
    static const Word verbs[] = {WORD("are"),    WORD("were"),     WORD("is"),     WORD("was"),
                                 WORD("have"),   WORD("has"),      WORD("had"),    WORD("could"),
                                 WORD("may"),    WORD("might"),    WORD("will"),   WORD("would"),
                                 WORD("should"), WORD("expected"), WORD("likely"), WORD("due"),
                                 WORD("on")};
    for (guint t = a; t < b; t++) {
        if (t == 0)
            continue;
        gboolean part = tok_is(run, t, "some") || tok_is(run, t, "many") || tok_is(run, t, "most");
        if (!(part || tok_is(run, t, "more") || tok_is(run, t, "others")))
            continue;
        if (part ? !tok_is(run, t - 1, "and")
                 : !(g_array_index(run->toks, Tok, t - 1).kind == TOK_COMMA
                     || tok_is(run, t - 1, "and") || tok_is(run, t - 1, "with")))
            continue;
        if (tok_in(run, t + 1, verbs, G_N_ELEMENTS(verbs)))
            return TRUE;
    }
    return FALSE;
}

/* Does hit @h, after a figure, send or expect an elliptical "more" of its
 * own: its last word "more", "another", "additional" or "further", or one
 * of those (or "others") right after it, and no figure of their own there
 * (the next figure starts at @b when @b_fig) — "About 11,000 are in Kursk,
 * and Pyongyang is preparing *to send more*", "plans to send additional
 * troops"? Such a sending is of others, not of the figure before it. */
static gboolean
sends_more(const CcFrameRun *run, const Hit *h, guint b, gboolean b_fig)
{
    static const Word more[] = {WORD("more"), WORD("another"), WORD("additional"), WORD("further"),
                                WORD("others")};
    if (h->t1 == 0 || (b_fig && b <= h->t1 + 2))
        return FALSE;
    return tok_in(run, h->t1 - 1, more, G_N_ELEMENTS(more))
           || tok_in(run, h->t1, more, G_N_ELEMENTS(more));
}

/* Does the figure at token @ot tell a unit's strength, a phrase of
 * `unit_strength_words` right before it, at most two words between ("a
 * battalion of 500", "his unit of about 100")? */
static gboolean
unit_strength_at(CcFrameRun *run, guint ot)
{
    if (dict_of(run, "unit_strength_words") == NULL)
        return FALSE;
    const GArray *hits = dict_hits(run, "unit_strength_words");
    for (guint j = 0; j < hits->len; j++) {
        const Hit *h = &g_array_index(hits, Hit, j);
        if (h->t1 <= ot && h->t1 + 3 > ot && words_between(run->toks, h->t1, ot) == ot - h->t1)
            return TRUE;
    }
    return FALSE;
}

/* Does a label's colon stand at token @k, right before the figure at @t0,
 * a short note in parentheses before the colon or not ("Deployed: October
 * 2024", "Troops (est.): 12,000")? */
static gboolean
label_colon_before(const CcFrameRun *run, guint k, guint t0)
{
    if (k < t0 && tok_is(run, k, "(")) {
        guint j = k + 1;
        while (j < t0 && j < k + 6 && !tok_is(run, j, ")"))
            j++;
        if (j >= t0 || !tok_is(run, j, ")"))
            return FALSE;
        k = j + 1;
    }
    return k + 1 == t0 && tok_is(run, k, ":");
}

/* Is hit @h a fact box's label of a figure of its own, a colon alone
 * between them ("Killed: 300 | *Wounded*: 2,700")? It is no word of the
 * figure before. */
static gboolean
label_of_next(const CcFrameRun *run, const Hit *h)
{
    guint k = h->t1 + 1;
    /* a tilde for "about" before the figure: "Wounded: ~2,700" */
    if (k + 1 < run->toks->len && tok_is(run, k, "~"))
        k++;
    if (k >= run->toks->len)
        return FALSE;
    const Tok *c = &g_array_index(run->toks, Tok, h->t1);
    const Tok *n = &g_array_index(run->toks, Tok, k);
    return c->kind == TOK_BREAK && run->text[c->start] == ':' && n->kind == TOK_WORD
           && g_ascii_isdigit(run->text[n->start]);
}

/* Is hit @h a verb the things counted, their noun phrase ending at token
 * @t1, do themselves: it follows the noun at once (an active "have",
 * "has" or "had" between at most) and takes a direct object, a
 * determiner, a figure or a name after it, the verb a word alone
 * ("About 1,000 Ukrainian troops *captured* the town", "3,000 North
 * Korean troops *killed* some 200 Ukrainians", "*seized* Sudzha")? What
 * befell them is told in the passive or by a participle, a preposition,
 * an adverb or a time after it ("two North Korean soldiers *captured*
 * near Sudzha", "*killed* the same day", "*captured* Monday"). */
static gboolean
own_act_after(const CcFrameRun *run, guint t1, const Hit *h)
{
    static const Word aux[] = {WORD("have"), WORD("has"), WORD("had")};
    static const Word objects[] = {
        WORD("the"),     WORD("a"),      WORD("an"),      WORD("its"),     WORD("their"),
        WORD("his"),     WORD("some"),   WORD("roughly"), WORD("nearly"),  WORD("almost"),
        WORD("dozens"),  WORD("hundreds"), WORD("scores"), WORD("several"), WORD("many"),
        WORD("two"),     WORD("three"),  WORD("four"),    WORD("five"),    WORD("six"),
        WORD("seven"),   WORD("eight"),  WORD("nine"),    WORD("ten")};
    static const Word approx[] = {WORD("about"), WORD("around"), WORD("over"), WORD("more"),
                                  WORD("up"), WORD("at"), WORD("approximately"), WORD("fewer"),
                                  WORD("less")};
    static const Word times[] = {
        WORD("previous"), WORD("same"),  WORD("following"), WORD("next"),  WORD("day"),
        WORD("week"),     WORD("weeks"), WORD("month"),     WORD("months"), WORD("days"),
        WORD("night"),    WORD("morning"), WORD("weekend"), WORD("time"),  WORD("year"),
        WORD("years"),    WORD("other")};
    static const Word dates[] = {
        WORD("january"), WORD("february"), WORD("march"),    WORD("april"),  WORD("may"),
        WORD("june"),    WORD("july"),     WORD("august"),   WORD("september"), WORD("october"),
        WORD("november"), WORD("december"), WORD("jan"),    WORD("feb"),    WORD("aug"),
        WORD("sept"),    WORD("oct"),      WORD("nov"),      WORD("dec"),    WORD("monday"),
        WORD("tuesday"), WORD("wednesday"), WORD("thursday"), WORD("friday"), WORD("saturday"),
        WORD("sunday")};
    guint n = run->toks->len;
    /* one word, the verb alone: a phrase of the table that ends in its
     * preposition ("fallen in", "seized by") has its own object after it */
    if (h->t0 < t1 || h->t0 > t1 + 1 || h->t1 != h->t0 + 1 || h->t1 >= n)
        return FALSE;
    if (h->t0 == t1 + 1 && !tok_in(run, t1, aux, G_N_ELEMENTS(aux)))
        return FALSE;
    const Tok *o = &g_array_index(run->toks, Tok, h->t1);
    if (o->kind != TOK_WORD)
        return FALSE;
    const char *w = run->text + o->start;
    if (g_ascii_isdigit(w[0]))
        return TRUE;
    /* a figure with its approximator or bound: "killed about 200", "more
     * than 300" (a place's "around Sudzha" is none) */
    if (tok_in(run, h->t1, approx, G_N_ELEMENTS(approx)) && h->t1 + 1 < n
        && g_array_index(run->toks, Tok, h->t1 + 1).kind == TOK_WORD
        && (g_ascii_isdigit(run->text[g_array_index(run->toks, Tok, h->t1 + 1).start])
            || tok_is(run, h->t1 + 1, "than")))
        return TRUE;
    if (tok_in(run, h->t1, objects, G_N_ELEMENTS(objects)))
        return !(h->t1 + 1 < n && tok_in(run, h->t1 + 1, times, G_N_ELEMENTS(times)));
    return g_ascii_isupper(w[0]) && !tok_in(run, h->t1, dates, G_N_ELEMENTS(dates));
}

/* A hit of @tables between the figure at tokens [t0, v1), whose noun
 * phrase ends at @t1, and its neighbour figures, which end at @a (FALSE @a_fig: the clause starts
 * there) and start at @b: the nearest that belongs to this figure, no
 * further than @before / @after words. A word between two figures belongs
 * to the nearer; on a tie, to the earlier ("some 4,700 have become
 * casualties, of whom about 600 died"). With @asides, the words of
 * asides set off by commas (comma_aside_words_between()) are no part of
 * the distance after the figure, and a hit inside a relative clause set
 * off by commas after it (in_relative_after()) is not the figure's. */
static const Hit *
hit_owned_in(CcFrameRun *run, const GPtrArray *tables, guint t0, guint v1, guint t1, guint a,
             gboolean a_fig, guint b, gboolean b_fig, guint before, guint after,
             gboolean asides)
{
    const Hit *best = NULL;
    guint best_d = G_MAXUINT;
    for (guint i = 0; i < tables->len; i++) {
        const GArray *hits = dict_hits(run, tables->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            if (h->t0 < a || h->t1 > b)
                continue;
            /* "to Kyiv" in "according to Kyiv" names a source, no
             * receiver or place of the figure's */
            if (h->t0 > 0 && tok_is(run, h->t0, "to") && tok_is(run, h->t0 - 1, "according"))
                continue;
            guint d;
            if (h->t1 <= t0) {
                d = words_between(run->toks, h->t1, t0) - source_aside_words(run, h->t1, t0)
                    - relative_words_between(run, h->t1, t0);
                /* a figure set in apposition right after a formation's
                 * comma (`formation_nouns`) is told of it, nearer than a
                 * figure before it: "two military *brigades*, 5,000
                 * people in all" */
                gboolean apposed = h->t1 + 1 == t0
                                   && g_array_index(run->toks, Tok, h->t1).kind == TOK_COMMA
                                   && in_table(run, "formation_nouns", h->t0);
                if (d > before
                    || (a_fig && !apposed && reach(run, a, h->t0) <= reach(run, h->t1, t0)))
                    continue;
            } else if (h->t0 >= t1) {
                /* an aside opening ", according to …," after a figure
                 * that opens the sentence is both a fronted aside and a
                 * source set off by commas: passed over once */
                d = words_between(run->toks, t1, h->t0) - aside_words_between(run, t1, h->t0)
                    - MAX(fronted_speaker_words(run, t0, t1, h->t0),
                          source_aside_words(run, t1, h->t0))
                    - (asides ? comma_aside_words_between(run, t1, h->t0) : 0);
                if (d > after
                    || (b_fig && reach(run, h->t1, b) < reach(run, t1, h->t0)
                        && !ends_conjunct(run, h->t1, b))
                    || label_of_next(run, h)
                    || more_subject_between(run, t1, h->t0)
                    || (h->t0 > t1 && sends_more(run, h, b, b_fig))
                    || (asides && in_relative_after(run, t1, h)))
                    continue;
            } else if (h->t0 >= v1 && h->t1 <= t1) {
                d = 0; /* inside the noun phrase: "two *captured* North Koreans" */
            } else {
                continue;
            }
            if (d < best_d) {
                best = h;
                best_d = d;
            }
        }
    }
    return best;
}

static const Hit *
hit_owned(CcFrameRun *run, const GPtrArray *tables, guint t0, guint v1, guint t1, guint a,
          gboolean a_fig, guint b, gboolean b_fig, guint before, guint after)
{
    return hit_owned_in(run, tables, t0, v1, t1, a, a_fig, b, b_fig, before, after, FALSE);
}

/* A hit of @tables in the noun phrase that opens the clause at @c0, before
 * an aside set off by commas that holds the date ending at @a, nearer the
 * date at @t0 than the hit ("The treaty with *Belarus*, signed on Dec. 6,
 * was ratified in March", "Russia's treaty with *Iran*, which the Duma
 * ratified on April 8, came into force in June"): the noun phrase is what
 * both dates tell of, and a word there that forbids one forbids the
 * other. The aside's words are no part of the distance, at most @before
 * words. */
static gboolean mention_between(const CcFrameRun *run, const GArray *mentions, guint self, guint a,
                                guint b);

static const Hit *
veto_before_aside(CcFrameRun *run, const GArray *mentions, guint self, const GPtrArray *tables,
                  guint c0, guint a, guint t0, guint before)
{
    /* the aside's closing comma, words alone between it and this date,
     * at or after the bound before this date (the nearer date's end, or
     * the end of a relative clause it stands in) */
    guint close = t0;
    while (close > a && g_array_index(run->toks, Tok, close - 1).kind == TOK_WORD)
        close--;
    if (close == 0 || close + 1 < a || g_array_index(run->toks, Tok, close - 1).kind != TOK_COMMA)
        return NULL;
    close--;
    /* and its opening one, the clause's first comma, after a noun phrase
     * of at most eight words, before the nearer date */
    guint open = c0;
    while (open < close && g_array_index(run->toks, Tok, open).kind == TOK_WORD)
        open++;
    if (open + 2 >= a || g_array_index(run->toks, Tok, open).kind != TOK_COMMA
        || words_between(run->toks, c0, open) > ASIDE_WORDS
        || words_between(run->toks, open + 1, close) > 16
        || !mention_between(run, mentions, self, open + 1, close))
        return NULL;
    for (guint k = open + 1; k < close; k++)
        if (g_array_index(run->toks, Tok, k).kind == TOK_BREAK
            || g_array_index(run->toks, Tok, k).kind == TOK_COMMA)
            return NULL;
    guint after_aside = words_between(run->toks, close + 1, t0);
    const Hit *best = NULL;
    guint best_d = G_MAXUINT;
    for (guint i = 0; i < tables->len; i++) {
        const GArray *hits = dict_hits(run, tables->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            if (h->t0 < c0 || h->t1 > open)
                continue;
            guint d = words_between(run->toks, h->t1, open) + after_aside;
            if (d <= before && d < best_d) {
                best = h;
                best_d = d;
            }
        }
    }
    return best;
}

/* The hit of @tables nearest to tokens [t0, t1) within [c0, c1), no
 * further than @before words before t0 or @after words after t1. */
static const Hit *
hit_near(CcFrameRun *run, const GPtrArray *tables, guint t0, guint t1, guint c0, guint c1,
         guint before, guint after)
{
    return hit_owned(run, tables, t0, t1, t1, c0, FALSE, c1, FALSE, before, after);
}

/* hit_near() for the predicate of a part set before its whole, whose
 * whole may have a relative clause or other aside set off by commas: its
 * words are no part of the distance to the part's verb ("Roughly 4,700 of
 * the 11,000 troops North Korea sent to the Kursk front*, where they
 * fought beside Russian marines for months,* have been killed or
 * wounded", "Some 2,500 of the 12,000 troops Kim dispatched*, a force
 * with no combat experience,* have been killed or wounded") */
static const Hit *
part_hit_near(CcFrameRun *run, const GPtrArray *tables, guint t0, guint c1, guint after)
{
    return hit_owned_in(run, tables, t0, t0, t0, t0, FALSE, c1, FALSE, 0, after, TRUE);
}

/* Is any mention other than @self inside tokens [a, b)? */
static gboolean
mention_between(const CcFrameRun *run, const GArray *mentions, guint self, guint a, guint b)
{
    for (guint i = 0; i < mentions->len; i++) {
        if (i == self)
            continue;
        const CcMention *m = &g_array_index(mentions, CcMention, i);
        if (m->said_at != 0)
            continue;
        guint mt = tok_at(run->toks, m->start);
        if (mt >= a && mt < b)
            return TRUE;
    }
    return FALSE;
}

/* The token where a share of the figure @self opens, the share standing
 * right before the figure at token @t0 with at most three words between
 * ("lost *about half* of its 120 men"); G_MAXUINT for none. */
static guint
share_before_base(const CcFrameRun *run, const GArray *mentions, guint self, guint t0)
{
    for (guint i = 0; i < mentions->len; i++) {
        const CcMention *s = &g_array_index(mentions, CcMention, i);
        if (i == self || s->fraction_of != self || s->end == s->start)
            continue;
        guint e = tok_at(run->toks, s->end - 1) + 1;
        if (e <= t0 && t0 - e <= 3)
            return tok_at(run->toks, s->start);
    }
    return G_MAXUINT;
}

/* Is the scope word of hit @h a newspaper: "daily" or "weekly" after an
 * article and only names before it ("a Japanese daily", "the U.S.
 * daily", "a Seoul-based daily"), with no noun of its own after it ("the
 * daily output" is a rate)? */
static gboolean
newspaper(const CcFrameRun *run, const Hit *h)
{
    if (h->t1 != h->t0 + 1 || !(tok_is(run, h->t0, "daily") || tok_is(run, h->t0, "weekly")))
        return FALSE;
    guint n = run->toks->len;
    /* a paper's name, inside the sentence: "…, Daily NK reported", "the
     * Weekly Standard" — a capital, and a capitalised word after it */
    if (h->t0 > 0 && h->t1 < n && g_ascii_isupper(run->text[g_array_index(run->toks, Tok, h->t0).start])
        && g_array_index(run->toks, Tok, h->t1).kind == TOK_WORD
        && g_ascii_isupper(run->text[g_array_index(run->toks, Tok, h->t1).start])) {
        const Tok *prev = &g_array_index(run->toks, Tok, h->t0 - 1);
        if (prev->kind == TOK_WORD || prev->kind == TOK_COMMA)
            return TRUE;
    }
    if (h->t1 < n) {
        const Tok *next = &g_array_index(run->toks, Tok, h->t1);
        gsize len = next->end - next->start;
        const char *w = run->text + next->start;
        static const char *const verbs[] = {"said", "says", "reports", "writes", "wrote",
                                            "found", "citing", "quoting"};
        gboolean verb = len > 3 && w[len - 2] == 'e' && w[len - 1] == 'd';
        for (guint i = 0; !verb && i < G_N_ELEMENTS(verbs); i++)
            verb = tok_is(run, h->t1, verbs[i]);
        if (g_ascii_isdigit(w[0]) || (next->kind == TOK_WORD && g_ascii_islower(w[0]) && !verb))
            return FALSE;
    }
    for (guint t = h->t0; t-- > 0;) {
        const Tok *tok = &g_array_index(run->toks, Tok, t);
        const char *w = run->text + tok->start;
        gsize len = tok->end - tok->start;
        if (tok_is(run, t, "a") || tok_is(run, t, "the"))
            return TRUE;
        if (tok->kind == TOK_WORD
            && (g_ascii_isupper(w[0]) || (len > 6 && g_ascii_strncasecmp(w + len - 6, "-based", 6) == 0)))
            continue;
        if (tok->kind == TOK_OTHER && len == 1 && w[0] == '.' && t > 0)
            continue; /* the stop of "U.S." */
        return FALSE;
    }
    return FALSE;
}

/* Is the scope word of hit @h the "daily" or "weekly" of a briefing, a
 * press conference or a call with reporters ("told the daily briefing that
 * about 200 …", "at the weekly news conference")? It times the briefing,
 * no rate of the figure. */
static gboolean
briefing_rate(const CcFrameRun *run, const Hit *h)
{
    static const char *const nouns[] = {"briefing", "briefings", "press",      "news",
                                        "presser",  "call",      "conference", "conferences"};
    if (h->t1 != h->t0 + 1 || !(tok_is(run, h->t0, "daily") || tok_is(run, h->t0, "weekly"))
        || h->t1 >= run->toks->len)
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(nouns); i++)
        if (tok_is(run, h->t1, nouns[i]))
            return TRUE;
    return FALSE;
}

/* Does hit @h lie within a quantity other than @self? (A date may hold
 * a scope: "this month", "in the past week".) */
static gboolean
inside_quantity(const GArray *mentions, guint self, const Hit *h)
{
    for (guint i = 0; i < mentions->len; i++) {
        const CcMention *m = &g_array_index(mentions, CcMention, i);
        if (i != self && m->type == CC_CLAIM_QUANTITY && m->start <= h->start && h->end <= m->end)
            return TRUE;
    }
    return FALSE;
}

/* Does scope hit @h hold a date mention and more words ("*this week*
 * alone")? The date then dates the claim (its as_of), so the claim's own
 * words stop short of the scope word rather than swallow the date. A
 * scope word that is itself the date ("the past week") is no such hit.
 * NULL holds none. */
static gboolean
scope_holds_date(const GArray *mentions, const Hit *h)
{
    for (guint i = 0; h != NULL && i < mentions->len; i++) {
        const CcMention *m = &g_array_index(mentions, CcMention, i);
        if (m->type == CC_CLAIM_DATE && h->start <= m->start && m->end <= h->end
            && (h->start < m->start || m->end < h->end))
            return TRUE;
    }
    return FALSE;
}

/* Is hit @h an ordinal inside a date ("the *second* half of 2024", "the
 * *first* quarter", "the *first* week of March")? It names a part of a
 * period, no batch. */
static gboolean
ordinal_in_date(const CcFrameRun *run, const GArray *mentions, const Hit *h)
{
    static const char *const ordinals[] = {"first", "second", "third", "fourth", "last"};
    gboolean ordinal = FALSE;
    for (guint i = 0; h->t1 == h->t0 + 1 && !ordinal && i < G_N_ELEMENTS(ordinals); i++)
        ordinal = tok_is(run, h->t0, ordinals[i]);
    for (guint i = 0; ordinal && i < mentions->len; i++) {
        const CcMention *m = &g_array_index(mentions, CcMention, i);
        if (m->type == CC_CLAIM_DATE && m->start <= h->start && h->end <= m->end)
            return TRUE;
    }
    return FALSE;
}

/* Is mention @i another figure of @self's kind, no saying's day, that
 * starts in tokens [@a, @t0)? */
static gboolean
other_figure_in(const CcFrameRun *run, const GArray *mentions, guint self, guint i, guint a,
                guint t0)
{
    const CcMention *m = &g_array_index(mentions, CcMention, i);
    if (i == self || m->type != g_array_index(mentions, CcMention, self).type || m->said_at != 0)
        return FALSE;
    guint mt = tok_at(run->toks, m->start);
    return mt >= a && mt < t0;
}

/* How many figures of @self's kind, none of them a saying's day, start in
 * tokens [@a, @t0), @self aside; *@first: where the first of them starts. */
static guint
other_figures(const CcFrameRun *run, const GArray *mentions, guint self, guint a, guint t0,
              guint *first)
{
    guint n = 0;
    *first = G_MAXUINT;
    for (guint i = 0; i < mentions->len; i++)
        if (other_figure_in(run, mentions, self, i, a, t0) && n++ == 0)
            *first = tok_at(run->toks, g_array_index(mentions, CcMention, i).start);
    return n;
}

/* Is a figure of @self's kind (a quantity for a quantity) between tokens
 * @a and @b? A date between a noun and its figure is no figure of its own
 * ("casualties since the troops went into battle in December numbered
 * around 1,100"). */
static gboolean
figure_between(const CcFrameRun *run, const GArray *mentions, guint self, guint a, guint b)
{
    guint first;
    return other_figures(run, mentions, self, a, b, &first) > 0;
}

/* Is every figure of @self's kind in tokens [@a, @t0) a count of stages
 * set after a preposition, its own noun of `stage_nouns` right after it
 * ("the number of North Korean troops deployed *in two rounds* at about
 * 14,000", "sent *over three months*")? Such a figure says how the things
 * came, not how many: the noun before it still reaches the figure after
 * it. FALSE when there is none. */
static gboolean
stage_figures_only(CcFrameRun *run, const GArray *mentions, guint self, guint a, guint t0)
{
    guint n = 0;
    for (guint i = 0; i < mentions->len; i++) {
        if (!other_figure_in(run, mentions, self, i, a, t0))
            continue;
        const CcMention *m = &g_array_index(mentions, CcMention, i);
        if (!stage_count_at(run, tok_at(run->toks, m->start), tok_at(run->toks, m->end - 1) + 1))
            return FALSE;
        n++;
    }
    return n > 0;
}

/* Is token @t the noun of a count of stages right before it ("in two
 * *rounds*")? It is that count's, no noun of a figure after it. The count
 * itself is no mention (counts_something()): figures, or a small count
 * in words. */
static gboolean
stage_noun_at(CcFrameRun *run, guint t)
{
    if (t < 2 || g_array_index(run->toks, Tok, t - 1).kind != TOK_WORD)
        return FALSE;
    static const char *const small[] = {"two",  "three", "four", "five",   "six",
                                        "seven", "eight", "nine", "ten", "several"};
    const Tok *w = &g_array_index(run->toks, Tok, t - 1);
    gboolean count = g_ascii_isdigit(run->text[w->start]);
    for (guint k = 0; !count && k < G_N_ELEMENTS(small); k++)
        count = tok_is(run, t - 1, small[k]);
    return count && stage_count_at(run, t - 1, t);
}

/* Do tokens [@a, @t0) open with "among", a determiner or a possessive or
 * two and a figure, the only figure before @t0 ("losses *among its 11,000
 * troops* now stand at about 4,000")? That figure is the whole the noun
 * before "among" is counted among, no figure of that noun's own. */
static gboolean
among_whole(const CcFrameRun *run, const GArray *mentions, guint self, guint a, guint t0)
{
    if (a >= t0 || !(tok_is(run, a, "among") || tok_is(run, a, "amongst")))
        return FALSE;
    guint k = a + 1;
    for (guint n = 0; n < 2 && k < t0; n++, k++) {
        const Tok *w = &g_array_index(run->toks, Tok, k);
        gsize len = w->end - w->start;
        gboolean poss = w->kind == TOK_WORD && len > 2 && run->text[w->end - 1] == 's'
                        && (run->text[w->end - 2] == '\''
                            || (len > 4 && (guchar)run->text[w->end - 2] == 0x99));
        if (!(tok_is(run, k, "the") || tok_is(run, k, "its") || tok_is(run, k, "their")
              || tok_is(run, k, "his") || poss))
            break;
    }
    guint mt;
    return other_figures(run, mentions, self, a, t0, &mt) == 1 && mt == k;
}

/* Does token @u stand in such a whole, "among" at most six words before
 * it, whose figure is the only one before @t0? */
static gboolean
among_noun(const CcFrameRun *run, const GArray *mentions, guint self, guint c0, guint u, guint t0)
{
    for (guint a = u; a >= c0 && a + 6 >= u; a--) {
        if (among_whole(run, mentions, self, a, t0))
            return TRUE;
        if (a == 0)
            break;
    }
    return FALSE;
}

/* Is the figure at token @t0 the level a change reaches, "to" right
 * before it, and the only figure of tokens [@a, @t0) the change's size,
 * right after "by", or the level it started from, right after "from",
 * within eight words before it ("the number of North Korean soldiers in
 * Russia rose by about 1,200 after the first transfer, to some 2,700",
 * "has grown from about 11,000 to some 14,000")? The noun the change is of
 * counts that level too. */
static gboolean
change_to(const CcFrameRun *run, const GArray *mentions, guint self, guint a, guint t0)
{
    if (t0 == 0 || !tok_is(run, t0 - 1, "to"))
        return FALSE;
    guint mt;
    return other_figures(run, mentions, self, a, t0, &mt) == 1 && mt > 0
           && (tok_is(run, mt - 1, "by") || tok_is(run, mt - 1, "from") || tok_is(run, mt, "from"))
           && t0 - mt <= 10;
}

/* Does a noun another frame counts, or a unit, start at token @t, where
 * none of @self's counted nouns does (@self NULL: any frame's)? For telling
 * a figure's own head noun from another frame's. */
static gboolean
foreign_head(CcFrameRun *run, const CcFrame *self, guint t)
{
    if (run->scanned != run->sentence)
        rescan(run);
    if (t >= run->starts->len)
        return FALSE;
    const CcTableBits *here = &g_array_index(run->starts, CcTableBits, t);
    return cc_table_bits_meet(here, &run->counts_bits)
           && (self == NULL || !cc_table_bits_meet(here, &self->counts_bits));
}

/* The token after a mention with a unit of its own that starts at token
 * @t, or 0 when none does. */
static guint
unit_mention_end(CcFrameRun *run, const GArray *mentions, guint self, guint t)
{
    for (guint i = 0; i < mentions->len; i++) {
        const CcMention *o = &g_array_index(mentions, CcMention, i);
        if (i != self && o->type == CC_CLAIM_QUANTITY && o->value.unit != NULL
            && tok_at(run->toks, o->start) == t)
            return tok_at(run->toks, o->end - 1) + 1;
    }
    return 0;
}

/* Does a noun that another frame counts start at token @t and run past
 * token @end? */
static gboolean
longer_foreign(CcFrameRun *run, const CcFrame *self, guint t, guint end)
{
    /* Nearly always no hit of any counted table starting at @t runs past
     * @end: the tables with a hit there (run->starts, within counts_bits)
     * tell it without asking every frame. */
    if (run->scanned != run->sentence)
        rescan(run);
    if (run->scanned == run->sentence && t < run->starts->len) {
        const CcTableBits *here = &g_array_index(run->starts, CcTableBits, t);
        gboolean longer = FALSE;
        for (guint w = 0; w < G_N_ELEMENTS(here->w) && !longer; w++)
            for (guint64 x = here->w[w] & run->counts_bits.w[w]; x != 0 && !longer; x &= x - 1) {
                const Dict *d = run->by_bit[w * 64 + (guint)__builtin_ctzll(x)];
                for (guint j = 0; d != NULL && j < d->hits->len && !longer; j++) {
                    const Hit *h = &g_array_index(d->hits, Hit, j);
                    longer = h->t0 == t && h->t1 > end;
                }
            }
        if (!longer)
            return FALSE;
    }
    for (guint i = 0; i < run->frames->len; i++) {
        const CcRule *r = run->frames->pdata[i];
        const CcFrame *f = r->frame;
        if (f == self || r->type == CC_CLAIM_DATE || f->slot[CC_SLOT_COUNTS].tables->len == 0)
            continue;
        /* (a frame whose antecedent is not there counts nothing while a
         * figure is read again) */
        if (run->hiding && (run->missed_follows[i / 64] >> (i % 64) & 1))
            continue;
        const Hit *h = hit_starting(run, f->slot[CC_SLOT_COUNTS].tables, t);
        if (h != NULL && h->t1 > end)
            return TRUE;
    }
    return FALSE;
}

/* Do tokens [@a, @b) between a date's cue and the date hold only a
 * passive's agent and place, then the date's "on" or "in": "by", names
 * (capitalised words, "and", "the", "of", "the two leaders"), at most one "in" or "at" and a
 * place, the date's preposition last ("the treaty *signed by Putin and Kim
 * in Pyongyang on* June 19 entered into force on Wednesday": June 19 is
 * the signing's, though the entry into force's words follow it)? At most
 * eleven words, no punctuation. */
static gboolean
agent_before_date(const CcFrameRun *run, guint a, guint b)
{
    if (b < a + 3 || b - a > 12 || !tok_is(run, a, "by")
        || !(tok_is(run, b - 1, "on") || tok_is(run, b - 1, "in")))
        return FALSE;
    guint places = 0;
    for (guint i = a + 1; i + 1 < b; i++) {
        const Tok *w = &g_array_index(run->toks, Tok, i);
        if (w->kind != TOK_WORD)
            return FALSE;
        if (tok_is(run, i, "in") || tok_is(run, i, "at")) {
            if (++places > 1 || i == a + 1)
                return FALSE;
            continue;
        }
        static const Word names[] = {WORD("and"),     WORD("the"),   WORD("of"),
                                     WORD("two"),     WORD("both"),  WORD("leaders"),
                                     WORD("sides"),   WORD("countries"), WORD("presidents")};
        if (!g_ascii_isupper(run->text[w->start]) && !tok_in(run, i, names, G_N_ELEMENTS(names)))
            return FALSE;
    }
    return TRUE;
}

typedef struct {
    const Hit *counts, *cue, *subject, *scope, *veto;
    guint veto_line; /* the line of the veto that stood */
    char *subject_name; /* resolved (owned) */
    gboolean subject_inherited;
    const Hit *subject_owner; /* the party "its" before the counted noun stands for */
    const char *missing; /* the first slot that failed, or NULL */
    guint filled;        /* slots filled: how close a miss came */
    /* How closely the counted noun holds the figure, for consolidation:
     * words between them (FAR for none, or one borrowed from another
     * figure), and the noun's length in words. */
    guint counts_dist, counts_len;
    guint cue_dist; /* words between the figure and its cue; FAR for none */
    gboolean said;  /* the cue is a verb of saying that is the event */
    /* a date's cue right before it, a word at most between ("signed in
     * June", "admitted on Monday") */
    gboolean cue_leads;
    /* a quantity's cue right after its counted noun, which follows the
     * figure, and a word of `harm_cues`: what befell those counted ("lost
     * 1,500 troops *killed*") */
    gboolean cue_trails;
    /* a quantity's cue before its figure is a word of `loss_verbs` ("lost
     * 1,500 troops killed") or `loss_nouns` ("Of those losses, some 2,000
     * wounded soldiers …") */
    gboolean cue_loss;
    /* a quantity's cue between its figure and its counted noun after it,
     * a word of `harm_cues` that is none of those: which loss it was
     * ("some 2,000 *wounded* soldiers") */
    gboolean cue_inside;
    /* the date is the day of a report the frame's `by_report` takes: the
     * event was by then */
    gboolean by_report;
    /* how far back what the frame follows stands, when it follows one
     * (follows_distance()): 0 named in this sentence, 1 and 2 in the
     * sentences before, 3 in the title; 0 when it follows nothing */
    guint follows_dist;
    /* the scope is a rate in the phrase that opens the sentence
     * (fronted_rate()): it sets the clause's time, and the words between
     * it and the figure, a speaker among them, are none of the claim's */
    gboolean scope_fronted;
    /* a date's cue and counted noun both in a clause of saying the date's
     * comma and "with" open after it (said_with_after()); a date's cue
     * before it in its clause */
    gboolean cue_said_after, cue_before;
} Fill;

static int pronoun_owned(const CcFrameRun *run, const Hit *counts);

/* Is a party of `third_parties` the speaker of the figure at token @t0,
 * named in its clause (from @c0) before it, with no other party between
 * ("Nepal's foreign ministry has confirmed 35 deaths")? A country the
 * pack counts no soldiers of tells of its own citizens' fate, not of the
 * party the sentences before name. */
static gboolean
third_party_speaker(CcFrameRun *run, const CcFrame *f, guint c0, guint t0)
{
    const GPtrArray *tables = f->slot[CC_SLOT_SUBJECT].tables;
    const Hit *last = NULL;
    for (guint i = 0; i < tables->len; i++) {
        const GArray *hits = dict_hits(run, tables->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            if (h->t0 >= c0 && h->t1 <= t0 && (last == NULL || h->t0 > last->t0))
                last = h;
        }
    }
    return last != NULL && third_party(run, entity_name(run, run->text, last)) && speaks(run, last);
}

/* Does the sentence open with the possessive of a name no table of @f's
 * subject knows, one to three capitalised words, and a noun of a force
 * right after it, a word between at most, that does not speak, with
 * @fill's counted words after it ("Tonga's navy, with fewer than 200
 * personnel, took part in the exercise", "Fiji's military, with about
 * 3,500 personnel, joined the drills")? The men are that force's, not
 * those of the party the sentences before name. */
static gboolean
opener_force(CcFrameRun *run, const CcFrame *f, const Fill *fill, const Word *not_names,
             gsize n_not_names)
{
    static const Word force[] = {WORD("army"),    WORD("navy"),    WORD("military"),
                                 WORD("force"),   WORD("forces"),  WORD("armed"),
                                 WORD("air"),     WORD("defence"), WORD("defense"),
                                 WORD("coast"),   WORD("marines")};
    static const Word speak[] = {WORD("says"),      WORD("said"),     WORD("say"),
                                 WORD("told"),      WORD("tells"),    WORD("estimates"),
                                 WORD("estimated"), WORD("believes"), WORD("reported"),
                                 WORD("reports"),   WORD("puts"),     WORD("put"),
                                 WORD("claims"),    WORD("claimed"),  WORD("assessed"),
                                 WORD("assesses"),  WORD("thinks"),   WORD("announced"),
                                 WORD("confirmed"), WORD("according")};
    if (fill->counts == NULL)
        return FALSE;
    guint t = 0;
    while (t < 3 && t < run->toks->len && g_array_index(run->toks, Tok, t).kind == TOK_WORD
           && g_ascii_isupper(run->text[g_array_index(run->toks, Tok, t).start]))
        t++;
    if (t == 0 || t >= run->toks->len || tok_in(run, 0, not_names, n_not_names)
        || hit_starting(run, f->slot[CC_SLOT_SUBJECT].tables, 0) != NULL
        || possessive(run->text, &g_array_index(run->toks, Tok, t - 1)) == 0)
        return FALSE;
    guint k = t;
    if (!tok_in(run, k, force, G_N_ELEMENTS(force))) {
        k++;
        if (k >= run->toks->len || g_array_index(run->toks, Tok, t).kind != TOK_WORD
            || !tok_in(run, k, force, G_N_ELEMENTS(force)))
            return FALSE;
    }
    if (fill->counts->t0 <= k)
        return FALSE;
    for (guint j = k + 1; j < run->toks->len && j <= k + 3; j++)
        if (tok_in(run, j, speak, G_N_ELEMENTS(speak)))
            return FALSE;
    return TRUE;
}

/* Does the sentence open with a name no table of @f's subject knows that
 * is the subject of @fill's cue: one to three capitalised words, an aside
 * set off by commas after them or not, then at most three of "has",
 * "have", "had", "will", "also", "now", "already", "so", "far" right
 * before the cue ("Israel, by contrast, has lost more than 800 soldiers in
 * Gaza", "Britain has lost …", "Jamaica will send 24 soldiers to Haiti",
 * "Kenya has deployed 400 officers"), the cue "lost" or "lose", or a verb
 * of sending, or (no party named before the sentence) a verb of saying
 * before a counted noun "its" owns ("Georgia says 170 of its soldiers were
 * killed")? A name the tables know is the subject itself; a pronoun or a
 * noun after the capitalised word ("Those troops are …") is none; so are
 * "Kim" and "Putin", whose men are their country's. */
static gboolean
unknown_opener(CcFrameRun *run, const CcFrame *f, const Fill *fill)
{
    static const Word aux[] = {WORD("has"), WORD("have"),    WORD("had"), WORD("will"),
                               WORD("also"), WORD("now"), WORD("already"), WORD("so"),
                               WORD("far")};
    static const Word not_names[] = {WORD("the"),   WORD("a"),     WORD("an"),   WORD("this"),
                                     WORD("that"),  WORD("these"), WORD("those"), WORD("it"),
                                     WORD("they"),  WORD("he"),    WORD("she"),  WORD("we"),
                                     WORD("some"),  WORD("about"), WORD("more"), WORD("its"),
                                     WORD("their"), WORD("his"),   WORD("her"),  WORD("our"),
                                     WORD("officials"), WORD("analysts"), WORD("sources"),
                                     WORD("kim"),   WORD("putin"), WORD("nk"),   WORD("having"),
                                     WORD("with"),  WORD("after"), WORD("despite")};
    /* an owner that loses its men or sends them, not a place that costs
     * another its men ("Kursk costs Kim 4,000 troops") */
    static const Word lose[] = {WORD("lost"), WORD("lose"), WORD("loses"), WORD("losing")};
    static const Word say[] = {WORD("says"), WORD("said"), WORD("say")};
    static const Word send[] = {WORD("send"),     WORD("sends"),    WORD("sent"),
                                WORD("deploy"),   WORD("deploys"),  WORD("deployed"),
                                WORD("dispatch"), WORD("dispatches"), WORD("dispatched")};
    if (fill->cue == NULL || run->toks->len == 0)
        return FALSE;
    if (opener_force(run, f, fill, not_names, G_N_ELEMENTS(not_names)))
        return TRUE;
    gboolean loses = tok_in(run, fill->cue->t0, lose, G_N_ELEMENTS(lose));
    /* the things "its" own after a verb of saying right after the party
     * ("Israel has said that 846 of its soldiers have been killed",
     * "Israel says 846 of its soldiers have died"): that party's, where
     * no party is named before the sentence for "its" to stand for */
    gboolean its = pronoun_owned(run, fill->counts) > 0 && run->title_subject == NULL
                   && run->last_subject == NULL;
    if (!loses && !its && !tok_in(run, fill->cue->t0, send, G_N_ELEMENTS(send)))
        return FALSE;
    guint t = 0;
    while (t < 3 && t < run->toks->len && g_array_index(run->toks, Tok, t).kind == TOK_WORD
           && g_ascii_isupper(run->text[g_array_index(run->toks, Tok, t).start]))
        t++;
    if (t == 0 || tok_in(run, 0, not_names, G_N_ELEMENTS(not_names))
        || hit_starting(run, f->slot[CC_SLOT_SUBJECT].tables, 0) != NULL)
        return FALSE;
    /* ", by contrast,": an aside of at most four words */
    if (t < run->toks->len && g_array_index(run->toks, Tok, t).kind == TOK_COMMA) {
        guint k = t + 1;
        while (k < run->toks->len && k <= t + 5 && g_array_index(run->toks, Tok, k).kind == TOK_WORD)
            k++;
        if (k >= run->toks->len || g_array_index(run->toks, Tok, k).kind != TOK_COMMA)
            return FALSE;
        t = k + 1;
    }
    guint n = 0;
    while (t < fill->cue->t0 && n < 3 && tok_in(run, t, aux, G_N_ELEMENTS(aux))) {
        t++;
        n++;
    }
    if (its && tok_in(run, t, say, G_N_ELEMENTS(say)))
        return fill->counts->t0 > t;
    /* a sender with a verb of its own before the cue ("Jamaica will
     * send", "Kenya has deployed"), not a label's word ("Troops sent:
     * about 11,000", "NK sent millions of shells") */
    return t == fill->cue->t0 && (n > 0 || loses);
}

/* For a date frame whose cue stands `near` the counted words: the cue
 * near another of the counted words the date at tokens [t0, t1) owns,
 * within [c0, cc1) and the counts slot's distances, the cue within
 * [c0, c1). The counted hit nearest the date with such a cue becomes the
 * fill's counts and its cue the fill's. */
static void
near_other_counts(CcFrameRun *run, const CcFrame *f, guint t0, guint t1, guint c0, guint cc1,
                  guint c1, Fill *fill)
{
    const CcFrameSlot *counts = &f->slot[CC_SLOT_COUNTS], *cue = &f->slot[CC_SLOT_CUE];
    guint best_d = G_MAXUINT;
    for (guint i = 0; i < counts->tables->len; i++) {
        const GArray *hits = dict_hits(run, counts->tables->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            if (h->t0 < c0 || h->t1 > cc1 || h == fill->counts)
                continue;
            guint d;
            if (h->t1 <= t0)
                d = words_between(run->toks, h->t1, t0);
            else if (h->t0 >= t1)
                d = words_between(run->toks, t1, h->t0);
            else
                continue;
            if (d > (h->t1 <= t0 ? counts->before : counts->after) || d >= best_d)
                continue;
            const Hit *c = hit_near(run, cue->tables, h->t0, h->t1, c0, c1, cue->near, cue->near);
            if (c != NULL && !(c->t0 > t0 && c->t1 <= t1)) {
                best_d = d;
                fill->counts = h;
                fill->cue = c;
            }
        }
    }
}

#define FAR 1000u

/* Does a phrase of @table start at token @t? FALSE where the set has no
 * such table. */
static gboolean
in_table(CcFrameRun *run, const char *table, guint t)
{
    const Dict *d = dict_of(run, table);
    if (d == NULL)
        return FALSE;
    const GArray *hits = hits_of(run, d, table);
    for (guint i = 0; i < hits->len; i++)
        if (g_array_index(hits, Hit, i).t0 == t)
            return TRUE;
    return FALSE;
}

/* Does the counted noun @counts, after the figure that ends at token @t1,
 * name a party of its own ("among them two *North Koreans*")? */
static gboolean
names_own_party(CcFrameRun *run, guint t1, const Hit *counts)
{
    if (counts == NULL || counts->t0 < t1)
        return FALSE;
    for (guint k = t1; k < counts->t1; k++)
        if (in_table(run, "parties", k))
            return TRUE;
    return FALSE;
}

/* Is token @k inside a phrase of `parties` ("North Korean", "Seoul")? */
static gboolean
in_party_phrase(CcFrameRun *run, guint k)
{
    const Dict *d = dict_of(run, "parties");
    if (d == NULL)
        return FALSE;
    const GArray *hits = hits_of(run, d, "parties");
    for (guint i = 0; i < hits->len; i++) {
        const Hit *h = &g_array_index(hits, Hit, i);
        if (h->t0 <= k && k < h->t1)
            return TRUE;
    }
    return FALSE;
}

/* Is a word at token @k a people's adjective or a country's name that no
 * party of the pack owns: capitalised, with the ending of one ("-an",
 * "-ish", "-ese", "-i", "-ic": "Estonian", "British", "Nordic"), a name
 * `entities` knows or initials in capitals `foreign_initials` lists
 * ("US", "UN"), and inside no phrase of `parties` ("North Korean",
 * "Russian", "Ukrainian" stay the pack's)? */
static gboolean
other_nationality_at(CcFrameRun *run, guint k)
{
    const Tok *w = &g_array_index(run->toks, Tok, k);
    if (w->kind != TOK_WORD || !g_ascii_isupper(run->text[w->start]))
        return FALSE;
    if (in_party_phrase(run, k))
        return FALSE;
    /* a word that only adds to a figure names no people, though
     * `entities` gives it a scope ("SENDS 3,000 MORE TROOPS" in a
     * headline in capitals) */
    if (in_table(run, "figure_modifiers", k))
        return FALSE;
    /* nor does a trade's noun that counts the men themselves, capitalised
     * as a headline in title case writes it ("to Send 6,000 *Sappers*,
     * Builders to Kursk"), though `entities` gives it a scope */
    if (in_table(run, "more_troop_nouns", k))
        return FALSE;
    gsize n = w->end - w->start;
    if (possessive(run->text, w) > 0)
        n -= possessive(run->text, w);
    const char *e = run->text + w->start;
    /* a name `entities` knows, one word ("UK") or its possessive
     * ("Britain's") */
    if (in_table(run, "entities", k) || cc_lexicon_lookup(run->lexicon, "entities", e, n) != NULL)
        return TRUE;
    /* initials in capitals that `foreign_initials` lists ("some 28,500 US
     * troops", "UN peacekeepers"): written so, "US" is no pronoun */
    gboolean capitals = TRUE;
    for (gsize i = 0; i < n && capitals; i++)
        capitals = g_ascii_isupper(e[i]) || e[i] == '.';
    if (capitals && cc_lexicon_lookup(run->lexicon, "foreign_initials", e, n) != NULL)
        return TRUE;
    if (n < 5)
        return FALSE;
    for (gsize i = 1; i < n; i++)
        if (!g_ascii_islower(e[i]))
            return FALSE;
    return (e[n - 2] == 'a' && e[n - 1] == 'n') || (e[n - 3] == 'i' && e[n - 2] == 's' && e[n - 1] == 'h')
           || (e[n - 3] == 'e' && e[n - 2] == 's' && e[n - 1] == 'e') || e[n - 1] == 'i'
           || (e[n - 2] == 'i' && e[n - 1] == 'c');
}

/* Does the counted noun at tokens [@n0, @n1), right before the figure at
 * token @t0 (a comma or up to two words between: the figure apposed to it
 * or its verb's, "now number"),
 * open with another people's name or adjective, capitalised words only
 * between, at most four, no party's and no possessive past the name ("Japan's Self-Defense Forces,
 * some 247,000 strong", "German forces number about 180,000")? The men of
 * that noun phrase are that people's. */
static gboolean
other_nationals_named_before(CcFrameRun *run, guint n0, guint n1, guint t0)
{
    if (t0 - n1 > 2)
        return FALSE;
    for (guint k = n1; k < t0; k++)
        if (g_array_index(run->toks, Tok, k).kind != TOK_COMMA && g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            return FALSE;
    gboolean other = FALSE;
    for (guint k = n0; k < n1; k++)
        other = other || other_nationality_at(run, k);
    /* the whole capitalised run before the noun: a party's name in it owns
     * the phrase, whatever people's word stands after it ("North Korea's
     * Strategic Forces, some 3,000 strong": "Strategic" is no people's) */
    for (guint k = n0, n = 0; k > 0 && n < 4; n++) {
        k--;
        const Tok *w = &g_array_index(run->toks, Tok, k);
        if (w->kind != TOK_WORD || !g_ascii_isupper(run->text[w->start]))
            break;
        if (in_party_phrase(run, k))
            return FALSE;
        other = other || other_nationality_at(run, k);
        if (possessive(run->text, w) > 0)
            break;
    }
    return other;
}

/* Does the figure at tokens [@t0, @t1), a count of men, count those of a
 * people the pack counts none of, named inside its own noun phrase between
 * it and its counted noun ("About 3,000 *Estonian* paratroopers", "some
 * 4,000 *British* forces", "2,000 *Nordic* troops") or as the owner right
 * before it ("*Britain's* 4,000 troops in Estonia")? They are not the
 * party a frame's default or the sentences before would give them. */
static gboolean
other_nationals_counted(CcFrameRun *run, const Fill *fill, guint t0, guint t1)
{
    if (fill->counts != NULL && fill->counts->t1 <= t0)
        return other_nationals_named_before(run, fill->counts->t0, fill->counts->t1, t0);
    /* no counted noun: the one word right before its verb of counting,
     * "now", "still" or an adverb in -ly between or not ("German forces
     * *number* about 180,000", "Polish forces now number …") */
    if (fill->counts == NULL && fill->cue != NULL && fill->cue->t1 == t0 && fill->cue->t0 > 1
        && fill->cue->t1 == fill->cue->t0 + 1 && in_table(run, "count_verbs", fill->cue->t0)) {
        guint n = fill->cue->t0 - 1;
        const Tok *w = &g_array_index(run->toks, Tok, n);
        if (tok_is(run, n, "now") || tok_is(run, n, "still")
            || (w->kind == TOK_WORD && w->end - w->start > 3 && run->text[w->end - 2] == 'l'
                && run->text[w->end - 1] == 'y'))
            n--;
        return other_nationals_named_before(run, n, n + 1, n + 1);
    }
    if (fill->counts == NULL || fill->counts->t0 < t1 || fill->counts->t0 - t1 > 4)
        return FALSE;
    if (t0 > 0 && possessive(run->text, &g_array_index(run->toks, Tok, t0 - 1)) > 0
        && other_nationality_at(run, t0 - 1))
        return TRUE;
    for (guint k = t1; k < fill->counts->t0; k++)
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            return FALSE;
    for (guint k = t1; k < fill->counts->t1; k++)
        if (other_nationality_at(run, k))
            return TRUE;
    return FALSE;
}

/* Are the things the figure at token @t0 counts, with no party of their
 * own, the foreigners of `foreigner_nouns` themselves, named before it:
 * its counted noun inside such a phrase ("Foreign fighters in Russia's
 * ranks … now number some 20,000"), or a party joined by "and" to one
 * right before the figure ("the North Koreans and the foreign contract
 * soldiers number more than 30,000")? A total of many countries' men,
 * North Koreans among them, is no count of North Korea's. */
static gboolean
foreigners_counted(CcFrameRun *run, const Fill *fill, guint c0, guint t0)
{
    const Dict *d = dict_of(run, "foreigner_nouns");
    if (d == NULL)
        return FALSE;
    const GArray *hits = hits_of(run, d, "foreigner_nouns");
    for (guint i = 0; i < hits->len; i++) {
        const Hit *h = &g_array_index(hits, Hit, i);
        if (h->t0 < c0 || h->t1 > t0)
            continue;
        const Hit *who = fill->subject;
        if (fill->counts != NULL && fill->counts->t0 >= h->t0 && fill->counts->t1 <= h->t1
            && (who == NULL || who->t1 <= h->t0))
            return TRUE;
        /* (no counted noun of the figure's own but the verb "total":
         * "now total about 25,000") */
        if (fill->counts != NULL
            && !(fill->counts->t1 == fill->counts->t0 + 1 && fill->counts->t0 > h->t1
                 && fill->counts->t1 <= t0 && tok_is(run, fill->counts->t0, "total")))
            continue;
        /* no party named: the foreigners are the figure's ("Foreign
         * fighters in Russia's ranks now number some 20,000") */
        if (who == NULL)
            return TRUE;
        /* the party in an aside set off by commas after the foreigners
         * ("Foreign fighters, the largest group of them North Korean, now
         * number some 20,000") */
        if (who->t0 > h->t1 && who->t1 < t0) {
            gboolean open = FALSE, close = FALSE;
            for (guint j = h->t1; j < who->t0; j++)
                open = open || g_array_index(run->toks, Tok, j).kind == TOK_COMMA;
            for (guint j = who->t1; j < t0; j++)
                close = close || g_array_index(run->toks, Tok, j).kind == TOK_COMMA;
            if (open && close)
                return TRUE;
        }
        /* the party joined to them by "and", their verb's subject
         * together ("the North Koreans and the foreign contract soldiers
         * number more than 30,000"): a word of the party's name at most,
         * "and", "the" at most between */
        if (who->t1 <= h->t0 && h->t0 - who->t1 <= 3 && t0 - h->t1 <= 3) {
            guint k = who->t1;
            if (k < h->t0 && !tok_is(run, k, "and"))
                k++;
            if (k < h->t0 && tok_is(run, k, "and")) {
                k++;
                if (k < h->t0 && tok_is(run, k, "the"))
                    k++;
                gboolean words = k == h->t0;
                for (guint j = h->t1; j < t0 && words; j++)
                    words = g_array_index(run->toks, Tok, j).kind == TOK_WORD;
                if (words)
                    return TRUE;
            }
        }
    }
    return FALSE;
}

/* Do tokens [@oe, @t0) hold a noun of `formation_nouns` right after a
 * figure ending at @oe, then a comma, "or" and at most an approximator
 * word, before the figure at @t0 ("four brigades, or around 12,000")?
 * The figure restates the count of formations in men. */
static gboolean
formations_restated(CcFrameRun *run, guint oe, guint t0)
{
    if (!in_table(run, "formation_nouns", oe))
        return FALSE;
    const Dict *d = dict_of(run, "formation_nouns");
    const GArray *hits = hits_of(run, d, "formation_nouns");
    guint ne = oe;
    for (guint i = 0; i < hits->len; i++) {
        const Hit *h = &g_array_index(hits, Hit, i);
        if (h->t0 == oe && h->t1 > ne)
            ne = h->t1;
    }
    if (ne + 2 > t0 || g_array_index(run->toks, Tok, ne).kind != TOK_COMMA
        || !tok_is(run, ne + 1, "or"))
        return FALSE;
    return t0 - (ne + 2) <= 1;
}

/* Does a phrase of @table end right before token @t? */
/* How far before a figure a linking verb lets its subject noun stand. */
#define LINKED_REACH 14

/* Does a phrase of @table end right before token @t? */
static gboolean
ends_in_table(CcFrameRun *run, const char *table, guint t)
{
    const Dict *d = dict_of(run, table);
    if (d == NULL)
        return FALSE;
    const GArray *hits = hits_of(run, d, table);
    for (guint i = 0; i < hits->len; i++)
        if (g_array_index(hits, Hit, i).t1 == t)
            return TRUE;
    return FALSE;
}

/* Where the longest phrase of @table that starts at token @t ends, or 0. */
static guint
phrase_from(CcFrameRun *run, const char *table, guint t)
{
    const Dict *d = dict_of(run, table);
    if (d == NULL)
        return 0;
    const GArray *hits = hits_of(run, d, table);
    guint end = 0;
    for (guint i = 0; i < hits->len; i++) {
        const Hit *h = &g_array_index(hits, Hit, i);
        if (h->t0 == t && h->t1 > end)
            end = h->t1;
    }
    return end;
}

static gboolean
is_stop(CcFrameRun *run, guint t)
{
    return in_table(run, "head_stops", t);
}

/* A word of `measure_nouns` right after a figure (token @t, the first
 * after the figure at @t0) that a linking or bound verb gives to a noun
 * before it only says what that noun is measured in: "the irrecoverable
 * losses of the DPRK contingent have reached roughly 1,000 *men*",
 * "casualties of its units stand at about 4,000 *soldiers*". The noun is
 * the first a frame counts in the words before the verb, up to
 * LINKED_REACH of them, in the clause and back to a comma, the "that"
 * of a verb of saying or another figure of its kind (a date between is none: "the
 * DPRK's *losses* since combat began in December amounted to some 3,800
 * personnel") — the head
 * of the verb's subject, not a noun its phrase names ("of the DPRK
 * contingent"). So does "of" right after a noun of @f's own
 * ("suffered *losses* of over 3,000 people"): that noun is the figure's.
 * 1 when that noun is @f's own, -1 when it is another frame's, 0 when
 * there is none or no such verb. */
static int
linked_measure(CcFrameRun *run, const CcFrame *f, const GArray *mentions, guint self, guint t0,
               guint t, guint c0)
{
    const CcFrameSlot *slot = &f->slot[CC_SLOT_COUNTS];
    /* "of" right after the frame's own noun, as wire services render a
     * toll: "suffered *losses* of over 3,000 people" */
    const Hit *of = t0 > c0 + 1 && tok_is(run, t0 - 1, "of") ? hit_ending(run, slot->tables, t0 - 1)
                                                              : NULL;
    gboolean linked = ends_in_table(run, "linking_verbs", t0) || in_table(run, "bound_verbs", t0);
    /* so does a figure set in apposition, a comma right after the
     * frame's own noun: "will send two construction *brigades*, 5,000
     * people in all" */
    const Hit *apposed = t0 > c0 + 1 && g_array_index(run->toks, Tok, t0 - 1).kind == TOK_COMMA
                             ? hit_ending(run, slot->tables, t0 - 1)
                             : NULL;
    if (!in_table(run, "measure_nouns", t)
        || !(linked || (of != NULL && of->t0 >= c0) || (apposed != NULL && apposed->t0 >= c0)))
        return 0;
    if (!linked)
        return 1;
    /* a harm right after the measure noun, or after the phrase "of" opens
     * there that names whose men they are, tells what befell the men it
     * counts, which are the figure's own noun, a part of the toll before
     * the verb: "North Korean losses amounted to 94 servicemen *killed* and
     * 61 wounded", "… to 94 servicemen of the DPRK army *killed*" count
     * the dead */
    guint harm = t + 1;
    if (harm < run->toks->len && tok_is(run, harm, "of"))
        for (guint k = harm + 1; k < run->toks->len && k <= harm + 5; k++) {
            if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
                break;
            if (in_table(run, "harm_cues", k)) {
                harm = k;
                break;
            }
        }
    if (harm < run->toks->len && in_table(run, "harm_cues", harm))
        return 0;
    int found = 0;
    guint at = G_MAXUINT;
    for (guint k = t0; k > c0; k--) {
        /* (nor past a verb of saying and the "that" it opens: the words
         * before are the speaker's, the verb's subject after them,
         * "channels close to the Russian army reported that North Korean
         * *losses* exceeded 1,000 men") */
        if (words_between(run->toks, k, t0) > LINKED_REACH
            || g_array_index(run->toks, Tok, k - 1).kind == TOK_COMMA
            || figure_between(run, mentions, self, k - 1, k)
            || (in_table(run, "speech_words", k - 1) && that_after_verb(run, k - 1) < t0))
            break;
        const Hit *h = hit_ending(run, slot->tables, k);
        if (h != NULL && h->t0 >= c0 && h->t0 <= at) {
            at = h->t0;
            found = 1;
        }
        /* (another frame's noun right before one of @f's own modifies it:
         * "the *total* losses of the North Korean army amount to …") */
        if (foreign_head(run, f, k - 1) && k - 1 < at && hit_starting(run, slot->tables, k) == NULL) {
            at = k - 1;
            found = -1;
        }
    }
    return found;
}

/* Is the figure @m, starting at token @t0, the complement of the word
 * ending before token @e: "from" or "of" between them ("debris from 19",
 * "wreckage of 15"), or the figure's own "from" right after it? */
static gboolean
complement_part(const CcFrameRun *run, const CcMention *m, guint e, guint t0)
{
    if (e + 1 == t0)
        return tok_is(run, e, "from") || tok_is(run, e, "of");
    return e == t0 && m->end - m->start > 5
           && g_ascii_strncasecmp(run->text + m->start, "from ", 5) == 0;
}

/* The noun a frame counts that a count of units "of" names a few words
 * on: "120 units of D-30 howitzers", "some 30 units of 2S7 Pion
 * self-propelled guns" count guns, not a force's units. Token @t holds a
 * word of `unit_of_nouns`, "of" after it. 1 with *@hit set when the noun
 * is @f's own, -1 when it is another frame's, 0 when none stands within
 * UNITS_OF_REACH words of the clause (ending at @c1). */
#define UNITS_OF_REACH 5
static int
units_of_noun(CcFrameRun *run, const CcFrame *f, guint t, guint c1, const Hit **hit)
{
    const CcFrameSlot *slot = &f->slot[CC_SLOT_COUNTS];
    guint words = 0;
    for (guint k = t + 2; k < c1 && words < UNITS_OF_REACH; k++, words++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD || is_stop(run, k))
            return 0;
        const Hit *h = hit_starting(run, slot->tables, k);
        if (h != NULL) {
            *hit = h;
            return 1;
        }
        if (foreign_head(run, f, k))
            return -1;
    }
    return 0;
}

/* The mention whose noun the figure at tokens [@t0, @t1) shares when a
 * harm acts on both and the figure has none of its own: a word of
 * `harm_cues` right before it, then "and" or "or", a word of `harm_cues`
 * and that mention ("had killed 77 and wounded 40 North Korean
 * soldiers"). G_MAXUINT for none. */
static guint
harm_gapped_noun(CcFrameRun *run, const GArray *mentions, guint self, guint t0, guint t1)
{
    guint n = run->toks->len;
    if (t0 == 0 || t1 + 2 >= n || !in_table(run, "harm_cues", t0 - 1)
        || !(tok_is(run, t1, "and") || tok_is(run, t1, "or"))
        || !in_table(run, "harm_cues", t1 + 1))
        return G_MAXUINT;
    for (guint i = 0; i < mentions->len; i++) {
        const CcMention *q = &g_array_index(mentions, CcMention, i);
        if (i != self && q->type == CC_CLAIM_QUANTITY && q->value.unit == NULL
            && tok_at(run->toks, q->start) == t1 + 2)
            return i;
    }
    return G_MAXUINT;
}

/* Does the figure at token @t0 open its sentence, or follow only a list's
 * bullet there ("• 11,000: troops sent to Russia, per Seoul", "▪ 600 — North
 * Korean dead")? A bullet is a word of its own to the tokenizer. */
static gboolean
opens_line(const CcFrameRun *run, guint t0)
{
    static const char *const bullets[] = {"\xE2\x80\xA2", "\xE2\x80\xA3", "\xE2\x96\xAA",
                                          "\xE2\x97\xA6", "*", NULL};
    if (t0 == 0)
        return TRUE;
    if (t0 != 1)
        return FALSE;
    const Tok *b = &g_array_index(run->toks, Tok, 0);
    for (guint k = 0; bullets[k] != NULL; k++)
        if (b->end - b->start == strlen(bullets[k])
            && memcmp(run->text + b->start, bullets[k], b->end - b->start) == 0)
            return TRUE;
    return FALSE;
}

/* Is the figure at tokens [@t0, @t1) a list's entry that is its own
 * label: it opens the sentence, or follows only a bullet (opens_line())
 * or an entry's number ("1.", "2)"), and a lone dash or a colon sets it
 * before a word ("1. 3,000 — additional troops Seoul believes Pyongyang
 * sent", "60: KN-23 missiles Russia had fired by December")? The noun
 * after the mark is the figure's. */
static gboolean
entry_label_figure(const CcFrameRun *run, guint t0, guint t1)
{
    if (t1 + 1 >= run->toks->len || !(tok_is_dash(run, t1) || tok_is(run, t1, ":"))
        || g_array_index(run->toks, Tok, t1 + 1).kind != TOK_WORD)
        return FALSE;
    if (opens_line(run, t0))
        return TRUE;
    if (t0 != 2)
        return FALSE;
    const Tok *num = &g_array_index(run->toks, Tok, 0);
    const Tok *mark = &g_array_index(run->toks, Tok, 1);
    for (gsize i = num->start; i < num->end; i++)
        if (!g_ascii_isdigit(run->text[i]))
            return FALSE;
    return num->end - num->start <= 2 && mark->end == mark->start + 1
           && (run->text[mark->start] == '.' || run->text[mark->start] == ')');
}

/* What the figure at tokens [t0, t1) counts: its head noun after it, across
 * modifiers; failing that, a noun of the clause before it that a verb or
 * preposition gives the figure to, when the figure has no head of its own. */
/* Does a noun of @slot's tables start within three words from token @t,
 * words all the way (the noun phrase a fact box's colon opens)? */
static gboolean
fact_box_noun(CcFrameRun *run, const CcFrameSlot *slot, guint t, guint c1)
{
    for (guint k = t; k < c1 && k < t + 3; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            return FALSE;
        if (hit_starting(run, slot->tables, k) != NULL)
            return TRUE;
    }
    return FALSE;
}

/* Is the counted noun @h, one word, one item of a list of harms, another harm right
 * before it past a comma, "and" or "or", or right after it past one ("North
 * Korea's losses in Kursk, killed, *wounded* and missing together, exceed
 * 6,000")? The list names the kinds of a toll, not a count of one. */
static gboolean
harm_list_item(CcFrameRun *run, const Hit *h)
{
    static const char *const tables[] = {"listed_harm_words", "killed_nouns"};
    guint t = h->t0, u = h->t1;
    if (u != t + 1)
        return FALSE; /* a list of its own ("wounded and missing") */
    gboolean before = t >= 2
                      && (g_array_index(run->toks, Tok, t - 1).kind == TOK_COMMA
                          || tok_is(run, t - 1, "and") || tok_is(run, t - 1, "or"));
    gboolean after = u + 1 < run->toks->len
                     && (g_array_index(run->toks, Tok, u).kind == TOK_COMMA
                         || tok_is(run, u, "and") || tok_is(run, u, "or"));
    for (guint i = 0; i < G_N_ELEMENTS(tables); i++)
        if ((before && in_table(run, tables[i], t - 2)) || (after && in_table(run, tables[i], u + 1)))
            return TRUE;
    return FALSE;
}

static guint subset_insertion_before(CcFrameRun *run, guint c0, guint t);
static guint relative_aside_before(CcFrameRun *run, guint c0, guint t);

/* Is token @t a form of "be" that links, "is", "was", "are" or "were"? */
static gboolean
be_at(const CcFrameRun *run, guint t)
{
    return t < run->toks->len
           && (tok_is(run, t, "is") || tok_is(run, t, "was") || tok_is(run, t, "are")
               || tok_is(run, t, "were"));
}

/* Is the "whom" at token @k, no "of" before it, a relative clause whose
 * speaker sizes the noun before it, the figure at @t0 after "at": "the
 * North Korean dead, *whom Seoul numbers at* roughly 2,000", "whom Kyiv
 * puts at", "whom the NIS estimates at"? The figure is then that noun's
 * size, not a part of it ("of whom about 1,000 were killed"). */
static gboolean
whom_put_at(const CcFrameRun *run, guint k, guint t0)
{
    static const Word verbs[] = {WORD("numbers"), WORD("numbered"), WORD("number"),
                                 WORD("puts"),    WORD("put"),      WORD("estimates"),
                                 WORD("estimated"), WORD("estimate"), WORD("places"),
                                 WORD("placed"),  WORD("pegs"),     WORD("pegged"),
                                 WORD("reckons"), WORD("counts"),   WORD("counted")};
    if (k == 0 || tok_is(run, k - 1, "of") || t0 < k + 3 || !tok_is(run, t0 - 1, "at"))
        return FALSE;
    if (!tok_in(run, t0 - 2, verbs, G_N_ELEMENTS(verbs)))
        return FALSE;
    /* the speaker between: at most five words, nothing else */
    for (guint t = k + 1; t < t0 - 2; t++)
        if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
            return FALSE;
    return t0 - 2 - (k + 1) >= 1 && t0 - 2 - (k + 1) <= 5;
}

/* Does "of" and a determiner open the noun phrase, after the figure
 * ending at token @t1, whose word at @t the possessive ends, modifiers at
 * most two between ("nine of the *regiment's*", "seven of the engineer
 * *regiment's*", "200 of the North Korean *brigade's*")? */
static gboolean
owner_after_of(CcFrameRun *run, guint t1, guint t)
{
    for (guint k = t, n = 0; k > t1 + 1 && n < 3; k--, n++) {
        if (tok_is_determiner(run, k - 1))
            return tok_is(run, k - 2, "of");
        if (g_array_index(run->toks, Tok, k - 1).kind != TOK_WORD)
            return FALSE;
    }
    return FALSE;
}

/* Does a noun of `army_nouns` start at token @t with words before one of
 * @slot's own nouns that ends it ("*active-duty* troops", "*active*
 * personnel")? Those words modify the frame's noun. */
static gboolean
army_noun_modifier(CcFrameRun *run, const CcFrameSlot *slot, guint t)
{
    guint e = phrase_from(run, "army_nouns", t);
    if (e <= t + 1)
        return FALSE;
    const Hit *own = hit_ending(run, slot->tables, e);
    return own != NULL && own->t0 > t;
}

static const Hit *
attach_counts(CcFrameRun *run, const CcFrame *f, const GArray *mentions, guint self, guint t0,
              guint t1, guint c0, guint c1)
{
    const CcFrameSlot *slot = &f->slot[CC_SLOT_COUNTS];
    gboolean own_head = FALSE;
    guint words = 0;
    /* a size that opens the sentence after "At", with no noun of its own
     * and its comma right after it, counts the subject that comma opens
     * onto, within five words: "At roughly 11,000, the North Korean force
     * in Kursk outnumbers …" */
    if (t0 >= 1 && t0 <= 3 && tok_is(run, 0, "at") && t1 + 1 < run->toks->len
        && g_array_index(run->toks, Tok, t1).kind == TOK_COMMA) {
        for (guint t = t1 + 1; t < run->toks->len && t <= t1 + 5; t++) {
            if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
                break;
            const Hit *h = hit_starting(run, slot->tables, t);
            if (h != NULL)
                return h;
        }
    }
    /* "kept shipping 152mm shells to Russia, some 1.5 million of them": a
     * count of them, no part of a figure, counts the nearest noun before
     * it that any frame counts — when that noun is this frame's */
    /* so does a count "of whom" or "of which" that a comma sets after the
     * noun, with no figure of its own ("Kim has dispatched soldiers, 300
     * of whom have died", "KN-23 missiles, some 60 of which have been
     * fired") */
    if (t1 + 1 < c1 && tok_is(run, t1, "of")
        && (tok_is(run, t1 + 1, "them")
            || (tok_is(run, t1 + 1, "those") && !foreign_head(run, NULL, t1 + 2))
            || ((tok_is(run, t1 + 1, "whom") || tok_is(run, t1 + 1, "which")) && t0 > 0
                && g_array_index(run->toks, Tok, t0 - 1).kind == TOK_COMMA))
        && g_array_index(mentions, CcMention, self).part_of == G_MAXUINT) {
        /* "…: roughly 3,900, about 400 of them killed": a whole right
         * before the comma may stand between the noun and its part, "with"
         * after the comma or not ("casualties at around 3,000, with some
         * 300 of them killed") */
        guint upto = t0;
        guint comma = t0 >= 3 && tok_is(run, t0 - 1, "with") ? t0 - 2 : t0 - 1;
        if (t0 >= 2 && g_array_index(run->toks, Tok, comma).kind == TOK_COMMA)
            for (guint i = 0; i < mentions->len; i++) {
                const CcMention *w = &g_array_index(mentions, CcMention, i);
                if (i != self && w->end > 0 && tok_at(run->toks, w->end - 1) + 1 == comma)
                    upto = tok_at(run->toks, w->start);
            }
        /* a noun of "whom" or "which" with a figure of its own in the
         * clause is that figure's whole, read as a part of it by the
         * frames that follow it ("sent 13,000 soldiers, 5,000 of whom") */
        gboolean relative = !tok_is(run, t1 + 1, "them") && !tok_is(run, t1 + 1, "those");
        for (guint t = t0; t > 0; t--) {
            const Hit *h = hit_ending(run, slot->tables, t);
            if (h != NULL && relative && figure_between(run, mentions, self, c0, h->t0 + 1))
                return NULL;
            if (h != NULL)
                return figure_between(run, mentions, self, h->t1, upto) ? NULL : h;
            if (foreign_head(run, f, t - 1))
                return NULL;
        }
        return NULL;
    }
    /* A word that names what a figure counts alone ("450 wounded") only
     * describes the noun after it ("two wounded soldiers"). */
    const Hit *described = NULL;
    gboolean described_foreign = FALSE;
    for (guint t = entry_label_figure(run, t0, t1) ? t1 + 1 : t1; t < c1 && words <= slot->after;
         t++) {
        const Tok *tok = &g_array_index(run->toks, Tok, t);
        /* "hundreds of thousands, possibly even millions, of shells" */
        if (tok->kind == TOK_COMMA && t + 1 < c1 && tok_is(run, t + 1, "of"))
            continue;
        /* a fact box's figure that opens the sentence, its colon, and the
         * noun it counts within three words after ("15,000: North Korean
         * troops sent to Russia since October") */
        if (t == t1 && opens_line(run, t0) && tok_is(run, t, ":")
            && fact_box_noun(run, slot, t + 1, c1))
            continue;
        /* "over 10,000 (North Korean) soldiers": an editor's insertion */
        guint ins = short_aside(run, t);
        if (ins != 0 && inserted_name(run, t, ins)) {
            t = ins;
            continue;
        }
        /* a fact box's figure that opens its line, a colon or a lone dash
         * right after it and then what it counts ("12 million: artillery
         * shells Pyongyang has shipped …", "250 — ballistic missiles
         * believed to have reached Russia"): its noun is after the mark,
         * in the clause the mark opens (clause_of_read()) */
        if (t == t1 && (t0 == c0 || (c0 == 0 && opens_line(run, t0))) && t + 1 < c1
            && (tok_is(run, t, ":") || tok_is_dash(run, t))
            && g_array_index(run->toks, Tok, t + 1).kind == TOK_WORD)
            continue;
        if (tok->kind != TOK_WORD)
            break;
        /* "another 900 wounded fighting Ukrainian troops": a participle
         * after a word that describes opens a phrase of its own, and the
         * word stands alone as the head */
        if ((described != NULL || described_foreign) && participle_word(run, t))
            break;
        /* "120 units of D-30 howitzers": the units are the noun's after
         * "of" that a frame counts (unless a counted noun of some frame
         * takes the "units of" in: "units of Koksan" is artillery_nouns') */
        if (in_table(run, "unit_of_nouns", t) && t + 1 < c1 && tok_is(run, t + 1, "of")
            && !longer_foreign(run, NULL, t, t + 1)) {
            const Hit *named = NULL;
            int of = units_of_noun(run, f, t, c1, &named);
            if (of > 0)
                return named;
            if (of < 0) {
                own_head = TRUE;
                break;
            }
        }
        /* calibres glued to their unit and listed together before the
         * noun are its modifiers: "5 million 122-mm and 152-mm rounds" */
        if (calibre_word(run, t)) {
            guint k = t;
            while ((tok_is(run, k + 1, "and") || tok_is(run, k + 1, "or"))
                   && calibre_word(run, k + 2))
                k += 2;
            if (k > t) {
                t = k - 1;
                words++;
                continue;
            }
        }
        const Hit *h = hit_starting(run, slot->tables, t);
        /* "250 missile launchers": a longer noun another frame counts
         * starts here, and the figure is its */
        if (h != NULL && longer_foreign(run, f, t, h->t1))
            h = NULL;
        /* a figure with a unit of its own before the noun is a modifier
         * ("6 million 152 mm shells": a calibre) */
        if (h == NULL && mention_between(run, mentions, self, t, t + 1)) {
            /* a designation, letters before the figure in one word, names
             * a model: "50 M-1978 Koksan howitzers" */
            if (g_ascii_isalpha(run->text[tok->start])) {
                words++;
                continue;
            }
            guint skip = unit_mention_end(run, mentions, self, t);
            if (skip == 0)
                break;
            /* calibres listed together: "8 million 122mm and 152mm shells" */
            while (tok_is(run, skip, "and") || tok_is(run, skip, "or")) {
                guint more = unit_mention_end(run, mentions, self, skip + 1);
                if (more == 0)
                    break;
                skip = more;
            }
            t = skip - 1;
            continue;
        }
        /* "has sent about 11,000 active-duty troops": an army's noun
         * that ends in one of @f's own is that noun and its modifier, a
         * part of the army counted, not the army (army_size reads a
         * figure whose only noun it is) */
        if (h == NULL && army_noun_modifier(run, slot, t)) {
            words++;
            continue;
        }
        gboolean foreign = h == NULL && foreign_head(run, f, t);
        /* "nine of the regiment's soldiers died": a noun that owns the
         * next word after "of" and an article names whose they are, not
         * what the figure counts; the head comes after it */
        if ((h != NULL || foreign) && t >= t1 + 2 && t + 1 < c1
            && possessive(run->text, tok) > 0 && owner_after_of(run, t1, t)
            && g_array_index(run->toks, Tok, t + 1).kind == TOK_WORD) {
            words++;
            continue;
        }
        /* "450 wounded", "two wounded soldiers": a word of `adjectival`
         * describes the noun after it; but one that opens a longer noun
         * ending in a word of `loss_nouns` is that noun's, the staffs'
         * part of the losses ("1,200 irrecoverable losses", not "losses") */
        if ((h || foreign) && described == NULL && in_table(run, "adjectival", t)
            && !(h != NULL && h->t1 > t + 1 && in_table(run, "loss_nouns", h->t1 - 1))) {
            described = h;
            described_foreign = foreign;
            words++;
            continue;
        }
        if (h) {
            if (t == t1 && linked_measure(run, f, mentions, self, t0, t, c0) < 0)
                return NULL;
            return h;
        }
        if (foreign && t == t1 && linked_measure(run, f, mentions, self, t0, t, c0) > 0) {
            words++;
            continue;
        }
        if (foreign) {
            own_head = TRUE;
            described = NULL;
            described_foreign = FALSE;
            break;
        }
        if (is_stop(run, t))
            break;
        /* "a contingent some 2,000 strong", "a 2,000 strong force": the
         * strength of a force names no noun of its own; the noun after it
         * or, failing one, the noun before the figure is what it counts */
        if (t == t1 && tok_is(run, t, "strong")) {
            words++;
            continue;
        }
        /* "some 40 analysts following the deployment": a plural no frame
         * knows, right after the figure, then a participle, is the
         * figure's own noun, and the participle's phrase only describes
         * it (the search ends at the participle) */
        if (t == t1 + 1 && own_head && plural_word(run, t1) && participle_word(run, t))
            break;
        /* "one scholar put the number of North Korean troops at …", "two
         * Western officials said": a noun no frame knows right after the
         * figure, or one word after it, then a verb of saying or of
         * estimating, is a count of speakers (the search ends at the
         * verb) */
        if ((t == t1 + 1 || t == t1 + 2) && own_head) {
            static const Word judging[] = {WORD("estimated"), WORD("concluded"),
                                           WORD("judged"),    WORD("reckoned"),
                                           WORD("calculated")};
            if (in_table(run, "speech_words", t)
                || (tok_in(run, t, judging, G_N_ELEMENTS(judging)) && !tok_is(run, t + 1, "to")))
                break;
        }
        /* "12 questions about North Korea's troops": the figure's own noun,
         * then its topic */
        if (t == t1 + 1 && own_head && topic_noun_at(run, t1))
            break;
        if (t == t1)
            own_head = TRUE; /* provisionally: an unknown noun right after the figure */
        words++;
    }
    if (described != NULL)
        return described; /* "450 wounded", alone: the word is the head */
    if (described_foreign)
        return NULL;
    /* "2,000 civilians": a head noun nobody counts; the figure is not
     * given to a noun before it. A word the stop table knows ("last week",
     * "on Monday") leaves it free. */
    if (own_head && !(t1 < c1 && is_stop(run, t1)))
        return NULL;
    /* A verb that links a figure to its subject reaches that subject
     * across what describes it ("the death toll among North Korean troops
     * sent to Russia stood at about 600", "casualties since the troops went
     * into battle in December numbered around 1,100"). */
    guint reach = slot->before;
    /* and so does a verb of a bound that opens the figure ("casualties
     * among North Korean troops sent to the war have *passed* 3,500") */
    if (ends_in_table(run, "linking_verbs", t0) || in_table(run, "bound_verbs", t0))
        reach = MAX(reach, LINKED_REACH);
    /* and so does the level a change reaches, past the change's size or
     * the level it started from ("the number of North Korean soldiers
     * deployed to Russia has grown from about 11,000 to some 14,000") */
    if (change_to(run, mentions, self, c0, t0))
        reach = MAX(reach, LINKED_REACH);
    /* (a source set off by commas, ", according to …," or a speaker and
     * its verb, is no part of the reach: "The number of North Korean
     * rounds that have reached the front*, a senior official told
     * reporters on Monday,* is now close to 7 million") */
    /* (nor is a part set off by commas after the noun, "including …" or
     * "among them …", its figure no figure between: "North Korean
     * *casualties*, including at least 300 dead, now *top 3,000*") */
    guint ins_a = 0, ins_b = 0, ins_words = 0;
    for (guint t = t0; t > c0; t--) {
        if (t >= 3 && g_array_index(run->toks, Tok, t - 1).kind == TOK_COMMA)
            for (guint k = t - 2; k > c0 && k + 20 > t; k--)
                if (g_array_index(run->toks, Tok, k).kind == TOK_COMMA) {
                    if (source_aside_words(run, k, t) > 0)
                        t = k + 1; /* on from the comma that opens it */
                    break;
                }
        if (ins_words == 0 && g_array_index(mentions, CcMention, self).type == CC_CLAIM_QUANTITY) {
            guint k = subset_insertion_before(run, c0, t);
            /* (and so is a relative clause set off by commas after the
             * noun, its figure no figure between: "the number of war
             * *dead*, which the agency put at 600 in April, is now
             * thought to be around 2,000") */
            /* (only before a verb that gives the figure to the noun: a
             * linking verb or a bound right before the figure, or a copula
             * right after the closing comma, "now" between or not) */
            if (k == 0
                && (reach > slot->before || be_at(run, t)
                    || (tok_is(run, t, "now") && be_at(run, t + 1))))
                k = relative_aside_before(run, c0, t);
            if (k != 0) {
                ins_a = k;
                ins_b = t;
                ins_words = words_between(run->toks, k, t);
                t = k + 1;
            }
        }
        if (words_between(run->toks, t, t0) - source_aside_words(run, t - 1, t0) - ins_words > reach)
            break;
        const Hit *h = hit_ending(run, slot->tables, t);
        /* "injured 90", "killed 12 civilians": right before a figure such a
         * word is a verb acting on it, not the noun it counts; not before
         * a verb of a bound that opens the figure, whose subject it is (a
         * headline's "North Korean dead top 1,000") */
        if (h && h->t1 == t0 && in_table(run, "adjectival", h->t0) && !in_table(run, "bound_verbs", t0))
            h = NULL;
        /* "troops sent in two *rounds* at about 14,000": the noun of a count
         * of stages is that count's */
        if (h && stage_noun_at(run, h->t0))
            h = NULL;
        /* "losses, killed, *wounded* and missing, exceed 6,000": one harm
         * of a list before the figure is no count of its own */
        if (h && harm_list_item(run, h))
            h = NULL;
        if (h && h->t0 >= c0) {
            if ((ins_words == 0 || h->t1 > ins_a
                     ? figure_between(run, mentions, self, h->t1, t0)
                     : figure_between(run, mentions, self, h->t1, ins_a)
                           || figure_between(run, mentions, self, ins_b, t0))
                && !change_to(run, mentions, self, h->t1, t0)
                && !among_whole(run, mentions, self, h->t1, t0)
                && !stage_figures_only(run, mentions, self, h->t1, t0))
                return NULL;
            /* "… were killed and another 900 were wounded": a noun before
             * "and" or "or" right before a figure, or one word before it,
             * ends the conjunct before it (a date's event may stand further
             * back: "the treaty was signed in June and ratified in
             * November") */
            for (guint k = h->t1;
                 k < t0 && g_array_index(mentions, CcMention, self).type == CC_CLAIM_QUANTITY; k++)
                if (((tok_is(run, k, "and") || tok_is(run, k, "or"))
                     && words_between(run->toks, k + 1, t0) <= 1)
                    /* "some 4,000 casualties, of whom about 1,000 were
                     * killed": a figure after "whom" is a part of the
                     * noun before, what befell it told after it */
                    || (tok_is(run, k, "whom") && !whom_put_at(run, k, t0)))
                    return NULL;
            /* "the death toll among North Korean troops sent … stood at
             * 600": a noun after "among" describes a noun before it, which
             * another frame counts ("the toll of dead" is the dead's) — so
             * does one further on in the phrase "among" opens, up to eight
             * words after it ("casualties among Russian units fighting
             * beside the North Koreans reached 2,000") */
            /* "the body count of North Korean soldiers in the Kursk region
             * has reached some 1,000": so does a noun of `measure_nouns`
             * ("soldiers", "troops", "men") in the phrase "of" opens, up to
             * four words after it, right after a noun another frame counts
             * (not a harm: "the toll of dead" is the dead's), … */
            guint v = h->t0;
            /* the words between are the noun's article and names only */
            for (guint k = 0; k < 4 && v > c0 && !tok_is(run, v - 1, "of")
                              && !tok_is(run, v - 1, "in") && !tok_is(run, v - 1, "within")
                              && !tok_is(run, v - 1, "for")
                              && g_array_index(run->toks, Tok, v - 1).kind == TOK_WORD
                              && (tok_is_determiner(run, v - 1)
                                  || g_ascii_isupper(run->text[g_array_index(run->toks, Tok, v - 1).start]));
                 k++)
                v--;
            /* … and any noun of the frame's after "in", "within" or "for"
             * ("the death toll in the North Korean contingent has climbed
             * to about 600", "casualties in the North Korean ranks",
             * "casualty estimates for the North Korean contingent run at
             * around 4,000") */
            if (v > c0 + 1
                && ((tok_is(run, v - 1, "of") && in_table(run, "measure_nouns", h->t1 - 1))
                    || tok_is(run, v - 1, "in") || tok_is(run, v - 1, "within")
                    || tok_is(run, v - 1, "for"))) {
                guint x = v - 1;
                for (guint y = x; y > c0 && y + 3 > x; y--)
                    if (hit_ending(run, slot->tables, y) == NULL && foreign_head(run, f, y - 1))
                        return NULL;
            }
            /* … and so does any noun but a harm in the phrase "of" opens
             * right after a noun of loss (`loss_nouns`) another frame
             * counts: "the total losses of the North Korean army amount to
             * about 3,800" count no army, "the losses of the contingent"
             * no force in place */
            if (v > c0 + 1 && tok_is(run, v - 1, "of") && !in_table(run, "harm_cues", h->t0)) {
                guint x = v - 1;
                for (guint y = x; y > c0 && y + 3 > x; y--)
                    if (in_table(run, "loss_nouns", y - 1) && foreign_head(run, f, y - 1))
                        return NULL;
            }
            guint w = h->t0;
            for (guint k = 0; k < 8 && w > c0 && !tok_is(run, w - 1, "among")
                              && g_array_index(run->toks, Tok, w - 1).kind == TOK_WORD;
                 k++)
                w--;
            if (w > c0 + 1 && tok_is(run, w - 1, "among")) {
                guint x = w - 1;
                while (x > c0 && tok_is_determiner(run, x - 1))
                    x--;
                if (x > c0 && foreign_head(run, f, x - 1))
                    return NULL;
                /* the noun may end further back: "death toll" */
                for (guint y = x; y > c0 && y + 3 > x; y--)
                    if (hit_ending(run, slot->tables, y) == NULL && foreign_head(run, f, y - 1))
                        return NULL;
            }
            return h;
        }
        /* a nearer noun another frame counts takes the figure ("sent 1,500
         * soldiers, taking the total to 3,000"), and so does one right
         * before "of" and the figure ("600 troops have been killed out of
         * a total deployment of 15,000") */
        if (foreign_head(run, f, t - 1)
            && (mention_between(run, mentions, self, t > 5 ? t - 5 : 0, t - 1)
                || (t + 1 == t0 && tok_is(run, t, "of")))
            && !among_noun(run, mentions, self, c0, t - 1, t0))
            return NULL;
    }
    return NULL;
}

/* Are tokens [@a, @b) the rest of a list of names: commas, "and", "the"
 * and capitalised words, with an "and" among them (", the U.S., and
 * Ukraine")? The list may end in the noun of a source its names qualify,
 * a word of `source_nouns` and at most one word before it (", Ukrainian,
 * and Western sources", ", and Western intelligence agencies"). */
static gboolean
listed_names(CcFrameRun *run, guint a, guint b)
{
    gboolean and = FALSE;
    for (guint t = a; t < b; t++) {
        const Tok *tok = &g_array_index(run->toks, Tok, t);
        if (tok->kind == TOK_COMMA || run->text[tok->start] == '.' || tok_is(run, t, "the"))
            continue; /* "U.S." ends in a dot of its own before a comma */
        if (tok_is(run, t, "and")) {
            and = TRUE;
            continue;
        }
        if (tok->kind == TOK_WORD && !g_ascii_isupper(run->text[tok->start]) && and
            && ((t + 1 == b && in_table(run, "source_nouns", t))
                || (t + 2 == b && g_array_index(run->toks, Tok, t + 1).kind == TOK_WORD
                    && in_table(run, "source_nouns", t + 1))))
            continue;
        if (tok->kind != TOK_WORD || !g_ascii_isupper(run->text[tok->start]))
            return FALSE;
    }
    return and;
}

/* Does a passive's "be" stand right before token @t, or before one adverb
 * there ("were *first* spotted", "has been *repeatedly* tracked")? */
static gboolean
passive_before(const CcFrameRun *run, guint t)
{
    static const char *const adverbs[] = {"first", "also", "later", "initially", "reportedly",
                                          "already", "now", "since", "previously", "repeatedly",
                                          "recently", "again", NULL};
    guint k = t - 1;
    for (guint i = 0; adverbs[i] != NULL && k > 0; i++)
        if (tok_is(run, k, adverbs[i])) {
            k--;
            break;
        }
    return tok_is(run, k, "is") || tok_is(run, k, "are") || tok_is(run, k, "was")
           || tok_is(run, k, "were") || tok_is(run, k, "been") || tok_is(run, k, "being");
}

/* Do tokens [@from, @comma) hold at most three words and then a relay set
 * off by commas that closes at @comma: ", citing …", ", quoting …", ",
 * speaking on condition of anonymity" (twelve tokens at most, words
 * alone inside)? */
static gboolean
relay_aside_before(const CcFrameRun *run, guint from, guint comma)
{
    static const Word relays[] = {WORD("citing"), WORD("quoting"), WORD("speaking")};
    guint open = from;
    while (open < comma && open - from <= 3 && g_array_index(run->toks, Tok, open).kind == TOK_WORD)
        open++;
    if (open >= comma || open - from > 3 || g_array_index(run->toks, Tok, open).kind != TOK_COMMA
        || !tok_in(run, open + 1, relays, G_N_ELEMENTS(relays)) || comma - open > 12)
        return FALSE;
    for (guint t = open + 1; t < comma; t++)
        if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
            return FALSE;
    return TRUE;
}

/* Does the "by" at token @by follow a figure put at a size, "put at",
 * "estimated at", "placed at" or "pegged at" and the figure with its
 * approximator, at most five words, between ("the North Korean force is
 * put at about 11,000 *by* Seoul")? The party after it puts the figure
 * there: a source, whose the things are not. */
static gboolean
puts_at_before(const CcFrameRun *run, guint by)
{
    for (guint k = by; k >= 3 && by - k <= 5; k--) {
        if (g_array_index(run->toks, Tok, k - 1).kind != TOK_WORD)
            return FALSE;
        if (tok_is(run, k - 1, "at"))
            return k < by && (tok_is(run, k - 2, "put") || tok_is(run, k - 2, "estimated")
                              || tok_is(run, k - 2, "placed") || tok_is(run, k - 2, "pegged"));
    }
    return FALSE;
}

/* Is the party at @h a speaker ("Seoul said", "South Korea's spy agency
 * told lawmakers", "according to Kyiv")? A speaker is the claim's source,
 * not its subject. */
static gboolean
speaks_read(CcFrameRun *run, const Hit *h)
{
    /* a headline's "Seoul: North Korea sent new troops": the party before
     * the colon that opens the text is who says it */
    if (h->t0 == 0 && h->t1 < run->toks->len
        && run->text[g_array_index(run->toks, Tok, h->t1).start] == ':')
        return TRUE;
    /* a party that names a source, its organ or official, is the source:
     * "South Korea's defence minister, Shin Won-sik, briefed reporters",
     * "South Korea's Defense Intelligence Agency gave its estimate" */
    for (guint t = h->t1; t < run->toks->len && t <= h->t1 + 2; t++) {
        if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
            break;
        if (in_table(run, "source_nouns", t))
            return TRUE;
    }
    /* a party that gives a figure of the count is its source: "Kyiv has
     * given a far higher figure of 4,000 killed and wounded" (the figure
     * is no loss of Kyiv's) */
    {
        static const Word aux[] = {WORD("has"), WORD("have"), WORD("had"), WORD("also"),
                                   WORD("now"), WORD("earlier")};
        static const Word giving[] = {WORD("gave"), WORD("gives"), WORD("give"), WORD("given")};
        static const Word degree[] = {WORD("much"), WORD("far"), WORD("slightly"), WORD("rather"),
                                      WORD("still"), WORD("higher"), WORD("lower"),
                                      WORD("larger"), WORD("smaller"), WORD("bigger"),
                                      WORD("similar"), WORD("different"), WORD("new"),
                                      WORD("revised"), WORD("updated"), WORD("conservative")};
        static const Word counts[] = {WORD("figure"), WORD("estimate"), WORD("number"),
                                      WORD("count"), WORD("tally"), WORD("toll")};
        guint t = h->t1;
        while (t < run->toks->len && t < h->t1 + 2 && tok_in(run, t, aux, G_N_ELEMENTS(aux)))
            t++;
        if (t + 2 < run->toks->len && tok_in(run, t, giving, G_N_ELEMENTS(giving))
            && (tok_is(run, t + 1, "a") || tok_is(run, t + 1, "an"))) {
            t += 2;
            for (guint n = 0; n < 2 && t < run->toks->len && tok_in(run, t, degree, G_N_ELEMENTS(degree)); n++)
                t++;
            if (t + 1 < run->toks->len && tok_in(run, t, counts, G_N_ELEMENTS(counts))
                && tok_is(run, t + 1, "of"))
                return TRUE;
        }
    }
    /* a party that opens the name of a paper or a news site is the
     * outlet's, which speaks: "the *Kyiv* Independent, citing the General
     * Staff, reported 3,800 casualties", "the *Moscow* Times" (a
     * capitalised word of `outlet_words` right after the party) */
    if (h->t1 < run->toks->len) {
        const Tok *n = &g_array_index(run->toks, Tok, h->t1);
        if (n->kind == TOK_WORD && g_ascii_isupper(run->text[n->start])
            && in_table(run, "outlet_words", h->t1))
            return TRUE;
    }
    /* the city a speaker named after its verb is in: "…, say officials
     * *in Seoul*", "…, said a lawmaker in Seoul" (the verb at most three
     * words before the speaker's noun) */
    if (h->t0 >= 3 && tok_is(run, h->t0 - 1, "in") && in_table(run, "source_nouns", h->t0 - 2)) {
        static const Word saying[] = {WORD("say"),     WORD("says"),    WORD("said"),
                                      WORD("reckon"),  WORD("reckons"), WORD("believe"),
                                      WORD("believes"), WORD("think"),  WORD("thinks")};
        for (guint t = h->t0 - 2; t > 0 && h->t0 - 2 - t < 3; t--) {
            if (g_array_index(run->toks, Tok, t - 1).kind != TOK_WORD)
                break;
            if (tok_in(run, t - 1, saying, G_N_ELEMENTS(saying)))
                return TRUE;
        }
    }
    if (h->t0 >= 2) {
        const Tok *a = &g_array_index(run->toks, Tok, h->t0 - 2);
        const Tok *b = &g_array_index(run->toks, Tok, h->t0 - 1);
        if (a->end - a->start == 9 && g_ascii_strncasecmp(run->text + a->start, "according", 9) == 0
            && b->end - b->start == 2 && g_ascii_strncasecmp(run->text + b->start, "to", 2) == 0)
            return TRUE;
    }
    /* a source's own, one of a list or alone, after "from" or "by":
     * "Intelligence estimates *from the US*, *Ukraine*, and *South Korea*
     * suggest …", "assessments by Seoul" */
    {
        static const Word sourced[] = {WORD("estimates"),   WORD("estimate"),   WORD("assessments"),
                                       WORD("assessment"),  WORD("figures"),    WORD("data"),
                                       WORD("intelligence"), WORD("reports"),  WORD("report"),
                                       WORD("officials"),   WORD("sources"),    WORD("analysis")};
        guint t = h->t0;
        for (guint n = 0; t > 1 && n < 12; n++, t--) {
            const Tok *w = &g_array_index(run->toks, Tok, t - 1);
            if (tok_is(run, t - 1, "from") || tok_is(run, t - 1, "by")) {
                if (tok_in(run, t - 2, sourced, G_N_ELEMENTS(sourced)))
                    return TRUE;
                break;
            }
            if (!(w->kind == TOK_COMMA || tok_is(run, t - 1, "and") || tok_is(run, t - 1, "the")
                  || (w->kind == TOK_WORD && g_ascii_isupper(run->text[w->start]))))
                break;
        }
    }
    /* the agent of a verb of estimating is the figure's source: "losses,
     * put *by Kyiv* at 3,800 killed or injured", "a toll estimated by the
     * Pentagon at …" */
    {
        guint b = h->t0;
        if (b >= 1 && tok_is(run, b - 1, "the"))
            b--;
        if (b >= 2 && tok_is(run, b - 1, "by")
            && (tok_is(run, b - 2, "put") || tok_is(run, b - 2, "estimated")
                || tok_is(run, b - 2, "placed") || tok_is(run, b - 2, "pegged")
                || tok_is(run, b - 2, "counted") || tok_is(run, b - 2, "tallied")
                || tok_is(run, b - 2, "reckoned") || tok_is(run, b - 2, "assessed")
                || tok_is(run, b - 2, "claimed") || tok_is(run, b - 2, "reported")
                || tok_is(run, b - 2, "cited") || tok_is(run, b - 2, "given")))
            return TRUE;
        /* or after the figure it puts there: "the North Korean force is
         * put at about 11,000 *by Seoul*" */
        if (b >= 1 && tok_is(run, b - 1, "by") && puts_at_before(run, b - 1))
            return TRUE;
    }
    /* "according to BBC Ukraine", "according to the Kyiv Independent": a
     * party inside the name of the source after "according to" */
    {
        guint t = h->t0, n = 0;
        /* and one after "of" inside a longer name: "according to the
         * Ministry of Defence of Ukraine" */
        gboolean of_seen = FALSE;
        while (t > 0 && n < (of_seen ? 8u : 2u)) {
            const Tok *w = &g_array_index(run->toks, Tok, t - 1);
            if (t >= 2 && tok_is(run, t - 1, "of")
                && g_array_index(run->toks, Tok, t - 2).kind == TOK_WORD
                && g_ascii_isupper(run->text[g_array_index(run->toks, Tok, t - 2).start])) {
                of_seen = TRUE;
                t--;
                n++;
                continue;
            }
            if (w->kind != TOK_WORD
                || !(tok_is(run, t - 1, "the") || g_ascii_isupper(run->text[w->start])))
                break;
            t--;
            n++;
        }
        if (n > 0 && t >= 2 && tok_is(run, t - 2, "according") && tok_is(run, t - 1, "to"))
            return TRUE;
        /* whom a source tells it, an outlet or an audience: "a Western
         * official told *the Kyiv Independent* that 10,000 had been sent",
         * "Budanov told *South Korean* lawmakers visiting Kyiv" */
        if (t >= 1 && (tok_is(run, t - 1, "told") || tok_is(run, t - 1, "tells")
                       || tok_is(run, t - 1, "telling")))
            return TRUE;
    }
    /* the subject of a verb of estimating or judging, or of any verb in
     * -ed that a "that" clause follows, is who estimates, not whose the
     * figure of the clause is: "*Seoul* estimated that some 9 million
     * shells had reached Russia", "*Kyiv* now believes 3,000 have been
     * killed", "*Washington* concluded that …" (after at most two
     * adverbs or auxiliaries; "an estimated 11,000" is no verb, nor is
     * a passive's "N. Korea *believed to* have shipped 12 million") */
    {
        static const Word aux[] = {WORD("now"),  WORD("has"),        WORD("had"),
                                   WORD("have"), WORD("also"),       WORD("then"),
                                   WORD("previously"), WORD("earlier"),
                                   WORD("initially"), WORD("already"), WORD("later")};
        static const Word judging[] = {WORD("estimated"), WORD("believed"), WORD("concluded"),
                                       WORD("judged"),    WORD("thought"),  WORD("suspected"),
                                       WORD("assumed"),   WORD("projected"), WORD("gauged")};
        guint t = h->t1, n = 0;
        while (n < 2 && t < run->toks->len && tok_in(run, t, aux, G_N_ELEMENTS(aux)))
            t++, n++;
        if (t + 1 < run->toks->len && g_array_index(run->toks, Tok, t).kind == TOK_WORD
            && possessive(run->text, &g_array_index(run->toks, Tok, t - 1)) == 0) {
            const Tok *v = &g_array_index(run->toks, Tok, t);
            gboolean ed = v->end - v->start > 3 && run->text[v->end - 2] == 'e'
                          && run->text[v->end - 1] == 'd';
            if ((tok_in(run, t, judging, G_N_ELEMENTS(judging)) && !tok_is(run, t + 1, "to"))
                || (ed && tok_is(run, t + 1, "that")))
                return TRUE;
        }
    }
    if (dict_of(run, "speech_words") == NULL)
        return FALSE;
    const GArray *said = dict_hits(run, "speech_words");
    for (guint i = 0; i < said->len; i++) {
        const Hit *w = &g_array_index(said, Hit, i);
        /* the ways below need the speech word within eight tokens after
         * the party, or twenty past a relay: told first, so that a
         * sentence's every party is not measured against its every speech
         * word */
        if (w->t0 < h->t1 || w->t0 > h->t1 + 20)
            continue;
        /* where the verb's own words start: an auxiliary or adverb right
         * before it ("South Korean MP Lee Seong-kweun *has* said") */
        static const Word before_verb[] = {WORD("has"),  WORD("have"),  WORD("had"),
                                           WORD("also"), WORD("later"), WORD("earlier"),
                                           WORD("previously")};
        guint v = w->t0, skipped = 0;
        while (skipped < 2 && v > h->t1 && tok_in(run, v - 1, before_verb, G_N_ELEMENTS(before_verb)))
            v--, skipped++;
        /* a relay set off by commas before those: "South Korean MP Lee
         * Seong-kweun, *citing intelligence data*, has said" */
        if (v > h->t1 && g_array_index(run->toks, Tok, v - 1).kind == TOK_COMMA
            && relay_aside_before(run, h->t1, v - 1))
            return TRUE;
        if (w->t0 > h->t1 + 8)
            continue;
        /* the party's own relative clause that its verb of saying opens,
         * past the comma and the pronoun: "unlike *Seoul*, which has put
         * the force at around 11,000" */
        if (v == h->t1 + 2 && g_array_index(run->toks, Tok, h->t1).kind == TOK_COMMA
            && (tok_is(run, h->t1 + 1, "which") || tok_is(run, h->t1 + 1, "who"))
            && !passive_before(run, w->t0))
            return TRUE;
        /* "Pyongyang is said to have supplied": a passive speech word is a
         * hedge, not the party speaking; and one of seeing is what was
         * seen ("North Korean troops were *first spotted* in Russia",
         * "have been observed"), an adverb between or not */
        if (w->t0 > 0 && passive_before(run, w->t0))
            continue;
        /* only words between, three at most besides those before the verb:
         * no comma or clause break */
        gboolean plain = v - h->t1 <= 3;
        for (guint t = h->t1; plain && t < w->t0; t++)
            plain = g_array_index(run->toks, Tok, t).kind == TOK_WORD;
        if (plain)
            return TRUE;
        /* an official's title and then a name: "*Ukraine's* top commander
         * Oleksandr Syrskyi said" (a lower-case title of three words at
         * most, the capitalized name right before the speech word) */
        {
            guint k = w->t0, names = 0;
            while (k > h->t1 && g_array_index(run->toks, Tok, k - 1).kind == TOK_WORD
                   && g_ascii_isupper(run->text[g_array_index(run->toks, Tok, k - 1).start])) {
                k--;
                names++;
            }
            gboolean title = names > 0 && names <= 3 && k > h->t1 && k - h->t1 <= 3;
            for (guint t = h->t1; title && t < k; t++) {
                const Tok *tok = &g_array_index(run->toks, Tok, t);
                title = tok->kind == TOK_WORD && g_ascii_islower(run->text[tok->start]);
            }
            if (title)
                return TRUE;
        }
        /* one of a list of names that speak together: "South Korea, the
         * U.S., and Ukraine estimate that …" */
        if (w->t0 > h->t1 && w->t0 <= h->t1 + 8 && listed_names(run, h->t1, w->t0))
            return TRUE;
    }
    return FALSE;
}

/* speaks_read(@run, @h), kept for the next question of the same tokens
 * while neither the tokens nor the hits it reads change (the answer reads
 * only the sentence's tokens and hits, and @h's tokens). */
static gboolean
speaks(CcFrameRun *run, const Hit *h)
{
    if (run->speaks_generation == run->generation + 1)
        for (guint i = 0; i < run->speaks_n; i++)
            if (run->speaks_memo[i].t0 == h->t0 && run->speaks_memo[i].t1 == h->t1)
                return run->speaks_memo[i].yes;
    gboolean yes = speaks_read(run, h);
    if (run->in_scan)
        return yes;
    /* read after: the reading may have scanned the sentence */
    if (run->speaks_generation != run->generation + 1) {
        run->speaks_generation = run->generation + 1;
        run->speaks_n = 0;
    }
    if (run->speaks_n < SPEAKS_MEMO)
        run->speaks_memo[run->speaks_n++] = (struct SpeaksMemo){h->t0, h->t1, yes};
    return yes;
}

/* The party that opens the main clause after a phrase opening the
 * sentence with "With", "Having", "After" or "Despite" and closed by a
 * comma, the figure at @t0 inside it (at most sixteen words, no other
 * mark): "With about 1.2 million men under arms, the North fields …". A
 * party that speaks there is none ("…, Seoul says"). */
static const Hit *
fronted_phrase_party(CcFrameRun *run, const CcFrame *f, const GPtrArray *tables, guint t0)
{
    static const Word openers[] = {WORD("with"), WORD("having"), WORD("after"), WORD("despite")};
    if (run->toks->len == 0 || !tok_in(run, 0, openers, G_N_ELEMENTS(openers)))
        return NULL;
    guint k = 0;
    while (k < run->toks->len && k < 24 && g_array_index(run->toks, Tok, k).kind != TOK_COMMA) {
        if (g_array_index(run->toks, Tok, k).kind == TOK_BREAK)
            return NULL;
        k++;
    }
    if (k >= run->toks->len || k <= t0 || g_array_index(run->toks, Tok, k).kind != TOK_COMMA
        || words_between(run->toks, 0, k) > 16)
        return NULL;
    guint u = k + 1;
    if (u < run->toks->len && tok_is(run, u, "the"))
        u++;
    const Hit *h = u < run->toks->len ? hit_starting(run, tables, u) : NULL;
    if (h == NULL && u > k + 1)
        h = hit_starting(run, tables, k + 1);
    if (h == NULL || (!f->speaker && speaks(run, h)))
        return NULL;
    return h;
}

/* Whose the counted things are: a party named between the figure and its
 * noun ("9,000 North Korean infantrymen") or just after the noun ("from
 * North Korea"), a possessive or adjective before the noun ("North Korean
 * losses"), the nearest party before the figure in its clause, else in its
 * sentence before it; failing all, an inheriting frame takes the title's
 * party, else the one an earlier sentence opened with. With @verb, @counts
 * is an event's cue with no counted words beside it ("had fought"), and a
 * party right after it is its object. */
/* Does token @t name a share of a whole, the word right before its "of":
 * "percent", "half", "third", "60%", "bulk"? */
static gboolean
share_noun(const CcFrameRun *run, guint t)
{
    static const Word words[] = {
        WORD("percent"), WORD("cent"),     WORD("half"),       WORD("third"),  WORD("thirds"),
        WORD("quarter"), WORD("quarters"), WORD("fifth"),      WORD("fifths"), WORD("tenth"),
        WORD("tenths"),  WORD("share"),    WORD("proportion"), WORD("bulk"),   WORD("majority"),
        WORD("portion"), WORD("fraction")};
    if (tok_in(run, t, words, G_N_ELEMENTS(words)))
        return TRUE;
    const Tok *k = &g_array_index(run->toks, Tok, t);
    return k->end > k->start && run->text[k->end - 1] == '%';
}

/* Is token @t "captured" (or "captures", "capture") said of footage: a
 * word of a camera's (video, footage, images, photos) in its clause from
 * @c0, with no "of" right after it ("a video of troops …") and no verb
 * or clause of its own between? What a video captured, it filmed. */
static gboolean
filmed_capture(const CcFrameRun *run, guint t, guint c0)
{
    static const Word verbs[] = {WORD("captured"), WORD("captures"), WORD("capture")};
    static const Word cams[] = {
        WORD("video"),    WORD("videos"),      WORD("footage"),    WORD("image"),
        WORD("images"),   WORD("imagery"),     WORD("photo"),      WORD("photos"),
        WORD("photograph"), WORD("photographs"), WORD("picture"),  WORD("pictures"),
        WORD("camera"),   WORD("cameras"),     WORD("clip"),       WORD("clips"),
        WORD("livestream"), WORD("webcam")};
    /* the footage's own verb, or a clause of its own, between: "a video
     * *shows* the moment troops captured …", "footage *of how* they
     * captured …" */
    static const Word stops[] = {
        WORD("show"),    WORD("shows"),  WORD("showed"), WORD("shown"),   WORD("showing"),
        WORD("depicts"), WORD("depicted"), WORD("reveals"), WORD("revealed"), WORD("moment"),
        WORD("when"),    WORD("how"),    WORD("as"),     WORD("after"),   WORD("while"),
        WORD("who"),     WORD("which"),  WORD("that"),   WORD("where")};
    if (!tok_in(run, t, verbs, G_N_ELEMENTS(verbs)))
        return FALSE;
    for (guint k = t; k-- > c0;) {
        if (tok_in(run, k, stops, G_N_ELEMENTS(stops)))
            return FALSE;
        if (tok_in(run, k, cams, G_N_ELEMENTS(cams)) && !tok_is(run, k + 1, "of"))
            return TRUE;
    }
    return FALSE;
}

/* Does the party at @h name a sending, a noun of `sending_nouns` right
 * after it ("Barely Dented by *Russia Dispatch*", "by Russia Mission", a
 * headline's "by the Russia deployment" with its article dropped)? It is
 * then no agent after "by": the sending is, and the party only its
 * destination. */
static gboolean
names_sending(CcFrameRun *run, const Hit *h)
{
    return h->t1 < run->toks->len && g_array_index(run->toks, Tok, h->t1).kind == TOK_WORD
           && possessive(run->text, &g_array_index(run->toks, Tok, h->t1 - 1)) == 0
           && in_table(run, "sending_nouns", h->t1);
}

/* Is the party at @h a possessive that owns a noun of its own, one no
 * frame of @f's counts: "troops in support of *Moscow's* war" is Moscow's
 * war, not Moscow's troops. */
static gboolean
owns_other(CcFrameRun *run, const CcFrame *f, const Hit *h, guint c1)
{
    const Tok *last = &g_array_index(run->toks, Tok, h->t1 - 1);
    const char *e = run->text + last->end;
    gsize n = last->end - last->start;
    gboolean poss = (n > 2 && e[-2] == '\'' && (e[-1] == 's' || e[-1] == 'S'))
                    || (n > 4 && memcmp(e - 4, "\xe2\x80\x99s", 4) == 0);
    if (!poss || h->t1 >= c1 || g_array_index(run->toks, Tok, h->t1).kind != TOK_WORD)
        return FALSE;
    /* what the things are drawn from, after "from", is the party's all the
     * same: "shells from *North Korea's* arsenals" (`holder_nouns`) */
    if (h->t0 > 0 && tok_is(run, h->t0 - 1, "from") && in_table(run, "holder_nouns", h->t1))
        return FALSE;
    return hit_starting(run, f->slot[CC_SLOT_COUNTS].tables, h->t1) == NULL;
}

/* Does the party at @h open a clause joined by a comma and "and" or
 * "but", as a possessive: "…, and *Iran's* contribution is mostly
 * drones, some 6,000 of them"? That clause's subject is the party's own
 * noun phrase, and a figure in the clause is the party's, not the first
 * clause's party's (as after ";" or "while"). */
static gboolean
opens_joined_clause(CcFrameRun *run, const Hit *h)
{
    return h->t0 >= 2 && (tok_is(run, h->t0 - 1, "and") || tok_is(run, h->t0 - 1, "but"))
           && g_array_index(run->toks, Tok, h->t0 - 2).kind == TOK_COMMA
           && possessive(run->text, &g_array_index(run->toks, Tok, h->t1 - 1)) > 0;
}

/* Does a relative clause of a share's base end at token @v, with a comma
 * between it and the figure at @t0: "half the shells *Russia* [fired]",
 * "60% of the ammunition *Russian forces* [used]"? The party before @v
 * (past "has" or "had"), a noun @f counts before it, "the" and "of" at
 * will, and a word of a share (share_noun()). */
static gboolean
share_base_clause(CcFrameRun *run, const CcFrame *f, guint v, guint t0)
{
    gboolean comma = FALSE;
    for (guint k = v; k < t0; k++)
        if (g_array_index(run->toks, Tok, k).kind == TOK_COMMA)
            comma = TRUE;
    if (!comma || v == 0)
        return FALSE;
    guint p = v;
    if (tok_is(run, p - 1, "has") || tok_is(run, p - 1, "had") || tok_is(run, p - 1, "have"))
        p--;
    const GPtrArray *parties = f->slot[CC_SLOT_SUBJECT].tables;
    if (parties->len == 0)
        return FALSE;
    const Hit *h = hit_ending(run, parties, p);
    /* or the party's own noun between: "Russian *forces*", "Russian
     * *gunners*" */
    if (h == NULL && p > 1 && g_array_index(run->toks, Tok, p - 1).kind == TOK_WORD
        && hit_starting(run, f->slot[CC_SLOT_COUNTS].tables, p - 1) == NULL)
        h = hit_ending(run, parties, p - 1);
    if (h == NULL)
        return FALSE;
    guint q = h->t0;
    const Hit *n = hit_ending(run, f->slot[CC_SLOT_COUNTS].tables, q);
    if (n == NULL || n->t0 == 0)
        return FALSE;
    guint k = n->t0;
    if (k > 0 && tok_is(run, k - 1, "the"))
        k--;
    if (k > 0 && tok_is(run, k - 1, "of"))
        k--;
    return k > 0 && share_noun(run, k - 1);
}

/* Does a verb of composition stand in tokens [@a, @b), at most eight words
 * ("account for", "make up", "comprise", "constitute", "represent",
 * "form", "are among"), one that makes the things before it a part of a
 * whole after it? */
static gboolean
composition_between(CcFrameRun *run, guint a, guint b)
{
    static const char *const alone[] = {"comprise",   "comprises", "comprised",   "constitute",
                                        "constitutes", "constituted", "represent", "represents",
                                        "represented", "form",      "forms",       "among"};
    if (b < a || b - a > 8)
        return FALSE;
    for (guint t = a; t < b; t++) {
        if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
            return FALSE;
        if ((tok_is(run, t, "account") || tok_is(run, t, "accounts") || tok_is(run, t, "accounted"))
            && tok_is(run, t + 1, "for"))
            return TRUE;
        if ((tok_is(run, t, "make") || tok_is(run, t, "makes") || tok_is(run, t, "made")
             || tok_is(run, t, "making"))
            && tok_is(run, t + 1, "up"))
            return TRUE;
        for (guint k = 0; k < G_N_ELEMENTS(alone); k++)
            if (tok_is(run, t, alone[k]))
                return TRUE;
    }
    return FALSE;
}

/* Does a verb of composition stand right before the figure at token
 * @t0, its party before it ("North Korean soldiers *account for* some
 * 11,000 of the 50,000 troops in the Kursk region")? The part is then a
 * part of the whole named after it, and what that whole is or does, the
 * part is or does too. */
static const Hit *
composition_party(CcFrameRun *run, const CcFrame *f, guint c0, guint t0)
{
    const GPtrArray *parties = f->slot[CC_SLOT_SUBJECT].tables;
    if (parties->len == 0 || t0 == 0 || tok_is(run, t0 - 1, "among"))
        return NULL;
    for (guint k = t0; k > c0 && k + 5 > t0; k--) {
        const Hit *h = hit_ending(run, parties, k);
        if (h != NULL)
            return composition_between(run, k, t0) ? h : NULL;
    }
    return NULL;
}

static gboolean
composition_before(CcFrameRun *run, const CcFrame *f, guint c0, guint t0)
{
    return composition_party(run, f, c0, t0) != NULL;
}

/* Is token @t a verb by which a party acts on soldiers not its own:
 * captures, kills or hands over the men or their bodies? */
static gboolean
acts_on_men(const CcFrameRun *run, guint t)
{
    static const Word verbs[] = {WORD("captured"),  WORD("capture"),     WORD("captures"),
                                 WORD("capturing"), WORD("handed"),      WORD("hand"),
                                 WORD("hands"),     WORD("handing"),     WORD("returned"),
                                 WORD("returns"),   WORD("repatriated"), WORD("killed"),
                                 WORD("kills"),     WORD("eliminated"),  WORD("eliminates")};
    return tok_in(run, t, verbs, G_N_ELEMENTS(verbs));
}

/* Is token @t a verb of showing ("shown", "presented", "paraded") whose
 * object is the figure at tokens [@t0, @t1), at most a particle, an
 * article, an audience or an image "of" them between ("showed off",
 * "paraded the", "has shown journalists", "showed footage of"), or a verb
 * of putting out an image of them ("released video of"), and does the
 * figure count captives, a captive word between it and its noun ("Kyiv has
 * shown two *captured* soldiers")? The party that shows them is their
 * captor. */
static gboolean
shows_captives(CcFrameRun *run, guint t, guint t0, guint t1, const Hit *counts)
{
    static const Word verbs[] = {WORD("shown"),     WORD("showed"),    WORD("shows"),
                                 WORD("presented"), WORD("presents"),  WORD("paraded"),
                                 WORD("parades"),   WORD("displayed"), WORD("displays")};
    static const Word issuing[] = {WORD("released"), WORD("releases"), WORD("published"),
                                   WORD("publishes"), WORD("posted"),  WORD("posts"),
                                   WORD("aired"),     WORD("airs")};
    static const Word images[] = {WORD("footage"), WORD("video"),    WORD("videos"),
                                  WORD("images"),  WORD("photos"),   WORD("pictures"),
                                  WORD("clip"),    WORD("clips"),    WORD("photographs")};
    static const Word others[] = {WORD("off"),         WORD("the"),      WORD("journalists"),
                                  WORD("reporters"),   WORD("media"),    WORD("press"),
                                  WORD("a"),           WORD("of"),       WORD("new"),
                                  WORD("interrogation")};
    gboolean shows = tok_in(run, t, verbs, G_N_ELEMENTS(verbs));
    if ((!shows && !tok_in(run, t, issuing, G_N_ELEMENTS(issuing))) || t >= t0 || t0 - t > 4
        || counts == NULL || counts->t0 < t1)
        return FALSE;
    gboolean image = FALSE;
    for (guint k = t + 1; k < t0; k++) {
        if (tok_in(run, k, images, G_N_ELEMENTS(images)) && k + 1 < t0 && tok_is(run, k + 1, "of"))
            image = TRUE;
        else if (!tok_in(run, k, others, G_N_ELEMENTS(others)))
            return FALSE;
    }
    if (!shows && !image)
        return FALSE;
    for (guint k = t1; k < counts->t0; k++)
        if (in_table(run, "captured_cues", k))
            return TRUE;
    return FALSE;
}

/* The party the men a figure at tokens [@t0, @t1) counts belong to when
 * the party @h named for them is the one that acts on them (acts_on_men()):
 * the verb between it and the figure ("*Russia handed over* the bodies of
 * 909 soldiers"), right after it in a relative clause ("12 soldiers
 * *Ukraine captured*") or before "by" and it ("handed over *by Russia*").
 * The men are then its enemy's: Russia's of Ukraine, Ukraine's of Russia
 * or North Korea. NULL when @h names the men's own party. */
static const char *
actor_foe(CcFrameRun *run, const Hit *h, const Hit *counts, guint t0, guint t1, const char *name)
{
    /* what may stand between a party and its verb: its force's noun, an
     * auxiliary, an adverb of time ("Ukrainian *paratroopers* captured",
     * "Russia *has* handed over", "Ukraine has *since* killed") */
    static const char *const between[] = {"has",    "have",     "had",    "forces", "troops",
                                          "paratroopers", "side", "army",   "military",
                                          "units",  "special", "operations", "reportedly",
                                          "since",  "now",     "already", NULL};
    gboolean acts = FALSE, shows = FALSE;
    if (h->t1 <= t0 && t0 - h->t1 <= 8) {
        /* a verb of showing captives before the figure, the party's own
         * noun or an auxiliary at most three words between it and the
         * party ("Ukraine's *security service* presented two captured
         * soldiers") */
        static const char *const breaks[] = {",", ";", "and", "but", "or", "which", "who",
                                             "that", "while", NULL};
        for (guint v = h->t1; v < t0 && v <= h->t1 + 3 && !shows; v++) {
            gboolean open = TRUE;
            for (guint k = h->t1; k < v && open; k++)
                for (guint i = 0; breaks[i] != NULL && open; i++)
                    open = !tok_is(run, k, breaks[i]);
            if (!open)
                break;
            shows = shows_captives(run, v, t0, t1, counts);
        }
        acts = shows;
        for (guint k = h->t1; k < t0 && k < h->t1 + 4 && !acts; k++) {
            if (acts_on_men(run, k)) {
                /* the men its object, right after it: "handed over *the
                 * bodies of* 909", not "killed or wounded at 1,100"; a
                 * harm paired with the verb shares its object ("we have
                 * *killed or wounded* about 3,800 of them") */
                static const char *const object[] = {"over", "the",     "bodies", "remains", "of",
                                                     "back", "another", "a",      "further", NULL};
                acts = TRUE;
                guint j = k + 1;
                if (j + 2 <= t0 && (tok_is(run, j, "or") || tok_is(run, j, "and"))
                    && in_table(run, "harm_cues", j + 1))
                    j += 2;
                for (; j < t0 && acts; j++) {
                    gboolean ok = FALSE;
                    for (guint i = 0; object[i] != NULL && !ok; i++)
                        ok = tok_is(run, j, object[i]);
                    acts = ok;
                }
                break;
            }
            gboolean ok = FALSE;
            for (guint i = 0; between[i] != NULL && !ok; i++)
                ok = tok_is(run, k, between[i]);
            if (!ok)
                return NULL;
        }
    } else if (h->t0 >= t1 && h->t0 - t1 <= 8 && counts != NULL && counts->t0 >= t1
               && counts->t1 <= h->t0) {
        /* the party of a relative clause after the men's noun ("12
         * soldiers *Ukraine captured*"), or the agent of a passive
         * ("handed over *by Russia*") */
        if (h->t1 < run->toks->len && acts_on_men(run, h->t1) && counts->t1 == h->t0)
            acts = TRUE;
        else if (h->t0 >= 2 && tok_is(run, h->t0 - 1, "by"))
            for (guint k = h->t0 - 1; k > counts->t1 && k + 4 > h->t0 && !acts; k--)
                acts = acts_on_men(run, k - 1);
    }
    if (!acts || name == NULL)
        return NULL;
    /* Ukraine's foe is Russia, or North Korea where the figure is a part
     * of men named before it whose party North Korea is ("North Korea
     * sent 12,000 soldiers, and Ukrainian forces have killed about 3,800
     * *of them*") */
    /* captives it shows, their party unnamed, are the enemy's the
     * sentences before (or the title) speak of, Russia's there, else North
     * Korea's, the pack's own ("North Korea sent 11,000 troops. … Kyiv
     * has shown two captured soldiers") */
    if (shows && g_str_equal(name, "ukraine")) {
        const char *before = run->title_subject ? run->title_subject : run->last_subject;
        return g_strcmp0(before, "russia") == 0 ? "russia" : "north_korea";
    }
    if (g_str_equal(name, "ukraine"))
        return t1 + 1 < run->toks->len && tok_is(run, t1, "of")
                       && (tok_is(run, t1 + 1, "them") || tok_is(run, t1 + 1, "those"))
                       && (party_named_before(run, t0, "north_korea")
                           || holds(run->parties[1], "north_korea"))
                   ? "north_korea"
                   : "russia";
    if (g_str_equal(name, "russia") || g_str_equal(name, "north_korea"))
        return "ukraine";
    return NULL;
}

/* The party whose enemy "the enemy" before the figure at tokens [@t0,
 * @t1) in clause [@c0, @c1), or "enemy" in its noun phrase, names: the
 * foe of the party that speaks in the sentence ("…, Ukraine's General
 * Staff said": Russia), or, with none, in the sentence before. A linking
 * verb right before the figure reaches its subject as far back as a
 * counted noun ("*The enemy's* losses over the past day amounted to 1,180
 * personnel"). NULL with no "enemy" or no such speaker; *@named says
 * whether "enemy" was there. */
static const char *
enemy_of_speaker(CcFrameRun *run, const CcFrame *f, const Hit *counts, guint c0, guint c1,
                 guint t0, guint t1, gboolean *named)
{
    gboolean enemy = FALSE;
    guint reach = ends_in_table(run, "linking_verbs", t0) || in_table(run, "bound_verbs", t0)
                      ? LINKED_REACH
                      : 4;
    for (guint k = t0 > c0 + reach ? t0 - reach : c0; k < t0 && !enemy; k++)
        enemy = tok_is(run, k, "enemy") || tok_is(run, k, "enemy's");
    if (counts != NULL && counts->t0 >= t1)
        for (guint k = t1; k < counts->t0 && !enemy; k++)
            enemy = tok_is(run, k, "enemy");
    /* a counted noun before the figure names "the enemy" in its own noun
     * phrase, two words before it or three after ("the enemy's combat
     * losses", "the total losses of the enemy"), as a part set inside a
     * figure borrows it: "… amounted to about 812,600 personnel, including
     * 1,430 over the past day" */
    if (counts != NULL && counts->t1 <= t0)
        for (guint k = counts->t0 > c0 + 2 ? counts->t0 - 2 : c0;
             k < counts->t1 + 3 && k < t0 && !enemy; k++)
            enemy = tok_is(run, k, "enemy") || tok_is(run, k, "enemy's");
    *named = enemy;
    if (!enemy)
        return NULL;
    const GPtrArray *tables = f->slot[CC_SLOT_SUBJECT].tables;
    for (guint i = 0; i < tables->len; i++) {
        const GArray *hits = dict_hits(run, tables->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            if (!speaks(run, h))
                continue;
            char *name = entity_of(run, run->text, h);
            const char *foe = NULL;
            if (name != NULL && g_str_equal(name, "ukraine"))
                foe = "russia";
            else if (name != NULL && (g_str_equal(name, "russia") || g_str_equal(name, "north_korea")))
                foe = "ukraine";
            g_free(name);
            if (foe != NULL)
                return foe;
        }
    }
    /* with no speaker of its own, the one party that spoke in the
     * sentence right before: "Ukraine's General Staff gave its daily
     * figures on Tuesday. The enemy lost 1,210 personnel" is Russia's */
    gboolean ukraine = holds(run->parties[1], SPEAKER_MARK "ukraine");
    gboolean other = holds(run->parties[1], SPEAKER_MARK "russia")
                     || holds(run->parties[1], SPEAKER_MARK "north_korea");
    if (ukraine != other)
        return ukraine ? "russia" : "ukraine";
    (void)c1;
    return NULL;
}

/* Is the party at @h, a possessive right before a toll's figure, one of
 * `onlooker_parties`, whose own soldiers fight in no war the pack follows,
 * and the figure's counted noun a word of `harm_cues`? Its dead are the
 * ones it counts, no dead of its own: "Seoul's 600 dead", "Washington's
 * 1,000 killed" are its counts of North Korea's dead. */
static gboolean
onlooker_toll(CcFrameRun *run, const Hit *h, const Hit *counts)
{
    return in_table(run, "onlooker_parties", h->t0) && in_table(run, "harm_cues", counts->t0);
}

/* Is the party at @h such a possessive before a figure (a token opening
 * with a digit right after it) of a toll whose counted noun is @counts:
 * "Seoul's 600 dead and 4,100 wounded" (no party of the 600 nor the
 * 4,100)? */
static gboolean
onlooker_possessive(CcFrameRun *run, const Hit *h, const Hit *counts)
{
    if (counts == NULL || h->t1 == 0 || h->t1 >= run->toks->len
        || possessive(run->text, &g_array_index(run->toks, Tok, h->t1 - 1)) == 0)
        return FALSE;
    const Tok *next = &g_array_index(run->toks, Tok, h->t1);
    return g_ascii_isdigit(run->text[next->start]) && onlooker_toll(run, h, counts);
}

/* Is the party at @h the possessive of the whole a share is taken of? It
 * holds all of it, not the share: "North Korea had delivered about 20
 * percent of *Russia's* shells, nearly 1 million rounds" is North
 * Korea's. */
static gboolean
holds_share_base(CcFrameRun *run, const Hit *h)
{
    if (h->t0 < 2 || !tok_is(run, h->t0 - 1, "of") || !share_noun(run, h->t0 - 2))
        return FALSE;
    return possessive(run->text, &g_array_index(run->toks, Tok, h->t1 - 1)) > 0;
}

/* Is token @t a word that leads from a copula to the things' maker or
 * sender: "made", "produced", "supplied", "in", "by"? */
static gboolean
maker_word(const CcFrameRun *run, guint t)
{
    static const Word words[] = {WORD("made"),   WORD("produced"), WORD("manufactured"),
                                 WORD("built"),  WORD("supplied"), WORD("provided"),
                                 WORD("in"),     WORD("by"),       WORD("all"),
                                 WORD("likely"), WORD("probably")};
    return tok_in(run, t, words, G_N_ELEMENTS(words));
}

/* How many words of a hedge open an apposition at token @t, one that
 * guesses what the things were: "presumably", "probably", "most likely"
 * (1 or 2); 0 for none. */
static guint
apposition_hedge(const CcFrameRun *run, guint t)
{
    static const Word words[] = {WORD("presumably"), WORD("probably"),   WORD("likely"),
                                 WORD("possibly"),   WORD("apparently"), WORD("reportedly"),
                                 WORD("allegedly"),  WORD("suspected"),  WORD("believed")};
    guint u = t;
    if (tok_is(run, u, "most") || tok_is(run, u, "very") || tok_is(run, u, "almost"))
        u++;
    if (!tok_in(run, u, words, G_N_ELEMENTS(words)))
        return 0;
    u++;
    /* "believed to be", "suspected to be" */
    if (tok_is(run, u, "to") && tok_is(run, u + 1, "be"))
        u += 2;
    return u - t;
}

/* The party an apposition after the counted noun ending at @np gives all
 * of the things, within eight words, before @c1: ", all of them North
 * Korean", ", all of which were KN-23s supplied by North Korea", ", all
 * North Korean-made", or one a hedge opens, the party within two words
 * of it: ", presumably North Korean-made KN-23s", ", most likely of North
 * Korean origin" (the hedge is the claim's: core modality.rules), or a
 * relative clause whose subject identified them, ", which investigators
 * identified as North Korean KN-23s" (copula_at()); NULL for none. */
static const Hit *
all_of_them_party(CcFrameRun *run, const GPtrArray *tables, guint np, guint c1)
{
    for (guint t = np; t + 1 < c1 && t < np + 8; t++) {
        const Tok *k = &g_array_index(run->toks, Tok, t);
        if (k->kind == TOK_BREAK)
            return NULL;
        if (k->kind != TOK_COMMA)
            continue;
        guint hedge = apposition_hedge(run, t + 1);
        /* ", which investigators identified as North Korean KN-23s" */
        if (hedge == 0 && tok_is(run, t + 1, "which") && copula_at(run, t + 1) > 2) {
            hedge = copula_at(run, t + 1);
        } else if (hedge == 0 && !tok_is(run, t + 1, "all"))
            continue;
        guint u = t + 1 + (hedge > 0 ? hedge : 1);
        if (hedge == 0 && tok_is(run, u, "of")
            && (tok_is(run, u + 1, "them") || tok_is(run, u + 1, "which")
                || tok_is(run, u + 1, "those")))
            u += 2;
        if (hedge == 0 && copula_at(run, u) > 0)
            u += copula_at(run, u);
        for (guint n = 0; n < (hedge > 0 ? 2 : 4) && u < c1; n++) {
            const Hit *h = hit_starting(run, tables, u);
            if (h != NULL)
                return h;
            /* a model, then its maker: "KN-23s supplied by North Korea" */
            const Tok *w = &g_array_index(run->toks, Tok, u);
            if (w->kind != TOK_WORD)
                break;
            u++;
        }
        return NULL;
    }
    return NULL;
}

/* How many words of a copula start at token @t, one that says what things
 * were or where they came from: "were", "is" (1), "came from", "originated
 * from" (2); 0 for none. */
static guint
copula_at(const CcFrameRun *run, guint t)
{
    /* what the things were found to be, by a verb of identifying: "were
     * identified as", "have been confirmed as", "were found to be" */
    guint v = t;
    if ((tok_is(run, v, "have") || tok_is(run, v, "has") || tok_is(run, v, "had"))
        && tok_is(run, v + 1, "been"))
        v += 2;
    else if (tok_is(run, v, "were") || tok_is(run, v, "was") || tok_is(run, v, "are")
             || tok_is(run, v, "is"))
        v++;
    if (v > t) {
        if ((tok_is(run, v, "identified") || tok_is(run, v, "confirmed")
             || tok_is(run, v, "classified"))
            && tok_is(run, v + 1, "as"))
            return v + 2 - t;
        if ((tok_is(run, v, "confirmed") || tok_is(run, v, "found") || tok_is(run, v, "shown"))
            && tok_is(run, v + 1, "to") && tok_is(run, v + 2, "be"))
            return v + 3 - t;
    }
    if ((tok_is(run, t, "turned") || tok_is(run, t, "proved")) && tok_is(run, t + 1, "out")
        && tok_is(run, t + 2, "to") && tok_is(run, t + 3, "be"))
        return 4;
    /* a relative clause whose own subject identified them: "that
     * experts later identified as", "which investigators have confirmed
     * as" (its subject one to four words, no mark between) */
    if (tok_is(run, t, "that") || tok_is(run, t, "which")) {
        for (guint u = t + 2; u < t + 7 && u + 1 < run->toks->len; u++) {
            if (g_array_index(run->toks, Tok, u - 1).kind != TOK_WORD)
                break;
            /* a passive is the main clause's: "that hit Zaporizhzhia
             * have been confirmed as" */
            if (tok_is(run, u - 1, "been") || tok_is(run, u - 1, "were")
                || tok_is(run, u - 1, "was") || tok_is(run, u - 1, "are")
                || tok_is(run, u - 1, "is"))
                break;
            if ((tok_is(run, u, "identified") || tok_is(run, u, "confirmed")
                 || tok_is(run, u, "classified"))
                && tok_is(run, u + 1, "as"))
                return u + 2 - t;
        }
    }
    if (tok_is(run, t, "were") || tok_is(run, t, "was") || tok_is(run, t, "are")
        || tok_is(run, t, "is"))
        return 1;
    if ((tok_is(run, t, "came") || tok_is(run, t, "come") || tok_is(run, t, "comes")
         || tok_is(run, t, "originated") || tok_is(run, t, "originate")
         || tok_is(run, t, "originates"))
        && tok_is(run, t + 1, "from"))
        return 2;
    return 0;
}

/* A party of @tables after "from" (and any determiners) within @reach
 * words from token @t in the clause ending at @c1, that owns no other
 * noun there: whose the things are that come from it. With @first_only,
 * only the first "from" is looked at. */
static const Hit *
party_from(CcFrameRun *run, const CcFrame *f, const GPtrArray *tables, guint t, guint reach,
           guint c1, gboolean first_only)
{
    for (guint k = t; k < c1 && k < t + reach; k++) {
        if (!tok_is(run, k, "from"))
            continue;
        guint w = k + 1;
        while (w < c1 && tok_is_determiner(run, w))
            w++;
        const Hit *h = w < c1 ? hit_starting(run, tables, w) : NULL;
        if (h != NULL && !owns_other(run, f, h, c1))
            return h;
        if (first_only)
            break;
    }
    return NULL;
}

/* Does a noun @f counts hold the hit @h inside it, longer than it ("120
 * multiple *launch* rocket systems")? */
static gboolean
inside_counted(CcFrameRun *run, const CcFrame *f, const Hit *h)
{
    const GPtrArray *tables = f->slot[CC_SLOT_COUNTS].tables;
    if (tables->len == 0)
        return FALSE;
    for (guint t = h->t0 + 1; t > 0 && t + 5 > h->t0; t--) {
        const Hit *n = hit_starting(run, tables, t - 1);
        if (n != NULL && n->t1 >= h->t1 && n->t1 - n->t0 > h->t1 - h->t0)
            return TRUE;
    }
    return FALSE;
}

/* Is the party at @h followed, across at most two words, by a verb of
 * `user_verbs` ("the shells *Russia* fires", "missiles that *Russian* units
 * now launch")? After the counted noun such a party is who uses the things,
 * not whose they are. */
static gboolean plural_word(const CcFrameRun *run, guint t);

static gboolean
uses_them(CcFrameRun *run, const Hit *h)
{
    for (guint k = h->t1; k < run->toks->len && k < h->t1 + 3; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            return FALSE;
        if (in_table(run, "user_verbs", k))
            return TRUE;
    }
    return FALSE;
}

/* Is the party at @h the user of a plural noun right before it, or before
 * its "that" or "which" ("of the shells *Russia* fires, or roughly 4
 * million a year")? */
static gboolean
user_of_noun(CcFrameRun *run, const Hit *h)
{
    guint t = h->t0;
    if (t > 0 && (tok_is(run, t - 1, "that") || tok_is(run, t - 1, "which")))
        t--;
    /* or a mass noun of them: "the ammunition Russian troops fired" */
    return t > 0
           && (plural_word(run, t - 1) || tok_is(run, t - 1, "ammunition")
               || tok_is(run, t - 1, "ammo"))
           && uses_them(run, h);
}

/* Does the party at @h start inside a hit of @tables that starts before it:
 * is its first word read as the end of a name before it ("Korean troops" in
 * "North Korean troops", in "South Korean troops")? Then it gives way to
 * that name, as a pattern's {@table} takes the leftmost hit. */
static gboolean
inside_earlier_party(CcFrameRun *run, const GPtrArray *tables, const Hit *h)
{
    for (guint i = 0; i < tables->len; i++) {
        const GArray *hits = dict_hits(run, tables->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *g = &g_array_index(hits, Hit, j);
            if (g->t0 < h->t0 && h->t0 < g->t1)
                return TRUE;
        }
    }
    return FALSE;
}

/* Is the party at @h the second of a pair after "between" ("container
 * traffic between North Korea and *Russia*", "the rail link between
 * Pyongyang and *Moscow*")? The pair names a trade's two ends, the first
 * before the second as a fact-checker reads them, so the second is no
 * nearer owner of the figure than the first. */
static gboolean
pair_second(CcFrameRun *run, const GPtrArray *tables, const Hit *h)
{
    if (h->t0 < 3 || !tok_is(run, h->t0 - 1, "and"))
        return FALSE;
    const Hit *x = hit_ending(run, tables, h->t0 - 1);
    return x != NULL && x->t0 > 0 && tok_is(run, x->t0 - 1, "between");
}

/* The first party of a pair "X and Y" (or "both X and Y") whose second
 * is the party at @h, or NULL. */
static const Hit *
pair_first(CcFrameRun *run, const GPtrArray *tables, const Hit *h)
{
    guint a = h->t0;
    if (a >= 1 && tok_is(run, a - 1, "the"))
        a--;
    if (a < 2 || !tok_is(run, a - 1, "and"))
        return NULL;
    return hit_ending(run, tables, a - 1);
}

/* The party of the counted noun phrase that a figure at token @t0 stands
 * in apposition to, right before the figure's comma: "The *North Korean*
 * soldiers, some 11,000 men, …", "*North Korean* munitions, some 9
 * million rounds in all, …"; none where that phrase is an "of"
 * complement, whose party holds a whole the figure restates a part of
 * ("about a fifth of *Russia's* artillery shells, nearly 1 million
 * rounds"). */
static const Hit *
apposed_party(CcFrameRun *run, const CcFrame *f, const GPtrArray *tables, guint t0, guint c0)
{
    if (t0 < c0 + 2 || g_array_index(run->toks, Tok, t0 - 1).kind != TOK_COMMA)
        return NULL;
    const Hit *n = hit_ending(run, f->slot[CC_SLOT_COUNTS].tables, t0 - 1);
    if (n == NULL)
        return NULL;
    for (guint t = n->t1; t > c0 && t + 4 > n->t0; t--) {
        const Hit *h = hit_ending(run, tables, t);
        if (h != NULL && h->t0 >= c0 && (f->speaker || !speaks(run, h))) {
            guint b = h->t0;
            if (b > 0 && tok_is(run, b - 1, "the"))
                b--;
            return b > 0 && tok_is(run, b - 1, "of") ? NULL : h;
        }
        if (t <= n->t0
            && (g_array_index(run->toks, Tok, t - 1).kind != TOK_WORD || is_stop(run, t - 1)))
            break;
    }
    return NULL;
}

/* Does a figure start at token @t: a word that opens with a digit ("20",
 * "1,200") or a small count in words ("six")? */
static gboolean
listed_figure(const CcFrameRun *run, guint t)
{
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    return (tok->kind == TOK_WORD && g_ascii_isdigit(run->text[tok->start])) || count_word(run, t);
}

static guint subset_opener(CcFrameRun *run, guint k);

/* The first token of an arrow right before token @t ("->", "=>", ">",
 * "→"), or G_MAXUINT for none. */
static guint
arrow_before(const CcFrameRun *run, guint t)
{
    if (t == 0)
        return G_MAXUINT;
    if (tok_is(run, t - 1, ">"))
        return t >= 2 && (tok_is(run, t - 2, "-") || tok_is(run, t - 2, "=")) ? t - 2 : t - 1;
    const Tok *a = &g_array_index(run->toks, Tok, t - 1);
    if (a->end - a->start == 3 && memcmp(run->text + a->start, "\xE2\x86\x92", 3) == 0)
        return t - 1;
    return G_MAXUINT;
}

/* The party before an arrow whose receiver is @h, as analysts write a
 * route ("DPRK->RU shipments", "NK → RU"): the sender the things are
 * counted for, or @h when no party stands there. */
static const Hit *
arrow_sender(CcFrameRun *run, const GPtrArray *tables, const Hit *h)
{
    guint a = arrow_before(run, h->t0);
    if (a == G_MAXUINT || a == 0)
        return h;
    const Hit *s = hit_ending(run, tables, a);
    return s != NULL ? s : h;
}

/* The hit of @tables after token @from that ends in a possessive with no
 * noun after it, right before the date at token @t0 (or "(", "on" or "in"
 * and the date): "preceded the North's (April 28)", "followed Kyiv's on
 * Monday"; NULL for none. */
static const Hit *
elliptical_owner(CcFrameRun *run, const GPtrArray *tables, guint from, guint t0)
{
    const Hit *best = NULL;
    for (guint i = 0; i < tables->len; i++) {
        const GArray *hits = dict_hits(run, tables->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            if (h->t0 < from || h->t1 > t0 || h->t1 == 0
                || possessive(run->text, &g_array_index(run->toks, Tok, h->t1 - 1)) == 0)
                continue;
            if (!(h->t1 == t0
                  || (h->t1 + 1 == t0
                      && (tok_is(run, h->t1, "(") || tok_is(run, h->t1, "on")
                          || tok_is(run, h->t1, "in")))))
                continue;
            if (best == NULL || h->t0 > best->t0)
                best = h;
        }
    }
    return best;
}

/* A figure with no noun of its own in a relative clause set off by a
 * comma (", which …", ", who …", ", whose …", no party between the
 * pronoun and the figure, no counted word but one inside the clause
 * before the figure, up to seven words) sizes the noun phrase right before that comma,
 * a party and up to two words of its head: "fighting alongside *Russian*
 * forces, which number roughly 45,000", "*Pyongyang's* troops, who number
 * about 11,000". That party is whose the figure is, even after a word
 * that makes a party a place or the side helped ("alongside"). NULL for
 * none. */
static const Hit *
relative_antecedent_party(CcFrameRun *run, const GPtrArray *tables, const Hit *counts, guint t0)
{
    guint rel = G_MAXUINT;
    gboolean estimated = FALSE;
    for (guint k = t0; k > 1 && k + 8 > t0; k--) {
        const Tok *tok = &g_array_index(run->toks, Tok, k - 1);
        if (tok->kind != TOK_WORD)
            return NULL;
        if ((tok_is(run, k - 1, "which") || tok_is(run, k - 1, "who") || tok_is(run, k - 1, "whose"))
            && g_array_index(run->toks, Tok, k - 2).kind == TOK_COMMA) {
            rel = k - 1;
            break;
        }
        /* or a participle of estimating that opens an apposition, the
         * figure put "at" in it: "for the North Korean contingent,
         * *estimated* by Seoul at 15,000 troops" */
        if ((tok_is(run, k - 1, "estimated") || tok_is(run, k - 1, "put"))
            && g_array_index(run->toks, Tok, k - 2).kind == TOK_COMMA && tok_is(run, t0 - 1, "at")) {
            rel = k - 1;
            estimated = TRUE;
            break;
        }
    }
    /* the figure's counted word, if any, is the clause's own, before the
     * figure ("whose units there *total* about 50,000"), or the measure
     * after the figure an estimate puts ("at 15,000 *troops*") */
    if (rel == G_MAXUINT || rel < 2
        || (counts != NULL && !(estimated && counts->t0 >= t0)
            && (counts->t0 <= rel || counts->t1 > t0)))
        return NULL;
    const Hit *best = NULL;
    for (guint i = 0; i < tables->len; i++) {
        const GArray *hits = dict_hits(run, tables->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            /* the estimate's source after "by" speaks, owning nothing */
            if (estimated && h->t0 > rel && tok_is(run, h->t0 - 1, "by"))
                continue;
            /* a party inside the clause, before the figure, is its own */
            if (h->t0 > rel && h->t0 < t0)
                return NULL;
            if (h->t1 > rel - 1 || h->t1 + 2 < rel - 1)
                continue;
            gboolean words = TRUE;
            for (guint k = h->t1; k < rel - 1; k++)
                if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
                    words = FALSE;
            if (words && (best == NULL || h->t0 > best->t0))
                best = h;
        }
    }
    return best;
}

/* The hit of `civilian_part_words` ("6 of them children") after the figure
 * that ends at token @t1, if @slot, a veto line, lists that table: within
 * the line's `after` words, no break (";", ":", a dash) between, commas
 * and clauses no bar. NULL for none. */
static const Hit *
civilian_part_after(CcFrameRun *run, const CcFrameSlot *slot, guint t1)
{
    for (guint i = 0; (slot->readings & CC_VETO_CIVILIAN_PART_WORDS) && i < slot->tables->len;
         i++) {
        if (!g_str_equal(slot->tables->pdata[i], "civilian_part_words"))
            continue;
        const GArray *hits = dict_hits(run, slot->tables->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            if (h->t0 < t1 || words_between(run->toks, t1, h->t0) > slot->after)
                continue;
            gboolean broken = FALSE;
            for (guint k = t1; k < h->t0 && !broken; k++)
                broken = g_array_index(run->toks, Tok, k).kind == TOK_BREAK;
            if (!broken)
                return h;
        }
    }
    return NULL;
}

static const Hit *
attach_subject(CcFrameRun *run, const CcFrame *f, guint t0, guint t1, const Hit *counts, guint c0,
               guint c1, gboolean verb)
{
    const GPtrArray *tables = f->slot[CC_SLOT_SUBJECT].tables;
    const Hit *user = NULL;
    if (counts != NULL) {
        /* the noun names its party: "11,000 North Koreans"; a party inside
         * a verb is its object ("came under Ukrainian fire"), and one after
         * "to", "into" or "in" inside the counted phrase is where the
         * things went ("began moving troops *to Russia* starting Oct. 8") */
        for (guint i = 0; i < tables->len && !verb; i++) {
            const GArray *hits = dict_hits(run, tables->pdata[i]);
            for (guint j = 0; j < hits->len; j++) {
                const Hit *h = &g_array_index(hits, Hit, j);
                if (h->t0 > counts->t0
                    && (tok_is(run, h->t0 - 1, "to") || tok_is(run, h->t0 - 1, "into")
                        || tok_is(run, h->t0 - 1, "in")))
                    continue;
                /* not a name's end read as a party of its own: "Korean
                 * units" in "fired on North Korean units" is no party of
                 * the noun, but the end of "North Korean" */
                if (h->t0 < counts->t1 && counts->t0 < h->t1
                    && !inside_earlier_party(run, tables, h))
                    return h;
            }
        }
        /* between the figure and its noun after it, the nearest to the
         * noun: "9,000 North Korean infantrymen" */
        if (counts->t0 >= t1) {
            for (guint t = counts->t0; t > t1; t--) {
                const Hit *h = hit_ending(run, tables, t);
                if (h && h->t0 >= t1)
                    return h;
            }
        }
        /* "soldiers from North Korea", "troops of the DPRK", "dead among
         * the North Korean units", "the troops Pyongyang dispatched" */
        guint ends[2] = {counts->t1, counts->t1 <= t0 ? t1 : counts->t1};
        for (guint e = 0; e < 2; e++) {
            guint np_end = ends[e];
            if (e == 1 && np_end == ends[0])
                break;
            guint limit = np_end + 5;
            gboolean past_place = FALSE;
            for (guint t = np_end; t < c1 && t < limit; t++) {
                /* a comparison names other things: "shells like those used
                 * by Russian gunners" */
                if (tok_is(run, t, "like") || tok_is(run, t, "those")
                    || tok_is(run, t, "similar") || tok_is(run, t, "than"))
                    break;
                /* the party after a verb of claiming and "by" is who
                 * tells the figure, not whose the things are: "the 2,000
                 * casualties *claimed by Kyiv*" */
                if (tok_is(run, t, "by") && t > np_end && claiming_verb(run, t - 1))
                    break;
                /* nor is the captor after "held by": "the number *held by
                 * Kyiv*" counts the men it holds, not its own
                 * (held_by_words) */
                if (tok_is(run, t, "by") && ends_in_table(run, "held_by_words", t + 1))
                    break;
                const Hit *h = hit_starting(run, tables, t);
                if (h == NULL) {
                    /* where they were made, in a clause of its own or set
                     * off by a comma: "24 missiles, possibly made in North
                     * Korea", "missiles that may have been made in North
                     * Korea" */
                    if (maker_verb(run, t) && tok_is(run, t + 1, "in"))
                        limit = MAX(limit, t + 5);
                    if (t == np_end && g_array_index(run->toks, Tok, t).kind == TOK_COMMA
                        && (maker_verb(run, t + 1) || maker_verb(run, t + 2)))
                        continue;
                    /* past a part set off by commas right after the noun
                     * to the predicate after it: "about 200 artillery
                     * systems, including Koksan guns, had been handed to
                     * Russia *by the North*" */
                    if (t == np_end && e == 0 && !verb
                        && g_array_index(run->toks, Tok, t).kind == TOK_COMMA
                        && subset_opener(run, t + 1) != 0) {
                        guint u = t + 1;
                        while (u < c1 && u < t + 12
                               && g_array_index(run->toks, Tok, u).kind == TOK_WORD)
                            u++;
                        if (u < c1 && g_array_index(run->toks, Tok, u).kind == TOK_COMMA) {
                            t = u;
                            limit = u + 6;
                            continue;
                        }
                    }
                    /* across the comma of an epithet after "from" to the
                     * name set after it: "from its new ally, North Korea" */
                    if (e == 0 && !verb && g_array_index(run->toks, Tok, t).kind == TOK_COMMA
                        && t + 1 < c1 && hit_starting(run, tables, t + 1) != NULL) {
                        guint k = t, n = 0;
                        while (k > np_end + 1 && n < 4
                               && g_array_index(run->toks, Tok, k - 1).kind == TOK_WORD
                               && !tok_is(run, k - 1, "from"))
                            k--, n++;
                        if (n >= 2 && tok_is(run, k - 1, "from")
                            && (tok_is(run, k, "its") || tok_is(run, k, "their"))) {
                            limit = MAX(limit, t + 2);
                            continue;
                        }
                    }
                    if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
                        break;
                    /* a list of counts, each with its noun, shares the
                     * party after the last: "about 50 howitzers and 20
                     * rocket launchers *from North Korea*" */
                    if (e == 0 && !verb && tok_is(run, t, "and")) {
                        for (guint d = t + 1; d < c1 && d < t + 3; d++) {
                            if (listed_figure(run, d)) {
                                limit = MAX(limit, d + 8);
                                break;
                            }
                        }
                    }
                    continue;
                }
                guint w = t;
                while (w > np_end && tok_is_determiner(run, w - 1))
                    w--;
                /* a party right after a verb is its object ("had fought
                 * Ukrainian troops"), not whose the event is */
                /* not one that speaks of them: "the 2 million shells Seoul
                 * says it sent" */
                /* "missiles produced in North Korea": where they were
                 * made is whose they are */
                gboolean made_in = w > np_end + 1 && tok_is(run, w - 1, "in")
                                   && maker_verb(run, w - 2);
                /* the name an epithet after "from" stands for, set after
                 * it: "from its new ally, North Korea", "from its ally
                 * North Korea" */
                gboolean named_epithet = FALSE;
                if (e == 0 && !verb && w > np_end + 2) {
                    guint k = w;
                    if (g_array_index(run->toks, Tok, k - 1).kind == TOK_COMMA)
                        k--;
                    guint n = 0;
                    while (k > np_end + 1 && n < 4
                           && g_array_index(run->toks, Tok, k - 1).kind == TOK_WORD
                           && !tok_is(run, k - 1, "from"))
                        k--, n++;
                    named_epithet = n >= 2 && tok_is(run, k - 1, "from")
                                    && (tok_is(run, k, "its") || tok_is(run, k, "their"))
                                    && !speaks(run, h);
                }
                if (past_place) {
                    /* only a passive's agent after the destination */
                    if (tok_is(run, w - 1, "by") && !owns_other(run, f, h, c1))
                        return h;
                    break;
                }
                /* "the shells Russia fires": its user, not its source, which
                 * is sought before the figure */
                if ((t == np_end || w == np_end + 1) && e == 0 && !verb && uses_them(run, h)) {
                    user = h;
                    break;
                }
                /* the agent of a verb of use after the noun ("shells *used*
                 * annually *by Russia*") is their user, not their source */
                if (w > np_end + 1 && tok_is(run, w - 1, "by") && !user
                    && f->slot[CC_SLOT_VETO].tables->len > 0) {
                    gboolean used = FALSE;
                    for (guint k = w - 1; k > np_end && k + 4 > w && !used; k--)
                        used = hit_starting(run, f->slot[CC_SLOT_VETO].tables, k - 1) != NULL;
                    if (used) {
                        user = h;
                        break;
                    }
                }
                /* "the roughly 12,000 soldiers Moscow got from Pyongyang":
                 * a party right after the noun, or its "that" or "which",
                 * that a verb of receiving follows took them in; whose they
                 * are is the party they came from, further on */
                if (e == 0 && !verb && (t == np_end || w == np_end + 1) && receives(run, h)) {
                    limit = MAX(limit, h->t1 + 5);
                    t = h->t1 - 1;
                    continue;
                }
                if ((t == np_end && e == 0 && !verb && (f->speaker || !speaks(run, h)))
                    /* "the 11,000 men that North Korea had dispatched" */
                    || (w == np_end + 1 && e == 0 && !verb && !speaks(run, h)
                        && !owns_other(run, f, h, c1)
                        && (tok_is(run, np_end, "that") || tok_is(run, np_end, "whom")
                            || tok_is(run, np_end, "which")))
                    || (w > np_end
                        && (tok_is(run, w - 1, "from")
                            /* not the side helped: "soldiers in support
                             * of Russia" (place_words) */
                            || (tok_is(run, w - 1, "of") && !ends_in_table(run, "place_words", w))
                            || tok_is(run, w - 1, "among")
                            || (tok_is(run, w - 1, "by") && !puts_at_before(run, w - 1)
                                && !names_sending(run, h))
                            || made_in
                            /* "inflicted 2,000 casualties on the North
                             * Koreans": who suffered them */
                            || inflicted_on(run, w - 1)
                            || named_epithet
                            /* "soldiers loyal to Kim Jong Un" */
                            || (w > np_end + 1 && tok_is(run, w - 1, "to")
                                && tok_is(run, w - 2, "loyal")))
                        && !owns_other(run, f, h, c1) && !carries(run, h)))
                    return h;
                /* a destination between the noun and a passive's agent:
                 * "1.5 million shells were sent to Russia by North Korea" */
                if (e == 0 && !verb && w > np_end && placed(run, h)) {
                    past_place = TRUE;
                    limit = h->t1 + 3;
                    t = h->t1 - 1;
                    continue;
                }
                break;
            }
        }
        /* a predicate names the party: "four of the ballistic missiles
         * launched overnight were North Korean KN-23s", "two were KN-23s of
         * North Korean origin" */
        guint np = counts->t1 <= t0 ? t1 : counts->t1;
        /* or an apposition that says all of them were the party's: "fired
         * 20 ballistic missiles overnight, *all of them North Korean*
         * KN-23s", "…, all of which were KN-23s supplied by North Korea"
         * (not "most of them": a share names no whole) */
        {
            const Hit *all = all_of_them_party(run, tables, np, c1);
            if (all != NULL)
                return all;
        }
        /* a share's base ("half *of the* 4 million shells Russia has used
         * so far came from North Korea") has its predicate near: the one
         * further on is the share's */
        gboolean base = (t0 >= 1 && tok_is(run, t0 - 1, "of"))
                        || (t0 >= 2 && tok_is(run, t0 - 1, "the") && tok_is(run, t0 - 2, "of"));
        for (guint t = np; t < c1 && t < np + (base ? 4 : 12); t++) {
            if (copula_at(run, t) > 0) {
                guint u = t + copula_at(run, t);
                /* the maker or sender after a participle: "were *made in*
                 * North Korea", "were *supplied by* Pyongyang" (not a place
                 * right after the copula: "10,000 soldiers were *in*
                 * Russia" is where they are, not whose) */
                for (guint k = 0; k < 2 && u < c1 && maker_word(run, u)
                                  && !(k == 0 && tok_is(run, u, "in"));
                     k++)
                    u++;
                /* a model that names its maker: "were KN-23s" */
                const Hit *model = u < c1 ? hit_starting(run, tables, u) : NULL;
                if (model != NULL)
                    return model;
                const Hit *noun =
                    u < c1 ? hit_starting(run, f->slot[CC_SLOT_COUNTS].tables, u) : NULL;
                if (noun != NULL)
                    u = noun->t1;
                if (u < c1 && tok_is(run, u, "of"))
                    u++;
                const Hit *h = u < c1 ? hit_starting(run, tables, u) : NULL;
                if (h != NULL)
                    return h;
                break;
            }
            if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
                break;
        }
        /* a modifier of a noun before the figure: "North Korean losses",
         * "Pyongyang's own dead" (words only, none of them a stop) */
        if (counts->t1 <= t0) {
            for (guint t = counts->t0; t > c0 && t + 3 > counts->t0; t--) {
                const Tok *tok = &g_array_index(run->toks, Tok, t - 1);
                const Hit *h = hit_ending(run, tables, t);
                /* not one that speaks of it: "Seoul puts the force at 15,000" */
                if (h && (f->speaker || h->t1 == counts->t0 || !speaks(run, h)))
                    return h;
                if (tok->kind != TOK_WORD || is_stop(run, t - 1))
                    break;
            }
        }
        /* a party's possessive right before the figure is its noun
         * phrase's determiner: "*Pyongyang's* 11,000 troops", "*the
         * North's* roughly 12,000 soldiers" */
        if (t0 > c0 && possessive(run->text, &g_array_index(run->toks, Tok, t0 - 1)) > 0) {
            const Hit *h = hit_ending(run, tables, t0);
            if (h != NULL && h->t0 >= c0 && (f->speaker || !speaks(run, h))
                && !(counts != NULL && onlooker_toll(run, h, counts)))
                return h;
        }
        /* a figure set in apposition between commas after a counted
         * noun is told of that noun phrase, and its party is the
         * phrase's: "The *North Korean* soldiers, some 11,000 men, wear
         * Russian uniforms" */
        if (counts->t0 >= t1 && counts->t1 < c1
            && g_array_index(run->toks, Tok, counts->t1).kind == TOK_COMMA) {
            const Hit *h = apposed_party(run, f, tables, t0, c0);
            if (h != NULL)
                return h;
        }
    }
    if (f->phrase) {
        /* the figure in apposition to a counted noun that its party
         * modifies: "*North Korean* munitions, some 9 million rounds in
         * all, have filled the gap", "The *North Korean* contingent, about
         * 11,000 soldiers, …" */
        if (user == NULL) {
            const Hit *h = apposed_party(run, f, tables, t0, c0);
            if (h != NULL)
                return h;
        }
        /* "its" or "their" right before the figure, its phrase's
         * determiner, stands for the nearest party before it in its clause
         * that neither speaks nor is a place: "Pyongyang could spare a
         * tenth of *its* 1.2 million soldiers" */
        if (user == NULL && t0 > c0
            && (tok_is(run, t0 - 1, "its") || tok_is(run, t0 - 1, "their"))) {
            const Hit *owner = NULL;
            for (guint i = 0; i < tables->len; i++) {
                const GArray *hits = dict_hits(run, tables->pdata[i]);
                for (guint j = 0; j < hits->len; j++) {
                    const Hit *h = &g_array_index(hits, Hit, j);
                    if (h->t1 < t0 && h->t0 >= c0 && (f->speaker || !speaks(run, h))
                        && !placed(run, h) && (owner == NULL || h->t0 > owner->t0))
                        owner = h;
                }
            }
            if (owner != NULL)
                return owner;
        }
        return user;
    }
    /* a figure with no noun of its own, shipped or sent "from" a party
     * after it in its clause: "around 3 million a year are being shipped
     * from Pyongyang to Moscow" */
    if (counts == NULL && !verb) {
        const Hit *h = party_from(run, f, tables, t1, 8, c1, TRUE);
        if (h != NULL)
            return h;
    }
    /* a figure with no noun in a relative clause sizes the noun phrase
     * the clause is about: its party, placed or not */
    if (user == NULL) {
        const Hit *h = relative_antecedent_party(run, tables, counts, t0);
        /* (not one whose clause is its saying: "unlike Seoul, which has
         * put the force at around 11,000") */
        if (h != NULL && (f->speaker || !speaks(run, h)))
            return h;
    }
    /* the nearest party before the figure in its clause, then sentence;
     * in the clause, one that owns a noun no frame counts gives way to
     * another before it: "North Korea supported *Russia's* recapture of
     * Kursk by deploying 18,000 troops" ("Kim's soldiers … total some
     * 11,500" stays Kim's) */
    guint from = counts && counts->t0 < t0 ? counts->t0 : t0;
    const Hit *best = NULL, *owner = NULL;
    for (guint i = 0; i < tables->len; i++) {
        const GArray *hits = dict_hits(run, tables->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            if (h->t1 <= from && h->t0 >= c0 && (f->speaker || !speaks(run, h))
                && !(placed(run, h)) && !dateline(run, h) && !user_of_noun(run, h) && !pays(run, h)
                && !sanctions(run, h)
                && !pair_second(run, tables, h) && !inside_earlier_party(run, tables, h)
                && !onlooker_possessive(run, h, counts)) {
                const Hit **slot =
                    (owns_other(run, f, h, c1) && !foreign_head(run, NULL, h->t1)
                     && !opens_joined_clause(run, h))
                            || holds_share_base(run, h)
                        ? &owner
                        : &best;
                if (*slot == NULL || h->t0 > (*slot)->t0)
                    *slot = h;
            }
        }
    }
    /* the things' user stands in for no source after the figure or
     * inherited: "of the 10 million shells Russia uses a year, about 3
     * million come from North Korea" */
    if (user != NULL && best == NULL) {
        /* or a passive's agent further on: "half of the 3 million shells
         * used annually by Russia are supplied to it *by Pyongyang*" */
        for (guint t = user->t1; t + 1 < c1; t++) {
            const Hit *h = tok_is(run, t, "by") ? hit_starting(run, tables, t + 1) : NULL;
            if (h != NULL && h != user && !speaks(run, h))
                return h;
        }
    }
    if (user != NULL)
        return best ? best : user;
    if (best)
        return best;
    /* none before it in its clause: the party its things come "from"
     * later in the clause ("more than 16,000 shipping containers … have
     * been dispatched to Russia from North Korea") */
    if (counts != NULL && !verb) {
        const Hit *h = party_from(run, f, tables, MAX(t1, counts->t1), 12, c1, FALSE);
        if (h != NULL)
            return h;
    }
    if (owner)
        return owner;
    /* a figure in a phrase that opens the sentence, closed by a comma, is
     * told of the main clause's subject right after it: "With about 1.2
     * million men under arms, *the North* fields …", "Having lost some
     * 4,000 men in Kursk, *North Korea* is sending …" */
    {
        const Hit *h = fronted_phrase_party(run, f, tables, t0);
        if (h != NULL)
            return h;
    }
    for (guint i = 0; i < tables->len; i++) {
        const GArray *hits = dict_hits(run, tables->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            if (h->t1 <= from && (best == NULL || h->t0 > best->t0)
                && (f->speaker || !speaks(run, h)) && !pays(run, h) && !sanctions(run, h)
                && !(placed(run, h)) && !dateline(run, h) && !pair_second(run, tables, h)
                && !inside_earlier_party(run, tables, h) && !onlooker_possessive(run, h, counts))
                best = h;
        }
    }
    return best;
}

/* Is token @t an adverb that may follow a figure and is no head noun of
 * it: of place ("there", "here"), of sum ("altogether", "overall",
 * "apiece") or of time or addition ("now", "again", "too", "alone")? */
static gboolean
adverb_after_figure(const CcFrameRun *run, guint t)
{
    static const Word adverbs[] = {WORD("there"),   WORD("here"),  WORD("altogether"),
                                   WORD("overall"), WORD("too"),   WORD("now"),
                                   WORD("alone"),   WORD("again"), WORD("apiece")};
    return tok_in(run, t, adverbs, G_N_ELEMENTS(adverbs));
}

/* Does a relative clause whose subject is a party that speaks open at
 * token @t, right after a figure, "that" before it or not: "let alone the
 * 12,000 *that Seoul counts*", "the 4,000 *Seoul claims*", "the 3,500
 * *that Ukraine's military reports*"? The party is the figure's source, no
 * head noun of it: a verb of `speech_words` within three words after the
 * party, words only between. */
static gboolean
speaking_relative_at(CcFrameRun *run, guint t, guint c1)
{
    if (t < c1 && tok_is(run, t, "that"))
        t++;
    if (t >= c1 || dict_of(run, "parties") == NULL || dict_of(run, "speech_words") == NULL)
        return FALSE;
    if (!g_ascii_isupper(run->text[g_array_index(run->toks, Tok, t).start]))
        return FALSE;
    const GArray *parties = dict_hits(run, "parties");
    const Hit *party = NULL;
    for (guint i = 0; i < parties->len; i++) {
        const Hit *h = &g_array_index(parties, Hit, i);
        if (h->t0 == t && (party == NULL || h->t1 > party->t1))
            party = h;
    }
    if (party == NULL)
        return FALSE;
    for (guint k = party->t1; k < c1 && k <= party->t1 + 3; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            return FALSE;
        if (in_table(run, "speech_words", k))
            return TRUE;
    }
    return FALSE;
}

/* Is token @t an adverb in -ly, in lower case ("initially",
 * "originally", "reportedly"), right before a participle in -ed or a
 * word of @f's cue tables? It tells how the verb after it was done and is
 * no head noun of the figure before it: "over half of the 11,000
 * *initially* sent to Kursk". */
static gboolean
adverb_before_verb(CcFrameRun *run, const CcFrame *f, guint t, guint c1)
{
    if (t + 1 >= c1)
        return FALSE;
    const Tok *a = &g_array_index(run->toks, Tok, t);
    const Tok *b = &g_array_index(run->toks, Tok, t + 1);
    gsize n = a->end - a->start, m = b->end - b->start;
    if (a->kind != TOK_WORD || b->kind != TOK_WORD || n < 5
        || !g_ascii_islower(run->text[a->start])
        || g_ascii_strncasecmp(run->text + a->end - 2, "ly", 2) != 0)
        return FALSE;
    return (m > 3 && g_ascii_strncasecmp(run->text + b->end - 2, "ed", 2) == 0)
           || hit_starting(run, f->slot[CC_SLOT_CUE].tables, t + 1) != NULL;
}

/* A figure with no head noun of its own: what follows it ends its noun
 * phrase at once ("about 1,000 arrived", "are now in Kursk", "so far", a
 * comma, an adverb before its verb: "the 11,000 initially sent"). */
static gboolean
headless(CcFrameRun *run, const CcFrame *f, guint t1, guint c1)
{
    while (t1 < c1 && in_table(run, "figure_modifiers", t1))
        t1++; /* "thousands more have been wounded" */
    if (adverb_before_verb(run, f, t1, c1))
        t1++;
    /* "There are already 11,000 of them in Kursk", "13,000 soldiers, more
     * than 5,000 of whom were killed", "some 150 missiles, around 60 of
     * which have been fired": a count of them names no noun of its own */
    if (t1 + 1 < c1 && tok_is(run, t1, "of")
        && (tok_is(run, t1 + 1, "them") || tok_is(run, t1 + 1, "these")
            || tok_is(run, t1 + 1, "whom") || tok_is(run, t1 + 1, "which")
            || (tok_is(run, t1 + 1, "those") && !foreign_head(run, NULL, t1 + 2)))) {
        /* "around 4,000 of whom Western officials say were killed": a
         * speaker and a verb of saying after "whom" are an aside; the
         * part's own verb comes after them */
        if (tok_is(run, t1 + 1, "whom")) {
            static const char *const saying[] = {"say",     "says",    "said",     "believe",
                                                 "believes", "believed", "estimate", "estimates",
                                                 "reckon",  "reckons", "think",    "thinks"};
            for (guint k = t1 + 3; k < t1 + 7 && k < c1; k++) {
                guint kind = g_array_index(run->toks, Tok, k - 1).kind;
                if (kind == TOK_COMMA || kind == TOK_BREAK)
                    break; /* a clause of its own, no aside */
                gboolean says = FALSE;
                for (guint w = 0; w < G_N_ELEMENTS(saying); w++)
                    says = says || tok_is(run, k, saying[w]);
                if (says) {
                    t1 = k - 1; /* the verb of saying; skipped below */
                    break;
                }
            }
        }
        t1 += 2;
    }
    if (t1 >= c1)
        return TRUE;
    if (speaking_relative_at(run, t1, c1))
        return TRUE;
    const Tok *tok = &g_array_index(run->toks, Tok, t1);
    if (tok->kind != TOK_WORD)
        return TRUE;
    /* "the 11,000 (already) there", "the 3,000 here", "lost 2,500
     * altogether" */
    if (adverb_after_figure(run, t1))
        return TRUE;
    if (foreign_head(run, f, t1))
        return FALSE; /* "1,000 shells" */
    gsize n = tok->end - tok->start;
    /* "at five training grounds": a word in -ing right before a noun no
     * table knows describes that noun, the figure's head */
    const Hit *ing = hit_starting(run, f->slot[CC_SLOT_CUE].tables, t1);
    if (ing != NULL && ing->t1 == t1 + 1 && n > 4
        && g_ascii_strncasecmp(run->text + tok->end - 3, "ing", 3) == 0 && t1 + 1 < c1
        && g_array_index(run->toks, Tok, t1 + 1).kind == TOK_WORD && !is_stop(run, t1 + 1)
        && !foreign_head(run, NULL, t1 + 1)
        && hit_starting(run, f->slot[CC_SLOT_CUE].tables, t1 + 1) == NULL)
        return FALSE;
    gboolean ed = n > 3 && run->text[tok->end - 2] == 'e' && run->text[tok->end - 1] == 'd';
    /* a compound in -ed before a word is an adjective of that word, the
     * figure's head: "four Russian-flagged container ships" */
    if (ed && memchr(run->text + tok->start, '-', n) != NULL && t1 + 1 < c1
        && g_array_index(run->toks, Tok, t1 + 1).kind == TOK_WORD && !is_stop(run, t1 + 1)
        && hit_starting(run, f->slot[CC_SLOT_CUE].tables, t1 + 1) == NULL)
        return FALSE;
    /* so is a participle in -ed before a plural no table knows: "these two
     * sanctioned nations" */
    if (ed && t1 + 1 < c1 && g_array_index(run->toks, Tok, t1 + 1).kind == TOK_WORD
        && !is_stop(run, t1 + 1) && plural_word(run, t1 + 1)
        && hit_starting(run, f->slot[CC_SLOT_CUE].tables, t1 + 1) == NULL
        && !foreign_head(run, NULL, t1 + 1) && hit_starting(run, f->slot[CC_SLOT_CUE].tables, t1) == NULL)
        return FALSE;
    return is_stop(run, t1) || ed || hit_starting(run, f->slot[CC_SLOT_CUE].tables, t1) != NULL;
}

/* Is the figure @o followed by a noun no frame counts ("at four ranges",
 * "2,000 civilians")? Such a figure claims no cue or veto near it; "of
 * them" is no such noun. A word
 * in -ed is a verb, as headless() reads it, not a noun: "with about
 * 10,000 expected there by December" keeps its cue from the figure before.
 * A party of @f's frame between the figure and its noun is passed over. */
static gboolean
unclaimed_noun(CcFrameRun *run, const CcFrame *f, const CcMention *o)
{
    guint t = tok_at(run->toks, o->end - 1) + 1;
    /* "thousands more have been wounded": words that only add to a figure */
    while (t < run->toks->len && in_table(run, "figure_modifiers", t))
        t++;
    /* a party of @f's before the noun only says whose it is: "600 *North
     * Korean* troops have been killed" */
    const Hit *party = t < run->toks->len ? hit_at(run, f->slot[CC_SLOT_SUBJECT].tables, t, FALSE)
                                          : NULL;
    if (party != NULL)
        t = party->t1;
    if (o->type != CC_CLAIM_QUANTITY || t >= run->toks->len)
        return FALSE;
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    if (tok->kind != TOK_WORD || is_stop(run, t))
        return FALSE;
    /* the lots or carriers a delivery came in, then "of" ("four *batches
     * of* KN-23s, totalling around 150 missiles", "64 shipments of
     * munitions"): the figure counts them, a noun no frame counts */
    guint lot = phrase_from(run, "other_heads", t);
    if (lot != 0 && tok_is(run, lot, "of"))
        return TRUE;
    /* "has lost 4,000 of them", "5,000 of whom", "20 of which": a count of
     * what was named, no unknown noun */
    if (tok_is(run, t, "of")
        && (tok_is(run, t + 1, "them") || tok_is(run, t + 1, "these")
            || tok_is(run, t + 1, "those") || tok_is(run, t + 1, "whom")
            || tok_is(run, t + 1, "which")))
        return FALSE;
    gsize n = tok->end - tok->start;
    if (n > 3 && run->text[tok->end - 2] == 'e' && run->text[tok->end - 1] == 'd')
        return FALSE;
    /* "moved 9,000 troops into Kursk and lost 2,500 *there*" keeps its
     * "lost" from the 9,000 */
    if (adverb_after_figure(run, t))
        return FALSE;
    /* a counted noun after up to three modifiers is the figure's own: "88,000
     * *elite* troops", "3,000 *fresh* soldiers" */
    for (guint k = t; k < t + 4 && k < run->toks->len; k++) {
        const Tok *w = &g_array_index(run->toks, Tok, k);
        if (foreign_head(run, NULL, k))
            return FALSE;
        /* only lower-case words that are no stop, "of" or determiner */
        if (w->kind != TOK_WORD || !g_ascii_islower(run->text[w->start]) || is_stop(run, k)
            || tok_is(run, k, "of") || tok_is_determiner(run, k))
            break;
    }
    return TRUE;
}

/* Is @v a sum of money: a currency, the one canonical unit written in
 * capitals ("USD", "EUR"; units.rules)? */
static gboolean
money(const CcValue *v)
{
    return v->unit != NULL && g_ascii_isupper(v->unit[0]);
}

/* Is the mention @i a calibre: a figure with a unit of its own right
 * before a noun some frame counts, alone or listed with another ("152mm
 * shells", "122mm and 152mm shells")? It describes that noun and claims
 * no cue or veto near it. */
static gboolean
calibre(CcFrameRun *run, const GArray *mentions, guint i)
{
    const CcMention *o = &g_array_index(mentions, CcMention, i);
    if (o->type != CC_CLAIM_QUANTITY || o->value.unit == NULL)
        return FALSE;
    guint t = tok_at(run->toks, o->end - 1) + 1;
    while (tok_is(run, t, "and") || tok_is(run, t, "or")) {
        guint more = unit_mention_end(run, mentions, i, t + 1);
        if (more == 0)
            return FALSE;
        t = more;
    }
    return t < run->toks->len && foreign_head(run, NULL, t);
}

/* Does a quantity mention other than @self end right before token @t? */
static gboolean
figure_ending_at(const CcFrameRun *run, const GArray *mentions, guint self, guint t)
{
    for (guint i = 0; i < mentions->len; i++) {
        const CcMention *o = &g_array_index(mentions, CcMention, i);
        if (i != self && o->type == CC_CLAIM_QUANTITY && t > 0
            && tok_at(run->toks, o->end - 1) + 1 == t)
            return TRUE;
    }
    return FALSE;
}

/* Do tokens [@from, @ot] hold "of" and calibres glued to their unit, listed
 * with "and", "or" or commas, the last at @ot ("rounds *of 152mm and
 * 122mm*")? They name the bore of the noun that ends at @from. */
static gboolean
calibre_tail(const CcFrameRun *run, guint from, guint ot)
{
    if (ot <= from || !tok_is(run, from, "of") || !calibre_word(run, ot))
        return FALSE;
    for (guint k = from + 1; k < ot; k++)
        if (!calibre_word(run, k) && !tok_is(run, k, "and") && !tok_is(run, k, "or")
            && g_array_index(run->toks, Tok, k).kind != TOK_COMMA)
            return FALSE;
    return TRUE;
}

/* Does "in" at token @in end a speech tag set off by a comma: a comma,
 * one to four words of a speaker, a word of `speech_words`, at most two
 * words ("told *reporters* in"), then "in" ("…, Shoigu told reporters in
 * Pyongyang")? */
static gboolean
speech_tag_place(CcFrameRun *run, guint in)
{
    guint k = in;
    guint between = 0;
    while (k > 0 && between <= 2 && g_array_index(run->toks, Tok, k - 1).kind == TOK_WORD
           && !in_table(run, "speech_words", k - 1)) {
        k--;
        between++;
    }
    if (k == 0 || between > 2 || !in_table(run, "speech_words", k - 1))
        return FALSE;
    k--;
    guint speaker = 0;
    while (k > 0 && speaker <= 4 && g_array_index(run->toks, Tok, k - 1).kind == TOK_WORD) {
        k--;
        speaker++;
    }
    return k > 0 && speaker >= 1 && speaker <= 4 && g_array_index(run->toks, Tok, k - 1).kind == TOK_COMMA;
}

/* Is there a speech tag set between commas in tokens [@a, @b): a comma,
 * a speaker of one to four words, a word of `speech_words`, a comma ("…,
 * the spokesman said, …"), or a quote's closing mark and up to eight
 * words before the word of saying? */
static gboolean
speech_tag_between(CcFrameRun *run, guint a, guint b)
{
    for (guint k = a + 2; k + 1 < b; k++) {
        if (g_array_index(run->toks, Tok, k + 1).kind != TOK_COMMA
            || !in_table(run, "speech_words", k))
            continue;
        guint j = k, speaker = 0;
        while (j > a && speaker <= 8 && g_array_index(run->toks, Tok, j - 1).kind == TOK_WORD) {
            j--;
            speaker++;
        }
        /* after a comma, or after a quote's closing mark ("'…,' KCNA
         * quoted a defence ministry spokesman as saying, …") */
        TokKind before = j > a ? g_array_index(run->toks, Tok, j - 1).kind : TOK_WORD;
        if (speaker >= 1
            && ((before == TOK_COMMA && speaker <= 4) || (before == TOK_BREAK && speaker <= 8)))
            return TRUE;
    }
    return FALSE;
}

/* Does the clause send the counted things to a party other than the
 * claim's object ("delivered to Ukraine by its allies" for deliveries to
 * Russia)? Then the pack's own subject is no default. */
static gboolean
other_destination(CcFrameRun *run, const CcRule *rule, guint c0, guint c1, guint t0)
{
    if (rule->object == NULL || rule->object[0] == '$')
        return FALSE;
    const GPtrArray *tables = rule->frame->slot[CC_SLOT_SUBJECT].tables;
    for (guint i = 0; i < tables->len; i++) {
        const GArray *hits = dict_hits(run, tables->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *h = &g_array_index(hits, Hit, j);
            /* things counted go to a destination, or are deployed in it:
             * "delivered *to* Ukraine", "sent Ukraine", "stationed *in*
             * Ukraine", but not "used *against* Ukraine", "*at* the front
             * in Ukraine" (an event is kept from any other place) */
            guint w = h->t0;
            if (w > 1 && tok_is_determiner(run, w - 1))
                w--;
            if (h->t0 < c0 || h->t1 > c1 || w == 0
                || !(in_table(run, "recipient_words", w - 1)
                     || (rule->type != CC_CLAIM_QUANTITY && in_table(run, "place_words", h->t0 - 1))
                     || tok_is(run, w - 1, "to") || tok_is(run, w - 1, "into")
                     || tok_is(run, w - 1, "for") || tok_is(run, w - 1, "toward")
                     || tok_is(run, w - 1, "towards") || tok_is(run, w - 1, "in")
                     /* the side helped: "in support of Ukraine" */
                     || (tok_is(run, w - 1, "of") && ends_in_table(run, "place_words", w))
                     /* or "to support Ukraine", "to help Ukraine" */
                     || (w > 1 && tok_is(run, w - 2, "to")
                         && (tok_is(run, w - 1, "support") || tok_is(run, w - 1, "help")
                             || tok_is(run, w - 1, "aid") || tok_is(run, w - 1, "assist")))))
                continue;
            /* "according to Seoul" names the source, not where the things
             * went */
            if (speaks(run, h))
                continue;
            /* nor one given what is traded for them, a word of
             * `trade_words` after it and before the figure: "Russia gave
             * *Pyongyang* oil in return for roughly 10,000 troops" (the
             * troops went the other way) */
            /* nor one the trade's words name right before it, what is got
             * for the things: "10 million rounds have paid for
             * *Pyongyang's* new air defences" */
            if (ends_in_table(run, "trade_words", w))
                continue;
            if (h->t1 <= t0) {
                gboolean traded = FALSE;
                for (guint k = h->t1; k < t0 && !traded; k++)
                    traded = in_table(run, "trade_words", k);
                if (traded)
                    continue;
            }
            /* nor where a traveller went: "a month after Shoigu's *trip
             * to* Pyongyang" */
            static const Word trips[] = {WORD("trip"),    WORD("trips"),  WORD("visit"),
                                         WORD("visits"),  WORD("journey"), WORD("tour"),
                                         WORD("voyage"),  WORD("flight")};
            if (w >= 2 && tok_is(run, w - 1, "to") && tok_in(run, w - 2, trips, G_N_ELEMENTS(trips)))
                continue;
            /* nor does the place a speaker spoke in, in a speech tag after
             * a comma: "…, Shoigu told reporters *in* Pyongyang", "…,
             * officials said in Seoul" (not "The soldier said he had been
             * in Russia") */
            if (tok_is(run, w - 1, "in") && speech_tag_place(run, w - 1))
                continue;
            /* nor a place the statement a speech tag closes names, the
             * figure after the tag: "Not a soldier has set foot in
             * Ukraine, the spokesman said, calling Seoul's figure of
             * 12,000 troops a fabrication" */
            if (h->t1 <= t0 && speech_tag_between(run, h->t1, t0))
                continue;
            /* nor is the claim's own subject, a place "in" before the
             * figure, where its things are: "In North Korea, the 11,000
             * soldiers sent to Russia are hailed as heroes", "Service in
             * North Korea lasts ten years, and the 11,000 sent to Russia
             * …" (not "some 1,000 soldiers went back to North Korea") */
            g_autofree char *who = entity_of(run, run->text, h);
            if (g_strcmp0(who, rule->subject) == 0 && tok_is(run, w - 1, "in") && h->t1 <= t0)
                continue;
            if (g_strcmp0(who, rule->object) != 0)
                return TRUE;
        }
    }
    return FALSE;
}

/* The words of a subset's opener at token @k: 1 for "including", 2 for
 * "among them" or "among whom", 0 for none. */
static guint
subset_opener(CcFrameRun *run, guint k)
{
    if (tok_is(run, k, "including"))
        return 1;
    if (tok_is(run, k, "among") && (tok_is(run, k + 1, "them") || tok_is(run, k + 1, "whom")))
        return 2;
    return 0;
}

/* Does the figure that ends before token @t1 stand with no noun of its
 * own, a mark or a word that opens a span of time after it ("including
 * 1,430 over the past day", "including 1,000 in January")? */
static gboolean
bare_part(CcFrameRun *run, guint t1)
{
    static const Word time_span_openers[] = {
        WORD("in"),   WORD("over"),   WORD("during"), WORD("on"),   WORD("since"),  WORD("this"),
        WORD("last"), WORD("within"), WORD("alone"),  WORD("from"), WORD("between")};
    return t1 >= run->toks->len || g_array_index(run->toks, Tok, t1).kind != TOK_WORD
           || tok_in(run, t1, time_span_openers, G_N_ELEMENTS(time_span_openers));
}

/* Is the figure at token @t0 a part set inside the figure before it,
 * "including" or "among them" or "among whom" right before it? */
static gboolean
subset_part(CcFrameRun *run, guint t0)
{
    return (t0 >= 1 && subset_opener(run, t0 - 1) == 1)
           || (t0 >= 2 && subset_opener(run, t0 - 2) == 2);
}

/* Does token @t lie inside an insertion set off by commas that a subset
 * word opens within a few words after a figure's noun phrase, from @t1
 * ("12,000 North Korean soldiers, including 500 officers and three
 * generals, have been deployed")? The insertion is the figure's: what
 * comes after it is still its predicate. */
static gboolean
in_subset_insertion(CcFrameRun *run, guint t1, guint c1, guint t)
{
    for (guint k = t1; k < c1 && k < t1 + 6 && k < t; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_COMMA)
            continue;
        if (subset_opener(run, k + 1) == 0)
            return FALSE;
        for (guint u = t + 1; u < c1; u++)
            if (g_array_index(run->toks, Tok, u).kind == TOK_COMMA)
                return TRUE;
        return FALSE;
    }
    return FALSE;
}

/* The comma that opens an aside set off by commas right after a noun,
 * whose closing comma is token @t - 1 and whose first word @opens accepts:
 * at most RELATIVE_WORDS words and no other mark between, a word before
 * the opening comma, no earlier than @c0; or 0 for none. */
static guint
aside_before(CcFrameRun *run, guint c0, guint t, gboolean (*opens)(CcFrameRun *, guint))
{
    if (t < 3 || g_array_index(run->toks, Tok, t - 1).kind != TOK_COMMA)
        return 0;
    for (guint k = t - 2; k > c0 && k + RELATIVE_WORDS + 2 > t; k--) {
        const Tok *tok = &g_array_index(run->toks, Tok, k);
        if (tok->kind == TOK_WORD)
            continue;
        if (tok->kind != TOK_COMMA || !opens(run, k + 1)
            || g_array_index(run->toks, Tok, k - 1).kind != TOK_WORD)
            return 0;
        return k;
    }
    return 0;
}

static gboolean
opens_subset(CcFrameRun *run, guint k)
{
    return subset_opener(run, k) != 0;
}

static gboolean
opens_relative(CcFrameRun *run, guint k)
{
    return tok_is(run, k, "which") || tok_is(run, k, "who");
}

/* The comma that opens an insertion set off by commas that a subset word
 * opens right after a noun ("casualties*, including at least 300 dead,*
 * now top 3,000"), whose closing comma is token @t - 1 (aside_before()).
 * The part's figure and noun are its own: the noun before the insertion
 * reaches past them to the verb after it. */
static guint
subset_insertion_before(CcFrameRun *run, guint c0, guint t)
{
    return aside_before(run, c0, t, opens_subset);
}

/* The comma that opens a relative clause set off by commas right after a
 * noun, "which" or "who" right after that comma, whose closing comma is
 * token @t - 1 ("the number of war dead*, which the agency put at 600 in
 * April,* is now thought to be around 2,000"; aside_before()). The clause
 * tells what was said of the noun before; the noun reaches past it, and
 * past its figure, to the verb after it. */
static guint
relative_aside_before(CcFrameRun *run, guint c0, guint t)
{
    return aside_before(run, c0, t, opens_relative);
}

/* Is the figure @o a count of those named before it, "of whom", "of
 * which" or "of them" after it ("sent 13,000 soldiers, 5,000 of whom were
 * killed", "received about 100 missiles, about 20 of which have been
 * fired")? It opens a clause of its own, no item of a list. */
static gboolean
part_of_named(const CcFrameRun *run, const CcMention *o)
{
    guint t = tok_at(run->toks, o->end - 1) + 1;
    return t + 1 < run->toks->len && tok_is(run, t, "of")
           && (tok_is(run, t + 1, "whom") || tok_is(run, t + 1, "which")
               || tok_is(run, t + 1, "them"));
}

/* Where a list of counts of different things ends at the figure that
 * starts at token @t0 opens: each earlier item a quantity figure and at
 * most three words of its noun, no stop word, joined to the next by a
 * comma or "and" ("1,210 personnel, 9 tanks and 31 artillery systems").
 * @t0 itself where no item stands before it. */
static guint
counted_list_start(CcFrameRun *run, const GArray *mentions, guint self, guint t0)
{
    guint start = t0;
    for (;;) {
        guint k = start;
        if (k < 2)
            return start;
        if (tok_is(run, k - 1, "and"))
            k--;
        if (k > 0 && g_array_index(run->toks, Tok, k - 1).kind == TOK_COMMA)
            k--;
        if (k == start)
            return start;
        guint item = G_MAXUINT;
        for (guint i = 0; i < mentions->len && item == G_MAXUINT; i++) {
            const CcMention *o = &g_array_index(mentions, CcMention, i);
            if (i == self || o->type != CC_CLAIM_QUANTITY || o->end == 0)
                continue;
            guint oe = tok_at(run->toks, o->end - 1) + 1;
            if (oe >= k || oe + 3 < k)
                continue;
            gboolean words = TRUE;
            for (guint w = oe; w < k && words; w++)
                words = g_array_index(run->toks, Tok, w).kind == TOK_WORD && !is_stop(run, w);
            if (words)
                item = tok_at(run->toks, o->start);
        }
        if (item == G_MAXUINT)
            return start;
        start = item;
    }
}

/* Does a rise in brackets, "(+" and a figure and ")", follow the figure
 * that ends at byte @end (spaces between)? The day's added count that a
 * tally of losses prints after each running total ("tanks – 10,102
 * (+7)", "(+ 7)", "(+7 over the past day)", words and figures only after its
 * figure): @hit is set to the brackets. */
static gboolean
tally_rise(const CcFrameRun *run, gsize end, Hit *hit)
{
    gsize p = end;
    while (p < run->len && run->text[p] == ' ')
        p++;
    if (p + 3 >= run->len || run->text[p] != '(' || run->text[p + 1] != '+')
        return FALSE;
    gsize q = p + 2;
    if (run->text[q] == ' ')
        q++;
    if (q >= run->len || !g_ascii_isdigit(run->text[q]))
        return FALSE;
    while (q < run->len && (g_ascii_isdigit(run->text[q]) || run->text[q] == ','))
        q++;
    gsize tail = q; /* the rise's own span after it, "over the past day" */
    while (q < run->len && q < tail + 40 && (g_ascii_isalnum(run->text[q]) || run->text[q] == ' '))
        q++;
    if (q >= run->len || run->text[q] != ')')
        return FALSE;
    *hit = (Hit){tok_at(run->toks, p), tok_at(run->toks, q) + 1, p, q + 1};
    return TRUE;
}

/* Do the tokens [@from, @to) between two figures only close the first
 * one's noun phrase and join the next in a list ("15,000 troops, 1,000
 * deminers and 5,000 …"): a noun @f counts, then a comma or "and" right
 * before the second figure, with no cue or other word of a clause between? */
static gboolean
listed(CcFrameRun *run, const CcFrame *f, const GArray *mentions, guint from, guint to)
{
    const GPtrArray *counts = f->slot[CC_SLOT_COUNTS].tables;
    /* two bare figures joined by "and" or "or", the noun after the second
     * ("received 1,000 *and* 2,000 North Korean troops in October and
     * December, respectively") */
    if (counts->len > 0 && to == from + 1 && (tok_is(run, from, "and") || tok_is(run, from, "or")))
        return TRUE;
    if (counts->len == 0 || to <= from + 1)
        return FALSE;
    /* a list of nouns, each with its figure in brackets after it: "shells
     * (at least 9 million), missiles (more than 250) and guns (about
     * 200)": the bracket closed, a comma or "and", the next item's noun
     * and its bracket */
    if (to >= from + 4 && tok_is(run, from, ")") && tok_is(run, to - 1, "(")) {
        guint t = from + 1;
        if (g_array_index(run->toks, Tok, t).kind == TOK_COMMA)
            t++;
        if (tok_is(run, t, "and") || tok_is(run, t, "or"))
            t++;
        if (t == from + 1 || to - 1 - t > 4)
            return FALSE;
        for (guint k = t; k < to - 1; k++) {
            const Hit *h = hit_starting(run, counts, k);
            if (h != NULL && h->t1 == to - 1)
                return TRUE;
            if (g_array_index(run->toks, Tok, k).kind != TOK_WORD || is_stop(run, k)
                || hit_starting(run, f->slot[CC_SLOT_CUE].tables, k) != NULL)
                return FALSE;
            /* a verb of its own, a word in "-ed" with no hyphen ("… and
             * *tested* missiles (about 20)"; "self-propelled guns" is a
             * noun's modifier), parts the item from the list */
            const Tok *w = &g_array_index(run->toks, Tok, k);
            gsize wn = w->end - w->start;
            if (wn > 3 && g_ascii_strncasecmp(run->text + w->end - 2, "ed", 2) == 0
                && memchr(run->text + w->start, '-', wn) == NULL)
                return FALSE;
        }
        return FALSE;
    }
    guint tail = 0; /* words of a calibre after the noun */
    /* "120 howitzers and *another* 120 rocket launchers", "and *a further*
     * 50": the later figure's modifier stands between the list's "and" and
     * it */
    if (tok_is(run, to - 1, "another"))
        to--;
    else if (to >= from + 3 && tok_is(run, to - 1, "further") && tok_is(run, to - 2, "a"))
        to -= 2;
    if (to <= from + 1)
        return FALSE;
    const Tok *last = &g_array_index(run->toks, Tok, to - 1);
    /* "3 million 152mm shells or 500,000 122mm rounds": alternatives share
     * their verb as a list does, and so does an item added by "plus"
     * ("5,000 military builders, plus 1,000 deminers") */
    /* a semicolon parts the items of a list after a label's colon, which
     * alone a figure's clause reaches across (clause_of_read()), whatever
     * frame counts each: "What Pyongyang has sent: 6.5 million shells;
     * 180 ballistic missiles; 230 artillery systems" */
    if (tok_is(run, to - 1, ";")) {
        gboolean any = FALSE;
        for (guint t = from; t < to - 1; t++) {
            if (g_array_index(run->toks, Tok, t).kind != TOK_WORD || is_stop(run, t)
                || hit_starting(run, f->slot[CC_SLOT_CUE].tables, t) != NULL)
                return FALSE;
            any = any || foreign_head(run, NULL, t);
        }
        return any && to - from <= 7;
    }
    if (!(last->kind == TOK_COMMA || tok_is(run, to - 1, "and") || tok_is(run, to - 1, "or")
          || tok_is(run, to - 1, "plus")))
        return FALSE;
    gboolean noun = FALSE;
    for (guint t = from; t < to - 1;) {
        const Tok *tok = &g_array_index(run->toks, Tok, t);
        const Hit *h = hit_starting(run, counts, t);
        /* a headline's list parts its items by commas alone, whatever
         * frame counts each: "N. Korea shipped 100 KN-23 missiles, 1.5
         * million shells: Kyiv" (the verb before the first is the later
         * ones' too) */
        if (h == NULL && !noun && last->kind == TOK_COMMA && foreign_head(run, NULL, t))
            h = counted_hit_any(run, t);
        if (h != NULL && h->t1 <= to - 1) {
            noun = TRUE;
            t = h->t1;
            continue;
        }
        if (tok->kind == TOK_COMMA && noun && t + 1 == to - 1)
            break; /* "…, and 5,000" */
        /* the noun's calibre after it: "3 million rounds of 152 mm
         * artillery shells or 500,000 rounds of 122 mm …", "200,000 shells
         * of 122 mm calibre or …"; what follows the calibre is a noun or
         * its modifiers */
        guint e;
        if (noun && tail == 0 && tok_is(run, t, "of")
            && (e = unit_mention_end(run, mentions, G_MAXUINT, t + 1)) != 0 && e < to) {
            tail = e - t;
            for (t = e; t < to - 1; t++) {
                const Tok *w = &g_array_index(run->toks, Tok, t);
                if (w->kind != TOK_WORD || is_stop(run, t)
                    || hit_starting(run, f->slot[CC_SLOT_CUE].tables, t) != NULL)
                    return FALSE;
                tail++;
            }
            break;
        }
        if (tok->kind != TOK_WORD || noun || is_stop(run, t)
            || hit_starting(run, f->slot[CC_SLOT_CUE].tables, t) != NULL)
            return FALSE;
        t++; /* a modifier before the noun: "military builders" */
    }
    return noun && to - from - tail <= 7 && tail <= 6;
}

/* listed() of tokens [@from, @to), or of a chain of items listed one
 * after another there: "sent Russia 15,000 soldiers, 250 missiles, 12m
 * shells" lists the first with the third. */
static gboolean
listed_chain(CcFrameRun *run, const CcFrame *f, const GArray *mentions, guint from, guint to)
{
    if (listed(run, f, mentions, from, to))
        return TRUE;
    for (guint i = 0; i < mentions->len; i++) {
        const CcMention *o = &g_array_index(mentions, CcMention, i);
        if (o->type != CC_CLAIM_QUANTITY)
            continue;
        guint ot = tok_at(run->toks, o->start), oe = tok_at(run->toks, o->end - 1) + 1;
        /* items parted by commas: a semicolon's list chains already */
        if (ot > from && oe < to && g_array_index(run->toks, Tok, ot - 1).kind == TOK_COMMA
            && g_array_index(run->toks, Tok, to - 1).kind == TOK_COMMA
            && listed(run, f, mentions, from, ot) && listed(run, f, mentions, oe, to))
            return TRUE;
    }
    return FALSE;
}

/* The figure before "out of [the] FIGURE" of which mention @self is the
 * whole, or G_MAXUINT. */
static guint
out_of_part(CcFrameRun *run, const GArray *mentions, guint self)
{
    const CcMention *b = &g_array_index(mentions, CcMention, self);
    guint bt = tok_at(run->toks, b->start);
    if (b->type != CC_CLAIM_QUANTITY || bt < 2)
        return G_MAXUINT;
    guint at = bt - (tok_is_determiner(run, bt - 1) ? 1 : 0);
    /* "out of a total of 12,000" */
    if (at >= 5 && tok_is(run, at - 1, "of") && tok_is(run, at - 2, "total")
        && (tok_is(run, at - 3, "a") || tok_is_determiner(run, at - 3)))
        at -= 3;
    if (at < 2 || !tok_is(run, at - 2, "out") || !tok_is(run, at - 1, "of"))
        return G_MAXUINT;
    guint part = G_MAXUINT;
    for (guint i = 0; i < mentions->len; i++) {
        const CcMention *p = &g_array_index(mentions, CcMention, i);
        if (i != self && p->type == CC_CLAIM_QUANTITY && p->end <= b->start)
            part = i;
    }
    return part;
}

/* Is token @t a lower-case past participle: a word in "-ed" of four
 * letters or more, or one of the irregular ones reporters use of troops
 * ("sent", "brought", "flown", "thrown", "drawn")? */
static gboolean
past_participle(const CcFrameRun *run, guint t)
{
    static const Word irregular[] = {WORD("sent"),  WORD("brought"), WORD("flown"),  WORD("thrown"),
                                     WORD("drawn"), WORD("taken"),   WORD("shipped")};
    if (t >= run->toks->len)
        return FALSE;
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    const char *w = run->text + tok->start;
    gsize n = tok->end - tok->start;
    if (tok->kind != TOK_WORD || !g_ascii_islower(w[0]))
        return FALSE;
    if (n >= 4 && w[n - 2] == 'e' && w[n - 1] == 'd')
        return TRUE;
    return tok_in(run, t, irregular, G_N_ELEMENTS(irregular));
}

/* Does the date at token @ot end a reduced relative clause of its own,
 * a noun's past participle and "in" or "on" right before it ("the
 * partnership treaty *signed in* June had been ratified by Putin on
 * November 9")? Such a date has its verb before it and claims no word
 * after it from a later date. Not after an auxiliary, a pronoun or a
 * relative word, where the participle is a clause's main verb ("it was
 * signed in June and ratified …"). */
static gboolean
reduced_relative_date(const CcFrameRun *run, guint ot)
{
    static const Word not_nouns[] = {
        WORD("was"),  WORD("were"),  WORD("is"),    WORD("are"),   WORD("has"),  WORD("have"),
        WORD("had"),  WORD("been"),  WORD("be"),    WORD("being"), WORD("it"),   WORD("they"),
        WORD("he"),   WORD("she"),   WORD("we"),    WORD("who"),   WORD("which"), WORD("that"),
        WORD("then"), WORD("also"),  WORD("first"), WORD("and"),   WORD("or"),   WORD("but")};
    if (ot < 3 || !(tok_is(run, ot - 1, "in") || tok_is(run, ot - 1, "on"))
        || !past_participle(run, ot - 2))
        return FALSE;
    const Tok *n = &g_array_index(run->toks, Tok, ot - 3);
    return n->kind == TOK_WORD && !tok_in(run, ot - 3, not_nouns, G_N_ELEMENTS(not_nouns));
}

/* Where a veto word @v after a counted noun ending at token @n1 says only
 * what is done with the things counted: a past participle alone right
 * after the noun with a preposition of place after it ("4 million
 * artillery shells *used on* the Ukrainian front", "*fired at* Ukrainian
 * cities"; not a phrase of the veto's that goes on past the participle,
 * "236 North Koreans *reached the South* in 2024"), or the
 * verb of a relative clause a comma and "which" or "that" open at most four
 * words after the noun, at most four words before the verb ("5 million
 * rounds to Moscow, *which* Russian gunners *use*"). Returns the token the
 * description starts at (the participle, or the comma), G_MAXUINT for
 * none. */
static guint
use_described_after(const CcFrameRun *run, guint n1, const Hit *v)
{
    static const Word places[] = {WORD("in"),     WORD("on"),    WORD("against"),
                                  WORD("at"),     WORD("across"), WORD("along"),
                                  WORD("throughout")};
    if (v->t0 == n1 && v->t1 == v->t0 + 1 && past_participle(run, v->t0)
        && v->t1 < run->toks->len && tok_in(run, v->t1, places, G_N_ELEMENTS(places)))
        return v->t0;
    for (guint k = n1; k < v->t0 && k <= n1 + 4; k++) {
        TokKind kind = g_array_index(run->toks, Tok, k).kind;
        if (kind == TOK_COMMA) {
            if (k + 1 >= v->t0 || !(tok_is(run, k + 1, "which") || tok_is(run, k + 1, "that")))
                return G_MAXUINT;
            if (v->t0 > k + 6)
                return G_MAXUINT;
            for (guint j = k + 2; j < v->t0; j++)
                if (g_array_index(run->toks, Tok, j).kind != TOK_WORD)
                    return G_MAXUINT;
            return k;
        }
        if (kind != TOK_WORD)
            return G_MAXUINT;
    }
    return G_MAXUINT;
}

/* Where the predicate of a counted noun ending at @e1 starts when a
 * participle's phrase describes the noun: "some 4,000 North Korean
 * soldiers *sent to Russia's Kursk region last autumn* have since been
 * killed or wounded", "nearly 4,000 servicemen *from the 11th Corps
 * deployed in Kursk since late October* were killed". It is the
 * auxiliary that ends the phrase, within 14 words, with a past
 * participle among the phrase's first eight words; G_MAXUINT for none. */
static guint
participle_predicate(CcFrameRun *run, guint e1, guint c1)
{
    static const Word aux[] = {WORD("have"), WORD("has"), WORD("had"), WORD("were"),
                               WORD("was"),  WORD("are"), WORD("is")};
    gboolean part = FALSE;
    for (guint k = e1; k < c1 && k < e1 + 15; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            return G_MAXUINT;
        if (tok_in(run, k, aux, G_N_ELEMENTS(aux)))
            return part && k >= e1 + 2 ? k : G_MAXUINT;
        if (k < e1 + 8 && past_participle(run, k))
            part = TRUE;
    }
    return G_MAXUINT;
}

/* How many words after the noun phrase ending at @e1 a figure a share is
 * taken of keeps as its own: 1 ("the 12,000 troops sent"), or, where a
 * relative clause opens there ("who have become casualties", "that
 * arrived", "the North first dispatched"), up to its verb: the first cue
 * or veto of @f or word in -ed, within five words. */
/* Is token @k a verb of @f's clause: a cue or veto of @f, or a word in
 * -ed? */
static gboolean
frame_verb(CcFrameRun *run, const CcFrame *f, guint k)
{
    const Tok *tok = &g_array_index(run->toks, Tok, k);
    gsize n = tok->end - tok->start;
    return hit_starting(run, f->slot[CC_SLOT_CUE].tables, k) != NULL
           || hit_starting(run, f->slot[CC_SLOT_VETO].tables, k) != NULL
           || (tok->kind == TOK_WORD && n > 3 && run->text[tok->end - 2] == 'e'
               && run->text[tok->end - 1] == 'd');
}

/* Does the figure @o open a clause of its own: no noun after it, its verb
 * right after it and the words that only add to it ("and at least 100
 * *have* died", "and some 300 *were* killed", "and 3,000 more *are*
 * expected")? It is no item of a list with the figure before it, whose
 * verb it does not share. */
static gboolean
own_clause(CcFrameRun *run, const CcFrame *f, const CcMention *o, guint c1)
{
    static const Word aux[] = {WORD("have"),  WORD("has"),   WORD("had"), WORD("were"),
                               WORD("was"),   WORD("are"),   WORD("is"),  WORD("will"),
                               WORD("would"), WORD("could"), WORD("may"), WORD("might")};
    guint t = tok_at(run->toks, o->end - 1) + 1;
    if (o->type != CC_CLAIM_QUANTITY || !headless(run, f, t, c1))
        return FALSE;
    while (t < c1 && in_table(run, "figure_modifiers", t))
        t++;
    if (t >= c1)
        return FALSE;
    if (tok_in(run, t, aux, G_N_ELEMENTS(aux)))
        return TRUE;
    return frame_verb(run, f, t);
}

/* Is there a colon or a dash between words in tokens [@a, @b), and no
 * other break: the detail a clause before it announces ("suffered heavy
 * losses: about 50 soldiers were killed")? */
static gboolean
detail_break_between(const CcFrameRun *run, guint a, guint b)
{
    gboolean seen = FALSE;
    for (guint k = a; k < b && k < run->toks->len; k++) {
        const Tok *tok = &g_array_index(run->toks, Tok, k);
        if (tok->kind != TOK_BREAK)
            continue;
        const guchar *c = (const guchar *)run->text + tok->start;
        gboolean dash = c[0] == '-'
                        || (tok->end - tok->start == 3 && c[0] == 0xE2 && c[1] == 0x80
                            && (c[2] == 0x93 || c[2] == 0x94));
        if (!(c[0] == ':' || dash))
            return FALSE;
        seen = TRUE;
    }
    return seen;
}

/* Does a finite verb no noun takes as its participle open a clause at
 * token @t: "died", "perished", or either after "have", "has" or "had"
 * ("about 700 of the 13,000 soldiers *died* near Sudzha" is the
 * part's predicate, where "the 11,000 troops *sent*" describes the
 * whole); or a verb that "never" or a past "did" opens, which no
 * participle takes ("about 2,000 of the soldiers *never came home*",
 * "*did not return*")? The verb's token, or G_MAXUINT for none. */
static guint
finite_past_at(const CcFrameRun *run, guint t)
{
    static const Word past[] = {WORD("died"), WORD("perished")};
    static const Word have[] = {WORD("have"), WORD("has"), WORD("had")};
    static const Word opens[] = {WORD("never"), WORD("did"), WORD("didn't"), WORD("didn’t")};
    if (tok_in(run, t, past, G_N_ELEMENTS(past)) || tok_in(run, t, opens, G_N_ELEMENTS(opens)))
        return t;
    if (tok_in(run, t, have, G_N_ELEMENTS(have)) && tok_in(run, t + 1, past, G_N_ELEMENTS(past)))
        return t + 1;
    return G_MAXUINT;
}

static gboolean
finite_past(const CcFrameRun *run, guint t)
{
    return finite_past_at(run, t) != G_MAXUINT;
}

/* The verb of a relative clause opening at @e1, right after a noun phrase
 * ("who have become casualties", "that arrived", "the North first
 * dispatched"): the first cue or veto of @f or word in -ed, within five
 * words. G_MAXUINT where no relative clause opens there, or it has no
 * such verb. */
static guint
relative_verb(CcFrameRun *run, const CcFrame *f, guint e1, guint c1)
{
    if (e1 >= c1)
        return G_MAXUINT;
    /* a pronoun opens one as a party does: "the 11,000 troops *it*
     * sent", "the shells *they* fired" */
    gboolean rel = tok_is(run, e1, "who") || tok_is(run, e1, "that") || tok_is(run, e1, "which")
                   || tok_is(run, e1, "whom") || tok_is(run, e1, "it") || tok_is(run, e1, "they");
    if (!rel && f->slot[CC_SLOT_SUBJECT].tables->len > 0)
        rel = hit_starting(run, f->slot[CC_SLOT_SUBJECT].tables, e1) != NULL
              || (tok_is_determiner(run, e1) && e1 + 1 < c1
                  && hit_starting(run, f->slot[CC_SLOT_SUBJECT].tables, e1 + 1) != NULL);
    if (!rel)
        return G_MAXUINT;
    for (guint k = e1 + 1; k < c1 && k <= e1 + 5; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            break;
        /* the sentence's own copula, after a word of the relative clause,
         * ends it: "the five missiles that struck Kharkiv *came from* North
         * Korea" (not "the 60 KN-23s Pyongyang *is* said to have supplied") */
        if (k >= e1 + 2 && copula_at(run, k) > 0)
            return k;
        /* and so does its perfect after a lower-case word of the clause:
         * "the 11,000 that Pyongyang sent *have been* killed" (not "that
         * North Korea has been sending") */
        if (k >= e1 + 2 && (tok_is(run, k, "have") || tok_is(run, k, "has") || tok_is(run, k, "had"))
            && tok_is(run, k + 1, "been")
            && g_ascii_islower(run->text[g_array_index(run->toks, Tok, k - 1).start]))
            return k;
        if (frame_verb(run, f, k))
            return k;
    }
    return G_MAXUINT;
}

/* How many words after the noun phrase ending at @e1 a figure a share is
 * taken of keeps as its own: 1 ("the 12,000 troops sent"), or, where a
 * relative clause opens there, up to its verb. */
static guint
relative_clause(CcFrameRun *run, const CcFrame *f, guint e1, guint c1)
{
    /* a copula right after it opens the sentence's own predicate, which
     * is its part's: "4,000 North Korean soldiers out of a total of
     * 12,000 *were killed*" */
    if (e1 < c1 && (copula_at(run, e1) > 0 || finite_past(run, e1)))
        return 0;
    guint k = relative_verb(run, f, e1, c1);
    return k == G_MAXUINT ? 1 : MAX(k - e1, 1);
}

/* Where the predicate of a part set before its whole starts, when the
 * whole's noun phrase ends at @e1: after the whole's participle ("of the
 * 11,000 troops sent") or its relative clause ("of the 11,000 men that
 * North Korea had dispatched"). */
static guint
part_own_predicate(CcFrameRun *run, const CcFrame *f, guint e1, guint c1)
{
    if (e1 >= c1)
        return c1;
    guint k = relative_verb(run, f, e1, c1);
    if (k != G_MAXUINT)
        return k + 1;
    if (!frame_verb(run, f, e1) || finite_past(run, e1))
        return e1;
    /* a participle's phrase runs on to the part's copula: "Some 500,000
     * of the 5 million shells *sent to Russia from North Korea* are
     * duds" */
    for (guint j = e1 + 1; j < c1 && j < e1 + 12; j++) {
        if (g_array_index(run->toks, Tok, j).kind != TOK_WORD)
            break;
        if (copula_at(run, j) > 0)
            return j;
    }
    return e1 + 1;
}

/* Does an elliptical clause that says the same befell the figure at
 * token @t0 open right before it: "…, as were more than 100 ballistic
 * missiles", "…, and so did more than a hundred missiles"? */
static gboolean
elliptical_also(CcFrameRun *run, guint t0)
{
    static const Word aux[] = {WORD("were"), WORD("was"), WORD("did"), WORD("have"),
                               WORD("had"),  WORD("are"), WORD("is")};
    if (t0 < 2 || !(tok_is(run, t0 - 2, "as") || tok_is(run, t0 - 2, "so")))
        return FALSE;
    return tok_in(run, t0 - 1, aux, G_N_ELEMENTS(aux));
}

/* The figure a figure at token @t0 is set inside or listed with: the
 * nearest figure before it in its clause, when "including", "among them"
 * or "among whom" leads to it, or a bare "and" does and the earlier
 * figure's own noun after it is one @f counts. G_MAXUINT for none. */
static guint
listed_whole(CcFrameRun *run, const CcFrame *f, const GArray *mentions, guint self, guint t0,
             guint c0, guint c1)
{
    if (t0 == 0 || t0 <= c0)
        return G_MAXUINT;
    gboolean subset = subset_opener(run, t0 - 1) == 1
                      || (t0 >= 2 && subset_opener(run, t0 - 2) == 2);
    /* "not only 2 million shells but also several dozen missiles",
     * "1,000 sappers …, as well as 5,000 military builders", "9 million
     * rounds along with about 150 missiles" and "about 100 missiles,
     * plus some 50 artillery systems" list as "and" does */
    gboolean and = !subset
                   && (tok_is(run, t0 - 1, "and") || tok_is(run, t0 - 1, "plus")
                       || (t0 >= 2 && tok_is(run, t0 - 1, "also") && but_also(run, t0 - 2))
                       || (t0 >= 3 && tok_is(run, t0 - 3, "as") && tok_is(run, t0 - 2, "well")
                           && tok_is(run, t0 - 1, "as"))
                       || (t0 >= 2 && tok_is(run, t0 - 1, "with")
                           && (tok_is(run, t0 - 2, "along") || tok_is(run, t0 - 2, "together")))
                       || elliptical_also(run, t0));
    /* a comma in a list that "and" or "or" closes with a figure further
     * on: "about 100 missiles, 5 million shells and 11,000 troops" */
    if (!subset && !and && g_array_index(run->toks, Tok, t0 - 1).kind == TOK_COMMA) {
        for (guint i = 0; !and && i < mentions->len; i++) {
            const CcMention *o = &g_array_index(mentions, CcMention, i);
            guint ot = tok_at(run->toks, o->start);
            if (i != self && o->type == CC_CLAIM_QUANTITY && o->value.unit == NULL && ot > t0
                && ot < c1 && ot <= t0 + 12
                && (tok_is(run, ot - 1, "and") || tok_is(run, ot - 1, "or")))
                and = TRUE;
        }
    }
    if (!subset && !and)
        return G_MAXUINT;
    guint best = G_MAXUINT;
    for (guint i = 0; i < mentions->len; i++) {
        const CcMention *o = &g_array_index(mentions, CcMention, i);
        if (i == self || o->type != CC_CLAIM_QUANTITY || o->value.unit != NULL
            || tok_at(run->toks, o->start) < c0 || tok_at(run->toks, o->end - 1) + 1 >= t0)
            continue;
        best = i;
    }
    if (best == G_MAXUINT || !and)
        return best;
    (void)f;
    (void)c1;
    /* an elliptical clause takes the latest figure before it whose noun
     * some frame counts, past one that counts nothing ("9 million shells
     * went to Russia in 49 cargo runs, and so did 100 missiles") */
    gboolean ellipsis = elliptical_also(run, t0);
    for (guint i = best + 1; i-- > 0;) {
        const CcMention *o = &g_array_index(mentions, CcMention, i);
        if (i != best
            && (!ellipsis || i == self || o->type != CC_CLAIM_QUANTITY || o->value.unit != NULL
                || tok_at(run->toks, o->start) < c0))
            continue;
        /* the earlier figure's own noun, a few words after it, is one
         * some frame counts: "include 5 million shells and 100 ballistic
         * missiles" */
        guint o1 = tok_at(run->toks, o->end - 1) + 1;
        for (guint t = o1; t < t0 && t < o1 + 4; t++) {
            if (g_array_index(run->toks, Tok, t).kind != TOK_WORD || is_stop(run, t))
                break;
            if (foreign_head(run, NULL, t))
                return i;
        }
        if (!ellipsis)
            break;
    }
    return G_MAXUINT;
}

/* The whole that a rank set inside it counts, for the figure at tokens
 * [@t0, @t1) whose own noun is a rank (rank_nouns): the figure before
 * "including" or "among them" ahead of it, or, where it is listed with
 * "and" after another rank so set, that rank's whole ("the force numbers
 * about 12,000, including 500 officers and three generals"). G_MAXUINT
 * for none. */
static guint
ranked_part_whole(CcFrameRun *run, const CcFrame *f, const GArray *mentions, guint self,
                  guint t0, guint t1, guint c0, guint c1)
{
    if (t1 >= run->toks->len || !in_table(run, "rank_nouns", t1))
        return G_MAXUINT;
    guint w = listed_whole(run, f, mentions, self, t0, c0, c1);
    if (w == G_MAXUINT || subset_part(run, t0))
        return w;
    const CcMention *o = &g_array_index(mentions, CcMention, w);
    guint o0 = tok_at(run->toks, o->start), o1 = tok_at(run->toks, o->end - 1) + 1;
    if (!subset_part(run, o0) || o1 >= run->toks->len || !in_table(run, "rank_nouns", o1))
        return G_MAXUINT;
    return listed_whole(run, f, mentions, w, o0, c0, c1);
}

/* Does the figure at tokens [@t0, @t1) stand in a fronted addition that
 * opens its clause at @c0 (or follows a comma or "that" there) and ends
 * at a comma: "*In addition to* some 9 million shells, Pyongyang has sent
 * …", "*Besides* the 11,000 troops, …", "*On top of*", "*As well as*",
 * "*Apart from*", "*Alongside*"? Returns the token after that comma, where
 * the main clause whose verb the figure shares starts; G_MAXUINT for none.
 * No other figure stands between the figure and the comma. */
static guint
fronted_addition(CcFrameRun *run, const GArray *mentions, guint self, guint c0, guint t0,
                 guint t1, guint c1)
{
    static const char *const openers[][3] = {
        {"in", "addition", "to"}, {"on", "top", "of"},   {"as", "well", "as"},
        {"along", "with", NULL},  {"apart", "from", NULL}, {"aside", "from", NULL},
        {"together", "with", NULL}, {"besides", NULL, NULL}, {"alongside", NULL, NULL}};
    guint p = G_MAXUINT;
    for (guint s = c0; s < t0 && s <= c0 + 12 && p == G_MAXUINT; s++) {
        if (!(s == c0 || g_array_index(run->toks, Tok, s - 1).kind == TOK_COMMA
              || tok_is(run, s - 1, "that")))
            continue;
        for (guint i = 0; i < G_N_ELEMENTS(openers) && p == G_MAXUINT; i++) {
            guint n = 0;
            while (n < 3 && openers[i][n] != NULL && tok_is(run, s + n, openers[i][n]))
                n++;
            if (n == 3 || (n > 0 && openers[i][n] == NULL))
                p = s + n;
        }
    }
    /* the figure follows the opener, at most a determiner or a
     * possessive's two words between */
    if (p == G_MAXUINT || p > t0 || t0 - p > 2)
        return G_MAXUINT;
    for (guint k = t1; k < c1 && k < t1 + 10; k++) {
        const Tok *tok = &g_array_index(run->toks, Tok, k);
        if (tok->kind == TOK_COMMA)
            return k + 1 < c1 && !figure_between(run, mentions, self, t1, k) ? k + 1 : G_MAXUINT;
        if (tok->kind == TOK_BREAK)
            break;
    }
    return G_MAXUINT;
}

/* Does the figure at tokens [@t0, @e1), whose noun phrase ends at @e1,
 * open its clause (at @c0, or after a comma) and stand before an addition
 * set off by commas ahead of its verb: "Some 12 million shells*, along
 * with 250 ballistic missiles and about 200 artillery pieces,* have been
 * sent to Russia"? Openers as fronted_addition's. Returns the token after
 * the closing comma, where the verb the figure owns stands; G_MAXUINT for
 * none. The addition's own figures take its words; they are no part of
 * the distance from the figure to its verb. */
static guint
trailing_addition(CcFrameRun *run, guint c0, guint t0, guint e1, guint c1)
{
    static const char *const openers[][3] = {
        {"in", "addition", "to"}, {"as", "well", "as"},   {"along", "with", NULL},
        {"together", "with", NULL}, {"alongside", NULL, NULL}, {"plus", NULL, NULL}};
    if (!(t0 == c0 || (t0 > c0 && g_array_index(run->toks, Tok, t0 - 1).kind == TOK_COMMA))
        || e1 + 2 >= c1 || g_array_index(run->toks, Tok, e1).kind != TOK_COMMA)
        return G_MAXUINT;
    guint p = G_MAXUINT;
    for (guint i = 0; i < G_N_ELEMENTS(openers) && p == G_MAXUINT; i++) {
        guint n = 0;
        while (n < 3 && openers[i][n] != NULL && tok_is(run, e1 + 1 + n, openers[i][n]))
            n++;
        if (n == 3 || (n > 0 && openers[i][n] == NULL))
            p = e1 + 1 + n;
    }
    if (p == G_MAXUINT)
        return G_MAXUINT;
    for (guint k = p; k < c1 && words_between(run->toks, p, k) <= 16; k++) {
        const Tok *tok = &g_array_index(run->toks, Tok, k);
        if (tok->kind == TOK_COMMA)
            return k > p && k + 1 < c1 && g_array_index(run->toks, Tok, k + 1).kind == TOK_WORD
                       ? k + 1
                       : G_MAXUINT;
        if (tok->kind == TOK_BREAK)
            break;
    }
    return G_MAXUINT;
}

/* Does a copula at token @t say whose the counted things are: "were
 * North Korean KN-23s", "were KN-23s of North Korean origin"? */
static const Hit *
copula_party(CcFrameRun *run, const CcFrame *f, guint t, guint c1)
{
    if (t >= c1 || !(copula_at(run, t) > 0 || tok_is(run, t, "of")))
        return NULL;
    const GPtrArray *tables = f->slot[CC_SLOT_SUBJECT].tables;
    if (tables->len == 0 || f->slot[CC_SLOT_COUNTS].tables->len == 0)
        return NULL;
    guint u = t + MAX(copula_at(run, t), 1u);
    /* "at least two of them North Korean" */
    if (tok_is(run, t, "of") && (tok_is(run, t + 1, "them") || tok_is(run, t + 1, "those")))
        u = t + 2;
    /* where they come from: "about 11,000 are from North Korea" */
    if (copula_at(run, t) > 0 && u + 1 < c1 && tok_is(run, u, "from"))
        u++;
    /* a model that names its maker: "were KN-23s" */
    const Hit *model = u < c1 ? hit_starting(run, tables, u) : NULL;
    /* (not a possessive right after "of", the owner of the whole named
     * after it: "4,000 of *Kim's* 12,000 troops have been killed" says
     * nothing of whose the part is, the whole's predicate being its own) */
    if (model != NULL && tok_is(run, t, "of")
        && possessive(run->text, &g_array_index(run->toks, Tok, model->t1 - 1)) > 0)
        return NULL;
    if (model != NULL)
        return model;
    const Hit *noun = u < c1 ? hit_starting(run, f->slot[CC_SLOT_COUNTS].tables, u) : NULL;
    if (noun != NULL)
        u = noun->t1;
    if (u < c1 && tok_is(run, u, "of"))
        u++;
    return u < c1 ? hit_starting(run, tables, u) : NULL;
}

/* Where a part's predicate starts: after the part itself, or, for a part
 * before its whole ("Two of the five missiles that struck Kharkiv were
 * North Korean"), at the first copula after the whole in the clause. */
static guint
part_predicate(CcFrameRun *run, const GArray *mentions, const CcMention *m, guint t1, guint c1)
{
    const CcMention *whole = &g_array_index(mentions, CcMention, m->part_of);
    if (whole->start < m->end)
        return t1;
    for (guint t = tok_at(run->toks, whole->end - 1) + 1; t < c1; t++) {
        if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
            break;
        if (copula_at(run, t) > 0)
            return t;
    }
    return t1;
}

/* Is the counted noun at @counts owned by "its" right before it ("19 of
 * its soldiers", "its own troops")? 2 for "its own", 1 for "its", 0 for
 * neither. Not "their", which speaks of people ("Kyiv estimates their
 * strength at 12,000": the troops'), nor an estimate's owner ("raised its
 * casualty estimate to 4,000"). */
static int
pronoun_owned(const CcFrameRun *run, const Hit *counts)
{
    static const Word estimates[] = {WORD("estimate"), WORD("estimates"), WORD("figure"),
                                     WORD("figures"),  WORD("count"),     WORD("counts"),
                                     WORD("tally"),    WORD("toll"),      WORD("tolls"),
                                     WORD("number"),   WORD("numbers"),   WORD("assessment")};
    if (counts == NULL || counts->t0 == 0)
        return 0;
    guint t = counts->t0 - 1;
    /* "its *former* soldiers", "its *retired* officers": those who
     * served it once are its men still */
    if (t > 0 && (tok_is(run, t, "former") || tok_is(run, t, "retired")))
        t--;
    gboolean own = tok_is(run, t, "own") && t > 0;
    if (own)
        t--;
    if (!tok_is(run, t, "its") || tok_in(run, counts->t1, estimates, G_N_ELEMENTS(estimates))
        || tok_in(run, counts->t1 - 1, estimates, G_N_ELEMENTS(estimates)))
        return 0;
    return own ? 2 : 1;
}

/* Do tokens [@a, @b) join two items of a list: an "and" or a comma among
 * them, and no break or other mark? */
static gboolean
list_joined(const CcFrameRun *run, guint a, guint b)
{
    gboolean joined = FALSE;
    for (guint t = a; t < b; t++) {
        TokKind k = g_array_index(run->toks, Tok, t).kind;
        if (k == TOK_BREAK || k == TOK_OTHER)
            return FALSE;
        joined = joined || tok_is(run, t, "and") || k == TOK_COMMA;
    }
    return joined;
}

/* The party of the counted noun that a figure at token @t0 with no noun
 * of its own follows in a list, its own verb before it: a word of @f's
 * `named` tables ends at most six tokens before the figure, "and" or a
 * comma among them and no clause's end, and a party of the subject tables
 * ends right before that word, the figure of that count before it:
 * "Ukrainian forces killed 38 *Russian* soldiers and captured 6", "…
 * destroyed 23 Russian soldiers, wounded 17 and captured 4" count
 * Russians taken, not the side the sentences before name; NULL for none. */
static const Hit *
listed_antecedent_party(CcFrameRun *run, const CcFrame *f, guint t0)
{
    if (f->named == NULL || t0 < 4)
        return NULL;
    for (guint i = 0; i < f->named->len; i++) {
        const GArray *hits = dict_hits(run, f->named->pdata[i]);
        for (guint j = 0; j < hits->len; j++) {
            const Hit *n = &g_array_index(hits, Hit, j);
            if (n->t1 > t0 || n->t1 + 6 < t0 || n->t0 < 2)
                continue;
            if (!list_joined(run, n->t1, t0))
                continue;
            const Hit *h = hit_ending(run, f->slot[CC_SLOT_SUBJECT].tables, n->t0);
            if (h != NULL && h->t0 > 0
                && g_ascii_isdigit(run->text[g_array_index(run->toks, Tok, h->t0 - 1).start]))
                return h;
        }
    }
    return NULL;
}

/* The party that "its" before the counted noun @counts points back to:
 * the nearest one of the frame's subject tables named before it in the
 * sentence, a speaker too, when "its own" says so ("Kyiv says about 2,000
 * of its own troops were killed") or "it" between them stands for that
 * party ("Russia said it had received the bodies of 27 of its soldiers");
 * NULL for none. A bare "its" after a speaker may stand for the party the
 * sentences before name ("Seoul estimates that 1,100 of its soldiers were
 * hurt", of North Korea's); with none named there or in the title, it is
 * the speaker's own when that speaker opens the sentence ("Ukraine said
 * 46,000 of its soldiers had been killed"). */
static const Hit *
pronoun_owner(CcFrameRun *run, const CcFrame *f, const Hit *counts)
{
    int owned = pronoun_owned(run, counts);
    if (owned == 0)
        return NULL;
    for (guint t = counts->t0 - 1; t-- > 0;) {
        const Hit *h = hit_starting(run, f->slot[CC_SLOT_SUBJECT].tables, t);
        if (h == NULL || h->t1 >= counts->t0 || tok_is(run, h->t0, "its"))
            continue;
        gboolean it = owned == 2;
        for (guint k = h->t1; k < counts->t0 && !it; k++)
            it = tok_is(run, k, "it");
        if (it)
            return h;
        /* a bare "its" with no party the sentences before or the title
         * name stands for the one named before it: "Ukraine said 46,000
         * of its soldiers had been killed" */
        if (!(h->t0 == 0 || (h->t0 == 1 && tok_is(run, 0, "the"))) || !speaks(run, h))
            return NULL;
        run->read_last_subject = TRUE;
        return run->title_subject == NULL && run->last_subject == NULL ? h : NULL;
    }
    return NULL;
}

/* Does the date at tokens [@t0, @t1) close a relative clause set off by
 * no comma, in its clause [@c0, @c1), the main clause's auxiliary right
 * after it? The clause is opened by "who", "which" or "that" within
 * twelve words before the date ("the Ukrainians *who had poured across
 * the border on Aug. 6* had been pushed back", "the treaty *that Kim and
 * Putin signed in June* was ratified"), or has none, a past participle
 * and "in" or "on" right before the date (the reduced or contact clause:
 * "the pact *the two leaders signed in June* was ratified"). What follows
 * the date is the main clause's, not the date's. */
static gboolean
date_closes_relative(CcFrameRun *run, guint t0, guint t1, guint c0, guint c1)
{
    static const Word aux[] = {WORD("had"), WORD("has"), WORD("have"), WORD("was"),
                               WORD("were"), WORD("is"), WORD("are")};
    if (t1 >= c1 || !tok_in(run, t1, aux, G_N_ELEMENTS(aux)))
        return FALSE;
    if (t0 >= 2 && t0 > c0 + 2 && (tok_is(run, t0 - 1, "in") || tok_is(run, t0 - 1, "on"))
        && past_participle(run, t0 - 2))
        return TRUE;
    for (guint k = t0; k > c0 && k + 12 > t0; k--) {
        if (g_array_index(run->toks, Tok, k - 1).kind != TOK_WORD)
            return FALSE;
        if (tok_is(run, k - 1, "who") || tok_is(run, k - 1, "which") || tok_is(run, k - 1, "that"))
            return TRUE;
    }
    return FALSE;
}

/* Keeps the words a date's cue and veto may come from, [*@a, *@b), to
 * its side of a relative clause set off by a comma in its clause [@c0,
 * @c1): ", which …" or ", who …", up to the next comma or the clause's
 * end. A date inside such a clause takes its words from there and from
 * the few words before the comma that it tells of ("The treaty, which
 * Putin and Kim signed on June 19, was brought into effect on December
 * 4"; "The Ukrainian incursion, which began on 6 August, …"); one outside
 * it, none from it. */
static void
keep_out_of_relative_clauses(CcFrameRun *run, guint t0, guint t1, guint c0, guint c1, guint *a,
                             gboolean *a_fig, guint *b, gboolean *b_fig)
{
    for (guint k = c0; k + 1 < c1; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_COMMA
            || !(tok_is(run, k + 1, "which") || tok_is(run, k + 1, "who")))
            continue;
        guint i0 = k + 1, i1 = c1;
        for (guint u = i0; u < c1; u++)
            if (g_array_index(run->toks, Tok, u).kind == TOK_COMMA) {
                i1 = u;
                break;
            }
        if (t0 >= i0 && t1 <= i1) {
            guint ante = k >= c0 + 4 ? k - 4 : c0;
            if (ante >= *a) {
                *a = ante;
                *a_fig = FALSE;
            }
            if (i1 <= *b) {
                *b = i1;
                *b_fig = FALSE;
            }
        } else if (i1 <= t0 && i1 >= *a) {
            *a = i1;
            *a_fig = FALSE;
        } else if (i0 >= t1 && i0 <= *b) {
            *b = i0;
            *b_fig = FALSE;
        }
        k = i1 > k ? i1 - 1 : k;
    }
    /* a date that closes a relative clause set off by no comma: what
     * follows is the main clause's (date_closes_relative()) */
    if (t1 < *b && date_closes_relative(run, t0, t1, c0, c1)) {
        *b = t1;
        *b_fig = FALSE;
    }
}

/* A force the country itself moves to a border of no one named, the
 * place abroad the claim's object stands for unnamed in the sentence
 * ("Belarus and North Korea have each *deployed* about 1,000 troops *near
 * the border*"): troops kept at home, no force sent. The party names the
 * country and stands before the cue, the cue before the figure, and a
 * phrase of `home_border_words` stands within four words after the counted
 * noun, not naming whose border it is ("near the border *with* Ukraine",
 * "*in* Kursk") nor going on ("to the border *region*"); the sentence holds no word of `abroad_words` nor the
 * claim's object. The hit of `home_border_words`, else NULL. */
static const Hit *
home_border(CcFrameRun *run, const CcRule *rule, const Fill *fill, guint t0, guint c1)
{
    if (rule->object == NULL || rule->object[0] == '$' || fill->subject == NULL
        || fill->cue == NULL || fill->counts == NULL || fill->subject->t1 > fill->cue->t0
        || fill->cue->t1 > t0 || fill->counts->t1 <= t0)
        return NULL;
    const Dict *d = dict_of(run, "home_border_words");
    if (d == NULL)
        return NULL;
    const GArray *hits = hits_of(run, d, "home_border_words");
    const Hit *home = NULL;
    for (guint i = 0; i < hits->len && home == NULL; i++) {
        const Hit *h = &g_array_index(hits, Hit, i);
        if (h->t0 < fill->counts->t1 || h->t0 > fill->counts->t1 + 4 || h->t1 > c1)
            continue;
        if (h->t1 < run->toks->len
            && (tok_is(run, h->t1, "with") || tok_is(run, h->t1, "of") || tok_is(run, h->t1, "in")
                || tok_is(run, h->t1, "between") || tok_is(run, h->t1, "inside")))
            continue;
        /* nor one a noun goes on ("to the border *region*"): only the
         * clause's end, punctuation or a word of `head_stops` after it */
        if (h->t1 < run->toks->len && g_array_index(run->toks, Tok, h->t1).kind == TOK_WORD
            && !in_table(run, "head_stops", h->t1))
            continue;
        home = h;
    }
    if (home == NULL)
        return NULL;
    const Dict *a = dict_of(run, "abroad_words");
    if (a != NULL && hits_of(run, a, "abroad_words")->len > 0)
        return NULL;
    const GPtrArray *tables = rule->frame->slot[CC_SLOT_SUBJECT].tables;
    for (guint i = 0; i < tables->len; i++) {
        const GArray *ph = dict_hits(run, tables->pdata[i]);
        for (guint j = 0; j < ph->len; j++) {
            g_autofree char *who = entity_of(run, run->text, &g_array_index(ph, Hit, j));
            if (g_strcmp0(who, rule->object) == 0)
                return NULL;
        }
    }
    return home;
}

/* Is the cue @h a word of a speaker's phrase that a verb of telling
 * follows, words alone and at most two between, before the figure at
 * @t0 ("A North Korean *prisoner* told interrogators that …", "The
 * *captured* soldier said …") or after the figure that ends at @t1, the
 * phrase opened by a comma at most two words before the cue ("…, the
 * *captured* man said")? Not a verb a passive's auxiliary or a
 * conjunction stands before ("the *deployment* is said to be …"), nor one
 * "by" follows, a passive's agent ("the *deployment* told by Seoul"). */
static gboolean
speaker_cue(CcFrameRun *run, const Hit *h, guint t0, guint t1)
{
    static const char *const telling[] = {"said", "says", "told", "tells", "recalled",
                                          "recounted", "testified", NULL};
    static const char *const no_speaker[] = {"is", "was", "are", "were", "be", "been",
                                             "being", "and", "or", "nor", NULL};
    if (h->t0 >= t1) {
        guint k = h->t0;
        while (k > t1 && k + 3 > h->t0 && g_array_index(run->toks, Tok, k - 1).kind == TOK_WORD)
            k--;
        if (k <= t1 || g_array_index(run->toks, Tok, k - 1).kind != TOK_COMMA)
            return FALSE;
    } else if (h->t1 > t0)
        return FALSE;
    guint end = h->t0 >= t1 ? run->toks->len : t0;
    for (guint k = h->t1; k < end && k <= h->t1 + 2; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            return FALSE;
        for (guint q = 0; no_speaker[q] != NULL; q++)
            if (tok_is(run, k, no_speaker[q]))
                return FALSE;
        for (guint q = 0; telling[q] != NULL; q++)
            if (tok_is(run, k, telling[q]))
                return k + 1 >= end || !tok_is(run, k + 1, "by");
    }
    return FALSE;
}

/* The mention that restates a share ending at token @t1 after its ", or":
 * its words run on, with no mark but a comma, to a comma, "or" and a
 * figure that is no share, an approximator at most before it; or
 * G_MAXUINT. */
static guint
restating_figure(CcFrameRun *run, const GArray *mentions, guint t1, guint c1)
{
    for (guint t = t1; t < c1 && t < t1 + 12; t++) {
        guint kind = g_array_index(run->toks, Tok, t).kind;
        if (kind == TOK_WORD)
            continue;
        if (kind != TOK_COMMA || t + 2 >= c1 || !tok_is(run, t + 1, "or"))
            return G_MAXUINT;
        for (guint i = 0; i < mentions->len; i++) {
            const CcMention *o = &g_array_index(mentions, CcMention, i);
            guint ot = tok_at(run->toks, o->start);
            if (o->type == CC_CLAIM_QUANTITY && !o->fraction && (ot == t + 2 || ot == t + 3))
                return i;
        }
        return G_MAXUINT;
    }
    return G_MAXUINT;
}

/* Is a share ending at token @t1 restated by a count of its own: its
 * words run on, with no mark but a comma, to a comma, "or" and a figure
 * that is no share, an approximator at most before it ("a quarter of
 * those losses, or roughly 1,000 men")? */
static gboolean
share_restated(CcFrameRun *run, const GArray *mentions, guint t1, guint c1)
{
    return restating_figure(run, mentions, t1, c1) != G_MAXUINT;
}

/* Does a word of `failure_words` stand in the share's own predicate, the
 * words from token @t1 (past "of them", "of those", "of these", "of
 * which" or "of whom") to the clause's end @c1, within six words: "about a
 * third of them are *duds*", "around 40% of those *failed to explode*"? */
static gboolean
share_failed(CcFrameRun *run, guint t1, guint c1)
{
    guint t = t1;
    if (tok_is(run, t, "of")
        && (tok_is(run, t + 1, "them") || tok_is(run, t + 1, "those")
            || tok_is(run, t + 1, "these") || tok_is(run, t + 1, "which")
            || tok_is(run, t + 1, "whom")))
        t += 2;
    for (guint k = t; k < c1 && k < t + 6; k++) {
        if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
            return FALSE;
        if (in_table(run, "failure_words", k))
            return TRUE;
    }
    return FALSE;
}

/* Is scope @rate a toll's rate of time: "daily", "weekly" or "monthly"
 * (an annual rate is of shipments, no toll's)? */
static gboolean
time_rate(const char *rate)
{
    return g_strcmp0(rate, "daily") == 0 || g_strcmp0(rate, "weekly") == 0
           || g_strcmp0(rate, "monthly") == 0;
}

/* Is hit @h, a month's rate of @frame's scope tables, a month after a
 * word of span, the stretch a total was reached in and no month's rate:
 * "North Korean dead top 1,000 *in a month*", "within a month", "in just
 * over a month"? (A week's or a day's toll keeps its scope: "in a single
 * day" is daily.) */
static gboolean
month_span(CcFrameRun *run, const CcFrame *frame, const Hit *h)
{
    static const char *const spans[] = {"in",  "within", "inside", "over", "during", "under",
                                        "for", "just",   "only",   "barely", NULL};
    if (h->t0 == 0)
        return FALSE;
    g_autofree char *rate = scope_of(run, frame, run->text, h);
    if (g_strcmp0(rate, "monthly") != 0)
        return FALSE;
    for (guint q = 0; spans[q] != NULL; q++)
        if (tok_is(run, h->t0 - 1, spans[q]))
            return TRUE;
    return FALSE;
}

/* Does a daily, weekly or monthly rate @sc after a later figure at token
 * @ot time this figure too, the two tolls of one clause joined by "and"
 * and the later one's verb of harm, a word in "-ed" right before it
 * ("killed 36 North Korean soldiers and wounded 51 over the past day")? The words
 * between this figure's end @t1 and the "and" hold no comma, break or
 * word of time of their own ("since", "in", "during", "over", "last",
 * "this", "by", "until"), which would date this figure apart. */
static gboolean
second_toll_of_rate(CcFrameRun *run, const CcFrame *f, guint t1, guint ot, const Hit *sc)
{
    static const char *const times[] = {"since", "in", "during", "over", "last",
                                        "this", "by", "until", "on", NULL};
    if (ot < t1 + 2 || !tok_is(run, ot - 2, "and"))
        return FALSE;
    const Tok *verb = &g_array_index(run->toks, Tok, ot - 1);
    if (verb->kind != TOK_WORD || verb->end - verb->start < 5
        || g_ascii_strncasecmp(run->text + verb->end - 2, "ed", 2) != 0)
        return FALSE;
    for (guint t = t1; t < ot - 2; t++) {
        if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
            return FALSE;
        for (guint q = 0; times[q] != NULL; q++)
            if (tok_is(run, t, times[q]))
                return FALSE;
    }
    g_autofree char *rate = scope_of(run, f, run->text, sc);
    return time_rate(rate);
}

/* The first hit of @tables that starts in tokens [@from, @to) and ends by
 * @to and that @frame's scope tables name a daily, weekly or monthly
 * rate: the time a phrase before a clause sets for it (fronted_rate(),
 * rate_before_participle()); NULL for none. */
static const Hit *
rate_within(CcFrameRun *run, const CcFrame *frame, const GPtrArray *tables, guint from, guint to)
{
    for (guint t = from; t < to; t++) {
        const Hit *h = hit_starting(run, tables, t);
        if (h == NULL || h->t1 > to)
            continue;
        g_autofree char *rate = scope_of(run, frame, run->text, h);
        if (time_rate(rate) && !month_span(run, frame, h))
            return h;
    }
    return NULL;
}

/* The comma that closes the phrase opening the sentence: its first word
 * (a preposition the caller tests) and at most seven more, all words, then
 * the comma, before the figure at token @t0. Its token, or 0 for none. */
static guint
fronted_comma(const CcFrameRun *run, guint t0)
{
    guint k = 1;
    while (k < run->toks->len && k <= 8 && g_array_index(run->toks, Tok, k).kind == TOK_WORD)
        k++;
    if (k >= t0 || k > 8 || g_array_index(run->toks, Tok, k).kind != TOK_COMMA)
        return 0;
    return k;
}

/* A rate of time in the phrase that opens the sentence, before its first
 * comma: a preposition ("Over", "In", "During", "Within", "For"), at most
 * eight words, then the comma ("Over the past 24 hours, Ukrainian forces
 * killed 36 North Korean soldiers and wounded 51"). Such a phrase sets the
 * time of the whole clause after it, so a daily, weekly or monthly rate of
 * @frame's scope tables in it is the scope of every figure of that
 * clause (@c0, the start of the figure's clause, inside the phrase), not
 * only of the one nearest it; NULL where the sentence opens otherwise. */
static const Hit *
fronted_rate(CcFrameRun *run, const CcFrame *frame, const GPtrArray *tables, guint t0, guint c0)
{
    static const char *const openers[] = {"over", "in", "during", "within", "for", NULL};
    /* so does a rate opened by "every" or "each" that opens the figure's
     * clause, the sentence or what a verb of seeing or saying takes after
     * "that", a comma after it or not, as speech puts it: "Every week the
     * North Koreans lose maybe 300 men", "We see that every week they
     * lose …" */
    for (guint k = c0; k + 1 < t0; k++) {
        if (!(tok_is(run, k, "every") || tok_is(run, k, "each")))
            continue;
        if (k == 0 || k == c0 || tok_is(run, k - 1, "that")
            || g_array_index(run->toks, Tok, k - 1).kind == TOK_BREAK) {
            const Hit *h = rate_within(run, frame, tables, k, k + 2);
            if (h != NULL)
                return h;
        }
        break;
    }
    gboolean opens = FALSE;
    for (guint q = 0; openers[q] != NULL && !opens; q++)
        opens = tok_is(run, 0, openers[q]);
    guint k = opens && c0 == 0 ? fronted_comma(run, t0) : 0;
    return k > 0 ? rate_within(run, frame, tables, 1, k) : NULL;
}

/* A hit of @tables in the phrase of time that opens the sentence before
 * its first comma, as fronted_rate() reads it: "In" or "During", at most
 * eight words, then the comma, the figure at token @t0 after it in the
 * same clause (@c0 its start, 0). Such a phrase sets the time of the whole
 * clause, so a veto there forbids every figure of it, however far: "In the
 * Korean War, the North lost half of its 200,000 troops" counts that
 * war's men. NULL where the sentence opens otherwise. */
static const Hit *
fronted_veto(CcFrameRun *run, const GPtrArray *tables, guint t0, guint c0)
{
    guint k = c0 == 0 && (tok_is(run, 0, "in") || tok_is(run, 0, "during"))
                  ? fronted_comma(run, t0)
                  : 0;
    for (guint t = 1; t < k; t++) {
        const Hit *h = hit_starting(run, tables, t);
        if (h != NULL && h->t1 <= k)
            return h;
    }
    return NULL;
}

/* A rate of time that closes the clause right before a participle and
 * its figure (", killing 27"): up to eight words before that comma ("hit
 * 41 North Korean soldiers in the past 24 hours, killing 27"). The
 * participle tells what befell some of those the clause told of, in the
 * same span of time, so a daily, weekly or monthly rate there is the
 * figure's scope (@t0, its first token); NULL where no participle and
 * comma stand right before the figure. */
static const Hit *
rate_before_participle(CcFrameRun *run, const CcFrame *frame, const GPtrArray *tables, guint t0)
{
    if (t0 < 3 || !participle_word(run, t0 - 1)
        || g_array_index(run->toks, Tok, t0 - 2).kind != TOK_COMMA)
        return NULL;
    guint comma = t0 - 2, from = comma;
    while (from > 0 && comma - from < 8 && g_array_index(run->toks, Tok, from - 1).kind == TOK_WORD)
        from--;
    return rate_within(run, frame, tables, from, comma);
}

/* A rate of time a few words after the frame's verb, @cue, that follows
 * the figure: "Some 1,500 North Korean troops *arrive* in Russia *every
 * month*", "about 1,000 soldiers are *sent* to Kursk *each month*". The
 * rate times the verb, and so the figure it governs, however far the
 * figure's own noun phrase put the verb. Up to six words after the verb,
 * in its clause (ending at @c1), no mark and no other figure between
 * (@mentions); "a month ago" or "a week earlier" dates, no rate, nor does
 * "the first week". NULL for none. */
static const Hit *
rate_after_cue(CcFrameRun *run, const CcFrame *frame, const GPtrArray *tables, const Hit *cue,
               guint c1, const GArray *mentions)
{
    static const char *const dating[] = {"ago", "earlier", "later", "after", "before",
                                         "of",  "into",    "from",  NULL};
    guint to = cue->t1;
    while (to < c1 && to < cue->t1 + 6 && g_array_index(run->toks, Tok, to).kind == TOK_WORD) {
        gboolean figure = FALSE;
        for (guint i = 0; i < mentions->len && !figure; i++) {
            const CcMention *o = &g_array_index(mentions, CcMention, i);
            figure = o->type != CC_CLAIM_DATE && tok_at(run->toks, o->start) == to;
        }
        if (figure)
            break;
        to++;
    }
    /* a span named by its place in the fighting ("in *the first week*",
     * "in *that* month") is when, no rate */
    static const char *const naming[] = {"the", "first", "last", "that", "this", "same", NULL};
    const Hit *h = rate_within(run, frame, tables, cue->t1, to);
    for (guint q = 0; h != NULL && dating[q] != NULL; q++)
        if (tok_is(run, h->t1, dating[q]))
            h = NULL;
    for (guint q = 0; h != NULL && h->t0 > 0 && naming[q] != NULL; q++)
        if (tok_is(run, h->t0 - 1, naming[q]) || tok_is(run, h->t0, naming[q]))
            h = NULL;
    return h;
}

/* Does @rule claim a harm to men: killed, wounded, both, or captured (its
 * predicate)? Such a frame reads a toll, where a part of it or a few men
 * of a scene is no figure of its own (listed_part_of_toll(),
 * vague_few_harmed()). */
static gboolean
harm_frame(const CcRule *rule)
{
    static const char *const harms[] = {"troops_killed", "troops_wounded", "troops_casualties",
                                        "troops_captured"};
    for (guint i = 0; i < G_N_ELEMENTS(harms); i++)
        if (g_strcmp0(rule->predicate, harms[i]) == 0)
            return TRUE;
    return FALSE;
}

/* Is mention @m a vague count of a few and no more, under ten ("several
 * wounded men were dragged back", "a few")? In a frame of harm it tells of
 * a scene, no toll a source puts: "several hundred wounded", with its
 * magnitude, stays one, and so does a bound that caps it at a few ("no
 * more than a handful", from 0). */
static gboolean
vague_few_harmed(const CcRule *rule, const CcMention *m)
{
    return m->type == CC_CLAIM_QUANTITY && m->value.vague && m->value.has_high
           && m->value.high < 10 && m->value.has_low && m->value.low > 0 && harm_frame(rule);
}

/* Is mention @m (its first token @t0) a vague few, under ten, that
 * "including" or "includes" opens ("sent some 100 officers, *including
 * several generals*")? It names a handful of the things counted before
 * it, no figure a source puts, in any frame. */
static gboolean
vague_few_included(const CcFrameRun *run, const CcMention *m, guint t0)
{
    return m->type == CC_CLAIM_QUANTITY && m->value.vague && m->value.has_high
           && m->value.high < 10 && m->value.has_low && m->value.low > 0 && t0 > 0
           && (tok_is(run, t0 - 1, "including") || tok_is(run, t0 - 1, "includes")
               || tok_is(run, t0 - 1, "included"));
}

/* Is mention @self (tokens [@t0, @t1)) a part of a toll listed right
 * after it, by how or where its men fell: a comma, then the figure with a
 * preposition after it and no noun of its own, the toll's figure and its
 * noun (at most eight words) right before that comma, and another part
 * after "and" or a comma within eight words ("destroyed 13 North Korean
 * soldiers, *five* in a firefight and eight with drones")? The toll is
 * the claim; its parts count the same men again (docs/DESIGN.md, parts of
 * a toll). Only a frame of a harm (harm_frame()) reads it so: a part of a
 * force or a shipment is a batch of its own. */
static gboolean
listed_part_of_toll(const CcFrameRun *run, const CcRule *rule, const GArray *mentions,
                    guint self, guint t0, guint t1)
{
    static const Word how[] = {WORD("in"),     WORD("with"), WORD("by"), WORD("from"),
                               WORD("during"), WORD("near"), WORD("at"), WORD("on")};
    const CcMention *m = &g_array_index(mentions, CcMention, self);
    gboolean before = FALSE, after = FALSE;
    /* asked of every frame tried on every figure: the comma before the
     * figure first, which most lack, then the preposition after it, then
     * the frame's predicate */
    if (m->type != CC_CLAIM_QUANTITY || t0 < 3
        || g_array_index(run->toks, Tok, t0 - 1).kind != TOK_COMMA
        || !tok_in(run, t1, how, G_N_ELEMENTS(how)) || !harm_frame(rule))
        return FALSE;
    for (guint i = 0; i < mentions->len; i++) {
        const CcMention *o = &g_array_index(mentions, CcMention, i);
        if (i == self || o->type != m->type)
            continue;
        guint o0 = tok_at(run->toks, o->start), o1 = tok_at(run->toks, o->end - 1) + 1;
        if (o->end <= m->start && o1 + 1 < t0 && o1 + 9 >= t0) {
            gboolean words = TRUE;
            for (guint t = o1; t + 1 < t0 && words; t++)
                words = g_array_index(run->toks, Tok, t).kind == TOK_WORD;
            before = before || words;
        }
        if (o->start >= m->end && o0 > t1 && o0 <= t1 + 8
            && (tok_is(run, o0 - 1, "and") || g_array_index(run->toks, Tok, o0 - 1).kind == TOK_COMMA))
            after = TRUE;
    }
    return before && after;
}

static guint earlier_before(const CcFrameRun *run, guint t0, gboolean *far);

/* What mention @mi counts, for a figure that borrows it (a part from its
 * whole, a whole from its part): [*n0, *n1) and [*nc0, *nc1) become the
 * tokens of @mi's figure and of its clause, and its counted words are
 * attached there. */
static const Hit *
borrowed_counts(CcFrameRun *run, const CcFrame *f, const GArray *mentions, guint mi, guint *n0,
                guint *n1, guint *nc0, guint *nc1)
{
    const CcMention *b = &g_array_index(mentions, CcMention, mi);
    *n0 = tok_at(run->toks, b->start);
    *n1 = tok_at(run->toks, b->end - 1) + 1;
    clause_of(run, *n0, *n1, nc0, nc1);
    return attach_counts(run, f, mentions, mi, *n0, *n1, *nc0, *nc1);
}

/* Is the figure at @self an earlier estimate's, named so after another a
 * few words before it in its sentence ("casualties at about 3,000, more
 * than double its estimate of 1,100", "up from its previous figure of
 * 3,000")? restated() reads it with the frame of the figure before, so a
 * frame that counts nothing and follows an earlier claim leaves it to
 * that. */
static gboolean
earlier_estimate_of_figure_before(const CcFrameRun *run, const GArray *mentions, guint self)
{
    const CcMention *m = &g_array_index(mentions, CcMention, self);
    guint t0 = tok_at(run->toks, m->start);
    gboolean far = FALSE;
    if (t0 < 3 || !tok_is(run, t0 - 1, "of"))
        return FALSE;
    guint f = earlier_before(run, t0, &far);
    if (f == G_MAXUINT || f + 3 < t0 - 1)
        return FALSE;
    for (guint i = 0; i < mentions->len; i++) {
        const CcMention *o = &g_array_index(mentions, CcMention, i);
        if (i == self || o->type != CC_CLAIM_QUANTITY || o->end == 0 || o->end > m->start)
            continue;
        guint oe = tok_at(run->toks, o->end - 1) + 1;
        if (oe <= f && words_between(run->toks, oe, f) <= (far ? 16 : 8))
            return TRUE;
    }
    return FALSE;
}

static void
fill_frame(CcFrameRun *run, const CcRule *rule, const GArray *mentions, guint self, Fill *fill)
{
    const CcFrame *f = rule->frame;
    const CcMention *m = &g_array_index(mentions, CcMention, self);
    guint t0 = tok_at(run->toks, m->start), t1 = tok_at(run->toks, m->end - 1) + 1;
    if (m->share_of_earlier)
        t1 = MIN(t1 + 2, run->toks->len); /* "nearly half *of them*" */
    /* a share of a whole with no noun, for a frame that counts nothing:
     * its words run to the end of the whole ("nearly half *of the 11,000*
     * are now out of action") */
    if (f->headless && m->fraction_of != G_MAXUINT) {
        const CcMention *b = &g_array_index(mentions, CcMention, m->fraction_of);
        guint b0 = tok_at(run->toks, b->start);
        if (b0 >= t1 && b0 <= t1 + 4 && tok_is(run, t1, "of"))
            t1 = tok_at(run->toks, b->end - 1) + 1;
    }
    guint c0, c1;
    clause_of(run, t0, t1, &c0, &c1);
    guint date_c1 = c1; /* where a date's counted words end */
    memset(fill, 0, sizeof *fill);
    fill->counts_dist = FAR;
    fill->cue_dist = FAR;
    /* a figure at or over the frame's bound "below", or short of its
     * bound "from", is no claim of its kind, and is left to a frame that
     * may read it ("North Korea's 1.2 million soldiers" is the army's size,
     * no force sent); a figure reaches its upper bound, or its lower where
     * it has none */
    if ((f->below > 0 || f->from > 0) && m->type == CC_CLAIM_QUANTITY) {
        double reach = m->value.has_high ? m->value.high : m->value.has_low ? m->value.low : 0;
        if ((f->below > 0 && reach >= f->below) || (f->from > 0 && reach < f->from)) {
            fill->missing = "bound";
            return;
        }
    }
    if (m->fraction && m->fraction_of == G_MAXUINT && !m->share_of_earlier) {
        fill->missing = "counts"; /* a share of nothing named */
        return;
    }
    /* a share its own count restates after ", or" is one figure, the
     * count's ("About a quarter of those losses, or roughly 1,000 men,
     * were killed", "a third of the 12,000 troops sent, or about 4,000
     * men"): the share yields */
    if (m->type == CC_CLAIM_QUANTITY && m->fraction && share_restated(run, mentions, t1, c1)) {
        fill->missing = "restated";
        return;
    }
    if (f->product != (m->type == CC_CLAIM_QUANTITY && m->value.has_product)) {
        fill->missing = "counts"; /* a count of units times their size, or not */
        return;
    }
    /* A share counts what its figure counts, and is whose its figure is;
     * the cue is its own ("a quarter of the 12,000 troops … were killed"). */
    guint n0 = t0, n1 = t1, nself = self, nc0 = c0, nc1 = c1;
    guint own = G_MAXUINT; /* where a part's own predicate starts, after its whole */
    gboolean object_part = FALSE; /* a part that is the object of the cue before it */
    if (m->fraction_of != G_MAXUINT) {
        const CcMention *b = &g_array_index(mentions, CcMention, m->fraction_of);
        nself = m->fraction_of;
        n0 = tok_at(run->toks, b->start);
        n1 = tok_at(run->toks, b->end - 1) + 1;
        clause_of(run, n0, n1, &nc0, &nc1);
        c0 = MIN(c0, nc0);
        c1 = MAX(c1, nc1);
        /* a share whose own predicate tells the things failed is a rate of
         * failure, no part delivered or fired: "shipped roughly 4 million
         * rounds, but about a third of them *are duds*", "around 40% of
         * those *failed to explode*", "half of them *blew up in mid-air*" */
        if (m->type == CC_CLAIM_QUANTITY && m->fraction && b->end <= m->start
            && share_failed(run, t1, c1)) {
            fill->missing = "cue";
            return;
        }
    }

    /* "a week earlier than Seoul's estimate": a comparison, no date */
    if (m->type == CC_CLAIM_DATE && tok_is(run, t1, "than")) {
        fill->missing = "counts";
        return;
    }
    if (listed_part_of_toll(run, rule, mentions, self, t0, t1) || vague_few_harmed(rule, m)
        || vague_few_included(run, m, t0)) {
        fill->missing = "counts";
        return;
    }
    if (f->follows != NULL && !follows_met(run, f, t0)) {
        fill->missing = "follows";
        return;
    }
    if (f->follows != NULL && !f->follows_here)
        fill->follows_dist = follows_distance(run, f, t0);
    const CcFrameSlot *slot = &f->slot[CC_SLOT_COUNTS];
    if (f->headless) {
        /* a vague count "of which" ("…, several of which have hit
         * residential districts") tells of some of them, no count */
        if (!headless(run, f, t1, c1)
            || (m->value.vague && t1 + 1 < c1 && tok_is(run, t1, "of")
                && tok_is(run, t1 + 1, "which"))
            || (f->follows != NULL && !f->follows_here
                && earlier_estimate_of_figure_before(run, mentions, self))) {
            fill->missing = "counts";
            return;
        }
    } else if (slot->tables->len > 0 && m->type == CC_CLAIM_DATE) {
        /* a date names no head noun: what it dates is near it ("the treaty
         * took effect on 4 December"); a date inside a relative clause set
         * off by commas dates nothing after its closing comma ("The troops,
         * who began arriving in Russia in early October, are now …") */
        guint dc1 = c1;
        for (guint k = t0; k > c0 + 1; k--) {
            if (g_array_index(run->toks, Tok, k - 1).kind == TOK_COMMA)
                break;
            if ((tok_is(run, k - 1, "which") || tok_is(run, k - 1, "who"))
                && g_array_index(run->toks, Tok, k - 2).kind == TOK_COMMA) {
                for (guint u = t1; u < c1; u++)
                    if (g_array_index(run->toks, Tok, u).kind == TOK_COMMA) {
                        dc1 = u;
                        break;
                    }
                break;
            }
        }
        fill->counts = hit_near(run, slot->tables, t0, t1, c0, dc1, slot->before, slot->after);
        /* a verb that stands for the one before ("did so", "followed
         * suit", "did the same") takes what it dates from that verb's
         * clause, past a contrast ("Putin signed the ratification law on
         * Nov. 9, *while* Kim did so on Nov. 11") */
        if (fill->counts == NULL && anaphoric_verb(run, t0)) {
            guint k = c0;
            while (k > 0 && (tok_is(run, k - 1, "while") || tok_is(run, k - 1, "whereas")
                             || tok_is(run, k, "while") || tok_is(run, k, "whereas")
                             || g_array_index(run->toks, Tok, k - 1).kind == TOK_COMMA)
                   && k + 3 > c0)
                k--;
            if (k < c0 && k > 0) {
                guint pc0, pc1;
                clause_of(run, k - 1, k, &pc0, &pc1);
                fill->counts =
                    hit_near(run, slot->tables, t0, t1, pc0, dc1, slot->before, slot->after);
            }
        }
        date_c1 = dc1;
        if (fill->counts == NULL) {
            fill->missing = "counts";
            return;
        }
        fill->filled++;
    } else if (slot->tables->len > 0) {
        /* a part's own noun is after it: before it is its figure's clause */
        /* "… 3,800 North Koreans … out of the 12,000 who arrived": the
         * whole counts what its part counts, not the words before it */
        guint part = out_of_part(run, mentions, self);
        /* but not a whole its verb of sending follows at once, the force a
         * toll is told out of: "casualties now exceed 4,000, out of more
         * than 11,000 *sent*" */
        gboolean sent_whole = part != G_MAXUINT && t1 < run->toks->len
                              && (tok_is(run, t1, "sent") || tok_is(run, t1, "deployed")
                                  || tok_is(run, t1, "dispatched"));
        if (sent_whole)
            part = G_MAXUINT;
        /* "about 4,000 soldiers of the 11,000 North Korea sent": the whole
         * after "of" counts what its part names before it */
        if (part == G_MAXUINT && m->is_base)
            for (guint k = 0; k < mentions->len && part == G_MAXUINT; k++) {
                const CcMention *p = &g_array_index(mentions, CcMention, k);
                guint pe = tok_at(run->toks, p->end - 1) + 1;
                if (p->part_of == self && p->end <= m->start && pe < run->toks->len
                    && !tok_is(run, pe, "of") && g_array_index(run->toks, Tok, pe).kind == TOK_WORD)
                    part = k;
            }
        fill->counts = attach_counts(run, f, mentions, nself, n0, n1,
                                     m->part_of != G_MAXUINT || part != G_MAXUINT ? n0 : nc0,
                                     nc1);
        gboolean borrowed = FALSE;
        /* a figure a harm acts on, set before "and" or "or", another
         * harm and a figure of its own, shares the noun of that figure:
         * "killed 77 *and wounded* 40 North Korean soldiers" counts the
         * soldiers, not the "Ukrainian forces" that killed them */
        guint gapped_noun = harm_gapped_noun(run, mentions, self, t0, t1);
        if (gapped_noun != G_MAXUINT && (fill->counts == NULL || fill->counts->t1 <= t0)) {
            const CcMention *q = &g_array_index(mentions, CcMention, gapped_noun);
            guint q0 = tok_at(run->toks, q->start), q1 = tok_at(run->toks, q->end - 1) + 1;
            guint qc0, qc1;
            clause_of(run, q0, q1, &qc0, &qc1);
            const Hit *shared = attach_counts(run, f, mentions, gapped_noun, q0, q1, qc0, qc1);
            if (shared != NULL && shared->t0 >= q1) {
                fill->counts = shared;
                borrowed = TRUE;
            }
        }
        /* a figure right before "and" or "or" and another figure, with no
         * noun of its own, shares the noun right after that figure:
         * "shipped an estimated 2.8 million *and* 3.7 million shells to
         * Russia in 2023 and 2024, respectively" */
        if (fill->counts == NULL && m->type == CC_CLAIM_QUANTITY && t1 + 1 < run->toks->len
            && (tok_is(run, t1, "and") || tok_is(run, t1, "or")))
            for (guint k = 0; k < mentions->len; k++) {
                const CcMention *q = &g_array_index(mentions, CcMention, k);
                if (k == self || q->type != m->type || tok_at(run->toks, q->start) != t1 + 1)
                    continue;
                guint q0 = t1 + 1, q1 = tok_at(run->toks, q->end - 1) + 1;
                guint qc0, qc1;
                clause_of(run, q0, q1, &qc0, &qc1);
                const Hit *shared = attach_counts(run, f, mentions, k, q0, q1, qc0, qc1);
                if (shared != NULL && shared->t0 >= q1 && words_between(run->toks, q1, shared->t0) <= 2
                    && hit_starting(run, f->slot[CC_SLOT_CUE].tables, shared->t0) == NULL) {
                    fill->counts = shared;
                    borrowed = TRUE;
                }
                break;
            }
        /* an earlier estimate named after a figure of its sentence, with
         * no noun of its own after it, restates that figure ("lost about
         * 2,000 soldiers, up from an earlier estimate of 600"): the noun
         * before it is the figure's before, and restated() reads it with
         * that figure's frame */
        if (fill->counts != NULL && !borrowed && fill->counts->t1 <= t0
            && earlier_estimate_of_figure_before(run, mentions, self))
            fill->counts = NULL;
        if (fill->counts == NULL && part != G_MAXUINT) {
            borrowed = TRUE;
            fill->counts = borrowed_counts(run, f, mentions, part, &n0, &n1, &nc0, &nc1);
            /* what befell the part is no noun of the whole it is counted
             * out of: in "roughly 5,000 dead and injured out of some
             * 14,000 who served there" the 14,000 were not hurt, and in
             * "2,000 soldiers killed out of 13,000" they count soldiers,
             * not the killed */
            if (fill->counts != NULL && in_table(run, "harm_cues", fill->counts->t0))
                fill->counts = NULL;
        }
        if (fill->counts == NULL && m->part_of != G_MAXUINT) {
            borrowed = TRUE;
            /* "Of the 11,000 troops sent, about 2,600 were committed" */
            fill->counts = borrowed_counts(run, f, mentions, m->part_of, &n0, &n1, &nc0, &nc1);
        }
        /* a bare figure set inside the figure before it ("including",
         * "among them") counts what that figure counts: "the enemy's
         * losses since the invasion stand at about 812,600 personnel,
         * including 1,430 over the past day" */
        if (fill->counts == NULL && m->type == CC_CLAIM_QUANTITY && m->part_of == G_MAXUINT
            && subset_part(run, t0) && bare_part(run, t1)) {
            guint w = listed_whole(run, f, mentions, self, t0, nc0, nc1);
            if (w != G_MAXUINT) {
                borrowed = TRUE;
                fill->counts = borrowed_counts(run, f, mentions, w, &n0, &n1, &nc0, &nc1);
            }
        }
        /* and so do ranks set inside it whose noun this frame does not
         * count, a part of what it counts: "The force numbers about
         * 12,000, including 500 officers and three generals" */
        if (fill->counts == NULL && m->type == CC_CLAIM_QUANTITY && m->part_of == G_MAXUINT) {
            guint w = ranked_part_whole(run, f, mentions, self, t0, t1, nc0, nc1);
            if (w != G_MAXUINT) {
                borrowed = TRUE;
                fill->counts = borrowed_counts(run, f, mentions, w, &n0, &n1, &nc0, &nc1);
            }
        }
        /* a part before its whole says what its things were ("Two of
         * the five missiles … were North Korean"), or has a predicate of
         * its own after the whole, which this frame reads only where its
         * cue is there ("at least 1,000 of the 11,000 men North Korea
         * dispatched had been killed", but not "3 of the 10,000 troops
         * sent had deserted") */
        /* (a part that a verb of composition ties to a party before it
         * is the party's share of the whole, and whatever the whole is or
         * underwent, so is it: "North Korean soldiers *account for* some
         * 11,000 of the 50,000 troops in the Kursk region") */
        if (fill->counts != NULL && m->part_of != G_MAXUINT
            && g_array_index(mentions, CcMention, m->part_of).start > m->start
            && fill->counts->t0 >= t1 && composition_before(run, f, nc0, t0))
            own = fill->counts->t1;
        else if (fill->counts != NULL && m->part_of != G_MAXUINT
            && g_array_index(mentions, CcMention, m->part_of).start > m->start
            && copula_party(run, f, part_predicate(run, mentions, m, t1, nc1), nc1) == NULL) {
            const CcFrameSlot *cue = &f->slot[CC_SLOT_CUE];
            own = part_own_predicate(run, f, fill->counts->t1, nc1);
            /* a part that names its own noun before "of" has its
             * predicate after the whole and the whole's relative clause
             * ("about 4,000 soldiers of the 11,000 North Korea sent to
             * Kursk have been killed"), where that predicate is found */
            guint wend = tok_at(run->toks,
                                g_array_index(mentions, CcMention, m->part_of).end - 1) + 1;
            if (fill->counts->t1 < wend && cue->tables->len > 0) {
                guint after = part_own_predicate(run, f, wend, nc1);
                if (part_hit_near(run, cue->tables, after, nc1, cue->after) != NULL)
                    own = after;
            }
            if (cue->tables->len == 0
                || part_hit_near(run, cue->tables, own, nc1, cue->after) == NULL) {
                /* or the part is the object of the cue before it: "North
                 * Korea has sent (the first) 1,500 (soldiers) of a planned
                 * 12,000" */
                if (cue->tables->len == 0 || t0 <= nc0
                    || hit_near(run, cue->tables, t0, t0, nc0, t0, cue->before, 0) == NULL)
                    fill->counts = NULL;
                /* but a whole whose own participle or relative clause is
                 * this frame's too holds the part: "air defences
                 * intercepted five of the 12 North Korean missiles Russia
                 * *launched* overnight" fired 12, and the five among them */
                else if (hit_near(run, cue->tables, wend, wend, wend,
                                  part_own_predicate(run, f, wend, nc1), 0, cue->after)
                         != NULL)
                    fill->counts = NULL;
                else
                    object_part = TRUE;
                own = G_MAXUINT;
            }
        }
        /* so does a share before the figure it is taken of: "around half
         * of the roughly 50 North Korean missiles fired at Ukraine blew up
         * in mid-air" fired none of its own */
        if (fill->counts != NULL && m->fraction_of != G_MAXUINT
            && g_array_index(mentions, CcMention, m->fraction_of).start > m->start
            && fill->counts->t0 >= n1) {
            const CcFrameSlot *cue = &f->slot[CC_SLOT_CUE];
            guint p = part_own_predicate(run, f, fill->counts->t1, nc1);
            /* (not a share that is the object of a verb before it: "North
             * Korea supplies roughly half of the 3 million shells used
             * each year") */
            gboolean object = FALSE;
            for (guint i = 0; !object && i < cue->tables->len; i++) {
                const GArray *hits = dict_hits(run, cue->tables->pdata[i]);
                for (guint j = 0; !object && j < hits->len; j++) {
                    const Hit *h = &g_array_index(hits, Hit, j);
                    object = h->t0 >= c0 && h->t1 <= t0;
                }
            }
            if (!object && p < nc1 && g_array_index(run->toks, Tok, p).kind == TOK_WORD
                && p > fill->counts->t1 && cue->tables->len > 0
                && hit_near(run, cue->tables, p, p, p, nc1, 0, cue->after) == NULL) {
                fill->missing = "cue";
                return;
            }
            /* nor one whose whole's own predicate tells the things failed:
             * "roughly half of the approximately 50 North Korean missiles
             * *deviated from* their programmed trajectory" is a rate of
             * failure, the whole fired */
            if (!object && share_failed(run, fill->counts->t1, nc1)) {
                fill->missing = "cue";
                return;
            }
        }
        if (fill->counts == NULL) {
            fill->missing = "counts";
            return;
        }
        fill->filled++;
        const Hit *h = fill->counts;
        fill->counts_len = h->t1 - h->t0;
        fill->counts_dist = borrowed || m->fraction_of != G_MAXUINT ? FAR / 2
                            : h->t0 >= n1 ? words_between(run->toks, n1, h->t0)
                                          : words_between(run->toks, h->t1, n0);
    }
    /* Cues and vetoes belong to the nearest figure: they do not reach this
     * one across another ("of the 12,000 troops sent, about a quarter have
     * been killed"). */
    guint a = c0, b = c1, lead = t0;
    guint restated_share = G_MAXUINT; /* the start of a share the figure restates */
    gboolean a_fig = FALSE, b_fig = FALSE;
    guint unit_a = 0; /* the end of a unit's strength before the figure */
    for (guint i = 0; i < mentions->len; i++) {
        const CcMention *o = &g_array_index(mentions, CcMention, i);
        if (i == self || i == m->fraction_of || o->type != m->type || o->said_at != 0)
            continue; /* the day of a report is no figure of the claim's */
        /* an offset "two days after" before a clause of its own bounds no
         * other date's words: it dates that clause alone (offset_after()) */
        if (offset_after(run, o))
            continue;
        if (i == m->part_of && own != G_MAXUINT)
            continue; /* the whole stands between a part and its predicate */
        /* a sum of money no frame of a count claims takes no words of the
         * count's but its own verb, right before it, and the payer
         * between ("would *cost* Moscow about $260 million"), which end
         * the count's words as a clause's end does: "could earn
         * another $4 billion if it *delivers* a further 5 million
         * shells", "the roughly 7 million rounds North Korea has *shipped*
         * are worth about $7 billion" (a currency is the one canonical
         * unit in capitals) */
        if (m->type == CC_CLAIM_QUANTITY && money(&o->value) && !money(&m->value)) {
            guint ot = tok_at(run->toks, o->start);
            if (ot < t1)
                continue;
            guint k = ot;
            while (k > t1 + 1 && g_array_index(run->toks, Tok, k - 1).kind == TOK_WORD
                   && (g_ascii_isupper(run->text[g_array_index(run->toks, Tok, k - 1).start])
                       || tok_is_determiner(run, k - 1)))
                k--;
            if (k > t1 + 1 && g_array_index(run->toks, Tok, k - 1).kind == TOK_WORD)
                k--;
            if (k < b) {
                b = k;
                b_fig = FALSE;
            }
            continue;
        }
        /* "4,000 North Korean soldiers out of a total of 12,000 had been
         * killed": the whole after "out of" stands between the part and
         * its predicate too — where no cue of the frame stands up to the
         * whole ("at about 8,000 out of *a total of* 10,000": that is the
         * whole's) */
        if (o->is_base && m->type == CC_CLAIM_QUANTITY && o->start > m->end
            && out_of_part(run, mentions, i) == self) {
            guint oe = tok_at(run->toks, o->end - 1) + 1;
            gboolean cue_between = FALSE;
            for (guint k = t1; k < oe && !cue_between; k++)
                cue_between = hit_starting(run, f->slot[CC_SLOT_CUE].tables, k) != NULL;
            if (!cue_between)
                continue;
        }
        guint ot = tok_at(run->toks, o->start);
        if (ot >= t1 && in_subset_insertion(run, t1, c1, ot))
            continue;
        /* a unit's strength before the figure is no figure of the claim's
         * and keeps no verb from it: "A North Korean battalion of 500
         * *lost* 200 men" */
        if (m->type == CC_CLAIM_QUANTITY && ot < t0 && unit_strength_at(run, ot)) {
            unit_a = MAX(unit_a, tok_at(run->toks, o->end - 1) + 1);
            continue;
        }
        /* a lone "one" after "of" right after the counted noun names the
         * unit the men counted belong to, no figure of its own, and keeps
         * no verb from them: "12 soldiers of one platoon *died*" */
        if (m->type == CC_CLAIM_QUANTITY && fill->counts != NULL && fill->counts->t0 >= t1
            && ot == fill->counts->t1 + 1 && tok_is(run, fill->counts->t1, "of")
            && tok_is(run, ot, "one") && tok_at(run->toks, o->end - 1) == ot)
            continue;
        /* a figure set off by commas after "not", the one rejected, is an
         * aside the predicate reaches past: "about 600 North Korean
         * soldiers, *not 6,000*, have been killed" */
        if (ot >= t1 + 2 && tok_is(run, ot - 1, "not")
            && g_array_index(run->toks, Tok, ot - 2).kind == TOK_COMMA) {
            guint oe = tok_at(run->toks, o->end - 1) + 1;
            if (oe < run->toks->len && g_array_index(run->toks, Tok, oe).kind == TOK_COMMA)
                continue;
        }
        /* a count of formations the figure restates in men after ", or"
         * is no figure of its own: "has sent four *brigades*, or around
         * 12,000 soldiers" */
        if (m->type == CC_CLAIM_QUANTITY && ot < t0
            && formations_restated(run, tok_at(run->toks, o->end - 1) + 1, t0))
            continue;
        /* a share the figure restates after ", or" lends it the share's
         * verb, where the figure has none of its own ("lost up to 40% of
         * its personnel in Kursk, or roughly 4,000 people" is a toll;
         * share_restated()) */
        if (m->type == CC_CLAIM_QUANTITY && !m->fraction && o->fraction && ot < t0
            && restating_figure(run, mentions, tok_at(run->toks, o->end - 1) + 1, c1) == self)
            restated_share = ot;
        /* a part that a verb of composition ties to a whole after it
         * shares the whole's predicate: "About 11,000 North Korean
         * soldiers *are among* the 50,000 troops massed in Kursk" were
         * massed there too; the whole bounds none of its cues */
        if (m->type == CC_CLAIM_QUANTITY && fill->counts != NULL && fill->counts->t0 >= t1
            && ot >= fill->counts->t1 && composition_between(run, fill->counts->t1, ot))
            continue;
        /* figures listed together share their verb: "has sent roughly
         * 15,000 troops, 1,000 deminers and 5,000 military builders to
         * Russia" */
        /* …but a later one whose own noun is the cue ("About 300 North
         * Korean soldiers, and 2,700 *wounded*, were counted") keeps it
         * from a figure with a noun of its own; so does an earlier one,
         * its own noun the cue, before a figure with a noun of its own
         * ("of whom 31 *wounded*, 12 dead", "2,210 *wounded*, 417
         * killed"): the wound is the first figure's, no harm of the
         * second's */
        const Hit *own_cue = fill->counts != NULL && fill->counts->t0 >= t1
                                 ? hit_starting(run, f->slot[CC_SLOT_CUE].tables,
                                                tok_at(run->toks, o->end - 1) + 1)
                                 : NULL;
        gboolean cue_noun
            = own_cue != NULL
              && (ot >= t1
                  || (ot < t0 && own_cue->t1 < t0
                      && (g_array_index(run->toks, Tok, own_cue->t1).kind == TOK_COMMA
                          || tok_is(run, own_cue->t1, "and") || tok_is(run, own_cue->t1, "or"))));
        if (m->type == CC_CLAIM_QUANTITY && !cue_noun
            && (ot < t0 ? listed_chain(run, f, mentions, tok_at(run->toks, o->end - 1) + 1, t0)
                              && !own_clause(run, f, m, c1)
                        : listed(run, f, mentions, t1, ot) && !part_of_named(run, o)
                              && !own_clause(run, f, o, c1))) {
            if (ot < lead)
                lead = ot; /* a veto before the list reaches all of it */
            continue;
        }
        /* a share right after a cue or veto is that verb's object,
         * whatever it is a share of: "the North's 11,000 men have *lost
         * nearly half* their strength" tells the share's loss, not the
         * 11,000's; a figure whose own noun is this frame's cue keeps
         * it, whatever frame counts it ("417 killed and 96 *missing*") */
        if (unclaimed_noun(run, f, o) && !cue_noun
            && !(o->fraction && ot >= t1
                 && (hit_ending(run, f->slot[CC_SLOT_CUE].tables, ot)
                     || hit_ending(run, f->slot[CC_SLOT_VETO].tables, ot))))
            continue;
        /* a calibre before the figure or inside its noun phrase ("some
         * 1.5 million of them", "8 million 122mm and 152mm shells", the
         * counted noun itself: "2 million 152mm shells"); one after it
         * heads a phrase of its own ("most of them 152mm rounds for the
         * howitzers Russian gunners use") */
        if (calibre(run, mentions, i)
            && (ot < t0 || (fill->counts != NULL && ot < fill->counts->t1)))
            continue;
        /* a calibre right after a later figure is that figure's modifier,
         * which stands between the claim and its words or not on its own:
         * "About 2 million shells and 400,000 *122mm* rockets have gone to
         * Russia" (the list shares "gone") */
        if (ot >= t1 && calibre(run, mentions, i) && figure_ending_at(run, mentions, i, ot))
            continue;
        /* and one after the noun and "of", alone or listed with others,
         * is that noun's too: "some 5 million rounds of 152mm and 122mm
         * ammunition have been shipped", "4-5M rounds of 152mm and 122mm
         * delivered since autumn 2023" */
        if (fill->counts != NULL && ot > fill->counts->t1
            && calibre_tail(run, fill->counts->t1, ot))
            continue;
        if (m->type == CC_CLAIM_DATE) {
            guint oe = tok_at(run->toks, o->end - 1) + 1;
            /* a month that heads a year's review, its colon after it
             * ("APRIL: … has been retaken (April 26)"), yields to a date
             * of the entry that falls inside it: the entry's own day */
            if (ot >= t1 && t0 <= 1 && tok_is(run, t1, ":") && m->value.has_low
                && m->value.has_high && o->value.has_low && o->value.has_high
                && o->value.low >= m->value.low && o->value.high <= m->value.high
                && !(o->value.low == m->value.low && o->value.high == m->value.high)) {
                fill->missing = "restated";
                return;
            }
            /* a date restated in parentheses is one date, and the one in
             * the sentence takes the words ("North Korea on Monday (April
             * 28) confirmed that …"): the aside yields */
            if (ot < t0 && date_in_parens(run, oe, t0, t1)) {
                fill->missing = "restated";
                return;
            }
            if (ot >= t1 && date_in_parens(run, t1, ot, oe))
                continue;
            /* a date restated in apposition is one date: the later, the
             * restatement, takes the words of both; the earlier yields —
             * but to no comparison ("between 1 and 7 October, a week
             * earlier than Seoul's estimate") */
            if (ot < t0 && date_apposition(run, oe, t0) && !offset_after(run, m)) {
                /* but a date told from now yields to the written-out date
                 * it reminds of ("on 6 August 2024, two years ago today") */
                if (date_more_explicit(run, o, m)) {
                    fill->missing = "restated";
                    return;
                }
                continue;
            }
            if (ot >= t1 && date_apposition(run, t1, ot) && !tok_is(run, oe, "than")
                && !date_more_explicit(run, m, o) && !offset_after(run, o)) {
                fill->missing = "restated";
                return;
            }
            /* days joined by a bare "and" and told "respectively" share
             * their verb: "backed the pact on Oct. 24 and Nov. 6
             * respectively" dates both; months so joined are one span
             * ("sent in January and February") */
            if (one_day(&o->value) && one_day(&m->value)
                && ((ot < t0 && dates_listed(run, oe, t0, t1))
                    || (ot >= t1 && dates_listed(run, t1, ot, oe)))) {
                if (ot < lead)
                    lead = ot;
                continue;
            }
            /* the second of a gapped list shares the verb before the
             * first: "ratified the treaty on Oct. 24 and the Federation
             * Council on Nov. 6" dates both; so does a step of a fact
             * box's list ("Ratification: Duma 24 Oct, Federation Council 6
             * Nov") and the second step of a range ("from the Duma's vote
             * on Oct. 24 to Kim's decree on Nov. 11") */
            if (ot < t0
                && (dates_gapped(run, ot, oe, t0, t1) || dates_in_steps(run, ot, oe, t0, t1)
                    || dates_ranged(run, ot, oe, t0))) {
                if (ot < lead)
                    lead = ot;
                continue;
            }
            /* a date that dates a noun ("flown in after *the January*
             * pullback") bounds no other date's words */
            if (ot > c0 && tok_is_determiner(run, ot - 1) && attributive_noun(run, oe)
                && hit_starting(run, f->slot[CC_SLOT_COUNTS].tables, oe) == NULL
                && hit_starting(run, f->slot[CC_SLOT_CUE].tables, oe) == NULL)
                continue;
            /* nor does one a reduced relative clause ends right before
             * this date's "on" or "in": the clause tells of the object,
             * the verb before its noun dates this one ("*ratified* the
             * pact signed in June *on Oct. 24*") */
            if (ot < t0 && oe + 1 == t0 && (tok_is(run, oe, "on") || tok_is(run, oe, "in"))
                && reduced_relative_date(run, ot))
                continue;
        }
        if (ot < t0 && ot >= a) {
            a = tok_at(run->toks, o->end - 1) + 1;
            /* a date that closes its conjunct with ", and" claims no cue
             * after it ("backed the treaty on Oct. 24, and Pyongyang
             * *ratified* the pact two weeks later, on Nov. 11") */
            a_fig = !(m->type == CC_CLAIM_DATE && o->type == CC_CLAIM_DATE && a + 1 < t0
                      && g_array_index(run->toks, Tok, a).kind == TOK_COMMA
                      && tok_is(run, a + 1, "and"));
            /* nor does one a reduced relative clause ends, its verb before
             * it ("the treaty *signed in* June had been *ratified* by Putin
             * on November 9": reduced_relative_date()) */
            if (a_fig && m->type == CC_CLAIM_DATE && o->type == CC_CLAIM_DATE
                && (reduced_relative_date(run, ot) || date_closes_relative(run, ot, a, c0, c1)))
                a_fig = FALSE;
        } else if (ot >= t1 && ot < b) {
            b = ot;
            b_fig = TRUE;
        }
    }
    /* A date between a verb of saying and its "that" ("Pyongyang
     * acknowledged for the first time on Monday that its soldiers had
     * fought") is first the saying's: a cue of the clause after "that",
     * what was said, holds it only where no frame has a cue before it
     * ("Gerasimov reported on Saturday that the last village had been
     * retaken"). Not a cleft ("It was not until 28 April that …"), which
     * has no verb of saying before the date. */
    if (m->type == CC_CLAIM_DATE)
        keep_out_of_relative_clauses(run, t0, t1, c0, c1, &a, &a_fig, &b, &b_fig);
    /* and its own vetoes and parties are its whole clause's, the thing
     * the date before it tells of ("ratified the treaty with Iran on
     * Tuesday, three months after it was signed"), its cue the clause's
     * after it alone (below) */
    if (offset_after(run, m)) {
        a = c0, b = c1;
        a_fig = b_fig = FALSE;
    }
    gboolean said_that = FALSE, told_that = FALSE;
    if (m->type == CC_CLAIM_DATE && t1 < b && tok_is(run, t1, "that"))
        for (guint t = t0; t > c0 && t + 8 > t0 && !said_that; t--)
            said_that = in_table(run, "speech_words", t - 1);
    /* … or between the speaker and its verb, whose "that" follows ("Russia
     * on Monday acknowledged that …": reported_before()) */
    if (m->type == CC_CLAIM_DATE && m->said_at > t1)
        said_that = TRUE;
    /* A part of a figure ("Of the 4,000 who became casualties, around
     * 1,000 were killed") has its own predicate after it — or, when a
     * clause of its own opens after the comma that closes its whole, in
     * that clause before it ("Of its 15,000 fighters, the North has lost
     * roughly 4,700 men"). */
    if (m->part_of != G_MAXUINT && !object_part) {
        a = t0;
        a_fig = FALSE;
        const CcMention *whole = &g_array_index(mentions, CcMention, m->part_of);
        if (whole->end <= m->start)
            for (guint t = t0; t > tok_at(run->toks, whole->end - 1) + 1; t--)
                if (g_array_index(run->toks, Tok, t - 1).kind == TOK_COMMA) {
                    a = MAX(t, c0);
                    break;
                }
    }
    /* Words after the figure count from the end of its noun phrase; for a
     * part before its whole with a predicate of its own, from where that
     * predicate starts. */
    guint e1 = fill->counts && fill->counts->t0 >= t1 && fill->counts->t1 <= b ? fill->counts->t1
                                                                              : t1;
    if (own != G_MAXUINT)
        e1 = MIN(own, b);
    /* what follows a figure a share is taken of is the share's, but for a
     * relative clause of its own noun */
    guint base_after = m->is_base ? relative_clause(run, f, e1, c1) : 1;
    /* a base "of them" points back at from a later clause reads its own
     * clause up to there, before and after, as any figure does */
    gboolean own_clause = m->is_base && m->base_clause_end > 0 && m->base_clause_end >= e1;
    if (own_clause)
        base_after = words_between(run->toks, e1, m->base_clause_end);
    /* the whole a fronted "Of …" phrase names ("Of the 24 KN-23s fired so
     * far, none struck its intended target"): the predicate after the
     * phrase's comma is the part's, and vetoes nothing of the whole */
    guint used_after = 0; /* the token after "by" of a participle cleared below */
    guint vb = b;
    gboolean vb_fig = b_fig;
    if (m->type == CC_CLAIM_QUANTITY && tok_is(run, c0, "of")) {
        guint k = c0;
        while (k < b && g_array_index(run->toks, Tok, k).kind != TOK_COMMA)
            k++;
        if (k >= t1 && k < b) {
            vb = k;
            vb_fig = FALSE;
        }
    }
    /* a phrase opened by ", with" that holds the figure says its own
     * thing: the words before it forbid nothing there ("has taken heavy
     * losses, *with* some 4,000 men killed or wounded") */
    guint va = a;
    gboolean va_fig = a_fig;
    /* (the unit's strength still bounds what forbids the figure: "a
     * battalion of 500 lost 200 men" is no unit's strength of 200) */
    if (unit_a > va && unit_a <= t0) {
        va = unit_a;
        va_fig = TRUE;
    }
    for (guint k = a + 1; k < lead; k++)
        if (g_array_index(run->toks, Tok, k - 1).kind == TOK_COMMA && tok_is(run, k, "with")) {
            va = k + 1;
            va_fig = FALSE;
        }
    /* each veto line with its own reach: the first that stands forbids */
    for (guint vi = 0; vi < f->vetoes->len; vi++) {
        slot = &g_array_index(f->vetoes, CcFrameSlot, vi);
        fill->veto = hit_owned(run, slot->tables, lead, t1, e1, va, va_fig, vb, vb_fig,
                               m->is_base && !own_clause ? 0 : slot->before,
                               m->is_base ? MIN(slot->after, base_after) : slot->after);
        /* a verb of loss (`loss_verbs`, on a veto line of its own) that
         * opens a list of counts of different things reaches the last
         * item, its reach counted from the first: "the enemy *lost* 1,210
         * personnel, 9 tanks and 31 artillery systems" lost the guns */
        if (fill->veto == NULL && m->type == CC_CLAIM_QUANTITY && slot->tables->len == 1
            && g_str_equal(slot->tables->pdata[0], "loss_verbs")) {
            guint first = counted_list_start(run, mentions, self, t0);
            if (first < t0)
                fill->veto = hit_owned(run, slot->tables, first, first, first, c0, FALSE, first,
                                       FALSE, slot->before, 0);
            /* and a figure a rise in brackets follows is a running tally
             * of losses, the day's added in the brackets: "artillery
             * systems – 23,522 (+42)" lost the guns */
            if (fill->veto == NULL && tally_rise(run, m->end, &run->tally_rise))
                fill->veto = &run->tally_rise;
        }
        /* (nor vetoes by it: the part's verb says nothing of the whole) */
        if (fill->veto != NULL && m->is_base && !own_clause && e1 < c1
            && fill->veto->t0 == finite_past_at(run, e1))
            fill->veto = NULL;
        /* a line read only before the figure, some words back (the
         * sentence's topic: a unit, a war long past), still reaches a
         * whole from a share of it right before it, the share's words
         * being the whole's too: "The unit lost about half of its 120
         * men" counts the unit's men */
        if (fill->veto == NULL && m->is_base && !own_clause && slot->after == 0
            && slot->before > 1) {
            guint s0 = share_before_base(run, mentions, self, t0);
            if (s0 != G_MAXUINT) {
                /* (no further back than a figure before the share) */
                guint lo = c0;
                for (guint i = 0; i < mentions->len; i++) {
                    const CcMention *o = &g_array_index(mentions, CcMention, i);
                    if (i == self || o->end == o->start)
                        continue;
                    guint oe = tok_at(run->toks, o->end - 1) + 1;
                    if (oe <= s0 && oe > lo)
                        lo = oe;
                }
                fill->veto = hit_owned(run, slot->tables, s0, s0, s0, lo, FALSE, s0, FALSE,
                                       slot->before, 0);
            }
        }
        if (fill->veto == NULL && m->type == CC_CLAIM_DATE && va > c0)
            fill->veto =
                veto_before_aside(run, mentions, self, slot->tables, c0, va, lead, slot->before);
        /* a veto before "among" and the figure is said of some of them, as
         * a cue there is: "*losses* among its 11,000 troops" leaves the
         * 11,000 the force they are counted among */
        for (guint k = fill->veto != NULL && fill->veto->t1 <= t0 ? fill->veto->t1 : t0;
             fill->veto != NULL && k < t0; k++)
            if (tok_is(run, k, "among") || tok_is(run, k, "amongst"))
                fill->veto = NULL;
        /* a veto in a speaker's words before or after its verb of saying
         * describes the speaker, as a cue there does (speaker_cue()): "The
         * *wounded* soldier told reporters that some 3,000 North Korean
         * troops were in Kursk" */
        if (fill->veto != NULL && m->type == CC_CLAIM_QUANTITY
            && speaker_cue(run, fill->veto, t0, t1))
            fill->veto = NULL;
        /* a veto after "those" or "ones" is said of other things ("shells
         * like *those used* by Russian gunners"), and so is one after
         * "the", after the figure ("5,000 more troops to replace *the
         * dead* and wounded") */
        if (fill->veto != NULL && fill->veto->t0 > 0
            && (tok_is(run, fill->veto->t0 - 1, "those")
                || tok_is(run, fill->veto->t0 - 1, "ones")
                || (m->type == CC_CLAIM_QUANTITY && fill->veto->t0 > t1
                    && others_named(run, fill->veto->t0, FALSE))
                || (m->type == CC_CLAIM_QUANTITY && replaced_named(run, fill->veto->t0))))
            fill->veto = NULL;
        /* and one in a relative clause of "those" after the figure, its
         * subject between ("shells similar to *those Putin used*", "those
         * the Russian army fires") */
        for (guint t = fill->veto != NULL && fill->veto->t0 > t1 ? fill->veto->t0 - 1 : 0;
             fill->veto != NULL && t > t1 && t + 4 >= fill->veto->t0; t--) {
            if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
                break;
            if (t + 1 < fill->veto->t0 && (tok_is(run, t, "those") || tok_is(run, t, "ones")))
                fill->veto = NULL;
        }
        /* an offset a date restates after a comma tells when the event
         * came, not that it came after the date: "ratified it *weeks
         * later*, on Nov. 11" */
        if (fill->veto != NULL && m->type == CC_CLAIM_DATE && fill->veto->t1 <= t0
            && fill->veto->t1 >= 1
            && (tok_is(run, fill->veto->t1 - 1, "later")
                || tok_is(run, fill->veto->t1 - 1, "earlier"))
            && g_array_index(run->toks, Tok, fill->veto->t1).kind == TOK_COMMA
            && (fill->veto->t1 + 1 == t0
                || (fill->veto->t1 + 2 == t0
                    && (tok_is(run, t0 - 1, "on") || tok_is(run, t0 - 1, "in")))))
            fill->veto = NULL;
        /* a part stopped by air defences (`intercepted_part_words`) is
         * one only right after a figure with no noun of its own ("of which
         * roughly 50 *were intercepted*"); after the figure's own noun it
         * says what befell the things counted ("Two North Korean KN-23
         * missiles *were shot down*") */
        if (fill->veto != NULL && m->type == CC_CLAIM_QUANTITY && fill->counts != NULL
            && fill->counts->t0 >= t1 && fill->veto->t0 >= fill->counts->t1
            && in_table(run, "intercepted_part_words", fill->veto->t0))
            fill->veto = NULL;
        /* nor one after the figure that says what the things are for,
         * after "to be" or "for" ("1 million shells *to be used* against
         * Ukraine", "missiles *for use* in the war"): a purpose, not a
         * deed */
        if (fill->veto != NULL && fill->veto->t0 > t1 && fill->veto->t0 >= 2
            && ((tok_is(run, fill->veto->t0 - 2, "to") && tok_is(run, fill->veto->t0 - 1, "be"))
                || tok_is(run, fill->veto->t0 - 1, "for")))
            fill->veto = NULL;
        /* nor, for a share, one of its base's participle or relative
         * clause ("half of the 3 million shells *used* annually by Russia
         * are supplied by Pyongyang"): what the base's things undergo —
         * but for a harm listed before a cue of the frame, a comma, "and"
         * or "or" between, the headline's predicate of the share ("A
         * third of the 11,000-strong force *killed*, wounded in Kursk"
         * is no count of the wounded alone) */
        if (fill->veto != NULL && m->fraction_of != G_MAXUINT && fill->counts != NULL
            && fill->veto->t0 >= n0
            && fill->veto->t0 < fill->counts->t1 + relative_clause(run, f, fill->counts->t1, c1)
            && !(fill->veto->t1 + 1 < c1
                 && (g_array_index(run->toks, Tok, fill->veto->t1).kind == TOK_COMMA
                     || tok_is(run, fill->veto->t1, "and") || tok_is(run, fill->veto->t1, "or"))
                 && hit_starting(run, f->slot[CC_SLOT_CUE].tables, fill->veto->t1 + 1) != NULL))
            fill->veto = NULL;
        /* nor one of the relative clause of a share's base before a
         * figure set after it by a comma: "North Korea has shipped roughly
         * half the shells Russia *fired* in 2024, about 5 million rounds"
         * (what Russia did with the whole, not with the count) */
        if (fill->veto != NULL && m->type == CC_CLAIM_QUANTITY && fill->veto->t1 <= t0
            && share_base_clause(run, f, fill->veto->t0, t0))
            fill->veto = NULL;
        /* nor one after a "than" that follows the figure and its noun:
         * what the figure is set beside is another thing, with its own
         * war and years ("about 250 ballistic missiles, more than it sold
         * abroad *in the 1980s*") */
        if (fill->veto != NULL && m->type == CC_CLAIM_QUANTITY && fill->veto->t0 > e1)
            for (guint k = e1; k < fill->veto->t0; k++)
                if (tok_is(run, k, "than")) {
                    fill->veto = NULL;
                    break;
                }
        /* nor one a verb of likening opens, with no punctuation and no
         * figure of this claim between: the history the figure is likened
         * to ("several hundred … killed or wounded, a toll that *recalls*
         * the human-wave assaults *of the Korean War*"; "Victor Cha, who
         * *compares* the deployment to China's intervention *in 1950*,
         * puts North Korean casualties at about 4,000") */
        if (fill->veto != NULL && m->type == CC_CLAIM_QUANTITY) {
            static const Word liken[] = {
                WORD("recalls"),   WORD("recalling"), WORD("recall"),  WORD("echoes"),
                WORD("echoing"),   WORD("echo"),      WORD("evokes"),  WORD("evoking"),
                WORD("evoke"),     WORD("reminiscent"), WORD("likens"), WORD("likened"),
                WORD("liken"),     WORD("likening"),  WORD("compares"), WORD("compared"),
                WORD("compare"),   WORD("comparing")};
            guint v0 = fill->veto->t0;
            for (guint k = v0; k > 0 && k + 10 >= v0; k--) {
                if (g_array_index(run->toks, Tok, k - 1).kind != TOK_WORD)
                    break;
                if (k - 1 < t0 && t0 < v0)
                    break;
                if (tok_in(run, k - 1, liken, G_N_ELEMENTS(liken))) {
                    fill->veto = NULL;
                    break;
                }
            }
        }
        /* nor one that says what the things pass for: "sent to Russia
         * *disguised as* construction workers" are troops still */
        if (fill->veto != NULL) {
            /* the "as", the veto's first word or the one before it */
            guint v0 = fill->veto->t0;
            guint as = tok_is(run, v0, "as")                  ? v0
                       : v0 >= 1 && tok_is(run, v0 - 1, "as") ? v0 - 1
                                                              : G_MAXUINT;
            if (as != G_MAXUINT && as >= 1
                && (tok_is(run, as - 1, "disguised") || tok_is(run, as - 1, "posing")
                    || tok_is(run, as - 1, "masquerading") || tok_is(run, as - 1, "dressed")
                    || tok_is(run, as - 1, "passed") || tok_is(run, as - 1, "passing")))
                fill->veto = NULL;
        }
        /* nor "captured" with a camera's words before it in the clause:
         * what footage "captured" it filmed ("A video filmed at a rail yard
         * and verified by analysts *captured* nine Koksan howitzers") */
        if (fill->veto != NULL && filmed_capture(run, fill->veto->t0, c0))
            fill->veto = NULL;
        /* a veto word inside a noun the frame counts is part of its name:
         * "120 multiple *launch* rocket systems", and so in the noun of a
         * figure listed after this one */
        if (fill->veto != NULL && inside_counted(run, f, fill->veto))
            fill->veto = NULL;
        /* nor a participle right after the counted noun whose agent
         * follows ("4.8 million artillery shells *used* by the Russian
         * army"), when a cue of the frame stands before the figure ("may
         * contain"): it tells what became of the things after, not what
         * the clause says of them; the agent is then no source either */
        if (fill->veto != NULL && m->type == CC_CLAIM_QUANTITY && fill->counts != NULL
            && fill->counts->t0 >= t1 && fill->veto->t0 == fill->counts->t1
            && tok_is(run, fill->veto->t1, "by")
            && f->slot[CC_SLOT_CUE].tables->len > 0) {
            /* the users are the receivers the claim names ("the Russian
             * army"), not others ("used by Ukrainian gunners") */
            guint u = fill->veto->t1 + 1;
            if (tok_is_determiner(run, u))
                u++;
            const Hit *user = f->slot[CC_SLOT_SUBJECT].tables->len > 0
                                  ? hit_starting(run, f->slot[CC_SLOT_SUBJECT].tables, u)
                                  : NULL;
            g_autofree char *who = user != NULL ? entity_of(run, run->text, user) : NULL;
            gboolean receivers = who != NULL && rule->object != NULL && g_strcmp0(who, rule->object) == 0;
            for (guint k = a; k < t0 && fill->veto != NULL && receivers; k++) {
                const Hit *c = hit_starting(run, f->slot[CC_SLOT_CUE].tables, k);
                if (c != NULL && c->t1 <= t0) {
                    used_after = fill->veto->t1 + 1;
                    fill->veto = NULL;
                }
            }
        }
        /* nor a word of use that only says what is done with things a cue
         * of the frame before the figure sent or holds (use_described_after():
         * "which could hold roughly 4 million artillery shells *used on the
         * front*", "has sent 5 million rounds to Moscow, *which Russian
         * gunners use*"); a veto word before that description still
         * forbids */
        if (fill->veto != NULL && m->type == CC_CLAIM_QUANTITY && fill->counts != NULL
            && fill->counts->t0 >= t1 && fill->veto->t0 >= fill->counts->t1
            && f->slot[CC_SLOT_CUE].tables->len > 0) {
            guint from = use_described_after(run, fill->counts->t1, fill->veto);
            gboolean cued = FALSE;
            for (guint k = a; from != G_MAXUINT && k < t0 && !cued; k++) {
                const Hit *c = hit_starting(run, f->slot[CC_SLOT_CUE].tables, k);
                cued = c != NULL && c->t1 <= t0;
            }
            if (cued)
                fill->veto = hit_owned(run, slot->tables, lead, t1, e1, va, va_fig, from, FALSE,
                                       m->is_base && !own_clause ? 0 : slot->before,
                                       m->is_base ? MIN(slot->after, base_after) : slot->after);
        }
        /* nor one that tells a kind of thing ("the equivalent of 1.6
         * million shells *of the type Russia has used*"): "the type",
         * "the kind" or "the sort" up to four words before it */
        for (guint t = fill->veto != NULL ? fill->veto->t0 : 0;
             fill->veto != NULL && t > 1 && t + 4 >= fill->veto->t0; t--) {
            if (g_array_index(run->toks, Tok, t - 1).kind != TOK_WORD)
                break;
            if ((tok_is(run, t - 1, "type") || tok_is(run, t - 1, "kind")
                 || tok_is(run, t - 1, "sort"))
                && tok_is(run, t - 2, "the"))
                fill->veto = NULL;
        }
        /* harm told without a figure ("have suffered heavy losses", a
         * phrase of `unquantified_harm`) forbids no claim but one whose
         * veto is that phrase itself */
        if (fill->veto != NULL && dict_of(run, "unquantified_harm") != NULL) {
            const GArray *uh = dict_hits(run, "unquantified_harm");
            for (guint i = 0; i < uh->len; i++) {
                const Hit *u = &g_array_index(uh, Hit, i);
                if (u->t0 <= fill->veto->t0 && fill->veto->t1 <= u->t1
                    && (u->t0 < fill->veto->t0 || fill->veto->t1 < u->t1)) {
                    fill->veto = NULL;
                    break;
                }
                /* nor the phrase itself before a colon or a dash that
                 * opens its detail, the figure after it: "suffered heavy
                 * losses near Kurilovka *--* about 50 soldiers were
                 * killed or wounded" (a semicolon already parts them) */
                if (u->t0 <= fill->veto->t0 && fill->veto->t1 <= u->t1 && u->t1 <= t0
                    && detail_break_between(run, u->t1, t0)) {
                    fill->veto = NULL;
                    break;
                }
            }
        }
        /* a veto after a date and a span of time "before" or "after" is
         * another event's: "first spotted on Russian soil in early
         * October, *weeks before* Moscow *admitted* their presence" */
        if (fill->veto != NULL && m->type == CC_CLAIM_DATE && fill->veto->t0 >= t1
            && offset_between(run, fronted_told_from(run, t0, t1, fill->veto->t0),
                              fill->veto->t0))
            fill->veto = NULL;
        /* nor one after the ", and" that closes the date's conjunct: "was
         * signed in Pyongyang on June 19, 2024, and *ratified* by both
         * sides that autumn" keeps its signing */
        if (fill->veto != NULL && m->type == CC_CLAIM_DATE && fill->veto->t0 > t1 + 1
            && g_array_index(run->toks, Tok, t1).kind == TOK_COMMA && tok_is(run, t1 + 1, "and"))
            fill->veto = NULL;
        /* a cue inside the figure's own noun phrase says what befell
         * those it counts, whatever the clause says of them after ("to
         * exchange its two *captured* North Korean soldiers" counts the
         * captured, though a swap stands by); a date has no noun phrase
         * of its own, and a veto in its clause stands ("reported on Monday
         * that its troops had taken part in the *liberation* of Kursk") */
        if (fill->veto != NULL && m->type == CC_CLAIM_QUANTITY && fill->counts != NULL
            && fill->counts->t0 > t1 && f->slot[CC_SLOT_CUE].tables->len > 0)
            for (guint k = t1; k < fill->counts->t0 && fill->veto != NULL; k++)
                /* (not a verb joined by "and" or "or", which opens a
                 * conjunct of its own: "killed 77 *and wounded* 40 North
                 * Korean soldiers") */
                if (hit_starting(run, f->slot[CC_SLOT_CUE].tables, k) != NULL
                    && !tok_is(run, k, "and") && !tok_is(run, k, "or"))
                    fill->veto = NULL;
        /* a part set inside a whole ("including", "among them") shares
         * the whole's predicate, and so a veto of it: "roughly 200 had
         * been *killed* near Kursk, including several officers" sent no
         * officers */
        if (fill->veto == NULL && m->type == CC_CLAIM_QUANTITY && subset_part(run, t0)) {
            guint w = listed_whole(run, f, mentions, self, t0, c0, c1);
            if (w != G_MAXUINT) {
                const CcMention *whole = &g_array_index(mentions, CcMention, w);
                guint b0 = tok_at(run->toks, whole->start);
                guint b1 = tok_at(run->toks, whole->end - 1) + 1;
                guint bc0, bc1;
                clause_of(run, b0, b1, &bc0, &bc1);
                fill->veto = hit_owned(run, slot->tables, b0, b1, b1, bc0, FALSE, t0, FALSE,
                                       slot->before, slot->after);
                /* (but a part that names whose men it counts is none of
                 * the many countries' men the whole counts together,
                 * `foreigner_nouns`: "foreign prisoners from 17 countries,
                 * among them two *North Koreans*") */
                if (fill->veto != NULL && in_table(run, "foreigner_nouns", fill->veto->t0)
                    && names_own_party(run, t1, fill->counts))
                    fill->veto = NULL;
            }
        }
        /* another war or a year long past named in a whole and what it
         * says of itself before its part is the whole's time and the
         * part's: "Out of the 31 commandos who raided Seoul *in 1968*,
         * only one was captured alive" is no force and no capture of
         * this war's */
        if (fill->veto == NULL && (slot->readings & CC_VETO_OTHER_WARS)
            && m->type == CC_CLAIM_QUANTITY) {
            guint w0 = G_MAXUINT, w1 = 0;
            if (m->part_of != G_MAXUINT) {
                const CcMention *whole = &g_array_index(mentions, CcMention, m->part_of);
                if (whole->end <= m->start) {
                    w0 = tok_at(run->toks, whole->start);
                    w1 = t0;
                }
            }
            if (w0 == G_MAXUINT) {
                for (guint i = 0; i < mentions->len; i++) {
                    const CcMention *o = &g_array_index(mentions, CcMention, i);
                    if (i != self && o->part_of == self && o->start >= m->end
                        && tok_at(run->toks, o->start) > w1) {
                        w0 = t0;
                        w1 = tok_at(run->toks, o->start);
                    }
                }
                /* a whole a fronted "Of the …" or "Out of the …" names,
                 * up to its comma */
                if (w0 == G_MAXUINT && t0 <= c0 + 3
                    && (tok_is(run, c0, "of") || tok_is(run, c0, "out"))) {
                    guint k = t1;
                    while (k < c1 && g_array_index(run->toks, Tok, k).kind != TOK_COMMA)
                        k++;
                    if (k < c1) {
                        w0 = t0;
                        w1 = k;
                    }
                }
            }
            for (guint i = 0; w0 != G_MAXUINT && i < slot->tables->len && !fill->veto; i++) {
                if (!g_str_equal(slot->tables->pdata[i], "other_wars"))
                    continue;
                const GArray *hits = dict_hits(run, slot->tables->pdata[i]);
                for (guint j = 0; j < hits->len && !fill->veto; j++) {
                    const Hit *h = &g_array_index(hits, Hit, j);
                    if (h->t0 >= w0 && h->t1 <= w1 && h->t0 >= c0)
                        fill->veto = h;
                }
            }
        }
        /* a bare figure before the counted things bounds a tally as
         * "about" or "at least" does (`tally_bounds`): "has fired 20 North
         * Korean missiles at Ukraine since Dec. 30" counts since a day, no
         * first use on it */
        for (guint i = 0; fill->veto == NULL && (slot->readings & CC_VETO_TALLY_BOUNDS)
                          && m->type == CC_CLAIM_DATE && fill->counts != NULL
                          && fill->counts->t0 < t0 && i < slot->tables->len;
             i++) {
            if (!g_str_equal(slot->tables->pdata[i], "tally_bounds"))
                continue;
            for (guint k = fill->counts->t0; k > 0 && k + 4 > fill->counts->t0; k--) {
                const Tok *w = &g_array_index(run->toks, Tok, k - 1);
                if (w->kind != TOK_WORD)
                    break;
                if (g_ascii_isdigit(run->text[w->start]) || count_word(run, k - 1)) {
                    fill->veto = fill->counts;
                    break;
                }
            }
        }
        /* a toll a part of which names civilians past the figure's clause
         * ("A strike killed 3 and 87 were injured, 6 of them children"):
         * a veto line that lists `civilian_part_words` reads on after the
         * figure, past commas and "and", to a break or the line's `after`
         * words; the whole and the dead told with it are civilians too */
        for (guint pv = 0; fill->veto == NULL
                           && (f->slot[CC_SLOT_VETO].readings & CC_VETO_CIVILIAN_PART_WORDS)
                           && m->type == CC_CLAIM_QUANTITY && pv < f->vetoes->len;
             pv++)
            fill->veto = civilian_part_after(run, &g_array_index(f->vetoes, CcFrameSlot, pv), t1);
        /* a harm after a figure glued to "-strong" befell the force the
         * figure measures, some of it, and counts none of it: "The
         * 11,000-strong North Korean contingent has lost a great many
         * men" states the force (a word of `harm_cues`) */
        if (fill->veto != NULL && m->type == CC_CLAIM_QUANTITY && fill->veto->t0 >= t1
            && glued_strong(run->text, run->len, m->end)
            && in_table(run, "harm_cues", fill->veto->t0))
            fill->veto = NULL;
        /* a figure glued to "-strong" ("the 11,000-strong force has lost
         * many men") is a force's size, as one "strong" follows apart
         * ("some 2,000 strong"): a veto line that lists `strength_words`
         * forbids it, the figure's own word its hit */
        for (guint i = 0; fill->veto == NULL && (slot->readings & CC_VETO_STRENGTH_WORDS)
                          && m->type == CC_CLAIM_QUANTITY
                          && glued_strong(run->text, run->len, m->end) && i < slot->tables->len;
             i++) {
            if (!g_str_equal(slot->tables->pdata[i], "strength_words"))
                continue;
            guint g = tok_at(run->toks, m->end - 1);
            const Tok *w = &g_array_index(run->toks, Tok, g);
            run->glued_strength = (Hit){g, g + 1, w->start, w->end};
            fill->veto = &run->glued_strength;
        }
        /* a rate told as one in so many, the figure its second term ("one
         * in five North Korean shells", "one out of every four missiles"):
         * a veto line that lists `one_in_words` forbids the figure right
         * after it, though the words lie between two figures and so would
         * be the first's */
        for (guint i = 0; fill->veto == NULL && (slot->readings & CC_VETO_ONE_IN_WORDS)
                          && m->type == CC_CLAIM_QUANTITY && t0 > 0 && i < slot->tables->len;
             i++) {
            if (!g_str_equal(slot->tables->pdata[i], "one_in_words"))
                continue;
            const GArray *hits = dict_hits(run, slot->tables->pdata[i]);
            for (guint j = 0; j < hits->len && fill->veto == NULL; j++) {
                const Hit *h = &g_array_index(hits, Hit, j);
                if (h->t1 == t0)
                    fill->veto = h;
            }
        }
        /* a part that air defences stopped, its verb right before it and
         * "of them" (those, these) after it, points back at the whole told
         * before ("faced 31 North Korean missiles and *shot down* 19 of
         * them"): a veto line that lists `intercepted_part_words` forbids
         * it, as it forbids "of which 19 were shot down", the verb its hit */
        for (guint i = 0; fill->veto == NULL && (slot->readings & CC_VETO_INTERCEPTED_PART_WORDS)
                          && m->type == CC_CLAIM_QUANTITY
                          && t1 + 1 < run->toks->len && tok_is(run, t1, "of")
                          && (tok_is(run, t1 + 1, "them") || tok_is(run, t1 + 1, "those")
                              || tok_is(run, t1 + 1, "these"))
                          && i < slot->tables->len;
             i++) {
            if (!g_str_equal(slot->tables->pdata[i], "intercepted_part_words"))
                continue;
            static const Word stop_verbs[] = {
                WORD("down"),      WORD("intercepted"), WORD("intercept"),  WORD("downed"),
                WORD("destroyed"), WORD("neutralised"), WORD("neutralized"), WORD("stopped")};
            for (guint k = t0; k > 0 && k + 3 > t0; k--) {
                const Tok *w = &g_array_index(run->toks, Tok, k - 1);
                if (w->kind != TOK_WORD)
                    break;
                if (tok_in(run, k - 1, stop_verbs, G_N_ELEMENTS(stop_verbs))) {
                    run->stopped_part = (Hit){k - 1, k, w->start, w->end};
                    fill->veto = &run->stopped_part;
                    break;
                }
            }
        }
        /* a figure with a harm for its noun right after it ("11 injured"),
         * listed after a count of civilians in its clause ("Four civilians
         * were killed and 11 injured"), counts civilians too, though the
         * civilians' word is the nearer figure's: a veto line that lists
         * `civilian_words` forbids it, that word its hit */
        for (guint i = 0; fill->veto == NULL && (slot->readings & CC_VETO_CIVILIAN_WORDS)
                          && m->type == CC_CLAIM_QUANTITY
                          && fill->counts != NULL && fill->counts->t0 == t1
                          && i < slot->tables->len;
             i++) {
            if (!g_str_equal(slot->tables->pdata[i], "civilian_words"))
                continue;
            const GArray *hits = dict_hits(run, slot->tables->pdata[i]);
            for (guint j = 0; j < hits->len && fill->veto == NULL; j++) {
                const Hit *h = &g_array_index(hits, Hit, j);
                if (h->t1 > t0 || h->t1 + 6 < t0 || h->t0 < c0 || h->t0 == 0)
                    continue;
                const Tok *n = &g_array_index(run->toks, Tok, h->t0 - 1);
                if (!count_word(run, h->t0 - 1) && !g_ascii_isdigit(run->text[n->start]))
                    continue;
                if (list_joined(run, h->t1, t0))
                    fill->veto = h;
            }
        }
        /* a line's `unless` words in the figure's clause, the figure's
         * own and not a nearer figure's, void it: "some 3,000 soldiers
         * building walls along the DMZ" is a force at home, "the 2,500
         * troops deployed to Kursk came from units along the DMZ" the
         * force sent, and "the JCS, which tracks some 12,000 guns near
         * the border, said 3,000 more soldiers had been sent to Russia"
         * leaves the guns at home */
        if (fill->veto != NULL && slot->unless != NULL
            && hit_owned(run, slot->unless, lead, t1, e1, va, va_fig, vb, vb_fig, G_MAXUINT,
                         G_MAXUINT)
                   != NULL)
            fill->veto = NULL;
        /* a bare harm right after a figure ("83 wounded") after a strike's
         * toll told at most twelve words before it in the sentence, in a
         * clause of its own or the toll's word the nearer figure's ("Death
         * toll from missile strike on Sumy climbs to 21; 83 wounded", "…,
         * with 83 wounded"), counts the strike's victims too: a veto line
         * that lists `strike_toll_words` forbids it, the strike's words
         * its hit */
        for (guint i = 0; fill->veto == NULL && (slot->readings & CC_VETO_STRIKE_TOLL_WORDS)
                          && m->type == CC_CLAIM_QUANTITY
                          && t1 < run->toks->len && in_table(run, "harm_cues", t1)
                          && i < slot->tables->len;
             i++) {
            if (!g_str_equal(slot->tables->pdata[i], "strike_toll_words"))
                continue;
            const GArray *hits = dict_hits(run, slot->tables->pdata[i]);
            for (guint j = 0; j < hits->len && fill->veto == NULL; j++) {
                const Hit *h = &g_array_index(hits, Hit, j);
                if (h->t1 > t0 || h->t1 + 12 < t0)
                    continue;
                gboolean plain = TRUE;
                for (guint t = h->t1; t < t0 && plain; t++)
                    plain = g_array_index(run->toks, Tok, t).kind != TOK_OTHER;
                if (plain)
                    fill->veto = h;
            }
        }
        /* a count "of them" (or "of those") after the clause of its noun
         * counts what that clause counts, in that clause's war or place:
         * a clause-wide veto there, or in a phrase that opens the
         * sentence before it, forbids the count too ("In the Korean War,
         * China sent some 3 million soldiers across the Yalu, and perhaps
         * 180,000 of them never came home"); a semicolon or colon before
         * the noun parts it from what came before */
        /* (the figure itself where the frame counts no noun: "…, and some
         * 180,000 of them were killed") */
        guint noun0 = fill->counts != NULL ? fill->counts->t0 : t0;
        if (fill->veto == NULL && slot->before == G_MAXUINT && m->type == CC_CLAIM_QUANTITY
            && noun0 <= t0 && (fill->counts == NULL || fill->counts->t1 <= t0)
            && t1 + 1 < run->toks->len && tok_is(run, t1, "of")
            && (tok_is(run, t1 + 1, "them") || tok_is(run, t1 + 1, "those"))) {
            guint from = 0;
            for (guint t = noun0; t > 0; t--)
                if (g_array_index(run->toks, Tok, t - 1).kind == TOK_BREAK) {
                    from = t;
                    break;
                }
            for (guint i = 0; fill->veto == NULL && i < slot->tables->len; i++) {
                const GArray *hits = dict_hits(run, slot->tables->pdata[i]);
                for (guint j = 0; j < hits->len && fill->veto == NULL; j++) {
                    const Hit *h = &g_array_index(hits, Hit, j);
                    if (h->t0 >= from && h->t1 <= noun0)
                        fill->veto = h;
                }
            }
        }
        /* a veto in the phrase of time that opens the sentence is the
         * whole clause's, a share's and its base's alike (fronted_veto()) */
        if (fill->veto == NULL && m->type == CC_CLAIM_QUANTITY)
            fill->veto = fronted_veto(run, slot->tables, t0, c0);
        if (fill->veto != NULL) {
            fill->missing = "veto";
            fill->veto_line = slot->line;
            return;
        }
    }
    slot = &f->slot[CC_SLOT_CUE];
    if (slot->tables->len > 0) {
        guint before = slot->before, after = slot->after;
        if (m->is_base) {
            /* A figure a share is taken of keeps to its own noun phrase
             * ("the 12,000 troops sent", "the 12,000 troops the North first
             * dispatched"): what follows is the share's; one "of them"
             * points back at keeps its own clause. */
            if (!own_clause)
                before = 0;
            after = MIN(after, base_after);
        }
        /* a cue near the counted noun, for a date within the words it
         * owns: not past another date nearer the cue, nor inside a
         * relative clause it stands outside ("The Kursk incursion, which
         * Ukraine *launched* in August, ended this month") */
        if (slot->near && fill->counts != NULL) {
            fill->cue = hit_near(run, slot->tables, fill->counts->t0, fill->counts->t1,
                                 m->type == CC_CLAIM_DATE ? MAX(c0, a) : c0,
                                 m->type == CC_CLAIM_DATE ? MIN(c1, b) : c1, slot->near,
                                 slot->near);
            /* a date's own words are no cue of it: "at *the start of* the
             * year", "in *the first* week of October"; but its first word
             * is, wherever its counted words stand ("*Starting* in early
             * October, Russian ships ferried North Korean troops …") */
            if (fill->cue != NULL && m->type == CC_CLAIM_DATE && fill->cue->t0 > t0
                && fill->cue->t1 <= t1)
                fill->cue = NULL;
            if (fill->cue == NULL && m->type == CC_CLAIM_DATE) {
                const Hit *lead_cue = hit_starting(run, slot->tables, t0);
                if (lead_cue != NULL && lead_cue->t1 < t1)
                    fill->cue = lead_cue;
            }
            /* a date's nearest counted words may be the place, the cue
             * standing by the troops the date also owns: "The first North
             * Korean troops landed *in Vladivostok* in early October" */
            if (fill->cue == NULL && m->type == CC_CLAIM_DATE)
                near_other_counts(run, f, t0, t1, MAX(c0, a), MIN(date_c1, b), MIN(c1, b),
                                  fill);
        } else
            /* (a part before its whole reaches its predicate past the
             * whole's aside set off by commas: part_hit_near()) */
            fill->cue = hit_owned_in(
                run, slot->tables, t0, t1, e1, a, a_fig, b, b_fig, before, after,
                m->part_of != G_MAXUINT
                    && g_array_index(mentions, CcMention, m->part_of).start > m->start);
        /* a share the figure restates lends it the share's verb before
         * it, where the figure finds none of its own */
        if (fill->cue == NULL && restated_share != G_MAXUINT)
            fill->cue = hit_owned_in(run, slot->tables, restated_share, restated_share,
                                     restated_share, c0, FALSE, restated_share, FALSE, before, 0,
                                     FALSE);
        /* "cue … label": the cue is a label, its colon right before the
         * figure ("Deployed: October 2024"), no word of prose ("the troops
         * deployed last autumn") */
        if (fill->cue != NULL && f->label_cue && !label_colon_before(run, fill->cue->t1, t0))
            fill->cue = NULL;
        /* "cue … opening": the figure (its approximator or bound word in
         * its mention) opens the sentence, a bare answer ("About 11,000,
         * Seoul says."), not one a clause before it governs */
        if (fill->cue != NULL && f->opening_cue && t0 != 0)
            fill->cue = NULL;
        /* "cue … befalls": a verb the counted things do themselves to an
         * object after it tells nothing that befell them */
        if (fill->cue != NULL && f->befalls_cue && own_act_after(run, e1, fill->cue))
            fill->cue = NULL;
        /* an offset "two days after" dates the clause after it: its cue
         * stands there, not before it ("admitted on April 28, two days
         * after Moscow announced it had retaken Kursk") */
        if (fill->cue != NULL && offset_after(run, m)) {
            guint end = t1;
            while (end < run->toks->len && g_array_index(run->toks, Tok, end).kind == TOK_WORD)
                end++;
            if (fill->cue->t0 < t1 || fill->cue->t1 > end)
                fill->cue = NULL;
        }
        /* a whole whose noun a finite verb follows at once keeps none of
         * it: "about 700 of the 13,000 soldiers *died*" is the part's
         * toll, none of the 13,000 */
        if (fill->cue != NULL && m->is_base && !own_clause && e1 < c1
            && fill->cue->t0 == finite_past_at(run, e1))
            fill->cue = NULL;
        /* a share's cue is its own predicate's, not the participle or
         * relative clause of its base ("Over half of the more than 1
         * million shells *sent* to Russia from North Korea are
         * defective"): the base's tells what the whole underwent; a
         * participle's phrase runs on to the share's copula */
        if (fill->cue != NULL && m->type == CC_CLAIM_QUANTITY && m->fraction_of != G_MAXUINT
            && fill->counts != NULL && fill->counts->t0 >= t1
            && fill->cue->t0 >= fill->counts->t1) {
            guint r = fill->counts->t1 + relative_clause(run, f, fill->counts->t1, c1);
            /* the verb of the base's relative clause is the base's too:
             * "about 40 percent of the 11,000 troops it *sent*" */
            guint rv = relative_verb(run, f, fill->counts->t1, c1);
            if (rv != G_MAXUINT && rv + 1 > r && copula_at(run, rv) == 0)
                r = rv + 1;
            else if (r == fill->counts->t1 + 1)
                for (guint k = r; k < b && k < r + 10; k++) {
                    if (g_array_index(run->toks, Tok, k).kind != TOK_WORD)
                        break;
                    if (copula_at(run, k) > 0) {
                        r = k;
                        break;
                    }
                }
            if (fill->cue->t0 < r)
                fill->cue = hit_owned(run, slot->tables, t0, t1, r, r, FALSE, b, b_fig, 0, after);
        }
        /* so is a part's taken "of the" things it counts: "Some 500,000
         * of the shells *sent* to Russia from North Korea are duds" sent
         * none of its own; its predicate starts past the whole's
         * participle phrase (a relative clause after the noun is left to
         * the frame's vetoes: "440 of the drones Russia launched") */
        if (fill->cue != NULL && m->type == CC_CLAIM_QUANTITY
            && m->fraction_of == G_MAXUINT && !m->is_base && fill->counts != NULL
            && fill->counts->t0 > t1 + 1 && tok_is(run, t1, "of")
            && (tok_is(run, t1 + 1, "the") || tok_is(run, t1 + 1, "those")
                || tok_is(run, t1 + 1, "these"))
            && fill->cue->t0 >= fill->counts->t1
            && relative_verb(run, f, fill->counts->t1, b) == G_MAXUINT
            && !composition_before(run, f, c0, t0)) {
            guint r = part_own_predicate(run, f, fill->counts->t1, b);
            /* a frame that reads the party's things with no verb reads
             * no part of them: "Some 500,000 of the shells … from North
             * Korea are duds" */
            /* (a frame that reads the party's things with no verb of its
             * own reads none before the part's copula) */
            guint q = b;
            for (guint j = fill->counts->t1; j < b && j < fill->counts->t1 + 12; j++)
                if (copula_at(run, j) > 0) {
                    q = j;
                    break;
                }
            /* a part that only says what its things were shares the
             * whole's predicate: "four of the ballistic missiles launched
             * overnight were North Korean" */
            if (q < b
                && (copula_party(run, f, q, b) != NULL
                    || (q + copula_at(run, q) < b && maker_word(run, q + copula_at(run, q)))))
                ;
            else if (f->phrase && fill->cue->t0 < q)
                fill->cue = NULL;
            else if (!f->phrase && fill->cue->t0 < r)
                fill->cue = hit_owned(run, slot->tables, t0, t1, r, r, FALSE, b, b_fig, 0, after);
        }
        /* a date ends the conjunct it closes: a cue after it and ", and"
         * is the next verb's ("signed in Pyongyang on June 19, 2024, *and
         * ratified* by both sides that autumn"), and the date takes a cue
         * before it or none */
        if (!slot->near && fill->cue != NULL && m->type == CC_CLAIM_DATE && fill->cue->t0 >= t1
            && t1 + 1 < run->toks->len && g_array_index(run->toks, Tok, t1).kind == TOK_COMMA
            && tok_is(run, t1 + 1, "and"))
            fill->cue = hit_owned(run, slot->tables, t0, t1, e1, a, a_fig, b, b_fig, before, 0);
        /* the noun's own predicate after a participle's phrase that
         * describes it, whose words are no part of the distance ("some
         * 4,000 North Korean soldiers sent to Russia's Kursk region last
         * autumn have since been *killed or wounded*") */
        if (fill->cue == NULL && m->type == CC_CLAIM_QUANTITY && !m->is_base
            && m->fraction_of == G_MAXUINT && fill->counts != NULL && fill->counts->t0 >= t1) {
            guint p = participle_predicate(run, fill->counts->t1, b);
            if (p != G_MAXUINT)
                fill->cue = hit_owned(run, slot->tables, t0, t1, p, p, FALSE, b, b_fig, 0, after);
        }
        /* a cue in a speaker's words before its verb of saying is the
         * speaker's, no verb acting on a figure the saying tells: "A
         * North Korean *prisoner* told interrogators that half of the 10
         * men in his unit were killed", "The *captured* soldier said …",
         * "…, only three are still alive, the *captured* man said"; a word
         * that names the war the sentence is about names it wherever it
         * stands ("…, the *Kremlin* said") */
        if (fill->cue != NULL && m->type == CC_CLAIM_QUANTITY
            && !in_table(run, "war_context_words", fill->cue->t0)
            && speaker_cue(run, fill->cue, t0, t1))
            fill->cue = NULL;
        /* a cue before "among" and the figure is said of some of them, the
         * figure the whole they are counted among: "*losses* among its
         * 11,000 troops now stand at about 4,000"; not a part set off by a
         * comma, "among them" its opener, which the cue's noun holds:
         * "North Korea's arms *shipments*, among them an estimated 9
         * million shells, have …" */
        for (guint k = fill->cue != NULL && fill->cue->t1 <= t0 ? fill->cue->t1 : t0;
             fill->cue != NULL && k < t0; k++)
            if ((tok_is(run, k, "among") || tok_is(run, k, "amongst"))
                && !(k > 0 && g_array_index(run->toks, Tok, k - 1).kind == TOK_COMMA
                     && subset_opener(run, k) == 2))
                fill->cue = NULL;
        /* what an army's size "includes" is a part of that army, no force
         * sent: "an army of 1.28 million personnel, which *includes*
         * 88,000 elite special operations troops" */
        if (fill->cue != NULL && m->type == CC_CLAIM_QUANTITY && a_fig && fill->cue->t1 <= t0
            && fill->cue->t0 >= a
            && (tok_is(run, fill->cue->t0, "includes") || tok_is(run, fill->cue->t0, "include")
                || tok_is(run, fill->cue->t0, "included")
                || tok_is(run, fill->cue->t0, "including"))) {
            guint p0 = G_MAXUINT; /* the figure before, whose words end at a */
            for (guint i = 0; i < mentions->len; i++) {
                const CcMention *o = &g_array_index(mentions, CcMention, i);
                if (i != self && o->type == m->type
                    && tok_at(run->toks, o->end - 1) + 1 == a)
                    p0 = tok_at(run->toks, o->start);
            }
            for (guint k = p0; p0 != G_MAXUINT && k > c0 && k + 3 > p0 && fill->cue; k--)
                if (ends_in_table(run, "army_nouns", k)
                    && (k == p0 || tok_is(run, k, "of") || tok_is(run, k, "numbers")
                        || tok_is(run, k, "numbering") || tok_is(run, k, "counts")))
                    fill->cue = NULL;
        }
        /* a cue in the noun phrase of the speaker whose verb of saying
         * stands between it and the figure describes the speaker, no
         * predicate of the figure: "A *captured* North Korean soldier said
         * about 30 of his comrades had been killed", "One of the wounded
         * North Korean *prisoners* told interrogators that 23 …"
         * (speaker_np_cue()) */
        if (fill->cue != NULL && m->type == CC_CLAIM_QUANTITY && fill->cue->t1 <= t0
            && speaker_np_cue(run, fill->cue, t0))
            fill->cue = NULL;
        /* and the men the figure counts who speak, their verb of telling
         * right after their noun, are no subject of a cue in what they
         * tell: "The *two men said* they had not known they were among
         * thousands of North Koreans *sent* to fight" */
        if (fill->cue != NULL && m->type == CC_CLAIM_QUANTITY && fill->counts != NULL
            && fill->counts->t0 >= t1 && fill->cue->t0 > fill->counts->t1
            && telling_verb_at(run, fill->counts->t1))
            fill->cue = NULL;
        /* a cue after "those", "ones" or "the", after a figure with a noun
         * of its own, is said of other people ("sent another 3,000
         * soldiers to replace *those killed or wounded*", "to replace *the
         * dead*"), as a veto after "those" is; "300 of those killed" is the
         * figure's */
        if (fill->cue != NULL && m->type == CC_CLAIM_QUANTITY && fill->counts != NULL
            && fill->cue->t0 > t1
            && fill->counts->t1 <= fill->cue->t0 && others_named(run, fill->cue->t0, TRUE))
            fill->cue = NULL;
        /* and so is one said of a share of them with no figure of its own
         * ("received 148 missiles and launched *most of them*") */
        if (fill->cue != NULL && m->type == CC_CLAIM_QUANTITY && fill->cue->t0 >= t1
            && share_of_them(run, fill->cue, t1))
            fill->cue = NULL;
        /* and so is one a verb of replacing takes, either side of a figure
         * with a noun of its own ("rotated in 2,500 new soldiers to replace
         * *casualties*", "replaced its *losses* with some 2,500 men") */
        if (fill->cue != NULL && m->type == CC_CLAIM_QUANTITY && fill->counts != NULL
            && replaced_named(run, fill->cue->t0))
            fill->cue = NULL;
        /* a part set after a noun and "from" or "of" is what that noun is
         * of, no count of its own ("debris *from 19 of the* roughly 60
         * missiles Russia has launched", "wreckage *of 15 of* around 40"):
         * the cue that noun gives is no verb acting on the part */
        if (fill->cue != NULL && m->type == CC_CLAIM_QUANTITY && m->part_of != G_MAXUINT
            && g_array_index(mentions, CcMention, m->part_of).start > m->start
            && complement_part(run, m, fill->cue->t1, t0))
            fill->cue = NULL;
        /* a figure listed after others shares their verb, which the first
         * of them owns: "the 6,700 containers might contain more than three
         * million 152mm shells or 500,000 122mm rounds" */
        if (fill->cue == NULL && lead < t0 && !m->is_base)
            fill->cue = hit_owned(run, slot->tables, lead, t1, e1, a, a_fig, lead, FALSE,
                                  before, 0);
        /* a part that only says what its things were shares the whole's
         * predicate: "of 15 missiles launched overnight, two were KN-23s
         * of North Korean origin" */
        if (fill->cue == NULL && m->part_of != G_MAXUINT
            && copula_party(run, f, part_predicate(run, mentions, m, t1, c1), c1)) {
            const CcMention *whole = &g_array_index(mentions, CcMention, m->part_of);
            guint b0 = tok_at(run->toks, whole->start), b1 = tok_at(run->toks, whole->end - 1) + 1;
            guint bc0, bc1;
            clause_of(run, b0, b1, &bc0, &bc1);
            if (whole->start < m->start)
                fill->cue = hit_owned(run, slot->tables, b0, b1, b1, bc0, FALSE, t0, FALSE,
                                      slot->before, slot->after);
            else
                fill->cue = hit_owned(run, slot->tables, b0, b1, b1, b1, FALSE,
                                      part_predicate(run, mentions, m, t1, c1), FALSE, 0,
                                      slot->after);
        }
        /* a figure set inside the one before it, or listed after it with
         * "and", shares its predicate: "is now about 12,000, including 500
         * officers", "massed about 50,000 troops, among them some 10,000
         * North Koreans", "to send 1000 sappers to clear mines … and 5000
         * military construction workers" */
        if (fill->cue == NULL && fill->counts != NULL && m->type == CC_CLAIM_QUANTITY
            && m->part_of == G_MAXUINT && m->fraction_of == G_MAXUINT) {
            guint w = listed_whole(run, f, mentions, self, t0, c0, nc1);
            /* ranks set inside a running total ("about 1,000 had been
             * killed, including several officers") are who were among it,
             * no toll of their own */
            if (w != G_MAXUINT && rule->cumulative && in_table(run, "rank_nouns", fill->counts->t0)
                && subset_part(run, t0))
                w = G_MAXUINT;
            if (w != G_MAXUINT) {
                const CcMention *whole = &g_array_index(mentions, CcMention, w);
                guint b0 = tok_at(run->toks, whole->start);
                guint b1 = tok_at(run->toks, whole->end - 1) + 1;
                guint bc0, bc1;
                clause_of(run, b0, b1, &bc0, &bc1);
                fill->cue = hit_owned(run, slot->tables, b0, b1, b1, bc0, FALSE, t0, FALSE,
                                      slot->before, slot->after);
                /* the figure before's own noun is no predicate the two
                 * share, where this one has a noun of its own: "received
                 * 38 *wounded* North Korean soldiers and nine dead" lists
                 * no harm of the nine */
                if (fill->cue != NULL && fill->cue->t0 == b1 && fill->counts->t0 >= t1)
                    fill->cue = NULL;
            }
        }
        /* a figure in a fronted addition shares the main clause's verb,
         * which the figure after the comma owns: "In addition to some 9
         * million shells, Pyongyang has *sent* Moscow more than 100
         * missiles" */
        if (fill->cue == NULL && fill->counts != NULL && m->type == CC_CLAIM_QUANTITY
            && m->part_of == G_MAXUINT && m->fraction_of == G_MAXUINT && !m->is_base) {
            guint k = fronted_addition(run, mentions, self, c0, t0, t1, c1);
            if (k != G_MAXUINT)
                fill->cue = hit_owned(run, slot->tables, k, k, k, k, FALSE, c1, FALSE, 0,
                                      slot->after);
        }
        /* and so does a figure before an addition set off by commas ahead
         * of its verb: "Some 12 million shells, along with 250 ballistic
         * missiles, have been *sent* to Russia" */
        if (fill->cue == NULL && fill->counts != NULL && m->type == CC_CLAIM_QUANTITY
            && m->part_of == G_MAXUINT && m->fraction_of == G_MAXUINT && !m->is_base) {
            guint k = trailing_addition(run, c0, t0, e1, c1);
            if (k != G_MAXUINT)
                fill->cue = hit_owned(run, slot->tables, k, k, k, k, FALSE, c1, FALSE, 0,
                                      slot->after);
        }
        /* a date set some time before or after the cue's event is
         * another event's: "met in September 2023, nine months before
         * they signed the treaty" */
        if (fill->cue != NULL && m->type == CC_CLAIM_DATE
            && offset_between(run,
                              fill->cue->t0 >= t1 ? fronted_told_from(run, t0, t1, fill->cue->t0)
                                                  : fill->cue->t1,
                              MAX(t0, fill->cue->t0))
            && !(fill->cue->t1 <= t0 && offset_restated(run, fill->cue->t1, t0))) {
            /* (the date then takes a cue before it, one no offset parts
             * from it: "first admitted … on April 28, two days after
             * Moscow *announced* it had retaken Kursk" dates the
             * admission) */
            const Hit *back = NULL;
            if (!slot->near && fill->cue->t0 >= t1 && before > 0) {
                back = hit_owned(run, slot->tables, t0, t1, e1, a, a_fig, b, b_fig, before, 0);
                if (back != NULL && (back->t0 >= t1 || offset_between(run, back->t1, t0)))
                    back = NULL;
            }
            fill->cue = back;
        }
        /* …and so is one past the comma that closes a fronted clause the
         * offset opens, the cue inside it: "Two days after Pyongyang
         * confirmed the deployment, Kim vowed on Wednesday …" */
        if (fill->cue != NULL && m->type == CC_CLAIM_DATE && fill->cue->t1 <= t0
            && fronted_offset_clause(run, fill->cue->t0, fill->cue->t1, t0))
            fill->cue = NULL;
        /* a date told before a cue that "later", "afterwards" or
         * "subsequently" sets after it is another event's: "pulled back in
         * mid-February, and reinforcements *arrived later*" */
        if (fill->cue != NULL && m->type == CC_CLAIM_DATE
            && (set_later(run, fill->cue, t1) || set_later(run, fill->counts, t1)))
            fill->cue = NULL;
        /* a date right after a participle of sending dates that sending
         * ("Of the 11,000 troops *sent last autumn*, about 2,600 were
         * committed to the first assaults"), unless the frame counts or
         * cues sendings itself */
        if (fill->cue != NULL && m->type == CC_CLAIM_DATE) {
            guint p = t0;
            while (p > c0 && (tok_is(run, p - 1, "in") || tok_is(run, p - 1, "on")
                              || tok_is(run, p - 1, "last") || tok_is(run, p - 1, "this")
                              || tok_is(run, p - 1, "early") || tok_is(run, p - 1, "late")))
                p--;
            /* past the place they were sent to: "who were sent to Russia
             * in October", "deployed to the Kursk region in November" */
            guint q = p, place = 0;
            while (q > c0 && place < 4 && p + 2 > t0
                   && g_array_index(run->toks, Tok, q - 1).kind == TOK_WORD
                   && (g_ascii_isupper(run->text[g_array_index(run->toks, Tok, q - 1).start])
                       || tok_is(run, q - 1, "the") || tok_is(run, q - 1, "region")
                       || tok_is(run, q - 1, "oblast"))) {
                q--;
                place++;
            }
            if (place > 0 && q > c0
                && (tok_is(run, q - 1, "to") || tok_is(run, q - 1, "in")
                    || tok_is(run, q - 1, "into")))
                p = q - 1;
            static const char *const sent[] = {"sent", "deployed", "dispatched", "shipped",
                                               "transferred", "arrived"};
            gboolean sending = FALSE;
            for (guint k = 0; p > c0 && k < G_N_ELEMENTS(sent) && !sending; k++)
                sending = tok_is(run, p - 1, sent[k]);
            if (sending && (fill->cue->t0 > p - 1 || fill->cue->t1 <= p - 1)
                && hit_starting(run, f->slot[CC_SLOT_COUNTS].tables, p - 1) == NULL
                && hit_starting(run, f->slot[CC_SLOT_CUE].tables, p - 1) == NULL)
                fill->cue = NULL;
        }
        /* a date set between a determiner and a noun dates that noun
         * ("sent after *the December* losses"), no event of the frame's
         * unless the noun is one it counts or cues ("the August 6
         * incursion") */
        if (fill->cue != NULL && m->type == CC_CLAIM_DATE && t0 > c0
            && tok_is_determiner(run, t0 - 1) && attributive_noun(run, t1)
            && hit_starting(run, f->slot[CC_SLOT_COUNTS].tables, t1) == NULL
            && hit_starting(run, f->slot[CC_SLOT_CUE].tables, t1) == NULL)
            fill->cue = NULL;
        /* a harm in the clause before the ", and" that the figure opens
         * the next with is that clause's: "Many North Korean soldiers
         * were *wounded* in the drone strikes, and about 11,000 of their
         * comrades remain in Kursk" tells no wound of the 11,000 */
        if (fill->cue != NULL && m->type == CC_CLAIM_QUANTITY && harm_frame(rule)
            && fill->cue->t1 <= t0 && conjunct_opened_between(run, fill->cue->t1, t0))
            fill->cue = NULL;
        if (fill->cue == NULL && !f->optional_cue) {
            fill->missing = "cue";
            return;
        }
        /* the day of a report ("North Korea confirmed on Monday") is the
         * event's only where the event is that report */
        /* …but for an event a frame knows by its announcement, told after
         * the report's day: "Russia said on Saturday (that) its forces had
         * retaken Kursk" dates the retaking, as "Gerasimov reported to Putin
         * on Saturday that …" does */
        /* …or bounded by it, for a frame whose cue says `by_report`: the
         * event told was by the report's day ("Kyiv reported on November 4
         * that North Korean troops had for the first time engaged …"),
         * where no other date in the sentence may date it */
        gboolean by_report = FALSE;
        if (f->by_report && !f->announced && m->said_at != 0) {
            by_report = TRUE;
            for (guint i = 0; i < mentions->len && by_report; i++)
                by_report = i == self
                            || g_array_index(mentions, CcMention, i).type != CC_CLAIM_DATE;
        }
        /* …and tells it as the first: "for the first time", "first" among
         * the words told ("Ukraine's minister confirmed on Tuesday that
         * his troops had clashed with North Korean soldiers" dates no
         * first combat), and as done: no word of `future_words` ("could
         * join the fighting for the first time within days, Kyiv said on
         * Tuesday") */
        gboolean first_after = FALSE, first_before = FALSE;
        /* what was told starts after the date, or after the "that" of a
         * verb of saying the date stands before ("Russia on Monday
         * acknowledged for the first time that …": the first is the
         * acknowledging's) */
        guint told = m->said_at > t1 ? that_after_verb(run, m->said_at - 1) : t1;
        for (guint u = 0; by_report && u < run->toks->len; u++) {
            if (tok_is(run, u, "first")) {
                first_after |= u >= told;
                first_before |= u + 1 < m->said_at;
            }
            if (in_table(run, "future_words", u))
                by_report = FALSE;
        }
        told_that = (f->announced || (by_report && first_after)) && m->said_at != 0
                    && fill->cue != NULL && fill->cue->t0 > t1
                    && !concession_between(run, t1, fill->cue->t0)
                    && (said_that || tok_is(run, t1, "it") || tok_is(run, t1, "its")
                        || tok_is(run, t1, "they") || tok_is(run, t1, "their")
                        || tok_is(run, t1, "the")
                        /* "Russia claimed on Saturday to have retaken" */
                        || (tok_is(run, t1, "to") && tok_is(run, t1 + 1, "have")));
        /* …or told before it, its speaker set off at the sentence's end:
         * "Russian troops have retaken Kursk, the Kremlin claimed on
         * Saturday" */
        if (!told_that && (f->announced || (by_report && first_before)) && m->said_at != 0
            && fill->cue != NULL
            && trailing_report(run, m->said_at - 1, t1, c1)
            && fill->cue->t1 < m->said_at - 1 && !backdrop_clause(run, fill->cue->t0))
            told_that = TRUE;
        /* …or told before it by a party that speaks for itself (`speaker`)
         * and reported at the sentence's end by that party's own organ:
         * "North Korea has confirmed for the first time that it sent
         * troops, *KCNA* reported on Monday" — the report is the party's
         * word, so its day is the event's */
        if (!told_that && f->speaker && m->said_at != 0 && fill->cue != NULL
            && rule->subject != NULL && rule->subject[0] != '$'
            && fill->cue->t1 < m->said_at - 1 && trailing_report(run, m->said_at - 1, t1, c1)
            && reporter_is(run, m->said_at - 1, rule->subject))
            told_that = TRUE;
        fill->by_report = told_that && by_report;
        if (m->said_at != 0 && !told_that
            && (fill->cue == NULL || fill->cue->t0 >= m->said_at || fill->cue->t1 < m->said_at)) {
            fill->missing = "cue";
            return;
        }
        if (fill->cue) {
            fill->filled++;
            fill->cue_dist = fill->cue->t1 <= t0 ? words_between(run->toks, fill->cue->t1, t0)
                             : said_that        ? FAR - 1
                                                : words_between(run->toks, e1, fill->cue->t0);
            fill->cue_leads =
                m->type == CC_CLAIM_DATE && fill->cue->t1 <= t0
                && (fill->cue_dist <= 1 || agent_before_date(run, fill->cue->t1, t0));
            fill->cue_before = m->type == CC_CLAIM_DATE && fill->cue->t1 <= t0;
            fill->cue_said_after = m->type == CC_CLAIM_DATE && fill->cue->t0 >= t1
                                   && (fill->counts == NULL || fill->counts->t0 >= t1)
                                   && said_with_after(run, t1, fill->cue->t0);
            fill->cue_trails = m->type == CC_CLAIM_QUANTITY && fill->counts != NULL
                               && fill->counts->t0 >= t1 && fill->cue->t0 == fill->counts->t1
                               && in_table(run, "harm_cues", fill->cue->t0);
            /* or right after "of them" or "of those", which count a noun
             * before: "had lost 4,700 soldiers, 600 *of them killed*" */
            if (m->type == CC_CLAIM_QUANTITY && !fill->cue_trails && fill->counts != NULL
                && fill->counts->t1 <= t0 && t1 + 2 < run->toks->len && tok_is(run, t1, "of")
                && (tok_is(run, t1 + 1, "them") || tok_is(run, t1 + 1, "those"))
                && fill->cue->t0 == t1 + 2 && in_table(run, "harm_cues", fill->cue->t0))
                fill->cue_trails = TRUE;
            /* …alone: "killed and missing" joins another harm to it */
            if (fill->cue_trails && fill->cue->t1 + 1 < run->toks->len
                && (tok_is(run, fill->cue->t1, "and") || tok_is(run, fill->cue->t1, "or"))
                && (in_table(run, "harm_cues", fill->cue->t1 + 1)
                    || tok_is(run, fill->cue->t1 + 1, "missing")))
                fill->cue_trails = FALSE;
            fill->cue_loss = m->type == CC_CLAIM_QUANTITY && fill->cue->t1 <= t0
                             && (in_table(run, "loss_verbs", fill->cue->t0)
                                 || in_table(run, "loss_nouns", fill->cue->t0));
            fill->cue_inside = m->type == CC_CLAIM_QUANTITY && fill->counts != NULL
                               && fill->counts->t0 >= t1 && fill->cue->t0 >= t1
                               && fill->cue->t1 <= fill->counts->t0
                               && in_table(run, "harm_cues", fill->cue->t0)
                               && !in_table(run, "loss_verbs", fill->cue->t0)
                               && !in_table(run, "loss_nouns", fill->cue->t0);
        }
    }
    slot = &f->slot[CC_SLOT_SUBJECT];
    if (slot->tables->len > 0) {
        if (m->type == CC_CLAIM_DATE && (fill->cue || fill->counts)) {
            /* an event's party stands by the words that name the event
             * ("the first North Korean units reached Russia's Far East
             * between 1 and 7 October"), not by its date */
            const Hit *at = fill->counts && fill->cue && fill->counts->t0 < fill->cue->t0
                                ? fill->counts
                            : fill->cue ? fill->cue
                                        : fill->counts;
            /* a party right after the cue is its object ("had fought
             * Ukrainian troops"), not whose the event is — so too where
             * the event's words after it are no noun of the things but
             * the first time told ("Korean units stormed *Ukrainian*
             * positions for the first time on 16 December") */
            fill->subject = attach_subject(run, f, at->t0, at->t1, at, c0, c1,
                                           fill->counts == NULL
                                               || (at == fill->cue
                                                   && in_table(run, "first_engagement_words",
                                                               fill->counts->t0)));
            /* a party's possessive with no noun of its own right before
             * the date, after the cue, is the event's party: the noun is
             * the cue's ("Kyiv's confirmation preceded *the North's*
             * (April 28)") */
            if (fill->cue != NULL) {
                const Hit *owner = elliptical_owner(run, slot->tables, fill->cue->t1, t0);
                if (owner != NULL)
                    fill->subject = owner;
            }
        } else {
            fill->subject = attach_subject(run, f, n0, n1, fill->counts, nc0, nc1, FALSE);
            if (fill->subject != NULL)
                fill->subject = arrow_sender(run, slot->tables, fill->subject);
            if (fill->subject != NULL && used_after != 0 && fill->subject->t0 >= used_after
                && fill->subject->t0 <= used_after + 1)
                fill->subject = NULL;
            /* a part borrows its noun from the whole, but says whose its
             * things are after itself: "two were KN-23s of North Korean
             * origin" */
            if (fill->subject == NULL && m->part_of != G_MAXUINT)
                fill->subject =
                    copula_party(run, f, part_predicate(run, mentions, m, t1, c1), c1);
            /* a figure with no noun after a list's earlier count is of the
             * earlier count's side: "killed 38 Russian soldiers and
             * captured 6" */
            if (fill->subject == NULL && f->phrase && f->inherit && fill->counts == NULL)
                fill->subject = listed_antecedent_party(run, f, t0);
            /* the predicate after a whole says whose its part is, not the
             * whole's: "Three of the 12 missiles launched were North Korean";
             * a party inside the whole's own noun phrase or relative clause
             * stays its ("21 of around 50 North Korean missiles launched",
             * "of the 11,000 men that North Korea had dispatched") */
            guint np_end = fill->counts && fill->counts->t1 > t1 ? fill->counts->t1 : t1;
            guint rel = relative_verb(run, f, np_end, nc1);
            if (fill->subject != NULL && m->is_base && fill->subject->t0 >= np_end
                && (rel == G_MAXUINT || fill->subject->t0 >= rel)) {
                for (guint i = 0; i < mentions->len; i++) {
                    const CcMention *p = &g_array_index(mentions, CcMention, i);
                    if (p->part_of == self && p->start < m->start) {
                        fill->subject = NULL;
                        break;
                    }
                }
            }
            /* a part after such a verb is the share of the party before
             * it, whoever gathered the whole: "North Koreans *comprise*
             * about 12,000 of the 60,000 troops Moscow has gathered" */
            if (m->part_of != G_MAXUINT && m->type == CC_CLAIM_QUANTITY
                && g_array_index(mentions, CcMention, m->part_of).start > m->start) {
                const Hit *cp = composition_party(run, f, c0, t0);
                if (cp != NULL)
                    fill->subject = cp;
            }
            /* the party a verb of composition ties to the part names the
             * part alone: the whole is a larger force the sentence gives
             * no party ("North Korean troops *account for* about 11,000
             * of the 50,000 soldiers massed in Kursk", "make up a fifth of
             * the 50,000") */
            if (fill->subject != NULL && m->is_base) {
                for (guint i = 0; i < mentions->len; i++) {
                    const CcMention *p = &g_array_index(mentions, CcMention, i);
                    if ((p->part_of != self && p->fraction_of != self) || p->start >= m->start)
                        continue;
                    guint tp = tok_at(run->toks, p->start);
                    if (fill->subject->t1 <= tp && composition_between(run, fill->subject->t1, tp)) {
                        fill->subject = NULL;
                        fill->missing = "subject";
                        return;
                    }
                }
            }
            /* so does one that such a verb ties to the whole itself, "of"
             * or "among" right before it: "North Korean troops *are among
             * the* 50,000 soldiers massed in Kursk", "account for a small
             * share *of the* 50,000" */
            if (fill->subject != NULL && m->type == CC_CLAIM_QUANTITY) {
                guint tm = tok_at(run->toks, m->start);
                gboolean whole = FALSE;
                for (guint k = tm; k > 0 && k + 3 > tm && !whole; k--) {
                    if (g_array_index(run->toks, Tok, k - 1).kind != TOK_WORD)
                        break;
                    whole = tok_is(run, k - 1, "of") || tok_is(run, k - 1, "among")
                            || tok_is(run, k - 1, "amongst");
                    /* (not the parts a whole "is made up of" or "comprised
                     * of": "the brigade is made up of about 900 soldiers") */
                    if (whole && k >= 2
                        && (tok_is(run, k - 2, "up") || tok_is(run, k - 2, "comprised")
                            || tok_is(run, k - 2, "composed") || tok_is(run, k - 2, "formed")
                            || tok_is(run, k - 2, "consists") || tok_is(run, k - 2, "consist")
                            || tok_is(run, k - 2, "consisting")))
                        whole = FALSE;
                }
                if (whole && fill->subject->t1 <= tm
                    && composition_between(run, fill->subject->t1, tm)) {
                    fill->subject = NULL;
                    fill->missing = "subject";
                    return;
                }
            }
        }
        /* a total of many countries' men, the foreigners it counts named
         * before it, is none of one party's (foreigners_counted()) */
        if (m->type == CC_CLAIM_QUANTITY && foreigners_counted(run, fill, c0, t0)) {
            fill->missing = "subject";
            return;
        }
        /* "Moscow fired 74 such missiles": what "such" points back to says
         * whose they are — the claim's own party, when one of the two
         * sentences before (or the title) names it, or the words before
         * the figure ("fired eight North Korean-made KN-23s in the first
         * half; in the second half it fired 74 such missiles"); another
         * party before the figure does not ("Moscow fired …") */
        /* "About 3,000 Estonian paratroopers were deployed to Tapa":
         * another people's men, not the default's or inherited, nor those
         * of a party named in another clause ("About 4,000 UK troops went
         * to Estonia, while North Korea sent 11,000 to Kursk") or before
         * the figure in its own ("Pyongyang has sent roughly 11,000, far
         * fewer than the 28,500 US troops stationed in the South"): the
         * people named in the figure's own noun phrase own it */
        if (m->type == CC_CLAIM_QUANTITY && rule->unit != NULL && strcmp(rule->unit, "person") == 0
            && (fill->subject == NULL || fill->subject->t1 <= t0 || fill->subject->t0 >= c1)
            && other_nationals_counted(run, fill, t0, t1)) {
            fill->missing = "subject";
            return;
        }
        if (m->type == CC_CLAIM_QUANTITY && fill->counts != NULL && fill->counts->t0 >= t1
            && fill->counts->t0 > 0 && tok_is(run, fill->counts->t0 - 1, "such")
            && (fill->subject == NULL || fill->subject->t1 <= t0) && rule->subject != NULL
            && rule->subject[0] != '$'
            && (holds(run->parties[1], rule->subject) || holds(run->parties[2], rule->subject)
                || (run->sentence < 2 && holds(run->title_parties, rule->subject))
                || party_named_before(run, t0, rule->subject))) {
            fill->subject = NULL;
            fill->subject_name = g_strdup(rule->subject);
            fill->subject_inherited = TRUE;
        } else if (fill->subject != NULL) {
            fill->subject_name = entity_of(run, run->text, fill->subject);
            /* the receiver second in a pair "X and Y" before the figure,
             * whose first is the sender, names the trade's two ends
             * together ("Pyongyang and the Kremlin have both denied that
             * any of the 3 million shells changed hands"): whose the
             * things are is the sender's */
            if (rule->subject != NULL && rule->subject[0] != '$' && rule->object != NULL
                && rule->object[0] != '$' && fill->subject->t1 <= t0
                && g_strcmp0(fill->subject_name, rule->object) == 0) {
                const Hit *first = pair_first(run, f->slot[CC_SLOT_SUBJECT].tables, fill->subject);
                g_autofree char *who = first != NULL ? entity_of(run, run->text, first) : NULL;
                if (who != NULL && g_strcmp0(who, rule->subject) == 0) {
                    fill->subject = first;
                    g_free(fill->subject_name);
                    fill->subject_name = g_steal_pointer(&who);
                }
            }
            /* a party that captures, kills or hands over the men is no
             * party of theirs: they are its enemy's ("*Russia* handed over
             * the bodies of 909 fallen soldiers", "12 soldiers *Ukraine*
             * captured", "handed over *by Russia*") */
            const char *foe = rule->subject != NULL && rule->subject[0] == '$'
                                  ? actor_foe(run, fill->subject, fill->counts, t0, t1, fill->subject_name)
                                  : NULL;
            if (foe != NULL) {
                g_free(fill->subject_name);
                fill->subject_name = g_strdup(foe);
            }
        } else if (f->inherit && (fill->subject_owner = pronoun_owner(run, f, fill->counts))
                                     != NULL) {
            /* "Russia said it received the bodies of 19 of *its* soldiers":
             * the pronoun points back to the party named before it, a
             * speaker too, not to the party the sentences before name */
            fill->subject_name = entity_of(run, run->text, fill->subject_owner);
        } else if (f->inherit && third_party_speaker(run, f, c0, t0)) {
            /* "Nepal's foreign ministry has confirmed 35 deaths": a
             * country the pack counts no soldiers of speaks of its own */
            fill->missing = "subject";
            return;
        } else if (f->inherit && unknown_opener(run, f, fill)) {
            /* "Israel, by contrast, has lost more than 800 soldiers": the
             * things are the party's the sentence opens with, one the pack
             * does not know, not the one the sentences before name */
            fill->missing = "subject";
            return;
        } else if (f->inherit) {
            /* a `phrase` frame inherits too when it says so: the party of
             * its things is then never one in the sentence outside their
             * own phrase ("… Russia has received more than 100 so far") */
            const char *inherited = run->title_subject ? run->title_subject : run->last_subject;
            const char *opener = inherited;
            /* the party inherited is the claim's own object, the receiver,
             * while the sentences before (or the title) also name the
             * claim's subject: that one is whose the things are ("Russia is
             * buying millions of shells from North Korea. … More than a
             * million shells were transferred") */
            /* — so too where the sentences before told a claim, whose
             * subject there was the pack's own: the receiver they named
             * sends nothing to itself ("Some 9 million rounds reached
             * Russia in 2024. It also counts more than 100 ballistic
             * missiles transferred since September 2023") */
            if (inherited != NULL && rule->object != NULL && rule->object[0] != '$'
                && rule->subject != NULL && rule->subject[0] != '$'
                && g_str_equal(inherited, rule->object)
                && (holds(run->parties[1], rule->subject) || holds(run->parties[2], rule->subject)
                    || holds(run->title_parties, rule->subject)
                    || (f->fallback
                        && (run->claimed[1]->len > 0 || run->claimed[2]->len > 0))))
                inherited = rule->subject;
            /* a party that opens that sentence or title but owns none of
             * the things it names gives way to the one that owns the first
             * of them: "Ukrainian drones struck North Korean troops near
             * Sudzha. Some 30 soldiers were killed" are North Korea's
             * ("The United States keeps forces in South Korea …",
             * "Ukrainian forces clashed with North Korean troops …" and
             * "Eastland buys crates from Northland" stay as they were: the
             * opener owns them) — unless the clause sends them elsewhere, as
             * with `default` ("The United States fears North Korean troops
             * could gain experience. About 28,500 soldiers are stationed in
             * South Korea") */
            const char *owner = inherited == NULL ? NULL
                                : first_owner(run, f, run->title_subject != NULL ? 1 : 0);
            if (owner != NULL && other_destination(run, rule, c0, c1, t0))
                owner = NULL;
            if (owner != NULL && !g_str_equal(owner, opener))
                inherited = owner;
            /* a toll or a capture told after a sentence that names who
             * struck or took whom is the struck party's, whoever's men or
             * machines struck ("Ukrainian paratroopers ambushed a North
             * Korean company. At least 20 were killed", "Ukraine has taken
             * few North Korean prisoners. Two of them, captured in
             * January, …"), and so is a count of captives by their noun
             * (`captured_nouns`) after a sentence that names the captor
             * and the captured ("urged Ukraine to free two captured North
             * Korean soldiers. … the two captives" are North Korea's) */
            const char *struck = run->struck_by[run->title_subject != NULL ? 1 : 0];
            if (inherited != NULL && struck != NULL
                && ((fill->cue != NULL
                     && (in_table(run, "harm_cues", fill->cue->t0)
                         || in_table(run, "captured_cues", fill->cue->t0)))
                    || (fill->counts != NULL
                        && (in_table(run, "harm_cues", fill->counts->t0)
                            || in_table(run, "captured_nouns", fill->counts->t0))))
                && !other_destination(run, rule, c0, c1, t0))
                inherited = struck;
            /* a party this sentence names as its speaker is the figure's
             * source, not whose the things are, though the sentences
             * before named it first: "Seoul has grown alarmed. South
             * Korea's spy agency now puts the shells shipped at 12
             * million" are North Korea's, the pack's own subject */
            if (inherited != NULL && f->fallback && rule->subject != NULL
                && rule->subject[0] != '$' && !g_str_equal(inherited, rule->subject)
                && party_speaks(run, inherited))
                inherited = NULL;
            fill->subject_name = g_strdup(inherited);
            fill->subject_inherited = inherited != NULL;
        }
        /* where no party can be whose the things are (none named, or only
         * speakers and places: "Seoul's minister said 6,700 containers had
         * gone to Russia"), the pack's own subject stands */
        gboolean by_default = FALSE;
        if (fill->subject_name == NULL && f->fallback && !other_destination(run, rule, c0, c1, t0)) {
            fill->subject_name =
                g_strdup(f->fallback_name ? f->fallback_name : rule->subject);
            fill->subject_inherited = TRUE;
            by_default = TRUE;
        }
        /* "the enemy" is the foe of the party that says so: "The enemy
         * lost 1,250 military over the past day, Ukraine's General Staff
         * said"; with no one saying so it is nobody the sentence names, and
         * the pack's own subject is no default: "The enemy's losses over
         * the past day amounted to 1,180 personnel" tells no North Korean
         * toll, nor, read as a count of the pack's own, any force of
         * North Korea's ("The enemy's total losses … amounted to about 310
         * servicemen") */
        if (fill->subject == NULL && m->type == CC_CLAIM_QUANTITY && rule->subject != NULL) {
            gboolean named = FALSE;
            const char *foe = enemy_of_speaker(run, f, fill->counts, c0, c1, t0, t1, &named);
            /* a part set inside the figure before it ("including",
             * "among them") is of the men that figure counts, where its
             * cue is the whole's, before it: "The enemy's losses … stand
             * at about 812,600 personnel, including 1,430 over the past
             * day, Ukraine's General Staff said" */
            if (!named && subset_part(run, t0)) {
                guint w = listed_whole(run, f, mentions, self, t0, c0, c1);
                if (w != G_MAXUINT) {
                    const CcMention *whole = &g_array_index(mentions, CcMention, w);
                    guint w0 = tok_at(run->toks, whole->start);
                    guint w1 = tok_at(run->toks, whole->end - 1) + 1;
                    if (fill->cue == NULL || fill->cue->t1 <= w0)
                        foe = enemy_of_speaker(run, f, NULL, c0, c1, w0, w1, &named);
                }
            }
            if (foe != NULL && rule->subject[0] == '$') {
                g_free(fill->subject_name);
                fill->subject_name = g_strdup(foe);
                fill->subject_inherited = FALSE;
            } else if (named && by_default)
                g_clear_pointer(&fill->subject_name, g_free);
        }
        if (fill->subject_name == NULL) {
            fill->missing = "subject";
            return;
        }
        if (m->type == CC_CLAIM_QUANTITY && fill->subject != NULL) {
            const Hit *home = home_border(run, rule, fill, t0, c1);
            if (home != NULL) {
                fill->veto = home;
                fill->missing = "home";
                return;
            }
        }
        /* an event that is a saying (the day of a report, "North Korea
         * confirmed on Monday", or a cue that is a verb of saying, "only
         * confirmed the deployment in April") is its speaker's: the party
         * must say it ("Pyongyang's state media confirmed Monday"), not
         * another ("…, the defence minister confirmed on Tuesday") */
        guint say = told_that ? 0 : m->said_at;
        if (say == 0 && !told_that && m->type == CC_CLAIM_DATE && fill->cue != NULL
            && in_table(run, "speech_words", fill->cue->t1 - 1))
            say = fill->cue->t1;
        /* …or opens it, the words after it telling the saying as the
         * first ("state media *said for the first time* on Monday that
         * …") */
        if (say == 0 && !told_that && m->type == CC_CLAIM_DATE && fill->cue != NULL
            && fill->cue->t1 > fill->cue->t0 + 1 && in_table(run, "speech_words", fill->cue->t0))
            say = fill->cue->t0 + 1;
        if (say != 0) {
            /* the party stands right before the verb, at most three words
             * between, past the date itself set off by commas ("North
             * Korea, on Monday, admitted that …"), restated in parentheses
             * or not ("North Korea, on Monday (April 28), admitted …") */
            const Hit *who = fill->subject;
            gboolean says = who != NULL && who->t1 < say;
            guint between = 0;
            guint aside = short_aside(run, t1); /* "on Monday (April 28) confirmed" */
            guint past = aside != 0 && aside_is_date(run, t1 + 1, aside) ? aside + 1 : t1;
            /* past a relative clause about the party set off by commas
             * before the date ("Pyongyang, which had long dismissed the
             * reports as fake news, acknowledged on Monday …") */
            guint rel_from = G_MAXUINT, rel_to = 0;
            if (says && who->t1 + 2 < say
                && g_array_index(run->toks, Tok, who->t1).kind == TOK_COMMA
                && (tok_is(run, who->t1 + 1, "which") || tok_is(run, who->t1 + 1, "who"))) {
                for (guint t = who->t1 + 2; t + 1 < say && t < t0; t++) {
                    TokKind kind = g_array_index(run->toks, Tok, t).kind;
                    if (kind == TOK_BREAK)
                        break;
                    if (kind == TOK_COMMA) {
                        rel_from = who->t1;
                        rel_to = t;
                        break;
                    }
                }
            }
            /* past the comma and relative pronoun of a clause about the
             * party that the verb opens ("North Korea, which admitted
             * sending troops only on April 28, has never …", "Pyongyang,
             * which confirmed the deployment on April 28, …"): the clause
             * is the party's saying */
            if (says && rel_from == G_MAXUINT && who->t1 + 2 < say
                && g_array_index(run->toks, Tok, who->t1).kind == TOK_COMMA
                && (tok_is(run, who->t1 + 1, "which") || tok_is(run, who->t1 + 1, "who"))) {
                rel_from = who->t1;
                rel_to = who->t1 + 1;
            }
            /* past a short aside set off by commas between the party and
             * its verb, no date in it ("Pyongyang, for its part,
             * confirmed the deployment on Monday", "North Korea,
             * meanwhile, admitted …") */
            if (says && rel_from == G_MAXUINT && who->t1 + 3 < say
                && g_array_index(run->toks, Tok, who->t1).kind == TOK_COMMA
                && g_array_index(run->toks, Tok, say - 2).kind == TOK_COMMA
                && say - 2 - (who->t1 + 1) <= 4 && !(t0 > who->t1 && t0 < say)) {
                guint k = who->t1 + 1;
                while (k < say - 2 && g_array_index(run->toks, Tok, k).kind == TOK_WORD)
                    k++;
                if (k == say - 2) {
                    rel_from = who->t1;
                    rel_to = say - 2;
                }
            }
            for (guint t = who ? who->t1 : 0; says && t + 1 < say; t++) {
                if (t >= t0 && t < past)
                    continue;
                if (t >= rel_from && t <= rel_to)
                    continue;
                /* a phrase of `speech_asides` is one word: "Pyongyang
                 * *for the first time* acknowledged on Monday" */
                guint aside_end = phrase_from(run, "speech_asides", t);
                if (aside_end > t + 1 && aside_end < say) {
                    says = ++between <= 3;
                    t = aside_end - 1;
                    continue;
                }
                TokKind kind = g_array_index(run->toks, Tok, t).kind;
                if (kind == TOK_WORD)
                    says = ++between <= 3;
                else
                    says = kind == TOK_COMMA && past <= say - 1 && t + 1 >= t0 - 1 && t <= past;
            }
            if (!says) {
                fill->missing = "subject";
                return;
            }
            fill->said = fill->cue != NULL;
        }
        /* A frame whose claim names its subject takes only that party,
         * and one claiming $subject none the pack counts no soldiers of
         * (`third_parties`: "Cuban losses are put at around 150 dead") */
        if (rule->subject[0] != '$' ? g_strcmp0(fill->subject_name, rule->subject) != 0
                                    : third_party(run, fill->subject_name)) {
            fill->missing = "subject";
            return;
        }
        fill->filled++;
    }
    slot = &f->slot[CC_SLOT_SCOPE];
    if (slot->tables->len > 0) {
        /* before the figure, or inside its noun phrase ("1,000 *more*
         * troops", "1,000 *sappers*") */
        const Hit *sc =
            hit_owned(run, slot->tables, t0, t1, e1, c0, FALSE, c1, FALSE, slot->before, slot->after);
        /* a scope word with a capital, its other letters small, before
         * initials is a word of a name, an outlet's: "*Daily* NK reported
         * that about 700 soldiers had been killed" tells no daily toll (a
         * headline in capitals, "3,000 MORE N. KOREAN TROOPS", keeps its
         * scope) */
        if (sc != NULL && sc->t1 == sc->t0 + 1 && sc->t1 < run->toks->len) {
            const Tok *w = &g_array_index(run->toks, Tok, sc->t0);
            const Tok *n = &g_array_index(run->toks, Tok, sc->t1);
            gboolean initials = n->kind == TOK_WORD && n->end - n->start >= 2;
            for (gsize k = n->start; initials && k < n->end; k++)
                initials = g_ascii_isupper(run->text[k]);
            if (initials && w->end - w->start >= 2 && g_ascii_isupper(run->text[w->start])
                && g_ascii_islower(run->text[w->start + 1]))
                sc = NULL;
        }
        /* a trade or rank before the figure that a verb of saying follows,
         * a word at most between, names who speak, no part of the force:
         * "Ukrainian *officers say* about 11,000 North Korean troops are in
         * Kursk", "*commanders have said* …"; not a span of time before a
         * pronoun that speaks ("In one *week we counted* more than 300 …") */
        static const Word pronoun_subjects[] = {WORD("we"), WORD("they"), WORD("i"),
                                                WORD("he"),  WORD("she"),  WORD("you")};
        if (sc != NULL && sc->t1 <= t0
            && (in_table(run, "speech_words", sc->t1)
                || (sc->t1 + 1 < t0 && g_array_index(run->toks, Tok, sc->t1).kind == TOK_WORD
                    && !tok_in(run, sc->t1, pronoun_subjects, G_N_ELEMENTS(pronoun_subjects))
                    && in_table(run, "speech_words", sc->t1 + 1))))
            sc = NULL;
        /* a scope word between two figures is the nearer's ("At least 100
         * were killed and another 1,000 wounded"), as a cue is */
        if (sc != NULL && b_fig && sc->t0 >= e1 && sc->t1 <= b
            && reach(run, sc->t1, b) < reach(run, e1, sc->t0))
            sc = NULL;
        if (sc != NULL && a_fig && sc->t1 <= t0 && sc->t0 >= a
            && reach(run, a, sc->t0) <= reach(run, sc->t1, t0))
            sc = NULL;
        /* one before another figure before this one is that figure's: "rose
         * *by* about 1,200 to some 2,700" makes the 2,700 no batch */
        if (sc != NULL && a_fig && sc->t1 < a)
            sc = NULL;
        /* one between a figure listed before this one and this one is
         * the nearer's, as it is where the two are not listed: "500
         * *officers* and roughly 12,000 soldiers" makes the 12,000 no
         * batch */
        for (guint i = 0; sc != NULL && sc->t1 <= t0 && i < mentions->len; i++) {
            const CcMention *o = &g_array_index(mentions, CcMention, i);
            if (i == self || i == m->fraction_of || o->type != m->type || o->said_at != 0
                || o->end > m->start)
                continue;
            guint oe = tok_at(run->toks, o->end - 1) + 1;
            if (oe <= sc->t0 && reach(run, oe, sc->t0) <= reach(run, sc->t1, t0))
                sc = NULL;
        }
        /* one after another figure is that figure's, even where the other
         * is set off as a part of this one ("about 11,000, including
         * roughly 500 *officers*" makes the 11,000 no batch); figures
         * listed together share it ("472 drones and seven missiles
         * *overnight*") */
        for (guint i = 0; sc != NULL && sc->t0 >= e1 && i < mentions->len; i++) {
            const CcMention *o = &g_array_index(mentions, CcMention, i);
            /* a share is counted as its base is ("half of the 3 million
             * shells Russia fires *a year*") */
            if (i == self || i == m->fraction_of || o->type != m->type || o->said_at != 0)
                continue;
            guint ot = tok_at(run->toks, o->start);
            /* a part of this whole after it is no item of a list with it:
             * "Of the 3,600 wounded, 300 were *sent home*" */
            if (ot >= t1 && ot < sc->t0
                && (!listed(run, f, mentions, t1, ot) || (m->is_base && o->part_of == self))
                && !second_toll_of_rate(run, f, t1, ot, sc))
                sc = NULL;
            /* and one right before a figure after this one is that
             * figure's own, listed or not ("3 million shells and *another*
             * 100 missiles") */
            else if (ot >= t1 && sc->t1 == ot)
                sc = NULL;
        }
        if (sc != NULL && (newspaper(run, sc) || briefing_rate(run, sc)))
            sc = NULL;
        /* "more than" is a bound, no more of the things: "over 1 million
         * shells had been shipped, enough for *more* than two months" */
        if (sc != NULL && tok_is(run, sc->t1, "than"))
            sc = NULL;
        /* a word of adding before the figure that determines a noun of
         * its own adds nothing to the figure: "In *another* sign of
         * closer ties, 10,000 …", "dismissed as \"*another* fake\" the
         * claim that 10,000 …"; it is the figure's right before it
         * ("another 2,000", "another estimated 2,000") or before a noun
         * whose "of" the figure follows ("another deployment of 3,000") */
        if (sc != NULL && sc->t1 == sc->t0 + 1 && sc->t1 < t0
            && (tok_is(run, sc->t0, "another") || tok_is(run, sc->t0, "further")
                || tok_is(run, sc->t0, "additional"))
            && !tok_is(run, t0 - 1, "of")
            && (t0 - sc->t1 >= 2 || g_array_index(run->toks, Tok, sc->t1).kind != TOK_WORD))
            sc = NULL;
        /* and so does one after the figure and its noun, which opens a
         * noun phrase of its own: "called the reports of 100,000 North
         * Korean troops *another* fake" */
        if (sc != NULL && sc->t1 == sc->t0 + 1 && sc->t0 >= e1
            && (tok_is(run, sc->t0, "another") || tok_is(run, sc->t0, "further")
                || tok_is(run, sc->t0, "additional")))
            sc = NULL;
        /* one before "that" and the figure is a verb whose clause the
         * figure is in, no part added: "Zelensky *added* that 3,000
         * soldiers had been sent" (while "Pyongyang *added* about 3,000
         * soldiers to the 11,000 it sent" is a reinforcement) */
        if (sc != NULL && sc->t1 <= t0 && tok_is(run, sc->t1, "that"))
            sc = NULL;
        /* a span of time, no rate: "*a month* before the North sent some
         * 12,000 combat troops", "a week ago" */
        if (sc != NULL && sc->t1 < run->toks->len
            && (offset_between(run, sc->t0, sc->t1 + 1) || tok_is(run, sc->t1, "ago")))
            sc = NULL;
        /* a year or a month owned or "of" something is a length of time,
         * no rate: "more than *a year*'s supply", "*a month*'s worth",
         * "enough for *a year* of fighting", "within *a year* of the
         * summit" (a week or a day of fighting is the toll's own span) */
        if (sc != NULL && sc->t1 > sc->t0 && span_owned(run, sc->t1 - 1))
            sc = NULL;
        /* a scope word inside a longer cue is the verb's ("Russia has
         * taken *delivery* of 4 million shells"), no batch; a cue that is
         * the scope word alone ("a second *batch* of") stays one */
        if (sc != NULL && fill->cue != NULL && sc->t0 >= fill->cue->t0 && sc->t1 <= fill->cue->t1
            && sc->t1 - sc->t0 < fill->cue->t1 - fill->cue->t0)
            sc = NULL;
        /* one in a relative clause of "those" after the figure is the
         * other things' ("shells similar to those Russian gunners fire
         * *every day*") */
        for (guint t = sc != NULL && sc->t0 > t1 ? sc->t0 - 1 : 0; sc != NULL && t > t1 && t + 6 >= sc->t0;
             t--) {
            if (g_array_index(run->toks, Tok, t).kind != TOK_WORD)
                break;
            if (tok_is(run, t, "those") || tok_is(run, t, "ones"))
                sc = NULL;
        }
        /* one after the figure past "and" or "but" and the verb of a
         * clause of its own is that clause's ("shipped about 150 missiles
         * in 2024 and could send *more* this year" is no batch) */
        static const char *const clause_verbs[] = {"could", "may",   "might", "will", "would",
                                                   "can",   "should", "plans", "intends", NULL};
        for (guint t = t1; sc != NULL && sc->t0 > t1 && t + 1 < sc->t0; t++) {
            if (!tok_is(run, t, "and") && !tok_is(run, t, "but"))
                continue;
            for (guint q = 0; clause_verbs[q] != NULL && sc != NULL; q++)
                if (tok_is(run, t + 1, clause_verbs[q]))
                    sc = NULL;
        }
        /* a span of about a week is no week's rate: "killed or wounded
         * in the space of about a week", "in more than a day" */
        if (sc != NULL && sc->t0 > 0) {
            static const char *const near[] = {"about", "around", "roughly", "nearly", "almost",
                                               "approximately", "than", NULL};
            for (guint q = 0; near[q] != NULL && sc != NULL; q++)
                if (tok_is(run, sc->t0 - 1, near[q]))
                    sc = NULL;
        }
        /* a month after a word of span is no rate (month_span()) */
        if (sc != NULL && month_span(run, f, sc))
            sc = NULL;
        /* "more" as the thing learnt or told, before "about" or "on"
         * and the figure, adds nothing to the force: "We're learning
         * *more about* the roughly 10,000 North Korean soldiers …", "Tell
         * us more now about the 11,000 …" ("1,000 more on the way" keeps
         * its "more", after the figure) */
        if (sc != NULL && sc->t1 == sc->t0 + 1 && sc->t1 <= t0 && tok_is(run, sc->t0, "more")) {
            guint n = sc->t1;
            if (n < t0 && tok_is(run, n, "now"))
                n++;
            if (n < t0 && (tok_is(run, n, "about") || tok_is(run, n, "on")))
                sc = NULL;
        }
        /* one before a verb of inclusion names the whole the figure is a
         * part of ("Russia's Kursk *group* includes some 11,000 North
         * Korean soldiers" is no batch) */
        static const char *const including[] = {"includes", "included", "include", "comprises",
                                                "comprised", NULL};
        for (guint t = sc != NULL ? sc->t1 : 0; sc != NULL && sc->t1 <= t0 && t < t0; t++)
            for (guint q = 0; including[q] != NULL && sc != NULL; q++)
                if (tok_is(run, t, including[q]))
                    sc = NULL;
        /* nor is one before a verb of joining the figure, the force joined
         * ("the *reinforcements*, who joined the roughly 11,000 already
         * there" makes the 11,000 no reinforcement), or of following it,
         * the force that came before ("the *second deployment* follows the
         * roughly 11,000 soldiers dispatched last October"), or of going
         * past it, the force it adds to ("no sign of *additional* soldiers
         * *beyond* the roughly 11,000 already in Russia") */
        static const char *const joining[] = {"joined",     "join",       "joins",     "joining",
                                              "reinforced", "reinforce",  "reinforcing",
                                              "bolstered",  "bolstering", "follows",
                                              "followed",   "follow",     "following",
                                              "beyond",     NULL};
        for (guint t = sc != NULL ? sc->t1 : 0; sc != NULL && sc->t1 <= t0 && t < t0; t++)
            for (guint q = 0; joining[q] != NULL && sc != NULL; q++)
                if (tok_is(run, t, joining[q]))
                    sc = NULL;
        /* one past the verb after a share's base is the share's: "roughly
         * half of the 4,100 wounded soldiers have been *sent back*" sends
         * the half home, not the 4,100 (a word before the verb, "half of
         * the 3 million shells Russia fires *a year*", stays the base's) */
        static const char *const auxiliaries[] = {"have", "has", "had", "were", "was",
                                                  "are", "is", NULL};
        for (guint i = 0; sc != NULL && sc->t0 >= t1 && i < mentions->len; i++) {
            if (i == self || g_array_index(mentions, CcMention, i).fraction_of != self)
                continue;
            for (guint t = t1; sc != NULL && t < sc->t0; t++)
                for (guint q = 0; auxiliaries[q] != NULL && sc != NULL; q++)
                    if (tok_is(run, t, auxiliaries[q]))
                        sc = NULL;
        }
        fill->scope = sc;
        /* a scope word inside another figure is that figure's: "more" of
         * "More than 40% of the roughly 11,000 sent" makes no batch */
        if (fill->scope != NULL
            && (inside_quantity(mentions, self, fill->scope)
                || ordinal_in_date(run, mentions, fill->scope)))
            fill->scope = NULL;
        if (fill->scope == NULL) {
            fill->scope = fronted_rate(run, f, slot->tables, t0, c0);
            if (fill->scope == NULL)
                fill->scope = rate_before_participle(run, f, slot->tables, t0);
            fill->scope_fronted = fill->scope != NULL;
        }
        if (fill->scope == NULL && fill->cue != NULL && fill->cue->t0 >= t1)
            fill->scope = rate_after_cue(run, f, slot->tables, fill->cue, c1, mentions);
    }
}

static void
widen(gsize *s, gsize *e, const Hit *h)
{
    if (h == NULL)
        return;
    *s = MIN(*s, h->start);
    *e = MAX(*e, h->end);
}

static char *
claim_part(const char *spec, const Fill *fill)
{
    if (spec == NULL)
        return NULL;
    if (g_str_equal(spec, "$subject"))
        return g_strdup(fill->subject_name);
    return g_strdup(spec);
}

static void
describe(GString *out, const char *name, const CcFrameRun *run, const Hit *h)
{
    if (h != NULL)
        g_string_append_printf(out, " %s=\"%.*s\"", name, (int)(h->end - h->start),
                               run->text + h->start);
}

static char *
explain_fill(const CcFrameRun *run, const CcRule *rule, const CcMention *m, const Fill *fill)
{
    GString *out = g_string_new(NULL);
    g_string_append_printf(out, "frame %s (%s:%u): value=\"%.*s\"", rule->id, rule->file,
                           rule->line, (int)(m->end - m->start), run->text + m->start);
    describe(out, "counts", run, fill->counts);
    describe(out, "cue", run, fill->cue);
    if (fill->subject_inherited)
        g_string_append_printf(out, " subject=%s (inherited)", fill->subject_name);
    else if (fill->subject_owner != NULL)
        g_string_append_printf(out, " subject=\"%.*s\" (its)",
                               (int)(fill->subject_owner->end - fill->subject_owner->start),
                               run->text + fill->subject_owner->start);
    else
        describe(out, "subject", run, fill->subject);
    describe(out, "scope", run, fill->scope);
    return g_string_free(out, FALSE);
}

/* How far a frame that missed got, for naming the closest: the slots it
 * filled, and how late in the order (counts, veto, cue, subject, home) the slot
 * it lacked comes. */
static guint
progress(const Fill *fill)
{
    static const char *const order[] = {"follows", "counts", "veto", "cue", "subject", "home"};
    guint stage = 0;
    for (guint i = 0; i < G_N_ELEMENTS(order); i++)
        if (fill->missing != NULL && g_str_equal(fill->missing, order[i]))
            stage = i;
    return fill->filled * 8 + stage;
}

/* Orders two frames' fills of one mention: negative when @a's frame should
 * take it before @b's. The counted noun nearer the figure, the longer
 * noun, for a date a cue right before it ("the pact Putin and Kim signed
 * in June came into force on Wednesday": June is the signing's), for a
 * quantity of two predicates a harm right after its counted noun over a
 * verb of loss before the figure ("lost 1,500 troops killed" counts the
 * killed; "captured two soldiers wounded" still the captured), and so a
 * harm between the figure and its noun ("Of those losses, some 2,000
 * *wounded* soldiers were flown home" counts the wounded), the higher
 * priority, the nearer cue ("recaptured by Russia in March" dates
 * the recapture, not the incursion further back). */
static int
rank(const Fill *a, const CcRule *ra, const Fill *b, const CcRule *rb)
{
    /* a date's cue before it in its own clause over words told in a clause
     * of saying after it ("acknowledged the deployment on 28 April, with
     * KCNA saying its troops had helped retake Kursk") */
    if (a->cue_before != b->cue_before && (a->cue_before ? b->cue_said_after : a->cue_said_after))
        return a->cue_before ? -1 : 1;
    if (a->counts_dist != b->counts_dist)
        return a->counts_dist < b->counts_dist ? -1 : 1;
    if (a->counts_len != b->counts_len)
        return a->counts_len > b->counts_len ? -1 : 1;
    if (a->cue_leads != b->cue_leads)
        return a->cue_leads ? -1 : 1;
    if (a->cue_trails != b->cue_trails && (a->cue_trails ? b->cue_loss : a->cue_loss)
        && g_strcmp0(ra->predicate, rb->predicate) != 0)
        return a->cue_trails ? -1 : 1;
    if (a->cue_inside != b->cue_inside && (a->cue_inside ? b->cue_loss : a->cue_loss)
        && g_strcmp0(ra->predicate, rb->predicate) != 0)
        return a->cue_inside ? -1 : 1;
    /* of two frames that take a bare figure for what they follow, the one
     * whose antecedent stands nearer ("How many have died? About 600") */
    if (ra->frame->follows != NULL && rb->frame->follows != NULL && a->follows_dist > 0
        && b->follows_dist > 0 && a->follows_dist != b->follows_dist
        && g_strcmp0(ra->predicate, rb->predicate) != 0)
        return a->follows_dist < b->follows_dist ? -1 : 1;
    if (ra->frame->priority != rb->frame->priority)
        return ra->frame->priority > rb->frame->priority ? -1 : 1;
    if (a->cue_dist != b->cue_dist)
        return a->cue_dist < b->cue_dist ? -1 : 1;
    return 0;
}

/* Orders two frames' fills of the bare figure @m that rank() leaves
 * tied, both taking it only by what they follow, with no counted noun:
 * negative when @a's frame should take it. A count of persons gives way
 * to a count of things when the figure runs to a million or more, the
 * size of no deployment or toll ("Pyongyang has supplied soldiers as well
 * as shells. More than 9 million have been shipped" are shells); 0 for
 * no order. */
static int
size_order(const CcMention *m, const Fill *a, const CcRule *ra, const Fill *b, const CcRule *rb)
{
    if (a->counts != NULL || b->counts != NULL || ra->frame->follows == NULL
        || rb->frame->follows == NULL || g_strcmp0(ra->predicate, rb->predicate) == 0
        || !m->value.has_low || m->value.low < 1e6)
        return 0;
    gboolean a_person = g_strcmp0(ra->unit, "person") == 0;
    gboolean b_person = g_strcmp0(rb->unit, "person") == 0;
    if (a_person == b_person || ra->unit == NULL || rb->unit == NULL)
        return 0;
    return a_person ? 1 : -1;
}

/* Fills run->with_hit[] for the current sentence, scanned whole: the
 * frames read each table with hits (the hits hits_of() gives). */
static void
frames_with_hits(CcFrameRun *run)
{
    if (run->scanned != run->sentence)
        rescan(run);
    if (run->with_hit_generation == run->generation + 1)
        return;
    guint nw = run->frame_words;
    for (int k = 0; k < 2; k++) {
        guint64 *set = run->with_hit[k];
        if (nw == 0) /* a rule set with no frames: no set to fill */
            continue;
        memset(set, 0, nw * sizeof *set);
        for (guint i = 0; i < run->n_with_hits; i++) {
            const Dict *d = run->with_hits[i];
            if (d->hits->len == 0)
                continue;
            const guint64 *readers = run->slot_frames[k] + d->bit * nw;
            for (guint w = 0; w < nw; w++)
                set[w] |= readers[w];
        }
    }
    run->with_hit_generation = run->generation + 1;
}

/* Could some frame of type @k (0: quantity, 1: date) fire in the current
 * sentence, before any figure is read? One could where the sentence holds
 * a hit of its counts tables, or of its cue tables when it counts nothing
 * (a date frame without counts), and its `follows` is claimed, where it
 * has one. */
static gboolean
some_frame_could_fire(CcFrameRun *run, int k)
{
    frames_with_hits(run);
    for (guint w = 0; w < run->frame_words; w++) {
        guint64 none = run->no_counts[w];
        guint64 hit = (~none & run->with_hit[0][w])
                      | (none & (run->no_cue[w] | run->with_hit[1][w]));
        /* the hits first: they are the sentence's own, and follows_met()
         * looks through three sentences' claims and names (both only read) */
        for (guint64 x = hit & run->of_type[k][w]; x != 0; x &= x - 1) {
            const CcFrame *f =
                ((const CcRule *)run->frames->pdata[w * 64 + (guint)__builtin_ctzll(x)])->frame;
            if (f->follows == NULL || follows_met(run, f, G_MAXUINT))
                return TRUE;
        }
    }
    return FALSE;
}

/* Where a revision of an estimate begins before the figure at token @t0
 * ("it revised its estimate up to around 2,000", "raised the figure to
 * 2,000"): the verb's token, or, for a revision set off after a comma
 * (", a figure later revised to 14,000"), the comma's; G_MAXUINT for
 * none. */
static guint
revision_before(const CcFrameRun *run, guint t0)
{
    static const Word links[] = {WORD("to"),      WORD("up"),   WORD("upward"),
                                 WORD("upwards"), WORD("down"), WORD("downward")};
    static const Word nouns[] = {WORD("estimate"), WORD("figure"), WORD("count"),
                                 WORD("tally"),    WORD("toll"),   WORD("assessment")};
    static const Word owners[] = {WORD("its"), WORD("his"), WORD("her"), WORD("their"),
                                  WORD("the")};
    static const Word verbs[] = {
        WORD("revised"), WORD("raised"), WORD("updated"), WORD("increased"), WORD("lowered"),
        WORD("revises"), WORD("raises"), WORD("updates"), WORD("increases"), WORD("lowers")};
    guint t = t0, k = 0;
    while (t > 0 && k < 2 && tok_in(run, t - 1, links, G_N_ELEMENTS(links))) {
        t--;
        k++;
    }
    /* a figure set off after a comma that says how it was revised: "…
     * at least 12,000 soldiers, a figure later revised to 14,000", "…, an
     * estimate since raised to" (the token of the comma) */
    if (k > 0 && t >= 4 && tok_in(run, t - 1, verbs, G_N_ELEMENTS(verbs))) {
        static const Word when[] = {WORD("later"), WORD("since"), WORD("subsequently"),
                                    WORD("then"), WORD("soon")};
        static const Word appositive[] = {WORD("figure"), WORD("estimate"), WORD("number"),
                                          WORD("count"), WORD("tally"), WORD("toll")};
        guint v = t - 1;
        if (v >= 4 && tok_in(run, v - 1, when, G_N_ELEMENTS(when)))
            v--;
        if (v >= 3 && tok_in(run, v - 1, appositive, G_N_ELEMENTS(appositive))
            && (tok_is(run, v - 2, "a") || tok_is(run, v - 2, "an"))
            && g_array_index(run->toks, Tok, v - 3).kind == TOK_COMMA)
            return v - 3;
    }
    if (k == 0 || t < 3 || !tok_in(run, t - 1, nouns, G_N_ELEMENTS(nouns))
        || !tok_in(run, t - 2, owners, G_N_ELEMENTS(owners))
        || !tok_in(run, t - 3, verbs, G_N_ELEMENTS(verbs)))
        return G_MAXUINT;
    return t - 3;
}

/* The token right before a source's possessive name of one to three
 * words (its first capitalised, a "the" before it or not) that stands
 * right before the figure at token @t0, as in a span whose ends are each
 * a source's count: "from *Seoul's* 3,000 to *Kyiv's* 12,000", "… to *the
 * Pentagon's* 12,000"; G_MAXUINT for none. */
static guint
before_source_possessive(const CcFrameRun *run, guint t0)
{
    if (t0 < 2 || possessive(run->text, &g_array_index(run->toks, Tok, t0 - 1)) == 0)
        return G_MAXUINT;
    for (guint t = t0 - 1, words = 1; t > 0 && words <= 3; t--, words++) {
        const Tok *tok = &g_array_index(run->toks, Tok, t);
        if (tok->kind != TOK_WORD || !g_ascii_isupper(run->text[tok->start]))
            return G_MAXUINT;
        if (t + 1 < t0 && possessive(run->text, tok) != 0)
            return G_MAXUINT;
        guint b = t - 1;
        if (tok_is(run, b, "the") && b > 0)
            b--;
        if (tok_is(run, b, "from") || tok_is(run, b, "to"))
            return b;
    }
    return G_MAXUINT;
}

/* Where does an earlier estimate put "at" the figure at token @t0 open:
 * "a number it had put at 60", "the figure Seoul had earlier put at
 * 1,100", "an estimate they had previously pegged at 3,000"? The token of
 * the determiner before the estimate's noun, or G_MAXUINT. */
static guint
put_earlier_before(const CcFrameRun *run, guint t0)
{
    static const Word puts[] = {WORD("put"), WORD("placed"), WORD("pegged"), WORD("set")};
    static const Word adverbs[] = {WORD("earlier"), WORD("previously"), WORD("initially"),
                                   WORD("first"), WORD("once"), WORD("originally")};
    static const Word nouns[] = {WORD("number"), WORD("figure"), WORD("estimate"), WORD("count"),
                                 WORD("tally"), WORD("toll"), WORD("total")};
    static const Word dets[] = {WORD("a"), WORD("an"), WORD("the"), WORD("that")};
    if (t0 < 6 || !tok_is(run, t0 - 1, "at") || !tok_in(run, t0 - 2, puts, G_N_ELEMENTS(puts)))
        return G_MAXUINT;
    guint t = t0 - 2;
    if (tok_in(run, t - 1, adverbs, G_N_ELEMENTS(adverbs)))
        t--;
    if (t < 5 || !tok_is(run, t - 1, "had"))
        return G_MAXUINT;
    t--;
    /* the putter: a pronoun or a name of one to four words ("Seoul",
     * "the spy agency"), between the estimate's noun and "had" */
    for (guint words = 1; words <= 4 && t >= words + 2; words++) {
        const Tok *tok = &g_array_index(run->toks, Tok, t - words);
        if (tok->kind != TOK_WORD)
            return G_MAXUINT;
        if (tok_in(run, t - words - 1, nouns, G_N_ELEMENTS(nouns))
            && tok_in(run, t - words - 2, dets, G_N_ELEMENTS(dets)))
            return t - words - 2;
    }
    return G_MAXUINT;
}

/* Where does the phrase open that sets the figure at token @t0 as an
 * earlier one against the figure before it: "from" ("up from 8,000",
 * "a sharp rise from the 3,000 it cited"), "compared with" or "compared
 * to", "versus", ", against" ("…, against the 3,000 estimated in
 * January"), a multiple before "the" ("double the 6,000 reported in
 * November", "twice the"), or an earlier estimate's noun and "of" ("its
 * previous estimate of 3,000", "an earlier estimate of over 5,000")? The
 * opening token, or G_MAXUINT; *@far is set when the opener names the
 * figure an earlier estimate, which may stand further from the figure it
 * is set against. */
static guint
earlier_before(const CcFrameRun *run, guint t0, gboolean *far)
{
    static const Word compared[] = {WORD("compared"), WORD("comparing"), WORD("compares")};
    static const Word versus[] = {WORD("versus"), WORD("vs")};
    static const Word multiples[] = {WORD("double"),   WORD("doubling"), WORD("twice"),
                                     WORD("triple"),   WORD("tripling"), WORD("treble"),
                                     WORD("quadruple")};
    static const Word earlier[] = {WORD("earlier"), WORD("previous"), WORD("prior"),
                                   WORD("initial"), WORD("original")};
    static const Word nouns[] = {WORD("estimate"), WORD("figure"), WORD("count"), WORD("tally"),
                                 WORD("assessment")};
    guint t = t0;
    *far = FALSE;
    if (t >= 3 && tok_is(run, t - 1, "of") && tok_in(run, t - 2, nouns, G_N_ELEMENTS(nouns))
        && tok_in(run, t - 3, earlier, G_N_ELEMENTS(earlier))) {
        *far = TRUE;
        return t - 3;
    }
    /* "up from an estimate of 160", "down from its figure of 3,000": the
     * estimate's noun after "from", or after a multiple ("more than
     * double its estimate of 1,100"), names the figure the earlier one */
    if (t >= 4 && tok_is(run, t - 1, "of") && tok_in(run, t - 2, nouns, G_N_ELEMENTS(nouns))
        && (tok_is(run, t - 3, "an") || tok_is(run, t - 3, "a") || tok_is_determiner(run, t - 3))
        && (tok_is(run, t - 4, "from") || tok_in(run, t - 4, multiples, G_N_ELEMENTS(multiples))))
        return t - 4;
    /* "…, a number it had put at 60 in November", "the figure Seoul had
     * earlier put at 1,100": an estimate's noun, its putter (a pronoun
     * or a name of up to four words) and a pluperfect verb of
     * putting name the figure an earlier one (the present, "a number
     * Kyiv puts at 12,000", is a rival's) */
    guint put = put_earlier_before(run, t0);
    if (put != G_MAXUINT) {
        *far = TRUE;
        return put;
    }
    gboolean the = t > 0 && tok_is(run, t - 1, "the");
    if (t > 0 && tok_is_determiner(run, t - 1))
        t--;
    if (t == 0)
        return G_MAXUINT;
    if (tok_is(run, t - 1, "from") || tok_in(run, t - 1, versus, G_N_ELEMENTS(versus)))
        return t - 1;
    if (t >= 2 && (tok_is(run, t - 1, "with") || tok_is(run, t - 1, "to"))
        && tok_in(run, t - 2, compared, G_N_ELEMENTS(compared)))
        return t - 2;
    if (t >= 2 && tok_is(run, t - 1, "against")
        && g_array_index(run->toks, Tok, t - 2).kind == TOK_COMMA)
        return t - 1;
    if (the && tok_in(run, t - 1, multiples, G_N_ELEMENTS(multiples)))
        return t - 1;
    /* "from 8,000 to roughly 11,000": the figure a change came to, when
     * the value pass read the one it started from apart (restated() asks
     * that the figure before open with "from" and end right before "to") */
    if (t == t0 && tok_is(run, t0 - 1, "to"))
        return t0 - 1;
    /* "from Seoul's 3,000 to Kyiv's 12,000": each end a source's count */
    guint b = before_source_possessive(run, t0);
    if (b != G_MAXUINT && tok_is(run, b, "to"))
        return b;
    return G_MAXUINT;
}

/* Where does the contrast open that sets another estimate of the same
 * thing against the figure before, the figure at token @t0 right after
 * "at": "put North Korean casualties at 4,000, *though* U.S. estimates
 * were lower at around 1,200"? The token of "though", "although",
 * "while", "whereas" or "but", at most eight words back in the clause,
 * with an estimate's noun between, or "it" or "them" after a verb of
 * putting right before "at" ("while Kyiv puts it at about 6 million");
 * "is" or "was" right after the estimate's noun stands for "at" ("while
 * South Korea's figure is more than 1,000"). A semicolon opens one too
 * where "the" and the estimate's noun stand after it and "is" or "was"
 * right before the figure ("…; the correct figure is 1,200", "…; the
 * figure given by Kyiv was 1,200"). G_MAXUINT for none. */
static guint
contrast_before(const CcFrameRun *run, guint t0)
{
    static const Word contrasts[] = {WORD("though"), WORD("although"), WORD("while"),
                                     WORD("whereas"), WORD("but")};
    static const Word nouns[] = {WORD("estimate"),   WORD("estimates"), WORD("figure"),
                                 WORD("figures"),    WORD("count"),     WORD("counts"),
                                 WORD("tally"),      WORD("toll"),      WORD("assessment"),
                                 WORD("assessments"), WORD("number")};
    static const Word puts[] = {WORD("put"),    WORD("puts"), WORD("places"),
                                WORD("placed"), WORD("pegs"), WORD("pegged")};
    /* "…, while South Korea's *figure is* more than 1,000": the estimate's
     * noun and "is" or "was" stand for "at" */
    gboolean be = t0 >= 2 && (tok_is(run, t0 - 1, "is") || tok_is(run, t0 - 1, "was"));
    gboolean copula = be && tok_in(run, t0 - 2, nouns, G_N_ELEMENTS(nouns));
    if (t0 == 0 || (!tok_is(run, t0 - 1, "at") && !be))
        return G_MAXUINT;
    gboolean at = tok_is(run, t0 - 1, "at") || copula;
    /* "…, while the Pentagon *puts them at* about 1,200": the pronoun
     * stands for the estimate's noun */
    gboolean noun = t0 >= 3 && (tok_is(run, t0 - 2, "it") || tok_is(run, t0 - 2, "them"))
                    && tok_in(run, t0 - 3, puts, G_N_ELEMENTS(puts));
    for (guint t = t0 - 1, words = 0; t > 0 && words <= 8; t--) {
        const Tok *tok = &g_array_index(run->toks, Tok, t - 1);
        /* a clause of its own after a semicolon that names "the"
         * estimate and gives its figure after "is" or "was": a
         * correction's right figure or a rival's ("…; the correct figure
         * is 1,200", "…; the figure given by Kyiv was 1,200"; a party's
         * own, "…; Seoul's estimate … was about 1,000", is a gapped
         * rival's, gapped_rival_before()) */
        if (tok->kind == TOK_BREAK)
            return be && noun && run->text[tok->start] == ';' && tok_is(run, t, "the")
                       ? t - 1
                       : G_MAXUINT;
        if (tok->kind != TOK_WORD)
            continue;
        words++;
        if (tok_in(run, t - 1, contrasts, G_N_ELEMENTS(contrasts)))
            return noun && at ? t - 1 : G_MAXUINT;
        noun = noun || tok_in(run, t - 1, nouns, G_N_ELEMENTS(nouns));
    }
    return G_MAXUINT;
}

/* Where does a comparison open that sets a rival figure, "the" and no noun
 * of its own, against the one before it: "…, almost three times *the*
 * 1,100 cited by the JCS", "double the 2,000 Seoul gives", "compared with
 * the 1,100 …", "…, far fewer than the 15,000 Kyiv cites", "sits well
 * below the 12 million that Seoul …", "…, let alone the 12,000 that Seoul
 * counts"? The token of "times", "double", "twice", "triple", "compared",
 * "let", or of a comparative before "than" or of "above" or "below" (a
 * word of degree before either is no part of it); G_MAXUINT for none. */
static guint
compared_before(const CcFrameRun *run, guint t0)
{
    static const Word mult[] = {WORD("times"), WORD("double"), WORD("twice"), WORD("triple"),
                                 WORD("treble")};
    static const Word more[] = {WORD("more"),    WORD("fewer"),   WORD("less"),
                                WORD("greater"), WORD("higher"),  WORD("lower"),
                                WORD("larger"),  WORD("smaller"), WORD("bigger")};
    static const Word over[] = {WORD("above"), WORD("below")};
    if (t0 < 2 || !tok_is(run, t0 - 1, "the"))
        return G_MAXUINT;
    if (tok_in(run, t0 - 2, mult, G_N_ELEMENTS(mult)))
        return t0 - 2;
    if (t0 >= 3 && tok_is(run, t0 - 2, "with") && tok_is(run, t0 - 3, "compared"))
        return t0 - 3;
    if (t0 >= 3 && tok_is(run, t0 - 2, "alone") && tok_is(run, t0 - 3, "let"))
        return t0 - 3;
    if (t0 >= 3 && tok_is(run, t0 - 2, "than") && tok_in(run, t0 - 3, more, G_N_ELEMENTS(more)))
        return t0 - 3;
    if (tok_in(run, t0 - 2, over, G_N_ELEMENTS(over)))
        return t0 - 2;
    return G_MAXUINT;
}

/* Where does the phrase open that sets a rival figure against the one
 * before, the figure at token @t0 right after it: "put North Korean
 * losses at about 300, *not the* 4,000 that Kyiv cites", "counts some
 * 3,000 *rather than the* 4,000 Ukraine has claimed", "*instead of* 4,000"?
 * The token of "not", "rather" or "instead"; G_MAXUINT for none. */
static guint
rival_before(const CcFrameRun *run, guint t0)
{
    guint t = t0;
    if (t > 0 && tok_is(run, t - 1, "the"))
        t--;
    if (t >= 2 && g_array_index(run->toks, Tok, t - 2).kind == TOK_COMMA && tok_is(run, t - 1, "not"))
        return t - 1;
    if (t >= 2 && tok_is(run, t - 1, "than") && tok_is(run, t - 2, "rather"))
        return t - 2;
    if (t >= 2 && tok_is(run, t - 1, "of") && tok_is(run, t - 2, "instead"))
        return t - 2;
    return compared_before(run, t0);
}

/* Where does a rival estimate open that gaps the verb of the one before
 * it, the figure at token @t0 right after "at": "Seoul puts the shells at
 * 12 million*, Kyiv at* about 6 million", "…*, the Pentagon at* about
 * 1,200", "… *and the Pentagon at* …", "…*; Washington at* …"? The "at"
 * may be gapped too, the figure right after the name: "Seoul put it at
 * 3,000*, Kyiv* 4,000". The token of the comma, semicolon or "and" before
 * a name of one to four words (its first capitalised, a "the" before it)
 * and "at" or the figure ("closer to" or "nearer" may stand between:
 * "…; Kyiv's estimate is closer to 6.5 million"); G_MAXUINT for none.
 * restated() asks that the figure before it stand right after an "at" of
 * its own. */
static guint
gapped_rival_before(const CcFrameRun *run, guint t0)
{
    if (t0 < 3)
        return G_MAXUINT;
    static const Word be[] = {WORD("is"), WORD("was"), WORD("are"), WORD("were")};
    static const Word estimates[] = {WORD("estimate"),   WORD("estimates"), WORD("figure"),
                                     WORD("figures"),    WORD("count"),     WORD("tally"),
                                     WORD("assessment"), WORD("number"),    WORD("reckoning"),
                                     WORD("guess")};
    guint words = 0;
    guint from = tok_is(run, t0 - 1, "at") ? t0 - 1 : t0;
    /* "…; Kyiv*,* at 12,000": a comma may set off the "at" */
    if (from == t0 - 1 && t0 >= 4 && g_array_index(run->toks, Tok, t0 - 2).kind == TOK_COMMA
        && g_array_index(run->toks, Tok, t0 - 3).kind == TOK_WORD)
        from = t0 - 2;
    /* "…; Kyiv's estimate is *closer to* 6.5 million": a rival figure told
     * as nearer the truth than the one before, the words no part of the
     * name's */
    if (from == t0 && t0 >= 3 && tok_is(run, t0 - 1, "to")
        && (tok_is(run, t0 - 2, "closer") || tok_is(run, t0 - 2, "nearer")))
        from = t0 - 2;
    else if (from == t0 && tok_is(run, t0 - 1, "nearer"))
        from = t0 - 1;
    /* "…; Kyiv, at closer to 4,000": the comma before the "at" too */
    if (from < t0 && from >= 4 && tok_is(run, from - 1, "at")
        && g_array_index(run->toks, Tok, from - 2).kind == TOK_COMMA
        && g_array_index(run->toks, Tok, from - 3).kind == TOK_WORD)
        from -= 2;
    for (guint t = from; t > 0; t--) {
        const Tok *tok = &g_array_index(run->toks, Tok, t - 1);
        gboolean semicolon = tok->kind == TOK_BREAK && run->text[tok->start] == ';';
        gboolean and = words >= 1 && tok_is(run, t - 1, "and");
        if (tok->kind == TOK_COMMA || semicolon || and) {
            guint first = t;
            if (words >= 2 && tok_is(run, first, "the"))
                first++;
            const Tok *name = &g_array_index(run->toks, Tok, first);
            if (words < 1 || words - (first - t) > 4 || name->kind != TOK_WORD
                || !g_ascii_isupper(run->text[name->start]))
                return G_MAXUINT;
            /* a verb of being after the name says whose estimate it is:
             * the possessive's own ("Kyiv's is …") or its noun's ("Kyiv's
             * estimate is …"), not another count of the party's ("Russia's
             * output is about 3 million a year") */
            for (guint k = first + 1; k < from; k++)
                if (tok_in(run, k, be, G_N_ELEMENTS(be))
                    && !tok_in(run, k - 1, estimates, G_N_ELEMENTS(estimates))
                    && !(k == first + 1
                         && possessive(run->text, &g_array_index(run->toks, Tok, first)) != 0))
                    return G_MAXUINT;
            /* ", and the Pentagon at": the comma opens it */
            if (and && t >= 2 && g_array_index(run->toks, Tok, t - 2).kind == TOK_COMMA)
                return t - 2;
            return t - 1;
        }
        if (tok->kind != TOK_WORD || ++words > 5)
            return G_MAXUINT;
    }
    return G_MAXUINT;
}

/* Is the name that opens the gapped rival at token @gapped (its comma,
 * semicolon or "and"), before the figure at token @t0, the possessive of a
 * party of @f's subject tables other than @whose, the owner of the figure
 * before, with "at" or the figure right after it: "put North Korea's
 * deliveries at 4 million shells and *Iran's* at under a million"? That
 * owner's own figure, no rival estimate of the same count. */
static gboolean
gapped_other_owner(CcFrameRun *run, const CcFrame *f, guint gapped, guint t0, const char *whose)
{
    guint k = gapped + 1;
    if (k < t0 && tok_is(run, k, "and"))
        k++;
    if (k < t0 && tok_is(run, k, "the"))
        k++;
    const Hit *party = k < t0 ? hit_starting(run, f->slot[CC_SLOT_SUBJECT].tables, k) : NULL;
    if (party == NULL || party->t1 > t0
        || possessive(run->text, &g_array_index(run->toks, Tok, party->t1 - 1)) == 0)
        return FALSE;
    /* up to three words of the party's own noun between ("and *Russia's
     * own output* at 3 million"), none a source or its figure ("Seoul's
     * estimate at …", "Ukraine's military intelligence at …" is a rival:
     * restated_figure_nouns, source_nouns) */
    guint at = party->t1;
    while (at < t0 && at < party->t1 + 3 && !tok_is(run, at, "at")
           && g_array_index(run->toks, Tok, at).kind == TOK_WORD
           && !in_table(run, "restated_figure_nouns", at) && !in_table(run, "source_nouns", at))
        at++;
    if (party->t1 != t0 && !tok_is(run, at, "at"))
        return FALSE;
    const char *name = entity_name(run, run->text, party);
    return name != NULL && whose != NULL && g_strcmp0(name, whose) != 0;
}

/* Does the figure at token @o0 open a list whose later figures gap its
 * verb, and "at" with it: one put "at" ("Seoul put it at 3,000, Kyiv
 * 4,000"), one right after a speaker's verb of saying or counting
 * ("Kyiv says about 4,000, Seoul roughly 2,000"), or one itself gapped
 * so, right after its name ("…, Seoul roughly 2,000 and Washington
 * fewer than 1,500"; not "…; Kyiv's figure is 3,800", which
 * pointed_back() reads)? */
static gboolean
gapping_figure(const CcFrameRun *run, guint o0)
{
    static const char *const verbs[] = {"says", "said", "estimates", "estimated", "counts",
                                        "counted", "reckons", "claims", "claimed"};
    if (o0 == 0)
        return FALSE;
    if (tok_is(run, o0 - 1, "at"))
        return TRUE;
    for (guint k = 0; k < G_N_ELEMENTS(verbs); k++)
        if (tok_is(run, o0 - 1, verbs[k]) && o0 >= 2
            && g_ascii_isupper(run->text[g_array_index(run->toks, Tok, o0 - 2).start]))
            return TRUE;
    return g_ascii_isupper(run->text[g_array_index(run->toks, Tok, o0 - 1).start])
           && gapped_rival_before(run, o0) != G_MAXUINT;
}

/* Lists in run->fillable, in order, the frames that can fill at all in
 * the current sentence. Not one where a slot it cannot do without has no
 * hit in the sentence: its counted noun (unless headless; every counted
 * noun fill_frame() attaches is a hit of those tables), its cue (unless
 * optional). fill_frame() would return with that slot missing for every
 * mention; asked once a sentence, not once a mention. (What a frame
 * follows may be claimed by the sentence's own earlier figures: that
 * stays fill_frame()'s to ask.) */
static void
frames_may_fill(CcFrameRun *run)
{
    frames_with_hits(run);
    g_array_set_size(run->fillable, 0);
    for (guint w = 0; w < run->frame_words; w++)
        for (guint64 x = (run->spare[0][w] | run->with_hit[0][w])
                         & (run->spare[1][w] | run->with_hit[1][w]);
             x != 0; x &= x - 1) {
            guint fi = w * 64 + (guint)__builtin_ctzll(x);
            g_array_append_val(run->fillable, fi);
        }
}

/* The words that open a clause pointing back at a count: "The figure",
 * "That number", "the total" (pointed_back()). */
static const Word back_owners[] = {WORD("the"), WORD("that"), WORD("this"), WORD("its"),
                                   WORD("their")};
static const Word back_nouns[] = {WORD("figure"), WORD("number"), WORD("total"),   WORD("count"),
                                  WORD("tally"),  WORD("toll"),   WORD("estimate")};
/* Verbs of a count's change that reach its new size: "The figure has since
 * risen to 14,000", "the toll now stands at 600". */
static const Word changes[] = {
    WORD("risen"),  WORD("rose"),    WORD("rises"),   WORD("climbed"),   WORD("climbs"),
    WORD("grown"),  WORD("grew"),    WORD("grows"),   WORD("increased"), WORD("increases"),
    WORD("jumped"), WORD("swelled"), WORD("reached"), WORD("reaches"),   WORD("hit"),
    WORD("stands"), WORD("stood"),   WORD("fallen"),  WORD("fell"),      WORD("dropped")};

/* Where does a time that opens the sentence end, a live page's "Earlier
 * today", "This morning", "At lunchtime" or "On Monday" (at most three
 * words, the last a word of time, a comma after them or not)? The token
 * after it, or G_MAXUINT for none. */
static guint
fronted_time_end(const CcFrameRun *run)
{
    static const Word times[] = {
        WORD("earlier"),  WORD("today"),   WORD("morning"),  WORD("afternoon"), WORD("evening"),
        WORD("yesterday"), WORD("lunchtime"), WORD("noon"),   WORD("midday"),    WORD("overnight"),
        WORD("night"),    WORD("monday"),  WORD("tuesday"),  WORD("wednesday"), WORD("thursday"),
        WORD("friday"),   WORD("saturday"), WORD("sunday")};
    for (guint t = 1; t <= 3 && t < run->toks->len; t++) {
        if (g_array_index(run->toks, Tok, t - 1).kind != TOK_WORD)
            return G_MAXUINT;
        if (tok_in(run, t - 1, times, G_N_ELEMENTS(times))
            && !(t < run->toks->len && tok_in(run, t, times, G_N_ELEMENTS(times))))
            return t < run->toks->len && g_array_index(run->toks, Tok, t).kind == TOK_COMMA
                       ? t + 1
                       : t;
    }
    return G_MAXUINT;
}

/* Does the sentence open, past a fronted time or not, with "it" and a verb
 * of change within three words, "to" or "at" after it ("Earlier today it
 * stood at 3,800", "It has since risen to 600"; "It hit 12 buildings"
 * changes no count)? The token of "it", or G_MAXUINT. */
static guint
opens_it_changed(const CcFrameRun *run)
{
    guint it = fronted_time_end(run);
    if (it == G_MAXUINT)
        it = 0;
    if (!tok_is(run, it, "it"))
        return G_MAXUINT;
    for (guint t = it + 1; t + 1 < run->toks->len && t <= it + 3; t++)
        if (tok_in(run, t, changes, G_N_ELEMENTS(changes))
            && (tok_is(run, t + 1, "to") || tok_is(run, t + 1, "at")))
            return it;
    return G_MAXUINT;
}

/* Verbs that give a count another size: "The NIS put the figure at 2,800". */
static const Word back_puts[] = {WORD("put"),    WORD("puts"),   WORD("putting"), WORD("placed"),
                                 WORD("places"), WORD("pegged"), WORD("pegs")};

/* Is token @t the mark that sets a correction's rejected figure after
 * its stated one: a comma or a dash? */
static gboolean
correction_mark(const CcFrameRun *run, guint t)
{
    return g_array_index(run->toks, Tok, t).kind == TOK_COMMA || tok_is_dash(run, t);
}

/* The token of "is" or "was" when the sentence opens a correction: "It
 * is", "The figure is", "The correct number was" (a word of back_nouns
 * after "the" and at most one word); G_MAXUINT for none. */
static guint
correction_opener(const CcFrameRun *run)
{
    static const Word right[] = {WORD("correct"), WORD("actual"), WORD("true"), WORD("right"),
                                 WORD("real")};
    guint v = G_MAXUINT;
    if (tok_is(run, 0, "it"))
        v = 1;
    else if (tok_is(run, 0, "the") && tok_in(run, 1, back_nouns, G_N_ELEMENTS(back_nouns)))
        v = 2;
    else if (tok_is(run, 0, "the") && tok_in(run, 1, right, G_N_ELEMENTS(right))
             && tok_in(run, 2, back_nouns, G_N_ELEMENTS(back_nouns)))
        v = 3;
    if (v == G_MAXUINT || v >= run->toks->len || !(tok_is(run, v, "is") || tok_is(run, v, "was")))
        return G_MAXUINT;
    return v;
}

/* Does the sentence open by pointing back at the count the sentence
 * before made, as "That" or "This", a noun of a count after it or not, or
 * "The", "Its" or "Their" and such a noun, and a form of "be" or
 * "compares": "That is up from 3,000 a fortnight ago", "That number is
 * well above the 3,000 …", "This compares with …", "The figure is up
 * from …"? The token after those words, or G_MAXUINT. */
static guint
opens_pointing_back(const CcFrameRun *run)
{
    static const Word opens[] = {WORD("that"), WORD("this")};
    static const Word owners[] = {WORD("the"), WORD("its"), WORD("their")};
    static const Word be[] = {WORD("is"), WORD("was"), WORD("compares"), WORD("compared")};
    guint t;
    if (tok_in(run, 0, opens, G_N_ELEMENTS(opens)))
        t = tok_in(run, 1, back_nouns, G_N_ELEMENTS(back_nouns)) ? 2 : 1;
    else if (tok_in(run, 0, owners, G_N_ELEMENTS(owners))
             && tok_in(run, 1, back_nouns, G_N_ELEMENTS(back_nouns)))
        t = 2; /* "The figure is up from 3,000 in January" */
    else
        return G_MAXUINT;
    return tok_in(run, t, be, G_N_ELEMENTS(be)) ? t + 1 : G_MAXUINT;
}

/* Does the sentence open by naming an earlier or another size of a count
 * as "The earlier figure", "The previous estimate", "Its first tally", an
 * aside between commas allowed, and a form of "be" right before a figure:
 * "The earlier figure, given to lawmakers in the spring, was 600"? The
 * token after "be" (where the figure must start), or G_MAXUINT. */
static guint
opens_earlier_count(const CcFrameRun *run)
{
    static const Word owners[] = {WORD("the"), WORD("its"), WORD("their"), WORD("that")};
    static const Word earlier[] = {WORD("earlier"),  WORD("previous"), WORD("prior"),
                                   WORD("initial"),  WORD("original"), WORD("first"),
                                   WORD("old"),      WORD("older"),    WORD("former"),
                                   WORD("last")};
    static const Word be[] = {WORD("was"), WORD("is"), WORD("had")};
    if (!tok_in(run, 0, owners, G_N_ELEMENTS(owners))
        || !tok_in(run, 1, earlier, G_N_ELEMENTS(earlier))
        || !tok_in(run, 2, back_nouns, G_N_ELEMENTS(back_nouns)))
        return G_MAXUINT;
    guint t = 3;
    /* an aside: ", given to lawmakers in the spring," */
    if (t < run->toks->len && g_array_index(run->toks, Tok, t).kind == TOK_COMMA) {
        guint k = t + 1;
        while (k < run->toks->len && k < t + 14
               && g_array_index(run->toks, Tok, k).kind == TOK_WORD)
            k++;
        if (k >= run->toks->len || g_array_index(run->toks, Tok, k).kind != TOK_COMMA)
            return G_MAXUINT;
        t = k + 1;
    }
    if (!tok_in(run, t, be, G_N_ELEMENTS(be)))
        return G_MAXUINT;
    if (tok_is(run, t, "had"))
        return tok_is(run, t + 1, "been") ? t + 2 : G_MAXUINT;
    return t + 1;
}

/* Is token @t a party's possessive naming its own size of a count before
 * a noun of a count: "Ukraine's figure", "Kyiv's estimate" (a word
 * ending in "'s" right before a word of back_nouns)? */
static gboolean
owners_count_at(const CcFrameRun *run, guint t)
{
    if (t + 1 >= run->toks->len || !tok_in(run, t + 1, back_nouns, G_N_ELEMENTS(back_nouns)))
        return FALSE;
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    const char *w = run->text + tok->start;
    gsize n = tok->end - tok->start;
    return tok->kind == TOK_WORD && g_ascii_isupper(w[0])
           && ((n > 3 && w[n - 2] == '\'' && w[n - 1] == 's')
               || (n > 5 && (guchar)w[n - 4] == 0xE2 && (guchar)w[n - 3] == 0x80
                   && (guchar)w[n - 2] == 0x99 && w[n - 1] == 's'));
}

/* Could a figure of the current sentence change the count the sentence
 * before made (changed_since())? That sentence made one, and this one
 * holds "the figure", "that number" or the like, or opens pointing back
 * at it (opens_pointing_back()). */
static gboolean
may_point_back(const CcFrameRun *run, guint index)
{
    if (run->last_rule == NULL || run->last_claim_index + 1 != index)
        return FALSE;
    if (opens_pointing_back(run) != G_MAXUINT || opens_earlier_count(run) != G_MAXUINT
        || opens_it_changed(run) != G_MAXUINT)
        return TRUE;
    /* a correction, "It is about 11,000, not 15,000" (pointed_back()) */
    if (run->toks->len > 4 && tok_is(run, 0, "it")
        && (tok_is(run, 1, "is") || tok_is(run, 1, "was")))
        for (guint t = 3; t + 1 < run->toks->len && t < 8; t++)
            if (g_array_index(run->toks, Tok, t).kind == TOK_COMMA && tok_is(run, t + 1, "not"))
                return TRUE;
    for (guint t = 1; t < run->toks->len; t++)
        if (tok_in(run, t, back_nouns, G_N_ELEMENTS(back_nouns))
            && (tok_in(run, t - 1, back_owners, G_N_ELEMENTS(back_owners))
                || owners_count_at(run, t - 1)))
            return TRUE;
    return FALSE;
}

static void
forget_last_claim(CcFrameRun *run)
{
    run->last_rule = NULL;
    g_clear_pointer(&run->last_claim_subject, g_free);
    g_clear_pointer(&run->last_claim_object, g_free);
    g_clear_pointer(&run->last_claim_scope, g_free);
    for (guint i = 0; i < run->n_last_counts; i++) {
        g_clear_pointer(&run->last_counts[i].subject, g_free);
        g_clear_pointer(&run->last_counts[i].object, g_free);
        g_clear_pointer(&run->last_counts[i].scope, g_free);
    }
    run->n_last_counts = 0;
}

/* Where does the far end of a span of estimates begin, each end with its
 * own source set off after it: "range from 11,000 (per the Pentagon) to
 * 15,000 (per Kyiv)", "between 600 (the NIS) and 2,000 (Ukraine's GUR)",
 * "from 3 million, per Seoul, to 6 million"? The figure at token @t0
 * right after "to" or "and", an aside of at most eight words in
 * parentheses or between commas right before that word, and the figure
 * before the aside opening with "from" or "between" (*@near_end is set
 * to the aside's first token, where that figure must end). The token of
 * "to" or "and", or G_MAXUINT. */
static guint
span_end_before(const CcFrameRun *run, guint t0, guint *near_end)
{
    if (t0 < 4 || !(tok_is(run, t0 - 1, "to") || tok_is(run, t0 - 1, "and")))
        return G_MAXUINT;
    guint close = t0 - 2, open = G_MAXUINT;
    gboolean paren = tok_is(run, close, ")");
    if (!paren && g_array_index(run->toks, Tok, close).kind != TOK_COMMA)
        return G_MAXUINT;
    for (guint k = close, words = 0; k > 0 && words <= 8; k--) {
        const Tok *tok = &g_array_index(run->toks, Tok, k - 1);
        if (paren ? tok_is(run, k - 1, "(") : tok->kind == TOK_COMMA) {
            open = k - 1;
            break;
        }
        if (tok->kind != TOK_WORD)
            return G_MAXUINT;
        words++;
    }
    if (open == G_MAXUINT || open + 1 >= close || open == 0)
        return G_MAXUINT;
    *near_end = open;
    return t0 - 1;
}

/* Does the figure at token @t0 close a clause that points back at a count
 * already made and says what it has become: "The figure has since risen
 * to roughly 14,000", "That number has climbed to 600", "the total now
 * stands at 3,000"? A determiner and a noun of a count open the clause (at
 * the sentence's start or after a comma), only words of a change of that
 * count stand between them and the figure, and one of them is a verb of
 * change. The token of the determiner, or G_MAXUINT. */
static guint
pointed_back(const CcFrameRun *run, guint t0)
{
    /* an earlier size of that count, named so: "The earlier figure, given
     * to lawmakers in the spring, was 600" */
    if (t0 > 0 && opens_earlier_count(run) == t0)
        return 0;
    /* another party's size of that count, set against it: "…; Ukraine's
     * figure is higher, at up to 12,000", "Kyiv's estimate was 3,800" (the
     * clause opens the sentence or follows a comma or semicolon) */
    {
        static const Word than[] = {WORD("higher"), WORD("lower"), WORD("larger"),
                                    WORD("smaller"), WORD("bigger")};
        /* ("remains" and "stays" tell the party's size as "is" does:
         * "…; Seoul's estimate remains about 3,000") */
        static const Word be[] = {WORD("is"),      WORD("was"),   WORD("remains"),
                                  WORD("remained"), WORD("stays"), WORD("stayed")};
        guint t = t0;
        if (t >= 1 && tok_is(run, t - 1, "at"))
            t--;
        if (t >= 1 && t < t0 && g_array_index(run->toks, Tok, t - 1).kind == TOK_COMMA)
            t--;
        if (t >= 1 && tok_in(run, t - 1, than, G_N_ELEMENTS(than)))
            t--;
        /* (past an aside set off by commas between the noun and the
         * copula: "Seoul's estimate, given to lawmakers a week earlier,
         * was about 1,100") */
        guint own = t >= 3 ? t - 3 : G_MAXUINT;
        if (t >= 5 && tok_in(run, t - 1, be, G_N_ELEMENTS(be))
            && g_array_index(run->toks, Tok, t - 2).kind == TOK_COMMA)
            for (guint k = t - 3; k >= 2 && t - 3 - k <= 10; k--) {
                TokKind kind = g_array_index(run->toks, Tok, k).kind;
                if (kind == TOK_COMMA) {
                    if (k < t - 3)
                        own = k - 2;
                    break;
                }
                if (kind != TOK_WORD)
                    break;
            }
        if (own != G_MAXUINT && tok_in(run, t - 1, be, G_N_ELEMENTS(be))
            && (t < t0 || t == t0) && owners_count_at(run, own)) {
            guint det = own;
            const Tok *before = det > 0 ? &g_array_index(run->toks, Tok, det - 1) : NULL;
            /* (or a word of contrast: "…, while Seoul's estimate remains
             * about 3,000") */
            if (before == NULL || before->kind == TOK_COMMA
                || (before->kind == TOK_BREAK && run->text[before->start] == ';')
                || tok_is(run, det - 1, "while") || tok_is(run, det - 1, "whereas")
                || tok_is(run, det - 1, "but"))
                return det;
        }
    }
    /* a second party's size gapped after the first's: "Kyiv's figure is
     * 3,000 and Seoul's 1,100", "…, Seoul's is 1,100" (the first party's
     * possessive, the token returned) */
    {
        guint t = t0;
        if (t >= 1 && (tok_is(run, t - 1, "is") || tok_is(run, t - 1, "was")))
            t--;
        const Tok *p = t >= 3 ? &g_array_index(run->toks, Tok, t - 1) : NULL;
        gsize pn = p != NULL ? p->end - p->start : 0;
        const char *pw = p != NULL ? run->text + p->start : NULL;
        if (p != NULL && p->kind == TOK_WORD && g_ascii_isupper(pw[0])
            && ((pn > 3 && pw[pn - 2] == '\'' && pw[pn - 1] == 's')
                || (pn > 5 && (guchar)pw[pn - 4] == 0xE2 && (guchar)pw[pn - 3] == 0x80
                    && (guchar)pw[pn - 2] == 0x99 && pw[pn - 1] == 's'))
            && (tok_is(run, t - 2, "and") || g_array_index(run->toks, Tok, t - 2).kind == TOK_COMMA))
            for (guint k = t - 2; k >= 2 && t - 2 - k <= 8; k--) {
                if (g_array_index(run->toks, Tok, k - 1).kind == TOK_BREAK)
                    break;
                if (owners_count_at(run, k - 2)
                    && (tok_is(run, k, "is") || tok_is(run, k, "was")))
                    return k - 2;
            }
    }
    /* another estimate of that count: "The NIS put the figure at 2,800",
     * "the death toll was at least 500 in April, but it is now put at
     * about 1,800" (the verb's token) */
    if (t0 >= 4 && tok_is(run, t0 - 1, "at")) {
        if (tok_in(run, t0 - 2, back_nouns, G_N_ELEMENTS(back_nouns))
            && tok_in(run, t0 - 3, back_owners, G_N_ELEMENTS(back_owners))
            && tok_in(run, t0 - 4, back_puts, G_N_ELEMENTS(back_puts)))
            return t0 - 4;
        guint v = t0 - 2;
        if (tok_in(run, v, back_puts, G_N_ELEMENTS(back_puts))) {
            guint t = v;
            while (t > 0 && v - t < 3
                   && (tok_is(run, t - 1, "now") || tok_is(run, t - 1, "since")
                       || tok_is(run, t - 1, "been") || tok_is(run, t - 1, "is")
                       || tok_is(run, t - 1, "was") || tok_is(run, t - 1, "has")))
                t--;
            if (t < v && t > 0 && tok_is(run, t - 1, "it"))
                return t - 1;
        }
    }
    /* a correction: "It is about 11,000, not 15,000" opening a sentence
     * states the count the sentence before made, and rejects the figure
     * after "not" (the same clause) */
    /* in other words too: "The figure is 11,000, not 15,000", "The
     * correct number is …", and a dash for the comma ("It is 11,000 --
     * not 15,000") */
    guint fig = t0;
    if (fig >= 3 && tok_is(run, fig - 1, "not") && correction_mark(run, fig - 2)) {
        /* the stated figure's first token, up to two words of its own
         * ("about 11,000") before the comma */
        for (guint k = 3; k <= 5 && k <= fig; k++)
            if (tok_is(run, fig - k, "is") || tok_is(run, fig - k, "was")) {
                fig = fig - k + 1;
                break;
            }
    }
    guint opener = correction_opener(run);
    if (opener != G_MAXUINT && fig == opener + 1) {
        guint t = fig;
        while (t < run->toks->len && t < fig + 4 && !correction_mark(run, t))
            t++;
        if (t < run->toks->len && correction_mark(run, t) && tok_is(run, t + 1, "not"))
            return 0;
    }
    static const Word others[] = {WORD("has"), WORD("have"),    WORD("had"),     WORD("since"),
                                  WORD("now"), WORD("already"), WORD("further"), WORD("reportedly"),
                                  WORD("to"),  WORD("at"),      WORD("then")};
    /* "is now" tells the count's present size as a verb of change does:
     * "the toll is now close to 2,000" */
    static const Word copulas[] = {WORD("is"), WORD("was"), WORD("are")};
    gboolean change = FALSE;
    guint t = t0;
    while (t > 0 && t0 - t < 6) {
        if (tok_in(run, t - 1, changes, G_N_ELEMENTS(changes)))
            change = TRUE;
        else if (tok_in(run, t - 1, copulas, G_N_ELEMENTS(copulas)) && t < t0
                 && tok_is(run, t, "now"))
            change = TRUE;
        else if (!tok_in(run, t - 1, others, G_N_ELEMENTS(others)))
            break;
        t--;
    }
    /* "it" opening the sentence stands for the count as "the figure"
     * does: "Earlier today it stood at 3,800" */
    if (change && t >= 1 && t - 1 == opens_it_changed(run))
        return t - 1;
    if (!change || t < 2 || !tok_in(run, t - 1, back_nouns, G_N_ELEMENTS(back_nouns))
        || !tok_in(run, t - 2, back_owners, G_N_ELEMENTS(back_owners)))
        return G_MAXUINT;
    guint det = t - 2;
    /* the clause opens the sentence, a time before it or not ("Earlier
     * today the figure stood at 3,800"), follows a comma, or is what a
     * speaker's view is: "Its updated view is that the toll is now …" */
    if (det > 0 && g_array_index(run->toks, Tok, det - 1).kind != TOK_COMMA
        && det != fronted_time_end(run)
        && !(det > 1 && tok_is(run, det - 1, "that") && tok_is(run, det - 2, "is")))
        return G_MAXUINT;
    return det;
}

/* Does the figure at token @t0 stand as an earlier or another size of the
 * count the sentence before made, set against it by a sentence that opens
 * pointing back at that count (opens_pointing_back()): "That is up from
 * 3,000 a fortnight ago", "That number is well above the 3,000 the agency
 * cited in January", "This compares with 1,100 in December", "That was
 * down sharply from …"? At most two words of degree ("well", "sharply")
 * stand before "up from", "down from", "above", "below", "with" after
 * "compares" or "compared", or "higher than", "lower than" or another
 * comparative before "than" ("That is far fewer than the 15,000 Kyiv
 * cites"), and a "the" may stand before the figure. The token of "that" or "this" (0), or
 * G_MAXUINT. */
static guint
compared_back(const CcFrameRun *run, guint t0, int *direction)
{
    static const Word degree[] = {WORD("well"),     WORD("far"),       WORD("sharply"),
                                  WORD("slightly"), WORD("much"),      WORD("steeply"),
                                  WORD("markedly"), WORD("sharp"),     WORD("now"),
                                  WORD("still"),    WORD("already"),   WORD("significantly")};
    static const Word updown[] = {WORD("up"), WORD("down")};
    static const Word over[] = {WORD("above"), WORD("below")};
    static const Word than[] = {WORD("higher"), WORD("lower"),   WORD("more"),
                                WORD("fewer"),  WORD("less"),    WORD("greater"),
                                WORD("larger"), WORD("smaller"), WORD("bigger")};
    static const Word larger[] = {WORD("higher"), WORD("more"), WORD("greater"), WORD("larger"),
                                  WORD("bigger")};
    guint t = opens_pointing_back(run);
    if (t == G_MAXUINT || t0 <= t)
        return G_MAXUINT;
    gboolean compares = tok_is(run, t - 1, "compares") || tok_is(run, t - 1, "compared");
    guint k = 0;
    while (k < 2 && t < t0 && tok_in(run, t, degree, G_N_ELEMENTS(degree))) {
        t++;
        k++;
    }
    /* the value pass may hold "from 3,000" whole */
    guint end = tok_is(run, t0, "from") ? t0 + 1 : t0;
    if (end > t && tok_is(run, end - 1, "the"))
        end--;
    /* +1: the count pointed at is the larger ("up from", "above") */
    if (tok_is(run, t, "up") || tok_is(run, t, "above")
        || tok_in(run, t, larger, G_N_ELEMENTS(larger)))
        *direction = 1;
    else
        *direction = compares ? 0 : -1;
    if (compares)
        return end == t + 1 && tok_is(run, t, "with") ? 0 : G_MAXUINT;
    if (end == t + 2 && tok_in(run, t, updown, G_N_ELEMENTS(updown)) && tok_is(run, t + 1, "from"))
        return 0;
    /* "up sharply from" */
    if (end == t + 3 && tok_in(run, t, updown, G_N_ELEMENTS(updown))
        && tok_in(run, t + 1, degree, G_N_ELEMENTS(degree)) && tok_is(run, t + 2, "from"))
        return 0;
    if (end == t + 2 && tok_in(run, t, than, G_N_ELEMENTS(than)) && tok_is(run, t + 1, "than"))
        return 0;
    if (end == t + 1 && tok_in(run, t, over, G_N_ELEMENTS(over)))
        return 0;
    return G_MAXUINT;
}

/* Which count of the sentence before does a figure of @v set against it
 * in @direction point at (compared_back())? The last whose size agrees:
 * larger than @v for "up from" or "above", smaller for "down from" or
 * "below", any for "compares with". Its index, or -1. */
static int
count_compared(const CcFrameRun *run, const CcValue *v, int direction)
{
    double b = v->has_low ? v->low : v->has_high ? v->high : 0;
    for (guint i = run->n_last_counts; i-- > 0;) {
        const CcValue *w = &run->last_counts[i].value;
        double a = w->has_low ? w->low : w->has_high ? w->high : 0;
        if (direction == 0 || (direction > 0 && a > b) || (direction < 0 && a > 0 && a < b))
            return (int)i;
    }
    return -1;
}

/* A frame took mention @mi after all: it is no longer among @misses
 * (NULL when misses are not being explained). */
static void
drop_miss(GArray *misses, guint mi)
{
    for (guint i = 0; misses != NULL && i < misses->len; i++) {
        if (g_array_index(misses, CcFrameMiss, i).mention != mi)
            continue;
        cc_frame_miss_clear(&g_array_index(misses, CcFrameMiss, i));
        g_array_remove_index(misses, i);
        return;
    }
}

/* "About 1,000 soldiers crossed into Russia last month, *bringing* the
 * total there to around 12,000": the figure right before a running total
 * that a verb of bringing takes to its level ("bringing", "taking",
 * "lifting", "raising", "pushing", "boosting") is the part added, a batch
 * of the same count, when no scope of its own was read. Only a total a
 * rule names as such (`scope total`) makes its figure before a part. */
static void
increment_before_total(CcFrameRun *run, const GArray *mentions, GArray *hits)
{
    static const char *const verbs[] = {"bringing", "brings",  "brought", "taking", "takes",
                                        "took",     "lifting", "lifted",  "raising", "raised",
                                        "pushing",  "pushed",  "boosting", "boosted"};
    for (guint i = 0; i < hits->len; i++) {
        const CcFrameHit *total = &g_array_index(hits, CcFrameHit, i);
        if (total->rule->scope == NULL || !g_str_equal(total->rule->scope, "total"))
            continue;
        const CcMention *tm = &g_array_index(mentions, CcMention, total->mention);
        /* the nearest figure before the total's, of its type */
        guint part = G_MAXUINT;
        for (guint k = 0; k < mentions->len; k++) {
            const CcMention *o = &g_array_index(mentions, CcMention, k);
            if (k != total->mention && o->type == tm->type && o->end <= tm->start
                && (part == G_MAXUINT
                    || o->start > g_array_index(mentions, CcMention, part).start))
                part = k;
        }
        if (part == G_MAXUINT)
            continue;
        guint a = tok_at(run->toks, g_array_index(mentions, CcMention, part).end - 1) + 1;
        guint b = tok_at(run->toks, tm->start);
        gboolean bringing = FALSE;
        for (guint t = a; t < b && !bringing; t++)
            for (guint v = 0; v < G_N_ELEMENTS(verbs) && !bringing; v++)
                bringing = tok_is(run, t, verbs[v]) && t > 0
                           && g_array_index(run->toks, Tok, t - 1).kind == TOK_COMMA;
        if (!bringing)
            continue;
        for (guint j = 0; j < hits->len; j++) {
            CcFrameHit *h = &g_array_index(hits, CcFrameHit, j);
            if (h->mention == part && h->scope == NULL
                && g_str_equal(h->rule->predicate, total->rule->predicate))
                h->scope = g_strdup("batch");
        }
    }
}

/* Is @a's claim of one count with @b's: one predicate, party and object? */
static gboolean
same_count(const CcRule *ra, const char *sa, const char *oa, const CcRule *rb, const char *sb,
           const char *ob)
{
    return g_str_equal(ra->predicate, rb->predicate) && g_strcmp0(sa, sb) == 0
           && g_strcmp0(oa, ob) == 0;
}

/* Is the figure @m a part that a relative clause after a comma takes of
 * the whole before it, ", of whom about 1,000 …" or ", about 1,000 of
 * whom …" ("which" alike)? Then the whole is the mention before that
 * comma, returned; else G_MAXUINT. */
static guint
relative_part_whole(CcFrameRun *run, const GArray *mentions, const CcMention *m)
{
    guint t0 = tok_at(run->toks, m->start), t1 = tok_at(run->toks, m->end - 1) + 1, comma;
    if (t0 >= 3 && (tok_is(run, t0 - 1, "whom") || tok_is(run, t0 - 1, "which"))
        && tok_is(run, t0 - 2, "of"))
        comma = t0 - 3;
    else if (t0 >= 1 && tok_is(run, t1, "of")
             && (tok_is(run, t1 + 1, "whom") || tok_is(run, t1 + 1, "which")))
        comma = t0 - 1;
    else
        return G_MAXUINT;
    if (g_array_index(run->toks, Tok, comma).kind != TOK_COMMA)
        return G_MAXUINT;
    gsize at = g_array_index(run->toks, Tok, comma).start;
    guint whole = G_MAXUINT;
    for (guint k = 0; k < mentions->len; k++) {
        const CcMention *o = &g_array_index(mentions, CcMention, k);
        if (o->type == m->type && o->end <= at
            && (whole == G_MAXUINT || o->start > g_array_index(mentions, CcMention, whole).start))
            whole = k;
    }
    return whole;
}

/* "Pyongyang has sent about 11,000 troops. About half of the 11,000 are
 * now in Kursk" / "About 3,000 of them are now in Kursk": a share or part
 * of a figure claimed as the same count (one predicate, party and object),
 * in its own sentence or the one before, is a part of it counted on its
 * own, a batch, when no scope of its own was read (docs/DESIGN.md,
 * Scopes); so is one a relative clause takes of the whole before it
 * ("another 6,000 troops, of whom around 1,000 have already arrived"). A
 * share of a force that counts another thing ("a third of the 11,000 have
 * been killed") is a count of its own and keeps no scope. */
static void
part_of_claimed(CcFrameRun *run, guint index, const GArray *mentions, GArray *hits)
{
    for (guint i = 0; i < hits->len; i++) {
        CcFrameHit *h = &g_array_index(hits, CcFrameHit, i);
        const CcMention *m = &g_array_index(mentions, CcMention, h->mention);
        if (h->scope != NULL || h->rule->scope != NULL || m->type != CC_CLAIM_QUANTITY
            || !m->value.has_low)
            continue;
        guint base = m->fraction_of != G_MAXUINT ? m->fraction_of : m->part_of;
        if (base == G_MAXUINT)
            base = relative_part_whole(run, mentions, m);
        gboolean part = FALSE;
        if (base != G_MAXUINT && base != h->mention) {
            for (guint j = 0; j < hits->len && !part; j++) {
                const CcFrameHit *w = &g_array_index(hits, CcFrameHit, j);
                part = j != i && w->mention == base
                       && same_count(h->rule, h->subject, h->object, w->rule, w->subject,
                                     w->object);
            }
        } else if (run->last_rule != NULL && run->last_claim_index + 1 == index) {
            /* "half of them", "3,000 of them" after the whole's sentence */
            guint t1 = tok_at(run->toks, m->end - 1) + 1;
            gboolean of_them = tok_is(run, t1, "of")
                               && (tok_is(run, t1 + 1, "them") || tok_is(run, t1 + 1, "those"));
            if (!m->share_of_earlier && !of_them)
                continue;
            for (guint k = 0; k < run->n_last_counts && !part; k++)
                part = same_count(h->rule, h->subject, h->object, run->last_counts[k].rule,
                                  run->last_counts[k].subject, run->last_counts[k].object)
                       && run->last_counts[k].value.has_low && run->last_counts[k].scope == NULL
                       && run->last_counts[k].value.low
                              > (m->value.has_high ? m->value.high : m->value.low);
        }
        if (part)
            h->scope = g_strdup("batch");
    }
}

/* "North Korea sent about 11,000 soldiers last autumn. The figure has
 * since risen to roughly 14,000": a figure in a clause that points back at
 * a count (pointed_back()) is a later figure of the count a frame made
 * last, before it in its sentence or in the sentence before: it takes that
 * claim's predicate, party, object and scope, in the place of whatever a
 * frame made of the bare figure ("That number has since climbed to 600"
 * after a toll of the dead is the toll's). */
static void
changed_since(CcFrameRun *run, guint index, const char *text, const GArray *mentions,
              GArray *hits, GArray *misses)
{
    for (guint mi = 0; mi < mentions->len; mi++) {
        const CcMention *m = &g_array_index(mentions, CcMention, mi);
        if (m->type != CC_CLAIM_QUANTITY || m->fraction || m->part_of != G_MAXUINT)
            continue;
        guint t0 = tok_at(run->toks, m->start);
        guint det = pointed_back(run, t0);
        /* an earlier or other size of the count the sentence before made
         * ("That is up from 3,000 a fortnight ago"): that count's, when
         * no noun another frame counts follows the figure ("That is up
         * from 3,000 shells" after a toll is no toll) */
        int against = -1, direction = 0;
        if (det == G_MAXUINT && (det = compared_back(run, t0, &direction)) != G_MAXUINT) {
            guint t1 = tok_at(run->toks, m->end - 1) + 1;
            if (run->last_rule == NULL || run->last_claim_index + 1 != index
                || (against = count_compared(run, &m->value, direction)) < 0
                || (t1 < run->toks->len && g_array_index(run->toks, Tok, t1).kind == TOK_WORD
                    && foreign_head(run, run->last_counts[against].rule->frame, t1)))
                continue;
            /* "That is up from 3,000 Russian troops": another party's;
             * not a party that speaks in a relative clause, "that" before
             * it or not ("… far fewer than the 15,000 Kyiv cites") */
            const CcFrame *lf = run->last_counts[against].rule->frame;
            guint tp = t1 < run->toks->len && tok_is(run, t1, "that") ? t1 + 1 : t1;
            const Hit *party = tp < run->toks->len
                                   ? hit_starting(run, lf->slot[CC_SLOT_SUBJECT].tables, tp)
                                   : NULL;
            for (guint k = party != NULL ? party->t1 : 0;
                 party != NULL && k < party->t1 + 3 && k < run->toks->len
                 && g_array_index(run->toks, Tok, k).kind == TOK_WORD;
                 k++)
                if (in_table(run, "speech_words", k))
                    party = NULL;
            g_autofree char *whose = party != NULL ? entity_of(run, run->text, party) : NULL;
            if (whose != NULL && g_strcmp0(whose, run->last_counts[against].subject) != 0)
                continue;
        }
        if (det == G_MAXUINT)
            continue;
        gsize from = g_array_index(run->toks, Tok, det).start;
        /* the nearest count a frame made before the clause in this
         * sentence, else the last of the sentence before */
        const CcFrameHit *prior = NULL;
        gsize prior_end = 0;
        for (guint h = 0; h < hits->len; h++) {
            const CcFrameHit *hit = &g_array_index(hits, CcFrameHit, h);
            const CcMention *o = &g_array_index(mentions, CcMention, hit->mention);
            if (hit->mention != mi && o->type == CC_CLAIM_QUANTITY && o->end <= from
                && (prior == NULL || o->end > prior_end)) {
                prior = hit;
                prior_end = o->end;
            }
        }
        if (against >= 0)
            prior = NULL; /* the sentence before's count, not one of this */
        const CcRule *rule = against >= 0  ? run->last_counts[against].rule
                             : prior != NULL ? prior->rule
                                             : run->last_rule;
        if (rule == NULL || (prior == NULL && run->last_claim_index + 1 != index))
            continue;
        /* a toll is a running count (`cumulative`): "the toll is now about
         * 4,000" after a force sent points back at no force */
        if (!rule->cumulative && det + 1 < run->toks->len && tok_is(run, det + 1, "toll"))
            continue;
        /* another size of the count ("… while Ukraine places the figure at
         * around 12,000") that a frame already counts as that claim's
         * predicate keeps its record */
        /* a party's own size of the count ("Kyiv's estimate is lower, at
         * about 6 million shells") that a frame already read keeps its
         * record */
        if (owners_count_at(run, det)) {
            gboolean read = FALSE;
            for (guint h = 0; h < hits->len && !read; h++)
                read = g_array_index(hits, CcFrameHit, h).mention == mi;
            if (read)
                continue;
        }
        if (tok_is(run, det, "it") || tok_in(run, det, back_puts, G_N_ELEMENTS(back_puts))) {
            gboolean same = FALSE;
            for (guint h = 0; h < hits->len && !same; h++) {
                const CcFrameHit *hit = &g_array_index(hits, CcFrameHit, h);
                same = hit->mention == mi && g_strcmp0(hit->rule->predicate, rule->predicate) == 0;
            }
            if (same)
                continue;
        }
        CcFrameHit hit = {0};
        hit.rule = rule;
        hit.mention = mi;
        hit.match_start = hit.own_start = from;
        hit.match_end = hit.own_end = m->end;
        /* the party whose size it is speaks for it, outside the claim:
         * "Ukraine's figure is higher, at up to 12,000" */
        if (owners_count_at(run, det))
            hit.match_start = hit.own_start = m->start;
        if (against >= 0) {
            hit.compared_back = TRUE;
            hit.subject = g_strdup(run->last_counts[against].subject);
            hit.object = g_strdup(run->last_counts[against].object);
            hit.scope = g_strdup(run->last_counts[against].scope);
        } else {
            hit.subject = g_strdup(prior != NULL ? prior->subject : run->last_claim_subject);
            hit.object = g_strdup(prior != NULL ? prior->object : run->last_claim_object);
            hit.scope = g_strdup(prior != NULL ? prior->scope : run->last_claim_scope);
        }
        if (run->explaining)
            hit.explain = g_strdup_printf("frame %s (%s:%u): value=\"%.*s\" changes the count "
                                          "\"%.*s\" points back at",
                                          rule->id, rule->file, rule->line,
                                          (int)(m->end - m->start), text + m->start,
                                          (int)(g_array_index(run->toks, Tok, det + 1).end - from),
                                          text + from);
        for (guint h = hits->len; h-- > 0;)
            if (g_array_index(hits, CcFrameHit, h).mention == mi) {
                cc_frame_hit_clear(&g_array_index(hits, CcFrameHit, h));
                g_array_remove_index(hits, h);
            }
        g_array_append_val(hits, hit);
        drop_miss(misses, mi);
    }
}

/* Remembers the last quantity claimed in sentence @index, for a later
 * figure of it in the next (changed_since()). */
static void
note_last_claim(CcFrameRun *run, guint index, const GArray *mentions, const GArray *hits)
{
    const CcFrameHit *last = NULL;
    gsize last_end = 0;
    for (guint h = 0; h < hits->len; h++) {
        const CcFrameHit *hit = &g_array_index(hits, CcFrameHit, h);
        const CcMention *o = &g_array_index(mentions, CcMention, hit->mention);
        if (o->type == CC_CLAIM_QUANTITY && (last == NULL || o->end > last_end)) {
            last = hit;
            last_end = o->end;
        }
    }
    if (last == NULL)
        return;
    forget_last_claim(run);
    run->last_rule = last->rule;
    run->last_claim_subject = g_strdup(last->subject);
    run->last_claim_object = g_strdup(last->object);
    run->last_claim_scope = g_strdup(last->scope);
    run->last_claim_index = index;
    for (guint h = 0; h < hits->len && run->n_last_counts < G_N_ELEMENTS(run->last_counts); h++) {
        const CcFrameHit *hit = &g_array_index(hits, CcFrameHit, h);
        const CcMention *o = &g_array_index(mentions, CcMention, hit->mention);
        if (o->type != CC_CLAIM_QUANTITY)
            continue;
        guint i = run->n_last_counts++;
        run->last_counts[i].rule = hit->rule;
        run->last_counts[i].subject = g_strdup(hit->subject);
        run->last_counts[i].object = g_strdup(hit->object);
        run->last_counts[i].scope = g_strdup(hit->scope);
        run->last_counts[i].value = o->value;
    }
}

/* The token that opens a further count right before token @t0, "and
 * another", "with a further", "plus an additional" ("killed some 250 …
 * in December and another 150 in January"), or G_MAXUINT. */
static guint
further_before(const CcFrameRun *run, guint t0)
{
    guint k = t0;
    if (k >= 1 && tok_is(run, k - 1, "another"))
        k -= 1;
    else if (k >= 2 && tok_is(run, k - 1, "further") && tok_is(run, k - 2, "a"))
        k -= 2;
    else if (k >= 2 && tok_is(run, k - 1, "additional") && tok_is(run, k - 2, "an"))
        k -= 2;
    else
        return G_MAXUINT;
    if (k >= 1 && (tok_is(run, k - 1, "and") || tok_is(run, k - 1, "with") || tok_is(run, k - 1, "plus")))
        return k - 1;
    return G_MAXUINT;
}

/* The "and" right before token @t0 when the figure from @t0 to @t1 is a
 * second figure for a time of its own, with no noun or verb: "lost 1,000
 * men in December *and* about 2,000 in January", "… *and* 700 more by the
 * end of January"; else G_MAXUINT. */
static guint
parallel_before(const CcFrameRun *run, guint t0, guint t1)
{
    static const Word when[] = {WORD("in"), WORD("on"),    WORD("over"), WORD("during"),
                                WORD("by"), WORD("since"), WORD("this"), WORD("last")};
    if (t0 == 0 || !tok_is(run, t0 - 1, "and"))
        return G_MAXUINT;
    if (t1 < run->toks->len && tok_is(run, t1, "more"))
        t1++;
    return tok_in(run, t1, when, G_N_ELEMENTS(when)) ? t0 - 1 : G_MAXUINT;
}

/* The "and" or comma right before a party of one to four words (its
 * first word capitalised) that stands right before the figure at token
 * @t0, with no verb between: a second party's figure that gaps the verb
 * of the one before ("Russia has lost more than 62,000 soldiers in the
 * Kursk zone *and North Korea* more than 4,500", "… over the past day*,
 * North Korea* some 300"); its first word in @first.
 * G_MAXUINT for none. restated() asks that the words be a party of the
 * earlier figure's frame, and that frame's party be named before that
 * figure. */
static guint
gapped_party_before(const CcFrameRun *run, guint t0, guint *first)
{
    guint words = 0;
    for (guint t = t0; t > 0; t--) {
        const Tok *tok = &g_array_index(run->toks, Tok, t - 1);
        gboolean comma = tok->kind == TOK_COMMA;
        if (tok->kind != TOK_WORD && !(comma && words >= 1))
            return G_MAXUINT;
        if (words >= 1 && (comma || tok_is(run, t - 1, "and"))) {
            const Tok *name = &g_array_index(run->toks, Tok, t);
            if (!g_ascii_isupper(run->text[name->start]))
                return G_MAXUINT;
            *first = t;
            return t - 1;
        }
        if (++words > 4)
            return G_MAXUINT;
    }
    return G_MAXUINT;
}

/* Is token @t a lower-case plural ("brigades", "villages") that @f's
 * counts tables do not start with? */
static gboolean
unknown_plural(CcFrameRun *run, const CcFrame *f, guint t)
{
    const Tok *tok = &g_array_index(run->toks, Tok, t);
    gsize n = tok->end - tok->start;
    const char *w = run->text + tok->start;
    if (n < 5 || !g_ascii_islower(w[0]) || w[n - 1] != 's' || w[n - 2] == 's')
        return FALSE;
    return hit_starting(run, f->slot[CC_SLOT_COUNTS].tables, t) == NULL;
}

/* Do the tokens from @a to @b hold only the time of the figure before
 * them, a preposition and a date, so that a "to" right after them still
 * closes its "from": "went from 1,500 *in November* to 12,000 by
 * January", "from 300 *by mid-December* to …"? */
static gboolean
dated_between(const CcFrameRun *run, const GArray *mentions, guint a, guint b)
{
    static const Word preps[] = {WORD("in"), WORD("by"), WORD("on"), WORD("as"), WORD("at"),
                                 WORD("during"), WORD("around"), WORD("until")};
    if (a >= b || b - a > 6 || !tok_in(run, a, preps, G_N_ELEMENTS(preps)))
        return FALSE;
    gsize from = g_array_index(run->toks, Tok, a).end;
    gsize to = g_array_index(run->toks, Tok, b - 1).end;
    for (guint i = 0; i < mentions->len; i++) {
        const CcMention *d = &g_array_index(mentions, CcMention, i);
        if (d->type == CC_CLAIM_DATE && d->start >= from && d->end == to
            && words_between(run->toks, a + 1, tok_at(run->toks, d->start)) <= 2)
            return TRUE;
    }
    return FALSE;
}

/* An earlier figure of what another has just counted: "rose to 10,000
 * this week, from 3,000 a week earlier", "raised its casualty estimate to
 * 4,700 from the roughly 3,000 it had given in January", "at about 3,000
 * as of mid-January, up from roughly 1,100". A figure no frame took, after
 * "from" (a determiner between), with no head noun another frame counts,
 * within a few words after a figure a frame took, counts what that one
 * counts, for the same party. So does a later figure that revises it:
 * "had counted at least 600 North Korean dead; on Tuesday it revised its
 * estimate up to around 2,000". */
static void
restated(CcFrameRun *run, const GArray *mentions, GArray *hits, GArray *misses)
{
    guint n = hits->len;
    for (guint mi = 0; mi < mentions->len; mi++) {
        const CcMention *m = &g_array_index(mentions, CcMention, mi);
        if (m->type != CC_CLAIM_QUANTITY || m->fraction)
            continue;
        gboolean taken = FALSE;
        for (guint h = 0; h < hits->len && !taken; h++)
            taken = g_array_index(hits, CcFrameHit, h).mention == mi;
        if (taken)
            continue;
        guint t0 = tok_at(run->toks, m->start), t1 = tok_at(run->toks, m->end - 1) + 1;
        guint f = t0;
        guint revised = revision_before(run, t0);
        guint contrast = contrast_before(run, t0);
        gboolean own_clause = contrast != G_MAXUINT;
        /* a clause of its own after a semicolon shares no cue of the
         * figure's before it: "The claim that … 100,000 soldiers is an
         * exaggeration; the actual figure is about 11,000" */
        gsize clause_start = 0;
        if (contrast != G_MAXUINT) {
            const Tok *c = &g_array_index(run->toks, Tok, contrast);
            if (c->kind == TOK_BREAK && run->text[c->start] == ';')
                clause_start = g_array_index(run->toks, Tok, contrast + 1).start;
        }
        if (contrast == G_MAXUINT) {
            contrast = rival_before(run, t0);
            /* a figure compared has its own source after it ("the 1,100
             * cited by the JCS") */
            own_clause = contrast != G_MAXUINT && compared_before(run, t0) == contrast;
        }
        guint gapped = contrast == G_MAXUINT ? gapped_rival_before(run, t0) : G_MAXUINT;
        /* with "at" gapped too ("Seoul put it at 3,000, Kyiv 4,000"), only
         * where a figure put "at" ends right before the comma: "Russia has
         * lost 60,000, North Korea 4,500" gaps a party's verb instead */
        if (gapped != G_MAXUINT && !tok_is(run, t0 - 1, "at")) {
            gboolean put_at = FALSE;
            for (guint i = 0; i < mentions->len && !put_at; i++) {
                const CcMention *o = &g_array_index(mentions, CcMention, i);
                if (i == mi || o->type != CC_CLAIM_QUANTITY || o->end == 0)
                    continue;
                guint o0 = tok_at(run->toks, o->start), o1 = tok_at(run->toks, o->end - 1) + 1;
                put_at = o1 <= gapped && o1 + 2 >= gapped && gapping_figure(run, o0);
            }
            if (!put_at)
                gapped = G_MAXUINT;
        }
        if (gapped != G_MAXUINT) {
            contrast = gapped;
            /* after a semicolon the rival has a clause of its own, whose
             * speaker is its source ("…; Kyiv's estimate is closer to 6.5
             * million") */
            const Tok *g = &g_array_index(run->toks, Tok, gapped);
            own_clause = g->kind == TOK_BREAK && run->text[g->start] == ';';
        }
        guint near_end = G_MAXUINT;
        guint span = contrast == G_MAXUINT ? span_end_before(run, t0, &near_end) : G_MAXUINT;
        if (span != G_MAXUINT) {
            contrast = span;
            own_clause = TRUE;
        }
        guint further = further_before(run, t0);
        gboolean parallel = FALSE, far = FALSE, earlier = FALSE;
        if (further == G_MAXUINT) {
            further = parallel_before(run, t0, t1);
            parallel = further != G_MAXUINT;
        }
        guint gap_party = G_MAXUINT;
        gboolean sources_span = FALSE;
        if (further == G_MAXUINT && revised == G_MAXUINT && contrast == G_MAXUINT) {
            further = gapped_party_before(run, t0, &gap_party);
            if (further == G_MAXUINT)
                gap_party = G_MAXUINT;
        }
        if (revised != G_MAXUINT) {
            f = revised; /* "…; on Tuesday it revised its estimate up to around 2,000" */
        } else if (contrast != G_MAXUINT) {
            /* "…, though U.S. estimates were lower at around 1,200", "at
             * about 300, not the 4,000 that Kyiv cites" */
            f = contrast;
        } else if (further != G_MAXUINT) {
            /* "… in December and another 150 in January": the figure before's
             * verb and noun, when no verb or noun of its own follows */
            static const Word after[] = {WORD("in"),   WORD("on"),   WORD("over"), WORD("during"),
                                         WORD("this"), WORD("last"), WORD("by"),   WORD("since"),
                                         WORD("or"),   WORD("at"),   WORD("near"), WORD("the")};
            guint ta = t1 < run->toks->len && tok_is(run, t1, "more") ? t1 + 1 : t1;
            gboolean bare = ta >= run->toks->len
                            || g_array_index(run->toks, Tok, ta).kind != TOK_WORD
                            || tok_in(run, ta, after, G_N_ELEMENTS(after));
            if (!bare)
                continue;
            f = further;
        } else {
            /* the value pass may hold "from 3,000" whole */
            if (!tok_is(run, t0, "from") && (f = earlier_before(run, t0, &far)) == G_MAXUINT)
                continue;
            earlier = TRUE;
        }
        /* the nearest earlier figure a frame took, a few words back (for
         * a gapped rival, one itself a rival: "…, the Pentagon at about
         * 1,200 and Zelensky at 3,800") */
        CcFrameHit *prior = NULL;
        guint prior_end = 0;
        for (guint h = 0; h < (gapped != G_MAXUINT ? hits->len : n); h++) {
            CcFrameHit *hit = &g_array_index(hits, CcFrameHit, h);
            const CcMention *o = &g_array_index(mentions, CcMention, hit->mention);
            guint oe = tok_at(run->toks, o->end - 1) + 1;
            if (o->type == CC_CLAIM_QUANTITY && oe <= f && (prior == NULL || oe > prior_end)) {
                prior = hit;
                prior_end = oe;
            }
        }
        if (prior == NULL)
            continue;
        /* an earlier figure is counted from the end of the words the frame
         * took with the figure before ("12,000 North Korean troops were in
         * Russia, a sharp rise from the 3,000"), and one named an earlier
         * estimate ("more than tripling its previous estimate of 3,000")
         * may stand past a saying after that figure */
        guint reach = prior_end;
        /* a comparison, as an earlier figure, counts from the end of the
         * words the frame took ("…have been killed or wounded, almost
         * three times the 1,100 cited by the JCS") */
        if (earlier || (contrast != G_MAXUINT && compared_before(run, t0) == contrast)) {
            guint me = tok_at(run->toks, prior->match_end - 1) + 1;
            if (me > reach && me <= f)
                reach = me;
        }
        if (words_between(run->toks, reach, f) > (far ? 16 : 8))
            continue;
        /* the near end of a span split by its sources ends right before
         * the aside and opens with "from" or "between" */
        if (span != G_MAXUINT) {
            const CcMention *pm = &g_array_index(mentions, CcMention, prior->mention);
            guint p0 = tok_at(run->toks, pm->start);
            gboolean opens = tok_is(run, p0, "from") || tok_is(run, p0, "between")
                             || (p0 > 0 && (tok_is(run, p0 - 1, "from") || tok_is(run, p0 - 1, "between")));
            if (prior_end != near_end || !opens)
                continue;
            /* "between" pairs with "and", "from" with "to" */
            gboolean from = tok_is(run, p0, "from") || (p0 > 0 && tok_is(run, p0 - 1, "from"));
            if (from != tok_is(run, span, "to"))
                continue;
        }
        if (earlier && tok_is(run, f, "to")) {
            const CcMention *pm = &g_array_index(mentions, CcMention, prior->mention);
            guint p0 = tok_at(run->toks, pm->start);
            guint pb = before_source_possessive(run, p0);
            /* the figure before opens with "from", or has it right
             * before its approximator or bound, which the value pass
             * reads with the figure ("from *about* 8,000 to at least
             * 10,000") */
            gboolean from = tok_is(run, p0, "from") || (pb != G_MAXUINT && tok_is(run, pb, "from"))
                            || (pb == G_MAXUINT && p0 > 0 && tok_is(run, p0 - 1, "from"));
            /* a source's possessive before one end asks for one before the
             * other ("from Seoul's 3,000 to Kyiv's 12,000") */
            if ((f + 1 < t0) != (pb != G_MAXUINT))
                from = FALSE;
            sources_span = pb != G_MAXUINT;
            if ((prior_end != f && !dated_between(run, mentions, prior_end, f)) || !from)
                continue;
        }
        /* a gapped rival sets a size against one put "at" a figure, right
         * before the comma: "puts the shells at 12 million, Kyiv at …", or
         * one a speaker says (gapping_figure()) */
        if (gapped != G_MAXUINT) {
            if (gapped_other_owner(run, prior->rule->frame, gapped, t0, prior->subject))
                continue;
            const CcMention *pm = &g_array_index(mentions, CcMention, prior->mention);
            guint p0 = tok_at(run->toks, pm->start);
            gboolean at = gapping_figure(run, p0);
            /* a rival with its own "at" may also stand against a figure a
             * source says, within eight words ("Seoul's spy agency says
             * about 10,000 are in Kursk; Kyiv, at 12,000") */
            gboolean said = FALSE;
            gboolean own_at = FALSE;
            for (guint k = f + 1; k < t0; k++)
                own_at = own_at || tok_is(run, k, "at");
            if (!at && own_at && words_between(run->toks, prior_end, f) <= 8) {
                guint c0, c1;
                clause_of(run, p0, prior_end, &c0, &c1);
                for (guint k = c0; k < p0 && !said; k++)
                    said = in_table(run, "speech_words", k);
            }
            if (!said && (!at || words_between(run->toks, prior_end, f) > 2))
                continue;
            /* a rival size of the same count, within a factor of ten of
             * it: "Russia at 3 in the morning" is no size of 12 million */
            double a = pm->value.has_low ? pm->value.low : pm->value.high;
            double b = m->value.has_low && m->value.low > 0 ? m->value.low : m->value.high;
            if (!(a > 0 && b > 0 && b * 10 >= a && a * 10 >= b))
                continue;
        }
        /* a second party's figure that gaps the earlier one's verb is
         * that party's, when the earlier figure's own party opens its
         * clause as its verb's subject: not "Seoul puts North Korean
         * casualties at 3,000 and Kyiv 4,000", a rival source */
        g_autofree char *gap_whose = NULL;
        if (gap_party != G_MAXUINT) {
            const CcFrame *pf = prior->rule->frame;
            const Hit *party = hit_starting(run, pf->slot[CC_SLOT_SUBJECT].tables, gap_party);
            if (party == NULL || party->t1 != t0 || prior->subject == NULL)
                continue;
            gap_whose = entity_of(run, run->text, party);
            if (gap_whose == NULL || g_strcmp0(gap_whose, prior->subject) == 0)
                continue;
            /* a party the frame takes no claim of, as its own figure's
             * would take none: a frame naming its subject takes only
             * that one, one claiming $subject none of `third_parties`
             * ("North Korea has shipped about 5 million shells, and Iran
             * some 300,000", "… and Cubans perhaps 300") */
            const char *rs = prior->rule->subject;
            if (rs != NULL && (rs[0] != '$' ? g_strcmp0(gap_whose, rs) != 0
                                            : third_party(run, gap_whose)))
                continue;
            const CcMention *pm = &g_array_index(mentions, CcMention, prior->mention);
            guint p0 = tok_at(run->toks, pm->start);
            guint pc0, pc1;
            clause_of(run, p0, prior_end, &pc0, &pc1);
            /* the subject opens the clause, or the words after its last
             * comma, "that" or verb of saying before the figure, a "the"
             * before it */
            guint s0 = pc0;
            for (guint t = pc0; t < p0; t++)
                if (g_array_index(run->toks, Tok, t).kind == TOK_COMMA || tok_is(run, t, "that")
                    || in_table(run, "speech_words", t))
                    s0 = t + 1;
            if (s0 < p0 && tok_is(run, s0, "the"))
                s0++;
            const Hit *own = s0 < p0 ? hit_starting(run, pf->slot[CC_SLOT_SUBJECT].tables, s0) : NULL;
            /* … itself, not a party's word before a noun a frame counts
             * ("Seoul puts *North Korean* casualties at 3,000, Kyiv 4,000") */
            g_autofree char *ow = own != NULL && own->t1 <= p0 && !foreign_head(run, NULL, own->t1)
                                      ? entity_of(run, run->text, own)
                                      : NULL;
            if (ow == NULL || g_strcmp0(ow, prior->subject) != 0)
                continue;
        }
        /* a loss's second figure for a time of its own is that time's
         * loss; a transfer's ("sent 11,000 in October and 2,000 in
         * January") is a batch of it, which the bare "and" does not say */
        if (parallel && prior->object != NULL)
            continue;
        if (t1 < run->toks->len && g_array_index(run->toks, Tok, t1).kind == TOK_WORD
            && foreign_head(run, prior->rule->frame, t1))
            continue; /* "from 3,000 shells": a count of something else */
        /* a figure compared with a noun of its own counts that ("ten times
         * the 1,000 engineers it sent to Syria") */
        if (compared_before(run, t0) == contrast && contrast != G_MAXUINT
            && t1 < run->toks->len && g_array_index(run->toks, Tok, t1).kind == TOK_WORD
            && hit_starting(run, prior->rule->frame->slot[CC_SLOT_COUNTS].tables, t1) != NULL)
            continue;
        /* "compared with 50,000 Russian troops there": another party's
         * figure, no earlier one of this */
        if (earlier && t1 < run->toks->len && g_array_index(run->toks, Tok, t1).kind == TOK_WORD) {
            const Hit *party =
                hit_starting(run, prior->rule->frame->slot[CC_SLOT_SUBJECT].tables, t1);
            g_autofree char *whose = party != NULL ? entity_of(run, run->text, party) : NULL;
            if (whose != NULL && g_strcmp0(whose, prior->subject) != 0)
                continue;
        }
        /* "far fewer than the 28,500 US troops in the South", "three
         * times the 4,000 British troops in Estonia": another people the
         * pack counts none of, named right after the figure before a noun
         * in lower case, own it: no rival estimate of this
         * (other_nationality_at()) */
        if (t1 + 1 < run->toks->len && other_nationality_at(run, t1)
            && g_array_index(run->toks, Tok, t1 + 1).kind == TOK_WORD
            && g_ascii_islower(run->text[g_array_index(run->toks, Tok, t1 + 1).start]))
            continue;
        /* "soldiers drawn from four brigades": a plural no frame counts
         * right after the figure is its own noun, no earlier size */
        if (t1 < run->toks->len && g_array_index(run->toks, Tok, t1).kind == TOK_WORD
            && unknown_plural(run, prior->rule->frame, t1))
            continue;
        /* so is one after "of", a word or two describing it between
         * ("against *hundreds of Iranian-designed Shaheds* every night",
         * "thousands of Iranian drones"): the count of another thing */
        if (t1 + 1 < run->toks->len && tok_is(run, t1, "of")) {
            gboolean other = FALSE;
            for (guint t = t1 + 1; t < t1 + 4 && t < run->toks->len && !other; t++) {
                const Tok *w = &g_array_index(run->toks, Tok, t);
                if (w->kind != TOK_WORD
                    || hit_starting(run, prior->rule->frame->slot[CC_SLOT_COUNTS].tables, t)
                           != NULL)
                    break;
                gsize len = w->end - w->start;
                const char *c = run->text + w->start;
                other = len >= 5 && c[len - 1] == 's' && c[len - 2] != 's' && c[len - 2] != '\''
                        && g_ascii_isalpha(c[len - 2]) && !count_word(run, t);
            }
            if (other)
                continue;
        }
        /* so is one a word describes ("a figure built from three *leaked
         * lists*"), not a span of time ("up from 1,100 two weeks earlier") */
        if (t1 + 1 < run->toks->len && g_array_index(run->toks, Tok, t1).kind == TOK_WORD
            && g_array_index(run->toks, Tok, t1 + 1).kind == TOK_WORD
            && g_ascii_islower(run->text[g_array_index(run->toks, Tok, t1).start])
            && !count_word(run, t1)
            && hit_starting(run, prior->rule->frame->slot[CC_SLOT_COUNTS].tables, t1) == NULL
            && unknown_plural(run, prior->rule->frame, t1 + 1)) {
            static const Word spans[] = {WORD("days"), WORD("weeks"), WORD("months"),
                                         WORD("years"), WORD("hours"), WORD("decades")};
            if (!tok_in(run, t1 + 1, spans, G_N_ELEMENTS(spans)))
                continue;
        }
        CcFrameHit hit = {0};
        hit.rule = prior->rule;
        hit.mention = mi;
        /* the match runs from the figure restated, whose cues it shares */
        hit.match_start = clause_start != 0 ? clause_start : MIN(prior->match_start, m->start);
        hit.match_end = MAX(prior->match_end, m->end);
        /* another estimate in a clause of its own is no words of the
         * first's: its speaker there is its source ("…, while the
         * Pentagon puts the figure at about 1,200", "…, though Pentagon
         * estimates are far lower at around 1,200") */
        if (own_clause) {
            hit.own_start = m->start;
            hit.own_end = m->end;
        }
        hit.subject = g_strdup(gap_whose != NULL ? gap_whose : prior->subject);
        hit.object = g_strdup(prior->object);
        hit.scope = g_strdup(prior->scope);
        /* a further figure's own time may give it a rate of its own: "lost
         * some 4,000 men since December and about 1,000 in the past week
         * alone" (a scope word of the frame's in the words after it, up to
         * punctuation) */
        const CcFrame *pf = prior->rule->frame;
        if (further != G_MAXUINT && pf->slot[CC_SLOT_SCOPE].tables->len > 0
            && (prior->rule->scope == NULL || prior->rule->scope[0] == '$')) {
            for (guint t = t1; t < run->toks->len && t < t1 + 6
                               && g_array_index(run->toks, Tok, t).kind == TOK_WORD;
                 t++) {
                const Hit *sc = hit_starting(run, pf->slot[CC_SLOT_SCOPE].tables, t);
                if (sc != NULL) {
                    g_free(hit.scope);
                    hit.scope = scope_of(run, pf, run->text, sc);
                    break;
                }
            }
        }
        /* an earlier figure is dated before the figure set against it
         * (extract.c's claim dates); "from 8,000 to roughly 11,000" sets
         * the figure before as the earlier one */
        if (earlier && tok_is(run, f, "to") && sources_span) {
            /* two sources' counts side by side, neither the earlier */
        } else if (earlier && tok_is(run, f, "to")) {
            prior->earlier = TRUE;
            prior->later_at = m->start;
        } else if (earlier) {
            hit.earlier = TRUE;
            hit.later_at = g_array_index(mentions, CcMention, prior->mention).start;
        }
        if (prior->explain != NULL)
            hit.explain = g_strdup_printf("frame %s (%s:%u): value=\"%.*s\" %s the figure "
                                          "before it",
                                          prior->rule->id, prior->rule->file, prior->rule->line,
                                          (int)(m->end - m->start), run->text + m->start,
                                          revised != G_MAXUINT  ? "revises"
                                          : contrast != G_MAXUINT ? "sets another estimate against"
                                          : further != G_MAXUINT ? "adds to"
                                                                 : "restates");
        g_array_append_val(hits, hit);
        drop_miss(misses, mi);
    }
}

/* A figure no frame took that "not" opens and "but" closes, set against
 * the figure a frame took right after the "but" ("rather" may follow it):
 * "sent not 3,000 but 11,000 troops", "not hundreds but thousands of
 * shells". It counts what the later one counts, for the same party; its
 * "not" negates it alone (src/modality.c not_but_end()). "not just" or
 * "not only" opens no figure, so "not just 3,000 but 11,000" takes none.
 * So too a figure no frame took before an aside of commas that sets
 * another against it, which a frame took with the noun after the aside:
 * "thousands, not hundreds, of North Korean soldiers have been killed",
 * "about 3,000, not 300, North Korean soldiers": the "not" negates the
 * figure in the aside alone (src/modality.c contrastive_not()). */
static void
rival_ahead(CcFrameRun *run, const GArray *mentions, GArray *hits, GArray *misses)
{
    guint n = hits->len;
    for (guint mi = 0; mi < mentions->len; mi++) {
        const CcMention *m = &g_array_index(mentions, CcMention, mi);
        if (m->type != CC_CLAIM_QUANTITY || m->fraction)
            continue;
        guint t0 = tok_at(run->toks, m->start), t1 = tok_at(run->toks, m->end - 1) + 1;
        if (t1 + 2 >= run->toks->len)
            continue;
        guint next;
        gboolean aside = FALSE;
        guint but = g_array_index(run->toks, Tok, t1).kind == TOK_COMMA ? t1 + 1 : t1;
        if (t0 > 0 && tok_is(run, t0 - 1, "not") && tok_is(run, but, "but"))
            next = tok_is(run, but + 1, "rather") ? but + 2 : but + 1;
        else if (g_array_index(run->toks, Tok, t1).kind == TOK_COMMA && tok_is(run, t1 + 1, "not"))
            next = t1 + 2, aside = TRUE;
        else
            continue;
        const CcFrameHit *later = NULL;
        gboolean taken = FALSE;
        for (guint h = 0; h < n; h++) {
            const CcFrameHit *hit = &g_array_index(hits, CcFrameHit, h);
            const CcMention *o = &g_array_index(mentions, CcMention, hit->mention);
            taken = taken || hit->mention == mi;
            if (o->type != CC_CLAIM_QUANTITY || o->end == 0 || tok_at(run->toks, o->start) != next)
                continue;
            /* the aside closes with its comma right after the figure */
            guint oe = tok_at(run->toks, o->end - 1) + 1;
            if (aside && (oe >= run->toks->len || g_array_index(run->toks, Tok, oe).kind != TOK_COMMA))
                continue;
            later = hit;
        }
        if (taken || later == NULL)
            continue;
        CcFrameHit hit = {0};
        hit.rule = later->rule;
        hit.mention = mi;
        /* the match runs from this figure through the later one's words,
         * whose cues it shares */
        hit.match_start = MIN(later->match_start, m->start);
        hit.match_end = MAX(later->match_end, m->end);
        hit.subject = g_strdup(later->subject);
        hit.object = g_strdup(later->object);
        hit.scope = g_strdup(later->scope);
        if (later->explain != NULL)
            hit.explain = g_strdup_printf("frame %s (%s:%u): value=\"%.*s\" sets a rejected "
                                          "figure against the one after it",
                                          later->rule->id, later->rule->file, later->rule->line,
                                          (int)(m->end - m->start), run->text + m->start);
        g_array_append_val(hits, hit);
        drop_miss(misses, mi);
    }
}

/* A figure no frame took, of @type (0: quantity, 1: date): are nouns
 * that count nothing here hiding it from a frame? Such are the tables
 * that the frames that missed it for want of what they follow count,
 * and no other frame tried on it (nor "units" or "other_heads"): a
 * frame that follows an antecedent counts its bare noun only after it
 * ("North Korean units attacked at dawn. 'We counted 47 *bodies*'"),
 * and with none the noun is a word like any other. Does one of them have
 * a hit in the sentence? Its noun stood as another frame's, so a frame
 * that reads through it to its own ("found 23 *bodies of* North Korean
 * soldiers") missed on its counted noun. Sets *@hidden to those tables. */
static gboolean
hidden_nouns(CcFrameRun *run, int type, CcTableBits *hidden)
{
    if (!frame_set_any(run, run->missed_follows))
        return FALSE;
    CcTableBits dead = {{0}}, live = run->head_bits;
    for (guint i = 0; i < run->fillable->len; i++) {
        guint fi = g_array_index(run->fillable, guint, i);
        const CcRule *r = run->frames->pdata[fi];
        if ((r->type == CC_CLAIM_DATE) != (type == 1))
            continue;
        if (run->missed_follows[fi / 64] >> (fi % 64) & 1)
            cc_table_bits_or(&dead, &r->frame->counts_bits);
        else
            cc_table_bits_or(&live, &r->frame->counts_bits);
    }
    gboolean any = FALSE;
    for (guint w = 0; w < G_N_ELEMENTS(dead.w); w++) {
        hidden->w[w] = dead.w[w] & ~live.w[w];
        for (guint64 x = hidden->w[w]; x != 0 && !any; x &= x - 1) {
            const Dict *d = run->by_bit[w * 64 + (guint)__builtin_ctzll(x)];
            any = d != NULL && d->hits->len > 0;
        }
    }
    return any;
}

void
cc_frame_run_sentence(CcFrameRun *run, guint index, const char *text, gsize len, guint32 ref_day,
                      guint kinds, gboolean explain, GArray *mentions, GArray *hits,
                      GArray *misses)
{
    read_notes(run);
    claimed_at(run, index);
    look_at(run, index, text, len);
    /* The value pass runs only where a frame could read what it finds: a
     * quantity where some quantity frame's counted noun (or, for a figure
     * with none, its cue after the claim it follows) is in the sentence; a
     * date where a date frame's cue is, or where quantities are read and
     * the sentence holds a date their figures may be part of. With misses
     * to explain, it runs wherever the sentence may hold a value: a user
     * asking why a figure gave no claim hears of every figure. */
    gboolean want[2] = {FALSE, FALSE};
    for (int k = 0; k < 2; k++)
        if (kinds & (k ? CC_MENTION_DATE : CC_MENTION_NUMBER))
            want[k] = misses != NULL ? frame_set_any(run, run->of_type[k])
                                     : some_frame_could_fire(run, k);
    run->explaining = misses != NULL;
    /* "The figure has since risen to 14,000" */
    run->points_back = (kinds & CC_MENTION_NUMBER) && may_point_back(run, index);
    want[0] |= run->points_back;
    if (want[0] && (kinds & CC_MENTION_DATE))
        want[1] = TRUE;
    find_mentions(run, ref_day, want, mentions);
    find_fractions(run, mentions);
    find_products(run, mentions);
    /* Without misses to explain, a frame that cannot fill in this
     * sentence is not tried on each of its mentions. */
    g_array_set_size(run->fillable, 0);
    if (misses != NULL)
        for (guint fi = 0; fi < run->frames->len; fi++)
            g_array_append_val(run->fillable, fi);
    else if (mentions->len > 0)
        frames_may_fill(run);

    for (guint mi = 0; mi < mentions->len; mi++) {
        const CcMention *m = &g_array_index(mentions, CcMention, mi);
        guint before = hits->len;
        const CcRule *closest = NULL, *best_rule = NULL;
        Fill closest_fill = {0};
        Fill best = {0};
        gboolean have_best = FALSE;
        memset(run->missed_follows, 0, run->frame_words * sizeof *run->missed_follows);
        memset(run->missed_counts, 0, run->frame_words * sizeof *run->missed_counts);
        /* A figure no frame took is read again by the frames that missed
         * it on their counted noun, when the noun of a frame whose
         * antecedent is not there stood in their way: a frame that cannot
         * read the figure keeps it from none that can ("found 23 bodies of
         * North Korean soldiers", bare "bodies" the dead only after an
         * assault). A frame that fails on a cue, a veto or a subject keeps
         * its noun, which still heads the figure ("State media showed 120
         * new missile launchers": no missiles). */
        CcTableBits saved_counts = run->counts_bits;
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                CcTableBits hidden;
                if (hits->len != before || !hidden_nouns(run, m->type == CC_CLAIM_DATE, &hidden))
                    break;
                for (guint w = 0; w < G_N_ELEMENTS(hidden.w); w++)
                    run->counts_bits.w[w] &= ~hidden.w[w];
                run->hiding = TRUE;
            }
            for (guint i = 0; i < run->fillable->len; i++) {
                guint fi = g_array_index(run->fillable, guint, i);
                const CcRule *rule = run->frames->pdata[fi];
                if (rule->type != m->type)
                    continue;
                if (pass == 1 && !(run->missed_counts[fi / 64] >> (fi % 64) & 1))
                    continue;
                Fill fill;
                fill_frame(run, rule, mentions, mi, &fill);
                if (fill.missing != NULL) {
                    if (pass == 0 && g_str_equal(fill.missing, "counts"))
                        frame_set_add(run->missed_counts, fi);
                    else if (pass == 0 && g_str_equal(fill.missing, "follows"))
                        frame_set_add(run->missed_follows, fi);
                    /* the frame that came closest, for the miss to explain */
                    if (misses != NULL && pass == 0
                        && (closest == NULL || progress(&fill) > progress(&closest_fill))) {
                        g_free(closest_fill.subject_name);
                        closest = rule;
                        closest_fill = fill;
                    } else {
                        g_free(fill.subject_name);
                    }
                    continue;
                }
                /* Consolidation: the frame whose counted noun holds the figure
                 * closest takes it ("the toll of dead stood at 1,000" is a
                 * count of the dead), then the longer noun ("5,200 killed or
                 * wounded"), then the higher priority. */
                int order = have_best ? rank(&fill, rule, &best, best_rule) : -1;
                if (order == 0)
                    order = size_order(m, &fill, rule, &best, best_rule);
                if (order > 0) {
                    g_free(fill.subject_name);
                    continue;
                }
                if (order < 0) {
                    for (guint h = before; h < hits->len; h++)
                        cc_frame_hit_clear(&g_array_index(hits, CcFrameHit, h));
                    g_array_set_size(hits, before);
                    best = fill;
                    best.subject_name = NULL;
                    best_rule = rule;
                    have_best = TRUE;
                }
                CcFrameHit hit = {0};
                hit.rule = rule;
                hit.mention = mi;
                hit.match_start = m->start;
                hit.match_end = m->end;
                widen(&hit.match_start, &hit.match_end, fill.counts);
                widen(&hit.match_start, &hit.match_end, fill.cue);
                hit.own_start = hit.match_start;
                hit.own_end = hit.match_end;
                /* a relative clause set off by commas right after the
                 * subject tells of the subject alone: a figure in it shares
                 * nothing with the claim's ("North Korea, which has held
                 * drills since January, confirmed on April 28 that …") */
                gsize rel_end = 0;
                if (fill.subject != NULL) {
                    guint c = fill.subject->t1;
                    if (c + 1 < run->toks->len
                        && g_array_index(run->toks, Tok, c).kind == TOK_COMMA
                        && (tok_is(run, c + 1, "which") || tok_is(run, c + 1, "who")))
                        for (guint t = c + 2; t < run->toks->len; t++) {
                            const Tok *k = &g_array_index(run->toks, Tok, t);
                            if (k->kind == TOK_BREAK)
                                break;
                            if (k->kind == TOK_COMMA) {
                                rel_end = k->start;
                                break;
                            }
                        }
                    if (rel_end >= m->start)
                        rel_end = 0;
                }
                /* a party from another clause ("…, without giving a number;
                 * Seoul puts the force at 15,000", "…, while Kyiv puts the
                 * number at 12,000") leaves the match to its own */
                if (fill.subject != NULL) {
                    guint m0 = tok_at(run->toks, m->start), m1 = tok_at(run->toks, m->end - 1) + 1;
                    guint lo = MIN(fill.subject->t1, m1), hi = MAX(fill.subject->t0, m0);
                    /* the marks of a day in parentheses told of the clause
                     * around them part nothing ("Pyongyang acknowledged
                     * sending troops to Kursk (April 28)") */
                    gboolean in_parens =
                        m->type == CC_CLAIM_DATE && m0 > 0 && tok_is(run, m0 - 1, "(")
                        && tok_is(run, m1, ")")
                        && (closing_date_aside(run, m0, m1) || is_aside(run, m0, m1));
                    gboolean apart = FALSE;
                    for (guint t = lo; t < hi && !apart; t++)
                        apart = (g_array_index(run->toks, Tok, t).kind == TOK_BREAK
                                 && !(in_parens && (t + 1 == m0 || t == m1)))
                                || (t > 0 && g_array_index(run->toks, Tok, t - 1).kind == TOK_COMMA
                                    && in_table(run, "clause_breaks", t));
                    /* one shared with a figure between them stays out of the
                     * span whose speakers are the claim's own words ("North
                     * Korea sent 1,500 troops, the agency said, with 10,000
                     * expected by December": the agency is the 10,000's source) */
                    gboolean shared = FALSE;
                    for (guint k = 0; k < mentions->len && !shared; k++) {
                        const CcMention *o = &g_array_index(mentions, CcMention, k);
                        shared = k != mi && o->type == m->type && o->start >= fill.subject->end
                                 && o->end <= m->start
                                 && !(rel_end != 0 && o->end <= rel_end);
                    }
                    if (!apart && !shared)
                        widen(&hit.own_start, &hit.own_end, fill.subject);
                    if (!apart)
                        widen(&hit.match_start, &hit.match_end, fill.subject);
                }
                if (!fill.scope_fronted && !scope_holds_date(mentions, fill.scope)) {
                    widen(&hit.match_start, &hit.match_end, fill.scope);
                    widen(&hit.own_start, &hit.own_end, fill.scope);
                }
                /* a figure whose counted noun or subject stands before another
                 * figure of its kind shares them with that figure: its own
                 * words begin after it, so a speaker between the two is its
                 * source ("Some 11,000 North Korean soldiers were sent, the
                 * agency said, adding that about 3,000 more had arrived") */
                for (guint k = 0; k < mentions->len && hit.own_start < m->start; k++) {
                    const CcMention *o = &g_array_index(mentions, CcMention, k);
                    if (k == mi || o->type != m->type || o->end > m->start
                        || (rel_end != 0 && o->start >= fill.subject->end && o->end <= rel_end))
                        continue;
                    gsize gap = o->end;
                    while (gap < hit.own_start && g_ascii_isspace(run->text[gap]))
                        gap++;
                    if (o->end > hit.own_start || gap == hit.own_start)
                        hit.own_start = m->start;
                }
                hit.by_report = fill.by_report;
                if (fill.said) {
                    hit.said_start = fill.cue->start;
                    hit.said_end = fill.cue->end;
                }
                hit.subject = claim_part(rule->subject, &fill);
                hit.object = claim_part(rule->object, &fill);
                if (rule->scope != NULL && rule->scope[0] != '$')
                    hit.scope = g_strdup(rule->scope);
                else if (fill.scope != NULL)
                    hit.scope = scope_of(run, rule->frame, text, fill.scope);
                if (explain)
                    hit.explain = explain_fill(run, rule, m, &fill);
                g_array_append_val(hits, hit);
                g_free(fill.subject_name);
            }
        }
        run->counts_bits = saved_counts;
        run->hiding = FALSE;
        /* The figure's claim, for the frames that follow one, is the record
         * that stands: a frame that filled its slots and then gave the
         * figure up to one ranked above it claimed nothing, whichever of
         * the two was tried first (nor does the frame ranked above count
         * as what follows the one it displaced on the same figure). */
        for (guint h = before; h < hits->len; h++) {
            add_once(run->claimed[0], g_array_index(hits, CcFrameHit, h).rule->predicate);
            if (m->type == CC_CLAIM_QUANTITY && m->value.has_low) {
                run->figure[0] = m->value;
                run->has_figure[0] = TRUE;
            }
        }
        if (hits->len == before && misses != NULL && closest != NULL && m->said_at == 0) {
            g_autofree char *e = explain_fill(run, closest, m, &closest_fill);
            const Hit *veto = closest_fill.veto;
            CcFrameMiss miss = {
                mi, g_str_equal(closest_fill.missing, "veto") && veto != NULL
                        ? g_strdup_printf("%s: no claim, vetoed by \"%.*s\" (veto at line %u)", e,
                                          (int)(veto->end - veto->start), text + veto->start,
                                          closest_fill.veto_line)
                    : g_str_equal(closest_fill.missing, "home") && veto != NULL
                        ? g_strdup_printf("%s: no claim, kept at home by \"%.*s\"", e,
                                          (int)(veto->end - veto->start), text + veto->start)
                    : g_str_equal(closest_fill.missing, "bound")
                        ? g_strdup_printf("%s: no claim, outside the frame's bounds", e)
                    : g_str_equal(closest_fill.missing, "restated")
                        ? g_strdup_printf("%s: no claim, restated by the date after it", e)
                        : g_strdup_printf("%s: no claim, missing %s", e, closest_fill.missing)};
            g_array_append_val(misses, miss);
        }
        g_free(closest_fill.subject_name);
    }

    restated(run, mentions, hits, misses);
    rival_ahead(run, mentions, hits, misses);
    increment_before_total(run, mentions, hits);
    part_of_claimed(run, index, mentions, hits);
    changed_since(run, index, text, mentions, hits, misses);
    note_last_claim(run, index, mentions, hits);
    note_named(run, run->named[0]);
    /* Remember the party this sentence opens with, for later sentences
     * whose frames inherit their subject, and the parties it names. */
    if (run->subject_tables->len > 0) {
        char *first = note_parties(run, run->parties[0]);
        if (first != NULL) {
            g_free(run->last_subject);
            run->last_subject = first;
            note_owners(run, 0, first);
            note_struck(run, 0, first);
        }
    }
}
