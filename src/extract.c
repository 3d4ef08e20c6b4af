/* extract.c: the engine (placeholder until the module lands). */
#include "internal.h"

CcExtractor *cc_extractor_new(const CcRuleSet *rules)
{
    (void)rules;
    return NULL;
}

void cc_extractor_free(CcExtractor *extractor)
{
    (void)extractor;
}

GPtrArray *cc_extract(CcExtractor *extractor, CcSource *source, const CcExtractOptions *options, GPtrArray *warnings)
{
    (void)extractor;
    (void)source;
    (void)options;
    (void)warnings;
    return NULL;
}
