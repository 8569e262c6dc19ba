// expect: compiles
//! The getter captures which tenant's state to use; GetHost requires `Fn + Send + Sync + Copy +
//! 'static`, which a `move` closure capturing a `usize` meets.

#[path = "../../designs/get-host.rs"]
mod design;
use design::kit::{AppData, LinkError, Linker};
use design::{http, sockets, type_annotate};

pub fn link(linker: &mut Linker<AppData>, tenant: usize) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(move |s: &mut AppData| &mut s.tenants[tenant]))?;
    http::add_to_linker_get_host(linker, type_annotate(move |s: &mut AppData| &mut s.tenants[tenant]))
}
