// The seed documents' field limits as the API states them (seed 001: metadata 255 B, user_data 65535 B
// base64, tags 60 characters / 50 per server; names and descriptions 255). The engine enforces the same
// numbers server-side; here they become input rules, so bad input fails before anything is sent.
export const LIMITS = {
  name: 255,
  description: 255,
  metadataKey: 255,
  metadataValue: 255,
  userData: 65535,
  tag: 60,
  tagsPerServer: 50,
  lockedReason: 255,
} as const;

export const uuid = '^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$';

/** The metadata key under which novaform keeps a create's idempotency token (see client/idempotency). */
export const TOKEN_METADATA_KEY = 'novaform_idem';

/** The rule that keeps the key free: a user value there would be taken for a token and hidden from the state. */
export const reservedMetadataKey = {
  check: (i: Record<string, unknown>) =>
    i.metadata && typeof i.metadata === 'object' && TOKEN_METADATA_KEY in i.metadata
      ? [
          {
            path: `metadata.${TOKEN_METADATA_KEY}`,
            message: `"${TOKEN_METADATA_KEY}" is reserved for novaform's idempotency token`,
          },
        ]
      : [],
};
