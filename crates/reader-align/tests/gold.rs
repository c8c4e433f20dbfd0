//! Precision and recall of the computed pairs against the gold set.
//!
//! `cargo test -p reader-align --test gold -- --nocapture` prints the figures,
//! every computed pair (marked gold / also / FALSE) and every missed gold pair.
//!
//! * recall = gold pairs computed / gold pairs;
//! * precision = computed pairs that are in `gold.txt` or in the reviewed
//!   `also_correct.txt` / computed pairs. The gold set cannot list every
//!   defensible pair, so pairs judged defensible after reading them are
//!   listed separately with their reason; `precision (gold only)` is printed
//!   too, as the strict lower bound.

use std::collections::BTreeSet;

use reader_align::{align_with, Alignment, Params};

type Key = (String, String);

fn load(text: &str) -> Vec<(Key, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let parts: Vec<&str> = l.splitn(3, '|').map(str::trim).collect();
            assert_eq!(parts.len(), 3, "bad line: {l}");
            (
                (parts[0].to_string(), parts[1].to_string()),
                parts[2].to_string(),
            )
        })
        .collect()
}

struct Figures {
    pairs: usize,
    gold_found: usize,
    gold: usize,
    correct: usize,
    gold_only: usize,
}

impl Figures {
    fn recall(&self) -> f64 {
        self.gold_found as f64 / self.gold as f64
    }
    fn precision(&self) -> f64 {
        self.correct as f64 / self.pairs.max(1) as f64
    }
    fn precision_gold_only(&self) -> f64 {
        self.gold_only as f64 / self.pairs.max(1) as f64
    }
}

fn measure(
    al: &Alignment,
    all: &Alignment,
    gold: &BTreeSet<Key>,
    also: &BTreeSet<Key>,
    print: bool,
) -> Figures {
    let mut correct = 0;
    let mut gold_only = 0;
    let mut found = BTreeSet::new();
    for p in &al.pairs {
        let key = (p.a.clone(), p.b.clone());
        let mark = if gold.contains(&key) {
            found.insert(key);
            gold_only += 1;
            correct += 1;
            "gold "
        } else if also.contains(&key) {
            correct += 1;
            "also "
        } else {
            "FALSE"
        };
        if print {
            println!(
                "  {mark} {:.3} {} | {} [{}]",
                p.score,
                p.a,
                p.b,
                p.shared.join(", ")
            );
        }
    }
    if print {
        for g in gold.difference(&found) {
            match all.pairs.iter().find(|p| p.a == g.0 && p.b == g.1) {
                Some(p) => println!(
                    "  MISSED {:.3} {} | {} [{}]",
                    p.score,
                    g.0,
                    g.1,
                    p.shared.join(", ")
                ),
                None => println!("  MISSED 0 {} | {}", g.0, g.1),
            }
        }
    }
    Figures {
        pairs: al.pairs.len(),
        gold_found: found.len(),
        gold: gold.len(),
        correct,
        gold_only,
    }
}

#[test]
fn precision_and_recall_against_the_gold_set() {
    let lib = reader_content::library().unwrap();
    let gold_lines = load(include_str!("gold.txt"));
    let also_lines = load(include_str!("also_correct.txt"));
    let gold: BTreeSet<Key> = gold_lines.iter().map(|(k, _)| k.clone()).collect();
    let also: BTreeSet<Key> = also_lines.iter().map(|(k, _)| k.clone()).collect();
    assert_eq!(gold.len(), gold_lines.len(), "duplicate gold pair");
    assert!(gold.len() >= 12);
    assert!(gold.is_disjoint(&also), "a pair is in both files");
    for (a, b) in gold.iter().chain(&also) {
        assert!(
            lib.find_block(a).is_some_and(|(d, _)| d.id == "rferl"),
            "unknown block {a}"
        );
        assert!(
            lib.find_block(b).is_some_and(|(d, _)| d.id == "heritage"),
            "unknown block {b}"
        );
    }

    // Alternatives measured for the README (not asserted). `before` is the
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
            "before + sentences",
            Params {
                by_sentence: true,
                ..before()
            },
        ),
        (
            "before + sentences ±1",
            Params {
                by_sentence: true,
                window: 1,
                ..before()
            },
        ),
        (
            "before + sentences x0.5",
            Params {
                by_sentence: true,
                sentence_weight: 0.5,
                ..before()
            },
        ),
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
            "before + window 2, mix .5",
            Params {
                window_b: 2,
                window_mix: 0.5,
                ..before()
            },
        ),
        (
            "before + window 3, mix .25",
            Params {
                window_b: 3,
                window_mix: 0.25,
                ..before()
            },
        ),
        (
            "before + phrase heads",
            Params {
                phrase_heads: true,
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
            "bm25 whole, 0.06",
            Params {
                bm25: true,
                threshold: 0.06,
                ..d()
            },
        ),
        (
            "bm25 window 2, 0.06",
            Params {
                bm25: true,
                window_b: 2,
                window_mix: 0.5,
                threshold: 0.06,
                ..d()
            },
        ),
        (
            "bm25 window 2 only, 0.05",
            Params {
                bm25: true,
                window_b: 2,
                window_mix: 1.0,
                threshold: 0.05,
                ..d()
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
            "+ window 1, mix .25",
            Params {
                window_b: 1,
                window_mix: 0.25,
                ..d()
            },
        ),
        (
            "+ window 2, mix .5",
            Params {
                window_b: 2,
                window_mix: 0.5,
                ..d()
            },
        ),
        (
            "+ window 2 only",
            Params {
                window_b: 2,
                window_mix: 1.0,
                ..d()
            },
        ),
        (
            "+ window 1 .25, no capt., r .9",
            Params {
                window_b: 1,
                window_mix: 0.25,
                captions: false,
                relative: 0.9,
                ..d()
            },
        ),
        (
            "+ phrase heads",
            Params {
                phrase_heads: true,
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
    let unlimited = |p: &Params| Params {
        threshold: 0.0001,
        relative: 0.0,
        max_per_a: usize::MAX,
        max_per_b: usize::MAX,
        ..p.clone()
    };
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

    let al = reader_align::align(&lib);
    println!("computed pairs:");
    let all = align_with(&lib, &unlimited(&Params::default()));
    let f = measure(&al, &all, &gold, &also, true);
    println!(
        "default: {} pairs; recall {:.3} ({}/{}); precision {:.3} ({}/{}); precision counting gold only {:.3}; encoded {} bytes ({} pairs, {} notes)",
        f.pairs,
        f.recall(),
        f.gold_found,
        f.gold,
        f.precision(),
        f.correct,
        f.pairs,
        f.precision_gold_only(),
        reader_align::encode(&al).len(),
        al.pairs.len(),
        al.notes.len()
    );
    for n in &al.notes {
        for r in &n.related {
            println!(
                "  note {} -> {:.3} {} [{}]",
                n.number,
                r.score,
                r.block,
                r.shared.join(", ")
            );
        }
    }
    // The target: recall >= 0.8 with precision >= 0.7 (measured:
    // 0.857 and 0.756, see the README). It needs the semantic margin, so
    // `tests/semantic.rs` checks first that the committed embeddings match
    // the content (without them `align` falls back to the term similarity).
    reader_align::semantic_status(&lib).unwrap_or_else(|e| panic!("{e}"));
    assert!(f.recall() >= 0.8, "recall {:.3} < 0.8", f.recall());
    assert!(f.precision() >= 0.7, "precision {:.3} < 0.7", f.precision());
}
