// expect: compiles
//! Both impl kinds in one program: the sockets host kept in a field and linked with `HasSelf`, a
//! host through the bindings' forwarding impl `impl<_T: Host + ?Sized> Host for &mut _T` (which D7
//! kept), and the http library's host on its view, `impl Host for HttpCtxView<'_>`, named by its
//! WasiHttp marker. A concrete view struct is never `&mut _`, so nothing overlaps; a literal
//! blanket `impl<T: HttpView> Host for T` would still be E0119.

#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit::{AppData, LinkError, Linker};
use design::{http, kit, sockets, HasSelf, WasiHttp};

#[path = "../../common/embedder_hosts.rs"]
mod embedder_hosts;

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, HasSelf<_>>(linker, |data| &mut data.kit)?;
    http::add_to_linker::<_, WasiHttp>(linker, |data| data.kit.http_view())
}
