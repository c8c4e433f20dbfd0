//! Pair selection: every RFE/RL passage scored against every Heritage
//! passage (term cosine plus the semantic margin), then the best pairs kept
//! within the threshold and the per-passage caps.

use reader_model::Library;

use crate::explain::shared;
use crate::model::Prepared;
use crate::vector::cosine;
use crate::{Pair, Params};

/// Rounds a score to 4 decimals so that output is stable across platforms'
/// last-bit float differences and compact to print.
pub(crate) fn round(score: f32) -> f32 {
    (score * 10_000.0).round() / 10_000.0
}

/// The related passage pairs, in RFE/RL order, best first within a passage.
pub(crate) fn related(lib: &Library, prep: &Prepared<'_>, params: &Params) -> Vec<Pair> {
    let candidates = candidates(lib, prep, params);
    let kept = select(candidates, prep.a.len(), prep.b.len(), params);
    kept.into_iter()
        .map(|(i, j, score)| {
            let (pa, pb) = (&prep.a[i], &prep.b[j]);
            Pair {
                a: pa.id.clone(),
                b: pb.id.clone(),
                score,
                shared: shared(&pa.vector, &pb.vector, params.max_shared),
            }
        })
        .collect()
}

/// Every pair (RFE/RL index, Heritage index, rounded score) that shares a
/// term and scores at least the threshold.
fn candidates(lib: &Library, prep: &Prepared<'_>, params: &Params) -> Vec<(usize, usize, f32)> {
    // The semantic margins, when asked for and the embeddings match the
    // content (otherwise the term similarity alone).
    let margins = (params.semantic_weight > 0.0)
        .then(|| {
            let a: Vec<&str> = prep.a.iter().map(|p| p.id.as_str()).collect();
            let b: Vec<&str> = prep.b.iter().map(|p| p.id.as_str()).collect();
            crate::semantic::margins(lib, &a, &b, params.semantic_k)
        })
        .flatten();
    let mut candidates = Vec::new();
    for (i, pa) in prep.a.iter().enumerate() {
        for (j, pb) in prep.b.iter().enumerate() {
            let mut score = cosine(&pa.vector, &pb.vector);
            if score <= 0.0 {
                // No shared term: nothing would explain the pair.
                continue;
            }
            if let Some(m) = &margins {
                score += params.semantic_weight * (m[i][j] - 1.0).max(0.0);
            }
            if score >= params.threshold {
                candidates.push((i, j, round(score)));
            }
        }
    }
    candidates
}

/// Keeps the best candidates: within [`Params::relative`] of the RFE/RL
/// passage's best, at most [`Params::max_per_a`] and [`Params::max_per_b`]
/// per passage; sorted by RFE/RL passage, then best first.
fn select(
    mut candidates: Vec<(usize, usize, f32)>,
    n_a: usize,
    n_b: usize,
    params: &Params,
) -> Vec<(usize, usize, f32)> {
    let mut best_a = vec![0f32; n_a];
    for &(i, _, score) in &candidates {
        best_a[i] = best_a[i].max(score);
    }
    // Best first, ties in document order: the caps keep the best.
    candidates.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    let mut per_a = vec![0usize; n_a];
    let mut per_b = vec![0usize; n_b];
    let mut kept = Vec::new();
    for (i, j, score) in candidates {
        if score < params.relative * best_a[i] {
            continue;
        }
        if per_a[i] >= params.max_per_a || per_b[j] >= params.max_per_b {
            continue;
        }
        per_a[i] += 1;
        per_b[j] += 1;
        kept.push((i, j, score));
    }
    kept.sort_by(|x, y| x.0.cmp(&y.0).then(y.2.total_cmp(&x.2)).then(x.1.cmp(&y.1)));
    kept
}
