// Listing forms (products app): while a form with photos is sending, say so and block a second tap.
// Progressive enhancement: without this file the forms work the same, only without the message.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form[data-progress-form]");
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener("submit", function () {
      var message = form.querySelector("[data-progress-message]");
      var buttons = form.querySelectorAll("button[type=submit]");
      if (form.dataset.sending === "yes") {
        return;
      }
      form.dataset.sending = "yes";
      form.setAttribute("aria-busy", "true");
      if (message) {
        message.hidden = false;
      }
      // Disable after the submit has started, so the button's own value is still sent.
      window.setTimeout(function () {
        Array.prototype.forEach.call(buttons, function (button) {
          button.disabled = true;
        });
      }, 0);
    });
  });
  // Coming back with the browser's Back button shows the page from its cache: make it usable again.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) {
      return;
    }
    Array.prototype.forEach.call(forms, function (form) {
      delete form.dataset.sending;
      form.removeAttribute("aria-busy");
      Array.prototype.forEach.call(form.querySelectorAll("button[type=submit]"), function (button) {
        button.disabled = false;
      });
      var message = form.querySelector("[data-progress-message]");
      if (message) {
        message.hidden = true;
      }
    });
  });
})();
