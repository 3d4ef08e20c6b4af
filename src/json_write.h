/* SPDX-License-Identifier: MIT */
/* json_write.h: JSON text from json-glib nodes, members in insertion order
 * and numbers in their shortest form that reads back exactly (json-glib's
 * generator prints 0.1 as 0.10000000000000001). Private to libclaimcheck. */
#pragma once

#include <claimcheck/value.h>
#include <glib.h>
#include <json-glib/json-glib.h>

/* Appends @node to @out. @indent < 0: one line; else pretty-printed with
 * that many spaces per level. */
void cc_json_append(GString *out, JsonNode *node, int indent);
/* The same, for a node nested @level deep in a document written piece by
 * piece (its first line is not indented; its inner lines are). */
void cc_json_append_at(GString *out, JsonNode *node, int indent, int level);
/* Appends @s as a JSON string literal. */
void cc_json_append_string(GString *out, const char *s);
/* Appends @x as a JSON number (integers without a fraction). */
void cc_json_append_number(GString *out, double x);

/* Builder helpers shared by the record and report writers. */
/* A number, as an integer when it is one. */
void cc_json_add_number(JsonBuilder *b, double x);
/* Member @member: @s, or null. */
void cc_json_add_string_or_null(JsonBuilder *b, const char *member, const char *s);
/* An interval bound: null when open, an ISO day for dates, else a number. */
void cc_json_add_bound(JsonBuilder *b, const CcValue *v, gboolean has, double x);
