/* SPDX-License-Identifier: MIT */
/* fuzz_date_scan.c: the date scanner (cc_date_scanner_next) on any UTF-8
 * text, in an exact-size buffer: the whole text in one window, then in
 * windows of a width the first byte sets, each with the reference days
 * fuzz_date uses (2020-07-18, none, 0001-01-01, 9999-12-31). Every
 * mention must lie in its window and after the one before, and a value
 * read must be a date the comparator can show. */
#include "normalizer_setup.h"
#include "internal.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
scan(const CcNormalizer *nz, const char *text, size_t size, size_t width, guint32 ref)
{
    CcDateScanner *sc = cc_date_scanner_new(nz, text, size);
    size_t last = 0;
    for (size_t from = 0; from < size; from += width) {
        size_t to = MIN(size, from + width);
        CcDateMention m;
        size_t at = MAX(from, last);
        while (at < to && cc_date_scanner_next(sc, at, to, ref, &m)) {
            if (m.start < at || m.start >= to || m.end <= m.start || m.end > size || m.start < last)
                abort();
            if (m.value.kind == CC_VALUE_DATE)
                fuzz_check_value(&m.value);
            last = at = m.end;
        }
    }
    cc_date_scanner_free(sc);
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
    static const guint32 refs[] = {738000, 0, 1, 3652059};
    for (guint i = 0; i < G_N_ELEMENTS(refs); i++) {
        scan(nz, text, size, size ? size : 1, refs[i]);
        if (size > 0)
            scan(nz, text, size, 1 + data[0] % 64, refs[i]);
    }
    g_free(text);
    return 0;
}
