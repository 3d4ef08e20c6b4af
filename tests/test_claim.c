/* SPDX-License-Identifier: MIT */
/* test_claim.c: claim records — JSON round trips, strict bounds, nulls,
 * and records that must be refused with a message naming the field. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "internal.h"
#include "json_write.h"

#include <math.h>
#include <stdio.h>
#include <unistd.h>

static const char *const base_fields =
    "\"id\":\"003#2\",\"source\":\"003\",\"file\":\"fixtures/seeds/003.txt\","
    "\"rule\":\"troops_deployed\"";

/* Records that must read back and print exactly as given. */
static const struct {
    const char *name;
    const char *json;
} round_trips[] = {
    {"design example",
     "{\"id\":\"003#2\",\"source\":\"003\",\"file\":\"fixtures/seeds/003.txt\",\"rule\":"
     "\"troops_deployed\",\"type\":\"quantity\",\"subject\":\"north_korea\",\"predicate\":"
     "\"troops_deployed\",\"object\":\"russia\",\"key\":\"north_korea/troops_deployed/russia\","
     "\"value\":{\"low\":2000,\"high\":19999,\"unit\":\"person\",\"approx\":false,\"vague\":true},"
     "\"text\":\"thousands of soldiers\",\"span\":{\"start\":381,\"end\":402,\"line\":5,"
     "\"column\":40},\"sentence\":{\"start\":300,\"end\":470},\"modality\":\"asserted\","
     "\"attribution\":null,\"as_of\":\"2024-11-05\",\"scope\":null,\"tolerance\":0.1,"
     "\"tolerance_abs\":false,\"window\":30,\"cumulative\":false}"},
    {"open high, derived, approx",
     "{\"id\":\"a#1\",\"source\":\"a\",\"file\":null,\"rule\":null,\"type\":\"quantity\","
     "\"subject\":\"x\",\"predicate\":\"troops_killed\",\"object\":null,\"key\":"
     "\"x/troops_killed\",\"value\":{\"low\":1.5,\"high\":null,\"unit\":null,\"approx\":true,"
     "\"vague\":false,\"derived\":true},\"text\":\"1.5\",\"span\":{\"start\":0,\"end\":3,"
     "\"line\":1,\"column\":1},\"sentence\":{\"start\":0,\"end\":9},\"modality\":\"hedged\","
     "\"attribution\":\"NIS\",\"as_of\":null,\"scope\":\"weekly\",\"tolerance\":0,"
     "\"tolerance_abs\":true,\"window\":0,\"cumulative\":true}"},
    {"product of a size each",
     "{\"id\":\"c#1\",\"source\":\"c\",\"file\":null,\"rule\":null,\"type\":\"quantity\","
     "\"subject\":\"x\",\"predicate\":\"troops_deployed\",\"object\":null,\"key\":"
     "\"x/troops_deployed\",\"value\":{\"low\":12000,\"high\":12000,\"unit\":\"person\","
     "\"approx\":false,\"vague\":false,\"derived\":true,\"product\":{\"factor\":2,"
     "\"of_low\":6000,\"of_high\":6000}},\"text\":\"two\",\"span\":{\"start\":0,\"end\":3,"
     "\"line\":1,\"column\":1},\"sentence\":{\"start\":0,\"end\":9},\"modality\":\"asserted\","
     "\"attribution\":null,\"as_of\":null,\"scope\":null,\"tolerance\":0.1,"
     "\"tolerance_abs\":false,\"window\":60,\"cumulative\":false}"},
    {"date interval",
     "{\"id\":\"b#4\",\"source\":\"b\",\"file\":\"b.txt\",\"rule\":\"invasion\",\"type\":"
     "\"date\",\"subject\":\"russia\",\"predicate\":\"date\",\"object\":\"invasion_start\","
     "\"key\":\"russia/date/invasion_start\",\"value\":{\"low\":\"2022-02-01\",\"high\":"
     "\"2022-02-28\",\"unit\":null,\"approx\":false,\"vague\":false},\"text\":\"February 2022\","
     "\"span\":{\"start\":10,\"end\":23,\"line\":2,\"column\":3},\"sentence\":{\"start\":0,"
     "\"end\":40},\"modality\":\"reported\",\"attribution\":\"officials\",\"as_of\":"
     "\"2024-06-19\",\"scope\":null,\"tolerance\":3,\"tolerance_abs\":true,\"window\":30,"
     "\"cumulative\":false}"},
    {"a month's first and last days",
     "{\"id\":\"b#5\",\"source\":\"b\",\"file\":\"b.txt\",\"rule\":\"shells\",\"type\":"
     "\"quantity\",\"subject\":\"north_korea\",\"predicate\":\"shells_delivered\",\"object\":"
     "\"russia\",\"key\":\"north_korea/shells_delivered/russia\",\"value\":{\"low\":500000,"
     "\"high\":500000,\"unit\":\"shell\",\"approx\":false,\"vague\":false},\"text\":\"500,000\","
     "\"span\":{\"start\":10,\"end\":17,\"line\":1,\"column\":11},\"sentence\":{\"start\":0,"
     "\"end\":40},\"modality\":\"asserted\",\"attribution\":null,\"as_of\":\"2025-03-01\","
     "\"as_of_end\":\"2025-03-31\",\"scope\":null,\"tolerance\":0.1,\"tolerance_abs\":false,"
     "\"window\":90,\"cumulative\":true}"},
    {"event",
     "{\"id\":\"c#1\",\"source\":\"c\",\"file\":\"c.txt\",\"rule\":\"deploy\",\"type\":\"event\","
     "\"subject\":\"north_korea\",\"predicate\":\"deployment_start\",\"object\":null,\"key\":"
     "\"north_korea/deployment_start\",\"value\":null,\"text\":\"sent troops\",\"span\":"
     "{\"start\":5,\"end\":16,\"line\":1,\"column\":6},\"sentence\":{\"start\":0,\"end\":30},"
     "\"modality\":\"negated\",\"attribution\":\"Pyongyang\",\"as_of\":\"2024-11-05\",\"scope\":"
     "null,\"tolerance\":0,\"tolerance_abs\":false,\"window\":0,\"cumulative\":false}"},
    {"non-integral strict bound stays strict",
     "{\"id\":\"d#1\",\"source\":\"d\",\"file\":\"d.txt\",\"rule\":\"r\",\"type\":\"quantity\","
     "\"subject\":\"s\",\"predicate\":\"p\",\"object\":null,\"key\":\"s/p\",\"value\":{\"low\":"
     "null,\"high\":2.5,\"unit\":\"mm\",\"approx\":false,\"vague\":false,\"high_strict\":true},"
     "\"text\":\"under 2.5 mm\",\"span\":{\"start\":0,\"end\":12,\"line\":1,\"column\":1},"
     "\"sentence\":{\"start\":0,\"end\":12},\"modality\":\"asserted\",\"attribution\":null,"
     "\"as_of\":null,\"scope\":null,\"tolerance\":0.05,\"tolerance_abs\":false,\"window\":0,"
     "\"cumulative\":false}"},
    {"stated figure and unit, converted",
     "{\"id\":\"e#1\",\"source\":\"e\",\"file\":\"e.txt\",\"rule\":\"value_quantity\",\"type\":"
     "\"quantity\",\"subject\":null,\"predicate\":\"value\",\"object\":null,\"key\":null,"
     "\"value\":{\"low\":2500,\"high\":5000,\"unit\":\"m\",\"approx\":false,\"vague\":false,"
     "\"stated\":{\"low\":2.5,\"high\":5,\"unit\":\"km\"}},\"text\":\"2.5 to 5 km\",\"span\":"
     "{\"start\":0,\"end\":11,\"line\":1,\"column\":1},\"sentence\":{\"start\":0,\"end\":20},"
     "\"modality\":\"asserted\",\"attribution\":null,\"as_of\":null,\"scope\":null,"
     "\"tolerance\":0.05,\"tolerance_abs\":false,\"window\":0,\"cumulative\":false}"},
    {"a change: the figure it started from",
     "{\"id\":\"e#3\",\"source\":\"e\",\"file\":\"e.txt\",\"rule\":\"value_quantity\",\"type\":"
     "\"quantity\",\"subject\":null,\"predicate\":\"value\",\"object\":null,\"key\":null,"
     "\"value\":{\"low\":2315,\"high\":2315,\"unit\":\"USD\",\"approx\":false,\"vague\":false,"
     "\"from\":2415,\"stated\":{\"low\":2315,\"high\":2315,\"from\":2415,\"unit\":\"$\"}},"
     "\"text\":\"from $2,415 to $2,315\",\"span\":{\"start\":0,\"end\":21,\"line\":1,\"column\":1},"
     "\"sentence\":{\"start\":0,\"end\":30},\"modality\":\"asserted\",\"attribution\":null,"
     "\"as_of\":null,\"scope\":null,\"tolerance\":0.05,\"tolerance_abs\":false,\"window\":0,"
     "\"cumulative\":false}"},
    {"a change without a stated unit",
     "{\"id\":\"e#4\",\"source\":\"e\",\"file\":\"e.txt\",\"rule\":\"value_quantity\",\"type\":"
     "\"quantity\",\"subject\":null,\"predicate\":\"value\",\"object\":null,\"key\":null,"
     "\"value\":{\"low\":193,\"high\":193,\"unit\":null,\"approx\":false,\"vague\":false,"
     "\"from\":208.5},\"text\":\"from 208.5 to 193\",\"span\":{\"start\":0,\"end\":17,\"line\":1,"
     "\"column\":1},\"sentence\":{\"start\":0,\"end\":30},\"modality\":\"asserted\","
     "\"attribution\":null,\"as_of\":null,\"scope\":null,\"tolerance\":0.05,\"tolerance_abs\":"
     "false,\"window\":0,\"cumulative\":false}"},
    {"stated count, a strict bound closed",
     "{\"id\":\"e#2\",\"source\":\"e\",\"file\":\"e.txt\",\"rule\":\"value_quantity\",\"type\":"
     "\"quantity\",\"subject\":null,\"predicate\":\"value\",\"object\":null,\"key\":null,"
     "\"value\":{\"low\":3001,\"high\":null,\"unit\":\"person\",\"approx\":false,\"vague\":"
     "false,\"stated\":{\"low\":3001,\"high\":null,\"unit\":\"troops\"}},\"text\":\"more than "
     "3,000 troops\",\"span\":{\"start\":0,\"end\":22,\"line\":1,\"column\":1},\"sentence\":"
     "{\"start\":0,\"end\":30},\"modality\":\"asserted\",\"attribution\":null,\"as_of\":null,"
     "\"scope\":null,\"tolerance\":0.05,\"tolerance_abs\":false,\"window\":0,\"cumulative\":"
     "false}"},
};

static CcClaim *
parse_claim(const char *json, GError **error)
{
    g_autoptr(JsonParser) parser = json_parser_new();
    if (!json_parser_load_from_data(parser, json, -1, error))
        return NULL;
    return cc_claim_from_json(json_parser_get_root(parser), error);
}

static void
test_round_trip(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(round_trips); i++) {
        g_autoptr(GError) error = NULL;
        g_autoptr(CcClaim) claim = parse_claim(round_trips[i].json, &error);
        if (claim == NULL)
            fail_msg("case %u \"%s\": %s", i, round_trips[i].name, error->message);
        g_autofree char *line = cc_claim_to_json_line(claim);
        if (strcmp(line, round_trips[i].json) != 0)
            fail_msg("case %u \"%s\":\n got %s\nwant %s", i, round_trips[i].name, line,
                     round_trips[i].json);
        /* The line's reader reads the same record. */
        g_autoptr(CcClaim) from_line = cc_claim_from_json_line(
            round_trips[i].json, strlen(round_trips[i].json), "name", 1, 1, &error);
        if (from_line == NULL)
            fail_msg("case %u \"%s\": the line's reader: %s", i, round_trips[i].name,
                     error->message);
        g_autofree char *again = cc_claim_to_json_line(from_line);
        if (strcmp(again, round_trips[i].json) != 0)
            fail_msg("case %u \"%s\": the line's reader:\n got %s\nwant %s", i,
                     round_trips[i].name, again, round_trips[i].json);
        /* A copy prints the same. */
        g_autoptr(CcClaim) copy = cc_claim_copy(claim);
        g_autofree char *line2 = cc_claim_to_json_line(copy);
        assert_string_equal(line, line2);
    }
}

static CcClaim *
make_claim(void)
{
    CcClaim *c = cc_claim_new();
    c->id = g_strdup("003#2");
    c->source = g_strdup("003");
    c->subject = g_strdup("north_korea");
    c->predicate = g_strdup("troops_deployed");
    c->key = g_strdup("north_korea/troops_deployed");
    c->text = g_strdup("x");
    c->line = c->column = 1;
    return c;
}

/* Strict bounds on counts close onto the next whole number and read back as
 * the same interval. */
static const struct {
    const char *name;
    gboolean has_low, low_strict, has_high, high_strict;
    double low, high;
    const char *unit;
    const char *want; /* the value object as printed */
    double back_low, back_high;
    gboolean back_low_strict, back_high_strict;
} strict_cases[] = {
    {"more than 3,000", TRUE, TRUE, FALSE, FALSE, 3000, 0, "person",
     "{\"low\":3001,\"high\":null,\"unit\":\"person\",\"approx\":false,\"vague\":false}", 3001,
     0, FALSE, FALSE},
    {"fewer than 100", FALSE, FALSE, TRUE, TRUE, 0, 100, NULL,
     "{\"low\":null,\"high\":99,\"unit\":null,\"approx\":false,\"vague\":false}", 0, 99, FALSE,
     FALSE},
    {"more than 5 kg stays strict", TRUE, TRUE, FALSE, FALSE, 5, 0, "kg",
     "{\"low\":5,\"high\":null,\"unit\":\"kg\",\"approx\":false,\"vague\":false,\"low_strict\":"
     "true}",
     5, 0, TRUE, FALSE},
    {"exact 11,000 prints as integer", TRUE, FALSE, TRUE, FALSE, 11000, 11000, "person",
     "{\"low\":11000,\"high\":11000,\"unit\":\"person\",\"approx\":false,\"vague\":false}", 11000,
     11000, FALSE, FALSE},
    {"between 1 and 2.5 (exclusive)", TRUE, TRUE, TRUE, TRUE, 1, 2.5, NULL,
     "{\"low\":2,\"high\":2.5,\"unit\":null,\"approx\":false,\"vague\":false,\"high_strict\":"
     "true}",
     2, 2.5, FALSE, TRUE},
};

static void
test_strict_bounds(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(strict_cases); i++) {
        g_autoptr(CcClaim) c = make_claim();
        c->value.has_low = strict_cases[i].has_low;
        c->value.low = strict_cases[i].low;
        c->value.low_strict = strict_cases[i].low_strict;
        c->value.has_high = strict_cases[i].has_high;
        c->value.high = strict_cases[i].high;
        c->value.high_strict = strict_cases[i].high_strict;
        c->value.unit = strict_cases[i].unit ? g_intern_string(strict_cases[i].unit) : NULL;
        g_autofree char *line = cc_claim_to_json_line(c);
        if (strstr(line, strict_cases[i].want) == NULL)
            fail_msg("case %u \"%s\": got %s, want value %s", i, strict_cases[i].name, line,
                     strict_cases[i].want);
        g_autoptr(GError) error = NULL;
        g_autoptr(CcClaim) back = parse_claim(line, &error);
        if (back == NULL)
            fail_msg("case %u \"%s\": %s", i, strict_cases[i].name, error->message);
        if (back->value.has_low != strict_cases[i].has_low
            || back->value.has_high != strict_cases[i].has_high
            || (back->value.has_low && back->value.low != strict_cases[i].back_low)
            || (back->value.has_high && back->value.high != strict_cases[i].back_high)
            || back->value.low_strict != strict_cases[i].back_low_strict
            || back->value.high_strict != strict_cases[i].back_high_strict)
            fail_msg("case %u \"%s\": read back [%g%s, %g%s]", i, strict_cases[i].name,
                     back->value.low, back->value.low_strict ? " strict" : "",
                     back->value.high, back->value.high_strict ? " strict" : "");
        g_autofree char *again = cc_claim_to_json_line(back);
        assert_string_equal(line, again);
    }
}

/* The record line is written directly; it must be what the JSON tree of
 * cc_claim_to_json() writes, for claims of every shape. */
static const struct {
    const char *name;
    CcClaimType type;
    CcValueKind kind;
    gboolean has_low, low_strict, has_high, high_strict, derived, approx, vague;
    double low, high, tolerance;
    const char *text, *unit, *attribution, *scope;
    guint32 as_of;
} shape_cases[] = {
    {"nulls everywhere", CC_CLAIM_QUANTITY, CC_VALUE_NONE, FALSE, FALSE, FALSE, FALSE, FALSE,
     FALSE, FALSE, 0, 0, 0, NULL, NULL, NULL, NULL, 0},
    {"an event", CC_CLAIM_EVENT, CC_VALUE_NUMBER, TRUE, FALSE, TRUE, FALSE, FALSE, FALSE, FALSE,
     1, 2, 0.1, "x", NULL, "he", NULL, 738000},
    {"a count, strict both", CC_CLAIM_QUANTITY, CC_VALUE_NUMBER, TRUE, TRUE, TRUE, TRUE, TRUE,
     TRUE, TRUE, 3000, 4000, 0.05, "more than 3,000", "person", NULL, "kyiv", 738000},
    {"a measure, strict", CC_CLAIM_QUANTITY, CC_VALUE_NUMBER, TRUE, TRUE, TRUE, TRUE, FALSE,
     FALSE, FALSE, 0.1, 2.5, 1e16, "0.1 to 2.5 kg", "kg", NULL, NULL, 0},
    {"a date", CC_CLAIM_DATE, CC_VALUE_DATE, TRUE, FALSE, TRUE, TRUE, FALSE, FALSE, FALSE,
     738000, 738030, 3, "February 2022", "day", "the ministry", NULL, 738000},
    {"open and odd numbers", CC_CLAIM_QUANTITY, CC_VALUE_NUMBER, FALSE, FALSE, TRUE, FALSE,
     FALSE, FALSE, FALSE, 0, -0.0, NAN, "\"q\"\t\x01\\ \xC3\xA9", "m", "a\nb", "s", 1},
    {"huge and infinite", CC_CLAIM_QUANTITY, CC_VALUE_NUMBER, TRUE, FALSE, TRUE, FALSE, FALSE,
     FALSE, FALSE, -9.5e15, INFINITY, 1.0 / 3, "x", NULL, NULL, NULL, 0},
};

static void
test_line_matches_tree(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(shape_cases); i++) {
        g_autoptr(CcClaim) c = shape_cases[i].kind == CC_VALUE_NONE ? cc_claim_new() : make_claim();
        c->type = shape_cases[i].type;
        c->value.kind = shape_cases[i].kind;
        c->value.has_low = shape_cases[i].has_low;
        c->value.low_strict = shape_cases[i].low_strict;
        c->value.has_high = shape_cases[i].has_high;
        c->value.high_strict = shape_cases[i].high_strict;
        c->value.derived = shape_cases[i].derived;
        c->value.approx = shape_cases[i].approx;
        c->value.vague = shape_cases[i].vague;
        c->value.low = shape_cases[i].low;
        c->value.high = shape_cases[i].high;
        c->value.unit = shape_cases[i].unit ? g_intern_string(shape_cases[i].unit) : NULL;
        if (c->value.unit != NULL && c->value.kind == CC_VALUE_NUMBER) {
            /* a stated figure in another unit, as "2 km" for 2000 m */
            c->value.orig_low = shape_cases[i].low / 1000;
            c->value.orig_high = shape_cases[i].high / 1000;
            c->value.orig_unit = g_intern_string("k\"m");
            /* and a change from another figure */
            c->value.has_from = i % 2 == 1;
            c->value.from = shape_cases[i].low * 3;
            c->value.orig_from = shape_cases[i].low * 3 / 1000;
        }
        c->tolerance = shape_cases[i].tolerance;
        c->tolerance_abs = i % 2 == 0;
        c->window_days = i * 7;
        c->cumulative = i % 3 == 0;
        c->as_of = shape_cases[i].as_of;
        c->span_start = i;
        c->span_end = i * 100;
        c->sentence_end = i * 1000;
        if (shape_cases[i].text != NULL) {
            g_free(c->text);
            c->text = g_strdup(shape_cases[i].text);
        }
        c->attribution = g_strdup(shape_cases[i].attribution);
        c->scope = g_strdup(shape_cases[i].scope);
        g_autofree char *line = cc_claim_to_json_line(c);
        g_autoptr(JsonNode) node = cc_claim_to_json(c);
        g_autoptr(GString) tree = g_string_new(NULL);
        cc_json_append(tree, node, -1);
        if (strcmp(line, tree->str) != 0)
            fail_msg("case %u \"%s\":\n line %s\n tree %s", i, shape_cases[i].name, line,
                     tree->str);
        /* and laid out as a report lays records out */
        for (int level = 0; level < 3; level++) {
            g_autoptr(GString) pretty = g_string_new(NULL);
            g_autoptr(GString) laid = g_string_new(NULL);
            cc_json_append_at(pretty, node, 2, level);
            cc_claim_append_json(laid, c, 2, level);
            if (strcmp(laid->str, pretty->str) != 0)
                fail_msg("case %u \"%s\", level %d:\n laid %s\n tree %s", i,
                         shape_cases[i].name, level, laid->str, pretty->str);
        }
    }
}

/* Records that must be refused, with the message they must carry. */
static const struct {
    const char *name;
    const char *json; /* appended after base_fields unless it starts with '!' */
    const char *want;
} must_fail[] = {
    {"not an object", "![1,2]", "a record must be a JSON object, got an array"},
    {"missing id", "!{\"source\":\"a\"}", "missing field \"id\""},
    {"id a number", "!{\"id\":3}", "field \"id\": expected a string, got a number"},
    /* json-glib turns the octal escape into the byte 0xA9 */
    {"id an octal escape", "!{\"id\":\"a\\251\"}", "field \"id\": not valid UTF-8"},
    {"unit an octal escape",
     ",\"type\":\"quantity\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":1,"
     "\"high\":1,\"unit\":\"\\251\"}",
     "field \"value.unit\": not valid UTF-8"},
    /* a tab or line break in a key would split "KEY<TAB>record" lines */
    {"a tab in the subject", ",\"type\":\"event\",\"subject\":\"\\ts\",\"predicate\":\"p\"",
     "field \"subject\": a control character (U+0009) in a name"},
    {"a line break in the key",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"key\":\"s/p\\n\"",
     "field \"key\": a control character (U+000A) in a name"},
    {"DEL in the object",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"object\":\"\\u007fo\"",
     "field \"object\": a control character (U+007F) in a name"},
    {"a tab in the scope",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":null,"
     "\"span\":{\"start\":0,\"end\":1,\"line\":1,\"column\":1},\"modality\":\"asserted\","
     "\"scope\":\"a\\tb\"",
     "field \"scope\": a control character (U+0009) in a name"},
    {"missing type", ",\"subject\":\"s\"", "missing field \"type\""},
    {"bad type", ",\"type\":\"amount\"", "field \"type\": \"amount\" is not one of"},
    {"missing predicate", ",\"type\":\"quantity\",\"subject\":\"s\"",
     "missing field \"predicate\""},
    {"missing value",
     ",\"type\":\"quantity\",\"subject\":\"s\",\"predicate\":\"p\"",
     "missing field \"value\""},
    {"low is a string",
     ",\"type\":\"quantity\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":\"3\","
     "\"high\":3}",
     "field \"value.low\": expected a number or null, got a string"},
    {"date not ISO",
     ",\"type\":\"date\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":\"2022-02-30\","
     "\"high\":null}",
     "field \"value.low\": \"2022-02-30\" is not a date"},
    {"low above high",
     ",\"type\":\"quantity\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":5,"
     "\"high\":3}",
     "low is greater than high"},
    {"event with a value",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{}",
     "field \"value\": expected null for an event, got an object"},
    {"approx not boolean",
     ",\"type\":\"quantity\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":1,"
     "\"high\":1,\"approx\":1}",
     "field \"value.approx\": expected true or false, got a number"},
    {"missing span",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":null",
     "missing field \"span\""},
    {"span.line zero",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":null,\"span\":"
     "{\"start\":0,\"end\":1,\"line\":0,\"column\":1}",
     "field \"span.line\": 0 is out of range"},
    {"span.start fractional",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":null,\"span\":"
     "{\"start\":0.5,\"end\":1,\"line\":1,\"column\":1}",
     "field \"span.start\": expected an integer, got a number"},
    {"bad modality",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":null,\"span\":"
     "{\"start\":0,\"end\":1,\"line\":1,\"column\":1},\"modality\":\"maybe\"",
     "field \"modality\": \"maybe\" is not one of"},
    {"bad as_of",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":null,\"span\":"
     "{\"start\":0,\"end\":1,\"line\":1,\"column\":1},\"modality\":\"asserted\",\"as_of\":"
     "\"yesterday\"",
     "field \"as_of\": \"yesterday\" is not a date"},
    {"as_of_end before as_of",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":null,\"span\":"
     "{\"start\":0,\"end\":1,\"line\":1,\"column\":1},\"modality\":\"asserted\",\"as_of\":"
     "\"2025-03-01\",\"as_of_end\":\"2025-02-28\"",
     "field \"as_of_end\": \"2025-02-28\" is not a date (YYYY-MM-DD) on or after \"as_of\""},
    {"negative tolerance",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":null,\"span\":"
     "{\"start\":0,\"end\":1,\"line\":1,\"column\":1},\"modality\":\"asserted\","
     "\"tolerance\":-1",
     "field \"tolerance\": expected a non-negative number"},
    {"tolerance past 1000%",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":null,\"span\":"
     "{\"start\":0,\"end\":1,\"line\":1,\"column\":1},\"modality\":\"asserted\","
     "\"tolerance\":1.7e308",
     "field \"tolerance\": 1.7e+308 is out of range"},
    {"absolute tolerance past 1e15",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":null,\"span\":"
     "{\"start\":0,\"end\":1,\"line\":1,\"column\":1},\"modality\":\"asserted\","
     "\"tolerance\":2e15,\"tolerance_abs\":true",
     "field \"tolerance\": 2e+15 is out of range"},
    {"stated without a unit",
     ",\"type\":\"quantity\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":1,"
     "\"high\":1,\"stated\":{\"low\":1,\"high\":1}}",
     "missing field \"value.stated.unit\""},
    {"stated low a string",
     ",\"type\":\"quantity\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":1,"
     "\"high\":1,\"stated\":{\"low\":\"1\",\"high\":1,\"unit\":\"km\"}}",
     "field \"value.stated.low\": expected a number, got a string"},
    {"stated end where the value's is open",
     ",\"type\":\"quantity\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":1,"
     "\"high\":null,\"stated\":{\"low\":1,\"high\":2,\"unit\":\"km\"}}",
     "field \"value.stated.high\": expected null where the value's end is open"},
    {"stated low above high",
     ",\"type\":\"quantity\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":1,"
     "\"high\":2,\"stated\":{\"low\":3,\"high\":2,\"unit\":\"km\"}}",
     "field \"value.stated\": low is greater than high"},
    {"from a string",
     ",\"type\":\"quantity\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":1,"
     "\"high\":1,\"from\":\"2\"}",
     "field \"value.from\": expected a number, got a string"},
    {"from on a date",
     ",\"type\":\"date\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":"
     "\"2022-02-01\",\"high\":null,\"from\":3}",
     "field \"value.from\": expected null for a date"},
    {"share on a date",
     ",\"type\":\"date\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":"
     "\"2022-02-01\",\"high\":null,\"share\":{\"low\":0.5,\"high\":0.5,\"of_low\":2,"
     "\"of_high\":2}}",
     "field \"value.share\": expected null for a date"},
    {"share without its figure",
     ",\"type\":\"quantity\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":1,"
     "\"high\":1,\"share\":{\"low\":0.5,\"high\":0.5}}",
     "missing field \"value.share.of_low\""},
    {"product on a date",
     ",\"type\":\"date\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":"
     "\"2022-02-01\",\"high\":null,\"product\":{\"factor\":2,\"of_low\":2,\"of_high\":2}}",
     "field \"value.product\": expected null for a date"},
    {"product without its size",
     ",\"type\":\"quantity\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":4,"
     "\"high\":4,\"product\":{\"factor\":2}}",
     "missing field \"value.product.of_low\""},
    {"stated on a date",
     ",\"type\":\"date\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":"
     "\"2022-02-01\",\"high\":null,\"stated\":{\"low\":1,\"high\":null,\"unit\":\"d\"}}",
     "field \"value.stated\": expected null for a date"},
    {"stated unit an octal escape",
     ",\"type\":\"quantity\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":{\"low\":1,"
     "\"high\":1,\"stated\":{\"low\":1,\"high\":1,\"unit\":\"\\251\"}}",
     "field \"value.stated.unit\": not valid UTF-8"},
    {"window a string",
     ",\"type\":\"event\",\"subject\":\"s\",\"predicate\":\"p\",\"value\":null,\"span\":"
     "{\"start\":0,\"end\":1,\"line\":1,\"column\":1},\"modality\":\"asserted\","
     "\"window\":\"30\"",
     "field \"window\": expected an integer, got a string"},
};

static void
test_must_fail(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(must_fail); i++) {
        g_autofree char *json = must_fail[i].json[0] == '!'
                                    ? g_strdup(must_fail[i].json + 1)
                                    : g_strdup_printf("{%s%s}", base_fields, must_fail[i].json);
        g_autoptr(GError) error = NULL;
        g_autoptr(CcClaim) c = parse_claim(json, &error);
        if (c != NULL)
            fail_msg("case %u \"%s\": accepted %s", i, must_fail[i].name, json);
        assert_non_null(error);
        if (!g_error_matches(error, CC_ERROR, CC_ERROR_INPUT)
            || strstr(error->message, must_fail[i].want) == NULL)
            fail_msg("case %u \"%s\": got \"%s\", want \"%s\"", i, must_fail[i].name,
                     error->message, must_fail[i].want);
        /* The line's reader (yajl's events, no tree) says the same. */
        g_autoptr(GError) line_error = NULL;
        g_autoptr(CcClaim) l = cc_claim_from_json_line(json, strlen(json), "name", 1, 1,
                                                       &line_error);
        if (l != NULL)
            fail_msg("case %u \"%s\": the line's reader accepted %s", i, must_fail[i].name,
                     json);
        /* json-glib's octal escapes ("\\251") are no JSON to yajl */
        gboolean tree_only = strstr(json, "\\251") != NULL;
        g_autofree char *want = tree_only
                                    ? g_strdup("name:1:")
                                    : g_strconcat("name:1:1: ", error->message, NULL);
        if (!g_str_has_prefix(line_error->message, want))
            fail_msg("case %u \"%s\": the line's reader said \"%s\", want \"%s\"", i,
                     must_fail[i].name, line_error->message, want);
    }
}

/* The line's reader takes only the members a record has, where a record
 * has them; a member given twice is its last value, an object given twice
 * the second object whole (as json-glib's tree keeps them). */
static const struct {
    const char *name;
    const char *before, *after; /* put around the good record's members */
    const char *want;           /* NULL: reads as the tree does; else the error */
    gboolean tree_differs;      /* json-glib's tree reads it otherwise */
} line_shapes[] = {
    {"members of other places passed over",
     "\"x\":[{\"id\":3,\"span\":null}],\"y\":{\"value\":7,\"type\":[\"date\"]},", "", NULL,
     FALSE},
    {"a member twice, the last kept", "\"id\":\"first\",", ",\"id\":\"last\"", NULL, FALSE},
    {"an object twice, the second whole", "",
     ",\"value\":{\"low\":5,\"high\":6},\"span\":{\"start\":1,\"end\":2,\"line\":3,"
     "\"column\":4}",
     NULL, FALSE},
    {"a record's member inside an array", "", ",\"sentence\":[{\"start\":1}]",
     "field \"sentence\": expected an object or null, got an array", FALSE},
    {"an integer past 64 bits", "", ",\"window\":99999999999999999999",
     "field \"window\": 9223372036854775807 is out of range", TRUE},
    {"a number past a double", "", ",\"tolerance\":1e400",
     "field \"tolerance\": expected a non-negative number, got a number", FALSE},
    {"a fraction where an integer goes", "", ",\"window\":30.0",
     "field \"window\": expected an integer, got a number", FALSE},
};

static void
test_line_shapes(void **state)
{
    (void)state;
    const char *good = round_trips[0].json;
    gsize n = strlen(good);
    for (guint i = 0; i < G_N_ELEMENTS(line_shapes); i++) {
        g_autofree char *json = g_strdup_printf("{%s%.*s%s}", line_shapes[i].before,
                                                (int)(n - 2), good + 1, line_shapes[i].after);
        g_autoptr(GError) error = NULL;
        g_autoptr(CcClaim) line = cc_claim_from_json_line(json, strlen(json), "name", 1, 1,
                                                          &error);
        g_autoptr(GError) tree_error = NULL;
        g_autoptr(CcClaim) tree = parse_claim(json, &tree_error);
        if (line_shapes[i].want != NULL) {
            if (line != NULL)
                fail_msg("case %u \"%s\": accepted", i, line_shapes[i].name);
            g_autofree char *want = g_strconcat("name:1:1: ", line_shapes[i].want, NULL);
            if (strcmp(error->message, want) != 0)
                fail_msg("case %u \"%s\": got \"%s\", want \"%s\"", i, line_shapes[i].name,
                         error->message, want);
            if (!line_shapes[i].tree_differs
                && (tree != NULL || strcmp(tree_error->message, line_shapes[i].want) != 0))
                fail_msg("case %u \"%s\": the tree said %s", i, line_shapes[i].name,
                         tree ? "nothing" : tree_error->message);
            continue;
        }
        if (line == NULL)
            fail_msg("case %u \"%s\": %s", i, line_shapes[i].name, error->message);
        if (tree == NULL)
            fail_msg("case %u \"%s\": the tree: %s", i, line_shapes[i].name,
                     tree_error->message);
        g_autofree char *a = cc_claim_to_json_line(line);
        g_autofree char *b = cc_claim_to_json_line(tree);
        if (strcmp(a, b) != 0)
            fail_msg("case %u \"%s\":\n line %s\n tree %s", i, line_shapes[i].name, a, b);
    }
}

/* A record without a key member gets the one its triple implies; a
 * "value" record has none. */
static void
test_key_defaults(void **state)
{
    (void)state;
    g_autoptr(GError) error = NULL;
    g_autoptr(CcClaim) a = parse_claim(
        "{\"id\":\"a#1\",\"source\":\"a\",\"type\":\"event\",\"subject\":\"s\",\"predicate\":"
        "\"p\",\"object\":\"o\",\"value\":null,\"span\":{\"start\":0,\"end\":1,\"line\":1,"
        "\"column\":1},\"modality\":\"asserted\"}",
        &error);
    assert_non_null(a);
    assert_string_equal(a->key, "s/p/o");
    g_autoptr(CcClaim) b = parse_claim(
        "{\"id\":\"a#2\",\"source\":\"a\",\"type\":\"quantity\",\"subject\":null,\"predicate\":"
        "\"value\",\"value\":{\"low\":1,\"high\":1},\"span\":{\"start\":0,\"end\":1,\"line\":1,"
        "\"column\":1},\"modality\":\"asserted\"}",
        &error);
    assert_non_null(b);
    assert_null(b->key);
    assert_int_equal(b->sentence_start, 0);
    assert_int_equal(b->sentence_end, 1);
}

static char *
write_temp(const char *contents)
{
    char *path = g_build_filename(g_get_tmp_dir(), "cc-test-claim-XXXXXX.jsonl", NULL);
    int fd = g_mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    assert_true(g_file_set_contents(path, contents, -1, NULL));
    return path;
}

static const struct {
    const char *name;
    const char *contents;
    const char *want; /* NULL: must read; else the error after "PATH:" */
    guint count;
} jsonl_cases[] = {
    {"two records, blank lines skipped", "\n%s\n   \n%s\n", NULL, 2},
    {"CRLF line ends", "%s\r\n%s\r\n", NULL, 2},
    {"empty file", "", NULL, 0},
    {"malformed JSON on line 2", "%s\n{\"id\": x}\n", ":2:8: invalid JSON: ", 0},
    {"bad record on line 3", "%s\n%s\n  {\"id\":\"z\"}\n", ":3:3: missing field \"source\"", 0},
    {"truncated record", "%s\n{\"id\":\"a\",", ":2:", 0},
};

static void
test_read_jsonl(void **state)
{
    (void)state;
    const char *good = round_trips[0].json;
    for (guint i = 0; i < G_N_ELEMENTS(jsonl_cases); i++) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
        g_autofree char *contents = g_strdup_printf(jsonl_cases[i].contents, good, good);
#pragma GCC diagnostic pop
        g_autofree char *path = write_temp(contents);
        g_autoptr(GError) error = NULL;
        g_autoptr(GPtrArray) claims = cc_claims_read_jsonl(path, &error);
        if (jsonl_cases[i].want == NULL) {
            if (claims == NULL)
                fail_msg("case %u \"%s\": %s", i, jsonl_cases[i].name, error->message);
            if (claims->len != jsonl_cases[i].count)
                fail_msg("case %u \"%s\": got %u records, want %u", i, jsonl_cases[i].name,
                         claims->len, jsonl_cases[i].count);
        } else {
            if (claims != NULL)
                fail_msg("case %u \"%s\": accepted", i, jsonl_cases[i].name);
            g_autofree char *want = g_strconcat(path, jsonl_cases[i].want, NULL);
            if (!g_str_has_prefix(error->message, want))
                fail_msg("case %u \"%s\": got \"%s\", want prefix \"%s\"", i,
                         jsonl_cases[i].name, error->message, want);
        }
        unlink(path);
    }
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) none = cc_claims_read_jsonl("/nonexistent/records.jsonl", &error);
    assert_null(none);
    assert_true(g_error_matches(error, CC_ERROR, CC_ERROR_IO));
    assert_non_null(strstr(error->message, "/nonexistent/records.jsonl"));
}

/* One line read on its own, starting at a given column (after a
 * "KEY<TAB>" prefix, say): errors count columns from there. */
static const struct {
    const char *name;
    const char *text; /* %s: a good record */
    guint column;
    const char *want; /* NULL: must read; else the error's prefix */
} line_cases[] = {
    {"a record at column 1", "%s", 1, NULL},
    {"a record after a prefix", "%s", 40, NULL},
    {"malformed JSON, column moved by the prefix", "{\"id\": x}", 11, "name:7:18: invalid JSON: "},
    {"missing field, column of the object", "  {\"id\":\"z\"}", 5,
     "name:7:7: missing field \"source\""},
    {"invalid UTF-8 after two characters", "\"\xc3\xa9\xff\"", 3, "name:7:5: invalid UTF-8"},
    {"65 levels of nesting, refused unparsed",
     "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", 1,
     "name:7:65: JSON nested deeper than 64 levels"},
    {"64 levels are parsed", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", 1,
     "name:7:64: invalid JSON: unexpected end of file"},
    {"\\u0000 in a nested member, named", "{\"value\":{\"unit\":\"a\\u0000\"}}", 1,
     "name:7:20: field \"value.unit\": holds a NUL character (\\u0000)"},
    {"an escaped backslash before u0000 is no NUL", "{\"id\":\"\\\\u0000\"}", 1,
     "name:7:1: missing field \"source\""},
};

static void
test_from_json_line(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(line_cases); i++) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
        g_autofree char *text = g_strdup_printf(line_cases[i].text, round_trips[0].json);
#pragma GCC diagnostic pop
        g_autoptr(GError) error = NULL;
        g_autoptr(CcClaim) claim = cc_claim_from_json_line(text, strlen(text), "name", 7,
                                                           line_cases[i].column, &error);
        if (line_cases[i].want == NULL) {
            if (claim == NULL)
                fail_msg("case %u \"%s\": %s", i, line_cases[i].name, error->message);
        } else {
            if (claim != NULL)
                fail_msg("case %u \"%s\": accepted", i, line_cases[i].name);
            if (!g_str_has_prefix(error->message, line_cases[i].want))
                fail_msg("case %u \"%s\": got \"%s\", want prefix \"%s\"", i,
                         line_cases[i].name, error->message, line_cases[i].want);
        }
    }
}

/* Lines where simdjson and yajl could read otherwise: each must give the
 * same record, or the same error, by cc_claim_from_json_line (simdjson
 * first) as by yajl alone. %s: a good record's members, without braces. */
static const struct {
    const char *name;
    const char *text;
    gboolean reads; /* the line must read (else it must be refused) */
} reader_cases[] = {
    {"the good record", "{%s}", TRUE},
    {"a member twice, the last kept", "{%s,\"text\":\"one\",\"text\":\"two\"}", TRUE},
    {"an object member twice", "{%s,\"span\":{\"start\":1},\"span\":{\"start\":2,\"end\":3,"
     "\"line\":1,\"column\":1}}", TRUE},
    {"unknown members of every kind", "{%s,\"x\":[1,{\"a\":[]},null,true,\"s\",-0.5e-3]}", TRUE},
    {"-0 as an integer", "{%s,\"window\":-0}", TRUE},
    {"19 digits", "{%s,\"span\":{\"start\":1234567890123456789,\"end\":1234567890123456789,"
     "\"line\":1,\"column\":1}}", TRUE},
    {"past 2^63 - 1", "{%s,\"window\":9223372036854775808}", FALSE},
    {"past 2^64", "{%s,\"window\":18446744073709551616}", FALSE},
    {"an integer with an exponent is a number", "{%s,\"window\":1e2}", FALSE},
    {"1e400", "{%s,\"tolerance\":1e400}", FALSE},
    {"1e-400", "{%s,\"tolerance\":1e-400}", TRUE},
    {"escapes and a surrogate pair", "{%s,\"attribution\":\"\\u00e9\\ud83d\\ude00\\n\\/\"}", TRUE},
    {"a lone surrogate", "{%s,\"attribution\":\"\\ud800\"}", TRUE},
    {"a lone low surrogate", "{%s,\"attribution\":\"a\\udc00b\"}", FALSE},
    {"\\u0000", "{%s,\"attribution\":\"a\\u0000\"}", FALSE},
    {"a raw tab in a string", "{%s,\"attribution\":\"a\tb\"}", FALSE},
    {"DEL in a string", "{%s,\"attribution\":\"a\x7f\"}", TRUE},
    {"a trailing comma", "{%s,}", FALSE},
    {"two values", "{%s} {}", FALSE},
    {"a brace too many", "{%s}}", FALSE},
    {"a byte-order mark", "\xef\xbb\xbf{%s}", FALSE},
    {"space around", " \t{%s}\r ", TRUE},
    {"a comment", "{%s /* c */}", FALSE},
    {"single quotes", "{%s,'a':1}", FALSE},
    {"a leading zero", "{%s,\"window\":01}", FALSE},
    {"a bare dot", "{%s,\"tolerance\":.5}", FALSE},
    {"true misspelt", "{%s,\"cumulative\":tru}", FALSE},
    {"nested 64 deep", "{%s,\"x\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}", FALSE},
    {"not an object", "[{%s}]", FALSE},
};

static void
test_readers_agree(void **state)
{
    (void)state;
    g_autofree char *members = g_strndup(round_trips[0].json + 1, strlen(round_trips[0].json) - 2);
    for (guint i = 0; i < G_N_ELEMENTS(reader_cases); i++) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
        g_autofree char *text = g_strdup_printf(reader_cases[i].text, members);
#pragma GCC diagnostic pop
        g_autoptr(GError) e1 = NULL;
        g_autoptr(GError) e2 = NULL;
        g_autoptr(CcClaim) c1 = cc_claim_from_json_line(text, strlen(text), "name", 3, 1, &e1);
        g_autoptr(CcClaim) c2 =
            cc_claim_from_json_line_yajl(text, strlen(text), "name", 3, 1, &e2);
        if ((c1 != NULL) != reader_cases[i].reads)
            fail_msg("case %u \"%s\": %s", i, reader_cases[i].name,
                     c1 != NULL ? "read" : e1->message);
        if ((c1 == NULL) != (c2 == NULL))
            fail_msg("case %u \"%s\": simdjson %s, yajl %s", i, reader_cases[i].name,
                     c1 != NULL ? "read it" : e1->message, c2 != NULL ? "read it" : e2->message);
        if (c1 == NULL) {
            if (strcmp(e1->message, e2->message) != 0)
                fail_msg("case %u \"%s\": \"%s\" against yajl's \"%s\"", i,
                         reader_cases[i].name, e1->message, e2->message);
            continue;
        }
        g_autofree char *l1 = cc_claim_to_json_line(c1);
        g_autofree char *l2 = cc_claim_to_json_line(c2);
        if (strcmp(l1, l2) != 0)
            fail_msg("case %u \"%s\": %s\nagainst yajl's\n%s", i, reader_cases[i].name, l1, l2);
    }
    /* A line past the 1 MiB simdjson reads goes to yajl, and reads. */
    g_autofree char *filler = g_strnfill((gsize)1 << 20, 'a');
    g_autofree char *long_line = g_strdup_printf("{%s,\"attribution\":\"%s\"}", members, filler);
    g_autoptr(GError) error = NULL;
    g_autoptr(CcClaim) claim =
        cc_claim_from_json_line(long_line, strlen(long_line), "name", 3, 1, &error);
    if (claim == NULL)
        fail_msg("a line of 1 MiB: %s", error->message);
    assert_int_equal(strlen(claim->attribution), (gsize)1 << 20);
}

/* Records read into an arena (as `compare --records` reads them) are the
 * records cc_claim_from_json_line() gives, or its errors, and stay whole
 * while later lines are read into the same arena: the reader cases, the
 * bad records, keys made from the triple (written after the strings), a
 * line longer than the arena's blocks, and a good line after each. */
static void
check_arena_line(CcClaimArena *arena, const char *text, GPtrArray *kept, GPtrArray *want)
{
    g_autoptr(GError) e1 = NULL;
    g_autoptr(GError) e2 = NULL;
    g_autoptr(CcClaim) c1 = cc_claim_from_json_line(text, strlen(text), "name", 3, 1, &e1);
    CcClaim *c2 = cc_claim_from_json_line_in(arena, text, strlen(text), "name", 3, 1, &e2);
    if ((c1 == NULL) != (c2 == NULL))
        fail_msg("%.200s: %s, in an arena %s", text, c1 != NULL ? "read it" : e1->message,
                 c2 != NULL ? "read it" : e2->message);
    if (c1 == NULL) {
        assert_string_equal(e1->message, e2->message);
        return;
    }
    g_ptr_array_add(kept, c2);
    g_ptr_array_add(want, cc_claim_to_json_line(c1));
}

static void
test_arena(void **state)
{
    (void)state;
    g_autofree char *members = g_strndup(round_trips[0].json + 1, strlen(round_trips[0].json) - 2);
    g_autofree char *good = g_strdup_printf("{%s}", members);
    g_autoptr(CcClaimArena) arena = cc_claim_arena_new();
    g_autoptr(GPtrArray) kept = g_ptr_array_new();
    g_autoptr(GPtrArray) want = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < G_N_ELEMENTS(reader_cases); i++) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
        g_autofree char *text = g_strdup_printf(reader_cases[i].text, members);
#pragma GCC diagnostic pop
        check_arena_line(arena, text, kept, want);
        check_arena_line(arena, good, kept, want);
    }
    for (guint i = 0; i < G_N_ELEMENTS(must_fail); i++) {
        g_autofree char *json = must_fail[i].json[0] == '!'
                                    ? g_strdup(must_fail[i].json + 1)
                                    : g_strdup_printf("{%s%s}", base_fields, must_fail[i].json);
        check_arena_line(arena, json, kept, want);
        check_arena_line(arena, good, kept, want);
    }
    /* Keys made from the triple, with escapes that make the strings
     * shorter than their JSON, and members in another order. */
    static const char *const keyed[] = {
        "{\"id\":\"a#1\",\"source\":\"a\",\"type\":\"event\",\"subject\":\"s\",\"predicate\":"
        "\"p\",\"object\":\"o\",\"value\":null,\"span\":{\"start\":0,\"end\":1,\"line\":1,"
        "\"column\":1},\"modality\":\"asserted\"}",
        "{\"id\":\"a#1\",\"source\":\"a\",\"type\":\"event\",\"subject\":\"\\u00e9\\u00e9\","
        "\"predicate\":\"\\/p\",\"value\":null,\"span\":{\"start\":0,\"end\":1,\"line\":1,"
        "\"column\":1},\"modality\":\"asserted\"}",
        "{\"subject\":\"s\",\"predicate\":\"p\",\"object\":\"o\",\"id\":\"\",\"source\":\"\","
        "\"type\":\"event\",\"span\":{\"start\":0,\"end\":0,\"line\":1,\"column\":1},"
        "\"modality\":\"asserted\"}",
    };
    for (guint i = 0; i < G_N_ELEMENTS(keyed); i++) {
        check_arena_line(arena, keyed[i], kept, want);
        check_arena_line(arena, good, kept, want);
    }
    /* A line longer than a block (1 MiB), read by simdjson and by yajl. */
    for (gsize n = ((gsize)1 << 20) - 600; n <= ((gsize)1 << 20) + 10; n += 305) {
        g_autofree char *filler = g_strnfill(n, 'a');
        g_autofree char *long_line =
            g_strdup_printf("{%s,\"attribution\":\"%s\"}", members, filler);
        check_arena_line(arena, long_line, kept, want);
        check_arena_line(arena, good, kept, want);
    }
    assert_true(kept->len > 40);
    for (guint i = 0; i < kept->len; i++) {
        g_autofree char *line = cc_claim_to_json_line(kept->pdata[i]);
        if (strcmp(line, want->pdata[i]) != 0)
            fail_msg("record %u changed in the arena:\n%.300s\nagainst\n%.300s", i, line,
                     (char *)want->pdata[i]);
    }
    /* A second arena's records moved into the first stay whole. */
    g_autoptr(CcClaimArena) other = cc_claim_arena_new();
    CcClaim *moved = cc_claim_from_json_line_in(other, good, strlen(good), "name", 1, 1, NULL);
    assert_non_null(moved);
    cc_claim_arena_adopt(arena, other);
    g_clear_pointer(&other, cc_claim_arena_free);
    g_autofree char *moved_line = cc_claim_to_json_line(moved);
    assert_string_equal(moved_line, want->pdata[1]);
}

static void
test_names(void **state)
{
    (void)state;
    for (int m = CC_MODALITY_ASSERTED; m <= CC_MODALITY_DISPUTED; m++) {
        CcModality back;
        assert_true(cc_modality_from_string(cc_modality_to_string((CcModality)m), &back));
        assert_int_equal(back, m);
    }
    CcModality out = CC_MODALITY_ASSERTED;
    assert_false(cc_modality_from_string("Asserted", &out));
    assert_string_equal(cc_claim_type_to_string(CC_CLAIM_DATE), "date");
    cc_claim_free(NULL);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),   cmocka_unit_test(test_strict_bounds),
        cmocka_unit_test(test_must_fail),    cmocka_unit_test(test_key_defaults),
        cmocka_unit_test(test_read_jsonl),   cmocka_unit_test(test_names),
        cmocka_unit_test(test_from_json_line), cmocka_unit_test(test_line_matches_tree),
        cmocka_unit_test(test_line_shapes), cmocka_unit_test(test_readers_agree), cmocka_unit_test(test_arena),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
