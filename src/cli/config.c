/* SPDX-License-Identifier: MIT */
/* config.c: the project configuration file, .claimcheck.ini, found in the
 * current directory or the nearest parent that has one and read with
 * GKeyFile. Its [check] group gives `check` defaults that its command-line
 * flags override. Paths in it are relative to the file's directory. */
#include "cli.h"

#include <fnmatch.h>
#include <string.h>

#define CONFIG_NAME ".claimcheck.ini"
#define CONFIG_GROUP "check"

static const char *const known_keys[] = {
    "against", "db",           "rules",   "fail-on", "strict",
    "date",    "suppressions", "include", "exclude", NULL,
};

void
cli_config_free(CliConfig *config)
{
    if (config == NULL)
        return;
    g_free(config->path);
    g_free(config->dir);
    g_strfreev(config->against);
    g_free(config->db);
    g_strfreev(config->rules);
    g_free(config->fail_on);
    g_free(config->date);
    g_free(config->suppressions);
    g_strfreev(config->include);
    g_strfreev(config->exclude);
    g_free(config);
}

/* The line of @path where @key is set, for messages (0 when not found). */
static guint
key_line(const char *data, const char *key)
{
    g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
    gsize klen = strlen(key);
    for (guint i = 0; lines[i]; i++) {
        const char *l = lines[i];
        while (*l == ' ' || *l == '\t')
            l++;
        if (strncmp(l, key, klen) == 0) {
            const char *r = l + klen;
            while (*r == ' ' || *r == '\t')
                r++;
            if (*r == '=')
                return i + 1;
        }
    }
    return 0;
}

static char *
resolve(const CliConfig *config, const char *path)
{
    if (g_path_is_absolute(path))
        return g_strdup(path);
    return g_build_filename(config->dir, path, NULL);
}

static char **
resolve_list(const CliConfig *config, char **list)
{
    if (list == NULL)
        return NULL;
    GPtrArray *out = g_ptr_array_new();
    for (guint i = 0; list[i]; i++)
        if (list[i][0] != '\0')
            g_ptr_array_add(out, resolve(config, list[i]));
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

static gboolean
load(CliConfig *config, GError **error)
{
    g_autofree char *data = NULL;
    gsize len = 0;
    if (!g_file_get_contents(config->path, &data, &len, error))
        return FALSE;
    g_autoptr(GKeyFile) kf = g_key_file_new();
    g_autoptr(GError) local = NULL;
    if (!g_key_file_load_from_data(kf, data, len, G_KEY_FILE_NONE, &local)) {
        g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s: %s", config->path, local->message);
        return FALSE;
    }
    g_auto(GStrv) groups = g_key_file_get_groups(kf, NULL);
    for (guint i = 0; groups[i]; i++) {
        if (strcmp(groups[i], CONFIG_GROUP) != 0) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "%s: unknown group [%s] (claimcheck reads [" CONFIG_GROUP "])",
                        config->path, groups[i]);
            return FALSE;
        }
    }
    if (!g_key_file_has_group(kf, CONFIG_GROUP))
        return TRUE;
    g_auto(GStrv) keys = g_key_file_get_keys(kf, CONFIG_GROUP, NULL, NULL);
    for (guint i = 0; keys && keys[i]; i++) {
        if (!g_strv_contains(known_keys, keys[i])) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "%s:%u: unknown key '%s' in [" CONFIG_GROUP "] (against, db, rules, "
                        "fail-on, strict, date, suppressions, include, exclude)",
                        config->path, key_line(data, keys[i]), keys[i]);
            return FALSE;
        }
    }
    g_auto(GStrv) against = g_key_file_get_string_list(kf, CONFIG_GROUP, "against", NULL, NULL);
    config->against = resolve_list(config, against);
    g_auto(GStrv) rules = g_key_file_get_string_list(kf, CONFIG_GROUP, "rules", NULL, NULL);
    config->rules = resolve_list(config, rules);
    g_autofree char *db = g_key_file_get_string(kf, CONFIG_GROUP, "db", NULL);
    if (db != NULL && db[0] != '\0')
        config->db = resolve(config, db);
    g_autofree char *sup = g_key_file_get_string(kf, CONFIG_GROUP, "suppressions", NULL);
    if (sup != NULL && sup[0] != '\0')
        config->suppressions = resolve(config, sup);
    config->fail_on = g_key_file_get_string(kf, CONFIG_GROUP, "fail-on", NULL);
    config->date = g_key_file_get_string(kf, CONFIG_GROUP, "date", NULL);
    config->include = g_key_file_get_string_list(kf, CONFIG_GROUP, "include", NULL, NULL);
    config->exclude = g_key_file_get_string_list(kf, CONFIG_GROUP, "exclude", NULL, NULL);
    if (g_key_file_has_key(kf, CONFIG_GROUP, "strict", NULL)) {
        config->strict = g_key_file_get_boolean(kf, CONFIG_GROUP, "strict", &local);
        if (local != NULL) {
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT, "%s:%u: strict wants true or false",
                        config->path, key_line(data, "strict"));
            return FALSE;
        }
    }
    return TRUE;
}

CliConfig *
cli_config_find(GError **error)
{
    g_autofree char *dir = g_get_current_dir();
    for (;;) {
        g_autofree char *path = g_build_filename(dir, CONFIG_NAME, NULL);
        if (g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
            CliConfig *config = g_new0(CliConfig, 1);
            config->path = g_steal_pointer(&path);
            config->dir = g_strdup(dir);
            if (!load(config, error)) {
                cli_config_free(config);
                return NULL;
            }
            return config;
        }
        g_autofree char *parent = g_path_get_dirname(dir);
        if (strcmp(parent, dir) == 0)
            break;
        g_free(dir);
        dir = g_steal_pointer(&parent);
    }
    return g_new0(CliConfig, 1); /* none: path is NULL */
}

/* A pattern with a '/' matches the path relative to the file's directory;
 * one without matches the file's name. */
static gboolean
matches(const CliConfig *config, char **patterns, const char *path)
{
    g_autofree char *base = g_path_get_basename(path);
    g_autofree char *abs = g_canonicalize_filename(path, NULL);
    g_autofree char *prefix = g_strconcat(config->dir, G_DIR_SEPARATOR_S, NULL);
    const char *rel = g_str_has_prefix(abs, prefix) ? abs + strlen(prefix) : abs;
    for (guint i = 0; patterns[i]; i++) {
        const char *p = patterns[i];
        if (p[0] == '\0')
            continue;
        if (strchr(p, '/') != NULL ? fnmatch(p, rel, 0) == 0 : fnmatch(p, base, 0) == 0)
            return TRUE;
    }
    return FALSE;
}

gboolean
cli_config_admits(const CliConfig *config, const char *path)
{
    if (config == NULL || config->path == NULL)
        return TRUE;
    if (config->include != NULL && config->include[0] != NULL &&
        !matches(config, config->include, path))
        return FALSE;
    return config->exclude == NULL || !matches(config, config->exclude, path);
}
