/* SPDX-License-Identifier: MIT */
/* test_source.c: reading documents — header blocks, source ids, the line
 * map (multibyte columns, CRLF), and the inputs that must be refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <claimcheck/claimcheck.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <string.h>

/* ---- header block and ids ---------------------------------------------- */

typedef struct {
    const char *name;
    const char *path;
    const char *text;
    const char *id;        /* expected source id */
    gsize body_offset;     /* expected */
    const char *key;       /* a header key to check, or NULL */
    const char *value;     /* its expected value (NULL = absent) */
    const char *date;      /* expected date as ISO, or NULL for 0 */
} HeaderCase;

static const HeaderCase header_cases[] = {
    {"no header", "a/b/003_f39.txt", "Plain text.\n", "003_f39", 0, "title", NULL, NULL},
    {"full header", "x.txt",
     "title: Troops in Kursk\noutlet: Daily\ndate: 2024-11-05\nurl: http://e.x/a\n---\nBody.\n",
     "x", 76, "outlet", "Daily", "2024-11-05"},
    {"header id wins", "dir/file.name.txt", "id: 003\ntitle: T\n---\nBody", "003", 21, "title", "T",
     NULL},
    {"unknown keys kept", "k.md", "lang: en\nsection_name: World\n---\n", "k", 33, "section_name",
     "World", NULL},
    {"invalid date gives 0", "d.txt", "date: 2024-02-30\n---\nx", "d", 21, "date", "2024-02-30",
     NULL},
    {"date not ISO gives 0", "d.txt", "date: 5 Nov 2024\n---\nx", "d", 21, "date", "5 Nov 2024",
     NULL},
    {"non key line means no header", "n.txt", "title: T\nThis is prose.\n---\n", "n", 0, "title",
     NULL, NULL},
    {"upper-case key means no header", "n.txt", "Title: T\n---\n", "n", 0, "Title", NULL, NULL},
    {"key with space means no header", "n.txt", "my key: T\n---\n", "n", 0, "my key", NULL, NULL},
    {"lone rule is not a header", "n.txt", "---\nBody\n", "n", 0, NULL, NULL, NULL},
    {"front matter", "draft.md", "---\ntitle: T\ndate: 2024-11-20\n---\n# T\n", "draft", 34,
     "title", "T", "2024-11-20"},
    {"rule then prose is no front matter", "n.md", "---\nNote: prose here.\n\nMore.\n", "n", 0,
     "note", NULL, NULL},
    {"two rules are no header", "n.md", "---\n---\nBody\n", "n", 0, NULL, NULL, NULL},
    {"unclosed header", "u.txt", "title: T\noutlet: O\n", "u", 0, "title", NULL, NULL},
    {"CRLF header", "c.txt", "title: T\r\ndate: 2022-02-24\r\n---\r\nBody\r\n", "c", 33, "title",
     "T", "2022-02-24"},
    {"BOM then header", "b.txt", "\xEF\xBB\xBFtitle: T\n---\nBody", "b", 16, "title", "T", NULL},
    {"BOM no header", "b.txt", "\xEF\xBB\xBF" "Body", "b", 3, NULL, NULL, NULL},
    {"value trimmed", "v.txt", "title:    Spaced   \n---\n", "v", 24, "title", "Spaced", NULL},
    {"stdin id", "-", "x", "stdin", 0, NULL, NULL, NULL},
    {"dotfile keeps name", "/tmp/.hidden", "x", ".hidden", 0, NULL, NULL, NULL},
    {"empty file", "empty.txt", "", "empty", 0, "title", NULL, NULL},
};

static void
test_header(void **state)
{
    (void)state;
    int failures = 0;
    for (gsize i = 0; i < G_N_ELEMENTS(header_cases); i++) {
        const HeaderCase *c = &header_cases[i];
        g_autoptr(GError) error = NULL;
        g_autoptr(CcSource) s = cc_source_new_from_data(c->path, c->text, strlen(c->text), &error);
        if (s == NULL) {
            print_error("case %zu \"%s\": refused: %s\n", i, c->name, error->message);
            failures++;
            continue;
        }
        if (strcmp(cc_source_id(s), c->id) != 0) {
            print_error("case %zu \"%s\": id %s, want %s\n", i, c->name, cc_source_id(s), c->id);
            failures++;
        }
        if (cc_source_body_offset(s) != c->body_offset) {
            print_error("case %zu \"%s\": body offset %zu, want %zu\n", i, c->name,
                        cc_source_body_offset(s), c->body_offset);
            failures++;
        }
        if (c->key != NULL) {
            const char *v = cc_source_header(s, c->key);
            if (g_strcmp0(v, c->value) != 0) {
                print_error("case %zu \"%s\": %s = %s, want %s\n", i, c->name, c->key,
                            v ? v : "(none)", c->value ? c->value : "(none)");
                failures++;
            }
        }
        guint32 want = 0;
        if (c->date)
            assert_true(cc_day_from_iso(c->date, &want));
        if (cc_source_date(s) != want) {
            print_error("case %zu \"%s\": date %u, want %u\n", i, c->name, cc_source_date(s),
                        want);
            failures++;
        }
        if (cc_source_length(s) != strlen(c->text)
            || memcmp(cc_source_text(s), c->text, strlen(c->text)) != 0) {
            print_error("case %zu \"%s\": text not kept as read\n", i, c->name);
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

/* ---- line map ------------------------------------------------------------ */

typedef struct {
    const char *name;
    const char *text;
    gsize offset;
    guint line, column;
} PositionCase;

static const PositionCase position_cases[] = {
    {"start", "ab\ncd", 0, 1, 1},
    {"end of line 1", "ab\ncd", 2, 1, 3},
    {"start of line 2", "ab\ncd", 3, 2, 1},
    {"end of text", "ab\ncd", 5, 2, 3},
    {"past the end clamps", "ab\ncd", 99, 2, 3},
    {"CRLF is one break", "ab\r\ncd\r\nef", 4, 2, 1},
    {"CRLF line 3", "ab\r\ncd\r\nef", 9, 3, 2},
    {"CR inside CRLF", "ab\r\ncd", 3, 1, 4},
    {"lone CR breaks", "ab\rcd", 3, 2, 1},
    {"blank lines", "a\n\n\nb", 4, 4, 1},
    {"two-byte chars", "é\nnaïve x", 9, 2, 6},
    {"three-byte quote", "“Do we” x", 11, 1, 8},
    {"four-byte emoji", "a😀b", 5, 1, 3},
    {"ASCII runs of eight around others", "abcdefghijklmnopé“q” abcdefghij x", 37, 1, 33},
    {"after BOM is column 1", "\xEF\xBB\xBFxy", 3, 1, 1},
    {"BOM not counted", "\xEF\xBB\xBFxy", 4, 1, 2},
    {"BOM only line 1", "\xEF\xBB\xBFx\nab", 6, 2, 2},
    {"trailing newline", "ab\n", 3, 2, 1},
    {"empty text", "", 0, 1, 1},
};

static void
test_position(void **state)
{
    (void)state;
    int failures = 0;
    for (gsize i = 0; i < G_N_ELEMENTS(position_cases); i++) {
        const PositionCase *c = &position_cases[i];
        g_autoptr(GError) error = NULL;
        g_autoptr(CcSource) s = cc_source_new_from_data("t.txt", c->text, strlen(c->text), &error);
        assert_non_null(s);
        guint line = 0, column = 0;
        cc_source_position(s, c->offset, &line, &column);
        if (line != c->line || column != c->column) {
            print_error("case %zu \"%s\": offset %zu at %u:%u, want %u:%u\n", i, c->name,
                        c->offset, line, column, c->line, c->column);
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

/* Columns deep inside long lines (the line map keeps marks there) agree,
 * at every character, with a count from the line's start; a line of one
 * repeated piece 3,000 times is far longer than a mark's span. */
static void
test_position_long_lines(void **state)
{
    (void)state;
    static const char *const pieces[] = {"ab", "é", "“q”", "😀x", "12,000 "};
    g_autoptr(GString) text = g_string_new("\xEF\xBB\xBF");
    for (int l = 0; l < 3; l++) {
        for (int k = 0; k < 3000; k++)
            g_string_append(text, pieces[(k + l) % G_N_ELEMENTS(pieces)]);
        g_string_append(text, l == 0 ? "\r\n" : "\n");
    }
    g_autoptr(GError) error = NULL;
    g_autoptr(CcSource) s = cc_source_new_from_data("t.txt", text->str, text->len, &error);
    assert_non_null(s);
    int failures = 0;
    guint want_line = 1, want_column = 1;
    for (const char *p = text->str + 3; p <= text->str + text->len && failures < 5;
         p = g_utf8_next_char(p)) {
        guint line = 0, column = 0;
        cc_source_position(s, (gsize)(p - text->str), &line, &column);
        if (line != want_line || column != want_column) {
            print_error("offset %td at %u:%u, want %u:%u\n", p - text->str, line, column,
                        want_line, want_column);
            failures++;
        }
        if (*p == '\n') {
            want_line++;
            want_column = 1;
        } else {
            want_column++; /* the CR of a CRLF has a column, as the cases above say */
        }
        if (*p == '\0')
            break;
    }
    assert_int_equal(failures, 0);
}

typedef struct {
    const char *name;
    const char *text;
    guint line;
    gboolean ok;
    const char *content; /* the line without its break */
} LineCase;

static const LineCase line_cases[] = {
    {"first", "ab\ncd", 1, TRUE, "ab"},
    {"last without break", "ab\ncd", 2, TRUE, "cd"},
    {"CRLF stripped", "ab\r\ncd\r\n", 1, TRUE, "ab"},
    {"CRLF second", "ab\r\ncd\r\n", 2, TRUE, "cd"},
    {"empty final line", "ab\n", 2, TRUE, ""},
    {"blank middle", "a\n\nb", 2, TRUE, ""},
    {"lone CR", "ab\rcd", 1, TRUE, "ab"},
    {"line 0 refused", "ab", 0, FALSE, NULL},
    {"beyond last refused", "ab\ncd", 3, FALSE, NULL},
    {"multibyte", "x\n“quoted”\n", 2, TRUE, "“quoted”"},
};

static void
test_line_bounds(void **state)
{
    (void)state;
    int failures = 0;
    for (gsize i = 0; i < G_N_ELEMENTS(line_cases); i++) {
        const LineCase *c = &line_cases[i];
        g_autoptr(CcSource) s = cc_source_new_from_data("t.txt", c->text, strlen(c->text), NULL);
        assert_non_null(s);
        gsize a = 0, b = 0;
        gboolean ok = cc_source_line_bounds(s, c->line, &a, &b);
        if (ok != c->ok) {
            print_error("case %zu \"%s\": line %u %s\n", i, c->name, c->line,
                        ok ? "found" : "not found");
            failures++;
            continue;
        }
        if (ok) {
            g_autofree char *got = g_strndup(cc_source_text(s) + a, b - a);
            if (strcmp(got, c->content) != 0) {
                print_error("case %zu \"%s\": line %u is \"%s\", want \"%s\"\n", i, c->name,
                            c->line, got, c->content);
                failures++;
            }
        }
    }
    assert_int_equal(failures, 0);
}

/* ---- inputs that must be refused --------------------------------------- */

typedef struct {
    const char *name;
    const char *text;
    gsize len;
    const char *message; /* exact */
} BadCase;

static const BadCase bad_cases[] = {
    {"invalid byte", "ab\ncd\xFF" "ef", 8, "bad.txt:2:3: byte 5: not UTF-8 text (invalid byte 0xff)"},
    {"invalid after multibyte", "“x” \xC3\x28", 10,
     "bad.txt:1:5: byte 8: not UTF-8 text (invalid byte 0xc3)"},
    {"truncated sequence at end", "abc\xE2\x80", 5,
     "bad.txt:1:4: byte 3: not UTF-8 text (invalid byte 0xe2)"},
    {"overlong encoding", "a\xC0\xAF", 3, "bad.txt:1:2: byte 1: not UTF-8 text (invalid byte 0xc0)"},
    {"Latin-1 text", "caf\xE9 au lait", 12,
     "bad.txt:1:4: byte 3: not UTF-8 text (invalid byte 0xe9)"},
    {"NUL byte", "ab\r\nc\0d", 7, "bad.txt:2:2: byte 5: NUL byte; this looks like binary data, not text"},
    {"UTF-16 LE BOM", "\xFF\xFEh\0i\0", 6,
     "bad.txt:1:1: byte 0: UTF-16 text (byte-order mark); convert it to UTF-8"},
    {"UTF-16 BE BOM", "\xFE\xFF\0h\0i", 6,
     "bad.txt:1:1: byte 0: UTF-16 text (byte-order mark); convert it to UTF-8"},
    {"UTF-32 LE BOM", "\xFF\xFE\0\0h\0\0\0", 8,
     "bad.txt:1:1: byte 0: UTF-32 text (byte-order mark); convert it to UTF-8"},
    {"PNG header", "\x89PNG\r\n\x1a\n", 8,
     "bad.txt:1:1: byte 0: not UTF-8 text (invalid byte 0x89)"},
    /* past a run of eight plain bytes and more, which is read eight at a time */
    {"invalid byte after a long plain run", "abcdefghijklmnopq\xFFr", 19,
     "bad.txt:1:18: byte 17: not UTF-8 text (invalid byte 0xff)"},
    {"NUL after a long plain run", "abcdefgh\nijklmnop\0q", 19,
     "bad.txt:2:9: byte 17: NUL byte; this looks like binary data, not text"},
    {"sequence cut short by a plain byte", "abcdefghij\xE2\x80klmnopqrstu", 23,
     "bad.txt:1:11: byte 10: not UTF-8 text (invalid byte 0xe2)"},
    {"invalid after a character and a long plain run", "abcdefgh\xE2\x80\x99ijklmnopq\xC3(", 22,
     "bad.txt:1:19: byte 20: not UTF-8 text (invalid byte 0xc3)"},
    /* past runs of 32 plain bytes, read 32 at a time */
    {"invalid byte in the second run of 32",
     "abcdefghijklmnopqrstuvwxyz012345abcdefghijklmnopqrstuvwxyz\xFF" "012345abcdefgh", 73,
     "bad.txt:1:59: byte 58: not UTF-8 text (invalid byte 0xff)"},
    {"NUL in the second run of 32",
     "abcdefghijklmnopqrstuvwxyz012345abcdefghij\0lmnopqrstuvwxyz012345abcdefgh", 72,
     "bad.txt:1:43: byte 42: NUL byte; this looks like binary data, not text"},
};

static void
test_bad_input(void **state)
{
    (void)state;
    int failures = 0;
    for (gsize i = 0; i < G_N_ELEMENTS(bad_cases); i++) {
        const BadCase *c = &bad_cases[i];
        g_autoptr(GError) error = NULL;
        g_autoptr(CcSource) s = cc_source_new_from_data("bad.txt", c->text, c->len, &error);
        if (s != NULL || error == NULL) {
            print_error("case %zu \"%s\": accepted\n", i, c->name);
            failures++;
            continue;
        }
        if (!g_error_matches(error, CC_ERROR, CC_ERROR_INPUT)
            || strcmp(error->message, c->message) != 0) {
            print_error("case %zu \"%s\": got \"%s\" (code %d), want \"%s\"\n", i, c->name,
                        error->message, error->code, c->message);
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

/* The reader's check of UTF-8 answers as g_utf8_validate_len() does, on
 * seeded random texts of plain bytes, NULs, characters, stray and cut-short
 * sequences: accepted or refused alike, and refused at the same byte. */
static void
test_utf8_like_glib(void **state)
{
    (void)state;
    static const char *const pieces[] = {"a", "bcdefghij", " ", "\n", "\xE2\x80\x99",
                                         "\xC3\xA9", "\xF0\x9F\x98\x80", "\xE2\x80",
                                         "\x80", "\xFF", "\xC0\xAF", "\0",
                                         "klmnopqrstuvwxyz0123"};
    GRand *rand = g_rand_new_with_seed(12);
    int failures = 0;
    for (int n = 0; n < 2000; n++) {
        g_autoptr(GString) text = g_string_new("x");
        /* mostly valid: a bad piece is drawn one time in eight */
        int len = g_rand_int_range(rand, 1, 40);
        for (int k = 0; k < len; k++) {
            guint p = (guint)g_rand_int_range(rand, 0, G_N_ELEMENTS(pieces));
            if (p >= 7 && p <= 11 && g_rand_int_range(rand, 0, 8) != 0)
                p = 0;
            if (p == 11)
                g_string_append_c(text, '\0');
            else
                g_string_append(text, pieces[p]);
        }
        const char *bad = NULL;
        gboolean valid = g_utf8_validate_len(text->str, text->len, &bad);
        g_autoptr(GError) error = NULL;
        g_autoptr(CcSource) s = cc_source_new_from_data("r.txt", text->str, text->len, &error);
        g_autofree char *at = valid ? NULL
                                    : g_strdup_printf(": byte %td: ", bad - text->str);
        if (valid != (s != NULL) || (!valid && strstr(error->message, at) == NULL)) {
            print_error("text %d (%zu bytes): glib %s%s, reader %s\n", n, text->len,
                        valid ? "valid" : "invalid", valid ? "" : at,
                        s != NULL ? "accepted" : error->message);
            failures++;
        }
    }
    g_rand_free(rand);
    assert_int_equal(failures, 0);
}

/* ---- files ---------------------------------------------------------------- */

static void
test_files(void **state)
{
    (void)state;
    g_autoptr(GError) error = NULL;
    g_autofree char *dir = g_dir_make_tmp("cc-source-XXXXXX", &error);
    assert_non_null(dir);

    /* A readable file with a header. */
    g_autofree char *good = g_build_filename(dir, "draft.v2.txt", NULL);
    const char *body = "title: Draft\nid: d1\n---\nSome 11,000 troops.\n";
    assert_true(g_file_set_contents(good, body, -1, NULL));
    g_autoptr(CcSource) s = cc_source_new_from_file(good, &error);
    assert_non_null(s);
    assert_string_equal(cc_source_id(s), "d1");
    assert_string_equal(cc_source_path(s), good);
    assert_int_equal(cc_source_body_offset(s), 24);
    CcSource *again = cc_source_ref(s);
    assert_ptr_equal(again, s);
    cc_source_unref(again);
    assert_string_equal(cc_source_header(s, "title"), "Draft");

    /* Empty file: valid, no text. */
    g_autofree char *empty = g_build_filename(dir, "empty.txt", NULL);
    assert_true(g_file_set_contents(empty, "", 0, NULL));
    g_autoptr(CcSource) e = cc_source_new_from_file(empty, &error);
    assert_non_null(e);
    assert_int_equal(cc_source_length(e), 0);
    assert_string_equal(cc_source_text(e), "");
    assert_string_equal(cc_source_id(e), "empty");

    /* A file longer than a 64 KiB read: read whole, to its last byte. */
    g_autofree char *big = g_build_filename(dir, "big.txt", NULL);
    GString *long_text = g_string_new(NULL);
    for (guint i = 0; long_text->len < 200000; i++)
        g_string_append_printf(long_text, "Line %u holds some 11,000 troops.\n", i);
    assert_true(g_file_set_contents(big, long_text->str, (gssize)long_text->len, NULL));
    g_autoptr(CcSource) bg = cc_source_new_from_file(big, &error);
    assert_non_null(bg);
    assert_int_equal(cc_source_length(bg), long_text->len);
    assert_memory_equal(cc_source_text(bg), long_text->str, long_text->len);
    g_string_free(long_text, TRUE);

    /* Missing file: CC_ERROR_IO with the OS message. */
    g_autofree char *missing = g_build_filename(dir, "missing.txt", NULL);
    g_autoptr(CcSource) m = cc_source_new_from_file(missing, &error);
    assert_null(m);
    assert_true(g_error_matches(error, CC_ERROR, CC_ERROR_IO));
    g_autofree char *want_missing = g_strdup_printf("%s: %s", missing, g_strerror(ENOENT));
    assert_string_equal(error->message, want_missing);
    g_clear_error(&error);

    /* A directory. */
    g_autoptr(CcSource) d = cc_source_new_from_file(dir, &error);
    assert_null(d);
    assert_true(g_error_matches(error, CC_ERROR, CC_ERROR_IO));
    g_autofree char *want_dir = g_strdup_printf("%s: %s", dir, g_strerror(EISDIR));
    assert_string_equal(error->message, want_dir);
    g_clear_error(&error);

    /* A file that is not UTF-8: the path leads the message. */
    g_autofree char *latin = g_build_filename(dir, "latin1.txt", NULL);
    assert_true(g_file_set_contents(latin, "na\xEFve\n", 6, NULL));
    g_autoptr(CcSource) l = cc_source_new_from_file(latin, &error);
    assert_null(l);
    assert_true(g_error_matches(error, CC_ERROR, CC_ERROR_INPUT));
    g_autofree char *want_latin
        = g_strdup_printf("%s:1:3: byte 2: not UTF-8 text (invalid byte 0xef)", latin);
    assert_string_equal(error->message, want_latin);
    g_clear_error(&error);

    /* Seeds read as text. */
    g_autofree char *seed = g_build_filename(CC_FIXTURES_DIR, "seeds", "004_325149f86a3f782f.txt",
                                             NULL);
    g_autoptr(CcSource) sd = cc_source_new_from_file(seed, &error);
    assert_non_null(sd);
    assert_string_equal(cc_source_id(sd), "004_325149f86a3f782f");
    gsize a, b;
    assert_true(cc_source_line_bounds(sd, 1, &a, &b));
    assert_int_equal(a, 0);
    g_autofree char *first = g_strndup(cc_source_text(sd) + a, b - a);
    assert_string_equal(first, "Russia and North Korea Form a Pariah Alliance");

    g_unlink(good);
    g_unlink(empty);
    g_unlink(big);
    g_unlink(latin);
    g_rmdir(dir);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_header),      cmocka_unit_test(test_position),
        cmocka_unit_test(test_position_long_lines),
        cmocka_unit_test(test_line_bounds), cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_utf8_like_glib),
        cmocka_unit_test(test_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
