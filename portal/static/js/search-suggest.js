/* As-you-type suggestions for search boxes with data-suggest-url (ARIA 1.2 combobox with a listbox).
   Without JavaScript the box is a plain search form. Suggestions may be in another script than what was
   typed (matsoni → мацони), which is why this is not a <datalist>: browsers filter those by the text. */
(function () {
  "use strict";
  if (!window.fetch || !document.querySelector) return;

  function setUp(input, number) {
    var form = input.form;
    var list = document.createElement("ul");
    var timer = null, request = null, items = [], active = -1, shown = "";
    list.id = "search-suggestions-" + number;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "");
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var options = list.children;
      if (active >= 0 && options[active]) options[active].removeAttribute("aria-selected");
      active = index;
      if (active >= 0) {
        options[active].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[active].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render(suggestions) {
      items = suggestions;
      list.textContent = "";
      suggestions.forEach(function (suggestion, index) {
        var option = document.createElement("li");
        option.id = list.id + "-" + index;
        option.setAttribute("role", "option");
        option.textContent = suggestion.label;
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          window.location.href = suggestion.url;
        });
        list.appendChild(option);
      });
      active = -1;
      if (suggestions.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
    }

    function update() {
      var query = input.value.trim();
      if (query === shown) return;
      shown = query;
      if (request) request.abort();
      if (query.length < 2) { render([]); return; }
      request = window.AbortController ? new AbortController() : null;
      fetch(input.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        signal: request ? request.signal : undefined
      }).then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      }).then(function (data) {
        if (input.value.trim() === query) render(data.suggestions || []);
      }).catch(function () { /* offline or aborted: keep the plain search box */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 250);
    });
    input.addEventListener("keydown", function (event) {
      var count = list.hidden ? 0 : items.length;
      if (event.key === "ArrowDown" && count) {
        event.preventDefault();
        highlight((active + 1) % count);
      } else if (event.key === "ArrowUp" && count) {
        event.preventDefault();
        highlight(active <= 0 ? count - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0 && count) {
        event.preventDefault();
        window.location.href = items[active].url;
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
    if (form) form.addEventListener("submit", close);
  }

  Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest-url]"), setUp);
})();
