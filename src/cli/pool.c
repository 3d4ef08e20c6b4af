/* SPDX-License-Identifier: MIT */
/* pool.c: extraction across documents on a pool of threads. Documents are
 * independent until the comparator, so each worker owns an extractor over
 * the shared, read-only rule set, takes the next input — a file, or a
 * document line of a JSON Lines stream — reads it and extracts its records.
 * The caller sees the results in input order, and workers never run more
 * than a window of documents ahead of it, so that memory is bounded by the
 * documents in flight, not by the corpus (or the stream). */
#include "cli.h"

#include <string.h>

/* One input, as taken under the pool's lock. */
typedef struct {
    const char *path; /* a file to read, or NULL for a document line */
    char *text;       /* a document line, its reader's name and line */
    gsize len;
    const char *name;
    guint line;
    char *error; /* the input could not be taken at all */
} Job;

typedef struct {
    CcSource *source; /* NULL when the input could not be read */
    GPtrArray *records;
    GPtrArray *warnings;
    char *error;
    gboolean done;
} Slot;

/* Called by one worker at a time (under take_lock, not the pool's lock, so
 * that reading a slow stream never holds up the delivery of documents
 * done): fills @job with the next input, or returns FALSE when there are no
 * more. */
typedef gboolean (*TakeFunc)(gpointer inputs, Job *job);

typedef struct {
    const CcRuleSet *rules;
    const CcExtractOptions *options;
    TakeFunc take;
    gpointer inputs;
    gboolean ended;  /* take said there are no more */
    Slot *slots;     /* a ring: input i is in slots[i % window] */
    guint next_take; /* inputs taken so far */
    guint next_deliver;
    guint window;
    GMutex lock;
    GCond cond;
    GMutex take_lock; /* held while taking; only its holder moves next_take */
} Pool;

static CcSource *
load(const Job *job, GError **error)
{
    if (job->error != NULL) {
        g_set_error_literal(error, CC_ERROR, CC_ERROR_INPUT, job->error);
        return NULL;
    }
    if (job->path != NULL)
        return cli_source_from_file(job->path, error);
    return cli_document_from_line(job->name, job->line, job->text, job->len, error);
}

static gpointer
worker(gpointer data)
{
    Pool *pool = data;
    g_autoptr(CcExtractor) extractor = cc_extractor_new(pool->rules);
    for (;;) {
        g_mutex_lock(&pool->take_lock);
        g_mutex_lock(&pool->lock);
        while (!pool->ended && pool->next_take >= pool->next_deliver + pool->window)
            g_cond_wait(&pool->cond, &pool->lock);
        gboolean ended = pool->ended;
        g_mutex_unlock(&pool->lock);
        Job job = {0};
        gboolean got = !ended && pool->take(pool->inputs, &job);
        g_mutex_lock(&pool->lock);
        guint i = pool->next_take;
        if (got)
            pool->next_take++;
        else
            pool->ended = TRUE;
        g_cond_broadcast(&pool->cond);
        g_mutex_unlock(&pool->lock);
        g_mutex_unlock(&pool->take_lock);
        if (!got)
            break;

        g_autoptr(GError) error = NULL;
        CcSource *source = load(&job, &error);
        g_free(job.text);
        g_free(job.error);
        GPtrArray *records = NULL;
        GPtrArray *warnings = g_ptr_array_new_with_free_func(g_free);
        if (source != NULL)
            records = cc_extract(extractor, source, pool->options, warnings);

        g_mutex_lock(&pool->lock);
        Slot *slot = &pool->slots[i % pool->window];
        slot->source = source;
        slot->records = records;
        slot->warnings = warnings;
        slot->error = error ? g_strdup(error->message) : NULL;
        slot->done = TRUE;
        g_cond_broadcast(&pool->cond);
        g_mutex_unlock(&pool->lock);
    }
    return NULL;
}

guint
cli_default_jobs(void)
{
    return MAX(1, g_get_num_processors());
}

/* The source ids of the run, each with the path that took it: two
 * sources of one id would merge into one source (and an id: header could
 * pose as another source), so the second is refused, naming both. Called
 * on the delivering thread only. */
static GHashTable *run_ids;

static gboolean
claim_source_id(CcSource *source)
{
    if (run_ids == NULL)
        run_ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    const char *id = cc_source_id(source);
    const char *first = g_hash_table_lookup(run_ids, id);
    if (first == NULL) {
        g_hash_table_insert(run_ids, g_strdup(id), g_strdup(cc_source_path(source)));
        return TRUE;
    }
    if (cc_source_header(source, "id") != NULL)
        cli_error("%s: its header's 'id: %s' is already the id of %s in this run; source ids "
                  "are unique",
                  cc_source_path(source), id, first);
    else
        cli_error("%s: source id '%s' (the file's name) is already the id of %s in this run; "
                  "give one an 'id:' header line or another name",
                  cc_source_path(source), id, first);
    return FALSE;
}

/* Runs @take's inputs on @jobs threads, delivering in input order. */
static gboolean
run(const CcRuleSet *rules, const CcExtractOptions *options, TakeFunc take, gpointer inputs,
    guint jobs, CliProgress *progress, CliDocumentFunc deliver, gpointer user_data)
{
    Pool pool = {0};
    pool.rules = rules;
    pool.options = options;
    pool.take = take;
    pool.inputs = inputs;
    jobs = MAX(jobs, 1);
    pool.window = MAX(4 * jobs, 16);
    pool.slots = g_new0(Slot, pool.window);
    g_mutex_init(&pool.lock);
    g_cond_init(&pool.cond);
    g_mutex_init(&pool.take_lock);

    GThread **threads = g_new0(GThread *, jobs);
    for (guint t = 0; t < jobs; t++)
        threads[t] = g_thread_new("extract", worker, &pool);

    gboolean ok = TRUE;
    for (guint i = 0;; i++) {
        Slot *slot = &pool.slots[i % pool.window];
        g_mutex_lock(&pool.lock);
        while (!slot->done && !(pool.ended && i >= pool.next_take))
            g_cond_wait(&pool.cond, &pool.lock);
        gboolean more = slot->done;
        g_mutex_unlock(&pool.lock);
        if (!more)
            break;

        cli_progress_pause(progress, slot->warnings->len > 0 || slot->error != NULL);
        /* Warnings and errors quote documents: escaped for the terminal. */
        for (guint w = 0; w < slot->warnings->len; w++) {
            g_autofree char *safe = cc_text_escape_controls(slot->warnings->pdata[w], -1);
            fprintf(stderr, "%s: warning: %s\n", g_get_prgname(), safe);
        }
        if (slot->error != NULL) {
            g_autofree char *safe = cc_text_escape_controls(slot->error, -1);
            fprintf(stderr, "%s\n", safe);
            ok = FALSE;
        } else if (!claim_source_id(slot->source)) {
            ok = FALSE;
        } else if (!deliver(slot->source, slot->records, user_data)) {
            ok = FALSE;
        }
        cli_progress_update(progress, slot->source ? cc_source_length(slot->source) : 0);
        g_clear_pointer(&slot->source, cc_source_unref);
        g_clear_pointer(&slot->records, g_ptr_array_unref);
        g_clear_pointer(&slot->warnings, g_ptr_array_unref);
        g_clear_pointer(&slot->error, g_free);

        g_mutex_lock(&pool.lock);
        slot->done = FALSE;
        pool.next_deliver = i + 1;
        g_cond_broadcast(&pool.cond);
        g_mutex_unlock(&pool.lock);
    }
    for (guint t = 0; t < jobs; t++)
        g_thread_join(threads[t]);
    g_free(threads);
    g_mutex_clear(&pool.lock);
    g_cond_clear(&pool.cond);
    g_mutex_clear(&pool.take_lock);
    g_free(pool.slots);
    return ok;
}

/* ---- files ----------------------------------------------------------------- */

typedef struct {
    char **files;
    guint next;
} Files;

static gboolean
take_file(gpointer inputs, Job *job)
{
    Files *f = inputs;
    if (f->files == NULL || f->files[f->next] == NULL)
        return FALSE;
    job->path = f->files[f->next++];
    return TRUE;
}

gboolean
cli_extract_files(const CcRuleSet *rules, char **files, const CcExtractOptions *options,
                  guint jobs, CliDocumentFunc deliver, gpointer user_data)
{
    guint n = files ? g_strv_length(files) : 0;
    if (n == 0)
        return TRUE;
    Files f = {.files = files};
    CliProgress *progress = cli_progress_new(files);
    gboolean ok = run(rules, options, take_file, &f, MIN(jobs, n), progress, deliver, user_data);
    cli_progress_free(progress);
    return ok;
}

/* ---- documents, a JSON Lines stream ----------------------------------------- */

typedef struct {
    CliLineReader *lines;
    gboolean stopped; /* after a line that could not be read */
} Documents;

/* Reads the next line (one worker at a time: the reader is one stream);
 * the worker parses it. A line the reader refuses (too long, a read error,
 * UTF-16) is delivered as that error, in its place, and ends the stream. */
static gboolean
take_document(gpointer inputs, Job *job)
{
    Documents *d = inputs;
    if (d->stopped)
        return FALSE;
    g_autoptr(GError) error = NULL;
    char *text;
    gsize len;
    if (cli_line_reader_next(d->lines, &text, &len, &error)) {
        job->text = g_malloc(len + 1);
        memcpy(job->text, text, len + 1);
        job->len = len;
        job->name = cli_line_reader_name(d->lines);
        job->line = cli_line_reader_line(d->lines);
        return TRUE;
    }
    d->stopped = TRUE;
    if (error == NULL)
        return FALSE;
    job->error = g_strdup(error->message);
    return TRUE;
}

gboolean
cli_extract_documents(const CcRuleSet *rules, const char *path, const CcExtractOptions *options,
                      guint jobs, CliDocumentFunc deliver, gpointer user_data)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(CliLineReader) lines = cli_line_reader_open(path, &error);
    if (lines == NULL) {
        fprintf(stderr, "%s\n", error->message);
        return FALSE;
    }
    Documents d = {.lines = lines};
    return run(rules, options, take_document, &d, jobs, NULL, deliver, user_data);
}
