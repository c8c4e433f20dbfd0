//! The visible notes section (`role="doc-endnotes"`), so notes reach find-in-page and print.

use reader_model::Document;
use yew::prelude::*;

/// Lists every note of `doc` with the sentence it supports and a back-link to its marker. A
/// view function, rendered with the document's passages.
pub fn endnotes(doc: &Document) -> Html {
    let section_id = format!("{}-notes", doc.id);
    let title_id = format!("{}-notes-title", doc.id);
    html! {
        <section class="endnotes" role="doc-endnotes" id={section_id} aria-labelledby={title_id.clone()} tabindex="-1">
            <h3 id={title_id}>{"Notes"}</h3>
            <p class="honest-note">{"The source section carries only the reference numbers; the endnote texts are not part of it. Each note below shows the sentence it supports."}</p>
            <ol>
                { for doc.footnotes.iter().map(|f| {
                    let id = reader_model::endnote_id(&doc.id, f.number);
                    html! {
                        <li key={id.clone()} {id} value={f.number.to_string()} tabindex="-1">
                            <q>{&f.sentence}</q>
                            {" "}
                            <a role="doc-backlink" href={format!("#/{}", reader_model::noteref_id(&doc.id, f.number))}
                               aria-label={format!("Back to reference {}", f.number)}>{"↩"}</a>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
