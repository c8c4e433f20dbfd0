//! The reducer's behaviour, on the curated documents.

use std::rc::Rc;

use reader_route::{Route, View};
use yew::Reducible;

use super::*;

fn state() -> AppState {
    let lib = reader_content::library().expect("curated content");
    let index = reader_search::build_index(&lib);
    let align = reader_align::encode(&reader_align::align(&lib));
    let data = Data::from_bytes(&lib.to_bytes(), &index, &align).expect("data");
    AppState::new(data, Route::default())
}

fn reduce(s: AppState, a: Action) -> AppState {
    (*Rc::new(s).reduce(a)).clone()
}

#[test]
fn results_take_a_pane_and_keep_its_document_for_later() {
    let s = reduce(state(), Action::SetQuery("Minsk".into()));
    assert_eq!(
        s.layout.panes,
        [PaneContent::Results, PaneContent::Doc("heritage".into())]
    );
    assert_eq!(s.kept_doc(0).as_deref(), Some("rferl"));
    let s = reduce(s, Action::SetQuery(String::new()));
    assert_eq!(
        s.layout.panes,
        [
            PaneContent::Doc("rferl".into()),
            PaneContent::Doc("heritage".into())
        ]
    );
    assert_eq!(s.kept_doc(0), None);
}

#[test]
fn a_document_is_never_both_kept_hidden_and_shown() {
    let s = reduce(state(), Action::SetQuery("Minsk".into()));
    let rferl_block = s
        .search
        .results
        .hits
        .iter()
        .find(|h| h.doc_id == "rferl")
        .unwrap()
        .block_id
        .clone();
    let s = reduce(s, Action::OpenPassage(rferl_block));
    assert_eq!(
        s.layout.panes,
        [PaneContent::Results, PaneContent::Doc("rferl".into())]
    );
    assert_eq!(
        s.kept_doc(0),
        None,
        "rferl is shown in the right pane, not kept in the left"
    );
    let s = reduce(state(), Action::SetQuery("Minsk".into()));
    let s = reduce(s, Action::SetPane(1, PaneContent::Doc("rferl".into())));
    assert_eq!(s.kept_doc(0), None);
}

#[test]
fn bad_links_become_notices_and_keep_the_rest() {
    let s = AppState::new(
        state().data,
        Route::parse("#/no-such-block?q=oil&view=nope&zoom=1"),
    );
    assert_eq!(s.route.query, "oil");
    assert_eq!(s.route.block, None);
    assert_eq!(s.route.view, View::Both);
    let notices = s.notices.list();
    assert_eq!(notices.len(), 3, "{notices:?}");
    assert!(notices.contains(&Notice::NoSuchDocument("nope".into())));
    assert!(notices.contains(&Notice::NoSuchPassage("no-such-block".into())));
}

#[test]
fn a_long_query_is_cut_with_one_notice() {
    let long = "sanctions ".repeat(100);
    let s = reduce(state(), Action::SetQuery(long.clone()));
    assert_eq!(s.route.query.chars().count(), reader_text::MAX_QUERY_CHARS);
    let s = reduce(s, Action::SetQuery(long));
    assert_eq!(s.notices.list(), [Notice::QueryCut]);
}

#[test]
fn typing_defers_the_document_marks_and_anything_else_settles_them() {
    let s = reduce(state(), Action::SetQuery("Minsk".into()));
    assert!(!s.search.results.hits.is_empty());
    assert!(s.search.typing);
    assert!(
        s.search.marked.hits.is_empty(),
        "typing: documents keep the old marks"
    );
    assert!(s.search.doc_hits("rferl").is_empty(), "and the old counts");
    let settled = reduce(s.clone(), Action::SettleMarks);
    assert!(!settled.search.typing);
    assert!(Rc::ptr_eq(&settled.search.results, &settled.search.marked));
    let cleared = reduce(settled, Action::SetQuery(String::new()));
    assert!(!cleared.search.typing);
    assert!(
        cleared.search.marked.hits.is_empty(),
        "clearing unmarks at once"
    );
    // Opening a result, or a link, marks at once.
    let block = s.search.results.hits[0].block_id.clone();
    let opened = reduce(s.clone(), Action::OpenPassage(block));
    assert!(!opened.search.typing);
    assert!(Rc::ptr_eq(&opened.search.results, &opened.search.marked));
    let linked = AppState::new(state().data, Route::parse("#/?q=Minsk"));
    assert!(!linked.search.marked.hits.is_empty());
    // Stepping through matches marks at once.
    let stepped = reduce(s, Action::StepMatch("rferl".into(), 1));
    assert!(!stepped.search.typing);
    assert!(Rc::ptr_eq(&stepped.search.results, &stepped.search.marked));
    assert!(stepped.route.block.is_some());
}

#[test]
fn stepping_moves_n_of_m_and_wraps_around() {
    let s = reduce(state(), Action::SetQuery("Minsk".into()));
    let s = reduce(s, Action::StepMatch("rferl".into(), 1));
    let current = s.current_matches();
    let (_, first) = current.iter().find(|(d, _)| d == "rferl").unwrap();
    assert_eq!(first.position, 0);
    assert_eq!(s.route.block.as_deref(), Some(first.block.as_str()));
    let back = reduce(s, Action::StepMatch("rferl".into(), -1));
    let current = back.current_matches();
    let (_, last) = current.iter().find(|(d, _)| d == "rferl").unwrap();
    assert_eq!(last.position, last.total - 1);
}

#[test]
fn results_show_a_page_at_a_time_and_start_again_for_a_new_query_or_filter() {
    let s = reduce(state(), Action::SetQuery("Belarus".into()));
    assert_eq!(s.search.limit, RESULTS_PAGE);
    let s = reduce(s, Action::ShowMoreResults);
    let s = reduce(s, Action::ShowMoreResults);
    assert_eq!(s.search.limit, 3 * RESULTS_PAGE);
    let f = reduce(s.clone(), Action::SetFilter(Some("heritage".into())));
    assert_eq!(f.search.limit, RESULTS_PAGE);
    let q = reduce(s, Action::SetQuery("Belarus Russia".into()));
    assert_eq!(q.search.limit, RESULTS_PAGE);
}

#[test]
fn the_timeline_view_shows_the_timeline_and_opens_passages_beside_it() {
    let s = reduce(state(), Action::Navigate(Route::parse("#/?view=timeline")));
    assert_eq!(s.route.view, View::Timeline);
    assert_eq!(s.layout.panes[0], PaneContent::Timeline);
    let block = "heritage-because-belarus-has-a-history".to_string();
    let s = reduce(s, Action::OpenPassage(block));
    assert_eq!(
        s.layout.panes,
        [PaneContent::Timeline, PaneContent::Doc("heritage".into())]
    );
    assert_eq!(
        s.route.view,
        View::Timeline,
        "opening a passage keeps the view"
    );
}

#[test]
fn a_search_in_the_timeline_view_keeps_the_timeline_and_narrows_it() {
    let s = reduce(state(), Action::Navigate(Route::parse("#/?view=timeline")));
    assert!(s.timeline_filter().is_none(), "no query, no filter");
    let s = reduce(s, Action::SetQuery("sanctions".into()));
    let s = reduce(s, Action::SettleMarks);
    assert_eq!(s.layout.panes[0], PaneContent::Timeline);
    assert_eq!(s.layout.panes[1], PaneContent::Results);
    let f = s.timeline_filter().expect("a query narrows the timeline");
    assert_eq!(f.by, FilterBy::Search("sanctions".into()));
    let events = &s.data.timeline.events;
    let kept: Vec<_> = events.iter().filter(|e| f.keeps(&e.block)).collect();
    assert!(
        !kept.is_empty() && kept.len() < events.len(),
        "{}",
        kept.len()
    );
    for e in &kept {
        let (doc, i) = s.data.library.find_block(&e.block).expect("passage");
        let text = doc.blocks[i].plain_text().to_lowercase();
        assert!(text.contains("sanction"), "{}: {text}", e.block);
    }
    // Opening a passage puts it beside the timeline, in place of the results.
    let block = kept[0].block.clone();
    let s = reduce(s, Action::OpenPassage(block));
    assert_eq!(s.layout.panes[0], PaneContent::Timeline);
    assert!(matches!(s.layout.panes[1], PaneContent::Doc(_)));
    assert!(s.timeline_filter().is_some(), "the query still narrows it");
}

#[test]
fn the_timeline_filter_says_when_the_results_hold_only_the_best_passages() {
    let filter = |q: &str| {
        let s = reduce(state(), Action::SetQuery(q.into()));
        let s = reduce(s, Action::SettleMarks);
        let matching: usize = s.search.results.counts.iter().map(|(_, n)| n).sum();
        (s.timeline_filter().expect("filter"), matching)
    };
    // 48 passages mention Belarus: all among the results.
    let (f, matching) = filter("Belarus");
    assert_eq!((f.blocks.len(), f.capped), (matching, false));
    // "in" is in more passages (58) than the results hold (50).
    let (f, matching) = filter("in");
    assert!(matching > f.blocks.len() && f.capped, "{matching}");
    let s = reduce(state(), Action::SetQuery("   ".into()));
    assert!(
        s.timeline_filter().is_none(),
        "a blank query does not narrow it"
    );
}

#[test]
fn while_typing_the_timeline_keeps_the_filter_of_the_marked_search() {
    let s = reduce(state(), Action::Navigate(Route::parse("#/?view=timeline")));
    let s = reduce(s, Action::SetQuery("s".into()));
    assert!(s.search.typing);
    assert!(
        s.timeline_filter().is_none(),
        "nothing marked yet: the whole timeline"
    );
    let s = reduce(s, Action::SetQuery("sanctions".into()));
    let s = reduce(s, Action::SettleMarks);
    let settled = s.timeline_filter().expect("filter");
    let s = reduce(s, Action::SetQuery("sanctionsx".into()));
    assert_eq!(
        s.timeline_filter(),
        Some(settled),
        "typing on keeps the marked filter"
    );
}

#[test]
fn an_entity_link_marks_its_mentions_with_n_of_m_and_clearing_unmarks() {
    let s = AppState::new(state().data, Route::parse("#/?entity=lukashenka"));
    let cur = s.current_matches();
    assert_eq!(cur.len(), 2, "both documents: {cur:?}");
    assert!(cur
        .iter()
        .all(|(_, c)| c.total > 0 && c.position == c.total));
    let rferl = cur.iter().find(|(d, _)| d == "rferl").unwrap().1.total;
    let s = reduce(s, Action::StepMatch("rferl".into(), 1));
    let c = s.current_matches();
    let c = &c.iter().find(|(d, _)| d == "rferl").unwrap().1;
    assert_eq!((c.position, c.total), (0, rferl));
    assert_eq!(s.route.block.as_deref(), Some(c.block.as_str()));
    assert!(s.route.to_fragment().contains("entity=lukashenka"));
    let s = reduce(s.clone(), Action::Navigate(s.route.without_entity()));
    assert!(s.current_matches().is_empty());
    assert_eq!(s.route.entity, None);
}

#[test]
fn an_unknown_entity_is_a_notice_and_marks_nothing() {
    let s = AppState::new(state().data, Route::parse("#/?entity=nobody&view=index"));
    assert_eq!(s.route.entity, None);
    assert!(s
        .notices
        .list()
        .contains(&Notice::NoSuchEntity("nobody".into())));
    assert!(s.current_matches().is_empty());
    assert_eq!(s.layout.panes[0], PaneContent::Index);
}

#[test]
fn typing_a_search_replaces_the_entitys_marks_and_a_name_offers_its_entry() {
    let s = reduce(
        state(),
        Action::Navigate(Route::parse("#/?view=index&entity=hale")),
    );
    assert_eq!(s.route.entity.as_deref(), Some("hale"));
    let s = reduce(s, Action::SetQuery("Лукашенко".into()));
    assert_eq!(s.route.entity, None);
    let entry = s.query_entry.map(|i| s.names.index.entities[i].id.as_str());
    assert_eq!(entry, Some("lukashenka"));
    let s = reduce(s, Action::SetQuery("sanctions".into()));
    assert_eq!(s.query_entry, None);
}

#[test]
fn the_names_of_a_passage_open_the_index_beside_its_document() {
    let block = "heritage-even-though-it-gained-its".to_string();
    let s = reduce(state(), Action::NamesOf(block.clone()));
    assert_eq!(s.route.view, View::Index);
    assert_eq!(s.names_of.as_deref(), Some(block.as_str()));
    assert!(s.layout.panes.contains(&PaneContent::Index));
    assert!(s
        .layout
        .panes
        .contains(&PaneContent::Doc("heritage".into())));
    let s = reduce(s, Action::NamesOf("no-such-block".into()));
    assert_eq!(s.names_of.as_deref(), Some(block.as_str()));
}

#[test]
fn a_chosen_name_narrows_the_timeline_to_the_passages_that_mention_it() {
    let s = AppState::new(
        state().data,
        Route::parse("#/?view=timeline&entity=lukashenka"),
    );
    let f = s
        .timeline_filter()
        .expect("a chosen entry narrows the timeline");
    assert_eq!(f.by, FilterBy::Name("Alyaksandr Lukashenka".into()));
    let names = &s.names;
    let entry = names.index.get("lukashenka").expect("entry");
    let library = &s.data.library;
    for m in &entry.mentions {
        let block = &library.documents[m.doc as usize].blocks[m.block as usize].id;
        assert!(f.keeps(block), "{block}");
    }
    let events = &s.data.timeline.events;
    let kept = events.iter().filter(|e| f.keeps(&e.block)).count();
    assert!(kept > 0 && kept < events.len(), "{kept}");
    // A search replaces the chosen entry, and with it the filter.
    let s = reduce(s, Action::SetQuery("sanctions".into()));
    let s = reduce(s, Action::SettleMarks);
    let f = s.timeline_filter().expect("the search narrows it");
    assert_eq!(f.by, FilterBy::Search("sanctions".into()));
}

#[test]
fn a_passage_opened_beside_the_index_takes_the_results_pane_not_the_index() {
    let s = reduce(state(), Action::Navigate(Route::parse("#/?view=index")));
    let s = reduce(s, Action::SetQuery("sanctions".into()));
    let s = reduce(s, Action::SettleMarks);
    let i = s.layout.panes.iter().position(|p| *p == PaneContent::Index);
    let i = i.expect("the index is shown");
    let block = s.search.results.hits[0].block_id.clone();
    let s = reduce(s, Action::OpenPassage(block));
    assert_eq!(
        s.layout.panes[i],
        PaneContent::Index,
        "{:?}",
        s.layout.panes
    );
    assert!(matches!(s.layout.panes[1 - i], PaneContent::Doc(_)));
}
