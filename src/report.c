/* SPDX-License-Identifier: MIT */
/* report.c: writers for extract (JSON Lines, an aligned table) and for
 * compare as JSON and as text for a terminal. The HTML report lives in
 * report_html.c. Writers fail with CC_ERROR_IO when the stream does. */
#include "internal.h"

#include "json_write.h"
#include "report_private.h"

#include <errno.h>

gboolean
cc_report_check_stream(FILE *out, GError **error)
{
    if (fflush(out) != 0 || ferror(out)) {
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "cannot write the report: %s",
                    g_strerror(errno));
        return FALSE;
    }
    return TRUE;
}

gboolean
cc_report_jsonl(FILE *out, GPtrArray *claims, GError **error)
{
    g_return_val_if_fail(out != NULL && claims != NULL, FALSE);
    for (guint i = 0; i < claims->len; i++) {
        g_autofree char *line = cc_claim_to_json_line(claims->pdata[i]);
        fputs(line, out);
        fputc('\n', out);
    }
    return cc_report_check_stream(out, error);
}

/* ---- the extract table ---------------------------------------------------- */

static void
put_cell(GString *row, const char *text, guint width, gboolean last)
{
    g_string_append(row, text);
    if (last)
        return;
    glong n = g_utf8_strlen(text, -1);
    for (glong i = n; i < (glong)width + 2; i++)
        g_string_append_c(row, ' ');
}

/* At most @max characters, an ellipsis marking the cut; newlines flattened. */
static char *
cell_text(const char *s, glong max)
{
    if (s == NULL)
        return g_strdup("-");
    g_autofree char *flat = g_strdup(s);
    for (char *p = flat; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    if (!g_utf8_validate(flat, -1, NULL))
        return g_utf8_make_valid(flat, -1);
    if (g_utf8_strlen(flat, -1) <= max)
        return g_steal_pointer(&flat);
    const char *cut = g_utf8_offset_to_pointer(flat, max - 1);
    return g_strdup_printf("%.*s…", (int)(cut - flat), flat);
}

gboolean
cc_report_table(FILE *out, GPtrArray *claims, const CcReportOptions *options, GError **error)
{
    g_return_val_if_fail(out != NULL && claims != NULL, FALSE);
    gboolean color = options != NULL && options->color;
    enum { NCOL = 7 };
    static const char *const head[NCOL] = {"SOURCE", "LINE:COL", "PREDICATE", "TEXT",
                                           "VALUE", "MODALITY", "ATTRIBUTION"};
    g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func(g_free);
    guint width[NCOL];
    for (int c = 0; c < NCOL; c++)
        width[c] = (guint)strlen(head[c]);
    for (guint i = 0; i < claims->len; i++) {
        const CcClaim *cl = claims->pdata[i];
        char *row[NCOL];
        row[0] = cell_text(cl->source, 24);
        row[1] = g_strdup_printf("%u:%u", cl->line, cl->column);
        row[2] = cell_text(cl->predicate, 24);
        row[3] = cell_text(cl->text, 40);
        g_autofree char *v = cc_value_to_display(&cl->value);
        row[4] = cell_text(v[0] ? v : "event", 40);
        row[5] = g_strdup(cc_modality_to_string(cl->modality));
        row[6] = cell_text(cl->attribution, 30);
        for (int c = 0; c < NCOL; c++) {
            width[c] = MAX(width[c], (guint)g_utf8_strlen(row[c], -1));
            g_ptr_array_add(cells, row[c]);
        }
    }
    g_autoptr(GString) line = g_string_new(NULL);
    for (int c = 0; c < NCOL; c++)
        put_cell(line, head[c], width[c], c == NCOL - 1);
    fprintf(out, "%s%s%s\n", color ? "\033[1m" : "", line->str, color ? "\033[0m" : "");
    for (guint i = 0; i < claims->len; i++) {
        g_string_truncate(line, 0);
        for (int c = 0; c < NCOL; c++)
            put_cell(line, cells->pdata[i * NCOL + c], width[c], c == NCOL - 1);
        fprintf(out, "%s\n", line->str);
    }
    return cc_report_check_stream(out, error);
}

/* ---- compare as JSON ------------------------------------------------------ */

static void
add_ids(JsonBuilder *b, const char *member, GPtrArray *claims)
{
    json_builder_set_member_name(b, member);
    json_builder_begin_array(b);
    for (guint i = 0; i < claims->len; i++)
        json_builder_add_string_value(b, ((CcClaim *)claims->pdata[i])->id);
    json_builder_end_array(b);
}

GPtrArray *
cc_report_source_rows(const CcComparison *cmp, GPtrArray *sources)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func((GDestroyNotify)cc_report_source_row_free);
    g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
    if (sources != NULL) {
        for (guint i = 0; i < sources->len; i++) {
            const CcSource *s = sources->pdata[i];
            const char *id = s != NULL ? cc_source_id(s) : NULL;
            if (id == NULL || !g_hash_table_add(seen, (gpointer)id))
                continue;
            CcReportSourceRow *row = g_new0(CcReportSourceRow, 1);
            row->id = g_strdup(id);
            row->file = g_strdup(cc_source_path(s));
            row->title = g_strdup(cc_source_header(s, "title"));
            guint32 day = cc_source_date(s);
            row->date = day != 0 ? cc_day_to_iso(day) : g_strdup(cc_source_header(s, "date"));
            row->source = s;
            g_ptr_array_add(rows, row);
        }
    }
    /* Sources known only from their claims (or no source objects at all). */
    GPtrArray *claims = cc_comparison_claims(cmp);
    for (guint i = 0; i < claims->len; i++) {
        const CcClaim *c = claims->pdata[i];
        if (c->source == NULL || !g_hash_table_add(seen, c->source))
            continue;
        CcReportSourceRow *row = g_new0(CcReportSourceRow, 1);
        row->id = g_strdup(c->source);
        row->file = g_strdup(c->file);
        g_ptr_array_add(rows, row);
    }
    return rows;
}

void
cc_report_source_row_free(CcReportSourceRow *row)
{
    if (row == NULL)
        return;
    g_free(row->id);
    g_free(row->file);
    g_free(row->title);
    g_free(row->date);
    g_free(row);
}

/* Member "consensus": the band and the counts; with @ids also the ids of
 * the claims supporting it and of those outside it (the key's entry). */
static void
add_consensus(JsonBuilder *b, const CcConsensus *c, gboolean ids)
{
    json_builder_set_member_name(b, "consensus");
    if (c == NULL) {
        json_builder_add_null_value(b);
        return;
    }
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "low");
    cc_json_add_bound(b, &c->band, c->band.has_low, c->band.low);
    json_builder_set_member_name(b, "high");
    cc_json_add_bound(b, &c->band, c->band.has_high, c->band.high);
    cc_json_add_string_or_null(b, "unit", c->band.kind == CC_VALUE_NUMBER ? c->band.unit : NULL);
    json_builder_set_member_name(b, "sources");
    json_builder_add_int_value(b, c->sources);
    json_builder_set_member_name(b, "outlier_sources");
    json_builder_add_int_value(b, c->outlier_sources);
    if (ids) {
        add_ids(b, "support", c->support);
        add_ids(b, "outliers", c->outliers);
    }
    json_builder_end_object(b);
}

/* The distinct sources of @claims (grouped by source, as a key's are). */
static void
add_source_ids(JsonBuilder *b, const char *member, GPtrArray *claims)
{
    json_builder_set_member_name(b, member);
    json_builder_begin_array(b);
    const char *last = NULL;
    for (guint i = 0; i < claims->len; i++) {
        const char *source = ((CcClaim *)claims->pdata[i])->source;
        if (last != NULL && strcmp(last, source) == 0)
            continue;
        json_builder_add_string_value(b, source);
        last = source;
    }
    json_builder_end_array(b);
}

/* A key's entry: its consensus in full, once, whatever its findings. */
static void
add_key(JsonBuilder *b, const CcConsensus *c)
{
    g_autofree char *summary = cc_consensus_sentence(c);
    json_builder_begin_object(b);
    cc_json_add_string_or_null(b, "key", c->key);
    cc_json_add_string_or_null(b, "summary", summary);
    add_consensus(b, c, TRUE);
    json_builder_set_member_name(b, "sources");
    json_builder_begin_object(b);
    add_source_ids(b, "support", c->support);
    add_source_ids(b, "outliers", c->outliers);
    json_builder_end_object(b);
    json_builder_end_object(b);
}

/* The compare object written piece by piece, each element built and
 * written alone, so that memory holds one element's JSON at a time. The
 * text is what one pretty-printed tree (two spaces a level) would be. */
typedef struct {
    FILE *out;
    GString *text;
    guint members; /* top-level members begun */
    guint elements; /* elements of the current array */
} JsonStream;

static void
stream_flush(JsonStream *s, gboolean force)
{
    if (force || s->text->len >= 1 << 16) {
        fwrite(s->text->str, 1, s->text->len, s->out);
        g_string_truncate(s->text, 0);
    }
}

static void
stream_member(JsonStream *s, const char *name)
{
    g_string_append(s->text, s->members++ > 0 ? ",\n  " : "{\n  ");
    cc_json_append_string(s->text, name);
    g_string_append(s->text, ": ");
    s->elements = 0;
}

/* Appends @node to the current array. */
static void
stream_node(JsonStream *s, JsonNode *node)
{
    g_string_append(s->text, s->elements++ > 0 ? ",\n    " : "[\n    ");
    cc_json_append_at(s->text, node, 2, 2);
    stream_flush(s, FALSE);
}

/* Appends the element built in @b (one object) to the current array. */
static void
stream_element(JsonStream *s, JsonBuilder *b)
{
    g_autoptr(JsonNode) node = json_builder_get_root(b);
    stream_node(s, node);
    json_builder_reset(b);
}

static void
stream_array_end(JsonStream *s)
{
    g_string_append(s->text, s->elements > 0 ? "\n  ]" : "[]");
}

static void
add_finding(JsonBuilder *b, const CcComparison *cmp, const CcFinding *f)
{
    g_autofree char *summary = cc_finding_summary(cmp, f);
    g_autofree char *detail = cc_finding_detail(cmp, f);
    json_builder_begin_object(b);
    cc_json_add_string_or_null(b, "type", cc_relation_type_to_string(f->type));
    cc_json_add_string_or_null(b, "key", f->key);
    json_builder_set_member_name(b, "claims");
    json_builder_begin_array(b);
    for (guint j = 0; j < f->n_claims; j++)
        json_builder_add_string_value(b, f->claims[j]->id);
    json_builder_end_array(b);
    cc_json_add_string_or_null(b, "summary", summary);
    cc_json_add_string_or_null(b, "detail", detail);
    add_consensus(b, f->consensus, FALSE);
    json_builder_end_object(b);
}

gboolean
cc_report_compare_json(FILE *out, const CcComparison *cmp, GPtrArray *sources, GError **error)
{
    g_return_val_if_fail(out != NULL && cmp != NULL, FALSE);
    g_autoptr(JsonBuilder) b = json_builder_new();
    g_autoptr(GString) text = g_string_sized_new(1 << 17);
    JsonStream s = {.out = out, .text = text};

    stream_member(&s, "sources");
    g_autoptr(GPtrArray) rows = cc_report_source_rows(cmp, sources);
    for (guint i = 0; i < rows->len; i++) {
        const CcReportSourceRow *row = rows->pdata[i];
        json_builder_begin_object(b);
        cc_json_add_string_or_null(b, "id", row->id);
        cc_json_add_string_or_null(b, "file", row->file);
        cc_json_add_string_or_null(b, "title", row->title);
        cc_json_add_string_or_null(b, "date", row->date);
        json_builder_end_object(b);
        stream_element(&s, b);
    }
    stream_array_end(&s);

    stream_member(&s, "claims");
    GPtrArray *claims = cc_comparison_claims(cmp);
    for (guint i = 0; i < claims->len; i++) {
        g_autoptr(JsonNode) node = cc_claim_to_json(claims->pdata[i]);
        stream_node(&s, node);
    }
    stream_array_end(&s);

    stream_member(&s, "relations");
    GArray *rels = cc_comparison_relations(cmp);
    for (guint i = 0; i < rels->len; i++) {
        const CcRelation *r = &g_array_index(rels, CcRelation, i);
        g_autofree char *why = cc_relation_why(cmp, r);
        json_builder_begin_object(b);
        cc_json_add_string_or_null(b, "a", cc_relation_claim_a(cmp, r)->id);
        cc_json_add_string_or_null(b, "b", cc_relation_claim_b(cmp, r)->id);
        cc_json_add_string_or_null(b, "type", cc_relation_type_to_string(r->type));
        cc_json_add_string_or_null(b, "why", why);
        json_builder_end_object(b);
        stream_element(&s, b);
    }
    stream_array_end(&s);

    stream_member(&s, "keys");
    GPtrArray *consensus = cc_comparison_consensus(cmp);
    for (guint i = 0; i < consensus->len; i++) {
        add_key(b, consensus->pdata[i]);
        stream_element(&s, b);
    }
    stream_array_end(&s);

    stream_member(&s, "findings");
    GPtrArray *findings = cc_comparison_findings(cmp);
    for (guint i = 0; i < findings->len; i++) {
        add_finding(b, cmp, findings->pdata[i]);
        stream_element(&s, b);
    }
    stream_array_end(&s);

    if (cc_comparison_relations_limited(cmp)) {
        stream_member(&s, "relations_limited");
        g_string_append(text, "true");
        /* What was summarised: per key, its pairs and what was written. */
        stream_member(&s, "relations_summarised");
        GArray *summarised = cc_comparison_summarised(cmp);
        for (guint i = 0; i < summarised->len; i++) {
            const CcSummarisedKey *k = &g_array_index(summarised, CcSummarisedKey, i);
            json_builder_begin_object(b);
            cc_json_add_string_or_null(b, "key", k->key);
            json_builder_set_member_name(b, "claims");
            json_builder_add_int_value(b, k->claims);
            json_builder_set_member_name(b, "pairs");
            json_builder_add_int_value(b, (gint64)k->pairs);
            json_builder_set_member_name(b, "clusters");
            json_builder_add_int_value(b, k->clusters);
            json_builder_set_member_name(b, "written");
            json_builder_add_int_value(b, k->written);
            json_builder_end_object(b);
            stream_element(&s, b);
        }
        stream_array_end(&s);
    }
    g_string_append(text, "\n}\n");
    stream_flush(&s, TRUE);
    return cc_report_check_stream(out, error);
}

/* ---- compare as JSON Lines ------------------------------------------------ */

static int
finding_by_key(gconstpointer pa, gconstpointer pb)
{
    const CcFinding *a = *(CcFinding *const *)pa, *b = *(CcFinding *const *)pb;
    return strcmp(a->key, b->key);
}

/* Writes the object built in @b as one line, "@key<TAB>" before it when
 * @key_prefix. */
static void
write_line(FILE *out, GString *text, JsonBuilder *b, const char *key, gboolean key_prefix)
{
    g_autoptr(JsonNode) node = json_builder_get_root(b);
    json_builder_reset(b);
    g_string_truncate(text, 0);
    if (key_prefix) {
        g_string_append(text, key);
        g_string_append_c(text, '\t');
    }
    cc_json_append(text, node, -1);
    g_string_append_c(text, '\n');
    fwrite(text->str, 1, text->len, out);
}

gboolean
cc_report_compare_jsonl(FILE *out, const CcComparison *cmp, gboolean key_prefix, GError **error)
{
    g_return_val_if_fail(out != NULL && cmp != NULL, FALSE);
    GPtrArray *findings = cc_comparison_findings(cmp);
    /* A stable sort: within a key, the comparison's order (conflicts first). */
    g_autoptr(GPtrArray) by_key = g_ptr_array_sized_new(findings->len);
    for (guint i = 0; i < findings->len; i++)
        g_ptr_array_add(by_key, findings->pdata[i]);
    g_ptr_array_sort(by_key, finding_by_key);
    g_autoptr(GString) text = g_string_new(NULL);
    g_autoptr(JsonBuilder) b = json_builder_new();
    /* The keys' entries (in key order, as the consensus is) merged in,
     * each before its key's findings. */
    GPtrArray *consensus = cc_comparison_consensus(cmp);
    guint next_key = 0;
    for (guint i = 0; i <= by_key->len; i++) {
        const CcFinding *f = i < by_key->len ? by_key->pdata[i] : NULL;
        while (next_key < consensus->len) {
            const CcConsensus *c = consensus->pdata[next_key];
            if (f != NULL && strcmp(c->key, f->key) > 0)
                break;
            add_key(b, c);
            write_line(out, text, b, c->key, key_prefix);
            next_key++;
        }
        if (f == NULL)
            break;
        add_finding(b, cmp, f);
        write_line(out, text, b, f->key, key_prefix);
    }
    return cc_report_check_stream(out, error);
}

/* ---- compare as text ------------------------------------------------------ */

char *
cc_report_summarised_note(const CcComparison *cmp)
{
    GArray *summarised = cc_comparison_summarised(cmp);
    guint64 pairs = 0, written = 0;
    for (guint i = 0; i < summarised->len; i++) {
        const CcSummarisedKey *s = &g_array_index(summarised, CcSummarisedKey, i);
        pairs += s->pairs;
        written += s->written;
    }
    GString *note = g_string_new(NULL);
    g_string_append_printf(note,
                           "Some keys had too many pairs: values were clustered and related "
                           "across clusters only. %u key%s with %" G_GUINT64_FORMAT
                           " cross-source pairs, %" G_GUINT64_FORMAT " relations written: ",
                           summarised->len, summarised->len == 1 ? "" : "s", pairs, written);
    for (guint i = 0; i < summarised->len && i < 10; i++) {
        const CcSummarisedKey *s = &g_array_index(summarised, CcSummarisedKey, i);
        g_string_append_printf(note, "%s%s (%u claims in %u cluster%s)", i ? ", " : "", s->key,
                               s->claims, s->clusters, s->clusters == 1 ? "" : "s");
    }
    if (summarised->len > 10)
        g_string_append_printf(note, " and %u more", summarised->len - 10);
    g_string_append_c(note, '.');
    return g_string_free(note, FALSE);
}

static const char *
type_colour(CcRelationType t)
{
    switch (t) {
    case CC_RELATION_CONFLICT: return "\033[1;31m";
    case CC_RELATION_DISPUTED: return "\033[1;35m";
    case CC_RELATION_UPDATE: return "\033[1;36m";
    case CC_RELATION_AGREEMENT:
    case CC_RELATION_COMPATIBLE: return "\033[1;32m";
    case CC_RELATION_NOT_COMPARABLE: return "\033[2m";
    case CC_RELATION_UNCORROBORATED:
    default: return "\033[1;33m";
    }
}

const char *
cc_report_section_title(CcRelationType t)
{
    switch (t) {
    case CC_RELATION_CONFLICT: return "Conflicts";
    case CC_RELATION_DISPUTED: return "Disputed";
    case CC_RELATION_UPDATE: return "Updates";
    case CC_RELATION_AGREEMENT:
    case CC_RELATION_COMPATIBLE: return "Agreements";
    case CC_RELATION_NOT_COMPARABLE: return "Not comparable";
    case CC_RELATION_UNCORROBORATED:
    default: return "Uncorroborated";
    }
}

static void
print_claim_line(FILE *out, const CcClaim *c, gboolean color)
{
    g_autofree char *v = cc_value_to_display(&c->value);
    g_autofree char *as_of = c->as_of != 0 ? cc_day_to_iso(c->as_of) : NULL;
    fprintf(out, "    %s%s:%u:%u%s  '%s'  %s  [%s%s%s]%s%s\n", color ? "\033[1m" : "",
            c->file != NULL ? c->file : c->source, c->line, c->column, color ? "\033[0m" : "",
            c->text != NULL ? c->text : "", v[0] ? v : "event", cc_modality_to_string(c->modality),
            c->attribution ? ", said by " : "", c->attribution ? c->attribution : "",
            as_of ? "  as of " : "", as_of ? as_of : "");
}

gboolean
cc_report_compare_text(FILE *out, const CcComparison *cmp, GPtrArray *sources,
                       const CcReportOptions *options, GError **error)
{
    g_return_val_if_fail(out != NULL && cmp != NULL, FALSE);
    gboolean color = options != NULL && options->color;
    GPtrArray *findings = cc_comparison_findings(cmp);
    g_autoptr(GPtrArray) rows = cc_report_source_rows(cmp, sources);
    guint counts[CC_RELATION_UNCORROBORATED + 1] = {0};
    for (guint i = 0; i < findings->len; i++)
        counts[((CcFinding *)findings->pdata[i])->type]++;
    fprintf(out, "%u claims from %u sources: %u conflicts, %u disputed, %u updates, "
                 "%u agreements, %u uncorroborated.\n",
            cc_comparison_claims(cmp)->len, rows->len, counts[CC_RELATION_CONFLICT],
            counts[CC_RELATION_DISPUTED], counts[CC_RELATION_UPDATE],
            counts[CC_RELATION_AGREEMENT] + counts[CC_RELATION_COMPATIBLE],
            counts[CC_RELATION_UNCORROBORATED]);
    if (cc_comparison_relations_limited(cmp)) {
        g_autofree char *note = cc_report_summarised_note(cmp);
        fprintf(out, "(%s)\n", note);
    }
    /* A key's consensus is spelled out under its first finding (its
     * highest-ranked), and only summed up under the others. */
    g_autoptr(GHashTable) told = g_hash_table_new(NULL, NULL);
    const char *section = NULL;
    for (guint i = 0; i < findings->len; i++) {
        const CcFinding *f = findings->pdata[i];
        const char *title = cc_report_section_title(f->type);
        if (section != title) {
            fprintf(out, "\n%s%s%s\n", color ? "\033[1;4m" : "", title, color ? "\033[0m" : "");
            section = title;
        }
        fprintf(out, "\n  %s%s%s %s\n", color ? type_colour(f->type) : "",
                cc_relation_type_to_string(f->type), color ? "\033[0m" : "", f->key);
        g_autofree char *summary = cc_finding_summary(cmp, f);
        g_autofree char *detail = cc_finding_detail(cmp, f);
        fprintf(out, "    %s\n", summary);
        for (guint j = 0; j < f->n_claims; j++)
            print_claim_line(out, f->claims[j], color);
        if (detail[0] != '\0') {
            g_auto(GStrv) lines = g_strsplit(detail, "\n", -1);
            for (guint j = 0; lines[j] != NULL; j++)
                fprintf(out, "    %s%s%s\n", color ? "\033[2m" : "", lines[j],
                        color ? "\033[0m" : "");
        }
        if (f->consensus != NULL) {
            gboolean first = g_hash_table_add(told, (gpointer)f->consensus);
            g_autofree char *cs = first ? cc_consensus_sentence(f->consensus)
                                        : cc_consensus_brief(f->consensus);
            fprintf(out, "    %s%s%s\n", color ? "\033[2m" : "", cs, color ? "\033[0m" : "");
        }
    }
    return cc_report_check_stream(out, error);
}
