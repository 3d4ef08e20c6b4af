/* SPDX-License-Identifier: MIT */
/* replay.c: runs a fuzz target over files and directories of inputs, so
 * that every target also builds as a plain program the test suite runs on
 * the seed corpus (and on any crash a fuzzer saves). */
#include <glib.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static guint
replay(const char *path)
{
    if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
        g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
        guint n = 0;
        const char *name;
        g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
        while (dir && (name = g_dir_read_name(dir)) != NULL)
            g_ptr_array_add(names, g_build_filename(path, name, NULL));
        g_ptr_array_sort(names, (GCompareFunc)g_strcmp0);
        for (guint i = 0; i < names->len; i++)
            n += replay(names->pdata[i]);
        return n;
    }
    g_autofree char *data = NULL;
    gsize len = 0;
    if (!g_file_get_contents(path, &data, &len, NULL)) {
        fprintf(stderr, "replay: cannot read %s\n", path);
        return 0;
    }
    LLVMFuzzerTestOneInput((const uint8_t *)data, len);
    return 1;
}

int
main(int argc, char **argv)
{
    guint n = 0;
    for (int i = 1; i < argc; i++)
        n += replay(argv[i]);
    printf("replayed %u inputs\n", n);
    return n > 0 ? 0 : 1;
}
