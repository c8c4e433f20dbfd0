//! The curated library, as the app and the search index see it.

use std::collections::HashSet;

use reader_model::{BlockKind, Document, Inline, Library};

fn library() -> Library {
    reader_content::library().expect("curated sources parse")
}

/// Block counts by kind: paragraphs, headings, list items, captions, author
/// notes, publisher notices.
fn counts(doc: &Document) -> [usize; 6] {
    use BlockKind::*;
    [
        Paragraph,
        Heading,
        ListItem,
        Caption,
        AuthorNote,
        PublisherNotice,
    ]
    .map(|kind| doc.blocks.iter().filter(|b| b.kind == kind).count())
}

fn headings(doc: &Document) -> Vec<String> {
    doc.blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| b.plain_text())
        .collect()
}

#[test]
fn documents_and_metadata() {
    let lib = library();
    let ids: Vec<&str> = lib.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["rferl", "heritage"]);

    let rferl = lib.document("rferl").unwrap();
    assert_eq!(rferl.short_name, "RFE/RL");
    assert_eq!(
        rferl.title.value,
        "How Russia's Interference In Ukraine Has Altered U.S. Policy Toward Belarus"
    );
    assert!(!rferl.title.editorial);
    assert_eq!(rferl.authors, ["Todd Prince"]);
    assert_eq!(rferl.publisher, "RFE/RL (Radio Free Europe/Radio Liberty)");
    assert_eq!(rferl.kind, "News article");
    let date = rferl.date.as_ref().unwrap();
    assert_eq!(
        (date.value.as_str(), date.editorial),
        ("September 2019", true)
    );
    assert!(rferl
        .editorial_notes
        .iter()
        .any(|n| n.contains("inferred from the text")));

    let heritage = lib.document("heritage").unwrap();
    assert_eq!(heritage.short_name, "Heritage");
    assert_eq!(
        heritage.title.value,
        "Belarus, Russia, and the United States"
    );
    assert!(heritage.title.editorial);
    assert_eq!(heritage.authors, ["Alexis Mrachek"]);
    assert_eq!(heritage.publisher, "The Heritage Foundation");
    assert_eq!(heritage.kind, "Report section");
    let date = heritage.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.editorial), ("2019", true));
    let notes = heritage.editorial_notes.join("\n");
    assert!(notes.contains("title is not in the source"), "{notes}");
    assert!(notes.contains("inferred from the text"), "{notes}");
    assert!(
        notes.contains("24 endnotes") && notes.contains("not part of the source"),
        "{notes}"
    );
}

#[test]
fn rferl_block_counts_and_kinds() {
    let lib = library();
    let doc = lib.document("rferl").unwrap();
    assert_eq!(doc.blocks.len(), 56);
    assert_eq!(counts(doc), [46, 4, 0, 3, 1, 2]);
    assert!(doc.footnotes.is_empty());

    let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds[0],
        BlockKind::Caption,
        "the first photo caption opens the article"
    );
    assert_eq!(
        kinds[53..],
        [
            BlockKind::AuthorNote,
            BlockKind::PublisherNotice,
            BlockKind::PublisherNotice
        ]
    );
    assert!(doc.blocks[53]
        .plain_text()
        .starts_with("Todd Prince is a senior correspondent"));
    assert!(doc.blocks[54]
        .plain_text()
        .starts_with("RFE/RL has been declared an \"undesirable organization\""));
    assert!(doc.blocks[55]
        .plain_text()
        .starts_with("If you are in Russia"));
    assert!(doc.blocks[..53].iter().all(|b| !b.kind.is_end_matter()));
}

#[test]
fn heritage_block_counts_and_kinds() {
    let lib = library();
    let doc = lib.document("heritage").unwrap();
    assert_eq!(doc.blocks.len(), 20);
    assert_eq!(counts(doc), [11, 3, 5, 0, 1, 0]);
    let last = doc.blocks.last().unwrap();
    assert_eq!(last.kind, BlockKind::AuthorNote);
    assert!(last
        .plain_text()
        .starts_with("Alexis Mrachek is Research Assistant"));
}

#[test]
fn heading_lists() {
    let lib = library();
    assert_eq!(
        headings(lib.document("rferl").unwrap()),
        [
            "Strategic Nation",
            "Deep Ties To Moscow",
            "Strained Relations With Russia",
            "U.S. Sanctions"
        ]
    );
    assert_eq!(
        headings(lib.document("heritage").unwrap()),
        [
            "Strategic Implications",
            "Recommendations for the U.S.",
            "Conclusion"
        ]
    );
}

#[test]
fn recommendations_lead_with_a_strong_sentence() {
    let lib = library();
    let doc = lib.document("heritage").unwrap();
    let leads: Vec<&Inline> = doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::ListItem)
        .map(|b| &b.inlines[0])
        .collect();
    let expected = [
        "Remain wary of Russia’s influence and actions in Belarus.",
        "Maintain its commitment to security in the region surrounding Belarus.",
        "Seek to engage with civil society in Belarus, but be realistic that this will not be possible in the near future.",
        "Be aware of limits in influencing Belarus.",
        "Work with Europe allies regarding Belarus.",
    ];
    assert_eq!(
        leads,
        expected
            .map(|s| Inline::Strong(s.to_string()))
            .iter()
            .collect::<Vec<_>>()
    );
    for item in doc.blocks.iter().filter(|b| b.kind == BlockKind::ListItem) {
        assert!(
            matches!(&item.inlines[1], Inline::Text(t) if t.starts_with(' ')),
            "{:?}",
            item.inlines
        );
    }
}

#[test]
fn no_ocr_noise_or_line_break_hyphens_remain() {
    let lib = library();
    let doc = lib.document("heritage").unwrap();
    for block in &doc.blocks {
        let text = block.plain_text();
        for glyph in ['®', '°', '¢', '*', '!', '?', '"', '\''] {
            assert!(!text.contains(glyph), "{}: `{glyph}` in {text}", block.id);
        }
        assert!(
            !text.starts_with(' ') && !text.contains("  "),
            "{}: stray spaces",
            block.id
        );
        for word in text.split_whitespace() {
            assert!(!word.ends_with('-'), "{}: `{word}`", block.id);
        }
    }
    let all: String = doc.blocks.iter().map(|b| b.plain_text() + "\n").collect();
    for joined in [
        "Freedom Index",
        "critical journalists",
        "diplomats to be",
        "political prisoners and",
        "generate a decision",
        "Stanislav Zas",
        "surrounding Belarus",
        "particularly its",
        "ambassador and",
        "diplomats allowed",
        "political issues",
        "engagement.",
        "Moscow’s ambitions",
        "natural for",
    ] {
        assert!(all.contains(joined), "`{joined}`");
    }
    for kept in [
        "cease-fire",
        "state-owned",
        "Russian-backed",
        "security-related",
        "seismic-activity",
        "cut-rate",
    ] {
        assert!(all.contains(kept), "`{kept}`");
    }
}

#[test]
fn captions_appear_exactly_once_and_no_chrome_remains() {
    let lib = library();
    let doc = lib.document("rferl").unwrap();
    let captions: Vec<String> = doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Caption)
        .map(|b| b.plain_text())
        .collect();
    assert_eq!(
        captions,
        [
            "Belarusian President Alyaksandr Lukashenka (left) meets with U.S. Undersecretary for Political Affairs David Hale in Minsk on September 17.",
            "Lukashenka has been in power in Belarus since 1994.",
            "Putin with Lukashenka at the closing ceremony of the European Games in Minsk in June.",
        ]
    );
    let texts: Vec<String> = lib
        .documents
        .iter()
        .flat_map(|d| d.blocks.iter().map(|b| b.plain_text()))
        .collect();
    for caption in &captions {
        assert_eq!(
            texts
                .iter()
                .filter(|t| t.contains(caption.as_str()))
                .count(),
            1,
            "{caption}"
        );
    }
    for chrome in [
        "Accessibility links",
        "Breaking News",
        "16x9 Image",
        "To find out more",
        "click here",
    ] {
        assert!(
            texts.iter().all(|t| !t.contains(chrome)),
            "chrome `{chrome}` remains"
        );
    }
    assert!(
        texts
            .iter()
            .all(|t| t != "Todd Prince" && t != &doc.title.value),
        "byline or headline left in the body"
    );
    assert!(
        texts.iter().all(|t| !t.contains('\u{a0}')),
        "no-break space left"
    );
}

#[test]
fn rferl_keeps_the_source_punctuation() {
    let lib = library();
    let doc = lib.document("rferl").unwrap();
    let all: String = doc.blocks.iter().map(|b| b.plain_text() + "\n").collect();
    assert!(all.contains("WASHINGTON -- While U.S. relations"));
    assert!(all.contains("Moscow’s seizure of Ukraine’s Crimean Peninsula"));
    assert!(all.contains("\"I understand the hints [from Moscow] saying, 'OK, take our oil"));
    assert!(all.contains("“won’t change anything because parliament is still completely controlled and impotent,” said Shraibman."));
}

#[test]
fn block_ids_are_unique_slugged_and_stable() {
    let first = library();
    let second = library();
    let ids = |lib: &Library| -> Vec<String> {
        lib.documents
            .iter()
            .flat_map(|d| d.blocks.iter().map(|b| b.id.clone()))
            .collect()
    };
    assert_eq!(ids(&first), ids(&second));
    assert_eq!(first, second);

    let all = ids(&first);
    let unique: HashSet<&String> = all.iter().collect();
    assert_eq!(unique.len(), all.len(), "block ids are not unique");
    // The app also gives ids to document parts: a block id must never take one of them.
    for doc in &first.documents {
        let reserved = |id: &str| {
            let rest = id.strip_prefix(&format!("{}-", doc.id)).unwrap_or("");
            rest == "title"
                || rest == "notes"
                || rest == "notes-title"
                || ["note-", "noteref-"].iter().any(|p| {
                    rest.strip_prefix(p)
                        .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
                })
        };
        for block in &doc.blocks {
            assert!(
                !reserved(&block.id),
                "block id {} collides with an id of the page",
                block.id
            );
        }
    }
    for doc in &first.documents {
        for block in &doc.blocks {
            let slug = block
                .id
                .strip_prefix(&format!("{}-", doc.id))
                .unwrap_or_else(|| panic!("{}", block.id));
            assert!(
                slug.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}",
                block.id
            );
            assert!((1..=5).contains(&slug.split('-').count()), "{}", block.id);
        }
    }
    let rferl = first.document("rferl").unwrap();
    assert_eq!(
        rferl.blocks[1].id,
        "rferl-washington-while-us-relations-with"
    );
    assert_eq!(rferl.blocks[8].id, "rferl-the-number-one-priority-is");
    let heritage = first.document("heritage").unwrap();
    assert_eq!(heritage.blocks[4].id, "heritage-strategic-implications");
    assert_eq!(
        heritage.blocks[10].id,
        "heritage-recommendations-for-the-us"
    );
    assert_eq!(
        first
            .find_block("heritage-conclusion")
            .map(|(d, i)| (d.id.as_str(), i)),
        Some(("heritage", 17))
    );
}

#[test]
fn colliding_slugs_get_numbered_suffixes_in_document_order() {
    let source = "---\nid: t\nshort_name: T\ntitle: T\nauthor: A\npublisher: P\nkind: K\n---\n\nSame words here.\n\nSame words here.\n\n## Same words here\n";
    let doc = reader_content::parse_document(source).unwrap();
    let ids: Vec<&str> = doc.blocks.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "t-same-words-here",
            "t-same-words-here-2",
            "t-same-words-here-3"
        ]
    );
}

#[test]
fn library_survives_the_model_encoding() {
    let lib = library();
    assert_eq!(Library::from_bytes(&lib.to_bytes()).unwrap(), lib);
}

#[test]
fn the_encoding_leaves_out_every_block_id_the_text_makes() {
    let lib = library();
    let bytes = lib.to_bytes();
    for doc in &lib.documents {
        for b in &doc.blocks {
            let id = b.id.as_bytes();
            assert!(
                !bytes.windows(id.len()).any(|w| w == id),
                "{} written",
                b.id
            );
        }
    }
}
