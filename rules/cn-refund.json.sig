{
    "key_id": "taxbox-data-2026",
    "algorithm": "ed25519",
    "signature": "gAlROGMEw7sj2kXlenvlssXMz5S/u877E8A17vVRr9y4hjWtmJXWYbTE6DHuFFBEYoW9RWjlFlNEZPMASPRUAQ=="
}
