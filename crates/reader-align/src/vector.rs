//! Weighted term vectors and their cosine.

use std::collections::BTreeMap;

use crate::terms::Key;

/// A weighted term vector with the surfaces (spellings) of its terms.
#[derive(Clone, Debug, Default)]
pub(crate) struct Vector {
    pub(crate) weights: BTreeMap<Key, f32>,
    pub(crate) norm: f32,
    pub(crate) surfaces: BTreeMap<Key, Vec<String>>,
}

/// The cosine of two vectors (0 when either is empty).
pub(crate) fn cosine(x: &Vector, y: &Vector) -> f32 {
    if x.norm == 0.0 || y.norm == 0.0 {
        return 0.0;
    }
    let dot: f32 = x
        .weights
        .iter()
        .filter_map(|(k, wx)| y.weights.get(k).map(|wy| wx * wy))
        .sum();
    dot / (x.norm * y.norm)
}
