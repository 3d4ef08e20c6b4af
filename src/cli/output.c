/* SPDX-License-Identifier: MIT */
/* output.c: -o OUT, written the way well-kept tools write (GLib's
 * g_file_set_contents_full with G_FILE_SET_CONTENTS_CONSISTENT, sponge):
 * a regular file is replaced whole, through a temporary file and a rename,
 * only when the run succeeds; a symbolic link is followed and its target
 * replaced; anything that is not a regular file is written through, never
 * replaced. */
#define _GNU_SOURCE /* fopencookie */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- the temporary file under a signal ------------------------------------ */

/* One report is written at a time; its temporary file is removed if
 * SIGINT, SIGTERM or SIGHUP ends the process before it is renamed. */
static char signal_tmp[PATH_MAX];
static volatile sig_atomic_t signal_armed;
static const int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};
static struct sigaction saved_actions[G_N_ELEMENTS(cleanup_signals)];

static void
on_signal(int sig)
{
    if (signal_armed)
        unlink(signal_tmp);
    /* Die of the signal, as the shell expects. */
    signal(sig, SIG_DFL);
    raise(sig);
}

static void
arm_cleanup(const char *tmp)
{
    if (strlen(tmp) >= sizeof signal_tmp)
        return; /* too long to keep: only the rename can fail on it anyway */
    memcpy(signal_tmp, tmp, strlen(tmp) + 1);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (guint i = 0; i < G_N_ELEMENTS(cleanup_signals); i++)
        sigaddset(&sa.sa_mask, cleanup_signals[i]);
    for (guint i = 0; i < G_N_ELEMENTS(cleanup_signals); i++) {
        sigaction(cleanup_signals[i], NULL, &saved_actions[i]);
        /* A signal the caller ignores (nohup) stays ignored. */
        if (saved_actions[i].sa_handler != SIG_IGN)
            sigaction(cleanup_signals[i], &sa, NULL);
    }
    signal_armed = 1;
}

static void
disarm_cleanup(void)
{
    if (!signal_armed)
        return;
    signal_armed = 0;
    for (guint i = 0; i < G_N_ELEMENTS(cleanup_signals); i++)
        if (saved_actions[i].sa_handler != SIG_IGN)
            sigaction(cleanup_signals[i], &saved_actions[i], NULL);
}

/* ---- a stream that remembers why a write failed ---------------------------- */

static ssize_t
cookie_write(void *cookie, const char *buf, size_t size)
{
    CliOutput *out = cookie;
    size_t done = 0;
    while (done < size) {
        ssize_t n = write(out->fd, buf + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (out->write_errno == 0)
                out->write_errno = n < 0 ? errno : ENOSPC;
            return done > 0 ? (ssize_t)done : -1;
        }
        done += (size_t)n;
    }
    return (ssize_t)done;
}

static int
cookie_close(void *cookie)
{
    CliOutput *out = cookie;
    int rc = close(out->fd);
    if (rc != 0 && out->write_errno == 0)
        out->write_errno = errno;
    out->fd = -1;
    return rc;
}

/* ---- where the report goes ------------------------------------------------- */

/* @path with its symbolic links followed, for a path that may not exist
 * yet (a link to a file to be made): the file the report replaces. */
static char *
resolve_target(const char *path, GError **error)
{
    g_autofree char *current = g_strdup(path);
    for (guint hops = 0; hops < 40; hops++) {
        GStatBuf st;
        if (g_lstat(current, &st) != 0 || !S_ISLNK(st.st_mode))
            return g_steal_pointer(&current);
        g_autofree char *link = g_file_read_link(current, error);
        if (link == NULL)
            return NULL;
        if (!g_path_is_absolute(link)) {
            g_autofree char *dir = g_path_get_dirname(current);
            g_free(current);
            current = g_build_filename(dir, link, NULL);
        } else {
            g_free(current);
            current = g_steal_pointer(&link);
        }
    }
    g_set_error_literal(error, G_FILE_ERROR, G_FILE_ERROR_LOOP, g_strerror(ELOOP));
    return NULL;
}

static gboolean
open_stream(CliOutput *out)
{
    static const cookie_io_functions_t io = {
        .write = cookie_write,
        .close = cookie_close,
    };
    out->fp = fopencookie(out, "w", io);
    return out->fp != NULL;
}

static void
output_clear(CliOutput *out)
{
    g_clear_pointer(&out->path, g_free);
    g_clear_pointer(&out->target, g_free);
    g_clear_pointer(&out->tmp, g_free);
}

static gboolean
open_failed(CliOutput *out, int err)
{
    cli_error("cannot write %s: %s", out->path, g_strerror(err));
    if (out->fd >= 0)
        close(out->fd);
    out->fd = -1;
    if (out->tmp != NULL) {
        disarm_cleanup();
        g_unlink(out->tmp);
    }
    output_clear(out);
    return FALSE;
}

/* The descriptor a path of the process's own open files names
 * (/dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N), or -1. Such a
 * path is written through that descriptor: opened anew, a file behind it
 * would be replaced or written from its start, though the shell may have
 * opened it to append (>>). */
static int
own_descriptor(const char *path)
{
    if (strcmp(path, "/dev/stdout") == 0)
        return 1;
    if (strcmp(path, "/dev/stderr") == 0)
        return 2;
    const char *n = NULL;
    if (g_str_has_prefix(path, "/dev/fd/"))
        n = path + strlen("/dev/fd/");
    else if (g_str_has_prefix(path, "/proc/self/fd/"))
        n = path + strlen("/proc/self/fd/");
    if (n == NULL || *n == '\0' || strspn(n, "0123456789") != strlen(n) || strlen(n) > 9)
        return -1;
    return atoi(n);
}

gboolean
cli_output_open(CliOutput *out, const char *path)
{
    memset(out, 0, sizeof *out);
    out->fd = -1;
    if (path == NULL || strcmp(path, "-") == 0) {
        out->fp = stdout;
        return TRUE;
    }
    out->path = g_strdup(path);
    int own = own_descriptor(path);
    if (own >= 0) {
        out->fd = dup(own);
        if (out->fd < 0 || !open_stream(out))
            return open_failed(out, errno);
        return TRUE;
    }
    GStatBuf st;
    gboolean exists = g_stat(path, &st) == 0;
    if (!exists && errno != ENOENT)
        return open_failed(out, errno);
    if (exists && S_ISDIR(st.st_mode))
        return open_failed(out, EISDIR);
    if (exists && !S_ISREG(st.st_mode)) {
        /* A FIFO, a device, a terminal, /dev/stdout: written through, as
         * the shell's '>' would, and never replaced. */
        out->fd = g_open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC, 0);
        if (out->fd < 0 || !open_stream(out))
            return open_failed(out, errno);
        return TRUE;
    }
    g_autoptr(GError) error = NULL;
    out->target = resolve_target(path, &error);
    if (out->target == NULL) {
        cli_error("cannot write %s: %s", path, error->message);
        output_clear(out);
        return FALSE;
    }
    /* Replacing a file by rename needs only the directory's permission:
     * a file the user may not write stays as it is, as with '>'. */
    if (exists && access(out->target, W_OK) != 0)
        return open_failed(out, errno);
    g_autofree char *dir = g_path_get_dirname(out->target);
    g_autofree char *base = g_path_get_basename(out->target);
    out->tmp = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
    /* The signals are held from the file's making until its removal is
     * armed: one that came between would end the run with the file left.
     * The run has no other thread yet to take them. */
    sigset_t held, before;
    sigemptyset(&held);
    for (guint i = 0; i < G_N_ELEMENTS(cleanup_signals); i++)
        sigaddset(&held, cleanup_signals[i]);
    pthread_sigmask(SIG_BLOCK, &held, &before);
    out->fd = g_mkstemp(out->tmp);
    int made_errno = errno;
    if (out->fd >= 0)
        arm_cleanup(out->tmp);
    pthread_sigmask(SIG_SETMASK, &before, NULL);
    if (out->fd < 0) {
        g_clear_pointer(&out->tmp, g_free);
        return open_failed(out, made_errno);
    }
    /* The report keeps the mode and owner of the file it replaces; a new
     * one gets the permissions any new file would (mkstemp's are 0600). */
    mode_t mode;
    if (exists) {
        mode = st.st_mode & 07777;
        if ((st.st_uid != geteuid() || st.st_gid != getegid())
            && fchown(out->fd, st.st_uid, st.st_gid) != 0)
            (void)!fchown(out->fd, (uid_t)-1, st.st_gid); /* the group, if not the owner */
    } else {
        mode_t mask = umask(0);
        umask(mask);
        mode = 0666 & ~mask;
    }
    if (fchmod(out->fd, mode) != 0 || !open_stream(out))
        return open_failed(out, errno);
    return TRUE;
}

gboolean
cli_output_close(CliOutput *out, gboolean ok)
{
    if (out->fp == stdout) {
        if (fflush(stdout) != 0) {
            cli_error("cannot write standard output: %s", g_strerror(errno));
            return FALSE;
        }
        return ok;
    }
    if (out->fp == NULL)
        return FALSE;
    gboolean written = fflush(out->fp) == 0 && ferror(out->fp) == 0;
    if (written && out->tmp != NULL && ok && fsync(out->fd) != 0) {
        out->write_errno = errno;
        written = FALSE;
    }
    if (fclose(out->fp) != 0)
        written = FALSE;
    out->fp = NULL;
    if (!written)
        cli_error("cannot write %s: %s", out->path,
                  g_strerror(out->write_errno ? out->write_errno : EIO));
    if (out->tmp != NULL) {
        if (ok && written && g_rename(out->tmp, out->target) != 0) {
            cli_error("cannot write %s: %s", out->path, g_strerror(errno));
            written = FALSE;
        }
        if (!ok || !written)
            g_unlink(out->tmp);
        disarm_cleanup();
    }
    output_clear(out);
    return ok && written;
}
