/* SPDX-License-Identifier: MIT */
/* fuzz_lines.c: the command line's line-oriented readers (src/cli/records.c)
 * on arbitrary bytes — the bounded line reader behind `compare --records`,
 * `extract --documents` and `--files-from`, "KEY<TAB>" prefixes and the
 * order check of `compare --sorted`. fuzz_records covers the record parser
 * itself; this target checks what the readers add around it:
 *
 * - lines: the reader gives exactly the input's non-blank lines, CR LF
 *   ended or not, with their line numbers, NUL bytes kept; a line past the
 *   limit (64 MiB, and here 64 bytes and one the input picks) is refused at
 *   "path:N:1"; a UTF-16 or UTF-32 byte-order mark is refused at 1:1;
 * - records: every error names "path:LINE:COL" with the line being read
 *   and a column on it; a prefix is the record's key; records written back
 *   as "KEY<TAB>record" lines read back the same;
 * - sorted: reading with --sorted gives the keyed records of the plain read
 *   in order, and fails exactly at the first key smaller than the one before;
 * - merge: the input's lines dealt alternately into two files, the sorted
 *   merge of `compare --sorted` gives each key once, smallest first, with
 *   every record of that key from the first file and then the second, or
 *   fails when reading either file alone fails;
 * - documents: every line is a document or an error naming its line. */
#include "fuzz_common.h"

#include "records.h"

#include <claimcheck/claimcheck.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fuzz_lines: " __VA_ARGS__);                                           \
            fputc('\n', stderr);                                                                   \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* One line of the input as the oracle splits it. */
typedef struct {
    guint number;    /* 1-based */
    gsize start;     /* byte offset of its first byte */
    gsize raw_len;   /* bytes before the '\n' (a CR included) */
    gsize len;       /* without a final CR */
    gboolean blank;  /* only ASCII white space */
} Line;

static GArray *
split_lines(const uint8_t *data, size_t size)
{
    GArray *lines = g_array_new(FALSE, FALSE, sizeof(Line));
    gsize start = 0;
    guint number = 0;
    while (start < size) {
        const uint8_t *nl = memchr(data + start, '\n', size - start);
        gsize end = nl ? (gsize)(nl - data) : size;
        Line l = {.number = ++number, .start = start, .raw_len = end - start};
        l.len = l.raw_len;
        if (l.len > 0 && data[start + l.len - 1] == '\r')
            l.len--;
        l.blank = TRUE;
        for (gsize i = 0; i < l.len; i++)
            if (!g_ascii_isspace(data[start + i]))
                l.blank = FALSE;
        g_array_append_val(lines, l);
        start = nl ? end + 1 : size;
    }
    return lines;
}

static const char *
byte_order_mark(const uint8_t *data, gsize raw_len)
{
    if (raw_len >= 4 && ((data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0)
                         || (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF)))
        return "UTF-32";
    if (raw_len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
        return "UTF-16";
    return NULL;
}

/* The line reader against the oracle, with at most @max bytes a line
 * (0: the reader's own limit). */
static void
check_lines(const char *path, const uint8_t *data, GArray *lines, gsize max)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(CliLineReader) r = cli_line_reader_open(path, &error);
    CHECK(r != NULL, "cannot open %s", path);
    if (max > 0)
        cli_line_reader_set_max_bytes(r, max);
    for (guint i = 0; i < lines->len; i++) {
        const Line *l = &g_array_index(lines, Line, i);
        g_autofree char *at = g_strdup_printf("%s:%u:1: ", path, l->number);
        gboolean too_long = max > 0 && l->raw_len > max;
        const char *bom = l->number == 1 ? byte_order_mark(data + l->start, l->raw_len) : NULL;
        if (l->blank && !too_long && bom == NULL)
            continue;
        char *text = NULL;
        gsize len = 0;
        gboolean got = cli_line_reader_next(r, &text, &len, &error);
        if (too_long || bom != NULL) {
            CHECK(!got && error != NULL, "line %u (%" G_GSIZE_FORMAT " bytes, limit %" G_GSIZE_FORMAT
                  "%s%s) was not refused", l->number, l->raw_len, max, bom ? ", " : "", bom ? bom : "");
            CHECK(g_str_has_prefix(error->message, at), "line %u refused as '%s'", l->number,
                  error->message);
            CHECK(strstr(error->message, too_long ? "line longer than" : bom) != NULL,
                  "line %u refused for the wrong reason: %s", l->number, error->message);
            return;
        }
        CHECK(got, "line %u lost: %s", l->number, error ? error->message : "(at the end)");
        CHECK(cli_line_reader_line(r) == l->number, "line %u read as line %u", l->number,
              cli_line_reader_line(r));
        CHECK(len == l->len && memcmp(text, data + l->start, len) == 0 && text[len] == '\0',
              "line %u read as %" G_GSIZE_FORMAT " bytes, not %" G_GSIZE_FORMAT, l->number, len,
              l->len);
    }
    char *text = NULL;
    gsize len = 0;
    CHECK(!cli_line_reader_next(r, &text, &len, &error) && error == NULL,
          "a line past the end, or an error: %s", error ? error->message : "(a line)");
}

/* What a record read gives. */
typedef struct {
    guint line;
    char *key;  /* NULL for a keyless record */
    char *json; /* written back */
} Read;

static void
read_clear(gpointer p)
{
    Read *r = p;
    g_free(r->key);
    g_free(r->json);
}

/* An error names "path:LINE:COL: " with LINE the line being read and COL a
 * column on it. */
static void
check_position(const char *path, const GError *error, const uint8_t *data, GArray *lines,
               guint line)
{
    CHECK(error->domain == CC_ERROR && error->code == CC_ERROR_INPUT, "not an input error: %s",
          error->message);
    g_autofree char *at = g_strdup_printf("%s:%u:", path, line);
    CHECK(g_str_has_prefix(error->message, at), "error at line %u says '%s'", line,
          error->message);
    const char *p = error->message + strlen(at);
    char *end = NULL;
    guint64 col = g_ascii_strtoull(p, &end, 10);
    CHECK(end != p && end[0] == ':' && end[1] == ' ', "no column: %s", error->message);
    CHECK(line >= 1 && line <= lines->len, "line %u of %u: %s", line, lines->len, error->message);
    const Line *l = &g_array_index(lines, Line, line - 1);
    /* Columns count characters, so a column is at most one past the
     * line's last byte, and past its last character when it is UTF-8. */
    const char *text = (const char *)data + l->start;
    gsize width = l->len;
    if (g_utf8_validate_len(text, l->len, NULL))
        width = (gsize)g_utf8_strlen(text, (gssize)l->len);
    CHECK(col >= 1 && col <= width + 1, "column %" G_GUINT64_FORMAT " on a line %" G_GSIZE_FORMAT
          " characters wide: %s", col, width, error->message);
}

/* Reads @path as records; returns what it read, and the error it ended on. */
static GArray *
read_records(const char *path, gboolean sorted, const uint8_t *data, GArray *lines,
             GError **error)
{
    GArray *out = g_array_new(FALSE, FALSE, sizeof(Read));
    g_array_set_clear_func(out, read_clear);
    g_autoptr(CliRecordReader) r = cli_record_reader_open(path, sorted, error);
    CHECK(r != NULL, "cannot open %s", path);
    CcClaim *claim;
    while ((claim = cli_record_reader_next(r, error)) != NULL) {
        guint line = cli_line_reader_line(cli_record_reader_lines(r));
        Read rd = {.line = line, .key = g_strdup(claim->key),
                   .json = cc_claim_to_json_line(claim)};
        g_array_append_val(out, rd);
        cc_claim_free(claim);
    }
    if (*error != NULL && lines != NULL)
        check_position(path, *error, data, lines,
                       cli_line_reader_line(cli_record_reader_lines(r)));
    return out;
}

/* More files: the records written back, the two halves of the merge. */
static const char *
scratch_file(guint which)
{
    static char *paths[3];
    g_assert(which < G_N_ELEMENTS(paths));
    if (paths[which] == NULL)
        paths[which] = fuzz_temp_file("scratch-XXXXXX.jsonl");
    CHECK(paths[which] != NULL, "no scratch file");
    return paths[which];
}

static void
check_records(const char *path, const uint8_t *data, GArray *lines)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(GArray) plain = read_records(path, FALSE, data, lines, &error);

    /* Each record came from a non-blank line after the one before it, and
     * a "KEY<TAB>" prefix was its key. */
    guint last = 0;
    for (guint i = 0; i < plain->len; i++) {
        const Read *rd = &g_array_index(plain, Read, i);
        CHECK(rd->line > last && rd->line <= lines->len, "record %u on line %u after line %u", i,
              rd->line, last);
        const Line *l = &g_array_index(lines, Line, rd->line - 1);
        CHECK(!l->blank, "a record from blank line %u", rd->line);
        const char *tab = memchr(data + l->start, '\t', l->len);
        if (tab != NULL) {
            gsize n = (gsize)((const uint8_t *)tab - (data + l->start));
            CHECK(rd->key != NULL && strlen(rd->key) == n && memcmp(rd->key, data + l->start, n) == 0,
                  "line %u: a prefix that is not the record's key", rd->line);
        }
        last = rd->line;
    }

    /* --sorted: the keyed records, up to the first key smaller than the one
     * before it, which is refused at its line. */
    g_autoptr(GError) sorted_error = NULL;
    g_autoptr(GArray) sorted = read_records(path, TRUE, data, lines, &sorted_error);
    guint k = 0;
    const char *prev = NULL;
    gboolean stopped = FALSE;
    for (guint i = 0; i < plain->len && !stopped; i++) {
        const Read *rd = &g_array_index(plain, Read, i);
        if (rd->key == NULL)
            continue;
        if (prev != NULL && strcmp(rd->key, prev) < 0) {
            g_autofree char *at = g_strdup_printf("%s:%u:1: input is not sorted by key", path,
                                                  rd->line);
            CHECK(sorted_error != NULL && g_str_has_prefix(sorted_error->message, at),
                  "line %u: key '%s' after '%s' not refused (%s)", rd->line, rd->key, prev,
                  sorted_error ? sorted_error->message : "no error");
            stopped = TRUE;
            break;
        }
        CHECK(k < sorted->len, "--sorted stopped before line %u: %s", rd->line,
              sorted_error ? sorted_error->message : "no error");
        const Read *s = &g_array_index(sorted, Read, k);
        CHECK(s->line == rd->line && strcmp(s->json, rd->json) == 0,
              "--sorted read line %u where the plain read had line %u", s->line, rd->line);
        prev = rd->key;
        k++;
    }
    if (!stopped) {
        CHECK(k == sorted->len, "--sorted read %u records, the plain read %u keyed", sorted->len, k);
        CHECK((error == NULL) == (sorted_error == NULL)
                  && (error == NULL || strcmp(error->message, sorted_error->message) == 0),
              "--sorted ended on '%s', the plain read on '%s'",
              sorted_error ? sorted_error->message : "nothing",
              error ? error->message : "nothing");
    }

    /* Written back as extract --key-prefix writes them (keyless records
     * plain), the records read back the same. */
    GString *back = g_string_new(NULL);
    for (guint i = 0; i < plain->len; i++) {
        const Read *rd = &g_array_index(plain, Read, i);
        if (rd->key != NULL && strpbrk(rd->key, "\t\n\r") == NULL)
            g_string_append_printf(back, "%s\t", rd->key);
        g_string_append_printf(back, "%s\n", rd->json);
    }
    const char *scratch = scratch_file(0);
    CHECK(fuzz_write_file(scratch, back->str, back->len), "cannot write %s", scratch);
    g_string_free(back, TRUE);
    g_autoptr(GError) again = NULL;
    g_autoptr(GArray) reread = read_records(scratch, FALSE, NULL, NULL, &again);
    CHECK(again == NULL, "records written back do not read back: %s", again->message);
    CHECK(reread->len == plain->len, "%u records written back, %u read", plain->len, reread->len);
    for (guint i = 0; i < plain->len; i++)
        CHECK(strcmp(g_array_index(reread, Read, i).json, g_array_index(plain, Read, i).json) == 0,
              "record %u changed on the way back", i);
}

/* The keyed records of a --sorted read of @path, and its error. */
static GArray *
read_sorted(const char *path, GError **error)
{
    return read_records(path, TRUE, NULL, NULL, error);
}

static void
check_merge(const uint8_t *data, GArray *lines)
{
    GString *half[2] = {g_string_new(NULL), g_string_new(NULL)};
    guint k = 0;
    for (guint i = 0; i < lines->len; i++) {
        const Line *l = &g_array_index(lines, Line, i);
        if (l->blank)
            continue;
        g_string_append_len(half[k % 2], (const char *)data + l->start, (gssize)l->raw_len);
        g_string_append_c(half[k % 2], '\n');
        k++;
    }
    char *paths[3] = {(char *)scratch_file(1), (char *)scratch_file(2), NULL};
    for (guint h = 0; h < 2; h++) {
        CHECK(fuzz_write_file(paths[h], half[h]->str, half[h]->len), "cannot write %s", paths[h]);
        g_string_free(half[h], TRUE);
    }
    g_autoptr(GError) error_a = NULL;
    g_autoptr(GError) error_b = NULL;
    g_autoptr(GArray) a = read_sorted(paths[0], &error_a);
    g_autoptr(GArray) b = read_sorted(paths[1], &error_b);

    g_autoptr(GError) error = NULL;
    g_autoptr(CliRecordMerge) merge = cli_record_merge_open(paths, &error);
    guint ia = 0, ib = 0;
    const char *last = NULL;
    g_autofree char *last_key = NULL;
    GPtrArray *group;
    while (merge != NULL && (group = cli_record_merge_next(merge, &error)) != NULL) {
        CHECK(group->len > 0, "an empty key group");
        const char *key = ((CcClaim *)group->pdata[0])->key;
        CHECK(key != NULL, "a keyless record merged");
        CHECK(last == NULL || strcmp(last, key) < 0, "key '%s' merged after '%s'", key, last);
        /* The group is this key's records of the first file, then of the
         * second, as each reads alone. */
        for (guint g = 0; g < group->len; g++) {
            const CcClaim *c = group->pdata[g];
            CHECK(strcmp(c->key, key) == 0, "key '%s' in the group of '%s'", c->key, key);
            const Read *want = NULL;
            if (ia < a->len && strcmp(g_array_index(a, Read, ia).key, key) == 0)
                want = &g_array_index(a, Read, ia++);
            else if (ib < b->len && strcmp(g_array_index(b, Read, ib).key, key) == 0)
                want = &g_array_index(b, Read, ib++);
            CHECK(want != NULL, "record %u of key '%s' is in neither file's place", g, key);
            g_autofree char *json = cc_claim_to_json_line(c);
            CHECK(strcmp(json, want->json) == 0, "key '%s': records merged out of order", key);
        }
        CHECK((ia >= a->len || strcmp(g_array_index(a, Read, ia).key, key) != 0)
                  && (ib >= b->len || strcmp(g_array_index(b, Read, ib).key, key) != 0),
              "key '%s': a record left out of its group", key);
        g_free(last_key);
        last_key = g_strdup(key);
        last = last_key;
        g_ptr_array_unref(group);
    }
    if (error_a == NULL && error_b == NULL) {
        CHECK(error == NULL, "the merge failed on files that read alone: %s", error->message);
        CHECK(ia == a->len && ib == b->len, "the merge left records out: %u of %u, %u of %u", ia,
              a->len, ib, b->len);
    } else {
        CHECK(error != NULL, "the merge read past '%s'",
              error_a ? error_a->message : error_b->message);
        CHECK((error_a && strcmp(error->message, error_a->message) == 0)
                  || (error_b && strcmp(error->message, error_b->message) == 0),
              "the merge failed on '%s', reading alone on '%s' / '%s'", error->message,
              error_a ? error_a->message : "", error_b ? error_b->message : "");
    }
}

static void
check_documents(const char *path, const uint8_t *data, GArray *lines)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(CliLineReader) r = cli_line_reader_open(path, &error);
    CHECK(r != NULL, "cannot open %s", path);
    char *text;
    gsize len;
    while (cli_line_reader_next(r, &text, &len, &error)) {
        g_autoptr(GError) bad = NULL;
        g_autoptr(CcSource) source = cli_document_from_line(
            cli_line_reader_name(r), cli_line_reader_line(r), text, len, &bad);
        if (source != NULL)
            continue;
        CHECK(bad != NULL, "a document refused without an error");
        /* The line's own faults name the line; a document's text is then
         * checked as any document is, under the path it gives. */
        g_autofree char *at = g_strdup_printf("%s:%u:", path, cli_line_reader_line(r));
        if (g_str_has_prefix(bad->message, at))
            check_position(path, bad, data, lines, cli_line_reader_line(r));
    }
    if (error != NULL)
        check_position(path, error, data, lines, cli_line_reader_line(r));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    const char *path = fuzz_input_file("input-XXXXXX.jsonl", data, size);
    if (path == NULL)
        return 0;
    g_autoptr(GArray) lines = split_lines(data, size);
    check_lines(path, data, lines, 0);
    check_lines(path, data, lines, 64);
    check_lines(path, data, lines, size > 0 ? data[0] : 1);
    check_records(path, data, lines);
    check_merge(data, lines);
    check_documents(path, data, lines);
    return 0;
}
