/* SPDX-License-Identifier: MIT */
/* test_segment.c: sentence segmentation, table-driven. Each row gives a text
 * and its sentences joined by " | "; the seed articles' tricky spots are
 * rows of their own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <claimcheck/claimcheck.h>
#include <string.h>

#include "rules_reader.h"

typedef struct {
    const char *name;
    const char *text;
    const char *want; /* sentences joined by " | " */
} SegmentCase;

static const SegmentCase cases[] = {
    {"two plain sentences", "Troops arrived. They left.", "Troops arrived. | They left."},
    {"question and exclamation", "Why now? Nobody knows! Still.", "Why now? | Nobody knows! | Still."},
    {"U.S. before lower case", "U.S. intelligence has indicated it.",
     "U.S. intelligence has indicated it."},
    {"U.S. before a name", "The U.S. Army said so. Then it left.",
     "The U.S. Army said so. | Then it left."},
    {"U.S. ends a sentence before The", "Sanctions came from the U.S. The move followed.",
     "Sanctions came from the U.S. | The move followed."},
    {"U.N. Security Council", "He spoke at the U.N. Security Council on Monday. It voted.",
     "He spoke at the U.N. Security Council on Monday. | It voted."},
    {"Mr. title", "Mr. Putin met Mr. Kim. They talked.", "Mr. Putin met Mr. Kim. | They talked."},
    {"Dr. title", "Dr. Howell disagrees. So do others.", "Dr. Howell disagrees. | So do others."},
    {"Gen. and Lt.", "Gen. Kim and Lt. Park arrived. Then came the rest.",
     "Gen. Kim and Lt. Park arrived. | Then came the rest."},
    {"title before The", "He met Gen. The Younger.", "He met Gen. The Younger."},
    {"Feb. date", "On Feb. 24, 2022 Russia invaded. War followed.",
     "On Feb. 24, 2022 Russia invaded. | War followed."},
    {"Sept. date", "By Sept. 5 the troops were there. Later more came.",
     "By Sept. 5 the troops were there. | Later more came."},
    {"Feb. at sentence end", "They met in Feb. The talks failed.",
     "They met in Feb. | The talks failed."},
    {"No. 2 before digit", "He is the No. 2 official. He spoke.", "He is the No. 2 official. | He spoke."},
    {"No. as an answer", "The answer is no. No. That is final.",
     "The answer is no. | No. | That is final."},
    {"vs.", "Russia vs. Ukraine is the match. It goes on.",
     "Russia vs. Ukraine is the match. | It goes on."},
    {"e.g.", "Arms, e.g. shells, were sent. More followed.",
     "Arms, e.g. shells, were sent. | More followed."},
    {"e.g. with comma", "Arms, e.g., shells, were sent.", "Arms, e.g., shells, were sent."},
    {"i.e. before capital", "The leader, i.e. Kim, agreed. Done.",
     "The leader, i.e. Kim, agreed. | Done."},
    {"initial", "Kim J. Un arrived. He waved.", "Kim J. Un arrived. | He waved."},
    {"two initials", "J. R. R. Tolkien wrote it. We read it.",
     "J. R. R. Tolkien wrote it. | We read it."},
    {"decimal", "About 1.5 million shells were sent. Then more.",
     "About 1.5 million shells were sent. | Then more."},
    {"money", "Aid worth $3.5m was sent. It helped.", "Aid worth $3.5m was sent. | It helped."},
    {"number at end", "The invasion began in 2022. 50,000 troops followed.",
     "The invasion began in 2022. | 50,000 troops followed."},
    {"ellipsis before capital", "He paused... Then he spoke.", "He paused... | Then he spoke."},
    {"ellipsis before lower case", "He paused... and then spoke.", "He paused... and then spoke."},
    {"unicode ellipsis before capital", "It waited… Then it moved.", "It waited… | Then it moved."},
    {"unicode ellipsis mid-sentence", "The troops… some 11,000… arrived.",
     "The troops… some 11,000… arrived."},
    {"ellipsis before number", "Shells... 50,000 of them.", "Shells... 50,000 of them."},
    {"period inside ASCII quotes", "He said \"We will go.\" They went.",
     "He said \"We will go.\" | They went."},
    {"title after a curly opening quote", "They quoted “Gen. Park” at length. Nobody replied.",
     "They quoted “Gen. Park” at length. | Nobody replied."},
    {"period inside curly quotes", "She called it a “huge mistake.” She was ignored.",
     "She called it a “huge mistake.” | She was ignored."},
    {"question inside quotes then lower case", "“Do we?” he asked. Nobody replied.",
     "“Do we?” he asked. | Nobody replied."},
    {"question inside quotes then capital", "He asked, “Do we have leverage? It doesn’t seem so.”",
     "He asked, “Do we have leverage? | It doesn’t seem so.”"},
    {"closing parenthesis", "Troops arrived (about 11,000.) Then more.",
     "Troops arrived (about 11,000.) | Then more."},
    {"headline without punctuation", "North Korea Sends Troops\nPyongyang has sent troops.",
     "North Korea Sends Troops | Pyongyang has sent troops."},
    {"list items", "Key points\n- shells\n- missiles\n", "Key points | - shells | - missiles"},
    {"blank line", "First part\n\nSecond part", "First part | Second part"},
    {"prose wrapped before a capital",
     "The mutual defence treaty between Russia and North Korea was\nsigned in Pyongyang. Then.",
     "The mutual defence treaty between Russia and North Korea was\nsigned in Pyongyang. | Then."},
    {"prose wrapped before a name",
     "The treaty between the two countries, drafted over months, was signed by\nMoscow and "
     "Pyongyang in June.",
     "The treaty between the two countries, drafted over months, was signed by\nMoscow and "
     "Pyongyang in June."},
    {"short line before a capital still ends", "Comments\nPopular posts", "Comments | Popular posts"},
    {"long title-case line is a headline",
     "North Korea Draws Strategic Benefits As It Sends Troops\nPyongyang has sent troops.",
     "North Korea Draws Strategic Benefits As It Sends Troops | Pyongyang has sent troops."},
    {"sentence-case headline over a longer first paragraph",
     "North Korean troops deployed to eastern Russia for training, US says\nNorth Korea has sent "
     "10,000 troops to Russia for training, the White House said Monday, as Kyiv warned of more.",
     "North Korean troops deployed to eastern Russia for training, US says | North Korea has sent "
     "10,000 troops to Russia for training, the White House said Monday, as Kyiv warned of more."},
    {"ragged wrap: the next line is shorter than this one and its first word",
     "The agency told lawmakers that some 11,000 soldiers had been sent to the\nKursk region by "
     "early November, and that more were on the way.",
     "The agency told lawmakers that some 11,000 soldiers had been sent to the\nKursk region by "
     "early November, and that more were on the way."},
    {"wrapped line before a list item",
     "The agency listed what it had seen over the past weeks in the\n- shells\n",
     "The agency listed what it had seen over the past weeks in the | - shells"},
    {"line ending in a colon ends", "The agency listed what it had seen over the weeks:\nShells.",
     "The agency listed what it had seen over the weeks: | Shells."},
    {"CRLF lines", "Title\r\nBody text.\r\n", "Title | Body text."},
    {"leading and trailing space", "   Spaced out.   ", "Spaced out."},
    {"only white space", " \n\t \n", ""},
    {"empty", "", ""},
    {"no final punctuation", "A sentence without an end", "A sentence without an end"},
    {"URL does not split", "See example.org for more. Then stop.",
     "See example.org for more. | Then stop."},
    {"hyphenated U.S.-led", "The U.S.-led coalition met. It agreed.",
     "The U.S.-led coalition met. | It agreed."},
    {"footnote mark after the period", "About 12,000 were sent.⁴ Most came from the Storm Corps.",
     "About 12,000 were sent.⁴ | Most came from the Storm Corps."},
    {"two-digit footnote mark after a quote", "It called them \u201cvolunteers.\u201d¹⁷ Seoul disagreed.",
     "It called them \u201cvolunteers.\u201d¹⁷ | Seoul disagreed."},
    {"bracketed reference after the period", "Some 600 have died.[12] Seoul says more.",
     "Some 600 have died.[12] | Seoul says more."},
    {"plain-digit note after a word's period", "Some 600 have died.23 Seoul says more.",
     "Some 600 have died.23 | Seoul says more."},
    {"plain-digit note after a grouped figure", "The toll reached 3,000.12 The agency said so.",
     "The toll reached 3,000.12 | The agency said so."},
    {"figures with no word before them are a decimal, no note", "1.111,11, 1,111.11 Then more.",
     "1.111,11, 1,111.11 Then more."},
    {"decimal before a unit is no note", "The drive holds 1,674.5 G. It is full.",
     "The drive holds 1,674.5 G. | It is full."},
    {"decimal before a month is no note", "Output was 6,107.31 August 2019. Then less.",
     "Output was 6,107.31 August 2019. | Then less."},
    {"ungrouped decimal is no note", "Growth was 1.5 Percent said the chart.",
     "Growth was 1.5 Percent said the chart."},
    {"lower case after period stays", "It was approx. five km away.", "It was approx. five km away."},
    {"double marks", "Really?! Yes.", "Really?! | Yes."},
    {"seed 002 U.S. intelligence",
     "Interestingly, U.S. intelligence has indicated North Korean leaders view the war as an "
     "opportunity. This collaboration, if realized, poses risks.",
     "Interestingly, U.S. intelligence has indicated North Korean leaders view the war as an "
     "opportunity. | This collaboration, if realized, poses risks."},
    {"seed 002 U.S. and its allies",
     "On the other hand, the U.S. and its allies are closely monitoring these developments.",
     "On the other hand, the U.S. and its allies are closely monitoring these developments."},
    {"seed 003 quote then says",
     "\"North Korea is trying to get as many benefits as it can from this relationship,\" says "
     "Edward Howell. \"This new alliance has granted Pyongyang full support.\"",
     "\"North Korea is trying to get as many benefits as it can from this relationship,\" says "
     "Edward Howell. | \"This new alliance has granted Pyongyang full support.\""},
    {"seed 004 Harris quote",
     "Vice President Kamala Harris stated that a meeting between Putin and Kim would be a “huge "
     "mistake.” She was disregarded.",
     "Vice President Kamala Harris stated that a meeting between Putin and Kim would be a “huge "
     "mistake.” | She was disregarded."},
    {"seed 004 U.S. military intelligence",
     "Now, a year after U.S. military intelligence predicted it would occur, North Korea is in the "
     "spotlight.",
     "Now, a year after U.S. military intelligence predicted it would occur, North Korea is in the "
     "spotlight."},
    {"seed 004 vote widget", "0 0 votes\nArticle Rating\nNotify of\n\nInline Feedbacks",
     "0 0 votes | Article Rating | Notify of | Inline Feedbacks"},
    {"seed 001 headline then text",
     "The Growing Concerns Over Arms Shipments\nSo, the big news is that agencies are pointing "
     "fingers. We're talking about shipments.",
     "The Growing Concerns Over Arms Shipments | So, the big news is that agencies are pointing "
     "fingers. | We're talking about shipments."},
    {"seed 001 possibly even millions",
     "We're not talking about a few truckloads; some assessments suggest that hundreds of "
     "thousands, possibly even millions, of artillery shells have been transferred. This kind of "
     "supply matters.",
     "We're not talking about a few truckloads; some assessments suggest that hundreds of "
     "thousands, possibly even millions, of artillery shells have been transferred. | This kind "
     "of supply matters."},
    {"bullets within a line end their items",
     "\u2022 Seoul says 300 were killed and 2,700 wounded \u2022 Kyiv's air force downed 50 drones",
     "\u2022 Seoul says 300 were killed and 2,700 wounded | \u2022 Kyiv's air force downed 50 drones"},
    {"a bullet opening the text ends nothing", "\u2022 Shells: 8m+ shipped", "\u2022 Shells: 8m+ shipped"},
    {"seed 000 space before body", "Why nort provide army aid to russia\n\n North Korea's decision.",
     "Why nort provide army aid to russia | North Korea's decision."},
};

static char *
joined(const char *text, GArray *spans)
{
    GString *s = g_string_new(NULL);
    for (guint k = 0; k < spans->len; k++) {
        CcSpan sp = g_array_index(spans, CcSpan, k);
        if (k > 0)
            g_string_append(s, " | ");
        g_string_append_len(s, text + sp.start, (gssize)(sp.end - sp.start));
    }
    return g_string_free(s, FALSE);
}

static void
test_table(void **state)
{
    (void)state;
    int failures = 0;
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        const SegmentCase *c = &cases[i];
        g_autoptr(GArray) spans = cc_segment_sentences(NULL, c->text, 0, strlen(c->text));
        g_autofree char *got = joined(c->text, spans);
        if (strcmp(got, c->want) != 0) {
            print_error("case %zu \"%s\":\n  got  [%s]\n  want [%s]\n", i, c->name, got, c->want);
            failures++;
        }
    }
    print_message("%zu segmentation rows\n", G_N_ELEMENTS(cases));
    assert_int_equal(failures, 0);
}

/* The lexicon adds abbreviations on top of the built-in list. */
static void
test_lexicon_abbreviations(void **state)
{
    (void)state;
    const char *text = "Amb. Lee met Brig. Cho. They spoke.";
    g_autoptr(GArray) plain = cc_segment_sentences(NULL, text, 0, strlen(text));
    g_autofree char *without = joined(text, plain);
    assert_string_equal(without, "Amb. | Lee met Brig. | Cho. | They spoke.");

    g_autoptr(CcLexicon) lex = cc_lexicon_new();
    g_autoptr(GError) error = NULL;
    g_autofree char *path = g_build_filename(CC_SOURCE_DIR, "rules", "core", "segment.rules", NULL);
    assert_true(read_rule_file(path, lex, NULL, &error));
    assert_true(cc_lexicon_has_table(lex, "abbreviations"));
    g_autoptr(GArray) spans = cc_segment_sentences(lex, text, 0, strlen(text));
    g_autofree char *with = joined(text, spans);
    assert_string_equal(with, "Amb. Lee met Brig. Cho. | They spoke.");

    /* A lexicon value turns an abbreviation into a number prefix. */
    assert_true(cc_lexicon_add(lex, "abbreviations", "tab.", "number", "t", 1, &error));
    const char *t2 = "See Tab. 3 below. Tab. Done.";
    g_autoptr(GArray) s2 = cc_segment_sentences(lex, t2, 0, strlen(t2));
    g_autofree char *got2 = joined(t2, s2);
    assert_string_equal(got2, "See Tab. 3 below. | Tab. | Done.");
}

/* Offsets are into the whole text; a sub-range is honoured. */
static void
test_range(void **state)
{
    (void)state;
    const char *text = "Skip this. Take this one. And this. Not this.";
    gsize start = 11, end = 35; /* "Take this one. And this." */
    g_autoptr(GArray) spans = cc_segment_sentences(NULL, text, start, end);
    assert_int_equal(spans->len, 2);
    assert_int_equal(g_array_index(spans, CcSpan, 0).start, 11);
    assert_int_equal(g_array_index(spans, CcSpan, 0).end, 25);
    assert_int_equal(g_array_index(spans, CcSpan, 1).start, 26);
    assert_int_equal(g_array_index(spans, CcSpan, 1).end, 35);
}

/* Every seed segments into trimmed, ordered, non-overlapping spans, and a
 * known sentence of 004 comes out whole. */
static void
test_seeds(void **state)
{
    (void)state;
    g_autofree char *dir = g_build_filename(CC_FIXTURES_DIR, "seeds", NULL);
    g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
    assert_non_null(d);
    const char *name;
    int files = 0;
    gboolean found = FALSE;
    const char *wanted = "Pyongyang, along with Tehran, has been portrayed as an arsenal of "
                         "autocracy, as evidenced by ludicrous claims propagated by Russian media "
                         "that North Korea would dispatch 50,000 troops to the front and by Ukraine "
                         "launching captured North Korean munitions at the Russians.";
    while ((name = g_dir_read_name(d)) != NULL) {
        g_autofree char *path = g_build_filename(dir, name, NULL);
        g_autofree char *text = NULL;
        gsize len = 0;
        assert_true(g_file_get_contents(path, &text, &len, NULL));
        g_autoptr(GArray) spans = cc_segment_sentences(NULL, text, 0, len);
        assert_true(spans->len > 0);
        gsize last = 0;
        for (guint k = 0; k < spans->len; k++) {
            CcSpan sp = g_array_index(spans, CcSpan, k);
            assert_true(sp.start >= last && sp.end > sp.start && sp.end <= len);
            assert_false(g_ascii_isspace(text[sp.start]));
            assert_false(g_ascii_isspace(text[sp.end - 1]));
            last = sp.end;
            if (sp.end - sp.start == strlen(wanted)
                && memcmp(text + sp.start, wanted, strlen(wanted)) == 0)
                found = TRUE;
        }
        files++;
    }
    assert_int_equal(files, 5);
    assert_true(found);
}

/* A run of text with no sentence end is cut into sentences of at most
 * 4,096 bytes: after a clause mark before a space where there is one in
 * the piece's second half (never the comma of "11,000"), else at a space,
 * else at a character boundary; nothing is lost between the pieces. */
static void
test_overlong(void **state)
{
    (void)state;
    GString *clauses = g_string_new(NULL);
    while (clauses->len < 20000)
        g_string_append(clauses, "some 11,000 troops were sent, officials said ");
    GString *words = g_string_new(NULL);
    while (words->len < 10000)
        g_string_append(words, "troops ");
    GString *solid = g_string_new(NULL);
    while (solid->len < 9000)
        g_string_append(solid, "\xc3\xa9"); /* "é", two bytes */
    const GString *texts[] = {clauses, words, solid};
    for (guint n = 0; n < G_N_ELEMENTS(texts); n++) {
        const char *text = texts[n]->str;
        gsize len = texts[n]->len;
        g_autoptr(GArray) spans = cc_segment_sentences(NULL, text, 0, len);
        assert_true(spans->len >= len / 4096);
        gsize last = 0;
        for (guint k = 0; k < spans->len; k++) {
            CcSpan sp = g_array_index(spans, CcSpan, k);
            assert_true(sp.end - sp.start <= 4096);
            /* only white space between one piece and the next */
            for (gsize i = last; i < sp.start; i++)
                assert_true(g_ascii_isspace(text[i]));
            assert_true(g_utf8_validate(text + sp.start, sp.end - sp.start, NULL));
            if (n == 0) {
                assert_int_equal(text[sp.end - 1] == ',' || sp.end == len
                                     || k == spans->len - 1,
                                 TRUE);
                assert_false(g_ascii_isdigit(text[sp.start]) && text[sp.start - 1] == ',');
            }
            last = sp.end;
        }
        for (gsize i = last; i < len; i++)
            assert_true(g_ascii_isspace(text[i]));
    }
    g_string_free(clauses, TRUE);
    g_string_free(words, TRUE);
    g_string_free(solid, TRUE);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_lexicon_abbreviations),
        cmocka_unit_test(test_range),
        cmocka_unit_test(test_seeds),
        cmocka_unit_test(test_overlong),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
