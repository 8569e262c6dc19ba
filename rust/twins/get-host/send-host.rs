// expect: error E0277
//! `sockets_getter(|d: &mut LocalData| d.kit.sockets_view())` under `bindgen!({ async: true })`:
//! `add_to_linker_get_host` asks `T: Send`, and `LocalData` holds an `Rc` (E0277,
//! `Rc<RefCell<Vec<String>>>` cannot be sent between threads safely).

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, LocalData};
use design::{http_getter, sockets_getter};
bindgen!({ async: true });
libraries!();

pub fn link(linker: &mut Linker<LocalData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut LocalData| d.kit.sockets_view()))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut LocalData| d.kit.http_view()))
}
