/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  /* Small screens: fold the main menu behind a button. */
  var header = document.querySelector(".site-header");
  var toggle = header && header.querySelector(".menu-toggle");
  var menu = document.getElementById("site-menu");
  if (toggle && menu) {
    var narrow = window.matchMedia("(max-width: 47.99rem)");
    var setOpen = function (open) {
      header.setAttribute("data-menu", open ? "open" : "closed");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    };
    var fit = function () {
      setOpen(!narrow.matches);
    };
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      setOpen(header.getAttribute("data-menu") !== "open");
    });
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && narrow.matches) {
        setOpen(false);
        toggle.focus();
      }
    });
    if (narrow.addEventListener) {
      narrow.addEventListener("change", fit);
    }
    fit();
  }

  /* Printouts show where links go: write the full address next to site-relative links. */
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll('main a[href^="/"]').forEach(function (link) {
      link.setAttribute("data-print-url", link.href);
    });
  });

  /* Print buttons (rendered hidden, since they need JavaScript). */
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
