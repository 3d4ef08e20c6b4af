/* SPDX-License-Identifier: MIT */
/* main.c: the claimcheck command line, a thin client of libclaimcheck.
 * Dispatches to one function per subcommand; each parses its own options
 * with GOption. */
#include "cli.h"

#include <locale.h>
#include <string.h>

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} commands[] = {
    {"extract", cli_extract, "find claims in documents and print them as records"},
    {"compare", cli_compare, "line up claims across sources: agreement, conflict, disputes"},
    {"check", cli_check, "check a draft's claims against reference sources"},
    {"index", cli_index, "keep reference sources' claims in a SQLite store"},
    {"test", cli_test, "run every rule's examples"},
    {"rules", cli_rules, "list rules, macros and lexicons with where they are defined"},
};

static void
usage(FILE *out)
{
    fprintf(out, "Usage: claimcheck COMMAND [OPTION…] [FILE…]\n\nCommands:\n");
    for (guint i = 0; i < G_N_ELEMENTS(commands); i++)
        fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\n'claimcheck COMMAND --help' describes a command's options.\n"
                 "Exit status: 0 success, 1 findings or failed examples, 2 usage or input "
                 "error.\n");
}

int
main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    if (argc < 2) {
        usage(stderr);
        return CLI_ERROR;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("claimcheck %s\n", CC_VERSION_STRING);
        return CLI_OK;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return CLI_OK;
    }
    for (guint i = 0; i < G_N_ELEMENTS(commands); i++) {
        if (strcmp(cmd, commands[i].name) == 0) {
            /* "claimcheck extract" in --help's usage line and in warnings. */
            g_autofree char *name = g_strdup_printf("claimcheck %s", cmd);
            g_set_prgname(name);
            return commands[i].run(argc - 1, argv + 1);
        }
    }
    cli_error("unknown command '%s'", cmd);
    usage(stderr);
    return CLI_ERROR;
}
