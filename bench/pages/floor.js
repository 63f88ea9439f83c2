// The keystroke benchmark's control page: answers every input event at once
// with `bench-results` ({ query }) as the other pages do after rendering, and
// renders nothing. What a keystroke costs here (the field's own text, the
// frame, the harness) is the least any page can show on the machine: the
// floor under the widget's and MiniSearch's keystroke figures.
"use strict";
const input = document.getElementById("q");
input.addEventListener("input", () => {
  document.dispatchEvent(new CustomEvent("bench-results", { detail: { query: input.value } }));
});
