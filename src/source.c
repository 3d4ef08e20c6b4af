/* SPDX-License-Identifier: MIT */
/* source.c: a document as read. Owns the bytes (checked to be UTF-8 text),
 * the optional `key: value` header block ended by `---`, and a line map of
 * line-start offsets that turns byte offsets into line and character column. */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/* The header block must close within this many lines, or there is none. */
#define HEADER_MAX_LINES 40

/* A document is refused past this size (DESIGN.md, "Errors and bad input"):
 * news articles and drafts are kilobytes, extraction runs at about a
 * megabyte a second and a few times the document in memory, so a larger
 * file is a mistake (a database dump, a concatenated corpus) better told
 * at once than scanned for minutes. */
#define SOURCE_MAX_BYTES ((gsize)16 << 20)

#define SOURCE_PADDING 64

static gboolean
too_large(const char *path, GError **error)
{
    /* The whole document is at fault, so the position is its start. */
    g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                "%s:1:1: larger than %" G_GSIZE_FORMAT " MiB, the limit for one document; "
                "split it into documents",
                path, SOURCE_MAX_BYTES >> 20);
    return FALSE;
}

struct _CcSource {
    gint refcount;
    char *path;
    char *id;
    char *text; /* NUL-terminated copy of the file */
    gsize len;
    gsize bom;         /* 3 when the file opens with a UTF-8 byte-order mark */
    gsize body_offset; /* after the header block, else after the BOM */
    GHashTable *header; /* key -> value, both owned */
    guint32 date;
    GArray *line_starts; /* gsize offsets, line_starts[0] == 0 */
    GArray *column_marks; /* ColumnMark, by offset: points inside long lines */
};

/* A column is a count of characters from the start of the line. Inside a
 * line longer than COLUMN_MARK_SPAN bytes a mark every COLUMN_MARK_SPAN
 * bytes holds the count so far, so that finding a column costs at most
 * one span's count instead of the whole line's: without them, the records
 * of a document on one long line cost time quadratic in its length. */
#define COLUMN_MARK_SPAN 4096

typedef struct {
    gsize offset; /* a character boundary */
    gsize chars;  /* characters from the line's first one to @offset */
} ColumnMark;

/* Offset just past the line break at @p (\n, \r\n or \r), or @p if none. */
static gsize
skip_line_break(const char *text, gsize len, gsize p)
{
    if (p < len && text[p] == '\r')
        return p + 1 < len && text[p + 1] == '\n' ? p + 2 : p + 1;
    if (p < len && text[p] == '\n')
        return p + 1;
    return p;
}

static GArray *
build_line_map(const char *text, gsize len)
{
    GArray *starts = g_array_new(FALSE, FALSE, sizeof(gsize));
    gsize zero = 0;
    g_array_append_val(starts, zero);
    /* with no CR in the text (most of it), every line but the first starts
     * after an LF, and memchr() finds those faster than the loop below */
    if (memchr(text, '\r', len) == NULL) {
        const char *end = text + len;
        for (const char *p = text; (p = memchr(p, '\n', (gsize)(end - p))) != NULL;) {
            gsize start = (gsize)(++p - text);
            g_array_append_val(starts, start);
        }
        return starts;
    }
    const guint64 ones = G_GUINT64_CONSTANT(0x0101010101010101);
    const guint64 highs = G_GUINT64_CONSTANT(0x8080808080808080);
    for (gsize i = 0; i < len;) {
        /* eight bytes at a time past those with no CR or LF among them */
        if (i + 8 <= len) {
            guint64 w;
            memcpy(&w, text + i, sizeof w);
            guint64 lf = w ^ (ones * '\n'), cr = w ^ (ones * '\r');
            if (((((lf - ones) & ~lf) | ((cr - ones) & ~cr)) & highs) == 0) {
                i += 8;
                continue;
            }
        }
        if (text[i] == '\n' || text[i] == '\r') {
            i = skip_line_break(text, len, i);
            g_array_append_val(starts, i);
        } else {
            i++;
        }
    }
    return starts;
}

/* Marks inside the lines of @starts longer than COLUMN_MARK_SPAN; the
 * first line counts from @bom. */
static GArray *
build_column_marks(const char *text, gsize len, gsize bom, const GArray *starts)
{
    GArray *marks = g_array_new(FALSE, FALSE, sizeof(ColumnMark));
    for (guint i = 0; i < starts->len; i++) {
        gsize from = i == 0 ? MIN(bom, len) : g_array_index(starts, gsize, i);
        gsize to = i + 1 < starts->len ? g_array_index(starts, gsize, i + 1) : len;
        if (to - from <= COLUMN_MARK_SPAN)
            continue;
        ColumnMark mark = {from, 0};
        gsize next = from + COLUMN_MARK_SPAN;
        for (gsize p = from; p < to;) {
            p += cc_utf8_step(text + p, text + to);
            mark.chars++;
            if (p >= next && p < to) {
                mark.offset = p;
                g_array_append_val(marks, mark);
                next = p + COLUMN_MARK_SPAN;
            }
        }
    }
    return marks;
}

/* cc_utf8_count_chars() of @len bytes at @text, the same count: runs of
 * eight ASCII bytes are counted eight at a time (each is a character of
 * one byte), the rest a character at a time as it does. */
static gsize
count_chars(const char *text, gsize len)
{
    const guint64 highs = G_GUINT64_CONSTANT(0x8080808080808080);
    gsize n = 0, i = 0;
    while (i < len) {
        if (i + 8 <= len) {
            guint64 w;
            memcpy(&w, text + i, sizeof w);
            if ((w & highs) == 0) {
                i += 8;
                n += 8;
                continue;
            }
        }
        i += (unsigned char)text[i] < 0x80 ? 1 : cc_utf8_step(text + i, text + len);
        n++;
    }
    return n;
}

/* Index of the line holding @offset: the last start <= offset. */
static guint
line_index_of(const GArray *starts, gsize offset)
{
    guint lo = 0, hi = starts->len; /* answer in [lo, hi) */
    while (hi - lo > 1) {
        guint mid = lo + (hi - lo) / 2;
        if (g_array_index(starts, gsize, mid) <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* Line and column of @offset by a plain scan, for messages about text that
 * has no line map yet (the prefix before @offset is valid UTF-8). */
static void
scan_position(const char *text, gsize offset, guint *line, guint *column)
{
    guint l = 1;
    gsize line_start = 0;
    for (gsize i = 0; i < offset;) {
        if (text[i] == '\n' || text[i] == '\r') {
            i = skip_line_break(text, offset, i);
            l++;
            line_start = i;
        } else {
            i++;
        }
    }
    gsize from = line_start;
    if (l == 1 && offset >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        from = 3; /* the byte-order mark is not a character anyone sees */
    *line = l;
    *column = cc_utf8_count_chars(text + from, offset - from) + 1;
}

const char *
cc_text_wide_encoding(const char *data, gsize len)
{
    const unsigned char *u = (const unsigned char *)data;
    if (len >= 4 && ((u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0)
                     || (u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF)))
        return "UTF-32";
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
        return "UTF-16";
    return NULL;
}

char *
cc_text_escape_controls(const char *text, gssize len)
{
    g_return_val_if_fail(text != NULL || len == 0, NULL);
    if (text == NULL)
        return g_strdup("");
    gsize n = len < 0 ? strlen(text) : (gsize)len;
    GString *out = g_string_sized_new(n);
    const char *p = text, *end = text + n;
    while (p < end) {
        const guchar u = (guchar)*p;
        gunichar c = u < 0x80 ? u : g_utf8_get_char_validated(p, end - p);
        gsize bytes = c == (gunichar)-1 || c == (gunichar)-2 ? 1
                      : u < 0x80                             ? 1
                                                             : (gsize)(g_utf8_next_char(p) - p);
        gboolean control = c == (gunichar)-1 || c == (gunichar)-2 || (c < 0x20 && c != '\t')
                           || c == 0x7F || (c >= 0x80 && c <= 0x9F);
        if (control) {
            for (gsize i = 0; i < bytes; i++)
                g_string_append_printf(out, "\\%03o", (guchar)p[i]);
        } else {
            g_string_append_len(out, p, (gssize)bytes);
        }
        p += bytes;
    }
    return g_string_free(out, FALSE);
}

/* Is a byte plain ASCII, a whole character and no NUL? */
static inline gboolean
plain_byte(unsigned char c)
{
    return c - 1u < 0x7Fu;
}

/* g_utf8_validate_len(), answering the same (and *@bad the same byte): the
 * runs of plain ASCII between other bytes are passed over eight bytes at
 * a time, and each stretch between them handed to GLib. A plain byte is
 * never inside a character, so a stretch ends where a character does, or
 * GLib finds it cut short where the text as a whole is invalid too.
 * Documents and rule files are both checked with it. */
gboolean
cc_utf8_valid(const char *data, gsize len, const char **bad)
{
    const guint64 ones = G_GUINT64_CONSTANT(0x0101010101010101);
    const guint64 highs = G_GUINT64_CONSTANT(0x8080808080808080);
    gsize i = 0;
    while (i < len) {
        /* 32 bytes at a time while all are plain, then 8 to find where */
        while (i + 32 <= len) {
            guint64 w[4];
            memcpy(w, data + i, sizeof w);
            guint64 any = 0;
            for (int k = 0; k < 4; k++)
                any |= w[k] | ((w[k] - ones) & ~w[k]);
            if ((any & highs) != 0)
                break;
            i += 32;
        }
        while (i + 8 <= len) {
            guint64 w;
            memcpy(&w, data + i, sizeof w);
            /* a byte with its high bit set, or a NUL */
            if (((w | ((w - ones) & ~w)) & highs) != 0)
                break;
            i += 8;
        }
        while (i < len && plain_byte((unsigned char)data[i]))
            i++;
        if (i >= len)
            break;
        gsize j = i + 1;
        while (j < len && !plain_byte((unsigned char)data[j]))
            j++;
        if (!g_utf8_validate_len(data + i, j - i, bad))
            return FALSE;
        i = j;
    }
    return TRUE;
}

static gboolean
check_text(const char *path, const char *data, gsize len, GError **error)
{
    const char *kind = cc_text_wide_encoding(data, len);
    if (kind != NULL) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s:1:1: byte 0: %s text (byte-order mark); convert it to UTF-8", path, kind);
        return FALSE;
    }

    const char *bad = NULL;
    if (cc_utf8_valid(data, len, &bad))
        return TRUE;
    gsize offset = (gsize)(bad - data);
    guint line, column;
    scan_position(data, offset, &line, &column);
    if (*bad == '\0')
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s:%u:%u: byte %" G_GSIZE_FORMAT ": NUL byte; this looks like binary data, "
                    "not text",
                    path, line, column, offset);
    else
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s:%u:%u: byte %" G_GSIZE_FORMAT ": not UTF-8 text (invalid byte 0x%02x)",
                    path, line, column, offset, (unsigned)(unsigned char)*bad);
    return FALSE;
}

static gboolean
is_key_char(char c)
{
    return (c >= 'a' && c <= 'z') || c == '_';
}

/* Is the line at @p a `---` line (trailing blanks aside)? Sets *@next to
 * the start of the line after it. */
static gboolean
dashes_line(const char *text, gsize len, gsize p, gsize *next)
{
    gsize eol = p;
    while (eol < len && text[eol] != '\n' && text[eol] != '\r')
        eol++;
    gsize end = eol;
    while (end > p && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        end--;
    *next = skip_line_break(text, len, eol);
    return end - p == 3 && memcmp(text + p, "---", 3) == 0;
}

/* Reads the header block starting at @from. Returns TRUE and fills @header
 * and @body_offset only when a `---` line closes a run of key: value lines
 * within HEADER_MAX_LINES lines. The block may also open with a `---`
 * line, as a Markdown file's front matter does. */
static gboolean
parse_header(const char *text, gsize len, gsize from, GHashTable *header, gsize *body_offset)
{
    g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func(g_free);
    gsize p = from, after_open;
    if (dashes_line(text, len, p, &after_open) && after_open > p)
        p = after_open;
    for (guint n = 0; n < HEADER_MAX_LINES && p < len; n++) {
        gsize eol = p;
        while (eol < len && text[eol] != '\n' && text[eol] != '\r')
            eol++;
        gsize next = skip_line_break(text, len, eol);
        gsize end = eol;
        while (end > p && (text[end - 1] == ' ' || text[end - 1] == '\t'))
            end--;

        if (end - p == 3 && memcmp(text + p, "---", 3) == 0) {
            if (pairs->len == 0)
                return FALSE;
            for (guint i = 0; i + 1 < pairs->len; i += 2)
                g_hash_table_replace(header, g_strdup(pairs->pdata[i]),
                                     g_strdup(pairs->pdata[i + 1]));
            *body_offset = next;
            return TRUE;
        }

        gsize k = p;
        while (k < end && is_key_char(text[k]))
            k++;
        if (k == p || k >= end || text[k] != ':')
            return FALSE;
        gsize v = k + 1;
        while (v < end && (text[v] == ' ' || text[v] == '\t'))
            v++;
        g_ptr_array_add(pairs, g_strndup(text + p, k - p));
        g_ptr_array_add(pairs, g_strndup(text + v, end - v));
        if (next == eol)
            break; /* last line, no `---` */
        p = next;
    }
    return FALSE;
}

static char *
id_from_path(const char *path)
{
    if (g_str_equal(path, "-"))
        return g_strdup("stdin");
    g_autofree char *base = g_path_get_basename(path);
    char *dot = strrchr(base, '.');
    if (dot != NULL && dot != base)
        *dot = '\0';
    return g_strdup(base);
}

/* A source of the @len bytes of @text, which it takes: @text holds
 * @len + 1 + SOURCE_PADDING bytes, all zero past @len. Zeroed padding past
 * the NUL: PCRE2's JIT reads the subject in 16-byte vectors and may load
 * a block that runs past its end. */
static CcSource *
source_taking(const char *path, char *text, gsize len, GError **error)
{
    if (!check_text(path, text, len, error)) {
        g_free(text);
        return NULL;
    }

    CcSource *s = g_new0(CcSource, 1);
    s->refcount = 1;
    s->path = g_strdup(path);
    s->text = text;
    s->len = len;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        s->bom = 3;
    s->header = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    s->body_offset = s->bom;
    parse_header(s->text, len, s->bom, s->header, &s->body_offset);

    const char *id = g_hash_table_lookup(s->header, "id");
    s->id = id != NULL && id[0] != '\0' ? g_strdup(id) : id_from_path(path);
    const char *date = g_hash_table_lookup(s->header, "date");
    if (date == NULL || !cc_day_from_iso(date, &s->date))
        s->date = 0;
    s->line_starts = build_line_map(s->text, len);
    s->column_marks = build_column_marks(s->text, len, s->bom, s->line_starts);
    return s;
}

CcSource *
cc_source_new_from_data(const char *path, const char *data, gsize len, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    g_return_val_if_fail(data != NULL || len == 0, NULL);
    if (data == NULL)
        data = "";
    if (len > SOURCE_MAX_BYTES) {
        too_large(path, error);
        return NULL;
    }
    char *text = g_malloc(len + 1 + SOURCE_PADDING);
    memcpy(text, data, len);
    memset(text + len, 0, 1 + SOURCE_PADDING);
    return source_taking(path, text, len, error);
}

/* Reads @fd to its end into @buf, straight into its bytes: a file of
 * @size bytes (0: unknown, a pipe) in one read and one more that finds the
 * end, else 64 KiB at a time. */
static gboolean
read_fd(int fd, GByteArray *buf, gsize size, const char *path, GError **error)
{
    for (;;) {
        guint len = buf->len;
        gsize want = len <= size && size > 0 ? size + 1 - len : 65536;
        g_byte_array_set_size(buf, len + (guint)want);
        ssize_t n = read(fd, buf->data + len, want);
        g_byte_array_set_size(buf, len + (n > 0 ? (guint)n : 0));
        if (n == 0)
            return TRUE;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            int saved = errno;
            g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: %s", path, g_strerror(saved));
            return FALSE;
        }
        if (buf->len > SOURCE_MAX_BYTES)
            return too_large(path, error); /* stop reading: a pipe may never end */
    }
}

CcSource *
cc_source_new_from_file(const char *path, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    g_autoptr(GByteArray) buf = NULL;
    if (g_str_equal(path, "-")) {
        buf = g_byte_array_new();
        if (!read_fd(STDIN_FILENO, buf, 0, path, error))
            return NULL;
    } else {
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            int saved = errno;
            g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: %s", path, g_strerror(saved));
            return NULL;
        }
        struct stat st;
        gboolean stat_ok = fstat(fd, &st) == 0;
        if (stat_ok && S_ISDIR(st.st_mode)) {
            close(fd);
            g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: %s", path, g_strerror(EISDIR));
            return NULL;
        }
        if (stat_ok && S_ISREG(st.st_mode) && (guint64)st.st_size > SOURCE_MAX_BYTES) {
            close(fd);
            too_large(path, error);
            return NULL;
        }
        gsize size = stat_ok && S_ISREG(st.st_mode) ? (gsize)st.st_size : 0;
        /* room for the source's NUL and padding from the start */
        buf = g_byte_array_sized_new((guint)(size + 1 + SOURCE_PADDING));
        gboolean ok = read_fd(fd, buf, size, path, error);
        close(fd);
        if (!ok)
            return NULL;
    }
    /* the bytes read become the source's text, NUL and padding added */
    gsize len = buf->len;
    if (len > SOURCE_MAX_BYTES) {
        too_large(path, error);
        return NULL;
    }
    g_byte_array_set_size(buf, (guint)(len + 1 + SOURCE_PADDING));
    memset(buf->data + len, 0, 1 + SOURCE_PADDING);
    return source_taking(path, (char *)g_byte_array_free(g_steal_pointer(&buf), FALSE), len,
                         error);
}

CcSource *
cc_source_ref(CcSource *source)
{
    g_return_val_if_fail(source != NULL, NULL);
    g_atomic_int_inc(&source->refcount);
    return source;
}

void
cc_source_unref(CcSource *source)
{
    if (source == NULL || !g_atomic_int_dec_and_test(&source->refcount))
        return;
    g_free(source->path);
    g_free(source->id);
    g_free(source->text);
    g_hash_table_unref(source->header);
    g_array_unref(source->line_starts);
    g_array_unref(source->column_marks);
    g_free(source);
}

const char *
cc_source_text(const CcSource *source)
{
    g_return_val_if_fail(source != NULL, NULL);
    return source->text;
}

gsize
cc_source_length(const CcSource *source)
{
    g_return_val_if_fail(source != NULL, 0);
    return source->len;
}

gsize
cc_source_body_offset(const CcSource *source)
{
    g_return_val_if_fail(source != NULL, 0);
    return source->body_offset;
}

const char *
cc_source_path(const CcSource *source)
{
    g_return_val_if_fail(source != NULL, NULL);
    return source->path;
}

const char *
cc_source_id(const CcSource *source)
{
    g_return_val_if_fail(source != NULL, NULL);
    return source->id;
}

const char *
cc_source_header(const CcSource *source, const char *key)
{
    g_return_val_if_fail(source != NULL && key != NULL, NULL);
    return g_hash_table_lookup(source->header, key);
}

guint32
cc_source_date(const CcSource *source)
{
    g_return_val_if_fail(source != NULL, 0);
    return source->date;
}

void
cc_source_position(const CcSource *source, gsize offset, guint *line, guint *column)
{
    g_return_if_fail(source != NULL);
    if (offset > source->len)
        offset = source->len;
    guint i = line_index_of(source->line_starts, offset);
    gsize from = g_array_index(source->line_starts, gsize, i);
    if (i == 0 && offset >= source->bom)
        from = source->bom;
    if (line)
        *line = i + 1;
    if (column == NULL)
        return;
    gsize chars = 0;
    const GArray *marks = source->column_marks;
    guint lo = 0, hi = marks->len; /* the first mark past @offset in [lo, hi] */
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        if (g_array_index(marks, ColumnMark, mid).offset <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0) {
        const ColumnMark *m = &g_array_index(marks, ColumnMark, lo - 1);
        if (m->offset >= from) { /* a mark of this line */
            chars = m->chars;
            from = m->offset;
        }
    }
    *column = (guint)(chars + count_chars(source->text + from, offset - from)) + 1;
}

gboolean
cc_source_line_bounds(const CcSource *source, guint line, gsize *start, gsize *end)
{
    g_return_val_if_fail(source != NULL, FALSE);
    if (line == 0 || line > source->line_starts->len)
        return FALSE;
    gsize s = g_array_index(source->line_starts, gsize, line - 1);
    gsize e = line < source->line_starts->len
                  ? g_array_index(source->line_starts, gsize, line)
                  : source->len;
    while (e > s && (source->text[e - 1] == '\n' || source->text[e - 1] == '\r')) {
        e--;
        if (source->text[e] == '\n' && e > s && source->text[e - 1] == '\r')
            e--;
        break;
    }
    if (start)
        *start = s;
    if (end)
        *end = e;
    return TRUE;
}
