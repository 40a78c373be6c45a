// Product pages: the "Copy link" button of the share links (the other share links are plain links).
(function () {
  "use strict";
  var button = document.querySelector("[data-copy-link]");
  var status = document.querySelector("[data-copy-status]");
  if (!button) return;
  function copied() { if (status) status.textContent = button.getAttribute("data-copied"); }
  function fallback(text) {
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.className = "visually-hidden";
    document.body.appendChild(field);
    field.select();
    try { if (document.execCommand("copy")) copied(); } catch (error) { /* the address bar still has it */ }
    document.body.removeChild(field);
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    var url = button.getAttribute("data-copy-link");
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(url).then(copied, function () { fallback(url); });
    else fallback(url);
  });
})();
