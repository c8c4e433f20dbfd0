//! Import: an export read back into a fresh reader and into one that has changed since;
//! files refused as a whole (oversized, not text, not JSON, foreign, missing pages) change
//! nothing; annotations refused one by one are skipped with their reasons.

mod support;

use reader_notes::{
    export_json, import, Colour, FieldError, ImportError, Merge, Notes, Problem, SkipReason,
    MAX_IMPORT_BYTES,
};
use support::*;

/// What a refused file's error should be.
type Expect = fn(&ImportError) -> bool;

const WORDS: &str = "will again exchange ambassadors";

fn two(library: &reader_model::Library) -> Notes {
    let mut notes = Notes::new();
    let mut a = highlight(library, "rferl", WORDS, 1);
    a.set_note("line one\nline two", at(5)).unwrap();
    notes.merge(a);
    notes.merge(highlight(
        library,
        "heritage",
        "Belarus scores quite low",
        2,
    ));
    notes
}

fn export(library: &reader_model::Library, notes: &Notes) -> String {
    export_json(&notes.in_document_order(library), &ctx())
}

#[test]
fn an_export_imported_into_a_fresh_reader_gives_the_same_list() {
    let library = library();
    let notes = two(&library);
    let result = import(export(&library, &notes).as_bytes(), &Notes::new(), &library).unwrap();
    assert_eq!(result.summary.added, 2);
    assert_eq!(result.summary.describe(), "Imported 2 (2 new, 0 updated).");
    let mut fresh = Notes::new();
    for a in result.changes {
        assert_eq!(fresh.merge(a), Merge::Added);
    }
    assert_eq!(fresh, notes);
    // Importing the same file again changes nothing.
    let again = import(export(&library, &notes).as_bytes(), &fresh, &library).unwrap();
    assert!(again.changes.is_empty());
    assert_eq!(again.summary.skipped.len(), 2);
    assert!(again
        .summary
        .skipped
        .iter()
        .all(|s| s.reason == SkipReason::Unchanged));
}

#[test]
fn newer_wins_both_ways_and_a_deleted_highlight_stays_deleted() {
    let library = library();
    let old = two(&library);
    let file = export(&library, &old);
    let mut here = old.clone();
    // Here, the first was recoloured later, the second deleted later.
    let first = here.all().next().unwrap().id.clone();
    let second = here.all().nth(1).unwrap().id.clone();
    here.edit(&first, |a| a.set_colour(Colour::Blue, at(30)));
    here.edit(&second, |a| a.delete(at(31)));
    let result = import(file.as_bytes(), &here, &library).unwrap();
    assert!(result.changes.is_empty());
    assert_eq!(result.summary.added + result.summary.updated, 0);
    let reasons: Vec<_> = result.summary.skipped.iter().map(|s| &s.reason).collect();
    assert_eq!(reasons, [&SkipReason::NewerHere, &SkipReason::NewerHere]);

    // The other way: the newer file updates the older reader.
    let newer = export(&library, &here);
    let result = import(newer.as_bytes(), &old, &library).unwrap();
    assert_eq!((result.summary.added, result.summary.updated), (0, 1));
    assert_eq!(result.changes[0].colour, Colour::Blue);
    assert_eq!(result.summary.describe(), "Imported 1 (0 new, 1 updated).");
}

#[test]
fn refused_files_say_why_and_change_nothing() {
    let library = library();
    let here = two(&library);
    let big = vec![b' '; MAX_IMPORT_BYTES + 1];
    let cases: Vec<(Vec<u8>, Expect)> =
        vec![
        (big, |e| matches!(e, ImportError::TooLarge { .. })),
        (vec![0xff, 0xfe, 0x00], |e| *e == ImportError::NotText),
        (b"{\"type\": ".to_vec(), |e| matches!(e, ImportError::NotJson(_))),
        (b"[1, 2, 3]".to_vec(), |e| *e == ImportError::NotAnnotations),
        (
            br#"{"type": "FeatureCollection", "features": []}"#.to_vec(),
            |e| *e == ImportError::NotAnnotations,
        ),
        (
            br#"{"type": "AnnotationCollection", "total": 5, "first": "https://x.example/page1"}"#
                .to_vec(),
            |e| *e == ImportError::PagesMissing,
        ),
        (
            br#"{"type": "AnnotationPage", "items": [], "next": "https://x.example/page2"}"#
                .to_vec(),
            |e| *e == ImportError::PagesMissing,
        ),
    ];
    for (file, expected) in cases {
        let e = import(&file, &here, &library).unwrap_err();
        assert!(expected(&e), "{e:?}");
        let message = e.to_string();
        assert!(message.ends_with("Nothing was changed."), "{message}");
    }
    let e = import(b"{\n  \"a\": tru\n}", &here, &library).unwrap_err();
    assert_eq!(
        e.to_string(),
        "The file is not valid JSON (line 2, column 8: not a JSON value). Nothing was changed."
    );
    // An empty collection is a file with nothing in it, not an error.
    let empty = export_json(&[], &ctx());
    assert_eq!(
        import(empty.as_bytes(), &here, &library)
            .unwrap()
            .summary
            .added,
        0
    );
    // A byte-order mark is allowed.
    let with_bom = "\u{FEFF}".to_string() + &export(&library, &here);
    assert_eq!(
        import(with_bom.as_bytes(), &Notes::new(), &library)
            .unwrap()
            .changes
            .len(),
        2
    );
}

#[test]
fn each_bad_annotation_is_skipped_with_its_field_and_the_rest_imported() {
    let library = library();
    let good = export(&library, &two(&library));
    let (head, tail) = good.split_once("\"items\": [").unwrap();
    let item = |edit: &dyn Fn(String) -> String| {
        let one = tail
            .split_once("\n      },\n      {")
            .unwrap()
            .0
            .to_string()
            + "\n      }";
        edit(one)
    };
    let bad = [
        item(&|s| s.replace("urn:uuid:00000000-0000-4000-8000-000000000001", "note-1")),
        item(&|s| s.replace("\"yellow\"", "\"red\"")),
        item(&|s| s.replace("2026-12-07T16:46:00.000Z", "yesterday")),
        item(&|s| s.replace("\"start\": 95", "\"start\": 200")),
        item(&|s| {
            s.replace(
                "\"exact\": \"will again exchange ambassadors\"",
                "\"exact\": 7",
            )
        }),
        item(&|s| s.replace("\"document\": \"rferl\"", "\"document\": \"nytimes\"")),
        item(&|s| s.replace("line one", &"x".repeat(10_001))),
        item(&|s| s.replace("line one", "bell\\u0007")),
        item(&|s| s.replace("\"rferl-following-a-flurry-of-official\"", "\"a passage\"")),
        "\"just a string\"".to_string(),
    ];
    let file = format!("{head}\"items\": [\n{},\n{}", bad.join(",\n"), tail);
    let result = import(file.as_bytes(), &Notes::new(), &library).unwrap();
    // The two good ones of the original file are imported.
    assert_eq!(result.summary.added, 2);
    let reasons: Vec<String> = result
        .summary
        .skipped
        .iter()
        .map(|s| format!("{}: {}", s.number, s.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            "1: id is not in the expected form",
            "2: target.styleClass is not one of the highlight colours",
            "3: created is not in the expected form",
            "4: target.selector.start is not a range of a passage",
            "5: target.selector.exact is not of the expected kind",
            "6: the document “nytimes” is not in this reader",
            "7: body.value is longer than 10000 characters",
            "8: body.value holds control characters",
            "9: target.passage is not in the expected form",
            "10: annotation is not of the expected kind",
        ]
    );
    assert_eq!(
        result.summary.skipped[1].id.as_deref(),
        Some("urn:uuid:00000000-0000-4000-8000-000000000001")
    );
    assert_eq!(
        result.summary.skipped[1].reason,
        SkipReason::Invalid(FieldError {
            field: "target.styleClass",
            problem: Problem::UnknownColour
        })
    );
    assert_eq!(
        result.summary.describe(),
        "Imported 2 (2 new, 0 updated); 10 skipped."
    );
}

#[test]
fn annotations_from_other_tools_are_read_by_their_standard_parts() {
    let library = library();
    let doc = library.document("rferl").unwrap();
    let block = block_with(doc, WORDS);
    // As another Web Annotation tool might write it: one selector, no terms of ours, the
    // passage in the source link, a body array, type as an array, no modified time.
    let file = format!(
        r#"{{"@context": "http://www.w3.org/ns/anno.jsonld", "type": ["Annotation"],
            "id": "urn:uuid:6F9619FF-8B86-D011-B42D-00C04FC964FF", "created": "2026-12-01T10:00:00+02:00",
            "body": [{{"type": "TextualBody", "value": "a tag", "purpose": "tagging"}},
                     {{"type": "TextualBody", "value": "From elsewhere", "purpose": "commenting"}}],
            "target": {{"source": "https://other.example/reader/#/{}",
                        "selector": {{"type": "TextQuoteSelector", "exact": "{WORDS}"}}}}}}"#,
        block.id
    );
    let result = import(file.as_bytes(), &Notes::new(), &library).unwrap();
    assert_eq!(result.summary.added, 1, "{:?}", result.summary.skipped);
    let a = &result.changes[0];
    assert_eq!(a.id.as_str(), "6f9619ff-8b86-d011-b42d-00c04fc964ff");
    assert_eq!(
        (a.document.as_str(), a.passage.as_str()),
        ("rferl", block.id.as_str())
    );
    assert_eq!(a.note, "From elsewhere");
    assert_eq!(a.colour, Colour::Yellow);
    assert_eq!(a.modified, a.created);
    assert_eq!(a.created.to_iso(), "2026-12-01T08:00:00.000Z");
    assert!(matches!(
        reader_notes::place(a, doc, &reader_notes::edition_of(doc)),
        reader_notes::Placement::Exact { .. }
    ));
}

#[test]
fn a_repeated_id_in_one_file_is_imported_once() {
    let library = library();
    let a = highlight(&library, "rferl", WORDS, 1);
    let json = export_json(&[&a, &a], &ctx());
    let result = import(json.as_bytes(), &Notes::new(), &library).unwrap();
    assert_eq!(result.changes, vec![a]);
    assert_eq!(result.summary.skipped[0].reason, SkipReason::Repeated);
}
