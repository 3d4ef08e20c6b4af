/* SPDX-License-Identifier: MIT */
/* records.h: the command line's line-oriented readers — text a line at a
 * time, records as JSON Lines (optionally "KEY<TAB>"-prefixed) and
 * documents as JSON Lines. Built as a unit of its own (claimcheck_records)
 * so that fuzz/fuzz_lines.c reaches the same code the commands run. */
#pragma once

#include <claimcheck/claimcheck.h>

/* Reads text a line at a time ("-": standard input), skipping blank lines;
 * the line is given without its newline (or CR LF), NUL-terminated, valid
 * until the next call. Returns FALSE at the end and on a read error
 * (@error set). */
typedef struct _CliLineReader CliLineReader;
CliLineReader *cli_line_reader_open(const char *path, GError **error);
/* The longest line kept, in bytes before the line break (default 64 MiB);
 * a longer line is read past and refused at "path:line:1". Fuzzing sets a
 * small one to reach that path. */
void cli_line_reader_set_max_bytes(CliLineReader *reader, gsize max_bytes);
gboolean cli_line_reader_next(CliLineReader *reader, char **text, gsize *len, GError **error);
const char *cli_line_reader_name(const CliLineReader *reader);
guint cli_line_reader_line(const CliLineReader *reader);
void cli_line_reader_free(CliLineReader *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CliLineReader, cli_line_reader_free)

/* Records a line at a time, as 'extract --format jsonl' writes them or with
 * the "KEY<TAB>" prefix of 'extract --key-prefix' (which must be the
 * record's key). @sorted: keyless records are skipped and a key smaller
 * than the one before it is an error naming the line. Returns NULL at the
 * end (@error unset) or on bad input ("path:line:col: …"). */
typedef struct _CliRecordReader CliRecordReader;
CliRecordReader *cli_record_reader_open(const char *path, gboolean sorted, GError **error);
/* The record reader's line reader, to set its limit. (transfer none) */
CliLineReader *cli_record_reader_lines(CliRecordReader *reader);
CcClaim *cli_record_reader_next(CliRecordReader *reader, GError **error);
void cli_record_reader_free(CliRecordReader *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CliRecordReader, cli_record_reader_free)

/* One record line, line @line of @name, as the record reader parses it
 * (the "KEY<TAB>" prefix checked); thread-safe. (transfer full) */
CcClaim *cli_record_from_line(const char *name, guint line, const char *text, gsize len,
                              GError **error);

/* Appends every record of @path (as the record reader reads them, not
 * @sorted) to @claims, in input order, parsing on @jobs threads: the same
 * records and the same first error ("path:line:col: …") on any @jobs.
 * FALSE on bad input, with the records before it appended. With @arena
 * (the library's internal CcClaimArena), the records are laid in it and
 * are its own, never to be freed by cc_claim_free(); else each is the
 * caller's. */
typedef struct _CcClaimArena CcClaimArena;
gboolean cli_records_read_all(const char *path, guint jobs, GPtrArray *claims,
                              CcClaimArena *arena, GError **error);

/* The reduce step's merge of record files each sorted by key (read as with
 * @sorted above): each call gives the next key's records, smallest key
 * first, every record of that key in every file, the files in the order
 * given. Returns NULL at the end (@error unset) or at the first error. */
typedef struct _CliRecordMerge CliRecordMerge;
CliRecordMerge *cli_record_merge_open(char **paths, GError **error);
GPtrArray *cli_record_merge_next(CliRecordMerge *merge, GError **error);
void cli_record_merge_free(CliRecordMerge *merge);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CliRecordMerge, cli_record_merge_free)

/* A document given as one line of JSON, {"path": "…", "text": "…"}, line
 * @line of @name (as cli_line_reader_name() and _line() say it, so that it
 * can be parsed on another thread once the reader has moved on): the source
 * its text makes, named by its path. (transfer full) */
CcSource *cli_document_from_line(const char *name, guint line, const char *text, gsize len,
                                 GError **error);
