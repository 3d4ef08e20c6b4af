/* claim.c: claim records (placeholder until the module lands). */
#include "internal.h"

CcClaim *cc_claim_new(void)
{
    return NULL;
}

void cc_claim_free(CcClaim *claim)
{
    (void)claim;
}

CcClaim *cc_claim_copy(const CcClaim *claim)
{
    (void)claim;
    return NULL;
}

const char *cc_modality_to_string(CcModality modality)
{
    (void)modality;
    return NULL;
}

gboolean cc_modality_from_string(const char *name, CcModality *modality)
{
    (void)name;
    (void)modality;
    return FALSE;
}

const char *cc_claim_type_to_string(CcClaimType type)
{
    (void)type;
    return NULL;
}

JsonNode *cc_claim_to_json(const CcClaim *claim)
{
    (void)claim;
    return NULL;
}

char *cc_claim_to_json_line(const CcClaim *claim)
{
    (void)claim;
    return NULL;
}

CcClaim *cc_claim_from_json(JsonNode *node, GError **error)
{
    (void)node;
    (void)error;
    return NULL;
}

GPtrArray *cc_claims_read_jsonl(const char *path, GError **error)
{
    (void)path;
    (void)error;
    return NULL;
}
