/* pool.c: extraction across documents on a pool of threads. Documents are
 * independent until the comparator, so each worker owns an extractor over
 * the shared, read-only rule set, takes the next file, reads it and
 * extracts its records. The caller sees the results in input order, and
 * workers never run more than a window of documents ahead of it, so that
 * memory is bounded by the documents in flight, not by the corpus. */
#include "cli.h"

typedef struct {
    CcSource *source;  /* NULL when the file could not be read */
    GPtrArray *records;
    GPtrArray *warnings;
    char *error;
    gboolean done;
} Slot;

typedef struct {
    const CcRuleSet *rules;
    const CcExtractOptions *options;
    char **files;
    guint n;
    Slot *slots;
    guint next_take;
    guint next_deliver;
    guint window;
    GMutex lock;
    GCond cond;
} Pool;

static gpointer
worker(gpointer data)
{
    Pool *pool = data;
    g_autoptr(CcExtractor) extractor = cc_extractor_new(pool->rules);
    for (;;) {
        g_mutex_lock(&pool->lock);
        while (pool->next_take < pool->n && pool->next_take >= pool->next_deliver + pool->window)
            g_cond_wait(&pool->cond, &pool->lock);
        if (pool->next_take >= pool->n) {
            g_mutex_unlock(&pool->lock);
            break;
        }
        guint i = pool->next_take++;
        g_mutex_unlock(&pool->lock);

        Slot *slot = &pool->slots[i];
        g_autoptr(GError) error = NULL;
        CcSource *source = cc_source_new_from_file(pool->files[i], &error);
        GPtrArray *records = NULL;
        GPtrArray *warnings = g_ptr_array_new_with_free_func(g_free);
        if (source != NULL)
            records = cc_extract(extractor, source, pool->options, warnings);

        g_mutex_lock(&pool->lock);
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

gboolean
cli_extract_files(const CcRuleSet *rules, char **files, const CcExtractOptions *options,
                  guint jobs, CliDocumentFunc deliver, gpointer user_data)
{
    Pool pool = {0};
    pool.rules = rules;
    pool.options = options;
    pool.files = files;
    pool.n = files ? g_strv_length(files) : 0;
    if (pool.n == 0)
        return TRUE;
    jobs = CLAMP(jobs, 1, pool.n);
    pool.window = MAX(4 * jobs, 16);
    pool.slots = g_new0(Slot, pool.n);
    g_mutex_init(&pool.lock);
    g_cond_init(&pool.cond);

    GThread **threads = g_new0(GThread *, jobs);
    for (guint t = 0; t < jobs; t++)
        threads[t] = g_thread_new("extract", worker, &pool);

    gboolean ok = TRUE;
    for (guint i = 0; i < pool.n; i++) {
        Slot *slot = &pool.slots[i];
        g_mutex_lock(&pool.lock);
        while (!slot->done)
            g_cond_wait(&pool.cond, &pool.lock);
        g_mutex_unlock(&pool.lock);

        for (guint w = 0; w < slot->warnings->len; w++)
            fprintf(stderr, "%s: warning: %s\n", g_get_prgname(), (char *)slot->warnings->pdata[w]);
        if (slot->error != NULL) {
            fprintf(stderr, "%s\n", slot->error);
            ok = FALSE;
        } else if (!deliver(slot->source, slot->records, user_data)) {
            ok = FALSE;
        }
        g_clear_pointer(&slot->source, cc_source_unref);
        g_clear_pointer(&slot->records, g_ptr_array_unref);
        g_clear_pointer(&slot->warnings, g_ptr_array_unref);
        g_clear_pointer(&slot->error, g_free);

        g_mutex_lock(&pool.lock);
        pool.next_deliver = i + 1;
        g_cond_broadcast(&pool.cond);
        g_mutex_unlock(&pool.lock);
    }
    for (guint t = 0; t < jobs; t++)
        g_thread_join(threads[t]);
    g_free(threads);
    g_mutex_clear(&pool.lock);
    g_cond_clear(&pool.cond);
    g_free(pool.slots);
    return ok;
}
