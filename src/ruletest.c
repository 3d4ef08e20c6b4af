/* ruletest.c: rule example runner (placeholder until the module lands). */
#include "internal.h"

void cc_ruletest_run(const CcRuleSet *rules, FILE *out, CcRuleTestResult *result)
{
    (void)rules;
    (void)out;
    (void)result;
}
