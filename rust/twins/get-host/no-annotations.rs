// expect: error E0282
//! `add_to_linker_get_host(linker, |d| d.sockets_view())`: no `Fn` bound to take the parameter's type
//! from (E0282).

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, |d| d.sockets_view())?;
    http::add_to_linker_get_host(linker, |d| d.http_view())
}
