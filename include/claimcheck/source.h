/* SPDX-License-Identifier: MIT */
/* source.h: a document as read — its bytes, its header block, and a line map
 * from byte offsets to 1-based line and character column. */
#pragma once

#include <claimcheck/export.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _CcSource CcSource;

/* Reads @path ("-" for standard input). Fails with CC_ERROR_IO when the
 * file cannot be read and CC_ERROR_INPUT, naming the byte offset, when it is
 * not UTF-8 text (invalid bytes, a NUL byte, a UTF-16 byte-order mark).
 * (transfer full) */
CC_API CcSource *cc_source_new_from_file(const char *path, GError **error);

/* Takes a copy of @len bytes; @path names it in messages and records.
 * (transfer full) */
CC_API CcSource *cc_source_new_from_data(const char *path, const char *data, gsize len,
                                         GError **error);

CC_API CcSource *cc_source_ref(CcSource *source);
CC_API void cc_source_unref(CcSource *source);

/* The whole file as read, NUL-terminated. (transfer none) */
CC_API const char *cc_source_text(const CcSource *source);
CC_API gsize cc_source_length(const CcSource *source);
/* Byte offset where the body starts (after the header block, else 0). */
CC_API gsize cc_source_body_offset(const CcSource *source);

CC_API const char *cc_source_path(const CcSource *source);
/* The header's "id", else the file's base name without extension. */
CC_API const char *cc_source_id(const CcSource *source);
/* A header field ("title", "outlet", "date", "url", …) or NULL. */
CC_API const char *cc_source_header(const CcSource *source, const char *key);
/* The header's date as a Julian day number, or 0 when absent or invalid. */
CC_API guint32 cc_source_date(const CcSource *source);

/* "UTF-16" or "UTF-32" when @data opens with that encoding's byte-order
 * mark, else NULL: text claimcheck refuses by name rather than as invalid
 * UTF-8 (documents, rule files, records and file lists alike). */
CC_API const char *cc_text_wide_encoding(const char *data, gsize len);

/* @text (@len bytes, or -1: up to its NUL) made safe to print on a
 * terminal, as ls and git do: every C0 control character but tab (line
 * breaks included), DEL, every C1 control character (U+0080–U+009F) and
 * any byte that is not UTF-8 is written as the octal escapes of its bytes
 * ("\033[2J" for ESC [2J), so that a document cannot clear the screen,
 * set the window's title or speak to the terminal. Text with nothing to
 * escape comes back as it was. (transfer full) */
CC_API char *cc_text_escape_controls(const char *text, gssize len);

/* 1-based line and column (in characters) of byte @offset. */
CC_API void cc_source_position(const CcSource *source, gsize offset, guint *line, guint *column);
/* Byte range [start, end) of 1-based @line, without its newline. */
CC_API gboolean cc_source_line_bounds(const CcSource *source, guint line, gsize *start, gsize *end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcSource, cc_source_unref)

G_END_DECLS
