import { streamCrossesInterfaces, type Scenario } from "../scenario.ts";

export const namedGetterType: Scenario = {
  id: "named-getter-type",
  intent: "link both interfaces through one value of a named getter type (a struct or class) implementing the design's getter trait, where the design has one",
  origin: "wasmtime #8382: the seed comment's BorrowHost and the GAT GetHost of a later comment, each implemented by hand on a named type",
  check: (linked) => streamCrossesInterfaces(linked),
};
