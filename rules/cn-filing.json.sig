{
    "key_id": "taxbox-data-2026",
    "algorithm": "ed25519",
    "signature": "P9Mt8Dn2jtGF/iNaTut8mzSZcVwwap78HNNtaM8LM82UIhIAFtitfhrp58erOLulTm8fX7YbYMXy1grzWw6KDg=="
}
