/* SPDX-License-Identifier: MIT */
/* test_quantity_scan.c: the quantity scanner (cc_quantity_scanner_next),
 * table driven over the lexicons of rules/core/ as shipped: one row per
 * construction, each with the mentions a sentence holds — their text and
 * value. A failing row names itself and prints what was read. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>

#include "internal.h"
#include "normalize_internal.h"
#include "rules_reader.h"

#define OPEN NAN /* an open bound */

typedef struct {
    const char *text; /* the mention's text */
    double low, high;
    const char *unit; /* canonical unit, or NULL */
    gboolean approx, vague;
} Want;

/* A mention: plain, approximate, vague, with a unit. */
#define Q(t, lo, hi) {t, lo, hi, NULL, FALSE, FALSE}
#define QA(t, lo, hi) {t, lo, hi, NULL, TRUE, FALSE}
#define QV(t, lo, hi) {t, lo, hi, NULL, FALSE, TRUE}
#define QU(t, lo, hi, u) {t, lo, hi, u, FALSE, FALSE}

typedef struct {
    const char *name;
    const char *sentence;
    Want want[4]; /* ends at the first row without text */
} Row;

static const Row rows[] = {
    {"digits with an approximator", "Seoul says about 11,000 North Korean troops are in Kursk.",
     {QA("about 11,000", 11000, 11000)}},
    {"number words", "Twenty-six soldiers were captured.", {Q("Twenty-six", 26, 26)}},
    {"digits and a scale word", "It shipped 1.2 million shells.",
     {Q("1.2 million", 1.2e6, 1.2e6)}},
    {"a scale word hyphened on", "Some 25-thousand to 30-thousand troops went.",
     {QA("Some 25-thousand to 30-thousand", 25000, 30000)}},
    {"a fraction of a scale", "Half a million shells were sent.", {Q("Half a million", 5e5, 5e5)}},
    {"a range after between", "Between 10,000 and 12,000 troops are there.",
     {Q("Between 10,000 and 12,000", 10000, 12000)}},
    {"thousands written once after a dash", "It sent 11-12,000 soldiers.",
     {Q("11-12,000", 11000, 12000)}},
    {"a lower bound", "More than 3,000 troops died.", {Q("More than 3,000", 3000, OPEN)}},
    {"a bound and a bound after", "Losses rose up to 4,000 or more.",
     {Q("up to 4,000 or more", 0, 4000)}},
    {"nearly", "Nearly 9,000 arrived.", {Q("Nearly 9,000", 8100, 9000)}},
    {"a vague magnitude", "Thousands of troops arrived.",
     {QV("Thousands", 2000, 19999)}},
    {"several hundred", "Several hundred were wounded.",
     {QV("Several hundred", 300, 999)}},
    {"a currency before the figure", "The deal is worth $3.5 billion.",
     {QU("$3.5 billion", 3.5e9, 3.5e9, "USD")}},
    {"a dollar's country before its sign", "Guidance fell to US $84 billion.",
     {QU("US $84 billion", 8.4e10, 8.4e10, "USD")}},
    {"no unit after the figure", "They marched 5 km with a 10-ton load.",
     {Q("5", 5, 5), Q("10", 10, 10)}},
    {"a unit the grammar takes for a scale word", "They fired 152 mm shells.",
     {QU("152 mm", 0.152, 0.152, "m")}},
    {"a year after in", "In 2024 500 troops went.", {Q("500", 500, 500)}},
    {"over before a span of time", "Prices rose 5% over three years.",
     {Q("5", 5, 5), Q("three", 3, 3)}},
    {"up to after run", "In the run-up to 2024 it sent 40 shells.", {Q("2024", 2024, 2024),
                                                                      Q("40", 40, 40)}},
    {"two figures joined by or", "It took three or four days.",
     {Q("three", 3, 3), Q("four", 4, 4)}},
    {"two bounds", "It is more than 10 and less than 20.",
     {Q("more than 10", 10, OPEN), Q("less than 20", OPEN, 20)}},
    {"a network's generation", "5G networks spread.", {Q("5", 5, 5)}},
    {"a currency's name before a figure", "It costs 15 dollars 50.",
     {Q("15", 15, 15), Q("50", 50, 50)}},
    {"no dollar's country after an apostrophe", "It is country music ' s $ 500 million man.",
     {QU("$ 500 million", 5e8, 5e8, "USD")}},
    {"a reversed range after between", "Between 9,724 and 9,664 soldiers.",
     {Q("Between 9,724 and 9,664", 9724, 9724)}},
    {"from without a range", "Debris from 21 of the 50 missiles.",
     {Q("from 21", 21, 21), Q("50", 50, 50)}},
    {"an ordinal is no figure", "The 8th Regiment fought.", {{0}}},
    {"a figure glued after a point", "Its ID.3 model sold.", {{0}}},
    {"a comparison's sign glued to a word", "Keep x>10 always.", {Q(">10", 10, OPEN)}},
    {"a sixfold rise starts no range", "It grew sixfold to $3.7 billion.",
     {Q("sixfold", 6, 6), QU("$3.7 billion", 3.7e9, 3.7e9, "USD")}},
    {"one in so many is two figures to a frame", "About 1 in twenty-one adults has it.",
     {QA("About 1", 1, 1), Q("twenty-one", 21, 21)}},
    {"a long sentence's last figure",
     "One a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p "
     "q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h "
     "i j k l m n o p q r s t u v w x y z and finally 77 troops.",
     {Q("One", 1, 1), Q("77", 77, 77)}},
    {"alternatives with the scale written once", "It has sent 5 or 6 million shells.",
     {QV("5 or 6 million", 5e6, 6e6)}},
    {"alternatives in words with the scale written once", "It sent five or six million shells.",
     {QV("five or six million", 5e6, 6e6)}},
    {"alternatives in thousands", "It sent 10 or 12 thousand troops.",
     {QV("10 or 12 thousand", 10000, 12000)}},
    {"alternatives written in full", "It sent 10,000 or 12,000 troops.",
     {QV("10,000 or 12,000", 10000, 12000)}},
    {"consecutive alternatives with a scale", "It sent three or four thousand troops.",
     {QV("three or four thousand", 3000, 4000)}},
    {"alternatives with or even", "It sent 5 or even 6 million shells.",
     {QV("5 or even 6 million", 5e6, 6e6)}},
    {"an alternative set off by commas", "It sent 5 million, perhaps 6 million, shells.",
     {QV("5 million, perhaps 6 million,", 5e6, 6e6)}},
    {"an alternative after if not", "It sent 5 million, if not 6 million, shells.",
     {QV("5 million, if not 6 million,", 5e6, 6e6)}},
    {"an alternative closed by its unit", "It sent 5 million, perhaps 6 million shells.",
     {QV("5 million, perhaps 6 million", 5e6, 6e6)}},
    {"spoken alternatives joined by a comma", "It sent eleven, twelve thousand troops.",
     {QV("eleven, twelve thousand", 11000, 12000)}},
    {"spoken alternatives of millions", "It sent maybe five, six million shells.",
     {QV("five, six million", 5e6, 6e6)}},
    {"a list of figures with commas stays apart", "It sent two, three and four million shells.",
     {Q("two", 2, 2), Q("three", 3, 3), Q("four million", 4e6, 4e6)}},
    {"a list of three figures with commas stays apart", "It sent four, five, six thousand rounds.",
     {Q("four", 4, 4), Q("five", 5, 5), Q("six thousand", 6000, 6000)}},
    {"a day and a count stay apart", "On October 11, 12 ships left.",
     {Q("11", 11, 11), Q("12", 12, 12)}},
    {"an alternative after the unit", "It sent 5 million shells, perhaps 6 million, to Moscow.",
     {QV("5 million", 5e6, 6e6)}},
    {"an alternative after a longer noun",
     "It got some 4 million North Korean shells, maybe even 5 million.",
     {{"some 4 million", 4e6, 5e6, NULL, TRUE, TRUE}}},
    {"an alternative after the unit and if not", "It sent 11,000 troops, if not 12,000.",
     {QV("11,000", 11000, 12000)}},
    {"an alternative after the unit, between dashes",
     "It sent some 5 million shells \xe2\x80\x93 perhaps 6 million \xe2\x80\x93 to Moscow.",
     {{"some 5 million", 5e6, 6e6, NULL, TRUE, TRUE}}},
    {"an alternative after the unit, in parentheses, with a bound",
     "It sent 5 million shells (possibly as many as 6 million).", {QV("5 million", 5e6, 6e6)}},
    {"an alternative after the unit and or perhaps", "It sent 5 million shells, or perhaps 6 million.",
     {QV("5 million", 5e6, 6e6)}},
    {"an alternative after the unit with the scale left to the first",
     "It sent 5 million shells, maybe 6, to Moscow.", {QV("5 million", 5e6, 6e6)}},
    {"an alternative after the unit with a fraction left to the first's scale",
     "It sent about five million shells, maybe five and a half.",
     {{"about five million", 5e6, 5.5e6, NULL, TRUE, TRUE}}},
    {"an alternative after a noun with a calibre",
     "It sent 5 million rounds of 152-mm artillery ammunition, perhaps 6 million.",
     {QV("5 million", 5e6, 6e6)}},
    {"a part after the unit is no alternative", "It sent 5 million shells, perhaps 6 million of them duds.",
     {Q("5 million", 5e6, 5e6), Q("6 million", 6e6, 6e6)}},
    {"spoken alternatives in digits", "It sent 11, 12 thousand troops.",
     {QV("11, 12 thousand", 11000, 12000)}},
    {"a day after its month is no spoken alternative", "On October 11, 12 thousand troops went.",
     {Q("11", 11, 11), Q("12 thousand", 12000, 12000)}},
    {"a lower bound after possibly", "It sent 5 million shells, possibly more, to Moscow.",
     {Q("5 million", 5e6, OPEN)}},
    {"a figure of another unit after the unit stays apart",
     "It sent 5 million shells, perhaps 6 million rockets.",
     {Q("5 million", 5e6, 5e6), Q("6 million", 6e6, 6e6)}},
    {"a figure far from the first after the unit stays apart",
     "It sent 10,000 troops, perhaps 30,000.", {Q("10,000", 10000, 10000), Q("30,000", 30000, 30000)}},
    {"alternatives far apart stay two", "It sent 8 or 10 shells and 2 million or 5 million rounds.",
     {Q("8", 8, 8), Q("10", 10, 10), Q("2 million", 2e6, 2e6), Q("5 million", 5e6, 5e6)}},
    {"small figures joined by or stay apart",
     "It sent one or two brigades, 1 or 2 percent of them.",
     {Q("one", 1, 1), Q("two", 2, 2), Q("1", 1, 1), Q("2", 2, 2)}},
    {"small alternatives in words before a noun are one figure",
     "It sent seven or eight Koksan guns.", {QV("seven or eight", 7, 8)}},
    {"small alternatives in words of a noun of their own", "Two or three launchers were seen.",
     {QV("Two or three", 2, 3)}},
    {"small alternatives in words before a unit stay apart", "Prices rose seven or eight percent.",
     {Q("seven", 7, 7), Q("eight", 8, 8)}},
    {"years joined by or stay apart", "It went in 2023 or 2024, and 2023 or 2024 it was.",
     {Q("2024", 2024, 2024), Q("2023", 2023, 2023), Q("2024", 2024, 2024)}},
    {"a lower bound after the unit", "It sent 10,000 to 12,000 troops or more.",
     {Q("10,000 to 12,000", 10000, OPEN)}},
    {"a lower bound after if not", "It sent 10,000 troops, if not more, to Russia.",
     {Q("10,000", 10000, OPEN)}},
    {"an upper bound after the unit counts from zero", "It sent 12,000 soldiers or fewer.",
     {Q("12,000", 0, 12000)}},
    {"no bound from and after the unit", "It sent 3,000 troops and more tanks.",
     {Q("3,000", 3000, 3000)}},
    {"a figure with -odd", "It sent 10,000-odd troops and ten thousand-odd shells.",
     {QA("10,000-odd", 10000, 10000), QA("ten thousand-odd", 10000, 10000)}},
    {"the better part of a figure", "It sent the better part of 10,000 troops.",
     {Q("10,000", 5000, 10000)}},
    {"the best part of a figure", "It sent the best part of 10 million shells.",
     {Q("10 million", 5e6, 1e7)}},
    {"a speaker's approximator", "It sent something like 5 million shells.",
     {QA("something like 5 million", 5e6, 5e6)}},
    {"equal to stays outside the mention, a frame's cue",
     "The cargo is equal to about 1.6 million shells and equals 3,000 tons.",
     {QA("about 1.6 million", 1.6e6, 1.6e6), Q("3,000", 3000, 3000)}},
};

/* Read as written (cc_quantity_scanner_read_units()), as a generic record
 * takes a mention: the unit, money tail and rate after the figure too. */
static const Row unit_rows[] = {
    {"equal to is the figure's, as written", "The score is equal to 5000 and equals 20.",
     {Q("equal to 5000", 5000, 5000), Q("equals 20", 20, 20)}},
    {"a unit after the figure", "They marched 5 km with a 10-ton load.",
     {QU("5 km", 5000, 5000, "m"), QU("10-ton", 10000, 10000, "kg")}},
    {"a share", "Prices rose 5% over three years.",
     {QU("5%", 5, 5, "percent"), Q("three", 3, 3)}},
    {"a currency after a scale word", "About 12 million dollars of parts.",
     {{"About 12 million dollars", 1.2e7, 1.2e7, "USD", TRUE, FALSE}}},
    {"a money tail", "It costs 15 dollars and 50.",
     {QU("15 dollars and 50", 15.5, 15.5, "USD")}},
    {"no money tail before another amount", "50 dollar 50 dollar",
     {QU("50 dollar", 50, 50, "USD"), QU("50 dollar", 50, 50, "USD")}},
    {"no money tail before another currency", "10 rmb 20 usd",
     {QU("10 rmb", 10, 10, "CNY"), QU("20 usd", 20, 20, "USD")}},
    {"no money tail before a noun", "2 satoshis one day",
     {QU("2 satoshis", 2e-8, 2e-8, "BTC"), Q("one", 1, 1)}},
    {"no money tail before a scale word", "It cost three thousand dollars two hundred times.",
     {QU("three thousand dollars", 3000, 3000, "USD"), Q("two hundred", 200, 200)}},
    {"a currency code glued to the figure after it", "We give away 3 USD50 Cards.",
     {Q("3", 3, 3), QU("USD50", 50, 50, "USD")}},
    {"m before a unit is a million", "Output rose to 1.2m tons of ilmenite.",
     {QU("1.2m tons", 1.2e9, 1.2e9, "kg")}},
    {"m alone is a metre", "He is 1.8m tall.", {QU("1.8m", 1.8, 1.8, "m")}},
    {"a figure past a timeline's spaced dash after a day is its own",
     "Dec. 14 — 30 were killed.", {Q("14", 14, 14), Q("30", 30, 30)}},
    {"a figure glued past a timeline's em dash after a day is its own",
     "Dec. 14\xe2\x80\x94" "30 North Korean soldiers were killed.", {Q("14", 14, 14), Q("30", 30, 30)}},
    {"a day range glued by an em dash stays the date's", "Talks ran Dec. 14\xe2\x80\x94" "30 in Geneva.",
     {Q("14", 14, 14)}},
    {"a range after a bare figure keeps its spaced dash", "Some 10 – 20 were killed.",
     {{"Some 10 – 20", 10, 20, NULL, TRUE, FALSE}}},
    {"m before a yearly rate is a million", "Output rose to 3m a year.", {Q("3m", 3e6, 3e6)}},
    {"m per year is a million", "Output rose to 1.5m per year.", {Q("1.5m", 1.5e6, 1.5e6)}},
    {"m a day stays a metre", "The line moved 500m a day.", {QU("500m", 500, 500, "m")}},
    {"one in so many", "About 1 in twenty-one adults have it, and one in three agree.",
     {QA("About 1 in twenty-one", 1.0 / 21, 1.0 / 21), Q("one in three", 1.0 / 3, 1.0 / 3)}},
    {"one in so many or more", "How about 2 in 5 or more", {QA("about 2 in 5 or more", 0.4, OPEN)}},
    {"no one in so many after a bound", "How about more than 2 in 5",
     {{"about more than 2", 2, OPEN, NULL, TRUE, FALSE}, Q("5", 5, 5)}},
    {"no one in so many before a unit, nor of a year", "He scored 3 in 10 minutes, 5 in 2019.",
     {Q("3", 3, 3), QU("10 minutes", 600, 600, "s"), Q("5", 5, 5)}},
    {"no one in so many of more in fewer", "The result is 8 in 5.", {Q("8", 8, 8), Q("5", 5, 5)}},
    {"a calibre glued to its figure, no noun after", "The plant made 152mm shells in three days.",
     {QU("152mm", 0.152, 0.152, "m"), Q("three", 3, 3)}},
    {"a figure after a verb, no bound", "Losses topped 3,000, and 3,500 cars were sold.",
     {Q("3,000", 3000, 3000), Q("3,500", 3500, 3500)}},
    /* (the value pass takes the scale word hyphened on, read_scale_after():
     * "More than one-thousand" is value_quantity's) */
    {"a bound before a word hyphened to a scale word, a money tail before a word",
     "More than one-thousand shells cost 15 dollars and 50 each.",
     {Q("More than one", 1, OPEN), QU("15 dollars", 15, 15, "USD"), Q("50", 50, 50)}},
    {"a money tail at a clause's end", "A crate cost 12 dollars and 25. They shipped 1.2m tons.",
     {QU("12 dollars and 25", 12.25, 12.25, "USD"), QU("1.2m tons", 1.2e9, 1.2e9, "kg")}},
    {"a lens's range, no negative figure", "the ef 75 -300mm lens",
     {Q("75", 75, 75), QU("300mm", 0.3, 0.3, "m")}},
    {"no second measure after a comma", "A sol is 24 hours, 39 minutes and 35 seconds.",
     {QU("24 hours", 86400, 86400, "s"), QU("39 minutes and 35 seconds", 2375, 2375, "s")}},
    {"plus before a figure is a sum", "nought point nought three plus zero point zero eight",
     {Q("nought point nought three", 0.03, 0.03), Q("zero point zero eight", 0.08, 0.08)}},
    {"a network's generation, no grams", "The 5G rollout reached 4G towns and 5 g of salt.",
     {Q("5", 5, 5), Q("4", 4, 4), QU("5 g", 0.005, 0.005, "kg")}},
    /* (the figure of "M-1978" is the generic rule's to skip: DESIGNATION) */
    {"a designation after the figure, no unit",
     "It sent 120 M1989 howitzers and nearly 60 M-1978 Koksan guns.",
     {Q("120", 120, 120), Q("nearly 60", 54, 60), Q("1978", 1978, 1978)}},
    {"odds, no second figure", "It won by a 3-to-1 margin.", {{0}}},
    {"no figure past a double's range, nor its exponent", "They fired 10^400 shells.", {{0}}},
    {"two bounds of one figure", "The number is above 1000 and below 1500.",
     {Q("above 1000 and below 1500", 1000, 1500)}},
    {"two bounds making no interval", "more than 40 and less than 10, more than 10 and less than 40",
     {Q("more than 40", 40, OPEN), Q("less than 10", OPEN, 10),
      Q("more than 10 and less than 40", 10, 40)}},
    {"two bounds in words", "It is larger than twenty and less or equal than thirty five.",
     {Q("larger than twenty and less or equal than thirty five", 20, 35)}},
    {"two whole numbers joined by or", "Over the past three or four years, rates fell.",
     {QV("three or four", 3, 4)}},
    {"two prices joined by or", "It costs eight or nine euros, or about 8 or $9.",
     {Q("eight", 8, 8), QU("nine euros", 9, 9, "EUR"), QA("about 8", 8, 8), QU("$9", 9, 9, "USD")}},
    {"a share written before its figure", "Per cent of twenty-two, they said.",
     {QU("Per cent of twenty-two", 22, 22, "percent")}},
    {"a change to a range", "It rose from 24.2 to 33-35 billion euros.",
     {QU("from 24.2 to 33-35 billion euros", 2.42e10, 3.5e10, "EUR")}},
    {"a range with the unit after each figure", "Rates rose 5% to 10% between 15kHz and 17kHz.",
     {QU("5% to 10%", 5, 10, "percent"), QU("between 15kHz and 17kHz", 15000, 17000, "hz")}},
    {"feet and inches", "The length is 12 ft 2 in more or less.",
     {QU("12 ft 2 in", 3.7084, 3.7084, "m")}},
    {"metres and decimetres", "The length is 12 m 2 dm more or less.",
     {QU("12 m 2 dm", 12.2, 12.2, "m")}},
    {"a change with the unit once", "He dropped from 208 pounds to 193 by exercising.",
     {QU("from 208 pounds to 193", 87.54332741, 87.54332741, "kg")}},
    {"a change after from and a bound", "The range grows from up to 252 miles to 287 miles.",
     {QU("from up to 252 miles to 287 miles", 405554.688, 461881.728, "m")}},
    {"no share of a smaller whole", "There are 12 out of 10, and two out of five agreed.",
     {Q("12", 12, 12), Q("10", 10, 10), Q("two out of five", 0.4, 0.4)}},
    {"a change with a year between", "Mileage crept up from 20 miles per gallon in 2008 to 29 mpg in 2020.",
     {QU("from 20 miles per gallon in 2008 to 29 mpg", 20, 29, "mpg")}},
    {"a change written the other way round", "Ethereum fell to $2,315 from $2,415.",
     {QU("$2,315 from $2,415", 2315, 2315, "USD")}},
    {"no change between years", "Talks moved to 2020 from 2019.",
     {Q("2020", 2020, 2020), Q("from 2019", 2019, 2019)}},
    {"m before what a million counts", "It sold 2.7m combined digital and physical sales and 35m of its Echo devices, a 2m wall.",
     {Q("2.7m", 2.7e6, 2.7e6), Q("35m", 3.5e7, 3.5e7), QU("2m", 2, 2, "m")}},
    {"m joined to a later m a million counts", "It shipped between 2m and 3m shells, and 5m to 10m of wall.",
     {QU("between 2m and 3m shells", 2e6, 3e6, "shell"), QU("5m to 10m", 5, 10, "m")}},
    {"the figures of a list", "Exercises nrs. 22,24,26,31.",
     {Q("22", 22, 22), Q("24", 24, 24), Q("26", 26, 26), Q("31", 31, 31)}},
    {"a unit in brackets", "The weight is 20 (kg).", {QU("20 (kg)", 20, 20, "kg")}},
    {"number words joined by dashes", "they were playing three-nought-four",
     {Q("three", 3, 3), Q("nought", 0, 0), Q("four", 4, 4)}},
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
    static const char *const files[] = {"numbers.rules", "units.rules", "dates.rules",
                                        "values.rules", NULL};
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

static gboolean
same_bound(double want, gboolean has, double got)
{
    if (isnan(want))
        return !has;
    return has && fabs(want - got) <= 1e-9 * MAX(1, fabs(want));
}

static void
describe(GString *s, const char *sentence, const CcQuantityMention *m)
{
    g_string_append_printf(s, " '%.*s' [%s%g, %s%g]%s%s%s%s", (int)(m->end - m->start),
                           sentence + m->start, m->value.has_low ? "" : "open ", m->value.low,
                           m->value.has_high ? "" : "open ", m->value.high,
                           m->value.unit ? " " : "", m->value.unit ? m->value.unit : "",
                           m->value.approx ? " approx" : "", m->value.vague ? " vague" : "");
}

static void
check_rows(const Fixture *f, const Row *table, guint n_rows, gboolean units)
{
    guint failed = 0;
    for (guint r = 0; r < n_rows; r++) {
        const Row *row = &table[r];
        const char *s = row->sentence;
        CcQuantityScanner *sc = cc_quantity_scanner_new(f->nz, s, strlen(s));
        cc_quantity_scanner_read_units(sc, units);
        g_autoptr(GArray) got = g_array_new(FALSE, FALSE, sizeof(CcQuantityMention));
        CcQuantityMention m;
        while (cc_quantity_scanner_next(sc, 0, strlen(s), &m))
            g_array_append_val(got, m);
        cc_quantity_scanner_free(sc);
        guint n = 0;
        while (n < G_N_ELEMENTS(row->want) && row->want[n].text != NULL)
            n++;
        gboolean ok = got->len == n;
        for (guint i = 0; ok && i < n; i++) {
            const Want *w = &row->want[i];
            const CcQuantityMention *g = &g_array_index(got, CcQuantityMention, i);
            ok = g->end - g->start == strlen(w->text)
                 && strncmp(s + g->start, w->text, strlen(w->text)) == 0
                 && same_bound(w->low, g->value.has_low, g->value.low)
                 && same_bound(w->high, g->value.has_high, g->value.high)
                 && g_strcmp0(w->unit, g->value.unit) == 0 && w->approx == g->value.approx
                 && w->vague == g->value.vague;
        }
        if (!ok) {
            GString *msg = g_string_new(NULL);
            for (guint i = 0; i < got->len; i++)
                describe(msg, s, &g_array_index(got, CcQuantityMention, i));
            print_message("row '%s' (\"%s\") read:%s\n", row->name, s,
                          msg->len ? msg->str : " nothing");
            g_string_free(msg, TRUE);
            failed++;
        }
    }
    if (failed > 0)
        fail_msg("%u of %u rows failed", failed, n_rows);
}

static void
test_rows(void **state)
{
    check_rows(*state, rows, G_N_ELEMENTS(rows), FALSE);
}

static void
test_unit_rows(void **state)
{
    check_rows(*state, unit_rows, G_N_ELEMENTS(unit_rows), TRUE);
}

/* Mentions start at or after @from, before @to, and after the last one:
 * windows read in order find what one pass finds inside them. */
static void
test_windows(void **state)
{
    Fixture *f = *state;
    const char *s = "About 1,500 troops left; then 2,000 more and some 300 shells.";
    CcQuantityScanner *sc = cc_quantity_scanner_new(f->nz, s, strlen(s));
    CcQuantityMention m;
    const char *second = strstr(s, "2,000");
    assert_true(cc_quantity_scanner_next(sc, (gsize)(second - s), (gsize)(second - s) + 3, &m));
    assert_int_equal(m.start, second - s);
    assert_true(m.value.low == 2000);
    /* the next window starts inside the mention just read: nothing there */
    assert_false(cc_quantity_scanner_next(sc, m.start + 1, m.end, &m));
    assert_true(cc_quantity_scanner_next(sc, m.end, strlen(s), &m));
    assert_memory_equal(s + m.start, "some 300", 8);
    assert_false(cc_quantity_scanner_next(sc, m.end, strlen(s), &m));
    cc_quantity_scanner_free(sc);
}

/* A restarted scanner reads from the text's first byte again, as a new
 * one would (a text longer than a slice, MAX_TOKENS, too, whose first
 * slice slid away), and without the units it was asked for; a scanner
 * that took a date scanner's tokens (cc_quantity_scanner_new_beside())
 * reads what one that cut the text itself reads. */
static void
test_restart(void **state)
{
    Fixture *f = *state;
    GString *long_text = g_string_new("About 1,500 km");
    for (int i = 0; i < 40; i++)
        g_string_append(long_text, ", and more");
    g_string_append(long_text, " then 300 shells.");
    const char *texts[] = {"About 1,500 km; then 300 shells.", long_text->str};
    for (guint k = 0; k < G_N_ELEMENTS(texts); k++) {
        const char *s = texts[k];
        CcDateScanner *dates = cc_date_scanner_new(f->nz, s, strlen(s));
        CcQuantityScanner *scanners[] = {
            cc_quantity_scanner_new(f->nz, s, strlen(s)),
            cc_quantity_scanner_new_beside(f->nz, s, strlen(s), dates),
        };
        for (guint j = 0; j < G_N_ELEMENTS(scanners); j++) {
            CcQuantityScanner *sc = scanners[j];
            for (int pass = 0; pass < 3; pass++) {
                /* the second pass reads units, the others not */
                cc_quantity_scanner_read_units(sc, pass == 1);
                CcQuantityMention m;
                assert_true(cc_quantity_scanner_next(sc, 0, strlen(s), &m));
                assert_int_equal(m.end - m.start, pass == 1 ? 14 : 11);
                assert_memory_equal(s + m.start, "About 1,500", 11);
                assert_true(cc_quantity_scanner_next(sc, m.end, strlen(s), &m));
                assert_memory_equal(s + m.start, "300", 3);
                assert_false(cc_quantity_scanner_next(sc, m.end, strlen(s), &m));
                cc_quantity_scanner_restart(sc);
            }
            cc_quantity_scanner_free(sc);
        }
        cc_date_scanner_free(dates);
    }
    g_string_free(long_text, TRUE);
}

/* The mentions of @s, read with @units, the words of quantity_leads[]
 * (src/normalize.c) gated by the word after them or, with @ungated, tried
 * wherever they stand. */
static GArray *
scan_all(const Fixture *f, const char *s, gboolean units, gboolean ungated)
{
    f->nz->quantity_leads_ungated = ungated;
    CcQuantityScanner *sc = cc_quantity_scanner_new(f->nz, s, strlen(s));
    cc_quantity_scanner_read_units(sc, units);
    GArray *got = g_array_new(FALSE, FALSE, sizeof(CcQuantityMention));
    CcQuantityMention m;
    while (cc_quantity_scanner_next(sc, 0, strlen(s), &m))
        g_array_append_val(got, m);
    cc_quantity_scanner_free(sc);
    f->nz->quantity_leads_ungated = FALSE;
    return got;
}

/* "in", "on", "at", "lower", "north", "and" and "or" are tried only
 * before the second word of a phrase of the quantity tables that opens
 * with them, "a" and "an" only before such a word or a start word
 * (tok_may_start_quantity()): the scanner finds the same
 * mentions as when it tries them everywhere, in every row above and in
 * sentences of such phrases ("in excess of", "on the order of", "at
 * least", "lower than", "north of", "or more", "and above", "or so", "a
 * dozen", "a little over", "A$5"), with
 * words after them that start none, read with and without units; and a
 * unit is tried only where it is a currency or "percent" (a currency
 * before its figure, "percent of 10"): no other is a reading's first
 * word. */
static void
test_lead_gate(void **state)
{
    const Fixture *f = *state;
    static const char *const more[] = {
        "In excess of 10,000 troops, in the region of 300 shells and in the order of 5 km.",
        "On the order of 2 million rounds arrived on 5 May, on time, on trains.",
        "At least 1,500 killed and at most 3,000 wounded, at 10 sites, at Kursk.",
        "Lower than 40 percent, lower than or equal to 5 and lower or equal than 7; lower costs.",
        "North of 12,000 soldiers crossed north of Kursk; North Korea sent them.",
        "Losses in 2024 ran in the thousands, in Kursk, in excess of estimates.",
        "He spoke at length; at-least 5 and in-excess-of 6 were read; on 3 occasions.",
        "500 or more troops and 20 tanks or so, 40 and above, 7 or fewer and 3 and less.",
        "Tanks and troops or drones: 12 and over, 30 or so and 9 or under; and 4, or 5.",
        "A dozen tanks, a third of the shells, a half million rounds and a million more.",
        "A few hundred troops, a little over 500, a maximum of 40 and an estimated 7 km.",
        "A$5 million, a twenty-first of it, a hundredth, an eighth; a man, an hour, a day.",
        "USD 5 million, EUR 3bn, US$ 20 and Rs 500; dollars 5, troops 300 and km 40 went.",
        "Percent of 10, per cent of twenty-two and pct of 7; 5 percent, shells 2,000, a km.",
    };
    guint n = G_N_ELEMENTS(rows) + G_N_ELEMENTS(unit_rows) + G_N_ELEMENTS(more), found = 0,
          failed = 0;
    for (guint r = 0; r < 2 * n; r++) {
        guint k = r % n;
        const char *s = k < G_N_ELEMENTS(rows) ? rows[k].sentence
                        : k < G_N_ELEMENTS(rows) + G_N_ELEMENTS(unit_rows)
                            ? unit_rows[k - G_N_ELEMENTS(rows)].sentence
                            : more[k - G_N_ELEMENTS(rows) - G_N_ELEMENTS(unit_rows)];
        gboolean units = r >= n;
        g_autoptr(GArray) gated = scan_all(f, s, units, FALSE);
        g_autoptr(GArray) all = scan_all(f, s, units, TRUE);
        gboolean same = gated->len == all->len;
        for (guint i = 0; same && i < gated->len; i++) {
            const CcQuantityMention *a = &g_array_index(gated, CcQuantityMention, i);
            const CcQuantityMention *b = &g_array_index(all, CcQuantityMention, i);
            same = a->start == b->start && a->end == b->end && a->value.kind == b->value.kind
                   && a->value.has_low == b->value.has_low && a->value.low == b->value.low
                   && a->value.has_high == b->value.has_high && a->value.high == b->value.high
                   && g_strcmp0(a->value.unit, b->value.unit) == 0
                   && a->value.approx == b->value.approx && a->value.vague == b->value.vague;
        }
        if (!same) {
            GString *msg = g_string_new(NULL);
            g_string_append(msg, " gated:");
            for (guint i = 0; i < gated->len; i++)
                describe(msg, s, &g_array_index(gated, CcQuantityMention, i));
            g_string_append(msg, "; ungated:");
            for (guint i = 0; i < all->len; i++)
                describe(msg, s, &g_array_index(all, CcQuantityMention, i));
            print_message("\"%s\" (units %d) read%s\n", s, units, msg->str);
            g_string_free(msg, TRUE);
            failed++;
        }
        found += gated->len;
    }
    if (failed > 0)
        fail_msg("%u of %u readings differ", failed, 2 * n);
    /* the sentences above hold mentions read at those words */
    assert_true(found > 2 * G_N_ELEMENTS(more));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_rows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unit_rows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_windows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_restart, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lead_gate, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
