/* "Was this page useful?" inline: the same forms, sent with fetch; without this file they post and
   the page comes back with the next step. */
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

  var send = function (form, data) {
    return fetch(form.action, {
      method: "POST",
      body: data,
      headers: { Accept: "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().then(function (body) {
        return { ok: response.ok, body: body };
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
    event.preventDefault();
    var data = new FormData(answer);
    var button = event.submitter;
    if (!button) {
      return answer.submit();
    }
    data.append(button.name, button.value);
    send(answer, data).then(function (result) {
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
    });
  });

  comment.addEventListener("submit", function (event) {
    event.preventDefault();
    send(comment, new FormData(comment)).then(function (result) {
      if (result.ok) {
        done(result.body.message);
      } else {
        showError(result.body.error);
      }
    });
  });
})();
