/* lexicon.c: lexicon tables (placeholder until the module lands). */
#include "internal.h"

CcLexicon *cc_lexicon_new(void)
{
    return NULL;
}

void cc_lexicon_free(CcLexicon *lexicon)
{
    (void)lexicon;
}

gboolean cc_lexicon_add(CcLexicon *lexicon, const char *table, const char *phrase, const char *value, const char *file, guint line, GError **error)
{
    (void)lexicon;
    (void)table;
    (void)phrase;
    (void)value;
    (void)file;
    (void)line;
    (void)error;
    return FALSE;
}

const CcLexiconEntry *cc_lexicon_lookup(const CcLexicon *lexicon, const char *table, const char *phrase, gssize len)
{
    (void)lexicon;
    (void)table;
    (void)phrase;
    (void)len;
    return NULL;
}

gboolean cc_lexicon_has_table(const CcLexicon *lexicon, const char *table)
{
    (void)lexicon;
    (void)table;
    return FALSE;
}

GPtrArray *cc_lexicon_entries(const CcLexicon *lexicon, const char *table)
{
    (void)lexicon;
    (void)table;
    return NULL;
}

GPtrArray *cc_lexicon_tables(const CcLexicon *lexicon)
{
    (void)lexicon;
    return NULL;
}

char *cc_lexicon_to_regex(const CcLexicon *lexicon, const char *table)
{
    (void)lexicon;
    (void)table;
    return NULL;
}
