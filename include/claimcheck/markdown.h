/* SPDX-License-Identifier: MIT */
/* markdown.h: reading Markdown drafts with their markup ignored but their
 * offsets kept, so that a diagnostic's line:column is where the editor's
 * cursor goes in the file as written. */
#pragma once

#include <claimcheck/export.h>
#include <glib.h>

G_BEGIN_DECLS

/* A copy of @text, exactly @len bytes plus a NUL, in which markup is
 * blanked and prose kept in place: heading and list markers, block-quote
 * '>', emphasis delimiters (intraword '_' as in snake_case stays), link and
 * image syntax (a link's text is kept, its brackets and target blanked;
 * images, reference definitions, footnote references, autolinks and bare
 * URLs blanked entirely), inline HTML tags, HTML comments, code spans,
 * fenced (``` and ~~~, an unclosed fence runs to the end) and indented code
 * blocks, table delimiter rows and a leading front-matter block. Newlines
 * ('\n' and '\r') are always kept.
 *
 * A blanked character becomes one blank character of the same length in
 * bytes — ' ' for one byte, U+00A0 for two, U+2000 for three, U+E0020 for
 * four — so both the byte offset and the character column of everything
 * kept stay those of the file. Invalid UTF-8 bytes become one ' ' each.
 * (transfer full) */
CC_API char *cc_markdown_mask(const char *text, gsize len);

/* TRUE for the blank characters cc_markdown_mask writes (and ASCII
 * whitespace); *@n gets the character's length in bytes. */
CC_API gboolean cc_markdown_is_blank(const char *text, gsize len, gsize *n);

/* A `<!-- claimcheck-ignore PREDICATE... -->` directive: claims of the named
 * predicate on @line are not reported. A directive without predicates
 * names every predicate (predicate NULL). */
typedef struct {
    guint line;         /* 1-based line it applies to: the next line with
                           prose after the comment; 0 when there is none */
    guint comment_line; /* 1-based line where the directive's comment starts */
    char *predicate;    /* NULL: every predicate */
} CcMarkdownSuppression;

CC_API void cc_markdown_suppression_free(CcMarkdownSuppression *suppression);

/* The directives of @text, in document order, one entry per predicate.
 * Comments inside code are not directives. (transfer full)
 * (element-type CcMarkdownSuppression) */
CC_API GPtrArray *cc_markdown_suppressions(const char *text, gsize len);

/* When @text opens with a YAML front-matter block (a first line "---", a
 * closing line "---" or "..."), returns TRUE, sets *@fields to its simple
 * `key: value` lines (keys as written, values trimmed and unquoted; other
 * lines ignored) and *@body_offset to the byte after the closing line.
 * Otherwise returns FALSE, *@fields = NULL and *@body_offset = 0. Either
 * out-parameter may be NULL. (transfer full) (element-type utf8 utf8) */
CC_API gboolean cc_markdown_front_matter(const char *text, gsize len, GHashTable **fields,
                                         gsize *body_offset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CcMarkdownSuppression, cc_markdown_suppression_free)

G_END_DECLS
