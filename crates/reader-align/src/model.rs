//! The term model of both documents: term weights (`(1 + ln tf) × idf`,
//! years and names boosted) learned from the library, and each body
//! passage as a weighted vector.

use std::collections::{BTreeMap, BTreeSet};

use reader_model::Library;
use reader_text::sentences;

use crate::passages::body_passages;
use crate::terms::{Feature, Key, Lexicon};
use crate::vector::Vector;
use crate::{Params, DOC_A, DOC_B};

/// One passage and its vector.
pub(crate) struct Passage {
    pub(crate) id: String,
    pub(crate) vector: Vector,
}

/// How terms are weighted.
pub(crate) struct Model<'p> {
    lexicon: Lexicon,
    idf: BTreeMap<Key, f32>,
    params: &'p Params,
}

/// The model and the body passages of both documents, built once.
pub(crate) struct Prepared<'p> {
    pub(crate) model: Model<'p>,
    pub(crate) a: Vec<Passage>,
    pub(crate) b: Vec<Passage>,
}

impl Model<'_> {
    /// idf × the year or name boost: the weight of one occurrence.
    fn term_weight(&self, key: &Key) -> Option<f32> {
        let idf = *self.idf.get(key)?;
        Some(if key.is_year() {
            idf * self.params.year_boost
        } else if key.is_name() {
            idf * self.params.name_boost
        } else {
            idf
        })
    }

    fn vector(&self, features: &[&Feature]) -> Vector {
        let mut tf: BTreeMap<&Key, f32> = BTreeMap::new();
        let mut surfaces: BTreeMap<Key, Vec<String>> = BTreeMap::new();
        for f in features {
            *tf.entry(&f.key).or_default() += 1.0;
            let s = surfaces.entry(f.key.clone()).or_default();
            if !s.contains(&f.surface) {
                s.push(f.surface.clone());
            }
        }
        let mut weights = BTreeMap::new();
        for (key, n) in tf {
            let Some(w) = self.term_weight(key) else {
                continue;
            };
            weights.insert(key.clone(), (1.0 + n.ln()) * w);
        }
        let norm = weights.values().map(|w| w * w).sum::<f32>().sqrt();
        Vector {
            weights,
            norm,
            surfaces,
        }
    }

    /// A passage (or a footnote's sentence) as a vector of the terms of its sentences.
    pub(crate) fn passage(&self, id: &str, text: &str) -> Passage {
        let sentence_features: Vec<Vec<Feature>> = sentences(text)
            .into_iter()
            .map(|s| self.lexicon.features(s))
            .collect();
        let all: Vec<&Feature> = sentence_features.iter().flatten().collect();
        Passage {
            id: id.to_string(),
            vector: self.vector(&all),
        }
    }
}

/// Learns the term weights from the body passages of both documents
/// (document frequencies over their sentences, or over whole passages
/// without [`Params::sentence_idf`]) and makes their vectors.
pub(crate) fn prepare<'p>(lib: &Library, params: &'p Params) -> Prepared<'p> {
    let lexicon = Lexicon::new(lib, params);
    let texts_a = body_passages(lib.document(DOC_A), params.captions);
    let texts_b = body_passages(lib.document(DOC_B), params.captions);
    let mut df: BTreeMap<Key, f32> = BTreeMap::new();
    let mut units = 0usize;
    for (_, text) in texts_a.iter().chain(&texts_b) {
        let unit_texts = if params.sentence_idf {
            sentences(text)
        } else {
            vec![text.as_str()]
        };
        for t in unit_texts {
            units += 1;
            let keys: BTreeSet<Key> = lexicon.features(t).into_iter().map(|f| f.key).collect();
            for k in keys {
                *df.entry(k).or_default() += 1.0;
            }
        }
    }
    let n = units as f32;
    let idf = df
        .into_iter()
        .filter(|(_, d)| *d <= params.max_df * n)
        .map(|(k, d)| (k, (1.0 + n / d).ln()))
        .collect();
    let model = Model {
        lexicon,
        idf,
        params,
    };
    let a = texts_a.iter().map(|(id, t)| model.passage(id, t)).collect();
    let b = texts_b.iter().map(|(id, t)| model.passage(id, t)).collect();
    Prepared { model, a, b }
}
