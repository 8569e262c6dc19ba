// expect: compiles
//! The getter returns one field of the store data as the view the library implements the host for,
//! `&mut dyn View`, annotated as at the call sites of the time (`type_annotate(|data|
//! get_data(data) as &mut dyn WasiView)`).

#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit::{AppData, HttpView, LinkError, Linker, SocketsView};
use design::{http, sockets, type_annotate};

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(|s: &mut AppData| &mut s.kit as &mut dyn SocketsView))?;
    http::add_to_linker_get_host(linker, type_annotate(|s: &mut AppData| &mut s.kit as &mut dyn HttpView))
}
