/* SPDX-License-Identifier: MIT */
/* test_date_scan.c: the date scanner (cc_date_scanner_next), table driven
 * over the lexicons of rules/core/ as shipped: one row per construction,
 * each with the date mentions a sentence holds, read against a document's
 * day — their text and the days they cover. A failing row names itself
 * and prints what was read. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>

#include "internal.h"
#include "normalize_internal.h"
#include "rules_reader.h"

typedef struct {
    const char *text; /* the mention's text */
    /* "YYYY-MM-DD", NULL for an open end, or "none" for a date that
     * cannot be read without the document's day, which has no value */
    const char *low, *high;
} Want;

typedef struct {
    const char *name;
    const char *sentence;
    const char *ref; /* the document's day, "YYYY-MM-DD", or NULL */
    Want want[3];    /* ends at the first row without text */
} Row;

static const Row rows[] = {
    {"a day, month and year", "Russia invaded on 24 February 2022 at dawn.", NULL,
     {{"24 February 2022", "2022-02-24", "2022-02-24"}}},
    {"a month, day and year", "The deal was signed on February 24, 2022, in Moscow.", NULL,
     {{"February 24, 2022", "2022-02-24", "2022-02-24"}}},
    /* a weekday and, in parentheses, the day it names: one mention, the
     * day the parentheses' */
    {"a weekday and its day in parentheses",
     "The pact took effect on Wednesday (4 December), officials said.", "2024-12-20",
     {{"Wednesday (4 December)", "2024-12-04", "2024-12-04"}}},
    {"a month and year", "Troops arrived in February 2022.", NULL,
     {{"February 2022", "2022-02-01", "2022-02-28"}}},
    /* "that year", "the same year" take the year named before in the
     * sentence, not the document's */
    {"a day of that year", "The 2000 treaty, signed on February 9 that year, lapsed.", "2025-01-10",
     {{"2000", "2000-01-01", "2000-12-31"}, {"February 9 that year", "2000-02-09", "2000-02-09"}}},
    {"that year alone", "Talks began in 2019 and broke down that year.", "2025-01-10",
     {{"2019", "2019-01-01", "2019-12-31"}, {"that year", "2019-01-01", "2019-12-31"}}},
    {"a month of the same year", "The 1961 treaty was ratified in July of the same year.", "2025-01-10",
     {{"1961", "1961-01-01", "1961-12-31"}, {"July of the same year", "1961-07-01", "1961-07-31"}}},
    {"a part of a month", "Fighting peaked in early December 2024.", NULL,
     {{"early December 2024", "2024-12-01", "2024-12-10"}}},
    {"a year alone after in", "Output fell sharply in 2022 and rose later.", NULL,
     {{"2022", "2022-01-01", "2022-12-31"}}},
    {"a date in figures", "The report is dated 2022-02-24.", NULL,
     {{"2022-02-24", "2022-02-24", "2022-02-24"}}},
    {"a month before the document", "The exercise was held last October.", "2024-11-13",
     {{"last October", "2024-10-01", "2024-10-31"}}},
    /* "MONTH (of) last year": that month of the year before the
     * document's, one mention, so the date and the claim's as_of agree */
    {"a month of last year", "Shipments began in August last year.", "2024-02-27",
     {{"August last year", "2023-08-01", "2023-08-31"}}},
    {"a part of a month of last year", "Launches began in late December of last year.",
     "2024-10-30", {{"late December of last year", "2023-12-16", "2023-12-31"}}},
    {"last year's, no month of it", "It matched August last year's total.", "2024-02-27",
     {{"August", "2024-08-01", "2024-08-31"}, {"last year", "2023-01-01", "2023-12-31"}}},
    {"a season before the document", "The first troops arrived last autumn.", "2025-01-20",
     {{"last autumn", "2024-09-01", "2024-11-30"}}},
    {"a season's word that is no date", "The fall of Avdiivka came in February 2024.", NULL,
     {{"February 2024", "2024-02-01", "2024-02-29"}}},
    {"a season after \"the\" with no year", "Kyiv's push came in the summer.", "2024-11-15",
     {{"the summer", "2024-06-01", "2024-08-31"}}},
    {"a season's word before \"in\" that is no date", "The fall in prices came in May 2024.", NULL,
     {{"May 2024", "2024-05-01", "2024-05-31"}}},
    {"a season of a year", "The first troops were sent in the autumn of 2024.", NULL,
     {{"the autumn of 2024", "2024-09-01", "2024-11-30"}}},
    /* two parts of one month joined by "to" */
    {"parts of a month joined by hyphens", "Troops began arriving in mid-to-late October.", "2024-12-01",
     {{"mid-to-late October", "2024-10-10", "2024-10-31"}}},
    {"parts of a month joined by to", "Troops began arriving in early to mid-October.", "2024-12-01",
     {{"early to mid-October", "2024-10-01", "2024-10-20"}}},
    /* a day told from the single day named before it in the sentence */
    {"the previous day", "Seoul said Thursday the pact took effect the previous day.", "2024-12-05",
     {{"Thursday", "2024-12-05", "2024-12-05"}, {"the previous day", "2024-12-04", "2024-12-04"}}},
    {"the following day", "The Duma voted on Oct. 24 and the upper house the following day.",
     "2024-12-05",
     {{"Oct. 24", "2024-10-24", "2024-10-24"}, {"the following day", "2024-10-25", "2024-10-25"}}},
    {"the day before an event is the event's", "The vote came the day before the summit on June 19.",
     "2024-12-05", {{"June 19", "2024-06-19", "2024-06-19"}}},
    /* a day set and then moved by a span is the day it moved to */
    {"a day that slipped", "The vote had been scheduled for Oct. 23 but slipped a day.", "2024-10-25",
     {{"Oct. 23 but slipped a day", "2024-10-24", "2024-10-24"}}},
    {"a day pushed back", "The vote, set for Oct. 23, was then pushed back by two days.", "2024-10-25",
     {{"Oct. 23, was then pushed back by two days", "2024-10-25", "2024-10-25"}}},
    {"a day brought forward", "The summit, first set for June 20, was brought forward by a day.",
     "2024-06-25", {{"June 20, was brought forward by a day", "2024-06-19", "2024-06-19"}}},
    /* a day of the month alone after "on", before a word that opens what
     * follows; not before a noun it numbers */
    {"the 28th before that", "The admission on the 28th that troops were sent came late.",
     "2025-04-29", {{"the 28th", "2025-04-28", "2025-04-28"}}},
    {"the 28th before a noun is no date", "They met on the 28th floor of the tower.", "2025-04-29",
     {{NULL}}},
    {"the 2nd before and another ordinal is no date", "Shells fell on the 2nd and 3rd floors.",
     "2025-04-29", {{NULL}}},
    /* a gap between two days is no stretch from the reference */
    {"within days of each other", "The two votes came within three days of each other.",
     "2024-11-15", {{NULL}}},
    /* an offset "after that" is told as "later" (the frames move it to the
     * day told before it) */
    {"days after that", "Putin signed the law three days after that.", "2024-11-06",
     {{"three days after that", "2024-11-09", "2024-11-09"}}},
    /* the reference's day a year back */
    {"this day last year", "On this day last year, the troops crossed the border.", "2025-08-06",
     {{"this day last year", "2024-08-06", "2024-08-06"}}},
    {"this day a year ago", "Exactly this day a year ago, the treaty was signed.", "2025-06-19",
     {{"this day a year ago", "2024-06-19", "2024-06-19"}}},
    {"a delay of another thing moves no day", "The Duma voted on Oct. 24 and delayed the budget a week.",
     "2024-10-25", {{"Oct. 24", "2024-10-24", "2024-10-24"}}},
    {"a weekday", "Officials met on Monday, the ministry said.", "2024-11-13",
     {{"Monday", "2024-11-11", "2024-11-11"}}},
    {"yesterday", "Shelling resumed yesterday.", "2024-11-13",
     {{"yesterday", "2024-11-12", "2024-11-12"}}},
    {"a span of time of a thing done is no date", "After nine months of fighting, the town fell.",
     "2025-01-10", {{NULL}}},
    {"a span of time of a thing done is no date, after in", "In three weeks of talks, no deal came.",
     "2025-01-10", {{NULL}}},
    {"a span of time with no thing done stays a date", "After three weeks, the talks resumed.",
     "2025-01-10", {{"After three weeks", "2025-01-31", "2025-01-31"}}},
    {"a timeline's entry past a spaced dash is no range's end",
     "Nov. 4 — first clashes with Ukrainian forces in Kursk", "2025-01-20",
     {{"Nov. 4", "2025-11-04", "2025-11-04"}}},
    {"a figure past a timeline's spaced dash is no range's end",
     "Dec. 1 — 12 soldiers were captured near Sudzha", "2025-01-20",
     {{"Dec. 1", "2025-12-01", "2025-12-01"}}},
    {"a timeline's entry past an em dash is no range's end",
     "Nov. 4\xe2\x80\x94" "first clashes with Ukrainian forces", "2025-01-20",
     {{"Nov. 4", "2025-11-04", "2025-11-04"}}},
    {"a range past an unspaced en dash stays one", "Talks ran Nov. 4\xe2\x80\x93" "7 in Moscow.",
     "2025-01-20", {{"Nov. 4\xe2\x80\x93" "7", "2025-11-04", "2025-11-07"}}},
    {"a range past a spaced dash goes on with a preposition",
     "Fighting raged from Nov. 4 – 12 in the Kursk region.", "2025-01-20",
     {{"from Nov. 4 – 12", "2025-11-04", "2025-11-12"}}},
    {"a month before a figure grouped in thousands, no day",
     "Troops began arriving in October 3,359 with transport ships.", "2024-11-20",
     {{"October", "2024-10-01", "2024-10-31"}}},
    {"the day of a report and of an event",
     "Officials said on Thursday that the talks of 24 February 2022 had failed.", "2024-11-20",
     {{"Thursday", "2024-11-14", "2024-11-14"}, {"24 February 2022", "2022-02-24", "2022-02-24"}}},
    {"a range of months", "The summit was held from March to May 2022.", NULL,
     {{"from March to May 2022", "2022-03-01", "2022-05-31"}}},
    {"a range after between", "Troops crossed between 3 and 12 October 2024.", NULL,
     {{"between 3 and 12 October 2024", "2024-10-03", "2024-10-12"}}},
    {"a bound before a date", "Prices have risen since July.", "2019-02-25",
     {{"since July", "2018-07-01", NULL}}},
    {"a duration from the document", "They return in two weeks.", "2024-11-13",
     {{"in two weeks", "2024-11-27", "2024-11-27"}}},
    {"a duration before a comma", "The side lost a battalion in two days, Kyiv said.",
     "2024-11-13", {{"in two days", "2024-11-15", "2024-11-15"}}},
    {"a duration back", "The pact took effect two days ago.", "2024-11-13",
     {{"two days ago", "2024-11-11", "2024-11-11"}}},
    {"mid and a month", "Talks resume in mid-November.", "2018-07-13",
     {{"mid-November", "2018-11-10", "2018-11-20"}}},
    {"to date", "It is the biggest attack to date.", "2019-02-25",
     {{"to date", NULL, "2019-02-25"}}},
    /* what the grammar's lookbehinds and lookaheads kept out, as token checks */
    {"a lead word is no part of the mention", "Aid arrived during March 2023.", NULL,
     {{"March 2023", "2023-03-01", "2023-03-31"}}},
    {"no point after a full month's name", "North Korea ratified it in July.", "2024-12-10",
     {{"July", "2024-07-01", "2024-07-31"}}},
    {"in May at a clause's end", "Lawmakers approved the pact in May.", "2024-12-10",
     {{"in May", "2024-05-01", "2024-05-31"}}},
    {"may, the verb", "Troops may arrive in May and leave soon.", "2024-12-10", {{NULL}}},
    /* past a comma, a bare figure before a word is no day of the month */
    {"a figure after a month and a comma", "In December, 30 soldiers were killed.", "2024-12-20",
     {{"December", "2024-12-01", "2024-12-31"}}},
    {"an ordinal day after a comma", "They met on October, 1st in Moscow.", "2024-12-20",
     {{"October, 1st", "2024-10-01", "2024-10-01"}}},
    {"a figure of two digits after a month alone", "MOSCOW, Dec 12 (Wire) - talks began.",
     "2024-12-20", {{"Dec 12", "2024-12-12", "2024-12-12"}}},
    {"no year past 2199", "They came in August 2835 with ships.", "2024-12-10",
     {{"August", "2024-08-01", "2024-08-31"}}},
    {"no year before 1800 alone", "It averaged 1500 a day.", NULL, {{NULL}}},
    {"a year before 1800 after in", "It was built in 1546.", NULL,
     {{"1546", "1546-01-01", "1546-12-31"}}},
    {"no fiscal year", "Spending for FY 2024 rose.", NULL, {{NULL}}},
    {"no day in small cardinal words", "They met in mid-June, the two leaders said.",
     "2024-12-10", {{"mid-June", "2024-06-10", "2024-06-20"}}},
    {"the day only at a clause's end", "It took effect on December 4, the day envoys met.",
     "2024-12-10", {{"December 4", "2024-12-04", "2024-12-04"}}},
    {"no period of a compound", "It sought pay for the decades-long aid.", "2024-12-10", {{NULL}}},
    {"the year before a year is no part of it", "Sales fell in the year 2008.", NULL,
     {{"2008", "2008-01-01", "2008-12-31"}}},
    /* "before": up to its first day, not included (high_strict) */
    {"the year after a bound", "Troops stayed before the year 2019.", NULL,
     {{"before the year 2019", NULL, "2019-01-01"}}},
    {"a day the month lacks", "The memo is dated feb 30 2019 here.", NULL,
     {{"feb 30 2019", "none", "none"}}},
    /* the scanner takes read_date()'s reading at the figure or month for
     * no_such_day()'s: against a document's day too, and after a lead word */
    {"a day the month lacks, the day first", "The memo of 31 June 2020 was void.",
     "2024-12-10", {{"31 June 2020", "none", "none"}}},
    {"a day the month lacks, after a lead word", "It was signed on February 30, 2019 in Minsk.",
     "2024-12-10", {{"February 30, 2019", "none", "none"}}},
    {"a date with no document's day", "Bloggers wrote on 21 November that troops came.", NULL,
     {{"21 November", "none", "none"}}},
    {"may and a figure no date has", "It entered into force on May 77 the ministry said.",
     "2024-12-10", {{"May 77", "none", "none"}}},
    {"a weekday with a possessive", "Rounds struck their targets during Tuesday's test.",
     "2024-11-13", {{"Tuesday", "2024-11-12", "2024-11-12"}}},
    {"a fraction is no month and day", "Add 1/2 cup of oil on 11/20.", "2024-12-10",
     {{"11/20", "2024-11-20", "2024-11-20"}}},
    {"weekend, a noun's modifier", "Weekend clashes cost 30 lives.", "2024-12-10", {{NULL}}},
    {"in before no count", "Losses topped 1,000 in the first fortnight of January.",
     "2024-12-10", {{"the first fortnight of January", "2024-01-01", "2024-01-14"}}},
    {"a figure grouped in thousands is no day", "Troops came in November 3,568 strong.",
     "2024-12-10", {{"November", "2024-11-01", "2024-11-30"}}},
    /* the generic records' constructions (rule value_date) */
    {"a figure after a currency sign is no day", "I bought it for $12 December 27.",
     "2019-01-10", {{"December 27", "2019-12-27", "2019-12-27"}}},
    {"a word glued to a currency sign is no month", "In dec $DEC farming is coming.",
     "2016-11-07", {{"dec", "2016-12-01", "2016-12-31"}}},
    {"a count before a singular unit is no count of it", "We will be only 3 next week.",
     "2016-11-07", {{"next week", "2016-11-14", "2016-11-20"}}},
    {"a lead for before the is no part of the mention",
     "Maintenance is scheduled for the last 3 weeks of this year.", "2019-11-28",
     {{"the last 3 weeks of this year", "2019-12-09", "2019-12-29"}}},
    {"a lead in before the is no part of the mention", "What will happen in the 5 upcoming years?",
     "2019-11-28", {{"the 5 upcoming years", "2019-11-29", "2024-11-28"}}},
    {"a stretch of time ends before an offset of its own",
     "They worked for the last 3 months and 2 days ago they found it.", "2019-11-28",
     {{"the last 3 months", "2019-08-28", "2019-11-27"}, {"2 days ago", "2019-11-26", "2019-11-26"}}},
    {"the parts of a stretch of time", "They worked for the last 3 months and 2 weeks and 2 days.",
     "2019-11-28", {{"the last 3 months and 2 weeks and 2 days", "2019-08-12", "2019-11-27"}}},
    {"a weekday before a figure that goes on", "Set up a call on Friday 7-6 with Jim.",
     "2018-07-02", {{"Friday", "2018-06-29", "2018-06-29"}}},
    {"a weekday, a comma and no day", "The paper said on Friday, the first toll it gave.",
     "2018-07-02", {{"Friday", "2018-06-29", "2018-06-29"}}},
    {"a weekday and a day of thirteen and more", "It opens on Monday 13th.", "2018-07-02",
     {{"Monday 13th", "2018-08-13", "2018-08-13"}}},
    {"a year in words after in", "They left in nineteen ninety six and came back in two thousand and fifteen.",
     NULL, {{"nineteen ninety six", "1996-01-01", "1996-12-31"},
            {"two thousand and fifteen", "2015-01-01", "2015-12-31"}}},
    {"a year in words at a clause's end", "Show sales in two thousand and twenty.", NULL,
     {{"two thousand and twenty", "2020-01-01", "2020-12-31"}}},
    {"no year in words before what it counts", "It resulted in two thousand homes lost.", NULL,
     {{NULL}}},
    {"a day in small cardinal words before a month and a year",
     "On fifteen August nineteen hundred ninety three, the plant opened.", NULL,
     {{"fifteen August nineteen hundred ninety three", "1993-08-15", "1993-08-15"}}},
    {"a date before a time", "Posted 2019-09-01T10:38:07Z by the desk.", NULL,
     {{"2019-09-01", "2019-09-01", "2019-09-01"}}},
    {"the second of two years joined by a dash", "The plan ran from 2010 to 2014-2015.", NULL,
     {{"from 2010 to 2014", "2010-01-01", "2014-12-31"}, {"2015", "2015-01-01", "2015-12-31"}}},
    {"a unit of time with a possessive", "Next month's parade will mark it.", "2024-11-20",
     {{"Next month", "2024-12-01", "2024-12-31"}}},
    {"a bare part of a month before the part that names it",
     "Talks ran between early and mid-October, aides said.", "2024-12-10",
     {{"between early and mid-October", "2024-10-01", "2024-10-20"}}},
    {"a bare part of a year before the part that names it",
     "Prices rose from early to mid-2024, aides said.", "2024-12-10",
     {{"from early to mid-2024", "2024-01-01", "2024-08-31"}}},
    {"a count of days back to the document",
     "Police held 12 people over the past three days, aides said.", "2024-12-10",
     {{"the past three days", "2024-12-07", "2024-12-09"}}},
    {"a few days back to the document, as many as few can be",
     "Police held 12 people over the past few days, aides said.", "2024-12-10",
     {{"the past few days", "2024-12-05", "2024-12-09"}}},
    {"several weeks ahead of the document, as many as several can be",
     "Talks go on over the next several weeks, aides said.", "2024-12-10",
     {{"the next several weeks", "2024-12-11", "2025-02-11"}}},
    {"few alone is no count", "Few people came in two days.", "2024-12-10",
     {{"in two days", "2024-12-12", "2024-12-12"}}},
    {"a span of years after a first is no date ahead",
     "It was his first trip abroad in 24 years.", "2024-12-10", {{NULL}}},
    {"a span of months after a superlative is no date ahead",
     "Prices rose 0.3%, the biggest rise in 18 months.", "2024-12-10", {{NULL}}},
    {"a span ahead with no first before it stays a date",
     "The first unit leaves now; the rest go in 3 years.", "2024-12-10",
     {{"in 3 years", "2027-12-10", "2027-12-10"}}},
};

typedef struct {
    CcLexicon *lex;
    CcNormalizer *nz;
} Fixture;

static int
setup(void **state)
{
    Fixture *f = g_new0(Fixture, 1);
    f->lex = cc_lexicon_new();
    static const char *const files[] = {"numbers.rules", "units.rules", "dates.rules", NULL};
    for (guint i = 0; files[i]; i++) {
        g_autofree char *path = g_build_filename(CC_SOURCE_DIR, "rules", "core", files[i], NULL);
        g_autoptr(GError) error = NULL;
        if (!read_rule_file(path, f->lex, NULL, &error))
            fail_msg("%s: %s", path, error->message);
    }
    f->nz = cc_normalizer_new(f->lex);
    assert_non_null(f->nz);
    *state = f;
    return 0;
}

static int
teardown(void **state)
{
    Fixture *f = *state;
    cc_normalizer_free(f->nz);
    cc_lexicon_free(f->lex);
    g_free(f);
    return 0;
}

static guint32
day_of(const char *ymd)
{
    int y, m, d;
    if (ymd == NULL || sscanf(ymd, "%d-%d-%d", &y, &m, &d) != 3)
        return 0;
    return cc_day_from_ymd(y, m, d);
}

static void
append_day(GString *s, gboolean has, double day)
{
    if (!has) {
        g_string_append(s, "open");
        return;
    }
    int y, m, d;
    cc_day_to_ymd((guint32)day, &y, &m, &d);
    g_string_append_printf(s, "%04d-%02d-%02d", y, m, d);
}

static gboolean
same_day(const char *want, gboolean has, double got)
{
    if (want == NULL)
        return !has;
    return has && (guint32)got == day_of(want);
}

static void
test_rows(void **state)
{
    Fixture *f = *state;
    guint failed = 0;
    for (guint r = 0; r < G_N_ELEMENTS(rows); r++) {
        const Row *row = &rows[r];
        const char *s = row->sentence;
        CcDateScanner *sc = cc_date_scanner_new(f->nz, s, strlen(s));
        g_autoptr(GArray) got = g_array_new(FALSE, FALSE, sizeof(CcDateMention));
        CcDateMention m;
        while (cc_date_scanner_next(sc, 0, strlen(s), day_of(row->ref), &m))
            g_array_append_val(got, m);
        cc_date_scanner_free(sc);
        guint n = 0;
        while (n < G_N_ELEMENTS(row->want) && row->want[n].text != NULL)
            n++;
        gboolean ok = got->len == n;
        for (guint i = 0; ok && i < n; i++) {
            const Want *w = &row->want[i];
            const CcDateMention *g = &g_array_index(got, CcDateMention, i);
            ok = g->end - g->start == strlen(w->text)
                 && strncmp(s + g->start, w->text, strlen(w->text)) == 0
                 && (g_strcmp0(w->low, "none") == 0
                         ? g->value.kind != CC_VALUE_DATE
                         : g->value.kind == CC_VALUE_DATE
                               && same_day(w->low, g->value.has_low, g->value.low)
                               && same_day(w->high, g->value.has_high, g->value.high));
        }
        if (!ok) {
            GString *msg = g_string_new(NULL);
            for (guint i = 0; i < got->len; i++) {
                const CcDateMention *g = &g_array_index(got, CcDateMention, i);
                g_string_append_printf(msg, " '%.*s' [", (int)(g->end - g->start),
                                       s + g->start);
                if (g->value.kind != CC_VALUE_DATE) {
                    g_string_append(msg, "no value]");
                    continue;
                }
                append_day(msg, g->value.has_low, g->value.low);
                g_string_append(msg, ", ");
                append_day(msg, g->value.has_high, g->value.high);
                g_string_append(msg, "]");
            }
            print_message("row '%s' (\"%s\") read:%s\n", row->name, s,
                          msg->len ? msg->str : " nothing");
            g_string_free(msg, TRUE);
            failed++;
        }
    }
    if (failed > 0)
        fail_msg("%u of %u rows failed", failed, (guint)G_N_ELEMENTS(rows));
}

/* Mentions start at or after @from, before @to, and after the last one:
 * windows read in order find what one pass finds inside them. */
static void
test_windows(void **state)
{
    Fixture *f = *state;
    const char *s = "Troops left in March 2024; more came on 5 May 2024 and in June 2024.";
    guint32 ref = cc_day_from_ymd(2024, 12, 1);
    CcDateScanner *sc = cc_date_scanner_new(f->nz, s, strlen(s));
    CcDateMention m;
    const char *second = strstr(s, "5 May");
    assert_true(cc_date_scanner_next(sc, (gsize)(second - s), (gsize)(second - s) + 3, ref, &m));
    assert_int_equal(m.start, second - s);
    assert_int_equal((guint32)m.value.low, cc_day_from_ymd(2024, 5, 5));
    /* the next window starts inside the mention just read: nothing there */
    assert_false(cc_date_scanner_next(sc, m.start + 1, m.end, ref, &m));
    assert_true(cc_date_scanner_next(sc, m.end, strlen(s), ref, &m));
    assert_memory_equal(s + m.start, "June 2024", 9);
    assert_false(cc_date_scanner_next(sc, m.end, strlen(s), ref, &m));
    cc_date_scanner_free(sc);

    /* a window that ends after a lead word ("in") holds no mention: the
     * date after it starts in the next window */
    const char *u = "Troops left in March 2024.";
    gsize in = (gsize)(strstr(u, "in March") - u);
    sc = cc_date_scanner_new(f->nz, u, strlen(u));
    assert_false(cc_date_scanner_next(sc, 0, in + 2, ref, &m));
    assert_true(cc_date_scanner_next(sc, in + 2, strlen(u), ref, &m));
    assert_memory_equal(u + m.start, "March 2024", 10);
    cc_date_scanner_free(sc);
}

/* A restarted scanner reads from the text's first byte again, as a new
 * one would: a text longer than a slice (MAX_TOKENS) too, which the
 * scanner read a slice at a time, the first slid away. */
static void
test_restart(void **state)
{
    Fixture *f = *state;
    guint32 ref = cc_day_from_ymd(2024, 12, 1);
    GString *long_text = g_string_new("Troops left in March 2024");
    for (int i = 0; i < 40; i++)
        g_string_append(long_text, ", and more");
    g_string_append(long_text, " came in June 2024.");
    const char *texts[] = {"Troops left in March 2024; more came in June 2024.", long_text->str};
    for (guint k = 0; k < G_N_ELEMENTS(texts); k++) {
        const char *s = texts[k];
        CcDateScanner *sc = cc_date_scanner_new(f->nz, s, strlen(s));
        for (int pass = 0; pass < 2; pass++) {
            CcDateMention m;
            assert_true(cc_date_scanner_next(sc, 0, strlen(s), ref, &m));
            assert_memory_equal(s + m.start, "March 2024", 10);
            assert_true(cc_date_scanner_next(sc, m.end, strlen(s), ref, &m));
            assert_memory_equal(s + m.start, "June 2024", 9);
            assert_false(cc_date_scanner_next(sc, m.end, strlen(s), ref, &m));
            cc_date_scanner_restart(sc);
        }
        cc_date_scanner_free(sc);
    }
    g_string_free(long_text, TRUE);
}

/* Which gate of tok_may_start_date() a reading lifts. */
typedef enum { GATE_THE, GATE_LEADS, GATE_FIGURES } Gate;

/* The mentions of @s, read with the words of @gate gated by the word after
 * them or, with @ungated, tried wherever they stand. */
static GArray *
scan_all(Fixture *f, const char *s, guint32 ref, Gate gate, gboolean ungated)
{
    if (gate == GATE_THE)
        f->nz->the_ungated = ungated;
    else if (gate == GATE_LEADS)
        f->nz->leads_ungated = ungated;
    else
        f->nz->figures_ungated = ungated;
    CcDateScanner *sc = cc_date_scanner_new(f->nz, s, strlen(s));
    GArray *got = g_array_new(FALSE, FALSE, sizeof(CcDateMention));
    CcDateMention m;
    while (cc_date_scanner_next(sc, 0, strlen(s), ref, &m))
        g_array_append_val(got, m);
    cc_date_scanner_free(sc);
    f->nz->the_ungated = FALSE;
    f->nz->leads_ungated = FALSE;
    f->nz->figures_ungated = FALSE;
    return got;
}

/* Reads every row above and the sentences @more (with and without the
 * document's day) with the words of @gate gated and ungated; fails when a
 * reading differs. The mentions found gated, counted. */
static guint
compare_gate(Fixture *f, Gate gate, const char *const *more, guint n_more)
{
    guint n = G_N_ELEMENTS(rows) + n_more, found = 0, failed = 0;
    for (guint r = 0; r < 2 * n; r++) {
        guint k = r % n;
        const char *s = k < G_N_ELEMENTS(rows) ? rows[k].sentence : more[k - G_N_ELEMENTS(rows)];
        guint32 ref = r < n ? (k < G_N_ELEMENTS(rows) && rows[k].ref ? day_of(rows[k].ref)
                                                                        : cc_day_from_ymd(2024, 11, 20))
                            : 0;
        g_autoptr(GArray) gated = scan_all(f, s, ref, gate, FALSE);
        g_autoptr(GArray) all = scan_all(f, s, ref, gate, TRUE);
        gboolean same = gated->len == all->len;
        for (guint i = 0; same && i < gated->len; i++) {
            const CcDateMention *a = &g_array_index(gated, CcDateMention, i);
            const CcDateMention *b = &g_array_index(all, CcDateMention, i);
            same = a->start == b->start && a->end == b->end && a->value.kind == b->value.kind
                   && a->value.has_low == b->value.has_low && a->value.low == b->value.low
                   && a->value.has_high == b->value.has_high && a->value.high == b->value.high;
        }
        if (!same) {
            GString *msg = g_string_new(NULL);
            for (int which = 0; which < 2; which++) {
                GArray *a = which == 0 ? gated : all;
                g_string_append(msg, which == 0 ? " gated:" : "; ungated:");
                for (guint i = 0; i < a->len; i++) {
                    const CcDateMention *m = &g_array_index(a, CcDateMention, i);
                    g_string_append_printf(msg, " '%.*s'", (int)(m->end - m->start),
                                           s + m->start);
                }
            }
            print_message("\"%s\" (day %u) read%s\n", s, ref, msg->str);
            g_string_free(msg, TRUE);
            failed++;
        }
        found += gated->len;
    }
    if (failed > 0)
        fail_msg("%u of %u readings differ", failed, 2 * n);
    return found;
}

/* "the" is tried only before a word that may follow it in a date
 * (tok_may_start_date()): the scanner finds the same mentions as when it
 * tries "the" everywhere, in every row above (with and without the
 * document's day) and in sentences of dates read at "the", the second
 * word of a table's phrase among them ("the dying days of"). */
static void
test_the_gate(void **state)
{
    Fixture *f = *state;
    static const char *const more[] = {
        "Fighting eased in the dying days of 2024 and resumed the day before yesterday.",
        "Troops arrived in the first week of May; the 1990s saw none, nor the '90s.",
        "Talks over the next 3 weeks, the weekend and the end of the year were set.",
        "The troops, the ministry said, left the same day; the Kremlin denied it.",
        "Officials met on the 5th of May, the fifth of June and the Fourth of July.",
        "The dying days of 2024 were calm; the waning days of 2023, the closing weeks of 2022 too.",
        "The day before yesterday, shelling resumed.",
        "They stayed for the rest of the month and the first half of 2025.",
    };
    guint found = compare_gate(f, GATE_THE, more, G_N_ELEMENTS(more));
    /* the sentences above hold dates read at "the" */
    assert_true(found > 2 * G_N_ELEMENTS(more));
}

/* "this", "that", "to" and "not" are tried only before a word that may
 * follow them in a date (tok_may_start_date()): the same mentions as when
 * they are tried everywhere, in every row above and in sentences of dates
 * read at each of them ("to date", "not later than", "this calendar
 * year", "that same day", "this morning", "this coming Monday"), with
 * words after them that start none ("to them", "this aid"). */
static void
test_lead_gate(void **state)
{
    Fixture *f = *state;
    static const char *const more[] = {
        "Losses to date exceed 600,000; up to date figures came this morning.",
        "Deliveries are due not later than May 5, not later than this Friday.",
        "Spending this calendar year rose, and that calendar year it fell.",
        "They left that same day and came back that evening, this afternoon or that week.",
        "Talks this coming Monday, this upcoming weekend and this Friday-Jun-15 were set.",
        "That year's harvest failed; this year's budget and this 5/12 too.",
        "This summer, that autumn, this fourth of July and that Christmas were quiet.",
        "This working week, this work week, this fortnight and this quarter saw talks.",
        "This time it went to the troops, not to them, and that was all this aid could do.",
        "Aid to Ukraine this winter; not 2024, that 2023 count, to 2025, this Dec 5.",
        "Casualties to-date, not-later-than dates, this' and that\u2019s.",
        "Sent to the front to date, not later than June, not later on; to 2025, not 2024.",
    };
    guint found = compare_gate(f, GATE_LEADS, more, G_N_ELEMENTS(more));
    /* the sentences above hold dates read at those words */
    assert_true(found > 2 * G_N_ELEMENTS(more));
}

/* "by", "for", "from", "since", "after", "between" and "in" are tried only
 * before a word that may follow "the" in a date, or "on"
 * (tok_may_start_date()): the same mentions as when they are tried
 * everywhere, in every row above and in sentences of dates read at each
 * of them (a bound of read_open(), the "in" and "by" read_date() skips,
 * a range, a duration read from the word: "for the next 3 days", "after
 * two weeks", "in 3 weeks"), with words after them that start none ("by
 * reporters", "in Ukraine's east", "since the war"), "on" after a bound
 * ("since on May 3"), "the" before what may follow it ("by the dying days
 * of 2024") and words skipped after "in" and "by" ("by around May"). */
static void
test_bound_gate(void **state)
{
    Fixture *f = *state;
    static const char *const more[] = {
        "Troops arrived by May 5, by the end of June and by Friday, by reporters' count.",
        "Shelling went on for the next 3 days, for two weeks and for years, for the army.",
        "From 1 to 4 June, from May to July and from now until 2026, from the front.",
        "Since 2022, since the start of the war, since Monday and since reports came in.",
        "After two weeks, after the end of May and after Christmas, after the talks.",
        "Between 3 and 5 May, between now and 2026, between the 5th and the 9th, between them.",
        "Deliveries since on May 3, after on Friday, by on June 1 were logged.",
        "By around May 2025, since about 2019 and after circa 1990 it grew.",
        "Since the year 2020, by the year 2021, after year 2019, for the year 2018.",
        "By mid-2025, since early 2023, from late 2021, after end-2024, by Q1 2025.",
        "Since yesterday, by tomorrow, after today, from this week, by next month.",
        "For 3 days from today, after 2 weeks, by in 3 weeks, since last year's.",
        "By '25, since \u2018 24, from 5/12 to 6/1, between 2020-2022.",
        "From the north, between the two, for the army, since the war, by the ministry.",
        "By the dying days of 2024, since the 1990s, after the weekend, for the first half.",
        "Between the 5th and the 9th, from the 3rd to the 7th, since the '90s, by the Fourth.",
        "For the first half of 2025, by the Fourth of July.",
        "In May, in 3 weeks, in the 5 upcoming years, in the first week of June, in early 2024.",
        "In nineteen ninety six, in Ukraine's east, in around May 2025, in the war, in decades.",
        "In 2022, in the year 2020, in on Friday, in the dying days of 2024, in '98, in Q3.",
    };
    guint found = compare_gate(f, GATE_LEADS, more, G_N_ELEMENTS(more));
    /* the sentences above hold dates read at those words */
    assert_true(found > 2 * G_N_ELEMENTS(more));
}

/* A figure of at most three figures, or one grouped in thousands, is
 * tried only before a word a date read at it may have next
 * (tok_may_start_date()): the same mentions as when every figure is
 * tried, in every row above and in sentences of dates read at a figure
 * (a day before a month, a count before a unit, a range, an ordinal
 * written apart, a decade, dates in figures) beside figures before words
 * that start none ("3,679 troops", "12 North Korean soldiers"). */
static void
test_figure_gate(void **state)
{
    Fixture *f = *state;
    static const char *const more[] = {
        "On 5 May 3,679 troops and 12 North Korean soldiers left; 2 million shells came 3 days later.",
        "From 3 to 5 June, 3 and 4 July, 7 or 8 August, 9 through 12 May and 1 till 4 March.",
        "Some 300 days ago, 2 weeks earlier, 3 business days, 10 working days and 6 more weeks.",
        "Held 5 th May, the 1 st of June, 22 nd July, 3 rd August, the 90 s and 1990 s.",
        "Troops came 24/7; on 5/12, 12-05-2024, 20240512 and 5.12.2024 they left, 4 ago.",
        "Reports of 1,000 dead, 12,500 wounded, 15 killed in 2 hours and 7 days of fighting.",
        "It cost 5 hundred lives, 2 thousand men, 3 quarters, 4 decades, 1 fortnight, 2 years' time.",
        "By 15 March, 12 of May, 31 December 2024, 2 weekends, 6 Sundays, 9 Fridays ago.",
        "The 3 mm shells, 155 mm guns, 50 votes, 12 with them, 7 when they came, 40 which.",
        "Since 2024 troops came; 20240512 troops, 1990 soldiers, 1,990 soldiers, 2,024 guns.",
    };
    guint found = compare_gate(f, GATE_FIGURES, more, G_N_ELEMENTS(more));
    /* the sentences above hold dates read at figures */
    assert_true(found > 2 * G_N_ELEMENTS(more));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_rows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_windows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_restart, setup, teardown),
        cmocka_unit_test_setup_teardown(test_the_gate, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lead_gate, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bound_gate, setup, teardown),
        cmocka_unit_test_setup_teardown(test_figure_gate, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
