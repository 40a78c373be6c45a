// Public forms on pages shared from the page cache carry no CSRF token and no start time: fetch the
// visitor's own when they start filling the form in (or, at the latest, when they send it). Without
// this file the server shows the form once more, filled in, with a token of its own.
(function () {
  "use strict";
  function fetchToken(form) {
    var input = form.querySelector("input[data-form-token]");
    if (!input || input.value || form.dataset.tokenState) {
      return form.tokenRequest || Promise.resolve();
    }
    form.dataset.tokenState = "loading";
    form.tokenRequest = fetch(input.getAttribute("data-form-token"), {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("form token: " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        input.value = data.csrfmiddlewaretoken;
        var started = form.querySelector("input[name=started]");
        if (started && !started.value) {
          started.value = data.started;
        }
        form.dataset.tokenState = "ready";
      })
      .catch(function () {
        form.dataset.tokenState = "failed"; // sent without: the server asks once more
      });
    return form.tokenRequest;
  }
  window.agrofarmFormToken = fetchToken; // listing-draft.js sends photos before the form itself
  document.addEventListener("focusin", function (event) {
    var form = event.target.form;
    if (form) {
      fetchToken(form);
    }
  });
  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      var input = form.querySelector("input[data-form-token]");
      if (!input || input.value || form.dataset.tokenState === "failed") {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      fetchToken(form).then(function () {
        if (form.requestSubmit) {
          form.requestSubmit();
        } else {
          form.submit();
        }
      });
    },
    true
  );
})();
