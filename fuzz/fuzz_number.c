/* SPDX-License-Identifier: MIT */
/* fuzz_number.c: the quantity normalizer (and the entity slugger) through
 * the public API of normalize.h, on arbitrary bytes — not necessarily
 * NUL-terminated, not necessarily UTF-8, as a pattern's match never is
 * guaranteed to be the former. */
#include "normalizer_setup.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CcNormalizer *nz = fuzz_normalizer();
    /* An exact-size heap copy: a read past @size is caught by ASan. The
     * scanner hands the normalizer valid UTF-8 only, so do the same. */
    if (!g_utf8_validate((const char *)data, (gssize)size, NULL))
        return 0;
    char *text = g_malloc(size ? size : 1);
    memcpy(text, data, size);
    CcValue value;
    memset(&value, 0, sizeof value);
    if (cc_normalize_quantity(nz, text, size, &value))
        fuzz_check_value(&value);
    g_free(cc_normalize_entity(nz, text, size));
    g_free(text);
    return 0;
}
