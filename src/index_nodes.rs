//! The entries of the index of names: the longest list of the page after the documents, kept
//! outside Yew's virtual DOM for size. Rendered through Yew, its hundreds of elements of a dozen
//! kinds cost about as much WASM as a pane of their own (every `html!` element site is code);
//! described as data instead, one JavaScript module builds them (`src/js/name_index.js`):
//!
//! 1. the index pane ([`crate::components::index_pane`]) renders an empty element with the id
//!    [`INDEX_ENTRIES_ID`] whose children Yew never touches;
//! 2. after each render the page effects ask [`IndexNodes::sync`] to show the index there:
//!    [`index_json`] describes it (made once), with the chosen entry and the passage whose
//!    names are asked for (the passage key `I`, [`crate::state::AppState::names_of`]);
//! 3. `sync_index` builds the entries once, then marks the chosen one and lists the
//!    passage's names ("Names in this passage": the entries with a mention link to it).
//!
//! Every text reaches the page as a text node, never as HTML. Choosing is a link (the entry's
//! address, `#/?view=index&entity=ID`), so the entries need no event handlers.

use reader_names::Kind;
use reader_route::Route;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::data::Data;
use crate::state::{AppState, Names, PaneContent};
use crate::view_helpers::words::first_words;

/// Element id of the element the entries go into.
pub const INDEX_ENTRIES_ID: &str = "index-entries";

/// How many words of a passage a mention link's name gives.
const LINK_WORDS: usize = 10;

/// The heading of a kind's group.
fn kind_heading(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "People",
        Kind::Organisation => "Organisations",
        Kind::Place => "Places",
        Kind::Event => "Events",
        Kind::Work => "Works",
    }
}

/// What the entries' element was last given: the element, the chosen entry, the passage.
#[derive(Default)]
pub struct IndexNodes {
    /// The index as [`index_json`] describes it, made the first time the index is shown.
    json: Option<String>,
    shown: Option<(Element, Option<String>, Option<String>)>,
}

impl IndexNodes {
    /// Makes the index pane, when a pane shows it, show the entries with `route.entity`
    /// chosen; a newly chosen entry is scrolled to and focused (a link to it leads there).
    pub fn sync(&mut self, state: &AppState) {
        let root = state
            .layout
            .panes
            .contains(&PaneContent::Index)
            .then(|| crate::dom::element(INDEX_ENTRIES_ID))
            .flatten();
        let Some(root) = root else {
            self.shown = None;
            return;
        };
        let (chosen, passage) = (state.route.entity.clone(), state.names_of.clone());
        let before = self.shown.take();
        let same_root = before.as_ref().is_some_and(|(r, _, _)| *r == root);
        let was = before.map(|(_, c, p)| (c, p));
        if same_root && was.as_ref() == Some(&(chosen.clone(), passage.clone())) {
            self.shown = Some((root, chosen, passage));
            return;
        }
        let json = self
            .json
            .get_or_insert_with(|| index_json(&state.data, &state.names, &state.route));
        let clear = state.route.without_entity().to_fragment();
        // The passage's place and first words, as its link in "Names in this passage" says.
        let label = passage.as_deref().and_then(|b| {
            let (doc, i) = state.data.library.find_block(b)?;
            let words = first_words(&doc.blocks[i].plain_text(), LINK_WORDS);
            Some(format!("{}: {words}", doc.short_name))
        });
        sync_index(
            &root,
            json,
            chosen.as_deref(),
            &clear,
            passage.as_deref(),
            label.as_deref(),
        );
        let chose = chosen.is_some() && was.is_none_or(|(c, _)| c != chosen);
        if let (true, Some(id)) = (chose, &chosen) {
            crate::dom::scroll_to_and_flash(&format!("entity-{id}"), true);
        }
        self.shown = Some((root, chosen, passage));
    }
}

/// A JSON string (the documents hold no control characters; any would become spaces).
fn push_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c < ' ' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Items as a JSON array, each written by `item`.
fn push_list<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    mut item: impl FnMut(&mut String, T),
) {
    out.push('[');
    for (i, x) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        item(out, x);
    }
    out.push(']');
}

/// The index as `sync_index` takes it (see `src/js/name_index.js`): per kind with entries,
/// `[heading, word, entries]`; per entry, A–Z, `[id, name, other spellings, link choosing it,
/// descriptions, mentions]`; per description `[document, passage link, quote]`; per document
/// mentioning it `[document id, summary, [[passage link, its name], …]]`, in document order.
pub fn index_json(data: &Data, names: &Names, route: &Route) -> String {
    let docs = &data.library.documents;
    let entities = &names.index.entities;
    let kinds = Kind::ALL
        .into_iter()
        .filter(|k| entities.iter().any(|e| e.kind == *k));
    let mut out = String::new();
    push_list(&mut out, kinds, |out, kind| {
        out.push('[');
        push_str(out, kind_heading(kind));
        out.push(',');
        push_str(out, kind.word());
        out.push(',');
        let members = names
            .order
            .iter()
            .map(|&i| &entities[i])
            .filter(|e| e.kind == kind);
        push_list(out, members, |out, e| {
            let others: Vec<&str> = e
                .spellings
                .iter()
                .map(String::as_str)
                .filter(|s| *s != e.name)
                .collect();
            let also = if others.is_empty() {
                String::new()
            } else {
                format!("Also written {}", others.join(", "))
            };
            out.push('[');
            for s in [
                &e.id,
                &e.name,
                &also,
                &route.entity_link(&e.id).to_fragment(),
            ] {
                push_str(out, s);
                out.push(',');
            }
            let says = e.descriptions.iter().filter_map(|d| {
                let doc = docs.get(d.doc as usize)?;
                let block = doc.blocks.get(d.block as usize)?;
                let quote = d.quote(&block.plain_text())?.to_string();
                Some((doc, &block.id, quote))
            });
            push_list(out, says, |out, (doc, block, quote)| {
                out.push('[');
                push_str(out, &doc.short_name);
                out.push(',');
                push_str(out, &format!("#/{block}"));
                out.push(',');
                push_str(out, &quote);
                out.push(']');
            });
            out.push(',');
            let per_doc = docs.iter().enumerate().filter_map(|(di, doc)| {
                let mut blocks: Vec<u32> = Vec::new();
                let mut count = 0;
                for m in e.mentions.iter().filter(|m| m.doc as usize == di) {
                    count += 1;
                    if blocks.last() != Some(&m.block) {
                        blocks.push(m.block);
                    }
                }
                (count > 0).then_some((doc, count, blocks))
            });
            push_list(out, per_doc, |out, (doc, count, blocks)| {
                let plural =
                    |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
                out.push('[');
                push_str(out, &doc.id);
                out.push(',');
                push_str(
                    out,
                    &format!(
                        "{}: {} in {}:",
                        doc.short_name,
                        plural(count, "mention"),
                        plural(blocks.len(), "passage")
                    ),
                );
                out.push(',');
                let links = blocks.iter().filter_map(|&b| doc.blocks.get(b as usize));
                push_list(out, links.enumerate(), |out, (n, block)| {
                    out.push('[');
                    push_str(out, &format!("#/{}", block.id));
                    out.push(',');
                    let words = first_words(&block.plain_text(), LINK_WORDS);
                    push_str(out, &format!("{} {}: {words}", n + 1, doc.short_name));
                    out.push(']');
                });
                out.push(']');
            });
            out.push(']');
        });
        out.push(']');
    });
    out
}

#[wasm_bindgen(module = "/src/js/name_index.js")]
extern "C" {
    /// Makes `root` show the index described by `json`, with entry `chosen` marked (its mark
    /// link then leads to `clear`) and the names of passage `passage` (its link saying
    /// `label`) first (see the file).
    fn sync_index(
        root: &Element,
        json: &str,
        chosen: Option<&str>,
        clear: &str,
        passage: Option<&str>,
        label: Option<&str>,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_index_is_valid_json_with_every_entry_once() {
        let lib = reader_content::library().expect("curated content");
        let index = reader_search::build_index(&lib);
        let align = reader_align::encode(&reader_align::align(&lib));
        let data = crate::data::Data::from_bytes(&lib.to_bytes(), &index, &align).unwrap();
        let names = crate::state::Names::load();
        let json = super::index_json(&data, &names, &reader_route::Route::default());
        // Balanced brackets outside strings, and every entry's id as a field.
        let (mut depth, mut in_str, mut escaped) = (0i32, false, false);
        for c in json.chars() {
            match (in_str, escaped, c) {
                (true, true, _) => escaped = false,
                (true, false, '\\') => escaped = true,
                (true, false, '"') => in_str = false,
                (false, _, '"') => in_str = true,
                (false, _, '[') => depth += 1,
                (false, _, ']') => depth -= 1,
                _ => {}
            }
            assert!(depth >= 0);
        }
        assert_eq!((depth, in_str), (0, false));
        for e in &names.index.entities {
            let field = format!("[\"{}\",\"{}\",", e.id, e.name);
            assert_eq!(json.matches(&field).count(), 1, "{}", e.id);
        }
        assert!(
            json.starts_with("[[\"People\",\"person\",[[\"bolton\","),
            "{}",
            &json[..80]
        );
        assert!(json.contains("\"a Eurasia analyst at intelligence firm Stratfor\""));
    }
}
