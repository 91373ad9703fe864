package com.parceliq.api.auth;

import com.parceliq.store.ApiKeyEntity;

/** A key just minted: the secret, shown once to its owner, and the row that stores its hash. */
public record IssuedKey(String secret, ApiKeyEntity row) {}
