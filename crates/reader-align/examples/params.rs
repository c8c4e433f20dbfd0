//! Measures alternatives of the alignment's parameters against the gold set
//! (the table in the README): `cargo run -p reader-align --example params`.

use reader_align::{align_with, Params};

#[path = "../tests/support/gold_set.rs"]
mod gold_set;
use gold_set::{gold_sets, measure, unlimited, Key};

use std::collections::BTreeSet;

fn main() {
    let lib = reader_content::library().expect("curated documents parse");
    let (gold, also) = gold_sets();
    let gold: BTreeSet<Key> = gold.into_iter().map(|(k, _)| k).collect();
    let also: BTreeSet<Key> = also.into_iter().map(|(k, _)| k).collect();
    // Alternatives measured for the README. `before` is the
    // first default (whole blocks, df over blocks, one Heritage counterpart
    // per RFE/RL passage, threshold 0.08, no semantic margin); each `before +`
    // row adds one change to it, each `-` row removes one from the default,
    // each `+` row adds one to the default.
    let d = Params::default;
    let before = || Params {
        demonyms: false,
        sentence_idf: false,
        threshold: 0.08,
        relative: 0.0,
        max_per_a: 1,
        semantic_weight: 0.0,
        ..d()
    };
    let variants = [
        ("before", before()),
        (
            "before + names x1.5",
            Params {
                name_boost: 1.5,
                ..before()
            },
        ),
        (
            "before + 2 per, rel 0.8",
            Params {
                max_per_a: 2,
                relative: 0.8,
                ..before()
            },
        ),
        (
            "before + sentence idf",
            Params {
                sentence_idf: true,
                threshold: 0.09,
                ..before()
            },
        ),
        (
            "before + demonyms",
            Params {
                demonyms: true,
                ..before()
            },
        ),
        (
            "before + no captions",
            Params {
                captions: false,
                ..before()
            },
        ),
        (
            "- demonyms",
            Params {
                demonyms: false,
                ..d()
            },
        ),
        (
            "- sentence idf",
            Params {
                sentence_idf: false,
                threshold: 0.08,
                ..d()
            },
        ),
        (
            "- relative (1 per)",
            Params {
                max_per_a: 1,
                relative: 0.0,
                ..d()
            },
        ),
        (
            "- synonyms",
            Params {
                synonyms: false,
                ..d()
            },
        ),
        (
            "- year boost",
            Params {
                year_boost: 1.0,
                ..d()
            },
        ),
        (
            "+ rel 0.6",
            Params {
                relative: 0.6,
                ..d()
            },
        ),
        (
            "+ threshold 0.07",
            Params {
                threshold: 0.07,
                ..d()
            },
        ),
        (
            "+ threshold 0.11",
            Params {
                threshold: 0.11,
                ..d()
            },
        ),
        (
            "- semantic (terms only)",
            Params {
                semantic_weight: 0.0,
                ..d()
            },
        ),
        (
            "semantic weight 0.5",
            Params {
                semantic_weight: 0.5,
                ..d()
            },
        ),
        (
            "semantic weight 2",
            Params {
                semantic_weight: 2.0,
                ..d()
            },
        ),
        (
            "semantic k 2",
            Params {
                semantic_k: 2,
                ..d()
            },
        ),
        (
            "semantic k 6",
            Params {
                semantic_k: 6,
                ..d()
            },
        ),
        (
            "semantic, threshold 0.08",
            Params {
                threshold: 0.08,
                ..d()
            },
        ),
        (
            "semantic, threshold 0.10",
            Params {
                threshold: 0.10,
                ..d()
            },
        ),
        ("default", d()),
    ];
    for (name, params) in &variants {
        let all = align_with(&lib, &unlimited(params));
        let f = measure(&align_with(&lib, params), &all, &gold, &also, false);
        println!(
            "{name:>30}: {} pairs, recall {:.2}, precision {:.2} (gold only {:.2})",
            f.pairs,
            f.recall(),
            f.precision(),
            f.precision_gold_only()
        );
    }
}
