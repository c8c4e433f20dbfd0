//! Offline use: registers the service worker (`sw.js`, written by the build with the precache
//! list) with a relative URL, so its scope is the app's own directory under any path, and
//! watches for a new version. A new version waits until the reader asks for it
//! ([`apply_update`]), so a page never runs files of two versions. Where service workers are
//! missing or fail (`file://`, private modes, sandboxed frames), the page works as before and
//! only the console says why offline use is off.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};
use yew::Callback;

/// The worker script, relative to the page (so the scope is the page's directory).
const SCRIPT: &str = "./sw.js";
/// How often an open page asks whether a new version was deployed (milliseconds).
const CHECK_EVERY_MS: u32 = 60 * 60 * 1000;

#[derive(Default)]
struct Shared {
    /// A new version is installed and waiting (or already took over another tab).
    update_ready: bool,
    /// The waiting worker of the new version.
    waiting: Option<ServiceWorker>,
    /// The reader pressed Reload: reload when the new worker takes control.
    reload_requested: bool,
    /// Components to tell when `update_ready` turns true.
    listeners: Vec<(u32, Callback<()>)>,
    next_id: u32,
}

thread_local! {
    static SHARED: RefCell<Shared> = RefCell::new(Shared::default());
}

/// Whether a new version is ready (the update banner shows).
pub fn update_ready() -> bool {
    SHARED.with(|s| s.borrow().update_ready)
}

/// Calls `cb` when a new version becomes ready; returns an id for [`unsubscribe`].
pub fn subscribe(cb: Callback<()>) -> u32 {
    SHARED.with(|s| {
        let mut s = s.borrow_mut();
        s.next_id += 1;
        let id = s.next_id;
        s.listeners.push((id, cb));
        id
    })
}

/// Stops the calls of [`subscribe`].
pub fn unsubscribe(id: u32) {
    SHARED.with(|s| s.borrow_mut().listeners.retain(|(i, _)| *i != id));
}

fn announce(waiting: Option<ServiceWorker>) {
    let listeners = SHARED.with(|s| {
        let mut s = s.borrow_mut();
        if waiting.is_some() {
            s.waiting = waiting;
        }
        s.update_ready = true;
        s.listeners
            .iter()
            .map(|(_, cb)| cb.clone())
            .collect::<Vec<_>>()
    });
    for cb in listeners {
        cb.emit(());
    }
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Lets the waiting version take over, then reloads once it controls the page.
pub fn apply_update() {
    let waiting = SHARED.with(|s| {
        let mut s = s.borrow_mut();
        s.reload_requested = true;
        s.waiting.clone()
    });
    let posted = waiting.is_some_and(|w| {
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"belarus-reader:skip-waiting".into());
        w.state() != ServiceWorkerState::Redundant && w.post_message(&msg).is_ok()
    });
    if !posted {
        reload();
    }
}

fn quiet(message: &str) {
    web_sys::console::info_1(
        &format!("Belarus Reader: offline use is off here ({message}).").into(),
    );
}

/// The page's service worker container, if this browser and context have one.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let sw = js_sys::Reflect::get(&navigator, &"serviceWorker".into()).ok()?;
    if sw.is_undefined() || sw.is_null() {
        return None;
    }
    sw.dyn_into().ok()
}

/// Registers the service worker and watches for updates. Never fails the page.
pub fn init() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol != "http:" && protocol != "https:" {
        quiet(&format!(
            "service workers need http or https, this page is {protocol}"
        ));
        return;
    }
    let Some(sw) = container() else {
        quiet("this browser or context has no service workers");
        return;
    };

    // A new worker took control: after Reload, load the new version; in other tabs, say so.
    let had_controller = sw.controller().is_some();
    let on_controller = Closure::<dyn Fn()>::new(move || {
        if SHARED.with(|s| s.borrow().reload_requested) {
            reload();
        } else if had_controller {
            announce(None);
        }
    });
    sw.set_oncontrollerchange(Some(on_controller.as_ref().unchecked_ref()));
    on_controller.forget();

    let on_registered = Closure::once_into_js(move |reg: JsValue| {
        if let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() {
            watch(reg);
        }
    });
    let on_failed = Closure::once_into_js(|e: JsValue| {
        let why = js_sys::Reflect::get(&e, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| "registration failed".into());
        quiet(&why);
    });
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("./");
    settle(
        sw.register_with_options(SCRIPT, &options).as_ref(),
        &on_registered,
        &on_failed,
    );
}

/// `promise.then(ok, err)`, through the plain JS method (no futures runtime needed).
fn settle(promise: &JsValue, ok: &JsValue, err: &JsValue) {
    if let Some(then) = js_sys::Reflect::get(promise, &"then".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = then.call2(promise, ok, err);
    }
}

/// Whether this page is controlled by an (older) worker, i.e. a newly installed one is an update.
fn controlled() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

fn watch(reg: ServiceWorkerRegistration) {
    // Installed earlier and still waiting (e.g. the reader ignored the banner and reloaded).
    if let Some(waiting) = reg.waiting() {
        if controlled() {
            announce(Some(waiting));
        }
    }
    let reg_for_found = reg.clone();
    let on_found = Closure::<dyn Fn()>::new(move || {
        let Some(installing) = reg_for_found.installing() else {
            return;
        };
        let worker = installing.clone();
        let on_state = Closure::<dyn Fn()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && controlled() {
                announce(Some(worker.clone()));
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();

    // Ask now and then whether a new version was deployed (navigations ask too).
    let check = move || {
        if let Ok(p) = reg.update() {
            // A failed check (offline, server down) changes nothing.
            settle(
                p.as_ref(),
                &JsValue::UNDEFINED,
                &Closure::once_into_js(|_: JsValue| {}),
            );
        }
    };
    check();
    let every = Closure::<dyn Fn()>::new(check);
    if let Some(w) = web_sys::window() {
        let _ = w.set_interval_with_callback_and_timeout_and_arguments_0(
            every.as_ref().unchecked_ref(),
            CHECK_EVERY_MS as i32,
        );
    }
    every.forget();
}
