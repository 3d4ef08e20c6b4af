/* SPDX-License-Identifier: MIT */
/* records.c: reading record streams a line at a time — JSON Lines as
 * 'extract --format jsonl' writes them, or 'KEY<TAB>record' lines as
 * 'extract --key-prefix' writes them for Hadoop Streaming and Spark — and
 * the documents 'extract --documents' reads. Errors say "path:line:col". */
#include "records.h"

#include "../internal.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

/* The longest line read: a document of 16 MiB (the limit for one
 * document) with room for its JSON escapes; record lines are far
 * shorter. A longer line is read past, never held in memory. */
#define LINE_MAX_BYTES ((gsize)64 << 20)

/* What read() is asked for at a time. */
#define INPUT_BYTES ((gsize)1 << 16)

struct _CliLineReader {
    FILE *fp;
    gboolean owned;
    char *name; /* as messages say it: the path, or "<stdin>" */
    char *buf;  /* the line */
    gsize cap;
    gsize max; /* the longest line kept */
    guint line;
    char *in; /* the input read and not yet given out: in[pos, len) */
    gsize in_pos, in_len;
    int read_errno; /* a read's error, 0 if none */
};

CliLineReader *
cli_line_reader_open(const char *path, GError **error)
{
    FILE *fp = stdin;
    gboolean owned = FALSE;
    if (strcmp(path, "-") != 0) {
        fp = fopen(path, "r");
        if (fp == NULL) {
            g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: %s", path, g_strerror(errno));
            return NULL;
        }
        owned = TRUE;
    }
    CliLineReader *r = g_new0(CliLineReader, 1);
    r->fp = fp;
    r->owned = owned;
    r->name = g_strdup(strcmp(path, "-") == 0 ? "<stdin>" : path);
    r->max = LINE_MAX_BYTES;
    return r;
}

void
cli_line_reader_set_max_bytes(CliLineReader *r, gsize max_bytes)
{
    r->max = max_bytes;
}

void
cli_line_reader_free(CliLineReader *r)
{
    if (r == NULL)
        return;
    if (r->owned)
        fclose(r->fp);
    g_free(r->buf);
    g_free(r->in);
    g_free(r->name);
    g_free(r);
}

const char *
cli_line_reader_name(const CliLineReader *r)
{
    return r->name;
}

guint
cli_line_reader_line(const CliLineReader *r)
{
    return r->line;
}

/* The next input, a read() at a time: what a pipe holds is given out as it
 * comes, as getc() did, but a line is found by memchr() rather than a call a
 * byte. FALSE at the end and on an error (r->read_errno). */
static gboolean
fill(CliLineReader *r)
{
    if (r->in == NULL)
        r->in = g_malloc(INPUT_BYTES);
    r->in_pos = r->in_len = 0;
    if (r->read_errno != 0)
        return FALSE;
    for (;;) {
        ssize_t n = read(fileno(r->fp), r->in, INPUT_BYTES);
        if (n >= 0) {
            r->in_len = (gsize)n;
            return n > 0;
        }
        if (errno != EINTR) {
            r->read_errno = errno;
            return FALSE;
        }
    }
}

/* Reads one line into r->buf, without its line break; FALSE at the end of
 * the input. Past r->max bytes the line is read through but not kept, and
 * *too_long says so. */
static gboolean
read_line(CliLineReader *r, gsize *len, gboolean *too_long)
{
    gsize l = 0;
    gboolean any = FALSE;
    *too_long = FALSE;
    for (;;) {
        if (r->in_pos == r->in_len && !fill(r))
            break;
        any = TRUE;
        const char *start = r->in + r->in_pos;
        gsize avail = r->in_len - r->in_pos;
        const char *nl = memchr(start, '\n', avail);
        gsize n = nl != NULL ? (gsize)(nl - start) : avail;
        r->in_pos += n + (nl != NULL ? 1 : 0);
        if (!*too_long) {
            gsize keep = n;
            if (n > r->max - l) {
                keep = r->max - l;
                *too_long = TRUE;
            }
            if (l + keep + 1 > r->cap) {
                r->cap = MAX(MAX(r->cap * 2, l + keep + 1), (gsize)4096);
                r->buf = g_realloc(r->buf, r->cap);
            }
            memcpy(r->buf + l, start, keep);
            l += keep;
        }
        if (nl != NULL)
            break;
    }
    if (!any)
        return FALSE;
    if (r->buf == NULL) {
        r->cap = 4096;
        r->buf = g_malloc(r->cap);
    }
    r->buf[l] = '\0';
    *len = l;
    return TRUE;
}

gboolean
cli_line_reader_next(CliLineReader *r, char **text, gsize *len, GError **error)
{
    for (;;) {
        gsize l = 0;
        gboolean too_long = FALSE;
        if (!read_line(r, &l, &too_long)) {
            if (r->read_errno != 0)
                g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: cannot read: %s", r->name,
                            g_strerror(r->read_errno));
            return FALSE;
        }
        r->line++;
        if (too_long) {
            if (r->max % ((gsize)1 << 20) == 0)
                g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                            "%s:%u:1: line longer than %" G_GSIZE_FORMAT
                            " MiB; a record or document line is at most that",
                            r->name, r->line, r->max >> 20);
            else
                g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                            "%s:%u:1: line longer than %" G_GSIZE_FORMAT
                            " bytes; a record or document line is at most that",
                            r->name, r->line, r->max);
            return FALSE;
        }
        /* UTF-16 and UTF-32 are refused as documents are (DESIGN.md,
         * "Sources"), not reported as invalid UTF-8 or JSON. */
        if (r->line == 1) {
            const char *kind = cc_text_wide_encoding(r->buf, l);
            if (kind != NULL) {
                g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                            "%s:1:1: byte 0: %s text (byte-order mark); convert it to UTF-8",
                            r->name, kind);
                return FALSE;
            }
        }
        if (l > 0 && r->buf[l - 1] == '\r')
            l--;
        r->buf[l] = '\0';
        gsize skip = 0;
        while (skip < l && g_ascii_isspace(r->buf[skip]))
            skip++;
        if (skip == l)
            continue; /* blank lines say nothing */
        *text = r->buf;
        *len = l;
        return TRUE;
    }
}

/* ---- records --------------------------------------------------------------- */

struct _CliRecordReader {
    CliLineReader *lines;
    gboolean sorted;
    char *last_key; /* the previous line's key, when sorted */
    guint last_line;
};

CliRecordReader *
cli_record_reader_open(const char *path, gboolean sorted, GError **error)
{
    CliLineReader *lines = cli_line_reader_open(path, error);
    if (lines == NULL)
        return NULL;
    CliRecordReader *r = g_new0(CliRecordReader, 1);
    r->lines = lines;
    r->sorted = sorted;
    return r;
}

CliLineReader *
cli_record_reader_lines(CliRecordReader *r)
{
    return r->lines;
}

void
cli_record_reader_free(CliRecordReader *r)
{
    if (r == NULL)
        return;
    cli_line_reader_free(r->lines);
    g_free(r->last_key);
    g_free(r);
}

/* cli_record_from_line(), into @arena when not NULL. */
static CcClaim *
record_from_line(const char *name, guint line, const char *text, gsize len, CcClaimArena *arena,
                 GError **error)
{
    /* A record's JSON holds no raw tab (JSON escapes it in strings), so a
     * tab ends a key prefix. */
    const char *tab = memchr(text, '\t', len);
    const char *body = text;
    gsize body_len = len;
    guint column = 1;
    if (tab != NULL) {
        const char *bad = NULL;
        if (!g_utf8_validate(text, tab - text, &bad)) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s:%u:%u: invalid UTF-8", name, line,
                        (guint)g_utf8_strlen(text, bad - text) + 1);
            return NULL;
        }
        body = tab + 1;
        body_len = len - (gsize)(body - text);
        column = (guint)g_utf8_strlen(text, tab - text) + 2;
    }
    CcClaim *claim = arena != NULL ? cc_claim_from_json_line_in(arena, body, body_len, name,
                                                                line, column, error)
                                   : cc_claim_from_json_line(body, body_len, name, line,
                                                             column, error);
    if (claim == NULL)
        return NULL;
    if (tab != NULL) {
        g_autofree char *prefix = g_strndup(text, tab - text);
        if (g_strcmp0(prefix, claim->key) != 0) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "%s:%u:1: the key before the tab, '%s', is not the record's key %s%s%s",
                        name, line, prefix, claim->key ? "'" : "",
                        claim->key ? claim->key : "(none)", claim->key ? "'" : "");
            if (arena == NULL)
                cc_claim_free(claim);
            return NULL;
        }
    }
    return claim;
}

CcClaim *
cli_record_from_line(const char *name, guint line, const char *text, gsize len,
                     GError **error)
{
    return record_from_line(name, line, text, len, NULL, error);
}

CcClaim *
cli_record_reader_next(CliRecordReader *r, GError **error)
{
    char *text;
    gsize len;
    while (cli_line_reader_next(r->lines, &text, &len, error)) {
        const char *name = r->lines->name;
        guint line = r->lines->line;
        g_autoptr(CcClaim) claim = cli_record_from_line(name, line, text, len, error);
        if (claim == NULL)
            return NULL;
        if (r->sorted && claim->key == NULL)
            continue; /* no key, never compared */
        if (r->sorted) {
            if (r->last_key != NULL && strcmp(claim->key, r->last_key) < 0) {
                g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                            "%s:%u:1: input is not sorted by key: '%s' comes after '%s' "
                            "(line %u); sort it bytewise (LC_ALL=C sort) or leave out --sorted",
                            name, line, claim->key, r->last_key, r->last_line);
                return NULL;
            }
            if (r->last_key == NULL || strcmp(claim->key, r->last_key) != 0) {
                g_free(r->last_key);
                r->last_key = g_strdup(claim->key);
            }
            r->last_line = line;
        }
        return g_steal_pointer(&claim);
    }
    return NULL;
}

/* ---- every record of a file, parsed on several threads ----------------------- */

/* Lines are read on the calling thread (so that a line's number, the
 * byte-order mark and the longest line are judged as cli_line_reader_next
 * judges them) and handed out in batches; each batch is parsed on a worker
 * with its own JSON parser, and the batches are taken back in input order.
 * The first bad line in input order is the error, as on one thread. */
#define BATCH_BYTES ((gsize)1 << 20)
#define BATCH_LINES 4096u

typedef struct {
    const char *name;
    GString *text;  /* the lines, each NUL-terminated */
    GArray *starts; /* gsize: where each line starts in text */
    GArray *lines;  /* guint: each line's number */
    GPtrArray *claims;
    CcClaimArena *arena; /* the claims' when reading into an arena, else NULL */
    GError *error;
    gboolean done;
} Batch;

typedef struct {
    GMutex lock;
    GCond cond;
} BatchSync;

static BatchSync batch_sync;

static Batch *
batch_new(const char *name, gboolean arena)
{
    Batch *b = g_new0(Batch, 1);
    b->name = name;
    b->text = g_string_sized_new(BATCH_BYTES + 4096);
    b->starts = g_array_new(FALSE, FALSE, sizeof(gsize));
    b->lines = g_array_new(FALSE, FALSE, sizeof(guint));
    b->arena = arena ? cc_claim_arena_new() : NULL;
    b->claims = g_ptr_array_new_with_free_func(arena ? NULL : (GDestroyNotify)cc_claim_free);
    return b;
}

static void
batch_free(Batch *b)
{
    g_string_free(b->text, TRUE);
    g_array_unref(b->starts);
    g_array_unref(b->lines);
    g_ptr_array_unref(b->claims);
    cc_claim_arena_free(b->arena);
    g_clear_error(&b->error);
    g_free(b);
}

static void
batch_parse(gpointer data, gpointer user_data)
{
    (void)user_data;
    Batch *b = data;
    for (guint i = 0; i < b->starts->len; i++) {
        gsize start = g_array_index(b->starts, gsize, i);
        gsize end = i + 1 < b->starts->len ? g_array_index(b->starts, gsize, i + 1) - 1
                                           : b->text->len - 1;
        CcClaim *claim = record_from_line(b->name, g_array_index(b->lines, guint, i),
                                          b->text->str + start, end - start, b->arena,
                                          &b->error);
        if (claim == NULL)
            break;
        g_ptr_array_add(b->claims, claim);
    }
    g_mutex_lock(&batch_sync.lock);
    b->done = TRUE;
    g_cond_broadcast(&batch_sync.cond);
    g_mutex_unlock(&batch_sync.lock);
}

/* Waits for the oldest batch, moves its records to @claims; FALSE (and
 * @error set) when one of its lines is bad. */
static gboolean
batch_take(GQueue *pending, GPtrArray *claims, CcClaimArena *arena, GError **error)
{
    Batch *b = g_queue_pop_head(pending);
    g_mutex_lock(&batch_sync.lock);
    while (!b->done)
        g_cond_wait(&batch_sync.cond, &batch_sync.lock);
    g_mutex_unlock(&batch_sync.lock);
    gboolean ok = b->error == NULL;
    if (!ok)
        g_propagate_error(error, g_steal_pointer(&b->error));
    for (guint i = 0; i < b->claims->len; i++)
        g_ptr_array_add(claims, g_steal_pointer(&b->claims->pdata[i]));
    if (b->arena != NULL)
        cc_claim_arena_adopt(arena, b->arena);
    batch_free(b);
    return ok;
}

gboolean
cli_records_read_all(const char *path, guint jobs, GPtrArray *claims, CcClaimArena *arena,
                     GError **error)
{
    g_autoptr(CliLineReader) lines = cli_line_reader_open(path, error);
    if (lines == NULL)
        return FALSE;
    if (jobs <= 1) {
        char *text;
        gsize len;
        GError *local = NULL;
        while (cli_line_reader_next(lines, &text, &len, &local)) {
            CcClaim *claim = record_from_line(lines->name, lines->line, text, len, arena,
                                              &local);
            if (claim == NULL)
                break;
            g_ptr_array_add(claims, claim);
        }
        if (local != NULL) {
            g_propagate_error(error, local);
            return FALSE;
        }
        return TRUE;
    }
    GThreadPool *pool = g_thread_pool_new(batch_parse, NULL, (gint)jobs, FALSE, NULL);
    GQueue pending = G_QUEUE_INIT;
    guint window = 4 * jobs;
    gboolean ok = TRUE;
    GError *read_error = NULL;
    Batch *b = NULL;
    char *text;
    gsize len;
    for (;;) {
        gboolean more = cli_line_reader_next(lines, &text, &len, &read_error);
        if (more) {
            if (b == NULL)
                b = batch_new(lines->name, arena != NULL);
            g_array_append_val(b->starts, b->text->len);
            g_array_append_val(b->lines, lines->line);
            g_string_append_len(b->text, text, (gssize)len);
            g_string_append_c(b->text, '\0');
        }
        if (b != NULL && (!more || b->text->len >= BATCH_BYTES || b->lines->len >= BATCH_LINES)) {
            g_queue_push_tail(&pending, b);
            g_thread_pool_push(pool, b, NULL);
            b = NULL;
            if (g_queue_get_length(&pending) >= window && !batch_take(&pending, claims, arena, error)) {
                ok = FALSE;
                break;
            }
        }
        if (!more)
            break;
    }
    /* The batches before the end (or before a read error) in order: a bad
     * line among them comes before the read error. */
    while (ok && !g_queue_is_empty(&pending))
        if (!batch_take(&pending, claims, arena, error))
            ok = FALSE;
    if (ok && read_error != NULL) {
        g_propagate_error(error, g_steal_pointer(&read_error));
        ok = FALSE;
    }
    g_clear_error(&read_error);
    g_thread_pool_free(pool, FALSE, TRUE);
    g_queue_clear_full(&pending, (GDestroyNotify)batch_free);
    return ok;
}

/* ---- the sorted merge ------------------------------------------------------- */

struct _CliRecordMerge {
    guint n;
    CliRecordReader **readers;
    CcClaim **heads; /* the record each input is at; NULL once it is done */
};

void
cli_record_merge_free(CliRecordMerge *m)
{
    if (m == NULL)
        return;
    for (guint i = 0; i < m->n; i++) {
        cc_claim_free(m->heads[i]);
        cli_record_reader_free(m->readers[i]);
    }
    g_free(m->heads);
    g_free(m->readers);
    g_free(m);
}

static gboolean
merge_advance(CliRecordMerge *m, guint i, GError **error)
{
    GError *local = NULL;
    m->heads[i] = cli_record_reader_next(m->readers[i], &local);
    if (local != NULL) {
        g_propagate_error(error, local);
        return FALSE;
    }
    return TRUE;
}

CliRecordMerge *
cli_record_merge_open(char **paths, GError **error)
{
    CliRecordMerge *m = g_new0(CliRecordMerge, 1);
    m->n = paths ? g_strv_length(paths) : 0;
    m->readers = g_new0(CliRecordReader *, m->n);
    m->heads = g_new0(CcClaim *, m->n);
    for (guint i = 0; i < m->n; i++) {
        m->readers[i] = cli_record_reader_open(paths[i], TRUE, error);
        if (m->readers[i] == NULL || !merge_advance(m, i, error)) {
            cli_record_merge_free(m);
            return NULL;
        }
    }
    return m;
}

GPtrArray *
cli_record_merge_next(CliRecordMerge *m, GError **error)
{
    const char *key = NULL;
    for (guint i = 0; i < m->n; i++)
        if (m->heads[i] != NULL && (key == NULL || strcmp(m->heads[i]->key, key) < 0))
            key = m->heads[i]->key;
    if (key == NULL)
        return NULL;
    g_autofree char *group_key = g_strdup(key);
    g_autoptr(GPtrArray) group = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    for (guint i = 0; i < m->n; i++) {
        while (m->heads[i] != NULL && strcmp(m->heads[i]->key, group_key) == 0) {
            g_ptr_array_add(group, g_steal_pointer(&m->heads[i]));
            if (!merge_advance(m, i, error))
                return NULL;
        }
    }
    return g_steal_pointer(&group);
}

/* ---- documents ------------------------------------------------------------- */

static const char *
string_member(JsonObject *obj, const char *member)
{
    JsonNode *node = json_object_get_member(obj, member);
    if (node == NULL || !JSON_NODE_HOLDS_VALUE(node)
        || json_node_get_value_type(node) != G_TYPE_STRING)
        return NULL;
    return json_node_get_string(node);
}

CcSource *
cli_document_from_line(const char *name, guint line, const char *text, gsize len,
                       GError **error)
{
    const char *nul = memchr(text, '\0', len);
    gsize valid = nul != NULL ? (gsize)(nul - text) : len;
    const char *bad = NULL;
    if (!g_utf8_validate(text, (gssize)valid, &bad)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s:%u:%u: invalid UTF-8", name, line,
                    (guint)g_utf8_strlen(text, bad - text) + 1);
        return NULL;
    }
    if (nul != NULL) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s:%u:%u: a NUL byte; a document line is JSON text, not binary data", name,
                    line, (guint)g_utf8_strlen(text, (gssize)valid) + 1);
        return NULL;
    }
    /* A string ends at a NUL, so "\u0000" would cut the text short
     * unseen; a file holding a NUL byte is refused, and so is this. Lines
     * nested past any document's shape are refused before json-glib's
     * recursive parser reads them. */
    gsize where = 0;
    g_autofree char *field = NULL;
    switch (cc_json_line_scan(text, len, &where, &field)) {
    case CC_JSON_LINE_OK:
        break;
    case CC_JSON_LINE_TOO_DEEP:
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s:%u:%u: JSON nested deeper than %d levels; a document nests one", name,
                    line, (guint)g_utf8_strlen(text, (gssize)where) + 1, CC_JSON_MAX_DEPTH);
        return NULL;
    case CC_JSON_LINE_NUL:
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s:%u:%u: a document holds a NUL character (\\u0000)%s%s%s", name, line,
                    (guint)g_utf8_strlen(text, (gssize)where) + 1, field ? " in \"" : "",
                    field ? field : "", field ? "\"" : "");
        return NULL;
    }
    g_autoptr(JsonParser) parser = json_parser_new_immutable();
    g_autoptr(GError) local = NULL;
    if (!json_parser_load_from_data(parser, text, (gssize)len, &local)) {
        /* json-glib says "<data>:LINE:COL: Parse error: what" */
        guint col = 1;
        const char *what = local->message;
        const char *at = strstr(what, ">:");
        unsigned int l, c;
        int used = 0;
        if (at != NULL && sscanf(at + 2, "%u:%u:%n", &l, &c, &used) == 2 && used > 0) {
            /* json-glib counts bytes; columns count characters (the line
             * is valid UTF-8 here). */
            col = (guint)g_utf8_strlen(text, (gssize)MIN((gsize)c, len));
            if (c > len)
                col += (guint)(c - len);
            col = MAX(col, 1u);
            what = at + 2 + used;
            while (*what == ' ')
                what++;
            if (g_str_has_prefix(what, "Parse error: "))
                what += strlen("Parse error: ");
        }
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s:%u:%u: invalid JSON: %s", name, line,
                    col, what);
        return NULL;
    }
    JsonNode *root = json_parser_get_root(parser);
    if (root == NULL || !JSON_NODE_HOLDS_OBJECT(root)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s:%u:1: a document is an object {\"path\": …, \"text\": …}", name, line);
        return NULL;
    }
    JsonObject *obj = json_node_get_object(root);
    const char *path = string_member(obj, "path");
    const char *body = string_member(obj, "text");
    if (path == NULL || path[0] == '\0' || body == NULL) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s:%u:1: a document needs \"path\" (a non-empty string) and \"text\" "
                    "(a string)",
                    name, line);
        return NULL;
    }
    /* json-glib reads octal escapes ("\\251") into single bytes, so a
     * valid UTF-8 line can still give a path that is not; the text is
     * checked where every document's is. */
    if (!g_utf8_validate(path, -1, NULL)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s:%u:1: \"path\" is not valid UTF-8 (an escape made a byte that is no "
                    "character)",
                    name, line);
        return NULL;
    }
    return cc_source_new_from_data(path, body, strlen(body), error);
}
