fn main() {
    let lib = reader_content::library().unwrap();
    for d in &lib.documents {
        for b in &d.blocks {
            println!("{} [{:?}]\n    {}\n", b.id, b.kind, b.plain_text());
        }
        for f in &d.footnotes {
            println!("NOTE {} {} :: {}", f.number, f.block_id, f.sentence);
        }
    }
}
