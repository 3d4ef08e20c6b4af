/* SPDX-License-Identifier: MIT */
/* error.h: claimcheck's single GError domain and its codes.
 * Every message about input says where: "path:line:col: what is wrong". */
#pragma once

#include <claimcheck/export.h>
#include <glib.h>

G_BEGIN_DECLS

#define CC_ERROR (cc_error_quark())

typedef enum {
    CC_ERROR_RULE_SYNTAX, /* a rule file is malformed */
    CC_ERROR_PATTERN,     /* a regular expression does not compile or hits a limit */
    CC_ERROR_EXAMPLE,     /* a rule's example does not hold */
    CC_ERROR_INPUT,       /* a document or record file is not acceptable input */
    CC_ERROR_IO,          /* a file cannot be read or written */
    CC_ERROR_USAGE,       /* the caller asked for something impossible */
} CcErrorCode;

CC_API GQuark cc_error_quark(void);

G_END_DECLS
