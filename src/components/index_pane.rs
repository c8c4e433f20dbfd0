//! The index of names: every person, organisation, place, event and work named in either
//! source, grouped by kind and A–Z, each entry with its spellings, how the sources describe it
//! (quoted, linking the passage) and its mentions per source (counts, and the passages as
//! links in document order). "Mark mentions" marks them in the documents, with "n of m". A
//! list with headings, so it reads in order for screen readers and in print.

use reader_names::{Entity, Kind};
use yew::prelude::*;

use crate::data::Data;
use crate::dom;
use crate::state::{Action, Dispatch, Names};
use crate::view_helpers::ids::PASSAGE_NAMES_ID;
use crate::view_helpers::words::first_words;

/// Element id of an entry's list item (the "Names in this passage" buttons scroll to it).
pub fn entity_element_id(id: &str) -> String {
    format!("entity-{id}")
}

/// How many words of a passage a mention link's name and the passage section show.
const LINK_WORDS: usize = 10;

fn kind_heading(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "People",
        Kind::Organisation => "Organisations",
        Kind::Place => "Places",
        Kind::Event => "Events",
        Kind::Work => "Works",
    }
}

/// The index pane's content: `chosen` is the entry whose mentions are marked, `names_of` the
/// passage whose names are listed first. A view function, rendered by its pane.
pub fn index_pane(
    send: &Dispatch,
    data: &Data,
    names: &Names,
    chosen: Option<&str>,
    names_of: Option<&str>,
) -> Html {
    let entities = &names.index.entities;
    let groups = Kind::ALL.into_iter().filter_map(|kind| {
        let members: Vec<&Entity> = names
            .order
            .iter()
            .map(|&i| &entities[i])
            .filter(|e| e.kind == kind)
            .collect();
        (!members.is_empty()).then(|| {
            let heading_id = format!("index-{}", kind.word());
            html! {
                <section key={kind.word()} class="index-kind" aria-labelledby={heading_id.clone()}>
                    <h3 id={heading_id}>{kind_heading(kind)}</h3>
                    <ul class="index-entries">
                        { for members.into_iter().map(|e| entry(send, data, e, chosen == Some(e.id.as_str()))) }
                    </ul>
                </section>
            }
        })
    });
    html! {
        <section class="name-index" aria-labelledby="index-title">
            <h2 id="index-title" class="pane-title">{"Index of names"}</h2>
            <p class="index-summary">
                {format!(
                    "{} people, organisations, places, events and works named in the sources, A–Z by kind, each with how the sources describe it and its mentions. “Mark mentions” marks them in the documents; press I on a passage to list its names here.",
                    entities.len()
                )}
            </p>
            { names_of.map(|b| passage_names(send, data, names, b)).unwrap_or_default() }
            { for groups }
        </section>
    }
}

/// "Names in this passage": the entries the passage mentions, each a button that marks its
/// mentions and moves to its entry.
fn passage_names(send: &Dispatch, data: &Data, names: &Names, block: &str) -> Html {
    let Some((doc, b)) = data.library.find_block(block) else {
        return html! {};
    };
    let d = data
        .library
        .documents
        .iter()
        .position(|x| x.id == doc.id)
        .unwrap_or(0);
    let found = names.in_passage(d, b);
    let text = first_words(&doc.blocks[b].plain_text(), LINK_WORDS);
    html! {
        <section id={PASSAGE_NAMES_ID} class="index-passage" tabindex="-1" aria-labelledby="index-passage-title">
            <h3 id="index-passage-title">{"Names in this passage"}</h3>
            <p><a href={format!("#/{block}")}>{format!("{}: {text}", doc.short_name)}</a></p>
            if found.is_empty() {
                <p>{"The index names no one in this passage."}</p>
            } else {
                <ul class="passage-names">
                    { for found.into_iter().map(|i| {
                        let e = &names.index.entities[i];
                        let (send, id) = (send.clone(), e.id.clone());
                        let onclick = Callback::from(move |_: MouseEvent| {
                            send.dispatch(Action::ChooseEntity(Some(id.clone())));
                            let el = entity_element_id(&id);
                            dom::after_next_paint(move || { dom::scroll_to_and_flash(&el, true); });
                        });
                        html! { <li><button type="button" {onclick}>{&e.name}</button></li> }
                    }) }
                </ul>
            }
        </section>
    }
}

/// One entry: name, other spellings, the mark button, descriptions and mentions per source.
fn entry(send: &Dispatch, data: &Data, e: &Entity, chosen: bool) -> Html {
    let docs = &data.library.documents;
    let others: Vec<&str> = e
        .spellings
        .iter()
        .map(String::as_str)
        .filter(|s| *s != e.name)
        .collect();
    let onclick = {
        let (send, id) = (send.clone(), e.id.clone());
        Callback::from(move |_: MouseEvent| {
            send.dispatch(Action::ChooseEntity((!chosen).then(|| id.clone())))
        })
    };
    let says = e.descriptions.iter().filter_map(|d| {
        let doc = docs.get(d.doc as usize)?;
        let block = doc.blocks.get(d.block as usize)?;
        Some(html! {
            <li>{format!("{}: ", doc.short_name)}<a href={format!("#/{}", block.id)}>{format!("“{}”", d.quote)}</a></li>
        })
    });
    let per_doc = docs.iter().enumerate().filter_map(|(di, doc)| {
        let mut blocks: Vec<u32> = Vec::new();
        let mut count = 0;
        for m in e.mentions.iter().filter(|m| m.doc as usize == di) {
            count += 1;
            if blocks.last() != Some(&m.block) {
                blocks.push(m.block);
            }
        }
        (count > 0).then(|| {
            let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
            html! {
                <p class="entity-mentions" data-doc={doc.id.clone()}>
                    {format!("{}: {} in {}: ", doc.short_name, plural(count, "mention", "mentions"), plural(blocks.len(), "passage", "passages"))}
                    { for blocks.iter().enumerate().filter_map(|(n, &b)| {
                        let block = doc.blocks.get(b as usize)?;
                        let words = first_words(&block.plain_text(), LINK_WORDS);
                        Some(html! { <>{" "}<a href={format!("#/{}", block.id)} aria-label={format!("{} {}: {words}", n + 1, doc.short_name)}>{(n + 1).to_string()}</a></> })
                    }) }
                </p>
            }
        })
    });
    html! {
        <li key={e.id.clone()} id={entity_element_id(&e.id)} data-entity={e.id.clone()} tabindex="-1"
            data-chosen={chosen.then_some("")}>
            <h4 class="entity-name">{&e.name}</h4>
            if !others.is_empty() {
                <p class="entity-spellings">{format!("Also written {}", others.join(", "))}</p>
            }
            <button type="button" class="entity-mark" aria-pressed={chosen.to_string()} {onclick}>
                {"Mark mentions"}<span class="visually-hidden">{format!(" of {}", e.name)}</span>
            </button>
            if !e.descriptions.is_empty() {
                <ul class="entity-says" aria-label={format!("How the sources describe {}", e.name)}>{ for says }</ul>
            }
            { for per_doc }
        </li>
    }
}
