"""The Arabic text layer: pure functions, offsets always into the original text."""
