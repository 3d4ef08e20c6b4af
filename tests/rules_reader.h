/* SPDX-License-Identifier: MIT */
/* rules_reader.h: a small reader for the parts of a rule file the text
 * tests need — `lexicon TABLE … end` blocks and `attribution REGEX` lines —
 * so they can run over the shipped rules/core files. Other directives are
 * skipped (a `rule … end` block as a whole). The real loader is rules.c. */
#pragma once

#include <claimcheck/claimcheck.h>
#include <string.h>

G_GNUC_UNUSED static gboolean
read_rule_file(const char *path, CcLexicon *lexicon, GPtrArray *attributions, GError **error)
{
    g_autofree char *text = NULL;
    if (!g_file_get_contents(path, &text, NULL, error))
        return FALSE;
    g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
    g_autofree char *table = NULL;
    gboolean in_rule = FALSE;
    for (guint n = 0; lines[n]; n++) {
        char *line = g_strstrip(lines[n]);
        if (line[0] == '\0' || line[0] == '#')
            continue;
        if (in_rule) {
            in_rule = strcmp(line, "end") != 0;
            continue;
        }
        if (table != NULL) {
            if (strcmp(line, "end") == 0) {
                g_clear_pointer(&table, g_free);
                continue;
            }
            char *eq = strchr(line, '=');
            g_autofree char *phrase = g_strstrip(g_strndup(line, eq ? (gsize)(eq - line) : strlen(line)));
            g_autofree char *value = g_strstrip(g_strdup(eq ? eq + 1 : ""));
            if (!cc_lexicon_add(lexicon, table, phrase, value, path, n + 1, error)) {
                g_prefix_error(error, "%s:%u:1: ", path, n + 1);
                return FALSE;
            }
            continue;
        }
        if (g_str_has_prefix(line, "lexicon ")) {
            table = g_strdup(g_strstrip(line + 8));
        } else if (g_str_has_prefix(line, "attribution ")) {
            gsize offset = 0;
            CcPattern *p = cc_pattern_new(g_strchug(line + 12), &offset, error);
            if (p == NULL) {
                g_prefix_error(error, "%s:%u: offset %zu: ", path, n + 1, offset);
                return FALSE;
            }
            if (attributions)
                g_ptr_array_add(attributions, p);
            else
                cc_pattern_free(p);
        } else if (g_str_has_prefix(line, "rule ")) {
            in_rule = TRUE;
        }
    }
    return TRUE;
}
