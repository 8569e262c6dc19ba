// expect: compiles
//! The getter captures which tenant's state to use and hands it out as the interface's `&mut dyn
//! View`; a `move` closure capturing a `usize` is `Copy + Send + Sync + 'static`.

#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit::{AppData, HttpView, LinkError, Linker, SocketsView};
use design::{http, sockets, type_annotate};

pub fn link(linker: &mut Linker<AppData>, tenant: usize) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(move |s: &mut AppData| &mut s.tenants[tenant] as &mut dyn SocketsView))?;
    http::add_to_linker_get_host(linker, type_annotate(move |s: &mut AppData| &mut s.tenants[tenant] as &mut dyn HttpView))
}
