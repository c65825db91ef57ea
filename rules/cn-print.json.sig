{
    "key_id": "taxbox-data-2026b",
    "algorithm": "ed25519",
    "signature": "EEjeuFITu4+VUbGWK+0e0unGugIHq8IHevPtoJwCQ17eD9DQ8lyHUEeEuNfDaxmjkId7cMsARn8cytZHFalZDA=="
}
