// rustc: compiles
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! the same with the bound in a where-clause
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

impl<T> Host for T where T: View {}
impl Host for MyHost {}
