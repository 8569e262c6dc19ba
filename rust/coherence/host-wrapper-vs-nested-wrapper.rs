// rustc: compiles
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! a goal two impls deep: `WasiImpl<MyHost>: Host` needs `MyHost: Host`
#![allow(dead_code, unused_imports)]

use std::fmt::Display;
use std::pin::Pin;
trait Host {}
trait View {}
trait Other {}
trait SubView: Host {}
trait Convert<T> {}
struct MyHost;
struct KitData;
struct WasiImpl<T>(T);
impl View for KitData {}

impl<T: Host> Host for WasiImpl<T> {}
impl Host for WasiImpl<WasiImpl<MyHost>> {}
