{
    "key_id": "taxbox-data-2026",
    "algorithm": "ed25519",
    "signature": "9pee9PtS+H9wsl+7ve/TL0QH6piNYLTot0f6/KZk0PK0QVO9fURE5x8GAvVuonsiO09TWNUaUxNs8LtUYWatAA=="
}
