// expect: error E0277
//! `sockets_getter(|d: &mut LocalData| &mut d.kit)` under `bindgen!({ async: true })`: `T: Send`
//! fails for `LocalData` (E0277, `Rc<RefCell<Vec<String>>>` cannot be sent between threads safely);
//! `&mut dyn SocketsView` is `Send` through the view's `Send` supertrait.

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, LocalData};
use design::{http_getter, sockets_getter};
bindgen!({ async: true });
libraries!();

pub fn link(linker: &mut Linker<LocalData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut LocalData| &mut d.kit))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut LocalData| &mut d.kit))
}
