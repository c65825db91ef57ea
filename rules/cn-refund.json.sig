{
    "key_id": "taxbox-data-2026b",
    "algorithm": "ed25519",
    "signature": "8FHCj92hUIkzoBKi/v53Z1Y7al1LEhBLLFM+Kxy3jqv9+R97hRb5/IuDEIN6OIX1j4x/NRv05Wj6hx7jSF2LDw=="
}
