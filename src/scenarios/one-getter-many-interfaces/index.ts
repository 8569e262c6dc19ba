import { fetchThroughBothInterfaces, type Scenario } from "../scenario.ts";

export const oneGetterManyInterfaces: Scenario = {
  id: "one-getter-many-interfaces",
  intent: "pass one getter closure, kept in a variable, to both interfaces' addToLinker",
  origin: "alexcrichton in #8382: one closure should work with all Host traits; rust-lang/rust#58052 for closures kept in a let",
  check: (linked) => fetchThroughBothInterfaces(linked),
};
