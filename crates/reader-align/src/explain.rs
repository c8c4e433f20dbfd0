//! The shared terms that explain a pair, as readers would write them.

use crate::terms::Key;
use crate::vector::Vector;

/// The shared terms of two vectors, by contribution to the cosine, at most `max`.
pub(crate) fn shared(x: &Vector, y: &Vector, max: usize) -> Vec<String> {
    let mut terms: Vec<(f32, &Key)> = x
        .weights
        .iter()
        .filter_map(|(k, wx)| y.weights.get(k).map(|wy| (wx * wy, k)))
        .collect();
    terms.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.1.cmp(q.1)));
    terms
        .into_iter()
        .take(max)
        .map(|(_, k)| display(k, &x.surfaces[k], &y.surfaces[k]))
        .collect()
}

/// How a shared term is shown: the first passage's spelling; both spellings
/// when they differ as names (`Lukashenka/Lukashenko`); acronyms upper-case;
/// other words in lower case.
fn display(key: &Key, xs: &[String], ys: &[String]) -> String {
    match key {
        Key::Acronym(_) | Key::Number(_) => xs[0].clone(),
        Key::Variant(_) | Key::Name(_) => {
            let x = &xs[0];
            match ys.iter().find(|y| y.to_lowercase() != x.to_lowercase()) {
                Some(y) => format!("{x}/{y}"),
                None => x.clone(),
            }
        }
        Key::Stem(_) => {
            let s = &xs[0];
            if s.chars().skip(1).any(char::is_uppercase) || s.contains('.') {
                // U.S. (the token stops before the final dot), EAEU
                if s.contains('.') && !s.ends_with('.') {
                    format!("{s}.")
                } else {
                    s.clone()
                }
            } else {
                s.to_lowercase()
            }
        }
    }
}
