/* fuzz_rules.c: the rule-file loader and compiler on arbitrary bytes. Any
 * input must end in a loaded rule set or a GError, never a crash. */
#include "fuzz_common.h"

#include <claimcheck/claimcheck.h>

#include <glib/gstdio.h>
#include <stdint.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    /* The loader reads files (includes are relative to them), so the input
     * becomes one. */
    static char *path;
    if (path == NULL) {
        path = g_build_filename(g_get_tmp_dir(), "claimcheck-fuzz-XXXXXX.rules", NULL);
        int fd = g_mkstemp(path);
        if (fd < 0)
            return 0;
        close(fd);
    }
    /* No fsync, no rename: g_file_set_contents() would sync every input. */
    if (!g_file_set_contents_full(path, (const char *)data, (gssize)size,
                                  G_FILE_SET_CONTENTS_NONE, 0600, NULL))
        return 0;
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    g_autoptr(GError) error = NULL;
    if (cc_ruleset_load(rules, path, &error))
        (void)cc_ruleset_compile(rules, &error);
    return 0;
}
