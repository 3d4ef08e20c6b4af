/* SPDX-License-Identifier: MIT */
/* check.c: a draft judged against its references. The comparator relates
 * every draft claim to the reference claims of its key (and only those
 * pairs); the references'
 * verdicts are then counted by independent source, so that a draft is an
 * error only against the band most references support, a split among the
 * references is a warning naming both sides, and a lone dissenting
 * reference is a note about that reference. Writers for compiler-style
 * diagnostics, SARIF 2.1.0 and JSON follow. */
#include "internal.h"

#include <claimcheck/check.h>

#include "json_write.h"

struct _CcCheck {
    GPtrArray *draft;       /* (element-type CcClaim) referenced */
    GPtrArray *references;  /* referenced */
    GPtrArray *all;         /* draft then references, no ownership */
    CcComparison *comparison; /* its relations alone (no findings) */
    CcComparison *full;       /* (nullable) with findings, made when asked for */
    GPtrArray *diagnostics; /* (element-type CcDiagnostic) */
    CcCheckOptions options;
};

static void
diagnostic_free(gpointer p)
{
    CcDiagnostic *d = p;
    g_ptr_array_unref(d->supporting);
    g_ptr_array_unref(d->opposing);
    g_free(d->message);
    g_free(d);
}

void
cc_check_options_init(CcCheckOptions *options)
{
    memset(options, 0, sizeof *options);
    cc_compare_options_init(&options->compare);
    options->listed = CC_CHECK_LISTED;
}

const char *
cc_check_kind_to_string(CcCheckKind kind)
{
    static const char *const names[] = {"conflict", "disputed", "split-references",
                                        "outlier-reference", "single-reference", "uncovered",
                                        "agreed"};
    return (guint)kind < G_N_ELEMENTS(names) ? names[kind] : "unknown";
}

const char *
cc_severity_to_string(CcSeverity severity)
{
    switch (severity) {
    case CC_SEVERITY_ERROR:
        return "error";
    case CC_SEVERITY_WARNING:
        return "warning";
    default:
        return "note";
    }
}

/* What the claim is about, for people: the event of a date, else the predicate. */
static const char *
claim_topic(const CcClaim *c)
{
    if (g_strcmp0(c->predicate, "date") == 0 && c->object != NULL)
        return c->object;
    return c->predicate;
}

/* "'about 11,000' (003, NIS, 2024-11-13)" */
static void
append_reference(GString *out, const CcClaim *c)
{
    g_string_append_printf(out, "'%s' (%s", c->text ? c->text : "", c->source);
    if (c->attribution != NULL)
        g_string_append_printf(out, ", %s", c->attribution);
    if (c->as_of != 0) {
        g_autofree char *iso = cc_day_to_iso(c->as_of);
        g_string_append_printf(out, ", %s", iso);
    }
    g_string_append_c(out, ')');
}

/* Appends the claims of @list, one per source, "; "-separated, at most
 * CC_CHECK_NAMED,
 * then how many of @sources (the distinct sources on the side, listed or
 * not) are left. */
static void
append_references(GString *out, GPtrArray *list, guint sources)
{
    g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
    guint shown = 0, more = 0;
    for (guint i = 0; i < list->len; i++) {
        const CcClaim *c = list->pdata[i];
        if (!g_hash_table_add(seen, c->source))
            continue;
        if (shown == CC_CHECK_NAMED)
            break;
        if (shown++ > 0)
            g_string_append(out, "; ");
        append_reference(out, c);
    }
    more = sources > shown ? sources - shown : 0;
    if (more > 0)
        g_string_append_printf(out, "; and %u more", more);
}

/* The distinct sources of @list's claims. (transfer full) */
static GHashTable *
source_set(GPtrArray *list)
{
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < list->len; i++)
        g_hash_table_add(seen, ((const CcClaim *)list->pdata[i])->source);
    return seen;
}

static guint
count_sources(GPtrArray *list)
{
    g_autoptr(GHashTable) seen = source_set(list);
    return g_hash_table_size(seen);
}

/* Removes from @list the claims whose source is in @won (the sources of
 * the claims that agree): a source that gives one figure agreeing with
 * the draft and another not is counted once, on the side of agreement. */
static void
remove_sources_in(GPtrArray *list, GHashTable *won)
{
    if (list->len == 0 || g_hash_table_size(won) == 0)
        return;
    guint kept = 0;
    for (guint i = 0; i < list->len; i++) {
        const char *source = ((const CcClaim *)list->pdata[i])->source;
        if (source == NULL || !g_hash_table_contains(won, source))
            list->pdata[kept++] = list->pdata[i];
    }
    g_ptr_array_set_size(list, kept);
}

/* The latest first: by as_of (undated last), then source id and place. */
static int
latest_first(gconstpointer pa, gconstpointer pb)
{
    const CcClaim *a = *(const CcClaim *const *)pa, *b = *(const CcClaim *const *)pb;
    if (as_of_last(a) != as_of_last(b)) {
        if (a->as_of == 0 || b->as_of == 0)
            return a->as_of == 0 ? 1 : -1;
        return as_of_last(a) > as_of_last(b) ? -1 : 1;
    }
    int c = g_strcmp0(a->source, b->source);
    if (c != 0)
        return c;
    if (a->span_start != b->span_start)
        return a->span_start < b->span_start ? -1 : 1;
    if (a->span_end != b->span_end)
        return a->span_end < b->span_end ? -1 : 1;
    return g_strcmp0(a->id, b->id);
}

/* latest_first, ties (none among distinct claims) by place in @list. */
static gboolean
heap_before(GPtrArray *list, guint x, guint y)
{
    int c = latest_first(&list->pdata[x], &list->pdata[y]);
    return c < 0 || (c == 0 && x < y);
}

static void
heap_sift(GPtrArray *list, guint *heap, guint root, guint n)
{
    guint top = heap[root];
    for (guint child; (child = 2 * root + 1) < n; root = child) {
        if (child + 1 < n && heap_before(list, heap[child + 1], heap[child]))
            child++;
        if (!heap_before(list, heap[child], top))
            break;
        heap[root] = heap[child];
    }
    heap[root] = top;
}

/* Sorts @list latest first (latest_first, stably) as far as judge() reads
 * it: its first @listed claims, and as many as it takes to meet
 * CC_CHECK_NAMED sources (append_references); the others follow in no
 * particular order. All of it when @listed is 0. A heap gives the first
 * k of n in about n + k log n comparisons, where the references on a
 * busy key are thousands and a diagnostic lists ten. */
static void
sort_latest_first(GPtrArray *list, guint listed)
{
    guint n = list->len;
    if (listed == 0 || n <= 2 * (listed + CC_CHECK_NAMED)) {
        g_ptr_array_sort(list, latest_first);
        return;
    }
    g_autofree guint *heap = g_new(guint, n);
    for (guint i = 0; i < n; i++)
        heap[i] = i;
    for (guint i = n / 2; i-- > 0;)
        heap_sift(list, heap, i, n);
    g_autofree gpointer *out = g_new(gpointer, n);
    const char *named[CC_CHECK_NAMED];
    guint n_named = 0, taken = 0, left = n;
    while (left > 0 && (taken < listed || n_named < CC_CHECK_NAMED)) {
        const CcClaim *c = list->pdata[heap[0]];
        out[taken++] = (gpointer)c;
        gboolean seen = FALSE;
        for (guint j = 0; j < n_named && !seen; j++)
            seen = g_strcmp0(named[j], c->source) == 0;
        if (!seen && n_named < CC_CHECK_NAMED)
            named[n_named++] = c->source;
        heap[0] = heap[--left];
        heap_sift(list, heap, 0, left);
    }
    for (guint i = 0; i < left; i++)
        out[taken + i] = list->pdata[heap[i]];
    memcpy(list->pdata, out, n * sizeof *out);
}

/* The first @listed claims of @list (all when 0); *@more counts the rest. */
static GPtrArray *
listed_of(GPtrArray *list, guint listed, guint *more)
{
    guint n = listed == 0 ? list->len : MIN(listed, list->len);
    GPtrArray *out = g_ptr_array_sized_new(n);
    for (guint i = 0; i < n; i++)
        g_ptr_array_add(out, list->pdata[i]);
    *more = list->len - n;
    return out;
}

/* ---- who the draft says said it -------------------------------------- */

/* The words of a speaker's name, lowercased, without possessive endings
 * and the small words between names ("South Korea's National Intelligence
 * Service": south korea national intelligence service); *@named says
 * whether one of them was written with a capital (a name, not "officials").
 * (transfer full) */
static GPtrArray *
speaker_words(const char *who, gboolean *named)
{
    static const char *const small[] = {"the", "of", "and", "a", "an", "s", "for", "in",
                                        "on", "at", "to", NULL};
    GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
    *named = FALSE;
    const char *p = who;
    while (*p != '\0') {
        while (*p != '\0' && !g_ascii_isalnum(*p))
            p++;
        const char *start = p;
        while (g_ascii_isalnum(*p))
            p++;
        if (p == start)
            continue;
        char *w = g_ascii_strdown(start, p - start);
        gboolean is_small = FALSE;
        for (guint i = 0; small[i] != NULL && !is_small; i++)
            is_small = strcmp(w, small[i]) == 0;
        if (is_small) {
            g_free(w);
            continue;
        }
        if (g_ascii_isupper(*start))
            *named = TRUE;
        g_ptr_array_add(words, w);
    }
    return words;
}

static gboolean
has_word(GPtrArray *words, const char *w)
{
    for (guint i = 0; i < words->len; i++)
        if (strcmp(words->pdata[i], w) == 0)
            return TRUE;
    return FALSE;
}

/* Whether @acronym ("NIS") is the initials of capitalised words in a row
 * of @who ("South Korea's National Intelligence Service"), small words
 * between them passed over. */
static gboolean
initials_of(const char *acronym, const char *who)
{
    gsize n = strlen(acronym);
    if (n < 2 || n > 6)
        return FALSE;
    for (gsize i = 0; i < n; i++)
        if (!g_ascii_isupper(acronym[i]))
            return FALSE;
    g_autoptr(GString) run = g_string_new(NULL);
    const char *p = who;
    while (*p != '\0') {
        while (*p != '\0' && !g_ascii_isalnum(*p))
            p++;
        const char *start = p;
        while (g_ascii_isalnum(*p) || *p == '\'')
            p++;
        if (p == start)
            continue;
        gsize len = (gsize)(p - start);
        if (g_ascii_isupper(*start)) {
            g_string_append_c(run, *start);
            if (run->len >= n && strcmp(run->str + run->len - n, acronym) == 0)
                return TRUE;
        } else if (!((len == 2 && strncmp(start, "of", 2) == 0) ||
                     (len == 3 && strncmp(start, "for", 3) == 0) ||
                     (len == 3 && strncmp(start, "and", 3) == 0))) {
            g_string_truncate(run, 0);
        }
    }
    return FALSE;
}

/* Whether two attributions name one speaker: the words of one, which name
 * someone (a capitalised word, not "officials"), are all among the
 * other's ("the Pentagon", "Pentagon officials"; "Zelensky", "President
 * Volodymyr Zelensky"), or one is the other's initials ("NIS", "the
 * National Intelligence Service"). */
static gboolean
same_speaker(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return FALSE;
    const char *bare_a = g_str_has_prefix(a, "the ") ? a + 4 : a;
    const char *bare_b = g_str_has_prefix(b, "the ") ? b + 4 : b;
    if (initials_of(bare_a, b) || initials_of(bare_b, a))
        return TRUE;
    gboolean named_a, named_b;
    g_autoptr(GPtrArray) wa = speaker_words(a, &named_a);
    g_autoptr(GPtrArray) wb = speaker_words(b, &named_b);
    GPtrArray *few = wa->len <= wb->len ? wa : wb, *many = few == wa ? wb : wa;
    gboolean named = few == wa ? named_a : named_b;
    if (few->len == 0 || !named)
        return FALSE;
    for (guint i = 0; i < few->len; i++)
        if (!has_word(many, few->pdata[i]))
            return FALSE;
    return TRUE;
}

/* The longest run of whole words a speaker is tried for in the lexicon. */
#define SPEAKER_PHRASE_WORDS 6

/* The party @phrase names as a speaker's words: its value in
 * `speaker_countries`, or in `entities` when `parties` lists it too (the
 * rule pack's names of a party, its capital, its demonym; not "wave =
 * batch"); NULL when it names none. */
static const char *
party_of_phrase(const CcLexicon *lexicon, const char *phrase, gssize len)
{
    const CcLexiconEntry *e = cc_lexicon_lookup(lexicon, "speaker_countries", phrase, len);
    if (e == NULL && cc_lexicon_lookup(lexicon, "parties", phrase, len) != NULL)
        e = cc_lexicon_lookup(lexicon, "entities", phrase, len);
    return e != NULL && e->value[0] != '\0' ? e->value : NULL;
}

/* Is @c a character of a word of a speaker: a letter or a digit, an
 * apostrophe ("Korea's", "Korea’s"), a hyphen ("Kim Jong-un") or a stop
 * ("U.S.", "N. Korea")? */
static gboolean
speaker_word_char(gunichar c)
{
    return g_unichar_isalnum(c) || c == '\'' || c == 0x2019 || c == '-' || c == '.';
}

/* The party @phrase names, as written, without a possessive ending
 * ("South Korea's"), or without a stop that ends it ("the Kremlin."). */
static const char *
party_of_words(const CcLexicon *lexicon, const char *phrase, gsize len)
{
    const char *party = party_of_phrase(lexicon, phrase, (gssize)len);
    if (party == NULL && len > 2 && phrase[len - 1] == 's' && phrase[len - 2] == '\'')
        party = party_of_phrase(lexicon, phrase, (gssize)len - 2);
    if (party == NULL && len > 4 && phrase[len - 1] == 's' &&
        memcmp(phrase + len - 4, "\xe2\x80\x99", 3) == 0)
        party = party_of_phrase(lexicon, phrase, (gssize)len - 4);
    if (party == NULL && len > 1 && phrase[len - 1] == '.')
        party = party_of_phrase(lexicon, phrase, (gssize)len - 1);
    return party;
}

/* The country a speaker speaks for, told by its words through @lexicon
 * (a name, a demonym, a capital, a body or a person the rule pack places:
 * "Seoul", "South Korea's spy agency", "the Pentagon", "Peskov"), or NULL
 * when they tell none (a person, "officials", "the agency") or two, or
 * when there is no lexicon. Words are whole: at each word the longest run
 * of at most SPEAKER_PHRASE_WORDS that names a party counts, and the
 * search goes on after it; "Ukrainianists" or "the BUS company" name no
 * party. Two speakers of known different countries are plainly two; of
 * one country, or unknown, they may be one. */
static const char *
speaker_country(const CcLexicon *lexicon, const char *who)
{
    if (lexicon == NULL || who == NULL || !g_utf8_validate(who, -1, NULL))
        return NULL;
    /* The words' places in @who */
    g_autoptr(GArray) starts = g_array_new(FALSE, FALSE, sizeof(gsize));
    g_autoptr(GArray) ends = g_array_new(FALSE, FALSE, sizeof(gsize));
    for (const char *p = who; *p != '\0';) {
        if (!speaker_word_char(g_utf8_get_char(p))) {
            p = g_utf8_next_char(p);
            continue;
        }
        gsize start = (gsize)(p - who);
        while (*p != '\0' && speaker_word_char(g_utf8_get_char(p)))
            p = g_utf8_next_char(p);
        gsize end = (gsize)(p - who);
        g_array_append_val(starts, start);
        g_array_append_val(ends, end);
    }
    const char *found = NULL;
    g_autoptr(GString) phrase = g_string_new(NULL);
    for (guint i = 0; i < starts->len;) {
        const char *party = NULL;
        guint n = MIN(SPEAKER_PHRASE_WORDS, starts->len - i) + 1;
        while (party == NULL && --n > 0) {
            g_string_truncate(phrase, 0);
            for (guint k = i; k < i + n; k++) {
                if (k > i)
                    g_string_append_c(phrase, ' ');
                gsize s = g_array_index(starts, gsize, k), e = g_array_index(ends, gsize, k);
                g_string_append_len(phrase, who + s, (gssize)(e - s));
            }
            party = party_of_words(lexicon, phrase->str, phrase->len);
        }
        if (party == NULL) {
            i++;
            continue;
        }
        /* "North Korea" and "South Korea" in one speaker: none */
        if (found != NULL && strcmp(found, party) != 0)
            return NULL;
        found = party;
        i += n;
    }
    return found;
}

/* speaker_country() remembered in @memo (speaker -> party, "" for none). */
static const char *
speaker_country_memo(GHashTable *memo, const CcLexicon *lexicon, const char *who)
{
    if (lexicon == NULL || who == NULL)
        return NULL;
    const char *party = g_hash_table_lookup(memo, who);
    if (party == NULL) {
        party = speaker_country(lexicon, who);
        if (party == NULL)
            party = "";
        g_hash_table_insert(memo, (gpointer)who, (gpointer)party);
    }
    return party[0] != '\0' ? party : NULL;
}

static CcDiagnostic *
judge(const CcClaim *draft, GPtrArray *support, GPtrArray *oppose, GPtrArray *disputed,
      gboolean vouched, const char *outdated_why, GPtrArray *outdated, GPtrArray *speaker_said,
      GPtrArray *given_to_other, GPtrArray *forecast, guint related,
      const CcCheckUnread *unread, guint listed)
{
    CcDiagnostic *d = g_new0(CcDiagnostic, 1);
    d->claim = draft;
    g_autoptr(GHashTable) won = source_set(support);
    remove_sources_in(oppose, won);
    sort_latest_first(support, listed);
    sort_latest_first(oppose, listed);
    sort_latest_first(disputed, listed);
    d->supporting = listed_of(support, listed, &d->supporting_more);
    d->opposing = listed_of(oppose, listed, &d->opposing_more);
    guint s = g_hash_table_size(won), o = count_sources(oppose);
    if (unread != NULL) {
        s += unread->sources;
        d->supporting_more += unread->claims;
        o += unread->opposing_sources;
        d->opposing_more += unread->opposing_claims;
        if ((unread->sources > 0 || unread->opposing_sources > 0) && related == 0)
            related = 1;
    }
    g_autofree char *value = cc_value_to_display(&draft->value);
    GString *m = g_string_new(NULL);
    g_string_append_printf(m, "%s: draft says '%s' (%s)", claim_topic(draft),
                           draft->text ? draft->text : "", value);

    if (related == 0) {
        d->kind = CC_CHECK_UNCOVERED;
        d->severity = CC_SEVERITY_WARNING;
        g_string_append(m, "; no reference speaks of it");
    } else if (speaker_said != NULL && speaker_said->len > 0 && (s == 0 || o <= s)) {
        /* The draft names who said it, and the references quote that
         * speaker, at that moment, with another figure only. */
        d->kind = CC_CHECK_CONFLICT;
        d->severity = CC_SEVERITY_ERROR;
        sort_latest_first(speaker_said, 0);
        g_string_append_printf(m, " according to %s; the references quote %s otherwise: ",
                               draft->attribution, draft->attribution);
        append_references(m, speaker_said, count_sources(speaker_said));
        /* Who else gives the figure: sources other than the speaker's. */
        g_autoptr(GHashTable) speakers = source_set(speaker_said);
        g_autoptr(GPtrArray) others = g_ptr_array_new();
        for (guint i = 0; i < support->len; i++)
            if (!g_hash_table_contains(speakers, ((const CcClaim *)support->pdata[i])->source))
                g_ptr_array_add(others, support->pdata[i]);
        guint n = s;
        GHashTableIter it;
        gpointer src;
        g_hash_table_iter_init(&it, speakers);
        while (g_hash_table_iter_next(&it, &src, NULL))
            if (g_hash_table_contains(won, src) && n > 0)
                n--;
        if (n > 0) {
            g_string_append_printf(m, " (%u other%s give%s it: ", n, n == 1 ? "" : "s",
                                   n == 1 ? "s" : "");
            append_references(m, others, n);
            g_string_append_c(m, ')');
        }
    } else if (given_to_other != NULL && given_to_other->len > 0 && o <= s) {
        /* The draft names who said it; the references never quote that
         * speaker on it, and give the figure to a speaker of another
         * country only. */
        d->kind = CC_CHECK_CONFLICT;
        d->severity = CC_SEVERITY_ERROR;
        sort_latest_first(given_to_other, 0);
        g_string_append_printf(m, " according to %s; the references never quote %s on it and "
                                  "give this figure to another: ",
                               draft->attribution, draft->attribution);
        append_references(m, given_to_other, count_sources(given_to_other));
    } else if (outdated_why != NULL) {
        /* A running total wrong for its date by the references' latest
         * figures at or before it (or the first after it), whatever older
         * figures agree with it. */
        d->kind = CC_CHECK_CONFLICT;
        d->severity = CC_SEVERITY_ERROR;
        sort_latest_first(outdated, 0);
        g_string_append_printf(m, "; %s: ", outdated_why);
        append_references(m, outdated, count_sources(outdated));
    } else if (o == 0 && disputed->len > 0 && !vouched &&
               draft->modality == CC_MODALITY_ASSERTED) {
        /* Stated as fact, a figure the references give only to reject it,
         * which none of them gives as its own (a range that holds it, "more
         * than 8 million", does not vouch for 20 million). */
        d->kind = CC_CHECK_DISPUTED;
        d->severity = CC_SEVERITY_ERROR;
        g_string_append(m, "; stated as fact, but the references report this figure only to "
                           "dispute it: ");
        append_references(m, disputed, count_sources(disputed));
    } else if (s == 0 && o == 0 && forecast != NULL && forecast->len > 0 &&
               draft->modality != CC_MODALITY_HYPOTHETICAL) {
        /* A figure the references give only as what could come ("could
         * send as many as 30,000 more"), told as what is. */
        d->kind = CC_CHECK_CONFLICT;
        d->severity = CC_SEVERITY_ERROR;
        sort_latest_first(forecast, 0);
        g_string_append(m, "; told as fact, but the references give this figure only as a "
                           "projection: ");
        append_references(m, forecast, count_sources(forecast));
    } else if (s == 0 && o == 0 && disputed->len > 0) {
        d->kind = CC_CHECK_DISPUTED;
        d->severity = CC_SEVERITY_WARNING;
        g_string_append(m, "; the references report this figure only to dispute it: ");
        append_references(m, disputed, count_sources(disputed));
    } else if (s == 0 && o == 0) {
        d->kind = CC_CHECK_UNCOVERED;
        d->severity = CC_SEVERITY_WARNING;
        g_string_append(m, "; the references speak of it only at other times or in other "
                           "terms");
    } else if (o == 0) {
        d->kind = s == 1 ? CC_CHECK_SINGLE : CC_CHECK_AGREED;
        d->severity = s == 1 ? CC_SEVERITY_WARNING : CC_SEVERITY_NOTE;
        g_string_append_printf(m, s == 1 ? "; only one reference makes it: "
                                         : "; %u references agree: ",
                               s);
        append_references(m, support, s);
    } else if (s == 0 || o > s) {
        d->kind = CC_CHECK_CONFLICT;
        d->severity = CC_SEVERITY_ERROR;
        g_string_append_printf(m, "; %u reference%s say%s otherwise: ", o, o == 1 ? "" : "s",
                               o == 1 ? "s" : "");
        append_references(m, oppose, o);
        if (s > 0) {
            g_string_append_printf(m, " (%u agree%s: ", s, s == 1 ? "s" : "");
            append_references(m, support, s);
            g_string_append_c(m, ')');
        }
    } else if (o == s) {
        d->kind = CC_CHECK_SPLIT;
        d->severity = CC_SEVERITY_WARNING;
        g_string_append_printf(m, "; the references are split: %u agree%s (", s,
                               s == 1 ? "s" : "");
        append_references(m, support, s);
        g_string_append_printf(m, "), %u disagree%s (", o, o == 1 ? "s" : "");
        append_references(m, oppose, o);
        g_string_append_c(m, ')');
    } else {
        d->kind = CC_CHECK_OUTLIER;
        d->severity = CC_SEVERITY_NOTE;
        g_string_append_printf(m, "; %u references agree, %u disagree%s: ", s, o,
                               o == 1 ? "s and stands alone" : "");
        append_references(m, oppose, o);
    }
    d->message = g_string_free(m, FALSE);
    return d;
}

/* A claim whose relation to another can hold at any distance in time (the
 * store keeps the same test, in SQL, to look such claims up). */
static gboolean
timeless(const CcClaim *c)
{
    return c->cumulative || c->modality == CC_MODALITY_NEGATED ||
           c->modality == CC_MODALITY_DISPUTED || c->as_of == 0 ||
           c->value.kind != CC_VALUE_NUMBER;
}

gboolean
cc_check_in_reach(const CcClaim *draft, const CcClaim *reference, const CcCompareOptions *options)
{
    if (timeless(draft) || timeless(reference))
        return TRUE;
    guint32 d_at = as_of_last(draft), r_at = as_of_last(reference);
    guint days = d_at > r_at ? d_at - r_at : r_at - d_at;
    guint window = MAX(draft->window_days, reference->window_days);
    if (window == 0)
        window = options->default_window_days;
    return days <= window;
}

GPtrArray *
cc_check_references_in_reach(GPtrArray *draft, GPtrArray *references,
                             const CcCompareOptions *options, GHashTable *keys_referenced)
{
    g_return_val_if_fail(draft != NULL && references != NULL && options != NULL, NULL);
    g_autoptr(GHashTable) by_key = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify)g_ptr_array_unref);
    g_autoptr(GHashTable) draft_sources = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < draft->len; i++) {
        CcClaim *c = draft->pdata[i];
        g_hash_table_add(draft_sources, c->source);
        if (c->key == NULL)
            continue;
        GPtrArray *list = g_hash_table_lookup(by_key, c->key);
        if (list == NULL)
            g_hash_table_insert(by_key, c->key, list = g_ptr_array_new());
        g_ptr_array_add(list, c);
    }
    /* A negated figure's source: all its claims on the key stay, since
     * they decide whether it denies one figure or the thing itself. */
    g_autoptr(GHashTable) deniers = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < references->len; i++) {
        const CcClaim *r = references->pdata[i];
        if (r->key != NULL && r->modality == CC_MODALITY_NEGATED &&
            r->value.kind != CC_VALUE_NONE)
            g_hash_table_add(deniers, g_strconcat(r->key, "\n", r->source, NULL));
    }
    GPtrArray *kept = g_ptr_array_new();
    for (guint i = 0; i < references->len; i++) {
        CcClaim *r = references->pdata[i];
        GPtrArray *drafts = r->key != NULL ? g_hash_table_lookup(by_key, r->key) : NULL;
        if (drafts == NULL || g_hash_table_contains(draft_sources, r->source))
            continue;
        if (keys_referenced != NULL)
            g_hash_table_add(keys_referenced, ((CcClaim *)drafts->pdata[0])->key);
        gboolean keep = FALSE;
        for (guint j = 0; !keep && j < drafts->len; j++)
            keep = cc_check_in_reach(drafts->pdata[j], r, options);
        if (!keep && g_hash_table_size(deniers) > 0) {
            g_autofree char *ks = g_strconcat(r->key, "\n", r->source, NULL);
            keep = g_hash_table_contains(deniers, ks);
        }
        if (keep)
            g_ptr_array_add(kept, r);
    }
    return kept;
}

static CcCheck *
run(GPtrArray *draft, GPtrArray *references, GHashTable *keys_referenced, GHashTable *unread,
    const CcCheckOptions *options);

CcCheck *
cc_check_run(GPtrArray *draft, GPtrArray *references, const CcCheckOptions *options)
{
    g_return_val_if_fail(draft != NULL && references != NULL, NULL);
    return run(draft, references, NULL, NULL, options);
}

CcCheck *
cc_check_run_summarised(GPtrArray *draft, GPtrArray *references, GHashTable *keys_referenced,
                        GHashTable *unread, const CcCheckOptions *options)
{
    g_return_val_if_fail(draft != NULL && references != NULL && keys_referenced != NULL, NULL);
    return run(draft, references, keys_referenced, unread, options);
}

CcCheck *
cc_check_run_in_reach(GPtrArray *draft, GPtrArray *references, GHashTable *keys_referenced,
                      const CcCheckOptions *options)
{
    g_return_val_if_fail(draft != NULL && references != NULL && keys_referenced != NULL, NULL);
    return run(draft, references, keys_referenced, NULL, options);
}

/* Whether @ref gives @draft's figure only as a projection: a hypothetical
 * figure, or one of the projection scope, of the draft's unit, whose top
 * ("could send as many as 30,000") meets the draft's figure within
 * tolerance, the draft's own not hypothetical. */
static gboolean
projects(const CcClaim *draft, const CcClaim *ref, const CcCompareOptions *o)
{
    if (draft->modality == CC_MODALITY_HYPOTHETICAL || draft->value.kind != CC_VALUE_NUMBER ||
        ref->value.kind != CC_VALUE_NUMBER || !ref->value.has_high)
        return FALSE;
    if (ref->modality != CC_MODALITY_HYPOTHETICAL && g_strcmp0(ref->scope, "projection") != 0)
        return FALSE;
    if (ref->modality == CC_MODALITY_NEGATED || ref->modality == CC_MODALITY_DISPUTED)
        return FALSE;
    if (draft->value.unit != NULL && ref->value.unit != NULL &&
        strcmp(draft->value.unit, ref->value.unit) != 0)
        return FALSE;
    CcClaim top = *ref;
    top.value.low = ref->value.high;
    top.value.has_low = TRUE;
    top.value.low_strict = FALSE;
    return cc_compare_meet_plain(draft, &top, o);
}

/* Whether @ref is the speaker @draft names giving a figure of the draft's
 * kind at the draft's moment (within the window of either): a figure or a
 * date of the same scope and unit, neither denied, disputed nor
 * hypothetical. A later total of the speaker's that grew past the draft's
 * figure says nothing of what the speaker said before. */
static gboolean
said_by_named_speaker(const CcClaim *draft, const CcClaim *ref, CcRelationType type,
                      const CcCompareOptions *o)
{
    if (draft->attribution == NULL || ref->attribution == NULL ||
        draft->modality == CC_MODALITY_ASSERTED || draft->value.kind == CC_VALUE_NONE)
        return FALSE;
    if (type != CC_RELATION_AGREEMENT && type != CC_RELATION_COMPATIBLE &&
        type != CC_RELATION_UPDATE && type != CC_RELATION_CONFLICT)
        return FALSE;
    if (ref->value.kind != draft->value.kind || ref->modality == CC_MODALITY_NEGATED ||
        ref->modality == CC_MODALITY_DISPUTED || ref->modality == CC_MODALITY_HYPOTHETICAL ||
        draft->modality == CC_MODALITY_HYPOTHETICAL || g_strcmp0(ref->scope, draft->scope) != 0)
        return FALSE;
    if (draft->as_of == 0 || ref->as_of == 0)
        return FALSE;
    guint32 d_at = as_of_last(draft), r_at = as_of_last(ref);
    if (type == CC_RELATION_UPDATE && r_at > d_at)
        return FALSE;
    guint window = MAX(draft->window_days, ref->window_days);
    if (window == 0)
        window = o->default_window_days;
    if ((d_at > r_at ? d_at - r_at : r_at - d_at) > window)
        return FALSE;
    return same_speaker(draft->attribution, ref->attribution);
}

/* Whether @a's value lies wholly above @b's. */
static gboolean
lies_above(const CcClaim *a, const CcClaim *b)
{
    return a->value.kind == CC_VALUE_NUMBER && b->value.kind == CC_VALUE_NUMBER &&
           a->value.has_low && b->value.has_high && a->value.low > b->value.high;
}

/* Whether @c can stand for a running total at its moment: a dated figure
 * of a cumulative key, neither denied, disputed nor hypothetical. */
static gboolean
total_at_moment(const CcClaim *c)
{
    return c->cumulative && c->value.kind == CC_VALUE_NUMBER && c->as_of != 0 &&
           c->modality != CC_MODALITY_NEGATED && c->modality != CC_MODALITY_DISPUTED &&
           c->modality != CC_MODALITY_HYPOTHETICAL;
}

/* Whether a figure of @c's own source at @c's moment lies above it: a
 * source gives one running total at a time, so the lower is the figure it
 * passed ("about 2,000, more than three times the 600 it reported"). */
static gboolean
passed_by_own(const CcClaim *c, GPtrArray *refs)
{
    for (guint i = 0; i < refs->len; i++) {
        const CcClaim *r = refs->pdata[i];
        if (r != c && g_strcmp0(r->source, c->source) == 0 &&
            as_of_last(r) == as_of_last(c) && lies_above(r, c))
            return TRUE;
    }
    return FALSE;
}

/* A running total the draft gives at its moment (its as_of) is judged by
 * the references' latest moment at or before it (the claims dated within
 * the draft's window of the latest), not by the count of sources: older
 * figures that agree with it do not make an outdated figure right. Fills
 * @why with the claims that show it wrong for its date and returns the
 * reason, NULL when none: the latest moment's figures lie above it (the
 * total has grown past it), or their source revised down the figure the
 * draft gives (a claim of the same source, dated earlier, meets the
 * draft's), or, of a figure dated before the draft's own day, the first
 * moment after it lies wholly below it (a total cannot shrink). A figure
 * of the latest moment that agrees with the draft's (agreement or
 * compatible) clears it. @refs and @types: the comparable references
 * related to the draft and their relations. */
static const char *
outdated_total(const CcClaim *d, GPtrArray *refs, GArray *types, const CcCompareOptions *o,
               GPtrArray *why)
{
    if (!total_at_moment(d) || refs->len == 0)
        return NULL;
    guint32 at = as_of_last(d);
    guint window = d->window_days != 0 ? d->window_days : o->default_window_days;
    guint32 latest = 0, first_after = 0;
    for (guint i = 0; i < refs->len; i++) {
        guint32 r = as_of_last(refs->pdata[i]);
        if (r <= at && r > latest)
            latest = r;
        if (r > at && (first_after == 0 || r < first_after))
            first_after = r;
    }
    if (latest != 0) {
        gboolean agrees = FALSE;
        g_autoptr(GPtrArray) above = g_ptr_array_new();
        g_autoptr(GPtrArray) revised = g_ptr_array_new();
        for (guint i = 0; i < refs->len; i++) {
            const CcClaim *r = refs->pdata[i];
            guint32 ra = as_of_last(r);
            if (ra > latest || ra + window < latest)
                continue;
            CcRelationType t = g_array_index(types, CcRelationType, i);
            if (t == CC_RELATION_AGREEMENT || t == CC_RELATION_COMPATIBLE ||
                cc_compare_meet_plain(d, r, o)) {
                if (!passed_by_own(r, refs))
                    agrees = TRUE;
            }
            else if (t == CC_RELATION_CONFLICT && lies_above(r, d))
                g_ptr_array_add(above, (gpointer)r);
            else
                for (guint j = 0; j < refs->len; j++) {
                    const CcClaim *e = refs->pdata[j];
                    if (e != r && g_strcmp0(e->source, r->source) == 0 &&
                        as_of_last(e) < ra && lies_above(e, r) &&
                        cc_compare_meet_plain(d, e, o)) {
                        g_ptr_array_add(revised, (gpointer)r);
                        break;
                    }
                }
        }
        if (!agrees && above->len > 0) {
            g_ptr_array_extend(why, above, NULL, NULL);
            return "outdated for its date: the references' latest figures at or before it lie above it";
        }
        if (!agrees && revised->len > 0) {
            g_ptr_array_extend(why, revised, NULL, NULL);
            return "its source has since revised it down";
        }
        if (agrees)
            return NULL;
    }
    /* The first moment after it: a total cannot shrink, so figures all
     * wholly below the draft's then say it was too high for its date. */
    if (first_after == 0)
        return NULL;
    g_autoptr(GPtrArray) below = g_ptr_array_new();
    for (guint i = 0; i < refs->len; i++) {
        const CcClaim *r = refs->pdata[i];
        guint32 ra = as_of_last(r);
        if (ra < first_after || ra > first_after + window)
            continue;
        CcRelationType t = g_array_index(types, CcRelationType, i);
        if (t != CC_RELATION_CONFLICT || !lies_above(d, r))
            return NULL;
        g_ptr_array_add(below, (gpointer)r);
    }
    g_ptr_array_extend(why, below, NULL, NULL);
    return "too high for its date: the references' next figures lie below it, and a running "
           "total cannot shrink";
}

static CcCheck *
run(GPtrArray *draft, GPtrArray *references, GHashTable *keys_referenced, GHashTable *unread,
    const CcCheckOptions *options)
{
    CcCheck *check = g_new0(CcCheck, 1);
    if (options)
        check->options = *options;
    else
        cc_check_options_init(&check->options);
    check->draft = g_ptr_array_ref(draft);
    check->references = g_ptr_array_ref(references);
    check->all = g_ptr_array_new();
    g_autoptr(GHashTable) is_draft = g_hash_table_new(NULL, NULL);
    g_autoptr(GHashTable) draft_sources = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < draft->len; i++) {
        g_ptr_array_add(check->all, draft->pdata[i]);
        g_hash_table_add(is_draft, draft->pdata[i]);
        g_hash_table_add(draft_sources, ((CcClaim *)draft->pdata[i])->source);
    }
    /* A reference that is the draft itself says nothing about it. */
    for (guint i = 0; i < references->len; i++)
        if (!g_hash_table_contains(draft_sources, ((CcClaim *)references->pdata[i])->source))
            g_ptr_array_add(check->all, references->pdata[i]);

    /* Each draft claim against the references of its key; references are
     * not related to one another (their verdicts on each other say nothing
     * of the draft). */
    check->comparison =
        cc_compare_focused_relations(check->all, is_draft, &check->options.compare);
    check->diagnostics = g_ptr_array_new_with_free_func(diagnostic_free);

    /* Per draft claim (by its index in @draft): the reference claims on
     * each side; per claim of the comparison, its draft index or -1. */
    guint nd = draft->len;
    g_autoptr(GPtrArray) support = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    g_autoptr(GPtrArray) oppose = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    g_autoptr(GPtrArray) disputed = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    g_autofree guint *related = g_new0(guint, MAX(nd, 1));
    /* Per draft claim: whether a reference gives its figure as its own
     * (agreement or update, not a range that holds it), the claims of the
     * speaker the draft names that give another figure at its moment, and
     * whether one of that speaker's gives the draft's. */
    g_autofree gboolean *vouched = g_new0(gboolean, MAX(nd, 1));
    g_autofree gboolean *speaker_agrees = g_new0(gboolean, MAX(nd, 1));
    g_autoptr(GPtrArray) speaker_said =
        g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    /* Per draft claim: the references' projections of its figure. */
    g_autoptr(GPtrArray) forecast =
        g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    /* Per draft claim given to a speaker of a known country: whether a
     * reference quotes that speaker on its key, the references that give
     * its figure, and whether one of those is not plainly another's. */
    g_autofree gboolean *speaker_quoted = g_new0(gboolean, MAX(nd, 1));
    g_autofree gboolean *figure_unplaced = g_new0(gboolean, MAX(nd, 1));
    g_autoptr(GPtrArray) given_by =
        g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    /* Each speaker's country, told once (speaker -> party, "" for none) */
    g_autoptr(GHashTable) countries = g_hash_table_new(g_str_hash, g_str_equal);
    /* Per draft claim: the running-total references comparable with it,
     * and their relations to it. */
    g_autoptr(GPtrArray) totals =
        g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    g_autoptr(GPtrArray) total_types =
        g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
    g_autoptr(GHashTable) draft_index = g_hash_table_new(NULL, NULL);
    for (guint i = 0; i < nd; i++) {
        g_ptr_array_add(totals, g_ptr_array_new());
        g_ptr_array_add(given_by, g_ptr_array_new());
        g_ptr_array_add(total_types, g_array_new(FALSE, FALSE, sizeof(CcRelationType)));
        g_ptr_array_add(support, g_ptr_array_new());
        g_ptr_array_add(oppose, g_ptr_array_new());
        g_ptr_array_add(disputed, g_ptr_array_new());
        g_ptr_array_add(speaker_said, g_ptr_array_new());
        g_ptr_array_add(forecast, g_ptr_array_new());
        g_hash_table_insert(draft_index, draft->pdata[i], GUINT_TO_POINTER(i + 1));
    }
    GPtrArray *compared = cc_comparison_claims(check->comparison);
    g_autofree gint *draft_of = g_new(gint, MAX(compared->len, 1));
    for (guint i = 0; i < compared->len; i++)
        draft_of[i] = (gint)GPOINTER_TO_UINT(g_hash_table_lookup(draft_index, compared->pdata[i])) - 1;
    GArray *relations = cc_comparison_relations(check->comparison);
    for (guint i = 0; i < relations->len; i++) {
        const CcRelation *r = &g_array_index(relations, CcRelation, i);
        gint da = draft_of[r->a], db = draft_of[r->b];
        if ((da >= 0) == (db >= 0))
            continue;
        guint k = (guint)(da >= 0 ? da : db);
        const CcClaim *d = draft->pdata[k];
        const CcClaim *ref = compared->pdata[da >= 0 ? r->b : r->a];
        related[k]++;
        if (r->type == CC_RELATION_AGREEMENT ||
            ((r->type == CC_RELATION_UPDATE || r->type == CC_RELATION_COMPATIBLE) &&
             ref->value.has_low && ref->value.has_high &&
             cc_compare_meet_plain(d, ref, &check->options.compare)))
            vouched[k] = TRUE;
        const char *country = speaker_country_memo(countries, check->options.speakers,
                                                   d->attribution);
        if (country != NULL &&
            (d->modality == CC_MODALITY_REPORTED || d->modality == CC_MODALITY_HEDGED)) {
            if (ref->attribution != NULL && same_speaker(d->attribution, ref->attribution))
                speaker_quoted[k] = TRUE;
            else if ((r->type == CC_RELATION_AGREEMENT || r->type == CC_RELATION_COMPATIBLE ||
                      r->type == CC_RELATION_UPDATE) &&
                     cc_compare_meet_plain(d, ref, &check->options.compare)) {
                const char *theirs =
                    speaker_country_memo(countries, check->options.speakers, ref->attribution);
                if (theirs == NULL || strcmp(theirs, country) == 0)
                    figure_unplaced[k] = TRUE;
                else
                    g_ptr_array_add(given_by->pdata[k], (gpointer)ref);
            }
        }
        if (said_by_named_speaker(d, ref, r->type, &check->options.compare)) {
            if (cc_compare_meet_plain(d, ref, &check->options.compare))
                speaker_agrees[k] = TRUE;
            else
                g_ptr_array_add(speaker_said->pdata[k], (gpointer)ref);
        }
        if (r->type != CC_RELATION_NOT_COMPARABLE && r->type != CC_RELATION_DISPUTED &&
            total_at_moment(ref)) {
            g_ptr_array_add(totals->pdata[k], (gpointer)ref);
            CcRelationType type = r->type;
            g_array_append_val((GArray *)total_types->pdata[k], type);
        }
        if (r->type == CC_RELATION_NOT_COMPARABLE && projects(d, ref, &check->options.compare))
            g_ptr_array_add(forecast->pdata[k], (gpointer)ref);
        switch (r->type) {
        case CC_RELATION_AGREEMENT:
        case CC_RELATION_COMPATIBLE:
        case CC_RELATION_UPDATE:
            g_ptr_array_add(support->pdata[k], (gpointer)ref);
            break;
        case CC_RELATION_CONFLICT:
            g_ptr_array_add(oppose->pdata[k], (gpointer)ref);
            break;
        case CC_RELATION_DISPUTED:
            /* A reference's rejected figure that matches the draft's. */
            if (ref->modality == CC_MODALITY_DISPUTED && cc_value_overlaps(&ref->value, &d->value))
                g_ptr_array_add(disputed->pdata[k], (gpointer)ref);
            break;
        default:
            break;
        }
    }
    for (guint i = 0; i < draft->len; i++) {
        const CcClaim *d = draft->pdata[i];
        if (d->key == NULL)
            continue;
        /* References left out for being beyond reach in time still speak
         * of the key ("only at other times"). */
        guint n_related = related[i];
        if (n_related == 0 && keys_referenced != NULL &&
            g_hash_table_contains(keys_referenced, d->key))
            n_related = 1;
        g_autoptr(GPtrArray) outdated = g_ptr_array_new();
        const char *outdated_why = outdated_total(d, totals->pdata[i], total_types->pdata[i],
                                                  &check->options.compare, outdated);
        CcDiagnostic *diag =
            judge(d, support->pdata[i], oppose->pdata[i], disputed->pdata[i], vouched[i],
                  outdated_why, outdated, speaker_agrees[i] ? NULL : speaker_said->pdata[i],
                  speaker_quoted[i] || figure_unplaced[i] ? NULL : given_by->pdata[i],
                  forecast->pdata[i], n_related,
                  unread != NULL ? g_hash_table_lookup(unread, d) : NULL,
                  check->options.listed);
        if (check->options.strict && diag->severity == CC_SEVERITY_WARNING)
            diag->severity = CC_SEVERITY_ERROR;
        g_ptr_array_add(check->diagnostics, diag);
    }
    return check;
}

void
cc_check_free(CcCheck *check)
{
    if (check == NULL)
        return;
    g_ptr_array_unref(check->diagnostics);
    cc_comparison_free(check->comparison);
    cc_comparison_free(check->full);
    g_ptr_array_unref(check->all);
    g_ptr_array_unref(check->draft);
    g_ptr_array_unref(check->references);
    g_free(check);
}

GPtrArray *
cc_check_diagnostics(const CcCheck *check)
{
    return check->diagnostics;
}

const CcComparison *
cc_check_comparison(const CcCheck *check)
{
    /* The judging needs only the relations; the comparison the API hands
     * out has its findings and consensus too, made the first time. */
    CcCheck *self = (CcCheck *)check;
    if (self->full == NULL) {
        g_autoptr(GHashTable) is_draft = g_hash_table_new(NULL, NULL);
        for (guint i = 0; i < check->draft->len; i++)
            g_hash_table_add(is_draft, check->draft->pdata[i]);
        self->full = cc_compare_focused(check->all, is_draft, &check->options.compare);
    }
    return self->full;
}

guint
cc_check_suppress(CcCheck *check, guint line, const char *predicate)
{
    guint n = 0;
    for (guint i = 0; i < check->diagnostics->len; i++) {
        CcDiagnostic *d = check->diagnostics->pdata[i];
        if (d->claim->line != line)
            continue;
        if (predicate != NULL && g_strcmp0(predicate, d->claim->predicate) != 0
            && g_strcmp0(predicate, claim_topic(d->claim)) != 0)
            continue;
        d->suppressed = TRUE;
        n++;
    }
    return n;
}

int
cc_check_max_severity(const CcCheck *check)
{
    int max = -1;
    for (guint i = 0; i < check->diagnostics->len; i++) {
        const CcDiagnostic *d = check->diagnostics->pdata[i];
        if (!d->suppressed && (int)d->severity > max)
            max = (int)d->severity;
    }
    return max;
}

/* Byte range of the 1-based line holding @offset. */
static void
line_around(const char *text, gsize len, gsize offset, gsize *start, gsize *end)
{
    gsize s = MIN(offset, len), e = MIN(offset, len);
    while (s > 0 && text[s - 1] != '\n')
        s--;
    while (e < len && text[e] != '\n' && text[e] != '\r')
        e++;
    *start = s;
    *end = e;
}

/* The reference claims behind a verdict, one a line, as notes under it. */
static void
write_explanation(FILE *out, const CcDiagnostic *d)
{
    GPtrArray *lists[] = {d->opposing, d->supporting};
    static const char *const side[] = {"disagrees", "agrees"};
    for (guint l = 0; l < G_N_ELEMENTS(lists); l++) {
        for (guint k = 0; k < lists[l]->len; k++) {
            const CcClaim *r = lists[l]->pdata[k];
            g_autofree char *value = cc_value_to_display(&r->value);
            /* reference text reaches a terminal escaped, as the rest */
            g_autofree char *source = cc_text_escape_controls(r->source, -1);
            g_autofree char *text = cc_text_escape_controls(r->text ? r->text : "", -1);
            g_autofree char *file = cc_text_escape_controls(r->file ? r->file : r->source, -1);
            fprintf(out, "       = %s %s: '%s' (%s", source, side[l], text, value);
            if (r->attribution != NULL) {
                g_autofree char *who = cc_text_escape_controls(r->attribution, -1);
                fprintf(out, ", says %s", who);
            }
            if (r->as_of != 0) {
                g_autofree char *iso = cc_day_to_iso(r->as_of);
                fprintf(out, ", as of %s", iso);
            }
            fprintf(out, ") at %s:%u:%u\n", file, r->line, r->column);
        }
    }
    guint more[] = {d->opposing_more, d->supporting_more};
    for (guint l = 0; l < G_N_ELEMENTS(more); l++)
        if (more[l] > 0)
            fprintf(out, "       = and %u more that %s, not listed\n", more[l],
                    l == 0 ? "disagree" : "agree");
}

static gboolean
write_diag(FILE *out, const CcCheck *check, const char *draft_text, gsize draft_len,
           gboolean color, gboolean explain, GError **error)
{
    static const char *const tint[] = {"\033[1;36m", "\033[1;35m", "\033[1;31m"};
    for (guint i = 0; i < check->diagnostics->len; i++) {
        const CcDiagnostic *d = check->diagnostics->pdata[i];
        if (d->suppressed || d->kind == CC_CHECK_AGREED)
            continue;
        const CcClaim *c = d->claim;
        /* What the draft and the references say reaches a terminal
         * escaped; the caret lines up under the escaped line. */
        g_autofree char *file = cc_text_escape_controls(c->file ? c->file : "", -1);
        g_autofree char *message = cc_text_escape_controls(d->message, -1);
        fprintf(out, "%s%s:%u:%u:%s %s%s:%s %s\n", color ? "\033[1m" : "", file, c->line,
                c->column, color ? "\033[0m" : "", color ? tint[d->severity] : "",
                cc_severity_to_string(d->severity), color ? "\033[0m" : "", message);
        if (draft_text == NULL || c->span_start > draft_len) {
            if (explain)
                write_explanation(out, d);
            continue;
        }
        gsize ls, le;
        line_around(draft_text, draft_len, c->span_start, &ls, &le);
        g_autofree char *shown = cc_text_escape_controls(draft_text + ls, (gssize)(le - ls));
        fprintf(out, " %5u | %s\n       | ", c->line, shown);
        /* Tabs stay tabs so that the caret lines up in any terminal. */
        g_autofree char *before =
            cc_text_escape_controls(draft_text + ls, (gssize)(MIN(c->span_start, le) - ls));
        for (const char *p = before; *p; p = g_utf8_next_char(p))
            fputc(*p == '\t' ? '\t' : ' ', out);
        gsize span_end = MIN(c->span_end, le);
        g_autofree char *span = span_end > c->span_start
                                    ? cc_text_escape_controls(draft_text + c->span_start,
                                                              (gssize)(span_end - c->span_start))
                                    : NULL;
        guint width = span != NULL ? (guint)MAX(g_utf8_strlen(span, -1), 1) : 1;
        if (color)
            fputs(tint[d->severity], out);
        fputc('^', out);
        for (guint k = 1; k < width; k++)
            fputc('~', out);
        fputs(color ? "\033[0m\n" : "\n", out);
        if (explain)
            write_explanation(out, d);
    }
    if (ferror(out)) {
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "cannot write the diagnostics");
        return FALSE;
    }
    return TRUE;
}

gboolean
cc_check_write_diag(FILE *out, const CcCheck *check, const char *draft_text, gsize draft_len,
                    gboolean color, GError **error)
{
    return write_diag(out, check, draft_text, draft_len, color, FALSE, error);
}

gboolean
cc_check_write_explained(FILE *out, const CcCheck *check, const char *draft_text,
                         gsize draft_len, gboolean color, GError **error)
{
    return write_diag(out, check, draft_text, draft_len, color, TRUE, error);
}

static void
add_region(JsonBuilder *b, const CcClaim *c)
{
    json_builder_set_member_name(b, "physicalLocation");
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "artifactLocation");
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "uri");
    json_builder_add_string_value(b, c->file ? c->file : c->source);
    json_builder_end_object(b);
    json_builder_set_member_name(b, "region");
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "startLine");
    json_builder_add_int_value(b, MAX(c->line, 1));
    json_builder_set_member_name(b, "startColumn");
    json_builder_add_int_value(b, MAX(c->column, 1));
    json_builder_set_member_name(b, "endColumn");
    json_builder_add_int_value(b, MAX(c->column, 1) + (c->text ? g_utf8_strlen(c->text, -1) : 0));
    json_builder_set_member_name(b, "byteOffset");
    json_builder_add_int_value(b, (gint64)c->span_start);
    json_builder_set_member_name(b, "byteLength");
    json_builder_add_int_value(b, (gint64)(c->span_end - c->span_start));
    json_builder_end_object(b);
    json_builder_end_object(b);
}

static const char *
sarif_level(CcSeverity s)
{
    return s == CC_SEVERITY_ERROR ? "error" : s == CC_SEVERITY_WARNING ? "warning" : "note";
}

/* Through the project's JSON writer, so that numbers read as the records
 * and the compare report print them (0.1, not 0.10000000000000001). */
static gboolean
write_json_node(FILE *out, JsonNode *root, GError **error)
{
    g_autoptr(GString) text = g_string_new(NULL);
    cc_json_append(text, root, 2);
    g_string_append_c(text, '\n');
    if (fwrite(text->str, 1, text->len, out) != text->len) {
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "cannot write the report");
        return FALSE;
    }
    return TRUE;
}

gboolean
cc_check_write_sarif(FILE *out, const CcCheck *check, const char *draft_text, gsize draft_len,
                     GError **error)
{
    (void)draft_text;
    (void)draft_len;
    static const struct {
        CcCheckKind kind;
        const char *text;
    } rules[] = {
        {CC_CHECK_CONFLICT, "The draft conflicts with the figure most references support."},
        {CC_CHECK_DISPUTED, "The draft states a figure the references report only to reject."},
        {CC_CHECK_SPLIT, "The references are split on this claim."},
        {CC_CHECK_OUTLIER, "A lone reference disagrees with the draft and the other references."},
        {CC_CHECK_SINGLE, "Only one reference makes this claim."},
        {CC_CHECK_UNCOVERED, "No reference speaks of this claim."},
    };
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "$schema");
    json_builder_add_string_value(b, "https://json.schemastore.org/sarif-2.1.0.json");
    json_builder_set_member_name(b, "version");
    json_builder_add_string_value(b, "2.1.0");
    json_builder_set_member_name(b, "runs");
    json_builder_begin_array(b);
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "tool");
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "driver");
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "name");
    json_builder_add_string_value(b, "claimcheck");
    json_builder_set_member_name(b, "version");
    json_builder_add_string_value(b, CC_VERSION_STRING);
    json_builder_set_member_name(b, "rules");
    json_builder_begin_array(b);
    for (guint i = 0; i < G_N_ELEMENTS(rules); i++) {
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "id");
        json_builder_add_string_value(b, cc_check_kind_to_string(rules[i].kind));
        json_builder_set_member_name(b, "shortDescription");
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "text");
        json_builder_add_string_value(b, rules[i].text);
        json_builder_end_object(b);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_end_object(b); /* driver */
    json_builder_end_object(b); /* tool */
    json_builder_set_member_name(b, "columnKind");
    json_builder_add_string_value(b, "unicodeCodePoints");
    json_builder_set_member_name(b, "results");
    json_builder_begin_array(b);
    for (guint i = 0; i < check->diagnostics->len; i++) {
        const CcDiagnostic *d = check->diagnostics->pdata[i];
        if (d->kind == CC_CHECK_AGREED)
            continue;
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "ruleId");
        json_builder_add_string_value(b, cc_check_kind_to_string(d->kind));
        json_builder_set_member_name(b, "ruleIndex");
        json_builder_add_int_value(b, d->kind);
        json_builder_set_member_name(b, "level");
        json_builder_add_string_value(b, sarif_level(d->severity));
        json_builder_set_member_name(b, "message");
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "text");
        json_builder_add_string_value(b, d->message);
        json_builder_end_object(b);
        json_builder_set_member_name(b, "locations");
        json_builder_begin_array(b);
        json_builder_begin_object(b);
        add_region(b, d->claim);
        json_builder_end_object(b);
        json_builder_end_array(b);
        GPtrArray *lists[] = {d->opposing, d->supporting};
        guint id = 0;
        if (d->opposing->len + d->supporting->len > 0) {
            json_builder_set_member_name(b, "relatedLocations");
            json_builder_begin_array(b);
            for (guint l = 0; l < G_N_ELEMENTS(lists); l++) {
                for (guint k = 0; k < lists[l]->len; k++) {
                    const CcClaim *ref = lists[l]->pdata[k];
                    json_builder_begin_object(b);
                    json_builder_set_member_name(b, "id");
                    json_builder_add_int_value(b, ++id);
                    add_region(b, ref);
                    json_builder_set_member_name(b, "message");
                    json_builder_begin_object(b);
                    json_builder_set_member_name(b, "text");
                    g_autofree char *msg = g_strdup_printf(
                        "%s %s '%s'%s%s", ref->source, l == 0 ? "disagrees:" : "agrees:",
                        ref->text ? ref->text : "", ref->attribution ? ", says " : "",
                        ref->attribution ? ref->attribution : "");
                    json_builder_add_string_value(b, msg);
                    json_builder_end_object(b);
                    json_builder_end_object(b);
                }
            }
            json_builder_end_array(b);
        }
        if (d->supporting_more + d->opposing_more > 0) {
            /* The reference claims not among the related locations. */
            json_builder_set_member_name(b, "properties");
            json_builder_begin_object(b);
            json_builder_set_member_name(b, "opposingMore");
            json_builder_add_int_value(b, d->opposing_more);
            json_builder_set_member_name(b, "supportingMore");
            json_builder_add_int_value(b, d->supporting_more);
            json_builder_end_object(b);
        }
        if (d->suppressed) {
            json_builder_set_member_name(b, "suppressions");
            json_builder_begin_array(b);
            json_builder_begin_object(b);
            json_builder_set_member_name(b, "kind");
            json_builder_add_string_value(b, "inSource");
            json_builder_end_object(b);
            json_builder_end_array(b);
        }
        json_builder_end_object(b);
    }
    json_builder_end_array(b); /* results */
    json_builder_end_object(b); /* run */
    json_builder_end_array(b);
    json_builder_end_object(b);
    g_autoptr(JsonNode) root = json_builder_get_root(b);
    return write_json_node(out, root, error);
}

static void
add_ids(JsonBuilder *b, const char *name, GPtrArray *list)
{
    json_builder_set_member_name(b, name);
    json_builder_begin_array(b);
    for (guint i = 0; i < list->len; i++)
        json_builder_add_string_value(b, ((const CcClaim *)list->pdata[i])->id);
    json_builder_end_array(b);
}

gboolean
cc_check_write_json(FILE *out, const CcCheck *check, GError **error)
{
    g_autoptr(JsonBuilder) b = json_builder_new();
    g_autoptr(GHashTable) is_draft = g_hash_table_new(NULL, NULL);
    for (guint i = 0; i < check->draft->len; i++)
        g_hash_table_add(is_draft, check->draft->pdata[i]);
    json_builder_begin_object(b);

    /* The counts of the summary `check` prints on standard error: by
     * severity and by kind, suppressed diagnostics apart. */
    guint severities[CC_SEVERITY_ERROR + 1] = {0}, kinds[CC_CHECK_AGREED + 1] = {0};
    guint suppressed = 0;
    for (guint i = 0; i < check->diagnostics->len; i++) {
        const CcDiagnostic *d = check->diagnostics->pdata[i];
        if (d->suppressed) {
            suppressed++;
            continue;
        }
        kinds[d->kind]++;
        if (d->kind != CC_CHECK_AGREED)
            severities[d->severity]++;
    }
    json_builder_set_member_name(b, "summary");
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "claims");
    json_builder_add_int_value(b, check->diagnostics->len);
    static const CcSeverity by_severity[] = {CC_SEVERITY_ERROR, CC_SEVERITY_WARNING,
                                             CC_SEVERITY_NOTE};
    for (guint i = 0; i < G_N_ELEMENTS(by_severity); i++) {
        json_builder_set_member_name(b, cc_severity_to_string(by_severity[i]));
        json_builder_add_int_value(b, severities[by_severity[i]]);
    }
    json_builder_set_member_name(b, "suppressed");
    json_builder_add_int_value(b, suppressed);
    json_builder_set_member_name(b, "kinds");
    json_builder_begin_object(b);
    for (guint k = 0; k <= CC_CHECK_AGREED; k++) {
        json_builder_set_member_name(b, cc_check_kind_to_string(k));
        json_builder_add_int_value(b, kinds[k]);
    }
    json_builder_end_object(b);
    json_builder_end_object(b);

    json_builder_set_member_name(b, "diagnostics");
    json_builder_begin_array(b);
    for (guint i = 0; i < check->diagnostics->len; i++) {
        const CcDiagnostic *d = check->diagnostics->pdata[i];
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "claim");
        json_builder_add_string_value(b, d->claim->id);
        json_builder_set_member_name(b, "severity");
        json_builder_add_string_value(b, cc_severity_to_string(d->severity));
        json_builder_set_member_name(b, "kind");
        json_builder_add_string_value(b, cc_check_kind_to_string(d->kind));
        json_builder_set_member_name(b, "line");
        json_builder_add_int_value(b, d->claim->line);
        json_builder_set_member_name(b, "column");
        json_builder_add_int_value(b, d->claim->column);
        json_builder_set_member_name(b, "message");
        json_builder_add_string_value(b, d->message);
        add_ids(b, "supporting", d->supporting);
        add_ids(b, "opposing", d->opposing);
        json_builder_set_member_name(b, "supporting_more");
        json_builder_add_int_value(b, d->supporting_more);
        json_builder_set_member_name(b, "opposing_more");
        json_builder_add_int_value(b, d->opposing_more);
        json_builder_set_member_name(b, "suppressed");
        json_builder_add_boolean_value(b, d->suppressed);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);

    /* The draft's claims, the reference claims each diagnostic lists (and
     * those that report a draft's figure only to reject it), and the
     * relations between a draft claim and those. */
    g_autoptr(GHashTable) named = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < check->diagnostics->len; i++) {
        const CcDiagnostic *d = check->diagnostics->pdata[i];
        GPtrArray *lists[] = {d->supporting, d->opposing};
        for (guint l = 0; l < G_N_ELEMENTS(lists); l++)
            for (guint k = 0; k < lists[l]->len; k++)
                g_hash_table_add(named, g_strdup_printf("%p %p", (const void *)d->claim,
                                                        lists[l]->pdata[k]));
    }
    g_autoptr(GHashTable) shown = g_hash_table_new(NULL, NULL);
    GArray *relations = cc_comparison_relations(check->comparison);
    g_autoptr(GPtrArray) mine = g_ptr_array_new();
    for (guint i = 0; i < relations->len; i++) {
        const CcRelation *r = &g_array_index(relations, CcRelation, i);
        const CcClaim *ra = cc_relation_claim_a(check->comparison, r);
        const CcClaim *rb = cc_relation_claim_b(check->comparison, r);
        gboolean da = g_hash_table_contains(is_draft, ra), db = g_hash_table_contains(is_draft, rb);
        if (da == db)
            continue;
        const CcClaim *dc = da ? ra : rb, *ref = da ? rb : ra;
        g_autofree char *pair = g_strdup_printf("%p %p", (const void *)dc, (const void *)ref);
        if (g_hash_table_contains(named, pair) ||
            (r->type == CC_RELATION_DISPUTED && ref->modality == CC_MODALITY_DISPUTED)) {
            g_ptr_array_add(mine, (gpointer)r);
            g_hash_table_add(shown, (gpointer)ra);
            g_hash_table_add(shown, (gpointer)rb);
        }
    }
    json_builder_set_member_name(b, "claims");
    json_builder_begin_array(b);
    for (guint i = 0; i < check->all->len; i++) {
        const CcClaim *c = check->all->pdata[i];
        if (!g_hash_table_contains(is_draft, c) && !g_hash_table_contains(shown, c))
            continue;
        json_builder_add_value(b, cc_claim_to_json(c));
    }
    json_builder_end_array(b);
    json_builder_set_member_name(b, "relations");
    json_builder_begin_array(b);
    for (guint i = 0; i < mine->len; i++) {
        const CcRelation *r = mine->pdata[i];
        g_autofree char *why = cc_relation_why(check->comparison, r);
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "a");
        json_builder_add_string_value(b, cc_relation_claim_a(check->comparison, r)->id);
        json_builder_set_member_name(b, "b");
        json_builder_add_string_value(b, cc_relation_claim_b(check->comparison, r)->id);
        json_builder_set_member_name(b, "type");
        json_builder_add_string_value(b, cc_relation_type_to_string(r->type));
        json_builder_set_member_name(b, "why");
        json_builder_add_string_value(b, why);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_end_object(b);
    g_autoptr(JsonNode) root = json_builder_get_root(b);
    return write_json_node(out, root, error);
}
