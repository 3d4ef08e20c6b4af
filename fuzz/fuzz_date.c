/* SPDX-License-Identifier: MIT */
/* fuzz_date.c: the date normalizer through the public API of normalize.h,
 * on arbitrary text, with and without a reference date. */
#include "normalizer_setup.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CcNormalizer *nz = fuzz_normalizer();
    if (!g_utf8_validate((const char *)data, (gssize)size, NULL))
        return 0;
    char *text = g_malloc(size ? size : 1);
    memcpy(text, data, size);
    /* 738000 is 2020-07-18; 0 is "no reference date"; 1 and 3652059
     * (0001-01-01 and 9999-12-31) are the ends of the range a header's date
     * or --date can give. */
    static const guint32 refs[] = {738000, 0, 1, 3652059};
    for (guint i = 0; i < G_N_ELEMENTS(refs); i++) {
        CcValue value;
        memset(&value, 0, sizeof value);
        if (cc_normalize_date(nz, text, size, refs[i], &value))
            fuzz_check_value(&value);
    }
    g_free(text);
    return 0;
}
