/* SPDX-License-Identifier: MIT */
/* fuzz_common.h: what every fuzz target does first. */
#pragma once

#include <errno.h>
#include <fcntl.h>
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

/* Replaces the contents of @path with @data. No fsync, no rename:
 * g_file_set_contents() would sync every input. Nor
 * g_file_set_contents_full(G_FILE_SET_CONTENTS_NONE): GLib 2.74 writes in
 * place without truncating, so a shorter input would keep the tail of the
 * one before it. */
static inline gboolean
fuzz_write_file(const char *path, const void *data, size_t size)
{
    int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        return FALSE;
    for (size_t done = 0; done < size;) {
        ssize_t n = write(fd, (const char *)data + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            close(fd);
            return FALSE;
        }
        done += (size_t)n;
    }
    return close(fd) == 0;
}

/* A temporary file named with @pattern (a g_mkstemp() template such as
 * "claimcheck-fuzz-XXXXXX.rules"), made once; NULL when it cannot be. */
static inline char *
fuzz_temp_file(const char *pattern)
{
    char *made = g_build_filename(g_get_tmp_dir(), pattern, NULL);
    int fd = g_mkstemp(made);
    if (fd < 0) {
        g_free(made);
        return NULL;
    }
    close(fd);
    return made;
}

/* Writes the input to a temporary file made on first use, named with
 * @pattern, for code that reads files; NULL when it cannot. The same file
 * serves every input of the run. */
static inline const char *
fuzz_input_file(const char *pattern, const uint8_t *data, size_t size)
{
    static char *path;
    if (path == NULL && (path = fuzz_temp_file(pattern)) == NULL)
        return NULL;
    return fuzz_write_file(path, data, size) ? path : NULL;
}
