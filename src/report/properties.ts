// Properties: what a reviewer weighs when choosing a design, each answered by named scenarios of the
// matrix. This is the one place that maps properties to scenarios: a new scenario slots in by
// joining a property here (or a new property); until it does, the decision table lists it as not
// weighed. A property whose scenarios are not in a run's matrix is left out of that run's table.

export interface Evidence {
  /** The scenario whose cells answer (part of) the property. */
  readonly scenario: string;
  /** What this scenario adds where a property has several (`Copy`, `owned`). */
  readonly label?: string;
}

export interface Property {
  /** The column's heading. */
  readonly title: string;
  /** What "yes" means, for the table's key. */
  readonly question: string;
  readonly evidence: readonly Evidence[];
}

export const properties: readonly Property[] = [
  {
    title: "returns a field",
    question: "does the getter that returns a field of the store data, #8382's starting point, still work?",
    evidence: [{ scenario: "field-projection" }],
  },
  {
    title: "store data that borrows",
    question: "may the store data borrow state the embedder owns (`App<'a>`, not `'static`)?",
    evidence: [{ scenario: "borrowed-store-data" }],
  },
  {
    title: "two views, one table",
    question: "can both libraries' hosts be the store data itself, sharing its one resource table?",
    evidence: [{ scenario: "shared-table" }],
  },
  {
    title: "view built on the call",
    question: "may the getter return a view struct it builds from two fields on every call?",
    evidence: [{ scenario: "fresh-view" }],
  },
  {
    title: "owned host",
    question: "may the getter return an owned host by value?",
    evidence: [{ scenario: "owned-host" }],
  },
  {
    title: "one getter, many interfaces",
    question: "does one getter serve both interfaces, kept in a `let` closure or written as a `fn` item?",
    evidence: [
      { scenario: "one-getter-many-interfaces", label: "let closure" },
      { scenario: "one-fn-getter-many-interfaces", label: "fn item" },
    ],
  },
  {
    title: "no annotations",
    question: "does a plain closure work with no type arguments, parameter annotations or helpers?",
    evidence: [{ scenario: "no-annotations" }],
  },
  {
    title: "captures",
    question: "may the getter capture a `Copy` value, and an owned one?",
    evidence: [
      { scenario: "capturing-getter", label: "Copy" },
      { scenario: "capturing-owned-getter", label: "owned" },
    ],
  },
  {
    title: "stored type-erased",
    question: "can getters be kept in a record and linked later, as boxed closures or as `fn` pointers?",
    evidence: [
      { scenario: "type-erased-getter", label: "boxed" },
      { scenario: "fn-pointer-getter", label: "fn pointer" },
    ],
  },
  {
    title: "library's blanket host",
    question:
      "can a library keep a blanket host over every view beside the bindings as generated (no: the coherence risk, E0119), and does the opt-out from the forwarding impls exist?",
    evidence: [
      { scenario: "forwarding-impl-coherence", label: "as generated" },
      { scenario: "forwarding-impl-opt-out", label: "opt-out" },
    ],
  },
  {
    title: "third-party host",
    question: "can a host written in another module, kept in a field, be linked beside the libraries' host?",
    evidence: [{ scenario: "third-party-host" }],
  },
  {
    title: "named getter type",
    question: "can the getter be a value of a named type (a struct or class implementing the design's getter trait)?",
    evidence: [{ scenario: "named-getter-type" }],
  },
  {
    title: "whole-world getter",
    question: "does one getter link the whole world through the world's addToLinker?",
    evidence: [{ scenario: "world-add-to-linker" }],
  },
];
