/* SPDX-License-Identifier: MIT */
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

/* Reads a draft ("-": standard input, named and typed by --stdin-filename),
 * printing the error on failure. (transfer full) */
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

/* Colour: --color=always or never says; auto (the default) colours a
 * terminal unless NO_COLOR is set. */
gboolean cli_use_color(FILE *fp);

/* The options every command shares (options.c): --version always, and the
 * ones @which names. */
typedef enum { CLI_COLOR_AUTO, CLI_COLOR_ALWAYS, CLI_COLOR_NEVER } CliColor;
typedef enum {
    CLI_OPTION_VERSION = 0,
    CLI_OPTION_COLOR = 1 << 0,      /* --color=WHEN */
    CLI_OPTION_STDIN_NAME = 1 << 1, /* --stdin-filename NAME */
} CliCommonOptions;
void cli_add_common_options(GOptionContext *ctx, CliCommonOptions which);

/* --stdin-filename's NAME, or NULL. */
const char *cli_stdin_filename(void);
/* Reads a source; "-" (standard input) is named --stdin-filename's NAME
 * when one was given. (transfer full) */
CcSource *cli_source_from_file(const char *path, GError **error);

/* A progress line on standard error for runs over several files, shown only
 * when standard error is a terminal: files done / total, MB, MB/s, ETA.
 * cli_progress_new returns NULL (and the others do nothing) otherwise. */
typedef struct _CliProgress CliProgress;
CliProgress *cli_progress_new(char **files);
/* Before a document's output: clears the line when @messages are about to
 * go to standard error or standard output is the same kind of terminal. */
void cli_progress_pause(CliProgress *progress, gboolean messages);
/* One more file done, of @bytes. */
void cli_progress_update(CliProgress *progress, guint64 bytes);
/* Clears the line. */
void cli_progress_free(CliProgress *progress);

/* .claimcheck.ini (config.c): the [check] group of the file found in the
 * current directory or its nearest parent that has one, paths resolved
 * against the file's directory. */
typedef struct {
    char *path; /* the file read; NULL when there is none */
    char *dir;
    char **against;
    char *db;
    char **rules;
    char *fail_on;
    gboolean strict;
    char *date;
    char *suppressions;
    char **include; /* globs: a reference found in a directory is read when */
    char **exclude; /* it matches an include (if any) and no exclude */
} CliConfig;
/* The configuration in force (path NULL: none found), or NULL with @error
 * set when the file is malformed. (transfer full) */
CliConfig *cli_config_find(GError **error);
void cli_config_free(CliConfig *config);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CliConfig, cli_config_free)
/* Whether @path, found by walking a directory, passes include and exclude. */
gboolean cli_config_admits(const CliConfig *config, const char *path);

/* The line, record and document readers (records.c, built apart so that a
 * fuzz target can reach them). */
#include "records.h"
