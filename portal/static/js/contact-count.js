// Counts uses of the contact buttons (phone, WhatsApp, Viber) for the marketplace figures: after a click,
// a beacon tells /contact-click/ the page and the kind of button, nothing else. The links work without it.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-contact-count]") : null;
    if (!link || !navigator.sendBeacon) {
      return;
    }
    var body = new URLSearchParams();
    body.append("page", link.getAttribute("data-page") || "");
    body.append("kind", link.getAttribute("data-contact-count"));
    navigator.sendBeacon("/contact-click/", body);
  });
})();
