//! Where the two sources meet: every related passage pair with the terms they share, and how
//! much of each document has a counterpart in the other.

use yew::prelude::*;

use crate::data::Data;
use crate::state::{Action, Dispatch};
use crate::view_helpers::words::{first_words, PASSAGE_PREVIEW_WORDS};

/// The overview pane. A view function, rendered by its pane.
pub fn overview(send: &Dispatch, data: &Data) -> Html {
    let lib = &data.library;
    let pairs = &data.alignment.pairs;
    let body_blocks = |doc: &str| {
        lib.document(doc)
            .map(|d| {
                d.blocks
                    .iter()
                    .filter(|b| {
                        !b.kind.is_end_matter() && b.kind != reader_model::BlockKind::Heading
                    })
                    .count()
            })
            .unwrap_or(0)
    };
    let covered = |side: fn(&reader_align::Pair) -> &str| {
        let mut ids: Vec<&str> = pairs.iter().map(side).collect();
        reader_search::sort::sort_by(&mut ids, |a, b| a < b);
        ids.dedup();
        ids.len()
    };
    let (a_cov, b_cov) = (covered(|p| p.a.as_str()), covered(|p| p.b.as_str()));
    let name = |id: &str| {
        lib.find_block(id)
            .map(|(d, _)| d.short_name.clone())
            .unwrap_or_default()
    };
    let text = |id: &str| {
        lib.find_block(id)
            .map(|(d, i)| first_words(&d.blocks[i].plain_text(), PASSAGE_PREVIEW_WORDS))
            .unwrap_or_default()
    };
    let link = |from: &str, to: &str| {
        let send = send.clone();
        let (from, to) = (from.to_string(), to.to_string());
        let href = format!("#/{to}");
        let onclick = Callback::from(move |_: MouseEvent| {
            send.dispatch(Action::FocusRelated(from.clone(), to.clone()));
        });
        (href, onclick)
    };
    html! {
        <section class="overview" aria-labelledby="overview-title">
            <h2 id="overview-title" class="pane-title">{"Where the sources meet"}</h2>
            <p class="overview-summary">
                {format!(
                    "{} related passage pairs. {a_cov} of {} RFE/RL passages and {b_cov} of {} Heritage passages have a counterpart; the rest is reported by one source only.",
                    pairs.len(), body_blocks("rferl"), body_blocks("heritage")
                )}
            </p>
            <ol class="pair-list" aria-label="Related passage pairs">
                { for pairs.iter().map(|p| {
                    let (href_a, click_a) = link(&p.b, &p.a);
                    let (href_b, click_b) = link(&p.a, &p.b);
                    html! {
                        <li key={format!("{}|{}", p.a, p.b)} class="pair">
                            <p class="shared-terms"><span class="visually-hidden">{"Shared terms: "}</span>
                                { for p.shared.iter().map(|t| html!{ <span class="term">{t}</span> }) }
                            </p>
                            <a class="pair-side" href={href_a} onclick={click_a}>
                                <span class="result-doc">{name(&p.a)}</span>{" "}{text(&p.a)}
                            </a>
                            <a class="pair-side" href={href_b} onclick={click_b}>
                                <span class="result-doc">{name(&p.b)}</span>{" "}{text(&p.b)}
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
