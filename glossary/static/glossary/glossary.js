// Inline definitions: without JavaScript a term links to its glossary entry; with it, the link
// becomes a button that shows and hides the definition in place (Escape hides it again).
(function () {
  "use strict";

  function enhance(link) {
    var definition = document.getElementById(link.getAttribute("data-glossary-definition"));
    if (!definition) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "glossary-term__toggle";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", definition.id);
    button.innerHTML = link.innerHTML;
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      definition.hidden = !open;
    });
    button.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        button.setAttribute("aria-expanded", "false");
        definition.hidden = true;
      }
    });
    link.replaceWith(button);
  }

  function start() {
    document.querySelectorAll("a[data-glossary-definition]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
