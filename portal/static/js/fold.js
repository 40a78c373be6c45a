/* Phones: the main menu and the catalogue filters fold behind a button, so the page itself comes first.
   Loaded in <head> without defer, so the folded state is set before the first paint and nothing moves
   afterwards. The buttons and the "folded" class are in the HTML; the CSS hides them (everything open)
   unless <html> has the class "js-fold" set here, and only on narrow screens (see .fold-toggle in site.css).
   Clicks are handled on the document, so no element needs to exist yet when this runs. */
(function () {
  "use strict";
  var root = document.documentElement;
  if (!root.classList || !document.addEventListener || !Element.prototype.closest) return;
  root.classList.add("js-fold");
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest && event.target.closest(".fold-toggle");
    var box = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
    if (!box) return;
    var open = !box.classList.toggle("folded");
    toggle.setAttribute("aria-expanded", String(open));
  });
})();
