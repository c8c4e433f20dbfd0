//! Component tests: compiled to wasm32 and run in headless Chromium by wasm-bindgen-test-runner
//! (`cargo test --target wasm32-unknown-unknown -p belarus-reader`, chromedriver from Debian).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use belarus_reader::components::app::{App, AppProps};
use belarus_reader::components::block_view::BlockView;
use belarus_reader::data::Data;
use belarus_reader::result_nodes::{ResultItem, ResultNodes};
use belarus_reader::state::AppState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

#[wasm_bindgen_test]
async fn app_renders_both_documents_and_an_empty_search_box() {
    let root = mount_point();
    let data = Data::load().expect("embedded data loads");
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { data }).render();
    yew::scheduler::flush().await;
    let input = root
        .query_selector("input[type=search]")
        .unwrap()
        .expect("search box");
    assert_eq!(input.get_attribute("value").unwrap_or_default(), "");
    assert!(root
        .query_selector("article[data-doc=rferl]")
        .unwrap()
        .is_some());
    assert!(root
        .query_selector("article[data-doc=heritage]")
        .unwrap()
        .is_some());
    assert_eq!(
        root.query_selector_all("[role=doc-noteref]")
            .unwrap()
            .length(),
        24
    );
    assert!(root.text_content().unwrap().contains("Belarus Reader"));
}

#[wasm_bindgen_test]
async fn block_view_marks_highlight_ranges_as_text() {
    let data = Data::load().unwrap();
    let doc = data
        .library
        .documents
        .iter()
        .position(|d| d.id == "rferl")
        .unwrap();
    let index = data.library.documents[doc]
        .blocks
        .iter()
        .position(|b| b.plain_text().starts_with("Belarus is smaller"))
        .unwrap();
    let root = mount_point();
    let props = PassageHostProps { data, doc, index };
    yew::Renderer::<PassageHost>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let marks = root.query_selector_all("mark").unwrap();
    assert_eq!(marks.length(), 2);
    assert_eq!(marks.item(0).unwrap().text_content().unwrap(), "Belarus");
    assert_eq!(marks.item(1).unwrap().text_content().unwrap(), "smaller");
    let p = root
        .query_selector("p.block[data-current-match]")
        .unwrap()
        .expect("current match class");
    assert!(p.id().starts_with("rferl-"));
}

#[derive(Properties, PartialEq)]
struct PassageHostProps {
    data: Rc<Data>,
    doc: usize,
    index: usize,
}

/// One passage alone, with a reducer of its own to send to (as the app gives it).
#[function_component(PassageHost)]
fn passage_host(props: &PassageHostProps) -> Html {
    let data = props.data.clone();
    let state = use_reducer(move || AppState::new(data, Default::default()));
    html! {
        <BlockView dispatch={state.dispatcher()} data={props.data.clone()} doc={props.doc} index={props.index}
            highlights={Some(Rc::from(vec![0..7, 11..18]))} current=true />
    }
}

#[wasm_bindgen_test]
fn embedded_data_load_time_is_reported() {
    let perf = web_sys::window().unwrap().performance().unwrap();
    let runs = 20;
    let mut times = Vec::new();
    for _ in 0..runs {
        let t0 = perf.now();
        let data = Data::load().unwrap();
        times.push(perf.now() - t0);
        assert_eq!(data.library.documents.len(), 2);
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    web_sys::console::log_1(&format!("embedded documents + index load: median {:.2} ms, max {:.2} ms over {runs} runs (debug build)", times[runs / 2], times[runs - 1]).into());
}

#[wasm_bindgen_test]
fn corrupt_embedded_bytes_are_an_error_not_a_panic() {
    assert!(Data::from_bytes(&[1, 2, 3], &[4, 5, 6], &[7]).is_err());
    assert!(Data::from_bytes(&[], &[], &[]).is_err());
}

#[wasm_bindgen_test]
fn the_error_page_shows_a_message_and_a_reload_button_as_text() {
    let body = mount_point();
    belarus_reader::panic_page::show_in(&body, "<img src=x onerror=alert(1)> broke");
    let alert = body
        .query_selector("[role=alert]")
        .unwrap()
        .expect("error panel");
    assert!(alert
        .text_content()
        .unwrap()
        .contains("<img src=x onerror=alert(1)> broke"));
    assert!(
        alert.query_selector("img").unwrap().is_none(),
        "message is text, not HTML"
    );
    let button = alert
        .query_selector("button")
        .unwrap()
        .expect("reload control");
    assert_eq!(button.text_content().unwrap(), "Reload");
}

#[derive(Properties, PartialEq)]
struct ListHostProps {
    list: NodeRef,
}

/// An empty `<ol>` with the ref the result nodes fill (as the results list renders it).
#[function_component(ListHost)]
fn list_host(props: &ListHostProps) -> Html {
    html! { <ol ref={props.list.clone()}></ol> }
}

/// Item `key` found by `query`, its snippet with `mark` marked.
fn item(key: &str, query: &str, snippet: &str, mark: Option<std::ops::Range<usize>>) -> ResultItem {
    ResultItem {
        key: key.into(),
        doc_id: "rferl".into(),
        href: format!("#/{key}?q={query}"),
        doc_name: "RFE/RL".into(),
        heading: (key != "c").then(|| format!("Heading {key}")),
        snippet: snippet.into(),
        ranges: mark.into_iter().collect(),
    }
}

/// An empty list on the page and the result nodes that fill it.
async fn mounted_list() -> (Element, ResultNodes) {
    let root = mount_point();
    let nodes = ResultNodes::default();
    yew::Renderer::<ListHost>::with_root_and_props(
        root.clone(),
        ListHostProps {
            list: nodes.list.clone(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    let ol = root.query_selector("ol").unwrap().expect("list");
    (ol, nodes)
}

#[wasm_bindgen_test]
async fn result_nodes_keep_patch_reorder_and_drop_items_as_text() {
    let (ol, mut nodes) = mounted_list().await;
    let lis = || {
        let all = ol.query_selector_all("li").unwrap();
        (0..all.length())
            .map(|i| all.item(i).unwrap().dyn_into::<Element>().unwrap())
            .collect::<Vec<_>>()
    };

    nodes.sync(true, || {
        vec![
            item("a", "sanc", "Sanctions <b>hit</b> Minsk", Some(0..5)),
            item("b", "sanc", "More sanctions", Some(5..14)),
            item("c", "sanc", "No heading here", None),
        ]
    });
    let first = lis();
    assert_eq!(first.len(), 3);
    let a = &first[0];
    assert_eq!(a.get_attribute("data-doc").as_deref(), Some("rferl"));
    let link = a.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("#/a?q=sanc"));
    assert_eq!(
        link.text_content().as_deref(),
        Some("RFE/RL Heading a Sanctions <b>hit</b> Minsk")
    );
    assert!(a.query_selector("b").unwrap().is_none(), "text, not HTML");
    assert_eq!(
        a.query_selector("mark")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Sanct")
    );
    assert!(first[2]
        .query_selector(".result-heading")
        .unwrap()
        .is_none());
    assert_eq!(
        first[2].text_content().as_deref(),
        Some("RFE/RL No heading here")
    );

    // Unchanged inputs: the items are not even made.
    nodes.sync(false, || panic!("items made although nothing changed"));
    assert_eq!(lis().len(), 3);

    // A new query: "c" moves first and keeps its element, "a" is patched, "b" goes, "d" comes.
    nodes.sync(true, || {
        vec![
            item("c", "sanctions", "No heading here", Some(3..10)),
            item("a", "sanctions", "Sanctions <b>hit</b> Minsk", Some(0..9)),
            item("d", "sanctions", "New", None),
        ]
    });
    let second = lis();
    assert_eq!(second.len(), 3);
    assert!(
        second[0].is_same_node(Some(&first[2])),
        "c kept its element"
    );
    assert!(
        second[1].is_same_node(Some(&first[0])),
        "a kept its element"
    );
    assert!(
        !second.iter().any(|li| li.is_same_node(Some(&first[1]))),
        "b is gone"
    );
    let link = second[1].query_selector("a").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#/a?q=sanctions")
    );
    assert_eq!(
        second[1]
            .query_selector("mark")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Sanctions")
    );
    assert_eq!(
        second[0]
            .query_selector("mark")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("heading")
    );
    assert_eq!(
        second[2].text_content().as_deref(),
        Some("RFE/RL Heading d New")
    );

    // Nothing found: the list empties.
    nodes.sync(true, Vec::new);
    assert!(lis().is_empty());
}

#[wasm_bindgen_test]
async fn result_nodes_in_order_are_patched_in_place_not_moved() {
    let (ol, mut nodes) = mounted_list().await;
    nodes.sync(true, || {
        vec![
            item("a", "s", "Sanctions", Some(0..5)),
            item("b", "s", "Minsk", None),
        ]
    });
    let observer = web_sys::MutationObserver::new(&js_sys::Function::new_no_args("")).unwrap();
    let init = web_sys::MutationObserverInit::new();
    init.set_child_list(true);
    observer.observe_with_options(&ol, &init).unwrap();
    // The same passages in the same order, found by a longer query: new links and marks only.
    nodes.sync(true, || {
        vec![
            item("a", "sanctions", "Sanctions", Some(0..9)),
            item("b", "sanctions", "Minsk", None),
        ]
    });
    let records = observer.take_records();
    observer.disconnect();
    assert_eq!(records.length(), 0, "no item added, removed or moved");
    let links = ol.query_selector_all("li > a").unwrap();
    assert_eq!(links.length(), 2);
    let a = links.item(0).unwrap().dyn_into::<Element>().unwrap();
    assert_eq!(a.get_attribute("href").as_deref(), Some("#/a?q=sanctions"));
    let marked = a
        .query_selector("mark")
        .unwrap()
        .and_then(|m| m.text_content());
    assert_eq!(marked.as_deref(), Some("Sanctions"));
}
