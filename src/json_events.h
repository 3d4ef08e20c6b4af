/* SPDX-License-Identifier: MIT */
/* json_events.h: a line of JSON as a streaming parser's events, read by
 * simdjson (json_events.cc); a C interface, private to the library. */
#ifndef CC_JSON_EVENTS_H
#define CC_JSON_EVENTS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Each returns non-zero to go on, 0 to stop. A number without a fraction
 * or an exponent is an integer(); one with either is a number(). */
typedef struct {
    int (*null)(void *ctx);
    int (*boolean)(void *ctx, int b);
    int (*integer)(void *ctx, int64_t i);
    int (*number)(void *ctx, double d);
    int (*string)(void *ctx, const unsigned char *s, size_t len);
    int (*start_map)(void *ctx);
    int (*map_key)(void *ctx, const unsigned char *key, size_t len);
    int (*end_map)(void *ctx);
    int (*start_array)(void *ctx);
    int (*end_array)(void *ctx);
} CcJsonEvents;

/* Reads text[0, len) as one JSON value and gives its events to @ev in
 * document order. 1 when the text is JSON and every event went on; 0
 * when simdjson refuses the text (no matter why), an event stopped, or an
 * integer is past 2^63 - 1 — then some events may have been given, and
 * the caller reads the line again by a parser that says what is wrong. */
int cc_json_events(const char *text, size_t len, const CcJsonEvents *ev, void *ctx);

#ifdef __cplusplus
}
#endif

#endif
