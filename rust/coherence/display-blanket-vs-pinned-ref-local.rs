// rustc: compiles
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! std's `impl Display for Pin<P>` needs `&MyHost: Display`, which needs `MyHost: Display`
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

impl<T: Display> Host for T {}
impl Host for Pin<&MyHost> {}
