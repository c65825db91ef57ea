#!/bin/sh
# Signs a shipped data file (rules/cn-filing.json, rules/tax-codes-*.csv) with the data key:
#   scripts/sign-data-file.sh FILE PRIVATE-KEY.pem [KEY-ID]
# writes FILE.sig ({"key_id", "algorithm": "ed25519", "signature"}), which rules::verifySignedData and
# FilingPack check against the public keys in core/rules/RulePack.cpp. The private key never enters the tree.
set -eu
file=$1
key=$2
key_id=${3:-taxbox-data-2026}
signature=$(openssl pkeyutl -sign -rawin -inkey "$key" -in "$file" | base64 -w0)
printf '{\n    "key_id": "%s",\n    "algorithm": "ed25519",\n    "signature": "%s"\n}\n' "$key_id" "$signature" > "$file.sig"
echo "signed $file with $key_id"
