//! Build step: curated text -> document model -> search index, related-passage alignment, the
//! index of names (content/names.txt) and the timeline of both sources, written to OUT_DIR and
//! embedded in the app with `include_bytes!`. The browser never parses Markdown or tokenizes
//! documents.
use std::{env, fs, path::PathBuf};

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let library =
        reader_content::library().unwrap_or_else(|e| panic!("curated content is invalid: {e:?}"));
    fs::write(out.join("library.bin"), library.to_bytes()).expect("write library.bin");
    fs::write(out.join("index.bin"), reader_search::build_index(&library))
        .expect("write index.bin");
    // The other payloads name passages by their position in the library's ids.
    let ids = library.ids();
    let alignment = reader_align::align(&library);
    fs::write(
        out.join("align.bin"),
        reader_align::encode_with(&alignment, &ids),
    )
    .expect("write align.bin");
    let names = reader_names::build(&library, reader_names::CURATED)
        .unwrap_or_else(|e| panic!("content/names.txt does not fit the texts: {e:?}"));
    fs::write(out.join("names.bin"), reader_names::encode(&names)).expect("write names.bin");
    let timeline = reader_timeline::timeline(&library)
        .unwrap_or_else(|e| panic!("timeline review is invalid: {e}"));
    fs::write(
        out.join("timeline.bin"),
        reader_timeline::encode_with(&timeline, &ids),
    )
    .expect("write timeline.bin");
    println!("cargo:rerun-if-changed=build.rs");
}
