/* SPDX-License-Identifier: MIT */
/* Tests for check.c: a figure a draft gives to a named speaker, whom the
 * references never quote on it and who give it only to a speaker of
 * another country, told by the words of a lexicon passed in
 * CcCheckOptions.speakers: whole words, never parts of one; no lexicon,
 * no such error. */
#include <claimcheck/claimcheck.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

/* A troop figure of source @source, said by @who (NULL: nobody). */
static CcClaim *
said_claim(const char *source, const char *who, double value)
{
    CcClaim *c = cc_claim_new();
    c->id = g_strdup_printf("%s#1", source);
    c->source = g_strdup(source);
    c->file = g_strdup_printf("refs/%s.txt", source);
    c->rule = g_strdup("troops_deployed");
    c->subject = g_strdup("north_korea");
    c->predicate = g_strdup("troops_deployed");
    c->object = g_strdup("russia");
    c->key = g_strdup("north_korea/troops_deployed/russia");
    c->value.kind = CC_VALUE_NUMBER;
    c->value.low = value;
    c->value.high = value;
    c->value.has_low = TRUE;
    c->value.has_high = TRUE;
    c->value.approx = TRUE;
    c->value.unit = g_intern_string("person");
    c->text = g_strdup_printf("about %g troops", value);
    c->span_start = 10;
    c->span_end = 25;
    c->line = 1;
    c->column = 11;
    c->sentence_start = 0;
    c->sentence_end = 60;
    c->tolerance = 0.1;
    c->window_days = 30;
    c->as_of = 2460620;
    c->modality = who != NULL ? CC_MODALITY_REPORTED : CC_MODALITY_ASSERTED;
    c->attribution = g_strdup(who);
    return c;
}

/* A small lexicon as a rule pack writes it: parties named in `parties` and
 * resolved by `entities`, and the words only a speaker's country needs in
 * `speaker_countries`. "us" and "ukrain" are there so that a match inside
 * a word ("BUS", "Ukrainianists") would show. */
static CcLexicon *
small_lexicon(void)
{
    static const char *const rows[][3] = {
        {"parties", "ukraine", ""},
        {"parties", "ukrainian", ""},
        {"parties", "south korea", ""},
        {"parties", "seoul", ""},
        {"parties", "north korea", ""},
        {"parties", "the united states", ""},
        {"entities", "ukraine", "ukraine"},
        {"entities", "ukrainian", "ukraine"},
        {"entities", "south korea", "south_korea"},
        {"entities", "seoul", "south_korea"},
        {"entities", "north korea", "north_korea"},
        {"entities", "the united states", "united_states"},
        /* named, but no party: no country of a speaker */
        {"entities", "wave", "batch"},
        {"speaker_countries", "ukrain", "ukraine"},
        {"speaker_countries", "us", "united_states"},
        {"speaker_countries", "pentagon", "united_states"},
        {"speaker_countries", "nis", "south_korea"},
        {"speaker_countries", "gur", "ukraine"},
        {"speaker_countries", "budanov", "ukraine"},
    };
    CcLexicon *lexicon = cc_lexicon_new();
    for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
        GError *error = NULL;
        if (!cc_lexicon_add(lexicon, rows[i][0], rows[i][1], rows[i][2], NULL, 0, &error))
            fail_msg("%s", error->message);
    }
    return lexicon;
}

/* The diagnostic of a draft figure said by @draft_who against one
 * reference giving the same figure, said by @ref_who; @lexicon may be
 * NULL. (transfer full) */
static CcDiagnostic *
judged(const CcLexicon *lexicon, const char *draft_who, const char *ref_who, CcCheck **check)
{
    GPtrArray *draft = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    g_ptr_array_add(draft, said_claim("draft", draft_who, 12000));
    GPtrArray *refs = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    g_ptr_array_add(refs, said_claim("ref", ref_who, 12000));
    CcCheckOptions options;
    cc_check_options_init(&options);
    options.speakers = lexicon;
    *check = cc_check_run(draft, refs, &options);
    g_ptr_array_unref(draft);
    g_ptr_array_unref(refs);
    return cc_check_diagnostics(*check)->pdata[0];
}

/* Whether the draft's figure, said by @draft_who, is an error for being
 * given to another speaker than @ref_who. */
static gboolean
misattributed(const CcLexicon *lexicon, const char *draft_who, const char *ref_who)
{
    CcCheck *check = NULL;
    const CcDiagnostic *d = judged(lexicon, draft_who, ref_who, &check);
    gboolean error = d->severity == CC_SEVERITY_ERROR;
    gboolean said = strstr(d->message, "give this figure to another") != NULL;
    if (error != said)
        fail_msg("%s against %s: %s %s", draft_who != NULL ? draft_who : "(nobody)",
                 ref_who != NULL ? ref_who : "(nobody)", cc_severity_to_string(d->severity),
                 d->message);
    cc_check_free(check);
    return said;
}

/* Speakers of two countries, by names, possessives (straight and curly),
 * demonyms and the words of `speaker_countries`, in any case: an error,
 * whose message names both speakers. */
static void
test_other_country(void **state)
{
    (void)state;
    g_autoptr(CcLexicon) lexicon = small_lexicon();
    assert_true(
        misattributed(lexicon, "Ukraine's military intelligence", "South Korea's spy agency"));
    assert_true(misattributed(lexicon, "Ukraine’s military intelligence", "the NIS"));
    assert_true(misattributed(lexicon, "Military intelligence chief Kyrylo Budanov", "Seoul"));
    assert_true(misattributed(lexicon, "Ukrainian intelligence (GUR)", "the PENTAGON"));
    assert_true(misattributed(lexicon, "the NIS", "US officials"));
    assert_true(misattributed(lexicon, "officials in Seoul.", "the United States"));
    CcCheck *check = NULL;
    const CcDiagnostic *d = judged(lexicon, "Ukraine's military intelligence", "Seoul", &check);
    assert_int_equal(d->kind, CC_CHECK_CONFLICT);
    assert_non_null(strstr(d->message,
                           "according to Ukraine's military intelligence; the references never "
                           "quote Ukraine's military intelligence on it and give this figure to "
                           "another: "));
    cc_check_free(check);
}

/* Speakers of one country, of none known, or of two at once may be the
 * same: the figure stands. So does a figure the references quote the
 * draft's own speaker on, and one a draft states as its own. */
static void
test_same_or_unknown(void **state)
{
    (void)state;
    g_autoptr(CcLexicon) lexicon = small_lexicon();
    assert_false(misattributed(lexicon, "South Korea's spy agency", "Seoul"));
    assert_false(misattributed(lexicon, "the NIS", "South Korea's National Intelligence Service"));
    assert_false(misattributed(lexicon, "Ukraine's military intelligence", "a lawmaker"));
    assert_false(misattributed(lexicon, "officials", "Seoul"));
    assert_false(misattributed(lexicon, "South Korea's NIS, citing Ukraine", "the Pentagon"));
    assert_false(misattributed(lexicon, "the Pentagon", "Pentagon officials"));
    /* a name of `entities` no party has tells no country */
    assert_false(misattributed(lexicon, "the second wave's commander", "Seoul"));
    /* the draft states it itself: no speaker to hold it to */
    assert_false(misattributed(lexicon, NULL, "Seoul"));
}

/* Words are whole: "Ukrain" in "Ukrainianists", "US" in "BUS" or "USAID"
 * name no country, on the draft's side or the reference's. */
static void
test_whole_words(void **state)
{
    (void)state;
    g_autoptr(CcLexicon) lexicon = small_lexicon();
    assert_false(misattributed(lexicon, "Ukrainianists at the institute", "Seoul"));
    assert_false(misattributed(lexicon, "the BUS company", "Seoul"));
    assert_false(misattributed(lexicon, "Seoul", "Ukrainianists at the institute"));
    assert_false(misattributed(lexicon, "Seoul", "the BUS company"));
    assert_false(misattributed(lexicon, "Seoul", "USAID"));
    assert_false(misattributed(lexicon, "the Gurkha regiment", "Seoul"));
    /* the word itself does */
    assert_true(misattributed(lexicon, "Ukrain officials", "Seoul"));
    assert_true(misattributed(lexicon, "the bus company in the US", "Seoul"));
}

/* Without a lexicon no speaker's country is known: the rule is off, as
 * for claims checked from a store without rules. */
static void
test_no_lexicon(void **state)
{
    (void)state;
    assert_false(
        misattributed(NULL, "Ukraine's military intelligence", "South Korea's spy agency"));
    assert_false(misattributed(NULL, "the Pentagon", "Seoul"));
    CcCheckOptions options;
    cc_check_options_init(&options);
    assert_null(options.speakers);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_other_country),
        cmocka_unit_test(test_same_or_unknown),
        cmocka_unit_test(test_whole_words),
        cmocka_unit_test(test_no_lexicon),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
