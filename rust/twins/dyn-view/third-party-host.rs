// expect: error E0515 nocode
//! Another module serves http for a store type it does not own: it keeps its own ctx and pairs it
//! with the store's table in a view built per call. It cannot implement HttpView on the store type
//! (the orphan rule, across crates), and the library's host exists only for `dyn HttpView`, so the
//! getter must lend `&mut dyn HttpView` of that temporary view: E0515, and the `dyn HttpView + 'a`
//! does not live long enough (no code). wasmtime#8845's embedder, whose WASI state lived on a
//! context that was not the store type, was in this position.

#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit::{HttpView, KitData, LinkError, Linker, SocketsView};
use design::{http, sockets, type_annotate};

mod http_client {
    use super::design::kit::{HttpCtx, HttpCtxView, ResourceTable};

    #[derive(Default)]
    pub struct HttpClient {
        pub ctx: HttpCtx,
    }

    impl HttpClient {
        /// The HttpView of a store's table, with this client's own ctx.
        pub fn view_for<'a>(&'a mut self, table: &'a mut ResourceTable) -> HttpCtxView<'a> {
            HttpCtxView { table, ctx: &mut self.ctx }
        }
    }
}

pub struct App {
    pub kit: KitData,
    pub client: http_client::HttpClient,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(|s: &mut App| &mut s.kit as &mut dyn SocketsView))?;
    http::add_to_linker_get_host(linker, type_annotate(|s: &mut App| &mut s.client.view_for(&mut s.kit.table) as &mut dyn HttpView))
}
