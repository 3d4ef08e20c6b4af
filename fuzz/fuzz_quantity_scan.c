/* SPDX-License-Identifier: MIT */
/* fuzz_quantity_scan.c: the quantity scanner (cc_quantity_scanner_next)
 * on any UTF-8 text, in an exact-size buffer: the whole text in one
 * window, then in windows of a width the first byte sets. Every mention
 * must lie in its window and after the one before, and its value must be
 * one the comparator can read. */
#include "normalizer_setup.h"
#include "internal.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
scan(const CcNormalizer *nz, const char *text, size_t size, size_t width)
{
    CcQuantityScanner *sc = cc_quantity_scanner_new(nz, text, size);
    size_t last = 0;
    for (size_t from = 0; from < size; from += width) {
        size_t to = MIN(size, from + width);
        CcQuantityMention m;
        size_t at = MAX(from, last);
        while (at < to && cc_quantity_scanner_next(sc, at, to, &m)) {
            if (m.start < at || m.start >= to || m.end <= m.start || m.end > size || m.start < last)
                abort();
            fuzz_check_value(&m.value);
            last = at = m.end;
        }
    }
    cc_quantity_scanner_free(sc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CcNormalizer *nz = fuzz_normalizer();
    /* the sentences the value pass scans are valid UTF-8 */
    if (!g_utf8_validate((const char *)data, (gssize)size, NULL))
        return 0;
    char *text = g_malloc(size ? size : 1);
    memcpy(text, data, size);
    scan(nz, text, size, size ? size : 1);
    if (size > 0)
        scan(nz, text, size, 1 + data[0] % 64);
    g_free(text);
    return 0;
}
