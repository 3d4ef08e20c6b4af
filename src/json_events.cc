/* SPDX-License-Identifier: MIT */
/* json_events.cc: a line of JSON read by simdjson's DOM parser (C++, the
 * library's only C++) and handed to C as the events a streaming parser
 * gives, in document order. simdjson validates the whole line (structure,
 * strings, escapes, numbers, UTF-8) in two SIMD passes: about a tenth of
 * the time yajl's lexer and parser take on a record line. It says only
 * that a line is bad, not where or why, so a line it refuses goes back to
 * yajl, which says both (src/claim.c). */
#include "json_events.h"

#include <simdjson.h>

#include <cstring>
#include <string_view>

namespace {

/* One parser and one padded copy of the line per thread: records are
 * read on several threads (src/cli/records.c), and simdjson wants
 * SIMDJSON_PADDING readable bytes past the text. */
struct LineParser {
    simdjson::dom::parser parser;
    char *buf = nullptr;
    size_t cap = 0;
    ~LineParser() { delete[] buf; }
};

thread_local LineParser line_parser;

int walk_container(simdjson::dom::element e, const CcJsonEvents *ev, void *ctx);

/* A value's events: a scalar's here, inline in its container's loop (a
 * call of walk_container() for every member was a tenth of reading a
 * record line), a container's through walk_container(). */
__attribute__((always_inline)) inline int
walk(simdjson::dom::element e, const CcJsonEvents *ev, void *ctx)
{
    using simdjson::dom::element_type;
    switch (e.type()) {
    case element_type::OBJECT:
    case element_type::ARRAY:
        return walk_container(e, ev, ctx);
    case element_type::STRING: {
        std::string_view s = e.get_string().value_unsafe();
        return ev->string(ctx, reinterpret_cast<const unsigned char *>(s.data()), s.size());
    }
    case element_type::INT64:
        return ev->integer(ctx, e.get_int64().value_unsafe());
    case element_type::UINT64:
        /* past 2^63 - 1: yajl's reading of it says what it is */
        return 0;
    case element_type::DOUBLE:
        /* simdjson reads a number as a double only when it has a fraction
         * or an exponent, as json-glib and the yajl reader do */
        return ev->number(ctx, e.get_double().value_unsafe());
    case element_type::BOOL:
        return ev->boolean(ctx, e.get_bool().value_unsafe() ? 1 : 0);
    case element_type::NULL_VALUE:
        return ev->null(ctx);
    }
    return 0;
}

int
walk_container(simdjson::dom::element e, const CcJsonEvents *ev, void *ctx)
{
    if (e.type() == simdjson::dom::element_type::OBJECT) {
        if (!ev->start_map(ctx))
            return 0;
        for (simdjson::dom::key_value_pair member : simdjson::dom::object(e)) {
            if (!ev->map_key(ctx, reinterpret_cast<const unsigned char *>(member.key.data()),
                             member.key.size())
                || !walk(member.value, ev, ctx))
                return 0;
        }
        return ev->end_map(ctx);
    }
    if (!ev->start_array(ctx))
        return 0;
    for (simdjson::dom::element item : simdjson::dom::array(e))
        if (!walk(item, ev, ctx))
            return 0;
    return ev->end_array(ctx);
}

} // namespace

extern "C" int
cc_json_events(const char *text, size_t len, const CcJsonEvents *ev, void *ctx)
{
    LineParser &lp = line_parser;
    try {
        if (lp.cap < len + simdjson::SIMDJSON_PADDING) {
            size_t cap = len + simdjson::SIMDJSON_PADDING + 4096;
            char *buf = new char[cap];
            delete[] lp.buf;
            lp.buf = buf;
            lp.cap = cap;
        }
        std::memcpy(lp.buf, text, len);
        std::memset(lp.buf + len, 0, simdjson::SIMDJSON_PADDING);
        simdjson::dom::element root;
        if (lp.parser.parse(lp.buf, len, false).get(root) != simdjson::SUCCESS)
            return 0;
        return walk(root, ev, ctx);
    } catch (...) {
        /* out of memory: yajl reads it, or fails as it would have */
        return 0;
    }
}
