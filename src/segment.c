/* segment.c: sentence segmentation (placeholder until the module lands). */
#include "internal.h"

GArray *cc_segment_sentences(const CcLexicon *lexicon, const char *text, gsize start, gsize end)
{
    (void)lexicon;
    (void)text;
    (void)start;
    (void)end;
    return NULL;
}
