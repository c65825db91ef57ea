{
    "key_id": "taxbox-data-2026",
    "algorithm": "ed25519",
    "signature": "FvUEC7F8q1/0ejdO95YzOVrqiUzkxmnTXsr0AlUVy/rWmqiFjTV4B0/A1skBq7f0Dvl8H4C5t2K56JuaH74FAA=="
}
