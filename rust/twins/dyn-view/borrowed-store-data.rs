// expect: compiles
//! `&mut *d.kit` coerced to `&mut dyn SocketsView`; no bound on T.

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{http_getter, sockets_getter};
bindgen!({});
libraries!();

pub struct App<'a> {
    pub kit: &'a mut KitData,
}

pub fn link<'a>(linker: &mut Linker<App<'a>>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut App<'a>| &mut *d.kit))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut App<'a>| &mut *d.kit))
}
