// expect: error E0119
// also: findings/skiplibcheck-import-order findings/libcheck-reports-conflict
//! Two resolver packages each implement the sockets host for the same store data, one with a
//! cache, one from a fixed list. Rust checks coherence over the whole crate graph whether a
//! dependency ships source or not, and in any import order: the second impl is E0119.

#[path = "../../common/kit.rs"]
mod kit;

use kit::{sockets, ErrorCode, KitData, Resource, ResolveAddressStream};

mod caching_resolver {
    use super::*;

    impl sockets::Host for KitData {
        fn resolve_addresses(&mut self, name: String) -> Result<Resource<ResolveAddressStream>, ErrorCode> {
            kit::sockets::resolve_addresses(self, name)
        }
    }
}

mod fixed_list_resolver {
    use super::*;

    impl sockets::Host for KitData {
        fn resolve_addresses(&mut self, _name: String) -> Result<Resource<ResolveAddressStream>, ErrorCode> {
            Ok(self.table.push(ResolveAddressStream { addresses: vec![0x7f00_0001] }))
        }
    }
}
