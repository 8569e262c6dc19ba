// expect: compiles
//! `sockets_getter(|d: &mut KitData| d)`: the store data coerced to `&mut dyn SocketsView`.

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{http_getter, sockets_getter};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut KitData| d))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut KitData| d))
}
