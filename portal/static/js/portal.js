/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";

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

  /* Phones: long filter lists fold behind a button above the results, so the results come first.
     The state lives on <main>, since the search page swaps its filters in place. */
  var main = document.getElementById("main");
  var filterToggle = main && main.querySelector(".filters-toggle");
  var labels = document.body.dataset;
  if (filterToggle && labels.showFilters) {
    var wide = window.matchMedia("(min-width: 64rem)");
    var setFilters = function (open) {
      main.setAttribute("data-filters", open ? "open" : "closed");
      filterToggle.setAttribute("aria-expanded", open ? "true" : "false");
      filterToggle.textContent = open ? labels.hideFilters : labels.showFilters;
    };
    filterToggle.addEventListener("click", function () {
      var open = main.getAttribute("data-filters") !== "open";
      setFilters(open);
      var current = main.querySelector(".filters");
      var first = open && current && current.querySelector("input, select, button");
      if (first && !wide.matches) first.focus();
    });
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
