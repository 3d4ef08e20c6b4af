/* SPDX-License-Identifier: MIT */
/* options.c: what every command's option table shares — --version,
 * --color=WHEN, --stdin-filename NAME — and the progress line that long
 * runs print on a terminal. */
#include "cli.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static CliColor color_mode = CLI_COLOR_AUTO;
static char *stdin_name;

static gboolean
print_version(const char *name, const char *value, gpointer data, GError **error)
{
    (void)name;
    (void)value;
    (void)data;
    (void)error;
    printf("claimcheck %s\n", CC_VERSION_STRING);
    exit(CLI_OK);
}

static gboolean
parse_color(const char *name, const char *value, gpointer data, GError **error)
{
    (void)name;
    (void)data;
    if (strcmp(value, "auto") == 0)
        color_mode = CLI_COLOR_AUTO;
    else if (strcmp(value, "always") == 0)
        color_mode = CLI_COLOR_ALWAYS;
    else if (strcmp(value, "never") == 0)
        color_mode = CLI_COLOR_NEVER;
    else {
        g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                    "--color wants auto, always or never, not '%s'", value);
        return FALSE;
    }
    return TRUE;
}

static gboolean
parse_stdin_name(const char *name, const char *value, gpointer data, GError **error)
{
    (void)name;
    (void)data;
    if (value == NULL || value[0] == '\0') {
        g_set_error_literal(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                            "--stdin-filename wants a name");
        return FALSE;
    }
    g_free(stdin_name);
    stdin_name = g_strdup(value);
    return TRUE;
}

void
cli_add_common_options(GOptionContext *ctx, CliCommonOptions which)
{
    GOptionEntry version[] = {
        {"version", 'V', G_OPTION_FLAG_NO_ARG, G_OPTION_ARG_CALLBACK, (gpointer)print_version,
         "Print the version and exit", NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionEntry color[] = {
        {"color", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer)parse_color,
         "Colour the output: auto (on a terminal, unless NO_COLOR is set), always or never",
         "WHEN"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionEntry stdin_entry[] = {
        {"stdin-filename", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer)parse_stdin_name,
         "Read standard input ('-') as the file NAME would be read, and name it so in "
         "records and diagnostics (check reads a NAME ending in .md or .markdown as Markdown)",
         "NAME"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    if (which & CLI_OPTION_COLOR)
        g_option_context_add_main_entries(ctx, color, NULL);
    if (which & CLI_OPTION_STDIN_NAME)
        g_option_context_add_main_entries(ctx, stdin_entry, NULL);
    g_option_context_add_main_entries(ctx, version, NULL);
}

gboolean
cli_use_color(FILE *fp)
{
    if (color_mode != CLI_COLOR_AUTO)
        return color_mode == CLI_COLOR_ALWAYS;
    const char *no_color = g_getenv("NO_COLOR");
    if (no_color != NULL && no_color[0] != '\0')
        return FALSE;
    return isatty(fileno(fp));
}

const char *
cli_stdin_filename(void)
{
    return stdin_name;
}

CcSource *
cli_source_from_file(const char *path, GError **error)
{
    CcSource *source = cc_source_new_from_file(path, error);
    if (source == NULL || stdin_name == NULL || strcmp(path, "-") != 0)
        return source;
    CcSource *named = cc_source_new_from_data(stdin_name, cc_source_text(source),
                                              cc_source_length(source), error);
    cc_source_unref(source);
    return named;
}

/* ---- progress -------------------------------------------------------------- */

struct _CliProgress {
    guint total;
    guint done;
    guint64 total_bytes; /* 0: unknown */
    guint64 bytes;
    gint64 start;
    gint64 last;
    gboolean shown; /* the line is on the screen */
};

CliProgress *
cli_progress_new(char **files)
{
    guint n = files ? g_strv_length(files) : 0;
    if (n < 2 || !isatty(STDERR_FILENO))
        return NULL;
    CliProgress *p = g_new0(CliProgress, 1);
    p->total = n;
    for (guint i = 0; i < n; i++) {
        GStatBuf st;
        if (strcmp(files[i], "-") != 0 && g_stat(files[i], &st) == 0 && S_ISREG(st.st_mode))
            p->total_bytes += (guint64)st.st_size;
    }
    p->start = p->last = g_get_monotonic_time();
    return p;
}

void
cli_progress_update(CliProgress *p, guint64 bytes)
{
    if (p == NULL)
        return;
    p->done++;
    p->bytes += bytes;
    gint64 now = g_get_monotonic_time();
    /* The first file, then a few times a second, then the last. */
    if (p->shown && now - p->last < G_USEC_PER_SEC / 5 && p->done < p->total)
        return;
    p->last = now;
    double seconds = (double)(now - p->start) / G_USEC_PER_SEC;
    double mb = (double)p->bytes / 1e6;
    double rate = seconds > 0 ? mb / seconds : 0;
    /* What is left, by bytes when the sizes are known, else by files. */
    double left = 0;
    if (p->total_bytes > p->bytes && p->bytes > 0)
        left = seconds * (double)(p->total_bytes - p->bytes) / (double)p->bytes;
    else if (p->total_bytes == 0 && p->done > 0)
        left = seconds * (double)(p->total - p->done) / (double)p->done;
    guint eta = (guint)(left + 0.5);
    /* Two decimals below 10 MB, so that a small corpus does not read 0.0. */
    fprintf(stderr, "\r\033[K%s: %u/%u files, %.*f MB, %.*f MB/s, ETA %u:%02u", g_get_prgname(),
            p->done, p->total, mb < 10 ? 2 : 1, mb, rate < 10 ? 2 : 1, rate, eta / 60, eta % 60);
    fflush(stderr);
    p->shown = TRUE;
}

void
cli_progress_pause(CliProgress *p, gboolean messages)
{
    /* Messages, and output on the same terminal, start on a clean line; the
     * next update draws it again. */
    if (p != NULL && p->shown && (messages || isatty(STDOUT_FILENO))) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
        p->shown = FALSE;
    }
}

void
cli_progress_free(CliProgress *p)
{
    if (p == NULL)
        return;
    if (p->shown) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
    }
    g_free(p);
}
