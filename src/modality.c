/* modality.c: modality and attribution (placeholder until the module lands). */
#include "internal.h"

CcModalityScope *cc_modality_scope_new(const CcLexicon *lexicon, GPtrArray *attributions)
{
    (void)lexicon;
    (void)attributions;
    return NULL;
}

void cc_modality_scope_free(CcModalityScope *scope)
{
    (void)scope;
}

CcModality cc_modality_assess(const CcModalityScope *scope, const char *text, gsize sentence_start, gsize sentence_end, gsize match_start, gsize match_end, char **attribution)
{
    (void)scope;
    (void)text;
    (void)sentence_start;
    (void)sentence_end;
    (void)match_start;
    (void)match_end;
    (void)attribution;
    return (CcModality)0;
}
