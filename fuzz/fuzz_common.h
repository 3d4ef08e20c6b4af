/* fuzz_common.h: what every fuzz target does first. */
#pragma once

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

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
