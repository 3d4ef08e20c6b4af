/* normalize.c: value normalizers (placeholder until the module lands). */
#include "internal.h"

CcNormalizer *cc_normalizer_new(const CcLexicon *lexicon)
{
    (void)lexicon;
    return NULL;
}

void cc_normalizer_free(CcNormalizer *normalizer)
{
    (void)normalizer;
}

gboolean cc_normalize_quantity(const CcNormalizer *normalizer, const char *text, gsize len, CcValue *value)
{
    (void)normalizer;
    (void)text;
    (void)len;
    (void)value;
    return FALSE;
}

gboolean cc_normalize_date(const CcNormalizer *normalizer, const char *text, gsize len, guint32 ref_day, CcValue *value)
{
    (void)normalizer;
    (void)text;
    (void)len;
    (void)ref_day;
    (void)value;
    return FALSE;
}

char *cc_normalize_entity(const CcNormalizer *normalizer, const char *text, gsize len)
{
    (void)normalizer;
    (void)text;
    (void)len;
    return NULL;
}
