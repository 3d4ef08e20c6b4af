/* rules.c: rule files (placeholder until the module lands). */
#include "internal.h"

CcRuleSet *cc_ruleset_new(void)
{
    return NULL;
}

void cc_ruleset_free(CcRuleSet *rules)
{
    (void)rules;
}

gboolean cc_ruleset_load(CcRuleSet *rules, const char *path, GError **error)
{
    (void)rules;
    (void)path;
    (void)error;
    return FALSE;
}

gboolean cc_ruleset_compile(CcRuleSet *rules, GError **error)
{
    (void)rules;
    (void)error;
    return FALSE;
}

GPtrArray *cc_ruleset_rules(const CcRuleSet *rules)
{
    (void)rules;
    return NULL;
}

GPtrArray *cc_ruleset_macros(const CcRuleSet *rules)
{
    (void)rules;
    return NULL;
}

const CcLexicon *cc_ruleset_lexicon(const CcRuleSet *rules)
{
    (void)rules;
    return NULL;
}

const CcNormalizer *cc_ruleset_normalizer(const CcRuleSet *rules)
{
    (void)rules;
    return NULL;
}

GPtrArray *cc_ruleset_attributions(const CcRuleSet *rules)
{
    (void)rules;
    return NULL;
}

GPtrArray *cc_ruleset_files(const CcRuleSet *rules)
{
    (void)rules;
    return NULL;
}

const CcRule *cc_ruleset_find(const CcRuleSet *rules, const char *id)
{
    (void)rules;
    (void)id;
    return NULL;
}

char *cc_ruleset_default_path(void)
{
    return NULL;
}
