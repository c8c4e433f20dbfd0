//! The import and the stored records never panic: random bytes and text, exports cut short
//! anywhere and exports with bytes changed are an error or a checked import, never a crash.
//! Notes of any text (injection payloads too) survive export and import unchanged.
//! `PROPTEST_CASES=100000 cargo test --release -p reader-notes --test robustness` for a
//! longer run.

mod support;

use proptest::prelude::*;
use reader_notes::{decode_record, encode_record, export_json, import, Colour, ImportError, Notes};
use support::*;

const PAYLOADS: [&str; 6] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "[click](javascript:alert(1)) ![x](http://evil.example/x.png)",
    "\"},{\"type\":\"Annotation\",\"id\":\"urn:uuid:00000000-0000-4000-8000-0000000000ff\"",
    "\u{202e}reversed\u{2028}line\u{2029}para \\u0000 \\\" ' `",
];

/// An export of a few highlights, with notes, of both documents.
fn sample() -> (reader_model::Library, String) {
    let library = library();
    let mut notes = Notes::new();
    for (n, (doc, words)) in [
        ("rferl", "will again exchange ambassadors"),
        ("rferl", "Washington’s renewed engagement"),
        ("heritage", "Belarus scores quite low"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut a = highlight(&library, doc, words, n as u32 + 1);
        a.set_note(PAYLOADS[n], at(10)).unwrap();
        notes.merge(a);
    }
    let json = export_json(&notes.in_document_order(&library), &ctx());
    (library, json)
}

#[test]
fn injection_payloads_stay_data_through_export_and_import() {
    let library = library();
    let mut notes = Notes::new();
    for (n, payload) in PAYLOADS.iter().enumerate() {
        let mut a = highlight(
            &library,
            "rferl",
            "will again exchange ambassadors",
            n as u32 + 1,
        );
        a.set_note(payload, at(10)).unwrap();
        notes.merge(a);
    }
    let json = export_json(&notes.in_document_order(&library), &ctx());
    let result = import(json.as_bytes(), &Notes::new(), &library).unwrap();
    assert_eq!(
        result.summary.added,
        PAYLOADS.len(),
        "{:?}",
        result.summary.skipped
    );
    let mut back = Notes::new();
    for a in result.changes {
        back.merge(a);
    }
    assert_eq!(back, notes);
    // The JSON payload did not become an annotation of its own.
    assert_eq!(back.live_count(), PAYLOADS.len());
    for a in notes.all() {
        assert_eq!(decode_record(1, &encode_record(a)).as_ref(), Ok(a));
    }
}

/// Files near the size limit built to be slow (one object of 300,000 members, a page of
/// 100,000 bad annotations, deep nesting) are read in one pass: about 3 s for all three in a
/// debug build on a busy 2-core machine, where a reader comparing every member name with
/// every other would take minutes.
#[test]
fn large_hostile_files_are_read_in_one_pass() {
    let library = library();
    let members: Vec<String> = (0..300_000).map(|i| format!("\"m{i}\":0")).collect();
    let wide = format!("{{{}}}", members.join(","));
    assert!(wide.len() < reader_notes::MAX_IMPORT_BYTES);
    assert_eq!(
        import(wide.as_bytes(), &Notes::new(), &library),
        Err(ImportError::NotAnnotations)
    );
    let items = vec!["{\"type\":\"Annotation\",\"id\":\"x\"}"; 100_000].join(",");
    let page = format!("{{\"type\":\"AnnotationPage\",\"items\":[{items}]}}");
    let result = import(page.as_bytes(), &Notes::new(), &library).unwrap();
    assert_eq!(result.summary.skipped.len(), 100_000);
    let deep = "[".repeat(1_000_000);
    assert!(matches!(
        import(deep.as_bytes(), &Notes::new(), &library),
        Err(ImportError::NotJson(_))
    ));
}

proptest! {
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let library = library();
        let _ = import(&bytes, &Notes::new(), &library);
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,400}") {
        let library = library();
        let _ = import(text.as_bytes(), &Notes::new(), &library);
        let _ = decode_record(1, &text);
    }

    #[test]
    fn json_shaped_text_never_panics(text in "[\\[\\]{}\",:0-9a-z\\\\ .eE+-]{0,300}") {
        let library = library();
        let _ = import(text.as_bytes(), &Notes::new(), &library);
        let _ = decode_record(1, &text);
    }

    /// Cut anywhere, an export is not JSON any more (unless only the final line break goes).
    #[test]
    fn truncated_exports_are_refused(cut in 0.0f64..1.0) {
        let (library, json) = sample();
        let at = (json.len() as f64 * cut) as usize;
        let bytes = &json.as_bytes()[..at];
        let result = import(bytes, &Notes::new(), &library);
        if json.as_bytes()[at..].iter().all(u8::is_ascii_whitespace) {
            prop_assert!(result.is_ok());
        } else {
            prop_assert!(
                matches!(result, Err(ImportError::NotJson(_) | ImportError::NotText)),
                "{:?}", result
            );
        }
    }

    /// With bytes changed, an export is refused or imported with every annotation checked:
    /// what is imported passes the store's own checks again.
    #[test]
    fn mutated_exports_never_panic_and_import_only_checked_annotations(
        changes in proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let (library, json) = sample();
        let mut bytes = json.into_bytes();
        for (i, b) in changes {
            let i = i.index(bytes.len());
            bytes[i] = b;
        }
        if let Ok(result) = import(&bytes, &Notes::new(), &library) {
            for a in &result.changes {
                let again = decode_record(1, &encode_record(a));
                prop_assert_eq!(again.as_ref(), Ok(a));
                prop_assert!(library.document(&a.document).is_some());
            }
            prop_assert_eq!(
                result.changes.len(),
                result.summary.added + result.summary.updated
            );
        }
    }

    /// Any note (of the characters a note may hold) and colour survive export and import.
    #[test]
    fn any_note_round_trips(note in "[^\\p{Cc}]{0,200}(\n[^\\p{Cc}]{0,50}){0,3}", colour in 0usize..4) {
        let library = library();
        let mut a = highlight(&library, "heritage", "Belarus scores quite low", 1);
        a.set_note(&note, at(3)).unwrap();
        a.set_colour(Colour::ALL[colour], at(4));
        let json = export_json(&[&a], &ctx());
        let result = import(json.as_bytes(), &Notes::new(), &library).unwrap();
        prop_assert_eq!(result.changes, vec![a]);
    }
}
