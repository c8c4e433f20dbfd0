//! The gold set and its measures, shared by `tests/gold.rs` and
//! `examples/params.rs`.

use std::collections::BTreeSet;

use reader_align::Alignment;

pub type Key = (String, String);

/// A pair of the gold set with the reason written for it.
pub type Entry = (Key, String);

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

pub struct Figures {
    pub pairs: usize,
    pub gold_found: usize,
    pub gold: usize,
    pub correct: usize,
    pub gold_only: usize,
}

impl Figures {
    pub fn recall(&self) -> f64 {
        self.gold_found as f64 / self.gold as f64
    }
    pub fn precision(&self) -> f64 {
        self.correct as f64 / self.pairs.max(1) as f64
    }
    pub fn precision_gold_only(&self) -> f64 {
        self.gold_only as f64 / self.pairs.max(1) as f64
    }
}

pub fn measure(
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

/// The gold pairs and the reviewed also-correct pairs.
pub fn gold_sets() -> (Vec<Entry>, Vec<Entry>) {
    (
        load(include_str!("../gold.txt")),
        load(include_str!("../also_correct.txt")),
    )
}

/// `params` without the threshold and the caps: every scored pair, to show
/// the score of a missed gold pair.
pub fn unlimited(params: &reader_align::Params) -> reader_align::Params {
    reader_align::Params {
        threshold: 0.0001,
        relative: 0.0,
        max_per_a: usize::MAX,
        max_per_b: usize::MAX,
        ..params.clone()
    }
}
