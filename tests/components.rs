//! Component tests: compiled to wasm32 and run in headless Chromium by wasm-bindgen-test-runner
//! (`cargo test --target wasm32-unknown-unknown -p belarus-reader`, chromedriver from Debian).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use belarus_reader::components::app::{App, AppProps};
use belarus_reader::components::block_view::BlockView;
use belarus_reader::data::Data;
use belarus_reader::state::AppState;
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
