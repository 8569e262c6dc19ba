// The HTML report's style and script, inlined into the page (html.ts): system fonts only, nothing
// fetched. The script opens an entry's details in a dialog (on a click, or from the address's
// #<design>/<scenario>), and applies the filters; without it the page still reads and prints whole.

export const PAGE_STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4d4d4d; --line: #b8b8b8; --link: #0b4fb3; }
* { box-sizing: border-box; }
body { margin: 1rem auto; max-width: 110rem; padding: 0 1rem; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
a { color: var(--link); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; }
.muted { color: var(--muted); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.scroll { position: relative; overflow-x: auto; border: 1px solid var(--line); }
.scroll:focus-visible, button:focus-visible, a:focus-visible, summary:focus-visible, .code:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .3rem .4rem; vertical-align: top; text-align: left; }
thead th { background: #f0f0f0; font-size: .85rem; }
th[scope="row"] { position: sticky; left: 0; background: #fff; z-index: 1; white-space: nowrap; }
tr.proposal th[scope="row"] { background: #fff6c8; }
tr.proposal > * { border-top: 3px solid #7a5a00; border-bottom: 3px solid #7a5a00; }
.tag { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .35rem; border: 1px solid #7a5a00; border-radius: .25rem; color: #5c4300; background: #fff6c8; }
.o-accepts { background: #dcf3e3; }
.o-refuses { background: #e1e7f5; }
.o-disagree { background: #ffe9b0; }
.o-unexpected { background: #ffd0d0; font-weight: 600; }
.o-missing { background: #eeeeee; color: var(--muted); }
.mark { font-weight: 700; }
.decisions td { min-width: 9rem; font-size: .85rem; }
.decisions .num { min-width: 12rem; }
.part { margin: 0 0 .25rem; padding: .15rem .3rem; border-radius: .2rem; }
.part .label { color: var(--muted); }
.key li { margin-bottom: .2rem; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
.legend li { padding: .2rem .5rem; border: 1px solid var(--line); border-radius: .25rem; }
.matrix td { padding: 0; min-width: 6.5rem; }
.matrix td.o-missing { padding: .3rem .4rem; }
.matrix thead th { min-width: 6.5rem; }
td button, .findings button { display: block; width: 100%; min-height: 2.75rem; padding: .3rem .4rem; border: 0; background: transparent; color: inherit; font: inherit; font-size: .85rem; text-align: left; cursor: pointer; }
td button:hover, .findings button:hover { text-decoration: underline; }
.ts, .rs { display: block; }
.lang { color: var(--muted); font-size: .75rem; }
.explored-mark { font-weight: 700; color: #5c4300; }
td.filtered { background: #fff; }
td.filtered > * { visibility: hidden; }
.filters { margin: .5rem 0; }
.filters summary { cursor: pointer; font-weight: 600; padding: .4rem 0; }
.filters fieldset { border: 1px solid var(--line); margin: 0 0 .5rem; display: flex; flex-wrap: wrap; gap: .25rem .9rem; }
.filters label { white-space: nowrap; min-height: 1.75rem; display: inline-flex; align-items: center; gap: .3rem; }
.filters button { font: inherit; padding: .3rem .8rem; }
.findings { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: .4rem; }
.findings li { border: 1px solid var(--line); padding: .3rem .4rem 0; }
dialog { width: min(64rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem); padding: 0 1rem 1rem; border: 1px solid #666; color: var(--ink); }
dialog::backdrop { background: rgb(0 0 0 / 45%); }
.detail-head { position: sticky; top: 0; background: #fff; display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: .75rem 0 .5rem; border-bottom: 1px solid var(--line); }
.detail-head h2 { margin: 0; font-size: 1.1rem; overflow-wrap: anywhere; }
.detail-head .close { font: inherit; padding: .4rem .9rem; min-height: 2.75rem; }
.outcome { padding: .3rem .5rem; border-radius: .25rem; }
.code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .8rem; overflow-x: auto; border: 1px solid var(--line); margin: .25rem 0; }
.code .line { display: grid; grid-template-columns: 3.2em max-content; white-space: pre; }
.code .line.hit { background: #fff1c7; }
.code .ln { color: var(--muted); text-align: right; padding-right: .8em; user-select: none; }
.diag { white-space: pre-wrap; margin: 0 0 0 3.2em; padding: .25rem .5rem; background: #fde2e2; border-left: 4px solid #a4001d; color: #3d0000; }
.written { margin: .25rem 0; padding-left: 1.2rem; }
@media (max-width: 40rem) {
  body { padding: 0 .5rem; font-size: 15px; }
  .matrix td, .matrix thead th { min-width: 5.5rem; }
  dialog { width: 100vw; max-width: 100vw; height: 100vh; max-height: 100vh; margin: 0; }
}
@media print {
  @page { size: A4 landscape; margin: 1cm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; margin: 0; padding: 0; font-size: 9pt; }
  .filters, #shown, dialog { display: none; }
  .scroll { overflow: visible; border: 0; }
  th[scope="row"] { position: static; }
  td button { min-height: 0; font-size: 8pt; padding: .1rem .2rem; }
  a { color: inherit; text-decoration: none; }
  tr { break-inside: avoid; }
}
`;

export const PAGE_SCRIPT = `
(() => {
  "use strict";
  const cells = JSON.parse(document.getElementById("cells").textContent);
  const dialog = document.getElementById("detail");
  const title = document.getElementById("detail-title");
  const body = document.getElementById("detail-body");
  let opener = null;

  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    for (const child of children) node.append(child);
    return node;
  }

  function listing(data, what) {
    const code = el("div", "code");
    code.tabIndex = 0;
    code.setAttribute("role", "region");
    code.setAttribute("aria-label", what + " " + data.file);
    const notes = new Map();
    for (const [line, text] of data.notes) notes.set(line, [...(notes.get(line) || []), text]);
    data.lines.forEach((text, index) => {
      const at = notes.get(index + 1);
      code.append(el("div", at ? "line hit" : "line", el("span", "ln", String(index + 1)), el("code", "", text || " ")));
      for (const note of at || []) code.append(el("div", "diag", note));
    });
    const parts = [el("h3", "", what + ": ", el("code", "", data.file)), code];
    if (data.elsewhere.length > 0) parts.push(el("p", "", "Elsewhere:"), el("ul", "", ...data.elsewhere.map((text) => el("li", "diag", text))));
    return parts;
  }

  function written(data, language) {
    if (data === "missing") return [];
    if (data === "departs") return [el("p", "", "What the design wrote into the attempt (" + language + "): this file departs from the scenario's attempt.")];
    return [el("p", "", "What the design wrote into the scenario's attempt (" + language + "):"), el("ul", "written", ...data.map((line) => el("li", "", el("code", "", line))))];
  }

  function render(cell) {
    const parts = [el("p", "outcome o-" + cell.outcome, el("strong", "", cell.outcome === "disagree" ? "TypeScript and Rust disagree" : cell.outcome), ", " + cell.verdict + ". " + cell.summary)];
    if (cell.intent) parts.push(el("p", "", "The attempt: " + cell.intent + "."));
    if (cell.problems.length > 0) parts.push(el("h3", "", "What went otherwise than the cell expects"), el("ul", "", ...cell.problems.map((text) => el("li", "", text))));
    parts.push(el("h3", "", "Guest run"), el("p", "", cell.runtime));
    parts.push(...written(cell.ts.written, "TypeScript"), ...listing(cell.ts, "TypeScript cell"));
    parts.push(el("h3", "", "Rust"), el("p", "", cell.rustStatus));
    if (cell.rs) parts.push(...written(cell.rs.written, "Rust"), ...listing(cell.rs, "Rust twin"));
    return parts;
  }

  function open(key, from) {
    const cell = cells[key];
    if (!cell) return false;
    opener = from || null;
    title.textContent = cell.title;
    body.replaceChildren(...render(cell));
    if (!dialog.open) dialog.showModal();
    dialog.scrollTop = 0;
    return true;
  }

  dialog.querySelector(".close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    if (location.hash) history.replaceState(null, "", location.pathname + location.search);
    if (opener) opener.focus();
  });
  document.addEventListener("click", (event) => {
    const target = event.target.closest("[data-key]");
    if (!target || dialog.contains(target)) return;
    const key = target.getAttribute("data-key");
    if (open(key, target)) {
      event.preventDefault();
      history.replaceState(null, "", "#" + encodeURIComponent(key).replace(/%2F/g, "/"));
    }
  });
  const fromAddress = () => location.hash.length > 1 && open(decodeURIComponent(location.hash.slice(1)), null);
  window.addEventListener("hashchange", fromAddress);
  fromAddress();

  const form = document.querySelector(".filters form");
  const shown = document.getElementById("shown");
  function checked(name) {
    return new Set([...form.querySelectorAll("input[name=" + name + "]:checked")].map((input) => input.value));
  }
  function apply() {
    const designs = checked("design");
    const scenarios = checked("scenario");
    const outcomes = checked("outcome");
    for (const row of document.querySelectorAll("tr[data-design]")) row.hidden = !designs.has(row.getAttribute("data-design"));
    for (const cell of document.querySelectorAll(".matrix [data-scenario]")) cell.hidden = !scenarios.has(cell.getAttribute("data-scenario"));
    let count = 0;
    let total = 0;
    for (const cell of document.querySelectorAll(".matrix td[data-outcome]")) {
      total += 1;
      const filtered = !outcomes.has(cell.getAttribute("data-outcome"));
      cell.classList.toggle("filtered", filtered);
      cell.querySelector("button").tabIndex = filtered ? -1 : 0;
      if (!filtered && !cell.hidden && !cell.parentElement.hidden) count += 1;
    }
    shown.textContent = count === total ? "" : "Showing " + count + " of " + total + " entries.";
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply));
  apply();
})();
`;
