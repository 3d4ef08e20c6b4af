/* SPDX-License-Identifier: MIT */
/* error.c: the CC_ERROR domain. */
#include "internal.h"

G_DEFINE_QUARK(claimcheck-error-quark, cc_error)
