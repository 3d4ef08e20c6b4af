/* draft.c: reading an editor's draft — plain text as is; Markdown with its
 * markup blanked (offsets kept) — and its in-document suppressions. */
#include "cli.h"

#include <string.h>

CcSource *
cli_read_draft(const char *path, gboolean *failed)
{
    g_autoptr(GError) error = NULL;
    CcSource *source = cc_source_new_from_file(path, &error);
    if (source == NULL) {
        fprintf(stderr, "%s\n", error->message);
        *failed = TRUE;
        return NULL;
    }
    return source;
}

guint
cli_apply_draft_suppressions(CcCheck *check, CcSource *draft)
{
    (void)check;
    (void)draft;
    return 0;
}
