/* cli.h: what the subcommands of the claimcheck command share. */
#pragma once

#include <claimcheck/claimcheck.h>
#include <stdio.h>

/* Exit codes, as README.md documents them. */
enum {
    CLI_OK = 0,       /* nothing at or above the failure threshold */
    CLI_FINDINGS = 1, /* conflicts found, examples failed */
    CLI_ERROR = 2,    /* usage or input error */
};

int cli_extract(int argc, char **argv);
int cli_compare(int argc, char **argv);
int cli_test(int argc, char **argv);
int cli_rules(int argc, char **argv);
int cli_check(int argc, char **argv);
int cli_index(int argc, char **argv);

/* Prints "claimcheck: MESSAGE" to standard error. */
void cli_error(const char *format, ...) G_GNUC_PRINTF(1, 2);

/* Loads and compiles @paths (NULL or empty: the default rules). Prints the
 * error and returns NULL on failure. */
CcRuleSet *cli_load_rules(char **paths);

/* Parses --date: YYYY-MM-DD into a Julian day. */
gboolean cli_parse_date(const char *text, guint32 *day);

/* Extracts the records of every source, in order. Warnings go to stderr.
 * (element-type CcClaim) */
GPtrArray *cli_extract_all(const CcRuleSet *rules, GPtrArray *sources,
                           const CcExtractOptions *options);

/* Receives each document's records in input order; may steal from
 * @records (set its elements to NULL) and take a reference on @source.
 * Returns FALSE to report a failure (the run goes on). */
typedef gboolean (*CliDocumentFunc)(CcSource *source, GPtrArray *records, gpointer user_data);

/* Reads and extracts @files on @jobs threads, delivering each document's
 * records in input order with memory bounded by a window of documents.
 * Unreadable files are reported on stderr and make the result FALSE; the
 * others are still delivered. */
gboolean cli_extract_files(const CcRuleSet *rules, char **files, const CcExtractOptions *options,
                           guint jobs, CliDocumentFunc deliver, gpointer user_data);
guint cli_default_jobs(void);
/* The most threads -j may ask for. */
#define CLI_MAX_JOBS 256

/* The same for the documents of a JSON Lines stream ("-": standard input),
 * {"path": …, "text": …} a line: a line that is no document is reported on
 * stderr in its place and the others still delivered; a line the reader
 * refuses ends the stream. Either makes the result FALSE. */
gboolean cli_extract_documents(const CcRuleSet *rules, const char *path,
                               const CcExtractOptions *options, guint jobs,
                               CliDocumentFunc deliver, gpointer user_data);

/* Opens OUT (NULL or "-": standard output) the way a report should be
 * written (output.c): a regular file, or the file a symbolic link leads
 * to, through a temporary file in its directory renamed into place on
 * success and removed on failure or on SIGINT, SIGTERM and SIGHUP, keeping
 * the mode and, where the process may, the owner of the file it replaces;
 * anything else — a FIFO, a device, /dev/stdout — is written through. */
typedef struct {
    FILE *fp;
    char *path;   /* as named, for messages */
    char *target; /* the file replaced: @path with its symbolic links followed */
    char *tmp;    /* NULL when written through */
    int fd;
    int write_errno; /* why the first failed write failed */
} CliOutput;
gboolean cli_output_open(CliOutput *out, const char *path);
/* Closes OUT: with @ok, puts the report in place; without, keeps the file
 * as it was (a file written through has what was written). Prints why a
 * write failed. Returns @ok and whether every write succeeded. */
gboolean cli_output_close(CliOutput *out, gboolean ok);

/* An editor's draft: the file as read (for the lines shown under
 * diagnostics), the text claims are found in (Markdown with its markup
 * blanked, offsets kept), and its date from a header or front matter. */
typedef struct {
    CcSource *original;
    CcSource *scanned;
    guint32 date; /* Julian day, 0 when the draft does not say */
} CliDraft;

/* Reads a draft, printing the error on failure. (transfer full) */
CliDraft *cli_read_draft(const char *path);
void cli_draft_free(CliDraft *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CliDraft, cli_draft_free)

/* Applies the draft's in-document suppressions
 * (<!-- claimcheck-ignore PREDICATE --> before a claim's line); returns how
 * many diagnostics they silenced. */
guint cli_apply_draft_suppressions(CcCheck *check, const CliDraft *draft);

/* The documents of the FILE|DIR arguments (walk.c): a file named is taken
 * as it is; below a directory, the files whose name ends in .txt, .md or
 * .markdown (or that match a --glob pattern, when there are any), in name
 * order, leaving out hidden names and what a .claimcheckignore excludes.
 * Each file and directory is taken once, however many paths lead to it; a
 * symbolic link loop or a second path is named in a warning. */
typedef struct _CliWalk CliWalk;
CliWalk *cli_walk_new(char **globs);
/* Appends @path's documents to @out (element-type filename). */
void cli_walk_add(CliWalk *walk, const char *path, GPtrArray *out);
void cli_walk_free(CliWalk *walk);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CliWalk, cli_walk_free)

/* Colour on a terminal only, never with NO_COLOR. */
gboolean cli_use_color(FILE *fp);

/* The line, record and document readers (records.c, built apart so that a
 * fuzz target can reach them). */
#include "records.h"
