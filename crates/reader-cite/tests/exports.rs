//! Escaping and structure: hostile metadata stays text in every output, BibTeX entries
//! balance their braces, RIS records have one tag a line, CSL-JSON parses and reads back.

use reader_cite::{bibtex, cite, copy_quote, csl_json, ris, CiteError, Day, Link, Style, Work};
use reader_model::{Attributed, Block, BlockKind, Document, Inline};

const TITLE: &str =
    "Belarus {x} & \"quotes\" <script>alert(1)</script> 100% #1 _a ^b ~c \\d\nnext line";

/// A document whose metadata holds every special character, of the given kind.
fn hostile(kind: &str) -> Work {
    let doc = Document {
        id: "evil".into(),
        title: Attributed {
            value: TITLE.into(),
            editorial: false,
        },
        authors: vec!["Jane \"J\" O'Brien-{Smith}".into(), "Ann <b>Lee</b>".into()],
        publisher: "A & B <Press> 50%".into(),
        kind: kind.into(),
        date: Some(Attributed {
            value: "May 3, 2020".into(),
            editorial: false,
        }),
        ..Document::default()
    };
    Work::from_document(&doc).unwrap()
}

const KINDS: [&str; 3] = ["News article", "Report section", "Blog post"];

fn link(url: &str) -> Link<'_> {
    Link {
        url,
        accessed: Day::parse_iso("2026-12-07").unwrap(),
    }
}

/// `html` with this crate's own tags removed: what is left must hold no markup.
fn strip_own_tags(html: &str) -> String {
    let mut s = html.to_string();
    for tag in [
        "<i>",
        "</i>",
        "<p>",
        "</p>",
        "<sup>",
        "</sup>",
        "<em>",
        "</em>",
        "<strong>",
        "</strong>",
        "</a>",
    ] {
        s = s.replace(tag, "");
    }
    while let Some(at) = s.find("<a href=\"") {
        let end = at + s[at..].find("\">").unwrap() + 2;
        assert!(!s[at + 9..end - 2].contains(['"', '<', '>']), "{html}");
        s.replace_range(at..end, "");
    }
    s
}

#[test]
fn html_escapes_all_text() {
    for kind in KINDS {
        let work = hostile(kind);
        for style in Style::ALL {
            let c = cite(
                &work,
                style,
                &link("https://x.example/#/a?quote=%3C&pre=%22"),
            );
            let rest = strip_own_tags(&c.html);
            assert!(
                !rest.contains(['<', '>', '"']),
                "{style:?} {kind}: {}",
                c.html
            );
            assert!(c.html.contains("&lt;script&gt;"), "{}", c.html);
            assert!(
                c.text.contains("<script>"),
                "the text is not escaped: {}",
                c.text
            );
        }
    }
}

#[test]
fn only_web_urls_become_links() {
    let work = hostile("News article");
    let c = cite(&work, Style::Apa, &link("javascript:alert(1)"));
    assert!(!c.html.contains("<a "), "{}", c.html);
    assert!(c.html.ends_with("javascript:alert(1)"));
    let c = cite(&work, Style::Apa, &link("HTTPS://x.example/\"><script>"));
    assert!(
        c.html
            .contains("<a href=\"HTTPS://x.example/&quot;&gt;&lt;script&gt;\">"),
        "{}",
        c.html
    );
}

#[test]
fn bibtex_entries_are_well_formed() {
    for kind in KINDS {
        let entry = bibtex(
            &hostile(kind),
            &link("https://x.example/#/a?quote={b}%20\\c d"),
        );
        let lines: Vec<&str> = entry.lines().collect();
        assert!(
            lines[0].starts_with('@') && lines[0].ends_with(','),
            "{entry}"
        );
        assert_eq!(*lines.last().unwrap(), "}");
        let mut depth = 0i32;
        let mut escaped = false;
        for c in entry.chars() {
            match (escaped, c) {
                (false, '\\') => escaped = true,
                (false, '{') => depth += 1,
                (false, '}') => depth -= 1,
                _ => escaped = false,
            }
            assert!(depth >= 0, "{entry}");
        }
        assert_eq!(depth, 0, "{entry}");
        for line in &lines[1..lines.len() - 1] {
            let (name, value) = line.trim_start().split_once(" = ").expect(line);
            assert!(
                line.starts_with("  ") && name.bytes().all(|b| b.is_ascii_lowercase()),
                "{line}"
            );
            assert!(value.ends_with(','), "{line}");
            // No special character of LaTeX is left unescaped in text fields.
            if name != "url" {
                let bare = value
                    .replace("\\{", "")
                    .replace("\\}", "")
                    .replace("\\&", "")
                    .replace("\\%", "")
                    .replace("\\#", "")
                    .replace("\\_", "")
                    .replace("\\$", "");
                assert!(!bare.contains(['&', '%', '#', '_', '$']), "{line}");
            }
        }
        assert!(
            entry.contains("  author = {O'Brien-\\{Smith\\}, Jane \"J\" and <b>Lee</b>, Ann},"),
            "{entry}"
        );
        assert!(
            entry.contains("url = {https://x.example/#/a?quote=%7Bb%7D%20%5Cc%20d},"),
            "{entry}"
        );
    }
}

#[test]
fn ris_records_have_one_tag_a_line() {
    for kind in KINDS {
        let record = ris(&hostile(kind), &link("https://x.example/"));
        let lines: Vec<&str> = record.split('\n').collect();
        assert_eq!(lines.last(), Some(&""), "ends with a line break");
        let lines = &lines[..lines.len() - 1];
        assert!(lines[0].starts_with("TY  - "));
        assert_eq!(lines[lines.len() - 1], "ER  - ");
        for line in lines {
            let tag = line.as_bytes();
            assert!(tag.len() >= 6 && tag[0].is_ascii_uppercase(), "{line}");
            assert!(
                tag[1].is_ascii_uppercase() || tag[1].is_ascii_digit(),
                "{line}"
            );
            assert_eq!(&line[2..6], "  - ", "{line}");
        }
        assert_eq!(lines.iter().filter(|l| l.starts_with("TY")).count(), 1);
        assert!(record.contains("TI  - Belarus {x} & \"quotes\" <script>alert(1)</script> 100% #1 _a ^b ~c \\d next line\n"));
        assert!(record.contains("DA  - 2020/05/03/\n"), "{record}");
    }
}

#[test]
fn csl_json_parses_and_reads_back() {
    for kind in KINDS {
        let json = csl_json(
            &hostile(kind),
            &link("https://x.example/#/a?quote=%22&pre=<"),
        );
        let v: serde_json::Value = serde_json::from_str(&json).expect(&json);
        let items = v.as_array().unwrap();
        assert_eq!(items.len(), 1);
        let item = &items[0];
        assert_eq!(item["title"], TITLE);
        assert_eq!(item["author"][0]["family"], "O'Brien-{Smith}");
        assert_eq!(item["author"][0]["given"], "Jane \"J\"");
        assert_eq!(item["publisher"], "A & B <Press> 50%");
        assert_eq!(item["URL"], "https://x.example/#/a?quote=%22&pre=<");
        assert_eq!(
            item["issued"]["date-parts"],
            serde_json::json!([[2020, 5, 3]])
        );
        assert_eq!(
            item["accessed"]["date-parts"],
            serde_json::json!([[2026, 12, 7]])
        );
        assert!(item.get("note").is_none(), "nothing was supplied");
        assert!(!json.contains("</script>"));
    }
}

#[test]
fn json_escapes_every_control_character() {
    let all: String = (0u32..0x80)
        .chain([0x2028, 0x2029, 0x1F600])
        .filter_map(char::from_u32)
        .collect();
    let mut s = String::new();
    reader_cite::json_string(&all, &mut s);
    let back: String = serde_json::from_str(&s).unwrap();
    assert_eq!(back, all);
}

#[test]
fn copy_quote_keeps_footnote_numbers_that_the_quote_covers() {
    let block = Block::new(
        "b",
        BlockKind::Paragraph,
        vec![
            Inline::Text("One.".into()),
            Inline::NoteRef(1),
            Inline::Emphasis(" Two".into()),
            Inline::Text(" \"said\".".into()),
            Inline::NoteRef(2),
        ],
    );
    let work = hostile("Report section");
    let l = link("https://x.example/");
    // From after "One." (where note 1 stands) to the end (where note 2 stands).
    let c = copy_quote(&work, &block, 4..16, Style::Mla, &l).unwrap();
    assert!(c.text.starts_with("“ Two ‘said’.[2]”\n"), "{}", c.text);
    assert!(
        c.html
            .starts_with("<p>“<em> Two</em> ‘said’.<sup>2</sup>”</p>\n<p>"),
        "{}",
        c.html
    );
    let c = copy_quote(&work, &block, 0..4, Style::Mla, &l).unwrap();
    assert!(c.text.starts_with("“One.[1]”\n"), "{}", c.text);
    assert!(c.text.ends_with("\nhttps://x.example/"));
    assert_eq!(
        copy_quote(&work, &block, 3..99, Style::Apa, &l),
        Err(CiteError::BadRange {
            start: 3,
            end: 99,
            len: 16
        })
    );
    assert!(copy_quote(&work, &block, 5..5, Style::Apa, &l).is_err());
}
