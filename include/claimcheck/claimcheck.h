/* SPDX-License-Identifier: MIT */
/* claimcheck.h: the whole public API of libclaimcheck. */
#pragma once

#include <claimcheck/check.h>
#include <claimcheck/claim.h>
#include <claimcheck/compare.h>
#include <claimcheck/error.h>
#include <claimcheck/extract.h>
#include <claimcheck/lexicon.h>
#include <claimcheck/markdown.h>
#include <claimcheck/modality.h>
#include <claimcheck/normalize.h>
#include <claimcheck/pattern.h>
#include <claimcheck/report.h>
#include <claimcheck/rules.h>
#include <claimcheck/ruletest.h>
#include <claimcheck/segment.h>
#include <claimcheck/source.h>
#include <claimcheck/store.h>
#include <claimcheck/value.h>

#define CC_VERSION_STRING "0.1.0"
