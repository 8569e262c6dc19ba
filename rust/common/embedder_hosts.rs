//! An embedder's own host impls: KitData made the host of both interfaces by the embedder, as a
//! bindgen! user implements the generated Host traits on its own state. D7's `HasSelf<KitData>`
//! needs them, since D7's libraries put their hosts on their views (a blanket impl over every view
//! would overlap the forwarding impls). Include it beside `kit`.

use super::kit::{self, http, sockets, ErrorCode, FutureIncomingResponse, KitData, Resource, ResolveAddressStream};

impl sockets::Host for KitData {
    fn resolve_addresses(&mut self, name: String) -> Result<Resource<ResolveAddressStream>, ErrorCode> {
        kit::sockets::resolve_addresses(self, name)
    }
}

impl http::Host for KitData {
    fn handle(&mut self, authority: String, via: Resource<ResolveAddressStream>) -> Result<Resource<FutureIncomingResponse>, ErrorCode> {
        kit::http::handle(self, authority, via)
    }
}
