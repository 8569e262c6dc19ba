// expect: error E0277
//! `|d: &mut LocalData| d.kit.sockets_view()` under `bindgen!({ async: true })`: a closure
//! implements no `GetHost` (E0277, as in field-projection), so the async bound `G::T: Send` is
//! never reached.

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, LocalData};
bindgen!({ async: true });
libraries!();

pub fn link(linker: &mut Linker<LocalData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d: &mut LocalData| d.kit.sockets_view())?;
    http::add_to_linker(linker, |d: &mut LocalData| d.kit.http_view())
}
