//! Prints the texts that `scripts/embed-passages.py` embeds, one JSON object
//! a line (`{"key": …, "text": …}`), after a first line with their hash:
//! `{"hash": "<16 hex digits>", "units": n}`.
//!
//! `cargo run -q -p reader-align --example semantic_units`

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn main() {
    let lib = reader_content::library().expect("content");
    let units = reader_align::semantic_units(&lib);
    println!(
        "{{\"hash\": \"{:016x}\", \"units\": {}}}",
        reader_align::semantic_units_hash(&units),
        units.len()
    );
    for (key, text) in &units {
        println!(
            "{{\"key\": {}, \"text\": {}}}",
            json_string(key),
            json_string(text)
        );
    }
}
