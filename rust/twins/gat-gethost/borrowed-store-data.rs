// expect: error E0277
//! `|d: &mut App<'a>| d.kit.sockets_view()`. D4 asks nothing of T (`Linker<G::T>`, no `'static`), so
//! the borrowed store data is no obstacle; the closure is: it implements no `GetHost` (E0277).

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub struct App<'a> {
    pub kit: &'a mut KitData,
}

pub fn link<'a>(linker: &mut Linker<App<'a>>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d: &mut App<'a>| d.kit.sockets_view())?;
    http::add_to_linker(linker, |d: &mut App<'a>| d.kit.http_view())
}
