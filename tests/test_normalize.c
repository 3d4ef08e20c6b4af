/* SPDX-License-Identifier: MIT */
/* test_normalize.c: the quantity, date and entity normalizers, table
 * driven, over the lexicons of rules/core/ as shipped. Each failing row
 * names itself. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>

#include "internal.h"

/* Reads the `lexicon TABLE … end` blocks of one rule file (lines
 * `PHRASE [= VALUE]`) into @lex; other directives are skipped. */
static void
load_lexicon_blocks(CcLexicon *lex, const char *path)
{
    g_autofree char *text = NULL;
    g_autoptr(GError) error = NULL;
    if (!g_file_get_contents(path, &text, NULL, &error))
        fail_msg("%s: %s", path, error->message);
    g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
    g_autofree char *table = NULL;
    for (guint n = 0; lines[n]; n++) {
        char *line = g_strstrip(lines[n]);
        if (line[0] == '\0' || line[0] == '#')
            continue;
        if (table == NULL) {
            if (g_str_has_prefix(line, "lexicon "))
                table = g_strdup(g_strstrip(line + 8));
            continue;
        }
        if (g_str_equal(line, "end")) {
            g_clear_pointer(&table, g_free);
            continue;
        }
        char *eq = strstr(line, " = ");
        g_autofree char *phrase = NULL;
        g_autofree char *value = NULL;
        if (eq != NULL) {
            phrase = g_strndup(line, (gsize)(eq - line));
            value = g_strdup(eq + 3);
        } else {
            phrase = g_strdup(line);
        }
        if (!cc_lexicon_add(lex, table, g_strstrip(phrase), value ? g_strstrip(value) : NULL,
                            path, n + 1, &error))
            fail_msg("%s:%u: %s", path, n + 1, error->message);
    }
}

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
        load_lexicon_blocks(f->lex, path);
    }
    g_autoptr(GError) error = NULL;
    cc_lexicon_add(f->lex, "entities", "pyongyang", "north_korea", "test", 1, &error);
    cc_lexicon_add(f->lex, "entities", "kim regime", "north_korea", "test", 2, &error);
    cc_lexicon_add(f->lex, "entities", "dprk", "north_korea", "test", 3, &error);
    f->nz = cc_normalizer_new(f->lex);
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

/* ---- quantities ---- */

#define OPEN NAN
#define FAIL "-"

typedef struct {
    const char *text;
    double low, high;  /* OPEN for an open end */
    const char *flags; /* a approx, v vague, > low strict, < high strict; FAIL: must not read */
    const char *unit;  /* NULL: none */
    double orig_low;   /* as stated, when orig_unit is given */
    const char *orig_unit; /* NULL: no conversion expected (the stated figure is the value's) */
} QuantityCase;

/* The stated figure and unit: none without a unit; with one, the unit
 * and figure the case gives, or, when it gives none, a unit phrase and the
 * value's own figure (no conversion). */
static gboolean near(double a, double b);

static gboolean
stated_as_expected(const CcValue *v, const QuantityCase *c)
{
    if (c->unit == NULL)
        return v->orig_unit == NULL;
    if (v->orig_unit == NULL)
        return FALSE;
    if (c->orig_unit != NULL)
        return strcmp(v->orig_unit, c->orig_unit) == 0 && near(v->orig_low, c->orig_low);
    return (!v->has_low || near(v->orig_low, v->low)) && (!v->has_high || near(v->orig_high, v->high));
}

static const QuantityCase quantity_cases[] = {
    /* plain figures */
    {"11,000", 11000, 11000, "", NULL, 0, NULL},
    {"50,000", 50000, 50000, "", NULL, 0, NULL},
    {"1.2", 1.2, 1.2, "", NULL, 0, NULL},
    {"14 000", 14000, 14000, "", NULL, 0, NULL},
    {"14\u2009000", 14000, 14000, "", NULL, 0, NULL},
    {"14\u202f000", 14000, 14000, "", NULL, 0, NULL},
    {"1.200.000", 1200000, 1200000, "", NULL, 0, NULL},
    {"1,234.5", 1234.5, 1234.5, "", NULL, 0, NULL},
    {".08", 0.08, 0.08, "", NULL, 0, NULL},
    {"-5", -5, -5, "", NULL, 0, NULL},
    {"minus 5", -5, -5, "", NULL, 0, NULL},
    {"1,000,000", 1000000, 1000000, "", NULL, 0, NULL},
    {"3/4", 0.75, 0.75, "", NULL, 0, NULL},
    {"0.5", 0.5, 0.5, "", NULL, 0, NULL},
    /* scale words */
    {"1.2 million", 1200000, 1200000, "", NULL, 0, NULL},
    {"2.5 million", 2500000, 2500000, "", NULL, 0, NULL},
    {"11k", 11000, 11000, "", NULL, 0, NULL},
    {"1.2bn", 1.2e9, 1.2e9, "", NULL, 0, NULL},
    {"3 trillion", 3e12, 3e12, "", NULL, 0, NULL},
    {"half a million", 500000, 500000, "", NULL, 0, NULL},
    {"three quarters of a million", 750000, 750000, "", NULL, 0, NULL},
    {"a quarter of a million", 250000, 250000, "", NULL, 0, NULL},
    {"a dozen", 12, 12, "", NULL, 0, NULL},
    {"two dozen", 24, 24, "", NULL, 0, NULL},
    {"a million", 1000000, 1000000, "", NULL, 0, NULL},
    {"a hundred", 100, 100, "", NULL, 0, NULL},
    /* number words */
    {"ten", 10, 10, "", NULL, 0, NULL},
    {"twenty-six", 26, 26, "", NULL, 0, NULL},
    {"Twenty six", 26, 26, "", NULL, 0, NULL},
    {"one hundred and twenty", 120, 120, "", NULL, 0, NULL},
    {"two thousand five hundred", 2500, 2500, "", NULL, 0, NULL},
    {"one million two hundred thousand", 1200000, 1200000, "", NULL, 0, NULL},
    {"ninety-nine", 99, 99, "", NULL, 0, NULL},
    {"twelve thousand", 12000, 12000, "", NULL, 0, NULL},
    {"two million and one half", 2500000, 2500000, "", NULL, 0, NULL},
    {"two and a half million", 2500000, 2500000, "", NULL, 0, NULL},
    {"two million and a half", 2500000, 2500000, "", NULL, 0, NULL},
    {"one eighth", 0.125, 0.125, "", NULL, 0, NULL},
    {"three quarters", 0.75, 0.75, "", NULL, 0, NULL},
    {"two thirds", 2.0 / 3, 2.0 / 3, "", NULL, 0, NULL},
    {"eleven thousand North Korean troops", 11000, 11000, "", NULL, 0, NULL},
    /* vague magnitudes */
    {"thousands", 2000, 19999, "v", NULL, 0, NULL},
    {"tens of thousands", 20000, 199999, "v", NULL, 0, NULL},
    {"hundreds of thousands", 200000, 999999, "v", NULL, 0, NULL},
    {"a few hundred thousand", 200000, 599999, "v", NULL, 0, NULL},
    {"a couple hundred thousand", 200000, 299999, "v", NULL, 0, NULL},
    {"hundreds of thousands, possibly even millions", 200000, 19999999, "v", NULL, 0, NULL},
    {"dozens", 24, 99, "v", NULL, 0, NULL},
    {"several hundred", 300, 999, "v", NULL, 0, NULL},
    /* the plural of translated copy */
    {"several dozens", 36, 99, "v", NULL, 0, NULL},
    {"several hundreds of soldiers", 300, 999, "v", "person", 0, NULL},
    {"a few", 2, 5, "v", NULL, 0, NULL},
    {"a couple of thousand", 2000, 2999, "v", NULL, 0, NULL},
    {"a couple hundred", 200, 299, "v", NULL, 0, NULL},
    {"hundreds", 200, 999, "v", NULL, 0, NULL},
    {"millions", 2000000, 19999999, "v", NULL, 0, NULL},
    {"Thousands of soldiers", 2000, 19999, "v", "person", 0, NULL},
    {"several thousand troops", 3000, 9999, "v", "person", 0, NULL},
    {"tens of millions of dollars", 20000000, 199999999, "v", "USD", 0, NULL},
    /* ranges */
    {"10,000 to 12,000", 10000, 12000, "", NULL, 0, NULL},
    {"10,000-12,000", 10000, 12000, "", NULL, 0, NULL},
    {"10,000\u201312,000", 10000, 12000, "", NULL, 0, NULL},
    {"10,000 \u2013 12,000", 10000, 12000, "", NULL, 0, NULL},
    {"between 10,000 and 12,000", 10000, 12000, "", NULL, 0, NULL},
    {"from 10,000 to 12,000", 10000, 12000, "", NULL, 0, NULL},
    {"from $2,415 to $2,315", 2315, 2315, "", "USD", 0, NULL},
    {"from 4.8 percent to 4.7 percent", 4.7, 4.7, "", "percent", 0, NULL},
    /* a change with its unit written once, or with what the first figure
     * was said of before "to"; a change to a range reaches its top */
    {"from 208 pounds to 193", 87.54332741, 87.54332741, "", "kg", 193, "pounds"},
    {"from 40 percent to 45", 40, 45, "", "percent", 0, NULL},
    {"from 21 mpg combined to 23", 21, 23, "", "mpg", 0, NULL},
    {"from 20 miles per gallon in 2008 to 29 mpg", 20, 29, "", "mpg", 0, NULL},
    {"from 5 percent in 2008 to 2010", 5, 5, "", "percent", 0, NULL},
    {"from 24.2 to 33-35 billion euros", 24.2e9, 35e9, "", "EUR", 0, NULL},
    {"from 2 to 3-4 thousand", 2000, 4000, "", NULL, 0, NULL},
    {"10 to 12 thousand", 10000, 12000, "", NULL, 0, NULL},
    /* the thousands written once, after a dash */
    {"11\u201312,000", 11000, 12000, "", NULL, 0, NULL},
    {"10-12,000", 10000, 12000, "", NULL, 0, NULL},
    {"1-10,000", 1, 10000, "", NULL, 0, NULL},
    {"11 to 12,000", 11, 12000, "", NULL, 0, NULL},
    {"two to three thousand", 2000, 3000, "", NULL, 0, NULL},
    {"between 20 and 30", 20, 30, "", NULL, 0, NULL},
    {"between negative ten and fifteen", -10, 15, "", NULL, 0, NULL},
    {"1000-5000", 1000, 5000, "", NULL, 0, NULL},
    {"20~100", 20, 100, "", NULL, 0, NULL},
    {"$10 to $12 million", 10e6, 12e6, "", "USD", 0, NULL},
    {"5 to 7 per cent", 5, 7, "", "percent", 0, NULL},
    {"about 10,000 to 12,000 troops", 10000, 12000, "a", "person", 0, NULL},
    /* bounds */
    {"more than 3,000", 3000, OPEN, ">", NULL, 0, NULL},
    {"upward of 100", 100, OPEN, ">", NULL, 0, NULL},
    {"over 3,000", 3000, OPEN, ">", NULL, 0, NULL},
    {"more than 1,000 soldiers", 1000, OPEN, ">", "person", 0, NULL},
    {"at least 100", 100, OPEN, "", NULL, 0, NULL},
    {"no fewer than 100", 100, OPEN, "", NULL, 0, NULL},
    {"as many as 30", 0, 30, "", NULL, 0, NULL},
    {"up to 30", 0, 30, "", NULL, 0, NULL},
    {"fewer than 50", 0, 50, "<", NULL, 0, NULL},
    {"less than 40%", OPEN, 40, "<", "percent", 0, NULL},
    {"nearly 5,000", 4500, 5000, "", NULL, 0, NULL},
    {"almost 5,000", 4500, 5000, "", NULL, 0, NULL},
    {"close to 5,000", 4500, 5000, "", NULL, 0, NULL},
    {"3,000 or more", 3000, OPEN, "", NULL, 0, NULL},
    {"30 or fewer", 0, 30, "", NULL, 0, NULL},
    {"3,000-plus", 3000, OPEN, "", NULL, 0, NULL},
    {"up to about 30", 0, 30, "a", NULL, 0, NULL},
    /* approximators */
    {"about 11,000", 11000, 11000, "a", NULL, 0, NULL},
    {"around 500", 500, 500, "a", NULL, 0, NULL},
    {"some 12,000", 12000, 12000, "a", NULL, 0, NULL},
    {"roughly 1,500", 1500, 1500, "a", NULL, 0, NULL},
    {"approximately 14,000", 14000, 14000, "a", NULL, 0, NULL},
    {"an estimated 50,000", 50000, 50000, "a", NULL, 0, NULL},
    {"estimated 3,000", 3000, 3000, "a", NULL, 0, NULL},
    {"about 1.2 million", 1200000, 1200000, "a", NULL, 0, NULL},
    {"500 or so", 500, 500, "a", NULL, 0, NULL},
    {"Approximately 14,000 North Korean soldiers", 14000, 14000, "a", NULL, 0, NULL},
    /* units */
    {"11,000 troops", 11000, 11000, "", "person", 0, NULL},
    {"50,000 shells", 50000, 50000, "", "shell", 0, NULL},
    {"1 million artillery rounds", 1e6, 1e6, "", "shell", 0, NULL},
    {"300 missiles", 300, 300, "", "missile", 0, NULL},
    {"24 howitzers", 24, 24, "", "system", 0, NULL},
    {"152mm", 0.152, 0.152, "", "m", 152, "mm"},
    {"155 mm", 0.155, 0.155, "", "m", 155, "mm"},
    {"5km", 5000, 5000, "", "m", 5, "km"},
    {"5 km", 5000, 5000, "", "m", 5, "km"},
    {"5 kilometres", 5000, 5000, "", "m", 5, "kilometres"},
    {"10-ton", 10000, 10000, "", "kg", 10, "ton"},
    {"three-ton", 3000, 3000, "", "kg", 3, "ton"},
    {"2.5-mile", 4023.36, 4023.36, "", "m", 2.5, "mile"},
    {"12 inches", 0.3048, 0.3048, "", "m", 12, "inches"},
    {"20 kilograms", 20, 20, "", "kg", 0, NULL},
    {"5m", 5, 5, "", "m", 0, NULL},
    {"about 40 km", 40000, 40000, "a", "m", 40, "km"},
    /* money */
    {"$6 billion", 6e9, 6e9, "", "USD", 0, NULL},
    {"US$3.5m", 3.5e6, 3.5e6, "", "USD", 0, NULL},
    {"$3.5m", 3.5e6, 3.5e6, "", "USD", 0, NULL},
    {"\u20ac20", 20, 20, "", "EUR", 0, NULL},
    {"20 \u20ac", 20, 20, "", "EUR", 0, NULL},
    {"6 billion dollars", 6e9, 6e9, "", "USD", 0, NULL},
    {"USD 5 million", 5e6, 5e6, "", "USD", 0, NULL},
    {"\u00a31.5bn", 1.5e9, 1.5e9, "", "GBP", 0, NULL},
    {"$ 20,000.00", 20000, 20000, "", "USD", 0, NULL},
    {"20 euros", 20, 20, "", "EUR", 0, NULL},
    {"$44 million", 44e6, 44e6, "", "USD", 0, NULL},
    {"$ 10 dollars", 10, 10, "", "USD", 0, NULL},
    {"10 pounds sterling", 10, 10, "", "GBP", 0, NULL},
    /* percentages */
    {"40%", 40, 40, "", "percent", 0, NULL},
    {"40 per cent", 40, 40, "", "percent", 0, NULL},
    {"40 percent", 40, 40, "", "percent", 0, NULL},
    {"12.5%", 12.5, 12.5, "", "percent", 0, NULL},
    {"about 3 percentage points", 3, 3, "a", "percentage_point", 0, NULL},
    /* fractions, exponents, scales, compound numbers */
    {"3/4", 0.75, 0.75, "", NULL, 0, NULL},
    {"-4/5", -0.8, -0.8, "", NULL, 0, NULL},
    {"2  1/4", 2.25, 2.25, "", NULL, 0, NULL},
    {"\u00be", 0.75, 0.75, "", NULL, 0, NULL},
    {"a half", 0.5, 0.5, "", NULL, 0, NULL},
    {"half million", 500000, 500000, "", NULL, 0, NULL},
    {"two thirds of a million", 2e6 / 3, 2e6 / 3, "", NULL, 0, NULL},
    {"one-eighth", 0.125, 0.125, "", NULL, 0, NULL},
    {"twenty and three fifths", 20.6, 20.6, "", NULL, 0, NULL},
    {"one hundred and three quarters", 100.75, 100.75, "", NULL, 0, NULL},
    {"two and fifty-four hundredths", 2.54, 2.54, "", NULL, 0, NULL},
    {"3 million and a half", 3.5e6, 3.5e6, "", NULL, 0, NULL},
    {"one billion and a half million", 1.0005e9, 1.0005e9, "", NULL, 0, NULL},
    {"five billion and three quarters", 5.75e9, 5.75e9, "", NULL, 0, NULL},
    {"a hundred thousand trillionths", 1e-7, 1e-7, "", NULL, 0, NULL},
    {"one over three", 1.0 / 3, 1.0 / 3, "", NULL, 0, NULL},
    {"two out of five hundred", 0.004, 0.004, "", NULL, 0, NULL},
    {"1.3e6", 1.3e6, 1.3e6, "", NULL, 0, NULL},
    {"-12e-1", -1.2, -1.2, "", NULL, 0, NULL},
    {"1.3x10^6", 1.3e6, 1.3e6, "", NULL, 0, NULL},
    {"2.5^-1", 0.4, 0.4, "", NULL, 0, NULL},
    {"4 thousand 3 hundred and 21", 4321, 4321, "", NULL, 0, NULL},
    {"3 dozens", 36, 36, "", NULL, 0, NULL},
    {"three lakh crore", 3e12, 3e12, "", NULL, 0, NULL},
    {"12,34,567.89", 1234567.89, 1234567.89, "", NULL, 0, NULL},
    {"two hundred point zero three", 200.03, 200.03, "", NULL, 0, NULL},
    /* decimals in words before a scale word, hyphened on as broadcasters
     * write them */
    {"one point six million", 1.6e6, 1.6e6, "", NULL, 0, NULL},
    {"one-point-six million", 1.6e6, 1.6e6, "", NULL, 0, NULL},
    {"two-point-five", 2.5, 2.5, "", NULL, 0, NULL},
    {"fifty - two", 52, 52, "", NULL, 0, NULL},
    {"minus-5", -5, -5, "", NULL, 0, NULL},
    {"10M", 1e7, 1e7, "", NULL, 0, NULL},
    /* a capital "G" after a figure is giga; a small "g" is grams */
    {"10G", 1e10, 1e10, "", NULL, 0, NULL},
    {"1,674.5 G", 1.6745e12, 1.6745e12, "", NULL, 0, NULL},
    {"5 g", 0.005, 0.005, "", "kg", 5, "g"},
    {"$5 billion", 5e9, 5e9, "", "USD", 0, NULL},
    {"five hundreds", 500, 500, "", NULL, 0, NULL},
    {"two out of five hundreds", 0.004, 0.004, "", NULL, 0, NULL},
    {"1.2m tons", 1.2e9, 1.2e9, "", "kg", 1.2e6, "tons"},
    /* a figure glued to "m" and joined to a later million is a million */
    {"between 2m and 3m artillery", 2e6, 3e6, "", NULL, 0, NULL},
    {"5m to 10m", 5, 10, "", "m", 5, "m"},
    {"1 million and 2 million", 1e6, 1e6, "", NULL, 0, NULL},
    {"1.5 million 152mm", 1.5e6, 1.5e6, "", NULL, 0, NULL},
    {"24/7", 0, 0, FAIL, NULL, 0, NULL},
    /* money with its cents and scales */
    {"3 dollars 50 cents", 3.5, 3.5, "", "USD", 0, NULL},
    {"15 dollars and 50", 15.5, 15.5, "", "USD", 0, NULL},
    {"75 USD million", 75e6, 75e6, "", "USD", 0, NULL},
    {"USD115.5", 115.5, 115.5, "", "USD", 0, NULL},
    {"15 dollars 50.", 15.5, 15.5, "", "USD", 0, NULL},
    {"one dollar and two and three points", 1.02, 1.02, "", "USD", 0, NULL},
    {"30 MUSD", 3e7, 3e7, "", "USD", 30, "musd"},
    /* compound and symbolic bounds */
    {"more than 10 and less than 20", 10, 20, "><", NULL, 0, NULL},
    {"at most 100 and at least 20", 20, 100, "", NULL, 0, NULL},
    {"more than 40 and less than 10", 0, 0, FAIL, NULL, 0, NULL},
    {">= 30", 30, OPEN, "", NULL, 0, NULL},
    {"<-30", OPEN, -30, "<", NULL, 0, NULL},
    {"less than or equal to 30", OPEN, 30, "", NULL, 0, NULL},
    {"less than 5000 or equal", OPEN, 5000, "", NULL, 0, NULL},
    /* upper bounds: from zero when they count ("as many as") or the unit
     * cannot go below zero; open below a bare comparison */
    {"as many as 30", 0, 30, "", NULL, 0, NULL},
    {"fewer than 30", 0, 30, "<", NULL, 0, NULL},
    {"below 170", OPEN, 170, "<", NULL, 0, NULL},
    {"less than 3,000 troops", 0, 3000, "<", "person", 0, NULL},
    {"under 5 km", 0, 5000, "<", "m", 0, "km"},
    {"sub-7 nanometer", 0, 7e-9, "<", "m", 0, "nanometer"},
    /* units after each figure of a range */
    {"5% to 10%", 5, 10, "", "percent", 0, NULL},
    {"between 15kHz and 17kHz", 15000, 17000, "", "hz", 15, "khz"},
    {"from 450 sq ft up to 900 sq ft", 41.806368, 83.612736, "", "m2", 450, "sq ft"},
    {"1 per cent to 1.5 per cent", 1, 1.5, "", "percent", 0, NULL},
    /* scores and labels are no ranges; a spaced minus is a sign */
    {"2-0", 0, 0, FAIL, NULL, 0, NULL},
    {"9-2", 0, 0, FAIL, NULL, 0, NULL},
    {"89-89", 0, 0, FAIL, NULL, 0, NULL},
    {"10-12", 10, 12, "", NULL, 0, NULL},
    {"0-to-60", 0, 60, "", NULL, 0, NULL},
    {"200,000 to-260,000", 200000, 260000, "", NULL, 0, NULL},
    {"3-to-1", 0, 0, FAIL, NULL, 0, NULL},
    {"50 -1.3%", 50, 50, "", NULL, 0, NULL},
    /* measures in two units, a decimal head that takes no continuation */
    {"5 ft 2 in", 1.5748, 1.5748, "", "m", 5.1666666667, "ft"},
    {"5 feet and 2 inches", 1.5748, 1.5748, "", "m", 5.1666666667, "feet"},
    {"12 m 2 dm", 12.2, 12.2, "", "m", 0, NULL},
    {"2 hours 30 minutes", 9000, 9000, "", "s", 2.5, "hours"},
    {"2.9 million 9", 2900000, 2900000, "", NULL, 0, NULL},
    {"200 or greater than", 200, OPEN, "", NULL, 0, NULL},
    /* fractions over compound ordinals, improper fractions, nested scales */
    {"one twenty-fifth", 0.04, 0.04, "", NULL, 0, NULL},
    {"one hundred thirty fifths", 100.0 / 35, 100.0 / 35, "", NULL, 0, NULL},
    {"one hundred and thirty fifths", 26, 26, "", NULL, 0, NULL},
    {"one hundred and thirty-two fifths", 26.4, 26.4, "", NULL, 0, NULL},
    {"one one hundred fifth", 1.0 / 105, 1.0 / 105, "", NULL, 0, NULL},
    {"one hundred one thousand fifths", 100.0 / 1005, 100.0 / 1005, "", NULL, 0, NULL},
    {"three twenty-firsts", 3.0 / 21, 3.0 / 21, "", NULL, 0, NULL},
    {"one hundred and twenty-three thousandths", 100.023, 100.023, "", NULL, 0, NULL},
    {"two hundred and two thousand", 202000, 202000, "", NULL, 0, NULL},
    {"twenty and three", 23, 23, "", NULL, 0, NULL},
    {"twenty and three and three fifths", 23.6, 23.6, "", NULL, 0, NULL},
    {"three hundred and two dozens", 324, 324, "", NULL, 0, NULL},
    {"a hundred dozen", 1200, 1200, "", NULL, 0, NULL},
    {"one hundred twenty dozen", 1440, 1440, "", NULL, 0, NULL},
    {"hundred thousand", 100000, 100000, "", NULL, 0, NULL},
    {"sixfold", 6, 6, "", NULL, 0, NULL},
    /* a decimal comma where the comma can be nothing else */
    {"5,00", 5, 5, "", NULL, 0, NULL},
    {"1,3", 1.3, 1.3, "", NULL, 0, NULL},
    {"1.111,11", 1111.11, 1111.11, "", NULL, 0, NULL},
    {"5,000", 5000, 5000, "", NULL, 0, NULL},
    /* a share is no more than its whole: "12 out of 10" is two figures */
    {"2 out of 5", 0.4, 0.4, "", NULL, 0, NULL},
    {"12 out of 10", 0, 0, FAIL, NULL, 0, NULL},
    {"five out of three", 0, 0, FAIL, NULL, 0, NULL},
    {"5 over 3", 5.0 / 3, 5.0 / 3, "", NULL, 0, NULL},
    {"1 in twenty-one", 1.0 / 21, 1.0 / 21, "", NULL, 0, NULL},
    {"2 in 5 or more", 0.4, OPEN, "", NULL, 0, NULL},
    {"5 in 2", 0, 0, FAIL, NULL, 0, NULL},
    {"a twenty-first", 1.0 / 21, 1.0 / 21, "", NULL, 0, NULL},
    {"5 ft 2 in", 1.5748, 1.5748, "", "m", 5 + 2.0 / 12, "ft"},
    /* "m" after a figure: a million before what it counts, else a metre */
    {"2.7m combined digital and physical sales", 2.7e6, 2.7e6, "", NULL, 0, NULL},
    {"35m of its Echo devices", 35e6, 35e6, "", NULL, 0, NULL},
    {"48m", 48, 48, "", "m", 0, NULL},
    {"5m to 10m", 5, 10, "", "m", 0, NULL},
    {"two thirds", 2.0 / 3, 2.0 / 3, "", NULL, 0, NULL},
    /* currencies written before the figure */
    {"$US55,931,000", 55931000, 55931000, "", "USD", 0, NULL},
    {"$A82,615,680", 82615680, 82615680, "", "AUD", 0, NULL},
    {"HK $5.4m", 5400000, 5400000, "", "HKD", 0, NULL},
    {"RM23.50", 23.5, 23.5, "", "MYR", 0, NULL},
    {"PS2.7m", 2700000, 2700000, "", "GBP", 0, NULL},
    {"200 or greater", 200, OPEN, "", NULL, 0, NULL},
    {"exceed 3000", 3000, OPEN, ">", NULL, 0, NULL},
    /* units */
    {"75ml", 0.075, 0.075, "", "l", 75, "ml"},
    {"10kph", 10 / 3.6, 10 / 3.6, "", "m/s", 10, "kph"},
    {"256GB", 256e9, 256e9, "", "byte", 256, "gb"},
    {"24pc", 24, 24, "", "percent", 0, NULL},
    /* nothing to read */
    {"", 0, 0, FAIL, NULL, 0, NULL},
    {"troops", 0, 0, FAIL, NULL, 0, NULL},
    {"hello world", 0, 0, FAIL, NULL, 0, NULL},
    {"21st-century", 0, 0, FAIL, NULL, 0, NULL},
    {"version 2.0.1", 0, 0, FAIL, NULL, 0, NULL},
    {"0143", 0, 0, FAIL, NULL, 0, NULL},
    {"0000", 0, 0, "", NULL, 0, NULL},
    {"000", 0, 0, FAIL, NULL, 0, NULL},
    {"555-1234-5678", 0, 0, FAIL, NULL, 0, NULL},
    {"1/2/2022", 0, 0, FAIL, NULL, 0, NULL},
    {"some", 0, 0, FAIL, NULL, 0, NULL},
    {"more than", 0, 0, FAIL, NULL, 0, NULL},
    {"the 3rd", 0, 0, FAIL, NULL, 0, NULL},
    {"$", 0, 0, FAIL, NULL, 0, NULL},
    {"between and", 0, 0, FAIL, NULL, 0, NULL},
    {"24.02.2022", 0, 0, FAIL, NULL, 0, NULL},
};

static gboolean
near(double a, double b)
{
    return fabs(a - b) <= 1e-9 * MAX(1.0, fabs(b));
}

static void
test_quantities(void **state)
{
    Fixture *f = *state;
    guint failures = 0;
    for (guint i = 0; i < G_N_ELEMENTS(quantity_cases); i++) {
        const QuantityCase *c = &quantity_cases[i];
        CcValue v;
        gboolean ok = cc_normalize_quantity(f->nz, c->text, strlen(c->text), &v);
        gboolean want = !g_str_equal(c->flags, FAIL);
        g_autofree char *got = ok ? cc_value_to_display(&v) : g_strdup("nothing");
        if (ok != want) {
            print_error("case %u \"%s\": %s, got %s\n", i, c->text,
                        want ? "should read" : "should not read", got);
            failures++;
            continue;
        }
        if (!want)
            continue;
        gboolean low_open = isnan(c->low), high_open = isnan(c->high);
        gboolean good = v.kind == CC_VALUE_NUMBER && v.has_low == !low_open
                        && v.has_high == !high_open && (low_open || near(v.low, c->low))
                        && (high_open || near(v.high, c->high))
                        && v.approx == (strchr(c->flags, 'a') != NULL)
                        && v.vague == (strchr(c->flags, 'v') != NULL)
                        && v.low_strict == (strchr(c->flags, '>') != NULL)
                        && v.high_strict == (strchr(c->flags, '<') != NULL)
                        && g_strcmp0(v.unit, c->unit) == 0
                        && stated_as_expected(&v, c);
        if (!good) {
            print_error("case %u \"%s\": got [%s%g, %g%s] %s%s%s unit %s orig %g %s\n", i,
                        c->text, v.low_strict ? "(" : "", v.has_low ? v.low : NAN,
                        v.has_high ? v.high : NAN, v.high_strict ? ")" : "",
                        v.approx ? "approx " : "", v.vague ? "vague " : "", "",
                        v.unit ? v.unit : "none", v.orig_low, v.orig_unit ? v.orig_unit : "-");
            failures++;
        }
    }
    if (failures > 0)
        fail_msg("%u of %u quantity cases failed", failures, G_N_ELEMENTS(quantity_cases));
}

/* ---- dates ---- */

typedef struct {
    const char *text;
    const char *ref; /* NULL: no reference date */
    const char *low; /* NULL: must not read */
    const char *high;
} DateCase;

/* 2024-11-13 is a Wednesday. */
#define REF "2024-11-13"

static const DateCase date_cases[] = {
    /* absolute */
    {"24 February 2022", NULL, "2022-02-24", "2022-02-24"},
    {"February 24, 2022", NULL, "2022-02-24", "2022-02-24"},
    {"on 24 February 2022", NULL, "2022-02-24", "2022-02-24"},
    {"24th of February 2022", NULL, "2022-02-24", "2022-02-24"},
    {"Thursday, February 24, 2022", NULL, "2022-02-24", "2022-02-24"},
    {"Thursday (24 February 2022)", NULL, "2022-02-24", "2022-02-24"},
    {"2022-02-24", NULL, "2022-02-24", "2022-02-24"},
    {"2022/02/24", NULL, "2022-02-24", "2022-02-24"},
    {"24/02/2022", NULL, "2022-02-24", "2022-02-24"},
    {"24.02.2022", NULL, "2022-02-24", "2022-02-24"},
    {"5.11.2024", NULL, "2024-11-05", "2024-11-05"},
    {"2020/23/Sep.", NULL, "2020-09-23", "2020-09-23"},
    {"23-2020-September", NULL, "2020-09-23", "2020-09-23"},
    {"02/24/2022", NULL, "2022-02-24", "2022-02-24"},
    {"February 2022", NULL, "2022-02-01", "2022-02-28"},
    {"August 2023", NULL, "2023-08-01", "2023-08-31"},
    {"February 2024", NULL, "2024-02-01", "2024-02-29"},
    {"in 2022", NULL, "2022-01-01", "2022-12-31"},
    {"2022", NULL, "2022-01-01", "2022-12-31"},
    {"early December 2024", NULL, "2024-12-01", "2024-12-10"},
    {"mid-December 2024", NULL, "2024-12-10", "2024-12-20"},
    {"mid December 2024", NULL, "2024-12-10", "2024-12-20"},
    {"late December 2024", NULL, "2024-12-16", "2024-12-31"},
    {"late February 2023", NULL, "2023-02-16", "2023-02-28"},
    {"the middle of March 2023", NULL, "2023-03-10", "2023-03-20"},
    {"mid 1989", NULL, "1989-05-01", "1989-08-31"},
    {"the middle of 2000", NULL, "2000-05-01", "2000-08-31"},
    {"the second half of 2000", NULL, "2000-07-01", "2000-12-31"},
    {"the first half of November 2024", NULL, "2024-11-01", "2024-11-15"},
    {"the second half of June 2023", NULL, "2023-06-16", "2023-06-30"},
    {"the end of June 2023", NULL, "2023-06-21", "2023-06-30"},
    {"early 2022", NULL, "2022-01-01", "2022-04-30"},
    {"late 2023", NULL, "2023-09-01", "2023-12-31"},
    {"the closing days of 2023", NULL, "2023-12-16", "2023-12-31"},
    {"the final days of 2024", NULL, "2024-12-16", "2024-12-31"},
    {"the closing days of March 2024", NULL, "2024-03-16", "2024-03-31"},
    {"the first days of November 2024", NULL, "2024-11-01", "2024-11-10"},
    {"the opening days of 2024", NULL, "2024-01-01", "2024-01-10"},
    {"the final weeks of 2024", NULL, "2024-12-16", "2024-12-31"},
    {"the last days of November 2024", NULL, "2024-11-16", "2024-11-30"},
    {"Sept. 5, 2023", NULL, "2023-09-05", "2023-09-05"},
    {"May 9, 2023", NULL, "2023-05-09", "2023-05-09"},
    {"the 1990s", NULL, "1990-01-01", "1999-12-31"},
    /* ranges */
    {"between 2014 and 2018", NULL, "2014-01-01", "2018-12-31"},
    {"2014-2018", NULL, "2014-01-01", "2018-12-31"},
    {"from March to May 2022", NULL, "2022-03-01", "2022-05-31"},
    {"24-26 February 2022", NULL, "2022-02-24", "2022-02-26"},
    {"24 to 26 February 2022", NULL, "2022-02-24", "2022-02-26"},
    {"February 24-26, 2022", NULL, "2022-02-24", "2022-02-26"},
    {"December 2023 to February 2024", NULL, "2023-12-01", "2024-02-29"},
    {"December to February 2024", NULL, "2023-12-01", "2024-02-29"},
    /* ranges in figures: the figure both ends share is the month */
    {"10/1/2018 - 10/7/2018", NULL, "2018-10-01", "2018-10-07"},
    {"1/10/2018 - 7/10/2018", NULL, "2018-10-01", "2018-10-07"},
    {"from 5/1/2019-5/7/2020", NULL, "2019-05-01", "2020-05-07"},
    {"5/1-5/7/2020", NULL, "2020-05-01", "2020-05-07"},
    {"10/1-11/2/2017", NULL, "2017-10-01", "2017-11-02"},
    {"10-1-2018-10-7-2018", NULL, "2018-10-01", "2018-10-07"},
    {"10/25/2018 - 11/3/2018", NULL, "2018-10-25", "2018-11-03"},
    {"Dec/2018-May/2019", NULL, "2018-12-01", "2019-05-31"},
    {"2/29-3/1", "2019-03-01", "2016-02-29", "2016-03-01"},
    {"02/03/2020 - 04/05/2020", NULL, NULL, NULL},
    {"2/29-3/1/2019", "2019-03-01", NULL, NULL},
    {"3-4-2018", NULL, NULL, NULL},
    /* year-less and relative */
    {"Feb. 24", REF, "2024-02-24", "2024-02-24"},
    {"Feb 24th", REF, "2024-02-24", "2024-02-24"},
    {"in February", REF, "2024-02-01", "2024-02-29"},
    /* a part of a month, not the year's first half */
    {"the first half of November", REF, "2024-11-01", "2024-11-15"},
    {"the second half of June", REF, "2024-06-16", "2024-06-30"},
    {"the end of June", REF, "2024-06-21", "2024-06-30"},
    {"yesterday", REF, "2024-11-12", "2024-11-12"},
    {"today", REF, "2024-11-13", "2024-11-13"},
    {"on Monday", REF, "2024-11-11", "2024-11-11"},
    {"on Wednesday", REF, "2024-11-13", "2024-11-13"},
    {"Thursday", REF, "2024-11-07", "2024-11-07"},
    /* "next"/"last"/"previous" name the weekday of the next or last
     * week; "this past", "coming" the nearest one */
    {"last Monday", REF, "2024-11-04", "2024-11-04"},
    {"previous Monday", REF, "2024-11-04", "2024-11-04"},
    {"last Wednesday", REF, "2024-11-06", "2024-11-06"},
    {"last Sunday", REF, "2024-11-10", "2024-11-10"},
    {"this past Monday", REF, "2024-11-11", "2024-11-11"},
    {"past Monday", REF, "2024-11-11", "2024-11-11"},
    {"next Friday", REF, "2024-11-22", "2024-11-22"},
    {"next Monday", REF, "2024-11-18", "2024-11-18"},
    {"coming Friday", REF, "2024-11-15", "2024-11-15"},
    {"upcoming Tuesday", REF, "2024-11-19", "2024-11-19"},
    {"this coming Wednesday", REF, "2024-11-20", "2024-11-20"},
    {"this Tuesday", REF, "2024-11-12", "2024-11-12"},
    {"following Friday", REF, "2024-11-22", "2024-11-22"},
    {"last October", REF, "2024-10-01", "2024-10-31"},
    {"last November", REF, "2023-11-01", "2023-11-30"},
    {"last December", REF, "2023-12-01", "2023-12-31"},
    /* a season is three months (spring from March, summer from June,
     * autumn or fall from September, winter from December): the last is
     * the latest that has ended, the next the first to begin, this one the
     * one under way, else the nearer of the two */
    {"last autumn", REF, "2023-09-01", "2023-11-30"},
    {"last fall", REF, "2023-09-01", "2023-11-30"},
    {"last summer", REF, "2024-06-01", "2024-08-31"},
    {"last spring", REF, "2024-03-01", "2024-05-31"},
    {"last winter", REF, "2023-12-01", "2024-02-29"},
    {"this autumn", REF, "2024-09-01", "2024-11-30"},
    {"this winter", REF, "2024-12-01", "2025-02-28"},
    /* a season after "the" that names no year is the reference year's,
     * as a month that names none is; "the winter" in January the one
     * under way */
    {"the summer", REF, "2024-06-01", "2024-08-31"},
    {"in the autumn", REF, "2024-09-01", "2024-11-30"},
    {"the winter", "2025-01-20", "2024-12-01", "2025-02-28"},
    {"next spring", REF, "2025-03-01", "2025-05-31"},
    {"next autumn", REF, "2025-09-01", "2025-11-30"},
    /* a season of a year written out: the same three months of that year */
    {"the autumn of 2024", REF, "2024-09-01", "2024-11-30"},
    {"summer 2024", REF, "2024-06-01", "2024-08-31"},
    {"the fall of 2023", REF, "2023-09-01", "2023-11-30"},
    {"the winter of 2024", REF, "2024-12-01", "2025-02-28"},
    {"this month", REF, "2024-11-01", "2024-11-30"},
    {"last month", REF, "2024-10-01", "2024-10-31"},
    {"next month", REF, "2024-12-01", "2024-12-31"},
    {"last year", REF, "2023-01-01", "2023-12-31"},
    {"this year", REF, "2024-01-01", "2024-12-31"},
    /* a part of a relative year keeps the lexicon's months as one of a
     * written year does ("late 2023"); "the end of this year" keeps its
     * second half (Recognizers-Text) */
    {"late last year", REF, "2023-09-01", "2023-12-31"},
    {"late 2023", REF, "2023-09-01", "2023-12-31"},
    {"mid last year", REF, "2023-05-01", "2023-08-31"},
    /* two back; a month or week as it stood a year or month ago */
    {"the week before last", REF, "2024-10-28", "2024-11-03"},
    {"the month before last", REF, "2024-09-01", "2024-09-30"},
    {"a year ago this month", REF, "2023-11-01", "2023-11-30"},
    /* the first half of a month, not of a year */
    {"the first half of last month", REF, "2024-10-01", "2024-10-15"},
    {"the second half of this month", REF, "2024-11-16", "2024-11-30"},
    {"the middle of last year", REF, "2023-05-01", "2023-08-31"},
    {"the closing days of last year", REF, "2023-12-16", "2023-12-31"},
    {"the end of this year", REF, "2024-07-01", "2024-12-31"},
    {"the end of last year", REF, "2023-07-01", "2023-12-31"},
    /* a part of a month, year alone: this one's */
    {"mid-month", REF, "2024-11-10", "2024-11-20"},
    /* a part of a month named with a direction keeps the lexicon's days */
    {"the end of last December", REF, "2023-12-21", "2023-12-31"},
    {"a year ago today", REF, "2023-11-13", "2023-11-13"},
    /* "final" week of a month as "last" is */
    {"the final week of January", REF, "2024-01-22", "2024-01-28"},
    {"early last October", REF, "2024-10-01", "2024-10-10"},
    {"late next March", REF, "2025-03-16", "2025-03-31"},
    {"the first half of last October", REF, "2024-10-01", "2024-10-15"},
    {"mid-year", REF, "2024-05-01", "2024-08-31"},
    {"last week", REF, "2024-11-04", "2024-11-10"},
    {"this week", REF, "2024-11-11", "2024-11-17"},
    {"three days ago", REF, "2024-11-10", "2024-11-10"},
    {"two weeks ago", REF, "2024-10-30", "2024-10-30"},
    {"a month ago", REF, "2024-10-13", "2024-10-13"},
    {"last January", "2024-01-15", "2023-01-01", "2023-01-31"},
    {"tmrw", REF, "2024-11-14", "2024-11-14"},
    {"weekend", REF, "2024-11-16", "2024-11-17"},
    {"the fortnight", REF, "2024-11-11", "2024-11-24"},
    {"this fortnight", REF, "2024-11-11", "2024-11-24"},
    {"the day", REF, "2024-11-13", "2024-11-13"},
    {"the day before", REF, "2024-11-12", "2024-11-12"},
    {"the day after", REF, "2024-11-14", "2024-11-14"},
    {"otd", REF, "2024-11-13", "2024-11-13"},
    {"cy18", REF, "2018-01-01", "2018-12-31"},
    {"CY 2017", REF, "2017-01-01", "2017-12-31"},
    {"2016 10 16", REF, "2016-10-16", "2016-10-16"},
    {"fifteen August nineteen hundred ninety three", REF, "1993-08-15", "1993-08-15"},
    {"90 s", REF, "1990-01-01", "1999-12-31"},
    {"the 18th", REF, "2024-11-18", "2024-11-18"},
    {"the 15th day of next month", REF, "2024-12-15", "2024-12-15"},
    {"the 4th of next month", REF, "2024-12-04", "2024-12-04"},
    {"from 4-23 in next month", REF, "2024-12-04", "2024-12-23"},
    {"from the 4th to the 23rd of next month", REF, "2024-12-04", "2024-12-23"},
    {"from the twenty-seventh to the third of april", REF, "2024-03-27", "2024-04-03"},
    {"from the 27th to the 3rd of January 2025", NULL, "2024-12-27", "2025-01-03"},
    {"this working week", REF, "2024-11-11", "2024-11-15"},
    {"Feb 29", REF, "2024-02-29", "2024-02-29"},
    {"Feb 29", "2023-06-01", "2020-02-29", "2020-02-29"},
    {"the last 3 weeks of this year", "2019-11-20", "2019-12-09", "2019-12-29"},
    {"next year's first quarter", REF, "2025-01-01", "2025-03-31"},
    {"end of year", REF, "2024-07-01", "2024-12-31"},
    {"the end of month", REF, "2024-11-21", "2024-11-30"}, /* as "the end of November" */
    {"start of week", REF, "2024-11-11", "2024-11-13"},
    {"the last 3 months", REF, "2024-08-13", "2024-11-12"},
    {"this 5/12", "2019-05-20", "2019-05-12", "2019-05-12"},
    {"next 5/12", "2019-05-20", "2020-05-12", "2020-05-12"},
    {"next 5/22", "2019-05-20", "2019-05-22", "2019-05-22"},
    {"last 5/22", "2019-05-20", "2018-05-22", "2018-05-22"},
    {"next 6th of April", "2019-05-20", "2020-04-06", "2020-04-06"},
    {"the weekend", "2016-11-11", "2016-11-12", "2016-11-13"},
    {"the weekend", "2016-11-07", "2016-11-05", "2016-11-06"},
    {"this weekend", "2016-11-07", "2016-11-12", "2016-11-13"},
    {"EOY", REF, "2024-07-01", "2024-12-31"},
    {"the rest of the week", REF, "2024-11-13", "2024-11-17"},
    {"the remainder of the month", REF, "2024-11-13", "2024-11-30"},
    {"the rest of next year", REF, "2025-01-01", "2025-12-31"},
    {"Saturday 3 days from now", "2021-01-06", "2021-01-09", "2021-01-09"},
    {"Saturday 3rd", REF, "2024-08-03", "2024-08-03"},
    {"last 29 February", "2019-05-20", "2016-02-29", "2016-02-29"},
    /* durations from a day */
    {"three weeks from tmrw", REF, "2024-12-05", "2024-12-05"},
    {"2 weeks before Christmas", REF, "2024-12-11", "2024-12-11"},
    {"less than 3 days after tomorrow", REF, "2024-11-14", "2024-11-16"},
    {"less than 3 days before today", REF, "2024-11-11", "2024-11-13"},
    {"Thursday, two years from now", REF, "2026-11-12", "2026-11-12"},
    /* weekdays beside a date */
    {"Mon 13th", "2022-05-01", "2022-06-13", "2022-06-13"},
    {"next week Tue", REF, "2024-11-19", "2024-11-19"},
    {"this Friday-Jun-15", "2018-06-10", "2018-06-15", "2018-06-15"},
    {"next friday 5/12", "2019-05-01", "2019-05-12", "2019-05-12"},
    {"from next monday to friday", REF, "2024-11-18", "2024-11-22"},
    /* holidays */
    {"Christmas 2023", NULL, "2023-12-25", "2023-12-25"},
    {"Christmas", REF, "2024-12-25", "2024-12-25"},
    {"Christmas", "2025-01-03", "2024-12-25", "2024-12-25"},
    {"Thanksgiving 2023", NULL, "2023-11-23", "2023-11-23"},
    {"easter 2018", NULL, "2018-04-01", "2018-04-01"},
    {"good friday 2024", NULL, "2024-03-29", "2024-03-29"},
    {"memorial day 2024", NULL, "2024-05-27", "2024-05-27"},
    {"black friday 2010", NULL, "2010-11-26", "2010-11-26"},
    {"new year's eve 2022", NULL, "2022-12-31", "2022-12-31"},
    {"last easter", REF, "2024-03-31", "2024-03-31"},
    {"next easter", REF, "2025-04-20", "2025-04-20"},
    {"independence day of this year", REF, "2024-07-04", "2024-07-04"},
    {"labor day 2021 weekend", NULL, "2021-09-04", "2021-09-06"},
    {"the weekend of thanksgiving 2023", NULL, "2023-11-23", "2023-11-26"},
    {"halloween weekend 2021", NULL, "2021-10-30", "2021-10-31"},
    /* open */
    {"before the end of December", REF, "-", "2024-12-31"},
    {"before the end of this year", REF, "-", "2024-12-31"},
    {"before the beginning of March", REF, "-", "2024-02-29"},
    {"after the end of March", REF, "2024-04-01", "-"},
    {"after the beginning of March", REF, "2024-03-01", "-"},
    {"year greater than 2012", NULL, "2013-01-01", "-"},
    {"year is less than 2015", NULL, "-", "2014-12-31"},
    /* nothing to read */
    {"", REF, NULL, NULL},
    {"11,000", REF, NULL, NULL},
    {"yesterday", NULL, NULL, NULL},
    {"Feb. 24", NULL, NULL, NULL},
    {"Feb 30", REF, NULL, NULL},
    {"feb 30 2019", REF, NULL, NULL},
    /* no leap year on or before the reference */
    {"Feb 29", "0001-06-01", NULL, NULL},
    {"2/29-3/1", "0003-06-01", NULL, NULL},
    {"April 31, 2019", REF, NULL, NULL},
    {"03/04/2022", NULL, NULL, NULL},
    {"May I help", REF, NULL, NULL},
    {"version 2.0.1", REF, NULL, NULL},
    {"troops", REF, NULL, NULL},
    {"31.13.2024", NULL, NULL, NULL},
    {"2.10.24", NULL, NULL, NULL},
    {"2022nd", NULL, NULL, NULL},
    {"Christmas", NULL, NULL, NULL},
    {"sat", REF, NULL, NULL},
    {"may", REF, NULL, NULL},
};

static void
test_dates(void **state)
{
    Fixture *f = *state;
    guint failures = 0;
    for (guint i = 0; i < G_N_ELEMENTS(date_cases); i++) {
        const DateCase *c = &date_cases[i];
        guint32 ref = 0;
        if (c->ref != NULL)
            assert_true(cc_day_from_iso(c->ref, &ref));
        CcValue v;
        gboolean ok = cc_normalize_date(f->nz, c->text, strlen(c->text), ref, &v);
        /* the first and last days included; "-" an open end */
        g_autofree char *lo = ok && v.has_low ? cc_day_to_iso((guint32)v.low + v.low_strict)
                                              : g_strdup("-");
        g_autofree char *hi = ok && v.has_high ? cc_day_to_iso((guint32)v.high - v.high_strict)
                                               : g_strdup("-");
        if (ok != (c->low != NULL)) {
            print_error("case %u \"%s\": %s, got %s..%s\n", i, c->text,
                        c->low ? "should read" : "should not read", lo, hi);
            failures++;
            continue;
        }
        if (ok && (v.kind != CC_VALUE_DATE || strcmp(lo, c->low) != 0 || strcmp(hi, c->high) != 0)) {
            print_error("case %u \"%s\": got %s..%s, want %s..%s\n", i, c->text, lo, hi, c->low,
                        c->high);
            failures++;
        }
    }
    if (failures > 0)
        fail_msg("%u of %u date cases failed", failures, G_N_ELEMENTS(date_cases));
}

/* ---- entities ---- */

static void
test_entities(void **state)
{
    Fixture *f = *state;
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"Pyongyang", "north_korea"},
        {"the Kim regime", "north_korea"},
        {"DPRK", "north_korea"},
        {"North Korea", "north_korea"},
        {"South  Korea's", "south_korea_s"},
        {"  Kursk region ", "kursk_region"},
        {"Kyiv", "kyiv"},
    };
    guint failures = 0;
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autofree char *got = cc_normalize_entity(f->nz, cases[i].text, strlen(cases[i].text));
        if (g_strcmp0(got, cases[i].want) != 0) {
            print_error("case %u \"%s\": got %s, want %s\n", i, cases[i].text, got, cases[i].want);
            failures++;
        }
    }
    if (failures > 0)
        fail_msg("%u entity cases failed", failures);
}

/* The normalizer reads only the given bytes, never past them. */
static void
test_length_bound(void **state)
{
    Fixture *f = *state;
    const char *text = "11,000 troops and 5,000 more";
    CcValue v;
    assert_true(cc_normalize_quantity(f->nz, text, 6, &v));
    assert_true(v.low == 11000 && v.unit == NULL);
    assert_true(cc_normalize_quantity(f->nz, text, 2, &v));
    assert_true(v.low == 11);
    assert_false(cc_normalize_quantity(f->nz, text, 0, &v));
}

/* A change from one figure to another keeps where it started: in the
 * value's unit and as stated. A range is no change. */
static void
test_changes(void **state)
{
    Fixture *f = *state;
    const struct {
        const char *text;
        gboolean has_from;
        double low, high, from, orig_from;
    } cases[] = {
        {"from $2,415 to $2,315", TRUE, 2315, 2315, 2415, 2415},
        {"from 208 pounds to 193", TRUE, 193 * 0.45359237, 193 * 0.45359237, 208 * 0.45359237, 208},
        {"from 4.8 percent to 4.7 percent", TRUE, 4.7, 4.7, 4.8, 4.8},
        {"from 20 miles per gallon to 29 mpg", TRUE, 20, 29, 20, 20},
        {"from 10 to 12 km", TRUE, 10000, 12000, 10000, 10},
        {"from 24.2 to 33-35 billion euros", TRUE, 24.2e9, 35e9, 24.2e9, 24.2e9},
        {"10 to 12 km", FALSE, 10000, 12000, 0, 0},
        {"between 10 and 20", FALSE, 10, 20, 0, 0},
        {"$2,315", FALSE, 2315, 2315, 0, 0},
    };
    guint bad = 0;
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        CcValue v;
        gboolean ok = cc_normalize_quantity(f->nz, cases[i].text, strlen(cases[i].text), &v);
        if (!ok || v.has_from != cases[i].has_from || !near(v.low, cases[i].low)
            || !near(v.high, cases[i].high)
            || (cases[i].has_from
                && (!near(v.from, cases[i].from) || !near(v.orig_from, cases[i].orig_from)))) {
            print_error("case %u \"%s\": read %d, [%g, %g] from %d %g (stated %g)\n", i,
                        cases[i].text, ok, v.low, v.high, v.has_from, v.from, v.orig_from);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* An empty lexicon still reads figures; words need their tables. */
static void
test_empty_lexicon(void **state)
{
    (void)state;
    g_autoptr(CcLexicon) lex = cc_lexicon_new();
    g_autoptr(CcNormalizer) nz = cc_normalizer_new(lex);
    CcValue v;
    assert_true(cc_normalize_quantity(nz, "11,000", 6, &v));
    assert_true(v.low == 11000);
    assert_false(cc_normalize_quantity(nz, "thousands", 9, &v));
    assert_true(cc_normalize_date(nz, "2022-02-24", 10, 0, &v));
    guint32 ref = cc_day_from_ymd(2024, 11, 13);
    assert_false(cc_normalize_date(nz, "yesterday", 9, ref, &v));
    assert_false(cc_normalize_date(nz, "last October", 12, ref, &v));
}

/* The normalizer owns its phrases: building and freeing it leaves nothing
 * behind in GLib's string interning (which is never freed), so a process
 * compiling many rule sets does not grow. A value read from text outlives
 * the normalizer: its units are interned, as CcValue promises. Two rounds,
 * so a second normalizer from the same phrases is built from scratch. */
static void
test_lifetime(void **state)
{
    (void)state;
    for (guint round = 0; round < 2; round++) {
        g_autoptr(GError) error = NULL;
        CcLexicon *lex = cc_lexicon_new();
        assert_true(cc_lexicon_add(lex, "units", "Zqfurlongs", "zqm 201.168", "test", 1, &error));
        assert_true(cc_lexicon_add(lex, "units", "zqchains", "zqm 20.1168", "test", 2, &error));
        assert_true(cc_lexicon_add(lex, "entities", "zq unused entity", "zq_unused_id", "test", 3,
                                   &error));
        assert_true(cc_lexicon_add(lex, "bounds", "zq unused bound", "lt", "test", 4, &error));
        CcNormalizer *nz = cc_normalizer_new(lex);
        /* (not the units read below: those are interned from round 0 on) */
        static const char *const phrases[] = {"zqchains", "zq unused entity", "zq_unused_id",
                                              "zq unused bound", NULL};
        for (guint i = 0; phrases[i]; i++)
            if (g_quark_try_string(phrases[i]) != 0)
                fail_msg("round %u: \"%s\" interned by the normalizer", round, phrases[i]);
        CcValue v;
        assert_true(cc_normalize_quantity(nz, "3 Zqfurlongs", 12, &v));
        cc_normalizer_free(nz);
        cc_lexicon_free(lex);
        assert_true(v.low > 603.5 && v.low < 603.51);
        assert_ptr_equal(v.unit, g_intern_string("zqm"));
        assert_non_null(v.orig_unit);
        if (v.orig_unit != g_intern_string("zqfurlongs")) /* as the lexicon folds it */
            fail_msg("round %u: orig_unit \"%s\" is not the interned phrase", round, v.orig_unit);
    }
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_quantities, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dates, setup, teardown),
        cmocka_unit_test_setup_teardown(test_entities, setup, teardown),
        cmocka_unit_test_setup_teardown(test_length_bound, setup, teardown),
        cmocka_unit_test_setup_teardown(test_changes, setup, teardown),
        cmocka_unit_test(test_empty_lexicon),
        cmocka_unit_test(test_lifetime),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
