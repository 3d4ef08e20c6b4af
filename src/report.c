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
    if (!g_utf8_validate(flat, -1, NULL)) {
        g_autofree char *valid = g_utf8_make_valid(flat, -1);
        return cc_text_escape_controls(valid, -1);
    }
    g_autofree char *safe = cc_text_escape_controls(flat, -1);
    g_free(flat);
    flat = g_steal_pointer(&safe);
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
            row->outlet = g_strdup(cc_source_header(s, "outlet"));
            row->source = s;
            g_ptr_array_add(rows, row);
        }
    }
    /* Sources known only from their claims (or no source objects at all). */
    GPtrArray *claims = cc_comparison_claims(cmp);
    GArray *starts = cc_comparison_source_starts(cmp); /* grouped by source: each run's first */
    for (guint k = 0; k < starts->len; k++) {
        const CcClaim *c = claims->pdata[g_array_index(starts, guint, k)];
        if (!g_hash_table_add(seen, c->source))
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
    g_free(row->outlet);
    g_free(row);
}

void
cc_report_count(const CcComparison *cmp, GPtrArray *rows, CcReportCounts *counts)
{
    memset(counts, 0, sizeof *counts);
    counts->claims = cc_comparison_claims(cmp)->len;
    counts->sources = rows->len;
    counts->keys = cc_comparison_consensus(cmp)->len;
    GPtrArray *findings = cc_comparison_findings(cmp);
    const char *last_conflict = NULL;
    for (guint i = 0; i < findings->len; i++) {
        const CcFinding *f = findings->pdata[i];
        counts->findings[f->type]++;
        /* Conflicts come first, a key's together. */
        if (f->type == CC_RELATION_CONFLICT
            && (last_conflict == NULL || strcmp(last_conflict, f->key) != 0))
            counts->keys_in_conflict++;
        if (f->type == CC_RELATION_CONFLICT)
            last_conflict = f->key;
    }
}

/* The JSON is written as it goes, with no tree, into a buffer handed to
 * the stream whenever it has grown past 64 KiB: memory holds one element
 * at a time, and the text is what one tree pretty-printed (two spaces a
 * level) or on one line would be. */
typedef struct {
    FILE *out;
    GString *text;
    CcJsonWriter w;
    CcReasons *reasons;
    GString *scratch; /* a sentence before it is escaped */
} Writer;

static void
writer_flush(Writer *wr, gboolean force)
{
    if (force || wr->text->len >= 1 << 16) {
        fwrite(wr->text->str, 1, wr->text->len, wr->out);
        g_string_truncate(wr->text, 0);
    }
}

/* Member @name: the ids of @claims. */
static void
write_ids(CcJsonWriter *w, const char *name, GPtrArray *claims)
{
    cc_json_member(w, name);
    cc_json_begin_array(w);
    for (guint i = 0; i < claims->len; i++)
        cc_json_string(w, ((CcClaim *)claims->pdata[i])->id);
    cc_json_end_array(w);
}

/* Member "consensus": the band and the counts; with @ids also the ids of
 * the claims supporting it and of those outside it (the key's entry). */
static void
write_consensus(CcJsonWriter *w, const CcConsensus *c, gboolean ids)
{
    cc_json_member(w, "consensus");
    if (c == NULL) {
        cc_json_null(w);
        return;
    }
    /* A strict bound on a count as records write it: "more than 3 million"
     * shells is at least 3,000,001. */
    const CcValue *band = &c->band;
    CcValue closed;
    if (cc_value_has_strict(band)) {
        closed = cc_value_closed(band);
        band = &closed;
    }
    cc_json_begin_object(w);
    cc_json_member(w, "low");
    cc_json_bound(w, band, band->has_low, band->low);
    cc_json_member(w, "high");
    cc_json_bound(w, band, band->has_high, band->high);
    cc_json_member(w, "unit");
    cc_json_string(w, c->band.kind == CC_VALUE_NUMBER ? c->band.unit : NULL);
    cc_json_member(w, "sources");
    cc_json_int(w, c->sources);
    cc_json_member(w, "outlier_sources");
    cc_json_int(w, c->outlier_sources);
    if (ids) {
        write_ids(w, "support", c->support);
        write_ids(w, "outliers", c->outliers);
        if (c->history->len > 0)
            write_ids(w, "history", c->history);
    }
    cc_json_end_object(w);
}

/* Member @name: the distinct sources of @claims (grouped by source, as a
 * key's are). */
static void
write_source_ids(CcJsonWriter *w, const char *name, GPtrArray *claims)
{
    cc_json_member(w, name);
    cc_json_begin_array(w);
    const char *last = NULL;
    for (guint i = 0; i < claims->len; i++) {
        const char *source = ((CcClaim *)claims->pdata[i])->source;
        if (last != NULL && strcmp(last, source) == 0)
            continue;
        cc_json_string(w, source);
        last = source;
    }
    cc_json_end_array(w);
}

/* A key's entry: its consensus in full, once, whatever its findings.
 * @scratch: room for its sentence. */
static void
write_key(CcJsonWriter *w, GString *scratch, const CcConsensus *c)
{
    g_string_truncate(scratch, 0);
    cc_consensus_append_sentence(c, scratch);
    cc_json_begin_object(w);
    cc_json_member(w, "key");
    cc_json_string(w, c->key);
    cc_json_member(w, "summary");
    cc_json_string_len(w, scratch->str, scratch->len);
    write_consensus(w, c, TRUE);
    cc_json_member(w, "sources");
    cc_json_begin_object(w);
    write_source_ids(w, "support", c->support);
    write_source_ids(w, "outliers", c->outliers);
    cc_json_end_object(w);
    cc_json_end_object(w);
}

static void
write_finding(Writer *wr, const CcComparison *cmp, const CcFinding *f)
{
    CcJsonWriter *w = &wr->w;
    GString *summary = wr->scratch;
    g_string_truncate(summary, 0);
    cc_finding_append_summary(cmp, f, summary);
    cc_json_begin_object(w);
    cc_json_member(w, "type");
    cc_json_string(w, cc_relation_type_to_string(f->type));
    cc_json_member(w, "key");
    cc_json_string(w, f->key);
    cc_json_member(w, "claims");
    cc_json_begin_array(w);
    for (guint j = 0; j < f->n_claims; j++)
        cc_json_string(w, f->claims[j]->id);
    cc_json_end_array(w);
    cc_json_member(w, "summary");
    cc_json_string_len(w, summary->str, summary->len);
    cc_json_member(w, "detail");
    cc_json_value_begin(w);
    g_string_append_c(w->out, '"');
    cc_reasons_append_detail(wr->reasons, f, w->out); /* escaped */
    g_string_append_c(w->out, '"');
    write_consensus(w, f->consensus, FALSE);
    cc_json_end_object(w);
}

/* Member "summary": the counts the text report opens with, by finding type. */
static void
write_summary(CcJsonWriter *w, const CcReportCounts *n)
{
    static const CcRelationType order[] = {
        CC_RELATION_CONFLICT,  CC_RELATION_DISPUTED,       CC_RELATION_UPDATE,
        CC_RELATION_AGREEMENT, CC_RELATION_COMPATIBLE,     CC_RELATION_NOT_COMPARABLE,
        CC_RELATION_UNCORROBORATED,
    };
    cc_json_member(w, "summary");
    cc_json_begin_object(w);
    cc_json_member(w, "claims");
    cc_json_int(w, n->claims);
    cc_json_member(w, "sources");
    cc_json_int(w, n->sources);
    cc_json_member(w, "keys");
    cc_json_int(w, n->keys);
    cc_json_member(w, "keys_in_conflict");
    cc_json_int(w, n->keys_in_conflict);
    cc_json_member(w, "findings");
    cc_json_begin_object(w);
    for (guint i = 0; i < G_N_ELEMENTS(order); i++) {
        cc_json_member(w, cc_relation_type_to_string(order[i]));
        cc_json_int(w, n->findings[order[i]]);
    }
    cc_json_end_object(w);
    cc_json_end_object(w);
}

/* A relation's object as the writer lays it out, cut where its parts go:
 * before a's id, between a and b, before the type, before the why and
 * after it (quotes included). Laid out once by the writer itself, so
 * that the relations written from the pieces are what it would write. */
typedef struct {
    GString *text;
    gsize len[5];
} RelationLayout;

static void
relation_layout(RelationLayout *layout, int indent, int level)
{
    GString *t = g_string_new(NULL);
    CcJsonWriter w;
    cc_json_writer_init(&w, t, indent, level);
    gsize cut[5], n = 0;
    cc_json_begin_object(&w);
    cc_json_member(&w, "a");
    g_string_append_c(t, '"');
    cut[n++] = t->len;
    g_string_append_c(t, '"');
    cc_json_member(&w, "b");
    g_string_append_c(t, '"');
    cut[n++] = t->len;
    g_string_append_c(t, '"');
    cc_json_member(&w, "type");
    cut[n++] = t->len;
    cc_json_null(&w); /* a place for the type, cut out below */
    gsize type_end = t->len;
    cc_json_member(&w, "why");
    g_string_append_c(t, '"');
    cut[n++] = t->len;
    g_string_append_c(t, '"');
    cc_json_end_object(&w);
    cut[n++] = t->len;
    g_string_erase(t, (gssize)cut[2], (gssize)(type_end - cut[2]));
    cut[3] -= type_end - cut[2];
    cut[4] -= type_end - cut[2];
    for (gsize i = 0; i < 5; i++)
        layout->len[i] = cut[i] - (i > 0 ? cut[i - 1] : 0);
    layout->text = t;
}

/* How many claims or relations ahead of the one written their claims are
 * fetched. */
#define PREFETCH_AHEAD 8u
#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

/* The claims a key's entry names: its support's (its outliers are few). */
static GPtrArray *
consensus_claims(const CcConsensus *c)
{
    return c->support;
}

/* Asks for @claims ahead of writing them: @stage 0 the claims, @stage 1
 * (later) their strings. */
static void
prefetch_claims(GPtrArray *claims, int stage)
{
    for (guint j = 0; j < claims->len; j++) {
        if (stage == 0)
            PREFETCH(claims->pdata[j]);
        else
            cc_claim_prefetch(claims->pdata[j]);
    }
}

static void
prefetch_finding(const CcFinding *f, int stage)
{
    for (guint j = 0; j < f->n_claims; j++) {
        if (stage == 0)
            PREFETCH(f->claims[j]);
        else
            cc_claim_prefetch(f->claims[j]);
    }
}

gboolean
cc_report_compare_json(FILE *out, const CcComparison *cmp, GPtrArray *sources, GError **error)
{
    g_return_val_if_fail(out != NULL && cmp != NULL, FALSE);
    g_autoptr(GString) text = g_string_sized_new(1 << 17);
    g_autoptr(GString) scratch = g_string_sized_new(1 << 12);
    g_autoptr(CcReasons) reasons = cc_reasons_new(cmp, CC_REASONS_KEEP_KEPT | CC_REASONS_JSON);
    Writer wr = {.out = out, .text = text, .reasons = reasons, .scratch = scratch};
    CcJsonWriter *w = &wr.w;
    cc_json_writer_init(w, text, 2, 0);
    g_autoptr(GPtrArray) rows = cc_report_source_rows(cmp, sources);

    cc_json_begin_object(w);
    CcReportCounts counts;
    cc_report_count(cmp, rows, &counts);
    write_summary(w, &counts);

    cc_json_member(w, "sources");
    cc_json_begin_array(w);
    for (guint i = 0; i < rows->len; i++) {
        const CcReportSourceRow *row = rows->pdata[i];
        cc_json_begin_object(w);
        cc_json_member(w, "id");
        cc_json_string(w, row->id);
        cc_json_member(w, "file");
        cc_json_string(w, row->file);
        cc_json_member(w, "title");
        cc_json_string(w, row->title);
        cc_json_member(w, "date");
        cc_json_string(w, row->date);
        cc_json_end_object(w);
        writer_flush(&wr, FALSE);
    }
    cc_json_end_array(w);

    cc_json_member(w, "claims");
    cc_json_begin_array(w);
    GPtrArray *claims = cc_comparison_claims(cmp);
    for (guint i = 0; i < claims->len; i++) {
        /* in the comparison's order, not the input's: fetched ahead */
        if (i + 2 * PREFETCH_AHEAD < claims->len)
            cc_claim_prefetch_struct(claims->pdata[i + 2 * PREFETCH_AHEAD]);
        if (i + PREFETCH_AHEAD < claims->len)
            cc_claim_prefetch(claims->pdata[i + PREFETCH_AHEAD]);
        /* laid out as it is written: no line to lay out again */
        int level = cc_json_value_begin(w);
        cc_claim_append_json(text, claims->pdata[i], w->indent, level);
        cc_reasons_tell(reasons, i); /* while the claim is at hand */
        writer_flush(&wr, FALSE);
    }
    cc_json_end_array(w);

    cc_json_member(w, "relations");
    cc_json_begin_array(w);
    GArray *rels = cc_comparison_relations(cmp);
    RelationLayout layout = {0};
    /* Each type's name as a JSON string, written once. */
    enum { N_TYPES = CC_RELATION_UNCORROBORATED + 1 };
    g_autoptr(GString) types = g_string_new(NULL);
    gsize type_at[N_TYPES + 1];
    for (int t = 0; t < N_TYPES; t++) {
        type_at[t] = types->len;
        cc_json_append_string(types, cc_relation_type_to_string((CcRelationType)t));
    }
    type_at[N_TYPES] = types->len;
    for (guint i = 0; i < rels->len; i++) {
        const CcRelation *r = &g_array_index(rels, CcRelation, i);
        if (i + 2 * PREFETCH_AHEAD < rels->len)
            cc_reasons_prefetch(reasons, r + 2 * PREFETCH_AHEAD, 0);
        if (i + PREFETCH_AHEAD < rels->len)
            cc_reasons_prefetch(reasons, r + PREFETCH_AHEAD, 1);
        /* The ids and the why come escaped from the reasons, each claim's
         * written once, between the object's constant pieces. */
        int level = cc_json_value_begin(w);
        if (layout.text == NULL)
            relation_layout(&layout, w->indent, level);
        const char *piece = layout.text->str;
        cc_json_put(text, piece, layout.len[0]);
        piece += layout.len[0];
        cc_reasons_append_id(reasons, r->a, text);
        cc_json_put(text, piece, layout.len[1]);
        piece += layout.len[1];
        cc_reasons_append_id(reasons, r->b, text);
        cc_json_put(text, piece, layout.len[2]);
        piece += layout.len[2];
        if ((guint)r->type < N_TYPES)
            cc_json_put(text, types->str + type_at[r->type], type_at[r->type + 1] - type_at[r->type]);
        else
            cc_json_append_string(text, cc_relation_type_to_string(r->type));
        cc_json_put(text, piece, layout.len[3]);
        piece += layout.len[3];
        cc_reasons_append_why(reasons, r, text);
        cc_json_put(text, piece, layout.len[4]);
        writer_flush(&wr, FALSE);
    }
    if (layout.text != NULL)
        g_string_free(layout.text, TRUE);
    cc_json_end_array(w);

    cc_json_member(w, "keys");
    cc_json_begin_array(w);
    GPtrArray *consensus = cc_comparison_consensus(cmp);
    for (guint i = 0; i < consensus->len; i++) {
        if (i + 2 < consensus->len)
            prefetch_claims(consensus_claims(consensus->pdata[i + 2]), 0);
        if (i + 1 < consensus->len)
            prefetch_claims(consensus_claims(consensus->pdata[i + 1]), 1);
        write_key(w, scratch, consensus->pdata[i]);
        writer_flush(&wr, FALSE);
    }
    cc_json_end_array(w);

    cc_json_member(w, "findings");
    cc_json_begin_array(w);
    GPtrArray *findings = cc_comparison_findings(cmp);
    for (guint i = 0; i < findings->len; i++) {
        if (i + 2 < findings->len)
            prefetch_finding(findings->pdata[i + 2], 0);
        if (i + 1 < findings->len)
            prefetch_finding(findings->pdata[i + 1], 1);
        cc_reasons_prefetch_detail(reasons, i + 2, 0);
        cc_reasons_prefetch_detail(reasons, i + 1, 1);
        write_finding(&wr, cmp, findings->pdata[i]);
        writer_flush(&wr, FALSE);
    }
    cc_json_end_array(w);

    if (cc_comparison_relations_limited(cmp)) {
        cc_json_member(w, "relations_limited");
        cc_json_bool(w, TRUE);
        /* What was summarised: per key, its pairs and what was written. */
        cc_json_member(w, "relations_summarised");
        cc_json_begin_array(w);
        GArray *summarised = cc_comparison_summarised(cmp);
        for (guint i = 0; i < summarised->len; i++) {
            const CcSummarisedKey *k = &g_array_index(summarised, CcSummarisedKey, i);
            cc_json_begin_object(w);
            cc_json_member(w, "key");
            cc_json_string(w, k->key);
            cc_json_member(w, "claims");
            cc_json_int(w, k->claims);
            cc_json_member(w, "pairs");
            cc_json_int(w, (gint64)k->pairs);
            cc_json_member(w, "clusters");
            cc_json_int(w, k->clusters);
            cc_json_member(w, "written");
            cc_json_int(w, k->written);
            cc_json_end_object(w);
            writer_flush(&wr, FALSE);
        }
        cc_json_end_array(w);
    }
    cc_json_end_object(w);
    g_string_append_c(text, '\n');
    writer_flush(&wr, TRUE);
    return cc_report_check_stream(out, error);
}

/* ---- compare as JSON Lines ------------------------------------------------ */

static int
finding_by_key(gconstpointer pa, gconstpointer pb)
{
    const CcFinding *a = *(CcFinding *const *)pa, *b = *(CcFinding *const *)pb;
    return strcmp(a->key, b->key);
}

/* Starts a line, "@key<TAB>" before it when @key_prefix. */
static void
line_begin(Writer *wr, const char *key, gboolean key_prefix)
{
    if (key_prefix) {
        g_string_append(wr->text, key);
        g_string_append_c(wr->text, '\t');
    }
    cc_json_writer_init(&wr->w, wr->text, -1, 0);
}

static void
line_end(Writer *wr)
{
    g_string_append_c(wr->text, '\n');
    writer_flush(wr, FALSE);
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
    g_autoptr(GString) text = g_string_sized_new(1 << 17);
    g_autoptr(GString) scratch = g_string_sized_new(1 << 12);
    g_autoptr(CcReasons) reasons = cc_reasons_new(cmp, CC_REASONS_JSON);
    Writer wr = {.out = out, .text = text, .reasons = reasons, .scratch = scratch};
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
            line_begin(&wr, c->key, key_prefix);
            write_key(&wr.w, scratch, c);
            line_end(&wr);
            next_key++;
        }
        if (f == NULL)
            break;
        line_begin(&wr, f->key, key_prefix);
        write_finding(&wr, cmp, f);
        line_end(&wr);
    }
    writer_flush(&wr, TRUE);
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
                           "across clusters only. %u %s with %" G_GUINT64_FORMAT
                           " cross-source %s, %" G_GUINT64_FORMAT " %s written: ",
                           summarised->len, PLURAL(summarised->len, "key", "keys"), pairs,
                           PLURAL(pairs, "pair", "pairs"), written,
                           PLURAL(written, "relation", "relations"));
    for (guint i = 0; i < summarised->len && i < 10; i++) {
        const CcSummarisedKey *s = &g_array_index(summarised, CcSummarisedKey, i);
        g_string_append_printf(note, "%s%s (%u %s in %u %s)", i ? ", " : "", s->key, s->claims,
                               PLURAL(s->claims, "claim", "claims"), s->clusters,
                               PLURAL(s->clusters, "cluster", "clusters"));
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
    /* What documents and records say reaches a terminal escaped. */
    g_autofree char *file = cc_text_escape_controls(c->file != NULL ? c->file : c->source, -1);
    g_autofree char *text = cc_text_escape_controls(c->text != NULL ? c->text : "", -1);
    g_autofree char *value = cc_text_escape_controls(v[0] ? v : "event", -1);
    g_autofree char *by = cc_text_escape_controls(c->attribution ? c->attribution : "", -1);
    fprintf(out, "    %s%s:%u:%u%s  '%s'  %s  [%s%s%s]%s%s\n", color ? "\033[1m" : "", file,
            c->line, c->column, color ? "\033[0m" : "", text, value,
            cc_modality_to_string(c->modality), c->attribution ? ", said by " : "", by,
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
    CcReportCounts n;
    cc_report_count(cmp, rows, &n);
    guint agreements = n.findings[CC_RELATION_AGREEMENT] + n.findings[CC_RELATION_COMPATIBLE];
    fprintf(out, "%u %s from %u %s: %u %s, %u disputed, %u %s, %u %s, %u uncorroborated.\n",
            n.claims, PLURAL(n.claims, "claim", "claims"), n.sources,
            PLURAL(n.sources, "source", "sources"), n.findings[CC_RELATION_CONFLICT],
            PLURAL(n.findings[CC_RELATION_CONFLICT], "conflict", "conflicts"),
            n.findings[CC_RELATION_DISPUTED], n.findings[CC_RELATION_UPDATE],
            PLURAL(n.findings[CC_RELATION_UPDATE], "update", "updates"), agreements,
            PLURAL(agreements, "agreement", "agreements"), n.findings[CC_RELATION_UNCORROBORATED]);
    if (cc_comparison_relations_limited(cmp)) {
        g_autofree char *note = cc_report_summarised_note(cmp);
        fprintf(out, "(%s)\n", note);
    }
    /* A key's consensus is spelled out under its first finding (its
     * highest-ranked), and only summed up under the others. */
    g_autoptr(GHashTable) told = g_hash_table_new(NULL, NULL);
    g_autoptr(CcReasons) reasons = cc_reasons_new(cmp, 0);
    g_autoptr(GString) detail = g_string_new(NULL);
    const char *section = NULL;
    for (guint i = 0; i < findings->len; i++) {
        const CcFinding *f = findings->pdata[i];
        const char *title = cc_report_section_title(f->type);
        if (section != title) {
            fprintf(out, "\n%s%s%s\n", color ? "\033[1;4m" : "", title, color ? "\033[0m" : "");
            section = title;
        }
        g_autofree char *key = cc_text_escape_controls(f->key, -1);
        fprintf(out, "\n  %s%s%s %s\n", color ? type_colour(f->type) : "",
                cc_relation_type_to_string(f->type), color ? "\033[0m" : "", key);
        g_autofree char *summary = cc_finding_summary(cmp, f);
        g_string_truncate(detail, 0);
        cc_reasons_append_detail(reasons, f, detail);
        g_autofree char *safe_summary = cc_text_escape_controls(summary, -1);
        fprintf(out, "    %s\n", safe_summary);
        for (guint j = 0; j < f->n_claims; j++)
            print_claim_line(out, f->claims[j], color);
        for (const char *line = detail->str; detail->len > 0;) {
            const char *nl = strchr(line, '\n');
            gssize len = nl != NULL ? (gssize)(nl - line) : (gssize)strlen(line);
            g_autofree char *safe = cc_text_escape_controls(line, len);
            fprintf(out, "    %s%s%s\n", color ? "\033[2m" : "", safe, color ? "\033[0m" : "");
            if (nl == NULL)
                break;
            line = nl + 1;
        }
        if (f->consensus != NULL) {
            gboolean first = g_hash_table_add(told, (gpointer)f->consensus);
            g_autofree char *cs = first ? cc_consensus_sentence(f->consensus)
                                        : cc_consensus_brief(f->consensus);
            g_autofree char *safe = cc_text_escape_controls(cs, -1);
            fprintf(out, "    %s%s%s\n", color ? "\033[2m" : "", safe, color ? "\033[0m" : "");
        }
    }
    return cc_report_check_stream(out, error);
}
