/* fuzz_common.h: what every fuzz target does first. */
#pragma once

#include <glib.h>

/* A GLib critical or warning is a failed precondition inside claimcheck or
 * GLib: make it abort, so that the fuzzer reports it as a finding. */
static void
fuzz_init(void)
{
    static gboolean done;
    if (!done) {
        g_log_set_always_fatal(G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
        done = TRUE;
    }
}
