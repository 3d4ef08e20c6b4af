/* SPDX-License-Identifier: MIT */
/* ruletest.h: runs every example of every rule through the engine, the
 * way unit tests run, and reports each failure as "FILE:LINE: rule ID:
 * expected …, got …". */
#pragma once

#include <claimcheck/export.h>
#include <claimcheck/rules.h>
#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

typedef struct {
    guint passed;
    guint failed;
} CcRuleTestResult;

/* Runs the examples of every rule of @rules (compiled), printing one line
 * per failure to @out. */
CC_API void cc_ruletest_run(const CcRuleSet *rules, FILE *out, CcRuleTestResult *result);

G_END_DECLS
