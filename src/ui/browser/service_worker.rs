//! Offline use: the service worker (`sw.js`, which keeps the site for
//! offline reading) is registered by boot.js at load, wasm or not; here the
//! same registration is taken (`register` again returns it), a newer
//! version waiting is told, and the page hands over to it.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

/// Called when a new version waits.
type Ready = Rc<dyn Fn()>;

thread_local! {
    /// The registration whose new worker waits, once there is one.
    static WAITING: std::cell::RefCell<Option<ServiceWorkerRegistration>> = const { std::cell::RefCell::new(None) };
}

/// Notes the registration with a waiting worker and tells the page.
fn offer(registration: &ServiceWorkerRegistration, ready: Ready) {
    WAITING.with(|w| *w.borrow_mut() = Some(registration.clone()));
    ready();
}

/// Registers the worker; `ready` is called when a new version is waiting.
pub fn register(ready: impl Fn() + 'static) {
    let ready: Ready = Rc::new(ready);
    let navigator = super::window().navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    let had_controller = container.controller().is_some();
    let promise = container.register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else { return };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
        if !had_controller {
            // First visit: the worker installs for offline use; nothing to offer.
            return;
        }
        if registration.waiting().is_some() {
            offer(&registration, ready.clone());
            return;
        }
        // An update may already be installing when registration resolves.
        if let Some(installing) = registration.installing() {
            watch(&registration, installing, ready.clone());
        }
        let on_update = {
            let registration = registration.clone();
            Closure::<dyn FnMut()>::new(move || {
                if let Some(installing) = registration.installing() {
                    watch(&registration, installing, ready.clone());
                }
            })
        };
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
        // Ask for the newest sw.js now rather than when the browser gets to it.
        let _ = registration.update();
    });
}

/// Offers the new version once `installing` has installed.
fn watch(registration: &ServiceWorkerRegistration, installing: web_sys::ServiceWorker, ready: Ready) {
    if installing.state() == ServiceWorkerState::Installed {
        offer(registration, ready);
        return;
    }
    let registration = registration.clone();
    let watched = installing.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        if watched.state() == ServiceWorkerState::Installed {
            offer(&registration, ready.clone());
        }
    });
    installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}


/// Asks the waiting worker to take over, then reloads once it has.
pub fn activate() {
    let Some(waiting) = WAITING.with(|w| w.borrow().clone()).and_then(|r| r.waiting()) else {
        let _ = super::window().location().reload();
        return;
    };
    let container = super::window().navigator().service_worker();
    let reload = Closure::<dyn FnMut()>::new(|| {
        let _ = super::window().location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    if let Ok(message) = js_sys::JSON::parse(r#"{"type":"SKIP_WAITING"}"#) {
        let _ = waiting.post_message(&message);
    }
}

