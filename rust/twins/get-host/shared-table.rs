// expect: compiles
//! Annotated closures returning `d.sockets_view()` and `d.http_view()`: Hosts that borrow the table.

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{http_getter, sockets_getter};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut KitData| d.sockets_view()))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut KitData| d.http_view()))
}
