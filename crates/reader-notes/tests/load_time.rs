//! How long 1,000 annotations take at start-up and when merging, for the bench row:
//! loading their records, listing them in document order, placing each in the edition on
//! screen (the same edition, and one where every passage changed), merging another tab's
//! copies, and exporting and importing them. It checks what it times; the figures are
//! printed (`cargo test --release -p reader-notes --test load_time -- --nocapture`).

mod support;

use std::time::Instant;

use reader_notes::{
    edition_of, encode_record, export_json, import, place, Annotation, Colour, Notes, Place,
    Placement, SCHEMA_VERSION,
};
use support::*;

const COUNT: usize = 1000;

/// 1,000 highlights over every passage of both documents, every other one with a note.
fn thousand(library: &reader_model::Library) -> Vec<Annotation> {
    let passages: Vec<(&reader_model::Document, &reader_model::Block)> = library
        .documents
        .iter()
        .flat_map(|d| d.blocks.iter().map(move |b| (d, b)))
        .filter(|(_, b)| b.text().chars().count() >= 40)
        .collect();
    (0..COUNT)
        .map(|i| {
            let (doc, block) = passages[i % passages.len()];
            let text = block.text();
            let len = text.chars().count();
            let start = (i * 7) % (len - 30);
            let selection = reader_quote::select(&text, start..start + 25).unwrap();
            let edition = edition_of(doc);
            let at_passage = Place {
                document: &doc.id,
                edition: &edition,
                passage: &block.id,
            };
            let colour = Colour::ALL[i % 4];
            let mut a = Annotation::new(
                id(i as u32 + 1),
                at_passage,
                selection,
                colour,
                at(i as u64),
            )
            .unwrap();
            if i % 2 == 0 {
                let note = format!("Note {i}: compare with the other source.\nSecond line.");
                a.set_note(&note, at(i as u64 + 1)).unwrap();
            }
            a
        })
        .collect()
}

/// Where each of `listed` is in `library` (the editions computed as the page does at start).
fn placements(listed: &[&Annotation], library: &reader_model::Library) -> Vec<Placement> {
    let editions: Vec<String> = library.documents.iter().map(edition_of).collect();
    listed
        .iter()
        .map(|a| {
            let d = library
                .documents
                .iter()
                .position(|d| d.id == a.document)
                .unwrap();
            place(a, &library.documents[d], &editions[d])
        })
        .collect()
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    eprintln!("{what}: {:.2} ms", took.as_secs_f64() * 1000.0);
    out
}

#[test]
fn a_thousand_annotations_load_merge_place_and_round_trip() {
    let library = library();
    let all = thousand(&library);
    let records: Vec<String> = all.iter().map(encode_record).collect();
    eprintln!(
        "{COUNT} annotations: {} bytes of records",
        records.iter().map(String::len).sum::<usize>()
    );

    let loaded = timed("load 1,000 records", || {
        Notes::load(SCHEMA_VERSION, records.iter().map(String::as_str))
    });
    assert!(loaded.problems.is_empty());
    let notes = loaded.notes;
    assert_eq!(notes.live_count(), COUNT);

    let listed = timed("list in document order", || {
        notes.in_document_order(&library)
    });
    assert_eq!(listed.len(), COUNT);

    let placed = timed("place 1,000 in the same edition", || {
        placements(&listed, &library)
    });
    assert!(placed.iter().all(|p| matches!(p, Placement::Exact { .. })));

    // A new edition where every passage gained a sentence at its start: no saved position
    // holds, every annotation is found again by its words, 15 characters further on.
    let mut changed = library.clone();
    for doc in &mut changed.documents {
        for b in &mut doc.blocks {
            let text = format!("Editor's note. {}", b.text());
            b.inlines = vec![reader_model::Inline::Text(text)];
        }
    }
    let moved = timed("place 1,000 in a changed edition", || {
        placements(&listed, &changed)
    });
    for (p, a) in moved.iter().zip(&listed) {
        let start = a.position.unwrap().start + 15;
        assert!(
            matches!(p, Placement::Exact { range, .. } if range.start == start),
            "{p:?}"
        );
    }

    // Another tab recoloured all of them: merge its copies.
    let theirs: Vec<Annotation> = all
        .iter()
        .map(|a| {
            let mut b = a.clone();
            b.set_colour(Colour::Blue, at(5000));
            b
        })
        .collect();
    let mut mine = notes.clone();
    let updated = timed("merge 1,000 copies from another tab", || {
        theirs
            .into_iter()
            .filter(|a| mine.merge(a.clone()) == reader_notes::Merge::Updated)
            .count()
    });
    assert_eq!(updated, COUNT);

    let json = timed("export 1,000 as JSON", || export_json(&listed, &ctx()));
    eprintln!("JSON export: {} bytes", json.len());
    let result = timed("import 1,000 into an empty reader", || {
        import(json.as_bytes(), &Notes::new(), &library).unwrap()
    });
    assert_eq!(result.summary.added, COUNT);
    let result = timed("import 1,000 into the reader that has them", || {
        import(json.as_bytes(), &notes, &library).unwrap()
    });
    assert_eq!(result.summary.skipped.len(), COUNT);
}
