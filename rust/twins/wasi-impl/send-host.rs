// expect: error E0277
//! `sockets_getter(|d: &mut LocalData| WasiImpl(&mut d.kit))` under `bindgen!({ async: true })`:
//! `T: Send` fails for `LocalData` (E0277, `Rc<RefCell<Vec<String>>>` cannot be sent between
//! threads safely).

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, LocalData};
use design::{http_getter, sockets_getter, WasiHttpImpl, WasiImpl};
bindgen!({ async: true });
libraries!();

pub fn link(linker: &mut Linker<LocalData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut LocalData| WasiImpl(&mut d.kit)))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut LocalData| WasiHttpImpl(&mut d.kit)))
}
