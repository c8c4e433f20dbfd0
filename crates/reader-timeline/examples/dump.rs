//! Prints every event and join: `cargo run -p reader-timeline --example dump [--rules]`
//! (`--rules`: without the review), for reviewing `content/timeline.txt`.

fn main() {
    let lib = reader_content::library().expect("content parses");
    let rules = std::env::args().any(|a| a == "--rules");
    let tl = if rules {
        reader_timeline::timeline_with(&lib, "")
    } else {
        reader_timeline::timeline(&lib)
    }
    .unwrap_or_else(|e| panic!("{e}"));
    for (i, e) in tl.events.iter().enumerate() {
        let text = reader_timeline::passage_text(&lib, &e.block);
        let m = e
            .mention
            .as_ref()
            .map_or("", |m| &text[m.start as usize..m.end as usize]);
        let span = &text[e.span.start as usize..e.span.end as usize];
        println!(
            "{i:3} {:8} {:10} {:1} [{m}] {span}",
            e.doc,
            e.date.to_string(),
            if e.inferred { "~" } else { "" }
        );
        if e.inferred {
            println!("      {}", e.reasoning);
        }
    }
    for j in &tl.joins {
        println!("join {} ~ {} dates {:?}", j.a, j.b, j.dates);
        for f in &j.figures {
            let ta = reader_timeline::passage_text(&lib, &tl.events[j.a as usize].block);
            let tb = reader_timeline::passage_text(&lib, &tl.events[j.b as usize].block);
            println!(
                "   {:?} | {:?} {:?} {}",
                &ta[f.a.start as usize..f.a.end as usize],
                &tb[f.b.start as usize..f.b.end as usize],
                f.agreement,
                f.reason
            );
        }
    }
}
