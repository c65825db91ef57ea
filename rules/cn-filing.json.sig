{
    "key_id": "taxbox-data-2026",
    "algorithm": "ed25519",
    "signature": "KvfaGj0QhVR3skSTME4UGRg15+mcgT8LJB2g9GppZ/iafDzwPplIiY0qJteZ3mDBobFGPW0OuwAhG6En3zg6AA=="
}
