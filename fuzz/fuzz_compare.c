/* SPDX-License-Identifier: MIT */
/* fuzz_compare.c: records read from fuzzed JSON Lines (as `compare
 * --records` reads them) through the comparator and every report writer:
 * the extract table and JSON Lines, compare's text, JSON, JSON Lines and
 * HTML, and check's diagnostics, JSON and SARIF with the first record's
 * source as the draft. A record the reader accepts must never crash the
 * comparator (the extreme numbers: a tolerance of 1.7e308 once made NaN
 * and a NULL consensus), the JSON written must parse, and the text written
 * must hold no control character but tab and newline. The input's first
 * byte, when it is no '{', sets the relation budget, so that the
 * summarised path is reached too. */
#include "fuzz_common.h"

#include <claimcheck/claimcheck.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The words that tell a speaker's country, for check: a few names, one
 * with a curly apostrophe, so that any attribution is read for them. */
static const CcLexicon *
speakers_lexicon(void)
{
    static CcLexicon *lexicon;
    if (lexicon == NULL) {
        static const char *const rows[][3] = {
            {"parties", "seoul", ""},
            {"entities", "seoul", "south_korea"},
            {"parties", "ukraine", ""},
            {"entities", "ukraine", "ukraine"},
            {"speaker_countries", "us", "united_states"},
            {"speaker_countries", "kim’s", "north_korea"},
        };
        lexicon = cc_lexicon_new();
        for (guint i = 0; i < G_N_ELEMENTS(rows); i++)
            if (!cc_lexicon_add(lexicon, rows[i][0], rows[i][1], rows[i][2], NULL, 0, NULL))
                abort();
    }
    return lexicon;
}

/* A memory stream for one writer; *@buf and *@len once closed. */
typedef struct {
    FILE *fp;
    char *buf;
    size_t len;
} Sink;

static void
sink_open(Sink *s)
{
    s->buf = NULL;
    s->len = 0;
    s->fp = open_memstream(&s->buf, &s->len);
    if (s->fp == NULL)
        abort();
}

static void
sink_close(Sink *s, const char *what, gboolean ok, GError *error)
{
    fclose(s->fp);
    if (!ok) {
        fprintf(stderr, "fuzz_compare: %s failed: %s\n", what, error ? error->message : "?");
        abort();
    }
}

/* Text for a terminal: no control character but tab and newline. */
static void
check_text(const Sink *s, const char *what)
{
    for (size_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->buf[i];
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
            fprintf(stderr, "fuzz_compare: %s wrote control byte 0x%02x at %zu\n", what, c, i);
            abort();
        }
        if (c == 0xC2 && i + 1 < s->len && (unsigned char)s->buf[i + 1] >= 0x80
            && (unsigned char)s->buf[i + 1] <= 0x9F) {
            fprintf(stderr, "fuzz_compare: %s wrote a C1 control at %zu\n", what, i);
            abort();
        }
    }
}

/* JSON (or each line of JSON Lines, after any "KEY<TAB>") must parse. */
static void
check_json(const Sink *s, const char *what, gboolean lines)
{
    g_autoptr(JsonParser) parser = json_parser_new();
    g_autoptr(GError) error = NULL;
    if (!lines) {
        if (!json_parser_load_from_data(parser, s->buf, (gssize)s->len, &error)) {
            fprintf(stderr, "fuzz_compare: %s wrote invalid JSON: %s\n", what, error->message);
            abort();
        }
        return;
    }
    g_auto(GStrv) split = g_strsplit(s->buf, "\n", -1);
    for (guint i = 0; split[i] != NULL; i++) {
        if (split[i][0] == '\0')
            continue;
        const char *tab = strchr(split[i], '\t');
        const char *json = tab != NULL ? tab + 1 : split[i];
        if (!json_parser_load_from_data(parser, json, -1, &error)) {
            fprintf(stderr, "fuzz_compare: %s wrote invalid JSON at line %u: %s\n", what, i + 1,
                    error->message);
            abort();
        }
    }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    CcCompareOptions copts;
    cc_compare_options_init(&copts);
    if (size > 0 && data[0] != '{') {
        copts.max_relations = 1 + data[0] % 16;
        data++;
        size--;
    }
    /* The records the reader accepts, line by line; the others are its
     * business (fuzz_records). */
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    g_autoptr(GPtrArray) draft = g_ptr_array_new();
    g_autoptr(GPtrArray) refs = g_ptr_array_new();
    const char *text = (const char *)data;
    guint line = 0;
    for (size_t pos = 0; pos < size;) {
        const char *start = text + pos;
        const char *nl = memchr(start, '\n', size - pos);
        size_t len = nl != NULL ? (size_t)(nl - start) : size - pos;
        pos += len + (nl != NULL);
        line++;
        g_autoptr(GError) error = NULL;
        CcClaim *claim = cc_claim_from_json_line(start, len, "fuzz", line, 1, &error);
        if (claim == NULL)
            continue;
        g_ptr_array_add(claims, claim);
    }
    if (claims->len == 0)
        return 0;
    const char *draft_source = ((CcClaim *)claims->pdata[0])->source;
    for (guint i = 0; i < claims->len; i++) {
        CcClaim *c = claims->pdata[i];
        g_ptr_array_add(strcmp(c->source, draft_source) == 0 ? draft : refs, c);
    }

    g_autoptr(GError) error = NULL;
    Sink s;
    CcReportOptions ropts = {0};
    sink_open(&s);
    sink_close(&s, "cc_report_table", cc_report_table(s.fp, claims, &ropts, &error), error);
    check_text(&s, "cc_report_table");
    free(s.buf);
    sink_open(&s);
    sink_close(&s, "cc_report_jsonl", cc_report_jsonl(s.fp, claims, &error), error);
    check_json(&s, "cc_report_jsonl", TRUE);
    free(s.buf);

    g_autoptr(CcComparison) cmp = cc_compare(claims, &copts);
    sink_open(&s);
    sink_close(&s, "cc_report_compare_text",
               cc_report_compare_text(s.fp, cmp, NULL, &ropts, &error), error);
    check_text(&s, "cc_report_compare_text");
    free(s.buf);
    sink_open(&s);
    sink_close(&s, "cc_report_compare_json", cc_report_compare_json(s.fp, cmp, NULL, &error),
               error);
    check_json(&s, "cc_report_compare_json", FALSE);
    free(s.buf);
    sink_open(&s);
    sink_close(&s, "cc_report_compare_jsonl",
               cc_report_compare_jsonl(s.fp, cmp, size % 2 == 0, &error), error);
    check_json(&s, "cc_report_compare_jsonl", TRUE);
    free(s.buf);
    sink_open(&s);
    sink_close(&s, "cc_report_compare_html", cc_report_compare_html(s.fp, cmp, NULL, &error),
               error);
    free(s.buf);

    CcCheckOptions chopts;
    cc_check_options_init(&chopts);
    chopts.strict = size % 3 == 0;
    chopts.speakers = size % 2 == 0 ? speakers_lexicon() : NULL;
    g_autoptr(CcCheck) check = cc_check_run(draft, refs, &chopts);
    /* A draft is valid UTF-8 without NUL once read; so is the text shown. */
    gboolean shown = g_utf8_validate(text, (gssize)size, NULL) && memchr(text, 0, size) == NULL;
    const char *draft_text = shown ? text : NULL;
    gsize draft_len = shown ? size : 0;
    sink_open(&s);
    sink_close(&s, "cc_check_write_diag",
               cc_check_write_diag(s.fp, check, draft_text, draft_len, FALSE, &error), error);
    check_text(&s, "cc_check_write_diag");
    free(s.buf);
    sink_open(&s);
    sink_close(&s, "cc_check_write_json", cc_check_write_json(s.fp, check, &error), error);
    check_json(&s, "cc_check_write_json", FALSE);
    free(s.buf);
    sink_open(&s);
    sink_close(&s, "cc_check_write_sarif",
               cc_check_write_sarif(s.fp, check, draft_text, draft_len, &error), error);
    check_json(&s, "cc_check_write_sarif", FALSE);
    free(s.buf);
    return 0;
}
