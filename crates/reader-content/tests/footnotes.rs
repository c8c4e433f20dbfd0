//! The footnotes of the Heritage report: where each marker stands and the
//! sentence it closes.

use reader_model::{Inline, Library};

fn library() -> Library {
    reader_content::library().expect("curated sources parse")
}

/// Number -> the text right before the marker (the end of its block text up to the marker).
const ANCHORS: [(u16, &str); 24] = [
    (1, "blocked popular news sites."),
    (2, "designating it as a “mostly unfree nation.”"),
    (3, "due to the undemocratic nature of the elections."),
    (4, "for its perceived human rights abuses."),
    (5, "diplomats to be stationed in Minsk."),
    (6, "with the U.S., and the West in general."),
    (7, "Russian-backed separatists in eastern Ukraine."),
    (8, "the cap on U.S. diplomatic presence,"),
    (9, "economy, and security-related matters."),
    (10, "and economy instituted in writing."),
    (11, "of the Union State treaty will be recognized."),
    (12, "to keep its economy afloat,"),
    (13, "took on a $630 million loan from Russia."),
    (14, "to borrow $600 million from China."),
    (15, "nations—Armenia, Kazakhstan, and Kyrgyzstan."),
    (16, "Armenia, Kazakhstan, Kyrgyzstan, and Tajikistan."),
    (17, "to occur among the member countries."),
    (18, "Stanislav Zas as its new secretary general."),
    (19, "the joint Zapad war games in September 2017."),
    (20, "financed with a $10 billion loan from Moscow."),
    (21, "multiple environmental and safety concerns,"),
    (22, "threatens Lithuania’s national security,"),
    (23, "about 14 miles from the Lithuanian border"),
    (24, "is located within a seismic-activity zone."),
];

#[test]
fn heritage_has_24_footnotes_anchored_after_the_right_words() {
    let lib = library();
    let doc = lib.document("heritage").unwrap();
    let numbers: Vec<u16> = doc.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, (1..=24).collect::<Vec<u16>>());

    // The references in the blocks, in reading order, with the text before each.
    let mut refs = Vec::new();
    for block in &doc.blocks {
        let mut before = String::new();
        for inline in &block.inlines {
            match inline {
                Inline::NoteRef(n) => refs.push((*n, block.id.clone(), before.clone())),
                other => before.push_str(other.text().unwrap()),
            }
        }
    }
    assert_eq!(refs.len(), 24);
    for ((n, block_id, before), ((expected_n, anchor), note)) in
        refs.iter().zip(ANCHORS.iter().zip(&doc.footnotes))
    {
        assert_eq!(n, expected_n);
        assert!(
            before.ends_with(anchor),
            "note {n} stands after `…{}`, expected `…{anchor}`",
            &before[before.len().saturating_sub(60)..]
        );
        assert_eq!(&note.block_id, block_id, "note {n}");
        assert!(
            note.sentence.ends_with(anchor),
            "note {n}: sentence `{}`",
            note.sentence
        );
        assert!(
            before.ends_with(&note.sentence),
            "note {n}: the sentence ends at the marker"
        );
        assert_eq!(
            note.text, None,
            "note {n}: endnote texts are not in the source"
        );
    }
}

#[test]
fn footnote_sentences() {
    let lib = library();
    let notes = &lib.document("heritage").unwrap().footnotes;
    assert_eq!(notes[0].sentence, "The government has also arrested critical journalists and bloggers and blocked popular news sites.");
    assert_eq!(
        notes[1].sentence,
        "In addition, Belarus scores 104th of 180 countries in The Heritage Foundation’s 2019 Index of Economic Freedom, designating it as a “mostly unfree nation.”"
    );
    assert_eq!(
        notes[2].sentence,
        "In 2006, the U.S. imposed travel restrictions and financial sanctions on several state-owned entities and 16 individuals, including Lukashenko, due to the undemocratic nature of the elections."
    );
    assert_eq!(
        notes[12].sentence,
        "Belarus depends on Russia for cut-rate oil sales to keep its economy afloat, and this past year took on a $630 million loan from Russia."
    );
    assert!(notes[23]
        .sentence
        .starts_with("Along with posing multiple environmental and safety concerns, Ostrovets"));
    assert!(notes[23].sentence.ends_with("seismic-activity zone."));
}
