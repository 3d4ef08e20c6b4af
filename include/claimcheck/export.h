/* SPDX-License-Identifier: MIT */
/* export.h: CC_API marks the functions libclaimcheck exports. The library
 * is built with -fvisibility=hidden, so a function without it stays
 * internal; tests/abi/exports.sh checks that the export list is exactly the
 * public headers' functions. */
#pragma once

#if defined(__GNUC__) || defined(__clang__)
#define CC_API __attribute__((visibility("default")))
#else
#define CC_API
#endif
