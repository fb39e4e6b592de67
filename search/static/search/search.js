// Progressive enhancement for the search page: choosing a filter or a sort order applies it at
// once, updating the results in place and keeping the browser history. Without JavaScript the
// form's "Show results" button does the same with a page load.
(function () {
  "use strict";
  var form = document.querySelector("[data-search-form]");
  if (!form || !window.fetch || !window.history || !window.DOMParser) return;

  var COUNT_ID = "search-result-count";

  // The nodes from `root` (excluded) down to `node` (included), or null if `node` is not inside.
  function pathFrom(root, node) {
    var path = [];
    for (; node && node !== root; node = node.parentNode) path.unshift(node);
    return node === root ? path : null;
  }

  function copyAttributes(target, source) {
    var i;
    for (i = target.attributes.length - 1; i >= 0; i--) {
      var name = target.attributes[i].name;
      if (!source.hasAttribute(name)) target.removeAttribute(name);
    }
    for (i = 0; i < source.attributes.length; i++) {
      target.setAttribute(source.attributes[i].name, source.attributes[i].value);
    }
  }

  // Puts the fresh results area in place of the current one, except for the result count: that
  // live region stays in the document as the same node (screen readers only announce changes to
  // a live region they already know) and gets the fresh count as its text. Every element between
  // the area and the count is kept too; everything around them is replaced by the fresh content.
  function swapKeepingCount(current, fresh) {
    var keptPath = pathFrom(current, document.getElementById(COUNT_ID));
    var freshPath = pathFrom(fresh, fresh.querySelector("#" + COUNT_ID));
    if (!keptPath || !freshPath || keptPath.length !== freshPath.length) return false;
    for (var i = 0; i < keptPath.length; i++) {
      if (keptPath[i].tagName !== freshPath[i].tagName) return false;
    }
    var container = current;
    var freshContainer = fresh;
    for (i = 0; i < keptPath.length; i++) {
      var kept = keptPath[i];
      var freshKept = freshPath[i];
      copyAttributes(container, freshContainer);
      while (container.firstChild !== kept) container.removeChild(container.firstChild);
      while (kept.nextSibling) container.removeChild(kept.nextSibling);
      while (freshContainer.firstChild !== freshKept) {
        container.insertBefore(freshContainer.firstChild, kept);
      }
      while (freshKept.nextSibling) container.appendChild(freshKept.nextSibling);
      container = kept;
      freshContainer = freshKept;
    }
    // `container` is now the live region: only its text changes.
    container.textContent = freshContainer.textContent;
    return true;
  }

  function replaceResults(html, url, push) {
    var next = new DOMParser().parseFromString(html, "text/html");
    var fresh = next.getElementById("search-results-area");
    var current = document.getElementById("search-results-area");
    if (!fresh || !current || !swapKeepingCount(current, fresh)) {
      window.location.assign(url);
      return;
    }
    document.title = next.title;
    // The feed of the list in the head follows the new selection too.
    var freshFeed = next.querySelector("link[data-list-feed]");
    var currentFeed = document.querySelector("link[data-list-feed]");
    if (freshFeed && currentFeed) {
      currentFeed.setAttribute("href", freshFeed.getAttribute("href"));
      currentFeed.setAttribute("title", freshFeed.getAttribute("title"));
    }
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
