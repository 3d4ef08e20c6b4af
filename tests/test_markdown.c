/* SPDX-License-Identifier: MIT */
/* test_markdown.c: Markdown read as prose — a table of inputs and their
 * masked form, offsets and columns of everything kept, suppression
 * directives and front matter. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "internal.h"

#include <claimcheck/markdown.h>

#include <stdio.h>

/* Markup blanked, prose kept in place. Blanked 2-, 3- and 4-byte characters
 * become U+00A0, U+2000 and U+E0020 (see markdown.h). */
static const struct {
    const char *name;
    const char *input;
    const char *masked;
} mask_cases[] = {
    {"plain prose",
     "North Korea sent 11,000 troops.",
     "North Korea sent 11,000 troops."},
    {"ATX heading",
     "# Troops\n",
     "  Troops\n"},
    {"heading with closing hashes",
     "## Troops ##\n",
     "   Troops   \n"},
    {"hash without space is prose",
     "#hashtag 5\n",
     "#hashtag 5\n"},
    {"emphasis star",
     "*about* 11,000",
     " about  11,000"},
    {"strong",
     "**11,000** troops",
     "  11,000   troops"},
    {"emphasis underscore",
     "_reportedly_ sent",
     " reportedly  sent"},
    {"snake_case stays",
     "see troops_deployed and north_korea_x",
     "see troops_deployed and north_korea_x"},
    {"star inside a word is emphasis",
     "un*frigging*believable",
     "un frigging believable"},
    {"unmatched stars stay",
     "5 * 3 = 15 and 2*3",
     "5 * 3 = 15 and 2*3"},
    {"strikethrough",
     "~~10,000~~ 11,000",
     "  10,000   11,000"},
    {"strong emphasis",
     "***both*** here",
     "   both    here"},
    {"nested emphasis",
     "**a _b_ c**",
     "  a  b  c  "},
    {"inline link",
     "[Reuters](https://reuters.com/x) said",
     " Reuters                         said"},
    {"parentheses in link target",
     "[Foo](https://en.wikipedia.org/wiki/Foo_(bar)) text",
     " Foo                                           text"},
    {"link with title",
     "[a](http://x.org \"Title (1)\") b",
     " a                            b"},
    {"emphasis in link text",
     "[**11,000** troops](u)",
     "   11,000   troops    "},
    {"emphasis around a link",
     "**[x](u)**",
     "   x      "},
    {"image",
     "![Map of 2024](map.png) 5 units",
     "                        5 units"},
    {"reference link and definition",
     "[NIS][1] said\n\n[1]: https://nis.go.kr/report/2024\n",
     " NIS     said\n\n                                  \n"},
    {"shortcut reference link",
     "[NIS] said\n\n[nis]: http://x\n",
     " NIS  said\n\n               \n"},
    {"brackets without definition stay",
     "[sic] 5 troops",
     "[sic] 5 troops"},
    {"code span",
     "run `claimcheck --date 2024-01-01` now",
     "run                                now"},
    {"double-backtick code span",
     "``a ` b`` c",
     "          c"},
    {"unclosed backtick stays",
     "a `b c",
     "a `b c"},
    {"fenced code",
     "Text\n```\n11,000\n```\nMore\n",
     "Text\n   \n      \n   \nMore\n"},
    {"tilde fence with info string",
     "~~~ python\nx = 5\n~~~\nok\n",
     "          \n     \n   \nok\n"},
    {"unclosed fence runs to the end",
     "a\n```\n5 troops\nb\n",
     "a\n   \n        \n \n"},
    {"shorter fence inside a longer one",
     "````\n```\n5\n````\nok\n",
     "    \n   \n \n    \nok\n"},
    {"indented code block",
     "Para\n\n    code 5\nafter\n",
     "Para\n\n          \nafter\n"},
    {"indented continuation is prose",
     "Para\n    continued 5\n",
     "Para\n    continued 5\n"},
    {"HTML comment block",
     "<!-- draft: 5 -->\nText\n",
     "                 \nText\n"},
    {"inline HTML comment",
     "a <!-- 5 --> b",
     "a            b"},
    {"multi-line comment",
     "a\n\n<!--\n5 troops\n-->\nb\n",
     "a\n\n    \n        \n   \nb\n"},
    {"suppression directive blanked",
     "<!-- claimcheck-ignore troops_killed -->\n1,000 killed\n",
     "                                        \n1,000 killed\n"},
    {"prose after a comment block",
     "<!-- x --> 5 troops\n",
     "           5 troops\n"},
    {"front matter",
     "---\ntitle: T\ndate: 2024-11-05\n---\nBody 5\n",
     "   \n        \n                \n   \nBody 5\n"},
    {"setext underline, not front matter",
     "a\n---\nb\n",
     "a\n   \nb\n"},
    {"setext heading with =",
     "Title 5\n=====\n",
     "Title 5\n     \n"},
    {"bullet list",
     "- 11,000 troops\n* 5 shells\n",
     "  11,000 troops\n  5 shells\n"},
    {"ordered list",
     "1. First 5\n2. Second\n",
     "   First 5\n   Second\n"},
    {"year opening a wrapped line",
     "They came in\n2024. Then more\n",
     "They came in\n2024. Then more\n"},
    {"block quote",
     "> NIS said 11,000\n> more\n",
     "  NIS said 11,000\n  more\n"},
    {"thematic break",
     "a\n\n***\n\nb",
     "a\n\n   \n\nb"},
    {"backslash escapes",
     "\\*not em\\* 5",
     " *not em * 5"},
    {"autolink",
     "see <https://x.org/5> now",
     "see                   now"},
    {"inline HTML tags",
     "a <span class=\"n\">5</span> b",
     "a                 5        b"},
    {"bare URL, trailing period kept",
     "source: https://x.org/a/5_000. Next",
     "source:                      . Next"},
    {"multibyte character in a link target",
     "[\xc3\xa9](https://x.org/\xc3\xa9) \xc3\xa9",
     " \xc3\xa9                \xc2\xa0  \xc3\xa9"},
    {"multibyte characters in code",
     "`\xe2\x80\xa6\xf0\x9f\x99\x82` 5",
     " \xe2\x80\x80\xf3\xa0\x80\xa0  5"},
    {"CRLF line endings",
     "# T\r\n```\r\nx\r\n```\r\nok\r\n",
     "  T\r\n   \r\n \r\n   \r\nok\r\n"},
    {"footnote reference and definition",
     "Claim 5.[^1]\n\n[^1]: NIS 2024\n",
     "Claim 5.    \n\n      NIS 2024\n"},
    {"table delimiter row",
     "| a | b |\n|---|:-:|\n| 5 | 6 |\n",
     "| a | b |\n         \n| 5 | 6 |\n"},
    {"task list item",
     "- [x] done 5\n",
     "      done 5\n"},
    {"fence inside a list item after text",
     "- item 5\n\n  ```\n  x\n  ```\n",
     "  item 5\n\n     \n   \n     \n"},
    {"list paragraph is not code",
     "- item\n\n  para 5\n",
     "  item\n\n  para 5\n"},
    {"empty input",
     "",
     ""},
};

/* The text with every byte visible, for failure messages. */
static char *
visible(const char *text)
{
    GString *out = g_string_new(NULL);
    for (const char *p = text; *p != '\0'; p++) {
        if (*p == '\n')
            g_string_append(out, "\\n");
        else if (*p == '\r')
            g_string_append(out, "\\r");
        else if (*p == ' ')
            g_string_append_c(out, '.');
        else if ((guchar)*p >= 0x80)
            g_string_append_printf(out, "\\x%02x", (guchar)*p);
        else
            g_string_append_c(out, *p);
    }
    return g_string_free(out, FALSE);
}

/* Character column (1-based) of byte @offset on its line. */
static guint
column_of(const char *text, gsize offset)
{
    gsize start = offset;
    while (start > 0 && text[start - 1] != '\n')
        start--;
    return cc_utf8_count_chars(text + start, offset - start) + 1;
}

/* The first kept character whose line:column differs between the original
 * and the masked text, or G_MAXSIZE when every one stays in place. */
static gsize
first_moved(const char *text, const char *masked, gsize len)
{
    for (gsize i = 0; i < len; i++) {
        gboolean start = ((guchar)text[i] & 0xC0) != 0x80;
        if (!start || text[i] != masked[i] || text[i] == ' ')
            continue;
        if (column_of(text, i) != column_of(masked, i))
            return i;
    }
    return G_MAXSIZE;
}

static void
test_mask_table(void **state)
{
    (void)state;
    guint failures = 0;
    for (guint i = 0; i < G_N_ELEMENTS(mask_cases); i++) {
        const char *in = mask_cases[i].input;
        gsize len = strlen(in);
        g_autofree char *got = cc_markdown_mask(in, len);
        if (strlen(got) != len) {
            print_error("case %u \"%s\": %zu bytes in, %zu out\n", i + 1, mask_cases[i].name,
                        len, strlen(got));
            failures++;
            continue;
        }
        if (strcmp(got, mask_cases[i].masked) != 0) {
            g_autofree char *g = visible(got);
            g_autofree char *w = visible(mask_cases[i].masked);
            print_error("case %u \"%s\":\n  got      [%s]\n  expected [%s]\n", i + 1,
                        mask_cases[i].name, g, w);
            failures++;
            continue;
        }
        gsize moved = first_moved(in, got, len);
        if (moved != G_MAXSIZE) {
            print_error("case %u \"%s\": byte %zu moved from column %u to %u\n", i + 1,
                        mask_cases[i].name, moved, column_of(in, moved), column_of(got, moved));
            failures++;
        }
    }
    if (failures > 0)
        fail_msg("%u of %zu mask cases failed", failures, G_N_ELEMENTS(mask_cases));
}

/* The column check can fail: plain spaces for a blanked "é" move the
 * text after it. */
static void
test_column_check_fails_on_plain_spaces(void **state)
{
    (void)state;
    const char *in = "[é](https://x.org/é) é";
    g_autofree char *got = cc_markdown_mask(in, strlen(in));
    assert_int_equal(first_moved(in, got, strlen(in)), G_MAXSIZE);
    /* The same mask with the blank U+00A0 written as two spaces. */
    g_autofree char *naive = g_strdup(got);
    char *nb = strstr(naive, "\xc2\xa0");
    assert_non_null(nb);
    memcpy(nb, "  ", 2);
    assert_int_equal(strlen(in), strlen(naive));
    assert_int_not_equal(first_moved(in, naive, strlen(in)), G_MAXSIZE);
}

static void
test_is_blank(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        gboolean blank;
        gsize n;
    } cases[] = {
        {" ", TRUE, 1},          {"\xc2\xa0", TRUE, 2},      {"\xe2\x80\x80", TRUE, 3},
        {"\xf3\xa0\x80\xa0", TRUE, 4}, {"a", FALSE, 1},      {"\xc3\xa9", FALSE, 2},
        {"\xf0\x9f\x99\x82", FALSE, 4}, {"\xff", FALSE, 1},
    };
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        gsize n = 0;
        gboolean b = cc_markdown_is_blank(cases[i].text, strlen(cases[i].text), &n);
        if (b != cases[i].blank || n != cases[i].n)
            fail_msg("case %u: got %d/%zu", i + 1, b, n);
    }
}

/* Bad bytes and odd input never crash and keep the length. */
static void
test_mask_odd_input(void **state)
{
    (void)state;
    static const char *const inputs[] = {
        "```", "`", "[", "[a](", "[a](b", "![", "<!--", "<!-- x", "<a", "*", "_", "~~",
        "---", "---\n", "> ", "1.", "\\", "[^", "[x]: ", "``\xff``", "\xff\xfe *a*",
        "`\xe2\x80`", "[\xf0\x9f](u)", "#", "    ", "\t\tx", "- [x]", "<http://x",
    };
    for (guint i = 0; i < G_N_ELEMENTS(inputs); i++) {
        gsize len = strlen(inputs[i]);
        g_autofree char *got = cc_markdown_mask(inputs[i], len);
        if (strlen(got) != len)
            fail_msg("input %u: length %zu, expected %zu", i + 1, strlen(got), len);
    }
    /* An embedded NUL is just a byte. */
    g_autofree char *nul = cc_markdown_mask("a\0*b*", 5);
    assert_memory_equal(nul, "a\0 b ", 5);
    g_autofree char *empty = cc_markdown_mask(NULL, 0);
    assert_string_equal(empty, "");
}

/* ---- suppressions ---- */

static const struct {
    const char *name;
    const char *input;
    const char *expected; /* "line/comment_line/predicate;" each, "*" for all */
} suppression_cases[] = {
    {"one predicate", "<!-- claimcheck-ignore troops_killed -->\n1,000 killed\n",
     "2/1/troops_killed;"},
    {"two predicates, blank line between", "<!-- claimcheck-ignore a, b -->\n\nText\n",
     "3/1/a;3/1/b;"},
    {"every predicate", "<!-- claimcheck-ignore -->\nx", "2/1/*;"},
    {"stacked directives", "<!-- claimcheck-ignore a -->\n<!-- claimcheck-ignore b -->\nText\n",
     "3/1/a;3/2/b;"},
    {"after prose on its line", "Text 5 <!-- claimcheck-ignore a -->\nNext\n", "2/1/a;"},
    {"before prose on its line", "<!-- claimcheck-ignore a --> Text 5\n", "1/1/a;"},
    {"multi-line comment", "<!--\nclaimcheck-ignore a\n-->\nText\n", "4/1/a;"},
    {"skips code to the next prose", "<!-- claimcheck-ignore a -->\n```\n5\n```\nText\n",
     "5/1/a;"},
    {"after front matter", "---\ntitle: T\n---\n<!-- claimcheck-ignore a -->\nText\n",
     "5/4/a;"},
    {"nothing follows", "x\n<!-- claimcheck-ignore a -->\n\n", "0/2/a;"},
    {"inside a fence: not a directive", "```\n<!-- claimcheck-ignore a -->\n```\nx\n", ""},
    {"inside a code span: not a directive", "`<!-- claimcheck-ignore a -->` x\n", ""},
    {"another word: not a directive", "<!-- claimcheck-ignored a -->\nx\n", ""},
    {"plain comment", "<!-- TODO check 5 -->\nx\n", ""},
    {"unclosed comment", "<!-- claimcheck-ignore a\nx\n", ""},
    {"in a list item", "- 5 troops <!-- claimcheck-ignore troops_deployed -->\n- 6 troops\n",
     "2/1/troops_deployed;"},
};

static void
test_suppressions(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(suppression_cases); i++) {
        const char *in = suppression_cases[i].input;
        g_autoptr(GPtrArray) sups = cc_markdown_suppressions(in, strlen(in));
        GString *got = g_string_new(NULL);
        for (guint k = 0; k < sups->len; k++) {
            CcMarkdownSuppression *s = g_ptr_array_index(sups, k);
            g_string_append_printf(got, "%u/%u/%s;", s->line, s->comment_line,
                                   s->predicate != NULL ? s->predicate : "*");
        }
        if (strcmp(got->str, suppression_cases[i].expected) != 0)
            fail_msg("case %u \"%s\": got [%s], expected [%s]", i + 1,
                     suppression_cases[i].name, got->str, suppression_cases[i].expected);
        g_string_free(got, TRUE);
    }
}

/* ---- front matter ---- */

static const struct {
    const char *name;
    const char *input;
    gboolean found;
    gsize body;
    const char *fields; /* "key=value;" sorted by key */
} front_matter_cases[] = {
    {"the five fields",
     "---\ntitle: Troops sent\noutlet: Wire\ndate: 2024-11-05\nurl: https://x.org/a\nid: 003\n"
     "---\nBody",
     TRUE, 86, "date=2024-11-05;id=003;outlet=Wire;title=Troops sent;url=https://x.org/a;"},
    {"quoted value with a colon", "---\ntitle: \"Quoted: yes\"\nsub: 'single'\n---\n", TRUE, 43,
     "sub=single;title=Quoted: yes;"},
    {"closed by ...", "---\nid: a\n...\nx", TRUE, 14, "id=a;"},
    {"lists and nesting ignored", "---\ntags:\n  - a\n  - b\ntitle: T\n---\n", TRUE, 35,
     "title=T;"},
    {"CRLF", "---\r\ntitle: T\r\n---\r\nB", TRUE, 20, "title=T;"},
    {"byte-order mark", "\xef\xbb\xbf---\ntitle: T\n---\n", TRUE, 20, "title=T;"},
    {"empty block", "---\n---\nx", TRUE, 8, ""},
    {"trailing spaces on the delimiters", "---  \nid: z\n--- \n", TRUE, 17, "id=z;"},
    {"key without a space after the colon", "---\nurl:https://x\nid: q\n---\n", TRUE, 28,
     "id=q;"},
    {"never closed", "---\ntitle: T\nBody\n", FALSE, 0, NULL},
    {"not on the first line", "\n---\ntitle: T\n---\n", FALSE, 0, NULL},
    {"a thematic break of four", "----\ntitle: T\n---\n", FALSE, 0, NULL},
    {"no front matter", "# Title\n", FALSE, 0, NULL},
    {"empty input", "", FALSE, 0, NULL},
};

static void
test_front_matter(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(front_matter_cases); i++) {
        const char *in = front_matter_cases[i].input;
        g_autoptr(GHashTable) fields = NULL;
        gsize body = 99;
        gboolean found = cc_markdown_front_matter(in, strlen(in), &fields, &body);
        if (found != front_matter_cases[i].found || body != front_matter_cases[i].body)
            fail_msg("case %u \"%s\": got %d at %zu, expected %d at %zu", i + 1,
                     front_matter_cases[i].name, found, body, front_matter_cases[i].found,
                     front_matter_cases[i].body);
        if (!found) {
            assert_null(fields);
            continue;
        }
        g_autoptr(GList) keys = g_list_sort(g_hash_table_get_keys(fields), (GCompareFunc)strcmp);
        GString *got = g_string_new(NULL);
        for (GList *k = keys; k != NULL; k = k->next)
            g_string_append_printf(got, "%s=%s;", (char *)k->data,
                                   (char *)g_hash_table_lookup(fields, k->data));
        if (strcmp(got->str, front_matter_cases[i].fields) != 0)
            fail_msg("case %u \"%s\": fields [%s], expected [%s]", i + 1,
                     front_matter_cases[i].name, got->str, front_matter_cases[i].fields);
        g_string_free(got, TRUE);
        /* The mask blanks the block and nothing after it. */
        g_autofree char *masked = cc_markdown_mask(in, strlen(in));
        for (gsize b = 0; b < body; b++)
            if (in[b] != '\n' && in[b] != '\r' && !(b < 3 && (guchar)in[b] == (guchar)masked[b] &&
                                                    (guchar)in[0] == 0xef)) {
                gsize n = 0;
                if (!cc_markdown_is_blank(masked + b, strlen(in) - b, &n))
                    fail_msg("case %u \"%s\": byte %zu of the block kept", i + 1,
                             front_matter_cases[i].name, b);
            }
    }
    /* Out-parameters may be NULL. */
    assert_true(cc_markdown_front_matter("---\n---\n", 8, NULL, NULL));
}

/* A whole draft: the masked text keeps every line's prose where it was. */
static void
test_draft(void **state)
{
    (void)state;
    const char *draft = "---\n"
                        "title: Draft\n"
                        "date: 2024-11-06\n"
                        "---\n"
                        "# North Korean troops in *Kursk*\n"
                        "\n"
                        "According to [NIS](https://nis.go.kr/a_(b)), about **11,000** troops\n"
                        "were sent in `2024`.\n"
                        "\n"
                        "```json\n"
                        "{\"troops\": 12000}\n"
                        "```\n"
                        "<!-- claimcheck-ignore troops_killed -->\n"
                        "> Some 1,000 were killed, said_officials.\n";
    gsize len = strlen(draft);
    g_autofree char *masked = cc_markdown_mask(draft, len);
    g_auto(GStrv) lines = g_strsplit(masked, "\n", -1);
    static const char *const want[] = {
        "",
        "",
        "",
        "",
        "  North Korean troops in  Kursk ",
        "",
        "According to  NIS                          , about   11,000   troops",
        "were sent in       .",
        "",
        "",
        "",
        "",
        "",
        "  Some 1,000 were killed, said_officials.",
        "",
    };
    assert_int_equal(g_strv_length(lines), G_N_ELEMENTS(want));
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        g_autofree char *trimmed = g_strdup(lines[i]);
        g_strchomp(trimmed);
        g_autofree char *w = g_strdup(want[i]);
        g_strchomp(w);
        if (strcmp(trimmed, w) != 0)
            fail_msg("line %u: got [%s], expected [%s]", i + 1, trimmed, w);
    }
    g_autoptr(GPtrArray) sups = cc_markdown_suppressions(draft, len);
    assert_int_equal(sups->len, 1);
    CcMarkdownSuppression *s = g_ptr_array_index(sups, 0);
    assert_int_equal(s->line, 14);
    assert_string_equal(s->predicate, "troops_killed");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mask_table),
        cmocka_unit_test(test_column_check_fails_on_plain_spaces),
        cmocka_unit_test(test_is_blank),
        cmocka_unit_test(test_mask_odd_input),
        cmocka_unit_test(test_suppressions),
        cmocka_unit_test(test_front_matter),
        cmocka_unit_test(test_draft),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
