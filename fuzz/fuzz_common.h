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

/* The run's scratch directory, made in g_get_tmp_dir() (TMPDIR) on first
 * use, and the files made in it; fuzz_remove_scratch() removes them all when
 * the process exits, so that a run leaves nothing behind. An input that
 * crashes the target is kept by libFuzzer itself, not here. */
static char *fuzz_scratch_dir;
static GPtrArray *fuzz_scratch_files;

static void
fuzz_remove_scratch(void)
{
    if (fuzz_scratch_files != NULL) {
        for (guint i = 0; i < fuzz_scratch_files->len; i++)
            g_unlink(g_ptr_array_index(fuzz_scratch_files, i));
        g_ptr_array_free(fuzz_scratch_files, TRUE);
        fuzz_scratch_files = NULL;
    }
    if (fuzz_scratch_dir != NULL) {
        g_rmdir(fuzz_scratch_dir);
        g_free(fuzz_scratch_dir);
        fuzz_scratch_dir = NULL;
    }
}

/* A temporary file named with @pattern (a g_mkstemp() template such as
 * "input-XXXXXX.rules") in the run's scratch directory, made once; NULL
 * when it cannot be. */
static inline char *
fuzz_temp_file(const char *pattern)
{
    if (fuzz_scratch_dir == NULL) {
        fuzz_scratch_dir = g_dir_make_tmp("claimcheck-fuzz-XXXXXX", NULL);
        if (fuzz_scratch_dir == NULL)
            return NULL;
        fuzz_scratch_files = g_ptr_array_new_with_free_func(g_free);
        atexit(fuzz_remove_scratch);
    }
    char *made = g_build_filename(fuzz_scratch_dir, pattern, NULL);
    int fd = g_mkstemp(made);
    if (fd < 0) {
        g_free(made);
        return NULL;
    }
    close(fd);
    /* the list owns its copy: callers keep theirs for the whole run */
    g_ptr_array_add(fuzz_scratch_files, g_strdup(made));
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
