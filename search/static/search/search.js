// Progressive enhancement for the search page: choosing a filter or a sort order applies it at
// once, updating the results in place and keeping the browser history. Without JavaScript the
// form's "Show results" button does the same with a page load.
(function () {
  "use strict";
  var form = document.querySelector("[data-search-form]");
  if (!form || !window.fetch || !window.history || !window.DOMParser) return;

  function replaceResults(html, url, push) {
    var next = new DOMParser().parseFromString(html, "text/html");
    var fresh = next.getElementById("search-results-area");
    var current = document.getElementById("search-results-area");
    if (!fresh || !current) {
      window.location.assign(url);
      return;
    }
    current.replaceWith(fresh);
    document.title = next.title;
    if (push) window.history.pushState({ search: true }, "", url);
  }

  function load(url, push, focusId) {
    fetch(url, { headers: { Accept: "text/html" }, credentials: "same-origin" })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        replaceResults(html, url, push);
        var focusTarget = focusId && document.getElementById(focusId);
        if (focusTarget) focusTarget.focus();
      })
      .catch(function () {
        window.location.assign(url);
      });
  }

  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.type !== "checkbox" && target.tagName !== "SELECT") return;
    var params = new URLSearchParams(new FormData(form));
    params.delete("page");
    if (params.get("sort") === "relevance") params.delete("sort");
    if (params.get("q") === "") params.delete("q");
    load(form.action + "?" + params.toString(), true, target.id);
  });

  window.addEventListener("popstate", function () {
    load(window.location.href, false, null);
  });
})();
