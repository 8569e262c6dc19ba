// expect: compiles
//! The store type comes from another module, with fields not named as the views want them, and the
//! hosts from the WASI libraries; neither owns the other, so the embedder cannot implement the
//! views for it (the orphan rule, across crates). It returns `WasiImpl` of a view it builds from
//! the store's fields, which PR #8766 allowed, annotated with a one-line helper per view.

#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit::{HttpCtxView, LinkError, Linker, SocketsCtxView};
use design::{http, sockets, WasiHttpImpl, WasiImpl};

mod vendor {
    use super::design::kit::{HttpCtx, ResourceTable, SocketsCtx};

    /// The vendor's store type: a name table for sockets, an http ctx, and the resources.
    #[derive(Default)]
    pub struct VendorState {
        pub resources: ResourceTable,
        pub dns: SocketsCtx,
        pub web: HttpCtx,
    }
}

use vendor::VendorState;

fn sockets_host<F: Fn(&mut VendorState) -> WasiImpl<SocketsCtxView<'_>>>(getter: F) -> F { getter }
fn http_host<F: Fn(&mut VendorState) -> WasiHttpImpl<HttpCtxView<'_>>>(getter: F) -> F { getter }

pub fn link(linker: &mut Linker<VendorState>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_host(|d| WasiImpl(SocketsCtxView { table: &mut d.resources, ctx: &mut d.dns })))?;
    http::add_to_linker_get_host(linker, http_host(|d| WasiHttpImpl(HttpCtxView { table: &mut d.resources, ctx: &mut d.web })))
}
