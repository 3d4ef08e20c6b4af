/* fuzz_common.h: what every fuzz target does first. */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* A GLib critical or warning is a failed precondition inside claimcheck or
 * GLib: abort (SIGABRT, which libFuzzer catches and saves the input for;
 * GLib's own fatal path traps instead). */
static void
fuzz_log(const char *domain, GLogLevelFlags level, const char *message, gpointer data)
{
    (void)data;
    fprintf(stderr, "%s: %s\n", domain ? domain : "?", message);
    if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
        abort();
}

static void
fuzz_init(void)
{
    static gboolean done;
    if (!done) {
        g_log_set_default_handler(fuzz_log, NULL);
        done = TRUE;
    }
}

/* Writes the input to a temporary file made on first use, named with
 * @pattern (a g_mkstemp() template such as "claimcheck-fuzz-XXXXXX.rules"),
 * for code that reads files; NULL when it cannot. The same file serves every
 * input of the run. */
static inline const char *
fuzz_input_file(const char *pattern, const uint8_t *data, size_t size)
{
    static char *path;
    if (path == NULL) {
        char *made = g_build_filename(g_get_tmp_dir(), pattern, NULL);
        int fd = g_mkstemp(made);
        if (fd < 0) {
            g_free(made);
            return NULL;
        }
        close(fd);
        path = made;
    }
    /* No fsync, no rename: g_file_set_contents() would sync every input. */
    if (!g_file_set_contents_full(path, (const char *)data, (gssize)size,
                                  G_FILE_SET_CONTENTS_NONE, 0600, NULL))
        return NULL;
    return path;
}
