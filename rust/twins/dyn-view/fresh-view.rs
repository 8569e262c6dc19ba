// expect: error E0515 nocode
//! Each getter builds a view of two fields, but the host is implemented only for `dyn View`, so the
//! getter must hand out `&mut dyn View` and the view it just built is a temporary: returning a
//! reference to it is E0515, and the `dyn View + 'a` it was cast to does not live long enough (no
//! code). This is the case PR #8766 gives for leaving D5 ("sometimes only a `Foo<'a>` is held").

#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit::{HttpCtxView, HttpView, KitData, LinkError, Linker, SocketsCtxView, SocketsView};
use design::{http, sockets, type_annotate};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    let sockets = type_annotate(|s: &mut KitData| &mut SocketsCtxView { table: &mut s.table, ctx: &mut s.sockets } as &mut dyn SocketsView);
    let http = type_annotate(|s: &mut KitData| &mut HttpCtxView { table: &mut s.table, ctx: &mut s.http } as &mut dyn HttpView);
    sockets::add_to_linker_get_host(linker, sockets)?;
    http::add_to_linker_get_host(linker, http)
}
