/* SPDX-License-Identifier: MIT */
/* peer.c: reads the peer conformance suites and holds the scoring rules:
 * when a record's interval equals an expected one, when a record is
 * spurious, and the CQE evaluation's one-to-one value matching. */
#include "peer.h"

#include <claimcheck/error.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

/* ---------------------------------------------------------------- reading */

static void
entity_free(gpointer data)
{
    PeerEntity *e = data;
    if (e == NULL)
        return;
    g_free(e->text);
    if (e->alternatives)
        g_array_unref(e->alternatives);
    g_free(e->unit);
    g_free(e->change);
    g_free(e);
}

static void
case_free(gpointer data)
{
    PeerCase *c = data;
    if (c == NULL)
        return;
    g_free(c->suite);
    g_free(c->input);
    g_ptr_array_unref(c->expect);
    g_free(c);
}

void
peer_suite_free(PeerSuite *suite)
{
    if (suite == NULL)
        return;
    g_free(suite->name);
    g_free(suite->path);
    g_ptr_array_unref(suite->cases);
    g_free(suite);
}

#define FAIL(...)                                                                                \
    do {                                                                                         \
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, __VA_ARGS__);                                \
        return FALSE;                                                                            \
    } while (0)

/* One end of an interval: a number, an ISO day, or null (open). */
static gboolean
read_bound(JsonNode *node, const char *field, CcValueKind kind, gboolean *has, double *x,
           const char *path, guint line, GError **error)
{
    if (node == NULL || JSON_NODE_HOLDS_NULL(node)) {
        *has = FALSE;
        *x = 0;
        return TRUE;
    }
    if (!JSON_NODE_HOLDS_VALUE(node))
        FAIL("%s:%u:1: \"%s\" must be a number, a date or null", path, line, field);
    GType type = json_node_get_value_type(node);
    if (kind == CC_VALUE_DATE) {
        guint32 day = 0;
        if (type != G_TYPE_STRING || !cc_day_from_iso(json_node_get_string(node), &day))
            FAIL("%s:%u:1: \"%s\" must be an ISO day (YYYY-MM-DD) or null", path, line, field);
        *x = day;
    } else if (type == G_TYPE_DOUBLE) {
        *x = json_node_get_double(node);
    } else if (type == G_TYPE_INT64) {
        *x = (double)json_node_get_int(node);
    } else {
        FAIL("%s:%u:1: \"%s\" must be a number or null", path, line, field);
    }
    *has = TRUE;
    return TRUE;
}

static CcValueKind
entity_kind(JsonObject *obj)
{
    const char *type = json_object_get_string_member_with_default(obj, "type", NULL);
    if (type != NULL && g_str_has_prefix(type, "datetime"))
        return CC_VALUE_DATE;
    static const char *const ends[] = {"low", "high"};
    for (guint i = 0; i < G_N_ELEMENTS(ends); i++) {
        JsonNode *n = json_object_get_member(obj, ends[i]);
        if (n && JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) == G_TYPE_STRING)
            return CC_VALUE_DATE;
    }
    return CC_VALUE_NUMBER;
}

static gboolean
read_interval(JsonNode *low, JsonNode *high, CcValueKind kind, PeerInterval *out,
              const char *path, guint line, GError **error)
{
    memset(out, 0, sizeof *out);
    out->kind = kind;
    return read_bound(low, "low", kind, &out->has_low, &out->low, path, line, error)
           && read_bound(high, "high", kind, &out->has_high, &out->high, path, line, error);
}

static const char *
string_member(JsonObject *obj, const char *name)
{
    JsonNode *n = json_object_get_member(obj, name);
    if (n == NULL || !JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_STRING)
        return NULL;
    return json_node_get_string(n);
}

static PeerEntity *
read_entity(JsonNode *node, const char *input, const char *path, guint line, GError **error)
{
    if (!JSON_NODE_HOLDS_OBJECT(node)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s:%u:1: an \"expect\" entry must be an object",
                    path, line);
        return NULL;
    }
    JsonObject *obj = json_node_get_object(node);
    g_autoptr(GPtrArray) holder = g_ptr_array_new_with_free_func(entity_free);
    PeerEntity *e = g_new0(PeerEntity, 1);
    g_ptr_array_add(holder, e);

    CcValueKind kind = entity_kind(obj);
    const char *low = string_member(obj, "low");
    if (kind == CC_VALUE_DATE && low != NULL && g_str_has_prefix(low, "not resolv")) {
        e->unresolved = TRUE;
        e->value.kind = kind;
    } else if (!read_interval(json_object_get_member(obj, "low"),
                              json_object_get_member(obj, "high"), kind, &e->value, path, line,
                              error)) {
        return NULL;
    }
    e->value.low_open = json_object_get_boolean_member_with_default(obj, "low_open", FALSE);
    e->value.high_open = json_object_get_boolean_member_with_default(obj, "high_open", FALSE);
    e->text = g_strdup(string_member(obj, "text"));
    e->unit = g_strdup(string_member(obj, "unit"));
    e->change = g_strdup(string_member(obj, "change"));

    if (json_object_has_member(obj, "start") || json_object_has_member(obj, "end")) {
        gint64 start = json_object_get_int_member_with_default(obj, "start", -1);
        gint64 end = json_object_get_int_member_with_default(obj, "end", -1);
        if (start < 0 || end < start || (gsize)end > strlen(input)) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "%s:%u:1: span [%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                        ") does not fit the input",
                        path, line, start, end);
            return NULL;
        }
        e->has_span = TRUE;
        e->start = (gsize)start;
        e->end = (gsize)end;
    }

    JsonNode *alts = json_object_get_member(obj, "alternatives");
    if (alts != NULL && JSON_NODE_HOLDS_ARRAY(alts)) {
        JsonArray *arr = json_node_get_array(alts);
        e->alternatives = g_array_new(FALSE, TRUE, sizeof(PeerInterval));
        for (guint i = 0; i < json_array_get_length(arr); i++) {
            JsonNode *pair = json_array_get_element(arr, i);
            if (!JSON_NODE_HOLDS_ARRAY(pair) || json_array_get_length(json_node_get_array(pair)) != 2) {
                g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                            "%s:%u:1: an alternative must be a [low, high] pair", path, line);
                return NULL;
            }
            JsonArray *p = json_node_get_array(pair);
            PeerInterval alt;
            if (!read_interval(json_array_get_element(p, 0), json_array_get_element(p, 1), kind,
                               &alt, path, line, error))
                return NULL;
            g_array_append_val(e->alternatives, alt);
        }
    }
    return g_ptr_array_steal_index(holder, 0);
}

static PeerCase *
read_case(JsonNode *root, const char *path, guint line, GError **error)
{
    if (!JSON_NODE_HOLDS_OBJECT(root)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s:%u:1: a case must be a JSON object", path,
                    line);
        return NULL;
    }
    JsonObject *obj = json_node_get_object(root);
    const char *input = string_member(obj, "input");
    JsonNode *expect = json_object_get_member(obj, "expect");
    if (input == NULL || expect == NULL || !JSON_NODE_HOLDS_ARRAY(expect)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                    "%s:%u:1: a case needs \"input\" (a string) and \"expect\" (an array)", path,
                    line);
        return NULL;
    }
    const char *ref = string_member(obj, "ref_date");
    guint32 ref_day = 0;
    if (!cc_day_from_iso(ref ? ref : PEER_DEFAULT_REF_DATE, &ref_day)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s:%u:1: bad \"ref_date\" \"%s\"", path, line,
                    ref);
        return NULL;
    }

    PeerCase *c = g_new0(PeerCase, 1);
    c->suite = g_strdup(string_member(obj, "suite"));
    c->id = json_object_get_int_member_with_default(obj, "id", line - 1);
    c->input = g_strdup(input);
    c->ref_day = ref_day;
    c->line = line;
    c->expect = g_ptr_array_new_with_free_func(entity_free);
    JsonArray *arr = json_node_get_array(expect);
    for (guint i = 0; i < json_array_get_length(arr); i++) {
        PeerEntity *e = read_entity(json_array_get_element(arr, i), input, path, line, error);
        if (e == NULL) {
            case_free(c);
            return NULL;
        }
        g_ptr_array_add(c->expect, e);
    }
    return c;
}

PeerSuite *
peer_suite_load(const char *path, GError **error)
{
    g_autofree char *data = NULL;
    gsize len = 0;
    if (!g_file_get_contents(path, &data, &len, error)) {
        g_prefix_error(error, "%s: ", path);
        return NULL;
    }
    g_autoptr(PeerSuite) suite = g_new0(PeerSuite, 1);
    g_autofree char *base = g_path_get_basename(path);
    suite->name = g_str_has_suffix(base, ".jsonl") ? g_strndup(base, strlen(base) - 6)
                                                   : g_strdup(base);
    suite->path = g_strdup(path);
    suite->cases = g_ptr_array_new_with_free_func(case_free);

    g_autoptr(JsonParser) parser = json_parser_new();
    guint line = 0;
    gboolean any_span = FALSE, any_entity = FALSE;
    for (char *p = data, *next; p != NULL && *p; p = next) {
        line++;
        char *nl = strchr(p, '\n');
        next = nl ? nl + 1 : NULL;
        gsize n = nl ? (gsize)(nl - p) : strlen(p);
        g_autofree char *text = g_strndup(p, n);
        g_strstrip(text);
        if (*text == '\0')
            continue;
        g_autoptr(GError) local = NULL;
        if (!json_parser_load_from_data(parser, text, -1, &local)) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s:%u:1: %s", path, line,
                        local->message);
            return NULL;
        }
        PeerCase *c = read_case(json_parser_get_root(parser), path, line, error);
        if (c == NULL)
            return NULL;
        if (c->suite == NULL)
            c->suite = g_strdup(suite->name);
        for (guint i = 0; i < c->expect->len; i++) {
            const PeerEntity *e = c->expect->pdata[i];
            any_entity = TRUE;
            any_span |= e->has_span;
        }
        g_ptr_array_add(suite->cases, c);
    }
    suite->spans = any_span || !any_entity;
    return g_steal_pointer(&suite);
}

static gint
compare_paths(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

GPtrArray *
peer_suite_paths(const char *dir, GError **error)
{
    g_autoptr(GDir) d = g_dir_open(dir, 0, error);
    if (d == NULL)
        return NULL;
    GPtrArray *paths = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(d)) != NULL)
        if (g_str_has_suffix(name, ".jsonl"))
            g_ptr_array_add(paths, g_build_filename(dir, name, NULL));
    g_ptr_array_sort(paths, compare_paths);
    return paths;
}

/* ------------------------------------------------------------------ units */

/* The suites' unit names whose lower-cased spelling is not the phrase of
 * claimcheck's `units` lexicon that names the same unit. NULL suite: any. */
static const struct {
    const char *suite, *name, *phrase;
} unit_phrases[] = {
    {"CurrencyModel", "Pound", "£"},
    {NULL, "Dollar", "$"},
    {NULL, "United States dollar", "usd"},
    {NULL, "British pound", "gbp"},
    {NULL, "Chinese yuan", "yuan"},
    {NULL, "Cent", "cents"},
    {NULL, "Canadian dollar", "cad"},
    {NULL, "Australian dollar", "aud"},
    {NULL, "Hong Kong dollar", "hkd"},
    {NULL, "New Zealand dollar", "nzd"},
    {NULL, "Japanese yen", "yen"},
    {NULL, "Swiss franc", "chf"},
    {NULL, "Franc", "francs"},
    {NULL, "Peseta", "pesetas"},
    {NULL, "Netherlands guilder", "guilders"},
    {NULL, "Finnish markka", "finnish markka"},
    {NULL, "Mexican peso", "mexican pesos"},
    {NULL, "Turkish lira", "turkish lira"},
    {NULL, "Costa Rican colón", "₡"},
    {NULL, "Georgian lari", "₾"},
    {NULL, "Lao kip", "₭"},
    {NULL, "Sri Lankan rupee", "sri lankan rupees"},
    {NULL, "Bitcoin", "bitcoin"},
    {NULL, "Satoshi", "satoshi"},
    {NULL, "Penny", "penny"},
    {NULL, "Decimeter", "dm"},
    {NULL, "Mile per hour", "mph"},
    {NULL, "Kilometer per hour", "km/h"},
    {NULL, "Cubic foot", "cubic feet"},
    {NULL, "Meter per millisecond", "m/ms"},
    {NULL, "Centimeter per millisecond", "cm/ms"},
    {NULL, "Kilometer per millisecond", "km/ms"},
    {NULL, "Degree", "degrees"},
};

const char *
peer_unit_phrase(const char *suite, const char *unit)
{
    g_return_val_if_fail(unit != NULL, NULL);
    for (guint i = 0; i < G_N_ELEMENTS(unit_phrases); i++)
        if ((unit_phrases[i].suite == NULL || g_strcmp0(unit_phrases[i].suite, suite) == 0)
            && strcmp(unit_phrases[i].name, unit) == 0)
            return unit_phrases[i].phrase;
    g_autofree char *lower = g_utf8_strdown(unit, -1);
    return g_intern_string(lower);
}

void
peer_entity_resolve_unit(PeerEntity *e, const char *suite, const CcLexicon *lexicon)
{
    g_return_if_fail(e != NULL);
    e->needs_unit = FALSE;
    e->canon_unit = NULL;
    e->factor = 1;
    e->unit_phrase = NULL;
    if (e->unit == NULL)
        return;
    e->needs_unit = TRUE;
    e->unit_phrase = peer_unit_phrase(suite, e->unit);
    const CcLexiconEntry *entry =
        lexicon ? cc_lexicon_lookup(lexicon, "units", e->unit_phrase, -1) : NULL;
    const char *slash = strchr(e->unit_phrase, '/');
    if (entry == NULL && slash != NULL && lexicon != NULL) {
        /* a rate, "m/ms": a unit per a unit of time, in the canonical unit
         * per second, as the normalizer composes it */
        g_autofree char *num = g_strndup(e->unit_phrase, (gsize)(slash - e->unit_phrase));
        PeerEntity a = {.unit = num}, b = {.unit = (char *)slash + 1};
        peer_entity_resolve_unit(&a, NULL, lexicon);
        peer_entity_resolve_unit(&b, NULL, lexicon);
        if (a.canon_unit != NULL && b.canon_unit == g_intern_string("s")) {
            g_autofree char *canon = g_strconcat(a.canon_unit, "/s", NULL);
            e->canon_unit = g_intern_string(canon);
            e->factor = a.factor / b.factor;
        }
        return;
    }
    if (entry == NULL)
        return;
    /* "m 1609.344": the canonical unit and the factor; "" : the phrase itself */
    g_auto(GStrv) words = g_strsplit_set(entry->value, " \t", -1);
    const char *canon = NULL, *factor = NULL;
    for (guint i = 0; words[i]; i++) {
        if (words[i][0] == '\0')
            continue;
        if (canon == NULL)
            canon = words[i];
        else if (factor == NULL)
            factor = words[i];
    }
    double f = 1;
    if (factor != NULL) {
        char *end = NULL;
        f = g_ascii_strtod(factor, &end);
        if (end == factor || *end != '\0' || !isfinite(f) || f <= 0)
            return;
    }
    e->canon_unit = g_intern_string(canon != NULL ? canon : entry->phrase);
    e->factor = f;
}

/* ---------------------------------------------------------------- scoring */

static gboolean
num_equal(double a, double b)
{
    return fabs(a - b) <= 1e-6 * MAX(fabs(a), fabs(b));
}

static gboolean
is_integer(double x)
{
    return fabs(x) < 1e15 && x == floor(x);
}

static gboolean
is_percent(const char *unit)
{
    return unit != NULL
           && (strstr(unit, "percent") != NULL || strcmp(unit, "%") == 0 || strcmp(unit, "pct") == 0);
}

/* One end. @low: TRUE for the low end (a strict N is a closed N+1). */
static gboolean
bound_equal(gboolean low, gboolean e_has, double e, gboolean e_open, gboolean g_has, double g,
            gboolean g_strict, CcValueKind kind)
{
    if (!e_has || !g_has)
        return e_has == g_has;
    gboolean exact = kind == CC_VALUE_DATE ? fabs(e - g) < 0.5 : num_equal(e, g);
    if (exact)
        return TRUE;
    double step = low ? 1 : -1;
    /* "more than 20" as (20, …) against [21, …), either way round. */
    if (g_strict && !e_open && is_integer(g) && is_integer(e) && e == g + step)
        return TRUE;
    if (e_open && !g_strict && is_integer(g) && is_integer(e) && g == e + step)
        return TRUE;
    return FALSE;
}

/* A record's figures, read several ways: as stored, as a percentage of
 * one hundred, and as written before unit conversion. */
typedef struct {
    double low, high;
} View;

static guint
value_views(const CcValue *v, View views[4])
{
    guint n = 0;
    views[n++] = (View){v->low, v->high};
    if (v->kind != CC_VALUE_NUMBER)
        return n;
    if (is_percent(v->unit))
        views[n++] = (View){v->low * 100, v->high * 100};
    if (v->orig_unit != NULL) {
        views[n++] = (View){v->orig_low, v->orig_high};
        if (is_percent(v->orig_unit))
            views[n++] = (View){v->orig_low * 100, v->orig_high * 100};
    }
    return n;
}

PeerVerdict
peer_value_compare(const PeerInterval *expected, const CcValue *got)
{
    g_return_val_if_fail(expected != NULL && got != NULL, PEER_DIFFERENT);
    if (got->kind != expected->kind)
        return PEER_DIFFERENT;
    View views[4];
    guint n = value_views(got, views);
    PeerVerdict best = PEER_DIFFERENT;
    for (guint i = 0; i < n; i++) {
        gboolean high_eq = bound_equal(FALSE, expected->has_high, expected->high,
                                       expected->high_open, got->has_high, views[i].high,
                                       got->high_strict, got->kind);
        if (!high_eq)
            continue;
        if (bound_equal(TRUE, expected->has_low, expected->low, expected->low_open, got->has_low,
                        views[i].low, got->low_strict, got->kind))
            return PEER_EQUAL;
        if (!expected->has_low && got->has_low && expected->has_high && got->has_high
            && views[i].low < views[i].high)
            best = PEER_KNOWN_DIFFERENCE;
    }
    return best;
}

/* @iv in the canonical unit: its figures times @factor. */
static PeerInterval
scaled(const PeerInterval *iv, double factor)
{
    PeerInterval out = *iv;
    out.low *= factor;
    out.high *= factor;
    return out;
}

/* A unit entity's interval against a record: the record carries the
 * entity's canonical unit, and its figures (as stored, in that unit) equal
 * the suite's converted by the lexicon's factor. */
static PeerVerdict
unit_compare(const PeerEntity *e, const PeerInterval *iv, const CcValue *got)
{
    if (e->canon_unit == NULL || got->kind != CC_VALUE_NUMBER || got->unit == NULL
        || strcmp(got->unit, e->canon_unit) != 0)
        return PEER_DIFFERENT;
    PeerInterval want = scaled(iv, e->factor);
    CcValue bare = *got;
    bare.unit = NULL; /* one view: the figure as stored, no percent or written views */
    bare.orig_unit = NULL;
    return peer_value_compare(&want, &bare);
}

static PeerVerdict
interval_compare(const PeerEntity *e, const PeerInterval *iv, const CcValue *got)
{
    return e->needs_unit ? unit_compare(e, iv, got) : peer_value_compare(iv, got);
}

PeerVerdict
peer_entity_compare(const PeerEntity *entity, const CcValue *got)
{
    if (entity->unresolved)
        return PEER_DIFFERENT;
    PeerVerdict best = interval_compare(entity, &entity->value, got);
    if (best == PEER_EQUAL || entity->alternatives == NULL)
        return best;
    for (guint i = 0; i < entity->alternatives->len; i++) {
        PeerVerdict v =
            interval_compare(entity, &g_array_index(entity->alternatives, PeerInterval, i), got);
        if (v == PEER_EQUAL)
            return v;
        if (v == PEER_KNOWN_DIFFERENCE)
            best = v;
    }
    return best;
}

gboolean
peer_spans_overlap(gsize a_start, gsize a_end, gsize b_start, gsize b_end)
{
    return a_start < b_end && b_start < a_end;
}

gboolean
peer_cqe_value_matches(const PeerEntity *gold, const CcValue *got)
{
    if (got->kind != CC_VALUE_NUMBER || !gold->value.has_low || !gold->value.has_high)
        return FALSE;
    double gl = gold->value.low, gh = gold->value.high;
    gboolean single = num_equal(gl, gh);
    if (gl > gh && !single) {
        /* a fall from gl to gh: a record of the change, the figure it came
         * to with the one it started from, as stored or as stated */
        if (!got->has_from || !got->has_low || !got->has_high)
            return FALSE;
        gboolean stored = num_equal(got->from, gl) && num_equal(got->low, gh)
                          && num_equal(got->high, gh);
        gboolean stated = got->orig_unit != NULL && num_equal(got->orig_from, gl)
                          && num_equal(got->orig_low, gh) && num_equal(got->orig_high, gh);
        return stored || stated;
    }
    const char *change = gold->change ? gold->change : "=";
    View views[4];
    guint n = value_views(got, views);
    for (guint i = 0; i < n; i++) {
        double lo = views[i].low, hi = views[i].high;
        gboolean exact = got->has_low && got->has_high && num_equal(lo, hi);
        if (!single) {
            if (got->has_low && got->has_high && num_equal(lo, gl) && num_equal(hi, gh))
                return TRUE;
            continue;
        }
        if (exact && num_equal(lo, gl))
            return TRUE;
        if (exact)
            continue;
        /* A bound as written: "more than 60" keeps 60 (strict) or 61. */
        gboolean low_is = got->has_low
                          && (num_equal(lo, gl)
                              || (!got->low_strict && is_integer(lo) && num_equal(lo - 1, gl)));
        gboolean high_is = got->has_high
                           && (num_equal(hi, gl)
                               || (!got->high_strict && is_integer(hi) && num_equal(hi + 1, gl)));
        if (strcmp(change, ">") == 0 && low_is)
            return TRUE;
        if (strcmp(change, "<") == 0 && high_is)
            return TRUE;
        if (strcmp(change, "~") == 0 && ((got->has_low && num_equal(lo, gl))
                                         || (got->has_high && num_equal(hi, gl))))
            return TRUE;
    }
    return FALSE;
}

/* Kuhn's augmenting path from gold @g. */
static gboolean
augment(guint g, const gboolean *adj, guint npred, int *gold_match, int *pred_match,
        gboolean *seen)
{
    for (guint p = 0; p < npred; p++) {
        if (!adj[g * npred + p] || seen[p])
            continue;
        seen[p] = TRUE;
        if (pred_match[p] < 0 || augment((guint)pred_match[p], adj, npred, gold_match, pred_match, seen)) {
            gold_match[g] = (int)p;
            pred_match[p] = (int)g;
            return TRUE;
        }
    }
    return FALSE;
}

guint
peer_cqe_match(GPtrArray *gold, GPtrArray *preds, int *gold_match, int *pred_match)
{
    guint ng = gold->len, np = preds->len, matched = 0;
    for (guint i = 0; i < ng; i++)
        gold_match[i] = -1;
    for (guint j = 0; j < np; j++)
        pred_match[j] = -1;
    if (ng == 0 || np == 0)
        return 0;
    g_autofree gboolean *adj = g_new0(gboolean, (gsize)ng * np);
    for (guint i = 0; i < ng; i++)
        for (guint j = 0; j < np; j++)
            adj[i * np + j] = peer_cqe_value_matches(gold->pdata[i], preds->pdata[j]);
    g_autofree gboolean *seen = g_new(gboolean, np);
    for (guint i = 0; i < ng; i++) {
        memset(seen, 0, np * sizeof *seen);
        if (augment(i, adj, np, gold_match, pred_match, seen))
            matched++;
    }
    return matched;
}

PeerCqeScore *
peer_cqe_score(GPtrArray *gold, GPtrArray *values)
{
    PeerCqeScore *sc = g_new0(PeerCqeScore, 1);
    sc->preds = g_ptr_array_new();
    sc->owned = g_ptr_array_new_with_free_func(g_free);
    sc->origin = g_array_new(FALSE, FALSE, sizeof(guint));
    g_autoptr(GArray) start_of = g_array_new(FALSE, FALSE, sizeof(int));
    for (guint k = 0; k < values->len; k++) {
        const CcValue *v = values->pdata[k];
        int change = (int)sc->preds->len, none = -1;
        g_ptr_array_add(sc->preds, (gpointer)v);
        g_array_append_val(sc->origin, k);
        g_array_append_val(start_of, none);
        if (v->kind == CC_VALUE_NUMBER && v->has_from && v->has_low && v->has_high
            && v->low == v->high && v->from != v->low) {
            CcValue *from = g_new0(CcValue, 1);
            from->kind = CC_VALUE_NUMBER;
            from->has_low = from->has_high = TRUE;
            from->low = from->high = v->from;
            from->unit = v->unit;
            g_ptr_array_add(sc->owned, from);
            g_ptr_array_add(sc->preds, from);
            g_array_append_val(sc->origin, k);
            g_array_append_val(start_of, change);
        }
    }
    sc->gold_match = g_new(int, gold->len + 1);
    sc->pred_match = g_new(int, sc->preds->len + 1);
    sc->matched = peer_cqe_match(gold, sc->preds, sc->gold_match, sc->pred_match);
    sc->predicted = sc->preds->len;
    for (guint j = 0; j < sc->preds->len; j++) {
        int change = g_array_index(start_of, int, j);
        if (change < 0 || sc->pred_match[j] >= 0 || sc->pred_match[change] < 0)
            continue;
        const PeerEntity *g = gold->pdata[sc->pred_match[change]];
        if (g->value.low > g->value.high) {
            sc->pred_match[j] = G_MAXINT;
            sc->predicted--;
        }
    }
    return sc;
}

void
peer_cqe_score_free(PeerCqeScore *sc)
{
    if (sc == NULL)
        return;
    g_ptr_array_unref(sc->preds);
    g_ptr_array_unref(sc->owned);
    g_array_unref(sc->origin);
    g_free(sc->gold_match);
    g_free(sc->pred_match);
    g_free(sc);
}

PeerOutcome
peer_entity_outcome(const PeerEntity *entity, GPtrArray *records, const CcClaim **witness)
{
    const CcClaim *wrong = NULL, *known = NULL;
    for (guint i = 0; i < records->len; i++) {
        const CcClaim *r = records->pdata[i];
        if (r->value.kind == CC_VALUE_NONE
            || !peer_spans_overlap(entity->start, entity->end, r->span_start, r->span_end))
            continue;
        PeerVerdict v = peer_entity_compare(entity, &r->value);
        if (v == PEER_EQUAL) {
            *witness = r;
            return PEER_FOUND;
        }
        if (v == PEER_KNOWN_DIFFERENCE && known == NULL)
            known = r;
        if (wrong == NULL)
            wrong = r;
    }
    *witness = known ? known : wrong;
    if (entity->unresolved)
        return wrong ? PEER_WRONG_VALUE : PEER_FOUND;
    return known ? PEER_KNOWN : wrong ? PEER_WRONG_VALUE : PEER_MISSED;
}

gboolean
peer_record_spurious(const CcClaim *record, GPtrArray *expect)
{
    for (guint i = 0; i < expect->len; i++) {
        const PeerEntity *e = expect->pdata[i];
        if (e->has_span && peer_spans_overlap(e->start, e->end, record->span_start, record->span_end))
            return FALSE;
    }
    return TRUE;
}

/* ---------------------------------------------------------------- display */

static void
append_bound(GString *out, CcValueKind kind, gboolean has, double x)
{
    if (!has) {
        g_string_append(out, "null");
    } else if (kind == CC_VALUE_DATE) {
        g_autofree char *iso = cc_day_to_iso((guint32)x);
        g_string_append(out, iso);
    } else {
        g_string_append_printf(out, "%.10g", x);
    }
}

char *
peer_interval_to_string(const PeerInterval *iv)
{
    GString *out = g_string_new(NULL);
    g_string_append_c(out, iv->low_open || !iv->has_low ? '(' : '[');
    append_bound(out, iv->kind, iv->has_low, iv->low);
    g_string_append(out, ", ");
    append_bound(out, iv->kind, iv->has_high, iv->high);
    g_string_append_c(out, iv->high_open || !iv->has_high ? ')' : ']');
    return g_string_free(out, FALSE);
}

char *
peer_value_to_string(const CcValue *v)
{
    GString *out = g_string_new(NULL);
    if (v->kind == CC_VALUE_NONE)
        return g_string_free(out, FALSE);
    g_string_append_c(out, v->low_strict || !v->has_low ? '(' : '[');
    append_bound(out, v->kind, v->has_low, v->low);
    g_string_append(out, ", ");
    append_bound(out, v->kind, v->has_high, v->high);
    g_string_append_c(out, v->high_strict || !v->has_high ? ')' : ']');
    if (v->unit)
        g_string_append_printf(out, " %s", v->unit);
    if (v->orig_unit)
        g_string_append_printf(out, " (as written %.10g–%.10g %s)", v->orig_low, v->orig_high,
                               v->orig_unit);
    if (v->approx)
        g_string_append(out, " approx");
    if (v->vague)
        g_string_append(out, " vague");
    return g_string_free(out, FALSE);
}
