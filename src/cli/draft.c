/* SPDX-License-Identifier: MIT */
/* draft.c: reading an editor's draft — plain text as is; Markdown (.md,
 * .markdown) with its markup blanked in place, so that offsets and
 * line:column stay those of the file the editor has open — and its
 * in-document suppressions. */
#include "cli.h"

#include <string.h>

static gboolean
is_markdown(const char *path)
{
    return g_str_has_suffix(path, ".md") || g_str_has_suffix(path, ".markdown");
}

void
cli_draft_free(CliDraft *draft)
{
    if (draft == NULL)
        return;
    g_clear_pointer(&draft->original, cc_source_unref);
    g_clear_pointer(&draft->scanned, cc_source_unref);
    g_free(draft);
}

CliDraft *
cli_read_draft(const char *path)
{
    g_autoptr(GError) error = NULL;
    /* Read and checked as UTF-8 like any source. */
    g_autoptr(CcSource) original = cli_source_from_file(path, &error);
    if (original == NULL) {
        fprintf(stderr, "%s\n", error->message);
        return NULL;
    }
    /* What the draft is: its name, or --stdin-filename's for "-". */
    path = cc_source_path(original);
    CliDraft *draft = g_new0(CliDraft, 1);
    draft->original = cc_source_ref(original);
    if (!is_markdown(path)) {
        draft->scanned = g_steal_pointer(&original);
        draft->date = cc_source_date(draft->scanned);
        return draft;
    }
    const char *text = cc_source_text(original);
    gsize len = cc_source_length(original);
    g_autoptr(GHashTable) fields = NULL;
    gsize body = 0;
    if (cc_markdown_front_matter(text, len, &fields, &body) && fields != NULL) {
        const char *date = g_hash_table_lookup(fields, "date");
        if (date != NULL)
            cli_parse_date(date, &draft->date);
    }
    g_autofree char *masked = cc_markdown_mask(text, len);
    if (draft->date == 0 && cc_source_body_offset(original) > 0) {
        /* claimcheck's own header block ("title: …", "date: …", "---"):
         * its date is the draft's, and its lines are no prose */
        draft->date = cc_source_date(original);
        for (gsize i = 0; i < cc_source_body_offset(original); i++)
            if (masked[i] != '\n' && masked[i] != '\r')
                masked[i] = ' ';
    }
    draft->scanned = cc_source_new_from_data(path, masked, len, &error);
    if (draft->scanned == NULL) {
        fprintf(stderr, "%s\n", error->message);
        cli_draft_free(draft);
        return NULL;
    }
    return draft;
}

guint
cli_apply_draft_suppressions(CcCheck *check, const CliDraft *draft)
{
    if (!is_markdown(cc_source_path(draft->original)))
        return 0;
    g_autoptr(GPtrArray) list = cc_markdown_suppressions(cc_source_text(draft->original),
                                                         cc_source_length(draft->original));
    guint n = 0;
    for (guint i = 0; list != NULL && i < list->len; i++) {
        const CcMarkdownSuppression *s = list->pdata[i];
        if (s->line > 0)
            n += cc_check_suppress(check, s->line, s->predicate);
    }
    return n;
}
