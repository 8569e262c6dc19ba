// expect: compiles
//! `sockets_getter(|d: &mut AppData| &mut d.kit)`: `&mut KitData` coerces to `&mut dyn SocketsView`.

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
use design::{http_getter, sockets_getter};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut AppData| &mut d.kit))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut AppData| &mut d.kit))
}
