{
    "key_id": "taxbox-rules-2026",
    "algorithm": "ed25519",
    "signature": "hsl7XeGEPKwB9KRzdQBP7nn++CU0T9kzINKmjgWfdyQ16kvxNgMwgKZehdNCa5v4kX1KpLTN/bwKY9dxgJbUAg=="
}
