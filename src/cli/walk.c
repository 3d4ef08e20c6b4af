/* SPDX-License-Identifier: MIT */
/* walk.c: the documents below a directory — which files are read (.txt,
 * .md, .markdown, or the --glob patterns), which are left out (hidden
 * names, a .claimcheckignore in gitignore's syntax), and each file and
 * directory read once however many symbolic links lead to it. */
#include "cli.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#define IGNORE_FILE ".claimcheckignore"

/* One line of a .claimcheckignore. */
typedef struct {
    GRegex *regex; /* matches the path relative to the ignore file's directory */
    gboolean negate;
    gboolean dir_only;
} IgnoreRule;

/* The rules of one .claimcheckignore, with the directory they apply in
 * (relative to the walk's root, "" for the root). */
typedef struct {
    char *base;
    GPtrArray *rules; /* IgnoreRule */
} IgnoreFile;

struct _CliWalk {
    GPtrArray *globs; /* GPatternSpec; empty: the default suffixes */
    GPtrArray *globs_text;
    GHashTable *seen;     /* "dev:ino" of every file and directory taken → its path */
    GPtrArray *ignores;   /* IgnoreFile, a stack as the walk goes down */
    GPtrArray *ancestors; /* "dev:ino" of the directories being walked */
};

static void
ignore_rule_free(IgnoreRule *r)
{
    g_regex_unref(r->regex);
    g_free(r);
}

static void
ignore_file_free(IgnoreFile *f)
{
    g_free(f->base);
    g_ptr_array_unref(f->rules);
    g_free(f);
}

CliWalk *
cli_walk_new(char **globs)
{
    CliWalk *w = g_new0(CliWalk, 1);
    w->globs = g_ptr_array_new_with_free_func((GDestroyNotify)g_pattern_spec_free);
    w->globs_text = g_ptr_array_new();
    for (guint i = 0; globs && globs[i]; i++) {
        g_ptr_array_add(w->globs, g_pattern_spec_new(globs[i]));
        g_ptr_array_add(w->globs_text, globs[i]);
    }
    w->seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    w->ignores = g_ptr_array_new_with_free_func((GDestroyNotify)ignore_file_free);
    w->ancestors = g_ptr_array_new_with_free_func(g_free);
    return w;
}

void
cli_walk_free(CliWalk *w)
{
    if (w == NULL)
        return;
    g_ptr_array_unref(w->globs);
    g_ptr_array_unref(w->globs_text);
    g_hash_table_unref(w->seen);
    g_ptr_array_unref(w->ignores);
    g_ptr_array_unref(w->ancestors);
    g_free(w);
}

/* ---- .claimcheckignore ---------------------------------------------------- */

/* A gitignore pattern as a regex over a relative path: '*' and '?' stop
 * at '/', '**' crosses directories, [...] is a class, '\' escapes. */
static char *
pattern_to_regex(const char *p, gboolean anchored)
{
    GString *re = g_string_new(anchored ? "^" : "^(?:.*/)?");
    for (const char *c = p; *c; c++) {
        if (c[0] == '*' && c[1] == '*') {
            if ((c == p || c[-1] == '/') && c[2] == '/') {
                g_string_append(re, "(?:.*/)?"); /* "**" + "/": any directories, or none */
                c += 2;
            } else {
                g_string_append(re, ".*");
                c++;
            }
        } else if (*c == '*') {
            g_string_append(re, "[^/]*");
        } else if (*c == '?') {
            g_string_append(re, "[^/]");
        } else if (*c == '[' && strchr(c + 1, ']') != NULL) {
            const char *end = strchr(c + 1, ']');
            g_string_append_c(re, '[');
            const char *k = c + 1;
            if (*k == '!' || *k == '^') {
                g_string_append_c(re, '^');
                k++;
            }
            for (; k < end; k++) {
                if (*k == '\\' || *k == '[')
                    g_string_append_c(re, '\\');
                g_string_append_c(re, *k);
            }
            g_string_append_c(re, ']');
            c = end;
        } else {
            if (*c == '\\' && c[1] != '\0')
                c++;
            char one[2] = {*c, '\0'};
            g_autofree char *esc = g_regex_escape_string(one, 1);
            g_string_append(re, esc);
        }
    }
    /* A directory matched takes everything below it. */
    g_string_append(re, "(?:/.*)?$");
    return g_string_free(re, FALSE);
}

/* Reads DIR/.claimcheckignore, if there is one, onto the stack. Returns
 * whether it pushed one. A line that makes no pattern is named and left
 * out. */
static gboolean
push_ignore_file(CliWalk *w, const char *dir, const char *rel)
{
    g_autofree char *path = g_build_filename(dir, IGNORE_FILE, NULL);
    g_autofree char *data = NULL;
    if (!g_file_get_contents(path, &data, NULL, NULL))
        return FALSE;
    IgnoreFile *f = g_new0(IgnoreFile, 1);
    f->base = g_strdup(rel);
    f->rules = g_ptr_array_new_with_free_func((GDestroyNotify)ignore_rule_free);
    g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
    for (guint n = 0; lines[n]; n++) {
        char *line = lines[n];
        gsize len = strlen(line);
        if (len > 0 && line[len - 1] == '\r')
            line[--len] = '\0';
        /* Trailing spaces go, unless escaped. */
        while (len > 0 && line[len - 1] == ' ' && (len < 2 || line[len - 2] != '\\'))
            line[--len] = '\0';
        if (len == 0 || line[0] == '#')
            continue;
        IgnoreRule r = {0};
        if (line[0] == '!') {
            r.negate = TRUE;
            line++;
            len--;
        } else if (line[0] == '\\' && (line[1] == '!' || line[1] == '#')) {
            line++;
            len--;
        }
        if (len > 0 && line[len - 1] == '/') {
            r.dir_only = TRUE;
            line[--len] = '\0';
        }
        /* A slash at the start or in the middle anchors the pattern to
         * this directory; without one it matches a name at any depth. */
        gboolean anchored = strchr(line, '/') != NULL;
        if (line[0] == '/')
            line++;
        if (*line == '\0')
            continue;
        g_autofree char *re = pattern_to_regex(line, anchored);
        g_autoptr(GError) error = NULL;
        r.regex = g_regex_new(re, G_REGEX_DOLLAR_ENDONLY, 0, &error);
        if (r.regex == NULL) {
            fprintf(stderr, "%s:%u:1: warning: not a pattern, left out: %s\n", path, n + 1,
                    error->message);
            continue;
        }
        g_ptr_array_add(f->rules, g_memdup2(&r, sizeof r));
    }
    g_ptr_array_add(w->ignores, f);
    return TRUE;
}

/* Whether @rel (relative to the walk's root) is ignored: the last rule that
 * matches decides, the deepest file's rules last. */
static gboolean
ignored(const CliWalk *w, const char *rel, gboolean is_dir)
{
    gboolean result = FALSE;
    for (guint i = 0; i < w->ignores->len; i++) {
        const IgnoreFile *f = w->ignores->pdata[i];
        const char *sub = rel;
        if (f->base[0] != '\0') {
            gsize n = strlen(f->base);
            if (strncmp(rel, f->base, n) != 0 || rel[n] != '/')
                continue;
            sub = rel + n + 1;
        }
        for (guint j = 0; j < f->rules->len; j++) {
            const IgnoreRule *r = f->rules->pdata[j];
            if (r->dir_only && !is_dir)
                continue;
            if (g_regex_match(r->regex, sub, 0, NULL))
                result = !r->negate;
        }
    }
    return result;
}

/* ---- the walk ---------------------------------------------------------------- */

static char *
file_key(const GStatBuf *st)
{
    return g_strdup_printf("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT, (guint64)st->st_dev,
                           (guint64)st->st_ino);
}

static gboolean
wanted(const CliWalk *w, const char *name, const char *rel)
{
    if (w->globs->len == 0)
        return g_str_has_suffix(name, ".txt") || g_str_has_suffix(name, ".md")
               || g_str_has_suffix(name, ".markdown");
    for (guint i = 0; i < w->globs->len; i++) {
        /* A pattern with a '/' is matched against the path below the
         * directory given, one without against the name. */
        const char *text = strchr(w->globs_text->pdata[i], '/') ? rel : name;
        if (g_pattern_spec_match_string(w->globs->pdata[i], text))
            return TRUE;
    }
    return FALSE;
}

/* Takes the file or directory @st once; says so when it was taken before. */
static gboolean
take_once(CliWalk *w, const GStatBuf *st, const char *path)
{
    g_autofree char *key = file_key(st);
    const char *first = g_hash_table_lookup(w->seen, key);
    if (first == NULL) {
        g_hash_table_insert(w->seen, g_steal_pointer(&key), g_strdup(path));
        return TRUE;
    }
    if (S_ISDIR(st->st_mode)) {
        gboolean loop = FALSE;
        for (guint i = 0; i < w->ancestors->len; i++)
            loop |= strcmp(w->ancestors->pdata[i], key) == 0;
        fprintf(stderr, "%s: warning: %s: %s %s; read once\n", g_get_prgname(), path,
                loop ? "a symbolic link loop back to" : "the same directory as", first);
    } else {
        fprintf(stderr, "%s: warning: %s: the same file as %s; read once\n", g_get_prgname(),
                path, first);
    }
    return FALSE;
}

static int
by_name(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void
walk_dir(CliWalk *w, const char *path, const char *rel, const GStatBuf *st, GPtrArray *out)
{
    g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
    if (dir == NULL) {
        g_ptr_array_add(out, g_strdup(path)); /* reading it will say why */
        return;
    }
    g_ptr_array_add(w->ancestors, file_key(st));
    gboolean pushed = push_ignore_file(w, path, rel);
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(dir)) != NULL)
        if (name[0] != '.')
            g_ptr_array_add(names, g_strdup(name));
    g_ptr_array_sort(names, by_name);
    for (guint i = 0; i < names->len; i++) {
        const char *n = names->pdata[i];
        g_autofree char *child = g_build_filename(path, n, NULL);
        g_autofree char *child_rel = rel[0] ? g_strconcat(rel, "/", n, NULL) : g_strdup(n);
        GStatBuf cst;
        if (g_stat(child, &cst) != 0) {
            if (errno == ELOOP) {
                fprintf(stderr, "%s: warning: %s: a symbolic link loop; left out\n",
                        g_get_prgname(), child);
                continue;
            }
            /* A dangling link, or gone since: named like a file to read
             * when it would be one. */
            if (wanted(w, n, child_rel) && !ignored(w, child_rel, FALSE))
                g_ptr_array_add(out, g_steal_pointer(&child));
            continue;
        }
        gboolean is_dir = S_ISDIR(cst.st_mode);
        if (ignored(w, child_rel, is_dir))
            continue;
        if (is_dir) {
            if (take_once(w, &cst, child))
                walk_dir(w, child, child_rel, &cst, out);
        } else if (wanted(w, n, child_rel) && take_once(w, &cst, child)) {
            g_ptr_array_add(out, g_steal_pointer(&child));
        }
    }
    if (pushed)
        g_ptr_array_remove_index(w->ignores, w->ignores->len - 1);
    g_ptr_array_remove_index(w->ancestors, w->ancestors->len - 1);
}

void
cli_walk_add(CliWalk *w, const char *path, GPtrArray *out)
{
    GStatBuf st;
    if (strcmp(path, "-") == 0 || g_stat(path, &st) != 0) {
        g_ptr_array_add(out, g_strdup(path)); /* reading it will say why */
        return;
    }
    if (!S_ISDIR(st.st_mode)) {
        /* A file named is read, whatever its name, once. */
        if (take_once(w, &st, path))
            g_ptr_array_add(out, g_strdup(path));
        return;
    }
    if (take_once(w, &st, path))
        walk_dir(w, path, "", &st, out);
}
