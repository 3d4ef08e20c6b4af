/* source.c: documents and line maps (placeholder until the module lands). */
#include "internal.h"

CcSource *cc_source_new_from_file(const char *path, GError **error)
{
    (void)path;
    (void)error;
    return NULL;
}

CcSource *cc_source_new_from_data(const char *path, const char *data, gsize len, GError **error)
{
    (void)path;
    (void)data;
    (void)len;
    (void)error;
    return NULL;
}

CcSource *cc_source_ref(CcSource *source)
{
    (void)source;
    return NULL;
}

void cc_source_unref(CcSource *source)
{
    (void)source;
}

const char *cc_source_text(const CcSource *source)
{
    (void)source;
    return NULL;
}

gsize cc_source_length(const CcSource *source)
{
    (void)source;
    return (gsize)0;
}

gsize cc_source_body_offset(const CcSource *source)
{
    (void)source;
    return (gsize)0;
}

const char *cc_source_path(const CcSource *source)
{
    (void)source;
    return NULL;
}

const char *cc_source_id(const CcSource *source)
{
    (void)source;
    return NULL;
}

const char *cc_source_header(const CcSource *source, const char *key)
{
    (void)source;
    (void)key;
    return NULL;
}

guint32 cc_source_date(const CcSource *source)
{
    (void)source;
    return (guint32)0;
}

void cc_source_position(const CcSource *source, gsize offset, guint *line, guint *column)
{
    (void)source;
    (void)offset;
    (void)line;
    (void)column;
}

gboolean cc_source_line_bounds(const CcSource *source, guint line, gsize *start, gsize *end)
{
    (void)source;
    (void)line;
    (void)start;
    (void)end;
    return FALSE;
}
