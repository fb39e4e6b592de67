/* "Was this page useful?" inline. The page carries no CSRF token (one copy is cached for every
   visitor): the first answer fetches one from the token endpoint, then posts the same fields as the
   forms without JavaScript do. Without this file, Yes or No opens the answer's own step page. */
(function () {
  "use strict";
  var box = document.querySelector("[data-page-feedback]");
  if (!box || !window.fetch || !window.FormData) {
    return;
  }
  var answer = box.querySelector("[data-feedback-answer]");
  var comment = box.querySelector("[data-feedback-comment]");
  var thanks = box.querySelector("[data-feedback-thanks]");
  var error = comment.querySelector("[data-feedback-error]");
  var field = comment.querySelector("textarea");
  var postUrl = box.getAttribute("data-feedback-post");
  var tokenUrl = box.getAttribute("data-feedback-token-url");
  var token = null;

  var csrfToken = function () {
    var given = comment.querySelector("[name=csrfmiddlewaretoken]");
    if (token || given) {
      return Promise.resolve(token || given.value);
    }
    return fetch(tokenUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("no token");
        }
        return response.json();
      })
      .then(function (body) {
        token = body.token;
        return token;
      });
  };
  var send = function (data) {
    return csrfToken().then(function (value) {
      data.set("csrfmiddlewaretoken", value);
      return fetch(postUrl, {
        method: "POST",
        body: data,
        headers: { Accept: "application/json" },
        credentials: "same-origin"
      }).then(function (response) {
        return response.json().then(function (body) {
          return { ok: response.ok, body: body };
        });
      });
    });
  };
  var showError = function (message) {
    error.textContent = message;
    error.hidden = false;
    field.setAttribute("aria-invalid", "true");
    field.setAttribute("aria-describedby", "page-feedback-help page-feedback-error");
    field.focus();
  };
  var done = function (message) {
    answer.hidden = true;
    comment.hidden = true;
    thanks.textContent = message;
  };

  answer.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (!button) {
      return; // the step page without JavaScript's help
    }
    event.preventDefault();
    var data = new FormData(answer);
    data.append(button.name, button.value);
    send(data).then(
      function (result) {
        if (!result.ok) {
          thanks.textContent = result.body.error;
        } else if (result.body.token) {
          comment.querySelector("[data-feedback-token]").value = result.body.token;
          answer.hidden = true;
          comment.hidden = false;
          field.focus();
        } else {
          done(result.body.message);
        }
      },
      function () {
        // No token (offline, blocked): the step page asks again with a form of its own.
        window.location.assign(answer.action + "?" + new URLSearchParams(data).toString());
      }
    );
  });

  comment.addEventListener("submit", function (event) {
    event.preventDefault();
    send(new FormData(comment)).then(function (result) {
      if (result.ok) {
        done(result.body.message);
      } else {
        showError(result.body.error);
      }
    });
  });
})();
