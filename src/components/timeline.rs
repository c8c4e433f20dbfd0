//! The timeline of both sources: one time axis (a list of years, each a heading), one lane
//! per source, every event the statement itself as a link to its passage (which opens in the
//! other pane), its date with its precision and, when inferred, the reasoning; an event both
//! sources tell on one row with their figures paired. A list with headings, so it reads in
//! order for screen readers and in print; arrows, Home and End move from event to event.
//! While an entry of the index of names is chosen, or there is a search, it shows the events
//! of the passages that mention the entry, or match the search, only, says so, and
//! can show them all.

use reader_timeline::{Agreement, Event, Join, Precision};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::data::Data;
use crate::state::{FilterBy, TimelineFilter};

/// A row of the axis: one event, or the two events of a join.
enum Row<'a> {
    One(usize),
    Joined(&'a Join),
}

/// The timeline pane's content, narrowed by `filter` (the chosen name or the search), if any. A view function
/// rendered by its pane: the events outside the filter stay in the page, marked
/// `data-outside`, and the style hides them unless the reader ticks "Show all events" (a
/// checkbox the style reads, so the choice needs no state of the app).
pub fn timeline(data: &Data, filter: Option<&TimelineFilter>) -> Html {
    let tl = &data.timeline;
    let kept = |e: &Event| filter.is_none_or(|f| f.keeps(&e.block));
    let mut years: Vec<(u16, Vec<(Row, bool)>)> = Vec::new();
    let mut shown = 0;
    for (i, e) in tl.events.iter().enumerate() {
        let joined = tl
            .joins
            .iter()
            .find(|j| j.a as usize == i || j.b as usize == i);
        let row = match joined {
            Some(j) if i == j.a.min(j.b) as usize => {
                let inside = kept(&tl.events[j.a as usize]) || kept(&tl.events[j.b as usize]);
                (Row::Joined(j), inside)
            }
            Some(_) => continue,
            None => (Row::One(i), kept(e)),
        };
        shown += usize::from(row.1);
        match years.last_mut() {
            Some((y, rows)) if *y == e.date.year => rows.push(row),
            _ => years.push((e.date.year, vec![row])),
        }
    }
    let lane_name = |i: usize| data.library.documents.get(i).map(|d| d.short_name.clone());
    let total = tl.events.len() - tl.joins.len();
    html! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title" class="pane-title">{"Timeline"}</h2>
            <p class="timeline-summary">
                {format!(
                    "{} dated statements, {} told by both sources. Dates the text does not state in full are marked inferred, with the reasoning. Arrow keys move between events.",
                    tl.events.len(), tl.joins.len()
                )}
            </p>
            { filter_line(filter, shown, total) }
            <div class="timeline-lanes" aria-hidden="true"><span>{lane_name(0)}</span><span>{lane_name(1)}</span></div>
            <ol class="timeline-years" aria-label="Timeline by year" onkeydown={Callback::from(move_between_events)}>
                { for years.iter().map(|(year, rows)| html! {
                    <li key={year.to_string()} class="timeline-year"
                        data-outside={rows.iter().all(|r| !r.1).then_some("")}>
                        <h3 id={format!("timeline-{year}")}>{year.to_string()}</h3>
                        <ol class="timeline-events" aria-labelledby={format!("timeline-{year}")}>
                            { for rows.iter().map(|(row, inside)| row_view(data, row, *inside)) }
                        </ol>
                    </li>
                }) }
            </ol>
        </section>
    }
}

/// What narrows the timeline and how many of its rows it shows (a live region that stays in
/// the page, so it is announced when typing pauses), with the "Show all events" checkbox.
fn filter_line(filter: Option<&TimelineFilter>, shown: usize, total: usize) -> Html {
    let Some(f) = filter else {
        return html! { <div class="timeline-filter"><p role="status"></p></div> };
    };
    let (which, what) = match &f.by {
        FilterBy::Search(query) => ("matching", query),
        FilterBy::Name(name) => ("that mention", name),
    };
    let text = if shown == 0 {
        format!("No dated statement in the passages {which} “{what}”.")
    } else {
        let capped = if f.capped {
            ", among the best-matching passages"
        } else {
            ""
        };
        format!("Showing {shown} of {total} events: those in passages {which} “{what}”{capped}.")
    };
    // Keyed by the filter: a new filter starts with the events narrowed, not with the tick the
    // reader gave the last one (the line would then count events the page does not hide).
    let key = match &f.by {
        FilterBy::Search(q) => format!("q{q}"),
        FilterBy::Name(n) => format!("n{n}"),
    };
    html! {
        <div class="timeline-filter" data-narrowed="">
            <p role="status">{text}</p>
            <label {key}><input type="checkbox" class="show-all" />{" Show all events"}</label>
        </div>
    }
}

/// One row: an event in its source's lane, or a joined event across both.
fn row_view(data: &Data, row: &Row, inside: bool) -> Html {
    let outside = (!inside).then_some("");
    let tl = &data.timeline;
    match row {
        Row::One(i) => {
            let e = &tl.events[*i];
            html! {
                <li key={format!("e{i}")} class="timeline-event" data-lane={lane(data, e)}
                    data-year={e.date.year.to_string()} data-source={e.doc.clone()} data-outside={outside}>
                    { side(data, e) }
                </li>
            }
        }
        Row::Joined(j) => {
            let (a, b) = (&tl.events[j.a as usize], &tl.events[j.b as usize]);
            let (ta, tb) = (passage(data, a), passage(data, b));
            let fig = |text: &Option<String>, r: &std::ops::Range<u32>| {
                text.as_deref()
                    .and_then(|t| t.get(r.start as usize..r.end as usize))
                    .unwrap_or("?")
                    .to_string()
            };
            html! {
                <li key={format!("j{}-{}", j.a, j.b)} class="timeline-event joined"
                    data-year={a.date.year.min(b.date.year).to_string()}
                    data-source={format!("{} {}", a.doc, b.doc)} data-outside={outside}>
                    { side(data, a) }
                    { side(data, b) }
                    <ul class="figures" aria-label="Both sources compared">
                        <li data-agreement={agreement_key(j.dates.0)}>
                            {"Dates: "}<strong>{agreement_word(j.dates.0)}</strong>{" "}{&j.dates.1}
                        </li>
                        { for j.figures.iter().map(|f| html! {
                            <li class="figure-pair" data-agreement={agreement_key(f.agreement)}>
                                {format!("{}: “{}” · {}: “{}” · ", name(data, &a.doc), fig(&ta, &f.a), name(data, &b.doc), fig(&tb, &f.b))}
                                <strong>{agreement_word(f.agreement)}</strong>{" "}{&f.reason}
                            </li>
                        }) }
                    </ul>
                </li>
            }
        }
    }
}

/// One source's statement: its date, precision and inference, the text as a link to the
/// passage, and the reasoning of an inferred date.
fn side(data: &Data, e: &Event) -> Html {
    let precision = match e.date.precision() {
        Precision::Year => "year",
        Precision::Month => "month",
        Precision::Day => "day",
    };
    let text = passage(data, e).and_then(|t| {
        t.get(e.span.start as usize..e.span.end as usize)
            .map(str::to_string)
    });
    html! {
        <div class="event-side" data-inferred={e.inferred.then_some("")}>
            <p class="event-date">
                <b>{name(data, &e.doc)}</b>{" "}
                <time datetime={e.date.to_string()}>{e.date.label()}</time>
                {format!(" · {precision}{}", if e.inferred { " · inferred" } else { "" })}
            </p>
            <a class="event-text" href={format!("#/{}", e.block)}>{text}</a>
            if e.inferred { <p class="reasoning">{&e.reasoning}</p> }
        </div>
    }
}

/// The plain text of an event's passage.
fn passage(data: &Data, e: &Event) -> Option<String> {
    data.library
        .find_block(&e.block)
        .map(|(d, i)| d.blocks[i].plain_text())
}

/// The short name of a document.
fn name(data: &Data, doc: &str) -> String {
    data.library
        .document(doc)
        .map(|d| d.short_name.clone())
        .unwrap_or_default()
}

/// The lane of an event (`data-lane`, which the style places by; a class computed at render
/// would go through Yew's `Classes`, a set type whose code the WASM would carry): its
/// document's place in the library.
fn lane(data: &Data, e: &Event) -> String {
    let i = data
        .library
        .documents
        .iter()
        .position(|d| d.id == e.doc)
        .unwrap_or(0);
    i.to_string()
}

fn agreement_word(a: Agreement) -> &'static str {
    match a {
        Agreement::Same => "Agree.",
        Agreement::Compatible => "Differ, compatible.",
        Agreement::Conflict => "Conflict.",
    }
}

fn agreement_key(a: Agreement) -> &'static str {
    match a {
        Agreement::Same => "same",
        Agreement::Compatible => "compatible",
        Agreement::Conflict => "conflict",
    }
}

/// Arrow keys, Home and End: focus the first link of the next, previous, first or last event.
fn move_between_events(e: KeyboardEvent) {
    let key = e.key();
    if !matches!(key.as_str(), "ArrowDown" | "ArrowUp" | "Home" | "End") {
        return;
    }
    let (Some(list), Some(target)) = (
        e.current_target()
            .and_then(|t| t.dyn_into::<Element>().ok()),
        e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()),
    ) else {
        return;
    };
    let Ok(items) = list.query_selector_all("li[data-year]") else {
        return;
    };
    let n = items.length();
    if n == 0 {
        return;
    }
    let at = (0..n).find(|&i| {
        items
            .item(i)
            .is_some_and(|item| item.contains(Some(&target)))
    });
    let next = match (key.as_str(), at) {
        ("Home", _) => 0,
        ("End", _) => n - 1,
        ("ArrowDown", Some(i)) => (i + 1).min(n - 1),
        ("ArrowUp", Some(i)) => i.saturating_sub(1),
        _ => 0,
    };
    let link = items
        .item(next)
        .and_then(|item| item.dyn_into::<Element>().ok())
        .and_then(|item| item.query_selector("a").ok().flatten())
        .and_then(|a| a.dyn_into::<HtmlElement>().ok());
    if let Some(link) = link {
        e.prevent_default();
        let _ = link.focus();
    }
}
